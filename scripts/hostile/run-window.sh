#!/usr/bin/env bash
# Issue 12, the window: opens a sample of the generated hostile .npy/.npz files (core's HostileCases)
# in the real app with -Xmx256m, headless (--snapshot with the FILE argument needs no display), and a
# few hostile expressions through --expr. Each run must exit 0 and leave a picture (the typed error,
# if any, is drawn in the window's error panel), print no stack trace or OutOfMemoryError, leave no
# temporary file, and leave the input file as it was.
# Usage: scripts/hostile/run-window.sh [EVERY]  (one generated file in EVERY, and every zip bomb; default 60)
# Needs the jar (mvn -B -q -DskipTests package) and core's compiled tests (mvn -B -q -pl core test-compile).
set -uo pipefail
cd "$(dirname "$0")/../.."
JAR=app/target/stridescope.jar
JOBS=${JOBS:-2}
OUT=$(mktemp -d); trap 'rm -rf "$OUT"' EXIT
mkdir -p "$OUT/files" "$OUT/tmp" "$OUT/png" "$OUT/log"
java -cp core/target/classes:core/target/test-classes org.stridescope.core.hostile.WriteHostileFiles \
    "$OUT/files" "${1:-60}" > "$OUT/index.tsv" || { echo "cannot generate the files"; exit 2; }
(cd "$OUT/files" && sha256sum * > "$OUT/sums")

run_one() { # NAME ARGS...: one run of the app, its verdict on stdout
    local name=$1; shift
    local start=$SECONDS
    timeout 120 java -Xmx256m -Djava.io.tmpdir="$OUT/tmp" -jar "$JAR" "$@" --snapshot "$OUT/png/$name.png" \
        > "$OUT/log/$name.out" 2> "$OUT/log/$name.err"
    local rc=$? verdict=ok
    if [ $rc -ne 0 ]; then verdict="exit $rc"
    elif grep -qE 'OutOfMemoryError|StackOverflowError|Exception|^\s+at ' "$OUT/log/$name.err" "$OUT/log/$name.out"; then verdict="stack trace"
    elif [ ! -s "$OUT/png/$name.png" ]; then verdict="no snapshot"
    fi
    echo "$name $verdict $((SECONDS - start))s"
}
export -f run_one; export OUT JAR

{
    cut -f1 "$OUT/index.tsv" | while read -r f; do echo "$f $OUT/files/$f"; done
    # hostile expressions on the seed bytes (each under the 128 KiB a command-line argument may hold)
    echo "expr-flip 0102 --expr $(printf 'np.flip(%.0s' $(seq 5000))a$(printf ')%.0s' $(seq 5000))"
    echo "expr-chain 0102 --expr a$(printf '.T%.0s' $(seq 20000))"
    echo "expr-minus 0102 --expr $(printf -- '-%.0s' $(seq 50000))1"
    echo "expr-broadcast32 0102 --expr np.broadcast_to(a.reshape(-1)[:1],(2,)*32)"
    echo "expr-broadcast20 0102 --expr np.broadcast_to(a.reshape(-1)[:1],(3,)*20)"
    echo "expr-tuple 0102 --expr a.reshape((1,)*999999+(-1,))"
} > "$OUT/runs"

while read -r name file rest; do
    if [ -f "$file" ]; then echo "$name $file"; else echo "$name --hex $file --dtype u1 $rest"; fi
done < "$OUT/runs" | xargs -P "$JOBS" -L 1 bash -c 'run_one "$@"' _ > "$OUT/verdicts"

(cd "$OUT/files" && sha256sum -c --quiet "$OUT/sums") > "$OUT/changed" 2>&1 || true
total=$(wc -l < "$OUT/verdicts"); bad=$(grep -vc ' ok ' "$OUT/verdicts")
left=$(find "$OUT/tmp" -type f | wc -l)
longest=$(sort -k3 -t' ' -n <(sed 's/s$//' "$OUT/verdicts") | tail -1)
echo "runs: $total  ok: $((total - bad))  bad: $bad  left-over temp files: $left  changed inputs: $(wc -l < "$OUT/changed")"
echo "longest: $longest"
grep -v ' ok ' "$OUT/verdicts" | while read -r name verdict; do
    echo "BAD $name $verdict ($(grep -P "^${name%%.*}\.\w+\t" "$OUT/index.tsv" | cut -f2))"
    head -5 "$OUT/log/$name.err"
done
[ "$bad" -eq 0 ] && [ "$left" -eq 0 ] && [ ! -s "$OUT/changed" ]
