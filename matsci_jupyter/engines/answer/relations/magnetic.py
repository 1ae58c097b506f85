"""Magnetic properties not declared elsewhere: saturation flux density, μ_r = 1 + χ_m, B = μ₀(H + M)
and the Curie–Weiss law. (Solenoids, M_s from Bohr magnetons, Curie's law and hysteresis loss are in
exam.py and course.py.)

Sources (each relation's description names its equation): Callister & Rethwisch, *Materials Science
and Engineering: An Introduction* (10th ed.), ch. 20 — eq. 20.5 (B = μ₀(H + M)), 20.7
(μ_r = 1 + χ_m); Kittel, *Introduction to Solid State Physics* (8th ed.), ch. 11 (Curie–Weiss
χ = C/(T − θ)).
"""

from __future__ import annotations

from ._base import Relation, Symbol
from .common import TEMPERATURE
from .syllabus import FIELD_H, FLUX_DENSITY, MAGNETIZATION, SUSCEPTIBILITY

GROUP = "magnetic"


M_SAT = Symbol(
    "M_s",
    "A/m",
    "saturation magnetization",
    keywords=("saturation magnetization", "saturation magnetisation", "magnetization", "m_s"),
    aliases=("M_s",),
    plausible=(1e-3, 1e8),
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
REL_PERMEABILITY = Symbol(
    "mu_r",
    "dimensionless",
    "relative permeability",
    keywords=("relative permeability", "permeability", "μ_r", "μr"),
    aliases=("μ_r", "μr", "mu_r"),
    kind="number",
    plausible=(1e-3, 1e7),
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


RELATIONS = (
    sat_flux,
    permeability_susceptibility,
    flux_from_magnetization,
    curie_weiss,
)
