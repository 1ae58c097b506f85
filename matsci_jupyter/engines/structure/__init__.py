"""Structures: see them (``view``) and check them (``check_structure``).

``view(obj, **options) -> StructureView`` draws a structure in 3D (plotly) beside a
summary panel, with widget controls in a live kernel; ``check_structure(obj) ->
StructureReport`` lists what is wrong with it. ``obj`` is a pymatgen Structure or
Molecule, an ASE Atoms, a path to a CIF/POSCAR/xyz/extxyz file, or CIF text.
Neither raises for bad input: problems are reported in the result.
"""

from __future__ import annotations

from .checks import check_structure
from .inputs import StructureInputError, load_structure
from .report import StructureProblem, StructureReport

__all__ = [
    "StructureInputError",
    "StructureProblem",
    "StructureReport",
    "StructureView",
    "check_structure",
    "load_structure",
    "view",
]


def __getattr__(name: str):  # the viewer imports plotly: load it on first use
    if name in ("view", "StructureView"):
        from . import viewer

        return getattr(viewer, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
