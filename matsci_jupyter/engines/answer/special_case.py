"""Whether a relation counts on a question's topic: a relation that declares words the question must hold.

:func:`.set_aside.used_on_topic` keeps a given from being set aside when another relation on the
chosen relation's topic takes a quantity the given is named as. A relation that holds only for a case
the question must name declares that case's words as ``on_topic_requires`` (groups of phrases, one of
each group; e.g. a hysteresis loop called rectangular, with its coercivity and remanence both named:
:mod:`.relations.rectangular_loop`): it says nothing about a question that does not name the case, so
a coercivity stated beside a measured loop area is still no input of P = w V f. Such a relation counts
only where the question holds those words (its excluded words do not matter here: a rectangular loop
named beside a measured loop area keeps the coercivity relevant, and the question is then refused).
A relation that declares none counts as before, whatever the text.
"""

from __future__ import annotations

from .relations import Relation


def names_the_case(rel: Relation, text: str | None) -> bool:
    """False only for a relation with ``on_topic_requires`` that the question ``text`` does not meet
    (and for one when the text is not known: it then cannot be shown to apply)."""
    if not rel.on_topic_requires:
        return True
    if text is None:
        return False
    from .matching import has_phrase
    from .text import keytext

    key = keytext(text)
    return all(any(has_phrase(key, w) for w in group) for group in rel.on_topic_requires)
