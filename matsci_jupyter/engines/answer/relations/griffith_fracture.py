"""Griffith's critical stress for a brittle crack.

Source: Callister & Rethwisch (10th ed.), ch. 8 (eq. 8.3).
"""

from __future__ import annotations

from ._base import Relation, Symbol
from .common import LENGTH0, NOT_SURFACE_CRACK, STRESS, YOUNGS

GROUP = "course"  # the introductory-course batch these relations came in

SURFACE_ENERGY = Symbol(
    "gamma_se",
    "J/m^2",
    "specific surface energy",
    keywords=("surface energy", "specific surface energy", "γ", "gamma"),
    aliases=("γ", "γ_s", "gamma"),
    plausible=(1e-4, 1e3),
)
CRACK_A = LENGTH0.with_(
    name="a_gr",
    label="crack length a",
    keywords=("crack length", "half length", "crack", "length of an internal crack", "flaw"),
    aliases=("a", "c"),
)
FRACTURE_STRESS = STRESS.with_(
    name="sigma_c",
    label="critical stress for crack propagation",
    keywords=(
        "critical stress",
        "fracture stress",
        "fracture strength",
        "stress required",
        "stress",
    ),
    aliases=("σ_c", "σc", "σ_f"),
)
griffith = Relation(
    "griffith_fracture_stress",
    GROUP,
    "Griffith critical stress for a brittle crack",
    "sigma_c = sqrt(2*E_mod*gamma_se/(pi*a_gr))",
    (FRACTURE_STRESS, YOUNGS, SURFACE_ENERGY, CRACK_A),
    description="σ_c = (2Eγ_s/πa)^½ (Callister eq. 8.3; a: surface-crack length or half an internal one).",
    keywords=("griffith", "crack", "surface energy", "brittle"),
    requires=(("surface energy",), ("crack", "flaw")),
    excludes=NOT_SURFACE_CRACK,
)

RELATIONS = (griffith,)
