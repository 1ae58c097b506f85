"""Semiconductors: the Hall effect, intrinsic conductivity at two temperatures and minority carriers by
mass action.

Source: Callister & Rethwisch (10th ed.), ch. 18 (eqs. 18.20–18.22, 18.36).
"""

from __future__ import annotations

from ._base import Relation, Symbol
from .common import PARTIAL_IONIZATION, TEMP_1, TEMP_2
from .electrical import CARRIERS, CONDUCTIVITY, MOBILITY

GROUP = "course"  # the introductory-course batch these relations came in

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
    "mu = Abs(R_H)*sigma_cond",
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
    named=True,  # 'silicon (5.0 × 10²² atoms/cm³)' is the atom density, not the carriers
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
    excludes=PARTIAL_IONIZATION,
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

RELATIONS = (
    intrinsic_factor,
    mass_action,
    hall_concentration,
    hall_mobility,
    intrinsic_two_temperatures,
)
