"""The one table of structure-file formats: name, file suffixes or names, who reads them.

Every part of matsci-jupyter that recognises a structure file (the viewer and checks, the
code engine's slots and inputs, the sandbox's file inspection, the server's routing of
``/check``/``/show``) asks this module, in the manner of ASE's ``ase/io/formats.py``: one
declarative line per format. Pure data and the standard library only, so that it can be
imported anywhere (the sandbox harness, the server) without pulling in pymatgen.

``reader`` is the library the project uses for the format; ``pymatgen``/``ase`` say whether
``Structure.from_file`` / ``ase.io.read`` read it as named (measured with pymatgen 2026.10
and ASE 3.29). ``viewable`` formats are those :func:`matsci_jupyter.engines.structure.view`
and ``check_structure`` read.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath


@dataclass(frozen=True)
class StructureFormat:
    """One structure-file format."""

    name: str  # short name used in messages and as the parser key (cif, poscar, extxyz, ...)
    description: str
    suffixes: tuple[str, ...] = ()  # lower case, with the dot
    file_names: tuple[str, ...] = ()  # names a file starts with (POSCAR, CONTCAR)
    reader: str = "pymatgen"  # the library the project reads it with: pymatgen | ase
    pymatgen: bool = False  # Structure.from_file reads it
    ase: bool = False  # ase.io.read reads it
    ase_format: str | None = None  # ase.io format name, where ASE reads it
    viewable: bool = False  # the structure viewer and checks read it
    generic_suffix: bool = False  # the suffix is used by other kinds of files too (".in")


FORMATS: tuple[StructureFormat, ...] = (
    StructureFormat(
        "cif",
        "Crystallographic Information File",
        (".cif", ".mcif"),
        (),
        "pymatgen",
        pymatgen=True,
        ase=True,
        ase_format="cif",
        viewable=True,
    ),
    StructureFormat(
        "poscar",
        "VASP POSCAR/CONTCAR",
        (".vasp", ".poscar"),
        ("POSCAR", "CONTCAR"),
        "pymatgen",
        pymatgen=True,
        ase=True,
        ase_format="vasp",
        viewable=True,
    ),
    StructureFormat(
        "extxyz",
        "XYZ / extended XYZ",
        (".xyz", ".extxyz"),
        (),
        "ase",
        ase=True,
        ase_format="extxyz",
        viewable=True,
    ),
    StructureFormat(
        "json",
        "pymatgen Structure/Molecule JSON (as_dict)",
        (".json",),
        (),
        "pymatgen",
        pymatgen=True,
        viewable=True,
    ),
    StructureFormat(
        "xsf",
        "XCrySDen structure",
        (".xsf",),
        (),
        "pymatgen",
        pymatgen=True,
        ase=True,
        ase_format="xsf",
    ),
    StructureFormat("cssr", "CSSR (Cerius2)", (".cssr",), (), "pymatgen", pymatgen=True),
    StructureFormat("traj", "ASE trajectory", (".traj",), (), "ase", ase=True, ase_format="traj"),
    StructureFormat(
        "pdb", "Protein Data Bank", (".pdb",), (), "ase", ase=True, ase_format="proteindatabank"
    ),
    StructureFormat(
        "castep-cell", "CASTEP cell", (".cell",), (), "ase", ase=True, ase_format="castep-cell"
    ),
    StructureFormat("gen", "DFTB+ gen", (".gen",), (), "ase", ase=True, ase_format="gen"),
    StructureFormat("mol", "MDL molfile", (".mol",), (), "ase", ase=True, ase_format="mol"),
    StructureFormat("sdf", "MDL SD file", (".sdf",), (), "ase", ase=True, ase_format="sdf"),
    StructureFormat(
        "lammps-data", "LAMMPS data file", (".lmp",), (), "ase", ase=True, ase_format="lammps-data"
    ),
    StructureFormat(
        "espresso-in",
        "Quantum ESPRESSO input",
        (".in", ".pwi"),
        (),
        "ase",
        ase=True,
        ase_format="espresso-in",
        generic_suffix=True,
    ),
)

BY_NAME = {f.name: f for f in FORMATS}
FILE_NAMES: tuple[str, ...] = tuple(n for f in FORMATS for n in f.file_names)


def suffixes(
    *, viewable: bool | None = None, reader: str | None = None, generic: bool = True
) -> tuple[str, ...]:
    """File suffixes (lower case, with the dot) of the formats matching the filters."""
    return tuple(
        s
        for f in FORMATS
        if (viewable is None or f.viewable == viewable)
        and (reader is None or f.reader == reader)
        and (generic or not f.generic_suffix)
        for s in f.suffixes
    )


ALL_SUFFIXES = suffixes()
VIEWABLE_SUFFIXES = suffixes(viewable=True)


def format_of(name: str | PurePath) -> StructureFormat | None:
    """The format a file's name says (``POSCAR_relaxed`` → poscar, ``x.CIF`` → cif), or None."""
    base = PurePath(name).name
    for f in FORMATS:
        if f.file_names and base.upper().startswith(tuple(n.upper() for n in f.file_names)):
            return f
    suffix = PurePath(base).suffix.lower()
    for f in FORMATS:
        if suffix in f.suffixes:
            return f
    return None


def is_structure_file(
    name: str | PurePath, *, viewable: bool = False, generic: bool = True
) -> bool:
    """Whether a file's name marks it as a structure file (``viewable``: one we can show)."""
    found = format_of(name)
    if found is None:
        return False
    if viewable and not found.viewable:
        return False
    return generic or not found.generic_suffix
