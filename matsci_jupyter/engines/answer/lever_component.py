"""A lever-rule alloy composition read of another component than the phase compositions.

The lever rule W = (C_β − C₀)/(C_β − C_α) needs C₀, C_α and C_β as the content of ONE component
(all in wt% Sn, say). An alloy named by both of its contents ('a 40 wt% Sn–60 wt% Pb alloy', '60
wt% Pb and 40 wt% Sn') gives two numbers, and the reader can take the one of the other component
(60, the Pb content) while the phases are written in wt% Sn; the fraction it gives is then wrong.
When the element written after C₀ differs from the one written after every phase composition the
reading is refused with the reason (compositions are in percent; only element symbols are read).
"""

from __future__ import annotations

import re
from typing import Any

# '40 wt% Sn', '40 wt.% Sn', '40 at% Sn', '40 % Sn', '40 weight percent Sn' → 'Sn'
_ELEMENT_AFTER = re.compile(
    r"\s*(?:(?:wt|at|mol)\.?\s*%|%|(?:weight|atom(?:ic)?|mole?)\s+per\s*cent)\s*(?:of\s+)?"
    r"([A-Z][a-z]?)(?![a-z])"
)


def _element(binding: Any, text: str) -> str | None:
    """The element symbol written right after a bound percentage in the question, else None."""
    given = getattr(binding, "given", None)
    if binding is None or binding.source != "question" or given is None:
        return None
    m = _ELEMENT_AFTER.match(text, given.end)
    if m is None and given.text:
        # the given's span may end before or after its unit: retry from the number's end
        num = re.match(r"[-+]?\d+(?:\.\d+)?", text[given.start :])
        m = _ELEMENT_AFTER.match(text, given.start + num.end()) if num else None
    return m.group(1) if m else None


def lever_component_refusal(bindings: dict[str, Any], text: str) -> str | None:
    """The refusal reason when C₀ is read as the content of another element than the phases'."""
    alloy = bindings.get("C0")
    mine = _element(alloy, text)
    if mine is None:
        return None
    others = {
        _element(b, text)
        for name, b in bindings.items()
        if name != "C0" and b.source == "question" and b.given is not None
    }
    others.discard(None)
    if len(others) == 1 and mine not in others:
        (phase,) = others
        return (
            f"the alloy composition read is its {mine} content, but the phase compositions are "
            f"given as {phase} contents; the lever rule needs all three of one component, so "
            f"give the alloy's {phase} content"
        )
    return None
