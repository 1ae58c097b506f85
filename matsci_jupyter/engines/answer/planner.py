"""Plan two-relation chains over the relation graph: quantities are nodes, relations are edges.

When no single relation links a question's givens to the asked quantity, the planner looks for an
outer relation that outputs the asked quantity and has one input (the *via* quantity) that no given
supplies, and an inner relation that outputs that via quantity from the givens. The pair becomes one
chained relation (:func:`.relations.chain`: the inner relation solved for the via quantity and
substituted into the outer one), which then goes through the same matching, unit checks, used-givens
rule and asked-quantity gate as a declared relation; its steps name both relations.

A quantity is the same node in two relations only when both declare it with the same symbol name
*and* the library gives that name one unit everywhere (every quantity the two relations share must be
such a node: APF(R, a) with a(R) is one R); both relations must fit the question (their required
phrases are present and at least one of their keywords occurs), so two generic relations are never
joined on a shared letter. One name is one quantity across the library (tests/test_answer_symbol_names.py
checks one dimension per name and reviews every name that carries two labels): a conductivity and an
endurance limit, a boiling point and the end of a heating, never share a name, so never a node.
"""

from __future__ import annotations

from functools import lru_cache

from .relations import Relation, all_relations, chain, register_planned
from .text import has_phrase

MAX_PLANNED = 60
"""At most this many chains per question (the search is cut, never silently wrong)."""


@lru_cache(maxsize=1)
def node_units() -> dict[str, str]:
    """Symbol name -> unit, for names declared with one unit everywhere (usable as graph nodes)."""
    seen: dict[str, set[str]] = {}
    for rel in all_relations():
        for sym in rel.symbols:
            seen.setdefault(sym.name, set()).add(sym.unit)
    return {name: next(iter(units)) for name, units in seen.items() if len(units) == 1}


@lru_cache(maxsize=2)
def producers(chained: bool = False) -> dict[str, tuple[Relation, ...]]:
    """Node -> declared relations that can be solved for it (with ``chained``, declared chains too)."""
    out: dict[str, list[Relation]] = {}
    for rel in all_relations():
        if rel.parts and not chained:
            continue
        for sym in rel.symbols:
            if sym.name in node_units() and rel.solvable_for(sym.name):
                out.setdefault(sym.name, []).append(rel)
    return {k: tuple(v) for k, v in out.items()}


def _fits(rel: Relation, key: str, requirements_met) -> bool:
    return requirements_met(rel, key) and any(has_phrase(key, k) for k in rel.keywords)


@lru_cache(maxsize=4096)
def _planned(outer: Relation, inner: Relation, via: str) -> Relation | None:
    """The chain outer∘inner through ``via`` (None when sympy finds no unique solution)."""
    name = f"{outer.name}+{inner.name}"
    label = next(s.label for s in outer.symbols if s.name == via)
    rel = chain(
        name,
        outer,
        inner,
        via,
        title=f"{outer.title}, with the {label} from {inner.title[0].lower() + inner.title[1:]}",
        description=f"Two relations chained: {inner.title} gives the {label}; {outer.title} uses it.",
        # the answer is an output of the outer relation; the reverse reading is the other chain
        unknowns=tuple(
            s.name for s in outer.symbols if s.name != via and outer.solvable_for(s.name)
        ),
    )
    try:
        rel.equation_sympy()
    except Exception:  # the inner relation is not uniquely solvable for the via quantity
        return None
    return register_planned(rel)


def plan(key: str, bindable: set[str], requirements_met) -> list[Relation]:
    """Chains for a question: ``key`` its keytext, ``bindable`` the symbol names some given can fill."""
    fitting = [r for r in all_relations() if _fits(r, key, requirements_met)]
    units = node_units()
    out: list[Relation] = []
    for outer in fitting:  # a declared chain may be either step, never both
        for via in outer.symbols:
            if via.name not in units or via.name in bindable or via.kind == "miller":
                continue
            if via.name in {f[0] for f in outer.fixed}:
                continue
            # at most three declared steps: a declared chain is the outer or the inner step, not both
            for inner in producers(chained=not outer.parts).get(via.name, ()):
                if inner is outer or inner not in fitting:
                    continue
                shared = {s.name for s in inner.symbols} & {s.name for s in outer.symbols}
                if any(name not in units for name in shared):
                    continue  # a name with two units in the library is two quantities, not one node
                rel = _planned(outer, inner, via.name)
                if rel is not None:
                    out.append(rel)
                if len(out) >= MAX_PLANNED:
                    return out
    return out
