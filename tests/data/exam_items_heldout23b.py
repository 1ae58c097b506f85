"""Set heldout23 (set X), second half: 60 questions over seven topics of a qualifying exam.

Topics: electrical properties & semiconductors, magnetic, optical, thermal, polymers, ceramics &
composites, corrosion. Written blind: the writer read only the registry (``exam_items.py``), the
shared quantities (``exam_quantities.py``) and the head of one earlier item file for its layout; not
the answer engine, the checker, the solver or the questions of earlier sets. Each key is computed in
the body with pint quantities or plain math; ``solution`` is the worked solution in words, ``forms``
says how the text is written. A question with two standard readings returns a dict of them
(primary first); one that must be refused returns None and says why in ``refuse=``.
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
    Q_,
    Q_E,
    R_GAS,
    H,
    kelvin,
    num,
)

S = "heldout23"

K_EV = K_BOLTZ.to("eV/K")


def pick(value, options):
    """The multiple-choice option (pint quantities) nearest to the computed ``value``."""
    return min(options, key=lambda o: abs(num(o / value) - 1))


# ---------------------------------------------------------------- electrical & semiconductors


@item(
    S,
    "electrical_semiconductors",
    "S/m",
    "Intrinsic conductivity σ = n_i|e|(μ_e + μ_h) (Callister eq. 18.15)",
    solution="σ = n_i e (μ_e + μ_h) = 1,0 × 10¹⁶ m⁻³ × 1.602 × 10⁻¹⁹ C × (0.14 + 0.05) m²/(V·s) = 3.04 × 10⁻⁴ (Ω·m)⁻¹.",
    forms=("data_block", "decimal_comma", "one_step", "unicode"),
)
def h23b_electrical_semiconductors_01():
    """Data:
    - intrinsic carrier concentration n_i = 1,0·10^16 m^-3
    - electron mobility μ_e = 0,14 m²/V·s
    - hole mobility μ_h = 0,05 m²/V·s

    Using the data above for intrinsic silicon at room temperature, calculate its electrical conductivity in (Ω·m)⁻¹."""
    n_i = Q_(1.0e16, "1/m**3")
    return n_i * Q_E * (Q_(0.14, "m**2/(V*s)") + Q_(0.05, "m**2/(V*s)"))


@item(
    S,
    "electrical_semiconductors",
    "dimensionless",
    "Extrinsic n-type conductivity σ ≈ n|e|μ_e (Callister eq. 18.16)",
    decimals=2,
    solution="For an n-type extrinsic semiconductor σ ≈ n e μ_e, so n = σ/(e μ_e) = 100/(1.602 × 10⁻¹⁹ × 0.14) = 4.458 × 10²¹ m⁻³ = 4.458 × 10¹⁵ cm⁻³. log10(4.458 × 10¹⁵) = 15.65.",
    forms=("inverse", "answer_format", "two_step", "unit_conversion"),
)
def h23b_electrical_semiconductors_02():
    """We want n-type Si with a room-temperature conductivity of 100 (Ω·m)^-1. Taking the electron mobility as 0.14 m^2/(V s) and assuming every donor is ionized and electrons dominate, what donor concentration is needed? Give log10 of the concentration expressed in cm^-3 (two decimals)."""
    n = Q_(100, "S/m") / (Q_E * Q_(0.14, "m**2/(V*s)"))
    return math.log10(num(n * Q_(1, "cm**3")))


@item(
    S,
    "electrical_semiconductors",
    "dimensionless",
    "n_i ∝ T^{3/2} exp(−E_g/2kT) (Kittel ch. 8; Callister eq. 18.35 drops the T^{3/2} factor)",
    solution="Ratio = (T₂/T₁)^{3/2} exp[−(E_g/2k)(1/T₂ − 1/T₁)]. E_g/2k = 0.67/(2 × 8.617 × 10⁻⁵) = 3888 K; 1/400 − 1/300 = −8.333 × 10⁻⁴ K⁻¹, so the exponential factor is exp(3.240) = 25.53. With (4/3)^{3/2} = 1.540 the ratio is 39.3; without the T^{3/2} prefactor (Callister's form) it is 25.5.",
    forms=("two_reading", "tex", "two_step"),
)
def h23b_electrical_semiconductors_03():
    r"""For germanium ($E_g = 0.67$ eV), by what factor does the intrinsic carrier concentration $n_i$ increase when the temperature goes from 300 K to 400 K?"""
    eg = Q_(0.67, "eV")
    expo = math.exp(num(-eg / (2 * K_EV) * (1 / Q_(400, "K") - 1 / Q_(300, "K"))))
    return {
        "with T^(3/2) prefactor": (400 / 300) ** 1.5 * expo,
        "exponential only (Callister)": expo,
    }


@item(
    S,
    "electrical_semiconductors",
    "cm**2/(V*s)",
    "Hall effect V_H = IB/(n e d) and μ = σ/(n e) (Callister eqs. 18.18, 18.8)",
    solution="n = IB/(e d V_H) = 0.010 × 0.50/(1.602 × 10⁻¹⁹ × 5.0 × 10⁻⁴ × 2.5 × 10⁻³) = 2.497 × 10²² m⁻³. μ = 1/(ρ n e) = 1/(0.050 × 2.497 × 10²² × 1.602 × 10⁻¹⁹) = 5.00 × 10⁻³ m²/(V·s) = 50.0 cm²/(V·s).",
    forms=("multi_step", "story", "unit_conversion"),
)
def h23b_electrical_semiconductors_04():
    """In a lab session a bar of an n-type semiconductor, 0.5 mm thick in the direction of the magnetic field, carries a current of 10 mA. In a field of 0.5 T the Hall voltage reads 2.5 mV (magnitude), and the resistivity of the bar was measured as 0.05 Ω·m. What is the electron mobility in cm²/(V·s)?"""
    i, b, d, vh = Q_(10, "mA"), Q_(0.5, "T"), Q_(0.5, "mm"), Q_(2.5, "mV")
    n = i * b / (Q_E * d * vh)
    return 1 / (Q_(0.05, "ohm*m") * n * Q_E)


@item(
    S,
    "electrical_semiconductors",
    "micrometer",
    "Absorption edge λ = hc/E_g (Callister eq. 21.3; E_g(Si) = 1.11 eV, Callister table 18.3)",
    rel_tol=0.03,
    solution="Silicon's band gap is 1.11 eV (1.12 eV in Kittel). λ = hc/E_g = 1239.8 eV·nm/1.11 eV = 1117 nm = 1.12 μm, option (C).",
    forms=("mcq_options", "known_datum", "one_step"),
)
def h23b_electrical_semiconductors_05():
    """What is the longest wavelength of light that can create electron–hole pairs in pure silicon at room temperature?
    (A) 0.55 μm (B) 0.87 μm (C) 1.12 μm (D) 1.88 μm"""
    lam = H * C0 / Q_(1.11, "eV")
    return pick(lam, [Q_(v, "micrometer") for v in (0.55, 0.87, 1.12, 1.88)])


@item(
    S,
    "electrical_semiconductors",
    "1/m**3",
    "Mass-action law n p = n_i² (Sze ch. 1; Callister sec. 18.11)",
    refuse="The hole concentration follows from n p = n_i², but the semiconductor is not named and n_i is not given, so p cannot be determined.",
    solution="n = σ/(e μ_e) = 50/(1.602 × 10⁻¹⁹ × 0.2) = 1.56 × 10²¹ m⁻³, but the hole concentration needs n_i of the (unnamed) material through n p = n_i²; it is not determinable from the data.",
    forms=("must_refuse", "missing_datum"),
)
def h23b_electrical_semiconductors_06():
    """An n-type semiconductor wafer has a conductivity of 50 (Ω·m)⁻¹ and an electron mobility of 0.2 m²/V·s. Compute the hole concentration at room temperature."""
    return None


@item(
    S,
    "electrical_semiconductors",
    "percent",
    "ρ_t = ρ₀ + a T, i.e. R(T) = R₀[1 + α(T − T₀)] (Callister eq. 18.10)",
    solution="ΔR/R₀ = α ΔT = 0.0039 °C⁻¹ × (100 − 20) °C = 0.312 = 31.2 %. The density and the resistivity value are not needed.",
    forms=("change_ask", "answer_format", "distractor", "one_step"),
)
def h23b_electrical_semiconductors_07():
    """A copper bus bar (ρ = 1.72 × 10⁻⁸ Ω·m at 20 °C, density 8.96 g/cm³, temperature coefficient of resistance α = 0.0039 °C⁻¹) warms from 20 °C to 100 °C in service. By what percentage does its resistance increase?"""
    return Q_(0.0039, "1/delta_degC") * Q_(80, "delta_degC")


@item(
    S,
    "electrical_semiconductors",
    "ps",
    "Drift velocity v_d = μE (Callister eq. 18.7)",
    solution="E = V/L = 3 V/25 μm = 1.2 × 10⁵ V/m; v_d = μE = 0.135 m²/(V·s) × 1.2 × 10⁵ V/m = 1.62 × 10⁴ m/s; t = L/v_d = 25 × 10⁻⁶/1.62 × 10⁴ = 1.543 × 10⁻⁹ s = 1543 ps.",
    forms=("two_step", "unit_conversion", "story"),
)
def h23b_electrical_semiconductors_08():
    """A 3 V bias is applied across a 25 µm long silicon resistor. If the electron mobility is 1350 cm²/V·s, how long (in picoseconds) does an electron take to drift from one end to the other?"""
    length = Q_(25, "micrometer")
    v = Q_(1350, "cm**2/(V*s)") * Q_(3, "V") / length
    return length / v


@item(
    S,
    "electrical_semiconductors",
    "dimensionless",
    "Parallel-plate capacitor C = ε_r ε₀ A/l (Callister eq. 18.26)",
    solution="A = 1.0 in² = 6.452 × 10⁻⁴ m², l = 0.040 in = 1.016 × 10⁻³ m. ε_r = C l/(ε₀ A) = 10 × 10⁻¹² × 1.016 × 10⁻³/(8.854 × 10⁻¹² × 6.452 × 10⁻⁴) = 1.78.",
    forms=("inverse", "us_units", "one_step"),
)
def h23b_electrical_semiconductors_09():
    """A parallel-plate capacitor has square plates of area 1.0 in.² spaced 0.040 in. apart, with a polymer sheet filling the gap. Its capacitance is 10 pF. What is the dielectric constant of the polymer?"""
    a, gap = Q_(1.0, "inch**2"), Q_(0.040, "inch")
    return Q_(10, "pF") * gap / (EPS0 * a)


# ---------------------------------------------------------------- magnetic


@item(
    S,
    "magnetic",
    "A/m",
    "M_s = 0.60 μ_B N, N = ρN_A/A_Ni (Callister Example 20.1)",
    rel_tol=0.03,
    solution="N = ρ N_A/A = 8.90 g/cm³ × 6.022 × 10²³/58.69 g/mol = 9.13 × 10²² cm⁻³ = 9.13 × 10²⁸ m⁻³. M_s = 0.60 × 9.274 × 10⁻²⁴ A·m² × 9.13 × 10²⁸ m⁻³ = 5.08 × 10⁵ A/m.",
    forms=("known_datum", "two_step"),
)
def h23b_magnetic_01():
    """Each nickel atom contributes a net moment of 0.60 Bohr magneton. Estimate the saturation magnetization of nickel in A/m."""
    n = Q_(8.90, "g/cm**3") * AVOGADRO / Q_(58.69, "g/mol")
    return 0.60 * BOHR * n


@item(
    S,
    "magnetic",
    "A/m",
    "H = NI/l and M = χ_m H (Callister eqs. 20.1, 20.6)",
    solution="H = N I/l = 500 × 2,0 A/0,20 m = 5000 A/m. M = χ_m H = 2,1 × 10⁻⁵ × 5000 = 0.105 A/m.",
    forms=("decimal_comma", "two_step", "unicode"),
)
def h23b_magnetic_02():
    """A 0,20 m long coil of 500 turns carries 2,0 A. An aluminium rod (χ_m = 2,1·10⁻⁵) fills the coil. What magnetization M does the rod acquire, in A/m?"""
    h = 500 * Q_(2.0, "A") / Q_(0.20, "m")
    return 2.1e-5 * h


@item(
    S,
    "magnetic",
    "kA/m",
    "Ferrimagnetic spinel: M_s = (moments per cell)/a³ (Callister Example 20.2)",
    solution="In the inverse spinel the Fe³⁺ moments cancel; each Ni²⁺ carries 2 μ_B and there are 8 per cell. M_s = 8 × 2 × 9.274 × 10⁻²⁴/(0.834 × 10⁻⁹ m)³ = 1.484 × 10⁻²²/5.801 × 10⁻²⁸ = 2.56 × 10⁵ A/m = 256 kA/m. The magnetite density is not used.",
    forms=("distractor", "two_step", "unit_conversion"),
)
def h23b_magnetic_03():
    """Nickel ferrite NiFe₂O₄ has the inverse-spinel structure with a cubic unit cell of edge 0.834 nm containing 8 formula units; the Ni²⁺ ion carries 2 Bohr magnetons and the Fe³⁺ moments cancel. (For comparison magnetite, Fe₃O₄, has a density of 5.18 g/cm³.) Compute the saturation magnetization of nickel ferrite in kA/m."""
    return 8 * 2 * BOHR / Q_(0.834, "nm") ** 3


@item(
    S,
    "magnetic",
    "dimensionless",
    "Curie law χ = C/T (Kittel ch. 11)",
    solution="χ ∝ 1/T, so χ(77 K) = 3.5 × 10⁻⁴ × 300/77 = 1.364 × 10⁻³.",
    forms=("one_step", "story"),
)
def h23b_magnetic_04():
    """A paramagnetic salt obeys Curie's law. Its susceptibility at 300 K is 3.5 × 10⁻⁴ (SI, volume). What is its susceptibility when cooled in liquid nitrogen at 77 K?"""
    return 3.5e-4 * Q_(300, "K") / Q_(77, "K")


@item(
    S,
    "magnetic",
    "W",
    "Hysteresis loss per cycle = loop area (Callister sec. 20.9)",
    solution="Volume = a quarter of a litre = 2.5 × 10⁻⁴ m³. Energy per cycle = 250 J/m³ × 2.5 × 10⁻⁴ m³ = 0.0625 J; at 60 Hz the power is 0.0625 × 60 = 3.75 W.",
    forms=("number_words", "two_step", "story"),
)
def h23b_magnetic_05():
    """The hysteresis loop of a transformer-core steel encloses 250 J/m³ per cycle. The core has a volume of a quarter of a litre and runs on 60 Hz mains. What power is dissipated as hysteresis loss?"""
    return Q_(250, "J/m**3") * Q_(0.25, "L") * Q_(60, "Hz")


@item(
    S,
    "magnetic",
    "A/m",
    "B–H hysteresis loop: coercivity is a separate loop datum (Callister sec. 20.7)",
    refuse="The coercive field is an independent point of the hysteresis loop; it cannot be obtained from the remanence and saturation values alone.",
    solution="Remanence and saturation induction fix two points of the loop but not the field needed to bring B back to zero; H_c is not determinable from these data.",
    forms=("must_refuse", "not_determinable"),
)
def h23b_magnetic_06():
    """A sintered permanent-magnet alloy reaches a saturation induction of 1.25 T and keeps a remanent induction of 1.10 T after the field is removed. What is its coercive field H_c in A/m?"""
    return None


@item(
    S,
    "magnetic",
    "dimensionless",
    "Spin-only moment: saturation n μ_B vs effective √(n(n+2)) μ_B (Kittel ch. 11; Callister sec. 20.2)",
    solution="Fe³⁺ (3d⁵) has five unpaired spins. The saturation (ordered) moment is g S μ_B = 5 μ_B, as used in Callister's ferrite problems; the effective paramagnetic moment is g√(S(S+1)) μ_B = √(5 × 7) μ_B = 5.92 μ_B.",
    forms=("two_reading", "one_step", "unicode"),
)
def h23b_magnetic_07():
    """What is the spin-only magnetic moment of an Fe³⁺ ion, in Bohr magnetons?"""
    n = 5
    return {"saturation moment n μB": n, "effective moment √(n(n+2)) μB": math.sqrt(n * (n + 2))}


@item(
    S,
    "magnetic",
    "mT",
    "Critical field B_C(T) = B_C(0)[1 − (T/T_C)²] (Callister eq. 20.14)",
    solution="B_C = 0.0803 T × [1 − (4.2/7.19)²] = 0.0803 × (1 − 0.3412) = 0.0529 T = 52.9 mT. The niobium data are not needed.",
    forms=("distractor", "two_step", "unit_conversion"),
)
def h23b_magnetic_08():
    """Lead has T_C = 7.19 K and B_C(0) = 0.0803 T; niobium has T_C = 9.25 K and B_C(0) = 0.1944 T. A lead wire is held in liquid helium at 4.2 K. What is the largest field (in mT) it can sit in and remain superconducting?"""
    bc = Q_(0.0803, "T") * (1 - (4.2 / 7.19) ** 2)
    return bc


@item(
    S,
    "magnetic",
    "MA/m",
    "M_s = (atoms per cell × moment per atom)/a³ for BCC Fe (Callister ch. 20)",
    solution="BCC has 2 atoms per cell. M_s = 2 × 2.22 × 9.274 × 10⁻²⁴ A·m²/(0.2866 × 10⁻⁹ m)³ = 4.118 × 10⁻²³/2.354 × 10⁻²⁹ = 1.75 × 10⁶ A/m, option (B).",
    forms=("mcq_options", "two_step"),
)
def h23b_magnetic_09():
    """Iron is BCC with a = 0.2866 nm, and each atom carries 2.22 μ_B. Its saturation magnetization is closest to
    (A) 0.51 MA/m  (B) 1.75 MA/m  (C) 2.20 MA/m  (D) 3.50 MA/m"""
    ms = 2 * 2.22 * BOHR / Q_(0.2866, "nm") ** 3
    return pick(ms, [Q_(v, "MA/m") for v in (0.51, 1.75, 2.20, 3.50)])


# ---------------------------------------------------------------- optical


@item(
    S,
    "optical",
    "degree",
    "Total internal reflection sin θ_c = n₂/n₁ (Snell's law; Callister sec. 21.5)",
    solution="sin θ_c = 1.00/1.50 = 0.6667, θ_c = 41.8°.",
    forms=("data_block", "one_step", "code_spans"),
)
def h23b_optical_01():
    """Quick one for my notebook: light inside a glass block hits the glass/air surface. At what angle of incidence (from the normal, in degrees) does total internal reflection set in?

    Given: `n_glass = 1.50`, `n_air = 1.00`"""
    return Q_(math.degrees(math.asin(1.00 / 1.50)), "degree")


@item(
    S,
    "optical",
    "percent",
    "Normal-incidence reflectivity R = ((n − 1)/(n + 1))² (Callister eq. 21.13)",
    solution="R = ((2.42 − 1)/(2.42 + 1))² = (1.42/3.42)² = 0.1724 = 17.2 %. The density is not used.",
    forms=("distractor", "one_step", "answer_format"),
)
def h23b_optical_02():
    """Diamond (density 3.51 g/cm³) has a refractive index of 2.42. What percentage of light incident normally on a polished diamond face from air is reflected?"""
    return Q_(((2.42 - 1) / (2.42 + 1)) ** 2, "dimensionless")


@item(
    S,
    "optical",
    "percent",
    "I_T = I₀(1 − R)² e^{−βl} (Callister eq. 21.19)",
    solution="R = ((1.5 − 1)/(1.5 + 1))² = 0.04. e^{−βl} = e^{−0.15 × 2.0} = 0.7408. I_T/I₀ = 0.96² × 0.7408 = 0.683 = 68.3 %.",
    forms=("multi_step", "tex"),
)
def h23b_optical_03():
    r"""A glass plate ($n = 1.5$) is 2.0 cm thick and has an absorption coefficient $\beta = 0.15\ \mathrm{cm^{-1}}$. Light strikes it at normal incidence. What percentage of the incident intensity emerges from the far side? Account for reflection at both faces but not multiple reflections."""
    r = ((1.5 - 1) / (1.5 + 1)) ** 2
    return Q_((1 - r) ** 2 * math.exp(-num(Q_(0.15, "1/cm") * Q_(2.0, "cm"))), "dimensionless")


@item(
    S,
    "optical",
    "cm",
    "Beer–Lambert I = I₀ e^{−βx} (Callister eq. 21.18)",
    solution="Absorbing a quarter means I/I₀ = 0.75: x = −ln(0.75)/β = 0.2877/0.03 cm⁻¹ = 9.59 cm.",
    forms=("inverse", "number_words", "decimal_comma", "e_notation", "one_step"),
)
def h23b_optical_04():
    """How thick can a soda-glass window be if it may absorb no more than a quarter of the light that enters it? Absorption coefficient β = 3E-2 cm^-1; ignore surface reflections."""
    return -math.log(0.75) / Q_(3e-2, "1/cm")


@item(
    S,
    "optical",
    "nm",
    "Absorption edge λ_c = hc/E_g (Callister eq. 21.3)",
    solution="λ = hc/E_g = 1239.84 eV·nm/2,4 eV = 517 nm (green); shorter wavelengths are absorbed.",
    forms=("decimal_comma", "one_step"),
)
def h23b_optical_05():
    """CdS has a band gap of 2,4 eV. Above which wavelength (nm) is CdS transparent?"""
    return (H * C0 / Q_(2.4, "eV")).to("nm")


@item(
    S,
    "optical",
    "degree",
    "v = c/n and sin θ_c = 1/n (Callister eq. 21.6)",
    refuse="Contradictory givens: n = 1.52 implies v = c/n = 1.97 × 10⁸ m/s, not the stated 2.5 × 10⁸ m/s (which would mean n = 1.20); the critical angle depends on which is taken.",
    solution="With n = 1.52, v = c/n = 1.97 × 10⁸ m/s, but the stated speed 2.5 × 10⁸ m/s implies n = 1.20. The data contradict each other (θ_c = 41.1° vs 56.4°), so the question must be refused.",
    forms=("must_refuse", "contradictory"),
)
def h23b_optical_06():
    """Light travels from a borosilicate glass into air. The glass has a refractive index of 1.52, and the speed of light in it is 2.5 × 10⁸ m/s. Compute the critical angle for total internal reflection."""
    return None


@item(
    S,
    "optical",
    "degree",
    "Numerical aperture NA = √(n₁² − n₂²) = sin θ_max (optical fibres; Callister sec. 21.14)",
    solution="NA = √(1.48² − 1.46²) = √(2.1904 − 2.1316) = √0.0588 = 0.2425. θ_max = arcsin 0.2425 = 14.0°.",
    forms=("two_step", "unicode"),
)
def h23b_optical_07():
    """A step-index optical fibre has a core index n₁ = 1.48 and a cladding index n₂ = 1.46. What is the maximum acceptance half-angle (in air, degrees) for light to be guided?"""
    na = math.sqrt(1.48**2 - 1.46**2)
    return Q_(math.degrees(math.asin(na)), "degree")


@item(
    S,
    "optical",
    "eV",
    "E = hc/λ (Callister eq. 21.3); He–Ne line λ = 632.8 nm",
    rel_tol=0.01,
    solution="The red He–Ne laser line is 632.8 nm. E = 1239.84 eV·nm/632.8 nm = 1.96 eV, option (B).",
    forms=("mcq_options", "known_datum", "one_step"),
)
def h23b_optical_08():
    """The photon energy of the red line of a helium–neon laser is:
    (A) 1.24 eV (B) 1.96 eV (C) 2.48 eV (D) 3.10 eV"""
    e = H * C0 / Q_(632.8, "nm")
    return pick(e, [Q_(v, "eV") for v in (1.24, 1.96, 2.48, 3.10)])


@item(
    S,
    "optical",
    "percent",
    "v = c/n (Callister eq. 21.6)",
    solution="v_glass/v_water = n_water/n_glass = 1.33/1.52 = 0.875, so light is 12.5 % slower in the glass.",
    forms=("change_ask", "answer_format", "one_step"),
)
def h23b_optical_09():
    """By what percentage is light slower in crown glass (n = 1.52) than in water (n = 1.33)?"""
    return Q_(1 - 1.33 / 1.52, "dimensionless")


# ---------------------------------------------------------------- thermal


@item(
    S,
    "thermal",
    "mm",
    "Linear expansion ΔL = α_l L₀ ΔT (Callister eq. 19.3; α_l(Al) = 23.6 × 10⁻⁶ °C⁻¹, table 19.1)",
    rel_tol=0.05,
    solution="α_l(Al) = 23.6 × 10⁻⁶ (°C)⁻¹. ΔL = 23.6 × 10⁻⁶ × 2,5 m × (120 − 20) °C = 5.9 × 10⁻³ m = 5.9 mm.",
    forms=("known_datum", "decimal_comma", "one_step"),
)
def h23b_thermal_01():
    """An aluminium rod 2,5 m long is heated from 20 °C to 120 °C. By how many millimetres does it lengthen?"""
    return Q_(23.6e-6, "1/delta_degC") * Q_(2.5, "m") * Q_(100, "delta_degC")


@item(
    S,
    "thermal",
    "ksi",
    "Thermal stress σ = E α_l ΔT (Callister eq. 19.8)",
    solution="σ = E α ΔT = 207 × 10⁹ Pa × 12.0 × 10⁻⁶ °C⁻¹ × 70 °C = 1.739 × 10⁸ Pa = 173.9 MPa (tensile) = 25.2 ksi.",
    forms=("us_units", "two_step", "unit_conversion"),
)
def h23b_thermal_02():
    """A steel rod (E = 207 GPa, α = 12.0 × 10⁻⁶ °C⁻¹) is fixed rigidly at both ends while at 60 °C, then cooled to −10 °C. What thermal stress develops, in ksi?"""
    return Q_(207, "GPa") * Q_(12.0e-6, "1/delta_degC") * Q_(70, "delta_degC")


@item(
    S,
    "thermal",
    "degC",
    "Thermal stress σ = E α_l (T₀ − T_f) (Callister eq. 19.8, Example 19.1)",
    solution="ΔT = σ/(Eα) = 172 × 10⁶/(100 × 10⁹ × 20.0 × 10⁻⁶) = 86 °C, so the rod may be heated to 20 + 86 = 106 °C.",
    forms=("inverse", "two_step", "story"),
)
def h23b_thermal_03():
    """A brass rod is clamped between two rigid supports at 20 °C with no stress. If the compressive stress must not exceed 172 MPa, to what maximum temperature (°C) may the rod be heated? Take E = 100 GPa and α_l = 20.0 × 10⁻⁶ (°C)⁻¹ for brass."""
    dt = Q_(172, "MPa") / (Q_(100, "GPa") * Q_(20.0e-6, "1/delta_degC"))
    return Q_(20 + dt.to("delta_degC").magnitude, "degC")


@item(
    S,
    "thermal",
    "J/(mol*K)",
    "Dulong–Petit C_v ≈ 3R per mole of atoms (Callister sec. 19.2)",
    solution="Dulong–Petit gives 3R = 24.9 J/(mol·K) per mole of atoms. Al₂O₃ has 5 atoms per formula unit, so per mole of Al₂O₃ it is 15R = 124.7 J/(mol·K).",
    forms=("two_reading", "one_step", "unicode"),
)
def h23b_thermal_04():
    """Estimate the high-temperature molar heat capacity C_v of alumina (Al₂O₃) from the Dulong–Petit law."""
    return {
        "per mole of Al2O3 formula units (15R)": 15 * R_GAS,
        "per mole of atoms (3R)": 3 * R_GAS,
    }


@item(
    S,
    "thermal",
    "kW",
    "Fourier's law q = −k dT/dx (Callister eq. 19.5)",
    solution="Area = 1.2 × 0.8 = 0.96 m². Q = kAΔT/Δx = 1.4 × 0.96 × 25/0.004 = 8400 W = 8.4 kW. Density and specific heat are not needed at steady state.",
    forms=("distractor", "two_step", "story", "unit_conversion"),
)
def h23b_thermal_05():
    """A single-pane window 1.2 m × 0.8 m is made of 4 mm thick soda-lime glass (k = 1.4 W/m·K, ρ = 2.5 g/cm³, c_p = 840 J/kg·K). At steady state the inner surface is at 20 °C and the outer at −5 °C. What is the heat loss through the pane in kW?"""
    area = Q_(1.2, "m") * Q_(0.8, "m")
    return Q_(1.4, "W/(m*K)") * area * Q_(25, "K") / Q_(4, "mm")


@item(
    S,
    "thermal",
    "kJ",
    "Q = m c_p ΔT with c_p(Cu) = 386 J/kg·K (Callister table 19.1)",
    rel_tol=0.03,
    solution="m = 5 lb = 2.268 kg; ΔT = 230 °F = 127.8 K; c_p(Cu) = 386 J/(kg·K). Q = 2.268 × 386 × 127.8 = 1.119 × 10⁵ J = 112 kJ.",
    forms=("known_datum", "us_units", "two_step"),
)
def h23b_thermal_06():
    """How much heat (kJ) does it take to warm 5 lb of copper from 70 °F to 300 °F?"""
    return Q_(5, "lb") * Q_(386, "J/(kg*K)") * Q_(230, "delta_degF")


@item(
    S,
    "thermal",
    "J/(mol*K)",
    "Debye T³ law C_v = A T³, valid only for T ≪ θ_D (Callister eq. 19.2)",
    refuse="The Debye T³ law holds only far below the Debye temperature; extrapolating it from 10 K to 800 K gives an unphysical value far above the Dulong–Petit limit 3R.",
    solution="A = 0.5/10³ = 5 × 10⁻⁴ J/(mol·K⁴); A × 800³ = 2.6 × 10⁵ J/(mol·K), far above 3R = 24.9 J/(mol·K). The T³ law is used far outside its validity; the question must be refused as posed.",
    forms=("must_refuse", "outside_validity"),
)
def h23b_thermal_07():
    """At 10 K the molar heat capacity of a metal is 0.50 J/(mol·K). Using the Debye T³ relation C_v = AT³, estimate its molar heat capacity at 800 K."""
    return None


@item(
    S,
    "thermal",
    "W/(m*K)",
    "Wiedemann–Franz k = L σ T (Callister eq. 19.7)",
    solution="k = L σ T = 2.44 × 10⁻⁸ W·Ω/K² × 6.0 × 10⁷ (Ω·m)⁻¹ × 300 K = 439 W/(m·K).",
    forms=("e_notation", "one_step"),
)
def h23b_thermal_08():
    """Estimate the thermal conductivity of a metal at 300 K with σ = 6.0E7 (Ω·m)^-1, using L = 2.44E-8 W·Ω/K²."""
    return Q_(2.44e-8, "W*ohm/K**2") * Q_(6.0e7, "S/m") * Q_(300, "K")


@item(
    S,
    "thermal",
    "percent",
    "Volume expansion ΔV/V ≈ 3α_l ΔT, ρ ∝ 1/V (Callister sec. 19.3)",
    rel_tol=0.03,
    solution="V/V₀ = (1 + α_l ΔT)³ = (1 + 17 × 10⁻⁶ × 500)³ = 1.0085³ = 1.0257. ρ/ρ₀ = 1/1.0257 = 0.9749, a decrease of 2.5 % (the linearised 3αΔT gives 2.55 %).",
    forms=("change_ask", "answer_format", "multi_step"),
)
def h23b_thermal_09():
    """By what percentage does the density of a copper block decrease when it is heated from 25 °C to 525 °C? Take α_l = 17 × 10⁻⁶ K⁻¹."""
    ratio = (1 + 17e-6 * 500) ** 3
    return Q_(1 - 1 / ratio, "dimensionless")


# ---------------------------------------------------------------- polymers


@item(
    S,
    "polymers",
    "kg/mol",
    "M_n = DP × m_repeat (Callister eq. 14.6)",
    solution="Styrene repeat unit C₈H₈: 8 × 12.01 + 8 × 1.008 = 104.14 g/mol. M_n = 25 000 × 104.14 = 2.60 × 10⁶ g/mol = 2604 kg/mol.",
    forms=("known_datum", "two_step", "unit_conversion"),
)
def h23b_polymers_01():
    """A polystyrene has a number-average degree of polymerization of 25 000. What is its number-average molecular weight in kg/mol?"""
    m = 8 * Q_(12.011, "g/mol") + 8 * Q_(1.008, "g/mol")
    return 25000 * m


@item(
    S,
    "polymers",
    "dimensionless",
    "M_w = Σw_iM_i, M_n = 1/Σ(w_i/M_i), PDI = M_w/M_n (Callister eqs. 14.5a, 14.5b)",
    decimals=2,
    solution="M_w = 0.1 × 10 + 0.3 × 20 + 0.4 × 30 + 0.2 × 40 = 27.0 kg/mol. M_n = 1/(0.1/10 + 0.3/20 + 0.4/30 + 0.2/40) = 1/0.04333 = 23.08 kg/mol. PDI = 27.0/23.08 = 1.17.",
    forms=("data_block", "markdown_table", "multi_step", "answer_format"),
)
def h23b_polymers_02():
    """GPC gave the following weight fractions for a polymer sample:

    | mean M (g/mol) | w_i |
    |---|---|
    | 10 000 | 0.10 |
    | 20 000 | 0.30 |
    | 30 000 | 0.40 |
    | 40 000 | 0.20 |

    Compute the polydispersity index, to two decimal places."""
    ms = [10000, 20000, 30000, 40000]
    ws = [0.10, 0.30, 0.40, 0.20]
    mw = sum(w * m for w, m in zip(ws, ms, strict=True))
    mn = 1 / sum(w / m for w, m in zip(ws, ms, strict=True))
    return mw / mn


@item(
    S,
    "polymers",
    "percent",
    "Average repeat-unit mass m̄ = f₁m₁ + f₂m₂ (Callister eq. 14.7)",
    solution="m̄ = M_n/DP = 350 000/10 000 = 35.0 g/mol. Ethylene C₂H₄ = 28.05, propylene C₃H₆ = 42.08 g/mol. f_E = (42.08 − 35.0)/(42.08 − 28.05) = 0.505 = 50.5 %.",
    forms=("inverse", "known_datum", "multi_step", "e_notation"),
)
def h23b_polymers_03():
    """A random ethylene–propylene copolymer has M_n = 3.5E5 g/mol and a degree of polymerization of 10 000. What fraction of its repeat units (in %) are ethylene?"""
    c, h = 12.011, 1.008
    m_e = 2 * c + 4 * h
    m_p = 3 * c + 6 * h
    mbar = 3.5e5 / 10000
    return Q_((m_p - mbar) / (m_p - m_e), "dimensionless")


@item(
    S,
    "polymers",
    "percent",
    "% crystallinity = ρ_c(ρ_s − ρ_a)/[ρ_s(ρ_c − ρ_a)] × 100 (Callister eq. 14.8)",
    solution="% cryst = 0.998 × (0.925 − 0.870)/[0.925 × (0.998 − 0.870)] × 100 = 0.05489/0.1184 × 100 = 46.4 %.",
    forms=("one_step", "tex"),
)
def h23b_polymers_04():
    r"""A polyethylene bottle has a density of 0.925 g/cm$^3$. Totally crystalline PE has $\rho_c = 0.998$ g/cm$^3$ and totally amorphous PE $\rho_a = 0.870$ g/cm$^3$. Compute the percent crystallinity of the bottle."""
    rc, ra, rs = 0.998, 0.870, 0.925
    return Q_(rc * (rs - ra) / (rs * (rc - ra)), "dimensionless")


@item(
    S,
    "polymers",
    "s",
    "Stress relaxation σ(t) = σ(0) exp(−t/τ) (Callister sec. 15.4)",
    solution="τ = t/ln(σ₀/σ) = 60 s/ln(3,5/0,5) = 60/1.946 = 30.83 s. A quarter of σ₀: t = τ ln 4 = 30.83 × 1.386 = 42.7 s.",
    forms=("decimal_comma", "number_words", "multi_step", "inverse"),
)
def h23b_polymers_05():
    """A rubber strip is pulled quickly to a fixed strain; the stress is initially 3,5 MPa and relaxes to 0,5 MPa after 60 s. Assuming simple exponential relaxation, how long after loading had the stress dropped to a quarter of its initial value?"""
    tau = Q_(60, "s") / math.log(3.5 / 0.5)
    return tau * math.log(4)


@item(
    S,
    "polymers",
    "g/mol",
    "M_w = Σw_iM_i needs the molecular-weight distribution (Callister sec. 14.5)",
    refuse="The weight-average molecular weight depends on the whole molecular-weight distribution; M_n alone does not determine it (no distribution or dispersity is given).",
    solution="M_w = Σ w_i M_i requires the distribution; knowing only M_n = 120 000 g/mol fixes neither M_w nor the dispersity. Not determinable.",
    forms=("must_refuse", "not_determinable"),
)
def h23b_polymers_06():
    """A poly(methyl methacrylate) sample has a number-average molecular weight of 120 000 g/mol. Compute its weight-average molecular weight."""
    return None


@item(
    S,
    "polymers",
    "nm",
    "Random-coil end-to-end distance r = d√N (Callister eq. 14.11)",
    solution="C₂H₄ repeat unit = 28.05 g/mol; DP = 280 000/28.05 = 9982; two C–C chain bonds per repeat unit: N = 19 964. r = 0.154 nm × √19 964 = 21.8 nm.",
    forms=("data_block", "known_datum", "multi_step"),
)
def h23b_polymers_07():
    """Estimate the average end-to-end distance (nm) of a linear polyethylene chain, treating it as a random walk of backbone bonds.

    * M_n = 280 000 g/mol
    * C–C bond length = 0.154 nm"""
    m = 2 * Q_(12.011, "g/mol") + 4 * Q_(1.008, "g/mol")
    dp = num(Q_(280000, "g/mol") / m)
    return Q_(0.154, "nm") * math.sqrt(2 * dp)


@item(
    S,
    "polymers",
    "dimensionless",
    "DP = M_n/m_repeat (Callister eq. 14.6)",
    abs_tol=5,
    solution="PVC repeat unit C₂H₃Cl: 2 × 12.01 + 3 × 1.008 + 35.45 = 62.50 g/mol. DP = 75 000/62.50 = 1200, option (A).",
    forms=("mcq_options", "known_datum", "one_step"),
)
def h23b_polymers_08():
    """The number-average molecular weight of a poly(vinyl chloride) is 75 000 g/mol. Its degree of polymerization is
    (A) 1200 (B) 1500 (C) 2400 (D) 2680"""
    m = 2 * 12.011 + 3 * 1.008 + 35.45
    return pick(75000 / m, [1200, 1500, 2400, 2680])


# ---------------------------------------------------------------- ceramics & composites


@item(
    S,
    "ceramics_composites",
    "psi",
    "Isostrain rule of mixtures E_cl = E_mV_m + E_fV_f (Callister eq. 16.10b)",
    solution="E_cl = 0.60 × 3.4 + 0.40 × 69 = 2.04 + 27.6 = 29.64 GPa = 4.30 × 10⁶ psi.",
    forms=("us_units", "two_step", "unit_conversion"),
)
def h23b_ceramics_composites_01():
    """A continuous, aligned glass-fibre/epoxy composite contains 40 vol% fibres (E_f = 69 GPa) in epoxy (E_m = 3.4 GPa). What is its modulus in the fibre direction, in psi?"""
    return 0.60 * Q_(3.4, "GPa") + 0.40 * Q_(69, "GPa")


@item(
    S,
    "ceramics_composites",
    "percent",
    "Isostrain rule of mixtures solved for V_f (Callister eq. 16.10b)",
    solution="V_f = (E_c − E_m)/(E_f − E_m) = (50 − 2.4)/(230 − 2.4) = 47.6/227.6 = 0.209 = 20.9 vol%.",
    forms=("inverse", "one_step"),
)
def h23b_ceramics_composites_02():
    """What volume fraction of continuous, aligned carbon fibres (E = 230 GPa) must be added to an epoxy (E = 2.4 GPa) to get a longitudinal modulus of 50 GPa? Answer in vol%."""
    ef, em, ec = 230, 2.4, 50
    return Q_((ec - em) / (ef - em), "dimensionless")


@item(
    S,
    "ceramics_composites",
    "N",
    "Three-point flexural strength of a round rod σ_fs = FL/(πR³) (Callister eq. 12.7b)",
    solution="F = σ_fs π R³/L = 390 × 10⁶ × π × (2.5 × 10⁻³)³/0.050 = 390 × 10⁶ × 4.909 × 10⁻⁸/0.050 = 383 N. The modulus is not needed.",
    forms=("inverse", "distractor", "two_step"),
)
def h23b_ceramics_composites_03():
    """An aluminium-oxide rod of 5.0 mm diameter (E = 393 GPa, flexural strength 390 MPa) is loaded in three-point bending with supports 50 mm apart. What load will break it?"""
    r = Q_(2.5, "mm")
    return Q_(390, "MPa") * math.pi * r**3 / Q_(50, "mm")


@item(
    S,
    "ceramics_composites",
    "GPa",
    "E = E₀(1 − 1.9P + 0.9P²) (Callister eq. 12.9)",
    solution="E = 393 × (1 − 1.9 × 0.05 + 0.9 × 0.05²) = 393 × 0.90725 = 356.5 GPa. The drop is 393 − 356.5 = 36.5 GPa.",
    forms=("change_ask", "two_step"),
)
def h23b_ceramics_composites_04():
    """Fully dense alumina has E₀ = 393 GPa. By how much (in GPa) is the modulus lowered in a sintered part with 5 vol% porosity?"""
    p = 0.05
    e0 = Q_(393, "GPa")
    return e0 - e0 * (1 - 1.9 * p + 0.9 * p**2)


@item(
    S,
    "ceramics_composites",
    "MPa",
    "σ_c = K_Ic/(Y√(πa)) or Griffith σ_c = √(2Eγ_s/(πa)) (Callister eqs. 8.5, 8.3)",
    refuse="The fracture stress needs the fracture toughness K_Ic (or the surface energy) of this unspecified glass-ceramic; modulus and density do not supply it.",
    solution="σ_c = K_Ic/(Y√(πa)) or √(2Eγ_s/(πa)); neither K_Ic nor γ_s of the unnamed glass-ceramic is given, and density plays no role. Not determinable.",
    forms=("must_refuse", "missing_datum", "distractor"),
)
def h23b_ceramics_composites_05():
    """A new glass-ceramic cooktop plate contains surface flaws up to 25 μm deep. Its elastic modulus is 90 GPa and its density 2.6 g/cm³. Estimate the tensile stress at which it fractures."""
    return None


@item(
    S,
    "ceramics_composites",
    "g/cm**3",
    "Ceramic density ρ = n′(ΣA_C + ΣA_A)/(V_C N_A) (Callister eq. 12.1)",
    solution="Rock salt: n′ = 4. A(NaCl) = 22.99 + 35.45 = 58.44 g/mol. V_C = (0.564 × 10⁻⁷ cm)³ = 1.794 × 10⁻²² cm³. ρ = 4 × 58.44/(1.794 × 10⁻²² × 6.022 × 10²³) = 2.16 g/cm³, option (B).",
    forms=("mcq_options", "known_datum", "two_step"),
)
def h23b_ceramics_composites_06():
    """NaCl has the rock-salt structure with a = 0.564 nm. Its theoretical density is
    (A) 1.08 g/cm³ (B) 2.16 g/cm³ (C) 3.25 g/cm³ (D) 4.33 g/cm³"""
    rho = 4 * Q_(22.99 + 35.45, "g/mol") / (AVOGADRO * Q_(0.564, "nm") ** 3)
    return pick(rho, [Q_(v, "g/cm**3") for v in (1.08, 2.16, 3.25, 4.33)])


@item(
    S,
    "ceramics_composites",
    "percent",
    "ρ_c = V_fρ_f + V_mρ_m; mass fraction w_f = V_fρ_f/ρ_c (Callister sec. 16.5)",
    solution="ρ_c = (2/3)(1.44) + (1/3)(1.25) = 0.960 + 0.417 = 1.377 g/cm³. w_f = 0.960/1.377 = 0.697 = 69.7 wt%.",
    forms=("number_words", "multi_step"),
)
def h23b_ceramics_composites_07():
    """Aramid fibres (ρ = 1.44 g/cm³) make up two-thirds of the volume of an aramid/epoxy laminate; the epoxy has ρ = 1.25 g/cm³. What percentage of the laminate's mass is fibre?"""
    rf, rm = Q_(1.44, "g/cm**3"), Q_(1.25, "g/cm**3")
    rc = 2 / 3 * rf + 1 / 3 * rm
    return 2 / 3 * rf / rc


@item(
    S,
    "ceramics_composites",
    "mm",
    "Critical fibre length l_c = σ_f* d/(2τ_c) (Callister eq. 16.3)",
    solution="l_c = σ_f d/(2τ_c) = 3,5 × 10⁹ Pa × 7 × 10⁻⁶ m/(2 × 40 × 10⁶ Pa) = 3.06 × 10⁻⁴ m = 0.306 mm. The matrix modulus is not used.",
    forms=("decimal_comma", "distractor", "one_step"),
)
def h23b_ceramics_composites_08():
    """Carbon fibre in epoxy: fibre strength 3,5 GPa, diameter 7 µm; fibre–matrix bond shear strength 40 MPa; matrix modulus 2,4 GPa. What is the critical fibre length in mm?"""
    return Q_(3.5, "GPa") * Q_(7, "micrometer") / (2 * Q_(40, "MPa"))


# ---------------------------------------------------------------- corrosion


@item(
    S,
    "corrosion",
    "V",
    "ΔV° = V°_cathode − V°_anode with the standard emf series (Callister table 17.1)",
    rel_tol=0.01,
    solution="V°(Cu²⁺/Cu) = +0.340 V, V°(Zn²⁺/Zn) = −0.763 V; ΔV° = 0.340 − (−0.763) = 1.103 V ≈ 1.10 V, option (C).",
    forms=("mcq_options", "known_datum", "one_step"),
)
def h23b_corrosion_01():
    """What is the standard cell potential of a Daniell cell (Zn in 1 M Zn²⁺ coupled to Cu in 1 M Cu²⁺)?
    (A) 0.34 V (B) 0.76 V (C) 1.10 V (D) 1.56 V"""
    dv = Q_(0.340, "V") - Q_(-0.763, "V")
    return pick(dv, [Q_(v, "V") for v in (0.34, 0.76, 1.10, 1.56)])


@item(
    S,
    "corrosion",
    "V",
    "Nernst ΔV = (V₂° − V₁°) − (RT/nF) ln([M₁ⁿ⁺]/[M₂ⁿ⁺]) (Callister eq. 17.19)",
    solution="ΔV° = 0.340 − (−0.250) = 0.590 V. (RT/nF) ln 10 = 0.02958 V; log(1.0 × 10⁻³/0.50) = −2.699. ΔV = 0.590 + 0.02958 × 2.699 = 0.670 V.",
    forms=("data_block", "e_notation", "two_step"),
)
def h23b_corrosion_02():
    """Compute the cell voltage at 25 °C of a Ni | Ni²⁺ || Cu²⁺ | Cu cell.
    Given:
    - [Ni²⁺] = 1.0E-3 M, [Cu²⁺] = 0.50 M
    - V°(Ni²⁺/Ni) = −0.250 V, V°(Cu²⁺/Cu) = +0.340 V"""
    dv0 = Q_(0.340, "V") - Q_(-0.250, "V")
    return dv0 - R_GAS * kelvin(25) / (2 * F_CONST) * math.log(1.0e-3 / 0.50)


@item(
    S,
    "corrosion",
    "g",
    "Faraday's law w = ItM/(nF) (Callister eq. 17.24)",
    solution="Zn → Zn²⁺ + 2e⁻, A = 65.38 g/mol. w = 3.0 A × 86 400 s × 65.38/(2 × 96 485) = 87.8 g.",
    forms=("known_datum", "number_words", "one_step", "story"),
)
def h23b_corrosion_03():
    """A galvanic couple drives a steady 3.0 A through a zinc sacrificial anode. How many grams of zinc are consumed in one full day?"""
    return Q_(3.0, "A") * Q_(1, "day") * Q_(65.38, "g/mol") / (2 * F_CONST)


@item(
    S,
    "corrosion",
    "thou/year",
    "Corrosion penetration rate CPR = W/(ρAt) (Callister eq. 17.23)",
    solution="CPR = W/(ρAt) = 485 g/(7.9 g/cm³ × 645.2 cm² × 1 yr) = 0.0952 cm/yr = 0.0375 in./yr = 37.5 mpy.",
    forms=("us_units", "mixed_units", "two_step"),
)
def h23b_corrosion_04():
    """A steel coupon with 100 in.² of exposed area loses 485 g in one year of immersion. The density of the steel is 7.9 g/cm³. What is the corrosion penetration rate in mils per year (mpy)?"""
    return Q_(485, "g") / (Q_(7.9, "g/cm**3") * Q_(100, "inch**2") * Q_(1, "year"))


@item(
    S,
    "corrosion",
    "dimensionless",
    "Pilling–Bedworth ratio P–B = A_O ρ_M/(n A_M ρ_O) (Callister eq. 17.33)",
    decimals=2,
    solution="Al₂O₃: M = 2 × 26.98 + 3 × 16.00 = 101.96 g/mol. P–B = 101.96 × 2.70/(2 × 26.98 × 3.95) = 275.3/213.1 = 1.29. The melting point is not needed.",
    forms=("distractor", "two_step"),
)
def h23b_corrosion_05():
    """Aluminium (ρ = 2.70 g/cm³, melting point 660 °C) forms Al₂O₃ (ρ = 3.95 g/cm³). Compute the Pilling–Bedworth ratio, to two decimals."""
    a_al, a_o = 26.98, 16.00
    m_ox = 2 * a_al + 3 * a_o
    return m_ox * 2.70 / (2 * a_al * 3.95)


@item(
    S,
    "corrosion",
    "1/s",
    "Charge balance: atoms/s = iA/(n e) (Callister sec. 17.3)",
    solution="I = iA = 1.0 × 10⁻⁶ A/cm² × 2.0 × 10⁴ cm² = 0.020 A. Fe → Fe²⁺ + 2e⁻: rate = I/(2e) = 0.020/(2 × 1.602 × 10⁻¹⁹) = 6.24 × 10¹⁶ atoms/s.",
    forms=("answer_format", "two_step", "unit_conversion"),
)
def h23b_corrosion_06():
    """A steel surface of 2.0 m² corrodes (Fe → Fe²⁺) at a uniform current density of 1.0 μA/cm². How many iron atoms are oxidized per second? Express the result in scientific notation with two decimals."""
    i = Q_(1.0, "microA/cm**2") * Q_(2.0, "m**2")
    return i / (2 * Q_E)


@item(
    S,
    "corrosion",
    "mg/cm**2",
    "Parabolic oxidation W² = K₁t + K₂ (Callister eq. 17.34)",
    solution="W² ∝ t: W(480 min) = 0.316 × √(480/100) = 0.316 × 2.191 = 0.692 mg/cm². Additional gain = 0.692 − 0.316 = 0.376 mg/cm².",
    forms=("change_ask", "two_step"),
)
def h23b_corrosion_07():
    """A metal oxidizes with parabolic kinetics (K₂ = 0) and gains 0.316 mg/cm² in the first 100 min. How much more mass per unit area does it gain between 100 min and 8 h?"""
    w1 = Q_(0.316, "mg/cm**2")
    w2 = w1 * math.sqrt(num(Q_(8, "h") / Q_(100, "min")))
    return w2 - w1


@item(
    S,
    "corrosion",
    "dimensionless",
    "Tafel activation polarization η = ±β log(i/i₀) (Callister eq. 17.25)",
    decimals=2,
    solution="log(i/i₀) = η/β = (−0.25)/(−0.10) = 2.5, so i = 10⁻¹⁰ × 10^2.5 = 3.16 × 10⁻⁸ A/cm² and log10 i = −7.50.",
    forms=("inverse", "answer_format", "e_notation", "tex"),
)
def h23b_corrosion_08():
    r"""For hydrogen reduction on a metal surface the exchange current density is $i_0 = 1\mathrm{e}{-10}\ \mathrm{A/cm^2}$ and the Tafel slope is $\beta = -0.10$ V/decade. At a cathodic overvoltage $\eta_c = -0.25$ V, what is the current density? Give $\log_{10}$ of $i$ with $i$ in A/cm$^2$."""
    return -10 + (-0.25) / (-0.10)
