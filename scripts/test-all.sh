#!/usr/bin/env bash
# Everything the tests need, then the tests: what `.ci/run` runs on a clean clone, and the
# README's test command on a fresh Debian machine.
#   1. Debian packages the tests drive as independent tools (scripts/setup-system.sh)
#   2. npm packages, Node 22 from the npm registry, the TypeScript build (npm install)
#   3. a private Virtuoso on loopback ports, database in a temp folder (scripts/virtuoso.sh)
#   4. npm test; Virtuoso is stopped and its folder removed however the tests end
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup-system.sh
npm install --no-audit --no-fund

eval "$(bash scripts/virtuoso.sh start)"
trap 'bash scripts/virtuoso.sh stop || true' EXIT

npm test
