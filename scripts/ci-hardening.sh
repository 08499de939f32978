#!/usr/bin/env bash
# The hardening steps of issue 8, run by .ci/run after `make check` (which builds build/ and
# installs the packages, clang and libclang-rt-14-dev included, through scripts/install-deps.sh):
#   1. a gcc build with ASan + UBSan + LeakSanitizer (-DCLAIMGRAPH_SANITIZE=ON) in
#      build-sanitize/, at -O1 with line tables only (-g1: stack traces still give file:line, and
#      much less to compile than -O2 -g). All of its targets: each is used by a test (the man
#      page too: tests/shared/install.sh installs it);
#   2. every test of `make check` again under the sanitizers (the Catch2 test cases in two
#      processes of the test binary, see below; the script tests under ctest), the `slow` one too
#      (tests/cli/slow_big_input.sh, a 50 MB line and a million one-word sentences: 97 s alone
#      under the sanitizers, and ctest -j2 runs the rest beside it); but for the article scores,
#      whose articles and the seed go through one sanitized build compared byte for byte with the
#      release build's graph;
#   3. a clang build of the libFuzzer targets (build-fuzz/, ASan + UBSan, -O1 -g1 as OSS-Fuzz
#      builds), then each target for FUZZ_SECONDS (default 60) s, two at a time on two cores.
# Each step prints its time at the end. Measured on a fresh clone, 2 cores, no ccache, with three
# other developers building (load average 7.0; CI's idle machine is about three times faster on
# the builds): sanitizer build 1588 s, sanitizer run 252 s (all 285 tests; 186 s for the 284
# without the slow one), fuzz build 663 s, fuzzing 186 s (no finding); see the README section
# "Sanitizers, fuzzing and hostile input".
# Exit 0: no sanitizer report, every test passed, no fuzz finding. A finding's input is kept in
# build-fuzz/findings/TARGET/ and the last lines of that target's log are printed.
set -euo pipefail
cd "$(dirname "$0")/.."
test -x build/claimgraph || { echo "ci-hardening: run make check first" >&2; exit 2; }

jobs=2                       # CI machines have two cores; so do the developers'
seconds=${FUZZ_SECONDS:-60}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
step_start=$(date +%s)
step_name=""
times=()
step() {
    local now
    now=$(date +%s)
    [ -n "$step_name" ] && times+=("$(printf '%5d s  %s' $((now - step_start)) "$step_name")")
    step_start=$now
    step_name=$*
    [ -n "$step_name" ] && echo "ci: $step_name ($(date -u +%H:%M:%S))" >&2
    return 0
}
fuzz_targets=$(scripts/fuzz.sh list 2>&1 | sed -n 's/^  //p')

# CLAIMGRAPH_CHECK_INDEXES: counts the extractor keeps up to date are checked against a scan of
# every mention on each use (documents of up to 4000 mentions), so a change that forgets to
# report an edit aborts here instead of going stale in silence.
step "sanitizer build (gcc, ASan + UBSan + LSan, -O1 -g1, index checks)"
cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG -DCLAIMGRAPH_CHECK_INDEXES" -DCLAIMGRAPH_SANITIZE=ON \
    "${launcher[@]}" >/dev/null
cmake --build build-sanitize -j "$jobs" >/dev/null

# The unit tests run inside two processes of the Catch2 binary, each given every other test name,
# instead of one process per test as ctest runs them: under the sanitizers a process takes 0.5 s to
# start and load the model, and the ~1300 processes cost 1221 s on a 2-core machine (CI,
# 2026-12-05) against 49 s for the whole binary in one process. The two halves are checked to add
# up to the whole list. The other tests (cli.*, shared.*, fuzz_replay.*) run under ctest after them.
step "sanitizer run: every test"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# The test case names, one a line, escaped for a Catch2 test spec (Catch2 exits with the number
# of names it listed, hence `|| true`).
unit_list=build-sanitize/tests/unit-all.txt
{ build-sanitize/tests/claimgraph_tests --list-test-names-only || true; } | awk 'NF' |
    sed 's/[][\\,"*~]/\\&/g' > "$unit_list"
listed=$(wc -l < "$unit_list")
catch_half() {  # catch_half N: runs the test cases on lines N, N+2, ... of the list (N = 0 or 1)
    local list=build-sanitize/tests/unit-$1.txt
    awk -v half="$1" 'NR % 2 == half' "$unit_list" > "$list"
    build-sanitize/tests/claimgraph_tests -f "$list" > "build-sanitize/tests/unit-$1.log" 2>&1 ||
        { tail -n 200 "build-sanitize/tests/unit-$1.log" >&2; return 1; }
}
catch_half 0 & first=$!
catch_half 1 & second=$!
unit_failed=0
wait "$first" || unit_failed=1
wait "$second" || unit_failed=1
[ "$unit_failed" = 0 ] || { echo "ci-hardening: unit tests failed under the sanitizers (above)" >&2; exit 1; }
ran=$(cat build-sanitize/tests/unit-[01].log |
    sed -n 's/^All tests passed ([0-9]* assertions* in \([0-9]*\) test cases*).*/\1/p' | awk '{s += $1} END {print s + 0}')
[ "$ran" = "$listed" ] || { echo "ci-hardening: the unit test halves ran $ran test cases of $listed" >&2; exit 1; }
echo "ci: unit tests under the sanitizers: $ran test cases in two processes, all passed" >&2
scripts='^(cli|shared|fuzz_replay)\.'
total=$(cd build-sanitize && ctest -N | sed -n 's/^Total Tests: //p')
others=$(cd build-sanitize && ctest -N -R "$scripts" | sed -n 's/^Total Tests: //p')
[ "$total" = $((listed + others)) ] ||
    { echo "ci-hardening: ctest has $total tests, not $listed unit + $others script tests" >&2; exit 1; }
# All script tests but the article scores: that test builds each of the ~170 articles in a process
# of its own (0.5 s of CPU each under the sanitizers just to start) and compares figures that the
# release run of `make check` has already checked. Here the same articles and the seed go through
# one sanitized build instead, whose JSON must be byte-identical to the release build's.
(cd build-sanitize && ctest --output-on-failure -j "$jobs" -R "$scripts" -E '^shared\.article_extraction$')

step "sanitizer run: the test articles and the seed in one build, compared with the release build"
articles=(tests/data/articles/*.txt examples/china-education-cooperation.txt)
mkdir -p build-sanitize/articles
build/claimgraph -q build -j "$jobs" "${articles[@]}" -o build-sanitize/articles/release.json
build-sanitize/claimgraph -q build -j "$jobs" "${articles[@]}" -o build-sanitize/articles/sanitize.json
cmp build-sanitize/articles/release.json build-sanitize/articles/sanitize.json ||
    { echo "ci-hardening: the sanitized build's graph of the ${#articles[@]} articles differs from the release build's" >&2; exit 1; }
echo "ci: ${#articles[@]} articles built under the sanitizers, no report, the graph identical to the release build's" >&2

step "fuzz build (clang, libFuzzer + ASan + UBSan, -O1 -g1)"
if [ ! -f build-fuzz/CMakeCache.txt ]; then
    cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" -DCMAKE_CXX_COMPILER=clang++ \
        -DCLAIMGRAPH_FUZZ=ON -DCLAIMGRAPH_BUILD_TESTS=OFF "${launcher[@]}" >/dev/null
fi
cmake --build build-fuzz -j "$jobs" >/dev/null

step "fuzz each target for $seconds s, $jobs at a time"
fuzz_one() {  # runs in the background; the log says the rest
    local target=$1
    if FUZZ_PREBUILT=1 scripts/fuzz.sh "$target" "$seconds" > "build-fuzz/$target.log" 2>&1; then
        echo "ci: fuzz_$target: no finding in $seconds s:" \
            "$(grep -E '^stat::number_of_executed_units' "build-fuzz/$target.log" | sed 's/.*: *//') runs," \
            "peak $(grep -E '^stat::peak_rss_mb' "build-fuzz/$target.log" | sed 's/.*: *//') MB" >&2
    else
        tail -n 80 "build-fuzz/$target.log" >&2
        echo "ci: fuzz_$target found a bug; the input is in build-fuzz/findings/$target/" >&2
        return 1
    fi
}
failed=0
running=0
for target in $fuzz_targets; do
    if [ "$running" -ge "$jobs" ]; then
        wait -n || failed=1
        running=$((running - 1))
    fi
    fuzz_one "$target" &
    running=$((running + 1))
done
while [ "$running" -gt 0 ]; do
    wait -n || failed=1
    running=$((running - 1))
done

step ""
echo "ci-hardening: step times" >&2
printf '  %s\n' "${times[@]}" >&2
[ "$failed" = 0 ] || { echo "ci-hardening: fuzzing found a bug (above)" >&2; exit 1; }
echo "ci-hardening: sanitizer run clean, no fuzz finding" >&2
