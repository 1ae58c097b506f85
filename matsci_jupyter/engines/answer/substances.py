"""Which substance a question is about, and its molar mass from pymatgen.

Recognises element names (``copper``, ``aluminium``), formulas (``Fe``, ``NaCl``,
``Al2O3``) and common polymers (``polystyrene`` → C8H8 repeat unit). A lookup
is offered only when exactly one substance of the needed kind is named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .text import keytext

POLYMERS = {  # name -> repeat unit formula
    "polyethylene": "C2H4",
    "pe": "C2H4",
    "hdpe": "C2H4",
    "ldpe": "C2H4",
    "uhmwpe": "C2H4",
    "polypropylene": "C3H6",
    "pp": "C3H6",
    "polystyrene": "C8H8",
    "ps": "C8H8",
    "poly(vinyl chloride)": "C2H3Cl",
    "polyvinyl chloride": "C2H3Cl",
    "pvc": "C2H3Cl",
    "polytetrafluoroethylene": "C2F4",
    "ptfe": "C2F4",
    "teflon": "C2F4",
    "poly(methyl methacrylate)": "C5H8O2",
    "polymethyl methacrylate": "C5H8O2",
    "pmma": "C5H8O2",
    "nylon 6,6": "C12H22N2O2",
    "nylon 66": "C12H22N2O2",
    "nylon6,6": "C12H22N2O2",
    "polycarbonate": "C16H14O3",
    "poly(ethylene terephthalate)": "C10H8O4",
    "polyethylene terephthalate": "C10H8O4",
    "pet": "C10H8O4",
    "polyisoprene": "C5H8",
    "natural rubber": "C5H8",
    "polybutadiene": "C4H6",
    "polychloroprene": "C4H5Cl",
    "poly(vinyl alcohol)": "C2H4O",
    "polyacrylonitrile": "C3H3N",
}
_NOT_FORMULAS = {
    "In",
    "As",
    "At",
    "No",
    "Be",
    "He",
    "I",
    "Am",
    "Es",
    "Ho",
    "Pa",
    "Hf",
    "Cm",
    "Pm",
    "Mt",
    "S",
    "Y",
    "W",
    "U",
    "V",
    "K",
    "C",
    "N",
    "O",
    "H",
    "B",
    "P",
    "F",
    "A",
    "Ts",
    "Md",
    "Nb",
    "Po",
    "Bi",
    "Ga",
    "Ge",
    "Ne",
    "Np",
    "Os",
    "Ra",
    "Re",
    "Rh",
    "Ta",
    "Tb",
    "Te",
    "Tl",
    "Tm",
    "Mg",
}
_SAFE_TWO_LETTER = {
    "Fe",
    "Cu",
    "Al",
    "Ni",
    "Zn",
    "Ag",
    "Au",
    "Pb",
    "Sn",
    "Ti",
    "Cr",
    "Co",
    "Mn",
    "Mo",
    "Si",
    "Mg",
    "Pt",
    "Pd",
    "Na",
    "Ca",
    "Li",
    "Cd",
    "Zr",
    "Ir",
    "Nb",
    "Ta",
    "Ge",
    "Ga",
    "Bi",
    "Te",
    "Sb",
    "Se",
    "Ba",
    "Sr",
    "Cs",
    "Rb",
    "Be",
    "Hg",
    "Os",
    "Re",
    "Rh",
    "Ru",
    "Sc",
    "Ce",
    "La",
    "Nd",
    "Sm",
    "Gd",
    "Hf",
    "Tl",
    "In",
}


@dataclass(frozen=True)
class Substance:
    """A substance named in a question, with its molar mass in g/mol (pymatgen)."""

    name: str  # as written
    formula: str
    molar_mass: float  # g/mol
    is_polymer: bool = False


@lru_cache(maxsize=1)
def _element_names() -> dict[str, str]:
    from pymatgen.core.periodic_table import Element

    names = {}
    for el in Element:
        names[el.long_name.lower()] = el.symbol
    names.update({"aluminium": "Al", "caesium": "Cs", "sulphur": "S", "wolfram": "W"})
    return names


@lru_cache(maxsize=1)
def element_symbols() -> frozenset[str]:
    """Every element symbol pymatgen knows ("H" … "Og")."""
    return frozenset(_element_names().values())


@lru_cache(maxsize=256)
def _molar_mass(formula: str) -> float | None:
    try:
        from pymatgen.core import Composition

        return float(Composition(formula).weight)
    except Exception:
        return None


DIATOMIC = frozenset({"H", "N", "O", "F", "Cl", "Br", "I"})
"""Elements whose gas is made of two-atom molecules (their name alone does not fix the molar mass)."""


def find_substances(text: str) -> list[Substance]:
    """Substances named in ``text`` (normalised question text), deduplicated by formula."""
    key = keytext(text)
    found: dict[str, Substance] = {}
    for name, formula in POLYMERS.items():
        k = keytext(name).strip()
        if re.search(r"(?<![\w])" + re.escape(k) + r"(?![\w])", key):
            mass = _molar_mass(formula)
            if mass:
                found.setdefault(
                    f"polymer:{formula}", Substance(name, formula, mass, is_polymer=True)
                )
    compounds, named_in_compounds = _named_compounds(key)
    for compound in compounds:
        found.setdefault(compound.formula, compound)
    for m in re.finditer(r"[a-z]+", key):
        word = m.group(0)
        if m.start() in named_in_compounds:
            continue  # 'sodium' of 'sodium chloride' is not the element
        symbol = _element_names().get(word)
        if symbol in DIATOMIC:
            # 'nitrogen' is N (14 g/mol) as an atom but N2 (28 g/mol) as a gas: name the molecule only
            # when the text says gas or molecule, and offer nothing when it does not say which
            if not re.search(r"\b(?:gas|gases|gaseous|molecul\w*|diatomic)\b", key):
                continue
            symbol = f"{symbol}2"
        if symbol:
            mass = _molar_mass(symbol)
            if mass:
                found.setdefault(symbol, Substance(word, symbol, mass))
    for token in re.findall(r"(?<![\w\-])((?:[A-Z][a-z]?\d*(?:\.\d+)?){1,6})(?![\w+\-^])", text):
        if token.isupper() and token.isalpha():  # acronyms: FCC, BCC, HCP, PVC, APF
            continue
        if token in _NOT_FORMULAS or (
            len(token) == 2 and token.isalpha() and token not in _SAFE_TWO_LETTER
        ):
            continue
        if re.fullmatch(r"[A-Z]", token) or (
            re.fullmatch(r"[A-Z][a-z]", token) and token not in _SAFE_TWO_LETTER
        ):
            continue
        elements = re.findall(r"[A-Z][a-z]?", token)
        if not _all_elements(elements):
            continue
        mass = _molar_mass(token)
        if mass and _REPEAT_UNIT_BEFORE.search(text[: text.find(token)]):
            # 'the repeat unit is C2H4': the polymer whose repeat unit that formula is
            found.setdefault(f"polymer:{token}", Substance(token, token, mass, is_polymer=True))
        elif mass:
            found.setdefault(token, Substance(token, token, mass))
    return list(found.values())


# anion words of binary compound names: 'sodium chloride', 'magnesium oxide', 'silicon dioxide'
_ANIONS = {
    "fluoride": ("F", -1),
    "chloride": ("Cl", -1),
    "bromide": ("Br", -1),
    "iodide": ("I", -1),
    "oxide": ("O", -2),
    "sulfide": ("S", -2),
    "sulphide": ("S", -2),
    "nitride": ("N", -3),
}
_COUNT_PREFIX = {"mon": 1, "mono": 1, "di": 2, "tri": 3, "tetra": 4, "pent": 5, "penta": 5}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6}
# metals with two common cations: 'copper oxide' may be CuO or Cu₂O, 'iron oxide' FeO or Fe₂O₃
_SEVERAL_CATIONS = frozenset(
    {"Cu", "Fe", "Co", "Mn", "Cr", "V", "Mo", "W", "Pb", "Sn", "Ti", "Ni", "Hg"}
)
_COMPOUND_NAME = re.compile(
    r"\b(?P<cation>[a-z]+)\s*(?:\(?\s*(?P<roman>iv|vi|v|i{1,3})\s*\)?\s+)?"
    r"(?P<prefix>mono|mon|di|tri|tetra|penta|pent)?(?P<anion>[a-z]+ide)\b"
)
_UNKNOWN = Substance("a compound whose formula the name does not fix", "?", float("nan"))


def _named_compounds(key: str) -> tuple[list[Substance], set[int]]:
    """Binary compounds named in words ('sodium chloride' → NaCl, 'silicon dioxide' → SiO₂, 'iron(III)
    oxide' → Fe₂O₃), and the positions of the element names used by them. A name whose formula is not
    fixed ('iron oxide', 'silicon carbide') gives :data:`_UNKNOWN`, so nothing is looked up."""
    from math import gcd

    out: list[Substance] = []
    used: set[int] = set()
    for m in _COMPOUND_NAME.finditer(key):
        cation = _element_names().get(m.group("cation"))
        if cation is None:
            continue
        used.add(m.start("cation"))
        anion = _ANIONS.get(m.group("anion"))
        formula = None
        if anion is not None:
            symbol, charge = anion
            if m.group("prefix"):
                formula = f"{cation}{symbol}{_COUNT_PREFIX[m.group('prefix')]}"
            else:
                valence = _ROMAN.get(m.group("roman") or "")
                if valence is None and cation not in _SEVERAL_CATIONS:
                    valence = _one_cation_charge(cation)
                if valence:
                    g = gcd(valence, -charge)
                    formula = f"{cation}{-charge // g}{symbol}{valence // g}"
        mass = _molar_mass(formula) if formula else None
        if formula and mass:
            from pymatgen.core import Composition

            out.append(Substance(m.group(0), Composition(formula).reduced_formula, mass))
        else:
            out.append(_UNKNOWN)
    return out, used


def _one_cation_charge(symbol: str) -> int | None:
    from pymatgen.core.periodic_table import Element

    positive = [q for q in Element(symbol).common_oxidation_states if q > 0]
    return positive[0] if len(positive) == 1 else None


_REPEAT_UNIT_BEFORE = re.compile(
    r"\b(?:repeat(?:ing)?\s+unit|mer(?:\s+unit)?|monomer)\s*(?:formula\s*)?(?:is|of|=|:)?\s*(?:the\s+)?$",
    re.I,
)


def _all_elements(symbols: list[str]) -> bool:
    from pymatgen.core.periodic_table import Element

    try:
        for s in symbols:
            Element(s)
    except (ValueError, KeyError):
        return False
    return True


def lookup_molar_mass(text: str, kind: str) -> Substance | None:
    """The one substance whose molar mass ``kind`` ('molar_mass' or 'repeat_unit_mass') can fill."""
    subs = find_substances(text)
    if kind == "repeat_unit_mass":
        polymers = [s for s in subs if s.is_polymer]
        return polymers[0] if len({s.formula for s in polymers}) == 1 else None
    non_polymer = [s for s in subs if not s.is_polymer]
    if any(s.formula == "?" for s in non_polymer):
        return None  # a compound named in words whose formula the name does not fix
    formulas = {s.formula for s in non_polymer}
    if len(formulas) == 1:
        return non_polymer[0]
    # a compound and its own elements (NaCl with Na+ and Cl-): the compound is meant
    elements = {s.formula: set(re.findall(r"[A-Z][a-z]?", s.formula)) for s in non_polymer}
    union = set().union(*elements.values()) if elements else set()
    covering = [s for s in non_polymer if elements[s.formula] == union and len(union) > 1]
    if len({s.formula for s in covering}) == 1:
        return covering[0]
    return None


@dataclass(frozen=True)
class OxideFormula:
    """An oxide written as a formula: ``Al2O3`` has metal ``Al`` with 2 metal atoms per formula unit."""

    formula: str
    metal: str
    metal_atoms: int
    oxygen_atoms: int


_SUBSCRIPTS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")


def oxide_formula(text: str) -> OxideFormula | None:
    """The one binary oxide formula (one metal and O) written in ``text``, or None when none or several
    are written. Only a formula written with its element symbols counts ('Al2O3', 'Fe2O3', 'NiO'), not a
    name ('alumina'): the counts come from the formula as written."""
    found: dict[str, OxideFormula] = {}
    text = text.translate(_SUBSCRIPTS)  # 'TiO₂' is written TiO2
    for token in re.findall(r"(?<![\w\-])((?:[A-Z][a-z]?\d*){2})(?![\w+\-^])", text):
        parts = re.findall(r"([A-Z][a-z]?)(\d*)", token)
        if len(parts) != 2 or parts[1][0] != "O" or parts[0][0] == "O":
            continue
        (metal, n_metal), (_o, n_oxygen) = parts
        if not _all_elements([metal]):
            continue
        found[token] = OxideFormula(token, metal, int(n_metal or 1), int(n_oxygen or 1))
    return next(iter(found.values())) if len(found) == 1 else None
