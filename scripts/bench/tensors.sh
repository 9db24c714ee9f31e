#!/usr/bin/env bash
# Issue 15's goal: a 2 GiB PyTorch checkpoint opens and lists with a bounded heap (-Xmx256m) in
# about the time of a raw file of that size. Makes, without torch, a checkpoint the way torch.save
# lays it out (a zip: NAME/data.pkl, a minimal state-dict pickle naming one float32 storage of
# 2 GiB, stored uncompressed at a 64-byte boundary, and views of it: w, w.T, an expand) and a raw
# 2 GiB file, then times whole commands (JVM start included), best of RUNS, files in the page cache:
#   inspect --file big.pt --list          vs  inspect --file raw.bin --dtype '<f4' --shape 32768,16384
#   inspect --file big.pt --member w.T
# Needs python3 (no numpy, no torch). Usage: scripts/bench/tensors.sh [WORKDIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK=${1:-$(mktemp -d)}
RUNS=${RUNS:-5}
mkdir -p "$WORK"
BIG="$WORK/big.pt"; RAW="$WORK/raw.bin"
ROWS=32768; COLS=16384   # float32: 2 GiB
if [ ! -f "$BIG" ] || [ ! -f "$RAW" ]; then
  python3 - "$BIG" "$RAW" $ROWS $COLS <<'PY'
import struct, sys, zipfile
big, raw, rows, cols = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
n = rows * cols

def pickle():
    """{'w': w, 'w.T': w.T, 'row': w[0].expand(4, cols)} as torch.save's protocol-2 pickle says it."""
    out = bytearray(b'\x80\x02}q\x00(')
    def s(x):
        b = x.encode(); return b'X' + struct.pack('<I', len(b)) + b
    def t(*v):
        return b'(' + b''.join(b'J' + struct.pack('<i', x) for x in v) + b't'
    def tensor(size, stride):
        return (b'ctorch._utils\n_rebuild_tensor_v2\n(' + b'(' + s('storage') + b'ctorch\nFloatStorage\n' + s('0')
                + s('cpu') + b'\x8a\x05' + n.to_bytes(5, 'little') + b'tQ' + b'J\x00\x00\x00\x00' + t(*size)
                + t(*stride) + b'\x89ccollections\nOrderedDict\n)Rt' + b'R')
    out += s('w') + tensor((rows, cols), (cols, 1))
    out += s('w.T') + tensor((cols, rows), (1, cols))
    out += s('row') + tensor((4, cols), (0, 1))
    return bytes(out + b'u.')

chunk = bytes(range(256)) * (1 << 14)  # 4 MiB
with zipfile.ZipFile(big, 'w', zipfile.ZIP_STORED, allowZip64=True) as z:
    z.writestr('big/data.pkl', pickle())
    info = zipfile.ZipInfo('big/data/0')
    # torch.save pads the local header's extra field so the data starts at a multiple of 64
    pos = z.fp.tell() + 30 + len(info.filename) + 20 + 4  # zip64 extra (20) + our padding field header (4)
    info.extra = struct.pack('<HH', 0x4246, (-pos) % 64) + b'Z' * ((-pos) % 64)
    with z.open(info, 'w', force_zip64=True) as f:
        for _ in range(n * 4 // len(chunk)):
            f.write(chunk)
    z.writestr('big/version', '3\n')
with open(raw, 'wb') as f:
    for _ in range(n * 4 // len(chunk)):
        f.write(chunk)
PY
fi
cat "$BIG" "$RAW" > /dev/null

mvn -q -B -o -DskipTests package 2>/dev/null || mvn -q -B -DskipTests package
JAR=app/target/stridescope.jar
best_ms() {
  local best=999999
  for _ in $(seq "$RUNS"); do
    local t0 t1
    t0=$(date +%s%N)
    java -Xmx256m -jar "$JAR" "$@" > "$WORK/out.txt"
    t1=$(date +%s%N)
    local ms=$(( (t1 - t0) / 1000000 ))
    (( ms < best )) && best=$ms
  done
  echo "$best"
}
echo "files: $(stat -c %s "$BIG") bytes (checkpoint), $(stat -c %s "$RAW") bytes (raw)"
LIST=$(best_ms inspect --file "$BIG" --list)
head -5 "$WORK/out.txt"
MEMBER=$(best_ms inspect --file "$BIG" --member w.T)
grep -m1 strides "$WORK/out.txt"
RAWMS=$(best_ms inspect --file "$RAW" --dtype '<f4' --shape $ROWS,$COLS)
grep -m1 strides "$WORK/out.txt"
echo "best of $RUNS, -Xmx256m, whole command:"
echo "  inspect --file big.pt --list        ${LIST} ms"
echo "  inspect --file big.pt --member w.T  ${MEMBER} ms"
echo "  inspect --file raw.bin (2 GiB)      ${RAWMS} ms"
