"""Build a bulk crystal straight from the request model: prototype or space group, sites, a, c.

"wurtzite ZnO with a = 3.25 Å and c = 5.2 Å", "aluminium in space group 225 with a = 4.05 Å",
"Mg from space group 194, a = 3.21 Å, c = 5.21 Å, Mg at (1/3, 2/3, 3/4)", "the orthorhombic
cell of fcc Cu (a = 3.61 Å) repeated 2x2x2", "CsCl: cubic lattice a = 4.2 Å, Cs at (0, 0, 0),
Cl at (0.5, 0.5, 0.5)": every parameter the :class:`~.intent.Intent` holds goes into the
builder call, so nothing the request gives is left at a default. :func:`plan_crystal` answers
only requests that build one crystal (then optionally repeat it, substitute an element or write
it); anything else is left to the recipe planner. Lengths in Å, angles in degrees.
"""

from __future__ import annotations

import re
from typing import Any

from .intent import Intent
from .plan import Plan, Step
from .recipes import ATOMS, RECIPES, STRUCTURE, Recipe

# prototype -> ASE crystalstructure name (single element or binary compound)
ELEMENT_PROTOTYPES = {"fcc", "bcc", "hcp", "diamond", "sc"}
COMPOUND_PROTOTYPES = {"rocksalt", "zincblende", "wurtzite", "fluorite", "cesiumchloride"}
# asymmetric units for a space group when the request names elements but no sites
DEFAULT_SITES = {
    (225, 1): [(0.0, 0.0, 0.0)],
    (229, 1): [(0.0, 0.0, 0.0)],
    (221, 1): [(0.0, 0.0, 0.0)],
    (227, 1): [(0.0, 0.0, 0.0)],
    (194, 1): [(1 / 3, 2 / 3, 0.25)],
    (225, 2): [(0.0, 0.0, 0.0), (0.5, 0.5, 0.5)],  # rock salt
    (221, 2): [(0.0, 0.0, 0.0), (0.5, 0.5, 0.5)],  # CsCl
    (216, 2): [(0.0, 0.0, 0.0), (0.25, 0.25, 0.25)],  # zinc blende
}
_BUILD_OPS = {"supercell", "write", "substitute"}


def _species(intent: Intent) -> list[str]:
    """Elements of the crystal in the order the request gives them (formula first)."""
    if intent.formulas:
        return list(dict.fromkeys(re.findall(r"[A-Z][a-z]?", intent.formulas[0])))
    new = set(intent.substitutions.values())
    return [e for e in intent.elements if e not in new]


def _space_group_number(group: int | str) -> int | None:
    if isinstance(group, int):
        return group
    try:
        from pymatgen.symmetry.groups import SpaceGroup

        return int(SpaceGroup(group).int_number)
    except Exception:
        return None


def _cellpar(number: int, intent: Intent) -> tuple[list[float] | None, str | None]:
    """(a, b, c, alpha, beta, gamma) for the space group's crystal system, or the question."""
    a, b, c = intent.lattice_constant, intent.lattice_b, intent.lattice_c
    if a is None:
        return None, "Which lattice constant a (in Å)?"
    if number >= 195:
        return [a, a, a, 90.0, 90.0, 90.0], None
    if number >= 143:
        if c is None:
            return None, "This space group is hexagonal/trigonal: which lattice constant c (in Å)?"
        return [a, a, c, 90.0, 90.0, 120.0], None
    if number >= 75:
        if c is None:
            return None, "This space group is tetragonal: which lattice constant c (in Å)?"
        return [a, a, c, 90.0, 90.0, 90.0], None
    if number >= 16 and b is not None and c is not None:
        return [a, b, c, 90.0, 90.0, 90.0], None
    return None, (
        "This space group has a lower-symmetry cell: give all of a, b, c (Å) and the angles, "
        "or start from a structure file."
    )


def _recipe(rid: str, title: str, body: str, imports: tuple[str, ...], gives: str, explain: str):
    return Recipe(
        id=rid,
        topic="builders",
        title=title,
        description=title,
        examples=(),
        body=body.replace("$", "$$"),
        imports=imports,
        gives=gives,
        explain=explain.replace("{", "{{").replace("}", "}}"),
    )


def _origin_setting(
    intent: Intent, symbols: list[str], basis: list[Any], number: int, cellpar: list[float]
) -> tuple[int, str | None]:
    """ASE's setting (origin choice 1 or 2) that gives the compound the request names.

    Groups such as Pn-3m have two origin choices; "Cu at (0,0,0), O at (¼,¼,¼)" is Cu2O in
    one and CuO2 in the other. Without a named formula, setting 1 (ASE's default) is kept.
    """
    if len(intent.formulas) != 1:
        return 1, None
    try:
        from ase.spacegroup import crystal
        from pymatgen.core import Composition

        want = Composition(intent.formulas[0]).reduced_composition
    except Exception:
        return 1, None
    for setting in (1, 2):
        try:
            atoms = crystal(
                symbols, basis=basis, spacegroup=number, setting=setting, cellpar=cellpar
            )
        except Exception:
            continue
        if Composition(atoms.get_chemical_formula()).reduced_composition.almost_equals(want):
            return setting, None
    return 1, (
        f"These sites in space group {number} do not give {intent.formulas[0]} in either origin "
        "choice; could you check the sites (element and fractional coordinates)?"
    )


def _from_space_group(intent: Intent, species: list[str]) -> tuple[Step | None, str | None]:
    number = _space_group_number(intent.space_group)
    if number is None:
        return None, f"I do not know the space group {intent.space_group!r}; which one is it?"
    cellpar, question = _cellpar(number, intent)
    if question:
        return None, question
    if intent.sites:
        symbols = [el for el, _ in intent.sites]
        basis = [tuple(round(x, 6) for x in xyz) for _, xyz in intent.sites]
        missing = [el for el in species if el not in symbols]
        if missing:
            return None, f"Where do the {', '.join(missing)} atoms sit (fractional coordinates)?"
    else:
        basis = DEFAULT_SITES.get((number, len(species)))
        if basis is None or not species:
            return None, (
                "Which sites does the asymmetric unit hold? Give each element with its "
                "fractional coordinates, for example 'Ti at (0, 0, 0) and O at (0.3, 0.3, 0)'."
            )
        symbols = species
    setting, question = _origin_setting(intent, symbols, basis, number, cellpar)
    if question:
        return None, question
    primitive = intent.cell == "primitive"
    extra = f", setting={setting}" if setting != 1 else ""
    body = (
        f"atoms = crystal({symbols!r}, basis={basis!r}, spacegroup={number}{extra},\n"
        f"                cellpar={cellpar!r},  # a, b, c in Å; angles in degrees\n"
        f"                primitive_cell={primitive!r})\n"
        'print(f"{atoms.get_chemical_formula()}: {len(atoms)} atoms '
        f'(space group {number}, {"primitive" if primitive else "conventional"} cell)")\n'
    )
    cell = "primitive" if primitive else "conventional"
    return Step(
        _recipe(
            "crystal_spacegroup",
            "Crystal from a space group and its sites (ASE)",
            body,
            ("from ase.spacegroup import crystal",),
            ATOMS,
            f"builds the {cell} cell of space group {number} from the given sites with "
            "ase.spacegroup.crystal",
        )
    ), None


def _from_sites(intent: Intent) -> tuple[Step | None, str | None]:
    """A cell given by its lattice and every site (no space group): P1 as written."""
    a, c = intent.lattice_constant, intent.lattice_c
    if a is None:
        return None, "Which lattice constant a (in Å)?"
    hexagonal = re.search(r"\bhexagonal\b", intent.request, re.I)
    if hexagonal and c is None:
        return None, "Which lattice constant c (in Å) for the hexagonal cell?"
    lattice = (
        f"Lattice.hexagonal({a!r}, {c!r})"
        if hexagonal
        else f"Lattice.tetragonal({a!r}, {c!r})"
        if c is not None
        else f"Lattice.cubic({a!r})"
    )
    species = [el for el, _ in intent.sites]
    coords = [[round(x, 6) for x in xyz] for _, xyz in intent.sites]
    body = (
        f"structure = Structure({lattice}, {species!r}, {coords!r})  # Å, fractional coordinates\n"
        'print(f"{structure.composition.formula}: {len(structure)} sites")\n'
    )
    return Step(
        _recipe(
            "structure_from_sites",
            "Structure from a lattice and its sites (pymatgen)",
            body,
            ("from pymatgen.core import Lattice, Structure",),
            STRUCTURE,
            "builds the cell from the given lattice and sites",
        )
    ), None


def _from_prototype(intent: Intent, species: list[str]) -> tuple[Step | None, str | None]:
    proto = intent.prototype
    cubic = intent.cell == "conventional"
    ortho = intent.cell == "orthorhombic"
    if proto == "perovskite":
        if len(species) != 3 or not intent.formulas:
            return None, "A cubic perovskite needs an ABX3 formula such as SrTiO3; which compound?"
        values = {"formula": intent.formulas[0]}
        if intent.lattice_constant is not None:
            values["a"] = intent.lattice_constant
        return Step(RECIPES["perovskite"], values), None
    if proto in ELEMENT_PROTOTYPES:
        if len(species) != 1:
            return None, f"Which element should the {proto} crystal be made of?"
        name = species[0]
    elif proto in COMPOUND_PROTOTYPES:
        if len(species) != 2:
            return (
                None,
                f"The {proto} structure holds a binary compound (NaCl, GaAs, ZnO); which one?",
            )
        name = intent.formulas[0] if intent.formulas else "".join(species)
        if intent.lattice_constant is None:
            return None, f"Which lattice constant a (in Å) for {name}?"
    else:
        return None, None
    if proto in ("hcp", "wurtzite") and cubic:
        return None, f"An {proto} crystal has no cubic cell; the hexagonal or orthorhombic one?"
    kwargs = f"{name!r}, crystalstructure={proto!r}"
    if intent.lattice_constant is not None:
        kwargs += f", a={intent.lattice_constant!r}"
    if intent.lattice_c is not None:
        kwargs += f", c={intent.lattice_c!r}"
    if cubic:
        kwargs += ", cubic=True"
    if ortho:
        kwargs += ", orthorhombic=True"
    cell = "cubic" if cubic else "orthorhombic" if ortho else "primitive"
    body = (
        f"atoms = bulk({kwargs})  # lengths in Å; the {cell} cell\n"
        'print(f"{atoms.get_chemical_formula()}: {len(atoms)} atoms, "\n'
        '      f"cell {atoms.cell.cellpar().round(3).tolist()}")\n'
    )
    rid = "bulk_element" if proto in ELEMENT_PROTOTYPES else "bulk_compound"
    return Step(
        _recipe(
            rid,
            "Bulk crystal (ASE)",
            body,
            ("from ase.build import bulk",),
            ATOMS,
            f"builds {cell} {proto} {name} with ase.build.bulk",
        )
    ), None


def _element_default(intent: Intent, species: list[str]) -> tuple[Step | None, str | None]:
    """ "a 2x2x2 supercell of copper": the element's own crystal (ASE's reference state)."""
    if len(species) != 1 or intent.lattice_c is not None:
        return None, None
    kwargs = f"{species[0]!r}"
    if intent.lattice_constant is not None:
        kwargs += f", a={intent.lattice_constant!r}"
    if intent.cell == "conventional":
        kwargs += ", cubic=True"
    elif intent.cell == "orthorhombic":
        kwargs += ", orthorhombic=True"
    body = (
        f"atoms = bulk({kwargs})  # the element's crystal structure from ASE's reference data\n"
        'print(f"{atoms.get_chemical_formula()}: {len(atoms)} atoms, "\n'
        '      f"cell {atoms.cell.cellpar().round(3).tolist()}")\n'
    )
    return Step(
        _recipe(
            "bulk_element",
            "Bulk crystal of an element (ASE)",
            body,
            ("from ase.build import bulk",),
            ATOMS,
            f"builds bulk {species[0]} in its reference crystal structure with ase.build.bulk",
        )
    ), None


# what the answer tail prints about a built crystal (outputs.py); anything else is a recipe's job
ANSWERED = {
    "density",
    "volume",
    "lattice_lengths",
    "n_atoms",
    "formula",
    "space_group",
    "element_count",
    "coordination",
    "distance",
}


def _builds_one_crystal(intent: Intent) -> bool:
    if intent.files or intent.variables or intent.indices:
        return False
    if set(intent.quantities) - ANSWERED:
        return False
    if set(intent.operations) - _BUILD_OPS or intent.not_understood:
        return False
    if intent.miller or intent.layers or intent.vacuum is not None:
        return False
    return bool(
        intent.space_group is not None
        or intent.prototype
        or (intent.sites and intent.lattice_constant is not None)
        or (intent.supercell and len(_species(intent)) == 1 and not intent.formulas)
    )


def plan_crystal(intent: Intent) -> Any:
    """An ``Outcome`` whose plan builds the crystal ``intent`` describes, or None (not such a request)."""
    from .recipe_path import Outcome

    if not _builds_one_crystal(intent):
        return None
    species = _species(intent)
    if intent.space_group is not None:
        step, question = _from_space_group(intent, species)
    elif intent.prototype:
        step, question = _from_prototype(intent, species)
    elif intent.sites:
        step, question = _from_sites(intent)
    else:
        step, question = _element_default(intent, species)
    if question:
        return Outcome(clarification=question, score=10.0)
    if step is None:
        return None
    steps = [step]
    notes = []
    if intent.substitutions:
        steps.append(Step(RECIPES["substitute_all"], {"mapping": dict(intent.substitutions)}))
    if intent.supercell:
        steps.append(Step(RECIPES["supercell"], {"scaling": tuple(intent.supercell)}))
    out = [f for f in intent.out_files if re.search(r"\.(cif|vasp|json)$|^POSCAR", f, re.I)]
    if out:
        steps.append(Step(RECIPES["write_structure"], {"out": out[0]}))
    if intent.prototype and not intent.cell and intent.prototype not in ("perovskite",):
        notes.append(
            "This is ASE's default (primitive) cell; ask for the cubic cell if you want it."
        )
    return Outcome(plan=Plan(steps, notes=notes), score=10.0)
