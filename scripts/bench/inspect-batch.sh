#!/usr/bin/env bash
# Times `stridescope inspect --batch` over NumPy's whole layouts file (JVM start included)
# against NumPy answering the same cases in one Python process. Needs /usr/bin/python3 with numpy
# (apt-get install python3-numpy) and a built jar (mvn -B -DskipTests package).
#
# Reports the best of RUNS (default 5) wall times and, as the machine may be shared, the best
# user+sys CPU times too (less sensitive to other load), with the load average at the start.
# JAVA_OPTS (e.g. "-XX:TieredStopAtLevel=1") are passed to java, to try launcher options.
set -euo pipefail
cd "$(dirname "$0")/../.."
VECTORS=${1:-core/src/test/resources/vectors/numpy-1.24-layouts.jsonl}
RUNS=${RUNS:-5}
JAR=${JAR:-app/target/stridescope.jar}
# batch lines are the vectors' "input" objects
INPUT=$(mktemp); TIMES=$(mktemp); trap 'rm -f "$INPUT" "$TIMES"' EXIT
/usr/bin/python3 -c 'import json,sys; [print(json.dumps(json.loads(l)["input"])) for l in open(sys.argv[1]) if l.strip()]' "$VECTORS" > "$INPUT"
# best wall and best user+sys CPU, in ms, of RUNS runs of a command
best() { local wall=999999 cpu=999999 w c; for _ in $(seq "$RUNS"); do
  /usr/bin/time -o "$TIMES" -f "%e %U %S" "$@" > /dev/null
  read -r w c <<< "$(awk '{printf "%d %d", $1 * 1000, ($2 + $3) * 1000}' "$TIMES")"
  (( w < wall )) && wall=$w; (( c < cpu )) && cpu=$c; done; echo "$wall $cpu"; }
LOAD=$(cut -d' ' -f1 /proc/loadavg)
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
read -r J JC <<< "$(best java ${JAVA_OPTS:-} -jar "$JAR" inspect --batch "$INPUT")"
read -r N NC <<< "$(best /usr/bin/python3 scripts/bench/numpy_batch.py "$INPUT")"
echo "cases: $(wc -l < "$INPUT")   best of $RUNS (load average $LOAD)${JAVA_OPTS:+   java options: $JAVA_OPTS}"
echo "wall time (ms):     stridescope $J   numpy $N   ratio $(awk "BEGIN{printf \"%.2f\", $J/$N}")"
echo "user+sys CPU (ms):  stridescope $JC   numpy $NC   ratio $(awk "BEGIN{printf \"%.2f\", $JC/$NC}")"
