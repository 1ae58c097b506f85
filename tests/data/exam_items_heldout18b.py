"""Set heldout18 (set S), second half: 60 questions over seven topics of a qualifying exam.

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
from exam_quantities import AVOGADRO, BOHR, C0, EPS0, F_CONST, K_BOLTZ, MU0, Q_, R_GAS, H, num

S = "heldout18"

K_EV = K_BOLTZ.to("eV/K")


# ---------------------------------------------------------------- electrical & semiconductors


@item(
    S,
    "electrical_semiconductors",
    "mS/m",
    "σ = n_i e (μ_e + μ_h) for an intrinsic semiconductor (Callister eq. 18.15)",
    decimals=2,
    solution="n_i = 1.0 × 10¹⁰ cm⁻³ = 1.0 × 10¹⁶ m⁻³; μ_e + μ_h = 1350 + 480 = 1830 cm²/(V s) = 0.183 m²/(V s). σ = 10¹⁶ × 1.602 × 10⁻¹⁹ × 0.183 = 2.93 × 10⁻⁴ S/m = 0.29 mS/m.",
    forms=("gate_style", "unit_conversion", "rounded_decimals", "one_step"),
)
def h18b_electrical_semiconductors_01():
    """For intrinsic silicon at 300 K the carrier concentration is 1.0 × 10^10 cm^-3, and the electron and hole mobilities are 1350 and 480 cm^2 V^-1 s^-1 respectively. The electrical conductivity of the silicon (in mS/m) is ______ (rounded off to two decimal places)."""
    ni = Q_(1.0e10, "cm**-3")
    mu = Q_(1350 + 480, "cm**2/(V*s)")
    return ni * Q_(1.602176634e-19, "C") * mu


@item(
    S,
    "electrical_semiconductors",
    "ohm*cm",
    "Extrinsic n-type: n ≈ N_d, ρ = 1/(n e μ_e) (Callister eq. 18.16)",
    solution="All phosphorus donors are ionized, so n = 2 × 10¹⁶ cm⁻³ and holes are negligible. ρ = 1/(n e μ_e) = 1/(2 × 10¹⁶ × 1.602 × 10⁻¹⁹ × 1250) = 0.250 Ω·cm. The hole mobility is not needed.",
    forms=("unicode", "distractor", "one_step", "named_unit"),
)
def h18b_electrical_semiconductors_02():
    """A silicon wafer is doped with 2 × 10¹⁶ phosphorus atoms per cm³, all ionized at room temperature. Take μₑ = 1250 cm²/(V·s) and μₕ = 420 cm²/(V·s). What is the resistivity of the wafer in Ω·cm?"""
    n = Q_(2e16, "cm**-3")
    return 1 / (n * Q_(1.602176634e-19, "C") * Q_(1250, "cm**2/(V*s)"))


@item(
    S,
    "electrical_semiconductors",
    "eV",
    "n_i ∝ exp(−E_g/2kT) with the T^{3/2} prefactor neglected (Callister eq. 18.36 style)",
    solution="n_i(400)/n_i(300) = 6.1 × 10²⁰/2.4 × 10¹⁹ = 25.42; ln = 3.2355. E_g = 2k ln(ratio)/(1/300 − 1/400) = 2 × 8.617 × 10⁻⁵ × 3.2355/8.333 × 10⁻⁴ = 0.669 eV.",
    forms=("table_units_in_header", "inverse", "two_step", "named_unit"),
)
def h18b_electrical_semiconductors_03():
    """The intrinsic carrier concentration of a germanium crystal was measured at two temperatures:

    | T (K) | n_i (m^-3) |
    |-------|------------|
    | 300   | 2.4E19     |
    | 400   | 6.1E20     |

    Neglecting the temperature dependence of the pre-exponential factor, estimate the band gap of germanium [eV]."""
    ratio = 6.1e20 / 2.4e19
    inv = Q_(1 / 300 - 1 / 400, "1/K")
    return 2 * K_EV * math.log(ratio) / inv


@item(
    S,
    "electrical_semiconductors",
    "cm**-3",
    "Hall effect: n = I B/(e t |V_H|) (Callister eq. 18.18)",
    solution="n = IB/(e t |V_H|) = 0.050 × 0.50/(1.602 × 10⁻¹⁹ × 2.0 × 10⁻⁴ × 1.3 × 10⁻³) = 6.0 × 10²³ m⁻³ = 6.0 × 10¹⁷ cm⁻³. The negative sign of the Hall voltage shows the carriers are electrons.",
    forms=("forum", "unit_conversion", "per_unit", "sign_convention"),
)
def h18b_electrical_semiconductors_04():
    """how do I get the carrier density from a hall measurement?? I have a flat sample 0.2 mm thick, current 50 mA along it, field 0.5 T perpendicular to the flat face, and the hall voltage reads -1.3 mV. I need the number of carriers per cm^3 for my lab report."""
    i = Q_(50, "mA")
    b = Q_(0.5, "T")
    t = Q_(0.2, "mm")
    vh = Q_(1.3, "mV")
    return i * b / (Q_(1.602176634e-19, "C") * t * vh)


@item(
    S,
    "electrical_semiconductors",
    "ohm*m",
    "Linear ρ(T) of a solid metal (Callister eq. 18.10); copper melts at 1085 °C",
    refuse="The linear resistivity–temperature law holds for solid copper; at 1250 °C copper (Tm = 1085 °C) is liquid, so the extrapolation is outside its validity.",
    solution="Copper melts at 1085 °C. At 1250 °C it is a liquid, and the linear law fitted to the solid (ρ = ρ₀ + aT) does not apply across melting, where the resistivity jumps. No trustworthy value can be given from these data.",
    forms=("outside_validity", "ascii", "story"),
)
def h18b_electrical_semiconductors_05():
    """A foundry wants the electrical resistivity of the copper in a crucible at 1250 deg C for an induction-heating estimate. Near room temperature copper follows rho = rho_20 + a (T - 20 C) with rho_20 = 1.7e-8 ohm m and a = 6.8e-11 ohm m per deg C. Using this relation, what is the resistivity at 1250 deg C (in ohm m)?"""
    return None


@item(
    S,
    "electrical_semiconductors",
    "pF",
    "Parallel-plate capacitor C = ε_r ε₀ A/l (Callister eq. 18.26)",
    solution="A = (1.0 in.)² = 6.452 × 10⁻⁴ m². C = 6.0 × 8.854 × 10⁻¹² × 6.452 × 10⁻⁴/2.0 × 10⁻³ = 1.71 × 10⁻¹¹ F = 17.1 pF.",
    forms=("mixed_units", "us_units", "one_step", "named_unit"),
)
def h18b_electrical_semiconductors_06():
    """A parallel-plate capacitor has square plates 1.0 in. on a side, separated by a 2.0 mm thick sheet of mica whose dielectric constant is 6.0. Compute its capacitance in picofarads."""
    a = Q_(1.0, "inch") ** 2
    return 6.0 * EPS0 * a / Q_(2.0, "mm")


@item(
    S,
    "electrical_semiconductors",
    "microC/m**2",
    "P = ε₀(ε_r − 1)E, E = V/l (Callister eq. 18.32)",
    solution="E = 24 V/0.5 mm = 4.8 × 10⁴ V/m. P = ε₀(ε_r − 1)E = 8.854 × 10⁻¹² × 3.5 × 4.8 × 10⁴ = 1.49 × 10⁻⁶ C/m² = 1.49 µC/m².",
    forms=("numbers_in_words", "si_prefix_words", "two_step"),
)
def h18b_electrical_semiconductors_07():
    """Twenty-four volts are applied across a dielectric plate half a millimetre thick whose relative permittivity is 4.5. Find the polarization in the dielectric, in microcoulombs per square metre."""
    e_field = Q_(24, "V") / Q_(0.5, "mm")
    return EPS0 * (4.5 - 1) * e_field


@item(
    S,
    "electrical_semiconductors",
    "cm**2/(V*s)",
    "n = (free electrons/atom) ρ N_A/A, μ = σ/(n e) (Callister eq. 18.8)",
    solution="n = 3 × 2.71 g/cm³ × 6.022 × 10²³/26.98 g/mol = 1.815 × 10²³ cm⁻³ = 1.815 × 10²⁹ m⁻³. μ = σ/(ne) = 3.8 × 10⁷/(1.815 × 10²⁹ × 1.602 × 10⁻¹⁹) = 1.31 × 10⁻³ m²/(V s) = 13.1 cm²/(V s).",
    forms=("multi_part", "three_step", "tex", "named_unit"),
)
def h18b_electrical_semiconductors_08():
    r"""Aluminium has $\sigma = 3.8\times10^{7}\ (\Omega\,\mathrm{m})^{-1}$, a density of $2.71\ \mathrm{g\,cm^{-3}}$ and an atomic weight of $26.98\ \mathrm{g/mol}$. (a) Assuming three free electrons per atom, compute the number of free electrons per cubic metre. (b) Hence compute the electron mobility, expressed in $\mathrm{cm^2\,V^{-1}\,s^{-1}}$. Only (b) is graded."""
    n = 3 * Q_(2.71, "g/cm**3") * AVOGADRO / Q_(26.98, "g/mol")
    sigma = Q_(3.8e7, "S/m")
    return sigma / (n * Q_(1.602176634e-19, "C"))


@item(
    S,
    "electrical_semiconductors",
    "degC",
    "Intrinsic σ ∝ exp(−E_g/2kT); Si E_g = 1.11 eV (Callister Table 18.3)",
    abs_tol=2.0,
    solution="With E_g = 1.11 eV (Callister) and σ ∝ exp(−E_g/2kT): ln 10 = (E_g/2k)(1/300 − 1/T). 1/T = 1/300 − 2 × 8.617 × 10⁻⁵ × 2.3026/1.11 = 3.3333 × 10⁻³ − 3.575 × 10⁻⁴ = 2.976 × 10⁻³ K⁻¹, T = 336 K = 62.9 °C.",
    forms=("known_datum_not_given", "answer_is_temperature", "numbers_in_words", "inverse"),
)
def h18b_electrical_semiconductors_09():
    """Intrinsic silicon is at 300 K. Neglecting any temperature dependence of the mobilities and of the pre-exponential term, to what temperature must it be heated for its electrical conductivity to rise by a factor of ten? Give the answer in degrees Celsius."""
    eg = Q_(1.11, "eV")
    inv_t = Q_(1 / 300, "1/K") - 2 * K_EV * math.log(10) / eg
    return Q_(num(1 / inv_t / Q_(1, "K")), "K")


# ---------------------------------------------------------------- magnetic


@item(
    S,
    "magnetic",
    "kA/m",
    "M_s = 0.60 μ_B × N, FCC Ni: N = 4/a³ (Callister Example 20.1 style)",
    solution="N = 4/a³ = 4/(0.3524 × 10⁻⁹ m)³ = 9.14 × 10²⁸ atoms/m³. M_s = 0.60 × 9.274 × 10⁻²⁴ × 9.14 × 10²⁸ = 5.09 × 10⁵ A/m = 509 kA/m.",
    forms=("two_step", "unicode", "named_unit"),
)
def h18b_magnetic_01():
    """Each nickel atom carries a net moment of 0.60 Bohr magneton. Nickel is FCC with a = 0.3524 nm. Calculate the saturation magnetization of nickel (answer in kA/m)."""
    n = 4 / Q_(0.3524, "nm") ** 3
    return 0.60 * BOHR * n


@item(
    S,
    "magnetic",
    "dimensionless",
    "Fe₃O₄ inverse spinel: 8 formula units per cell, M_s = 8 n_B μ_B/a³ (Callister Example 20.2)",
    decimals=1,
    solution="Solving M_s = 8 n_B μ_B/a³ for n_B: n_B = M_s a³/(8 μ_B) = 5.0 × 10⁵ × (0.839 × 10⁻⁹)³/(8 × 9.274 × 10⁻²⁴) = 5.0 × 10⁵ × 5.906 × 10⁻²⁸/7.419 × 10⁻²³ = 3.98 ≈ 4.0 Bohr magnetons per formula unit.",
    forms=("inverse", "rounded_decimals", "known_datum_not_given"),
)
def h18b_magnetic_02():
    """Magnetite (Fe3O4) has the inverse spinel structure with a cubic cell edge of 0.839 nm, and its measured saturation magnetization is 5.0 × 10^5 A/m. How many Bohr magnetons does each Fe3O4 formula unit contribute? Give the answer to one decimal place."""
    a = Q_(0.839, "nm")
    return Q_(5.0e5, "A/m") * a**3 / (8 * BOHR)


@item(
    S,
    "magnetic",
    "T",
    "H = NI/l, B = μ₀ μ_r H (Callister eqs. 20.1, 20.2)",
    solution="l = 10 in. = 0.254 m. H = NI/l = 400 × 2.0/0.254 = 3150 A/m. B = μ₀ μ_r H = 4π × 10⁻⁷ × 200 × 3150 = 0.792 T. The wire resistance is not needed.",
    forms=("mixed_units", "distractor", "two_step"),
)
def h18b_magnetic_03():
    """A coil of 400 turns is wound uniformly on a core 10 in. long; the wire has a resistance of 3.2 Ω and carries a current of 2.0 A. If the core has a relative permeability of 200, what flux density B (in tesla) exists within it?"""
    h_field = 400 * Q_(2.0, "A") / Q_(10, "inch")
    return MU0 * 200 * h_field


@item(
    S,
    "magnetic",
    "A/m",
    "M = χ_m H (Callister eq. 20.6); diamagnetic χ_m < 0",
    solution="M = χ_m H = −2.1 × 10⁻⁵ × 1.0 × 10⁵ = −2.1 A/m; the minus sign shows the induced magnetization opposes the field.",
    forms=("sign_convention", "one_step", "tex"),
)
def h18b_magnetic_04():
    r"""A diamagnetic solid with volume susceptibility $\chi_m = -2.1\times10^{-5}$ is placed in a field $H = 1.0\times10^{5}\ \mathrm{A\,m^{-1}}$. Determine its magnetization $M$ in A/m, keeping the sign."""
    return -2.1e-5 * Q_(1.0e5, "A/m")


@item(
    S,
    "magnetic",
    "degC",
    "Curie–Weiss law χ = C/(T − θ)",
    abs_tol=1.0,
    solution="χ₁/χ₂ = (T₂ − θ)/(T₁ − θ): 2.0/1.0 = (700 − θ)/(500 − θ), so 1000 − 2θ = 700 − θ and θ = 300 K = 26.85 °C ≈ 27 °C.",
    forms=("table_units_in_header", "answer_is_temperature", "inverse"),
)
def h18b_magnetic_05():
    """Above its ordering temperature a ferromagnet obeys the Curie–Weiss law. Its susceptibility was measured as follows:

    | T (K) | χ (SI) |
    |-------|--------|
    | 500   | 2.0 × 10⁻³ |
    | 700   | 1.0 × 10⁻³ |

    What is the paramagnetic Curie temperature θ? Answer in °C."""
    t1, t2, r = 500.0, 700.0, 2.0e-3 / 1.0e-3
    theta = (r * t1 - t2) / (r - 1)
    return Q_(theta, "K")


@item(
    S,
    "magnetic",
    "W/kg",
    "Hysteresis loss per cycle = loop area (J/m³); P = area × f × V",
    solution="The work per cycle per unit volume is ∮H dB, the loop area: 250 J/m³. Power = 250 × 60 × 0.010 = 150 W. Mass = 7650 × 0.010 = 76.5 kg, so the loss is 150/76.5 = 1.96 W/kg.",
    forms=("show_that", "per_unit", "three_step"),
)
def h18b_magnetic_06():
    """Show that the energy dissipated per cycle per unit volume of a magnetic core equals the area of its B–H loop, and hence find the core loss per kilogram when a transformer core of volume 0.010 m³ and density 7650 kg/m³ with a loop area of 250 J/m³ is run at 60 Hz (W/kg)."""
    power = Q_(250, "J/m**3") * Q_(60, "1/s") * Q_(0.010, "m**3")
    mass = Q_(7650, "kg/m**3") * Q_(0.010, "m**3")
    return power / mass


@item(
    S,
    "magnetic",
    "A/m",
    "Coercivity is read from the loop; it does not follow from B_r and B_s",
    refuse="The coercive field is an independent property of the hysteresis loop; it cannot be found from the remanence and saturation induction alone.",
    solution="B_r and B_s fix only the heights of the loop, not its width. H_c depends on microstructure (grain size, inclusions, domain-wall pinning) and must be measured or given; it cannot be computed from these data.",
    forms=("not_determinable", "forum"),
)
def h18b_magnetic_07():
    """quick one: a steel's hysteresis loop has remanence B_r = 1.2 T and saturation B_s = 1.6 T. what's the coercive field H_c in A/m? thanks"""
    return None


@item(
    S,
    "magnetic",
    "K",
    "Critical field H_c(T) = H_0[1 − (T/T_c)²] (Callister ch. 20)",
    solution="T = T_c √(1 − H/H_0) = 7.19 × √(1 − 40/65) = 7.19 × 0.6202 = 4.46 K. Above this temperature the 40 kA/m field destroys superconductivity.",
    forms=("si_prefix_words", "maximum", "answer_is_temperature", "inverse"),
)
def h18b_magnetic_08():
    """Lead becomes superconducting below 7.19 K and its critical field at 0 K is 65 kiloamperes per metre. What is the highest temperature at which lead stays superconducting in an applied field of 40 kiloamperes per metre? ________ K"""
    tc = Q_(7.19, "K")
    return tc * math.sqrt(1 - 40 / 65)


@item(
    S,
    "magnetic",
    "dimensionless",
    "n_B = M_s/(N μ_B), N = ρ N_A/A",
    decimals=2,
    solution="N = 8.9 × 10⁶ g/m³ × 6.022 × 10²³/58.93 = 9.095 × 10²⁸ atoms/m³. n_B = 1.42 × 10⁶/(9.095 × 10²⁸ × 9.274 × 10⁻²⁴) = 1.68 Bohr magnetons per atom.",
    forms=("gate_style", "rounded_decimals", "two_step"),
)
def h18b_magnetic_09():
    """Cobalt (density 8.9 g/cm^3, atomic weight 58.93 g/mol) has a saturation magnetization of 1.42 × 10^6 A/m. The net magnetic moment per cobalt atom (in Bohr magnetons) is ______ (rounded off to two decimal places)."""
    n = Q_(8.9, "g/cm**3") * AVOGADRO / Q_(58.93, "g/mol")
    return Q_(1.42e6, "A/m") / (n * BOHR)


# ---------------------------------------------------------------- optical


@item(
    S,
    "optical",
    "nm",
    "λ_max = hc/E_g (Callister eq. 21.16a style)",
    solution="λ = hc/E_g = (6.626 × 10⁻³⁴ × 2.998 × 10⁸)/(2.42 × 1.602 × 10⁻¹⁹) = 5.12 × 10⁻⁷ m = 512 nm; photons of longer wavelength pass through.",
    forms=("si_prefix_words", "answer_blank_unit", "one_step", "maximum"),
)
def h18b_optical_01():
    """Cadmium sulphide has a band gap of 2.42 electron-volts. What is the longest wavelength of light it can absorb by exciting electrons across the gap? ________ nanometres"""
    return H * C0 / Q_(2.42, "eV")


@item(
    S,
    "optical",
    "degree",
    "NA = √(n₁² − n₂²) = sin θ_a (step-index fibre)",
    solution="NA = √(1.48² − 1.46²) = √(2.1904 − 2.1316) = √0.0588 = 0.2425. In air, θ_a = arcsin 0.2425 = 14.0°.",
    forms=("two_step", "ascii", "named_unit"),
)
def h18b_optical_02():
    """A step-index optical fibre has a core of refractive index 1.48 and a cladding of index 1.46. Find the maximum half-angle (deg) of the cone of rays, launched from air, that will be guided by total internal reflection."""
    na = math.sqrt(1.48**2 - 1.46**2)
    return Q_(math.degrees(math.asin(na)), "degree")


@item(
    S,
    "optical",
    "percent",
    "Normal-incidence reflectance R = ((n − 1)/(n + 1))² (Callister eq. 21.13)",
    solution="R = ((1.458 − 1)/(1.458 + 1))² = (0.458/2.458)² = 0.0347 = 3.47 %.",
    forms=("as_percentage", "one_step", "unicode"),
)
def h18b_optical_03():
    """Light strikes a polished plate of fused silica (n = 1.458) at normal incidence from air. What fraction of the incident intensity is reflected at this first surface? Express it as a percentage."""
    n = 1.458
    return Q_(((n - 1) / (n + 1)) ** 2, "dimensionless")


@item(
    S,
    "optical",
    "mm",
    "I_T/I_0 = (1 − R)² exp(−βl), R = ((n − 1)/(n + 1))² (Callister eq. 21.19)",
    solution="R = (0.5/2.5)² = 0.04, (1 − R)² = 0.9216. exp(−βl) = 0.75/0.9216 = 0.8138, so βl = 0.2060 and l = 0.2060/0.15 cm⁻¹ = 1.37 cm = 13.7 mm is the largest thickness.",
    forms=("inverse", "maximum", "three_step", "named_unit"),
)
def h18b_optical_04():
    """A glass of refractive index 1.50 has an absorption coefficient of 0.15 cm^-1. Reflection losses occur at both faces of a plate. What is the maximum plate thickness, in millimetres, for which at least 75% of normally incident light is transmitted?"""
    r = ((1.50 - 1) / (1.50 + 1)) ** 2
    ratio = 0.75 / (1 - r) ** 2
    return -math.log(ratio) / Q_(0.15, "1/cm")


@item(
    S,
    "optical",
    "km",
    "Attenuation in dB: loss = 10 log₁₀(P_in/P_out)",
    solution="The allowed loss is 10 log₁₀ 200 = 23.01 dB. At 0.35 dB/km the maximum spacing is 23.01/0.35 = 65.7 km.",
    forms=("log_given", "maximum", "story", "two_step"),
)
def h18b_optical_05():
    """A telecom link uses silica fibre with an attenuation of 0.35 dB/km. A repeater must be installed before the optical power has fallen to 1/200 of the launched power. What is the maximum repeater spacing (in km)?"""
    loss_db = 10 * math.log10(200)
    return Q_(loss_db / 0.35, "km")


@item(
    S,
    "optical",
    "kJ/mol",
    "E = N_A hc/λ (energy per mole of photons)",
    solution="E per photon = hc/λ = 6.626 × 10⁻³⁴ × 2.998 × 10⁸/850 × 10⁻⁹ = 2.337 × 10⁻¹⁹ J; per mole × 6.022 × 10²³ = 1.407 × 10⁵ J/mol = 141 kJ/mol.",
    forms=("named_unit", "two_step", "tex"),
)
def h18b_optical_06():
    r"""A GaAs laser diode emits at $\lambda = 850\ \mathrm{nm}$. What is the energy carried by one mole of its photons, in kJ/mol?"""
    return AVOGADRO * H * C0 / Q_(850, "nm")


@item(
    S,
    "optical",
    "percent",
    "n = c/v; R = ((n − 1)/(n + 1))²",
    refuse="The givens contradict each other: a speed of 2.2 × 10⁸ m/s means n = c/v = 1.36, not the stated 1.75, so the reflectance cannot be fixed.",
    solution="From the speed, n = 3.00 × 10⁸/2.2 × 10⁸ = 1.36 (R = 2.4 %); from the stated index n = 1.75 (R = 7.4 %). The two givens are inconsistent, so no single answer follows.",
    forms=("contradictory_givens", "unicode"),
)
def h18b_optical_07():
    """A dense flint glass has a refractive index of 1.75, and light travels through it at 2.2 × 10⁸ m/s. Using these data, compute the percentage of light reflected at normal incidence from an air–glass surface."""
    return None


@item(
    S,
    "optical",
    "degree",
    "Snell's law n₁ sin θ₁ = n₂ sin θ₂",
    solution="sin θ₂ = sin 35°/1.52 = 0.5736/1.52 = 0.3774, θ₂ = 22.2°.",
    forms=("decimal_comma", "one_step"),
)
def h18b_optical_08():
    """A ray of light travelling in air strikes a flat crown-glass surface (n = 1,52) at an angle of incidence of 35° measured from the normal. Calculate the angle of refraction in degrees."""
    theta2 = math.asin(math.sin(math.radians(35)) / 1.52)
    return Q_(math.degrees(theta2), "degree")


# ---------------------------------------------------------------- thermal


@item(
    S,
    "thermal",
    "degC",
    "Δl = α l₀ ΔT (Callister eq. 19.3a)",
    abs_tol=0.5,
    solution="The gap closes when α l₀ ΔT = 4.5 mm: ΔT = 4.5 × 10⁻³/(12.0 × 10⁻⁶ × 12) = 31.25 °C, so T = 10 + 31.25 = 41.3 °C.",
    forms=("story", "answer_is_temperature", "inverse"),
)
def h18b_thermal_01():
    """Steel rails 12 m long are laid at 10 °C with a gap of 4.5 mm between ends. The coefficient of linear expansion of the steel is 12.0 × 10⁻⁶ (°C)⁻¹. At what rail temperature will the gaps just close? Give the answer in °C."""
    dt = Q_(4.5, "mm") / (Q_(12.0e-6, "1/K") * Q_(12, "m"))
    return Q_(10 + num(dt / Q_(1, "K")), "degC")


@item(
    S,
    "thermal",
    "ksi",
    "Fully constrained bar: σ = −E α ΔT (Callister eq. 19.8), compression negative",
    solution="σ = −E α ΔT = −100 × 10³ MPa × 20 × 10⁻⁶ × 60 = −120 MPa = −17.4 ksi (compressive).",
    forms=("sign_convention", "us_units", "unit_conversion"),
)
def h18b_thermal_02():
    """A brass rod (E = 100 GPa, α = 20 × 10^-6 per °C) is held rigidly between two walls and heated from 20 °C to 80 °C. What thermal stress develops? Express it in ksi, taking compression as negative."""
    return -Q_(100, "GPa") * Q_(20e-6, "1/K") * Q_(60, "K")


@item(
    S,
    "thermal",
    "kJ",
    "Q = m c_p ΔT",
    solution="ΔT = 400 − 70 = 330 °F. Q = 5 lb × 0.215 Btu/(lb °F) × 330 °F = 354.8 Btu = 374 kJ.",
    forms=("us_units", "fahrenheit", "named_unit"),
)
def h18b_thermal_03():
    """How much heat must be supplied to raise 5.0 lb of aluminium from 70 °F to 400 °F? Take c_p = 0.215 Btu/(lb·°F). (answer in kJ)"""
    q_btu = 5.0 * 0.215 * (400 - 70)
    return Q_(q_btu, "Btu")


@item(
    S,
    "thermal",
    "kW/m**2",
    "Fourier's law q = k ΔT/Δx (Callister eq. 19.5)",
    solution="ΔT = 560 − 500 = 60 °R = 60 °F. q = 30 × 60/(0.5/12 ft) = 43 200 Btu/(h ft²) × 3.1546 = 1.363 × 10⁵ W/m² = 136 kW/m².",
    forms=("rankine", "us_units", "unit_conversion"),
)
def h18b_thermal_04():
    """A steel plate 0.5 in. thick has a thermal conductivity of 30 Btu/(h·ft·°F). One face is held at 560 °R and the other at 500 °R. What is the steady heat flux through the plate, in kW/m²?"""
    k = Q_(30, "Btu/(hour*ft*delta_degF)")
    dt = Q_(560 - 500, "delta_degF")
    return k * dt / Q_(0.5, "inch")


@item(
    S,
    "thermal",
    "mJ/(mol*K)",
    "Debye T³ law C_v = (12π⁴/5) R (T/θ_D)³ (Callister eq. 19.2)",
    solution="C_v = (12π⁴/5) × 8.314 × (10/343)³ = 1943.8 × 2.478 × 10⁻⁵ = 0.0482 J/(mol K) = 48.2 mJ/(mol K).",
    forms=("si_prefix_words", "one_step"),
)
def h18b_thermal_05():
    """The Debye temperature of copper is 343 K. Estimate its molar heat capacity at 10 K, in millijoules per mole-kelvin."""
    return 12 * math.pi**4 / 5 * R_GAS * (10 / 343) ** 3


@item(
    S,
    "thermal",
    "percent",
    "ΔV/V ≈ 3αΔT (linearized) or (1 + αΔT)³ − 1 (exact isotropic)",
    solution="αΔT = 1.35 × 10⁻⁴ × 200 = 0.027. The usual textbook relation α_v = 3α gives ΔV/V = 0.081 = 8.1 %; cubing the length change exactly gives 1.027³ − 1 = 0.0832 = 8.32 %. Both are standard.",
    forms=("two_readings", "as_percentage", "tex"),
)
def h18b_thermal_06():
    r"""A PTFE bushing ($\alpha_l = 1.35\times10^{-4}\ ^{\circ}\mathrm{C}^{-1}$, isotropic) is heated from $20\ ^{\circ}\mathrm{C}$ to $220\ ^{\circ}\mathrm{C}$. By what percentage does its volume increase?"""
    x = 1.35e-4 * 200
    return {
        "linearized 3αΔT": Q_(3 * x, "dimensionless"),
        "exact (1+αΔT)^3−1": Q_((1 + x) ** 3 - 1, "dimensionless"),
    }


@item(
    S,
    "thermal",
    "K",
    "Thermal shock ΔT_f = σ_f(1 − ν)/(E α_l) (Callister eq. 19.9 style)",
    solution="For borosilicate glass: ΔT = 69 × 10⁶ × (1 − 0.20)/(63 × 10⁹ × 3.3 × 10⁻⁶) = 5.52 × 10⁷/2.079 × 10⁵ = 266 °C (a difference of 266 K). The other two glasses are not asked about.",
    forms=("selection", "table", "one_step"),
)
def h18b_thermal_07():
    """Three glasses are considered for an oven window:

    | glass | E (GPa) | α (10⁻⁶/°C) | σ_f (MPa) | ν |
    |---|---|---|---|---|
    | soda-lime | 69 | 9.0 | 69 | 0.23 |
    | borosilicate | 63 | 3.3 | 69 | 0.20 |
    | fused silica | 73 | 0.5 | 104 | 0.17 |

    Estimate the largest sudden temperature change (in °C) the borosilicate glass can withstand without fracturing, using the surface-constraint thermal-shock relation."""
    return Q_(69, "MPa") * (1 - 0.20) / (Q_(63, "GPa") * Q_(3.3e-6, "1/K"))


@item(
    S,
    "thermal",
    "W/(m*K)",
    "Wiedemann–Franz k = LσT holds for metals, where free electrons carry heat",
    refuse="The Wiedemann–Franz law applies to metals; in an insulating ceramic such as alumina heat is carried by phonons, so k cannot be estimated from its electrical conductivity.",
    solution="Alumina's thermal conductivity (about 30 W/m K at room temperature) comes from lattice vibrations; L σ T with σ = 10⁻¹² S/m gives about 10⁻¹⁷ W/m K, which is meaningless. The relation is used outside its validity.",
    forms=("outside_validity", "ascii"),
)
def h18b_thermal_08():
    """Using the Wiedemann-Franz law with L = 2.44e-8 W ohm/K^2, estimate the thermal conductivity at 300 K of a dense alumina insulator whose electrical conductivity is 1e-12 (ohm m)^-1. Give k in W/(m K)."""
    return None


@item(
    S,
    "thermal",
    "W/(m*K)",
    "Wiedemann–Franz law k = L T/ρ (Callister eq. 19.7)",
    solution="k = L T/ρ = 2.44 × 10⁻⁸ × 300/1.72 × 10⁻⁸ = 426 W/(m K).",
    forms=("forum", "one_step", "approximate_givens"),
)
def h18b_thermal_09():
    """hi, how do I get the thermal conductivity of copper from its resistivity? I have rho ≈ 1.72*10^-8 ohm·m at about 300 K and the Lorenz number 2.44*10^-8 W·Ω/K². what's k in W/m·K?"""
    return Q_(2.44e-8, "W*ohm/K**2") * Q_(300, "K") / Q_(1.72e-8, "ohm*m")


# ---------------------------------------------------------------- polymers


@item(
    S,
    "polymers",
    "dimensionless",
    "DP = M_n/m, PVC repeat unit C₂H₃Cl (Callister eq. 14.6)",
    abs_tol=2.0,
    solution="The PVC repeat unit C₂H₃Cl has m = 2(12.01) + 3(1.008) + 35.45 = 62.49 g/mol. DP = 62 500/62.49 = 1000.",
    forms=("spaced_thousands", "known_datum_not_given", "whole_number"),
)
def h18b_polymers_01():
    """A poly(vinyl chloride) resin has a number-average molecular weight of 62 500 g/mol. What is its number-average degree of polymerization? Answer to the nearest whole number."""
    m = 2 * 12.011 + 3 * 1.008 + 35.45
    return Q_(62500 / m, "dimensionless")


@item(
    S,
    "polymers",
    "kg/mol",
    "M_w = Σ x_i M_i²/Σ x_i M_i (from number fractions)",
    solution="Σx_i M_i = 0.2(10) + 0.5(20) + 0.3(30) = 21 kg/mol = M_n. Σx_i M_i² = 0.2(100) + 0.5(400) + 0.3(900) = 490. M_w = 490/21 = 23.3 kg/mol.",
    forms=("table_units_in_header", "multi_part", "two_step"),
)
def h18b_polymers_02():
    """The molecular-weight distribution of a polystyrene sample is summarised by number fraction:

    | mean M of range (kg/mol) | number fraction x_i |
    |---|---|
    | 10 | 0.20 |
    | 20 | 0.50 |
    | 30 | 0.30 |

    (a) Compute the number-average molecular weight. (b) Compute the weight-average molecular weight in kg/mol. (c) Sketch the distribution. Report (b)."""
    xs = (0.20, 0.50, 0.30)
    ms = (10.0, 20.0, 30.0)
    mn = sum(x * m for x, m in zip(xs, ms, strict=True))
    mw = sum(x * m * m for x, m in zip(xs, ms, strict=True)) / mn
    return Q_(mw, "kg/mol")


@item(
    S,
    "polymers",
    "percent",
    "Crystallinity by mass ρ_c(ρ_s − ρ_a)/[ρ_s(ρ_c − ρ_a)] (Callister eq. 14.8) or by volume (ρ_s − ρ_a)/(ρ_c − ρ_a)",
    solution="By mass (Callister's percent crystallinity): 1.000 × (0.925 − 0.860)/[0.925 × (1.000 − 0.860)] = 0.065/0.1295 = 50.2 %. As a volume fraction: (0.925 − 0.860)/(1.000 − 0.860) = 46.4 %. Both readings are standard.",
    forms=("two_readings", "as_percentage", "unicode"),
)
def h18b_polymers_03():
    """A polyethylene film has a density of 0.925 g/cm³. Fully crystalline PE has ρ = 1.000 g/cm³ and fully amorphous PE ρ = 0.860 g/cm³. What fraction of the film is crystalline? Give it as a percentage."""
    rc, ra, rs = 1.000, 0.860, 0.925
    by_mass = rc * (rs - ra) / (rs * (rc - ra))
    by_volume = (rs - ra) / (rc - ra)
    return {
        "mass fraction": Q_(by_mass, "dimensionless"),
        "volume fraction": Q_(by_volume, "dimensionless"),
    }


@item(
    S,
    "polymers",
    "min",
    "Stress relaxation σ(t) = σ₀ exp(−t/τ) (Callister eq. 15.10)",
    solution="τ = 60 s/ln(3.5/2.8) = 60/0.2231 = 268.9 s. σ = 1.0 MPa when t = τ ln(3.5/1.0) = 268.9 × 1.2528 = 336.9 s = 5.61 min.",
    forms=("two_step", "unit_conversion", "named_unit"),
)
def h18b_polymers_04():
    """An elastomer strip is stretched quickly and held at fixed length; the stress is 3.5 MPa at first and 2.8 MPa after 60 s. Assuming simple exponential relaxation, after how many minutes will the stress have dropped to 1.0 MPa?"""
    tau = Q_(60, "s") / math.log(3.5 / 2.8)
    return tau * math.log(3.5 / 1.0)


@item(
    S,
    "polymers",
    "dimensionless",
    "Copolymer: mean repeat-unit mass m̄ = M_n/DP = f m_S + (1 − f) m_B (Callister eq. 14.7)",
    solution="m̄ = 350 000/5000 = 70.0 g/mol. Styrene C₈H₈ = 104.15 g/mol, butadiene C₄H₆ = 54.09 g/mol. f = (70.0 − 54.09)/(104.15 − 54.09) = 0.318.",
    forms=("inverse", "known_datum_not_given", "two_step"),
)
def h18b_polymers_05():
    """A random styrene–butadiene copolymer has a number-average molecular weight of 350,000 g/mol and a degree of polymerization of 5000. What is the fraction of styrene repeat units (mole fraction)?"""
    ms = 8 * 12.011 + 8 * 1.008
    mb = 4 * 12.011 + 6 * 1.008
    mbar = 350000 / 5000
    return Q_((mbar - mb) / (ms - mb), "dimensionless")


@item(
    S,
    "polymers",
    "g/mol",
    "M_w depends on the whole distribution, not on M_n alone",
    refuse="The weight-average molecular weight cannot be found from the number average alone; the distribution (or the polydispersity index) is needed.",
    solution="M_w/M_n (the dispersity) can be anything from 1 upwards depending on the distribution; with only M_n = 25 000 g/mol given, M_w is not determinable.",
    forms=("not_determinable", "spaced_thousands"),
)
def h18b_polymers_06():
    """A linear polyethylene has a number-average molecular weight of 25 000 g/mol and a density of 0.95 g/cm³. Compute its weight-average molecular weight in g/mol."""
    return None


@item(
    S,
    "polymers",
    "dimensionless",
    "Fully extended L = N d sin(θ/2); random coil r = d√N (Callister eqs. 15.11, 15.12 style)",
    solution="N = 2 × 5000 = 10 000 C–C bonds. L = 10 000 × 0.154 × sin(54.5°) = 1254 nm; r = 0.154 × √10 000 = 15.4 nm. L/r = 81.4.",
    forms=("how_many_times", "three_step", "unicode"),
)
def h18b_polymers_07():
    """A linear polyethylene chain has a degree of polymerization of 5000. Take the C–C bond length as 0.154 nm and the bond angle as 109°. How many times longer is the fully extended (zig-zag) chain length than the root-mean-square end-to-end distance of a freely jointed random coil of the same bonds?"""
    n = 2 * 5000
    d = Q_(0.154, "nm")
    big_l = n * d * math.sin(math.radians(109 / 2))
    r = d * math.sqrt(n)
    return big_l / r


@item(
    S,
    "polymers",
    "percent",
    "Sulfur vulcanization: per crosslink 2 S atoms joining two repeat units",
    solution="Per 100 butadiene units, 20 % of the units crosslinked with each crosslink joining two units gives 10 crosslinks and 20 S atoms. Mass S = 20 × 32.06 = 641.2 g; mass polymer = 100 × 54.09 = 5409 g. wt% S = 641.2/(641.2 + 5409) = 10.6 %.",
    forms=("three_step", "as_percentage", "known_datum_not_given"),
)
def h18b_polymers_08():
    """Polybutadiene is vulcanized so that 20% of its repeat units become crosslinked. Each crosslink bridges two repeat units (one site on each) and consists of two sulfur atoms. Calculate the weight percent of sulfur in the vulcanized rubber."""
    mb = 4 * 12.011 + 6 * 1.008
    s_atoms = 2 * (0.20 * 100 / 2)
    mass_s = s_atoms * 32.06
    return Q_(mass_s / (mass_s + 100 * mb), "dimensionless")


@item(
    S,
    "polymers",
    "kg",
    "Condensation: 2 H₂O released per nylon 6,6 repeat unit C₁₂H₂₂N₂O₂",
    solution="Repeat unit C₁₂H₂₂N₂O₂ = 226.3 g/mol; each forms with two water molecules (36.03 g). Water = 10 kg × 36.03/226.3 = 1.59 kg.",
    forms=("numbers_in_words", "known_datum_not_given", "story"),
)
def h18b_polymers_09():
    """A plant makes ten kilograms of nylon 6,6 by condensing hexamethylene diamine with adipic acid. What mass of water (in kg) is given off?"""
    m_rep = 12 * 12.011 + 22 * 1.008 + 2 * 14.007 + 2 * 15.999
    m_w = 2 * (2 * 1.008 + 15.999)
    return Q_(10, "kg") * m_w / m_rep


# ---------------------------------------------------------------- ceramics & composites


@item(
    S,
    "ceramics_composites",
    "dimensionless",
    "Rock-salt structure: 4 Na⁺ + 4 Cl⁻ per conventional cubic cell; the FCC primitive cell holds one of each",
    abs_tol=0.5,
    solution="In the conventional cubic cell of NaCl there are 4 Na⁺ (8 corners × 1/8 + 6 faces × 1/2) and 4 Cl⁻ (12 edges × 1/4 + 1 centre): 8 ions. The primitive rhombohedral cell of the FCC lattice holds one Na⁺–Cl⁻ basis: 2 ions. Both are standard readings of 'unit cell'.",
    forms=("two_readings", "whole_number", "explanation_part"),
)
def h18b_ceramics_composites_01():
    """(a) Sketch the rock-salt (NaCl) structure. (b) How many ions in total belong to one unit cell of NaCl?"""
    return {"conventional cubic cell": 8, "primitive cell": 2}


@item(
    S,
    "ceramics_composites",
    "dimensionless",
    "Iso-strain E_l = V_f E_f + V_m E_m; iso-stress 1/E_t = V_f/E_f + V_m/E_m (Callister eqs. 16.10, 16.16)",
    solution="E_l = 0.45 × 72.5 + 0.55 × 3.1 = 34.3 GPa. 1/E_t = 0.45/72.5 + 0.55/3.1 = 0.1836 GPa⁻¹, E_t = 5.45 GPa. Ratio = 34.3/5.45 = 6.30.",
    forms=("how_many_times", "three_step", "ratio"),
)
def h18b_ceramics_composites_02():
    """A unidirectional E-glass/epoxy lamina contains 45 vol% fibres. E(glass) = 72.5 GPa, E(epoxy) = 3.1 GPa. How many times stiffer is it along the fibres than across them?"""
    vf, ef, em = 0.45, 72.5, 3.1
    el = vf * ef + (1 - vf) * em
    et = 1 / (vf / ef + (1 - vf) / em)
    return Q_(el / et, "dimensionless")


@item(
    S,
    "ceramics_composites",
    "percent",
    "Iso-strain rule of mixtures solved for V_f",
    solution="V_f = (E_c − E_m)/(E_f − E_m) = (50 − 2.4)/(230 − 2.4) = 47.6/227.6 = 0.209, i.e. at least 20.9 vol%.",
    forms=("inverse", "minimum", "as_percentage", "distractor"),
)
def h18b_ceramics_composites_03():
    """A designer needs a continuous, aligned carbon-fibre/epoxy rod with a longitudinal modulus of at least 50 GPa. The fibres have E = 230 GPa and a tensile strength of 3.5 GPa; the epoxy has E = 2.4 GPa. What minimum fibre volume fraction is required (as a percentage)?"""
    return Q_((50 - 2.4) / (230 - 2.4), "dimensionless")


@item(
    S,
    "ceramics_composites",
    "kg",
    "Stiff tie: S = EA/L, m = ρAL = S L² ρ/E (Ashby)",
    solution="A = SL/E, so m = ρAL = S L² ρ/E = 5.0 × 10⁷ × 1.2² × 1550/110 × 10⁹ = 1.01 kg for CFRP. The other materials are not asked about.",
    forms=("selection", "ashby", "two_step", "data_line"),
)
def h18b_ceramics_composites_04():
    """A tie rod 1.2 m long must have an axial stiffness of 5.0 × 10^7 N/m. Candidates — Data: steel (E = 210 GPa, ρ = 7850 kg/m³); Al alloy (E = 70 GPa, ρ = 2700 kg/m³); CFRP (E = 110 GPa, ρ = 1550 kg/m³); Ti alloy (E = 115 GPa, ρ = 4500 kg/m³). What is the mass of the lightest rod meeting the stiffness target if it is made of CFRP (kg)?"""
    s = Q_(5.0e7, "N/m")
    length = Q_(1.2, "m")
    return s * length**2 * Q_(1550, "kg/m**3") / Q_(110, "GPa")


@item(
    S,
    "ceramics_composites",
    "mm",
    "Critical fibre length l_c = σ_f* d/(2τ_c) (Callister eq. 16.3); largest d governs",
    solution="l_c grows with d, so the thickest fibre, 8 µm, governs: l_c = 3.5 × 10⁹ × 8 × 10⁻⁶/(2 × 40 × 10⁶) = 0.35 mm.",
    forms=("range_given", "minimum", "unicode", "named_unit"),
)
def h18b_ceramics_composites_05():
    """Carbon fibres with a tensile strength of 3.5 GPa have diameters between 6 and 8 µm. The fibre–matrix bond shear strength is 40 MPa. What is the minimum fibre length (mm) that ensures every fibre is at least as long as its critical length?"""
    return Q_(3.5, "GPa") * Q_(8, "um") / (2 * Q_(40, "MPa"))


@item(
    S,
    "ceramics_composites",
    "MPa",
    "Three-point flexural strength σ_fs = 3FL/(2bd²) (Callister eq. 12.7a)",
    solution="σ = 3FL/(2bd²) = 3 × 1500 × 0.040/(2 × 0.010 × 0.005²) = 180/5.0 × 10⁻⁷ = 3.6 × 10⁸ Pa = 360 MPa. The density is not needed.",
    forms=("distractor", "one_step", "ascii"),
)
def h18b_ceramics_composites_06():
    """A rectangular alumina bar (width 10 mm, height 5 mm, density 3.9 g/cm3) is broken in three-point bending on supports 40 mm apart; it fails at a load of 1.5 kN. Compute the flexural strength in MPa."""
    f = Q_(1.5, "kN")
    return 3 * f * Q_(40, "mm") / (2 * Q_(10, "mm") * Q_(5, "mm") ** 2)


@item(
    S,
    "ceramics_composites",
    "percent",
    "E = E₀(1 − 1.9P + 0.9P²) (Callister eq. 12.9); dense Al₂O₃ E₀ = 393 GPa",
    rel_tol=0.04,
    solution="With E₀ = 393 GPa (Callister): 300/393 = 0.7634 = 1 − 1.9P + 0.9P², so 0.9P² − 1.9P + 0.2366 = 0. P = [1.9 − √(3.61 − 0.8519)]/1.8 = (1.9 − 1.6607)/1.8 = 0.133 = 13.3 vol%.",
    forms=("inverse", "known_datum_not_given", "maximum", "as_percentage"),
)
def h18b_ceramics_composites_07():
    """The elastic modulus of a sintered aluminium oxide part must not fall below 300 GPa. Using the usual empirical porosity correction for the modulus, what is the maximum allowable volume fraction of porosity (as a percentage)?"""
    e0 = 393.0
    c = 1 - 300 / e0
    p = (1.9 - math.sqrt(1.9**2 - 4 * 0.9 * c)) / (2 * 0.9)
    return Q_(p, "dimensionless")


@item(
    S,
    "ceramics_composites",
    "dimensionless",
    "Weibull P_s = exp[−(σ/σ₀)^m] needs the Weibull modulus m",
    refuse="The survival probability needs the Weibull modulus m, which is not given and is not a standard constant of silicon nitride (it depends on the processing of each batch).",
    solution="P_s = exp[−(σ/σ₀)^m] with σ/σ₀ = 400/550 = 0.727; the answer depends strongly on m (0.82 for m = 5, 0.96 for m = 10), so without m no number can be given.",
    forms=("missing_datum", "story"),
)
def h18b_ceramics_composites_08():
    """A silicon nitride valve from a new supplier has a Weibull characteristic strength of 550 MPa (effective volume equal to the test bars). In service it sees a peak tensile stress of 400 MPa. What is the probability that a valve survives?"""
    return None


# ---------------------------------------------------------------- corrosion


@item(
    S,
    "corrosion",
    "g",
    "Faraday's law w = I t M/(n F) (Callister eq. 17.24)",
    solution="Q = 2.5 A × 8 h × 3600 s/h = 72 000 C. w = 72 000 × 65.38/(2 × 96 485) = 24.4 g.",
    forms=("one_step", "known_datum_not_given", "story"),
)
def h18b_corrosion_01():
    """A zinc anode protecting a buried tank delivers a steady current of 2.5 A. What mass of zinc (g) dissolves in eight hours?"""
    charge = Q_(2.5, "A") * Q_(8, "hour")
    return charge * Q_(65.38, "g/mol") / (2 * F_CONST)


@item(
    S,
    "corrosion",
    "milliinch/year",
    "CPR = W/(ρ A t) (Callister eq. 17.23), 1 mil = 0.001 in.",
    solution="A = 100 in² = 645.2 cm². Thickness lost per year = 485/(7.9 × 645.2) = 0.0952 cm = 0.0375 in. = 37.5 mpy.",
    forms=("mixed_units", "us_units", "per_unit"),
)
def h18b_corrosion_02():
    """A steel coupon (density 7.9 g/cm³) with an exposed area of 100 in.² loses 485 g in one year of immersion in sea water. Express the corrosion penetration rate in mils per year (mpy)."""
    w = Q_(485, "g")
    return w / (Q_(7.9, "g/cm**3") * Q_(100, "inch**2") * Q_(1, "year"))


@item(
    S,
    "corrosion",
    "V",
    "Nernst ΔV = ΔV° − (RT/nF) ln([M₁ⁿ⁺]/[M₂ⁿ⁺]) (Callister eq. 17.19); E°(Cu) = +0.340 V, E°(Fe) = −0.440 V",
    solution="Using E°(Cu²⁺/Cu) = +0.340 V and E°(Fe²⁺/Fe) = −0.440 V: ΔV° = 0.780 V. ΔV = 0.780 − (0.05916/2) log(0.10/0.005) = 0.780 − 0.02958 × 1.301 = 0.742 V.",
    forms=("known_datum_not_given", "two_step", "log_given"),
)
def h18b_corrosion_03():
    """A galvanic cell at 25 °C consists of an iron electrode in 0.10 M Fe²⁺ solution and a copper electrode in 0.005 M Cu²⁺ solution. Compute the cell potential (in volts), using standard electrode potentials."""
    t = Q_(298.15, "K")
    e0 = 0.340 - (-0.440)
    corr = num(R_GAS * t / (2 * F_CONST) / Q_(1, "V")) * math.log(0.10 / 0.005)
    return Q_(e0 - corr, "V")


@item(
    S,
    "corrosion",
    "V",
    "Hydrogen electrode E = −(2.303RT/F) pH at p(H₂) = 1 atm",
    solution="E = −0.05916 × 3.5 = −0.207 V versus SHE.",
    forms=("log_given", "sign_convention", "one_step"),
)
def h18b_corrosion_04():
    """What is the equilibrium potential (V vs. SHE) of a hydrogen electrode in an acid of pH 3.5 at 25 °C with hydrogen at 1 atm? Keep the sign."""
    t = Q_(298.15, "K")
    return -math.log(10) * R_GAS * t / F_CONST * 3.5


@item(
    S,
    "corrosion",
    "microA/cm**2",
    "Mixed potential: intersection of Tafel lines η = β log(i/i₀) (Callister Example 17.5 style)",
    solution="Anodic Zn: E = −0.763 + 0.09 (log i + 7); cathodic H: E = 0 − 0.08 (log i + 10). Equate: 0.17 log i = −0.8 − 0.63 + 0.763 = −0.667, log i = −3.924, i_corr = 1.19 × 10⁻⁴ A/cm² = 119 µA/cm².",
    forms=("numbered_givens", "three_step", "si_prefix_words"),
)
def h18b_corrosion_05():
    """Zinc corrodes in a deaerated acid. Given: (i) Zn/Zn²⁺: E° = −0.763 V, i₀ = 10⁻⁷ A/cm², anodic Tafel slope +0.09 V/decade; (ii) H⁺/H₂: E = 0 V, i₀ = 10⁻¹⁰ A/cm² on zinc, cathodic Tafel slope −0.08 V/decade; (iii) solution temperature 25 °C. Determine the corrosion current density in microamperes per square centimetre."""
    # E = -0.763 + 0.09*(x + 7) = -0.08*(x + 10), x = log10 i
    x = (-0.08 * 10 + 0.763 - 0.09 * 7) / (0.09 + 0.08)
    return Q_(10**x, "A/cm**2")


@item(
    S,
    "corrosion",
    "mg/cm**2",
    "Parabolic oxidation W² = K t at one temperature (Callister eq. 17.34)",
    solution="W ∝ √t: W = 0.30 × √(120/10) = 0.30 × 3.464 = 1.04 mg/cm².",
    forms=("numbers_in_words", "ratio", "unit_conversion"),
)
def h18b_corrosion_06():
    """A nickel sheet oxidizing at 900 °C by a parabolic law gains 0.30 mg/cm² in its first ten minutes. What mass gain per cm² (in mg) do you expect after two hours at the same temperature?"""
    return Q_(0.30, "mg/cm**2") * math.sqrt(120 / 10)


@item(
    S,
    "corrosion",
    "dimensionless",
    "Pilling–Bedworth ratio = A_O ρ_M/(a A_M ρ_O) (Callister eq. 17.32)",
    solution="P–B = (101.96 × 2.70)/(2 × 26.98 × 3.95) = 275.3/213.1 = 1.29, between 1 and 2, so the Al₂O₃ scale is protective.",
    forms=("forum", "one_step", "approximate_givens"),
)
def h18b_corrosion_07():
    """how do I get the Pilling-Bedworth ratio for aluminium? I've got rho(Al) ≈ 2.70 g/cm3, M(Al) = 26.98 g/mol, and for Al2O3 rho ≈ 3.95 g/cm3, M = 101.96 g/mol."""
    return Q_(101.96 * 2.70 / (2 * 26.98 * 3.95), "dimensionless")


@item(
    S,
    "corrosion",
    "year",
    "Penetration rate = i M/(n F ρ); life = thickness/rate",
    solution="Rate = iM/(nFρ) = 2.0 × 10⁻⁶ × 65.38/(2 × 96 485 × 7.13) = 9.50 × 10⁻¹¹ cm/s = 3.00 × 10⁻³ cm/yr. Life = 85 × 10⁻⁴ cm/3.00 × 10⁻³ cm/yr = 2.83 years.",
    forms=("rate_as_time", "two_step", "unicode", "known_datum_not_given"),
)
def h18b_corrosion_08():
    """A galvanized steel sheet carries a zinc coating 85 µm thick. In a particular atmosphere the zinc corrodes uniformly at a current density of 2.0 µA/cm². How many years will the coating last?"""
    rate = Q_(2.0, "microA/cm**2") * Q_(65.38, "g/mol") / (2 * F_CONST * Q_(7.13, "g/cm**3"))
    return Q_(85, "um") / rate
