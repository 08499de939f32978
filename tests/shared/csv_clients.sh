#!/usr/bin/env bash
# CSV tables written by claimgraph (Gephi's spreadsheet import and neo4j-admin database import
# flavours) parse with Python's csv module (RFC 4180) into exactly the headers, rows and values
# written, commas, quotes and line breaks included; the Neo4j headers follow the import tool's
# header grammar and every relationship end is a node :ID. Neo4j itself is not installable here
# (no Debian package, no network but Debian and npm), so its header grammar is checked instead.
# usage: bash csv_clients.sh CLAIMGRAPH_BINARY SOURCE_DIR
# Exit 77 (skipped) without python3 unless CI=true.
set -euo pipefail
cg=$1 src=$2
here=$(cd "$(dirname "$0")" && pwd)
missing() {
    if [ "${CI:-}" = true ]; then echo "FAIL: $1 is missing (CI=true: install it, see scripts/install-deps.sh)"; exit 1; fi
    echo "SKIP: $1 is missing"; exit 77
}
command -v python3 >/dev/null || missing "python3"

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$cg" -q build "$src/examples/china-education-cooperation.txt" -o "$tmp/seed.json"
status=0
for input in "$src/tests/data/nasty.json" "$tmp/seed.json"; do
    name=$(basename "$input" .json)
    "$cg" -q convert "$input" -o "$tmp/$name.canonical.json" -o "$tmp/$name.csv"
    "$cg" -q convert "$input" --format neo4j -o "$tmp/$name-neo4j.csv"
    for f in nodes edges; do  # the one-table formats on stdout are the same bytes
        "$cg" -q convert "$input" --format csv-$f -o - | cmp -s - "$tmp/$name.$f.csv" ||
            { echo "FAIL: --format csv-$f -o - differs from $name.$f.csv"; status=1; }
        "$cg" -q convert "$input" --format neo4j-$f -o - | cmp -s - "$tmp/$name-neo4j.$f.csv" ||
            { echo "FAIL: --format neo4j-$f -o - differs from $name-neo4j.$f.csv"; status=1; }
    done
    echo "+ python3 format_check.py csv-gephi $name.json $name.nodes.csv $name.edges.csv"
    python3 "$here/format_check.py" csv-gephi "$tmp/$name.canonical.json" \
        "$tmp/$name.nodes.csv" "$tmp/$name.edges.csv" || status=1
    echo "+ python3 format_check.py csv-neo4j $name.json $name-neo4j.nodes.csv $name-neo4j.edges.csv"
    python3 "$here/format_check.py" csv-neo4j "$tmp/$name.canonical.json" \
        "$tmp/$name-neo4j.nodes.csv" "$tmp/$name-neo4j.edges.csv" || status=1
done
# Two tables cannot share stdout: a clear message and status 2, nothing written.
set +e
out=$("$cg" convert "$src/tests/data/nasty.json" --format csv -o - 2>&1 >/dev/null); rc=$?
set -e
if [ $rc -ne 2 ] || ! grep -q "cannot share stdout" <<<"$out"; then
    echo "FAIL: --format csv -o - gave status $rc: $out"; status=1
fi
[ $status -eq 0 ] && echo "PASS: Gephi and Neo4j CSV tables parse back exactly"
exit $status
