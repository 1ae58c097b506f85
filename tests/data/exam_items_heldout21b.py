"""Set heldout21 (set V), second half: 60 questions over seven topics of a qualifying exam.

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

S = "heldout21"

K_EV = K_BOLTZ.to("eV/K")
HC_EV_NM = num((H * C0).to("eV*nm") / Q_(1, "eV*nm"))  # about 1239.84 eV nm


def photon_wavelength_nm(energy_ev: float) -> Any:
    """Wavelength (nm) of a photon of ``energy_ev`` electron-volts, λ = hc/E."""
    return Q_(HC_EV_NM / energy_ev, "nm")


# ---------------------------------------------------------------- electrical & semiconductors


@item(
    S,
    "electrical_semiconductors",
    "1/(ohm*m)",
    "σ = n_i e (μ_e + μ_h) for an intrinsic semiconductor (Callister eq. 18.15)",
    solution="n_i = 2.5 × 10¹³ cm⁻³ = 2.5 × 10¹⁹ m⁻³. σ = n_i e (μ_e + μ_h) = 2.5 × 10¹⁹ × 1.602 × 10⁻¹⁹ × (0.39 + 0.19) = 2.32 (Ω·m)⁻¹; the band gap is not needed.",
    forms=("unicode", "answer_blank", "distractor", "one_step", "mixed_units"),
)
def h21b_electrical_semiconductors_01():
    """Intrinsic germanium at room temperature: n_i = 2.5 × 10¹³ cm⁻³, μ_e = 0.39 m²/(V·s), μ_h = 0.19 m²/(V·s), E_g = 0.67 eV. The electrical conductivity is σ = ________ (Ω·m)⁻¹."""
    n_i = Q_(2.5e13, "cm**-3")
    mu = Q_(0.39 + 0.19, "m**2/(V*s)")
    return n_i * Q_(1.602176634e-19, "C") * mu


@item(
    S,
    "electrical_semiconductors",
    "ohm*cm",
    "Extrinsic n-type: ρ = 1/(n e μ_e), n ≈ N_d; μ_e(Si) = 0.14 m²/(V·s) (Callister Table 18.3)",
    rel_tol=0.06,
    solution="All phosphorus donors are ionised, so n ≈ 5.0 × 10¹⁶ cm⁻³ = 5.0 × 10²² m⁻³. With the textbook electron mobility of Si, 0.14 m²/(V·s): σ = 5.0 × 10²² × 1.602 × 10⁻¹⁹ × 0.14 = 1121 (Ω·m)⁻¹, ρ = 8.92 × 10⁻⁴ Ω·m = 0.0892 Ω·cm.",
    forms=("forum", "e_notation", "known_datum_not_given", "named_unit", "two_step"),
)
def h21b_electrical_semiconductors_02():
    """how do I get the resistivity of doped Si? I have a wafer doped with 5.0E+16 cm^-3 phosphorus, room temp, all donors ionised. I need it in ohm-cm."""
    n = Q_(5.0e16, "cm**-3")
    return 1 / (n * Q_(1.602176634e-19, "C") * Q_(0.14, "m**2/(V*s)"))


@item(
    S,
    "electrical_semiconductors",
    "cm**-3",
    "Hall effect: V_H = I B/(n e d) (Callister eq. 18.18)",
    solution="B = 4.0 kG = 0.40 T. n = I B/(e d V_H) = 0.025 × 0.40/(1.602 × 10⁻¹⁹ × 5.0 × 10⁻⁴ × 1.8 × 10⁻³) = 6.94 × 10²² m⁻³ = 6.94 × 10¹⁶ cm⁻³, so the blank holds 6.94.",
    forms=("cgs_units", "fixed_power_blank", "inverse", "numbered_givens"),
)
def h21b_electrical_semiconductors_03():
    """A Hall bar of an n-type semiconductor is tested with (i) a current of 25 mA along its length, (ii) a magnetic field of 4.0 kilogauss normal to its broad face, (iii) a thickness (along the field) of 0.50 mm. The Hall voltage reads 1.8 mV. Electron concentration n = ______ × 10¹⁶ cm⁻³."""
    current = Q_(25, "mA")
    b = Q_(4.0e3 * 1e-4, "T")  # 1 G = 1e-4 T
    d = Q_(0.50, "mm")
    v_h = Q_(1.8, "mV")
    return current * b / (Q_(1.602176634e-19, "C") * d * v_h)


@item(
    S,
    "electrical_semiconductors",
    "dimensionless",
    "Intrinsic σ ∝ exp(−E_g/2kT), the weak T^{3/2} and mobility terms neglected (Callister eq. 18.36)",
    solution="σ(350)/σ(300) = exp[(E_g/2k)(1/300 − 1/350)] = exp[(1.12/(2 × 8.617 × 10⁻⁵))(4.762 × 10⁻⁴)] = exp(3.095) = 22.1.",
    forms=("temperature_change", "by_what_factor", "assume_line", "one_step"),
)
def h21b_electrical_semiconductors_04():
    r"""An intrinsic silicon resistor ($E_g = 1.12\ \mathrm{eV}$) sits at $300\ \mathrm{K}$ and is then heated by $50\ \mathrm{K}$. By what factor does its conductivity increase?

    Assume: $\sigma \propto \exp(-E_g/2kT)$; neglect the temperature dependence of the mobilities and of the pre-exponential term."""
    t1 = Q_(300, "K")
    t2 = Q_(350, "K")
    eg = Q_(1.12, "eV")
    return math.exp(num(eg / (2 * K_EV) * (1 / t1 - 1 / t2)))


@item(
    S,
    "electrical_semiconductors",
    None,
    "mass-action law n p = n_i² (Callister eq. 18.2 discussion)",
    refuse="the givens contradict each other: n p = 10²² cm⁻⁶ but n_i² = 10²⁰ cm⁻⁶ at equilibrium, so the stated carrier densities cannot both hold and the donor density cannot be fixed",
    solution="At equilibrium n p must equal n_i². Here n p = 1.0 × 10¹⁶ × 1.0 × 10⁶ = 1.0 × 10²² cm⁻⁶ while n_i² = 1.0 × 10²⁰ cm⁻⁶: the data are inconsistent by a factor of 100, so no donor concentration follows.",
    forms=("must_refuse", "contradictory_givens", "ascii"),
)
def h21b_electrical_semiconductors_05():
    """A silicon sample at 300 K in thermal equilibrium (n_i = 1.0e10 cm^-3) is measured to have an electron density of 1.0e16 cm^-3 and a hole density of 1.0e6 cm^-3. It is doped with donors only. Find the donor concentration N_d in cm^-3, taking the compensation from the holes into account."""
    return None


@item(
    S,
    "electrical_semiconductors",
    "pF",
    "parallel-plate capacitor C = ε_r ε_0 A/l (Callister eq. 18.27)",
    solution="A = 2.5 cm² = 2.5 × 10⁻⁴ m², l = 0.20 mm = 2.0 × 10⁻⁴ m. C = 6.0 × 8.854 × 10⁻¹² × 2.5 × 10⁻⁴/2.0 × 10⁻⁴ = 6.64 × 10⁻¹¹ F = 66.4 pF.",
    forms=("same_quantity_twice", "named_unit", "one_step", "unicode"),
)
def h21b_electrical_semiconductors_06():
    """A capacitor has two parallel plates of area 2.5 cm² separated by a dielectric sheet 0.20 mm (200 µm) thick whose dielectric constant is 6.0. What is its capacitance, expressed in picofarads?"""
    return 6.0 * EPS0 * Q_(2.5, "cm**2") / Q_(0.20, "mm")


@item(
    S,
    "electrical_semiconductors",
    "A",
    "R = l/(σA); I = V/R (Ohm's law)",
    solution="l = 100 ft = 30.48 m; d = 0.064 in = 1.626 mm, A = πd²/4 = 2.076 × 10⁻⁶ m². R = 30.48/(6.0 × 10⁷ × 2.076 × 10⁻⁶) = 0.245 Ω. (b) I = 3.0/0.245 = 12.3 A.",
    forms=("us_units", "mixed_units", "multi_part_middle", "sketch_part", "two_step"),
)
def h21b_electrical_semiconductors_07():
    """A run of copper wire (σ = 6.0 × 10⁷ (Ω·m)⁻¹) is 100 ft long and 0.064 in. in diameter.
    (a) Sketch how the resistivity of copper changes with temperature between 0 and 300 °C.
    (b) What current flows through the wire when the voltage drop along it is 3.0 V? (answer in amperes)
    (c) Explain why adding 1 % nickel raises the resistivity."""
    length = Q_(100, "ft")
    area = math.pi / 4 * Q_(0.064, "inch") ** 2
    resistance = length / (Q_(6.0e7, "1/(ohm*m)") * area)
    return Q_(3.0, "V") / resistance


@item(
    S,
    "electrical_semiconductors",
    "microsecond",
    "drift velocity v_d = μ_e E, E = V/l; t = l/v_d",
    solution="E = 5.0 V/2.0 mm = 2500 V/m; v_d = 0.14 × 2500 = 350 m/s; t = 2.0 × 10⁻³/350 = 5.71 × 10⁻⁶ s = 5.71 µs.",
    forms=("story", "rate_as_time", "two_step", "unicode"),
)
def h21b_electrical_semiconductors_08():
    """In a test structure, 5.0 V is applied across a silicon bar 2.0 mm long; the electron mobility is 0.14 m²/(V·s). How long does an electron take, on average, to drift from one end of the bar to the other? Give the time in µs."""
    length = Q_(2.0, "mm")
    field = Q_(5.0, "V") / length
    v = Q_(0.14, "m**2/(V*s)") * field
    return length / v


@item(
    S,
    "electrical_semiconductors",
    "ohm*m",
    "Matthiessen's rule ρ = ρ_t + ρ_i, ρ_i = A c_i(1 − c_i) (Callister eqs. 18.10–18.12)",
    solution="ρ_i = 1.2 × 10⁻⁶ × 0.030 × 0.970 = 3.49 × 10⁻⁸ Ω·m; ρ = 1.7 × 10⁻⁸ + 3.49 × 10⁻⁸ = 5.19 × 10⁻⁸ Ω·m, so the blank holds 5.19.",
    forms=("tex", "fixed_power_blank", "where_symbols", "two_step"),
)
def h21b_electrical_semiconductors_09():
    r"""The resistivity of a dilute copper alloy at $20\,^{\circ}\mathrm{C}$ is $\rho = \rho_t + A\,c_i(1-c_i)$, where $\rho_t = 1.7\times10^{-8}\ \Omega\,\mathrm{m}$ is that of pure Cu at this temperature, $A = 1.2\times10^{-6}\ \Omega\,\mathrm{m}$ and $c_i$ is the atom fraction of nickel. For 3.0 at% Ni, $\rho = $ ______ $\times 10^{-8}\ \Omega\,\mathrm{m}$."""
    c = 0.030
    return Q_(1.7e-8, "ohm*m") + Q_(1.2e-6, "ohm*m") * c * (1 - c)


# ---------------------------------------------------------------- magnetic


@item(
    S,
    "magnetic",
    "T",
    "M_s = n_B μ_B N, N = ρ N_A/A; B_s = μ_0 M_s (Callister Example 20.1)",
    solution="N = 8.90 × 6.022 × 10²³/58.69 = 9.13 × 10²² cm⁻³ = 9.13 × 10²⁸ m⁻³. M_s = 0.60 × 9.274 × 10⁻²⁴ × 9.13 × 10²⁸ = 5.08 × 10⁵ A/m. B_s = μ_0 M_s = 0.639 T (6390 G).",
    forms=("three_step", "answer_blank", "unicode"),
)
def h21b_magnetic_01():
    """Nickel: density 8.90 g/cm³, atomic weight 58.69 g/mol, net moment 0.60 Bohr magneton per atom. Estimate the saturation flux density μ₀M_s (____ T)."""
    n = Q_(8.90, "g/cm**3") * AVOGADRO / Q_(58.69, "g/mol")
    m_s = 0.60 * BOHR * n
    return (MU0 * m_s).to("T")


@item(
    S,
    "magnetic",
    "A/m",
    "M = χ H; χ in Gaussian (emu) units is dimensionless per cm³, χ_SI = 4π χ_cgs; 1 Oe = 1000/4π A/m",
    solution="With the field in oersted the susceptibility is most naturally the CGS volume value: M = 2.0 × 10⁻⁴ × 1000 Oe = 0.20 emu/cm³ = 200 A/m. If χ is read as the SI value, H = 1000 Oe = 7.96 × 10⁴ A/m and M = 2.0 × 10⁻⁴ × 7.96 × 10⁴ = 15.9 A/m.",
    forms=("cgs_units", "two_readings", "one_step", "ascii"),
)
def h21b_magnetic_02():
    """A paramagnetic salt has a volume susceptibility chi = 2.0e-4 and is placed in a field H = 1000 Oe. What magnetization does it acquire? Give M in A/m."""
    h = Q_(1000 * 1000 / (4 * math.pi), "A/m")
    m_cgs = Q_(2.0e-4 * 1000, "A/m") * 1000  # 0.20 emu/cm³ = 200 A/m
    m_si = 2.0e-4 * h
    return {"cgs_volume_susceptibility": m_cgs, "si_susceptibility": m_si}


@item(
    S,
    "magnetic",
    "dimensionless",
    "M_s = n_B μ_B × (formula units per volume); inverse spinel, 8 formula units per cubic cell",
    solution="V = (0.839 × 10⁻⁹ m)³ = 5.906 × 10⁻²⁸ m³. Moment per cell = M_s V = 5.0 × 10⁵ × 5.906 × 10⁻²⁸ = 2.953 × 10⁻²² A·m². Per formula unit: 2.953 × 10⁻²²/8 = 3.69 × 10⁻²³ A·m² = 3.98 μ_B.",
    forms=("inverse", "decimal_comma", "two_step", "unicode"),
)
def h21b_magnetic_03():
    """A cubic ferrite (exam of a European university) has a lattice parameter a = 0,839 nm, with eight formula units in each unit cell. Its saturation magnetization is 5,0 × 10⁵ A/m. How many Bohr magnetons does each formula unit carry?"""
    v = Q_(0.839, "nm") ** 3
    return Q_(5.0e5, "A/m") * v / 8 / BOHR


@item(
    S,
    "magnetic",
    "A/m",
    "H = N I/l in a long solenoid; M = χ_m H",
    solution="H = N I/l = 200 × 0.50/0.20 = 500 A/m. M = χ_m H = 3.0 × 10⁻⁵ × 500 = 0.015 A/m.",
    forms=("chat", "given_list", "two_step", "symbol_only_ask"),
)
def h21b_magnetic_04():
    """quick check — what's M here?
    - solenoid: 200 turns, 20 cm long
    - current 0.50 A
    - core filled with a material of χ_m = 3.0 × 10⁻⁵
    (want it in A/m)"""
    h = 200 * Q_(0.50, "A") / Q_(20, "cm")
    return 3.0e-5 * h


@item(
    S,
    "magnetic",
    "W",
    "hysteresis power loss = (loop area per cycle per volume) × f × V",
    solution="Loss per cycle = 250 J/m³ × 1.2 × 10⁻³ m³ = 0.30 J; at 60 Hz the power is 0.30 × 60 = 18 W: choice (c).",
    forms=("multiple_choice", "same_quantity_twice", "two_step", "plain"),
)
def h21b_magnetic_05():
    """A transformer core of volume 1.2 litres (1.2 × 10⁻³ m³) is cycled at 60 Hz. The area of its B–H loop corresponds to 250 J/m³ per cycle. The power lost to hysteresis is closest to:
    (a) 0.30 W   (b) 4.5 W   (c) 18 W   (d) 250 W"""
    return Q_(250, "J/m**3") * Q_(1.2e-3, "m**3") * Q_(60, "1/s")


@item(
    S,
    "magnetic",
    "K",
    "Curie–Weiss law χ = C/(T − θ): 1/χ is linear in T and vanishes at θ",
    solution="1/χ = 250 at 300 K and 625 at 500 K, so 1/C = (625 − 250)/200 = 1.875 K⁻¹. 1/χ = 0 at T = 300 − 250/1.875 = 166.7 K = θ.",
    forms=("data_table", "inverse", "symbol_only_ask", "tex"),
)
def h21b_magnetic_06():
    r"""Above its ordering temperature a ferromagnet obeys $\chi = C/(T-\theta)$. Measurements give:

    | $T$ (K) | $\chi$ (SI) |
    | 300 | $4.0\times10^{-3}$ |
    | 500 | $1.6\times10^{-3}$ |

    Find $\theta$ (in K)."""
    t1, t2 = 300.0, 500.0
    inv1, inv2 = 1 / 4.0e-3, 1 / 1.6e-3
    slope = (inv2 - inv1) / (t2 - t1)
    return Q_(t1 - inv1 / slope, "K")


@item(
    S,
    "magnetic",
    None,
    "coercivity is a property of the loop shape, not fixed by B_r and M_s",
    refuse="the coercive field is not determined by the remanence and saturation magnetization alone; the loop shape (demagnetisation curve) or anisotropy data would be needed",
    solution="B_r and M_s fix two points on the loop height but nothing about how wide the loop is along H; H_c depends on anisotropy and microstructure, so it cannot be computed from the data given.",
    forms=("must_refuse", "not_determinable", "symbol_only_ask"),
)
def h21b_magnetic_07():
    """A sintered permanent-magnet material has a remanence B_r = 1.2 T and a saturation magnetization M_s = 1.0 × 10⁶ A/m. Find H_c (in kA/m)."""
    return None


@item(
    S,
    "magnetic",
    "K",
    "critical field H_c(T) = H_c(0)[1 − (T/T_c)²] (Callister eq. 20.14)",
    solution="B/B_c(0) = 400/803 = 0.498. T = T_c √(1 − 0.498) = 7.19 × 0.7085 = 5.09 K is the highest temperature at which lead stays superconducting in this field.",
    forms=("cgs_units", "inverse", "maximum_ask", "plain"),
)
def h21b_magnetic_08():
    """Lead becomes superconducting below 7.19 K; its critical field extrapolated to 0 K is 803 gauss. What is the maximum temperature (kelvin) at which a lead wire will remain superconducting in an applied field of 400 gauss?"""
    ratio = 400 / 803
    return Q_(7.19 * math.sqrt(1 - ratio), "K")


@item(
    S,
    "magnetic",
    "kJ/m**3",
    "energy product (BH) along the second-quadrant demagnetisation curve; (BH)_max is its largest value",
    solution="|B·H| at each point: 0, 1.15 × 200 = 230, 1.00 × 400 = 400, 0.70 × 600 = 420, 0.40 × 700 = 280 kJ/m³. (BH)_max = 420 kJ/m³.",
    forms=("data_table", "figure_in_words", "maximum_ask", "answer_blank"),
)
def h21b_magnetic_09():
    """The demagnetisation curve of a hard magnet (figure) passes through the points below.

    | H (kA/m) | 0 | −200 | −400 | −600 | −700 |
    | B (T)    | 1.25 | 1.15 | 1.00 | 0.70 | 0.40 |

    Using these points, the maximum energy product is (BH)max ≈ ______ kJ/m³."""
    h = [0, 200, 400, 600, 700]
    b = [1.25, 1.15, 1.00, 0.70, 0.40]
    return Q_(max(hi * bi for hi, bi in zip(h, b, strict=True)), "kJ/m**3")


# ---------------------------------------------------------------- optical


@item(
    S,
    "optical",
    "nm",
    "λ = hc/E_g",
    decimals=0,
    solution="λ = hc/E_g = 1239.84 eV·nm/1.42 eV = 873.1 nm → 873 nm.",
    forms=("one_step", "nearest_whole", "si_prefix_words"),
)
def h21b_optical_01():
    """A gallium arsenide LED emits at its band-gap energy of 1.42 electron-volts. What is the emission wavelength in nanometres, to the nearest whole number?"""
    return photon_wavelength_nm(1.42)


@item(
    S,
    "optical",
    "dimensionless",
    "numerical aperture NA = √(n₁² − n₂²)",
    solution="NA = √(1.48² − 1.46²) = √(2.1904 − 2.1316) = √0.0588 = 0.2425.",
    forms=("one_step", "distractor", "symbol_only_ask", "unicode"),
)
def h21b_optical_02():
    """A step-index optical fibre has a core of refractive index 1.48 and a cladding of index 1.46; the core diameter is 50 µm and the fibre attenuates 0.2 dB/km. What is NA?"""
    return math.sqrt(1.48**2 - 1.46**2)


@item(
    S,
    "optical",
    "dimensionless",
    "normal-incidence reflectivity R = ((n − 1)/(n + 1))² (Callister eq. 21.13)",
    solution="R = ((2.42 − 1)/(2.42 + 1))² = (1.42/3.42)² = 0.172 (as a fraction).",
    forms=("fraction_not_percent", "one_step", "tex"),
)
def h21b_optical_03():
    r"""Light strikes a polished diamond face ($n = 2.42$) at normal incidence from air. What fraction of the incident intensity is reflected? Give the answer as a fraction, not a percent."""
    n = 2.42
    return ((n - 1) / (n + 1)) ** 2


@item(
    S,
    "optical",
    "percent",
    "I_T = I_0 (1 − R)² exp(−β l) (Callister eq. 21.18)",
    solution="R = ((1.5 − 1)/(1.5 + 1))² = 0.040. I_T/I_0 = 0.960² × exp(−0.20 × 1.2) = 0.9216 × 0.7866 = 0.725 = 72.5 %.",
    forms=("three_step", "percent", "unicode", "mixed_units"),
)
def h21b_optical_04():
    """A glass window (n = 1.5) is 12 mm thick and its absorption coefficient is β = 0.20 cm⁻¹. Taking reflection losses at both faces into account, what percentage of normally incident light is transmitted?"""
    r = ((1.5 - 1) / (1.5 + 1)) ** 2
    beta = Q_(0.20, "1/cm")
    x = Q_(12, "mm")
    return Q_((1 - r) ** 2 * math.exp(-num(beta * x)), "dimensionless").to("percent")


@item(
    S,
    "optical",
    "micrometer",
    "Beer–Lambert I = I_0 exp(−α x); x = ln(I_0/I)/α",
    solution="x = ln 3/α = 1.0986/(5.0 × 10⁴ cm⁻¹) = 2.20 × 10⁻⁵ cm = 0.220 µm.",
    forms=("inverse", "fraction_words", "e_notation", "named_unit"),
)
def h21b_optical_05():
    """Above its band gap a semiconductor absorbs light with alpha = 5.0*10^4 cm^-1. Ignoring reflection, at what depth has the light intensity fallen to 1/3 of its value just inside the surface? Express the depth in um."""
    alpha = Q_(5.0e4, "1/cm")
    return math.log(3) / alpha


@item(
    S,
    "optical",
    "nm",
    "absorption edge λ_c = hc/E_g; longer wavelengths are transmitted",
    solution="Only CdS is asked: λ_c = 1239.84/2.42 = 512 nm; CdS is transparent to wavelengths longer than about 512 nm.",
    forms=("selection", "one_step", "answer_blank", "distractor"),
)
def h21b_optical_06():
    """Band gaps at room temperature: ZnS 3.6 eV, CdS 2.42 eV, CdTe 1.5 eV, Si 1.11 eV. For cadmium sulfide only, the shortest wavelength that passes through a thin crystal without band-gap absorption is ______ nm."""
    return photon_wavelength_nm(2.42)


@item(
    S,
    "optical",
    "1/s",
    "photon flux = P/(hc/λ)",
    solution="E_photon = hc/λ = 6.626 × 10⁻³⁴ × 2.998 × 10⁸/632.8 × 10⁻⁹ = 3.139 × 10⁻¹⁹ J. Photons per second = 5.0 × 10⁻³/3.139 × 10⁻¹⁹ = 1.59 × 10¹⁶ s⁻¹; the blank holds 1.59.",
    forms=("fixed_power_blank", "si_prefix_words", "two_step"),
)
def h21b_optical_07():
    """A helium–neon laser puts out five milliwatts at 632.8 nanometres. It emits ______ × 10¹⁶ photons per second."""
    e_photon = H * C0 / Q_(632.8, "nm")
    return Q_(5.0, "mW") / e_photon


@item(
    S,
    "optical",
    "microsecond",
    "n = √(ε_r μ_r) with μ_r ≈ 1; v = c/n; t = l/v",
    solution="n = √2.25 = 1.50; v = 2.998 × 10⁸/1.50 = 1.999 × 10⁸ m/s; t = 1000/1.999 × 10⁸ = 5.00 × 10⁻⁶ s = 5.00 µs.",
    forms=("three_step", "rate_as_time", "assume_line", "plain"),
)
def h21b_optical_08():
    """The relative permittivity of a transparent polymer at optical frequencies is 2.25. How long does a light pulse take to travel along 1.0 km of a fibre made of it? Answer in microseconds.
    Assume: the polymer is non-magnetic."""
    n = math.sqrt(2.25)
    return Q_(1.0, "km") / (C0 / n)


# ---------------------------------------------------------------- thermal


@item(
    S,
    "thermal",
    "MPa",
    "fully constrained bar: σ = −E α ΔT (Callister eq. 19.8), compression negative",
    solution="ΔT = 80 − 20 = 60 °C. σ = −E α ΔT = −207 × 10³ MPa × 12.0 × 10⁻⁶ × 60 = −149 MPa (compressive).",
    forms=("sign_convention", "mixed_notation", "one_step", "global_unit_statement"),
)
def h21b_thermal_01():
    """All stresses in MPa. A steel rail segment (E = 207 GPa, α=12.0×10⁻⁶ °C⁻¹, ν = 0.30) is clamped rigidly at both ends at 20 °C and then warms in the sun to 80 °C. What axial stress develops? (Use tension positive, compression negative.)"""
    return -Q_(207, "GPa") * Q_(12.0e-6, "1/K") * Q_(60, "K")


@item(
    S,
    "thermal",
    "inch",
    "ΔL = α L ΔT; α(Al) = 23.6 × 10⁻⁶ °C⁻¹ (Callister Table 19.1)",
    rel_tol=0.05,
    solution="ΔT = 140 − 40 = 100 °F = 55.6 K. With α = 23.6 × 10⁻⁶ K⁻¹ for aluminium: ΔL = 23.6 × 10⁻⁶ × 120 in × 55.6 = 0.157 in.",
    forms=("fahrenheit", "us_units", "known_datum_not_given", "one_step"),
)
def h21b_thermal_02():
    """An aluminum handrail 10 ft long is installed on a day at 40 °F. By how much (in inches) will it lengthen on a 140 °F summer afternoon?"""
    length = Q_(10, "ft")
    d_t = Q_(100 / 1.8, "K")
    return (Q_(23.6e-6, "1/K") * length * d_t).to("inch")


@item(
    S,
    "thermal",
    "Btu",
    "Q = m c_p ΔT",
    solution="Q = 2.0 kg × 386 J/(kg·K) × 100 K = 77 200 J = 77 200/1055.06 = 73.2 Btu.",
    forms=("unit_conversion_end", "temperature_change", "answer_blank", "pdf_units"),
)
def h21b_thermal_03():
    """A 2.0 kg copper block (c_p = 386 J kg-1 K-1) undergoes a rise of 100 °C. The heat it absorbs is __________ Btu."""
    return Q_(2.0, "kg") * Q_(386, "J/(kg*K)") * Q_(100, "K")


@item(
    S,
    "thermal",
    "kW/m**2",
    "Fourier's law q = k ΔT/Δx (Callister eq. 19.5)",
    solution="In US units q = 30 × 50/(0.5/12 ft) = 36 000 Btu/(h·ft²). 1 Btu/(h·ft²) = 3.1546 W/m², so q = 1.136 × 10⁵ W/m² = 114 kW/m².",
    forms=("us_units", "older_notation", "mixed_units", "one_step"),
)
def h21b_thermal_04():
    """A steel plate 0.5 in. thick has a thermal conductivity of 30 Btu/(h·ft·°F). One face is held 50 °F hotter than the other. Find the steady-state heat flux through the plate in kW/m²."""
    k = Q_(30, "Btu/(hour*ft*delta_degF)")
    return k * Q_(50, "delta_degF") / Q_(0.5, "inch")


@item(
    S,
    "thermal",
    "K",
    "thermal-shock parameter ΔT_f = σ_f (1 − ν)/(E α)",
    solution="ΔT = σ_f(1 − ν)/(E α) = 70 × 10⁶ × 0.75/(70 × 10⁹ × 9.0 × 10⁻⁶) = 83.3 K (the same in °C).",
    forms=("maximum_ask", "given_list", "one_step", "distractor"),
)
def h21b_thermal_05():
    """Estimate the maximum sudden temperature drop a soda-lime glass plate can survive without cracking, using ΔT = σ_f(1 − ν)/(Eα). Data:
    (i) fracture strength σ_f = 70 MPa
    (ii) E = 70 GPa, ν = 0.25
    (iii) α = 9.0 × 10⁻⁶ K⁻¹
    (iv) thermal conductivity 1.0 W/(m·K)"""
    return Q_(70, "MPa") * (1 - 0.25) / (Q_(70, "GPa") * Q_(9.0e-6, "1/K"))


@item(
    S,
    "thermal",
    None,
    "Debye T³ law C_v = A T³ holds only for T ≲ θ_D/10",
    refuse="the question applies the Debye T³ law at 300 K while stating that it holds only below about θ_D/10 ≈ 43 K; the relation is used far outside its stated validity",
    solution="The T³ law is stated to hold only below about θ_D/10 = 43 K; at 300 K (0.7 θ_D) it would overestimate the heat capacity many-fold (it would exceed the classical 3R). The requested use is outside the stated range, so no value should be given.",
    forms=("must_refuse", "outside_validity", "tex"),
)
def h21b_thermal_06():
    r"""At low temperatures the lattice heat capacity follows $C_v = A T^3$, valid only below about $\theta_D/10$. For aluminium $\theta_D = 428\ \mathrm{K}$ and $A = 2.48\times10^{-5}\ \mathrm{J\,mol^{-1}\,K^{-4}}$. Using this relation, compute $C_v$ of aluminium at $300\ \mathrm{K}$ in J/(mol·K)."""
    return None


@item(
    S,
    "thermal",
    "K",
    "Debye T³ law C_v = (12π⁴/5) R (T/θ_D)³",
    solution="12π⁴R/5 = 1943.8 J/(mol·K). T = θ_D (C_v/1943.8)^{1/3} = 343 × (0.50/1943.8)^{1/3} = 343 × 0.0636 = 21.8 K.",
    forms=("inverse", "show_that_hence", "units_as_exponents"),
)
def h21b_thermal_07():
    """Copper has a Debye temperature of 343 K. Show that for T ≪ θ_D the Debye model gives C_v = (12π⁴/5)R(T/θ_D)³, and hence find the temperature T (in kelvin) at which the molar heat capacity of copper reaches 0.50 J mol⁻¹ K⁻¹."""
    pref = 12 * math.pi**4 / 5 * R_GAS
    ratio = num(Q_(0.50, "J/(mol*K)") / pref)
    return Q_(343, "K") * ratio ** (1 / 3)


@item(
    S,
    "thermal",
    "percent",
    "V = V_0(1 + αΔT)³ for isotropic expansion; ρ ∝ 1/V",
    rel_tol=0.03,
    solution="V/V_0 = (1 + 8.0 × 10⁻⁶ × 1000)³ = 1.008³ = 1.02419. ρ/ρ_0 = 1/1.02419 = 0.97638, so the density falls by 2.36 % (the linear estimate 3αΔT gives 2.4 %).",
    forms=("temperature_change", "percent_change", "sign_in_words", "hypothetical"),
)
def h21b_thermal_08():
    """If a dense alumina part (linear expansion coefficient 8.0 × 10^-6 per K, taken constant) were heated by 1000 K, by what percentage would its density decrease?"""
    v_ratio = (1 + 8.0e-6 * 1000) ** 3
    return Q_((1 - 1 / v_ratio) * 100, "percent")


@item(
    S,
    "thermal",
    "degC",
    "steady conduction through layers in series: q = ΔT/Σ(L_i/k_i); interface temperature T_i = T_hot − q L_1/k_1",
    solution="Resistances per m²: 0.23/1.2 = 0.1917 and 0.115/0.15 = 0.7667 m²·K/W, total 0.9583. q = (1200 − 50)/0.9583 = 1200 W/m². Interface: 1200 − 1200 × 0.1917 = 970 °C.",
    forms=("comma_thousands", "story", "two_step", "temperature_answer"),
)
def h21b_thermal_09():
    """A furnace wall is made of 230 mm of firebrick (k = 1.2 W/m·K) on the inside, backed by 115 mm of insulating brick (k = 0.15 W/m·K). The inner face is at 1,200 °C and the outer face at 50 °C. In steady state, what is the temperature (°C) at the firebrick/insulating-brick interface?"""
    r1 = 0.230 / 1.2
    r2 = 0.115 / 0.15
    q = (1200 - 50) / (r1 + r2)
    return 1200 - q * r1


# ---------------------------------------------------------------- polymers

M_C = 12.011  # g/mol
M_H = 1.008  # g/mol


@item(
    S,
    "polymers",
    "dimensionless",
    "DP = M_n/m, m(C₈H₈) = 104.15 g/mol",
    abs_tol=2.0,
    solution="The styrene repeat unit C₈H₈ has m = 8 × 12.011 + 8 × 1.008 = 104.15 g/mol. DP = 250 000/104.15 = 2400.",
    forms=("count", "nearest_whole", "spaced_thousands", "known_datum_not_given"),
)
def h21b_polymers_01():
    """A polystyrene has a number-average molecular weight of 250 000 g/mol. Calculate its number-average degree of polymerization, to the nearest whole number."""
    m = 8 * M_C + 8 * M_H
    return 250000 / m


@item(
    S,
    "polymers",
    "dimensionless",
    "M_w = Σ w_i M_i, M_n = 1/Σ(w_i/M_i); PDI = M_w/M_n",
    solution="M_w = 0.10 × 10 000 + 0.30 × 20 000 + 0.40 × 30 000 + 0.20 × 40 000 = 27 000 g/mol. M_n = 1/(0.10/10 000 + 0.30/20 000 + 0.40/30 000 + 0.20/40 000) = 1/(4.333 × 10⁻⁵) = 23 077 g/mol. PDI = 27 000/23 077 = 1.17.",
    forms=("data_table", "three_step", "header_units", "symbol_defined_later"),
)
def h21b_polymers_02():
    """The molecular-weight distribution of a polymer sample is:

    | mean M_i (g/mol) | weight fraction w_i |
    | 10,000 | 0.10 |
    | 20,000 | 0.30 |
    | 30,000 | 0.40 |
    | 40,000 | 0.20 |

    Compute the polydispersity index PDI = M_w/M_n, where M_w and M_n are the weight- and number-average molecular weights."""
    m = [10000, 20000, 30000, 40000]
    w = [0.10, 0.30, 0.40, 0.20]
    mw = sum(wi * mi for wi, mi in zip(w, m, strict=True))
    mn = 1 / sum(wi / mi for wi, mi in zip(w, m, strict=True))
    return mw / mn


@item(
    S,
    "polymers",
    "dimensionless",
    "engineering strain Δl/l₀; true strain ln(l/l₀)",
    solution="Engineering strain = (150 − 50)/50 = 2.00 (200 %). True strain = ln(150/50) = ln 3 = 1.10. Either is an accepted reading of 'strain' for this large stretch.",
    forms=("two_readings", "story", "one_step", "plain"),
)
def h21b_polymers_03():
    """A student stretches a rubber band whose gauge marks are 50 mm apart until the marks are 150 mm apart, then lets it go and it snaps back fully. What strain did the band reach?"""
    l0, l1 = 50.0, 150.0
    return {"engineering": (l1 - l0) / l0, "true": math.log(l1 / l0)}


@item(
    S,
    "polymers",
    "dimensionless",
    "% crystallinity = ρ_c(ρ_s − ρ_a)/[ρ_s(ρ_c − ρ_a)] × 100 (Callister eq. 14.8)",
    solution="Fraction crystalline = 0.998 × (0.925 − 0.870)/[0.925 × (0.998 − 0.870)] = 0.05489/0.11840 = 0.464.",
    forms=("fraction_not_percent", "one_step", "decimal_comma", "distractor"),
)
def h21b_polymers_04():
    """A polyethylene film has a density of 0,925 g/cm³. Totally crystalline PE has ρ = 0,998 g/cm³ and totally amorphous PE ρ = 0,870 g/cm³; its melting point is about 115 °C. What fraction of the film is crystalline (as a fraction, not a percent)?"""
    rs, rc, ra = 0.925, 0.998, 0.870
    return rc * (rs - ra) / (rs * (rc - ra))


@item(
    S,
    "polymers",
    "MPa",
    "stress relaxation σ(t) = σ₀ exp(−t/τ) (Callister eq. 15.10)",
    decimals=2,
    solution="τ = 40 s/ln(7.5/6.0) = 40/0.2231 = 179.3 s. After 1 min 30 s = 90 s: σ = 7.5 exp(−90/179.3) = 7.5 × 0.605 = 4.54 MPa.",
    forms=("mixed_time_units", "two_step", "inverse", "gate_style", "rounding"),
)
def h21b_polymers_05():
    """A polymer specimen held at fixed strain shows a stress of 7.5 MPa immediately after loading and 6.0 MPa 40 s later. Assuming single-exponential relaxation, the stress (in MPa) 1 min 30 s after loading is ______ (rounded off to two decimal places)."""
    tau = Q_(40, "s") / math.log(7.5 / 6.0)
    return Q_(7.5, "MPa") * math.exp(-num(Q_(90, "s") / tau))


@item(
    S,
    "polymers",
    None,
    "M_n and M_w are linked only through the dispersity, which is not given",
    refuse="only the weight-average molecular weight is given; the number-average degree of polymerization needs M_n, which cannot be found without the dispersity or the distribution",
    solution="DP_n = M_n/m, but only M_w is stated; without the polydispersity index (or the distribution) M_n is unknown, so the number-average DP cannot be computed.",
    forms=("must_refuse", "missing_datum", "comma_thousands"),
)
def h21b_polymers_06():
    """A grade of polypropylene has a weight-average molecular weight of 320,000 g/mol. Compute its number-average degree of polymerization."""
    return None


@item(
    S,
    "polymers",
    "dimensionless",
    "copolymer mean repeat-unit mass m̄ = f₁m₁ + f₂m₂ = M_n/DP",
    solution="m̄ = 100 000/3000 = 33.33 g/mol. m(C₂H₄) = 28.05, m(C₃H₆) = 42.08 g/mol. f_E = (42.08 − 33.33)/(42.08 − 28.05) = 0.624.",
    forms=("inverse", "two_step", "known_datum_not_given", "what_fraction"),
)
def h21b_polymers_07():
    """A random ethylene–propylene copolymer has M_n = 100 000 g/mol and a number-average degree of polymerization of 3000. What fraction of its repeat units are ethylene?"""
    m_e = 2 * M_C + 4 * M_H
    m_p = 3 * M_C + 6 * M_H
    m_bar = 100000 / 3000
    return (m_p - m_bar) / (m_p - m_e)


@item(
    S,
    "polymers",
    "MPa",
    "rubber elasticity G = ρRT/M_c, E = 3G (incompressible)",
    solution="G = ρRT/M_c = 950 kg/m³ × 8.314 × 300/5.0 kg/mol = 4.74 × 10⁵ Pa; E = 3G = 1.42 MPa.",
    forms=("footnote_datum", "two_step", "si_prefix_words", "estimate"),
)
def h21b_polymers_08():
    """Estimate the Young's modulus, in megapascals, of a lightly cross-linked elastomer at 300 K whose density is 0.95 g/cm³ and whose mean molecular weight between cross-links is 5000 g/mol. Use E = 3ρRT/M_c.*
    *take R = 8.314 J/(mol·K)"""
    return 3 * Q_(0.95, "g/cm**3") * R_GAS * Q_(300, "K") / Q_(5000, "g/mol")


# ---------------------------------------------------------------- ceramics & composites


@item(
    S,
    "ceramics_composites",
    "GPa",
    "isostress (transverse) modulus 1/E_ct = V_f/E_f + V_m/E_m (Callister eq. 16.16)",
    solution="(b) 1/E_ct = 0.40/72.5 + 0.60/2.4 = 0.00552 + 0.25 = 0.2555 GPa⁻¹, E_ct = 3.91 GPa.",
    forms=("multi_part_middle", "sketch_part", "one_step", "plain"),
)
def h21b_ceramics_composites_01():
    """An aligned continuous E-glass/epoxy composite contains 40 vol% fibres (E = 72.5 GPa); the epoxy has E = 2.4 GPa.
    (a) Sketch the composite and mark the longitudinal and transverse directions.
    (b) Compute the elastic modulus transverse to the fibres, in GPa.
    (c) Explain why the longitudinal modulus is much higher."""
    return 1 / (0.40 / Q_(72.5, "GPa") + 0.60 / Q_(2.4, "GPa"))


@item(
    S,
    "ceramics_composites",
    "percent",
    "isostrain: F_f/F_m = E_f V_f/(E_m V_m)",
    solution="E_f V_f = 230 × 0.55 = 126.5; E_m V_m = 3.5 × 0.45 = 1.575. Fibre share = 126.5/(126.5 + 1.575) = 0.988 = 98.8 %.",
    forms=("percent", "two_step", "what_fraction", "mixed_notation"),
)
def h21b_ceramics_composites_02():
    """A unidirectional carbon/epoxy laminate (V_f=0.55, E_f = 230 GPa, E_m=3.5 GPa) is loaded along the fibres. What percentage of the load do the fibres carry?"""
    ff = 230 * 0.55
    fm = 3.5 * 0.45
    return Q_(100 * ff / (ff + fm), "percent")


@item(
    S,
    "ceramics_composites",
    "percent",
    "porosity dependence E = E₀(1 − 1.9P + 0.9P²) (Callister eq. 12.9)",
    solution="300/380 = 0.7895, so 0.9P² − 1.9P + 0.2105 = 0. P = [1.9 − √(3.61 − 0.758)]/1.8 = (1.9 − 1.689)/1.8 = 0.117, i.e. 11.7 vol%.",
    forms=("inverse", "maximum_ask", "quadratic", "tex"),
)
def h21b_ceramics_composites_03():
    r"""The modulus of a porous alumina follows $E = E_0(1 - 1.9P + 0.9P^2)$ with $E_0 = 380\ \mathrm{GPa}$ and $P$ the volume fraction porosity. A part must have $E \ge 300\ \mathrm{GPa}$. What is the maximum allowable porosity, in vol%?"""
    c = 1 - 300 / 380
    p = (1.9 - math.sqrt(1.9**2 - 4 * 0.9 * c)) / (2 * 0.9)
    return Q_(100 * p, "percent")


@item(
    S,
    "ceramics_composites",
    "m**-3",
    "N_s = N exp(−Q_s/2kT), N = ρ N_A/M (formula units) (Callister eq. 12.3)",
    solution="N = 1.99 × 10⁶ g/m³ × 6.022 × 10²³/74.55 = 1.607 × 10²⁸ m⁻³. Q_s/2kT = 2.6/(2 × 8.617 × 10⁻⁵ × 773.15) = 19.51, exp(−19.51) = 3.36 × 10⁻⁹. N_s = 5.40 × 10¹⁹ Schottky defects (vacancy pairs) per m³; counted as single vacancies (one K⁺ and one Cl⁻ per defect) that is 1.08 × 10²⁰ m⁻³.",
    forms=("two_readings", "three_step", "ev_units", "known_datum_given"),
)
def h21b_ceramics_composites_04():
    """Potassium chloride (density 1.99 g/cm³, molar mass 74.55 g/mol) has a Schottky defect formation energy of 2.6 eV. Calculate the equilibrium number of Schottky vacancies per cubic metre at 500 °C."""
    n = Q_(1.99, "g/cm**3") * AVOGADRO / Q_(74.55, "g/mol")
    ns = n * math.exp(-num(Q_(2.6, "eV") / (2 * K_EV * kelvin(500))))
    return {"schottky_defects_pairs": ns, "individual_vacancies": 2 * ns}


@item(
    S,
    "ceramics_composites",
    "MPa",
    "K_IC = Y σ √(πa), internal crack of length 2a, Y = 1; the largest flaw governs",
    solution="The longest internal crack, 40 µm, governs: a = 20 µm. σ = K_IC/√(πa) = 4.0/√(π × 2.0 × 10⁻⁵) = 4.0/7.93 × 10⁻³ = 505 MPa.",
    forms=("range_extreme", "maximum_ask", "one_step", "unicode"),
)
def h21b_ceramics_composites_05():
    """Polished silicon nitride bars contain internal cracks between 20 and 40 µm long. K_IC = 4.0 MPa·m^½ and Y may be taken as 1.0. What is the maximum stress (MPa) the bars can carry without fast fracture?"""
    a = Q_(40, "micrometer") / 2
    return Q_(4.0, "MPa*m**0.5") / (1.0 * (math.pi * a) ** 0.5)


@item(
    S,
    "ceramics_composites",
    None,
    "critical fibre length l_c = σ_f d/(2τ_c) needs the interfacial shear strength τ_c",
    refuse="the critical fibre length needs the fibre–matrix bond (interfacial shear) strength, which the text says was not measured and which is not a standard tabulated value",
    solution="l_c = σ_f* d/(2τ_c). σ_f* and d are given, but τ_c (bond strength) is explicitly unknown and depends on the sizing and matrix, so l_c cannot be computed.",
    forms=("must_refuse", "missing_datum", "long_context"),
)
def h21b_ceramics_composites_06():
    """A small firm is developing a short-fibre compound for a pump housing. The fibres are a new basalt grade with a tensile strength of 2.8 GPa and a diameter of 13 µm; they are chopped to 3 mm and compounded at 25 vol% into a polyamide whose yield strength is 80 MPa. The sizing on the fibres is experimental and the fibre–matrix bond strength has not yet been measured. The engineers want to know whether 3 mm is long enough. Calculate the critical fibre length l_c in mm."""
    return None


@item(
    S,
    "ceramics_composites",
    "mm",
    "l_c = σ_f* d/(2τ_c); continuous behaviour for l > 15 l_c (Callister §16.4)",
    solution="l_c = 3.5 × 10³ MPa × 7 µm/(2 × 40 MPa) = 306 µm = 0.306 mm. Minimum length for continuous behaviour = 15 × 0.306 = 4.59 mm.",
    forms=("two_step", "minimum_ask", "symbol_defined_later", "plain"),
)
def h21b_ceramics_composites_07():
    """Fibres behave as effectively continuous when l > 15 l_c, where l_c = σ_f d/(2τ_c), σ_f being the fibre strength, d its diameter and τ_c the interfacial shear strength. For carbon fibres with σ_f = 3.5 GPa and d = 7 µm in a matrix giving τ_c = 40 MPa, what is the minimum fibre length (mm) for continuous behaviour?"""
    lc = Q_(3.5, "GPa") * Q_(7, "micrometer") / (2 * Q_(40, "MPa"))
    return 15 * lc


@item(
    S,
    "ceramics_composites",
    "g/cm**3",
    "rock-salt structure: ρ = n'(A_C + A_A)/(V_C N_A), n' = 4 (Callister eq. 12.1)",
    solution="MgO has the rock-salt structure, 4 formula units per cell. A = 24.305 + 15.999 = 40.304 g/mol. V_C = (0.4212 × 10⁻⁷ cm)³ = 7.472 × 10⁻²³ cm³. ρ = 4 × 40.304/(7.472 × 10⁻²³ × 6.022 × 10²³) = 3.58 g/cm³.",
    forms=("decimal_comma", "known_datum_not_given", "one_step", "tex"),
)
def h21b_ceramics_composites_08():
    r"""Magnesium oxide crystallizes in the rock-salt structure with $a = 0{,}4212\ \mathrm{nm}$. Compute its theoretical density in $\mathrm{g/cm^3}$."""
    a = Q_(0.4212, "nm")
    return 4 * Q_(24.305 + 15.999, "g/mol") / (a**3 * AVOGADRO)


@item(
    S,
    "ceramics_composites",
    "dimensionless",
    "Ashby index for a light, stiff beam: M = E^{1/2}/ρ",
    solution="CFRP: √110/1.55 = 10.49/1.55 = 6.77; Al alloy: √70/2.70 = 8.37/2.70 = 3.10. Ratio = 6.77/3.10 = 2.18.",
    forms=("ratio_two_materials", "how_many_times", "data_table", "distractor"),
)
def h21b_ceramics_composites_09():
    """For a light, stiff beam in bending the performance index is E^(1/2)/ρ. Data:

    | material | E (GPa) | ρ (Mg/m³) | cost ($/kg) |
    | CFRP | 110 | 1.55 | 40 |
    | Al alloy | 70 | 2.70 | 2.5 |
    | steel | 210 | 7.85 | 0.8 |

    How many times larger is the index of CFRP than that of the aluminium alloy?"""

    def index(e_gpa: float, rho: float) -> float:
        return math.sqrt(e_gpa) / rho

    return index(110, 1.55) / index(70, 2.70)


# ---------------------------------------------------------------- corrosion


@item(
    S,
    "corrosion",
    "V",
    "Nernst: E = ΔE° − (0.0592/n) log([Zn²⁺]/[Cu²⁺]); E°(Cu) = +0.340 V, E°(Zn) = −0.763 V (Callister Table 17.1)",
    solution="ΔE° = 0.340 − (−0.763) = 1.103 V. E = 1.103 − (0.0592/2) log(1.0/0.010) = 1.103 − 0.0592 = 1.044 V.",
    forms=("known_datum_not_given", "two_step", "unicode"),
)
def h21b_corrosion_01():
    """A Daniell-type cell has a zinc electrode in 1.0 M Zn²⁺ and a copper electrode in 0.010 M Cu²⁺ at 25 °C. What is the cell voltage (V)?"""
    e0 = 0.340 - (-0.763)
    return Q_(e0 - 0.0592 / 2 * math.log10(1.0 / 0.010), "V")


@item(
    S,
    "corrosion",
    "g",
    "Faraday's law m = I t M/(n F)",
    solution="t = 2 h 15 min = 8100 s. m = 2.5 × 8100 × 55.845/(2 × 96 485) = 5.86 g of iron.",
    forms=("mixed_time_units", "one_step", "named_unit"),
)
def h21b_corrosion_02():
    """A steel structure is losing iron as Fe²⁺ under a steady corrosion current of 2.5 A. How many grams of iron dissolve in 2 h 15 min?"""
    t = Q_(2, "hour") + Q_(15, "minute")
    return Q_(2.5, "A") * t * Q_(55.845, "g/mol") / (2 * F_CONST)


@item(
    S,
    "corrosion",
    "thou/year",
    "CPR = W/(ρ A t); 1 mil = 0.001 in",
    solution="t = Monday 08:00 to Thursday 14:30 = 78.5 h. CPR = 12.4 g/(7.9 g/cm³ × 2500 cm² × 78.5 h) = 8.0 × 10⁻⁶ cm/h = 0.701 mm/yr = 27.6 mpy.",
    forms=("clock_times", "older_notation", "story", "unit_conversion_end"),
)
def h21b_corrosion_03():
    """A steel coupon with an exposed area of 0.25 m² (density 7.9 g/cm³) was put into a cooling-water loop at 08:00 on Monday and pulled out at 14:30 on Thursday the same week. After cleaning it had lost 12.4 g. Express the corrosion penetration rate in mils per year (mpy)."""
    t = Q_(3 * 24 + 6.5, "hour")
    return Q_(12.4, "g") / (Q_(7.9, "g/cm**3") * Q_(0.25, "m**2") * t)


@item(
    S,
    "corrosion",
    "day",
    "penetration rate r = i M/(n F ρ); time = thickness/r",
    solution="r = 5.0 × 10⁻⁶ A/cm² × 65.38/(2 × 96 485 × 7.13) = 2.376 × 10⁻¹⁰ cm/s = 75.0 µm/yr. Time = 50/75.0 yr = 0.667 yr = 244 days.",
    forms=("rate_as_time", "three_step", "ascii", "story"),
)
def h21b_corrosion_04():
    """A galvanized (zinc) coating 50 um thick corrodes uniformly at a current density of 5.0 uA/cm2. Zinc: M = 65.38 g/mol, rho = 7.13 g/cm3, Zn -> Zn2+. How many days until the coating is gone?"""
    rate = Q_(5.0, "microampere/cm**2") * Q_(65.38, "g/mol") / (2 * F_CONST * Q_(7.13, "g/cm**3"))
    return Q_(50, "micrometer") / rate


@item(
    S,
    "corrosion",
    "dimensionless",
    "Pilling–Bedworth ratio = A_O ρ_M/(a A_M ρ_O) for M_aO_b (Callister eq. 17.32)",
    solution="PBR = (101.96 × 2.70)/(2 × 26.98 × 3.99) = 275.3/215.3 = 1.28: between 1 and 2, so the oxide is protective.",
    forms=("given_list", "one_step", "explanation_part"),
)
def h21b_corrosion_05():
    """Calculate the Pilling–Bedworth ratio for aluminium forming Al₂O₃, and say whether the scale is expected to be protective.
    - Al: 26.98 g/mol, 2.70 g/cm³
    - Al₂O₃: 101.96 g/mol, 3.99 g/cm³"""
    return 101.96 * 2.70 / (2 * 26.98 * 3.99)


@item(
    S,
    "corrosion",
    None,
    "mixed-potential theory needs both exchange current densities and both Tafel slopes",
    refuse="the hydrogen exchange current density on zinc is not given (and not a standard value the student is expected to know), so the intersection of the anodic and cathodic Tafel lines cannot be located",
    solution="The corrosion potential is where the Zn anodic and H₂ cathodic Tafel lines cross; the cathodic line needs i₀(H₂ on Zn), which is missing, so E_corr and i_corr cannot be computed.",
    forms=("must_refuse", "missing_datum", "tex"),
)
def h21b_corrosion_06():
    r"""Zinc corrodes in deaerated acid of pH 1. For Zn: $E^\circ = -0.763\ \mathrm{V}$, $i_0 = 10^{-7}\ \mathrm{A/cm^2}$, $\beta_a = +0.10\ \mathrm{V/decade}$. For hydrogen evolution on zinc: $\beta_c = -0.10\ \mathrm{V/decade}$. Determine the corrosion current density $i_{corr}$ in A/cm²."""
    return None


@item(
    S,
    "corrosion",
    "mg/cm**2",
    "parabolic oxidation W² = K_p t",
    solution="W ∝ √t: W = 0.316 × √(36 h/2.0 h) = 0.316 × 4.243 = 1.34 mg/cm².",
    forms=("mixed_time_units", "hypothetical", "one_step", "plain"),
)
def h21b_corrosion_07():
    """An alloy oxidizing at 900 °C follows a parabolic rate law. After 2.0 h the weight gain is 0.316 mg/cm². What would the weight gain be after 1.5 days at the same temperature?"""
    return Q_(0.316, "mg/cm**2") * math.sqrt(36 / 2.0)


@item(
    S,
    "corrosion",
    "mV",
    "hydrogen electrode: E = −(2.303 RT/F) pH",
    solution="T = 60 °C = 333.15 K. 2.303RT/F = 2.3026 × 8.314 × 333.15/96 485 = 0.0661 V. E = −0.0661 × 4.5 = −0.297 V = −297 mV (vs SHE).",
    forms=("log_given", "footnote_datum", "sign_convention", "named_unit"),
)
def h21b_corrosion_08():
    """What is the equilibrium potential of the hydrogen electrode (vs SHE, p_H2 = 1 atm) in a solution of pH 4.5 at 60 °C? Give the result in millivolts, with its sign.
    Note: use R = 8.314 J/(mol·K) and F = 96 485 C/mol."""
    t = kelvin(60)
    return -math.log(10) * R_GAS * t / F_CONST * 4.5
