#!/usr/bin/env bash
# Smoke test of the installed product: builds the Linux app-image with jpackage (profile dist) and runs
# what a user runs, from the image, not from the build tree:
#   1. bin/sift --version, info, convert (extxyz -> MTP .cfg -> info again), analyze on the bundled sample;
#   2. bin/Sift (the workbench) under Xvfb for GUI_SECONDS with the sample file: it must still be running,
#      its stderr must hold no exception, and (with ImageMagick) the screen must show more than a blank root.
# Exit status 0 only if every check passes. Needs: a JDK 17 with jpackage, Maven, xvfb-run (xvfb, xauth),
# libgtk-3-0, libxtst6; optional: ImageMagick's `import` for the screenshot check.
#
# Environment:
#   MVN_FLAGS       Maven flags (default "-B -q"; add -o to stay offline)
#   SKIP_BUILD=1    reuse an existing target/dist/Sift
#   GUI_SECONDS     how long the workbench must stay up (default 15)
#   KEEP_TMP=1      keep the scratch folder (its path is printed)
set -uo pipefail

if [ "${1:-}" = "--inside-xvfb" ]; then
  # Second half of check 2, run by xvfb-run: start the workbench, wait, screenshot, stop it.
  launcher=$2 sample=$3 out=$4 seconds=$5
  "$launcher" "$sample" >"$out/gui.out" 2>"$out/gui.err" &
  app=$!
  sleep "$seconds"
  alive=0
  kill -0 "$app" 2>/dev/null && alive=1
  if command -v import >/dev/null 2>&1; then
    import -window root "$out/gui.png" 2>>"$out/import.err" || true
  fi
  kill "$app" 2>/dev/null
  for _ in 1 2 3 4 5; do kill -0 "$app" 2>/dev/null || break; sleep 1; done
  kill -9 "$app" 2>/dev/null
  wait "$app" 2>/dev/null
  [ "$alive" = 1 ]
  exit $?
fi

cd "$(dirname "$0")/.." || exit 2
ROOT=$PWD
MVN_FLAGS=${MVN_FLAGS:--B -q}
GUI_SECONDS=${GUI_SECONDS:-15}
IMG=$ROOT/target/dist/Sift
SAMPLE=$ROOT/sample-data/LixSi64-dftb.extxyz.gz
TMP=$(mktemp -d "${TMPDIR:-/tmp}/sift-smoke.XXXXXX")
START=$SECONDS
FAILED=0

cleanup() {
  if [ "${KEEP_TMP:-0}" = 1 ] || [ "$FAILED" != 0 ]; then echo "scratch kept: $TMP"; else rm -rf "$TMP"; fi
}
trap cleanup EXIT

pass() { echo "ok   $*"; }
fail() { echo "FAIL $*" >&2; FAILED=1; }
die()  { fail "$*"; exit 1; }
# run NAME CMD...: run CMD with stdout/stderr into $TMP/NAME.out/.err; fail (and show stderr) unless exit 0
run() {
  local name=$1; shift
  if "$@" >"$TMP/$name.out" 2>"$TMP/$name.err"; then return 0; fi
  local rc=$?
  fail "$name: exit $rc: $*"
  sed 's/^/     /' "$TMP/$name.err" >&2
  return $rc
}
expect() {  # expect NAME REGEX: stdout of NAME must match REGEX (grep -E)
  if grep -Eq -- "$2" "$TMP/$1.out"; then pass "$1: /$2/"; else fail "$1: no line matches /$2/"; sed 's/^/     /' "$TMP/$1.out" >&2; fi
}

for tool in xvfb-run java; do command -v "$tool" >/dev/null 2>&1 || die "$tool not found"; done
[ -f "$SAMPLE" ] || die "sample missing: $SAMPLE"

# ---- build ---------------------------------------------------------------------------------------
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  t0=$SECONDS
  # shellcheck disable=SC2086
  mvn $MVN_FLAGS -Pdist package -DskipTests || die "mvn -Pdist package failed"
  pass "app-image built in $((SECONDS - t0)) s"
fi
[ -x "$IMG/bin/Sift" ] && [ -x "$IMG/bin/sift" ] || die "no launchers in $IMG/bin"
VERSION=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
[ -n "$VERSION" ] || die "cannot read the project version from pom.xml"

# ---- 1. command line from the image ------------------------------------------------------------------
SIFT=$IMG/bin/sift
run version "$SIFT" --version && expect version "^Sift ${VERSION//./\\.}\$"

# the sample's README: 107 configurations of Li-Si; 31548 atoms in all
run info "$SIFT" info "$SAMPLE" && { expect info "^configurations: 107\$"; expect info "^atoms: 31548 "; expect info "^species: Li Si\$"; }

# round trip through another format: MTP .cfg with integer types, read back with the same type map
run convert "$SIFT" convert --type-map Li,Si "$SAMPLE" "$TMP/sample.cfg" && [ -s "$TMP/sample.cfg" ] \
  && run info-cfg "$SIFT" info --type-map Li,Si "$TMP/sample.cfg" \
  && { expect info-cfg "^configurations: 107\$"; expect info-cfg "^atoms: 31548 "; }

# usage errors exit with 2 (the CLI launcher never opens the workbench)
"$SIFT" no-such-command >/dev/null 2>&1; rc=$?
if [ "$rc" = 2 ]; then pass "unknown subcommand: exit 2"; else fail "unknown subcommand: exit $rc, expected 2"; fi

# the study's analyses (SOAP similarity, FPS): small subset sizes to stay fast
t0=$SECONDS
if run analyze "$SIFT" analyze "$SAMPLE" --out "$TMP/analysis" --sizes 10,25,50 --random-repeats 2 --quiet; then
  pass "analyze ran in $((SECONDS - t0)) s"
  for f in diagram.csv fps_curve.csv summary.json; do
    if [ -s "$TMP/analysis/$f" ]; then pass "analyze wrote $f"; else fail "analyze did not write $f"; fi
  done
  # one diagram point per configuration (a header line plus 107 rows)
  if [ -s "$TMP/analysis/diagram.csv" ]; then
    rows=$(($(wc -l <"$TMP/analysis/diagram.csv") - 1))
    if [ "$rows" = 107 ]; then pass "diagram.csv has 107 rows"; else fail "diagram.csv has $rows rows, expected 107"; fi
  fi
  # the FPS order runs over the whole set and never selects a configuration twice: its index column is a
  # permutation of 0..106
  if [ -s "$TMP/analysis/fps_curve.csv" ]; then
    check=$(awk -F, 'NR > 1 { n++; if ($2 !~ /^[0-9]+$/ || $2 > 106 || seen[$2]++) bad++ } END { print n + 0, bad + 0 }' \
      "$TMP/analysis/fps_curve.csv")
    if [ "$check" = "107 0" ]; then pass "fps_curve.csv: the FPS order is a permutation of 0..106"
    else fail "fps_curve.csv: (rows, bad or repeated indices) = ($check), expected (107, 0)"; fi
  fi
  if [ -s "$TMP/analysis/summary.json" ] && command -v python3 >/dev/null 2>&1; then
    if python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$TMP/analysis/summary.json" 2>"$TMP/json.err"
    then pass "summary.json is JSON"; else fail "summary.json is not JSON: $(cat "$TMP/json.err")"; fi
  fi
fi

# ---- 2. workbench under Xvfb -------------------------------------------------------------------------
mkdir -p "$TMP/gui"
timeout -k 10 $((GUI_SECONDS + 60)) setsid xvfb-run -a -s "-screen 0 1400x900x24" \
  "$ROOT/installer/smoke-test.sh" --inside-xvfb "$IMG/bin/Sift" "$SAMPLE" "$TMP/gui" "$GUI_SECONDS"
rc=$?
if [ "$rc" = 0 ]; then pass "workbench still running after $GUI_SECONDS s"
else fail "workbench was not running after $GUI_SECONDS s (exit $rc)"; sed 's/^/     /' "$TMP/gui/gui.err" >&2; fi
if grep -Eq 'Exception|^Error|Caused by' "$TMP/gui/gui.err"; then
  fail "workbench stderr shows an exception:"; sed 's/^/     /' "$TMP/gui/gui.err" >&2
else
  pass "workbench stderr has no exception ($(wc -l <"$TMP/gui/gui.err") lines)"
fi
if [ -s "$TMP/gui/gui.png" ] && command -v identify >/dev/null 2>&1; then
  colours=$(identify -format %k "$TMP/gui/gui.png" 2>/dev/null || echo 0)
  # an empty Xvfb screen is one colour; the workbench window (text, tables, status bar) has hundreds
  if [ "${colours:-0}" -ge 16 ]; then pass "screenshot shows a window ($colours colours)"
  else fail "screenshot looks empty ($colours colours): $TMP/gui/gui.png"; fi
else
  echo "skip screenshot check (no ImageMagick)"
fi

echo "smoke test: $([ "$FAILED" = 0 ] && echo PASSED || echo FAILED) in $((SECONDS - START)) s"
exit "$FAILED"
