"""A calculation after a sentence's verb, when the subject before it holds symbols or numbers.

'The amount of P_4 in 1.24 g of the sample is (1.24 g)/(4 × 31 g/mol) = 0.039 mol': the side of the
chain before '=' is a sentence whose subject ('The amount of P_4 in 1.24 g of the sample') names
what is computed; the value is the arithmetic after its verb. Leading prose made only of words is
dropped elsewhere (:func:`.step_check.strip_words`); this reads the subjects that carry a formula,
a subscript or a number too. Units are whatever the expression writes (pint reads them).

Only a tail that is a calculation is taken: it starts with a number, a bracket or a sign, it holds
an operator, and it evaluates. A stated value ('… is 0.5 mol') is left to the other readings.
"""

from __future__ import annotations

import re

from .expression import Segment, evaluate_segment

_VERB = re.compile(r"\s(?:is|are|equals|becomes|was|will\s+be)\s+|:\s+", re.IGNORECASE)
_WORD = re.compile(r"\b[A-Za-z]{3,}\b")
_STARTS_CALCULATION = re.compile(r"[-−(\d]")
_OPERATOR = re.compile(r"[×*/÷+·]|\s[-−]\s|\^")
_HEDGE = re.compile(r"\b(?:about|approximately|roughly|nearly|around|almost|less|more|than)\s*$")


def calculation_after_verb(text: str) -> Segment | None:
    """The calculation after the last verb (or colon) of a sentence side, evaluated; None when the
    side is no such sentence. The subject must hold a word of three letters or more (it is prose),
    and the tail must be a calculation that evaluates to a value with no dimension error."""
    side = text.strip().rstrip(".;,")
    matches = list(_VERB.finditer(side))
    for m in reversed(matches):
        subject, tail = side[: m.start()], side[m.end() :].strip()
        if not _WORD.search(subject) or _HEDGE.search(subject):
            continue
        if "=" in subject or "=" in tail or not _STARTS_CALCULATION.match(tail):
            continue
        if not _OPERATOR.search(tail) or re.search(r"[A-Za-z]{3,}", _without_units(tail)):
            continue  # a word left in the tail ('2 × the mass'): not a plain calculation
        seg = evaluate_segment(tail)
        if seg.value is not None and not seg.error and seg.has_operator:
            return seg
        return None
    return None


_UNIT_WORDS = re.compile(
    r"\b(?:mol|mole|moles|atm|torr|bar|kPa|MPa|GPa|Pa|kJ|MJ|eV|keV|MeV|kg|cm|mm|nm|min|Hz|kHz|"
    r"MHz|amp|ohm|sec)\b"
)


def _without_units(tail: str) -> str:
    """The tail with common unit names of three letters or more removed (they are not prose)."""
    return _UNIT_WORDS.sub("", tail)
