"""Avrami kinetics fixed by two measured points: the exponent n, a time to a stated fraction, or the
fraction at a stated time.

The Avrami equation y = 1 − exp(−k tⁿ) (Callister & Rethwisch, *Materials Science and Engineering*,
10th ed., eq. 10.17) has two constants. Two measured points (t₁, y₁), (t₂, y₂) fix both:
ln(−ln(1 − y)) = ln k + n ln t is a straight line, so

    n = ln[ln(1 − y₂)/ln(1 − y₁)] / ln(t₂/t₁),   k = −ln(1 − y₁)/t₁ⁿ,

and then a fraction y₃ is reached at t₃ = (−ln(1 − y₃)/k)^(1/n), and at a time t₃ the fraction is
y₃ = 1 − exp(−k t₃ⁿ). (With n stated, one point is enough: that is the ``avrami_two_points`` relation.)

Answered only when all of these hold (precision first):

* the question names the Avrami (Johnson–Mehl–Avrami–Kolmogorov) kinetics or writes its law
  '1 − exp(−k tⁿ)';
* before the ask it gives exactly two fractions (a percentage, or a number between 0 and 1) and two
  times, written in turn ('20 % after 50 s and 80 % after 150 s', 'after 40 s, 0.20; after 100 s,
  0.80'), the larger fraction at the larger time, and no other value than a temperature;
* the ask is one of: the exponent n (no exponent is stated); the time to reach one fraction written
  in the asking sentence ('how long until 95 % has transformed'); the fraction reached at one time
  written there. An increment ('how many more seconds') or the constant k is not answered here.
"""

from __future__ import annotations

import math
import re

from .answer import Answer
from .checks import Check
from .quantities import Given, Reading, Requested, format_number

_NAMES_AVRAMI = re.compile(
    r"\bavrami\b|\bjmak\b|\bjohnson[-\s–]+mehl\b|"
    r"1\s*[-−–]\s*exp\s*\(\s*[-−–]\s*\(?\s*k\s*\*?\s*t\s*\)?\s*(?:\^|\*\*|ⁿ)",
    re.I,
)
# the written law: the '1' in 'y = 1 − exp(−k tⁿ)' is no datum
_LAW = re.compile(r"[a-zA-Z(]*\s*=?\s*1\s*[-−–]\s*exp\s*\([^)]*\)", re.I)
_ASKS_N = re.compile(
    r"\b(?:find|determine|calculate|compute|estimate|evaluate|what\s+is|obtain|deduce)\b[^.?!]{0,30}?"
    r"\b(?:(?:avrami|time|kinetic)\s+)?exponent\b|"
    r"\b(?:find|determine|calculate|compute|estimate|evaluate|deduce)\s+n\b|\bvalue\s+of\s+n\b",
    re.I,
)
_ASKS_K = re.compile(r"\bk\b|\brate\s+constant\b|\bconstant\s+k\b", re.I)
_ASKS_TIME = re.compile(
    r"\bhow\s+long\b|\btime\b|\bwhen\b|\bhow\s+many\s+(?:seconds|minutes|hours|s|min|h)\b", re.I
)
_ASKS_FRACTION = re.compile(
    r"\b(?:what|which)\s+(?:volume\s+|mass\s+)?(?:fraction|percentage|percent|proportion)\b|"
    r"\bhow\s+much\b[^.?!]{0,40}\b(?:transformed|recrystalli[sz]ed|formed|converted)\b|"
    r"\bfraction\s+(?:transformed|recrystalli[sz]ed|formed|converted)\b",
    re.I,
)
_INCREMENT = re.compile(r"\b(?:more|additional|further|extra|longer|remaining|left)\b", re.I)
_CLAUSE_END = re.compile(r"[.;?!](?!\d)")


def _is_time(g: Given) -> bool:
    if g.quantity is None or g.unit is None or g.unit.is_absolute_temperature:
        return False
    try:
        g.quantity.to("s")
    except Exception:
        return False
    return g.quantity.magnitude > 0


def _fraction(g: Given) -> float | None:
    if g.label:
        return None
    if g.kind == "number" and g.number is not None and 0 < g.number < 1:
        return float(g.number)
    if g.quantity is not None and g.unit is not None and "percent" in g.unit.tags:
        value = float(g.quantity.magnitude) / 100
        return value if 0 < value < 1 else None
    return None


def _is_temperature(g: Given) -> bool:
    return bool(g.unit and g.unit.is_absolute_temperature)


def try_avrami_points(
    question: str, reading: Reading, requested: Requested | None
) -> Answer | None:
    """n, a time or a fraction on the Avrami curve through two measured points; None otherwise."""
    text = reading.text
    ask = reading.ask_clause or ""
    if not _NAMES_AVRAMI.search(text) or not ask.strip() or _INCREMENT.search(ask):
        return None
    ask_at = text.lower().rfind(ask.strip().lower()[:20])
    if ask_at < 0:
        return None
    law = [m.span() for m in _LAW.finditer(text)]
    from .irrelevant import counts_as_given

    givens = sorted(
        (
            g
            for g in reading.givens
            if g.kind != "delta_t"
            and counts_as_given(g, text)
            and not any(a <= g.start < b for a, b in law)
        ),
        key=lambda g: g.start,
    )
    givens = [g for g in givens if not _is_temperature(g)]
    data = [g for g in givens if g.start < ask_at]
    asked = [g for g in givens if g.start >= ask_at]
    if len(data) != 4:
        return None
    kinds = ["t" if _is_time(g) else "y" if _fraction(g) is not None else "?" for g in data]
    if "".join(kinds) not in ("ytyt", "tyty"):
        return None
    if "".join(kinds) == "ytyt":
        pairs = [(data[0], data[1]), (data[2], data[3])]
    else:
        pairs = [(data[1], data[0]), (data[3], data[2])]
    points = sorted(
        ((float(t.quantity.to("s").magnitude), _fraction(y) or 0.0) for y, t in pairs),
    )
    (t1, y1), (t2, y2) = points
    if not (t2 > t1 and y2 > y1):
        return None  # a later point transformed no further: no Avrami curve through both
    n = math.log(math.log(1 - y2) / math.log(1 - y1)) / math.log(t2 / t1)
    k = -math.log(1 - y1) / t1**n
    from ...units import get_registry

    ureg = get_registry()
    unit = requested.text if requested else None
    steps = [
        "Relation: Avrami y = 1 − exp(−k tⁿ) through two measured points",
        f"points: y = {format_number(y1)} at t = {format_number(t1)} s, y = {format_number(y2)} at "
        f"t = {format_number(t2)} s",
        f"n = ln[ln(1 − y₂)/ln(1 − y₁)]/ln(t₂/t₁) = {format_number(n)}",
    ]
    if not asked and _ASKS_N.search(ask) and not _ASKS_K.search(ask):
        if requested is not None and str(requested.unit.units) != "dimensionless":
            return None
        quantity = ureg.Quantity(n, "dimensionless")
        target, relation = "Avrami exponent n", "avrami_exponent_from_two_points"
    elif len(asked) == 1 and _fraction(asked[0]) is not None and _ASKS_TIME.search(ask):
        y3 = _fraction(asked[0]) or 0.0
        t3 = (-math.log(1 - y3) / k) ** (1 / n)
        steps += [
            f"k = −ln(1 − y₁)/t₁ⁿ = {format_number(k)} s^-n",
            f"t = (−ln(1 − {format_number(y3)})/k)^(1/n) = {format_number(t3)} s",
        ]
        quantity = ureg.Quantity(t3, "s")
        if requested is not None:
            try:
                quantity = quantity.to(requested.unit.units)
            except Exception:
                return None
        else:
            quantity = quantity.to(pairs[0][1].quantity.units)
        target, relation = "time to the stated fraction (Avrami)", "avrami_time_from_two_points"
    elif len(asked) == 1 and _is_time(asked[0]) and _ASKS_FRACTION.search(ask):
        t3 = float(asked[0].quantity.to("s").magnitude)
        y3 = 1 - math.exp(-k * t3**n)
        steps += [
            f"k = −ln(1 − y₁)/t₁ⁿ = {format_number(k)} s^-n",
            f"y = 1 − exp(−k × {format_number(t3)}ⁿ) = {format_number(y3)}",
        ]
        asks_percent = re.search(r"\bper\s*cent|percentage|%", ask, re.I)
        quantity = ureg.Quantity(100 * y3, "percent") if asks_percent else ureg.Quantity(y3, "")
        if requested is not None:
            try:
                quantity = quantity.to(requested.unit.units)
            except Exception:
                return None
        target, relation = (
            "fraction transformed at the stated time (Avrami)",
            "avrami_fraction_from_two_points",
        )
    else:
        return None
    return Answer(
        question=question,
        quantity=quantity,
        unit_requested=unit,
        checks=[
            Check("dimension", True, "Avrami: y dimensionless, t in time units"),
            Check("givens", True, "both measured points used, each fraction with its time"),
            Check("constants", True, "no physical constants needed"),
        ],
        steps=steps,
        source="solver",
        relation=relation,
        target=target,
    )
