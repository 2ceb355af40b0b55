#!/usr/bin/env bash
# Conformance checks of the GraphQL HTTP transport and engine against the reference implementations:
# graphql-http's audit suite, the graphql-js introspection round trip, differential validation against graphql-js,
# and Banana Cake Pop loading the schema in Chromium. They are xunit tests in tests/GraphApi.GraphQL.AspNetCore.Tests
# (namespace ...Conformance) that spawn the node scripts in scripts/conformance.
#
#   scripts/conformance.sh            install the pinned node packages, then run the conformance tests
#   scripts/conformance.sh --prepare  only check the tools and install the packages (before `dotnet test GraphApi.sln`)
#
# Needs: node and npm on the PATH, and Chromium at /usr/bin/chromium (or PLAYWRIGHT_CHROMIUM) for the IDE test.
# A missing tool is a failure, never a skip.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "conformance: $*" >&2; exit 1; }

command -v node >/dev/null || fail "node is not on the PATH; install Node.js (20 or later)."
command -v npm >/dev/null || fail "npm is not on the PATH; install npm with Node.js."
chromium="${PLAYWRIGHT_CHROMIUM:-/usr/bin/chromium}"
[[ -x "$chromium" ]] || fail "Chromium is missing at $chromium; install it (Debian: apt-get install -y chromium) or set PLAYWRIGHT_CHROMIUM."

# Pinned by package-lock.json; node_modules is git-ignored.
(cd scripts/conformance && npm ci --no-audit --no-fund --loglevel=error)
# Neo4j's Cypher language support, the offline Cypher 5 oracle of the Neo4j store's lint test.
(cd scripts/cypher-lint && npm ci --no-audit --no-fund --loglevel=error)

if [[ "${1:-}" == "--prepare" ]]; then
  exit 0
fi

dotnet test tests/GraphApi.GraphQL.AspNetCore.Tests -c Release --nologo --filter "FullyQualifiedName~.Conformance."
