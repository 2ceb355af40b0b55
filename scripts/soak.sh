#!/usr/bin/env bash
# Soak test of issue 7 (docs/reliability.md): the journalist query mix at concurrency 64 on loopback with wrk against
# the server built in Release (embedded store by default, or Neo4j), sampling its RSS and open file descriptors
# (sockets to Neo4j included) every 10 s.
# Outside CI. Fails (exit 1) on any 5xx or socket error.
#
#   scripts/soak.sh                      # 5 minutes, 64 connections
#   SOAK_SECONDS=60 scripts/soak.sh      # a short run
#
# Environment: SOAK_SECONDS (300), CONNECTIONS (64), THREADS (2), PORT (5111), OUT (/tmp/graphapi-soak), SKIP_BUILD=1,
# GRAPHAPI_STORE (embedded, or neo4j with `scripts/neo4j.sh start` and its env sourced:
#   scripts/neo4j.sh start && set -a && . .cache/neo4j/run/env && set +a && GRAPHAPI_STORE=neo4j scripts/soak.sh),
# SOAK_CORPUS (seeds/): the corpus the server serves. The query mix names seed entities, so a generated corpus (which
# holds the seeds' entities) answers it too. On Neo4j, a partition imported beforehand is served as it is with
#   NEO4J_PARTITION=bench-10000 GRAPHAPI_IMPORT_ON_START=false SOAK_CORPUS=/tmp/corpus-10000 GRAPHAPI_STORE=neo4j scripts/soak.sh
# (issue 11's throughput run, docs/performance.md); READY_SECONDS (120) bounds the wait for the server to be ready.
# Needs: wrk (apt-get install -y wrk), node, the .NET SDK.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SOAK_SECONDS=${SOAK_SECONDS:-300}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
PORT=${PORT:-5111}
OUT=${OUT:-/tmp/graphapi-soak}
STORE=${GRAPHAPI_STORE:-embedded}
CORPUS=${SOAK_CORPUS:-$ROOT/seeds}
READY_SECONDS=${READY_SECONDS:-120}

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
command -v node >/dev/null || { echo "node is missing" >&2; exit 2; }
mkdir -p "$OUT"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  dotnet build -c Release "$ROOT/src/GraphApi.Server" -v q -nologo
fi

node "$ROOT/scripts/bench/bodies.mjs" "$OUT/bodies" "$ROOT"/scripts/bench/queries/mix-*.graphql "$ROOT"/tests/GraphApi.Schema.Tests/Queries/*.graphql
BODIES=$(ls "$OUT"/bodies/*.request.json | paste -sd: -)

ASPNETCORE_ENVIRONMENT=Production GRAPHAPI_STORE="$STORE" GRAPHAPI_SEEDS="$CORPUS" GRAPHAPI_WATCH_CORPUS=false \
  Logging__LogLevel__Default=Warning \
  dotnet "$ROOT/src/GraphApi.Server/bin/Release/net10.0/GraphApi.Server.dll" --urls "http://127.0.0.1:$PORT" >"$OUT/server.log" 2>&1 &
SERVER=$!
SAMPLER=
cleanup() {
  [[ -n "$SAMPLER" ]] && kill "$SAMPLER" 2>/dev/null || true
  kill "$SERVER" 2>/dev/null || true
}
trap cleanup EXIT

for _ in $(seq 1 $(( READY_SECONDS * 2 ))); do
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/health/ready" && break
  kill -0 "$SERVER" 2>/dev/null || { echo "the server exited; see $OUT/server.log" >&2; exit 1; }
  sleep 0.5
done
curl -fs -o /dev/null "http://127.0.0.1:$PORT/health/ready" || { echo "the server did not become ready" >&2; exit 1; }

sample() { # seconds rss_kb fds
  echo "$1 $(awk '/VmRSS/ { print $2 }' "/proc/$SERVER/status") $(ls "/proc/$SERVER/fd" | wc -l)"
}
: >"$OUT/samples.txt"
(
  start=$(date +%s)
  while kill -0 "$SERVER" 2>/dev/null; do
    sample $(( $(date +%s) - start )) >>"$OUT/samples.txt"
    sleep 10
  done
) &
SAMPLER=$!

echo "== soak: $STORE store${NEO4J_PARTITION:+ (partition $NEO4J_PARTITION)}, corpus $CORPUS, load average $(cut -d' ' -f1-3 /proc/loadavg), ${SOAK_SECONDS}s at $CONNECTIONS connections ($(ls "$OUT"/bodies | wc -l) queries in rotation)"
BODIES="$BODIES" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SOAK_SECONDS}s" --latency -s "$ROOT/scripts/soak/soak.lua" \
  "http://127.0.0.1:$PORT" | tee "$OUT/wrk.txt"
sleep 2
sample end >>"$OUT/samples.txt"
kill "$SAMPLER" 2>/dev/null || true
SAMPLER=

kill -0 "$SERVER" 2>/dev/null || { echo "FAIL: the server died during the soak; see $OUT/server.log" >&2; exit 1; }
result=$(grep '^RESULT' "$OUT/wrk.txt")
echo "== samples (seconds, RSS kB, open fds):"
cat "$OUT/samples.txt"
awk -v result="$result" '
  { rss[NR] = $2; fd[NR] = $3; if ($2 > max) max = $2; if ($3 > fdmax) fdmax = $3 }
  END {
    printf "SUMMARY %s rss_start_mb=%.0f rss_end_mb=%.0f rss_max_mb=%.0f fds_start=%d fds_end=%d fds_max=%d\n",
      result, rss[1] / 1024, rss[NR] / 1024, max / 1024, fd[1], fd[NR], fdmax
  }' "$OUT/samples.txt" | tee "$OUT/summary.txt"

fivexx=$(sed -E 's/.*status5xx=([0-9]+).*/\1/' <<<"$result")
socket=$(sed -E 's/.*socket_errors=([0-9]+).*/\1/' <<<"$result")
if [[ "$fivexx" != 0 || "$socket" != 0 ]]; then
  echo "FAIL: $fivexx answers were 5xx and $socket socket errors" >&2
  exit 1
fi
echo "PASS: zero 5xx, zero socket errors"
