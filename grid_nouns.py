#!/usr/bin/env python3
"""Grid of relations said by nouns, possessives, appositions and prepositions: one short document per
(relation, construction), checked for the claim our gold would list. Same machinery as grid.py.
Usage: grid_nouns.py BINARY [--show REL|CONSTR] [--fail]
Each case: (relation group, construction, text, [accepted claims]); a claim is (subject key, relations
separated by '|', object key); any accepted claim passes. Keys match as in grid.py (substring of the
label, lower case, 'the ' dropped). cooperates-with and competes-with match either way round."""
import json, os, subprocess, sys, tempfile, collections

SYM = {"cooperates-with", "competes-with"}

CASES = [
    # leads: leader -> led (gold: "X's chief executive, Y" -> Y leads X)
    ("leads", "poss-appos", "Halvern Robotics's chief executive, Marta Quinlan, said the results were strong.", [("Marta Quinlan", "leads", "Halvern Robotics")]),
    ("leads", "appos-title-of", "Marta Quinlan, the chief executive of Halvern Robotics, said the results were strong.", [("Marta Quinlan", "leads", "Halvern Robotics")]),
    ("leads", "title-name", "Halvern Robotics chief executive Marta Quinlan said the results were strong.", [("Marta Quinlan", "leads", "Halvern Robotics")]),
    ("leads", "led-by", "The Brenton Institute, led by Marta Quinlan, published its results on Monday.", [("Marta Quinlan", "leads", "Brenton Institute")]),
    ("leads", "under-leadership", "Under the leadership of Marta Quinlan, the Brenton Institute doubled its budget.", [("Marta Quinlan", "leads", "Brenton Institute")]),
    ("leads", "head-of-appos", "The head of the Brenton Institute, Marta Quinlan, said the results were strong.", [("Marta Quinlan", "leads", "Brenton Institute")]),
    ("leads", "poss-director", "Marta Quinlan, the Brenton Institute's director, said the results were strong.", [("Marta Quinlan", "leads", "Brenton Institute")]),
    ("leads", "chaired-by", "The Harbour Board, chaired by Marta Quinlan, met on Monday.", [("Marta Quinlan", "leads", "Harbour Board")]),
    # employs / part-of: a person at an organisation (gold: "X employs|part-of Y", "Y part-of X" optional)
    ("employs", "name-of", "Dr Ann Lee of the Brenton Institute said the data were clear.", [("Brenton Institute", "employs|part-of", "Ann Lee"), ("Ann Lee", "part-of", "Brenton Institute")]),
    ("employs", "appos-at", "Ann Lee, a researcher at the Brenton Institute, said the data were clear.", [("Brenton Institute", "employs|part-of", "Ann Lee"), ("Ann Lee", "part-of", "Brenton Institute")]),
    ("employs", "title-name", "Brenton Institute spokesperson Tom Hale said the data were clear.", [("Brenton Institute", "employs|part-of", "Tom Hale"), ("Tom Hale", "part-of", "Brenton Institute")]),
    ("employs", "analyst-at", "Tom Hale, an analyst at Kellner Bank, said the deal was too expensive.", [("Kellner Bank", "employs|part-of", "Tom Hale"), ("Tom Hale", "part-of", "Kellner Bank")]),
    ("employs", "staff-at", "Drivers at Varden Logistics went on strike on Monday.", [("Varden Logistics", "employs", "drivers")]),
    ("employs", "poss-staff", "Varden Logistics's drivers went on strike on Monday.", [("Varden Logistics", "employs", "drivers")]),
    # part-of between organisations (gold: parent owns subsidiary; subsidiary part-of parent optional)
    ("part-of", "subsidiary", "Orrin Foods, a subsidiary of Castlemere Holdings, said sales had risen.", [("Castlemere Holdings", "owns", "Orrin Foods"), ("Orrin Foods", "part-of", "Castlemere Holdings")]),
    ("part-of", "division", "Orrin Energy, a division of Castlemere Holdings, said sales had risen.", [("Orrin Energy", "part-of", "Castlemere Holdings"), ("Castlemere Holdings", "owns", "Orrin Energy")]),
    ("part-of", "member-of", "Kestrel College, a member of the Northern Universities Alliance, said fees would rise.", [("Kestrel College", "part-of|participates-in", "Northern Universities Alliance")]),
    ("part-of", "poss-subsidiary", "Castlemere Holdings's subsidiary Orrin Foods said sales had risen.", [("Castlemere Holdings", "owns", "Orrin Foods"), ("Orrin Foods", "part-of", "Castlemere Holdings")]),
    # owns
    ("owns", "owned-by-appos", "The Tarn Valley Railway, owned by Castlemere Holdings, carried a million passengers last year.", [("Castlemere Holdings", "owns", "Tarn Valley Railway")]),
    ("owns", "x-owned", "The Castlemere-owned Tarn Valley Railway carried a million passengers last year.", [("Castlemere", "owns", "Tarn Valley Railway")]),
    ("owns", "parent-company", "The Tarn Valley Railway's parent company, Castlemere Holdings, said fares would rise.", [("Castlemere Holdings", "owns", "Tarn Valley Railway")]),
    ("owns", "owner-of", "Castlemere Holdings, the owner of the Tarn Valley Railway, said fares would rise.", [("Castlemere Holdings", "owns", "Tarn Valley Railway")]),
    # acquires
    ("acquires", "poss-acquisition", "Norvex Group's acquisition of Pellham Foods was approved on Monday.", [("Norvex Group", "acquires", "Pellham Foods")]),
    ("acquires", "takeover-by", "The takeover of Pellham Foods by Norvex Group was approved on Monday.", [("Norvex Group", "acquires", "Pellham Foods")]),
    ("acquires", "purchase-by", "The purchase of Pellham Foods by Norvex Group was completed in May.", [("Norvex Group", "acquires", "Pellham Foods")]),
    ("acquires", "bought-by-appos", "Pellham Foods, bought by Norvex Group in 2019, said sales had risen.", [("Norvex Group", "acquires", "Pellham Foods")]),
    # funds
    ("funds", "with-funding-from", "With funding from the Halvorsen Foundation, the Riverside Literacy Project trained 200 tutors.", [("Halvorsen Foundation", "funds", "Riverside Literacy Project")]),
    ("funds", "grant-from", "The Riverside Literacy Project received a grant from the Halvorsen Foundation.", [("Halvorsen Foundation", "funds|provides", "Riverside Literacy Project"), ("Halvorsen Foundation", "funds|provides", "grant")]),
    ("funds", "x-funded", "The Halvorsen-funded Riverside Literacy Project trained 200 tutors.", [("Halvorsen", "funds", "Riverside Literacy Project")]),
    ("funds", "funded-by-grant", "The Riverside Literacy Project is funded by a grant from the Halvorsen Foundation.", [("Halvorsen Foundation", "funds", "Riverside Literacy Project")]),
    ("funds", "poss-funding", "The Halvorsen Foundation's funding of the Riverside Literacy Project ended in May.", [("Halvorsen Foundation", "funds", "Riverside Literacy Project")]),
    ("funds", "money-from", "The Riverside Literacy Project used money from the Halvorsen Foundation to hire tutors.", [("Halvorsen Foundation", "funds", "Riverside Literacy Project")]),
    # cooperates-with (symmetric)
    ("cooperates-with", "partnership-between", "A partnership between Dunmore University and the Marsh Institute will study coastal erosion.", [("Dunmore University", "cooperates-with", "Marsh Institute")]),
    ("cooperates-with", "in-partnership", "In partnership with the Marsh Institute, Dunmore University will study coastal erosion.", [("Dunmore University", "cooperates-with", "Marsh Institute")]),
    ("cooperates-with", "poss-collaboration", "Dunmore University's collaboration with the Marsh Institute began in 2019.", [("Dunmore University", "cooperates-with", "Marsh Institute")]),
    ("cooperates-with", "joint-venture", "A joint venture of Kestrel Motors and Arden Cells will build batteries in Coventry.", [("Kestrel Motors", "cooperates-with", "Arden Cells")]),
    ("cooperates-with", "partner-appos", "Dunmore University and its partner, the Marsh Institute, will study coastal erosion.", [("Dunmore University", "cooperates-with", "Marsh Institute")]),
    # located-in
    ("located-in", "based-in", "Varden Logistics, based in Leeds, employs about 400 drivers.", [("Varden Logistics", "located-in", "Leeds")]),
    ("located-in", "x-based", "The Leeds-based Varden Logistics employs about 400 drivers.", [("Varden Logistics", "located-in", "Leeds")]),
    ("located-in", "noun-in", "The Varden warehouse in Leeds employs about 400 drivers.", [("warehouse", "located-in", "Leeds")]),
    ("located-in", "headquarters-in", "Varden Logistics's headquarters in Leeds will close next year.", [("Varden Logistics", "located-in", "Leeds"), ("headquarters", "located-in", "Leeds")]),
    ("located-in", "appos-place-noun", "Varden Logistics, a Leeds company, employs about 400 drivers.", [("Varden Logistics", "located-in", "Leeds")]),
    # instance-of
    ("instance-of", "appos", "The Marlow Trust, a charity, said rents were rising.", [("Marlow Trust", "instance-of", "charity")]),
    ("instance-of", "desc-name", "The housing charity Kestrel Homes said rents were rising.", [("Kestrel Homes", "instance-of", "charity")]),
    ("instance-of", "such-as", "Charities such as the Marlow Trust have warned that rents are rising.", [("Marlow Trust", "instance-of", "charit")]),
    ("instance-of", "including", "Several charities, including the Marlow Trust, have warned that rents are rising.", [("Marlow Trust", "instance-of", "charit")]),
    ("instance-of", "copula", "The Marlow Trust is a charity that builds homes.", [("Marlow Trust", "instance-of", "charity")]),
    # opposes
    ("opposes", "poss-opposition", "The British Medical Association's opposition to the proposed fee surprised ministers.", [("British Medical Association", "opposes", "fee")]),
    ("opposes", "critics-such-as", "Critics of the proposed fee, such as the British Medical Association, say it is unfair.", [("British Medical Association", "opposes", "fee")]),
    ("opposes", "criticism-from", "The proposed fee has drawn criticism from the British Medical Association.", [("British Medical Association", "opposes", "fee")]),
    ("opposes", "opponent-of", "The British Medical Association, a fierce opponent of the proposed fee, called for a vote.", [("British Medical Association", "opposes", "fee")]),
    # supports
    ("supports", "with-backing", "With the backing of the Marlow Trust, the Kestrel Housing Association built 40 homes.", [("Marlow Trust", "supports", "Kestrel Housing Association")]),
    ("supports", "supporter-of", "The Marlow Trust, a long-time supporter of the Kestrel Housing Association, called for a vote.", [("Marlow Trust", "supports", "Kestrel Housing Association")]),
    ("supports", "support-from", "The Kestrel Housing Association received support from the Marlow Trust.", [("Marlow Trust", "supports|provides", "Kestrel Housing Association")]),
    ("supports", "poss-support", "The Marlow Trust's support for the Kestrel Housing Association ended in May.", [("Marlow Trust", "supports", "Kestrel Housing Association")]),
    # regulates
    ("regulates", "regulator-of-appos", "The regulator of payday lenders, the Financial Conduct Authority, said fees would fall.", [("Financial Conduct Authority", "regulates", "lenders")]),
    ("regulates", "watchdog-appos", "The Financial Conduct Authority, the watchdog for payday lenders, said fees would fall.", [("Financial Conduct Authority", "regulates", "lenders")]),
    ("regulates", "poss-oversight", "The Financial Conduct Authority's oversight of payday lenders was criticised by MPs.", [("Financial Conduct Authority", "regulates", "lenders")]),
    # establishes
    ("establishes", "founder-appos", "Joseph Kariuki, the founder of the Amara Foundation, said the results were strong.", [("Joseph Kariuki", "establishes", "Amara Foundation")]),
    ("establishes", "poss-founder", "The Amara Foundation's founder, Joseph Kariuki, said the results were strong.", [("Joseph Kariuki", "establishes", "Amara Foundation")]),
    ("establishes", "founded-by", "The Amara Foundation, founded by Joseph Kariuki in 2004, said the results were strong.", [("Joseph Kariuki", "establishes", "Amara Foundation")]),
]

def norm(x):
    return " ".join(x.lower().replace("the ", "").split())

def main():
    binary = sys.argv[1]
    show = None
    if "--show" in sys.argv:
        show = sys.argv[sys.argv.index("--show") + 1]
    d = tempfile.mkdtemp(prefix="gridn")
    names = []
    for rel, cname, text, acc in CASES:
        name = f"{rel}__{cname}"
        assert name not in names, name
        names.append(name)
        with open(os.path.join(d, name + ".txt"), "w") as f:
            f.write(text + "\n")
    out = os.path.join(d, "g.json")
    files = sorted(os.path.join(d, n + ".txt") for n in names)
    r = subprocess.run([binary, "-q", "build"] + files + ["-o", out], capture_output=True, text=True)
    if r.returncode: sys.exit(r.stderr[:2000])
    g = json.load(open(out))
    N = {n["id"]: n for n in g["nodes"]}
    edges_by_doc = collections.defaultdict(list)
    for e in g["edges"]:
        docs = set()
        for ev in e.get("evidence", []):
            docs.add(os.path.basename(str(ev.get("document", ev.get("doc", "")))).replace(".txt", ""))
        for dd in docs:
            edges_by_doc[dd].append((N[e["source"]]["label"], e["relation"], N[e["target"]]["label"], e.get("negated", False), e.get("modality", "")))
    per_r = collections.Counter(); tot_r = collections.Counter()
    fails = []; passed = []
    for rel, cname, text, acc in CASES:
        name = f"{rel}__{cname}"
        es = edges_by_doc.get(name, [])
        def ok(s, rels, o):
            for (a, r, b, neg, mod) in es:
                if neg or r not in rels.split("|"):
                    continue
                if norm(s) in norm(a) and norm(o) in norm(b):
                    return True
                if r in SYM and norm(o) in norm(a) and norm(s) in norm(b):
                    return True
            return False
        good = any(ok(*c) for c in acc)
        tot_r[rel] += 1
        if good:
            per_r[rel] += 1; passed.append(name)
        else:
            fails.append((name, text, es))
    total = sum(per_r.values())
    print(f"grid-nouns: {total}/{len(CASES)} ({100.0 * total / len(CASES):.1f}%)")
    print("by relation: " + ", ".join(f"{r} {per_r[r]}/{tot_r[r]}" for r in tot_r))
    if "--pass" in sys.argv:
        print("PASS " + " ".join(passed))
    if "--fail" in sys.argv or show:
        for name, text, es in fails:
            if show and show not in name.split("__"):
                continue
            print(f"FAIL {name}: {text}")
            for e in es:
                print("     ", " | ".join(str(x) for x in e))

main()
