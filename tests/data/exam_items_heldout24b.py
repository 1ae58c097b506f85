"""Set heldout24 (set Y), second half: 60 questions over seven topics of a qualifying exam.

Topics: electrical properties & semiconductors, magnetic, optical, thermal, polymers, ceramics &
composites, corrosion. Written blind: the writer read only the registry (``exam_items.py``), the
shared quantities (``exam_quantities.py``) and the head of one earlier item file for its layout; not
the answer engine, the checker, the solver or the questions of earlier sets. Each key is computed in
the body with pint quantities or plain math; ``solution`` is the worked solution in words, ``forms``
says how the text is written. A question with two standard readings returns a dict of them
(primary first); one that must be refused returns None and says why in ``refuse=``.

New for set Y: multi-part questions "(a) ... (b) ... (c)" whose key is the part named; data in a
markdown table or CSV-like lines; US customary units (psi, ksi, in., ft, lbf, lb, °F, Btu, mils)
given or asked; LaTeX (``\\SI{}{}``, ``\\frac``, ``\\text``, ``\\,``, ``\\cdot 10^{-3}``); plain-text
exponents ("1.6x10^-19", "cm^2/s"); values with an uncertainty ("8.34 ± 0.02 Å"); units spelled in
words; the ask first and the data after; lab-notebook, forum and e-mail voices with chatter and an
irrelevant number; "how many times larger", "what fraction of"; answers asked in a unit other than
the givens' (Å from kJ/mol, kJ from Btu, ksi from MPa, lbf from N, ft/ns, Btu/h, mils per year).
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

S = "heldout24"

K_EV = K_BOLTZ.to("eV/K")


# ---------------------------------------------------------------- electrical & semiconductors


@item(
    S,
    "electrical_semiconductors",
    "V",
    "R = ρL/A, V = IR (Callister eqs. 18.1-18.2)",
    solution="d = 0.064 in. = 1.626 mm, A = πd²/4 = 2.075 × 10⁻⁶ m²; L = 250 ft = 76.2 m. "
    "(a) R = ρL/A = 1.72 × 10⁻⁸ × 76.2/2.075 × 10⁻⁶ = 0.6315 Ω. "
    "(b) V = IR = 15 A × 0.6315 Ω = 9.47 V. (c) P = I²R = 142 W. Part (b) is asked: 9.47 V.",
    forms=("multi_part", "us_customary", "multi_step", "unit_conversion"),
)
def h24b_electrical_semiconductors_01():
    """A run of 14-gauge copper wire (diameter 0.064 in.) is 250 ft long. The resistivity of the copper is 1.72 × 10⁻⁸ Ω·m.
    (a) What is the resistance of the run?
    (b) What voltage drop occurs along it when it carries 15 A?
    (c) How much power is dissipated in the wire?
    Give the answer to part (b), in volts."""
    d = Q_(0.064, "inch")
    area = math.pi / 4 * d**2
    resistance = Q_(1.72e-8, "ohm*m") * Q_(250, "ft") / area
    return Q_(15, "A") * resistance


@item(
    S,
    "electrical_semiconductors",
    "eV",
    "Intrinsic σ ∝ exp(−E_g/2kT) (Callister eq. 18.36, prefactor taken constant)",
    solution="σ₂/σ₁ = exp[−(E_g/2k)(1/T₂ − 1/T₁)], so E_g = 2k ln(σ₂/σ₁)/(1/T₁ − 1/T₂) "
    "= 2 × 8.617 × 10⁻⁵ eV/K × ln 10/(1/300 − 1/360) K⁻¹ = 3.968 × 10⁻⁴/5.556 × 10⁻⁴ = 0.714 eV.",
    forms=("ask_first", "csv_data", "inverse", "two_step"),
)
def h24b_electrical_semiconductors_02():
    """Estimate the band gap (in eV) of an intrinsic semiconductor from the two conductivity readings below, taking the pre-exponential factor (carrier mobilities and all other temperature dependence) as constant.

    T_K,sigma_S_per_m
    300,2.0
    360,20"""
    t1, t2 = Q_(300, "K"), Q_(360, "K")
    ratio = 20 / 2.0
    return 2 * K_EV * math.log(ratio) / (1 / t1 - 1 / t2)


@item(
    S,
    "electrical_semiconductors",
    "cm**2/(V*s)",
    "Hall coefficient R_H = −1/(n|e|), μ_e = |R_H|σ (Callister eqs. 18.20-18.21)",
    solution="For an n-type sample n = 1/(|R_H| e) and μ_e = σ/(n e) = |R_H| σ = 2.5 × 10⁻⁴ m³/C × 160 S/m "
    "= 0.040 m²/(V·s) = 400 cm²/(V·s). The 1 mm thickness is not needed once R_H is known.",
    forms=("forum_voice", "plain_text_exponents", "distractor", "unit_conversion", "two_step"),
)
def h24b_electrical_semiconductors_03():
    """Hi all, quick sanity check before my thesis meeting. Our n-type sample (1 mm thick, cut from wafer #7) gives a Hall coefficient of -2.5x10^-4 m^3/C and a conductivity of 1.6x10^2 (ohm m)^-1. My advisor wants the electron mobility in cm^2/V s. What number should I get?"""
    r_h = Q_(2.5e-4, "m**3/C")
    sigma = Q_(1.6e2, "S/m")
    return r_h * sigma


@item(
    S,
    "electrical_semiconductors",
    "S/cm",
    "Atom density N = ρN_A/A; extrinsic n-type σ = n|e|μ_e (Callister eq. 18.16)",
    solution="Atoms of Si per volume: N = ρN_A/A = 2.33 × 6.022 × 10²³/28.09 = 4.995 × 10²² cm⁻³. "
    "1 ppm P gives n = 4.995 × 10¹⁶ cm⁻³ = 4.995 × 10²² m⁻³ electrons. σ = n e μ_e = 4.995 × 10²² × 1.602 × 10⁻¹⁹ "
    "× 0.14 = 1120 S/m = 11.2 (Ω·cm)⁻¹.",
    forms=("known_datum", "multi_step", "unit_conversion"),
)
def h24b_electrical_semiconductors_04():
    """Silicon (density 2.33 g/cm³) is doped with phosphorus at a level of 1.0 ppm (one P atom per million Si atoms). Assuming every phosphorus atom is ionized and taking the electron mobility as 0.14 m²/(V·s), what is the room-temperature conductivity in (Ω·cm)⁻¹?"""
    n_si = Q_(2.33, "g/cm**3") * AVOGADRO / Q_(28.09, "g/mol")
    n = n_si * 1.0e-6
    return n * Q_E * Q_(0.14, "m**2/(V*s)")


@item(
    S,
    "electrical_semiconductors",
    "S/m",
    "Intrinsic σ ∝ exp(−E_g/2kT) (Callister eq. 18.36)",
    refuse="The band gap of the new compound is neither given nor a standard value, and one reading "
    "at a single temperature cannot fix it, so the conductivity at 400 K is not determined.",
    solution="Scaling σ from 300 K to 400 K needs E_g in exp(−E_g/2kT); the compound is new, its band gap is "
    "not given and has no standard value, and a single conductivity reading cannot determine it. "
    "The question cannot be answered as posed.",
    forms=("must_refuse", "missing_given", "story"),
)
def h24b_electrical_semiconductors_05():
    """Our group has just synthesized a new ternary chalcogenide semiconductor; no literature data exist yet. A pressed pellet shows an intrinsic conductivity of 3.2 S/m at 300 K. Assuming the carrier mobilities do not change with temperature, what conductivity should we expect at 400 K?"""
    return None


@item(
    S,
    "electrical_semiconductors",
    "pC",
    "Parallel-plate capacitor C = ε_rε₀A/l, Q = CV (Callister eqs. 18.26-18.27)",
    solution="A = 1.00 in.² = 6.452 × 10⁻⁴ m². (a) C = ε_rε₀A/l = 6.0 × 8.854 × 10⁻¹² × 6.452 × 10⁻⁴/2.0 × 10⁻³ "
    "= 1.714 × 10⁻¹¹ F = 17.1 pF. (b) Q = CV = 17.14 pF × 12 V = 205.6 pC.",
    forms=("multi_part", "tex", "us_customary", "two_step"),
)
def h24b_electrical_semiconductors_06():
    r"""A parallel-plate capacitor has square plates of area $1.00\,\text{in.}^2$ separated by $\SI{2.0}{\milli\meter}$; the gap is filled with a dielectric of relative permittivity $\varepsilon_r = 6.0$.
    (a) What is its capacitance?
    (b) What charge is stored on each plate when $\SI{12}{\volt}$ is applied?
    Answer part (b) in picocoulombs."""
    area = Q_(1.00, "inch**2")
    cap = 6.0 * EPS0 * area / Q_(2.0, "mm")
    return cap * Q_(12, "V")


@item(
    S,
    "electrical_semiconductors",
    "microohm*cm",
    "Linear temperature dependence ρ = ρ₂₀[1 + α(T − 20 °C)] (Callister eq. 18.10 form)",
    solution="212 °F = 100 °C, so ΔT = 80 °C. ρ = 1.72 × 10⁻⁸ Ω·m × (1 + 0.0039 × 80) = 1.72 × 10⁻⁸ × 1.312 "
    "= 2.257 × 10⁻⁸ Ω·m = 2.26 μΩ·cm.",
    forms=("us_customary", "unit_conversion", "two_step"),
)
def h24b_electrical_semiconductors_07():
    """The resistivity of annealed copper is 1.72 × 10⁻⁸ Ω·m at 20 °C, and it rises linearly with temperature with a temperature coefficient of resistivity of 0.0039 per °C (referred to 20 °C). What is the resistivity of the copper at 212 °F, in μΩ·cm?"""
    t = Q_(212, "degF").to("degC")
    dt = t.magnitude - 20.0
    return Q_(1.72e-8, "ohm*m") * (1 + 0.0039 * dt)


@item(
    S,
    "electrical_semiconductors",
    "dimensionless",
    "Intrinsic σ = n_i|e|(μ_e + μ_h) (Callister eq. 18.15)",
    solution="In an intrinsic semiconductor n = p = n_i, so the hole share is μ_h/(μ_e + μ_h) = 0.04/(0.80 + 0.04) = 0.0476.",
    forms=("what_fraction", "one_step", "ratio"),
)
def h24b_electrical_semiconductors_08():
    """For intrinsic gallium arsenide the electron and hole mobilities are 0.80 and 0.04 m²/(V·s) respectively. What fraction of the conductivity is carried by holes?"""
    mu_e, mu_h = Q_(0.80, "m**2/(V*s)"), Q_(0.04, "m**2/(V*s)")
    return mu_h / (mu_e + mu_h)


@item(
    S,
    "electrical_semiconductors",
    "ps",
    "Drift velocity v_d = μ_eE (Callister eq. 18.7), t = L/v_d",
    solution="E = V/L = 5 V/50 μm = 1.0 × 10⁵ V/m; v_d = μ_eE = 0.14 × 1.0 × 10⁵ = 1.4 × 10⁴ m/s; "
    "t = L/v_d = 50 × 10⁻⁶/1.4 × 10⁴ = 3.57 × 10⁻⁹ s = 3571 ps.",
    forms=("tex", "multi_step", "unit_conversion"),
)
def h24b_electrical_semiconductors_09():
    r"""A bar of silicon $\SI{50}{\micro\meter}$ long has $\SI{5.0}{\volt}$ applied across its length. Taking $\mu_e = 0.14\ \mathrm{m^2\,V^{-1}\,s^{-1}}$ and ignoring velocity saturation, how long (in picoseconds) does an electron take to drift from one end to the other?"""
    length = Q_(50, "micrometer")
    field = Q_(5.0, "V") / length
    v = Q_(0.14, "m**2/(V*s)") * field
    return length / v


# ---------------------------------------------------------------- magnetic


@item(
    S,
    "magnetic",
    "kA/m",
    "H = NI/l, B = μ₀μ_rH, M = χ_mH = (μ_r − 1)H (Callister eqs. 20.1-20.8)",
    solution="(a) H = NI/l = 200 × 1.2 A/0.25 m = 960 A/m. (b) B = μ₀μ_rH = 1.2566 × 10⁻⁶ × 1200 × 960 = 1.448 T. "
    "(c) M = (μ_r − 1)H = 1199 × 960 = 1.151 × 10⁶ A/m = 1151 kA/m.",
    forms=("multi_part", "multi_step", "unit_conversion"),
)
def h24b_magnetic_01():
    """A coil of 200 turns is wound uniformly on a core 25 cm long and carries a current of 1.2 A. The core has a relative permeability of 1200.
    (a) Find the magnetic field strength H.
    (b) Find the flux density B in the core.
    (c) Find the magnetization M of the core, in kA/m."""
    h = 200 * Q_(1.2, "A") / Q_(25, "cm")
    return (1200 - 1) * h


@item(
    S,
    "magnetic",
    "mT",
    "M_s = n_Bμ_BN, N = ρN_A/A, B_s = μ₀M_s (Callister eqs. 20.7, 20.8; example 20.1)",
    solution="N = ρN_A/A = 8.90 × 6.022 × 10²³/58.69 = 9.132 × 10²² cm⁻³ = 9.132 × 10²⁸ m⁻³. "
    "(a) M_s = 0.60 × 9.274 × 10⁻²⁴ × 9.132 × 10²⁸ = 5.08 × 10⁵ A/m. "
    "(b) B_s = μ₀M_s = 1.2566 × 10⁻⁶ × 5.08 × 10⁵ = 0.6386 T = 639 mT.",
    forms=("multi_part", "known_datum", "multi_step", "unit_conversion"),
)
def h24b_magnetic_02():
    """Nickel (density 8.90 g/cm³) has a net moment of 0.60 Bohr magneton per atom.
    (a) Compute its saturation magnetization.
    (b) Compute its saturation flux density, in millitesla."""
    n = Q_(8.90, "g/cm**3") * AVOGADRO / Q_(58.69, "g/mol")
    m_s = 0.60 * BOHR * n
    return MU0 * m_s


@item(
    S,
    "magnetic",
    "dimensionless",
    "M_s = (8 n_B μ_B)/a³ for a cubic ferrite with 8 formula units per cell (Callister example 20.2)",
    solution="n_B = M_s a³/(8μ_B) = 2.5 × 10⁵ A/m × (8.34 × 10⁻¹⁰ m)³/(8 × 9.274 × 10⁻²⁴ A·m²) "
    "= 2.5 × 10⁵ × 5.801 × 10⁻²⁸/7.419 × 10⁻²³ = 1.95 Bohr magnetons per formula unit.",
    forms=("inverse", "uncertainty", "plain_text_exponents", "two_step"),
)
def h24b_magnetic_03():
    """A cubic spinel ferrite has 8 formula units in its unit cell, with lattice parameter a = 8.34 ± 0.02 Å. Its saturation magnetization is measured as 2.5x10^5 A/m. How many Bohr magnetons does each formula unit contribute?"""
    a = Q_(8.34, "angstrom")
    return Q_(2.5e5, "A/m") * a**3 / (8 * BOHR)


@item(
    S,
    "magnetic",
    "A/m",
    "M = χ_mH = (μ_r − 1)H (Callister eq. 20.8)",
    refuse="The magnetization needs the alloy's permeability (or its B-H curve), which is not given and "
    "has no standard value: it depends on the composition, the processing and the field itself.",
    solution="M = (μ_r − 1)H, but the relative permeability of the new alloy is not given; soft-magnetic "
    "permeabilities vary over orders of magnitude with composition, annealing and field (it must be read from "
    "the material's B-H curve), so M cannot be computed from the data.",
    forms=("must_refuse", "missing_given", "needs_chart"),
)
def h24b_magnetic_04():
    """A strip of a newly developed nanocrystalline soft-magnetic alloy, 0.35 mm thick, is placed inside a long solenoid that produces a magnetic field strength of 150 A/m along the rolling direction. Calculate the magnetization of the strip."""
    return None


@item(
    S,
    "magnetic",
    "Btu/hour",
    "Hysteresis power loss P = (loop area) × V × f (Callister section 20.9)",
    solution="Energy lost per cycle = 250 J/m³ × 1.5 × 10⁻⁴ m³ = 0.0375 J; at 60 Hz P = 0.0375 × 60 = 2.25 W. "
    "In Btu/h: 2.25 × 3.412 = 7.68 Btu/h. The 1.2 kg core mass is not needed.",
    forms=("email_voice", "distractor", "us_customary", "unit_conversion", "two_step"),
)
def h24b_magnetic_05():
    """Subject: core loss estimate

    Hi Sam, the supplier finally sent the data for the transformer core (it weighs about 1.2 kg, by the way). The hysteresis loop area is 250 J/m³ per cycle and the core volume is 1.5 × 10⁻⁴ m³. We run it at 60 Hz. The HVAC people want the hysteresis heat load in Btu per hour. Can you work it out? Thanks, Jo"""
    per_cycle = Q_(250, "J/m**3") * Q_(1.5e-4, "m**3")
    return per_cycle * Q_(60, "Hz")


@item(
    S,
    "magnetic",
    "dimensionless",
    "Curie law χ = C/T (Callister section 20.4; Kittel ch. 11)",
    rel_tol=0.03,
    solution="For a Curie paramagnet χ ∝ 1/T, so χ(77 K) = χ(300 K) × 300/77 = 2.4 × 10⁻⁴ × 3.896 = 9.35 × 10⁻⁴ "
    "(liquid nitrogen boils at 77 K).",
    forms=("known_datum", "one_step", "ratio"),
)
def h24b_magnetic_06():
    """A paramagnetic salt obeying the Curie law has a volume susceptibility of 2.4 × 10⁻⁴ at 300 K. What is its susceptibility when it is cooled in liquid nitrogen at its normal boiling point?"""
    t_ln2 = Q_(77, "K")
    return 2.4e-4 * num(Q_(300, "K") / t_ln2)


@item(
    S,
    "magnetic",
    "K",
    "Critical field B_C(T) = B_C(0)[1 − (T/T_C)²] (Callister eq. 20.14)",
    solution="Solve B = B_C(0)[1 − (T/T_C)²] for T: T = T_C √(1 − B/B_C(0)) = 7.19 K × √(1 − 0.050/0.0803) "
    "= 7.19 × √0.3773 = 7.19 × 0.6143 = 4.42 K.",
    forms=("tex", "inverse", "one_step"),
)
def h24b_magnetic_07():
    r"""Lead becomes superconducting below $T_C = \SI{7.19}{\kelvin}$, and its critical field at $0\,\text{K}$ is $B_C(0) = \SI{0.0803}{\tesla}$. Taking $B_C(T) = B_C(0)\left[1 - \left(\frac{T}{T_C}\right)^2\right]$, what is the highest temperature at which lead stays superconducting in an applied field of $\SI{0.050}{\tesla}$?"""
    tc = Q_(7.19, "K")
    return tc * math.sqrt(1 - 0.050 / 0.0803)


@item(
    S,
    "magnetic",
    "kJ/m**3",
    "CGS-SI conversion: 1 G = 10⁻⁴ T, 1 Oe = 10³/(4π) A/m (Callister table 20.1)",
    solution="(a) 1 Oe = 1000/(4π) = 79.58 A/m, so 12 kOe = 955 kA/m. (b) 1 G·Oe = 10⁻⁴ T × 79.58 A/m = 7.958 × 10⁻³ J/m³, "
    "so 1 MGOe = 7.958 kJ/m³ and 45 MGOe = 358 kJ/m³.",
    forms=("multi_part", "unit_conversion", "cgs_units"),
)
def h24b_magnetic_08():
    """A sintered NdFeB grade is specified in cgs units: intrinsic coercivity 12 kOe and maximum energy product 45 MGOe.
    (a) Express the coercivity in kA/m.
    (b) Express the maximum energy product in kJ/m³.
    Give the answer to (b)."""
    oersted = Q_(1000 / (4 * math.pi), "A/m")
    gauss = Q_(1e-4, "T")
    return 45e6 * gauss * oersted


@item(
    S,
    "magnetic",
    "dimensionless",
    "M_s = n_Bμ_BN with N = ρN_A/A (Callister eq. 20.11)",
    solution="N = ρN_A/A = 7.87 × 6.022 × 10²³/55.85 = 8.487 × 10²² cm⁻³ = 8.487 × 10²⁸ m⁻³. "
    "n_B = M_s/(Nμ_B) = 1.71 × 10⁶/(8.487 × 10²⁸ × 9.274 × 10⁻²⁴) = 2.17 Bohr magnetons per atom.",
    forms=("inverse", "known_datum", "two_step"),
)
def h24b_magnetic_09():
    """The saturation magnetization of pure iron is 1.71 × 10⁶ A/m and its density is 7.87 g/cm³. How many Bohr magnetons per iron atom does this correspond to?"""
    n = Q_(7.87, "g/cm**3") * AVOGADRO / Q_(55.85, "g/mol")
    return Q_(1.71e6, "A/m") / (n * BOHR)


# ---------------------------------------------------------------- optical


@item(
    S,
    "optical",
    "angstrom",
    "E = hc/λ per photon; molar energy ÷ N_A (Callister eq. 21.3)",
    solution="Per photon E = 137 000 J/mol ÷ 6.022 × 10²³ mol⁻¹ = 2.275 × 10⁻¹⁹ J = 1.420 eV. "
    "λ = hc/E = 1.986 × 10⁻²⁵ J·m/2.275 × 10⁻¹⁹ J = 8.73 × 10⁻⁷ m = 8732 Å.",
    forms=("spelled_units", "unit_conversion", "two_step"),
)
def h24b_optical_01():
    """A thermochemistry handbook quotes the band gap of a III-V semiconductor as 137 kilojoules per mole (of electron-hole pairs). What is the longest wavelength of light, in ångströms, that the semiconductor can absorb by band-to-band transitions?"""
    e_photon = Q_(137, "kJ/mol") / AVOGADRO
    return H * C0 / e_photon


@item(
    S,
    "optical",
    "percent",
    "Normal-incidence reflectivity R = [(n − 1)/(n + 1)]² (Callister eq. 21.13)",
    solution="R = [(2.42 − 1)/(2.42 + 1)]² = (1.42/3.42)² = 0.4152² = 0.1724, i.e. 17.2 % (the ±0.01 on n moves it by about ±0.1 %).",
    forms=("uncertainty", "one_step"),
)
def h24b_optical_02():
    """The refractive index of diamond is 2.42 ± 0.01. What percentage of light striking a polished diamond facet at normal incidence from air is reflected?"""
    n = 2.42
    return ((n - 1) / (n + 1)) ** 2 * 100


@item(
    S,
    "optical",
    "1/cm",
    "Beer-Lambert I_T = I₀e^(−βx) (Callister eq. 21.16); decadic form I_T = I₀10^(−εx)",
    solution="Natural-log (Callister) absorption coefficient: β = −ln(0.85)/0.50 cm = 0.1625/0.50 = 0.325 cm⁻¹. "
    "If the decadic (absorbance) convention is meant, −log₁₀(0.85)/0.50 cm = 0.141 cm⁻¹.",
    forms=("two_reading", "inverse", "one_step"),
)
def h24b_optical_03():
    """A 5.0 mm thick piece of coloured glass transmits 85 % of the light that enters it (reflection losses at the faces excluded). What is its absorption coefficient, in cm⁻¹?"""
    x = Q_(5.0, "mm")
    return {
        "natural-log absorption coefficient (Callister)": -math.log(0.85) / x,
        "decadic absorption coefficient": -math.log10(0.85) / x,
    }


@item(
    S,
    "optical",
    "degree",
    "Critical angle sin θ_c = n₂/n₁, NA = √(n₁² − n₂²) = sin θ_a (Callister section 21.14)",
    solution="(a) θ_c = arcsin(1.46/1.48) = 80.6°. (b) NA = √(1.48² − 1.46²) = √0.0588 = 0.2425. "
    "(c) In air, sin θ_a = NA, so θ_a = arcsin(0.2425) = 14.0°.",
    forms=("multi_part", "tex", "multi_step"),
)
def h24b_optical_04():
    r"""A step-index optical fibre has a core of index $n_1 = 1.48$ and a cladding of index $n_2 = 1.46$.
    (a) What is the critical angle at the core-cladding interface?
    (b) What is the numerical aperture?
    (c) What is the maximum acceptance half-angle, in degrees, for light entering the fibre from air?"""
    n1, n2 = 1.48, 1.46
    na = math.sqrt(n1**2 - n2**2)
    return Q_(math.degrees(math.asin(na)), "degree")


@item(
    S,
    "optical",
    "dimensionless",
    "I_T = I₀(1 − R)²e^(−βl), R = [(n − 1)/(n + 1)]² (Callister eqs. 21.13, 21.18)",
    solution="R = (0.50/2.50)² = 0.040; (1 − R)² = 0.9216; βl = 0.20 cm⁻¹ × 1.0 cm = 0.20, e^(−0.20) = 0.8187. "
    "Transmitted fraction = 0.9216 × 0.8187 = 0.755. The density is not needed.",
    forms=("markdown_table", "distractor", "what_fraction", "multi_step"),
)
def h24b_optical_05():
    """What fraction of normally incident light is transmitted through the glass plate described below (count reflection at both faces once each and absorption in the bulk)?

    | quantity | value |
    |---|---|
    | refractive index | 1.50 |
    | absorption coefficient β | 0.20 cm⁻¹ |
    | thickness | 10 mm |
    | density | 2.5 g/cm³ |"""
    n = 1.50
    r = ((n - 1) / (n + 1)) ** 2
    return (1 - r) ** 2 * math.exp(-num(Q_(0.20, "1/cm") * Q_(10, "mm")))


@item(
    S,
    "optical",
    "micrometer",
    "Absorption edge λ_c = hc/E_g (Callister eq. 21.3)",
    refuse="The band gap of Al_xGa_(1−x)As depends on the aluminium fraction x, which is not given, so "
    "the cutoff wavelength is not determined.",
    solution="λ_c = hc/E_g, but E_g of AlGaAs runs from 1.42 eV (GaAs) to about 2.2 eV (AlAs) with the "
    "aluminium fraction x, which the question does not give; the cutoff wavelength cannot be computed.",
    forms=("must_refuse", "missing_given", "not_determined"),
)
def h24b_optical_06():
    """A photodetector is made from the ternary alloy Al_xGa_(1-x)As grown on a GaAs substrate. Assuming it absorbs only by band-to-band transitions, what is the longest wavelength (in μm) to which the detector responds?"""
    return None


@item(
    S,
    "optical",
    "microsecond",
    "Luminescence decay ln(I/I₀) = −t/τ (Callister eq. 21.19)",
    solution="τ = t/ln(I₀/I) = 4.0 ms/ln(1/0.15) = 4.0/1.897 = 2.108 ms = 2108 μs.",
    forms=("inverse", "unit_conversion", "one_step"),
)
def h24b_optical_07():
    """After the excitation of a phosphor is switched off, its emitted intensity drops to 15 % of its initial value in 4.0 ms. What is the relaxation time τ of the phosphor, in microseconds?"""
    return Q_(4.0, "ms") / math.log(1 / 0.15)


@item(
    S,
    "optical",
    "ft/ns",
    "n = √(ε_rμ_r) ≈ √ε_r, v = c/n (Callister eqs. 21.9-21.10)",
    solution="n = √2.25 = 1.50, v = c/n = 2.998 × 10⁸/1.50 = 1.999 × 10⁸ m/s = 0.1999 m/ns = 0.656 ft/ns.",
    forms=("us_customary", "unit_conversion", "two_step"),
)
def h24b_optical_08():
    """A non-magnetic transparent material has a relative dielectric constant of 2.25 at optical frequencies. What is the speed of light in it, in feet per nanosecond?"""
    n = math.sqrt(2.25)
    return C0 / n


# ---------------------------------------------------------------- thermal


@item(
    S,
    "thermal",
    "mm",
    "Linear thermal expansion ΔL = α_lL₀ΔT (Callister eq. 19.3)",
    solution="L₀ = 39 ft = 468 in., ΔT = 110 − 20 = 90 °F. ΔL = 6.5 × 10⁻⁶ × 468 × 90 = 0.274 in. = 6.95 mm.",
    forms=("us_customary", "unit_conversion", "one_step"),
)
def h24b_thermal_01():
    """A 39 ft steel rail has a coefficient of linear thermal expansion of 6.5 × 10⁻⁶ per °F. By how much does it lengthen, in millimetres, when its temperature rises from 20 °F on a winter morning to 110 °F in summer sun?"""
    dt = Q_(110 - 20, "delta_degF")
    return Q_(6.5e-6, "1/delta_degF") * Q_(39, "ft") * dt


@item(
    S,
    "thermal",
    "degF",
    "Thermal stress σ = Eα_lΔT (Callister eq. 19.8)",
    solution="Allowed ΔT = σ/(Eα) = 25 000 psi/(14.5 × 10⁶ psi × 11.1 × 10⁻⁶ °F⁻¹) = 25 000/160.95 = 155 °F. "
    "Maximum temperature = 68 + 155 = 223 °F.",
    forms=("us_customary", "inverse", "two_step"),
)
def h24b_thermal_02():
    """A brass rod is fixed rigidly at both ends and is stress-free at 68 °F. For brass take E = 14.5 × 10⁶ psi and α = 11.1 × 10⁻⁶ °F⁻¹. If the compressive thermal stress must not exceed 25 ksi, to what maximum temperature (°F) may the rod be heated?"""
    sigma = Q_(25, "ksi")
    dt = sigma / (Q_(14.5e6, "psi") * Q_(11.1e-6, "1/delta_degF"))
    return Q_(68, "degF") + dt.to("delta_degF")


@item(
    S,
    "thermal",
    "1/K",
    "α_V = ΔV/(V₀ΔT) ≈ 3α_l for an isotropic solid (Callister eqs. 19.3-19.4)",
    solution="ΔV/V₀ = 0.0035 over ΔT = 50 K, so the volume coefficient is α_V = 0.0035/50 = 7.0 × 10⁻⁵ K⁻¹. "
    "The (linear) coefficient of thermal expansion of the isotropic alloy is α_l = α_V/3 = 2.33 × 10⁻⁵ K⁻¹.",
    forms=("two_reading", "inverse", "two_step"),
)
def h24b_thermal_03():
    """A cube of an aluminium alloy is heated from 20 °C to 70 °C, and its volume increases by 0.35 %. What is the coefficient of thermal expansion of the alloy?"""
    alpha_v = 0.0035 / Q_(50, "K")
    return {"linear coefficient α_l": alpha_v / 3, "volume coefficient α_V": alpha_v}


@item(
    S,
    "thermal",
    "kJ",
    "Q = mc_pΔT (Callister eq. 19.1)",
    solution="Q = m c_p ΔT = 10 lb × 0.092 Btu/(lb·°F) × (500 − 70) °F = 395.6 Btu = 395.6 × 1.055 kJ = 417 kJ.",
    forms=("us_customary", "unit_conversion", "one_step"),
)
def h24b_thermal_04():
    """How much heat, in kilojoules, is needed to raise 10 lb of copper (specific heat 0.092 Btu/lb·°F) from 70 °F to 500 °F?"""
    cp = Q_(0.092, "Btu/(lb*delta_degF)")
    return Q_(10, "lb") * cp * Q_(500 - 70, "delta_degF")


@item(
    S,
    "thermal",
    "MJ",
    "Steady-state conduction q = k ΔT/Δx (Callister eq. 19.5)",
    solution="(a) q = kΔT/Δx = 51.9 × 200/0.010 = 1.038 × 10⁶ W/m². (b) Q̇ = qA = 1.038 × 10⁶ × 0.25 = 2.60 × 10⁵ W. "
    "(c) In one hour E = 2.595 × 10⁵ W × 3600 s = 9.34 × 10⁸ J = 934 MJ.",
    forms=("multi_part", "tex", "spelled_units", "multi_step"),
)
def h24b_thermal_05():
    r"""A steel plate $\SI{10}{\milli\meter}$ thick and $\SI{0.25}{\meter\squared}$ in area has one face held at $300\,^\circ\text{C}$ and the other at $100\,^\circ\text{C}$. Its thermal conductivity is 51.9 watts per metre kelvin.
    (a) What is the steady-state heat flux?
    (b) What is the rate of heat flow through the plate?
    (c) How much heat, in megajoules, passes through in one hour?"""
    q = Q_(51.9, "W/(m*K)") * Q_(200, "K") / Q_(10, "mm")
    return q * Q_(0.25, "m**2") * Q_(1, "hour")


@item(
    S,
    "thermal",
    "J/(kg*K)",
    "Dulong-Petit c_v ≈ 3R per mole of atoms (Callister section 19.2)",
    solution="c ≈ 3R/A = 3 × 8.314/26.98 g/mol = 0.9245 J/(g·K) = 924 J/(kg·K), with A(Al) = 26.98 g/mol.",
    forms=("known_datum", "one_step", "unit_conversion"),
)
def h24b_thermal_06():
    """Using the Dulong-Petit law, estimate the specific heat of aluminium at high temperature, in J/(kg·K)."""
    return 3 * R_GAS / Q_(26.98, "g/mol")


@item(
    S,
    "thermal",
    "W/m**2",
    "Steady-state conduction q = k ΔT/Δx (Callister eq. 19.5)",
    refuse="Only one face temperature is given; without the other face's temperature (or the "
    "temperature gradient) the heat flux is not determined.",
    solution="q = kΔT/Δx needs the temperature difference across the plate; only the hot face (150 °C) is "
    "given, the cold-face temperature is missing, so the flux cannot be computed.",
    forms=("must_refuse", "not_determined", "missing_given"),
)
def h24b_thermal_07():
    """A copper plate 1.0 cm thick (thermal conductivity 398 W/m·K) conducts heat under steady-state conditions. Its hot face is held at 150 °C. What is the heat flux through the plate?"""
    return None


@item(
    S,
    "thermal",
    "J/(mol*K)",
    "Debye T³ law C_v = AT³ at low temperature (Callister eq. 19.2)",
    solution="C_v ∝ T³, so C_v(30 K) = 0.45 × (30/12)³ = 0.45 × 15.625 = 7.03 J/(mol·K). The sample mass is not needed.",
    forms=("notebook_voice", "distractor", "ratio", "one_step"),
)
def h24b_thermal_08():
    """Lab notebook, cryostat run 3. Sample mass 2.31 g (weighed twice, fine). C_v at 12 K came out 0.45 J/(mol K). Cryostat stuck above 20 K again, so instead of measuring: assuming we are still in the Debye T^3 regime, what C_v should we expect at 30 K?"""
    return Q_(0.45, "J/(mol*K)") * (30 / 12) ** 3


@item(
    S,
    "thermal",
    "dimensionless",
    "Thermal shock resistance TSR ≈ σ_f k/(Eα_l) (Callister eq. 19.9)",
    solution="TSR(A) = 300 × 10⁶ × 30/(300 × 10⁹ × 4.0 × 10⁻⁶) = 7500 W/m; TSR(B) = 100 × 10⁶ × 1.5/(70 × 10⁹ × 9.0 × 10⁻⁶) "
    "= 238 W/m. A is 7500/238 = 31.5 times more resistant.",
    forms=("markdown_table", "how_many_times", "ratio", "multi_step"),
)
def h24b_thermal_09():
    """How many times larger is the thermal shock resistance parameter σ_f k/(E α_l) of ceramic A than that of glass B?

    | property | A | B |
    |---|---|---|
    | fracture strength σ_f | 300 MPa | 100 MPa |
    | thermal conductivity k | 30 W/(m·K) | 1.5 W/(m·K) |
    | elastic modulus E | 300 GPa | 70 GPa |
    | linear expansion α_l | 4.0 × 10⁻⁶ K⁻¹ | 9.0 × 10⁻⁶ K⁻¹ |"""
    tsr_a = Q_(300, "MPa") * Q_(30, "W/(m*K)") / (Q_(300, "GPa") * Q_(4.0e-6, "1/K"))
    tsr_b = Q_(100, "MPa") * Q_(1.5, "W/(m*K)") / (Q_(70, "GPa") * Q_(9.0e-6, "1/K"))
    return tsr_a / tsr_b


# ---------------------------------------------------------------- polymers


@item(
    S,
    "polymers",
    "dimensionless",
    "Degree of polymerization DP = M_n/m (Callister eq. 14.6)",
    solution="The PVC repeat unit C₂H₃Cl has m = 2(12.01) + 3(1.008) + 35.45 = 62.50 g/mol. DP = 85 000/62.50 = 1360.",
    forms=("known_datum", "two_step"),
)
def h24b_polymers_01():
    """A poly(vinyl chloride) resin has a number-average molecular weight of 85,000 g/mol. What is its degree of polymerization?"""
    mer = 2 * 12.011 + 3 * 1.008 + 35.45
    return 85000 / mer


@item(
    S,
    "polymers",
    "dimensionless",
    "M_n = Σx_iM_i, M_w = Σw_iM_i = Σx_iM_i²/Σx_iM_i (Callister eqs. 14.5a-b)",
    solution="(a) M_n = 0.10(10 000) + 0.40(20 000) + 0.35(30 000) + 0.15(40 000) = 25 500 g/mol. "
    "(b) Σx_iM_i² = 7.25 × 10⁸, so M_w = 7.25 × 10⁸/25 500 = 28 430 g/mol. (c) PDI = M_w/M_n = 1.115.",
    forms=("multi_part", "markdown_table", "multi_step"),
)
def h24b_polymers_02():
    """The molecular-weight distribution of a polymer is summarised below (mean molecular weight of each size range and the number fraction of chains in it).

    | M_i (g/mol) | x_i |
    |---|---|
    | 10,000 | 0.10 |
    | 20,000 | 0.40 |
    | 30,000 | 0.35 |
    | 40,000 | 0.15 |

    (a) Compute the number-average molecular weight.
    (b) Compute the weight-average molecular weight.
    (c) Compute the polydispersity index (three significant figures)."""
    m = [10000, 20000, 30000, 40000]
    x = [0.10, 0.40, 0.35, 0.15]
    mn = sum(xi * mi for xi, mi in zip(x, m, strict=True))
    mw = sum(xi * mi**2 for xi, mi in zip(x, m, strict=True)) / mn
    return mw / mn


@item(
    S,
    "polymers",
    "dimensionless",
    "Engineering strain ε = Δl/l₀ (Callister eq. 6.2); true strain ε_T = ln(l/l₀) (eq. 6.16)",
    solution="Engineering strain ε = (150 − 60)/60 = 1.50; true strain ε_T = ln(150/60) = ln 2.5 = 0.916.",
    forms=("two_reading", "one_step"),
)
def h24b_polymers_03():
    """A rubber band with an unstretched length of 60 mm is stretched to 150 mm. What strain does it experience?"""
    return {"engineering strain": (150 - 60) / 60, "true strain": math.log(150 / 60)}


@item(
    S,
    "polymers",
    "percent",
    "% crystallinity = ρ_c(ρ_s − ρ_a)/[ρ_s(ρ_c − ρ_a)] × 100 (Callister eq. 14.8)",
    solution="% crystallinity = 0.998 × (0.925 − 0.870)/[0.925 × (0.998 − 0.870)] × 100 = 0.05489/0.1184 × 100 = 46.4 %.",
    forms=("markdown_table", "one_step"),
)
def h24b_polymers_04():
    """From the densities below, what is the percent crystallinity of the polyethylene sample?

    | quantity | value |
    |---|---|
    | density of sample | 0.925 g/cm³ |
    | density of totally amorphous PE | 0.870 g/cm³ |
    | density of totally crystalline PE | 0.998 g/cm³ |"""
    rs, ra, rc = 0.925, 0.870, 0.998
    return rc * (rs - ra) / (rs * (rc - ra)) * 100


@item(
    S,
    "polymers",
    "g/mol",
    "M_w = Σw_iM_i needs the molecular-weight distribution (Callister eq. 14.5b)",
    refuse="The weight-average molecular weight depends on the whole distribution; M_n and the repeat "
    "unit alone do not determine it (no polydispersity or distribution is given).",
    solution="M_w = Σw_iM_i requires the molecular-weight distribution (or at least the polydispersity "
    "index); knowing only M_n and the repeat unit, M_w is not determined.",
    forms=("must_refuse", "not_determined"),
)
def h24b_polymers_05():
    """A batch of high-density polyethylene has a number-average molecular weight of 25,000 g/mol; its repeat unit is C₂H₄ (28.05 g/mol). What is its weight-average molecular weight?"""
    return None


@item(
    S,
    "polymers",
    "minute",
    "Stress relaxation σ(t) = σ₀ exp(−t/τ) (Callister eq. 15.x, problem 15.D)",
    solution="τ = t/ln(σ₀/σ) = 60 s/ln(500/360) = 60/0.3285 = 182.6 s. Time to reach 150 psi: "
    "t = τ ln(500/150) = 182.6 × 1.204 = 219.9 s = 3.67 min.",
    forms=("notebook_voice", "us_customary", "multi_step", "unit_conversion"),
)
def h24b_polymers_06():
    """Notebook, Tue: relaxation test on the new gasket compound (room is cold again, 61 °F). Pulled to fixed strain, initial stress 500 psi; after 60 s it had relaxed to 360 psi. Assuming single-exponential relaxation, how many minutes after loading will the stress have fallen to 150 psi?"""
    s0, s1, s2 = Q_(500, "psi"), Q_(360, "psi"), Q_(150, "psi")
    tau = Q_(60, "s") / math.log(num(s0 / s1))
    return tau * math.log(num(s0 / s2))


@item(
    S,
    "polymers",
    "MPa",
    "Engineering stress σ = F/A₀ (Callister eq. 6.1)",
    solution="A₀ = 0.50 × 0.125 = 0.0625 in.²; σ_TS = 700 lbf/0.0625 in.² = 11 200 psi = 77.2 MPa. "
    "The gauge length is not needed.",
    forms=("us_customary", "distractor", "unit_conversion", "one_step"),
)
def h24b_polymers_07():
    """A nylon 6,6 tensile bar with a rectangular cross section 0.50 in. wide and 0.125 in. thick and a 2.0 in. gauge length breaks at a maximum load of 700 lbf. What is its tensile strength in MPa?"""
    area = Q_(0.50, "inch") * Q_(0.125, "inch")
    return Q_(700, "lbf") / area


@item(
    S,
    "polymers",
    "dimensionless",
    "Copolymer mean repeat-unit weight m̄ = Σf_jm_j, DP = M_n/m̄ (Callister eq. 14.7)",
    solution="m̄ = M_n/DP = 350 000/10 000 = 35.0 g/mol. With m(C₂H₄) = 28.05 and m(C₃H₆) = 42.08 g/mol, "
    "f·28.05 + (1 − f)·42.08 = 35.0 gives f = (42.08 − 35.0)/(42.08 − 28.05) = 0.505.",
    forms=("inverse", "known_datum", "multi_step"),
)
def h24b_polymers_08():
    """A random ethylene-propylene copolymer has a number-average molecular weight of 350,000 g/mol and a degree of polymerization of 10,000. What fraction of its repeat units are ethylene?"""
    m_e = 2 * 12.011 + 4 * 1.008
    m_p = 3 * 12.011 + 6 * 1.008
    mbar = 350000 / 10000
    return (m_p - mbar) / (m_p - m_e)


@item(
    S,
    "polymers",
    "angstrom",
    "Random-walk end-to-end distance r = d√N, N = 2 backbone bonds per vinyl repeat unit (Callister problem 14.10)",
    solution="Repeat unit C₂F₄: 2(12.01) + 4(19.00) = 100.0 g/mol, so n = 500 000/100.0 = 5000 repeat units and "
    "N = 2n = 10 000 C-C bonds. r = d√N = 0.154 nm × 100 = 15.4 nm = 154 Å.",
    forms=("known_datum", "multi_step", "unit_conversion"),
)
def h24b_polymers_09():
    """A linear polytetrafluoroethylene chain has a molecular weight of 500,000 g/mol. Taking the backbone C-C bond length as 0.154 nm and treating the chain as a freely jointed random walk of its backbone bonds (r = d√N), estimate its average end-to-end distance in ångströms."""
    mer = 2 * 12.011 + 4 * 18.998
    n_bonds = 2 * 500000 / mer
    return Q_(0.154, "nm") * math.sqrt(n_bonds)


# ---------------------------------------------------------------- ceramics & composites


@item(
    S,
    "ceramics_composites",
    "Mpsi",
    "Isostrain rule of mixtures E_cl = E_mV_m + E_fV_f (Callister eq. 16.10)",
    solution="E_cl = 0.60 × 3.4 + 0.40 × 69 = 2.04 + 27.6 = 29.6 GPa = 29.6 × 10⁹/6895 psi = 4.30 × 10⁶ psi. "
    "The fibre strength is not needed.",
    forms=("us_customary", "distractor", "unit_conversion", "one_step"),
)
def h24b_ceramics_composites_01():
    """A continuous, aligned glass-fibre/epoxy composite contains 40 vol% fibres (E = 69 GPa, tensile strength 3.45 GPa) in an epoxy matrix (E = 3.4 GPa). What is its elastic modulus in the fibre direction, in units of 10⁶ psi?"""
    vf = 0.40
    return vf * Q_(69, "GPa") + (1 - vf) * Q_(3.4, "GPa")


@item(
    S,
    "ceramics_composites",
    "dimensionless",
    "Isostrain E_cl = E_mV_m + E_fV_f; isostress E_ct = E_mE_f/(V_mE_f + V_fE_m) (Callister eqs. 16.10, 16.16)",
    solution="E_cl = 0.60 × 72.5 + 0.40 × 2.4 = 44.46 GPa; E_ct = 72.5 × 2.4/(0.40 × 72.5 + 0.60 × 2.4) = 174/30.44 "
    "= 5.72 GPa. Ratio = 44.46/5.72 = 7.78.",
    forms=("how_many_times", "ratio", "multi_step"),
)
def h24b_ceramics_composites_02():
    """An aligned-fibre composite has 60 vol% E-glass fibres (E = 72.5 GPa) in a polyester matrix (E = 2.4 GPa). How many times larger is its longitudinal modulus than its transverse modulus?"""
    vf, ef, em = 0.60, Q_(72.5, "GPa"), Q_(2.4, "GPa")
    e_l = vf * ef + (1 - vf) * em
    e_t = ef * em / ((1 - vf) * ef + vf * em)
    return e_l / e_t


@item(
    S,
    "ceramics_composites",
    "ksi",
    "Fracture stress σ_c = K_Ic/(Y√(πa)) (Callister eq. 8.5)",
    solution="σ_c = K_Ic/(Y√(πa)) = 4.0 MPa·√m/(1.0 × √(π × 25 × 10⁻⁶ m)) = 4.0/8.862 × 10⁻³ = 451 MPa "
    "= 451/6.895 ksi = 65.5 ksi.",
    forms=("spelled_units", "us_customary", "unit_conversion", "one_step"),
)
def h24b_ceramics_composites_03():
    """A dense alumina component has a plane-strain fracture toughness of four megapascal root metre. Its largest surface crack is 25 micrometres deep, and the geometry factor Y may be taken as 1.0. At what applied tensile stress will it fracture? Give the answer in ksi."""
    a = Q_(25, "micrometer")
    return Q_(4.0, "MPa*m**0.5") / (1.0 * (math.pi * a) ** 0.5)


@item(
    S,
    "ceramics_composites",
    "lbf",
    "Three-point flexural strength of a round rod σ_fs = F_fL/(πR³) (Callister eq. 12.7b)",
    solution="(a) σ_fs = F L/(πR³) = 250 × 0.045/(π × (2.5 × 10⁻³)³) = 229 MPa. "
    "(b) Same σ_fs and span: F ∝ R³, so F = 250 N × (3.75/2.5)³ = 250 × 3.375 = 844 N = 189.7 lbf.",
    forms=("multi_part", "us_customary", "unit_conversion", "two_step"),
)
def h24b_ceramics_composites_04():
    """A silicon nitride rod 5.0 mm in diameter fractures at a load of 250 N in a three-point bend test with a support span of 45 mm.
    (a) What is the flexural strength?
    (b) What load would a 7.5 mm diameter rod of the same material sustain over the same span?
    Answer (b) in pounds-force."""
    span = Q_(45, "mm")
    sigma = Q_(250, "N") * span / (math.pi * Q_(2.5, "mm") ** 3)
    return sigma * math.pi * Q_(3.75, "mm") ** 3 / span


@item(
    S,
    "ceramics_composites",
    "g/cm**3",
    "Rock-salt cell a = 2(r_C + r_A), ρ = n'(ΣA_C + ΣA_A)/(V_cN_A) (Callister eq. 12.1)",
    solution="In rock salt the ions touch along the cube edge: a = 2(0.072 + 0.140) = 0.424 nm, V_c = 7.62 × 10⁻²³ cm³. "
    "n' = 4 MgO per cell: ρ = 4 × (24.31 + 16.00)/(7.622 × 10⁻²³ × 6.022 × 10²³) = 161.2/45.90 = 3.51 g/cm³.",
    forms=("ask_first", "known_datum", "multi_step"),
)
def h24b_ceramics_composites_05():
    """Compute the theoretical density of magnesium oxide, which has the rock-salt crystal structure. Ionic radii: Mg²⁺ 0.072 nm, O²⁻ 0.140 nm."""
    a = 2 * (Q_(0.072, "nm") + Q_(0.140, "nm"))
    mass = 4 * Q_(24.31 + 16.00, "g/mol") / AVOGADRO
    return mass / a**3


@item(
    S,
    "ceramics_composites",
    "GPa",
    "Porosity P = 1 − ρ_bulk/ρ_th; E = E₀(1 − 1.9P + 0.9P²) (Callister eq. 12.9)",
    solution="(a) P = 1 − 3.55/3.98 = 0.108 = 10.8 vol%. (b) E = 380 GPa × (1 − 1.9 × 0.108 + 0.9 × 0.108²) "
    "= 380 × 0.805 = 306 GPa.",
    forms=("multi_part", "two_step"),
)
def h24b_ceramics_composites_06():
    """A sintered alumina part has a bulk density of 3.55 g/cm³; fully dense alumina has a density of 3.98 g/cm³ and an elastic modulus of 380 GPa.
    (a) What is its volume fraction porosity?
    (b) Estimate its elastic modulus with E = E₀(1 − 1.9P + 0.9P²)."""
    p = 1 - 3.55 / 3.98
    return Q_(380, "GPa") * (1 - 1.9 * p + 0.9 * p**2)


@item(
    S,
    "ceramics_composites",
    "micrometer",
    "Critical fibre length l_c = σ_f*d/(2τ_c) (Callister eq. 16.3)",
    solution="l_c = σ_f d/(2τ_c) = 3.5 × 10⁹ × 7.0 × 10⁻⁶/(2 × 40 × 10⁶) = 3.06 × 10⁻⁴ m = 306 μm.",
    forms=("tex", "unit_conversion", "one_step"),
)
def h24b_ceramics_composites_07():
    r"""Carbon fibres of diameter $d = \SI{7.0}{\micro\meter}$ and tensile strength $\sigma_f^* = \SI{3.5}{\giga\pascal}$ are embedded in an epoxy; the fibre-matrix bond (or matrix shear yield) strength is $\tau_c = \SI{40}{\mega\pascal}$. Using $l_c = \frac{\sigma_f^* d}{2\tau_c}$, what is the critical fibre length in micrometres?"""
    return Q_(3.5, "GPa") * Q_(7.0, "micrometer") / (2 * Q_(40, "MPa"))


@item(
    S,
    "ceramics_composites",
    "percent",
    "Percent ionic character = {1 − exp[−0.25(X_A − X_B)²]} × 100 (Callister eq. 2.10)",
    solution="ΔX = 3.5 − 1.2 = 2.3; %IC = [1 − exp(−0.25 × 2.3²)] × 100 = [1 − exp(−1.3225)] × 100 = (1 − 0.2665) × 100 "
    "= 73.4 %. The melting point is not needed.",
    forms=("csv_data", "distractor", "one_step"),
)
def h24b_ceramics_composites_08():
    """From the data lines below, compute the percent ionic character of the interatomic bond in magnesium oxide.

    element,electronegativity
    Mg,1.2
    O,3.5
    MgO melting point,2852 C"""
    dx = 3.5 - 1.2
    return (1 - math.exp(-0.25 * dx**2)) * 100


# ---------------------------------------------------------------- corrosion


@item(
    S,
    "corrosion",
    "hour",
    "Faraday's law m = ItM/(nF) (Callister eq. 17.24)",
    solution="V = 25 × 10⁻⁶ m × 0.50 m² = 12.5 cm³; m = 12.5 × 8.90 = 111.3 g Ni = 1.896 mol; "
    "charge = 2 × 1.896 × 96 485 = 3.658 × 10⁵ C; t = 3.658 × 10⁵/20 = 1.829 × 10⁴ s = 5.08 h.",
    forms=("tex", "multi_step", "unit_conversion"),
)
def h24b_corrosion_01():
    r"""How long, in hours, does it take to electroplate a uniform nickel layer $\SI{25}{\micro\meter}$ thick onto a total area of $\SI{0.50}{\meter\squared}$ at a constant current of $\SI{20}{\ampere}$ with 100 % current efficiency? For Ni: $\rho = \SI{8.90}{\gram\per\centi\meter\cubed}$, $M = \SI{58.69}{\gram\per\mole}$, and $\text{Ni}^{2+} + 2e^- \rightarrow \text{Ni}$."""
    mass = Q_(25, "micrometer") * Q_(0.50, "m**2") * Q_(8.90, "g/cm**3")
    charge = 2 * F_CONST * mass / Q_(58.69, "g/mol")
    return charge / Q_(20, "A")


@item(
    S,
    "corrosion",
    "thou/year",
    "Corrosion penetration rate CPR = KW/(ρAt) (Callister eq. 17.23)",
    solution="Volume lost = 375 g/7.9 g/cm³ = 47.47 cm³; A = 400 in.² = 2581 cm²; thickness lost in one year = "
    "47.47/2581 = 0.01839 cm = 0.00724 in. = 7.24 mils, i.e. 7.2 mpy (K = 534 form: 534 × 375 000/(7.9 × 400 × 8760) = 7.23 mpy).",
    forms=("us_customary", "unit_conversion", "two_step"),
)
def h24b_corrosion_02():
    """A steel sheet of 400 in.² total exposed area loses 375 g to uniform corrosion in one year. Taking the density of the steel as 7.9 g/cm³, what is the corrosion penetration rate in mils per year?"""
    volume = Q_(375, "g") / Q_(7.9, "g/cm**3")
    return volume / Q_(400, "inch**2") / Q_(1, "year")


@item(
    S,
    "corrosion",
    "V",
    "Nernst ΔV = (V₂° − V₁°) − (RT/nF) ln([M₁ⁿ⁺]/[M₂ⁿ⁺]) (Callister eq. 17.19); V°(Cu²⁺/Cu) = +0.340 V, V°(Zn²⁺/Zn) = −0.763 V (table 17.1)",
    solution="(a) ΔV° = 0.340 − (−0.763) = 1.103 V. (b) Zn is oxidized: ΔV = 1.103 − (0.05916/2) log(0.50/0.020) "
    "= 1.103 − 0.02958 × 1.398 = 1.103 − 0.041 = 1.062 V.",
    forms=("multi_part", "known_datum", "two_step"),
)
def h24b_corrosion_03():
    """A Daniell-type cell consists of a zinc electrode in 0.50 M Zn²⁺ and a copper electrode in 0.020 M Cu²⁺, at 25 °C.
    (a) What is the standard cell potential?
    (b) What is the cell potential at the stated concentrations?
    Answer (b), in volts."""
    dv0 = Q_(0.340, "V") - Q_(-0.763, "V")
    return dv0 - R_GAS * kelvin(25) / (2 * F_CONST) * math.log(0.50 / 0.020)


@item(
    S,
    "corrosion",
    "A/m**2",
    "Mixed-potential (Evans) analysis of a galvanic couple needs polarization data (Callister section 17.4)",
    refuse="The galvanic current of a Zn-steel couple is fixed by the electrodes' polarization "
    "(exchange current densities, Tafel slopes) and the circuit resistance, none of which is given; "
    "standard potentials and areas alone do not determine it.",
    solution="The standard potentials give only the driving force (0.763 − 0.440 = 0.32 V); the current that "
    "flows depends on the activation/concentration polarization of both electrodes and on the solution "
    "resistance, which are not given. The current density on the zinc is not determined.",
    forms=("must_refuse", "not_determined", "known_datum"),
)
def h24b_corrosion_04():
    """A zinc plate of 50 cm² is connected by a copper wire to a steel plate of 200 cm², and both are immersed in sea water at 25 °C. Using the standard electrode potentials of Zn²⁺/Zn (−0.763 V) and Fe²⁺/Fe (−0.440 V), calculate the galvanic corrosion current density on the zinc."""
    return None


@item(
    S,
    "corrosion",
    "mm/year",
    "Penetration rate r = iM/(nFρ) (Callister eqs. 17.23-17.24)",
    solution="r = iM/(nFρ) = 3.5 × 10⁻⁶ A/cm² × 55.85 g/mol/(2 × 96 485 C/mol × 7.87 g/cm³) = 1.287 × 10⁻¹⁰ cm/s "
    "= 4.06 × 10⁻³ cm/yr = 0.0406 mm/yr.",
    forms=("plain_text_exponents", "known_datum", "two_step", "unit_conversion"),
)
def h24b_corrosion_05():
    """Iron corrodes uniformly to Fe2+ at a corrosion current density of 3.5x10^-6 A/cm^2. With a density of 7.87 g/cm^3 for iron, what is the corrosion penetration rate in mm/yr?"""
    i = Q_(3.5e-6, "A/cm**2")
    return i * Q_(55.85, "g/mol") / (2 * F_CONST * Q_(7.87, "g/cm**3"))


@item(
    S,
    "corrosion",
    "dimensionless",
    "Pilling-Bedworth ratio P-B = A_Oρ_M/(a A_Mρ_O) for M_aO_b (Callister eq. 17.33)",
    solution="P-B = (101.96 × 2.70)/(2 × 26.98 × 3.99) = 275.3/215.3 = 1.28 (protective). The melting point is not needed.",
    forms=("markdown_table", "distractor", "one_step"),
)
def h24b_corrosion_06():
    """Calculate the Pilling-Bedworth ratio for aluminium forming Al₂O₃.

    | quantity | value |
    |---|---|
    | molar mass of Al | 26.98 g/mol |
    | density of Al | 2.70 g/cm³ |
    | melting point of Al | 660 °C |
    | molar mass of Al₂O₃ | 101.96 g/mol |
    | density of Al₂O₃ | 3.99 g/cm³ |"""
    return (101.96 * 2.70) / (2 * 26.98 * 3.99)


@item(
    S,
    "corrosion",
    "mmol/L",
    "Nernst V = V° + (RT/nF) ln[Mⁿ⁺] for a metal electrode (Callister eq. 17.20)",
    solution="ln[Fe²⁺] = (V − V°)nF/(RT) = (−0.500 + 0.440) × 2 × 96 485/(8.314 × 298.15) = −4.671, "
    "[Fe²⁺] = 9.37 × 10⁻³ M = 9.37 mmol/L (equivalently log[Fe²⁺] = −0.060/0.02958 = −2.028).",
    forms=("email_voice", "inverse", "unit_conversion", "one_step"),
)
def h24b_corrosion_07():
    """Hi Priya, the potentiostat is back from repair (only took them 6 weeks). At 25 °C our iron electrode in the Fe²⁺ test solution reads −0.500 V against the standard hydrogen electrode. With V°(Fe²⁺/Fe) = −0.440 V, what is the Fe²⁺ concentration of the solution in mmol/L? Cheers, Tom"""
    dv = Q_(-0.500, "V") - Q_(-0.440, "V")
    c = math.exp(num(2 * F_CONST * dv / (R_GAS * kelvin(25))))
    return Q_(c, "mol/L")


@item(
    S,
    "corrosion",
    "year",
    "Faraday's law t = mnF·η/(MI) for a sacrificial anode (Callister eq. 17.24)",
    solution="m = 10 lb = 4536 g = 186.6 mol Mg (M = 24.31 g/mol); total charge 2 × 186.6 × 96 485 = 3.601 × 10⁷ C, "
    "of which 50 % is useful: 1.800 × 10⁷ C. t = 1.800 × 10⁷/0.25 A = 7.20 × 10⁷ s = 2.28 years.",
    forms=("us_customary", "known_datum", "multi_step", "unit_conversion"),
)
def h24b_corrosion_08():
    """A 10 lb magnesium sacrificial anode protects a buried steel tank. It delivers an average protection current of 0.25 A, and only 50 % of the magnesium consumed yields useful current (the rest self-corrodes). How many years will the anode last?"""
    moles = Q_(10, "lb") / Q_(24.31, "g/mol")
    charge = 0.50 * 2 * F_CONST * moles
    return charge / Q_(0.25, "A")
