"""A binary alloy named by both of its contents, read as the content of the component the phases use.

'A 40 wt% Sn–60 wt% Pb solder' or 'an alloy of 70 wt% Pb and 30 wt% Sn' gives two numbers for one
alloy. The lever rule needs the alloy's content of the component its phase compositions are written
in (C₀, C_α, C_β all in wt% Sn, say). When every other composition in the question names one and the
same component, and the alloy's two contents add up to 100 (the same kind of per cent, wt% or at%),
the pair is rewritten as the usual 'Pb–40 wt% Sn' (the balance first, then the content that the
phases use), so the reader cannot take the other component's number. Components may be written as
symbols or element names (:data:`.lever_component.ELEMENT_NAMES`). In every other case (no phase
composition, phases in two components, contents that do not add up) the question is left as written.
"""

from __future__ import annotations

import re

from .lever_component import element_at

_NUMBER = r"(\d+(?:\.\d+)?)"
_KIND = r"((?:wt|at)\.?\s*%|(?:weight|atom(?:ic)?)\s+per\s*cent)"
_NAME = r"(?:of\s+)?([A-Z][a-z]?(?![a-z])|[A-Za-z]+)"
# '40 wt% Sn–60 wt% Pb', '40 wt% Sn - 60 wt% Pb', '70 wt% Pb and 30 wt% Sn'
_PAIR = re.compile(
    rf"{_NUMBER}\s*{_KIND}\s*{_NAME}\s*(?:[–—-]|\band\b|,)\s*{_NUMBER}\s*{_KIND}\s*{_NAME}"
)
_PERCENT = re.compile(rf"\d(?:\.\d+)?\s*(?={_KIND})")


def _kind(text: str) -> str:
    return "at" if text.lower().startswith("at") else "wt"


def _element(text: str, number_end: int) -> str | None:
    return element_at(text, number_end)


def alloy_as_one_content(question: str) -> str:
    """``question`` with a two-content alloy written as the content its phases are given in."""
    pairs = list(_PAIR.finditer(question))
    if len(pairs) != 1:
        return question
    pair = pairs[0]
    a, b = float(pair.group(1)), float(pair.group(4))
    if _kind(pair.group(2)) != _kind(pair.group(5)) or abs(a + b - 100) > 0.5:
        return question
    first = _element(question, pair.end(1))
    second = _element(question, pair.end(4))
    if first is None or second is None or first == second:
        return question
    others: set[str | None] = set()
    for m in _PERCENT.finditer(question):
        if pair.start() <= m.start() < pair.end():
            continue
        others.add(_element(question, m.end()))
    # a table header 'composition (wt% Sn)' names its component too
    for m in re.finditer(rf"\(\s*{_KIND}\s*([A-Z][a-z]?)\s*\)", question):
        if not (pair.start() <= m.start() < pair.end()):
            others.add(m.group(2))
    if len(others) != 1 or None in others:
        return question
    (used,) = others
    if used == first:
        keep, kind, balance = pair.group(1), pair.group(2), second
    elif used == second:
        keep, kind, balance = pair.group(4), pair.group(5), first
    else:
        return question
    return f"{question[: pair.start()]}{balance}–{keep} {kind} {used}{question[pair.end() :]}"
