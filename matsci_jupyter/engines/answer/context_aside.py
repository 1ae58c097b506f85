"""A context sentence before the ask whose numbers the chosen relation does not use.

Exam writers set a scene before the data: 'An annealed copper strip, 2.0 mm thick, was cold rolled at
20 °C to a 40 % reduction in thickness, and its Brinell hardness rose from 45 to 95. A 1.0 mm³ volume of
the rolled strip contains 500 km of dislocation line. Compute the dislocation density.' The solver
refuses a relation that leaves a given unused; a given of such a sentence may be left aside when all
of these hold:

* its sentence is not the asking one and comes before it, and the relation uses no given of that
  sentence (the whole sentence is context, not a datum beside the data);
* every given of the sentence is shown to be something the relation does not take: a quantity whose
  own words ('2.0 mm thick', 'a hardness of 45') name a library quantity that is no quantity of the
  relation, a temperature written as the condition of a process ('rolled at 20 °C') beside a relation
  that uses no temperature, or a share or bare number whose clause names such a quantity ('a 40 %
  reduction in thickness', 'hardness rose from 45 to 95') beside a relation with no dimensionless
  quantity of its own (a lever rule's compositions are shares); a given named as nothing keeps the
  refusal;
* no library relation on the relation's topic (sharing a quantity with it) takes a quantity a given of
  the sentence is named as: a plate's thickness beside a fracture relation may decide plane strain,
  so it is not left aside; nor does any relation give the asked quantity from it (a lattice
  parameter stated before ionic radii gives the density another way: another reading);
* no value of the sentence has the dimension of the asked quantity (it might be that quantity
  restated), and a value of a dimension the relation works with is named by a size right after the
  number ('2.0 mm thick'), not by a quantity's name before it ('a lattice parameter of 0.42 nm' beside
  ionic radii may be the input under another name).

The solver adds one more condition across readings: no other valid reading that uses the given may give
a different result (:func:`..solver._unless_aside_matters`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .matching import Candidate
from .quantities import Given, Reading
from .relations import Relation, Symbol
from .sentences import sentence_at
from .sentences import spans as sentence_spans
from .text import keytext

# a sentence that asks: a question mark or an asking word
ASKS = re.compile(
    r"\?|\b(?:what|calculate|compute|estimate|find|determine|how|work\s+out|obtain|predict|evaluate)\b",
    re.I,
)
_CLAUSE_BREAK = re.compile(r"[,;:()]|[.!?](?=\s|$)|\b(?:and|while|whereas|but|which|where)\b")


def _span_of(spans: list[tuple[int, int]], pos: int) -> int:
    for i, (lo, hi) in enumerate(spans):
        if lo <= pos < hi:
            return i
    return -1


# words that join a name to its context ('passes of', 'the rate'): no end of a quantity's name
_GLUE = frozenset(
    {
        "of",
        "in",
        "at",
        "by",
        "to",
        "for",
        "per",
        "the",
        "and",
        "or",
        "on",
        "from",
        "with",
        "its",
        "a",
    }
)


@cache
def _names() -> tuple[tuple[str, tuple[Symbol, ...]], ...]:
    """Library quantity names of two or more words, or labels of one long word, longest first."""
    from .set_aside_named import _labels, _symbols_by_name

    labels = _labels()
    out = [
        (name, syms)
        for name, syms in _symbols_by_name().items()
        if name.replace(" ", "").isalpha()
        and all(len(w) >= 3 for w in name.split())
        and name.split()[0] not in _GLUE
        and name.split()[-1] not in _GLUE
        and (len(name.split()) >= 2 or (name in labels and len(name) >= 6))
    ]
    return tuple(sorted(out, key=lambda kv: -len(kv[0])))


def _clause_names(text: str, g: Given) -> list[tuple[Symbol, ...]]:
    """The library quantities named in the clause of ``g`` (from the last break before it to the next
    one after it, breaks being commas, brackets and 'and')."""
    lo = 0
    for m in _CLAUSE_BREAK.finditer(text, 0, g.start):
        lo = m.end()
    m = _CLAUSE_BREAK.search(text, g.start + 1)
    hi = m.start() if m else len(text)
    # 'from 45 to 95': a value range shares its clause
    clause = " " + keytext(text[lo:hi]) + " "
    return [syms for name, syms in _names() if f" {name} " in clause]


def _identities(syms: tuple[Symbol, ...]) -> set[str]:
    from .set_aside_named import _identity

    return set().union(*(_identity(s) for s in syms))


def context_sentence_reason(candidate: Candidate, g: Given, reading: Reading | None) -> str | None:
    """Why ``g`` is irrelevant to ``candidate`` as part of a context sentence, or None."""
    from .set_aside import _kind, _of_another_kind, _symbol_kind, relation_kinds, used_on_topic
    from .set_aside_named import _is_temperature, _relation_identities, own_names

    if reading is None or g.kind not in ("quantity", "number"):
        return None
    text = reading.text
    spans = sentence_spans(text)
    mine = _span_of(spans, g.start)
    if mine < 0:
        return None
    asking = [i for i, (lo, hi) in enumerate(spans) if ASKS.search(text[lo:hi])]
    if not asking or mine >= asking[-1] or mine in asking:
        return None
    lo, hi = spans[mine]
    rel = candidate.relation
    if _symbol_kind("K") in relation_kinds(rel) and any(
        _is_temperature(h) for h in reading.givens if lo <= h.start < hi
    ):
        return None
    ids = _relation_identities(rel)
    asked_kind = _symbol_kind(candidate.unknown.unit)
    unused = {id(h) for h in candidate.unused}
    here = [h for h in reading.givens if lo <= h.start < hi and h.kind in ("quantity", "number")]
    if not here:
        return None
    if any(_composition(text, h) for h in here):
        return (
            None  # a body's make-up changes what it weighs, conducts and resists: no mere context
        )
    for h in here:
        if h.sources & candidate.sources:
            return None  # the relation uses a value of this sentence: it is no mere context
        if id(h) not in unused:
            continue  # not counted as a given ('a 1020 steel')
        if h.quantity is not None and h.has_unit and not _is_temperature(h):
            try:
                if _kind(h.quantity.units) == asked_kind and asked_kind:
                    return None  # it may be the asked quantity restated
            except Exception:
                return None
        if not _shown_other(candidate, h, text, ids, own_names, _of_another_kind, used_on_topic):
            return None
    return (
        f"{g.describe()} belongs to a sentence of context before the question, none of whose values "
        f"{rel.title} uses, each named as something it does not take"
    )


def _shown_other(
    candidate: Candidate,
    h: Given,
    text: str,
    ids: frozenset[str],
    own_names: Any,
    of_another_kind: Any,
    used_on_topic: Any,
) -> bool:
    """``h`` is shown to be a quantity the relation does not take, or a process condition."""
    from .set_aside import relation_kinds
    from .set_aside_named import _is_temperature, _yields_asked_from

    rel = candidate.relation
    if _is_temperature(h):
        # a process condition ('rolled at 20 °C', 'sintered at 1 600 °C') beside a relation with none
        # ('heated to 900 °C' is a state reached, at which a stated value may hold: kept)
        from .set_aside_named import _OTHER_TEMPERATURE_WORDS

        lo, hi = sentence_at(text, h.start)
        sentence = keytext(text[lo:hi])
        return bool(re.search(r"\bat\s*$", keytext(h.before))) and not (
            _OTHER_TEMPERATURE_WORDS.search(sentence)
        )
    if h.quantity is not None and h.has_unit and of_another_kind(candidate, h, text) is not None:
        return True
    names = own_names(h) if h.quantity is not None and h.has_unit else []
    if names and _kind_used(rel, h):
        # a value of a kind the relation works with may be one of its inputs under another name
        # ('a lattice parameter of 0.42 nm' beside ionic radii): only a size the body is said to have
        # right after the number ('2.0 mm thick', '5 mm wide') is shown to be no input
        from .set_aside_named import _after_names

        if not _after_names().match(h.after):
            return False
    if names:
        if any(n_ids & ids for _w, n_ids in names):
            return False
        if any(_yields_asked_from(rel, candidate.unknown, n_ids) for _w, n_ids in names):
            return False  # another relation answers from it: it may be another reading
        return used_on_topic(rel, h, text) is None
    if frozenset() in relation_kinds(rel):
        # a share or a bare number beside a relation with a share, a count or a ratio of its own
        # ('a steel with 0.45 wt% C' beside a lever rule) may be one of its inputs
        return False
    named = _clause_names(text, h)
    if not named:
        return False
    for syms in named:
        named_ids = frozenset(_identities(syms))
        if named_ids & ids or _yields_asked_from(rel, candidate.unknown, named_ids):
            return False
        if any(_on_topic(rel, s) for s in syms):
            return False
    return True


def _composition(text: str, h: Given) -> bool:
    """``h`` states how much of a constituent a body holds ('2 wt% Be', '30 at.% Zn', '0.4 % C'): a
    composition, on which any property of the body may depend (an alloy's mean atomic weight, a
    steel's phase shares)."""
    tags = h.unit.tags if h.unit is not None else frozenset()
    if any(t == "composition" or t.startswith(("composition:", "component:")) for t in tags):
        return True
    # a bare share followed by an element ('2 % Be', '1.0 % carbon')
    m = re.match(r"\s*([A-Z][a-z]?|[a-z]{3,})\b", text[h.end : h.end + 30])
    if not m or not re.search(r"(?:%|percent)\s*$", h.text):
        return False
    from pymatgen.core.periodic_table import Element

    from .set_aside_named import _element_names

    word = m.group(1)
    return Element.is_valid_symbol(word) or word.lower() in _element_names()


def _kind_used(rel: Relation, h: Given) -> bool:
    from .set_aside import _kind, relation_kinds

    try:
        return h.quantity is not None and _kind(h.quantity.units) in relation_kinds(rel)
    except Exception:
        return True


def _on_topic(rel: Relation, sym: Symbol) -> bool:
    """Another library relation sharing a quantity with ``rel`` takes ``sym``'s quantity."""
    from .relations import all_relations
    from .set_aside import _all_symbol_names, _identity

    mine = _all_symbol_names(rel)
    target = _identity(sym)
    for other in all_relations():
        if other.name == rel.name:
            continue
        theirs = _all_symbol_names(other)
        if theirs & mine and theirs & target:
            return True
    return False
