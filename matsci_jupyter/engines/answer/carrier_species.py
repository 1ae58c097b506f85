"""The carrier asked for must be the carrier the one-carrier conductivity relation describes (issue 11).

σ = n|e|μ (Callister eq. 18.8 with one carrier type) ties a conductivity (S/m), one concentration
(m⁻³) and one mobility (m²/(V·s)), all of the SAME carrier. Set X asked 'an n-type wafer has σ = 50
(Ω·m)⁻¹ and an electron mobility of 0.2 m²/(V·s); compute the hole concentration': the relation gave
the electron concentration, 1.56 × 10²¹ m⁻³, and it was shown as the holes'. In an n-type crystal the
holes are the minority carriers; their concentration follows from p = n_i²/n and needs n_i, which the
conductivity does not give.

So, for a reading of that relation, each carrier the question names is collected:

- the carrier of the asked concentration (or of a given one): 'hole concentration', 'electrons per m³';
  'minority'/'majority' carriers name the carrier through the doping;
- the carrier of the mobility: 'electron mobility', 'hole mobility', μ_e, μ_h;
- the majority carrier of the doping: 'n-type' (electrons), 'p-type' (holes).

Two different carriers named means the relation would mix them, and the reading is refused with the
reason. Minority carriers asked outright are refused too: one carrier's σ never gives them. Nothing
is refused where no carrier is named or where one phrase names both ('electrons and holes').
"""

from __future__ import annotations

import re
from typing import Any

# the relations σ = n|e|μ for one carrier type (and the resistivity chain built on it)
ONE_CARRIER_RELATIONS = frozenset({"conductivity_carriers", "resistivity_carriers"})

_HOLE = re.compile(r"\bholes?\b|\bμ_?h\b|\bmu_?h\b", re.IGNORECASE)
_ELECTRON = re.compile(r"\belectrons?\b|\bμ_?e\b|\bmu_?e\b", re.IGNORECASE)
_MINORITY = re.compile(r"\bminority\b", re.IGNORECASE)
_MAJORITY = re.compile(r"\bmajority\b", re.IGNORECASE)
_N_TYPE = re.compile(r"\bn[-‐‑ ]?type\b", re.IGNORECASE)
_P_TYPE = re.compile(r"\bp[-‐‑ ]?type\b", re.IGNORECASE)


def _species(text: str) -> str | None:
    """'holes' or 'electrons' when ``text`` names just one of them; None otherwise."""
    hole, electron = bool(_HOLE.search(text)), bool(_ELECTRON.search(text))
    if hole == electron:
        return None
    return "holes" if hole else "electrons"


def doping_majority(text: str) -> str | None:
    """The majority carrier of the doping ``text`` names ('n-type' → electrons), None if unnamed or both."""
    n, p = bool(_N_TYPE.search(text)), bool(_P_TYPE.search(text))
    if n == p:
        return None
    return "electrons" if n else "holes"


def _given_words(binding: Any) -> str:
    """The words written just before a given (its label), '' when it is not the question's."""
    given = getattr(binding, "given", None)
    if given is None or getattr(binding, "source", "") != "question":
        return ""
    return f"{given.label or ''} {given.before}"


def carrier_species_refusal(
    relation_name: str,
    unknown_name: str,
    bindings: dict[str, Any],
    text: str,
    ask_clause: str,
) -> str | None:
    """A reason when the one-carrier relation would mix two carriers the question names; else None."""
    if relation_name not in ONE_CARRIER_RELATIONS:
        return None
    majority = doping_majority(text)
    named: dict[str, str] = {}
    if majority is not None:
        named["the doping"] = majority
    if unknown_name == "n_c":
        if _MINORITY.search(ask_clause):
            return (
                "the minority carriers' concentration is asked, but the conductivity and mobility give "
                "the majority carriers' through σ = n|e|μ; the minority concentration follows from "
                "n·p = n_i², which needs the intrinsic concentration n_i"
            )
        if _MAJORITY.search(ask_clause) and majority is not None:
            asked: str | None = majority
        else:
            asked = _species(ask_clause)
        if asked is not None:
            named["the asked concentration"] = asked
    elif "n_c" in bindings:
        species = _species(_given_words(bindings["n_c"]))
        if species is not None:
            named["the given concentration"] = species
    if unknown_name == "mu":
        species = _species(ask_clause)
    else:
        species = _species(_given_words(bindings["mu"])) if "mu" in bindings else None
    if species is not None:
        named["the mobility"] = species
    if len(set(named.values())) < 2:
        return None
    parts = ", ".join(f"{who} names {what}" for who, what in named.items())
    return (
        f"σ = n|e|μ ties a conductivity to the concentration and mobility of ONE carrier, but {parts}; "
        "the other carrier's concentration (the minority carriers) follows from n·p = n_i², which "
        "needs the intrinsic concentration n_i"
    )
