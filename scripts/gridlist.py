#!/usr/bin/env python3
"""Rewrite the known-failure lists of the three extraction grids from the tests' own report.

usage: scripts/gridlist.py [verb|noun|polarity ...]   (from the worktree root, after building build/tests/claimgraph_tests)

The verb grid (tests/extract/test_construction_grid.cpp, tag [grid]), the noun grid
(tests/extract/test_noun_grid.cpp, tag [noun-grid]) and the polarity grid
(tests/extract/test_polarity_grid.cpp, tag [polarity-grid]) each list the cells that fail today in
kKnownFailures and fail both when a cell breaks and when one is mended. After a change that mends
or breaks cells on purpose, run this script: it runs each grid, takes the mended cells off its
list and puts the newly failing ones on, rewrites the count in the comment above the list
("relation/construction" (N of TOTAL)), and prints what moved. Then rebuild and rerun the tests.
With no argument all three grids are rewritten."""
import re
import subprocess
import sys

GRIDS = {
    "verb": ("tests/extract/test_construction_grid.cpp", "[grid]", 738),
    "noun": ("tests/extract/test_noun_grid.cpp", "[noun-grid]", 65),
    "polarity": ("tests/extract/test_polarity_grid.cpp", "[polarity-grid]", 162),
}
BINARY = "build/tests/claimgraph_tests"


def rewrite(path, tag, total):
    s = open(path).read()
    m = re.search(r"const std::set<std::string> kKnownFailures = \{\n(.*?)\};", s, re.S)
    known = set(re.findall(r'"([^"]+)"', m.group(1)))
    out = subprocess.run([BINARY, tag], capture_output=True, text=True).stdout

    def grab(name):
        # Catch prints the list on the line after "with expansion:", wrapped at 80 columns with
        # two spaces of indent, and then "== {  }" on the same line or the next
        mm = re.search(r"CHECK\( " + name + r" == .*?with expansion:\n(.*?)==\s*\{\s*\}", out, re.S)
        return set(re.findall(r'"([^"]+)"', mm.group(1).replace("\n  ", ""))) if mm else set()

    new, mended = grab("newly_failing"), grab("mended")
    known = (known - mended) | new
    items = sorted(known)
    lines, cur = [], "    "
    for it in items:
        tok = '"%s", ' % it
        if len(cur) + len(tok) > 112:
            lines.append(cur.rstrip())
            cur = "    "
        cur += tok
    if cur.strip():
        lines.append(cur.rstrip())
    body = "".join(line + "\n" for line in lines)
    s = s[: m.start()] + "const std::set<std::string> kKnownFailures = {\n" + body + "};" + s[m.end():]
    s = re.sub(r'"relation/construction" \(\d+ of %d\)' % total,
               '"relation/construction" (%d of %d)' % (len(items), total), s)
    open(path, "w").write(s)
    print("%s: known failures %d of %d; mended: %s; new: %s" % (path, len(items), total, sorted(mended), sorted(new)))


def main():
    which = sys.argv[1:] or list(GRIDS)
    for w in which:
        if w not in GRIDS:
            sys.exit("unknown grid %r (verb, noun or polarity)" % w)
        rewrite(*GRIDS[w])


main()
