"""Set heldout10 (set K), second half: questions on seven topics of a qualifying exam.

Written blind: the answer engine, the checker, the solver and the benchmarks were not opened, and one
earlier item was read for its format only. Each key is computed in the body with pint quantities or
plain math; ``solution`` is the worked solution in words and ``forms`` says how the question is
written. A question with two standard readings returns a dict of them; a question that cannot be
answered returns None and says why.
"""

from __future__ import annotations

import math

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
    num,
)

S = "heldout10"

# ---------------------------------------------------------------- electrical & semiconductors


@item(
    S,
    "electrical_semiconductors",
    "W",
    "R = ρL/A, P = V²/R (Callister ch. 18)",
    solution="A = π(0.50 mm)²/4 = 1.963×10⁻⁷ m²; R = 1.10×10⁻⁶ · 3.2/1.963×10⁻⁷ = 17.93 Ω; P = 230²/17.93 = 2 950 W.",
    forms=("unicode", "story", "uncertainty", "multi_step", "distractor"),
)
def h10b_electrical_semiconductors_01():
    """A toaster-oven heating element is a nichrome wire of length 3.20 m and diameter (0.50 ± 0.01) mm, wound on a mica former that weighs 85 g. The resistivity of nichrome is 1.10 × 10⁻⁶ Ω·m. If the element is connected to the 230 V mains, find, in watts, the power that it dissipates (use the nominal diameter)."""
    area = math.pi * Q_(0.50, "mm") ** 2 / 4
    r = Q_(1.10e-6, "ohm*m") * Q_(3.20, "m") / area
    return Q_(230, "V") ** 2 / r


@item(
    S,
    "electrical_semiconductors",
    "ohm*cm",
    "Extrinsic n-type: σ ≈ n e μ_e, ρ = 1/σ (Callister ch. 18)",
    solution="All P donors ionised: n = 2.2×10¹⁶ cm⁻³; σ = 2.2×10¹⁶ · 1.602×10⁻¹⁹ · 1350 = 4.758 (Ω·cm)⁻¹; ρ = 0.210 Ω·cm.",
    forms=("engineering_notation", "distractor"),
)
def h10b_electrical_semiconductors_02():
    """Silicon is doped with 2.2E16 phosphorus atoms per cm³. Take the electron and hole mobilities at room temperature as 1350 and 480 cm²/(V·s) respectively, and assume every donor is ionised. Compute the room-temperature electrical resistivity in Ω·cm, to three significant figures."""
    n = Q_(2.2e16, "1/cm**3")
    sigma = n * Q_(1.602176634e-19, "C") * Q_(1350, "cm**2/(V*s)")
    return 1 / sigma


@item(
    S,
    "electrical_semiconductors",
    "dimensionless",
    "Hall coefficient R_H = −1/(n e); atoms per volume ρN_A/A (Kittel ch. 6)",
    solution="n = 1/(5.4×10⁻¹¹ · 1.602×10⁻¹⁹) = 1.156×10²⁹ m⁻³; N = 8 960 · 6.022×10²³/0.06355 = 8.49×10²⁸ m⁻³; n/N = 1.36.",
    forms=("tex", "multi_step"),
)
def h10b_electrical_semiconductors_03():
    """The Hall coefficient of copper measured at room temperature is $R_H = -5.4\\times10^{-11}\\ \\mathrm{m^3\\,C^{-1}}$. The density of copper is $8.96\\ \\mathrm{g\\,cm^{-3}}$ and its atomic weight $63.55\\ \\mathrm{g\\,mol^{-1}}$. (a) Calculate the free-electron concentration. (b) How many free electrons does each copper atom contribute on this evidence?"""
    n = 1 / (Q_(5.4e-11, "m**3/C") * Q_(1.602176634e-19, "C"))
    atoms = Q_(8.96, "g/cm**3") * AVOGADRO / Q_(63.55, "g/mol")
    return n / atoms


@item(
    S,
    "electrical_semiconductors",
    "S/m",
    "Intrinsic conduction σ ∝ exp(−E_g/2kT), or with n_i ∝ T^{3/2} exp(−E_g/2kT) (Callister ch. 18)",
    solution="Ratio exp[(E_g/2k)(1/300 − 1/350)] = exp[(0.67/(2 · 8.617×10⁻⁵))(4.762×10⁻⁴)] = 6.36, so σ(350 K) ≈ 2.2 · 6.36 = 14.0 S/m; keeping the T^{3/2} factor of n_i multiplies by (350/300)^{3/2} = 1.26, giving 17.6 S/m.",
    forms=("unicode", "two_readings"),
)
def h10b_electrical_semiconductors_04():
    """Intrinsic germanium (E_g = 0.67 eV) has an electrical conductivity of 2.2 S/m at 300 K. Estimate its conductivity at 350 K."""
    kb = num(K_BOLTZ / Q_(1, "eV/K"))
    ratio = math.exp(0.67 / (2 * kb) * (1 / 300 - 1 / 350))
    base = Q_(2.2, "S/m") * ratio
    return {
        "exp(-Eg/2kT) only": base,
        "n_i with T^(3/2) prefactor": base * (350 / 300) ** 1.5,
    }


@item(
    S,
    "electrical_semiconductors",
    "nC",
    "Parallel-plate capacitor C = ε_r ε_0 A/l, Q = CV (Callister ch. 18)",
    solution="A = 1.00 in² = 6.452×10⁻⁴ m²; C = 25 · 8.854×10⁻¹² · 6.452×10⁻⁴/2.0×10⁻³ = 7.14×10⁻¹¹ F; Q = CV = 7.14×10⁻¹¹ · 12 = 0.857 nC.",
    forms=("us_units", "multi_step", "unit_conversion"),
)
def h10b_electrical_semiconductors_05():
    """A parallel-plate capacitor has plates of area 1.00 in.² separated by 2.0 mm of a ceramic whose dielectric constant is 25. What charge, in nanocoulombs, is stored on each plate when 12 V is applied across it?"""
    c = 25 * EPS0 * Q_(1.00, "inch**2") / Q_(2.0, "mm")
    return c * Q_(12, "V")


@item(
    S,
    "electrical_semiconductors",
    "ns",
    "Drift velocity v_d = μE, E = V/L; t = L/v_d (Callister ch. 18)",
    solution="E = 10 V/2.5 mm = 4 000 V/m; v_d = 0.14 · 4 000 = 560 m/s; t = 2.5×10⁻³/560 = 4.46×10⁻⁶ s = 4 460 ns.",
    forms=("unicode", "derived_ask", "unit_conversion"),
)
def h10b_electrical_semiconductors_06():
    """A bar of intrinsic silicon 2.5 mm long has 10 V applied between its ends. Given an electron mobility of 0.14 m²/(V·s) and a hole mobility of 0.05 m²/(V·s), how long (in ns) does a conduction electron need to drift from one end of the bar to the other?"""
    e_field = Q_(10, "V") / Q_(2.5, "mm")
    v = Q_(0.14, "m**2/(V*s)") * e_field
    return Q_(2.5, "mm") / v


@item(
    S,
    "electrical_semiconductors",
    None,
    "R = ρL/A = L/(σA)",
    refuse="The stated 'conductivity' of 6.0 × 10⁷ Ω·m has the unit of resistivity, not conductivity; neither reading matches copper, so the resistance cannot be determined from the data.",
    solution="The given unit (Ω·m) cannot belong to a conductivity, and taking it as a resistivity of 6×10⁷ Ω·m is absurd for copper; the question is refused.",
    forms=("unicode", "must_refuse", "wrong_unit"),
)
def h10b_electrical_semiconductors_07():
    """A copper bus bar 1.5 m long has a cross-section of 10 mm × 40 mm. Its electrical conductivity is 6.0 × 10⁷ Ω·m. Compute the resistance of the bar in microohms."""
    return None


@item(
    S,
    "electrical_semiconductors",
    "ppm",
    "n = σ/(eμ_e); N_Si = ρN_A/A; fraction = n/N (Callister ch. 18)",
    solution="n = 100/(1.602×10⁻¹⁹ · 0.14) = 4.46×10²¹ m⁻³; N_Si = 2.33×10⁶ · 6.022×10²³/28.09 = 4.995×10²⁸ m⁻³; fraction = 8.93×10⁻⁸ = 0.0893 ppm.",
    forms=("unicode", "multi_step", "nonnative_english", "unit_conversion"),
)
def h10b_electrical_semiconductors_08():
    """For an integrated-circuit resistor one want n-type silicon with room-temperature conductivity 100 (Ω·m)⁻¹. The electron mobility is 0.14 m²/V·s, the density of Si is 2.33 g/cm³ and its atomic weight is 28.09 g/mol. Which atomic fraction of donor atoms must be added, expressed in parts per million (ppm)? Suppose that each donor gives one electron."""
    n = Q_(100, "1/(ohm*m)") / (Q_(1.602176634e-19, "C") * Q_(0.14, "m**2/(V*s)"))
    n_si = Q_(2.33, "g/cm**3") * AVOGADRO / Q_(28.09, "g/mol")
    return n / n_si


@item(
    S,
    "electrical_semiconductors",
    "microohm*cm",
    "Matthiessen's rule ρ = ρ_t + ρ_i, ρ_t = ρ₀ + aT, ρ_i = Ac(1 − c) (Callister ch. 18)",
    solution="ρ_t = 1.60×10⁻⁸ + 6.8×10⁻¹¹ · 100 = 2.28×10⁻⁸ Ω·m; ρ_i = 1.2×10⁻⁶ · 0.03 · 0.97 = 3.49×10⁻⁸ Ω·m; ρ = 5.77×10⁻⁸ Ω·m = 5.77 µΩ·cm.",
    forms=("unicode", "multi_step", "unit_conversion", "symbols_in_where"),
)
def h10b_electrical_semiconductors_09():
    """The resistivity of a dilute copper–nickel alloy is ρ = ρ₀ + aT + Ac(1 − c), where ρ₀ = 1.60 × 10⁻⁸ Ω·m, a = 6.8 × 10⁻¹¹ Ω·m/°C, T is the temperature in °C, A = 1.2 × 10⁻⁶ Ω·m and c is the atom fraction of nickel. Compute the resistivity at 100 °C of an alloy containing 3 at.% Ni, in µΩ·cm."""
    rho_t = Q_(1.60e-8, "ohm*m") + Q_(6.8e-11, "ohm*m") * 100
    rho_i = Q_(1.2e-6, "ohm*m") * 0.03 * (1 - 0.03)
    return rho_t + rho_i


# ---------------------------------------------------------------- magnetic


@item(
    S,
    "magnetic",
    "kA/m",
    "M_s = (μ_B per atom) · μ_B · N, N = ρN_A/A (Callister ch. 20)",
    solution="N = 8.90×10⁶ · 6.022×10²³/58.69 = 9.13×10²⁸ m⁻³; M_s = 0.60 · 9.274×10⁻²⁴ · 9.13×10²⁸ = 5.08×10⁵ A/m = 508 kA/m.",
    forms=("unicode", "unit_conversion"),
)
def h10b_magnetic_01():
    """Each nickel atom carries a net moment of 0.60 Bohr magneton. With ρ(Ni) = 8.90 g/cm³ and A(Ni) = 58.69 g/mol, calculate the saturation magnetisation of nickel in kA/m."""
    n = Q_(8.90, "g/cm**3") * AVOGADRO / Q_(58.69, "g/mol")
    return 0.60 * BOHR * n


@item(
    S,
    "magnetic",
    "T",
    "Inverse spinel Fe₃O₄: 8 Fe²⁺ × 4 μ_B per cell; M_s = nμ_B/a³, B_s = μ_0 M_s (Callister ch. 20)",
    solution="Net moment per cell 8 · 4 = 32 μ_B = 2.968×10⁻²² A·m²; a³ = (0.839×10⁻⁹)³ = 5.906×10⁻²⁸ m³; M_s = 5.03×10⁵ A/m; B_s = μ_0 M_s = 0.632 T.",
    forms=("tex", "multi_step", "derived_ask"),
)
def h10b_magnetic_02():
    """Magnetite, $\\mathrm{Fe_3O_4}$, has the inverse spinel structure with a cubic unit cell of edge $a = 0.839\\ \\mathrm{nm}$ containing eight formula units. The $\\mathrm{Fe^{3+}}$ moments on the two kinds of site cancel, and each $\\mathrm{Fe^{2+}}$ ion contributes $4\\mu_B$. (a) Compute the saturation magnetisation $M_s$. (b) Hence find the saturation flux density $B_s$ in tesla."""
    m = 8 * 4 * BOHR
    ms = m / Q_(0.839, "nm") ** 3
    return MU0 * ms


@item(
    S,
    "magnetic",
    "mT",
    "H = NI/l, B = μ_r μ_0 H (Callister ch. 20)",
    solution="H = 400 · 2.2/0.25 = 3 520 A/m; B = 150 · 4π×10⁻⁷ · 3 520 = 0.6635 T = 664 mT.",
    forms=("unicode", "story", "distractor"),
)
def h10b_magnetic_03():
    """A solenoid for a door lock has 400 turns of enamelled copper wire (total wire resistance 5.5 Ω) wound uniformly over a length of 0.25 m on a soft-iron plunger of relative permeability 150. When a current of 2.2 A flows, find, in mT, the magnetic flux density that is produced inside the plunger."""
    h = 400 * Q_(2.2, "A") / Q_(0.25, "m")
    return 150 * MU0 * h


@item(
    S,
    "magnetic",
    "A/m",
    "M = χ_m H (Callister ch. 20)",
    solution="M = χ_m H = 2.1×10⁻⁵ · 1.2×10⁵ A/m = 2.52 A/m.",
    forms=("engineering_notation", "distractor"),
)
def h10b_magnetic_04():
    """Aluminium has a volume susceptibility χ_m = 2.1E-5 and a density of 2.70 g/cm³. A field strength H = 1.2E5 A/m is applied to an aluminium bar. Compute the magnetisation of the bar in A/m."""
    return 2.1e-5 * Q_(1.2e5, "A/m")


@item(
    S,
    "magnetic",
    "degC",
    "Curie–Weiss law χ = C/(T − θ) (Kittel ch. 11)",
    solution="C = 2.0×10⁻³(700 − θ) = 1.2×10⁻³(900 − θ) ⇒ 0.8×10⁻³ θ = 1.4 − 1.08 = 0.32, θ = 400 K = 126.9 °C.",
    forms=("unicode", "unit_conversion", "two_equations"),
)
def h10b_magnetic_05():
    """Above its Curie temperature a ferromagnet obeys χ = C/(T − θ), where C is the Curie constant and θ the paramagnetic Curie temperature. Its susceptibility is 2.0 × 10⁻³ at 700 K and 1.2 × 10⁻³ at 900 K. Determine θ, expressing it in degrees Celsius."""
    theta = (1.2e-3 * 900 - 2.0e-3 * 700) / (1.2e-3 - 2.0e-3)
    return theta - 273.15


@item(
    S,
    "magnetic",
    "W",
    "Hysteresis power loss P = (loop area per cycle) × f × V (Callister ch. 20)",
    solution="V = 12 kg/7 650 kg m⁻³ = 1.569×10⁻³ m³; P = 250 J/m³ · 60 s⁻¹ · 1.569×10⁻³ m³ = 23.5 W.",
    forms=("tex", "story", "multi_step"),
)
def h10b_magnetic_06():
    """The core of a small distribution transformer is made of 12 kg of grain-oriented silicon steel (density $7\\,650\\ \\mathrm{kg\\,m^{-3}}$, resistivity $4.7\\times10^{-7}\\ \\Omega\\,\\mathrm{m}$). The area enclosed by its $B$–$H$ loop corresponds to $250\\ \\mathrm{J\\,m^{-3}}$ per cycle. Find, in watts, the hysteresis power loss of the core on a $60\\ \\mathrm{Hz}$ supply."""
    volume = Q_(12, "kg") / Q_(7650, "kg/m**3")
    return Q_(250, "J/m**3") * Q_(60, "1/s") * volume


@item(
    S,
    "magnetic",
    None,
    "Soft vs hard magnetic materials (Callister ch. 20)",
    refuse="The question asks for a choice and a justification (which alloy the student would prefer), not a numerical quantity.",
    solution="The numbers describe the two loops, but the ask is an opinion/choice, so there is no numerical key; refused.",
    forms=("unicode", "must_refuse", "choice_ask", "table"),
)
def h10b_magnetic_07():
    """Two candidate alloys for the stator laminations of an electric motor have the following properties:

    | alloy | H_c (A/m) | B_r (T) | ρ (µΩ·m) |
    |-------|-----------|---------|----------|
    | A     | 40        | 1.2     | 0.47     |
    | B     | 9 000     | 1.1     | 0.10     |

    Which alloy would you prefer for this application, and why?"""
    return None


@item(
    S,
    "magnetic",
    "K",
    "Critical field H_c(T) = H_c(0)[1 − (T/T_c)²] (Callister ch. 18)",
    solution="T = T_c √(1 − H/H_c(0)) = 7.19 √(1 − 4.0/6.5) = 7.19 · 0.6202 = 4.46 K.",
    forms=("unicode", "derived_ask"),
)
def h10b_magnetic_08():
    """Lead becomes superconducting below T_c = 7.19 K, and its critical field at 0 K is 6.5 × 10⁴ A/m. A lead wire must remain superconducting in a field of 4.0 × 10⁴ A/m. What is the highest temperature, in kelvin, at which it may be operated?"""
    return Q_(7.19, "K") * math.sqrt(1 - 4.0e4 / 6.5e4)


@item(
    S,
    "magnetic",
    "dimensionless",
    "μ_r = B/(μ_0 H) (Callister ch. 20)",
    solution="At H = 200 A/m, B = 0.90 T: μ_r = 0.90/(4π×10⁻⁷ · 200) = 3 580.",
    forms=("table", "extra_rows", "unicode"),
)
def h10b_magnetic_09():
    """Points measured on the initial magnetisation curve of an annealed iron–silicon sheet:

    | H (A/m) | 50   | 100  | 200  | 400  | 1 000 |
    |---------|------|------|------|------|-------|
    | B (T)   | 0.15 | 0.42 | 0.90 | 1.25 | 1.45  |

    Compute the relative permeability of the sheet at H = 200 A/m."""
    return Q_(0.90, "T") / (MU0 * Q_(200, "A/m"))


# ---------------------------------------------------------------- optical


@item(
    S,
    "optical",
    "nm",
    "Absorption edge λ = hc/E_g (Callister ch. 21)",
    solution="λ = hc/E_g = (6.626×10⁻³⁴ · 2.998×10⁸)/(1.42 · 1.602×10⁻¹⁹) = 8.73×10⁻⁷ m = 873 nm.",
    forms=("unicode", "distractor", "unit_conversion"),
)
def h10b_optical_01():
    """Gallium arsenide has a band gap of 1.42 eV at room temperature and a lattice parameter of 5.65 Å. What is the longest wavelength of light, in nm, that can excite an electron across the gap?"""
    return H * C0 / Q_(1.42, "eV")


@item(
    S,
    "optical",
    "percent",
    "Normal-incidence reflectivity R = ((n − 1)/(n + 1))²; two surfaces (Callister ch. 21)",
    solution="R = (1.20/3.20)² = 0.1406 per surface. Counting each surface once, the reflected fraction is 1 − (1 − R)² = 26.2 %; summing the multiple internal reflections, it is 2R/(1 + R) = 24.7 %.",
    forms=("unicode", "story", "two_readings", "percent", "distractor"),
)
def h10b_optical_02():
    """An infrared window for a thermal camera is a polished plate of zinc sulfide, 6.0 mm thick and 25 mm in diameter, with a refractive index of 2.20 and negligible absorption at the working wavelength. What percentage of normally incident radiation is reflected by the window?"""
    r = ((2.20 - 1) / (2.20 + 1)) ** 2
    return {
        "each surface once 1-(1-R)^2": Q_(1 - (1 - r) ** 2, "dimensionless"),
        "with multiple reflections 2R/(1+R)": Q_(2 * r / (1 + r), "dimensionless"),
    }


@item(
    S,
    "optical",
    "mm",
    "Beer–Lambert I_T = I_0 exp(−βx) (Callister ch. 21)",
    solution="exp(−βx) = 0.90 ⇒ x = −ln 0.90/β = 0.10536/0.025 cm⁻¹ = 4.21 cm = 42.1 mm.",
    forms=("tex", "derived_ask", "unit_conversion"),
)
def h10b_optical_03():
    """A transparent polymer has an absorption coefficient $\\beta = 0.025\\ \\mathrm{cm^{-1}}$ for green light. Ignoring reflection at the surfaces, compute the thickness (in mm) of a plate that absorbs 10 % of the light entering it."""
    beta = Q_(0.025, "1/cm")
    return -math.log(0.90) / beta


@item(
    S,
    "optical",
    "degree",
    "NA = √(n₁² − n₂²) = sin θ_a (Snell's law at the fibre end face)",
    solution="NA = √(1.48² − 1.46²) = √0.0588 = 0.2425; θ_a = arcsin 0.2425 = 14.0°.",
    forms=("unicode", "multi_step", "distractor"),
)
def h10b_optical_04():
    """A step-index optical fibre has a core of index n₁ = 1.48 and diameter 50 µm, and a cladding of index n₂ = 1.46. The fibre is used in air. Find the maximum half-angle of acceptance, in degrees, for rays entering the end face that are guided by total internal reflection."""
    na = math.sqrt(1.48**2 - 1.46**2)
    return Q_(math.degrees(math.asin(na)), "degree")


@item(
    S,
    "optical",
    "m/s",
    "n = √(ε_r μ_r), v = c/n (Callister ch. 21)",
    solution="n = √2.25 = 1.50 (μ_r ≈ 1); v = 2.998×10⁸/1.50 = 2.00×10⁸ m/s.",
    forms=("unicode", "sci_notation"),
)
def h10b_optical_05():
    """A non-magnetic transparent solid has an optical-frequency relative permittivity of 2.25. Calculate the velocity of light in it; give the answer in scientific notation in m/s."""
    return C0 / math.sqrt(2.25)


@item(
    S,
    "optical",
    None,
    "Snell's law n₁ sin θ₁ = n₂ sin θ₂",
    refuse="A refractive index of 0.65 for a silicate glass at visible wavelengths is physically impossible (n > 1 for glass), so the question's data are inconsistent.",
    solution="Glass has n ≈ 1.5 in the visible; a value of 0.65 is impossible, so the requested angle cannot be given; refused.",
    forms=("unicode", "must_refuse", "impossible_given"),
)
def h10b_optical_06():
    """A ray of yellow light (589 nm) in air strikes a flint-glass block at 30° to the normal. The refractive index of this glass is 0.65. Calculate the angle of refraction inside the glass."""
    return None


@item(
    S,
    "optical",
    "1/s",
    "Photon energy E = hc/λ; photon rate = P/E",
    solution="E = hc/λ = 3.139×10⁻¹⁹ J; rate = 5.0×10⁻³/3.139×10⁻¹⁹ = 1.59×10¹⁶ s⁻¹.",
    forms=("unicode", "sci_notation"),
)
def h10b_optical_07():
    """A helium–neon laser emits 5.0 mW at 632.8 nm. How many photons per second leave the laser?"""
    e = H * C0 / Q_(632.8, "nm")
    return Q_(5.0, "mW") / e


@item(
    S,
    "optical",
    "eV",
    "Photon energy E = hc/λ compared with E_g (Callister ch. 21)",
    solution="E(600 nm) = 1 239.84/600 = 2.066 eV < 2.42 eV, so the light is not absorbed by band-gap excitation; the shortfall is 2.42 − 2.066 = 0.354 eV.",
    forms=("unicode", "determine_whether", "derived_ask"),
)
def h10b_optical_08():
    """Cadmium sulfide has a band gap of 2.42 eV. Determine whether orange light of wavelength 600 nm can be absorbed by exciting electrons across the gap, and by how much (in eV) the photon energy exceeds or falls short of the gap."""
    e = (H * C0 / Q_(600, "nm")).to("eV")
    return Q_(2.42, "eV") - e


# ---------------------------------------------------------------- thermal


@item(
    S,
    "thermal",
    "MPa",
    "Thermal stress σ = Eα ΔT, fully restrained (Callister ch. 19)",
    solution="ΔT = 95 − 5 = 90 °F; σ = 30×10⁶ psi · 6.5×10⁻⁶ °F⁻¹ · 90 °F = 17 550 psi = 121 MPa (tensile, on cooling).",
    forms=("us_units", "story", "unit_conversion"),
)
def h10b_thermal_01():
    """A steel bridge cable is anchored at both ends with no slack at 95 °F. Taking E = 30 × 10⁶ psi and α = 6.5 × 10⁻⁶ (°F)⁻¹ for the steel, find, in MPa, the stress that develops in the cable when the temperature falls to 5 °F. (Treat the cable as fully restrained.)"""
    sigma = Q_(30e6, "psi") * 6.5e-6 * 90
    return sigma


@item(
    S,
    "thermal",
    "mm",
    "Linear expansion Δl = α l₀ ΔT (Callister ch. 19)",
    solution="Δl = 23.6×10⁻⁶ · 2.50 m · (120 − 15) = 6.20×10⁻³ m = 6.20 mm.",
    forms=("unicode",),
)
def h10b_thermal_02():
    """An aluminium bus rod 2.50 m long is heated from 15 °C to 120 °C. With α = 23.6 × 10⁻⁶ °C⁻¹, how much does it lengthen, in mm?"""
    return 23.6e-6 * Q_(2.50, "m") * (120 - 15)


@item(
    S,
    "thermal",
    "kWh",
    "Fourier's law q = kAΔT/Δx; E = q t (Callister ch. 19)",
    solution="A = 1.2 · 0.8 = 0.96 m²; q = 0.96 · 0.96 · 10/0.004 = 2 304 W; over 8 h, E = 2 304 W · 8 h = 18.4 kWh.",
    forms=("tex", "story", "derived_ask", "unit_conversion"),
)
def h10b_thermal_03():
    """A single-glazed window pane measures $1.2\\ \\mathrm{m}\\times0.8\\ \\mathrm{m}$ and is $4\\ \\mathrm{mm}$ thick; the glass has $k = 0.96\\ \\mathrm{W\\,m^{-1}\\,K^{-1}}$ and $\\rho = 2\\,500\\ \\mathrm{kg\\,m^{-3}}$. If the two glass surfaces are held at $18^{\\circ}\\mathrm{C}$ and $8^{\\circ}\\mathrm{C}$ through an 8-hour night, how much heat (in kWh) is conducted through the pane?"""
    area = Q_(1.2, "m") * Q_(0.8, "m")
    q = Q_(0.96, "W/(m*K)") * area * Q_(10, "K") / Q_(4, "mm")
    return q * Q_(8, "hour")


@item(
    S,
    "thermal",
    None,
    "Fourier's law q = kAΔT/Δx",
    refuse="'Stainless steel' is not specified (austenitic 304 has k ≈ 16, ferritic 430 ≈ 26 W m⁻¹ K⁻¹) and no thermal conductivity is given, so the heat flux cannot be determined.",
    solution="The result depends on k, which differs between stainless grades, and the question gives neither the grade nor k; refused.",
    forms=("unicode", "must_refuse", "ambiguous_substance", "missing_datum"),
)
def h10b_thermal_04():
    """The wall of a stainless steel cooking pot is 3.0 mm thick. In service the inner surface is at 100 °C and the outer at 104 °C. Calculate the heat flux through the wall in kW/m²."""
    return None


@item(
    S,
    "thermal",
    "J/(mol*K)",
    "Debye T³ law C_v = AT³ at T ≪ θ_D (Callister ch. 19)",
    solution="C_v ∝ T³: C_v(25 K) = 0.048 · (25/10)³ = 0.048 · 15.625 = 0.750 J mol⁻¹ K⁻¹.",
    forms=("unicode", "distractor"),
)
def h10b_thermal_05():
    """The Debye temperature of copper is 343 K. At 10 K its molar heat capacity is 0.048 J mol⁻¹ K⁻¹ (what is the lattice contribution only). Estimate the molar heat capacity at 25 K."""
    return Q_(0.048, "J/(mol*K)") * (25 / 10) ** 3


@item(
    S,
    "thermal",
    "min",
    "Q = m c_p ΔT; t = Q/P",
    solution="Q = 5.0 · 900 · (400 − 25) = 1.6875×10⁶ J; t = 1.6875×10⁶/2 200 = 767 s = 12.8 min.",
    forms=("engineering_notation", "story", "derived_ask", "unit_conversion"),
)
def h10b_thermal_06():
    """A 5.0 kg aluminium die casting (c_p = 900 J kg⁻¹ K⁻¹) is to be preheated from 25 °C to 400 °C by a 2.2k W electric heater whose whole output goes into the part. Find the heating time in minutes."""
    q = Q_(5.0, "kg") * Q_(900, "J/(kg*K)") * Q_(375, "K")
    return q / Q_(2.2e3, "W")


@item(
    S,
    "thermal",
    "K",
    "Thermal-shock resistance ΔT_max = σ_f(1 − ν)/(Eα) (Callister ch. 19)",
    solution="ΔT = 300×10⁶ · (1 − 0.22)/(380×10⁹ · 8.0×10⁻⁶) = 2.34×10⁸/3.04×10⁶ = 77.0 K.",
    forms=("unicode", "table", "distractor"),
)
def h10b_thermal_07():
    """The following data are given for a dense alumina:

    - fracture strength σ_f = 300 MPa
    - Young's modulus E = 380 GPa
    - Poisson's ratio ν = 0.22
    - thermal conductivity k = 30 W m⁻¹ K⁻¹
    - linear expansion coefficient α = 8.0 × 10⁻⁶ K⁻¹

    Estimate the maximum temperature difference (in K) that the alumina can withstand on rapid quenching, using the usual thermal-shock expression that includes Poisson's ratio."""
    return Q_(300, "MPa") * (1 - 0.22) / (Q_(380, "GPa") * Q_(8.0e-6, "1/K"))


@item(
    S,
    "thermal",
    "MPa",
    "Isostrain rule of mixtures E_c = E_f V_f + E_m V_m; σ = E_c α_c ΔT (Callister ch. 16, 19)",
    solution="E_c = 0.40 · 72.5 + 0.60 · 3.4 = 31.04 GPa; σ = 31.04×10⁹ · 1.1×10⁻⁵ · 60 = 20.5 MPa (compressive).",
    forms=("unicode", "mixed_topics", "multi_step"),
)
def h10b_thermal_08():
    """A unidirectional glass-fibre/epoxy rod (40 vol% E-glass, E = 72.5 GPa; epoxy E = 3.4 GPa) is clamped rigidly at both ends, the fibres lying along the rod. Its longitudinal expansion coefficient is 1.1 × 10⁻⁵ K⁻¹. Estimate the magnitude of the axial stress, in MPa, when the rod is heated by 60 K."""
    e_c = 0.40 * Q_(72.5, "GPa") + 0.60 * Q_(3.4, "GPa")
    return e_c * Q_(1.1e-5, "1/K") * Q_(60, "K")


# ---------------------------------------------------------------- polymers

# standard atomic weights (g/mol)
A_H, A_C, A_O, A_S, A_CL = 1.008, 12.011, 15.999, 32.06, 35.45


@item(
    S,
    "polymers",
    "dimensionless",
    "Degree of polymerisation DP = M_n/m (Callister ch. 14)",
    abs_tol=1.0,
    solution="Repeat unit C₂H₃Cl: m = 2 · 12.011 + 3 · 1.008 + 35.45 = 62.50 g/mol; DP = 120 000/62.50 = 1 920.",
    forms=("unicode", "spaced_thousands", "integer_ask"),
)
def h10b_polymers_01():
    """A poly(vinyl chloride) resin has a number-average molecular weight of 120 000 g/mol. Calculate its number-average degree of polymerisation, to the nearest integer."""
    m = 2 * A_C + 3 * A_H + A_CL
    return round(120000 / m)


@item(
    S,
    "polymers",
    "g/mol",
    "M_w = Σ w_i M_i with w_i = x_i M_i/Σ x_j M_j (Callister ch. 14)",
    solution="M_n = Σx_iM_i = 30 000 g/mol; Σx_iM_i² = 1.03×10⁹ (g/mol)²; M_w = Σx_iM_i²/M_n = 34 300 g/mol.",
    forms=("table", "multi_step", "extra_columns"),
)
def h10b_polymers_02():
    """The molecular-weight distribution of a polystyrene sample is summarised below.

    | range (kg/mol) | mean M_i (g/mol) | number fraction x_i | chains counted |
    |----------------|------------------|---------------------|----------------|
    | 5–15           | 10 000           | 0.10                | 412            |
    | 15–25          | 20 000           | 0.25                | 1 030          |
    | 25–35          | 30 000           | 0.30                | 1 236          |
    | 35–45          | 40 000           | 0.25                | 1 030          |
    | 45–55          | 50 000           | 0.10                | 412            |

    (a) What is the number-average molecular weight? (b) Compute the weight-average molecular weight in g/mol."""
    mi = [10000, 20000, 30000, 40000, 50000]
    xi = [0.10, 0.25, 0.30, 0.25, 0.10]
    mn = sum(x * m for x, m in zip(xi, mi, strict=True))
    return Q_(sum(x * m * m for x, m in zip(xi, mi, strict=True)) / mn, "g/mol")


@item(
    S,
    "polymers",
    "percent",
    "% crystallinity = ρ_c(ρ_s − ρ_a)/[ρ_s(ρ_c − ρ_a)] × 100 (Callister ch. 14)",
    solution="% cryst = 0.998(0.925 − 0.870)/[0.925(0.998 − 0.870)] × 100 = 0.05489/0.1184 × 100 = 46.4 %.",
    forms=("tex", "percent"),
)
def h10b_polymers_03():
    """The density of totally crystalline polyethylene is $0.998\\ \\mathrm{g\\,cm^{-3}}$ and that of the totally amorphous polymer $0.870\\ \\mathrm{g\\,cm^{-3}}$. A film for food packaging has a density of $0.925\\ \\mathrm{g\\,cm^{-3}}$. Calculate its percent crystallinity."""
    rc, ra, rs = 0.998, 0.870, 0.925
    return Q_(rc * (rs - ra) / (rs * (rc - ra)), "dimensionless")


@item(
    S,
    "polymers",
    "dimensionless",
    "Copolymer mean repeat-unit mass m̄ = f₁m₁ + f₂m₂ = M_n/DP (Callister ch. 14)",
    solution="m̄ = 350 000/10 000 = 35.0 g/mol; m(C₂H₄) = 28.05, m(C₃H₆) = 42.08; f_E = (42.08 − 35.0)/(42.08 − 28.05) = 0.505.",
    forms=("unicode", "derived_ask", "spaced_thousands"),
)
def h10b_polymers_04():
    """An ethylene–propylene random copolymer has a number-average molecular weight of 350 000 g/mol and a number-average degree of polymerisation of 10 000. Determine the fraction of repeat units that are ethylene (as a decimal)."""
    m_e = 2 * A_C + 4 * A_H
    m_p = 3 * A_C + 6 * A_H
    mbar = 350000 / 10000
    return (m_p - mbar) / (m_p - m_e)


@item(
    S,
    "polymers",
    "min",
    "Stress relaxation σ(t) = σ₀ exp(−t/τ) (Callister ch. 15)",
    solution="τ = 60 s/ln(3.5/2.5) = 178.3 s; t = τ ln(3.5/1.0) = 223.4 s = 3.72 min.",
    forms=("unicode", "derived_ask", "unit_conversion", "multi_step"),
)
def h10b_polymers_05():
    """A rubber band stretched to a fixed length in a packaging clip has an initial stress of 3.5 MPa, which relaxes to 2.5 MPa after 60 s. Assuming σ(t) = σ₀ exp(−t/τ), where τ is the relaxation time, how many minutes after stretching will the stress have fallen to 1.0 MPa?"""
    tau = Q_(60, "s") / math.log(3.5 / 2.5)
    return tau * math.log(3.5 / 1.0)


@item(
    S,
    "polymers",
    "percent",
    "Rubber elasticity: E ∝ T (entropy elasticity, Callister ch. 15)",
    solution="E₂/E₁ = T₂/T₁ = 363.15/298.15 = 1.218; the modulus rises by 21.8 % (to 2.19 MPa).",
    forms=("unicode", "derived_ask", "percent", "british_spelling"),
)
def h10b_polymers_06():
    """A lightly vulcanised natural rubber behaves as an ideal entropy spring. Its Young's modulus at small strain is 1.8 MPa at 25 °C. By what percentage does the modulus change when the rubber is warmed to 90 °C?"""
    ratio = (90 + 273.15) / (25 + 273.15)
    return Q_(ratio - 1, "dimensionless")


@item(
    S,
    "polymers",
    "percent",
    "Vulcanisation stoichiometry: one S atom per crosslink joining two repeat units (Callister ch. 14)",
    solution="Per 100 mol isoprene (C₅H₈, 68.12 g/mol) 10 units are crosslinked → 5 crosslinks → 5 mol S = 160.3 g; wt% S = 160.3/(6 812 + 160.3) = 2.30 wt%.",
    forms=("unicode", "multi_step", "harder"),
)
def h10b_polymers_07():
    """Polyisoprene (repeat unit C₅H₈) is vulcanised with sulfur. Assume that every crosslink consists of a single sulfur atom that bridges two repeat units, and that 10 % of all repeat units take part in a crosslink. Compute the weight percent of sulfur in the vulcanised rubber."""
    m_iso = 5 * A_C + 8 * A_H
    s_per_unit = 0.10 / 2
    return Q_(s_per_unit * A_S / (m_iso + s_per_unit * A_S), "dimensionless")


@item(
    S,
    "polymers",
    "kg/mol",
    "TS = TS_∞ − A/M_n (Callister ch. 15)",
    solution="A(1/40 000 − 1/80 000) = 115 − 95 ⇒ A = 1.6×10⁶ MPa·g/mol, TS_∞ = 135 MPa; M_n = A/(TS_∞ − 125) = 1.6×10⁶/10 = 160 000 g/mol = 160 kg/mol.",
    forms=("unicode", "two_equations", "derived_ask", "unit_conversion", "harder"),
)
def h10b_polymers_08():
    """The tensile strength of a poly(methyl methacrylate) grade depends on its number-average molecular weight as TS = TS_∞ − A/M_n. Two batches give 95 MPa at M_n = 40 000 g/mol and 115 MPa at M_n = 80 000 g/mol. What minimum M_n, in kg/mol, is needed for a tensile strength of 125 MPa?"""
    a = (115 - 95) / (1 / 40000 - 1 / 80000)
    ts_inf = 115 + a / 80000
    return Q_(a / (ts_inf - 125), "g/mol")


# ---------------------------------------------------------------- ceramics & composites


@item(
    S,
    "ceramics_composites",
    "GPa",
    "Isostrain rule of mixtures E_cl = E_f V_f + E_m V_m (Callister ch. 16)",
    solution="E_cl = 0.45 · 230 + 0.55 · 2.4 = 103.5 + 1.32 = 104.8 GPa.",
    forms=("unicode", "distractor", "story"),
)
def h10b_ceramics_composites_01():
    """A bicycle frame tube is made of unidirectional carbon-fibre/epoxy with 45 vol% fibres. The fibres have E = 230 GPa and tensile strength 3.5 GPa; the epoxy has E = 2.4 GPa and tensile strength 60 MPa. Estimate the elastic modulus along the fibre direction, in GPa."""
    return 0.45 * Q_(230, "GPa") + 0.55 * Q_(2.4, "GPa")


@item(
    S,
    "ceramics_composites",
    "GPa",
    "Particulate composite bounds: upper E_c = E_m V_m + E_p V_p, lower E_c = E_m E_p/(V_m E_p + V_p E_m) (Callister ch. 16)",
    solution="Upper bound: 0.30 · 200 + 0.70 · 700 = 550 GPa; lower bound: 200 · 700/(0.30 · 700 + 0.70 · 200) = 140 000/350 = 400 GPa.",
    forms=("unicode", "two_readings"),
)
def h10b_ceramics_composites_02():
    """A WC–Co cemented carbide contains 70 vol% tungsten carbide particles (E = 700 GPa) in a cobalt binder (E = 200 GPa). Estimate the modulus of elasticity of the cermet."""
    upper = 0.30 * Q_(200, "GPa") + 0.70 * Q_(700, "GPa")
    lower = Q_(200, "GPa") * Q_(700, "GPa") / (0.30 * Q_(700, "GPa") + 0.70 * Q_(200, "GPa"))
    return {"upper bound (rule of mixtures)": upper, "lower bound (inverse rule)": lower}


@item(
    S,
    "ceramics_composites",
    None,
    "Isostrain rule of mixtures",
    refuse="The stated volume fractions (65 vol% fibre and 45 vol% matrix) sum to 110 %, which is impossible, so the composite is not defined.",
    solution="V_f + V_m must equal 1; 0.65 + 0.45 = 1.10, so the data are inconsistent and the modulus cannot be computed; refused.",
    forms=("unicode", "must_refuse", "impossible_given"),
)
def h10b_ceramics_composites_03():
    """An aligned aramid-fibre/epoxy laminate contains 65 vol% fibres (E = 131 GPa) and 45 vol% epoxy matrix (E = 3.1 GPa). Compute the longitudinal modulus of the laminate in GPa."""
    return None


@item(
    S,
    "ceramics_composites",
    "GPa",
    "P = 1 − ρ_b/ρ_th; E = E₀(1 − 1.9P + 0.9P²) (Callister ch. 12)",
    solution="P = 1 − 3.72/3.98 = 0.0653; E = 380(1 − 1.9 · 0.0653 + 0.9 · 0.0653²) = 380 · 0.8797 = 334 GPa.",
    forms=("tex", "multi_step"),
)
def h10b_ceramics_composites_04():
    """A sintered alumina has a bulk density of $3.72\\ \\mathrm{g\\,cm^{-3}}$; fully dense alumina has a density of $3.98\\ \\mathrm{g\\,cm^{-3}}$ and $E_0 = 380\\ \\mathrm{GPa}$. (a) Calculate the volume fraction porosity $P$. (b) Using $E = E_0(1 - 1.9P + 0.9P^2)$, estimate the elastic modulus of the sintered part in GPa."""
    p = 1 - 3.72 / 3.98
    return Q_(380, "GPa") * (1 - 1.9 * p + 0.9 * p**2)


@item(
    S,
    "ceramics_composites",
    "MPa",
    "Three-point flexural strength σ_fs = 3F_fL/(2bd²) (Callister ch. 12)",
    solution="σ = 3 · 1 200 · 0.040/(2 · 0.010 · 0.005²) = 144/5.0×10⁻⁷ = 2.88×10⁸ Pa = 288 MPa.",
    forms=("engineering_notation", "unicode"),
)
def h10b_ceramics_composites_05():
    """A rectangular bar of silicon nitride, 10 mm wide (b) and 5 mm thick (d), is loaded in three-point bending over supports 40 mm apart (L). It breaks at a load of 1.2k N. Compute the flexural strength in MPa."""
    f = Q_(1.2e3, "N")
    return 3 * f * Q_(40, "mm") / (2 * Q_(10, "mm") * Q_(5, "mm") ** 2)


@item(
    S,
    "ceramics_composites",
    "MPa",
    "Weibull P_s = exp[−(σ/σ₀)^m]",
    solution="σ = σ₀(−ln 0.99)^{1/m} = 400 · (0.01005)^{0.1} = 400 · 0.6314 = 253 MPa.",
    forms=("unicode", "derived_ask"),
)
def h10b_ceramics_composites_06():
    """A batch of ceramic insulators follows Weibull statistics P_s = exp[−(σ/σ₀)^m] with Weibull modulus m = 10 and characteristic strength σ₀ = 400 MPa, where P_s is the survival probability under a stress σ. Find the largest design stress, in MPa, for which 99 % of the insulators survive."""
    return Q_(400, "MPa") * (-math.log(0.99)) ** (1 / 10)


@item(
    S,
    "ceramics_composites",
    "dimensionless",
    "Radius-ratio rule: 0.414 ≤ r_C/r_A < 0.732 → CN = 6 (Callister ch. 12)",
    abs_tol=0.0,
    solution="r_C/r_A = 0.072/0.140 = 0.514, which lies between 0.414 and 0.732, so the predicted coordination number is 6.",
    forms=("unicode", "integer_ask", "derived_ask"),
)
def h10b_ceramics_composites_07():
    """The ionic radii of Mg²⁺ and O²⁻ are 0.072 nm and 0.140 nm. Using the radius-ratio rules, predict the coordination number of the cation in MgO."""
    ratio = 0.072 / 0.140
    return 6 if 0.414 <= ratio < 0.732 else (4 if ratio >= 0.225 else 3)


@item(
    S,
    "ceramics_composites",
    "mm",
    "Critical fibre length l_c = σ_f* d/(2τ_c) (Callister ch. 16)",
    solution="l_c = 3.5×10³ MPa · 7×10⁻³ mm/(2 · 25 MPa) = 0.49 mm.",
    forms=("unicode", "unit_conversion"),
)
def h10b_ceramics_composites_08():
    """A carbon fibre of diameter 7 µm and tensile strength 3.5 GPa is embedded in a polymer; the fibre–matrix bond strength (shear yield strength of the matrix) is 25 MPa. Calculate the critical fibre length in millimetres."""
    return Q_(3.5, "GPa") * Q_(7, "um") / (2 * Q_(25, "MPa"))


@item(
    S,
    "ceramics_composites",
    "g/cm**3",
    "Rock-salt structure ρ = n′(ΣA_C + ΣA_A)/(V_C N_A), n′ = 4 (Callister ch. 12)",
    solution="ρ = 4(24.305 + 15.999)/[(0.4213×10⁻⁷ cm)³ · 6.022×10²³] = 161.22/45.03 = 3.58 g/cm³.",
    forms=("unicode", "mixed_topics"),
)
def h10b_ceramics_composites_09():
    """Magnesium oxide has the rock-salt structure with a lattice parameter of 4.213 Å. With A(Mg) = 24.305 and A(O) = 15.999 g/mol, compute the theoretical density of MgO in g/cm³, to three significant figures."""
    return 4 * Q_(24.305 + 15.999, "g/mol") / (Q_(4.213, "angstrom") ** 3 * AVOGADRO)


# ---------------------------------------------------------------- corrosion


@item(
    S,
    "corrosion",
    "g",
    "Faraday's law m = ItM/(nF) (Callister ch. 17)",
    solution="m = 2.5 · 28 800 · 65.38/(2 · 96 485) = 24.4 g.",
    forms=("unicode", "story"),
)
def h10b_corrosion_01():
    """A galvanic zinc anode on a ship's hull delivers a steady protective current of 2.5 A. What mass of zinc, in grams, is consumed in 8 hours? (A(Zn) = 65.38 g/mol; Zn → Zn²⁺ + 2e⁻.)"""
    return Q_(2.5, "A") * Q_(8, "hour") * Q_(65.38, "g/mol") / (2 * F_CONST)


@item(
    S,
    "corrosion",
    "mm/year",
    "Corrosion penetration rate CPR = W/(ρAt) (Callister ch. 17)",
    solution="Volume lost = 485/7.9 = 61.4 cm³; A = 100 in² = 645.2 cm²; CPR = 61.4/645.2 cm per year = 0.0952 cm/yr = 0.952 mm/yr.",
    forms=("us_units", "story", "unit_conversion"),
)
def h10b_corrosion_02():
    """A steel coupon buried beside a pipeline in wet clay lost 485 g in one year. The exposed area of the coupon was 100 in.² and the density of the steel is 7.9 g/cm³. Calculate the corrosion penetration rate in mm per year."""
    volume = Q_(485, "g") / Q_(7.9, "g/cm**3")
    return volume / (Q_(100, "inch**2") * Q_(1, "year"))


@item(
    S,
    "corrosion",
    "mV",
    "Nernst equation ΔV = ΔV° − (RT/nF) ln([M₁ⁿ⁺]/[M₂ⁿ⁺]) (Callister ch. 17)",
    solution="ΔV° = −0.250 − (−0.403) = 0.153 V (Cd oxidised, Ni reduced); ΔV = 0.153 − (0.02569/2) ln(0.5/1.0×10⁻³) = 0.153 − 0.0798 = 0.0732 V = 73.2 mV.",
    forms=("unicode", "unit_conversion", "table", "extra_rows"),
)
def h10b_corrosion_03():
    """Standard electrode potentials at 25 °C:

    | couple       | V° (V)  |
    |--------------|---------|
    | Fe²⁺/Fe      | −0.440  |
    | Cd²⁺/Cd      | −0.403  |
    | Ni²⁺/Ni      | −0.250  |
    | Cu²⁺/Cu      | +0.340  |

    A cell is made of a cadmium electrode in 0.50 M Cd²⁺ and a nickel electrode in 1.0 × 10⁻³ M Ni²⁺. Compute, in millivolts, the cell potential at 25 °C, taking it as positive in the spontaneous direction as written with Cd oxidised."""
    t = Q_(298.15, "K")
    dv0 = Q_(-0.250 - (-0.403), "V")
    return dv0 - R_GAS * t / (2 * F_CONST) * math.log(0.50 / 1.0e-3)


@item(
    S,
    "corrosion",
    "dimensionless",
    "Pilling–Bedworth ratio P–B = A_O ρ_M/(a A_M ρ_O) (Callister ch. 17)",
    solution="P–B = 101.96 · 2.70/(2 · 26.98 · 3.99) = 275.3/215.3 = 1.28.",
    forms=("tex",),
)
def h10b_corrosion_04():
    """Compute the Pilling–Bedworth ratio for aluminium forming $\\mathrm{Al_2O_3}$, given $\\rho(\\mathrm{Al}) = 2.70\\ \\mathrm{g\\,cm^{-3}}$, $\\rho(\\mathrm{Al_2O_3}) = 3.99\\ \\mathrm{g\\,cm^{-3}}$, $A(\\mathrm{Al}) = 26.98\\ \\mathrm{g\\,mol^{-1}}$ and $M(\\mathrm{Al_2O_3}) = 101.96\\ \\mathrm{g\\,mol^{-1}}$."""
    return 101.96 * 2.70 / (2 * 26.98 * 3.99)


@item(
    S,
    "corrosion",
    "mm/year",
    "Penetration rate r = iM/(nFρ) (Fontana; Callister ch. 17)",
    solution="r = 2.2×10⁻² A/m² · 0.05585 kg/mol/(2 · 96 485 · 7 870 kg/m³) = 8.09×10⁻¹³ m/s = 2.55×10⁻² mm/yr.",
    forms=("engineering_notation", "unit_conversion", "sci_notation"),
)
def h10b_corrosion_05():
    """Iron corrodes uniformly in an aerated solution with a corrosion current density of 2.2E-6 A/cm². Given ρ(Fe) = 7.87 g/cm³ and A(Fe) = 55.85 g/mol, and that iron dissolves as Fe²⁺, estimate the penetration rate in mm/year."""
    i = Q_(2.2e-6, "A/cm**2")
    return i * Q_(55.85, "g/mol") / (2 * F_CONST * Q_(7.87, "g/cm**3"))


@item(
    S,
    "corrosion",
    None,
    "Corrosion penetration rate CPR = W/(ρAt)",
    refuse="The stated density of zinc, 19.3 g/cm³, is far off the real value (about 7.14 g/cm³; 19.3 is gold's), so the data are inconsistent and the rate cannot be trusted.",
    solution="Zinc has ρ ≈ 7.14 g/cm³; 19.3 g/cm³ cannot be right for zinc, so the computation from the given data is refused.",
    forms=("unicode", "must_refuse", "impossible_given"),
)
def h10b_corrosion_06():
    """A zinc coupon of area 50 cm² and density 19.3 g/cm³ loses 0.80 g in 30 days of exposure to sea spray. Calculate the corrosion penetration rate in mm/yr."""
    return None


@item(
    S,
    "corrosion",
    "year",
    "r = iM/(nFρ); t = thickness/r (Callister ch. 17)",
    solution="r = 1.5×10⁻² A/m² · 0.06538/(2 · 96 485 · 7 140) = 7.12×10⁻¹³ m/s; t = 85×10⁻⁶/7.12×10⁻¹³ = 1.19×10⁸ s = 3.78 years.",
    forms=("unicode", "story", "derived_ask", "uncertainty"),
)
def h10b_corrosion_07():
    """A hot-dip galvanised guard-rail carries a zinc coating (85 ± 5) µm thick. In a coastal atmosphere the zinc corrodes uniformly at a current density of 1.5 µA cm⁻². With ρ(Zn) = 7.14 g cm⁻³, A(Zn) = 65.38 g mol⁻¹ and n = 2, after how many years will the nominal coating be consumed?"""
    rate = Q_(1.5, "uA/cm**2") * Q_(65.38, "g/mol") / (2 * F_CONST * Q_(7.14, "g/cm**3"))
    return Q_(85, "um") / rate


@item(
    S,
    "corrosion",
    "A/cm**2",
    "Activation polarisation η = β log(i/i₀) (Callister ch. 17)",
    solution="log(i/i₀) = 0.15/0.10 = 1.5 ⇒ i = 1.0×10⁻⁷ · 10^{1.5} = 3.16×10⁻⁶ A/cm².",
    forms=("unicode", "sci_notation", "symbols_in_where"),
)
def h10b_corrosion_08():
    """For the anodic dissolution of a metal, η = β log(i/i₀), where η is the overvoltage, β = 0.10 V per decade and i₀ = 1.0 × 10⁻⁷ A/cm² is the exchange current density. Compute the current density at an anodic overvoltage of +0.15 V."""
    return Q_(1.0e-7, "A/cm**2") * 10 ** (0.15 / 0.10)


@item(
    S,
    "corrosion",
    "mV",
    "Concentration cell ΔV = (RT/nF) ln(c₂/c₁) (Callister ch. 17)",
    solution="T = 313.15 K; RT/(2F) = 8.314 · 313.15/(2 · 96 485) = 0.013 49 V; ΔV = 0.013 49 · ln(0.50/0.010) = 0.013 49 · 3.912 = 0.0528 V = 52.8 mV.",
    forms=("unicode", "symbols_in_where", "nonnative_english", "story"),
)
def h10b_corrosion_09():
    """In a buried pipe the soil water at one place contain 0.50 M Fe²⁺ and at another place only 0.010 M Fe²⁺, the temperature of the ground being 40 °C. The potential difference between the two regions is ΔV = (RT/nF) ln(c₂/c₁), where n = 2 and c₂, c₁ are the two concentrations. Calculate ΔV in millivolt."""
    t = Q_(40 + 273.15, "K")
    return R_GAS * t / (2 * F_CONST) * math.log(0.50 / 0.010)
