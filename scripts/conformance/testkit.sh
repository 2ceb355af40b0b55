#!/usr/bin/env bash
# Neo4j's driver conformance suite (TestKit, neo4j-drivers/testkit) against GraphApi.Bolt.
#
#   scripts/conformance/testkit.sh          build the backend (tests/GraphApi.Bolt.Testkit), start it, run TestKit's
#                                           stub suites against it, stop it, and print one closing line:
#                                           "testkit: N passed, M failed, K skipped"
#   scripts/conformance/testkit.sh --ci     the same over the part README's test command (and so CI) runs: every suite,
#                                           but the suites that repeat each test for every protocol version (routing,
#                                           authorization) only for their oldest and newest versions (see ci_exclude)
#
# The suite is not part of this repository. TESTKIT_DIR names it; without it the script looks next to the repository
# (../shared/testkit), then next to the checkout a worktree or clone came from (the main checkout's ../shared/testkit,
# or the origin remote's when it is a local path). scripts/test.sh runs this when the suite is found; under CI=true a
# missing suite or any failed test fails the run. TestKit's Python side needs Debian's python3 with python3-lark,
# python3-ifaddr and python3-tz (installed with apt when run as root).
#
# TestKit's stub servers listen on fixed ports (9000-9060). When it may, the script runs the backend and the suites in
# private network namespaces (unshare --net), so that parallel runs on one machine cannot collide; the suites are then
# split into TESTKIT_SHARDS shards (default 6; the tests mostly wait on stub servers and timeouts), each with its own backend, which run side by side. Without namespaces
# everything runs in one shard on the host's loopback.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
suites=${TESTKIT_SUITES:-versions,basic_query,configuration_hints,session_run,session_run_parameters,tx_run,tx_begin_parameters,tx_lifetime,iteration,retry,errors,disconnects,authorization,bookmarks,connectivity_check,types,summary,driver_execute_query,routing}
port=${TEST_BACKEND_PORT:-9876}
# TESTKIT_TESTS=routing.test_routing_v5x0.RoutingV5x0,... runs only those tests (for investigating failures).
# What --ci leaves out: the routing tests of Bolt 4.1, 4.3 and 4.4 (3 fetches the table with the routing procedure, 5.0
# with ROUTE; 4.x repeat those tests), and the authorization tests of the versions between 3 and 5.1 (5.0 for the auth
# managers and user switching, which 5.1 repeats with LOGON).
ci_exclude=routing.test_routing_v4x1,routing.test_routing_v4x3,routing.test_routing_v4x4,routing.test_no_routing_v4x1,\
authorization.test_authorization.TestAuthorizationV4x1,authorization.test_authorization.TestAuthorizationV4x3,\
authorization.test_authorization.TestAuthorizationV5x0,authorization.test_auth_token_manager.TestAuthTokenManager5x0,\
authorization.test_basic_auth_manager.TestBasicAuthManager5x0,authorization.test_bearer_auth_manager.TestBearerAuthManager5x0,\
authorization.test_user_switching.TestUserSwitchingV5x0
exclude=${TESTKIT_EXCLUDE:-}
python=/usr/bin/python3
work="$root/.cache/testkit"
backend_dll="$root/tests/GraphApi.Bolt.Testkit/bin/Release/net10.0/GraphApi.Bolt.Testkit.dll"

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

# Inside the namespace (or the host's, when no private one can be had): start the backend, run a shard of the suites,
# stop the backend.
run_suites() {
  local testkit=$1 report=$2 log=$3 shard=$4
  if [[ "${TESTKIT_PRIVATE_NET:-}" == 1 ]]; then
    ip link set lo up
    # Some tests connect to a non-loopback address of this machine, and one needs two of them: a veth pair gives
    # the private namespace two.
    if ip link add tk0 type veth peer name tk1 2>/dev/null; then
      ip addr add 10.233.0.1/24 dev tk0 && ip addr add 10.233.1.1/24 dev tk1
      ip link set tk0 up && ip link set tk1 up
    fi
  fi
  dotnet "$backend_dll" >"$log.backend" 2>&1 &
  local backend=$!
  trap 'kill "$backend" 2>/dev/null || true; wait "$backend" 2>/dev/null || true' RETURN
  local waited=0
  until (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    kill -0 "$backend" 2>/dev/null || { cat "$log.backend" >&2; die "the backend exited during start-up"; }
    (( waited++ < 100 )) || die "the backend did not listen on port $port within 20 s"
    sleep 0.2
  done
  # TestKit writes each stub script to the temporary directory under a fixed name: every shard needs its own.
  local tmp="$log.tmp"
  rm -rf "$tmp" && mkdir -p "$tmp"
  (cd "$testkit" && TMPDIR="$tmp" TEST_DRIVER_NAME=graphapi TEST_BACKEND_PORT=$port "$python" "$root/scripts/conformance/testkit_run.py" \
    --suites "$suites" --tests "${TESTKIT_TESTS:-}" --exclude "$exclude" --report "$report" --shard "$shard") >"$log" 2>&1
}

if [[ "${1:-}" == "--ci" ]]; then
  export TESTKIT_EXCLUDE=$ci_exclude
  exclude=$ci_exclude
  shift
fi
if [[ "${1:-}" == "--inside" ]]; then
  run_suites "$2" "$3" "$4" "$5"
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
if [[ "${TESTKIT_NO_BUILD:-}" == 1 && -f "$backend_dll" ]]; then
  # scripts/test.sh has just built the solution, the backend with it.
  echo "testkit.sh: suite at $testkit; the backend as built by dotnet test" >&2
else
  echo "testkit.sh: building the backend; suite at $testkit" >&2
  dotnet build "$root/tests/GraphApi.Bolt.Testkit" -c Release --nologo -v quiet >"$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; die "building tests/GraphApi.Bolt.Testkit failed"; }
fi

rm -rf "$work"/report-*.json "$work"/suites-*.log*
started=$(date +%s)
pids=()
if [[ $(id -u) -eq 0 ]] && unshare --net true 2>/dev/null && command -v ip >/dev/null; then
  shards=${TESTKIT_SHARDS:-6}
  for (( i = 0; i < shards; i++ )); do
    TESTKIT_PRIVATE_NET=1 unshare --net bash "$0" --inside "$testkit" "$work/report-$i.json" "$work/suites-$i.log" "$i/$shards" &
    pids+=($!)
  done
else
  echo "testkit.sh: no private network namespace here; TestKit's stub ports 9000-9060 must be free" >&2
  shards=1
  bash "$0" --inside "$testkit" "$work/report-0.json" "$work/suites-0.log" "0/1" &
  pids+=($!)
fi
for pid in "${pids[@]}"; do wait "$pid" || true; done
for (( i = 0; i < shards; i++ )); do
  [[ -f "$work/report-$i.json" ]] || { tail -n 40 "$work/suites-$i.log" >&2 || true; die "shard $i did not complete; see $work/suites-$i.log"; }
done

"$python" - "$(( $(date +%s) - started ))" "$suites" "$exclude" "$work"/report-*.json <<'PY'
import json, sys
report = {"suites": {}, "tests": {}}
for path in sys.argv[4:]:
    part = json.load(open(path))
    report["tests"].update(part["tests"])
    for suite, row in part["suites"].items():
        merged = report["suites"].setdefault(suite, {"passed": 0, "failed": 0, "skipped": 0, "skipped_for": {}})
        for k in ("passed", "failed", "skipped"):
            merged[k] += row[k]
        for feature, n in row["skipped_for"].items():
            merged["skipped_for"][feature] = merged["skipped_for"].get(feature, 0) + n
# TestKit checks error types against a table of the official drivers and calls self.fail() for any other driver name
# ("no error mapping is defined for graphapi driver"), after the checks every driver shares. Those failures are counted
# as failed, like any other, and listed apart; only a failure of another kind makes the run fail.
BY_DESIGN = "AssertionError: no error mapping is defined for graphapi driver"
total = {"passed": 0, "failed": 0, "skipped": 0}
unmapped = 0
print("%-24s %7s %7s %8s  %s" % ("suite", "passed", "failed", "skipped", "skipped for (undeclared features)"))
for suite in sys.argv[2].split(","):
    row = report["suites"].get(suite, {"passed": 0, "failed": 0, "skipped": 0, "skipped_for": {}})
    for k in total:
        total[k] += row[k]
    skipped_for = ", ".join("%s (%d)" % (f.replace("Feature.", ""), n) for f, n in sorted(row["skipped_for"].items()))
    print("%-24s %7d %7d %8d  %s" % (suite, row["passed"], row["failed"], row["skipped"], skipped_for))
real = []
for test_id, test in sorted(report["tests"].items()):
    if test["outcome"] != "failed":
        continue
    reason = (test["reason"] or "").strip()
    if all(BY_DESIGN in failure for failure in reason.split("\n----\n")):
        unmapped += 1
        print("FAILED (no error mapping for graphapi in TestKit) %s" % test_id)
    else:
        real.append(test_id)
        lines = reason.splitlines()
        print("FAILED %s: %s" % (test_id, lines[-1] if lines else ""))
scope = "the CI part (routing and authorization for their oldest and newest versions)" if sys.argv[3] else "all"
print("suites run: %s; took %s s; %d of the failures are TestKit's 'no error mapping is defined for graphapi driver'"
      % (scope, sys.argv[1], unmapped))
print("testkit: %d passed, %d failed, %d skipped" % (total["passed"], total["failed"], total["skipped"]))
sys.exit(1 if real else 0)
PY
