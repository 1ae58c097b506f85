"""A bar's change in diameter worked out over its radius.

A round bar of diameter d₀ pulled elastically by a force F has axial strain ε_z = F/(A E) with
A = πd₀²/4, lateral strain ε_x = −ν ε_z, and changes diameter by |Δd| = ν ε_z d₀ = 4νF/(πE d₀).
A final answer equal to half of that (within 1.5 %) multiplied the lateral strain by the radius:
the change of the radius given for the change of the diameter.

Only read when the question asks how the diameter changes (shrinks, decreases, contracts …),
gives one force, one elastic modulus (the only stress-dimension value) and Poisson's ratio, and
one diameter (the same length written twice in two units counts once); the final answer must be a
length. Anything else is not judged.
"""

from __future__ import annotations

import math
import re
from typing import Any

from .checks import Check

_ASKS_DIAMETER_CHANGE = re.compile(
    r"(?:change|decrease|reduction|shrink\w*|contract\w*|narrow\w*)\s+(?:in|of)\s+(?:the\s+)?"
    r"(?:specimen'?s?\s+|bar'?s?\s+|rod'?s?\s+)?diameter|\bdiameter\b[^.?]{0,30}"
    r"\b(?:shrink|decrease|change|contract|reduce)\w*|\bΔd\b",
    re.I,
)
_POISSON = re.compile(
    r"(?:ν|\bnu\b|poisson'?s?\s+ratio(?:\s+(?:of|is))?)\s*(?:=|of|is)?\s*(?P<v>0\.\d+)", re.I
)
_DIAMETER = re.compile(r"diameter", re.I)


def _si(q: Any) -> float:
    return float(q.to_base_units().magnitude)


def _unique(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in values:
        if not any(math.isclose(v, u, rel_tol=0.01) for u in out):
            out.append(v)
    return out


def lateral_diameter_check(question: str, lines: list[str]) -> Check | None:
    """A failed 'formula' check when the final diameter change is half of 4νF/(πE d₀); None
    otherwise."""
    from .expression import numbers_with_units
    from .step_numbers import final_quantity

    if not _ASKS_DIAMETER_CHANGE.search(question) or re.search(r"\bradius\b", question, re.I):
        return None
    poisson = _POISSON.search(question)
    if poisson is None:
        return None
    nu = float(poisson.group("v"))
    found = numbers_with_units(question)
    forces = _unique(
        [
            _si(q)
            for q, _t, _s in found
            if str(q.dimensionality) == "[mass] * [length] / [time] ** 2"
        ]
    )
    moduli = _unique(
        [
            _si(q)
            for q, _t, _s in found
            if str(q.dimensionality) == "[mass] / [length] / [time] ** 2"
        ]
    )
    lengths = _unique([_si(q) for q, _t, _s in found if str(q.dimensionality) == "[length]"])
    if len(forces) != 1 or len(moduli) != 1 or len(lengths) != 1 or not _DIAMETER.search(question):
        return None
    force, modulus, d0 = forces[0], moduli[0], lengths[0]
    if force <= 0 or modulus <= 0 or d0 <= 0:
        return None
    final = final_quantity(lines)
    if final is None or str(final.dimensionality) != "[length]":
        return None
    value = abs(_si(final))
    change = 4 * nu * force / (math.pi * modulus * d0)
    if not math.isclose(value, change / 2, rel_tol=0.015):
        return None
    return Check(
        "formula",
        False,
        f"the diameter changes by ν ε_z d₀ = 4νF/(πE d₀) = {change * 1e6:.3g} µm; the answer, "
        f"{value * 1e6:.3g} µm, is half of it: the lateral strain times the radius, which is the "
        "change of the radius",
    )
