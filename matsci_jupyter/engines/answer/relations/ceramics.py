"""Ceramics: porosity from the measured and theoretical densities, the cation-to-anion radius
ratio, and the flexural strength of a round rod in three-point bending.

Source: Callister & Rethwisch (10th ed.), ch. 12 (porosity; table 12.2; eq. 12.7b).
"""

from __future__ import annotations

from ._base import Relation, Symbol
from .common import DENSITY

GROUP = "course"  # the introductory-course batch these relations came in

BULK_DENSITY = DENSITY.with_(
    name="rho_b",
    label="measured (bulk) density",
    keywords=("density", "bulk density", "measured density", "actual density", "apparent density"),
    aliases=(),
)
THEORETICAL_DENSITY = DENSITY.with_(
    name="rho_th",
    label="theoretical density",
    keywords=("theoretical density", "true density", "fully dense", "full density"),
    aliases=(),
)
POROSITY = Symbol(
    "P_por",
    "percent",
    "porosity",
    keywords=(
        "porosity",
        "volume fraction porosity",
        "fraction porosity",
        "percent porosity",
        "volume percent porosity",
        "total porosity",  # open and closed pores together: what the two densities give
        "pores",
        "pore",
    ),
    kind="composition",
    valid=(0, 100),
    plausible=(0, 100),
)
porosity = Relation(
    "porosity_from_density",
    GROUP,
    "Porosity from the measured and theoretical densities",
    "P_por = 100*(1 - rho_b/rho_th)",
    (POROSITY, BULK_DENSITY, THEORETICAL_DENSITY),
    description="P = 1 − ρ_bulk/ρ_theoretical (volume fraction of pores).",
    keywords=("porosity", "pores", "porous"),
    # the solid's own density: 'theoretical', or measured on the ground (pore-free) powder, 'true density'
    requires=(
        ("porosity", "pores", "porous"),
        ("theoretical", "fully dense", "full density", "true density"),
    ),
    unknowns=("P_por", "rho_b"),
)
RADIUS_CATION = Symbol(
    "r_cat",
    "nm",
    "cation radius",
    keywords=(
        "cation",
        "cation radius",
        "radius of the cation",
        "r_c",
        "r+",
    ),
    aliases=("r_c", "r+", "r_C"),
    plausible=(0.001, 1.0),
    named=True,  # a cation's and an anion's radius look alike: the words must say which is which
)
RADIUS_ANION = RADIUS_CATION.with_(
    name="r_an",
    label="anion radius",
    keywords=("anion", "anion radius", "radius of the anion", "r_a", "r-"),
    aliases=("r_a", "r-", "r_A"),
)
RATIO_RADII = Symbol(
    "rr",
    "dimensionless",
    "cation-to-anion radius ratio",
    keywords=(
        "radius ratio",
        "cation to anion radius ratio",
        "ratio of the cation",
        "ratio",
        "r_c/r_a",
    ),
    kind="number",
    plausible=(0, 10),
)
radius_ratio = Relation(
    "cation_anion_radius_ratio",
    GROUP,
    "Cation-to-anion radius ratio",
    "rr = r_cat/r_an",
    (RATIO_RADII, RADIUS_CATION, RADIUS_ANION),
    description="r_C/r_A, which sets the coordination number of an ionic crystal (Callister table 12.2).",
    keywords=("radius ratio", "cation", "anion", "ionic"),
    requires=(("cation",), ("anion",), ("ratio",)),
    unknowns=("rr",),
)

# ------------------------------------------------------------------ three-point bending, round section
# σ_fs = F_f L/(π R³) (Callister eq. 12.7b), the rectangular bar's companion (syllabus.flexural_rect)
ROUND_SECTION = ("circular", "cylindrical", "round", "rod")
FLEXURE = ("flexural", "three point", "3 point", "modulus of rupture", "bend test", "bending")
ROD_DIAMETER = Symbol(
    "d_rod",
    "mm",
    "rod diameter",
    keywords=("diameter", "in diameter", "diameter of"),
    aliases=("d", "D"),
    plausible=(1e-4, 1e5),
)
ROD_RADIUS = ROD_DIAMETER.with_(
    name="R_rod", label="rod radius", keywords=("radius", "of radius"), aliases=("R", "r")
)


def _round_flexure(name: str, equation: str, size: Symbol) -> Relation:
    from .syllabus import FLEX_FORCE, FLEX_STRENGTH, FOUR_POINT, SUPPORT_SPAN

    return Relation(
        name,
        GROUP,
        f"Flexural strength, round rod in three-point bending (from its {size.label.split()[-1]})",
        equation,
        (FLEX_STRENGTH, FLEX_FORCE, SUPPORT_SPAN, size),
        description="σ_fs = F_f L/(π R³) for a circular cross-section (Callister eq. 12.7b).",
        keywords=("flexural", "three point", "bend", "rod", "circular"),
        requires=(FLEXURE, ROUND_SECTION, tuple(k for k in size.keywords if " " not in k)),
        excludes=("rectangular", "width", "wide", "square section", *FOUR_POINT),
        unknowns=("sigma_fs", "F_f"),
    )


flexural_round_d = _round_flexure(
    "flexural_strength_round_diameter", "sigma_fs = 8*F_f*L_s/(pi*d_rod**3)", ROD_DIAMETER
)
flexural_round_r = _round_flexure(
    "flexural_strength_round_radius", "sigma_fs = F_f*L_s/(pi*R_rod**3)", ROD_RADIUS
)

# ------------------------------------------------------------------ sintering shrinkage
# A compact that keeps its mass and shrinks alike in every direction: ρ_g L_g³ = ρ_f L_f³, so the linear
# shrinkage, as a share of the green dimension, is 1 − (ρ_g/ρ_f)^(1/3) (Richerson, *Modern Ceramic
# Engineering*, 3rd ed., ch. 11; Rahaman, *Ceramic Processing and Sintering*, ch. 1). Both densities as
# percentages of the theoretical density; the sintered one is the larger.
GREEN_DENSITY = Symbol(
    "rho_grn",
    "percent",
    "green density (percent of theoretical)",
    keywords=("green density", "green", "pressed to", "as pressed", "before sintering", "compact"),
    kind="composition",
    valid=(0, 100),
    plausible=(1, 100),
    named=True,
)
FIRED_DENSITY = GREEN_DENSITY.with_(
    name="rho_fir",
    label="sintered density (percent of theoretical)",
    keywords=("sintered density", "sintered to", "fired density", "fired to", "after sintering"),
)
LINEAR_SHRINKAGE = Symbol(
    "S_lin",
    "percent",
    "linear shrinkage (share of the green dimension)",
    keywords=("linear shrinkage", "shrinkage"),
    kind="composition",
    valid=(0, 100),
    plausible=(0, 100),
)
sintering_shrinkage = Relation(
    "sintering_linear_shrinkage",
    GROUP,
    "Linear shrinkage on sintering from the green and sintered densities",
    "S_lin = 100*(1 - (rho_grn/rho_fir)**(1/3))",
    (LINEAR_SHRINKAGE, GREEN_DENSITY, FIRED_DENSITY),
    description="ρ_g L_g³ = ρ_f L_f³ (no mass lost, isotropic): linear shrinkage 1 − (ρ_g/ρ_f)^(1/3) of "
    "the green dimension (Richerson ch. 11).",
    keywords=("shrinkage", "sintering", "green density"),
    requires=(("linear shrinkage",), ("green",), ("sinter", "fired", "firing")),
    excludes=(
        "volume shrinkage",
        "volumetric shrinkage",
        "mass loss",
        "weight loss",
        "binder",
        "anisotropic",
        "of the sintered",
        "of the fired",
        "sintered dimension",
        "fired dimension",
        "final dimension",
    ),
    ordered=(("rho_fir", "rho_grn"),),
    unknowns=("S_lin",),
)

RELATIONS = (
    sintering_shrinkage,
    radius_ratio,
    porosity,
    flexural_round_d,
    flexural_round_r,
)
