#!/usr/bin/env python3
"""Scores claimgraph's whole syntax pipeline on raw text against a UD treebank (stdlib only).

The raw text is rebuilt from the treebank's `# text` lines exactly as eval_tokenizer.py does,
run through `claimgraph parse --format tsv` (our own tokenization, sentence splitting, tagging
and parsing), and scored the way the CoNLL 2018 UD evaluation scores raw-text systems: a system
word counts only when its character span equals a gold word's, and

  Words   F1 of the word spans
  UPOS    aligned words with the gold UPOS
  UAS     aligned words whose head is the aligned gold head (or both are roots)
  LAS     UAS and the same relation, subtypes included

each as precision over our words, recall over the gold words, and F1.

Usage: eval_raw.py CLAIMGRAPH FILE.conllu [--model M]
"""

import argparse
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eval_tokenizer import read_conllu  # noqa: E402


def run_parser(binary, model, text):
    data = text.encode("utf-8")
    with tempfile.NamedTemporaryFile("wb", suffix=".txt", delete=False) as f:
        f.write(data)
        name = f.name
    cmd = [binary] + (["--model", model] if model else []) + ["parse", name, "--format", "tsv"]
    try:
        out = subprocess.run(cmd, check=True, capture_output=True).stdout.decode("utf-8")
    finally:
        os.unlink(name)
    byte_to_char = [0] * (len(data) + 1)
    bi = 0
    for ci, ch in enumerate(text):
        for _ in range(len(ch.encode("utf-8"))):
            byte_to_char[bi] = ci
            bi += 1
    byte_to_char[len(data)] = len(text)
    words = []  # (span, sentence, id, upos, head, deprel)
    for line in out.split("\n")[1:]:
        if not line:
            continue
        sent, wid, _form, _lemma, upos, _xpos, head, deprel, start, end = line.split("\t")
        span = (byte_to_char[int(start)], byte_to_char[int(end)])
        words.append((span, int(sent), int(wid), upos, int(head), deprel))
    return words


def spans_by_id(words):
    return {(w[1], w[2]): w[0] for w in words}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("claimgraph")
    ap.add_argument("conllu")
    ap.add_argument("--model", default="")
    args = ap.parse_args()

    gold = []
    text, _, _, _ = read_conllu(args.conllu, gold)
    system = run_parser(args.claimgraph, args.model, text)

    gold_span = spans_by_id(gold)
    sys_span = spans_by_id(system)
    gold_at = {}
    for w in gold:
        if w[0] is not None:
            gold_at.setdefault(w[0], w)
    used = set()
    counts = {"Words": 0, "UPOS": 0, "UAS": 0, "LAS": 0}
    for w in system:
        g = gold_at.get(w[0])
        if g is None or w[0] in used:
            continue
        used.add(w[0])
        counts["Words"] += 1
        counts["UPOS"] += g[3] == w[3]
        sys_head = None if w[4] == 0 else sys_span.get((w[1], w[4]))
        gold_head = None if g[4] == 0 else gold_span.get((g[1], g[4]))
        head_ok = (w[4] == 0 and g[4] == 0) or (
            sys_head is not None and gold_head is not None and sys_head == gold_head)
        counts["UAS"] += head_ok
        counts["LAS"] += head_ok and g[5] == w[5]
    name = os.path.basename(args.conllu)
    for metric, c in counts.items():
        p = c / max(1, len(system))
        r = c / max(1, len(gold))
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{name}\t{metric:5s}\tP {100 * p:6.2f}\tR {100 * r:6.2f}\tF1 {100 * f:6.2f}"
              f"\t(gold {len(gold)}, system {len(system)})")


if __name__ == "__main__":
    main()
