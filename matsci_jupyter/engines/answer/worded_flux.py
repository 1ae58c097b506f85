"""A steady-state diffusion flux asked in words, without the word 'flux'.

'How much carbon crosses each square metre of the sheet per hour?', 'what mass passes through
1 m² per second?', 'how many moles diffuse through a square centimetre per day?': the amount per
unit area per unit time is Fick's first law at steady state (Callister ch. 5, eq. 5.2),

    J = D |C_A − C_B| / Δx

with D in m²/s, the face concentrations in kg/m³ (or mol/m³, atoms/m³) and the thickness Δx in m;
J comes out in kg/(m²·s) and is given in the unit the words build: the amount asked ('how many
kg', 'what mass (in g)', 'how many moles'), over the area named ('each square metre', '1 cm²'),
over the time named ('per hour'): kg per m² per hour is kg/(m²·h).

Taken only when the question gives one D, two face concentrations of one kind (or one
gradient) and one thickness, perhaps a temperature (the condition of D), and nothing else. A total
through a finite area or in a finite time ('how many kg pass through a 0.2 m² sheet in 3 h', 'how
much passes through 1 m² in a day, in grams') is not a flux: it is refused (the solver has no
relation for the total). A question that says 'flux' is
left to the relation library, which reads it.
"""

from __future__ import annotations

import re

from .answer import Answer
from .quantities import Given, Requested, extract, format_number
from .stated_form_common import answer, magnitude, of_dimension, one_requested, refusal

_DIFFUSING = re.compile(
    r"\b(?:cross(?:es|ed|ing)?|pass(?:es|ed|ing)?|diffus\w*|permeat\w*|flows?|transported|"
    r"goes|go|moves?|travels?|leaks?|escapes?)\b",
    re.I,
)
_FLUX_WORD = re.compile(r"\bflux", re.I)
# the amount asked: 'how many kg', 'how much carbon (in g)', 'what mass', 'how many moles / atoms'
_MASS_UNITS = {
    "kg": "kg",
    "kilogram": "kg",
    "kilograms": "kg",
    "g": "g",
    "gram": "g",
    "grams": "g",
    "mg": "mg",
    "milligram": "mg",
    "milligrams": "mg",
    "µg": "ug",
    "micrograms": "ug",
}
_AMOUNT_UNITS = {"mol": "mol", "mole": "mol", "moles": "mol", "mmol": "mmol", "atoms": "count"}
_ASK_AMOUNT = re.compile(
    r"\bhow\s+many\s+(?P<u>kg|kilograms?|g|grams?|mg|milligrams?|µg|micrograms|mol|moles?|mmol|"
    r"atoms)\b|\b(?P<mass>what\s+mass|how\s+much\s+(?:mass|\w+))\b",
    re.I,
)
_AREA = {
    "square metre": "m**2",
    "square meter": "m**2",
    "m²": "m**2",
    "m^2": "m**2",
    "m2": "m**2",
    "square centimetre": "cm**2",
    "square centimeter": "cm**2",
    "cm²": "cm**2",
    "cm^2": "cm**2",
    "cm2": "cm**2",
    "square millimetre": "mm**2",
    "square millimeter": "mm**2",
    "mm²": "mm**2",
    "mm^2": "mm**2",
    "mm2": "mm**2",
}
_PER_AREA = re.compile(
    r"\b(?:each|every|per|a|one|1|unit)\s+(?:of\s+)?(?P<a>square\s+(?:metre|meter|centimetre|"
    r"centimeter|millimetre|millimeter)|(?:m|cm|mm)(?:²|\^2|2))(?!\w)",
    re.I,
)
_TIME = {
    "second": "s",
    "sec": "s",
    "s": "s",
    "minute": "minute",
    "min": "minute",
    "hour": "hour",
    "h": "hour",
    "hr": "hour",
    "day": "day",
    "year": "year",
}
_PER_TIME = re.compile(
    r"\b(?:per|each|every|an?)\s+(?P<t>second|sec|minute|min|hour|hr|h|day|year)\b",
    re.I,
)
# 'in a day', 'during one hour', 'over 1 h': a finite duration, so the ask is a total, not a rate
_FINITE_TIME = re.compile(
    r"\b(?:in|during|over|within|after|for)\s+(?:one|an?|1|a\s+single)\s+"
    r"(?:second|sec|minute|min|hour|hr|h|day|year)\b",
    re.I,
)


def _unit_basis(g: Given, ask_at: int) -> bool:
    """'1 m² per hour' in the asking sentence: the unit area (and time) the amount is asked per."""
    return (
        g.start >= ask_at
        and re.fullmatch(r"1\s*(?:m|cm|mm)\^2(?:\s+(?:per|each|every|an?)\s+\w+)?", g.text.strip())
        is not None
    )


def _one(found: list[str]) -> str | None:
    return found[0] if len(set(found)) == 1 else None


def _concentration_kind(g: Given) -> str | None:
    for kind, unit in (("mass", "kg/m^3"), ("amount", "mol/m^3"), ("count", "1/m^3")):
        if of_dimension(g, unit):
            return kind
    return None


def try_worded_flux(question: str) -> Answer | None:
    """J = D ΔC/Δx for an amount per area per time asked in words; None otherwise."""
    if not isinstance(question, str) or _FLUX_WORD.search(question):
        return None
    reading = extract(question)
    text = reading.text
    ask = reading.ask_clause or text
    if not _DIFFUSING.search(ask):
        return None
    asked = list(_ASK_AMOUNT.finditer(ask))
    if len(asked) != 1:
        return None
    usable, requested = one_requested(reading)
    if not usable or reading.parts > 1:
        return None
    at = text.lower().find(ask.strip().lower()) if ask.strip() else -1
    givens = [
        g for g in reading.givens if g.kind != "delta_t" and not (at >= 0 and _unit_basis(g, at))
    ]
    ds = [g for g in givens if of_dimension(g, "m^2/s")]
    if len(ds) != 1:
        return None
    areas = [g for g in givens if of_dimension(g, "m^2")]
    times = [g for g in givens if of_dimension(g, "s") and not of_dimension(g, "K")]
    per_area = _one(
        [_AREA[re.sub(r"\s+", " ", m.group("a").lower())] for m in _PER_AREA.finditer(ask)]
    )
    per_time = _one([_TIME[m.group("t").lower()] for m in _PER_TIME.finditer(ask)])
    finite = _FINITE_TIME.search(ask)
    if per_area is None or per_time is None or finite:
        if areas or times or finite:
            return refusal(
                question,
                "the question asks for the amount through a given area or in a given time, not a "
                "flux per unit area and time; the solver has no relation for that total, and no "
                "number is given",
                requested,
            )
        return None
    numeric_area = any(m.group(0).lower().startswith(("1", "one")) for m in _PER_AREA.finditer(ask))
    explicit = requested is not None and not re.search(
        r"\bhow\s+many\s+$", text[max(0, requested.start - 12) : requested.start], re.I
    )
    if numeric_area and explicit and not of_dimension_unit(requested, "kg/(m^2*s)"):
        # 'through 1 m² per day, in grams': a mass through a given area is asked, not a flux
        return refusal(
            question,
            "the question asks for an amount (in a unit of its own) through a given area, not a "
            "flux per unit area; the solver has no relation for that total, and no number is given",
            requested,
        )
    # '1 m²' read as a given is the unit area of the ask, not a sheet
    areas = [g for g in areas if not (abs((magnitude(g, per_area) or 0.0) - 1.0) < 1e-9)]
    if areas or times:
        return refusal(
            question,
            "the question gives an area or a time besides asking per unit area and time: whether "
            "it asks the flux or a total is not clear, and no number is given",
            requested,
        )
    temps = [g for g in givens if g.kind == "quantity" and of_dimension(g, "K")]
    concs = [g for g in givens if _concentration_kind(g) is not None]
    gradients = [g for g in givens if of_dimension(g, "kg/m^4") or of_dimension(g, "mol/m^4")]
    lengths = [g for g in givens if of_dimension(g, "m")]
    unit_area = [g for g in givens if of_dimension(g, "m^2")]
    if len(temps) > 1 or len(givens) != 1 + len(concs) + len(gradients) + len(lengths) + len(
        temps
    ) + len(unit_area):
        return None
    d = magnitude(ds[0], "m^2/s") or 0.0
    if len(concs) == 2 and len(lengths) == 1 and not gradients:
        kind = _concentration_kind(concs[0])
        if kind != _concentration_kind(concs[1]):
            return None
        base = {"mass": "kg/m^3", "amount": "mol/m^3", "count": "1/m^3"}[kind or "mass"]
        c1, c2 = (magnitude(c, base) or 0.0 for c in concs)
        dx = magnitude(lengths[0], "m") or 0.0
        if dx <= 0 or c1 == c2:
            return None
        j = d * abs(c1 - c2) / dx
        how = [
            f"ΔC = |{concs[0].describe()} − {concs[1].describe()}| = {format_number(abs(c1 - c2))} {base}",
            f"Δx = {lengths[0].describe()} = {format_number(dx)} m",
            f"J = D ΔC/Δx = {format_number(d)} × {format_number(abs(c1 - c2))} / {format_number(dx)}",
        ]
    elif len(gradients) == 1 and not concs and not lengths:
        kind = "mass" if of_dimension(gradients[0], "kg/m^4") else "amount"
        base = "kg/m^3"
        grad = magnitude(gradients[0], "kg/m^4" if kind == "mass" else "mol/m^4") or 0.0
        j = d * abs(grad)
        how = [
            f"dC/dx = {gradients[0].describe()}",
            f"J = D |dC/dx| = {format_number(d)} × {format_number(abs(grad))}",
        ]
    else:
        return None
    m = asked[0]
    if m.group("u"):
        word = m.group("u").lower()
        amount = _MASS_UNITS.get(word) or _AMOUNT_UNITS.get(word)
        want = "mass" if word in _MASS_UNITS else ("count" if word == "atoms" else "amount")
    else:
        want = "mass"
        amount = None
        if requested is not None and of_dimension_unit(requested, "kg"):
            amount = str(requested.unit.units)
        elif kind == "mass":
            amount = "kg"
    if want != kind or amount is None:
        return None
    si = {"mass": "kg/(m^2*s)", "amount": "mol/(m^2*s)", "count": "1/(m^2*s)"}[kind]
    if requested is not None and of_dimension_unit(requested, si):
        unit_text = str(requested.unit.units)
    elif requested is None or of_dimension_unit(requested, "kg" if kind == "mass" else "mol"):
        unit_text = (
            f"{amount}/({per_area}*{per_time})"
            if amount != "count"
            else f"1/({per_area}*{per_time})"
        )
    else:
        return None
    asked_unit = _requested(unit_text)
    return answer(
        question,
        j,
        si,
        asked_unit,
        steps=[
            "Relation: Fick's first law at steady state, J = D |C_A − C_B|/Δx: the amount asked per "
            f"unit area ({per_area}) per unit time ({per_time}) is the flux",
            f"D = {ds[0].describe()}",
            *how,
            f"J = {format_number(j)} {si}",
        ],
        relation="fick_first_worded",
        target="the steady-state flux (amount per unit area per unit time)",
        note="D, the face concentrations (or gradient) and the thickness",
    )


def of_dimension_unit(requested: Requested, unit: str) -> bool:
    from ...units import get_registry

    try:
        get_registry().Quantity(1.0, requested.unit.units).to(unit)
    except Exception:
        return False
    return True


def _requested(unit_text: str) -> Requested:
    from ...units import get_registry
    from .unit_text import ParsedUnit

    units = get_registry().Unit(unit_text)
    return Requested(ParsedUnit(units, unit_text), unit_text, 0, 0)
