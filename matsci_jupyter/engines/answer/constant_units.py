"""A gas or Boltzmann constant written in one energy unit while the response's energies are in another.

Prose often writes 'R = 1.987' or 'k = 8.62 × 10^-5' with no unit. The number alone says which
energy unit it belongs to: R = 1.987 is cal/(mol·K), R = 8.314 is J/(mol·K); k = 8.617 × 10^-5 is
eV/K, k = 1.381 × 10^-23 is J/K. When every energy the question and response write is in one unit
family (J, kJ) and the constant's number belongs to another (cal, eV) that neither text ever
mentions, a quotient such as ΔG°/(RT) or Q/(kT) is off by the conversion factor (4.184, 96 485…).

Only constants labelled by their symbol or name before '=' are read, and nothing is said when the
texts mention the constant's own family anywhere (a conversion may be meant).
"""

from __future__ import annotations

import math
import re

from .checks import Check

# (constant, value, energy family of that value, the value with its unit)
_FORMS = (
    ("R", 8.314462618, "J", "8.314 J/(mol·K)"),
    ("R", 1.987204, "cal", "1.987 cal/(mol·K)"),
    ("k", 1.380649e-23, "J", "1.381 × 10^-23 J/K"),
    ("k", 8.617333e-5, "eV", "8.617 × 10^-5 eV/K"),
)
_NAMES = {"R": "gas constant", "k": "Boltzmann constant"}

_FAMILY = {
    # units in words too: 'kilojoules per mole', 'kilocalories', 'electron volts'
    "J": re.compile(r"(?<![A-Za-z])(?:k|M)?J(?![A-Za-z])|\b(?:kilo|mega)?joules?\b", re.I),
    "cal": re.compile(r"(?<![A-Za-z])k?cal(?:ories?)?\b|\bkilocalories?\b", re.I),
    "eV": re.compile(r"(?<![A-Za-z])(?:k|m)?eV\b|\belectron[-\s]?volts?\b"),
}

_LABELLED = re.compile(
    r"(?:^|[\s(,;:$])(?P<sym>R|k_B|kB|k_b|k|gas\s+constant|Boltzmann\s+constant)\s*[=≈]\s*"
    r"(?P<num>\d+(?:\.\d+)?)\s*(?:(?:×|x|\*|·)\s*10\s*\^\s*\{?\s*(?P<exp>[-−]?\d+)\s*\}?)?"
    r"(?P<after>[^=,;\n]{0,30})",
)


def _constant(symbol: str) -> str:
    """'R' or 'k' for a label ('gas constant' → 'R', 'k_B' → 'k')."""
    return "R" if symbol.lower().startswith(("r", "gas")) else "k"


def _family_of(const: str, value: float) -> tuple[str, str] | None:
    for name, ref, family, shown in _FORMS:
        if name == const and math.isclose(value, ref, rel_tol=0.003):
            return family, shown
    return None


def mixed_unit_constant(question: str, lines: list[str]) -> Check | None:
    """A failed 'constants' check when R or k is written as the number of one energy family and
    every energy of the question and response is in another; None otherwise."""
    texts = _strip_constant_units(question + "\n" + "\n".join(lines))
    for line in lines:
        for m in _LABELLED.finditer(line):
            exp = m.group("exp")
            value = float(m.group("num")) * (10.0 ** int(exp.replace("−", "-")) if exp else 1.0)
            const = _constant(m.group("sym"))
            found = _family_of(const, value)
            if found is None:
                continue
            family, shown = found
            after = m.group("after")
            if any(p.search(after) for p in _FAMILY.values()):
                written = next(f for f, p in _FAMILY.items() if p.search(after))
                if written != family:
                    continue  # 'R = 8.314 J' misread; the unit written decides, not ours
            others = [f for f in _FAMILY if f != family and _FAMILY[f].search(texts)]
            if _FAMILY[family].search(texts) or len(others) != 1:
                continue
            right = next((v for n, _r, f, v in _FORMS if n == const and f == others[0]), None)
            if right is None:
                continue
            quoted = line[m.start("sym") : m.end("exp" if exp else "num")]
            return Check(
                "constants",
                False,
                f"'{quoted}' is the {_NAMES[const]} in {shown.rsplit(' ', 1)[1]}, "
                f"but the energies here are in {others[0]}: with them it is {right}",
            )
    return None


def _strip_constant_units(text: str) -> str:
    """The texts without the units written on the constant itself ('J/(mol·K)' after R is R's unit,
    not an energy the response works in): '/K' units are dropped."""
    return re.sub(r"\S*(?:cal|J|eV)\s*/\s*\(?\s*(?:mol\s*[·.*]?\s*)?K\)?", " ", text)
