"""Readings a bar's relation does not fit: a load shared by several members, a non-round section read
through its diameter, and an asked applied stress answered with the crack-tip stress.

* A load carried by two or more rods (wires, bolts, cables …) is not one member's load: F/A, FL/(AE)
  or the yield-limited size of one member need the share each carries, which the stated total is
  not (statics: the members share the load).
* A square, rectangular or hexagonal bar has no diameter: a side or the width across the flats read
  as d₀ gives πd²/4 for an area that is d² (or (√3/2)d²).
* σ_m = 2σ₀(a/ρ_t)^½ answers the stress at the crack tip; asked for the applied (nominal) stress, the
  value stated for the tip must not be read as the applied one. And its a is a surface crack's
  length or half an internal crack's: a crack said to be neither (only 'a crack 4 mm long') leaves a
  factor √2 open. The same holds for K_Ic = Yσ√(πa) and Griffith's σ_c = √(2Eγ/(πa)), and for the
  crack length they are asked for (a or 2a).
* An elastic relation (a modulus in it) gives the deformation under load, which is recovered when the
  load is removed: a permanent (plastic, residual) deformation, or one after unloading, is not it.

Sources: Callister & Rethwisch (10th ed.), ch. 6 (σ = F/A₀ on the member's own load and section) and
§8.5 (eq. 8.1, σ_m against the applied σ₀).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .matching import Candidate
from .relations._base import Symbol
from .text import keytext

_COUNT = r"(?:two|three|four|five|six|seven|eight|ten|twelve|\d+)"
_MEMBERS = (
    r"(?:rods|wires|bars|bolts|cables|columns|legs|members|ties|struts|rivets|chains|hangers|"
    r"posts|pins|studs|tubes)"
)
_SEVERAL = re.compile(
    rf"\b{_COUNT}\s+(?:[a-z-]+\s+){{0,2}}{_MEMBERS}\b|\bshared\s+(?:equally\s+)?(?:by|between|among)\b"
    rf"|\beach\s+of\s+(?:the\s+)?{_COUNT}\b"
)
_NOT_ROUND = re.compile(
    r"\b(?:square|rectangular|hexagonal|octagonal|flat)\s+(?:[a-z-]+\s+)?(?:rod|bar|wire|section|"
    r"cross[- ]section|tie|column|post|stock)\b|\bacross\s+(?:the\s+)?flats\b"
    r"|\bon\s+(?:a|each)\s+side\b|\bof\s+square\s+section\b"
)
_APPLIED_ASKED = re.compile(r"\b(?:applied|nominal|remote|far[- ]field)\s+(?:tensile\s+)?stress\b")
# the crack is named a surface one (or its a is stated as such)
_SURFACE_SAID = re.compile(
    r"\bsurface\b(?!\s+(?:free\s+)?energ)|\bedge\b|\bdeep\b|\bdepth\b|\bnotch|\bscratch"
    r"|\ba\s*=|\bhalf\s+length|\bsemi"
)
# symbols that are a surface crack's length a (K = Yσ√(πa), Griffith σ_c = √(2Eγ/(πa)))
_SURFACE_CRACK_A = frozenset({"a_c", "a_gr"})
_PERMANENT = re.compile(
    r"\bpermanent|\bresidual\b|\bplastic\s+(?:strain|elongation|extension|deformation)\b"
    r"|\bunload|\bafter\s+(?:the\s+)?(?:load|force|stress)\s+is\s+(?:removed|released)"
)
_MODULUS = re.compile(r"\bmodulus\b")
_OTHER_DIAMETER = re.compile(r"ball|indent|impression|grain|pore|particle|hole|fibre|fiber|crystal")


def _uses(candidate: Candidate, pred: Callable[[Symbol], bool]) -> bool:
    syms = [candidate.unknown] + [
        s
        for s in candidate.relation.symbols
        if s.name in candidate.bindings and candidate.bindings[s.name].source != "default"
    ]
    return any(pred(s) for s in syms)


def misfit_reason(text: str, target: str | None, candidate: Candidate) -> str | None:
    """Why ``candidate`` does not fit the question although its values bind, or None."""
    t = keytext(text)
    if _uses(candidate, lambda s: s.name == "F") and _SEVERAL.search(t):
        return (
            "the load is carried by several members; the stated load is not one member's and "
            f"{candidate.relation.title} needs the share one member carries, so I will not answer"
        )
    if _NOT_ROUND.search(t) and _uses(
        candidate,
        lambda s: "diameter" in s.label and not _OTHER_DIAMETER.search(s.label),
    ):
        return (
            "the section is not round (square, rectangular or hexagonal): its size is no diameter, "
            f"so {candidate.relation.title} does not apply"
        )
    if (
        candidate.unknown.name == "sigma_m"
        and target is not None
        and _APPLIED_ASKED.search(keytext(target))
    ):
        return (
            "the applied stress is asked, and the crack-tip relation was read with the tip stress as "
            "its answer; the stated tip stress is not the applied one, so I will not answer"
        )
    if _PERMANENT.search(t) and any(
        _MODULUS.search(keytext(s.label)) for s in candidate.relation.symbols
    ):
        return (
            f"{candidate.relation.title} gives the elastic deformation under load, which is recovered "
            "on unloading; a permanent (plastic) deformation or one after unloading is not it"
        )
    if candidate.relation.name == "crack_tip_stress" and not _SURFACE_SAID.search(t):
        return (
            "the crack is not said to be a surface or an internal one: a is a surface crack's length "
            "but half an internal crack's, so the tip stress is not fixed; say which it is"
        )
    if _uses(candidate, lambda s: s.name in _SURFACE_CRACK_A) and not _SURFACE_SAID.search(t):
        return (
            "the crack is not said to be a surface or an internal one: in "
            f"{candidate.relation.title} a is a surface crack's length but half an internal "
            "crack's, and the two readings differ by a factor of 2 in a; say which it is"
        )
    return None
