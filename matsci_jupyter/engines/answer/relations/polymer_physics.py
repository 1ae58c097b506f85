"""Polymer relations not declared elsewhere: the WLF shift factor a_T and the density of a totally
crystalline polymer from its orthorhombic unit cell (repeat units per cell, cell edges a, b, c).

Sources: Williams, Landel & Ferry, J. Am. Chem. Soc. 77 (1955) 3701 (log a_T = −C₁(T − T_g)/(C₂ +
T − T_g), the universal C₁ = 17.44, C₂ = 51.6 K); Callister & Rethwisch, *Materials Science and
Engineering: An Introduction* (10th ed.), ch. 14 (ρ_c = n A/(V_C N_A) for a polymer crystal, the
orthorhombic polyethylene cell, Fig. 14.10 and problem 14.D).
"""

from __future__ import annotations

from ._base import Relation, Symbol
from .common import DENSITY, TEMPERATURE, YOUNGS
from .mechanics import SHEAR_MODULUS
from .polymers import REPEAT_MASS

GROUP = "polymers"

SHIFT = Symbol(
    "a_T",
    "dimensionless",
    "WLF shift factor a_T",
    keywords=("shift factor", "a_t", "at"),
    aliases=("a_T", "aT"),
    kind="number",
    plausible=(1e-300, 1e300),
)
WLF_C1 = Symbol(
    "C_1w",
    "dimensionless",
    "WLF constant C₁",
    keywords=("c_1", "c1"),
    aliases=("C_1", "C1"),
    kind="number",
    default=17.44,
    default_note="universal WLF constant C₁ = 17.44",
    plausible=(1, 100),
)
WLF_C2 = Symbol(
    "C_2w",
    "K",
    "WLF constant C₂",
    keywords=("c_2", "c2"),
    aliases=("C_2", "C2"),
    # written 'C₂ = 51.6 K', read as a value in kelvin; a value in °C would read +273 K and fall
    # outside the plausible range (refused), never silently shifted
    default=51.6,
    default_note="universal WLF constant C₂ = 51.6 K",
    plausible=(5, 250),
)
ABOVE_TG = Symbol(
    "dT_g",
    "K",
    "temperature above the glass transition T − T_g",
    keywords=("above its glass", "above the glass", "above t_g", "above tg", "above"),
    aliases=("T - T_g", "T−Tg"),
    kind="temperature_difference",
    plausible=(-100, 1000),
    signed=True,
)
wlf = Relation(
    "wlf_shift_factor",
    GROUP,
    "WLF shift factor above the glass transition",
    "log(a_T)/log(10) = -C_1w*dT_g/(C_2w + dT_g)",
    (SHIFT, WLF_C1, WLF_C2, ABOVE_TG),
    description="log₁₀ a_T = −C₁(T − T_g)/(C₂ + T − T_g) (Williams, Landel & Ferry 1955).",
    keywords=("wlf", "shift factor", "glass transition"),
    requires=(("wlf", "williams landel ferry"), ("shift factor",), ("glass transition", "t_g")),
    unknowns=("a_T",),
)
# The same shift with the temperature and T_g stated apart ('at 120 °C for a polymer with T_g = 100 °C').
TG_REF = Symbol(
    "Tg_wlf",
    "K",
    "glass transition temperature (WLF reference)",
    keywords=("glass transition temperature", "glass transition", "t_g", "tg"),
    aliases=("T_g", "Tg"),
    kind="temperature",
    plausible=(1, 1000),
)
T_SHIFT = TG_REF.with_(
    name="T_wlf",
    label="temperature of the shift",
    keywords=("at", "temperature", "shift factor"),
    aliases=("T",),
)
wlf_two_temperatures = Relation(
    "wlf_shift_factor_at_temperature",
    GROUP,
    "WLF shift factor at a temperature, T_g stated apart",
    "log(a_T)/log(10) = -C_1w*(T_wlf - Tg_wlf)/(C_2w + T_wlf - Tg_wlf)",
    (SHIFT, WLF_C1, WLF_C2, T_SHIFT, TG_REF),
    description="log₁₀ a_T = −C₁(T − T_g)/(C₂ + T − T_g) (Williams, Landel & Ferry 1955; Young & Lovell, "
    "Introduction to Polymers, ch. 7).",
    keywords=("wlf", "shift factor", "glass transition"),
    requires=(("wlf", "williams landel ferry"), ("shift factor",), ("glass transition", "t_g")),
    unknowns=("a_T",),
    ordered=(("T_wlf", "Tg_wlf"),),  # the WLF equation holds from T_g upwards
)

# a_T is the ratio of a relaxation time at T to its value at T_g (Williams, Landel & Ferry 1955; Young
# & Lovell ch. 7): τ(T) = a_T τ(T_g)
TAU_AT_TG = Symbol(
    "tau_gw",
    "s",
    "relaxation time at T_g",
    keywords=(
        "at its glass",
        "at the glass",
        "at its t_g",
        "at t_g",
        "at tg",
        "at its tg",
        "at the glass transition",
    ),
    plausible=(1e-15, 1e20),
    named=True,  # only a time stated as the one at T_g
)
TAU_AT_T = Symbol(
    "tau_Tw",
    "s",
    "relaxation time at the temperature of the shift",
    keywords=("relaxation time", "stress relaxation time", "relaxation time at"),
    plausible=(1e-300, 1e300),
)
wlf_relaxation_time = Relation(
    "wlf_relaxation_time",
    GROUP,
    "Relaxation time at a temperature from its value at T_g (WLF)",
    "tau_Tw = tau_gw*10**(-C_1w*(T_wlf - Tg_wlf)/(C_2w + T_wlf - Tg_wlf))",
    (TAU_AT_T, TAU_AT_TG, WLF_C1, WLF_C2, T_SHIFT, TG_REF),
    description="τ(T) = a_T τ(T_g), log₁₀ a_T = −C₁(T − T_g)/(C₂ + T − T_g) (Williams, Landel & Ferry "
    "1955; Young & Lovell, Introduction to Polymers, ch. 7).",
    keywords=("wlf", "relaxation time", "glass transition"),
    requires=(("wlf", "williams landel ferry"), ("relaxation time",), ("glass transition", "t_g")),
    unknowns=("tau_Tw",),
    # the WLF equation holds from T_g upwards (Young & Lovell ch. 7), never below the glass transition
    ordered=(("T_wlf", "Tg_wlf"),),
)

REPEATS_PER_CELL = Symbol(
    "n_rc",
    "dimensionless",
    "repeat units per unit cell",
    keywords=("repeat units", "contains", "units per cell", "chain segments"),
    kind="number",
    plausible=(1, 64),
)
CELL_A = Symbol(
    "a_o",
    "nm",
    "cell edge a",
    keywords=("a",),
    aliases=("a",),
    plausible=(0.05, 5),
)
CELL_B = CELL_A.with_(name="b_o", label="cell edge b", keywords=("b",), aliases=("b",))
CELL_C = CELL_A.with_(name="c_o", label="cell edge c", keywords=("c",), aliases=("c",))
DENSITY_CRYSTAL = DENSITY.with_(
    name="rho_xc",
    label="density of the totally crystalline polymer",
    keywords=("density", "crystalline density", "density of totally crystalline"),
)
crystal_density = Relation(
    "polymer_crystal_density_orthorhombic",
    GROUP,
    "Density of a totally crystalline polymer from its orthorhombic cell",
    "rho_xc = n_rc*m_rep/(N_A*a_o*b_o*c_o)",
    (DENSITY_CRYSTAL, REPEATS_PER_CELL, REPEAT_MASS, CELL_A, CELL_B, CELL_C),
    description="ρ_c = n A/(abc N_A), n repeat units in the cell (Callister ch. 14).",
    keywords=("crystalline", "unit cell", "density", "repeat unit"),
    requires=(("orthorhombic",), ("unit cell",), ("repeat unit",), ("density",)),
    unknowns=("rho_xc",),
)

# ---------------------------------------------------------------- rubber elasticity
# Kinetic (affine) theory of an ideal rubber network: G = ρRT/M_c with M_c the number-average molar mass
# of the strands between cross-links; the network is incompressible (ν = ½), so E = 3G. Source: Treloar,
# *The Physics of Rubber Elasticity* (3rd ed., 1975), ch. 4; Young & Lovell, *Introduction to
# Polymers* (3rd ed.), ch. 19. A question naming only 'the modulus' is not answered: in rubber
# elasticity that may mean either.
STRAND_MASS = Symbol(
    "M_c",
    "g/mol",
    "molar mass between cross-links",
    keywords=(
        "between cross links",
        "between crosslinks",
        "between cross-links",
        "between junction",
        "network strand",
        "strand",
    ),
    aliases=("M_c", "Mc"),
    plausible=(50, 1e8),
)
# the network's density: its own symbol, so that a crystal's theoretical density (which shares the
# plain density) does not count a stated Young's modulus as on its topic (:mod:`..set_aside`)
NETWORK_DENSITY = DENSITY.with_(name="rho_net", label="density of the rubber network")
RUBBER_WORDS = (("rubber", "elastomer", "vulcani", "cross linked", "crosslinked", "network"),)
RUBBER_EXCLUDES = ("glassy", "below its glass", "below the glass", "crystalline", "semicrystalline")
rubber_shear = Relation(
    "rubber_elasticity_shear_modulus",
    GROUP,
    "Shear modulus of an ideal rubber network",
    "G = rho_net*R*T/M_c",
    (SHEAR_MODULUS, NETWORK_DENSITY, TEMPERATURE, STRAND_MASS),
    description="G = ρRT/M_c: the shear modulus of an ideal cross-linked rubber (Treloar ch. 4).",
    keywords=("rubber elasticity", "cross links", "rubber"),
    requires=(
        *RUBBER_WORDS,
        ("between cross", "between junction", "network strand", "strand"),
        ("shear", "rigidity"),
    ),
    excludes=RUBBER_EXCLUDES,
    unknowns=("G",),
)
rubber_young = Relation(
    "rubber_elasticity_young_modulus",
    GROUP,
    "Young's modulus of an ideal rubber network",
    "E_mod = 3*rho_net*R*T/M_c",
    (YOUNGS, NETWORK_DENSITY, TEMPERATURE, STRAND_MASS),
    description="E = 3ρRT/M_c: an incompressible ideal rubber network, E = 3G (Treloar ch. 4).",
    keywords=("rubber elasticity", "cross links", "rubber"),
    # Young's modulus named: a rubber's bare 'modulus' is often its shear modulus (no answer then)
    requires=(
        *RUBBER_WORDS,
        ("between cross", "between junction", "network strand", "strand"),
        ("young", "tensile modulus", "elastic modulus", "modulus of elasticity", "elastic (young"),
    ),
    excludes=RUBBER_EXCLUDES,
    unknowns=("E_mod",),
)

RELATIONS = (
    wlf,
    wlf_two_temperatures,
    wlf_relaxation_time,
    crystal_density,
    rubber_shear,
    rubber_young,
)
