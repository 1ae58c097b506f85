"""Corrosion relations not declared elsewhere: thickness dissolved or plated by a current density,
the Tafel equation (oxidation), mass lost from a corrosion current density, Nernst electrode and cell
potentials, linear oxidation and the Pilling–Bedworth ratio. (ΔG = −nFE, i from a penetration rate
and parabolic oxidation are in exam.py.)

Source: Callister & Rethwisch, *Materials Science and Engineering: An Introduction* (10th ed.),
ch. 17 (Nernst ΔV = (V₂° − V₁°) − (RT/nF) ln([M₁ⁿ⁺]/[M₂ⁿ⁺]), metal 1 oxidized; Faraday
with I = iA; Tafel η = β log(i/i₀); Pilling–Bedworth ratio A_O ρ_M/(a A_M ρ_O); linear W = K₃t); Bard
& Faulkner, *Electrochemical Methods* (2nd ed.), ch. 1 (limiting current i_L = nFDC/δ).
"""

from __future__ import annotations

from dataclasses import replace

from ._base import Relation, Symbol
from .common import AREA, DENSITY, MOLAR_MASS, TEMPERATURE
from .electrochemistry import CPR, CURRENT, CURRENT_DENSITY, MASS, TIME, VALENCE

GROUP = "corrosion"

# ------------------------------------------------------------------ current density from penetration rate
CORRODES = ("corrod", "corrosion", "dissolv")

faraday_current_density = Relation(
    "faraday_mass_current_density",
    GROUP,
    "Mass corroded from a corrosion current density",
    "m = i_c*A0*t*M/(n_e*F)",
    (MASS, CURRENT_DENSITY, AREA, TIME, MOLAR_MASS, VALENCE),
    description="m = iAtA_w/(nF): Faraday's law with the current I = iA (Callister ch. 17).",
    keywords=("corrosion", "current density", "mass loss"),
    requires=(CORRODES, ("current density",)),
    unknowns=("m", "t"),
)

# ------------------------------------------------------------------ cell Gibbs energy
E_CELL = Symbol(
    "E_cell",
    "V",
    "cell potential (emf)",
    keywords=("emf", "cell potential", "electromotive force", "potential", "voltage", "e_cell"),
    aliases=("E", "E_cell", "ΔV", "V"),
    plausible=(-10, 10),
    signed=True,
)

# ------------------------------------------------------------------ Nernst
E_STD = Symbol(
    "E0_el",
    "V",
    "standard electrode potential",
    keywords=("standard potential", "standard electrode potential", "standard reduction potential"),
    aliases=("E°", "E0", "V°"),
    plausible=(-5, 5),
    signed=True,
)
E_EL = E_STD.with_(
    name="E_el",
    label="electrode potential",
    keywords=("electrode potential", "half cell potential", "potential", "reduction potential"),
    aliases=("E",),
)
CONC = Symbol(
    "c_ion",
    "mol/L",
    "metal-ion concentration",
    # 'a solution containing 0.040 mol/L Ni²⁺': the molarity the solution holds
    keywords=("concentration", "m", "ions", "containing", "solution containing"),
    aliases=("c", "[M]"),
    plausible=(1e-20, 20),
)
T_25 = TEMPERATURE.with_(
    name="T_el",
    default=298.15,
    default_note="25 °C (298.15 K), the usual electrochemical temperature",
)
nernst_electrode = Relation(
    "nernst_electrode",
    GROUP,
    "Nernst equation for a metal electrode",
    "E_el = E0_el + R*T_el/(n_e*F)*log(c_ion/c_std)",
    (E_EL, E_STD, VALENCE, CONC, T_25),
    fixed=(("c_std", "1 mol/L", "standard concentration 1 M"),),
    description="E = E° + (RT/nF) ln[Mⁿ⁺] for Mⁿ⁺ + ne⁻ → M (Callister ch. 17, one half-cell).",
    keywords=("nernst", "electrode potential", "concentration"),
    requires=(("electrode potential", "half cell potential", "nernst"), ("standard",)),
    excludes=("cell potential", "emf", "two half cells", "other half"),
    unknowns=("E_el",),
)
E_STD_1 = E_STD.with_(name="E0_1", label="standard potential of the oxidized metal (anode)")
E_STD_2 = E_STD.with_(name="E0_2", label="standard potential of the reduced metal (cathode)")
CONC_1 = CONC.with_(name="c_1", label="ion concentration at the anode")
CONC_2 = CONC.with_(name="c_2", label="ion concentration at the cathode")
CELL_V = E_CELL.with_(name="dV_cell", signed=False)  # the cell runs the way its potential is > 0
nernst_cell = Relation(
    "nernst_cell_potential",
    GROUP,
    "Nernst cell potential of two metal half-cells",
    "dV_cell = (E0_2 - E0_1) - R*T_el/(n_e*F)*log(c_1/c_2)",
    (CELL_V, E_STD_2, E_STD_1, CONC_1, CONC_2, VALENCE, T_25),
    description="ΔV = (V₂° − V₁°) − (RT/nF) ln([M₁ⁿ⁺]/[M₂ⁿ⁺]), metal 1 oxidized (Callister ch. 17).",
    keywords=("cell potential", "nernst", "half cell"),
    # 'what voltage does the cell generate?' asks for the cell potential in other words
    requires=(
        ("cell potential", "emf", "cell voltage", "voltage"),
        ("standard",),
        ("half", "cell"),
    ),
    pairs=(("E0_1", "c_1"), ("E0_2", "c_2")),
    unknowns=("dV_cell",),
)

# ------------------------------------------------------------------ the hydrogen electrode at a pH
PH = Symbol(
    "pH_el",
    "dimensionless",
    "pH of the solution",
    keywords=("ph", "ph of"),
    aliases=("pH",),
    kind="number",
    plausible=(-2, 16),
)
P_H2 = Symbol(
    "p_H2",
    "atm",
    "hydrogen partial pressure",
    keywords=("p_h2", "hydrogen pressure", "partial pressure", "pressure"),
    aliases=("p_H2", "p_H₂", "pH2"),
    plausible=(1e-12, 1e4),
)
E_HYDROGEN = E_EL.with_(
    name="E_H",
    label="potential of the hydrogen electrode vs SHE",
    keywords=("equilibrium potential", "electrode potential", "potential"),
    aliases=(),
)
hydrogen_electrode = Relation(
    "hydrogen_electrode_ph",
    GROUP,
    "Potential of a hydrogen electrode at a pH (vs the standard hydrogen electrode)",
    "E_H = -R*T_el/F*(log(10)*pH_el + log(p_H2/p_atm)/2)",
    (E_HYDROGEN, PH, P_H2, T_25),
    description="2H⁺ + 2e⁻ → H₂: E = −(RT/F)(2.303 pH + ½ ln p_H₂) (Nernst; Callister ch. 17).",
    keywords=("hydrogen electrode", "ph", "nernst"),
    requires=(("hydrogen electrode",), ("ph",)),
    fixed=(("p_atm", "1 atm", "standard pressure 1 atm"),),
    unknowns=("E_H",),
)

# ------------------------------------------------------------------ oxidation kinetics
W_1 = Symbol(
    "W_ox1",
    "mg/cm^2",
    "weight gain per area at t₁",
    keywords=("weight gain", "mass gain", "weight increase"),
    aliases=("W_1", "W1"),
    plausible=(1e-9, 1e6),
)
W_2 = W_1.with_(name="W_ox2", label="weight gain per area at t₂", aliases=("W_2", "W2"))
T_OX1 = Symbol(
    "t_ox1",
    "h",
    "time t₁",
    keywords=("after", "in", "time", "for"),
    aliases=("t_1", "t1"),
    plausible=(1e-6, 1e9),
)
T_OX2 = T_OX1.with_(name="t_ox2", label="time t₂", aliases=("t_2", "t2"))
OXIDATION = ("oxid", "oxidiz", "oxidis", "scale", "tarnish")
linear = Relation(
    "linear_oxidation",
    GROUP,
    "Linear oxidation at two times",
    "W_ox2*t_ox1 = W_ox1*t_ox2",
    (W_2, W_1, T_OX1, T_OX2),
    description="W = K₃t, so W₂ = W₁ t₂/t₁ (Callister ch. 17).",
    keywords=("linear", "oxidation", "weight gain"),
    requires=(OXIDATION, ("linear rate", "linear kinetics", "linear law", "linearly")),
    excludes=("parabolic", "parabolically", "logarithmic"),
    pairs=(("W_ox1", "t_ox1"), ("W_ox2", "t_ox2")),
    conditions=("temperature",),
    unknowns=("W_ox2", "t_ox2"),
)

# ------------------------------------------------------------------ Pilling–Bedworth
PBR = Symbol(
    "P_B",
    "dimensionless",
    "Pilling–Bedworth ratio",
    keywords=("pilling bedworth ratio", "pilling bedworth", "p b ratio", "pbr"),
    aliases=("PBR", "P-B"),
    kind="number",
    plausible=(0.1, 10),
)
M_OXIDE = MOLAR_MASS.with_(
    name="M_ox",
    label="molar mass of the oxide",
    keywords=("oxide", "molar mass of the oxide", "formula weight of the oxide"),
    aliases=("A_O", "M_O"),
    lookup="oxide_molar_mass",  # of the one oxide formula written (pymatgen)
)
M_METAL = MOLAR_MASS.with_(
    name="M_me",
    label="atomic weight of the metal",
    keywords=("metal", "atomic weight of the metal", "molar mass of the metal"),
    aliases=("A_M", "M_M"),
    lookup="oxide_metal_mass",  # of the metal of the one oxide formula written (pymatgen)
)
RHO_OXIDE = DENSITY.with_(
    name="rho_ox",
    label="density of the oxide",
    keywords=("oxide", "density of the oxide", "oxide density"),
    aliases=("ρ_O",),
)
RHO_METAL = DENSITY.with_(
    name="rho_me",
    label="density of the metal",
    keywords=("metal", "density of the metal", "metal density"),
    aliases=("ρ_M",),
)
METAL_PER_OXIDE = Symbol(
    "n_me",
    "dimensionless",
    "metal atoms per oxide formula unit",
    keywords=("metal atoms per", "atoms of metal per", "per formula unit", "per oxide"),
    aliases=("a", "x"),
    kind="number",
    plausible=(1, 10),
    lookup="metal_atoms_per_oxide",  # or read from the one oxide formula written (Al2O3: 2)
)
pilling_bedworth = Relation(
    "pilling_bedworth_ratio",
    GROUP,
    "Pilling–Bedworth ratio",
    "P_B = M_ox*rho_me/(n_me*M_me*rho_ox)",
    (PBR, M_OXIDE, RHO_METAL, METAL_PER_OXIDE, M_METAL, RHO_OXIDE),
    description="P–B = A_O ρ_M/(a A_M ρ_O), a metal atoms per oxide formula (Callister ch. 17).",
    keywords=("pilling bedworth", "oxide", "metal"),
    requires=(("pilling",),),
    unknowns=("P_B",),
    # the oxide's formula mass holds its metal atoms' mass and the oxygen's
    ordered=(("M_ox", "M_me"),),
    bracketed=(("M_me", "rho_me"), ("M_ox", "rho_ox")),
)
# The same ratio when each substance's values are stated together after its name ('aluminium (atomic
# weight 26.98 g/mol, density 2.70 g/cm^3) forms Al2O3 (molecular weight 101.96 g/mol, density
# 3.95 g/cm^3)'): a density belongs with the molar mass stated beside it, and 'atomic weight' names the
# metal's, 'molecular' or 'formula weight' the oxide's.
pilling_bedworth_grouped = replace(
    pilling_bedworth,
    name="pilling_bedworth_ratio_grouped",
    symbols=(
        PBR,
        M_OXIDE.with_(keywords=(*M_OXIDE.keywords, "molecular weight", "formula weight")),
        RHO_METAL.with_(keywords=(*RHO_METAL.keywords, "density")),
        METAL_PER_OXIDE,
        M_METAL.with_(keywords=(*M_METAL.keywords, "atomic weight", "atomic mass")),
        RHO_OXIDE.with_(keywords=(*RHO_OXIDE.keywords, "density")),
    ),
    pairs=(("M_me", "rho_me"), ("M_ox", "rho_ox")),
)

# ------------------------------------------------------------------ activation polarization (Tafel)
OVERVOLTAGE = Symbol(
    "eta_t",
    "V",
    "overvoltage η",
    keywords=("overvoltage", "overpotential", "polarization", "η"),
    aliases=("η", "eta"),
    plausible=(-10, 10),
    signed=True,
)
TAFEL_SLOPE = Symbol(
    "beta_t",
    "V",
    "Tafel slope β",
    keywords=("tafel slope", "β", "beta"),
    aliases=("β", "beta", "b"),
    plausible=(-2, 2),
    signed=True,
)
I_DENSITY = CURRENT_DENSITY.with_(
    name="i_t",
    label="current density",
    keywords=("current density", "i"),
)
I_EXCHANGE = CURRENT_DENSITY.with_(
    name="i_0",
    label="exchange current density",
    keywords=("exchange current density", "i_0", "i0"),
    aliases=("i_0", "i0"),
)
tafel = Relation(
    "tafel_activation_polarization",
    GROUP,
    "Activation polarization (Tafel equation)",
    "eta_t = beta_t*log(i_t/i_0)/log(10)",
    (OVERVOLTAGE, TAFEL_SLOPE, I_DENSITY, I_EXCHANGE),
    description="η_a = ±β log(i/i₀) (Callister ch. 17).",
    keywords=("tafel", "overvoltage", "polarization", "exchange current density"),
    requires=(
        ("exchange current density",),
        ("overvoltage", "overpotential", "polarization", "tafel"),
    ),
    # a reduction's overvoltage is negative (η = −β log(i/i₀)) unless the question signs β itself
    excludes=("reduction", "cathodic", "hydrogen evolution"),
    unknowns=("eta_t", "i_t"),
)
# The size of the overvoltage, whichever the reaction: |η| = |β| log(i/i₀) when the question asks for its
# magnitude ('what is the magnitude of the activation overvoltage when hydrogen is evolved at …'), so the
# sign convention of a reduction does not matter (Callister ch. 17, eq. 17.25).
OVERVOLTAGE_SIZE = OVERVOLTAGE.with_(
    name="eta_abs", label="magnitude of the overvoltage η", signed=False, plausible=(0, 10)
)
tafel_magnitude = Relation(
    "tafel_overvoltage_magnitude",
    GROUP,
    "Size of the activation polarization (Tafel equation)",
    "eta_abs = Abs(beta_t)*log(i_t/i_0)/log(10)",
    (OVERVOLTAGE_SIZE, TAFEL_SLOPE, I_DENSITY, I_EXCHANGE),
    description="|η_a| = |β| log(i/i₀) for an oxidation or a reduction alike (Callister ch. 17).",
    keywords=("tafel", "overvoltage", "polarization", "exchange current density", "magnitude"),
    requires=(
        ("exchange current density",),
        ("overvoltage", "overpotential", "polarization", "tafel"),
        ("magnitude",),
    ),
    unknowns=("eta_abs",),
)

# the current density at a stated overvoltage: i = i₀·10^(|η|/|β|) for an oxidation or a reduction alike
# (the sign convention of η and β decides the sign of η, never the size of i)
tafel_current = Relation(
    "tafel_current_density",
    GROUP,
    "Current density at an activation overvoltage (Tafel equation)",
    "i_t = i_0*10**(Abs(eta_t)/Abs(beta_t))",
    (OVERVOLTAGE, TAFEL_SLOPE, I_DENSITY, I_EXCHANGE),
    description="|η_a| = β log(i/i₀), so i = i₀ 10^(|η|/β) (Callister ch. 17), any reaction.",
    keywords=("tafel", "overvoltage", "polarization", "exchange current density"),
    requires=(
        ("exchange current density",),
        ("overvoltage", "overpotential", "polarization"),
        ("tafel",),
    ),
    unknowns=("i_t",),
)

# ------------------------------------------------------------------ thickness from a current density
THICKNESS_LOST = Symbol(
    "x_c",
    "mm",
    "thickness lost or deposited",
    keywords=(
        "thickness",
        "thickness lost",
        "thickness of metal",
        "depth",
        "thick",
        "layer",
        "penetration",
    ),
    aliases=("x", "h"),
    plausible=(1e-12, 1e5),
)
thickness_current_density = Relation(
    "thickness_from_current_density",
    GROUP,
    "Thickness dissolved or plated by a uniform current density",
    "x_c = i_c*t*M/(n_e*F*rho)",
    (THICKNESS_LOST, CURRENT_DENSITY, TIME, MOLAR_MASS, VALENCE, DENSITY),
    description="x = itA_w/(nFρ): Faraday's law per unit area divided by the density (Callister ch. 17).",
    keywords=("thickness", "current density", "corrosion", "plating"),
    requires=(("current density",), ("thickness", "thick", "layer", "depth")),
    unknowns=("x_c", "t"),
)

# a layer plated (or dissolved) over an area by a current: Faraday's mass ηItM/(nF) spread over the area
# as a thickness (Callister ch. 17); η the current efficiency (the share of the charge that deposits
# metal), 100 % unless stated
CURRENT_EFFICIENCY = Symbol(
    "eta_cur",
    "dimensionless",
    "current efficiency",
    keywords=("current efficiency", "efficiency", "cathode efficiency"),
    kind="fraction",
    default=1.0,
    default_note="current efficiency 100 % (every electron deposits metal)",
    plausible=(1e-3, 1.0),
)
# the current through the plating cell (its own quantity: a coil's or a Hall strip's current is another)
PLATING_CURRENT = CURRENT.with_(name="I_plate", label="plating current")
PLATED_AREA = AREA.with_(
    name="A_plated",
    unit="cm^2",
    label="plated (or corroding) area",
    keywords=("plated area", "surface area", "area", "exposed area", "coated area"),
)
PLATING = (
    "plated",
    "plating",
    "electroplated",
    "electroplating",
    "deposit",
    "deposited",
    "coating",
)
plating_thickness_current = Relation(
    "plating_thickness_current",
    GROUP,
    "Thickness plated by a current over an area",
    "x_c = eta_cur*I_plate*t*M/(n_e*F*rho*A_plated)",
    (
        THICKNESS_LOST,
        PLATING_CURRENT,
        TIME,
        MOLAR_MASS,
        VALENCE,
        DENSITY,
        PLATED_AREA,
        CURRENT_EFFICIENCY,
    ),
    description="x = ηItA_w/(nFρA): the mass Faraday's law deposits, spread over the area as a layer "
    "(Callister ch. 17; η the current efficiency).",
    keywords=("thickness", "current", "plating", "area", "coating"),
    requires=(PLATING, ("current",), ("thickness", "thick", "layer")),
    excludes=("current density",),
    unknowns=("x_c", "t"),
    # the bath temperature at which the plating runs does not enter Faraday's law
    conditions=("temperature",),
)

penetration_from_current = Relation(
    "penetration_rate_from_current_density",
    GROUP,
    "Corrosion penetration rate from a corrosion current density",
    "cpr = i_c*M/(n_e*F*rho)",
    (CPR, CURRENT_DENSITY, MOLAR_MASS, VALENCE, DENSITY),
    description="CPR = iA_w/(nFρ): Faraday's law per area and time over the density (Callister ch. 17).",
    keywords=("corrosion penetration rate", "penetration rate", "current density"),
    requires=(
        ("current density",),
        ("penetration", "corrosion rate", "cpr", "mm/yr", "mm/y", "mpy"),
    ),
    unknowns=("cpr",),
)

# ------------------------------------------------------------------ concentration polarization
D_ION = Symbol(
    "D_ion",
    "m^2/s",
    "diffusivity of the ions in solution",
    keywords=("diffusion coefficient", "diffusivity", "d"),
    aliases=("D",),
    plausible=(1e-15, 1e-5),
)
C_BULK = Symbol(
    "c_bulk",
    "mol/L",
    "bulk concentration of the reacting ions",
    keywords=("bulk concentration", "concentration", "solution"),
    aliases=("C_B", "c_B", "C_0"),
    plausible=(1e-12, 20),
)
DELTA_LAYER = Symbol(
    "delta_l",
    "mm",
    "diffusion (boundary) layer thickness",
    keywords=("boundary layer", "diffusion layer", "layer thickness", "thickness", "δ"),
    aliases=("δ",),
    plausible=(1e-9, 100),
)
I_LIMIT = CURRENT_DENSITY.with_(
    name="i_L",
    label="limiting current density",
    keywords=("limiting current density", "limiting current", "i_l"),
    aliases=("i_L", "iL"),
)
limiting_current = Relation(
    "limiting_current_density",
    GROUP,
    "Limiting current density of concentration polarization",
    "i_L = D_ion*n_e*F*c_bulk/delta_l",
    (I_LIMIT, D_ION, VALENCE, C_BULK, DELTA_LAYER),
    description="i_L = DnFC_B/δ (Bard & Faulkner, Electrochemical Methods, ch. 1).",
    keywords=("limiting current density", "concentration polarization", "diffusion"),
    requires=(("limiting current",),),
    unknowns=("i_L",),
)

RELATIONS = (
    limiting_current,
    penetration_from_current,
    thickness_current_density,
    plating_thickness_current,
    tafel,
    tafel_magnitude,
    tafel_current,
    hydrogen_electrode,
    faraday_current_density,
    nernst_electrode,
    nernst_cell,
    linear,
    pilling_bedworth,
    pilling_bedworth_grouped,
)
