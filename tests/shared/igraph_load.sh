#!/usr/bin/env bash
# GraphML written by claimgraph loads in python-igraph (Graph.Read_GraphML) with every attribute
# intact. usage: bash igraph_load.sh CLAIMGRAPH_BINARY SOURCE_DIR
# Exit 77 (skipped) when igraph is missing, unless CI=true.
set -euo pipefail
cg=$1 src=$2
here=$(cd "$(dirname "$0")" && pwd)
missing() {
    if [ "${CI:-}" = true ]; then echo "FAIL: $1 is missing (CI=true: install it, see scripts/install-deps.sh)"; exit 1; fi
    echo "SKIP: $1 is missing"; exit 77
}
py=""
for candidate in /usr/bin/python3 "$(command -v python3 || true)"; do
    if [ -n "$candidate" ] && [ -x "$candidate" ] && "$candidate" -c 'import igraph' 2>/dev/null; then
        py=$candidate; break
    fi
done
[ -n "$py" ] || missing "igraph for python3 (Debian package python3-igraph)"

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
expected="$src/tests/data/nasty.json"
"$cg" convert "$expected" -o "$tmp/nasty.graphml"
echo "+ $py export_check.py igraph-graphml nasty.json nasty.graphml"
"$py" "$here/export_check.py" igraph-graphml "$expected" "$tmp/nasty.graphml"
echo "PASS: igraph loads claimgraph's GraphML"
