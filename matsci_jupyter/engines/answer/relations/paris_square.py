"""Fatigue life from the Paris law when the exponent m is 2.

Integrating da/dN = A(YΔσ√(πa))^m from a₀ to a_c gives a power of a for every m except 2, where
1 − m/2 = 0 and the integral is a logarithm: N_f = ln(a_c/a₀)/(A π (YΔσ)²) (Dowling, *Mechanical
Behavior of Materials*, 4th ed., §11.6; Callister & Rethwisch, 10th ed., eq. 8.29 integrated). Units:
crack lengths in m (any length converts), Δσ in MPa, A for da/dN in m/cycle with ΔK in MPa·√m.

The general form (failure ``paris_fatigue_life``) divides by 1 − m/2 and fails at m = 2; this one
fixes m = 2 and is read only where the question writes m = 2.
"""

from __future__ import annotations

from ._base import Relation
from .failure import (
    A_CRITICAL,
    A_INITIAL,
    CYCLES,
    GEOMETRY_Y,
    PARIS_A,
    STRESS_RANGE_P,
    paris_life,
)

GROUP = "failure"

paris_life_square = Relation(
    "paris_fatigue_life_m2",
    GROUP,
    "Fatigue life from the Paris crack-growth law, exponent m = 2",
    "N_f = log(a_crit/a_0)/(A_paris*pi*(Y_p*dsig_p/MPa_u)**2)",
    (CYCLES, A_INITIAL, A_CRITICAL, PARIS_A, GEOMETRY_Y, STRESS_RANGE_P),
    fixed=(
        ("m_paris", 2, "Paris exponent m = 2: the integral of da/a is a logarithm"),
        ("MPa_u", "1 MPa", "ΔK in MPa·√m, da/dN in m/cycle"),
    ),
    description="N_f = ln(a_c/a₀)/(Aπ(YΔσ)²): the Paris law integrated for m = 2 (Dowling §11.6).",
    keywords=paris_life.keywords,
    requires=(
        *paris_life.requires,
        ("m = 2", "m=2", "m = 2.0", "exponent m = 2", "exponent of 2", "exponent is 2"),
    ),
    excludes=paris_life.excludes,
    unknowns=("N_f",),
)

RELATIONS: tuple[Relation, ...] = (paris_life_square,)
