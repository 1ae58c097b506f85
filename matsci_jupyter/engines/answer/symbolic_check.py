"""Check the symbolic steps of a worked answer: 'C = (3/2)R·(5/3)/(2/3) + (5/2)R·(7/5)/(2/5) = (29/6)R'.

A chain ``x = e1 = e2`` claims that the expressions e1 and e2 are equal. When both are plain
algebra in the *same* symbols (nothing substituted between them), the claim can be tested: both are
evaluated with sympy at a few points (each symbol a number between 0.3 and 1.7, and each symbol in
turn very small and very large, so that an approximation valid in a limit is never called wrong). If
they differ at every point the step is wrong, and the check shows one point with both values. A step is left
alone (not checked) when a side cannot be read unambiguously as algebra: units after numbers,
words, vectors, integrals, derivatives, the imaginary unit, brackets with limits, a letter run
that could be a product or a name, or when the two sides differ only in sign (a sign slip in prose
is not checked, as for numeric steps).
"""

from __future__ import annotations

import math
import random
import re
from typing import Any

from .prose import Statement
from .residual import agree, sympy_terms

ARITHMETIC_RTOL = 0.02  # as for numeric steps (step_check.ARITHMETIC_RTOL)

SAMPLE_POINTS = 5
SYMBOL_RANGE = (0.3, 1.7)
LIMITS = (1e-6, 1e6)
AGREE = 1e-6

_GREEK = {
    "α": "alpha",
    "β": "beta",
    "γ": "gamma",
    "δ": "delta",
    "ε": "epsilon",
    "η": "eta",
    "θ": "theta",
    "κ": "kappa",
    "λ": "lamda",
    "μ": "mu",
    "ν": "nu",
    "ρ": "rho",
    "σ": "sigma",
    "τ": "tau",
    "φ": "phi",
    "χ": "chi",
    "ψ": "psi",
    "ω": "omega",
    "Δ": "Delta",
}
_REJECT = re.compile(
    r"[<>≤≥≈±|\[\]{}∫∑∂!]|\b(?:int|sum|lim|frac|vec|hat|prime|boxed|dot|ddot|bar|d[a-z]\s*/\s*d[a-z])\b"
    r"|[A-Za-z]{4,}|\b[ij]\b|'|\bd[xt]\b|\bln\b|\blog\b|\be\b"
    r"|(?:sin|cos|tan|cot|sec|csc|exp|sqrt)(?!\s*\()"
)
_NAME = re.compile(
    r"(?:[A-Za-z]|alpha|beta|gamma|delta|epsilon|eta|theta|kappa|lamda|mu|nu|rho|sigma|tau|phi|chi|"
    r"psi|omega|Delta)(?:_[A-Za-z0-9]+)?"
)


def _unit_after_number(text: str) -> bool:
    """'12Ω', '4.25 × 10^-6 g', '100 V': a number followed by a unit, so the letter is not a symbol."""
    from .unit_text import parse_unit

    for m in re.finditer(r"\d\s*([A-Za-zΩμÅ°][A-Za-z]*)", text):
        word = m.group(1)
        if word in _GREEK.values():
            continue
        if word in ("Ω", "Å", "°") or parse_unit(word) is not None:
            return True
    return False


def parse_side(text: str, numeric_ok: bool = False) -> Any:
    """One side as a sympy expression, or None when it is not unambiguous algebra (a side with no
    symbol at all only when ``numeric_ok``: '(1)/(2)', '2(0) - 1')."""
    import sympy as sp
    from sympy.parsing.sympy_parser import (
        convert_xor,
        implicit_multiplication_application,
        parse_expr,
        standard_transformations,
    )

    s = text.strip().rstrip(".,;:").strip()
    if not s or _REJECT.search(s) or _unit_after_number(s):
        return None
    # '√2 a^2', '√x': the root of the one number or letter after it ('sqrt2' would be four letters);
    # '√3a' glued stays unread (√(3a) or √3·a)
    s = re.sub(r"√\s*(\d+(?:\.\d+)?|[A-Za-z](?:_[A-Za-z0-9]+)?)(?![\w(.])", r"sqrt(\1)", s)
    if re.search(r"√(?!\s*\()", s):
        return None  # a root of something glued ('√3a'): which factors it covers is not written
    s = s.replace("√", "sqrt").replace("×", "*").replace("·", "*").replace("−", "-")
    s = s.replace("π", " pi ")
    for letter, name in _GREEK.items():
        s = re.sub(rf"(?<=_){letter}", name, s)  # a Greek subscript: 'm_α' is one name, m_alpha
        s = re.sub(rf"{letter}(?=_)", f" {name}", s).replace(letter, f" {name} ")
    if re.search(r"[^\w\s+\-*/^().,]", s):
        return None
    transformations = (*standard_transformations, implicit_multiplication_application, convert_xor)
    names = set(re.findall(r"[A-Za-z]+(?:_[A-Za-z0-9]+)?", s)) - {"sqrt", "sin", "cos", "tan", "pi"}
    names |= set(re.findall(r"(?<![A-Za-z])[A-Za-z](?![A-Za-z])", s))
    local = {n: sp.Symbol(n) for n in names}  # 'E', 'I', 'N', 'gamma' are letters here, not sympy's
    try:
        expr = parse_expr(s, local_dict=local, transformations=transformations, evaluate=True)
    except Exception:  # any text sympy cannot read is simply not checked
        return None
    if not isinstance(expr, sp.Expr) or not (expr.free_symbols or numeric_ok):
        return None
    if any(not _NAME.fullmatch(str(sym)) for sym in expr.free_symbols):
        return None  # a letter run ('cos2', 'mg_s') that could be a product or a name
    return expr


def _value(expr: Any, point: dict) -> complex | None:
    try:
        v = complex(expr.evalf(subs=point))
    except (TypeError, ValueError, ArithmeticError):
        return None
    return v if math.isfinite(v.real) and math.isfinite(v.imag) else None


def compare(a: Any, b: Any, rtol: float = AGREE) -> tuple[dict, complex, complex] | None:
    """A point where ``a`` and ``b`` differ by more than ``rtol``, if they differ at every sampled
    point (and not only in sign); None when they agree somewhere or cannot be compared."""
    if a.free_symbols != b.free_symbols:
        return None
    symbols = sorted(a.free_symbols, key=str)
    rng = random.Random(11)
    points = [
        {s: round(rng.uniform(*SYMBOL_RANGE), 3) for s in symbols} for _ in range(SAMPLE_POINTS)
    ]
    # each symbol also very small and very large: 'X (1.018 + X) = 1.018 X' (X neglected beside
    # 1.018) is an approximation that holds in a limit, not an error
    for s in symbols:
        for extreme in LIMITS:
            points.append({**points[0], s: extreme})
    first = None
    for point in points:
        x, y = _value(a, point), _value(b, point)
        if x is None or y is None:
            return None
        if agree(x, y, rtol, sympy_terms((a, b), point)):
            return None
        if first is None:
            first = (point, x, y)
    return first


def symbolic_problem(statement: Statement) -> str | None:
    """Why the chain's symbolic step is wrong (with a point where its sides differ), or None."""
    if len(statement.sides) < 3 or "≈" in statement.text:
        return None
    sides = statement.sides[1:]  # the first side names what is computed
    parsed = [parse_side(s) for s in sides]
    for i in range(len(sides) - 1):
        ta, a, tb, b = sides[i], parsed[i], sides[i + 1], parsed[i + 1]
        if a is None or b is None:
            continue
        # written decimals are rounded ('2.303 × 2500 × 0.7 - x = 4022.5 - x'): the numeric tolerance
        rtol = ARITHMETIC_RTOL if re.search(r"\d\.\d", ta + tb) else AGREE
        found = compare(a, b, rtol)
        if found is None:
            continue
        point, x, y = found
        at = ", ".join(f"{k} = {v:g}" for k, v in point.items())
        return (
            f"'{ta.strip()}' and '{tb.strip()}' are not equal: at {at} the first is "
            f"{_show(x)} and the second {_show(y)}"
        )
    return None


def _show(v: complex) -> str:
    return f"{v.real:.5g}" if abs(v.imag) < 1e-12 else f"{v:.4g}"
