#!/usr/bin/env bash
# Hostile and broken input (issue 8): every case gets its exact outcome — exit status, and the
# message naming the file and position — or, where the input is fine, the exact graph it gives.
# Nothing here may crash, hang (each run is under `timeout`) or leave a file behind.
# Usage: hostile_input.sh CLAIMGRAPH SOURCE_DIR
set -u
bin=$(realpath "$1")  # the tests run in a temporary directory
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
# expect STATUS 'stderr substring' command...: runs under a 60 s timeout (124 = hang).
expect() {
    local want=$1 msg=$2
    shift 2
    timeout 60 "$@" >out.txt 2>err.txt
    local got=$?
    if [ "$got" != "$want" ] || { [ -n "$msg" ] && ! grep -qF -- "$msg" err.txt; }; then
        fail "$* -> exit $got (want $want, stderr containing '$msg'), stderr: $(head -c 600 err.txt)"
    else
        echo "ok: $* -> $got: $(head -n1 err.txt)"
    fi
}
no_temporaries() { if ls -a | grep -q '\.tmp\.'; then fail "temporary file left: $(ls -a | tr '\n' ' ')"; fi; }

# ---------------------------------------------------------------- text
: > empty.txt
printf ' \n\t\r\n  \f\n' > blank.txt
# An ELF header (x86-64, GNU/Linux ABI) as the first bytes of a binary: the first NUL is byte 8.
printf '\x7fELF\x02\x01\x01\x03\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x3e\x00' > elf.txt
head -c 65536 "$bin" >> elf.txt   # a slice: a whole sanitizer build is over the size limit
printf '\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10' > png.txt
printf 'The ministry \xff funds schools.' > invalid.txt
printf 'ok line\nslash \xc0\xaf here' > overlong2.txt  # 2-byte overlong '/'
printf 'ab\xe0\x80\xafcd' > overlong3.txt             # 3-byte overlong '/'
printf 'x \xed\xa0\x80 y' > surrogate.txt             # UTF-16 surrogate encoded in UTF-8
printf 'China funds \xe4\xb8' > truncated.txt         # sequence cut at the end of the file
printf '\xff\xfeC\x00h\x00i\x00n\x00a\x00' > utf16le.txt
printf '\xfe\xff\x00C\x00h\x00i\x00n\x00a' > utf16be.txt
printf 'C\x00h\x00i\x00n\x00a\x00' > utf16nobom.txt
printf 'China funds\x00 schools.' > nul.txt
printf '\xef\xbb\xbfThe ministry funds rural schools.\n' > bom8.txt

expect 2 "empty.txt: no text to extract from (empty or only whitespace)" "$bin" build empty.txt -o g.json
expect 2 "blank.txt: no text to extract from" "$bin" build blank.txt -o g.json
expect 2 "elf.txt: byte offset 8: NUL byte; this looks like a binary file" "$bin" build elf.txt -o g.json
expect 2 "png.txt: byte offset 8: NUL byte; this looks like a binary file" "$bin" build png.txt -o g.json
expect 2 "invalid.txt:1:14: byte offset 13: invalid UTF-8" "$bin" build invalid.txt -o g.json
expect 2 "overlong2.txt:2:7: byte offset 14: invalid UTF-8" "$bin" build overlong2.txt -o g.json
expect 2 "overlong3.txt:1:3: byte offset 2: invalid UTF-8" "$bin" build overlong3.txt -o g.json
expect 2 "surrogate.txt:1:3: byte offset 2: invalid UTF-8" "$bin" build surrogate.txt -o g.json
expect 2 "truncated.txt:1:13: byte offset 12: invalid UTF-8" "$bin" build truncated.txt -o g.json
expect 2 "utf16le.txt: the text is UTF-16 (it starts with a UTF-16 byte order mark); convert it" "$bin" build utf16le.txt -o g.json
expect 2 "utf16be.txt: the text is UTF-16" "$bin" build utf16be.txt -o g.json
expect 2 "utf16nobom.txt: byte offset 1: NUL byte" "$bin" build utf16nobom.txt -o g.json
expect 2 "nul.txt: byte offset 11: NUL byte" "$bin" build nul.txt -o g.json
expect 2 "<stdin>: byte offset 8: NUL byte" sh -c "\"$bin\" build - -o g.json < elf.txt"
[ -e g.json ] && fail "a refused input left g.json"
# A UTF-8 byte order mark is dropped, not an error; evidence offsets count from after it.
expect 0 "" "$bin" -q build bom8.txt -o bom8.json
grep -qF '"start":0,"end":33,"text":"The ministry funds rural schools."' bom8.json ||
    fail "bom8.txt: evidence span wrong: $(grep -o '"evidence".*' bom8.json)"
# In a directory, an empty file is skipped with a warning when others have text; a bad one is
# named and skipped, the others are built, and the exit status is 2 (documented recovery).
mkdir corpus && cp bom8.txt corpus/a.txt && : > corpus/b.txt
expect 0 "corpus/b.txt: empty, skipped" "$bin" build corpus -o dir.json
cp nul.txt corpus/c.txt
expect 2 "corpus/c.txt: byte offset 11: NUL byte" "$bin" build corpus -o dir.json
grep -q '"documents":\["corpus/a.txt"\]' dir.json || fail "corpus/a.txt not built beside the bad file"

# 10,000-level nested parentheses: parsed in 300-token pieces, the claim inside still found.
python3 -c "print('(' * 10000 + 'China funds schools' + ')' * 10000)" > parens.txt
expect 0 "sentence(s) longer than 300 tokens cut into pieces" "$bin" build parens.txt -o parens.json
grep -q '"relation":"funds"' parens.json && [ "$(grep -c '"source"' parens.json)" = 1 ] ||
    fail "parens.txt: expected exactly one claim (funds): $(grep '"source"' parens.json | head -c 300)"

# A long sentence is cut with a warning that names the limit; a higher limit parses it whole.
python3 -c "print(' '.join(['China and Kenya fund schools'] * 100) + '.')" > long.txt
expect 0 "long.txt: 1 sentence(s) longer than 300 tokens cut into pieces before parsing; raise --max-sentence-tokens" "$bin" build long.txt -o long.json
expect 0 "" "$bin" build long.txt --max-sentence-tokens 1000 -o long.json
grep -q "cut into pieces" err.txt && fail "a sentence under --max-sentence-tokens was still cut"
expect 2 "--max-sentence-tokens" "$bin" build long.txt --max-sentence-tokens 1 -o long.json

# Over the document size limit: refused at once, without reading the file into memory.
python3 -c "import sys; sys.stdout.write('word ' * 40)" > small.txt
expect 2 "small.txt: larger than the limit of 100 bytes for one document (--max-document-bytes); split it or raise the limit" "$bin" build small.txt --max-document-bytes 100 -o g.json
expect 0 "" "$bin" -q build small.txt --max-document-bytes 200 -o g.json
expect 2 "<stdin>: larger than the limit of 100 bytes" sh -c "\"$bin\" build - --max-document-bytes 100 -o g.json < small.txt"
expect 2 "--max-document-bytes" "$bin" build small.txt --max-document-bytes 0 -o g.json
expect 2 "--max-document-bytes" "$bin" build small.txt --max-document-bytes 4294967296 -o g.json
rm -f g.json

# parse and openie apply the same limit, default 10 MiB, to their whole input (read no further).
python3 -c "
import sys
s = 'China funds schools.\n' * (10485761 // 21)
sys.stdout.write(s + 'x' * (10485761 - len(s)))" > over.txt   # 10 MiB + 1 byte
[ "$(stat -c %s over.txt)" = 10485761 ] || fail "over.txt is $(stat -c %s over.txt) bytes, want 10485761"
over="over.txt: larger than the limit of 10485760 bytes for one document (--max-document-bytes); split it or raise the limit"
expect 2 "$over" "$bin" parse over.txt -o p.conllu
expect 2 "$over" "$bin" parse over.txt --format tsv -o p.tsv
expect 2 "$over" "$bin" openie over.txt -o o.tsv
expect 2 "<stdin>: larger than the limit of 10485760 bytes for one document" sh -c "\"$bin\" parse - -o p.conllu < over.txt"
expect 2 "<stdin>: larger than the limit of 10485760 bytes for one document" sh -c "\"$bin\" openie - -o o.tsv < over.txt"
rm -f over.txt
# At the limit is accepted, one byte over is not (21 bytes: "China funds schools.\n").
echo "China funds schools." > one.txt
expect 2 "one.txt: larger than the limit of 20 bytes for one document (--max-document-bytes)" "$bin" parse one.txt --max-document-bytes 20 -o p.conllu
expect 2 "one.txt: larger than the limit of 20 bytes for one document (--max-document-bytes)" "$bin" openie one.txt --max-document-bytes 20 -o o.tsv
[ -e p.conllu ] || [ -e o.tsv ] && fail "a refused parse/openie input left its output"
expect 0 "" "$bin" parse one.txt --max-document-bytes 21 --format tsv -o p.tsv
[ "$(cut -f1-3,8 p.tsv | tr '\t\n' ' |')" = "sentence id form deprel|1 1 China nsubj|1 2 funds root|1 3 schools obj|1 4 . punct|" ] ||
    fail "parse at the limit: $(cat p.tsv)"
expect 0 "" "$bin" openie one.txt --max-document-bytes 21 -o o.tsv
[ "$(cut -f1,3- o.tsv)" = "$(printf 'China funds schools.\tfunds\tChina\tschools')" ] ||
    fail "openie at the limit: $(cat o.tsv)"
# A CoNLL-U input counts its own bytes.
"$bin" parse one.txt -o one.conllu 2>/dev/null
size=$(stat -c %s one.conllu)
expect 2 "one.conllu: larger than the limit of $((size - 1)) bytes for one document (--max-document-bytes)" "$bin" parse one.conllu --input conllu --max-document-bytes $((size - 1)) -o p.conllu
[ -e p.conllu ] && fail "a refused CoNLL-U input left p.conllu"
expect 0 "" "$bin" parse one.conllu --input conllu --max-document-bytes "$size" -o p.conllu
cmp -s one.conllu p.conllu || fail "CoNLL-U at the limit: output differs from the text parse: $(diff one.conllu p.conllu)"
expect 2 "--max-document-bytes" "$bin" parse one.txt --max-document-bytes 0 -o p.conllu
expect 2 "--max-document-bytes" "$bin" openie one.txt --max-document-bytes 4294967296 -o o.tsv
rm -f p.conllu p.tsv o.tsv one.conllu

# ---------------------------------------------------------------- GraphML
head='<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
<key id="d0" for="node" attr.name="label" attr.type="string"/>
<key id="d1" for="edge" attr.name="weight" attr.type="double"/>'
printf '%s\n<graph>\n<node id="a"/>\n<node id="b"><data key="d9">x</data></node>\n</graph></graphml>\n' "$head" > undeclared.graphml
printf '%s\n<graph>\n<node id="a"/>\n<edge source="a" target="zz"/>\n</graph></graphml>\n' "$head" > dangling.graphml
printf '%s\n<graph>\n<node id="a"/>\n<node id="a"/>\n</graph></graphml>\n' "$head" > dupid.graphml
printf '%s\n<graph>\n<node id="a"/><node id="b"/>\n<edge id="e7" source="a" target="b"><data key="d1">heavy</data></edge>\n</graph></graphml>\n' "$head" > wrongtype.graphml
printf '%s\n<key id="d2" for="node" attr.name="mentions" attr.type="integer"/>\n<graph/></graphml>\n' "$head" > badtype.graphml
printf '%s\n<graph>\n<node id="a"><data key="d0">&xxe;</data></node>\n</graph></graphml>\n' "$head" > undefined-entity.graphml
# Billion laughs: ten levels of ten-fold entity expansion (10^10 "lol"s if expanded).
{
    echo '<?xml version="1.0"?>'
    echo '<!DOCTYPE graphml ['
    echo ' <!ENTITY lol0 "lol">'
    for i in 1 2 3 4 5 6 7 8 9 10; do
        p=$((i - 1))
        echo " <!ENTITY lol$i \"&lol$p;&lol$p;&lol$p;&lol$p;&lol$p;&lol$p;&lol$p;&lol$p;&lol$p;&lol$p;\">"
    done
    echo ']>'
    echo '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="d0" for="node" attr.name="label" attr.type="string"/>'
    echo '<graph><node id="a"><data key="d0">&lol10;</data></node></graph></graphml>'
} > laughs.graphml
# XXE: an external entity naming a local file.
printf '<?xml version="1.0"?>\n<!DOCTYPE graphml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="d0" for="node" attr.name="label" attr.type="string"/><graph><node id="a"><data key="d0">&xxe;</data></node></graph></graphml>\n' > xxe-file.graphml

expect 2 "undeclared.graphml:7:14: <data> refers to key 'd9', which no <key> declares" "$bin" convert undeclared.graphml -o g.json
expect 2 "dangling.graphml:7:1: the edge's target 'zz' is not the id of any node" "$bin" convert dangling.graphml -o g.json
expect 2 "dupid.graphml:7:1: duplicate node id 'a'" "$bin" convert dupid.graphml -o g.json
expect 2 "wrongtype.graphml:7:37: edge 'e7': 'weight' must be a non-negative number, got 'heavy'" "$bin" convert wrongtype.graphml -o g.json
expect 2 "badtype.graphml:5:57: attr.type 'integer' of key 'd2' is not a GraphML type" "$bin" convert badtype.graphml -o g.json
expect 2 "undefined-entity.graphml:6:29: undefined entity '&xxe;'" "$bin" convert undefined-entity.graphml -o g.json
expect 2 "laughs.graphml:2:1: the DOCTYPE has an internal subset (entity or other declarations); claimgraph never expands entities" "$bin" convert laughs.graphml -o g.json
expect 2 "xxe-file.graphml:2:1: the DOCTYPE has an internal subset" "$bin" convert xxe-file.graphml -o g.json
grep -q "root:" out.txt err.txt && fail "xxe-file.graphml: /etc/passwd content was printed"
[ -e g.json ] && fail "a refused GraphML left g.json"

# An external DTD (SYSTEM id) is ignored and never opened or fetched. A named pipe would block
# any reader that opened it (timeout -> 124); the TCP listener records any connection.
mkfifo dtd.fifo
port_file=port.txt
python3 - "$port_file" > listener.log 2>&1 <<'PY' &
import socket, sys
s = socket.socket()
s.bind(("127.0.0.1", 0))
s.listen(5)
open(sys.argv[1], "w").write(str(s.getsockname()[1]))
s.settimeout(30)
try:
    c, _ = s.accept()
    print("CONNECTED")
except socket.timeout:
    print("no connection")
PY
listener=$!
for _ in $(seq 100); do [ -s "$port_file" ] && break; sleep 0.1; done
port=$(cat "$port_file")
body='<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="d0" for="node" attr.name="label" attr.type="string"/><graph><node id="a"><data key="d0">A</data></node></graph></graphml>'
printf '<?xml version="1.0"?>\n<!DOCTYPE graphml SYSTEM "%s">\n%s\n' "$tmp/dtd.fifo" "$body" > xxe-dtd-file.graphml
printf '<?xml version="1.0"?>\n<!DOCTYPE graphml PUBLIC "-//x//y" "http://127.0.0.1:%s/evil.dtd">\n%s\n' "$port" "$body" > xxe-dtd-net.graphml
expect 0 "" "$bin" convert xxe-dtd-file.graphml -o dtd1.json
expect 0 "" "$bin" convert xxe-dtd-net.graphml -o dtd2.json
grep -q '"label":"A"' dtd1.json && grep -q '"label":"A"' dtd2.json || fail "external-DTD GraphML not read"
# Wake the listener so it reports and exits now rather than after its timeout.
python3 -c "import socket; socket.create_connection(('127.0.0.1', $port)).close()" 2>/dev/null
wait "$listener"
# The only connection must be our own wake-up call, made after claimgraph finished.
[ "$(grep -c CONNECTED listener.log)" = 1 ] || fail "listener: $(cat listener.log)"

# ---------------------------------------------------------------- JSON graph
printf '{"nodes":[{"id":"a"},{"id":"b"}],\n"edges":[{"source":"a","target":"b","weight":"x"}]}' > wrongtype.json
printf '{"nodes":[{"id":"a","label":5}],"edges":[]}' > wronglabel.json
printf '{"nodes":[{"id":"a"},\n{"id":"a"}],"edges":[]}' > dupid.json
printf '{"nodes":[{"id":"a"}],"edges":[{"source":"a","target":"q"}]}' > dangling.json
python3 -c "print('{\"extra\":' + '[' * 1000 + ']' * 1000 + ',\"nodes\":[],\"edges\":[]}')" > deep.json
printf '{"nodes":[{"id":"a"},{"id":"b"}],"edges":[{"source":"a","target":"b","weight":1e400}]}' > huge.json
printf '{"nodes":[{"id":"a","mentions":4294967296}],"edges":[]}' > bigint.json
printf '{"nodes":[{"id":"a","mentions":-1}],"edges":[]}' > negative.json
printf '{"nodes":[{"id":"a"}],"edges":[]' > truncated.json

# JSON positions are where the reader stopped: just after the offending value.
expect 2 "wrongtype.json:2:49 (byte 82): edge 0: 'weight' must be a non-negative integer, got a string" "$bin" convert wrongtype.json -o g.graphml
expect 2 "wronglabel.json:1:30 (byte 29): node 0: 'label' must be a string, got a number" "$bin" convert wronglabel.json -o g.graphml
expect 2 "dupid.json:2:1 (byte 22): node 1: duplicate node id 'a' (also node 0)" "$bin" convert dupid.json -o g.graphml
expect 2 "dangling.json:1:32 (byte 31): edge 0: target 'q' is not the id of any node" "$bin" convert dangling.json -o g.graphml
expect 2 "deep.json:1:110 (byte 109): JSON nested deeper than 100 levels" "$bin" convert deep.json -o g.graphml
expect 2 "huge.json:1:79 (byte 78): malformed JSON: Number too big to be stored in double" "$bin" convert huge.json -o g.graphml
expect 2 "bigint.json:1:42 (byte 41): node 0: 'mentions' must be a non-negative integer, got 4294967296" "$bin" convert bigint.json -o g.graphml
expect 2 "negative.json:1:34 (byte 33): node 0: 'mentions' must be a non-negative integer, got -1" "$bin" convert negative.json -o g.graphml
expect 2 "truncated.json:1:33 (byte 32): malformed JSON: Missing a comma or '}'" "$bin" convert truncated.json -o g.graphml
[ -e g.graphml ] && fail "a refused JSON graph left g.graphml"

# ---------------------------------------------------------------- ontology
printf '{"format": "claimgraph-ontology", "version": 1,\n "types": {"concept": {}},\n "relations": {"funds": {"vrebs": ["fund"]}}}\n' > typo.json
printf '{"format": "claimgraph-ontology", "version": 1,\n "types": {"concept": {}},\n "relatoins": {}}\n' > typo-top.json
echo "The ministry funds schools." > ok.txt
expect 2 "typo.json:3:26: relation \"funds\": unknown key \"vrebs\" (expected symmetric, verbs, inverse_verbs, nouns, not_verbs, description)" "$bin" --ontology typo.json build ok.txt -o g.json
expect 2 "typo-top.json:3:2: unknown key \"relatoins\"" "$bin" --ontology typo-top.json build ok.txt -o g.json
# A million nested brackets crashed the ontology loader (stack overflow) before it parsed iteratively.
python3 -c "print('[' * 1000000 + ']' * 1000000)" > deep-ontology.json
expect 2 "deep-ontology.json: an ontology is a JSON object" "$bin" --ontology deep-ontology.json build ok.txt -o g.json
[ -e g.json ] && fail "a refused ontology left g.json"

no_temporaries
echo "$fails failed"
[ "$fails" -eq 0 ]
