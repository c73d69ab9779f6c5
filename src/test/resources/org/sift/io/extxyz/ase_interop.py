"""ASE side of Sift's AseInteropTest (run with the system Python that has python3-ase).

  ase_interop.py read  IN.extxyz OUT.json   ase.io.read(IN, index=':') and dump every frame as JSON
  ase_interop.py write IN.json  OUT.extxyz  build Atoms from the numbers in IN.json and ase.io.write them

Dumped per frame: symbols, positions (flat), cell (rows, flat), pbc, energy/forces/stress (Voigt)
from the calculator results (null when absent), info and arrays as {kind, shape, values} with
numpy's dtype kind (i, f, b, U). Calculator results are left out of info and arrays.
"""
import json
import sys

import numpy as np
import ase.io
from ase import Atoms
from ase.calculators.singlepoint import SinglePointCalculator


def typed(value):
    a = np.asarray(value)
    kind = a.dtype.kind
    if kind == 'O' and all(isinstance(x, str) for x in a.ravel()):
        return {'kind': 'U', 'shape': list(a.shape), 'values': [str(x) for x in a.ravel()]}
    if kind == 'O':
        raise ValueError('untyped value %r' % (value,))
    return {'kind': kind, 'shape': list(a.shape), 'values': a.ravel().tolist()}


def dump(path, out):
    frames = []
    for atoms in ase.io.read(path, index=':', format='extxyz'):
        results = dict(atoms.calc.results) if atoms.calc is not None else {}
        frame = {
            'symbols': atoms.get_chemical_symbols(),
            'positions': atoms.positions.ravel().tolist(),
            'cell': np.asarray(atoms.cell).ravel().tolist(),
            'pbc': [bool(x) for x in atoms.pbc],
            'energy': float(results['energy']) if 'energy' in results else None,
            'forces': np.asarray(results['forces']).ravel().tolist() if 'forces' in results else None,
            'stress': np.asarray(results['stress']).ravel().tolist() if 'stress' in results else None,
            'info': {k: typed(v) for k, v in atoms.info.items() if k not in results},
            'arrays': {k: typed(v) for k, v in atoms.arrays.items()
                       if k not in ('numbers', 'positions') and k not in results},
        }
        frames.append(frame)
    with open(out, 'w') as f:
        json.dump(frames, f)


def build(value):
    if value['shape'] == []:
        v = value['values'][0]
        return {'i': int, 'f': float, 'b': bool, 'U': str}[value['kind']](v)
    dtype = {'i': np.int64, 'f': np.float64, 'b': bool, 'U': str}[value['kind']]
    return np.array(value['values'], dtype=dtype).reshape(value['shape'])


def write(spec, out):
    with open(spec) as f:
        frames = json.load(f)
    images = []
    for fr in frames:
        n = len(fr['symbols'])
        atoms = Atoms(symbols=fr['symbols'],
                      positions=np.array(fr['positions']).reshape(n, 3),
                      cell=np.array(fr['cell']).reshape(3, 3) if fr['cell'] else None,
                      pbc=fr['pbc'])
        for k, v in fr['info'].items():
            value = build(v)
            if v['kind'] == 'U' and v['shape'] != []:
                value = value.tolist()  # ASE keeps lists of strings as lists
            atoms.info[k] = value
        for k, v in fr['arrays'].items():
            atoms.new_array(k, build(v))
        results = {}
        if fr.get('energy') is not None:
            results['energy'] = fr['energy']
        if fr.get('forces') is not None:
            results['forces'] = np.array(fr['forces']).reshape(n, 3)
        if fr.get('stress') is not None:
            results['stress'] = np.array(fr['stress'])
        if results:
            atoms.calc = SinglePointCalculator(atoms, **results)
        images.append(atoms)
    ase.io.write(out, images, format='extxyz')


if __name__ == '__main__':
    mode, src, dst = sys.argv[1:4]
    if mode == 'read':
        dump(src, dst)
    elif mode == 'write':
        write(src, dst)
    else:
        raise SystemExit('unknown mode ' + mode)
