"""A formula written out between a symbol and its value: 'P = T(20 + log t_r) = 2.15 × 10⁴'.

Exam writers state a parameter together with its defining formula. The value at the end of the
chain is the symbol's (P here), not that of the letter written just before the last '=' (the
formula's own ``t_r``). A number inside the written formula is one of its constants; the one
constant a formula of this kind names by position is the Larson–Miller constant C, the number added
to the logarithm of the rupture time in ``T(C + log t_r)`` (Callister eq. 8.24). Any other number
inside a written formula keeps its reading (and so is left for the solver to use or refuse).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

# 'P = T(20 + log t_r) = ' ending right before a value: the symbol, then a formula that holds a
# bracket and a letter, then the '=' that gives the value
_SYMBOL_FORMULA_VALUE = re.compile(
    r"(?:^|[\s(,;:])(?P<sym>[A-Za-z][A-Za-z_]{0,4})\s*=\s*"
    r"(?P<expr>[^=;,.?!]*\([^=;?!]*?)\s*=\s*$"
)
# 'T(20 + log t_r)': the number added to log t_r inside T( … ) is the Larson–Miller constant
_LM_CONSTANT_BEFORE = re.compile(r"\bT\s*\(\s*$")
_LM_CONSTANT_AFTER = re.compile(r"^\s*\+\s*log", re.I)


_FORMULA_CHARS = re.compile(r"^[\w\s()+\-−*/^·.×√]+$")
# words that join a formula to prose ('y = 1 − exp(−kt^n) with k = 5 × 10^-4': k's value, not y's)
_PROSE_WORD = re.compile(
    r"\b(?:with|and|where|for|at|in|of|is|are|the|when|if|has|have|gives?|to)\b", re.I
)


def _is_formula(expr: str) -> bool:
    """Whether ``expr`` is a formula only: symbols, numbers, operators and brackets, no joining words."""
    return (
        "(" in expr
        and bool(re.search(r"[A-Za-z]", expr))
        and bool(_FORMULA_CHARS.match(expr))
        and not _PROSE_WORD.search(expr)
    )


def label_written_formulas(text: str, givens: list[Any]) -> list[Any]:
    """``givens`` with the value ending a written formula labelled with the formula's symbol, and a
    Larson–Miller formula's written constant labelled C."""
    out = []
    for g in givens:
        if g.kind not in ("quantity", "number"):
            out.append(g)
            continue
        before = text[max(0, g.start - 60) : g.start]
        m = _SYMBOL_FORMULA_VALUE.search(before)
        if m and _is_formula(m.group("expr")):
            out.append(replace(g, label=m.group("sym")))
            continue
        if (
            g.kind == "number"
            and "larson" in text.lower()
            and _LM_CONSTANT_BEFORE.search(text[max(0, g.start - 8) : g.start])
            and _LM_CONSTANT_AFTER.match(text[g.end : g.end + 12])
        ):
            out.append(replace(g, label="C"))
            continue
        out.append(g)
    return out
