"""Short exam relations: ratios and one-step quantities (homologous temperature, c/a, mean intercept
length, photoelectric threshold, transmission through an absorbing slab without reflection, the
Wiedemann–Franz law).

Symbol names here are this module's own (no other module declares them), so the planner never
joins them with another relation's quantity of another unit.

Sources: Callister & Rethwisch, *Materials Science and Engineering*, 10th ed.: mean intercept length
(§4.10, ℓ = L_T/(P M)), the c/a ratio of HCP (§3.4, ideal 1.633), homologous temperature
(§8.15, T/T_m in kelvin), Beer–Lambert transmission (eq. 21.18 with R = 0); Einstein's photoelectric
threshold λ₀ = hc/φ; Wiedemann–Franz k = LσT (eq. 19.7, L = 2.44 × 10⁻⁸ W·Ω/K²).
"""

from __future__ import annotations

from ._base import Relation, Symbol

GROUP = "exam_ratios"

# ------------------------------------------------------------------ homologous temperature
T_SERVICE = Symbol(
    "T_serv",
    "K",
    "temperature",
    keywords=("temperature", "at", "service temperature", "operating temperature", "used at"),
    aliases=("T",),
    kind="temperature",
    plausible=(0, 6000),
)
T_MELT = Symbol(
    "T_melt",
    "K",
    "melting temperature",
    keywords=("melting point", "melting temperature", "melts at", "t_m", "tm"),
    aliases=("T_m", "Tm", "T_mp"),
    kind="temperature",
    plausible=(1, 6000),
    named=True,
)
HOMOLOGOUS = Symbol(
    "T_hom",
    "dimensionless",
    "homologous temperature",
    keywords=("homologous temperature", "homologous"),
    aliases=("T_h",),
    kind="fraction",
    plausible=(0, 1.5),
)
homologous_temperature = Relation(
    "homologous_temperature",
    GROUP,
    "Homologous temperature",
    "T_hom = T_serv/T_melt",
    (HOMOLOGOUS, T_SERVICE, T_MELT),
    description="T_H = T/T_m, both in kelvin (Callister §8.15).",
    keywords=("homologous",),
    requires=(("homologous",),),
    unknowns=("T_hom",),
)

# ------------------------------------------------------------------ c/a ratio of a hexagonal cell
A_HEX = Symbol(
    "a_hexcell",
    "nm",
    "lattice parameter a",
    keywords=("lattice parameter a", "a parameter", "basal"),
    aliases=("a",),
    plausible=(0.05, 5),
    named=True,
)
C_HEX = Symbol(
    "c_hexcell",
    "nm",
    "lattice parameter c",
    keywords=("lattice parameter c", "c parameter", "height"),
    aliases=("c",),
    plausible=(0.05, 10),
    named=True,
)
AXIAL = Symbol(
    "ca_ratio",
    "dimensionless",
    "c/a ratio",
    keywords=("c/a ratio", "c/a", "axial ratio"),
    aliases=("c/a",),
    kind="fraction",
    plausible=(0.5, 5),
)
axial_ratio = Relation(
    "hexagonal_axial_ratio",
    GROUP,
    "Axial ratio c/a of a hexagonal cell",
    "ca_ratio = c_hexcell/a_hexcell",
    (AXIAL, A_HEX, C_HEX),
    description="c/a (ideal HCP 1.633, Callister §3.4).",
    keywords=("c/a", "axial ratio", "ratio"),
    requires=(("c/a", "axial ratio"),),
    unknowns=("ca_ratio",),
)

# ------------------------------------------------------------------ mean intercept length
LINE = Symbol(
    "L_line",
    "mm",
    "length of the test line",
    keywords=("line", "test line", "line length", "length", "long"),
    plausible=(1e-3, 1e4),
)
CROSSINGS = Symbol(
    "P_cross",
    "dimensionless",
    "grain boundaries intersected",
    keywords=(
        "intersects",
        "intersections",
        "intersected",
        "intersection",
        "intercepts",
        "grain boundaries",
        "grains",
        "crosses",
    ),
    kind="number",
    plausible=(1, 1e6),
)
MAGNIFY = Symbol(
    "M_micro",
    "dimensionless",
    "magnification",
    keywords=("magnification", "×", "x", "magnified"),
    kind="number",
    plausible=(1, 1e7),
)
INTERCEPT = Symbol(
    "l_intercept",
    "um",
    "mean intercept length",
    keywords=(
        "mean intercept length",
        "mean lineal intercept",
        "intercept length",
        "mean intercept",
    ),
    aliases=("ℓ", "l_bar"),
    plausible=(1e-4, 1e5),
)
mean_intercept = Relation(
    "mean_intercept_length",
    GROUP,
    "Mean intercept length of grains",
    "l_intercept = L_line/(P_cross*M_micro)",
    (INTERCEPT, LINE, CROSSINGS, MAGNIFY),
    description="ℓ = L_T/(P M): test-line length over boundary intersections times magnification "
    "(Callister §4.10).",
    keywords=("intercept", "intersect", "grain size"),
    requires=(("intercept",), ("intersect", "intercept", "cross")),
    unknowns=("l_intercept",),
)

# ------------------------------------------------------------------ photoelectric threshold
PHI_W = Symbol(
    "phi_wf",
    "eV",
    "work function",
    keywords=("work function",),
    aliases=("φ", "W", "phi"),
    plausible=(0.1, 20),
)
LAM_THRESHOLD = Symbol(
    "lam_thr",
    "nm",
    "threshold wavelength",
    keywords=(
        "threshold wavelength",
        "cutoff wavelength",
        "cut off wavelength",
        "maximum wavelength",
        "longest wavelength",
        "wavelength",
    ),
    aliases=("λ0", "λ_0", "λ_max"),
    plausible=(1, 1e5),
)
photoelectric_threshold = Relation(
    "photoelectric_threshold_wavelength",
    GROUP,
    "Photoelectric threshold wavelength",
    "lam_thr = h*c/phi_wf",
    (LAM_THRESHOLD, PHI_W),
    description="λ₀ = hc/φ: the longest wavelength that ejects an electron (Einstein).",
    keywords=("work function", "photoelectric", "threshold"),
    requires=(
        ("work function",),
        ("threshold", "cutoff", "cut off", "maximum wavelength", "longest wavelength"),
    ),
    excludes=("kinetic energy",),
    unknowns=("lam_thr", "phi_wf"),
)

# ------------------------------------------------------------------ Beer–Lambert, reflection ignored
BETA_BL = Symbol(
    "beta_bl",
    "1/mm",
    "absorption coefficient",
    keywords=("absorption coefficient",),
    aliases=("β", "α"),
    plausible=(0, 1e9),
)
THICK_BL = Symbol(
    "x_bl",
    "mm",
    "thickness",
    keywords=("thick", "thickness", "path length", "through"),
    aliases=("x", "l", "t"),
    plausible=(1e-9, 1e6),
)
FRACTION_BL = Symbol(
    "T_bl",
    "dimensionless",
    "fraction transmitted",
    keywords=(
        "fraction transmitted",
        "transmitted",
        "transmittance",
        "fraction of incident light",
        "of the light",
        "emerge",
    ),
    kind="fraction",
    plausible=(0, 1),
)
beer_lambert = Relation(
    "transmission_absorption_only",
    GROUP,
    "Light transmitted through an absorbing slab, reflection ignored",
    "T_bl = exp(-beta_bl*x_bl)",
    (FRACTION_BL, BETA_BL, THICK_BL),
    description="I/I₀ = e^(−βx) (Callister eq. 21.18) when the question says reflection is ignored.",
    keywords=("transmitted", "absorption coefficient"),
    requires=(
        ("transmit", "transmitted", "transmission", "transmittance", "emerge", "emerges"),
        ("absorption coefficient",),
        (
            "ignoring reflection",
            "ignore reflection",
            "neglect reflection",
            "neglecting reflection",
            "reflection is ignored",
            "reflection is neglected",
            "reflection losses are ignored",
            "reflection losses are neglected",
            "without reflection",
            "no reflection",
            "ignoring reflections",
            "neglecting reflections",
        ),
    ),
    unknowns=("T_bl", "x_bl"),  # the thickness that lets a stated fraction through: x = −ln(T)/β
)

# ------------------------------------------------------------------ Wiedemann–Franz law
K_WF = Symbol(
    "k_wf",
    "W/(m*K)",
    "thermal conductivity",
    keywords=("thermal conductivity",),
    aliases=("k",),
    plausible=(1e-3, 5e3),
)
SIGMA_WF = Symbol(
    "sigma_wf",
    "S/m",
    "electrical conductivity",
    keywords=("electrical conductivity", "conductivity"),
    aliases=("σ",),
    plausible=(1e-8, 1e9),
)
T_WF = Symbol(
    "T_wf",
    "K",
    "temperature",
    keywords=("temperature", "at"),
    aliases=("T",),
    kind="temperature",
    plausible=(0, 5000),
)
LORENZ = Symbol(
    "L_wf",
    "W*ohm/K^2",
    "Lorenz number",
    keywords=("lorenz number", "lorenz constant", "lorenz"),
    aliases=("L",),
    default=2.44e-8,
    default_note="Lorenz number L = 2.44 × 10⁻⁸ W·Ω/K² (Callister eq. 19.7)",
    plausible=(1e-9, 1e-7),
)
wiedemann_franz = Relation(
    "wiedemann_franz",
    GROUP,
    "Wiedemann–Franz law",
    "k_wf = L_wf*sigma_wf*T_wf",
    (K_WF, SIGMA_WF, T_WF, LORENZ),
    description="L = k/(σT) for metals (Callister eq. 19.7).",
    keywords=("wiedemann", "franz", "lorenz"),
    requires=(("wiedemann", "lorenz"),),
)

# Two plates of the same material and different thicknesses: the reflection losses, the same for both,
# cancel in the ratio of the transmitted fractions, T₁/T₂ = e^(−β(l₁ − l₂)) (Callister eq. 21.19 written
# for both plates), so β = ln(T₁/T₂)/(l₂ − l₁). A reading pairing a fraction with the other plate's
# thickness gives a negative β and is no reading.
FRACTION_1 = FRACTION_BL.with_(
    name="T_p1",
    label="fraction transmitted by the first plate",
    keywords=(*FRACTION_BL.keywords, "transmit", "transmits", "incident light"),
)
FRACTION_2 = FRACTION_1.with_(name="T_p2", label="fraction transmitted by the second plate")
THICK_1 = THICK_BL.with_(name="x_p1", label="thickness of the first plate")
THICK_2 = THICK_BL.with_(name="x_p2", label="thickness of the second plate")
BETA_TWO = BETA_BL.with_(name="beta_2p", valid=(0, None))
absorption_two_plates = Relation(
    "absorption_coefficient_two_plates",
    GROUP,
    "Absorption coefficient from two plates of different thickness",
    "beta_2p = log(T_p1/T_p2)/(x_p2 - x_p1)",
    (BETA_TWO, FRACTION_1, THICK_1, FRACTION_2, THICK_2),
    description="β = ln(T₁/T₂)/(l₂ − l₁): the reflection factor (1 − R)² cancels between two thicknesses "
    "(Callister eq. 21.19).",
    keywords=("absorption coefficient", "transmit", "thick", "plates"),
    requires=(
        ("absorption coefficient",),
        ("transmit", "transmitted", "transmission", "transmittance"),
        ("two plates", "two slabs", "two samples", "two specimens", "two sheets", "two pieces"),
    ),
    unknowns=("beta_2p",),
)

RELATIONS = (
    wiedemann_franz,
    homologous_temperature,
    axial_ratio,
    mean_intercept,
    photoelectric_threshold,
    beer_lambert,
    absorption_two_plates,
)
