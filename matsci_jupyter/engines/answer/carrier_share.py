"""The share of an intrinsic semiconductor's conductivity carried by one carrier (a pure number).

σ = n|e|μ_e + p|e|μ_h (Callister eq. 18.13); in an intrinsic crystal n = p = n_i, so the part
carried by holes is μ_h/(μ_e + μ_h) and by electrons μ_e/(μ_e + μ_h), whatever n_i is. Read when:

* the crystal is called intrinsic (a doped crystal has n ≠ p and needs both concentrations);
* both mobilities are given in one unit: 'the electron and hole mobilities are 0.80 and 0.04
  m²/(V·s)', or 'electron mobility 0.14 m²/V·s … hole mobility 0.05 m²/V·s' (a mobility symbol
  μ_e/μ_h may stand for the words);
* the ask is the fraction (or percentage) of the conductivity carried by, due to, or contributed by
  one carrier: 'What fraction of the conductivity is carried by holes?'.

Anything else returns None (the question is refused as before). A question that gives carrier
concentrations is not read (they might differ).
"""

from __future__ import annotations

import re
from typing import Any

_NUM = r"(\d+(?:\.\d+)?(?:\s*(?:[×x]|\*)\s*10\s*(?:\^|\*\*)?\s*[-−⁻]?[\d⁰¹²³⁴⁵⁶⁷⁸⁹]+)?)"
_PAIR = re.compile(
    rf"\b(?P<first>electron|hole)\s+and\s+(?P<second>electron|hole)\s+mobilities\s+(?:are|of|=)\s+"
    rf"{_NUM}\s+and\s+{_NUM}\s*(?P<unit>[^\s,;]+(?:\s*/\s*\([^)]*\)|/\S+)?)?",
    re.I,
)
_ONE = {
    "electron": re.compile(
        rf"(?:\belectron\s+mobility|μ_?e\b|µ_?e\b|μ_?n\b)\s*(?:\([^)]*\)\s*)?(?:is|of|=|:)?\s*{_NUM}"
        r"\s*(?P<unit>\S+)?",
        re.I,
    ),
    "hole": re.compile(
        rf"(?:\bhole\s+mobility|μ_?h\b|µ_?h\b|μ_?p\b)\s*(?:\([^)]*\)\s*)?(?:is|of|=|:)?\s*{_NUM}"
        r"\s*(?P<unit>\S+)?",
        re.I,
    ),
}
_ASK = re.compile(
    r"\bwhat\s+(?P<kind>fraction|percentage|per\s*cent(?:age)?|proportion|share)\s+of\s+(?:the\s+)?"
    r"(?:total\s+|electrical\s+)?conductivity\s+(?:is\s+)?(?:carried|contributed|provided|due\s+to|"
    r"owed\s+to|comes\s+from)\s*(?:by\s+|from\s+|to\s+)?(?:the\s+)?(?P<carrier>electrons?|holes?)\b",
    re.I,
)
_CONCENTRATION = re.compile(
    r"\b(?:concentration|carriers?\s+per|n_i|m\^?-3|m⁻³|cm⁻³|cm\^?-3)", re.I
)


def _number(text: str) -> float:
    t = text.replace("−", "-").replace("⁻", "-")
    sup = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
    t = t.translate(sup)
    m = re.match(r"(\d+(?:\.\d+)?)(?:\s*(?:[×x]|\*)\s*10\s*(?:\^|\*\*)?\s*(-?\d+))?", t)
    if m is None:
        raise ValueError(text)
    return float(m.group(1)) * (10 ** int(m.group(2)) if m.group(2) else 1.0)


def _mobilities(text: str) -> tuple[float, float] | None:
    """(μ_e, μ_h) in one unit, or None."""
    pair = _PAIR.search(text)
    if pair is not None:
        first, second = pair.group("first").lower(), pair.group("second").lower()
        if first == second:
            return None
        a, b = _number(pair.group(3)), _number(pair.group(4))
        return (a, b) if first == "electron" else (b, a)
    found = {}
    for carrier, pattern in _ONE.items():
        hits = list(pattern.finditer(text))
        if len(hits) != 1:
            return None
        found[carrier] = hits[0]
    units = {(m.group("unit") or "").rstrip(".,;") for m in found.values()}
    if len(units) != 1 or not units.pop():
        return None
    return _number(found["electron"].group(1)), _number(found["hole"].group(1))


def try_carrier_share(question: str) -> Any | None:
    """The share of the conductivity one carrier carries (module docstring) as an Answer, or None."""
    from ...units import get_registry
    from .answer import Answer

    ask = list(_ASK.finditer(question))
    if len(ask) != 1 or not re.search(r"\bintrinsic\b", question, re.I):
        return None
    if re.search(r"\b(?:doped|n-type|p-type|extrinsic|donor|acceptor)\b", question, re.I):
        return None
    if _CONCENTRATION.search(question):
        return None
    mobilities = _mobilities(question)
    if mobilities is None:
        return None
    mu_e, mu_h = mobilities
    if not (mu_e > 0 and mu_h > 0):
        return None
    carrier = ask[0].group("carrier").lower().rstrip("s")
    share = (mu_h if carrier == "hole" else mu_e) / (mu_e + mu_h)
    percent = ask[0].group("kind").lower() != "fraction" and ask[0].group("kind").lower() not in (
        "proportion",
        "share",
    )
    ureg = get_registry()
    quantity = ureg.Quantity(share * 100, "percent") if percent else ureg.Quantity(share, "")
    mine = "μ_h" if carrier == "hole" else "μ_e"
    return Answer(
        question=question,
        quantity=quantity,
        steps=[
            "Relation: σ = n|e|μ_e + p|e|μ_h with n = p in an intrinsic crystal, so the "
            f"{carrier}s carry {mine}/(μ_e + μ_h).",
            f"μ_e = {mu_e:g}, μ_h = {mu_h:g} (one unit)",
            f"share = {share:.4g}",
        ],
        relation="intrinsic_carrier_share",
        target=f"fraction of the conductivity carried by {carrier}s",
    )
