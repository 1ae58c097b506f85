"""A susceptibility stated in CGS (Gaussian, emu) units is not the SI one.

The SI relations M = χH, μ_r = 1 + χ and B = μ₀(1 + χ)H take the dimensionless SI volume
susceptibility. A CGS volume susceptibility (emu/cm³·Oe) is smaller by 4π (χ_SI = 4π χ_CGS), so
using a value the question calls CGS, Gaussian or emu as the SI one gives a magnetization 4π
(12.6 times) too small. Such an answer is refused with a reason. A ratio of two susceptibilities at
two temperatures (Curie's law) does not depend on the unit system and is not touched.
"""

from __future__ import annotations

import re
from typing import Any

_CGS = re.compile(r"\b(?:cgs|gaussian|emu)\b", re.I)
# the SI volume susceptibility, the one the SI relations read
_SI_SUSCEPTIBILITY = ("chi_m",)


def cgs_susceptibility_refusal(bindings: dict[str, Any], text: str) -> str | None:
    """Why an SI relation would read a CGS susceptibility (None when it would not).

    ``bindings`` maps a relation's symbol names to what filled them (``.source``); ``text`` is
    the question."""
    if not _CGS.search(text):
        return None
    for name in _SI_SUSCEPTIBILITY:
        b = bindings.get(name)
        if b is not None and getattr(b, "source", None) == "question":
            return (
                "the question states the susceptibility in CGS (Gaussian, emu) units, and the "
                "relation needs the SI volume susceptibility (χ_SI = 4π χ_CGS); give the SI value "
                "or ask in CGS units"
            )
    return None
