"""Which unused givens a chosen relation may leave aside, because the text shows them irrelevant.

The solver refuses when a relation leaves a given of the question unused: it will not guess which value
to ignore. A question may still state a property of another kind as background ('magnesium melts at
650 °C' in a question about its density). Such a given may be left aside, and is then named in the
report, only when all of these hold:

* it is a quantity with a unit (a bare number or a percentage is never left aside: it may be anything);
* its words name it as a quantity the relation library knows (the melting temperature, a thermal
  conductivity), so what it is is shown, not guessed; a temperature must be named more closely than
  'at 600 °C' (which may be the condition of another value);
* its physical dimension is that of no quantity of the chosen relation or chain: not of its inputs, not
  of its fixed values, not of an intermediate of a chain and not of the result. An energy per mole and an
  energy per particle count as the same kind, and a voltage counts as an energy (qV for a charge); a
  kind the relation reads as a condition (a temperature for
  a relation with temperature conditions or a lever rule) counts as used. A given of the same kind as
  one the chain uses (a second stress beside the modulus, a heat capacity beside an asked entropy) is
  never left aside;
* no other relation of the library on the same topic (sharing a quantity with the chosen one) has a
  quantity the given is named as: a critical fiber length beside a composite strength, a surface energy
  beside a driving force for nucleation may matter, so they are not left aside.

The solver adds one more condition across readings: no other valid reading that uses the given may give
a different result (:func:`..solver.decide`).

Two more classes are in :mod:`.set_aside_named`: a lone condition temperature ('at 800 °C with D = …')
beside a relation that uses no temperature, and a given whose own words name a quantity the relation
does not take ('yield strength 150 MPa' beside a true stress) when every used given is named as what it
fills. A given stated for another material than the one asked about, beside parallel data of the
asked one, is in :mod:`.other_material`.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from .matching import Candidate, fit, given_score
from .quantities import Given, Reading
from .relations import Relation, Symbol, all_relations


def _kind(units: Any) -> frozenset[tuple[str, float]]:
    """The dimension of ``units`` with amount of substance removed (per mole ~ per particle)."""
    from ...units import get_registry

    ureg = get_registry()
    dims = ureg.Quantity(1, units).dimensionality
    return frozenset((k, float(v)) for k, v in dict(dims).items() if k != "[substance]")


@cache
def _symbol_kind(unit: str) -> frozenset[tuple[str, float]]:
    return _kind(unit)


def relation_kinds(rel: Relation) -> set[frozenset[tuple[str, float]]]:
    """Every dimension a relation (a chain with its parts and intermediate) works with."""
    from ...units import get_registry

    ureg = get_registry()
    kinds = {_symbol_kind(s.unit) for s in rel.symbols}
    for _name, value, _note in rel.fixed:
        if isinstance(value, str):
            try:
                kinds.add(_kind(ureg.Quantity(value).units))
            except Exception:
                kinds.add(frozenset({("?", 0.0)}))  # unreadable: matches nothing, blocks nothing
    # kinds a relation reads as conditions: a temperature (stated, or the one that locates a lever-rule
    # tie line), an activation energy, a stress that picks a master-curve point
    if (
        "temperature" in rel.conditions
        or "zero_kelvin" in rel.conditions
        or sum(1 for s in rel.symbols if s.kind == "composition") >= 3
    ):
        kinds.add(_symbol_kind("K"))
    if "activation_energy" in rel.conditions:
        kinds.add(_symbol_kind("J/mol"))
    if "one_stress" in rel.conditions:
        kinds.add(_symbol_kind("Pa"))
    for part in rel.parts[:2]:
        if isinstance(part, Relation):
            kinds |= relation_kinds(part)
    return kinds


def _names_a_known_quantity(g: Given) -> Symbol | None:
    """A library symbol the words around ``g`` name and that ``g`` fits in dimension. A temperature must
    be named more closely than any temperature is ('melts at 650 °C', not 'at 650 °C': that may be the
    condition of another value)."""
    from .relations.common import TEMPERATURE

    best: tuple[float, Symbol] | None = None
    floor = given_score(TEMPERATURE, g) if fit(TEMPERATURE, g) is not None else 0.0
    for rel in all_relations():
        for sym in rel.symbols:
            if sym.kind not in ("quantity", "temperature", "temperature_difference"):
                continue
            score = given_score(sym, g)
            if (
                score > max(0.0, floor)
                and fit(sym, g) is not None
                and (best is None or score > best[0])
            ):
                best = (score, sym)
    return best[1] if best else None


def _identity(sym: Symbol) -> set[str]:
    """What names a quantity across relations: its symbol name and its label (a symbol redeclared under
    another name keeps its label: 'fiber tensile strength')."""
    from .text import keytext

    return {f"name:{sym.name}", f"label:{keytext(sym.label).strip()}"}


def _all_symbol_names(rel: Relation) -> set[str]:
    names: set[str] = set().union(*(_identity(s) for s in rel.symbols))
    for part in rel.parts[:2]:
        if isinstance(part, Relation):
            names |= _all_symbol_names(part)
    return names


def _named_symbols(g: Given) -> set[str]:
    """Every library symbol name the words around ``g`` name (more closely than any temperature is)
    and that ``g`` fits."""
    from .relations.common import TEMPERATURE

    floor = given_score(TEMPERATURE, g) if fit(TEMPERATURE, g) is not None else 0.0
    return {
        key
        for rel in all_relations()
        for sym in rel.symbols
        if sym.kind in ("quantity", "temperature", "temperature_difference")
        and given_score(sym, g) > max(0.0, floor)
        and fit(sym, g) is not None
        for key in _identity(sym)
    }


def used_on_topic(rel: Relation, g: Given, text: str | None = None) -> Relation | None:
    """A library relation on ``rel``'s topic (sharing a quantity with it) that has a quantity ``g`` is
    named as: then ``g`` may matter to the question (a critical fiber length beside a fiber-composite
    strength), and it is not set aside. A relation that declares words the question must hold
    (``on_topic_requires``: a rectangular hysteresis loop) counts only where the question ``text``
    holds them (:func:`.special_case.names_the_case`)."""
    from .special_case import names_the_case

    mine = _all_symbol_names(rel)
    named = _named_symbols(g)
    for other in all_relations():
        if other.name == rel.name or not names_the_case(other, text):
            continue
        theirs = _all_symbol_names(other)
        if theirs & mine and theirs & named:
            return other
    return None


def set_aside(
    candidate: Candidate, reading: Reading | None = None, value: Any = None
) -> list[tuple[Given, str]] | None:
    """Each unused given of ``candidate`` with why it is irrelevant to it, or None when one of them is
    not shown irrelevant (then the reading must not answer). With the ``reading``, a lone condition
    temperature and a given named as another quantity may also be left aside
    (:mod:`.set_aside_named`); with the reading's result ``value``, a yield strength the stress stays
    below (:mod:`.yield_check`)."""
    if not candidate.unused:
        return []
    out: list[tuple[Given, str]] = []
    for g in candidate.unused:
        if _potential_beside_energy(candidate, g):
            return None
        why = _of_another_kind(candidate, g, reading.text if reading is not None else None)
        if why is None:
            from .set_aside_named import condition_temperature_reason, named_other_reason

            why = condition_temperature_reason(candidate, g, reading) or named_other_reason(
                candidate, g, value
            )
        if why is None:
            from .context_aside import context_sentence_reason

            why = context_sentence_reason(candidate, g, reading)
        if why is None:
            from .other_material import other_material_reason

            why = other_material_reason(candidate, g, reading)
        if why is None:
            return None
        out.append((g, why))
    return out


def _potential_beside_energy(candidate: Candidate, g: Given) -> bool:
    """A potential difference beside a relation with an energy: it changes a charged particle's
    energy by qV, so it is never left aside (a retarding 50 V beside a kinetic energy)."""
    if g.kind != "quantity" or g.quantity is None or not g.has_unit:
        return False
    kinds = relation_kinds(candidate.relation)
    return _kind(g.quantity.units) == _symbol_kind("V") and _symbol_kind("J") in kinds


def _of_another_kind(candidate: Candidate, g: Given, text: str | None = None) -> str | None:
    """Why ``g`` is irrelevant: a named quantity of a kind the relation does not use (or None); ``text``
    the question, when known (:func:`used_on_topic`)."""
    if g.kind != "quantity" or g.quantity is None or not g.has_unit:
        return None
    kind = _kind(g.quantity.units)
    if not kind or kind in relation_kinds(candidate.relation):  # dimensionless, or a kind it uses
        return None
    named = _names_a_known_quantity(g)
    if named is None or used_on_topic(candidate.relation, g, text) is not None:
        return None
    return (
        f"{g.describe()} is named as {named.label}, a quantity of a kind that "
        f"{candidate.relation.title} does not use"
    )
