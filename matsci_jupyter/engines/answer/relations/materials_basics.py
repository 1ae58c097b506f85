"""One-step relations of the introductory materials course that the library had only as parts of
others: the Schmid factor alone, Ohm's law in point form, a magnetized body's moment, the critical
nucleus radius from the volume free-energy change, and the grain-growth constant.

Sources: Callister & Rethwisch, *Materials Science and Engineering: An Introduction* (10th ed.),
eq. 7.2 (Schmid), eq. 18.5 (J = σℰ), eq. 7.9 (grain growth, n = 2), eq. 10.3 (r* = −2γ/ΔG_v);
ch. 20 (the moment of a body magnetized to M is M times its volume); eq. 10.17 (Avrami) with k
stated in its units (time to the power −n); eq. 16.18 (aligned discontinuous fibers longer than the
critical length); eq. 17.27 (concentration polarization); eqs. 5.9a/5.9b (the activation energy for
diffusion from the slope of ln D or log D against 1/T); eqs. 18.20–18.21 (the size of a Hall voltage
from the carrier density); eqs. 18.2–18.4 (a round wire's conductivity from its resistance).
"""

from __future__ import annotations

from ._base import Relation, Symbol
from .common import ALPHA, DELTA_L, DIAMETER, LENGTH0, TEMPERATURE
from .corrosion import T_25
from .doped_semiconductors import HALL_CURRENT, HALL_FIELD, HALL_THICKNESS, HALL_VOLTAGE
from .electrical import CARRIERS, CONDUCTIVITY, CURRENT_DENSITY, FIELD, RESISTANCE, WIRE_LENGTH
from .electrochemistry import VALENCE
from .exam import GRAIN_0, OTHER_GROWTH_LAWS, T_AV, Y_AV
from .fiber_composites import STRENGTH_COMPOSITE, STRENGTH_FIBER, STRENGTH_MATRIX
from .magnetization import MAGNETIZATION
from .mechanics import LAMBDA_ANGLE, PHI
from .syllabus import BCC, FCC, NUCLEUS_ATOMS, NUCLEUS_CELL, SURFACE_ENERGY

GROUP = "course"

# ------------------------------------------------------------------ Schmid factor m = cos φ cos λ
SCHMID_FACTOR = Symbol(
    "m_schmid",
    "dimensionless",
    "Schmid factor",
    keywords=("schmid factor", "orientation factor"),
    aliases=("m",),
    kind="number",
    valid=(0, 0.5),
    plausible=(0, 0.5),
)
schmid_factor = Relation(
    "schmid_factor",
    GROUP,
    "Schmid factor",
    "m_schmid = cos(phi)*cos(lam_s)",
    (SCHMID_FACTOR, PHI, LAMBDA_ANGLE),
    description="m = cos φ cos λ (the factor in τ_R = σ cos φ cos λ, Callister eq. 7.2).",
    keywords=("schmid factor", "slip", "single crystal"),
    requires=(("schmid factor", "orientation factor"), ("slip",)),
    unknowns=("m_schmid",),
)

# ------------------------------------------------------------------ Ohm's law in point form J = σℰ
current_density_field = Relation(
    "current_density_from_field",
    GROUP,
    "Current density from the conductivity and the field (Ohm's law)",
    "J_e = sigma_cond*E_field",
    (CURRENT_DENSITY, CONDUCTIVITY, FIELD),
    description="J = σℰ (Callister eq. 18.5).",
    keywords=("current density", "conductivity", "electric field"),
    requires=(("current density",), ("conductivity",), ("field",)),
)

# ------------------------------------------------------------------ moment of a magnetized body
MOMENT = Symbol(
    "m_body",
    "A*m^2",
    "total magnetic moment",
    keywords=("magnetic moment", "total magnetic moment", "total moment", "moment"),
    plausible=(1e-30, 1e9),
)
BODY_VOLUME = Symbol(
    "V_body",
    "cm^3",
    "volume of the body",
    keywords=("volume", "cube", "bar", "sample", "piece"),
    aliases=("V",),
    plausible=(1e-18, 1e12),
)
body_moment = Relation(
    "magnetic_moment_of_body",
    GROUP,
    "Magnetic moment of a uniformly magnetized body",
    "m_body = M_z*V_body",
    (MOMENT, MAGNETIZATION, BODY_VOLUME),
    description="m = MV: magnetization is the moment per unit volume (Callister ch. 20).",
    keywords=("magnetic moment", "magnetization"),
    requires=(("magnetic moment", "total moment"), ("magnetiz", "magnetis", "saturation")),
    excludes=("bohr", "per atom", "per ion", "per formula"),
    unknowns=("m_body",),
)

# ------------------------------------------------------------------ critical radius r* = −2γ/ΔG_v
DG_VOLUME = Symbol(
    "dGv_nuc",
    "J/m^3",
    "volume free-energy change ΔG_v",
    keywords=(
        "volume free energy change",
        "volume free energy",
        "free energy change per unit volume",
        "driving force",
        "δg_v",
        "Δg_v",
    ),
    aliases=("ΔG_v", "ΔGv"),
    plausible=(-1e12, 1e12),
    signed=True,
)
R_CRITICAL = Symbol(
    "r_star",
    "nm",
    "critical radius of the nucleus",
    keywords=("critical radius", "radius of the critical nucleus", "critical nucleus radius", "r*"),
    aliases=("r*",),
    plausible=(1e-6, 1e6),
)
critical_radius_dgv = Relation(
    "critical_radius_volume_free_energy",
    GROUP,
    "Critical nucleus radius from the volume free-energy change",
    "r_star = 2*gamma_s/Abs(dGv_nuc)",
    (R_CRITICAL, SURFACE_ENERGY, DG_VOLUME),
    description="r* = −2γ/ΔG_v for a spherical nucleus (Callister eq. 10.3; ΔG_v < 0 below the "
    "transformation temperature).",
    keywords=("critical radius", "nucleus", "nucleation"),
    requires=(
        ("nucleat", "nucleus", "nuclei"),
        ("critical radius", "critical nucleus", "r*"),
        (
            "volume free energy",
            "free energy change per unit volume",
            "δg_v",
            "Δg_v",
            "driving force",
        ),
    ),
    unknowns=("r_star",),
)

# ------------------------------------------------------------------ grain growth d² − d₀² = Kt
GRAIN_END = GRAIN_0.with_(
    name="dg_end",
    label="grain diameter after the anneal",
    keywords=("grows to", "grown to", "increased to", "to", "after", "final grain"),
    aliases=("d",),
)
GROWTH_TIME = Symbol(
    "t_gg",
    "h",
    "annealing time",
    keywords=("in", "after", "for", "time", "anneal"),
    aliases=("t",),
    plausible=(1e-9, 1e9),
)
GROWTH_K = Symbol(
    "K_gg",
    "um^2/h",
    "grain-growth constant K",
    keywords=("k", "grain growth constant", "rate constant", "constant k"),
    aliases=("K",),
    plausible=(1e-12, 1e12),
)
grain_growth_constant = Relation(
    "grain_growth_constant",
    GROUP,
    "Grain-growth constant K (d² − d₀² = Kt)",
    "K_gg = (dg_end**2 - dg_0**2)/t_gg",
    (GROWTH_K, GRAIN_END, GRAIN_0, GROWTH_TIME),
    description="K = (d² − d₀²)/t (Callister eq. 7.9 with n = 2).",
    keywords=("grain growth", "grain diameter"),
    requires=(("grain",), ("d^2", "d²", "kt")),
    excludes=OTHER_GROWTH_LAWS,
    pairs=(("dg_end", "t_gg"),),
    conditions=("temperature",),
    unknowns=("K_gg",),
)

# ------------------------------------------------------------------ Avrami with k in (time)^−n
# y = 1 − exp(−k tⁿ) (Callister eq. 10.17): k carries the unit time^−n, so one relation per whole
# exponent, the exponent stated in the question ('n = 3'); pint converts k from min⁻ⁿ or h⁻ⁿ


def _avrami_with_units(n: int) -> Relation:
    k = Symbol(
        f"k_avu{n}",
        f"1/s^{n}",
        "Avrami rate constant k",
        keywords=("k", "constant k", "rate constant"),
        aliases=("k",),
        plausible=(1e-60, 1e30),
    )
    return Relation(
        f"avrami_fraction_k_units_n{n}",
        GROUP,
        f"Avrami equation, n = {n}, k in its units",
        f"y_av = 1 - exp(-k_avu{n}*t_av**n_avu)",
        (Y_AV, k, T_AV),
        description=f"y = 1 − exp(−k tⁿ) with n = {n} and k in s^−{n} (Callister eq. 10.17).",
        keywords=("avrami", "transform", "fraction"),
        requires=(
            ("avrami", "exp( kt", "exp( k t", "1 exp("),
            (f"n = {n}", f"n={n}", f"exponent of {n}", f"exponent n = {n}", f"exponent is {n}"),
        ),
        fixed=(("n_avu", n, f"Avrami exponent n = {n}"),),
        unknowns=("y_av", "t_av", f"k_avu{n}"),
    )


def _avrami_half_with_units(n: int) -> Relation:
    """The same law at half transformation (y = 0.5): t₀.₅ = (ln 2/k)^(1/n)."""
    base = _avrami_with_units(n)
    k = base.symbols[1]
    return Relation(
        f"avrami_half_k_units_n{n}",
        GROUP,
        f"Avrami equation at half transformation, n = {n}, k in its units",
        f"1/2 = exp(-{k.name}*t_av**n_avu)",
        (k, T_AV.with_(keywords=(*T_AV.keywords, "half", "50%"))),
        description=f"y = 0.5 = 1 − exp(−k tⁿ): t₀.₅ = (ln 2/k)^(1/{n}) (Callister eq. 10.17).",
        keywords=("avrami", "half"),
        requires=(
            *base.requires,
            ("half", "50%", "50 %", "halfway"),
        ),
        fixed=(*base.fixed, ("y_half", 0.5, "half transformed: y = 0.5")),
        unknowns=("t_av", k.name),
    )


AVRAMI_WITH_UNITS = tuple(
    rel for n in (1, 2, 3, 4) for rel in (_avrami_with_units(n), _avrami_half_with_units(n))
)

# ------------------------------------------------------------------ atoms in a sphere of a cubic metal
# N = (4/3)πr³ · n/a³: the sphere's volume times the cell's atom density (n = 4 FCC, 2 BCC), as for a
# critical nucleus (Callister problem 10.x) whose radius is stated
SPHERE_RADIUS = Symbol(
    "r_sph",
    "nm",
    "radius of the sphere",
    keywords=("radius", "of radius", "sphere of radius", "radius of"),
    aliases=("r", "r*"),
    plausible=(1e-3, 1e6),
)


def _sphere_atoms(name: str, words: tuple[str, ...], n: int) -> Relation:
    return Relation(
        f"atoms_in_sphere_{name}",
        GROUP,
        f"Atoms in a sphere of a {name.upper()} metal",
        f"N_nuc = 4*pi/3*r_sph**3*{n}/a_nuc**3",
        (NUCLEUS_ATOMS, SPHERE_RADIUS, NUCLEUS_CELL),
        description=f"N = (4/3)πr³·{n}/a³ ({n} atoms per {name.upper()} cell of edge a).",
        keywords=("atoms", "sphere", "nucleus"),
        requires=(("atoms",), ("sphere", "spherical"), ("radius",), words),
        unknowns=("N_nuc",),
    )


# ------------------------------------------------------------------ aligned short fibers, l > l_c
# σ*_cd = σ*_f V_f (1 − l_c/2l) + σ'_m (1 − V_f) (Callister eq. 16.18); a fiber shorter than l_c
# obeys another law (eq. 16.19), so the fiber length must exceed the critical one (ordered)
from .syllabus import COMPOSITE_WORDS, V_FIBER  # noqa: E402

FIBER_LENGTH = LENGTH0.with_(
    name="l_fib",
    label="fiber length",
    keywords=("fiber length", "fibre length", "fibers", "fibres", "long", "length of the fibers"),
    aliases=("l",),
)
CRITICAL_LENGTH = LENGTH0.with_(
    name="l_crit",
    label="critical fiber length",
    keywords=("critical fiber length", "critical fibre length", "critical length", "l_c", "lc"),
    aliases=("l_c", "lc"),
)
short_fiber_strength = Relation(
    "composite_discontinuous_strength",
    GROUP,
    "Longitudinal strength, aligned discontinuous fibers longer than the critical length",
    "sig_cl = sig_fib*V_fib/100*(1 - l_crit/(2*l_fib)) + sig_mat*(1 - V_fib/100)",
    (
        STRENGTH_COMPOSITE,
        # 'fibres 5 mm long with a strength of 3.0 GPa': the fibres' own strength
        STRENGTH_FIBER.with_(keywords=(*STRENGTH_FIBER.keywords, "with a strength of", "strength")),
        STRENGTH_MATRIX,
        V_FIBER,
        FIBER_LENGTH,
        CRITICAL_LENGTH,
    ),
    description="σ*_cd = σ*_f V_f(1 − l_c/2l) + σ'_m(1 − V_f) for l > l_c (Callister eq. 16.18).",
    keywords=("composite", "longitudinal", "strength", "discontinuous", "critical length"),
    requires=(
        COMPOSITE_WORDS,
        ("longitudinal",),
        ("strength",),
        ("critical fiber length", "critical fibre length", "critical length"),
        ("discontinuous", "short fiber", "short fibre", "chopped"),
    ),
    ordered=(("l_fib", "l_crit"),),
    unknowns=("sig_cl",),
)

# ------------------------------------------------------------------ concentration polarization
# η_c = (2.3RT/nF) log(1 − i/i_L) (Callister eq. 17.27), asked as a magnitude: |η_c| = (RT/nF)|ln(1 − i/i_L)|
LIMITING_SHARE = Symbol(
    "f_iL",
    "dimensionless",
    "current density as a fraction of the limiting current density",
    keywords=(
        "of the limiting current density",
        "of the limiting current",
        "limiting current density",
    ),
    kind="fraction",
    valid=(0, 1),
    plausible=(0, 1),
)
ETA_CONC = Symbol(
    "eta_c",
    "mV",
    "concentration polarization (magnitude)",
    keywords=(
        "concentration polarization",
        "concentration polarisation",
        "polarization",
        "polarisation",
    ),
    aliases=("η_c", "ηc"),
    plausible=(0, 1e4),
)
concentration_polarization = Relation(
    "concentration_polarization",
    GROUP,
    "Concentration polarization near the limiting current density",
    "eta_c = R*T_el/(n_e*F)*Abs(log(1 - f_iL))",
    (ETA_CONC, VALENCE, LIMITING_SHARE, T_25),
    description="|η_c| = (2.3RT/nF)|log(1 − i/i_L)| (Callister eq. 17.27).",
    keywords=("concentration polarization", "limiting current density"),
    requires=(
        ("concentration polarization", "concentration polarisation"),
        ("limiting current",),
    ),
    unknowns=("eta_c",),
)

# ------------------------------------------------------------------ Q_d from an Arrhenius plot's slope
# ln D = ln D₀ − (Q_d/R)(1/T) (Callister eq. 5.9a): slope −Q_d/R; with log₁₀ D (eq. 5.9b): −Q_d/(2.3R)
ARRHENIUS_SLOPE = Symbol(
    "m_arr",
    "K",
    "slope of the Arrhenius plot",
    keywords=("slope", "gradient of the line", "slope of"),
    plausible=(-1e7, 1e7),
    signed=True,
)
Q_FROM_SLOPE = Symbol(
    "Q_slope",
    "kJ/mol",
    "activation energy",
    keywords=("activation energy", "activation energy for diffusion", "q_d", "q"),
    aliases=("Q_d", "Q"),
    plausible=(0.1, 5000),
    molar_ok=True,
)
ARRHENIUS_PLOT = (("slope",), ("reciprocal", "1/t", "inverse of the absolute temperature", "1 / t"))
q_from_ln_slope = Relation(
    "activation_energy_from_ln_slope",
    GROUP,
    "Activation energy from the slope of ln D against 1/T",
    "Q_slope = -R*m_arr",
    (Q_FROM_SLOPE, ARRHENIUS_SLOPE),
    description="slope of ln D vs 1/T = −Q_d/R (Callister eq. 5.9a).",
    keywords=("slope", "activation energy", "natural logarithm"),
    requires=(*ARRHENIUS_PLOT, ("natural logarithm", "ln d", "ln(d)", "ln (d)")),
    excludes=("log10", "base 10", "base-10", "common logarithm", "log d"),
    unknowns=("Q_slope",),
)
q_from_log_slope = Relation(
    "activation_energy_from_log10_slope",
    GROUP,
    "Activation energy from the slope of log₁₀ D against 1/T",
    "Q_slope = -R*log(10)*m_arr",
    (Q_FROM_SLOPE, ARRHENIUS_SLOPE),
    description="slope of log₁₀ D vs 1/T = −Q_d/(2.3R) (Callister eq. 5.9b).",
    keywords=("slope", "activation energy", "logarithm"),
    requires=(*ARRHENIUS_PLOT, ("log10", "base 10", "base-10", "common logarithm", "log d")),
    excludes=("natural logarithm", "ln d", "ln(d)", "ln (d)"),
    unknowns=("Q_slope",),
)

# ------------------------------------------------------------------ ΔL between two stated temperatures
# 'installed at 15 °C … carries steam at 115 °C': ΔL = α L₀ |T₂ − T₁| (Callister eq. 19.3), the two
# temperatures stated as such rather than as a change; the size of the change only, so no order needed
T_A = TEMPERATURE.with_(name="T_xa", label="one temperature", aliases=())
T_B = TEMPERATURE.with_(name="T_xb", label="the other temperature", aliases=())
expansion_two_temperatures = Relation(
    "linear_expansion_two_temperatures",
    GROUP,
    "Linear thermal expansion between two stated temperatures",
    "dL = alpha*L0*Abs(T_xb - T_xa)",
    (DELTA_L, ALPHA, LENGTH0, T_A, T_B),
    description="|ΔL| = α L₀ |T₂ − T₁| (Callister eq. 19.3).",
    keywords=("thermal expansion", "expansion", "longer", "shorter"),
    requires=(
        ("coefficient of thermal expansion", "thermal expansion", "α =", "α_l", "alpha"),
        (
            "how much longer",
            "how much shorter",
            "how much does",
            "change in length",
            "expand",
            "contract",
        ),
    ),
    unknowns=("dL",),
)

# ------------------------------------------------------------------ an expansion gap that closes
# Rails, bridge sections, pipes laid end to end with a gap: each piece's expansion αL₀ΔT closes the gap
# between it and the next (Callister eq. 19.3). The gap closes on heating, so the closing temperature is
# the higher one; the gap asked from the two temperatures, or the closing temperature from the gap.
EXPANSION_GAP = Symbol(
    "g_x",
    "mm",
    "expansion gap",
    keywords=("gap", "minimum gap", "expansion gap", "gap between", "clearance"),
    aliases=(),
    plausible=(1e-6, 1e4),
)
T_CLOSE = T_B.with_(name="T_gc", label="the temperature at which the gap closes")
expansion_gap = Relation(
    "expansion_gap_closing",
    GROUP,
    "Expansion gap closed by heating",
    "g_x = alpha*L0*(T_gc - T_xa)",
    (EXPANSION_GAP, ALPHA, LENGTH0, T_A, T_CLOSE),
    description="g = α L₀ (T_close − T_laid): the gap each piece's thermal expansion closes (Callister eq. 19.3).",
    keywords=("thermal expansion", "gap"),
    requires=(
        (
            "coefficient of thermal expansion",
            "thermal expansion",
            "α =",
            "α_l",
            "alpha",
            "linear expansion",
        ),
        ("gap", "clearance"),
        ("touch", "close", "closes", "closed", "closing", "meet"),
    ),
    ordered=(("T_gc", "T_xa"),),
    unknowns=("g_x", "T_gc"),
)

# ------------------------------------------------------------------ size of a Hall voltage
# |V_H| = I B/(n|e| d) (Callister eqs. 18.20–18.21 with |R_H| = 1/(n|e|)); its sign depends on the
# carriers' sign, which a carrier density does not give, so the magnitude is what can be asked
hall_voltage_size = Relation(
    "hall_voltage_from_carrier_density",
    GROUP,
    "Size of the Hall voltage from the carrier density",
    "V_H = I_H*B_H/(n_c*e*d_H)",
    (HALL_VOLTAGE.with_(signed=False), HALL_CURRENT, HALL_FIELD, CARRIERS, HALL_THICKNESS),
    description="|V_H| = I_x B_z/(n|e|d) (Callister eqs. 18.20, 18.21).",
    keywords=("hall voltage", "electron density", "carriers"),
    requires=(
        ("hall voltage", "hall potential"),
        ("electron density", "electron concentration", "carrier", "electrons per", "free electron"),
    ),
    unknowns=("V_H",),
)

# ------------------------------------------------------------------ conductivity of a round wire
# R = l/(σA), A = πd²/4 (Callister eqs. 18.2–18.4): the conductivity from a measured resistance
wire_conductivity = Relation(
    "conductivity_from_round_wire_resistance",
    GROUP,
    "Conductivity of a round wire from its resistance",
    "R_el = 4*L_w/(sigma_cond*pi*d0**2)",
    (CONDUCTIVITY, RESISTANCE, WIRE_LENGTH, DIAMETER),
    description="σ = 1/ρ = l/(RA), A = πd²/4 (Callister eqs. 18.2–18.4).",
    keywords=("conductivity", "resistance", "wire", "diameter"),
    requires=(("conductivity",), ("resistance",), ("diameter",)),
    excludes=("resistivity",),
    unknowns=("sigma_cond",),
)

RELATIONS = (
    wire_conductivity,
    hall_voltage_size,
    expansion_two_temperatures,
    expansion_gap,
    q_from_ln_slope,
    q_from_log_slope,
    concentration_polarization,
    short_fiber_strength,
    _sphere_atoms("fcc", FCC, 4),
    _sphere_atoms("bcc", BCC, 2),
    *AVRAMI_WITH_UNITS,
    schmid_factor,
    current_density_field,
    body_moment,
    critical_radius_dgv,
    grain_growth_constant,
)
