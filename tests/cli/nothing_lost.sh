#!/usr/bin/env bash
# Nothing lost (issue 8): an interrupted build or conversion (SIGINT, SIGTERM) leaves the old
# output as it was and no temporary file; a full disk (/dev/full, a file size limit) and a
# read-only directory give a clear error, exit 2 and no partial file.
# Usage: nothing_lost.sh CLAIMGRAPH SOURCE_DIR
set -u
bin=$(realpath "$1")  # the tests run in a temporary directory
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT
cd "$tmp"
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
no_temporaries() {
    if find . -name '.*.tmp.*' | grep -q .; then fail "$1: temporary file left: $(find . -name '.*.tmp.*')"; fi
}
old='{"previous": "graph"}'

# --- Interrupted during extraction: a large input (8.9 MB, under the 10 MiB document limit)
# keeps the build busy for seconds. The signal is sent once the process has used 0.5 s of CPU,
# past loading the model and well before the end, rather than after a fixed sleep: on a fast
# machine a fixed sleep let a smaller input finish first (exit 0, new output), on a loaded one
# it can land during loading.
# The CPU is counted from the moment the process has installed its handler for the signal
# (SigCgt in /proc/PID/status): a background job of a script starts with SIGINT ignored, and a
# sanitizer build spends about 0.5 s of CPU before main() (measured 0.43-0.55 s), so a signal
# sent by CPU alone could be ignored and the build finish (exit 0, new output).
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo -1; }
ticks_per_s=$(getconf CLK_TCK)
# catches PID SIGNAL: true once the process has a handler for the signal.
catches() {
    local mask bit
    mask=$(awk '/^SigCgt:/ {print $2}' "/proc/$1/status" 2>/dev/null) || return 1
    [ -n "$mask" ] || return 1
    bit=$(( $(kill -l "$2") - 1 ))
    (( (16#$mask >> bit) & 1 ))
}
# wait_cpu PID SIGNAL TICKS: wait until the process catches SIGNAL and has used TICKS of CPU
# since, or has exited.
wait_cpu() {
    local start=-1 t
    while kill -0 "$1" 2>/dev/null; do
        t=$(cpu_ticks "$1")
        if [ "$start" -lt 0 ]; then
            catches "$1" "$2" && start=$t
        elif [ "$t" -ge $((start + $3)) ]; then
            break
        fi
        sleep 0.05
    done
}
python3 -c "
import sys
s = 'The ministry funds rural schools and universities cooperate with Oxford. '
sys.stdout.write(s * 120000)" > big.txt
for sig in INT TERM; do
    echo "$old" > out.json
    "$bin" -q build big.txt -o out.json 2>/dev/null &
    pid=$!
    wait_cpu "$pid" "$sig" $((ticks_per_s / 2))
    kill -s "$sig" "$pid"
    wait "$pid"
    status=$?
    want=$((128 + $(kill -l "$sig")))
    before=$fails
    [ "$status" = "$want" ] || fail "SIG$sig during build: exit $status, want $want"
    [ "$(cat out.json)" = "$old" ] || fail "SIG$sig during build: out.json changed"
    no_temporaries "SIG$sig during build"
    [ "$fails" = "$before" ] && echo "ok: SIG$sig during extraction: exit $status, old output intact"
done

# --- `--into g.json -o g.json` interrupted: the graph being extended is also the output. The
# signal is sent once the process has used 1 s of CPU after installing its handler (in a
# release build that is past loading the model and g.json, well into extracting big.txt's
# 8.9 MB) rather than after a fixed sleep, so a loaded machine does not make it land early.
# Either the build was interrupted and g.json is byte-identical to before, or it had finished
# and g.json is the whole new graph: never anything in between.
echo "Kenya funds rural schools." > small.txt
"$bin" -q build small.txt -o g.json || fail "--into: could not build the starting graph"
cp g.json g.before
for sig in INT TERM; do
    "$bin" -q build big.txt --into g.json -o g.json 2>err.txt &
    pid=$!
    wait_cpu "$pid" "$sig" "$ticks_per_s"
    kill -s "$sig" "$pid" 2>/dev/null
    wait "$pid"
    status=$?
    want=$((128 + $(kill -l "$sig")))
    if [ "$status" = "$want" ]; then
        cmp -s g.json g.before || fail "SIG$sig during --into: g.json changed ($(stat -c %s g.json) bytes, was $(stat -c %s g.before))"
        echo "ok: SIG$sig during build --into g.json -o g.json: exit $status, g.json byte-identical"
    elif [ "$status" = 0 ]; then
        # Finished before the signal: the output must be the complete extended graph.
        python3 - g.json <<'PY' || fail "SIG$sig during --into: finished (exit 0) but g.json is not the whole new graph"
import hashlib, json, sys
g = json.load(open(sys.argv[1]))
assert sorted(g["graph"]["documents"]) == ["big.txt", "small.txt"], g["graph"]["documents"]
whole = hashlib.sha256(open("big.txt", "rb").read()).hexdigest()
assert g["graph"]["document_info"]["big.txt"]["sha256"] == whole, "big.txt not read whole"
labels = {n["label"] for n in g["nodes"]}
assert {"Kenya", "Oxford"} <= labels, sorted(labels)[:20]
PY
        echo "ok: SIG$sig during build --into: finished before the signal (exit 0), g.json the whole new graph"
        cp g.before g.json
    else
        fail "SIG$sig during --into: exit $status (want $want, or 0 if it had finished): $(head -c 300 err.txt)"
    fi
    no_temporaries "SIG$sig during --into"
done

# --- Interrupted while writing: a graph large enough that writing takes a while; the signal is
# sent as soon as the temporary file exists.
python3 - > big.json <<'PY'
import json, sys
n = 60000
nodes = [{"id": f"n{i}", "label": f"actor {i} with a longer label", "type": "organization"} for i in range(n)]
edges = [{"source": f"n{i}", "target": f"n{(i * 7 + 1) % n}", "relation": "funds",
          "evidence": [{"doc": "d.txt", "sentence": i, "start": 0, "end": 80,
                        "text": "A sentence of evidence that makes the output bigger " * 3}]}
         for i in range(n)]
json.dump({"directed": True, "multigraph": True, "graph": {"name": "big"}, "nodes": nodes, "edges": edges}, sys.stdout)
PY
for sig in INT TERM; do
    echo "$old" > out.graphml
    "$bin" -q convert big.json -o out.graphml 2>/dev/null &
    pid=$!
    seen=0
    for _ in $(seq 3000); do
        if find . -maxdepth 1 -name '.out.graphml.tmp.*' | grep -q .; then seen=1; break; fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.01
    done
    kill -s "$sig" "$pid" 2>/dev/null
    wait "$pid"
    status=$?
    if [ "$seen" = 1 ]; then
        want=$((128 + $(kill -l "$sig")))
        [ "$status" = "$want" ] || fail "SIG$sig while writing: exit $status, want $want"
        [ "$(cat out.graphml)" = "$old" ] || fail "SIG$sig while writing: out.graphml changed"
        no_temporaries "SIG$sig while writing"
        echo "ok: SIG$sig while writing the output: exit $status, old output intact, temporary removed"
    else
        fail "SIG$sig while writing: never saw the temporary file (exit $status); the test needs a bigger graph"
    fi
done

# --- Full disk. /dev/full is a device: written in place (never renamed over), ENOSPC reported.
echo "The ministry funds rural schools." > ok.txt
"$bin" build ok.txt -o /dev/full --format json > /dev/null 2> err.txt
status=$?
[ "$status" = 2 ] && grep -qF "/dev/full: write failed: No space left on device" err.txt ||
    fail "/dev/full: exit $status: $(cat err.txt)"
[ -c /dev/full ] || fail "/dev/full is no longer a character device"
echo "ok: /dev/full: exit $status: $(cat err.txt)"
# A regular file on a "full" disk: a 1 KiB file size limit makes write() fail with EFBIG part way.
echo "$old" > full.json
(trap '' XFSZ; ulimit -f 1; exec "$bin" convert big.json -o full.json) > /dev/null 2> err.txt
status=$?
[ "$status" = 2 ] && grep -qF "full.json: write failed: File too large; the existing file, if any, is unchanged" err.txt ||
    fail "file size limit: exit $status: $(cat err.txt)"
[ "$(cat full.json)" = "$old" ] || fail "file size limit: full.json changed"
no_temporaries "file size limit"
echo "ok: full disk (ulimit -f): exit $status: $(cat err.txt)"

# --- Read-only directory. Root ignores permissions, so as root the command runs as nobody.
mkdir ro && echo "$old" > ro/out.json && chmod 555 ro
as_user=()
if [ "$(id -u)" = 0 ]; then
    chmod 755 "$tmp"
    chmod 644 ok.txt
    as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
fi
"${as_user[@]}" "$bin" build ok.txt -o ro/out.json > /dev/null 2> err.txt
status=$?
[ "$status" = 2 ] && grep -qF "ro/out.json: cannot create a temporary file in ro: Permission denied" err.txt ||
    fail "read-only directory: exit $status: $(cat err.txt)"
[ "$(cat ro/out.json)" = "$old" ] || fail "read-only directory: out.json changed"
no_temporaries "read-only directory"
echo "ok: read-only directory: exit $status: $(cat err.txt)"

echo "$fails failed"
[ "$fails" -eq 0 ]
