"""Electrical behaviour: resistance and resistivity, conductivity from carriers and mobility,
drift velocity, Ohm's law, current density."""

from __future__ import annotations

from ._base import Relation, Symbol, chain
from .common import AREA, DIAMETER, LENGTH0, PARTIAL_IONIZATION

GROUP = "electrical"
ELEC = (
    "resistance",
    "resistivity",
    "conductivity",
    "current",
    "voltage",
    "electrical",
    "wire",
    "ohm",
    "conductor",
    "semiconductor",
    "electron",
    "mobility",
    "carrier",
)

RESISTIVITY = Symbol(
    "rho_e",
    "ohm*m",
    "electrical resistivity",
    keywords=("resistivity", "electrical resistivity", "ρ", "rho", "specific resistance"),
    aliases=("ρ", "rho", "ρ_e"),
    plausible=(1e-12, 1e20),
)
CONDUCTIVITY = Symbol(
    "sigma_cond",
    "S/m",
    "electrical conductivity",
    keywords=("conductivity", "electrical conductivity", "σ", "sigma"),
    aliases=("σ", "sigma", "σ_e"),
    plausible=(1e-20, 1e12),
)
RESISTANCE = Symbol(
    "R_el",
    "ohm",
    "resistance",
    keywords=("resistance", "r", "electrical resistance"),
    aliases=("R",),
    plausible=(1e-12, 1e20),
)
CURRENT = Symbol(
    "I",
    "A",
    "current",
    keywords=("current", "i", "amperes", "amps", "passing", "flowing"),
    aliases=("I", "i"),
    plausible=(1e-15, 1e7),
)
VOLTAGE = Symbol(
    "V_el",
    "V",
    "voltage",
    keywords=(
        "voltage",
        "potential difference",
        "potential",
        "potential drop",
        "applied",
        "v",
        "emf",
    ),
    aliases=("V", "ΔV", "U"),
    plausible=(1e-12, 1e8),
)
CARRIERS = Symbol(
    "n_c",
    "1/m^3",
    "carrier concentration",
    keywords=(
        "electrons per cubic meter",
        "free electrons",
        "carrier concentration",
        "number of free",
        "electron concentration",
        "concentration",
        "carriers",
        "n",
        "electrons",
        "free electron",
        "conduction electrons",
        "number of electrons",
        "charge carriers",
        "density of electrons",
        "hole concentration",
        "holes",
    ),
    aliases=("n", "p", "n_e", "n_i"),
    plausible=(1, 1e32),
)
MOBILITY = Symbol(
    "mu",
    "m^2/(V*s)",
    "mobility",
    keywords=("mobility", "electron mobility", "μ", "mu", "μ_e", "hole mobility"),
    aliases=("μ", "mu", "μ_e", "μe"),
    plausible=(1e-10, 1e3),
)
MU_E = MOBILITY.with_(
    name="mu_e",
    label="electron mobility",
    # 'electron' / 'hole' alone: 'the electron and hole mobilities are 0.14 and 0.05 m²/(V·s)'
    keywords=("electron mobility", "electrons", "electron", "μ_e", "μe", "mobility of electrons"),
    aliases=("μ_e", "μe", "mu_e"),
)
MU_H = MOBILITY.with_(
    name="mu_h",
    label="hole mobility",
    keywords=("hole mobility", "holes", "hole", "μ_h", "μh", "mobility of holes"),
    aliases=("μ_h", "μh", "mu_h"),
)
DRIFT = Symbol(
    "v_d",
    "m/s",
    "drift velocity",
    keywords=(
        "drift velocity",
        "electron drift velocity",
        "hole drift velocity",
        "velocity",
        "v_d",
        "vd",
        "drift speed",
    ),
    aliases=("v_d", "vd", "v"),
    plausible=(1e-12, 1e6),
)
FIELD = Symbol(
    "E_field",
    "V/m",
    "electric field",
    keywords=("electric field", "field", "field strength", "ℰ", "e field"),
    aliases=("E", "ℰ", "E_field"),
    plausible=(1e-12, 1e12),
)
CURRENT_DENSITY = Symbol(
    "J_e",
    "A/m^2",
    "current density",
    keywords=("current density", "j", "i"),
    aliases=("J", "i", "j"),
    plausible=(1e-18, 1e14),
)
WIRE_LENGTH = LENGTH0.with_(
    name="L_w",
    label="length",
    keywords=("length", "long", "of length", "wire of"),
    aliases=("L", "l"),
)

resistance = Relation(
    "resistance_resistivity",
    GROUP,
    "Resistance from resistivity",
    "R_el = rho_e*L_w/A0",
    (RESISTANCE, RESISTIVITY, WIRE_LENGTH, AREA),
    description="R = ρl/A.",
    keywords=ELEC,
    requires=(("resistance", "resistivity"),),
    conditions=("temperature",),
)
wire_area = Relation(
    "wire_area",
    GROUP,
    "Area of a round wire",
    "A0 = pi*d0**2/4",
    (AREA, DIAMETER),
    description="A = πd²/4.",
)
resistance_round = chain(
    "resistance_round_wire",
    resistance,
    wire_area,
    "A0",
    title="Resistance of a round wire",
    requires=(("resistance", "resistivity"), ("diameter",)),
)
conductivity_resistivity = Relation(
    "conductivity_resistivity",
    GROUP,
    "Conductivity and resistivity",
    "sigma_cond = 1/rho_e",
    (CONDUCTIVITY, RESISTIVITY),
    description="σ = 1/ρ.",
    keywords=ELEC,
    requires=(("conductivity",), ("resistivity",)),
    conditions=("temperature",),
)
ohm = Relation(
    "ohm",
    GROUP,
    "Ohm's law",
    "V_el = I*R_el",
    (VOLTAGE, CURRENT, RESISTANCE),
    description="V = IR.",
    keywords=ELEC,
    requires=(("current", "voltage", "ohm"),),
    conditions=("temperature",),
)
conductivity_carriers = Relation(
    "conductivity_carriers",
    GROUP,
    "Conductivity from carriers (one type)",
    "sigma_cond = n_c*e*mu",
    (CONDUCTIVITY, CARRIERS, MOBILITY),
    description="σ = n|e|μ_e (one carrier type dominates).",
    keywords=(*ELEC, "mobility"),
    requires=(("mobility",),),
    excludes=(
        *PARTIAL_IONIZATION,
        "hole mobility",
        "holes and electrons",
        "electrons and holes",
        "μ_h",
    ),
    conditions=("temperature",),
)
resistivity_carriers = chain(
    "resistivity_carriers",
    conductivity_resistivity,
    conductivity_carriers,
    "sigma_cond",
    title="Resistivity from carriers",
    requires=(("resistivity",), ("mobility",)),
)
conductivity_intrinsic = Relation(
    "conductivity_intrinsic",
    GROUP,
    "Intrinsic conductivity (electrons and holes)",
    "sigma_cond = n_c*e*(mu_e + mu_h)",
    (CONDUCTIVITY, CARRIERS, MU_E, MU_H),
    description="σ = n_i|e|(μ_e + μ_h) for an intrinsic semiconductor.",
    keywords=(*ELEC, "intrinsic"),
    requires=(("intrinsic",), ("hole",)),
    conditions=("temperature",),
)
drift_velocity = Relation(
    "drift_velocity",
    GROUP,
    "Drift velocity",
    "v_d = mu*E_field",
    (DRIFT, MOBILITY, FIELD),
    description="v_d = μℰ.",
    keywords=("drift",),
    requires=(("drift", "velocity"),),
    conditions=("temperature",),
)
current_density = Relation(
    "current_density",
    GROUP,
    "Current density",
    "J_e = I/A0",
    (CURRENT_DENSITY, CURRENT, AREA),
    description="J = I/A.",
    keywords=("current density",),
    requires=(("current density",),),
    conditions=("temperature",),
)

RHO_REF = RESISTIVITY.with_(
    name="rho_0",
    label="resistivity at the reference temperature",
    keywords=("resistivity", "electrical resistivity", "ρ0", "ρ_0", "at 20"),
    aliases=("ρ0", "ρ_0", "rho_0", "ρ"),
)
RHO_T = RESISTIVITY.with_(
    name="rho_T",
    label="resistivity at temperature T",
    keywords=("resistivity", "resistivity at", "ρ_t", "ρt"),
    aliases=("ρ_T", "ρT"),
)
ALPHA_R = Symbol(
    "alpha_r",
    "1/delta_degC",
    "temperature coefficient of resistivity",
    keywords=(
        "temperature coefficient",
        "temperature coefficient of resistivity",
        "temperature coefficient of resistance",
        "α",
        "alpha",
    ),
    aliases=("α", "alpha", "α_R", "αR"),
    plausible=(-1, 1),
)
T_REF = Symbol(
    "T0",
    "K",
    "reference temperature",
    keywords=("at", "reference temperature", "t0"),
    aliases=("T0", "T_0"),
    kind="temperature",
    plausible=(0.001, 1e5),
)
T_NEW = Symbol(
    "T_new",
    "K",
    "temperature",
    keywords=("at", "temperature", "heated to"),
    aliases=("T",),
    kind="temperature",
    plausible=(0.001, 1e5),
)
resistivity_temperature = Relation(
    "resistivity_temperature",
    GROUP,
    "Resistivity vs temperature (linear)",
    "rho_T = rho_0*(1 + alpha_r*(T_new - T0))",
    (RHO_T, RHO_REF, ALPHA_R, T_REF, T_NEW),
    description="ρ_T = ρ₀[1 + α(T − T₀)] for a metal near room temperature.",
    keywords=("temperature coefficient",),
    requires=(("temperature coefficient",),),
    unknowns=("rho_T",),
    pairs=(("T0", "rho_0"),),
)

RELATIONS = (
    resistivity_temperature,
    resistance,
    resistance_round,
    conductivity_resistivity,
    ohm,
    conductivity_carriers,
    resistivity_carriers,
    conductivity_intrinsic,
    drift_velocity,
    current_density,
)

# ------------------------------------------------------------------ drift across a bar under a voltage
# A voltage V across a bar of length l sets a uniform field ℰ = V/l (Callister eq. 18.6), so a carrier of
# mobility μ drifts at v_d = μV/l (eq. 18.7) and crosses the bar in t = l/v_d = l²/(μV).
BAR_LENGTH = LENGTH0.with_(
    name="l_bar",
    label="length of the bar the voltage is applied across",
    keywords=("long", "length", "bar", "specimen", "across"),
    aliases=("l", "L"),
)
TRANSIT_TIME = Symbol(
    "t_drift",
    "s",
    "time to drift the length of the bar",
    keywords=("how long", "time", "transit time", "take", "to drift", "to cross"),
    aliases=("t",),
    plausible=(1e-18, 1e6),
)
_ACROSS_A_BAR = (
    ("drift",),
    ("long", "length"),
    ("voltage", "potential difference", "applied"),
)
_NOT_ACROSS_A_BAR = (
    "field",
    "current",
    "resistance",
    "resistivity",
    "conductivity",
    "hall",
    "magnetic",
    "diffusion",
    "concentration",
    "hole mobility",
    "holes",
)
drift_across_bar = Relation(
    "drift_velocity_voltage_across_bar",
    GROUP,
    "Drift velocity under a voltage across a bar",
    "v_d = mu*V_el/l_bar",
    (DRIFT, MOBILITY, VOLTAGE, BAR_LENGTH),
    description="v_d = μℰ with ℰ = V/l, the voltage over the bar's length (Callister eqs. 18.6, 18.7).",
    keywords=("drift", "mobility", "voltage"),
    requires=_ACROSS_A_BAR,
    excludes=(*_NOT_ACROSS_A_BAR, "how long", "time"),
    unknowns=("v_d",),
)
drift_time_across_bar = Relation(
    "drift_time_across_bar",
    GROUP,
    "Time for a carrier to drift the length of a bar under a voltage",
    "t_drift = l_bar**2/(mu*V_el)",
    (TRANSIT_TIME, MOBILITY, VOLTAGE, BAR_LENGTH),
    description="t = l/v_d with v_d = μV/l (Callister eqs. 18.6, 18.7).",
    keywords=("drift", "mobility", "voltage", "time"),
    requires=(*_ACROSS_A_BAR, ("how long", "time", "transit")),
    excludes=(*_NOT_ACROSS_A_BAR, "velocity", "speed"),
    unknowns=("t_drift",),
)

RELATIONS = (*RELATIONS, drift_across_bar, drift_time_across_bar)
