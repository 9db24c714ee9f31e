#!/usr/bin/env bash
# Smoke test of the installed form of Stridescope: builds the jpackage app image (no installer),
# then runs its launcher as a user would: `inspect --json` on the seed bytes, `--version`, a
# `--snapshot` under Xvfb and with no display at all (Monocle), each PNG checked to be a real picture,
# and the window itself under Xvfb up to its first frame (the time to it is printed).
# Needs JDK 17 + Maven, and xvfb-run (apt-get install xvfb xauth) for the Xvfb part.
# SMOKE_SKIP_BUILD=1 reuses an image already built by `mvn -Pinstaller -DskipTests package`.
set -euo pipefail
cd "$(dirname "$0")/../.."
IMAGE=packaging/target/app-image
LAUNCHER=$IMAGE/bin/stridescope
OUT=$(mktemp -d); trap 'rm -rf "$OUT"' EXIT
passed=0; failed=0
check() { # NAME COMMAND...: one result line per check
  local name=$1; shift
  if "$@" > "$OUT/$name.log" 2>&1; then passed=$((passed + 1)); echo "ok   $name"
  else failed=$((failed + 1)); echo "FAIL $name"; sed 's/^/     /' "$OUT/$name.log"; fi
}

if [ "${SMOKE_SKIP_BUILD:-0}" != 1 ]; then
  t0=$(date +%s)
  mvn -B -q -Pinstaller -DskipTests -Dinstaller.appImageOnly=true package
  echo "app image built in $(( $(date +%s) - t0 )) s"
fi
[ -x "$LAUNCHER" ] || { echo "FAIL: no launcher at $LAUNCHER"; exit 1; }

inspect_seed() {
  "$LAUNCHER" inspect --hex "b'aaabaaacaaadaaae'" --dtype '>i4' --shape 2,2 --json > "$OUT/seed.json"
  python3 - "$OUT/seed.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
values = [e["value"] for e in r["elements"]]
# b'aaab' read big-endian is 0x61616162 = 1633771874, and so on for the next three words
expected = [str(0x61616162 + i) for i in range(4)]
assert r["ok"] and r["shape"] == [2, 2] and values == expected, (r.get("shape"), values)
print("values", values)
PY
}
version() { "$LAUNCHER" --version | grep -E '^stridescope [0-9]+\.[0-9]+'; }
bad_input_exits_2() { local rc=0; "$LAUNCHER" inspect --hex zz --json > "$OUT/bad.json" || rc=$?; [ "$rc" = 2 ] && grep -q '"InputError"' "$OUT/bad.json"; }
lessons_listed() { "$LAUNCHER" lessons | grep -qx 'seed-big-endian'; }
# the transposed seed exported as .npy: a .npy magic, and its data bytes are the seed's words in a.T's order
export_npy() {
  "$LAUNCHER" export --hex "b'aaabaaacaaadaaae'" --dtype '>i4' --shape 2,2 --expr a.T --to "$OUT/t.npy"
  head -c 6 "$OUT/t.npy" | grep -q 'NUMPY' && tail -c 16 "$OUT/t.npy" | grep -q '^aaabaaadaaacaaae$'
}
snapshot() { # MODE: xvfb or headless
  local png=$OUT/$1.png
  if [ "$1" = xvfb ]; then
    xvfb-run -a -s "-screen 0 1920x1200x24" "$LAUNCHER" --hex "b'aaabaaacaaadaaae'" --dtype '>i4' --shape 2,2 --select 1,0 --snapshot "$png"
  else
    env -u DISPLAY -u WAYLAND_DISPLAY "$LAUNCHER" --hex "b'aaabaaacaaadaaae'" --dtype '>i4' --shape 2,2 --theme dark --snapshot "$png"
  fi
  java scripts/smoke/PngCheck.java "$png" 1400 900
}

# -Xshare:on refuses to start unless the runtime's class-data archive (dumped at build time) is usable
cds_archive_usable() { "$IMAGE/lib/runtime/bin/java" -Xshare:on -version; }

# the GUI proper (GTK glass under Xvfb, not a snapshot) opens its window and paints a first frame
first_frame() {
  STRIDESCOPE_FIRST_FRAME_EXIT=1 xvfb-run -a -s "-screen 0 1920x1200x24" "$LAUNCHER" --hex "b'aaabaaacaaadaaae'" --dtype '>i4' --shape 2,2 > "$OUT/frame.txt"
  grep -E '^first frame: [0-9]+ ms' "$OUT/frame.txt"
}

check inspect-seed inspect_seed
check version version
check bad-input-exits-2 bad_input_exits_2
check cds-archive-usable cds_archive_usable
check lessons-listed lessons_listed
check export-npy export_npy
check snapshot-headless snapshot headless
if command -v xvfb-run > /dev/null; then
  check snapshot-xvfb snapshot xvfb
  check gui-first-frame first_frame && sed 's/^/     /' "$OUT/frame.txt"
else failed=$((failed + 1)); echo "FAIL snapshot-xvfb, gui-first-frame: xvfb-run is missing (apt-get install xvfb xauth)"; fi
echo "smoke: $passed passed, $failed failed"
[ "$failed" = 0 ]
