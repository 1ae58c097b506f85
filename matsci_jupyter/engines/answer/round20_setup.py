"""Asks that the relation's reading misses, found by neighbour round 20.

tests/data/answer_neighbours20.py (helper probe21); each function returns a reason to refuse, or
None:

* :func:`component_share_refusal` — how one component of an alloy is shared between phases ('what
  percentage of all the nickel is in the liquid', 'what fraction of the tin lies in β', 'the mass
  of copper in the solid'), answered with the lever rule's fraction of a phase.
* :func:`one_carrier_refusal` — the part of an intrinsic conductivity due to one carrier ('the hole
  contribution', 'the conductivity due to electrons alone'), answered with the sum σ = n|e|(μe + μh).
* :func:`per_defect_refusal` — a count per vacancy or per defect ('how many atoms per vacancy', 'one
  vacancy for every how many sites'), answered with a number per volume or a site fraction: the
  asked count is the inverse of the fraction.
* :func:`further_step_refusal` — heat to warm a body and then melt, boil or freeze it ('warm it to
  400 °C and then melt it'), answered with m c ΔT alone: the latent heat of the further step is
  left out.
* :func:`no_reflection_refusal` — a slab whose faces do not reflect ('anti-reflection coated',
  'ignoring reflection losses'), answered with the two-face loss (1 − R)² e^(−βl).
* :func:`unread_scale_refusal` — a pure number asked in a scale the unit reader does not know
  ('in ppb', 'in ‰', 'in per mille', 'in µε (microstrain)'), answered as a bare fraction that
  reads as a number in that scale.

Quantities are pint quantities; none of these computes a number, each only refuses.
"""

from __future__ import annotations

import re
from typing import Any

_ELEMENTS = (
    r"(?:nickel|copper|tin|lead|carbon|zinc|silver|gold|alumin(?:i)?um|iron|chromium|magnesium|"
    r"silicon|titanium|manganese|molybdenum|tungsten|cobalt|bismuth|antimony|cadmium|indium|"
    r"germanium|platinum|palladium|vanadium|niobium|lithium|beryllium|solute|solvent)"
)
_PHASES = (
    r"(?:[a-zα-γ-]+\s+)?(?:phase|liquid|solid|melt|α|β|γ|alpha|beta|gamma|ferrite|cementite|"
    r"austenite|pearlite|proeutectoid|eutectoid|eutectic|primary|precipitates?)\b"
)
# 'of all the nickel ... is in the liquid', 'how much tin is in β', 'mass of copper (g) in the solid'
_COMPONENT_IN_PHASE = re.compile(
    rf"\b(?:of|much|mass\s+of|amount\s+of|quantity\s+of)\s+(?:all\s+)?(?:the\s+)?"
    rf"(?:alloy['’]s\s+|its\s+)?{_ELEMENTS}\b(?:\s+atoms|\s+content|\s+present)?"
    r"(?:\s*\([^)]{0,12}\))?(?:\s+in\s+(?:the\s+)?(?:alloy|it|steel|sample))?\s+"
    r"(?:(?:is|are)\s+(?:found\s+|present\s+|dissolved\s+|contained\s+)?|lies\s+|sits\s+|resides\s+"
    r"|ends\s+up\s+)?(?:in|within|inside)\s+(?:the\s+)?(?:its\s+)?" + _PHASES,
    re.I,
)
_PHASE_RELATIONS = ("lever", "eutectoid", "pearlite", "cementite", "ferrite", "hypo", "hyper")


def component_share_refusal(question: str, relation: str | None) -> str | None:
    """How a component is shared between phases, answered with the fraction of one phase."""
    from .worded_setup import _ask

    if not relation or not any(tag in relation for tag in _PHASE_RELATIONS):
        return None
    m = _COMPONENT_IN_PHASE.search(_ask(question))
    if m is None:
        return None
    return (
        f"the question asks how one component is shared between the phases ('{m.group(0)}'), and "
        "the lever rule gives the mass fraction of a phase; the share of the component also needs "
        "each phase's composition over the alloy's, so the phase fraction is not the answer"
    )


_ONE_CARRIER = re.compile(
    r"\b(?:holes?|electrons?)['’]?s?\s+(?:contribution|part|share|component|term|portion)\b"
    r"|\b(?:contribution|part|share|portion)\s+(?:of|from|due\s+to|made\s+by)\s+(?:the\s+)?"
    r"(?:holes|electrons)\b"
    r"|\bdue\s+to\s+(?:the\s+)?(?:holes|electrons)\b"
    r"|\b(?:holes|electrons)\s+(?:alone|only)\b"
    r"|\bcarried\s+by\s+(?:the\s+)?(?:holes|electrons)\b",
    re.I,
)


def one_carrier_refusal(question: str, steps: list[str]) -> str | None:
    """The part of a two-carrier conductivity due to one carrier, answered with the sum."""
    from .worded_setup import _ask

    text = " ".join(steps).lower()
    if "electron mobility" not in text or "hole mobility" not in text:
        return None
    m = _ONE_CARRIER.search(_ask(question))
    if m is None:
        return None
    return (
        f"the question asks for one carrier's part ('{m.group(0)}'), and the relation gives the "
        "conductivity of electrons and holes together, n|e|(μe + μh); no number is given"
    )


_DEFECT = (
    r"(?:single\s+)?(?:vacanc(?:y|ies)|vacant\s+sites?|point\s+defects?|defects?|"
    r"schottky\s+(?:defects?|pairs?)|frenkel\s+(?:defects?|pairs?)|interstitials?)"
)
_PER_DEFECT = re.compile(
    rf"\bper\s+{_DEFECT}\b|\b(?:for|to)\s+(?:every|each)\s+{_DEFECT}\b"
    rf"|\b(?:one|a|each)\s+{_DEFECT}\s+(?:for|in|per)\s+(?:every|each|how\s+many)\b",
    re.I,
)


def _density_or_fraction(quantity: Any) -> bool:
    try:
        return bool(quantity.check("1/[length]**3") or quantity.dimensionless)
    except (AttributeError, TypeError, ValueError):
        return False


def per_defect_refusal(question: str, quantity: Any) -> str | None:
    """A count per vacancy (or per defect) answered with a number per volume or a fraction."""
    from .worded_setup import _ask

    if quantity is None or not _density_or_fraction(quantity):
        return None
    m = _PER_DEFECT.search(_ask(question))
    if m is None:
        return None
    return (
        f"the question asks for a count per defect ('{m.group(0)}'), the inverse of the defect "
        "fraction, and the relation gives a number per volume or a fraction of sites; no number "
        "is given"
    )


_FURTHER_STEP = re.compile(
    r"\b(?:and|then)\s+(?:then\s+)?(?:to\s+)?(?:completely\s+|fully\s+|entirely\s+)?"
    r"(?:melt|boil|vapori[sz]e|evaporate|liquef(?:y|ie)|fuse|solidify|freeze|condense)"
    r"(?:s|d|ed)?\b"
    r"|\bto\s+(?:completely\s+|fully\s+)?(?:melt|boil|vapori[sz]e|evaporate|solidify|freeze)\b"
    r"|\buntil\s+(?:it|they|the\s+\w+)\s+(?:has\s+|have\s+)?(?:completely\s+|fully\s+)?"
    r"(?:melts|boils|vapori[sz]es|evaporates|solidifies|freezes|melted|boiled|solidified|frozen)\b",
    re.I,
)


def further_step_refusal(question: str, relation: str | None, steps: list[str]) -> str | None:
    """Heat to warm a body and then change its phase, answered with m c ΔT alone."""
    from .melt_span import _one_phase

    if not relation or not _one_phase(relation):
        return None
    if any("latent" in step.lower() for step in steps):
        return None
    from .text import normalize

    m = _FURTHER_STEP.search(normalize(question))
    if m is None:
        return None
    return (
        f"the question adds a change of phase to the warming or cooling ('{m.group(0)}'), and "
        "m c ΔT covers one phase only; the latent heat of that step is left out, so no number "
        "is given"
    )


_NO_REFLECTION = re.compile(
    r"\banti-?\s*reflect\w*|\bAR[- ]coat\w*|\breflection-?\s*free\b"
    r"|\bno\s+reflection(?:\s+loss(?:es)?)?\b(?!\s+(?:at|from)\s+one)"
    r"|\b(?:ignor|neglect)\w*\s+(?:the\s+|any\s+|all\s+)?(?:surface\s+)?reflect\w*"
    r"|\bwithout\s+(?:any\s+)?(?:surface\s+)?reflection"
    r"|\breflection\s+(?:losses?\s+)?(?:is|are)\s+(?:negligible|neglected|ignored|zero)\b",
    re.I,
)
_TWO_FACE_RELATIONS = ("transmission_through_slab",)


def no_reflection_refusal(question: str, relation: str | None) -> str | None:
    """Faces said not to reflect, answered with the relation's reflection at both faces."""
    if not relation or not relation.startswith(_TWO_FACE_RELATIONS):
        return None
    m = _NO_REFLECTION.search(question)
    if m is None:
        return None
    return (
        f"the question says the faces do not reflect ('{m.group(0)}'), and the relation takes a "
        "reflection loss R = ((n − 1)/(n + 1))² at both faces; no number is given"
    )


_SCALE_WORD = re.compile(
    r"\b(?:in|as|to|into|using)\s+(?:units?\s+of\s+)?(?:the\s+)?"
    r"(?:ppb|ppt|‰|per\s*-?\s*mill?e|per\s+mil|parts?\s+per\s+(?:billion|trillion|thousand|million)"
    r"|basis\s+points|bps|(?:micro|milli)-?\s*strains?|[µμ]\s*ε|[µμ]\s*strain)",
    re.I,
)


def _pure_number(quantity: Any) -> bool:
    try:
        return bool(quantity.dimensionless) and str(quantity.units) in ("", "dimensionless")
    except (AttributeError, TypeError, ValueError):
        return False


def unread_scale_refusal(question: str, quantity: Any) -> str | None:
    """A pure number asked in a scale word the unit reader missed, answered as a bare fraction."""
    from .text import normalize

    if quantity is None or not _pure_number(quantity):
        return None
    m = _SCALE_WORD.search(normalize(question))
    if m is None:
        return None
    return (
        f"the question asks for the number in a scale ('{m.group(0)}') that is not read here, and "
        "the relation gives a bare fraction; written without that scale the number would be "
        "misread, so none is given"
    )


def round20_setup_refusal(question: str, answer: Any) -> str | None:
    """The first of the round-20 refusals that applies to ``answer`` (None when none does)."""
    steps = [str(s) for s in answer.steps]
    return (
        component_share_refusal(question, answer.relation)
        or one_carrier_refusal(question, steps)
        or per_defect_refusal(question, answer.quantity)
        or further_step_refusal(question, answer.relation, steps)
        or no_reflection_refusal(question, answer.relation)
        or unread_scale_refusal(question, answer.quantity)
    )
