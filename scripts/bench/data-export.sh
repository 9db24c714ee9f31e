#!/usr/bin/env bash
# Exports a strided view of a 1 GiB file, a[::2, ::2] of a (8192, 16384) float64 array, to .npy
# with Stridescope and with NumPy's np.save on np.memmap (goal: no slower), and the strided views
# a[::4, ::4] (8.4 million values) and a[::16, ::16] (0.5 million) to CSV against np.savetxt
# (goal: 3 times faster). Checks the outputs agree.
# Best of RUNS (and Stridescope's first, JIT-cold run), file in the page cache, export time inside
# one process, JVM and Python start not counted.
# Then the same two exports with the `stridescope export` command against a python3 process doing
# them with NumPy, whole commands timed (start-up included).
# Needs /usr/bin/python3 with numpy. Usage: scripts/bench/data-export.sh [WORKDIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK=${1:-$(mktemp -d)}
RUNS=${RUNS:-3}
mkdir -p "$WORK"
SRC="$WORK/source-1GiB.f8"
ROWS=8192; COLS=16384
if [ ! -f "$SRC" ] || [ "$(stat -c %s "$SRC")" != $((ROWS * COLS * 8)) ]; then
  /usr/bin/python3 -c "
import numpy as np, sys
rng = np.random.default_rng(1)
with open(sys.argv[1], 'wb') as f:
    for _ in range(16):
        f.write(rng.standard_normal(($ROWS // 16) * $COLS).tobytes())" "$SRC"
fi
cat "$SRC" > /dev/null # into the page cache for both

mvn -q -B -o test-compile -pl core 2>/dev/null || mvn -q -B test-compile -pl core
CP=core/target/classes:core/target/test-classes
java_ms() { java -Xmx512m -cp "$CP" org.stridescope.core.bench.ExportBench "$SRC" '<f8' $ROWS $COLS "$1" "$2" "$RUNS"; }
numpy_ms() { /usr/bin/python3 - "$SRC" $ROWS $COLS "$1" "$2" "$3" "$RUNS" <<'PY'
import sys, time, numpy as np
src, rows, cols, step, out, how, runs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5], sys.argv[6], int(sys.argv[7])
a = np.memmap(src, dtype='<f8', mode='r', shape=(rows, cols))
view = a[::step, ::step]
best = 1e9
for _ in range(runs):
    t = time.perf_counter()
    if how == 'npy':
        np.save(out, view)
    else:
        np.savetxt(out, view, delimiter=',', fmt=how)
    best = min(best, time.perf_counter() - t)
print(int(best * 1000))
PY
}
read -r J_NPY_FIRST J_NPY < <(java_ms 2 "$WORK/java.npy")
N_NPY=$(numpy_ms 2 "$WORK/numpy.npy" npy)
cmp -s "$WORK/java.npy" "$WORK/numpy.npy" && SAME="identical bytes" || SAME="FILES DIFFER"
echo ".npy of a[::2, ::2] (4096 x 8192 float64, 256 MiB) from a 1 GiB file, best of $RUNS:"
echo "  stridescope $J_NPY ms (first run $J_NPY_FIRST)   numpy np.save $N_NPY ms   ratio stridescope/numpy $(awk "BEGIN{printf \"%.2f\", $J_NPY/$N_NPY}")   ($SAME)"

# CSV at two sizes: a large export (where speed matters) and a small one, where the JVM's
# just-in-time compiler warming up (a fixed ~0.3 s) is a large part of Stridescope's first run.
csv_report() { # csv_report STEP LABEL
  local jf jb n ns same
  read -r jf jb < <(java_ms "$1" "$WORK/java.csv")
  n=$(numpy_ms "$1" "$WORK/numpy-default.csv" '%.18e')
  ns=$(numpy_ms "$1" "$WORK/numpy-str.csv" '%s')
  cmp -s "$WORK/java.csv" "$WORK/numpy-str.csv" && same="identical to savetxt fmt='%s'" || same="DIFFERS from savetxt fmt='%s'"
  echo "CSV of a[::$1, ::$1] ($2 float64):"
  echo "  stridescope best $jb ms, first run (JIT cold) $jf ms   np.savetxt (default '%.18e') $n ms   ratio numpy/stridescope best $(awk "BEGIN{printf \"%.1f\", $n/($jb+0.0001)}")x, first run $(awk "BEGIN{printf \"%.1f\", $n/($jf+0.0001)}")x"
  echo "  np.savetxt fmt='%s' (the same text as ours) $ns ms   ratio best $(awk "BEGIN{printf \"%.1f\", $ns/($jb+0.0001)}")x, first run $(awk "BEGIN{printf \"%.1f\", $ns/($jf+0.0001)}")x   ($same)"
}
csv_report 4 "2048 x 4096 = 8.4 million"
csv_report 16 "512 x 1024 = 0.5 million"

# The command line end to end: `stridescope export` against a python3 process doing the same with
# NumPy. Whole commands, wall clock, best of RUNS: JVM and Python start and NumPy's import included.
JAR=app/target/stridescope.jar
if [ ! -f "$JAR" ]; then
  mvn -q -B -o install -DskipTests 2>/dev/null || mvn -q -B install -DskipTests
fi
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
best_of() { # best_of CMD...: the best wall time of RUNS runs, in ms
  local best=999999999 t0 t
  for _ in $(seq "$RUNS"); do
    t0=$(now_ms); "$@" > /dev/null 2>&1; t=$(( $(now_ms) - t0 ))
    [ "$t" -lt "$best" ] && best=$t
  done
  echo "$best"
}
cli_export() { java -Xmx512m -jar "$JAR" export --file "$SRC" --dtype '<f8' --shape $ROWS,$COLS --expr "$1" --to "$2"; }
numpy_export() { /usr/bin/python3 -c "
import sys, numpy as np
a = np.memmap(sys.argv[1], dtype='<f8', mode='r', shape=($ROWS, $COLS))
view = eval(sys.argv[2])
if sys.argv[3].endswith('.npy'):
    np.save(sys.argv[3], view)
else:
    np.savetxt(sys.argv[3], view, delimiter=',', fmt=sys.argv[4])" "$SRC" "$1" "$2" "${3:-%.18e}"; }

C_NPY=$(best_of cli_export 'a[::2, ::2]' "$WORK/cli.npy")
P_NPY=$(best_of numpy_export 'a[::2, ::2]' "$WORK/py.npy")
cmp -s "$WORK/cli.npy" "$WORK/py.npy" && SAME="identical bytes" || SAME="FILES DIFFER"
echo "Command line, whole commands (JVM/Python start included), best of $RUNS:"
echo "  stridescope export --expr 'a[::2, ::2]' --to .npy  $C_NPY ms   python3 np.save $P_NPY ms   ratio stridescope/numpy $(awk "BEGIN{printf \"%.2f\", $C_NPY/$P_NPY}")   ($SAME)"
for STEP in 4 16; do
  C_CSV=$(best_of cli_export "a[::$STEP, ::$STEP]" "$WORK/cli.csv")
  P_CSV=$(best_of numpy_export "a[::$STEP, ::$STEP]" "$WORK/py.csv")
  P_CSV_S=$(best_of numpy_export "a[::$STEP, ::$STEP]" "$WORK/py-str.csv" '%s')
  cmp -s "$WORK/cli.csv" "$WORK/py-str.csv" && SAME="identical to savetxt fmt='%s'" || SAME="DIFFERS from savetxt fmt='%s'"
  echo "  stridescope export --expr 'a[::$STEP, ::$STEP]' --to .csv  $C_CSV ms   python3 np.savetxt (default '%.18e') $P_CSV ms   ratio numpy/stridescope $(awk "BEGIN{printf \"%.1f\", $P_CSV/$C_CSV}")x"
  echo "    python3 np.savetxt fmt='%s' $P_CSV_S ms   ratio $(awk "BEGIN{printf \"%.1f\", $P_CSV_S/$C_CSV}")x   ($SAME)"
done
