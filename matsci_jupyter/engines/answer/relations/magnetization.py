"""Magnetization: saturation magnetization from Bohr magnetons per atom; flux density and magnetization
from the relative permeability.

Source: Callister & Rethwisch (10th ed.), ch. 20 (eqs. 20.2–20.7, 20.13).
"""

from __future__ import annotations

from ._base import Relation, Symbol
from .common import DENSITY, MOLAR_MASS

GROUP = "course"  # the introductory-course batch these relations came in

BOHR_PER_ATOM = Symbol(
    "n_B",
    "dimensionless",
    "Bohr magnetons per atom",
    keywords=("bohr magneton", "bohr magnetons", "magnetons", "net magnetic moment"),
    kind="number",
    plausible=(1e-3, 20),
)
SATURATION = Symbol(
    "M_s",
    "A/m",
    "saturation magnetization",
    keywords=("saturation magnetization", "saturation magnetisation", "m_s", "ms"),
    aliases=("M_s", "Ms"),
    plausible=(1e-3, 1e8),
)
saturation_magnetization = Relation(
    "saturation_magnetization",
    GROUP,
    "Saturation magnetization from Bohr magnetons per atom",
    "M_s = n_B*mu_B*rho*N_A/M",
    (SATURATION, BOHR_PER_ATOM, DENSITY, MOLAR_MASS),
    description="M_s = n_B μ_B N with N = ρN_A/A atoms per volume (Callister eq. 20.13 and example 20.1).",
    keywords=("saturation magnetization", "bohr magneton", "magnetic"),
    requires=(("bohr magneton", "bohr magnetons", "magnetons"), ("saturation",)),
)
REL_PERMEABILITY = Symbol(
    "mu_r",
    "dimensionless",
    "relative permeability",
    keywords=("relative permeability", "μ_r", "μr"),
    aliases=("μ_r", "μr", "mu_r"),
    kind="number",
    plausible=(1e-6, 1e7),
)
FIELD_H = Symbol(
    "H_field",
    "A/m",
    "magnetic field strength",
    keywords=("magnetic field", "field strength", "applied field", "field of", "h"),
    aliases=("H",),
    plausible=(1e-9, 1e10),
)
INDUCTION = Symbol(
    "B_ind",
    "T",
    "magnetic flux density",
    keywords=("flux density", "magnetic induction", "induction", "b"),
    aliases=("B",),
    plausible=(1e-12, 100),
)
MAGNETIZATION = Symbol(
    "M_z",
    "A/m",
    "magnetization",
    keywords=("magnetization", "magnetisation", "m"),
    aliases=("M",),
    plausible=(1e-9, 1e8),
)
MAGNETIC = (("relative permeability", "μ_r", "μr"),)
# a core the question takes away ('the core is pulled out', 'replaced by air'): its permeability no
# longer enters B, and which medium then fills the coil is the question's to say
CORE_TAKEN_AWAY = (
    "removed",
    "pulled out",
    "withdrawn",
    "taken out",
    "replaced by air",
    "replaced with air",
    "without the core",
    "without its core",
    "without a core",
)
flux_density_permeability = Relation(
    "flux_density_permeability",
    GROUP,
    "Flux density from the relative permeability",
    "B_ind = mu_0*mu_r*H_field",
    (INDUCTION, REL_PERMEABILITY, FIELD_H),
    description="B = μ₀μ_r H (Callister eqs. 20.2–20.4).",
    keywords=("flux density", "induction", "permeability", "magnetic field"),
    requires=MAGNETIC,
    excludes=CORE_TAKEN_AWAY,
)
magnetization_permeability = Relation(
    "magnetization_permeability",
    GROUP,
    "Magnetization from the relative permeability",
    "M_z = (mu_r - 1)*H_field",
    (MAGNETIZATION, REL_PERMEABILITY, FIELD_H),
    description="M = χ_m H with χ_m = μ_r − 1 (Callister eqs. 20.6–20.7).",
    keywords=("magnetization", "permeability", "magnetic field"),
    requires=MAGNETIC,
    excludes=CORE_TAKEN_AWAY,
)

RELATIONS = (
    saturation_magnetization,
    flux_density_permeability,
    magnetization_permeability,
)
