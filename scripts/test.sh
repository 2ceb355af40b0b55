#!/usr/bin/env bash
# Runs every test of the solution. This is README's test command and what .ci/run calls.
set -euo pipefail
cd "$(dirname "$0")/.."

log=$(mktemp)
trap 'rm -f "$log"' EXIT

set +e
dotnet test GraphApi.sln -c Release --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One plain closing line for the whole run, summed over the test projects.
sum() { grep -oE "$1: +[0-9]+" "$log" | awk '{ n += $2 } END { print n + 0 }'; }
passed=$(sum Passed); failed=$(sum Failed); skipped=$(sum Skipped)
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
