"""A question in parts that says which one part to answer: '(a) … (b) … Answer part (b) only, in m/s.'

The other parts are dropped and the stem, the chosen part and the rest of the directive (its unit)
are read as one question. Only when the dropped parts add no number of their own (a number they
write is also in the stem): a value stated in a dropped part might be one the chosen part needs.
"""

from __future__ import annotations

import re

_MARK = re.compile(r"(?:^|(?<=\s))\(([a-f])\)\s+(?=[A-Z])")
_DIRECTIVE = re.compile(
    r"\b(?:answer|give|report)\s+(?:only\s+)?(?:the\s+answer\s+(?:to|for)\s+)?(?:part\s+)?"
    r"\((?P<p1>[a-f])\)\s*only\b"
    r"|\b(?:answer|give|report)\s+only\s+(?:the\s+answer\s+(?:to|for)\s+)?(?:part\s+)?\((?P<p2>[a-f])\)"
    r"|\bonly\s+part\s+\((?P<p3>[a-f])\)\s+is\s+(?:required|needed|asked|wanted)",
    re.I,
)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def single_part(question: str) -> str | None:
    """The question reduced to the one part it asks to be answered, or None (no such directive, the
    parts cannot be told apart, or a dropped part states a number of its own)."""
    directives = list(_DIRECTIVE.finditer(question))
    if len(directives) != 1:
        return None
    d = directives[0]
    chosen = (d.group("p1") or d.group("p2") or d.group("p3")).lower()
    marks = [m for m in _MARK.finditer(question) if m.start() < d.start()]
    letters = [m.group(1) for m in marks]
    if len(marks) < 2 or len(set(letters)) != len(letters) or chosen not in letters:
        return None
    stem = question[: marks[0].start()]
    stem_numbers = set(_NUMBER.findall(stem))
    kept = ""
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else d.start()
        text = question[m.end() : end].strip()
        if m.group(1) == chosen:
            kept = text
        elif any(n not in stem_numbers for n in _NUMBER.findall(text)):
            return None
    if not kept:
        return None
    rest = question[d.end() :].strip()
    tail = f"Give the answer{rest}" if rest else ""
    return f"{stem.strip()} {kept} {tail}".strip()
