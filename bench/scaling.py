#!/usr/bin/env python3
"""Superlinear time in one long document (session 14).

    python3 bench/scaling.py [build/claimgraph] [--sizes 0.5,2] [--only PATTERN,...] [--keep DIR]
                             [--timeout SECONDS]

Generates one single document per pattern and size from a seeded generator (names, places and
numbers vary, so the text is not one sentence repeated), runs `claimgraph build -j 1 -q` on each
under /usr/bin/time and prints user seconds per size and the ratio of the largest to the
smallest. Linear time gives about the ratio of the sizes (4x for 0.5 and 2 MB); a ratio above
1.5 times that (6x) is flagged. A run over --timeout (default 300 s) is reported as such.
--keep DIR keeps the generated documents and graphs (DIR/PATTERN-SIZE.txt, .json).
"""
import argparse
import os
import random
import subprocess
import sys
import tempfile

FIRST = ("Anna Bruno Carla Daniel Elena Farid Greta Hassan Irene Jonas Kemal Lucia Marek Nadia "
         "Oscar Priya Rafael Sofia Tomas Ursula Viktor Wanda Yusuf Zofia Amir Bettina Cyrus "
         "Dalia Emil Fatima Gustav Helga Ivan Julia Karim Lena Mateo Nora Omar Paula").split()
LAST = ("Abbott Becker Castillo Duarte Eriksen Fischer Gallo Hartmann Ibarra Jensen Kowalski "
        "Lindqvist Moreau Nakamura Okafor Petrov Quintero Rossi Schulz Tanaka Urban Vasquez "
        "Weber Xu Yilmaz Zielinski Adler Brandt Conti Dietrich Ekstrom Ferreira Gruber Horvat "
        "Ivanova Jovanovic Keller Lorenz Marino Novak").split()
PLACES = ("Kenya Peru Norway Vietnam Ghana Chile Poland Egypt Canada Brazil India Japan Mexico "
          "Spain Turkey Nigeria Sweden Morocco Colombia Indonesia").split()
CITIES = ("Nairobi Lima Oslo Hanoi Accra Santiago Warsaw Cairo Toronto Recife Pune Osaka "
          "Monterrey Seville Izmir Lagos Malmo Rabat Medellin Surabaya").split()
ORG_WORDS = ("Water Energy Health Transport Education Farming Housing Trade Mining Forestry "
             "Fisheries Aviation Shipping Research Finance Culture Tourism Labour Science "
             "Planning").split()
ORG_KINDS = "Agency Authority Council Institute Foundation Commission Board Bureau Trust Fund".split()
COMPANY_TAIL = "Holdings Group Systems Industries Partners Networks Labs Motors Foods Capital".split()
VERBS_PAST = ("criticised praised funded sued hired supported blamed thanked accused joined "
              "advised warned acquired met visited").split()
VERBS_PRES = "funds supports criticises advises owns hires sues praises".split()
OBJ_NOUNS = "schools clinics roads farms ports wells bridges libraries markets hospitals".split()
PLURALS = ("Researchers Farmers Teachers Doctors Nurses Miners Fishermen Students Officials "
           "Engineers Workers Traders Pilots Lawyers Bankers").split()


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.n = 0

    def pick(self, xs):
        return self.r.choice(xs)

    def person(self):
        return f"{self.pick(FIRST)} {self.pick(LAST)}"

    def distinct_person(self):
        # distinct across the document: a counter turned into a made-up surname suffix
        self.n += 1
        return f"{self.pick(FIRST)} {self.pick(LAST)}{self.syll(self.n)}"

    def syll(self, k):
        s = ""
        sy = ["ba", "ko", "ri", "ne", "lu", "ta", "mi", "so", "de", "va"]
        while True:
            s += sy[k % 10]
            k //= 10
            if k == 0:
                return s

    def org(self):
        return f"{self.pick(ORG_WORDS)} {self.pick(ORG_KINDS)}"

    def company(self):
        return f"{self.pick(LAST)} {self.pick(COMPANY_TAIL)}"

    def num(self):
        return self.r.randint(2, 950)


# Each pattern returns one paragraph (a few sentences) of prose; the document repeats calls.
def p_pronouns(g):
    a, b = g.person(), g.person()
    return (f"{a} said that he had visited {g.pick(CITIES)}. He told reporters that it was "
            f"worth it. {b} said she agreed with him, and they both praised it. "
            f"She said they would return, and he said it would take {g.num()} days.")


def p_distinct_names(g):
    return (f"{g.distinct_person()} met {g.distinct_person()} in {g.pick(CITIES)} on Monday. "
            f"{g.distinct_person()} of the {g.pick(LAST)}{g.syll(g.r.randint(0, 99999))} Group "
            f"{g.pick(VERBS_PAST)} {g.distinct_person()}.")


def p_same_names(g):
    names = ["Angela Merkel", "Emmanuel Macron", "Olaf Scholz", "Joe Biden", "Xi Jinping"]
    a, b = g.r.sample(names, 2)
    return (f"{a} {g.pick(VERBS_PAST)} {b} in {g.pick(CITIES)}. "
            f"{b} {g.pick(VERBS_PAST)} {a} over {g.num()} {g.pick(OBJ_NOUNS)}.")


def p_surnames(g):
    first, last = g.pick(FIRST), g.pick(LAST) + g.syll(g.r.randint(0, 9999))
    other = g.person()
    return (f"{first} {last}, a lawyer, {g.pick(VERBS_PAST)} {other}. {last} said the case "
            f"was about {g.num()} {g.pick(OBJ_NOUNS)}. Later {last} {g.pick(VERBS_PAST)} "
            f"{other.split()[1]}.")


def p_acronyms(g):
    w1, w2, k = g.pick(ORG_WORDS), g.pick(ORG_WORDS), g.pick(ORG_KINDS)
    extra = g.syll(g.r.randint(0, 999)).capitalize()
    name = f"{extra} {w1} {w2} {k}"
    ac = "".join(x[0] for x in name.split()).upper()
    return (f"The {name} ({ac}) {g.pick(VERBS_PRES)} {g.pick(OBJ_NOUNS)} in {g.pick(PLACES)}. "
            f"The {ac} said it had spent {g.num()} million dollars. {g.person()} "
            f"{g.pick(VERBS_PAST)} the {ac}.")


def p_descriptions(g):
    c = g.company()
    return (f"{c} {g.pick(VERBS_PAST)} {g.company()} last year. The company said it would "
            f"hire {g.num()} workers. The firm {g.pick(VERBS_PRES)} {g.pick(OBJ_NOUNS)} in "
            f"{g.pick(PLACES)}, the company said.")


def p_appositions(g):
    return (f"{g.person()}, the chief executive of {g.company()}, {g.pick(VERBS_PAST)} "
            f"{g.person()}, a minister from {g.pick(PLACES)}. {g.company()}, a maker of "
            f"{g.pick(OBJ_NOUNS)}, {g.pick(VERBS_PAST)} {g.org()}.")


def p_coordination(g):
    items = [g.pick(PLACES) if g.r.random() < 0.5 else g.company() for _ in range(g.r.randint(8, 25))]
    return (f"{g.org()} {g.pick(VERBS_PAST)} " + ", ".join(items[:-1]) + f" and {items[-1]}.")


def p_quotes(g):
    return (f"\"We {g.pick(['will fund', 'support', 'oppose', 'welcome'])} the plan for "
            f"{g.num()} {g.pick(OBJ_NOUNS)},\" said {g.person()}, a spokesman for {g.org()}. "
            f"\"It is good for {g.pick(PLACES)},\" {g.person()} told reporters.")


def p_colon_lists(g):
    items = [g.company() for _ in range(g.r.randint(3, 8))]
    return (f"{g.org()} named its partners: " + ", ".join(items[:-1]) + f" and {items[-1]}.")


def p_headlines(g):
    return "\n".join([f"{g.pick(PLACES)} {g.pick(VERBS_PRES)} {g.pick(OBJ_NOUNS)}",
                      f"{g.person()} wins",
                      f"{g.company()}: {g.num()} jobs cut",
                      f"{g.org()} {g.pick(VERBS_PAST)} {g.company()}"])


def p_long_sentences(g):
    parts = []
    for _ in range(g.r.randint(20, 40)):
        parts.append(f"{g.person()} of {g.company()} {g.pick(VERBS_PAST)} {g.org()} in "
                     f"{g.pick(CITIES)}")
    return "; ".join(parts) + ", officials said."


def p_same_pair(g):
    v = g.pick(VERBS_PAST)
    return (f"Acme Holdings {v} the Water Agency in {g.pick(CITIES)} on {g.num()} occasions. "
            f"The Water Agency {g.pick(VERBS_PAST)} Acme Holdings.")


def p_distinct_pairs(g):
    return (f"{g.distinct_person()} {g.pick(VERBS_PAST)} {g.distinct_person()}. "
            f"{g.company()}{g.syll(g.r.randint(0, 99999))} {g.pick(VERBS_PAST)} "
            f"{g.distinct_person()}.")


def p_cap_plurals(g):
    a, b = g.pick(PLURALS), g.pick(PLURALS)
    return (f"{a} said that it had grown in {g.pick(PLACES)}. {b} said they were pleased. "
            f"Some {b.lower()} {g.pick(VERBS_PAST)} the {a}.")


def p_possessives(g):
    c = g.company()
    return (f"{c} said its profits rose {g.num()} percent. Its chief, {g.person()}, praised "
            f"their workers. The {g.pick(PLURALS).lower()} said their pay and its "
            f"{g.pick(OBJ_NOUNS)} in {g.pick(PLACES)} had improved.")


def p_headings(g):
    return (f"{g.pick(ORG_WORDS).upper()} {g.num()}\n\n{g.pick(ORG_WORDS)} and "
            f"{g.pick(ORG_WORDS)}\n\n{g.person()} {g.pick(VERBS_PAST)} {g.org()}.")


def p_mixed_news(g):
    a = g.person()
    last = a.split()[1]
    return (f"{a}, a spokesman for the {g.org()}, said on Tuesday that {g.company()} had "
            f"{g.pick(VERBS_PAST)} {g.pick(PLACES)}. {last} added that the agency would "
            f"{g.pick(['fund', 'support', 'advise'])} it. The minister, {g.person()}, "
            f"{g.pick(VERBS_PAST)} {last}.")


def p_locations(g):
    return (f"{g.org()} opened an office in {g.pick(CITIES)}, {g.pick(PLACES)}. "
            f"The office in {g.pick(CITIES)} {g.pick(VERBS_PRES)} {g.pick(OBJ_NOUNS)}.")


def p_reported_speech(g):
    return (f"According to {g.person()}, {g.company()} {g.pick(VERBS_PAST)} {g.company()}. "
            f"{g.org()} denied it, said {g.person()}, who {g.pick(VERBS_PAST)} them.")


PATTERNS = [
    ("pronouns", p_pronouns), ("distinct_names", p_distinct_names), ("same_names", p_same_names),
    ("surnames", p_surnames), ("acronyms", p_acronyms), ("descriptions", p_descriptions),
    ("appositions", p_appositions), ("coordination", p_coordination), ("quotes", p_quotes),
    ("colon_lists", p_colon_lists), ("headlines", p_headlines), ("long_sentences", p_long_sentences),
    ("same_pair", p_same_pair), ("distinct_pairs", p_distinct_pairs),
    ("cap_plurals", p_cap_plurals), ("possessives", p_possessives), ("headings", p_headings),
    ("mixed_news", p_mixed_news), ("locations", p_locations), ("reported_speech", p_reported_speech),
]


def generate(fn, size_bytes, seed):
    g = Gen(seed)
    out, n = [], 0
    while n < size_bytes:
        para = fn(g) + "\n\n"
        out.append(para)
        n += len(para.encode())
    return "".join(out)


def run(binary, doc, out, timeout):
    cmd = ["/usr/bin/time", "-f", "%U %M", "-o", out + ".time", "timeout", str(timeout),
           binary, "build", "-j", "1", "-q", doc, "-o", out]
    rc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
    with open(out + ".time") as f:
        last = f.read().strip().splitlines()[-1].split()
    try:
        user, mem = float(last[0]), int(last[1])
    except (ValueError, IndexError):
        user, mem = float("nan"), 0
    return rc, user, mem


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("binary", nargs="?", default="build/claimgraph")
    ap.add_argument("--sizes", default="0.5,2", help="document sizes in MB, comma-separated")
    ap.add_argument("--only", default="", help="comma-separated pattern names")
    ap.add_argument("--keep", default="", help="directory to keep documents and graphs in")
    ap.add_argument("--timeout", type=int, default=300)
    a = ap.parse_args()
    sizes = [float(s) for s in a.sizes.split(",")]
    only = set(filter(None, a.only.split(",")))
    work = a.keep or tempfile.mkdtemp(prefix="scaling-")
    os.makedirs(work, exist_ok=True)
    expect = sizes[-1] / sizes[0]
    print("pattern".ljust(16) + "".join(f"{s:>8g} MB" for s in sizes) + "   ratio")
    flagged = []
    for i, (name, fn) in enumerate(PATTERNS):
        if only and name not in only:
            continue
        times = []
        for s in sizes:
            doc = os.path.join(work, f"{name}-{s:g}.txt")
            with open(doc, "w") as f:
                f.write(generate(fn, int(s * 1_000_000), 1000 + i))
            rc, user, _ = run(a.binary, doc, os.path.join(work, f"{name}-{s:g}.json"), a.timeout)
            times.append((rc, user))
        cells = "".join(("  TIMEOUT" if rc == 124 else f"{u:>9.2f}" + ("!" if rc else "s"))
                        for rc, u in times)
        ratio = times[-1][1] / times[0][1] if times[0][1] > 0 else float("inf")
        bad = ratio > 1.5 * expect or any(rc == 124 for rc, _ in times)
        if bad:
            flagged.append(name)
        print(name.ljust(16) + cells + f"  {ratio:6.1f}x" + ("  <-- superlinear" if bad else ""),
              flush=True)
    print(f"linear would be ~{expect:g}x; flagged: {', '.join(flagged) or 'none'}")
    if not a.keep:
        subprocess.run(["rm", "-rf", work])
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
