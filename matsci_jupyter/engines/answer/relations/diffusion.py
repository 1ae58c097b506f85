"""Diffusion and thermally activated rates: Arrhenius, Fick's first and second laws, Dt = const."""

from __future__ import annotations

from dataclasses import replace

from . import common
from ._base import Relation, Symbol, rename_symbols
from .common import ACTIVATION_MOLAR, TEMPERATURE, TIME

GROUP = "diffusion"
DIFFUSION_WORDS = (
    "diffusion",
    "diffusivity",
    "diffuse",
    "diffusing",
    "carburiz",
    "decarburiz",
    "carburis",  # British spelling: 'carburising', 'gas-carburised'
    "decarburis",
    "diffusion coefficient",
    "nitrid",
    "doping",
    "interdiffusion",
    "d0",
    "d_0",
    "qd",
    "q_d",
)

D = Symbol(
    "D",
    "m^2/s",
    "diffusion coefficient",
    keywords=(
        "diffusion coefficient",
        "diffusivity",
        "diffusion constant",
        "coefficient of diffusion",
        "d",
    ),
    aliases=("D", "D_T"),
    plausible=(1e-40, 1e-1),
)
D0 = Symbol(
    "D0",
    "m^2/s",
    "pre-exponential factor",
    keywords=(
        "pre exponential",
        "preexponential",
        "d0",
        "d_0",
        "frequency factor",
        "d o",
        "temperature independent",
    ),
    aliases=("D0", "D_0", "Do", "D_o"),
    plausible=(1e-12, 10),
)
D1 = Symbol(
    "D1",
    "m^2/s",
    "diffusion coefficient at T1",
    keywords=(*D.keywords, "d1"),
    aliases=("D1", "D_1"),
    plausible=D.plausible,
)
D2 = Symbol(
    "D2",
    "m^2/s",
    "diffusion coefficient at T2",
    keywords=(*D.keywords, "d2"),
    aliases=("D2", "D_2"),
    plausible=D.plausible,
)
T1 = TEMPERATURE.with_(name="T1", label="temperature T1", aliases=("T1", "T_1"))
T2 = TEMPERATURE.with_(name="T2", label="temperature T2", aliases=("T2", "T_2"))
FLUX = Symbol(
    "J",
    "kg/(m^2*s)",
    "diffusion flux",
    # 'the carbon flux', 'the hydrogen flux': a flux named by the species that diffuses (the common
    # interstitial and gaseous diffusants of Fick's-law exercises) is the same diffusion flux
    keywords=(
        "flux",
        "diffusion flux",
        "mass flux",
        "j",
        "rate of diffusion",
        "flux of",
        "carbon flux",
        "nitrogen flux",
        "hydrogen flux",
        "oxygen flux",
        "helium flux",
    ),
    aliases=("J",),
    plausible=(1e-30, 1e6),
)
GRADIENT = Symbol(
    "grad",
    "kg/m^4",
    "concentration gradient",
    keywords=("concentration gradient", "gradient", "dc/dx"),
    aliases=("dC/dx", "ΔC/Δx"),
    plausible=(-1e40, 1e40),
    signed=True,
)
C_HIGH = Symbol(
    "C_A",
    "kg/m^3",
    "concentration on one side",
    keywords=(
        "concentration",
        "high pressure side",
        "one side",
        "on one side",
        "c_a",
        "c1",
        "face",
        "higher",
        "surface",
        "inlet",
        "first",
    ),
    aliases=("C_A", "CA", "C1", "C_1"),
    plausible=(1e-12, 1e32),
)
C_LOW = Symbol(
    "C_B",
    "kg/m^3",
    "concentration on the other side",
    keywords=(
        "concentration",
        "other side",
        "low pressure side",
        "c_b",
        "c2",
        "other face",
        "lower",
        "outlet",
        "second",
    ),
    aliases=("C_B", "CB", "C2", "C_2"),
    plausible=(0, 1e32),
)
THICKNESS = common.THICKNESS.with_(
    keywords=(
        "thickness",
        "thick",
        "distance",
        "membrane",
        "sheet",
        "plate",
        "δx",
        "Δx",
        "apart",
        "separated by",
        "positions",
    ),
    aliases=("Δx", "dx", "x", "t"),
    plausible=(1e-9, 1e4),
)
C_SURFACE = Symbol(
    "C_s",
    "percent",
    "surface concentration",
    keywords=(
        "surface concentration",
        "surface",
        "c_s",
        "cs",
        "maintained at",
        "atmosphere",
        "surface carbon",
        "gas",
    ),
    aliases=("C_s", "Cs", "C_S"),
    kind="composition",
    plausible=(0, 100),
)
C_INITIAL = Symbol(
    "C_0",
    "percent",
    "initial concentration",
    keywords=(
        "initial concentration",
        "initial",
        "original",
        "bulk",
        "c_0",
        "c0",
        "initially",
        "uniform",
        "base",
        "contains",
        "containing",
        "steel with",
        "alloy with",
        "steel of",
        "alloy of",
        "carbon content of",
        "initial carbon",
    ),
    aliases=("C_0", "C0", "C_o", "Co"),
    kind="composition",
    plausible=(0, 100),
)
C_X = Symbol(
    "C_x",
    "percent",
    "concentration at depth x",
    keywords=(
        "concentration at",
        "at a depth",
        "at a position",
        "below the surface",
        "c_x",
        "cx",
        "carbon content at",
        "desired",
        "to reach",
        "achieve",
        "content of",
        "depth",
        "concentration",
        "carbon concentration",
        "carbon content",
        "composition at",
    ),
    aliases=("C_x", "Cx", "C(x)", "C_X"),
    kind="composition",
    plausible=(0, 100),
)
DEPTH = Symbol(
    "x",
    "mm",
    "depth",
    keywords=(
        "depth",
        "below the surface",
        "position",
        "distance from the surface",
        "beneath",
        "x",
        "from the surface",
    ),
    aliases=("x",),
    plausible=(1e-9, 1e4),
)
T_1 = TIME.with_(name="t1", label="time t1", aliases=("t1", "t_1"))
T_2 = TIME.with_(name="t2", label="time t2", aliases=("t2", "t_2"))
RATE = Symbol(
    "k_rate",
    "1/s",
    "rate constant",
    keywords=("rate constant", "rate", "reaction rate", "k"),
    aliases=("k",),
    plausible=(1e-60, 1e30),
)
PREFACTOR = Symbol(
    "A_pre",
    "1/s",
    "pre-exponential factor",
    keywords=("pre exponential", "frequency factor", "a"),
    aliases=("A", "A0", "k0"),
    plausible=(1e-30, 1e30),
)
R1 = RATE.with_(name="k1", label="rate at T1", aliases=("k1", "r1"))
R2 = RATE.with_(name="k2", label="rate at T2", aliases=("k2", "r2"))

arrhenius_diffusion = Relation(
    "arrhenius_diffusion",
    GROUP,
    "Temperature dependence of diffusion",
    "D = D0*exp(-Q/(R*T))",
    (D, D0, ACTIVATION_MOLAR, TEMPERATURE),
    description="D = D₀ exp(−Q_d/RT); an activation energy per atom (eV) uses k_B instead of R.",
    keywords=(*DIFFUSION_WORDS, "activation energy"),
    requires=(DIFFUSION_WORDS,),
)
arrhenius_two_temperatures = Relation(
    "arrhenius_two_temperatures",
    GROUP,
    "Diffusion at two temperatures",
    "log(D2/D1) = -Q/R*(1/T2 - 1/T1)",
    (D1, D2, ACTIVATION_MOLAR, T1, T2),
    description="ln(D₂/D₁) = −(Q_d/R)(1/T₂ − 1/T₁): the activation energy from two measurements, or D at "
    "another temperature.",
    keywords=DIFFUSION_WORDS,
    requires=(DIFFUSION_WORDS,),
    pairs=(("T1", "D1"), ("T2", "D2")),
)
arrhenius_rate_two_temperatures = Relation(
    "arrhenius_rate_two_temperatures",
    "kinetics",
    "Rate at two temperatures (Arrhenius)",
    "log(k2/k1) = -Q/R*(1/T2 - 1/T1)",
    (R1, R2, ACTIVATION_MOLAR, T1, T2),
    description="ln(k₂/k₁) = −(Q/R)(1/T₂ − 1/T₁) for any thermally activated rate.",
    keywords=("rate", "reaction", "arrhenius"),
    requires=(("rate", "arrhenius"),),
    pairs=(("T1", "k1"), ("T2", "k2")),
)
arrhenius_rate = Relation(
    "arrhenius_rate",
    "kinetics",
    "Arrhenius rate",
    "k_rate = A_pre*exp(-Q/(R*T))",
    (RATE, PREFACTOR, ACTIVATION_MOLAR, TEMPERATURE),
    description="k = A exp(−Q/RT).",
    keywords=("rate", "reaction", "arrhenius"),
    requires=(("rate", "arrhenius"),),
)
fick_first_gradient = Relation(
    "fick_first_gradient",
    GROUP,
    "Fick's first law (gradient)",
    "J = D*Abs(grad)",
    (FLUX, D, GRADIENT),
    description="J = −D dC/dx (magnitudes).",
    unknowns=("J", "D"),
    keywords=(*DIFFUSION_WORDS, "flux"),
    requires=(("flux", "fick"), ("gradient",)),
    conditions=("temperature",),
)
fick_first = Relation(
    "fick_first",
    GROUP,
    "Fick's first law (steady state)",
    "J = D*(C_A - C_B)/dx",
    (FLUX, D, C_HIGH, C_LOW, THICKNESS),
    description="J = D (C_A − C_B)/Δx across a plate or membrane at steady state.",
    keywords=(*DIFFUSION_WORDS, "flux", "steady state"),
    requires=(("flux", "fick", "steady state"),),
    unknowns=("J", "D", "dx"),
    conditions=("temperature",),
)
fick_second_erf = Relation(
    "fick_second_erf",
    GROUP,
    "Fick's second law (semi-infinite solid)",
    "(C_x - C_0)/(C_s - C_0) = 1 - erf(x/(2*sqrt(D*t)))",
    (C_X, C_INITIAL, C_SURFACE, DEPTH, D, TIME),
    description="(C_x − C₀)/(C_s − C₀) = 1 − erf(x/2√(Dt)) for a constant surface concentration.",
    keywords=(*DIFFUSION_WORDS, "surface", "depth", "erf"),
    requires=(
        (*DIFFUSION_WORDS, "erf", "fick", "d =", "surface carbon", "surface concentration"),
        ("surface",),
    ),
    conditions=("temperature",),
)
same_dt = Relation(
    "diffusion_same_dt",
    GROUP,
    "Equal Dt for the same concentration profile",
    "D1*t1 = D2*t2",
    (D1, T_1, D2, T_2),
    description="The same concentration at the same depth needs the same D·t (from Fick's second law).",
    keywords=DIFFUSION_WORDS,
    requires=(DIFFUSION_WORDS, ("same", "identical", "equivalent", "equal")),
    pairs=(("t1", "D1"), ("t2", "D2")),
    conditions=("temperature",),
)
same_profile_two_temperatures = Relation(
    "same_profile_two_temperatures",
    GROUP,
    "Time for the same diffusion profile at another temperature",
    "t2 = t1*exp(Q/R*(1/T2 - 1/T1))",
    (T_2, T_1, ACTIVATION_MOLAR, T1, T2),
    description="D₁t₁ = D₂t₂ (Fick's second law) with D = D₀exp(−Q/RT) at each temperature: "
    "t₂ = t₁ exp[(Q/R)(1/T₂ − 1/T₁)] (Callister example 5.4 style).",
    keywords=DIFFUSION_WORDS,
    requires=(
        (*DIFFUSION_WORDS, "nitrid"),
        ("same", "identical", "equivalent", "equal"),
    ),
    pairs=(("t1", "T1"), ("t2", "T2")),
    unknowns=("t2", "t1"),
)
same_profile_arrhenius = Relation(
    "same_profile_arrhenius",
    GROUP,
    "Same diffusion profile at another temperature, from D0 and Q",
    "t2*D0*exp(-Q/(R*T2)) = t1*D0*exp(-Q/(R*T1))",
    (T_2, T_1, D0, ACTIVATION_MOLAR, T1, T2),
    description="D₁t₁ = D₂t₂ (Fick's second law: the same concentration at the same depth) with "
    "D = D₀exp(−Q/RT) at each temperature; D₀ is common to both and cancels, so the time or the "
    "temperature of the second treatment follows from Q alone (Callister, Materials Science and "
    "Engineering, ch. 5, Dt = constant).",
    keywords=DIFFUSION_WORDS,
    requires=(
        (*DIFFUSION_WORDS, "nitrid"),
        ("same", "identical", "equivalent", "equal"),
    ),
    pairs=(("t1", "T1"), ("t2", "T2")),
    unknowns=("t2", "T2"),
)

RELATIONS = (
    same_profile_two_temperatures,
    same_profile_arrhenius,
    arrhenius_diffusion,
    arrhenius_two_temperatures,
    arrhenius_rate,
    arrhenius_rate_two_temperatures,
    fick_first_gradient,
    fick_first,
    fick_second_erf,
    same_dt,
)


def _per_atom(relation: Relation) -> Relation:
    """The same law with concentrations in atoms/m³ and fluxes in atoms/(m²·s).

    A number concentration is another quantity than a mass concentration (another dimension), so its
    symbols get their own names: the relation graph never joins a kg/m³ node to an atoms/m³ one.
    """
    units = {"J": "1/(m^2*s)", "C_A": "1/m^3", "C_B": "1/m^3", "grad": "1/m^4"}
    ranges = {"J": (1e-10, 1e40), "C_A": (1e-10, 1e32), "C_B": (0, 1e32), "grad": (-1e45, 1e45)}
    symbols = tuple(
        s.with_(unit=units[s.name], plausible=ranges[s.name]) if s.name in units else s
        for s in relation.symbols
    )
    return rename_symbols(
        replace(relation, symbols=symbols),
        {name: f"{name}_atoms" for name in units},
        name=relation.name + "_atoms",
        title=relation.title + ", atoms",
    )


RELATIONS = (*RELATIONS, _per_atom(fick_first), _per_atom(fick_first_gradient))
