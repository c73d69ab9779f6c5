"""Load every output of Sift with numpy, pandas and ASE (see docs/python.md).

Usage: python3 load_outputs.py [--analysis DIR] [--matrix K.npy|K.csv] [--manifest M.json]
                               [--subset S.extxyz] [--chemiscope MAP.json.gz]
Prints one JSON object summarising what was read; exits non-zero if the files disagree.
"""
import argparse
import gzip
import json
import os

import ase.io
import numpy as np
import pandas as pd


def load_matrix(path):
    """The N x N similarity matrix K of `sift similarity --matrix`; distances d = sqrt(2 - 2K)."""
    k = np.load(path) if path.endswith(".npy") else np.loadtxt(path, delimiter=",")
    assert k.shape[0] == k.shape[1] and np.allclose(k, k.T) and np.allclose(np.diag(k), 1.0)
    return k


def load_analysis(folder):
    """The CSV and JSON files of `sift analyze --out DIR`."""
    out = {name: pd.read_csv(os.path.join(folder, name + ".csv"))
           for name in ["diagram", "distributions", "fps_curve", "composition", "fps_vs_random"]}
    with open(os.path.join(folder, "summary.json")) as f:
        out["summary"] = json.load(f)
    return out


def load_chemiscope(path):
    """A chemiscope input file (`sift analyze --chemiscope`), gzip-compressed or not."""
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        return json.load(f)  # Python's json reads the NaN of configurations FPS has not ranked


def main():
    p = argparse.ArgumentParser()
    for option in ["analysis", "matrix", "manifest", "subset", "chemiscope"]:
        p.add_argument("--" + option)
    args = p.parse_args()
    report = {}

    if args.matrix:
        k = load_matrix(args.matrix)
        d = np.sqrt(np.clip(2 - 2 * k, 0, None))
        report["matrix"] = {"n": int(k.shape[0]), "k01": float(k[0, 1]), "d01": float(d[0, 1])}

    if args.analysis:
        a = load_analysis(args.analysis)
        diagram, curve, comp = a["diagram"], a["fps_curve"], a["composition"]
        assert comp["n"].dtype.kind == "i" and comp["count"].dtype.kind == "i"
        whole = comp[comp["subset"] == "all"]
        assert whole["count"].sum() == len(diagram) and (whole["n"] == len(diagram)).all()
        fps = comp[comp["subset"] == "fps"]
        assert (fps.groupby("n")["count"].sum() == fps.groupby("n")["n"].first()).all()
        report["analysis"] = {
            "n": len(diagram),
            "groups": sorted(diagram["group"].unique().tolist()),
            "x": diagram["x"].tolist(),
            "order": curve["index"].tolist(),
            "rep": curve["REP"].tolist(),
            "composition_sizes": sorted(set(fps["n"].tolist())),
            "summary_configurations": a["summary"]["configurations"],
        }

    if args.manifest:
        with open(args.manifest) as f:
            m = json.load(f)
        report["manifest"] = {"order": m["order"], "stop": m["stopReason"], "rep_last": m["rep"][-1]}

    if args.subset:
        frames = ase.io.read(args.subset, index=":")
        report["subset"] = {
            "n": len(frames),
            "formulas": [a.get_chemical_formula() for a in frames],
            "energies": [a.get_potential_energy() if a.calc is not None else None for a in frames],
        }
        if args.manifest:
            assert len(frames) == len(m["order"])

    if args.chemiscope:
        c = load_chemiscope(args.chemiscope)
        props = c["properties"]
        rank = np.array(props["FPS rank"]["values"], dtype=float)
        report["chemiscope"] = {
            "name": c["meta"]["name"],
            "structures": len(c["structures"]),
            "properties": list(props),
            "x": props["diagram x"]["values"],
            "first": int(np.nanargmin(rank)),
        }
        if args.analysis:
            assert len(c["structures"]) == len(diagram)
            assert np.allclose(props["diagram x"]["values"], diagram["x"], rtol=1e-9, atol=0)
            assert int(np.nanargmin(rank)) == curve["index"][0]

    print(json.dumps(report))


if __name__ == "__main__":
    main()
