"""A cell voltage answered where one electrode's potential is asked.

A galvanic couple has two electrode (half-cell) potentials and one cell voltage, their difference
E_cell = E_cathode − E_anode (Callister §17.3). A question that asks the potential of one electrode
('the reduction potential of the anode', 'the potential of the iron electrode') and not the
cell's is answered by that electrode's own potential; a final answer that is the result of the
difference E_cathode − E_anode is the cell voltage, not the potential asked.
"""

from __future__ import annotations

import math
import re
from typing import Any

from .checks import Check
from .prose import Statement
from .step_check import fmt_quantity, strip_words

_ELECTRODE_ASK = re.compile(
    r"\b(?:compute|calculate|find|determine|what\s+is|give|estimate)\b[^.?]{0,60}?"
    r"\bpotential\s+of\s+(?:the\s+)?(?P<which>anode|cathode|[a-z]+\s+electrode|[a-z]+\s+half[-\s]cell)\b",
    re.I,
)
_CELL_ASK = re.compile(
    r"\b(?:cell\s+(?:voltage|potential|emf)|emf|voltage\s+of\s+the\s+cell)\b", re.I
)
_DIFFERENCE = re.compile(
    r"E_?\{?(?:cathode|cath|c|red,\s*cathode|right|R)\}?\s*[-−]\s*E_?\{?(?:anode|an|a|left|L)\}?\b",
    re.I,
)


def electrode_or_cell_check(question: str, chains: list[Statement], quantity: Any) -> Check | None:
    """A failed check when one electrode's potential is asked and the final answer is the cell
    voltage E_cathode − E_anode the response computed; None otherwise."""
    from .expression import numbers_with_units

    if quantity is None or str(quantity.dimensionality) != str(
        (1 * quantity._REGISTRY.volt).dimensionality
    ):
        return None
    ask = _ELECTRODE_ASK.search(question)
    if ask is None or _CELL_ASK.search(question[ask.start() :]):
        return None
    final = float(quantity.to("volt").magnitude)
    for st in chains:
        if not any(_DIFFERENCE.search(side) for side in st.sides):
            continue
        found = numbers_with_units(strip_words(st.sides[-1]))
        if len(found) != 1:
            continue
        try:
            cell = float(found[0][0].to("volt").magnitude)
        except Exception:
            continue
        if not math.isclose(cell, final, rel_tol=1e-3, abs_tol=5e-4):
            continue
        return Check(
            "asked quantity",
            False,
            f"the question asks the potential of the {ask.group('which')}, one electrode's own "
            f"potential; the answer {fmt_quantity(quantity)} is the cell voltage E_cathode − "
            f"E_anode ('{st.text.strip()[:60]}'), the difference of the two electrodes' potentials",
        )
    return None
