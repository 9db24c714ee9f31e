#!/usr/bin/env bash
# Times PasteParser on 10 MB pastes of each format (goal: well under a second), first run and best of 5.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -B -o test-compile -pl core 2>/dev/null || mvn -q -B test-compile -pl core
java -cp core/target/classes:core/target/test-classes org.stridescope.core.bench.PasteBench
