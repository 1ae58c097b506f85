"""The fall in density of a solid heated through a stated temperature change, from its linear
expansion coefficient.

An isotropic solid heated by ΔT keeps its mass while each length grows by the factor (1 + α_l ΔT), so
its volume grows by (1 + α_l ΔT)³ and its density falls to 1/(1 + α_l ΔT)³ of the starting value
(Callister & Rethwisch, 10th ed., §19.3, with α_v ≈ 3α_l for the isotropic solid). The relation gives
the decrease as a percentage of the starting density (dimension: percent); α_l in 1/°C (= 1/K),
ΔT in °C (= K).

Read only where the question asks for a percentage decrease of the density on heating and gives a
linear coefficient; a volume coefficient (β, α_v), a phase change or porosity is another question.
"""

from __future__ import annotations

from ._base import Relation, Symbol
from .common import ALPHA, DELTA_T

GROUP = "thermal"

DENSITY_DROP = Symbol(
    "drho_pct",
    "percent",
    "decrease in density (percent of the starting density)",
    keywords=(
        "density",
        "decrease",
        "drop",
        "fall",
        "percentage",
        "percent",
        "by what percentage",
        "percentage drop",
        "percentage decrease",
    ),
    kind="composition",
    valid=(0, 100),
    plausible=(1e-6, 50),
)

density_drop_on_heating = Relation(
    "density_drop_on_heating",
    GROUP,
    "Percentage fall in density of a heated solid from its linear expansion coefficient",
    "drho_pct = 100*(1 - 1/(1 + alpha*dT)**3)",
    (DENSITY_DROP, ALPHA, DELTA_T),
    description="Mass kept, every length × (1 + α_l ΔT): ρ/ρ₀ = (1 + α_l ΔT)⁻³, so the density falls by "
    "100[1 − (1 + α_l ΔT)⁻³] % (Callister §19.3).",
    keywords=("density", "decrease", "heated", "thermal expansion"),
    requires=(
        ("density",),
        ("decrease", "decreases", "drop", "drops", "fall", "falls", "reduction", "reduced"),
        ("heated", "heating", "heat", "warmed", "warms", "warm"),
        ("percentage", "percent", "per cent", "%"),
    ),
    excludes=(
        "volume coefficient",
        "volumetric coefficient",
        "α_v",
        "β",
        "beta",
        "porosity",
        "porous",
        "melts",
        "melting",
        "melted",
        "phase",
        "phase change",
        "transformation",
        "transforms",
        "cooled",
        "increase in density",
        "density increase",
        "rise in density",
        # a stated small-change approximation (ΔV/V = 3αΔT) asks for its own number, not this one
        "3α",
        "3 α",
        "3αδt",
        "3alpha",
        "3 alpha",
        "approximation",
        "approximate",
    ),
    unknowns=("drho_pct",),
)

RELATIONS = (density_drop_on_heating,)
