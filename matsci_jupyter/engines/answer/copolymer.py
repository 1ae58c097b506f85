"""Random copolymers: the average repeat-unit mass, the degree of polymerization and the fraction of
each repeat unit.

Source: Callister & Rethwisch (10th ed.), §14.10, Eq. 14.7: for a copolymer the average repeat unit
molecular weight is m̄ = Σ f_j m_j (f_j the fraction of repeat units of type j, m_j its molecular weight),
and the degree of polymerization is DP = M/m̄ (Eq. 14.6, with the number- or the weight-average M
paired with the same average DP). With two repeat units, f_1 = (m_2 − m̄)/(m_2 − m_1).

The handler answers one of three questions about a copolymer of two monomers it names from
:data:`REPEAT_UNITS`:

* the fraction of one repeat unit, from M and DP;
* DP from M and the fraction of one repeat unit;
* M from DP and the fraction of one repeat unit.

It uses every value the question gives or steps aside (None: the relation solver decides), and refuses
when M and DP are named as different averages, or when the fraction comes out outside 0..1.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .answer import Answer
from .checks import Check
from .quantities import Given, Reading, Requested, format_number

# monomer name (as in keytext) -> repeat-unit formula (Callister Tables 14.3 and 14.5)
REPEAT_UNITS: dict[str, str] = {
    "styrene": "C8H8",
    "butadiene": "C4H6",
    "acrylonitrile": "C3H3N",
    "isobutylene": "C4H8",
    "isoprene": "C5H8",
    "ethylene": "C2H4",
    "propylene": "C3H6",
    "vinyl chloride": "C2H3Cl",
    "vinyl acetate": "C4H6O2",
    "vinylidene chloride": "C2H2Cl2",
    "methyl methacrylate": "C5H8O2",
    "chloroprene": "C4H5Cl",
}


@cache
def repeat_unit_mass(monomer: str) -> float:
    """The repeat unit's molecular weight in g/mol (pymatgen atomic weights)."""
    from pymatgen.core import Composition

    return float(Composition(REPEAT_UNITS[monomer]).weight)


def fraction_of_first(m_avg: float, m_first: float, m_second: float) -> float:
    """f_1 = (m_2 − m̄)/(m_2 − m_1): the fraction of repeat units of type 1 (Eq. 14.7 with two units)."""
    return (m_second - m_avg) / (m_second - m_first)


_NAME = re.compile(
    r"(?<![\w])("
    + "|".join(re.escape(n) for n in sorted(REPEAT_UNITS, key=len, reverse=True))
    + r")(?![\w])"
)
_AVERAGE = re.compile(r"\b(number|weight)[\s-]*averag", re.I)


def _monomers(key: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group(1)) for m in _NAME.finditer(key)]


def try_copolymer(question: str, reading: Reading, requested: Requested | None) -> Answer | None:
    """An Answer (or a refusal) for a two-monomer copolymer question; None when it is not one."""
    from .irrelevant import counts_as_given
    from .text import keytext

    text, key = reading.text, reading.key
    if "copolymer" not in key:
        return None
    names = list(dict.fromkeys(n for _p, n in _monomers(key)))
    if len(names) != 2:
        return None
    data = [g for g in reading.givens if g.kind != "delta_t" and counts_as_given(g, text)]
    masses = [g for g in data if g.quantity is not None and _is_molar_mass(g.quantity)]
    degree = [g for g in data if g not in masses and _names_degree(g)]
    fractions = [g for g in data if g not in masses and g not in degree and _names_fraction(g)]
    if len(masses) + len(degree) + len(fractions) != len(data):
        return None  # a value the handler does not place: the solver decides
    if len(masses) > 1 or len(degree) > 1 or len(fractions) > 1:
        return None
    asked = keytext(f"{reading.target} {reading.ask_clause}")
    from .solver import refuse

    if masses and degree and _averages_differ(text, masses[0], degree[0]):
        return refuse(
            question,
            "the molecular weight and the degree of polymerization are named as different averages",
        )
    m = {n: repeat_unit_mass(n) for n in names}
    steps = [
        "Relation: m̄ = Σ f_j m_j and DP = M/m̄ for a copolymer (Callister Eqs. 14.6, 14.7)",
        *(f"m({n}) = {REPEAT_UNITS[n]} = {format_number(m[n], 6)} g/mol (pymatgen)" for n in names),
    ]
    if fractions and _mass_basis(text[max(0, fractions[0].start - 40) : fractions[0].end + 12]):
        return refuse(
            question,
            "the copolymer's composition is given by mass; m̄ = Σ f_j m_j needs the fraction of "
            "repeat units (a number fraction), so no number is given",
        )
    if "fraction" in asked and _mass_basis(asked):
        return refuse(
            question,
            "the question asks for a fraction by mass; M/DP gives the fraction of repeat units (a "
            "number fraction), so no number is given",
        )
    if "fraction" in asked and masses and degree and not fractions:
        wanted = [n for n in names if re.search(rf"(?<![\w]){re.escape(n)}(?![\w])", asked)]
        if len(wanted) != 1:
            return None
        if re.search(
            rf"\b(?:not|non|other\s+than|except|besides)\b[\s-]*(?:\w+\s+)?{re.escape(wanted[0])}",
            asked,
        ):
            return refuse(
                question,
                f"the question asks for the share that is not {wanted[0]}; the relation read gives "
                f"the fraction of {wanted[0]} repeat units itself, so no number is given",
            )
        first = wanted[0]
        second = next(n for n in names if n != first)
        m_avg = _magnitude(masses[0], "g/mol") / float(degree[0].number or 0)
        f = fraction_of_first(m_avg, m[first], m[second])
        if not 0 <= f <= 1:
            return refuse(
                question,
                f"m̄ = M/DP = {format_number(m_avg)} g/mol is not between the two repeat-unit masses "
                f"({format_number(m[first])} and {format_number(m[second])} g/mol): the values do not fit "
                f"a {first}–{second} copolymer",
            )
        steps += [
            f"m̄ = M/DP = {masses[0].describe()} / {degree[0].describe()} = {format_number(m_avg, 6)} g/mol",
            f"f({first}) = (m({second}) − m̄)/(m({second}) − m({first})) = {format_number(f)}",
        ]
        return _answer(
            question, requested, f, "dimensionless", steps, f"fraction of {first} repeat units"
        )
    if not fractions or len(data) != 2:
        return None
    given_f = fractions[0]
    owner = _fraction_owner(key, text, given_f)
    if owner not in names:
        return None
    other = next(n for n in names if n != owner)
    f = (
        float(given_f.quantity.to("dimensionless").magnitude)
        if given_f.quantity is not None
        else float(given_f.number or 0)
    )
    if not 0 <= f <= 1:
        return None
    m_avg = f * m[owner] + (1 - f) * m[other]
    steps.append(
        f"m̄ = {format_number(f)}·{format_number(m[owner], 6)} + {format_number(1 - f)}·"
        f"{format_number(m[other], 6)} = {format_number(m_avg, 6)} g/mol"
    )
    if degree and re.search(r"\bmolecular\s+weight\b|\bmolar\s+mass\b", asked):
        value = float(degree[0].number or 0) * m_avg
        steps.append(f"M = DP·m̄ = {format_number(value, 6)} g/mol")
        return _answer(question, requested, value, "g/mol", steps, "molecular weight")
    if masses and re.search(r"\bdegree\s+of\s+polymeri[sz]ation\b", asked):
        value = _magnitude(masses[0], "g/mol") / m_avg
        steps.append(f"DP = M/m̄ = {format_number(value, 6)}")
        return _answer(
            question, requested, value, "dimensionless", steps, "degree of polymerization"
        )
    return None


def _answer(
    question: str,
    requested: Requested | None,
    value: float,
    unit: str,
    steps: list[str],
    target: str,
) -> Answer | None:
    from ...units import get_registry

    q = get_registry().Quantity(value, unit)
    if requested is not None:
        try:
            q = q.to(requested.unit.units)
        except Exception:
            return None
    return Answer(
        question=question,
        quantity=q,
        unit_requested=requested.text if requested else None,
        checks=[
            Check("dimension", True, f"{target}: {unit}"),
            Check("givens", True, "every value the question gives was used"),
            Check("constants", True, "atomic weights from pymatgen"),
        ],
        steps=steps,
        source="solver",
        relation="copolymer_repeat_units",
        target=target,
    )


def _magnitude(g: Given, unit: str) -> float:
    return float(g.quantity.to(unit).magnitude)


def _is_molar_mass(q: Any) -> bool:
    try:
        q.to("g/mol")
    except Exception:
        return False
    return True


def _names_degree(g: Given) -> bool:
    unitless = g.quantity is None or bool(g.quantity.dimensionless)
    return unitless and bool(
        re.search(r"degree\s+of\s+polymeri[sz]ation|\bDP\b|\bn_[nw]\b", g.before[-60:], re.I)
    )


# a composition on a mass basis: 'weight fraction', 'mass percent', 'wt%', 'by mass'
_MASS_BASIS = re.compile(
    r"\b(?:mass|weight)\s+(?:fraction|percent|percentage|%)|\bwt\s*\.?\s*%|\bwt\.?\s+percent\b|"
    r"\bby\s+(?:mass|weight)\b",
    re.I,
)


def _mass_basis(text: str) -> bool:
    return bool(_MASS_BASIS.search(text))


def _names_fraction(g: Given) -> bool:
    return bool(re.search(r"\bfraction\b|%|percent", f"{g.before[-60:]} {g.text}", re.I))


def _averages_differ(text: str, mass: Given, degree: Given) -> bool:
    kinds = []
    for g in (mass, degree):
        found = _AVERAGE.findall(text[max(0, g.start - 60) : g.start])
        kinds.append(found[-1].lower() if found else None)
    return None not in kinds and kinds[0] != kinds[1]


def _fraction_owner(key: str, text: str, g: Given) -> str | None:
    """The monomer a stated fraction is of, when the words right at it name one: 'the fraction of
    acrylonitrile repeat units is 0.3' or '30 % styrene (repeat units)'; None otherwise."""
    from .text import keytext

    before = keytext(text[max(0, g.start - 80) : g.start])
    after = keytext(text[g.end : g.end + 40])
    names = "|".join(re.escape(n) for n in sorted(REPEAT_UNITS, key=len, reverse=True))
    m = re.search(
        rf"\bfraction\s+of\s+({names})(?:\s+(?:repeat\s+)?units?|\s+mers?)?\s*(?:is|of|=|:)?\s*$",
        before,
    )
    if m:
        return m.group(1)
    m = re.match(rf"\s*(?:%|percent)?\s*(?:of\s+)?({names})\b", after)
    return m.group(1) if m else None
