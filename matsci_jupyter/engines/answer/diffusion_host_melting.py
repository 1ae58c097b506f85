"""A solid-state diffusion coefficient asked at or above the melting point of its host.

D = D₀ exp(−Q/RT) with D₀ and Q of diffusion in a solid (carbon in iron, zinc in copper, copper
self-diffusion) holds only while the host is solid. Asked at a temperature where the named host
is molten (carbon in iron at 1650 °C; iron melts at 1538 °C) the solid's D₀ and Q no longer apply,
so no number is given.

* **The host** is the solid the species diffuses in: the element after 'in', 'into' or 'through'
  ('carbon in solid iron', 'Zn diffusing into Cu'), or the element of a self-diffusion ('copper
  self-diffusion', 'self-diffusion of nickel'). Only one host element may be named; none (an
  alloy, a ceramic, a polymer) leaves the answer alone.
* **The melting point** is the element's tabulated value (named_substance.melting_point_k, the
  project's one element table; K). A temperature at it or above it is refused ('at or above':
  the solid and its melt coexist at T_m); ROUNDING_K below it is still read as T_m, since
  textbooks round T_m to the degree (1084.6 °C for copper written 1085 °C).
* **The temperature** is the one the solved steps carry (label 'temperature', K), or the answer
  itself when a temperature was solved for ('at what temperature does D reach …').
* A host said to be liquid or molten ('in liquid iron', 'the melt') is not a solid-state question
  and is left alone.
"""

from __future__ import annotations

import re
from typing import Any

# a temperature this far below the tabulated T_m (K) is still 'at the melting point' (rounding)
ROUNDING_K = 1.0
# relations that give a solid-state diffusion coefficient (or the temperature for one)
_DIFFUSION_RELATIONS = ("arrhenius_diffusion",)
_PHASE_WORDS = (
    r"(?:solid|pure|polycrystalline|single[\s-]+crystal|fcc|bcc|hcp|austenitic|ferritic|"
    r"γ|α|δ|gamma|alpha|delta)"
)
_HOST = re.compile(
    r"\b(?:in|into|through|within)\s+(?:the\s+|an?\s+)?(?:" + _PHASE_WORDS + r"[\s-]+)*"
    r"(?P<host>[A-Za-z]+)\b",
    re.I,
)
_SELF = re.compile(
    r"\bself[\s-]*diffusion\s+(?:coefficient\s+)?(?:of|in|for)\s+(?:" + _PHASE_WORDS + r"[\s-]+)*"
    r"(?P<a>[A-Za-z]+)\b|\b(?P<b>[A-Za-z]+)\s+self[\s-]*diffusion\b",
    re.I,
)
_LIQUID = re.compile(r"\bliquid\b|\bmolten\b|\bmelts?\b(?!\w)|\bmelt\s+(?:of|phase)\b", re.I)


def _element(word: str) -> str | None:
    from .substances import find_substances

    found = find_substances(word)
    if len(found) != 1 or found[0].is_polymer:
        return None
    formula = found[0].formula
    return formula if re.fullmatch(r"[A-Z][a-z]?", formula) else None


def diffusion_host(text: str) -> str | None:
    """The symbol of the one element the question's species diffuses in, or None."""
    words = [m.group("host") for m in _HOST.finditer(text)]
    words += [m.group("a") or m.group("b") for m in _SELF.finditer(text)]
    hosts = {e for e in (_element(w) for w in words) if e is not None}
    return hosts.pop() if len(hosts) == 1 else None


def _kelvin(value: Any) -> float | None:
    try:
        return float(value.to("K").magnitude)
    except Exception:
        return None


def melted_host_refusal(
    question: str, relation: str | None, quantity: Any, values: dict[str, Any]
) -> str | None:
    """A reason when a solid-state D is asked (or solved) at a temperature where its host is molten."""
    from .named_substance import melting_point_k

    if not relation or not relation.startswith(_DIFFUSION_RELATIONS):
        return None
    if _LIQUID.search(question):
        return None
    host = diffusion_host(question)
    if host is None:
        return None
    t_melt = melting_point_k(host)
    if t_melt is None:
        return None
    temps = [_kelvin(v) for k, v in values.items() if k.lower().startswith("temperature")]
    temps.append(_kelvin(quantity))
    for t_k in temps:
        if t_k is not None and t_k >= t_melt - ROUNDING_K:
            return (
                f"the host ({host}) melts at {t_melt:.0f} K ({t_melt - 273.15:.0f} °C), so at "
                f"{t_k:.0f} K ({t_k - 273.15:.0f} °C) it is not a solid: D₀ and Q of diffusion in the "
                "solid do not hold there, and no number is given"
            )
    return None
