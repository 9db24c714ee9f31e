#!/usr/bin/env bash
# Opening a big *stored* .npz member (np.savez, 1 GiB of float32) checks its CRC-32, as NumPy's
# zipfile does, before answering. Times whole commands (JVM start included), best of RUNS, files in
# the page cache, -Xmx256m:
#   inspect --file big.npz            (the member's CRC-32 is read over the whole 1 GiB)
#   inspect --file big.npy            (the same array as a .npy: no checksum to read)
# and NumPy's np.load(big.npz)['x'] for scale. Needs python3 with numpy.
# Usage: scripts/bench/npz-stored.sh [WORKDIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK=${1:-$(mktemp -d)}
RUNS=${RUNS:-5}
mkdir -p "$WORK"
NPZ="$WORK/big.npz"; NPY="$WORK/big.npy"
if [ ! -f "$NPZ" ] || [ ! -f "$NPY" ]; then
  python3 - "$NPZ" "$NPY" <<'PY'
import sys, numpy as np
a = np.arange(1 << 28, dtype='<f4').reshape(1 << 14, 1 << 14)  # 1 GiB
np.savez(sys.argv[1], x=a)
np.save(sys.argv[2], a)
PY
fi
cat "$NPZ" "$NPY" > /dev/null

[ -f app/target/stridescope.jar ] || mvn -q -B -o -DskipTests package
JAR=app/target/stridescope.jar
best_ms() {
  local best=999999
  for _ in $(seq "$RUNS"); do
    local t0 t1
    t0=$(date +%s%N)
    "$@" > "$WORK/out.txt" 2>&1 || true
    t1=$(date +%s%N)
    local ms=$(( (t1 - t0) / 1000000 ))
    (( ms < best )) && best=$ms
  done
  echo "$best"
}
echo "files: $(stat -c %s "$NPZ") bytes (.npz, stored), $(stat -c %s "$NPY") bytes (.npy)"
NPZMS=$(best_ms java -Xmx256m -jar "$JAR" inspect --file "$NPZ")
tail -3 "$WORK/out.txt"
NPYMS=$(best_ms java -Xmx256m -jar "$JAR" inspect --file "$NPY")
NUMPYMS=$(best_ms python3 -c "import numpy as np; np.load('$NPZ')['x']")
echo "best of $RUNS, whole command:"
echo "  inspect --file big.npz (1 GiB stored member)  ${NPZMS} ms"
echo "  inspect --file big.npy (1 GiB)                ${NPYMS} ms"
echo "  python3: np.load(big.npz)['x']                ${NUMPYMS} ms"
