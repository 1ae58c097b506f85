"""Symbolic and calculus steps in prose, read with sympy: '∫_0^R (1 - r/R) r dr = R^2/6'.

:mod:`.symbolic_check` compares plain algebra in one '=' chain. This module reads what it leaves
alone and what it cannot see:

* **functions written the prose way**: ``cos ωt``, ``sin^2 θ``, ``cos^-1(1/5)``, ``arccos``, ``ln x``,
  ``log_10 x`` (a bare ``log`` is read both base 10 and base e), ``e^(-x/2)``, ``√3``, ``60°``;
  a trigonometric function of a bare number is read both in radians and in degrees, an inverse one
  both as radians and as degrees;
* **calculus**: definite and indefinite integrals (``int_0^(R) … dr``, ``∫(0 to R) … dr``, nested
  ones inside out), a bracket evaluated between limits (``[r^2/2 - r^3/(3R)](0 to R)``,
  ``[…]_0^R``), derivatives (``(d)/(dt)(…)``), sums (``sum_(n=1)^(N) …``) and limits
  (``lim_x→0 …``), each done by sympy;
* **a calculation continued over lines**: a line that starts with '=' continues the chain above it,
  so ``= R^2/32 - R^2/192`` then ``= R^2/48`` is one claim;
* **an equation and its solved form on the next line** (``2 + 2 cos ωτ = 6 - 3 cos ωτ`` then
  ``5 cos ωτ = 1``; ``x^2 - 4x + 1 = 0`` then ``x = 2 ± √3``; ``½kx² = ½mv²`` then ``v = x√(k/m)``):
  the solved form, solved for each of its symbols, is put back into the equation; an identity
  quoted between the two (``cos^2 x + sin^2 x = 1``) is skipped over (:func:`equation_problems`);
* **values the question gives symbolically**: a symbol the question sets to a number in a coherent
  SI unit (``ω = π/6 rad s^-1``, ``a = 2 m``) is substituted when one side of a step is a number
  (``τ = arccos(1/5)/ω ≈ 1.32 s`` is wrong: arccos(1/5)/(π/6) = 2.62).

A step is wrong only when its two sides differ under *every* reading: implicit multiplication
after '/' (``1/2x`` as ½·x and as 1/(2x)), a bare argument (``sinθ L`` as sin(θ)·L and sin(θL)),
log base, degrees or radians, both roots of ``±``, rounding (expressions in symbols are exact; two
numbers agree within 2 %, and within half a unit in the last digit once a decimal or '≈' is
written), and sign (a sign slip is not flagged, as for numeric steps). A step with an indefinite
integral is not compared (a constant of integration). Text that cannot be read unambiguously is not
checked: words, a run of letters that could be a product or a name, units inside an expression
(pint's arithmetic check reads those), vectors, ``|…|``, a function glued to a word or to 'a'
(``acos``), an argument without brackets followed by '/', '^' or '×'.
"""

from __future__ import annotations

import functools
import itertools
import math
import random
import re
from dataclasses import dataclass
from typing import Any

from .prose import Statement
from .residual import agree, decimal_precision, sympy_terms
from .symbolic_check import _GREEK as SYMBOLIC_GREEK
from .text import SUBSCRIPT_DIGITS

ROUNDING_RTOL = 0.02
EXACT_RTOL = 1e-6
SAMPLE_POINTS = 6
SYMBOL_RANGE = (0.3, 1.7)
MAX_READINGS = 16
MAX_SIDE_CHARS = 240

# the Greek letters symbolic_check spells out, and two more that calculus prose uses
_GREEK = {**SYMBOLIC_GREEK, "ξ": "xi", "Φ": "Phi"}
_GREEK_NAMES = set(_GREEK.values())
_FUNCS = (
    "arcsin",
    "arccos",
    "arctan",
    "sin",
    "cos",
    "tan",
    "cot",
    "sec",
    "csc",
    "ln",
    "log",
    "exp",
)
_TRIG = {"sin", "cos", "tan", "cot", "sec", "csc"}
_INVERSE = {"sin": "asin", "cos": "acos", "tan": "atan"}
_SYMPY_FUNC = {"arcsin": "asin", "arccos": "acos", "arctan": "atan", "ln": "log"}

_REJECT = re.compile(
    r"[<>≤≥±|{}∂!',;]|\b(?:vec|hat|prime|boxed|bar|dot|ddot|mathbf|Since|since)"
    r"|\b[ij]\b|\bd[a-z]\s*/\s*d[a-z]\b"
)
_SYM = (
    r"(?:Delta_[A-Za-z](?:_[A-Za-z0-9]+)?|[A-Za-z](?:_[A-Za-z0-9]+)?|"
    + "|".join(sorted(_GREEK_NAMES, key=len, reverse=True))
    + ")"
)
_NUM = r"\d+(?:\.\d+)?"


@dataclass
class Side:
    text: str
    readings: list[Any]  # sympy expressions, one per reasonable reading
    numeric: bool  # no symbol at all
    decimals: int | None  # decimals written in a bare number side ('1.32' → 2), else None
    indefinite: bool = False


class _Unreadable(Exception):
    pass


# ------------------------------------------------------------------ reading one side
def _balanced(s: str, i: int) -> int:
    """Index just past the bracket group opening at s[i] ('(' or '[')."""
    pairs = {"(": ")", "[": "]"}
    close = pairs[s[i]]
    depth = 0
    for j in range(i, len(s)):
        if s[j] == s[i]:
            depth += 1
        elif s[j] == close:
            depth -= 1
            if depth == 0:
                return j + 1
    raise _Unreadable("unbalanced")


def _limit_token(s: str, i: int) -> tuple[str, int]:
    """A limit after '_' or '^': a bracket group or one token ('0', 'R', 'π', '2π')."""
    while i < len(s) and s[i] == " ":
        i += 1
    if i < len(s) and s[i] == "(":
        j = _balanced(s, i)
        return s[i + 1 : j - 1], j
    m = re.match(r"-?(?:\d+(?:\.\d+)?)?(?:[A-Za-zα-ωΑ-Ωπ∞](?:_\w+)?)?", s[i:])
    if not m or not m.group(0):
        raise _Unreadable("limit")
    return m.group(0), i + m.end()


class _Reader:
    """Turns one side into sympy readings; integrals, brackets, derivatives, sums and limits are
    evaluated first and stand in the text as placeholders."""

    def __init__(self, variable: str | None = None):
        self.known: dict[str, Any] = {}
        self.variable = variable  # the integration variable of the chain, for '[F](0 to R)'
        self.indefinite = False

    def _hold(self, value: Any) -> str:
        name = f"Z_{len(self.known)}q"
        self.known[name] = value
        return f" {name} "

    def one(self, text: str) -> Any:
        readings = self.readings(text)
        if len({str(r) for r in readings}) != 1:
            raise _Unreadable("ambiguous inside an operator")
        return readings[0]

    def _symbol(self, text: str) -> Any:
        import sympy as sp

        name = text.strip()
        for letter, word in _GREEK.items():
            name = name.replace(letter, word)
        if not re.fullmatch(_SYM, name):
            raise _Unreadable("variable")
        return sp.Symbol(name)

    def calculus(self, s: str) -> str:
        import sympy as sp

        for _ in range(12):
            # an integral: 'int_a^(b) f dx', '∫(a to b) f dx', '∫ f dx'; innermost first
            diff = re.search(r"(?<![A-Za-z])d([A-Za-zα-ωΑ-Ω](?:_[A-Za-z0-9]+)?)(?![A-Za-z0-9_])", s)
            heads = list(re.finditer(r"∫|\bint(?=[_\s(^])", s[: diff.start()] if diff else ""))
            if diff and heads:
                h = heads[-1]
                i = h.end()
                lower = upper = None
                if s[i : i + 1] == "_":
                    lower, i = _limit_token(s, i + 1)
                    if s[i : i + 1] != "^":
                        raise _Unreadable("limits")
                    upper, i = _limit_token(s, i + 1)
                else:
                    m = re.match(r"\s*\(([^()]*?)\s+to\s+([^()]*?)\)", s[i:])
                    if m:
                        lower, upper = m.group(1), m.group(2)
                        i += m.end()
                var = self._symbol(diff.group(1))
                body = s[i : diff.start()].strip().rstrip("*·× ")
                tail = s[diff.end() :]
                if not body and diff.group(1) in re.sub(r"\s", "", tail):
                    raise _Unreadable("integrand after its differential")
                integrand = self.one(body) if body else sp.Integer(1)
                if not _quick(integrand, var):
                    raise _Unreadable("an integrand sympy may take long over")
                if lower is None:
                    raise _Unreadable("an indefinite integral (a constant of integration)")
                else:
                    value = sp.integrate(integrand, (var, self.one(lower), self.one(upper)))
                if value.has(sp.Integral):
                    raise _Unreadable("integral")
                s = s[: h.start()] + self._hold(value) + s[diff.end() :]
                continue
            if heads or re.search(r"∫|\bint\b", s):
                raise _Unreadable("integral without a differential")
            # a bracket between limits: '[F](a to b)', '[F]_a^b'
            m = re.search(r"\[", s)
            if m:
                j = _balanced(s, m.start())
                rest = s[j:]
                lim = re.match(r"\s*\(([^()]*?)\s+to\s+([^()]*?)\)", rest)
                if lim:
                    lower, upper, end = lim.group(1), lim.group(2), j + lim.end()
                elif rest.startswith("_"):
                    lower, k = _limit_token(s, j + 1)
                    if s[k : k + 1] != "^":
                        raise _Unreadable("limits")
                    upper, end = _limit_token(s, k + 1)
                else:
                    raise _Unreadable("bracket")
                inner = self.one(s[m.start() + 1 : j - 1])
                var = self._variable_of(inner)
                value = inner.subs(var, self.one(upper)) - inner.subs(var, self.one(lower))
                s = s[: m.start()] + self._hold(value) + s[end:]
                continue
            # a derivative: '(d)/(dt) (…)', 'd/dt …'
            m = re.search(
                r"\(?(?<![A-Za-z])d\)?\s*/\s*\(?d([A-Za-zα-ωΑ-Ω](?:_[A-Za-z0-9]+)?)\)?\s*", s
            )
            if m:
                var = self._symbol(m.group(1))
                j = m.end()
                if s[j : j + 1] in ("(", "["):
                    end = _balanced(s, j)
                    arg = s[j + 1 : end - 1]
                else:
                    end, arg = len(s), s[j:]
                value = sp.diff(self.one(arg), var)
                s = s[: m.start()] + self._hold(value) + s[end:]
                continue
            # a sum or a limit over the rest of the side
            m = re.search(r"\bsum_\(?([A-Za-z])\s*=\s*", s)
            if m:
                lower, k = _limit_token(s, m.end())
                k = k + 1 if s[k : k + 1] == ")" else k
                if s[k : k + 1] != "^":
                    raise _Unreadable("sum")
                upper, k = _limit_token(s, k + 1)
                var = self._symbol(m.group(1))
                term = self.one(s[k:])
                if not _quick(term, var):
                    raise _Unreadable("a sum sympy may take long over")
                value = sp.summation(term, (var, self.one(lower), self.one(upper)))
                if value.has(sp.Sum):
                    raise _Unreadable("sum")
                s = s[: m.start()] + self._hold(value)
                continue
            m = re.search(r"\blim_\(?([A-Za-zα-ω])\s*(?:→|->|\\to|to)\s*([^\s()]+)\)?\s*", s)
            if m:
                var = self._symbol(m.group(1))
                term = self.one(s[m.end() :])
                if not _quick(term, var):
                    raise _Unreadable("a limit sympy may take long over")
                value = sp.limit(term, var, self.one(m.group(2)))
                s = s[: m.start()] + self._hold(value)
                continue
            return s
        raise _Unreadable("too deep")

    def _variable_of(self, expr: Any) -> Any:
        import sympy as sp

        if self.variable is not None:
            return sp.Symbol(self.variable)
        free = expr.free_symbols - {sp.Symbol(k) for k in self.known}
        if len(free) != 1:
            raise _Unreadable("bracket variable")
        return next(iter(free))

    def readings(self, text: str) -> list[Any]:
        s = text.strip().rstrip(".,;:").strip()
        s = re.sub(r"\^\s*\(?\s*°\s*\)?", "°", s)  # 'sin30^(°)'
        # "g^(prime)", "g'": a symbol of its own
        s = re.sub(r"([A-Za-z](?:_[A-Za-z0-9]+)?)\s*(?:\^\s*\(?\s*prime\s*\)?|')", r"\1_prime", s)
        if s.count("±") == 1:  # 'x = 2 ± √3': both roots are readings
            return self.readings(s.replace("±", "+")) + self.readings(s.replace("±", "-"))
        if not s or len(s) > MAX_SIDE_CHARS or _REJECT.search(s):
            raise _Unreadable("not algebra")
        s = s.replace("×", "*").replace("·", "*").replace("−", "-").replace("⋅", "*")
        s = re.sub(r"[₀-₉]+", lambda m: "_" + m.group(0).translate(SUBSCRIPT_DIGITS), s)
        s = self.calculus(s)
        s = re.sub(r"√\s*\[\s*(\d)\s*\]\s*", r"root\1", s)  # '√[3]8'
        s = re.sub(r"√\s*(?=\()", " sqrt", s)
        s = re.sub(r"√\s*(" + _NUM + r"|[A-Za-zα-ωπ](?:_\w+)?)", r" sqrt(\1) ", s)
        if "√" in s or "root" in s:
            raise _Unreadable("root")
        s = re.sub(r"(?<=[\d)\s])°", " deg ", s)
        s = s.replace("π", " pi ").replace("∞", " oo ")
        # 'ΔC_eq' is one quantity (a change of C_eq), not Δ times C_eq; 'r_α' is r with subscript α
        if re.search(r"Δ\s*[A-Za-zα-ω](?:_\w+)?\s*\^", s):
            raise _Unreadable("Δ(V^2) or (ΔV)^2")
        s = re.sub(r"Δ\s*(?=[A-Za-zα-ω])", "Delta_", s)
        for letter, name in _GREEK.items():
            s = re.sub(rf"(?<=_){letter}", name, s).replace(letter, f" {name} ")
        s = re.sub(r"\s+", " ", s)
        s = re.sub(r"(?<=[A-Za-z]) _", "_", s)  # 'sigma _0' back to 'sigma_0'
        variants = self._functions(s)
        out: list[Any] = []
        for v in variants:
            for w in {v, _division_reading(v)}:
                expr = self._parse(w)
                if expr is not None and all(str(e) != str(expr) for e in out):
                    out.append(expr)
        if not out:
            raise _Unreadable("sympy")
        return out[:MAX_READINGS]

    def _functions(self, s: str) -> list[str]:
        """Function applications made explicit: 'cos 2 omega t' → 'cos(2 omega t)'; each ambiguous
        one (log base, degrees) doubles the readings."""
        names = "|".join(_FUNCS)
        # 'sinx', 'lnx' (TeX '\sin x' made plain): a name and one letter; not 'sinh'
        s = re.sub(rf"(?<![A-Za-z])({names})(?=(?!h)[a-z](?![A-Za-z]))", r"\1 ", s)
        m = re.search(rf"(?<![A-Za-z])({names})(?![a-z])|(?<=[A-Za-z])({names})(?![a-z])", s)
        if m is None:
            if re.search(r"(?<![A-Za-z_])e\s*\^", s):
                return self._functions(re.sub(r"(?<![A-Za-z_])e\s*\^\s*", " EXPW ", s, count=1))
            if "EXPW" in s:
                return self._exp_power(s)
            return [s]
        if m.group(2):
            # 'vsinθ' is v sin θ; 'acos' (a cos or arccos) and 'constant' (a word) are not read
            run = re.search(r"[A-Za-z]+$", s[: m.start(2)])
            if run is None or len(run.group(0)) != 1 or run.group(0) == "a":
                raise _Unreadable("a function glued to a letter")
            return self._functions(f"{s[: m.start(2)]} {s[m.start(2) :]}")
        name = m.group(1)
        i = m.end()
        power = ""
        base = None
        pm = re.match(r"\s*\^\s*(\(\s*-?\d+\s*\)|-?\d+)", s[i:])
        if pm:
            power = pm.group(1).strip("() ").replace(" ", "")
            i += pm.end()
        bm = re.match(r"_\(?(10|e|2)\)?", s[i:])
        if name == "log" and bm:
            base = bm.group(1)
            i += bm.end()
        while i < len(s) and s[i] == " ":
            i += 1
        if i < len(s) and s[i] == "(":
            end = _balanced(s, i)
            options = [(s[i + 1 : end - 1], end)]
        else:
            token = rf"(?:deg|pi|{_SYM})(?![A-Za-z0-9_])\s*"
            am = re.match(rf"(?:{_NUM}\s*)?(?:{token})*", s[i:])
            if not am or not am.group(0).strip():
                raise _Unreadable("function argument")
            end = i + am.end()
            if re.match(r"\s*[/^*]", s[end:]):
                raise _Unreadable("function argument without brackets before '/', '^' or '×'")
            if re.fullmatch(r"\s*pi\s*|\s*deg\s*", am.group(0)):
                raise _Unreadable("function argument")
            options = [(am.group(0), end)]
            # 'sinθ L' (an angle, or a capital after it) may be sin(θ)·L: both are readings;
            # 'sin ωt', 'cos 2kx' are functions of the whole product
            first = re.match(rf"(?:{_NUM}\s*)?(?:{token})?", s[i:])
            rest = s[i + (first.end() if first else 0) : end]
            angle = first is not None and re.search(
                r"\b(?:theta|phi|alpha|beta|gamma|psi)\b", first.group(0)
            )
            if (
                first
                and first.group(0).strip()
                and first.end() < am.end()
                and (angle or re.search(r"\b[A-Z]", rest))
            ):
                options.append((first.group(0), i + first.end()))
        calls: list[tuple[str, int]] = []
        for arg, end in options:
            calls += [(c, end) for c in self._calls(name, power, base, arg)]
        out = []
        for call, end in calls:
            for rest in self._functions(s[end:]):
                out.append(f"{s[: m.start()]} {call} {rest}")
                if len(out) >= MAX_READINGS:
                    return out
        return out

    def _calls(self, name: str, power: str, base: str | None, arg: str) -> list[str]:
        """The readings of one function applied to ``arg``."""
        inner_args = self._functions(arg)
        numeric_arg = not re.search(r"[A-Za-z]", re.sub(r"\b(?:pi|deg|Z_\d+q)\b", "", arg))
        numeric_arg = numeric_arg and not re.search(r"\b(?:pi|deg)\b", arg)
        calls: list[str] = []
        for a in inner_args:
            if name in _TRIG:
                fn = _INVERSE.get(name) if power == "-1" else name
                if fn is None:
                    raise _Unreadable("inverse")
                exp = "" if power in ("", "-1") else f"**({power})"
                if power == "-1":
                    calls += [f"({fn}({a}))", f"({fn}({a})*180/pi)"]
                else:
                    calls.append(f"({fn}({a})){exp}")
                    if numeric_arg:
                        calls.append(f"({fn}(({a})*pi/180)){exp}")
            elif name.startswith("arc"):
                if power:
                    raise _Unreadable("power of an inverse")
                fn = _SYMPY_FUNC[name]
                calls += [f"({fn}({a}))", f"({fn}({a})*180/pi)"]
            else:
                exp = f"**({power})" if power else ""
                if name == "log" and base is None:
                    calls += [f"(log({a})){exp}", f"(log({a}, 10)){exp}"]
                elif name == "log":
                    b = "E" if base == "e" else base
                    calls.append(f"(log({a}, {b})){exp}")
                else:
                    calls.append(f"({_SYMPY_FUNC.get(name, name)}({a})){exp}")
        return calls

    def _exp_power(self, s: str) -> list[str]:
        i = s.index("EXPW") + len("EXPW")
        while i < len(s) and s[i] == " ":
            i += 1
        if i < len(s) and s[i] == "(":
            end = _balanced(s, i)
        else:
            am = re.match(rf"-?(?:{_NUM})?(?:{_SYM})?", s[i:])
            if not am or not am.group(0) or re.match(r"\s*[/^]", s[i + am.end() :]):
                raise _Unreadable("exponent")
            end = i + am.end()
        head = s[: s.index("EXPW")]
        exponent = s[i:end]
        powers = [f"exp({exponent})"]
        if re.fullmatch(rf"\(?\s*{_NUM}\s*\)?", exponent.strip()):
            powers.append(f"e_q**{exponent}")  # 'e^2' may be the elementary charge squared
        return [f"{head} {p} {r}" for p in powers for r in self._functions(s[end:])]

    def _parse(self, s: str) -> Any:
        import sympy as sp
        from sympy.parsing.sympy_parser import (
            convert_xor,
            implicit_multiplication_application,
            parse_expr,
            standard_transformations,
        )

        if re.search(r"[^\w\s+\-*/^().,]", s):
            raise _Unreadable("characters")
        funcs = {"sin", "cos", "tan", "cot", "sec", "csc", "asin", "acos", "atan", "log", "exp"}
        funcs |= {"sqrt", "pi", "deg", "E", "oo"}
        words = set(re.findall(r"[A-Za-z]+(?:_[A-Za-z0-9]+)?", s))
        for w in words - funcs - _GREEK_NAMES - set(self.known):
            if len(w.split("_")[0]) > 1 and w.split("_")[0] not in _GREEK_NAMES | {"Delta"}:
                raise _Unreadable(f"a letter run '{w}'")  # a product or a name: not read
        local: dict[str, Any] = {n: sp.Symbol(n) for n in words - funcs}
        local.update(self.known)
        local["deg"] = sp.pi / 180
        local["E"] = sp.E
        local["oo"] = sp.oo
        transformations = (
            *standard_transformations,
            implicit_multiplication_application,
            convert_xor,
        )
        try:
            expr = parse_expr(s, local_dict=local, transformations=transformations)
        except Exception:  # any text sympy cannot read is not checked
            return None
        return expr if isinstance(expr, sp.Expr) else None


MAX_CALCULUS_OPS = 20


def _quick(expr: Any, var: Any) -> bool:
    """An integrand, summand or limit argument sympy handles fast: small, and with at most one
    function of the variable (powers allowed): 'x^2 e^(-x)', 'sin^7 x', '1/(5 + 4 cos θ)'; not
    'sin^7 x cos^5 x e^x', which can take sympy a minute."""
    import sympy as sp

    if sp.count_ops(expr) > MAX_CALCULUS_OPS:
        return False
    calls = {f.func for f in expr.atoms(sp.Function) if f.has(var)}
    calls |= (
        {sp.exp} if any(p.base is sp.E and p.exp.has(var) for p in expr.atoms(sp.Pow)) else set()
    )
    return len(calls) <= 1


def _division_reading(s: str) -> str:
    """'1/2 x' also as '1/(2 x)': a juxtaposed product after '/' may all be the denominator."""
    return re.sub(
        rf"/\s*((?:{_NUM}|{_SYM}|Z_\d+q)(?:\s+(?:{_NUM}|{_SYM}|Z_\d+q))+)(?=\s*(?:[-+*/)]|$))",
        r"/(\1)",
        s,
    )


_BARE_NUMBER = re.compile(
    r"\s*(-?\d+(?:\.(\d+))?)(?:\s*(?:\*|×|x)\s*10\s*\^\s*\(?(-?\d+)\)?)?\s*((?:[A-Za-zΩ°Åμ][A-Za-z/^\-\d ]*)?)\s*"
)


_SPACED_THOUSANDS = re.compile(r"(?<![\w.^])\d{1,3}(?: \d{3})+(?![\d^])")
"""'17 463': spaced thousands (groups of exactly three) are the digits of one number, as the
numeric reader has them, not a product of 17 and 463."""


@functools.lru_cache(maxsize=4096)
def read_side(text: str, variable: str | None = None, si_units: bool = False) -> Side | None:
    """One side with its readings, or None when it cannot be read unambiguously as algebra. A bare
    number may carry a coherent SI unit ('1.32 s') when ``si_units``."""
    import sympy as sp

    t = _SPACED_THOUSANDS.sub(lambda g: g.group(0).replace(" ", ""), text.strip())
    t = t.rstrip(".,;:").strip()
    m = _BARE_NUMBER.fullmatch(t)
    if m and (not m.group(4).strip() or (si_units and _coherent(m.group(4).strip()))):
        value = sp.Float(m.group(1)) * (sp.Integer(10) ** int(m.group(3)) if m.group(3) else 1)
        return Side(t, [value], True, len(m.group(2) or ""))
    reader = _Reader(variable)
    try:
        readings = reader.readings(t)
    except (_Unreadable, RecursionError, ValueError, TypeError, ArithmeticError, AttributeError):
        return None
    except Exception:  # sympy raises many kinds on odd input; unreadable is not checked
        return None
    if any(r.has(sp.nan, sp.zoo, sp.oo, -sp.oo) for r in readings):
        return None
    numeric = all(not r.free_symbols for r in readings)
    return Side(t, readings, numeric, None, reader.indefinite)


def _coherent(unit: str) -> bool:
    """A unit whose SI value is its written value ('s', 'm/s', 'rad s^-1', 'J'), so a number in it
    can stand beside an expression evaluated in SI."""
    from .unit_text import parse_unit

    if re.fullmatch(r"rad(?:ians?)?(?:\s*/\s*s|\s*s\s*\^\s*-1)?|rads\s*\^\s*-1|seconds?|s", unit):
        return True
    parsed = parse_unit(unit)
    if parsed is None:
        return False
    try:
        q = (1 * parsed.unit).to_base_units()
    except Exception:  # an offset or odd unit: not coherent
        return False
    return math.isclose(float(q.magnitude), 1.0, rel_tol=1e-9)


# ------------------------------------------------------------------ comparing two sides
def _values(expr: Any, point: dict) -> complex | None:
    try:
        v = complex(expr.evalf(subs=point))
    except Exception:  # a value sympy cannot evaluate: the point decides nothing
        return None
    return v if math.isfinite(v.real) and math.isfinite(v.imag) else None


def _tolerance(a: Side, b: Side, value: float, base: float, approximate: bool = False) -> float:
    rtol = base
    for side in (a, b):
        # a whole number is exact unless the step says '≈' ('= 1' is 1, '≈ 3' is 2.5 to 3.5)
        if side.decimals is not None and value and (side.decimals > 0 or approximate):
            rtol = max(rtol, 0.5 * 10.0 ** (-side.decimals) / abs(value) * 1.0001)
    return rtol


def rounding_rtol(text: str, approximate: bool = False) -> float:
    """How far a written result may be from the exact one: exact for whole numbers and fractions;
    2 % once a decimal is written or '≈' used, or half a unit in the last digit of the least precise
    number written ('1.1 × 10^-5' stands for anything from 1.05 to 1.15)."""
    rtol = ROUNDING_RTOL if approximate else EXACT_RTOL
    precision = decimal_precision(text)
    if precision:  # a decimal is written: 2 %, or its own rounding when that is coarser
        rtol = max(rtol, ROUNDING_RTOL, precision * 1.0001)
    return rtol


def differ(
    a: Side, b: Side, base: float, approximate: bool = False
) -> tuple[dict, complex, complex] | None:
    """A point where every reading of ``a`` differs from every reading of ``b`` (not only in
    sign), at every sampled point; None when some reading agrees somewhere or nothing decides."""
    symbols = set().union(*(r.free_symbols for r in a.readings + b.readings))
    names = sorted(symbols, key=str)
    rng = random.Random(11)
    points = [
        {s: round(rng.uniform(*SYMBOL_RANGE), 3) for s in names}
        for _ in range(SAMPLE_POINTS if names else 1)
    ]
    first = None
    for ra, rb in itertools.product(a.readings, b.readings):
        if ra.free_symbols != rb.free_symbols:
            return None
        decided = 0
        for point in points:
            x, y = _values(ra, point), _values(rb, point)
            if x is None or y is None or abs(x.imag) > 1e-9 or abs(y.imag) > 1e-9:
                continue
            scale = max(abs(x), abs(y), 1e-12)
            rtol = _tolerance(a, b, scale, base, approximate)
            if a.indefinite or b.indefinite:
                return None  # compared only up to a constant: not done here
            if agree(x, y, rtol, sympy_terms((ra, rb), point), base):
                return None  # equal, or a result near zero within the rounding of its terms
            decided += 1
            if first is None:
                first = (point, x, y)
        if decided < min(3, len(points)):
            return None
    return first


# ------------------------------------------------------------------ question values
_ASSIGN = re.compile(
    r"(?<![\w^_])((?:[A-Za-zα-ωΔ])(?:_\w+)?)\s*=\s*([-\d.π/()√ ×*^]+[\dπ)])\s*"
    # the unit: any letter, Å, µm and Ω included, or a degree sign ('4.05 Å' is no bare 4.05)
    r"((?:[^\W\d_]|°)[\w^\-/ ]*?)?(?=[,;.]?\s|[,;.]?$|\s+and\b)"
    r"(?!\s*[-+−×*/^]\s*[\w(])"  # 'y = 1 - exp(-k t^n)': a formula, not y set to 1
)


def question_values(question: str) -> dict[Any, Any]:
    """Symbols the question sets to a number in a coherent SI unit ('ω = π/6 rad s^-1')."""
    import sympy as sp

    out: dict[Any, Any] = {}
    for m in _ASSIGN.finditer(question):
        unit = (m.group(3) or "").strip()
        if unit and not _coherent(unit):
            continue
        side = read_side(m.group(2))
        if side is None or not side.numeric or len(side.readings) != 1:
            continue
        name = m.group(1)
        for letter, word in _GREEK.items():
            name = name.replace(letter, word)
        sym = sp.Symbol(name)
        if sym in out and out[sym] != side.readings[0]:
            out.pop(sym)
            continue
        out[sym] = side.readings[0]
    return out


def _substituted(side: Side, values: dict) -> Side:
    return Side(
        side.text,
        [r.subs(values) for r in side.readings],
        side.numeric,
        side.decimals,
        side.indefinite,
    )


# ------------------------------------------------------------------ chains
_CALCULUS = re.compile(
    r"∫|\bint\b|\bint_|\[.*\](?:_|\s*\()|\(?d\)?\s*/\s*\(?d[a-zα-ω]|\bsum_|\blim_"
)


@dataclass
class Problem:
    step: int  # index into the chains given
    message: str
    recomputed: Any = None
    # an equation in one unknown followed by a wrong solved form: the real values of the unknown
    # that the first equation gives, and those the wrong form gives (bare numbers, as written)
    right_roots: tuple[float, ...] = ()
    wrong_roots: tuple[float, ...] = ()


def _chains(statements: list[Statement]) -> list[list[tuple[int, str]]]:
    """Each chain as (statement index, side) pairs; a statement that starts with '=' on the next
    line continues the chain above it."""
    out: list[list[tuple[int, str]]] = []
    prev_line = -10
    for i, st in enumerate(statements):
        sides: list[str] = []
        for side in st.sides:  # 'sum_n=1^N' or 'lim_(x=0)': an '=' inside the operator's index
            if sides and re.search(r"(?:sum|lim|prod)_\(?\s*[A-Za-z]\s*$", sides[-1]):
                sides[-1] += "=" + side
            else:
                sides.append(side)
        st = Statement(st.text, tuple(sides), st.line_no)
        if not st.sides[0].strip() and out and 0 < st.line_no - prev_line <= 1:
            out[-1] += [(i, s) for s in st.sides[1:]]
        else:
            out.append([(i, s) for s in st.sides])
        prev_line = st.line_no
    return out


def calculus_problems(statements: list[Statement], question: str = "") -> list[Problem]:
    """The first wrong symbolic or calculus step of each chain (see the module docstring)."""
    try:
        values = question_values(question) if question else {}
    except Exception:  # an odd question: its values are simply not used
        values = {}
    out: list[Problem] = []
    for chain in _chains(statements):
        if len(chain) < 2:
            continue
        try:
            problem = _chain_problem(chain, statements, values)
        except Exception:  # sympy on odd input (overflow, recursion): the chain is not checked
            problem = None
        if problem is not None:
            out.append(problem)
    return out


def _chain_problem(
    chain: list[tuple[int, str]], statements: list[Statement], values: dict
) -> Problem | None:
    texts = [s for _, s in chain]
    variable = _integration_variable(" ".join(texts))
    start = 0 if _CALCULUS.search(texts[0]) else 1
    sides = [read_side(t, variable, si_units=True) for t in texts]
    for k in range(start, len(chain) - 1):
        a, b = sides[k], sides[k + 1]
        if a is None or b is None or (a.numeric and b.numeric and not _computes(a, b)):
            continue
        if _unit_and_symbol(texts[k], texts[k + 1]):
            continue  # '(V^2)/(R) = ((100 V)^2)/(R)': V a symbol, then a unit
        approximate = "≈" in statements[chain[k + 1][0]].text
        # two numbers: 2 % as for numeric steps ('√65 = 8'); expressions in symbols: exact
        rounded = approximate or (a.numeric and b.numeric)
        found = differ(a, b, rounding_rtol(texts[k] + " " + texts[k + 1], rounded), approximate)
        if found is None and values:
            sa, sb = _substituted(a, values), _substituted(b, values)
            if all(not r.free_symbols for r in sa.readings + sb.readings) and (
                a.numeric or b.numeric
            ):
                found = differ(
                    sa, sb, rounding_rtol(texts[k] + " " + texts[k + 1], True), approximate
                )
        if found is None:
            continue
        point, x, y = found
        at = ", ".join(f"{k_} = {v:g}" for k_, v in point.items())
        where = f"at {at} " if at else ""
        ta, tb = texts[k].strip(), texts[k + 1].strip()
        return Problem(
            chain[k + 1][0],
            f"'{_clip(ta)}' and '{_clip(tb)}' are not equal: {where}the first is "
            f"{_show(x)} and the second {_show(y)}",
            x.real,
        )
    return None


def _computes(a: Side, b: Side) -> bool:
    """Two numeric sides are a calculation only when one is not a plain number (the arithmetic
    check reads those already) and it holds an operator this module alone reads."""
    return any(
        s.decimals is None and (_CALCULUS.search(s.text) or _FUNCTION.search(s.text))
        for s in (a, b)
    )


_FUNCTION = re.compile(r"(?:arc)?(?:sin|cos|tan)|\bln|\blog|\be\s*\^|√|°")


_UNIT_USE = re.compile(
    r"(?<![A-Za-z_^\d.])\d+(?:\.\d+)?(?:\s+([A-Za-zΩÅ°μ][A-Za-z]*)|(Ω|Å|°|[a-z]{2,}))"
)  # a number (not a subscript '_0' or a power '^2') and the unit after it


def _unit_and_symbol(*texts: str) -> bool:
    """A unit written after a number inside an expression ('100 V', '0.001 s^-1'): the step holds
    quantities, which the arithmetic check reads with pint; read as letters here, a unit could be
    taken for a symbol ('(V^2)/(R) = ((100 V)^2)/(R)') or bind differently after '/'. A bare result
    in a coherent unit ('≈ 1.32 s') and the units that are never symbols (Ω, Å, °) are fine."""
    from .unit_text import parse_unit

    for text in texts:
        t = text.strip().rstrip(".,;:").strip()
        if _BARE_NUMBER.fullmatch(t):
            continue
        for m in _UNIT_USE.finditer(t):
            word = m.group(1) or m.group(2)
            if word not in ("Ω", "Å", "°") and parse_unit(word) is not None:
                return True
    return False


def _integration_variable(text: str) -> str | None:
    found = {
        m.group(1)
        for m in re.finditer(r"(?<![A-Za-z])d([A-Za-zα-ω](?:_\w+)?)(?![A-Za-z0-9_])", text)
    }
    if len(found) != 1:
        return None
    name = found.pop()
    for letter, word in _GREEK.items():
        name = name.replace(letter, word)
    return name


def _clip(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _show(v: complex) -> str:
    return f"{v.real:.5g}" if abs(v.imag) < 1e-12 else f"{v:.4g}"


# ------------------------------------------------------------------ an equation solved on the next line
MAX_OPS = 60
"""Equations larger than this (sympy operation count) are not solved: solving may take long."""


def equation_problems(statements: list[Statement]) -> list[Problem]:
    """An equation in symbols followed by a form solved for one of them ('5 cos ωτ = 1' then
    'cos ωτ = 4/5'; 'x^2 - 4x + 1 = 0' then 'x = 2 + √5'): the second, solved for each of its
    symbols and put back into the first, must make it hold on some branch. It is wrong only when it
    holds for no symbol, no branch and no sampled point, and not up to sign. Left alone: two
    equations of a system (the second not in solved form, or the first linear in several
    symbols), and a symbol solved for that the first equation ties to one the second dropped
    ('x - y = 1' then 'x = 2': the 2 came from elsewhere)."""
    out: list[Problem] = []
    for i in range(1, len(statements)):
        before = i - 1
        # an identity quoted between the two ('cos^2 x + sin^2 x = 1') is skipped over
        if before >= 1 and _is_identity_statement(statements[before]):
            before -= 1
        first, second = statements[before], statements[i]
        if len(first.sides) != 2 or len(second.sides) != 2:
            continue
        if not 0 <= second.line_no - first.line_no <= 3:
            continue
        try:
            problem = _equation_problem(first, second)
        except Exception:  # sympy on odd input: the pair is not checked
            problem = None
        if problem is not None:
            right, wrong = _roots_in_one_unknown(first, second)
            out.append(Problem(i, problem, right_roots=right, wrong_roots=wrong))
    return out


def _roots_in_one_unknown(
    first: Statement, second: Statement
) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """When both equations are in the same single unknown with numbers for everything else
    ('1.0083 = (480 - N)/(480 - 2N)' then 'N(1 - 1.0083) = 480(1.0083 - 1)'): the real roots of
    the first and of the second; empty tuples when that is not the case or sympy cannot say."""
    import sympy as sp

    sides = [
        read_side(t)
        for t in (
            _math_tail(first.sides[0]),
            first.sides[1],
            _math_tail(second.sides[0]),
            second.sides[1],
        )
    ]
    if any(side is None or len(side.readings) != 1 for side in sides):
        return (), ()
    l1, r1, l2, r2 = (side.readings[0] for side in sides)  # type: ignore[union-attr]
    f, g = l1 - r1, l2 - r2
    if len(f.free_symbols) != 1 or g.free_symbols != f.free_symbols:
        return (), ()
    (x,) = f.free_symbols

    def real_roots(expr: Any) -> tuple[float, ...]:
        if not _quick(expr, x) or sp.count_ops(expr) > MAX_OPS:
            return ()
        try:
            roots = sp.solve(sp.Eq(expr, 0), x, check=False, simplify=False)
        except Exception:  # an equation sympy cannot solve: nothing to compare with
            return ()
        out = []
        for r in roots if isinstance(roots, list) else []:
            try:
                v = complex(sp.N(r))
            except (TypeError, ValueError):
                continue
            if abs(v.imag) <= 1e-9 * max(1.0, abs(v.real)) and math.isfinite(v.real):
                out.append(v.real)
        return tuple(out)

    right = real_roots(f)
    return (right, real_roots(g)) if right else ((), ())


def _equation_problem(first: Statement, second: Statement) -> str | None:
    import sympy as sp

    texts = [
        _math_tail(first.sides[0]),
        first.sides[1],
        _math_tail(second.sides[0]),
        second.sides[1],
    ]
    if any(not t.strip() for t in texts) or _unit_and_symbol(*texts):
        return None
    for t in texts:  # 'E^0 = 1.21 V': a value with its unit, not an equation in V
        m = _BARE_NUMBER.fullmatch(t.strip().rstrip(".,;:").strip())
        unit = m.group(4).strip() if m else ""
        if unit and unit != "°" and _is_unit(unit):  # an angle in degrees is a plain number
            return None
    if any(_WORD.search(_FUNCTION_NAME.sub(" ", t)) for t in texts):
        return None  # words: a sentence, not an equation
    sides = [read_side(t) for t in texts]
    if any(s is None for s in sides):
        return None
    flat = [re.sub(r"\s+", "", t) for t in texts]
    if (flat[0] == flat[2] and sides[3].numeric) or (flat[1] == flat[3] and sides[2].numeric):
        return None  # 'ΔE/E = ΔC/C + ΔV/V' then 'ΔE/E = 0.01 + 0.008': values put in, not solved
    rounded = rounding_rtol(first.text + " " + second.text, "≈" in first.text + second.text)
    combos = list(itertools.product(*(s.readings for s in sides)))  # type: ignore[union-attr]
    if not combos or len(combos) > MAX_READINGS:
        return None
    shown = None
    for l1, r1, l2, r2 in combos:
        s1 = (l1 - r1).free_symbols
        s2 = (l2 - r2).free_symbols
        if not s2 or not s2 <= s1:
            return None
        if sp.count_ops(l1 - r1) > MAX_OPS or sp.count_ops(l2 - r2) > MAX_OPS:
            return None
        if not _solved_form(l2, r2):
            return None  # 'c_1 β + c_2(α - E) = 0' after 'c_1(α - E) + c_2 β = 0': a system
        if len(s1) >= 2 and _linear(l1 - r1):
            return None  # 'x + y = 3' then 'x = 2y': a system of equations, not one solved
        verdict = _solved_form_holds(l1, r1, l2, r2, s1 - s2, rounded)
        if verdict is None or verdict is True:
            return None
        shown = shown or verdict
    return shown


_WORD = re.compile(r"[A-Za-z]{3,}")
_FUNCTION_NAME = re.compile(rf"(?:{'|'.join(_FUNCS)}|sqrt)")


def _solved_form_holds(
    l1: Any, r1: Any, l2: Any, r2: Any, dropped: set, rounded: float
) -> bool | str | None:
    """True when the second equation, solved for some symbol, satisfies the first; a message when
    it satisfies it for none; None when nothing could be decided."""
    import sympy as sp

    if _identity(l1, r1) or _identity(l2, r2):
        return None  # a definition restated or a tautology decides nothing
    rng = random.Random(7)
    failed = None
    decided_any = False
    lone = [side for side in (l2, r2) if side.is_Symbol]
    for x in sorted((l2 - r2).free_symbols, key=lambda sym: (sym not in lone, str(sym))):
        if not _quick(l2 - r2, x):
            continue  # solving could take sympy long
        try:
            roots = sp.solve(sp.Eq(l2, r2), x, check=False, simplify=False)
        except Exception:  # an equation sympy cannot solve for this symbol
            continue
        if not isinstance(roots, list) or not roots or len(roots) > 6:
            continue
        if dropped and not _determined_without(l1 - r1, x, dropped):
            continue  # 'x - y = 1' then 'x = 2': x there depends on y, so 2 came from elsewhere
        free = (l1 - r1).free_symbols.union(*(sp.sympify(r).free_symbols for r in roots))
        others = sorted(free - {x}, key=str)
        terms = sp.Add.make_args(l1) + sp.Add.make_args(r1)
        for root in roots:
            a, b = l1.subs(x, root), r1.subs(x, root)
            put = [t.subs(x, root) for t in terms]  # summed term by term: the residual's scale
            points = [{s: round(rng.uniform(*SYMBOL_RANGE), 3) for s in others} for _ in range(5)]
            holds_everywhere, decided, first_bad = True, 0, None
            for point in points:
                u, v = _values(a, point), _values(b, point)
                if u is None or v is None or abs(u.imag) > 1e-9 or abs(v.imag) > 1e-9:
                    continue
                # a rounded root leaves a residual judged against the size of the terms
                ok = agree(u, v, rounded, sympy_terms(put, point))
                decided += 1
                if not ok:
                    holds_everywhere = False
                    first_bad = first_bad or (point, u, v, root)
            if decided >= 3 and holds_everywhere:
                return True
            if decided >= 3 and failed is None and first_bad is not None:
                failed = (x, first_bad)
            if decided >= 3:
                decided_any = True
    if failed is None or not decided_any:
        return None
    x, (point, u, v, root) = failed
    at = ", ".join(f"{k} = {val:g}" for k, val in point.items())
    return (
        f"solved for {x}, the next equation gives {x} = {sp.sstr(root)}, which does not make "
        f"this one hold: {'at ' + at + ' ' if at else ''}its sides are {_show(u)} and {_show(v)}"
    )


def _identity(a: Any, b: Any) -> bool:
    rng = random.Random(3)
    names = sorted((a - b).free_symbols, key=str)
    for _ in range(3):
        point = {s: round(rng.uniform(*SYMBOL_RANGE), 3) for s in names}
        u, v = _values(a, point), _values(b, point)
        if u is None or v is None or abs(u - v) > 1e-9 * max(abs(u), abs(v), 1):
            return False
    return True


def _linear(expr: Any) -> bool:
    import sympy as sp

    try:
        poly = sp.Poly(expr, *sorted(expr.free_symbols, key=str))
    except Exception:  # not a polynomial in its symbols
        return False
    return poly.total_degree() <= 1


def _determined_without(f: Any, x: Any, dropped: set) -> bool:
    """Whether ``f = 0`` fixes ``x`` whatever the ``dropped`` symbols are ('a^2 cos 2ωt = a^2': t
    does not depend on a)."""
    import sympy as sp

    if not _quick(f, x):
        return False  # solving could take sympy long: undecided
    try:
        roots = sp.solve(f, x, check=False, simplify=False)
    except Exception:  # not solvable: undecided, so not determined
        return False
    return (
        isinstance(roots, list)
        and bool(roots)
        and all(not (sp.sympify(r).free_symbols & dropped) for r in roots)
    )


def _solved_form(left: Any, right: Any) -> bool:
    """'x = …' (a symbol the other side lacks), '… = 1/5' (a side with no symbol, the other one
    term or in one symbol): the form an equation takes once solved, not another equation of a
    system."""
    for a, b in ((left, right), (right, left)):
        if not a.free_symbols and (_one_unknown(b) or not b.is_Add):
            return True  # '5 cos ωτ = 1', 'x^2 - 4x + 1 = 0'; not 'c_1 β + c_2(α - E) = 0'

        if a.is_Symbol and a not in b.free_symbols:
            return True
    return False


def _one_unknown(expr: Any) -> bool:
    """One symbol, or several that appear only inside functions of one same argument ('2 cos^2 ωt -
    8 cos ωt + 2': a quadratic in cos ωt)."""
    import sympy as sp

    if len(expr.free_symbols) <= 1:
        return True
    calls = [f for f in expr.atoms(sp.Function) if f.args]
    arguments = {f.args[0] for f in calls}
    if len(arguments) != 1:
        return False
    unknown = sp.Dummy("u")
    return expr.xreplace({arguments.pop(): unknown}).free_symbols == {unknown}


def _is_identity_statement(statement: Statement) -> bool:
    """A statement whose two sides are the same function ('cos^2 ωt + sin^2 ωt = 1')."""
    if len(statement.sides) != 2:
        return False
    a, b = read_side(_math_tail(statement.sides[0])), read_side(statement.sides[1])
    if a is None or b is None or (a.numeric and b.numeric):
        return False
    try:
        return _identity(a.readings[0], b.readings[0])
    except Exception:  # unreadable: not an identity
        return False


_LEADING_WORDS = re.compile(
    rf"^(?:(?!(?:{'|'.join(_FUNCS)})\b)[A-Za-z]{{2,}}[,:]?\s+)+(?:[A-Za-z]{{2,}}[,:]\s*)?"
)


def _math_tail(text: str) -> str:
    """'Now, we can use the identity cos^2 x + sin^2 x' → 'cos^2 x + sin^2 x': prose before the
    mathematics of a first side is dropped (a side of words only becomes empty)."""
    t = text.strip()
    m = _LEADING_WORDS.match(t)
    return t[m.end() :] if m else t


def _is_unit(text: str) -> bool:
    from .unit_text import parse_unit

    return text in ("Ω", "Å", "°") or _coherent(text) or parse_unit(text) is not None
