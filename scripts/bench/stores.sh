#!/usr/bin/env bash
# Issue 11's latency table (docs/performance.md): for each corpus size, a server on the embedded store and a server on
# Neo4j hold the same synthetic corpus; scripts/bench/stores.py times the journalist queries over HTTP, alternating
# between them. The corpora come from the Benchmarks app's `generate` (seed 1) and must already be imported into
# Neo4j, partition bench-<size> (NEO4J_PARTITION=bench-<size> with the importer CLI's --neo4j). Outside CI.
#
#   scripts/neo4j.sh start && set -a && . .cache/neo4j/run/env && set +a
#   SIZES="1000 10000" scripts/bench/stores.sh          # REQUESTS=40 ROUNDS=4 CORPUS_BASE=/tmp/i11-corpus
#
# PARTITION_PREFIX (bench) names the partitions: PARTITION_PREFIX=scale reads what scripts/bench/neo4j-scale.sh imported
# (then CORPUS_BASE=/tmp/graphapi-corpus and the corpora are /tmp/graphapi-corpus-<size>-seed1: give CORPUS_SUFFIX=-seed1).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SIZES=${SIZES:-"1000 10000"}
BASE=${CORPUS_BASE:-/tmp/i11-corpus}
SERVER="$ROOT/src/GraphApi.Server/bin/Release/net10.0/GraphApi.Server.dll"
: "${NEO4J_URI:?NEO4J_URI is not set: scripts/neo4j.sh start && set -a && . .cache/neo4j/run/env && set +a}"
[[ -f "$SERVER" ]] || dotnet build -c Release "$ROOT/src/GraphApi.Server" -v q -nologo

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

wait_ready() {
  for _ in $(seq 1 900); do
    curl -fs "$1/health/ready" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "stores.sh: $1 never became ready" >&2
  return 1
}

for size in $SIZES; do
  corpus="$BASE-$size${CORPUS_SUFFIX:-}"
  export GRAPHAPI_SEEDS="$corpus" GRAPHAPI_WATCH_CORPUS=false Logging__LogLevel__Default=Warning
  GRAPHAPI_STORE=embedded dotnet "$SERVER" --urls http://127.0.0.1:5201 >/tmp/stores-embedded.log 2>&1 &
  pids+=($!)
  GRAPHAPI_STORE=neo4j GRAPHAPI_IMPORT_ON_START=false NEO4J_PARTITION="${PARTITION_PREFIX:-bench}-$size" \
    dotnet "$SERVER" --urls http://127.0.0.1:5202 >/tmp/stores-neo4j.log 2>&1 &
  pids+=($!)
  wait_ready http://127.0.0.1:5201
  wait_ready http://127.0.0.1:5202
  echo "stores.sh: $size articles, $(date -u +%H:%M:%S) UTC, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  python3 "$ROOT/scripts/bench/stores.py" --embedded http://127.0.0.1:5201 --neo4j http://127.0.0.1:5202 \
    --requests "${REQUESTS:-40}" --rounds "${ROUNDS:-4}" --label "($size articles)"
  echo "stores.sh: done at $(date -u +%H:%M:%S) UTC, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  cleanup
  pids=()
  sleep 2
done
