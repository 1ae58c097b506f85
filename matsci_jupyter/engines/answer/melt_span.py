"""A one-phase relation used across the melting point of the material the question names.

Q = m c ΔT, ΔL = α L₀ ΔT and ρ_T = ρ₀[1 + α(T − T₀)] hold within one phase of one material. When the
question names one pure element (or ice, or a steel) and its two temperatures lie on both sides of
that material's melting point (aluminium, 660 °C, heated from 25 °C to 800 °C; ice from −20 °C to
10 °C), the latent heat, the melt's other expansion and resistivity are left out, so the one-phase
number is wrong. The melting point here is not stated in the question (a stated one is handled by
asked_conditions.phase_change_span_refusal): pymatgen's element value, 273.15 K for ice, and
1673 K (1400 °C, the lower end of plain-carbon steels' solidus) for a steel. A temperature up to 2 %
(in K) above a tabulated melting point is taken as 'at the melting point', as in validity_ranges;
ice's 0 °C is exact, so 1 K above it is water.
"""

from __future__ import annotations

import re

from .validity_ranges import MELTED_LIMIT  # T/T_m (K) above which a named metal is molten

# relations of one phase whose givens are two temperatures of the material
_ONE_PHASE_RELATIONS = ("resistivity_temperature",)
_ICE = re.compile(r"\bice\b", re.I)
_STEEL = re.compile(r"\bsteels?\b", re.I)
ICE_MELT_K = 273.15
ICE_MARGIN_K = 1.0
STEEL_SOLIDUS_K = 1673.0


def _one_phase(relation: str) -> bool:
    if relation.startswith(_ONE_PHASE_RELATIONS):
        return True
    from .relations import all_relations

    rel = next((r for r in all_relations() if r.name == relation), None)
    return rel is not None and "dT" in rel.symbol_map


def _melting_point(question: str) -> tuple[float, float, str] | None:
    """(melting point in K, the temperature above which it is molten in K, name) of the one
    material the question names, or None."""
    from .named_substance import melting_point_k, the_one_element

    named = the_one_element(question)
    if named is not None:
        t_m = melting_point_k(named[0])
        return (t_m, MELTED_LIMIT * t_m, named[1]) if t_m is not None else None
    if _ICE.search(question):
        return ICE_MELT_K, ICE_MELT_K + ICE_MARGIN_K, "ice"
    if _STEEL.search(question):
        return STEEL_SOLIDUS_K, MELTED_LIMIT * STEEL_SOLIDUS_K, "steel"
    return None


def melt_span_refusal(question: str, relation: str | None) -> str | None:
    """A reason when a one-phase relation spans the named material's melting point; else None."""
    if not relation or not _one_phase(relation):
        return None
    from .asked_conditions import _states

    # thin spaces out, a typographic minus ('−20 °C') read as a sign
    text = question.replace("\u2009", "").replace("\u202f", "").replace("\u2212", "-")
    kelvins = [k for _, k in _states(text)]
    if len(kelvins) < 2:
        return None
    found = _melting_point(question)
    if found is None:
        return None
    t_m, molten, name = found
    if min(kelvins) < t_m and max(kelvins) > molten:
        return (
            f"{name} melts at about {t_m:.0f} K ({t_m - 273.15:.0f} °C), between the question's "
            f"temperatures ({min(kelvins):.0f} K and {max(kelvins):.0f} K): a one-phase heat "
            "capacity, expansion coefficient or resistivity slope does not hold across melting "
            "(latent heat, the melt's own properties), so no number is given"
        )
    return None
