"""Turn anything a user may hold into a pymatgen ``Structure`` or ``Molecule``.

Accepted: pymatgen ``Structure``/``Molecule`` (returned as they are), ASE ``Atoms``,
a pymatgen ``as_dict()`` dict, a path (``str`` or ``Path``) to a CIF, POSCAR/CONTCAR,
xyz or extxyz file, or CIF text. Files larger than ``max_bytes`` are refused before
they are read. Failures raise :class:`StructureInputError` with a ``code`` and a
message that names the problem.
"""

from __future__ import annotations

import io
import os
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...errors import MatsciError

MAX_FILE_BYTES = 25 * 2**20  # structure files above this are refused before reading
SUPPORTED = (
    "a pymatgen Structure or Molecule, an ASE Atoms, a path to a CIF/POSCAR/xyz/extxyz "
    "file, or CIF text"
)

# Parser chatter that says nothing about the file.
_NOISE = ("OLD_ERROR_HANDLING",)


class StructureInputError(MatsciError):
    """The input cannot be turned into a structure (missing file, too large, unparsable, ...).

    ``code`` names the problem for programs: ``missing_file``, ``not_a_file``, ``too_large``,
    ``empty``, ``binary``, ``unsupported_type``, ``unknown_format``, ``parse_error``,
    ``unknown_element``, ``bad_option``. ``lines`` holds 1-based line numbers when known.
    """

    def __init__(
        self, message: str, code: str = "parse_error", lines: tuple[int, ...] = ()
    ) -> None:
        super().__init__(message)
        self.code = code
        self.lines = tuple(lines)


@dataclass
class LoadedStructure:
    """What :func:`load` found: the structure (or why there is none) and where it came from."""

    structure: Any  # pymatgen Structure | Molecule | None
    source: str  # e.g. "file LiFePO4.cif", "CIF text", "pymatgen Structure"
    fmt: str | None = None  # cif | poscar | xyz | extxyz | None for objects
    text: str | None = None  # the file or CIF text, kept for the CIF checks
    messages: list[str] = field(default_factory=list)  # parser warnings, deduplicated
    error: StructureInputError | None = None  # set when structure is None
    n_blocks: int = 1  # CIF data blocks that gave a structure


def load_structure(obj: Any, *, max_bytes: int = MAX_FILE_BYTES) -> Any:
    """``obj`` as a pymatgen ``Structure`` or ``Molecule``; raises :class:`StructureInputError`."""
    loaded = load(obj, max_bytes=max_bytes)
    if loaded.structure is None:
        assert loaded.error is not None
        raise loaded.error
    return loaded.structure


def load(obj: Any, *, max_bytes: int = MAX_FILE_BYTES) -> LoadedStructure:
    """Read ``obj``. Unreadable sources raise; a parse failure comes back in ``.error``."""
    kind = _object_kind(obj)
    if kind == "pymatgen":
        return LoadedStructure(obj, f"pymatgen {type(obj).__name__}")
    if kind == "ase":
        return _from_ase(obj)
    if kind == "dict":
        return _from_dict(obj)
    if isinstance(obj, os.PathLike):
        return _from_path(Path(obj), max_bytes)
    if isinstance(obj, bytes):
        obj = obj.decode("utf-8", errors="replace")
    if not isinstance(obj, str):
        raise StructureInputError(
            f"cannot read a structure from a {type(obj).__name__}: pass {SUPPORTED}",
            "unsupported_type",
        )
    if looks_like_cif(obj):
        if len(obj.encode("utf-8", errors="replace")) > max_bytes:
            raise StructureInputError(_too_large("the CIF text", len(obj), max_bytes), "too_large")
        return parse_text(obj, "cif", "CIF text")
    if "\n" in obj.strip():
        raise StructureInputError(
            "the text is not a CIF (no 'data_' block header); pass CIF text, or a path to a "
            "POSCAR/xyz file",
            "unknown_format",
        )
    if not obj.strip():
        raise StructureInputError(f"the input is an empty string: pass {SUPPORTED}", "empty")
    return _from_path(Path(obj.strip()).expanduser(), max_bytes)


def looks_like_cif(text: str) -> bool:
    return bool(re.search(r"^\s*data_", text, re.MULTILINE)) or (
        "\n" in text and "_cell_length_a" in text
    )


def _object_kind(obj: Any) -> str:
    mod, name = type(obj).__module__ or "", type(obj).__name__
    if mod.startswith("pymatgen") and name in ("Structure", "IStructure", "Molecule", "IMolecule"):
        return "pymatgen"
    if mod.startswith("ase") and name == "Atoms":
        return "ase"
    if isinstance(obj, dict):
        return "dict"
    return "other"


# ---------------------------------------------------------------- objects
def _from_ase(atoms: Any) -> LoadedStructure:
    from pymatgen.io.ase import AseAtomsAdaptor

    periodic = bool(atoms.pbc.any())
    if periodic and abs(float(atoms.cell.volume)) < 1e-6:
        err = StructureInputError(
            f"the ASE Atoms is periodic (pbc={atoms.pbc.tolist()}) but its cell has zero volume "
            "(cell lengths " + ", ".join(f"{x:.4g}" for x in atoms.cell.lengths()) + " Å): set "
            "atoms.cell, or pbc=False for a molecule",
            "zero_volume",
        )
        return LoadedStructure(None, "ASE Atoms", error=err)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            structure = (
                AseAtomsAdaptor.get_structure(atoms)
                if periodic
                else AseAtomsAdaptor.get_molecule(atoms)
            )
        except Exception as exc:
            err = StructureInputError(f"the ASE Atoms could not be converted: {exc}", "parse_error")
            return LoadedStructure(None, "ASE Atoms", error=err)
    return LoadedStructure(structure, "ASE Atoms", messages=_messages(caught))


def _from_dict(d: dict) -> LoadedStructure:
    cls = d.get("@class", "")
    try:
        if "lattice" in d and "sites" in d:
            from pymatgen.core import Structure

            return LoadedStructure(Structure.from_dict(d), f"{cls or 'Structure'} dict")
        if "sites" in d:
            from pymatgen.core import Molecule

            return LoadedStructure(Molecule.from_dict(d), f"{cls or 'Molecule'} dict")
    except Exception as exc:
        return LoadedStructure(
            None,
            "dict",
            error=StructureInputError(
                f"the dict is not a valid pymatgen structure: {exc}", "parse_error"
            ),
        )
    raise StructureInputError(
        f"a dict must be a pymatgen Structure/Molecule as_dict() (with 'sites'); pass {SUPPORTED}",
        "unsupported_type",
    )


# ---------------------------------------------------------------- files
def format_of(path: Path) -> str | None:
    """The parser key (cif | poscar | extxyz | json) a file's name asks for, or None.

    From the one format table (:mod:`matsci_jupyter.structure_formats`); formats the viewer
    does not read give None here.
    """
    from ...structure_formats import format_of as table_format

    found = table_format(path)
    return found.name if found is not None and found.viewable else None


def _too_large(what: str, size: int, limit: int) -> str:
    return (
        f"{what} is {size / 2**20:.1f} MB, above the {limit / 2**20:.0f} MB limit for "
        "structure files; to read it anyway pass max_bytes=... (or --max-mb to %matsci)"
    )


def _from_path(path: Path, max_bytes: int) -> LoadedStructure:
    shown = str(path)
    if not path.exists():
        where = "" if path.is_absolute() else f" (relative to {Path.cwd()})"
        raise StructureInputError(f"no such file: {shown}{where}", "missing_file")
    if not path.is_file():
        raise StructureInputError(f"{shown} is a directory, not a structure file", "not_a_file")
    size = path.stat().st_size
    if size > max_bytes:
        raise StructureInputError(_too_large(shown, size, max_bytes), "too_large")
    if size == 0:
        raise StructureInputError(f"{shown} is empty (0 bytes)", "empty")
    raw = path.read_bytes()
    if b"\x00" in raw[:8192]:
        raise StructureInputError(
            f"{shown} is a binary file, not a CIF/POSCAR/xyz text file", "binary"
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    if not text.strip():
        raise StructureInputError(f"{shown} contains only whitespace", "empty")
    fmt = format_of(path) or _sniff(text)
    if fmt is None:
        raise StructureInputError(
            f"cannot tell the format of {shown}: name it " + _viewable_names(),
            "unknown_format",
        )
    return parse_text(text, fmt, f"file {path.name}")


def _viewable_names() -> str:
    from ...structure_formats import FORMATS

    names = [
        "/".join(f.suffixes) + (f" (or {'/'.join(f.file_names)})" if f.file_names else "")
        for f in FORMATS
        if f.viewable
    ]
    return ", ".join(names[:-1]) + " or " + names[-1]


def _sniff(text: str) -> str | None:
    if looks_like_cif(text):
        return "cif"
    first = text.lstrip().split("\n", 1)[0].strip()
    if first.isdigit():
        return "extxyz"
    return None


# ---------------------------------------------------------------- parsers
def parse_text(text: str, fmt: str, source: str) -> LoadedStructure:
    """Parse ``text`` in ``fmt``; failures come back in ``.error`` (never raised)."""
    parser = {
        "cif": _parse_cif,
        "poscar": _parse_poscar,
        "xyz": _parse_xyz,
        "extxyz": _parse_xyz,
        "json": _parse_json,
    }[fmt]
    if fmt == "cif":
        too_big = _expansion_refusal(text)
        if too_big is not None:
            return LoadedStructure(None, source, fmt, text, [], too_big, 0)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            structure, n_blocks, extra = parser(text, fmt)
            error = None
        except StructureInputError as exc:
            structure, n_blocks, extra, error = None, 0, [], exc
        except Exception as exc:  # the parsers raise many kinds; all mean "unparsable"
            structure, n_blocks, extra = None, 0, []
            error = StructureInputError(
                f"the {fmt.upper()} could not be parsed: {_one_line(exc)}", "parse_error"
            )
    messages = _dedupe([*extra, *_messages(caught)])
    if error is not None and error.code == "parse_error" and fmt == "cif":
        error = _explain_cif_failure(error, messages, text)
    return LoadedStructure(structure, source, fmt, text, messages, error, n_blocks)


def _expansion_refusal(text: str) -> StructureInputError | None:
    """An error when the CIF's symmetry expansion would be too large to build (see cifdiag)."""
    from .cifdiag import expansion_finding

    finding = expansion_finding(text)
    if finding is None:
        return None
    return StructureInputError(finding.message, finding.code, finding.lines)


def _parse_cif(text: str, fmt: str) -> tuple[Any, int, list[str]]:
    from pymatgen.io.cif import CifParser

    parser = CifParser.from_str(text)
    structures = parser.parse_structures(primitive=False, on_error="warn")
    return structures[0], len(structures), list(getattr(parser, "warnings", []))


def _parse_poscar(text: str, fmt: str) -> tuple[Any, int, list[str]]:
    from pymatgen.io.vasp import Poscar

    return Poscar.from_str(text).structure, 1, []


def _parse_json(text: str, fmt: str) -> tuple[Any, int, list[str]]:
    import json

    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise StructureInputError(
            f"the JSON is malformed at line {exc.lineno}: {exc.msg}", "parse_error", (exc.lineno,)
        ) from None
    if not isinstance(data, dict):
        raise StructureInputError(
            "the JSON is not a pymatgen Structure/Molecule (as_dict())", "unsupported_type"
        )
    loaded = _from_dict(data)
    if loaded.error is not None:
        raise loaded.error
    return loaded.structure, 1, []


def _parse_xyz(text: str, fmt: str) -> tuple[Any, int, list[str]]:
    from ase.io import read

    try:
        atoms = read(io.StringIO(text), format="extxyz", index=-1)
    except KeyError as exc:  # ASE raises KeyError('Xx') for an unknown symbol
        symbol = str(exc.args[0]) if exc.args else "?"
        lines = tuple(
            i for i, line in enumerate(text.splitlines(), 1) if line.split()[:1] == [symbol]
        )
        raise StructureInputError(
            f"unknown element symbol {symbol!r}" + (f" (line {lines[0]})" if lines else ""),
            "unknown_element",
            lines[:20],
        ) from None
    loaded = _from_ase(atoms)
    if loaded.error is not None:
        raise loaded.error
    return loaded.structure, 1, loaded.messages


def _explain_cif_failure(
    error: StructureInputError, messages: list[str], text: str
) -> StructureInputError:
    """Name the cause of a failed CIF parse, with the CIF line where it can be found."""
    from . import cifscan

    joined = " ".join([str(error), *messages])
    if not text.strip():
        return StructureInputError("the CIF is empty", "empty")
    if "Singular matrix" in joined:
        lines = cifscan.tag_lines(text, cifscan.CELL_TAGS)
        return StructureInputError(
            "the unit cell has zero volume (singular lattice matrix): check the cell lengths and "
            "angles" + cifscan.at_lines(lines),
            "zero_volume",
            lines,
        )
    located = _located_cif_error(text)
    broken = cifscan.broken_loops(text)
    if located is not None and located.code != "cif_syntax":
        return located
    if broken:
        loop = broken[0]
        return StructureInputError(
            f"the CIF is malformed or truncated: the loop starting at line {loop.header_line} has "
            f"{loop.n_values} values for {loop.n_tags} columns (last row at line {loop.last_line})",
            "parse_error",
            (loop.header_line, loop.last_line),
        )
    bad_cell = cifscan.bad_cell_values(text)
    if bad_cell:
        tag, line, value = bad_cell[0]
        return StructureInputError(
            f"the cell parameter {tag} is {value!r}, not a number (line {line})",
            "parse_error",
            (line,),
        )
    if located is not None:
        return located
    if not re.search(r"^\s*data_", text, re.MULTILINE):
        return StructureInputError(
            "the text has no CIF data block ('data_...' line)", "parse_error"
        )
    if not cifscan.has_atom_sites(text):
        return StructureInputError(
            "the CIF has no atom sites (no _atom_site_fract_x or _atom_site_Cartn_x values)",
            "no_sites",
        )
    detail = "; ".join(m for m in messages if "No structure parsed" not in m)[:300]
    return StructureInputError(
        "pymatgen could not read a structure from the CIF" + (f": {detail}" if detail else ""),
        "parse_error",
        error.lines,
    )


def _located_cif_error(text: str) -> StructureInputError | None:
    """The first error the line-aware diagnosis finds (tag or value at fault, its line)."""
    from .cifdiag import diagnose

    errors = [f for f in diagnose(text) if f.severity == "error"]
    if not errors:
        return None
    first, rest = errors[0], errors[1:]
    more = "; also: " + "; ".join(f.message for f in rest[:2]) if rest else ""
    return StructureInputError(first.message + more, first.code, first.lines)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:300]


def _messages(caught: list[warnings.WarningMessage]) -> list[str]:
    return [str(w.message) for w in caught]


def _dedupe(messages: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for message in messages:
        # pymatgen repeats its own warnings list joined under this heading: skip the copy
        if message.startswith("Issues encountered while parsing CIF:"):
            continue
        text = " ".join(str(message).split())
        if text and not any(n in text for n in _NOISE):
            seen.setdefault(text, None)
    return list(seen)
