"""Givens that cancel in the ratio of an Arrhenius quantity at two temperatures.

X(T₂)/X(T₁) = exp(−Q/k (1/T₂ − 1/T₁)) for X ∝ exp(−Q/kT) (Callister & Rethwisch, 10th ed., eqs. 4.1,
5.8; the creep law ε̇ = K σⁿ exp(−Q_c/RT), eq. 8.24): whatever multiplies the exponential cancels when
it is the same at both temperatures. A question that asks for the ratio of the quantity itself may
state such factors anyway; each is set aside with the reason it cancels, and only these:

- the prefactor D₀ of a diffusion coefficient, or its value at one of the two temperatures (a
  diffusivity, m²/s), when the ratio asked is of the diffusion coefficient (named, or written 'D');
- a duration (how long a furnace runs) when the ratio asked is of the coefficient or rate itself, not
  of a depth, a distance or a time (those depend on the duration);
- for power-law creep, the one stress and the stress exponent n when the question says the stress is
  the same at both temperatures (σⁿ cancels).

Any other extra given, or an ask that names something else, leaves the question to the relations.
"""

from __future__ import annotations

import re

from .quantities import Given

_ASKS_COEFFICIENT = re.compile(r"\bdiffusion\s+coefficient|\bdiffusivity\b|\bD\b")
_ASKS_RATE = re.compile(
    r"\bdiffusion\s+coefficient|\bdiffusivity\b|\bcreep\s+rate|\brate\s+constant|\breaction\s+rate",
    re.I,
)
# 'by what factor does D increase': the diffusion coefficient asked by its symbol (a capital D alone,
# in the question's own case: the asked clause is lower-cased)
_ASKS_D_SYMBOL = re.compile(
    r"(?i:\bfactor\b|\bratio\b|\bhow\s+many\s+times\b)[^.?!]*?(?<![\w₀-₉])D(?![\w₀-₉'’])"
)
# asks whose answer depends on a duration or a stress even when the coefficient's ratio does not
_ASKS_OTHER = re.compile(
    r"\b(?:depth|distance|thickness|penetrat\w*|time|times?\s+(?:needed|required)|how\s+long|"
    r"strain|elongation|life|lifetime|flux|concentration)\b",
    re.I,
)
_SAME_STRESS = re.compile(
    r"\bstress\s+(?:being|is|remains?|remaining|kept|held|stays?)\s+(?:unchanged|the\s+same|constant)\b|"
    r"\b(?:same|unchanged|constant)\s+(?:applied\s+)?stress\b",
    re.I,
)
_STRESS_EXPONENT = re.compile(r"(?:stress\s+exponent|\bn)\s*(?:of|=|is)?\s*$", re.I)


def _is_diffusivity(g: Given) -> bool:
    if g.quantity is None:
        return False
    try:
        g.quantity.to("m**2/s")
    except Exception:
        return False
    return True


def _is_duration(g: Given) -> bool:
    if g.quantity is None or g.unit is None or g.unit.is_absolute_temperature:
        return False
    try:
        g.quantity.to("s")
    except Exception:
        return False
    return True


def _is_stress(g: Given) -> bool:
    if g.quantity is None:
        return False
    try:
        g.quantity.to("Pa")
    except Exception:
        return False
    return True


def cancelling(text: str, asked: str, extras: list[Given]) -> list[tuple[Given, str]] | None:
    """Each of ``extras`` (givens other than the two temperatures and the activation energy) with the
    reason it cancels in the asked ratio; None when any of them may matter (or the ask names something
    the ratio of the coefficient does not give)."""
    if not extras:
        return []
    d_symbol = bool(_ASKS_D_SYMBOL.search(text))
    if not (_ASKS_RATE.search(asked) or d_symbol) or _ASKS_OTHER.search(asked):
        return None
    asks_coefficient = bool(_ASKS_COEFFICIENT.search(asked)) or d_symbol
    stresses = [g for g in extras if _is_stress(g)]
    same_stress = bool(_SAME_STRESS.search(text)) and len(stresses) == 1
    creep = bool(re.search(r"\bcreep", asked, re.I))
    out: list[tuple[Given, str]] = []
    for g in extras:
        if _is_diffusivity(g) and asks_coefficient:
            out.append(
                (
                    g,
                    "the coefficient's own scale (D₀, or D at one temperature) cancels in the ratio",
                )
            )
        elif _is_duration(g):
            out.append((g, "a coefficient at a temperature does not depend on how long it acts"))
        elif creep and same_stress and _is_stress(g):
            out.append((g, "the stress is the same at both temperatures: σⁿ cancels"))
        elif (
            creep
            and same_stress
            and g.kind == "number"
            and _STRESS_EXPONENT.search(text[max(0, g.start - 30) : g.start])
        ):
            out.append(
                (g, "the stress exponent acts on a stress that is the same at both temperatures")
            )
        else:
            return None
    return out
