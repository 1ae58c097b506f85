"""Set heldout11 (set L), second half: 60 questions over seven topics of a qualifying exam.

Written blind: the answer engine, the checker and the solver were not read, and no earlier question
is reused (one item of set G was read for its format). Each key is computed in the body with pint
quantities or plain math; ``solution`` is the worked solution in words and ``forms`` says how the
question is written. Must-refuse items return None with the reason; items with two standard
readings return a dict reading -> value.
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

S = "heldout11"

K_B_EV = K_BOLTZ.to("eV/K")


def oersted_to_a_per_m(oe: float) -> object:
    """A field in oersted as H in A/m (1 Oe = 1000/(4π) A/m)."""
    return Q_(oe * 1000 / (4 * math.pi), "A/m")


# ---------------------------------------------------------------- electrical & semiconductors


@item(
    S,
    "electrical_semiconductors",
    "ohm*m",
    "σ = n_i e (μ_e + μ_h), ρ = 1/σ (Callister ch. 18)",
    solution="σ = n_i e(μ_e + μ_h) = 1.0×10¹⁶ m⁻³ · 1.602×10⁻¹⁹ C · 0.183 m²/(V·s) = 2.93×10⁻⁴ S/m; ρ = 1/σ = 3.41×10³ Ω·m.",
    forms=("answer_blank", "tex_units", "scientific_notation"),
)
def h11b_electrical_semiconductors_01():
    r"""Intrinsic silicon at room temperature has $n_i = 1.0\times10^{10}\,\mathrm{cm^{-3}}$, $\mu_e = 1350\,\mathrm{cm^2\,V^{-1}\,s^{-1}}$ and $\mu_h = 480\,\mathrm{cm^2\,V^{-1}\,s^{-1}}$. Compute its electrical resistivity and give it in scientific notation.

    ρ = ______ Ω·m"""
    n = Q_(1.0e10, "cm**-3")
    sigma = n * Q_E * (Q_(1350, "cm**2/(V*s)") + Q_(480, "cm**2/(V*s)"))
    return (1 / sigma).to("ohm*m")


@item(
    S,
    "electrical_semiconductors",
    "1/(ohm*cm)",
    "Extrinsic n-type: σ ≈ N_d e μ_e (Callister ch. 18)",
    solution="Every P atom gives one electron, so n ≈ N_d = 10¹⁶ cm⁻³ ≫ n_i; σ = n e μ_e = 10¹⁶ · 1.602×10⁻¹⁹ · 1250 = 2.00 (Ω·cm)⁻¹. The Si atom density and the hole mobility are not needed.",
    forms=("unicode", "distractor_givens"),
)
def h11b_electrical_semiconductors_02():
    """Silicon (5.0 × 10²² atoms cm⁻³) is doped with 1.0 × 10¹⁶ phosphorus atoms per cm³. At 300 K the electron mobility in this material is 1250 cm²/(V·s) and the hole mobility 450 cm²/(V·s). Assuming all donors are ionised, what is the conductivity in (Ω·cm)⁻¹?"""
    n = Q_(1.0e16, "cm**-3")
    return n * Q_E * Q_(1250, "cm**2/(V*s)")


@item(
    S,
    "electrical_semiconductors",
    "dimensionless",
    "n_i ∝ exp(−E_g/2kT) (T^{3/2} prefactor neglected)",
    solution="n_i(400)/n_i(300) = exp[−(E_g/2k)(1/400 − 1/300)] = exp[(0.67/(2 · 8.617×10⁻⁵))(8.333×10⁻⁴)] = exp(3.240) = 25.5.",
    forms=("given_find", "unicode", "ratio_of_two_states"),
)
def h11b_electrical_semiconductors_03():
    """Given: germanium, E_g = 0.67 eV (take it independent of temperature); T₁ = 300 K, T₂ = 400 K; neglect the temperature dependence of the pre-exponential factor.
    Find: the factor by which the intrinsic carrier concentration increases between T₁ and T₂."""
    eg = Q_(0.67, "eV")
    t1, t2 = Q_(300, "K"), Q_(400, "K")
    return math.exp(num(-eg / (2 * K_B_EV) * (1 / t2 - 1 / t1)))


@item(
    S,
    "electrical_semiconductors",
    "cm**2/(V*s)",
    "Hall effect n = IB/(e t V_H); μ = σ/(n e) (Callister ch. 18)",
    solution="(a) n = IB/(e t |V_H|) = 0.010 · 0.50/(1.602×10⁻¹⁹ · 2.0×10⁻⁴ · 2.5×10⁻³) = 6.24×10²² m⁻³. (b) μ = σ/(ne) = 50/(6.24×10²² · 1.602×10⁻¹⁹) = 5.0×10⁻³ m²/(V·s) = 50 cm²/(V·s).",
    forms=("multi_part", "unit_conversion", "multi_step"),
)
def h11b_electrical_semiconductors_04():
    """A Hall-effect specimen 0.20 mm thick carries a current of 10 mA in a magnetic field of 0.50 T normal to its face; the Hall voltage is −2.5 mV, and the conductivity measured separately is 50 (Ω·m)⁻¹.
    (a) What type of charge carrier dominates, and what is its concentration?
    (b) Compute the carrier mobility in cm²/(V·s)."""
    n = Q_(10, "mA") * Q_(0.50, "T") / (Q_E * Q_(0.20, "mm") * Q_(2.5, "mV"))
    return Q_(50, "1/(ohm*m)") / (n * Q_E)


@item(
    S,
    "electrical_semiconductors",
    "percent",
    "ρ_T = ρ₀[1 + α(T − T₀)] (Callister ch. 18)",
    solution="Δρ/ρ₀ = α ΔT = 0.0039 · (150 − 20) = 0.507, an increase of 50.7 %. The resistivity value itself is not needed.",
    forms=("unit_typo", "percent_change", "distractor_givens"),
)
def h11b_electrical_semiconductors_05():
    """The resistivity of annealed copper is 1.72 × 10⁻⁸ Ω·m at 20 deg C and its temperature coefficient of resistivity is 0.0039 per deg C. By what percentage does the resistance of a copper bus bar rise when it warms from 20 deg C to 150 deg C in service? (Neglect thermal expansion.)"""
    return Q_(0.0039 * (150 - 20), "dimensionless")


@item(
    S,
    "electrical_semiconductors",
    "pF",
    "C = ε_r ε₀ A/d (Callister ch. 18)",
    solution="C = ε_r ε₀ A/d = 6.0 · 8.854×10⁻¹² · 2.0×10⁻⁴/5.0×10⁻⁴ = 2.13×10⁻¹¹ F = 21.2 pF.",
    forms=("tex_units", "unit_conversion"),
)
def h11b_electrical_semiconductors_06():
    r"""A parallel-plate capacitor has plates of area $2.0\,\mathrm{cm^2}$ separated by $0.50\,\mathrm{mm}$ of a mica-filled dielectric with $\varepsilon_r = 6.0$ at $1\,\mathrm{MHz}$. Take $\varepsilon_0 = 8.85\times10^{-12}\,\mathrm{F\,m^{-1}}$. Calculate the capacitance in picofarads."""
    return 6.0 * EPS0 * Q_(2.0, "cm**2") / Q_(0.50, "mm")


@item(
    S,
    "electrical_semiconductors",
    "1/(ohm*m)",
    "σ = p e μ_h",
    refuse="The hole mobility 'from the previous problem' is not restated, so the conductivity cannot be computed from the question.",
    solution="σ = p e μ_h needs μ_h, which is only referred to ('the previous problem') and never given; the question must be refused.",
    forms=("previous_problem_reference", "must_refuse"),
)
def h11b_electrical_semiconductors_07():
    """Silicon is doped with 1.0 × 10¹⁷ boron atoms per cm³. Using the hole mobility found in the previous problem, and assuming complete ionisation, calculate the room-temperature conductivity in (Ω·m)⁻¹."""
    return None


@item(
    S,
    "electrical_semiconductors",
    "microsecond",
    "v_d = μ_e E, E = V/L, t = L/v_d",
    solution="E = 2.0 V/0.010 m = 200 V/m; v_d = 0.38 · 200 = 76 m/s; t = 0.010/76 = 1.32×10⁻⁴ s = 132 µs.",
    forms=("time_instead_of_velocity", "unicode", "multi_step"),
)
def h11b_electrical_semiconductors_08():
    """A bar of intrinsic germanium 1.0 cm long has 2.0 V applied across its ends. The electron mobility is 0.38 m²/(V·s). How long, in µs, does an electron take to drift the length of the bar?"""
    length = Q_(1.0, "cm")
    v = Q_(0.38, "m**2/(V*s)") * Q_(2.0, "V") / length
    return length / v


@item(
    S,
    "electrical_semiconductors",
    "dimensionless",
    "Fermi–Dirac f(E) = 1/[1 + exp((E − E_F)/kT)] (Kittel)",
    solution="T = (500 − 32)/1.8 + 273.15 = 533.15 K; kT = 0.04594 eV; f = 1/(1 + exp(0.15/0.04594)) = 1/(1 + 26.2) = 0.0368.",
    forms=("us_units", "unit_conversion", "precision_requested"),
)
def h11b_electrical_semiconductors_09():
    """What is the probability that an electron state lying 0.15 eV above the Fermi level is occupied at 500 °F? Give three significant figures."""
    t = kelvin((500 - 32) / 1.8)
    return 1 / (1 + math.exp(num(Q_(0.15, "eV") / (K_B_EV * t))))


# ---------------------------------------------------------------- magnetic


@item(
    S,
    "magnetic",
    "T",
    "M_s = n_B μ_B N, N = ρN_A/A, B_s = μ₀M_s (Callister ch. 20)",
    solution="N = 8.90 · 6.022×10²³/58.69 = 9.13×10²² cm⁻³ = 9.13×10²⁸ m⁻³; M_s = 0.60 · 9.274×10⁻²⁴ · 9.13×10²⁸ = 5.08×10⁵ A/m; B_s = μ₀M_s = 0.639 T.",
    forms=("tex_units", "multi_step", "asked_not_last"),
)
def h11b_magnetic_01():
    r"""Nickel has a net moment of $0.60$ Bohr magnetons per atom, a density of $8.90\,\mathrm{g\,cm^{-3}}$ and an atomic weight of $58.69\,\mathrm{g\,mol^{-1}}$. (a) Compute the saturation magnetization. (b) Compute the saturation flux density $B_s$ in tesla."""
    n = Q_(8.90, "g/cm**3") * AVOGADRO / Q_(58.69, "g/mol")
    ms = 0.60 * BOHR * n
    return (MU0 * ms).to("T")


@item(
    S,
    "magnetic",
    "T",
    "H = NI/l, B = μ₀μ_r H (Callister ch. 20)",
    solution="H = NI/l = 200 · 1.2/0.25 = 960 A/m; B = μ₀μ_r H = 4π×10⁻⁷ · 500 · 960 = 0.603 T. The wire diameter is not needed.",
    forms=("distractor_givens", "unicode"),
)
def h11b_magnetic_02():
    """A solenoid 25 cm long is wound with 200 turns of 0.8 mm copper wire and carries 1.2 A. Its core is a soft ferrite with relative permeability 500 (take it constant). Find the flux density inside the core in tesla."""
    h = 200 * Q_(1.2, "A") / Q_(25, "cm")
    return MU0 * 500 * h


@item(
    S,
    "magnetic",
    "kA/m",
    "Inverse spinel Fe₃O₄: 8 Fe²⁺ × 4 μ_B per cell; M_s = n_B μ_B/a³ (Callister ch. 20)",
    solution="Only the 8 Fe²⁺ per cell contribute (the Fe³⁺ moments cancel): 32 μ_B per cell; M_s = 32 · 9.274×10⁻²⁴/(0.839×10⁻⁹)³ = 5.02×10⁵ A/m = 502 kA/m.",
    forms=("unicode", "unit_conversion", "multi_step"),
)
def h11b_magnetic_03():
    """Magnetite (Fe₃O₄) has the inverse spinel structure with a cubic unit cell of edge 0.839 nm containing eight formula units. Each Fe²⁺ ion carries 4 Bohr magnetons and each Fe³⁺ ion 5, the Fe³⁺ moments cancelling between sites. Estimate the saturation magnetization in kA/m."""
    return 8 * 4 * BOHR / Q_(0.839, "nm") ** 3


@item(
    S,
    "magnetic",
    "A/m",
    "M = χ_m H, 1 Oe = 10³/(4π) A/m",
    solution="H = 1000 Oe = 1000 · 1000/(4π) = 7.96×10⁴ A/m; M = χH = 2.1×10⁻⁵ · 7.96×10⁴ = 1.67 A/m.",
    forms=("old_units", "unit_conversion"),
)
def h11b_magnetic_04():
    """Aluminium is paramagnetic with a volume (SI) susceptibility of 2.1 × 10⁻⁵. A specimen is placed in a field of 1 000 Oe. What magnetization does it acquire, in A/m?"""
    return 2.1e-5 * oersted_to_a_per_m(1000)


@item(
    S,
    "magnetic",
    "K",
    "Curie law χ = C/T",
    solution="χ ∝ 1/T, so a tenfold rise in χ needs T = 300/10 = 30 K; the value 3.0×10⁻⁴ itself is not needed.",
    forms=("numbers_in_words", "ratio_of_two_states", "time_to_reach_state"),
)
def h11b_magnetic_05():
    """A dilute paramagnetic salt obeys the Curie law. Its susceptibility is 3.0 × 10⁻⁴ at 300 K. To what temperature, in kelvin, must it be cooled for its susceptibility to become an order of magnitude larger?"""
    return Q_(300 / 10, "K")


@item(
    S,
    "magnetic",
    "gauss",
    "B = μ₀μ_r H; 1 Oe = 10³/(4π) A/m; 1 T = 10⁴ G",
    solution="H = 0.50 Oe = 39.8 A/m; B = 4π×10⁻⁷ · 4000 · 39.8 = 0.200 T = 2000 G.",
    forms=("old_units", "unit_conversion"),
)
def h11b_magnetic_06():
    """Grain-oriented Fe–3 % Si transformer sheet has an initial relative permeability of about 4 000. What flux density, in gauss, is produced in the sheet by a field of 0.50 Oe?"""
    b = MU0 * 4000 * oersted_to_a_per_m(0.50)
    return Q_(num(b / Q_(1, "T")) * 1e4, "gauss")


@item(
    S,
    "magnetic",
    "W",
    "Hysteresis power P = (loop area) × f × V",
    solution="Energy per cycle per volume = 250 J/m³; P = 250 · 60 · 2.0×10⁻³ = 30 W.",
    forms=("tex_units", "plain"),
)
def h11b_magnetic_07():
    r"""The B–H loop of a transformer steel encloses an area equivalent to $250\,\mathrm{J\,m^{-3}}$ per cycle. A core of volume $2.0\times10^{-3}\,\mathrm{m^3}$ is operated at $60\,\mathrm{Hz}$. Calculate the hysteresis power loss in watts."""
    return Q_(250, "J/m**3") * Q_(60, "Hz") * Q_(2.0e-3, "m**3")


@item(
    S,
    "magnetic",
    "K",
    "H_c(T) = H_c(0)[1 − (T/T_c)²] (Callister ch. 18)",
    solution="H_c/H_c(0) = 1/2 ⇒ (T/T_c)² = 1/2 ⇒ T = T_c/√2 = 7.19/1.414 = 5.08 K. H_c(0) is not needed.",
    forms=("numbers_in_words", "distractor_givens"),
)
def h11b_magnetic_08():
    """Lead is a type I superconductor with T_c = 7.19 K and a critical field at 0 K of 6.4 × 10⁴ A/m. Below what temperature must it be held if its critical field must be at least one-half of its 0 K value?"""
    return Q_(7.19, "K") / math.sqrt(2)


@item(
    S,
    "magnetic",
    "degC",
    "Curie–Weiss χ = C/(T − θ)",
    solution="2.0×10⁻³(400 − θ) = 1.0×10⁻³(600 − θ) ⇒ 800 − 2θ = 600 − θ ⇒ θ = 200 K = −73 °C.",
    forms=("data_table", "unit_conversion", "harder"),
    abs_tol=1.0,
)
def h11b_magnetic_09():
    """The susceptibility of a ferromagnet above its Curie point was measured:

    | T (K) | χ |
    | 400 | 2.0 × 10⁻³ |
    | 600 | 1.0 × 10⁻³ |

    Assuming Curie–Weiss behaviour, estimate the paramagnetic Curie temperature θ in °C, to the nearest degree."""
    t1, chi1, t2, chi2 = 400.0, 2.0e-3, 600.0, 1.0e-3
    theta = (chi1 * t1 - chi2 * t2) / (chi1 - chi2)
    return Q_(theta, "K").to("degC")


# ---------------------------------------------------------------- optical


@item(
    S,
    "optical",
    "degree",
    "Snell: sin θ_c = n₂/n₁",
    solution="sin θ_c = 1.33/1.52 = 0.875 ⇒ θ_c = 61.0°.",
    forms=("plain",),
)
def h11b_optical_01():
    """Light travels inside a crown-glass block (n = 1.52) toward its face, which is immersed in water (n = 1.33). Above what angle of incidence, in degrees, is it totally internally reflected?"""
    return Q_(math.degrees(math.asin(1.33 / 1.52)), "degree")


@item(
    S,
    "optical",
    "percent",
    "R = ((n − 1)/(n + 1))²; slab transmission (1 − R)² or (1 − R)/(1 + R)",
    solution="R = (1.42/3.42)² = 0.1724. Counting only the two surfaces once: T = (1 − R)² = 68.5 %; summing the incoherent multiple reflections: T = (1 − R)/(1 + R) = 70.6 %.",
    forms=("two_readings", "percent"),
)
def h11b_optical_02():
    """Diamond has a refractive index of 2.42 and negligible absorption in the visible. What percentage of normally incident light is transmitted through a parallel-sided diamond plate?"""
    n = 2.42
    r = ((n - 1) / (n + 1)) ** 2
    return {
        "single pass, two surfaces (1 − R)²": Q_((1 - r) ** 2, "dimensionless"),
        "multiple incoherent reflections (1 − R)/(1 + R)": Q_((1 - r) / (1 + r), "dimensionless"),
    }


@item(
    S,
    "optical",
    "mm",
    "Beer–Lambert I/I₀ = exp(−βx)",
    solution="x = −ln(0.80)/β = 0.2231/0.25 cm⁻¹ = 0.893 cm = 8.93 mm.",
    forms=("unit_conversion", "inverse_design"),
)
def h11b_optical_03():
    """A tinted glass has an absorption coefficient of 0.25 cm⁻¹. Neglecting reflection at the surfaces, what is the maximum thickness, in mm, for which at least 80 % of the light entering the glass reaches the far side?"""
    return -math.log(0.80) / Q_(0.25, "1/cm")


@item(
    S,
    "optical",
    "nm",
    "λ_c = hc/E_g",
    solution="λ_c = hc/E_g = 1239.8 eV·nm/2.67 eV = 464 nm; shorter wavelengths are absorbed. The refractive index and density are not needed.",
    forms=("distractor_givens", "context_paragraph"),
)
def h11b_optical_04():
    """Zinc selenide windows are used for CO₂-laser optics at 10.6 µm. ZnSe has a density of 5.27 g/cm³, a refractive index of about 2.4 and a band gap of 2.67 eV. Find the longest wavelength, in nm, at which band-gap absorption begins."""
    return H * C0 / Q_(2.67, "eV")


@item(
    S,
    "optical",
    "1/s",
    "E = hc/λ, photon rate = P/E",
    solution="E = hc/λ = 6.626×10⁻³⁴ · 2.998×10⁸/632.8×10⁻⁹ = 3.139×10⁻¹⁹ J; rate = 5.0×10⁻³/3.139×10⁻¹⁹ = 1.59×10¹⁶ s⁻¹.",
    forms=("scientific_notation", "answer_blank"),
)
def h11b_optical_05():
    """A He–Ne laser emits 5.0 mW at 632.8 nm. How many photons leave it each second?

    photons per second = ______ (scientific notation)"""
    e = H * C0 / Q_(632.8, "nm")
    return Q_(5.0, "mW") / e


@item(
    S,
    "optical",
    "percent",
    "R = ((n − 1)/(n + 1))² (Fresnel, normal incidence)",
    refuse="The givens contradict each other: n = 1.50 gives R = 4.0 % at normal incidence, not the 10 % stated, so the transmission cannot be determined.",
    solution="For n = 1.50, R = (0.5/2.5)² = 0.040, which contradicts the stated 10 %; with inconsistent data the requested transmission is undetermined, so the question is refused.",
    forms=("contradictory_givens", "must_refuse"),
)
def h11b_optical_06():
    """A soda-lime glass plate (n = 1.50, non-absorbing) reflects 10 % of normally incident light at each surface. Using both values, compute the percentage of light transmitted through the plate."""
    return None


@item(
    S,
    "optical",
    "microsecond",
    "n = √ε_r (non-magnetic), v = c/n, t = L/v",
    solution="n = √2.25 = 1.50; v = c/n = 2.00×10⁸ m/s; t = 1000/2.00×10⁸ = 5.00×10⁻⁶ s = 5.00 µs.",
    forms=("multi_step", "tex_units", "time_instead_of_velocity"),
)
def h11b_optical_07():
    r"""The high-frequency relative permittivity of a silica-based fibre core is $\varepsilon_r = 2.25$ (take $\mu_r = 1$). How long, in microseconds, does a light pulse take to travel $1.0\,\mathrm{km}$ along the fibre (ignore dispersion and path length differences)?"""
    n = math.sqrt(2.25)
    return Q_(1.0, "km") / (C0 / n)


@item(
    S,
    "optical",
    "ms",
    "Phosphorescence decay I = I₀ exp(−t/τ)",
    solution="I/I₀ = 1/4 ⇒ t = τ ln 4 = 3.0 · 1.386 = 4.16 ms.",
    forms=("numbers_in_words", "time_to_reach_state"),
)
def h11b_optical_08():
    """The luminescence of a phosphor decays exponentially with a relaxation time of 3.0 ms after the excitation is switched off. How long, in ms, before the intensity falls to a quarter of its initial value?"""
    return Q_(3.0, "ms") * math.log(4)


# ---------------------------------------------------------------- thermal


@item(
    S,
    "thermal",
    "mm",
    "ΔL = α L₀ ΔT (Callister ch. 19)",
    solution="ΔL = 13.1×10⁻⁶ °F⁻¹ · 120 in · (300 − 70) °F = 0.362 in = 9.18 mm.",
    forms=("us_units", "unit_conversion"),
)
def h11b_thermal_01():
    """A 10.0 ft aluminium bus bar has a linear coefficient of thermal expansion of 13.1 × 10⁻⁶ (°F)⁻¹. It is heated from 70 °F to 300 °F. By how many millimetres does it lengthen?"""
    return 13.1e-6 * Q_(10.0, "ft") * (300 - 70)


@item(
    S,
    "thermal",
    "ksi",
    "Constrained bar σ = Eα ΔT (Callister ch. 19)",
    solution="σ = EαΔT = 207×10³ MPa · 12.0×10⁻⁶ · 80 = 198.7 MPa (tensile on cooling) = 28.8 ksi.",
    forms=("condition_selects_relation", "unit_conversion", "spaced_thousands"),
)
def h11b_thermal_02():
    """A steel rod is fixed rigidly between two walls at 100 °C and then cooled to 20 °C. E = 207 000 MPa, α = 12.0 × 10⁻⁶ °C⁻¹. Assume the stress stays below the yield strength. Compute the thermal stress in ksi."""
    return Q_(207000, "MPa") * 12.0e-6 * (100 - 20)


@item(
    S,
    "thermal",
    "Btu/(hour*ft**2)",
    "Steady-state Fourier law q = k ΔT/Δx (Callister ch. 19)",
    solution="q = kΔT/Δx = 51.9 · 100/0.010 = 5.19×10⁵ W/m² = 1.65×10⁵ Btu/(h·ft²).",
    forms=("condition_selects_relation", "us_units", "unit_conversion"),
)
def h11b_thermal_03():
    """Given: a plain-carbon steel plate 10 mm thick, k = 51.9 W/(m·K); its faces are held at 150 °C and 50 °C; heat flow is steady.
    Find: the heat flux through the plate in Btu/(h·ft²)."""
    return Q_(51.9, "W/(m*K)") * Q_(100, "K") / Q_(10, "mm")


@item(
    S,
    "thermal",
    "kcal",
    "Q = m c_p ΔT",
    solution="Q = 2.0 kg · 386 J/(kg·K) · 100 K = 77 200 J = 18.5 kcal (1 kcal = 4.184 kJ). The density is not needed.",
    forms=("old_units", "distractor_givens"),
)
def h11b_thermal_04():
    r"""How much heat, in kcal, must be supplied to raise $2.0\,\mathrm{kg}$ of copper ($c_p = 386\,\mathrm{J\,kg^{-1}\,K^{-1}}$, $\rho = 8.96\,\mathrm{g\,cm^{-3}}$) from $25\,^{\circ}\mathrm{C}$ to $125\,^{\circ}\mathrm{C}$? Take $1\,\mathrm{kcal} = 4.184\,\mathrm{kJ}$."""
    return Q_(2.0, "kg") * Q_(386, "J/(kg*K)") * Q_(100, "K")


@item(
    S,
    "thermal",
    "mJ/(mol*K)",
    "Debye T³ law C_v = (12π⁴/5) R (T/θ_D)³ (Kittel ch. 5)",
    solution="C_v = (12π⁴/5) · 8.314 · (10/343)³ = 1944 · 2.478×10⁻⁵ = 0.0482 J/(mol·K) = 48.2 mJ/(mol·K).",
    forms=("unicode", "unit_conversion"),
)
def h11b_thermal_05():
    """The Debye temperature of copper is 343 K. Estimate the molar heat capacity of copper at 10 K in mJ mol⁻¹ K⁻¹."""
    return 12 * math.pi**4 / 5 * R_GAS * (10 / 343) ** 3


@item(
    S,
    "thermal",
    "K",
    "Thermal shock ΔT = σ_f(1 − ν)/(Eα) or σ_f/(Eα) (Callister ch. 19; Kingery)",
    solution="With the biaxial surface-stress form ΔT = σ_f(1 − ν)/(Eα) = 70×10⁶ · 0.75/(69×10⁹ · 9.0×10⁻⁶) = 84.5 °C; with the uniaxial form (Callister) ΔT = σ_f/(Eα) = 112.7 °C.",
    forms=("two_readings", "minimum_design_value"),
)
def h11b_thermal_06():
    """A soda-lime glass has a fracture strength of 70 MPa, E = 69 GPa, Poisson's ratio 0.25 and α = 9.0 × 10⁻⁶ °C⁻¹. What is the maximum temperature drop (in °C) it can survive on sudden quenching?"""
    sf, e, nu, a = Q_(70, "MPa"), Q_(69, "GPa"), 0.25, Q_(9.0e-6, "1/K")
    return {
        "biaxial σ_f(1 − ν)/(Eα)": sf * (1 - nu) / (e * a),
        "uniaxial σ_f/(Eα)": sf / (e * a),
    }


@item(
    S,
    "thermal",
    "mm",
    "ΔL = α L₀ ΔT",
    refuse="The expansion coefficient of an unnamed 'commercial alloy' is needed and is not given.",
    solution="ΔL = αL₀ΔT needs α, which depends on which alloy it is; the alloy is not named and α is not given, so the question must be refused.",
    forms=("unnamed_alloy", "must_refuse"),
)
def h11b_thermal_07():
    """A 1.2 m bar of a commercial alloy is heated uniformly from 20 °C to 220 °C in a furnace. Calculate its change in length in mm."""
    return None


@item(
    S,
    "thermal",
    "percent",
    "Wiedemann–Franz k = LσT",
    solution="k_WF = 2.44×10⁻⁸ · 5.96×10⁷ · 293 = 426 W/(m·K); (426 − 398)/398 = 7.1 %.",
    forms=("percent_difference", "given_find"),
)
def h11b_thermal_08():
    """Given: copper at 293 K, σ = 5.96 × 10⁷ (Ω·m)⁻¹, measured k = 398 W/(m·K), Lorenz number L = 2.44 × 10⁻⁸ W·Ω/K².
    Find: by what percentage the Wiedemann–Franz estimate of k exceeds the measured value."""
    k_wf = Q_(2.44e-8, "W*ohm/K**2") * Q_(5.96e7, "1/(ohm*m)") * Q_(293, "K")
    k_meas = Q_(398, "W/(m*K)")
    return (k_wf - k_meas) / k_meas


@item(
    S,
    "thermal",
    "mm**2/s",
    "Thermal diffusivity a = k/(ρ c_p)",
    solution="a = 401/(8960 · 385) = 1.16×10⁻⁴ m²/s = 116 mm²/s.",
    forms=("unicode", "unit_conversion"),
)
def h11b_thermal_09():
    """For pure copper k = 401 W m⁻¹ K⁻¹, ρ = 8 960 kg m⁻³ and c_p = 385 J kg⁻¹ K⁻¹. Compute the thermal diffusivity in mm²/s."""
    return Q_(401, "W/(m*K)") / (Q_(8960, "kg/m**3") * Q_(385, "J/(kg*K)"))


# ---------------------------------------------------------------- polymers


@item(
    S,
    "polymers",
    "dimensionless",
    "n = M_n/m (Callister ch. 14)",
    solution="m(C₂H₃Cl) = 2 · 12.011 + 3 · 1.008 + 35.45 = 62.50 g/mol; n = 150 000/62.50 = 2400.",
    forms=("spaced_thousands", "plain"),
    abs_tol=5.0,
)
def h11b_polymers_01():
    """A poly(vinyl chloride) has a number-average molecular weight of 150 000 g/mol. What is its number-average degree of polymerization (nearest integer)?"""
    m = 2 * 12.011 + 3 * 1.008 + 35.45
    return 150000 / m


@item(
    S,
    "polymers",
    "dimensionless",
    "M_w = Σw_iM_i, M_n = 1/Σ(w_i/M_i), PDI = M_w/M_n",
    solution="M_w = 0.10·10 + 0.40·30 + 0.35·50 + 0.15·70 = 41.0 kg/mol; M_n = 1/(0.010 + 0.01333 + 0.0070 + 0.00214) = 30.8 kg/mol; PDI = 41.0/30.8 = 1.33.",
    forms=("data_table", "asked_not_last", "multi_step"),
)
def h11b_polymers_02():
    """The molecular-weight distribution of a polystyrene is given below as weight fractions.

    | M_i (kg/mol, mid-range) | 10 | 30 | 50 | 70 |
    | w_i | 0.10 | 0.40 | 0.35 | 0.15 |

    (a) Compute M_w. (b) Compute M_n. (c) What is the polydispersity index?"""
    mi = [10.0, 30.0, 50.0, 70.0]
    wi = [0.10, 0.40, 0.35, 0.15]
    mw = sum(w * m for w, m in zip(wi, mi, strict=True))
    mn = 1 / sum(w / m for w, m in zip(wi, mi, strict=True))
    return mw / mn


@item(
    S,
    "polymers",
    "percent",
    "% crystallinity = ρ_c(ρ_s − ρ_a)/[ρ_s(ρ_c − ρ_a)] (Callister ch. 14)",
    solution="Crystallinity = 1.000(0.925 − 0.870)/[0.925(1.000 − 0.870)] = 0.457; amorphous fraction = 1 − 0.457 = 54.3 %.",
    forms=("other_phase_fraction", "tex_units"),
)
def h11b_polymers_03():
    r"""A polyethylene sample has a density of $0.925\,\mathrm{g\,cm^{-3}}$. The totally crystalline and totally amorphous densities are $1.000$ and $0.870\,\mathrm{g\,cm^{-3}}$. What weight percent of the sample is amorphous?"""
    rc, ra, rs = 1.000, 0.870, 0.925
    xc = rc * (rs - ra) / (rs * (rc - ra))
    return Q_(1 - xc, "dimensionless")


@item(
    S,
    "polymers",
    "percent",
    "Rubber elasticity E ≈ 3ρRT/M_c",
    solution="E ∝ T (absolute) at fixed ρ and M_c: E(80 °C)/E(20 °C) = 353.15/293.15 = 1.205, a 20.5 % increase.",
    forms=("percent_change", "distractor_givens", "unit_typo"),
)
def h11b_polymers_04():
    """A lightly vulcanised natural rubber has a density of 0.93 g/cm³ and a molecular weight between crosslinks of 5 000 g/mol; its modulus at 20 deg C is about 1.4 Mpa. Treating it as an ideal rubber, by what percentage does its modulus change when it is heated to 80 deg C (neglect the change in density)?"""
    return Q_(kelvin(80) / kelvin(20) - 1, "dimensionless")


@item(
    S,
    "polymers",
    "minute",
    "Maxwell stress relaxation σ = σ₀ exp(−t/τ) (Callister ch. 15)",
    solution="τ = 60/ln(3.5/2.0) = 107.2 s; t(1.0 MPa) = τ ln(3.5/1.0) = 134.3 s = 2.24 min.",
    forms=("unit_typo", "time_to_reach_state", "multi_step"),
)
def h11b_polymers_05():
    """A polymer strap is stretched quickly and held at fixed strain; the initial stress is 3.5 Mpa and it falls to 2.0 Mpa after 60 s. Assuming single-relaxation-time behaviour, after how many minutes (from the start) will the stress have fallen to 1.0 MPa?"""
    tau = Q_(60, "s") / math.log(3.5 / 2.0)
    return tau * math.log(3.5 / 1.0)


@item(
    S,
    "polymers",
    "dimensionless",
    "Copolymer m̄ = f_s m_s + (1 − f_s) m_b, m̄ = M_n/n (Callister ch. 14)",
    solution="m̄ = 350 000/5 600 = 62.5 g/mol; f_s = (62.5 − 54.09)/(104.15 − 54.09) = 0.168; butadiene fraction = 0.832.",
    forms=("other_phase_fraction", "spaced_thousands", "multi_step"),
)
def h11b_polymers_06():
    """A styrene–butadiene copolymer has M_n = 350 000 g/mol and a degree of polymerization of 5 600. Repeat-unit weights: styrene 104.15 g/mol, butadiene 54.09 g/mol. What is the mole fraction of butadiene repeat units?"""
    m = 350000 / 5600
    fs = (m - 54.09) / (104.15 - 54.09)
    return 1 - fs


@item(
    S,
    "polymers",
    "ms",
    "WLF log a_T = −17.44(T − T_g)/(51.6 + T − T_g) (Ferry)",
    solution="log a_T = −17.44 · 20/71.6 = −4.872; a_T = 1.34×10⁻⁵; τ = 100 s · 1.34×10⁻⁵ = 1.34×10⁻³ s = 1.34 ms.",
    forms=("harder", "unit_conversion"),
)
def h11b_polymers_07():
    """An amorphous polymer has T_g = 100 °C and a characteristic relaxation time of 100 s at T_g. Using the WLF equation with the universal constants (C₁ = 17.44, C₂ = 51.6 K), estimate the relaxation time at 120 °C in milliseconds."""
    dt = 20.0
    log_at = -17.44 * dt / (51.6 + dt)
    return Q_(100, "s") * 10**log_at


@item(
    S,
    "polymers",
    "dimensionless",
    "n = M_n/m",
    refuse="'Nylon' is ambiguous: nylon 6 (113.16 g/mol) and nylon 6,6 (226.32 g/mol) have different repeat units, so the degree of polymerization is undetermined.",
    solution="The degree of polymerization needs the repeat-unit weight, which differs between nylon 6 and nylon 6,6; the substance is not specified, so the question must be refused.",
    forms=("ambiguous_substance", "must_refuse"),
)
def h11b_polymers_08():
    """A nylon fibre has a number-average molecular weight of 20 000 g/mol. What is its degree of polymerization?"""
    return None


@item(
    S,
    "polymers",
    "dimensionless",
    "Contour length L = N d sin(θ/2); r_rms = d√N (Callister ch. 14)",
    solution="N = 2 · 5000 = 10⁴ C–C bonds; L = 10⁴ · 0.154 · sin 54.75° = 1258 nm; r = 0.154 · √10⁴ = 15.4 nm; L/r = 81.7.",
    forms=("ratio", "multi_step", "angstrom"),
)
def h11b_polymers_09():
    """A linear polyethylene molecule has a degree of polymerization of 5 000. The C–C bond length is 1.54 Å and the bond angle 109.5°. By what factor does the fully extended (contour) chain length exceed the root-mean-square end-to-end distance of the random coil (freely jointed chain)?"""
    n_bonds = 2 * 5000
    d = Q_(1.54, "angstrom")
    contour = n_bonds * d * math.sin(math.radians(109.5 / 2))
    r = d * math.sqrt(n_bonds)
    return contour / r


# ---------------------------------------------------------------- ceramics & composites


@item(
    S,
    "ceramics_composites",
    "dimensionless",
    "Isostrain E = V_fE_f + V_mE_m; isostress 1/E = V_f/E_f + V_m/E_m (Callister ch. 16)",
    solution="E_∥ = 0.40 · 10.5 + 0.60 · 0.35 = 4.41×10⁶ psi; E_⊥ = 1/(0.40/10.5 + 0.60/0.35) = 0.571×10⁶ psi; ratio = 7.73.",
    forms=("us_units", "ratio", "multi_step"),
)
def h11b_ceramics_composites_01():
    """An aligned continuous E-glass/epoxy composite contains 40 vol% fibres. E(glass) = 10.5 × 10⁶ psi, E(epoxy) = 0.35 × 10⁶ psi. What is the ratio of the longitudinal to the transverse elastic modulus?"""
    ef, em, vf = Q_(10.5e6, "psi"), Q_(0.35e6, "psi"), 0.40
    e_long = vf * ef + (1 - vf) * em
    e_tran = 1 / (vf / ef + (1 - vf) / em)
    return e_long / e_tran


@item(
    S,
    "ceramics_composites",
    "percent",
    "Isostrain F_f/F_m = E_fV_f/(E_mV_m) (Callister ch. 16)",
    solution="F_f/F_m = 230 · 0.55/(3.1 · 0.45) = 90.7; fraction carried by fibres = 90.7/91.7 = 98.9 %.",
    forms=("asked_not_last", "plain"),
)
def h11b_ceramics_composites_02():
    """A unidirectional carbon/epoxy lamina (V_f = 0.55) is loaded along the fibres. E_f = 230 GPa, E_m = 3.1 GPa. What percentage of the load is carried by the fibres?"""
    ratio = 230 * 0.55 / (3.1 * 0.45)
    return Q_(ratio / (1 + ratio), "dimensionless")


@item(
    S,
    "ceramics_composites",
    "mm",
    "Critical fibre length l_c = σ_f* d/(2τ_c) (Callister ch. 16)",
    solution="σ_f* = 357 kgf/mm² · 9.807 N/kgf = 3.50 GPa; l_c = 3.50×10⁹ · 7×10⁻⁶/(2 · 40×10⁶) = 3.06×10⁻⁴ m = 0.306 mm.",
    forms=("unit_typo", "old_units", "minimum_design_value"),
)
def h11b_ceramics_composites_03():
    """Carbon fibres of diameter 7 um and tensile strength 357 kgf/mm² are embedded in an epoxy; the fibre–matrix bond shear strength is 40 MPa. What minimum fibre length, in mm, is needed for the fibres to be loaded to their full strength?"""
    return Q_(357, "kgf/mm**2") * Q_(7, "um") / (2 * Q_(40, "MPa"))


@item(
    S,
    "ceramics_composites",
    "percent",
    "E = E₀(1 − 1.9P + 0.9P²) (Callister ch. 12)",
    solution="300/380 = 1 − 1.9P + 0.9P² ⇒ 0.9P² − 1.9P + 0.2105 = 0 ⇒ P = [1.9 − √(3.61 − 0.758)]/1.8 = 0.117, i.e. 11.7 vol%.",
    forms=("maximum_design_value", "harder"),
)
def h11b_ceramics_composites_04():
    """The elastic modulus of fully dense alumina is 380 GPa. A sintered alumina component must have a modulus of at least 300 GPa. Using E = E₀(1 − 1.9P + 0.9P²), what is the maximum allowable volume fraction porosity, in percent?"""
    a, b, c = 0.9, -1.9, 1 - 300 / 380
    p = (-b - math.sqrt(b * b - 4 * a * c)) / (2 * a)
    return Q_(p, "dimensionless")


@item(
    S,
    "ceramics_composites",
    "ksi",
    "Three-point flexure σ_fs = 3FL/(2bd²) (Callister ch. 12)",
    solution="σ = 3 · 1250 · 0.040/(2 · 0.010 · 0.005²) = 300 MPa = 43.5 ksi.",
    forms=("spaced_thousands", "us_units", "tex_units"),
)
def h11b_ceramics_composites_05():
    r"""A rectangular bar of a zirconia ceramic, $10\,\mathrm{mm}$ wide and $5\,\mathrm{mm}$ thick, breaks at a load of $1\,250\,\mathrm{N}$ in three-point bending over a support span of $40\,\mathrm{mm}$. Compute the flexural strength in ksi."""
    f, span, b, d = Q_(1250, "N"), Q_(40, "mm"), Q_(10, "mm"), Q_(5, "mm")
    return 3 * f * span / (2 * b * d**2)


@item(
    S,
    "ceramics_composites",
    "um",
    "K_Ic = Yσ√(πa), Y = 1.12 for an edge crack",
    solution="a = (K_Ic/(Yσ))²/π = (5.0/(1.12 · 300))²/π = 7.05×10⁻⁵ m = 70.5 µm.",
    forms=("condition_selects_relation", "maximum_design_value"),
)
def h11b_ceramics_composites_06():
    """A silicon nitride component (K_Ic = 5.0 MPa·m^1/2) is to carry a tensile stress of 300 MPa. The crack is an edge crack (take Y = 1.12). What is the largest crack depth, in µm, that can be tolerated?"""
    k, s = Q_(5.0, "MPa*m**0.5"), Q_(300, "MPa")
    return (k / (1.12 * s)) ** 2 / math.pi


@item(
    S,
    "ceramics_composites",
    "percent",
    "Lever rule on the Al₂O₃–Cr₂O₃ phase diagram",
    refuse="The liquidus and solidus compositions at 2100 °C can only be read from the figure, which is not given.",
    solution="The lever rule needs the liquidus and solidus compositions at 2100 °C, which are only available from the referenced figure; no numbers are given, so the question must be refused.",
    forms=("figure_datum", "must_refuse"),
)
def h11b_ceramics_composites_07():
    """Using the Al₂O₃–Cr₂O₃ phase diagram in Figure 12.24, determine the mass percent of liquid in a 50 wt% Cr₂O₃ ceramic held at 2100 °C."""
    return None


@item(
    S,
    "ceramics_composites",
    "kg/m**3",
    "Rock salt: a = 2(r_C + r_A), ρ = 4(A_C + A_A)/(a³N_A) (Callister ch. 12)",
    solution="a = 2(0.072 + 0.140) = 0.424 nm; ρ = 4(24.31 + 16.00)/((0.424×10⁻⁷)³ · 6.022×10²³) = 3.51 g/cm³ = 3510 kg/m³.",
    forms=("tex_units", "unit_conversion", "multi_step"),
)
def h11b_ceramics_composites_08():
    r"""MgO has the rock-salt structure. The ionic radii are $r_{\mathrm{Mg^{2+}}} = 0.072\,\mathrm{nm}$ and $r_{\mathrm{O^{2-}}} = 0.140\,\mathrm{nm}$; atomic weights $24.31$ and $16.00\,\mathrm{g\,mol^{-1}}$. Assuming the ions touch along the cube edge, compute the theoretical density in $\mathrm{kg\,m^{-3}}$."""
    a = 2 * Q_(0.072 + 0.140, "nm")
    return 4 * Q_(24.31 + 16.00, "g/mol") / (a**3 * AVOGADRO)


# ---------------------------------------------------------------- corrosion


@item(
    S,
    "corrosion",
    "V",
    "Nernst E = E° − (RT/nF) ln([Zn²⁺]/[Cu²⁺]) (Callister ch. 17)",
    solution="E° = 0.340 − (−0.763) = 1.103 V; E = 1.103 − (8.314 · 298.15/(2 · 96485)) ln(1.0/1.0×10⁻³) = 1.103 − 0.0887 = 1.014 V.",
    forms=("data_list", "unicode"),
)
def h11b_corrosion_01():
    """A Daniell-type cell at 25 °C consists of zinc in 1.0 M Zn²⁺ and copper in 1.0 × 10⁻³ M Cu²⁺.
    Data: E°(Cu²⁺/Cu) = +0.340 V, E°(Zn²⁺/Zn) = −0.763 V.
    Compute the cell potential in volts."""
    e0 = Q_(0.340 - (-0.763), "V")
    return e0 - R_GAS * kelvin(25) / (2 * F_CONST) * math.log(1.0 / 1.0e-3)


@item(
    S,
    "corrosion",
    "thou/year",
    "Faraday: penetration rate = iM/(nFρ)",
    solution="r = iM/(nFρ) = 5×10⁻⁶ · 55.85/(2 · 96485 · 7.87) = 1.84×10⁻¹⁰ cm/s = 5.80×10⁻³ cm/yr = 2.28 mpy.",
    forms=("old_units", "unit_conversion", "multi_step"),
)
def h11b_corrosion_02():
    r"""Iron corrodes uniformly in an aerated solution with a corrosion current density of $5.0\,\mu\mathrm{A\,cm^{-2}}$ (Fe → Fe²⁺). Take $M = 55.85\,\mathrm{g\,mol^{-1}}$, $\rho = 7.87\,\mathrm{g\,cm^{-3}}$. Express the penetration rate in mils per year."""
    i = Q_(5.0, "uA/cm**2")
    return i * Q_(55.85, "g/mol") / (2 * F_CONST * Q_(7.87, "g/cm**3"))


@item(
    S,
    "corrosion",
    "mm/year",
    "CPR = W/(ρAt) (Callister ch. 17)",
    solution="A = 400 in² = 2581 cm²; CPR = 485/(7.9 · 2581) cm/yr = 0.0238 cm/yr = 0.238 mm/yr. The plate thickness is not needed.",
    forms=("us_units", "distractor_givens", "context_paragraph"),
)
def h11b_corrosion_03():
    """A steel test panel (ρ = 7.9 g/cm³) 0.25 in. thick, with an exposed area of 400 in², was left on a marine test rack for one year, during which the rack saw 1 200 mm of rainfall. The panel lost 485 g. Compute the corrosion penetration rate in mm/yr."""
    return Q_(485, "g") / (Q_(7.9, "g/cm**3") * Q_(400, "in**2") * Q_(1, "year"))


@item(
    S,
    "corrosion",
    "year",
    "Faraday penetration rate iM/(nFρ); time = allowance/rate",
    solution="r = 20×10⁻⁶ · 55.85/(2 · 96485 · 7.87) = 7.36×10⁻¹⁰ cm/s = 0.232 mm/yr; half of 6.0 mm is 3.0 mm, so t = 3.0/0.232 = 12.9 years.",
    forms=("time_to_reach_state", "numbers_in_words", "part_b_restated", "harder"),
)
def h11b_corrosion_04():
    """A buried steel pipe (wall 6.0 mm; Fe: 55.85 g/mol, 7.87 g/cm³) corrodes uniformly with a corrosion current density of 20 µA/cm², Fe going to Fe²⁺. (a) Compute the penetration rate. (b) Using the rate found in part (a), 0.232 mm/yr, and given that the pipe is condemned when half the wall has been lost, how many years will it last?"""
    rate = Q_(20, "uA/cm**2") * Q_(55.85, "g/mol") / (2 * F_CONST * Q_(7.87, "g/cm**3"))
    return Q_(3.0, "mm") / rate


@item(
    S,
    "corrosion",
    "dimensionless",
    "Pilling–Bedworth ratio PBR = M_ox ρ_M/(n M_M ρ_ox) (Callister ch. 17)",
    solution="PBR = 101.96 · 2.70/(2 · 26.98 · 3.95) = 1.29; protective. The melting points are not needed.",
    forms=("data_table", "distractor_givens", "precision_requested"),
)
def h11b_corrosion_05():
    """Use the data below to compute the Pilling–Bedworth ratio for aluminium oxidising to Al₂O₃ (three significant figures).

    | | M (g/mol) | ρ (g/cm³) | T_m (°C) |
    | Al | 26.98 | 2.70 | 660 |
    | Al₂O₃ | 101.96 | 3.95 | 2072 |"""
    return 101.96 * 2.70 / (2 * 26.98 * 3.95)


@item(
    S,
    "corrosion",
    "um/year",
    "Faraday penetration rate iM/(nFρ)",
    refuse="The corrosion current 'found in the previous problem' is not restated, so the penetration rate cannot be computed.",
    solution="The penetration rate needs the corrosion current density, which is only referred to from the previous problem and not given; the question must be refused.",
    forms=("previous_problem_reference", "must_refuse"),
)
def h11b_corrosion_06():
    """Using the corrosion current density found in the previous problem, compute the penetration rate of the zinc coating (M = 65.38 g/mol, ρ = 7.14 g/cm³, Zn → Zn²⁺) in µm per year."""
    return None


@item(
    S,
    "corrosion",
    "minute",
    "Parabolic oxidation W² = K_p t",
    solution="W ∝ √t: t = 1 h · (2.0/0.50)² = 16 h = 960 min.",
    forms=("condition_selects_relation", "time_to_reach_state", "unit_conversion"),
)
def h11b_corrosion_07():
    """A nickel alloy gains 0.50 mg/cm² in the first hour of oxidation at 900 °C. Assume parabolic kinetics. After how many minutes will the weight gain reach 2.0 mg/cm²?"""
    return Q_(1, "hour") * (2.0 / 0.50) ** 2


@item(
    S,
    "corrosion",
    "mV",
    "Concentration cell E = (RT/nF) ln(c₁/c₂)",
    solution="E = (8.314 · 313.15/(2 · 96485)) ln(0.50/0.0020) = 0.01349 · 5.521 = 0.0745 V = 74.5 mV.",
    forms=("unit_typo", "unicode"),
)
def h11b_corrosion_08():
    """Two iron electrodes, one in 0.50 M Fe²⁺ and the other in 2.0 × 10⁻³ M Fe²⁺, are joined through a salt bridge at 40 deg C. What emf (in mV) does this concentration cell develop?"""
    return R_GAS * kelvin(40) / (2 * F_CONST) * math.log(0.50 / 2.0e-3)
