"""Thermal behaviour: thermal expansion, heat and heat capacity, conduction, the ideal gas."""

from __future__ import annotations

from ._base import Relation, Symbol
from .common import (
    ALPHA,
    DELTA_L,
    DELTA_T,
    FINAL_LENGTH,
    LENGTH0,
    MOLAR_MASS,
    TEMPERATURE,
    THICKNESS,
)

GROUP = "thermal"

VOLUME0 = Symbol(
    "V0",
    "cm^3",
    "original volume",
    keywords=("volume", "original volume", "initial volume"),
    aliases=("V0", "V_0", "V"),
    plausible=(1e-12, 1e12),
)
DELTA_V = Symbol(
    "dV",
    "cm^3",
    "change in volume",
    keywords=(
        "change in volume",
        "volume change",
        "expand",
        "expansion",
        "increase in volume",
        "Δv",
    ),
    aliases=("ΔV", "dV"),
    plausible=(-1e12, 1e12),
    signed=True,
)
BETA = Symbol(
    "beta_v",
    "1/delta_degC",
    "volume coefficient of thermal expansion",
    keywords=("volume coefficient", "volumetric", "volume expansion coefficient", "β", "beta"),
    aliases=("β", "beta", "α_v", "αv"),
    plausible=(1e-9, 1e-2),
)
HEAT = Symbol(
    "q_heat",
    "J",
    "heat",
    keywords=(
        "heat",
        "energy",
        "heat required",
        "energy required",
        "heat absorbed",
        "heat released",
        "amount of heat",
        "thermal energy",
        "q",
    ),
    aliases=("Q", "q", "Q_h"),
    plausible=(-1e15, 1e15),
    signed=True,
)
MASS = Symbol(
    "m",
    "kg",
    "mass",
    keywords=("mass", "weighing", "weighs", "of", "sample", "block", "piece", "specimen", "m"),
    aliases=("m",),
    plausible=(1e-12, 1e9),
)
SPECIFIC_HEAT = Symbol(
    "c_p",
    "J/(kg*delta_degC)",
    "specific heat",
    keywords=("specific heat", "specific heat capacity", "heat capacity", "c_p", "cp", "c"),
    aliases=("c_p", "cp", "c", "C_p"),
    plausible=(1e-3, 1e5),
)
MOLAR_HEAT_CAPACITY = Symbol(
    "C_m",
    "J/(mol*delta_degC)",
    "molar heat capacity",
    keywords=("molar heat capacity", "heat capacity", "c_p", "cp", "c_v", "cv", "per mole"),
    aliases=("C_p", "Cp", "C_v", "Cv", "C"),
    plausible=(1e-3, 1e4),
)
AMOUNT = Symbol(
    "n_mol",
    "mol",
    "amount of substance",
    keywords=("moles", "mol", "amount", "n"),
    aliases=("n",),
    plausible=(1e-15, 1e9),
)
CONDUCTIVITY_K = Symbol(
    "k_th",
    "W/(m*delta_degC)",
    "thermal conductivity",
    keywords=("thermal conductivity", "conductivity", "k"),
    aliases=("k", "κ"),
    plausible=(1e-4, 1e4),
)
HEAT_FLUX = Symbol(
    "q_flux",
    "W/m^2",
    "heat flux",
    keywords=(
        "heat flux",
        "rate of heat transfer per unit area",
        "flux",
        "heat flow per unit area",
    ),
    aliases=("q", "q''", "J_q"),
    plausible=(1e-9, 1e12),
)
PRESSURE = Symbol(
    "P",
    "Pa",
    "pressure",
    keywords=("pressure", "at a pressure", "p"),
    aliases=("P", "p"),
    plausible=(1e-15, 1e12),
)
GAS_VOLUME = Symbol(
    "V",
    "L",
    "volume",
    keywords=("volume", "vessel", "container", "chamber", "occupy", "v"),
    aliases=("V",),
    plausible=(1e-15, 1e12),
)

linear_expansion = Relation(
    "linear_thermal_expansion",
    GROUP,
    "Linear thermal expansion",
    "dL = alpha*L0*dT",
    (DELTA_L, ALPHA, LENGTH0, DELTA_T),
    description="ΔL = α L₀ ΔT.",
    keywords=("thermal expansion", "heated", "cooled", "expand", "expansion", "contract"),
    requires=(
        (
            "expansion",
            "expand",
            "heated",
            "cooled",
            "α",
            "alpha",
            "contract",
            "lengthen",
            "elongat",
        ),
    ),
)
final_length = Relation(
    "final_length_expansion",
    GROUP,
    "Length after heating",
    "L_f = L0*(1 + alpha*dT)",
    (FINAL_LENGTH, LENGTH0, ALPHA, DELTA_T),
    description="L_f = L₀(1 + αΔT).",
    keywords=("thermal expansion", "final length"),
    requires=(("final length", "new length", "length after", "resulting length", "length at"),),
    unknowns=("L_f", "L0"),
)
volume_expansion = Relation(
    "volume_thermal_expansion",
    GROUP,
    "Volume thermal expansion",
    "dV = beta_v*V0*dT",
    (DELTA_V, BETA, VOLUME0, DELTA_T),
    description="ΔV = α_v V₀ ΔT.",
    keywords=("volume",),
    requires=(("volume",), ("expansion", "expand", "heated")),
)
sensible_heat = Relation(
    "sensible_heat",
    GROUP,
    "Heat to change temperature (specific heat)",
    "q_heat = m*c_p*dT",
    (HEAT, MASS, SPECIFIC_HEAT, DELTA_T),
    description="Q = m c ΔT.",
    keywords=("heat", "specific heat", "raise the temperature"),
    requires=(("heat",),),
    conditions=("temperature",),
)
molar_heat = Relation(
    "sensible_heat_molar",
    GROUP,
    "Heat to change temperature (molar heat capacity)",
    "q_heat = m/M*C_m*dT",
    (HEAT, MASS, MOLAR_MASS, MOLAR_HEAT_CAPACITY, DELTA_T),
    description="Q = (m/M) C ΔT with a molar heat capacity.",
    keywords=("heat capacity", "molar"),
    requires=(("heat",),),
)
conduction = Relation(
    "heat_conduction",
    GROUP,
    "Steady heat conduction (Fourier)",
    "q_flux = k_th*Abs(dT)/dx",
    (HEAT_FLUX, CONDUCTIVITY_K, DELTA_T, THICKNESS),
    description="q = k|ΔT|/Δx through a slab.",
    unknowns=("q_flux", "k_th", "dx"),
    keywords=("conduction", "heat flux", "thermal conductivity"),
    requires=(("heat flux", "conduct", "flux"),),
)
# The same law for a whole wall: the rate of heat flow through an area A, not the flux.
HEAT_RATE = Symbol(
    "Q_rate",
    "W",
    "rate of heat flow through the wall",
    keywords=(
        "heat loss",
        "rate of heat loss",
        "heat lost",
        "heat flow",
        "rate of heat flow",
        "rate of heat transfer",
        "heat transfer rate",
        "heat conducted",
    ),
    plausible=(1e-9, 1e12),
)
WALL_AREA = Symbol(
    "A_wall",
    "m^2",
    "area of the wall",
    keywords=("area", "in area", "surface area", "wall area"),
    aliases=("A",),
    plausible=(1e-12, 1e8),
)
conduction_rate = Relation(
    "heat_conduction_rate",
    GROUP,
    "Steady heat flow through a wall (Fourier)",
    "Q_rate = k_th*A_wall*Abs(dT)/dx",
    (HEAT_RATE, CONDUCTIVITY_K, WALL_AREA, DELTA_T, THICKNESS),
    description="Q = kA|ΔT|/Δx through a slab of area A (Fourier's law; Callister eq. 19.5 times the "
    "area).",
    unknowns=("Q_rate",),
    keywords=("conduction", "thermal conductivity", "heat loss", "heat flow", "wall"),
    requires=(
        ("area",),
        ("heat loss", "heat lost", "heat flow", "rate of heat", "heat transfer", "heat conducted"),
    ),
    excludes=("convect", "heat transfer coefficient", "radiat", "emissivity", "per unit area"),
)
# ------------------------------------------------------------------ Debye T³ law
# Well below the Debye temperature C_v = AT³ (Callister eq. 19.2), so a heat capacity known at one
# temperature gives it at another: C₂ = C₁(T₂/T₁)³.
HEAT_CAP_1 = MOLAR_HEAT_CAPACITY.with_(
    name="Cv_1", label="heat capacity at the first temperature", keywords=("heat capacity",)
)
HEAT_CAP_2 = MOLAR_HEAT_CAPACITY.with_(
    name="Cv_2",
    label="heat capacity at the second temperature",
    keywords=("c_v", "cv", "heat capacity"),
)
T_DEBYE_1 = TEMPERATURE.with_(name="Td_1", label="temperature of the known heat capacity")
T_DEBYE_2 = TEMPERATURE.with_(name="Td_2", label="temperature of the asked heat capacity")
debye_cubed = Relation(
    "debye_t_cubed_scaling",
    GROUP,
    "Heat capacity at another low temperature (Debye T³ law)",
    "Cv_2 = Cv_1*(Td_2/Td_1)**3",
    (HEAT_CAP_2, HEAT_CAP_1, T_DEBYE_2, T_DEBYE_1),
    description="C_v = AT³ well below the Debye temperature (Callister eq. 19.2): C₂ = C₁(T₂/T₁)³.",
    keywords=("debye", "heat capacity", "low temperature"),
    requires=(("debye",), ("heat capacity", "c_v", "cv")),
    pairs=(("Cv_1", "Td_1"),),
    unknowns=("Cv_2",),
)
# The same law with its constant: C_v = (12π⁴/5) R (T/θ_D)³ per mole of atoms, from the Debye temperature
# (Callister eq. 19.2 with A = 12π⁴R/5θ_D³; Kittel, *Introduction to Solid State Physics*, ch. 5). The
# temperature asked about lies below θ_D (ordered), and the question names the T³ (low-temperature) law.
CV_DEBYE = MOLAR_HEAT_CAPACITY.with_(
    name="Cv_D",
    label="molar heat capacity (Debye T³ law)",
    keywords=("molar heat capacity", "heat capacity", "c_v", "cv"),
    aliases=("C_v", "Cv"),
)
THETA_DEBYE = TEMPERATURE.with_(
    name="theta_D",
    label="Debye temperature",
    keywords=("debye temperature", "θ_d", "theta_d"),
    aliases=("θ_D", "Θ_D", "theta_D"),
    named=True,
)
T_LOW = TEMPERATURE.with_(name="T_lo", label="temperature of the heat capacity (below θ_D)")
debye_t_cubed = Relation(
    "debye_t_cubed_from_debye_temperature",
    GROUP,
    "Molar heat capacity from the Debye temperature (Debye T³ law)",
    "Cv_D = 12*pi**4/5*R*(T_lo/theta_D)**3",
    (CV_DEBYE, THETA_DEBYE, T_LOW),
    description="C_v = (12π⁴/5) R (T/θ_D)³ per mole of atoms, T ≪ θ_D (Callister eq. 19.2; Kittel ch. 5).",
    keywords=("debye", "heat capacity", "low temperature"),
    requires=(
        ("debye temperature", "θ_d"),
        ("heat capacity", "c_v"),
        ("t^3", "t³", "t cubed", "t3 law", "low temperature", "(t/θ_d)^3"),
    ),
    excludes=(
        "dulong",
        "petit",
        "einstein",
        "per gram",
        "per kilogram",
        "specific heat",
        "electronic",
    ),
    ordered=(("theta_D", "T_lo"),),
    # the temperature at which a stated heat capacity is reached: a cube root, one positive root
    unknowns=("Cv_D", "T_lo"),
)
# ------------------------------------------------------------------ kinetic theory of phonon conduction
# k = ⅓ C v ℓ (Kittel, *Introduction to Solid State Physics*, ch. 5, eq. 42): C the heat capacity per
# unit volume, v the sound (phonon) velocity, ℓ the phonon mean free path. The heat capacity must be per
# volume (its unit decides: a specific or molar heat capacity does not bind).
VOLUMETRIC_HEAT_CAPACITY = Symbol(
    "C_vol",
    "J/(m^3*delta_degC)",
    "heat capacity per unit volume",
    keywords=(
        "volumetric heat capacity",
        "heat capacity per unit volume",
        "volume heat capacity",
        "heat capacity",
    ),
    aliases=("C", "C_V", "C_v"),
    plausible=(1e3, 1e8),
)
SOUND_VELOCITY = Symbol(
    "v_phonon",
    "m/s",
    "sound (phonon) velocity",
    keywords=(
        "sound velocity",
        "mean sound velocity",
        "velocity of sound",
        "speed of sound",
        "sound speed",
        "phonon velocity",
        "group velocity",
        "velocity",
    ),
    aliases=("v", "v_s"),
    plausible=(10.0, 3e4),
)
PHONON_MFP = Symbol(
    "l_ph",
    "nm",
    "phonon mean free path",
    keywords=("phonon mean free path", "mean free path"),
    aliases=("ℓ", "l", "Λ"),
    plausible=(1e-2, 1e8),
)
phonon_conduction = Relation(
    "phonon_kinetic_conduction",
    GROUP,
    "Lattice thermal conductivity from kinetic theory (k = ⅓Cvℓ)",
    "k_th = C_vol*v_phonon*l_ph/3",
    (CONDUCTIVITY_K, VOLUMETRIC_HEAT_CAPACITY, SOUND_VELOCITY, PHONON_MFP),
    description="k = ⅓ C v ℓ with C per unit volume, v the sound velocity and ℓ the phonon mean free "
    "path (Kittel ch. 5).",
    keywords=("phonon", "mean free path", "kinetic theory", "thermal conductivity"),
    requires=(("phonon",), ("thermal conductivity", "conductivity"), ("kinetic",)),
    excludes=("electron", "umklapp", "boundary scattering", "gas molecule"),
    conditions=("temperature",),  # the temperature at which k, C and v were measured
)
NON_IDEAL_GAS = (
    "van der waals",
    "real gas",
    "virial",
    "compressibility factor",
    "redlich",
    "beattie",
    "berthelot",
    "dieterici",
)
"""A question about a non-ideal gas model must not be answered with PV = nRT."""

ideal_gas = Relation(
    "ideal_gas",
    GROUP,
    "Ideal gas law",
    "P*V = n_mol*R*T",
    (PRESSURE, GAS_VOLUME, AMOUNT, TEMPERATURE),
    description="PV = nRT.",
    keywords=("gas", "ideal gas"),
    requires=(("gas",),),
    excludes=NON_IDEAL_GAS,
)
ideal_gas_mass = Relation(
    "ideal_gas_mass",
    GROUP,
    "Ideal gas law with mass",
    "P*V = m/M*R*T",
    (PRESSURE, GAS_VOLUME, MASS, MOLAR_MASS, TEMPERATURE),
    description="PV = (m/M)RT.",
    keywords=("gas", "ideal gas"),
    requires=(("gas",),),
    excludes=NON_IDEAL_GAS,
)

RELATIONS = (
    debye_t_cubed,
    phonon_conduction,
    linear_expansion,
    final_length,
    volume_expansion,
    sensible_heat,
    molar_heat,
    conduction,
    conduction_rate,
    debye_cubed,
    ideal_gas,
    ideal_gas_mass,
)
