"""'Assume the same volume as the tested specimens': a note that the size effect is absent.

A Weibull question states that the parts loaded have the volume (or size) of the specimens that gave
the characteristic strength: 'Assume the same volume as the test bars.', 'Assume same volume like the
tested specimens.', 'The rods have the same size as the specimens tested.' That is what the
same-volume form of the relation already takes; written out, the sentence was read as an ask (or its
words as a quantity) and the question refused. :func:`without_same_volume_note` removes that one
sentence when:

* it says only that the volume or size is the same as (or like) that of the specimens, samples, bars
  or test pieces (the ones tested, or those of the test);
* the question gives no volume (no value in m³, cm³, mm³ or litres), so nothing is left out that would
  set a ratio of volumes; and it names a Weibull modulus or a characteristic strength, so the note
  belongs to the size effect of a strength distribution.
"""

from __future__ import annotations

import re

_SPECIMENS = (
    r"(?:(?:tested|test|reference|original|calibration)\s+)?"
    r"(?:specimens?|samples?|bars?|pieces?|rods?|coupons?)"
)
_NOTE = re.compile(
    r"(?:(?<=[.?!])\s+|^)"
    r"(?:(?:assume|suppose|take\s+it)\s+(?:that\s+)?(?:(?:they|the\s+\w+|it)\s+(?:have|has)\s+)?"
    r"|(?:they|the\s+\w+)\s+(?:have|has)\s+)"
    r"(?:the\s+)?same\s+(?:volume|size)\s+(?:as|like)\s+(?:(?:the|those\s+of\s+the|that\s+of\s+the)\s+)?"
    r"(?:tested\s+|test\s+)?" + _SPECIMENS + r"(?:\s+(?:tested|used\s+in\s+the\s+tests?))?\s*\.",
    re.I,
)
_VOLUME = re.compile(r"\d\s*(?:m|cm|mm|μm)\s*(?:\^\s*3|³)|\d\s*(?:L|litres?|liters?|mL)\b")
_WEIBULL = re.compile(r"\bweibull\b|\bcharacteristic\s+(?:strength|stress)\b", re.I)


def without_same_volume_note(question: str) -> str:
    """The question without its same-volume note (unchanged when it has none, see the module)."""
    if not _WEIBULL.search(question) or _VOLUME.search(question):
        return question
    found = list(_NOTE.finditer(question))
    if len(found) != 1:
        return question
    m = found[0]
    return (question[: m.start()] + question[m.end() :]).strip()
