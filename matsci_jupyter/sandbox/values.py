"""JSON encoding of values that come back from sandboxed code (never pickle: the code is untrusted).

Tagged forms: ``{"__quantity__": [magnitude, "unit"]}`` for pint quantities,
``{"__structure__": as_dict}`` for pymatgen Structure/Molecule,
``{"__atoms__": {...}}`` for ASE Atoms, ``{"__repr__": "..."}`` for anything else.
"""

from __future__ import annotations

import json
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
    if mod.startswith("pint") and hasattr(value, "magnitude") and hasattr(value, "units"):
        return {
            "__quantity__": [
                encode(value.magnitude, depth + 1),
                f"{value.units:~}" or str(value.units),
                str(value.units),
            ]
        }
    if mod.startswith("numpy") and hasattr(value, "tolist"):
        return encode(value.tolist(), depth + 1)
    if mod.startswith("pymatgen") and is_structure_like(value):
        d = value.as_dict()
        d = {
            k: d[k]
            for k in (
                "@module",
                "@class",
                "charge",
                "spin_multiplicity",
                "lattice",
                "sites",
                "properties",
            )
            if k in d
        }  # subclasses add extra objects
        return {"__structure__": json.loads(json.dumps(d, default=_fallback))}
    if mod.startswith("ase") and is_structure_like(value):
        return {
            "__atoms__": {
                "symbols": value.get_chemical_symbols(),
                "positions": value.positions.tolist(),
                "cell": value.cell.array.tolist(),
                "pbc": value.pbc.tolist(),
            }
        }
    if isinstance(value, dict):
        return {str(k): encode(v, depth + 1) for k, v in list(value.items())[:MAX_ITEMS]}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [encode(v, depth + 1) for v in list(value)[:MAX_ITEMS]]
    if mod.startswith("pandas") and hasattr(value, "to_dict"):
        return {
            "__frame__": encode(
                value.head(200).to_dict(orient="list")
                if hasattr(value, "head")
                else value.to_dict(),
                depth + 1,
            )
        }
    return {"__repr__": repr(value)[:MAX_REPR]}


def _fallback(obj: Any) -> Any:
    if hasattr(obj, "tolist"):
        return obj.tolist()
    return {"__repr__": repr(obj)[:MAX_REPR]}


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
        d = safe_structure_dict(value["__structure__"])
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


STRUCTURE_KEYS = ("lattice", "sites", "charge", "spin_multiplicity", "properties")
SITE_KEYS = ("species", "abc", "xyz", "label", "properties")


def _clean(value: Any) -> Any:
    """JSON from untrusted code without monty type tags (which would import named modules)."""
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, dict):
        if "@module" in value or "@class" in value:
            if value.get("@module") == "numpy" and "data" in value:
                return _clean(value["data"])
            return None
        return {str(k): _clean(v) for k, v in value.items()}
    return value


def safe_structure_dict(d: dict) -> dict:
    """A Structure/Molecule ``as_dict`` reduced to plain data before ``from_dict`` sees it."""
    out = {k: d[k] for k in STRUCTURE_KEYS if k in d}
    if "lattice" in out:
        out["lattice"] = {"matrix": out["lattice"]["matrix"]}
    out["properties"] = _clean(out.get("properties") or {})
    sites = []
    for site in out.get("sites", []):
        clean = {k: site[k] for k in SITE_KEYS if k in site}
        clean["species"] = [
            {k: sp[k] for k in ("element", "occu", "oxidation_state", "spin") if k in sp}
            for sp in site.get("species", [])
        ]
        clean["properties"] = _clean(site.get("properties") or {})
        sites.append(clean)
    out["sites"] = sites
    return out


def is_structure_like(value: Any) -> bool:
    """A pymatgen Structure/Molecule (any subclass, e.g. Slab) or an ASE Atoms."""
    for cls in type(value).__mro__:
        mod, name = cls.__module__ or "", cls.__name__
        if (mod.startswith("pymatgen") and name in ("IStructure", "IMolecule")) or (
            mod.startswith("ase") and name == "Atoms"
        ):
            return True
    return False
