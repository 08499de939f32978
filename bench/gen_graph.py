#!/usr/bin/env python3
"""Deterministic benchmark graph in claimgraph's JSON layout (NetworkX node-link, edges under
"edges", one node or edge per line, as claimgraph writes it).

Default: 1,000,000 actors (label, key, type, aliases, mentions) and 5,000,000 claims (relation,
negated, modality, confidence, weight and one evidence sentence of about 100 characters). Sources
are skewed towards low actor numbers so that some actors are hubs with thousands of claims, as in
real graphs. Same arguments, same bytes: a fixed seed and no dependence on hash order.

    python3 bench/gen_graph.py --actors 1000000 --claims 5000000 --out bench-data/g.json
"""
import argparse
import json
import os
import random
import sys

TYPES = [("university", "University", 14), ("organization", "Institute", 14),
         ("company", "Company", 14), ("person", "Person", 12), ("government", "Ministry", 8),
         ("country", "Country", 2), ("school", "School", 8), ("event", "Forum", 6),
         ("policy", "Policy", 6), ("fund", "Fund", 4), ("project", "Project", 6),
         ("place", "City", 3), ("concept", "Concept", 3)]
RELATIONS = [("cooperates-with", 20), ("funds", 12), ("supports", 12), ("promotes", 10),
             ("improves", 8), ("located-in", 8), ("participates-in", 6), ("establishes", 5),
             ("provides", 5), ("encourages", 3), ("issues", 2), ("shares", 2), ("learns-from", 1),
             ("cultivates", 1), ("conducts", 1), ("part-of", 1), ("instance-of", 1), ("leads", 1),
             ("employs", 1), ("owns", 1), ("acquires", 1), ("competes-with", 1), ("regulates", 1),
             ("opposes", 1), ("harms", 1)]
VERBS = {"cooperates-with": "cooperates with", "funds": "funds", "supports": "supports",
         "promotes": "promotes", "improves": "improves", "located-in": "is located in",
         "participates-in": "participates in", "establishes": "establishes",
         "provides": "provides", "encourages": "encourages", "issues": "issues",
         "shares": "shares", "learns-from": "learns from", "cultivates": "cultivates",
         "conducts": "conducts", "part-of": "is part of", "instance-of": "is an instance of",
         "leads": "leads", "employs": "employs", "owns": "owns", "acquires": "acquires",
         "competes-with": "competes with", "regulates": "regulates", "opposes": "opposes",
         "harms": "harms"}
ADJECTIVES = ["Northern", "Southern", "Eastern", "Western", "Central", "National", "Royal",
              "United", "Global", "Pacific", "Atlantic", "Coastal", "Highland", "Golden",
              "Silver", "Green", "Blue", "Red", "Grand", "New", "Old", "Upper", "Lower", "Inner",
              "Outer", "First", "Second", "Modern", "Ancient", "Open", "Free", "Young"]
NOUNS = ["Maple", "Cedar", "River", "Harbor", "Summit", "Valley", "Bridge", "Lotus", "Falcon",
         "Orchid", "Granite", "Meadow", "Aurora", "Beacon", "Canyon", "Delta", "Ember",
         "Fjord", "Glacier", "Horizon", "Island", "Jade", "Kestrel", "Lagoon", "Mesa",
         "Nebula", "Oasis", "Prairie", "Quarry", "Ridge", "Sierra", "Tundra", "Willow", "Zenith"]
MODALITIES = ["asserted"] * 17 + ["possible", "planned", "question"]
TAILS = ["according to the annual report", "as officials said on Monday",
         "under the new cooperation framework", "in a statement released this week",
         "following talks held last spring", "as part of a long-term strategy"]


def label_of(i, type_word):
    a = ADJECTIVES[i % len(ADJECTIVES)]
    n = NOUNS[(i // len(ADJECTIVES)) % len(NOUNS)]
    return f"{a} {n} {type_word} {i}"


def weighted_table(items):
    table = []
    for index, item in enumerate(items):
        weight = item[-1]
        table.extend([index] * weight)
    return table


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--actors", type=int, default=1_000_000)
    ap.add_argument("--claims", type=int, default=5_000_000)
    ap.add_argument("--seed", type=int, default=20261128)
    ap.add_argument("--out", required=True, help="output .json path")
    args = ap.parse_args()
    n, m = args.actors, args.claims
    if n < 2 or m < 1 or n >= 1 << 20 * 2 or m > n * (n - 1):
        sys.exit("gen_graph.py: need 2 <= actors < 2^40 and 1 <= claims <= actors*(actors-1)")
    rng = random.Random(args.seed)
    type_table = weighted_table(TYPES)
    rel_table = weighted_table(RELATIONS)
    nrel = len(RELATIONS)

    # Actor types, then the claim set as sorted integer codes (source, target, relation): the
    # canonical edge order, with no duplicate (source, target, relation).
    types = [type_table[rng.randrange(len(type_table))] for _ in range(n)]
    labels = [label_of(i, TYPES[types[i]][1]) for i in range(n)]
    symmetric = {i for i, (name, _) in enumerate(RELATIONS)
                 if name in ("cooperates-with", "competes-with")}
    codes = set()
    while len(codes) < m:
        r1 = rng.random()
        s = int(n * r1 * r1)  # skewed: low numbers are hubs
        t = int(n * rng.random() ** 1.5)
        if s == t:
            continue
        r = rel_table[rng.randrange(len(rel_table))]
        # claimgraph stores a symmetric claim with the smaller key as source (keys are the
        # lower-cased labels here); do the same so that no two lines merge on loading.
        if r in symmetric and labels[t].lower() < labels[s].lower():
            s, t = t, s
        codes.add((s * n + t) * 32 + r)
    codes = sorted(codes)

    tmp = args.out + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as out:
        w = out.write
        w('{"directed":true,"multigraph":true,"graph":{"name":"bench-%d-%d","documents":[]},\n'
          % (n, m))
        w('"nodes":[\n')
        for i in range(n):
            tname, tword, _ = TYPES[types[i]]
            label = labels[i]
            aliases = [f"{tword[0]}{i}"] if i % 10 == 0 else []
            node = {"id": f"n{i}", "label": label, "type": tname, "aliases": aliases,
                    "mentions": 1 + rng.randrange(20), "key": label.lower()}
            w(json.dumps(node, separators=(",", ":"), ensure_ascii=False))
            w(",\n" if i + 1 < n else "\n")
        w('],\n"edges":[\n')
        prev_pair = -1
        key = 0
        for k, code in enumerate(codes):
            pair, r = divmod(code, 32)
            s, t = divmod(pair, n)
            key = key + 1 if pair == prev_pair else 0
            prev_pair = pair
            rel = RELATIONS[r][0]
            doc = rng.randrange(50_000)
            sentence = rng.randrange(200)
            text = (f"{labels[s]} {VERBS[rel]} {labels[t]} {TAILS[rng.randrange(len(TAILS))]}.")
            start = sentence * 120
            edge = {"source": f"n{s}", "target": f"n{t}", "key": key, "relation": rel,
                    "negated": rng.random() < 0.03, "modality": MODALITIES[rng.randrange(20)],
                    "confidence": round(0.5 + rng.random() / 2, 3),
                    "weight": 1 + int(rng.random() ** 4 * 9),
                    "evidence": [{"doc": f"doc{doc}.txt", "sentence": sentence, "start": start,
                                  "end": start + len(text.encode("utf-8")), "text": text}]}
            w(json.dumps(edge, separators=(",", ":"), ensure_ascii=False))
            w(",\n" if k + 1 < m else "\n")
        w("]}\n")
    os.replace(tmp, args.out)


if __name__ == "__main__":
    main()
