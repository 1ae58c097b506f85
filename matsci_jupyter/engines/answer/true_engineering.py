"""True vs engineering stress and strain: an engineering value answered for a true one, refused.

σ_T = σ(1 + ε) and ε_T = ln(1 + ε) link the true stress and strain (σ_T, ε_T; MPa, dimensionless)
to the engineering ones (σ, ε). Two slips give a wrong number with every check passing:

* the ask names the TRUE quantity ('what true strain gives …', 'the true stress') and the relation
  was solved for the ENGINEERING one (ε or σ);
* a flow-curve constant was bound as the engineering stress: 'K = 800 MPa' in σ_T = Kε_Tⁿ (the
  strength coefficient, written 'K =' or named 'strength coefficient') is no stress the specimen
  carries.

Either is refused with the reason.
"""

from __future__ import annotations

import re
from typing import Any

_RELATIONS = frozenset(("true_stress", "true_strain", "engineering_from_true"))
_ENGINEERING = {"eps": "strain", "sigma": "stress"}
_TRUE_ASK = {
    "strain": re.compile(r"\btrue\s+strain\b|ε_?T\b", re.I),
    "stress": re.compile(r"\btrue\s+stress\b|σ_?T\b", re.I),
}
_K_BEFORE = re.compile(r"\bstrength\s+coefficient\b|\bK\s*=?\s*$", re.I)


def true_engineering_refusal(
    relation_name: str, unknown: str, bindings: dict[str, Any], text: str, ask_clause: str
) -> str | None:
    """Why an engineering value stands for a true one (None when it does not).

    ``unknown`` is the solved symbol's name; ``bindings`` maps symbol names to what filled them
    (``.source``, ``.given`` with ``.start`` and ``.label``); ``text`` is the question and
    ``ask_clause`` its asking clause."""
    if relation_name not in _RELATIONS:
        return None
    kind = _ENGINEERING.get(unknown)
    if kind is not None and _TRUE_ASK[kind].search(ask_clause or ""):
        return (
            f"the question asks for the true {kind}, and the relation gives the engineering {kind}; "
            "no number is given"
        )
    b = bindings.get("sigma")
    given = getattr(b, "given", None) if b is not None else None
    if given is not None and getattr(b, "source", None) == "question":
        label = (getattr(given, "label", None) or "").strip()
        before = text[max(0, given.start - 30) : given.start]
        if label == "K" or _K_BEFORE.search(before):
            return (
                f"{given.text} is the strength coefficient K of the flow curve σ_T = Kε_Tⁿ, not an "
                "engineering stress the specimen carries; no number is given"
            )
    return None
