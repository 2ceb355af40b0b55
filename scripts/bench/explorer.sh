#!/usr/bin/env bash
# The explorer benchmark (issue 12), not a test: what a journalist waits for in Chromium. It builds the server (with the
# explorer) and the benchmarks, generates a corpus whose hub has a 500-entity neighbourhood (generate --entities), starts
# one server on the seeds and one on that corpus (loopback, free ports), runs `GraphApi.Benchmarks explorer`, and stops
# both servers. RUNS (10), ENTITIES (500) and ARTICLES (200) change the run.
set -euo pipefail
cd "$(dirname "$0")/../.."

runs="${RUNS:-10}"
entities="${ENTITIES:-500}"
articles="${ARTICLES:-200}"
work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

dotnet build src/GraphApi.Server -c Release --nologo -v q >/dev/null
dotnet build tests/GraphApi.Benchmarks -c Release --nologo -v q >/dev/null
summary=$(dotnet run -c Release --no-build --project tests/GraphApi.Benchmarks -- generate --articles "$articles" --entities "$entities" --out "$work/corpus" --seed 1)
echo "$summary"
hub=$(echo "$summary" | sed -n 's/.*each tied to \([^ ]*\) by a claim.*/\1/p')

start() {  # start PORT SEEDS_DIR
  GraphApi__WatchCorpus=false dotnet src/GraphApi.Server/bin/Release/net10.0/GraphApi.Server.dll --urls "http://127.0.0.1:$1" --GraphApi:Seeds="$2" >"$work/server-$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 120); do
    if curl -fs "http://127.0.0.1:$1/health/ready" >/dev/null; then return 0; fi
    sleep 0.5
  done
  echo "the server on port $1 did not become ready; see its log:" >&2
  cat "$work/server-$1.log" >&2
  exit 1
}

seeds_port=$(free_port); start "$seeds_port" "$PWD/seeds"
hub_port=$(free_port); start "$hub_port" "$work/corpus"

dotnet run -c Release --no-build --project tests/GraphApi.Benchmarks -- explorer \
  --url "http://127.0.0.1:$seeds_port" --hub-url "http://127.0.0.1:$hub_port" --hub "$hub" --runs "$runs"
