"""Answers that need no given number: constants of the ideal crystal structures and the phase rule.

'Compute the atomic packing factor of BCC' (hard spheres touching along the cube diagonal:
APF = √3π/8), the coordination number or the atoms per cubic cell of SC, BCC, FCC, diamond and
HCP (Callister §3.4), and 'how many degrees of freedom at constant pressure for a ternary alloy with
two phases' (Gibbs phase rule F = C − P + N, N = 1 with the pressure held constant, Callister §9.16).
Exactly one structure (or one system) must be named; HCP atoms per cell has two standard readings
(6 for the hexagonal prism, 2 for the primitive cell) and is refused.
"""

from __future__ import annotations

import math
import re

from .answer import Answer
from .checks import Check
from .phase_rule_count import max_phases, max_phases_asked, pressure_reading
from .quantities import Reading
from .text import has_phrase

_STRUCTURES = {
    "sc": ("simple cubic", "primitive cubic"),
    "bcc": ("bcc", "body centered cubic", "body centred cubic"),
    "fcc": ("fcc", "face centered cubic", "face centred cubic", "cubic close packed", "ccp"),
    "hcp": ("hcp", "hexagonal close packed", "hexagonal closest packed"),
    "diamond": ("diamond cubic", "diamond structure"),
}
_VALUES = {
    "packing": {
        "sc": (math.pi / 6, "π/6"),
        "bcc": (math.sqrt(3) * math.pi / 8, "√3π/8"),
        "fcc": (math.pi / (3 * math.sqrt(2)), "π/(3√2)"),
        "hcp": (math.pi / (3 * math.sqrt(2)), "π/(3√2)"),
        "diamond": (math.sqrt(3) * math.pi / 16, "√3π/16"),
    },
    "coordination": {
        "sc": (6, "6"),
        "bcc": (8, "8"),
        "fcc": (12, "12"),
        "hcp": (12, "12"),
        "diamond": (4, "4"),
    },
    "atoms": {
        "sc": (1, "8 × 1/8"),
        "bcc": (2, "8 × 1/8 + 1"),
        "fcc": (4, "8 × 1/8 + 6 × 1/2"),
        "diamond": (8, "8 × 1/8 + 6 × 1/2 + 4"),
    },
}
_ASKED = {
    "packing": ("atomic packing factor", "packing factor", "packing fraction", "apf"),
    "coordination": ("coordination number",),
    "atoms": (
        "atoms per unit cell",
        "number of atoms in the unit cell",
        "atoms in a unit cell",
        "atoms per cell",
        "number of atoms per unit cell",
        "atoms are in the unit cell",
        "atoms does the unit cell contain",
    ),
}
_VOID_RATIOS = {
    ("fcc", "octahedral"): (math.sqrt(2) - 1, "r/R = √2 − 1"),
    ("fcc", "tetrahedral"): (math.sqrt(1.5) - 1, "r/R = √(3/2) − 1"),
    ("hcp", "octahedral"): (math.sqrt(2) - 1, "r/R = √2 − 1"),
    ("hcp", "tetrahedral"): (math.sqrt(1.5) - 1, "r/R = √(3/2) − 1"),
    ("bcc", "octahedral"): (2 / math.sqrt(3) - 1, "r/R = 2/√3 − 1"),
    ("bcc", "tetrahedral"): (math.sqrt(5 / 3) - 1, "r/R = √(5/3) − 1"),
}
_COMPONENTS = {
    "unary": 1,
    "one component": 1,
    "binary": 2,
    "two component": 2,
    "ternary": 3,
    "three component": 3,
    "quaternary": 4,
    "four component": 4,
}
_PHASES = {
    "single phase": 1,
    "one phase": 1,
    "two phases": 2,
    "two phase": 2,
    "three phases": 3,
    "three phase": 3,
    "four phases": 4,
}


def try_fact(question: str, reading: Reading) -> Answer | None:
    """An Answer for a question that needs no given numbers; None when it is not such a question."""
    key = reading.key
    ask = " " + (reading.target or "") + " "
    for what, phrases in _ASKED.items():
        if not any(has_phrase(ask, p) or has_phrase(key, p) for p in phrases):
            continue
        named = [s for s, words in _STRUCTURES.items() if any(has_phrase(key, w) for w in words)]
        if len(named) != 1:
            return None
        struct = named[0]
        if struct not in _VALUES[what]:
            return _refuse(
                question,
                "HCP has two standard cells (6 atoms in the hexagonal prism, 2 in the "
                "primitive cell); say which one is meant",
            )
        value, formula = _VALUES[what][struct]
        return _answer(
            question,
            float(value),
            f"{what} of {struct.upper()}",
            f"{struct.upper()}: {formula}",
            reading.rounding,
            "ideal hard-sphere structure (Callister §3.4)",
        )
    if has_phrase(ask, "ratio") and any(
        has_phrase(key, w) for w in ("void", "interstitial", "hole", "interstice")
    ):
        kinds = [k for k in ("octahedral", "tetrahedral") if has_phrase(key, k)]
        named = [s for s, words in _STRUCTURES.items() if any(has_phrase(key, w) for w in words)]
        if len(kinds) != 1 or len(named) != 1 or (named[0], kinds[0]) not in _VOID_RATIOS:
            return None
        order = re.search(r"ratio of (?:the )?(.*?)\bto\b", key)
        if not order or not re.search(r"void|interstitial|hole|interstice|site", order.group(1)):
            return (
                None  # only 'the ratio of the void radius to the atomic radius', never the inverse
            )
        value, formula = _VOID_RATIOS[(named[0], kinds[0])]
        return _answer(
            question,
            value,
            f"{kinds[0]} void radius / atomic radius in {named[0].upper()}",
            formula,
            reading.rounding,
            "hard spheres touching in the ideal structure (Callister §4.3)",
        )
    if has_phrase(key, "degrees of freedom") or has_phrase(key, "variance"):
        comps = {n for w, n in _COMPONENTS.items() if has_phrase(key, w)}
        phases = {n for w, n in _PHASES.items() if has_phrase(key, w)}
        if len(comps) != 1 or len(phases) != 1:
            return None
        fixed, varies = pressure_reading(key)
        held = fixed
        if bool(held) == bool(varies):
            return _refuse(
                question,
                "say whether the pressure is held constant (F = C − P + 1) or may vary "
                "(F = C − P + 2)",
            )
        c, p = comps.pop(), phases.pop()
        extra = 1 if held else 2
        f = c - p + extra
        if f < 0:
            where = "at constant pressure" if held else "even with the pressure free to vary"
            return _refuse(
                question,
                f"{p} phases cannot coexist in a {c}-component system {where}",
            )
        return _answer(
            question,
            float(f),
            "degrees of freedom",
            f"F = C − P + {extra} = {c} − {p} + {extra}",
            reading.rounding,
            "Gibbs phase rule at constant pressure"
            if held
            else "Gibbs phase rule with temperature and pressure both variable",
        )
    if max_phases_asked(key):
        comps = {n for w, n in _COMPONENTS.items() if has_phrase(key, w)}
        if len(comps) != 1:
            return None
        fixed, varies = pressure_reading(key)
        if fixed == varies:
            return _refuse(
                question,
                "say whether the pressure is held constant (at most C + 1 phases) or may vary "
                "(at most C + 2)",
            )
        count, formula = max_phases(comps.pop(), fixed)
        return _answer(
            question,
            float(count),
            "maximum number of coexisting phases",
            formula,
            reading.rounding,
            "Gibbs phase rule with no degree of freedom left"
            + (" at constant pressure" if fixed else ", temperature and pressure both variable"),
        )
    return None


def _answer(
    question: str, value: float, target: str, formula: str, rounding: int | None, why: str
) -> Answer:
    from ...units import get_registry

    if rounding is not None:
        value = round(value, rounding)
    return Answer(
        question=question,
        quantity=get_registry().Quantity(value, "dimensionless"),
        checks=[Check("dimension", True, "a pure number"), Check("interpretation", True, why)],
        steps=[f"Relation: {why}", formula, f"{target} = {value:g}"],
        source="solver",
        relation="structure_or_phase_rule_fact",
        target=target,
    )


def _refuse(question: str, reason: str) -> Answer:
    return Answer(question=question, quantity=None, reason=reason, source="solver")
