"""Tensile-test arithmetic: strains from two lengths, percent reduction in area, the elastic strain and
the diameter change under a load, and the flow curve read at an engineering strain.

Source: Callister & Rethwisch (10th ed.), ch. 6 (eqs. 6.2, 6.12, 6.16, 6.18, 6.19; example 6.2).
"""

from __future__ import annotations

from . import mechanics
from ._base import Relation, Symbol, chain
from .common import DIAMETER, FINAL_LENGTH, LENGTH0, STRAIN, YOUNGS
from .mechanics import FORCE, POISSON, engineering_stress, hooke
from .plasticity import ENG_STRESS, FLOW_WORDS, HARDENING_EXP
from .plasticity import STRENGTH_COEFF as STRENGTH_K

GROUP = "course"  # the introductory-course batch these relations came in

D_FINAL = mechanics.D_FINAL.with_(
    keywords=(
        "final diameter",
        "fracture diameter",
        "diameter at fracture",
        "at fracture",
        "after fracture",
        "reduced to",
        "necked",
    ),
    aliases=("d_f", "df"),
)
RA = Symbol(
    "pct_ra",
    "percent",
    "percent reduction in area",
    keywords=("reduction in area", "reduction of area", "%ra", "ra", "ductility"),
    kind="composition",
    valid=(0, 100),
    plausible=(0, 100),
)
percent_reduction_area = Relation(
    "percent_reduction_in_area",
    GROUP,
    "Percent reduction in area (round specimen)",
    "pct_ra = 100*(d0**2 - d_f**2)/d0**2",
    (RA, DIAMETER, D_FINAL),
    description="%RA = (A₀ − A_f)/A₀ × 100 with A = πd²/4 (Callister eq. 6.12).",
    keywords=("reduction in area", "reduction of area", "ductility"),
    requires=(("reduction in area", "reduction of area", "%ra"),),
)


DIAMETER_CHANGES = (
    "reduction in diameter",
    "change in diameter",
    "decrease in diameter",
    "increase in diameter",
    "diameter change",
    "diameter decrease",
    "diameter reduction",
    "contraction in diameter",
)
DELTA_D = DIAMETER.with_(
    name="dd",
    label="change in diameter",
    keywords=DIAMETER_CHANGES,
    aliases=("Δd",),
    plausible=(1e-9, 1e3),
)
diameter_change_load = Relation(
    "diameter_change_under_load",
    GROUP,
    "Change in diameter of a round bar under an axial load",
    "dd = 4*nu_p*F/(pi*d0*E_mod)",
    (DELTA_D, POISSON, FORCE, DIAMETER, YOUNGS),
    description="Δd = ν ε d₀ with ε = σ/E and σ = 4F/(πd₀²): Δd = 4νF/(πd₀E) (Callister example 6.2).",
    keywords=("poisson", "diameter", "elastic", "load", "force"),
    requires=(("poisson", "ν"), DIAMETER_CHANGES),
)

elastic_strain_force = chain(
    "elastic_strain_force",
    hooke,
    engineering_stress,
    "sigma",
    title="Elastic strain under a load",
    description="ε = F/(A₀E): Hooke's law with σ = F/A₀.",
    requires=(("elastic", "modulus", "hooke", "e ="),),
    unknowns=("eps", "F", "A0", "E_mod"),
)


L_FINAL = FINAL_LENGTH.with_(
    keywords=(
        "final length",
        "length at fracture",
        "after fracture",
        "at fracture",
        "elongated to",
        "stretched to",
        "extended to",
        "increases to",
        "deformed to",
        "new length",
        "to a length of",
        "compressed to",
        "reduced to",
    ),
    aliases=("L_f", "l_f", "Lf", "lf", "L1", "L_1"),
)
L_ORIGINAL = LENGTH0.with_(
    keywords=(
        "original length",
        "initial length",
        "gauge length",
        "gage length",
        "length of",
        "long",
    ),
)
TRUE_STRAIN = mechanics.TRUE_STRAIN.with_(
    keywords=(*mechanics.TRUE_STRAIN.keywords, "natural strain", "logarithmic strain")
)
ENG_STRAIN = STRAIN.with_(
    label="engineering strain",
    keywords=("engineering strain", "nominal strain", "strain"),
    aliases=("ε", "e"),
)
# 'stretched to an elongation of 0.25 mm' states the change, not the final length
LENGTH_CHANGE_STATED = ("elongation of", "extension of", "increase in length", "change in length")
true_strain_lengths = Relation(
    "true_strain_from_lengths",
    GROUP,
    "True strain from the initial and final lengths",
    "eps_T = log(L_f/L0)",
    (TRUE_STRAIN, L_FINAL, L_ORIGINAL),
    description="ε_T = ln(l_i/l_0) (Callister eq. 6.16).",
    keywords=("true strain", "natural strain", "logarithmic strain"),
    requires=(("true strain", "natural strain", "logarithmic strain"),),
    excludes=LENGTH_CHANGE_STATED,
    unknowns=("eps_T",),
)
engineering_strain_lengths = Relation(
    "engineering_strain_from_lengths",
    GROUP,
    "Engineering strain from the initial and final lengths",
    "eps = (L_f - L0)/L0",
    (ENG_STRAIN, L_FINAL, L_ORIGINAL),
    description="ε = (l_i − l_0)/l_0 (Callister eq. 6.2).",
    keywords=("engineering strain", "nominal strain", "strain"),
    requires=(("strain",),),
    excludes=(
        "true strain",
        "natural strain",
        "logarithmic strain",
        "shear strain",
        *LENGTH_CHANGE_STATED,
    ),
    unknowns=("eps",),
)


flow_curve_at_engineering_strain = Relation(
    "flow_curve_engineering_stress_at_engineering_strain",
    GROUP,
    "Engineering stress from the flow curve at a given engineering strain",
    "sigma = K_h*log(1 + eps)**n_h/(1 + eps)",
    (
        ENG_STRESS,
        STRENGTH_K,
        HARDENING_EXP,
        STRAIN.with_(keywords=("engineering strain", "nominal strain")),
    ),
    description="σ_T = Kε_Tⁿ with ε_T = ln(1 + ε) and σ = σ_T/(1 + ε) (uniform deformation, constant volume; "
    "Callister eqs. 6.18, 6.19).",
    keywords=("engineering stress", "engineering strain", "strength coefficient"),
    requires=(
        FLOW_WORDS,
        ("engineering stress", "nominal stress"),
        ("engineering strain", "nominal strain"),
    ),
    unknowns=("sigma",),
)

RELATIONS = (
    flow_curve_at_engineering_strain,
    true_strain_lengths,
    engineering_strain_lengths,
    elastic_strain_force,
    diameter_change_load,
    percent_reduction_area,
)
