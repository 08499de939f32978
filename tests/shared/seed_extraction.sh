#!/usr/bin/env bash
# The seed article scored by kg-eval against its gold claims; fails below a floor set well under
# the measured figures (bench/README.md), so a broken extractor fails but small changes do not.
set -euo pipefail
bin=$1 src=$2
shared=${CLAIMGRAPH_SHARED:-$src/../shared}
if [ ! -x "$shared/tools/kg-eval" ]; then
  echo "skipped: $shared/tools/kg-eval not found (needs ../shared)"; exit 77
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$bin" -q build "$src/examples/china-education-cooperation.txt" -o "$tmp/seed.json"
line=$("$shared/tools/kg-eval" "$tmp/seed.json" "$shared/gold/seed-education.tsv" \
  --actors "$shared/gold/seed-education.actors.tsv" --quiet | tail -1)
echo "$line"
python3 - "$line" <<'PY'
import re, sys
line = sys.argv[1]
f1 = float(re.search(r"F1=([0-9.]+)", line).group(1))
types = float(re.search(r"types=([0-9.]+)", line).group(1))
ok = f1 >= 0.60 and types >= 0.85
print("floor F1>=0.60 types>=0.85:", "ok" if ok else "FAILED")
sys.exit(0 if ok else 1)
PY
