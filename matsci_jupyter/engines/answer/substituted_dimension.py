"""The dimension of a substitution written in bare numbers, with each number's unit put back from the question.

Worked answers often put the question's values into a formula without their units::

    D = (2.5 × 10^-8)(5 × 10^-3) / ((0.20)(2.4 - 0.6)) = 3.47 × 10^-10 m²/s

The arithmetic holds, so no step is wrong, but each bare number is a value the question states
(a flux in kg m⁻² s⁻¹, a thickness of 5 mm written in metres, an area in m², two concentrations in
kg m⁻³). With those units put back the expression is a rate (1/s), not the m²/s the answer is in:
the formula is wrong (here an area divided in although the flux is already per area).

A substitution is judged only when that is provable:

- its bare value is the response's final number (in the final answer's unit or in SI, within 2 %),
  so the expression is the calculation of the answer itself;
- every number in it is accounted for: a value the question states, matched by value alone (as
  written or in SI, within the rounding of the digits written; failing that, in another prefix of
  its unit: 10^(3a), or prefixes of its base units, as g/cm³ for kg/m³) and with a unit; a
  physical constant of :mod:`.constants` in one of its units; a whole number written without a
  decimal point (1 to 10), ½, π or e (dimensionless factors); or 273/273.15 (a Celsius offset).
  Exponents are dimensionless and not matched. A number matching two different dimensions (a given
  of 2 mol and the factor 2; the elementary charge and the eV–joule factor), or nothing at all,
  leaves the expression unjudged;
- at least two of its numbers carry a unit (one value alone shows no formula);
- sums and differences add one dimension (pint refuses others: unjudged);
- the final answer's unit is read (written, or the question's unit carried to a bare number), is
  not dimensionless and, where the question asks for a unit, has its dimension.

Not judged either: an expression that comes out dimensionless ('p = e^-25.9' in atm is a value
over its standard state), a mismatch by a power of the dimension of a given whose value is 1 (a
factor of 1 m changes no number and is often left out), and a mismatch only in the amount of
substance when a molar constant (R, F, N_A) is among the numbers (ΔG = −nFE is written in kJ as
often as in kJ/mol).

The expression is flagged when its dimension differs from the answer's and no other substitution
with the final value agrees; the message names what each number was taken for.
"""

from __future__ import annotations

import ast
import contextlib
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .checks import Check
from .constants import CONSTANTS
from .prose import FinalAnswer, Statement
from .quantities import _NUMBER, Reading, format_number
from .unit_text import unit_label

_PREFIX_STEPS = range(-3, 4)
"""A given restated in another prefix of a derived unit (MPa, kJ, nm) changes by 10^(3a)."""
_BASE_PREFIXES = {
    "[length]": (0, -2, -3, -6, -9, 3),  # cm, mm, μm, nm, km for m
    "[mass]": (0, -3, -6, 3),  # g, mg, t for kg
    "[time]": (0, -3),
    "[substance]": (0, -3),
}
"""Prefixes of the SI base units a given's unit may be rewritten in (g/cm³ for kg/m³: 10^-3)."""
_MAX_PREFIX_POWER = 12
_MATCH_RTOL = 0.01
"""A number rounded from a given or a constant is at most this far from it (and within half a unit
of its last digit)."""
_SMALL_WHOLE = 10
_MOLAR_CONSTANTS = ("R", "F", "N_A")
_FINAL_RTOL = 0.02


@dataclass(frozen=True)
class _Meaning:
    """What one bare number stands for: a dimension (its SI base unit) and how it was recognised."""

    unit: Any  # pint Unit in SI base units (dimensionless for factors)
    why: str
    constant: str | None = None


@dataclass(frozen=True)
class _Written:
    """A number of the expression as written: its value and significant digits, and whether it is
    written as a whole number ('2', not '2.0')."""

    value: float
    digits: int
    whole: bool


def _written(value: float, text: str | None) -> _Written:
    if text is None:  # digits as Python writes the value ('300000000' 1, '0.2' 1)
        mant = f"{abs(value):.15g}".split("e")[0]
        whole = False
    else:
        m = _NUMBER.fullmatch(text.strip())
        if m is None or m.group("mant") is None:  # '10^-3': an exact power of ten
            return _Written(value, 15, False)
        mant = m.group("mant").strip().lstrip("+-")
        whole = "." not in mant and m.group("e") is None and m.group("exp") is None
    digits = mant.replace(".", "").replace(",", "").replace(" ", "").lstrip("0")
    if "." not in mant:
        digits = digits.rstrip("0")
    return _Written(value, max(1, len(digits)), whole)


def _rounds_to(x: _Written, ref: float) -> bool:
    """``x`` is ``ref`` written to the digits of ``x`` (within 1 %)."""
    value, ref = abs(x.value), abs(ref)
    if value == 0 or ref == 0:
        return False
    if math.isclose(value, ref, rel_tol=1e-9):
        return True
    if abs(value / ref - 1) > _MATCH_RTOL:
        return False
    ulp = 10.0 ** (math.floor(math.log10(value)) - x.digits + 1)
    return abs(value - ref) <= 0.5 * ulp * (1 + 1e-9)


def _given_meanings(x: _Written, reading: Reading | None, scaled: bool) -> list[_Meaning | None]:
    """The dimensions of the question's givens that ``x`` matches, as written or in SI (``scaled``:
    in another prefix of the unit instead); None for a match with a unitless given (its unit may
    have been missed: unknown)."""
    out: list[_Meaning | None] = []
    if reading is None:
        return out
    for g in reading.givens:
        q = g.quantity
        if q is None or not g.has_unit:
            number = g.number if q is None else float(q.magnitude)
            if not scaled and number is not None and _rounds_to(x, number):
                out.append(None)
            continue
        try:
            base = q.to_base_units()
            mags = {abs(float(q.magnitude)), abs(float(base.magnitude))}
            unit = base.units
        except Exception:
            continue
        if scaled and dict(base.dimensionality) == {"[temperature]": 1}:
            continue  # temperatures take no prefix
        powers = _prefix_powers(dict(base.dimensionality)) if scaled else (0,)
        if any(_rounds_to(x, m * 10.0**k) for m in mags if m for k in powers):
            out.append(_Meaning(unit, f"{g.text.strip()} (given)"))
    return out


def _prefix_powers(dimension: dict[str, float]) -> set[int]:
    """The powers of ten between a quantity's SI value and its value in other prefixes of its unit:
    a prefix on the unit as a whole (10^(3a)), or on each base unit it is made of (g/cm²/s for
    kg/m²/s: 10^(-3 + 4)); a percentage for a fraction: 10^2."""
    powers = {3 * a for a in _PREFIX_STEPS}
    combos = {0}
    for base, exponent in dimension.items():
        prefixes = _BASE_PREFIXES.get(base, (0,))
        if not float(exponent).is_integer():
            continue
        combos = {c + int(exponent) * p for c in combos for p in prefixes}
    powers |= {c for c in combos | {-c for c in combos} if abs(c) <= _MAX_PREFIX_POWER}
    if not dimension:
        powers |= {2, -2}
    return powers - {0}


def _constant_meanings(x: _Written) -> list[_Meaning]:
    from ...units import get_registry

    ureg = get_registry()
    out = []
    for sym, const in CONSTANTS.items():
        for unit in const.units:
            try:
                ref = const.quantity().to(unit)
            except Exception:
                continue
            if _rounds_to(x, float(ref.magnitude)):
                base = ref.to_base_units().units
                out.append(_Meaning(base, f"{const.name} ({unit_label(ref.units)})", sym))
                if sym == "e":  # 1.602 × 10^-19 is as often the eV–joule factor (J/eV)
                    out.append(_Meaning(ureg.Unit("dimensionless"), "the eV–J factor"))
                break
    return out


def _factor_meanings(x: _Written) -> list[_Meaning]:
    from ...units import get_registry

    ureg = get_registry()
    one = ureg.Unit("dimensionless")
    v = x.value
    if x.whole and v.is_integer() and 1 <= v <= _SMALL_WHOLE:
        return [_Meaning(one, "a whole number")]
    if v == 0.5:
        return [_Meaning(one, "½")]
    if _rounds_to(x, math.pi) and x.digits >= 3:
        return [_Meaning(one, "π")]
    if _rounds_to(x, math.e) and x.digits >= 3:
        return [_Meaning(one, "e")]
    if v in (273.0, 273.15):
        return [_Meaning(ureg.Unit("kelvin"), "the Celsius offset")]
    return []


# A given written in another prefix of its unit (g/cm³ for kg/m³) matches by value only by chance too
# often (0.5 × 10⁻³ m, a radius, matched 50 N as 5 × 10⁻⁴ hN·…): off until it can be tied to the text.
_PREFIXED_MATCH = False


def _meaning(x: _Written, reading: Reading | None) -> _Meaning | None:
    """The one dimension ``x`` can stand for, or None (unknown or ambiguous). A given matched as
    written or in SI, a constant or a factor comes first; a given in another prefix only when none
    of those matches."""
    found = _given_meanings(x, reading, False) + _constant_meanings(x) + _factor_meanings(x)
    if not found and _PREFIXED_MATCH:
        found = _given_meanings(x, reading, True)
    if not found or any(m is None for m in found):
        return None
    dims = {str(m.unit.dimensionality) for m in found if m is not None}
    if len(dims) != 1:
        return None
    return found[0]


class _Unjudged(ValueError):
    """A number in the expression stands for nothing known, or for two dimensions."""


def _number_texts(text: str) -> list[str]:
    """The numbers of a segment as written, in the order the expression reader takes them."""
    from .expression import _number_end

    t = text
    for a, b in (
        ("×", "*"),
        ("·", "*"),
        ("−", "-"),
        ("[", "("),
        ("]", ")"),
        ("{", "("),
        ("}", ")"),
    ):
        t = t.replace(a, b)
    out, i = [], 0
    while i < len(t):
        m = _NUMBER.match(t, i) if (t[i].isdigit() or t[i] == ".") else None
        if m is not None:
            end = _number_end(t, m)
            out.append(t[m.start() : end])
            i = end
            continue
        word = re.match(r"[A-Za-z]+(?:\^-1)?", t[i:])
        i += len(word.group(0)) if word else 1
    return out


def _written_numbers(tree: ast.AST, text: str) -> dict[int, _Written]:
    """Each number node of the expression with its written form (its digits, whether whole); the
    values alone when the written numbers cannot be lined up with the nodes."""
    nodes = sorted(
        (
            n
            for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, (int, float))
        ),
        key=lambda n: (n.lineno, n.col_offset),
    )
    own = [n for n in nodes if n.value not in (math.pi, math.e)]  # 'π', 'e^' become numbers
    texts = _number_texts(text)
    if len(texts) != len(own):
        return {id(n): _written(float(n.value), None) for n in nodes}
    out = {id(n): _written(float(n.value), None) for n in nodes}
    for n, written in zip(own, texts, strict=True):
        out[id(n)] = _written(float(n.value), written)
    return out


def _with_units(
    tree: ast.AST, reading: Reading | None, written: dict[int, _Written]
) -> tuple[ast.AST, dict[str, Any], list[_Meaning]]:
    """The expression tree with each number (outside exponents) replaced by a name bound to a
    quantity of its meaning's unit."""
    from ...units import get_registry

    ureg = get_registry()
    env: dict[str, Any] = {}
    meanings: list[_Meaning] = []

    class _Put(ast.NodeTransformer):
        def visit_BinOp(self, node: ast.BinOp) -> ast.AST:
            node.left = self.visit(node.left)
            if not isinstance(node.op, ast.Pow):  # an exponent is a plain number
                node.right = self.visit(node.right)
            return node

        def visit_Constant(self, node: ast.Constant) -> ast.AST:
            if not isinstance(node.value, (int, float)) or id(node) not in written:
                raise _Unjudged("not a number")
            x = written[id(node)]
            m = _meaning(x, reading)
            if m is None:
                raise _Unjudged(f"{x.value} unknown")
            name = f"_q{len(env)}"
            env[name] = ureg.Quantity(x.value, m.unit)
            meanings.append(_Meaning(m.unit, f"{format_number(x.value)}: {m.why}", m.constant))
            return ast.copy_location(ast.Name(id=name, ctx=ast.Load()), node)

    return _Put().visit(tree), env, meanings


@dataclass(frozen=True)
class _Judged:
    text: str
    dimension: Any  # pint Quantity in SI base units
    meanings: tuple[_Meaning, ...]


def _judge(side: str, reading: Reading | None) -> tuple[Any, _Judged | None]:
    """(bare value, dimension found) of a substitution in bare numbers; (None, None) when it is not
    one, (value, None) when its numbers are not all accounted for."""
    from .expression import _fn_table, _walk, tokenize, trig_notation
    from .step_check import strip_words

    text = strip_words(side)
    if not text or len(text) > 300 or not re.search(r"\d", text):
        return None, None
    try:
        expr, env, has_units, has_op = tokenize(trig_notation(text))
        if has_units or not has_op or env:
            return None, None
        tree = ast.parse(expr, mode="eval")
        bare = _walk(tree, {}, _fn_table())
        bare = float(getattr(bare, "magnitude", bare))
    except Exception:
        return None, None
    try:
        tree = ast.parse(expr, mode="eval")
        dressed, units, meanings = _with_units(
            tree, reading, _written_numbers(tree, trig_notation(text))
        )
        value = _walk(dressed, units, _fn_table())
    except Exception:  # a number unaccounted for, a sum of two dimensions, a unit in a function
        return bare, None
    if not hasattr(value, "dimensionality"):
        from ...units import get_registry

        value = get_registry().Quantity(float(value), "dimensionless")
    return bare, _Judged(text, value.to_base_units(), tuple(meanings))


def _is_final_number(bare: float, final_value: Any) -> bool:
    mags = [abs(float(final_value.magnitude))]
    with contextlib.suppress(Exception):
        mags.append(abs(float(final_value.to_base_units().magnitude)))
    return any(m and math.isclose(abs(bare), m, rel_tol=_FINAL_RTOL) for m in mags)


def _dimension_label(found: Any, answer_units: Any) -> str:
    """The dimension found, as the shorter of its SI unit and the answer's unit times the SI unit
    of their ratio ('Ω/m' for kg·m/(A²·s³) beside an answer in Ω)."""
    from ...units import get_registry

    ureg = get_registry()
    base = ureg.Quantity(1, found.units).to_base_units().units
    labels = [unit_label(base) or "1"]
    with contextlib.suppress(Exception):
        ratio = (ureg.Quantity(1, base) / ureg.Quantity(1, answer_units).to_base_units()).units
        labels.append(unit_label((ureg.Quantity(1, answer_units) * ureg.Quantity(1, ratio)).units))
    return min(labels, key=len)


def _dropped_unit_value(reading: Reading, ratio: Any) -> bool:
    """The mismatch is a power of the dimension of a given whose value is 1 (as written or in SI):
    multiplying by it changes no number, so a response may leave it out of the numbers it writes."""
    for g in reading.givens:
        q = g.quantity
        if q is None or not g.has_unit:
            continue
        try:
            ones = math.isclose(abs(float(q.magnitude)), 1.0) or math.isclose(
                abs(float(q.to_base_units().magnitude)), 1.0
            )
            if not ones or q.dimensionless:
                continue
            for power in (1, 2, 3, -1, -2, -3):
                if ratio.dimensionality == (q**power).dimensionality:
                    return True
        except Exception:
            continue
    return False


def _substance_only(found: Any, expected: Any) -> bool:
    """The two dimensions differ only in a power of the amount of substance."""
    ratio = dict((found / expected).dimensionality)
    return bool(ratio) and set(ratio) == {"[substance]"}


def substituted_dimension_check(
    reading: Reading | None,
    chains: Sequence[Statement],
    final: FinalAnswer | None,
    final_value: Any,
    requested: tuple[Any, str] | None,
) -> Check | None:
    """A failed 'substitution dimensions' check when the final value's calculation, with each bare
    number's unit put back, has another dimension than the final answer's unit; None otherwise."""
    from ...units import get_registry

    if reading is None or final is None or final_value is None:
        return None
    ureg = get_registry()
    try:
        expected = ureg.Quantity(1, final_value.units)
        if expected.dimensionless:
            return None  # a bare final number: its unit is not read
        if requested is not None and ureg.Quantity(1, requested[0]).dimensionality != (
            expected.dimensionality
        ):
            return None  # the answer's unit and the asked one disagree: that is another check's
    except Exception:
        return None
    judged: list[_Judged] = []
    for chain in chains:
        for side in chain.sides:
            bare, found = _judge(side, reading)
            if found is None or bare is None or not _is_final_number(bare, final_value):
                continue
            if sum(not m.unit.dimensionless for m in found.meanings) < 2:
                continue  # one value with a unit: no formula is shown ('√(3.6 × 10^-12)')
            judged.append(found)
    if not judged or any(j.dimension.dimensionality == expected.dimensionality for j in judged):
        return None
    last = judged[-1]
    if last.dimension.dimensionless:
        return None  # 'p = e^-25.9' in atm: a value over its standard state (p/p°), not a slip
    if _dropped_unit_value(reading, last.dimension / expected):
        return None  # 'a string of length 1 m': a factor of 1 m may be left out unseen
    if _substance_only(last.dimension, expected) and any(
        m.constant in _MOLAR_CONSTANTS for m in last.meanings
    ):
        return None  # per mole of reaction, a unit prose drops
    found_label = _dimension_label(last.dimension, final_value.units)
    return Check(
        "substitution dimensions",
        False,
        f"'{last.text}': the substituted values, with their units "
        f"({'; '.join(m.why for m in last.meanings)}), give [{found_label}]; "
        f"the answer is in {unit_label(final_value.units)}",
    )
