#!/usr/bin/env bash
# The shipped model on all of UD English EWT test, with gold tokenization (`parse --input conllu
# --eval`) and on raw text (bench/eval_raw.py: our own tokenization and sentence splitting).
# Floors sit ~0.5 point under the measured figures (bench/README.md): a speed change that alters
# a prediction anywhere moves these, a broken model or pipeline fails them.
set -euo pipefail
bin=$1 src=$2
shared=${CLAIMGRAPH_SHARED:-$src/../shared}
test_file=$shared/data/ud-english-ewt/en_ewt-ud-test.conllu
if [ ! -f "$test_file" ]; then
  echo "skipped: $test_file not found (needs ../shared)"; exit 77
fi
gold=$("$bin" parse "$test_file" --input conllu --eval)
raw=$(python3 "$src/bench/eval_raw.py" "$bin" "$test_file")
echo "$gold"
echo "$raw"
python3 - "$gold" "$raw" <<'PY'
import sys
gold = dict(line.split("\t")[:2] for line in sys.argv[1].splitlines())
raw = {line.split("\t")[1].strip(): float(line.split("F1")[1].split()[0])
       for line in sys.argv[2].splitlines()}
checks = [
    ("gold-tokenization UPOS", float(gold["UPOS"]), 95.1),
    ("gold-tokenization UAS", float(gold["UAS"]), 84.5),
    ("gold-tokenization LAS", float(gold["LAS"]), 81.6),
    ("raw-text Words F1", raw["Words"], 98.5),
    ("raw-text UPOS F1", raw["UPOS"], 94.2),
    ("raw-text UAS F1", raw["UAS"], 81.6),
    ("raw-text LAS F1", raw["LAS"], 78.8),
]
failed = [f"{name} {value:.2f} < {floor}" for name, value, floor in checks if value < floor]
print("floors:", "ok" if not failed else "FAILED: " + "; ".join(failed))
sys.exit(1 if failed else 0)
PY
