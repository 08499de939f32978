#!/usr/bin/env bash
# DOT written by claimgraph renders with Graphviz without a word on stderr: the nasty-label graph
# with dot, and a graph past 100 nodes / 1000 edges (written with layout=sfdp, no edge labels).
# usage: bash dot_render.sh CLAIMGRAPH_BINARY SOURCE_DIR
# Exit 77 (skipped) when Graphviz is missing, unless CI=true.
set -euo pipefail
cg=$1 src=$2
missing() {
    if [ "${CI:-}" = true ]; then echo "FAIL: $1 is missing (CI=true: install it, see scripts/install-deps.sh)"; exit 1; fi
    echo "SKIP: $1 is missing"; exit 77
}
command -v dot >/dev/null || missing "dot (Debian package graphviz)"
command -v python3 >/dev/null || missing "python3"

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
status=0
render() {  # FILE.dot: renders to SVG, fails on any stderr output
    echo "+ dot -Tsvg $(basename "$1")"
    if ! dot -Tsvg "$1" -o "${1%.dot}.svg" 2> "$tmp/stderr"; then
        echo "FAIL: dot exited with an error:"; cat "$tmp/stderr"; status=1; return
    fi
    if [ -s "$tmp/stderr" ]; then echo "FAIL: dot wrote to stderr:"; cat "$tmp/stderr"; status=1; fi
}
"$cg" convert "$src/tests/data/nasty.json" -o "$tmp/nasty.dot"
render "$tmp/nasty.dot"
for want in 'Universität Zürich' '北京大学' 'not funds (possible)' 'promotes (question)' \
            'Ministry of Education &lt;MoE&gt; &amp; &quot;friends&quot;' 'back\slash' 'Actor types'; do
    grep -qF -- "$want" "$tmp/nasty.svg" || { echo "FAIL: the SVG lacks '$want'"; status=1; }
done

# 150 nodes, 1200 edges: the writer switches to sfdp and drops edge labels.
python3 - "$tmp/big.json" <<'PY'
import json, sys
types = ["country", "person", "university", "concept", "policy"]
nodes = [{"id": f"n{i}", "label": f"actor \"{i}\" <&>", "type": types[i % 5], "aliases": [],
          "mentions": 1, "key": f"a{i:04d}"} for i in range(150)]
edges, seen = [], set()
for i in range(1200):
    s, t, r = i % 150, (i * 37 + 11) % 150, f"rel-{i % 7}"
    if (s, t, r) in seen:
        continue
    seen.add((s, t, r))
    edges.append({"source": f"n{s}", "target": f"n{t}", "relation": r, "negated": i % 5 == 0,
                  "modality": "asserted", "confidence": 0.5, "weight": 1 + i % 4, "evidence": []})
json.dump({"directed": True, "multigraph": True, "graph": {"name": "big", "documents": []},
           "nodes": nodes, "edges": edges}, open(sys.argv[1], "w"))
PY
"$cg" convert "$tmp/big.json" -o "$tmp/big.dot"
grep -q 'layout="sfdp", overlap="prism"' "$tmp/big.dot" || { echo "FAIL: big.dot does not set sfdp"; status=1; }
render "$tmp/big.dot"
[ $status -eq 0 ] && echo "PASS: DOT renders with Graphviz without warnings"
exit $status
