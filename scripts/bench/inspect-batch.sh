#!/usr/bin/env bash
# Times `stridescope inspect --batch` over NumPy's whole layouts file (JVM start included)
# against NumPy answering the same cases in one Python process. Needs /usr/bin/python3 with numpy
# (apt-get install python3-numpy) and a built jar (mvn -B -DskipTests package).
set -euo pipefail
cd "$(dirname "$0")/../.."
VECTORS=${1:-core/src/test/resources/vectors/numpy-1.24-layouts.jsonl}
RUNS=${RUNS:-5}
# batch lines are the vectors' "input" objects
INPUT=$(mktemp); trap 'rm -f "$INPUT"' EXIT
/usr/bin/python3 -c 'import json,sys; [print(json.dumps(json.loads(l)["input"])) for l in open(sys.argv[1]) if l.strip()]' "$VECTORS" > "$INPUT"
best() { local best=999999; for _ in $(seq "$RUNS"); do
  local t0=$(date +%s%N); "$@" > /dev/null; local t=$(( ($(date +%s%N) - t0) / 1000000 ));
  (( t < best )) && best=$t; done; echo "$best"; }
J=$(best java -jar app/target/stridescope.jar inspect --batch "$INPUT")
N=$(best /usr/bin/python3 scripts/bench/numpy_batch.py "$INPUT")
echo "cases: $(wc -l < "$INPUT")   best of $RUNS wall time (ms): stridescope $J   numpy $N   ratio $(awk "BEGIN{printf \"%.2f\", $J/$N}")"
