"""A final number written with a 'k' for thousand: '31.3k' is 31 300, '2.5k cycles' 2 500 cycles.

Chat answers shorten large numbers so ('≈ 31.3k Ω', 'about 12k'). Read as a symbol, the 'k' makes
the answer a formula in k; read as nothing, the value is a thousand times too small. The 'k' is read
as 10³ only when it stands right after the digits, alone (not 'kΩ', 'k_B', 'kT'), the number has at
least two digits, and the question itself writes no lone 'k' (a rate constant or a spring constant
named k: there '3k' may well be a formula).
"""

from __future__ import annotations

import re

_K_AFTER_DIGITS = re.compile(r"(?<![\w.^])(\d[\d,]*(?:\.\d+)?)k(?![\w(^])")
_LONE_K = re.compile(r"(?<![\w\\])k(?![\w(])")


def thousands_k(text: str, question: str = "") -> str:
    """``text`` with '31.3k' written '31.3e3' (see the module docstring); unchanged otherwise."""
    if _LONE_K.search(question):
        return text

    def repl(m: re.Match[str]) -> str:
        digits = m.group(1)
        if len(re.sub(r"\D", "", digits)) < 2:
            return m.group(0)
        return f"{digits.replace(',', '')}e3"

    return _K_AFTER_DIGITS.sub(repl, text)
