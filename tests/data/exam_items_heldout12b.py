"""Set heldout12 (set M), second half: 60 questions over seven topics of a qualifying exam.

Written blind by a question writer who did not read the answer engine, the checker, the solver or
the earlier sets' questions (one item of set G was read for its format only). Each key is computed
in the body with pint quantities or plain math; ``solution`` is the worked solution in words and
``forms`` says how the question is written. A question with two standard readings returns a dict
of them; a question that cannot be answered returns None and says why (``refuse=``). The topics are
the second seven of ``HELDOUT12_TOPICS``.
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
    Q_E,
    R_GAS,
    H,
    kelvin,
    num,
)

S = "heldout12"

# standard atomic weights (g/mol)
A_H, A_C, A_O, A_S = 1.008, 12.011, 15.999, 32.06


# ---------------------------------------------------------------- electrical properties & semiconductors


@item(
    S,
    "electrical_semiconductors",
    "ohm*m",
    "intrinsic conduction σ = n_i|e|(μ_e + μ_h), ρ = 1/σ (Callister ch. 18)",
    solution="σ = n_i e (μ_e + μ_h) = 1.5×10¹⁶ m⁻³ · 1.602×10⁻¹⁹ C · (0.135 + 0.048) m²/(V·s) = 4.397×10⁻⁴ (Ω·m)⁻¹; ρ = 1/σ = 2.27×10³ Ω·m.",
    forms=("tex", "multiple_choice", "sci_notation", "unit_conversion"),
)
def h12b_electrical_semiconductors_01():
    r"""For intrinsic silicon at room temperature take $n_i = 1.5\times10^{10}\,\mathrm{cm^{-3}}$, $\mu_e = 0.135\,\mathrm{m^2\,V^{-1}\,s^{-1}}$ and $\mu_h = 0.048\,\mathrm{m^2\,V^{-1}\,s^{-1}}$. Compute the electrical resistivity in $\Omega\,\mathrm{m}$, written in scientific notation.
    (A) $4.4\times10^{-4}$ (B) $2.3\times10^{3}$ (C) $6.2\times10^{2}$ (D) $1.2\times10^{5}$ (E) $3.1\times10^{3}$"""
    n_i = Q_(1.5e10, "1/cm**3")
    sigma = n_i * Q_E * (Q_(0.135, "m**2/(V*s)") + Q_(0.048, "m**2/(V*s)"))
    return 1 / sigma


@item(
    S,
    "electrical_semiconductors",
    "V",
    "R = ρl/A with ρ = 1/σ; V = IR (Ohm's law)",
    solution="ρ = 1/σ = 1/(5.8×10⁷ S/m) = 1.724×10⁻⁸ Ω·m; A = π(1.0 mm)² = 3.1416×10⁻⁶ m²; R = ρl/A = 1.724×10⁻⁸ · 150/3.1416×10⁻⁶ = 0.8233 Ω; V = IR = 10 A · 0.8233 Ω = 8.23 V. The density is not needed.",
    forms=("unicode", "inverted_given", "distractor", "multi_step"),
)
def h12b_electrical_semiconductors_02():
    """A copper feeder 150 m long has a diameter of 2.0 mm. The electrical conductivity of the copper is 5.8 × 10⁷ (Ω·m)⁻¹ and its density 8.96 g/cm³. What voltage drop, in volts, occurs along the wire when it carries a steady current of 10 A?"""
    rho = 1 / Q_(5.8e7, "S/m")
    area = math.pi * Q_(1.0, "mm") ** 2
    return Q_(10, "A") * rho * Q_(150, "m") / area


@item(
    S,
    "electrical_semiconductors",
    "ohm*cm",
    "extrinsic n-type: σ ≈ n|e|μ_e with n = N_D (all donors ionised)",
    solution="With all donors ionised n = 10²² m⁻³ ≫ n_i, so σ = n e μ_e = 10²² · 1.602×10⁻¹⁹ · 0.14 = 224.3 (Ω·m)⁻¹ and ρ = 4.458×10⁻³ Ω·m = 0.446 Ω·cm. The Ge row and the hole mobility are not used.",
    forms=("table", "two_materials", "unit_conversion", "distractor"),
)
def h12b_electrical_semiconductors_03():
    """Room-temperature data for two elemental semiconductors:

    | material | E_g (eV) | n_i (m⁻³) | μ_e (m²/V·s) | μ_h (m²/V·s) |
    |---|---|---|---|---|
    | Si | 1.11 | 1.0 × 10¹⁶ | 0.14 | 0.045 |
    | Ge | 0.67 | 2.4 × 10¹⁹ | 0.38 | 0.18 |

    Silicon is doped with 10²² phosphorus atoms per cubic metre. (a) Is the material n- or p-type? (b) Assuming every donor is ionised, calculate its electrical resistivity in Ω·cm."""
    sigma = Q_(1e22, "1/m**3") * Q_E * Q_(0.14, "m**2/(V*s)")
    return 1 / sigma


@item(
    S,
    "electrical_semiconductors",
    "dimensionless",
    "intrinsic σ ∝ exp(−E_g/2kT) (Callister), or with the n_i ∝ T^{3/2} prefactor (Kittel)",
    solution="σ₂/σ₁ = exp[−(E_g/2k)(1/T₂ − 1/T₁)] with E_g/2k = 0.67/(2 · 8.617×10⁻⁵) = 3887.6 K, T₁ = 298.15 K, T₂ = 373.15 K: 1/T₂ − 1/T₁ = −6.741×10⁻⁴ K⁻¹, ratio = e^{2.621} = 13.7. Keeping the T^{3/2} factor of n_i multiplies this by (373.15/298.15)^{1.5} = 1.400, giving 19.2.",
    forms=("unicode", "two_readings", "derived_ask"),
)
def h12b_electrical_semiconductors_04():
    """The band gap of germanium is 0.67 eV. By what factor does the intrinsic electrical conductivity of Ge increase when it is heated from 25 °C to 100 °C? Neglect the temperature dependence of the mobilities."""
    eg = Q_(0.67, "eV")
    t1, t2 = kelvin(25), kelvin(100)
    expo = math.exp(num(-eg / (2 * K_BOLTZ) * (1 / t2 - 1 / t1)))
    return {
        "exponential factor only (Callister)": expo,
        "with n_i ∝ T^{3/2}": expo * num(t2 / t1) ** 1.5,
    }


@item(
    S,
    "electrical_semiconductors",
    "cm**2/(V*s)",
    "Hall effect V_H = R_H I B/d with R_H = −1/(n|e|); μ_e = σ/(n|e|) = |R_H|σ",
    solution="|R_H| = V_H d/(I B) = 1.8×10⁻⁵ V · 0.5×10⁻³ m/(30×10⁻³ A · 0.45 T) = 6.667×10⁻⁷ m³/C, so n = 1/(|R_H| e) = 9.36×10²⁴ m⁻³. μ_e = σ|R_H| = 1.2×10⁴ · 6.667×10⁻⁷ = 8.0×10⁻³ m²/(V·s) = 80 cm²/(V·s).",
    forms=("tex", "multi_step", "unit_conversion"),
)
def h12b_electrical_semiconductors_05():
    r"""A Hall-effect measurement is made on an n-type semiconductor strip $0.5\,\mathrm{mm}$ thick. With a current of $30\,\mathrm{mA}$ along the strip and a magnetic field of $0.45\,\mathrm{T}$ normal to it, a Hall voltage of $-18\,\mu\mathrm{V}$ is measured. The conductivity of the material is $1.2\times10^{4}\,(\Omega\,\mathrm{m})^{-1}$. (a) Determine the electron concentration. (b) Compute the electron mobility in $\mathrm{cm^2\,V^{-1}\,s^{-1}}$."""
    r_h = Q_(18e-6, "V") * Q_(0.5, "mm") / (Q_(30, "mA") * Q_(0.45, "T"))
    return Q_(1.2e4, "S/m") * r_h


@item(
    S,
    "electrical_semiconductors",
    "nohm*m",
    "Matthiessen's rule ρ = ρ_t + ρ_i; ρ_i = A c_i(1 − c_i) (Callister ch. 18)",
    solution="ρ_t(120 °C) = 1.72×10⁻⁸ · [1 + 0.0039 · 100] = 2.391×10⁻⁸ Ω·m; ρ_i = 1.2×10⁻⁶ · 0.025 · 0.975 = 2.925×10⁻⁸ Ω·m; ρ = 5.316×10⁻⁸ Ω·m = 53.2 nΩ·m.",
    forms=("unicode", "multi_step", "unit_conversion"),
)
def h12b_electrical_semiconductors_06():
    """The thermal contribution to the resistivity of pure copper is ρ_t = 1.72 × 10⁻⁸ Ω·m [1 + 0.0039 (T − 20 °C)]. For nickel in solid solution in copper the impurity contribution is ρ_i = A c(1 − c) with A = 1.2 × 10⁻⁶ Ω·m and c the atom fraction of Ni. Estimate the resistivity of a Cu–2.5 at% Ni alloy at 120 °C, in nanohm-metres."""
    rho_t = Q_(1.72e-8, "ohm*m") * (1 + 0.0039 * (120 - 20))
    c = 0.025
    rho_i = Q_(1.2e-6, "ohm*m") * c * (1 - c)
    return rho_t + rho_i


@item(
    S,
    "electrical_semiconductors",
    "nC",
    "parallel-plate capacitor C = ε_r ε₀ A/l; Q = CV",
    solution="C = ε_r ε₀ A/l = 6.0 · 8.854×10⁻¹² · 4.0×10⁻⁴ m²/(0.25×10⁻³ m) = 8.500×10⁻¹¹ F; Q = CV = 8.500×10⁻¹¹ · 50 V = 4.25×10⁻⁹ C = 4.25 nC. The dielectric strength only shows that 50 V (0.2 MV/m) is safe.",
    forms=("words_units", "distractor", "multi_step", "unit_conversion"),
)
def h12b_electrical_semiconductors_07():
    """A parallel-plate capacitor has plates of area 4.0 square centimetres separated by a mica sheet 0.25 millimetres thick. The dielectric constant of the mica is 6.0 and its dielectric strength 100 megavolts per metre. How much charge, in nanocoulombs, is stored on each plate when 50 volts is applied?"""
    cap = 6.0 * EPS0 * Q_(4.0, "cm**2") / Q_(0.25, "mm")
    return cap * Q_(50, "V")


@item(
    S,
    "electrical_semiconductors",
    None,
    "unit does not fit the quantity",
    refuse="A band gap is an energy; it cannot be expressed in ohm-metres, so the ask has no answer.",
    solution="The band gap of GaAs is an energy (about 1.42 eV); an answer in Ω·m (a resistivity unit) is not a band gap, so the question must be refused.",
    forms=("refuse_unit_mismatch", "unicode", "distractor"),
)
def h12b_electrical_semiconductors_08():
    """Gallium arsenide has an electron mobility of 0.85 m²/(V·s) and a hole mobility of 0.04 m²/(V·s); its intrinsic carrier concentration at 300 K is 2.1 × 10¹² m⁻³. Calculate the band gap of GaAs, expressed in Ω·m."""
    return None


@item(
    S,
    "electrical_semiconductors",
    "micrometer",
    "Einstein relation D = μkT/|e|; diffusion length L = √(Dτ), τ = 1/(recombination rate)",
    solution="τ = 1/(1.0×10⁶ s⁻¹) = 1.0 µs; D = μkT/e = 450 cm²/(V·s) · 0.025852 V = 11.63 cm²/s; L = √(Dτ) = √(11.63×10⁻⁴ m²/s · 10⁻⁶ s) = 3.41×10⁻⁵ m = 34.1 µm.",
    forms=("unicode", "inverted_given", "multi_step", "harder"),
)
def h12b_electrical_semiconductors_09():
    """In an n-type silicon wafer at 300 K the minority holes have a mobility of 450 cm²/(V·s) and recombine at a rate of 1.0 × 10⁶ per second (per hole). Using the Einstein relation, find the hole diffusion length in µm."""
    tau = 1 / Q_(1.0e6, "1/s")
    d = Q_(450, "cm**2/(V*s)") * K_BOLTZ * Q_(300, "K") / Q_E
    return (d * tau) ** 0.5


# ---------------------------------------------------------------- magnetic properties


@item(
    S,
    "magnetic",
    "kA/m",
    "M_s = (moment per atom) × μ_B × (atoms per volume); FCC n = 4/a³",
    solution="N = 4/a³ = 4/(0.3524×10⁻⁹ m)³ = 9.140×10²⁸ m⁻³; M_s = 0.60 · 9.274×10⁻²⁴ A·m² · 9.140×10²⁸ m⁻³ = 5.086×10⁵ A/m = 509 kA/m.",
    forms=("unicode", "multiple_choice", "multi_step", "unit_conversion"),
)
def h12b_magnetic_01():
    """Nickel is FCC with a lattice parameter of 0.3524 nm, and each Ni atom carries a net moment of 0.60 Bohr magneton. Calculate the saturation magnetization of nickel in kA/m.
    (A) 127 (B) 254 (C) 509 (D) 848 (E) 1 020"""
    n = 4 / Q_(0.3524, "nm") ** 3
    return 0.60 * BOHR * n


@item(
    S,
    "magnetic",
    "mT",
    "H = NI/l in a long solenoid; B = μ₀μ_r H",
    solution="H = NI/l = 400 · 1.5 A/0.25 m = 2400 A/m; for the soft-iron core B = μ₀μ_r H = 1.2566×10⁻⁶ T·m/A · 150 · 2400 A/m = 0.4524 T = 452 mT. The permalloy permeability is not used.",
    forms=("two_materials", "unicode", "unit_conversion"),
)
def h12b_magnetic_02():
    """A coil of 400 turns is wound uniformly on a rod 0.25 m long and carries 1.5 A. Two cores are available: a commercial soft iron with relative permeability 150, and a permalloy with relative permeability 2 500. For the soft-iron core, what flux density B (in mT) is produced inside the rod?"""
    h = 400 * Q_(1.5, "A") / Q_(0.25, "m")
    return MU0 * 150 * h


@item(
    S,
    "magnetic",
    "percent",
    "M = χ_m H; B = μ₀(H + M), so (B − μ₀H)/μ₀H = χ_m",
    solution="M = χ_m H = 2.07×10⁻⁵ · 8.0×10⁴ A/m = 1.656 A/m (part a). The magnetization adds μ₀M to μ₀H, i.e. a fraction χ_m = 2.07×10⁻⁵ = 0.00207 %.",
    forms=("tex", "derived_ask", "sci_notation"),
)
def h12b_magnetic_03():
    r"""Aluminium has a volume susceptibility $\chi_m = 2.07\times10^{-5}$. A specimen is placed in a field $H = 8.0\times10^{4}\,\mathrm{A\,m^{-1}}$. (a) Compute the magnetization. (b) By what percentage does the flux density inside the aluminium exceed the value $\mu_0 H$ it would have in vacuum?"""
    chi = 2.07e-5
    h = Q_(8.0e4, "A/m")
    m = chi * h
    return Q_(num(MU0 * m / (MU0 * h)), "dimensionless")


@item(
    S,
    "magnetic",
    "T",
    "ferrimagnetic Fe₃O₄: 4 μ_B net per formula unit (Fe²⁺), 8 formula units per cubic cell; B_s = μ₀M_s",
    solution="Only the Fe²⁺ moments (4 μ_B) survive the antiparallel Fe³⁺ cancellation: M_s = 8 · 4 · 9.274×10⁻²⁴/(0.839×10⁻⁹)³ = 2.968×10⁻²²/5.906×10⁻²⁸ = 5.025×10⁵ A/m; B_s = μ₀M_s = 0.631 T.",
    forms=("unicode", "multi_step", "harder"),
)
def h12b_magnetic_04():
    """Magnetite, Fe₃O₄, has the inverse spinel structure with a cubic unit cell of edge 0.839 nm containing eight formula units. The Fe³⁺ ions (5 μ_B each) sit equally on tetrahedral and octahedral sites, while the Fe²⁺ ions (4 μ_B) are all octahedral. Compute the saturation flux density B_s = μ₀M_s of magnetite, in tesla."""
    moment = 8 * 4 * BOHR
    m_s = moment / Q_(0.839, "nm") ** 3
    return MU0 * m_s


@item(
    S,
    "magnetic",
    None,
    "M_s = n μ_B N holds only below T_C",
    refuse="At 900 °C iron is above its Curie temperature (768 °C) and paramagnetic; it has no spontaneous saturation magnetization for the relation to give.",
    solution="The saturation relation M_s = 2.22 μ_B N describes ferromagnetic iron below T_C = 768 °C. At 900 °C iron is paramagnetic (and FCC γ-iron), so no saturation magnetization can be computed from these data; the question is refused.",
    forms=("refuse_outside_validity", "unicode"),
)
def h12b_magnetic_05():
    """Iron is BCC with a = 0.2866 nm, each atom carrying 2.22 Bohr magnetons; its Curie temperature is 768 °C. Using these data, compute the saturation magnetization of an iron bar held at 900 °C, in A/m."""
    return None


@item(
    S,
    "magnetic",
    "W",
    "hysteresis loss per cycle = loop area ≈ 4H_cB_r for a square loop; P = W_h f V; 1 Oe = 10³/4π A/m, 1 G = 10⁻⁴ T",
    rel_tol=0.10,
    solution="H_c = 1.0 Oe = 79.58 A/m, B_r = 12 kG = 1.2 T. Loop area ≈ 4 · 79.58 · 1.2 = 382.0 J/m³ per cycle; P = 382.0 · 60 · 2.5×10⁻⁴ = 5.73 W (an estimate; ±10 % accepted).",
    forms=("cgs_units", "estimate", "multi_step", "words_units"),
)
def h12b_magnetic_06():
    """A transformer core of a silicon iron has a nearly rectangular hysteresis loop with a coercive force of 1.0 oersted and a remanence of 12 kilogauss. The core volume is 250 cubic centimetres and it is cycled at 60 Hz. Estimate the hysteresis power loss in the core, in watts (the answer is accepted within 10 %)."""
    h_c = Q_(1000 / (4 * math.pi), "A/m")
    b_r = Q_(12e3 * 1e-4, "T")
    loss = 4 * h_c * b_r
    return loss * Q_(60, "1/s") * Q_(250, "cm**3")


@item(
    S,
    "magnetic",
    "degC",
    "Curie law χ = C/T",
    solution="C = χT = 3.0×10⁻⁴ · 300 K = 0.090 K; χ = 1.0×10⁻³ at T = C/χ = 90 K = −183.15 °C.",
    forms=("unicode", "temperature_celsius", "derived_ask"),
)
def h12b_magnetic_07():
    """A dilute paramagnetic salt obeys Curie's law; its susceptibility is 3.0 × 10⁻⁴ at 300 K. At what temperature, in °C, will its susceptibility reach 1.0 × 10⁻³?"""
    c = 3.0e-4 * Q_(300, "K")
    return (c / 1.0e-3).to("K")


@item(
    S,
    "magnetic",
    "K",
    "superconducting critical field B_c(T) = B_c(0)[1 − (T/T_c)²]",
    solution="Solving 0.050 = 0.0803[1 − (T/7.19)²]: (T/7.19)² = 1 − 0.6227 = 0.3773, T = 7.19 · 0.6143 = 4.42 K. Above this temperature the 0.050 T field quenches superconductivity. The Nb row is not used.",
    forms=("table", "two_materials", "derived_ask", "max_design"),
)
def h12b_magnetic_08():
    """Critical data for two elemental superconductors:

    | element | T_c (K) | B_c(0) (T) |
    |---|---|---|
    | Pb | 7.19 | 0.0803 |
    | Nb | 9.25 | 0.198 |

    A lead coil must remain superconducting in a field of 0.050 T. What is the maximum operating temperature, in K?"""
    t_c = Q_(7.19, "K")
    return t_c * math.sqrt(1 - 0.050 / 0.0803)


@item(
    S,
    "magnetic",
    "kJ/m**3",
    "for a linear second-quadrant demagnetisation curve (BH)_max = B_r H_c/4",
    solution="With a straight demagnetisation line from (0, B_r) to (−H_c, 0) the product BH peaks at the midpoint: (BH)_max = (1.1/2)(900×10³/2) = 2.475×10⁵ J/m³ = 248 kJ/m³.",
    forms=("tex", "estimate"),
)
def h12b_magnetic_09():
    r"""A sintered Nd–Fe–B magnet has remanence $B_r = 1.1\,\mathrm{T}$ and coercivity $H_c = 900\,\mathrm{kA\,m^{-1}}$. Assuming its demagnetisation curve is a straight line between these two points, estimate the maximum energy product $(BH)_{max}$ in $\mathrm{kJ\,m^{-3}}$."""
    return Q_(1.1, "T") * Q_(900, "kA/m") / 4


# ---------------------------------------------------------------- optical properties


@item(
    S,
    "optical",
    "percent",
    "n = c/v; normal-incidence reflectivity R = ((n − 1)/(n + 1))²",
    solution="n = c/v = 2.998×10⁸/1.97×10⁸ = 1.5218; R = (0.5218/2.5218)² = 0.0428 = 4.28 %.",
    forms=("unicode", "multi_step", "sci_notation"),
)
def h12b_optical_01():
    """Light travels through a borosilicate glass at 1.97 × 10⁸ m/s. What percentage of light incident normally from air is reflected at its surface? Give three significant figures."""
    n = num(C0 / Q_(1.97e8, "m/s"))
    return Q_(((n - 1) / (n + 1)) ** 2, "dimensionless")


@item(
    S,
    "optical",
    "nm",
    "absorption edge λ_max = hc/E_g",
    solution="λ = hc/E_g = 1239.84 eV·nm/2.42 eV = 512 nm; longer wavelengths pass, so CdS looks yellow-orange. The ZnSe gap is not used.",
    forms=("multiple_choice", "two_materials", "unicode"),
)
def h12b_optical_02():
    """Cadmium sulphide has a band gap of 2.42 eV and zinc selenide one of 2.70 eV. What is the longest wavelength of light, in nm, that CdS absorbs by band-to-band excitation?
    (A) 459 nm (B) 512 nm (C) 545 nm (D) 620 nm (E) 1 107 nm"""
    return H * C0 / Q_(2.42, "eV")


@item(
    S,
    "optical",
    "mm",
    "I_T = I₀(1 − R)² e^{−βx}, R = ((n − 1)/(n + 1))²",
    solution="R = (0.5/2.5)² = 0.040, (1 − R)² = 0.9216. e^{−βx} = 0.80/0.9216 = 0.8681, βx = 0.1415; with β = 0.030 cm⁻¹ = 3.0 m⁻¹, x = 0.04716 m = 47.2 mm.",
    forms=("tex", "multi_step", "max_design", "harder"),
)
def h12b_optical_03():
    r"""A window glass has refractive index $n = 1.50$ and absorption coefficient $\beta = 0.030\,\mathrm{cm^{-1}}$. Allowing for reflection losses at both faces, what is the maximum thickness, in mm, for which at least 80 % of normally incident light is transmitted?"""
    n = 1.50
    r = ((n - 1) / (n + 1)) ** 2
    beta = Q_(0.030, "1/cm")
    return math.log((1 - r) ** 2 / 0.80) / beta


@item(
    S,
    "optical",
    "degree",
    "numerical aperture NA = √(n₁² − n₂²) = sin θ_a (launch from air)",
    solution="NA = √(1.48² − 1.46²) = √0.0588 = 0.2425; θ_a = arcsin 0.2425 = 14.03°. (The critical angle at the core–cladding interface is arcsin(1.46/1.48) = 80.6°.)",
    forms=("unicode", "multi_step", "derived_ask"),
)
def h12b_optical_04():
    """A step-index optical fibre has a core of refractive index 1.48 and a cladding of index 1.46. (a) Calculate the critical angle at the core–cladding interface. (b) What is the maximum half-angle, in degrees, at which light entering the fibre end from air is still guided?"""
    na = math.sqrt(1.48**2 - 1.46**2)
    return Q_(math.degrees(math.asin(na)), "degree")


@item(
    S,
    "optical",
    "dimensionless",
    "photon energy E = hc/λ; N = pulse energy/E",
    solution="E = hc/λ = 6.626×10⁻³⁴ · 2.998×10⁸/694.3×10⁻⁹ = 2.861×10⁻¹⁹ J (1.786 eV); N = 2.0×10⁻³ J/2.861×10⁻¹⁹ J = 6.99×10¹⁵ photons.",
    forms=("unicode", "sci_notation", "multi_step"),
)
def h12b_optical_05():
    """A ruby laser emits at 694.3 nm. (a) What is the energy of one photon in eV? (b) How many photons are contained in a single 2.0 mJ pulse? Give (b) in scientific notation."""
    e = H * C0 / Q_(694.3, "nm")
    return Q_(2.0, "mJ") / e


@item(
    S,
    "optical",
    "degree",
    "Snell's law n₁ sin θ₁ = n₂ sin θ₂",
    solution="sin θ₂ = sin 35°/1.52 = 0.5736/1.52 = 0.3774; θ₂ = 22.2°. The dispersion and density are not needed.",
    forms=("tex", "distractor"),
)
def h12b_optical_06():
    r"""A ray in air strikes a crown glass ($n = 1.52$ at $589\,\mathrm{nm}$, Abbe number 59, density $2.51\,\mathrm{g\,cm^{-3}}$) at an angle of incidence of $35^{\circ}$. Find the angle of refraction in degrees."""
    return Q_(math.degrees(math.asin(math.sin(math.radians(35)) / 1.52)), "degree")


@item(
    S,
    "optical",
    None,
    "n = c/v; two givens for n disagree",
    refuse="The stem gives n = 1.52 and a light speed of 2.5 × 10⁸ m/s, which implies n = 1.20; the two givens disagree, so the reflectance is not determined.",
    solution="R = ((n − 1)/(n + 1))² needs n. The stated n = 1.52 gives R = 4.3 %, but c/v = 2.998×10⁸/2.5×10⁸ = 1.20 gives R = 0.8 %; the data contradict each other and the question must be refused.",
    forms=("refuse_conflicting_givens", "unicode"),
)
def h12b_optical_07():
    """A soda-lime glass plate has a refractive index of 1.52. The speed of light measured in the same plate is 2.5 × 10⁸ m/s. Calculate the fraction of normally incident light reflected at its front surface."""
    return None


@item(
    S,
    "optical",
    "ms",
    "luminescence decay I = I₀ e^{−t/τ}",
    solution="τ = t½/ln 2 = 2.5 ms/0.6931 = 3.607 ms; I/I₀ = 0.01 at t = τ ln 100 = 3.607 · 4.605 = 16.6 ms.",
    forms=("words_units", "derived_ask"),
)
def h12b_optical_08():
    """The phosphorescence of a zinc sulphide phosphor decays exponentially; its intensity falls to one half of its initial value in 2.5 milliseconds. How long, in milliseconds, after excitation stops does the intensity fall to 1 per cent of its initial value?"""
    tau = Q_(2.5, "ms") / math.log(2)
    return tau * math.log(100)


@item(
    S,
    "optical",
    "micrometer",
    "absorption edge λ = hc/E_g",
    solution="λ = hc/E_g = 1.23984 eV·µm/1.12 eV = 1.107 µm; photons of longer wavelength pass through the silicon.",
    forms=("words_units",),
)
def h12b_optical_09():
    """Silicon, with a band gap of 1.12 electronvolts, is used in photodetectors. Above what wavelength, in micrometres, does silicon become transparent to radiation?"""
    return H * C0 / Q_(1.12, "eV")


# ---------------------------------------------------------------- thermal properties


@item(
    S,
    "thermal",
    "mm",
    "ΔL = α L₀ ΔT",
    solution="ΔL = 23.6×10⁻⁶ °C⁻¹ · 2.5 m · (120 − 15) °C = 6.195×10⁻³ m = 6.20 mm.",
    forms=("unicode",),
)
def h12b_thermal_01():
    """An aluminium bus bar is 2.5 m long at 15 °C. Taking α = 23.6 × 10⁻⁶ °C⁻¹, by how many millimetres does it lengthen when heated to 120 °C?"""
    return 23.6e-6 * Q_(2.5, "m") * (120 - 15)


@item(
    S,
    "thermal",
    "MPa",
    "fully constrained rod σ = −Eα(T_f − T₀) (compressive on heating)",
    solution="σ = −Eα ΔT = −14.0×10⁶ psi · 11.1×10⁻⁶ °F⁻¹ · (200 − 70) °F = −20 202 psi = −139 MPa (compressive).",
    forms=("us_units", "sign", "unit_conversion"),
)
def h12b_thermal_02():
    """A brass rod (E = 14.0 × 10⁶ psi, α = 11.1 × 10⁻⁶ °F⁻¹) is fixed between rigid walls with no stress at 70 °F. Compute the thermal stress in the rod at 200 °F, in MPa, taking tension as positive."""
    e = Q_(14.0e6, "psi")
    return -e * 11.1e-6 * (200 - 70)


@item(
    S,
    "thermal",
    "kJ",
    "Q = m c_p ΔT (heat released on cooling is negative); 1 cal = 4.184 J",
    solution="Q = m c_p (T_f − T_i) = 2500 g · 0.0923 cal/(g·°C) · (25 − 400) °C = −86 531 cal = −86 531 · 4.184 J = −362 kJ (heat is released). The thermal conductivity is not needed.",
    forms=("cgs_units", "distractor", "unit_conversion", "sign"),
)
def h12b_thermal_03():
    """A 2.5 kg copper casting cools from 400 °C to 25 °C. For copper take c_p = 0.0923 cal/(g·°C) and k = 398 W/(m·K). Compute the heat absorbed by the casting in kJ (heat given off counts as negative)."""
    cp = Q_(0.0923, "cal/(g*delta_degC)")
    return Q_(2.5, "kg") * cp * Q_(25 - 400, "delta_degC")


@item(
    S,
    "thermal",
    "mJ/(mol*K)",
    "Debye T³ law C_v = (12π⁴/5) R (T/θ_D)³ for T ≪ θ_D",
    solution="C_v = (12π⁴/5) · 8.314 · (10/343)³ = 1943.8 J/(mol·K) · 2.478×10⁻⁵ = 0.04817 J/(mol·K) = 48.2 mJ/(mol·K).",
    forms=("tex", "unit_conversion"),
)
def h12b_thermal_04():
    r"""The Debye temperature of copper is $\theta_D = 343\,\mathrm{K}$. Using the low-temperature Debye law, calculate the lattice heat capacity $C_v$ of copper at $10\,\mathrm{K}$ in $\mathrm{mJ\,mol^{-1}\,K^{-1}}$."""
    return 12 * math.pi**4 / 5 * R_GAS * (10 / 343) ** 3


@item(
    S,
    "thermal",
    "MJ",
    "Fourier's law q = k ΔT/Δx; Q = q A t",
    solution="q = 51.9 · (300 − 100)/0.012 = 8.650×10⁵ W/m²; through 0.50 m² for 3600 s: Q = 8.650×10⁵ · 0.50 · 3600 = 1.557×10⁹ J = 1557 MJ.",
    forms=("unicode", "multi_step", "unit_conversion"),
)
def h12b_thermal_05():
    """A plain-carbon steel plate 12 mm thick (k = 51.9 W·m⁻¹·K⁻¹) has one face held at 300 °C and the other at 100 °C. How much heat, in MJ, flows through an area of 0.50 m² in one hour at steady state?"""
    q = Q_(51.9, "W/(m*K)") * Q_(200, "K") / Q_(12, "mm")
    return q * Q_(0.50, "m**2") * Q_(1, "hour")


@item(
    S,
    "thermal",
    "delta_degC",
    "thermal shock: ΔT_max = σ_f/(Eα) (uniaxial, Callister) or σ_f(1 − ν)/(Eα) (biaxial surface quench)",
    solution="Uniaxial: ΔT = 70×10⁶/(69×10⁹ · 9.0×10⁻⁶) = 112.7 °C. For the biaxially constrained surface of a quenched plate the stress is Eα ΔT/(1 − ν), so ΔT = 112.7 · 0.77 = 86.8 °C.",
    forms=("unicode", "two_readings", "max_design"),
)
def h12b_thermal_06():
    """A soda-lime glass has fracture strength 70 MPa, elastic modulus 69 GPa, Poisson's ratio 0.23 and coefficient of thermal expansion 9.0 × 10⁻⁶ °C⁻¹. What is the largest sudden temperature drop, in °C, that a glass plate can survive without cracking?"""
    base = Q_(70, "MPa") / (Q_(69, "GPa") * Q_(9.0e-6, "1/delta_degC"))
    return {"uniaxial σ_f/(Eα)": base, "biaxial σ_f(1 − ν)/(Eα)": base * (1 - 0.23)}


@item(
    S,
    "thermal",
    None,
    "σ = −EαΔT needs E",
    refuse="The thermal stress needs the elastic modulus, and the alloy is not named, so E is neither given nor known.",
    solution="σ = −EαΔT: α and ΔT are given, but the bar is an unnamed alloy and no elastic modulus is stated, so the stress cannot be computed; refuse.",
    forms=("refuse_missing_datum", "unicode"),
)
def h12b_thermal_07():
    """A bar of a proprietary alloy (α = 15.5 × 10⁻⁶ K⁻¹, thermal conductivity 28 W/(m·K)) is clamped rigidly at 20 °C and then cooled to −40 °C. Compute the stress developed in the bar in MPa."""
    return None


@item(
    S,
    "thermal",
    "degC",
    "shrink fit: D(T) = D₀[1 + α(T − T₀)] ≥ shaft diameter",
    solution="Required expansion ΔD = 100.00 − 99.90 = 0.10 mm; ΔT = 0.10/(99.90 · 12.0×10⁻⁶) = 83.4 °C; T = 20 + 83.4 = 103.4 °C.",
    forms=("unicode", "min_design", "temperature_celsius"),
)
def h12b_thermal_08():
    """A steel ring with a bore of 99.90 mm at 20 °C is to be shrunk onto a shaft of 100.00 mm diameter that stays at 20 °C. With α = 12.0 × 10⁻⁶ °C⁻¹ for the steel, to what minimum temperature, in °C, must the ring be heated so that it just slips over the shaft?"""
    dt = (100.00 - 99.90) / (99.90 * 12.0e-6)
    return kelvin(20 + dt)


@item(
    S,
    "thermal",
    "W/(m*K)",
    "Wiedemann–Franz law k = LσT with σ = 1/ρ",
    solution="k = LT/ρ = 2.44×10⁻⁸ · 293.15/1.59×10⁻⁸ = 450 W/(m·K). The gold data are not used.",
    forms=("tex", "two_materials", "inverted_given"),
)
def h12b_thermal_09():
    r"""At $20^{\circ}\mathrm{C}$ the electrical resistivity of silver is $1.59\times10^{-8}\,\Omega\,\mathrm{m}$ and that of gold $2.44\times10^{-8}\,\Omega\,\mathrm{m}$. Using the Wiedemann–Franz law with $L = 2.44\times10^{-8}\,\mathrm{W\,\Omega\,K^{-2}}$, estimate the thermal conductivity of silver in $\mathrm{W\,m^{-1}\,K^{-1}}$."""
    sigma = 1 / Q_(1.59e-8, "ohm*m")
    return Q_(2.44e-8, "W*ohm/K**2") * sigma * kelvin(20)


# ---------------------------------------------------------------- polymers


@item(
    S,
    "polymers",
    "dimensionless",
    "degree of polymerisation DP = M_n/m (repeat-unit molar mass)",
    abs_tol=3,
    solution="The PMMA repeat unit is C₅H₈O₂: m = 5 · 12.011 + 8 · 1.008 + 2 · 15.999 = 100.117 g/mol; DP = 350 000/100.117 = 3496.",
    forms=("unicode", "spaced_thousands", "nearest_integer"),
)
def h12b_polymers_01():
    """A poly(methyl methacrylate) has a number-average molecular weight of 350 000 g/mol. Compute its degree of polymerisation to the nearest integer."""
    m = 5 * A_C + 8 * A_H + 2 * A_O
    return 350000 / m


@item(
    S,
    "polymers",
    "dimensionless",
    "M_w = Σw_iM_i; M_n = 1/Σ(w_i/M_i); dispersity Đ = M_w/M_n",
    solution="M_w = Σw_iM_i = 1.0 + 5.0 + 9.0 + 10.0 + 5.0 = 30.0 kg/mol. M_n = 1/Σ(w_i/M_i) = 1/(0.0100 + 0.0125 + 0.0100 + 0.00625 + 0.0020) = 1/0.04075 = 24.54 kg/mol. Đ = 30.0/24.54 = 1.22.",
    forms=("table", "multi_step", "derived_ask", "harder"),
)
def h12b_polymers_02():
    """Size-exclusion chromatography of a polystyrene gives the following weight distribution:

    | molecular-weight range (kg/mol) | mean M_i (kg/mol) | weight fraction w_i |
    |---|---|---|
    | 5–15 | 10 | 0.10 |
    | 15–25 | 20 | 0.25 |
    | 25–35 | 30 | 0.30 |
    | 35–45 | 40 | 0.25 |
    | 45–55 | 50 | 0.10 |

    Determine the dispersity (polydispersity index) M_w/M_n of the sample, to three significant figures."""
    rows = [(10, 0.10), (20, 0.25), (30, 0.30), (40, 0.25), (50, 0.10)]
    m_w = sum(w * m for m, w in rows)
    m_n = 1 / sum(w / m for m, w in rows)
    return m_w / m_n


@item(
    S,
    "polymers",
    "percent",
    "% crystallinity = ρ_c(ρ_s − ρ_a)/[ρ_s(ρ_c − ρ_a)] × 100",
    solution="Crystallinity = 0.998 · (0.950 − 0.870)/[0.950 · (0.998 − 0.870)] = 0.07984/0.1216 = 65.7 %; the amorphous fraction is 100 − 65.7 = 34.3 %.",
    forms=("words_units", "derived_ask", "other_phase"),
)
def h12b_polymers_03():
    """A polyethylene sample has a density of 0.950 grams per cubic centimetre. The densities of totally crystalline and totally amorphous polyethylene are 0.998 and 0.870 grams per cubic centimetre. What percentage of the sample, by weight, is amorphous?"""
    rho_c, rho_a, rho_s = 0.998, 0.870, 0.950
    cryst = rho_c * (rho_s - rho_a) / (rho_s * (rho_c - rho_a))
    return Q_(1 - cryst, "dimensionless")


@item(
    S,
    "polymers",
    "percent",
    "copolymer: mean repeat-unit mass m̄ = M_n/DP = f m_S + (1 − f) m_B",
    solution="m̄ = 350 000/5000 = 70.0 g/mol. m_S (C₈H₈) = 104.15, m_B (C₄H₆) = 54.09 g/mol: f_S = (70.0 − 54.09)/(104.15 − 54.09) = 0.3178; the butadiene fraction is 1 − 0.3178 = 68.2 %.",
    forms=("unicode", "spaced_thousands", "multi_step", "other_phase"),
)
def h12b_polymers_04():
    """A random styrene–butadiene copolymer has a number-average molecular weight of 350 000 g/mol and a degree of polymerisation of 5 000. What fraction of its repeat units, in percent, are butadiene?"""
    m_s = 8 * A_C + 8 * A_H
    m_b = 4 * A_C + 6 * A_H
    mean = 350000 / 5000
    f_s = (mean - m_b) / (m_s - m_b)
    return Q_(1 - f_s, "dimensionless")


@item(
    S,
    "polymers",
    "week",
    "stress relaxation σ(t) = σ₀ exp(−t/τ)",
    solution="τ = 45 d/ln(6.0/4.2) = 45/0.3567 = 126.2 d; σ = 2.5 MPa at t = τ ln(6.0/2.5) = 126.2 · 0.8755 = 110.5 d = 15.8 weeks.",
    forms=("unicode", "derived_ask", "unit_conversion"),
)
def h12b_polymers_05():
    """A polymer strap held at constant strain carries an initial stress of 6.0 MPa, which relaxes to 4.2 MPa after 45 days. Assuming simple exponential relaxation, after how many weeks will the stress have fallen to 2.5 MPa?"""
    tau = Q_(45, "day") / math.log(6.0 / 4.2)
    return tau * math.log(6.0 / 2.5)


@item(
    S,
    "polymers",
    None,
    "DP = M_n/m needs the repeat unit",
    refuse="'Nylon' does not name the polymer: nylon 6 (repeat unit 113.2 g/mol) and nylon 6,6 (226.3 g/mol) give DPs differing by a factor of two.",
    solution="DP = M_n/m requires the repeat-unit mass, but 'a nylon' may be nylon 6 (m = 113.16 g/mol, DP ≈ 177), nylon 6,6 (m = 226.3 g/mol, DP ≈ 88) or another polyamide; the substance is ambiguous and the question is refused.",
    forms=("refuse_ambiguous_substance", "unicode"),
)
def h12b_polymers_06():
    """A nylon fibre has a number-average molecular weight of 20 000 g/mol and a melting point near 260 °C. Calculate its number-average degree of polymerisation."""
    return None


@item(
    S,
    "polymers",
    "nm",
    "random-walk chain r = l√N with N = 2 · DP backbone bonds",
    solution="m(C₂H₄) = 28.054 g/mol; DP = 500 000/28.054 = 17 823; N = 2 · 17 823 = 35 646 C–C bonds; r = 0.154 nm · √35 646 = 29.1 nm.",
    forms=("tex", "multi_step", "spaced_thousands"),
)
def h12b_polymers_07():
    r"""A linear polyethylene has $\bar{M}_n = 500\,000\,\mathrm{g\,mol^{-1}}$. The C–C bond length is $0.154\,\mathrm{nm}$ and the bond angle $109^{\circ}$. (a) Compute the total (fully extended, zig-zag) chain length. (b) Treating the chain as a random walk of backbone bonds, estimate the average end-to-end distance $r = l\sqrt{N}$ in nm."""
    dp = 500000 / (2 * A_C + 4 * A_H)
    n_bonds = 2 * dp
    return Q_(0.154, "nm") * math.sqrt(n_bonds)


@item(
    S,
    "polymers",
    "percent",
    "vulcanisation: S per crosslink × crosslinks per repeat unit; wt% = m_S/(m_S + m_polymer)",
    solution="At full crosslinking each isoprene unit (C₅H₈, 68.12 g/mol) carries one S atom (two S per crosslink, one crosslink per two units). At 30 %: 0.30 · 32.06 = 9.618 g S per 68.12 g polymer; wt% S = 9.618/(9.618 + 68.12) = 12.4 %.",
    forms=("unicode", "multi_step", "harder"),
)
def h12b_polymers_08():
    """Natural rubber (cis-polyisoprene, C₅H₈ repeat unit) is vulcanised with sulphur. Each crosslink consists of two sulphur atoms and joins two repeat units on neighbouring chains, one crosslink site per repeat unit. If 30 % of the possible crosslink sites are used, what is the weight percent of sulphur in the vulcanised rubber?"""
    m_iso = 5 * A_C + 8 * A_H
    s_per_unit = 0.30 * 2 / 2
    m_s = s_per_unit * A_S
    return Q_(m_s / (m_s + m_iso), "dimensionless")


# ---------------------------------------------------------------- ceramics & composites


@item(
    S,
    "ceramics_composites",
    "GPa",
    "iso-strain rule of mixtures E_cl = E_fV_f + E_mV_m",
    solution="E_cl = 10.5×10⁶ · 0.45 + 0.50×10⁶ · 0.55 = 5.00×10⁶ psi = 34.5 GPa. The tensile strengths are not needed.",
    forms=("us_units", "multiple_choice", "distractor", "unit_conversion"),
)
def h12b_ceramics_composites_01():
    """A continuous, aligned E-glass/polyester composite contains 45 vol% fibres. The fibre modulus is 10.5 × 10⁶ psi and its tensile strength 500 ksi; the polyester has a modulus of 0.50 × 10⁶ psi and strength 7 ksi. Compute the longitudinal modulus of elasticity of the composite in GPa.
    (A) 3.3 GPa (B) 14.8 GPa (C) 34.5 GPa (D) 41.4 GPa (E) 72.4 GPa"""
    e_f, e_m = Q_(10.5e6, "psi"), Q_(0.50e6, "psi")
    return e_f * 0.45 + e_m * 0.55


@item(
    S,
    "ceramics_composites",
    "dimensionless",
    "iso-strain E_cl = E_fV_f + E_mV_m; iso-stress 1/E_ct = V_f/E_f + V_m/E_m",
    solution="E_cl = 131 · 0.60 + 3.4 · 0.40 = 79.96 GPa; E_ct = 1/(0.60/131 + 0.40/3.4) = 1/(0.004580 + 0.11765) = 8.182 GPa; ratio = 9.77.",
    forms=("tex", "multi_step", "derived_ask"),
)
def h12b_ceramics_composites_02():
    r"""An aligned aramid-fibre/epoxy composite has $V_f = 0.60$, with $E_f = 131\,\mathrm{GPa}$ and $E_m = 3.4\,\mathrm{GPa}$. Compute the ratio of its longitudinal to its transverse modulus of elasticity."""
    e_f, e_m, v_f = Q_(131, "GPa"), Q_(3.4, "GPa"), 0.60
    e_l = e_f * v_f + e_m * (1 - v_f)
    e_t = 1 / (v_f / e_f + (1 - v_f) / e_m)
    return e_l / e_t


@item(
    S,
    "ceramics_composites",
    "percent",
    "longitudinal loading F_f/F_m = E_fV_f/(E_mV_m)",
    solution="F_f/F_m = 230 · 0.35/(2.4 · 0.65) = 80.5/1.56 = 51.6; the matrix carries 1/(1 + 51.6) = 1.90 % of the load.",
    forms=("words_units", "other_phase", "derived_ask"),
)
def h12b_ceramics_composites_03():
    """A unidirectional carbon-fibre/epoxy laminate with 35 volume percent fibres is loaded along the fibre direction. The moduli are 230 gigapascals for the fibres and 2.4 gigapascals for the epoxy. What percentage of the applied load is carried by the matrix?"""
    ff_fm = 230 * 0.35 / (2.4 * 0.65)
    return Q_(1 / (1 + ff_fm), "dimensionless")


@item(
    S,
    "ceramics_composites",
    "mm",
    "critical fibre length l_c = σ_f* d/(2τ_c)",
    solution="d = 2 · 3.5 µm = 7.0 µm; l_c = 3.5×10⁹ · 7.0×10⁻⁶/(2 · 12×10⁶) = 1.02×10⁻³ m = 1.02 mm.",
    forms=("unicode", "inverted_given", "unit_conversion"),
)
def h12b_ceramics_composites_04():
    """Carbon fibres of radius 3.5 µm and tensile strength 3.5 GPa are embedded in a matrix whose fibre–matrix bond strength (shear yield) is 12 MPa. What is the critical fibre length, in mm?"""
    d = 2 * Q_(3.5, "micrometer")
    return Q_(3.5, "GPa") * d / (2 * Q_(12, "MPa"))


@item(
    S,
    "ceramics_composites",
    "GPa",
    "porosity dependence of modulus E = E₀(1 − 1.9P + 0.9P²) (Callister ch. 12)",
    solution="E = 380 · (1 − 1.9 · 0.05 + 0.9 · 0.0025) = 380 · 0.90725 = 345 GPa. The sintering schedule and strength data are context only.",
    forms=("context_paragraph", "distractor", "unicode"),
)
def h12b_ceramics_composites_05():
    """Alumina powder (mean particle size 0.8 µm) was pressed at 150 MPa and sintered for 2 h at 1 600 °C, giving bars of 95 % relative density whose mean flexural strength was 310 MPa over 12 specimens.

    Fully dense alumina has E₀ = 380 GPa. Estimate the modulus of elasticity of the sintered bars, in GPa."""
    p = 0.05
    return Q_(380, "GPa") * (1 - 1.9 * p + 0.9 * p**2)


@item(
    S,
    "ceramics_composites",
    "N",
    "three-point flexure: rectangular σ = 3FL/(2bd²), circular σ = FL/(πR³)",
    solution="σ_fs = 3 · 1460 · 0.040/(2 · 0.010 · 0.005²) = 350.4 MPa. For a rod of R = 3.0 mm on the same span, F = σπR³/L = 350.4×10⁶ · π · 2.7×10⁻⁸/0.040 = 743 N.",
    forms=("unicode", "spaced_thousands", "multi_step", "harder"),
)
def h12b_ceramics_composites_06():
    """A rectangular bar of a silicon nitride, 10 mm wide and 5 mm thick, breaks at a load of 1 460 N in three-point bending over a 40 mm support span. (a) Compute its flexural strength. (b) At what load, in newtons, would a rod of the same material of radius 3.0 mm be expected to fracture on the same span?"""
    sigma = 3 * Q_(1460, "N") * Q_(40, "mm") / (2 * Q_(10, "mm") * Q_(5, "mm") ** 2)
    return sigma * math.pi * Q_(3.0, "mm") ** 3 / Q_(40, "mm")


@item(
    S,
    "ceramics_composites",
    "kg/m**3",
    "rock-salt structure: a = 2(r_C + r_A), ρ = n'(ΣA_C + ΣA_A)/(V_C N_A), n' = 4",
    solution="a = 2(0.072 + 0.140) = 0.424 nm; V = 7.622×10⁻²³ cm³; ρ = 4 · (24.305 + 15.999)/(7.622×10⁻²³ · 6.022×10²³) = 161.2/45.90 = 3.513 g/cm³ = 3513 kg/m³.",
    forms=("tex", "multi_step", "unit_conversion"),
)
def h12b_ceramics_composites_07():
    r"""Magnesium oxide has the rock-salt structure. The ionic radii are $r_{\mathrm{Mg^{2+}}} = 0.072\,\mathrm{nm}$ and $r_{\mathrm{O^{2-}}} = 0.140\,\mathrm{nm}$, and the atomic weights $24.305$ and $15.999\,\mathrm{g\,mol^{-1}}$. Compute the theoretical density of MgO in $\mathrm{kg\,m^{-3}}$."""
    a = 2 * (Q_(0.072, "nm") + Q_(0.140, "nm"))
    mass = 4 * Q_(24.305 + A_O, "g/mol") / AVOGADRO
    return mass / a**3


@item(
    S,
    "ceramics_composites",
    "MPa",
    "Griffith σ_c = √(2Eγ_s/(πa)), a = half the internal crack length",
    rel_tol=0.15,
    solution="a = 4.0 µm/2 = 2.0 µm; σ_c = √(2 · 300×10⁹ · 1.0/(π · 2.0×10⁻⁶)) = √(9.549×10¹⁶) = 3.09×10⁸ Pa = 309 MPa (±15 % accepted).",
    forms=("unicode", "multi_step", "estimate"),
)
def h12b_ceramics_composites_08():
    """A dense silicon carbide (E = 300 GPa, specific surface energy 1.0 J/m²) contains internal cracks 4.0 µm long. Using the Griffith criterion, estimate the fracture stress in MPa (answers within 15 % are accepted)."""
    a = Q_(4.0, "micrometer") / 2
    return (2 * Q_(300, "GPa") * Q_(1.0, "J/m**2") / (math.pi * a)) ** 0.5


# ---------------------------------------------------------------- corrosion


@item(
    S,
    "corrosion",
    "V",
    "Nernst: E = E° − (RT/nF) ln([Zn²⁺]/[Cu²⁺]), E° = 0.340 − (−0.763) V",
    decimals=3,
    solution="E° = 0.340 + 0.763 = 1.103 V; E = 1.103 − (8.314 · 298.15/(2 · 96 485)) ln(0.50/0.020) = 1.103 − 0.01285 · 3.219 = 1.103 − 0.0414 = 1.062 V.",
    forms=("tex", "multi_step", "decimals"),
)
def h12b_corrosion_01():
    r"""A Daniell cell consists of a zinc electrode in $0.50\,\mathrm{M}$ $\mathrm{Zn^{2+}}$ and a copper electrode in $0.020\,\mathrm{M}$ $\mathrm{Cu^{2+}}$ at $25^{\circ}\mathrm{C}$. With $E^{\circ}_{\mathrm{Cu^{2+}/Cu}} = +0.340\,\mathrm{V}$ and $E^{\circ}_{\mathrm{Zn^{2+}/Zn}} = -0.763\,\mathrm{V}$, compute the cell voltage to three decimal places."""
    e0 = Q_(0.340 - (-0.763), "V")
    return e0 - R_GAS * kelvin(25) / (2 * F_CONST) * math.log(0.50 / 0.020)


@item(
    S,
    "corrosion",
    "g",
    "Faraday's law m = ItM/(nF), Fe → Fe²⁺ + 2e⁻",
    solution="m = ItM/(nF) = 2.5 A · 86 400 s · 55.845 g/mol/(2 · 96 485 C/mol) = 62.5 g.",
    forms=("unicode", "spaced_thousands"),
)
def h12b_corrosion_02():
    """A buried steel pipe corrodes by Fe → Fe²⁺ + 2e⁻, with a corrosion current of 2.5 A. How many grams of iron are lost in one day? (M_Fe = 55.845 g/mol.)"""
    return Q_(2.5, "A") * Q_(1, "day") * Q_(55.845, "g/mol") / (2 * F_CONST)


@item(
    S,
    "corrosion",
    "mm/year",
    "corrosion penetration rate CPR = W/(ρAt)",
    solution="CPR = W/(ρAt) = 48.5 g/(7.90 g/cm³ · 400 cm² · 1 yr) = 0.01535 cm/yr = 0.153 mm/yr.",
    forms=("words_units", "spaced_thousands"),
)
def h12b_corrosion_03():
    """A mild-steel coupon of exposed area 400 square centimetres loses 48 500 milligrams in one year of immersion in sea water. The density of the steel is 7.90 grams per cubic centimetre. Compute the corrosion penetration rate in millimetres per year."""
    return Q_(48500, "mg") / (Q_(7.90, "g/cm**3") * Q_(400, "cm**2") * Q_(1, "year"))


@item(
    S,
    "corrosion",
    None,
    "galvanic series: a non-numeric ask",
    refuse="The question asks which metal corrodes and why — a qualitative answer, not a number.",
    solution="Zinc (E° = −0.763 V) is anodic to iron (−0.440 V) and corrodes sacrificially; this is a qualitative ask with no numeric key, so it is refused.",
    forms=("refuse_non_numeric", "unicode", "distractor"),
)
def h12b_corrosion_04():
    """A galvanised steel sheet (zinc coating 20 µm thick) is scratched through to the steel and exposed to rain. Given E°(Zn²⁺/Zn) = −0.763 V and E°(Fe²⁺/Fe) = −0.440 V, state which metal corrodes at the scratch and explain why."""
    return None


@item(
    S,
    "corrosion",
    "dimensionless",
    "Pilling–Bedworth ratio P–B = A_O ρ_M/(a A_M ρ_O)",
    solution="For Al₂O₃ (a = 2 Al per formula unit): P–B = 101.96 · 2.70/(2 · 26.98 · 3.95) = 275.3/213.1 = 1.29, a protective oxide. The Mg and Fe rows are not used.",
    forms=("table", "distractor"),
)
def h12b_corrosion_05():
    """Data for three metals and their oxides:

    | metal | A_M (g/mol) | ρ_M (g/cm³) | oxide | M_oxide (g/mol) | ρ_oxide (g/cm³) |
    |---|---|---|---|---|---|
    | Mg | 24.31 | 1.74 | MgO | 40.30 | 3.58 |
    | Al | 26.98 | 2.70 | Al₂O₃ | 101.96 | 3.95 |
    | Fe | 55.85 | 7.87 | FeO | 71.84 | 5.70 |

    Calculate the Pilling–Bedworth ratio for aluminium, to three significant figures."""
    return 101.96 * 2.70 / (2 * 26.98 * 3.95)


@item(
    S,
    "corrosion",
    "hour",
    "parabolic oxidation W² = K_p t",
    solution="K_p = 0.40²/90 min = 1.778×10⁻³ (mg/cm²)²/min; t = 1.5²/K_p = 2.25/1.778×10⁻³ = 1266 min = 21.1 h.",
    forms=("unicode", "derived_ask", "unit_conversion"),
)
def h12b_corrosion_06():
    """A nickel alloy oxidising at 900 °C follows a parabolic rate law; it gains 0.40 mg/cm² in the first 90 min. How long, in hours, from the start of exposure until the weight gain reaches 1.5 mg/cm²?"""
    k_p = Q_(0.40, "mg/cm**2") ** 2 / Q_(90, "min")
    return Q_(1.5, "mg/cm**2") ** 2 / k_p


@item(
    S,
    "corrosion",
    "thou/year",
    "penetration rate r = iM/(nFρ); 1 mil = 0.001 in.",
    solution="r = iM/(nFρ) = 4.0×10⁻⁶ A/cm² · 65.38 g/mol/(2 · 96 485 · 7.14 g/cm³) = 1.898×10⁻¹⁰ cm/s = 5.99×10⁻³ cm/yr = 0.0599 mm/yr = 2.36 mpy.",
    forms=("tex", "us_units", "multi_step", "unit_conversion"),
)
def h12b_corrosion_07():
    r"""A zinc coating corrodes uniformly at a current density of $4.0\times10^{-6}\,\mathrm{A\,cm^{-2}}$ ($\mathrm{Zn \rightarrow Zn^{2+} + 2e^-}$; $M = 65.38\,\mathrm{g\,mol^{-1}}$, $\rho = 7.14\,\mathrm{g\,cm^{-3}}$). Express its corrosion rate in mils per year (mpy)."""
    i = Q_(4.0e-6, "A/cm**2")
    return i * Q_(65.38, "g/mol") / (2 * F_CONST * Q_(7.14, "g/cm**3"))


@item(
    S,
    "corrosion",
    "V",
    "Nernst half-cell E = E° + (RT/nF) ln[Mⁿ⁺]",
    decimals=3,
    solution="E = −0.440 + (8.314 · 298.15/(2 · 96 485)) ln 0.0050 = −0.440 + 0.01285 · (−5.298) = −0.440 − 0.0681 = −0.508 V. This iron electrode is the anode of the couple.",
    forms=("unicode", "sign", "decimals", "distractor"),
)
def h12b_corrosion_08():
    """An iron electrode in 0.0050 M Fe²⁺ is coupled at 25 °C to a nickel electrode in 1.0 M Ni²⁺ (E° = −0.250 V). With E°(Fe²⁺/Fe) = −0.440 V, compute the reduction potential of the anode of this couple, in volts, to three decimal places."""
    e0 = Q_(-0.440, "V")
    return e0 + R_GAS * kelvin(25) / (2 * F_CONST) * math.log(0.0050)
