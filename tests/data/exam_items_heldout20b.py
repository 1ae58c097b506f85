"""Set heldout20 (set U), second half: 60 questions over seven topics of a qualifying exam.

Written blind: the writer read only the registry (``exam_items.py``), the shared quantities
(``exam_quantities.py``) and the head of one earlier item file for its layout; not the answer
engine, the checker, the solver or the questions of earlier sets. Each key is computed in the body
with pint quantities or plain math; ``solution`` is the worked solution in words, ``forms`` says
how the text is written. A question with two standard readings returns a dict of them (primary
first); one that must be refused returns None and says why in ``refuse=``.
"""

from __future__ import annotations

import math
from typing import Any

from exam_items import item
from exam_quantities import (
    AVOGADRO,
    BOHR,
    C0,
    EPS0,
    F_CONST,
    K_BOLTZ,
    MU0,
    Q_,
    R_GAS,
    H,
    kelvin,
    num,
)

S = "heldout20"

K_EV = K_BOLTZ.to("eV/K")


def fahrenheit(deg_f: float) -> Any:
    """A Fahrenheit reading as an absolute temperature in K."""
    return Q_((deg_f - 32) / 1.8 + 273.15, "K")


# ---------------------------------------------------------------- electrical & semiconductors


@item(
    S,
    "electrical_semiconductors",
    "S/m",
    "σ = n_i e (μ_e + μ_h) for an intrinsic semiconductor (Callister eq. 18.15)",
    solution="n_i = 1.0 × 10¹⁰ cm⁻³ = 1.0 × 10¹⁶ m⁻³; μ_e + μ_h = 0.135 + 0.048 = 0.183 m²/(V·s). σ = 1.0 × 10¹⁶ × 1.602 × 10⁻¹⁹ × 0.183 = 2.93 × 10⁻⁴ S/m.",
    forms=("shared_preamble", "one_step", "unit_conversion", "named_unit"),
)
def h20b_elec_01():
    """Problems 1–3 use the following data for silicon at 300 K: n_i = 1.0 × 10¹⁰ cm⁻³, μ_e = 1350 cm²/(V·s), μ_h = 480 cm²/(V·s), band gap 1.12 eV.

    Problem 1. Compute the electrical conductivity of intrinsic silicon at 300 K, in S/m."""
    n_i = Q_(1.0e10, "1/cm**3")
    mu = Q_(1350 + 480, "cm**2/(V*s)")
    return n_i * Q_(1.602176634e-19, "C") * mu


@item(
    S,
    "electrical_semiconductors",
    "ohm*cm",
    "extrinsic n-type: ρ = 1/(N_d e μ_e), intrinsic carriers negligible (Callister eq. 18.16)",
    solution="At 300 K every P donor is ionised, n ≈ N_d = 2 × 10¹⁶ cm⁻³ ≫ n_i. ρ = 1/(n e μ_e) = 1/(2 × 10¹⁶ × 1.602 × 10⁻¹⁹ × 1350) = 0.231 Ω·cm.",
    forms=("shared_preamble", "one_step", "distractor", "named_unit"),
)
def h20b_elec_02():
    """Problems 1–3 use the following data for silicon at 300 K: n_i = 1.0 × 10¹⁰ cm⁻³, μ_e = 1350 cm²/(V·s), μ_h = 480 cm²/(V·s), band gap 1.12 eV.

    Problem 2. The same silicon is now doped with 2 × 10^16 phosphorus atoms per cm^3, all of them ionised at room temperature. What is its resistivity (in Ω·cm)?"""
    n = Q_(2e16, "1/cm**3")
    return 1 / (n * Q_(1.602176634e-19, "C") * Q_(1350, "cm**2/(V*s)"))


@item(
    S,
    "electrical_semiconductors",
    "cm**2/(V*s)",
    "Hall effect: n = 1/(|R_H| e), μ = σ |R_H| (Callister eq. 18.20)",
    solution="For one carrier type σ = n|e|μ and R_H = 1/(n e), so μ = σ|R_H| = 12 S/m × 6.25 × 10⁻³ m³/C = 0.075 m²/(V·s) = 750 cm²/(V·s). The magnetic field and current are not needed.",
    forms=("ascii", "two_step", "distractor", "sign_convention", "unit_conversion"),
)
def h20b_elec_03():
    """A Hall measurement on an n-type sample (B = 0.5 T, I = 10 mA) gives a Hall coefficient of -6.25E-3 m^3/C. A four-point probe on the same sample reads a conductivity of 12 S/m. Assuming a single type of carrier, find the electron mobility in cm^2/(V s)."""
    r_h = Q_(6.25e-3, "m**3/C")
    return Q_(12, "S/m") * r_h


@item(
    S,
    "electrical_semiconductors",
    "dimensionless",
    "n_i ∝ exp(−E_g/2kT), T^{3/2} prefactor neglected (Callister eq. 18.35 form)",
    solution="n_i(350)/n_i(300) = exp[(E_g/2k)(1/300 − 1/350)] = exp[(0.67/(2 × 8.617 × 10⁻⁵)) × 4.762 × 10⁻⁴] = exp(1.851) = 6.37.",
    forms=("by_what_factor", "one_step", "tex", "known_datum_not_given"),
)
def h20b_elec_04():
    r"""Germanium ($E_g \approx 0.67\ \mathrm{eV}$) is heated from 300 K to 350 K. Neglecting the $T^{3/2}$ dependence of the prefactor, by what factor does the intrinsic carrier concentration $n_i$ increase?"""
    eg = Q_(0.67, "eV")
    return math.exp(num(eg / (2 * K_EV) * (1 / Q_(300, "K") - 1 / Q_(350, "K"))))


@item(
    S,
    "electrical_semiconductors",
    "V",
    "R = ρL/A, V = IR (Callister eq. 18.2, 18.3)",
    solution="A = π(0.75 × 10⁻³ m)² = 1.767 × 10⁻⁶ m². R = 1.72 × 10⁻⁸ × 50/1.767 × 10⁻⁶ = 0.487 Ω. V = IR = 8 × 0.487 = 3.89 V.",
    forms=("story", "two_step", "named_unit", "mixed_notation"),
)
def h20b_elec_05():
    """An electrician runs a 50 m length of copper cable (ρ=1.72E-8 Ω·m, diameter 1.5 mm, cost $3 per metre) to a workshop heater that draws 8 A. How large is the voltage drop along the cable, in volts?"""
    area = math.pi * Q_(0.75e-3, "m") ** 2
    r = Q_(1.72e-8, "ohm*m") * Q_(50, "m") / area
    return Q_(8, "A") * r


@item(
    S,
    "electrical_semiconductors",
    "1/m**3",
    "σ = n e μ needs μ",
    refuse="Only the conductivity is given; the electron mobility of this newly synthesised oxide is neither stated nor a standard datum, so n = σ/(eμ) cannot be evaluated.",
    solution="n = σ/(e μ_e) requires the mobility, which the question does not give and which is not a tabulated value for an unnamed new oxide. The question must be refused.",
    forms=("must_refuse", "missing_datum", "story"),
)
def h20b_elec_06():
    """Our group has just grown a thin film of a newly synthesised n-type oxide semiconductor by pulsed laser deposition on sapphire at 650 °C. Four-point-probe measurements give a conductivity of 25 S/m at room temperature and the film is 200 nm thick. How many conduction electrons are there per cubic metre?"""
    return None


@item(
    S,
    "electrical_semiconductors",
    "pF",
    "parallel-plate capacitor C = ε_r ε_0 A/l (Callister eq. 18.27)",
    solution="C = ε_r ε_0 A/l = 6.0 × 8.854 × 10⁻¹² × 2.0 × 10⁻⁴/5.0 × 10⁻⁴ = 2.125 × 10⁻¹¹ F = 21.2 pF. The applied voltage does not change C.",
    forms=("comma_thousands", "distractor", "blank_unit", "one_step"),
)
def h20b_elec_07():
    """A parallel-plate capacitor has plates of area 2.0 cm² separated by 0.50 mm of a dielectric with ε_r = 6.0, and it is charged to 1,000 V. Its capacitance is __________ pF."""
    return Q_(6.0, "") * EPS0 * Q_(2.0, "cm**2") / Q_(0.50, "mm")


@item(
    S,
    "electrical_semiconductors",
    "eV",
    "E_c − E_F = kT ln(N_c/n) (Streetman ch. 3)",
    solution="kT at 300 K = 0.02585 eV. E_c − E_F = 0.02585 × ln(2.8 × 10¹⁹/1 × 10¹⁷) = 0.02585 × 5.635 = 0.146 eV.",
    forms=("ascii_powers", "one_step", "blank_in_sentence", "sze_streetman"),
)
def h20b_elec_08():
    """Si at T = 300 K is doped n-type with N_d = 1*10^17 cm^-3 (full ionisation). The effective density of states in the conduction band is N_c = 2.8*10^19 cm^-3. The Fermi level lies ____ eV below the conduction band edge."""
    kt = K_EV * Q_(300, "K")
    return kt * math.log(2.8e19 / 1e17)


@item(
    S,
    "electrical_semiconductors",
    "eV",
    "intrinsic σ ∝ exp(−E_g/2kT): E_g = 2k ln(σ2/σ1)/(1/T1 − 1/T2)",
    solution="T1 = 300.15 K, T2 = 400.15 K. ln(8.0/0.50) = 2.773; 1/T1 − 1/T2 = 8.326 × 10⁻⁴ K⁻¹. E_g = 2 × 8.617 × 10⁻⁵ × 2.773/8.326 × 10⁻⁴ = 0.574 eV.",
    forms=("inverse", "two_step", "celsius_to_kelvin", "blank_in_sentence"),
)
def h20b_elec_09():
    r"""The conductivity of an intrinsic semiconductor is $0.50\ \Omega^{-1}\mathrm{m}^{-1}$ at $27\ ^{\circ}\mathrm{C}$ and $8.0\ \Omega^{-1}\mathrm{m}^{-1}$ at $127\ ^{\circ}\mathrm{C}$. Neglecting the temperature dependence of the mobilities and of the prefactor, the band gap is ____ eV."""
    t1, t2 = kelvin(27), kelvin(127)
    return 2 * K_EV * math.log(8.0 / 0.50) / (1 / t1 - 1 / t2)


# ---------------------------------------------------------------- magnetic


@item(
    S,
    "magnetic",
    "A/m",
    "M_s = (μ_B per atom) μ_B N, N = ρN_A/A; Ni: 0.60 μ_B, ρ = 8.90 g/cm³, A = 58.69 g/mol (Callister ex. 20.1)",
    solution="N = 8.90 × 10⁶ g/m³ × 6.022 × 10²³/58.69 g/mol = 9.13 × 10²⁸ atoms/m³. M_s = 0.60 × 9.274 × 10⁻²⁴ × 9.13 × 10²⁸ = 5.08 × 10⁵ A/m.",
    forms=("known_datum_not_given", "two_step", "named_unit"),
)
def h20b_mag_01():
    """Nickel carries a net moment of 0.60 Bohr magneton per atom. Using the usual handbook density and atomic weight of nickel, estimate its saturation magnetisation in A/m."""
    n = Q_(8.90, "g/cm**3") * AVOGADRO / Q_(58.69, "g/mol")
    return 0.60 * BOHR * n


@item(
    S,
    "magnetic",
    "T",
    "H = NI/l, B = μ_r μ_0 H (Callister eq. 20.1, 20.3)",
    solution="H = NI/l = 400 × 2.5/0.25 = 4000 A/m. B = μ_r μ_0 H = 250 × 4π × 10⁻⁷ × 4000 = 1.257 T.",
    forms=("prefix_in_words", "two_step", "unit_conversion", "numbered_givens"),
)
def h20b_mag_02():
    """A solenoid is wound on a soft-iron core. Data: (i) 400 turns; (ii) length twenty-five centimetres; (iii) current 2.5 A; (iv) relative permeability of the core in this field range 250. What flux density does the core carry, in teslas?"""
    h = 400 * Q_(2.5, "A") / Q_(0.25, "m")
    return 250 * MU0 * h


@item(
    S,
    "magnetic",
    "T",
    "B = μ_r μ_0 H valid only in the initial, linear range",
    refuse="The relative permeability quoted is the low-field value; at H = 2 × 10⁵ A/m iron is far beyond saturation (B would come out near 1 250 T), so B = μ_r μ_0 H does not apply and the saturation data needed are not given.",
    solution="μ_r μ_0 H = 5000 × 4π × 10⁻⁷ × 2 × 10⁵ ≈ 1 257 T, which is impossible: iron saturates near 2 T. The initial permeability cannot be used at this field and no B–H curve is given, so the question must be refused.",
    forms=("must_refuse", "relation_outside_validity", "tex"),
)
def h20b_mag_03():
    r"""The initial relative permeability of an annealed commercial iron, measured at $H = 10\ \mathrm{A/m}$, is $\mu_r = 5000$. A field of $H = 2\times10^{5}\ \mathrm{A/m}$ is now applied to the same iron. Calculate the magnetic flux density $B$ in tesla."""
    return None


@item(
    S,
    "magnetic",
    "kA/m",
    "ferrimagnetic Fe3O4: 8 formula units per cubic cell, 4 μ_B per formula unit (Callister ex. 20.2)",
    solution="Net moment per cell = 8 × 4 μ_B = 32 × 9.274 × 10⁻²⁴ = 2.968 × 10⁻²² A·m². V = (0.839 × 10⁻⁹ m)³ = 5.906 × 10⁻²⁸ m³. M_s = 2.968 × 10⁻²²/5.906 × 10⁻²⁸ = 5.02 × 10⁵ A/m = 502 kA/m.",
    forms=("decimal_comma", "two_step", "named_unit", "show_that"),
)
def h20b_mag_04():
    """Show that in magnetite the Fe³⁺ moments on tetrahedral and octahedral sites cancel, so that each Fe3O4 formula unit carries the 4 µB of its Fe²⁺ ion, and hence find the saturation magnetisation in kA/m. The cubic unit cell (a = 0,839 nm) holds 8 formula units."""
    moment = 8 * 4 * BOHR
    return moment / Q_(0.839, "nm") ** 3


@item(
    S,
    "magnetic",
    "W",
    "hysteresis loss power = (loop area) × f × volume",
    solution="Energy per cycle per unit volume = 250 J/m³. Power = 250 × 60 × 1.2 × 10⁻³ = 18 W. Saturation induction, coercivity and cost are not needed.",
    forms=("long_context", "distractor", "one_step", "named_unit"),
)
def h20b_mag_05():
    """A small utility is investigating why one of its distribution transformers runs hotter than its neighbours. The core is a laminated silicon-steel stack of volume 1.2 × 10⁻³ m³ with a saturation induction of 2.0 T and a coercivity of 40 A/m; it replaced an older core bought for about $180. A lab test on a strip cut from the new core traces a B–H loop whose enclosed area corresponds to 250 J/m³ per cycle at the operating flux swing. The grid frequency is 60 Hz. Estimate the hysteresis power dissipated in the core, in watts."""
    return Q_(250, "J/m**3") * Q_(60, "1/s") * Q_(1.2e-3, "m**3")


@item(
    S,
    "magnetic",
    "dimensionless",
    "Curie law χ = C/T",
    solution="χ T is constant: χ(77 K) = 3.0 × 10⁻⁴ × 300/77 = 1.17 × 10⁻³.",
    forms=("hypothetical", "one_step", "ascii"),
)
def h20b_mag_06():
    """A paramagnetic salt obeys the Curie law and has a volume susceptibility of 3.0e-4 (SI) at 300 K. What would its susceptibility become if it were cooled in liquid nitrogen to 77 K?"""
    return 3.0e-4 * 300 / 77


@item(
    S,
    "magnetic",
    "K",
    "H_c(T) = H_0[1 − (T/T_c)²] (Callister eq. 20.7)",
    solution="1 − (T/T_c)² = 4.0 × 10⁴/6.4 × 10⁴ = 0.625, so T = 7.19 × √0.375 = 4.40 K.",
    forms=("inverse", "answer_temperature", "one_step", "critical_value"),
)
def h20b_mag_07():
    """Lead becomes superconducting below T_c = 7.19 K; its critical field extrapolated to 0 K is H_0 = 6.4 × 10⁴ A/m. What is the maximum temperature (in K) at which lead stays superconducting in an applied field of 4.0 × 10⁴ A/m?"""
    tc = Q_(7.19, "K")
    return tc * math.sqrt(1 - 4.0e4 / 6.4e4)


@item(
    S,
    "magnetic",
    "A/m",
    "B = μ_0(H + M) (Callister eq. 20.5)",
    solution="M = B/μ_0 − H = 0.630/(4π × 10⁻⁷) − 2000 = 501 338 − 2000 = 4.99 × 10⁵ A/m.",
    forms=("mixed_notation", "one_step", "named_unit"),
)
def h20b_mag_08():
    """In a bar magnetised by a coil, H = 2.0 kA/m and the flux density measured with a search coil is B=0.630 T. Find the magnetization M (A/m)."""
    return Q_(0.630, "T") / MU0 - Q_(2.0, "kA/m")


# ---------------------------------------------------------------- optical


@item(
    S,
    "optical",
    "degree",
    "critical angle sin θ_c = n_2/n_1",
    solution="sin θ_c = 1.00/1.52 = 0.6579, θ_c = 41.1°.",
    forms=("one_step", "unicode", "named_unit"),
)
def h20b_opt_01():
    """Light travels inside a crown-glass block (n = 1.52) towards its flat surface with air. Above what angle of incidence, measured from the normal, is it totally reflected? Give the angle in degrees."""
    return Q_(math.degrees(math.asin(1.00 / 1.52)), "degree")


@item(
    S,
    "optical",
    "percent",
    "normal-incidence reflectivity R = ((n − 1)/(n + 1))²; diamond n = 2.42 (Callister table 21.1)",
    solution="Using n = 2.42 for diamond: R = (1.42/3.42)² = 0.1724, i.e. 17.2 %.",
    forms=("known_datum_not_given", "one_step", "as_percentage", "forum"),
)
def h20b_opt_02():
    """how do I get the fraction of light reflected off a polished diamond face at normal incidence? all I have is that it's diamond in air. answer as a percentage pls"""
    n = 2.42
    return Q_(((n - 1) / (n + 1)) ** 2 * 100, "percent")


@item(
    S,
    "optical",
    "nm",
    "absorption edge λ = hc/E_g",
    solution="λ = hc/E_g = 1239.84 eV·nm/1.42 eV = 873 nm.",
    forms=("decimal_comma", "one_step", "prefix_in_words"),
)
def h20b_opt_03():
    """Gallium arsenide has a band gap of 1,42 eV at room temperature. Calculate the longest wavelength, in nanometres, that it can absorb by band-to-band transitions."""
    return H * C0 / Q_(1.42, "eV")


@item(
    S,
    "optical",
    "percent",
    "I_T/I_0 = (1 − R)² e^{−βx}, R = ((n − 1)/(n + 1))² (Callister eq. 21.19)",
    solution="R = (0.5/2.5)² = 0.04. x = 15 mm = 1.5 cm, βx = 0.375. I_T/I_0 = 0.96² × e^{−0.375} = 0.9216 × 0.6873 = 0.6334, i.e. 63.3 %.",
    forms=("three_step", "tex", "as_percentage", "unit_conversion"),
)
def h20b_opt_04():
    r"""A $15\ \mathrm{mm}$ thick plate of a glass with refractive index $n = 1.50$ has an absorption coefficient $\beta = 0.25\ \mathrm{cm^{-1}}$ for the light used. Taking reflection losses at both faces into account (normal incidence, no multiple reflections), what percentage of the incident intensity is transmitted?"""
    r = ((1.50 - 1) / (1.50 + 1)) ** 2
    bx = num(Q_(0.25, "1/cm") * Q_(15, "mm"))
    return Q_((1 - r) ** 2 * math.exp(-bx) * 100, "percent")


@item(
    S,
    "optical",
    "km",
    "fibre loss in dB: L(dB) = 10 log10(P_in/P_out) = α L",
    solution="Dropping to 1 % of the input is a loss of 10 log10(100) = 20 dB. Length = 20 dB/(0.20 dB/km) = 100 km.",
    forms=("log_quantity", "inverse", "one_step", "named_unit"),
)
def h20b_opt_05():
    """A silica telecom fibre attenuates 1550 nm light by 0.20 dB/km. Over what length (in km) does the optical power fall to 1 % of its launched value?"""
    loss_db = 10 * math.log10(100)
    return Q_(loss_db / 0.20, "km")


@item(
    S,
    "optical",
    "dimensionless",
    "n = √ε_r only where ε_r is the optical-frequency (electronic) permittivity",
    refuse="The dielectric constant given is the static (1 kHz) value, dominated by orientation of the water dipoles; it cannot give the refractive index for visible light through n = √ε_r, and no optical-frequency permittivity is given.",
    solution="√78.5 = 8.9 is not water's refractive index (about 1.33): at optical frequencies only electronic polarisation follows the field, so the static ε_r does not apply. The question must be refused.",
    forms=("must_refuse", "relation_outside_validity", "tex"),
)
def h20b_opt_06():
    r"""The dielectric constant of water measured at $1\ \mathrm{kHz}$ and $25\ ^{\circ}\mathrm{C}$ is $\varepsilon_r = 78.5$. From this value, determine the refractive index of water for visible light ($\lambda = 589\ \mathrm{nm}$)."""
    return None


@item(
    S,
    "optical",
    "um",
    "absorption edge λ = hc/E_g; selection from a list",
    solution="Only CdS is asked: λ_max = hc/E_g = 1.2398 eV·µm/2.42 eV = 0.512 µm.",
    forms=("selection", "table", "one_step", "named_unit"),
)
def h20b_opt_07():
    """Band gaps at 300 K:
    | material | E_g (eV) |
    | ZnSe | 2.70 |
    | Si | 1.11 |
    | GaP | 2.26 |
    | CdS | 2.42 |
    A photodetector is to be made from the cadmium sulphide. What is the longest wavelength it can detect (express the answer in µm)?"""
    return H * C0 / Q_(2.42, "eV")


@item(
    S,
    "optical",
    "dimensionless",
    "number of photons N = E_pulse λ/(hc)",
    solution="E_photon = hc/λ = 6.626 × 10⁻³⁴ × 2.998 × 10⁸/694.3 × 10⁻⁹ = 2.861 × 10⁻¹⁹ J. N = 0.50/2.861 × 10⁻¹⁹ = 1.75 × 10¹⁸ photons.",
    forms=("count", "one_step", "story", "distractor"),
)
def h20b_opt_08():
    """A ruby laser (λ = 694.3 nm) used for tattoo removal fires 20 ns pulses of 0.50 J each at 2 pulses per second. How many photons does a single pulse contain?"""
    e_photon = H * C0 / Q_(694.3, "nm")
    return Q_(0.50, "J") / e_photon


# ---------------------------------------------------------------- thermal


@item(
    S,
    "thermal",
    "mm",
    "ΔL = α L_0 ΔT (Callister eq. 19.3a)",
    solution="−4 °F = −20 °C, so the rail cools by 40 °C. ΔL = 23.6 × 10⁻⁶ × 2.5 × (−40) = −2.36 × 10⁻³ m: it shrinks by 2.36 mm.",
    forms=("mixed_units", "fahrenheit", "one_step", "sign_in_words"),
)
def h20b_therm_01():
    """An aluminium rail 2.5 m long (α_l = 23.6 × 10⁻⁶ (°C)⁻¹) is installed at 20 °C. On a winter night it cools to −4 °F. How much does it shrink, in millimetres?"""
    dt = kelvin(20) - fahrenheit(-4)
    return Q_(23.6e-6, "1/K") * Q_(2.5, "m") * dt


@item(
    S,
    "thermal",
    "MPa",
    "fully constrained rod: σ = Eα(T_0 − T_f) (Callister eq. 19.8), compression negative",
    solution="σ = Eα(T_0 − T_f) = 207 × 10³ MPa × 12.0 × 10⁻⁶ × (20 − 60) = −99.4 MPa (compressive).",
    forms=("sign_convention", "one_step", "mixed_notation"),
)
def h20b_therm_02():
    """A steel rod, E = 207 GPa, α=12.0×10⁻⁶ K⁻¹, and a diameter of 10 mm, is clamped rigidly between two walls at 20 °C and then heated to 60 °C. What stress develops in the rod (MPa)? Use tension positive, compression negative."""
    e = Q_(207, "GPa")
    return e * Q_(12.0e-6, "1/K") * (kelvin(20) - kelvin(60))


@item(
    S,
    "thermal",
    "MJ",
    "steady conduction q = kAΔT/Δx (Callister eq. 19.5)",
    solution="Q̇ = 0.72 × 12 × (20 − (−5))/0.25 = 864 W. Per day: 864 × 86 400 s = 7.46 × 10⁷ J = 74.6 MJ.",
    forms=("per_unit_time_as_total", "two_step", "unicode", "named_unit"),
)
def h20b_therm_03():
    """A brick wall 25 cm thick and 12 m² in area has k = 0.72 W·m⁻¹·K⁻¹. Its inner face stays at 20 °C and its outer face at −5 °C. How much heat, in MJ, is conducted through it in one day?"""
    q = Q_(0.72, "W/(m*K)") * Q_(12, "m**2") * Q_(25, "K") / Q_(0.25, "m")
    return q * Q_(1, "day")


@item(
    S,
    "thermal",
    "J/(mol*K)",
    "Dulong–Petit: 3R per mole of atoms; NaCl has 2 atoms per formula unit",
    solution="At high temperature each atom contributes 3R = 24.9 J/(mol·K). Per mole of atoms that is 24.9 J/(mol·K); per mole of NaCl formula units (2 atoms) it is 6R = 49.9 J/(mol·K).",
    forms=("two_readings", "one_step", "estimate"),
)
def h20b_therm_04():
    """Estimate the molar heat capacity at constant volume of rock salt (NaCl) well above its Debye temperature, in J/(mol·K)."""
    per_atom = 3 * R_GAS
    return {"per mole of atoms": per_atom, "per mole of NaCl formula units": 2 * per_atom}


@item(
    S,
    "thermal",
    "kJ",
    "Q = m c_p ΔT; c_p given in cal/(g·°C)",
    solution="c_p = 0.0923 cal/(g·°C) = 0.386 J/(g·K). Q = 2000 g × 0.386 × (400 − 25) = 2.90 × 10⁵ J = 290 kJ.",
    forms=("cgs", "unit_conversion", "one_step", "named_unit"),
)
def h20b_therm_05():
    """How much heat (kJ) is needed to warm a 2.0 kg copper ingot from 25 °C to 400 °C? Take its specific heat as 0.0923 cal/(g·°C)."""
    cp = Q_(0.0923, "cal/(g*K)")
    return Q_(2.0, "kg") * cp * Q_(375, "K")


@item(
    S,
    "thermal",
    "dimensionless",
    "thermal diffusivity D_T = k/(ρ c_p)",
    decimals=2,
    solution="D_T = k/(ρc_p) = 30/(3980 × 775) = 9.73 × 10⁻⁶ m²/s. log10(9.73 × 10⁻⁶) = −5.01.",
    forms=("log_answer", "one_step", "pdf_units", "rounding"),
)
def h20b_therm_06():
    """Alumina: k = 30 W/m K, density 3.98 g/cm3, cp = 775 J kg-1 K-1. Compute the thermal diffusivity and give log10 of it (diffusivity in m2/s), to two decimal places."""
    d = Q_(30, "W/(m*K)") / (Q_(3.98, "g/cm**3") * Q_(775, "J/(kg*K)"))
    return math.log10(num(d / Q_(1, "m**2/s")))


@item(
    S,
    "thermal",
    "W/(m*K)",
    "Wiedemann–Franz law k = LσT (Callister eq. 19.7), L = 2.44 × 10⁻⁸ W·Ω/K²",
    solution="σ = 1/ρ = 1/2.65 × 10⁻⁸ = 3.774 × 10⁷ S/m. k = LσT = 2.44 × 10⁻⁸ × 3.774 × 10⁷ × 293 = 270 W/(m·K).",
    forms=("symbol_two_meanings", "estimate", "one_step", "formula_symbols_later"),
)
def h20b_therm_07():
    """Estimate k = LσT for aluminium at 20 °C, where k is here the thermal conductivity (not Boltzmann's constant k), σ is the electrical conductivity, T the absolute temperature and L = 2.44 × 10⁻⁸ W Ω K⁻² the Lorenz number. The electrical resistivity of the aluminium is 2.65 × 10⁻⁸ Ω m. Answer in W/(m K)."""
    sigma = 1 / Q_(2.65e-8, "ohm*m")
    return Q_(2.44e-8, "W*ohm/K**2") * sigma * kelvin(20)


@item(
    S,
    "thermal",
    "K",
    "thermal-shock limit for a fully constrained surface ΔT = σ_f/(Eα)",
    solution="ΔT = σ_f/(Eα) = 69 × 10⁶/(69 × 10⁹ × 9.0 × 10⁻⁶) = 111 K above the bath temperature.",
    forms=("relative_to_reference", "one_step", "comma_thousands", "critical_value"),
)
def h20b_therm_08():
    """A soda-lime glass part (fracture strength 69 MPa, E = 69,000 MPa, α = 9.0 × 10⁻⁶ °C⁻¹) is to be quenched into a water bath. Treating the surface as fully constrained, by how many kelvin above the bath temperature may the glass be heated at most before the quench without cracking?"""
    return Q_(69, "MPa") / (Q_(69000, "MPa") * Q_(9.0e-6, "1/K"))


@item(
    S,
    "thermal",
    "K",
    "Debye T³ law C_V = (12π⁴/5) R (T/θ_D)³ (Kittel ch. 5)",
    solution="(T/θ_D)³ = C/(12π⁴R/5) = 0.0360/1943.8 = 1.852 × 10⁻⁵, so T/θ_D = 0.02646 and θ_D = 8/0.02646 = 302 K.",
    forms=("inverse", "kittel", "answer_temperature", "blank_in_sentence"),
)
def h20b_therm_09():
    """At 8.0 K the molar heat capacity of a monatomic crystal is 0.0360 J mol-1 K-1, well inside the Debye T³ region. Its Debye temperature is ______ K."""
    a = 12 * math.pi**4 / 5 * R_GAS
    ratio = (Q_(0.0360, "J/(mol*K)") / a) ** (1 / 3)
    return Q_(8.0, "K") / ratio


# ---------------------------------------------------------------- polymers


@item(
    S,
    "polymers",
    "dimensionless",
    "DP = M_n/m, PVC repeat unit C2H3Cl",
    abs_tol=3,
    solution="Repeat unit C2H3Cl: m = 2(12.01) + 3(1.008) + 35.45 = 62.49 g/mol. DP = 150 000/62.49 = 2400.",
    forms=("comma_thousands", "known_datum_not_given", "count", "nearest_whole_number"),
)
def h20b_poly_01():
    """A poly(vinyl chloride) resin has a number-average molecular weight of 150,000 g/mol. Calculate its number-average degree of polymerization, to the nearest whole number."""
    m = 2 * 12.011 + 3 * 1.008 + 35.45
    return 150000 / m


@item(
    S,
    "polymers",
    "dimensionless",
    "M_w = Σ w_i M_i, M_n = 1/Σ(w_i/M_i), PDI = M_w/M_n",
    solution="M_w = 0.20(10) + 0.35(20) + 0.30(30) + 0.15(40) = 24.0 kg/mol. M_n = 1/(0.020 + 0.0175 + 0.010 + 0.00375) = 19.51 kg/mol. PDI = 24.0/19.51 = 1.23.",
    forms=("table", "multi_part_middle", "three_step", "sketch_part"),
)
def h20b_poly_02():
    """A polymer sample was fractionated by GPC; the mass fractions are
    | M_i (kg/mol) | w_i |
    | 10 | 0.20 |
    | 20 | 0.35 |
    | 30 | 0.30 |
    | 40 | 0.15 |
    (a) Sketch the distribution as a histogram. (b) Calculate the polydispersity index M_w/M_n. (c) Explain briefly why M_w is always at least M_n.
    Only part (b) is marked numerically."""
    w = [0.20, 0.35, 0.30, 0.15]
    m = [10.0, 20.0, 30.0, 40.0]
    mw = sum(wi * mi for wi, mi in zip(w, m, strict=True))
    mn = 1 / sum(wi / mi for wi, mi in zip(w, m, strict=True))
    return mw / mn


@item(
    S,
    "polymers",
    "dimensionless",
    "engineering strain (L − L_0)/L_0 and true strain ln(L/L_0)",
    solution="Engineering strain = (150 − 50)/50 = 2.00; true strain = ln(150/50) = 1.10. Both are standard measures of the strain.",
    forms=("two_readings", "one_step", "story"),
)
def h20b_poly_03():
    """A rubber band 50 mm long is stretched until it is 150 mm long. What strain does the band experience?"""
    return {"engineering strain": (150 - 50) / 50, "true strain": math.log(150 / 50)}


@item(
    S,
    "polymers",
    "percent",
    "% crystallinity = ρ_c(ρ_s − ρ_a)/[ρ_s(ρ_c − ρ_a)] × 100 (Callister eq. 14.8)",
    solution="% crystallinity = 1.000(0.935 − 0.860)/[0.935(1.000 − 0.860)] × 100 = 0.075/0.1309 × 100 = 57.3 %.",
    forms=("formula_symbols_later", "one_step", "as_percentage"),
)
def h20b_poly_04():
    """Use %C = 100 ρ_c(ρ_s − ρ_a)/[ρ_s(ρ_c − ρ_a)] for a polyethylene bottle: here ρ_s = 0.935 g/cm³ is the measured density of the specimen, ρ_c = 1.000 g/cm³ that of a totally crystalline and ρ_a = 0.860 g/cm³ that of a totally amorphous polyethylene. What is the percent crystallinity?"""
    rc, ra, rs = 1.000, 0.860, 0.935
    return Q_(100 * rc * (rs - ra) / (rs * (rc - ra)), "percent")


@item(
    S,
    "polymers",
    "s",
    "stress relaxation σ(t) = σ(0) exp(−t/τ) (Callister eq. 15.10)",
    solution="τ = 60/ln(3.5/2.0) = 60/0.5596 = 107.2 s. Time to reach 1.0 MPa: t = τ ln(3.5/1.0) = 107.2 × 1.2528 = 134 s.",
    forms=("inverse", "two_step", "rate_as_time", "named_unit"),
)
def h20b_poly_05():
    """A polymer specimen is stretched quickly to a fixed strain and held; the stress is 3.5 MPa at once and 2.0 MPa after 60 s. Assuming simple exponential relaxation, how long (in seconds from the start) does it take for the stress to fall to 1.0 MPa?"""
    tau = Q_(60, "s") / math.log(3.5 / 2.0)
    return tau * math.log(3.5 / 1.0)


@item(
    S,
    "polymers",
    "dimensionless",
    "DP_n = M_n/m needs M_n; M_w alone does not fix M_n",
    refuse="Only the weight-average molecular weight is given; the number-average degree of polymerization needs M_n, which depends on the unstated breadth of the distribution (polydispersity).",
    solution="DP_n = M_n/m with m = 104.15 g/mol for styrene, but M_n = M_w/PDI and no polydispersity or distribution is given. The question must be refused.",
    forms=("must_refuse", "not_determinable", "comma_thousands"),
)
def h20b_poly_06():
    """Light-scattering measurements on a commercial polystyrene give a weight-average molecular weight of 310,000 g/mol. What is its number-average degree of polymerization?"""
    return None


@item(
    S,
    "polymers",
    "percent",
    "copolymer: mean repeat-unit mass m̄ = M_n/DP = f m_S + (1 − f) m_B",
    solution="m̄ = 350 000/5000 = 70.0 g/mol. m_S (C8H8) = 104.15, m_B (C4H6) = 54.09 g/mol. f = (70.0 − 54.09)/(104.15 − 54.09) = 0.318, i.e. 31.8 mol % styrene.",
    forms=("known_datum_not_given", "two_step", "as_percentage", "spaced_thousands"),
)
def h20b_poly_07():
    """A random styrene–butadiene copolymer has M_n = 350 000 g/mol and a number-average degree of polymerization of 5 000. What mole percent of the repeat units are styrene?"""
    m_s = 8 * 12.011 + 8 * 1.008
    m_b = 4 * 12.011 + 6 * 1.008
    m_bar = 350000 / 5000
    return Q_(100 * (m_bar - m_b) / (m_s - m_b), "percent")


@item(
    S,
    "polymers",
    "MPa",
    "rubber elasticity G = ρRT/M_c, E = 3G for an incompressible rubber",
    solution="With ν = 0.5, E = 2G(1 + ν) = 3G. G = ρRT/M_c = 950 × 8.314 × 300/5.0 = 4.74 × 10⁵ Pa, so E = 1.42 MPa.",
    forms=("show_that", "two_step", "approximate_givens"),
)
def h20b_poly_08():
    """Show that for an incompressible rubber Young's modulus is three times the shear modulus, and hence find E (in MPa) at ≈ 300 K for a crosslinked natural rubber of density 0.95 g/cm³ whose mean molar mass between crosslinks is M_c = 5000 g/mol, using G = ρRT/M_c."""
    g = Q_(0.95, "g/cm**3") * R_GAS * Q_(300, "K") / Q_(5000, "g/mol")
    return 3 * g


@item(
    S,
    "polymers",
    "nm",
    "freely jointed chain r = √N l",
    solution="Each repeat unit of PE (–CH2–CH2–) has two backbone C–C bonds, so N = 2 × 20 000 = 40 000. r = √40 000 × 0.154 = 200 × 0.154 = 30.8 nm (the contour length, about 6.2 µm, is not asked).",
    forms=("two_step", "distractor", "words_numbers", "named_unit"),
)
def h20b_poly_09():
    """A linear polyethylene molecule has a degree of polymerization of twenty thousand. The C–C bond length is 0.154 nm and the bond angle 109.5°. Treating the chain as freely jointed with one segment per backbone bond (ignore the bond-angle constraint), estimate its root-mean-square end-to-end distance in nm."""
    n_bonds = 2 * 20000
    return math.sqrt(n_bonds) * Q_(0.154, "nm")


# ---------------------------------------------------------------- ceramics & composites


@item(
    S,
    "ceramics_composites",
    "ksi",
    "isostrain rule of mixtures E_c = E_f V_f + E_m V_m (Callister eq. 16.10)",
    solution="E_c = 76 × 0.45 + 3.1 × 0.55 = 34.2 + 1.705 = 35.9 GPa = 35.9 × 10⁹/6894.76 psi = 5.21 × 10⁶ psi = 5210 ksi.",
    forms=("us_units", "mixed_units", "one_step", "unit_conversion"),
)
def h20b_cc_01():
    """A unidirectional glass-fibre/epoxy laminate contains 45 vol% E-glass fibres (E = 76 GPa) in an epoxy matrix (E = 3.1 GPa). Estimate the modulus parallel to the fibres; our design sheet is in US units, so give it in ksi."""
    return Q_(76, "GPa") * 0.45 + Q_(3.1, "GPa") * 0.55


@item(
    S,
    "ceramics_composites",
    "GPa",
    "isostress (transverse) E_ct = E_m E_f/(V_m E_f + V_f E_m) (Callister eq. 16.16)",
    solution="1/E = 0.60/230 + 0.40/3.5 = 0.002609 + 0.114286 = 0.116895 GPa⁻¹, E = 8.55 GPa.",
    forms=("multi_part_middle", "one_step", "tex"),
)
def h20b_cc_02():
    r"""A carbon-fibre/epoxy lamina has $V_f = 0.60$, $E_f = 230\ \mathrm{GPa}$ and $E_m = 3.5\ \mathrm{GPa}$. (a) Why are carbon fibres preferred to glass for stiff parts? (b) Compute the modulus perpendicular to the fibres (in GPa). (c) Sketch how the transverse modulus varies with $V_f$."""
    vf = 0.60
    inv = vf / Q_(230, "GPa") + (1 - vf) / Q_(3.5, "GPa")
    return 1 / inv


@item(
    S,
    "ceramics_composites",
    "percent",
    "two-parameter Weibull P_f = 1 − exp[−(σ/σ_0)^m]",
    solution="(σ/σ_0)^m = (300/400)^10 = 0.0563. P_f = 1 − e^{−0.0563} = 0.0547, i.e. 5.47 %.",
    forms=("as_percentage", "one_step", "uncertainty_percent"),
)
def h20b_cc_03():
    """Silicon nitride bars from one batch follow Weibull statistics with modulus m = 10 and characteristic strength σ₀ = 400 MPa (±2 %). What fraction of the bars, as a percentage, is expected to fail at a stress of 300 MPa?"""
    return Q_(100 * (1 - math.exp(-((300 / 400) ** 10))), "percent")


@item(
    S,
    "ceramics_composites",
    "MPa",
    "σ_c = K_IC/(Y√(πa)); the largest flaw governs",
    solution="The largest surface crack governs: a = 40 µm. σ = 4.0/(1.0 × √(π × 40 × 10⁻⁶)) = 4.0/0.01121 = 357 MPa.",
    forms=("range_extreme", "one_step", "allowable", "ascii"),
)
def h20b_cc_04():
    """Inspection shows that the surface cracks in a batch of alumina substrates are between 20 and 40 um deep. K_IC = 4.0 MPa m^0.5 and Y = 1.0. What is the maximum tensile stress (MPa) the substrates can carry without fracture?"""
    a = Q_(40e-6, "m")
    return Q_(4.0, "MPa*m**0.5") / (1.0 * (math.pi * a) ** 0.5)


@item(
    S,
    "ceramics_composites",
    "GPa",
    "porosity: E = E_0(1 − 1.9P + 0.9P²) (Callister eq. 12.9)",
    solution="E = 380 × (1 − 1.9 × 0.05 + 0.9 × 0.0025) = 380 × 0.90725 = 344.8 GPa. It is lower than the fully dense value by 380 − 344.8 = 35.2 GPa.",
    forms=("relative_to_reference", "formula_symbols_later", "one_step"),
)
def h20b_cc_05():
    """The relation E = E_0(1 − 1.9P + 0.9P²) is quoted in Callister (eq. 12.9). In it E_0 is the modulus of the non-porous material, here 380 GPa for alumina, and P is the volume fraction of porosity, here 5 vol%. How much lower (in GPa) is the modulus of the porous alumina than that of fully dense alumina?"""
    e0 = Q_(380, "GPa")
    p = 0.05
    return e0 - e0 * (1 - 1.9 * p + 0.9 * p**2)


@item(
    S,
    "ceramics_composites",
    "g/cm**3",
    "ρ = n′(ΣA)/(V_C N_A) needs n′ (the crystal structure)",
    refuse="Neither the crystal structure nor the number of formula units per unit cell of the new MX2 compound is given, so the theoretical density cannot be computed from the lattice parameter.",
    solution="ρ = n′(A_M + 2A_X)/(a³N_A) requires n′, the number of formula units per cubic cell (4 for fluorite, other values for other structures), which the question does not give. The question must be refused.",
    forms=("must_refuse", "missing_datum", "story"),
)
def h20b_cc_06():
    """A newly reported cubic ceramic of formula MX2 has a lattice parameter of 0.52 nm. The atomic weights are 91.2 g/mol for M and 16.0 g/mol for X. What is its theoretical density in g/cm³?"""
    return None


@item(
    S,
    "ceramics_composites",
    "g/cm**3",
    "rock-salt structure: a = 2(r_C + r_A), 4 formula units per cell (Callister eq. 12.1)",
    solution="a = 2(0.072 + 0.140) = 0.424 nm. ρ = 4(24.31 + 16.00)/[(0.424 × 10⁻⁷ cm)³ × 6.022 × 10²³] = 161.24/45.90 = 3.51 g/cm³.",
    forms=("two_step", "known_datum_not_given", "named_unit"),
)
def h20b_cc_07():
    """MgO has the rock-salt structure. With ionic radii of 0.072 nm for Mg²⁺ and 0.140 nm for O²⁻, and assuming the cations and anions touch along the cube edges, estimate the density of MgO in g/cm³."""
    a = 2 * Q_(0.072 + 0.140, "nm")
    return 4 * Q_(24.31 + 16.00, "g/mol") / (a**3 * AVOGADRO)


@item(
    S,
    "ceramics_composites",
    "MJ/kg",
    "Ashby: stiff light tie, index E/ρ",
    solution="E/ρ: CFRP 70/1.6 = 43.8; Al 70/2.7 = 25.9; steel 210/7.8 = 26.9; Ti 110/4.5 = 24.4 GPa/(Mg/m³). CFRP is best: 70 × 10⁹ Pa/1600 kg/m³ = 43.8 × 10⁶ J/kg = 43.8 MJ/kg.",
    forms=("selection", "table", "ashby", "unit_conversion"),
)
def h20b_cc_08():
    """A light, stiff tie rod (fixed length, fixed axial stiffness, minimum mass) is to be chosen from:
    | material | E (GPa) | ρ (Mg/m³) |
    | CFRP | 70 | 1.6 |
    | Al alloy | 70 | 2.7 |
    | steel | 210 | 7.8 |
    | Ti alloy | 110 | 4.5 |
    What is the value of the performance index E/ρ of the best material, in MJ/kg?"""
    return Q_(70, "GPa") / Q_(1.6, "Mg/m**3")


@item(
    S,
    "ceramics_composites",
    "g/cm**3",
    "weight to volume fraction; ρ_c = 1/(w_f/ρ_f + w_m/ρ_m)",
    solution="Per gram of composite, volume = 0.65/1.80 + 0.35/1.20 = 0.3611 + 0.2917 = 0.6528 cm³, so ρ_c = 1/0.6528 = 1.53 g/cm³.",
    forms=("w/o", "two_step", "us_notation", "named_unit"),
)
def h20b_cc_09():
    """A carbon-fibre-reinforced epoxy contains 65 w/o fibre. The fibre density is 1.80 g/cm³ and the epoxy density 1.20 g/cm³. Assuming no voids, what is the density of the composite in g/cm³?"""
    vol = 0.65 / Q_(1.80, "g/cm**3") + 0.35 / Q_(1.20, "g/cm**3")
    return 1 / vol


# ---------------------------------------------------------------- corrosion


@item(
    S,
    "corrosion",
    "g",
    "Faraday's law w = ItM/(nF) (Callister eq. 17.23)",
    solution="w = ItM/(nF) = 2.5 × 8 × 3600 × 65.38/(2 × 96 485) = 24.4 g.",
    forms=("one_step", "story", "named_unit"),
)
def h20b_corr_01():
    """A zinc anode protecting a ship's rudder delivers a steady 2.5 A. Zinc dissolves as Zn²⁺ (M = 65.38 g/mol). How many grams of zinc are consumed in one 8-hour shift?"""
    return Q_(2.5, "A") * Q_(8, "h") * Q_(65.38, "g/mol") / (2 * F_CONST)


@item(
    S,
    "corrosion",
    "V",
    "Nernst: E = E° − (RT/nF) ln([Zn²⁺]/[Cu²⁺]); E° = 0.340 − (−0.763) = 1.103 V (Callister table 17.1)",
    solution="E° = 0.340 − (−0.763) = 1.103 V. E = 1.103 − (8.314 × 298.15/(2 × 96 485)) ln(0.50/0.020) = 1.103 − 0.01285 × 3.219 = 1.062 V.",
    forms=("known_datum_not_given", "two_step", "named_unit"),
)
def h20b_corr_02():
    """A Daniell-type cell at 25 °C consists of a zinc electrode in 0.50 M Zn²⁺ and a copper electrode in 0.020 M Cu²⁺. Using standard electrode potentials, calculate the cell voltage in volts."""
    e0 = Q_(0.340 - (-0.763), "V")
    return e0 - R_GAS * kelvin(25) / (2 * F_CONST) * math.log(0.50 / 0.020)


@item(
    S,
    "corrosion",
    "uA/cm**2",
    "Faraday's law i = w n F/(M t A); exposed area one face or both",
    solution="Charge = wnF/M = 0.25 × 2 × 96 485/55.85 = 863.8 C over 48 h = 172 800 s: I = 5.00 × 10⁻³ A. On the nominal 100 cm² face i = 50.0 µA/cm²; counting both faces (200 cm²) i = 25.0 µA/cm².",
    forms=("two_readings", "two_step", "inverse", "named_unit"),
)
def h20b_corr_03():
    """A 10 cm × 10 cm mild-steel coupon is immersed in aerated brine for 48 h and loses 0.25 g. Assuming uniform corrosion as Fe → Fe²⁺, what was the average corrosion current density, in µA/cm²?"""
    current = Q_(0.25, "g") * 2 * F_CONST / (Q_(55.85, "g/mol") * Q_(48, "h"))
    face = Q_(100, "cm**2")
    return {"one face (100 cm²)": current / face, "both faces (200 cm²)": current / (2 * face)}


@item(
    S,
    "corrosion",
    "thou/year",
    "penetration rate = Δm/(ρ A t)",
    solution="Penetration = (7.5 g/m²/d)/(7.87 × 10⁶ g/m³) = 9.53 × 10⁻⁷ m/d. × 365.25 d/yr = 3.48 × 10⁻⁴ m/yr = 0.348 mm/yr = 13.7 mils per year.",
    forms=("us_notation", "per_unit_odd", "two_step", "unit_conversion"),
)
def h20b_corr_04():
    """Coupon test on a carbon steel (density 7.87 g/cm³) in cooling water: the average mass loss is 7.5 grams per square metre per day (g m⁻² d⁻¹). Express the penetration rate in mils per year (mpy)."""
    return Q_(7.5, "g/(m**2*day)") / Q_(7.87, "g/cm**3")


@item(
    S,
    "corrosion",
    "dimensionless",
    "Pilling–Bedworth ratio P–B = A_O ρ_M/(a A_M ρ_O) for M_aO_b (Callister eq. 17.32)",
    solution="P–B = 101.96 × 2.70/(2 × 26.98 × 3.95) = 275.3/213.1 = 1.29, between 1 and 2, so the oxide is protective.",
    forms=("one_step", "known_datum_not_given", "multi_part_later_explain"),
)
def h20b_corr_05():
    """(a) Calculate the Pilling–Bedworth ratio for aluminium oxidising to Al₂O₃ (ρ_Al = 2.70 g/cm³, ρ_Al2O3 = 3.95 g/cm³). (b) Say whether the scale is likely to be protective and why."""
    m_ox = 2 * 26.98 + 3 * 16.00
    return m_ox * 2.70 / (2 * 26.98 * 3.95)


@item(
    S,
    "corrosion",
    "A/cm**2",
    "mixed-potential theory needs both anodic and cathodic kinetics",
    refuse="Only the anodic kinetics (exchange current density, Tafel slope, equilibrium potential) are given; without the cathodic reaction's parameters the corrosion potential and current cannot be found.",
    solution="The corrosion current lies at the intersection of the anodic and cathodic polarisation lines. With no exchange current density, Tafel slope or equilibrium potential for the cathodic reaction (and no pH or oxygen data), it is not determinable. The question must be refused.",
    forms=("must_refuse", "not_determinable", "fontana"),
)
def h20b_corr_06():
    """Metal M corrodes in a deaerated solution. For M → M²⁺ + 2e⁻, E° = −0.45 V (SHE), i₀ = 1 × 10⁻⁷ A/cm² and the anodic Tafel slope is +0.06 V/decade. Determine the corrosion current density of M."""
    return None


@item(
    S,
    "corrosion",
    "um",
    "parabolic oxidation x² = k_p t",
    solution="k_p = 0.50²/2 = 0.125 µm²/h. After 2 h + 16 h = 18 h, x = √(0.125 × 18) = 1.50 µm.",
    forms=("words_numbers", "two_step", "named_unit", "hypothetical"),
)
def h20b_corr_07():
    """An alloy oxidises with parabolic kinetics; a 0.50 µm scale forms in the first two hours. What would the scale thickness be, in micrometres, if the exposure were continued for a further sixteen hours?"""
    kp = Q_(0.50, "um") ** 2 / Q_(2, "h")
    return (kp * Q_(18, "h")) ** 0.5


@item(
    S,
    "corrosion",
    "uA/cm**2",
    "limiting current density i_L = DnFC_B/δ (Fontana ch. 9)",
    solution="i_L = DnFC/δ = 2.0 × 10⁻⁹ m²/s × 4 × 96 485 × 0.25 mol/m³/5.0 × 10⁻⁴ m = 0.386 A/m² = 38.6 µA/cm².",
    forms=("pdf_units", "one_step", "unit_conversion", "maximum"),
)
def h20b_corr_08():
    """Oxygen reduction (O2 + 2H2O + 4e- -> 4OH-) on a steel surface in stagnant sea water is diffusion limited. D(O2) = 2.0x10-5 cm2/s, dissolved O2 = 0.25 mol m-3, diffusion-layer thickness 0.5 mm. What is the maximum (limiting) cathodic current density in µA/cm2?"""
    return Q_(2.0e-5, "cm**2/s") * 4 * F_CONST * Q_(0.25, "mol/m**3") / Q_(0.5, "mm")
