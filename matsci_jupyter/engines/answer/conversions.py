"""Direct unit conversions ('Convert 1.12 eV to nm', 'express 150 kJ/mol in eV per atom').

Handles pint's pitfalls on purpose: eV ↔ nm needs the spectroscopy context
(λ = hc/E), kJ/mol ↔ eV needs the Avogadro constant (per particle), a
temperature difference converts without the 273.15 offset, percent is a
dimensionless fraction.
"""

from __future__ import annotations

import re
from typing import Any

from .answer import Answer
from .checks import Check, dimension_check, unit_check
from .quantities import Reading, Requested, format_number
from .unit_text import parse_unit, unit_label

_TO = re.compile(
    r"\b(?:to|into|in)\s+(?:units\s+of\s+)?(?P<u>[^\s,;?]+(?:\s+(?:per|/)\s*[^\s,;?]+)?(?:\s[^\s,;?]+)?)"
    r"\s*[?.!]?\s*$",
    re.I,
)


def _target_unit(reading: Reading, requested: Requested | None) -> tuple[Any, str] | None:
    if requested is not None:
        return requested.unit, requested.text
    m = _TO.search(reading.text)
    if not m:
        return None
    tokens = m.group("u").split()
    for k in range(len(tokens), 0, -1):
        cand = " ".join(tokens[:k]).rstrip("?.!")
        parsed = parse_unit(cand)
        if parsed is not None:
            return parsed, cand
    return None


def try_conversion(question: str, reading: Reading, requested: Requested | None) -> Answer | None:
    """An Answer when the question only converts one value to another unit; otherwise None."""
    from ...units import get_registry

    ureg = get_registry()
    unit_givens = [g for g in reading.givens if g.has_unit and g.kind == "quantity"]
    if (
        len(unit_givens) != 1
        or len([g for g in reading.givens if g.kind in ("quantity", "miller")]) != 1
    ):
        return None
    from .irrelevant import counts_as_given

    if any(
        counts_as_given(g, reading.text)
        for g in reading.givens
        if g.kind == "number" and g is not unit_givens[0]
    ):
        return None  # another number is data: converting one value alone would ignore it
    g = unit_givens[0]
    if not _converts_the_given(reading.text, g.start, g.end):
        return None
    target = _target_unit(reading, requested)
    if target is None:
        return None
    unit, unit_text = target
    if _changes_composition_basis(g, unit):
        return None  # at% ↔ wt% needs the elements' atomic weights: not a unit conversion
    q = g.quantity
    steps = [
        f"Given: {g.describe()}" + (" (a temperature difference)" if "difference" in g.tags else "")
    ]
    units = unit.units
    if "difference" in g.tags and unit.is_absolute_temperature:
        units = ureg.Unit("delta_degF" if "F" in unit_text else "delta_degC")
    notes: list[str] = []
    try:
        if q.dimensionality == ureg.Quantity(1, units).dimensionality:
            result = q.to(units)
            if (
                "difference" in g.tags
                or unit.is_absolute_temperature
                or (g.unit and g.unit.is_absolute_temperature)
            ):
                kind = (
                    "difference (no offset)"
                    if "difference" in g.tags
                    else "absolute temperature (with offset)"
                )
                steps.append(f"Temperature treated as a {kind}")
            if "percent" in (g.unit.tags if g.unit else set()) or "percent" in unit.tags:
                steps.append("percent is the dimensionless factor 0.01")
        else:
            result = _across_dimensions(q, units, steps)
            if result is None:
                return None
            if "spectroscopy" in steps[-1] and not _about_light(reading.text):
                return None  # E = hc/λ = hν holds for light, not for a matter wave or a sound wave
    except Exception as exc:  # pint refused: report, do not guess
        return Answer(
            question=question,
            quantity=None,
            unit_requested=unit_text,
            source="solver",
            reason=f"cannot convert {g.describe()} to {unit_text}: {exc}",
            relation="unit_conversion",
        )
    steps.append(f"= {format_number(float(result.magnitude))} {unit_text}")
    checks = [
        dimension_check(result, result.units, "the converted value"),
        unit_check(q, result, unit_text),
        Check("givens used", True, "the one given value was converted"),
    ]
    if any("context" in s or "N_A" in s for s in steps):
        from .checks import constants_check

        checks.append(
            constants_check(("h", "c") if any("spectroscopy" in s for s in steps) else ("N_A",))
        )
    return Answer(
        question=question,
        quantity=result,
        unit_requested=unit_text,
        checks=checks,
        steps=steps,
        source="solver",
        relation="unit_conversion",
        target=f"{g.describe()} in {unit_text}",
        notes=notes,
    )


_OBJECT = r"\s*(?:(?:a|an|the)\s+)?(?:[A-Za-z-]+\s+){0,4}?(?:of\s+)?$"
_BEFORE_GIVEN = re.compile(r"\b(?:convert|express|what\s+is|how\s+much\s+is)" + _OBJECT, re.I)
_AFTER_GIVEN = re.compile(
    r"^\s*(?:corresponds?\s+to|is\s+equivalent\s+to|equals|is\s+how\s+many)\b", re.I
)


def _changes_composition_basis(g: Any, unit: Any) -> bool:
    """'Convert 1.5 at% Cu to wt% Cu': a composition on another basis (or of another component), not
    the same percent in another unit."""
    given_tags = set(g.unit.tags) if g.unit else set()
    if "composition" not in given_tags and "composition" not in unit.tags:
        return False
    if ("composition" in given_tags) != ("composition" in unit.tags):
        return True
    return {t for t in given_tags if t.startswith(("composition:", "component:"))} != {
        t for t in unit.tags if t.startswith(("composition:", "component:"))
    }


def _converts_the_given(text: str, start: int, end: int) -> bool:
    """The given is what is converted: 'convert <value> to', 'express a stress of <value> in',
    'what is <value> in', '<value> corresponds to how many'. 'Express the elongation of a 2 m bar in mm'
    is not a conversion (the value is not the thing asked for)."""
    before = text[max(0, start - 60) : start]
    m = _BEFORE_GIVEN.search(before)
    if m:
        words = re.findall(r"[A-Za-z-]+", before[m.start() :])[1:]  # the words after the verb
        nouns = [
            w.lower()
            for w in words
            if w.lower() not in ("is", "what", "how", "much", "a", "an", "the", "of")
        ]
        if not nouns or all(n in _VALUE_NOUNS for n in nouns):
            return True
    if _AFTER_GIVEN.match(text[end : end + 40]):
        return True
    # 'The Curie temperature of iron is 770 °C. What is it in K?': the next sentence converts it
    rest = text[end : end + 80]
    return bool(
        re.match(r"\s*[.;]?\s*(?:what|how\s+much)\s+is\s+(?:it|this|that)\s+in\b", rest, re.I)
        or re.match(
            r"\s*[.;]?\s*(?:express|convert)\s+(?:it|this|that)\s+(?:in|to|into)\b", rest, re.I
        )
    )


# words that may name the value itself between the verb and the number ('a temperature difference of')
_VALUE_NOUNS = {
    "temperature",
    "difference",
    "change",
    "energy",
    "stress",
    "pressure",
    "value",
    "length",
    "diffusion",
    "coefficient",
    "diffusivity",
    "wavelength",
    "activation",
    "mass",
    "density",
    "distance",
    "time",
    "rise",
    "strain",
    "concentration",
    "current",
    "voltage",
    "field",
    "frequency",
    "spacing",
    "angle",
    "modulus",
    "strength",
    "resistivity",
    "conductivity",
    "flux",
    "photon",
    "band",
    "gap",
    "lattice",
    "parameter",
    "constant",
    "heat",
    "power",
}


def _about_light(text: str) -> bool:
    """Whether E = hc/λ = hν may join the given and the asked unit: not for a matter wave (a de Broglie
    wavelength, an electron's or a neutron's), nor for a wave the text does not tie to light."""
    from .relations.photons import LIGHT_WORDS, MECHANICAL_WAVES
    from .text import has_phrase, keytext

    key = keytext(text)
    matter = ("de broglie", "electron", "neutron", "proton", "particle", "atom", "ball")
    if any(has_phrase(key, w) for w in (*MECHANICAL_WAVES, *matter)):
        return False
    return any(has_phrase(key, w) for w in LIGHT_WORDS) or not has_phrase(key, "wave")


def _across_dimensions(q: Any, units: Any, steps: list[str]) -> Any:
    from ...units import get_registry

    ureg = get_registry()
    target = ureg.Quantity(1, units)
    na = ureg.avogadro_constant
    for conv, how in (
        (q / na, "per particle: divided by the Avogadro constant"),
        (q * na, "per mole: multiplied by the Avogadro constant"),
    ):
        if conv.dimensionality == target.dimensionality:
            steps.append(f"{unit_label(q.units)} → {unit_label(units)} is {how} (N_A)")
            return conv.to(units)
    try:
        result = q.to(units, "sp")
    except Exception:
        return None
    steps.append(
        f"{unit_label(q.units)} → {unit_label(units)} uses the spectroscopy context "
        "(E = hc/λ = hν, the photon relation)"
    )
    return result
