#!/usr/bin/env bash
# Runs one libFuzzer target for a while: scripts/fuzz.sh TARGET SECONDS [extra libFuzzer flags]
#   TARGET is the <name> of tests/fuzz/fuzz_<name>.cpp (pipeline, graphml, json, ontology,
#   pattern, ...); `scripts/fuzz.sh list` lists them.
# Builds the fuzz binaries first when needed (clang, ASan + UBSan, in $FUZZ_BUILD, default
# build-fuzz/). The seed corpus tests/fuzz/corpus/TARGET is read, never written; what the fuzzer
# learns is kept in $FUZZ_BUILD/corpus/TARGET, so a longer run later starts where this one
# stopped. A finding is written to $FUZZ_BUILD/findings/TARGET/ and the script exits 1; reproduce
# it with `$FUZZ_BUILD/tests/fuzz/fuzz_TARGET FILE`. Exit 0: no finding in the time given.
set -euo pipefail
cd "$(dirname "$0")/.."
src=tests/fuzz
build=${FUZZ_BUILD:-build-fuzz}

if [ "${1:-}" = list ] || [ $# -lt 2 ]; then
    [ $# -lt 2 ] && [ "${1:-}" != list ] && echo "usage: scripts/fuzz.sh TARGET SECONDS [libFuzzer flags...]" >&2
    echo "targets:" >&2
    for f in "$src"/fuzz_*.cpp; do n=$(basename "$f" .cpp); echo "  ${n#fuzz_}" >&2; done
    [ "${1:-}" = list ] && exit 0 || exit 2
fi
target=$1
seconds=$2
shift 2
if [ ! -f "$src/fuzz_$target.cpp" ]; then
    echo "fuzz.sh: no target '$target' ($src/fuzz_$target.cpp does not exist); try: scripts/fuzz.sh list" >&2
    exit 2
fi
case $seconds in ''|*[!0-9]*) echo "fuzz.sh: SECONDS must be a whole number, got '$seconds'" >&2; exit 2;; esac

if [ ! -f "$build/CMakeCache.txt" ]; then
    launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
        -DCLAIMGRAPH_FUZZ=ON -DCLAIMGRAPH_BUILD_TESTS=OFF "${launcher[@]}" >/dev/null
fi
# FUZZ_PREBUILT=1: the binaries are already built (scripts/ci-hardening.sh builds them all once,
# then runs two targets at a time, which must not run make in the same tree at once).
if [ "${FUZZ_PREBUILT:-0}" != 1 ]; then
    cmake --build "$build" --target "fuzz_$target" -j "${FUZZ_BUILD_JOBS:-2}" >/dev/null
fi

work="$build/corpus/$target"
findings="$build/findings/$target"
mkdir -p "$work" "$findings"
flags=(-max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -print_final_stats=1
       -artifact_prefix="$findings/")
[ -f "$src/$target.dict" ] && flags+=(-dict="$src/$target.dict")
if [ -f "$src/$target.options" ]; then
    while read -r opt; do [ -n "$opt" ] && [ "${opt#\#}" = "$opt" ] && flags+=("$opt"); done \
        < "$src/$target.options"
fi
seeds=()
[ -d "$src/corpus/$target" ] && seeds+=("$src/corpus/$target")
[ -d "$src/regressions/$target" ] && seeds+=("$src/regressions/$target")
echo "fuzz.sh: fuzz_$target for ${seconds}s (corpus $work, findings in $findings)" >&2
exec "$build/tests/fuzz/fuzz_$target" "${flags[@]}" "$@" "$work" "${seeds[@]}"
