"""The standard formulas a program-of-thought answer writes, compared with the table.

A program can run to the end and still compute the wrong physics: ``t = g*t_fall**2`` for a
distance fallen from rest, ``f = 1/math.sqrt(L*C)`` for the frequency of an LC circuit. Each plain
assignment of the program (``name = expression`` of names, numbers, + − × ÷ and powers, and the
functions sqrt, exp, log, sin, cos, tan, pi of ``math`` or ``numpy``) is written back as the
formula a response would write (``E_n = n**2*h**2/(8*m*L**2)``), its names read as the
conventional symbols they spell (``lambda_`` and ``wavelength`` → λ, ``v0`` and ``v_initial`` →
v_0, ``delta_T`` → ΔT, ``q1`` → q_1), and handed to :mod:`.formula_check`, which compares it
with every standard case of the quantity the question is about (:mod:`.standard_formulas`).

Only names whose symbol is unambiguous are read (a name such as ``distance``, ``mass_ratio`` or
``x_final`` stays as it is, and a formula the table's written symbols do not know is not
compared); unit conversions written inside an expression (``* 1e-9``) are numeric factors and so
make the line not a formula of the table. A program that also writes the formula correctly
elsewhere is reported as a slip, not blocking, exactly as for prose.
"""

from __future__ import annotations

import ast
import math
import re
from collections.abc import Collection
from dataclasses import replace

from .checks import Check
from .prose import Statement

PLAIN_NUMBERS = (0.01, 20.0)
"""A literal inside a formula is read as its factor only in this range ('0.5', '2', '1.22');
one outside it ('1e-9', '100', '3600') is a unit conversion, and the line is not compared."""

_FUNCS = {"sqrt": "sqrt", "exp": "exp", "log": "ln", "log10": "log10", "sin": "sin", "cos": "cos"}
_FUNCS["tan"] = "tan"
_MODULES = {"math", "np", "numpy", "sp", "sympy", "cmath"}


def called_name(node: ast.Call, modules: Collection[str]) -> str | None:
    """The name of the function a call calls: ``f`` of ``f(x)`` or of ``math.f(x)`` (``math``
    one of ``modules``); None for any other callee (a method, an indexed function)."""
    f = node.func
    if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.value.id in modules:
        return f.attr
    if isinstance(f, ast.Name):
        return f.id
    return None


_GREEK = {
    "alpha": "α",
    "beta": "β",
    "gamma": "γ",
    "delta": "δ",
    "epsilon": "ε",
    "eta": "η",
    "theta": "θ",
    "lambda": "λ",
    "lam": "λ",
    "lamda": "λ",
    "mu": "μ",
    "nu": "ν",
    "rho": "ρ",
    "sigma": "σ",
    "tau": "τ",
    "phi": "φ",
    "omega": "ω",
    "hbar": "ħ",
}
"""Spelled Greek letters as programs name variables ('lambda_', 'theta_1')."""

_WORDS = {
    "wavelength": "λ",
    "frequency": "f",
    "freq": "f",
    "period": "T",
    "temperature": "T",
    "temp": "T",
    "time": "t",
    "velocity": "v",
    "speed": "v",
    "acceleration": "a",
    "accel": "a",
    "mass": "m",
    "radius": "r",
    "charge": "q",
    "capacitance": "C",
    "inductance": "L",
    "resistance": "R",
    "focal_length": "f",
    "angular_velocity": "ω",
    "angular_frequency": "ω",
    "angular_speed": "ω",
    "moment_of_inertia": "I",
    "entropy_change": "ΔS",
    "lorentz_factor": "γ",
}
"""Whole names that spell one quantity's conventional symbol."""

_SUBSCRIPT_WORDS = {
    "initial": "0",
    "init": "0",
    "final": "f",
    "max": "max",
    "min": "min",
}


def symbol_of(name: str) -> str | None:
    """The conventional written symbol a program's variable name stands for ('lambda_' → 'λ',
    'v0' → 'v_0', 'q_1' → 'q_1', 'delta_T' → 'ΔT', 'T_hot' → 'T_hot'); None when the name is a
    word of no agreed symbol ('distance', 'result')."""
    n = name.rstrip("_")
    if not n:
        return None
    low = n.lower()
    if low in _WORDS:
        return _WORDS[low]
    if low.startswith("delta_"):
        inner = symbol_of(n.split("_", 1)[1])
        return f"Δ{inner}" if inner and "_" not in inner and not inner.startswith("Δ") else None
    base, _, sub = n.partition("_")
    if base.lower() in _GREEK:
        head = _GREEK[base.lower()]
    elif re.fullmatch(r"[A-Za-z]", base):
        head = base
    elif re.fullmatch(r"[A-Za-z]\d{1,2}", base) and not sub:
        return f"{base[0]}_{base[1:]}"  # 'q1', 'v0', 'T2'
    elif re.fullmatch(r"[vdxstTPVu][ifo]", base) and not sub:
        return f"{base[0]}_{base[1]}"  # 'vi', 'vf', 'do', 'di': initial, final, object, image
    else:
        return None
    if not sub:
        return head
    sub = _SUBSCRIPT_WORDS.get(sub.lower(), sub)
    if not re.fullmatch(r"[A-Za-z0-9]{1,6}", sub):
        return None
    return f"{head}_{sub}"


class _Unreadable(Exception):
    pass


class _Written(ast.NodeTransformer):
    """The expression in written symbols: names → symbols, math.sqrt → sqrt, math.pi → π; any
    other node makes it unreadable."""

    def __init__(self, names: dict[str, str]) -> None:
        self.names = names

    def visit_Constant(self, node: ast.Constant) -> ast.AST:
        value = node.value
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise _Unreadable
        if not (value == 0 or PLAIN_NUMBERS[0] <= value <= PLAIN_NUMBERS[1]):
            raise _Unreadable  # 1e-9, 1000, 3600: a unit conversion, not a factor of the formula
        if abs(value - math.pi) < 1e-4:
            return ast.Name("π", ast.Load())  # 3.14159 typed out
        return node

    def visit_Name(self, node: ast.Name) -> ast.AST:
        if node.id == "pi":
            return ast.Name("π", ast.Load())
        symbol = self.names.get(node.id)
        if symbol is None:
            raise _Unreadable
        return ast.Name(symbol, ast.Load())

    def visit_Attribute(self, node: ast.Attribute) -> ast.AST:
        if isinstance(node.value, ast.Name) and node.value.id in _MODULES and node.attr == "pi":
            return ast.Name("π", ast.Load())
        raise _Unreadable

    def visit_UnaryOp(self, node: ast.UnaryOp) -> ast.AST:
        if not isinstance(node.op, (ast.USub, ast.UAdd)):
            raise _Unreadable
        return self.generic_visit(node)

    def visit_BinOp(self, node: ast.BinOp) -> ast.AST:
        if not isinstance(node.op, (ast.Add, ast.Sub, ast.Mult, ast.Div, ast.Pow)):
            raise _Unreadable
        return self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> ast.AST:
        fname = called_name(node, _MODULES)
        if fname not in _FUNCS or len(node.args) != 1 or node.keywords:
            raise _Unreadable
        return ast.Call(ast.Name(_FUNCS[fname], ast.Load()), [self.visit(node.args[0])], [])

    def generic_visit(self, node: ast.AST) -> ast.AST:
        if not isinstance(
            node, (ast.Expression, ast.UnaryOp, ast.BinOp, ast.operator, ast.unaryop)
        ):
            raise _Unreadable
        return super().generic_visit(node)


def _text(node: ast.expr, names: dict[str, str]) -> str:
    """The expression as formula text in written symbols ('1 / (2 * π * sqrt(L * C))')."""
    import copy

    written = _Written(names).visit(copy.deepcopy(node))
    return ast.unparse(written).replace("**", "^")


def program_statements(code: str) -> list[Statement]:
    """Each plain assignment of the program as a written formula ('E_n = ((n)^(2)…')."""
    try:
        tree = ast.parse(code)
    except (SyntaxError, ValueError):
        return []
    assigned: list[ast.Assign] = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and len(node.targets) == 1
        and isinstance(node.targets[0], ast.Name)
    ]
    all_names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    names = {n: s for n in all_names if (s := symbol_of(n)) is not None}
    out: list[Statement] = []
    for node in assigned:
        target = node.targets[0]
        assert isinstance(target, ast.Name)
        lhs = names.get(target.id)
        if lhs is None or isinstance(node.value, ast.Constant):
            continue
        try:
            rhs = _text(node.value, names)
        except _Unreadable:
            continue
        used = {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)}
        if not used or target.id in used:
            continue  # numbers only (a value), or 'x = x / 1e7' (a conversion): not a formula
        text = f"{lhs} = {rhs}"
        out.append(Statement(text, (f"{lhs} ", f" {rhs}"), getattr(node, "lineno", 0)))
    return out


def program_formula_checks(question: str, code: str) -> list[Check]:
    """The standard-formula check (:func:`.formula_check.standard_formula_checks`) on the
    program's assignments; nothing when none is a formula of the table."""
    from .formula_check import standard_formula_checks
    from .text import normalize

    found = program_statements(code)
    if not found:
        return []
    return [
        replace(c, message="the program's line " + c.message)
        for c in standard_formula_checks(normalize(question), found)
    ]
