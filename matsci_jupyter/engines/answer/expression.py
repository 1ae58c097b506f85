"""Evaluate one arithmetic segment of prose with pint: ``(6.626 × 10^-34 J·s)(3.00 × 10^8 m/s)/(1.12 eV)``.

The segment is tokenised (numbers as exams write them, units right after a
value, ``sqrt``/``exp``/``ln``/``sin``, ``π``), turned into a Python expression
whose units are pint quantities, and evaluated by walking its syntax tree
(only arithmetic and whitelisted functions: nothing is ``eval``-ed). A segment
with symbols that are not numbers or units (``h c / E``) is symbolic: None.
"""

from __future__ import annotations

import ast
import math
import operator
import re
from dataclasses import dataclass
from typing import Any

from .quantities import _NUMBER, _number_value
from .unit_text import parse_unit

_FUNCS = {
    "sqrt": "sqrt",
    "√": "sqrt",
    "exp": "exp",
    "ln": "ln",
    "log": "log10",
    "log10": "log10",
    "log_10": "log10",
    "sin": "sin",
    "cos": "cos",
    "tan": "tan",
    "arcsin": "asin",
    "asin": "asin",
    "sin^-1": "asin",
    "arccos": "acos",
    "acos": "acos",
    "cos^-1": "acos",
    "arctan": "atan",
    "tan^-1": "atan",
    "atan": "atan",
    "erf": "erf",
    "erfc": "erfc",
    "erfinv": "erfinv",
    "erf^-1": "erfinv",
}
_UNIT_RUN = re.compile(
    r"(?:/\s*|\((?=[A-Za-zμÅΩ°]))?(?:√m\b|[A-Za-zμÅΩ°%])[A-Za-zμÅΩ°%·*/^\-\d.()√]*"
    r"(?:(?:\s+(?:per\s+)?|\s+/\s*)(?:√m\b|[A-Za-zμÅΩ°%])[A-Za-zμÅΩ°%·*/^\-\d.()√]*)*"
)
"""A unit after a number: symbols, products, powers, 'per', and a spaced '/' ('kg / m^3', as TeX's
'\\mathrm{~kg} / \\mathrm{m}^3' is read); the root of a metre ('MPa√m', '0.069 √m')."""


# a crystal direction or plane family written with three one-digit indices: [001], [1̄10], <111>
_DIRECTION = re.compile(r"[\[<⟨]\s*(?:[-−]?\d\u0304?\s*,?\s*){3}[\]>⟩]")


@dataclass(frozen=True)
class Segment:
    """One side of an '=' in a line of prose, evaluated when it is numeric."""

    text: str
    value: Any = None  # pint Quantity, or None when symbolic/unreadable
    has_units: bool = False
    has_operator: bool = False  # a calculation rather than a stated value
    sig_figs: int | None = None
    error: str | None = None  # e.g. a sum of a length and a time


class _Symbolic(ValueError):
    """The segment contains symbols, not only numbers and units."""


def _unit_at(text: str, pos: int) -> tuple[str, int] | None:
    m = _UNIT_RUN.match(text, pos)
    if not m:
        return None
    run = m.group(0)
    if re.search(r"√(?!m\b)", run):
        return None  # '2R√2', '4r√3': a symbol times the root of a number, not a unit
    # 'J-1200 J', 'V-1.03 V': a minus before a long or decimal number is a subtraction, not an
    # exponent; right after '^' it is the exponent's sign ('s^-2.5', 'm^(-1.5)')
    run = re.split(r"(?<!\^)(?<!\^\()-(?=\d*\.\d|\d{2,})", run)[0]
    # 'N/11.34 mm^2', 'eV nm/1.42 eV': a slash before a number divides by that number; the unit
    # ends before it
    run = _before_numeric_divisor(run)
    # shrink from the right until a unit parses; stop at an unmatched ')'
    cut = len(run)
    depth = 0
    for i, ch in enumerate(run):
        depth += ch == "("
        depth -= ch == ")"
        if depth < 0:
            cut = i
            break
    run = run[:cut]
    for end in range(len(run), 0, -1):
        cand = run[:end].rstrip(" ·*/^-")
        if not cand or cand[-1] in "(":
            continue
        if cand.count("(") != cand.count(")"):
            continue
        if end < len(run) and cand[-1].isalpha() and run[end].isalpha():
            continue  # 's' is not the unit of '1.85 slugs': a unit ends where its word ends
        parsed = parse_unit(cand)
        if parsed is not None:
            return cand, pos + len(cand)
    return None


def _before_numeric_divisor(run: str) -> str:
    """The run up to a '/' that divides by a number outside any bracket ('N/11.34 mm^2' → 'N');
    an exponent's slash stays ('μm^(-1/2)')."""
    depth = 0
    # 'm^1/2', 'm^-1/2': a slash right after an exponent's digit is part of the exponent when a
    # single digit follows it; 'cm^-3/63.55 g' divides by the number 63.55
    for m in re.finditer(
        r"[()]|(?<!\^\d)(?<!\^-\d)(?<!\^−\d)\s*/\s*(?=[\d.])|(?<=\^\d)/(?=\d\d|\d?\.)"
        r"|(?<=\^[-−]\d)/(?=\d\d|\d?\.)",
        run,
    ):
        tok = m.group(0)
        if tok == "(":
            depth += 1
        elif tok == ")":
            depth -= 1
        elif depth == 0:
            return run[: m.start()]
    return run


def _sig_figs(text: str) -> int | None:
    # '−1 675.7': spaced thousands (groups of exactly three) are digits of the one number
    m = re.match(r"\s*[-+−]?(\d{1,3}(?: \d{3})+(?![\d,])\.?\d*|\d[\d,]*\.?\d*|\.\d+)", text)
    if not m:
        return None
    digits = m.group(1).replace(",", "").replace(".", "").replace(" ", "").lstrip("0")
    return max(1, len(digits)) if digits else 1


# a capital T, V or P with a digit straight after it ('T1', 'V2', 'P1') is an indexed symbol (a
# temperature, a voltage or volume, a pressure), not a unit raised to that power (tesla, volt, poise)
_INDEXED_SYMBOL = re.compile(r"(?<![A-Za-z])[TVP][0-9](?![0-9.])")


def tokenize(segment: str) -> tuple[str, dict[str, Any], bool, bool]:
    """Python expression text, unit quantities by name, whether units and operators occur."""
    from ...units import get_registry

    ureg = get_registry()
    if _DIRECTION.search(segment):
        raise _Symbolic(segment)  # '[001]·[111]' is a dot product of directions, not 1 × 111
    t = (
        segment.replace("×", "*")
        .replace("·", "*")
        .replace("−", "-")
        .replace("[", "(")
        .replace("]", ")")
    )
    t = t.replace("{", "(").replace("}", ")")
    out: list[str] = []
    units: dict[str, Any] = {}
    has_units = has_op = False
    i = 0
    prev = "start"  # start | value | op | open | func
    while i < len(t):
        ch = t[i]
        if ch.isspace():
            i += 1
            continue
        m = _NUMBER.match(t, i) if (ch.isdigit() or ch == ".") else None
        if m:
            val = _number_value(m)
            if val is None:
                raise _Symbolic(segment)
            if prev in ("value",):
                out.append("*")
                has_op = True
            i = _number_end(t, m)
            prev = "value"
            continu = _unit_at(t, _skip_space(t, i))
            if continu and not t[_skip_space(t, i) :].startswith(("x ", "X ")):
                unit_text, end = continu
                if _INDEXED_SYMBOL.search(unit_text):
                    raise _Symbolic(segment)  # '1/T1 - 1/T2': temperatures T₁, T₂, not tesla powers
                name = f"_u{len(units)}"
                parsed = parse_unit(
                    unit_text if not unit_text.startswith("/") else "1" + unit_text.replace(" ", "")
                )
                if parsed is None:
                    raise _Symbolic(segment)
                units[name] = parsed
                out.append(f"({val!r}*{name})")
                has_units = True
                i = end
            else:
                out.append(repr(val))
            continue
        if (
            prev == "value"
            and out
            and out[-1].endswith(")")
            and ch not in "+-*/^)("
            and ch not in "π√"
        ):
            unit = _unit_at(t, i)
            if unit and not re.match(r"(?:sqrt|exp|ln|log|sin|cos|tan|erf|pi)\b", t[i:]):
                unit_text, end = unit
                name = f"_u{len(units)}"
                units[name] = parse_unit(unit_text)
                out.append(f"*{name}")
                has_units = True
                i = end
                continue
        if ch in "+-*/^":
            if ch == "*" and t[i : i + 2] == "**":
                out.append("**")
                i += 2
            elif ch == "^":
                out.append("**")
                i += 1
            else:
                out.append(ch)
                i += 1
            if not (ch == "-" and prev in ("start", "op", "open")):
                has_op = True
            prev = "op"
            continue
        if ch == "(":
            if prev == "value":
                out.append("*")
                has_op = True
            out.append("(")
            prev = "open"
            i += 1
            continue
        if ch == ")":
            out.append(")")
            prev = "value"
            i += 1
            continue
        if ch in "π":
            if prev == "value":
                out.append("*")
            out.append(f"({math.pi!r})")  # parenthesised so a unit may follow: '4700π rad/s'
            prev = "value"
            i += 1
            has_op = True
            continue
        word = re.match(r"log_?10(?=\s*\()|√|[A-Za-z]+(?:\^-1)?", t[i:])
        if word:
            w = word.group(0)
            if w in ("pi",):
                if prev == "value":
                    out.append("*")
                out.append(repr(math.pi))
                prev = "value"
                i += len(w)
                continue
            if w == "e" and t[i + 1 : i + 3].lstrip().startswith(("^", "**")):
                if prev == "value":
                    out.append("*")
                out.append(repr(math.e))
                prev = "value"
                i += 1
                continue
            if w in _FUNCS and (t[i + len(w) :].lstrip().startswith("(") or w == "√"):
                if prev == "value":
                    out.append("*")
                out.append(_FUNCS[w])
                has_op = True
                i += len(w)
                if w == "√" and not t[i:].lstrip().startswith("("):
                    nm = _NUMBER.match(t, _skip_space(t, i))
                    if not nm:
                        raise _Symbolic(segment)
                    out.append(f"({_number_value(nm)!r})")
                    i = nm.end()
                    prev = "value"
                else:
                    prev = "func"  # '35√(3)': the bracket after √ is its argument, not a product
                continue
            raise _Symbolic(segment)
        if ch in ",;:":
            raise _Symbolic(segment)
        raise _Symbolic(segment)
    env = {}
    for name, parsed in units.items():
        u = parsed.units
        if parsed.is_absolute_temperature and has_op:
            u = ureg.Unit(
                "delta_degF" if "F" in str(u) else "delta_degC"
            )  # a °C inside a product is a ΔT
        env[name] = ureg.Quantity(1, u)
    return "".join(out), env, has_units, has_op


def _number_end(t: str, m: re.Match[str]) -> int:
    """Where a number ends: '(1.8 × 10^-2 )' — a ')' the exponent pattern took without its '(' belongs
    to the bracket around the number."""
    end = m.end()
    taken = t[m.start() : end]
    if taken.count(")") > taken.count("("):
        end = t.rindex(")", m.start(), end)
    return end


def _skip_space(t: str, i: int) -> int:
    while i < len(t) and t[i] == " ":
        i += 1
    return i


# ------------------------------------------------------------------ safe evaluation
def _dimless(x: Any) -> float:
    return float(x.to("dimensionless").magnitude) if hasattr(x, "to") else float(x)


def _rad(x: Any) -> float:
    return float(x.to("radian").magnitude) if hasattr(x, "to") else math.radians(float(x))


def _fn_table() -> dict[str, Any]:
    from ...units import get_registry

    ureg = get_registry()

    def erfinv(y: Any) -> float:
        import mpmath  # a dependency of sympy

        return float(mpmath.erfinv(_dimless(y)))

    return {
        "sqrt": lambda x: x**0.5,
        "exp": lambda x: math.exp(_dimless(x)),
        "ln": lambda x: math.log(_dimless(x)),
        "log10": lambda x: math.log10(_dimless(x)),
        "sin": lambda x: math.sin(_rad(x)),
        "cos": lambda x: math.cos(_rad(x)),
        "tan": lambda x: math.tan(_rad(x)),
        "asin": lambda x: ureg.Quantity(math.degrees(math.asin(_dimless(x))), "degree"),
        "acos": lambda x: ureg.Quantity(math.degrees(math.acos(_dimless(x))), "degree"),
        "atan": lambda x: ureg.Quantity(math.degrees(math.atan(_dimless(x))), "degree"),
        "erf": lambda x: math.erf(_dimless(x)),
        "erfc": lambda x: math.erfc(_dimless(x)),
        "erfinv": erfinv,
    }


_BINOPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Pow: operator.pow,
}


def _walk(node: ast.AST, env: dict[str, Any], funcs: dict[str, Any]) -> Any:
    if isinstance(node, ast.Expression):
        return _walk(node.body, env, funcs)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.Name) and node.id in env:
        return env[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
        left, right = _walk(node.left, env, funcs), _walk(node.right, env, funcs)
        if isinstance(node.op, ast.Pow):
            exp = _dimless(right)
            if abs(exp) > 64:
                raise ValueError("exponent too large")
            return left**exp
        return _BINOPS[type(node.op)](left, right)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        v = _walk(node.operand, env, funcs)
        return -v if isinstance(node.op, ast.USub) else v
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in funcs
        and len(node.args) == 1
        and not node.keywords
    ):
        return funcs[node.func.id](_walk(node.args[0], env, funcs))
    raise ValueError(f"unsupported expression element {type(node).__name__}")


_TRIG_POWER = re.compile(r"\b(sin|cos|tan)\s*\^\s*\(?(\d)\)?\s*(\((?:[^()]|\([^()]*\))*\))")
_TRIG_DEGREES = re.compile(r"\b(sin|cos|tan)\s*(\d+(?:\.\d+)?)\s*°")


def trig_notation(text: str) -> str:
    """Textbook trigonometry as a formula reads it: 'sin^2 (x)' is (sin(x))^2 and 'cos45°' is
    cos(45°). Only an angle written with its degree sign loses its bracket; 'sin^-1' is untouched."""
    text = _TRIG_POWER.sub(r"(\1\3)^\2", text)
    return _TRIG_DEGREES.sub(r"\1(\2°)", text)


def evaluate_segment(segment: str) -> Segment:
    """Evaluate ``segment``; ``value`` is None when it is symbolic or cannot be computed."""
    from ...units import get_registry

    ureg = get_registry()
    text = segment.strip()
    if not text or len(text) > 400 or not re.search(r"\d", text):
        return Segment(text)
    try:
        expr, units, has_units, has_op = tokenize(trig_notation(text))
        tree = ast.parse(expr, mode="eval")
        value = _walk(tree, units, _fn_table())
    except (
        Exception
    ) as exc:  # unreadable is not an error; a sum of different dimensions is a finding
        if type(exc).__name__ == "DimensionalityError":
            return Segment(text, error=f"adds or subtracts different dimensions ({exc})")
        return Segment(text)
    if not hasattr(value, "units"):
        value = ureg.Quantity(float(value), "dimensionless")
    return Segment(text, value, has_units, has_op, _sig_figs(text) if not has_op else None)


def numbers_with_units(text: str) -> list[tuple[Any, str, int]]:
    """Every number in ``text`` with the unit written right after it: (Quantity, as written, start).

    Works inside expressions ('(6.626 × 10^-34 J·s)(3.00 × 10^8 m/s)'), where words-based reading fails.
    """
    from ...units import get_registry

    ureg = get_registry()
    out = []
    t = text.replace("×", "*").replace("·", "*")
    for m in _NUMBER.finditer(t):
        start = m.start()
        prev = t[start - 1] if start else ""
        if prev and (prev.isalnum() or prev in "._^"):
            continue
        before = t[:start].rstrip().rstrip("+-−").rstrip()
        if before.endswith(("**", "^")):  # 'm**2/s', 'm^-2 s^-1': an exponent, no value of its own
            continue
        val = _number_value(m)
        if val is None:
            continue
        if prev == "-" and (start < 2 or not t[start - 2].isalnum()):
            val, start = -val, start - 1
        unit = _unit_at(t, _skip_space(t, m.end()))
        if unit:
            unit_text, end = unit
            parsed = parse_unit(
                unit_text if not unit_text.startswith("/") else "1" + unit_text.replace(" ", "")
            )
            if parsed is not None:
                out.append((ureg.Quantity(val, parsed.units), text[start:end].strip(), start))
                continue
        out.append((ureg.Quantity(val, "dimensionless"), text[start : m.end()].strip(), start))
    return out
