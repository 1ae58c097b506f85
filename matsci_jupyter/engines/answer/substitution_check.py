"""Check the numbers a worked answer substitutes for its own intermediate results.

A response computes ``E_max = … = 1.52 × 10^-8 J`` in one step and later writes
``Error = (E_max - E_min)/(E_max) = (0.0014 J - 0.0012 J)/(0.0014 J)``: the formula and the
substituted numbers stand side by side, so each symbol can be matched with the number put in its
place (the two sides must have the same shape: the same operators, brackets, functions and
coefficients, with one number for each symbol). A number that differs from the value the response
itself gave that symbol earlier is a substitution error, provably: the later result does not follow
from the earlier one. Values are compared in SI units when both carry units of one dimension, else
as written numbers (either in SI), within the rounding of both written values; a sign is not
checked (prose drops signs). A symbol is left alone (not checked) when the response gives it two
different values, when a single bare letter is reused far from where it got its value, or when the
shapes of the two sides do not match token for token. The formula may also stand on an earlier
line for the same symbol (``f_2 = f_1 v/(v - u)``, a list of symbols, then ``f_2 = 494 × 330/328``).

The same matching carries rounding forward (:func:`carried_rounding`): each intermediate result is
carried with its unrounded value into the formulas that use it; a final answer more than
``CARRIED_RTOL`` (and three times its own rounding) away from the unrounded working came from
rounding an intermediate value too early (``f_1 = 494 Hz`` for 494.98, then a beat of 4 Hz where
the response's own steps give 6 Hz).
"""

from __future__ import annotations

import contextlib
import itertools
import math
import re
from dataclasses import dataclass
from typing import Any

from .function_value import is_function_value
from .prose import Statement

NEAR_LINES = 6
"""A single bare letter (v, m, t) keeps its value only this many lines: prose reuses such letters."""

_SYMBOL = r"Δ?[A-Za-zα-ωΑ-Ω](?:_[A-Za-z0-9]+|_\{[A-Za-z0-9,]+\}|\d{1,2}(?![\d.]))?'?"
_FUNCS = ("sqrt", "exp", "ln", "log", "sin", "cos", "tan")
_TOKEN = re.compile(
    r"\s+|(?P<func>√|\b(?:sqrt|exp|ln|log|sin|cos|tan)\b)|(?P<pi>π)"
    r"|(?P<op>[-+*/×·−])|(?P<open>[(\[])|(?P<close>[)\]])|(?P<pow>\^)"
)


@dataclass(frozen=True)
class Substitution:
    """A number put in for a symbol that is not the value the response gave that symbol before."""

    step: int  # index of the statement that substitutes
    message: str


@dataclass(frozen=True)
class _Tok:
    kind: str  # sym | num | val | op | open | close | func | exp | pi
    text: str
    value: Any = None


def _exponent(text: str, i: int) -> tuple[str, int] | None:
    """The exponent after '^' at ``i``: '2', '-1', '(1/2)'; (text, end)."""
    m = re.match(r"\s*([-+−]?\s*\d+(?:\.\d+)?)", text[i:])
    if m:
        return m.group(1).replace(" ", "").replace("−", "-"), i + m.end()
    if text[i:].lstrip().startswith("("):
        start = text.index("(", i)
        depth = 0
        for k in range(start, len(text)):
            depth += text[k] == "("
            depth -= text[k] == ")"
            if depth == 0:
                inner = re.sub(r"\s+", "", text[start + 1 : k])
                if re.fullmatch(r"[-+\d./]+", inner):
                    return inner, k + 1
                return None
    return None


def _tokens(text: str, numeric: bool) -> list[_Tok] | None:
    """The side as tokens; ``numeric``: numbers with their units are values ('val') and no symbol
    may occur; otherwise numbers are literal coefficients ('num') and letters are symbols."""
    from ...units import get_registry
    from .expression import _unit_at
    from .quantities import _NUMBER, _number_value
    from .unit_text import parse_unit

    ureg = get_registry()
    t = text.replace("×", "*").replace("·", "*").replace("−", "-")
    out: list[_Tok] = []
    i = 0
    while i < len(t):
        ch = t[i]
        if ch.isdigit() or (ch == "." and i + 1 < len(t) and t[i + 1].isdigit()):
            m = _NUMBER.match(t, i)
            if not m:
                return None
            end = m.end()
            while t[i:end].count(")") > t[i:end].count("(") and t[end - 1] in ") ":
                end -= 1  # '10^-12)' closes an outer bracket
            val = _number_value(m)
            if val is None:
                return None
            q = ureg.Quantity(val, "dimensionless")
            if numeric:
                j = end
                while j < len(t) and t[j] == " ":
                    j += 1
                unit = _unit_at(t, j) if j < len(t) and not t[j].isdigit() else None
                if unit:
                    parsed = parse_unit(unit[0])
                    if parsed is None:
                        return None
                    units = parsed.units
                    if parsed.is_absolute_temperature:  # '300 °C' in a calculation is a ΔT
                        units = ureg.Unit("delta_degF" if "F" in str(units) else "delta_degC")
                    q = ureg.Quantity(val, units)
                    end = unit[1]
                out.append(_Tok("val", t[i:end].strip(), q))
            else:
                out.append(_Tok("num", t[i:end].strip(), val))
            i = end
            continue
        if ch == "^":
            exp = _exponent(t, i + 1)
            if exp is None:
                return None
            out.append(_Tok("exp", exp[0]))
            i = exp[1]
            continue
        m = _TOKEN.match(t, i)
        if m and m.end() > i:
            kind = m.lastgroup
            if kind is not None:
                word = m.group(kind)
                if kind == "op":
                    word = {"*": "*", "×": "*", "·": "*", "−": "-"}.get(word, word)
                if kind == "func":
                    word = "sqrt" if word == "√" else word
                out.append(_Tok(kind, word))
            i = m.end()
            continue
        if numeric:
            return None  # a letter that is not a unit after a number
        m = re.compile(_SYMBOL).match(t, i)
        if not m:
            return None
        word = m.group(0)
        if len(re.sub(r"[_'Δ\d].*", "", word)) == 1 or "_" in word:
            out.append(_Tok("sym", word))
            i = m.end()
            continue
        return None
    return _implicit_products(_unwrap(out))


def _unwrap(toks: list[_Tok]) -> list[_Tok]:
    """'(0.1)' → '0.1', '((x))' → 'x': brackets around one value or symbol say nothing."""
    changed = True
    while changed:
        changed = False
        for k in range(len(toks) - 2):
            if (
                toks[k].kind == "open"
                and toks[k + 2].kind == "close"
                and toks[k + 1].kind in ("sym", "num", "val", "pi")
                and not (k > 0 and toks[k - 1].kind == "func")
            ):
                toks = [*toks[:k], toks[k + 1], *toks[k + 3 :]]
                changed = True
                break
    return toks


def _implicit_products(toks: list[_Tok]) -> list[_Tok]:
    out: list[_Tok] = []
    for tok in toks:
        if (
            out
            and out[-1].kind in ("sym", "num", "val", "close", "exp", "pi")
            and tok.kind in ("sym", "num", "val", "open", "func", "pi")
        ):
            out.append(_Tok("op", "*"))
        out.append(tok)
    return out


def _align(formula: list[_Tok], numbers: list[_Tok]) -> dict[str, list[Any]] | None:
    """Each symbol of the formula with the values put in its place, or None when the shapes differ."""
    if len(formula) != len(numbers):
        return None
    mapping: dict[str, list[Any]] = {}
    for f, n in zip(formula, numbers, strict=True):
        if f.kind == "sym" and n.kind == "val":
            mapping.setdefault(f.text, []).append(n)
        elif f.kind == "num" and n.kind == "val":
            if n.value.dimensionless and math.isclose(
                float(n.value.magnitude), f.value, rel_tol=1e-9
            ):
                continue
            return None
        elif f.kind != n.kind or f.text != n.text:
            return None
    return mapping


def _left_symbol(st: Statement) -> str | None:
    """The symbol a chain gives a value: the last word of its left side ('the current is I_g =')."""
    m = re.search(r"(?:^|[\s,:(])(" + _SYMBOL + r")\s*$", " " + st.sides[0])
    if m is None or is_function_value(st.sides[0]):
        return None  # 'erf z = 0.5' gives erf z a value, not z (:mod:`.function_value`)
    return m.group(1)


_WORD_NAME = re.compile(r"(?:\\mathrm\{)?([A-Za-z]{3,}(?: [A-Za-z]{2,}){0,2})\}?")


def _word_name(st: Statement) -> str | None:
    """A left side that is a name in words ('Error', 'Percentage error'), lower-cased: a formula
    under that name and the same name with numbers put in are matched like a symbol's."""
    m = _WORD_NAME.fullmatch(st.sides[0].strip())
    if m is None or len(st.sides) < 2:
        return None
    return "word:" + m.group(1).lower()


_PERCENT_FACTOR = re.compile(r"\s*[×*·]\s*100\s*%\s*$")


def _without_percent_factor(formula: str, numbers: str) -> tuple[str, str]:
    """'(a - b)/a × 100%' and '(5 - 4)/5 × 100%': the common '× 100%' set aside on both sides, so
    the substitution is matched term by term."""
    if _PERCENT_FACTOR.search(formula) and _PERCENT_FACTOR.search(numbers):
        return _PERCENT_FACTOR.sub("", formula), _PERCENT_FACTOR.sub("", numbers)
    return formula, numbers


FORMULA_LINES = 8
"""A formula written for a symbol ('f_2 = f_1 v/(v - u)') is matched with numbers substituted for it
up to this many lines later (a 'where' list of symbols may stand between them)."""


def _formula_before(chains: list[Statement], k: int) -> str | None:
    """The formula last written for the symbol chain ``k`` computes, within FORMULA_LINES before it."""
    from .step_check import strip_words

    sym = _left_symbol(chains[k]) or _word_name(chains[k])
    if sym is None:
        return None
    for j in range(k - 1, -1, -1):
        if chains[k].line_no - chains[j].line_no > FORMULA_LINES:
            return None
        if (_left_symbol(chains[j]) or _word_name(chains[j])) == sym:
            last = strip_words(chains[j].sides[-1].replace("|", " "))
            toks = _tokens(_PERCENT_FACTOR.sub("", last), False)
            return last if toks and any(t.kind == "sym" for t in toks) else None
    return None


_NEW_PART = re.compile(
    r"^\W*(?:\(?[b-h]\)|part\s+\(?[b-h2-9]\b|case\s+\d|(?:for|in)\s+the\s+(?:second|other|next|"
    r"third|last)\b|second(?:ly)?\b)",
    re.I,
)
"""A line that starts another part or case ('(b)', 'Part 2', 'For the second ball'): symbols may
stand for other things from there on."""


def _established(
    chains: list[Statement], computed_only: bool = True
) -> list[tuple[int, str, Any, str]]:
    """(statement index, symbol, value, as written) for each chain that computes a symbol's value
    (a side with an operator): its last side when that is a written number, else the value of the
    all-numeric calculation. A plain assignment ('m = 1.0 kg') is a datum of one case, not a
    result; with ``computed_only`` False it counts too."""
    from .expression import evaluate_segment
    from .restated import without_restatement
    from .solved_check import _only_numbers_and_units
    from .step_check import strip_words

    out = []
    for i, st in enumerate(chains):
        symbol = _left_symbol(st)
        if symbol is None:
            continue
        # '= 2.861 × 10^-19 J (1.786 eV)': the bracket restates the value, it is no factor
        last = strip_words(without_restatement(st.sides[-1], True))
        if re.search(r"≈|~|\b(?:approx\w*|about|nearly|roughly)\b|%|±", last):
            continue
        seg = evaluate_segment(last)
        if seg.value is None or not _only_numbers_and_units(last, "\u2063"):
            continue
        computed = seg.has_operator or any(
            evaluate_segment(strip_words(p)).has_operator for p in st.sides[1:-1]
        )
        if computed or not computed_only:
            out.append((i, symbol, seg.value, last))
    return out


def _same(a: Any, a_text: str, b: Any, b_text: str, percent: bool) -> bool | None:
    """Whether two written values agree (None: they cannot be compared)."""
    from .expression import evaluate_segment
    from .step_check import written_tolerance

    rtol = written_tolerance(evaluate_segment(a_text)) + written_tolerance(evaluate_segment(b_text))

    def readings(q: Any) -> list[float]:
        out = [abs(float(q.magnitude))]
        with contextlib.suppress(Exception):
            out.append(abs(float(q.to_base_units().magnitude)))
        return out

    try:
        if not a.dimensionless and not b.dimensionless:
            if a.dimensionality != b.dimensionality:
                return None  # units written loosely: nothing to compare
            x, y = abs(float(a.to_base_units().magnitude)), abs(float(b.to_base_units().magnitude))
            return math.isclose(x, y, rel_tol=rtol)
    except Exception:
        return None
    xs, ys = readings(a), readings(b)
    if percent:
        xs += [x * f for x in xs for f in (100.0, 0.01)]
    return any(math.isclose(x, y, rel_tol=rtol) for x in xs for y in ys)


def wrong_substitutions(
    chains: list[Statement], lines: list[str] | None = None
) -> list[Substitution]:
    """Numbers substituted for a symbol that differ from the value the response computed for it
    before (in the same part of the answer: ``lines`` show where '(b)', 'Part 2' begin)."""
    from .expression import evaluate_segment
    from .quantities import format_number
    from .step_check import clip, strip_words
    from .unit_text import unit_label

    values: dict[str, list[tuple[int, Any, str]]] = {}
    for i, sym, q, text in _established(chains):
        values.setdefault(sym, []).append((i, q, text))
    assigned: dict[str, list[tuple[Any, str]]] = {}  # every value a symbol is given, anywhere
    for _i, sym, q, text in _established(chains, computed_only=False):
        assigned.setdefault(sym, []).append((q, text))
    several = {
        sym
        for sym, vals in assigned.items()
        if any(_same(q, t, vals[0][0], vals[0][1], False) is not True for q, t in vals)
    }
    parts = [n for n, ln in enumerate(lines or []) if _NEW_PART.match(ln)]
    values = {sym: vals for sym, vals in values.items() if sym not in several}
    out = []
    for k, st in enumerate(chains):
        sides = [strip_words(s) for s in st.sides[1:]]
        pairs = list(itertools.pairwise(sides))
        formula = _formula_before(chains, k)
        if formula is not None:  # 'f = f_0 (v + u)/v' then, lines later, 'f = 492 (330 + 2)/330'
            pairs.insert(0, (formula, sides[0]))
        for f_text, n_text in pairs:
            f_text, n_text = _without_percent_factor(f_text, n_text)
            formula, numbers = _tokens(f_text, False), _tokens(n_text, True)
            if not formula or not numbers or not any(t.kind == "sym" for t in formula):
                continue
            mapping = _align(formula, numbers)
            if not mapping:
                continue
            found = _first_mismatch(mapping, values, chains, k, "%" in st.text, parts)
            if found is None:
                continue
            sym, used, j, q, text = found
            shown = f"{format_number(float(q.magnitude))} {unit_label(q.units)}".strip()
            scale = {
                idx: _ratio(q, t.value) or 1.0
                for idx, t in enumerate(numbers)
                if t.kind == "val" and t.text == used.text
            }
            redone = _evaluate_tokens(numbers, scale) if all(scale.values()) else None
            written = evaluate_segment(strip_words(st.sides[-1])).value
            with contextlib.suppress(Exception):
                redone = redone.to(written.units)  # in the unit the response writes its result
            again = (
                f"; with it the calculation gives {format_number(float(redone.magnitude))} "
                f"{unit_label(redone.units)}".rstrip()
                if redone is not None and _ratio(q, used.value) is not None
                else ""
            )
            out.append(
                Substitution(
                    k,
                    f"'{clip(f_text, 40)} = {clip(n_text, 50)}' puts {used.text} in place of {sym}, "
                    f"but the response found {sym} = {shown} (from '{clip(chains[j].text, 50)}')"
                    + again,
                )
            )
            break
    return out


def _first_mismatch(
    mapping: dict[str, list[Any]],
    values: dict[str, list[tuple[int, Any, str]]],
    chains: list[Statement],
    k: int,
    percent: bool,
    parts: list[int] = (),
) -> tuple[str, Any, int, Any, str] | None:
    for sym, used in mapping.items():
        if len({u.text for u in used}) > 1:
            return None  # one symbol, two numbers: the shapes only look alike
        before = [v for v in values.get(sym, ()) if v[0] < k]
        if not before:
            continue
        j, q, text = before[-1]
        if any(_same(v[1], v[2], q, text, False) is not True for v in before):
            continue  # the response gives this symbol several values
        bare = "_" not in sym and len(sym.lstrip("Δ").rstrip("'")) == 1
        if bare and chains[k].line_no - chains[j].line_no > NEAR_LINES:
            continue
        if any(chains[j].line_no < p <= chains[k].line_no for p in parts):
            continue  # another part of the answer began in between
        same = _same(used[0].value, used[0].text, q, text, percent)
        if same is False:
            return sym, used[0], j, q, text
    return None


# ------------------------------------------------------------------ rounding carried forward
CARRIED_RTOL = 0.05
"""A final answer is wrong by carried rounding only when the unrounded working moves it by more than
5% (and by more than three times the rounding of the final answer as written)."""

_CARRY_FUNCS = {"sqrt", "exp", "ln"}  # no angle or log-base ambiguity


def _evaluate_tokens(toks: list[_Tok], scale: dict[int, float]) -> Any:
    """The value of a numeric side from its tokens, each value token ``i`` times ``scale[i]``."""
    import ast

    from .expression import _fn_table, _walk

    parts, env = [], {}
    for idx, t in enumerate(toks):
        if t.kind == "val":
            env[f"v{idx}"] = t.value * scale.get(idx, 1.0)
            parts.append(f"v{idx}")
        elif t.kind == "num":
            parts.append(repr(float(t.value)))
        elif t.kind in ("op", "open", "close"):
            parts.append({"open": "(", "close": ")"}.get(t.kind, t.text))
        elif t.kind == "func":
            if t.text not in _CARRY_FUNCS or idx + 1 >= len(toks) or toks[idx + 1].kind != "open":
                return None
            parts.append(t.text)
        elif t.kind == "exp":
            parts.append(f"**({t.text})")
        elif t.kind == "pi":
            parts.append(repr(math.pi))
    try:
        return _walk(ast.parse(" ".join(parts), mode="eval"), env, _fn_table())
    except Exception:
        return None


def _ratio(a: Any, b: Any) -> float | None:
    """a / b as a plain number (a and b of one dimension, or both bare)."""
    try:
        r = float((a / b).to("dimensionless").magnitude)
    except Exception:
        return None
    return r if math.isfinite(r) and r > 0 else None


def carried_ratios(chains: list[Statement]) -> dict[str, tuple[float, Any, tuple[str, ...]]]:
    """For each symbol the response computes: (unrounded / written, written value, what was rounded
    upstream), carrying every earlier result with its full value into the formulas that use it."""
    from .step_check import strip_words

    ratios: dict[str, tuple[float, Any, tuple[str, ...]]] = {}
    for k, st in enumerate(chains):
        sym = _left_symbol(st) or f"the result of '{st.sides[0].strip()[:30]}'"
        sides = [strip_words(s.replace("|", " ")) for s in st.sides[1:]]
        toks = [_tokens(s, True) for s in sides]
        if not toks or not toks[-1]:
            continue
        written = _evaluate_tokens(toks[-1], {})
        if written is None:
            continue
        exact, causes = None, []
        pairs = list(itertools.pairwise(range(len(sides))))
        formulas = [(sides[i], j) for i, j in pairs]
        formula = _formula_before(chains, k)
        if formula is not None:
            formulas.insert(0, (formula, 0))
        for f_text, j in formulas:
            formula, numbers = _tokens(f_text, False), toks[j]
            if not formula or not numbers or not any(t.kind == "sym" for t in formula):
                continue
            if len(formula) != len(numbers) or _align(formula, numbers) is None:
                continue
            scale = {}
            for idx, (f, n) in enumerate(zip(formula, numbers, strict=True)):
                if f.kind == "sym" and n.kind == "val" and f.text in ratios:
                    r, w, _why = ratios[f.text]
                    if _same(n.value, n.text, w, n.text, False):
                        scale[idx] = r
                        if abs(r - 1) > 1e-3:
                            causes += [*ratios[f.text][2], f.text]
            exact = _evaluate_tokens(numbers, scale)
            break
        if exact is None:  # no formula beside it: the first calculation of the chain, as written
            calc = next((t for t in toks if t and any(x.kind == "op" for x in t)), None)
            exact = _evaluate_tokens(calc, {}) if calc else None
        r = _ratio(exact, written) if exact is not None else None
        if r is not None:
            ratios[sym] = (r, written, tuple(dict.fromkeys(causes)))
    return ratios


def carried_rounding(chains: list[Statement], final: Any, final_text: str) -> str | None:
    """The final answer against what the response's own steps give when no intermediate result is
    rounded: a message when rounding an intermediate value moved the answer beyond its tolerance."""
    from .expression import evaluate_segment
    from .quantities import format_number
    from .step_check import written_tolerance
    from .unit_text import unit_label

    if final is None:
        return None
    ratios = carried_ratios(chains)
    tol = max(CARRIED_RTOL, 3 * written_tolerance(evaluate_segment(final_text)))
    for sym in reversed(list(ratios)):
        r, written, causes = ratios[sym]
        if (
            not causes
            or _same(written, str(written.magnitude), final, final_text, False) is not True
        ):
            continue
        if abs(r - 1) <= tol:
            return None
        exact = float(final.magnitude) * r
        rounded = "; ".join(
            f"{c} written {format_number(float(ratios[c][1].magnitude), 6)} "
            f"for {format_number(float(ratios[c][1].magnitude) * ratios[c][0], 6)}"
            for c in causes[:3]
        )
        return (
            f"the final answer {final_text.strip()} comes from rounded intermediate values "
            f"({rounded}); carried with their full values, the response's own steps give "
            f"{format_number(exact)} {unit_label(final.units)}".rstrip()
            + f" for {sym}, {format_number(abs(r - 1) * 100, 2)}% away"
        )
    return None
