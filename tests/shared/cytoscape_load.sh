#!/usr/bin/env bash
# Cytoscape.js JSON written by claimgraph loads into cytoscape.js itself (headless, in Node) with
# the right node and edge counts and every data field. cytoscape.min.js is the copy the project's
# set-up fetches for the HTML viewer (scripts/fetch-js.sh -> vendor/js/), or
# $CLAIMGRAPH_CYTOSCAPE_JS.
# usage: bash cytoscape_load.sh CLAIMGRAPH_BINARY SOURCE_DIR
# Exit 77 (skipped) without node or cytoscape.js, unless CI=true and the project sets it up.
set -euo pipefail
cg=$1 src=$2
here=$(cd "$(dirname "$0")" && pwd)
missing() {
    if [ "${CI:-}" = true ]; then echo "FAIL: $1 is missing (CI=true: install it, see scripts/install-deps.sh)"; exit 1; fi
    echo "SKIP: $1 is missing"; exit 77
}
command -v node >/dev/null || missing "node (Debian package nodejs)"
js=${CLAIMGRAPH_CYTOSCAPE_JS:-$src/vendor/js/cytoscape.min.js}
if [ ! -f "$js" ]; then
    # Before the viewer's set-up (scripts/fetch-js.sh) is part of the project there is nothing to
    # install it with: skip. Once it is, CI must have it.
    [ -f "$src/scripts/fetch-js.sh" ] && missing "$js (scripts/fetch-js.sh fetches it)"
    echo "SKIP: no cytoscape.js at $js (set CLAIMGRAPH_CYTOSCAPE_JS)"; exit 77
fi

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$cg" -q build "$src/examples/china-education-cooperation.txt" -o "$tmp/seed.json"
status=0
for input in "$src/tests/data/nasty.json" "$tmp/seed.json"; do
    name=$(basename "$input" .json)
    "$cg" -q convert "$input" -o "$tmp/$name.canonical.json" -o "$tmp/$name.cyjs"
    echo "+ node cytoscape_check.js cytoscape.min.js $name.json $name.cyjs"
    node "$here/cytoscape_check.js" "$js" "$tmp/$name.canonical.json" "$tmp/$name.cyjs" || status=1
done
[ $status -eq 0 ] && echo "PASS: cytoscape.js loads claimgraph's Cytoscape.js JSON"
exit $status
