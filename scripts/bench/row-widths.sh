#!/usr/bin/env bash
# Issue 14's row-width figure: `stridescope inspect --row-widths` on a 64 MiB raw uint16 image
# (3000 x 11155 pixels, rows padded to 6016 bytes, a smooth picture plus noise, made by NumPy),
# whole command timed (JVM start included), best of RUNS; goal: a few seconds. Checks the true
# pitch (6016 bytes) comes first.
# Needs /usr/bin/python3 with numpy and the jar (mvn -B -DskipTests package).
# Usage: scripts/bench/row-widths.sh [WORKDIR]   (the image is reused when it is there)
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK=${1:-$(mktemp -d)}
RUNS=${RUNS:-3}
JAR=app/target/stridescope.jar
mkdir -p "$WORK"
SRC="$WORK/picture-64MiB.u2"
WIDTH=3000; PITCH=6016; ROWS=11155
if [ ! -f "$SRC" ] || [ "$(stat -c %s "$SRC")" != $((PITCH * ROWS)) ]; then
  /usr/bin/python3 - "$SRC" $WIDTH $PITCH $ROWS <<'PY'
import sys, numpy as np
out, w, pitch, rows = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
rng = np.random.default_rng(14)
x = np.linspace(0, 1, w)
with open(out, 'wb') as f:
    for y0 in range(0, rows, 1024):
        y = (np.arange(y0, min(rows, y0 + 1024)) / rows)[:, None]
        v = 0.5 + 0.3 * np.sin(2 * np.pi * (3 * x + 2 * y)) + 0.2 * np.exp(-((x - 0.4) ** 2 + (y - 0.6) ** 2) / 0.05)
        v = v + rng.normal(0, 0.02, v.shape)
        img = np.clip(v * 50000, 0, 65535).astype('<u2')
        block = np.zeros((img.shape[0], pitch), np.uint8)
        block[:, :w * 2] = img.view(np.uint8).reshape(img.shape[0], w * 2)
        f.write(block.tobytes())
PY
fi
[ -f "$JAR" ] || mvn -B -q -DskipTests package
cat "$SRC" > /dev/null # into the page cache
echo "file: $SRC ($(stat -c %s "$SRC") bytes), true pitch $PITCH bytes"
best=999999
for run in $(seq "$RUNS"); do
  t0=$(date +%s%N)
  answer=$(java -jar "$JAR" inspect --file "$SRC" --dtype u2 --row-widths --json)
  ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  echo "run $run: ${ms} ms  $answer"
  [ "$ms" -lt "$best" ] && best=$ms
done
echo "best of $RUNS: ${best} ms (goal: a few seconds)"
case "$answer" in
  *'"row_widths": [{"bytes": '$PITCH,*) echo "true pitch first: yes" ;;
  *) echo "true pitch first: NO"; exit 1 ;;
esac
