"""Mass-energy arithmetic in atomic mass units: 'Δm c² = 0.014 u × 931.5 MeV/c² = 13.04 MeV'.

Nuclear steps turn a mass in unified atomic mass units (u) into an energy with one conversion
factor, 1 u = 931.5 MeV/c² (exam papers also give 930 or 931 MeV/c²). The general step check
leaves such lines alone because 'u' and 'c' read as symbols, yet the arithmetic is plain: the
calculation side is the masses' numbers, combined with + − × ÷, times the factor's number, in MeV.

A line is checked only when one side of it holds nothing but numbers, masses in u, operators and
exactly one conversion factor (a number from 930 to 932 followed by MeV, MeV/u or MeV/c²), the
result is proportional to that factor, and the next side states one energy in MeV or keV. The step
is wrong when the stated energy lies outside what any rounding allows: each number the response
derived (not one the question gives, and not the factor) may be off by one unit in its last
written digit, and so may the stated energy.

Energies are in MeV; masses in u.
"""

from __future__ import annotations

import ast
import itertools
import operator
import re

from .checks import Check

_FACTOR = re.compile(r"(93[0-2](?:\.\d+)?)\s*MeV(?:\s*/\s*(?:u\b|c\s*\^\s*2|c²))?")
_ONE_U = re.compile(r"\(\s*1\s*u\s*\)")
_MASS = re.compile(r"(\d)\s*u\b")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_STATED = re.compile(r"\s*([-−]?\d+(?:\.\d+)?)\s*(MeV|keV)\s*[.,;]?\s*")
_KEV_PER_MEV = 1000.0
_OPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}


def _evaluate(expr: str) -> float | None:
    """A plain arithmetic expression in numbers, + − × ÷ and brackets; None when it is not one."""
    try:
        tree = ast.parse(expr, mode="eval")
    except SyntaxError:
        return None

    def walk(node: ast.AST) -> float:
        if isinstance(node, ast.Expression):
            return walk(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, int | float):
            return float(node.value)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
            value = walk(node.operand)
            return -value if isinstance(node.op, ast.USub) else value
        if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
            return _OPS[type(node.op)](walk(node.left), walk(node.right))
        raise ValueError("not plain arithmetic")

    try:
        return walk(tree)
    except (ValueError, ZeroDivisionError):
        return None


def _calculation(side: str) -> tuple[str, str] | None:
    """(expression with the factor as '{F}', the factor's number) for a side that converts masses
    in u to MeV with one factor; None for any other side."""
    factors = _FACTOR.findall(side)
    if len(factors) != 1 or len(re.findall(r"MeV|keV", side)) != 1:
        return None
    if not (_MASS.search(side) or _ONE_U.search(side)):
        return None  # no mass in u: not a conversion
    text = _FACTOR.sub("{F}", side)
    text = _ONE_U.sub("1", text)
    text = _MASS.sub(r"\1", text)
    text = text.replace("×", "*").replace("·", "*").replace("−", "-").strip().rstrip(".")
    text = re.sub(r"\)\s*\(", ")*(", text)
    text = re.sub(r"(\d)\s*\(", r"\1*(", text)
    text = re.sub(r"\)\s*(\d|\{)", r")*\1", text)
    if re.search(r"[^\d\s.+\-*/(){}F]", text) or "{F}" not in text:
        return None
    if not re.search(r"[*/]", text.replace("{F}", "")) and text.strip() != "{F}":
        return None
    return text, factors[0]


def _allowance(expr: str, factor: str, givens: set[float]) -> float | None:
    """How far the value may move when each derived number is off by one unit in its last digit."""
    base = _evaluate(expr.replace("{F}", factor))
    if base is None:
        return None
    total = 0.0
    for m in _NUMBER.finditer(expr):
        if float(m.group()) in givens:
            continue
        digits = m.group().split(".")[1] if "." in m.group() else ""
        step = 10.0 ** -len(digits)
        moved = expr[: m.start()] + repr(float(m.group()) + step) + expr[m.end() :]
        value = _evaluate(moved.replace("{F}", factor))
        if value is None:
            return None
        total += abs(value - base)
    return total


_TERM = re.compile(r"\s*([-+−]?)\s*(\d+(?:\.\d+)?)\s*(u|MeV)\b\s*")


def _unconverted_sum(side: str, stated: float) -> str | None:
    """'0.014 u + 4.041 MeV = 4.055 MeV': a sum of masses in u and energies in MeV (no factor)
    whose stated value is the plain sum of the numbers, the masses read as if they were MeV. The
    message, or None when the side is not such a sum or the stated value is not that sum."""
    text = side.strip()
    terms = []
    at = 0
    while at < len(text):
        m = _TERM.match(text, at)
        if m is None or m.end() == at:
            return None
        terms.append(
            (-1.0 if m.group(1) in "-−" and m.group(1) else 1.0, float(m.group(2)), m.group(3))
        )
        at = m.end()
    kinds = {unit for _, _, unit in terms}
    if len(terms) < 2 or kinds != {"u", "MeV"}:
        return None
    plain = sum(sign * x for sign, x, _ in terms)
    masses = sum(sign * x for sign, x, unit in terms if unit == "u")
    if masses == 0 or abs(plain - stated) > 1e-6 + 1e-9 * abs(plain):
        return None
    return (
        f"'{text}' adds a mass in u to an energy in MeV as if 1 u were 1 MeV: the mass "
        f"{masses:g} u is {masses * 931.5:.4g} MeV (1 u = 931.5 MeV/c²), so the sum is not "
        f"{stated:g} MeV"
    )


def mass_energy_checks(question: str, lines: list[str]) -> list[Check]:
    """One failed check for the first line whose u → MeV arithmetic is wrong; else nothing."""
    givens = {float(n) for n in _NUMBER.findall(question)}
    for line in lines:
        if "MeV" not in line or not re.search(r"\du\b|\d\s+u\b", line):
            continue
        sides = line.split("=")
        for left, right in itertools.pairwise(sides):
            stated_sum = _STATED.fullmatch(right)
            if stated_sum is not None and stated_sum.group(2) == "MeV":
                unconverted = _unconverted_sum(left, float(stated_sum.group(1).replace("−", "-")))
                if unconverted is not None:
                    return [Check("mass-energy arithmetic", False, unconverted)]
            found = _calculation(left)
            stated = _STATED.fullmatch(right)
            if found is None or stated is None:
                continue
            expr, factor = found
            value = _evaluate(expr.replace("{F}", factor))
            doubled = _evaluate(expr.replace("{F}", repr(2 * float(factor))))
            if value is None or doubled is None or abs(doubled - 2 * value) > 1e-9 * abs(value):
                continue  # the factor does not scale the whole result
            written = float(stated.group(1).replace("−", "-"))
            scale = _KEV_PER_MEV if stated.group(2) == "keV" else 1.0
            allowance = _allowance(expr, factor, givens)
            if allowance is None:
                continue
            decimals = stated.group(1).split(".")[1] if "." in stated.group(1) else ""
            allowance += 10.0 ** -len(decimals) / scale + 1e-6 * abs(value)
            if abs(written / scale - value) > allowance:
                return [
                    Check(
                        "mass-energy arithmetic",
                        False,
                        f"'{left.strip()}' with 1 u = {factor} MeV/c² is "
                        f"{value * scale:.6g} {stated.group(2)}, not {stated.group(1)} "
                        f"{stated.group(2)}",
                    )
                ]
    return []
