"""A note on how closely the answer is marked is no datum: 'an answer within 10 % is accepted'.

Exam writers tell the reader how exact an estimate must be: '(answers within 15 % are accepted)', 'the
answer is accepted within 10 %', 'an answer within 10 % is accepted'. The percentage in such a note is
the marker's tolerance, not a value of the material, so the solver must not read it as a given (it was
left unused, and the question refused). The note is removed when it says both that an answer (or
answers) is meant and that it is accepted (or acceptable, marked correct) within a percentage; a
percentage with neither word ('the strain is within 10 % of the yield strain') is left alone.
"""

from __future__ import annotations

import re

_PCT = r"(?:±\s*)?\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)"
_OK = r"(?:accepted|acceptable|allowed|marked\s+(?:as\s+)?correct|fine)"
_NOTE = re.compile(
    # 'an answer within 10 % is accepted', 'answers within 15 % are accepted'
    rf"(?:(?:an?|the|your|any)\s+)?answers?\s+(?:(?:that\s+(?:is|are)|lying)\s+)?within\s+{_PCT}"
    rf"(?:\s+of\s+the\s+(?:key|exact\s+value|true\s+value))?\s+(?:is|are|will\s+be)\s+{_OK}"
    # 'the answer is accepted within 10 %', 'answers are accepted to within 5 %'
    rf"|(?:(?:an?|the|your|any)\s+)?answers?\s+(?:is|are|will\s+be)\s+{_OK}\s+(?:to\s+)?within\s+{_PCT}"
    # 'accepted within 10 %' in brackets after the ask
    rf"|(?<=\()\s*{_OK}\s+(?:to\s+)?within\s+{_PCT}\s*(?=\))",
    re.I,
)


def without_tolerance_note(question: str) -> str:
    """The question with its marking-tolerance note removed (unchanged when it has none)."""
    m = _NOTE.search(question)
    if m is None or len(_NOTE.findall(question)) != 1:
        return question
    start, end = m.start(), m.end()
    before, after = question[:start], question[end:]
    # a note in brackets goes with its brackets: '… in MPa (answers within 15 % are accepted).'
    b = before.rstrip()
    a = after.lstrip()
    if b.endswith("(") and a.startswith(")"):
        return (b[:-1].rstrip() + a[1:]).strip()
    # a note after a semicolon or comma goes with it: '…; an answer within 10 % is accepted.'
    if b.endswith((";", ",")):
        return (b[:-1].rstrip() + a).strip()
    # a note that is a sentence of its own
    if not b or b.endswith((".", "?", "!", ":")):
        return (b + " " + re.sub(r"^[.;,]\s*", "", a)).strip()
    return question  # inside a sentence in some other way: left as it is
