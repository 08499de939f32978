#!/usr/bin/env python3
"""Generate data/wordnet-types.tsv: English nouns mapped to claimgraph ontology types via WordNet 3.0.

usage: scripts/gen_wordnet_types.py [--wordnet DIR] [--output FILE] [--explain WORD ...]

Reads WordNet's data.noun and index.noun (Debian: `apt-get install wordnet-base`, which puts them in
/usr/share/wordnet) and writes `lemma<TAB>type` lines, sorted, for every noun lemma whose MOST
FREQUENT sense (the first one in index.noun) falls into an actor class of the default ontology
(shared/spec/ontology.md). A lemma whose first sense is in none of them is left out: the extractor
then calls it a `concept` unless the ontology's own "heads" say otherwise (they always win; see
"head_lexicons" in data/ontology.json).

How a synset gets a type, in this order:
  1. ANCHORS: chosen synsets (lemma#sense, or lemma#sense>word for one of its hyponyms) with a type,
     or None for a subtree that must stay untyped although an ancestor is typed. A synset takes the
     type of the nearest anchor among its hypernyms and instance hypernyms (breadth first; on a
     tie, the anchor listed first).
  2. Lexicographer files: noun.person -> person; a proper name in noun.location -> place.
A lemma whose first sense is a building (hospital#1 "a health facility") takes the type of the
institution that the building houses when one of its next senses is one (hospital#2 "a medical
institution"). OVERRIDES fix a few frequent news nouns whose first WordNet sense is not the news
sense (ministry#1 is "religious ministers collectively").

The committed TSV is the build input; this script is only needed to regenerate it. Python 3 stdlib.
"""
import argparse
import collections
import os
import sys

LEXFILES = [
    "adj.all", "adj.pert", "adv.all", "noun.Tops", "noun.act", "noun.animal", "noun.artifact",
    "noun.attribute", "noun.body", "noun.cognition", "noun.communication", "noun.event",
    "noun.feeling", "noun.food", "noun.group", "noun.location", "noun.motive", "noun.object",
    "noun.person", "noun.phenomenon", "noun.plant", "noun.possession", "noun.process",
    "noun.quantity", "noun.relation", "noun.shape", "noun.state", "noun.substance", "noun.time",
    "verb.body",
]

# (synset, type). A synset is named "lemma#sense" (index.noun order), or "lemma#sense>word" for the
# hyponym of lemma#sense that has `word` among its lemmas. Order matters only between anchors at the
# same distance from a synset: more specific classes first. None keeps a subtree untyped although an
# ancestor is typed.
ANCHORS = [
    # university: higher education
    ("university#1", "university"), ("university#2", "university"),
    ("college#1", "university"), ("college#2", "university"), ("college#3", "university"),
    ("academy#3", "university"),  # a school for special training (military academy)
    # school: below university level
    ("school#1", "school"), ("school#2", "school"), ("academy#1", "school"),
    ("preschool#1", "school"),
    ("educational institution#1", "organization"),
    # government
    ("government#1", "government"), ("state#3", "government"),
    ("agency#1", "government"), ("ministry#3", "government"),
    ("government department#1", "government"), ("administrative unit#1", "government"),
    ("administrative unit#1>division", None),  # a business's sales or personnel department
    ("committee#1", "organization"),           # boards and committees of any body
    ("united nations agency#1", "organization"),
    ("legislature#1", "government"), ("court#1", "government"), ("central bank#1", "government"),
    ("armed forces#1", "government"), ("military service#1", "government"),
    ("police#1", "government"),
    # company
    ("company#1", "company"), ("enterprise#2", "company"), ("business#1", "company"),
    ("firm#1", "company"), ("corporation#1", "company"), ("bank#2", "company"),
    ("financial institution#1", "company"), ("agency#2", "company"),
    # organization (after company: a foundation is a financial institution in WordNet)
    ("foundation#2", "organization"), ("charity#1", "organization"),
    ("academy#2", "organization"), ("medical institution#1", "organization"),
    ("institution#1", "organization"), ("organization#1", "organization"),
    ("nongovernmental organization#1", "organization"), ("association#1", "organization"),
    ("personnel#1", "person"),  # staff, workforce, troops: people, not an organisation
    # country: states and nations as political units, and their territory
    ("country#1", "country"), ("country#2", "country"), ("country#3", "country"),
    # event
    ("meeting#1", "event"), ("meeting#2", "event"), ("social event#1", "event"),
    ("contest#1", "event"), ("ceremony#1", "event"),
    ("show#3", None),  # performances, films and TV shows are works, not events
    # policy
    ("policy#1", "policy"), ("plan of action#1", "policy"), ("plan#1", "policy"),
    ("law#1", "policy"), ("legal document#1", "policy"), ("agreement#1", "policy"),
    ("regulation#1", "policy"), ("rule#1", "policy"),
    ("football play#1", None),
    ("tax return#1", None), ("legal document#1>security", None),
    ("negotiable instrument#1", None), ("derivative instrument#1", None),
    # fund
    ("fund#1", "fund"), ("financial aid#1", "fund"), ("grant#1", "fund"),
    ("money#1", "fund"), ("money#2", "fund"), ("money#3", "fund"),
    ("budget#1", "fund"), ("budget#2", "fund"), ("scholarship#1", "fund"),
    ("boodle#1", None),  # slang for money: kale, lettuce, bread, dough
    # project: programmes and undertakings, not any task
    ("project#1", "project"), ("project#2", "project"), ("program#2", "project"),
] + [("project#1>" + w, None) for w in (
    "cinch", "adventure", "assignment", "baby", "labor_of_love", "marathon", "no-brainer",
    "proposition", "tall_order")] + [
    # place: geographic areas, districts and points, land forms and waters; not region#1 ("the
    # extended spatial location of something"), which also holds side, top, end and centre
    ("geographical area#1", "place"), ("district#1", "place"), ("county#1", "place"),
    ("region#3", "place"),
    ("geographic point#1", "place"),
    ("geological formation#1", "place"), ("body of water#1", "place"), ("land#4", "place"),
]

# A building sense yields to the institution it houses (hospital, school building, court room).
BUILDING_LEXFILE = "noun.artifact"
# Not "company": house#1 is a dwelling and house#2 a firm, but a house is not a firm.
INSTITUTION_TYPES = {"organization", "government", "university", "school"}

# Frequent news nouns whose first WordNet sense is not the news sense (None: leave it a concept).
# Keep this list short and explain each entry.
OVERRIDES = {
    "bank": "company",           # #1 is "sloping land"; news means #2, a financial institution
    "campaign": "project",       # #1 is an election race; news means #2, a drive or crusade
    "field": None,               # #1 is a piece of land; news means "the field of education"
    "character": None,           # #1 is a character in fiction; news means the nature of a thing
    "spirit": None,              # "the spirit of cooperation"
    "host": None,                # "a host of measures"
    "tech": None,                # technology, not a technical school
    "processor": None,           # a chip more often than a food-processing business
    "health care": None,         # #1 is a social insurance programme; news means the care itself
    "primary health care": None,
    "u.s.": "country",           # #1 is the US government; "the U.S." acts as a country
    "ministry": "government",    # #1 is "religious ministers collectively"; #3 the department
    "enterprise": "company",     # #1 is "a purposeful undertaking"; news means #2, a business
    "programme": "project",      # #1 is a printed programme of events; news means a scheme
    "program": "project",        # #1 is "a plan" (policy); the ontology counts programmes as projects
    "startup": "company",        # WordNet 3.0 knows only "the act of setting in operation"
    "start-up": "company",
    "regulator": "government",   # #1 is a pressure valve; news means a regulatory agency
    "summit": "event",           # #1 is "the highest level"; news means #3, a summit meeting
}

HEADER = """\
# claimgraph wordnet-types v1
# Source: WordNet 3.0, Princeton University (https://wordnet.princeton.edu), noun lemmas mapped to ontology types by scripts/gen_wordnet_types.py from the first (most frequent) sense; regenerate, don't edit.
# License: WordNet 3.0 license. WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# Permission to use, copy, modify and distribute this software and database and its documentation for any purpose and without fee or royalty is hereby granted, provided that you agree to comply with the following copyright notice and statements, including the disclaimer, and that the same appear on ALL copies of the software, database and documentation, including modifications that you make for internal use or for distribution.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANT- ABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.
# The name of Princeton University or Princeton may not be used in advertising or publicity pertaining to distribution of the software and/or database. Title to copyright in this software, database and any associated documentation shall at all times remain with Princeton University and LICENSEE agrees to preserve same.
"""


class WordNet:
    def __init__(self, directory):
        self.lexfile = {}     # offset -> lexicographer file name
        self.words = {}       # offset -> [word, ...]
        self.hypernyms = {}   # offset -> [offset, ...] (hypernyms and instance hypernyms)
        self.gloss = {}
        self.senses = {}      # lemma (underscores) -> [offset, ...] most frequent first
        with open(os.path.join(directory, "data.noun"), encoding="latin-1") as f:
            for line in f:
                if line.startswith("  "):  # license preamble
                    continue
                data, _, gloss = line.partition(" | ")
                fields = data.split()
                off, lex, nwords = fields[0], int(fields[1]), int(fields[3], 16)
                self.lexfile[off] = LEXFILES[lex]
                self.words[off] = [fields[4 + 2 * i] for i in range(nwords)]
                i = 4 + 2 * nwords
                hyper = []
                for _ in range(int(fields[i])):
                    sym, target, pos = fields[i + 1], fields[i + 2], fields[i + 3]
                    if sym in ("@", "@i") and pos == "n":
                        hyper.append(target)
                    i += 4
                self.hypernyms[off] = hyper
                self.gloss[off] = gloss.strip()
        with open(os.path.join(directory, "index.noun"), encoding="latin-1") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                fields = line.split()
                nptrs = int(fields[3])
                self.senses[fields[0]] = fields[4 + nptrs + 2:]

    def synset(self, name):
        """The offset of "lemma#sense" or of "lemma#sense>word" (a hyponym holding `word`)."""
        name, _, word = name.partition(">")
        lemma, _, sense = name.partition("#")
        offs = self.senses.get(lemma.replace(" ", "_"))
        if not offs or int(sense) > len(offs):
            raise SystemExit(f"gen_wordnet_types: anchor {name} is not in this WordNet")
        off = offs[int(sense) - 1]
        if not word:
            return off
        for o, hyper in self.hypernyms.items():
            if off in hyper and word in (w.lower() for w in self.words[o]):
                return o
        raise SystemExit(f"gen_wordnet_types: {name} has no hyponym {word!r}")


class Typer:
    def __init__(self, wn):
        self.wn = wn
        self.anchors = {}  # offset -> (rank, type)
        for rank, (name, ty) in enumerate(ANCHORS):
            self.anchors.setdefault(wn.synset(name), (rank, ty))
        self.cache = {}

    def explain(self, off):
        """(type or None, anchor name or rule) for a synset."""
        if off in self.cache:
            return self.cache[off]
        result = None
        frontier, seen = [off], {off}
        while frontier and result is None:
            hits = [self.anchors[o] + (o,) for o in frontier if o in self.anchors]
            if hits:
                rank, ty, o = min(hits)
                result = (ty, "anchor " + self.wn.words[o][0])
                break
            nxt = []
            for o in frontier:
                for h in self.wn.hypernyms[o]:
                    if h not in seen:
                        seen.add(h)
                        nxt.append(h)
            frontier = nxt
        if result is None:  # no anchor above: the lexicographer file decides
            lex = self.wn.lexfile[off]
            if lex == "noun.person":
                result = ("person", "noun.person")
            elif lex == "noun.location" and any(w[:1].isupper() for w in self.wn.words[off]):
                result = ("place", "noun.location name")
        if result is None:
            result = (None, "no class")
        self.cache[off] = result
        return result

    def type_of_lemma(self, lemma):
        key = lemma.replace(" ", "_")
        if key in OVERRIDES:
            return OVERRIDES[key], "override"
        offs = self.wn.senses.get(key, [])
        if not offs:
            return None, "not in WordNet"
        ty, why = self.explain(offs[0])
        if ty is None and self.wn.lexfile[offs[0]] == BUILDING_LEXFILE:
            for off in offs[1:3]:
                t2, why2 = self.explain(off)
                if t2 in INSTITUTION_TYPES:
                    return t2, f"building sense yields to {why2}"
        return ty, why


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wordnet", default="/usr/share/wordnet", help="folder with data.noun and index.noun")
    ap.add_argument("--output", default=os.path.normpath(os.path.join(here, "..", "data", "wordnet-types.tsv")))
    ap.add_argument("--explain", nargs="+", metavar="WORD", help="print why each word gets its type, write nothing")
    args = ap.parse_args(argv)

    wn = WordNet(args.wordnet)
    typer = Typer(wn)
    if args.explain:
        for word in args.explain:
            ty, why = typer.type_of_lemma(word.lower())
            offs = wn.senses.get(word.lower().replace(" ", "_"), [])
            gloss = wn.gloss[offs[0]][:70] if offs else ""
            print(f"{word}\t{ty or 'concept'}\t{why}\t{gloss}")
        return 0

    rows = {}
    for key in wn.senses:
        lemma = key.replace("_", " ").lower()
        if not any(c.isalpha() for c in lemma) or "\t" in lemma:
            continue
        ty, _ = typer.type_of_lemma(key)
        if ty is not None and ty != "concept":
            rows[lemma] = ty
    for key, ty in OVERRIDES.items():
        if ty is not None:
            rows[key.replace("_", " ")] = ty
    counts = collections.Counter(rows.values())
    tmp = args.output + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as out:
        out.write(HEADER)
        for lemma in sorted(rows):
            out.write(f"{lemma}\t{rows[lemma]}\n")
    os.replace(tmp, args.output)
    print(f"wrote {len(rows)} lemmas to {args.output}: " +
          ", ".join(f"{t} {n}" for t, n in counts.most_common()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
