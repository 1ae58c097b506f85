"""The values a response solves for, substituted back into its own equations.

Worked answers often set up equations ('β + γ + δ = 1', '2γ + 3δ = 0', '4a = 32', '2a − b = 10'),
announce that they solve them ('Solving these equations, we get …') and state the solution
('α = 1, β = 1, γ = −2, δ = 1'). Whatever the physics, the stated solution must satisfy the
equations the response wrote: when an equation of the response, with every symbol in it given a
number by the stated solution, does not hold, the solution is provably wrong (its values are shown
with both sides of the failing equation).

Only plain algebra is read: the sides must parse as sympy expressions in one-letter or Greek
symbols, optionally subscripted, with powers and roots but no trigonometric, exponential or
logarithmic function (whose argument could be in degrees or radians), no units and no words. A
physical formula with units, an approximation ('≈'), an inequality or a line of prose is never an
equation here. Equations are
taken from the lines around a sentence that says it solves ('solving', 'simultaneously', 'from
these equations', 'from equation (2)'), and the solution
from that sentence and the lines after it; the last value stated for a symbol counts (a response
may correct itself). A symbol the solution leaves without a number leaves its equations unchecked.

An equation in one symbol that the symbol cancels from (an identity such as 'X = 244.64 +
2(X − 244.64)/2', or a contradiction such as 'E − 2.89 = E + 1.03') determines nothing: a value for
that symbol stated right after it is flagged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .checks import Check
from .prose import Statement, response_lines, statements
from .residual import agree, sympy_terms
from .step_check import clip

EQUATIONS_BEFORE = 15
"""Lines before the 'solving' sentence that may hold the equations it solves."""
SOLUTION_AFTER = 12
"""Lines after the 'solving' sentence that may hold the solution (and further equations)."""
DECIMAL_RTOL = 0.02
"""Relative slack when the values are written decimals (rounded), as for numeric steps."""

_SOLVING = re.compile(
    r"\bsolv(?:e|es|ed|ing)\b|\bsimultaneous\w*|\bfrom\s+(?:these|the\s+(?:above|two|three)|both)\s+"
    r"equations\b|\bfrom\s+equations?\s*\(?\d\)?|\bfrom\s+\(\d\)",
    re.I,
)
_LABEL = re.compile(
    r"(?<=[\w)\]])\s+\((?:\d{1,2}|[ivx]{1,4}|[a-z])\)\s*$|\s*\([^()]*[A-Za-z]{3,}[^()]*\)\s*$"
)  # an equation's label '(2)' after a space, or a remark '(mass number conservation)'
_TIMES_X = re.compile(r"\d\s*[xX]\s*10\s*\^")
_NUMBER_THEN_SYMBOL = re.compile(r"^\s*[-+]?\d[\d.]*\s+[A-Za-zα-ωΑ-Ω]\w*\s*$")
_PROSE_WORD = re.compile(r"[A-Za-z]{2,}[,:]?")


@dataclass(frozen=True)
class _Equation:
    text: str
    lhs: Any
    rhs: Any
    line_no: int


def _clean(side: str) -> str:
    side = side.strip().rstrip(".,;:").strip()
    while True:  # '16 (2) (since the mass numbers add up)': every trailing label or remark
        bare = _LABEL.sub("", side).strip()
        if bare == side:
            return side
        side = bare


def _parse(text: str) -> Any:
    """A side as a sympy expression (numbers allowed), or None when it is not plain algebra."""
    from .symbolic_check import parse_side

    text = _clean(text)
    if _TIMES_X.search(text):
        return None  # '2 x 10^5': x is a times sign here, not the symbol x
    return parse_side(text, numeric_ok=True)


def _equations(found: list[Statement]) -> list[_Equation]:
    out = []
    for st in found:
        if len(st.sides) != 2 or "≈" in st.text:
            continue
        lhs, rhs = _parse(st.sides[0]), _parse(st.sides[1])
        if lhs is None or rhs is None or not (lhs.free_symbols | rhs.free_symbols):
            continue
        if _has_function(lhs) or _has_function(rhs):
            continue  # 'sin θ = 0.5' with θ = 30: degrees or radians, the prose does not say
        if _as_assignment(st) is not None:
            continue  # 'x = 4' is the solution, not an equation it must satisfy
        out.append(_Equation(st.text, lhs, rhs, st.line_no))
    return out


def _has_function(expr: Any) -> bool:
    """Whether ``expr`` applies a function other than powers and roots (trigonometry, exp, log)."""
    import sympy as sp

    return any(
        isinstance(node, sp.Function) or node.func in (sp.exp, sp.log)
        for node in sp.preorder_traversal(expr)
    )


def _as_assignment(st: Statement) -> tuple[Any, float, bool] | None:
    """(symbol, value, written as a decimal) for 'δ = 0', 'α = 2(0) − 1 = −1', 'gives us γ = 1/2'."""
    import sympy as sp

    if "≈" in st.text:
        return None
    tokens = st.sides[0].split()
    if not tokens or not all(_PROSE_WORD.fullmatch(t) for t in tokens[:-1]):
        return None  # 'α + β = 3' is an equation, not a value for β
    head = tokens[-1]
    if any(_NUMBER_THEN_SYMBOL.match(side) for side in st.sides[1:-1]):
        return None  # 'a = 8 b = 6': two values on one line, not a chain
    symbol = _parse(head)
    if not isinstance(symbol, sp.Symbol):
        return None
    last = _clean(st.sides[-1])
    value = _parse(last)
    if value is None or value.free_symbols:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return symbol, number, re.search(r"\d\.\d", last) is not None


VALUE_FOLLOWS = 3
"""Lines after an equation that determines nothing in which a value for its symbol is looked for."""


def _determines_nothing(lines: list[str], found: list[Statement]) -> Check | None:
    """An equation in one symbol that the symbol cancels from ('X = 244.64 + 2(X − 244.64)/2' holds
    for every X; 'E − 2.89 = E + 1.03' for none), followed by a value for that symbol: the value
    cannot have come from it."""
    import sympy as sp

    for eq in _equations(found):
        symbols = eq.lhs.free_symbols | eq.rhs.free_symbols
        if len(symbols) != 1:
            continue
        difference = sp.expand(eq.lhs - eq.rhs)
        if difference.free_symbols:
            continue
        (symbol,) = symbols
        for st in found:
            if not eq.line_no < st.line_no <= eq.line_no + VALUE_FOLLOWS or len(st.sides) < 2:
                continue
            tokens = st.sides[0].split()
            if not tokens or _parse(tokens[-1]) != symbol:
                continue
            if not re.match(r"\s*[-+−]?\s*\d", st.sides[-1]):
                continue
            holds = "holds for every" if difference == 0 else "holds for no"
            return Check(
                "own equations",
                False,
                f"the equation '{clip(eq.text.strip(), 60)}' {holds} value of {_name(symbol)} "
                f"({_name(symbol)} cancels), so it cannot give '{clip(st.text.strip(), 40)}'",
            )
    return None


def system_check(response: str) -> Check | None:
    """A failed check when a solution the response states does not satisfy the equations it
    solves (see the module docstring); a passed, non-blocking check when every equation whose
    symbols the solution fixes holds; None when there is nothing to substitute."""
    lines = response_lines(response)
    found = statements(lines)
    vacuous = _determines_nothing(lines, found)
    if vacuous is not None:
        return vacuous
    anchors = [i for i, line in enumerate(lines) if _SOLVING.search(line)]
    if not anchors:
        return None
    checked = 0
    for anchor in anchors:
        near = [
            s for s in found if anchor - EQUATIONS_BEFORE <= s.line_no <= anchor + SOLUTION_AFTER
        ]
        solution: dict[Any, tuple[float, bool]] = {}
        for st in near:
            if st.line_no < anchor:
                continue
            assigned = _as_assignment(st)
            if assigned is not None:
                solution[assigned[0]] = (assigned[1], assigned[2])
        if not solution:
            continue
        for eq in _equations(near):
            symbols = eq.lhs.free_symbols | eq.rhs.free_symbols
            if not symbols <= set(solution):
                continue
            point = {s: solution[s][0] for s in symbols}
            try:
                left, right = float(eq.lhs.subs(point)), float(eq.rhs.subs(point))
            except (TypeError, ValueError, ArithmeticError):
                continue
            rounded = any(solution[s][1] for s in symbols)
            scale = max(abs(left), abs(right), *(abs(v) for v in point.values()), 1e-12)
            checked += 1
            rtol = DECIMAL_RTOL if rounded else 1e-9
            if abs(left - right) <= rtol * scale:
                continue
            if agree(left, right, rtol, sympy_terms((eq.lhs, eq.rhs), point)):
                continue  # a rounded solution leaves a residual within the rounding of the terms
            values = ", ".join(
                f"{_name(s)} = {_show(v)}" for s, v in sorted(point.items(), key=str)
            )
            return Check(
                "own equations",
                False,
                f"the values the response solves for ({values}) do not satisfy its own equation "
                f"'{clip(eq.text.strip(), 60)}': the left side is {_show(left)}, the right side "
                f"{_show(right)}",
            )
    if not checked:
        return None
    return Check(
        "own equations",
        True,
        f"the solution satisfies the {checked} equation(s) it was solved from",
        blocking=False,
    )


def _show(x: float) -> str:
    if float(x).is_integer():
        return str(int(x))
    return f"{x:.4g}"


def _name(symbol: Any) -> str:
    """'alpha' → 'α', 'x_R' → 'x_R': a symbol as the response wrote it."""
    from .symbolic_check import _GREEK

    text = str(symbol)
    for letter, name in _GREEK.items():
        text = re.sub(rf"^{name}(?=_|$)", letter, text)
    return text
