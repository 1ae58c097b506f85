"""Qualifying-exam relations, third batch: point-defect fractions, steady flux between two positions,
dislocation density and Taylor hardening, Basquin fatigue, Fe–C and eutectic phase fractions, volume
fractions, Avrami with k, grain growth, thermally activated times, heterogeneous nucleation,
solidification driving force, oxide dissociation pressure, Fermi–Dirac occupancy, solenoids and
magnetic saturation, Curie's law, hysteresis loss, optical transmission and total internal reflection,
Dulong–Petit, polydispersity, stress relaxation, fiber load sharing, porous-ceramic modulus, cell
Gibbs energy, parabolic oxidation and corrosion current from a penetration rate.

Sources (each relation's description names its equation): Callister & Rethwisch, *Materials Science
and Engineering* (10th ed.) ch. 4, 5, 7, 8, 9, 10, 12, 14, 15, 16, 17, 18, 19, 20, 21; Gaskell,
*Introduction to the Thermodynamics of Materials* (oxide dissociation pressure); Porter &
Easterling, *Phase Transformations in Metals and Alloys* (ΔG_v ≈ L ΔT/T_m, S(θ)).
"""

from __future__ import annotations

from . import composites, magnetic, thermodynamics
from ._base import Relation, Symbol, chain, rename_symbols
from .ceramics import POROSITY
from .common import (
    ABOVE_TRANSITION,
    ACTIVATION_MOLAR,
    DELTA_T,
    DENSITY,
    LATTICE_A,
    LENGTH0,
    MOLAR_MASS,
    STRAIN,
    STRESS,
    TEMP_1,
    TEMP_2,
    TEMPERATURE,
    fraction_symbol,
    number_symbol,
)
from .crystals import BURGERS
from .diffusion import C_HIGH as C_UP
from .diffusion import C_LOW, D
from .electrochemistry import CPR, CURRENT_DENSITY, VALENCE
from .fatigue_cycle import S_AMPLITUDE
from .kinetics import N_AVRAMI, T_AVRAMI, Y_FRACTION
from .magnetization import (
    BOHR_PER_ATOM,
    CORE_TAKEN_AWAY,
    FIELD_H,
    INDUCTION,
    REL_PERMEABILITY,
    SATURATION,
)
from .mechanics import SHEAR_MODULUS
from .metallurgy import BALL, DG0, HB, IMPRESSION
from .syllabus import CARBON, E_FIBER, E_MATRIX, MELTING_T, REFRACTIVE_INDEX, UNDERCOOLING, V_FIBER
from .syllabus import magnetization as magnetization_chi
from .thermal import SPECIFIC_HEAT

GROUP = "exam"


# ------------------------------------------------------------------ point defects in ionic crystals
PAIR_ENERGY = Symbol(
    "Q_pair",
    "eV",
    "defect-pair formation energy",
    keywords=("energy to form", "formation energy", "energy for", "energy of", "energy"),
    plausible=(0.01, 20),
    molar_ok=True,
)
SITE_FRACTION = fraction_symbol(
    "x_pair",
    "fraction of sites with a defect",
    (
        "fraction of cation sites",
        "fraction of cations",
        "fraction of sites",
        "fraction",
        "vacant",
        "displaced",
    ),
)
schottky_fraction = Relation(
    "schottky_fraction",
    GROUP,
    "Fraction of sites vacant by Schottky defects",
    "x_pair = exp(-Q_pair/(2*k_B*T))",
    (SITE_FRACTION, PAIR_ENERGY, TEMPERATURE),
    description="N_s/N = exp(−Q_s/2kT) for a stoichiometric crystal (Callister eq. 12.3 as a fraction).",
    keywords=("schottky", "fraction", "vacant"),
    requires=(("schottky",), ("fraction",)),
    unknowns=("x_pair", "Q_pair", "T"),
)
frenkel_fraction = Relation(
    "frenkel_fraction",
    GROUP,
    "Fraction of cations in Frenkel defects",
    "x_pair = exp(-Q_pair/(2*k_B*T))",
    (SITE_FRACTION, PAIR_ENERGY, TEMPERATURE),
    description="N_fr/N = exp(−Q_fr/2kT) with as many interstitial sites as cation sites (Callister §12.5).",
    keywords=("frenkel", "fraction", "interstitial"),
    requires=(("frenkel",), ("fraction",)),
    unknowns=("x_pair", "Q_pair", "T"),
)

# ------------------------------------------------------------------ steady flux between two positions
POS_1 = LENGTH0.with_(
    name="xp_1",
    label="position 1",
    keywords=("below", "from the surface", "beneath", "depth", "at", "position"),
    aliases=(),
)
POS_2 = POS_1.with_(name="xp_2", label="position 2")
fick_positions = Relation(
    "fick_first_two_positions",
    GROUP,
    "Fick's first law between two positions",
    "J = D*Abs(C_A - C_B)/Abs(xp_2 - xp_1)",
    (
        Symbol(
            "J",
            "kg/(m^2*s)",
            "diffusion flux",
            keywords=("flux", "diffusion flux", "j"),
            aliases=("J",),
            plausible=(1e-30, 1e10),
        ),
        D,
        C_UP,
        C_LOW,
        POS_1,
        POS_2,
    ),
    description="J = −D ΔC/Δx with the concentrations known at two depths (Callister eq. 5.2).",
    keywords=("steady state", "flux", "diffusion"),
    requires=(
        ("steady state", "steady"),
        ("flux",),
        ("below", "beneath", "depth", "from the surface"),
    ),
    unknowns=("J",),
)

# ------------------------------------------------------------------ dislocations
DISL_LENGTH = Symbol(
    "L_disl",
    "m",
    "total dislocation length",
    keywords=("dislocation length", "total dislocation length", "length", "of dislocation line"),
    plausible=(1e-12, 1e30),
)
SPEC_VOLUME = Symbol(
    "V_spec",
    "m^3",
    "specimen volume",
    keywords=("specimen", "volume", "sample", "cube"),
    plausible=(1e-30, 1e6),
)
DISL_DENSITY = Symbol(
    "rho_d",
    "1/m^2",
    "dislocation density",
    keywords=("dislocation density", "density of dislocations", "ρ", "rho"),
    aliases=("ρ", "rho"),
    plausible=(1e-3, 1e20),
)
dislocation_density = Relation(
    "dislocation_density",
    GROUP,
    "Dislocation density",
    "rho_d = L_disl/V_spec",
    (DISL_DENSITY, DISL_LENGTH, SPEC_VOLUME),
    description="ρ_d = total dislocation length per unit volume (Callister §7.2).",
    keywords=("dislocation density", "dislocation length"),
    # '500 km of dislocation line in 1 mm³': the line's length written without the word 'length'
    requires=(("dislocation",), ("length", "dislocation line")),
    unknowns=("rho_d",),
)
SHEAR_MOD = SHEAR_MODULUS.with_(
    keywords=("shear modulus", "modulus of rigidity", "g"), plausible=(0.001, 1000)
)
BURGERS_B = BURGERS.with_(
    label="Burgers vector",
    keywords=("burgers vector", "burgers", "b"),
    aliases=("b",),
    plausible=(0.001, 10),
)
ALPHA_T = number_symbol(
    "alpha_t", "Taylor constant α", ("α", "alpha", "constant"), ("α", "alpha"), (0.01, 5)
)
DTAU = STRESS.with_(
    name="dtau",
    label="increase in flow shear stress",
    keywords=(
        "flow stress",
        "flow shear stress",
        "shear stress",
        "increase in",
        "strength increase",
        "strengthening",
        "δτ",
        "Δτ",
    ),
    aliases=("Δτ", "τ"),
)
taylor = Relation(
    "taylor_hardening",
    GROUP,
    "Taylor hardening",
    "dtau = alpha_t*G*b*sqrt(rho_d)",
    (DTAU, ALPHA_T, SHEAR_MOD, BURGERS_B, DISL_DENSITY),
    description="Δτ = αGb√ρ_d (Taylor relation for forest hardening).",
    keywords=("taylor", "dislocation density", "flow stress"),
    requires=(("taylor", "forest"), ("dislocation density",)),
    unknowns=("dtau", "rho_d"),
)

# ------------------------------------------------------------------ fatigue: Basquin
SF_COEFF = STRESS.with_(
    name="sf_c",
    label="fatigue strength coefficient σ'f",
    keywords=("σ'f", "σ′f", "fatigue strength coefficient", "σ' f", "coefficient"),
    aliases=("σ'f", "σ′f", "σ'_f", "sigma_f"),
)
B_EXP = number_symbol(
    "b_bq",
    "fatigue strength exponent b",
    ("b", "fatigue strength exponent", "basquin exponent", "exponent"),
    ("b",),
    (-1, 0),
    signed=True,
)
N_CYCLES = number_symbol(
    "N_fat",
    "cycles to failure",
    ("cycles to failure", "nf", "n_f", "number of cycles", "fatigue life", "cycles", "life"),
    ("N_f", "Nf"),
    (1e-3, 1e15),
)
basquin = Relation(
    "basquin_life",
    GROUP,
    "Fatigue life from Basquin's law",
    "s_amp = sf_c*(2*N_fat)**b_bq",
    (N_CYCLES, S_AMPLITUDE, SF_COEFF, B_EXP),
    description="σ_a = σ'_f (2N_f)^b (Basquin).",
    keywords=("basquin", "fatigue", "cycles"),
    requires=(("basquin", "σ'f", "σ′f", "fatigue strength coefficient"),),
    unknowns=("N_fat", "s_amp"),
)

# ------------------------------------------------------------------ phase fractions
FE_C_ENDS = (
    ("C_af", 0.022, "ferrite at the eutectoid temperature 0.022 wt% C"),
    ("C_cm", 6.70, "cementite (Fe3C) 6.70 wt% C"),
)
W_TOTAL_FERRITE = fraction_symbol(
    "W_ta", "mass fraction of total ferrite", ("total ferrite", "ferrite", "α", "alpha")
)
W_TOTAL_CEMENTITE = fraction_symbol(
    "W_tcm", "mass fraction of total cementite", ("total cementite", "cementite", "fe3c")
)
STEEL = ("steel", "iron carbon", "fe c", "fe fe3c", "eutectoid", "iron–carbon")
total_ferrite = Relation(
    "total_ferrite_fraction",
    GROUP,
    "Total ferrite in an iron–carbon alloy below the eutectoid (lever rule)",
    "W_ta = (C_cm - C0)/(C_cm - C_af)",
    (W_TOTAL_FERRITE, CARBON),
    description="W_α = (6.70 − C₀)/(6.70 − 0.022) (Callister eq. 9.22 applied to α + Fe₃C).",
    keywords=("total ferrite", "ferrite", "eutectoid"),
    requires=(
        STEEL,
        ("total ferrite", "total α", "proeutectoid plus eutectoid", "ferrite (proeutectoid plus"),
    ),
    fixed=FE_C_ENDS,
    conditions=("temperature",),
    unknowns=("W_ta",),
    excludes=ABOVE_TRANSITION,
)
total_cementite = Relation(
    "total_cementite_fraction",
    GROUP,
    "Total cementite in an iron–carbon alloy below the eutectoid (lever rule)",
    "W_tcm = (C0 - C_af)/(C_cm - C_af)",
    (W_TOTAL_CEMENTITE, CARBON),
    description="W_Fe₃C = (C₀ − 0.022)/(6.70 − 0.022).",
    keywords=("total cementite", "cementite", "eutectoid"),
    requires=(STEEL, ("total cementite", "total fe3c", "proeutectoid plus eutectoid")),
    fixed=FE_C_ENDS,
    conditions=("temperature",),
    unknowns=("W_tcm",),
    excludes=ABOVE_TRANSITION,
)
ALLOY_C = Symbol(
    "C0_al",
    "percent",
    "alloy composition",
    keywords=("alloy contains", "alloy of", "contains", "alloy", "composition"),
    kind="composition",
    valid=(0, 100),
    plausible=(0, 100),
)
EUTECTIC_C = ALLOY_C.with_(
    name="C_eut", label="eutectic composition", keywords=("eutectic", "eutectic composition")
)
ALPHA_C = ALLOY_C.with_(
    name="C_alpha",
    label="α composition at the eutectic temperature",
    keywords=("α phase", "α", "alpha", "maximum solubility", "solubility", "contains"),
)
W_PRIMARY = Symbol(
    "W_prim",
    "percent",
    "fraction of primary (proeutectic) α",
    keywords=("primary α", "proeutectic α", "primary", "proeutectic", "percentage", "fraction"),
    kind="composition",
    valid=(0, 100),
    plausible=(0, 100),
)
primary_alpha = Relation(
    "primary_alpha_fraction",
    GROUP,
    "Primary (proeutectic) α in a hypoeutectic alloy (lever rule)",
    "W_prim = 100*(C_eut - C0_al)/(C_eut - C_alpha)",
    (W_PRIMARY, ALLOY_C, EUTECTIC_C, ALPHA_C),
    description="W_α' = (C_E − C₀)/(C_E − C_α) just below the eutectic (Callister eq. 9.10).",
    keywords=("eutectic", "primary", "proeutectic"),
    requires=(("eutectic",), ("primary", "proeutectic")),
    excludes=("primary β", "proeutectic β", "hypereutectic"),
    unknowns=("W_prim",),
)
# α inside the eutectic microconstituent of a hypoeutectic alloy: total α less primary α (Callister &
# Rethwisch ch. 9, section on eutectic microstructures: W_eα = W_α − W_α'), both by the lever rule just
# below the eutectic temperature; the compositions are ordered C_α < C₀ < C_E < C_β (a hypereutectic
# alloy has no primary α, and a reading binding them otherwise is no reading).
BETA_C = ALLOY_C.with_(
    name="C_beta",
    label="β composition at the eutectic temperature",
    keywords=("β phase", "β", "beta"),
)
W_EUTECTIC_ALPHA = W_PRIMARY.with_(
    name="W_ea",
    label="fraction of eutectic α",
    keywords=("eutectic α", "eutectic alpha", "fraction", "percentage"),
)
eutectic_alpha = Relation(
    "eutectic_alpha_fraction",
    GROUP,
    "α in the eutectic microconstituent of a hypoeutectic alloy (lever rule)",
    "W_ea = 100*((C_beta - C0_al)/(C_beta - C_alpha) - (C_eut - C0_al)/(C_eut - C_alpha))",
    (W_EUTECTIC_ALPHA, ALLOY_C, EUTECTIC_C, ALPHA_C, BETA_C),
    description="W_eα = W_α − W_α' = (C_β − C₀)/(C_β − C_α) − (C_E − C₀)/(C_E − C_α) just below the "
    "eutectic (Callister ch. 9).",
    keywords=("eutectic", "eutectic α"),
    requires=(
        ("eutectic",),
        (
            "eutectic α",
            "eutectic alpha",
            "α inside the eutectic",
            "α in the eutectic",
            "α within the eutectic",
            "α that is in the eutectic",
        ),
    ),
    excludes=("eutectic β", "eutectic beta", "primary β", "proeutectic β", "hypereutectic"),
    ordered=(("C_eut", "C0_al"), ("C0_al", "C_alpha"), ("C_beta", "C_eut")),
    conditions=("temperature",),
    unknowns=("W_ea",),
)
W_ALPHA_MASS = Symbol(
    "Wm_a",
    "percent",
    "mass fraction of α",
    keywords=("α", "alpha", "wt% α", "mass fraction"),
    kind="composition",
    valid=(0, 100),
    plausible=(0, 100),
)
RHO_ALPHA = DENSITY.with_(
    name="rho_alpha", label="density of α", keywords=("α", "alpha", "density"), aliases=()
)
RHO_BETA = DENSITY.with_(
    name="rho_bt", label="density of β", keywords=("β", "beta", "density"), aliases=()
)
W_BETA_MASS = W_ALPHA_MASS.with_(
    name="Wm_b", label="mass fraction of β", keywords=("β", "beta", "wt% β")
)
V_ALPHA = fraction_symbol(
    "Vf_a", "volume fraction of α", ("volume fraction of α", "volume fraction", "α")
)
volume_fraction = Relation(
    "volume_fraction_from_mass",
    GROUP,
    "Volume fraction of α from mass fractions and densities",
    "Vf_a = (Wm_a/rho_alpha)/(Wm_a/rho_alpha + Wm_b/rho_bt)",
    (V_ALPHA, W_ALPHA_MASS, RHO_ALPHA, W_BETA_MASS, RHO_BETA),
    description="V_α = (W_α/ρ_α)/(W_α/ρ_α + W_β/ρ_β) (Callister eq. 9.6a).",
    keywords=("volume fraction", "density"),
    requires=(("volume fraction",), ("density", "densities")),
    pairs=(("Wm_a", "rho_alpha"), ("Wm_b", "rho_bt")),
    unknowns=("Vf_a",),
)
# The same when one mass fraction is stated and the other phase is 'the rest' ('0.62 mass fraction α, the
# rest being β'): W_β = 1 − W_α in a two-phase alloy (Callister eq. 9.6a with W_α + W_β = 1).
W_ALPHA_FRACTION = fraction_symbol(
    "Wf_a",
    "mass fraction of α",
    ("mass fraction", "weight fraction", "mass fraction α", "weight fraction α"),
)
volume_fraction_balance = Relation(
    "volume_fraction_from_mass_balance",
    GROUP,
    "Volume fraction of α from its mass fraction (β the rest) and the densities",
    "Vf_a = (Wf_a/rho_alpha)/(Wf_a/rho_alpha + (1 - Wf_a)/rho_bt)",
    (
        V_ALPHA,
        W_ALPHA_FRACTION,
        RHO_ALPHA.with_(aliases=("ρ_α", "rho_alpha")),
        RHO_BETA.with_(aliases=("ρ_β", "rho_beta")),
    ),
    description="V_α = (W_α/ρ_α)/(W_α/ρ_α + (1 − W_α)/ρ_β) in a two-phase alloy (Callister eq. 9.6a).",
    keywords=("volume fraction", "mass fraction", "rest"),
    requires=(
        ("volume fraction",),
        ("mass fraction", "weight fraction"),
        ("the rest", "balance", "remainder", "remaining"),
    ),
    unknowns=("Vf_a",),
)

# ------------------------------------------------------------------ kinetics
K_AV = number_symbol(
    "k_av", "Avrami constant k", ("k", "constant k", "rate constant"), ("k",), (1e-30, 1e10)
)
N_AV = N_AVRAMI.with_(keywords=("n", "exponent"))
T_AV = T_AVRAMI.with_(keywords=("after", "time", "takes", "take", "how long", "s"))
Y_AV = Y_FRACTION.with_(
    label="fraction transformed",
    keywords=(
        "fraction",
        "transformed",
        "transform",
        "transformation",
        "recrystallized",
        "fraction has",
    ),
    aliases=(),
)
avrami_k = Relation(
    "avrami_fraction",
    GROUP,
    "Avrami equation with its rate constant",
    "y_av = 1 - exp(-k_av*(t_av/t_u)**n_av)",
    (Y_AV, K_AV, T_AV, N_AV),
    description="y = 1 − exp(−ktⁿ) (Callister eq. 10.17), k for time in seconds.",
    keywords=("avrami", "transform", "fraction"),
    # k has units of time^-n: answer only when the question says the time is in seconds
    requires=(
        ("avrami", "exp( kt", "exp( k t", "1 exp("),
        ("k =", "k="),
        ("s⁻", "s^", "second", "time in s", "t in s"),
    ),
    fixed=(("t_u", "1 s", "k is for time in seconds"),),
    unknowns=("y_av", "t_av"),
)
GRAIN_0 = Symbol(
    "dg_0",
    "um",
    "initial grain diameter",
    keywords=(
        "initial grain diameter",
        "initial grain size",
        "initial",
        "original grain",
        "recrystallized",
        "recrystallised",
        "annealed",
        "has a grain diameter of",
        "starting",
        "d0",
        "d_0",
    ),
    aliases=("d0", "d_0"),
    plausible=(1e-6, 1e6),
)
# a grain-growth law stated with another exponent ('assuming d³ − d₀³ = Kt', 'dⁿ − d₀ⁿ = Kt with
# n = 3') is not the square law: that law would answer it with a wrong number
OTHER_GROWTH_LAWS = ("d^3", "d³", "d^4", "d⁴", "d^n", "dⁿ", "n = 3", "n = 4", "n = 2.5", "d^2.5")
GRAIN_1 = GRAIN_0.with_(
    name="dgr_1",
    label="grain diameter after the first time",
    keywords=(
        "grain diameter is",
        "after",
        "grows to",
        "grown to",
        "increased to",
        "grain diameter",
    ),
    aliases=(),
)
GRAIN_2 = GRAIN_1.with_(name="dgr_2", label="grain diameter")
TIME_G1 = Symbol(
    "tg_1", "min", "first time", keywords=("after", "min", "time", "for"), plausible=(1e-9, 1e12)
)
TIME_G2 = TIME_G1.with_(name="tg_2", label="second time")
grain_growth = Relation(
    "grain_growth_two_times",
    GROUP,
    "Grain growth (d² − d₀² = Kt) through one measured point",
    "dgr_2**2 - dg_0**2 = (dgr_1**2 - dg_0**2)*tg_2/tg_1",
    (GRAIN_2, GRAIN_0, GRAIN_1, TIME_G1, TIME_G2),
    description="d² − d₀² = Kt (Callister eq. 7.9 with n = 2), K from one measured point.",
    keywords=("grain growth", "grain diameter", "d0"),
    requires=(("grain",), ("d^2", "d²", "d2 ", "kt")),
    excludes=OTHER_GROWTH_LAWS,
    pairs=(("dgr_1", "tg_1"),),
    conditions=("temperature",),
    unknowns=("dgr_2",),
)
TIME_K1 = Symbol(
    "tk_1",
    "min",
    "time at the first temperature",
    keywords=("in", "min", "time", "takes", "after"),
    plausible=(1e-9, 1e12),
)
TIME_K2 = TIME_K1.with_(name="tk_2", label="time at the second temperature")
times_two_temperatures = Relation(
    "activation_energy_from_two_times",
    GROUP,
    "Activation energy from the times to one state at two temperatures",
    "log(tk_1/tk_2) = Q/R*(1/Ts_1 - 1/Ts_2)",
    (ACTIVATION_MOLAR, TIME_K1, TEMP_1, TIME_K2, TEMP_2),
    description="rate ∝ 1/t ∝ exp(−Q/RT): ln(t₁/t₂) = (Q/R)(1/T₁ − 1/T₂) (Callister problem 10.D).",
    keywords=("activation energy", "recrystallization", "completion", "rate"),
    requires=(("activation energy",), ("completion", "recrystalliz", "transformation", "1/t")),
    pairs=(("tk_1", "Ts_1"), ("tk_2", "Ts_2")),
    unknowns=("Q",),
    conditions=("percent",),  # '50 % completion' names the state both times reach
)
# the same state reached at a third temperature: Q eliminated between the two measured (t, T) points
TIME_K3 = TIME_K1.with_(
    name="tk_3",
    label="time at the third temperature",
    keywords=("how long", "take", "time", "takes"),
)
TEMP_K3 = TEMP_2.with_(name="Ts_3", label="third temperature", aliases=())
times_three_temperatures = Relation(
    "arrhenius_time_third_temperature",
    GROUP,
    "Time to one state at a third temperature, from the times at two others (Arrhenius rate)",
    "tk_3 = tk_1*exp(log(tk_2/tk_1)*(1/Ts_3 - 1/Ts_1)/(1/Ts_2 - 1/Ts_1))",
    (TIME_K3, TIME_K1, TEMP_1, TIME_K2, TEMP_2, TEMP_K3),
    description="rate ∝ 1/t ∝ exp(−Q/RT): ln(t₃/t₁)/ln(t₂/t₁) = (1/T₃ − 1/T₁)/(1/T₂ − 1/T₁) "
    "(Callister problem 10.D).",
    keywords=("arrhenius", "recrystallization", "rate", "reciprocal"),
    requires=(
        # 'treating the rate as thermally activated' states the same law as 'Arrhenius'
        ("arrhenius", "thermally activated"),
        ("recrystalliz", "transformation", "completion", "1/t", "reciprocal"),
    ),
    excludes=("activation energy",),
    pairs=(("tk_1", "Ts_1"), ("tk_2", "Ts_2")),
    unknowns=("tk_3",),
    conditions=("percent",),  # '50 % recrystallized' names the state reached at each temperature
)
WETTING = Symbol(
    "theta_w",
    "degree",
    "wetting (contact) angle",
    keywords=("wetting angle", "contact angle", "angle", "θ"),
    aliases=("θ",),
    kind="angle",
    valid=(0, 180),
    plausible=(0, 180),
)
S_THETA = number_symbol(
    "S_het",
    "heterogeneous/homogeneous barrier ratio S(θ)",
    ("ratio", "shape factor", "s(θ)", "heterogeneous to the homogeneous", "barrier"),
    (),
    (0, 1),
).with_(kind="fraction", valid=(0, 1))  # a share of the homogeneous barrier, asked also in percent
heterogeneous_factor = Relation(
    "heterogeneous_nucleation_factor",
    GROUP,
    "Heterogeneous-to-homogeneous nucleation barrier ratio",
    "S_het = (2 + cos(theta_w))*(1 - cos(theta_w))**2/4",
    (S_THETA, WETTING),
    description="ΔG*_het/ΔG*_hom = S(θ) = (2 + cos θ)(1 − cos θ)²/4 (Callister eq. 10.12).",
    keywords=("heterogeneous", "nucleation", "wetting angle", "contact angle"),
    requires=(("heterogeneous",), ("angle",)),
    unknowns=("S_het",),
)
H_FUSION_M = Symbol(
    "dH_fm",
    "kJ/mol",
    "latent heat of fusion",
    keywords=("latent heat", "heat of fusion", "enthalpy of fusion", "latent heat of fusion"),
    aliases=("L", "ΔH_f", "ΔH_m"),
    plausible=(1e-4, 1e4),
    molar_ok=True,
)
DG_V = Symbol(
    "dG_sol",
    "J/mol",
    "Gibbs energy driving solidification",
    keywords=(
        "gibbs free energy",
        "free energy",
        "driving force",
        "gibbs energy",
        "molar gibbs free energy",
        "δg",
        "Δg",
    ),
    aliases=("ΔG", "ΔG_v"),
    plausible=(0, 1e7),
)
solidification_driving_force = Relation(
    "solidification_driving_force",
    GROUP,
    "Driving force for solidification of an undercooled liquid",
    "dG_sol = dH_fm*dT_u/T_m",
    (DG_V, H_FUSION_M, UNDERCOOLING, MELTING_T),
    description="ΔG ≈ L ΔT/T_m (ΔH and ΔS taken at T_m; Porter & Easterling eq. 1.17).",
    keywords=("undercool", "solidification", "driving", "latent heat"),
    requires=(("undercool", "supercool"), ("gibbs", "free energy", "driving")),
    unknowns=("dG_sol",),
)

# ------------------------------------------------------------------ reaction thermodynamics
DH_RX = Symbol(
    "dH_rx",
    "kJ",
    "ΔH° of the reaction as written",
    keywords=("δh°", "Δh°", "δh", "Δh", "enthalpy"),
    aliases=("ΔH°", "ΔH"),
    signed=True,
    plausible=(-1e6, 1e6),
)
DS_RX = Symbol(
    "dS_rx",
    "J/K",
    "ΔS° of the reaction as written",
    keywords=("δs°", "Δs°", "δs", "Δs", "entropy"),
    aliases=("ΔS°", "ΔS"),
    signed=True,
    plausible=(-1e6, 1e6),
)
P_O2 = thermodynamics.P_O2.with_(
    label="equilibrium oxygen partial pressure",
    keywords=(
        "oxygen partial pressure",
        "partial pressure",
        "dissociation pressure",
        "p_o2",
        "po2",
    ),
    aliases=(),
)
oxide_dissociation = Relation(
    "oxide_dissociation_pressure",
    GROUP,
    "Equilibrium O₂ pressure over a metal and its oxide",
    "log(p_O2/p_ref) = (dH_rx - T*dS_rx)/(R*T*n_ref)",
    (P_O2, DH_RX, DS_RX, TEMPERATURE),
    description="For x M + O₂ = M_xO₂ (one mole O₂ as written, pure condensed phases): ΔG° = −RT ln K = "
    "RT ln p_O₂ (Gaskell ch. 12), ΔG° = ΔH° − TΔS°.",
    keywords=("oxygen", "partial pressure", "oxide", "equilibrium"),
    requires=(
        ("o2", "o₂", "o_2", "oxygen"),
        ("partial pressure", "dissociation pressure"),
        ("equilibrium",),
        # ΔG° must be per mole of O₂: the reaction written with one O₂, or said so
        (
            "+ o2",
            "+ o₂",
            "per mole of o2",
            "per mole of o₂",
            "per mol of o2",
            "per mol of o₂",
            "per mol o2",
            "per mol o₂",
            "+ o_2",  # TeX \mathrm{O_2}
            "per mole of o_2",
            "per mol of o_2",
        ),
    ),
    fixed=(
        ("p_ref", "1 atm", "standard pressure 1 atm"),
        ("n_ref", "1 mol", "per mole of O₂ as written"),
    ),
    unknowns=("p_O2",),
)

# The same equilibrium from ΔG° itself ('ΔG° = −287 kJ per mole of O₂ at 1000 °C'); the direction of the
# written reaction is checked in answer_guards (a decomposition's ΔG° has the other sign).
P_STANDARD = Symbol(
    "p_ref",
    "atm",
    "standard-state pressure",
    keywords=("standard state", "standard pressure", "reference pressure", "standard-state"),
    aliases=("p°", "P°"),
    default=1.0,
    default_note="standard state 1 atm",
    plausible=(0.9, 1.1),
)
oxide_dissociation_from_dg = Relation(
    "oxide_dissociation_pressure_from_dg",
    GROUP,
    "Equilibrium O₂ pressure over a metal and its oxide from ΔG°",
    "log(p_O2/p_ref) = dG0/(R*T)",
    (P_O2, DG0, TEMPERATURE, P_STANDARD),
    description="For x M + O₂ = M_xO₂ (one mole O₂ as written, pure condensed phases): ΔG° = RT ln p_O₂ "
    "(Gaskell ch. 12; the Ellingham diagram's p_O₂ scale).",
    keywords=("oxygen", "partial pressure", "oxide", "equilibrium"),
    requires=oxide_dissociation.requires,
    excludes=("δh", "Δh", "enthalpy", "δs", "Δs", "entropy"),
    unknowns=("p_O2",),
)

# ------------------------------------------------------------------ electrons, magnets
DE_F = Symbol(
    "dE_f",
    "eV",
    "energy from the Fermi level",
    keywords=("above the fermi level", "below the fermi level", "above", "below", "ev"),
    plausible=(0, 100),
)
OCCUPANCY = fraction_symbol(
    "f_FD", "occupation probability", ("probability", "occupied", "occupancy", "f(e)")
)
FERMI = (("fermi",), ("probability", "occupied", "occupancy"))
fermi_above = Relation(
    "fermi_dirac_above",
    GROUP,
    "Fermi–Dirac occupancy above the Fermi level",
    "f_FD = 1/(1 + exp(dE_f/(k_B*T)))",
    (OCCUPANCY, DE_F, TEMPERATURE),
    description="f(E) = 1/[1 + exp((E − E_F)/kT)], E above E_F.",
    keywords=("fermi", "probability", "occupied"),
    requires=(*FERMI, ("above",)),
    excludes=("below",),
    unknowns=("f_FD",),
)
fermi_below = Relation(
    "fermi_dirac_below",
    GROUP,
    "Fermi–Dirac occupancy below the Fermi level",
    "f_FD = 1/(1 + exp(-dE_f/(k_B*T)))",
    (OCCUPANCY, DE_F, TEMPERATURE),
    description="f(E) = 1/[1 + exp((E − E_F)/kT)], E below E_F.",
    keywords=("fermi", "probability", "occupied"),
    requires=(*FERMI, ("below",)),
    excludes=("above",),
    unknowns=("f_FD",),
)
TURNS = number_symbol("N_turns", "number of turns", ("turns", "windings"), ("N",), (1, 1e9))
COIL_LENGTH = LENGTH0.with_(
    name="l_coil",
    label="coil length",
    keywords=("long", "length", "coil", "solenoid"),
    aliases=("l",),
)
COIL_CURRENT = Symbol(
    "I_coil",
    "A",
    "current",
    keywords=("current", "carries", "a"),
    aliases=("I",),
    plausible=(1e-12, 1e7),
)
COIL = (("coil", "solenoid"), ("turns",))
solenoid_h = Relation(
    "solenoid_field",
    GROUP,
    "Magnetic field strength inside a solenoid",
    "H_field = N_turns*I_coil/l_coil",
    (FIELD_H, TURNS, COIL_CURRENT, COIL_LENGTH),
    description="H = NI/l (Callister eq. 20.1).",
    keywords=("coil", "solenoid", "turns", "field strength"),
    requires=COIL,
    unknowns=("H_field", "I_coil"),  # H = NI/l read for the current that gives a field
)
# M = χ_m H in a core whose H is the solenoid's NI/l (Callister eqs. 20.1, 20.6): the coil's H is the
# field the core sits in (a long coil; the core's own magnetization does not change H = NI/l)
magnetization_in_solenoid = chain(
    "magnetization_in_solenoid",
    magnetization_chi,
    rename_symbols(solenoid_h, {"H_field": "H_mag"}),
    "H_mag",
    title="Magnetization of a solenoid's core from its susceptibility",
    description="M = χ_m H with H = NI/l inside a long solenoid (Callister eqs. 20.1, 20.6).",
    requires=(("susceptibility",), ("magnetization", "magnetisation"), *COIL),
    unknowns=("M_mag",),
)
solenoid_b_vacuum = Relation(
    "solenoid_flux_density_vacuum",
    GROUP,
    "Flux density inside an empty solenoid",
    "B_ind = mu_0*N_turns*I_coil/l_coil",
    (INDUCTION, TURNS, COIL_CURRENT, COIL_LENGTH),
    description="B₀ = μ₀NI/l (Callister eqs. 20.1, 20.3).",
    keywords=("coil", "solenoid", "vacuum", "flux density"),
    requires=(*COIL, ("vacuum", "air", "empty")),
    excludes=("permeability", "core"),
    unknowns=("B_ind",),
)
solenoid_b_core = Relation(
    "solenoid_flux_density_core",
    GROUP,
    "Flux density in a solenoid core",
    "B_ind = mu_0*mu_r*N_turns*I_coil/l_coil",
    (INDUCTION, REL_PERMEABILITY, TURNS, COIL_CURRENT, COIL_LENGTH),
    description="B = μ₀μ_r NI/l (Callister eqs. 20.1, 20.2).",
    keywords=("coil", "solenoid", "core", "flux density", "permeability"),
    requires=(*COIL, ("relative permeability",)),
    excludes=CORE_TAKEN_AWAY,
    unknowns=("B_ind",),
)
FORMULA_UNITS = number_symbol(
    "n_fu",
    "formula units per cell",
    ("formula units", "containing", "per unit cell", "per cell"),
    (),
    (1, 1000),
)
saturation_from_cell = Relation(
    "saturation_magnetization_cell",
    GROUP,
    "Saturation magnetization from the moments in a unit cell",
    "M_s = n_fu*n_B*mu_B/a**3",
    (SATURATION, FORMULA_UNITS, BOHR_PER_ATOM, LATTICE_A),
    description="M_s = (moments per cell)·μ_B/a³ (Callister example 20.2).",
    keywords=("saturation magnetization", "bohr magneton", "unit cell"),
    requires=(("bohr",), ("saturation",), ("unit cell", "cell of edge", "cell edge", "cubic cell")),
    unknowns=("M_s",),
)
ATOM_DENSITY = Symbol(
    "N_at",
    "1/m^3",
    "atoms per unit volume",
    keywords=("atoms/m", "atoms per cubic", "atoms per m"),
    plausible=(1e10, 1e31),
)
bohr_from_saturation = Relation(
    "bohr_magnetons_from_saturation",
    GROUP,
    "Bohr magnetons per atom from the saturation magnetization",
    "M_s = n_B*mu_B*N_at",
    (BOHR_PER_ATOM, SATURATION, ATOM_DENSITY),
    description="M_s = n_B μ_B N (Callister eq. 20.13).",
    keywords=("bohr magneton", "saturation magnetization"),
    requires=(("bohr",), ("saturation",)),
    unknowns=("n_B", "M_s"),
)
CHI_1 = magnetic.CHI_1.with_(
    label="susceptibility 1", keywords=("susceptibility",), aliases=(), plausible=(1e-12, 1e6)
)
CHI_2 = magnetic.CHI_2.with_(
    label="susceptibility", keywords=("susceptibility",), aliases=(), plausible=(1e-12, 1e6)
)
curie_law = Relation(
    "curie_law_two_temperatures",
    GROUP,
    "Curie's law at two temperatures",
    "chi_2*Ts_2 = chi_1*Ts_1",
    (CHI_2, TEMP_2, CHI_1, TEMP_1),
    description="χ = C/T for an ideal paramagnet (Curie's law).",
    keywords=("curie", "paramagnetic", "susceptibility"),
    requires=(("curie",), ("susceptibility",)),
    excludes=("curie weiss", "curie temperature"),
    pairs=(("chi_1", "Ts_1"),),
    unknowns=("chi_2", "Ts_2"),
)
LOOP_ENERGY = Symbol(
    "w_loop",
    "J/m^3",
    "hysteresis loss per cycle per volume",
    keywords=("loop area", "hysteresis loop", "per cycle", "j/m", "loop encloses", "encloses"),
    plausible=(1e-9, 1e9),
)
CORE_VOLUME = Symbol(
    "V_core", "m^3", "core volume", keywords=("volume", "core"), plausible=(1e-15, 1e6)
)
FREQ = Symbol("f_hz", "Hz", "frequency", keywords=("frequency", "hz", "at"), plausible=(1e-6, 1e12))
HYST_POWER = Symbol(
    "P_hys",
    "W",
    "hysteresis power loss",
    # 'the power dissipated by hysteresis': the loss is the power the loop dissipates as heat
    keywords=("power", "power lost", "loss", "dissipated", "power dissipated", "dissipation"),
    plausible=(0, 1e12),
)
hysteresis_power = Relation(
    "hysteresis_power_loss",
    GROUP,
    "Power lost to hysteresis",
    "P_hys = w_loop*V_core*f_hz",
    (HYST_POWER, LOOP_ENERGY, CORE_VOLUME, FREQ),
    description="P = (loop area) × volume × frequency.",
    keywords=("hysteresis", "power", "core"),
    requires=(("hysteresis",), ("power", "loss", "lost")),
    unknowns=("P_hys",),
)
# the core's volume from its mass and the steel's density, V = m/ρ
# a core's mass enters only through a stated density: without one, a mass beside a stated volume is an
# aside (:func:`..set_aside.used_on_topic`), and so is any other mass (a Charpy hammer's)
MASS_NEEDS_DENSITY = (("density",),)
CORE_MASS = Symbol(
    "m_core",
    "kg",
    "core mass",
    keywords=("mass", "core has a mass", "weighs", "weighing"),
    plausible=(1e-9, 1e7),
)
core_volume = Relation(
    "core_volume_from_mass",
    GROUP,
    "Core volume from its mass and density",
    "V_core = m_core/rho",
    (CORE_VOLUME, CORE_MASS, DENSITY),
    description="V = m/ρ.",
    keywords=("core", "mass", "density"),
    requires=(("core",), ("mass", "weighs", "weighing"), ("density",)),
    unknowns=("V_core",),
    on_topic_requires=MASS_NEEDS_DENSITY,
)
hysteresis_power_from_mass = chain(
    "hysteresis_power_from_core_mass",
    hysteresis_power,
    core_volume,
    "V_core",
    title="Power lost to hysteresis in a core of given mass",
    description="P = (loop area) × volume × frequency, the volume V = m/ρ from the core's mass and "
    "density.",
    requires=(
        ("hysteresis",),
        ("power", "loss", "lost"),
        ("mass", "weighs", "weighing"),
        ("density",),
    ),
    unknowns=("P_hys",),
    on_topic_requires=MASS_NEEDS_DENSITY,
)

# luminescence (phosphorescence) after the excitation stops: I/I₀ = exp(−t/τ) (Callister eq. 21.22), so two
# points share τ: t₂ = t₁ ln(I₂/I₀)/ln(I₁/I₀)
LUM_SHARE_1 = fraction_symbol(
    "f_lum1",
    "intensity fraction measured",
    ("fallen to", "dropped to", "decayed to", "of the initial", "of its initial"),
).with_(plausible=(1e-12, 0.999999))
LUM_SHARE_2 = fraction_symbol(
    "f_lum2",
    "intensity fraction asked",
    ("reach", "reaches", "fall to", "drop to", "decay to"),
).with_(plausible=(1e-12, 0.999999))
LUM_T1 = Symbol(
    "t_lum1", "s", "time of the measured fraction", keywords=("after",), plausible=(1e-15, 1e9)
)
LUM_T2 = LUM_T1.with_(
    name="t_lum2", label="time to reach the asked fraction", keywords=("how long",)
)
luminescence_decay = Relation(
    "luminescence_decay_two_points",
    GROUP,
    "Exponential decay of luminescence through one measured point",
    "t_lum2 = t_lum1*log(f_lum2)/log(f_lum1)",
    (LUM_T2, LUM_T1, LUM_SHARE_1, LUM_SHARE_2),
    description="I = I₀ exp(−t/τ) after the excitation stops (Callister eq. 21.22): τ = t₁/ln(I₀/I₁), "
    "so t₂ = t₁ ln(I₂/I₀)/ln(I₁/I₀).",
    keywords=("luminescence", "phosphor", "phosphorescence", "intensity", "decays"),
    requires=(
        ("luminescence", "phosphor", "phosphorescence", "fluorescence", "emission"),
        ("exponentially", "exponential"),
        ("intensity",),
    ),
    pairs=(("f_lum1", "t_lum1"),),
    # the asked fraction lies further along the decay than the measured one
    ordered=(("f_lum1", "f_lum2"),),
    unknowns=("t_lum2",),
)

# ------------------------------------------------------------------ optics and heat capacity
BETA_ABS = Symbol(
    "beta_ab",
    "1/m",
    "absorption coefficient",
    keywords=("absorption coefficient", "β", "beta"),
    aliases=("β",),
    plausible=(0, 1e12),
)
THICKNESS = LENGTH0.with_(
    name="l_slab", label="thickness", keywords=("thick", "thickness"), aliases=("l", "x")
)
TRANSMITTED = fraction_symbol(
    "T_tr",
    "fraction transmitted",
    (
        "fraction",
        "transmitted",
        "transmittance",
        "transmissivity",
        "light",
        "incident light",
        "normally incident",
    ),
)
transmission = Relation(
    "transmission_through_slab",
    GROUP,
    "Light transmitted through an absorbing slab (reflection at both faces)",
    "T_tr = (1 - ((n_r - 1)/(n_r + 1))**2)**2*exp(-beta_ab*l_slab)",
    (TRANSMITTED, REFRACTIVE_INDEX, BETA_ABS, THICKNESS),
    description="I_T/I₀ = (1 − R)² e^(−βl), R = ((n − 1)/(n + 1))² (Callister eqs. 21.13, 21.18).",
    keywords=("transmitted", "absorption coefficient", "reflection"),
    requires=(
        ("transmit", "transmitted", "transmission"),
        ("absorption coefficient", "β"),
        ("reflect", "reflection"),
    ),
    unknowns=("T_tr",),
)
CRITICAL = Symbol(
    "theta_c",
    "degree",
    "critical angle",
    keywords=("critical angle", "angle"),
    kind="angle",
    valid=(0, 90),
    plausible=(0, 90),
)
critical_angle_air = Relation(
    "critical_angle_into_air",
    GROUP,
    "Critical angle for total internal reflection into air",
    "sin(theta_c) = 1/n_r",
    (CRITICAL, REFRACTIVE_INDEX),
    description="sin θ_c = n₂/n₁ with n₂ = 1 for air (Snell's law at 90° refraction).",
    keywords=("critical angle", "total internal reflection"),
    requires=(
        (
            "critical angle",
            "total internal reflection",
            "totally internally reflected",
            "totally reflected",
        ),
        ("air", "vacuum"),
    ),
    unknowns=("theta_c",),
)
dulong_petit = Relation(
    "dulong_petit",
    GROUP,
    "Specific heat from the Dulong–Petit law",
    "c_p = 3*R/M",
    (SPECIFIC_HEAT, MOLAR_MASS),
    description="C_v ≈ 3R per mole of atoms at high temperature; c = 3R/A per mass (Callister §19.2).",
    keywords=("dulong", "petit", "specific heat"),
    requires=(("dulong", "petit"),),
    unknowns=("c_p",),
)

# ------------------------------------------------------------------ polymers
M_WEIGHT = Symbol(
    "M_wa",
    "g/mol",
    "weight-average molecular weight",
    keywords=("weight average", "mw", "m_w"),
    aliases=("M_w", "Mw"),
    plausible=(10, 1e10),
)
M_NUMBER = Symbol(
    "M_na",
    "g/mol",
    "number-average molecular weight",
    keywords=("number average", "mn", "m_n"),
    aliases=("M_n", "Mn"),
    plausible=(10, 1e10),
)
PDI = number_symbol(
    "PDI", "polydispersity index", ("polydispersity", "dispersity", "pdi"), ("PDI",), (1, 1e3)
)
polydispersity = Relation(
    "polydispersity_index",
    GROUP,
    "Polydispersity index",
    "PDI = M_wa/M_na",
    (PDI, M_WEIGHT, M_NUMBER),
    description="PDI = M̄_w/M̄_n.",
    keywords=("polydispersity", "dispersity"),
    requires=(("polydispersity", "dispersity", "pdi"),),
)
SIG_0 = STRESS.with_(
    name="sr_0",
    label="initial stress",
    keywords=("initial stress", "initial", "initially", "from"),
    aliases=(),
)
SIG_1 = STRESS.with_(
    name="sr_1",
    label="stress after the first time",
    keywords=("to", "relaxes to", "relaxed to", "decayed to", "fallen to", "after"),
    aliases=(),
)
SIG_2 = STRESS.with_(name="sr_2", label="stress", keywords=("stress",), aliases=())
TR_1 = Symbol("trl_1", "s", "first time", keywords=("in", "after", "s"), plausible=(1e-9, 1e12))
TR_2 = TR_1.with_(name="trl_2", label="second time")
stress_relaxation = Relation(
    "stress_relaxation_two_times",
    GROUP,
    "Stress relaxation σ(t) = σ(0)exp(−t/τ) through one measured point",
    "sr_2 = sr_0*(sr_1/sr_0)**(trl_2/trl_1)",
    (SIG_2, TR_2, SIG_0, SIG_1, TR_1),
    description="σ(t) = σ(0) exp(−t/τ) (Callister eq. 15.10), τ from one measured point.",
    keywords=("relax", "viscoelastic"),
    requires=(("relax",),),
    pairs=(("sr_1", "trl_1"),),
    unknowns=("sr_2",),
)

# the relaxation modulus E_r(t) = σ(t)/ε₀ at the held strain ε₀ (Callister eq. 15.1), σ(t) from the
# exponential decay through one measured point (eq. 15.10)
E_RELAX = Symbol(
    "E_relax",
    "MPa",
    "relaxation modulus E_r(t)",
    keywords=("relaxation modulus", "e_r"),
    aliases=("E_r", "E_r(t)"),
    plausible=(1e-9, 1e7),
)
HELD_STRAIN = STRAIN.with_(
    name="eps_held",
    label="held strain ε₀",
    keywords=("strain", "strained to", "stretched to", "tensile strain", "held at"),
    signed=False,
    plausible=(1e-9, 10),
)
relaxation_modulus = Relation(
    "relaxation_modulus",
    GROUP,
    "Relaxation modulus at a time",
    "E_relax = sr_2/eps_held",
    (E_RELAX, SIG_2, HELD_STRAIN),
    description="E_r(t) = σ(t)/ε₀, ε₀ the strain held constant (Callister eq. 15.1).",
    keywords=("relaxation modulus",),
    requires=(("relaxation modulus",),),
    unknowns=("E_relax",),
)
relaxation_modulus_decay = chain(
    "relaxation_modulus_decay",
    relaxation_modulus,
    stress_relaxation,
    "sr_2",
    title="Relaxation modulus at a time, the stress decaying exponentially",
    description="E_r(t) = σ(t)/ε₀ with σ(t) = σ(0) exp(−t/τ), τ from one measured point (Callister "
    "eqs. 15.1, 15.10).",
    requires=(("relaxation modulus",), ("relax",)),
    unknowns=("E_relax",),
    # the stress relaxes: the stress at the start exceeds the one measured later
    ordered=(("sr_0", "sr_1"),),
)

# ------------------------------------------------------------------ composites and ceramics
LOAD_RATIO = number_symbol(
    "FfFm",
    "ratio of the load on the fibers to that on the matrix",
    ("ratio", "load carried by the fibers", "load"),
    (),
    (0, 1e6),
)
load_ratio = Relation(
    "fiber_matrix_load_ratio",
    GROUP,
    "Ratio of fiber to matrix load (iso-strain)",
    "FfFm = E_fib*V_fib/(E_m*(100 - V_fib))",
    (LOAD_RATIO, E_FIBER, E_MATRIX, V_FIBER),
    description="F_f/F_m = E_f V_f/(E_m V_m) for loading along continuous fibers (Callister eq. 16.11).",
    keywords=("load", "ratio", "fiber", "matrix"),
    requires=(("load",), ("ratio",), ("fiber",), ("matrix",)),
    unknowns=("FfFm",),
)
E_DENSE = composites.E_DENSE.with_(
    label="modulus of the non-porous material",
    keywords=("non porous", "nonporous", "fully dense", "dense", "e0", "e_0"),
)
E_POROUS = composites.E_POROUS.with_(keywords=("modulus", "elastic modulus", "porous"))
porous_modulus = Relation(
    "porous_ceramic_modulus",
    GROUP,
    "Elastic modulus of a porous ceramic",
    "E_p = E_0*(1 - 1.9*P_por/100 + 0.9*(P_por/100)**2)",
    (E_POROUS, E_DENSE, POROSITY),
    description="E = E₀(1 − 1.9P + 0.9P²) (Callister eq. 12.9).",
    keywords=("porosity", "modulus", "porous"),
    requires=(("porosity",), ("modulus",), ("1.9p", "1.9 p")),
    # the porosity that gives a stated modulus: the root in 0–100 % (the other exceeds 100 %)
    unknowns=("E_p", "P_por"),
)

# ------------------------------------------------------------------ electrochemistry and oxidation
EMF = Symbol(
    "E_emf",
    "V",
    "cell emf",
    keywords=("emf", "cell potential", "voltage", "potential"),
    aliases=("E", "ΔV"),
    plausible=(-10, 10),
    signed=True,
)
DG_CELL = Symbol(
    "dG_cell",
    "kJ/mol",
    "Gibbs energy of the cell reaction",
    keywords=("gibbs", "free energy", "δg", "Δg"),
    aliases=("ΔG",),
    plausible=(-1e5, 1e5),
    signed=True,
)
cell_gibbs = Relation(
    "cell_gibbs_energy",
    GROUP,
    "Gibbs energy of a cell reaction from its emf",
    "dG_cell = -n_e*F*E_emf",
    (DG_CELL, VALENCE, EMF),
    description="ΔG = −nFE.",
    keywords=("emf", "cell", "gibbs", "electrons"),
    requires=(("emf", "cell potential", "cell voltage"), ("gibbs", "free energy", "δg", "Δg")),
    unknowns=("dG_cell", "E_emf"),
)
W_GAIN_1 = Symbol(
    "wg_1",
    "mg/cm^2",
    "weight gain after the first time",
    keywords=("weight gain", "gain"),
    plausible=(0, 1e9),
)
W_GAIN_2 = W_GAIN_1.with_(name="wg_2", label="weight gain")
TO_1 = Symbol("to_1", "h", "first time", keywords=("after",), plausible=(1e-9, 1e12))
TO_2 = TO_1.with_(name="to_2", label="second time")
parabolic = Relation(
    "parabolic_oxidation_two_times",
    GROUP,
    "Parabolic oxidation through one measured point",
    "wg_2**2/to_2 = wg_1**2/to_1",
    (W_GAIN_2, TO_2, W_GAIN_1, TO_1),
    description="W² = K₁t (Callister eq. 17.33 with K₂ = 0).",
    keywords=("parabolic", "oxidation", "weight gain"),
    requires=(("parabolic", "parabolically"),),
    pairs=(("wg_1", "to_1"),),
    unknowns=("wg_2", "to_2"),
)
current_from_rate = Relation(
    "corrosion_current_from_penetration",
    GROUP,
    "Corrosion current density from a penetration rate",
    "i_c = cpr*rho*n_e*F/M",
    (CURRENT_DENSITY, CPR, DENSITY, VALENCE, MOLAR_MASS),
    description="i = (CPR) ρ n F/M (Faraday's law per unit area).",
    keywords=("corrosion", "current density", "penetration"),
    requires=(("current density",), ("corrod", "corrosion")),
    unknowns=("i_c",),
)

HEAT_TOTAL = Symbol(
    "q_tot",
    "J",
    "heat to heat and melt",
    keywords=("heat", "heat needed", "heat required", "energy", "how much heat"),
    aliases=("Q", "q"),
    plausible=(0, 1e15),
)
MASS_KG = Symbol(
    "m_s",
    "kg",
    "mass",
    keywords=("mass", "of", "sample", "piece", "kg", "g"),
    aliases=("m",),
    plausible=(1e-12, 1e9),
)
LATENT_MASS = Symbol(
    "L_m",
    "J/kg",
    "heat of fusion (per mass)",
    keywords=("heat of fusion", "latent heat", "latent heat of fusion", "enthalpy of fusion"),
    aliases=("L", "L_f", "ΔH_f"),
    plausible=(1e-3, 1e9),
)
heat_and_melt = Relation(
    "heat_to_melting_and_melt",
    GROUP,
    "Heat to bring a solid to its melting point and melt it",
    "q_tot = m_s*(c_p*dT + L_m)",
    (HEAT_TOTAL, MASS_KG, SPECIFIC_HEAT, DELTA_T, LATENT_MASS),
    description="Q = m c_p (T_m − T₀) + m L (sensible heat, then the latent heat at T_m).",
    keywords=("melt", "heat of fusion", "specific heat", "melting point"),
    requires=(("melt",), ("fusion", "latent"), ("c_p", "specific heat", "heat capacity")),
    unknowns=("q_tot",),
)

# ------------------------------------------------------------------ ionic crystals from ionic radii
R_ION_1 = Symbol(
    "ri_1",
    "nm",
    "ionic radius 1",
    keywords=("ionic radii", "ionic radius", "radii", "radius"),
    plausible=(0.005, 1.0),
)
R_ION_2 = R_ION_1.with_(name="ri_2", label="ionic radius 2")
A_ION_1 = Symbol(
    "Ai_1",
    "g/mol",
    "atomic weight 1",
    keywords=("atomic weights", "atomic weight", "atomic masses", "molar masses"),
    plausible=(0.9, 400),
)
A_ION_2 = A_ION_1.with_(name="Ai_2", label="atomic weight 2")
RHO_IONIC = DENSITY.with_(
    name="rho_ion", label="theoretical density", keywords=("theoretical density", "density")
)
ROCK_SALT = ("rock salt", "rocksalt", "nacl structure", "sodium chloride structure")
rock_salt_from_radii = Relation(
    "density_rock_salt_from_radii",
    GROUP,
    "Theoretical density of a rock-salt crystal from its ionic radii",
    "rho_ion = 4*(Ai_1 + Ai_2)/((2*(ri_1 + ri_2))**3*N_A)",
    (RHO_IONIC, R_ION_1, R_ION_2, A_ION_1, A_ION_2),
    description="ρ = n'(ΣA_C + ΣA_A)/(V_C N_A) with n' = 4 and a = 2(r_C + r_A) (Callister eq. 12.1, "
    "example 12.3).",
    keywords=("rock salt", "density", "ionic radii"),
    requires=(ROCK_SALT, ("radii", "radius"), ("density",)),
    unknowns=("rho_ion",),
)
cscl_from_radii = Relation(
    "density_cscl_from_radii",
    GROUP,
    "Theoretical density of a cesium-chloride crystal from its ionic radii",
    "rho_ion = (Ai_1 + Ai_2)/((2*(ri_1 + ri_2)/sqrt(3))**3*N_A)",
    (RHO_IONIC, R_ION_1, R_ION_2, A_ION_1, A_ION_2),
    description="ρ = (A_C + A_A)/(a³N_A) with one formula unit per cell and a = 2(r_C + r_A)/√3.",
    keywords=("cesium chloride", "density", "ionic radii"),
    requires=(
        ("cesium chloride structure", "cscl structure", "caesium chloride structure"),
        ("radii", "radius"),
        ("density",),
    ),
    unknowns=("rho_ion",),
)

# ------------------------------------------------------------------ ratio of an Arrhenius quantity
RATIO_ARR = Symbol(
    "r_arr",
    "dimensionless",
    "ratio of the values at the two temperatures",
    keywords=(
        "ratio",
        "ratio of the diffusion coefficient",
        "ratio of the diffusivity",
        "ratio of the rate",
        "factor",
        "times",
    ),
    kind="number",
    plausible=(1e-300, 1e300),
)
T_NUM = TEMP_1.with_(
    name="Ts_n", label="temperature of the numerator", keywords=("ratio of", "at", "of the")
)
T_DEN = TEMP_1.with_(
    name="Ts_d", label="temperature of the denominator", keywords=("to that at", "that at", "to")
)
arrhenius_ratio = Relation(
    "arrhenius_ratio_two_temperatures",
    GROUP,
    "Ratio of a thermally activated quantity at two temperatures",
    "r_arr = exp(-Q/R*(1/Ts_n - 1/Ts_d))",
    (RATIO_ARR, ACTIVATION_MOLAR, T_NUM, T_DEN),
    description="D ∝ exp(−Q/RT): D(T₁)/D(T₂) = exp[−(Q/R)(1/T₁ − 1/T₂)], the first-named temperature on "
    "top ('the ratio of D at T₁ to that at T₂').",
    keywords=("ratio", "activation energy", "diffusion"),
    requires=(("ratio",), ("activation energy",), ("to that at", "to the value at", "to that of")),
    # a time (to transform, to reach a depth, a half-life) goes as exp(+Q/RT): the ratio of times is
    # the reciprocal of the ratio of rates, so a time asked is not this relation's
    excludes=("time", "how long", "half life", "duration", "hours", "minutes", "seconds"),
    unknowns=("r_arr",),
)
RATIO_TIME = RATIO_ARR.with_(
    name="r_time",
    label="ratio of the times at the two temperatures",
    keywords=("ratio", "ratio of the time", "ratio of the times", "factor", "times"),
)
arrhenius_time_ratio = Relation(
    "arrhenius_time_ratio_two_temperatures",
    GROUP,
    "Ratio of the times a thermally activated process takes at two temperatures",
    "r_time = exp(Q/R*(1/Ts_n - 1/Ts_d))",
    (RATIO_TIME, ACTIVATION_MOLAR, T_NUM, T_DEN),
    description="The time to reach a given state (a fraction transformed, a depth, rupture) goes as "
    "1/rate ∝ exp(+Q/RT): t(T₁)/t(T₂) = exp[(Q/R)(1/T₁ − 1/T₂)], the first-named temperature on top.",
    keywords=("ratio", "activation energy", "time"),
    requires=(
        ("ratio",),
        ("activation energy",),
        ("to that at", "to the value at", "to that of"),
        ("time", "half life", "duration"),
    ),
    excludes=(
        "rate",
        "diffusion coefficient",
        "diffusivity",
        "concentration",
        "number of vacancies",
    ),
    unknowns=("r_time",),
)
# ------------------------------------------------------------------ Brinell with a load in kgf
LOAD_FORCE = Symbol(
    "P_load",
    "kgf",
    "test load",
    keywords=("load", "kgf", "under", "force"),
    aliases=("P", "F"),
    plausible=(1e-4, 1e5),
)
BALL_D = BALL.with_(keywords=("ball", "ball diameter", "indenter", "mm ball"))
IMPRESS_D = IMPRESSION.with_(
    keywords=("indentation diameter", "indentation", "impression", "giving", "indent")
)
brinell_kgf = Relation(
    "brinell_hardness_kgf",
    GROUP,
    "Brinell hardness number (load in kgf)",
    "HB = 2*P_load/(g_n*pi*D_ball*(D_ball - sqrt(D_ball**2 - d_ind**2)))",
    (HB, LOAD_FORCE, BALL_D, IMPRESS_D),
    description="HB = 2P/[πD(D − √(D² − d²))] with P in kgf, D and d in mm (Dieter ch. 9).",
    keywords=("brinell", "hardness", "indentation"),
    requires=(("brinell",),),
)
# ------------------------------------------------------------------ casting: geometrically similar cubes
SIDE_1 = LENGTH0.with_(
    name="side_1", label="side of the first cube", keywords=("side", "cube", "of side"), aliases=()
)
SIDE_2 = SIDE_1.with_(name="side_2", label="side of the second cube")
TS_1 = Symbol(
    "tsol_1",
    "min",
    "solidification time of the first casting",
    keywords=("solidifies in", "solidification time", "min", "in"),
    plausible=(1e-6, 1e9),
)
TS_2 = TS_1.with_(name="tsol_2", label="solidification time")
chvorinov_cubes = Relation(
    "chvorinov_similar_cubes",
    GROUP,
    "Solidification time of a larger or smaller cube (Chvorinov)",
    "tsol_2/tsol_1 = (side_2/side_1)**2",
    (TS_2, SIDE_2, TS_1, SIDE_1),
    description="t = B(V/A)ⁿ with n = 2 and V/A = a/6 for a cube, in the same mould material (Chvorinov).",
    keywords=("solidification", "cube", "casting", "chvorinov"),
    requires=(("solidif", "chvorinov"), ("cube",), ("same",)),
    excludes=("sphere", "cylinder", "plate", "bar", "n = 1", "exponent"),
    pairs=(("tsol_1", "side_1"),),
    unknowns=("tsol_2", "side_2"),
)

RELATIONS = (
    oxide_dissociation_from_dg,
    eutectic_alpha,
    arrhenius_ratio,
    arrhenius_time_ratio,
    brinell_kgf,
    chvorinov_cubes,
    rock_salt_from_radii,
    cscl_from_radii,
    heat_and_melt,
    schottky_fraction,
    frenkel_fraction,
    fick_positions,
    dislocation_density,
    taylor,
    basquin,
    total_ferrite,
    total_cementite,
    primary_alpha,
    volume_fraction,
    volume_fraction_balance,
    avrami_k,
    grain_growth,
    times_three_temperatures,
    times_two_temperatures,
    heterogeneous_factor,
    solidification_driving_force,
    oxide_dissociation,
    fermi_above,
    fermi_below,
    solenoid_h,
    magnetization_in_solenoid,
    solenoid_b_vacuum,
    solenoid_b_core,
    saturation_from_cell,
    bohr_from_saturation,
    curie_law,
    hysteresis_power,
    hysteresis_power_from_mass,
    luminescence_decay,
    transmission,
    critical_angle_air,
    dulong_petit,
    polydispersity,
    stress_relaxation,
    relaxation_modulus_decay,
    load_ratio,
    porous_modulus,
    cell_gibbs,
    parabolic,
    current_from_rate,
)
