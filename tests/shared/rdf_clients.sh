#!/usr/bin/env bash
# N-Triples and Turtle written by claimgraph parse in raptor's rapper with exactly the number of
# triples export/rdf.hpp describes, in rdflib into one and the same graph with every label,
# alias, statement and evidence sentence, and answer a SPARQL query in rasqal's roqet.
# usage: bash rdf_clients.sh CLAIMGRAPH_BINARY SOURCE_DIR
# Exit 77 (skipped) without rapper, roqet or rdflib unless CI=true.
set -euo pipefail
cg=$1 src=$2
here=$(cd "$(dirname "$0")" && pwd)
missing() {
    if [ "${CI:-}" = true ]; then echo "FAIL: $1 is missing (CI=true: install it, see scripts/install-deps.sh)"; exit 1; fi
    echo "SKIP: $1 is missing"; exit 77
}
command -v rapper >/dev/null || missing "rapper (Debian package raptor2-utils)"
command -v roqet >/dev/null || missing "roqet (Debian package rasqal-utils)"
/usr/bin/python3 -c 'import rdflib' 2>/dev/null || missing "rdflib (Debian package python3-rdflib)"

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
printf '{"directed":true,"multigraph":true,"graph":{"name":"","documents":[]},"nodes":[],"edges":[]}\n' \
    > "$tmp/empty.json"
"$cg" -q build "$src/examples/china-education-cooperation.txt" -o "$tmp/seed.json"
count() {  # rapper's triple count; fails on any error or warning
    local log
    log=$(rapper -i "$1" -c "$2" 2>&1) || { echo "$log" >&2; return 1; }
    if grep -qiE "error|warning" <<<"$log"; then echo "$log" >&2; return 1; fi
    sed -n 's/.*returned \([0-9]*\) triples\{0,1\}$/\1/p' <<<"$log"
}
status=0
for input in "$src/tests/data/nasty.json" "$tmp/empty.json" "$tmp/seed.json"; do
    name=$(basename "$input" .json)
    "$cg" -q convert "$input" -o "$tmp/$name.canonical.json" -o "$tmp/$name.nt" -o "$tmp/$name.ttl"
    echo "+ rapper -i ntriples -c $name.nt; rapper -i turtle -c $name.ttl"
    nt=$(count ntriples "$tmp/$name.nt") || { status=1; continue; }
    ttl=$(count turtle "$tmp/$name.ttl") || { status=1; continue; }
    python3 "$here/format_check.py" rdf-count "$tmp/$name.canonical.json" "$nt" "$ttl" || status=1
    echo "+ /usr/bin/python3 format_check.py rdflib $name.json $name.nt $name.ttl"
    /usr/bin/python3 "$here/format_check.py" rdflib "$tmp/$name.canonical.json" \
        "$tmp/$name.nt" "$tmp/$name.ttl" || status=1
done
# SPARQL over the seed article's Turtle: the claims whose relation is cooperates-with, counted
# by roqet and by Python from the JSON.
query='PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT (COUNT(?s) AS ?n) WHERE { ?s rdf:type rdf:Statement ;
  rdf:predicate <urn:claimgraph:relation:cooperates-with> }'
echo "+ roqet -D seed.ttl -e 'SELECT (COUNT(?s) AS ?n) ... cooperates-with'"
# (roqet exits 2 after a successful query with -e; a failed query prints no count.)
got=$( (roqet -q -D "$tmp/seed.ttl" -r csv -e "$query" || true) | tail -1 | tr -d '\r"')
want=$(python3 -c 'import json,sys; print(sum(e["relation"]=="cooperates-with" for e in json.load(open(sys.argv[1]))["edges"]))' "$tmp/seed.canonical.json")
echo "roqet: $got cooperates-with statements, the JSON has $want"
[ "$got" = "$want" ] && [ "$want" -gt 0 ] || { echo "FAIL: SPARQL count differs"; status=1; }
[ $status -eq 0 ] && echo "PASS: N-Triples and Turtle parse in rapper, rdflib and roqet"
exit $status
