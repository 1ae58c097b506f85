"""A worded share of a written number: 'a tenth of 280,000 g/mol', 'half of 3.0 A', 'two-thirds of 1200 K'.

A stem may state a value as a share of a number it writes out: 'a molecular weight a tenth of
280,000 g/mol' is 28,000 g/mol, 'carries half of 3.0 A' is 1.5 A, 'for a third of 9 h' is 3 h, 'a
crack a tenth of 20 mm deep' is 2 mm. Read without the share, the written number is bound as the
value itself and the answer is off by the share. The share is multiplied into the number here and
the stem reworded with the product in its place (the unit and any '× 10ⁿ' after the number are
left as written, so a mantissa times the share keeps the exponent).

Read shares: 'half', '(a|one) half/third/quarter/fourth/fifth/tenth', 'two thirds' and 'three
quarters/fourths/fifths/tenths', each followed by 'of' and a written number. A share of 'the …',
'its …' or of a unit word ('a quarter of an hour') is no number and is left to ``spelled_amounts``
and ``fraction_of_value``. A percent before 'of' and a number is not read: '35 % of 25 000 g/mol'
in a molecular-weight distribution is the share OF THE CHAINS at that weight, not 35 % of it;
for the same reason a share followed within a few words by 'chains', 'molecules', 'particles',
'grains' or 'fibres' ('half of 20,000 g/mol chains') is left alone, and so is a number that
names a reference state ('one-half of its 0 K value', read by ``fraction_of_value``).

A share or multiple tied to a written number by other words ('one-third the diameter of a 6 mm
rod', 'a quarter as thick as 20 mm', 'one and a half times 2 mm', 'three times 0.5 A') is not
multiplied out: such a stem is refused with the reason.

A share of a temperature on the Celsius or Fahrenheit scale ('half of 80 °C') has no single
reading (the scale's zero is arbitrary), so such a stem is refused with that reason.
"""

from __future__ import annotations

import re

_PARTS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "fourth": 0.25, "fifth": 0.2, "tenth": 0.1}
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3}

_SHARE = (
    r"(?:\b(?P<count>a|one|two|three)[\s-]+(?P<part>half|third|quarter|fourth|fifth|tenth)s?"
    r"|\b(?P<bare>half))"
)
# the written number: optional sign, digits with thousands commas or a decimal point; never a
# number grouped by spaces ('15 000', left alone) nor one naming a symbol ('half of 2θ')
_NUMBER = (
    r"(?P<sign>[-−+]?)(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?![\d,]*\.?\d)(?!\s\d{3}\b)(?!\s*[\u0370-\u03ff])"
)
# 'a tenth of 280,000 g/mol', 'half its 900 MPa yield strength', 'two-thirds of the 12 mm'
_SHARE_OF_NUMBER = re.compile(
    _SHARE + r"\s+(?:of\s+(?:(?:its|the|their)\s+)?|(?:its|their|the)\s+)" + _NUMBER, re.I
)
# a share or multiple tied to a written number by other words: 'one-third the diameter of a 6 mm
# rod', 'a quarter as thick as 20 mm', 'one and a half times 2 mm', 'three times 0.5 A'; refused
_PLAIN_NUMBER = r"[-−+]?\d+(?:[.,]\d+)?"
_SHARE_BESIDE_NUMBER = re.compile(
    _SHARE.replace("?P<count>", "?:").replace("?P<part>", "?:").replace("?P<bare>", "?:")
    + r"\s+(?:the\s+[a-z]+(?:\s+[a-z]+)?\s+of|as\s+[a-z]+\s+as)\s+(?:an?\s+|the\s+)?"
    + _PLAIN_NUMBER
    + r"|(?:\b(?:(?:one|two|three)\s+and\s+a\s+half|two|three|four|five|six|seven|eight|nine|ten)"
    r"|(?<![\w.,])\d+(?:\.\d+)?)\s+times\s+(?:an?\s+|the\s+)?" + _PLAIN_NUMBER,
    re.I,
)
# 'half of 20,000 g/mol chains': a share of the chains (a distribution), not of the number
_NOUN_AFTER = re.compile(
    r"[^,.;:!?]{0,25}?\b(?:chains?|molecules?|macromolecules?|particles?|grains?|fibres?|fibers?)\b",
    re.I,
)
# 'one-half of its 0 K value', 'a third of its 300 K value': the number names a reference state
# (fraction_of_value.py reads those), not the value
_STATE_VALUE_AFTER = re.compile(r"[^,.;:!?]{0,12}?\bvalues?\b", re.I)
_OFFSET_SCALE = re.compile(
    r"\s*(?:°|º|deg(?:rees?)?\s*)\s*[CF]\b|\s*degrees?\s+(?:Celsius|Fahrenheit)", re.I
)


def _share(m: re.Match[str]) -> float | None:
    if m.group("bare"):
        return 0.5
    value = _COUNTS[m.group("count").lower()] * _PARTS[m.group("part").lower()]
    return value if value < 1 else None  # 'three halves of 2 mm': not a share


def share_of_numbers(question: str) -> tuple[str, str | None]:
    """(``question`` with each worded share of a written number replaced by the product, or the
    question unchanged; a refusal reason where a share of a Celsius or Fahrenheit temperature, or a
    share or multiple tied to a number by other words, is stated, else None)."""
    beside = _SHARE_BESIDE_NUMBER.search(question)
    if beside is not None:
        return question, (
            f"the question states a value as a share or multiple of a written number in words "
            f"('{beside.group(0)}'), which I do not read as a given; state the value itself"
        )
    reason: str | None = None
    pieces: list[str] = []
    last = 0
    for m in _SHARE_OF_NUMBER.finditer(question):
        share = _share(m)
        if (
            share is None
            or _NOUN_AFTER.match(question, m.end())
            or _STATE_VALUE_AFTER.match(question, m.end())
            or float(m.group("num").replace(",", "")) == 0
        ):
            continue
        if _OFFSET_SCALE.match(question, m.end()):
            reason = (
                f"the question states a temperature as a share of a Celsius or Fahrenheit value "
                f"('{m.group(0)} …'), which has no single reading on a scale with an arbitrary zero"
            )
            continue
        product = float(m.group("num").replace(",", "")) * share
        pieces.append(question[last : m.start()])
        pieces.append(f"{m.group('sign')}{product:.10g}")
        last = m.end()
    if reason is not None:
        return question, reason
    if not pieces:
        return question, None
    pieces.append(question[last:])
    return "".join(pieces), None
