"""Conduction in metals not declared elsewhere: the Wiedemann–Franz law written with the resistivity,
and the resistivity of a dilute substitutional alloy (Matthiessen's rule with Nordheim's impurity
term).

Source: Callister & Rethwisch, *Materials Science and Engineering: An Introduction* (10th ed.),
ch. 18 (ρ_total = ρ_t + ρ_i + ρ_d, eq. 18.9; ρ_i = A c_i(1 − c_i), eq. 18.11) and ch. 19
(L = k/(σT), eq. 19.7, with σ = 1/ρ).
"""

from __future__ import annotations

from ._base import Relation, Symbol
from .electrical import RESISTIVITY
from .exam_ratios import K_WF, LORENZ, T_WF

GROUP = "electrical"

RHO_WF = RESISTIVITY.with_(name="rho_wf", keywords=("electrical resistivity", "resistivity"))
wiedemann_franz_resistivity = Relation(
    "wiedemann_franz_resistivity",
    GROUP,
    "Wiedemann–Franz law with the resistivity",
    "k_wf = L_wf*T_wf/rho_wf",
    (K_WF, RHO_WF, T_WF, LORENZ),
    description="k = LσT = LT/ρ for a metal (Callister eq. 19.7 with σ = 1/ρ).",
    keywords=("wiedemann", "franz", "lorenz", "resistivity"),
    requires=(("wiedemann", "lorenz"), ("resistivity",)),
)

RHO_PURE = RESISTIVITY.with_(
    name="rho_pure",
    label="resistivity of the pure metal",
    keywords=("pure", "resistivity of pure", "pure metal", "resistivity", "ρ_t", "ρt"),
    aliases=("ρ_t", "ρ_0", "ρ0"),
)
RHO_ALLOY = RESISTIVITY.with_(
    name="rho_alloy",
    label="resistivity of the alloy",
    keywords=("resistivity of the alloy", "alloy", "total resistivity"),
    aliases=("ρ_total",),
)
NORDHEIM_A = RESISTIVITY.with_(
    name="A_nord",
    label="composition-independent constant A of the impurity term",
    keywords=(
        "constant a",
        "composition independent constant",
        "constant",
        "a of the impurity",
        "impurity term",
    ),
    aliases=("A",),
)
IMPURITY_FRACTION = Symbol(
    "c_imp",
    "dimensionless",
    "impurity atom fraction",
    keywords=("atom fraction", "impurity concentration", "c_i", "ci", "fraction"),
    aliases=("c_i", "ci", "x"),
    kind="fraction",
    valid=(0, 1),
    plausible=(0, 1),
)
nordheim = Relation(
    "impurity_resistivity_nordheim",
    GROUP,
    "Resistivity of a dilute substitutional alloy (Matthiessen + Nordheim)",
    "rho_alloy = rho_pure + A_nord*c_imp*(1 - c_imp)",
    (RHO_ALLOY, RHO_PURE, NORDHEIM_A, IMPURITY_FRACTION),
    description="ρ = ρ_t + ρ_i with ρ_i = A c_i(1 − c_i) (Callister eqs. 18.9, 18.11).",
    keywords=("resistivity", "impurity", "alloy"),
    requires=(("resistivity",), ("impurity",), ("c_i(1", "c i(1", "(1 − c", "(1 - c", "nordheim")),
    excludes=("deformation", "cold work"),
    conditions=("temperature",),
    unknowns=("rho_alloy",),
)

RELATIONS = (wiedemann_franz_resistivity, nordheim)
