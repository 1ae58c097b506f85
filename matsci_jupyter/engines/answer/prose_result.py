"""A final answer the response states in words after its last equation: '… T₂ = 589.4 K; the
increase is 16.2 K. Answer: 16.22 K.' The sentence after the last '=' chain names the result the
final answer repeats (a difference, an excess, a margin worked out in the head); the last chain's
value is then no longer the response's last result, and the final answer is held to the stated one.
"""

from __future__ import annotations

import math
import re
from typing import Any

_STATED = re.compile(
    r"\b(?:is|are|was|of|by|be|becomes|gives|leaves)\s+(?:about\s+|roughly\s+|≈\s*)?$", re.I
)


def stated_after(text_after: str, value: Any) -> bool:
    """True when ``text_after`` (the text between the last '=' chain and the final answer) states,
    after a verb or 'by' ('the increase is 16.2 K', 'exceeding the limit by 36.7 MPa'), a value in
    the final answer's unit that agrees with it to the digits written."""
    from .expression import numbers_with_units

    if "=" in text_after:
        return False
    for q, written, start in numbers_with_units(text_after):
        if not _STATED.search(text_after[: int(start)].rstrip() + " "):
            continue
        try:
            x = float(q.to(value.units).magnitude)
        except Exception:
            continue
        y = float(value.magnitude)
        number = re.search(r"\d+(?:\.(\d+))?", written.split("×")[0])
        digits = number.group(1) or "" if number else ""
        tol = 0.5 * 10.0 ** -len(digits)
        if str(q.units) == str(value.units) and math.isclose(x, y, rel_tol=0, abs_tol=tol + 1e-12):
            return True
    return False
