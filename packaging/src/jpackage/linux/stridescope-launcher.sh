#!/bin/sh
# Starts Stridescope on the runtime inside this image, with the class path and options of
# lib/app/stridescope.cfg (written by jpackage). It replaces jpackage's own Linux launcher, which
# asks rpm and dpkg which package owns it on every start: about 0.3 s before Java even begins.
# `inspect` runs on the quick-starting compiler only (-XX:TieredStopAtLevel=1): a command line
# finishes before the optimising compiler pays off (batch of 1,499 cases: 0.4 s instead of 0.6 s).
set -e
BIN=$(dirname "$(readlink -f "$0")")
APPDIR=$(cd "$BIN/../lib/app" && pwd)
JAVA=$APPDIR/../runtime/bin/java
CFG=$APPDIR/stridescope.cfg
CP=
MAIN=
OPTS=
while IFS= read -r line; do
  value=${line#*=}
  case $value in # jpackage writes $APPDIR for the folder of the app's jars
    *'$APPDIR'*) value=${value%%'$APPDIR'*}$APPDIR${value#*'$APPDIR'} ;;
  esac
  case $line in
    app.classpath=*) CP=${CP:+$CP:}$value ;;
    app.mainclass=*) MAIN=$value ;;
    java-options=*) OPTS="$OPTS
$value" ;;
  esac
done < "$CFG"
case ${1:-} in
  inspect) OPTS="$OPTS
-XX:TieredStopAtLevel=1" ;;
esac
# One option a line, so paths with spaces survive.
IFS='
'
# shellcheck disable=SC2086
exec "$JAVA" $OPTS -cp "$CP" "$MAIN" "$@"
