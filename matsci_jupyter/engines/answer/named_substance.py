"""A given that contradicts the pure element the question names: refused with the reason.

A question that names one pure element ('a zinc coupon', 'copper wire') and gives one of its
tabulated properties fixes that property twice: once by the name, once by the number. When the two
disagree far beyond what real samples and textbook rounding allow, the data contradict each other
(a density of 19.3 g/cm³ is gold's, not zinc's 7.14) and no number computed from them can be trusted.

Checked only when all of these hold (precision first):

* the value is bound to the relation's plain symbol for the body's own property (the density, the
  atomic weight, the melting temperature, the atomic radius, the elastic modulus), taken from the
  question (never a looked-up or assumed value);
* the whole question names exactly one substance, a pure element with one common solid form at room
  conditions (no gases or liquids; carbon, tin, phosphorus, sulfur, selenium, boron and arsenic have
  allotropes of very different densities and are left out), and its name or symbol is written in the
  sentence that gives the value;
* nothing in the question makes it another material or a body whose property may differ: an alloy,
  a steel, brass, bronze, solder, a composite, a porous, sintered, foamed or powder body, a coating,
  a film, an oxide or scale, an ion, a single crystal (the modulus), or a hypothetical metal.

Tolerances (given ÷ known) come from real variation: a density 0.75–1.25 (thermal expansion up to the
melting point is a few per cent; a liquid metal is 5–12 % lighter than the solid), the atomic weight
0.95–1.05 (rounded values such as 63.5 or 56 are well inside), the melting temperature 0.93–1.07 in
kelvin, the metallic atomic radius 0.8–1.25 (textbooks quote 0.124–0.126 nm for iron), the elastic
modulus 0.5–2.0 (textbook and handbook values differ by up to 20 %; single crystals are left out).
Known values are pymatgen's element data.
"""

from __future__ import annotations

import math
import re
import warnings
from typing import Any

from .sentences import sentence_at, sentence_before
from .text import keytext

# (relation symbol name, label) of the plain property symbols -> the property checked
_PROPERTY_SYMBOLS = {
    ("rho", "density"): "density",
    ("M", "atomic weight"): "atomic weight",
    ("T_m", "melting temperature"): "melting temperature",
    ("T_m", "melting point"): "melting temperature",
    ("R", "atomic radius"): "atomic radius",
    ("E_mod", "elastic modulus"): "elastic modulus",
    ("rho_me", "density of the metal"): "density",
    ("rho_si", "density"): "density",
    ("M_me", "atomic weight of the metal"): "atomic weight",
    ("T_melt", "melting temperature"): "melting temperature",
    ("T_mp", "melting temperature"): "melting temperature",
    ("a", "lattice parameter"): "lattice parameter",
}
# property -> (low, high) bounds of given ÷ known that real samples and textbooks stay within
TOLERANCE = {
    "density": (0.75, 1.25),
    "atomic weight": (0.95, 1.05),
    "melting temperature": (0.93, 1.07),
    "atomic radius": (0.8, 1.25),
    "elastic modulus": (0.5, 2.0),
}  # the lattice parameter is compared with the cells of the atomic radius (_cell_edge_misfit)
# elements whose solid forms differ widely (allotropes) or that are not solids at room conditions
_LEFT_OUT = frozenset(
    {"C", "Sn", "P", "S", "Se", "B", "As", "Pu", "Hg", "Br", "Ga", "Cs", "Fr"}
    | {"H", "He", "N", "O", "F", "Ne", "Cl", "Ar", "Kr", "Xe", "Rn"}
)
_OTHER_BODY = re.compile(
    r"\b(?:alloy\w*|steels?|brass|bronze|solder|amalgam|composite|porous|porosity|pores?|sinter\w*|"
    r"foam\w*|powders?|compact\w*|green\s+body|coat\w*|films?|plat(?:ed|ing)|layers?|oxides?|scale|"
    r"ions?|ionic|cation\w*|anion\w*|hypothetical|imaginary|fictitious|doped|impurit\w*|"
    r"solid\s+solution|weight\s+percent|atom\s+percent|mixture|based?|superalloy\w*|"
    r"polymer\w*|plastics?|rubber|epoxy|resin|glass\w*|ceramics?|concrete|wood|water|oil|fluid|gas|"
    r"sheath|insulat\w*|matrix|fib(?:er|re)s?|particles?|inclusions?|precipitates?|brick|refractory|"
    r"sand|mou?lds?|salt|electrolyte|solutions?|acid|crucible|substrate|compound|liquid)\b"
    r"|\b(?:wt|at|mol|vol)\s*\.?\s*%|⁺|(?<![\w])[A-Z][a-z]?\s*\^\s*\{?\s*\d?\s*\+",
    re.I,
)
_SINGLE_CRYSTAL = re.compile(r"\bsingle\s+crystals?\b|\bdirection\b|\[\s*\d\s*\d\s*\d\s*\]", re.I)


_TRUST = "the data contradict the named substance, so no number computed from them can be trusted"
# cubic and hexagonal metals whose cell edge is 2R (HCP, and SC), 4R/√3 (BCC) or 2√2 R (FCC)
_SIMPLE_CELLS = frozenset(
    {"Cu", "Al", "Ni", "Ag", "Au", "Pt", "Pb", "Pd", "Ir", "Rh", "Fe", "Cr", "Mo", "W", "V", "Nb"}
    | {"Ta", "Mg", "Zn", "Cd", "Ti", "Zr", "Co", "Be", "Hf", "Li", "Na", "K"}
)
_EDGE_PER_RADIUS = (2.0, 4 / math.sqrt(3), 2 * math.sqrt(2))
EDGE_TOLERANCE = 0.10
"""A given cell edge within 10 % of 2R, 4R/√3 or 2√2 R (R the metallic radius) fits some common cell
of the element (BCC and FCC iron both fit); one outside all three fits none."""


def _cell_edge_misfit(symbol: str, per_radius: float, radius: Any) -> str | None:
    """Why a cell edge of ``per_radius`` metallic radii fits no simple cell of ``symbol`` (or None)."""
    if symbol not in _SIMPLE_CELLS:
        return None
    if any(abs(per_radius / k - 1) <= EDGE_TOLERANCE for k in _EDGE_PER_RADIUS):
        return None
    edges = ", ".join(f"{float((radius * k).magnitude):.4g}" for k in _EDGE_PER_RADIUS)
    return (
        f"is {per_radius:.2f} atomic radii of {symbol} (R = {float(radius.magnitude):.4g} "
        f"{radius.units:~P}), while an HCP, BCC or FCC cell of its atoms has an edge of 2R, 4R/√3 or "
        f"2√2 R ({edges} {radius.units:~P})"
    )


def _known(symbol: str, prop: str) -> tuple[float, str] | None:
    """The tabulated value of ``prop`` for element ``symbol`` and its unit (pymatgen), or None."""
    from pymatgen.core.periodic_table import Element

    element = Element(symbol)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # 'No data available for …'
        if prop == "density":
            value, unit = element.density_of_solid, "kg/m**3"
        elif prop == "atomic weight":
            value, unit = element.atomic_mass, "g/mol"
        elif prop == "melting temperature":
            value, unit = element.melting_point, "K"
        elif prop in ("atomic radius", "lattice parameter"):
            value, unit = element.metallic_radius, "angstrom"
        else:
            value, unit = element.youngs_modulus, "GPa"
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return (number, unit) if number > 0 and math.isfinite(number) else None


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` around [start, end) (a full stop between digits does not end it)."""
    lo, hi = sentence_at(text, start, end, follow="not_digit", keep_stop=False, before_alone=True)
    return text[lo:hi]


def _previous_sentence(text: str, start: int) -> str:
    """The sentence before the one around ``start`` ('' when that is the first)."""
    span = sentence_before(text, start, follow="not_digit", keep_stop=False, before_alone=True)
    return text[span[0] : span[1]] if span else ""


# a sentence that goes on about the body the previous one named: 'Its density is …', 'Take E = …'
_GOES_ON = re.compile(r"^\W*(?:its?|take|use|assume|the\s+metal(?:'s)?|this\s+metal)\b", re.I)


def _names(sentence: str, symbol: str, written: str) -> bool:
    """``sentence`` names the element by the name the question uses or by its symbol."""
    return bool(
        re.search(
            r"(?<![\w])" + re.escape(keytext(written).strip()) + r"(?![\w])", keytext(sentence)
        )
        or re.search(r"(?<![\w])" + re.escape(symbol) + r"(?![\w])", sentence)
    )


def melting_point_k(symbol: str) -> float | None:
    """The tabulated melting temperature of element ``symbol`` in K (pymatgen), or None."""
    known = _known(symbol, "melting temperature")
    return known[0] if known else None


def the_one_element(text: str) -> tuple[str, str] | None:
    """(symbol, name as written) of the one pure element the question names, or None."""
    from .substances import find_substances

    found = find_substances(text)
    if len(found) != 1:
        return None
    sub = found[0]
    if sub.is_polymer or not re.fullmatch(r"[A-Z][a-z]?", sub.formula):
        return None
    if sub.formula in _LEFT_OUT:
        return None
    return sub.formula, sub.name


def contradicted_given(
    bindings: dict[str, Any], symbol_map: dict[str, Any], text: str
) -> str | None:
    """Why a given contradicts the one pure element ``text`` names (None when none does)."""
    checked = [
        (name, b, _PROPERTY_SYMBOLS.get((symbol_map[name].name, symbol_map[name].label)))
        for name, b in bindings.items()
        if name in symbol_map
    ]
    checked = [
        (name, b, prop)
        for name, b, prop in checked
        if prop
        and b.source == "question"
        and b.given is not None
        and not isinstance(b.value, tuple)
    ]
    if not checked or _OTHER_BODY.search(text):
        return None
    element = the_one_element(text)
    if element is None:
        return None
    symbol, written = element
    from ...units import get_registry

    ureg = get_registry()
    for _name, b, prop in checked:
        if prop == "elastic modulus" and _SINGLE_CRYSTAL.search(text):
            continue
        sentence = _sentence(text, b.given.start, b.given.end)
        if not (
            _names(sentence, symbol, written)
            or (
                _GOES_ON.match(sentence)
                and _names(_previous_sentence(text, b.given.start), symbol, written)
            )
        ):
            continue  # the value is not given where the element is named
        known = _known(symbol, prop)
        if known is None:
            continue
        value, unit = known
        try:
            given = float(b.value.to(unit).magnitude)
        except Exception:
            continue
        if prop == "lattice parameter":
            why = _cell_edge_misfit(
                symbol, given / value, ureg.Quantity(value, unit).to(b.value.units)
            )
            if why is None:
                continue
            return (
                f"the given lattice parameter of {written}, {b.given.text.strip()}, {why}; "
                + _TRUST
            )
        low, high = TOLERANCE[prop]
        ratio = given / value
        if low <= ratio <= high:
            continue
        shown = ureg.Quantity(value, unit).to(b.value.units)
        return (
            f"the given {prop} of {written}, {b.given.text.strip()}, is far from {written}'s own "
            f"({float(shown.magnitude):.4g} {b.value.units:~P}, {ratio:.2f} times it); " + _TRUST
        )
    return None
