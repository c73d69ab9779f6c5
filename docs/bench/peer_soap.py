#!/usr/bin/env python3
"""The DScribe side of docs/benchmarks.md: extxyz in -> normalised average-SOAP kernel matrix out, with
DScribe (GTO basis, n_max/l_max as given, r_cut 3, sigma 0.4, periodic, average="inner" = mean vector, exact
for zeta = 1), then X.X^T with numpy. Prints the process CPU seconds of each stage on stderr.
Usage: peer_soap.py FILE.extxyz OUT.npy [n_max] [l_max]"""
import sys, time
import numpy as np
from ase.io import read
from dscribe.descriptors import SOAP

path, out = sys.argv[1], sys.argv[2]
n_max = int(sys.argv[3]) if len(sys.argv) > 3 else 8
l_max = int(sys.argv[4]) if len(sys.argv) > 4 else 6
c0 = time.process_time()
frames = read(path, index=":")
for a in frames:
    if a.cell.rank == 3:
        a.pbc = True
species = sorted({s for a in frames for s in a.get_chemical_symbols()})
c1 = time.process_time()
soap = SOAP(species=species, r_cut=3.0, n_max=n_max, l_max=l_max, sigma=0.4, rbf="gto", periodic=True, average="inner")
X = soap.create(frames, n_jobs=1)
c2 = time.process_time()
X = X / np.linalg.norm(X, axis=1, keepdims=True)
K = X @ X.T
c3 = time.process_time()
np.save(out, K)
c4 = time.process_time()
nat = sum(len(a) for a in frames)
print(f"peer: {len(frames)} configs {nat} atoms, D {X.shape[1]}; cpu read {c1-c0:.2f} s, soap {c2-c1:.2f} s,"
      f" matrix {c3-c2:.2f} s, write {c4-c3:.2f} s", file=sys.stderr)
