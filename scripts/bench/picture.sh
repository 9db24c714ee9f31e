#!/usr/bin/env bash
# Issue 14's picture figures: a 16384 x 16384 float32 view over a 1 GiB file (made here once, a smooth
# pattern written in 16 MiB pieces), opened in the window's Picture tab: time to the first picture,
# then frame times of pan and zoom steps (goal p95 < 16 ms) and how long each frame's fresh image
# takes to come in (made off the FX thread). Needs python3 with numpy and the jar
# (mvn -B -DskipTests package); runs headless (Monocle) or under xvfb-run if there is one.
# Usage: scripts/bench/picture.sh [WORKDIR] [FRAMES]
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK=${1:-/tmp/stridescope-picture}
FRAMES=${2:-200}
JAR=app/target/stridescope.jar
[ -f "$JAR" ] || { echo "no $JAR: run mvn -B -DskipTests package first" >&2; exit 1; }
mkdir -p "$WORK"
BIG="$WORK/f4-16384x16384.bin"
python3 - "$BIG" <<'PY'
import os, sys, numpy as np
path, n = sys.argv[1], 16384
if not os.path.exists(path) or os.path.getsize(path) != n * n * 4:
    c = np.arange(n, dtype=np.float32)
    with open(path + '.part', 'wb') as f:
        for r0 in range(0, n, 256):
            r = np.arange(r0, r0 + 256, dtype=np.float32)[:, None]
            (np.sin(r / 700) * np.cos(c / 900) + 0.001 * ((r + c) % 97)).astype('<f4').tofile(f)
    os.replace(path + '.part', path)
print(f'{path}: {os.path.getsize(path):,} bytes')
PY
cat "$BIG" > /dev/null # in the page cache, as a file just looked at is
exec java ${JAVA_OPTS:-} -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dheadless.geometry=1920x1200-32 \
    -cp "$JAR" org.stridescope.app.gui.bench.PictureBenchmark "$BIG" '<f4' 16384,16384 "$FRAMES"
