"""Ceramics: porosity from the measured and theoretical densities, and the cation-to-anion radius
ratio.

Source: Callister & Rethwisch (10th ed.), ch. 12 (porosity; table 12.2).
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
    requires=(("porosity", "pores", "porous"), ("theoretical", "fully dense", "full density")),
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

RELATIONS = (
    radius_ratio,
    porosity,
)
