"""A standard formula written wrongly: 'U_r = σ_y^2/E' where the modulus of resilience is σ_y²/(2E).

A response usually states the formula it uses before substituting numbers. When such an equation's
left side is unambiguously one quantity of the table in :mod:`.standard_formulas` (its written
symbol, the question's context, and the dimension of any value the chain states) and its right side
uses exactly the variables of a standard case of that quantity, the two are compared numerically at
several points (every variable between 0.3 and 1.7). The step is wrong only when it differs from
*every* case that is a reading of the question (monatomic/diatomic, ring/disc, open/closed pipe,
radius/diameter, ln/log₁₀ for a written 'log', sign conventions: magnitudes are compared) under
every assignment of the written symbols to the table's variables. A body or gas named on the line
('I_ring', '(for the ring)', 'for a diatomic gas') selects its case, and so do the words that
introduce the formula ('The time taken to reach the maximum height is t = …' names the time to the
top, not the whole flight). A formula also written
correctly elsewhere in the response is a slip of the pen, reported but not blocking.

Every symbol of the written side must be one the table knows for that formula; numbers only as
factors. Anything else (words, units after numbers, derivatives, a symbol of another quantity) is
not checked.
"""

from __future__ import annotations

import itertools
import math
import random
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .checks import Check
from .prose import Statement
from .standard_formulas import FORMULAS, Case, StandardFormula
from .text import SUBSCRIPT_DIGITS

SAMPLE_POINTS = 9
SYMBOL_RANGE = (1.2, 2.9)  # away from 1, where x and x² agree
AGREE = 1e-6
MAX_ASSIGNMENTS = 256

_FUNCS = ("sqrt", "exp", "log10", "log", "ln", "sin", "cos", "tan")
_HINT_TAIL = re.compile(
    r"\s*\(?\s*\b(?:for|of|in)\s+(?:an?\s+|the\s+)?(?P<hint>[A-Za-z][A-Za-z\s-]{2,40}?)\s*\)?\s*[.,;:]?\s*$"
)
_REJECT = re.compile(r"[<>≤≥≈±|{}∫∑∂!'′→\"]|\bd[a-z]\s*/\s*d[a-z]\b|\\")
_STANDARD = re.compile(
    r"(?P<x>E|Δ\s?[GHS])\s*(?:\^\s*\(?\s*(?:0|°|∘|o|θ|⊖|ominus)\s*\)?|°|∘)(?:_?(?P<sub>cell|red|ox|el))?"
)


@dataclass(frozen=True)
class Finding:
    """A written formula that matches no standard case of its quantity."""

    formula: StandardFormula
    case: Case
    statement: Statement
    value_note: str
    shown: str = ""


# ------------------------------------------------------------------ reading one side
def _prepare(text: str) -> str:
    """Plain operators and function names; E°, E^0 → E0; [ ] → ( ); e^(x) → exp(x)."""
    s = text.strip().rstrip(".,;:").strip()
    s = re.sub(  # 'd₀', 'A₁': a subscript digit is an index ('d_0')
        r"(?<=[A-Za-zα-ωΑ-Ω])([₀-₉]+)",
        lambda m: "_" + m.group(1).translate(SUBSCRIPT_DIGITS),
        s,
    )
    s = re.sub(r"\|([^|]{1,40})\|", r"(\1)", s)  # |e|, |ρ_s - ρ_f|: magnitudes are compared anyway
    s = s.replace("√", "sqrt").replace("×", "*").replace("·", "*").replace("−", "-")
    s = s.replace("[", "(").replace("]", ")").replace("π", " pi ")
    s = re.sub(r"sqrt\s*(\d+(?:\.\d+)?)", r"sqrt(\1)", s)  # '2√2R': the root of the number only
    s = _STANDARD.sub(
        lambda m: (
            m.group("x").replace(" ", "") + "0" + (f"_{m.group('sub')}" if m.group("sub") else "")
        ),
        s,
    )
    s = re.sub(r"(?<![a-z])e\s*\^\s*\(", "exp(", s)  # 'Ae^(-E_a/RT)' too
    s = re.sub(r"\bexp\s*\^\s*\(", "exp(", s)
    s = re.sub(r"\blog_?\(?10\)?(?=\s*\(|\s*[A-Za-z])", "log10", s)
    # 'ln2', 'ln 2'; the 10 of 'log10(x)' is its base, not an argument; 'ln 5 × 10^9' takes the
    # number in scientific notation whole (ln(5×10⁹), as D0/D ratios are written), not (ln 5)·10⁹
    s = re.sub(
        r"(?<![A-Za-z])(ln|log10|log(?!10))\s*"
        r"([0-9.]+(?:\s*\*\s*10\s*(?:\^|\*\*)\s*\(?\s*[-+]?\s*\d+\s*\)?|[eE][-+]?\d+)?)",
        r"\1(\2)",
        s,
    )
    s = re.sub(  # 'lnQ', 'log K_c'
        r"(?<![A-Za-z])(ln|log10|log)\s*([A-Za-zα-ωΑ-Ω](?:_[A-Za-z0-9]+)?)(?![A-Za-z0-9_(])",
        r"\1(\2)",
        s,
    )
    return s


@dataclass(frozen=True)
class Parsed:
    expr: Any  # sympy expression in placeholder symbols
    tokens: dict[str, str]  # placeholder name -> written token
    logs: bool  # a bare 'log' (ln or log10) was written


def _tokenize(s: str, formula: StandardFormula) -> list[tuple[str, str]] | None:
    """(kind, text) tokens, symbols read with the formula's own written forms (longest first)."""
    out: list[tuple[str, str]] = []
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c.isspace():
            if out and out[-1][0] != "sp":
                out.append(("sp", " "))
            i += 1
            continue
        m = re.match(r"\d+(?:\.\d+)?|\.\d+", s[i:])
        if m:
            out.append(("num", m.group(0)))
            i += m.end()
            continue
        if c in "+-*/^()":
            out.append(("op", "**" if c == "^" else c))
            i += 1
            continue
        if s.startswith("**", i):
            out.append(("op", "**"))
            i += 2
            continue
        fm = re.match(r"(sqrt|exp|log10|log|ln|sin|cos|tan)(?![A-Za-z_])", s[i:])
        if fm or (re.match(r"(sqrt|exp|log10|log|ln|sin|cos|tan)", s[i:]) and _func_then(s, i)):
            name = (fm or re.match(r"(sqrt|exp|log10|log|ln|sin|cos|tan)", s[i:])).group(1)  # type: ignore[union-attr]
            out.append(("func", name))
            i += len(name)
            continue
        if s.startswith("pi", i) and not re.match(r"pi[A-Za-z_]", s[i:]):
            out.append(("num", "pi"))
            i += 2
            continue
        best = None
        for var in formula.variables:
            vm = re.compile(var.written).match(s, i)
            if vm and vm.end() > i and (best is None or vm.end() > best):
                if vm.end() < n and s[vm.end()] == "_":
                    continue  # 'v' of 'v_rms' is not v
                best = vm.end()
        if best is None:
            return None  # a symbol the formula does not know
        if best < n and s[best].isdigit() and s[best - 1].isalpha():
            return None  # 'm1', 'P1V1': an index without '_' is not read
        out.append(("sym", s[i:best]))
        i = best
    return out


def _func_then(s: str, i: int) -> bool:
    """'sinθ', 'sin2θ': a function name run into its argument."""
    return bool(re.match(r"(sin|cos|tan)(?=[0-9θαφβ])", s[i:]))


def _tighten(tokens: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """'E_a/RT' as prose means E_a/(RT): a run of factors written without spaces right after '/'
    is the whole denominator. This is one reading; the plain one ('1/2mv^2' = ½·m·v²) is the
    other, and a formula is wrong only when both are. A space after the '/' does not change
    that ('Q_v / kT' is Q_v/(kT))."""
    out = list(tokens)
    k = 0
    while k < len(out):
        start = k + 2 if k + 1 < len(out) and out[k + 1][0] == "sp" else k + 1
        if out[k] != ("op", "/") or start >= len(out) or out[start][0] not in ("num", "sym"):
            k += 1
            continue
        j = start
        atoms = 0
        while j < len(out):
            if out[j][0] in ("num", "sym"):
                atoms += 1
                j += 1
            elif out[j] == ("op", "**") and j + 1 < len(out) and out[j + 1][0] in ("num", "sym"):
                j += 2
            else:
                break
        if atoms >= 2:
            out[start:j] = [("op", "("), *out[start:j], ("op", ")")]
        k += 1
    return out


def _trig_powers(tokens: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """'cos^2(θ)' → 'cos(θ)^2'."""
    out = list(tokens)
    k = 0
    while k + 3 < len(out):
        if (
            out[k][0] == "func"
            and out[k][1] in ("sin", "cos", "tan")
            and out[k + 1] == ("op", "**")
            and out[k + 2][0] == "num"
            and out[k + 3] == ("op", "(")
        ):
            depth, end = 0, None
            for j in range(k + 3, len(out)):
                depth += out[j] == ("op", "(")
                depth -= out[j] == ("op", ")")
                if depth == 0:
                    end = j
                    break
            if end is not None:
                power = out[k + 2]
                out = [*out[: k + 1], *out[k + 3 : end + 1], ("op", "**"), power, *out[end + 1 :]]
        k += 1
    return out


def _to_source(
    tokens: list[tuple[str, str]], prefix: str = "w"
) -> tuple[str, dict[str, str]] | None:
    """Python source with explicit '*' and placeholder names; 'sin2θ' → sin(2*θ), 'sin^2θ' →
    sin(θ)**2."""
    tokens = _trig_powers([t for t in tokens if t[0] != "sp"])
    names: dict[str, str] = {}
    placeholder: dict[str, str] = {}
    parts: list[str] = []
    prev_kind = ""
    k = 0
    while k < len(tokens):
        kind, text = tokens[k]
        if kind == "func" and text in ("sin", "cos", "tan"):
            power = ""
            j = k + 1
            if j + 1 < len(tokens) and tokens[j] == ("op", "**") and tokens[j + 1][0] == "num":
                power, j = tokens[j + 1][1], j + 2
            if j < len(tokens) and tokens[j] != ("op", "("):
                arg = []  # a bare argument: an optional number and one symbol
                if tokens[j][0] == "num":
                    arg.append(tokens[j][1])
                    j += 1
                if j < len(tokens) and tokens[j][0] == "sym":
                    name = placeholder.setdefault(tokens[j][1], f"{prefix}{len(placeholder)}")
                    names[name] = tokens[j][1]
                    arg.append(name)
                    j += 1
                if not arg:
                    return None
                text_out = f"{text}({'*'.join(arg)})" + (f"**{power}" if power else "")
                if prev_kind in ("num", "sym", ")"):
                    parts.append("*")
                parts.append(text_out)
                prev_kind = ")"
                k = j
                continue
            if power:
                return None  # 'sin^2(θ)': leave alone
        if (kind in ("num", "sym", "func") or text == "(") and prev_kind in ("num", "sym", ")"):
            parts.append("*")
        if kind == "sym":
            name = placeholder.setdefault(text, f"{prefix}{len(placeholder)}")
            names[name] = text
            parts.append(name)
            prev_kind = "sym"
        elif kind == "num":
            parts.append(text)
            prev_kind = "num"
        elif kind == "func":
            parts.append({"ln": "log"}.get(text, text))
            prev_kind = "func"
        else:
            parts.append(text)
            prev_kind = ")" if text == ")" else "op"
        k += 1
    return " ".join(parts), names


def parse_written(
    text: str, formula: StandardFormula, log_base: str = "e", prefix: str = "w", tight: bool = False
) -> Parsed | None:
    """One written side as a sympy expression in placeholders (None when it is not plain algebra in
    the formula's symbols). A bare 'log' is read as ``log_base`` ('e' or '10')."""
    import sympy as sp

    s = text
    for pattern, replacement in formula.prepare:
        s = re.sub(pattern, replacement, s)
    s = _prepare(s)
    if not s or _REJECT.search(s):
        return None
    units = formula.units_dropped
    if units:
        alternatives = "|".join(re.escape(u) for u in units)
        s = re.sub(r"(?<=\d)\s*(?:" + alternatives + r")(?![A-Za-z])", " ", s)
        s = re.sub(r"(?<=[\d)])\s+(?:" + alternatives + r")\s*$", "", s)  # '-(13.6)/(n^2) eV'
    tokens = _tokenize(s, formula)
    if not tokens:
        return None
    if tight:
        tokens = _tighten(tokens)
    source = _to_source(tokens, prefix)
    if source is None:
        return None
    code, names = source
    logs = any(t == ("func", "log") for t in tokens)
    local: dict[str, Any] = {w: sp.Symbol(w, positive=True) for w in names}
    local.update(
        sqrt=sp.sqrt,
        exp=sp.exp,
        sin=sp.sin,
        cos=sp.cos,
        tan=sp.tan,
        pi=sp.pi,
        log10=lambda x: sp.log(x, 10),
        log=(lambda x: sp.log(x, 10)) if log_base == "10" else sp.log,
    )
    try:
        expr = eval(code, {"__builtins__": {}}, local)
    except Exception:
        return None
    expr = sp.sympify(expr)
    if not isinstance(expr, sp.Expr):
        return None
    return Parsed(expr, names, logs)


# ------------------------------------------------------------------ matching one statement
def _lhs_text(side: str) -> str:
    """'we know that C_v' → 'C_v'; 'Therefore, K.E.' → 'K.E.'."""
    words = side.strip().split()
    last = -1
    for j, w in enumerate(words):
        if re.fullmatch(r"[a-z]{2,}[,:]?|[A-Z][a-z]{2,}[,:]?", w) and w.rstrip(",:") not in _FUNCS:
            last = j
    return " ".join(words[last + 1 :])


def _lead_hint(side: str, lhs_text: str) -> str:
    """The words that introduce the formula on its own line ('The time taken to reach the
    maximum height is given by t'): they name the case as a tail '(for the ring)' does."""
    lead = side.rstrip()
    if lhs_text and lead.endswith(lhs_text.strip()):
        lead = lead[: len(lead) - len(lhs_text.strip())]
    return lead.strip().lower() if re.search(r"[a-z]{3,}", lead) else ""


def _hint_and_body(rhs: str) -> tuple[str, str]:
    m = _HINT_TAIL.search(rhs)
    if m and not re.search(r"\d", m.group("hint")):
        return rhs[: m.start()], m.group("hint").lower()
    return rhs, ""


def _candidates(token: str, formula: StandardFormula) -> list[tuple[str, str | None, str]]:
    """(canonical name, index, hint) for each variable whose written form is the whole token."""
    out = []
    for var in formula.variables:
        m = re.fullmatch(var.written, token)
        if m:
            groups = m.groupdict()
            out.append((var.name, groups.get("i"), (groups.get("hint") or "").lower()))
    return out


def _assignments(tokens: list[str], formula: StandardFormula) -> list[tuple[dict[str, str], str]]:
    """Every consistent mapping written token → canonical variable (injective; variables of one
    pair share the written index, different pairs different ones), with the hint it carries."""
    pairs = {v.name: v.pair for v in formula.variables}
    options = [_candidates(t, formula) for t in tokens]
    if any(not o for o in options):
        return []
    out = []
    for combo in itertools.product(*options):
        names = [c[0] for c in combo]
        if len(set(names)) != len(names):
            continue
        index_of: dict[str, str] = {}
        ok = True
        for name, index, _hint in combo:
            label = pairs.get(name)
            if label is None:
                continue
            if index is None:
                ok = False
                break
            if index_of.setdefault(label, index) != index:
                ok = False
                break
        if not ok or len(set(index_of.values())) != len(index_of):
            continue
        hint = " ".join(h for _n, _i, h in combo if h)
        out.append((dict(zip(tokens, names, strict=True)), hint))
        if len(out) >= MAX_ASSIGNMENTS:
            break
    return out


def _cases_for(formula: StandardFormula, question: str, hint: str) -> list[Case]:
    """The cases that are readings of the question: a ``when`` counts only when some case's
    ``when`` matches (a question that names no body or gas leaves every case open)."""
    said = any(c.when is not None and re.search(c.when, question) for c in formula.cases)
    cases = [
        c
        for c in formula.cases
        if (not said or c.when is None or re.search(c.when, question))
        and (c.unless is None or not re.search(c.unless, question))
        and (c.requires is None or re.search(c.requires, question))
    ]
    if hint:
        named = [c for c in formula.cases if c.names and re.search(c.names, hint)]
        if named:  # the line names the body or gas: its own cases only
            return [
                c
                for c in named
                if (c.unless is None or not re.search(c.unless, question))
                and (c.requires is None or re.search(c.requires, question))
            ]
    return cases


@lru_cache(maxsize=4096)
def _case_solutions(formula_name: str, label: str, equation: str, q: str) -> tuple[Any, ...]:
    import sympy as sp
    from sympy.parsing.sympy_parser import parse_expr

    names = set(re.findall(r"[A-Za-z_][A-Za-z_0-9]*", equation)) - {
        "sqrt",
        "exp",
        "log",
        "sin",
        "cos",
        "tan",
        "pi",
        "Abs",
    }
    local = {n: sp.Symbol(n, positive=True) for n in names}
    if q in local:  # the unknown may be negative (a bound-state energy)
        local[q] = sp.Symbol(q, real=True)
    left, right = equation.split("=")
    eq = sp.Eq(parse_expr(left, local_dict=local), parse_expr(right, local_dict=local))
    if q not in local:
        return ()
    try:
        sols = sp.solve(eq, local[q])
    except Exception:
        return ()
    return tuple(sols)


def _case_symbols(equation: str) -> set[str]:
    return set(re.findall(r"[A-Za-z_][A-Za-z_0-9]*", equation)) - {
        "sqrt",
        "exp",
        "log",
        "sin",
        "cos",
        "tan",
        "pi",
        "Abs",
    }


def _value(expr: Any, point: dict) -> complex | None:
    try:
        v = complex(expr.evalf(subs=point))
    except (TypeError, ValueError, ArithmeticError):
        return None
    return v if math.isfinite(v.real) and math.isfinite(v.imag) else None


def _compare(written: Any, standard: Any, rtol: float) -> str:
    """'same' (equal in magnitude at every point), 'differ' (at every point) or 'unknown'."""
    symbols = sorted(written.free_symbols | standard.free_symbols, key=str)
    rng = random.Random(7)
    agree = differ = 0
    for _ in range(SAMPLE_POINTS):
        point = {s: round(rng.uniform(*SYMBOL_RANGE), 3) for s in symbols}
        x, y = _value(written, point), _value(standard, point)
        if x is None or y is None:
            continue
        scale = max(abs(x), abs(y))
        if scale < 1e-200:
            continue
        if abs(abs(x) - abs(y)) <= rtol * scale:
            agree += 1
        else:
            differ += 1
    if agree >= 3 and not differ:
        return "same"
    if differ >= 3 and not agree:
        return "differ"
    return "unknown"


def _ratio(written: Any, standard: Any) -> float | None:
    """The constant factor written/standard (in magnitude), when there is one."""
    symbols = sorted(written.free_symbols | standard.free_symbols, key=str)
    rng = random.Random(3)
    ratios = []
    for _ in range(4):
        point = {s: round(rng.uniform(*SYMBOL_RANGE), 3) for s in symbols}
        x, y = _value(written, point), _value(standard, point)
        if x is None or y is None or abs(y) < 1e-300:
            return None
        ratios.append(abs(x) / abs(y))
    if all(math.isclose(r, ratios[0], rel_tol=1e-9) for r in ratios):
        return ratios[0]
    return None


def _rounding(text: str) -> float:
    """Relative half-unit of the least precise decimal written ('0.0591' → 8.5e-4)."""
    worst = 0.0
    for m in re.finditer(r"(?<![\d.])(\d+)\.(\d+)", text):
        value = float(m.group(0))
        if value:
            worst = max(worst, 0.5 * 10 ** -len(m.group(2)) / value)
    return worst


def _stated_value(statement: Statement) -> Any:
    from .expression import numbers_with_units

    if len(statement.sides) < 3:
        return None
    found = numbers_with_units(statement.sides[-1])
    if len(found) != 1:
        return None
    return found[0][0]


def _dimension_ok(formula: StandardFormula, value: Any) -> bool:
    if value is None or formula.unit is None:
        return True
    from ...units import get_registry

    ureg = get_registry()
    try:
        return bool(value.dimensionality == ureg.Quantity(1, formula.unit).dimensionality)
    except Exception:
        return True


@dataclass(frozen=True)
class _Outcome:
    matched: bool  # the written form is one of the standard cases
    case: Case | None = None  # the case it was compared with, when it differs
    ratio: float | None = None
    shown: str = ""  # that case in the response's own symbols


_LOG_VALUE = re.compile(r"(?<![A-Za-z])log\s*\(?\s*(\d+(?:\.\d+)?)\s*\)?\s*=\s*(-?\d+(?:\.\d+)?)")


def written_log_base(statements: list[Statement]) -> str | None:
    """The base the response's own numbers give a bare 'log': 'log 3 = 0.4771' is base 10, 'log 3
    = 1.0986' is e. None when no such value is written or the values disagree."""
    bases = set()
    for st in statements:
        for m in _LOG_VALUE.finditer(st.text):
            x, v = float(m.group(1)), float(m.group(2))
            if x <= 0 or x == 1:
                continue
            if math.isclose(v, math.log10(x), rel_tol=2e-3, abs_tol=6e-4):
                bases.add("10")
            elif math.isclose(v, math.log(x), rel_tol=2e-3, abs_tol=6e-4):
                bases.add("e")
    return bases.pop() if len(bases) == 1 else None


def _match(
    formula: StandardFormula, statement: Statement, question: str, log_base: str | None = None
) -> _Outcome | None:
    """Whether the statement writes this formula, and if so whether it is a standard case."""
    first = re.search(r"=|≈|≅", statement.text)
    if len(statement.sides) < 2 or first is None or first.group(0) != "=":
        return None  # 'x ≈ …' states an approximation, not the formula
    lhs_text = _lhs_text(statement.sides[0])
    if not lhs_text or lhs_text.startswith("-") or re.search(r"[A-Za-zα-ω]\s*\(\s*-?\d", lhs_text):
        return None  # '-v' (a bar over v), 'd(200)' (Miller indices): not checked
    if re.search(r"_\(?[A-Za-z]\w*\s*[-+]\s*\w+", lhs_text):
        return None  # 'f_n+1 = (n+1)/(2L)√(T/μ)': a shifted index, the formula's n is n+1 here
    first_left = parse_written(lhs_text, formula, "e", "a")
    if first_left is None or not any(
        name in formula.lhs
        for token in first_left.tokens.values()
        for name, _i, _h in _candidates(token, formula)
    ):
        return None  # the left side is not this formula's quantity
    rhs_text, tail_hint = _hint_and_body(statement.sides[1])
    lead_hint = _lead_hint(statement.sides[0], lhs_text)
    outcomes: list[_Outcome] = []
    unsure = False
    bases: tuple[str, ...] = ("e",)
    if re.search(r"\blog(?!10|_)", rhs_text + lhs_text):  # a bare 'log': ln or log10, unless
        bases = (log_base,) if log_base else ("e", "10")  # the response's numbers say which
    for base, tight in itertools.product(bases, (False, True)):
        left = parse_written(lhs_text, formula, base, "a", tight)
        right = parse_written(rhs_text, formula, base, "b", tight)
        if left is None or right is None or (formula.monomial and right.expr.is_Add):
            unsure = True  # not plain algebra, or a sum of contributions: not the formula itself
            continue
        tokens = sorted(set(left.tokens.values()) | set(right.tokens.values()))
        placeholders = {**left.tokens, **right.tokens}
        for mapping, token_hint in _assignments(tokens, formula):
            import sympy as sp

            subs = {
                sp.Symbol(w, positive=True): sp.Symbol(mapping[t], positive=True)
                for w, t in placeholders.items()
            }
            L = left.expr.subs(subs, simultaneous=True)
            R = right.expr.subs(subs, simultaneous=True)
            quantities = [q for q in formula.lhs if sp.Symbol(q, positive=True) in L.free_symbols]
            if not quantities:
                continue
            written_vars = {str(s) for s in L.free_symbols | R.free_symbols}
            hint = " ".join(h for h in (token_hint, tail_hint, lead_hint) if h)
            # a rounded number on either side ('2.303 log10(x)' for ln x) sets the tolerance
            rtol = max(AGREE, 1.05 * _rounding(rhs_text), 1.05 * _rounding(lhs_text))
            for case in _cases_for(formula, question, hint):
                equation = case.text()
                if _case_symbols(equation) != written_vars:
                    continue
                rtol_case = max(rtol, 1.05 * _rounding(equation), case.rtol)
                for q in quantities:
                    for sol in _case_solutions(formula.name, case.label, equation, q):
                        standard = L.subs(sp.Symbol(q, positive=True), sol)
                        verdict = _compare(R, standard, rtol_case)
                        if verdict == "same":
                            return _Outcome(True)
                        if verdict == "differ":
                            ratio = (
                                _ratio(R, standard) if sp.Symbol(q, positive=True) == L else None
                            )
                            outcomes.append(_Outcome(False, case, ratio, _shown(equation, mapping)))
                        else:
                            unsure = True  # cannot tell: never a failure
    if not outcomes or unsure:
        return None
    return outcomes[0]


# ------------------------------------------------------------------ the check
def formula_findings(question: str, statements: list[Statement]) -> list[tuple[Finding, bool]]:
    """Each written standard formula that is no standard case, with whether the response also
    writes that quantity's formula correctly elsewhere (a slip of the pen)."""
    q = question.lower()
    active = [
        f
        for f in FORMULAS
        if re.search(f.context, q) and (f.excludes is None or not re.search(f.excludes, q))
    ]
    if not active:
        return []
    wrong: list[Finding] = []
    right: set[tuple[str, str]] = set()
    log_base = written_log_base(statements)
    for index, st in enumerate(statements):
        for formula in active:
            outcome = _match(formula, st, q, log_base)
            if outcome is None:
                continue
            if outcome.matched:
                right.add((formula.name, _key(st)))
                continue
            assert outcome.case is not None
            value = _stated_value(st)
            if value is not None and not _dimension_ok(formula, value):
                continue  # the value it states is another quantity
            if value is None:  # the value the response then computes for the same left side
                value = _later_value(formula, st, statements[index + 1 : index + 5])
            note = ""
            if (
                outcome.ratio is not None
                and value is not None
                and _dimension_ok(formula, value)
                and not math.isclose(outcome.ratio, 1.0)
            ):
                from .step_check import fmt_quantity

                note = f", which gives {fmt_quantity(value / outcome.ratio)} instead of {fmt_quantity(value)}"
            elif outcome.ratio is not None and not math.isclose(outcome.ratio, 1.0):
                note = f"; the written form is {outcome.ratio:.4g} times it"
            elif formula.name == "lever_rule":
                note = _other_arm(st)
            wrong.append(Finding(formula, outcome.case, st, note, outcome.shown))
    return [(f, (f.formula.name, _key(f.statement)) in right) for f in wrong]


_ARMS = re.compile(
    r"\(\s*(?P<a>\d*\.?\d+)\s*[-−]\s*(?P<b>\d*\.?\d+)\s*\)\s*/\s*"
    r"\(\s*(?P<c>\d*\.?\d+)\s*[-−]\s*(?P<d>\d*\.?\d+)\s*\)"
)


def _other_arm(statement: Statement) -> str:
    """The lever rule with its arms the right way, from the numbers the step substitutes: for
    '(0.40 − 0.022)/(0.76 − 0.022)' (one arm over the tie line) the other arm gives
    (0.76 − 0.40)/(0.76 − 0.022) = 0.4878. '' when the step substitutes no such quotient."""
    for side in statement.sides[1:]:
        m = _ARMS.search(side)
        if m is None:
            continue
        a, b, c, d = (float(m.group(k)) for k in "abcd")
        if c == d:
            return ""
        if b == d and a != c:  # (C0 − C1)/(C2 − C1): the other arm is (C2 − C0)
            other, shown = (c - a) / (c - d), f"({m.group('c')} − {m.group('a')})"
        elif a == c and b != d:  # (C2 − C0)/(C2 − C1): the other arm is (C0 − C1)
            other, shown = (b - d) / (c - d), f"({m.group('b')} − {m.group('d')})"
        else:
            return ""
        return f"; with the other arm, {shown}/({m.group('c')} − {m.group('d')}) = {other:.4g}"
    return ""


def _shown(equation: str, mapping: dict[str, str]) -> str:
    """The case's equation in the symbols the response wrote ('U_r = σ_y^2/(2·E)')."""
    written = {canonical: token for token, canonical in mapping.items()}
    written.update(pi="π", sqrt="√", log="ln", Abs="abs")
    text = re.sub(
        r"[A-Za-z_][A-Za-z_0-9]*", lambda m: written.get(m.group(0), m.group(0)), equation
    )
    return text.replace("**", "^").replace("*", "·")


def _later_value(formula: StandardFormula, statement: Statement, later: list[Statement]) -> Any:
    """The value a following step with the same left side states (with the quantity's dimension)."""
    if formula.unit is None:
        return None
    for other in later:
        if _key(other) == _key(statement):
            value = _stated_value(other)
            if value is not None and _dimension_ok(formula, value):
                return value
    return None


def _key(statement: Statement) -> str:
    """The written left side, spaces dropped: the same quantity written again."""
    return re.sub(r"\s+", "", _lhs_text(statement.sides[0]))


def standard_formula_checks(question: str, statements: list[Statement]) -> list[Check]:
    """A failed check for the first standard formula written wrongly (blocking unless the response
    also writes it correctly); nothing when no written formula could be compared."""
    from .step_check import clip

    try:
        findings = formula_findings(question, statements)
    except Exception:  # an unreadable formula is not checked; it never stops the other checks
        return []
    if not findings:
        return []
    finding, slip = findings[0]
    f, case = finding.formula, finding.case
    message = (
        f"'{clip(finding.statement.text.strip())}' does not give the {f.quantity}: the standard "
        f"formula ({case.label}; {f.source}) is {finding.shown or case.text()}{finding.value_note}"
    )
    if slip:
        message += "; the response also writes the formula correctly, so this may be a slip"
    return [Check("standard formula", False, message, blocking=not slip)]
