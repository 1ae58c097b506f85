"""An elastic (or linear-elastic fracture) answer beside a stated yield strength.

A yield strength (yield point, yield stress) beside Hooke's law, an elastic elongation or a fracture
toughness relation bounds where that relation holds: the relation is valid only while the stress in
the part stays below the yield strength. Such a given is not irrelevant, and it is not needed either:
it is a check. So the stress the reading works with is computed and compared with it:

* below the yield strength, the relation holds; the yield value (and a tensile strength beside it,
  which is higher still) is set aside with the comparison written out;
* at or above it, the part yields (or yields before it fractures): the elastic result would be wrong
  and the given is not set aside, so the question is refused.

The stress is read from the reading's own values, never guessed: a stress symbol of the relation
(given or asked), else E·ε, E·ΔL/L₀, or the load over the cross-section (F/A₀, 4F/πd₀²). A relation
from which none of these can be formed (a composite modulus, Poisson's ratio) gets no check, and the
given keeps blocking the answer.
"""

from __future__ import annotations

import math
import re
from typing import Any

from .matching import Candidate
from .quantities import Given
from .text import keytext

_YIELD = re.compile(r"\byield(?:ing)?\b")
_ABOVE_YIELD = re.compile(r"\b(?:tensile|ultimate)\s+(?:strength|stress)\b|\buts\b")
_YIELD_LABEL = re.compile(r"^(?:σ|sigma)_?(?:y|ys|yield)$", re.I)
_STRESS_LABEL = re.compile(r"\bstress\b")
_NOT_APPLIED = re.compile(r"\byield\b|\bstrength\b|\btoughness\b|\bworking\b|\bdesign\b")


def _named_words(g: Given) -> str:
    from .set_aside_named import own_names

    return " ".join(keytext(w) for w, _ids in own_names(g))


def is_yield_given(g: Given) -> bool:
    """``g``'s own words name it a yield strength ('yield strength', 'yield point', 'σ_y = ')."""
    if g.label and _YIELD_LABEL.match(g.label.strip()):
        return True
    return bool(_YIELD.search(_named_words(g)))


def _is_tensile_strength(g: Given) -> bool:
    return bool(_ABOVE_YIELD.search(_named_words(g)))


def _values(candidate: Candidate, value: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for b in candidate.bindings.values():
        if hasattr(b.value, "to"):
            out[b.symbol] = b.value
    if value is not None and hasattr(value, "to"):
        out[candidate.unknown.name] = value
    return out


def _mpa(q: Any) -> float | None:
    try:
        return abs(float(q.to("MPa").magnitude))
    except Exception:
        return None


def applied_stress(candidate: Candidate, value: Any) -> tuple[float, str] | None:
    """The stress (MPa) the reading works with and how it was formed, or None when the reading's own
    values give none."""
    rel = candidate.relation
    vals = _values(candidate, value)
    for sym in rel.symbols:
        label = keytext(sym.label)
        if sym.name in vals and _STRESS_LABEL.search(label) and not _NOT_APPLIED.search(label):
            s = _mpa(vals[sym.name])
            if s is not None:
                return s, f"{sym.label} = {s:.4g} MPa"
    e = vals.get("E_mod")
    if e is not None and "eps" in vals:
        s = _mpa(e * vals["eps"])
        if s is not None:
            return s, f"σ = Eε = {s:.4g} MPa"
    if e is not None and "dL" in vals and "L0" in vals:
        s = _mpa(e * vals["dL"] / vals["L0"])
        if s is not None:
            return s, f"σ = E·ΔL/L₀ = {s:.4g} MPa"
    if "F" in vals and "A0" in vals:
        s = _mpa(vals["F"] / vals["A0"])
        if s is not None:
            return s, f"σ = F/A₀ = {s:.4g} MPa"
    if "F" in vals and "d0" in vals:
        s = _mpa(4 * vals["F"] / (math.pi * vals["d0"] ** 2))
        if s is not None:
            return s, f"σ = 4F/(πd₀²) = {s:.4g} MPa"
    return None


def below_yield_reason(candidate: Candidate, g: Given, value: Any) -> str | None:
    """Why ``g`` (a yield strength, or a tensile strength beside one) may be left aside by an elastic or
    fracture reading whose result is ``value``: the stress stays below the yield strength. None when it
    does not, or when no stress or no yield strength can be read."""
    if value is None or g.quantity is None:
        return None
    yields = [
        h
        for h in [*candidate.unused, g]
        if h.quantity is not None and h.kind == "quantity" and is_yield_given(h)
    ]
    if not yields or not (is_yield_given(g) or _is_tensile_strength(g)):
        return None
    found = applied_stress(candidate, value)
    if found is None:
        return None
    stress, how = found
    limits = [_mpa(h.quantity) for h in yields]
    mine = _mpa(g.quantity)
    if mine is None or any(y is None for y in limits):
        return None
    lowest = min(y for y in limits if y is not None)
    if not (stress < lowest and stress < mine):
        return None
    return (
        f"yield check: {how} is below the yield strength {lowest:.4g} MPa, so the part stays "
        f"elastic and {candidate.relation.title} holds; {g.describe()} only bounds where it holds"
    )


def past_yield_reason(candidate: Candidate, value: Any) -> str | None:
    """Why an elastic or fracture reading left with a yield strength unused must not answer: the
    stress it works with reaches that yield strength (the part deforms plastically). None otherwise."""
    from .set_aside_named import _ELASTIC_OR_FRACTURE, _all_labels

    if not any(_ELASTIC_OR_FRACTURE.search(lb) for lb in _all_labels(candidate.relation)):
        return None
    limits = [
        _mpa(h.quantity)
        for h in candidate.unused
        if h.quantity is not None and h.kind == "quantity" and is_yield_given(h)
    ]
    known = [y for y in limits if y is not None]
    found = applied_stress(candidate, value)
    if not known or found is None or found[0] < min(known):
        return None
    return (
        f"{found[1]} reaches the yield strength {min(known):.4g} MPa: the part deforms plastically, "
        f"so {candidate.relation.title} (elastic) does not hold; I will not answer with it"
    )
