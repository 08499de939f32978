#!/usr/bin/env bash
# The hardening steps of issue 8, after `make check`: the whole suite again under ASan + UBSan +
# LeakSanitizer (without the `slow` big-input tests, which take many minutes under the
# sanitizers and already ran in `make check`), and every fuzz target for 60 s.
# Not yet part of .ci/run: it joins CI once a clean end-to-end run has been timed on an idle
# 2-core machine (it adds two full builds, a gcc sanitizer build and a clang fuzz build).
set -euo pipefail
cd "$(dirname "$0")/.."
test -x build/claimgraph || { echo "ci-hardening: run make check first" >&2; exit 2; }

jobs=$(nproc 2>/dev/null || echo 2)
step() { echo "ci: $* ($(date -u +%H:%M:%S))" >&2; }

step "sanitizer build (ASan + UBSan + LSan)"
cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLAIMGRAPH_SANITIZE=ON >/dev/null
cmake --build build-sanitize -j "$jobs" >/dev/null
step "sanitizer run: every test but the slow ones"
(cd build-sanitize && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
    ctest --output-on-failure -j "$jobs" -LE slow)

mkdir -p build-fuzz
for target in $(scripts/fuzz.sh list 2>&1 | sed -n 's/^  //p'); do
    step "fuzz $target for 60 s"
    if ! scripts/fuzz.sh "$target" 60 > "build-fuzz/$target.log" 2>&1; then
        tail -n 80 "build-fuzz/$target.log"
        echo "ci: fuzz_$target found a bug; the input is in build-fuzz/findings/$target/" >&2
        exit 1
    fi
    grep -E '^stat::(number_of_executed_units|peak_rss_mb)' "build-fuzz/$target.log" || true
done
step "done"
