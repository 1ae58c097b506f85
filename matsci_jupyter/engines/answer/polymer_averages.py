"""Number- and weight-average molecular weights from a list of size classes.

'Number fractions and molecular weights: 0.20 of chains at 10 000 g/mol, 0.50 at 20 000 g/mol …;
calculate the weight-average molecular weight.' With number fractions xᵢ: M̄_n = Σxᵢ Mᵢ and
M̄_w = Σxᵢ Mᵢ²/Σxᵢ Mᵢ; with weight fractions wᵢ: M̄_w = Σwᵢ Mᵢ and M̄_n = 1/Σ(wᵢ/Mᵢ) (Callister
eqs. 14.5a, 14.5b). The question must say which kind of fraction it lists, give each class as a
fraction (or a percentage) followed by its molecular weight, and the fractions must sum to 1.
"""

from __future__ import annotations

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
        "weight"
        if has_phrase(asked, "weight average")
        else "number"
        if has_phrase(asked, "number average")
        else None
    )
    if wants is None:
        return None
    number = has_phrase(key, "number fraction") or has_phrase(key, "number fractions")
    weight = (
        has_phrase(key, "weight fraction")
        or has_phrase(key, "weight fractions")
        or has_phrase(key, "mass fraction")
    )
    if number == weight:
        return None
    givens = [g for g in reading.givens if g.kind in ("quantity", "number")]
    pairs: list[tuple[float, Any]] = []
    i = 0
    while i < len(givens):
        g = givens[i]
        nxt = givens[i + 1] if i + 1 < len(givens) else None
        share = _share(g)
        if share is not None and nxt is not None and _is_molar_mass(nxt):
            pairs.append((share, nxt.quantity.to("g/mol")))
            i += 2
            continue
        return None  # anything else in the question: not a plain list of classes
    if len(pairs) < 2 or abs(sum(f for f, _m in pairs) - 1) > 0.01:
        return None
    ms = [float(m.magnitude) for _f, m in pairs]
    fs = [f for f, _m in pairs]
    if number:
        mn = sum(f * m for f, m in zip(fs, ms, strict=True))
        mw = sum(f * m * m for f, m in zip(fs, ms, strict=True)) / mn
        formula = "M̄_w = Σxᵢ Mᵢ² / Σxᵢ Mᵢ" if wants == "weight" else "M̄_n = Σxᵢ Mᵢ"
    else:
        mw = sum(f * m for f, m in zip(fs, ms, strict=True))
        mn = 1 / sum(f / m for f, m in zip(fs, ms, strict=True))
        formula = "M̄_w = Σwᵢ Mᵢ" if wants == "weight" else "M̄_n = 1 / Σ(wᵢ/Mᵢ)"
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
