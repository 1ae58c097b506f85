"""Failure: Griffith fracture, fatigue stress cycles, Basquin and Coffin–Manson lives, Paris-law
crack growth, creep stress exponent and Monkman–Grant.

Sources (each relation's description names its equation): Callister & Rethwisch, *Materials Science
and Engineering: An Introduction* (10th ed.), ch. 8 — eq. 8.3 (Griffith σ_c = (2Eγ_s/πa)^½), 8.14–
8.17 (mean stress, range, amplitude, stress ratio), 8.29 (Paris-law life N_f), 8.33 (creep power law
ε̇_s = K₁σⁿ); Dowling, *Mechanical Behavior of Materials* (4th ed.), ch. 9 (Basquin σ_a = σ'_f(2N_f)^b)
and ch. 14 (Coffin–Manson Δε_p/2 = ε'_f(2N_f)^c); Monkman & Grant, Proc. ASTM 56 (1956) 593
(ε̇_s t_r = C_MG).
"""

from __future__ import annotations

from ._base import Relation, Symbol
from .common import STRESS, YOUNGS
from .mechanics import CRACK, GEOMETRY, TOUGHNESS

GROUP = "failure"

# ------------------------------------------------------------------ Griffith
SURFACE_ENERGY = Symbol(
    "gamma_sf",
    "J/m^2",
    "specific surface energy",
    keywords=("specific surface energy", "surface energy", "surface free energy", "γ_s", "γs"),
    aliases=("γ_s", "γs", "γ"),
    plausible=(1e-3, 100),
)
GRIFFITH_CRACK = Symbol(
    "a_g",
    "mm",
    "surface crack length a",
    keywords=(
        "surface crack",
        "crack of length",
        "crack length",
        "length of a surface crack",
        "flaw",
        "crack",
    ),
    aliases=("a",),
    plausible=(1e-9, 1e4),
)
CRITICAL_STRESS = STRESS.with_(
    name="sigma_c",
    label="critical stress for crack propagation",
    keywords=(
        "critical stress",
        "stress for crack propagation",
        "critical stress for crack propagation",
        "σ_c",
    ),
    aliases=("σ_c", "σc"),
)
griffith = Relation(
    "griffith_critical_stress",
    GROUP,
    "Griffith critical stress for brittle fracture",
    "sigma_c = sqrt(2*E_mod*gamma_sf/(pi*a_g))",
    (CRITICAL_STRESS, YOUNGS, SURFACE_ENERGY, GRIFFITH_CRACK),
    description="σ_c = (2Eγ_s/πa)^½, a a surface crack's length (Callister eq. 8.3).",
    keywords=("griffith", "brittle fracture", "crack propagation", "critical stress"),
    # a crack 'of length ℓ' with no kind named may be an internal one (a = ℓ/2): the kind must be said
    requires=(
        ("griffith", "surface energy"),
        ("surface crack", "edge crack", "half length", "half-length", "semi"),
    ),
    # an internal crack is 2a long: which length the question gives is a second reading
    excludes=("internal", "interior", "embedded"),
    unknowns=("sigma_c", "a_g"),
)

TOLERATED_CRACK = CRACK.with_(
    keywords=(
        *CRACK.keywords,
        "critical crack length",
        "maximum crack length",
        "largest crack",
        "length of a surface crack",
        "length",
        "tolerated",
    ),
)
critical_crack = Relation(
    "critical_crack_length",
    GROUP,
    "Critical (largest tolerable) surface crack length",
    "a_c = (K_Ic/(Y_g*sigma))**2/pi",
    (TOLERATED_CRACK, TOUGHNESS, GEOMETRY, STRESS),
    description="a_c = (1/π)(K_Ic/Yσ)², from K_Ic = Yσ√(πa) (Callister eq. 8.7).",
    keywords=("critical crack length", "fracture toughness", "surface crack"),
    requires=(("crack", "flaw"), ("toughness", "k ic", "kic", "k {ic}", "k_ic")),
    excludes=("internal", "interior", "embedded"),
    unknowns=("a_c",),
)

# ------------------------------------------------------------------ fatigue stress cycle
S_MAX = STRESS.with_(
    name="s_max",
    label="maximum stress of the cycle",
    keywords=("maximum stress", "maximum of", "maximum", "max", "σ_max", "σmax"),
    aliases=("σ_max", "σmax", "S_max"),
)
S_MIN = STRESS.with_(
    name="s_min",
    label="minimum stress of the cycle",
    keywords=("minimum stress", "minimum of", "minimum", "min", "σ_min", "σmin"),
    aliases=("σ_min", "σmin", "S_min"),
    plausible=(-1e6, 1e6),
    signed=True,
)
STRESS_RATIO = Symbol(
    "R_s",
    "dimensionless",
    "stress ratio R",
    keywords=("stress ratio", "ratio r", "r ratio", "load ratio"),
    aliases=("R",),
    kind="number",
    plausible=(-1e3, 1e3),
    signed=True,
)
AMPLITUDE = STRESS.with_(
    name="sigma_a",
    label="stress amplitude",
    keywords=(
        "stress amplitude",
        "alternating stress",
        "amplitude",
        "σ_a",
        "σa",
        "at a stress amplitude of",
    ),
    aliases=("σ_a", "σa", "S_a"),
)
MEAN = STRESS.with_(
    name="sigma_mean",
    label="mean stress",
    keywords=("mean stress", "average stress", "σ_m", "σm"),
    aliases=("σ_m", "σm"),
    plausible=(-1e6, 1e6),
    signed=True,
)
RANGE = STRESS.with_(
    name="sigma_range",
    label="stress range",
    keywords=("stress range", "range of stress", "δσ", "Δσ"),
    aliases=("Δσ", "σ_r"),
)
CYCLIC = ("fatigue", "cycle", "cyclic", "cycling", "alternat", "fluctuat")
stress_ratio = Relation(
    "fatigue_stress_ratio",
    GROUP,
    "Fatigue stress ratio",
    "R_s = s_min/s_max",
    (STRESS_RATIO, S_MIN, S_MAX),
    description="R = σ_min/σ_max (Callister eq. 8.17).",
    keywords=("stress ratio", "fatigue"),
    requires=(CYCLIC, ("stress ratio", "ratio r", "r ratio")),
    unknowns=("R_s",),
)
stress_amplitude = Relation(
    "fatigue_stress_amplitude",
    GROUP,
    "Fatigue stress amplitude",
    "sigma_a = (s_max - s_min)/2",
    (AMPLITUDE, S_MAX, S_MIN),
    description="σ_a = (σ_max − σ_min)/2 (Callister eq. 8.16).",
    keywords=("stress amplitude", "fatigue"),
    requires=(CYCLIC, ("amplitude",)),
    unknowns=("sigma_a",),
)
mean_stress = Relation(
    "fatigue_mean_stress",
    GROUP,
    "Fatigue mean stress",
    "sigma_mean = (s_max + s_min)/2",
    (MEAN, S_MAX, S_MIN),
    description="σ_m = (σ_max + σ_min)/2 (Callister eq. 8.14).",
    keywords=("mean stress", "fatigue"),
    requires=(CYCLIC, ("mean stress", "average stress")),
    unknowns=("sigma_mean",),
)
stress_range = Relation(
    "fatigue_stress_range",
    GROUP,
    "Fatigue stress range",
    "sigma_range = s_max - s_min",
    (RANGE, S_MAX, S_MIN),
    description="σ_r = σ_max − σ_min (Callister eq. 8.15).",
    keywords=("stress range", "fatigue"),
    requires=(CYCLIC, ("stress range", "range of stress")),
    unknowns=("sigma_range",),
)

# ------------------------------------------------------------------ fatigue lives
CYCLES = Symbol(
    "N_f",
    "dimensionless",
    "number of cycles to failure",
    keywords=(
        "number of cycles to failure",
        "cycles to failure",
        "number of cycles",
        "fatigue life",
        "cycles",
        "life",
        "n_f",
        "nf",
    ),
    aliases=("N_f", "Nf", "N"),
    kind="number",
    plausible=(0.5, 1e15),
)
FATIGUE_COEFF = STRESS.with_(
    name="sigma_fc",
    label="fatigue strength coefficient σ'_f",
    keywords=("fatigue strength coefficient", "σ'f", "σ' f", "σ_f'", "σf'", "coefficient"),
    aliases=("σ'f", "σ'_f", "σ_f'", "σf'", "sigma_f'"),
)
BASQUIN_B = Symbol(
    "b_q",
    "dimensionless",
    "fatigue strength exponent b",
    keywords=("fatigue strength exponent", "basquin exponent", "exponent", "b"),
    aliases=("b",),
    kind="number",
    plausible=(-1.0, -0.01),
    signed=True,
)
# both exponents are written per reversal, 2N_f: the N_f-only form (σ_a = A N^b) is another law
REVERSALS = ("2nf", "2n f", "2 nf", "2n_f", "2 n_f", "2n", "reversals")
basquin = Relation(
    "basquin",
    GROUP,
    "Basquin's law (high-cycle fatigue)",
    "sigma_a = sigma_fc*(2*N_f)**b_q",
    (AMPLITUDE, FATIGUE_COEFF, CYCLES, BASQUIN_B),
    description="σ_a = σ'_f (2N_f)^b (Dowling ch. 9; 2N_f reversals to failure).",
    keywords=("basquin", "fatigue", "cycles to failure", "fatigue life"),
    requires=(("basquin", "fatigue strength coefficient"), REVERSALS),
    unknowns=("N_f", "sigma_a"),
)
PLASTIC_AMPLITUDE = Symbol(
    "deps_p2",
    "dimensionless",
    "plastic strain amplitude Δε_p/2",
    keywords=("plastic strain amplitude", "strain amplitude", "δε_p/2", "Δε_p/2"),
    aliases=("Δε_p/2", "ε_a"),
    kind="fraction",
    plausible=(1e-7, 1),
)
DUCTILITY_COEFF = Symbol(
    "eps_fc",
    "dimensionless",
    "fatigue ductility coefficient ε'_f",
    keywords=("fatigue ductility coefficient", "ε'f", "ε_f'", "εf'", "ductility coefficient"),
    aliases=("ε'f", "ε'_f", "ε_f'", "εf'"),
    kind="fraction",
    plausible=(1e-4, 10),
)
DUCTILITY_C = Symbol(
    "c_q",
    "dimensionless",
    "fatigue ductility exponent c",
    keywords=("fatigue ductility exponent", "ductility exponent", "exponent", "c"),
    aliases=("c",),
    kind="number",
    plausible=(-1.5, -0.1),
    signed=True,
)
coffin_manson = Relation(
    "coffin_manson",
    GROUP,
    "Coffin–Manson law (low-cycle fatigue)",
    "deps_p2 = eps_fc*(2*N_f)**c_q",
    (PLASTIC_AMPLITUDE, DUCTILITY_COEFF, CYCLES, DUCTILITY_C),
    description="Δε_p/2 = ε'_f (2N_f)^c (Dowling ch. 14).",
    keywords=("coffin manson", "low cycle fatigue", "cycles to failure", "fatigue life"),
    requires=(("coffin",), REVERSALS),
    unknowns=("N_f", "deps_p2"),
)

# ------------------------------------------------------------------ Paris law
PARIS_A = Symbol(
    "A_paris",
    "dimensionless",
    "Paris constant A",
    keywords=("paris constant", "constant a", "a", "c", "constant"),
    aliases=("A", "C"),
    kind="number",
    plausible=(1e-20, 1e-3),
)
PARIS_M = Symbol(
    "m_paris",
    "dimensionless",
    "Paris exponent m",
    keywords=("paris exponent", "exponent m", "m", "exponent"),
    aliases=("m", "n"),
    kind="number",
    plausible=(1.0, 10.0),
)
A_INITIAL = Symbol(
    "a_0",
    "m",
    "initial crack length",
    keywords=("initial crack length", "initial crack", "initial flaw", "initial", "a_0", "a0"),
    aliases=("a_0", "a0", "a_i"),
    plausible=(1e-9, 1.0),
)
A_CRITICAL = A_INITIAL.with_(
    name="a_crit",
    label="critical crack length",
    keywords=("critical crack length", "critical crack", "final crack", "a_c", "ac"),
    aliases=("a_c", "ac", "a_f"),
)
GEOMETRY_Y = Symbol(
    "Y_p",
    "dimensionless",
    "geometry factor Y",
    keywords=("geometry factor", "y"),
    aliases=("Y",),
    kind="number",
    plausible=(0.3, 5.0),
)
STRESS_RANGE_P = RANGE.with_(name="dsig_p")
paris_life = Relation(
    "paris_fatigue_life",
    GROUP,
    "Fatigue life from the Paris crack-growth law",
    "N_f = ((a_crit/m_u)**(1 - m_paris/2) - (a_0/m_u)**(1 - m_paris/2))"
    "/((1 - m_paris/2)*A_paris*pi**(m_paris/2)*(Y_p*dsig_p/MPa_u)**m_paris)",
    (CYCLES, A_INITIAL, A_CRITICAL, PARIS_A, PARIS_M, GEOMETRY_Y, STRESS_RANGE_P),
    fixed=(
        ("m_u", "1 m", "crack lengths in m"),
        ("MPa_u", "1 MPa", "ΔK in MPa·√m, da/dN in m/cycle"),
    ),
    description="N_f = ∫ da / [A(YΔσ√(πa))^m] from a₀ to a_c, m ≠ 2 (Callister eq. 8.29).",
    keywords=("paris", "crack growth", "fatigue life", "cycles to failure"),
    requires=(("paris", "da/dn", "da dn", "crack growth rate", "crack propagation rate"),),
    # A is read for da/dN in m/cycle and ΔK in MPa·√m only
    excludes=("ksi", "psi", "inch", "in/cycle", "mm/cycle", "mpa√mm", "mpa mm"),
    unknowns=("N_f",),
)

# ------------------------------------------------------------------ creep
CREEP_RATE_1 = Symbol(
    "rate_1",
    "1/s",
    "steady-state creep rate 1",
    keywords=("creep rate", "steady state creep rate", "strain rate", "rate"),
    aliases=("ε̇_1", "ε̇1"),
    plausible=(1e-25, 1e3),
)
CREEP_RATE_2 = CREEP_RATE_1.with_(
    name="rate_2", label="steady-state creep rate 2", aliases=("ε̇_2", "ε̇2")
)
CREEP_STRESS_1 = STRESS.with_(
    name="s_1", label="stress 1", keywords=("stress", "at", "under"), aliases=("σ_1", "σ1")
)
CREEP_STRESS_2 = CREEP_STRESS_1.with_(name="s_2", label="stress 2", aliases=("σ_2", "σ2"))
STRESS_EXPONENT = Symbol(
    "n_creep",
    "dimensionless",
    "creep stress exponent n",
    keywords=("stress exponent", "creep exponent", "exponent n", "exponent", "n"),
    aliases=("n",),
    kind="number",
    plausible=(0.5, 20),
)
CREEP = ("creep",)
creep_exponent = Relation(
    "creep_stress_exponent",
    GROUP,
    "Steady-state creep power law at two stresses",
    "rate_2/rate_1 = (s_2/s_1)**n_creep",
    (STRESS_EXPONENT, CREEP_RATE_2, CREEP_RATE_1, CREEP_STRESS_2, CREEP_STRESS_1),
    description="ε̇_s = K₁σⁿ at one temperature, so ε̇₂/ε̇₁ = (σ₂/σ₁)ⁿ (Callister eq. 8.33).",
    keywords=("creep", "stress exponent", "steady state", "creep rate"),
    requires=(CREEP, ("rate",)),
    pairs=(("rate_1", "s_1"), ("rate_2", "s_2")),
    conditions=("temperature",),  # 'at 700 °C' states where both rates hold
    unknowns=("n_creep", "rate_2"),
)
MG_RATE = CREEP_RATE_1.with_(name="rate_mg", label="steady-state creep rate", unit="1/h")
MG_RATE_2 = MG_RATE.with_(name="rate_mg2", label="steady-state creep rate 2")
RUPTURE_1 = Symbol(
    "t_r1",
    "h",
    "rupture time 1",
    keywords=("rupture time", "time to rupture", "rupture life", "ruptures after", "fails after"),
    aliases=("t_r1",),
    plausible=(1e-4, 1e9),
)
RUPTURE_2 = RUPTURE_1.with_(name="t_r2", label="rupture time 2", aliases=("t_r2",))
monkman_grant = Relation(
    "monkman_grant",
    GROUP,
    "Monkman–Grant relation at two creep rates",
    "rate_mg*t_r1 = rate_mg2*t_r2",
    (RUPTURE_2, RUPTURE_1, MG_RATE, MG_RATE_2),
    description="ε̇_s t_r = C_MG, so t_r2 = t_r1 ε̇₁/ε̇₂ (Monkman & Grant 1956).",
    keywords=("monkman grant", "rupture", "creep"),
    requires=(("monkman",),),
    pairs=(("rate_mg", "t_r1"), ("rate_mg2", "t_r2")),
    unknowns=("t_r2",),
)

RELATIONS = (
    griffith,
    critical_crack,
    stress_ratio,
    stress_amplitude,
    mean_stress,
    stress_range,
    basquin,
    coffin_manson,
    paris_life,
    creep_exponent,
    monkman_grant,
)
