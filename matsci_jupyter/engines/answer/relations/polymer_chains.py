"""Polymer relations not declared elsewhere: the number of chains in a sample, the Fox equation for a
blend's glass transition, contour length and end-to-end distance of a vinyl chain, and the
stress-relaxation time. (Dispersity and relaxation at a second time are in exam.py.)

Sources: Callister & Rethwisch, *Materials Science and Engineering: An Introduction* (10th ed.) —
ch. 14 (chain contour length L = Nd sin(θ/2), end-to-end distance r = d√N), ch. 15
(stress relaxation σ(t) = σ(0) exp(−t/τ)); Fox, Bull. Am. Phys. Soc. 1 (1956) 123
(1/T_g = w₁/T_g1 + w₂/T_g2); N = mN_A/M_n (Callister ch. 14).
"""

from __future__ import annotations

from ._base import Relation, Symbol
from .common import STRESS
from .polymers import MOLECULAR_WEIGHT, REPEAT_MASS

GROUP = "polymers"


# ------------------------------------------------------------------ chain dimensions
DP_CHAIN = Symbol(
    "DP_c",
    "dimensionless",
    "degree of polymerization",
    keywords=("degree of polymerization", "degree of polymerisation", "dp", "repeat units"),
    aliases=("DP", "n"),
    kind="number",
    plausible=(1, 1e8),
)
BOND_LENGTH = Symbol(
    "d_bond",
    "nm",
    "backbone bond length",
    keywords=("bond length", "c c bond length", "bond"),
    aliases=("d",),
    plausible=(0.05, 0.5),
)
BOND_ANGLE = Symbol(
    "theta_b",
    "degree",
    "backbone bond angle",
    keywords=("bond angle", "angle"),
    aliases=("θ",),
    kind="angle",
    plausible=(60, 180),
)
CONTOUR = Symbol(
    "L_contour",
    "nm",
    "chain contour length",
    keywords=("contour length", "total chain length", "chain length", "length"),
    aliases=("L",),
    plausible=(1e-3, 1e9),
)
END_TO_END = Symbol(
    "r_ee",
    "nm",
    "root-mean-square end-to-end distance",
    keywords=(
        "end to end distance",
        "root mean square end to end distance",
        "rms end to end",
        "average end to end distance",
    ),
    aliases=("r",),
    plausible=(1e-3, 1e7),
)
# two backbone carbons per repeat unit: vinyl polymers (polyethylene, PVC, PP, PS, PMMA, PTFE)
VINYL = (
    "polyethylene",
    "poly(vinyl",
    "poly vinyl",
    "polyvinyl",
    "pvc",
    "polypropylene",
    "polystyrene",
    "ptfe",
    "polytetrafluoroethylene",
    "pmma",
    "poly(methyl methacrylate)",
    "poly methyl methacrylate",
)
# the number given must be the degree of polymerization, not the number of bonds
DP_WORDS = ("degree of polymerization", "degree of polymerisation", "repeat units", "mers", "dp")
FIXED_BONDS = (("b_rep", 2, "2 backbone C–C bonds per vinyl repeat unit"),)
contour_length = Relation(
    "chain_contour_length_vinyl",
    GROUP,
    "Contour length of a vinyl polymer chain",
    "L_contour = b_rep*DP_c*d_bond*sin(theta_b/2)",
    (CONTOUR, DP_CHAIN, BOND_LENGTH, BOND_ANGLE),
    fixed=FIXED_BONDS,
    description="L = N d sin(θ/2), N = 2 × DP backbone bonds in a vinyl polymer (Callister ch. 14).",
    keywords=("contour length", "chain length", "bond angle"),
    requires=(VINYL, ("bond angle", "angle"), ("bond length", "bonds"), DP_WORDS),
    unknowns=("L_contour",),
)
end_to_end = Relation(
    "chain_end_to_end_vinyl",
    GROUP,
    "Root-mean-square end-to-end distance of a vinyl polymer chain",
    "r_ee = d_bond*sqrt(b_rep*DP_c)",
    (END_TO_END, DP_CHAIN, BOND_LENGTH),
    fixed=FIXED_BONDS,
    description="r = d√N, N = 2 × DP backbone bonds (Callister ch. 14).",
    keywords=("end to end distance", "chain", "bond length"),
    requires=(VINYL, ("end to end",), ("bond length", "bonds"), DP_WORDS),
    unknowns=("r_ee",),
)

# the chain given by its molecular weight: DP = M̄/m of the (looked-up or stated) repeat unit
end_to_end_from_mass = Relation(
    "chain_end_to_end_vinyl_from_molecular_weight",
    GROUP,
    "End-to-end distance of a vinyl polymer chain of a given molecular weight",
    "r_ee = d_bond*sqrt(b_rep*M_avg/m_rep)",
    (END_TO_END, MOLECULAR_WEIGHT, REPEAT_MASS, BOND_LENGTH),
    fixed=FIXED_BONDS,
    description="r = d√N, N = 2 M̄/m backbone bonds of a vinyl chain (Callister ch. 14).",
    keywords=("end to end distance", "chain", "bond length", "molecular weight"),
    requires=(
        VINYL,
        ("end to end",),
        ("bond length", "bonds"),
        ("molecular weight", "molar mass", "molecular mass"),
    ),
    # the molecular weight that gives a stated end-to-end distance: M = m (r/d)²/b, one root
    unknowns=("r_ee", "M_avg"),
)

# ------------------------------------------------------------------ stress relaxation
SIGMA_0 = STRESS.with_(
    name="sigma_r0",
    label="initial stress σ(0)",
    keywords=("initial stress", "from an initial stress of", "from", "initially"),
    aliases=("σ0", "σ_0", "σ(0)"),
)
SIGMA_1 = STRESS.with_(
    name="sigma_r1",
    label="stress after t₁",
    keywords=("to", "relaxes to", "decays to"),
    aliases=("σ1", "σ_1"),
)
TR_1 = Symbol(
    "t_rl1",
    "s",
    "time t₁",
    keywords=("in", "after", "time"),
    aliases=("t_1", "t1"),
    plausible=(1e-9, 1e12),
)
RELAX_TIME = Symbol(
    "tau_r",
    "s",
    "relaxation time τ",
    keywords=("relaxation time", "τ", "tau", "time constant"),
    aliases=("τ", "tau"),
    plausible=(1e-9, 1e15),
)
RELAX = ("relax",)
relaxation_time = Relation(
    "stress_relaxation_time",
    GROUP,
    "Stress relaxation time",
    "sigma_r1 = sigma_r0*exp(-t_rl1/tau_r)",
    (RELAX_TIME, SIGMA_0, SIGMA_1, TR_1),
    description="σ(t) = σ(0) exp(−t/τ) (Callister ch. 15).",
    keywords=("stress relaxation", "relaxation time", "viscoelastic"),
    requires=(RELAX, ("relaxation time", "time constant")),
    unknowns=("tau_r", "sigma_r1"),
)

# ------------------------------------------------------------------ Fox equation
TG_1 = Symbol(
    "Tg_1",
    "K",
    "glass transition temperature of polymer 1",
    keywords=("glass transition temperature", "t_g", "tg", "glass transition"),
    aliases=("T_g1", "Tg1", "T_g", "Tg"),
    kind="temperature",
    plausible=(1, 1000),
)
TG_2 = TG_1.with_(
    name="Tg_2",
    label="glass transition temperature of polymer 2",
    aliases=("T_g2", "Tg2", "T_g", "Tg"),
)
TG_MIX = TG_1.with_(
    name="Tg_mix",
    label="glass transition temperature of the blend",
    keywords=("glass transition temperature", "t_g", "tg", "blend", "copolymer"),
    aliases=("T_g,blend",),
)
W_1 = Symbol(
    "w_1",
    "percent",
    "weight fraction of polymer 1",
    keywords=(
        "wt%",
        "weight fraction",
        "weight percent",
        "mass fraction",
        "blend of",
        "containing",
        "with",
    ),
    aliases=("w_1", "w1"),
    kind="composition",
    valid=(0, 100),
    plausible=(0, 100),
)
fox = Relation(
    "fox_glass_transition",
    GROUP,
    "Glass transition temperature of a blend or copolymer (Fox)",
    "1/Tg_mix = (w_1/100)/Tg_1 + (1 - w_1/100)/Tg_2",
    (TG_MIX, W_1, TG_1, TG_2),
    description="1/T_g = w₁/T_g1 + w₂/T_g2 with T in kelvin (Fox, Bull. Am. Phys. Soc. 1 (1956) 123).",
    keywords=("fox", "glass transition", "blend", "copolymer"),
    requires=(("fox",), ("glass transition",)),
    pairs=(("w_1", "Tg_1"),),
    unknowns=("Tg_mix",),
)

# ------------------------------------------------------------------ chains in a sample
SAMPLE_MASS = Symbol(
    "m_pol",
    "g",
    "sample mass",
    keywords=("mass", "sample of", "weighing", "of polymer", "grams"),
    aliases=("m",),
    plausible=(1e-15, 1e9),
)
MN_SAMPLE = Symbol(
    "Mn_s",
    "g/mol",
    "number-average molecular weight",
    keywords=("number average molecular weight", "number average molar mass", "m_n", "mn"),
    aliases=("M_n", "Mn"),
    plausible=(10, 1e10),
)
CHAIN_COUNT = Symbol(
    "N_ch",
    "dimensionless",
    "number of chains",
    keywords=("number of chains", "number of molecules", "chains", "molecules", "how many chains"),
    kind="number",
    plausible=(1, 1e35),
)
chains_in_sample = Relation(
    "polymer_chains_in_sample",
    GROUP,
    "Number of polymer chains in a sample",
    "N_ch = m_pol*N_A/Mn_s",
    (CHAIN_COUNT, SAMPLE_MASS, MN_SAMPLE),
    description="N = mN_A/M_n: M_n is the mass per mole of chains (Callister ch. 14).",
    keywords=("number of chains", "polymer", "molecules"),
    requires=(("chains", "molecules"), ("number average", "m_n", "mn")),
    unknowns=("N_ch",),
)

RELATIONS = (
    chains_in_sample,
    fox,
    contour_length,
    end_to_end,
    end_to_end_from_mass,
    relaxation_time,
)
