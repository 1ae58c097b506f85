"""The tensile stress at which a single crystal starts to slip: its yield strength by Schmid's law.

σ_y = τ_crss / (cos φ cos λ), φ between the tensile axis and the slip-plane normal, λ between the axis
and the slip direction (Callister eq. 7.4). Only the stress that *starts* slip is asked here ('What
tensile stress starts slip?', 'the yield strength of the single crystal', 'the stress needed to
initiate slip'), and only from a *critical* resolved shear stress; the angles are read as φ and λ by
their names, and :mod:`..schmid_angles` refuses an angle to the slip plane itself or a pair that no
crystal has (φ + λ < 90°). Stresses in MPa, angles in degrees.
"""

from __future__ import annotations

from ._base import Relation
from .mechanics import CRSS, LAMBDA_ANGLE, PHI, YIELD

GROUP = "mechanics"

SLIP_ONSET_STRESS = YIELD.with_(
    name="sigma_slip",
    label="tensile stress to start slip (single-crystal yield strength)",
    keywords=(
        "yield strength",
        "yield stress",
        "yielding",
        "yield",
        "tensile stress",
        "applied stress",
        "stress to start slip",
        "start slip",
        "starts slip",
        "initiate slip",
        "initiates slip",
        "onset of slip",
        "cause slip",
        "causes slip",
        "slip to begin",
        "begin to slip",
        "begins to slip",
    ),
    aliases=("σ_y", "σy", "sigma_y"),
)
CRITICAL_SHEAR = CRSS.with_(
    name="tau_crit",
    label="critical resolved shear stress",
    keywords=(
        "critical resolved shear stress",
        "critical shear stress",
        "crss",
        "τ_crss",
        "resolved shear stress",
    ),
    aliases=("τ_crss", "τ_c", "τ_CRSS"),
)
schmid_yield = Relation(
    "schmid_yield",
    GROUP,
    "Tensile stress to start slip in a single crystal (Schmid)",
    "sigma_slip = tau_crit/(cos(phi)*cos(lam_s))",
    (SLIP_ONSET_STRESS, CRITICAL_SHEAR, PHI, LAMBDA_ANGLE),
    description="σ_y = τ_crss/(cos φ cos λ) (Callister eq. 7.4).",
    keywords=("single crystal", "slip", "schmid", "critical resolved shear stress"),
    requires=(("critical resolved", "crss", "critical shear"), ("slip", "single crystal")),
    unknowns=("sigma_slip",),
)

RELATIONS = (schmid_yield,)
