"""Multiple-choice stems whose options are numbers.

An exam item may close with lettered options, '(A) 7.87 g/cm³ (B) 8.47 g/cm³ (C) 8.93 g/cm³ …', or
bare numbers in the asked unit, '(A) 127 (B) 254 (C) 509'. The options are not data: none of them is a
given, and a reader that took them as givens would find values no relation uses. The question is read
without them (and without a closing 'and select the option'); the computed answer is then compared with
the options:

- it is given only when it matches exactly one option (within 2.5 % of that option, the rounding of a
  three-figure option plus the spread of tabulated constants; for an option written to fewer figures,
  within its own rounding, half a unit in its last digit, plus 1 %, at most 6 %) and lies at least
  twice as far from every other option;
- when it matches none, or more than one, the question is refused with the computed value and the
  options named: a computed value no option fits means the reading may be wrong.

An option list is at least three options lettered in order from (A), or from (a) with every letter
in lower case, each one number with an optional unit and nothing else. Lettered parts that ask
something ('(a) compute the stress') are not options.
An option with a unit is compared in that unit; a bare number is compared in the answer's own unit
(the asked unit).

:func:`split_options` returns the question without its options and (letter, value, match tolerance) of
each option (or None), and
:func:`choose` checks an answer against them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from .answer import Answer
from .text import normalize

_LETTERS = "ABCDEFGH"
# '(A) ' then everything up to the next '(B)' (or the end of the line); the lower-case run '(a) … (b) …'
# is read by its own pattern, so that one list never mixes the two cases
_OPTION = re.compile(
    r"\(\s*(?P<letter>[A-H])\s*\)\s*(?P<body>[^\n]*?)\s*(?=\(\s*[A-H]\s*\)|\.\s+[A-Z]|\n|$)"
)
_OPTION_LOWER = re.compile(
    r"\(\s*(?P<letter>[a-h])\s*\)\s*(?P<body>[^\n]*?)\s*(?=\(\s*[a-h]\s*\)|\.\s+[A-Z]|\n|$)"
)
_NUMBER_START = re.compile(r"^[-−+]?\d")
# 'Compute the density and select the option.', 'and choose the closest answer'
_SELECT = re.compile(
    r",?\s*(?:and|then)\s+(?:select|choose|pick|identify)\s+(?:the\s+)?"
    r"(?:correct\s+|closest\s+|best\s+|right\s+|nearest\s+)?(?:option|answer|choice)s?\b",
    re.I,
)
# 'Its theoretical density is closest to', 'the strength will be about', 'its susceptibility becomes'
_HANGING = re.compile(
    r"^(?P<subject>[A-Za-z].*?)\s+(?:is|are|will\s+be|would\s+be|equals|becomes|become|"
    r"will\s+become|would\s+become)"
    r"(?:\s+(?:closest\s+to|nearest(?:\s+to)?|about|approximately|roughly|most\s+nearly))?\s*:?$",
    re.I,
)
# 'On cooling to 77 K its susceptibility becomes about': a leading condition, closed by a comma or by
# the possessive that opens the subject, is kept ahead of the ask ('On cooling to 77 K, calculate its …')
_LEADING_CONDITION = re.compile(
    r"^(?P<cond>(?:on|upon|after|when|if|at|in|for|during|below|above|with|once)\b[^,]*?)"
    r"(?:\s*,\s*|\s+(?=(?:its|their)\s))(?P<np>\S.*)$",
    re.I,
)
_MATCH = 0.025  # an option within 2.5 % matches
_SPREAD = 0.01  # tabulated constants' spread, added to an option's own rounding
_MATCH_MOST = 0.06  # a looser option (one or two figures) matches within at most 6 %
_MANTISSA = re.compile(r"^[-−+]?(?P<int>\d+)(?:\.(?P<dec>\d+))?")
_APART = 2.0  # every other option at least twice as far


def _option_block(text: str) -> tuple[int, int, list[str]] | None:
    """(start, end, bodies) of the first run of options (A), (B), (C)… in order, or None."""
    for first in re.finditer(r"\(\s*[Aa]\s*\)", text):
        lower = "a" in first.group(0)
        option = _OPTION_LOWER if lower else _OPTION
        bodies: list[str] = []
        pos = first.start()
        end = pos
        for letter in _LETTERS:
            m = option.match(text, pos)
            if m is None or m.group("letter") != (letter.lower() if lower else letter):
                break
            bodies.append(m.group("body").strip().rstrip(".;,").strip())
            end = m.end()
            pos = end
            while pos < len(text) and text[pos] in " \t":
                pos += 1
        if len(bodies) >= 3:
            return first.start(), end, bodies
    return None


def _value(body: str) -> Any:
    """The option's quantity (dimensionless for a bare number), or None when it is not one value."""
    body = normalize(body).strip()
    if not _NUMBER_START.match(body):
        return None
    from .quantities import extract

    reading = extract(body)
    values = [g for g in reading.givens if g.kind in ("quantity", "number")]
    if len(values) != 1:
        return None
    q = values[0].quantity
    return q


def _match_within(body: str) -> float:
    """How close (relative) a computed value must be to the option written as ``body``: 2.5 %, or the
    option's own rounding plus 1 % when it is written to fewer figures ('1.2 × 10^-3': 0.05/1.2)."""
    m = _MANTISSA.match(normalize(body).strip())
    if m is None:
        return _MATCH
    mantissa = float(f"{m.group('int')}.{m.group('dec') or '0'}")
    if mantissa == 0:
        return _MATCH
    half_unit = 0.5 * 10.0 ** (-len(m.group("dec") or ""))
    return min(max(_MATCH, half_unit / mantissa + _SPREAD), _MATCH_MOST)


def split_options(question: str) -> tuple[str, list[tuple[str, Any, float]]] | None:
    """The question without its numeric options, and (letter, value) of each; None without options."""
    text = question.replace("\r\n", "\n")
    block = _option_block(text)
    if block is None:
        return None
    start, end, bodies = block
    options = []
    for letter, body in zip(_LETTERS, bodies, strict=False):
        value = _value(body)
        if value is None:
            return None
        options.append((letter, value, _match_within(body)))
    before = text[:start].rstrip()
    # 'Its density is closest to' left hanging before the options asks for its subject
    # (a decimal point, 'Y = 1.0, the depth is', ends no sentence)
    head = re.search(r"(?:^|(?<=[.?!])\s+)(?P<sentence>(?:[^.?!]|\.(?=\d))*)$", before)
    if head is not None:
        m = _HANGING.match(head.group("sentence").strip())
        if m is not None:
            subject = m.group("subject")
            ask = f"Calculate {subject[0].lower()}{subject[1:]}."
            lead = _LEADING_CONDITION.match(subject)
            if lead is not None:
                ask = f"{lead.group('cond')}, calculate {lead.group('np')}."
            before = before[: head.start("sentence")] + ask
    rest = (before + "\n" + text[end:].lstrip().lstrip(".;,").lstrip()).strip()
    rest = _SELECT.sub("", rest).strip()
    return rest, options


def _in_option_unit(answer: Any, option: Any) -> float | None:
    if option.dimensionless and not answer.dimensionless:  # a bare option is in the asked unit
        return float(answer.magnitude)
    try:
        return float(answer.to(option.units).magnitude)
    except Exception:
        return None


def choose(answer: Answer, options: list[tuple[str, Any, float]]) -> tuple[str | None, str]:
    """(letter, note) when the answer matches exactly one option; (None, reason) otherwise."""
    q = answer.quantity
    distances = []
    for letter, option, within in options:
        value = _in_option_unit(q, option)
        target = float(option.magnitude)
        if value is None or target == 0:
            return None, f"option ({letter}) cannot be compared with the computed {q:~P}"
        distances.append((abs(value - target) / abs(target), letter, within))
    distances.sort()
    best, letter, match = distances[0]
    listed = ", ".join(f"({lt}) {op:~P}" for lt, op, _w in options)
    if best > match:
        return None, (
            f"the computed value {q:~P} matches none of the options ({listed}); the reading may be "
            "wrong, so no option is chosen"
        )
    if len(distances) > 1 and distances[1][0] < _APART * max(best, match):
        return None, (
            f"the computed value {q:~P} is close to more than one option ({listed}); no option is chosen"
        )
    return (
        letter,
        f"the computed value matches option ({letter}); the options were not used as data",
    )


def try_choice(question: str, solve: Any) -> Answer | None:
    """Solve a numeric multiple-choice question without its options; None when it has none."""
    split = split_options(question)
    if split is None:
        return None
    rest, options = split
    answer: Answer = solve(rest)
    answer = replace(answer, question=question)
    if answer.quantity is None or not answer.ok:
        return answer
    letter, note = choose(answer, options)
    if letter is None:
        from .solver import refuse

        return refuse(question, note, unit=answer.unit_requested, steps=list(answer.steps))
    return replace(answer, notes=[*answer.notes, note])
