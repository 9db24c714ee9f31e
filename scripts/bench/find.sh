#!/usr/bin/env bash
# Find (Edit > Find…, the same core ByteFinder) of a 4-byte pattern over a 1 GiB file with a few
# planted matches, the file in the page cache: seconds and GB/s per run (goal: disk speed, and
# at least 1 GB/s from the page cache). The first run includes the JIT warming up.
# Usage: scripts/bench/find.sh [WORKDIR]   (the 1 GiB file is made once under WORKDIR, default /tmp)
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK=${1:-/tmp}
RUNS=${RUNS:-5}
FILE="$WORK/stridescope-find-1GiB.bin"
SIZE=$((1 << 30))
if [ ! -f "$FILE" ] || [ "$(stat -c %s "$FILE")" != $SIZE ]; then
  # Random bytes, then 'SCOP' (53 43 4f 50) planted at 5 known offsets (one across a 1 GiB-4 end).
  head -c $SIZE /dev/urandom > "$FILE"
  for at in 12345 100000000 536870910 999999999 $((SIZE - 4)); do
    printf 'SCOP' | dd of="$FILE" bs=1 seek=$at conv=notrunc status=none
  done
fi
cat "$FILE" > /dev/null # into the page cache
mvn -q -B -o test-compile -pl core 2>/dev/null || mvn -q -B test-compile -pl core
echo "find 53434f50 ('SCOP', planted 5 times, plus any by chance) in $FILE (1 GiB), $RUNS runs:"
java -Xmx256m -cp core/target/classes:core/target/test-classes org.stridescope.core.bench.FindBench "$FILE" 53434f50 "$RUNS"
