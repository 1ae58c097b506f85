"""A question in parts of which one part is the numeric ask.

* It says which: '(a) … (b) … Answer part (b) only, in m/s.' (:func:`single_part`). A sentence
  that names the graded part ('The answer sought is (b).', 'The key is part (b).') is read by
  :mod:`part_directive` alone.
* Only one part asks for a number ('(a) Explain why … (b) Compute …', '(a) Sketch … (b) What fraction
  …'), or several do and exactly one of them, the last, names the unit it wants ('(a) Compute the
  capacitance. (b) Compute the polarization, in µC m⁻².') (:func:`numeric_part`).

The other parts are dropped and the stem with the chosen part (and the rest of a directive: its unit)
is read as one question. Only when the dropped parts add no number of their own (a number they write
is also in the stem): a value stated in a dropped part might be one the chosen part needs, and then
the question is refused as before.
"""

from __future__ import annotations

import re

_MARK = re.compile(r"(?:^|(?<=\s))\(([a-f])\)\s+(?=[A-Z])")
_DIRECTIVE = re.compile(
    r"\b(?:answer|give|report)\s+(?:only\s+)?(?:the\s+answer\s+(?:to|for)\s+)?(?:part\s+)?"
    r"\((?P<p1>[a-f])\)\s*only\b"
    r"|\b(?:answer|give|report)\s+only\s+(?:the\s+answer\s+(?:to|for)\s+)?(?:part\s+)?\((?P<p2>[a-f])\)"
    r"|\bonly\s+part\s+\((?P<p3>[a-f])\)\s+is\s+(?:required|needed|asked|wanted|"
    r"to\s+be\s+(?:answered|reported|given))"
    # a closing 'Report (c).' or 'Give (c), with …': the part named, then the sentence ends or a
    # comma adds how it is to be written
    r"|\b(?:answer|give|report)\s+(?:part\s+)?\((?P<p4>[a-f])\)\s*(?=[.,;]|$)",
    re.I,
)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
# a part that asks for words, a sketch or a yes/no, not a number
WORDS_ASK = re.compile(
    r"^\s*(?:briefly\s+)?(?:explain|describe|sketch|draw|plot|name|identify|discuss|comment|"
    r"index|decide|label|suggest|list|outline|justify|classify|show|why|would|will|is|are|does|do|"
    r"can|should|what\s+(?:type|kind|sort)\s+of)\b",
    re.I,
)


def adds_numbers(stem: str, dropped: list[str]) -> bool:
    """Whether a dropped part writes a number the stem does not (it may be a value the kept part
    needs, so the question is not reduced)."""
    stem_numbers = set(_NUMBER.findall(stem))
    return any(n not in stem_numbers for text in dropped for n in _NUMBER.findall(text))


def single_part(question: str) -> str | None:
    """The question reduced to the one part it asks to be answered, or None (no such directive, the
    parts cannot be told apart, or a dropped part states a number of its own)."""
    directives = list(_DIRECTIVE.finditer(question))
    if len(directives) != 1:
        return None
    d = directives[0]
    chosen = next(g for g in d.group("p1", "p2", "p3", "p4") if g).lower()
    marks = [m for m in _MARK.finditer(question) if m.start() < d.start()]
    letters = [m.group(1) for m in marks]
    if len(marks) < 2 or len(set(letters)) != len(letters) or chosen not in letters:
        return None
    stem = question[: marks[0].start()]
    kept = ""
    dropped = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else d.start()
        text = question[m.end() : end].strip()
        if m.group(1) == chosen:
            kept = text
        else:
            dropped.append(text)
    if not kept or adds_numbers(stem, dropped):
        return None
    rest = question[d.end() :].strip()
    tail = f"Give the answer{rest}" if rest else ""
    return f"{stem.strip()} {kept} {tail}".strip()


def split_parts(question: str) -> tuple[str, list[tuple[str, str]]] | None:
    """(stem, [(letter, text), ...]) of a question marked (a), (b), ... in order, or None."""
    marks = list(_MARK.finditer(question))
    letters = [m.group(1) for m in marks]
    if len(marks) < 2 or letters != [chr(ord("a") + i) for i in range(len(marks))]:
        return None
    parts = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(question)
        parts.append((m.group(1), question[m.end() : end].strip()))
    return question[: marks[0].start()], parts


def _names_unit(text: str) -> bool:
    """Whether a part's text names the unit its answer is wanted in ('…, in kΩ', 'Give (b) in degrees')."""
    from .quantities import extract

    try:
        return bool(extract(text).requested)
    except Exception:
        return False


def numeric_part(question: str) -> str | None:
    """The question reduced to its one numeric part (see the module docstring), or None."""
    split = split_parts(question)
    if split is None:
        return None
    stem, parts = split
    numeric = [(letter, text) for letter, text in parts if not WORDS_ASK.match(text)]
    if len(numeric) > 1:
        with_unit = [(letter, text) for letter, text in numeric if _names_unit(text)]
        if len(with_unit) != 1 or with_unit[0] != numeric[-1]:
            return None
        numeric = with_unit
    if len(numeric) != 1:
        return None
    chosen, kept = numeric[0]
    if adds_numbers(stem, [text for letter, text in parts if letter != chosen]):
        return None
    return f"{stem.strip()} {kept}".strip()


# parts written inside one sentence after a shared verb: 'Compute (a) the field H and (b) the
# magnetization, in A m⁻¹.'
_INLINE_MARK = re.compile(r"(?<=\s)\(([a-f])\)\s+(?=[a-z])")
_NUMERIC_VERB = re.compile(
    r"\b(?:compute|calculate|determine|find|estimate|evaluate|obtain)\s*:?\s*$", re.I
)
_SENTENCE_END = re.compile(r"[.?!;](?:\s|$)")
# ', giving (b) in cm² V⁻¹ s⁻¹': the unit of the part, asked as 'in …'
_REFERS_BACK = re.compile(
    r",?\s*\b(?:giving|give|reporting|report|expressing|express)\s+\(\s*[a-f]\s*\)\s+in\b", re.I
)


def inline_part_count(question: str) -> int:
    """How many parts '(a) … (b) …' are written inside the text's sentences, in order (0 when fewer
    than two): '… determine (a) the electron concentration, in m⁻³, and (b) the mobility.'"""
    letters: list[str] = []
    for m in _INLINE_MARK.finditer(question):
        if m.group(1) not in letters:
            letters.append(m.group(1))
    if len(letters) < 2 or letters != [chr(ord("a") + i) for i in range(len(letters))]:
        return 0
    return len(letters)


def inline_part(question: str) -> str | None:
    """'… Compute (a) X and (b) Y, in U.' read as '… Compute Y, in U.' when the parts are noun phrases
    after one numeric verb in one sentence, only the last part names the unit wanted, and the dropped
    parts write no number of their own (the same rule as :func:`numeric_part`); otherwise None."""
    marks = []
    for m in _INLINE_MARK.finditer(question):
        # a letter met again ('…, giving (b) in cm² V⁻¹ s⁻¹') refers back to its part: no new part
        if m.group(1) not in {k.group(1) for k in marks}:
            marks.append(m)
    letters = [m.group(1) for m in marks]
    if len(marks) < 2 or letters != [chr(ord("a") + i) for i in range(len(marks))]:
        return None
    stem = question[: marks[0].start()]
    if not _NUMERIC_VERB.search(stem):
        return None
    if _SENTENCE_END.search(question[marks[0].end() : marks[-1].start()]):
        return None  # the marks are not one list inside one sentence
    texts = [
        re.sub(
            r"\(\s*[a-f]\s*\)\s*",
            "",
            _REFERS_BACK.sub(
                " in",
                question[m.end() : marks[i + 1].start() if i + 1 < len(marks) else len(question)],
            ),
        )
        for i, m in enumerate(marks)
    ]
    if any(WORDS_ASK.match(t) for t in texts):
        return None
    if not _names_unit(texts[-1]) or any(_names_unit(t) for t in texts[:-1]):
        return None
    if adds_numbers(stem, texts[:-1]):
        return None
    return f"{stem.rstrip()} {texts[-1].strip()}".strip()
