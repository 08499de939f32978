#!/usr/bin/env python3
"""Scores the tokenizer and sentence splitter against a UD treebank (python3 stdlib only).

The raw text is rebuilt from the `# text` lines: sentences of one paragraph are joined by a space,
`# newpar` and `# newdoc` start a new paragraph (a blank line). The text is run through the
tokenize_dump driver (bench/tokenize_dump.cpp) and compared with the gold by character spans, as
the CoNLL 2018 UD evaluation does:

  words      our tokens against the gold syntactic words (clitics split: "do" "n't"); the parts
             of a multiword token get the spans of their forms inside it when they spell it out
  tokens     UD surface tokens: our clitic splits merged back ("don't"), against the gold tokens
  sentences  sentence spans (trimmed of whitespace) that match exactly

Usage: eval_tokenizer.py DRIVER FILE.conllu [--errors N]

Build the driver (from the repository root, after building claimgraph in build/):
  g++ -std=c++20 -O2 -I. bench/tokenize_dump.cpp build/libclaimgraph_extract.a \\
      build/libclaimgraph_common.a -lspdlog -lfmt -o build/tokenize_dump
"""

import argparse
import collections
import os
import subprocess
import sys
import tempfile

CLITICS = {"n't", "'s", "'m", "'re", "'ve", "'ll", "'d", "nt", "not", "na", "ta"}


def read_conllu(path, annotations=None):
    """Returns (text, gold_tokens, gold_words, gold_sentences) with character spans.

    With a list as `annotations`, appends to it one (span, sentence, id, upos, head, deprel) per
    gold syntactic word; span is None for the parts of a multiword token that does not spell
    them out ("won't" = "will" "not"), whose one span goes to the first part."""
    pieces = []
    pos = 0
    tokens, words, sentences = [], [], []
    sent_text = None
    new_par = False
    rows = []

    def flush():
        nonlocal pos, sent_text, rows, new_par
        if sent_text is None:
            return
        if pieces:
            sep = "\n\n" if new_par else " "
            pieces.append(sep)
            pos += len(sep)
        base = pos
        pieces.append(sent_text)
        pos += len(sent_text)
        sentences.append((base, base + len(sent_text.rstrip())))
        cursor = 0
        i = 0
        while i < len(rows):
            cols = rows[i]
            tid = cols[0]
            if "." in tid:
                i += 1
                continue
            form = cols[1]
            at = sent_text.find(form, cursor)
            if at < 0:
                at = cursor
                while at < len(sent_text) and sent_text[at].isspace():
                    at += 1
            start, end = base + at, base + at + len(form)
            cursor = at + len(form)
            tokens.append((start, end))
            def note(span, r):
                if annotations is not None:
                    annotations.append((span, len(sentences) - 1, int(r[0]), r[3], int(r[6]), r[7]))

            if "-" in tid:
                a, b = map(int, tid.split("-"))
                parts = [rows[i + k][1] for k in range(1, b - a + 2)]
                if "".join(parts).lower() == form.lower():
                    s = start
                    for k, p in enumerate(parts):
                        words.append((s, s + len(p)))
                        note((s, s + len(p)), rows[i + 1 + k])
                        s += len(p)
                else:
                    words.append((start, end))
                    for k in range(len(parts)):
                        note((start, end) if k == 0 else None, rows[i + 1 + k])
                i += b - a + 2
            else:
                words.append((start, end))
                note((start, end), cols)
                i += 1
        sent_text = None
        rows = []
        new_par = False

    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                flush()
            elif line.startswith("#"):
                if line.startswith("# newpar") or line.startswith("# newdoc"):
                    new_par = True
                elif line.startswith("# text = "):
                    sent_text = line[len("# text = "):]
            else:
                rows.append(line.split("\t"))
    flush()
    return "".join(pieces), tokens, words, sentences


def run_driver(driver, text):
    with tempfile.NamedTemporaryFile("wb", suffix=".txt", delete=False) as f:
        data = text.encode("utf-8")
        f.write(data)
        name = f.name
    try:
        out = subprocess.run([driver, name], check=True, capture_output=True).stdout
    finally:
        os.unlink(name)
    # Byte offsets to character offsets.
    byte_to_char = [0] * (len(data) + 1)
    bi = 0
    for ci, ch in enumerate(text):
        n = len(ch.encode("utf-8"))
        for k in range(n):
            byte_to_char[bi + k] = ci
        bi += n
    byte_to_char[len(data)] = len(text)
    sys_tokens, sys_sentences = [], []
    for line in out.decode("utf-8", errors="replace").split("\n"):
        if not line:
            continue
        if line.startswith("S\t"):
            sys_sentences.append([None, None])
            continue
        start, end, space, form = line.split("\t", 3)
        s, e = byte_to_char[int(start)], byte_to_char[int(end)]
        sys_tokens.append((s, e, form, space == "1"))
        if sys_sentences[-1][0] is None:
            sys_sentences[-1][0] = s
        sys_sentences[-1][1] = e
    return sys_tokens, [tuple(s) for s in sys_sentences]


def merge_clitics(sys_tokens):
    """Our tokens as UD surface tokens: a clitic split goes back into one token."""
    merged = []
    for s, e, form, space in sys_tokens:
        f = form.lower().replace("\u2019", "'")
        if merged and merged[-1][1] == s and not merged[-1][3] and (
                f in CLITICS and merged[-1][2][-1:].isalpha()):
            ps, _, pform, _ = merged[-1]
            merged[-1] = (ps, e, pform + form, space)
        else:
            merged.append((s, e, form, space))
    return [(s, e) for s, e, _, _ in merged]


def f1(gold, system):
    g, s = collections.Counter(gold), collections.Counter(system)
    correct = sum((g & s).values())
    p = correct / max(1, sum(s.values()))
    r = correct / max(1, sum(g.values()))
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("driver")
    ap.add_argument("conllu")
    ap.add_argument("--errors", type=int, default=0, help="print N examples of each error kind")
    args = ap.parse_args()

    text, gold_tokens, gold_words, gold_sentences = read_conllu(args.conllu)
    sys_tokens, sys_sentences = run_driver(args.driver, text)
    sys_words = [(s, e) for s, e, _, _ in sys_tokens]
    sys_surface = merge_clitics(sys_tokens)

    name = os.path.basename(args.conllu)
    for label, gold, system in (("words", gold_words, sys_words),
                                ("tokens", gold_tokens, sys_surface),
                                ("sentences", gold_sentences, sys_sentences)):
        p, r, f = f1(gold, system)
        print(f"{name}\t{label:9s}\tP {100 * p:6.2f}\tR {100 * r:6.2f}\tF1 {100 * f:6.2f}"
              f"\t(gold {len(gold)}, system {len(system)})")

    if args.errors:
        def show(kind, gold, system, n):
            gs, ss = set(gold), set(system)
            counts = collections.Counter()
            for s, e in gold:
                if (s, e) not in ss:
                    counts["missed " + text[s:e][:60].replace("\n", "\\n")] += 1
            for s, e in system:
                if (s, e) not in gs:
                    counts["extra  " + text[s:e][:60].replace("\n", "\\n")] += 1
            print(f"--- {kind} errors (most frequent)")
            for k, v in counts.most_common(n):
                print(f"{v:5d}  {k}")
        show("word", gold_words, sys_words, args.errors)
        gold_ends = {e for _, e in gold_sentences}
        sys_ends = {e for _, e in sys_sentences}
        print("--- sentence ends missed (context)")
        for e in sorted(gold_ends - sys_ends)[:args.errors]:
            print("   ", repr(text[max(0, e - 40):e]), "|", repr(text[e:e + 30]))
        print("--- sentence ends extra (context)")
        for e in sorted(sys_ends - gold_ends)[:args.errors]:
            print("   ", repr(text[max(0, e - 40):e]), "|", repr(text[e:e + 30]))


if __name__ == "__main__":
    main()
