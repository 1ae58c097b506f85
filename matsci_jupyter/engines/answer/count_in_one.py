"""A count asked of one unit volume: 'How many atoms are there in one m³ of chromium?', 'how many
vacancies does a cubic centimetre of copper hold at 1000 °C?', 'how many atoms belong to one unit cell?'
(the unit cell counts as the unit volume: atoms per unit cell).

Such a question asks for a number density: the count per that volume. Read as written, its asked unit
is a bare count ('atoms') that no relation yields. The reading is taken only when all of these hold:

* the sentence asks 'how many <particles>' or 'the number of <particles>', the particles being
  atoms, vacancies, ions, electrons, holes, defects or the like;
* the volume after 'in' (or 'does … contain/hold') is one unit volume, said with 'one', 'a', 'each',
  'every' or '1' right before a volume unit (m³, cm³, mm³, a cubic metre); a volume of another size
  ('in 2 cm³', 'in a 2 cm³ cube') is a body, and is left as it was.

The question is then read as 'how many atoms per m³ …': the one unit volume is the denominator of
the asked unit, not a given (a '1 cm³' is no datum of the question).

:func:`count_per_unit_volume` returns the question reworded so, or the question unchanged.
"""

from __future__ import annotations

import re

from .sentences import spans

_PARTICLES = (
    r"atoms?|vacanc(?:y|ies)|interstitials?|ions?|cations?|anions?|electrons?|holes?|"
    r"(?:charge\s+)?carriers?|defects?|(?:schottky|frenkel)\s+(?:defects?|pairs?)|molecules?|"
    r"dopant\s+atoms?|impurity\s+atoms?|(?:free\s+|conduction\s+)electrons?|nuclei|formula\s+units?"
)
_ASK = re.compile(
    rf"\b(?:how\s+many|the\s+number\s+of|number\s+of)\s+(?:[a-z\-]+\s+)?(?:{_PARTICLES})\b", re.I
)
_VOLUME = (
    r"(?:m|cm|mm|µm|μm|nm)(?:³|\^3|\*\*3|3)(?![\w^*])|"
    r"cubic\s+(?:met(?:re|er)|centimet(?:re|er)|millimet(?:re|er))(?!s)|"
    r"unit\s+cell(?!s)"
)
_ONE = r"(?:one|a|each|every|1|a\s+single)"
_IN_ONE = re.compile(
    rf"\b(?:in|within|inside|belongs?\s+to|belonging\s+to)\s+{_ONE}\s+(?P<unit>{_VOLUME})",
    re.I,
)
_CONTAIN = re.compile(
    rf"\b(?:does|do|would|will|can)\s+{_ONE}\s+(?P<unit>{_VOLUME})(?P<rest>\s+of\s+[^?.]*?)?\s+"
    r"(?P<verb>contain|hold|have)\b",
    re.I,
)


def count_per_unit_volume(question: str) -> str:
    """``question`` with a count asked of one unit volume ('how many atoms are there in one m³ of
    chromium') reworded as a count per that volume ('how many atoms per m³ are there in chromium');
    unchanged otherwise."""
    for lo, hi in spans(question):
        sentence = question[lo:hi]
        ask = _ASK.search(sentence)
        if ask is None:
            continue
        m = _IN_ONE.search(sentence, ask.end()) or _CONTAIN.search(sentence, ask.end())
        if m is None:
            continue
        unit = m.group("unit")
        if m.re is _IN_ONE:
            tail = re.sub(r"^\s+of\b", " in", sentence[m.end() :])
            middle = sentence[ask.end() : m.start()].rstrip()
        else:
            rest = re.sub(r"^\s+of\b", " in", m.group("rest") or "")
            tail = f"{rest}{sentence[m.end() :]}"
            middle = " are there"
        reworded = f"{sentence[: ask.end()]} per {unit}{middle}{tail}"
        return question[:lo] + reworded + question[hi:]
    return question
