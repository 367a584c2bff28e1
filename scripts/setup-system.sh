#!/usr/bin/env bash
# Installs the Debian packages the tests drive as independent tools:
#   raptor2-utils        `rapper`, an independent Turtle parser that checks our export
#   python3-rdflib       rdflib, an independent SPARQL engine that re-runs a named query
#   python3-sparqlwrapper an independent SPARQL Protocol client against `claimgraph serve`
#   chromium             headless browser for the query page served by `claimgraph serve`
#   virtuoso-opensource  a real SPARQL 1.1 store for `claimgraph push` / `query --endpoint`
# Idempotent: packages already present are not fetched again.
set -euo pipefail
pkgs=(raptor2-utils python3-rdflib python3-sparqlwrapper chromium virtuoso-opensource)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup-system: all Debian packages present"
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
# The Debian package starts its own Virtuoso on the default ports; the tests start a private one.
if command -v systemctl >/dev/null 2>&1; then $SUDO systemctl disable --now virtuoso-opensource-7 >/dev/null 2>&1 || true; fi
$SUDO service virtuoso-opensource-7 stop >/dev/null 2>&1 || true
echo "setup-system: installed ${missing[*]}"
