#!/usr/bin/env python3
"""Generate data/wordnet-lemmas.tsv: the English words WordNet 3.0 knows as lemmas, with their
parts of speech, and its irregular inflections.

usage: scripts/gen_wordnet_lemmas.py [--wordnet DIR] [--output FILE]

Reads index.{noun,verb,adj,adv} and {noun,verb,adj,adv}.exc from Debian's wordnet-base
(/usr/share/wordnet). The lemmatizer uses the file to check the lemma its suffix rules propose for
a word the treebank never showed it: a candidate that is no known lemma of the word's part of
speech ("sampled" -> "sampl") gives way to the standard English inflection that is one
("sample"). Lines:

  word<TAB>classes             a lemma; classes is a subset of "nvar" (noun, verb, adj, adverb)
  form<TAB>class<TAB>lemma     an irregular inflection ("went<TAB>v<TAB>go")

Only single lower-case words of letters, digits, hyphens and apostrophes are kept. A word that is
an irregular form of a verb ("drew", "led", "lent", "fed") and a noun only as a name (every noun
sense of it is capitalised in data.noun: "Drew", "LED", "Lent", "Fed") is no noun lemma: written in
lower case it is the verb form. The committed
TSV is the build input; this script is only needed to regenerate it. Python 3 stdlib.
"""
import argparse
import os
import re
import sys

POS = [("noun", "n"), ("verb", "v"), ("adj", "a"), ("adv", "r")]
WORD = re.compile(r"^[a-z0-9][a-z0-9'-]*$")
LICENSE = [
    "License: WordNet 3.0 license. WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.",
    "Permission to use, copy, modify and distribute this software and database and its documentation for any purpose and without fee or royalty is hereby granted, provided that you agree to comply with the following copyright notice and statements, including the disclaimer, and that the same appear on ALL copies of the software, database and documentation, including modifications that you make for internal use or for distribution.",
    "THIS SOFTWARE AND DATABASE IS PROVIDED \"AS IS\" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANT- ABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.",
    "The name of Princeton University or Princeton may not be used in advertising or publicity pertaining to distribution of the software and/or database. Title to copyright in this software, database and any associated documentation shall at all times remain with Princeton University and LICENSEE agrees to preserve same.",
]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wordnet", default="/usr/share/wordnet")
    ap.add_argument("--output", default=os.path.join(os.path.dirname(__file__), "..", "data", "wordnet-lemmas.tsv"))
    args = ap.parse_args()
    classes = {}
    irregular = {}
    for name, c in POS:
        with open(os.path.join(args.wordnet, "index." + name), encoding="utf-8") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                w = line.split(" ", 1)[0]
                if WORD.match(w):
                    classes.setdefault(w, set()).add(c)
        with open(os.path.join(args.wordnet, name + ".exc"), encoding="utf-8") as f:
            for line in f:
                parts = line.split()
                if len(parts) < 2 or not WORD.match(parts[0]) or not WORD.match(parts[1]):
                    continue
                # The first lemma listed is the usual one ("axes" -> "ax" before "axis").
                irregular.setdefault((parts[0], c), parts[1])
    # Nouns only as names: every word of their noun synsets is capitalised ("Drew", "LED").
    proper = {}
    with open(os.path.join(args.wordnet, "data.noun"), encoding="utf-8") as f:
        for line in f:
            if line.startswith(" "):
                continue
            parts = line.split()
            for i in range(int(parts[3], 16)):
                word = re.sub(r"\([a-z]+\)$", "", parts[4 + 2 * i])
                low = word.lower()
                proper[low] = proper.get(low, True) and word != low
    for (form, c), lemma in irregular.items():
        if c == "v" and form != lemma and proper.get(form) and "n" in classes.get(form, ()):
            classes[form].discard("n")
            if not classes[form]:
                del classes[form]
    order = "nvar"
    lines = ["%s\t%s" % (w, "".join(c for c in order if c in cs)) for w, cs in classes.items()]
    lines += ["%s\t%s\t%s" % (form, c, lemma) for (form, c), lemma in irregular.items()]
    lines.sort(key=lambda l: l.encode("utf-8"))
    tmp = args.output + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as out:
        out.write("# claimgraph wordnet-lemmas v1\n")
        out.write("# Source: WordNet 3.0, Princeton University (https://wordnet.princeton.edu): index.* and *.exc, "
                  "single words, by scripts/gen_wordnet_lemmas.py; regenerate, don't edit.\n")
        for l in LICENSE:
            out.write("# " + l + "\n")
        for l in lines:
            out.write(l + "\n")
    os.replace(tmp, args.output)
    print("wrote %s: %d lemmas, %d irregular forms" % (args.output, len(classes), len(irregular)), file=sys.stderr)


if __name__ == "__main__":
    main()
