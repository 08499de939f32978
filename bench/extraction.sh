#!/usr/bin/env bash
# Extraction quality and speed: kg-eval on the seed article (and on our own test articles with
# gold files in tests/data/articles), CaRB on the dev split, and sentences/s of `build` against
# `parse` alone. Needs ../shared.  Usage: bench/extraction.sh [path/to/claimgraph]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$here/build/claimgraph}
shared=${CLAIMGRAPH_SHARED:-$here/../shared}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "== kg-eval"
"$bin" -q build "$here/examples/china-education-cooperation.txt" -o "$tmp/seed.json"
printf 'seed: '
"$shared/tools/kg-eval" "$tmp/seed.json" "$shared/gold/seed-education.tsv" \
  --actors "$shared/gold/seed-education.actors.tsv" --quiet
for gold in "$here"/tests/data/articles/*.tsv; do
  case "$gold" in *.actors.tsv) continue ;; esac
  art=${gold%.tsv}.txt
  [ -f "$art" ] || continue
  "$bin" -q build "$art" -o "$tmp/a.json"
  actors=${gold%.tsv}.actors.tsv
  printf '%s: ' "$(basename "${art%.txt}")"
  if [ -f "$actors" ]; then
    "$shared/tools/kg-eval" "$tmp/a.json" "$gold" --actors "$actors" --quiet
  else
    "$shared/tools/kg-eval" "$tmp/a.json" "$gold" --quiet
  fi
done

echo "== CaRB dev"
"$bin" -q openie "$shared/data/carb/dev.txt" -o "$tmp/carb.tsv"
"$shared/tools/carb-score" --gold "$shared/data/carb/dev-gold.tsv" --system "$tmp/carb.tsv" | tail -1
"$shared/tools/carb-score" --gold "$shared/data/carb/dev-gold.tsv" --system "$tmp/carb.tsv" \
  --single-match | tail -1 | sed 's/^/single-match: /'

echo "== speed: build vs parse on the CaRB sentences x20 (one document)"
for i in $(seq 20); do cat "$shared/data/carb/dev.txt"; echo; done > "$tmp/big.txt"
sentences=$(( $(grep -c . "$tmp/big.txt") ))
t_parse=$( { /usr/bin/time -f %e "$bin" -q parse "$tmp/big.txt" > /dev/null; } 2>&1 | tail -1)
t_build=$( { /usr/bin/time -f %e "$bin" -q build "$tmp/big.txt" -o "$tmp/big.json"; } 2>&1 | tail -1)
echo "sentences=$sentences parse=${t_parse}s build=${t_build}s"
python3 -c "s=$sentences; p=$t_parse; b=$t_build; print(f'parse {s/p:.0f} sentences/s, build {s/b:.0f} sentences/s, build/parse time {b/p:.2f}x')"
