"""Small example structure files for demos, benchmarks and tests, built from space groups.

``write_example_files(folder)`` writes textbook crystals (lattice constants in Å)
so that examples never depend on files a user may not have.
"""

from __future__ import annotations

import os
from pathlib import Path

# name -> (space group, lattice kind and constants in Å, species, fractional coordinates)
CRYSTALS = {
    "NaCl": ("Fm-3m", ("cubic", 5.64), ["Na", "Cl"], [[0, 0, 0], [0.5, 0.5, 0.5]]),
    "Si": ("Fd-3m", ("cubic", 5.431), ["Si"], [[0, 0, 0]]),
    "Cu": ("Fm-3m", ("cubic", 3.615), ["Cu"], [[0, 0, 0]]),
    "MgO": ("Fm-3m", ("cubic", 4.212), ["Mg", "O"], [[0, 0, 0], [0.5, 0.5, 0.5]]),
    "ZnO": (
        "P6_3mc",
        ("hexagonal", 3.25, 5.207),
        ["Zn", "O"],
        [[1 / 3, 2 / 3, 0], [1 / 3, 2 / 3, 0.382]],
    ),
    "TiO2": ("P4_2/mnm", ("tetragonal", 4.594, 2.959), ["Ti", "O"], [[0, 0, 0], [0.305, 0.305, 0]]),
    "LiCoO2": (
        "R-3m",
        ("hexagonal", 2.816, 14.05),
        ["Li", "Co", "O"],
        [[0, 0, 0], [0, 0, 0.5], [0, 0, 0.2396]],
    ),
    "Fe": ("Im-3m", ("cubic", 2.866), ["Fe"], [[0, 0, 0]]),
}
WATER_XYZ = """3
water molecule (O-H 0.96 Å, H-O-H 104.5°)
O 0.000000 0.000000 0.117790
H 0.000000 0.756950 -0.471160
H 0.000000 -0.756950 -0.471160
"""


def build(name: str):
    """The pymatgen Structure of one of :data:`CRYSTALS` (conventional cell)."""
    from pymatgen.core import Lattice, Structure

    group, lattice, species, coords = CRYSTALS[name]
    kind, *params = lattice
    lat = getattr(Lattice, kind)(*params)
    return Structure.from_spacegroup(group, lat, species, coords)


def write_example_files(folder: str | os.PathLike[str]) -> list[str]:
    """Write the example crystals as CIF (plus a few POSCARs and an xyz) into ``folder``."""
    from pymatgen.symmetry.analyzer import SpacegroupAnalyzer

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name in CRYSTALS:
        structure = build(name)
        structure.to(filename=str(out / f"{name}.cif"))
        written.append(f"{name}.cif")
    for name in ("NaCl", "Cu"):
        primitive = SpacegroupAnalyzer(build(name)).get_primitive_standard_structure()
        primitive.to(filename=str(out / f"{name}_primitive.vasp"))
        written.append(f"{name}_primitive.vasp")
    build("Si").to(filename=str(out / "POSCAR"))
    (out / "water.xyz").write_text(WATER_XYZ, encoding="utf-8")
    written += ["POSCAR", "water.xyz"]
    return written


def namespace_from_spec(spec: dict[str, str], folder: str | os.PathLike[str]) -> dict[str, object]:
    """User variables described as "structure:FILE", "atoms:Cu[:cubic]" or "path:FILE"."""
    out: dict[str, object] = {}
    for name, desc in spec.items():
        kind, _, rest = desc.partition(":")
        if kind == "structure":
            from pymatgen.core import Structure

            out[name] = Structure.from_file(str(Path(folder) / rest))
        elif kind == "atoms":
            from ase.build import bulk

            element, _, flag = rest.partition(":")
            out[name] = bulk(element, cubic=flag == "cubic")
        elif kind == "path":
            out[name] = str(Path(folder) / rest) if not Path(rest).is_absolute() else rest
        else:
            raise ValueError(f"unknown variable description {desc!r}")
    return out
