#!/usr/bin/env bash
# GraphML written by claimgraph validates against the GraphML 1.0 schema (shared/data/schemas).
# usage: bash graphml_schema.sh CLAIMGRAPH_BINARY SOURCE_DIR   (env CLAIMGRAPH_SHARED=../shared)
# Exit 77 (skipped) without ../shared, or without xmllint unless CI=true.
set -euo pipefail
cg=$1 src=$2
shared=${CLAIMGRAPH_SHARED:-$src/../shared}
missing() {  # a program or module: skip, but fail under CI
    if [ "${CI:-}" = true ]; then echo "FAIL: $1 is missing (CI=true: install it, see scripts/install-deps.sh)"; exit 1; fi
    echo "SKIP: $1 is missing"; exit 77
}
xsd=$shared/data/schemas/graphml/graphml.xsd
[ -f "$xsd" ] || { echo "SKIP: no $xsd (../shared is not there)"; exit 77; }
command -v xmllint >/dev/null || missing "xmllint (Debian package libxml2-utils)"

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
printf '{"directed":true,"multigraph":true,"graph":{"name":"","documents":[]},"nodes":[],"edges":[]}\n' \
    > "$tmp/empty.json"
status=0
for input in "$src/tests/data/nasty.json" "$tmp/empty.json"; do
    name=$(basename "$input" .json)
    "$cg" convert "$input" -o "$tmp/$name.graphml"
    echo "+ xmllint --noout --nonet --schema graphml.xsd $name.graphml"
    if ! xmllint --noout --nonet --schema "$xsd" "$tmp/$name.graphml"; then status=1; fi
done
# The GraphML reads back into the same graph (JSON -> GraphML -> JSON loses only C0 controls in
# plain strings: nasty.json has one, BEL in a label, which becomes U+FFFD).
"$cg" convert "$tmp/nasty.graphml" -o "$tmp/back.json"
"$cg" convert "$src/tests/data/nasty.json" -o "$tmp/direct.json"
sed 's/bell\\u0007 and/bell\xEF\xBF\xBD and/' "$tmp/direct.json" > "$tmp/expected.json"
if ! cmp -s "$tmp/expected.json" "$tmp/back.json"; then
    echo "FAIL: nasty.json -> GraphML -> JSON differs from nasty.json -> JSON:"
    diff "$tmp/expected.json" "$tmp/back.json" | head -20
    status=1
fi
[ $status -eq 0 ] && echo "PASS: GraphML validates against graphml.xsd and reads back"
exit $status
