"""Hall–Petch relation through two (grain diameter, yield strength) measurements.

Source: Callister & Rethwisch (10th ed.), ch. 7 (eq. 7.7).
"""

from __future__ import annotations

from ._base import Relation, Symbol
from .common import DIAMETER, STRESS

GROUP = "course"  # the introductory-course batch these relations came in

GRAIN_WORDS = ("grain diameter", "grain size", "grain")
YIELD_WORDS = ("yield", "yield point", "yield strength", "yield stress")


def _yield(name: str, label: str) -> Symbol:
    return STRESS.with_(
        name=name,
        label=label,
        keywords=("yield point", "yield strength", "yield stress", "yield", "strength"),
        aliases=(),
    )


def _grain(name: str, label: str) -> Symbol:
    return DIAMETER.with_(
        name=name,
        label=label,
        keywords=("grain diameter", "grain size", "average grain diameter", "diameter", "grain"),
        aliases=(),
        plausible=(1e-7, 100),
    )


SY1, SY2, SY3 = (_yield(f"sy_{i}", f"yield strength {i}") for i in (1, 2, 3))
DG1, DG2, DG3 = (_grain(f"dg_{i}", f"grain diameter {i}") for i in (1, 2, 3))
SY3 = SY3.with_(label="yield strength")
DG3 = DG3.with_(label="grain diameter")
FRICTION = STRESS.with_(
    name="sigma_0hp",
    label="friction stress σ₀",
    keywords=("σ0", "σ_0", "sigma_0", "friction stress", "lattice friction", "constant σ0"),
    aliases=("σ0", "σ_0", "sigma_0"),
)
K_HP = Symbol(
    "k_hp",
    "MPa*m^0.5",
    "Hall–Petch coefficient k_y",
    keywords=("k_y", "ky", "hall petch coefficient", "hall petch constant", "constant k", "k"),
    aliases=("k_y", "ky", "k"),
    plausible=(1e-6, 1e3),
)
HP_REQUIRES = (GRAIN_WORDS, YIELD_WORDS)
hall_petch_two_points = Relation(
    "hall_petch_two_points",
    GROUP,
    "Hall–Petch relation through two measurements",
    "(sy_3 - sy_1)*(dg_2**(-1/2) - dg_1**(-1/2)) = (sy_2 - sy_1)*(dg_3**(-1/2) - dg_1**(-1/2))",
    (SY3, DG3, SY1, DG1, SY2, DG2),
    description="σ_y = σ₀ + k_y d^(−1/2) (Callister eq. 7.7) through two (d, σ_y) measurements, read at a "
    "third grain diameter or yield strength.",
    keywords=(*GRAIN_WORDS, *YIELD_WORDS, "hall petch"),
    requires=HP_REQUIRES,
    pairs=(("sy_1", "dg_1"), ("sy_2", "dg_2")),
    unknowns=("sy_3", "dg_3"),
)
hall_petch_slope = Relation(
    "hall_petch_slope_two_points",
    GROUP,
    "Hall–Petch coefficient from two measurements",
    "k_hp = (sy_2 - sy_1)/(dg_2**(-1/2) - dg_1**(-1/2))",
    (K_HP, SY1, DG1, SY2, DG2),
    description="k_y = (σ₂ − σ₁)/(d₂^(−1/2) − d₁^(−1/2)) from σ_y = σ₀ + k_y d^(−1/2).",
    keywords=(*GRAIN_WORDS, *YIELD_WORDS, "hall petch"),
    requires=HP_REQUIRES,
    pairs=(("sy_1", "dg_1"), ("sy_2", "dg_2")),
    unknowns=("k_hp",),
)
hall_petch_intercept = Relation(
    "hall_petch_intercept_two_points",
    GROUP,
    "Hall–Petch friction stress from two measurements",
    "sigma_0hp = sy_1 - (sy_2 - sy_1)/(dg_2**(-1/2) - dg_1**(-1/2))*dg_1**(-1/2)",
    (FRICTION, SY1, DG1, SY2, DG2),
    description="σ₀ = σ₁ − k_y d₁^(−1/2), k_y from the two measurements.",
    keywords=(*GRAIN_WORDS, *YIELD_WORDS, "hall petch"),
    requires=HP_REQUIRES,
    pairs=(("sy_1", "dg_1"), ("sy_2", "dg_2")),
    unknowns=("sigma_0hp",),
)

RELATIONS = (
    hall_petch_two_points,
    hall_petch_slope,
    hall_petch_intercept,
)
