#!/usr/bin/env bash
# Benchmark of `claimgraph query` against NetworkX and igraph on the same graph.
#
#   bench/bench_query.sh [CLAIMGRAPH] [DATA_DIR]
#
# CLAIMGRAPH  the claimgraph binary (default build/claimgraph)
# DATA_DIR    where the generated graph goes (default bench-data/; about 2 GB for the full size)
# Environment:
#   ACTORS, CLAIMS   graph size (default 1000000 and 5000000)
#   PEERS=0          skip NetworkX and igraph (they need minutes and up to ~17 GB of memory)
#   PEER_RUNS        which peer runs, as tool:input words (default all four: "networkx:json
#                    networkx:graphml igraph:graphml igraph:json"); NetworkX on the full GraphML
#                    needs over 22 GB and was killed by the OOM killer, so a shared machine may
#                    leave it out
#   CONVERT          command run as `$CONVERT IN.json -o OUT.graphml` (default "CLAIMGRAPH convert")
#
# For each input (JSON, GraphML) it runs `claimgraph query` under /usr/bin/time -v and reads the
# hidden --timing line (load / index / query / output milliseconds, each query in a fresh
# process), then runs bench/peers.py for NetworkX (JSON, GraphML) and igraph (GraphML, and
# json.load + Graph() since igraph reads no node-link JSON) under /usr/bin/time -v as well.
# Prints one TSV line per figure: tool, input, what, value, unit.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
CG="${1:-build/claimgraph}"
DATA="${2:-bench-data}"
ACTORS="${ACTORS:-1000000}"
CLAIMS="${CLAIMS:-5000000}"
PEERS="${PEERS:-1}"
CONVERT="${CONVERT:-$CG convert}"

[[ -x "$CG" ]] || { echo "bench_query.sh: no claimgraph binary at $CG" >&2; exit 2; }
[[ -x /usr/bin/time ]] || {
    echo "bench_query.sh: needs /usr/bin/time (apt-get install time)" >&2
    exit 2
}
mkdir -p "$DATA"
json="$DATA/g-$ACTORS-$CLAIMS.json"
graphml="$DATA/g-$ACTORS-$CLAIMS.graphml"

if [[ ! -s "$json" ]]; then
    echo "# generating $json" >&2
    python3 "$here/gen_graph.py" --actors "$ACTORS" --claims "$CLAIMS" --out "$json"
fi
convert_log=""
if [[ ! -s "$graphml" ]]; then
    echo "# converting to $graphml" >&2
    convert_log="$(mktemp)"
    /usr/bin/time -v $CONVERT "$json" -o "$graphml" 2>"$convert_log"
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

printf 'tool\tinput\twhat\tvalue\tunit\n'

# Peak memory (MiB), wall time and CPU time (user + system, s) from a /usr/bin/time -v log. On a
# shared machine the CPU time is the fairer figure: wall time also measures the neighbours.
peak_mib() { awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$1"; }
wall_s() {
    awk -F': ' '/Elapsed \(wall clock\)/ {
        n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]
        printf "%.2f", s }' "$1"
}
cpu_s() {
    awk -F': ' '/User time|System time/ {s += $2} END {printf "%.2f", s}' "$1"
}

# claimgraph: one process per query; the first query of each input gives load figures.
cg_query() {  # input-name file what args...
    local input="$1" file="$2" what="$3"
    shift 3
    local status=0
    /usr/bin/time -v "$CG" query "$file" "$@" --timing >"$tmp/out" 2>"$tmp/err" || status=$?
    if [[ $status -gt 1 ]]; then
        echo "bench_query.sh: claimgraph query $* failed ($status):" >&2
        grep -v '^\s' "$tmp/err" >&2
        return 0
    fi
    local line
    line="$(grep '^timing:' "$tmp/err")"
    local load index query output
    load="$(sed -E 's/.*load ([0-9.]+) ms.*/\1/' <<<"$line")"
    index="$(sed -E 's/.*index ([0-9.]+) ms.*/\1/' <<<"$line")"
    query="$(sed -E 's/.*query ([0-9.]+) ms.*/\1/' <<<"$line")"
    output="$(sed -E 's/.*output ([0-9.]+) ms.*/\1/' <<<"$line")"
    if [[ "$what" == load ]]; then
        printf 'claimgraph\t%s\tread\t%.0f\tms\n' "$input" "$load"
        printf 'claimgraph\t%s\tindex\t%.0f\tms\n' "$input" "$index"
        printf 'claimgraph\t%s\tprocess-wall\t%s\ts\n' "$input" "$(wall_s "$tmp/err")"
        printf 'claimgraph\t%s\tprocess-cpu\t%s\ts\n' "$input" "$(cpu_s "$tmp/err")"
        printf 'claimgraph\t%s\tpeak-memory\t%s\tMiB\n' "$input" "$(peak_mib "$tmp/err")"
    else
        printf 'claimgraph\t%s\t%s\t%.3f\tms\t(%s rows; output %.1f ms)\n' "$input" "$what" \
            "$query" "$(($(wc -l <"$tmp/out") - 1))" "$output"
    fi
}

if [[ -n "$convert_log" ]]; then
    printf 'claimgraph\tjson->graphml\tconvert-wall\t%s\ts\n' "$(wall_s "$convert_log")"
    printf 'claimgraph\tjson->graphml\tconvert-cpu\t%s\ts\n' "$(cpu_s "$convert_log")"
    printf 'claimgraph\tjson->graphml\tconvert-peak-memory\t%s\tMiB\n' "$(peak_mib "$convert_log")"
    rm -f "$convert_log"
fi

# Load figures through the CLI, one process per input (read, index, wall, peak memory).
cg_query json "$json" load claims --relation funds --limit 1
cg_query graphml "$graphml" load claims --relation funds --limit 1

# Query times: load once, run each query kind several times (library calls, as the CLI makes).
build_dir="$(cd "$(dirname "$CG")" && pwd)"
root="$(cd "$here/.." && pwd)"
timer="$tmp/query_timer"
g++ -O2 -std=c++20 -I"$root" "$here/query_timer.cpp" -o "$timer" \
    "$build_dir/libclaimgraph_query.a" "$build_dir/libclaimgraph_io.a" \
    "$build_dir/libclaimgraph_graph.a" "$build_dir/libclaimgraph_common.a" -lspdlog -lfmt
/usr/bin/time -v "$timer" "$json" 7 >"$tmp/timer" 2>"$tmp/err"
printf 'claimgraph\tjson\tquery-timer-peak-memory\t%s\tMiB\n' "$(peak_mib "$tmp/err")"
while IFS=$'\t' read -r what value unit rest; do
    printf 'claimgraph\tjson\t%s\t%s\t%s\t%s\n' "$what" "$value" "$unit" "$rest"
done <"$tmp/timer"

if [[ "$PEERS" != 0 ]]; then
    PEER_RUNS="${PEER_RUNS:-networkx:json networkx:graphml igraph:graphml igraph:json}"
    for run in $PEER_RUNS; do
        tool="${run%%:*}" fmt="${run#*:}"
        file="$json"
        [[ "$fmt" == graphml ]] && file="$graphml"
        set -- "$tool" "$fmt" "$file"
        /usr/bin/time -v /usr/bin/python3 "$here/peers.py" "$1" "$2" "$3" n5 funds \
            >"$tmp/out" 2>"$tmp/err" || { cat "$tmp/err" >&2; continue; }
        while read -r tool fmt what value; do
            ms="$(awk "BEGIN{print $value * 1000}")"
            case "$what" in
                load) printf '%s\t%s\tread\t%.0f\tms\n' "$tool" "$fmt" "$ms" ;;
                *-rows | nodes | edges)
                    printf '%s\t%s\t%s\t%.0f\tcount\n' "$tool" "$fmt" "$what" "$value" ;;
                *) printf '%s\t%s\t%s\t%.3f\tms\n' "$tool" "$fmt" "$what" "$ms" ;;
            esac
        done <"$tmp/out"
        printf '%s\t%s\tprocess-wall\t%s\ts\n' "$1" "$2" "$(wall_s "$tmp/err")"
        printf '%s\t%s\tprocess-cpu\t%s\ts\n' "$1" "$2" "$(cpu_s "$tmp/err")"
        printf '%s\t%s\tpeak-memory\t%s\tMiB\n' "$1" "$2" "$(peak_mib "$tmp/err")"
    done
fi
