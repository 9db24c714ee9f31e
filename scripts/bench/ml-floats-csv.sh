#!/usr/bin/env bash
# CSV export of a strided view a[::2, ::2] of a 32 MiB file of random 16-bit patterns, read as
# bfloat16 and as float16 (the same bytes, the same number of values: 4 million): what a model
# tensor's values cost to write as text. bfloat16 text is made once per bit pattern (Dragon4 on
# big integers, then a table), float16's by the Schubfach digits per value.
# Best of RUNS and the first (JIT-cold) run, inside one JVM, file in the page cache.
# Needs /usr/bin/python3 with numpy. Usage: scripts/bench/ml-floats-csv.sh [WORKDIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK=${1:-$(mktemp -d)}
RUNS=${RUNS:-3}
mkdir -p "$WORK"
SRC="$WORK/source-32MiB.u2"
ROWS=4096; COLS=4096
if [ ! -f "$SRC" ] || [ "$(stat -c %s "$SRC")" != $((ROWS * COLS * 2)) ]; then
  /usr/bin/python3 -c "
import numpy as np, sys
np.random.default_rng(1).integers(0, 1 << 16, $ROWS * $COLS, dtype='<u2').tofile(sys.argv[1])" "$SRC"
fi
cat "$SRC" > /dev/null
mvn -q -B -o test-compile -pl core 2>/dev/null || mvn -q -B test-compile -pl core
CP=core/target/classes:core/target/test-classes
for T in bfloat16 '<f2'; do
  read -r FIRST BEST < <(java -Xmx512m -cp "$CP" org.stridescope.core.bench.ExportBench "$SRC" "$T" $ROWS $COLS 2 "$WORK/out.csv" "$RUNS")
  echo "CSV of a[::2, ::2] (2048 x 2048 $T) from a 32 MiB file: best of $RUNS $BEST ms (first run $FIRST ms), $(stat -c %s "$WORK/out.csv") bytes"
done
