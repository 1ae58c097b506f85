"""JSON encoding of values that come back from sandboxed code (never pickle: the code is untrusted).

Tagged forms: ``{"__quantity__": [magnitude, "unit"]}`` for pint quantities,
``{"__structure__": as_dict}`` for pymatgen Structure/Molecule,
``{"__atoms__": {...}}`` for ASE Atoms, ``{"__repr__": "..."}`` for anything else.
"""

from __future__ import annotations

import math
from typing import Any

MAX_ITEMS = 10_000
MAX_REPR = 2_000


def encode(value: Any, depth: int = 0) -> Any:
    """A JSON-serialisable form of ``value``."""
    if depth > 6:
        return {"__repr__": "…"}
    if value is None or isinstance(value, (bool, str)):
        return value if not isinstance(value, str) else value[:100_000]
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else {"__float__": repr(value)}
    mod = type(value).__module__ or ""
    name = type(value).__name__
    if mod.startswith("pint") and hasattr(value, "magnitude") and hasattr(value, "units"):
        return {"__quantity__": [encode(value.magnitude, depth + 1), f"{value.units:~}" or str(value.units),
                                 str(value.units)]}
    if mod.startswith("numpy"):
        if hasattr(value, "tolist"):
            return encode(value.tolist(), depth + 1)
    if mod.startswith("pymatgen") and name in ("Structure", "IStructure", "Molecule", "IMolecule"):
        return {"__structure__": value.as_dict()}
    if mod.startswith("ase") and name == "Atoms":
        return {"__atoms__": {"symbols": value.get_chemical_symbols(),
                              "positions": value.positions.tolist(),
                              "cell": value.cell.array.tolist(), "pbc": value.pbc.tolist()}}
    if isinstance(value, dict):
        return {str(k): encode(v, depth + 1) for k, v in list(value.items())[:MAX_ITEMS]}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [encode(v, depth + 1) for v in list(value)[:MAX_ITEMS]]
    if mod.startswith("pandas") and hasattr(value, "to_dict"):
        return {"__frame__": encode(value.head(200).to_dict(orient="list") if hasattr(value, "head")
                                    else value.to_dict(), depth + 1)}
    return {"__repr__": repr(value)[:MAX_REPR]}


def decode(value: Any) -> Any:
    """Rebuild quantities, structures and atoms from :func:`encode` output (trusted types only)."""
    if isinstance(value, list):
        return [decode(v) for v in value]
    if not isinstance(value, dict):
        return value
    if "__quantity__" in value:
        from ..units import ureg

        magnitude, _short, long = value["__quantity__"]
        return ureg.Quantity(decode(magnitude), long)
    if "__structure__" in value:
        d = value["__structure__"]
        if "lattice" in d:
            from pymatgen.core import Structure

            return Structure.from_dict(d)
        from pymatgen.core import Molecule

        return Molecule.from_dict(d)
    if "__atoms__" in value:
        from ase import Atoms

        a = value["__atoms__"]
        return Atoms(a["symbols"], positions=a["positions"], cell=a["cell"], pbc=a["pbc"])
    if "__float__" in value:
        return float(value["__float__"])
    return {k: decode(v) for k, v in value.items()}


def is_structure_like(value: Any) -> bool:
    mod, name = type(value).__module__ or "", type(value).__name__
    return (mod.startswith("pymatgen") and name in ("Structure", "IStructure", "Molecule", "IMolecule")) or (
        mod.startswith("ase") and name == "Atoms")
