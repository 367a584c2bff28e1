#!/usr/bin/env bash
# Everything the tests need, then the tests: what `.ci/run` runs on a clean clone, and the
# README's test command on a fresh Debian machine.
#   1. Debian packages the tests drive as independent tools (scripts/setup-system.sh)
#   2. npm packages, Node 22 from the npm registry, the TypeScript build (npm install)
#   3. a private Virtuoso on loopback ports, database in a temp folder (scripts/virtuoso.sh)
#   4. npm test, then the W3C SPARQL suites through every query path (npm run conformance:
#      fails on any failure that is claimgraph's own, docs/conformance.md); Virtuoso is stopped
#      and its folder removed however the tests end
# Everything runs with TMPDIR in a folder of its own, removed at the end (query caches, Node's
# compile cache, Virtuoso's database): the run leaves nothing in the temp directory.
set -euo pipefail
cd "$(dirname "$0")/.."

# a short name: Chromium puts a socket under it, and socket paths are limited to 107 bytes
run_tmp="$(mktemp -d "${TMPDIR:-/tmp}/cg.XXXXXX")"
export TMPDIR="$run_tmp"
trap 'rm -rf "$run_tmp"' EXIT

bash scripts/setup-system.sh
npm install --no-audit --no-fund

eval "$(bash scripts/virtuoso.sh start)"
trap 'bash scripts/virtuoso.sh stop || true; rm -rf "$run_tmp"' EXIT

npm test
npm run conformance
