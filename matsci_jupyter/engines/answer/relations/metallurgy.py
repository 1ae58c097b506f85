"""Metallurgy-exam relations: transport (Reynolds, Biot, convection, radiation, Stokes settling),
processing (rolling draft, welding heat input, reductions), reaction thermodynamics (ΔG° and K,
entropy of fusion, ideal mixing), hardness tests (Brinell, Vickers), X-ray line broadening
(Scherrer) and Wien's displacement law.

Sources (each relation's description names its equation): Gaskell, *Introduction to the
Thermodynamics of Materials* (ΔG° = −RT ln K, ideal mixing, ΔS_m = ΔH_m/T_m); Geiger & Poirier,
*Transport Phenomena in Metallurgy* (Re, Bi, Newton cooling, Stefan–Boltzmann, Stokes); Dieter,
*Mechanical Metallurgy* (maximum draft Δh = μ²R, Brinell and Vickers hardness); Kou, *Welding
Metallurgy* (heat input ηVI/v); Cullity, *Elements of X-ray Diffraction* (Scherrer equation);
Atkins, *Physical Chemistry* (Wien's law).
"""

from __future__ import annotations

from ._base import Relation, Symbol
from .casting_flow import METAL_DENSITY
from .common import DELTA_T, TEMPERATURE, WAVELENGTH, number_symbol
from .crystals import THETA, TWO_THETA
from .thermal import CONDUCTIVITY_K as K_SOLID
from .thermal import HEAT_FLUX

GROUP = "metallurgy"


# ------------------------------------------------------------------ fluids and heat transfer
FLUID_DENSITY = Symbol(
    "rho_fl",
    "kg/m^3",
    "fluid density",
    keywords=("density", "ρ", "rho"),
    aliases=("ρ", "rho"),
    plausible=(1e-3, 3e4),
)
VELOCITY = Symbol(
    "v_fl",
    "m/s",
    "velocity",
    keywords=("velocity", "speed", "flowing at", "flows at", "moving at", "v"),
    aliases=("v", "u", "V"),
    plausible=(1e-12, 1e5),
)
CHAR_LENGTH = Symbol(
    "L_ch",
    "m",
    "characteristic length",
    keywords=(
        "diameter",
        "pipe diameter",
        "characteristic length",
        "length",
        "thickness",
        "radius",
    ),
    aliases=("D", "d", "L"),
    plausible=(1e-9, 1e5),
)
VISCOSITY = Symbol(
    "mu_v",
    "Pa*s",
    "dynamic viscosity",
    keywords=("viscosity", "dynamic viscosity", "μ", "mu", "η"),
    aliases=("μ", "mu", "η"),
    plausible=(1e-7, 1e6),
)
KIN_VISCOSITY = Symbol(
    "nu_k",
    "m^2/s",
    "kinematic viscosity",
    keywords=("kinematic viscosity", "ν", "nu"),
    aliases=("ν", "nu"),
    plausible=(1e-9, 1e2),
)
REYNOLDS = number_symbol(
    "Re", "Reynolds number", ("reynolds number", "re"), ("Re",), plausible=(0, 1e12)
)
reynolds = Relation(
    "reynolds_number",
    GROUP,
    "Reynolds number",
    "Re = rho_fl*v_fl*L_ch/mu_v",
    (REYNOLDS, FLUID_DENSITY, VELOCITY, CHAR_LENGTH, VISCOSITY),
    description="Re = ρvD/μ (Geiger & Poirier ch. 1).",
    keywords=("reynolds", "flow", "fluid", "viscosity"),
    requires=(("reynolds",),),
    excludes=("kinematic",),
)
reynolds_kinematic = Relation(
    "reynolds_number_kinematic",
    GROUP,
    "Reynolds number (kinematic viscosity)",
    "Re = v_fl*L_ch/nu_k",
    (REYNOLDS, VELOCITY, CHAR_LENGTH, KIN_VISCOSITY),
    description="Re = vD/ν.",
    keywords=("reynolds", "kinematic viscosity"),
    requires=(("reynolds",), ("kinematic",)),
)
H_CONV = Symbol(
    "h_c",
    "W/(m^2*delta_degC)",
    "heat transfer coefficient",
    keywords=(
        "heat transfer coefficient",
        "convective heat transfer coefficient",
        "film coefficient",
        "convection coefficient",
        "h",
    ),
    aliases=("h", "h_c"),
    plausible=(1e-3, 1e7),
)
BIOT = number_symbol("Bi", "Biot number", ("biot number", "bi"), ("Bi",), plausible=(0, 1e12))
biot = Relation(
    "biot_number",
    GROUP,
    "Biot number",
    "Bi = h_c*L_ch/k_th",
    (BIOT, H_CONV, CHAR_LENGTH, K_SOLID),
    description="Bi = hL/k, L the characteristic length (Geiger & Poirier ch. 9).",
    keywords=("biot", "heat transfer coefficient", "conductivity"),
    requires=(("biot",),),
)
newton_cooling = Relation(
    "convective_heat_flux",
    GROUP,
    "Convective heat flux (Newton's law of cooling)",
    "q_flux = h_c*Abs(dT)",
    (HEAT_FLUX, H_CONV, DELTA_T),
    description="q = h(T_s − T_∞) (Newton's law of cooling).",
    keywords=("convect", "heat transfer coefficient", "heat flux", "cooling"),
    requires=(("heat transfer coefficient", "convect", "film coefficient"),),
    unknowns=("q_flux", "h_c"),
)
EMISSIVITY = Symbol(
    "eps_em",
    "dimensionless",
    "emissivity",
    keywords=("emissivity", "ε", "emittance"),
    aliases=("ε", "e"),
    kind="fraction",
    valid=(0, 1),
    plausible=(0, 1),
)
RADIANT_FLUX = HEAT_FLUX.with_(
    name="q_rad",
    label="radiated power per unit area",
    keywords=(
        "radiated",
        "radiation heat flux",
        "heat flux",
        "emissive power",
        "radiant flux",
        "energy radiated per unit area",
        "heat loss",
        "flux",
    ),
)
RADIATION = ("radiat", "emissivity", "stefan", "black body", "blackbody", "emissive power")
stefan_boltzmann = Relation(
    "stefan_boltzmann_flux",
    GROUP,
    "Radiated power per unit area (Stefan–Boltzmann)",
    "q_rad = eps_em*sigma_SB*T**4",
    (RADIANT_FLUX, EMISSIVITY, TEMPERATURE),
    description="q = εσT⁴ from a surface at T (Stefan–Boltzmann law).",
    keywords=("radiation", "emissivity", "stefan boltzmann"),
    requires=(RADIATION,),
    excludes=("surroundings", "ambient", "between", "net"),
)
RADIATED_POWER = Symbol(
    "P_rad",
    "W",
    "power radiated by the surface",
    keywords=(
        "power",
        "radiated power",
        "power does it radiate",
        "radiates",
        "emitted power",
        # 'at what rate does it radiate energy': the power, said as a rate
        "rate",
        "radiate energy",
        "rate of radiation",
    ),
    aliases=("P",),
    plausible=(1e-9, 1e12),
)
RADIATING_AREA = Symbol(
    "A_rad",
    "m^2",
    "radiating surface area",
    keywords=("area", "surface area", "surface of area", "surface"),
    aliases=("A",),
    plausible=(1e-12, 1e6),
)
# The same law for a whole surface: the power it emits, not the flux. Only the emitted power: a question
# that states the surroundings' temperature leaves it unused (and is refused), and 'net' asks for the
# exchange, which this is not.
stefan_boltzmann_power = Relation(
    "stefan_boltzmann_power",
    GROUP,
    "Power radiated by a surface (Stefan–Boltzmann)",
    "P_rad = eps_em*sigma_SB*A_rad*T**4",
    (RADIATED_POWER, EMISSIVITY, RADIATING_AREA, TEMPERATURE),
    description="P = εσAT⁴ emitted by a surface of area A at T (Stefan–Boltzmann law; Callister ch. 19, "
    "Geiger & Poirier ch. 7).",
    keywords=("radiation", "emissivity", "stefan boltzmann", "power"),
    requires=(RADIATION, ("power", "at what rate", "rate at which"), ("area",)),
    excludes=("net", "between", "per unit area"),
    unknowns=("P_rad",),
)
# The net exchange of a small grey surface with large surroundings: q = εσ(T_s⁴ − T_sur⁴) per unit area
# (Incropera, *Fundamentals of Heat and Mass Transfer*, eq. 1.7; Geiger & Poirier ch. 7). The surface is
# the hotter one ('radiates to its surroundings'); a reading with the two temperatures the other way round
# is no reading (ordered).
T_SURFACE = TEMPERATURE.with_(
    name="T_surf",
    label="surface temperature",
    keywords=("surface", "surface is at", "is at", "at"),
)
T_SURROUNDINGS = TEMPERATURE.with_(
    name="T_sur",
    label="temperature of the surroundings",
    keywords=("surroundings", "surroundings at", "to large surroundings"),
)
NET_FLUX = HEAT_FLUX.with_(
    name="q_net",
    label="net radiative heat flux",
    keywords=(
        "net radiative heat flux",
        "net heat flux",
        "net flux",
        "radiative heat flux",
        "flux",
    ),
)
stefan_boltzmann_net = Relation(
    "stefan_boltzmann_net_flux",
    GROUP,
    "Net radiative flux from a surface to large surroundings (Stefan–Boltzmann)",
    "q_net = eps_em*sigma_SB*(T_surf**4 - T_sur**4)",
    (NET_FLUX, EMISSIVITY, T_SURFACE, T_SURROUNDINGS),
    description="q = εσ(T_s⁴ − T_sur⁴), a grey surface in large surroundings (Incropera eq. 1.7).",
    keywords=("radiation", "emissivity", "net", "surroundings"),
    requires=(RADIATION, ("net",), ("surroundings",), ("flux", "per unit area", "per square")),
    excludes=(
        "convect",
        "heat transfer coefficient",
        "absorbs",
        "two plates",
        "parallel",
        "between",
    ),
    ordered=(("T_surf", "T_sur"),),
    unknowns=("q_net",),
)
LAMBDA_MAX = WAVELENGTH.with_(
    name="lam_max",
    label="wavelength of maximum emission",
    keywords=(
        "maximum wavelength",
        "wavelength of maximum",
        "peak wavelength",
        "λ_max",
        "λmax",
        "wavelength",
        "maximum intensity",
    ),
    aliases=("λ_max", "λmax", "lambda_max"),
)
wien = Relation(
    "wien_displacement",
    GROUP,
    "Wien's displacement law",
    "lam_max*T = b_W",
    (LAMBDA_MAX, TEMPERATURE),
    description="λ_max T = 2.898×10⁻³ m·K (Wien's displacement law).",
    keywords=("blackbody", "black body", "wien", "maximum"),
    requires=(("blackbody", "black body", "wien"),),
)
PARTICLE_RADIUS = Symbol(
    "r_p",
    "m",
    "particle radius",
    keywords=("radius", "particle radius", "inclusion radius", "r"),
    aliases=("r",),
    plausible=(1e-12, 1),
)
PARTICLE_DENSITY = FLUID_DENSITY.with_(
    name="rho_p",
    label="particle density",
    keywords=(
        "particle density",
        "inclusion",
        "inclusions",
        "particle",
        "alumina",
        "sphere",
        "density",
    ),
    aliases=("ρ_p",),
)
LIQUID_DENSITY = METAL_DENSITY.with_(
    keywords=("liquid", "melt", "steel", "bath", "water", "fluid", "liquid density"),
    aliases=("ρ_l", "ρ_f"),
)
TERMINAL = VELOCITY.with_(
    name="v_t",
    label="terminal velocity",
    keywords=(
        "terminal velocity",
        "rising velocity",
        "settling velocity",
        "rise velocity",
        "velocity",
    ),
    aliases=("v_t",),
)
stokes = Relation(
    "stokes_terminal_velocity",
    GROUP,
    "Terminal velocity of a small sphere (Stokes' law)",
    "v_t = 2*r_p**2*Abs(rho_p - rho_liq)*g_n/(9*mu_v)",
    (TERMINAL, PARTICLE_RADIUS, PARTICLE_DENSITY, LIQUID_DENSITY, VISCOSITY),
    description="v = 2r²|ρ_p − ρ_l|g/(9μ) (Stokes' law, creeping flow).",
    keywords=("stokes", "terminal", "inclusion", "settling", "rise", "float"),
    requires=(
        ("stokes", "terminal velocity", "settling velocity", "rising velocity", "rise velocity"),
    ),
    unknowns=("v_t",),
)

# ------------------------------------------------------------------ processing
FRICTION = Symbol(
    "mu_fr",
    "dimensionless",
    "coefficient of friction",
    keywords=("coefficient of friction", "friction coefficient", "friction", "μ"),
    aliases=("μ", "mu"),
    kind="number",
    plausible=(1e-4, 2),
)
ROLL_RADIUS = Symbol(
    "R_roll",
    "mm",
    "roll radius",
    keywords=(
        "roll radius",
        "radius of the roll",
        "radius of the rolls",
        "roll of radius",
        "radius",
    ),
    aliases=("R",),
    plausible=(1e-3, 1e5),
)
ROLL_DIAMETER = ROLL_RADIUS.with_(
    name="D_roll",
    label="roll diameter",
    keywords=(
        "roll diameter",
        "diameter of the roll",
        "diameter of the rolls",
        "rolls of diameter",
        "diameter",
    ),
    aliases=("D",),
)
DRAFT = Symbol(
    "dh_max",
    "mm",
    "maximum draft",
    keywords=(
        "maximum draft",
        "maximum possible draft",
        "maximum reduction",
        "maximum possible reduction",
        "draft",
        "reduction in thickness",
    ),
    aliases=("Δh",),
    plausible=(1e-9, 1e4),
)
ROLLING = (("rolling", "rolled", "rolls", "roll"), ("maximum", "max"))
max_draft = Relation(
    "rolling_maximum_draft",
    GROUP,
    "Maximum draft in flat rolling",
    "dh_max = mu_fr**2*R_roll",
    (DRAFT, FRICTION, ROLL_RADIUS),
    description="Δh_max = μ²R (Dieter, flat rolling).",
    keywords=("rolling", "draft", "friction", "roll"),
    requires=ROLLING,
    excludes=("diameter",),
    unknowns=("dh_max", "mu_fr", "R_roll"),
)
max_draft_diameter = Relation(
    "rolling_maximum_draft_diameter",
    GROUP,
    "Maximum draft in flat rolling (roll diameter given)",
    "dh_max = mu_fr**2*D_roll/2",
    (DRAFT, FRICTION, ROLL_DIAMETER),
    description="Δh_max = μ²R with R = D/2.",
    keywords=("rolling", "draft", "friction", "roll"),
    requires=(*ROLLING, ("diameter",)),
    unknowns=("dh_max", "mu_fr", "D_roll"),
)
ARC_VOLTAGE = Symbol(
    "V_arc",
    "V",
    "arc voltage",
    keywords=("voltage", "arc voltage", "v"),
    aliases=("V",),
    plausible=(1e-3, 1e5),
)
WELD_CURRENT = Symbol(
    "I_w",
    "A",
    "welding current",
    keywords=("current", "welding current", "i"),
    aliases=("I",),
    plausible=(1e-3, 1e6),
)
TRAVEL = Symbol(
    "v_w",
    "mm/s",
    "welding speed",
    keywords=("welding speed", "travel speed", "speed", "velocity", "traverse speed"),
    aliases=("v",),
    plausible=(1e-6, 1e6),
)
EFFICIENCY = Symbol(
    "eta_w",
    "dimensionless",
    "arc efficiency",
    keywords=("efficiency", "arc efficiency", "heat transfer efficiency", "η"),
    aliases=("η", "eta"),
    kind="fraction",
    valid=(0, 1),
    plausible=(0, 1),
)
HEAT_INPUT = Symbol(
    "H_in",
    "J/mm",
    "heat input per unit length",
    keywords=("heat input", "heat input per unit length", "net heat input", "energy input"),
    aliases=("H",),
    plausible=(1e-6, 1e9),
)
weld_heat_input = Relation(
    "welding_heat_input",
    GROUP,
    "Welding heat input per unit length",
    "H_in = eta_w*V_arc*I_w/v_w",
    (HEAT_INPUT, EFFICIENCY, ARC_VOLTAGE, WELD_CURRENT, TRAVEL),
    description="H = ηVI/v (Kou, Welding Metallurgy ch. 2).",
    keywords=("weld", "welding", "heat input", "arc"),
    requires=(("weld",), ("heat input",), ("efficiency",)),
)
weld_heat_input_gross = Relation(
    "welding_heat_input_gross",
    GROUP,
    "Welding heat input per unit length (no efficiency)",
    "H_in = V_arc*I_w/v_w",
    (HEAT_INPUT, ARC_VOLTAGE, WELD_CURRENT, TRAVEL),
    description="H = VI/v, the gross heat input.",
    keywords=("weld", "welding", "heat input", "arc"),
    requires=(("weld",), ("heat input",)),
    excludes=("efficiency",),
)

# ------------------------------------------------------------------ reaction thermodynamics
DG0 = Symbol(
    "dG0",
    "kJ/mol",
    "standard Gibbs energy change",
    keywords=(
        "standard gibbs",
        "standard free energy",
        "δg°",
        "Δg°",
        "δg0",
        "gibbs free energy change",
        "free energy change",
        "gibbs energy change",
        "δg",
        "Δg",
    ),
    aliases=("ΔG°", "ΔG0", "ΔG", "dG0"),
    plausible=(-1e5, 1e5),
    signed=True,
    molar_ok=True,
)
K_EQ = number_symbol(
    "K_eq",
    "equilibrium constant",
    ("equilibrium constant", "k", "k_eq", "k_p"),
    ("K", "K_p", "K_eq"),
    plausible=(1e-300, 1e300),
)
gibbs_equilibrium = Relation(
    "gibbs_equilibrium_constant",
    GROUP,
    "Standard Gibbs energy and the equilibrium constant",
    "dG0 = -R*T*log(K_eq)",
    (DG0, TEMPERATURE, K_EQ),
    description="ΔG° = −RT ln K (Gaskell ch. 11).",
    keywords=("equilibrium constant", "standard", "gibbs", "free energy"),
    requires=(("equilibrium constant",),),
)
H_FUSION = Symbol(
    "dH_m",
    "kJ/mol",
    "enthalpy of fusion",
    keywords=(
        "enthalpy of fusion",
        "latent heat of fusion",
        "heat of fusion",
        "enthalpy of melting",
        "latent heat of melting",
        "latent heat",
        "heat of melting",
    ),
    aliases=("ΔH_m", "ΔH_f", "L"),
    plausible=(1e-4, 1e4),
    molar_ok=True,
)
S_FUSION = Symbol(
    "dS_m",
    "J/(mol*K)",
    "entropy of fusion",
    keywords=("entropy of fusion", "entropy of melting", "entropy change", "entropy"),
    aliases=("ΔS_m", "ΔS_f", "ΔS"),
    plausible=(1e-4, 1e4),
)
MELTING = Symbol(
    "T_mp",
    "K",
    "melting temperature",
    keywords=("melting point", "melting temperature", "melts at", "t_m", "tm"),
    aliases=("T_m", "Tm"),
    kind="temperature",
    plausible=(0.01, 6000),
    valid=(0, None),
)
entropy_fusion = Relation(
    "entropy_of_fusion",
    GROUP,
    "Entropy of fusion at the melting point",
    "dS_m = dH_m/T_mp",
    (S_FUSION, H_FUSION, MELTING),
    description="ΔS_m = ΔH_m/T_m (equilibrium at the melting point).",
    keywords=("entropy", "melting", "fusion"),
    requires=(("entropy",), ("fusion", "melting")),
)
# The same equilibrium for any first-order transformation at its equilibrium temperature ('grey tin
# transforms to white tin at 13 °C with an enthalpy of transformation of 2.09 kJ/mol'): ΔG = 0 there, so
# ΔS_tr = ΔH_tr/T_tr (Gaskell, Introduction to the Thermodynamics of Materials, ch. 7; Porter & Easterling
# ch. 1).
H_TRANSFORMATION = H_FUSION.with_(
    name="dH_tr",
    label="enthalpy of transformation",
    keywords=(
        "enthalpy of transformation",
        "heat of transformation",
        "latent heat of transformation",
        "enthalpy of transition",
        "heat of transition",
        "enthalpy change",
        "latent heat",
    ),
    aliases=("ΔH_tr", "ΔH_t", "ΔH"),
)
S_TRANSFORMATION = S_FUSION.with_(
    name="dS_tr",
    label="entropy of transformation",
    keywords=("entropy of transformation", "entropy of transition", "entropy change", "entropy"),
    aliases=("ΔS_tr", "ΔS_t", "ΔS"),
)
T_TRANSFORMATION = MELTING.with_(
    name="T_trf",
    label="transformation temperature",
    keywords=(
        "transformation temperature",
        "transition temperature",
        "transforms to",
        "transforms at",
        "at",
    ),
    aliases=("T_tr", "T_t"),
)
entropy_transformation = Relation(
    "entropy_of_transformation",
    GROUP,
    "Entropy of a transformation at its equilibrium temperature",
    "dS_tr = dH_tr/T_trf",
    (S_TRANSFORMATION, H_TRANSFORMATION, T_TRANSFORMATION),
    description="ΔS_tr = ΔH_tr/T_tr, ΔG = 0 at the equilibrium transformation temperature (Gaskell ch. 7).",
    keywords=("entropy", "transformation", "transition"),
    requires=(("entropy",), ("transformation", "transition", "transforms")),
    excludes=("fusion", "melting", "mixing"),
    unknowns=("dS_tr",),
)
X_B = Symbol(
    "x_b",
    "dimensionless",
    "mole fraction",
    keywords=("mole fraction", "atom fraction", "x_b", "x", "containing", "contains", "at%"),
    aliases=("x", "x_B", "X_B"),
    kind="fraction",
    valid=(0, 1),
    plausible=(0, 1),
)
S_MIX = Symbol(
    "dS_mix",
    "J/(mol*K)",
    "entropy of mixing",
    keywords=("entropy of mixing", "mixing entropy", "configurational entropy", "entropy"),
    aliases=("ΔS_mix",),
    plausible=(0, 1e3),
)
G_MIX = Symbol(
    "dG_mix",
    "J/mol",
    "Gibbs energy of mixing",
    keywords=("gibbs energy of mixing", "free energy of mixing", "gibbs free energy of mixing"),
    aliases=("ΔG_mix", "ΔG_M"),
    plausible=(-1e6, 0),
    signed=True,
)
IDEAL_MIX = (("ideal",), ("mixing", "solution"))
ideal_mixing_entropy = Relation(
    "ideal_mixing_entropy",
    GROUP,
    "Entropy of mixing of an ideal binary solution",
    "dS_mix = -R*(x_b*log(x_b) + (1 - x_b)*log(1 - x_b))",
    (S_MIX, X_B),
    description="ΔS_mix = −R(x_A ln x_A + x_B ln x_B) per mole of solution (Gaskell ch. 9).",
    keywords=("ideal", "mixing", "entropy", "solution"),
    requires=(*IDEAL_MIX, ("entropy",)),
    unknowns=("dS_mix",),
)
ideal_mixing_gibbs = Relation(
    "ideal_mixing_gibbs",
    GROUP,
    "Gibbs energy of mixing of an ideal binary solution",
    "dG_mix = R*T*(x_b*log(x_b) + (1 - x_b)*log(1 - x_b))",
    (G_MIX, TEMPERATURE, X_B),
    description="ΔG_mix = RT(x_A ln x_A + x_B ln x_B) per mole of solution (Gaskell ch. 9).",
    keywords=("ideal", "mixing", "gibbs", "free energy", "solution"),
    requires=(*IDEAL_MIX, ("gibbs", "free energy")),
    unknowns=("dG_mix",),
)

# ------------------------------------------------------------------ hardness tests
LOAD_KGF = Symbol(
    "P_kgf",
    "kg",
    "test load (kgf)",
    keywords=("load", "applied load", "test load", "force", "p"),
    aliases=("P", "F"),
    plausible=(1e-4, 1e5),
)
BALL = Symbol(
    "D_ball",
    "mm",
    "ball diameter",
    keywords=(
        "ball diameter",
        "diameter of the ball",
        "ball of diameter",
        "ball",
        "indenter diameter",
        "indenter",
    ),
    aliases=("D",),
    plausible=(0.1, 100),
)
IMPRESSION = Symbol(
    "d_ind",
    "mm",
    "indentation diameter",
    keywords=(
        "indentation diameter",
        "diameter of the indentation",
        "impression diameter",
        "indentation",
        "impression",
        "diagonal",
        "mean diagonal",
        "indent",
    ),
    aliases=("d",),
    plausible=(1e-4, 100),
)
HB = Symbol(
    "HB",
    "kg/mm^2",
    "Brinell hardness number",
    keywords=("brinell hardness", "brinell hardness number", "hardness", "hb", "bhn"),
    aliases=("HB", "BHN"),
    plausible=(1e-3, 1e4),
)
HV = HB.with_(
    name="HV",
    label="Vickers hardness number",
    keywords=("vickers hardness", "vickers hardness number", "hardness", "hv", "vhn"),
    aliases=("HV", "VHN"),
)
brinell = Relation(
    "brinell_hardness",
    GROUP,
    "Brinell hardness number",
    "HB = 2*P_kgf/(pi*D_ball*(D_ball - sqrt(D_ball**2 - d_ind**2)))",
    (HB, LOAD_KGF, BALL, IMPRESSION),
    description="HB = 2P/[πD(D − √(D² − d²))], P in kgf, D and d in mm (Dieter ch. 9).",
    keywords=("brinell", "hardness", "indentation"),
    requires=(("brinell",),),
)
vickers = Relation(
    "vickers_hardness",
    GROUP,
    "Vickers hardness number",
    "HV = 1.8544*P_kgf/d_ind**2",
    (HV, LOAD_KGF, IMPRESSION),
    description="HV = 1.8544P/d², P in kgf, d the mean diagonal in mm (Dieter ch. 9).",
    keywords=("vickers", "hardness", "diagonal"),
    requires=(("vickers",),),
)

# ------------------------------------------------------------------ X-ray line broadening
CRYSTALLITE = Symbol(
    "t_cryst",
    "nm",
    "crystallite size",
    keywords=(
        "crystallite size",
        "mean crystallite size",  # the Scherrer size is a (volume-weighted) mean
        "average crystallite size",
        "grain size",
        "particle size",
        "crystallite",
        "thickness",
        "size",
    ),
    aliases=("t", "τ", "D"),
    plausible=(1e-3, 1e5),
)
BROADENING = Symbol(
    "B_w",
    "radian",
    "peak width (FWHM)",
    keywords=(
        "fwhm",
        "full width at half maximum",
        "broadening",
        "line broadening",
        "peak width",
        "width",
        "β",
    ),
    aliases=("B", "β"),
    kind="angle",
    valid=(0, 3.2),
    plausible=(1e-7, 3.2),
)
SHAPE = number_symbol(
    "K_sh", "shape factor K", ("shape factor", "scherrer constant", "k"), ("K",), (0.5, 1.5)
)
SCHERRER = (("scherrer", "broadening", "fwhm", "full width", "crystallite"),)
scherrer = Relation(
    "scherrer_size",
    GROUP,
    "Crystallite size from line broadening (Scherrer)",
    "t_cryst = K_sh*lam/(B_w*cos(theta))",
    (CRYSTALLITE, SHAPE, WAVELENGTH, BROADENING, THETA),
    description="t = Kλ/(B cos θ), B the peak width in radians (Cullity §5-2).",
    keywords=("scherrer", "crystallite", "broadening", "bragg angle"),
    requires=SCHERRER,
    unknowns=("t_cryst",),
)
scherrer_two_theta = Relation(
    "scherrer_size_two_theta",
    GROUP,
    "Crystallite size from line broadening (Scherrer, peak at 2θ)",
    "t_cryst = K_sh*lam/(B_w*cos(tt/2))",
    (CRYSTALLITE, SHAPE, WAVELENGTH, BROADENING, TWO_THETA),
    description="t = Kλ/(B cos θ) with θ half the peak position 2θ.",
    keywords=("scherrer", "crystallite", "broadening", "2θ"),
    requires=SCHERRER,
    unknowns=("t_cryst",),
)

RELATIONS = (
    reynolds,
    reynolds_kinematic,
    biot,
    newton_cooling,
    stefan_boltzmann,
    stefan_boltzmann_power,
    stefan_boltzmann_net,
    wien,
    stokes,
    max_draft,
    max_draft_diameter,
    weld_heat_input,
    weld_heat_input_gross,
    gibbs_equilibrium,
    entropy_fusion,
    entropy_transformation,
    ideal_mixing_entropy,
    ideal_mixing_gibbs,
    brinell,
    vickers,
    scherrer,
    scherrer_two_theta,
)
