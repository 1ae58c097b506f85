"""Sentence boundaries of a question or response text, shared by the answer engine's readers and
checks.

A sentence ends at a *stop*: a full stop, '?' or '!' (and ';' where a caller asks for it) that passes
a follow rule, judged on the whole text:

- ``follow="space"``: the mark must be followed by white space or the end of the text, so '3.5',
  'kJ.mol' and 'e.g.,' do not end a sentence;
- ``follow="not_digit"``: the mark must only not be followed by a digit ('3.5' is one number).

The white space after a stop begins the next sentence (``trailing_space="none"``), or one character
of it (``"one"``) or all of it (``"all"``) ends the sentence the stop closes. The callers differ in
these choices; each names its own, so that no caller's boundaries change silently.
"""

from __future__ import annotations

import re

_FOLLOW = {"space": r"(?=\s|$)", "not_digit": r"(?!\d)"}
_TRAILING = {"none": "", "one": r"\s?", "all": r"\s*"}


def _stop_pattern(semicolon: bool, exclaim: bool, follow: str, trailing_space: str) -> str:
    marks = ".?" + ("!" if exclaim else "") + (";" if semicolon else "")
    return f"[{re.escape(marks)}]{_FOLLOW[follow]}{_TRAILING[trailing_space]}"


def spans(
    text: str,
    *,
    semicolon: bool = False,
    exclaim: bool = True,
    follow: str = "space",
    brackets: bool = False,
) -> list[tuple[int, int]]:
    """(start, end) of every sentence of ``text``, in order and covering the text: each ends just
    after its stop, the white space after a stop begins the next one, and text after the last stop
    is a last sentence. With ``brackets``, '(' and ')' end a sentence too and belong to none.
    Empty spans are left out; an empty text has none."""
    pattern = _stop_pattern(semicolon, exclaim, follow, "none")
    if brackets:
        pattern = f"{pattern}|[()]"
    out, start = [], 0
    for m in re.finditer(pattern, text):
        end = m.start() if m.group() in "()" else m.end()
        if end > start:
            out.append((start, end))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


def sentence_at(
    text: str,
    start: int,
    end: int | None = None,
    *,
    semicolon: bool = False,
    follow: str = "space",
    trailing_space: str = "none",
    keep_stop: bool = True,
    before_alone: bool = False,
) -> tuple[int, int]:
    """(start, end) of the sentence of ``text`` around [start, end) (``end`` defaults to
    ``start``): from the end of the last stop that ends at or before ``start`` (0 when none) to the
    first stop that begins at or after ``end`` (the end of the text when none); with ``keep_stop``
    the span takes that stop in (with its trailing white space), otherwise it ends before its mark.
    A stop inside [start, end) is passed over.

    With ``before_alone`` the stops before ``start`` are judged on ``text[:start]`` as if the text
    ended there, so a mark just before ``start`` ends a sentence whatever follows it (the way some
    callers have always read; kept so that their boundaries do not move)."""
    end = start if end is None else end
    rules = (semicolon, True, follow, trailing_space)
    lo = 0
    if before_alone:
        lo = max((m.end() for m in re.finditer(_stop_pattern(*rules), text[:start])), default=0)
    for m in re.finditer(_stop_pattern(*rules), text):
        if m.end() <= start:
            if not before_alone:
                lo = m.end()
        elif m.start() >= end:
            return lo, m.end() if keep_stop else m.start()
    return lo, len(text)


def sentence_before(
    text: str,
    pos: int,
    *,
    semicolon: bool = False,
    follow: str = "space",
    trailing_space: str = "none",
    keep_stop: bool = True,
    before_alone: bool = False,
) -> tuple[int, int] | None:
    """(start, end) of the sentence before the one around ``pos``, by the same rules as
    :func:`sentence_at` (``before_alone`` applies to the stops before ``pos`` too); None when the
    sentence around ``pos`` is the first."""
    pattern = _stop_pattern(semicolon, True, follow, trailing_space)
    found = re.finditer(pattern, text[:pos] if before_alone else text)
    marks = [m.start() for m in found if m.end() <= pos]
    if not marks:
        return None
    return sentence_at(
        text,
        marks[-1],
        semicolon=semicolon,
        follow=follow,
        trailing_space=trailing_space,
        keep_stop=keep_stop,
        before_alone=before_alone,
    )
