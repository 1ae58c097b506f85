"""Render time and payload of the structure viewer at 100, 1,000 and 10,000 atoms.

    PYTHONPATH=. .venv/bin/python benchmarks/structure_render.py [--repeats 5]

Structures are SrTiO3 (cubic perovskite, 5 atoms) supercells built as plain pymatgen
Structures of N sites, so the viewer sees N atoms to check, bond and draw; then the same
with every atom displaced at random by ~0.05 Å (P1, no symmetry to share). For each size:

- view: ``view(s, controls=False)``: read + checks + bonds + scene + plotly figure (Python s)
- html: ``_repr_mimebundle_()``: figure JSON + summary panel HTML (Python s)
- render = view + html, the Python time before the notebook gets the output
- widget: creating the live view (plotly FigureWidget + controls), when controls are on
- payload: bytes of the mimebundle as JSON, without plotly.js (plotly.js is embedded once
  per kernel session; its size is printed separately)

Medians over ``--repeats`` runs after one warm-up run (imports excluded).
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import time
import warnings


def perovskite(n_atoms: int, rattle: float = 0.0):
    """SrTiO3 with n_atoms sites; ``rattle`` (Å) displaces atoms at random (seeded), which
    leaves no symmetry (P1): the worst case for bonds, as CrystalNN cannot be shared."""
    import numpy as np
    from pymatgen.core import Lattice, Structure

    cell = Structure.from_spacegroup(
        "Pm-3m",
        Lattice.cubic(3.905),
        ["Sr", "Ti", "O"],
        [[0, 0, 0], [0.5, 0.5, 0.5], [0.5, 0.5, 0]],
    )
    repeats = {100: (5, 2, 2), 1_000: (10, 5, 4), 10_000: (20, 10, 10)}[n_atoms]
    structure = cell * repeats
    if rattle:
        shifts = np.random.default_rng(0).normal(0, rattle, (len(structure), 3))
        structure = Structure(
            structure.lattice,
            structure.species,
            structure.cart_coords + shifts,
            coords_are_cartesian=True,
        )
    return structure


def measure(n_atoms: int, repeats: int, rattle: float = 0.0) -> dict:
    from matsci_jupyter.engines.structure import view

    structure = perovskite(n_atoms, rattle)
    rows = []
    for k in range(repeats + 1):
        t0 = time.perf_counter()
        shown = view(structure, controls=False, plotlyjs="none")
        t1 = time.perf_counter()
        bundle = shown._repr_mimebundle_()
        t2 = time.perf_counter()
        shown.widget()
        t3 = time.perf_counter()
        if k:  # the first run is a warm-up
            rows.append(
                {
                    "view": t1 - t0,
                    "html": t2 - t1,
                    "render": t2 - t0,
                    "widget": t3 - t2,
                    "payload": len(json.dumps(bundle).encode()),
                }
            )
    median = {key: statistics.median(r[key] for r in rows) for key in rows[0]}
    median.update(
        atoms=len(structure),
        drawn=shown.scene.n_atoms,
        bonds=shown.scene.bond_method,
        degraded=shown.scene.degraded,
        symmetry=(shown.summary.get("space_group") or {}).get("symbol", "not computed"),
    )
    return median


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1_000, 10_000])
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    from matsci_jupyter.engines.structure.offline import plotlyjs_block

    print(f"python {platform.python_version()}, {platform.machine()}, repeats={args.repeats}")
    print(
        "| atoms | space group | drawn | bonds | view (s) | html (s) | render (s) | widget (s) "
        "| payload |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for rattle in (0.0, 0.05):
        for n in args.sizes:
            r = measure(n, args.repeats, rattle)
            print(
                f"| {r['atoms']:,} | {r['symmetry']} | {r['drawn']:,} | {r['bonds']} | "
                f"{r['view']:.3f} | {r['html']:.3f} | {r['render']:.3f} | {r['widget']:.3f} | "
                f"{r['payload'] / 1e6:.2f} MB |",
                flush=True,
            )
    print(f"plotly.js embedded once per kernel session: {len(plotlyjs_block()) / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
