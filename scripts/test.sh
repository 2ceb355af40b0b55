#!/usr/bin/env bash
# README's test command and what .ci/run calls: every test of the solution, including the real-Neo4j tests
# (a Neo4j 3.1.1 is installed and started by scripts/neo4j.sh) and the conformance checks against graphql-js, then
# Neo4j's driver conformance suite (TestKit) against the Bolt client (scripts/conformance/testkit.sh --ci) when the
# suite is found. Under CI=true a missing prerequisite, the TestKit checkout included, fails the run; nothing is
# skipped silently.
set -euo pipefail
cd "$(dirname "$0")/.."

log=$(mktemp)
testkit_log=$(mktemp)
stop_neo4j() {
  if [[ -n "${started_neo4j:-}" ]]; then bash scripts/neo4j.sh stop || true; started_neo4j=; fi
}
cleanup() {
  rm -f "$log" "$testkit_log"
  stop_neo4j
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

# dotnet test builds only the test projects; the benchmarks must compile too, though they never run here.
echo "== building the benchmarks"
dotnet build tests/GraphApi.Benchmarks -c Release --nologo -v q

echo "== dotnet test"
set +e
dotnet test GraphApi.sln -c Release --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# TestKit needs no Neo4j; the server we started goes before it, so that its stub servers have the machine.
stop_neo4j

# The script builds the backend (dotnet test builds only the test projects and what they reference), says when the
# suite is not there (and fails under CI=true), and fails on any failed test but TestKit's "no error mapping is defined
# for graphapi driver" (see docs/driver-conformance.md).
echo "== driver conformance (TestKit)"
set +e
bash scripts/conformance/testkit.sh --ci 2>&1 | tee "$testkit_log"
testkit_status=${PIPESTATUS[0]}
set -e
testkit_line=$(grep -E '^testkit: ' "$testkit_log" | tail -n 1 || true)
[[ -n "$testkit_line" ]] || testkit_line="testkit: did not complete (exit $testkit_status): $(tail -n 1 "$testkit_log")"

# One plain closing line for the whole run: the test projects summed, then TestKit's own line.
sum() { grep -oE "$1: +[0-9]+" "$log" | awk '{ n += $2 } END { print n + 0 }'; }
passed=$(sum Passed); failed=$(sum Failed); skipped=$(sum Skipped)
echo "$passed passed, $failed failed, $skipped skipped; $testkit_line"
if (( status != 0 )); then exit "$status"; fi
exit "$testkit_status"
