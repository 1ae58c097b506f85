"""Set heldout22 (set W), second half: 60 questions over seven topics of a qualifying exam
(electrical & semiconductors, magnetic, optical, thermal, polymers, ceramics & composites,
corrosion).

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

S = "heldout22"

K_EV = K_BOLTZ.to("eV/K")


# ---------------------------------------------------------------- electrical & semiconductors


@item(
    S,
    "electrical_semiconductors",
    "ohm*cm",
    "σ = n_i|e|(μ_e + μ_h), ρ = 1/σ (Callister eq. 18.15)",
    solution="σ = n_i e (μ_e + μ_h) = 1.0 × 10¹⁶ m⁻³ × 1.602 × 10⁻¹⁹ C × (0.1350 + 0.0480) m²/(V·s) = 2.93 × 10⁻⁴ (Ω·m)⁻¹. ρ = 1/σ = 3.41 × 10³ Ω·m = 3.41 × 10⁵ Ω·cm.",
    forms=("siunitx", "two_step", "answer_unit_differs", "tex"),
)
def h22b_electrical_semiconductors_01():
    r"""For intrinsic silicon at room temperature take $n_i = \num{1.0e10}\,\si{\per\centi\meter\cubed}$, $\mu_e = \SI{1350}{\centi\meter\squared\per\volt\per\second}$ and $\mu_h = \SI{480}{\centi\meter\squared\per\volt\per\second}$. Compute the electrical resistivity in $\Omega\cdot$cm."""
    n_i = Q_(1.0e10, "cm**-3")
    sigma = n_i * Q_(1.602176634e-19, "C") * (Q_(1350, "cm**2/(V*s)") + Q_(480, "cm**2/(V*s)"))
    return 1 / sigma


@item(
    S,
    "electrical_semiconductors",
    "S/m",
    "Extrinsic n-type: n ≈ N_d, σ = n|e|μ_e (Callister eq. 18.16); N_Si = ρN_A/A",
    solution="Atom density of Si: N = ρN_A/A = 2.33 × 6.022 × 10²³/28.09 = 4.995 × 10²² cm⁻³. 0.10 ppm (atomic) P gives N_d = 0.10 × 10⁻⁶ × 4.995 × 10²² = 4.995 × 10¹⁵ cm⁻³ = 4.995 × 10²¹ m⁻³; every donor ionised, n = N_d. σ = n e μ_e = 4.995 × 10²¹ × 1.602 × 10⁻¹⁹ × 0.135 = 108 S/m.",
    forms=("ppm_units", "known_datum_not_given", "multi_step", "unicode"),
)
def h22b_electrical_semiconductors_02():
    """Silicon is doped with phosphorus at a level of 0.10 ppm (atomic, i.e. 0.10 P atoms per million Si atoms). Assuming all donors are ionised at room temperature and μₑ = 1350 cm²/(V·s), what is the room-temperature conductivity in S/m? (density of Si 2.33 g/cm³)"""
    n_si = Q_(2.33, "g/cm**3") * AVOGADRO / Q_(28.09, "g/mol")
    n = 0.10e-6 * n_si
    return n * Q_(1.602176634e-19, "C") * Q_(1350, "cm**2/(V*s)")


@item(
    S,
    "electrical_semiconductors",
    "dimensionless",
    "n_i ∝ exp(−E_g/2kT) (Callister eq. 18.36) or n_i ∝ T^{3/2} exp(−E_g/2kT) (Sze eq. 2.21 / Kittel ch. 8)",
    solution="Callister's reading keeps only the exponential: n(350)/n(300) = exp[(E_g/2k)(1/300 − 1/350)] = exp[(0.66/(2 × 8.617 × 10⁻⁵)) × 4.762 × 10⁻⁴] = exp(1.824) = 6.19. Including the T^{3/2} prefactor of N_c N_v (Sze): 6.19 × (350/300)^{1.5} = 6.19 × 1.260 = 7.81.",
    forms=("ratio_colon", "two_readings", "one_step", "unicode"),
)
def h22b_electrical_semiconductors_03():
    """The band gap of germanium is 0.66 eV. How many times larger is its intrinsic carrier concentration at 350 K than at 300 K?"""
    eg = Q_(0.66, "eV")
    expo = math.exp(num(eg / (2 * K_EV) * (1 / Q_(300, "K") - 1 / Q_(350, "K"))))
    return {
        "exponential only (Callister)": Q_(expo, "dimensionless"),
        "with T^(3/2) prefactor (Sze, Kittel)": Q_(expo * (350 / 300) ** 1.5, "dimensionless"),
    }


@item(
    S,
    "electrical_semiconductors",
    "cm**2/(V*s)",
    "Hall effect V_H = R_H I B/d, R_H = 1/(n|e|), μ_e = |R_H|σ (Callister eqs. 18.18–18.20)",
    solution="(a) R_H = V_H d/(I B) = (−2.4 × 10⁻⁶ V)(2.0 × 10⁻⁴ m)/(5.0 A × 0.80 T) = −1.2 × 10⁻¹⁰ m³/C. (b) n = 1/(|R_H| e) = 1/(1.2 × 10⁻¹⁰ × 1.602 × 10⁻¹⁹) = 5.20 × 10²⁸ m⁻³. (c) μ_e = σ/(n e) = |R_H| σ = 1.2 × 10⁻¹⁰ × 3.8 × 10⁷ = 4.56 × 10⁻³ m²/(V·s) = 45.6 cm²/(V·s).",
    forms=("part_chain", "unicode_typography", "multi_step", "answer_unit_differs"),
)
def h22b_electrical_semiconductors_04():
    """A metal strip 0.20 mm thick carries a current of 5.0 A along its length in a magnetic field of 0.80 T applied normal to the strip. A Hall voltage of −2.4 µV is measured.
    (a) Compute the Hall coefficient R_H.
    (b) Using your result from (a), compute the free-electron concentration.
    (c) The conductivity of the metal is 3.8 × 10⁷ (Ω·m)⁻¹. Using (b), what is the electron mobility, in cm²·V⁻¹·s⁻¹?"""
    r_h = Q_(-2.4, "uV") * Q_(0.20, "mm") / (Q_(5.0, "A") * Q_(0.80, "T"))
    n = 1 / (abs(r_h) * Q_(1.602176634e-19, "C"))
    return Q_(3.8e7, "S/m") / (n * Q_(1.602176634e-19, "C"))


@item(
    S,
    "electrical_semiconductors",
    "cm/s",
    "Drift velocity v_d = μ_e E (Callister eq. 18.7)",
    solution="E = 50 V/cm = 5000 V/m; v_d = μ_e E = 0.85 m²/(V·s) × 5000 V/m = 4250 m/s = 4.25 × 10⁵ cm/s.",
    forms=("siunitx", "one_step", "answer_unit_differs", "tex"),
)
def h22b_electrical_semiconductors_05():
    r"""Electrons in GaAs have a mobility of \SI{0.85}{\meter\squared\per\volt\per\second}. What is their drift velocity (in cm/s) in a field of \SI{50}{\volt\per\centi\meter}?"""
    return Q_(0.85, "m**2/(V*s)") * Q_(50, "V/cm")


@item(
    S,
    "electrical_semiconductors",
    "ohm",
    "ρ_t = ρ_0 + aT (Callister eq. 18.10, linear in T); R = ρl/A (eq. 18.2)",
    solution="Interpolating linearly in the table, ρ(60 °C) = 17.1 + (22.6 − 17.1) × 40/80 = 19.85 nΩ·m. A = π(0.50 mm)² = 7.854 × 10⁻⁷ m². R = ρL/A = 19.85 × 10⁻⁹ × 50/7.854 × 10⁻⁷ = 1.264 Ω.",
    forms=("pasted_table", "two_step", "story_problem", "unicode"),
)
def h22b_electrical_semiconductors_06():
    """Resistivity of annealed pure copper (from our lab sheet):

    T (°C)    ρ (nΩ·m)
    20        17.1
    100       22.6

    A 50 m long copper wire of 1.0 mm diameter runs through an enclosure kept at 60 °C. Taking ρ linear in T, what is the resistance of the wire in ohms?"""
    rho20, rho100 = Q_(17.1, "nohm*m"), Q_(22.6, "nohm*m")
    rho = rho20 + (rho100 - rho20) * (60 - 20) / (100 - 20)
    area = math.pi * Q_(0.50, "mm") ** 2
    return rho * Q_(50, "m") / area


@item(
    S,
    "electrical_semiconductors",
    "cm**-3",
    "σ = n|e|μ_e (Callister eq. 18.16); μ_e of the material needed",
    refuse="the electron mobility of this unnamed compound semiconductor is neither given nor a textbook constant, so n (hence N_d) cannot be obtained from ρ alone",
    solution="N_d = n = 1/(ρ e μ_e) needs the electron mobility, which is not given for this unnamed compound and is not a tabulated constant; the donor concentration cannot be determined.",
    forms=("missing_datum", "one_step", "story_problem"),
)
def h22b_electrical_semiconductors_07():
    """A supplier ships n-type wafers of a new ternary compound semiconductor. The four-point-probe resistivity at room temperature is 2.5 Ω·cm and essentially all carriers come from the donors. What donor concentration, in cm⁻³, does the wafer contain?"""
    return None


@item(
    S,
    "electrical_semiconductors",
    "S/m",
    "Intrinsic: ln σ = C − E_g/2kT (Callister eq. 18.36)",
    solution="T₁ = 298.15 K, T₂ = 423.15 K. σ₂/σ₁ = exp[(E_g/2k)(1/T₁ − 1/T₂)] = exp[(0.67/(2 × 8.617 × 10⁻⁵)) × 9.908 × 10⁻⁴] = exp(3.852) = 47.1. σ₂ = 2.2 × 47.1 = 104 (Ω·m)⁻¹.",
    forms=("esl", "two_step", "celsius_to_kelvin"),
)
def h22b_electrical_semiconductors_08():
    """Calculate the electrical conductivity of intrinsic germanium at 150 °C, knowing that at 25 °C it is 2.2 (Ω·m)^-1 and the band gap energy is 0.67 eV. Give result in S/m."""
    eg = Q_(0.67, "eV")
    ratio = math.exp(num(eg / (2 * K_EV) * (1 / kelvin(25) - 1 / kelvin(150))))
    return Q_(2.2, "S/m") * ratio


@item(
    S,
    "electrical_semiconductors",
    "pF",
    "Parallel-plate capacitor C = ε_r ε_0 A/l (Callister eq. 18.26)",
    solution="C = ε_r ε₀ A/l = 6.0 × 8.854 × 10⁻¹² F/m × 6.450 × 10⁻³ m²/2.0 × 10⁻³ m = 1.713 × 10⁻¹⁰ F = 171 pF.",
    forms=("unicode_typography", "one_step", "answer_unit_differs"),
)
def h22b_electrical_semiconductors_09():
    """A parallel-plate capacitor has plates of area 6 450 mm² separated by 2.0 mm, and the gap is filled with a material of dielectric constant εᵣ = 6.0. What is its capacitance in picofarads?"""
    return 6.0 * EPS0 * Q_(6450, "mm**2") / Q_(2.0, "mm")


# ---------------------------------------------------------------- magnetic


@item(
    S,
    "magnetic",
    "A/m",
    "M_s = 0.60 μ_B N, N = ρN_A/A (Callister Example Problem 20.1)",
    solution="N = ρN_A/A = 8.90 g/cm³ × 6.022 × 10²³/58.69 g/mol = 9.13 × 10²² cm⁻³ = 9.13 × 10²⁸ m⁻³. M_s = 0.60 × 9.274 × 10⁻²⁴ A·m² × 9.13 × 10²⁸ m⁻³ = 5.08 × 10⁵ A/m.",
    forms=("known_datum_not_given", "two_step", "unicode"),
)
def h22b_magnetic_01():
    """Each nickel atom carries a net moment of 0.60 Bohr magneton. Given a density of 8.90 g/cm³, estimate the saturation magnetization of nickel in A/m."""
    n = Q_(8.90, "g/cm**3") * AVOGADRO / Q_(58.69, "g/mol")
    return 0.60 * BOHR * n


@item(
    S,
    "magnetic",
    "A/m",
    "H = NI/l, M = χ_m H (Callister eqs. 20.1, 20.7)",
    solution="H = NI/l = 400 × 15 A/0.25 m = 2.40 × 10⁴ A/m. M = χ_m H = 1.81 × 10⁻⁴ × 2.40 × 10⁴ = 4.34 A/m.",
    forms=("sig_figs", "two_step", "distractor_given"),
)
def h22b_magnetic_02():
    """A coil of wire 0.25 m long with 400 turns carries a current of 15 A. A bar of titanium (volume susceptibility 1.81 x 10^-4, density 4.51 g/cm^3) is placed inside the coil. What magnetization is produced in the titanium? Give the answer in A/m to three significant figures."""
    h = 400 * Q_(15, "A") / Q_(0.25, "m")
    return 1.81e-4 * h


@item(
    S,
    "magnetic",
    "bohr_magneton",
    "Spin-only effective moment μ_eff = g√(S(S+1)) μ_B, from the Curie constant C = Nμ_eff²μ_0/3k (Kittel ch. 11, Hund's rules)",
    solution="With L = 0, J = S = 7/2 and g = 2. The effective (Curie-law) moment is μ_eff = g√(S(S+1)) = 2√(63/4) = √63 = 7.94 μ_B.",
    forms=("one_step", "unicode", "textbook_phrasing"),
)
def h22b_magnetic_03():
    """The Gd³⁺ ion has a half-filled 4f shell (S = 7/2, L = 0). What effective paramagnetic moment per ion (the one obtained from the Curie constant), in Bohr magnetons, do you expect from spin only?"""
    s = 3.5
    return Q_(2 * math.sqrt(s * (s + 1)), "bohr_magneton")


@item(
    S,
    "magnetic",
    "A/m",
    "B = μ_0(H + M) = μ_0 μ_r H (Callister eqs. 20.3–20.5)",
    refuse="contradictory givens: B/(μ₀H) = 1.2/(4π × 10⁻⁷ × 300) ≈ 3.2 × 10³, not the stated μ_r = 500, so M differs by reading (≈9.5 × 10⁵ A/m from B and H, 1.5 × 10⁵ A/m from μ_r and H)",
    solution="From B and H, μ_r = B/(μ₀H) = 3183, contradicting the stated μ_r = 500; the magnetization from B − μ₀H (9.5 × 10⁵ A/m) and from (μ_r − 1)H (1.5 × 10⁵ A/m) disagree, so no answer can be given.",
    forms=("contradictory_givens", "two_step"),
)
def h22b_magnetic_04():
    """A transformer core of a soft iron-silicon alloy has a relative permeability of 500. When a field strength of 300 A/m is applied, the flux density within the core is 1.2 T. Compute the magnetization of the core material."""
    return None


@item(
    S,
    "magnetic",
    "dimensionless",
    "Curie law χ = C/T (Kittel ch. 11; Callister sec. 20.4)",
    solution="Curie law: χ ∝ 1/T, so χ(77 K) = 2.4 × 10⁻⁴ × 300/77 = 9.35 × 10⁻⁴.",
    forms=("unicode_typography", "sig_figs", "one_step"),
)
def h22b_magnetic_05():
    """A paramagnetic salt obeys the Curie law and has a volume susceptibility χ = 2.4 ×10⁻⁴ at 300 K. Give, in scientific notation, its susceptibility when it is cooled in liquid nitrogen (77 K)."""
    return Q_(2.4e-4 * 300 / 77, "dimensionless")


@item(
    S,
    "magnetic",
    "A/m",
    "Ferrimagnetic spinel: M_s = n_B μ_B/a³ with 8 formula units per cell (Callister Example Problem 20.2)",
    solution="In the inverse spinel NiFe₂O₄ the Fe³⁺ moments cancel; each Ni²⁺ (3d⁸) contributes 2 μ_B. n_B = 8 × 2 = 16 μ_B per cell. M_s = 16 × 9.274 × 10⁻²⁴/(0.8337 × 10⁻⁹ m)³ = 1.484 × 10⁻²²/5.795 × 10⁻²⁸ = 2.56 × 10⁵ A/m.",
    forms=("known_datum_not_given", "multi_step", "unicode"),
)
def h22b_magnetic_06():
    """Nickel ferrite NiFe₂O₄ has the inverse spinel structure with a cubic unit cell edge of 0.8337 nm (8 formula units per cell). Estimate its saturation magnetization in A/m."""
    n_b = 8 * 2
    return n_b * BOHR / Q_(0.8337, "nm") ** 3


@item(
    S,
    "magnetic",
    "dimensionless",
    "μ = B/H, μ_r = μ/μ_0 (Callister eqs. 20.2, 20.4)",
    solution="B/H at each point: 2.0 × 10⁻³, 2.5 × 10⁻³, 3.75 × 10⁻³, 2.875 × 10⁻³ H/m. The largest is 3.75 × 10⁻³ H/m at H = 200 A/m; μ_r = 3.75 × 10⁻³/1.2566 × 10⁻⁶ = 2984.",
    forms=("pasted_table", "two_step"),
)
def h22b_magnetic_07():
    """Initial magnetization curve measured on a ring sample:

    H (A/m)    B (T)
    0          0
    50         0.10
    100        0.25
    200        0.75
    400        1.15

    From the tabulated points, what is the maximum relative permeability (B/μ₀H) of the material?"""
    pts = [(50, 0.10), (100, 0.25), (200, 0.75), (400, 1.15)]
    mu = max(Q_(b, "T") / Q_(h, "A/m") for h, b in pts)
    return mu / MU0


@item(
    S,
    "magnetic",
    "T",
    "cgs: B = H + 4πM (G), so B_s ≈ 4πM_s; 1 T = 10⁴ G (Cullity & Graham ch. 1)",
    solution="In cgs, B_s ≈ 4πM_s = 4π × 1710 = 2.149 × 10⁴ G (H negligible) = 2.149 T.",
    forms=("esl", "cgs_units", "one_step", "answer_unit_differs"),
)
def h22b_magnetic_08():
    """Estimate the saturation flux density of iron in tesla, knowing that its saturation magnetization is 1710 emu/cm³ (cgs) and the applied field is negligible compare to the magnetization."""
    return Q_(4 * math.pi * 1710 * 1e-4, "T")


@item(
    S,
    "magnetic",
    "mT",
    "Critical field H_C(T) = H_C(0)[1 − (T/T_C)²] (Callister eq. 20.14); B = μ_0 H",
    solution="(T/T_C)² = (4.2/7.19)² = 0.3412. H_C = 6.5 × 10⁴ × (1 − 0.3412) = 4.28 × 10⁴ A/m. B_C = μ₀H_C = 4π × 10⁻⁷ × 4.28 × 10⁴ = 5.38 × 10⁻² T = 53.8 mT.",
    forms=("uncertainty_given", "two_step", "answer_unit_differs"),
)
def h22b_magnetic_09():
    """For lead: T_C = 7.19(2) K and H_C(0) = 6.5 × 10^4 A/m. What is the critical flux density μ₀H_C (in mT) at the boiling point of helium, 4.2 K?"""
    hc = Q_(6.5e4, "A/m") * (1 - (4.2 / 7.19) ** 2)
    return MU0 * hc


# ---------------------------------------------------------------- optical


@item(
    S,
    "optical",
    "nm",
    "λ = hc/E_g (Callister eq. 21.3)",
    solution="λ_max = hc/E_g = 1240 eV·nm/3.6 eV = 344 nm; longer wavelengths cannot bridge the gap.",
    forms=("inverse_ask", "one_step", "textbook_phrasing"),
)
def h22b_optical_01():
    """Zinc sulfide has a band gap of 3.6 eV. What is the longest wavelength of light (in nm) that can excite an electron from the valence band to the conduction band by absorption?"""
    return H * C0 / Q_(3.6, "eV")


@item(
    S,
    "optical",
    "dimensionless",
    "Numerical aperture NA = √(n_core² − n_clad²) (Callister sec. 21.14; Saleh & Teich ch. 9)",
    solution="NA = √(1.48² − 1.46²) = √(2.1904 − 2.1316) = √0.0588 = 0.242.",
    forms=("sig_figs", "one_step", "ascii", "distractor_given"),
)
def h22b_optical_02():
    """Step-index optical fibre: core index n1 = 1.48, cladding index n2 = 1.46, core diameter 50 um. Find the numerical aperture, to three significant figures."""
    return Q_(math.sqrt(1.48**2 - 1.46**2), "dimensionless")


@item(
    S,
    "optical",
    "percent",
    "Normal-incidence reflectivity R = ((n − 1)/(n + 1))² (Callister eq. 21.13)",
    solution="R = ((1.52 − 1)/(1.52 + 1))² = (0.52/2.52)² = 0.0426 = 4.26 %.",
    forms=("uncertainty_given", "one_step", "answer_unit_differs"),
)
def h22b_optical_03():
    """A soda-lime glass window has refractive index n = 1.52 ± 0.01. What percentage of normally incident light is reflected at its front surface (in air)?"""
    return Q_(((1.52 - 1) / (1.52 + 1)) ** 2, "dimensionless")


@item(
    S,
    "optical",
    "1/cm",
    "I_T = I_0(1 − R)² e^{−βl} (Callister eq. 21.18), R = ((n − 1)/(n + 1))²",
    solution="R = (0.5/2.5)² = 0.04, (1 − R)² = 0.9216. e^{−βl} = 0.85/0.9216 = 0.9223; βl = 0.0809, β = 0.0809/1.0 cm = 0.0809 cm⁻¹.",
    forms=("inverse_ask", "multi_step", "answer_unit_differs"),
)
def h22b_optical_04():
    """A 10 mm thick plate of a transparent material with n = 1.50 transmits 85 % of normally incident light (reflection at both faces included). Determine the absorption coefficient β of the material in cm^-1."""
    r = ((1.50 - 1) / (1.50 + 1)) ** 2
    beta_l = -math.log(0.85 / (1 - r) ** 2)
    return beta_l / Q_(10, "mm")


@item(
    S,
    "optical",
    "1/s",
    "Photon flux = P/(hc/λ) (Callister eq. 21.3)",
    refuse="the emission wavelength (or photon energy) of this laser is not given and no textbook value exists for an unnamed new alloy, so the photon rate cannot be computed",
    solution="The photon rate is Pλ/(hc); the wavelength of this unnamed alloy's emission is not given and cannot be looked up, so the rate cannot be determined.",
    forms=("missing_datum", "story_problem", "one_step"),
)
def h22b_optical_05():
    """A laser diode made from a new quaternary III–V alloy emits a continuous beam of 5.0 mW. How many photons per second leave the diode?"""
    return None


@item(
    S,
    "optical",
    "1/s",
    "Photon energy E = hc/λ; photon rate = Pλ/(hc) (Callister eq. 21.3); He–Ne line 632.8 nm",
    solution="He–Ne laser: λ = 632.8 nm, E = hc/λ = 6.626 × 10⁻³⁴ × 2.998 × 10⁸/632.8 × 10⁻⁹ = 3.139 × 10⁻¹⁹ J. Rate = 5.0 × 10⁻³ W/3.139 × 10⁻¹⁹ J = 1.59 × 10¹⁶ photons/s.",
    forms=("known_datum_not_given", "sig_figs", "two_step"),
)
def h22b_optical_06():
    """hey, quick one: my red helium–neon laser pointer is rated 5.0 mW. how many photons per second is that? scientific notation pls"""
    e_ph = H * C0 / Q_(632.8, "nm")
    return Q_(5.0, "mW") / e_ph


@item(
    S,
    "optical",
    "dimensionless",
    "Rayleigh scattering intensity ∝ 1/λ⁴ (Saleh & Teich ch. 5; Hecht ch. 8)",
    solution="I_s ∝ λ⁻⁴: I(400)/I(700) = (700/400)⁴ = 1.75⁴ = 9.38, i.e. 9.38 : 1.",
    forms=("ratio_colon", "one_step"),
)
def h22b_optical_07():
    """In a silica optical glass the loss is dominated by Rayleigh scattering. Express the ratio of scattered intensity at 400 nm to that at 700 nm as x : 1."""
    return Q_((700 / 400) ** 4, "dimensionless")


@item(
    S,
    "optical",
    "us",
    "n = √ε_r at optical frequencies (Callister eq. 21.10); v = c/n (eq. 21.9)",
    solution="(a) n = √2.25 = 1.50. (b) v = c/n = 2.998 × 10⁸/1.50 = 1.999 × 10⁸ m/s. (c) t = 1000 m/1.999 × 10⁸ m/s = 5.00 × 10⁻⁶ s = 5.00 µs.",
    forms=("part_chain", "siunitx", "multi_step", "tex"),
)
def h22b_optical_08():
    r"""The relative permittivity of a glass at optical frequencies is $\varepsilon_r = 2.25$.
    (a) Estimate its refractive index.
    (b) Using your result from (a), compute the velocity of light in the glass.
    (c) How long, in \si{\micro\second}, does a light pulse take to traverse \SI{1.0}{\kilo\meter} of fibre made of this glass?"""
    n = math.sqrt(2.25)
    v = C0 / n
    return Q_(1.0, "km") / v


# ---------------------------------------------------------------- thermal


@item(
    S,
    "thermal",
    "mm",
    "ΔL = α_l L_0 ΔT (Callister eq. 19.3b)",
    solution="ΔT = 250 − 60 = 190 °F. ΔL = 11.1 × 10⁻⁶ °F⁻¹ × 36.0 in × 190 °F = 0.0759 in = 1.93 mm.",
    forms=("us_units", "one_step", "answer_unit_differs"),
)
def h22b_thermal_01():
    """A brass rod 36.0 in. long is heated from 60°F to 250°F. The linear coefficient of thermal expansion of the brass is 11.1 x 10^-6 (°F)^-1. By how much, in millimetres, does it lengthen?"""
    return Q_(11.1e-6, "1/delta_degF") * Q_(36.0, "inch") * Q_(190, "delta_degF")


@item(
    S,
    "thermal",
    "ksi",
    "Thermal stress σ = Eα_l ΔT (Callister eq. 19.8)",
    solution="σ = Eα_lΔT = 207 × 10⁹ Pa × 12.0 × 10⁻⁶ K⁻¹ × 45 K = 1.118 × 10⁸ Pa = 111.8 MPa (tensile, on cooling) = 16.2 ksi.",
    forms=("siunitx", "two_step", "answer_unit_differs", "tex"),
)
def h22b_thermal_02():
    r"""A steel rail with $E = \SI{207}{\giga\pascal}$ and $\alpha_l = \num{12.0e-6}\,\si{\per\kelvin}$ is welded stress-free at \qty{20}{\celsius} and fully restrained. What stress (in ksi) develops when the temperature falls to \qty{-25}{\celsius}?"""
    return Q_(207, "GPa") * Q_(12.0e-6, "1/K") * Q_(45, "K")


@item(
    S,
    "thermal",
    "kW/m**2",
    "Fourier's law q = −k dT/dx (Callister eq. 19.5)",
    solution="Copper: k = 398 W/(m·K). q = kΔT/Δx = 398 × (80 − 20)/0.0050 = 4.78 × 10⁶ W/m² = 4.78 × 10³ kW/m².",
    forms=("pasted_table", "distractor_given", "one_step", "answer_unit_differs"),
)
def h22b_thermal_03():
    """Data copied from the property sheet:

    Material      k (W/m·K)    α (10⁻⁶/K)
    Aluminum      247          23.6
    Copper        398          17.0
    Steel 1025    51.9         12.0

    A 5.0 mm thick copper plate has its faces held at 80 °C and 20 °C. What is the steady-state heat flux through it, in kW/m²?"""
    return Q_(398, "W/(m*K)") * Q_(60, "K") / Q_(5.0, "mm")


@item(
    S,
    "thermal",
    "kJ",
    "Dulong–Petit c_v ≈ 3R per mole (Callister sec. 19.2)",
    solution="n = 1500 g/63.55 g/mol = 23.60 mol. Q = n × 3R × ΔT = 23.60 × 24.94 × 50 = 2.94 × 10⁴ J = 29.4 kJ.",
    forms=("known_datum_not_given", "two_step"),
)
def h22b_thermal_04():
    """Using the Dulong–Petit value for the heat capacity, estimate the heat (kJ) needed to raise the temperature of 1.5 kg of copper by 50 K at room temperature."""
    n = Q_(1.5, "kg") / Q_(63.55, "g/mol")
    return n * 3 * R_GAS * Q_(50, "K")


@item(
    S,
    "thermal",
    "mJ/(mol*K)",
    "Debye T³ law C_v = AT³ at T ≪ θ_D (Callister eq. 19.2; Kittel ch. 5)",
    solution="C_v ∝ T³: C_v(5 K) = 0.42 × (5/15)³ = 0.42/27 = 1.556 × 10⁻² J·mol⁻¹·K⁻¹ = 15.6 mJ·mol⁻¹·K⁻¹.",
    forms=("unicode_typography", "one_step", "answer_unit_differs"),
)
def h22b_thermal_05():
    """At 15 K the molar heat capacity of a metal's lattice is 0.42 J·mol⁻¹·K⁻¹, well inside the Debye T³ regime. What is the lattice heat capacity at 5 K, in mJ⋅mol⁻¹⋅K⁻¹?"""
    return Q_(0.42, "J/(mol*K)") * (5 / 15) ** 3


@item(
    S,
    "thermal",
    "K",
    "Critical quench ΔT = σ_f(1 − ν)/(Eα) (Kingery, Introduction to Ceramics ch. 16) or ΔT = σ_f/(Eα) (Callister eq. 19.9 with TSR)",
    solution="Kingery's biaxial surface-stress criterion: ΔT = σ_f(1 − ν)/(Eα) = 300 × 10⁶ × 0.78/(380 × 10⁹ × 8.8 × 10⁻⁶) = 70.0 K. The uniaxial reading ΔT = σ_f/(Eα) = 89.7 K.",
    forms=("two_readings", "one_step", "distractor_given"),
)
def h22b_thermal_06():
    """A dense alumina plate (σ_f = 300 MPa, E = 380 GPa, α = 8.8 × 10⁻⁶ K⁻¹, ν = 0.22, k = 30 W/m·K) is quenched into water. What is the largest temperature drop it can withstand without cracking?"""
    sf, e, a = Q_(300, "MPa"), Q_(380, "GPa"), Q_(8.8e-6, "1/K")
    return {
        "biaxial σ_f(1 − ν)/(Eα)": sf * (1 - 0.22) / (e * a),
        "uniaxial σ_f/(Eα)": sf / (e * a),
    }


@item(
    S,
    "thermal",
    "MPa",
    "ΔL = α_l L_0 ΔT (Callister eq. 19.3b); σ = Eα_lΔT (eq. 19.8)",
    refuse="contradictory givens: α_l L₀ ΔT = 12 × 10⁻⁶ × 2.0 m × 40 K = 0.96 mm, not the measured 2.5 mm (which implies α ≈ 31 × 10⁻⁶ K⁻¹), so the stress is 99 or 260 MPa depending on which datum is trusted",
    solution="The stated α (12 × 10⁻⁶ K⁻¹) predicts 0.96 mm of free expansion, while 2.5 mm is reported (α ≈ 3.1 × 10⁻⁵ K⁻¹); the givens contradict each other and the stress (99 MPa vs 259 MPa) cannot be fixed.",
    forms=("contradictory_givens", "two_step", "story_problem"),
)
def h22b_thermal_07():
    """A 2.0 m length of steel rail (E = 207 GPa, α_l = 12.0 × 10⁻⁶ K⁻¹) is heated from 20 °C to 60 °C while free and is found to elongate by 2.5 mm. If the same rail were instead fully restrained between rigid supports over the same heating, what compressive stress would develop?"""
    return None


@item(
    S,
    "thermal",
    "W/(m*K)",
    "Wiedemann–Franz law L = k/(σT), L = 2.44 × 10⁻⁸ Ω·W/K² (Callister eq. 19.7)",
    solution="k = LσT = LT/ρ = 2.44 × 10⁻⁸ × 300/2.35 × 10⁻⁸ = 311 W/(m·K).",
    forms=("esl", "known_datum_not_given", "one_step", "unicode"),
)
def h22b_thermal_08():
    """Please calculate the thermal conductivity of gold at 300 K, knowing its electrical resistivity at this temperature is 2.35 × 10⁻⁸ Ω·m and that the heat is carried mostly by free electrons."""
    lorenz = Q_(2.44e-8, "ohm*W/K**2")
    return lorenz * Q_(300, "K") / Q_(2.35e-8, "ohm*m")


@item(
    S,
    "thermal",
    "s",
    "Thermal diffusivity a = k/(ρc_p); characteristic diffusion time t ≈ L²/a (Incropera ch. 5; Ashby)",
    solution="(a) a = k/(ρc_p) = 39/(3980 × 775) = 1.264 × 10⁻⁵ m²/s. (b) t ≈ L²/a = (0.010)²/1.264 × 10⁻⁵ = 7.91 s.",
    forms=("part_chain", "siunitx", "two_step", "tex"),
)
def h22b_thermal_09():
    r"""Alumina has $k = \SI{39}{\watt\per\meter\per\kelvin}$, $\rho = \SI{3.98}{\gram\per\centi\meter\cubed}$ and $c_p = \SI{775}{\joule\per\kilogram\per\kelvin}$.
    (a) Compute its thermal diffusivity in \si{\meter\squared\per\second}.
    (b) Using your result from (a), estimate the characteristic time $t \approx L^2/a$ for heat to penetrate a plate of thickness $L = \SI{10}{\milli\meter}$. Give $t$ in seconds."""
    a = Q_(39, "W/(m*K)") / (Q_(3.98, "g/cm**3") * Q_(775, "J/(kg*K)"))
    return Q_(10, "mm") ** 2 / a


# ---------------------------------------------------------------- polymers


@item(
    S,
    "polymers",
    "dimensionless",
    "Degree of polymerization DP = M_n/m (Callister eq. 14.6)",
    solution="Repeat unit of PVC C₂H₃Cl: m = 2(12.01) + 3(1.008) + 35.45 = 62.49 g/mol. DP = 48 600/62.49 = 778.",
    forms=("unicode_typography", "known_datum_not_given", "two_step"),
)
def h22b_polymers_01():
    """A poly(vinyl chloride) resin has a number-average molecular weight of 48 600 g/mol. What is its degree of polymerization?"""
    m = 2 * 12.011 + 3 * 1.008 + 35.45
    return Q_(48600 / m, "dimensionless")


@item(
    S,
    "polymers",
    "dimensionless",
    "M_n = Σx_iM_i, M_w = Σx_iM_i²/Σx_iM_i, PDI = M_w/M_n (Callister eqs. 14.5a,b)",
    solution="M_n = 0.1(10 000) + 0.4(20 000) + 0.3(30 000) + 0.2(40 000) = 26 000 g/mol. Σx_iM_i² = 7.6 × 10⁸, so M_w = 7.6 × 10⁸/26 000 = 29 231 g/mol. PDI = 29 231/26 000 = 1.12.",
    forms=("pasted_table", "sig_figs", "multi_step"),
)
def h22b_polymers_02():
    """GPC results (number fractions) exported from the instrument:

    M_i (g/mol)   x_i
    10000         0.10
    20000         0.40
    30000         0.30
    40000         0.20

    Compute the polydispersity index M_w/M_n to three significant figures."""
    data = [(10000, 0.10), (20000, 0.40), (30000, 0.30), (40000, 0.20)]
    mn = sum(x * m for m, x in data)
    mw = sum(x * m * m for m, x in data) / mn
    return Q_(mw / mn, "dimensionless")


@item(
    S,
    "polymers",
    "g/mol",
    "M_n = 1/Σ(w_i/M_i), M_w = Σw_iM_i (Callister eqs. 14.5a,b; Young & Lovell ch. 1)",
    solution="Equal masses: w₁ = w₂ = 0.5. Number-average: M_n = 1/(0.5/20 000 + 0.5/80 000) = 32 000 g/mol. Weight-average: M_w = 0.5 × 20 000 + 0.5 × 80 000 = 50 000 g/mol.",
    forms=("two_readings", "two_step", "story_problem"),
)
def h22b_polymers_03():
    """Equal masses of two monodisperse polystyrene fractions, one of molecular weight 20,000 g/mol and the other of 80,000 g/mol, are blended. What is the average molecular weight of the blend?"""
    w1 = w2 = 0.5
    m1, m2 = Q_(20000, "g/mol"), Q_(80000, "g/mol")
    return {
        "number-average M_n": 1 / (w1 / m1 + w2 / m2),
        "weight-average M_w": w1 * m1 + w2 * m2,
    }


@item(
    S,
    "polymers",
    "percent",
    "% crystallinity = ρ_c(ρ_s − ρ_a)/[ρ_s(ρ_c − ρ_a)] × 100 (Callister eq. 14.8)",
    solution="% crystallinity = 0.998(0.925 − 0.870)/[0.925(0.998 − 0.870)] × 100 = 0.05489/0.1184 × 100 = 46.4 %.",
    forms=("siunitx", "one_step", "tex"),
)
def h22b_polymers_04():
    r"""A branched polyethylene has a density of \SI{0.925}{\gram\per\centi\meter\cubed}. The densities of totally crystalline and totally amorphous polyethylene are \SI{0.998}{\gram\per\centi\meter\cubed} and \SI{0.870}{\gram\per\centi\meter\cubed}. Determine the percent crystallinity."""
    rc, ra, rs = 0.998, 0.870, 0.925
    return Q_(rc * (rs - ra) / (rs * (rc - ra)), "dimensionless")


@item(
    S,
    "polymers",
    "g/mol",
    "M_n = M_w/PDI (Callister sec. 14.5)",
    refuse="M_n cannot be determined from M_w alone: the polydispersity (or the distribution) is not given",
    solution="M_n and M_w are linked only through the molecular-weight distribution (M_n = M_w/PDI); with neither the distribution nor the polydispersity index given, M_n is not determinable.",
    forms=("not_determinable", "one_step"),
)
def h22b_polymers_05():
    """A commercial high-density polyethylene grade has a weight-average molecular weight of 150,000 g/mol and a density of 0.955 g/cm³. What is its number-average molecular weight?"""
    return None


@item(
    S,
    "polymers",
    "dimensionless",
    "Copolymer: average repeat-unit mass m̄ = Σf_jm_j, DP = M_n/m̄ (Callister eq. 14.7)",
    solution="m̄ = M_n/DP = 46 000/1500 = 30.67 g/mol. With m(ethylene) = 28.05 and m(propylene) = 42.08: f_E = (42.08 − 30.67)/(42.08 − 28.05) = 0.8137. Ratio f_E/f_P = 0.8137/0.1863 = 4.37, i.e. 4.37 : 1.",
    forms=("ratio_colon", "known_datum_not_given", "multi_step", "inverse_ask"),
)
def h22b_polymers_06():
    """A random ethylene–propylene copolymer has a number-average molecular weight of 46 000 g/mol and a degree of polymerization of 1500. Give the ratio of ethylene to propylene repeat units, as x : 1."""
    m_e = 2 * 12.011 + 4 * 1.008
    m_p = 3 * 12.011 + 6 * 1.008
    m_bar = 46000 / 1500
    f_e = (m_p - m_bar) / (m_p - m_e)
    return Q_(f_e / (1 - f_e), "dimensionless")


@item(
    S,
    "polymers",
    "psi",
    "Stress relaxation σ(t) = σ_0 exp(−t/τ) (Callister eq. 15.10)",
    solution="τ = t/ln(σ₀/σ) = 60/ln(3.5/2.5) = 60/0.3365 = 178.3 s. At t = 300 s: σ = 3.5 exp(−300/178.3) = 3.5 × 0.1859 = 0.651 MPa = 94.4 psi.",
    forms=("two_step", "answer_unit_differs", "story_problem"),
)
def h22b_polymers_07():
    """A rubber band is stretched quickly and held at fixed length. The stress is 3.5 MPa at the start and 2.5 MPa after 60 s. Assuming σ(t) = σ0 exp(-t/τ), what will the stress be after 5 minutes? Answer in psi."""
    tau = Q_(60, "s") / math.log(3.5 / 2.5)
    return Q_(3.5, "MPa") * math.exp(-num(Q_(5, "min") / tau))


@item(
    S,
    "polymers",
    "nm",
    "Random-walk chain r = l√N (Callister eq. 14.11 with θ terms dropped; Young & Lovell ch. 3)",
    solution="(a) DP = 300 000/28.05 = 10 695. (b) Two backbone C–C bonds per repeat unit: N = 21 390. (c) r = l√N = 0.154 nm × √21 390 = 0.154 × 146.3 = 22.5 nm.",
    forms=("part_chain", "known_datum_not_given", "multi_step"),
)
def h22b_polymers_08():
    """A linear polyethylene has a number-average molecular weight of 300 000 g/mol.
    (a) Find its degree of polymerization.
    (b) Using your result from (a), how many C–C bonds are in the backbone of an average chain?
    (c) Treating the chain as a freely-jointed random walk with bond length 0.154 nm, estimate the root-mean-square end-to-end distance, in nm."""
    m = 2 * 12.011 + 4 * 1.008
    dp = 300000 / m
    n_bonds = 2 * dp
    return Q_(0.154, "nm") * math.sqrt(n_bonds)


@item(
    S,
    "polymers",
    "dimensionless",
    "mass fraction (ppm) → moles → molecules: N = (w/M)N_A",
    solution="Mass of VCM = 1.0 × 10⁻⁶ × 250 g = 2.5 × 10⁻⁴ g. M(C₂H₃Cl) = 62.49 g/mol; n = 4.00 × 10⁻⁶ mol; N = 4.00 × 10⁻⁶ × 6.022 × 10²³ = 2.41 × 10¹⁸ molecules.",
    forms=("esl", "ppm_units", "known_datum_not_given", "sig_figs", "multi_step"),
)
def h22b_polymers_09():
    """A PVC pipe of mass 250 g contain 1.0 ppm (by mass) of residual vinyl chloride monomer. How many monomer molecules is inside the pipe? Write the answer in scientific notation."""
    m = 2 * 12.011 + 3 * 1.008 + 35.45
    mass = 1.0e-6 * Q_(250, "g")
    return Q_(num(mass / Q_(m, "g/mol") * AVOGADRO), "dimensionless")


# ---------------------------------------------------------------- ceramics & composites


@item(
    S,
    "ceramics_composites",
    "psi",
    "Isostrain rule of mixtures E_cl = E_mV_m + E_fV_f (Callister eq. 16.10b)",
    solution="E_cl = 0.40 × 72.5 + 0.60 × 2.4 = 29.0 + 1.44 = 30.44 GPa = 4.41 × 10⁶ psi.",
    forms=("siunitx", "one_step", "answer_unit_differs", "tex"),
)
def h22b_ceramics_composites_01():
    r"""A continuous, aligned glass-fibre/epoxy composite contains 40 vol% fibres. $E_f = \SI{72.5}{\giga\pascal}$ and $E_m = \SI{2.4}{\giga\pascal}$. What is the longitudinal modulus of elasticity in psi?"""
    return 0.40 * Q_(72.5, "GPa") + 0.60 * Q_(2.4, "GPa")


@item(
    S,
    "ceramics_composites",
    "dimensionless",
    "Isostrain E_cl = E_mV_m + E_fV_f and isostress E_ct = E_mE_f/(V_mE_f + V_fE_m) (Callister eqs. 16.10b, 16.16)",
    solution="E_cl = 0.6 × 230 + 0.4 × 3.5 = 139.4 GPa. E_ct = 1/(0.6/230 + 0.4/3.5) = 1/0.11689 = 8.555 GPa. Ratio 139.4/8.555 = 16.3, i.e. 16.3 : 1.",
    forms=("ratio_colon", "multi_step"),
)
def h22b_ceramics_composites_02():
    """Unidirectional carbon/epoxy, V_f = 60 %, E_f = 230 GPa, E_m = 3.5 GPa. How many times stiffer is it along the fibres than transverse to them? Express as x : 1."""
    vf, ef, em = 0.60, Q_(230, "GPa"), Q_(3.5, "GPa")
    e_l = vf * ef + (1 - vf) * em
    e_t = 1 / (vf / ef + (1 - vf) / em)
    return e_l / e_t


@item(
    S,
    "ceramics_composites",
    "g/cm**3",
    "wt% → vol%: V_f = (w_f/ρ_f)/Σ(w_i/ρ_i); ρ_c = ρ_fV_f + ρ_mV_m (Callister eq. 16.24)",
    solution="V_f = (35/2.58)/(35/2.58 + 65/1.14) = 13.57/(13.57 + 57.02) = 0.1922. ρ_c = 0.1922 × 2.58 + 0.8078 × 1.14 = 1.417 g/cm³ (equivalently 100/(35/2.58 + 65/1.14)).",
    forms=("ppm_units", "two_step"),
)
def h22b_ceramics_composites_03():
    """A short-glass-fibre reinforced nylon 6,6 contains 35 wt.% E-glass (ρ = 2.58 g/cm³) in nylon (ρ = 1.14 g/cm³). Compute the composite density. (Careful: wt.%, not vol.%.)"""
    wf, rf, rm = 0.35, Q_(2.58, "g/cm**3"), Q_(1.14, "g/cm**3")
    vf = num((wf / rf) / (wf / rf + (1 - wf) / rm))
    return vf * rf + (1 - vf) * rm


@item(
    S,
    "ceramics_composites",
    "MPa",
    "Fracture toughness K_Ic = Yσ_c√(πa) (Callister eq. 8.5)",
    solution="σ_c = K_Ic/(Y√(πa)) = 4.0/(1.12 × √(π × 50 × 10⁻⁶)) = 4.0/(1.12 × 0.01253) = 285 MPa.",
    forms=("uncertainty_given", "one_step", "inverse_ask"),
)
def h22b_ceramics_composites_04():
    """A silicon nitride component has K_Ic = 4.0 ± 0.2 MPa·m^(1/2). The largest surface flaw found by inspection is 50 µm deep (take Y = 1.12). What tensile stress will cause fracture?"""
    return Q_(4.0, "MPa*m**0.5") / (1.12 * (math.pi * Q_(50, "um")) ** 0.5)


@item(
    S,
    "ceramics_composites",
    "percent",
    "E = E_0(1 − 1.9P + 0.9P²) (Callister eq. 12.9)",
    solution="320/380 = 0.8421 = 1 − 1.9P + 0.9P², so 0.9P² − 1.9P + 0.1579 = 0. P = [1.9 − √(3.61 − 0.5684)]/1.8 = (1.9 − 1.7440)/1.8 = 0.0867 = 8.67 vol%.",
    forms=("inverse_ask", "two_step"),
)
def h22b_ceramics_composites_05():
    """The modulus of elasticity of non-porous alumina is 380 GPa. What volume fraction porosity (%) would reduce it to 320 GPa? Use E = E0(1 − 1.9P + 0.9P²)."""
    c = 1 - 320 / 380
    p = (1.9 - math.sqrt(1.9**2 - 4 * 0.9 * c)) / (2 * 0.9)
    return Q_(p, "dimensionless")


@item(
    S,
    "ceramics_composites",
    "percent",
    "Two-parameter Weibull P_f = 1 − exp[−(σ/σ_0)^m] (Ashby & Jones, Engineering Materials 2, ch. 18)",
    solution="(σ/σ₀)^m = (300/400)¹⁰ = 0.0563. P_f = 1 − exp(−0.0563) = 0.0548 = 5.48 %.",
    forms=("esl", "one_step"),
)
def h22b_ceramics_composites_06():
    """Calculate the probability of failure, in percent, of alumina rods loaded at 300 MPa, knowing that the Weibull modulus is 10 and the characteristic strength (at which 63 % fail) is 400 MPa. Assume same volume like the tested specimens."""
    return Q_(1 - math.exp(-((300 / 400) ** 10)), "dimensionless")


@item(
    S,
    "ceramics_composites",
    "MPa",
    "Three-point flexural strength σ_fs = 3F_fL/(2bd²) (Callister eq. 12.7a)",
    solution="σ_fs = 3 × 180 lbf × 2.0 in/(2 × 0.40 in × (0.20 in)²) = 1080/0.032 = 33 750 psi = 233 MPa.",
    forms=("us_units", "one_step", "answer_unit_differs"),
)
def h22b_ceramics_composites_07():
    """A rectangular bar of a glass-ceramic, 0.40 in wide and 0.20 in thick, is broken in three-point bending over a support span of 2.0 in. Failure occurs at a load of 180 lbf. Calculate the flexural strength in MPa."""
    f, span, b, d = Q_(180, "lbf"), Q_(2.0, "inch"), Q_(0.40, "inch"), Q_(0.20, "inch")
    return 3 * f * span / (2 * b * d**2)


@item(
    S,
    "ceramics_composites",
    "MPa",
    "Critical fibre length l_c = σ_f*d/(2τ_c) (Callister eq. 16.3); σ_cd* = σ_f*V_f(1 − l_c/2l) + σ_m'(1 − V_f) (eq. 16.18)",
    solution="(a) l_c = σ_f d/(2τ_c) = 2500 MPa × 10 µm/(2 × 12 MPa) = 1.042 mm. (b) l = 5 mm > l_c, so σ_cd = 2500 × 0.50 × (1 − 1.042/10) + 30 × 0.50 = 1119.8 + 15 = 1135 MPa.",
    forms=("part_chain", "multi_step", "unicode"),
)
def h22b_ceramics_composites_08():
    """Carbon fibres (diameter 10 µm, tensile strength 2.5 GPa) are embedded in an epoxy; the fibre–matrix bond strength is 12 MPa.
    (a) Compute the critical fibre length.
    (b) Using your result from (a), estimate the longitudinal tensile strength of an aligned composite with 50 vol% of 5.0 mm long fibres, if the matrix stress at fibre failure is σ_m′ = 30 MPa."""
    sf, d, tau = Q_(2.5, "GPa"), Q_(10, "um"), Q_(12, "MPa")
    lc = sf * d / (2 * tau)
    vf = 0.50
    return sf * vf * (1 - num(lc / (2 * Q_(5.0, "mm")))) + Q_(30, "MPa") * (1 - vf)


# ---------------------------------------------------------------- corrosion


@item(
    S,
    "corrosion",
    "g",
    "Faraday's law w = ItM/(nF) (Callister eq. 17.24 rearranged)",
    solution="Zn → Zn²⁺ + 2e⁻, n = 2, M = 65.38 g/mol. t = 8 h = 28 800 s. w = 2.5 × 28 800 × 65.38/(2 × 96 485) = 24.4 g.",
    forms=("known_datum_not_given", "one_step", "story_problem"),
)
def h22b_corrosion_01():
    """A zinc sacrificial anode delivers a steady protection current of 2.5 A. What mass of zinc is consumed in an 8-hour shift?"""
    return Q_(2.5, "A") * Q_(8, "h") * Q_(65.38, "g/mol") / (2 * F_CONST)


@item(
    S,
    "corrosion",
    "thou/year",
    "CPR = KW/(ρAt) (Callister eq. 17.23)",
    solution="Thickness lost = W/(ρA) = 485 g/(7.9 g/cm³ × 645.16 cm²) = 0.0952 cm = 0.952 mm in one year = 37.5 mil/yr (mpy).",
    forms=("us_units", "mixed_units", "one_step", "answer_unit_differs"),
)
def h22b_corrosion_02():
    """A steel panel with an exposed area of 100 in.² loses 485 g after one year in a marine atmosphere. Steel density 7.9 g/cm³. What is the corrosion penetration rate in mpy (mils per year)?"""
    return Q_(485, "g") / (Q_(7.9, "g/cm**3") * Q_(100, "inch**2") * Q_(1, "year"))


@item(
    S,
    "corrosion",
    "V",
    "Nernst: ΔV = (V₂° − V₁°) − (RT/nF) ln([M₁ⁿ⁺]/[M₂ⁿ⁺]) (Callister eq. 17.19)",
    solution="ΔV° = 0.340 − (−0.763) = 1.103 V. [Cu²⁺] = 0.050 g/L/63.55 g/mol = 7.87 × 10⁻⁴ M. ΔV = 1.103 − (0.05916/2) log(0.10/7.87 × 10⁻⁴) = 1.103 − 0.02958 × 2.104 = 1.041 V.",
    forms=("ppm_units", "known_datum_not_given", "multi_step"),
)
def h22b_corrosion_03():
    """A Daniell-type cell at 25 °C has a zinc electrode in 0.10 M Zn²⁺ and a copper electrode in a dilute rinse water containing 50 ppm Cu²⁺ (mg per litre). What is the cell potential, in volts?"""
    dv0 = Q_(0.340, "V") - Q_(-0.763, "V")
    cu = Q_(50, "mg/L") / Q_(63.55, "g/mol")
    zn = Q_(0.10, "mol/L")
    return dv0 - R_GAS * kelvin(25) / (2 * F_CONST) * math.log(num(zn / cu))


@item(
    S,
    "corrosion",
    "A",
    "Faraday's law I = wnF/(Mt) (Callister eq. 17.24)",
    refuse="the exposure time is not given, so the average current I = wnF/(Mt) cannot be computed",
    solution="I = wnF/(Mt) needs the time over which the 0.35 kg was lost; it is not given, so the average current is not determinable.",
    forms=("missing_datum", "story_problem", "one_step"),
)
def h22b_corrosion_04():
    """A buried carbon-steel tank (wall area 12 m²) was dug up and found to have lost 0.35 kg of iron to uniform corrosion, oxidising as Fe → Fe²⁺. What average corrosion current flowed?"""
    return None


@item(
    S,
    "corrosion",
    "dimensionless",
    "Pilling–Bedworth ratio P–B = A_Oρ_M/(aA_Mρ_O) (Callister eq. 17.32)",
    solution="Al₂O₃: A_O = 101.96 g/mol, two Al per formula. P–B = 101.96 × 2.70/(2 × 26.98 × 3.95) = 275.3/213.1 = 1.29.",
    forms=("sig_figs", "known_datum_not_given", "one_step"),
)
def h22b_corrosion_05():
    """Compute the Pilling–Bedworth ratio for aluminium forming Al₂O₃, to three significant figures. ρ(Al) = 2.70 g/cm³, ρ(Al₂O₃) = 3.95 g/cm³."""
    a_o = 2 * 26.98 + 3 * 16.00
    return Q_(a_o * 2.70 / (2 * 26.98 * 3.95), "dimensionless")


@item(
    S,
    "corrosion",
    "mg/cm**2",
    "Parabolic oxidation W² = K₁t + K₂ (Callister eq. 17.34)",
    solution="W² = 0.1000 and 0.2750 (mg/cm²)² at 30 and 100 min. K₁ = 0.1750/70 = 2.50 × 10⁻³ (mg/cm²)²/min, K₂ = 0.1000 − 0.0750 = 0.0250. At 500 min: W² = 1.250 + 0.025 = 1.275, W = 1.13 mg/cm².",
    forms=("pasted_table", "multi_step"),
)
def h22b_corrosion_06():
    """Oxidation of a nickel alloy at 1000 °C follows parabolic kinetics. Weight-gain data:

    t (min)    ΔW (mg/cm²)
    30         0.3162
    100        0.5244

    Estimate the weight gain after 500 min."""
    (t1, w1), (t2, w2) = (30, 0.3162), (100, 0.5244)
    k1 = (w2**2 - w1**2) / (t2 - t1)
    k2 = w1**2 - k1 * t1
    return Q_(math.sqrt(k1 * 500 + k2), "mg/cm**2")


@item(
    S,
    "corrosion",
    "min",
    "Faraday's law t = wnF/(MIη) (Callister eq. 17.24)",
    solution="Mass of Ni = ρ × A × thickness = 8.90 × 200 cm² × 25 × 10⁻⁴ cm = 4.45 g. t = wnF/(MIη) = 4.45 × 2 × 96 485/(58.69 × 3.0 × 0.95) = 5.13 × 10³ s = 85.6 min.",
    forms=("esl", "inverse_ask", "known_datum_not_given", "multi_step"),
)
def h22b_corrosion_07():
    """We want to electroplate a nickel layer of 25 µm thick on a part with surface 0.020 m². The current is 3.0 A and current efficiency 95 %. Calculate how many minutes is necessary for the plating, knowing the nickel density is 8.90 g/cm³."""
    mass = Q_(8.90, "g/cm**3") * Q_(0.020, "m**2") * Q_(25, "um")
    return mass * 2 * F_CONST / (Q_(58.69, "g/mol") * Q_(3.0, "A") * 0.95)


@item(
    S,
    "corrosion",
    "um/year",
    "CPR = iM/(nFρ) (Fontana ch. 3; Callister eq. 17.24 with 17.23)",
    solution="CPR = iM/(nFρ) = 1.0 × 10⁻⁶ A/cm² × 55.85/(2 × 96 485 × 7.87) = 3.68 × 10⁻¹¹ cm/s × 3.156 × 10⁷ s/yr = 1.16 × 10⁻³ cm/yr = 11.6 µm/yr.",
    forms=("unicode_typography", "known_datum_not_given", "two_step", "answer_unit_differs"),
)
def h22b_corrosion_08():
    """Iron corrodes uniformly (Fe → Fe²⁺ + 2e⁻) at a corrosion current density of 1.0 µA·cm⁻². With ρ = 7.87 g⋅cm⁻³, what is the penetration rate in µm per year?"""
    i = Q_(1.0, "uA/cm**2")
    return i * Q_(55.85, "g/mol") / (2 * F_CONST * Q_(7.87, "g/cm**3"))
