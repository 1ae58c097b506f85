"""A question in parts whose last part builds on the earlier ones: the last part is the one asked.

'(a) Compute D at 700 °C. (b) Using your result from (a), how many hours at 600 °C give the same
profile?' — the earlier parts are steps and the last part names them as its inputs ('using your
result from (a)', 'from (b), calculate …', 'using r* from (a)'). The number wanted is the last
part's, so the question is read as its stem and its last part, the reference to the earlier parts
dropped (the solver finds the intermediate values itself).

Read only when every earlier part is referred to by a later one (a part nothing builds on might be a
separate ask) and the dropped parts write no number that neither the stem nor the last part has
(a temperature given only in part (a) is needed by the last part, and the question is then refused
as before). Parts that ask for words ('(a) Explain …') need no reference.
"""

from __future__ import annotations

import re

from .one_part import WORDS_ASK, adds_numbers, split_parts

# '(a)', 'part (a)', 'parts (a) and (b)': the letters a part refers to
_REFERENCE = re.compile(r"\(([a-f])\)")
# the phrase that names earlier parts as inputs, up to its comma: 'Using your result from (a), ',
# 'From (b), ', 'Using r* from (a), ', 'Using (a) and the Paris law, ', 'With the value found in (b) '
_REFERENCE_PHRASE = re.compile(
    r"\b(?:using|use|from|with|based\s+on|taking|given)\b[^,.;?]*?\([a-f]\)(?:\s*(?:and|,)\s*\([a-f]\))*"
    r"[^,.;?]*?(?:,\s*|\s+(?=[a-z]))",
    re.I,
)
_START_VERB = re.compile(
    r"^(?:calculate|compute|determine|find|estimate|evaluate|obtain|what|how|give|express)\b", re.I
)


def chained_last_part(question: str) -> str | None:
    """The question reduced to its stem and last part when that part builds on the earlier ones
    (see the module docstring), or None."""
    split = split_parts(question)
    if split is None:
        return None
    stem, parts = split
    letters = [letter for letter, _ in parts]
    referred: set[str] = set()
    for i, (_letter, text) in enumerate(parts):
        for ref in _REFERENCE.findall(text):
            if ref in letters[:i]:
                referred.add(ref)
    last_text = parts[-1][1]
    if not any(ref in letters[:-1] for ref in _REFERENCE.findall(last_text)):
        return None
    for letter, text in parts[:-1]:
        if letter not in referred and not WORDS_ASK.match(text):
            return None
    # a number only a dropped part states may be one the last part needs (its letters aside)
    if adds_numbers(f"{stem} {last_text}", [_REFERENCE.sub(" ", text) for _, text in parts[:-1]]):
        return None
    kept = _REFERENCE_PHRASE.sub("", last_text, count=1)
    if _REFERENCE.search(kept):  # a reference left in place: how the part uses it is not read
        return None
    kept = kept.strip()
    if not kept:
        return None
    kept = kept[0].upper() + kept[1:]
    return f"{stem.strip()} {kept}".strip()


def last_part_letter(question: str) -> str | None:
    """The letter of the part a chained question asks for (its last), or None (not chained)."""
    if chained_last_part(question) is None:
        return None
    split = split_parts(question)
    return split[1][-1][0] if split else None


def final_for_part(final_text: str, letter: str) -> str | None:
    """From a closing line that restates every part ('(a) a ≈ 1.26 × 10^-5 m²/s; (b) t ≈ 7.91 s'),
    the text of part ``letter`` ('t ≈ 7.91 s'), or None when the line does not label that part last."""
    marks = list(re.finditer(r"(?:^|(?<=[\s,;:]))\(([a-f])\)\s*", final_text))
    if len(marks) < 2 or marks[-1].group(1) != letter:
        return None
    return final_text[marks[-1].end() :].strip(" ;,.") or None
