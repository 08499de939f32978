#!/usr/bin/env bash
# Mermaid text written by claimgraph follows Mermaid's flowchart grammar line by line and its
# limits (see mermaid_grammar.py: a grammar check, not Mermaid itself), for the nasty graph, the
# seed article and a graph of 700 claims that must be cut to 500.
# usage: bash mermaid_grammar.sh CLAIMGRAPH_BINARY SOURCE_DIR
# Exit 77 (skipped) without python3 unless CI=true.
set -euo pipefail
cg=$1 src=$2
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v python3 >/dev/null; then
    [ "${CI:-}" = true ] && { echo "FAIL: python3 is missing"; exit 1; }
    echo "SKIP: python3 is missing"; exit 77
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$cg" -q build "$src/examples/china-education-cooperation.txt" -o "$tmp/seed.json"
python3 "$here/mermaid_grammar.py" --big-graph "$tmp/big.json"
status=0
for input in "$src/tests/data/nasty.json" "$tmp/seed.json" "$tmp/big.json"; do
    name=$(basename "$input" .json)
    "$cg" -q convert "$input" -o "$tmp/$name.canonical.json" -o "$tmp/$name.mmd" 2>"$tmp/$name.err"
    echo "+ python3 mermaid_grammar.py $name.json $name.mmd"
    python3 "$here/mermaid_grammar.py" "$tmp/$name.canonical.json" "$tmp/$name.mmd" || status=1
done
grep -q "^%% cut to fit Mermaid's limits (500 edges, 50000 characters): 200 claims" "$tmp/big.mmd" ||
    { echo "FAIL: the 700-claim graph was not cut to 500 edges with a comment"; status=1; }
[ "$(grep -c -- '-->\|==>' "$tmp/big.mmd")" -eq 500 ] || { echo "FAIL: not 500 edges"; status=1; }
[ $status -eq 0 ] && echo "PASS: Mermaid text follows the flowchart grammar and Mermaid's limits"
exit $status
