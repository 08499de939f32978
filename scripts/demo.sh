#!/usr/bin/env bash
# The README's `make demo`: builds the graph of the bundled example article, writes it as GraphML,
# DOT, JSON and an SVG drawn by Graphviz into out/, and prints a short summary.
set -euo pipefail
bin=${1:-build/claimgraph}
article=${2:-examples/china-education-cooperation.txt}
name=$(basename "${article%.*}")
mkdir -p out
"$bin" build "$article" -o "out/$name.json" -o "out/$name.graphml" -o "out/$name.dot"
# dot for small labelled graphs; sfdp past about 100 actors (see bench/README.md).
nodes=$(grep -c '^ *"n[0-9]*" \[' "out/$name.dot" || true)
layout=dot
[ "${nodes:-0}" -gt 100 ] && layout=sfdp
"$layout" -Tsvg "out/$name.dot" -o "out/$name.svg.tmp" && mv "out/$name.svg.tmp" "out/$name.svg"
echo
"$bin" stats "out/$name.json" --top 5
echo
echo "wrote out/$name.json, out/$name.graphml, out/$name.dot and out/$name.svg ($layout layout)"
