"""Set heldout9 (set J), second half: 60 questions over seven topics of a qualifying exam.

Written blind by a question writer who did not read the answer engine, the checker or the solver;
one earlier item was read for its format only. Each key is computed in the body with pint quantities
(a unit slip raises when the builder converts it to the item's unit); a question with two standard
readings returns a dict, and a question that cannot be answered returns None and says why.
"""

from __future__ import annotations

import math

from exam_items import item
from exam_quantities import (
    AVOGADRO,
    BOHR,
    C0,
    F_CONST,
    K_BOLTZ,
    MU0,
    Q_,
    Q_E,
    R_GAS,
    H,
    kelvin,
    num,
)

S = "heldout9"

# ---------------------------------------------------------------- electrical & semiconductors


@item(
    S,
    "electrical_semiconductors",
    "ohm*m",
    "Intrinsic conduction σ = n_i|e|(µ_e + µ_h), ρ = 1/σ (Callister ch. 18)",
    solution="σ = n_i e(µ_e + µ_h) = 1.0×10¹⁶ × 1.602×10⁻¹⁹ × (0.14 + 0.05) = 3.04×10⁻⁴ S/m; ρ = 1/σ = 3.29×10³ Ω·m.",
    forms=("tex", "asked_not_last", "sci_notation"),
)
def h9b_electrical_semiconductors_01():
    """For intrinsic silicon at room temperature take $n_i = 1.0\\times10^{16}\\,\\mathrm{m^{-3}}$, $\\mu_e = 0.14\\,\\mathrm{m^2\\,V^{-1}\\,s^{-1}}$ and $\\mu_h = 0.05\\,\\mathrm{m^2\\,V^{-1}\\,s^{-1}}$. Compute the electrical resistivity of intrinsic Si in $\\Omega\\,\\mathrm{m}$, in scientific notation."""
    sigma = Q_(1.0e16, "1/m**3") * Q_E * Q_(0.14 + 0.05, "m**2/(V*s)")
    return 1 / sigma


@item(
    S,
    "electrical_semiconductors",
    "1/cm**3",
    "Extrinsic n-type: σ ≈ N_d|e|µ_e (Callister ch. 18)",
    solution="In the extrinsic region n ≈ N_d, so N_d = σ/(eµ_e) = 200/(1.602×10⁻¹⁹ × 0.14) = 8.92×10²¹ m⁻³ = 8.92×10¹⁵ cm⁻³ (n_i is negligible beside it).",
    forms=("unicode", "inverse", "distractor", "unit_conversion"),
)
def h9b_electrical_semiconductors_02():
    """A phosphorus-doped silicon wafer is to have a room-temperature conductivity of 200 (Ω·m)⁻¹. The electron mobility is 0.14 m²/(V·s), the hole mobility 0.05 m²/(V·s) and the intrinsic carrier concentration 1.0 × 10¹⁶ m⁻³. What donor concentration is required? Give your answer in atoms per cm³."""
    return Q_(200, "S/m") / (Q_E * Q_(0.14, "m**2/(V*s)"))


@item(
    S,
    "electrical_semiconductors",
    "dimensionless",
    "Intrinsic σ ∝ exp(−E_g/2kT) (Callister eq. 18.36)",
    solution="σ₂/σ₁ = exp[(E_g/2k)(1/T₁ − 1/T₂)] with T₁ = 298.15 K, T₂ = 373.15 K, E_g/2k = 0.67/(2 × 8.617×10⁻⁵) = 3888 K: exponent 3888 × 6.742×10⁻⁴ = 2.621, factor ≈ 13.7.",
    forms=("unicode", "two_celsius_arrhenius", "by_what_factor", "distractor"),
)
def h9b_electrical_semiconductors_03():
    """Intrinsic germanium (E_g = 0.67 eV) has a conductivity of 2.2 (Ω·m)⁻¹ at 25 °C. Neglecting the temperature dependence of the mobilities and of the pre-exponential term, by what factor does its conductivity increase when it is heated to 100 °C?"""
    eg = Q_(0.67, "eV")
    t1, t2 = kelvin(25), kelvin(100)
    return math.exp(num(eg / (2 * K_BOLTZ) * (1 / t1 - 1 / t2)))


@item(
    S,
    "electrical_semiconductors",
    "eV",
    "σ = C exp(−E_g/2kT): E_g = 2k ln(σ₂/σ₁)/(1/T₁ − 1/T₂) (Callister ch. 18)",
    solution="ln(σ₂/σ₁) = ln(40/0.35) = 4.739; 1/T₁ − 1/T₂ = 1/293.15 − 1/423.15 = 1.0480×10⁻³ K⁻¹; E_g = 2 × 8.617×10⁻⁵ × 4.739/1.0480×10⁻³ = 0.779 eV.",
    forms=("unicode", "inverse", "two_celsius_arrhenius", "data_list"),
)
def h9b_electrical_semiconductors_04():
    """The following conductivities were measured for an undoped semiconductor:

    - 20 °C: 0.35 (Ω·m)⁻¹
    - 150 °C: 40 (Ω·m)⁻¹

    Assuming σ = C exp(−E_g/2kT) with C independent of temperature, estimate the band gap in eV."""
    t1, t2 = kelvin(20), kelvin(150)
    return 2 * K_BOLTZ * math.log(40 / 0.35) / (1 / t1 - 1 / t2)


@item(
    S,
    "electrical_semiconductors",
    "V",
    "R = ρL/A, V = IR (Callister ch. 18)",
    solution="A = π(1.0×10⁻³ m)² = 3.142×10⁻⁶ m²; R = 1.68×10⁻⁸ × 150/3.142×10⁻⁶ = 0.802 Ω; V = 12 × 0.802 = 9.63 V.",
    forms=("unicode", "distractor", "context_paragraph"),
)
def h9b_electrical_semiconductors_05():
    """A workshop runs a 150 m copper cable of 2.0 mm diameter from a 230 V panel to a machine that draws 12 A. Copper has a density of 8.96 g/cm³, a resistivity of 1.68 × 10⁻⁸ Ω·m and a temperature coefficient of resistance of 0.0039 °C⁻¹. Taking the cable as a single conductor at 20 °C, what is the voltage drop along it, in volts?"""
    area = math.pi * Q_(1.0, "mm") ** 2
    resistance = Q_(1.68e-8, "ohm*m") * Q_(150, "m") / area
    return Q_(12, "A") * resistance


@item(
    S,
    "electrical_semiconductors",
    "cm**2/(V*s)",
    "Hall effect R_H = −1/(n|e|), µ_e = σ|R_H| (Callister eq. 18.20)",
    solution="n = 1/(|R_H|e) is not needed explicitly: µ_e = σ|R_H| = 5.9×10⁷ × 7.4×10⁻¹¹ = 4.37×10⁻³ m²/(V·s) = 43.7 cm²/(V·s).",
    forms=("tex", "two_step", "unit_conversion"),
)
def h9b_electrical_semiconductors_06():
    """(a) Write the Hall coefficient of a metal in terms of the free-electron density. (b) For a metal with $R_H = -7.4\\times10^{-11}\\,\\mathrm{m^3\\,C^{-1}}$ and $\\sigma = 5.9\\times10^{7}\\,(\\Omega\\,\\mathrm{m})^{-1}$, compute the electron mobility in $\\mathrm{cm^2\\,V^{-1}\\,s^{-1}}$."""
    return Q_(5.9e7, "S/m") * Q_(7.4e-11, "m**3/C")


@item(
    S,
    "electrical_semiconductors",
    "percent",
    "Matthiessen's rule ρ = ρ_t + ρ_i with ρ_i = A c(1 − c) (Callister eq. 18.10–18.11)",
    solution="ρ_i = 1.24×10⁻⁶ × 0.03 × 0.97 = 3.608×10⁻⁸ Ω·m; relative to pure Cu (1.72×10⁻⁸ Ω·m) the resistivity increases by 3.608/1.72 = 210 %.",
    forms=("unicode", "percentage_change", "answer_the_change"),
)
def h9b_electrical_semiconductors_07():
    """Pure copper has a room-temperature resistivity of 1.72 × 10⁻⁸ Ω·m. Nickel in solid solution adds an impurity resistivity ρ_i = A c(1 − c), with A = 1.24 × 10⁻⁶ Ω·m and c the atom fraction of Ni. By how much, in percent, does the room-temperature resistivity rise when 3 at.% Ni is added?"""
    rho0 = Q_(1.72e-8, "ohm*m")
    rho_i = Q_(1.24e-6, "ohm*m") * 0.03 * 0.97
    return rho_i / rho0


@item(
    S,
    "electrical_semiconductors",
    None,
    "Intrinsic region slope −E_g/2k of ln σ vs 1/T (Callister ch. 18)",
    refuse="the slope must be read from Figure 2, which the question does not reproduce; no value of E_g follows from the text",
    solution="The band gap requires the slope of the intrinsic branch of ln σ against 1/T, which is only in the figure the student does not have; the doping level given does not fix it.",
    forms=("unicode", "refers_to_figure", "must_refuse"),
)
def h9b_electrical_semiconductors_08():
    """Figure 2 shows ln σ plotted against 1/T for a silicon specimen doped with 10²¹ m⁻³ boron. From the slope of the intrinsic region of the plot, determine the band gap of the material in eV."""
    return None


@item(
    S,
    "electrical_semiconductors",
    "dimensionless",
    "n_i ∝ T^{3/2} exp(−E_g/2kT) (Kittel ch. 8) or n_i ∝ exp(−E_g/2kT) (Callister)",
    solution="Exponential only: exp[(1.11/2k)(1/300 − 1/350)] = exp(6441 × 4.762×10⁻⁴) = exp(3.067) = 21.5. With the T^{3/2} prefactor: × (350/300)^{1.5} = 1.260, giving 27.1.",
    forms=("unicode", "by_what_factor", "two_readings"),
)
def h9b_electrical_semiconductors_09():
    """Silicon, E_g = 1.11 eV. By what factor does the intrinsic carrier concentration increase when the temperature is raised from 300 K to 350 K?"""
    expo = math.exp(num(Q_(1.11, "eV") / (2 * K_BOLTZ) * (1 / Q_(300, "K") - 1 / Q_(350, "K"))))
    return {
        "T^3/2 prefactor included": expo * (350 / 300) ** 1.5,
        "exponential only": expo,
    }


# ---------------------------------------------------------------- magnetic


@item(
    S,
    "magnetic",
    "T",
    "M_s = 0.60 µ_B N, B_s = µ₀M_s (Callister ex. 20.1)",
    solution="N = ρN_A/A = 8.90 × 6.022×10²³/58.69 = 9.13×10²² cm⁻³ = 9.13×10²⁸ m⁻³; M_s = 0.60 × 9.274×10⁻²⁴ × 9.13×10²⁸ = 5.08×10⁵ A/m; B_s = µ₀M_s = 0.638 T.",
    forms=("unicode", "asked_not_last", "two_step"),
)
def h9b_magnetic_01():
    """Each nickel atom contributes 0.60 Bohr magneton at saturation. Given a density of 8.90 g/cm³ and an atomic weight of 58.69 g/mol, compute (a) the saturation magnetization and (b) the saturation flux density of nickel. Part (b) only is marked: give it in tesla."""
    n = Q_(8.90, "g/cm**3") * AVOGADRO / Q_(58.69, "g/mol")
    ms = 0.60 * BOHR * n
    return MU0 * ms


@item(
    S,
    "magnetic",
    "A/m",
    "Ferrimagnetic M_s = n_B µ_B / a³ (Callister ex. 20.2)",
    solution="Only the 8 Fe²⁺ ions per cell contribute (Fe³⁺ moments cancel): n_B = 8 × 4 = 32 µ_B per cell; M_s = 32 × 9.274×10⁻²⁴/(0.839×10⁻⁹)³ = 5.02×10⁵ A/m.",
    forms=("tex", "distractor", "sci_notation"),
)
def h9b_magnetic_02():
    """Magnetite, Fe$_3$O$_4$, has a cubic unit cell of edge $a = 0.839\\,\\mathrm{nm}$ containing 8 Fe$^{2+}$, 16 Fe$^{3+}$ and 32 O$^{2-}$ ions. The Fe$^{2+}$ moment is $4\\,\\mu_B$ and the Fe$^{3+}$ moment $5\\,\\mu_B$; half of the Fe$^{3+}$ ions sit on octahedral and half on tetrahedral sites. Estimate the saturation magnetization in $\\mathrm{A\\,m^{-1}}$."""
    return 8 * 4 * BOHR / Q_(0.839, "nm") ** 3


@item(
    S,
    "magnetic",
    "mT",
    "H = NI/l, B = µ₀(1 + χ_m)H (Callister ch. 20)",
    solution="H = 400 × 15/0.25 = 2.40×10⁴ A/m; B = 4π×10⁻⁷ × (1 + 2.2×10⁻⁵) × 2.40×10⁴ = 3.016×10⁻² T = 30.2 mT.",
    forms=("unicode", "distractor", "unit_conversion"),
)
def h9b_magnetic_03():
    """A 0.25 m long coil of 400 turns of 1.0 mm copper wire carries 15 A. Its core is an aluminium rod (χ_m = 2.2 × 10⁻⁵). What is the flux density inside the rod? Give your answer in millitesla."""
    h = 400 * Q_(15, "A") / Q_(0.25, "m")
    return MU0 * (1 + 2.2e-5) * h


@item(
    S,
    "magnetic",
    "dimensionless",
    "B = µ₀(H + M), χ_m = M/H = B/(µ₀H) − 1 (Callister eq. 20.5)",
    decimals=0,
    solution="µ_r = B/(µ₀H) = 0.80/(4π×10⁻⁷ × 2500) = 254.6; χ_m = µ_r − 1 = 253.6.",
    forms=("unicode", "inverse", "terse"),
)
def h9b_magnetic_04():
    """Soft ferrite rod; applied field H = 2 500 A/m gives B = 0.80 T. χ_m = ? (nearest integer)"""
    return Q_(0.80, "T") / (MU0 * Q_(2500, "A/m")) - 1


@item(
    S,
    "magnetic",
    "dimensionless",
    "Curie law χ = C/T (Kittel ch. 11)",
    solution="χ₂ = χ₁T₁/T₂ = 3.5×10⁻⁴ × 293.15/123.15 = 8.33×10⁻⁴.",
    forms=("tex", "two_celsius", "sci_notation"),
)
def h9b_magnetic_05():
    """A paramagnetic salt obeys Curie's law. Its volume susceptibility is $\\chi_m = 3.5\\times10^{-4}$ at $20^{\\circ}\\mathrm{C}$. Estimate $\\chi_m$ at $-150^{\\circ}\\mathrm{C}$."""
    return 3.5e-4 * kelvin(20) / kelvin(-150)


@item(
    S,
    "magnetic",
    "W",
    "Hysteresis loss per cycle = loop area (J/m³) × volume × frequency (Callister ch. 20)",
    solution="P = 250 J/m³ × 4.0×10⁻³ m³ × 60 s⁻¹ = 60 W.",
    forms=("tex", "distractor", "one_relation"),
)
def h9b_magnetic_06():
    """A transformer core of volume $4.0\\times10^{-3}\\,\\mathrm{m^3}$ is made of a silicon iron whose coercivity is $40\\,\\mathrm{A\\,m^{-1}}$ and whose hysteresis loop encloses an area of $250\\,\\mathrm{J\\,m^{-3}}$ per cycle. The core is driven at $60\\,\\mathrm{Hz}$. Calculate the power dissipated by hysteresis, in watts."""
    return Q_(250, "J/m**3") * Q_(4.0e-3, "m**3") * Q_(60, "1/s")


@item(
    S,
    "magnetic",
    "K",
    "H_c(T) = H_c(0)[1 − (T/T_c)²] (Callister ch. 20)",
    solution="H_c/H_c(0) = 1/4 ⇒ (T/T_c)² = 3/4 ⇒ T = 7.19 × √0.75 = 6.23 K.",
    forms=("unicode", "inverse", "words_for_numbers", "distractor"),
)
def h9b_magnetic_07():
    """Lead is a type-I superconductor with T_c = 7.19 K and H_c(0) = 6.4 × 10⁴ A/m. At what temperature has the critical field fallen to one-quarter of its value at 0 K? Answer in kelvin."""
    return Q_(7.19, "K") * math.sqrt(1 - 0.25)


@item(
    S,
    "magnetic",
    None,
    "M_s = n_B µ_B ρN_A/A",
    refuse="the stem gives two different densities for nickel (8.90 and 7.87 g/cm³); the saturation magnetization cannot be fixed",
    solution="The stem is self-contradictory: it states the density of nickel as 8.90 g/cm³ and then tells the student to take 7.87 g/cm³, so M_s has no single answer.",
    forms=("unicode", "self_contradictory", "must_refuse"),
)
def h9b_magnetic_08():
    """Nickel (FCC, density 8.90 g/cm³, A = 58.69 g/mol) has a net moment of 0.60 µ_B per atom. Compute its saturation magnetization in A/m. Take the density of nickel as 7.87 g/cm³."""
    return None


@item(
    S,
    "magnetic",
    "kJ/m**3",
    "Linear demagnetisation curve: (BH)_max = B_r H_c/4 (Callister ch. 20)",
    solution="For a straight-line second quadrant the maximum product is at B = B_r/2, H = H_c/2: (BH)_max = 1.2 × 9.0×10⁵/4 = 2.70×10⁵ J/m³ = 270 kJ/m³.",
    forms=("unicode", "spaced_thousands", "one_relation"),
)
def h9b_magnetic_09():
    """The demagnetization curve of a sintered Nd–Fe–B magnet is a straight line from B_r = 1.2 T to H_c = −900 000 A/m. Estimate the maximum energy product. Give your answer in kJ/m³."""
    return Q_(1.2, "T") * Q_(900000, "A/m") / 4


# ---------------------------------------------------------------- optical


@item(
    S,
    "optical",
    "um",
    "Absorption edge λ_max = hc/E_g (Callister ch. 21)",
    solution="λ = hc/E_g = 6.626×10⁻³⁴ × 2.998×10⁸/(1.11 × 1.602×10⁻¹⁹) = 1.117×10⁻⁶ m = 1.12 µm.",
    forms=("terse", "unit_conversion"),
)
def h9b_optical_01():
    """Si, E_g = 1.11 eV. Longest wavelength absorbed by band-to-band transitions, in µm?"""
    return H * C0 / Q_(1.11, "eV")


@item(
    S,
    "optical",
    "percent",
    "R = [(n − 1)/(n + 1)]², I_T = I₀(1 − R)² exp(−βl) (Callister eq. 21.18)",
    solution="R = (0.5/2.5)² = 0.0400; (1 − R)² = 0.9216; βl = 0.030 cm⁻¹ × 1.5 cm = 0.045, e^{−0.045} = 0.9560; transmitted fraction 0.9216 × 0.9560 = 0.881 = 88.1 %.",
    forms=("tex", "multi_step", "unit_conversion", "percent"),
)
def h9b_optical_02():
    """A glass plate ($n = 1.50$) is $15\\,\\mathrm{mm}$ thick and has an absorption coefficient $\\beta = 0.030\\,\\mathrm{cm^{-1}}$. Light falls on it at normal incidence. Neglecting multiple internal reflections, what percentage of the incident intensity emerges from the far face? Give the answer to three significant figures."""
    r = ((1.50 - 1) / (1.50 + 1)) ** 2
    return Q_((1 - r) ** 2 * math.exp(-num(Q_(0.030, "1/cm") * Q_(15, "mm"))), "")


@item(
    S,
    "optical",
    "mm",
    "Beer–Lambert I = I₀ exp(−βx): x = ln 2/β (Callister ch. 21)",
    solution="Halving the intensity inside the solid: x = ln 2/β = 0.6931/0.25 cm⁻¹ = 2.77 cm = 27.7 mm.",
    forms=("unicode", "inverse", "words_for_numbers", "unit_conversion"),
)
def h9b_optical_03():
    """Ignoring reflection at the surfaces, through what thickness of a tinted glass with absorption coefficient 0.25 cm⁻¹ must light travel for its intensity to be halved? Give your answer in mm."""
    return math.log(2) / Q_(0.25, "1/cm")


@item(
    S,
    "optical",
    "degree",
    "Total internal reflection sin θ_c = n₂/n₁ (Callister ch. 21)",
    solution="θ_c = arcsin(1.46/1.48) = arcsin(0.98649) = 80.6°, measured from the normal.",
    forms=("unicode", "distractor", "context_paragraph"),
)
def h9b_optical_04():
    """A step-index optical fibre has a core 50 µm in diameter with refractive index 1.48 and a cladding of refractive index 1.46; the attenuation is 0.2 dB/km at 1 550 nm. What is the critical angle (measured from the normal to the core–cladding interface) beyond which light is totally internally reflected? Give it in degrees."""
    return Q_(math.degrees(math.asin(1.46 / 1.48)), "degree")


@item(
    S,
    "optical",
    "m/s",
    "n = c/v = √(ε_r µ_r) (Callister eq. 21.7–21.8)",
    solution="For a non-magnetic glass n = √ε_r = √2.13 = 1.459; v = c/n = 2.998×10⁸/1.459 = 2.05×10⁸ m/s.",
    forms=("unicode", "two_step", "sci_notation"),
)
def h9b_optical_05():
    """At visible frequencies fused silica has a relative permittivity of 2.13 and is non-magnetic. Calculate the speed of light in it, in m/s."""
    return C0 / math.sqrt(2.13)


@item(
    S,
    "optical",
    "dimensionless",
    "R = [(n − 1)/(n + 1)]² ⇒ n = (1 + √R)/(1 − √R) (Callister eq. 21.13)",
    solution="√R = √0.060 = 0.2449; n = 1.2449/0.7551 = 1.649.",
    forms=("unicode", "inverse", "three_sig_figs"),
)
def h9b_optical_06():
    """The normal-incidence reflectivity of a polished, transparent polymer surface in air is measured as 6.0 %. What is the refractive index of the polymer, to three significant figures?"""
    rt = math.sqrt(0.060)
    return (1 + rt) / (1 - rt)


@item(
    S,
    "optical",
    "dimensionless",
    "Photon energy E = hc/λ; number of photons = pulse energy/E (Callister ch. 21)",
    solution="E_photon = hc/λ = 6.626×10⁻³⁴ × 2.998×10⁸/694.3×10⁻⁹ = 2.861×10⁻¹⁹ J; N = 0.50/2.861×10⁻¹⁹ = 1.75×10¹⁸ photons.",
    forms=("unicode", "distractor", "sci_notation"),
)
def h9b_optical_07():
    """A ruby laser (Al₂O₃ containing 0.05 wt% Cr³⁺) emits a 0.50 J pulse at 694.3 nm lasting 1.0 ms. How many photons does the pulse contain? Express the result in scientific notation."""
    return Q_(0.50, "J") / (H * C0 / Q_(694.3, "nm"))


@item(
    S,
    "optical",
    "percent",
    "R = [(n − 1)/(n + 1)]² per surface (Callister eq. 21.13)",
    solution="One surface: R = (0.52/2.52)² = 4.26 %. Both faces of the pane (no absorption, no multiple reflections): 1 − (1 − R)² = 8.34 %.",
    forms=("unicode", "two_readings", "percent"),
)
def h9b_optical_08():
    """A window pane is made of soda–lime glass with n = 1.52. What percentage of normally incident light is reflected?"""
    r = ((1.52 - 1) / (1.52 + 1)) ** 2
    return {"one surface": Q_(r, ""), "both faces of the pane": Q_(1 - (1 - r) ** 2, "")}


@item(
    S,
    "optical",
    "s",
    "Phosphorescence decay I = I₀ exp(−t/τ) (Callister eq. 21.20)",
    solution="I/I₀ = 1/20 ⇒ t = τ ln 20 = 5.0×10⁻³ s × 2.996 = 1.50×10⁻² s = 0.0150 s.",
    forms=("tex", "inverse", "words_for_numbers"),
)
def h9b_optical_09():
    """(a) Distinguish fluorescence from phosphorescence. (b) After the excitation is removed, the luminescence intensity of a phosphor decays as $I = I_0\\exp(-t/\\tau)$ with $\\tau = 5.0\\,\\mathrm{ms}$. How long does it take for the intensity to fall to one-twentieth of its initial value? Answer in seconds."""
    return Q_(5.0, "ms") * math.log(20)


# ---------------------------------------------------------------- thermal


@item(
    S,
    "thermal",
    "mm",
    "ΔL = α_l L₀ ΔT (Callister eq. 19.3)",
    solution="ΔL = 23.6×10⁻⁶ × 2.5 m × (120 − 15) = 6.20×10⁻³ m = 6.20 mm.",
    forms=("unicode", "one_relation", "unit_conversion"),
)
def h9b_thermal_01():
    """An aluminium bus bar 2.5 m long is installed at 15 °C. By how much does it lengthen when its temperature rises to 120 °C in service? α_l(Al) = 23.6 × 10⁻⁶ °C⁻¹. Give your answer in mm."""
    return 23.6e-6 * Q_(2.5, "m") * (120 - 15)


@item(
    S,
    "thermal",
    "MPa",
    "Thermal stress σ = Eα_l ΔT (Callister eq. 19.8)",
    solution="σ = 97×10³ MPa × 20×10⁻⁶ × 60 = 116 MPa, tensile because the rod is prevented from contracting.",
    forms=("tex", "distractor", "one_relation"),
)
def h9b_thermal_02():
    """A brass rod ($E = 97\\,\\mathrm{GPa}$, $\\alpha_l = 20\\times10^{-6}\\,^{\\circ}\\mathrm{C}^{-1}$, density $8.5\\,\\mathrm{g\\,cm^{-3}}$) is fixed rigidly between two walls at $80^{\\circ}\\mathrm{C}$ and then cooled to $20^{\\circ}\\mathrm{C}$. What is the magnitude of the thermal stress developed, in MPa?"""
    return Q_(97, "GPa") * 20e-6 * 60


@item(
    S,
    "thermal",
    "degF",
    "Thermal stress σ = Eα_l ΔT solved for T_f (Callister eq. 19.8)",
    solution="ΔT = σ/(Eα) = 25 000/(30×10⁶ × 6.5×10⁻⁶) = 128.2 °F; T_f = 70 + 128.2 = 198 °F.",
    forms=("us_units", "inverse"),
)
def h9b_thermal_03():
    """A steel rail (E = 30 × 10⁶ psi, α_l = 6.5 × 10⁻⁶ °F⁻¹) is laid with its ends restrained at 70 °F. The compressive stress must not exceed 25 000 psi. What is the highest rail temperature allowed, in °F?"""
    dt = 25000 / (30e6 * 6.5e-6)
    return Q_(70 + dt, "degF")


@item(
    S,
    "thermal",
    "MJ",
    "Fourier's law q = k ΔT/Δx (Callister eq. 19.5)",
    solution="q = 51.9 × 200/0.012 = 8.65×10⁵ W/m²; heat through 0.50 m² in 1 h: 8.65×10⁵ × 0.50 × 3600 = 1.56×10³ MJ.",
    forms=("tex", "asked_not_last", "unit_conversion"),
)
def h9b_thermal_04():
    """A steel plate $12\\,\\mathrm{mm}$ thick ($k = 51.9\\,\\mathrm{W\\,m^{-1}\\,K^{-1}}$) has one face held at $300^{\\circ}\\mathrm{C}$ and the other at $100^{\\circ}\\mathrm{C}$. Assuming steady state, how much heat passes through $0.50\\,\\mathrm{m^2}$ of the plate in one hour? Give the answer in MJ."""
    q = Q_(51.9, "W/(m*K)") * Q_(200, "K") / Q_(12, "mm")
    return q * Q_(0.50, "m**2") * Q_(1, "hour")


@item(
    S,
    "thermal",
    "J/(kg*K)",
    "Debye T³ law C_v = (12π⁴/5) R (T/θ_D)³ (Kittel ch. 5)",
    solution="C_v = 1944 × (10/343)³ = 1944 × 2.478×10⁻⁵ = 4.82×10⁻² J/(mol·K); per kilogram: 4.82×10⁻²/0.06355 = 0.758 J/(kg·K).",
    forms=("unicode", "two_step", "unit_conversion"),
)
def h9b_thermal_05():
    """The Debye temperature of copper is 343 K and its atomic weight 63.55 g/mol. Using the low-temperature Debye law, estimate the specific heat of copper at 10 K in J/(kg·K)."""
    cv = 12 * math.pi**4 / 5 * R_GAS * (10 / 343) ** 3
    return cv / Q_(63.55, "g/mol")


@item(
    S,
    "thermal",
    "kJ",
    "Q = m c_p ΔT (Callister ch. 19)",
    solution="m = 11 lb = 4.990 kg; Q = 4.990 × 386 × (180 − 20) = 3.08×10⁵ J = 308 kJ.",
    forms=("unicode", "mixed_units", "one_relation"),
)
def h9b_thermal_06():
    """How much heat, in kJ, is needed to raise an 11 lb copper casting from 20 °C to 180 °C? Take c_p = 386 J/(kg·K)."""
    return Q_(11, "lb") * Q_(386, "J/(kg*K)") * Q_(160, "K")


@item(
    S,
    "thermal",
    "delta_degC",
    "Thermal shock: ΔT_max = σ_f(1 − ν)/(Eα_l) (Kingery, Introduction to Ceramics, ch. 16)",
    solution="ΔT = 69×10⁶ × (1 − 0.23)/(69×10⁹ × 9.0×10⁻⁶) = 85.6 °C.",
    forms=("unicode", "distractor", "spaced_thousands"),
)
def h9b_thermal_07():
    """Soda–lime glass: fracture strength 69 MPa, E = 69 000 MPa, ν = 0.23, α_l = 9.0 × 10⁻⁶ °C⁻¹, thermal conductivity 1.7 W/(m·K). Estimate the largest temperature drop a plate of this glass can survive on sudden quenching of its surface, in °C."""
    return Q_(69, "MPa") * (1 - 0.23) / (Q_(69000, "MPa") * Q_(9.0e-6, "1/delta_degC"))


@item(
    S,
    "thermal",
    "percent",
    "Volume expansion α_v ≈ 3α_l; ρ ∝ 1/V (Callister ch. 19)",
    solution="ΔV/V ≈ 3α_lΔT = 3 × 14×10⁻⁶ × 480 = 2.016 %; ρ₂/ρ₁ = 1/1.02016, so the density falls by 1.98 %.",
    forms=("unicode", "answer_the_change", "two_celsius", "percent"),
)
def h9b_thermal_08():
    """A nickel alloy has a mean linear expansion coefficient of 14 × 10⁻⁶ °C⁻¹ between 20 °C and 500 °C and a density of 8.19 g/cm³ at 20 °C. By what percentage does its density decrease on heating from 20 °C to 500 °C?"""
    dv = 3 * 14e-6 * 480
    return Q_(1 - 1 / (1 + dv), "")


@item(
    S,
    "thermal",
    None,
    "Free-electron vs phonon heat conduction (Callister ch. 19)",
    refuse="the ask is an explanation (why metals conduct heat better than ceramics), not a quantity; the numbers given answer nothing",
    solution="Although conductivities are quoted, the question asks for a qualitative explanation (free electrons vs phonon transport), so no numeric key exists.",
    forms=("unicode", "qualitative_despite_numbers", "must_refuse"),
)
def h9b_thermal_09():
    """Copper has a thermal conductivity of 398 W/(m·K) and α_l = 16.5 × 10⁻⁶ °C⁻¹, while dense alumina has 39 W/(m·K) and α_l = 7.6 × 10⁻⁶ °C⁻¹. Explain, in terms of the heat carriers, why the metal conducts heat about ten times better than the ceramic."""
    return None


# ---------------------------------------------------------------- polymers

# standard atomic weights (g/mol)
A_H, A_C, A_O, A_CL, A_S = 1.008, 12.011, 15.999, 35.45, 32.06


@item(
    S,
    "polymers",
    "dimensionless",
    "Degree of polymerisation DP = M̄_n/m (Callister eq. 14.6)",
    solution="Repeat unit C₂H₃Cl: m = 2 × 12.011 + 3 × 1.008 + 35.45 = 62.50 g/mol; DP = 65 000/62.50 = 1.04×10³.",
    forms=("unicode", "spaced_thousands", "one_relation"),
    decimals=0,
)
def h9b_polymers_01():
    """A poly(vinyl chloride) resin has a number-average molecular weight of 65 000 g/mol. Calculate its number-average degree of polymerization to the nearest integer."""
    m = 2 * A_C + 3 * A_H + A_CL
    return 65000 / m


@item(
    S,
    "polymers",
    "dimensionless",
    "M̄_n = Σx_iM_i, M̄_w = Σw_iM_i with w_i = x_iM_i/M̄_n; PDI = M̄_w/M̄_n (Callister eq. 14.5a–b)",
    solution="M̄_n = Σx_iM_i = 36 000 g/mol; Σx_iM_i² = 1.46×10⁹, so M̄_w = 1.46×10⁹/36 000 = 40 556 g/mol; PDI = 40 556/36 000 = 1.13.",
    forms=("unicode", "table", "asked_not_last", "multi_step"),
)
def h9b_polymers_02():
    """The molecular-weight distribution of a polystyrene sample is given below as number fractions:

    | M range (g/mol) | x_i |
    |---|---|
    | 5 000–15 000 | 0.05 |
    | 15 000–25 000 | 0.15 |
    | 25 000–35 000 | 0.25 |
    | 35 000–45 000 | 0.30 |
    | 45 000–55 000 | 0.15 |
    | 55 000–65 000 | 0.10 |

    Using the mid-points of the ranges, determine the polydispersity index M̄_w/M̄_n."""
    mids = [10e3, 20e3, 30e3, 40e3, 50e3, 60e3]
    xs = [0.05, 0.15, 0.25, 0.30, 0.15, 0.10]
    mn = sum(x * m for x, m in zip(xs, mids, strict=True))
    mw = sum(x * m * m for x, m in zip(xs, mids, strict=True)) / mn
    return mw / mn


@item(
    S,
    "polymers",
    "g/cm**3",
    "% crystallinity = ρ_c(ρ_s − ρ_a)/[ρ_s(ρ_c − ρ_a)] × 100, solved for ρ_s (Callister eq. 14.8)",
    solution="With f = 0.60: ρ_s = ρ_cρ_a/[ρ_c − f(ρ_c − ρ_a)] = 0.998 × 0.870/(0.998 − 0.60 × 0.128) = 0.8683/0.9212 = 0.943 g/cm³.",
    forms=("tex", "inverse"),
)
def h9b_polymers_03():
    """Totally crystalline polyethylene has a density of $0.998\\,\\mathrm{g\\,cm^{-3}}$ and totally amorphous polyethylene $0.870\\,\\mathrm{g\\,cm^{-3}}$. What density must a polyethylene specimen have if it is to be 60 % crystalline? Answer in $\\mathrm{g\\,cm^{-3}}$."""
    rc, ra, f = 0.998, 0.870, 0.60
    return Q_(rc * ra / (rc - f * (rc - ra)), "g/cm**3")


@item(
    S,
    "polymers",
    "dimensionless",
    "Copolymer repeat-unit mass m̄ = Σf_jm_j = M̄_n/DP (Callister eq. 14.7)",
    solution="m̄ = 350 000/5 000 = 70.0 g/mol; styrene C₈H₈ = 104.15, butadiene C₄H₆ = 54.09; f_S = (70.0 − 54.09)/(104.15 − 54.09) = 0.318.",
    forms=("unicode", "inverse", "spaced_thousands"),
)
def h9b_polymers_04():
    """A random styrene–butadiene copolymer has M̄_n = 350 000 g/mol and a degree of polymerization of 5 000. What fraction of its repeat units are styrene?"""
    ms = 8 * A_C + 8 * A_H
    mb = 4 * A_C + 6 * A_H
    mbar = 350000 / 5000
    return (mbar - mb) / (ms - mb)


@item(
    S,
    "polymers",
    "min",
    "Stress relaxation σ(t) = σ₀ exp(−t/τ) (Callister ch. 15)",
    solution="τ = 60 s/ln(5.0/3.5) = 60/0.3567 = 168.2 s; to reach 1.0 MPa: t = τ ln(5.0/1.0) = 168.2 × 1.609 = 270.7 s = 4.51 min.",
    forms=("unicode", "inverse", "time_instead_of_value", "unit_conversion"),
)
def h9b_polymers_05():
    """A polymer specimen is stretched and held at constant strain; the initial stress is 5.0 MPa and after 60 s it has relaxed to 3.5 MPa. Assuming σ = σ₀ exp(−t/τ), how long after loading will the stress have dropped to 1.0 MPa? Give your answer in minutes."""
    tau = Q_(60, "s") / math.log(5.0 / 3.5)
    return tau * math.log(5.0 / 1.0)


@item(
    S,
    "polymers",
    "nm",
    "Random-walk chain r = d√N, N = 2 × DP backbone bonds (Callister ch. 14)",
    solution="m(C₂H₄) = 28.05 g/mol; DP = 280 000/28.05 = 9 982; N = 19 964 C–C bonds; r = 0.154 nm × √19 964 = 21.8 nm.",
    forms=("unicode", "two_step", "spaced_thousands"),
)
def h9b_polymers_06():
    """A linear polyethylene has a number-average molecular weight of 280 000 g/mol. Taking the C–C bond length as 0.154 nm and treating the chain as a random walk of backbone bonds, estimate the average end-to-end distance of a chain in nm."""
    dp = 280000 / (2 * A_C + 4 * A_H)
    return Q_(0.154, "nm") * math.sqrt(2 * dp)


@item(
    S,
    "polymers",
    None,
    "DP = M̄_n/m",
    refuse="'a polyester' names no repeat unit (PET, PBT, PLA, ... all differ), so its mass and the degree of polymerisation are undetermined",
    solution="The repeat-unit molecular weight depends on which polyester is meant; none is specified, so DP cannot be computed.",
    forms=("unicode", "ambiguous_substance", "must_refuse"),
)
def h9b_polymers_07():
    """A polyester fibre grade has a number-average molecular weight of 20 000 g/mol and a glass transition near 70 °C. Calculate its number-average degree of polymerization."""
    return None


@item(
    S,
    "polymers",
    "dimensionless",
    "WLF: log a_T = −C₁(T − T_g)/(C₂ + T − T_g), C₁ = 17.44, C₂ = 51.6 K (Ferry)",
    solution="T − T_g = −45 − (−70) = 25 K; log a_T = −17.44 × 25/(51.6 + 25) = −5.692; relaxation times are shorter by 1/a_T = 10^{5.692} = 4.92×10⁵.",
    forms=("tex", "by_what_factor", "sci_notation"),
)
def h9b_polymers_08():
    """A rubber has $T_g = -70^{\\circ}\\mathrm{C}$. Using the WLF equation, $\\log a_T = -C_1(T - T_g)/(C_2 + T - T_g)$, with the universal constants $C_1 = 17.44$ and $C_2 = 51.6\\,\\mathrm{K}$, by what factor are its relaxation times shorter at $-45^{\\circ}\\mathrm{C}$ than at $T_g$?"""
    dt = (kelvin(-45) - kelvin(-70)).to("K").magnitude
    return 10 ** (17.44 * dt / (51.6 + dt))


# ---------------------------------------------------------------- ceramics & composites


@item(
    S,
    "ceramics_composites",
    "dimensionless",
    "Isostrain E_cl = E_mV_m + E_fV_f; isostress E_ct = E_mE_f/(V_mE_f + V_fE_m) (Callister eqs. 16.10, 16.16)",
    solution="E_cl = 2.4 × 0.60 + 72.5 × 0.40 = 30.44 GPa; E_ct = 2.4 × 72.5/(0.60 × 72.5 + 0.40 × 2.4) = 174/44.46 = 3.914 GPa; ratio = 7.78.",
    forms=("unicode", "how_many_times", "multi_step"),
)
def h9b_ceramics_composites_01():
    """A continuous, aligned E-glass/epoxy composite contains 40 vol% fibres. E(glass) = 72.5 GPa, E(epoxy) = 2.4 GPa. How many times stiffer is the composite along the fibres than across them?"""
    vf, ef, em = 0.40, Q_(72.5, "GPa"), Q_(2.4, "GPa")
    ecl = em * (1 - vf) + ef * vf
    ect = em * ef / ((1 - vf) * ef + vf * em)
    return ecl / ect


@item(
    S,
    "ceramics_composites",
    "percent",
    "Rule of mixtures E_cl = E_m(1 − V_f) + E_fV_f solved for V_f (Callister eq. 16.10)",
    solution="V_f = (E_c − E_m)/(E_f − E_m) = (50 − 3.1)/(230 − 3.1) = 0.2067 = 20.7 vol%.",
    forms=("tex", "inverse", "percent"),
)
def h9b_ceramics_composites_02():
    """An aligned carbon-fibre/epoxy laminate must have a longitudinal modulus of $50\\,\\mathrm{GPa}$. With $E_f = 230\\,\\mathrm{GPa}$ and $E_m = 3.1\\,\\mathrm{GPa}$, what minimum fibre volume fraction is needed? Give it in percent."""
    return Q_((50 - 3.1) / (230 - 3.1), "")


@item(
    S,
    "ceramics_composites",
    "percent",
    "Isostrain load share F_f/F_m = E_fV_f/(E_mV_m) (Callister eq. 16.11)",
    solution="F_f/F_m = 400 × 0.30/(69 × 0.70) = 120/48.3 = 2.484; F_f/F_c = 2.484/3.484 = 71.3 %.",
    forms=("unicode", "asked_not_last", "percent"),
)
def h9b_ceramics_composites_03():
    """An aluminium alloy (E = 69 GPa) is reinforced with 30 vol% continuous, aligned boron fibres (E = 400 GPa). When the composite is loaded along the fibres, what percentage of the load is carried by the fibres?"""
    ff_fm = 400 * 0.30 / (69 * 0.70)
    return Q_(ff_fm / (1 + ff_fm), "")


@item(
    S,
    "ceramics_composites",
    "mm",
    "Critical fibre length l_c = σ_f*d/(2τ_c) (Callister eq. 16.3)",
    solution="l_c = 3.5×10³ MPa × 7.0×10⁻³ mm/(2 × 20 MPa) = 0.6125 mm ≈ 0.61 mm.",
    forms=("unicode", "distractor", "unit_conversion"),
)
def h9b_ceramics_composites_04():
    """Carbon fibres of diameter 7.0 µm and tensile strength 3.5 GPa (E = 230 GPa) are embedded in an epoxy matrix; the fibre–matrix bond strength (shear yield strength of the matrix) is 20 MPa. Compute the critical fibre length in mm."""
    return Q_(3.5, "GPa") * Q_(7.0, "um") / (2 * Q_(20, "MPa"))


@item(
    S,
    "ceramics_composites",
    "percent",
    "E = E₀(1 − 1.9P + 0.9P²) solved for P (Callister eq. 12.9)",
    solution="0.9P² − 1.9P + (1 − 300/393) = 0 ⇒ 0.9P² − 1.9P + 0.2366 = 0; physical root P = [1.9 − √(3.61 − 0.8519)]/1.8 = (1.9 − 1.6608)/1.8 = 0.1329 = 13.3 %.",
    forms=("unicode", "inverse", "quadratic"),
)
def h9b_ceramics_composites_05():
    """The elastic modulus of fully dense alumina is 393 GPa. For porous alumina take E = E₀(1 − 1.9P + 0.9P²). What volume fraction of porosity reduces the modulus to 300 GPa? Give your answer in percent."""
    c = 1 - 300 / 393
    p = (1.9 - math.sqrt(1.9**2 - 4 * 0.9 * c)) / (2 * 0.9)
    return Q_(p, "")


@item(
    S,
    "ceramics_composites",
    "N",
    "Three-point bend σ_fs = 3FL/(2bd²) solved for F (Callister eq. 12.7a)",
    solution="F = 2σ_fs bd²/(3L) = 2 × 300×10⁶ × 0.010 × (0.005)²/(3 × 0.040) = 1 250 N.",
    forms=("tex", "inverse", "data_after_ask"),
)
def h9b_ceramics_composites_06():
    """What load will fracture a rectangular bar of silicon nitride in three-point bending? Data: flexural strength $300\\,\\mathrm{MPa}$; width $b = 10\\,\\mathrm{mm}$; thickness $d = 5.0\\,\\mathrm{mm}$; support span $L = 40\\,\\mathrm{mm}$. Give the load in newtons."""
    return 2 * Q_(300, "MPa") * Q_(10, "mm") * Q_(5.0, "mm") ** 2 / (3 * Q_(40, "mm"))


@item(
    S,
    "ceramics_composites",
    "g/cm**3",
    "ρ = n'(ΣA_C + ΣA_A)/(V_C N_A), rock salt n' = 4 (Callister eq. 12.1)",
    solution="ρ = 4 × (24.305 + 15.999)/[(0.4212×10⁻⁷ cm)³ × 6.022×10²³] = 161.2/44.99 = 3.58 g/cm³.",
    forms=("terse", "one_relation"),
)
def h9b_ceramics_composites_07():
    """MgO, rock-salt structure, a = 0.4212 nm; A(Mg) = 24.305, A(O) = 15.999 g/mol. ρ = ? (g/cm³)"""
    return 4 * Q_(24.305 + 15.999, "g/mol") / (Q_(0.4212, "nm") ** 3 * AVOGADRO)


@item(
    S,
    "ceramics_composites",
    None,
    "E_cl = E_m(1 − V_f) + E_fV_f",
    refuse="one equation with two unknowns: without the fibre modulus (fibre type not named) V_f has no unique value",
    solution="The rule of mixtures relates E_c to both V_f and E_f; with E_f not given (and the fibre not identified) infinitely many V_f satisfy it.",
    forms=("unicode", "inverse_not_unique", "must_refuse"),
)
def h9b_ceramics_composites_08():
    """A unidirectional fibre-reinforced epoxy (E_m = 3.0 GPa, density 1.2 g/cm³) has a measured longitudinal modulus of 60 GPa. Determine the volume fraction of fibres it contains."""
    return None


# ---------------------------------------------------------------- corrosion


@item(
    S,
    "corrosion",
    "V",
    "Nernst E = ΔE° − (RT/nF) ln([Zn²⁺]/[Cu²⁺]) (Callister eq. 17.19)",
    solution="ΔE° = 0.340 − (−0.763) = 1.103 V; (RT/2F) ln(0.50/0.010) = 0.01285 × 3.912 = 0.0503 V; E = 1.053 V.",
    forms=("unicode", "data_list", "two_step"),
    decimals=3,
)
def h9b_corrosion_01():
    """A Daniell-type cell at 25 °C consists of a zinc electrode in 0.50 M Zn²⁺ and a copper electrode in 0.010 M Cu²⁺. Standard potentials:

    - Cu²⁺ + 2e⁻ → Cu: +0.340 V
    - Zn²⁺ + 2e⁻ → Zn: −0.763 V

    Compute the cell voltage, in volts, to three decimal places."""
    de0 = Q_(0.340 - (-0.763), "V")
    return de0 - R_GAS * kelvin(25) / (2 * F_CONST) * math.log(0.50 / 0.010)


@item(
    S,
    "corrosion",
    "mm/yr",
    "Corrosion penetration rate CPR = W/(ρAt) (Callister eq. 17.23)",
    solution="A = 100 in² = 645.2 cm²; thickness lost = 48.5 g/(7.9 g/cm³ × 645.2 cm²) = 9.516×10⁻³ cm over 2 yr; CPR = 4.76×10⁻² mm/yr.",
    forms=("us_units", "unit_conversion", "distractor"),
)
def h9b_corrosion_02():
    """A carbon-steel panel of exposed area 100 in.² and initial mass 2.4 kg loses 48.5 g to uniform corrosion in 2 years of marine exposure. The density of the steel is 7.9 g/cm³. Calculate the corrosion penetration rate in mm/yr."""
    return Q_(48.5, "g") / (Q_(7.9, "g/cm**3") * Q_(100, "inch**2") * Q_(2, "year"))


@item(
    S,
    "corrosion",
    "mm/yr",
    "Faraday: penetration rate = iM/(nFρ) (Callister eq. 17.24)",
    solution="r = 0.35 A/m² × 55.85 g/mol/(2 × 96 485 C/mol × 7.87×10⁶ g/m³) = 1.287×10⁻¹¹ m/s = 0.406 mm/yr.",
    forms=("tex", "two_step", "unit_conversion"),
)
def h9b_corrosion_03():
    """Iron corrodes uniformly (Fe → Fe$^{2+}$ + 2e$^-$) at a corrosion current density of $0.35\\,\\mathrm{A\\,m^{-2}}$. Take $\\rho_{\\mathrm{Fe}} = 7.87\\,\\mathrm{g\\,cm^{-3}}$ and $M = 55.85\\,\\mathrm{g\\,mol^{-1}}$. Express the penetration rate in $\\mathrm{mm\\,yr^{-1}}$."""
    i = Q_(0.35, "A/m**2")
    return i * Q_(55.85, "g/mol") / (2 * F_CONST * Q_(7.87, "g/cm**3"))


@item(
    S,
    "corrosion",
    "day",
    "Faraday's law t = mnF/(MI) (Callister ch. 17); life ∝ 1/I",
    solution="t₁ = 5000 × 2 × 96 485/(65.38 × 0.80) = 1.845×10⁷ s = 213.5 d; with I reduced by 35 %, t₂ = t₁/0.65 = 328.5 d; the life increases by 115.0 days.",
    forms=("unicode", "words_for_changes", "answer_the_change"),
)
def h9b_corrosion_04():
    """A 5.0 kg zinc sacrificial anode protects a buried tank by delivering a steady current of 0.80 A, all of which comes from Zn → Zn²⁺ + 2e⁻ (M = 65.38 g/mol). If the protection current is reduced by 35 %, by how many days does the anode life increase?"""
    t1 = Q_(5.0, "kg") * 2 * F_CONST / (Q_(65.38, "g/mol") * Q_(0.80, "A"))
    return t1 / 0.65 - t1


@item(
    S,
    "corrosion",
    "mol/L",
    "Nernst for Cd + Ni²⁺ → Cd²⁺ + Ni: E = ΔE° − (RT/2F) ln([Cd²⁺]/[Ni²⁺]) = 0 (Callister ch. 17)",
    solution="ΔE° = −0.250 − (−0.403) = 0.153 V; E = 0 ⇒ ln([Cd²⁺]/[Ni²⁺]) = 2FΔE°/RT = 11.91 ⇒ ratio 1.49×10⁵; [Ni²⁺] = 0.50/1.49×10⁵ = 3.36×10⁻⁶ M.",
    forms=("unicode", "inverse", "sci_notation"),
)
def h9b_corrosion_05():
    """A cell at 25 °C has a cadmium electrode in 0.50 M Cd²⁺ and a nickel electrode in a Ni²⁺ solution (E°: Ni²⁺/Ni = −0.250 V, Cd²⁺/Cd = −0.403 V). Below what Ni²⁺ concentration will the cell voltage fall to zero, so that the reaction would reverse? Give the molarity in scientific notation."""
    de0 = Q_(-0.250 - (-0.403), "V")
    ratio = math.exp(num(2 * F_CONST * de0 / (R_GAS * kelvin(25))))
    return Q_(0.50 / ratio, "mol/L")


@item(
    S,
    "corrosion",
    "dimensionless",
    "Pilling–Bedworth ratio P–B = A_Oρ_M/(aA_Mρ_O) (Callister eq. 17.33)",
    solution="For Al₂O₃ (a = 2 Al per formula): P–B = 101.96 × 2.70/(2 × 26.98 × 3.95) = 275.3/213.1 = 1.29.",
    forms=("tex", "distractor", "one_relation"),
)
def h9b_corrosion_06():
    """Aluminium ($A = 26.98\\,\\mathrm{g\\,mol^{-1}}$, $\\rho = 2.70\\,\\mathrm{g\\,cm^{-3}}$, melting point $660^{\\circ}\\mathrm{C}$) forms Al$_2$O$_3$ ($M = 101.96\\,\\mathrm{g\\,mol^{-1}}$, $\\rho = 3.95\\,\\mathrm{g\\,cm^{-3}}$). Compute the Pilling–Bedworth ratio."""
    return 101.96 * 2.70 / (2 * 26.98 * 3.95)


@item(
    S,
    "corrosion",
    "hour",
    "Parabolic oxidation W² = K₁t + K₂ (Callister eq. 17.34)",
    solution="K₁ = (0.524² − 0.316²)/150 = 1.1648×10⁻³ (mg/cm²)²/min; K₂ = 0.316² − 100K₁ = −0.01662; W = 1.0 mg/cm²: t = (1 + 0.01662)/1.1648×10⁻³ = 872.8 min = 14.5 h.",
    forms=("unicode", "inverse", "time_instead_of_value", "unit_conversion"),
)
def h9b_corrosion_07():
    """The oxidation of a metal at 600 °C follows the parabolic law W² = K₁t + K₂. The weight gain is 0.316 mg/cm² after 100 min and 0.524 mg/cm² after 250 min. How long will it take for the weight gain to reach 1.0 mg/cm²? Give your answer in hours."""
    k1 = (0.524**2 - 0.316**2) / 150
    k2 = 0.316**2 - 100 * k1
    return Q_((1.0**2 - k2) / k1, "min")


@item(
    S,
    "corrosion",
    None,
    "Activation polarisation η = ±β log(i/i₀)",
    refuse="the exchange current density and Tafel slope are to be read from Figure 17.x, which is not given; the overvoltage cannot be computed",
    solution="η_a = β log(i/i₀) needs i₀ and β for hydrogen on this metal; the stem sends the student to a figure that is not supplied, so no value follows.",
    forms=("unicode", "refers_to_figure", "must_refuse"),
)
def h9b_corrosion_08():
    """Using the exchange current density and Tafel slope for hydrogen evolution on lead read from the polarization figure in your data sheet, compute the activation overvoltage of the hydrogen electrode at a current density of 100 A/m². Give the answer in volts."""
    return None
