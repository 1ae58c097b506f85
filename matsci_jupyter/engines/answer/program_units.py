"""Dimensional analysis of a program-of-thought answer, from the units the program and the question
state.

A program that runs can still compute a quantity of the wrong kind: it returns a momentum times a
mass where the question asks for a momentum in kg·m/s, or subtracts a length divided by an area
from the number 1. Such a program is wrong whatever its numbers are. This module reads the program
(statically, with :mod:`ast`; it is never run here) and gives each value a dimension (mass,
length, time, current, temperature, amount, luminosity, with rational exponents):

* a value the program types in (``q1 = 50e-6``, ``h = 6.626e-34``) takes the unit its own comment
  states (``# C``, ``# Planck's constant in J s``, ``# kg (10 g)``), else the unit of the
  question's given it equals (the question's '1210 m' for ``x_R = 1210``; '50 μC' for
  ``50 * 10**-6``, compared in the given's unit and in SI base units), else the unit of the one
  physical constant it equals within :data:`CONSTANT_TOLERANCE` (CODATA values from
  :mod:`.constants`; 1.602e-19 is both e in C and 1 eV in J, so it stays unknown);
* a number written inside a formula is a plain factor (2, 0.5, 1/3, π, a power of ten used as a
  unit conversion) and dimensionless, but a number equal to a given of the question may carry
  that given's unit and is unknown; added to something, only 0 and 1 count as dimensionless;
* × ÷ and powers combine dimensions; sqrt halves them; exp, log, sin, cos, tan, radians and
  degrees give dimensionless numbers; anything else (a call, a name never assigned, a program with
  branches or loops) is unknown, and an unknown operand makes the result unknown.

Two findings prove the program wrong, each only where every unit involved is known:

* **a sum of different dimensions** on the path to the returned value (``1 - d/(x1*x2)`` with d,
  x1, x2 lengths: a pure number minus 1/m);
* **a returned dimension unlike the asked unit's** ('(Unit: 10^11 Hz)', 'in kg m/s' or the unit
  an asking sentence names), e.g. kg²·m/s where kg·m/s is asked.

Anything unreadable is *not checked*, never flagged.
"""

from __future__ import annotations

import ast
import math
import re
from dataclasses import dataclass
from fractions import Fraction
from functools import cache
from typing import Any

from .checks import Check
from .program_formulas import called_name

CONSTANT_TOLERANCE = 0.006
"""A typed-in number is read as a physical constant when within this relative distance of its
CODATA value (3e8 for c, 6.63e-34 for h, 9.8 for g)."""

ELEMENTARY_CHARGE = 1.602176634e-19
"""C, and J in 1 eV: a typed-in number near it is never given a unit (:meth:`_Program.leaf`)."""

GIVEN_TOLERANCE = 1e-6
"""A typed-in number equals a given of the question within this relative distance."""

Dim = tuple[tuple[str, Fraction], ...]
"""A dimension: sorted (base dimension, exponent) pairs; () is a pure number."""

_BASE_SYMBOL = {
    "[mass]": "kg",
    "[length]": "m",
    "[time]": "s",
    "[current]": "A",
    "[temperature]": "K",
    "[substance]": "mol",
    "[luminosity]": "cd",
}
_MODULES = {"math", "np", "numpy", "cmath"}
_DIMENSIONLESS_FUNCS = {"exp", "log", "log10", "log2", "sin", "cos", "tan", "radians", "degrees"}
_DIMENSIONLESS_FUNCS |= {"asin", "acos", "atan", "arcsin", "arccos", "arctan", "deg2rad", "rad2deg"}
_SAME_FUNCS = {"abs", "float", "fabs", "round"}
_EXTRA_CONSTANTS = (
    ("1/(4*pi*vacuum_permittivity)", "N*m^2/C^2"),
    ("electron_volt", "J"),
    ("atomic_mass_constant", "kg"),
    ("hbar", "J*s"),
    ("hbar", "eV*s"),
    ("speed_of_light", "km/s"),
)


def _dim(dimensionality: Any) -> Dim:
    """A pint dimensionality as a :data:`Dim`."""
    out = []
    for name, power in dict(dimensionality).items():
        p = Fraction(power).limit_denominator(12)
        if name == "[substance]":
            continue  # a mole is a count here: '3/2 R T' of a mole is often asked in J
        if p and name in _BASE_SYMBOL:
            out.append((name, p))
        elif p:
            raise ValueError(name)
    return tuple(sorted(out))


def _mul(a: Dim, b: Dim, sign: int = 1) -> Dim:
    powers: dict[str, Fraction] = dict(a)
    for name, p in b:
        powers[name] = powers.get(name, Fraction(0)) + sign * p
    return tuple(sorted((n, p) for n, p in powers.items() if p))


def _pow(a: Dim, k: float) -> Dim:
    f = Fraction(k).limit_denominator(12)
    return tuple(sorted((n, p * f) for n, p in a if p * f))


def dim_label(d: Dim) -> str:
    """A dimension in SI base units ('kg^2·m/s'; '1' for a pure number)."""
    if not d:
        return "1 (a pure number)"
    num = [(n, p) for n, p in d if p > 0]
    den = [(n, -p) for n, p in d if p < 0]

    def part(items: list[tuple[str, Fraction]]) -> str:
        return "·".join(_BASE_SYMBOL[n] + ("" if p == 1 else f"^{p}") for n, p in items)

    top = part(num) or "1"
    if not den:
        return top
    bottom = part(den)
    return f"{top}/{bottom}" if len(den) == 1 else f"{top}/({bottom})"


@dataclass(frozen=True)
class _Clash:
    """A sum of two different dimensions: the program's arithmetic is inconsistent."""

    line: int
    left: Dim
    right: Dim
    text: str


_Value = Dim | _Clash | None  # None: unknown


def _stated(text: str) -> tuple[Any, bool] | None:
    """The pint unit written in ``text`` (the whole text must be a unit), and whether it was
    written in natural units ('MeV/c^2', 'GeV/c': read as the energy unit, whose number it is)."""
    from .unit_text import parse_unit

    t = text.strip().strip(".;:")
    if not t or len(t) > 40:
        return None
    if re.search(r"\b(?:lbs?|pounds?)\b", t, re.I):
        return None  # a pound of mass or of force
    if "/" in t and "(" not in t and re.search(r"/\s*\S+[\s·*.]+\S", t):
        return None  # 'J/kg K', 'fissions/kg s': whether the last unit divides is unclear
    for run in re.findall(r"/\s*([A-Za-z]+)", t):
        if _two_symbols(run):
            return None  # 'W/mK': per metre-kelvin, or per millikelvin
    natural = re.sub(r"(?<=eV)\s*/\s*c\s*(?:\^\s*2|\*\*\s*2|²)?\s*$", "", t)
    parsed = parse_unit(natural)
    return None if parsed is None else (parsed.units, natural != t)


_SYMBOLS = ("kg", "mol", "m", "s", "K", "N", "J", "W", "g", "A", "V", "C", "h")


def _two_symbols(run: str) -> bool:
    """``run`` reads as two different unit symbols written together ('mK', 'kgK', 'ms')."""
    return any(
        run.startswith(a) and run[len(a) :] in _SYMBOLS and run[len(a) :] != a for a in _SYMBOLS
    )


def _dim_of(stated: tuple[Any, bool] | None) -> Dim | None:
    """The dimension of a stated (units, natural) pair, or None."""
    if stated is None:
        return None
    try:
        return _dim(stated[0].dimensionality)
    except (ValueError, AttributeError):
        return None


def _unit_dim(text: str) -> Dim | None:
    """The dimension of a unit written in ``text`` (:func:`_stated`)."""
    return _dim_of(_stated(text))


_NUMBER_FIRST = re.compile(r"^\s*[-+]?\d[\d.,]*(?:[eE][-+]?\d+)?\s*(?:[x×*]\s*10\^?\S*\s*)?")


def comment_unit(comment: str) -> Dim | None:
    """The dimension of the unit :func:`comment_units` reads."""
    return _dim_of(comment_units(comment))


def comment_units(comment: str) -> tuple[Any, bool] | None:
    """The unit a program's comment on a typed-in value states (:func:`_stated`): the whole comment
    ('J s'), before a remark in brackets or after a comma ('kg (10 g)', 'K, room temperature'),
    in brackets ('Mass of proton (kg)'), after its last ' in ' ('Planck's constant in J s'), or
    after the number it repeats ('50 μC'); None when none of these is a unit alone."""
    c = comment.strip().lstrip("#").strip()
    if not c:
        return None
    candidates = [c]
    candidates.append(re.sub(r"\s*\([^()]*\)\s*$", "", c))
    candidates.append(c.split(",")[0])
    inner = re.findall(r"\(([^()]+)\)", c)
    if len(inner) == 1:
        candidates.append(inner[0])
    if "," in c:
        candidates.append(c.rsplit(",", 1)[1])
    if " in " in c:
        candidates.append(re.sub(r"\s*\([^()]*\)\s*$", "", c.rsplit(" in ", 1)[1]))
    if _NUMBER_FIRST.match(c):
        candidates.append(_NUMBER_FIRST.sub("", c, count=1))
    for cand in candidates:
        if cand.strip() and (stated := _stated(cand)) is not None:
            return stated
    return None


@cache
def _constant_table() -> tuple[tuple[float, Dim], ...]:
    """(value in a unit, its dimension) for each constant of :mod:`.constants` in each unit it is
    written in, plus a few more (Coulomb's k, 1 eV in J, the atomic mass unit, ħ)."""
    from ...units import get_registry
    from .constants import CONSTANTS

    ureg = get_registry()
    out: list[tuple[float, Dim]] = []
    pairs = [(c.pint_name, u) for c in CONSTANTS.values() for u in c.units]
    for name, unit in [*pairs, *_EXTRA_CONSTANTS]:
        try:
            q = ureg.parse_expression(name).to(unit)
            out.append((float(q.magnitude), _dim(q.dimensionality)))
        except Exception:
            continue
    return tuple(out)


def constant_dim(value: float) -> Dim | None:
    """The dimension of the one physical constant ``value`` equals (:data:`CONSTANT_TOLERANCE`);
    None when it equals none or constants of different dimensions."""
    if value == 0 or not math.isfinite(value):
        return None
    found = {d for v, d in _constant_table() if v and abs(value - v) <= CONSTANT_TOLERANCE * abs(v)}
    return found.pop() if len(found) == 1 else None


def _given_table(question: str) -> list[tuple[float, float, Dim | None]]:
    """(value as written, value in SI base units, dimension) for each given of the question; the
    dimension is None for a bare number."""
    from .quantities import extract

    out: list[tuple[float, float, Dim | None]] = []
    try:
        reading = extract(question)
    except Exception:
        return out
    for g in reading.givens:
        q = g.quantity
        if q is None or not hasattr(q, "magnitude"):
            if g.number is not None:
                out.append((float(g.number), float(g.number), None))
            continue
        try:
            base = q.to_base_units()
            d: Dim | None = _dim(base.dimensionality)
        except Exception:
            out.append((float(q.magnitude), float("nan"), None))
            continue
        after = reading.text[g.end : g.end + 12]
        before = reading.text[max(0, g.start - 25) : g.start]
        if (
            not d
            or _UNIT_GOES_ON.match(after)
            or (d == (("[mass]", Fraction(1)),) and re.search(r"\bweigh", before, re.I))
        ):
            d = None  # a bare number; '62.4 lb force/ft3'; 'weighs 3.22 lb' (a pound-force)
        out.append((float(q.magnitude), float(base.magnitude), d))
    return out


_UNIT_GOES_ON = re.compile(r"\s*(?:[-/^*·]|force\b|wt\b|weight\b)", re.I)


def _close(a: float, b: float, rel: float) -> bool:
    return math.isfinite(b) and abs(a - b) <= rel * max(abs(a), abs(b))


def _given_dims(value: float, givens: list[tuple[float, float, Dim | None]]) -> set[Dim | None]:
    """The dimensions of the givens ``value`` equals, as written or in SI base units."""
    return {
        d
        for written, base, d in givens
        if _close(value, written, GIVEN_TOLERANCE) or (d and _close(value, base, GIVEN_TOLERANCE))
    }


def literal_value(node: ast.AST) -> float | None:
    """The value of an expression of numbers alone (``50 * 10**-6``, ``1/3``, ``-2``)."""
    if isinstance(node, ast.Constant):
        v = node.value
        return float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        inner = literal_value(node.operand)
        return None if inner is None else (-inner if isinstance(node.op, ast.USub) else inner)
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        return math.pi if node.value.id in _MODULES and node.attr == "pi" else None
    if isinstance(node, ast.BinOp):
        a, b = literal_value(node.left), literal_value(node.right)
        if a is None or b is None:
            return None
        try:
            if isinstance(node.op, ast.Add):
                return a + b
            if isinstance(node.op, ast.Sub):
                return a - b
            if isinstance(node.op, ast.Mult):
                return a * b
            if isinstance(node.op, ast.Div):
                return a / b
            if isinstance(node.op, ast.Pow) and abs(b) <= 40:
                r = a**b
                return float(r) if isinstance(r, (int, float)) else None
        except (ZeroDivisionError, OverflowError, ValueError):
            return None
    return None


def _plain_factor(v: float) -> bool:
    """A number a formula uses as a pure factor: a small fraction (2, 0.5, 1/3, 4/3), a small
    multiple of π, or a power of ten (a unit conversion)."""
    if v == 0:
        return True
    a = abs(v)
    if a <= 20 and any(
        round(a * k) >= 1 and abs(a * k - round(a * k)) < 1e-9 * k for k in range(1, 13)
    ):
        return True
    for turn in (math.pi, math.pi**2):  # 2π, 4π, π/2, 36π²
        if a <= 400 and any(
            round(a / turn * k) >= 1 and abs(a / turn * k - round(a / turn * k)) < 1e-6
            for k in (1, 2, 3, 4)
        ):
            return True
    exp = math.log10(a)
    return abs(exp - round(exp)) < 1e-12 and a != 1


_CONVERSION_NAME = re.compile(r"_to_|(?:^|_)(?:to|per|in|conversion|factor|amu)(?:_|$)|^u$", re.I)


_CONSTANT_UNITS = re.compile(
    r"electron_mass|proton_mass|neutron_mass|boltzmann|planck|speed_of_light|gravit|avogadro|"
    r"elementary_charge|vacuum|faraday|molar_gas|bohr|atomic_mass"
)


def _is_unit(name: str) -> bool:
    """``name`` is a unit's symbol ('eV', 'hp', 'AU'), not a physical constant's ('m_e', 'k_B')."""
    from .unit_text import long_name, parse_unit

    parsed = parse_unit(name)
    return parsed is not None and not _CONSTANT_UNITS.search(long_name(parsed.units))


class _Program:
    """Straight-line code of ``solve()`` read assignment by assignment."""

    def __init__(self, question: str, code: str) -> None:
        self.givens = _given_table(question)
        self.lines = code.splitlines()
        self.env: dict[str, _Value] = {}

    def leaf(self, value: float, lineno: int, name: str = "") -> _Value:
        """The dimension of a number the program assigns to ``name``; a unit conversion factor
        ('eV_to_J', 'J_per_eV', 'eV', 'amu', 'seconds_in_a_day') is unknown: its comment may give
        the unit of its value ('eV = 1.602e-19  # J') or of its use."""
        if _CONVERSION_NAME.search(name) or (len(name) > 1 and _is_unit(name)):
            return None
        if abs(abs(value) - ELEMENTARY_CHARGE) <= CONSTANT_TOLERANCE * ELEMENTARY_CHARGE:
            return None  # e in C, or 1 eV in J: 'E / e' is an energy in eV either way
        line = self.lines[lineno - 1] if 0 < lineno <= len(self.lines) else ""
        stated = comment_unit(line.split("#", 1)[1]) if "#" in line else None
        small = value == round(value) and abs(value) <= 12  # '3' may be a count, not '3 m'
        dims = set() if small else _given_dims(value, self.givens)
        given = dims.pop() if len(dims) == 1 else None
        constant = constant_dim(value)
        found = {d for d in (stated, given, constant) if d is not None}
        if len(found) != 1 or (len(dims) > 0 and stated is None):
            return None  # no unit, or units that disagree: the comment or the match is wrong
        return found.pop()

    def number(self, value: float, in_sum: bool) -> _Value:
        """The dimension of a number written inside a formula."""
        if _given_dims(value, self.givens):
            return None  # '50 * eV_to_J': the number may carry the given's unit
        if in_sum:
            return () if value in (0.0, 1.0) else None
        if _plain_factor(value):
            return ()
        return constant_dim(value)

    def expr(self, node: ast.AST, in_sum: bool = False) -> _Value:
        v = literal_value(node)
        if v is not None:
            return self.number(v, in_sum)
        if isinstance(node, ast.Name):
            if node.id == "pi" and node.id not in self.env:
                return ()
            return self.env.get(node.id)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
            return self.expr(node.operand, in_sum)
        if isinstance(node, ast.BinOp):
            return self.binop(node)
        if isinstance(node, ast.Call):
            return self.call(node)
        return None

    def binop(self, node: ast.BinOp) -> _Value:
        if isinstance(node.op, (ast.Add, ast.Sub)):
            a, b = self.expr(node.left, True), self.expr(node.right, True)
            for x in (a, b):
                if isinstance(x, _Clash):
                    return x
            if a is None or b is None:
                return None
            if a != b:
                return _Clash(getattr(node, "lineno", 0), a, b, ast.unparse(node))
            return a
        if isinstance(node.op, ast.Pow):
            base = self.expr(node.left)
            k = literal_value(node.right)
            if isinstance(base, _Clash):
                return base
            if base is None:
                return None
            if base == ():
                return ()
            return _pow(base, k) if k is not None else None
        if isinstance(node.op, (ast.Mult, ast.Div)):
            a, b = self.expr(node.left), self.expr(node.right)
            for x in (a, b):
                if isinstance(x, _Clash):
                    return x
            if a is None or b is None:
                return None
            return _mul(a, b, 1 if isinstance(node.op, ast.Mult) else -1)
        return None

    def call(self, node: ast.Call) -> _Value:
        name = called_name(node, _MODULES)
        if name is None or node.keywords or not node.args:
            return None
        if name in _DIMENSIONLESS_FUNCS and len(node.args) == 1:
            return ()
        if name in _SAME_FUNCS and (len(node.args) == 1 or name == "round"):
            return self.expr(node.args[0])
        if name == "sqrt" and len(node.args) == 1:
            a = self.expr(node.args[0])
            return a if a is None or isinstance(a, _Clash) else _pow(a, 0.5)
        if name == "pow" and len(node.args) == 2:
            return self.expr(ast.BinOp(node.args[0], ast.Pow(), node.args[1]))
        return None

    def run(self, body: list[ast.stmt]) -> tuple[_Value, ast.Return] | None:
        """The returned value's dimension, or None when the body is not straight-line code with one
        final ``return``."""
        for i, stmt in enumerate(body):
            if isinstance(stmt, (ast.Import, ast.ImportFrom, ast.Pass)):
                continue
            if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):
                continue  # a docstring
            if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call):
                f = stmt.value.func
                if isinstance(f, ast.Name) and f.id == "print":
                    continue
                return None
            if isinstance(stmt, ast.Assign):
                if not all(isinstance(t, ast.Name) for t in stmt.targets):
                    return None
                for target in stmt.targets:
                    assert isinstance(target, ast.Name)
                    self.env[target.id] = self.assigned(stmt.value, stmt.lineno, target.id)
                continue
            if isinstance(stmt, ast.AugAssign) and isinstance(stmt.target, ast.Name):
                joined = ast.BinOp(ast.Name(stmt.target.id, ast.Load()), stmt.op, stmt.value)
                ast.copy_location(joined, stmt)
                self.env[stmt.target.id] = self.expr(joined)
                continue
            if isinstance(stmt, ast.Return) and i == len(body) - 1 and stmt.value is not None:
                return self.expr(stmt.value), stmt
            return None
        return None

    def assigned(self, node: ast.expr, lineno: int, name: str) -> _Value:
        v = literal_value(node)
        if v is not None:
            return self.leaf(v, lineno, name)
        return self.expr(node)


def _solve_body(code: str) -> list[ast.stmt] | None:
    try:
        tree = ast.parse(code)
    except (SyntaxError, ValueError):
        return None
    funcs = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "solve"]
    if len(funcs) != 1 or funcs[0].args.args or funcs[0].decorator_list:
        return None
    return funcs[0].body


def returned_dimension(question: str, code: str) -> tuple[_Value, str] | None:
    """The dimension of what ``solve()`` returns (a :class:`_Clash` when its arithmetic adds
    different dimensions; None when unknown), with the returned expression's text."""
    body = _solve_body(code)
    if body is None:
        return None
    program = _Program(question, code)
    result = program.run(body)
    if result is None:
        return None
    value, stmt = result
    assert stmt.value is not None
    return value, ast.unparse(stmt.value)


def asked_dimension(question: str) -> tuple[Dim, str] | None:
    """The dimension of the unit the question asks its answer in, with how it is written."""
    from .final_checks import asked_unit, question_scale
    from .text import normalize

    _, scaled = question_scale(normalize(question))
    asked = scaled if scaled is not None else asked_unit(question)
    if asked is None:
        return None
    try:
        return _dim(asked[0].dimensionality), asked[1]
    except (ValueError, AttributeError):
        return None


def program_unit_check(question: str, code: str) -> Check | None:
    """A failed check when the program's arithmetic adds different dimensions on the way to its
    result, or returns a dimension other than the asked unit's; None when nothing is proved."""
    found = returned_dimension(question, code)
    if found is None or found[0] is None:
        return None
    value, returned = found
    if isinstance(value, _Clash):
        return Check(
            "program units",
            False,
            f"line {value.line} of the program computes '{value.text}', a sum of "
            f"{dim_label(value.left)} and {dim_label(value.right)} by the units the program and "
            "the question give its values; quantities of different dimensions cannot be added, "
            "and the result depends on it",
        )
    asked = asked_dimension(question)
    if asked is None or value == asked[0]:
        return None
    return Check(
        "program units",
        False,
        f"the program returns '{returned}', which by the units the program and the question give "
        f"its values is in {dim_label(value)}; the question asks for {asked[1]}, which is "
        f"{dim_label(asked[0])}",
    )
