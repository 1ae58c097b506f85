"""Fracture-toughness units written in words, rewritten as the unit they name.

'26 megapascal root metre', 'four MPa square root metre', '30 ksi root inch', '55 MPa root m':
the stress-intensity unit MPa·m^½ (ksi·in^½) written out. The number may be a spelled count ('four').
Only a stress unit followed by '(square) root' and a length is read; every other wording is left alone.
The rewritten text carries the same value in the symbolic form the unit reader knows ('26 MPa√m').
"""

from __future__ import annotations

import re

from .quantities import WORD_NUMBERS

_STRESS = {
    "megapascal": "MPa",
    "megapascals": "MPa",
    "mpa": "MPa",
    "mn/m^2": "MPa",
    "ksi": "ksi",
    "kpsi": "ksi",
}
_LENGTH = {
    "metre": "m",
    "meter": "m",
    "metres": "m",
    "meters": "m",
    "m": "m",
    "inch": "in",
    "inches": "in",
    "in": "in",
}
_NUMBER = r"(?P<num>\d+(?:\.\d+)?|" + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True)) + r")"
_ROOT_UNIT = re.compile(
    _NUMBER + r"\s+(?P<stress>megapascals?|MPa|MN/m\^2|ksi|kpsi)[\s·\-]+(?:times\s+)?(?:the\s+)?"
    r"(?:square[\s\-]+)?root[\s\-]+(?:of\s+(?:a\s+)?)?(?P<len>metres?|meters?|inch(?:es)?|m|in)\b",
    re.I,
)


def _mended(m: re.Match[str]) -> str:
    num = m.group("num")
    num = WORD_NUMBERS.get(num.lower(), num)
    stress = _STRESS[m.group("stress").lower()]
    length = _LENGTH[m.group("len").lower()]
    return f"{num} {stress}√{length}"


def with_root_units(question: str) -> str:
    """``question`` with worded fracture-toughness units written as MPa√m or ksi√in."""
    return _ROOT_UNIT.sub(_mended, question)
