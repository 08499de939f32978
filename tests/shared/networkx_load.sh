#!/usr/bin/env bash
# GraphML and node-link JSON written by claimgraph load in NetworkX with every attribute intact:
# networkx.read_graphml and json_graph.node_link_graph, with Debian's /usr/bin/python3 (NetworkX
# 2.8, python3-networkx) and, when it is another interpreter with networkx, the python3 on PATH
# (e.g. NetworkX 3.x from pyenv or pip).
# usage: bash networkx_load.sh CLAIMGRAPH_BINARY SOURCE_DIR
# Exit 77 (skipped) when no python3 has networkx, unless CI=true (then Debian's must have it).
set -euo pipefail
cg=$1 src=$2
here=$(cd "$(dirname "$0")" && pwd)
missing() {
    if [ "${CI:-}" = true ]; then echo "FAIL: $1 is missing (CI=true: install it, see scripts/install-deps.sh)"; exit 1; fi
    echo "SKIP: $1 is missing"; exit 77
}
pythons=()
if [ -x /usr/bin/python3 ] && /usr/bin/python3 -c 'import networkx' 2>/dev/null; then
    pythons+=(/usr/bin/python3)
elif [ "${CI:-}" = true ]; then
    missing "networkx for /usr/bin/python3 (Debian package python3-networkx)"
fi
other=$(command -v python3 || true)
if [ -n "$other" ] && [ "$("$other" -c 'import sys; print(sys.executable)' 2>/dev/null)" != /usr/bin/python3 ] &&
        "$other" -c 'import networkx' 2>/dev/null; then
    pythons+=("$other")
fi
[ ${#pythons[@]} -gt 0 ] || missing "networkx (Debian package python3-networkx, or pip install networkx)"

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
expected="$src/tests/data/nasty.json"
"$cg" convert "$expected" -o "$tmp/nasty.graphml"
"$cg" convert "$expected" -o "$tmp/nasty.json"
status=0
for py in "${pythons[@]}"; do
    for mode in nx-graphml nx-json; do
        file=$tmp/nasty.graphml; [ $mode = nx-json ] && file=$tmp/nasty.json
        echo "+ $py export_check.py $mode nasty.json $(basename "$file")"
        "$py" "$here/export_check.py" $mode "$expected" "$file" || status=1
    done
done
[ $status -eq 0 ] && echo "PASS: NetworkX loads claimgraph's GraphML and JSON"
exit $status
