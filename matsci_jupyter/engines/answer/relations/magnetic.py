"""Magnetic properties: saturation magnetization from Bohr magnetons, solenoid fields, permeability,
Curie's law and hysteresis loss.

Sources (each relation's description names its equation): Callister & Rethwisch, *Materials Science
and Engineering: An Introduction* (10th ed.), ch. 20 — eq. 20.1 (H = NI/l), 20.2–20.5 (B = μH,
B = μ₀(H + M)), 20.7 (μ_r = 1 + χ_m), 20.8 (M_s = 0.60 μ_B N for Ni, N = ρN_A/A), Example 20.2
(Fe₃O₄: M_s = n_B μ_B / a³ over the unit cell); Kittel, *Introduction to Solid State Physics*,
ch. 11 (Curie law χ = C/T); Jiles, *Introduction to Magnetism and Magnetic Materials* (hysteresis
loss per cycle = loop area, power = loop area × volume × frequency).
"""

from __future__ import annotations

from ._base import Relation, Symbol
from .common import DENSITY, LATTICE_A, MOLAR_MASS, TEMPERATURE
from .syllabus import FIELD_H, FLUX_DENSITY, MAGNETIZATION, SUSCEPTIBILITY

GROUP = "magnetic"

SATURATION = ("saturation magnetization", "saturation magnetisation")
MOMENT_WORDS = ("bohr", "magnetic moment", "net moment")

M_SAT = Symbol(
    "M_s",
    "A/m",
    "saturation magnetization",
    keywords=("saturation magnetization", "saturation magnetisation", "magnetization", "m_s"),
    aliases=("M_s",),
    plausible=(1e-3, 1e8),
)
MOMENT_PER_ATOM = Symbol(
    "mu_atom",
    "bohr_magneton",
    "net magnetic moment per atom (Bohr magnetons)",
    keywords=(
        "bohr magnetons per atom",
        "bohr magneton per atom",
        "net magnetic moment",
        "magnetic moment",
        "moment per atom",
        "net moment",
        "bohr magnetons",
        "bohr magneton",
        "per atom",
    ),
    aliases=("n_B", "μ_atom"),
    plausible=(1e-4, 20),
)
ATOMS_PER_VOLUME = Symbol(
    "N_at",
    "1/m^3",
    "atoms per unit volume",
    keywords=(
        "atoms per cubic meter",
        "atoms per cubic metre",
        "number of atoms per",
        "atoms",
    ),
    aliases=("N",),
    plausible=(1e20, 1e31),
)
MOMENT_PER_UNIT = MOMENT_PER_ATOM.with_(
    name="mu_fu",
    label="net magnetic moment per formula unit (Bohr magnetons)",
    keywords=(
        "net moment",
        "net magnetic moment",
        "magnetic moment",
        "moment",
        "bohr magnetons",
        "bohr magneton",
        "each with",
        "per formula unit",
    ),
    aliases=("n_B",),
)
UNITS_PER_CELL = Symbol(
    "n_fu",
    "dimensionless",
    "formula units per unit cell",
    keywords=(
        "formula units",
        "formula units per unit cell",
    ),
    aliases=("n",),
    kind="number",
    plausible=(1, 64),
)

sat_from_density = Relation(
    "saturation_magnetization_density",
    GROUP,
    "Saturation magnetization from the moment per atom and the density",
    "M_s = mu_atom*rho*N_A/M",
    (M_SAT, MOMENT_PER_ATOM, DENSITY, MOLAR_MASS),
    description="M_s = n_B μ_B N with N = ρN_A/A atoms per volume (Callister eqs. 20.8, 20.9).",
    keywords=("saturation magnetization", "bohr magneton", "magnetic moment"),
    requires=(SATURATION, MOMENT_WORDS, ("density",)),
    unknowns=("M_s", "mu_atom"),
)
sat_from_atoms = Relation(
    "saturation_magnetization_atoms",
    GROUP,
    "Saturation magnetization from the moment per atom and the atom density",
    "M_s = mu_atom*N_at",
    (M_SAT, MOMENT_PER_ATOM, ATOMS_PER_VOLUME),
    description="M_s = n_B μ_B N, N atoms per unit volume (Callister eq. 20.8).",
    keywords=("saturation magnetization", "bohr magneton", "magnetic moment"),
    requires=(SATURATION, ("atoms",)),
    unknowns=("M_s", "mu_atom"),
)
sat_from_cell = Relation(
    "saturation_magnetization_unit_cell",
    GROUP,
    "Saturation magnetization of a cubic unit cell (ferrites)",
    "M_s = mu_fu*n_fu/a**3",
    (M_SAT, MOMENT_PER_UNIT, UNITS_PER_CELL, LATTICE_A),
    description="M_s = n_B μ_B / a³, n_B Bohr magnetons per cubic cell of edge a (Callister Example 20.2).",
    keywords=("saturation magnetization", "bohr magneton", "unit cell"),
    requires=(SATURATION, ("unit cell",), ("cubic",)),
    excludes=("tetragonal", "hexagonal", "orthorhombic"),
    unknowns=("M_s",),
)
SAT_FLUX = FLUX_DENSITY.with_(
    name="B_s",
    label="saturation flux density",
    keywords=("saturation flux density", "saturation induction", "b_s", "bs"),
    aliases=("B_s", "Bs"),
    signed=False,
)
sat_flux = Relation(
    "saturation_flux_density",
    GROUP,
    "Saturation flux density from the saturation magnetization",
    "B_s = mu_0*M_s",
    (SAT_FLUX, M_SAT),
    description="B_s ≈ μ₀M_s for a ferromagnet at saturation, where M ≫ H (Callister eq. 20.5 with M ≫ H).",
    keywords=("saturation flux density", "saturation induction"),
    requires=(("saturation flux density", "saturation induction"),),
    unknowns=("B_s", "M_s"),
)

# ------------------------------------------------------------------ coils, permeability
TURNS = Symbol(
    "N_turns",
    "dimensionless",
    "number of turns",
    keywords=("turns", "number of turns", "windings", "turn"),
    aliases=("N",),
    kind="number",
    plausible=(1, 1e8),
)
COIL_CURRENT = Symbol(
    "I_coil",
    "A",
    "current in the coil",
    keywords=("current", "i"),
    aliases=("I",),
    plausible=(1e-9, 1e6),
)
COIL_LENGTH = Symbol(
    "l_coil",
    "m",
    "coil length",
    keywords=("long", "length", "coil length", "length of the coil", "coil of length"),
    aliases=("l", "L"),
    plausible=(1e-5, 1e3),
)
REL_PERMEABILITY = Symbol(
    "mu_r",
    "dimensionless",
    "relative permeability",
    keywords=("relative permeability", "permeability", "μ_r", "μr"),
    aliases=("μ_r", "μr", "mu_r"),
    kind="number",
    plausible=(1e-3, 1e7),
)
COIL = ("coil", "solenoid", "winding")
VACUUM = ("vacuum", "air core", "in air", "empty", "no core", "free space")
coil_field = Relation(
    "coil_field_strength",
    GROUP,
    "Magnetic field strength of a long coil (solenoid)",
    "H_mag = N_turns*I_coil/l_coil",
    (FIELD_H, TURNS, COIL_CURRENT, COIL_LENGTH),
    description="H = NI/l for a coil of N turns and length l (Callister eq. 20.1).",
    keywords=("magnetic field strength", "field strength", "coil", "solenoid"),
    requires=(COIL, ("turns",)),
    unknowns=("H_mag",),
)
coil_vacuum = Relation(
    "coil_flux_density_vacuum",
    GROUP,
    "Flux density of a coil in vacuum",
    "B_mag = mu_0*N_turns*I_coil/l_coil",
    (FLUX_DENSITY, TURNS, COIL_CURRENT, COIL_LENGTH),
    description="B₀ = μ₀H = μ₀NI/l (Callister eqs. 20.1, 20.3).",
    keywords=("flux density", "magnetic induction", "coil", "vacuum"),
    requires=(COIL, ("turns",), VACUUM),
    excludes=("permeability", "susceptibility", "core of", "iron core", "core is"),
    unknowns=("B_mag",),
)
coil_core = Relation(
    "coil_flux_density_core",
    GROUP,
    "Flux density of a coil with a magnetic core",
    "B_mag = mu_0*mu_r*N_turns*I_coil/l_coil",
    (FLUX_DENSITY, REL_PERMEABILITY, TURNS, COIL_CURRENT, COIL_LENGTH),
    description="B = μ₀μ_r H = μ₀μ_r NI/l (Callister eqs. 20.1, 20.2, 20.4).",
    keywords=("flux density", "magnetic induction", "coil", "core"),
    requires=(COIL, ("turns",), ("relative permeability",)),
    unknowns=("B_mag",),
)
flux_permeability = Relation(
    "flux_density_permeability",
    GROUP,
    "Flux density from the relative permeability",
    "B_mag = mu_0*mu_r*H_mag",
    (FLUX_DENSITY, REL_PERMEABILITY, FIELD_H),
    description="B = μH = μ₀μ_r H (Callister eqs. 20.2, 20.4).",
    keywords=("flux density", "magnetic induction", "permeability"),
    requires=(("relative permeability",), ("flux density", "induction")),
    excludes=COIL,
    unknowns=("B_mag",),
)
permeability_susceptibility = Relation(
    "relative_permeability_susceptibility",
    GROUP,
    "Relative permeability and susceptibility",
    "mu_r = 1 + chi_m",
    (REL_PERMEABILITY, SUSCEPTIBILITY),
    description="χ_m = μ_r − 1 (Callister eq. 20.7).",
    keywords=("relative permeability", "susceptibility"),
    requires=(("relative permeability",), ("susceptibility",)),
)

flux_from_magnetization = Relation(
    "flux_density_field_magnetization",
    GROUP,
    "Flux density from the field strength and the magnetization",
    "B_mag = mu_0*(H_mag + M_mag)",
    (FLUX_DENSITY, FIELD_H, MAGNETIZATION),
    description="B = μ₀(H + M) (Callister eq. 20.5).",
    keywords=("flux density", "magnetic induction", "magnetization"),
    requires=(("magnetization", "magnetisation"), ("flux density", "induction")),
    excludes=("susceptibility", "permeability", "saturation"),
    unknowns=("B_mag", "M_mag"),
)

# ------------------------------------------------------------------ Curie law, hysteresis loss
CHI_1 = SUSCEPTIBILITY.with_(
    name="chi_1", label="susceptibility at T₁", aliases=("χ_1", "χ1"), signed=False
)
CHI_2 = SUSCEPTIBILITY.with_(
    name="chi_2", label="susceptibility at T₂", aliases=("χ_2", "χ2"), signed=False
)
T1 = TEMPERATURE.with_(name="T_1", label="temperature T₁", aliases=("T_1", "T1"))
T2 = TEMPERATURE.with_(name="T_2", label="temperature T₂", aliases=("T_2", "T2"))
curie_law = Relation(
    "curie_law_two_temperatures",
    GROUP,
    "Curie's law for a paramagnet at two temperatures",
    "chi_2*T_2 = chi_1*T_1",
    (CHI_2, CHI_1, T1, T2),
    description="χ = C/T, so χ₂ = χ₁T₁/T₂ (Kittel ch. 11, Curie law).",
    keywords=("susceptibility", "curie", "paramagnetic"),
    requires=(("curie",), ("susceptibility",)),
    excludes=("curie weiss", "curie temperature", "curie point", "ferromagnet"),
    pairs=(("chi_1", "T_1"), ("chi_2", "T_2")),
    unknowns=("chi_2",),
)
THETA_CW = TEMPERATURE.with_(
    name="theta_cw",
    label="Weiss (paramagnetic Curie) temperature θ",
    keywords=(
        "θ",
        "weiss temperature",
        "paramagnetic curie temperature",
        "curie weiss temperature",
    ),
    aliases=("θ", "θ_p", "T_C"),
)
curie_weiss = Relation(
    "curie_weiss_two_temperatures",
    GROUP,
    "Curie–Weiss law at two temperatures",
    "chi_2*(T_2 - theta_cw) = chi_1*(T_1 - theta_cw)",
    (CHI_2, CHI_1, T1, T2, THETA_CW),
    description="χ = C/(T − θ) above θ, so χ₂ = χ₁(T₁ − θ)/(T₂ − θ) (Kittel ch. 11).",
    keywords=("susceptibility", "curie weiss", "paramagnetic"),
    requires=(("curie weiss",), ("susceptibility",)),
    pairs=(("chi_1", "T_1"), ("chi_2", "T_2")),
    unknowns=("chi_2",),
)
LOOP_ENERGY = Symbol(
    "w_hyst",
    "J/m^3",
    "hysteresis loss per cycle per volume (loop area)",
    keywords=(
        "hysteresis loop area",
        "loop area",
        "area of the hysteresis loop",
        "hysteresis loss",
        "energy loss per cycle",
        "per cycle",
    ),
    aliases=("W_h",),
    plausible=(1e-6, 1e9),
)
CORE_VOLUME = Symbol(
    "V_core",
    "m^3",
    "core volume",
    keywords=("volume", "core volume", "of volume"),
    aliases=("V",),
    plausible=(1e-12, 1e6),
)
FREQUENCY = Symbol(
    "f_ac",
    "Hz",
    "frequency",
    keywords=("frequency", "at"),
    aliases=("f", "ν"),
    plausible=(1e-6, 1e12),
)
HYST_POWER = Symbol(
    "P_hyst",
    "W",
    "power lost to hysteresis",
    keywords=("power", "power loss", "power lost", "hysteresis loss", "lost", "loss"),
    aliases=("P",),
    plausible=(1e-12, 1e12),
)
hysteresis_power = Relation(
    "hysteresis_power_loss",
    GROUP,
    "Power lost to hysteresis in a core",
    "P_hyst = w_hyst*V_core*f_ac",
    (HYST_POWER, LOOP_ENERGY, CORE_VOLUME, FREQUENCY),
    description="P = (loop area per volume) × V × f: one loop's energy is lost each cycle (Jiles, ch. 2).",
    keywords=("hysteresis", "power", "core loss"),
    requires=(("hysteresis",), ("power",)),
    unknowns=("P_hyst",),
)


def _counted(relation: Relation, moment: str) -> Relation:
    """The same relation with the moment given as a bare count of Bohr magnetons ('0.60 μ_B' read as
    a number) instead of a magnetic moment in bohr_magneton: μ_B enters as a fixed constant."""
    from dataclasses import replace

    symbols = tuple(
        s.with_(unit="dimensionless", kind="number") if s.name == moment else s
        for s in relation.symbols
    )
    return replace(
        relation,
        name=relation.name + "_count",
        equation=relation.equation.replace(moment, f"{moment}*mu_B"),
        symbols=symbols,
        fixed=(*relation.fixed, ("mu_B", "1 bohr_magneton", "μ_B = 9.274 × 10⁻²⁴ A·m²")),
    )


RELATIONS = (
    sat_from_density,
    _counted(sat_from_density, "mu_atom"),
    _counted(sat_from_atoms, "mu_atom"),
    _counted(sat_from_cell, "mu_fu"),
    sat_from_atoms,
    sat_from_cell,
    sat_flux,
    coil_field,
    coil_vacuum,
    coil_core,
    flux_permeability,
    permeability_susceptibility,
    flux_from_magnetization,
    curie_law,
    curie_weiss,
    hysteresis_power,
)
