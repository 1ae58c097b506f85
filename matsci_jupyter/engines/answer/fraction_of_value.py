"""A value stated as a fraction of another stated value: 'fallen to one-quarter of its value at 0 K'.

A stem may give a quantity at a reference state (the critical field at 0 K, the initial stress) and
state the value at the asked condition only as a fraction of it: 'has fallen to one-quarter of its
value at 0 K', 'must be at least one-half of its 0 K value', 'has dropped to 40 % of its initial
value'. That value is the fraction times the reference value, so the stem is reworded with the
product written out ('has fallen to 1.6×10^4 A/m') and the relations read it as any stated value.

The reference value must be one quantity the stem states and marks with the same reference (a
'(0)' label or 'at 0 K' next to it for '0 K'; 'initial', 'original' or 'starting' for 'initial');
with none, or more than one, the stem is left as it is and the relations decide.
"""

from __future__ import annotations

import re

from .quantities import Given, extract, format_number
from .sentences import sentence_at
from .text import normalize

# the fraction words read as numbers (also used by spelled_amounts.py)
FRACTION_WORDS = {
    "half": 0.5,
    "third": 1 / 3,
    "quarter": 0.25,
    "fourth": 0.25,
    "fifth": 0.2,
    "tenth": 0.1,
}
_FRACTION = (
    r"(?:(?P<one>one|a)[-\s])?(?P<word>half|third|quarter|fourth|fifth|tenth)"
    r"|(?P<three>three)[-\s]quarters|(?P<two>two)[-\s]thirds"
    r"|(?P<pct>\d+(?:\.\d+)?)\s*(?:%|percent\b)"
)
_REFERENCE = (
    r"(?P<zero>0\s*K|zero[-\s]kelvin|absolute[-\s]zero)|(?P<init>initial|original|starting)"
)
_FRACTION_OF_VALUE = re.compile(
    r"(?P<f>" + _FRACTION + r")\s+(?:of\s+)?(?:its|the)\s+(?:"
    r"value\s+at\s+(?:"
    + _REFERENCE.replace("?P<zero>", "?P<zero1>").replace("?P<init>", "?P<init1>")
    + r")|(?:"
    + _REFERENCE
    + r")\s+value)\b",
    re.I,
)
_MARKERS = {
    "zero": re.compile(r"\(\s*0\s*\)|\b0\s*K\b|absolute[-\s]zero|zero[-\s]kelvin", re.I),
    "init": re.compile(r"\binitial|\boriginal|\bstarting", re.I),
}


def _fraction(m: re.Match[str]) -> float:
    if m.group("pct"):
        return float(m.group("pct")) / 100.0
    if m.group("three"):
        return 0.75
    if m.group("two"):
        return 2 / 3
    return FRACTION_WORDS[m.group("word").lower()]


def _is_temperature(g: Given) -> bool:
    return g.quantity is not None and g.quantity.check("[temperature]")


_STOP = frozenset(
    (
        "that",
        "this",
        "with",
        "from",
        "have",
        "been",
        "must",
        "least",
        "most",
        "value",
        "values",
        "what",
        "which",
        "when",
        "below",
        "above",
        "temperature",
        "will",
        "would",
        "should",
        "there",
        "their",
        "its",
        "the",
    )
)
# a symbol written just before the value ('H_c(0) = ', 'σ_0 = '): the name is the symbol's
_SYMBOL_BEFORE = re.compile(r"[A-Za-zα-ωΑ-Ω][\w]*(?:\(\s*0\s*\))?\s*[=≈]\s*$")


def _words(text: str) -> set[str]:
    return {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z]{4,}", text)} - _STOP


def _names_the_subject(before: str, subject: str) -> bool:
    """The reference value's own words name what the fraction is of (a word in common with the
    clause before 'fallen to …': 'critical field'), or it is written as a symbol's value, which the
    relations then bind by that symbol."""
    return bool(_words(before) & _words(subject)) or bool(_SYMBOL_BEFORE.search(before))


def _reference_given(text: str, givens: list[Given], kind: str, subject: str) -> Given | None:
    marker = _MARKERS[kind]
    found = []
    for g in givens:
        if g.kind != "quantity" or g.quantity is None or g.unit is None or _is_temperature(g):
            continue
        sentence_start = max(text.rfind(".", 0, g.start), text.rfind(";", 0, g.start)) + 1
        before = text[max(sentence_start, g.start - 30) : g.start]
        after = text[g.end : g.end + 12]
        if marker.search(before) or marker.search(re.split(r"[,;.]", after)[0]):
            found.append((g, before))
    if len(found) != 1 or not _names_the_subject(found[0][1], subject):
        return None
    return found[0][0]


def value_from_fraction(question: str) -> str:
    """The stem with 'F of its value at 0 K' (or 'of its initial value') written as F times the
    reference value it states; unchanged when no such phrase or no single reference value."""
    text = normalize(question)
    matches = list(_FRACTION_OF_VALUE.finditer(text))
    if len(matches) != 1:
        return question
    m = matches[0]
    kind = "zero" if (m.group("zero") or m.group("zero1")) else "init"
    givens = [g for g in extract(text).givens if g.end <= m.start() or g.start >= m.end()]
    sentence_start, _ = sentence_at(text, m.start())
    ref = _reference_given(text, givens, kind, text[sentence_start : m.start()])
    if ref is None:
        return question
    value = _fraction(m) * float(ref.quantity.magnitude)
    unit_text = ref.unit.text if ref.unit is not None else ""
    return text[: m.start()] + f"{format_number(value, 6)} {unit_text}" + text[m.end() :]
