#!/usr/bin/env bash
# Issue 13's record figures, on 10^7 records of 107 bytes (1.07 GB, ~1 GiB) in a .npy:
#  (a) makes that file with NumPy, and a plain float64 .npy of the same size;
#  (b) first frame of the window opening each (STRIDESCOPE_FIRST_FRAME_EXIT: ms from process start
#      to the frame after the first, as the installer's figures), best of RUNS; goal: as fast;
#  (c) `stridescope export --expr "a['x']" --to out.npy` against a python3 process doing
#      np.save(out, np.load(F, mmap_mode='r')['x']), whole commands, best of RUNS (the ratio);
#      checks NumPy loads both outputs equal;
#  (d) the UI frame times on the record file (UiBenchmark --npy): scrolling and selecting, p95 goal
#      16 ms. Field colours in the hex view come with the record views; they are measured if the
#      jar has them.
# Needs /usr/bin/python3 with numpy, xvfb-run, the jar (mvn -B -DskipTests package).
# Usage: scripts/bench/records.sh [WORKDIR]   (files are reused when they are there)
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK=${1:-/tmp/stridescope-records}
RUNS=${RUNS:-5}
FRAMES=${FRAMES:-300}
JAR=app/target/stridescope.jar
mkdir -p "$WORK"
REC="$WORK/records-1e7.npy"
PLAIN="$WORK/plain-f8.npy"
[ -f "$JAR" ] || { echo "no $JAR: run mvn -B -DskipTests package first" >&2; exit 1; }

/usr/bin/python3 - "$REC" "$PLAIN" <<'PY'
import os, sys, numpy as np
rec, plain = sys.argv[1], sys.argv[2]
n = 10**7
dt = np.dtype([('x', '<f8'), ('y', '<f4'), ('id', '<i4'), ('tag', 'S8'), ('pad', 'V83')])  # 107 bytes
if not os.path.exists(rec):
    a = np.lib.format.open_memmap(rec, mode='w+', dtype=dt, shape=(n,))
    step = 10**6
    for s in range(0, n, step):
        i = np.arange(s, s + step)
        a['x'][s:s + step] = i * 0.5
        a['y'][s:s + step] = -i
        a['id'][s:s + step] = i
        a['tag'][s:s + step] = b'rec'
    a.flush(); del a
if not os.path.exists(plain):
    np.lib.format.open_memmap(plain, mode='w+', dtype='<f8', shape=(n * dt.itemsize // 8,)).flush()
for f in (rec, plain):
    print(f'{f}: {os.path.getsize(f):,} bytes, {np.load(f, mmap_mode="r").dtype}')
PY
cat "$REC" "$PLAIN" > /dev/null # both in the page cache

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
first_frame() { # best wall and best CPU ms to the first frame of RUNS window starts on file $1
  local best=999999 cpu=999999 line t c
  for _ in $(seq "$RUNS"); do
    line=$(STRIDESCOPE_FIRST_FRAME_EXIT=1 xvfb-run -a -s "-screen 0 1920x1200x24" java -jar "$JAR" "$1" 2>/dev/null \
        | grep '^first frame:' || true)
    t=$(echo "$line" | sed -n 's/^first frame: \([0-9]*\) ms after launch.*/\1/p')
    c=$(echo "$line" | sed -n 's/.*, \([0-9]*\) ms of CPU.*/\1/p')
    [ -n "$t" ] && [ "$t" -lt "$best" ] && best=$t
    [ -n "$c" ] && [ "$c" -lt "$cpu" ] && cpu=$c
  done
  echo "$best $cpu"
}
read -r FF_REC CPU_REC < <(first_frame "$REC")
read -r FF_PLAIN CPU_PLAIN < <(first_frame "$PLAIN")
echo "first frame, best of $RUNS: records $FF_REC ms after launch ($CPU_REC ms CPU), plain float64 $FF_PLAIN ms" \
  "($CPU_PLAIN ms CPU); ratio records/plain wall $(awk "BEGIN{printf \"%.2f\", $FF_REC/$FF_PLAIN}")," \
  "CPU $(awk "BEGIN{printf \"%.2f\", $CPU_REC/$CPU_PLAIN}")"

best_of() { # best wall ms of RUNS runs of the command
  local best=999999999 t0 t
  for _ in $(seq "$RUNS"); do
    t0=$(now_ms); "$@" > /dev/null; t=$(( $(now_ms) - t0 ))
    [ "$t" -lt "$best" ] && best=$t
  done
  echo "$best"
}
START=$(best_of java -jar "$JAR" --version)
J=$(best_of java -jar "$JAR" export --file "$REC" --expr "a['x']" --to "$WORK/x-stridescope.npy")
N=$(best_of /usr/bin/python3 -c "import sys, numpy as np; np.save(sys.argv[2], np.load(sys.argv[1], mmap_mode='r')['x'])" \
  "$REC" "$WORK/x-numpy.npy")
SAME=$(/usr/bin/python3 -c "import sys, numpy as np; a, b = np.load(sys.argv[1]), np.load(sys.argv[2]); print('equal' if a.dtype == b.dtype and np.array_equal(a, b) else 'DIFFER')" \
  "$WORK/x-stridescope.npy" "$WORK/x-numpy.npy")
echo "export a['x'] (10^7 float64 at stride 107) to .npy, whole commands, best of $RUNS:" \
  "stridescope $J ms, python3+numpy $N ms, ratio stridescope/numpy $(awk "BEGIN{printf \"%.2f\", $J/$N}") (outputs $SAME);" \
  "JVM start alone (--version) $START ms"

xvfb-run -a -s "-screen 0 1920x1200x24" java -cp "$JAR" org.stridescope.app.gui.bench.UiBenchmark "$FRAMES" --npy "$REC" 2>/dev/null
