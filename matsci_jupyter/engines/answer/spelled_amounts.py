"""Amounts written in words, and unit-system asides, rewritten as the plain values they state.

Three kinds of wording, each a value the reader of the question takes without thinking:

* a spelled fraction of ONE unit: 'a quarter of a litre' (0.25 L), 'half an hour' (0.5 h),
  'three quarters of an hour' (0.75 h), 'a third of a metre'. The value keeps the unit word, so
  the unit is the one written (litre, hour, metre, ...); only these unit words are read, never
  'a quarter of the sample' (a share of something else, see ``fraction_of_value``);
* one stated period with an intensifier: 'one full day', 'a whole hour', 'one complete year'
  (1 day, 1 hour, 1 year). A bare 'a day' is left alone: '2 mm a day' is a rate, not a time;
* Poisson's ratio given as a spelled fraction: "Poisson's ratio one-third", 'ν = one-half',
  "a Poisson's ratio of one quarter" (0.333333, 0.5, 0.25; dimensionless). Read only where the
  question names Poisson's ratio or ν. A fraction
  followed by 'of' ('one-third of its length') is a share of a quantity, not the ratio itself,
  and is left alone.

A unit-system aside after a susceptibility, '(SI)', '(SI units)', '(SI, volume)', '(volume, SI)',
names the default reading (the dimensionless volume susceptibility) and carries no datum; it is
dropped. '(SI, mass)' or '(molar)' names another quantity (m³/kg, m³/mol) and is kept, so that
the question is still refused where that matters.
"""

from __future__ import annotations

import re

from .fraction_of_value import FRACTION_WORDS

_UNIT_WORDS = (
    r"(?:hour|minute|second|day|week|month|year|litre|liter|millilitre|milliliter|metre|meter|"
    r"centimetre|centimeter|millimetre|millimeter|kilogram|gram|tonne|mole|inch|foot|pound|"
    r"kilometre|kilometer|mile)"
)

# 'a quarter of a litre', 'one-third of an hour', 'three quarters of an hour', 'half a litre',
# 'one half of a day', 'a half hour' is not read (it is rare and ambiguous with 'half-hour rate')
_PART_OF_UNIT = re.compile(
    r"\b(?:(?P<count>a|one|two|three)[\s-]+(?P<part>half|third|quarter|fourth|fifth|tenth)s?"
    r"\s+of\s+an?|(?P<bare>half)\s+an?)\s+(?P<unit>" + _UNIT_WORDS + r")\b(?!\s*-)",
    re.I,
)

# 'one full day', 'a whole hour', 'one complete year'
_WHOLE_PERIOD = re.compile(
    r"\b(?:one|a)\s+(?:full|whole|complete|entire)\s+(?P<unit>hour|day|week|month|year|minute)\b",
    re.I,
)

# "Poisson's ratio one-third", 'ν = one-half', 'a ratio of two-thirds' (never 'one-third of ...')
_RATIO_FRACTION = re.compile(
    r"(?P<lead>\b(?:ratio|ν)\s*(?:(?:of|is|=|:|equal\s+to|of\s+about|about)\s*)?)"
    r"(?P<count>one|two|three|a)[\s-]+(?P<part>half|third|quarter|fourth|fifth|tenth)s?\b"
    r"(?!\s+(?:of|as|the)\b)",
    re.I,
)

_SI_ASIDE = re.compile(
    r"\s*\(\s*(?:SI(?:\s+units?)?(?:\s*,\s*volume(?:\s+susceptibility)?)?|"
    r"volume(?:\s+susceptibility)?\s*,\s*SI(?:\s+units?)?)\s*\)",
    re.I,
)

_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3}


def _value(count: str | None, part: str) -> float:
    n = _COUNTS[(count or "a").lower()]
    return n * FRACTION_WORDS[part.lower()]


def _part_of_unit(m: re.Match[str]) -> str:
    if m.group("bare"):
        value = 0.5
    else:
        value = _value(m.group("count"), m.group("part"))
        if value >= 1:  # 'three halves of an hour' and the like: not a fraction of one unit
            return m.group(0)
    return f"{value:.6g} {m.group('unit')}"


def _ratio_fraction(m: re.Match[str]) -> str:
    value = _value(m.group("count"), m.group("part"))
    if value >= 1:
        return m.group(0)
    return f"{m.group('lead')}{value:.6g}"


def spelled_amounts(question: str) -> str:
    """``question`` with spelled-out amounts of one unit, whole periods and spelled ratio values
    written as numbers, and unit-system asides ('(SI, volume)') dropped; unchanged if none."""
    text = _PART_OF_UNIT.sub(_part_of_unit, question)
    text = _WHOLE_PERIOD.sub(lambda m: f"1 {m.group('unit')}", text)
    if re.search(r"poisson|ν", text, re.I):
        text = _RATIO_FRACTION.sub(_ratio_fraction, text)
    if re.search(r"susceptib", text, re.I):
        text = _SI_ASIDE.sub("", text)
    return text
