#!/usr/bin/env bash
# Checks (and, as root on Debian, installs) what the test command needs beyond the .NET SDK:
# Node.js/npm (conformance oracle, JavaScript driver cross-check), Java 17 (Neo4j 3.1.1) and Chromium (IDE test).
set -euo pipefail

fail() { echo "prerequisites: $*" >&2; exit 1; }

missing=()
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
command -v java >/dev/null || missing+=(openjdk-17-jre-headless)
command -v javac >/dev/null || missing+=(openjdk-17-jdk-headless)
[[ -x "${PLAYWRIGHT_CHROMIUM:-/usr/bin/chromium}" ]] || missing+=(chromium)

if (( ${#missing[@]} == 0 )); then
  exit 0
fi

if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
  echo "prerequisites: installing ${missing[*]}"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  fail "missing ${missing[*]}; install them (Debian: apt-get install -y ${missing[*]})."
fi
