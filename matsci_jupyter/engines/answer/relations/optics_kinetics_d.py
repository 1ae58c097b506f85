"""Optics and transformation relations not declared elsewhere: the photon emission rate of a light
source of known power, the photon energy from a wavelength measured inside a medium, the acceptance
half-angle of a step-index optical fibre, and the martensite fraction of the Koistinen–Marburger law.

Sources: Callister & Rethwisch, *Materials Science and Engineering: An Introduction* (10th ed.),
ch. 21 (E = hc/λ, v = c/n so λ_medium = λ₀/n, total internal reflection); Saleh & Teich,
*Fundamentals of Photonics* (2nd ed.), §9.2 (numerical aperture NA = sin θ_a = √(n₁² − n₂²) for
launching from air); Koistinen & Marburger, Acta Metall. 7 (1959) 59 (f_M = 1 − exp[−α(M_s − T)]),
Porter, Easterling & Sherif, *Phase Transformations in Metals and Alloys* (3rd ed.), §6.
"""

from __future__ import annotations

from ._base import Relation, Symbol
from .common import TEMPERATURE, WAVELENGTH, fraction_symbol
from .photons import PHOTON_ENERGY
from .syllabus import REFRACTIVE_INDEX

GROUP = "optics"

# ------------------------------------------------------------------ photons emitted per second
PHOTON_RATE = Symbol(
    "N_ph",
    "1/s",
    "photons emitted per second",
    # not bare 'photons': 'photons of 12.4 keV' names a photon energy
    keywords=("photons per second", "photons does it emit", "number of photons", "photons emitted"),
    plausible=(1e-3, 1e40),
)
BEAM_POWER = Symbol(
    "P_beam",
    "W",
    "optical output power",
    keywords=("output", "power", "emits", "laser", "beam"),
    aliases=("P",),
    plausible=(1e-15, 1e12),
)
photon_rate = Relation(
    "photon_emission_rate",
    GROUP,
    "Photons emitted per second by a source of known power",
    "N_ph = P_beam*lam/(h*c)",
    (PHOTON_RATE, BEAM_POWER, WAVELENGTH),
    description="Ṅ = P/(hc/λ): the power over one photon's energy (Callister ch. 21).",
    keywords=("photons", "power", "wavelength", "laser"),
    requires=(("photon",), ("per second", "each second", "every second", "per s")),
    unknowns=("N_ph",),
)

# ------------------------------------------------------------------ photon energy from a wavelength in a medium
N_MEDIUM = REFRACTIVE_INDEX.with_(name="n_med", label="refractive index of the medium")
LAMBDA_MEDIUM = WAVELENGTH.with_(
    name="lam_med",
    label="wavelength inside the medium",
    keywords=("wavelength", "inside", "in the glass", "within"),
    aliases=(),
)
photon_energy_in_medium = Relation(
    "photon_energy_wavelength_in_medium",
    GROUP,
    "Photon energy from the wavelength inside a medium",
    "E_ph = h*c/(n_med*lam_med)",
    (PHOTON_ENERGY, N_MEDIUM, LAMBDA_MEDIUM),
    description="λ₀ = nλ_medium (the frequency is unchanged), E = hc/λ₀ (Callister ch. 21).",
    keywords=("photon", "energy", "refractive index", "wavelength"),
    requires=(
        ("photon",),
        ("refractive index", "index of refraction"),
        ("inside", "within the", "in the glass", "in the medium", "in glass", "in water"),
    ),
    unknowns=("E_ph",),
)

# ------------------------------------------------------------------ acceptance angle of an optical fibre
N_CORE = REFRACTIVE_INDEX.with_(
    name="n_core", label="refractive index of the core", keywords=("core",), aliases=("n_1", "n1")
)
N_CLAD = REFRACTIVE_INDEX.with_(
    name="n_clad",
    label="refractive index of the cladding",
    keywords=("cladding",),
    aliases=("n_2", "n2"),
)
ACCEPTANCE = Symbol(
    "theta_acc",
    "degree",
    "acceptance half-angle in air",
    keywords=("acceptance angle", "acceptance half angle", "acceptance", "half angle"),
    kind="angle",
    valid=(0, 90),
    plausible=(0, 90),
)
fibre_acceptance = Relation(
    "optical_fiber_acceptance_angle",
    GROUP,
    "Acceptance half-angle of a step-index optical fibre (launch from air)",
    "sin(theta_acc) = sqrt(n_core**2 - n_clad**2)",
    (ACCEPTANCE, N_CORE, N_CLAD),
    description="NA = sin θ_a = √(n_core² − n_clad²) (Saleh & Teich §9.2), from air.",
    keywords=("acceptance angle", "numerical aperture", "optical fiber", "core", "cladding"),
    requires=(("core",), ("cladding",), ("acceptance",), ("air",)),
    pairs=(),
    unknowns=("theta_acc",),
)

# ------------------------------------------------------------------ martensite (Koistinen–Marburger)
MS_TEMP = TEMPERATURE.with_(
    name="T_Ms",
    label="martensite-start temperature M_s",
    keywords=("martensite start", "martensite-start", "m_s", "ms"),
    aliases=("M_s", "Ms"),
)
QUENCH_TEMP = TEMPERATURE.with_(
    name="T_q",
    label="quench temperature",
    keywords=("quenched to", "cooled to", "quench to", "to"),
    aliases=(),
)
KM_RATE = Symbol(
    "alpha_km",
    "1/K",
    "Koistinen–Marburger rate constant α",
    keywords=("α", "alpha", "rate constant", "constant"),
    aliases=("α", "alpha"),
    plausible=(1e-4, 1),
)
MARTENSITE = fraction_symbol(
    "f_mart",
    "fraction of martensite",
    ("martensite", "fraction of martensite", "martensite formed"),
)
koistinen_marburger = Relation(
    "koistinen_marburger",
    "kinetics",
    "Martensite fraction after quenching below M_s (Koistinen–Marburger)",
    "f_mart = 1 - exp(-alpha_km*(T_Ms - T_q))",
    (MARTENSITE, MS_TEMP, QUENCH_TEMP, KM_RATE),
    description="f_M = 1 − exp[−α(M_s − T_q)] for T_q < M_s (Koistinen & Marburger 1959).",
    keywords=("martensite", "koistinen", "marburger", "quench"),
    requires=(("koistinen",), ("martensite",)),
    # the quench temperature for a stated martensite fraction: T_q = M_s + ln(1 − f)/α, one root
    unknowns=("f_mart", "T_q"),
)

# the austenite left untransformed at T_q is the rest: f_γ = exp[−α(M_s − T_q)]
RETAINED_AUSTENITE = fraction_symbol(
    "f_ret",
    "fraction of retained austenite",
    ("retained austenite", "austenite retained", "untransformed austenite", "austenite"),
)
koistinen_marburger_retained = Relation(
    "koistinen_marburger_retained",
    "kinetics",
    "Austenite retained after quenching below M_s (Koistinen–Marburger)",
    "f_ret = exp(-alpha_km*(T_Ms - T_q))",
    (RETAINED_AUSTENITE, MS_TEMP, QUENCH_TEMP, KM_RATE),
    description="f_γ = exp[−α(M_s − T_q)] for T_q < M_s: the austenite that has not transformed to "
    "martensite (Koistinen & Marburger 1959).",
    keywords=("retained austenite", "austenite", "koistinen", "marburger", "quench"),
    requires=(("koistinen",), ("austenite",)),
    # the austenite that transforms is the martensite fraction (the relation above), not the rest
    excludes=(
        "transformed to martensite",
        "transforms to martensite",
        "transform to martensite",
        "converted to martensite",
        "converts to martensite",
    ),
    unknowns=("f_ret",),
)

RELATIONS = (
    photon_rate,
    photon_energy_in_medium,
    fibre_acceptance,
    koistinen_marburger,
    koistinen_marburger_retained,
)
