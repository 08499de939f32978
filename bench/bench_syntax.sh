#!/usr/bin/env bash
# Speed and memory of the syntax pipeline on one core, and its accuracy on UD English EWT.
#
#   bench/bench_syntax.sh [BINARY] [MODEL]
#
# BINARY defaults to build/claimgraph, MODEL to data/en.model. The corpus is the raw text of the
# EWT training treebank ("# text =" lines, one paragraph per sentence) repeated to ~10 MB; it is
# built in a temporary directory from ../shared (CLAIMGRAPH_SHARED), never copied into the repo.
# Reports: model load time, tokens/s for tokenize+tag and tokenize+tag+lemma+parse (the times of
# the stages themselves, from `claimgraph parse --timing`), peak memory (/usr/bin/time -v) and
# UPOS/XPOS/lemma/UAS/LAS on dev and test with gold tokenization.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
bin="${1:-$here/build/claimgraph}"
model="${2:-$here/data/en.model}"
shared="${CLAIMGRAPH_SHARED:-$here/../shared}"
ewt="$shared/data/ud-english-ewt"
if [[ ! -x "$bin" ]]; then echo "no binary at $bin (build first)" >&2; exit 2; fi
if [[ ! -f "$ewt/en_ewt-ud-train.conllu" ]]; then echo "treebank not found under $ewt" >&2; exit 77; fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
sed -n 's/^# text = //p' "$ewt/en_ewt-ud-train.conllu" | awk '{print; print ""}' > "$tmp/once.txt"
: > "$tmp/corpus.txt"
while [[ $(stat -c %s "$tmp/corpus.txt") -lt 10000000 ]]; do cat "$tmp/once.txt" >> "$tmp/corpus.txt"; done
echo "corpus: $(stat -c %s "$tmp/corpus.txt") bytes"

pin=""
if command -v taskset >/dev/null; then pin="taskset -c 0"; fi

# Model load time: best of 5 runs on a one-line input.
echo "The committee approved the budget." > "$tmp/one.txt"
best=""
for _ in 1 2 3 4 5; do
    ms=$($pin "$bin" --model "$model" parse "$tmp/one.txt" --timing -o /dev/null 2>&1 |
         awk -F'\t' '$2=="load model" {sub(/ ms/,"",$3); print $3}')
    if [[ -z "$best" ]] || awk "BEGIN{exit !($ms < $best)}"; then best="$ms"; fi
done
echo "model load: $best ms (best of 5)"

for until in tag parse; do
    # The corpus is 10 to 11 MB, around the default 10 MiB --max-document-bytes: raise it.
    /usr/bin/time -v -o "$tmp/time.txt" $pin "$bin" --model "$model" parse "$tmp/corpus.txt" \
        --until "$until" --timing --max-document-bytes 33554432 -o /dev/null 2> "$tmp/timing.txt"
    echo "--- tokenize + ... + $until"
    grep '^timing' "$tmp/timing.txt" | cut -f2- | sed 's/^/  /'
    awk -F'\t' '$2=="tokenize" || $2=="split sentences" || $2=="tagger" || $2=="lemmatizer" || $2=="parser" {sub(/ ms/,"",$3); ms+=$3}
                $2=="tokens" {n=$3}
                END {printf "  tokenize+%s: %.0f tokens/s\n", "'"$until"'", n/(ms/1000)}' "$tmp/timing.txt"
    echo "  peak memory: $(awk -F': ' '/Maximum resident/ {printf "%.1f MB", $2/1024}' "$tmp/time.txt")"
done

for part in dev test; do
    echo "--- accuracy on en_ewt-ud-$part (gold tokenization)"
    "$bin" --model "$model" parse "$ewt/en_ewt-ud-$part.conllu" --input conllu --eval | sed 's/^/  /'
done
