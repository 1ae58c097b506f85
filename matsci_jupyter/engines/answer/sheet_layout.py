"""Homework-sheet stems: 'Given: … Find: …' read as the sentence they stand for.

A sheet writes its data after a 'Given:' heading and its ask after 'Find:' (or 'Determine:',
'Required:'). The colon after the ask heading is the only thing that keeps the ask from reading as
an imperative ('Find the …', 'Determine the …'), which the solver reads already; 'Given:' is a
heading for data and needs no change. Only a heading word that starts a sentence or a line and is
followed by a colon is reworded; 'find:' inside a sentence is left alone.
"""

from __future__ import annotations

import re

_ASK_HEADING = re.compile(
    r"(^|[.;]\s+|\n\s*|\s{2,})(Find|Determine|Calculate|Compute|Estimate|Required|Wanted|Unknown)\s*:\s*",
    re.I,
)
_AS_VERB = {"required": "Find", "wanted": "Find", "unknown": "Find"}


def sheet_question(question: str) -> str:
    """The question with 'Find: X' written 'Find X' (unchanged when it has no ask heading)."""
    if len(_ASK_HEADING.findall(question)) != 1:
        return question  # no heading, or several asks under headings: left to the usual checks

    def verb(m: re.Match[str]) -> str:
        word = m.group(2)
        return m.group(1) + _AS_VERB.get(word.lower(), word[:1].upper() + word[1:].lower()) + " "

    return _ASK_HEADING.sub(verb, question)
