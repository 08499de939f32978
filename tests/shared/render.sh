#!/usr/bin/env bash
# `claimgraph render` with the real Graphviz: the seed article straight from its .txt to SVG, PNG
# and PDF (checked by their magic bytes, and the SVG for its legend, its packed actors without
# claims, every actor, and a shape that is not one very wide row); a 150-actor graph goes through
# sfdp; errors exit 2 with a clear message and leave an existing file untouched.
# usage: bash render.sh CLAIMGRAPH_BINARY SOURCE_DIR
# Exit 77 (skipped) when Graphviz is missing, unless CI=true.
set -euo pipefail
cg=$1 src=$2
missing() {
    if [ "${CI:-}" = true ]; then echo "FAIL: $1 is missing (CI=true: run scripts/install-deps.sh)"; exit 1; fi
    echo "SKIP: $1 is missing"; exit 77
}
command -v dot >/dev/null || missing "dot (Debian package graphviz)"
command -v python3 >/dev/null || missing "python3"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }

seed=$src/examples/china-education-cooperation.txt
"$cg" -q build "$seed" -o "$tmp/seed.json"
"$cg" render "$seed" -o "$tmp/seed.svg" 2> "$tmp/err" || { cat "$tmp/err"; exit 1; }
grep -q 'with dot into' "$tmp/err" || fail "the seed was not drawn with dot: $(cat "$tmp/err")"
"$cg" -q render "$tmp/seed.json" -o "$tmp/seed.png"
"$cg" -q render "$tmp/seed.json" -o "$tmp/seed.pdf"
"$cg" -q render "$tmp/seed.json" -o - --format svg > "$tmp/stdout.svg"
[ "$(head -c 8 "$tmp/seed.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "seed.png is not a PNG"
[ "$(head -c 5 "$tmp/seed.pdf")" = "%PDF-" ] || fail "seed.pdf is not a PDF"
cmp -s "$tmp/seed.svg" "$tmp/stdout.svg" || fail "the article and its JSON draw differently"
python3 - "$tmp/seed.svg" "$tmp/seed.json" <<'PY' || status=1
import json, re, sys
import xml.etree.ElementTree as ET
svg = ET.parse(sys.argv[1]).getroot()
graph = json.load(open(sys.argv[2]))
ns = "{http://www.w3.org/2000/svg}"
texts = [t.text or "" for t in svg.iter(ns + "text")]
titles = [t.text for t in svg.iter(ns + "title")]
width = float(svg.get("width").rstrip("pt"))
height = float(svg.get("height").rstrip("pt"))
problems = []
for want in ["Actor types", "Actors without claims", "country", "concept"]:
    if want not in texts:
        problems.append("no text " + repr(want))
drawn = {t for t in titles if re.fullmatch(r"n\d+", t or "")}
if len(drawn) != len(graph["nodes"]):
    problems.append(f"{len(drawn)} actors drawn, the graph has {len(graph['nodes'])}")

if sum(1 for g in svg.iter(ns + "g") if g.get("class") == "edge") < len(graph["edges"]):
    problems.append("fewer edges drawn than claims")
if width > 2.5 * height:
    problems.append(f"{width:.0f}x{height:.0f} pt: one wide row")
print("FAIL: " + "; ".join(problems) if problems else
      f"ok: seed.svg {width:.0f}x{height:.0f} pt, {len(drawn)} actors, legend and packed actors")
sys.exit(1 if problems else 0)
PY

# Past 100 actors: sfdp.
python3 - "$tmp/big.json" <<'PY'
import json, sys
nodes = [{"id": f"n{i}", "label": f"actor {i}", "type": ["country", "person", "policy"][i % 3],
          "aliases": [], "mentions": 1, "key": f"a{i:03d}"} for i in range(150)]
edges = [{"source": f"n{i}", "target": f"n{(i * 7 + 3) % 150}", "relation": "supports",
          "negated": False, "modality": "asserted", "confidence": 1.0, "weight": 1, "evidence": []}
         for i in range(150) if i != (i * 7 + 3) % 150]
json.dump({"directed": True, "multigraph": True, "graph": {"name": "big", "documents": []},
           "nodes": nodes, "edges": edges}, open(sys.argv[1], "w"))
PY
"$cg" render "$tmp/big.json" -o "$tmp/big.svg" 2> "$tmp/err" || { cat "$tmp/err"; status=1; }
grep -q '150 actors and 150 claims with sfdp' "$tmp/err" && echo "ok: 150 actors drawn with sfdp" ||
    fail "big graph: $(cat "$tmp/err")"

# Errors: exit 2, one clear line, the existing file untouched.
echo "old" > "$tmp/keep.svg"
expect_error() {  # MESSAGE COMMAND...
    local msg=$1; shift
    local rc=0; "$@" > /dev/null 2> "$tmp/err" || rc=$?
    if [ "$rc" = 2 ] && grep -qF -- "$msg" "$tmp/err"; then echo "ok: exit 2, $msg"
    else fail "$* -> exit $rc: $(cat "$tmp/err")"; fi
}
expect_error "render writes .svg, .png or .pdf, not .jpg" "$cg" render "$tmp/seed.json" -o "$tmp/x.jpg"
expect_error "render needs Graphviz: the program 'dot' is not on PATH" \
    env PATH=/nonexistent "$cg" render "$tmp/seed.json" -o "$tmp/keep.svg"
expect_error "give the image format with --format" "$cg" render "$tmp/seed.json" -o -
expect_error "cannot read it" "$cg" render "$tmp/seed.dot" -o "$tmp/keep.svg"
[ "$(cat "$tmp/keep.svg")" = old ] || fail "a failed render changed keep.svg"
ls -a "$tmp" | grep -q '\.tmp\.' && fail "a temporary file was left"
[ $status -eq 0 ] && echo "PASS: render draws with Graphviz"
exit $status
