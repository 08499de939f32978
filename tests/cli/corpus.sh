#!/usr/bin/env bash
# Corpus builds end to end: the same graph for any -j, for any split into shards and merge order,
# for a one-shot and an incremental build (whatever the order of document ids); bad JSON Lines
# records and bad text files are named with their position, the rest is still built and the
# exit status is 2; the progress line appears only on a terminal.
# Usage: corpus.sh CLAIMGRAPH SOURCE_DIR
set -u
bin=$(realpath "$1")  # the tests run in a temporary directory
articles=$(realpath "$2")/tests/data/articles
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
same() { cmp -s "$1" "$2" && echo "ok: $1 = $2" || fail "$1 and $2 differ"; }

# Five short articles under ids that do not depend on where the source tree is.
mkdir docs
a=docs/business-acquisition.txt b=docs/education-exchange.txt c=docs/health-vaccination.txt
d=docs/regional-policy.txt e=docs/research-coral.txt
for f in $a $b $c $d $e; do cp "$articles/$(basename $f)" docs/; done

"$bin" -q build docs -j 1 -o j1.json || fail "build -j 1"
"$bin" -q build docs -j 3 -o j3.json || fail "build -j 3"
same j1.json j3.json
grep -q '"sha256":"' j1.json || fail "no content hashes in graph.document_info"
# A long document first, then many short ones: the threads read ahead past it (by bytes, not by
# a fixed count of documents), and the graph is still the one -j 1 makes.
python3 - <<'PY'
import json
with open("mixed-sizes.jsonl", "w") as f:
    f.write(json.dumps({"id": "long", "text": open("docs/research-coral.txt").read() * 40}) + "\n")
    for i in range(60):
        f.write(json.dumps({"id": f"short{i:02d}", "text": f"The ministry funds school {i}. Company {i} supplies the ministry."}) + "\n")
PY
"$bin" -q build mixed-sizes.jsonl -j 1 -o sizes-j1.json || fail "build long+short -j 1"
"$bin" -q build mixed-sizes.jsonl -j 2 -o sizes-j2.json || fail "build long+short -j 2"
same sizes-j1.json sizes-j2.json
grep -q '"doc":"short59"' sizes-j1.json || fail "the last short document is missing from the graph"

# Shards, merged in either order, and split differently: the same graph as one build.
"$bin" -q build $a $b --claims-out p1.jsonl || fail "shard 1"
"$bin" -q build $c $d $e --claims-out p2.jsonl || fail "shard 2"
"$bin" -q build $e $a $c --claims-out q1.jsonl || fail "shard q1"
"$bin" -q build $d $b --claims-out q2.jsonl || fail "shard q2"
"$bin" -q merge p1.jsonl p2.jsonl -o m12.json || fail "merge p1 p2"
"$bin" -q merge p2.jsonl p1.jsonl -o m21.json || fail "merge p2 p1"
"$bin" -q merge q2.jsonl q1.jsonl -o mq.json || fail "merge q2 q1"
same m12.json j1.json
same m21.json j1.json
same mq.json j1.json
# A document in two shards counts once.
"$bin" -q merge p1.jsonl q1.jsonl q2.jsonl p2.jsonl -o mdup.json || fail "merge with repeats"
same mdup.json j1.json

# Incremental: two documents, then the other three into the same file.
"$bin" -q build $a $b -o inc.json || fail "build a b"
"$bin" -q build $c $d $e --into inc.json -o inc.json --name claimgraph || fail "build --into"
same inc.json j1.json
# The other way round: new documents whose ids sort before the old ones still give labels and
# types as one build of all documents does (the graph records where each came from).
"$bin" -q build $c $d $e -o rinc.json || fail "build c d e"
"$bin" -q build $a $b --into rinc.json -o rinc.json --name claimgraph || fail "build a b --into"
same rinc.json j1.json
# Two documents that spell and type the same actor differently: the smaller id ("a") decides,
# whichever document the graph held first.
echo '{"id": "a", "text": "SIEMENS acquired Hafnor. The German company Siemens builds trains."}' > early.jsonl
echo '{"id": "b", "text": "Siemens acquired Hafnor. Siemens is a company that builds trains."}' > late.jsonl
"$bin" -q build early.jsonl late.jsonl -o ab.json --name g || fail "build a b (JSON Lines)"
grep -q '"label":"SIEMENS","type":"organization","aliases":\["Siemens"\]' ab.json ||
    fail "one-shot build: expected label SIEMENS, type organization from document a: $(grep -i '"key":"siemens"' ab.json)"
"$bin" -q build late.jsonl -o ba.json --name g || fail "build b"
"$bin" -q build early.jsonl --into ba.json -o ba.json || fail "build a --into"
same ba.json ab.json
# Adding a document that is already there changes nothing.
"$bin" build $c --into inc.json -o inc2.json 2> readd.err || fail "re-adding"
same inc2.json inc.json
grep -q "0 document(s), 1 already present" readd.err || fail "re-adding not reported: $(cat readd.err)"
# The same id with other text is refused.
cp $c changed.txt && echo "Hafnor funds the clinic." >> changed.txt
mkdir -p other/docs && cp changed.txt other/$c
(cd other && "$bin" build $c --into ../inc.json -o ../inc3.json) 2> conflict.err
[ $? -eq 2 ] || fail "conflicting id: exit status is not 2"
grep -q "document id '$c' is already taken by a document with different text" conflict.err ||
    fail "conflicting id not reported: $(cat conflict.err)"

# JSON Lines: a bad line is reported with file:line:column, the others are built, exit 2.
{
    echo '{"id": "first", "text": "The ministry funds rural schools.", "url": "https://example.org/1"}'
    echo '{"id": "second", "text": "Siemens acquired Hafnor."'
    echo '{"id": "third", "text": "Tsinghua University cooperates with MIT."}'
} > docs.jsonl
"$bin" build docs.jsonl -o jl.json 2> jl.err
[ $? -eq 2 ] || fail "bad JSON Lines record: exit status is not 2"
grep -qF "docs.jsonl:2:52: bad JSON: Missing a comma or '}' after an object member." jl.err ||
    fail "bad line not reported as docs.jsonl:2:52: $(cat jl.err)"
grep -q '"documents":\["first","third"\]' jl.json || fail "good records not built: $(head -c 300 jl.json)"
grep -q '"url":"https://example.org/1"' jl.json || fail "url not kept in document_info"
grep -q '"doc":"third"' jl.json || fail "JSON Lines ids not in the evidence"
# The same records through stdin.
"$bin" -q build - --input-format jsonl --name docs -o jl2.json < docs.jsonl 2>/dev/null
[ $? -eq 2 ] || fail "stdin JSON Lines: exit status is not 2"
same jl2.json jl.json

# A bad text file among others is handled like a bad JSON Lines record: named with its position,
# skipped, the rest built, a closing count, exit 2. Binary, not UTF-8, over the size limit.
mkdir mixed
cp $a $b mixed/
printf 'Schools\0here' > mixed/binary.txt
printf 'caf\xe9 au lait\n' > mixed/latin1.txt
python3 -c "print('The ministry funds rural schools. ' * 100)" > mixed/huge.txt
for j in 1 2; do
    "$bin" build mixed -j $j --max-document-bytes 3000 --name mixed -o mixed-j$j.json 2> mixed.err
    [ $? -eq 2 ] || fail "bad files in a directory (-j $j): exit status is not 2"
    grep -qF "mixed/binary.txt: byte offset 7: NUL byte; this looks like a binary file, not text" mixed.err ||
        fail "binary file not named with its offset: $(cat mixed.err)"
    grep -qF "mixed/latin1.txt:1:4: byte offset 3: invalid UTF-8" mixed.err ||
        fail "latin1 file not named with its offset: $(cat mixed.err)"
    grep -qF "mixed/huge.txt: larger than the limit of 3000 bytes for one document" mixed.err ||
        fail "file over the limit not named: $(cat mixed.err)"
    grep -qF "build: 2 document(s), 3 bad" mixed.err || fail "summary line: $(cat mixed.err)"
    grep -qF "build: 3 bad document(s) skipped (named above); the other 2 were built" mixed.err ||
        fail "no closing count of bad documents: $(cat mixed.err)"
done
same mixed-j2.json mixed-j1.json
"$bin" -q build mixed/business-acquisition.txt mixed/education-exchange.txt --name mixed -o good.json ||
    fail "build of the good files"
same mixed-j1.json good.json
# When no document is good, nothing is written and an existing output stays as it was.
echo '{"old": true}' > keep.json
"$bin" build mixed/binary.txt mixed/latin1.txt -o keep.json 2> none.err
[ $? -eq 2 ] || fail "only bad files: exit status is not 2"
grep -qF "2 input files: no document could be read (see the errors above)" none.err ||
    fail "only bad files: $(cat none.err)"
[ "$(cat keep.json)" = '{"old": true}' ] || fail "only bad files: the existing output was changed"
ls -a | grep -q '\.tmp\.' && fail "temporary file left: $(ls -a | tr '\n' ' ')"

# Progress: never when stderr is not a terminal; on a terminal (via script(1)) it is drawn.
"$bin" build docs -j 2 -o p.json 2> progress.err
if grep -q $'\r' progress.err || grep -q "ETA" progress.err; then fail "progress drawn on a non-terminal"; fi
grep -q "build: 5 document(s)" progress.err || fail "no summary line: $(cat progress.err)"
if command -v script >/dev/null; then
    script -qec "'$bin' build docs -j 2 -o p.json" /dev/null > tty.out 2>&1
    grep -q "ETA" tty.out || fail "no progress line on a terminal: $(cat -v tty.out)"
    script -qec "'$bin' -q build docs -j 2 -o p.json" /dev/null > tty.out 2>&1
    grep -q "ETA" tty.out && fail "progress line drawn with -q"
elif [ "${CI:-}" = true ]; then
    fail "script(1) is missing"
fi

# The README's GNU parallel recipe: shards of two files, one process each, then merge.
if command -v parallel >/dev/null; then
    (export PATH="$(dirname "$bin"):$PATH"
     find docs -name '*.txt' | sort | parallel --will-cite -j 2 -N 2 \
         claimgraph -q build -j 1 --claims-out part-{#}.jsonl {} &&
     claimgraph -q merge part-*.jsonl -o parallel.json) || fail "GNU parallel recipe"
    [ "$(ls part-*.jsonl | wc -l)" -eq 3 ] || fail "GNU parallel: expected 3 shards, got $(ls part-*.jsonl)"
    same parallel.json j1.json
elif [ "${CI:-}" = true ]; then
    fail "GNU parallel is missing (scripts/install-deps.sh installs it)"
fi

# merge refuses what is not a claims file.
"$bin" merge j1.json -o x.json 2> notclaims.err
[ $? -eq 2 ] && grep -q "j1.json:1: not a claims file" notclaims.err || fail "merge of a graph file: $(cat notclaims.err)"

echo "$fails failed"
[ "$fails" -eq 0 ]
