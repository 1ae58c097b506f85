"""Index-based structure edits and simple questions about one structure, as first-class operations.

Atom indices are the order of sites in the file, counted from 0. Each operation
class is read from the request by one pattern and written as a few lines of
pymatgen on ``structure``: change/replace the atom at an index, swap two atoms,
remove atoms by index, move an atom by a vector or towards another atom, insert
an atom between two atoms, delete atoms below another atom's height, rotate the
atoms around an atom, add an atom at a Cartesian point, replace every atom of an
element, set the lattice keeping fractional coordinates, scale the lattice, remove
the atoms in a sphere or a fractional box, translate or add a group of atoms.
Lengths in Å, angles in degrees.

:func:`plan_edits` returns ``None`` when the request is not of this kind (the recipe
planner then tries), an outcome with a plan, or a clarifying question.

Instructions of the AtomWorldBench family are read by engines/code/edit_ops.py into explicit
operations (every number bound, indices checked against the file, or a refusal with the
reason), written as pymatgen by edit_code.py and, after the sandbox run, compared site by
site with the same operations replayed with ASE (edit_replay.py, :func:`check_edit_result`):
only a result equal to the instruction is "verified". The older one-pattern readers below
remain for everyday wordings ("remove one Li atom") that the new reader leaves alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import slots
from .intent import Intent
from .plan import Plan, Step
from .recipes import RECIPES, SOURCES, STRUCTURE, Recipe

_NUM = r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"
_EL = r"([A-Z][a-z]?)"
_VEC = rf"[\[(]\s*({_NUM})\s*[, ]\s*({_NUM})\s*[, ]\s*({_NUM})\s*[\])]"


@dataclass
class _Op:
    title: str
    lines: list[str]
    imports: tuple[str, ...] = ()
    sentence: str = ""


def _vec(m: re.Match[str], start: int) -> list[float]:
    return [float(m.group(start + k)) for k in range(3)]


def _vectors(text: str) -> list[list[float]]:
    return [[float(x) for x in m.groups()] for m in re.finditer(_VEC, text)]


def _ints(text: str) -> list[int]:
    return [int(x) for x in re.findall(r"-?\d+", text)]


def _index_list(text: str) -> list[int]:
    m = re.search(r"site\s+indices\s*:?\s*\(([^)]*)\)", text, re.I)
    return _ints(m.group(1)) if m else []


def _offsets(text: str, n: int) -> list[list[int]]:
    m = re.search(r"offsets\s*\(\s*((?:\([^)]*\)\s*,?\s*)+)\)", text, re.I)
    if not m:
        return [[0, 0, 0]] * n
    return [_ints(t) for t in re.findall(r"\(([^)]*)\)", m.group(1))]


def _cart_list(text: str) -> list[list[float]]:
    m = re.search(r"cartesian\s+coordinates\s*:?\s*\(\s*((?:\([^)]*\)\s*,?\s*)+)\)", text, re.I)
    if not m:
        return []
    return [[float(x) for x in re.findall(_NUM, t)] for t in re.findall(r"\(([^)]*)\)", m.group(1))]


def _species_list(text: str) -> list[str]:
    m = re.search(r"atoms/species\s+([A-Z][a-z]?(?:\s*,\s*[A-Z][a-z]?)*)", text)
    return re.findall(r"[A-Z][a-z]?", m.group(1)) if m else []


def _motif_positions(indices: list[int], offsets: list[list[int]]) -> list[str]:
    return [
        f"structure.lattice.get_cartesian_coords(structure[{i}].frac_coords + np.array({o}))"
        for i, o in zip(indices, offsets, strict=False)
    ]


def _read_ops(text: str) -> list[_Op] | None:
    """The operations of ``text``, or None when it names none of the classes above."""
    ops: list[_Op] = []
    np_import = ("import numpy as np",)
    t = " ".join(text.split())

    m = re.search(
        rf"\bchange\s+the\s+atom\s+at\s+index\s+(\d+)\s+(?:in)?to\s+(?:an?\s+)?{_EL}\b", t, re.I
    )
    if m:
        i, el = int(m.group(1)), m.group(2)
        ops.append(
            _Op(
                "Change one atom's element",
                [f"structure.replace({i}, {el!r})"],
                sentence=f"changes atom {i} into {el}",
            )
        )
    m = (
        re.search(r"\bswap\b.*?\bindices\s*:?\s*\(?(\d+)\)?\s+and\s+(\d+)", t, re.I)
        or re.search(
            r"\bswap\b.*?\bat\s+site\s+indices\s*:\s*\((\d+)\).*?\bat\s+site\s+indices\s*:\s*\((\d+)\)",
            t,
            re.I,
        )
        or re.search(r"\bswap\b.*?\batoms?\s+(\d+)\s+and\s+(\d+)", t, re.I)
    )
    if m and re.search(r"\bswap", t, re.I):
        from .edit_code import swap_sites

        i, j = int(m.group(1)), int(m.group(2))
        ops.append(
            _Op(
                "Swap the positions of two atoms",
                [
                    "# sites keep their place in the list and exchange their atoms; two atoms of",
                    "# the same element exchange their positions (exchanging occupants would do nothing)",
                    *swap_sites(i, j),
                ],
                sentence=f"swaps the positions of atoms {i} and {j}",
            )
        )
    m = re.search(
        r"\b(?:remove|delete)\s+(?:the\s+)?atoms?\s+(?:at\s+)?(?:index|indices)\s+"
        r"(\d+(?:\s*(?:,|and)\s*\d+)*)",
        t,
        re.I,
    )
    if m:
        idx = _ints(m.group(1))
        ops.append(
            _Op(
                "Remove atoms by index",
                [f"structure.remove_sites({idx})"],
                sentence=f"removes the atoms at indices {idx}",
            )
        )
    m = re.search(
        rf"\bmove\s+the\s+atom\s+at\s+index\s+(\d+)\s+towards\s+the\s+atom\s+at\s+index\s+(\d+)\s+"
        rf"by\s+({_NUM})\s*(?:angstroms?|Å|A\b)",
        t,
        re.I,
    )
    if m:
        i, j, d = int(m.group(1)), int(m.group(2)), float(m.group(3))
        ops.append(
            _Op(
                "Move an atom towards another",
                [
                    f"direction = structure[{j}].coords - structure[{i}].coords  # Å",
                    f"step = {d} * direction / np.linalg.norm(direction)",
                    f"structure.translate_sites([{i}], step, frac_coords=False, to_unit_cell=False)",
                ],
                np_import,
                f"moves atom {i} {d} Å towards atom {j}",
            )
        )
    elif m := re.search(
        rf"\bmove\s+the\s+atom\s+at\s+index\s+(\d+)\s+by\s+(?:the\s+)?(?:vector\s+)?{_VEC}", t, re.I
    ):
        i, v = int(m.group(1)), _vec(m, 2)
        frac = bool(re.search(r"\bfractional\b", t, re.I))
        ops.append(
            _Op(
                "Move an atom by a vector",
                [f"structure.translate_sites([{i}], {v}, frac_coords={frac}, to_unit_cell=False)"],
                sentence=f"moves atom {i} by {v}",
            )
        )
    m = re.search(
        rf"\binsert\s+(?:an?\s+|one\s+)?{_EL}\s+(?:atom\s+)?between\s+(?:the\s+)?atoms\s+at\s+"
        rf"indices\s+(\d+)\s+and\s+(\d+).*?({_NUM})\s*(?:angstroms?|Å|A\b)\s+from\s+(?:atom\s+)?(\d+)",
        t,
        re.I,
    )
    if m:
        el, i, j, d, ref = (
            m.group(1),
            int(m.group(2)),
            int(m.group(3)),
            float(m.group(4)),
            int(m.group(5)),
        )
        other = j if ref == i else i
        ops.append(
            _Op(
                "Insert an atom between two atoms",
                [
                    f"direction = structure[{other}].coords - structure[{ref}].coords  # Å",
                    f"point = structure[{ref}].coords + {d} * direction / np.linalg.norm(direction)",
                    f"structure.append({el!r}, point, coords_are_cartesian=True)",
                ],
                np_import,
                f"inserts {el} between atoms {i} and {j}, {d} Å from atom {ref}",
            )
        )
    m = re.search(
        r"\bdelete\s+all\s+atoms\s+whose\s+z\s+coordinate\s+is\s+(?:lower|less|smaller|below)\s+than\s+"
        r"(?:that\s+of\s+)?the\s+atom\s+at\s+index\s+(\d+)",
        t,
        re.I,
    )
    if m:
        i = int(m.group(1))
        ops.append(
            _Op(
                "Delete the atoms below an atom's height",
                [
                    f"z_ref = structure[{i}].coords[2]  # Å",
                    "structure.remove_sites([k for k, site in enumerate(structure) "
                    "if site.coords[2] < z_ref - 1e-6])",
                ],
                sentence=f"deletes the atoms lower than atom {i} (keeping it and atoms at its height)",
            )
        )
    m = re.search(
        rf"\brotate\s+all\s+(?:the\s+)?(?:surrounding\s+)?atoms\s+within\s+({_NUM})\s*"
        rf"(?:angstroms?|Å|A\b)\s+of\s+the\s+(?:center|centre)\s+atom\s+at\s+index\s+(\d+)\s+by\s+"
        rf"({_NUM})\s*(?:degrees?|°)\s+around\s+the\s+axis\s+{_VEC}",
        t,
        re.I,
    )
    if m:
        r, i, angle, axis = float(m.group(1)), int(m.group(2)), float(m.group(3)), _vec(m, 4)
        ops.append(
            _Op(
                "Rotate the atoms around an atom",
                [
                    f"axis = np.array({axis}) / np.linalg.norm({axis})",
                    f"rotation = Rotation.from_rotvec(np.radians({angle}) * axis).as_matrix()",
                    f"center = structure[{i}].coords",
                    f"for neighbor in structure.get_neighbors(structure[{i}], {r}):",
                    "    moved = center + rotation @ (neighbor.coords - center)",
                    "    structure.replace(neighbor.index, structure[neighbor.index].species, moved,"
                    " coords_are_cartesian=True)",
                ],
                ("import numpy as np", "from scipy.spatial.transform import Rotation"),
                f"rotates the atoms within {r} Å of atom {i} by {angle}° about {axis}",
            )
        )
    m = re.search(
        rf"\badd\s+(?:one\s+|an?\s+)?{_EL}\s+atom\s+at\s+the\s+cartesian\s+(?:coordinates?|position)\s+{_VEC}",
        t,
        re.I,
    )
    if m:
        el, v = m.group(1), _vec(m, 2)
        ops.append(
            _Op(
                "Add an atom at a Cartesian point",
                [f"structure.append({el!r}, {v}, coords_are_cartesian=True)"],
                sentence=f"adds {el} at {v} Å",
            )
        )
    m = re.search(rf"\breplace\s+all\s+atoms\s+of\s+(?:the\s+)?element\s+{_EL}\s+with\s+{_EL}\b", t)
    if m:
        ops.append(
            _Op(
                "Replace every atom of an element",
                [f"structure.replace_species({{{m.group(1)!r}: {m.group(2)!r}}})"],
                sentence=f"replaces every {m.group(1)} by {m.group(2)}",
            )
        )
    m = re.search(
        r"\bset\s+the\s+lattice\s+(?:directly\s+)?to\s+the\s+matrix\s*(\(.*?\)\s*\))", t, re.I
    )
    if m:
        rows = _vectors(m.group(1))
        if len(rows) == 3:
            keep_frac = re.search(r"fractional\s+coordinates\s+are\s+unchanged|scaled", t, re.I)
            line = (
                f"structure.lattice = Lattice({rows})  # fractional coordinates kept"
                if keep_frac
                else f"structure = Structure(Lattice({rows}), structure.species, structure.cart_coords,"
                " coords_are_cartesian=True)"
            )
            ops.append(
                _Op(
                    "Set the lattice",
                    [line],
                    ("from pymatgen.core import Lattice, Structure",),
                    "sets the lattice matrix",
                )
            )
    m = re.search(
        rf"\bremove\s+all\s+atoms\s+in\s+the\s+spherical\s+region\s+cent(?:er|r)ed\s+at\s+cartesian\s+"
        rf"coordinates\s+{_VEC}\s+with\s+radius\s+({_NUM})",
        t,
        re.I,
    )
    if m:
        c, r = _vec(m, 1), float(m.group(4))
        ops.append(
            _Op(
                "Remove the atoms inside a sphere",
                [
                    f"inside = [k for k, site in enumerate(structure) "
                    f"if np.linalg.norm(site.coords - np.array({c})) <= {r}]",
                    "structure.remove_sites(inside)",
                ],
                np_import,
                f"removes the atoms within {r} Å of {c}",
            )
        )
    m = re.search(
        rf"\bremove\s+all\s+atoms\s+with\s+fractional\s+coordinates\s+satisfying\s*:?\s*"
        rf"({_NUM})\s*(?:≤|<=)\s*x\s*(?:≤|<=)\s*({_NUM})\s*,\s*({_NUM})\s*(?:≤|<=)\s*y\s*(?:≤|<=)\s*"
        rf"({_NUM})\s*,\s*({_NUM})\s*(?:≤|<=)\s*z\s*(?:≤|<=)\s*({_NUM})",
        t,
        re.I,
    )
    if m:
        b = [float(x) for x in m.groups()]
        ops.append(
            _Op(
                "Remove the atoms inside a fractional box",
                [
                    f"low, high = np.array({b[0::2]}), np.array({b[1::2]})",
                    "inside = [k for k, site in enumerate(structure) "
                    "if np.all(site.frac_coords >= low) and np.all(site.frac_coords <= high)]",
                    "structure.remove_sites(inside)",
                ],
                np_import,
                "removes the atoms inside the fractional box",
            )
        )
    if re.search(r"\btranslate\b.*\bsite\s+indices\b.*\brelocate\s+its\s+centroid\b", t, re.I):
        idx = _index_list(t)
        offs = _offsets(t, len(idx))
        target = _vectors(t[t.lower().rfind("cartesian coordinates") :])
        if idx and target and len(offs) == len(idx):
            ops.append(
                _Op(
                    "Translate a group of atoms",
                    [
                        "positions = np.array([" + ", ".join(_motif_positions(idx, offs)) + "])",
                        f"shift = np.array({target[0]}) - positions.mean(axis=0)  # Å",
                        f"structure.translate_sites({idx}, shift, frac_coords=False, to_unit_cell=False)",
                    ],
                    np_import,
                    f"moves the centroid of atoms {idx} to {target[0]} Å",
                )
            )
    if re.search(r"\badd\s+an?\s+\w+\s+of\s+atoms\b", t, re.I):
        species, coords = _species_list(t), _cart_list(t)
        line = re.search(
            rf"between\s+atoms\s+in\s+a\s+pair.*?site\s+indices\s*:\s*\((\d+)\s*,\s*(\d+)\).*?at\s+"
            rf"({_NUM})\s*angstroms?\s+away\s+from\s+the\s+atom\s+indexed\s+(\d+)",
            t,
            re.I,
        )
        if species and len(species) == len(coords) and line:
            i, j, d, ref = (
                int(line.group(1)),
                int(line.group(2)),
                float(line.group(3)),
                int(line.group(4)),
            )
            other = j if ref == i else i
            ops.append(
                _Op(
                    "Add a group of atoms",
                    [
                        f"motif = np.array({coords})  # Å",
                        f"direction = structure[{other}].coords - structure[{ref}].coords",
                        f"target = structure[{ref}].coords + {d} * direction / np.linalg.norm(direction)",
                        "motif += target - motif.mean(axis=0)",
                        f"for element, point in zip({species}, motif):",
                        "    structure.append(element, point, coords_are_cartesian=True)",
                    ],
                    np_import,
                    f"adds {'-'.join(species)} centred {d} Å from atom {ref} towards atom {other}",
                )
            )
    if re.search(r"\breplace\s+an?\s+\w+\s+(?:of\s+atoms/species\s+)?.*?site\s+indices", t, re.I):
        idx = _index_list(t)
        parts = re.split(r"\bwith\s+an?\s+", t, maxsplit=1, flags=re.I)
        new_species = (
            re.findall(r"[A-Z][a-z]?", parts[1].split("with cartesian")[0].split(".")[0])
            if len(parts) == 2
            else []
        )
        new_species = [s for s in new_species if s in slots.element_symbols()]
        coords = _cart_list(parts[1]) if len(parts) == 2 else []
        offs = _offsets(t, len(idx))
        appended = bool(re.search(r"appended\s+to\s+the\s+end", t, re.I))
        if idx and new_species and len(offs) == len(idx):
            lines = ["positions = np.array([" + ", ".join(_motif_positions(idx, offs)) + "])"]
            if coords and len(coords) == len(new_species):
                lines += [
                    f"motif = np.array({coords})  # Å",
                    "motif += positions.mean(axis=0) - motif.mean(axis=0)",
                ]
            elif len(new_species) == len(idx):
                lines += ["motif = positions"]
            else:
                return None
            if appended:
                lines += [
                    f"structure.remove_sites({idx})",
                    f"for element, point in zip({new_species}, motif):",
                    "    structure.append(element, point, coords_are_cartesian=True)",
                ]
            else:
                lines += [
                    f"for k, element, point in zip({idx}, {new_species}, motif):",
                    "    structure.replace(k, element, point, coords_are_cartesian=True)",
                ]
            ops.append(
                _Op(
                    "Replace a group of atoms",
                    lines,
                    np_import,
                    f"replaces atoms {idx} by {'-'.join(new_species)}",
                )
            )
    m = re.search(
        rf"\bscale\s+the\s+(?:lattice|cell)(?:\s+(?:of|in)\s+\S+)?\s+(?:uniformly\s+)?by\s+"
        rf"(?:a\s+factor\s+(?:of\s+)?)?({_NUM})(?!\s*%)",
        t,
        re.I,
    )
    if m:
        f = float(m.group(1))
        ops.append(
            _Op(
                "Scale the lattice",
                [f"structure.scale_lattice(structure.volume * {f} ** 3)"],
                sentence=f"scales the lattice lengths by {f}",
            )
        )
    m = re.search(rf"\b(?:remove|delete)\s+(?:one|a\s+single|an?)\s+{_EL}\s+atom\b", t)
    if m and not ops:
        el = m.group(1)
        ops.append(
            _Op(
                "Remove one atom of an element",
                [
                    f"structure.remove_sites([next(k for k, site in enumerate(structure) "
                    f"if site.species_string == {el!r})])  # the first {el} in file order"
                ],
                sentence=f"removes the first {el} atom (file order)",
            )
        )
    return ops or None


def _source(
    intent: Intent, cwd: str, variables: list[Any], *, ase_frame: bool = True
) -> tuple[Step | None, str | None, str]:
    """(step, question, note) for the structure the edit works on."""
    files = [
        f
        for f in intent.files
        if f.lower().endswith((".cif", ".vasp", ".json")) or f.startswith(("POSCAR", "CONTCAR"))
    ]
    if files:
        return _read(files[0], ase_frame), None, ""
    structure_vars = [v for v in variables if getattr(v, "kind", "") in ("structure", "atoms")]
    named = [v for v in structure_vars if v.name in intent.variables]
    if named or len(structure_vars) == 1:
        from .filling import variable

        v = (named or structure_vars)[0]
        key = "use_atoms_variable" if v.kind == "atoms" else "use_structure_variable"
        return Step(SOURCES[key], {"var": variable(v.name)}), None, ""
    here = [f for f in slots.structure_files_in(cwd) if not f.startswith(".")]
    if len(here) == 1 and not structure_vars:
        return (
            _read(here[0], ase_frame),
            None,
            f"It reads {here[0]}, the only structure file in this folder.",
        )
    listing = (" Structure files here: " + ", ".join(here[:8]) + ".") if here else ""
    return None, "Which structure should I edit? Name the file or the variable." + listing, ""


def _read(path: str, ase_frame: bool = True) -> Step:
    """Edits read with ASE: Cartesian coordinates in requests use its cell orientation (a along x)."""
    if not ase_frame:
        return Step(RECIPES["read_structure"], {"path": path})
    return Step(RECIPES["read_atoms"], {"path": path})


def _recipe(op: _Op, k: int) -> Recipe:
    return Recipe(
        id=f"edit_{k}",
        topic="edit",
        title=op.title,
        description=op.title,
        examples=(),
        body="\n".join(op.lines).replace("$", "$$"),
        imports=op.imports,
        needs=STRUCTURE,
        gives=STRUCTURE,
        explain=op.sentence.replace("{", "{{").replace("}", "}}"),
    )


_QUERY_ONLY = (
    "density",
    "lattice_lengths",
    "volume",
    "n_atoms",
    "element_count",
    "formula",
    "space_group",
    "coordination",
    "distance",
    "elements",
)


def _new_edit_ops(intent: Intent) -> tuple[list[Any] | None, str | None]:
    """(operations, None), (None, why it is refused) or (None, None) when no edit is worded."""
    from .edit_ops import EditRefusal, is_edit_request, read_edit

    try:
        return read_edit(intent.request), None
    except EditRefusal as exc:
        return None, str(exc)
    except (ValueError, IndexError, TypeError) as exc:  # a wording the reader trips on
        if is_edit_request(intent.request):
            return None, f"part of it could not be read ({exc})"
        return None, None


def _edit_recipe(op: Any, k: int) -> Recipe:
    from .edit_code import lines_for

    title, lines, imports, sentence = lines_for(op)
    return _recipe(_Op(title, lines, imports, sentence), k)


def _bind_to_file(ops: list[Any], source: Any, text: str = "") -> str | None:
    """Resolve groups given by coordinates and check every index against ``source`` (a file
    path or the user's structure); the problem or None."""
    from .edit_ops import EditRefusal, Group, check_indices
    from .edit_replay import _start, resolve_group

    try:
        atoms = _start(source)
    except Exception as exc:  # the planner's own input check words this better
        return f"{Path(str(source)).name} could not be read: {exc}"
    try:
        for op in ops:
            for key, value in list(op.params.items()):
                if isinstance(value, Group) and value.coords is not None and not value.indices:
                    if op.kind == "add_group" and key == "group":
                        continue
                    if op.kind == "replace_group" and key == "new":
                        continue
                    op.params[key] = resolve_group(atoms, value)
        check_indices(ops, len(atoms))
    except EditRefusal as exc:
        return str(exc)
    symbols = atoms.get_chemical_symbols()
    for m in re.finditer(  # "the Li atom at index 0": the file's site 0 must be Li
        r"\b([A-Z][a-z]?)\s+(?:atom|site)\s+(?:at\s+|with\s+)?(?:index\s+|number\s+|#\s*)?(\d+)(?![.\d])",
        text,
    ):
        el, i = m.group(1), int(m.group(2))
        if el in slots.element_symbols() and i < len(symbols) and symbols[i] != el:
            return f"site {i} is {symbols[i]}, not {el} as the request says"
    for op in ops:  # a group's elements as the text names them must be the file's
        for key, value in op.params.items():
            if (
                isinstance(value, Group)
                and value.indices
                and not (op.kind == "replace_group" and key == "new")
            ):
                for i, el in zip(value.indices, value.species, strict=False):
                    if symbols[i] != el:
                        return f"site {i} is {symbols[i]}, not {el} as the request says"
    return None


def plan_edits(
    intent: Intent,
    *,
    cwd: str,
    variables: list[Any],
    queries: bool = False,
    namespace: Any = None,
) -> Any:
    """An ``Outcome`` for an index edit (or, with ``queries``, a simple question about one
    structure), else None."""
    from .recipe_path import Outcome

    new_ops, refused = (None, None) if queries else _new_edit_ops(intent)
    if refused:
        return Outcome(
            clarification="I read this as a structure edit but cannot bind all of it: "
            + refused
            + ". Could you reword that part (indices from 0 in file order, lengths in Å, "
            "angles in degrees)?",
            score=10.0,
        )
    ops = None if new_ops else _read_ops(intent.request)
    if (ops or new_ops) and intent.index_base != 0:
        return Outcome(
            clarification="The request counts atoms from 1; the edits count sites from 0 in file "
            "order. Could you give the indices counted from 0?",
            score=10.0,
        )
    simple_query = (
        queries
        and ops is None
        and len(intent.files) + len(intent.variables) == 1
        and (set(intent.quantities) & set(_QUERY_ONLY) or intent.yes_no or intent.print_format)
        and not (set(intent.operations) - {"write"})
        and not intent.numbers
    )
    if ops is None and not new_ops and not simple_query:
        return None
    source, question, note = _source(intent, cwd, variables, ase_frame=bool(ops or new_ops))
    if source is None:
        return Outcome(clarification=question, score=10.0)
    edited: Any = None  # what the replay check starts from: the file, or the user's object
    if new_ops and "path" in source.values:
        edited = str(Path(cwd) / str(source.values["path"]))
    elif new_ops:
        edited = _variable_object(source, namespace)
    if new_ops and edited is None:
        return Outcome(
            clarification="Index edits are checked by replaying them on the structure file; "
            "save the structure as a file (for example structure.to(filename='input.cif')) and "
            "name it in the request.",
            score=10.0,
        )
    steps = [source]
    asked = _OUTPUT_CLAUSE.search(intent.request)
    if new_ops and asked and not (intent.quantities or intent.print_format or intent.yes_no):
        return Outcome(
            clarification=f"I can make this edit, but not tell what to print in “{asked.group(0)}”. "
            "Ask for the edit alone, or name what to print (the formula, the number of atoms, "
            "the density, the lattice lengths).",
            score=10.0,
        )
    if new_ops:
        problem = _bind_to_file(new_ops, edited, intent.request)
        if problem:
            return Outcome(clarification=f"I cannot apply this edit: {problem}.", score=10.0)
        steps.insert(1, Step(_copy_recipe()))
        steps += [Step(_edit_recipe(op, k)) for k, op in enumerate(new_ops)]
    elif ops:
        steps.insert(1, Step(_copy_recipe()))
        steps += [Step(_recipe(op, k)) for k, op in enumerate(ops)]
    if ops or new_ops:
        out = [
            f
            for f in intent.out_files
            if Path(f).suffix.lower() in (".cif", ".vasp", ".json") or f.startswith("POSCAR")
        ]
        if out:
            steps.append(Step(RECIPES["write_structure"], {"out": out[0]}))
    from types import SimpleNamespace

    from .recipe_path import _check_inputs

    problem = _check_inputs(steps, SimpleNamespace(cwd=cwd))
    if problem:
        return Outcome(clarification=problem, score=10.0)
    inputs = [str(steps[0].values["path"])] if "path" in steps[0].values else []
    plan = Plan(steps, notes=[note] if note else [], inputs=inputs)
    if new_ops:
        plan.edit = (new_ops, edited)
    return Outcome(plan=plan, score=10.0)


def _op_elements(ops: list[Any]) -> set[str]:
    from .edit_ops import Group

    out: set[str] = set()
    for op in ops:
        for key in ("element", "new"):
            if isinstance(op.params.get(key), str):
                out.add(op.params[key])
        for value in op.params.values():
            if isinstance(value, Group):
                out |= set(value.species)
    return out


def _named_element_note(mismatch: str, named: set[str]) -> bool:
    """A generic "contains X, not named" note about elements the edit itself puts in."""
    import re

    m = re.match(r"the (?:result|structure) contains ([A-Z][a-z]?(?:, [A-Z][a-z]?)*)", mismatch)
    return bool(m) and set(m.group(1).split(", ")) <= named


_OUTPUT_CLAUSE = re.compile(
    r"\b(?:print|show|report|display|list|output|tell\s+me|give\s+me|return)\b[^.;]*", re.I
)


def _variable_object(source: Step, namespace: Any) -> Any:
    """The user's structure/atoms object a variable source step names (None if unknown)."""
    name = str(source.values.get("var", "")).strip("`")
    if not namespace or name not in namespace:
        return None
    obj = namespace[name]
    return obj if hasattr(obj, "get_chemical_symbols") or hasattr(obj, "lattice") else None


def check_edit_result(result: Any, plan: Plan, intent: Intent) -> Any:
    """The edit's intent check: the result must equal the operations replayed on the input
    (engines/code/edit_replay.py). Numbers are covered by the reader, so the generic
    "number not used" mismatches are replaced by this comparison. Sets ``verified``."""
    from .edit_replay import check, min_distance, replay
    from .intent_check import main_structure, unused_parts

    v = result.verification
    if v is None or not v.ok or plan.edit is None:
        return result
    ops, path = plan.edit
    generic = set(unused_parts(intent, result.code))
    named = _op_elements(ops)  # "into I": the reader binds symbols the word reader may skip
    result.mismatches = [
        m for m in result.mismatches if m not in generic and not _named_element_note(m, named)
    ]
    main = main_structure(v, result.code)
    if main is None:
        result.mismatches.append("the run left no structure to compare with the instruction")
    else:
        try:
            problems, expected = check(intent.request, path, ops, main[1])
        except Exception as exc:  # the replay itself failed: nothing is verified
            problems, expected = [f"the edit could not be replayed to check it ({exc})"], None
        result.mismatches += problems
        conditional = {
            "delete_below",
            "delete_around",
            "remove_sphere",
            "remove_box",
            "remove_element",
        }
        only_conditional = all(op.kind in conditional for op in ops)
        unchanged = expected is not None and len(replay(path, [])) == len(expected)
        if not problems and only_conditional and unchanged:
            result.explanation += "\n\nNote: no atom meets the condition, so nothing was removed."
        close = [i for i in v.issues if "apart" in i or "closer than" in i]
        if not problems and close and expected is not None and min_distance(expected) < 0.5:
            # the instruction itself puts two atoms this close: say so, it is what was asked
            v.issues = [i for i in v.issues if i not in close]
            result.explanation += (
                f"\n\nNote: the instruction itself places two atoms "
                f"{min_distance(expected):.3f} Å apart; the result follows it."
            )
    result.verified = bool(v.passed and not result.mismatches)
    return result


def _copy_recipe() -> Recipe:
    return Recipe(
        id="edit_copy",
        topic="edit",
        title="Work on a copy; site indices are the order of sites in the file, from 0",
        description="copy",
        examples=(),
        body="structure = structure.copy()",
        needs=STRUCTURE,
        gives=STRUCTURE,
        explain="works on a copy (indices are the file's site order, from 0)",
    )


def check_model_edit(
    result: Any, intent: Intent, *, cwd: str, variables: list[Any], namespace: Any = None
) -> Any:
    """Replay-check a model's verified code for a structure-edit request.

    An edit request whose operations cannot be read (or whose file cannot be found) cannot be
    checked against the instruction, so its code is not verified."""
    from .edit_ops import is_edit_request

    if not result.verified or not result.code:
        return result
    new_ops, refused = _new_edit_ops(intent)
    if not new_ops:
        if refused or is_edit_request(intent.request):
            result.mismatches.append(
                "this structure edit could not be checked against the instruction"
                + (f" ({refused})" if refused else "")
            )
            result.verified = False
        return result
    source, _question, _note = _source(intent, cwd, variables)
    edited: Any = None
    if source is not None and "path" in source.values:
        edited = str(Path(cwd) / str(source.values["path"]))
    elif source is not None:
        edited = _variable_object(source, namespace)
    if edited is None:
        problem: str | None = "the structure it edits could not be identified"
    else:
        problem = _bind_to_file(new_ops, edited, intent.request)
    if problem:
        result.mismatches.append(
            f"the edit could not be checked against the instruction: {problem}"
        )
        result.verified = False
        return result
    plan = Plan([], edit=(new_ops, edited))
    return check_edit_result(result, plan, intent)
