"""Writes pw.x input files with ASE and prints, as JSON on stdout, what ASE reads back from each.

Files (in FOLDER): angstrom.pwi and crystal.pwi written by ase.io.write(format='espresso-in')
(ibrav = 0, CELL_PARAMETERS angstrom, ATOMIC_POSITIONS angstrom or crystal), and bohr.pwi and
alat.pwi, the same structure with the cell and positions rewritten in bohr and in units of
celldm(1) (the bohr of ASE's espresso module and of pw.x, CODATA 2006), as pw.x users write them by hand.
Usage: ase_write_pwi.py FOLDER
"""
import json
import os
import sys

import ase.io
from ase import Atoms
from ase.io.espresso import units  # CODATA 2006, as pw.x

folder = sys.argv[1]
atoms = Atoms(
    "Ti2O3H",
    positions=[[0.1, 0.2, 0.3], [2.1, 1.9, 1.4], [1.2, 0.4, 2.2], [3.3, 2.1, 0.7], [0.6, 3.1, 1.9],
               [2.7, 0.9, 3.2]],
    cell=[[4.6, 0.0, 0.0], [0.7, 4.4, 0.0], [0.3, -0.5, 3.9]],
    pbc=True,
)
atoms.rattle(0.02, seed=3)
species = {"pseudopotentials": {"Ti": "Ti.upf", "O": "O.upf", "H": "H.upf"}}
os.makedirs(folder, exist_ok=True)
ase.io.write(os.path.join(folder, "angstrom.pwi"), atoms, format="espresso-in", kpts=(2, 2, 2), **species)
ase.io.write(os.path.join(folder, "crystal.pwi"), atoms, format="espresso-in", crystal_coordinates=True,
             **species)

with open(os.path.join(folder, "angstrom.pwi")) as f:
    text = f.read()
head = text[: text.index("CELL_PARAMETERS")]
species_card = text[text.index("ATOMIC_SPECIES"): text.index("K_POINTS")]


def rows(values, scale):
    return "\n".join(" ".join("%.16f" % (x / scale) for x in r) for r in values)


def labelled(values, scale):
    return "\n".join(
        s + " " + " ".join("%.16f" % (x / scale) for x in r) for s, r in zip(atoms.get_chemical_symbols(), values))


bohr = head.replace("&SYSTEM\n", "&SYSTEM\n   ! cell and positions in bohr\n")
bohr += "CELL_PARAMETERS bohr\n" + rows(atoms.cell, units.Bohr) + "\n\n"
bohr += "ATOMIC_POSITIONS {bohr}\n" + labelled(atoms.positions, units.Bohr) + "\n"
with open(os.path.join(folder, "bohr.pwi"), "w") as f:
    f.write(bohr)

celldm = 8.7
alat = celldm * units.Bohr
lines = head.replace("ibrav            = 0", "ibrav = 0, celldm(1) = 8.7d0")
lines += "CELL_PARAMETERS (alat)\n" + rows(atoms.cell, alat) + "\n\n"
lines += "ATOMIC_POSITIONS alat\n" + labelled(atoms.positions, alat) + "\n"
with open(os.path.join(folder, "alat.pwi"), "w") as f:
    f.write(lines)

out = {"ase_bohr": units["Bohr"]}
for name in ["angstrom.pwi", "crystal.pwi", "bohr.pwi", "alat.pwi"]:
    a = ase.io.read(os.path.join(folder, name), format="espresso-in")
    out[name] = {
        "symbols": a.get_chemical_symbols(),
        "positions": [float(x) for x in a.positions.reshape(-1)],
        "cell": [float(x) for x in a.cell.array.reshape(-1)],
    }
json.dump(out, sys.stdout)
