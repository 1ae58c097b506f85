"""Number- and weight-average molecular weights from a list of size classes.

'Number fractions and molecular weights: 0.20 of chains at 10 000 g/mol, 0.50 at 20 000 g/mol …;
calculate the weight-average molecular weight.' With number fractions xᵢ: M̄_n = Σxᵢ Mᵢ and
M̄_w = Σxᵢ Mᵢ²/Σxᵢ Mᵢ; with weight fractions wᵢ: M̄_w = Σwᵢ Mᵢ and M̄_n = 1/Σ(wᵢ/Mᵢ) (Callister
eqs. 14.5a, 14.5b). The question must say which kind of fraction it lists ('number fractions', 'by
number', 'of the chains'; 'weight fractions', 'by weight'), give each class as a fraction (or a
percentage) followed by its molecular weight, or all the fractions and then all the molecular weights
(or the reverse) in the same order, and the fractions must sum to 1.
"""

from __future__ import annotations

import re
from typing import Any

from .answer import Answer
from .checks import Check
from .quantities import Reading, Requested, format_number
from .text import has_phrase


def try_polymer_average(
    question: str, reading: Reading, requested: Requested | None
) -> Answer | None:
    """An Answer for a molecular-weight average over listed size classes; None when it is not one."""
    key = reading.key
    asked = " " + (reading.target or "") + " "
    wants = (
        "dispersity"  # the polydispersity index M̄_w/M̄_n (Callister ch. 14)
        if any(has_phrase(asked, p) for p in ("polydispersity", "dispersity", "pdi"))
        else "weight"
        if has_phrase(asked, "weight average")
        else "number"
        if has_phrase(asked, "number average")
        else None
    )
    if wants is None:
        return None
    number = any(has_phrase(key, p) for p in _NUMBER_BASIS)
    weight = any(has_phrase(key, p) for p in _WEIGHT_BASIS)
    if number == weight:
        return None
    givens = [g for g in reading.givens if g.kind in ("quantity", "number")]
    classes = _listed_classes(givens) or _grouped_classes(givens)
    if classes is None:
        classes = _table_classes(str(question), len(givens))  # the rows as written, one a line
    if classes is None:
        classes = _row_classes(str(question), len(givens))  # one line of masses, one of fractions
    if classes is None or len(classes) < 2 or abs(sum(f for f, _m in classes) - 1) > 0.01:
        return None
    ms = [m for _f, m in classes]
    fs = [f for f, _m in classes]
    if number:
        mn = sum(f * m for f, m in zip(fs, ms, strict=True))
        mw = sum(f * m * m for f, m in zip(fs, ms, strict=True)) / mn
        formula = "M̄_w = Σxᵢ Mᵢ² / Σxᵢ Mᵢ" if wants == "weight" else "M̄_n = Σxᵢ Mᵢ"
    else:
        mw = sum(f * m for f, m in zip(fs, ms, strict=True))
        mn = 1 / sum(f / m for f, m in zip(fs, ms, strict=True))
        formula = "M̄_w = Σwᵢ Mᵢ" if wants == "weight" else "M̄_n = 1 / Σ(wᵢ/Mᵢ)"
    if wants == "dispersity":
        return _dispersity(
            question, reading, requested, fs, ms, mn, mw, kind="number" if number else "weight"
        )
    value = mw if wants == "weight" else mn
    from ...units import get_registry

    q = get_registry().Quantity(value, "g/mol")
    if requested is not None:
        try:
            q = q.to(requested.unit.units)
        except Exception:
            return None
    kind = "number" if number else "weight"
    return Answer(
        question=question,
        quantity=q,
        unit_requested=requested.text if requested else None,
        checks=[
            Check("dimension", True, "a molecular weight"),
            Check(
                "givens",
                True,
                f"every class's {kind} fraction and molecular weight is used; they sum to 1",
            ),
        ],
        steps=[
            f"Relation: {formula} (Callister eqs. 14.5a, 14.5b), {kind} fractions as listed",
            *(
                f"class: {format_number(f)} at {format_number(m)} g/mol"
                for f, m in zip(fs, ms, strict=True)
            ),
            f"{wants}-average molecular weight = {format_number(value)} g/mol",
        ],
        source="solver",
        relation="polymer_molecular_weight_average",
        target=f"{wants}-average molecular weight",
    )


# what the listed fractions count: chains ('number fractions', 'by number', '30 % of the molecules') or
# their mass ('weight fractions', 'by weight'); a question that says both, or neither, is not read
_NUMBER_BASIS = (
    "number fraction",
    "number fractions",
    "by number",
    "of the molecules",
    "of the chains",
    "of the molecules have",
    "of the chains have",
)
_WEIGHT_BASIS = (
    "weight fraction",
    "weight fractions",
    "mass fraction",
    "by weight",
    "by mass",
    "weight percent",
    "of the mass",
)


def _grouped_classes(givens: list[Any]) -> list[tuple[float, float]] | None:
    """Classes written as two lists of equal length, the fractions then the molecular weights or the
    other way round ('number fractions 0.2, 0.5 and 0.3 with molecular weights 10 000, 20 000 and
    30 000 g/mol'): paired in the order written; None when the givens are anything else."""
    n = len(givens)
    if n < 4 or n % 2:
        return None
    first, second = givens[: n // 2], givens[n // 2 :]
    for shares, masses in ((first, second), (second, first)):
        values = [_share(g) for g in shares]
        if all(v is not None for v in values) and all(_is_molar_mass(g) for g in masses):
            return [
                (float(v), float(g.quantity.to("g/mol").magnitude))
                for v, g in zip(values, masses, strict=True)
                if v is not None
            ]
    return None


def _listed_classes(givens: list[Any]) -> list[tuple[float, float]] | None:
    """Classes written in the prose as 'fraction, molecular weight' pairs; None when the givens are
    anything else."""
    pairs: list[tuple[float, float]] = []
    i = 0
    while i < len(givens):
        g = givens[i]
        nxt = givens[i + 1] if i + 1 < len(givens) else None
        share = _share(g)
        if share is not None and nxt is not None and _is_molar_mass(nxt):
            pairs.append((share, float(nxt.quantity.to("g/mol").magnitude)))
            i += 2
            continue
        return None  # anything else in the question: not a plain list of classes
    return pairs


_ROW = re.compile(r"^\s*\|(.+)\|\s*$")
_NUMBER = re.compile(r"^[-+]?\d+(?:\.\d*)?(?:[eE][-+]?\d+)?$")


def _table_classes(text: str, n_givens: int) -> list[tuple[float, float]] | None:
    """Classes written as a two-column table, one column headed in g/mol ('M_i (g/mol)') and the other
    the fraction ('x_i', 'w_i'); None unless every number of the question is in that table."""
    rows = [
        [c.strip() for c in m.group(1).split("|")] for m in map(_ROW.match, text.splitlines()) if m
    ]
    if len(rows) < 3 or any(len(r) != 2 for r in rows):
        return None
    header, body = rows[0], [r for r in rows[1:] if not all(set(c) <= set("-: ") for c in r)]
    mass_cols = [i for i, h in enumerate(header) if "g/mol" in h.replace(" ", "")]
    if len(mass_cols) != 1:
        return None
    m_col = mass_cols[0]
    out: list[tuple[float, float]] = []
    for r in body:
        cells = [re.sub(r"(?<=\d)[\s\u2009\u202f,](?=\d{3}\b)", "", c) for c in r]
        if not all(_NUMBER.match(c) for c in cells):
            return None
        out.append((float(cells[1 - m_col]), float(cells[m_col])))
    if 2 * len(out) != n_givens:
        return None  # a number outside the table: not a plain list of classes
    return out


# 'mean molecular weight of range (kg mol⁻¹):  15  25  35' and 'number fraction x_i:  0.10  0.25  0.35':
# a table written as two lines, each a label and its values
_LABELLED_ROW = re.compile(r"^\s*(?P<label>[^:\d]*?[A-Za-z][^:]*?)\s*:\s*(?P<values>[\d.\s]+?)\s*$")
_MOLAR_UNIT = re.compile(r"\(\s*(?P<prefix>k?)g\s*(?:/\s*mol|mol\s*(?:⁻¹|\^-1|-1))\s*\)")


def _row_classes(text: str, n_givens: int) -> list[tuple[float, float]] | None:
    """Classes written as two labelled lines: one of molecular weights whose label names the unit
    ('(kg mol⁻¹)', '(g/mol)'), one of fractions whose label says 'fraction'; None unless every number
    of the question is in those two lines, the same count in each."""
    masses: list[float] | None = None
    fractions: list[float] | None = None
    for line in text.splitlines():
        m = _LABELLED_ROW.match(line)
        if m is None:
            continue
        values = m.group("values").split()
        if not values or not all(_NUMBER.match(v) for v in values):
            continue
        unit = _MOLAR_UNIT.search(m.group("label"))
        if unit is not None and "fraction" not in m.group("label").lower():
            if masses is not None:
                return None
            scale = 1000.0 if unit.group("prefix") == "k" else 1.0
            masses = [float(v) * scale for v in values]
        elif "fraction" in m.group("label").lower() and unit is None:
            if fractions is not None:
                return None
            fractions = [float(v) for v in values]
    if masses is None or fractions is None or len(masses) != len(fractions):
        return None
    if 2 * len(masses) != n_givens:
        return None  # a number outside the two lines: not a plain list of classes
    return list(zip(fractions, masses, strict=True))


def _dispersity(
    question: str,
    reading: Reading,
    requested: Requested | None,
    fs: list[float],
    ms: list[float],
    mn: float,
    mw: float,
    *,
    kind: str,
) -> Answer | None:
    """The polydispersity index M̄_w/M̄_n of the listed classes."""
    if requested is not None:
        return None  # a ratio asked in a unit is not this
    from ...units import get_registry

    value = mw / mn
    return Answer(
        question=question,
        quantity=get_registry().Quantity(value, "dimensionless"),
        unit_requested=None,
        checks=[
            Check("dimension", True, "a ratio of two molecular weights (dimensionless)"),
            Check(
                "givens",
                True,
                f"every class's {kind} fraction and molecular weight is used; they sum to 1",
            ),
        ],
        steps=[
            "Relation: PDI = M̄_w/M̄_n with "
            + (
                "M̄_n = Σxᵢ Mᵢ, M̄_w = Σxᵢ Mᵢ²/Σxᵢ Mᵢ"
                if kind == "number"
                else "M̄_w = Σwᵢ Mᵢ, M̄_n = 1/Σ(wᵢ/Mᵢ)"
            )
            + f" (Callister eqs. 14.5a, 14.5b), {kind} fractions as listed",
            *(
                f"class: {format_number(f)} at {format_number(m)} g/mol"
                for f, m in zip(fs, ms, strict=True)
            ),
            f"number-average molecular weight = {format_number(mn)} g/mol",
            f"weight-average molecular weight = {format_number(mw)} g/mol",
            f"polydispersity index = {format_number(value)}",
        ],
        source="solver",
        relation="polymer_dispersity_from_classes",
        target="polydispersity index",
    )


def _share(g: Any) -> float | None:
    """A class's fraction: a bare number ('0.25') or a percentage ('25 %' → 0.25); None otherwise."""
    if g.unit is None and g.number is not None:
        return float(g.number)
    if g.unit is not None and "percent" in g.unit.tags and "composition" not in g.unit.tags:
        try:
            return float(g.quantity.to("dimensionless").magnitude)
        except Exception:
            return None
    return None


def _is_molar_mass(g: Any) -> bool:
    if g.quantity is None or g.unit is None:
        return False
    try:
        g.quantity.to("g/mol")
    except Exception:
        return False
    return True
