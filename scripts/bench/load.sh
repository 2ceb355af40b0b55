#!/usr/bin/env bash
# Load tests of issue 6 (docs/performance.md): our server vs two peers, graphql-js and GraphQL.NET 8 (schema-first from
# schema/schema.graphql behind a minimal Kestrel endpoint; {__typename} and introspection only, it has no resolvers), and a
# raw Kestrel endpoint returning our exact response bytes, with wrk (-t1 -cN), in alternating rounds (A B C D A B C D …)
# per case and concurrency. Our server runs with its shipped settings (appsettings.json). Never part of the test command or CI.
#
#   OURS_DLL=/tmp/main/src/GraphApi.Server/bin/Release/net10.0/GraphApi.Server.dll scripts/bench/load.sh
#                                               # measure another build of our server (before/after a change)
#
#   scripts/bench/load.sh                       # full run: DURATION=10 ROUNDS=2 CONNECTIONS="1 16 64"
#   DURATION=2 ROUNDS=1 scripts/bench/load.sh   # smoke run
#
# Environment: OUT (results folder, default /tmp/graphapi-load), DURATION (s per wrk run), ROUNDS, CONNECTIONS,
# CASES (typename introspection mix), WARMUP (s of unmeasured load per target and case before its rounds, default 10),
# SKIP_BUILD=1, OURS_DLL, OURS_PORT/PEER_PORT/RAW_PORT/NET_PORT,
# PIN=1: every server on CPU SERVER_CPU (default 1) and wrk on WRK_CPU (default 0), so that the load generator never
# takes the servers' core and each target gets the same one core. As root, the run also gets a session of its own at
# NICE (default -20): the kernel shares CPU time between sessions (autogroups) before it looks at a process's own nice
# value, so a niced process alone still got a session's share on a busy machine. Whatever else runs gets the leftovers
# of the two cores while this runs, instead of a share of each measured second.
# Needs: wrk (apt-get install wrk), node ≥ 20, the .NET SDK.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BENCH="$ROOT/scripts/bench"
OUT=${OUT:-/tmp/graphapi-load}
DURATION=${DURATION:-10}
ROUNDS=${ROUNDS:-2}
WARMUP=${WARMUP:-10}
CONNECTIONS=${CONNECTIONS:-"1 16 64"}
CASES=${CASES:-"typename introspection mix"}
OURS_PORT=${OURS_PORT:-5101}
PEER_PORT=${PEER_PORT:-5102}
RAW_PORT=${RAW_PORT:-5103}
NET_PORT=${NET_PORT:-5104}
OURS_DLL=${OURS_DLL:-$ROOT/src/GraphApi.Server/bin/Release/net10.0/GraphApi.Server.dll}
if [[ "${PIN:-0}" == 1 && $(id -u) -eq 0 && -z "${LOAD_SH_SESSION:-}" ]]; then
  LOAD_SH_SESSION=1 exec setsid --wait bash "$0" "$@"
fi
if [[ -n "${LOAD_SH_SESSION:-}" && -w /proc/self/autogroup ]]; then
  echo "${NICE:--20}" >/proc/self/autogroup
fi
SERVER_ON=()
WRK_ON=()
if [[ "${PIN:-0}" == 1 ]]; then
  command -v taskset >/dev/null || { echo "PIN=1 needs taskset (util-linux)" >&2; exit 2; }
  SERVER_ON=(taskset -c "${SERVER_CPU:-1}")
  WRK_ON=(taskset -c "${WRK_CPU:-0}")
  if [[ $(id -u) -eq 0 ]]; then
    SERVER_ON=(nice -n "${NICE:--20}" "${SERVER_ON[@]}")
    WRK_ON=(nice -n "${NICE:--20}" "${WRK_ON[@]}")
  fi
fi
MIX="mix-search mix-entity mix-path mix-conflicts mix-neighborhood"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
command -v node >/dev/null || { echo "node is missing" >&2; exit 2; }
mkdir -p "$OUT/pairs" "$OUT/peer-responses" "$OUT/logs"

PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

wait_ready() { # url name
  for _ in $(seq 1 240); do
    if curl -fs -o /dev/null "$1" 2>/dev/null; then return 0; fi
    sleep 0.5
  done
  echo "$2 did not become ready at $1 (see $OUT/logs)" >&2
  exit 1
}

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  dotnet build -c Release "$ROOT/src/GraphApi.Server" -v q -nologo
  dotnet build -c Release "$ROOT/src/GraphApi.Importer" -v q -nologo
  dotnet build -c Release "$ROOT/tests/GraphApi.Benchmarks" -v q -nologo
fi
[[ -d "$BENCH/peer/node_modules" ]] || (cd "$BENCH/peer" && npm ci --no-audit --no-fund)

BENCH_APP="$ROOT/tests/GraphApi.Benchmarks/bin/Release/net10.0/GraphApi.Benchmarks"
SCHEMA="$ROOT/schema/schema.graphql"
if [[ ! -f "$SCHEMA" ]]; then
  SCHEMA="$OUT/schema.graphql"
  "$BENCH_APP" sdl --out "$SCHEMA"
fi
dotnet "$ROOT/src/GraphApi.Importer/bin/Release/net10.0/GraphApi.Importer.dll" "$ROOT/seeds" --json "$OUT/graph.json" >"$OUT/logs/importer.log" 2>&1

node "$BENCH/bodies.mjs" "$OUT/pairs" "$BENCH"/queries/*.graphql

# Our server: embedded store with the seeds, production environment, its shipped logging settings (appsettings.json).
ASPNETCORE_ENVIRONMENT=Production GRAPHAPI_SEEDS="$ROOT/seeds" GRAPHAPI_WATCH_CORPUS=false GRAPHAPI_IDE=false \
  "${SERVER_ON[@]}" dotnet "$OURS_DLL" --urls "http://127.0.0.1:$OURS_PORT" \
  >"$OUT/logs/ours.log" 2>&1 &
OURS_PID=$!
PIDS+=($OURS_PID)
(cd "$BENCH/peer" && NODE_ENV=production exec "${SERVER_ON[@]}" node server.mjs --port "$PEER_PORT" --schema "$SCHEMA" --graph "$OUT/graph.json") \
  >"$OUT/logs/peer.log" 2>&1 &
PIDS+=($!)
"${SERVER_ON[@]}" "$BENCH_APP" graphql-net --port "$NET_PORT" --schema "$SCHEMA" >"$OUT/logs/graphql-net.log" 2>&1 &
PIDS+=($!)
wait_ready "http://127.0.0.1:$OURS_PORT/health/ready" ours
wait_ready "http://127.0.0.1:$PEER_PORT/health/ready" graphql-js
wait_ready "http://127.0.0.1:$NET_PORT/health/ready" graphql-net

# The raw endpoint answers each request body with our server's exact response bytes.
for request in "$OUT"/pairs/*.request.json; do
  name=$(basename "$request" .request.json)
  curl -fsS -X POST -H 'Content-Type: application/json' --data-binary @"$request" \
    "http://127.0.0.1:$OURS_PORT/graphql" -o "$OUT/pairs/$name.response.json"
  curl -fsS -X POST -H 'Content-Type: application/json' --data-binary @"$request" \
    "http://127.0.0.1:$PEER_PORT/graphql" -o "$OUT/peer-responses/$name.response.json"
  if cmp -s "$OUT/pairs/$name.response.json" "$OUT/peer-responses/$name.response.json"; then same=identical; else same=different; fi
  printf '%-18s ours %6d bytes, graphql-js %6d bytes: %s\n' "$name" \
    "$(wc -c <"$OUT/pairs/$name.response.json")" "$(wc -c <"$OUT/peer-responses/$name.response.json")" "$same" | tee -a "$OUT/responses.txt"
done
"${SERVER_ON[@]}" "$BENCH_APP" raw --port "$RAW_PORT" --pairs "$OUT/pairs" >"$OUT/logs/raw.log" 2>&1 &
PIDS+=($!)
wait_ready "http://127.0.0.1:$RAW_PORT/health/ready" raw

bodies_for() { # case → BODIES value
  if [[ "$1" == mix ]]; then
    local list=""
    for q in $MIX; do list="$list:$OUT/pairs/$q.request.json"; done
    echo "${list#:}"
  else
    echo "$OUT/pairs/$1.request.json"
  fi
}

port_of() { case "$1" in ours) echo "$OURS_PORT" ;; graphql-js) echo "$PEER_PORT" ;; graphql-net) echo "$NET_PORT" ;; raw) echo "$RAW_PORT" ;; esac; }

run_wrk() { # case target connections seconds → RESULT line
  BODIES=$(bodies_for "$1") "${WRK_ON[@]}" wrk -t1 -c"$3" -d"$4s" --timeout 10s -s "$BENCH/post.lua" "http://127.0.0.1:$(port_of "$2")/graphql" \
    | grep '^RESULT'
}

# Our server's resident memory, sampled at each case boundary: it should stay flat across the run.
rss() { printf '%s\t%s\t%s\n' "$(date -u +%H:%M:%S)" "$1" "$(awk '/VmRSS/ {print $2}' "/proc/$OURS_PID/status") kB" | tee -a "$OUT/memory.tsv"; }
printf 'time\tafter\tours RSS\n' >"$OUT/memory.tsv"

RESULTS="$OUT/results.tsv"
printf 'case\ttarget\tconnections\tround\trps\tp50us\tp99us\trequests\terrors\n' >"$RESULTS"
for kase in $CASES; do
  case "$kase" in
    typename) targets="ours graphql-js graphql-net raw" ;;
    introspection) targets="ours graphql-js graphql-net" ;;
    *) targets="ours graphql-js raw" ;;
  esac
  # Warm-up, unmeasured (JIT tiers, V8). With 2 s, the first measured round of every target ran below its second in the
  # quiet runs of 2026-11-29 (ours 50.1k then 60.4k req/s, raw 66.0k then 74.1k; docs/performance.md).
  for target in $targets; do run_wrk "$kase" "$target" 16 "$WARMUP" >/dev/null; done
  rss "warm-up of $kase"
  for c in $CONNECTIONS; do
    for round in $(seq 1 "$ROUNDS"); do
      for target in $targets; do
        line=$(run_wrk "$kase" "$target" "$c" "$DURATION")
        rps=$(sed -E 's/.*rps=([0-9.]+).*/\1/' <<<"$line")
        p50=$(sed -E 's/.*p50us=([0-9]+).*/\1/' <<<"$line")
        p99=$(sed -E 's/.*p99us=([0-9]+).*/\1/' <<<"$line")
        req=$(sed -E 's/.*requests=([0-9]+).*/\1/' <<<"$line")
        err=$(sed -E 's/.*errors=([0-9]+).*/\1/' <<<"$line")
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$kase" "$target" "$c" "$round" "$rps" "$p50" "$p99" "$req" "$err" | tee -a "$RESULTS"
      done
    done
  done
done

rss "end of run"

{
  echo "Load run $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores, wrk -t1, ${DURATION}s per run, $ROUNDS alternating rounds"
  if [[ "${PIN:-0}" == 1 ]]; then echo "Pinned: servers ${SERVER_ON[*]}, wrk ${WRK_ON[*]}"; fi
  echo
  node "$BENCH/report.mjs" "$RESULTS"
  echo
  echo "Our server's RSS during the run:"
  echo
  sed 's/^/    /' "$OUT/memory.tsv"
} | tee "$OUT/report.md"
