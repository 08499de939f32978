#!/usr/bin/env bash
# Every test article (tests/data/articles) scored by kg-eval against its gold claims and actor types,
# compared with the figures recorded in tests/data/articles/scores.tsv. Extraction is deterministic,
# so an article that scores lower than its record is a regression and fails the test; one that scores
# higher passes with a note to raise its record:
#   bash tests/shared/article_extraction.sh build/claimgraph . --update   rewrites scores.tsv
set -euo pipefail
bin=$1 src=$2 mode=${3:-check}
shared=${CLAIMGRAPH_SHARED:-$src/../shared}
if [ ! -x "$shared/tools/kg-eval" ]; then
  echo "skipped: $shared/tools/kg-eval not found (needs ../shared)"; exit 77
fi
dir=$src/tests/data/articles record=$src/tests/data/articles/scores.tsv
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# Two articles at a time (ARTICLE_JOBS): the test is the longest of the suite, and ctest often
# runs it alone at the end. Each article's line goes to its own file; they are read in name order.
score_one() {
  local name=$1 line
  "$bin" -q build -j 1 "$dir/$name.txt" -o "$tmp/$name.json" ||
    { echo "FAILED $name: $bin build exited $?" >&2; return 1; }
  line=$("$shared/tools/kg-eval" "$tmp/$name.json" "$dir/$name.tsv" --actors "$dir/$name.actors.tsv" --quiet | tail -1)
  printf '%s\t%s\n' "$name" "$line" > "$tmp/$name.score"
}
export -f score_one
export bin dir tmp shared
for gold in "$dir"/*.tsv; do
  case $gold in *.actors.tsv|*/scores.tsv) continue ;; esac
  basename "${gold%.tsv}"
done | xargs -P "${ARTICLE_JOBS:-2}" -I{} bash -c 'set -euo pipefail; score_one "$1"' _ {} ||
  { echo "FAILED: an article could not be built or scored (above)"; exit 1; }
cat "$tmp"/*.score > "$tmp/scores"
python3 - "$tmp/scores" "$record" "$mode" <<'PY'
import os, re, sys
scores_path, record_path, mode = sys.argv[1:4]
now = {}
for row in open(scores_path, encoding="utf-8"):
    name, line = row.rstrip("\n").split("\t", 1)
    f1 = re.search(r"F1=([0-9.]+)", line)
    types = re.search(r"types=([0-9.]+)", line)
    if not f1 or not types:
        sys.exit(f"{name}: kg-eval printed no F1/types figures: {line!r}")
    now[name] = (float(f1.group(1)), float(types.group(1)), line)
if mode == "--update":
    tmp = record_path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as out:
        out.write("# article\tclaim F1\ttypes  (written by tests/shared/article_extraction.sh --update)\n")
        for name in sorted(now):
            out.write(f"{name}\t{now[name][0]:.3f}\t{now[name][1]:.2f}\n")
    os.replace(tmp, record_path)
    mean = sum(v[0] for v in now.values()) / len(now)
    print(f"{record_path}: {len(now)} articles, mean claim F1 {mean:.3f}")
    sys.exit(0)
record = {}
for n, row in enumerate(open(record_path, encoding="utf-8"), 1):
    if row.startswith("#") or not row.strip():
        continue
    cols = row.rstrip("\n").split("\t")
    if len(cols) != 3:
        sys.exit(f"{record_path}:{n}: expected 3 tab-separated columns, got {len(cols)}")
    record[cols[0]] = (float(cols[1]), float(cols[2]))
failed = 0
for name in sorted(set(now) | set(record)):
    if name not in record:
        print(f"FAILED {name}: no record in {record_path} (run with --update)"); failed += 1; continue
    if name not in now:
        print(f"FAILED {name}: recorded but its article or gold is missing"); failed += 1; continue
    f1, types, line = now[name]
    rf1, rtypes = record[name]
    worse = f1 < rf1 - 0.0005 or types < rtypes - 0.005
    better = f1 > rf1 + 0.0005 or types > rtypes + 0.005
    status = "FAILED (below record)" if worse else ("improved: raise the record" if better else "ok")
    print(f"{name}: F1 {f1:.3f} (record {rf1:.3f}) types {types:.2f} (record {rtypes:.2f}) {status}")
    failed += worse
mean = sum(v[0] for v in now.values()) / len(now)
print(f"{len(now)} articles, mean claim F1 {mean:.3f}; {failed} below record")
sys.exit(1 if failed else 0)
PY
