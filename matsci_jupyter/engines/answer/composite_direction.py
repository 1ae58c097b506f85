"""The rule of mixtures of a continuous aligned-fibre composite taken for the wrong direction.

Loaded along the fibres, fibre and matrix strain alike (isostrain) and the modulus is the linear
mixture E_cl = E_f V_f + E_m V_m (Callister, eq. 16.10b); loaded across them, they carry the same
stress (isostress) and the modulus is the harmonic mixture E_ct = (V_f/E_f + V_m/E_m)⁻¹ (eq.
16.16). A question that fixes the direction ('along the fibre direction', 'longitudinal',
'parallel to the fibres'; 'transverse', 'perpendicular to the fibres') fixes the form; a response
that evaluates the other form with its own numbers is wrong at that step, and the right form with
the same numbers gives the value.

Read only when the question names one direction and no bound ('upper bound', 'lower bound'), and the
response writes the other form in numbers: '(0.333/72.5 + 0.667/2.4)^-1' or '1/(…)' or
'72.5 × 0.333 + 2.4 × 0.667' beside a harmonic or linear equation of the symbols (E_f, V_f, E_m,
V_m). The fractions must add up to 1 (±2 %).
"""

from __future__ import annotations

import re

from .checks import Check
from .quantities import format_number
from .step_check import clip

_ALONG = re.compile(
    r"\b(?:along|parallel\s+to)\s+the\s+(?:direction\s+of\s+the\s+)?fib(?:re|er)s?"
    r"(?:\s+(?:direction|axis))?\b|\blongitudinal(?:ly)?\b|\bisostrain\b|\biso-strain\b",
    re.I,
)
_ACROSS = re.compile(
    r"\b(?:transverse(?:ly)?|perpendicular\s+to\s+the\s+(?:fib(?:re|er)s?|fib(?:re|er)\s+direction)"
    r"|across\s+the\s+fib(?:re|er)s?|isostress|iso-stress)\b",
    re.I,
)
_FIBRES = re.compile(r"\bfib(?:re|er)s?\b", re.I)
_BOUND = re.compile(r"\b(?:upper|lower)[-\s]bound\b|\bbounds?\s+on\b", re.I)
_NUM = r"(\d+(?:\.\d+)?(?:\s*[×x*]\s*10\^\s*\(?[-−]?\d+\)?)?)"
_HARMONIC = re.compile(
    r"(?:\[|\()\s*"
    + _NUM
    + r"\s*/\s*"
    + _NUM
    + r"\s*\+\s*"
    + _NUM
    + r"\s*/\s*"
    + _NUM
    + r"\s*(?:\]|\))\s*(?:\^\s*\(?\s*[-−]\s*1\s*\)?|⁻¹)"
    r"|1\s*/\s*\(\s*" + _NUM + r"\s*/\s*" + _NUM + r"\s*\+\s*" + _NUM + r"\s*/\s*" + _NUM + r"\s*\)"
)
_LINEAR = re.compile(
    r"(?<![\w./])"
    + _NUM
    + r"\s*[×*·]\s*"
    + _NUM
    + r"\s*\+\s*"
    + _NUM
    + r"\s*[×*·]\s*"
    + _NUM
    + r"(?![\w.]|\s*[×*·/^])"
    # the products written by juxtaposition: '0.60(230) + 0.40(3.5)'
    + r"|(?<![\w./)])"
    + _NUM
    + r"\s*\(\s*"
    + _NUM
    + r"\s*\)\s*\+\s*"
    + _NUM
    + r"\s*\(\s*"
    + _NUM
    + r"\s*\)(?![\w.(]|\s*[×*·/^])"
)
# a sum written as the divisor of a fraction: '3.5 · 230/(0.45 · 230 + …' is the product form
# of the harmonic mixture, E_m E_f/(V_m E_f + V_f E_m), not the linear one
_DIVISOR = re.compile(r"/\s*[(\[]\s*$")
_MODULUS = re.compile(r"\bE(?:_?[cfm]|_?\{?[cfm]\w*\}?|_?ct|_?cl)?\s*=|\bmodul", re.I)
_DENSITY = re.compile(r"ρ|\bdensit|\bmass\b|\bw_?[fm]\b", re.I)


def _number(text: str) -> float:
    text = text.replace("−", "-").replace(" ", "")
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?:[×x*]10\^\(?(-?\d+)\)?)?", text)
    if m is None:
        raise ValueError(text)
    return float(m.group(1)) * (10.0 ** int(m.group(2)) if m.group(2) else 1.0)


def _pairs(groups: tuple[str | None, ...]) -> tuple[float, float, float, float] | None:
    vals = [g for g in groups if g is not None]
    if len(vals) != 4:
        return None
    try:
        a, b, c, d = (_number(v) for v in vals)
    except ValueError:
        return None
    return a, b, c, d


def _fractions(x: float, y: float) -> bool:
    return 0 < x < 1 and 0 < y < 1 and abs(x + y - 1) <= 0.02


def composite_direction_check(question: str, lines: list[str]) -> Check | None:
    """A failed check when a continuous-fibre composite's modulus (or strength, conductivity) is
    evaluated with the rule of mixtures of the other loading direction; None otherwise."""
    if not _FIBRES.search(question) or _BOUND.search(question):
        return None
    along, across = bool(_ALONG.search(question)), bool(_ACROSS.search(question))
    if along == across:
        return None
    previous = ""
    for line in lines:
        # a chain carried on to the next line ('E_c = V_f E_f + V_m E_m' / '= 0.60(230) + …')
        context = previous + " " + line if re.match(r"\s*[=≈]", line) else line
        previous = context
        if not _MODULUS.search(context) or _DENSITY.search(context):
            continue  # only the modulus: a density mixes linearly (or by mass) in every direction
        if along:
            m = _HARMONIC.search(line)
            p = _pairs(m.groups()) if m is not None else None
            if p is None:
                continue
            v1, e1, v2, e2 = p
            if not _fractions(v1, v2) or e1 <= 1 or e2 <= 1:
                continue
            right = v1 * e1 + v2 * e2
            wrong = 1 / (v1 / e1 + v2 / e2)
            return _flag(line, "along the fibres (isostrain)", "E_f V_f + E_m V_m", right, wrong)
        m = _LINEAR.search(line)
        p = _pairs(m.groups()) if m is not None else None
        if m is None or p is None or _DIVISOR.search(line[: m.start()]):
            continue  # 'E_m E_f/(V_m E_f + V_f E_m)': the isostress form's own denominator
        a, b, c, d = p
        # which factor of each product is the fraction: 'E_f × V_f' or 'V_f × E_f'
        v1, e1 = (a, b) if 0 < a < 1 else (b, a)
        v2, e2 = (c, d) if 0 < c < 1 else (d, c)
        if not _fractions(v1, v2) or e1 <= 1 or e2 <= 1:
            continue
        right = 1 / (v1 / e1 + v2 / e2)
        wrong = v1 * e1 + v2 * e2
        return _flag(line, "across the fibres (isostress)", "(V_f/E_f + V_m/E_m)⁻¹", right, wrong)
    return None


def _flag(line: str, direction: str, form: str, right: float, wrong: float) -> Check:
    return Check(
        "formula",
        False,
        f"'{clip(line, 60)}' is the rule of mixtures of the other loading direction: the question "
        f"loads the composite {direction}, E_c = {form} = {format_number(right, 4)} (same units as "
        f"the moduli written), not {format_number(wrong, 4)}",
    )
