"""A dislocation density written as line length per volume: '10¹⁰ cm of line per cm³'.

A dislocation density is the total line length in a volume (Callister & Rethwisch §7.2), and texts
write it out: '4 × 10⁴ km of dislocation line per cubic centimetre', '10¹⁰ cm of line per cm³'. The
number's unit is then the length unit over the volume unit; it is written here as one unit
('a dislocation density of 4 × 10⁴ km/cm^3') so that it reads as the density it is. Only a length unit followed by 'of
(dislocation) line(s)' and 'per' a volume unit is reworded.
"""

from __future__ import annotations

import re

from .text import normalize

_LENGTH = r"(?P<len>km|m|cm|mm|µm|μm|um|nm)"
_VOLUME = (
    r"(?P<vol>(?:m|cm|mm|µm|μm|um)\^3|(?:m|cm|mm)³|cubic\s+(?:metre|meter|centimetre|centimeter|"
    r"millimetre|millimeter)s?)"
)
_NUM = r"(?P<num>(?:\d+(?:[.,]\d+)?\s*[×x]\s*)?10\^\d+|\d+(?:[.,]\d+)?(?:\s*[×x]\s*10\^-?\d+)?)"
_PHRASE = re.compile(
    rf"(?<![\w.^]){_NUM}\s*{_LENGTH}\s+of\s+(?:dislocation\s+)?lines?\s+per\s+(?:one\s+|a\s+|each\s+)?{_VOLUME}",
    re.I,
)
_CUBIC = {
    "metre": "m",
    "meter": "m",
    "centimetre": "cm",
    "centimeter": "cm",
    "millimetre": "mm",
    "millimeter": "mm",
}


def _volume_unit(text: str) -> str:
    word = re.match(r"cubic\s+(\w+?)s?$", text, re.I)
    if word:
        return _CUBIC[word.group(1).lower()] + "^3"
    return text.replace("³", "^3")


def line_per_volume(question: str) -> str:
    """The question (normalized) with 'N cm of line per cm³' written 'N cm/cm^3'; the question itself
    when it has no such phrase."""
    plain = normalize(question)
    if not _PHRASE.search(plain):
        return question
    return _PHRASE.sub(
        lambda m: (
            f"a dislocation density of {m.group('num')} {m.group('len')}/{_volume_unit(m.group('vol'))}"
        ),
        plain,
    )
