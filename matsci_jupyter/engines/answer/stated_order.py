"""Two stated values in the order a relation needs reversed, so the relation does not apply.

* A fibre guides light by total internal reflection only when the core's refractive index exceeds
  the cladding's (sin θ_c = n_clad/n_core < 1). A question whose core has the lower index describes
  no guiding fibre: the critical angle and the acceptance angle do not exist, and a relation fed the
  two indices in size order answers another fibre.
* The Koistinen–Marburger law f_M = 1 − exp[−α(M_s − T_q)] holds for a quench below M_s (°C or K).
  A quench temperature at or above M_s forms no athermal martensite; a relation fed the two
  temperatures in size order answers another steel.
"""

from __future__ import annotations

import re

_NUMBER = r"(?P<v>[-−]?\d+(?:\.\d+)?)"
_CORE = re.compile(
    r"\bcore\s+(?:of\s+|with\s+)?(?:an?\s+)?(?:refractive\s+)?index\s+(?:n_?[₁1c]\w*\s*=\s*|of\s+|=\s*)?"
    + _NUMBER,
    re.I,
)
_CLADDING = re.compile(
    r"\bcladding\s+(?:of\s+|with\s+)?(?:an?\s+)?(?:refractive\s+)?index\s+(?:n_?[₂2c]\w*\s*=\s*|of\s+|=\s*)?"
    + _NUMBER,
    re.I,
)
_MS = re.compile(r"\bM_?s\s*(?:=|of|is)\s*" + _NUMBER + r"\s*(?P<u>°\s*[CF]|K\b)", re.I)
_QUENCH = re.compile(
    r"\b(?:quench(?:ed|es)?|cooled|brought)\s+(?:rapidly\s+|directly\s+)?to\s+(?:about\s+)?"
    + _NUMBER
    + r"\s*(?P<u>°\s*[CF]|K\b)",
    re.I,
)


def _float(text: str) -> float:
    return float(text.replace("−", "-"))


def _unit(text: str) -> str:
    return text.replace(" ", "").upper()


def stated_order_refusal(question: str) -> str | None:
    """Why two stated values put the question outside the relation's order condition, or None."""
    from .text import normalize

    text = normalize(question)
    core, clad = _CORE.search(text), _CLADDING.search(text)
    if core and clad and _float(core.group("v")) <= _float(clad.group("v")):
        return (
            f"the core's refractive index ({core.group('v')}) is not above the cladding's "
            f"({clad.group('v')}): light is not guided by total internal reflection, so no critical "
            "or acceptance angle exists; no number is given"
        )
    ms, quench = _MS.search(text), _QUENCH.search(text)
    if (
        ms
        and quench
        and _unit(ms.group("u")) == _unit(quench.group("u"))
        and _float(quench.group("v")) >= _float(ms.group("v"))
    ):
        return (
            f"the quench temperature ({quench.group('v')}) is not below M_s ({ms.group('v')}): "
            "the Koistinen–Marburger law holds only below M_s; no number is given"
        )
    return None
