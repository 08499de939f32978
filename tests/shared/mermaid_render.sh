#!/usr/bin/env bash
# Mermaid text written by claimgraph renders in Mermaid itself (the copy scripts/fetch-mermaid.sh
# keeps in vendor/js/, or $CLAIMGRAPH_MERMAID_JS) in headless Chromium: the nasty graph, the seed
# article and a 700-claim graph cut to 500 edges all draw with the nodes, labels and edges the
# text declares, and a 501-edge control diagram is refused by Mermaid's edge limit.
# usage: bash mermaid_render.sh CLAIMGRAPH_BINARY SOURCE_DIR
# Exit 77 (skipped) without chromium or mermaid.min.js unless CI=true.
set -euo pipefail
cg=$1 src=$2
here=$(cd "$(dirname "$0")" && pwd)
missing() {
    if [ "${CI:-}" = true ]; then echo "FAIL: $1 is missing (CI=true: install it, see scripts/install-deps.sh)"; exit 1; fi
    echo "SKIP: $1 is missing"; exit 77
}
chromium=$(command -v chromium || true)
[ -n "$chromium" ] || missing "chromium (Debian package chromium)"
js=${CLAIMGRAPH_MERMAID_JS:-$src/vendor/js/mermaid.min.js}
[ -f "$js" ] || missing "$js (scripts/fetch-mermaid.sh fetches it)"
command -v python3 >/dev/null || missing "python3"

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$cg" -q build "$src/examples/china-education-cooperation.txt" -o "$tmp/seed.json"
python3 "$here/mermaid_grammar.py" --big-graph "$tmp/big.json"
cases=()
for input in "$src/tests/data/nasty.json" "$tmp/seed.json" "$tmp/big.json"; do
    name=$(basename "$input" .json)
    "$cg" -q convert "$input" -o "$tmp/$name.canonical.json" -o "$tmp/$name.mmd" 2>/dev/null
    cases+=("$name=$tmp/$name.canonical.json:$tmp/$name.mmd")
done
echo "+ python3 mermaid_render.py chromium mermaid $(cat "$(dirname "$js")/mermaid.VERSION" 2>/dev/null) nasty seed big"
python3 "$here/mermaid_render.py" "$chromium" "$js" "$tmp" "${cases[@]}"
echo "PASS: Mermaid renders claimgraph's flowcharts and refuses 501 edges"
