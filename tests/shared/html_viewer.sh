#!/usr/bin/env bash
# The HTML viewer in headless Chromium: the seed article's page draws as many actors and claims
# as the graph has; on a graph of hostile labels, which neither break the page nor run, the search
# box, relation filter and details panel work (driven through the URL fragment); the page loads
# nothing from the network. Two Chromium runs (most of the time is Chromium starting and stopping). Screenshots go to <build>/test-output/html_viewer/ (look at them).
# usage: bash html_viewer.sh CLAIMGRAPH_BINARY SOURCE_DIR
# Exit 77 (skipped) when Chromium or the fetched cytoscape.js is missing, unless CI=true.
set -euo pipefail
cg=$1 src=$2
missing() {
    if [ "${CI:-}" = true ]; then echo "FAIL: $1 is missing (CI=true: run scripts/install-deps.sh)"; exit 1; fi
    echo "SKIP: $1 is missing"; exit 77
}
command -v chromium >/dev/null || missing "chromium (Debian package chromium)"
command -v python3 >/dev/null || missing "python3"

out=$(cd "$(dirname "$cg")" && pwd)/test-output/html_viewer
mkdir -p "$out"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }

if ! "$cg" -q build "$src/examples/china-education-cooperation.txt" -o "$out/seed.html" \
        -o "$tmp/seed.json" 2> "$tmp/err"; then
    grep -q 'needs cytoscape.js' "$tmp/err" && missing "cytoscape.js (scripts/fetch-js.sh)"
    cat "$tmp/err"; exit 1
fi

# One Chromium run per page: the DOM after the layout has run, and a screenshot.
# The flags keep Chromium off the network (this machine has none) and out of ~/.config.
browse() {  # URL SCREENSHOT -> DOM on stdout
    timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$tmp/profile" --window-size=1400,900 --virtual-time-budget=5000 \
        --screenshot="$2" --dump-dom "$1" 2> "$tmp/chromium.err"
}
attr() {  # NAME DOMFILE: value of a data- attribute of <body>
    grep -o "<body[^>]*>" "$2" | grep -o " $1=\"[^\"]*\"" | cut -d'"' -f2
}
expect_attr() {  # NAME WANT DOMFILE
    local got; got=$(attr "$1" "$3")
    if [ "$got" = "$2" ]; then echo "ok: $1=$got"; else fail "$(basename "$3"): $1 is '$got', expected '$2'"; fi
}

read -r nodes edges < <(python3 -c 'import json,sys; g=json.load(open(sys.argv[1])); print(len(g["nodes"]), len(g["edges"]))' "$tmp/seed.json")
echo "seed graph: $nodes actors, $edges claims"

# The whole page, untouched.
browse "file://$out/seed.html" "$out/seed.png" > "$tmp/seed.dom"
expect_attr data-status ready "$tmp/seed.dom"
expect_attr data-rendered-nodes "$nodes" "$tmp/seed.dom"
expect_attr data-rendered-edges "$edges" "$tmp/seed.dom"
[ -s "$out/seed.png" ] || fail "no screenshot"

# Hostile labels: drawn, shown as text, never run; with the search box (3 labels hold "script"),
# the relation filter (3 of the 6 claims are "funds") and the details panel of n0 driven through
# the URL fragment.
python3 - "$tmp/hostile.json" <<'PY'
import json, sys
labels = ["</script><script>document.title='pwned'</script>", "<!-- <script>", "</SCRIPT >",
          "<img src=x onerror=\"document.title='pwned'\">", "line\u2028sep", "Zürich \"ETH\" & 北京"]
nodes = [{"id": f"n{i}", "label": l, "type": ["country", "person", "x-unknown"][i % 3],
          "aliases": [], "mentions": i, "key": f"k{i}"} for i, l in enumerate(labels)]
edges = [{"source": f"n{i}", "target": f"n{(i + 1) % len(labels)}",
          "relation": "funds" if i % 2 else "r</script>",
          "negated": i % 2 == 0, "modality": "asserted", "confidence": 0.5, "weight": 1,
          "evidence": [{"doc": "d", "sentence": i, "start": 0, "end": 1,
                        "text": "<script>document.title='pwned'</script>"}]} for i in range(len(labels))]
json.dump({"directed": True, "multigraph": True, "graph": {"name": "<b>hostile</b>", "documents": ["d"]},
           "nodes": nodes, "edges": edges}, open(sys.argv[1], "w"))
PY
"$cg" -q convert "$tmp/hostile.json" -o "$out/hostile.html"
browse "file://$out/hostile.html#search=SCRIPT&relations=funds&select=n0" "$out/hostile.png" \
    > "$tmp/hostile.dom"
expect_attr data-status ready "$tmp/hostile.dom"
expect_attr data-rendered-nodes 6 "$tmp/hostile.dom"
expect_attr data-search-matches 3 "$tmp/hostile.dom"
expect_attr data-visible-edges 3 "$tmp/hostile.dom"
expect_attr data-rendered-edges 3 "$tmp/hostile.dom"
grep -q "pwned</title>" "$tmp/hostile.dom" && fail "a hostile label ran as script"
grep -qF '<title>&lt;b&gt;hostile&lt;/b&gt;</title>' "$tmp/hostile.dom" || fail "the title is not the escaped graph name"
python3 - "$tmp/hostile.dom" <<'PY' || status=1
import html, re, sys
dom = open(sys.argv[1]).read()
details = re.search(r'<section id="details">(.*?)</section>', dom, re.S).group(1)
want = ["<h2>&lt;/script&gt;&lt;script&gt;document.title='pwned'&lt;/script&gt;</h2>",
        "2 claims", "r&lt;/script&gt;", "&lt;script&gt;document.title='pwned'&lt;/script&gt;<cite>d, sentence 1</cite>"]
missing = [w for w in want if w not in details]
print(("FAIL: the details panel lacks " + repr(missing)) if missing else
      "ok: the details panel shows n0's 2 claims and their sentences as text")
sys.exit(1 if missing else 0)
PY

# Nothing from the network: no script src, no stylesheet link, no request failed in Chromium's log.
grep -Eq '<script[^>]* src=|<link ' "$out/seed.html" && fail "the page refers to outside files"
grep -q 'net::ERR' "$tmp/chromium.err" && fail "Chromium tried the network: $(grep 'net::ERR' "$tmp/chromium.err" | head -1)"

echo "screenshots: $out/seed.png $out/hostile.png"
[ $status -eq 0 ] && echo "PASS: the HTML viewer draws every actor and claim in Chromium"
exit $status
