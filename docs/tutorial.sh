#!/usr/bin/env bash
# Regenerates everything docs/tutorial.md shows, from the bundled samples:
#   - every command's output, in target/tutorial/transcript.txt
#   - the analysis files, subsets and conversions, under target/tutorial/
#   - the figures, as docs/img/tutorial/*.png (analyze --figures png --dpi 150)
#   - the presets of docs/figures-for-papers.md, as docs/img/figures/*.png (sift figures, PDF rendered by pdftoppm)
# Usage (from anywhere; build the jar first with `mvn -q package -DskipTests`):
#   docs/tutorial.sh            SIFT_JAR=path/to/sift.jar docs/tutorial.sh
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=${SIFT_JAR:-target/sift.jar}
if [ ! -f "$JAR" ]; then
    echo "tutorial.sh: $JAR not found; build it with: mvn -q package -DskipTests" >&2
    exit 1
fi
OUT=target/tutorial
IMG=docs/img/tutorial
SYN=sample-data/synthetic-lisi.extxyz.gz
DFTB=sample-data/LixSi64-dftb.extxyz.gz
rm -rf "$OUT"
mkdir -p "$OUT" "$IMG"
LOG=$OUT/transcript.txt
: > "$LOG"

# run ARGS...: prints "$ sift ARGS" and the command's output (stdout and stderr) to the transcript and
# the terminal, with the wall-clock time; stops the script if the command fails.
run() {
    echo "\$ sift $*" | tee -a "$LOG"
    local t0 t1
    t0=$(date +%s.%N)
    java -jar "$JAR" "$@" 2>&1 | tee -a "$LOG"
    t1=$(date +%s.%N)
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "(%.1f s)\n\n", b - a }' | tee -a "$LOG"
}
# note TEXT...: a line of the transcript that is not a sift command (shell steps)
note() { echo "$*" | tee -a "$LOG"; }

{
    echo "# Sift tutorial transcript"
    echo "# $(java -jar "$JAR" --version), $(java -version 2>&1 | head -1)"
    echo "# machine: $(nproc) cores, $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
    echo
} | tee -a "$LOG"

# 1. The synthetic sample: groups and shares
run info "$SYN"

# 2. The study's analyses (default sizes 25,50,100,200,400,800,1500; three random subsets per size)
run analyze "$SYN" --out "$OUT/synthetic" --figures png --dpi 150 --quiet
for f in diagram redundancy coverage subset; do cp "$OUT/synthetic/figures/$f.png" "$IMG/synthetic-$f.png"; done

# 3. Choosing n: the smallest n whose REP(n) reaches a target, from fps_curve.csv (columns n,index,D,REP)
for target in 90 95 99 100; do
    n=$(awk -F, -v t="$target" 'NR > 1 && $4 + 0 >= t { print $1; exit }' "$OUT/synthetic/fps_curve.csv")
    note "smallest n with REP >= $target %: $n"
done
n=$(awk -F, 'NR > 1 && $3 + 0 <= 0.05 { print $1; exit }' "$OUT/synthetic/fps_curve.csv")
note "smallest n with D <= 0.05: $n"
note ""

# 4. A subset of 400 with its manifest, the complement, the selection order and a train/validation split
mkdir -p "$OUT/subset"
run select "$SYN" -n 400 -o "$OUT/subset/subset400.extxyz" --manifest "$OUT/subset/subset400.json" \
    --complement "$OUT/subset/rest.extxyz.gz" --indices "$OUT/subset/subset400.txt" \
    --train "$OUT/subset/train.extxyz" --validation "$OUT/subset/validation.extxyz" --quiet
for f in subset400.extxyz rest.extxyz.gz train.extxyz validation.extxyz; do run info "$OUT/subset/$f"; done

# 4a. Split the whole dataset first, as the study did (select all of it, at random, and split by group)
mkdir -p "$OUT/halves"
run select "$SYN" --method random -n 3000 -o "$OUT/halves/all.extxyz.gz" \
    --train "$OUT/halves/train.extxyz.gz" --validation "$OUT/halves/validation.extxyz.gz" --quiet
run info "$OUT/halves/train.extxyz.gz"
run info "$OUT/halves/validation.extxyz.gz"

# 4b. Let a stop rule choose n: stop as soon as REP(n) reaches 100 %
run select "$SYN" --rep-target 100 -o "$OUT/subset/rep100.extxyz" --quiet

# 5. Convert the training part for MTP (.cfg) and DeePMD (npy folder)
run convert "$OUT/subset/train.extxyz" "$OUT/subset/train.cfg" --type-map Li,Si
run convert "$OUT/subset/train.extxyz" "$OUT/subset/train-deepmd" --to deepmd-npy --type-map Li,Si
run info "$OUT/subset/train.cfg" --type-map Li,Si
note "\$ find $OUT/subset/train-deepmd/sys.000 | sort"
find "$OUT/subset/train-deepmd/sys.000" | sort | tee -a "$LOG"
note ""

# 6. The real DFTB sample: groups by reduced formula, or by the file's config_type
run info "$DFTB"
run info "$DFTB" --group-by config_type
run analyze "$DFTB" --group-by config_type --sizes 10,20,40,80 --figure-n 20 --out "$OUT/dftb" \
    --figures png --dpi 150 --quiet
for f in diagram redundancy coverage subset; do cp "$OUT/dftb/figures/$f.png" "$IMG/dftb-$f.png"; done
# 6a. The figure set at the three journal presets, redrawn from the analysis files (nothing recomputed)
FIG=docs/img/figures
mkdir -p "$FIG"
for p in single onehalf double; do
    run figures "$OUT/dftb" --out "$OUT/dftb/figures-$p" --figure-preset "$p" --figures pdf --figure-n 20
done
for f in diagram redundancy coverage subset panels; do
    pdftoppm -r 150 -png -singlefile "$OUT/dftb/figures-single/$f.pdf" "$FIG/single-$f"
done
for p in onehalf double; do pdftoppm -r 150 -png -singlefile "$OUT/dftb/figures-$p/coverage.pdf" "$FIG/$p-coverage"; done
pdftoppm -r 120 -png -singlefile "$OUT/dftb/figures-double/panels.pdf" "$FIG/double-panels"
n=$(awk -F, 'NR > 1 && $4 + 0 >= 100 { print $1; exit }' "$OUT/dftb/fps_curve.csv")
note "smallest n with REP >= 100 %: $n"
note ""
mkdir -p "$OUT/dftb-subset"
run select "$DFTB" -n 20 -o "$OUT/dftb-subset/subset20.extxyz" --manifest "$OUT/dftb-subset/subset20.json" --quiet
run convert "$OUT/dftb-subset/subset20.extxyz" "$OUT/dftb-subset/subset20-deepmd" --to deepmd-npy --type-map Li,Si
run convert "$OUT/dftb-subset/subset20.extxyz" "$OUT/dftb-subset/subset20.cfg" --type-map Li,Si
note "\$ ls $OUT/dftb-subset/subset20-deepmd $OUT/dftb-subset/subset20-deepmd/sys.000/set.000"
ls "$OUT/dftb-subset/subset20-deepmd" "$OUT/dftb-subset/subset20-deepmd/sys.000/set.000" | tee -a "$LOG"

echo "tutorial.sh: transcript in $LOG, figures in $IMG" >&2
