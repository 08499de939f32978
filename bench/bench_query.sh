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
#   CONVERT          command that turns the JSON into GraphML (default "CLAIMGRAPH convert")
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
[[ -x /usr/bin/time ]] || { echo "bench_query.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
mkdir -p "$DATA"
json="$DATA/g-$ACTORS-$CLAIMS.json"
graphml="$DATA/g-$ACTORS-$CLAIMS.graphml"

if [[ ! -s "$json" ]]; then
    echo "# generating $json" >&2
    python3 "$here/gen_graph.py" --actors "$ACTORS" --claims "$CLAIMS" --out "$json"
fi
if [[ ! -s "$graphml" ]]; then
    echo "# converting to $graphml" >&2
    $CONVERT "$json" "$graphml"
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

printf 'tool\tinput\twhat\tvalue\tunit\n'

# Peak memory (MiB) and wall time (s) from a /usr/bin/time -v log.
peak_mib() { awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$1"; }
wall_s() {
    awk -F': ' '/Elapsed \(wall clock\)/ {
        n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$1"
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
        printf 'claimgraph\t%s\tpeak-memory\t%s\tMiB\n' "$input" "$(peak_mib "$tmp/err")"
    else
        printf 'claimgraph\t%s\t%s\t%.3f\tms\t(%s rows; output %.1f ms)\n' "$input" "$what" \
            "$query" "$(($(wc -l <"$tmp/out") - 1))" "$output"
    fi
}

for input in json graphml; do
    file="$json"
    [[ $input == graphml ]] && file="$graphml"
    cg_query "$input" "$file" load claims --relation funds --limit 1
    [[ $input == graphml ]] && continue  # queries do not depend on the input format
    cg_query "$input" "$file" neighbors neighbors n5
    cg_query "$input" "$file" neighbors-hub neighbors n0 --limit 20
    cg_query "$input" "$file" neighbors-depth2 neighbors "n$((ACTORS / 2))" --depth 2
    cg_query "$input" "$file" neighbors-by-label neighbors "Southern Maple Institute 1" --limit 20
    cg_query "$input" "$file" neighbors-caseless neighbors "southern maple institute 1" --limit 20
    cg_query "$input" "$file" claims-from claims --from n5 --relation funds
    cg_query "$input" "$file" claims-to claims --to n7
    cg_query "$input" "$file" claims-relation-first20 claims --relation funds --limit 20
    cg_query "$input" "$file" claims-type-first20 claims --type university --relation funds --limit 20
    cg_query "$input" "$file" claims-relation-all claims --relation opposes
    cg_query "$input" "$file" path path n5 n77 --max-length 4 --limit 3
    cg_query "$input" "$file" match-2 match '?u:university funds ?v . ?v cooperates-with n0' --limit 20
    cg_query "$input" "$file" match-3 match '?a funds ?b . ?b supports ?c . ?c located-in n3' --limit 20
    cg_query "$input" "$file" measures measures --top 5
done

if [[ "$PEERS" != 0 ]]; then
    for peer in "networkx json $json" "networkx graphml $graphml" "igraph graphml $graphml" \
                "igraph json $json"; do
        set -- $peer
        /usr/bin/time -v /usr/bin/python3 "$here/peers.py" "$1" "$2" "$3" n5 funds \
            >"$tmp/out" 2>"$tmp/err" || { cat "$tmp/err" >&2; continue; }
        while read -r tool fmt what value; do
            case "$what" in
                load) printf '%s\t%s\tread\t%.0f\tms\n' "$tool" "$fmt" "$(awk "BEGIN{print $value*1000}")" ;;
                *-rows|nodes|edges) printf '%s\t%s\t%s\t%s\tcount\n' "$tool" "$fmt" "$what" "$value" ;;
                *) printf '%s\t%s\t%s\t%.3f\tms\n' "$tool" "$fmt" "$what" "$(awk "BEGIN{print $value*1000}")" ;;
            esac
        done <"$tmp/out"
        printf '%s\t%s\tprocess-wall\t%s\ts\n' "$1" "$2" "$(wall_s "$tmp/err")"
        printf '%s\t%s\tpeak-memory\t%s\tMiB\n' "$1" "$2" "$(peak_mib "$tmp/err")"
    done
fi
