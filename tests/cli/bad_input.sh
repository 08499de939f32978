#!/usr/bin/env bash
# Bad input and unwritable output: one clear line on stderr, exit status 2, nothing half-written.
# Usage: bad_input.sh CLAIMGRAPH SOURCE_DIR
set -u
bin=$(realpath "$1")  # the tests run in a temporary directory
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
fails=0
expect() {  # expect STATUS 'stderr substring' command...
    local want=$1 msg=$2
    shift 2
    "$@" >out.txt 2>err.txt
    local got=$?
    if [ "$got" != "$want" ] || ! grep -qF -- "$msg" err.txt; then
        echo "FAIL: $* -> exit $got (want $want), stderr: $(cat err.txt)"
        fails=$((fails + 1))
    else
        echo "ok: $*"
    fi
}
echo "The ministry funds rural schools." > ok.txt
: > empty.txt
printf ' \n\t\n' > blank.txt
printf 'abc \xff def' > latin1.txt
printf 'a\0b' > nul.txt
printf '\xff\xfeH\x00i\x00' > utf16.txt
mkdir nodocs && touch nodocs/readme.pdf

expect 2 "no such file or directory" "$bin" build missing.txt -o g.json
expect 2 "holds no .txt, .md or .jsonl files" "$bin" build nodocs -o g.json
expect 2 "no text to extract from" "$bin" build empty.txt -o g.json
expect 2 "no text to extract from" "$bin" build blank.txt -o g.json
expect 2 "latin1.txt:1:5: byte offset 4: invalid UTF-8" "$bin" build latin1.txt -o g.json
expect 2 "nul.txt: byte offset 1: NUL byte" "$bin" build nul.txt -o g.json
expect 2 "UTF-16" "$bin" build utf16.txt -o g.json
expect 2 "does not exist; create it first" "$bin" build ok.txt -o no/such/dir/g.json
expect 2 "cannot tell the graph format" "$bin" build ok.txt -o g.unknown
expect 2 "write failed" "$bin" build ok.txt -o /dev/full --format json
expect 2 "" "$bin" build ok.txt --no-such-flag
expect 2 "cannot open" "$bin" convert missing.json -o g.graphml
[ -e g.json ] && { echo "FAIL: a failed build left g.json"; fails=$((fails + 1)); }

# An existing output survives a failed build untouched, and no temporary file is left.
echo '{"previous": true}' > keep.json
"$bin" -q build latin1.txt -o keep.json 2>/dev/null
if [ "$(cat keep.json)" != '{"previous": true}' ]; then echo "FAIL: keep.json changed"; fails=$((fails + 1)); fi
if ls -a | grep -q '\.tmp\.'; then echo "FAIL: temporary file left: $(ls -a)"; fails=$((fails + 1)); fi

# A good build replaces it, and the same input gives byte-identical output.
"$bin" -q build ok.txt -o keep.json -o again.json || { echo "FAIL: good build"; fails=$((fails + 1)); }
"$bin" -q build ok.txt -o again2.json
cmp -s again.json again2.json || { echo "FAIL: output differs between runs"; fails=$((fails + 1)); }
grep -q '"ministry"' keep.json || { echo "FAIL: keep.json not rewritten"; fails=$((fails + 1)); }

echo "$fails failed"
[ "$fails" -eq 0 ]
