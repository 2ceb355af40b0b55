#!/usr/bin/env bash
# Neo4j's driver conformance suite (TestKit, neo4j-drivers/testkit) against GraphApi.Bolt.
#
#   scripts/conformance/testkit.sh          build the backend (tests/GraphApi.Bolt.Testkit), start it, run TestKit's
#                                           stub suites against it, stop it, and print one closing line:
#                                           "testkit: N passed, M failed, K skipped"
#
# The suite is not part of this repository. TESTKIT_DIR names it; without it the script looks next to the repository
# (../shared/testkit), then next to the checkout a worktree or clone came from (the main checkout's ../shared/testkit,
# or the origin remote's when it is a local path). scripts/test.sh runs this when the suite is found; under CI=true a
# missing suite or any failed test fails the run. TestKit's Python side needs Debian's python3 with python3-lark,
# python3-ifaddr and python3-tz (installed with apt when run as root).
#
# TestKit's stub servers listen on fixed ports (9000-9060). When it may, the script runs the backend and the suites in
# a private network namespace (unshare --net), so that parallel runs on one machine cannot collide.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
suites=${TESTKIT_SUITES:-versions,basic_query,configuration_hints,session_run,session_run_parameters,tx_run,tx_begin_parameters,tx_lifetime,iteration,retry,errors,disconnects,authorization,bookmarks,connectivity_check,types,summary,driver_execute_query,routing}
port=${TEST_BACKEND_PORT:-9876}
python=/usr/bin/python3
work="$root/.cache/testkit"

die() { echo "testkit.sh: $*" >&2; exit 1; }

# Prints the TestKit directory, or nothing when none of the places holds it.
find_testkit() {
  local candidates=()
  if [[ -n "${TESTKIT_DIR:-}" ]]; then
    candidates+=("$TESTKIT_DIR")
  else
    candidates+=("$root/../shared/testkit")
    local common origin
    common=$(git -C "$root" rev-parse --path-format=absolute --git-common-dir 2>/dev/null || true)
    [[ -n "$common" ]] && candidates+=("$(dirname "$common")/../shared/testkit")
    origin=$(git -C "$root" remote get-url origin 2>/dev/null || true)
    [[ -n "$origin" && -d "$origin" ]] && candidates+=("$origin/../shared/testkit")
  fi
  local dir
  for dir in "${candidates[@]}"; do
    if [[ -f "$dir/nutkit/protocol/requests.py" && -d "$dir/tests/stub" ]]; then
      (cd "$dir" && pwd)
      return
    fi
  done
}

python_ready() { "$python" -c 'import lark, ifaddr, pytz' 2>/dev/null; }

ensure_python() {
  python_ready && return
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "testkit.sh: installing python3-lark python3-ifaddr python3-tz" >&2
    apt-get update -qq >/dev/null || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3 python3-lark python3-ifaddr python3-tz >/dev/null
  fi
  python_ready || die "TestKit needs $python with lark, ifaddr and pytz (Debian: apt-get install python3-lark python3-ifaddr python3-tz)."
}

# Inside the namespace (or the host's, when no private one can be had): start the backend, run the suites, stop it.
run_suites() {
  local testkit=$1 report=$2 log=$3
  if [[ "${TESTKIT_PRIVATE_NET:-}" == 1 ]]; then
    ip link set lo up
  fi
  dotnet "$root/tests/GraphApi.Bolt.Testkit/bin/Release/net10.0/GraphApi.Bolt.Testkit.dll" >"$work/backend.log" 2>&1 &
  local backend=$!
  trap 'kill "$backend" 2>/dev/null || true; wait "$backend" 2>/dev/null || true' RETURN
  local waited=0
  until (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    kill -0 "$backend" 2>/dev/null || { cat "$work/backend.log" >&2; die "the backend exited during start-up"; }
    (( waited++ < 100 )) || die "the backend did not listen on port $port within 20 s"
    sleep 0.2
  done
  (cd "$testkit" && TEST_DRIVER_NAME=graphapi TEST_BACKEND_PORT=$port "$python" "$root/scripts/conformance/testkit_run.py" \
    --suites "$suites" --report "$report") >"$log" 2>&1
}

if [[ "${1:-}" == "--inside" ]]; then
  run_suites "$2" "$3" "$4"
  exit
fi

testkit=$(find_testkit)
if [[ -z "$testkit" ]]; then
  where=${TESTKIT_DIR:-"../shared/testkit next to the repository or next to the checkout it came from"}
  if [[ "${CI:-}" == "true" ]]; then
    die "the driver conformance suite (TestKit) was not found at $where; CI needs it (set TESTKIT_DIR)."
  fi
  echo "testkit: the driver conformance suite was not run: TestKit (github.com/neo4j-drivers/testkit) was not found at $where; set TESTKIT_DIR to a checkout to run it."
  exit 0
fi

ensure_python
mkdir -p "$work"
echo "testkit.sh: building the backend; suite at $testkit" >&2
dotnet build "$root/tests/GraphApi.Bolt.Testkit" -c Release --nologo -v quiet >"$work/build.log" 2>&1 \
  || { cat "$work/build.log" >&2; die "building tests/GraphApi.Bolt.Testkit failed"; }

report="$work/report.json"
log="$work/suites.log"
rm -f "$report"
started=$(date +%s)
status=0
if [[ $(id -u) -eq 0 ]] && unshare --net true 2>/dev/null && command -v ip >/dev/null; then
  TESTKIT_PRIVATE_NET=1 unshare --net bash "$0" --inside "$testkit" "$report" "$log" || status=$?
else
  echo "testkit.sh: no private network namespace here; TestKit's stub ports 9000-9060 must be free" >&2
  bash "$0" --inside "$testkit" "$report" "$log" || status=$?
fi
[[ -f "$report" ]] || { tail -n 40 "$log" >&2 || true; die "the suites did not complete (exit $status); see $log"; }

"$python" - "$report" "$(( $(date +%s) - started ))" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
total = {"passed": 0, "failed": 0, "skipped": 0}
print("%-24s %7s %7s %8s  %s" % ("suite", "passed", "failed", "skipped", "skipped for (undeclared features)"))
for suite, row in report["suites"].items():
    for k in total:
        total[k] += row[k]
    skipped_for = ", ".join("%s (%d)" % (f.replace("Feature.", ""), n) for f, n in sorted(row["skipped_for"].items()))
    print("%-24s %7d %7d %8d  %s" % (suite, row["passed"], row["failed"], row["skipped"], skipped_for))
for test_id, test in sorted(report["tests"].items()):
    if test["outcome"] == "failed":
        reason = (test["reason"] or "").strip().splitlines()
        print("FAILED %s: %s" % (test_id, reason[-1] if reason else ""))
print("suite run took %s s" % sys.argv[2])
print("testkit: %d passed, %d failed, %d skipped" % (total["passed"], total["failed"], total["skipped"]))
sys.exit(1 if total["failed"] else 0)
PY
