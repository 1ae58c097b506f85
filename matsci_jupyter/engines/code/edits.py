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
        i, j = int(m.group(1)), int(m.group(2))
        ops.append(
            _Op(
                "Swap the positions of two atoms",
                [
                    "# sites keep their place in the list and exchange their atoms; two atoms of",
                    "# the same element exchange their positions (exchanging occupants would do nothing)",
                    f"site_i, site_j = structure[{i}], structure[{j}]",
                    "if site_i.species != site_j.species:",
                    f"    structure.replace({i}, site_j.species)",
                    f"    structure.replace({j}, site_i.species)",
                    "else:",
                    "    p_i, p_j = site_i.frac_coords.copy(), site_j.frac_coords.copy()",
                    f"    structure.replace({i}, site_i.species, p_j)",
                    f"    structure.replace({j}, site_j.species, p_i)",
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
)


def plan_edits(intent: Intent, *, cwd: str, variables: list[Any], queries: bool = False) -> Any:
    """An ``Outcome`` for an index edit (or, with ``queries``, a simple question about one
    structure), else None."""
    from .recipe_path import Outcome

    ops = _read_ops(intent.request)
    if ops and intent.index_base != 0:
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
    if ops is None and not simple_query:
        return None
    source, question, note = _source(intent, cwd, variables, ase_frame=bool(ops))
    if source is None:
        return Outcome(clarification=question, score=10.0)
    steps = [source]
    if ops:
        steps.insert(1, Step(_copy_recipe()))
        steps += [Step(_recipe(op, k)) for k, op in enumerate(ops)]
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
    return Outcome(plan=plan, score=10.0)


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
