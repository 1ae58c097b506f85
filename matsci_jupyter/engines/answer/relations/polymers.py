"""Polymers: degree of polymerization from the average molecular weight and the repeat unit."""

from __future__ import annotations

from ..substances import POLYMERS
from ._base import Relation, Symbol

GROUP = "polymers"

DEGREE = Symbol(
    "DP",
    "dimensionless",
    "degree of polymerization",
    keywords=(
        "degree of polymerization",
        "number average degree of polymerization",
        "dp",
        "number of repeat units",
        "number of mer units",
        "number of mers",
        "repeat units",
        "repeat unit",
        "mers",
        "mer units",
        "n_n",
        "chain length",
    ),
    aliases=("DP", "n", "n_n", "DP_n", "N"),
    kind="number",
    plausible=(1, 1e8),
)
MOLECULAR_WEIGHT = Symbol(
    "M_avg",
    "g/mol",
    "average molecular weight",
    keywords=(
        "number average molecular weight",
        "weight average molecular weight",
        "average molecular weight",
        "molecular weight",
        "molar mass",
        "average molar mass",
        "m_n",
        "mn",
        "m_w",
        "mw",
        "molecular mass",
        "chain weight",
    ),
    aliases=("M_n", "Mn", "M_w", "Mw", "M", "M̄n"),
    plausible=(10, 1e10),
)
REPEAT_MASS = Symbol(
    "m_rep",
    "g/mol",
    "repeat unit molecular weight",
    keywords=(
        "repeat unit molecular weight",
        "repeat unit",
        "mer molecular weight",
        "mer weight",
        "molecular weight of the repeat unit",
        "molecular weight of the mer",
        "mer",
        "monomer",
        "repeat unit weight",
        "mer unit",
    ),
    aliases=("m", "m_0", "m0", "m_r"),
    plausible=(2, 2000),
    lookup="repeat_unit_mass",
)

degree_of_polymerization = Relation(
    "degree_of_polymerization",
    GROUP,
    "Degree of polymerization",
    "DP = M_avg/m_rep",
    (DEGREE, MOLECULAR_WEIGHT, REPEAT_MASS),
    description="DP = M̄/m: average molecular weight over the repeat unit's molecular weight.",
    keywords=("polymer", "polymerization", "repeat unit", "mer", "chain", "poly"),
    requires=(("polymer", "polymerization", "repeat unit", "mer", "nylon", "chain", *POLYMERS),),
)

RELATIONS = (degree_of_polymerization,)
