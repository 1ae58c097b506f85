"""The volume change of an isotropic solid heated through ΔT, from its LINEAR expansion coefficient.

Each length grows by α_l ΔT, so to first order the volume grows by 3α_l ΔT (α_v ≈ 3α_l for an
isotropic solid; Callister & Rethwisch, 10th ed., §19.3): ΔV = 3 α_l V₀ ΔT (ΔV, V₀ in cm³, α_l in
1/°C = 1/K, ΔT in °C = K) and the fractional change 100·3 α_l ΔT in percent.

Read only where the question gives the linear coefficient (α, α_l, 'linear coefficient') and asks a
volume change; a question that gives a volume coefficient (β, α_v, 'volumetric') is the plain
ΔV = α_v V₀ ΔT of :mod:`.thermal`, and one that names neither kind is refused there.
"""

from __future__ import annotations

from ._base import Relation, Symbol
from .common import ALPHA, DELTA_T
from .thermal import DELTA_V, VOLUME0

GROUP = "thermal"

VOLUME_COEFFICIENT_WORDS = (
    "β",
    "beta",
    "α_v",
    "αv",
    "volume coefficient",
    "volumetric coefficient",
    "volume expansion coefficient",
    "volumetric expansion coefficient",
    "volumetric thermal expansion coefficient",
    "volume thermal expansion coefficient",
    "coefficient of volume",
    "coefficient of volumetric",
    "coefficient of cubical",
    "cubical expansion coefficient",
    "cubical",
)
LINEAR_GIVEN = ("α", "alpha", "α_l", "linear coefficient", "linear expansion", "linear thermal")
HEATED = ("heated", "heating", "warmed", "warms", "cooled", "cooling", "temperature rise", "raised")
VOLUME_ASKED = (
    "change in volume",
    "volume change",
    "increase in volume",
    "volume increase",
    "its volume",
    "the volume",
    "volume expand",
)
# the linear coefficient is the library's one α symbol (a symbol name has one meaning everywhere)
ALPHA_LINEAR = ALPHA
VOLUME_PCT = Symbol(
    "dV_pct",
    "percent",
    "fractional volume change (percent)",
    keywords=(
        "percentage",
        "percent",
        "by what percentage",
        "volume increase",
        "increase in volume",
        "change in volume",
        "volume change",
    ),
    kind="composition",
    valid=(-100, 100),
    plausible=(1e-6, 30),
)
volume_change_linear = Relation(
    "volume_expansion_from_linear_coefficient",
    GROUP,
    "Volume change of an isotropic solid from its linear expansion coefficient (ΔV = 3α_l V₀ ΔT)",
    "dV = 3*alpha*V0*dT",
    (DELTA_V, ALPHA_LINEAR, VOLUME0, DELTA_T),
    description="ΔV = 3 α_l V₀ ΔT for an isotropic solid (α_v ≈ 3α_l, Callister §19.3).",
    keywords=("volume", "linear coefficient", "thermal expansion"),
    requires=(VOLUME_ASKED, LINEAR_GIVEN, HEATED),
    excludes=(*VOLUME_COEFFICIENT_WORDS, "percentage", "percent", "density", "anisotropic"),
    unknowns=("dV",),
)
volume_percent_linear = Relation(
    "volume_percent_from_linear_coefficient",
    GROUP,
    "Percentage volume change of an isotropic solid from its linear coefficient (3α_l ΔT)",
    "dV_pct = 300*alpha*dT",
    (VOLUME_PCT, ALPHA_LINEAR, DELTA_T),
    description="ΔV/V₀ = 3 α_l ΔT for an isotropic solid, in percent (Callister §19.3).",
    keywords=("volume", "percentage", "linear coefficient", "thermal expansion"),
    requires=(VOLUME_ASKED, LINEAR_GIVEN, HEATED, ("percentage", "percent", "per cent")),
    excludes=(*VOLUME_COEFFICIENT_WORDS, "density", "anisotropic", "3α", "3 α", "3alpha"),
    unknowns=("dV_pct",),
)

RELATIONS = (volume_change_linear, volume_percent_linear)
