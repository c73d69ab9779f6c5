#!/usr/bin/env bash
# Builds the jar and takes screenshots of the workbench under Xvfb:
#   docs/img/main-window.png     the window after start (the bundled sample)
#   docs/img/diagram.png         the similarity diagram with configurations marked (box in the middle)
#   docs/img/sampling-n400.png   the Sampling tab with the slider at n = 400, random comparison, log n axis
#   docs/img/redundancy.png      the pair-similarity distributions per group
#   docs/img/diagram-colour.png  the diagram coloured by temperature_K (an info key) with its colour bar
#   docs/img/diagram-1024x700.png the diagram at the smallest supported window, 1024x700
#   docs/img/sampling-1024x700.png the Sampling tab at 1024x700 (rows wrap, the chart keeps its share)
#   docs/img/named-subsets.png   the Sampling tab with the named subset "fps-100" compared in the composition table
#   docs/img/figure-set-dialog.png the File › Export Figure Set… dialog over the Sampling tab
#   docs/img/accuracy.png        the Accuracy tab after Run on the DFTB sample (it has energies)
# Needs xvfb-run, xauth, libgtk-3-0 and ImageMagick's `import` (see the toolchain notes).
# Arguments, if any, are passed to the application (files to open; default: the synthetic sample).
# The analysis views use the hidden option --demo-state (see AnalysisTabs.parseDemoState), which
# writes a marker file once the analysis is done, so the shot waits for the real computation.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -o -q package -DskipTests
mkdir -p docs/img
PREFS="org/sift/screenshots"   # keep the user's recent-files list untouched
AUTOSAVE=$(mktemp -d /tmp/sift-autosave.XXXXXX)   # and the user's autosave (no restore offer either)
FILES=("$@")
if [ ${#FILES[@]} -eq 0 ]; then FILES=(sample-data/synthetic-lisi.extxyz.gz); fi

# shot OUT WAIT_SECONDS [--demo-state SPEC]: runs the app, waits for the marker (or the delay), takes the picture
shot() {
  local out=$1 wait=$2; shift 2
  local marker
  marker=$(mktemp -u /tmp/sift-ready.XXXXXX)
  rm -f "$AUTOSAVE"/*   # each shot starts clean: no restore offer from the previous shot's autosave
  local demo=()
  if [ $# -gt 0 ]; then demo=(--demo-state "$1,ready=$marker"); fi
  xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    out=$1 wait=$2 marker=$3; shift 3
    setsid java -Xmx3g -Dsift.prefs.node='"$PREFS"' -Dsift.autosave.dir='"$AUTOSAVE"' -jar target/sift.jar "$@" >/tmp/sift-screenshot.log 2>&1 &
    PID=$!
    if [[ " $* " == *" --demo-state "* ]]; then
      for _ in $(seq 1 "$wait"); do [ -e "$marker" ] && break; sleep 1; done
      [ -e "$marker" ] || echo "warning: the analysis did not finish within $wait s" >&2
      sleep 1
    else
      sleep "$wait"
    fi
    import -window root "$out"
    kill -- -"$PID" 2>/dev/null || kill "$PID" 2>/dev/null || true
    wait "$PID" 2>/dev/null || true
    rm -f "$marker"
  ' bash "$out" "$wait" "$marker" "${FILES[@]}" "${demo[@]}"
  echo "wrote $out"
}

shot docs/img/main-window.png 10
shot docs/img/diagram.png 600 "tab=diagram,n=400,select=0.185:0.74:0.23:0.80"
shot docs/img/sampling-n400.png 600 "tab=sampling,n=400,random=true,log=true"
shot docs/img/diagram-colour.png 600 "tab=diagram,n=50,colour=temperature_K"
shot docs/img/diagram-1024x700.png 600 "tab=diagram,n=100,colour=x(Li),window=1024x700"
shot docs/img/sampling-1024x700.png 600 "tab=sampling,n=100,random=true,log=true,window=1024x700"
shot docs/img/redundancy.png 600 "tab=redundancy"
shot docs/img/named-subsets.png 600 "tab=sampling,n=400,named=fps-100@100"
shot docs/img/figure-set-dialog.png 600 "tab=sampling,n=400,dialog=figureset"
FILES=(sample-data/LixSi64-dftb.extxyz.gz)   # the synthetic sample has no energies
shot docs/img/accuracy.png 600 "tab=accuracy"
