"""Reads VASP files with ASE and prints them as JSON (used by VaspAseComparisonTest).

Usage: python3 ase_read.py FORMAT FILE   (FORMAT: vasp, vasp-out, vasp-xml)
"""
import json
import sys

from ase.io import read

fmt, path = sys.argv[1], sys.argv[2]
images = read(path, index=':', format=fmt)
frames = []
for a in images:
    f = {
        'symbols': a.get_chemical_symbols(),
        'cell': a.cell.array.reshape(-1).tolist(),
        'positions': a.positions.reshape(-1).tolist(),
        'pbc': [bool(x) for x in a.pbc],
    }
    calc = a.calc
    if calc is not None:
        r = calc.results
        if r.get('energy') is not None:
            f['energy'] = float(r['energy'])
        if r.get('free_energy') is not None:
            f['free_energy'] = float(r['free_energy'])
        if r.get('forces') is not None:
            f['forces'] = r['forces'].reshape(-1).tolist()
        if r.get('stress') is not None:
            f['stress_voigt'] = [float(x) for x in r['stress']]
    frames.append(f)
json.dump({'ase_version': __import__('ase').__version__, 'frames': frames}, sys.stdout)
