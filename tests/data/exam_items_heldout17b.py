"""Set heldout17 (set R), second half: 60 questions over seven topics of a qualifying exam.

Written blind: the writer read only the registry (``exam_items.py``), the shared quantities
(``exam_quantities.py``) and the head of one earlier item file for its layout; not the answer
engine, the checker, the solver or the questions of earlier sets. Each key is computed in the body
with pint quantities or plain math; ``solution`` is the worked solution in words, ``forms`` says
how the text is written. A question with two standard readings returns a dict of them (primary
first); one that must be refused returns None and says why in ``refuse=``.
"""

from __future__ import annotations

import math

from exam_items import item
from exam_quantities import AVOGADRO, BOHR, C0, EPS0, F_CONST, K_BOLTZ, MU0, Q_, Q_E, R_GAS, H, num

S = "heldout17"

K_EV = K_BOLTZ.to("eV/K")


# ---------------------------------------------------------------- electrical & semiconductors


@item(
    S,
    "electrical_semiconductors",
    "S/cm",
    "σ = n_i e (μ_e + μ_h) (Callister eq. 18.15)",
    solution="σ = n_i e (μ_e + μ_h) = 1.0e10 cm⁻³ × 1.602e-19 C × (1350 + 480) cm²/(V s) = 2.93e-6 (Ω cm)⁻¹.",
    forms=("ascii", "one_step", "named_unit", "e_notation"),
)
def h17b_electrical_semiconductors_01():
    """At about 300 K intrinsic silicon has n_i = 1.0E10 cm^-3, with electron and hole mobilities of 1350 and 480 cm^2/(V s). What is its electrical conductivity in (ohm cm)^-1?"""
    n = Q_(1.0e10, "cm**-3")
    return n * Q_E * Q_(1350 + 480, "cm**2/(V*s)")


@item(
    S,
    "electrical_semiconductors",
    "ohm*cm",
    "extrinsic n-type: ρ = 1/(N_d e μ_e) (Sze/Streetman)",
    solution="All donors ionised, n ≈ N_d = 3.2e16 cm⁻³; holes negligible. ρ = 1/(n e μ_e) = 1/(3.2e16 × 1.602e-19 × 1200) = 0.163 Ω·cm.",
    forms=("unicode", "one_step", "e_notation", "distractor"),
)
def h17b_electrical_semiconductors_02():
    """A silicon wafer (band gap 1.11 eV) is uniformly doped with phosphorus at 3.2*10^16 atoms per cm³, all ionised at room temperature. Take μ_e = 1200 cm²/V·s. Find the resistivity, in Ω·cm."""
    return 1 / (Q_(3.2e16, "cm**-3") * Q_E * Q_(1200, "cm**2/(V*s)"))


@item(
    S,
    "electrical_semiconductors",
    "cm**-3",
    "inverse of ρ = 1/(n e μ_e)",
    solution="n = 1/(ρ e μ) with ρ = 0.5 Ω·cm = 5e-3 Ω·m and μ = 0.13 m²/(V s): n = 1/(5e-3 × 1.602e-19 × 0.13) = 9.60e21 m⁻³ = 9.60e15 cm⁻³.",
    forms=("decimal_comma", "inverse", "per_unit", "unit_conversion"),
)
def h17b_electrical_semiconductors_03():
    """An n-type silicon crystal must have a resistivity of 0,5 Ω·cm. With an electron mobility of 0,13 m²/(V·s), what donor concentration is needed? Give it per cm³."""
    return 1 / (Q_(0.5, "ohm*cm") * Q_E * Q_(0.13, "m**2/(V*s)"))


@item(
    S,
    "electrical_semiconductors",
    "dimensionless",
    "n_i ∝ T^{3/2} exp(−E_g/2kT) (Streetman); Callister drops the T^{3/2} factor",
    solution="With n_i ∝ T^{3/2} exp(−E_g/2kT): ratio = (350/300)^{1.5} × exp[(0.67/(2 × 8.617e-5))(1/300 − 1/350)] = 1.260 × 6.368 = 8.02. If the T^{3/2} prefactor is neglected (exponential only, as in Callister), the ratio is 6.37.",
    forms=("tex", "ratio", "two_readings", "approximate_givens"),
)
def h17b_electrical_semiconductors_04():
    r"""For germanium take $E_g \approx 0.67\ \mathrm{eV}$, independent of temperature. By what factor does the intrinsic carrier concentration $n_i$ increase when the device heats from $300\ \mathrm{K}$ to $350\ \mathrm{K}$?"""
    eg = Q_(0.67, "eV")
    t1, t2 = Q_(300, "K"), Q_(350, "K")
    expo = math.exp(num(eg / (2 * K_EV) * (1 / t1 - 1 / t2)))
    return {"with_T^3/2": (350 / 300) ** 1.5 * expo, "exponential_only": expo}


@item(
    S,
    "electrical_semiconductors",
    "cm**-3",
    "Hall effect: V_H = I B/(n e t)",
    solution="n = I B/(e t V_H) = 0.010 × 0.40/(1.602e-19 × 5.0e-4 × 2.1e-3) = 2.38e22 m⁻³ = 2.38e16 cm⁻³.",
    forms=("forum", "ascii", "multi_step", "unit_conversion", "per_unit"),
)
def h17b_electrical_semiconductors_05():
    """how do I get the electron concentration from a Hall measurement?? I have an n-type bar 0.5 mm thick (thickness along B), current 10 mA, field 0.40 T and I read a Hall voltage of 2.1 mV. Lab sheet wants n in electrons per cm^3."""
    i, b = Q_(10, "mA"), Q_(0.40, "T")
    return i * b / (Q_E * Q_(0.5, "mm") * Q_(2.1, "mV"))


@item(
    S,
    "electrical_semiconductors",
    "microohm*cm",
    "ρ_T = ρ_0 [1 + α (T − T_0)] (Callister eq. 18.10)",
    solution="150 °F = 65.56 °C, so ΔT = 45.56 °C. ρ = 1.72e-8 × (1 + 0.0039 × 45.56) = 2.026e-8 Ω·m = 2.03 µΩ·cm.",
    forms=("mixed_units", "fahrenheit", "named_unit", "two_step"),
)
def h17b_electrical_semiconductors_06():
    """Copper bus bar: resistivity 1.72 × 10⁻⁸ Ω·m at 20 °C, temperature coefficient of resistivity 0.0039 per °C. The bar runs at 150 °F in service. Resistivity at that temperature = __________ µΩ·cm"""
    t = (150 - 32) / 1.8
    return Q_(1.72e-8, "ohm*m") * (1 + 0.0039 * (t - 20))


@item(
    S,
    "electrical_semiconductors",
    "m",
    "R = L/(σ A)",
    solution="A = π(0.75e-3 m)² = 1.767e-6 m². L_max = R σ A = 2.5 × 3.8e7 × 1.767e-6 = 168 m. The sketch in (b) is not marked numerically.",
    forms=("inverse", "maximum", "sketch_part", "unicode"),
)
def h17b_electrical_semiconductors_07():
    """An aluminium wire (σ = 3.8 × 10⁷ (Ω·m)⁻¹) of diameter 1.5 mm is to be used in a circuit whose resistance must not exceed 2.5 Ω.
    (a) What is the maximum allowable length of wire, in metres?
    (b) Sketch how the resistance would vary if the wire were drawn to half its diameter."""
    area = math.pi * Q_(0.75, "mm") ** 2
    return Q_(2.5, "ohm") * Q_(3.8e7, "S/m") * area


@item(
    S,
    "electrical_semiconductors",
    "cm**2/(V*s)",
    "σ = n e μ needs n",
    refuse="The carrier concentration (doping level) is not given and is not a standard datum for a doped sample, so the mobility cannot be found from the conductivity alone.",
    solution="μ_e = σ/(n e) requires the electron concentration n, which the question does not give; the conductivity alone does not determine μ_e.",
    forms=("must_refuse", "missing_datum"),
)
def h17b_electrical_semiconductors_08():
    """A slice of doped n-type GaAs measures a room-temperature conductivity of 25 S/m. Calculate the electron mobility in cm²/(V·s)."""
    return None


@item(
    S,
    "electrical_semiconductors",
    "pF",
    "C = ε_r ε_0 A/l (Callister eq. 18.27)",
    solution="A = 1 in² = 6.452e-4 m². C = 6.0 × 8.854e-12 × 6.452e-4/2.0e-3 = 1.71e-11 F = 17.1 pF.",
    forms=("mixed_units", "us_units", "one_step", "named_unit"),
)
def h17b_electrical_semiconductors_09():
    """A parallel-plate capacitor has square plates of area 1.0 in.² separated by a 2.0 mm layer of a dielectric with relative permittivity 6.0. What is its capacitance, in picofarads?"""
    return 6.0 * EPS0 * Q_(1.0, "inch**2") / Q_(2.0, "mm")


# ---------------------------------------------------------------- magnetic


@item(
    S,
    "magnetic",
    "A/m",
    "M_s = 0.60 μ_B × N, N = ρ N_A/A; Ni ρ = 8.90 g/cm³ (Callister ex. 20.1)",
    solution="N = 8.90 × 6.022e23/58.69 = 9.13e22 cm⁻³ = 9.13e28 m⁻³ (density 8.90 g/cm³, the handbook value). M_s = 0.60 × 9.274e-24 × 9.13e28 = 5.08e5 A/m.",
    forms=("known_datum_not_given", "two_step", "unicode"),
)
def h17b_magnetic_01():
    """Each nickel atom contributes a net moment of 0.60 Bohr magneton. Using the handbook density and atomic weight of Ni (58.69 g/mol), estimate the saturation magnetization of nickel in A/m."""
    n = Q_(8.90, "g/cm**3") * AVOGADRO / Q_(58.69, "g/mol")
    return 0.60 * BOHR * n


@item(
    S,
    "magnetic",
    "kA/m",
    "ferrite: net 2 μ_B per NiFe2O4 (Ni²⁺ on octahedral sites), 8 formula units per cell",
    solution="Fe³⁺ moments cancel between A and B sites; net moment per formula unit = Ni²⁺ = 2 μ_B. Per cell: 8 × 2 = 16 μ_B. M_s = 16 × 9.274e-24/(0.834e-9)³ = 2.56e5 A/m = 256 kA/m.",
    forms=("tex", "multi_step", "named_unit"),
)
def h17b_magnetic_02():
    r"""Nickel ferrite $\mathrm{NiFe_2O_4}$ has the inverse spinel structure with a cubic unit cell of edge $a = 0.834\ \mathrm{nm}$ containing 8 formula units. Assuming the $\mathrm{Fe^{3+}}$ moments cancel and $\mathrm{Ni^{2+}}$ carries $2\,\mu_B$, compute the saturation magnetization (answer in kA/m)."""
    return 8 * 2 * BOHR / Q_(0.834, "nm") ** 3


@item(
    S,
    "magnetic",
    "A/m",
    "H = N I/l, M = χ_m H",
    solution="H = N I/l = 400 × 15/0.25 = 2.4e4 A/m. M = χ_m H = 1.8e-5 × 2.4e4 = 0.432 A/m.",
    forms=("ascii", "two_step", "e_notation"),
)
def h17b_magnetic_03():
    """A solenoid 0.25 m long has 400 turns and carries 15 A. It is filled with a paramagnetic aluminium rod, chi_m = 1.8e-5. Find the magnetization M of the rod (A/m)."""
    h = 400 * Q_(15, "A") / Q_(0.25, "m")
    return 1.8e-5 * h


@item(
    S,
    "magnetic",
    "T",
    "B = μ_r μ_0 H holds only below saturation",
    refuse="B = μ_r μ_0 H with the initial permeability would give about 1 260 T, far beyond the saturation induction of iron (about 2.1 T); the linear relation is used outside its range and the data do not give the magnetization curve.",
    solution="μ_r μ_0 H = 5000 × 1.257e-6 × 2e5 ≈ 1.26e3 T, impossible: iron saturates near 2.1 T. The linear relation does not apply at this field, so no number can be given from these data.",
    forms=("must_refuse", "outside_validity"),
)
def h17b_magnetic_04():
    """A soft-iron core has a relative permeability of 5000 (measured at low field). What is the flux density B inside it when the applied field strength is 2 × 10⁵ A/m? Answer in tesla."""
    return None


@item(
    S,
    "magnetic",
    "dimensionless",
    "Curie law χ = C/T",
    solution="χ ∝ 1/T: χ(77 K) = 3.0e-4 × 300/77 = 1.17e-3: choice (c).",
    forms=("multiple_choice", "ratio", "approximate_givens"),
)
def h17b_magnetic_05():
    """A paramagnetic salt obeys Curie's law. Its volume susceptibility is 3.0 × 10^-4 at ≈ 300 K. On cooling to liquid-nitrogen temperature (77 K) its susceptibility becomes approximately
    (a) 7.7 × 10^-5   (b) 3.0 × 10^-4   (c) 1.2 × 10^-3   (d) 4.6 × 10^-3"""
    return 3.0e-4 * 300 / 77


@item(
    S,
    "magnetic",
    "W/kg",
    "hysteresis power = (loop area) × f × volume",
    solution="Power = 250 J/m³ × 60 s⁻¹ × 2.0e-3 m³ = 30 W. Mass = 7650 kg/m³ × 2.0e-3 m³ = 15.3 kg. Loss = 30/15.3 = 1.96 W/kg.",
    forms=("per_unit", "multi_step", "story", "figure_in_words"),
)
def h17b_magnetic_06():
    """A transformer core of 2.0 × 10⁻³ m³ of silicon iron (density 7.65 g/cm³) is cycled at 60 Hz. The B–H loop shown in the figure encloses an area equivalent to 250 J/m³ per cycle. What is the hysteresis loss per kilogram of core?"""
    vol = Q_(2.0e-3, "m**3")
    power = Q_(250, "J/m**3") * Q_(60, "Hz") * vol
    return power / (Q_(7.65, "g/cm**3") * vol)


@item(
    S,
    "magnetic",
    "K",
    "H_C(T) = H_C(0)[1 − (T/T_C)²] (Callister eq. 20.14)",
    solution="1 − (T/T_C)² = H/H_C(0) → T = T_C √(1 − 4.0e4/6.5e4) = 7.19 × √0.3846 = 4.46 K.",
    forms=("inverse", "maximum", "tex"),
)
def h17b_magnetic_07():
    r"""Lead is a type-I superconductor with $T_C = 7.19\ \mathrm{K}$ and $H_C(0) = 6.5\times10^{4}\ \mathrm{A/m}$. What is the maximum temperature at which a lead wire remains superconducting in a field of $4.0\times10^{4}\ \mathrm{A/m}$?"""
    return Q_(7.19, "K") * math.sqrt(1 - 4.0e4 / 6.5e4)


@item(
    S,
    "magnetic",
    "dimensionless",
    "μ per atom = M_s/N, N = ρ N_A/A",
    solution="N = 8.90 × 6.022e23/58.93 = 9.09e22 cm⁻³ = 9.09e28 m⁻³. μ = 1.42e6/9.09e28 = 1.561e-23 A·m² = 1.68 μ_B.",
    forms=("inverse", "two_step", "decimal_comma", "named_unit"),
)
def h17b_magnetic_08():
    """Cobalt: M_s = 1,42 × 10⁶ A/m, density 8,90 g/cm³, atomic weight 58,93 g/mol. Net magnetic moment per Co atom [Bohr magnetons]?"""
    n = Q_(8.90, "g/cm**3") * AVOGADRO / Q_(58.93, "g/mol")
    return Q_(1.42e6, "A/m") / n / BOHR


@item(
    S,
    "magnetic",
    "dimensionless",
    "B = Φ/A, μ_r = B/(μ_0 H)",
    solution="B = Φ/A = 0.30e-3 Wb/(0.02 × 0.015 m²) = 1.0 T. μ_r = B/(μ_0 H) = 1.0/(1.2566e-6 × 800) = 995.",
    forms=("two_step", "distractor", "ascii"),
)
def h17b_magnetic_09():
    """The rectangular core of an inductor (cross-section 2.0 cm x 1.5 cm, mean path 18 cm, 250 turns) carries a flux of 0.30 mWb when the field strength in it is 800 A/m. What is the relative permeability of the core material at this operating point?"""
    b = Q_(0.30, "mWb") / (Q_(2.0, "cm") * Q_(1.5, "cm"))
    return b / (MU0 * Q_(800, "A/m"))


# ---------------------------------------------------------------- optical


@item(
    S,
    "optical",
    "nm",
    "λ = hc/E_g",
    solution="λ = hc/E = 1239.8 eV·nm/2.42 eV = 512 nm.",
    forms=("one_step", "answer_blank", "unicode"),
)
def h17b_optical_01():
    """CdS has a band gap of 2.42 eV. The absorption edge of CdS lies at a wavelength of ______ nm."""
    return H * C0 / Q_(2.42, "eV")


@item(
    S,
    "optical",
    "percent",
    "normal-incidence reflectance R = ((n − 1)/(n + 1))² (Callister eq. 21.13)",
    solution="R = ((1.52 − 1)/(1.52 + 1))² = (0.52/2.52)² = 0.0426 = 4.26 %.",
    forms=("one_step", "percentage", "ascii"),
)
def h17b_optical_02():
    """Light strikes a soda-lime glass window (n = 1.52) at normal incidence from air. What percentage of the incident light is reflected at the front surface?"""
    return Q_(((1.52 - 1) / (1.52 + 1)) ** 2, "dimensionless")


@item(
    S,
    "optical",
    "dimensionless",
    "I_T/I_0 = (1 − R)² exp(−β x) (Callister eq. 21.19)",
    solution="(1 − R)² = 0.95² = 0.9025. From the 10 mm plate: β = ln(0.9025/0.82)/1.0 cm = 0.0959 cm⁻¹. For 25 mm: 0.9025 × exp(−0.0959 × 2.5) = 0.710.",
    forms=("multi_step", "inverse", "tex"),
)
def h17b_optical_03():
    r"""A glass plate $10\ \mathrm{mm}$ thick transmits a fraction $0.82$ of normally incident light; the reflectance of each surface is $R = 0.05$. (a) Find the absorption coefficient $\beta$. (b) What fraction would a $25\ \mathrm{mm}$ plate of the same glass transmit? (Only (b) is marked.)"""
    surf = (1 - 0.05) ** 2
    beta = math.log(surf / 0.82) / 1.0
    return surf * math.exp(-beta * 2.5)


@item(
    S,
    "optical",
    "degree",
    "NA = √(n₁² − n₂²) = sin θ_max",
    solution="NA = √(1.48² − 1.46²) = √0.0588 = 0.2425; θ_max = arcsin 0.2425 = 14.0°.",
    forms=("two_step", "maximum", "unicode"),
)
def h17b_optical_04():
    """A step-index optical fibre has core index n₁ = 1.48 and cladding index n₂ = 1.46. What is the maximum half-angle (in degrees, measured from the fibre axis in air) of the cone of light that the fibre accepts?"""
    na = math.sqrt(1.48**2 - 1.46**2)
    return Q_(math.degrees(math.asin(na)), "degree")


@item(
    S,
    "optical",
    "m/s",
    "n = √(ε_r μ_r) ≈ √ε_r at optical frequencies; v = c/n",
    solution="n = √2.25 = 1.50; v = c/n = 2.998e8/1.50 = 2.00e8 m/s. The density is not needed.",
    forms=("two_step", "distractor", "tex"),
)
def h17b_optical_05():
    r"""A transparent nonmagnetic polymer (density $1.19\ \mathrm{g\,cm^{-3}}$) has a relative permittivity of $2.25$ at optical frequencies. What is the speed of light in it, in $\mathrm{m\,s^{-1}}$?"""
    return C0 / math.sqrt(2.25)


@item(
    S,
    "optical",
    "percent",
    "R = ((n₂ − n₁)/(n₂ + n₁))²",
    solution="R = ((1.50 − 1.33)/(1.50 + 1.33))² = (0.17/2.83)² = 3.61e-3 = 0.361 %.",
    forms=("one_step", "percentage", "story"),
)
def h17b_optical_06():
    """An aquarium wall is glass with n = 1.50; the water inside has n = 1.33. For light travelling at normal incidence from the water into the glass, what percent is reflected at the water/glass interface? (Compare with the air/glass value, no answer needed for that.)"""
    return Q_(((1.50 - 1.33) / (1.50 + 1.33)) ** 2, "dimensionless")


@item(
    S,
    "optical",
    "dimensionless",
    "N = E λ/(h c)",
    solution="Photon energy = hc/λ = 6.626e-34 × 2.998e8/694.3e-9 = 2.861e-19 J. N = 0.50/2.861e-19 = 1.75e18 photons.",
    forms=("count", "one_step", "ascii"),
)
def h17b_optical_07():
    """A ruby laser emits a single 0.50 J pulse at 694.3 nm. How many photons are in the pulse?"""
    return num(Q_(0.50, "J") * Q_(694.3, "nm") / (H * C0))


@item(
    S,
    "optical",
    "nm",
    "photon absorbed when hc/λ ≥ E_g; range → take E_g = 2.0 eV",
    solution="A photon is absorbed only if hc/λ ≥ E_g. For absorption guaranteed over the whole spec range the photon must exceed the largest gap, 2.0 eV: λ ≤ 1239.8/2.0 = 620 nm.",
    forms=("range", "maximum", "one_step"),
)
def h17b_optical_08():
    """The supplier quotes the band gap of a semiconductor filter as between 1.8 and 2.0 eV. What is the longest wavelength (nm) that you can be sure the filter absorbs, whatever the actual gap within that range?"""
    return H * C0 / Q_(2.0, "eV")


@item(
    S,
    "optical",
    "s",
    "I = I_0 exp(−t/τ)",
    solution="0.25 = exp(−3.0/τ) → τ = 3.0/ln 4 = 2.164 s. For I/I_0 = 0.01: t = τ ln 100 = 2.164 × 4.605 = 9.97 s.",
    forms=("two_step", "inverse", "story"),
)
def h17b_optical_09():
    """After the UV lamp is switched off, the glow of a phosphor drops to 25 % of its initial intensity in 3.0 s. Assuming exponential decay, how long after switch-off is the glow down to 1 % of its initial intensity?"""
    tau = Q_(3.0, "s") / math.log(4)
    return tau * math.log(100)


# ---------------------------------------------------------------- thermal


@item(
    S,
    "thermal",
    "mm",
    "ΔL = α L_0 ΔT",
    solution="ΔT = 40 − (−20) = 60 °C. ΔL = 12e-6 × 12 m × 60 = 8.64e-3 m = 8.64 mm.",
    forms=("one_step", "minimum", "story", "unicode"),
)
def h17b_thermal_01():
    """Steel rails 12 m long (α = 12 × 10⁻⁶ °C⁻¹) are laid at −20 °C. What minimum gap must be left between rails so that they just touch at 40 °C? Give the gap in mm."""
    return 12e-6 * Q_(12, "m") * 60


@item(
    S,
    "thermal",
    "MPa",
    "σ = −E α ΔT for a fully restrained bar (Callister eq. 19.8)",
    solution="σ = −E α ΔT = −100e9 × 20e-6 × 60 = −1.20e8 Pa = −120 MPa (compressive, negative).",
    forms=("sign_convention", "one_step", "tex", "uncertainty"),
)
def h17b_thermal_02():
    r"""A brass rod ($E = 100 \pm 3\ \mathrm{GPa}$, $\alpha_l = 20\times10^{-6}\ ^{\circ}\mathrm{C}^{-1}$) is held rigidly between two walls at $20\ ^{\circ}\mathrm{C}$ and heated to $80\ ^{\circ}\mathrm{C}$. Compute the thermal stress in MPa (tensile positive, compressive negative)."""
    return -Q_(100, "GPa") * 20e-6 * 60


@item(
    S,
    "thermal",
    "Btu",
    "Q = m c_p ΔT",
    solution="Q = 2.5 kg × 900 J/(kg K) × 175 K = 3.94e5 J = 3.94e5/1055.06 = 373 Btu.",
    forms=("mixed_units", "one_step", "named_unit"),
)
def h17b_thermal_03():
    """How much heat, in Btu, is needed to raise 2.5 kg of aluminium (c_p = 900 J/kg-K) from 25 deg C to 200 deg C?"""
    return Q_(2.5, "kg") * Q_(900, "J/(kg*K)") * Q_(175, "K")


@item(
    S,
    "thermal",
    "J/(mol*K)",
    "Debye T³ law C_v = (12π⁴/5) R (T/θ_D)³",
    solution="C_v = (12π⁴/5) × 8.314 × (15/343)³ = 1943.8 × 8.364e-5 = 0.163 J/(mol K).",
    forms=("one_step", "tex", "named_unit"),
)
def h17b_thermal_04():
    r"""Copper has a Debye temperature $\theta_D = 343\ \mathrm{K}$. Using the low-temperature Debye law, estimate its lattice molar heat capacity $C_v$ at $15\ \mathrm{K}$, in $\mathrm{J\,mol^{-1}\,K^{-1}}$."""
    return 12 * math.pi**4 / 5 * R_GAS * (15 / 343) ** 3


@item(
    S,
    "thermal",
    "MJ",
    "Fourier: q = k ΔT/Δx; E = q A t",
    solution="q = 51.9 × (300 − 100)/0.010 = 1.038e6 W/m². Through 0.25 m² for 1 h: 1.038e6 × 0.25 × 3600 = 9.34e8 J = 934 MJ.",
    forms=("multi_step", "ascii", "named_unit"),
)
def h17b_thermal_05():
    """A steel plate 10 mm thick (k = 51.9 W/m-K) has its faces held at 300 C and 100 C. Assuming steady state, how much heat passes through 0.25 m2 of plate in one hour? Answer in MJ."""
    q = Q_(51.9, "W/(m*K)") * Q_(200, "K") / Q_(10, "mm")
    return q * Q_(0.25, "m**2") * Q_(1, "hour")


@item(
    S,
    "thermal",
    "K",
    "ΔT_f = σ_f/(E α_l) (Callister eq. 19.9)",
    solution="ΔT_f = σ_f/(E α) = 70e6/(70e9 × 9.0e-6) = 111 °C.",
    forms=("maximum", "one_step", "unicode", "distractor"),
)
def h17b_thermal_06():
    """A soda-lime glass (σ_f = 70 MPa, E = 70 GPa, α = 9.0 × 10⁻⁶ K⁻¹, k = 1.0 W/m·K) is quenched. Estimate the maximum temperature drop it can survive without fracture, ΔT_f = σ_f/(Eα)."""
    return Q_(70, "MPa") / (Q_(70, "GPa") * Q_(9.0e-6, "1/K"))


@item(
    S,
    "thermal",
    "W/(m*K)",
    "Wiedemann–Franz k = L σ T, L = 2.44e-8 W Ω/K² (Callister eq. 19.7)",
    solution="k = L T/ρ = 2.44e-8 × 300/7.1e-8 = 103 W/(m K) (Lorenz number 2.44e-8 W·Ω/K², the standard value).",
    forms=("known_datum_not_given", "one_step", "approximate_givens"),
)
def h17b_thermal_07():
    """A metal alloy has an electrical resistivity of 7.1 × 10^-8 Ω·m at ≈ 300 K. Estimate its thermal conductivity from the Wiedemann–Franz law."""
    return Q_(2.44e-8, "W*ohm/K**2") * Q_(300, "K") / Q_(7.1e-8, "ohm*m")


@item(
    S,
    "thermal",
    "mm",
    "ΔL = α L ΔT with constant α fails across T_g",
    refuse="The expansion coefficient was measured below the glass transition (100 °C); heating to 160 °C crosses T_g, where α changes several-fold, and no value above T_g is given, so the length change cannot be computed.",
    solution="α = 7e-5 K⁻¹ holds in the glassy state only; above T_g ≈ 100 °C the expansion coefficient of polystyrene rises sharply. With no rubbery-state α given, ΔL from 25 to 160 °C is not determinable.",
    forms=("must_refuse", "outside_validity"),
)
def h17b_thermal_08():
    """A polystyrene bar 500 mm long has a linear expansion coefficient of 7 × 10⁻⁵ K⁻¹, measured at room temperature; its glass transition is at 100 °C. By how much does it lengthen when heated from 25 °C to 160 °C? (mm)"""
    return None


@item(
    S,
    "thermal",
    "J/(mol*K)",
    "Dulong–Petit: 3R per mole of atoms",
    solution="Dulong–Petit gives 3R per mole of atoms. MgO has two atoms per formula unit, so per mole of MgO C ≈ 6R = 49.9 J/(mol K); per mole of atoms it is 3R = 24.9 J/(mol K).",
    forms=("two_readings", "one_step", "known_datum_not_given"),
)
def h17b_thermal_09():
    """Estimate the high-temperature molar heat capacity of MgO from the classical (Dulong–Petit) limit, in J/(mol·K)."""
    return {"per_mol_MgO": 6 * R_GAS, "per_mol_atoms": 3 * R_GAS}


# ---------------------------------------------------------------- polymers


@item(
    S,
    "polymers",
    "dimensionless",
    "DP = M_n/m, m(C2H3Cl) = 62.50 g/mol",
    solution="Repeat unit C₂H₃Cl: 2(12.01) + 3(1.008) + 35.45 = 62.49 g/mol. DP = 120 000/62.49 = 1920.",
    forms=("count", "known_datum_not_given", "spaced_thousands"),
    abs_tol=2.0,
)
def h17b_polymers_01():
    """A poly(vinyl chloride) has a number-average molecular weight of 120 000 g/mol. How many repeat units does an average chain contain? Give a whole number."""
    m = 2 * 12.01 + 3 * 1.008 + 35.45
    return 120000 / m


@item(
    S,
    "polymers",
    "g/mol",
    "M_w = Σ w_i M_i (Callister eq. 14.5b)",
    solution="M_w = 0.10 × 10 000 + 0.30 × 20 000 + 0.40 × 30 000 + 0.20 × 40 000 = 27 000 g/mol.",
    forms=("table", "one_step"),
)
def h17b_polymers_02():
    """Molecular-weight data for a polymer sample:

    | Mean M_i (g/mol) | Weight fraction w_i |
    | 10 000 | 0.10 |
    | 20 000 | 0.30 |
    | 30 000 | 0.40 |
    | 40 000 | 0.20 |

    Compute the weight-average molecular weight."""
    return 0.10 * 10000 + 0.30 * 20000 + 0.40 * 30000 + 0.20 * 40000


@item(
    S,
    "polymers",
    "percent",
    "% crystallinity (mass) = ρ_c(ρ_s − ρ_a)/[ρ_s(ρ_c − ρ_a)] (Callister eq. 14.8); volume fraction (ρ_s − ρ_a)/(ρ_c − ρ_a)",
    solution="By mass: 0.998(0.925 − 0.870)/[0.925(0.998 − 0.870)] = 0.05489/0.1184 = 46.4 %. By volume: (0.925 − 0.870)/(0.998 − 0.870) = 43.0 %.",
    forms=("two_readings", "one_step", "ascii"),
)
def h17b_polymers_03():
    """A polyethylene sample has density 0.925 g/cm3. Totally crystalline PE: 0.998 g/cm3; totally amorphous: 0.870 g/cm3. What is the percent crystallinity of the sample?"""
    rs, rc, ra = 0.925, 0.998, 0.870
    return {
        "mass_fraction": Q_(rc * (rs - ra) / (rs * (rc - ra)), "dimensionless"),
        "volume_fraction": Q_((rs - ra) / (rc - ra), "dimensionless"),
    }


@item(
    S,
    "polymers",
    "dimensionless",
    "copolymer m̄ = f_E m_E + (1 − f_E) m_P; m̄ = M_n/DP",
    solution="m̄ = 350 000/10 000 = 35.0 g/mol. m_E = 28.05, m_P = 42.08 g/mol. f_E = (42.08 − 35.0)/(42.08 − 28.05) = 0.505.",
    forms=("multi_step", "known_datum_not_given", "spaced_thousands"),
)
def h17b_polymers_04():
    """An ethylene–propylene random copolymer has a number-average molecular weight of 350 000 g/mol and a degree of polymerization of 10 000. What fraction of its repeat units are ethylene? (answer as a fraction)"""
    m_e = 2 * 12.011 + 4 * 1.008
    m_p = 3 * 12.011 + 6 * 1.008
    mbar = 350000 / 10000
    return (m_p - mbar) / (m_p - m_e)


@item(
    S,
    "polymers",
    "min",
    "stress relaxation σ = σ_0 exp(−t/τ) (Callister problem 15.x)",
    solution="τ = 60/ln(5.0/3.5) = 168.2 s. For σ = 1.0 MPa: t = τ ln(5.0/1.0) = 168.2 × 1.609 = 270.7 s = 4.51 min.",
    forms=("two_step", "inverse", "unit_conversion", "named_unit"),
)
def h17b_polymers_05():
    r"""In a relaxation test a polymer held at constant strain shows $\sigma_0 = 5.0\ \mathrm{MPa}$, falling to $3.5\ \mathrm{MPa}$ after $60\ \mathrm{s}$. Assuming $\sigma(t) = \sigma_0 e^{-t/\tau}$, after how many minutes will the stress be $1.0\ \mathrm{MPa}$?"""
    tau = Q_(60, "s") / math.log(5.0 / 3.5)
    return tau * math.log(5.0)


@item(
    S,
    "polymers",
    "nm",
    "random-walk chain: r = d √N",
    solution="DP = 5000 gives N = 2 × 5000 = 10 000 C–C bonds. r = d √N = 0.154 nm × 100 = 15.4 nm.",
    forms=("forum", "two_step", "unicode"),
)
def h17b_polymers_06():
    """hi, stuck on this one — PE chain with degree of polymerization 5000, C–C bond length 0.154 nm. It asks for the average end-to-end distance using r = d√N (N = number of bonds). what do I get in nm? (I also need to sketch a random coil but that's fine)"""
    return Q_(0.154, "nm") * math.sqrt(2 * 5000)


@item(
    S,
    "polymers",
    "MPa",
    "TS = TS_∞ − A/M_n has two unknowns",
    refuse="TS = TS_∞ − A/M_n has two material constants; one data point cannot fix both, and neither is given, so the strength at the second molecular weight is not determinable.",
    solution="With one (M_n, TS) pair and two unknowns (TS_∞ and A) the relation cannot be evaluated at another M_n; the data are insufficient.",
    forms=("must_refuse", "underdetermined"),
)
def h17b_polymers_07():
    """The tensile strength of a polystyrene grade follows TS = TS_inf − A/M_n. A batch with M_n = 50 000 g/mol has TS = 25 MPa. Predict the tensile strength of a batch with M_n = 100 000 g/mol."""
    return None


@item(
    S,
    "polymers",
    "degC",
    "Fox equation 1/T_g = w_1/T_g1 + w_2/T_g2 (absolute temperatures)",
    solution="T_g1 = 373.15 K, T_g2 = 223.15 K. 1/T_g = 0.70/373.15 + 0.30/223.15 = 3.2203e-3 K⁻¹ → T_g = 310.5 K = 37.4 °C.",
    forms=("tex", "two_step", "unit_conversion"),
    abs_tol=1.0,
)
def h17b_polymers_08():
    r"""A polymer with $T_g = 100\ ^{\circ}\mathrm{C}$ is plasticized with $30\ \mathrm{wt\%}$ of a plasticizer whose $T_g = -50\ ^{\circ}\mathrm{C}$. Estimate the glass transition of the mixture from the Fox equation, in $^{\circ}\mathrm{C}$."""
    inv = 0.70 / 373.15 + 0.30 / 223.15
    return Q_(1 / inv, "K")


# ---------------------------------------------------------------- ceramics & composites


@item(
    S,
    "ceramics_composites",
    "Mpsi",
    "isostrain rule of mixtures E_cl = E_m V_m + E_f V_f (Callister eq. 16.10b)",
    solution="E_cl = 0.55 × 2.4 + 0.45 × 72.5 = 33.9 GPa = 33.9/6.895 = 4.92 × 10⁶ psi.",
    forms=("mixed_units", "us_units", "one_step", "named_unit"),
)
def h17b_ceramics_composites_01():
    """A unidirectional glass-fibre/epoxy composite has 45 vol% E-glass fibres (E = 72.5 GPa) in epoxy (E = 2.4 GPa). Compute the longitudinal modulus and express it in units of 10^6 psi."""
    return 0.55 * Q_(2.4, "GPa") + 0.45 * Q_(72.5, "GPa")


@item(
    S,
    "ceramics_composites",
    "GPa",
    "isostress E_ct = E_m E_f/(V_m E_f + V_f E_m) (Callister eq. 16.16)",
    solution="E_ct = 3.5 × 230/(0.40 × 230 + 0.60 × 3.5) = 805/94.1 = 8.55 GPa.",
    forms=("one_step", "tex", "distractor"),
)
def h17b_ceramics_composites_02():
    r"""A continuous, aligned carbon-fibre composite contains $V_f = 0.60$. $E_f = 230\ \mathrm{GPa}$, $E_m = 3.5\ \mathrm{GPa}$, $\sigma_f^{*} = 4.0\ \mathrm{GPa}$. Calculate the modulus transverse to the fibres (answer in GPa)."""
    ef, em = Q_(230, "GPa"), Q_(3.5, "GPa")
    return em * ef / (0.40 * ef + 0.60 * em)


@item(
    S,
    "ceramics_composites",
    "mm",
    "l_c = σ_f* d/(2 τ_c) (Callister eq. 16.3); range → largest d governs",
    solution="l_c grows with d, so the largest diameter, 8 µm, governs: l_c = 3.5e9 × 8e-6/(2 × 45e6) = 0.311 mm.",
    forms=("range", "minimum", "sketch_part", "unicode"),
)
def h17b_ceramics_composites_03():
    """Carbon fibres of strength σ_f* = 3.5 GPa have diameters between 6 and 8 µm; the fibre–matrix shear yield strength is τ_c = 45 MPa.
    (a) What is the minimum fibre length (mm) that exceeds the critical length for every fibre in the batch?
    (b) Sketch the stress along a fibre of exactly critical length."""
    return Q_(3.5, "GPa") * Q_(8, "um") / (2 * Q_(45, "MPa"))


@item(
    S,
    "ceramics_composites",
    "MPa",
    "three-point bend σ_fs = 3FL/(2bd²) (Callister eq. 12.7a)",
    solution="σ = 3 × 200 × 1.5/(2 × 0.40 × 0.20²) = 900/0.032 = 28 125 psi = 194 MPa.",
    forms=("us_units", "mixed_units", "one_step", "named_unit"),
)
def h17b_ceramics_composites_04():
    """A rectangular alumina bar 0.40 in. wide and 0.20 in. thick is broken in three-point bending over supports 1.5 in. apart; fracture occurs at 200 lbf. Compute the flexural strength (answer in MPa)."""
    f, span = Q_(200, "lbf"), Q_(1.5, "inch")
    b, d = Q_(0.40, "inch"), Q_(0.20, "inch")
    return 3 * f * span / (2 * b * d**2)


@item(
    S,
    "ceramics_composites",
    "percent",
    "E = E_0(1 − 1.9P + 0.9P²) (Callister eq. 12.9)",
    solution="Solve 0.9P² − 1.9P + (1 − 300/380) = 0: P = [1.9 − √(3.61 − 4 × 0.9 × 0.2105)]/1.8 = (1.9 − 1.6888)/1.8 = 0.1173 → 11.7 %.",
    forms=("inverse", "maximum", "percentage", "tex"),
)
def h17b_ceramics_composites_05():
    r"""Fully dense alumina has $E_0 = 380\ \mathrm{GPa}$, and porosity lowers the modulus as $E = E_0(1 - 1.9P + 0.9P^2)$. What is the maximum allowable volume percent porosity if the modulus must be at least $300\ \mathrm{GPa}$?"""
    c = 1 - 300 / 380
    p = (1.9 - math.sqrt(1.9**2 - 4 * 0.9 * c)) / (2 * 0.9)
    return Q_(p, "dimensionless")


@item(
    S,
    "ceramics_composites",
    "MPa",
    "Weibull P_f = 1 − exp[−(σ/σ_0)^m]",
    solution="σ = σ_0 [−ln(1 − P_f)]^{1/m} = 400 × (−ln 0.99)^{0.1} = 400 × 0.6313 = 253 MPa.",
    forms=("inverse", "maximum", "ascii", "e_notation"),
)
def h17b_ceramics_composites_06():
    """A silicon nitride part follows Weibull statistics with m = 10 and sigma_0 = 400 MPa (P_f = 1 - exp[-(sigma/sigma_0)^m]). What is the maximum design stress if no more than 1E-2 of the parts may fail?"""
    return Q_(400, "MPa") * (-math.log(1 - 1e-2)) ** (1 / 10)


@item(
    S,
    "ceramics_composites",
    "g/cm**3",
    "ρ = n′(ΣA_C + ΣA_A)/(V_C N_A), rock salt n′ = 4 (Callister eq. 12.1)",
    solution="MgO (rock salt) has 4 formula units per cell. ρ = 4 × (24.31 + 16.00)/[(0.4213e-7 cm)³ × 6.022e23] = 161.2/45.03 = 3.58 g/cm³.",
    forms=("decimal_comma", "known_datum_not_given", "one_step"),
)
def h17b_ceramics_composites_07():
    """MgO has the rock-salt (NaCl) structure with a = 0,4213 nm. Compute the theoretical density of MgO (g/cm³)."""
    m = 4 * Q_(24.305 + 15.999, "g/mol")
    return m / (Q_(0.4213, "nm") ** 3 * AVOGADRO)


@item(
    S,
    "ceramics_composites",
    "MPa",
    "Griffith σ_c = √(2Eγ_s/(πa)) needs γ_s",
    refuse="The Griffith stress needs the specific surface energy γ_s (or K_Ic) of this unnamed ceramic, which is neither given nor a standard datum; the fracture stress cannot be computed from E and the crack size alone.",
    solution="σ_c = √(2Eγ_s/(πa)) requires γ_s; only E and the crack length are given, so no value can be found.",
    forms=("must_refuse", "missing_datum"),
)
def h17b_ceramics_composites_08():
    """A ceramic plate (E = 300 GPa, ν = 0.25) contains an internal crack 0.20 mm long. Using the Griffith criterion, compute the stress at which it will fracture."""
    return None


# ---------------------------------------------------------------- corrosion


@item(
    S,
    "corrosion",
    "g",
    "Faraday w = I t M/(n F) (Callister eq. 17.23)",
    solution="w = 2.5 A × 8 × 3600 s × 65.38 g/mol/(2 × 96 485 C/mol) = 24.4 g.",
    forms=("one_step", "story", "ascii"),
)
def h17b_corrosion_01():
    """A zinc anode in a cathodic-protection system supplies a steady 2.5 A for one 8-hour shift. What mass of zinc (Zn -> Zn2+ + 2e-) is consumed during the shift, in grams?"""
    return Q_(2.5, "A") * Q_(8, "hour") * Q_(65.38, "g/mol") / (2 * F_CONST)


@item(
    S,
    "corrosion",
    "thou/year",
    "CPR = W/(ρ A t) (Callister eq. 17.23 form with K = 534 for mpy)",
    solution="CPR = W/(ρ A t) = 2.8 g/(7.9 g/cm³ × 50 in² × 1.5 yr) = 0.288 mil/yr (≈ 534 W/(ρAt) with W in mg, A in in², t in h).",
    forms=("us_units", "mixed_units", "named_unit"),
)
def h17b_corrosion_02():
    """A steel coupon (density 7.9 g/cm^3) with an exposed area of 50 in.^2 loses 2.8 g in 1.5 years of exposure. Express the corrosion penetration rate in mils per year (mpy)."""
    return Q_(2.8, "g") / (Q_(7.9, "g/cm**3") * Q_(50, "inch**2") * Q_(1.5, "year"))


@item(
    S,
    "corrosion",
    "V",
    "Nernst E = ΔE° − (RT/nF) ln([M_anode]/[M_cathode]) (Callister eq. 17.19); E°(Ni) = −0.250 V, E°(Cd) = −0.403 V",
    solution="Cd (E° = −0.403 V) is the anode, Ni (E° = −0.250 V) the cathode. ΔE° = 0.153 V. E = 0.153 − (8.314 × 298.15/(2 × 96 485)) ln(0.50/1.0e-3) = 0.153 − 0.0798 = 0.073 V.",
    forms=("known_datum_not_given", "two_step", "unicode"),
    abs_tol=0.005,
)
def h17b_corrosion_03():
    """A cell at 25 °C consists of a Cd electrode in 0.50 M Cd²⁺ and a Ni electrode in 1.0 × 10⁻³ M Ni²⁺. Using standard electrode potentials from the table, compute the cell voltage (V)."""
    de0 = -0.250 - (-0.403)
    return Q_(de0, "V") - R_GAS * Q_(298.15, "K") / (2 * F_CONST) * math.log(0.50 / 1.0e-3)


@item(
    S,
    "corrosion",
    "uA/cm**2",
    "i = r ρ n F/M (Fontana; Callister eq. 17.24)",
    solution="r = 0.25 mm/yr = 0.025 cm / 3.156e7 s = 7.92e-10 cm/s. i = 7.92e-10 × 7.87 × 2 × 96 485/55.85 = 2.15e-5 A/cm² = 21.5 µA/cm².",
    forms=("unit_conversion", "two_step", "known_datum_not_given"),
)
def h17b_corrosion_04():
    """Iron corrodes uniformly (Fe -> Fe²⁺) at 0.25 mm per year. What corrosion current density does this correspond to? Express it in µA/cm²."""
    rate = Q_(0.25, "mm/year")
    return rate * Q_(7.87, "g/cm**3") * 2 * F_CONST / Q_(55.85, "g/mol")


@item(
    S,
    "corrosion",
    "dimensionless",
    "Pilling–Bedworth P–B = A_O ρ_M/(a A_M ρ_O)",
    solution="For Al₂O₃: P–B = (101.96 × 2.70)/(2 × 26.98 × 3.99) = 275.3/215.3 = 1.28: choice (b); between 1 and 2, so the film is protective.",
    forms=("table", "one_step", "multiple_choice", "explain_part"),
)
def h17b_corrosion_05():
    """Data: Al — atomic weight 26.98 g/mol, density 2.70 g/cm³; Al₂O₃ — formula weight 101.96 g/mol, density 3.99 g/cm³.
    The Pilling–Bedworth ratio for the oxidation of aluminium is closest to: (a) 0.78  (b) 1.28  (c) 1.65  (d) 2.56. Say also whether the oxide is likely to be protective."""
    return 101.96 * 2.70 / (2 * 26.98 * 3.99)


@item(
    S,
    "corrosion",
    "hour",
    "parabolic W² = K t",
    solution="W² ∝ t, so t₂ = t₁ (W₂/W₁)² = 100 min × (0.9/0.3)² = 900 min = 15 h.",
    forms=("show_that", "unit_conversion", "ratio"),
)
def h17b_corrosion_06():
    """Show that for parabolic oxidation the time needed scales as the square of the weight gain, and hence find how long (in hours) a nickel sample that gained 0.30 mg/cm² in 100 min will take to reach 0.90 mg/cm² at the same temperature."""
    return Q_(100, "min") * (0.90 / 0.30) ** 2


@item(
    S,
    "corrosion",
    "mm/year",
    "galvanic rate needs kinetic data (polarization, areas)",
    refuse="A potential difference alone does not fix a corrosion rate: the rate depends on polarization behaviour (exchange current densities, Tafel slopes), the area ratio and solution resistance, none of which are given.",
    solution="The open-circuit potential difference is a thermodynamic driving force; converting it to a current needs polarization data and electrode areas. Not determinable.",
    forms=("must_refuse", "not_determinable", "story"),
)
def h17b_corrosion_07():
    """A zinc fitting is bolted to a copper pipe in seawater; the two metals differ by about 1.0 V in the galvanic series. At what rate will the zinc corrode, in mm per year?"""
    return None


@item(
    S,
    "corrosion",
    "mA/cm**2",
    "Tafel η = β log(i/i_0) (Callister eq. 17.25)",
    solution="|η|/|β| = 0.25/0.10 = 2.5 decades: i = i_0 × 10^2.5 = 1e-6 × 316.2 = 3.16e-4 A/cm² = 0.316 mA/cm².",
    forms=("sign_convention", "inverse", "tex", "named_unit"),
)
def h17b_corrosion_08():
    r"""For hydrogen evolution on a metal, $i_0 = 1\times10^{-6}\ \mathrm{A\,cm^{-2}}$ and the cathodic Tafel slope is $\beta = -0.10\ \mathrm{V/decade}$. What cathodic current density flows at an overvoltage $\eta = -0.25\ \mathrm{V}$? Give it in $\mathrm{mA\,cm^{-2}}$."""
    return Q_(1e-6, "A/cm**2") * 10 ** (-0.25 / -0.10)
