"""The coordination number a cation–anion radius ratio predicts (the radius-ratio rule).

Source: Callister & Rethwisch (10th ed.), §12.2 and Table 12.2: for r_C/r_A

======================  ==================  ======================
r_C/r_A                 coordination number  geometry
======================  ==================  ======================
< 0.155                 2                   linear
0.155 – 0.225           3                   triangular
0.225 – 0.414           4                   tetrahedral
0.414 – 0.732           6                   octahedral
0.732 – 1.0             8                   cubic
======================  ==================  ======================

The table gives the cation's coordination number (anions around a cation). The handler answers only
when the question asks for a coordination number, gives exactly two ionic radii (lengths) and says which
one is the cation's: by the words 'cation' and 'anion' at each value, or by a list of two ions written
with their charges in the order of the two radii ('the radii of Cs⁺ and Cl⁻ are 0.170 and 0.181 nm').
It refuses (rather than guess) when the ratio lies within 1 % of a boundary of the table, when it is
1.0 or more (beyond the table), or when the coordination number of the anion is asked.

The table read the other way: the minimum radius ratio for a coordination number (or its geometry),
the lower bound of its row (:func:`try_minimum_ratio`).
"""

from __future__ import annotations

import re

from .answer import Answer
from .checks import Check
from .quantities import Given, Reading, Requested, format_number

# (upper bound of r_C/r_A, coordination number, geometry): Callister Table 12.2
RADIUS_RATIO_TABLE: tuple[tuple[float, int, str], ...] = (
    (0.155, 2, "linear"),
    (0.225, 3, "triangular"),
    (0.414, 4, "tetrahedral"),
    (0.732, 6, "octahedral"),
    (1.0, 8, "cubic"),
)
BOUNDARY_MARGIN = 0.01  # relative: a ratio this close to a boundary is not decided by the table


def coordination_from_ratio(ratio: float) -> tuple[int, str] | None:
    """``(coordination number, geometry)`` for a cation–anion radius ratio, or None when the ratio is
    outside the table (≤ 0 or ≥ 1.0) or within :data:`BOUNDARY_MARGIN` of a boundary."""
    if ratio <= 0 or ratio >= 1.0:
        return None
    for bound, _cn, _geometry in RADIUS_RATIO_TABLE:
        if abs(ratio - bound) <= BOUNDARY_MARGIN * bound:
            return None
    for bound, cn, geometry in RADIUS_RATIO_TABLE:
        if ratio < bound:
            return cn, geometry
    return None


_ASKS_CN = re.compile(r"\bcoordination\s+number\b", re.I)
_RADIUS_WORDS = re.compile(r"\bradi(?:us|i)\b", re.I)
# an ion written with its charge: 'Cs^+', 'Cl^-', 'Mg^2+', 'O^{2-}', 'Fe^3+'
_ION = re.compile(r"\b([A-Z][a-z]?)\^\{?(\d?)([+\-])\}?")
_CATION_WORD = re.compile(r"\bcation\b", re.I)
_ANION_WORD = re.compile(r"\banion\b", re.I)


def try_radius_ratio(question: str, reading: Reading, requested: Requested | None) -> Answer | None:
    """An Answer (or a refusal) for 'what coordination number does the radius ratio predict'; None
    when the question is not one (the relation solver then decides)."""
    from .irrelevant import counts_as_given

    text = reading.text
    asked = f"{reading.target} {reading.ask_clause}"
    if not _ASKS_CN.search(asked) or not _RADIUS_WORDS.search(text):
        return None
    data = [g for g in reading.givens if g.kind != "delta_t" and counts_as_given(g, text)]
    radii = [g for g in data if g.quantity is not None and _is_length(g)]
    if len(radii) != 2 or len(data) != 2:
        return None
    roles = _roles(text, radii)
    from .solver import refuse

    if roles is None:
        return refuse(
            question,
            "the question gives two radii but does not say which is the cation's and which the anion's",
        )
    cation, anion = roles
    if _asks_anion(asked) or _asks_anion(_asking_sentence(text)):
        return refuse(
            question,
            "the radius-ratio table gives the cation's coordination number; the anion's depends on the "
            "compound's formula",
        )
    ratio = float((cation.quantity / anion.quantity).to("dimensionless").magnitude)
    found = coordination_from_ratio(ratio)
    if found is None:
        return refuse(
            question,
            f"r_C/r_A = {format_number(ratio)} lies on a boundary of the radius-ratio table or outside it "
            "(0 to 1.0); the table does not decide the coordination number",
        )
    cn, geometry = found
    from ...units import get_registry

    value = get_registry().Quantity(cn, "dimensionless")
    if requested is not None:
        try:
            value = value.to(requested.unit.units)
        except Exception:
            return None
    low = max((b for b, _c, _g in RADIUS_RATIO_TABLE if b <= ratio), default=0.0)
    high = min(b for b, _c, _g in RADIUS_RATIO_TABLE if b > ratio)
    return Answer(
        question=question,
        quantity=value,
        unit_requested=requested.text if requested else None,
        checks=[
            Check("dimension", True, "a coordination number: a count, dimensionless"),
            Check("givens", True, "the cation radius and the anion radius are used"),
            Check("constants", True, "no physical constants needed"),
        ],
        steps=[
            "Relation: radius-ratio rule (Callister Table 12.2): r_C/r_A sets the cation's "
            "coordination number",
            f"r_C = {cation.describe()} (cation), r_A = {anion.describe()} (anion)",
            f"r_C/r_A = {format_number(ratio)}",
            f"{format_number(low)} < {format_number(ratio)} < {format_number(high)}: "
            f"coordination number {cn} ({geometry})",
        ],
        source="solver",
        relation="radius_ratio_coordination",
        target="coordination number of the cation",
    )


def _is_length(g: Given) -> bool:
    try:
        g.quantity.to("m")
    except Exception:
        return False
    return True


def _roles(text: str, radii: list[Given]) -> tuple[Given, Given] | None:
    """``(cation radius, anion radius)`` as the text says, or None when it does not say."""
    a, b = radii
    # 'cation radius 0.07 nm ... anion radius 0.14 nm': the role word nearest before each value
    marks = [_role_before(text, g) for g in radii]
    if set(marks) == {"cation", "anion"}:
        return (a, b) if marks[0] == "cation" else (b, a)
    # 'the radii of Cs^+ and Cl^- are 0.170 nm and 0.181 nm': two charged ions listed before the values
    lead = text[max(0, a.start - 80) : a.start]
    ions = _ION.findall(lead)
    between = text[a.end : b.start]
    if len(ions) == 2 and re.fullmatch(r"\s*(?:nm|pm|Å|angstroms?|m)?\s*(?:,\s*)?and\s*", between):
        signs = [sign for _el, _n, sign in ions]
        if sorted(signs) == ["+", "-"]:
            return (a, b) if signs[0] == "+" else (b, a)
    return None


def _role_before(text: str, g: Given) -> str | None:
    before = text[max(0, g.start - 40) : g.start]
    cat = [m.end() for m in _CATION_WORD.finditer(before)]
    an = [m.end() for m in _ANION_WORD.finditer(before)]
    if not cat and not an:
        return None
    return "cation" if max(cat, default=-1) > max(an, default=-1) else "anion"


def _asks_anion(asked: str) -> bool:
    if re.search(r"\banion\b", asked, re.I) and not re.search(r"\bcation\b", asked, re.I):
        return True
    return any(sign == "-" for _el, _n, sign in _ION.findall(asked))


def _asking_sentence(text: str) -> str:
    """The last sentence of ``text`` that names the coordination number (as written: ions keep their
    charges)."""
    sentences = [s for s in re.split(r"(?<=[.?!])\s+", text) if _ASKS_CN.search(s)]
    return sentences[-1] if sentences else ""


_ASKS_MINIMUM = re.compile(
    r"\b(?:minimum|smallest|lowest|least|critical)\b.{0,40}\bradius\s+ratio\b|"
    r"\bradius\s+ratio\b.{0,40}\b(?:minimum|smallest|lowest|least)\b",
    re.I,
)
_GEOMETRY_WORDS = {
    "triangular": 3,
    "trigonal": 3,
    "tetrahedral": 4,
    "octahedral": 6,
    "cubic": 8,
}


def minimum_ratio(cn: int) -> float | None:
    """The smallest r_C/r_A for coordination number ``cn`` (the lower bound of its row; None for a
    coordination number the table has no lower bound for)."""
    lower = 0.0
    for bound, row_cn, _g in RADIUS_RATIO_TABLE:
        if row_cn == cn:
            return lower if lower > 0 else None
        lower = bound
    return None


def try_minimum_ratio(
    question: str, reading: Reading, requested: Requested | None
) -> Answer | None:
    """'What is the minimum cation–anion radius ratio for a coordination number of 6?': the lower bound
    of the table row; None when the question is not one (or names no single coordination)."""
    from .irrelevant import counts_as_given

    text = reading.text
    if not _ASKS_MINIMUM.search(text):
        return None
    data = [g for g in reading.givens if g.kind != "delta_t" and counts_as_given(g, text)]
    numbers = [
        g for g in data if g.unit is None and g.number is not None and float(g.number).is_integer()
    ]
    geometries = {n for w, n in _GEOMETRY_WORDS.items() if re.search(rf"\b{w}\b", text, re.I)}
    named = {int(g.number) for g in numbers if re.search(r"coordination", g.before[-40:], re.I)}
    if len(data) != len(numbers) or len(named) + len(geometries) == 0:
        return None
    cns = named | geometries
    if len(cns) != 1 or len(numbers) > 1:
        return None
    cn = cns.pop()
    low = minimum_ratio(cn)
    if low is None:
        return None
    from ...units import get_registry

    value = get_registry().Quantity(low, "dimensionless")
    geometry = next(g for _b, c, g in RADIUS_RATIO_TABLE if c == cn)
    return Answer(
        question=question,
        quantity=value,
        unit_requested=requested.text if requested else None,
        checks=[
            Check("dimension", True, "a ratio of two radii: dimensionless"),
            Check("givens", True, "the coordination number is used"),
            Check("constants", True, "no physical constants needed"),
        ],
        steps=[
            "Relation: radius-ratio rule (Callister Table 12.2)",
            f"coordination number {cn} ({geometry}) holds from r_C/r_A = {format_number(low)}",
        ],
        source="solver",
        relation="radius_ratio_minimum",
        target="minimum cation–anion radius ratio",
    )
