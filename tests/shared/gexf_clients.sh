#!/usr/bin/env bash
# GEXF written by claimgraph validates against the GEXF 1.3 RELAX NG schema (gexf.rng with
# viz.rng from ../shared/data/schemas/gexf-1.3; the 1.3 XSD is wrong about the viz namespace, so
# it is not used) and loads in NetworkX's read_gexf (3.x: 2.8 does not know the 1.3 namespace)
# with the right node and edge counts, parallel claims apart, every typed attribute and viz.
# usage: bash gexf_clients.sh CLAIMGRAPH_BINARY SOURCE_DIR   (env CLAIMGRAPH_SHARED=../shared)
# Exit 77 (skipped) without ../shared, or without xmllint or NetworkX 3 unless CI=true.
set -euo pipefail
cg=$1 src=$2
here=$(cd "$(dirname "$0")" && pwd)
shared=${CLAIMGRAPH_SHARED:-$src/../shared}
missing() {  # a program or module: skip, but fail under CI
    if [ "${CI:-}" = true ]; then echo "FAIL: $1 is missing (CI=true: install it, see scripts/install-deps.sh)"; exit 1; fi
    echo "SKIP: $1 is missing"; exit 77
}
rng=$shared/data/schemas/gexf-1.3/gexf.rng
[ -f "$rng" ] || { echo "SKIP: no $rng (../shared is not there)"; exit 77; }
command -v xmllint >/dev/null || missing "xmllint (Debian package libxml2-utils)"
# A python3 whose NetworkX reads GEXF 1.3 (NetworkX 3.x; Debian 12's 2.8 does not).
py=
for p in $(command -v python3 || true) /usr/bin/python3; do
    if "$p" -c 'import networkx.readwrite.gexf as g, sys; sys.exit("1.3" not in g.GEXF.versions)' 2>/dev/null; then
        py=$p; break
    fi
done
[ -n "$py" ] || missing "NetworkX 3 (its read_gexf knows GEXF 1.3; Debian 12's python3-networkx 2.8 does not)"

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
printf '{"directed":true,"multigraph":true,"graph":{"name":"","documents":[]},"nodes":[],"edges":[]}\n' \
    > "$tmp/empty.json"
"$cg" -q build "$src/examples/china-education-cooperation.txt" -o "$tmp/seed.json"
status=0
for input in "$src/tests/data/nasty.json" "$tmp/empty.json" "$tmp/seed.json"; do
    name=$(basename "$input" .json)
    "$cg" -q convert "$input" -o "$tmp/$name.gexf" -o "$tmp/$name.canonical.json"
    echo "+ xmllint --noout --nonet --relaxng gexf-1.3/gexf.rng $name.gexf"
    xmllint --noout --nonet --relaxng "$rng" "$tmp/$name.gexf" || status=1
    echo "+ $py format_check.py nx-gexf $name.json $name.gexf"
    "$py" "$here/format_check.py" nx-gexf "$tmp/$name.canonical.json" "$tmp/$name.gexf" || status=1
done
[ $status -eq 0 ] && echo "PASS: GEXF validates against gexf.rng and loads in NetworkX"
exit $status
