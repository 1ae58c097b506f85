"""A left side that is a function of a symbol ('erf z', 'sin θ', 'ln x', 'log D', 'exp(−Q/RT)').

'erf z = 0.5' states the value of erf z, not of z: the symbol z is the function's argument and is
found later ('z = 0.4769' from a table). A check that reads a left side's last symbol as the one the
chain gives a value must not bind the argument of such a function.
"""

from __future__ import annotations

import re

_FUNCTIONS = (
    r"erfc?|ln|log(?:_?10|_?e|_?2)?|lg|exp|sinh?|cosh?|tanh?|arcsin|arccos|arctan|asin|acos|atan|"
    r"sqrt|√|erfinv|inverf"
)
# a function name, then (optionally after an opening bracket and a sign) what is left of the side
_FUNCTION_OF = re.compile(
    rf"(?<![A-Za-z])(?:{_FUNCTIONS})\s*(?:\^\s*[-−]?\d+\s*)?(?:\(|\[|\s|(?=[A-Za-zα-ωΑ-ΩΔ](?![A-Za-z])))",
    re.I,
)


def is_function_value(left: str) -> bool:
    """The left side ``left`` is a function applied to its symbol ('erf z', 'sin(θ)', 'ln x',
    'exp(-Q/RT)'): its value is the function's, not the symbol's."""
    text = left.strip().rstrip(":")
    for m in _FUNCTION_OF.finditer(text):
        rest = text[m.end() :].strip()
        if rest and not re.search(r"[=≈]", rest):
            return True
    return False
