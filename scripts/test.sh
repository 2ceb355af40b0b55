#!/usr/bin/env bash
# README's test command and what .ci/run calls: every test of the solution, including the real-Neo4j tests
# (a Neo4j 3.1.1 is installed and started by scripts/neo4j.sh) and the conformance checks against graphql-js.
# Under CI=true a missing prerequisite fails the run; nothing is skipped silently.
set -euo pipefail
cd "$(dirname "$0")/.."

log=$(mktemp)
cleanup() {
  rm -f "$log"
  if [[ -n "${started_neo4j:-}" ]]; then bash scripts/neo4j.sh stop || true; fi
}
trap cleanup EXIT

bash scripts/prerequisites.sh

# In CI a snapshot test without its committed snapshot fails (Snapshooter.Xunit's strict mode) instead of writing one.
if [[ "${CI:-}" == "true" ]]; then
  export SNAPSHOOTER_STRICT_MODE=on
fi

echo "== starting Neo4j"
if ! bash scripts/neo4j.sh env >/dev/null 2>&1; then
  started_neo4j=1  # ours to stop at exit; a server someone else started keeps running
fi
bash scripts/neo4j.sh start
set -a
# shellcheck disable=SC1091
. .cache/neo4j/run/env
set +a

echo "== preparing the conformance tools"
bash scripts/conformance.sh --prepare

echo "== dotnet test"
set +e
dotnet test GraphApi.sln -c Release --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One plain closing line for the whole run, summed over the test projects.
sum() { grep -oE "$1: +[0-9]+" "$log" | awk '{ n += $2 } END { print n + 0 }'; }
passed=$(sum Passed); failed=$(sum Failed); skipped=$(sum Skipped)
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
