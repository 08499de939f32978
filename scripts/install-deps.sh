#!/usr/bin/env bash
# Installs the Debian packages claimgraph needs to build, test and render. Idempotent, and quiet
# when everything is already there. Run as root (or with sudo available).
set -euo pipefail

packages=(
  g++ cmake make pkg-config
  libboost-graph-dev rapidjson-dev libspdlog-dev libfmt-dev catch2 libcli11-dev
  graphviz libxml2-utils python3 python3-networkx python3-igraph
  raptor2-utils rasqal-utils python3-rdflib chromium help2man parallel bsdutils
  clang libclang-rt-14-dev time
)
# npm fetches the viewer's JavaScript (scripts/fetch-js.sh). Node.js may come from elsewhere than
# Debian (its npm included); only ask Debian for it when there is none.
command -v npm >/dev/null || packages+=(nodejs npm)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  "$(dirname "$0")/fetch-js.sh"
  exit 0
fi

echo "install-deps: installing ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install ${missing[*]}" >&2; exit 2; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >/dev/null
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
"$(dirname "$0")/fetch-js.sh"
