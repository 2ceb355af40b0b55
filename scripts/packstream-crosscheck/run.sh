#!/usr/bin/env bash
# Runs pack.js with the official neo4j-driver, installed once into .cache/npm-bolt (git-ignored).
# Reads the value table on stdin, writes {"name": "HEX"} on stdout. Fails loudly when node or npm is missing.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
prefix="$root/.cache/npm-bolt"
version=5.28.3

command -v node >/dev/null 2>&1 || { echo "packstream cross-check: node is not installed" >&2; exit 3; }
if [[ ! -f "$prefix/node_modules/neo4j-driver/package.json" ]] \
   || ! grep -q "\"version\": \"$version\"" "$prefix/node_modules/neo4j-driver/package.json"; then
  command -v npm >/dev/null 2>&1 || { echo "packstream cross-check: npm is not installed" >&2; exit 3; }
  mkdir -p "$prefix"
  npm install --prefix "$prefix" --no-audit --no-fund --silent "neo4j-driver@$version" >&2
fi
exec node "$(dirname "$0")/pack.js" "$prefix/node_modules"
