"""Structure -> CIF, POSCAR or xyz text (pymatgen writers), with errors a user can act on."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

from .inputs import StructureInputError

FORMATS = ("cif", "poscar", "xyz")
_SUFFIX = {"cif": ".cif", "poscar": ".vasp", "xyz": ".xyz"}


def format_for_path(path: str | Path) -> str:
    """'cif' | 'poscar' | 'xyz' from a file name; raises for other names."""
    from ...structure_formats import format_of

    p = Path(path)
    found = format_of(p)
    writer = {"cif": "cif", "poscar": "poscar", "extxyz": "xyz"}.get(found.name if found else "")
    if writer is not None:
        return writer
    raise StructureInputError(
        f"cannot tell the export format from {p.name!r}: end it in .cif, "
        ".vasp (or name it POSCAR) or .xyz",
        "bad_option",
    )


def default_filename(structure: Any, fmt: str) -> str:
    stem = structure.composition.reduced_formula if len(structure) else "structure"
    return "POSCAR" if fmt == "poscar" and not stem else f"{stem}{_SUFFIX[fmt]}"


def structure_text(structure: Any, fmt: str) -> str:
    """The structure written as ``fmt`` ('cif', 'poscar', 'xyz')."""
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise StructureInputError(
            f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}", "bad_option"
        )
    periodic = hasattr(structure, "lattice")
    if fmt in ("cif", "poscar") and not periodic:
        raise StructureInputError(
            f"a molecule has no unit cell, so it cannot be written as "
            f"{fmt.upper()}; export it as xyz",
            "bad_option",
        )
    if fmt in ("poscar", "xyz") and not structure.is_ordered:
        raise StructureInputError(
            f"{'POSCAR' if fmt == 'poscar' else 'xyz'} cannot hold "
            "partial occupancies; export CIF, or order the structure "
            "first",
            "bad_option",
        )
    try:
        return _write(structure, fmt)
    except StructureInputError:
        raise
    except Exception as exc:  # a writer that gives up: say so in one line
        raise StructureInputError(
            f"pymatgen could not write {fmt.upper()}: {exc}", "export_failed"
        ) from None


def _write(structure: Any, fmt: str) -> str:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if fmt == "cif":
            from pymatgen.io.cif import CifWriter

            return str(CifWriter(structure))
        if fmt == "poscar":
            from pymatgen.io.vasp import Poscar

            return Poscar(structure).get_str()
        from pymatgen.io.xyz import XYZ

        return str(XYZ(structure)) + "\n"


def write_structure(structure: Any, path: str | Path, fmt: str | None = None) -> Path:
    """Write ``structure`` to ``path`` (format from the name unless ``fmt``); returns the path."""
    path = Path(path).expanduser()
    text = structure_text(structure, fmt or format_for_path(path))
    path.write_text(text, encoding="utf-8")
    return path
