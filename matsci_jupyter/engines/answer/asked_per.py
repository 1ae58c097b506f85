"""An asked unit that the question's own words divide by another: 'How much heat, in MJ, is
released per kilogram of the mixture?' asks for MJ per kilogram (MJ/kg), though the unit the
question names ('in MJ') is an energy.

The reading is used only to *accept* an answer in the divided unit; it never makes an answer in
the named unit wrong (a response may well give the energy of the one kilogram in MJ). A count asked of one unit
('How many atoms are there in one m³?') is read the same way: atoms per m³.
"""

from __future__ import annotations

import re
from typing import Any

from .quantities import Reading
from .sentences import sentence_at
from .unit_text import parse_unit

_PER = re.compile(
    r"\bper\s+(?:one\s+|a\s+|an\s+|each\s+|unit\s+)?(?P<power>square\s+|cubic\s+)?"
    r"(?P<u>[^\s,;?.()]+(?:\^\d)?)",
    re.I,
)
# 'per square metre per hour': a second 'per' right after the first divides again
_NEXT_PER = re.compile(rf"\s*(?:and\s+)?{_PER.pattern}", re.I)
_POWERS = {"square": 2, "cubic": 3}


def _per_units(m: re.Match[str]) -> Any:
    """The unit a 'per …' match divides by ('per square metre' → m²), or None."""
    parsed = parse_unit(m.group("u"))
    if parsed is None or "count" in parsed.tags:
        return None
    power = _POWERS.get((m.group("power") or "").strip().lower(), 1)
    return parsed.units**power


def _per_label(m: re.Match[str]) -> str:
    return f"{m.group('power') or ''}{m.group('u')}"


_IN_ONE = re.compile(r"\bin\s+(?:one|a|an|each|1)\s+(?P<v>[^\s,;?.()]+(?:\^\d)?)", re.I)


def per_unit_request(reading: Reading | None, asked_text: str) -> tuple[Any, str] | None:
    """(unit, label) of the named unit divided by the unit a 'per <unit noun>' in the same
    sentence names ('in MJ … per kilogram' → MJ/kg); None when there is no such 'per', the named
    unit already has a 'per' or '/' of its own, or the noun is not a unit ('per atom' stays)."""
    if reading is None or re.search(r"/|\bper\b", asked_text, re.I):
        return None
    asked = [r for r in reading.requested if r.text == asked_text]
    if not asked:
        return None
    r = asked[-1]
    lo, hi = sentence_at(reading.text, r.start, trailing_space="one", before_alone=True)
    sentence = reading.text[lo:hi]
    pattern = _PER
    if "count" in r.unit.tags:  # 'How many atoms are there in one m³?': a count per that unit
        pattern = re.compile(f"{_PER.pattern}|{_IN_ONE.pattern}", re.I)
    for m in pattern.finditer(sentence):
        if m.group("u") is None:  # 'in one m³'
            parsed = parse_unit(m.group("v"))
            if parsed is None or "count" in parsed.tags:
                continue
            return r.unit.units / parsed.units, f"{asked_text}/{m.group('v')}"
        divisor = _per_units(m)
        if divisor is None:
            continue
        label, end = f"{asked_text}/{_per_label(m)}", m.end()
        while (nxt := _NEXT_PER.match(sentence, end)) is not None and _per_units(nxt) is not None:
            divisor, end = divisor * _per_units(nxt), nxt.end()
            label += f"/{_per_label(nxt)}"
        return r.unit.units / divisor, label
    return None


def per_period_request(
    question: str, asked_units: Any, answer_units: Any
) -> tuple[Any, str] | None:
    """'How much heat leaks through in one hour? Express the answer in MJ.' answered '9.95 MJ per
    hour': the amount of the one period of time the question names, written per that period. Read
    as (asked unit / period, label) only when the question names exactly one such period ('in one
    hour', 'in a day') and the answer's unit is written per that very period (MJ/h, not kW); None
    otherwise. Like ``per_unit_request``, this only accepts an answer, never makes one wrong."""
    periods = set()
    for m in _IN_ONE.finditer(question):
        parsed = parse_unit(m.group("v"))
        if parsed is None or "count" in parsed.tags:
            continue
        if parsed.units.dimensionality == {"[time]": 1}:
            periods.add((parsed.units, m.group("v")))
    if len(periods) != 1:
        return None
    period, noun = periods.pop()
    if str(period) in str(answer_units * period):  # kW · h, MJ/s · h: not written per that period
        return None
    return asked_units / period, noun
