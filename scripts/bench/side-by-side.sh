#!/usr/bin/env bash
# Issue 11: several servers (builds, stores, corpus sizes) asked the journalist queries of scripts/bench/queries/ one
# request to each in turn, so that the ratio between any two is taken request by request rather than across runs (at
# the loads of a shared machine one build's p50 moves by 2x between two runs minutes apart). Outside CI.
#
#   TARGETS="embedded:.:embedded:10000 main:/tmp/main:neo4j:10000 branch:.:neo4j:10000" scripts/bench/side-by-side.sh
#   TARGETS="main-1k:/tmp/main:neo4j:1000 main-100k:/tmp/main:neo4j:100000 ..." GRAPHAPI_EXTRACTION=false PARTITION_PREFIX=noext ...
#
# Each target is name:tree:store:size; tree is a source tree whose server is built in Release (`git archive main | tar
# -x -C /tmp/main` and `dotnet build -c Release src/GraphApi.Server -p:BuildExplorer=false` there gives main's). A Neo4j
# target serves partition PARTITION_PREFIX-size (bench) of the Neo4j in NEO4J_URI without importing; every target
# reads its corpus from CORPUS_BASE-size (/tmp/i11-corpus). REQUESTS (40) per target and query, QUERIES (all) a comma
# list of words that pick queries by name, BASE_PORT (5801) the first port, LOGS (/tmp) the servers' logs.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
: "${TARGETS:?TARGETS is not set: name:tree:store:size ...}"
: "${NEO4J_URI:?NEO4J_URI is not set: scripts/neo4j.sh start && set -a && . .cache/neo4j/run/env && set +a}"
BASE=${CORPUS_BASE:-/tmp/i11-corpus}
port=${BASE_PORT:-5801}
export GRAPHAPI_WATCH_CORPUS=false Logging__LogLevel__Default=Warning
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT
urls=()
for target in $TARGETS; do
  IFS=: read -r name tree store size <<<"$target"
  [[ $tree == . ]] && tree=$ROOT
  server="$tree/src/GraphApi.Server/bin/Release/net10.0/GraphApi.Server.dll"
  [[ -f $server ]] || { echo "side-by-side.sh: $server is not built" >&2; exit 1; }
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "side-by-side.sh: port $port is already taken; set BASE_PORT" >&2
    exit 1
  fi
  # The embedded store loads its corpus at start; a Neo4j server serves what was imported before.
  import=true
  [[ $store == neo4j ]] && import=false
  GRAPHAPI_SEEDS="$BASE-$size" GRAPHAPI_STORE=$store GRAPHAPI_IMPORT_ON_START=$import NEO4J_PARTITION="${PARTITION_PREFIX:-bench}-$size" \
    dotnet "$server" --urls "http://127.0.0.1:$port" >"${LOGS:-/tmp}/side-by-side-$name.log" 2>&1 &
  pids+=($!)
  urls+=("$name=http://127.0.0.1:$port")
  port=$((port + 1))
done
for i in "${!urls[@]}"; do
  url=${urls[$i]#*=}
  for _ in $(seq 1 900); do
    kill -0 "${pids[$i]}" 2>/dev/null || { echo "side-by-side.sh: ${urls[$i]%%=*} exited; see its log" >&2; exit 1; }
    curl -fs "$url/health/ready" >/dev/null 2>&1 && break
    sleep 1
  done
done
echo "side-by-side.sh: $(date -u +%H:%M:%S) UTC, load average $(cut -d' ' -f1-3 /proc/loadavg)"
python3 "$ROOT/scripts/bench/side_by_side.py" --requests "${REQUESTS:-40}" --queries "${QUERIES:-}" "${urls[@]}"
echo "side-by-side.sh: done at $(date -u +%H:%M:%S) UTC, load average $(cut -d' ' -f1-3 /proc/loadavg)"
