"""Writes a DeePMD mixed-type system as dpdata's deepmd/npy/mixed dump lays it out, and the
expected frames (real atoms only, as dpdata's loader strips them) as JSON on stdout.

Layout (dpdata/deepmd/mixed.py + comp.py): type.raw = the padded atom count of zeros (the
MIXED_TOKEN type), type_map.raw = the element names, set.NNNNNN/ with box (F, 9), coord (F, 3N),
real_atom_types (F, N) int64 with -1 for padding atoms, energy (F,), force (F, 3N), virial (F, 9).
Usage: write_mixed.py FOLDER
"""
import json
import os
import sys

import numpy as np

folder = sys.argv[1]
type_map = ["H", "C", "N", "O"]
natoms = 5
# four frames, three compositions: H2O (padded by 2), CH4, NH3 (padded by 1), CH4 again
compositions = [[3, 0, 0, -1, -1], [1, 0, 0, 0, 0], [2, 0, 0, 0, -1], [0, 0, 1, 0, 0]]
rng = np.random.default_rng(11)
nframes = len(compositions)
real_atom_types = np.array(compositions, dtype=np.int64)
coords = rng.uniform(0.0, 6.0, size=(nframes, natoms, 3))
forces = rng.normal(size=(nframes, natoms, 3))
# dpdata pads virtual atoms with zero coordinates and forces
coords[real_atom_types < 0] = 0.0
forces[real_atom_types < 0] = 0.0
cells = np.array([np.diag([6.0 + 0.5 * i, 7.0, 8.0]) + 0.25 * np.eye(3, k=1) for i in range(nframes)])
energies = rng.normal(-20.0, 3.0, size=nframes)
virials = rng.normal(size=(nframes, 3, 3))
# dpdata's default precision is float32 for every frame array
coords = coords.astype(np.float32)
forces = forces.astype(np.float32)
cells = cells.astype(np.float32)
energies = energies.astype(np.float32)
virials = virials.astype(np.float32)

os.makedirs(folder)
np.savetxt(os.path.join(folder, "type.raw"), np.zeros(natoms, dtype=int), fmt="%d")
np.savetxt(os.path.join(folder, "type_map.raw"), np.array(type_map), fmt="%s")
set_size = 3
for k, start in enumerate(range(0, nframes, set_size)):
    end = start + set_size
    s = os.path.join(folder, "set.%06d" % k)
    os.makedirs(s)
    np.save(os.path.join(s, "box"), cells[start:end].reshape(-1, 9))
    np.save(os.path.join(s, "coord"), coords[start:end].reshape(-1, natoms * 3))
    np.save(os.path.join(s, "real_atom_types"), real_atom_types[start:end])
    np.save(os.path.join(s, "energy"), energies[start:end])
    np.save(os.path.join(s, "force"), forces[start:end].reshape(-1, natoms * 3))
    np.save(os.path.join(s, "virial"), virials[start:end].reshape(-1, 9))

frames = []
for f in range(nframes):
    real = real_atom_types[f] >= 0
    frames.append({
        "symbols": [type_map[t] for t in real_atom_types[f][real]],
        "positions": [float(x) for x in coords[f][real].reshape(-1)],
        "forces": [float(x) for x in forces[f][real].reshape(-1)],
        "cell": [float(x) for x in cells[f].reshape(-1)],
        "energy": float(energies[f]),
        "virial": [float(x) for x in virials[f].reshape(-1)],
    })
json.dump({"frames": frames}, sys.stdout)
