#!/usr/bin/env bash
# Corpus-scale build benchmark: claimgraph `build` (parse, claims, graph, JSON output) on 1 MB,
# 10 MB and the whole ~30 MB corpus of Debian documentation prose, with -j 1 and -j 2, and
# wink-nlp (tokenize, sentence-split, tag, entities) on the same files in the same run. The row
# claimgraph-tag is the like-for-like one: claimgraph's own tokenize, split and tag stages alone
# (`parse --until tag` on the files' text, one thread), with no parse, claims or graph.
#
#   bench/corpus.sh [build/claimgraph]        (as root, or with the packages already installed)
#
# Installs debian-handbook, python3.11-doc and linux-doc-6.1 (apt) and wink-nlp with its English
# model (npm, into the work directory, not the project tree), extracts prose with make_corpus.py,
# and prints a table: wall time, tokens/s and peak RSS (/usr/bin/time -v) per run; medians of
# REPEAT runs (default 3) for 1 MB and 10 MB, one run for the whole corpus.
# Env: CLAIMGRAPH_BENCH_DIR (default /tmp/claimgraph-bench), REPEAT, SIZES (default "1 10 all").
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=$(realpath "${1:-$here/../build/claimgraph}")
work=${CLAIMGRAPH_BENCH_DIR:-/tmp/claimgraph-bench}
repeat=${REPEAT:-3}
sizes=${SIZES:-"1 10 all"}
mkdir -p "$work"

pkgs=(debian-handbook python3.11-doc linux-doc-6.1 time bc)
missing=()
for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
command -v npm >/dev/null || { echo "corpus.sh: needs node and npm for wink-nlp" >&2; exit 77; }
if [ ! -d "$work/wink/node_modules/wink-eng-lite-web-model" ]; then
    mkdir -p "$work/wink"
    (cd "$work/wink" && npm init -y >/dev/null && npm install --no-audit --no-fund wink-nlp wink-eng-lite-web-model >/dev/null)
fi
cp "$here/wink_tag.js" "$work/wink/"
[ -d "$work/corpus" ] || python3 "$here/make_corpus.py" "$work/corpus" 40

# Subsets: files in a fixed pseudo-random order (by the hash of their names, so every source is
# represented), taken until the size is reached.
python3 - "$work" $sizes <<'PY'
import hashlib, os, sys
work, sizes = sys.argv[1], sys.argv[2:]
names = sorted(os.listdir(f"{work}/corpus"), key=lambda n: hashlib.md5(n.encode()).hexdigest())
paths = [f"{work}/corpus/{n}" for n in names]
for size in sizes:
    limit = float("inf") if size == "all" else int(size) * 1_000_000
    total, chosen = 0, []
    for p in paths:
        if total >= limit:
            break
        chosen.append(p)
        total += os.path.getsize(p)
    with open(f"{work}/{size}.files", "w") as f:
        f.write("".join(p + "\n" for p in chosen))
PY

median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
# run NAME TOKENS_CMD command...: one measured run; prints "wall_s rss_mb tokens"
measure() {
    local log=$work/time.log out=$work/out.log
    /usr/bin/time -v "$@" > "$out" 2> "$log" || { cat "$log" >&2; exit 1; }
    local wall rss tokens
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$log")
    rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$log")
    cpu=$(awk -F': ' '/User time|System time/ {s+=$2} END {printf "%.2f", s}' "$log")
    tokens=$(grep -ohE '[0-9]+ tokens,' "$log" "$out" | head -1 | cut -d' ' -f1)  # the summary's count, not a warning's limit
    [ -n "$tokens" ] || tokens=$(awk -F'\t' '$1 == "timing" && $2 == "tokens" {print $3}' "$log")
    echo "$wall $rss ${tokens:-0} $cpu"
}

printf '%-6s %-14s %6s %8s %8s %10s %8s %7s %9s\n' size tool MB "wall s" "CPU s" tokens/s "MB/CPU s" "RSS MB" "graph MB"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
for mb in $sizes; do
    list=$work/$mb.files
    bytes=$(xargs -d '\n' cat < "$list" | wc -c)
    runs=$repeat
    [ "$mb" = all ] && runs=1
    for tool in claimgraph-j1 claimgraph-j2 claimgraph-tag wink; do
        walls=() rsss=() cpus=() tokens=0 graph=0
        for ((i = 0; i < runs; i++)); do
            case $tool in
                claimgraph-j1) r=$(measure "$bin" build -j 1 -o "$work/graph.json" --name bench $(cat "$list")) ;;
                claimgraph-j2) r=$(measure "$bin" build -j 2 -o "$work/graph.json" --name bench $(cat "$list")) ;;
                claimgraph-tag) r=$(measure bash -c 'xargs -d "\n" cat < "$1" | "$2" parse --until tag --timing --max-document-bytes 4000000000 -o /dev/null -' tag "$list" "$bin") ;;
                wink) r=$(measure node "$work/wink/wink_tag.js" "$list") ;;
            esac
            read -r w m t c <<< "$r"
            walls+=("$w") rsss+=("$m") cpus+=("$c") tokens=$t
            case $tool in claimgraph-j*) graph=$(stat -c %s "$work/graph.json") ;; esac
            echo "  $mb $tool run $((i + 1)): ${w}s wall ${c}s CPU ${m}MB $t tokens (load $(cut -d' ' -f1 /proc/loadavg))" >&2
        done
        w=$(printf '%s\n' "${walls[@]}" | median)
        m=$(printf '%s\n' "${rsss[@]}" | median)
        c=$(printf '%s\n' "${cpus[@]}" | median)
        printf '%-6s %-14s %6.1f %8.2f %8.2f %10.0f %8.3f %7s %9.1f\n' "$mb" "$tool" "$(echo "$bytes / 1000000" | bc -l)" \
            "$w" "$c" "$(echo "$tokens / $w" | bc -l)" "$(echo "$bytes / 1000000 / $c" | bc -l)" "$m" "$(echo "$graph / 1000000" | bc -l)"
    done
done
