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
# The suite is not part of this repository. TESTKIT_DIR names it; without it the script looks for shared/testkit next
# to the repository (or a parent folder of it), then next to the checkout a worktree or clone came from (see
# find_testkit). scripts/test.sh runs --ci after dotnet test: without the suite it says so and goes on, except under
# CI=true, where a missing suite fails the run. TestKit's Python side needs Debian's python3 with python3-lark,
# python3-ifaddr and python3-tz (installed with apt when run as root).
#
# The closing line keeps TestKit's three counts and says what the failures were (testkit_report.py): a test that fails
# at TestKit's "no error mapping is defined for graphapi driver" (its table of the official drivers' error types) is
# counted as failed and listed apart; any other failure gets a second attempt after the others, and fails the run (exit
# 1) when that fails too.
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

# Prints the TestKit directory, or nothing when none of the places holds it: TESTKIT_DIR; else shared/testkit next to
# the repository or one of its parent folders; next to the main checkout of a worktree; next to the checkout the origin
# remote names, when that is a local path or file:// URL (a clean clone such as CI's: git clone /work/main /tmp/x).
find_testkit() {
  local candidates=()
  if [[ -n "${TESTKIT_DIR:-}" ]]; then
    candidates+=("$TESTKIT_DIR")
  else
    local dir=$root
    while [[ "$dir" != / ]]; do
      candidates+=("$dir/../shared/testkit")
      dir=$(dirname "$dir")
    done
    local common origin
    common=$(git -C "$root" rev-parse --path-format=absolute --git-common-dir 2>/dev/null || true)
    [[ -n "$common" ]] && candidates+=("$(dirname "$common")/../shared/testkit")
    origin=$(git -C "$root" remote get-url origin 2>/dev/null || true)
    origin=${origin#file://}
    if [[ -n "$origin" && -d "$origin" ]]; then
      candidates+=("$origin/../shared/testkit")
      # A bare repository, or a .git folder, as the origin: next to the checkout it belongs to.
      common=$(git -C "$origin" rev-parse --path-format=absolute --git-common-dir 2>/dev/null || true)
      [[ -n "$common" ]] && candidates+=("$(dirname "$common")/../shared/testkit")
    fi
  fi
  local found
  for found in "${candidates[@]}"; do
    if [[ -f "$found/nutkit/protocol/requests.py" && -d "$found/tests/stub" ]]; then
      (cd "$found" && pwd)
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
  # TESTKIT_NO_BUILD=1: whoever calls this has just built the backend (when investigating, run after run).
  echo "testkit.sh: suite at $testkit; the backend as built before" >&2
else
  echo "testkit.sh: building the backend; suite at $testkit" >&2
  dotnet build "$root/tests/GraphApi.Bolt.Testkit" -c Release --nologo -v quiet >"$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; die "building tests/GraphApi.Bolt.Testkit failed"; }
fi

# Stub servers are new Python processes, one or more per test, and the environment may forbid bytecode files: compiled
# once into our own cache (not into the suite's checkout), each start-up imports instead of compiling the stub's modules.
export PYTHONPYCACHEPREFIX="$work/pycache"
unset PYTHONDONTWRITEBYTECODE
(cd "$testkit" && "$python" -m compileall -q boltstub nutkit tests >/dev/null) || true

# Runs shards of the suites side by side: $1 names the files (report-i.json, suites-i.log), $2 the number of shards.
run_shards() {
  local name=$1 count=$2 pids=() i
  rm -rf "$work/$name"-*
  if (( private_net )); then
    for (( i = 0; i < count; i++ )); do
      TESTKIT_PRIVATE_NET=1 unshare --net bash "$0" --inside "$testkit" "$work/$name-report-$i.json" "$work/$name-suites-$i.log" "$i/$count" &
      pids+=($!)
    done
  else
    bash "$0" --inside "$testkit" "$work/$name-report-0.json" "$work/$name-suites-0.log" "0/1" &
    pids+=($!)
    count=1
  fi
  for pid in "${pids[@]}"; do wait "$pid" || true; done
  for (( i = 0; i < count; i++ )); do
    [[ -f "$work/$name-report-$i.json" ]] \
      || { tail -n 40 "$work/$name-suites-$i.log" >&2 || true; die "shard $i did not complete; see $work/$name-suites-$i.log"; }
  done
}

started=$(date +%s)
private_net=0
if [[ $(id -u) -eq 0 ]] && unshare --net true 2>/dev/null && command -v ip >/dev/null; then
  private_net=1
else
  echo "testkit.sh: no private network namespace here; TestKit's stub ports 9000-9060 must be free" >&2
fi
run_shards first "${TESTKIT_SHARDS:-6}"

# A test that failed for a reason of its own runs once more, after the others, with fewer shards beside it (see
# testkit_report.py); more than TESTKIT_RETRY_MAX such failures are not load, and are not run again.
mapfile -t again < <("$python" "$root/scripts/conformance/testkit_report.py" failures "$work"/first-report-*.json)
retry_reports=()
if (( ${#again[@]} > 0 && ${#again[@]} <= ${TESTKIT_RETRY_MAX:-30} )); then
  echo "testkit.sh: running ${#again[@]} failed test(s) once more: ${again[*]}" >&2
  TESTKIT_TESTS=$(IFS=,; echo "${again[*]}") run_shards retry $(( ${#again[@]} < 3 ? ${#again[@]} : 3 ))
  retry_reports=("$work"/retry-report-*.json)
fi

scope="all"
[[ -n "$exclude" ]] && scope="the CI part (routing and authorization for their oldest and newest versions)"
"$python" "$root/scripts/conformance/testkit_report.py" summary --seconds "$(( $(date +%s) - started ))" \
  --suites "$suites" --scope "$scope" --retry "${retry_reports[@]}" -- "$work"/first-report-*.json
