"""'In the first 90 min', 'during the first hour': a time measured from the start of a process.

A kinetics question (parabolic oxidation, a transformation, a decay) often states a measured value as
reached 'in the first 90 min' or 'in the first hour'. That is the elapsed time since the start,
90 min or 1 h, just as 'in 90 min' or 'after one hour' would be; the word 'first' only says the
clock starts at zero. This rewrite writes the plain duration ('in 90 min', 'in 1 hour') so the
matcher reads it as the time it is.

Left alone (precision first): a question that also speaks of a later interval ('the next 2 h', 'the
second hour', 'the following day', 'the last hour', 'a further 30 min', 'another hour',
'thereafter', 'after the first 60 s'): there a time may be counted from the end of the first interval, and which one is
meant is for the matcher to refuse.
"""

from __future__ import annotations

import re

_UNITS = (
    r"(?:s|sec|seconds?|min|mins|minutes?|h|hr|hrs|hours?|d|days?|weeks?|months?|years?|yr|yrs)"
)
_WORD_UNITS = {
    "second": "s",
    "minute": "min",
    "hour": "hour",
    "day": "day",
    "week": "week",
    "month": "month",
    "year": "year",
}
_FIRST = re.compile(
    r"\b(?P<lead>in|during|over|within|for)\s+the\s+first\s+"
    r"(?:(?P<number>\d[\d.,]*(?:\s*[×x]\s*10\^?[-−]?\d+)?\s*" + _UNITS + r")\b|"
    r"(?P<word>second|minute|hour|day|week|month|year)\b)",
    re.I,
)
_LATER = re.compile(
    r"\b(?:the\s+(?:next|following|second|third|last|final|subsequent|remaining)|"
    r"a\s+further|another|an\s+additional|additional)\s+(?:\d[\d.,]*\s*)?"
    r"(?:" + _UNITS + r"|period|interval|stage)\b",
    re.I,
)
_AFTERWARDS = re.compile(
    r"\b(?:thereafter|afterwards?|after\s+that|from\s+then\s+on|later\s+on|after\s+the\s+first)\b",
    re.I,
)


def without_first_interval(question: str) -> str:
    """``question`` with 'in the first <duration>' written as 'in <duration>' (see the module
    docstring); unchanged where it has none or also speaks of a later interval."""
    if not _FIRST.search(question) or _LATER.search(question) or _AFTERWARDS.search(question):
        return question

    def plain(m: re.Match[str]) -> str:
        if m.group("number"):
            return f"{m.group('lead')} {m.group('number')}"
        return f"{m.group('lead')} 1 {_WORD_UNITS[m.group('word').lower()]}"

    return _FIRST.sub(plain, question)
