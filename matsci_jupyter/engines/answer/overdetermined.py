"""Givens that over-determine a relation and contradict each other (issue 11, precision).

A question may state more than the chosen relation needs: 'E = 200 GPa, G = 60 GPa and ν = 0.30;
find the bulk modulus'. K = E/[3(1 − 2ν)] takes E and ν and sets G aside as a quantity it does not
take. But for an isotropic solid only two elastic constants are independent: E = 2G(1 + ν) ties the
set-aside G to the two used givens, and here 2 × 60 × 1.30 = 156 GPa, not 200 GPa. Which pair the
examiner trusted decides the answer, so no number is given.

The check is read from the library, not from the wording, and only through the identities that
hold for every isotropic solid whatever it is made of: relations whose symbols are all elastic
constants (E, G, K, ν). For each given the reading set aside as a quantity the relation does not
take, such a relation whose symbols are all filled by that given and by givens the reading used
(matched by what the symbols are, none looked up or assumed) is solved for the set-aside quantity. A
result more than ``CONTRADICTION_SPREAD`` away from the stated value refuses the reading; within it
(tabulated constants of one metal disagree by up to about 12 %: copper's E, G and ν in Callister's
table 6.1) the given only confirms the others. Relations that hold for one crystal structure or one
kind of material (a = 2√2 R for FCC, a density for BCC) are no such identity: the question's
material may not be of that kind, so they tie nothing.

Three more families are identities for every material, and exact ones: a refractive index and the
speed of light in the medium (n = c/v), a photon's energy, wavelength and frequency (E = hν = hc/λ),
and a conductivity and a resistivity (σ = 1/ρ). 'The glass has n = 1.52 and light travels in it at
2.5 × 10⁸ m/s; find the critical angle' states two indices, 1.52 and c/v = 1.20: the angle depends on
which is trusted. Being exact, they allow only the rounding of the stated values
(``EXACT_SPREAD``).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from .matching import Binding, Candidate
from .quantities import Given, format_number
from .relations import Relation, Symbol

# relative disagreement beyond which stated givens contradict a relation that ties them together
CONTRADICTION_SPREAD = 0.15
# relative disagreement allowed by an exact identity: the rounding of two stated values
EXACT_SPREAD = 0.05
# the symbols of the elastic constants of an isotropic solid: E, G, K, ν
ELASTIC_CONSTANTS = frozenset({"E_mod", "G", "K_bulk", "nu_p"})
# families of symbols tied by identities that hold exactly for every material: n = c/v (index, speed
# of light in the medium in m/s); E = hν = hc/λ (photon energy, frequency, vacuum wavelength);
# σ = 1/ρ (conductivity in S/m, resistivity in Ω·m)
EXACT_FAMILIES = (
    frozenset({"n_r", "v_l"}),
    frozenset({"E_ph", "lam", "nu"}),
    frozenset({"sigma_cond", "rho_e"}),
)


@cache
def _identities() -> tuple[tuple[Relation, float], ...]:
    """The library relations among one family's symbols alone, each with the disagreement it allows:
    an isotropic solid's elastic constants (E = 2G(1 + ν), …) and the exact families above."""
    from .relations import all_relations

    out: list[tuple[Relation, float]] = []
    for r in all_relations():
        if r.parts:
            continue
        names = {sym.name for sym in r.symbols}
        if names <= ELASTIC_CONSTANTS:
            out.append((r, CONTRADICTION_SPREAD))
        elif any(names <= family for family in EXACT_FAMILIES):
            out.append((r, EXACT_SPREAD))
    return tuple(out)


def _value_in(value: Any, sym: Symbol) -> Any:
    """``value`` as the symbol takes it: a bare number for a dimensionless kind, else a quantity in
    the symbol's unit (None when the dimension differs)."""
    from .evaluate import DIMENSIONLESS_KINDS

    try:
        if sym.kind in DIMENSIONLESS_KINDS:
            if isinstance(value, (int, float)):
                return float(value)
            return float(value.to("dimensionless").magnitude)
        if isinstance(value, (int, float)):
            return None
        return value.to(sym.unit)
    except Exception:
        return None


def _tie(
    other: Relation, candidate: Candidate, g: Given, ids: frozenset[str]
) -> tuple[Symbol, dict[str, Binding]] | None:
    """``other``'s symbol for ``g`` and its bindings from the reading's own givens, when every one of
    its symbols is filled that way; None otherwise."""
    from .set_aside_named import _identity

    rel = candidate.relation
    used = [
        (rel.symbol_map[b.symbol], b)
        for b in candidate.bindings.values()
        if b.source == "question" and b.symbol in rel.symbol_map and b.given is not None
    ]
    target: Symbol | None = None
    bindings: dict[str, Binding] = {}
    for sym in other.symbols:
        mine = _identity(sym)
        if mine & ids and target is None and _value_in(g.quantity, sym) is not None:
            target = sym
            continue
        match = [b for s, b in used if _identity(s) & mine]
        if len(match) != 1:
            return None  # a symbol no used given fills (or two could): the givens do not tie it
        value = _value_in(match[0].value, sym)
        if value is None:
            return None
        bindings[sym.name] = Binding(sym.name, value, "question", "", given=match[0].given)
    if target is None or len(bindings) != len(other.symbols) - 1:
        return None
    return target, bindings


def contradiction_refusal(candidate: Candidate) -> str | None:
    """A reason when a given the reading set aside contradicts the givens it used through another
    library relation that ties them; None otherwise."""
    from .evaluate import evaluate
    from .set_aside_named import own_names

    rel = candidate.relation
    for g, _why in candidate.set_aside:
        if g.kind != "quantity" or g.quantity is None:
            continue
        names = own_names(g)
        if not names:
            continue
        ids = frozenset().union(*(i for _w, i in names))
        for other, spread in _identities():
            if other.name == rel.name:
                continue
            tie = _tie(other, candidate, g, ids)
            if tie is None:
                continue
            target, bindings = tie
            ev = evaluate(Candidate(other, target, bindings, 0.0, frozenset()))
            if not ev.ok:
                continue
            stated = _value_in(g.quantity, target)
            try:
                got = float(getattr(ev.value, "magnitude", ev.value))
                want = float(getattr(stated, "magnitude", stated))
            except (TypeError, ValueError):
                continue
            if want == 0 or abs(got - want) <= spread * abs(want):
                continue
            unit = "" if target.kind in ("number", "fraction") else f" {target.unit}"
            law = (other.description or other.equation).rstrip(".")
            return (
                f"the givens contradict each other: {other.title} ({law}) "
                f"gives {target.label} = {format_number(got)}{unit} from the other values, but the "
                f"question states {g.text.strip()}; which values to trust decides the answer, so no "
                "number is given"
            )
    return None
