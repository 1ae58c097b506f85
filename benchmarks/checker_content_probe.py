"""Content mutation probe for check_answer: do CORRECT responses stay unflagged when the numbers vary?

Takes every correct hand-written worked answer (``"correct": true``) of
tests/data/worked_answers_*.jsonl and rewrites it mechanically in ways real chat models vary
the CONTENT of a right answer (the layout probe, checker_layout_probe.py, covers layout):

- ``const_coarse``      a physical constant written with a coarser accepted value
                        (8.314 → 8.31, 6.022 → 6.02, 1.602 → 1.6, 9.81 → 9.8, 96485 → 96500 …),
                        every downstream number kept (the model rounds, the results are within rounding)
- ``const_fine``        the same with a finer value (8.314 → 8.3145, 9.81 → 9.807 …), numbers kept
- ``const_recomputed``  the coarser constant with every result that depends on it recomputed
                        and carried forward at the digits the response shows
- ``round_3sf``         one middle result rounded to 3 s.f. and carried forward (recomputed after)
- ``round_2sf``         the same at 2 s.f. (only where the final answer moves by under 1 %)
- ``more_digits``       the middle results shown with 6 s.f. (no rounding), carried forward
- ``unit_swap``         the final value given in an equivalent unit (nm ↔ Å, MPa ↔ GPa, J ↔ kJ,
                        % → fraction …) where the question does not name the unit
- ``unit_both``         the final value followed by the same value in an equivalent unit in brackets
- ``sci_tex``           '× 10⁻³' written '\\times 10^{-3}' (bare TeX), ``sci_E`` written 'E-3',
                        ``sci_dot`` written '· 10⁻³', ``sci_caret`` written '×10^-3'
- ``restate_approx``    the final value restated more coarsely (', i.e. about 0.14 nm')
- ``check_line``        a closing 'Check: …  ✓' line that recomputes the last step or
                        back-substitutes the answer
- ``units_line``        a units-analysis line ('Units: (J/mol)/(J/(mol·K)) = K')
- ``alt_route``         an equivalent route: a/√2 as a·√2/2, 2√2 as √8, ln as 2.303 log₁₀

A mutation that does not change a response is not counted. Every mutated correct response that
gets verdict "flagged" is a false alarm; the probe prints flagged/total per mutation and, with
``--show``, the flagged items with the failed check.

    PYTHONPATH=. python benchmarks/checker_content_probe.py [--only MUTATION] [--show]
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import warnings
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"

_SUP = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
_TO_SUP = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")

# A number as responses write it: a mantissa and an optional power of ten in any usual style.
_MANT = r"(?<![\w.^{])(\d+(?:\.\d+)?)(?![\d])"
_POW = (
    r"(?:\s*(?:×|\\times|\\cdot|·|x)\s*10\s*"
    r"(?:\^\{\s*([−\-]?\d+)\s*\}|\^\(?([−\-]?\d+)\)?|([⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))"
    r"|[eE]([−\-+]?\d+)(?![\w]))?"
)
_NUM = re.compile(_MANT + _POW)


def _exp_of(m: re.Match[str]) -> int:
    for g in (2, 3, 5):
        if m.group(g):
            return int(m.group(g).replace("−", "-"))
    if m.group(4):
        return int(m.group(4).translate(_SUP))
    return 0


def _value(m: re.Match[str]) -> float:
    return float(m.group(1)) * 10.0 ** _exp_of(m)


def _decimals(mant: str) -> int:
    return len(mant.split(".")[1]) if "." in mant else 0


def _sig(mant: str) -> int:
    digits = mant.replace(".", "").lstrip("0")
    return max(len(digits), 1)


def _fmt_mant(x: float, like: str, sig: int | None = None) -> str:
    """x written like the mantissa ``like``: same decimals, or ``sig`` significant figures."""
    if sig is None:
        d = _decimals(like)
        return f"{x:.{d}f}"
    if x == 0:
        return "0"
    d = max(sig - 1 - math.floor(math.log10(abs(x))), 0)
    return f"{x:.{d}f}"


# --------------------------------------------------------------------------- expressions
_FUNCS = {"sqrt", "log", "log10", "exp", "sin", "cos", "tan", "asin", "acos", "atan", "pi"}


def _tex_to_py(s: str) -> str:
    s = s.replace("\\left", "").replace("\\right", "").replace("\\!", "").replace("\\,", "")
    s = s.replace("\\ ", " ").replace("\\cdot", "*").replace("\\times", "*")
    for _ in range(6):
        s2 = re.sub(r"\\d?frac\{([^{}]*)\}\{([^{}]*)\}", r"((\1)/(\2))", s)
        s2 = re.sub(r"\\sqrt\{([^{}]*)\}", r"sqrt(\1)", s2)
        s2 = re.sub(r"\^\{([^{}]*)\}", r"**(\1)", s2)
        if s2 == s:
            break
        s = s2
    s = s.replace("\\ln", "log").replace("\\log_{10}", "log10").replace("\\exp", "exp")
    s = s.replace("\\pi", "pi").replace("\\sin", "sin").replace("\\cos", "cos")
    return s.replace("{", "(").replace("}", ")")


def _to_python(expr: str) -> str | None:
    s = expr.replace("**", "").replace("$", "").strip()
    s = re.sub(r"\\(?:text|mathrm)\{[^{}]*\}(?:\^\{[^{}]*\}|\^-?\d)?", " ", s)
    s = re.sub(r"(?<=\d)(?:\\,|\u2009)(?=\d{3})", "", s)
    s = _UNIT_GROUP.sub(" ", s)
    s = _tex_to_py(s)
    s = s.replace("×", "*").replace("·", "*").replace("−", "-").replace("÷", "/")
    s = s.replace("log₁₀", "log10").replace("ln", "log")
    s = re.sub(r"(\d)\s*[eE]([-+]?\d+)", r"\1e\2", s)
    s = re.sub(r"([⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)", lambda m: "**(" + m.group(1).translate(_SUP) + ")", s)
    s = re.sub(r"√\s*(\d+(?:\.\d+)?)", r"sqrt(\1)", s)
    s = re.sub(r"√\s*\(", "sqrt(", s)
    s = s.replace("^", "**")
    # drop unit words; any other word makes the expression unreadable
    words = set(re.findall(r"[A-Za-zÅμ°%]+", s))
    for w in words - _FUNCS:
        if w in _UNIT_WORDS:
            s = re.sub(rf"(?<![A-Za-z]){re.escape(w)}(?![A-Za-z])", " ", s)
        else:
            return None
    s = re.sub(r"\*\*\(\s*\)", "", s)
    s = re.sub(r"(\d|\))\s+(\(|sqrt|log|exp)", r"\1*\2", s)
    s = re.sub(r"(\d|\))\s*(?=sqrt|log|exp)", r"\1*", s)
    s = re.sub(r"\)\s*\(", ")*(", s)
    s = re.sub(r"\s+", " ", s).strip()
    if not s or re.search(r"[^\d.+\-*/() a-z0-9_]", s):
        return None
    return s


_UNIT_WORDS = {
    "nm", "Å", "pm", "m", "cm", "mm", "μm", "K", "J", "kJ", "mol", "g", "kg", "s", "Pa", "MPa",
    "GPa", "eV", "C", "V", "A", "N", "h", "min", "atoms", "atom", "cell", "wt", "at", "S", "W",
}  # fmt: skip


_UNIT_TOKEN = (
    "(?:"
    + "|".join(sorted(map(re.escape, _UNIT_WORDS), key=len, reverse=True))
    + r")(?:[⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\^\{?-?\d+\}?)?"
)
_UNIT_GROUP = re.compile(
    rf"(?<![A-Za-z_\\]){_UNIT_TOKEN}(?:\s*[·/]\s*{_UNIT_TOKEN}|\s+{_UNIT_TOKEN})*(?![A-Za-z_(])"
)


def _eval(expr: str) -> float | None:
    warnings.simplefilter("ignore", SyntaxWarning)
    py = _to_python(expr)
    if py is None:
        return None
    env = {n: getattr(math, n) for n in _FUNCS if hasattr(math, n)}
    env["log10"] = math.log10
    try:
        out = eval(py, {"__builtins__": {}}, env)
    except Exception:
        return None
    if not isinstance(out, (int, float)) or isinstance(out, bool) or not math.isfinite(out):
        return None
    return float(out)


def _shown_close(x: float, m: re.Match[str]) -> bool:
    """x agrees with the number m as shown (half a unit in its last digit, or 0.2 %)."""
    v = _value(m)
    half = 0.5 * 10.0 ** (-_decimals(m.group(1))) * 10.0 ** _exp_of(m)
    return abs(x - v) <= max(half * 1.01, 2e-3 * abs(v))


_STEP = re.compile(r"=\s*([^=]+?)\s*(?:=|≈)\s*\**\s*" + _MANT.replace("(?<![\\w.^{])", "") + _POW)


class Sheet:
    """The response as a chain of worked steps 'lhs = expression = result'."""

    def __init__(self, text: str) -> None:
        self.text = text

    def steps(self) -> list[tuple[int, str, re.Match[str]]]:
        """(line index, expression, result match) for lines whose arithmetic we can redo."""
        out = []
        for i, line in enumerate(self.text.split("\n")):
            for expr, res in _line_steps(line):
                x = _eval(expr)
                if x is not None and _shown_close(x, res):
                    out.append((i, expr, res))
        return out


def _line_steps(line: str) -> list[tuple[str, re.Match[str]]]:
    """Every 'expr = number' step of a line: the expression is the text since the last '='."""
    out = []
    for m in _NUM.finditer(line):
        head = line[: m.start()].rstrip(" *$")
        if not head.endswith(("=", "≈")):
            continue
        head = head[:-1]
        rest = _UNIT_GROUP.sub("", line[m.end() :], count=1).lstrip(" $*")
        if re.match(r"[-+×*/·^(−√]|\\times|\\cdot|\\frac|\d", rest):
            continue  # '= 1 - exp(…)': the number opens an expression, it is no result
        cut = max(head.rfind("="), head.rfind("≈"), head.rfind(":"), head.rfind("→"))
        expr = head[cut + 1 :] if cut >= 0 else head
        expr = re.sub(r"^.*?(?:\bso|,|;)\s+", "", expr)
        expr = re.sub(r"^\s*(?:[-*]|\d+[.)])\s+", "", expr)
        if not re.search(r"\d", expr) or not re.search(r"[×*/+\-−·^√(]|\\frac|ln|exp", expr):
            continue
        out.append((expr.strip(), m))
    return out


def _new_mant(m: re.Match[str], new_value: float) -> str:
    scale = 10.0 ** _exp_of(m)
    return _fmt_mant(new_value / scale, m.group(1))


def _apply_changes(line: str, changes: dict[str, tuple[float, float]]) -> str:
    def one(m: re.Match[str]) -> str:
        key = f"{m.group(1)}@{_exp_of(m)}"
        if key in changes:
            new = _new_mant(m, changes[key][1])
            return new + m.group(0)[len(m.group(1)) :]
        # a rounded copy of a changed number (the final '0.143' of '0.1431')
        for ck, (old, new_v) in changes.items():
            if ck.split("@")[1] != str(_exp_of(m)) or "." not in m.group(1):
                continue
            cm = ck.split("@")[0]
            if _decimals(m.group(1)) < _decimals(cm) and _decimals(m.group(1)) >= 1:
                scale = 10.0 ** _exp_of(m)
                if _fmt_mant(old / scale, m.group(1)) == m.group(1):
                    return _new_mant(m, new_v) + m.group(0)[len(m.group(1)) :]
        return m.group(0)

    return _NUM.sub(one, line)


# --------------------------------------------------------------------------- constants
# (name, pattern of the mantissa as written, exponent, coarse mantissa, fine mantissa)
CONSTANTS = [
    ("R", r"8\.314(?!\d)", 0, "8.31", "8.3145"),
    ("N_A", r"6\.022(?!\d)", 23, "6.02", "6.0221"),
    ("N_A", r"6\.02(?!\d)", 23, None, "6.022"),
    ("k_B", r"1\.381?(?!\d)", -23, "1.38", "1.3806"),
    ("k_B eV", r"8\.617?(?!\d)", -5, "8.62", "8.6173"),
    ("h", r"6\.626(?!\d)", -34, "6.63", "6.6261"),
    ("h", r"6\.63(?!\d)", -34, None, "6.626"),
    ("e", r"1\.602(?!\d)", -19, "1.6", "1.6022"),
    ("e", r"1\.60(?!\d)", -19, None, "1.602"),
    ("F", r"96[ ,\u2009]?485(?!\d)", 0, "96500", "96485.3"),
    ("F", r"96[ ,\u2009]?500(?!\d)", 0, None, "96485"),
    ("g", r"9\.81(?!\d)", 0, "9.8", "9.807"),
    ("g", r"9\.8(?![\d])", 0, None, "9.81"),
    ("mu_B", r"9\.274(?!\d)", -24, "9.27", "9.2740"),
    ("c", r"2\.998(?!\d)", 8, "3.00", "2.9979"),
    ("c", r"3\.00?(?!\d)", 8, None, "2.998"),
    ("eps0", r"8\.854(?!\d)", -12, "8.85", "8.8542"),
    ("m_e", r"9\.109(?!\d)", -31, "9.11", "9.1094"),
    ("hc", r"1240(?!\d)", 0, None, "1239.8"),
    ("hc", r"1239\.8(?!\d)", 0, "1240", None),
]


def _const_sites(text: str) -> list[tuple[int, int, str, str | None, str | None]]:
    """(start, end, written, coarse, fine) for each constant in the response."""
    out = []
    taken: set[int] = set()
    for _name, pat, exp, coarse, fine in CONSTANTS:
        for m in re.finditer(r"(?<![\d.])" + pat, text):
            if m.start() in taken:
                continue
            after = text[m.end() : m.end() + 24]
            nm = _NUM.match(text, m.start())
            if exp:
                if nm is None or _exp_of(nm) != exp:
                    continue
            else:
                if re.match(r"\s*(?:×|\\times|·|e)\s*10|[eE][-−]?\d", after):
                    continue
                if _name == "g" and not re.search(
                    r"\bg\b|gravity|m/s", text[max(0, m.start() - 40) : m.end() + 12]
                ):
                    continue
                if _name == "hc" and "nm" not in after[:12] and "eV" not in after[:12]:
                    continue
            taken.add(m.start())
            out.append((m.start(), m.end(), m.group(0), coarse, fine))
    return sorted(out)


def _swap_constants(text: str, which: int) -> tuple[str, dict[str, tuple[float, float]], int]:
    """The text with each constant written in its coarse (which=3) or fine (4) value."""
    sites = _const_sites(text)
    changes: dict[str, tuple[float, float]] = {}
    first_line = -1
    out = text
    for start, end, written, coarse, fine in reversed(sites):
        new = coarse if which == 3 else fine
        if new is None:
            continue
        out = out[:start] + new + out[end:]
        first_line = out[:start].count("\n")
        old_v = float(re.sub(r"[ ,\u2009]", "", written))
        changes[f"{new}@c"] = (old_v, float(new))
    return out, changes, first_line


def const_coarse(text: str, rec: dict) -> str:
    return _swap_constants(text, 3)[0]


def const_fine(text: str, rec: dict) -> str:
    return _swap_constants(text, 4)[0]


def const_recomputed(text: str, rec: dict) -> str:
    sites = [s for s in _const_sites(text) if s[3] is not None]
    if not sites:
        return text
    first = text[: sites[0][0]].count("\n")
    swaps = {(s[3] or ""): _THOUSANDS.sub("", s[2]) for s in sites}
    swapped = _swap_constants(text, 3)[0]
    out = _recompute_from(swapped, first, {}, swaps)
    return _guard_final(text, out, rec)


_THOUSANDS = re.compile(r"[ ,\u2009]")


def _recompute_from(
    text: str, first: int, changes: dict[str, tuple[float, float]], swaps: dict[str, str]
) -> str:
    """Redo each step from line ``first`` on whose expression uses a changed number, and write
    its result at the digits shown. ``changes`` maps a changed number's old text
    (mantissa@exponent) to (old value, new value); ``swaps`` maps a number already rewritten in
    the text (a constant's new digits) to its old digits."""
    lines = text.split("\n")
    for i in range(first, len(lines)):
        line = lines[i]
        for expr, res in _line_steps(line):
            key = f"{res.group(1)}@{_exp_of(res)}"
            if key in changes:
                continue
            x_new = _eval(_apply_changes(expr, changes))
            x_old = _eval(_unswap(expr, swaps))
            if x_old is None or x_new is None or not _shown_close(x_old, res):
                continue
            if math.isclose(x_new, x_old, rel_tol=1e-12):
                continue
            changes[key] = (_value(res), x_new)
        lines[i] = _apply_changes(line, changes)
    return "\n".join(lines)


def _unswap(expr: str, swaps: dict[str, str]) -> str:
    out = expr
    for new, old in swaps.items():
        out = re.sub(rf"(?<![\d.]){re.escape(new)}(?![\d])", old, out)
    return out


def _guard_final(original: str, mutated: str, rec: dict) -> str:
    """Keep a mutation only while the response's final value stays within 1 % of the record's."""
    final = rec.get("final_value")
    if final is None or mutated == original:
        return mutated
    tail = [ln for ln in mutated.strip().split("\n") if ln.strip()][-1]
    vals = [_value(m) for m in _NUM.finditer(tail)]
    if not vals:
        return mutated
    scale = abs(float(final)) or 1.0
    near = [v for v in vals if abs(v - float(final)) <= 0.01 * scale]
    if near:
        return mutated
    # the final value was rewritten away from the answer: do not count this item
    old_tail = [ln for ln in original.strip().split("\n") if ln.strip()][-1]
    old_near = [
        _value(m) for m in _NUM.finditer(old_tail) if abs(_value(m) - float(final)) <= 0.01 * scale
    ]
    return original if old_near else mutated


# --------------------------------------------------------------------------- rounding
def _middle_steps(text: str) -> list[tuple[int, str, re.Match[str]]]:
    steps = Sheet(text).steps()
    return steps[:-1] if len(steps) >= 2 else []


def _round_carry(text: str, rec: dict, sig: int) -> str:
    for i, _expr, res in _middle_steps(text):
        mant = res.group(1)
        if _sig(mant) <= sig:
            continue
        scale = 10.0 ** _exp_of(res)
        old = _value(res)
        new_mant = _fmt_mant(old / scale, mant, sig=sig)
        new = float(new_mant) * scale
        if math.isclose(new, old):
            continue
        lines = text.split("\n")
        line = lines[i]
        lines[i] = line[: res.start(1)] + new_mant + line[res.end(1) :]
        # later copies of the number take the rounded digits; later steps are redone
        for j in range(i + 1, len(lines)):
            lines[j] = re.sub(rf"(?<![\d.]){re.escape(mant)}(?!\d)", new_mant, lines[j])
        changes: dict[str, tuple[float, float]] = {}
        out = _recompute_from("\n".join(lines), i + 1, changes, {new_mant: mant})
        if any(abs(b - a) > 5e-3 * abs(a) for a, b in changes.values()):
            return text  # the carried rounding moves a later result past its shown digits
        return out
    return text


def _final_of(text: str, rec: dict) -> float:
    tail = [ln for ln in text.strip().split("\n") if ln.strip()][-1]
    vals = [_value(m) for m in _NUM.finditer(tail)]
    final = rec.get("final_value")
    if not vals:
        return 0.0
    if final is None:
        return vals[-1]
    return min(vals, key=lambda v: abs(v - float(final)))


def round_3sf(text: str, rec: dict) -> str:
    return _round_carry(text, rec, 3)


def round_2sf(text: str, rec: dict) -> str:
    return _round_carry(text, rec, 2)


def more_digits(text: str, rec: dict) -> str:
    lines = text.split("\n")
    for i, expr, res in reversed(_middle_steps(text)):
        x = _eval(expr)
        if x is None or x == 0 or math.isclose(x, _value(res), rel_tol=1e-9):
            continue
        scale = 10.0 ** _exp_of(res)
        mant = res.group(1)
        new_mant = _fmt_mant(x / scale, mant, sig=max(6, _sig(mant) + 2))
        line = lines[i]
        if line[res.start(1) : res.end(1)] != mant:
            continue
        lines[i] = line[: res.start(1)] + new_mant + line[res.end(1) :]
        for j in range(i + 1, len(lines)):
            lines[j] = re.sub(rf"(?<![\d.]){re.escape(mant)}(?!\d)", new_mant, lines[j])
    out = "\n".join(lines)
    return _guard_final(text, out, rec)


# --------------------------------------------------------------------------- units
# unit: (other unit, factor from unit to other)
_EQUIV = {
    "nm": ("Å", 10.0), "Å": ("nm", 0.1), "pm": ("Å", 0.01), "MPa": ("GPa", 1e-3),
    "GPa": ("MPa", 1e3), "J": ("kJ", 1e-3), "kJ": ("J", 1e3), "kJ/mol": ("J/mol", 1e3),
    "J/mol": ("kJ/mol", 1e-3), "eV": ("meV", 1e3), "μm": ("nm", 1e3), "mm": ("μm", 1e3),
    "K": ("°C", None), "%": ("", 0.01), "Pa": ("kPa", 1e-3), "kPa": ("Pa", 1e3),
    "m": ("mm", 1e3), "cm": ("mm", 10.0), "s": ("ms", 1e3), "A/m": ("kA/m", 1e-3),
}  # fmt: skip
_UNIT_NAMES = {
    "nm": ("nanomet", "nm"), "Å": ("ångström", "angstrom", "Å"), "pm": ("picomet", "pm"),
    "MPa": ("MPa", "megapascal"), "GPa": ("GPa", "gigapascal"), "J": ("joule", " J"),
    "kJ": ("kJ", "kilojoule"), "kJ/mol": ("kJ/mol", "kJ mol", "kJ·mol"), "J/mol": ("J/mol",),
    "eV": ("eV", "electron"), "K": ("kelvin", " K"), "%": ("%", "percent", "per cent"),
}  # fmt: skip


_FINAL_UNIT = re.compile(
    r"\s*\**\s*(kJ/mol|J/mol|kJ|MPa|GPa|kPa|Pa|nm|Å|pm|eV|μm|mm|cm|A/m|%|K|J|m|s)"
    r"(?![\w/⁻¹²³·^])(?!\s+[A-Za-z]{1,3}[⁻¹²³^])"
)


def _final_site(text: str, rec: dict) -> tuple[int, re.Match[str], str] | None:
    """(line index, number match, unit) of the final value on the last line that has it."""
    final = rec.get("final_value")
    if final is None:
        return None
    lines = text.split("\n")
    for i in range(len(lines) - 1, -1, -1):
        for m in reversed(list(_NUM.finditer(lines[i]))):
            v = _value(m)
            if abs(v - float(final)) <= 0.01 * (abs(float(final)) or 1):
                after = lines[i][m.end() :]
                um = _FINAL_UNIT.match(after)
                if um:
                    return i, m, um.group(1)
                return None
    return None


def _named_in_question(unit: str, question: str) -> bool:
    q = question.lower()
    names = _UNIT_NAMES.get(unit, (unit,))
    if unit == "%" and re.search(r"\bin %|percent|per cent|\(%\)", question):
        return True
    for n in names:
        short = n.strip()
        if not short:
            continue
        if len(short) > 2 and n.lower() in q:
            return True
        if len(short) <= 2 and re.search(
            rf"\bin {re.escape(short)}\b|\({re.escape(short)}\)", question
        ):
            return True
    return False


def _converted(m: re.Match[str], unit: str) -> tuple[str, str] | None:
    other, factor = _EQUIV.get(unit, (None, None))
    if other is None:
        return None
    v = _value(m)
    sig = max(_sig(m.group(1)), 2)
    if factor is None:  # K → °C
        c = v - 273.15 if unit == "K" else None
        if c is None:
            return None
        return f"{c:.{max(_decimals(m.group(1)), 0)}f}", other
    w = v * factor
    if w == 0:
        return None
    e = math.floor(math.log10(abs(w)))
    if -3 <= e <= 5:
        return _fmt_mant(w, "", sig=sig), other
    mant = _fmt_mant(w / 10.0**e, "", sig=sig)
    return f"{mant} × 10{str(e).translate(_TO_SUP)}", other


def unit_swap(text: str, rec: dict) -> str:
    site = _final_site(text, rec)
    if site is None:
        return text
    i, m, unit = site
    if _named_in_question(unit, rec["question"]):
        return text
    conv = _converted(m, unit)
    if conv is None:
        return text
    value, other = conv
    lines = text.split("\n")
    line = lines[i]
    after = line[m.end() :]
    um = re.match(r"\s*\**\s*" + re.escape(unit), after)
    assert um is not None
    gap = " " if other and other != "%" else ""
    if re.search(r"=\s*[^=]*[×*/+−·(][^=]*=\s*\**\s*$", line[: m.start()]):
        # the value ends a worked step: the conversion follows it, as a further '='
        end = m.end() + um.end()
        lines[i] = line[:end] + f" = {value}{gap + other if other else ''}" + line[end:]
        return "\n".join(lines)
    lines[i] = line[: m.start()] + value + (gap + other if other else "") + after[um.end() :]
    return "\n".join(lines)


def unit_both(text: str, rec: dict) -> str:
    site = _final_site(text, rec)
    if site is None:
        return text
    i, m, unit = site
    conv = _converted(m, unit)
    if conv is None:
        return text
    value, other = conv
    lines = text.split("\n")
    line = lines[i]
    after = line[m.end() :]
    um = re.match(r"\s*\**\s*" + re.escape(unit), after)
    assert um is not None
    end = m.end() + um.end()
    gap = " " if other and other != "%" else ""
    lines[i] = line[:end] + f" ({value}{gap + other if other else ''})" + line[end:]
    return "\n".join(lines)


# --------------------------------------------------------------------------- notation
_SCI_UNI = re.compile(r"(\d(?:\.\d+)?)\s*×\s*10([⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)")
_SCI_TEX = re.compile(r"(\d(?:\.\d+)?)\s*\\times\s*10\^\{([−\-]?\d+)\}")


def _sci(text: str, style: Callable[[str, int], str]) -> str:
    out = _SCI_UNI.sub(lambda m: style(m.group(1), int(m.group(2).translate(_SUP))), text)
    return _SCI_TEX.sub(lambda m: style(m.group(1), int(m.group(2).replace("−", "-"))), out)


def sci_tex(text: str, rec: dict) -> str:
    return _SCI_UNI.sub(
        lambda m: f"{m.group(1)} \\times 10^{{{int(m.group(2).translate(_SUP))}}}", text
    )


def sci_E(text: str, rec: dict) -> str:
    return _sci(text, lambda mant, e: f"{mant}E{e}")


def sci_dot(text: str, rec: dict) -> str:
    return _SCI_UNI.sub(lambda m: f"{m.group(1)} · 10{m.group(2)}", text)


def sci_caret(text: str, rec: dict) -> str:
    return _sci(text, lambda mant, e: f"{mant}×10^{e}")


# --------------------------------------------------------------------------- closing lines
def restate_approx(text: str, rec: dict) -> str:
    site = _final_site(text, rec)
    if site is None:
        return text
    _i, m, unit = site
    mant = m.group(1)
    sig = _sig(mant)
    if sig < 3:
        return text
    scale = 10.0 ** _exp_of(m)
    coarse = _fmt_mant(_value(m) / scale, "", sig=sig - 1)
    shown = coarse + m.group(0)[len(mant) :]
    gap = "" if unit == "%" else " "
    body = text.rstrip()
    body = body[:-1] if body.endswith(".") else body
    return body + f", i.e. about {shown}{gap}{unit}."


def check_line(text: str, rec: dict) -> str:
    steps = Sheet(text).steps()
    if not steps:
        return text
    _i, expr, res = steps[-1]
    plain = expr.replace("**", "").strip()
    # back-substitution of a plain quotient A/B = V: V × B = A
    q = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*/\s*(\d+(?:\.\d+)?)\s*", plain)
    if q:
        a, b = float(q.group(1)), float(q.group(2))
        v = _value(res)
        back = v * b
        if math.isclose(back, a, rel_tol=5e-3):
            shown = _fmt_mant(back, q.group(1))
            return (
                text.rstrip()
                + f"\n\nCheck: {res.group(0).strip()} × {q.group(2)} = {shown} ≈ {q.group(1)} ✓"
            )
    line = f"{plain} = {res.group(0).strip()}"
    if "\\" in line:
        line = f"${line}$"
    return text.rstrip() + f"\n\nCheck: {line} ✓"


_UNITS_LINES = {
    "K": "(J/mol)/(J/(mol·K)) = K",
    "°C": "(J/mol)/(J/(mol·K)) = K, then °C = K − 273.15",
    "nm": "(cm³)^(1/3) = cm, and 1 cm = 10⁷ nm",
    "Å": "(cm³)^(1/3) = cm, and 1 cm = 10⁸ Å",
    "pm": "lengths in, length out: pm",
    "J/mol": "(J/(mol·K)) · K = J/mol",
    "kJ/mol": "(J/(mol·K)) · K = J/mol → kJ/mol",
    "eV": "(J·s)(m/s)/m = J, and J/(J/eV) = eV",
    "MPa": "N/mm² = MPa",
    "GPa": "N/m² = Pa → GPa",
    "Pa": "N/m² = Pa",
    "S/m": "(m⁻³)(C)(m²/(V·s)) = C/(V·s·m) = S/m",
    "g/cm³": "(g/mol)/(cm³ · mol⁻¹) = g/cm³",
    "s": "m²/(m²/s) = s",
    "h": "m²/(m²/s) = s → h",
    "m²/s": "(m²/s) · exp(dimensionless) = m²/s",
    "A/m": "(A·m²)/m³ = A/m",
    "V": "(J/(mol·K))·K/(C/mol) = J/C = V",
    "J": "(J/K) · K = J",
    "%": "a ratio of like quantities, so dimensionless (%)",
    "percent": "a ratio of like quantities, so dimensionless (%)",
    "dimensionless": "a ratio of like quantities, so dimensionless",
}


def units_line(text: str, rec: dict) -> str:
    unit = rec.get("final_unit") or ""
    unit = {"degC": "°C", "degree": "°", "angstrom": "Å"}.get(unit, unit)
    line = _UNITS_LINES.get(unit)
    if line is None:
        return text
    lines = text.rstrip().split("\n")
    # before the final answer line, as models put it
    return "\n".join([*lines[:-1], "", f"Units: {line}", "", *lines[-1:]])


# --------------------------------------------------------------------------- routes
_ROUTES = [
    (re.compile(r"/\s*√2(?![\d.])"), "·√2/2"),
    (re.compile(r"/\s*√3(?![\d.])"), "·√3/3"),
    (re.compile(r"(?<![\d.])2√2(?![\d.])"), "√8"),
    (re.compile(r"\\frac\{([^{}]+)\}\{\\sqrt\{2\}\}"), r"\\frac{\1\\sqrt{2}}{2}"),
    (re.compile(r"\\ln\b"), r"2.303\\log_{10}"),
]


def _ln_as_log10(text: str) -> str:
    """ln(X) written 2.303 log₁₀(X); bracketed where it follows a product, quotient or factor."""
    out = []
    i = 0
    for m in re.finditer(r"(?<![\w\\])ln\s*\(", text):
        if m.start() < i:
            continue
        depth, j = 0, m.end() - 1
        while j < len(text):
            depth += {"(": 1, ")": -1}.get(text[j], 0)
            if depth == 0:
                break
            j += 1
        if j >= len(text):
            continue
        arg = text[m.end() - 1 : j + 1]
        before = text[i : m.start()]
        wrap = re.search(r"[\w)/×·*]\s*$", before) is not None
        new = f"2.303 log₁₀{arg}"
        out.append(before + (f"({new})" if wrap else new))
        i = j + 1
    out.append(text[i:])
    return "".join(out)


def alt_route(text: str, rec: dict) -> str:
    out = text
    for pat, rep in _ROUTES:
        out = pat.sub(rep, out)
    return _ln_as_log10(out)


MUTATIONS: dict[str, Callable[[str, dict], str]] = {
    "const_coarse": const_coarse,
    "const_fine": const_fine,
    "const_recomputed": const_recomputed,
    "round_3sf": round_3sf,
    "round_2sf": round_2sf,
    "more_digits": more_digits,
    "unit_swap": unit_swap,
    "unit_both": unit_both,
    "sci_tex": sci_tex,
    "sci_E": sci_E,
    "sci_dot": sci_dot,
    "sci_caret": sci_caret,
    "restate_approx": restate_approx,
    "check_line": check_line,
    "units_line": units_line,
    "alt_route": alt_route,
}


def _verdict_of():
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from answer_external_checker import verdict_of

    return verdict_of


def load_items() -> list[dict]:
    items = []
    for path in sorted(DATA.glob("worked_answers_*.jsonl")):
        for line in path.read_text().splitlines():
            rec = json.loads(line)
            if rec.get("correct"):
                items.append(rec)
    return items


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", choices=sorted(MUTATIONS))
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--text", action="store_true", help="with --show, print the mutated text")
    args = parser.parse_args()

    from matsci_jupyter import check_answer

    verdict_of = _verdict_of()
    items = load_items()
    names = [args.only] if args.only else list(MUTATIONS)
    base_flagged = {
        i
        for i, rec in enumerate(items)
        if verdict_of(check_answer(rec["question"], rec["response"])) == "flagged"
    }
    print(f"{len(items)} correct responses; flagged as written: {len(base_flagged)}")
    grand = [0, 0]
    for name in names:
        flagged = total = 0
        for i, rec in enumerate(items):
            if i in base_flagged:
                continue
            mutated = MUTATIONS[name](rec["response"], rec)
            if mutated == rec["response"]:
                continue
            total += 1
            ans = check_answer(rec["question"], mutated)
            if verdict_of(ans) == "flagged":
                flagged += 1
                if args.show:
                    failed = [c for c in ans.checks if not c.passed and c.blocking]
                    print(f"  [{name}] {rec['set']} {rec['question_id']}:")
                    for c in failed[:2]:
                        print(f"      {c.name}: {c.message}"[:400])
                    if args.text:
                        print("      " + mutated.replace("\n", "\n      "))
        grand[0] += flagged
        grand[1] += total
        print(f"{name:18s} flagged {flagged}/{total}")
    print(f"{'all':18s} flagged {grand[0]}/{grand[1]}")


if __name__ == "__main__":
    main()
