"""Failure relations not declared elsewhere: the plane-strain thickness criterion, steady-state creep
elongation, Goodman and Soderberg mean-stress lines, the design stress and largest tolerable surface
crack from K_Ic, Coffin–Manson low-cycle fatigue, Paris-law fatigue life and Monkman–Grant.
(Griffith: griffith_fracture.py; the stress-cycle quantities: fatigue_cycle.py; the creep power law:
creep_laws.py; Basquin: exam.py.)

Sources (each relation's description names its equation): Callister & Rethwisch, *Materials Science
and Engineering: An Introduction* (10th ed.), ch. 8 (σ_c = K_Ic/(Y√(πa)), B ≥ 2.5(K_Ic/σ_y)², the
Paris-law life N_f, steady-state creep ε̇_s); ASTM E399; Dowling, *Mechanical Behavior of Materials* (4th ed.),
ch. 10 (Goodman, Soderberg) and ch. 14 (Coffin–Manson Δε_p/2 = ε'_f(2N_f)^c); Monkman & Grant,
Proc. ASTM 56 (1956) 593 (ε̇_s t_r = C_MG).
"""

from __future__ import annotations

from ._base import Relation, Symbol
from .common import DELTA_L, LENGTH0, NOT_SURFACE_CRACK, PLANE_STRESS, STRESS, YIELD_STRENGTH
from .mechanics import CRACK, GEOMETRY, TOUGHNESS

GROUP = "failure"

# ------------------------------------------------------------------ Griffith

TOLERATED_CRACK = CRACK.with_(
    keywords=(
        *CRACK.keywords,
        "critical crack length",
        "maximum crack length",
        "largest crack",
        "length of a surface crack",
        "length",
        "tolerated",
        # the largest crack a part may hold at a design stress, asked as an allowed size or a depth
        "allowable crack length",
        "maximum allowable crack length",
        "allowable crack size",
        "allowable flaw size",
        "critical crack depth",
        "crack depth",
        "depth",
    ),
)
critical_crack = Relation(
    "critical_crack_length",
    GROUP,
    "Critical (largest tolerable) surface crack length",
    "a_c = (K_Ic/(Y_g*sigma))**2/pi",
    (TOLERATED_CRACK, TOUGHNESS, GEOMETRY, STRESS),
    description="a_c = (1/π)(K_Ic/Yσ)², from K_Ic = Yσ√(πa) (Callister ch. 8).",
    keywords=("critical crack length", "fracture toughness", "surface crack"),
    requires=(("crack", "flaw"), ("toughness", "k ic", "kic", "k {ic}", "k_ic")),
    excludes=(*PLANE_STRESS, *NOT_SURFACE_CRACK),
    unknowns=("a_c",),
)
# designed to a stated fraction of the yield strength: σ = fσ_y
YIELD_FRACTION = Symbol(
    "f_ys",
    "dimensionless",
    "design stress as a fraction of the yield strength",
    keywords=("of its yield strength", "of the yield strength", "of yield"),
    kind="fraction",
    valid=(0, 1),
    plausible=(0, 1),
)
critical_crack_fraction_of_yield = Relation(
    "critical_crack_length_fraction_of_yield",
    GROUP,
    "Largest tolerable surface crack at a design stress that is a fraction of the yield strength",
    "a_c = (K_Ic/(Y_g*f_ys*sigma_ys))**2/pi",
    (TOLERATED_CRACK, TOUGHNESS, GEOMETRY, YIELD_FRACTION, YIELD_STRENGTH),
    description="a_c = (1/π)(K_Ic/(Y f σ_y))² with the design stress σ = f σ_y (Callister ch. 8).",
    keywords=("critical crack length", "fracture toughness", "surface crack", "yield strength"),
    requires=(
        ("crack", "flaw"),
        ("toughness", "k ic", "kic", "k {ic}", "k_ic"),
        ("of its yield strength", "of the yield strength"),
    ),
    excludes=(*PLANE_STRESS, *NOT_SURFACE_CRACK),
    unknowns=("a_c",),
)

# ------------------------------------------------------------------ fatigue stress cycle
RANGE = STRESS.with_(
    name="sigma_range",
    label="stress range",
    keywords=("stress range", "range of stress", "δσ", "Δσ"),
    aliases=("Δσ", "σ_r"),
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
# both exponents are written per reversal, 2N_f: the N_f-only form (σ_a = A N^b) is another law
REVERSALS = ("2nf", "2n f", "2 nf", "2n_f", "2 n_f", "2n", "reversals")
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
    keywords=(
        "initial crack length",
        "initial crack",
        "initial flaw",
        "initial",
        "a_0",
        "a0",
        # an edge or surface crack's length is its depth a (a central crack's would be 2a: not read)
        "edge crack of",
        "surface crack of",
    ),
    aliases=("a_0", "a0", "a_i"),
    plausible=(1e-9, 1.0),
)
A_CRITICAL = A_INITIAL.with_(
    name="a_crit",
    label="critical crack length",
    keywords=(
        "critical crack length",
        "critical crack",
        "final crack",
        "a_c",
        "ac",
        # the length at which the part fails ('failure occurs when the crack reaches 10 mm')
        "crack reaches",
        "when the crack reaches",
    ),
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
    description="N_f = ∫ da / [A(YΔσ√(πa))^m] from a₀ to a_c, m ≠ 2 (Callister ch. 8).",
    keywords=("paris", "crack growth", "fatigue life", "cycles to failure"),
    requires=(
        (
            "paris law",
            "paris equation",
            "paris relation",
            "da/dn",
            "crack growth rate",
            "crack propagation rate",
        ),
        ("crack",),
    ),
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

DESIGN_STRESS = STRESS.with_(
    name="sigma_d",
    label="maximum allowable design stress",
    keywords=(
        "design stress",
        "maximum allowable design stress",
        "allowable design stress",
        "allowable stress",
        "maximum allowable stress",
    ),
    aliases=("σ_d", "σd"),
)
design_stress = Relation(
    "fracture_design_stress",
    GROUP,
    "Design (critical) stress from the fracture toughness and a surface crack",
    "sigma_d = K_Ic/(Y_g*sqrt(pi*a_c))",
    (DESIGN_STRESS, TOUGHNESS, GEOMETRY, CRACK),
    description="σ_c = K_Ic/(Y√(πa)), the largest stress a part with a crack of length a carries (Callister ch. 8).",
    keywords=("design stress", "allowable", "fracture toughness", "crack"),
    requires=(
        ("crack", "flaw"),
        ("toughness", "k ic", "kic", "k {ic}", "k_ic"),
        ("design", "allowable"),
    ),
    excludes=(
        *PLANE_STRESS,
        "internal",
        "interior",
        "embedded",
        "center crack",
        "centre crack",
        "central crack",
        "safety factor",
        "factor of safety",
    ),
    unknowns=("sigma_d",),
)

# ------------------------------------------------------------------ mean-stress corrections
ENDURANCE = STRESS.with_(
    name="sigma_end",
    label="fatigue (endurance) limit",
    keywords=("endurance limit", "fatigue limit", "fatigue strength"),
    aliases=("σ_e", "σe", "S_e"),
)
MEAN_S = STRESS.with_(
    name="sigma_mn",
    label="mean stress",
    keywords=("mean stress", "σ_m", "σm"),
    aliases=("σ_m", "σm", "S_m"),
)
UTS = STRESS.with_(
    name="sigma_uts",
    label="tensile strength",
    keywords=("tensile strength", "ultimate tensile strength", "uts"),
    aliases=("σ_TS", "σ_u", "S_u", "UTS", "TS"),
)
YIELD_S = YIELD_STRENGTH.with_(
    keywords=("yield strength", "yield stress"), aliases=("σ_y", "σy", "S_y")
)
ALLOWED_AMPLITUDE = STRESS.with_(
    name="sigma_aa",
    label="allowable stress amplitude",
    keywords=(
        "allowable stress amplitude",
        "stress amplitude",
        "alternating stress",
        "allowable alternating stress",
        "amplitude",
    ),
    aliases=("σ_a", "σa", "S_a"),
)
goodman = Relation(
    "goodman_mean_stress",
    GROUP,
    "Goodman relation: allowable stress amplitude at a mean stress",
    "sigma_aa = sigma_end*(1 - sigma_mn/sigma_uts)",
    (ALLOWED_AMPLITUDE, ENDURANCE, MEAN_S, UTS),
    description="σ_a = σ_e(1 − σ_m/σ_TS), the modified Goodman line (Dowling ch. 10).",
    keywords=("goodman", "mean stress", "stress amplitude", "fatigue"),
    requires=(("goodman",),),
    unknowns=("sigma_aa",),
)
soderberg = Relation(
    "soderberg_mean_stress",
    GROUP,
    "Soderberg relation: allowable stress amplitude at a mean stress",
    "sigma_aa = sigma_end*(1 - sigma_mn/sigma_ys)",
    (ALLOWED_AMPLITUDE, ENDURANCE, MEAN_S, YIELD_S),
    description="σ_a = σ_e(1 − σ_m/σ_y), the Soderberg line (Dowling ch. 10).",
    keywords=("soderberg", "mean stress", "stress amplitude", "fatigue"),
    requires=(("soderberg",),),
    unknowns=("sigma_aa",),
)

# ------------------------------------------------------------------ creep elongation at a steady rate
CREEP_RATE_H = Symbol(
    "rate_ss",
    "1/h",
    "steady-state creep rate",
    keywords=("steady state creep rate", "creep rate", "strain rate", "rate"),
    aliases=("ε̇", "ε̇_s"),
    plausible=(1e-20, 1e3),
)
CREEP_TIME = Symbol(
    "t_creep",
    "h",
    "time under load",
    keywords=("after", "for", "time", "in"),
    aliases=("t",),
    plausible=(1e-6, 1e9),
)
creep_elongation = Relation(
    "creep_elongation_steady_state",
    GROUP,
    "Elongation from steady-state creep over a time",
    "dL = L0*rate_ss*t_creep",
    (DELTA_L, LENGTH0, CREEP_RATE_H, CREEP_TIME),
    description="ΔL = l₀ ε̇_s t when steady-state creep dominates (Callister ch. 8, creep).",
    keywords=("creep", "steady state", "elongation"),
    requires=(("creep",), ("steady state", "steady-state", "secondary")),
    excludes=("primary creep", "instantaneous", "initial strain", "elastic strain"),
    unknowns=("dL",),
)

# ------------------------------------------------------------------ plane-strain thickness criterion
MIN_THICKNESS = Symbol(
    "B_ps",
    "mm",
    "minimum thickness for plane strain",
    keywords=("minimum thickness", "thickness", "thick", "minimum specimen thickness"),
    aliases=("B",),
    plausible=(1e-6, 1e5),
)
plane_strain_thickness = Relation(
    "plane_strain_minimum_thickness",
    GROUP,
    "Minimum thickness for plane-strain fracture toughness",
    "B_ps = 2.5*(K_Ic/sigma_ys)**2",
    (MIN_THICKNESS, TOUGHNESS, YIELD_S),
    description="B ≥ 2.5(K_Ic/σ_y)² for a valid plane-strain K_Ic (Callister ch. 8; ASTM E399).",
    keywords=("plane strain", "minimum thickness", "fracture toughness"),
    requires=(("plane strain",), ("thickness", "thick")),
    unknowns=("B_ps",),
)

RELATIONS = (
    plane_strain_thickness,
    creep_elongation,
    goodman,
    soderberg,
    design_stress,
    critical_crack,
    critical_crack_fraction_of_yield,
    coffin_manson,
    paris_life,
    monkman_grant,
)
