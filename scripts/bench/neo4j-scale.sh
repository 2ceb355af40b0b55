#!/usr/bin/env bash
# Scale run of issue 6 on Neo4j (docs/performance.md): imports the synthetic corpora (the Benchmarks app's `generate`,
# the same folders `scale` uses) with the importer CLI into Neo4j, one partition per size, and reports the time to
# validate, the time to write, the importer's peak RSS and the Neo4j server's RSS after the import. Outside CI.
#
#   scripts/neo4j.sh start && set -a && . .cache/neo4j/run/env && set +a
#   scripts/bench/neo4j-scale.sh                    # SIZES="1000 10000"
#
# Environment: SIZES, SEED (1), CORPUS_BASE (/tmp/graphapi-corpus), SKIP_BUILD=1. Needs NEO4J_URI and friends.
# The figures in docs/performance.md come from a server with room for the store:
#   NEO4J_PAGECACHE=4g NEO4J_HEAP_MAX=2g scripts/neo4j.sh start
# (the tests' default of 64 MB page cache makes a 10k import about twice as slow).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SIZES=${SIZES:-"1000 10000"}
SEED=${SEED:-1}
BASE=${CORPUS_BASE:-/tmp/graphapi-corpus}
: "${NEO4J_URI:?NEO4J_URI is not set: scripts/neo4j.sh start && set -a && . .cache/neo4j/run/env && set +a}"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  dotnet build -c Release "$ROOT/src/GraphApi.Importer" -v q -nologo
  dotnet build -c Release "$ROOT/tests/GraphApi.Benchmarks" -v q -nologo
fi

IMPORTER="$ROOT/src/GraphApi.Importer/bin/Release/net10.0/GraphApi.Importer.dll"
printf 'articles\tvalidate s\twrite s\twrite ms/article\timporter peak RSS MB\tneo4j RSS MB\tload average before -> after\n'
for size in $SIZES; do
  corpus="$BASE-$size-seed$SEED"
  if [[ ! -d "$corpus" ]]; then
    dotnet "$ROOT/tests/GraphApi.Benchmarks/bin/Release/net10.0/GraphApi.Benchmarks.dll" generate --articles "$size" --out "$corpus" --seed "$SEED" >/dev/null
  fi

  log=$(mktemp)
  load_before=$(cut -d' ' -f1 /proc/loadavg)
  NEO4J_PARTITION="scale-$size" /usr/bin/time -v dotnet "$IMPORTER" "$corpus" --neo4j >"$log" 2>&1 || { tail -20 "$log" >&2; exit 1; }
  timings=$(grep -o 'validated in [0-9.]* s, written to the Neo4j store in [0-9.]* s' "$log")
  validate=$(awk '{ print $3 }' <<<"$timings")
  write=$(awk '{ print $11 }' <<<"$timings")
  peak=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$log")
  neo4j_rss=$(ps -o rss= -p "$(pgrep -f 'org.neo4j.server' | head -1)" | awk '{ printf "%.0f", $1 / 1024 }')
  printf '%s\t%s\t%s\t%.2f\t%s\t%s\t%s -> %s\n' "$size" "$validate" "$write" "$(awk -v w="$write" -v n="$size" 'BEGIN { print w * 1000 / n }')" "$peak" "$neo4j_rss" \
    "$load_before" "$(cut -d' ' -f1 /proc/loadavg)"
  rm -f "$log"
done
