#!/bin/bash
# Side by side (docs/benchmarks.md): Sift and DScribe on the same job, pinned to the same core, in turn.
# Needs a built target/sift.jar and DScribe importable by /usr/bin/python3 (PYTHONPATH=... if built in place).
# Usage: docs/bench/peer-soap.sh [FILE.extxyz.gz] [CORE]
set -euo pipefail
f=${1:-sample-data/synthetic-lisi.extxyz.gz}; core=${2:-1}; tmp=$(mktemp -d)
# ASE 3.22 reads a gzip file frame by frame with seeks, which costs minutes: the peer reads the plain text
zcat -f "$f" > "$tmp/in.extxyz"
lscpu | grep "Model name"; uptime
cp=target/classes:target/test-classes:$(cat cp.txt 2>/dev/null || true)
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1
taskset -c "$core" /usr/bin/time -f "sift whole process: %U user %S sys, %e s wall, %M KB" \
    java -jar target/sift.jar similarity "$f" --matrix "$tmp/K.npy" --force 2>&1 | tail -1
taskset -c "$core" /usr/bin/time -f "peer whole process: %U user %S sys, %e s wall, %M KB" \
    /usr/bin/python3 "$(dirname "$0")/peer_soap.py" "$tmp/in.extxyz" "$tmp/Kd.npy" 2>&1 | tail -2
if [ -f cp.txt ]; then
    taskset -c "$core" java -cp "$cp" org.sift.bench.ScaleBench "$f" matrix
fi
/usr/bin/python3 -c "import numpy as np; a=np.load('$tmp/K.npy'); print('sift K', a.shape, 'min', a.min())"
uptime; rm -rf "$tmp"
