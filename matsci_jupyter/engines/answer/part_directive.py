"""A question in parts whose closing sentence names, by its letter, the one part that is answered.

Exam writers close a question in parts with a sentence that says which part's number is wanted,
in many wordings besides the ones :mod:`one_part` and :mod:`part_marks` read:

* 'Give the answer to part (b), in volts.', 'Answer (b) in pounds-force.', 'Give part (b) in
  minutes.', 'Give (b), converted to MPa.' — a verb, the letter, and how the number is written;
* 'The key is part (b).', 'The answer sought is (b).', 'The graded answer is (c).', 'The answer key
  is that to (b).' — the part named as the one whose number counts;
* 'Only (c) is graded.', 'Part (b) is the one marked.'

The parts may be written one per line ('(a) What is …? (b) What is …?') or as one list of noun
phrases ('(a) the mean stress, (b) the stress amplitude, (c) the stress ratio.'). The question is read
as its stem, the named part (a noun phrase made into 'What is …?') and the rest of the directive (its
unit or precision: 'Give the answer, in volts.').

A number the dropped parts write is checked as in :mod:`one_part`: an earlier dropped part's number
that neither the stem nor the named part writes may be a value the named part needs, and the
question is then not reduced. A part after the named one states data for itself (the named part was
written before it and cannot need it), so its numbers are not checked. Exactly one directive, naming
one letter that is one of the parts, is read; anything else returns None (refused as before).
"""

from __future__ import annotations

import re

from .one_part import WORDS_ASK

_VERB = r"(?:answer|give|report|express|quote|state|provide|submit|return|enter)"
_LETTER = r"\(\s*(?P<{name}>[a-f])\s*\)"
_DIRECTIVES = [
    # 'Give the answer to part (b), in volts.', 'Answer part (b) only', 'Report (c) in minutes'
    re.compile(
        rf"\b{_VERB}\s+(?:only\s+)?(?:(?:the|your)\s+(?:answer|result|value|number)\s+"
        rf"(?:to|for|of)\s+)?(?:part\s+)?{_LETTER.format(name='l1')}(?:\s+only)?"
        r"(?P<rest>[^.?!\n]*)",
        re.I,
    ),
    # 'The key is part (b).', 'The answer sought is (b).', 'The graded answer is (c).'
    re.compile(
        r"\bthe\s+(?:(?:answer\s+)?key|graded\s+(?:answer|part|value)|(?:answer|part|value|number)\s+"
        r"(?:sought|wanted|asked\s+for|graded|to\s+report|required))\s+is\s+(?:(?:the\s+answer\s+to|"
        rf"that\s+(?:of|to)|the\s+one\s+to)\s+)?(?:part\s+)?{_LETTER.format(name='l2')}"
        r"(?P<rest2>[^.?!\n]*)",
        re.I,
    ),
    # 'Only (c) is graded.', 'Part (b) is the one marked.', '(b) alone is graded'
    re.compile(
        rf"\b(?:only\s+)?(?:part\s+)?{_LETTER.format(name='l3')}\s+(?:alone\s+)?is\s+(?:the\s+"
        r"(?:one|part)\s+)?(?:graded|scored|assessed|checked|wanted|asked(?:\s+for)?|required)"
        r"(?P<rest3>[^.?!\n]*)",
        re.I,
    ),
]
# a part written on its own: '(a) What is …' (a capital after the mark)
_LINE_MARK = re.compile(r"(?:^|(?<=\s))\(([a-f])\)\s+(?=[A-Z])")
# a part written in a list of noun phrases: '(a) the mean stress, (b) the stress amplitude'
_LIST_MARK = re.compile(r"(?:^|(?<=\s))\(([a-f])\)\s+(?=[a-z])")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
# a list item that is a noun phrase, not a question of its own
_NOUN_PHRASE = re.compile(r"^(?:the|its|their|a|an)\s", re.I)
# 'that site', 'this value': a pointer to a thing named before
_POINTER = re.compile(r"\b(?:that|this|those|these)\s+([a-z]{3,})", re.I)
# a verb before a list of parts that asks for their numbers: 'Compute (a) …, (b) …'
_NUMERIC_VERB = re.compile(
    r"\b(?:compute|calculate|determine|find|estimate|evaluate)\s*:?\s*$", re.I
)


def _directive(question: str) -> tuple[str, int, int, str] | None:
    """(letter, start, end, rest) of the one directive in the question, or None."""
    found = []
    for pattern in _DIRECTIVES:
        for m in pattern.finditer(question):
            groups = {k: v for k, v in m.groupdict().items() if v is not None}
            letter = next(v for k, v in groups.items() if k.startswith("l"))
            rest = next((v for k, v in groups.items() if k.startswith("rest")), "")
            found.append((letter.lower(), m.start(), m.end(), rest))
    starts = {f[1] for f in found}
    if len(starts) != 1:
        return None
    return found[0]


def directive_letter(question: str) -> str | None:
    """The letter of the one part the question's directive names ('The key is part (b).' → 'b'),
    or None (no directive, or several)."""
    directive = _directive(question)
    return directive[0] if directive is not None else None


def _parts(text: str) -> list[re.Match[str]] | None:
    """The part marks of the text, in order a, b, c, … (one kind of mark), or None."""
    for pattern in (_LINE_MARK, _LIST_MARK):
        marks = list(pattern.finditer(text))
        letters = [m.group(1) for m in marks]
        if len(marks) >= 2 and letters == [chr(ord("a") + i) for i in range(len(marks))]:
            return marks
    return None


def directed_part(question: str) -> str | None:
    """The question reduced to the part its closing directive names (module docstring), or None."""
    directive = _directive(question)
    if directive is None:
        return None
    letter, start, end, rest = directive
    body = question[:start]
    marks = _parts(body)
    if marks is None or _LINE_MARK.search(question[end:]) or _LIST_MARK.search(question[end:]):
        return None
    letters = [m.group(1) for m in marks]
    if letter not in letters:
        return None
    index = letters.index(letter)
    texts = [
        body[m.end() : marks[i + 1].start() if i + 1 < len(marks) else len(body)].strip()
        for i, m in enumerate(marks)
    ]
    kept = texts[index]
    stem = body[: marks[0].start()]
    if marks[0].re is _LIST_MARK:
        # one list of noun phrases, closed by the end of its sentence and nothing else after it
        last = re.match(r"([^.?!;]*)[.?!;]?\s*$", texts[-1])
        if last is None or not all(_NOUN_PHRASE.match(t) for t in texts):
            return None
        texts[-1] = last.group(1)
        phrase = re.sub(r"(?:,|;|\band\b|\s)+$", "", texts[index])
        if re.search(r"[.?!:]\s*$", stem):
            kept = f"What is {phrase}?"
        elif _NUMERIC_VERB.search(stem):
            kept, stem = f"{stem.strip()} {phrase}.", ""
        else:
            return None
    if not kept or WORDS_ASK.match(kept):
        return None
    for ref in _POINTER.finditer(kept):
        noun = ref.group(1).lower().rstrip("s")
        if noun not in stem.lower() and any(noun in t.lower() for t in texts[:index]):
            return None  # 'that site': a thing an earlier, dropped part names
    allowed = set(_NUMBER.findall(stem)) | set(_NUMBER.findall(kept))
    for earlier in texts[:index]:
        if any(n not in allowed for n in _NUMBER.findall(earlier)):
            return None
    # ', converted to MPa' / 'expressed in kJ/m³': the unit, asked as 'in …'
    rest = re.sub(r"^,?\s*(?:converted|expressed|written)\s+(?:to|into|in)\b", " in", rest).strip()
    tail = ""
    unit = re.match(r"^,?\s*(in\s+\S.*)$", rest)
    if unit and kept.rstrip()[-1:] in "?.":
        # 'What is the spacing? … Answer (b) in nm' read as 'What is the spacing, in nm?'
        kept = f"{kept.rstrip()[:-1].rstrip()}, {unit.group(1)}{kept.rstrip()[-1]}"
    elif rest:
        tail = f"Give the answer{'' if rest.startswith(',') else ' '}{rest}."
    joint = "\n" if "\n" in stem.strip() else " "
    return f"{stem.strip()}{joint}{kept} {tail}".strip()
