"""A mass asked and a mass fraction answered (issue 11, precision).

'What mass of pearlite does it contain?' answered with the lever rule's mass fraction (0.512)
answers another quantity: the asked one is a mass (kg), the fraction times the alloy's mass. When
the asking sentence asks for a mass of something ('what mass of', 'how much mass of', 'how many
grams of', 'how many kilograms of') and not for a share of it (no 'fraction', 'percent',
'percentage', 'proportion' or 'share' in the ask, and no 'per kilogram' and the like, whose answer
is a dimensionless ratio such as g/kg), an answer without a mass dimension is refused with the
reason.
"""

from __future__ import annotations

import re
from typing import Any

_MASS_ASK = re.compile(
    r"\b(?:what|how\s+much)\s+(?:total\s+)?mass\s+of\b"
    r"|\bhow\s+many\s+(?:kilo|milli|micro)?grams?\s+of\b",
    re.I,
)
_SHARE_ASK = re.compile(r"\b(?:fraction|percent|percentage|proportion|share|per)\b|%", re.I)


def mass_for_fraction_refusal(question: str, quantity: Any) -> str | None:
    """The reason when the question asks for a mass and ``quantity`` has no mass dimension (None
    otherwise)."""
    from .quantities import ask_clause
    from .text import normalize

    if quantity is None:
        return None
    clause = ask_clause(normalize(question))
    if not clause or not _MASS_ASK.search(clause) or _SHARE_ASK.search(clause):
        return None
    if quantity.dimensionality.get("[mass]", 0) == 1:
        return None
    return (
        "the question asks for a mass, and the answer is no mass (a mass fraction or another "
        "ratio); a mass needs the total it is a share of"
    )
