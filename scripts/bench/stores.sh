#!/usr/bin/env bash
# Issue 11's latency table (docs/performance.md): for each corpus size, a server on the embedded store and a server on
# Neo4j hold the same synthetic corpus; scripts/bench/stores.py times the journalist queries over HTTP, alternating
# between them. The corpora come from the Benchmarks app's `generate` (seed 1) and must already be imported into
# Neo4j, partition bench-<size> (NEO4J_PARTITION=bench-<size> with the importer CLI's --neo4j). Outside CI.
#
#   scripts/neo4j.sh start && set -a && . .cache/neo4j/run/env && set +a
#   SIZES="1000 10000" scripts/bench/stores.sh          # REQUESTS=40 ROUNDS=4 CORPUS_BASE=/tmp/i11-corpus
#
# EMBEDDED_PORT (5201), NEO4J_PORT (5202) and LOGS (/tmp) let two runs on one machine keep apart; a port already taken
# fails the run rather than timing someone else's server.
# PARTITION_PREFIX (bench) names the partitions: PARTITION_PREFIX=scale reads what scripts/bench/neo4j-scale.sh imported
# (then CORPUS_BASE=/tmp/graphapi-corpus and the corpora are /tmp/graphapi-corpus-<size>-seed1: give CORPUS_SUFFIX=-seed1).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SIZES=${SIZES:-"1000 10000"}
BASE=${CORPUS_BASE:-/tmp/i11-corpus}
SERVER="$ROOT/src/GraphApi.Server/bin/Release/net10.0/GraphApi.Server.dll"
: "${NEO4J_URI:?NEO4J_URI is not set: scripts/neo4j.sh start && set -a && . .cache/neo4j/run/env && set +a}"
EMBEDDED_PORT=${EMBEDDED_PORT:-5201}
NEO4J_PORT=${NEO4J_PORT:-5202}
LOGS=${LOGS:-/tmp}
for port in "$EMBEDDED_PORT" "$NEO4J_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "stores.sh: port $port is already taken; set EMBEDDED_PORT and NEO4J_PORT" >&2
    exit 1
  fi
done
[[ -f "$SERVER" ]] || dotnet build -c Release "$ROOT/src/GraphApi.Server" -v q -nologo

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

wait_ready() { # url pid log
  for _ in $(seq 1 900); do
    kill -0 "$2" 2>/dev/null || { echo "stores.sh: the server for $1 exited; see $3" >&2; return 1; }
    curl -fs "$1/health/ready" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "stores.sh: $1 never became ready" >&2
  return 1
}

for size in $SIZES; do
  corpus="$BASE-$size${CORPUS_SUFFIX:-}"
  export GRAPHAPI_SEEDS="$corpus" GRAPHAPI_WATCH_CORPUS=false Logging__LogLevel__Default=Warning
  GRAPHAPI_STORE=embedded dotnet "$SERVER" --urls "http://127.0.0.1:$EMBEDDED_PORT" >"$LOGS/stores-embedded.log" 2>&1 &
  pids+=($!)
  GRAPHAPI_STORE=neo4j GRAPHAPI_IMPORT_ON_START=false NEO4J_PARTITION="${PARTITION_PREFIX:-bench}-$size" \
    dotnet "$SERVER" --urls "http://127.0.0.1:$NEO4J_PORT" >"$LOGS/stores-neo4j.log" 2>&1 &
  pids+=($!)
  wait_ready "http://127.0.0.1:$EMBEDDED_PORT" "${pids[0]}" "$LOGS/stores-embedded.log"
  wait_ready "http://127.0.0.1:$NEO4J_PORT" "${pids[1]}" "$LOGS/stores-neo4j.log"
  echo "stores.sh: $size articles, $(date -u +%H:%M:%S) UTC, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  python3 "$ROOT/scripts/bench/stores.py" --embedded "http://127.0.0.1:$EMBEDDED_PORT" --neo4j "http://127.0.0.1:$NEO4J_PORT" \
    --requests "${REQUESTS:-40}" --rounds "${ROUNDS:-4}" --label "($size articles)"
  echo "stores.sh: done at $(date -u +%H:%M:%S) UTC, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  cleanup
  pids=()
  sleep 2
done
