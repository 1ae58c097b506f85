"""Which part of a question in parts is the one whose number is reported, when the question marks it.

:mod:`one_part` already reads a question whose one numeric part is plain, or names its unit in the
last part only. Two more marks say the same thing:

* a closing directive that names one part by its letter and says how its number is to be written:
  '(a) … (b) … Give (b) to four decimal places.', 'Report (b) in kJ/mol.' — the part named is the
  answer asked for;
* a precision asked in the last part only: '(a) Compute the mean stress. (b) Compute the stress
  ratio, to two decimal places.' — a number is to be written to that precision, so it is that
  part's number that is reported (the earlier parts are steps to it).

The chosen part must be the last one (an earlier part marked while a later one asks for more is not
read), and the dropped parts must write no number of their own, as in :mod:`one_part`: a Miller
index a words-only part names ('(a) Explain why the (100) reflection is absent') is not a value.
The question is then the stem and the chosen part, its directive reworded without the letter.
"""

from __future__ import annotations

import re

from .one_part import WORDS_ASK, split_parts

# 'Give (b) to four decimal places', 'Report (b) in MPa', 'Express (c) in per cent'
_LETTER_DIRECTIVE = re.compile(
    r"\b(?P<verb>give|report|express|quote|state)\s+(?:part\s+)?\((?P<letter>[a-f])\)\s+"
    r"(?P<how>(?:to|in|as)\b)",
    re.I,
)
# a precision the number is to be written to
_PRECISION = re.compile(
    r"\b(?:to\s+|give\s+|in\s+|with\s+)?(?:one|two|three|four|five|six|\d)\s+"
    r"(?:decimal\s+places?|significant\s+(?:figures?|digits?)|sig\.?\s*figs?\.?|d\.\s?p\.)",
    re.I,
)
# a Miller index or direction written in brackets: '(100)', '{110}', '[111]', '⟨110⟩', '(1 1 0)'
_MILLER = re.compile(r"[({\[<⟨]\s*(?:-?\d\s*){3,4}[)}\]>⟩]")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
# a words-only ask that picks among listed items ('Which of the planes … give reflections?')
_WHICH_ASK = re.compile(r"^\s*which\s+of\b", re.I)


def _words_only(text: str) -> bool:
    return bool(WORDS_ASK.match(text) or _WHICH_ASK.match(text))


def _own_numbers(stem: str, dropped: list[tuple[str, str]]) -> bool:
    """Whether a dropped part writes a number the stem does not. A Miller index in a part that asks
    only for words is no value (it names the plane the words are about)."""
    stem_numbers = set(_NUMBER.findall(stem))
    for _letter, text in dropped:
        scan = _MILLER.sub(" ", text) if _words_only(text) else text
        if any(n not in stem_numbers for n in _NUMBER.findall(scan)):
            return True
    return False


def marked_part(question: str) -> str | None:
    """The question reduced to the part its marks choose (see the module docstring), or None."""
    split = split_parts(question)
    if split is None:
        return None
    stem, parts = split
    last_letter, last_text = parts[-1]
    directives = list(_LETTER_DIRECTIVE.finditer(question))
    kept: str | None = None
    if directives:
        letters = {d.group("letter").lower() for d in directives}
        if letters != {last_letter} or not _LETTER_DIRECTIVE.search(last_text):
            return None  # a directive for an earlier part, for several parts, or not at the end
        kept = _LETTER_DIRECTIVE.sub(
            lambda m: f"{m.group('verb')} the answer {m.group('how')}", last_text
        )
    else:
        numeric = [(letter, text) for letter, text in parts if not _words_only(text)]
        if not numeric or numeric[-1][0] != last_letter:
            return None  # a words part last: its answer is no number
        if len(numeric) > 1:
            marked = [letter for letter, text in numeric if _PRECISION.search(text)]
            if marked != [last_letter]:
                return None
        kept = last_text
    if _words_only(kept):
        return None
    dropped = [(letter, text) for letter, text in parts if letter != last_letter]
    if _own_numbers(stem, dropped):
        return None
    return f"{stem.strip()} {kept.strip()}".strip()
