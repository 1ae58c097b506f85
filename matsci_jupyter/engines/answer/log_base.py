"""An Arrhenius-plot slope read with the wrong logarithm base.

A plot of ln D (or ln k, ln σ …) against 1/T has slope −Q/R; a plot of log₁₀ D has slope
−Q/(2.303 R). When the question names the base ('natural logarithm', 'ln D'; 'log₁₀', 'common
logarithm', 'base-10') and gives the slope in kelvin, the activation energy is R·|slope| or
2.303 R·|slope| (per mole; with k, per atom). A final answer equal to the other one (within 1 %)
took the wrong base. The answer is compared in J/mol or eV; anything else is not judged.
"""

from __future__ import annotations

import math
import re
from typing import Any

from .checks import Check

LN10 = math.log(10)
GAS_CONSTANT = 8.314462618  # J/(mol·K)
BOLTZMANN_EV = 8.617333262e-5  # eV/K

_NATURAL = re.compile(r"natural\s+log|\bln\s*\(?\s*[A-Za-zσρ]", re.I)
_COMMON = re.compile(r"log\s*_?\s*(?:10|₁₀)|common\s+log|base[-\s]?10|decimal\s+log", re.I)
_SLOPE = re.compile(
    r"slope\s+(?:of\s+)?(?:is\s+|=\s*|equal\s+to\s+)?(?P<num>[-−–]?\s*\d+(?:\.\d+)?)\s*"
    r"(?:(?:×|x|\*)\s*10\s*\^?\s*(?P<exp>[-−+]?\d+|[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))?\s*K\b",
    re.I,
)
_SUPER = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")


def _slope(question: str) -> float | None:
    m = _SLOPE.search(question)
    if not m:
        return None
    num = float(re.sub(r"[−–\s]", lambda c: "-" if c.group(0) in "−–" else "", m.group("num")))
    exp = m.group("exp")
    if exp:
        num *= 10.0 ** int(exp.translate(_SUPER).replace("−", "-"))
    return abs(num) or None


def log_base_check(question: str, final_value: Any) -> Check | None:
    """A failed 'constants' check when the activation energy from a plot's slope carries (or lacks)
    the 2.303 the question's logarithm base calls for."""
    natural, common = bool(_NATURAL.search(question)), bool(_COMMON.search(question))
    if natural == common or final_value is None:
        return None
    slope = _slope(question)
    if slope is None:
        return None
    for unit, const in (("J/mol", GAS_CONSTANT), ("eV", BOLTZMANN_EV)):
        try:
            got = abs(float(final_value.to(unit).magnitude))
        except Exception:
            continue
        right = const * slope * (1.0 if natural else LN10)
        other = const * slope * (LN10 if natural else 1.0)
        if math.isclose(got, right, rel_tol=0.01) or not math.isclose(got, other, rel_tol=0.01):
            return None
        sym = "R" if unit == "J/mol" else "k"
        if natural:
            how = f"Q = {sym}·|slope| = {right:.4g} {unit}; the answer {got:.4g} {unit} is 2.303 times that"
            read = "log₁₀"
        else:
            how = f"Q = 2.303 {sym}·|slope| = {right:.4g} {unit}; the answer {got:.4g} {unit} lacks the 2.303"
            read = "ln"
        return Check(
            "constants",
            False,
            f"the question's plot uses {'the natural logarithm' if natural else 'log₁₀'}, so {how} "
            f"(the slope was read as that of a {read} plot)",
        )
    return None
