"""Introductory-course relations, second batch: fatigue stress cycles, Hall–Petch and Avrami from two
measurements, fiber composites, porosity, magnetic saturation, the Hall effect, intrinsic
semiconductors at two temperatures, galvanic cells, design stress and de Broglie waves.

Sources (each relation's description names its equation):
Callister & Rethwisch, *Materials Science and Engineering: An Introduction* (10th ed.) — ch. 5
(x²/Dt constant for one concentration), ch. 6 (%RA, design and safe stresses), ch. 7 (Hall–Petch,
eq. 7.7), ch. 8 (fatigue: mean stress, range, amplitude, stress ratio, eqs. 8.14–8.17), ch. 10
(Avrami, eq. 10.17), ch. 12 (porosity), ch. 16 (critical fiber length, eq. 16.3), ch. 17 (standard
cell potential, eq. 17.18), ch. 18 (Hall effect, eqs. 18.20–18.21; intrinsic conductivity,
eq. 18.36), ch. 20 (saturation magnetization, eq. 20.13; B = μ₀μ_rH, M = χH); Serway & Jewett,
*Physics for Scientists and Engineers* (de Broglie wavelength).
"""

from __future__ import annotations

from ._base import Relation, Symbol, chain
from .common import ALPHA as ALPHA_EXP
from .common import (
    AREA,
    BCC,
    DENSITY,
    DIAMETER,
    FCC,
    HCP,
    LATTICE_A,
    LENGTH0,
    MOLAR_MASS,
    NOT_SURFACE_CRACK,
    SC,
    STRAIN,
    STRESS,
    TEMPERATURE,
    YOUNGS,
)
from .crystals import VOLUME_CELL
from .diffusion import D as DIFFUSIVITY
from .electrical import CARRIERS, CONDUCTIVITY, MOBILITY
from .mechanics import FORCE, POISSON, engineering_stress, hooke
from .plasticity import ENG_STRESS, FLOW_WORDS, HARDENING_EXP, LM_CONSTANT, RUPTURE_TIME
from .plasticity import STRENGTH_COEFF as STRENGTH_K
from .syllabus import COMPOSITE_WORDS, DH, DS, V_FIBER
from .thermal import HEAT, MASS, SPECIFIC_HEAT

GROUP = "course"

# ------------------------------------------------------------------ fatigue: one stress cycle
S_MAX = STRESS.with_(
    name="s_max",
    label="maximum stress",
    keywords=("maximum stress", "max stress", "σ_max", "σmax", "maximum", "max"),
    aliases=("σ_max", "σmax", "sigma_max", "s_max"),
    signed=True,
    plausible=(-1e5, 1e5),
)
S_MIN = STRESS.with_(
    name="s_min",
    label="minimum stress",
    keywords=("minimum stress", "min stress", "σ_min", "σmin", "minimum", "min"),
    aliases=("σ_min", "σmin", "sigma_min", "s_min"),
    signed=True,
    plausible=(-1e5, 1e5),
)
S_AMPLITUDE = STRESS.with_(
    name="s_amp",
    label="stress amplitude",
    keywords=("stress amplitude", "amplitude", "alternating stress", "σ_a", "σa"),
    aliases=("σ_a", "σa", "sigma_a"),
)
S_MEAN = STRESS.with_(
    name="s_mean",
    label="mean stress",
    keywords=("mean stress", "mean", "average stress", "σ_m", "σm"),
    aliases=("σ_m", "σm", "sigma_m"),
    signed=True,
    plausible=(-1e5, 1e5),
)
S_RANGE = STRESS.with_(
    name="s_range",
    label="range of stress",
    keywords=("stress range", "range of stress", "range", "σ_r", "σr"),
    aliases=("σ_r", "σr", "sigma_r"),
)
S_RATIO = Symbol(
    "R_s",
    "dimensionless",
    "stress ratio",
    keywords=("stress ratio", "ratio", "r ratio", "r value"),
    aliases=("R",),
    kind="number",
    plausible=(-1e3, 1e3),
    signed=True,
)
FATIGUE_WORDS = (
    "fatigue",
    "cyclic",
    "cycle",
    "cycled",
    "alternating",
    "fluctuating",
    "stress amplitude",
    "mean stress",
    "stress range",
    "range of stress",
    "stress ratio",
)
FATIGUE_EXTREMES = (("maximum",), ("minimum",))


def _cycle(name: str, title: str, equation: str, out: Symbol, description: str) -> Relation:
    return Relation(
        name,
        GROUP,
        title,
        equation,
        (out, S_MAX, S_MIN),
        description=description,
        keywords=(*FATIGUE_WORDS, *out.keywords),
        requires=(FATIGUE_WORDS, *FATIGUE_EXTREMES),
        unknowns=(out.name,),
    )


fatigue_amplitude = _cycle(
    "fatigue_stress_amplitude",
    "Stress amplitude of a cycle",
    "s_amp = (s_max - s_min)/2",
    S_AMPLITUDE,
    "σ_a = (σ_max − σ_min)/2 (Callister eq. 8.16).",
)
fatigue_mean = _cycle(
    "fatigue_mean_stress",
    "Mean stress of a cycle",
    "s_mean = (s_max + s_min)/2",
    S_MEAN,
    "σ_m = (σ_max + σ_min)/2 (Callister eq. 8.14).",
)
fatigue_range = _cycle(
    "fatigue_stress_range",
    "Range of stress of a cycle",
    "s_range = s_max - s_min",
    S_RANGE,
    "σ_r = σ_max − σ_min (Callister eq. 8.15).",
)
fatigue_ratio = _cycle(
    "fatigue_stress_ratio",
    "Stress ratio of a cycle",
    "R_s = s_min/s_max",
    S_RATIO,
    "R = σ_min/σ_max (Callister eq. 8.17).",
)

# ------------------------------------------------------------------ Hall–Petch from two measurements
GRAIN_WORDS = ("grain diameter", "grain size", "grain")
YIELD_WORDS = ("yield", "yield point", "yield strength", "yield stress")


def _yield(name: str, label: str) -> Symbol:
    return STRESS.with_(
        name=name,
        label=label,
        keywords=("yield point", "yield strength", "yield stress", "yield", "strength"),
        aliases=(),
    )


def _grain(name: str, label: str) -> Symbol:
    return DIAMETER.with_(
        name=name,
        label=label,
        keywords=("grain diameter", "grain size", "average grain diameter", "diameter", "grain"),
        aliases=(),
        plausible=(1e-7, 100),
    )


SY1, SY2, SY3 = (_yield(f"sy_{i}", f"yield strength {i}") for i in (1, 2, 3))
DG1, DG2, DG3 = (_grain(f"dg_{i}", f"grain diameter {i}") for i in (1, 2, 3))
SY3 = SY3.with_(label="yield strength")
DG3 = DG3.with_(label="grain diameter")
FRICTION = STRESS.with_(
    name="sigma_0hp",
    label="friction stress σ₀",
    keywords=("σ0", "σ_0", "sigma_0", "friction stress", "lattice friction", "constant σ0"),
    aliases=("σ0", "σ_0", "sigma_0"),
)
K_HP = Symbol(
    "k_hp",
    "MPa*m^0.5",
    "Hall–Petch coefficient k_y",
    keywords=("k_y", "ky", "hall petch coefficient", "hall petch constant", "constant k", "k"),
    aliases=("k_y", "ky", "k"),
    plausible=(1e-6, 1e3),
)
HP_REQUIRES = (GRAIN_WORDS, YIELD_WORDS)
hall_petch_two_points = Relation(
    "hall_petch_two_points",
    GROUP,
    "Hall–Petch relation through two measurements",
    "(sy_3 - sy_1)*(dg_2**(-1/2) - dg_1**(-1/2)) = (sy_2 - sy_1)*(dg_3**(-1/2) - dg_1**(-1/2))",
    (SY3, DG3, SY1, DG1, SY2, DG2),
    description="σ_y = σ₀ + k_y d^(−1/2) (Callister eq. 7.7) through two (d, σ_y) measurements, read at a "
    "third grain diameter or yield strength.",
    keywords=(*GRAIN_WORDS, *YIELD_WORDS, "hall petch"),
    requires=HP_REQUIRES,
    pairs=(("sy_1", "dg_1"), ("sy_2", "dg_2")),
    unknowns=("sy_3", "dg_3"),
)
hall_petch_slope = Relation(
    "hall_petch_slope_two_points",
    GROUP,
    "Hall–Petch coefficient from two measurements",
    "k_hp = (sy_2 - sy_1)/(dg_2**(-1/2) - dg_1**(-1/2))",
    (K_HP, SY1, DG1, SY2, DG2),
    description="k_y = (σ₂ − σ₁)/(d₂^(−1/2) − d₁^(−1/2)) from σ_y = σ₀ + k_y d^(−1/2).",
    keywords=(*GRAIN_WORDS, *YIELD_WORDS, "hall petch"),
    requires=HP_REQUIRES,
    pairs=(("sy_1", "dg_1"), ("sy_2", "dg_2")),
    unknowns=("k_hp",),
)
hall_petch_intercept = Relation(
    "hall_petch_intercept_two_points",
    GROUP,
    "Hall–Petch friction stress from two measurements",
    "sigma_0hp = sy_1 - (sy_2 - sy_1)/(dg_2**(-1/2) - dg_1**(-1/2))*dg_1**(-1/2)",
    (FRICTION, SY1, DG1, SY2, DG2),
    description="σ₀ = σ₁ − k_y d₁^(−1/2), k_y from the two measurements.",
    keywords=(*GRAIN_WORDS, *YIELD_WORDS, "hall petch"),
    requires=HP_REQUIRES,
    pairs=(("sy_1", "dg_1"), ("sy_2", "dg_2")),
    unknowns=("sigma_0hp",),
)


# ------------------------------------------------------------------ Avrami from two measurements
def _fraction_transformed(name: str, label: str) -> Symbol:
    return Symbol(
        name,
        "dimensionless",
        label,
        keywords=(
            "fraction transformed",
            "fraction",
            "transformed",
            "complete",
            "completion",
            "recrystallization",
            "recrystallized",
            "transformation",
        ),
        kind="fraction",
        valid=(0, 1),
        plausible=(0, 1),
    )


def _avrami_time(name: str, label: str) -> Symbol:
    return Symbol(
        name,
        "s",
        label,
        keywords=("time", "takes", "take", "how long", "required", "after", "min", "s"),
        plausible=(1e-9, 1e12),
    )


Y_1 = _fraction_transformed("y_1", "fraction transformed 1")
Y_2 = _fraction_transformed("y_2", "fraction transformed")
TA_1 = _avrami_time("ta_1", "time 1")
TA_2 = _avrami_time("ta_2", "time")
N_AVRAMI = Symbol(
    "n_av",
    "dimensionless",
    "Avrami exponent n",
    keywords=("n", "exponent", "avrami exponent", "time exponent"),
    aliases=("n",),
    kind="number",
    plausible=(0.3, 6),
)
avrami_two_points = Relation(
    "avrami_two_points",
    GROUP,
    "Avrami kinetics through one measured point",
    "log(1 - y_2)/log(1 - y_1) = (ta_2/ta_1)**n_av",
    (Y_2, TA_2, Y_1, TA_1, N_AVRAMI),
    description="y = 1 − exp(−k tⁿ) (Callister eq. 10.17); k eliminated with one measured (t, y): "
    "ln(1 − y₂)/ln(1 − y₁) = (t₂/t₁)ⁿ.",
    keywords=("avrami", "transformation", "recrystallization", "fraction transformed"),
    requires=(("avrami",),),
    pairs=(("y_1", "ta_1"),),
    unknowns=("y_2", "ta_2"),
)

# ------------------------------------------------------------------ diffusion at one temperature
X_1 = LENGTH0.with_(
    name="xd_1",
    label="depth 1",
    keywords=("from the surface", "depth", "position", "point", "beneath the surface", "below"),
    aliases=(),
)
X_2 = X_1.with_(name="xd_2", label="depth")
TD_1 = Symbol(
    "td_1",
    "h",
    "diffusion time 1",
    keywords=("time", "heat treatment", "duration", "hour", "h"),
    plausible=(1e-9, 1e9),
)
TD_2 = TD_1.with_(name="td_2", label="diffusion time")
same_concentration_depths = Relation(
    "diffusion_same_concentration_depths",
    GROUP,
    "Same concentration at two depths (one temperature)",
    "xd_1**2/td_1 = xd_2**2/td_2",
    (TD_2, X_2, X_1, TD_1),
    description="At one temperature (one D), Fick's second law gives a fixed concentration where "
    "x/√(Dt) is fixed: x₁²/t₁ = x₂²/t₂ (Callister problem 5.D).",
    keywords=("diffusion", "carburizing", "carburized", "concentration", "same", "depth"),
    requires=(
        ("diffus", "carburiz", "carburizing", "nitrid", "concentration"),
        ("same", "identical", "equal"),
    ),
    excludes=("°c and", "different temperature", "another temperature"),
    pairs=(("xd_1", "td_1"),),
    unknowns=("td_2", "xd_2"),
    conditions=("temperature", "composition"),
)

# ------------------------------------------------------------------ composites and ceramics
FIBER_STRENGTH = STRESS.with_(
    name="sigma_fib",
    label="fiber tensile strength",
    keywords=("fiber strength", "tensile strength", "fiber tensile strength", "strength"),
    aliases=("σ_f", "σf", "σ*_f"),
)
BOND_STRENGTH = STRESS.with_(
    name="tau_c",
    label="fiber–matrix bond strength",
    keywords=(
        "bond strength",
        "fiber matrix bond strength",
        "interfacial",
        "shear yield strength of the matrix",
        "matrix shear",
        "τ_c",
        "τc",
    ),
    aliases=("τ_c", "τc", "tau_c"),
)
FIBER_DIAMETER = DIAMETER.with_(
    name="d_fib",
    label="fiber diameter",
    keywords=("fiber diameter", "diameter"),
    aliases=("d",),
)
CRITICAL_LENGTH = LENGTH0.with_(
    name="l_crit",
    label="critical fiber length",
    keywords=("critical fiber length", "critical length", "l_c", "lc"),
    aliases=("l_c", "lc"),
)
critical_fiber_length = Relation(
    "critical_fiber_length",
    GROUP,
    "Critical fiber length",
    "l_crit = sigma_fib*d_fib/(2*tau_c)",
    (CRITICAL_LENGTH, FIBER_STRENGTH, FIBER_DIAMETER, BOND_STRENGTH),
    description="l_c = σ*_f d/(2τ_c) (Callister eq. 16.3).",
    keywords=("critical fiber length", "critical length", "fiber", "bond strength"),
    requires=(("fiber", "fibre"), ("bond", "interfac", "shear")),
)

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
    keywords=("porosity", "volume fraction porosity", "fraction porosity", "pores", "pore"),
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

# ------------------------------------------------------------------ design stress
SAFETY = Symbol(
    "N_sf",
    "dimensionless",
    "factor of safety",
    keywords=("factor of safety", "safety factor", "design factor"),
    aliases=("N",),
    kind="number",
    plausible=(1.0, 20.0),
)
YIELD_STRENGTH = STRESS.with_(
    name="sigma_ys",
    label="yield strength",
    keywords=("yield strength", "yield stress", "yield point", "yield"),
    aliases=("σ_y", "σy"),
)
WORKING = STRESS.with_(
    name="sigma_w",
    label="working (design) stress",
    keywords=(
        "working stress",
        "design stress",
        "safe stress",
        "allowable stress",
        "maximum allowable stress",
        "σ_w",
    ),
    aliases=("σ_w", "σw"),
)
safe_stress = Relation(
    "working_stress",
    GROUP,
    "Working stress with a factor of safety",
    "sigma_w = sigma_ys/N_sf",
    (WORKING, YIELD_STRENGTH, SAFETY),
    description="σ_w = σ_y/N (Callister eq. 6.24).",
    keywords=("safety", "working stress", "design stress", "allowable"),
    requires=(("factor of safety", "safety factor", "design factor"),),
)

# ------------------------------------------------------------------ ductility: reduction in area
D_FINAL = DIAMETER.with_(
    name="d_f",
    label="final diameter",
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

# ------------------------------------------------------------------ magnetism
BOHR_PER_ATOM = Symbol(
    "n_B",
    "dimensionless",
    "Bohr magnetons per atom",
    keywords=("bohr magneton", "bohr magnetons", "magnetons", "net magnetic moment"),
    kind="number",
    plausible=(1e-3, 20),
)
SATURATION = Symbol(
    "M_s",
    "A/m",
    "saturation magnetization",
    keywords=("saturation magnetization", "saturation magnetisation", "m_s", "ms"),
    aliases=("M_s", "Ms"),
    plausible=(1e-3, 1e8),
)
saturation_magnetization = Relation(
    "saturation_magnetization",
    GROUP,
    "Saturation magnetization from Bohr magnetons per atom",
    "M_s = n_B*mu_B*rho*N_A/M",
    (SATURATION, BOHR_PER_ATOM, DENSITY, MOLAR_MASS),
    description="M_s = n_B μ_B N with N = ρN_A/A atoms per volume (Callister eq. 20.13 and example 20.1).",
    keywords=("saturation magnetization", "bohr magneton", "magnetic"),
    requires=(("bohr magneton", "bohr magnetons", "magnetons"), ("saturation",)),
)
REL_PERMEABILITY = Symbol(
    "mu_r",
    "dimensionless",
    "relative permeability",
    keywords=("relative permeability", "μ_r", "μr"),
    aliases=("μ_r", "μr", "mu_r"),
    kind="number",
    plausible=(1e-6, 1e7),
)
FIELD_H = Symbol(
    "H_f",
    "A/m",
    "magnetic field strength",
    keywords=("magnetic field", "field strength", "applied field", "field of", "h"),
    aliases=("H",),
    plausible=(1e-9, 1e10),
)
INDUCTION = Symbol(
    "B_ind",
    "T",
    "magnetic flux density",
    keywords=("flux density", "magnetic induction", "induction", "b"),
    aliases=("B",),
    plausible=(1e-12, 100),
)
MAGNETIZATION = Symbol(
    "M_z",
    "A/m",
    "magnetization",
    keywords=("magnetization", "magnetisation", "m"),
    aliases=("M",),
    plausible=(1e-9, 1e8),
)
MAGNETIC = (("relative permeability", "μ_r", "μr"),)
flux_density_permeability = Relation(
    "flux_density_permeability",
    GROUP,
    "Flux density from the relative permeability",
    "B_ind = mu_0*mu_r*H_f",
    (INDUCTION, REL_PERMEABILITY, FIELD_H),
    description="B = μ₀μ_r H (Callister eqs. 20.2–20.4).",
    keywords=("flux density", "induction", "permeability", "magnetic field"),
    requires=MAGNETIC,
)
magnetization_permeability = Relation(
    "magnetization_permeability",
    GROUP,
    "Magnetization from the relative permeability",
    "M_z = (mu_r - 1)*H_f",
    (MAGNETIZATION, REL_PERMEABILITY, FIELD_H),
    description="M = χ_m H with χ_m = μ_r − 1 (Callister eqs. 20.6–20.7).",
    keywords=("magnetization", "permeability", "magnetic field"),
    requires=MAGNETIC,
)

# ------------------------------------------------------------------ semiconductors
HALL = Symbol(
    "R_H",
    "m^3/C",
    "Hall coefficient",
    keywords=("hall coefficient", "r_h", "rh"),
    aliases=("R_H", "RH"),
    plausible=(-1e6, 1e6),
    signed=True,
)
hall_concentration = Relation(
    "hall_coefficient_concentration",
    GROUP,
    "Carrier concentration from the Hall coefficient",
    "Abs(R_H) = 1/(n_c*e)",
    (CARRIERS, HALL),
    description="|R_H| = 1/(n|e|) (Callister eq. 18.21); the sign only tells the carrier type.",
    keywords=("hall",),
    requires=(("hall",),),
)
hall_mobility = Relation(
    "hall_mobility",
    GROUP,
    "Mobility from the Hall coefficient and the conductivity",
    "mu = Abs(R_H)*sigma_e",
    (MOBILITY, HALL, CONDUCTIVITY),
    description="μ = |R_H| σ (Callister eq. 18.22).",
    keywords=("hall", "mobility"),
    requires=(("hall",),),
)
SIG_1 = CONDUCTIVITY.with_(name="sig_1", label="conductivity 1", aliases=())
SIG_2 = CONDUCTIVITY.with_(name="sig_2", label="electrical conductivity", aliases=())
GAP = Symbol(
    "E_gap",
    "eV",
    "band gap energy",
    keywords=("band gap", "energy gap", "gap energy", "e_g", "eg", "gap"),
    aliases=("E_g", "Eg"),
    plausible=(1e-3, 15),
    molar_ok=True,
)
TEMP_1 = Symbol(
    "Ts_1",
    "K",
    "temperature 1",
    keywords=("temperature", "at", "room temperature"),
    kind="temperature",
    plausible=(0.001, 1e5),
    valid=(0, None),
)
TEMP_2 = TEMP_1.with_(name="Ts_2", label="temperature")
intrinsic_two_temperatures = Relation(
    "intrinsic_conductivity_two_temperatures",
    GROUP,
    "Intrinsic conductivity at two temperatures",
    "log(sig_2/sig_1) = -E_gap/(2*k_B)*(1/Ts_2 - 1/Ts_1)",
    (SIG_2, TEMP_2, SIG_1, TEMP_1, GAP),
    description="ln σ ≈ C − E_g/(2kT) for an intrinsic semiconductor (Callister eq. 18.36, the T^(3/2) "
    "and mobility changes neglected).",
    keywords=("intrinsic", "semiconductor", "conductivity", "band gap"),
    requires=(("intrinsic",), ("conductivity",)),
    pairs=(("sig_1", "Ts_1"), ("sig_2", "Ts_2")),
)

# ------------------------------------------------------------------ galvanic cell
E_HALF_1 = Symbol(
    "E_h1",
    "V",
    "half-cell potential",
    keywords=("standard potential", "electrode potential", "reduction potential", "potential"),
    signed=True,
    plausible=(-6, 6),
)
E_HALF_2 = E_HALF_1.with_(name="E_h2", label="other half-cell potential")
CELL = Symbol(
    "V_cell",
    "V",
    "cell potential",
    keywords=("cell potential", "standard cell potential", "cell voltage", "emf", "voltage"),
    plausible=(0, 12),
)
standard_cell_potential = Relation(
    "standard_cell_potential",
    GROUP,
    "Standard potential of a galvanic cell",
    "V_cell = Abs(E_h1 - E_h2)",
    (CELL, E_HALF_1, E_HALF_2),
    description="ΔV° = V°₂ − V°₁, the more positive electrode the cathode (Callister eq. 17.18).",
    keywords=("cell", "galvanic", "electrochemical", "potential"),
    requires=(("cell", "galvanic", "couple"), ("standard",)),
    excludes=("concentration", " m ", "molar", "nernst"),
    unknowns=("V_cell",),
    conditions=("temperature",),
)

# ------------------------------------------------------------------ de Broglie waves
DB_LAMBDA = Symbol(
    "lam_db",
    "nm",
    "de Broglie wavelength",
    keywords=("de broglie wavelength", "wavelength", "λ"),
    aliases=("λ",),
    plausible=(1e-9, 1e9),
)
SPEED = Symbol(
    "v_p",
    "m/s",
    "speed",
    keywords=("speed", "velocity", "moving at", "travelling at", "traveling at", "v"),
    aliases=("v",),
    plausible=(1e-9, 2.99e8),
)
KINETIC = Symbol(
    "E_k",
    "eV",
    "kinetic energy",
    keywords=("kinetic energy", "energy"),
    aliases=("E_k", "K", "KE"),
    plausible=(1e-12, 1e6),
)


# the formulas are non-relativistic: kinetic energies and speeds where the error stays under ~1.5 %
_NONRELATIVISTIC_EV = {"m_e": 3e4, "m_p": 5e7, "m_n": 5e7}


def _de_broglie(particle: str, mass: str) -> tuple[Relation, Relation]:
    speed = SPEED.with_(plausible=(1e-9, 3.0e7))
    kinetic = KINETIC.with_(plausible=(1e-9, _NONRELATIVISTIC_EV[mass]))
    common = {
        "keywords": ("de broglie", "wavelength", particle),
        "requires": (("de broglie",), (particle,)),
        "excludes": ("relativistic",),
    }
    by_speed = Relation(
        f"de_broglie_{particle}_speed",
        "photons",
        f"de Broglie wavelength of a{'n' if particle[0] in 'aeiou' else ''} {particle} from its speed",
        f"lam_db = h/({mass}*v_p)",
        (DB_LAMBDA, speed),
        description=f"λ = h/(m v), m the {particle} mass (non-relativistic).",
        **common,
    )
    by_energy = Relation(
        f"de_broglie_{particle}_energy",
        "photons",
        f"de Broglie wavelength of a{'n' if particle[0] in 'aeiou' else ''} {particle} from its kinetic energy",
        f"lam_db = h/sqrt(2*{mass}*E_k)",
        (DB_LAMBDA, kinetic),
        description=f"λ = h/√(2 m E_k), m the {particle} mass (non-relativistic).",
        **common,
    )
    return by_speed, by_energy


# ------------------------------------------------------------------ cubic cell volume
cell_volume_cubic = Relation(
    "cell_volume_cubic",
    GROUP,
    "Volume of a cubic unit cell",
    "V_c = a**3",
    (VOLUME_CELL, LATTICE_A),
    description="V_C = a³ for a cubic unit cell (Callister §3.4).",
    keywords=("unit cell", "cell volume", "volume", "cubic"),
    requires=((*FCC, *BCC, *SC, "cubic"), ("volume",)),
    excludes=(*HCP, "hexagonal", "tetragonal", "orthorhombic"),
)

# ------------------------------------------------------------------ composites: density
RHO_COMPOSITE = DENSITY.with_(
    name="rho_cmp",
    label="composite density",
    keywords=("density of the composite", "composite density", "density"),
    aliases=("ρ_c", "ρc"),
)
RHO_MATRIX = DENSITY.with_(
    name="rho_mat",
    label="matrix density",
    keywords=("matrix", "resin", "epoxy", "polyester", "nylon", "aluminum", "metal matrix"),
    aliases=("ρ_m", "ρm"),
)
RHO_FIBER = DENSITY.with_(
    name="rho_fib",
    label="fiber density",
    keywords=("fiber", "fibre", "fibers", "glass", "carbon", "aramid", "particles"),
    aliases=("ρ_f", "ρf"),
)
composite_density = Relation(
    "composite_density",
    GROUP,
    "Composite density (rule of mixtures)",
    "rho_cmp = rho_mat*(1 - V_f/100) + rho_fib*V_f/100",
    (RHO_COMPOSITE, RHO_MATRIX, RHO_FIBER, V_FIBER),
    description="ρ_c = ρ_m V_m + ρ_f V_f (Callister eq. 16.1 applied to density).",
    keywords=("composite", "density", "rule of mixtures"),
    requires=(COMPOSITE_WORDS, ("density",)),
    unknowns=("rho_cmp",),
)

# ------------------------------------------------------------------ lateral contraction under a load
DELTA_D = DIAMETER.with_(
    name="dd",
    label="change in diameter",
    keywords=(
        "reduction in diameter",
        "change in diameter",
        "decrease in diameter",
        "increase in diameter",
        "diameter change",
        "diameter decrease",
        "diameter reduction",
        "contraction in diameter",
    ),
    aliases=("Δd",),
    plausible=(1e-9, 1e3),
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

# ------------------------------------------------------------------ cross sections
SIDE = LENGTH0.with_(
    name="s_side",
    label="side of the square section",
    keywords=("on a side", "on each side", "side", "square"),
    aliases=(),
)
WIDTH = LENGTH0.with_(
    name="w_sec",
    label="width of the section",
    keywords=("rectangular", "cross section", "width", "wide", "×"),
    aliases=(),
)
THICK = LENGTH0.with_(
    name="t_sec",
    label="thickness of the section",
    keywords=("rectangular", "cross section", "thickness", "thick", "×", "by"),
    aliases=(),
)
area_square = Relation(
    "area_square_section",
    GROUP,
    "Area of a square cross section",
    "A0 = s_side**2",
    (AREA, SIDE),
    description="A₀ = s² for a square cross section.",
    keywords=("square", "cross section"),
    requires=(("square",), ("cross section", "section", "bar", "specimen")),
    unknowns=("A0",),
)
area_rectangle = Relation(
    "area_rectangular_section",
    GROUP,
    "Area of a rectangular cross section",
    "A0 = w_sec*t_sec",
    (AREA, WIDTH, THICK),
    description="A₀ = w·t for a rectangular cross section.",
    keywords=("rectangular", "cross section"),
    requires=(("rectangular", "rectangle"),),
    unknowns=("A0",),
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

# ------------------------------------------------------------------ strain from two lengths
L_FINAL = LENGTH0.with_(
    name="L_f",
    label="final length",
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
TRUE_STRAIN = Symbol(
    "eps_T",
    "dimensionless",
    "true strain",
    keywords=("true strain", "ε_t", "εt", "natural strain", "logarithmic strain"),
    aliases=("ε_T", "εT"),
    kind="fraction",
    plausible=(-10, 10),
    signed=True,
)
ENG_STRAIN = Symbol(
    "eps",
    "dimensionless",
    "engineering strain",
    keywords=("engineering strain", "nominal strain", "strain"),
    aliases=("ε", "e"),
    kind="fraction",
    plausible=(-10, 10),
    signed=True,
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

# ------------------------------------------------------------------ gas solubility (Sieverts)
SOL_1 = Symbol(
    "S_g1",
    "dimensionless",
    "solubility 1",
    keywords=("solubility", "dissolved", "content", "concentration"),
    kind="number",
    plausible=(0, 1e30),
)
SOL_2 = SOL_1.with_(name="S_g2", label="solubility")
P_GAS1 = Symbol(
    "p_g1",
    "atm",
    "gas pressure 1",
    keywords=("pressure", "partial pressure", "atm"),
    plausible=(1e-30, 1e6),
)
P_GAS2 = P_GAS1.with_(name="p_g2", label="gas pressure")
sieverts = Relation(
    "sieverts_law",
    GROUP,
    "Sieverts' law at two pressures",
    "S_g2/S_g1 = sqrt(p_g2/p_g1)",
    (SOL_2, P_GAS2, SOL_1, P_GAS1),
    description="[X] = k√p_X2 for a diatomic gas dissolving as atoms (Sieverts' law): the same metal and "
    "temperature at two pressures.",
    keywords=("sieverts", "solubility", "hydrogen", "nitrogen", "dissolved"),
    requires=(("sieverts", "sievert"),),
    pairs=(("S_g1", "p_g1"), ("S_g2", "p_g2")),
    unknowns=("S_g2", "p_g2"),
    conditions=("temperature",),
)

# ------------------------------------------------------------------ vacancies at two temperatures
VAC_1 = Symbol(
    "xv_1",
    "dimensionless",
    "vacancy fraction 1",
    keywords=("vacancy", "vacancies", "vacancy concentration", "fraction", "number of vacancies"),
    kind="number",
    plausible=(0, 1e31),
)
VAC_2 = VAC_1.with_(name="xv_2", label="vacancy concentration")
QV = Symbol(
    "Q_v",
    "eV",
    "vacancy formation energy",
    keywords=(
        "energy for vacancy formation",
        "vacancy formation energy",
        "formation energy",
        "activation energy",
        "energy",
    ),
    aliases=("Q_v", "Qv", "E_v", "Ev"),
    plausible=(0.01, 20),
    molar_ok=True,
)
vacancy_two_temperatures = Relation(
    "vacancy_two_temperatures",
    GROUP,
    "Vacancy concentration at two temperatures",
    "log(xv_2/xv_1) = -Q_v/k_B*(1/Ts_2 - 1/Ts_1)",
    (VAC_2, TEMP_2, VAC_1, TEMP_1, QV),
    description="N_v ∝ exp(−Q_v/kT) (Callister eq. 4.1) at two temperatures: the formation energy, or "
    "the concentration at another temperature.",
    keywords=("vacancy", "vacancies"),
    requires=(("vacanc",),),
    pairs=(("xv_1", "Ts_1"), ("xv_2", "Ts_2")),
)

# ------------------------------------------------------------------ minority carriers (mass action)
NI = CARRIERS.with_(
    name="n_i",
    label="intrinsic carrier concentration",
    keywords=(
        "intrinsic carrier concentration",
        "intrinsic carrier density",
        "intrinsic",
        "n_i",
        "ni",
    ),
    aliases=("n_i", "ni"),
)
MAJORITY = CARRIERS.with_(
    name="n_maj",
    label="majority carrier (dopant) concentration",
    keywords=("doped", "donor", "acceptor", "dopant", "impurity", "atoms per", "doping"),
    aliases=("N_d", "N_a", "N_D", "N_A"),
)
MINORITY = CARRIERS.with_(
    name="p_min",
    label="minority carrier concentration",
    keywords=(
        "minority carrier",
        "minority carrier concentration",
        "hole concentration",
        "electron concentration",
        "concentration of holes",
        "concentration of electrons",
        "holes",
        "electrons",
    ),
    aliases=("p", "p_0", "n_0"),
)
mass_action = Relation(
    "minority_carriers_mass_action",
    GROUP,
    "Minority carriers in a doped semiconductor (mass action)",
    "p_min = n_i**2/n_maj",
    (MINORITY, NI, MAJORITY),
    description="n·p = n_i² with the majority density set by the (fully ionized) dopant.",
    keywords=("minority", "holes", "doped", "intrinsic carrier"),
    requires=(
        ("doped", "donor", "acceptor", "dopant", "n type", "p type"),
        ("intrinsic",),
        ("minority", "hole", "holes"),
    ),
    unknowns=("p_min",),
)

# ------------------------------------------------------------------ casting: sprue and head
HEAD = LENGTH0.with_(
    name="h_head",
    label="height (head)",
    keywords=("height", "head", "sprue height", "depth", "high", "tall", "below", "column"),
    aliases=("h", "H"),
)
EFFLUX = Symbol(
    "v_out",
    "m/s",
    "velocity of the liquid",
    keywords=("velocity", "speed", "exit velocity", "efflux velocity"),
    aliases=("v",),
    plausible=(1e-9, 1e4),
)
torricelli = Relation(
    "free_fall_velocity_head",
    GROUP,
    "Velocity of a liquid after falling through a head (Torricelli)",
    "v_out = sqrt(2*g_n*h_head)",
    (EFFLUX, HEAD),
    description="v = √(2gh) (Bernoulli, losses neglected): the velocity at the base of a sprue or out of "
    "an orifice under a head h.",
    keywords=("sprue", "orifice", "torricelli", "head", "pouring"),
    requires=(("sprue", "orifice", "torricelli", "nozzle", "efflux"),),
    excludes=("friction", "loss"),
)
METAL_DENSITY = Symbol(
    "rho_liq",
    "kg/m^3",
    "liquid density",
    keywords=("liquid", "melt", "steel", "bath", "water", "fluid", "liquid density", "density"),
    aliases=("ρ_l", "ρ_f", "ρ"),
    plausible=(1e-3, 3e4),
)
PRESSURE_HEAD = Symbol(
    "p_h",
    "Pa",
    "pressure under the head",
    keywords=("metallostatic pressure", "hydrostatic pressure", "ferrostatic pressure", "pressure"),
    aliases=("p", "P"),
    plausible=(1e-6, 1e12),
)
hydrostatic = Relation(
    "hydrostatic_pressure",
    GROUP,
    "Hydrostatic (metallostatic) pressure",
    "p_h = rho_liq*g_n*h_head",
    (PRESSURE_HEAD, METAL_DENSITY, HEAD),
    description="p = ρgh under a liquid column of height h (gauge pressure).",
    keywords=("metallostatic", "hydrostatic", "ferrostatic", "pressure", "depth"),
    requires=(("metallostatic", "hydrostatic", "ferrostatic"),),
    unknowns=("p_h", "h_head"),
)

# ------------------------------------------------------------------ creep: power law at two stresses
RATE_1 = Symbol(
    "ec_1",
    "1/s",
    "creep rate 1",
    keywords=("creep rate", "strain rate", "steady state creep rate", "rate"),
    plausible=(1e-30, 1e6),
)
RATE_2 = RATE_1.with_(name="ec_2", label="creep rate")
STRESS_1 = STRESS.with_(
    name="sc_1", label="stress 1", keywords=("stress", "stressed", "load", "at")
)
STRESS_2 = STRESS_1.with_(name="sc_2", label="stress")
N_CREEP = Symbol(
    "n_cr",
    "dimensionless",
    "stress exponent n",
    keywords=("stress exponent", "exponent", "n"),
    aliases=("n",),
    kind="number",
    plausible=(0.5, 20),
)
creep_two_stresses = Relation(
    "creep_power_law_two_stresses",
    GROUP,
    "Steady-state creep at two stresses (power law)",
    "ec_2/ec_1 = (sc_2/sc_1)**n_cr",
    (RATE_2, STRESS_2, RATE_1, STRESS_1, N_CREEP),
    description="ε̇_s = K₁σⁿ at one temperature (Callister eq. 8.24): the stress exponent from two "
    "tests, or the rate at another stress.",
    keywords=("creep", "steady state", "stress exponent"),
    requires=(("creep",),),
    excludes=("°c and", "different temperature", "activation"),
    pairs=(("ec_1", "sc_1"), ("ec_2", "sc_2")),
    conditions=("temperature",),
)

# ------------------------------------------------------------------ Griffith
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

# ------------------------------------------------------------------ thermodynamics and heat
T_EQ = Symbol(
    "T_eq",
    "K",
    "temperature at which ΔG = 0",
    keywords=(
        "equilibrium temperature",
        "temperature at which",
        "transition temperature",
        "above which",
        "below which",
        "becomes spontaneous",
        "temperature",
    ),
    aliases=("T",),
    kind="temperature",
    plausible=(0.01, 1e5),
    valid=(0, None),
)
equilibrium_temperature = Relation(
    "equilibrium_temperature_dh_ds",
    GROUP,
    "Temperature at which ΔG = ΔH − TΔS changes sign",
    "T_eq = dH/dS",  # ΔH and ΔS of opposite sign: no crossover (negative T is refused)
    (T_EQ, DH, DS),
    description="ΔG = ΔH − TΔS = 0 at T = ΔH/ΔS (the reaction or transformation is at equilibrium).",
    keywords=("spontaneous", "equilibrium", "enthalpy", "entropy"),
    requires=(
        (
            "spontaneous",
            "δg° = 0",
            "Δg° = 0",
            "δg = 0",
            "feasible",
            "equilibrium",
            "δg = 0",
            "Δg = 0",
            "δg becomes zero",
            "in equilibrium",
        ),
        ("entropy", "δs", "Δs"),
        ("enthalpy", "δh", "Δh", "heat of"),
    ),
    unknowns=("T_eq",),
)
LATENT = Symbol(
    "L_lat",
    "J/kg",
    "latent heat (per mass)",
    keywords=(
        "latent heat",
        "latent heat of fusion",
        "heat of fusion",
        "enthalpy of fusion",
        "latent heat of",
    ),
    aliases=("L", "L_f", "H_f"),
    plausible=(1e-3, 1e9),
)
latent_heat = Relation(
    "latent_heat_mass",
    GROUP,
    "Heat to melt (or solidify) a mass",
    "q_heat = m*L_lat",
    (HEAT, MASS, LATENT),
    description="Q = mL at the transformation temperature.",
    keywords=("melt", "latent heat", "fusion", "solidif"),
    requires=(
        ("latent heat", "heat of fusion", "enthalpy of fusion"),
        ("melt", "solidif", "freez", "fusion"),
    ),
    excludes=("specific heat", "heat capacity", "from", "raise"),
    unknowns=("q_heat", "m", "L_lat"),
)
K_COND = Symbol(
    "k_th",
    "W/(m*delta_degC)",
    "thermal conductivity",
    keywords=("thermal conductivity", "conductivity", "k"),
    aliases=("k", "κ"),
    plausible=(1e-4, 1e4),
)
DIFFUSIVITY_TH = Symbol(
    "a_th",
    "m^2/s",
    "thermal diffusivity",
    keywords=("thermal diffusivity", "diffusivity", "α"),
    aliases=("α",),
    plausible=(1e-12, 1e-1),
)
RHO_SI = Symbol(
    "rho_si",
    "kg/m^3",
    "density",
    keywords=("density", "ρ", "rho"),
    aliases=("ρ", "rho"),
    plausible=(1e-3, 3e4),
)
thermal_diffusivity = Relation(
    "thermal_diffusivity",
    GROUP,
    "Thermal diffusivity",
    "a_th = k_th/(rho_si*c_p)",
    (DIFFUSIVITY_TH, K_COND, RHO_SI, SPECIFIC_HEAT),
    description="α = k/(ρc_p).",
    keywords=("thermal diffusivity", "conductivity", "specific heat", "density"),
    requires=(("thermal diffusivity",),),
)
DIFF_LENGTH = LENGTH0.with_(
    name="x_dl",
    label="diffusion distance",
    keywords=(
        "diffusion distance",
        "diffusion length",
        "penetration depth",
        "distance",
        "depth",
        "how far",
    ),
    aliases=("x",),
)
TIME_DL = Symbol(
    "t_dl",
    "s",
    "time",
    keywords=("time", "for", "after", "hours", "h", "s"),
    aliases=("t",),
    plausible=(1e-9, 1e13),
)
diffusion_length = Relation(
    "diffusion_length",
    GROUP,
    "Characteristic diffusion distance",
    "x_dl = sqrt(D*t_dl)",
    (DIFF_LENGTH, DIFFUSIVITY, TIME_DL),
    description="x ≈ √(Dt), the characteristic diffusion distance (Callister §5.4).",
    keywords=("diffusion distance", "diffusion length", "√(dt)", "penetration"),
    requires=(
        (
            "diffusion distance",
            "diffusion length",
            "√(dt)",
            "sqrt(dt)",
            "√dt",
            "characteristic distance",
        ),
    ),
    excludes=("2√(dt)", "2 √(dt)", "2sqrt", "erf"),
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
STRENGTH_MATRIX = STRESS.with_(
    name="sig_mat",
    label="matrix stress at fiber failure",
    keywords=("matrix", "stress in the matrix", "matrix strength", "σ'_m", "σ_m"),
    aliases=("σ'_m", "σ_m"),
)
STRENGTH_FIBER = STRESS.with_(
    name="sig_fib",
    label="fiber tensile strength",
    keywords=("fiber strength", "fiber tensile strength", "fiber", "fibre", "σ*_f", "σ_f"),
    aliases=("σ*_f", "σ_f"),
)
STRENGTH_COMPOSITE = STRESS.with_(
    name="sig_cl",
    label="longitudinal tensile strength of the composite",
    keywords=(
        "longitudinal tensile strength",
        "longitudinal strength",
        "tensile strength of the composite",
        "composite strength",
        "strength",
    ),
    aliases=("σ*_cl", "σ_cl"),
)
composite_strength = Relation(
    "composite_longitudinal_strength",
    GROUP,
    "Longitudinal tensile strength of an aligned-fiber composite",
    "sig_cl = sig_mat*(1 - V_f/100) + sig_fib*V_f/100",
    (STRENGTH_COMPOSITE, STRENGTH_MATRIX, STRENGTH_FIBER, V_FIBER),
    description="σ*_cl = σ'_m(1 − V_f) + σ*_f V_f (Callister eq. 16.17).",
    keywords=("composite", "longitudinal", "strength", "fiber"),
    requires=(COMPOSITE_WORDS, ("longitudinal",), ("strength",)),
    unknowns=("sig_cl",),
)

# ------------------------------------------------------------------ flow curve read at an engineering strain
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

LMP_NUMBER = Symbol(
    "P_lmn",
    "dimensionless",
    "Larson–Miller parameter (T in K, t in h)",
    keywords=("larson miller parameter", "larson miller", "lmp"),
    aliases=("P", "LMP"),
    kind="number",
    plausible=(1e3, 1e5),
)
larson_miller_number = Relation(
    "larson_miller_number",
    GROUP,
    "Larson–Miller parameter written as a number (T in K, t in hours)",
    "P_lmn = T/T_u*(C_lm + log(t_r/t_h)/log(10))",
    (LMP_NUMBER, TEMPERATURE, LM_CONSTANT, RUPTURE_TIME),
    description="P = T(C + log t_r) with T in K and t_r in hours (Callister eq. 8.26).",
    keywords=("larson miller", "rupture", "creep"),
    requires=(("larson miller",),),
    fixed=(("T_u", "1 K", "T in kelvin"), ("t_h", "1 hour", "t_r in hours")),
)

FACTOR = Symbol(
    "f_sig",
    "dimensionless",
    "factor by which the conductivity changes",
    keywords=("factor", "by what factor", "times", "ratio", "increase", "conductivity increase"),
    kind="number",
    plausible=(1e-300, 1e300),
)
T_FROM = TEMP_1.with_(keywords=("from", "heating from", "cooling from", "initial", "at"))
T_TO = TEMP_2.with_(keywords=("to", "heated to", "cooled to", "final"))
intrinsic_factor = Relation(
    "intrinsic_conductivity_factor",
    GROUP,
    "Factor by which an intrinsic conductivity changes between two temperatures",
    "f_sig = exp(-E_gap/(2*k_B)*(1/Ts_2 - 1/Ts_1))",
    (FACTOR, GAP, T_FROM, T_TO),
    description="σ ∝ exp(−E_g/2kT): σ₂/σ₁ = exp[−(E_g/2k)(1/T₂ − 1/T₁)] (Callister eq. 18.36).",
    keywords=("intrinsic", "conductivity", "factor"),
    requires=(("conductivity",), ("factor", "times"), ("intrinsic", "eg/2kt", "e_g/2kt", "exp( e")),
    unknowns=("f_sig",),
)

T_HALF = _avrami_time("ta_h", "time to half transformation").with_(
    keywords=("half", "after", "50%", "t0.5", "t_0.5", "time")
)
avrami_half = Relation(
    "avrami_from_half_time",
    GROUP,
    "Avrami kinetics from the time to half transformation",
    "log(1 - y_2)/log(1/2) = (ta_2/ta_h)**n_av",
    (Y_2, TA_2, T_HALF, N_AVRAMI),
    description="y = 1 − exp(−ktⁿ) with k fixed by y = 0.5 at t₀.₅: ln(1 − y)/ln 0.5 = (t/t₀.₅)ⁿ.",
    keywords=("avrami", "half", "recrystallized", "transformed"),
    requires=(("avrami",), ("half",)),
    excludes=("half life",),
    unknowns=("y_2", "ta_2"),
)

# ------------------------------------------------------------------ thermal shock
TSR = Symbol(
    "TSR",
    "W/m",
    "thermal shock resistance",
    keywords=("thermal shock resistance", "tsr", "thermal shock parameter"),
    aliases=("TSR",),
    plausible=(1e-6, 1e9),
)
FRACTURE_STRENGTH = STRESS.with_(
    name="sigma_fr",
    label="fracture strength",
    keywords=("fracture strength", "flexural strength", "strength", "σ_f"),
    aliases=("σ_f", "σf"),
)
thermal_shock = Relation(
    "thermal_shock_resistance",
    GROUP,
    "Thermal shock resistance parameter",
    "TSR = sigma_fr*k_th/(E_mod*alpha)",
    (TSR, FRACTURE_STRENGTH, K_COND, YOUNGS, ALPHA_EXP),
    description="TSR ≅ σ_f k/(E α_l) (Callister eq. 19.9).",
    keywords=("thermal shock",),
    requires=(("thermal shock",),),
    unknowns=("TSR",),
)

OBJECT_MASS = Symbol(
    "m_obj",
    "kg",
    "mass of the moving body",
    keywords=("mass", "of mass", "weighing", "kg", "g"),
    aliases=("m",),
    plausible=(1e-33, 1e6),
    named=True,
)
de_broglie_mass = Relation(
    "de_broglie_mass_speed",
    "photons",
    "de Broglie wavelength of a body of given mass and speed",
    "lam_db = h/(m_obj*v_p)",
    (DB_LAMBDA.with_(plausible=(1e-40, 1e9)), OBJECT_MASS, SPEED.with_(plausible=(1e-9, 3.0e7))),
    description="λ = h/(mv) (non-relativistic).",
    keywords=("de broglie", "wavelength", "mass"),
    requires=(("de broglie",), ("mass",)),
    excludes=("relativistic",),
    unknowns=("lam_db",),
)

RELATIONS = (
    de_broglie_mass,
    thermal_shock,
    avrami_half,
    intrinsic_factor,
    larson_miller_number,
    flow_curve_at_engineering_strain,
    equilibrium_temperature,
    latent_heat,
    thermal_diffusivity,
    diffusion_length,
    radius_ratio,
    composite_strength,
    true_strain_lengths,
    engineering_strain_lengths,
    sieverts,
    vacancy_two_temperatures,
    mass_action,
    torricelli,
    hydrostatic,
    creep_two_stresses,
    griffith,
    elastic_strain_force,
    cell_volume_cubic,
    composite_density,
    diameter_change_load,
    area_square,
    area_rectangle,
    fatigue_amplitude,
    fatigue_mean,
    fatigue_range,
    fatigue_ratio,
    hall_petch_two_points,
    hall_petch_slope,
    hall_petch_intercept,
    avrami_two_points,
    same_concentration_depths,
    critical_fiber_length,
    porosity,
    safe_stress,
    percent_reduction_area,
    saturation_magnetization,
    flux_density_permeability,
    magnetization_permeability,
    hall_concentration,
    hall_mobility,
    intrinsic_two_temperatures,
    standard_cell_potential,
    *_de_broglie("electron", "m_e"),
    *_de_broglie("proton", "m_p"),
    *_de_broglie("neutron", "m_n"),
)
