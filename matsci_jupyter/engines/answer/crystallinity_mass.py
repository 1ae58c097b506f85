"""Percent crystallinity of a polymer answered with the volume fraction, not the mass fraction.

From the densities of the sample ρ_s, of the fully crystalline ρ_c and of the fully amorphous
polymer ρ_a, the percent crystallinity (by mass, as it is defined) is
ρ_c(ρ_s − ρ_a) / [ρ_s(ρ_c − ρ_a)] × 100. The linear interpolation (ρ_s − ρ_a)/(ρ_c − ρ_a) is the
volume fraction crystalline, a few percent smaller.

Read only when the question asks for the crystallinity, speaks of no volume fraction, and writes
exactly three numbers (the three densities, in one unit: the largest is ρ_c, the smallest ρ_a).
Flagged when the final answer (a percentage, or a fraction) is the volume fraction within 1 % and
not the mass fraction within 1.5 %.
"""

from __future__ import annotations

import math
import re

from .checks import Check
from .step_numbers import as_fraction, final_quantity

_ASKS = re.compile(r"\bcrystallinity\b", re.I)
_VOLUME = re.compile(r"\bvolume\b|\bvol\s*%", re.I)
_NUMBER = re.compile(r"(?<![\w.^])\d+(?:\.\d+)?(?![\w.])")


def crystallinity_mass_check(question: str, lines: list[str]) -> Check | None:
    """A failed 'formula' check when the percent crystallinity given is the volume fraction
    (see the module docstring); None otherwise."""
    if not _ASKS.search(question) or _VOLUME.search(question):
        return None
    numbers = sorted(float(n) for n in _NUMBER.findall(question))
    if len(numbers) != 3 or len(set(numbers)) != 3 or numbers[0] <= 0:
        return None
    rho_a, rho_s, rho_c = numbers
    if rho_c / rho_a > 1.6:
        return None  # not three densities of one polymer
    volume = (rho_s - rho_a) / (rho_c - rho_a)
    mass = rho_c * (rho_s - rho_a) / (rho_s * (rho_c - rho_a))
    value = as_fraction(final_quantity(lines))
    if value is None or not math.isclose(value, volume, rel_tol=0.01):
        return None
    if math.isclose(value, mass, rel_tol=0.015):
        return None
    return Check(
        "formula",
        False,
        f"the percent crystallinity is by mass: ρ_c(ρ_s − ρ_a)/[ρ_s(ρ_c − ρ_a)] = {mass * 100:.1f} %; "
        f"the answer, {value * 100:.1f} %, is the volume fraction (ρ_s − ρ_a)/(ρ_c − ρ_a)",
    )
