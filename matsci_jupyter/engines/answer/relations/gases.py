"""Perfect-gas thermodynamics at one temperature or along a reversible adiabat: ΔG and Δμ of an
isothermal pressure or volume change, and p V^γ = constant.

Sources: Atkins & de Paula, *Physical Chemistry* (ΔG = nRT ln(p_f/p_i), μ = μ° + RT ln(p/p°),
p V^γ = constant for a reversible adiabatic change of a perfect gas). The initial and final states
are told apart by their words ('from … to …', 'initial', 'final'); readings that swap them give
another number and are refused by the solver.
"""

from __future__ import annotations

from ._base import Relation, Symbol
from .common import TEMPERATURE
from .thermal import AMOUNT, NON_IDEAL_GAS

GROUP = "gases"

P_I = Symbol(
    "p_i",
    "bar",
    "initial pressure",
    keywords=("initial pressure", "from", "initial"),
    plausible=(1e-12, 1e7),
    named=False,
)
P_F = P_I.with_(
    named=True,
    name="p_f",
    label="final pressure",
    keywords=("final pressure", "to", "final", "to a final pressure"),
)
V_I = Symbol(
    "V_i",
    "dm^3",
    "initial volume",
    keywords=("initial volume", "from", "initial"),
    plausible=(1e-12, 1e9),
    named=False,
)
V_F = V_I.with_(
    named=True,
    name="V_f",
    label="final volume",
    keywords=(
        "final volume",
        "to",
        "expands isothermally to",
        "compressed to",
        "final",
        "to a final volume",
    ),
)
DG_GAS = Symbol(
    "dG_g",
    "J",
    "Gibbs energy change ΔG",
    keywords=("δg", "Δg", "gibbs energy", "gibbs free energy", "free energy change"),
    aliases=("ΔG",),
    signed=True,
    plausible=(-1e12, 1e12),
)
DMU = Symbol(
    "dmu",
    "kJ/mol",
    "change in chemical potential",
    keywords=("chemical potential", "change in chemical potential", "δμ", "Δμ"),
    aliases=("Δμ",),
    signed=True,
    plausible=(-1e6, 1e6),
)
GAMMA = Symbol(
    "gam",
    "dimensionless",
    "heat-capacity ratio γ",
    keywords=("γ", "gamma", "heat capacity ratio"),
    aliases=("γ", "gamma"),
    kind="number",
    plausible=(1.0, 2.0),
)
ISOTHERMAL = (("isothermal", "isothermally"), ("gas", "(g)", "perfect", "ideal"))
# ΔG = nRT ln(p_f/p_i) and Δμ = RT ln(p_f/p_i) hold at one temperature: a question about an adiabatic
# change (its temperature moves) is not theirs, nor may the planner feed them an adiabatic final pressure
CONSTANT_T_EXCLUDES = (*NON_IDEAL_GAS, "adiabatic", "adiabatically")
isothermal_gibbs_pressure = Relation(
    "isothermal_gibbs_pressure",
    GROUP,
    "ΔG of a perfect gas for an isothermal pressure change",
    "dG_g = n_mol*R*T*log(p_f/p_i)",
    (DG_GAS, AMOUNT, TEMPERATURE, P_I, P_F),
    description="ΔG = nRT ln(p_f/p_i) (Atkins, perfect gas at constant temperature).",
    keywords=("isothermal", "gibbs", "pressure", "gas"),
    requires=(*ISOTHERMAL, ("δg", "Δg", "gibbs")),
    excludes=CONSTANT_T_EXCLUDES,
    unknowns=("dG_g",),
)
isothermal_gibbs_volume = Relation(
    "isothermal_gibbs_volume",
    GROUP,
    "ΔG of a perfect gas for an isothermal volume change",
    "dG_g = n_mol*R*T*log(V_i/V_f)",
    (DG_GAS, AMOUNT, TEMPERATURE, V_I, V_F),
    description="ΔG = nRT ln(p_f/p_i) = nRT ln(V_i/V_f) (Boyle's law at constant temperature).",
    keywords=("isothermal", "gibbs", "volume", "gas", "expands"),
    requires=(*ISOTHERMAL, ("δg", "Δg", "gibbs")),
    excludes=CONSTANT_T_EXCLUDES,
    unknowns=("dG_g",),
)
chemical_potential_pressure = Relation(
    "chemical_potential_pressure_change",
    GROUP,
    "Change in the chemical potential of a perfect gas with pressure",
    "dmu = R*T*log(p_f/p_i)",
    (DMU, TEMPERATURE, P_I, P_F),
    description="Δμ = RT ln(p_f/p_i) at constant temperature (Atkins).",
    keywords=("chemical potential", "perfect gas", "pressure"),
    requires=(("chemical potential",), ("gas", "(g)"), ("pressure",)),
    excludes=CONSTANT_T_EXCLUDES,
    unknowns=("dmu",),
)
adiabatic_pressure = Relation(
    "reversible_adiabatic_pressure",
    GROUP,
    "Final pressure after a reversible adiabatic volume change",
    "p_f*V_f**gam = p_i*V_i**gam",
    (P_F, V_F, P_I, V_I, GAMMA),
    description="p V^γ = constant for a reversible adiabatic change of a perfect gas (Atkins).",
    keywords=("adiabatic", "reversibly", "gamma", "pressure"),
    requires=(("adiabatic", "adiabatically"), ("reversible", "reversibly"), ("γ", "gamma")),
    excludes=(*NON_IDEAL_GAS, "against a constant", "irreversib"),
    unknowns=("p_f",),
)

RELATIONS = (
    isothermal_gibbs_pressure,
    isothermal_gibbs_volume,
    chemical_potential_pressure,
    adiabatic_pressure,
)
