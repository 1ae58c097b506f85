"""Fill a recipe's typed slots from the words of one clause (falling back to the whole request)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...structure_formats import suffixes as structure_suffixes
from . import slots
from .recipes.base import Raw, Recipe, Slot

QUESTIONS = {
    "structure_file": "Which structure file should I read? (for example LiFePO4.cif)",
    "structure_file2": "Which second structure file should I compare it with?",
    "formula": "Which chemical formula? (for example Fe2O3)",
    "target_formula": "Which composition should be decomposed? (for example LiO2)",
    "element": "Which element? (for example Li)",
    "element2": "Which second element?",
    "species_map": "Which element should be replaced by which? (for example 'replace Fe with Mn')",
    "supercell": "How large should the supercell be? (for example 2x2x1)",
    "miller": "Which surface (Miller index)? (for example (1 1 1))",
    "length": "Which length in Å?",
    "vector": "At which fractional coordinates? (for example (0.5, 0.5, 0.5))",
    "signed_percent": "By how many percent? (for example 2%, or -1% for compression)",
    "energies": "Which formulas and energies? (for example 'Li: -1.91, O2: -9.87, Li2O: -14.31 eV')",
    "reactants": "Which reaction? (for example 'Li2CO3 + Fe2O3 -> LiFeO2 + CO2')",
    "products": "Which reaction? (for example 'Li2CO3 + Fe2O3 -> LiFeO2 + CO2')",
    "mass_g": "Which mass in grams?",
    "index": "Which two site indices? (for example 'site 0 and site 3')",
    "index2": "Which two site indices? (for example 'site 0 and site 3')",
    "molecule": "Which molecule? (for example H2O, CH4, CO2)",
    "adsorbate": "Which adsorbate atom or molecule?",
    "chiral_n": "Which chiral indices (n, m)? (for example (6, 0))",
    "chiral_m": "Which chiral indices (n, m)? (for example (6, 0))",
    "spacegroup": "Which space group symbol? (for example Fm-3m)",
    "site_species": "Which sites? (for example 'Na at 0 0 0 and Cl at 0.5 0.5 0.5')",
    "site_coords": "Which sites? (for example 'Na at 0 0 0 and Cl at 0.5 0.5 0.5')",
    "choice": "Which option?",
    "variable": "Which variable?",
}
ASE_ONLY_SUFFIXES = structure_suffixes(reader="ase")  # the one format table
PYMATGEN_FORMATS = ("cif", "poscar", "json")


@dataclass
class Context:
    """What slot filling may draw on besides the clause: the whole request, files, variables."""

    request: str
    cwd: str
    variables: list[Any] = field(default_factory=list)  # VarInfo
    used_files: list[str] = field(default_factory=list)  # input files already consumed
    input_stem: str | None = None
    structure_in_play: bool = False  # a file or variable provides a structure


@dataclass
class Filled:
    """Slot values for one recipe, what is still missing, and why the values cannot work."""

    values: dict[str, Any]
    missing: list[Slot]
    notes: list[str] = field(default_factory=list)
    invalid: str | None = None

    @property
    def complete(self) -> bool:
        return not self.missing and self.invalid is None


class ExplicitName(str):
    """An output file name the user wrote out (it may replace an existing file)."""

    explicit = True


def fill(recipe: Recipe, clause: str, ctx: Context) -> Filled:
    """Values for every slot of ``recipe`` found in ``clause`` (or the request when allowed)."""
    values: dict[str, Any] = {}
    missing: list[Slot] = []
    notes: list[str] = []
    for slot in recipe.slots:
        value = _extract(slot, clause, ctx, values)
        if value is None and slot.kind in WHOLE_REQUEST_KINDS and clause != ctx.request:
            value = _extract(slot, ctx.request, ctx, values)
        if (
            value is None
            and slot.kind == "formula"
            and recipe.needs is None
            and not (recipe.gives or ctx.structure_in_play)
        ):
            formulas = slots.find_formulas(
                ctx.request
            )  # a compound named elsewhere, not an element
            value = formulas[0] if formulas else None
        if value is None:
            if slot.required:
                missing.append(slot)
            continue
        values[slot.name] = value
    invalid = recipe.validate(values) if recipe.validate and not missing else None
    return Filled(values, missing, notes, invalid)


WHOLE_REQUEST_KINDS = {
    "structure_file",
    "structure_file2",
    "energies",
    "energy_basis",
    "reactants",
    "products",
    "supercell",
    "miller",
    "glob",
}


def _input_files(text: str, ctx: Context) -> list[slots.FileMention]:
    return [f for f in slots.find_files(text, ctx.cwd) if f.is_structure and f.role != "output"]


def _extract(slot: Slot, text: str, ctx: Context, so_far: dict[str, Any]) -> Any:
    kind = slot.kind
    if kind in ("structure_file", "structure_file2"):
        path_vars = [v.name for v in ctx.variables if v.kind == "path"]
        named = slots.find_variables(text, path_vars)
        if named and kind == "structure_file":
            return Raw(named[0])
        files = _input_files(text, ctx)
        names = [f.text for f in files]
        if kind == "structure_file":
            fresh = [n for n in names if n not in ctx.used_files] or names
            if fresh:
                return fresh[0]
            compound = slots.find_compound(text)
            return slots.file_for_compound(compound, ctx.cwd) if compound else None
        others = [n for n in names if n != so_far.get("path")]
        return others[0] if others else None
    if kind == "output_file":
        outs = [f.text for f in slots.find_files(text, ctx.cwd) if f.role == "output"]
        if outs:
            return outs[0] if outs[0] in ("POSCAR", "CONTCAR") else ExplicitName(outs[0])
        fmt = slots.find_format(text)
        if fmt is None:
            return None
        if fmt == "poscar":
            return "POSCAR"
        stem = ctx.input_stem or "structure"
        name = f"{stem}{slots.FORMAT_SUFFIX.get(fmt, '.' + fmt)}"
        if name in ctx.used_files or (Path(ctx.cwd) / name).exists():
            name = f"{stem}_out{slots.FORMAT_SUFFIX.get(fmt, '.' + fmt)}"
        return name
    if kind == "formula":
        formulas = slots.find_formulas(text)
        if formulas:
            return formulas[0]
        elements = slots.find_elements(text)
        return elements[0] if elements else None
    if kind == "target_formula":  # the compound asked about, not one listed with its energy
        clean = slots.strip_paths(text)
        asked = [
            tok
            for tok, start in slots.tokens_with_positions(clean)
            if (slots.is_formula(tok) or slots.is_formula(tok, allow_single=True))
            and not re.match(r"\s*[:=]?\s*[-−+]?\d", clean[start + len(tok) :])
        ]
        return asked[-1] if asked else None
    if kind in ("element", "element2"):
        elements = [
            e for e in slots.find_elements(text) if e not in so_far.values() or kind == "element"
        ]
        if kind == "element2":
            first = next((v for v in so_far.values() if isinstance(v, str)), None)
            elements = [e for e in elements if e != first]
        return elements[0] if elements else None
    if kind == "species_map":
        return slots.find_species_map(text)
    if kind == "count":
        element = so_far.get("element") or so_far.get("old")
        count = slots.find_count(text, element) if element else None
        if count is None:
            n = slots.find_plain_number(text, near=("atom", "site", element or "§"), integer=True)
            count = int(n) if n is not None else None
        return count
    if kind == "count_or_fraction":
        frac = slots.find_fraction(text)
        if frac is not None and 0 < frac < 1:
            return frac
        element = so_far.get("old") or so_far.get("element")
        count = slots.find_count(text, element) if element else None
        return count if isinstance(count, int) else None
    if kind == "supercell":
        return slots.find_supercell(text)
    if kind == "surface_size":
        size = slots.find_supercell(text)
        layers = _layers(text)
        if size is None and layers is None:
            return None
        base = tuple(slot.default) if isinstance(slot.default, tuple) else (1, 1, 1)
        a, b = (size[0], size[1]) if size else base[:2]
        c = layers if layers is not None else (size[2] if size and size[2] > 1 else base[2])
        return (a, b, c)
    if kind == "miller":
        return slots.find_miller(text)
    if kind == "layers":
        return _layers(text)
    if kind == "length":
        value = slots.find_length(text, slot.near)
        return round(value, 6) if value is not None else None
    if kind in ("float", "int"):
        value = slots.find_plain_number(text, near=slot.near, integer=kind == "int")
        if value is None:
            return None
        return int(value) if kind == "int" else float(value)
    if kind == "percent":
        value = slots.find_percent(text)
        return abs(value) if value is not None else None
    if kind == "signed_percent":
        value = slots.find_percent(text)
        if value is None:
            return None
        if (
            re.search(
                r"\b(compress\w*|shrink\w*|contract\w*|reduc\w*|decreas\w*|smaller)\b", text, re.I
            )
            and value > 0
        ):
            value = -value
        return value
    if kind == "vector":
        return slots.find_vector(text)
    if kind in ("index", "index2"):
        pair = slots.find_site_pair(text)
        if pair is None:
            return None
        return pair[0] if kind == "index" else pair[1]
    if kind == "choice":
        return slots.find_choice(text, dict(slot.choices))
    if kind == "flag_cubic":
        return True if slots.mentions(text, "cubic", "conventional") else None
    if kind == "energies":
        found = slots.find_energies(ctx.request) or slots.find_energies(text)
        return found[0] if found else None
    if kind == "energy_basis":
        found = slots.find_energies(ctx.request) or slots.find_energies(text)
        return found[1] if found else None
    if kind == "reactants":
        reaction = slots.find_reaction(text)
        return reaction[0] if reaction else None
    if kind == "products":
        reaction = slots.find_reaction(text)
        return reaction[1] if reaction else None
    if kind == "mass_g":
        return slots.find_mass_grams(text)
    if kind == "temperature":
        return slots.find_temperature(text)
    if kind == "glob":
        return slots.find_glob(text)
    if kind == "molecule":
        return slots.find_molecule(text)
    if kind == "adsorbate":
        for word, formula in (("carbon monoxide", "CO"), ("hydroxyl", "OH"), ("water", "H2O")):
            if slots.mentions(text, word):
                return formula
        formulas = [f for f in slots.find_formulas(text) if len(f) <= 4]
        if formulas:
            return formulas[0]
        elements = slots.find_elements(text)
        return elements[0] if elements else None
    if kind in ("chiral_n", "chiral_m"):
        pair = slots.find_chiral_indices(text)
        if pair is None:
            return None
        return pair[0] if kind == "chiral_n" else pair[1]
    if kind == "range":
        return slots.find_range(text, near=("θ", "theta", "2t", "range", "degree", "°"))
    if kind == "spacegroup":
        return slots.find_spacegroup(text)
    if kind in ("site_species", "site_coords"):
        sites = slots.find_sites(text)
        if sites is None:
            return None
        return sites[0] if kind == "site_species" else sites[1]
    if kind == "variable":
        return None
    raise ValueError(f"unknown slot kind {kind!r}")


def _layers(text: str) -> int | None:
    for n in slots.find_numbers(text):
        if n.unit.startswith("layer") and float(n.value).is_integer():
            return int(n.value)
    m = re.search(r"\b(two|three|four|five|six|seven|eight)[\s-]+layers?\b", text, re.I)
    if m:
        return slots.NUMBER_WORDS[m.group(1).lower()]
    m = re.search(r"\b(\d+)-layers?\b", text, re.I)
    return int(m.group(1)) if m else None


def variable(name: str) -> Raw:
    """A variable name written into the code as-is."""
    return Raw(name)


def question(slot: Slot) -> str:
    """What to ask the user when ``slot`` cannot be filled."""
    return QUESTIONS.get(slot.kind, f"What should {slot.help} be?")
