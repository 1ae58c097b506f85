"""Cracks of a range of sizes, and the largest stress the part carries: the largest crack governs.

Inspection often reports flaws as a range: 'surface cracks whose depths are between 2 and 3 mm',
'cracks from 20 to 40 µm deep', 'internal cracks 1–4 mm long'. The fracture stress σ_c = K_Ic/(Y√(πa))
falls as the crack grows, so the part fractures first at its largest crack: the maximum stress it can
carry without fracture (the allowable, safe, or highest stress) is the one for the upper end of the
range. The question is reworded with that one size and solved with the library.

Only this reading is taken, and only when every one of these holds (precision first):

* the range is of one crack size (a length unit: nm, µm, mm, cm, m, in) and stands in a sentence
  that names a crack or flaw; its two ends are in the same unit (or the first has none) and the
  second is the larger;
* the ask is for a stress, and the largest one: 'maximum', 'largest', 'highest', 'allowable',
  'permissible', 'safe', or 'without (fast) fracture/failing';
* the ask names no single crack of the range ('the smallest crack', 'the shortest flaw'), asks no
  range of stresses, and asks no crack size (a critical crack length is no stress).
"""

from __future__ import annotations

import re

_NUM = r"\d+(?:\.\d+)?"
_LENGTH = r"(?:nm|µm|μm|um|micrometres?|micrometers?|microns?|mm|millimetres?|millimeters?|cm|m|in|inch(?:es)?)"
_RANGE = re.compile(
    rf"\b(?:between\s+(?P<a1>{_NUM})\s*(?P<u1>{_LENGTH})?\s+and\s+(?P<b1>{_NUM})\s*(?P<v1>{_LENGTH})"
    rf"|from\s+(?P<a2>{_NUM})\s*(?P<u2>{_LENGTH})?\s+(?:to|up\s+to)\s+(?P<b2>{_NUM})\s*(?P<v2>{_LENGTH})"
    rf"|(?P<a3>{_NUM})\s*(?P<u3>{_LENGTH})?\s*(?:–|-|—|to)\s*(?P<b3>{_NUM})\s*(?P<v3>{_LENGTH}))\b",
    re.I,
)
_CRACK = re.compile(r"\b(?:cracks?|flaws?|defects?|notch(?:es)?)\b", re.I)
_STRESS = re.compile(r"\bstress(?:es)?\b|\bload\b", re.I)
_LARGEST = re.compile(
    r"\b(?:max(?:imum)?|largest|highest|greatest|allowable|permissible|safe(?:ly)?)\b|"
    r"\bwithout\s+(?:(?:fast|brittle|catastrophic)\s+)?(?:fractur|fail|break|crack)",
    re.I,
)
_ONE_CRACK = re.compile(
    r"\b(?:smallest|shortest|shallowest|minimum|least|lowest|each|every|both|range\s+of)\b", re.I
)
_ASKS_SIZE = re.compile(
    r"\b(?:critical|maximum|largest|tolerable|allowable)\s+(?:\w+\s+)?(?:crack|flaw)\s+"
    r"(?:length|size|depth)\b|\bhow\s+(?:long|deep|large)\b",
    re.I,
)
_SENTENCE = re.compile(r"[^.?!]*(?:\.(?=\d)[^.?!]*)*[.?!]?")


def _sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(text) if m.group(0).strip()]


def _same_unit(u: str | None, v: str) -> bool:
    return u is None or u.lower().replace("μ", "µ") == v.lower().replace("μ", "µ")


def largest_crack_question(question: str) -> tuple[str, list[str]]:
    """The question with a range of crack sizes written as its largest size, and the note saying so;
    the question itself (and no note) when the reading does not hold."""
    spans = _sentences(question)
    if not spans:
        return question, []
    ask_start, ask_end = spans[-1]
    ask = question[ask_start:ask_end]
    if not (_STRESS.search(ask) and _LARGEST.search(ask)):
        return question, []
    if _ONE_CRACK.search(ask) or _ASKS_SIZE.search(ask):
        return question, []
    found: list[re.Match[str]] = []
    for start, end in spans:
        sentence = question[start:end]
        if not _CRACK.search(sentence):
            continue
        found += [m for m in _RANGE.finditer(question, start, end)]
    if len(found) != 1:
        return question, []
    m = found[0]
    i = next(k for k in "123" if m.group("a" + k) is not None)
    a, b = float(m.group("a" + i)), float(m.group("b" + i))
    u, v = m.group("u" + i), m.group("v" + i)
    if not _same_unit(u, v) or not b > a:
        return question, []
    upper = f"{m.group('b' + i)} {v}"
    reworded = question[: m.start()] + upper + question[m.end() :]
    note = (
        f"the cracks range from {m.group('a' + i)} to {upper}; the largest one fractures first, so "
        f"the largest stress the part carries is the one for {upper}"
    )
    return reworded, [note]
