"""The factor by which the steady-state creep rate changes when the stress changes at one temperature.

Power-law creep (Callister & Rethwisch, ch. 8, ε̇_s = K₂σⁿ exp(−Q_c/RT)): at a fixed temperature the
exponential and K₂ cancel between two stresses, so the rate changes by (σ₂/σ₁)ⁿ (a pure number). The
stress change may be written as two stresses ('raised from 100 MPa to 150 MPa') or in words ('the
stress is doubled', 'tripled', 'halved', 'raised by 20 %'), and the exponent as digits or words
('a stress exponent of four and a half').

Answered only when the question is about creep, gives one stress exponent, one stress change, asks by
what factor (or how many times) the rate changes, and keeps the temperature fixed (one temperature at
most, no temperature change). The exponent must be one number: a range ('n = 4 to 5', '4–5') or one
per stress regime ('4 at low stress and 8 at high stress') is not read. The direction asked is read
from the asked clause's own words, before a clause saying what changes ('… increase when the stress is
reduced …'); one asked against the one the stresses give is refused. A time asked ('the time to 1 %
strain', 'the rupture life') is refused with the rate factor: a time follows the rate's reciprocal
only where the steady rate sets all of it. A load change with the cross-section named as changing
too is not read as the stress change. Anything else is left to the relation library.
"""

from __future__ import annotations

import re

from .answer import Answer
from .checks import Check
from .quantities import WORD_NUMBERS, extract, format_number

_CREEP = re.compile(r"\bcreep", re.I)
_ASK = re.compile(
    r"\b(?:by\s+what\s+(?:factor|ratio)|(?:by\s+)?how\s+many\s+times|what\s+(?:is\s+the\s+)?(?:factor|ratio))\b"
    r"(?P<rest>[^.?!]*)",
    re.I,
)
_RATE = re.compile(r"\b(?:creep|strain)\s+rate|\brate\b", re.I)
_UP = re.compile(r"\b(?:increase|rise|go\s+up|grow|faster|larger|higher|greater|multipl)", re.I)
_DOWN = re.compile(r"\b(?:decrease|fall|drop|go\s+down|slow|smaller|lower|reduc|diminish)", re.I)

# the spelled exponents: the reader's whole-number words, and 'eleven'
_WORDS = {**{w: int(d) for w, d in WORD_NUMBERS.items()}, "eleven": 11}
_NUM = r"(?P<num>\d+(?:\.\d+)?|(?P<word>" + "|".join(_WORDS) + r")(?P<half>\s+and\s+a\s+half)?)"
# 'stress exponent n = 5', 'a stress exponent of four and a half', 'stress exponent is 4.5'
_EXPONENT = re.compile(
    r"\bstress[\s-]+exponent\s*(?:\(?n\)?\s*)?(?:of|is|=|≈|~|equal\s+to|equals|:)?\s*(?:n\s*=\s*)?"
    + _NUM,
    re.I,
)
# 'n = 5' in a creep question
_N_EQUALS = re.compile(
    r"(?<![\w^])n\s*(?:=|≈)\s*(?P<num>\d+(?:\.\d+)?)(?![\d.]*\s*(?:MPa|GPa|psi|ksi|kJ|J))"
)
_SCALED = {
    "doubled": 2.0,
    "tripled": 3.0,
    "trebled": 3.0,
    "quadrupled": 4.0,
    "halved": 0.5,
}
_SCALED_WORDS = re.compile(
    r"\b(?:stress|load)\b[^.?!]{0,60}?\b(?P<w>doubled|tripled|trebled|quadrupled|halved)\b", re.I
)
_BY_PERCENT = re.compile(
    r"\b(?:stress|load)\b[^.?!]{0,60}?\b(?P<dir>raised|increased|reduced|lowered|decreased|dropped|cut)\s+by\s+"
    r"(?P<p>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)",
    re.I,
)
_BY_FACTOR = re.compile(
    r"\b(?:stress|load)\b[^.?!]{0,60}?\b(?:raised|increased|multiplied)\s+by\s+a\s+factor\s+of\s+(?P<f>\d+(?:\.\d+)?)",
    re.I,
)
# the asked clause's own words, before a clause that says what changes ('… increase when the stress
# is reduced …'): only these say which direction is asked
_CONDITION = re.compile(
    r"\b(?:when|if|as|after|once|while|because|since|upon|on|for|provided|assuming|taking)\b|,",
    re.I,
)
# a time asked of ('the time to 1 % strain', 'the rupture life'): it runs opposite to the rate
_TIME_SUBJECT = re.compile(r"\b(?:time|life|lifetime|lives|duration|hours|days|years)\b", re.I)
_TIME_UP = re.compile(r"\b(?:longer|lengthen)", re.I)
_TIME_DOWN = re.compile(r"\b(?:shorter|shorten)", re.I)
# one exponent for a stress regime, or a range ('4 at low stress and 8 at high stress', 'n = 4 to 5',
# '4–5', '4 or 5'): the exponent to use is not one number
_REGIME = re.compile(
    r"\s*(?:\([^)]{0,40}\)\s*)?(?:(?:at|in|for|below|above|under|over)\s+(?:the\s+)?(?:very\s+)?"
    r"(?:low|high|lower|higher|small|large|intermediate|moderate)\w*\b|(?:to|or|-|–|—)\s*(?:\d|"
    + "|".join(_WORDS)
    + r")\b)",
    re.I,
)
# the cross-section (area, diameter, thickness) named: a load's change is then not the stress's
_SECTION_CHANGE = re.compile(
    r"\b(?:cross[\s-]*section\w*|area|diameter|thickness|width)\b[^.?!]{0,40}?\b(?:doubled|halved|"
    r"tripled|increased|reduced|decreased|changed|raised|lowered|too|as\s+well)\b|\b(?:doubl|halv|tripl|"
    r"increas|reduc|decreas)\w*\s+(?:the\s+)?(?:cross[\s-]*section\w*|area|diameter|thickness|width)\b",
    re.I,
)
_TEMPERATURE_CHANGE = re.compile(
    r"\b(?:different|another|new|higher|lower)\s+temperature|\btemperature\s+(?:is\s+)?"
    r"(?:raised|increased|lowered|reduced|changed)|\bheated\b|\bcooled\b",
    re.I,
)


def _exponent(text: str) -> float | None:
    """The one stress exponent written; None when none, several, a range or one per stress regime."""
    found: set[float] = set()
    for m in _EXPONENT.finditer(text):
        if _REGIME.match(text, m.end()):
            return None
        if m.group("word"):
            value = float(_WORDS[m.group("word").lower()]) + (0.5 if m.group("half") else 0.0)
        else:
            value = float(m.group("num"))
        found.add(value)
    if not found:
        for m in _N_EQUALS.finditer(text):
            if _REGIME.match(text, m.end()):
                return None
            found.add(float(m.group("num")))
    if len(found) != 1:
        return None
    value = found.pop()
    return value if 0.5 <= value <= 20 else None


def _stress_ratio(text: str, stresses: list[tuple[int, int, float]]) -> tuple[float, str] | None:
    """σ₂/σ₁ and how it was read; None when the change is not written in one clear way."""
    readings: list[tuple[float, str]] = []
    m = _SCALED_WORDS.search(text)
    if m:
        readings.append((_SCALED[m.group("w").lower()], f"stress {m.group('w').lower()}"))
    m = _BY_PERCENT.search(text)
    if m:
        p = float(m.group("p")) / 100
        up = m.group("dir").lower() in ("raised", "increased")
        readings.append(
            (1 + p if up else 1 - p, f"stress {m.group('dir').lower()} by {m.group('p')} %")
        )
    m = _BY_FACTOR.search(text)
    if m:
        readings.append((float(m.group("f")), f"stress raised by a factor of {m.group('f')}"))
    distinct = {round(v, 9) for _s, _e, v in stresses}
    if len(stresses) == 2 and len(distinct) == 2:
        (s1, e1, v1), (s2, _e2, v2) = stresses
        between = text[e1:s2]
        before = text[max(0, s1 - 12) : s1]
        if (
            re.search(r"\bfrom\s*$", before, re.I)
            and re.fullmatch(r"\s*(?:up\s+|down\s+)?to\s*", between, re.I)
        ) or re.search(
            r"\b(?:raised|increased|reduced|lowered|decreased|changed|dropped)\s+to\s*$",
            between,
            re.I,
        ):
            readings.append(
                (v2 / v1, f"stress from {format_number(v1)} to {format_number(v2)} MPa")
            )
        else:
            return None
    elif stresses:
        return None
    if len(readings) != 1:
        return None
    return readings[0]


def _time_factor(question: str, asked: str, factor: float, how: str) -> Answer:
    """A time asked ('how many times shorter is the rupture life', 'by what factor does the time to
    1 % strain change'): a refusal, with the rate factor and why (the time runs as its reciprocal only
    where all the strain accrues at the steady rate, and a bare 'change' does not say which way up)."""
    from .solver import refuse

    longer = bool(_TIME_UP.search(asked) or _UP.search(asked))
    shorter = bool(_TIME_DOWN.search(asked) or _DOWN.search(asked))
    way = "shorter" if factor > 1 else "longer"
    said = "longer" if longer and not shorter else "shorter" if shorter and not longer else None
    return refuse(
        question,
        f"the question asks by what factor a time changes, not the creep rate: the stress change ({how}) "
        f"makes the rate change by (σ₂/σ₁)ⁿ = {format_number(factor)}, so a time set by the steady rate "
        f"alone would be {way} by {format_number(max(factor, 1 / factor))}"
        + (
            f", but the question asks how much {said} it is"
            if said and said != way
            else "; whether the whole time is set by the steady-state rate is not given"
        ),
    )


def try_creep_factor(question: str) -> Answer | None:
    """The creep-rate factor (σ₂/σ₁)ⁿ at one temperature, or None when the question is not of that
    form; a refusal when it is but the direction asked contradicts the stresses."""
    if not _CREEP.search(question):
        return None
    reading = extract(question)
    text = reading.text
    ask = _ASK.search(text)
    if not ask or not _RATE.search(ask.group("rest")):
        return None
    if re.match(
        r"\s*(?:must|should|can|could|does|will|would|is|has)?\s*(?:the\s+)?(?:applied\s+)?(?:stress|load)\b",
        ask.group("rest"),
        re.I,
    ):
        return None  # the stress change is what is asked
    if any(
        r.unit.units is not None and str(r.unit.units) not in ("", "dimensionless")
        for r in reading.requested
    ):
        return None  # a rate or a percentage asked, not a factor
    if re.search(r"\bper\s*cent|percent|%\s*(?:increase|change)", ask.group(0), re.I):
        return None
    n = _exponent(text)
    if n is None:
        return None
    from ...units import get_registry

    ureg = get_registry()
    stresses: list[tuple[int, int, float]] = []
    temperatures: set[float] = set()
    for g in reading.givens:
        q = g.quantity
        if q is None or g.kind != "quantity":
            continue
        try:
            if q.check("[pressure]"):
                stresses.append((g.start, g.end, float(q.to("MPa").magnitude)))
            elif q.check("[temperature]"):
                temperatures.add(round(float(q.to("K").magnitude), 6))
            elif q.check("1/[time]"):
                return None  # a rate is given: the rate itself is asked for elsewhere
        except Exception:  # an offset or odd unit: not a stress
            continue
    if len(temperatures) > 1 or _TEMPERATURE_CHANGE.search(text):
        return None  # the temperature changes too: the activation energy enters
    ratio = _stress_ratio(text, stresses)
    if ratio is None:
        return None
    sigma_ratio, how = ratio
    if _SECTION_CHANGE.search(text):
        return None  # a load changed with the section: the stress is not the load's change
    factor = sigma_ratio**n
    from .solver import refuse

    rest = ask.group("rest")
    cut = _CONDITION.search(rest)
    asked = rest[: cut.start()] if cut else rest
    if _TIME_SUBJECT.search(asked):
        return _time_factor(question, asked, factor, how)
    up, down = bool(_UP.search(asked)), bool(_DOWN.search(asked))
    if (up and not down and factor < 1) or (down and not up and factor > 1):
        return refuse(
            question,
            f"the stress change ({how}) makes the creep rate {'fall' if factor < 1 else 'rise'} by "
            f"(σ₂/σ₁)ⁿ = {format_number(factor)}, but the question asks by what factor it "
            f"{'increases' if up else 'decreases'}; say which direction is meant",
        )
    if down and not up:
        factor = 1 / factor
    steps = [
        "Relation: power-law creep ε̇ = Kσⁿ exp(−Q/RT); at one temperature ε̇₂/ε̇₁ = (σ₂/σ₁)ⁿ",
        f"{how}: σ₂/σ₁ = {format_number(sigma_ratio)}, n = {format_number(n)}",
        f"factor = {format_number(sigma_ratio)}^{format_number(n)} = {format_number(factor)}"
        + (" (the decrease, written as the factor the rate falls by)" if down and not up else ""),
    ]
    return Answer(
        question=question,
        quantity=ureg.Quantity(factor, "dimensionless"),
        unit_requested=None,
        checks=[
            Check("dimension", True, "a ratio of two rates: a pure number"),
            Check(
                "givens",
                True,
                "the stress exponent and the stress change used; the temperature is fixed",
            ),
            Check("constants", True, "no physical constants needed"),
        ],
        steps=steps,
        source="solver",
        relation="creep_power_law_rate_factor",
        target="factor by which the steady-state creep rate changes",
        notes=[
            "at a fixed temperature exp(−Q/RT) cancels, so an activation energy, if given, is not needed"
        ],
    )
