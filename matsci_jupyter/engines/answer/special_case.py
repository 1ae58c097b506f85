"""Whether a relation of a special case counts on a question's topic: only where the question names the case.

:func:`.set_aside.used_on_topic` keeps a given from being set aside when another relation on the
chosen relation's topic takes a quantity the given is named as. A relation that holds only for a case
the question must name (a hysteresis loop called rectangular, with its coercivity and remanence both
named: :mod:`.relations.rectangular_loop`) says nothing about a question that does not name that case:
a coercivity stated beside a measured loop area is still no input of P = w V f. Such a relation counts
only where the question has its required words (its excluded words do not matter here: a rectangular
loop named beside a measured loop area keeps the coercivity relevant, and the question is refused).
Every other relation counts as before, whatever the text.
"""

from __future__ import annotations

from functools import cache

from .relations import Relation


@cache
def _special_names() -> frozenset[str]:
    from .relations.rectangular_loop import SPECIAL_CASE

    return SPECIAL_CASE


def names_the_case(rel: Relation, text: str | None) -> bool:
    """False only for a special-case relation whose requirements the question ``text`` does not meet
    (and for one when the text is not known: it then cannot be shown to apply)."""
    if rel.name not in _special_names():
        return True
    if text is None:
        return False
    from .matching import has_phrase
    from .text import keytext

    # its required words only: a case named beside a competing route (a rectangular loop that also
    # 'encloses 250 J/m³') still makes its givens matter, and the question is then refused
    key = keytext(text)
    return all(any(has_phrase(key, w) for w in group) for group in rel.requires)
