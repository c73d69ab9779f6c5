#!/usr/bin/env bash
# Builds the jar and takes a screenshot of the main window under Xvfb: docs/img/main-window.png.
# Needs xvfb-run, xauth, libgtk-3-0 and ImageMagick's `import` (see the toolchain notes).
# Arguments, if any, are passed to the application (files to open).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -o -q package -DskipTests
mkdir -p docs/img
OUT=docs/img/main-window.png
PREFS="org/sift/screenshots"   # keep the user's recent-files list untouched
xvfb-run -a -s "-screen 0 1400x900x24" bash -c '
  setsid java -Dsift.prefs.node='"$PREFS"' -jar target/sift.jar "$@" >/tmp/sift-screenshot.log 2>&1 &
  PID=$!
  sleep 10
  import -window root '"$OUT"'
  kill -- -"$PID" 2>/dev/null || kill "$PID" 2>/dev/null || true
  wait "$PID" 2>/dev/null || true
' bash "$@"
echo "wrote $OUT"
