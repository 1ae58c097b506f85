"""Set heldout25 (set Z), second half: 60 questions over seven topics of a qualifying exam.

Topics: thermodynamics, electrical properties & semiconductors, magnetic properties, optical &
thermal properties, polymers, ceramics & composites, corrosion. Written blind: the writer read only
the registry (``exam_items.py``), the shared quantities (``exam_quantities.py``) and the head of one
earlier item file for its layout; not the answer engine, the checker, the solver or the questions of
earlier sets. Each key is computed in the body with pint quantities, ``math`` or ``scipy``;
``solution`` is the worked solution in words, ``forms`` says how the text is written. A question with
two standard readings returns a dict of them (primary first); one that must be refused returns None
and says why in ``refuse=``. New for set Z: inverse problems (solve a relation for its input: the
temperature, time, composition, thickness, current or fibre fraction that gives a stated result),
two-step chains whose intermediate result is not asked (a carrier concentration then a resistance,
a lattice parameter then a density, a DP then a chain length, a critical length then a strength),
"Given:" / "Use:" lists of symbols before a terse ask, a preamble paragraph of context (a process,
a failed part, a lab measurement), numbers with SI prefixes and no space ("97GPa", "870nm",
"2.5kg"), "express as a percentage" / "by how much" / "how many times" asks, requested rounding
("to 2 significant figures", "to the nearest 5 °C"), a standard datum (Avogadro's number, atomic
masses, the Bohr magneton, Faraday's constant) left for the student to supply, a distractor that
belongs to another step of the process, and examiner / lab-notebook / engineer's-report voices.
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
    Q_E,
    R_GAS,
    H,
    kelvin,
    num,
)
from scipy.optimize import brentq

S = "heldout25"

K_EV = K_BOLTZ.to("eV/K")


def sig(x: float, figures: int = 2) -> float:
    """``x`` rounded to ``figures`` significant figures (the rounding a question asks for)."""
    if x == 0:
        return 0.0
    return round(x, figures - 1 - math.floor(math.log10(abs(x))))


def celsius(temperature: Any) -> float:
    """An absolute temperature (pint) as a Celsius reading (float)."""
    return float(temperature.to("K").magnitude) - 273.15


# ---------------------------------------------------------------------------------- thermodynamics


@item(
    S,
    "thermodynamics",
    "degC",
    "Ellingham line ΔG° = ΔH° − TΔS°, equilibrium ΔG° = RT ln p_O2 solved for T (Gaskell ch. 12)",
    abs_tol=3.0,
    solution="At equilibrium ΔG° = RT ln p_O2 (unit activities of Ni and NiO). −489 100 + 197T = 8.314 T ln(10⁻¹⁰) = −191.4T, so T = 489 100/(197 + 191.4) = 1259 K = 986 °C, which is 985 °C to the nearest 5 °C.",
    forms=("inverse", "requested_rounding", "preamble"),
)
def h25b_thermodynamics_01():
    """Nickel strip is bright-annealed in a furnace whose atmosphere holds an oxygen partial pressure
    of 1 × 10⁻¹⁰ atm. For 2Ni(s) + O₂(g) = 2NiO(s), ΔG° = −489 100 + 197 T J per mol O₂ (T in K).
    Above what temperature will the nickel stay unoxidised? Give the answer in °C to the nearest 5 °C."""
    dh = Q_(-489_100, "J/mol")
    ds = Q_(-197, "J/(mol*K)")  # ΔG° = ΔH° − TΔS°
    p_o2 = 1e-10
    t = -dh / (-ds - R_GAS * math.log(p_o2))
    return Q_(5 * round(celsius(t) / 5), "degC")


@item(
    S,
    "thermodynamics",
    "MJ",
    "sensible heat m c_p ΔT plus latent heat n ΔH_f (Gaskell ch. 2; Callister ch. 19)",
    solution="Sensible heat: 2.5 kg × 0.900 J/(g K) × (660 − 25) K = 1.429 MJ. Moles: 2500 g/26.98 g/mol = 92.66 mol; latent heat 92.66 × 10.7 kJ/mol = 0.991 MJ. Total 2.42 MJ. The density is not needed.",
    forms=("given_use_list", "two_step_chain", "prefix_no_space", "distractor"),
)
def h25b_thermodynamics_02():
    """Given: m = 2.5kg of aluminium, initially at 25 °C; c_p = 0.900 J/(g·K); T_m = 660 °C;
    ΔH_f = 10.7kJ/mol; A = 26.98 g/mol; ρ = 2.70 g/cm³.
    Find: the heat needed to bring the charge to its melting point and melt it completely, in MJ."""
    m = Q_(2.5, "kg")
    sensible = m * Q_(0.900, "J/(g*K)") * Q_(660 - 25, "K")
    latent = m / Q_(26.98, "g/mol") * Q_(10.7, "kJ/mol")
    return sensible + latent


@item(
    S,
    "thermodynamics",
    "K",
    "Clausius–Clapeyron ln(p₂/p₁) = −(ΔH_v/R)(1/T₂ − 1/T₁) solved for T₂ (Gaskell ch. 7)",
    solution="Take p₁ = 1 atm at the normal boiling point T₁ = 1363 K. 1/T₂ = 1/T₁ − R ln(p₂/p₁)/ΔH_v = 7.337 × 10⁻⁴ + 8.314 × 6.908/128 000 = 1.1824 × 10⁻³ K⁻¹, so T₂ = 846 K.",
    forms=("inverse", "preamble", "voice_report"),
)
def h25b_thermodynamics_03():
    """Engineer's report, vacuum-distillation line: magnesium is to be evaporated from a scrap melt, and
    the still works well once the vapour pressure of Mg reaches 1.0 × 10⁻³ atm. Mg boils at 1363 K
    under 1 atm and its enthalpy of vaporisation is 128 kJ/mol (take it constant).
    At what temperature, in K, does the vapour pressure of magnesium reach 1.0 × 10⁻³ atm?"""
    t1 = Q_(1363, "K")
    dhv = Q_(128, "kJ/mol")
    inv_t2 = 1 / t1 - R_GAS * math.log(1.0e-3 / 1.0) / dhv
    return 1 / inv_t2


@item(
    S,
    "thermodynamics",
    "dimensionless",
    "critical radius r* = −2γ/ΔG_v with ΔG_v = ΔH_f ΔT/T_m, then atoms = (4/3)πr*³ × 4/a³ (Callister eq. 10.6; Porter & Easterling ch. 4)",
    rel_tol=0.03,
    solution="r* = 2γT_m/(ΔH_f ΔT) = 2 × 0.255 × 1728/(2.53 × 10⁹ × 250) = 1.393 nm. Nucleus volume (4/3)π r*³ = 1.132 × 10⁻²⁶ m³; FCC cell volume a³ = (0.352 nm)³ = 4.36 × 10⁻²⁹ m³ holding 4 atoms, so the nucleus holds 1.132 × 10⁻²⁶/4.36 × 10⁻²⁹ × 4 ≈ 1040 atoms.",
    forms=("two_step_chain", "given_use_list"),
)
def h25b_thermodynamics_04():
    """Homogeneous nucleation of solid nickel from its melt, undercooled by 250 K.
    Given: γ_SL = 0.255 J/m²; ΔH_f = −2.53 × 10⁹ J/m³; T_m = 1455 °C; Ni is FCC with a = 0.352 nm.
    How many atoms does a nucleus of critical size contain?"""
    gamma = Q_(0.255, "J/m**2")
    dhf = Q_(2.53e9, "J/m**3")
    tm = kelvin(1455)
    r_star = 2 * gamma * tm / (dhf * Q_(250, "K"))
    a = Q_(0.352, "nm")
    return (4 / 3) * math.pi * r_star**3 / a**3 * 4


@item(
    S,
    "thermodynamics",
    "kJ/mol",
    "regular solution ΔG_mix = Ωx_Ax_B + RT(x_A ln x_A + x_B ln x_B) (Gaskell ch. 9)",
    refuse="the temperature is not given, so the entropy term RT Σx ln x, and with it ΔG_mix, cannot be evaluated",
    solution="ΔG_mix = Ωx(1 − x) + RT[x ln x + (1 − x) ln(1 − x)] needs T; no temperature is stated, so the question must be refused.",
    forms=("must_refuse", "given_use_list"),
)
def h25b_thermodynamics_05():
    """Given: Cu–Ni liquid treated as a regular solution, Ω = +12.5 kJ/mol; x_Ni = 0.40; T_m(Cu) = 1085 °C,
    T_m(Ni) = 1455 °C.
    Use: ΔG_mix = Ωx_Ax_B + RT(x_A ln x_A + x_B ln x_B).
    Find: ΔG_mix of the liquid alloy in kJ/mol."""
    return None


@item(
    S,
    "thermodynamics",
    "percent",
    "ΔG° = −RT ln K for FeO + CO = Fe + CO₂, then x_CO = 1/(1 + K) (Gaskell ch. 12)",
    solution="At 1000 K, ΔG° = −22 800 + 24.26 × 1000 = 1460 J. K = p_CO₂/p_CO = exp(−1460/(8.314 × 1000)) = 0.839. With p_CO + p_CO₂ = total, the CO fraction is 1/(1 + K) = 54.4 %.",
    forms=("two_step_chain", "percentage", "preamble"),
)
def h25b_thermodynamics_06():
    """In a direct-reduction shaft, wüstite is reduced by a CO–CO₂ gas: FeO(s) + CO(g) = Fe(s) + CO₂(g),
    with ΔG° = −22 800 + 24.26 T J (T in K). The gas holds only CO and CO₂.
    What is the minimum CO content of the gas, expressed as a percentage by volume, that just reduces FeO to
    Fe at 1000 K?"""
    t = Q_(1000, "K")
    dg = Q_(-22_800, "J/mol") + Q_(24.26, "J/(mol*K)") * t
    k = math.exp(-num(dg / (R_GAS * t)))
    return Q_(100 / (1 + k), "percent")


@item(
    S,
    "thermodynamics",
    "J/(mol*K)",
    "ΔS = ∫C_p/T dT with C_p = a + bT: a ln(T₂/T₁) + b(T₂ − T₁) (Gaskell ch. 3)",
    solution="ΔS = 22.64 ln(1000/300) + 6.28 × 10⁻³ × (1000 − 300) = 27.26 + 4.40 = 31.66 J/(mol K). Copper does not melt below 1358 K, so no latent term; the melting point is a distractor.",
    forms=("given_use_list", "distractor"),
)
def h25b_thermodynamics_07():
    """Given: C_p(Cu, s) = 22.64 + 6.28 × 10⁻³ T J/(mol·K); T₁ = 300 K; T₂ = 1000 K; T_m(Cu) = 1358 K;
    ΔH_f(Cu) = 13.0 kJ/mol.
    Find: the entropy change when one mole of copper is heated from T₁ to T₂, in J/(mol·K)."""
    a, b = 22.64, 6.28e-3
    t1, t2 = 300.0, 1000.0
    return Q_(a * math.log(t2 / t1) + b * (t2 - t1), "J/(mol*K)")


@item(
    S,
    "thermodynamics",
    "percent",
    "ideal entropy of mixing ΔS_mix = −R[x ln x + (1 − x) ln(1 − x)] solved for x (Gaskell ch. 9; Porter & Easterling ch. 1)",
    solution="Solve −R[x ln x + (1 − x) ln(1 − x)] = 4.00 J/(mol K), i.e. x ln x + (1 − x) ln(1 − x) = −0.4811, on 0 < x < 0.5: x = 0.1865, about 18.6 at%.",
    forms=("inverse", "percentage", "voice_notebook"),
)
def h25b_thermodynamics_08():
    """Notebook, thermo problem set, Q3: an ideal binary solid solution is found to have a molar entropy of
    mixing of 4.00 J/(mol·K). What is the content of the minority component, in atom percent?"""
    target = 4.00 / R_GAS.to("J/(mol*K)").magnitude

    def f(x: float) -> float:
        return -(x * math.log(x) + (1 - x) * math.log(1 - x)) - target

    return Q_(100 * brentq(f, 1e-9, 0.5), "percent")


@item(
    S,
    "thermodynamics",
    "MJ/m**3",
    "ΔG_v = ΔH_f ΔT/T_m (Porter & Easterling eq. 4.3), per mole then per m³ via the molar volume",
    solution="Per mole: ΔG = 10.7 kJ/mol × 50/933 = 573.4 J/mol. Per volume: 573.4 J/mol/(10.0 × 10⁻⁶ m³/mol) = 5.73 × 10⁷ J/m³ = 57.3 MJ/m³.",
    forms=("two_step_chain", "prefix_no_space", "voice_report"),
)
def h25b_thermodynamics_09():
    """Casting report, ladle 7: the aluminium melt (T_m = 933 K, ΔH_f = 10.7kJ/mol, molar volume
    10.0 cm³/mol) was undercooled by 50 K before solidification began. Estimate the driving force for
    solidification per unit volume of solid at that undercooling, in MJ/m³."""
    dg_mol = Q_(10.7, "kJ/mol") * Q_(50, "K") / Q_(933, "K")
    return dg_mol / Q_(10.0, "cm**3/mol")


# ----------------------------------------------------------------------- electrical & semiconductors


@item(
    S,
    "electrical_semiconductors",
    "1/cm**3",
    "extrinsic conductivity σ = n|e|μ_e solved for n = N_D (Callister eq. 18.16)",
    solution="n = 1/(ρ e μ_e) = 1/(0.50 Ω cm × 1.602 × 10⁻¹⁹ C × 1350 cm²/(V s)) = 9.26 × 10¹⁵ cm⁻³; with full ionisation N_D = n.",
    forms=("inverse", "standard_datum_not_given"),
)
def h25b_electrical_semiconductors_01():
    """A wafer supplier guarantees n-type silicon of resistivity 0.50 Ω·cm at room temperature. Taking the
    electron mobility as 1350 cm²/(V·s) and every donor ionised, what phosphorus concentration (per cm³)
    does that resistivity correspond to?"""
    rho = Q_(0.50, "ohm*cm")
    mu = Q_(1350, "cm**2/(V*s)")
    return 1 / (rho * Q_E * mu)


@item(
    S,
    "electrical_semiconductors",
    "ohm",
    "σ = p|e|μ_h, then R = L/(σA) (Callister eqs. 18.2, 18.4, 18.17)",
    solution="p = N_A = 2 × 10¹⁶ cm⁻³; σ = 2 × 10¹⁶ × 1.602 × 10⁻¹⁹ × 450 = 1.442 S/cm. R = L/(σA) = 0.5 cm/(1.442 S/cm × 0.1 cm × 0.05 cm) = 69.3 Ω.",
    forms=("two_step_chain", "prefix_no_space", "given_use_list"),
)
def h25b_electrical_semiconductors_02():
    """Given: Si bar doped with 2 × 10¹⁶ cm⁻³ boron (all ionised); μ_h = 450 cm²/(V·s); length 5mm;
    cross-section 1mm × 0.5mm; contacts on the two end faces.
    Find: the resistance of the bar, in Ω, at room temperature."""
    sigma = Q_(2e16, "1/cm**3") * Q_E * Q_(450, "cm**2/(V*s)")
    area = Q_(1, "mm") * Q_(0.5, "mm")
    return (Q_(5, "mm") / (sigma * area)).to("ohm")


@item(
    S,
    "electrical_semiconductors",
    "degC",
    "ρ_T = ρ₂₀[1 + α(T − 20 °C)] solved for T (Callister eq. 18.10)",
    abs_tol=1.0,
    solution="R/R₂₀ = 1 + α(T − 20) = 1.25, so T − 20 = 0.25/0.0039 = 64.1 K and T = 84.1 °C, i.e. 84 °C.",
    forms=("inverse", "requested_rounding", "preamble", "percentage"),
)
def h25b_electrical_semiconductors_03():
    """A copper busbar was found discoloured after a fault; the maintenance log shows its resistance had
    risen 25 % above the value measured at 20 °C. Taking the temperature coefficient of resistivity of
    copper as 0.0039 K⁻¹ (referred to 20 °C), what temperature had the bar reached? Answer to the nearest °C."""
    alpha = 0.0039
    return Q_(round(20 + 0.25 / alpha), "degC")


@item(
    S,
    "electrical_semiconductors",
    "S/m",
    "σ = n|e|μ_e needs the host's electron mobility (Callister eq. 18.16)",
    refuse="the host semiconductor is not named, so the electron mobility (Si ≈ 0.14, Ge ≈ 0.38, GaAs ≈ 0.85 m²/(V s)) and with it σ is undetermined",
    solution="σ = N_D e μ_e; the mobility depends on the host crystal, which the question does not name, so the conductivity cannot be computed: refuse.",
    forms=("must_refuse",),
)
def h25b_electrical_semiconductors_04():
    """A semiconductor wafer is doped with 5 × 10²¹ m⁻³ phosphorus atoms, all of them ionised at room
    temperature. Calculate its room-temperature electrical conductivity."""
    return None


@item(
    S,
    "electrical_semiconductors",
    "cm**2/(V*s)",
    "Hall effect n = IB/(e t V_H), then μ = 1/(n e ρ) (Callister eqs. 18.18, 18.19; Kittel ch. 6)",
    solution="n = IB/(e t |V_H|) = 0.010 × 0.50/(1.602 × 10⁻¹⁹ × 2.5 × 10⁻⁴ × 4.2 × 10⁻³) = 2.97 × 10²² m⁻³. μ = 1/(n e ρ) = 1/(2.97 × 10²² × 1.602 × 10⁻¹⁹ × 0.020) = 0.0105 m²/(V s) = 105 cm²/(V s).",
    forms=("two_step_chain", "voice_notebook", "prefix_no_space", "standard_datum_not_given"),
)
def h25b_electrical_semiconductors_05():
    """Lab notebook, Hall rig, sample B7 (n-type film): I = 10mA, B = 0.50 T, film thickness 0.25mm,
    V_H = −4.2mV; four-point probe gave ρ = 0.020 Ω·m. Work out the electron mobility in cm²/(V·s)."""
    n = Q_(10, "mA") * Q_(0.50, "T") / (Q_E * Q_(0.25, "mm") * Q_(4.2, "mV"))
    return 1 / (n * Q_E * Q_(0.020, "ohm*m"))


@item(
    S,
    "electrical_semiconductors",
    "dimensionless",
    "n_i ∝ T^{3/2} exp(−E_g/2kT) (Kittel ch. 8) or n_i ∝ exp(−E_g/2kT) (Callister eq. 18.35)",
    solution="With the prefactor: n_i(400)/n_i(300) = (400/300)^{3/2} exp[(E_g/2k)(1/300 − 1/400)] = 1.540 × exp(0.56/8.617 × 10⁻⁵ × 8.333 × 10⁻⁴) = 1.540 × 224.9 = 346. Callister's exponential-only form gives 225.",
    forms=("how_many_times", "two_readings", "standard_datum_not_given"),
)
def h25b_electrical_semiconductors_06():
    """Silicon has a band gap of 1.12 eV (take it independent of temperature). How many times larger is its
    intrinsic carrier concentration at 400 K than at 300 K?"""
    eg = Q_(1.12, "eV")
    t1, t2 = Q_(300, "K"), Q_(400, "K")
    expo = math.exp(num(eg / (2 * K_EV) * (1 / t1 - 1 / t2)))
    return {
        "with T^3/2 prefactor": Q_(num(t2 / t1) ** 1.5 * expo, "dimensionless"),
        "exponential only": Q_(expo, "dimensionless"),
    }


@item(
    S,
    "electrical_semiconductors",
    "um",
    "parallel-plate capacitor C = ε_rε₀A/d solved for d (Callister eq. 18.27)",
    solution="d = ε_rε₀A/C = 2100 × 8.854 × 10⁻¹² × 1.0 × 10⁻⁴/10 × 10⁻⁹ = 1.86 × 10⁻⁴ m = 186 μm.",
    forms=("inverse", "prefix_no_space", "standard_datum_not_given"),
)
def h25b_electrical_semiconductors_07():
    """A single-layer BaTiO₃ capacitor (ε_r = 2100) is to have a capacitance of 10nF with electrodes of
    1.0 cm² area. How thick must the dielectric be, in μm?"""
    return EPS0 * 2100 * Q_(1.0, "cm**2") / Q_(10, "nF")


@item(
    S,
    "electrical_semiconductors",
    "m**2/(V*s)",
    "free-electron density n = ρN_A/A (one electron per atom), then μ_e = σ/(n|e|) (Callister eq. 18.8)",
    solution="n = 8.96 g/cm³ × 6.022 × 10²³/63.55 g/mol = 8.49 × 10²² cm⁻³ = 8.49 × 10²⁸ m⁻³. μ_e = σ/(n e) = 5.98 × 10⁷/(8.49 × 10²⁸ × 1.602 × 10⁻¹⁹) = 4.40 × 10⁻³ m²/(V s).",
    forms=("two_step_chain", "standard_datum_not_given", "given_use_list"),
)
def h25b_electrical_semiconductors_08():
    """Given: copper, σ = 5.98 × 10⁷ (Ω·m)⁻¹; ρ = 8.96 g/cm³; A = 63.55 g/mol; one free electron per atom.
    Find: the electron mobility, in m²/(V·s)."""
    n = Q_(8.96, "g/cm**3") * AVOGADRO / Q_(63.55, "g/mol")
    return Q_(5.98e7, "S/m") / (n * Q_E)


@item(
    S,
    "electrical_semiconductors",
    "ohm*m",
    "intrinsic σ = n_i|e|(μ_e + μ_h), ρ = 1/σ (Callister eq. 18.15)",
    rel_tol=0.03,
    solution="σ = 2.4 × 10¹⁹ × 1.602 × 10⁻¹⁹ × (0.38 + 0.18) = 2.153 (Ω m)⁻¹; ρ = 1/σ = 0.4644 Ω m ≈ 0.46 Ω m to 2 significant figures.",
    forms=("requested_rounding", "distractor", "two_step_chain"),
)
def h25b_electrical_semiconductors_09():
    """Intrinsic germanium at 300 K: n_i = 2.4 × 10¹⁹ m⁻³, μ_e = 0.38 m²/(V·s), μ_h = 0.18 m²/(V·s),
    E_g = 0.67 eV. What is its electrical resistivity, in Ω·m, to 2 significant figures?"""
    sigma = Q_(2.4e19, "1/m**3") * Q_E * Q_(0.38 + 0.18, "m**2/(V*s)")
    return Q_(sig(num((1 / sigma) / Q_(1, "ohm*m"))), "ohm*m")


# ------------------------------------------------------------------------------------------ magnetic


@item(
    S,
    "magnetic",
    "kA/m",
    "atom density N = ρN_A/A, then M_s = (moments per atom) μ_B N (Callister eq. 20.8)",
    solution="N = 8.90 g/cm³ × 6.022 × 10²³ mol⁻¹/58.69 g/mol = 9.13 × 10²² cm⁻³ = 9.13 × 10²⁸ m⁻³. M_s = 0.60 × 9.274 × 10⁻²⁴ A m² × 9.13 × 10²⁸ m⁻³ = 5.08 × 10⁵ A/m = 508 kA/m.",
    forms=("two_step_chain", "standard_datum_not_given"),
)
def h25b_magnetic_01():
    """Nickel (density 8.90 g/cm³, atomic weight 58.69 g/mol) carries a net moment of 0.60 Bohr magneton
    per atom. Estimate its saturation magnetisation in kA/m."""
    n = Q_(8.90, "g/cm**3") * AVOGADRO / Q_(58.69, "g/mol")
    return 0.60 * BOHR * n


@item(
    S,
    "magnetic",
    "dimensionless",
    "M_s = n_B μ_B × 8 formula units/a³ solved for n_B (Callister Example 20.2)",
    solution="n_B = M_s a³/(8 μ_B) = 5.6 × 10⁵ A/m × (0.850 × 10⁻⁹ m)³/(8 × 9.274 × 10⁻²⁴ A m²) = 5.6 × 10⁵ × 6.141 × 10⁻²⁸/7.419 × 10⁻²³ = 4.64 Bohr magnetons per formula unit.",
    forms=("inverse", "preamble", "standard_datum_not_given"),
)
def h25b_magnetic_02():
    """A manganese–zinc ferrite has the inverse-spinel cell (cubic, eight formula units per cell,
    a = 0.850 nm). A vibrating-sample magnetometer gives a saturation magnetisation of 5.6 × 10⁵ A/m at
    low temperature. How many Bohr magnetons per formula unit does that measurement imply?"""
    a = Q_(0.850, "nm")
    return Q_(5.6e5, "A/m") * a**3 / (8 * BOHR)


@item(
    S,
    "magnetic",
    "mA",
    "H = NI/l, B = μ₀μ_rH solved for I (Callister eqs. 20.1, 20.3)",
    solution="I = Bl/(μ₀μ_rN) = 1.2 T × 0.25 m/(1.2566 × 10⁻⁶ × 5000 × 200) = 0.239 A = 239 mA. The winding resistance is not needed.",
    forms=("inverse", "distractor", "given_use_list"),
)
def h25b_magnetic_03():
    """Given: toroidal core, mean path length l = 0.25 m; relative permeability μ_r = 5000 (take constant);
    winding N = 200 turns; winding resistance 3.2 Ω.
    Find: the current, in mA, that produces B = 1.2 T in the core."""
    return Q_(1.2, "T") * Q_(0.25, "m") / (MU0 * 5000 * 200)


@item(
    S,
    "magnetic",
    "T",
    "B = μ₀μ_r NI/l needs the core's relative permeability (Callister eqs. 20.1, 20.3)",
    refuse="the relative permeability of the iron core is not given and is not a universal value (it depends on the iron and on H), so B cannot be computed",
    solution="H = NI/l = 500 × 0.30/0.20 = 750 A/m, but B = μ₀μ_rH needs μ_r of this iron, which is not given: refuse.",
    forms=("must_refuse", "preamble"),
)
def h25b_magnetic_04():
    """A relay coil of 500 turns is wound over a 20 cm long soft-iron core and carries 0.30 A. What is the
    magnetic flux density inside the iron?"""
    return None


@item(
    S,
    "magnetic",
    "W",
    "hysteresis power loss P = (loop area) × f × V (Callister §20.7; Jones ch. 24)",
    solution="Loss per cycle: 250 J/m³ × 1.2 × 10⁻³ m³ = 0.30 J. At 50 Hz P = 15.0 W, at 60 Hz 18.0 W: the loss rises by 3.0 W.",
    forms=("by_how_much", "preamble", "two_step_chain"),
)
def h25b_magnetic_05():
    """A transformer core of 1.2 × 10⁻³ m³ of silicon–iron has a hysteresis loop enclosing 250 J/m³ per
    cycle at its working flux density. The unit, designed for 50 Hz mains, is exported to a 60 Hz grid.
    By how much, in watts, does the hysteresis loss rise (same flux-density swing)?"""
    per_cycle = Q_(250, "J/m**3") * Q_(1.2e-3, "m**3")
    return per_cycle * (Q_(60, "Hz") - Q_(50, "Hz"))


@item(
    S,
    "magnetic",
    "K",
    "critical field B_C(T) = B_C(0)[1 − (T/T_C)²] solved for T (Callister §20.12)",
    solution="1 − (T/T_C)² = 0.12/0.1989 = 0.6033, so T = T_C √0.3967 = 9.25 × 0.6298 = 5.83 K.",
    forms=("inverse",),
)
def h25b_magnetic_06():
    """Niobium is superconducting below 9.25 K, and its critical field extrapolated to 0 K is 0.1989 T.
    Up to what temperature can a niobium component stay superconducting in a field of 0.12 T?"""
    tc = Q_(9.25, "K")
    return tc * math.sqrt(1 - 0.12 / 0.1989)


@item(
    S,
    "magnetic",
    "dimensionless",
    "Curie law χ = μ₀Nμ_eff²/(3k_BT) (Kittel ch. 11)",
    solution="μ_eff = 7.94 μ_B = 7.363 × 10⁻²³ A m². χ = μ₀Nμ_eff²/(3k_BT) = 1.2566 × 10⁻⁶ × 2.0 × 10²⁸ × (7.363 × 10⁻²³)²/(3 × 1.381 × 10⁻²³ × 300) = 1.09 × 10⁻² (SI, dimensionless).",
    forms=("given_use_list", "standard_datum_not_given"),
)
def h25b_magnetic_07():
    """Given: a paramagnetic salt with N = 2.0 × 10²⁸ Gd³⁺ ions per m³, effective moment μ_eff = 7.94 μ_B,
    T = 300 K.
    Use: the Curie law.
    Find: the (SI, volume) magnetic susceptibility χ."""
    mu = 7.94 * BOHR
    return MU0 * Q_(2.0e28, "1/m**3") * mu**2 / (3 * K_BOLTZ * Q_(300, "K"))


@item(
    S,
    "magnetic",
    "cm**3",
    "stored magnetostatic energy ~ (BH)_max × V, solved for V (Callister §20.9)",
    solution="V = E/(BH)_max = 12 J/(300 × 10³ J/m³) = 4.0 × 10⁻⁵ m³ = 40 cm³. The Curie temperature is not needed.",
    forms=("inverse", "prefix_no_space", "distractor"),
)
def h25b_magnetic_08():
    """A motor designer needs the permanent magnets to supply 12 J of magnetic energy. Sintered NdFeB with
    (BH)_max = 300kJ/m³ and a Curie temperature of 310 °C is chosen. Assuming the magnets work at their
    (BH)_max point, what is the minimum magnet volume in cm³?"""
    return Q_(12, "J") / Q_(300, "kJ/m**3")


# ------------------------------------------------------------------------------ optical & thermal


@item(
    S,
    "optical_thermal",
    "mm",
    "R = ((n − 1)/(n + 1))², I_T/I₀ = (1 − R)² e^{−βx} solved for x (Callister eqs. 21.13, 21.19)",
    solution="R = (0.5/2.5)² = 0.0400, (1 − R)² = 0.9216. e^{−βx} = 0.80/0.9216 = 0.8681, so x = −ln(0.8681)/0.25 cm⁻¹ = 0.566 cm = 5.66 mm.",
    forms=("inverse", "two_step_chain"),
)
def h25b_optical_thermal_01():
    """A glass (refractive index 1.50, absorption coefficient 0.25 cm⁻¹) is to be used as a filter that
    transmits 80 % of normally incident light, counting the reflection losses at both faces. How thick
    must the plate be, in mm?"""
    n = 1.50
    r = ((n - 1) / (n + 1)) ** 2
    beta = Q_(0.25, "1/cm")
    return -math.log(0.80 / (1 - r) ** 2) / beta


@item(
    S,
    "optical_thermal",
    "eV",
    "absorption edge E_g = hc/λ (Callister eq. 21.3)",
    solution="E_g = hc/λ = 6.626 × 10⁻³⁴ × 2.998 × 10⁸/870 × 10⁻⁹ = 2.283 × 10⁻¹⁹ J = 1.425 eV.",
    forms=("inverse", "prefix_no_space", "standard_datum_not_given"),
)
def h25b_optical_thermal_02():
    """A photodetector must absorb all light of wavelength 870nm and shorter but be transparent above it.
    What band gap, in eV, should the semiconductor have?"""
    return H * C0 / Q_(870, "nm")


@item(
    S,
    "optical_thermal",
    "degC",
    "ΔL = α L₀ ΔT solved for ΔT (Callister eq. 19.3)",
    abs_tol=1.0,
    solution="ΔT = ΔL/(αL₀) = 5.4 mm/(12.0 × 10⁻⁶ K⁻¹ × 11 900 mm) = 37.8 K, so the gap closes at 10 + 37.8 = 47.8 °C, i.e. 48 °C.",
    forms=("inverse", "preamble", "requested_rounding", "prefix_no_space"),
)
def h25b_optical_thermal_03():
    """Rails 11.9 m long are laid on a day at 10 °C with a 5.4mm gap between neighbouring rails.
    The steel's linear expansion coefficient is 12.0 × 10⁻⁶ K⁻¹. At what rail temperature does the gap just
    close? Give the answer to the nearest °C."""
    dt = Q_(5.4, "mm") / (Q_(12.0e-6, "1/K") * Q_(11.9, "m"))
    return Q_(round(10 + num(dt / Q_(1, "K"))), "degC")


@item(
    S,
    "optical_thermal",
    "degC",
    "thermal stress σ = Eα ΔT for a fully constrained bar, solved for T (Callister eq. 19.8)",
    solution="ΔT = σ_y/(Eα) = 172 MPa/(97 GPa × 20 × 10⁻⁶ K⁻¹) = 88.7 K. Starting from 20 °C the bar yields at 108.7 °C.",
    forms=("inverse", "prefix_no_space", "voice_report"),
)
def h25b_optical_thermal_04():
    """Failure report: a brass rod (E = 97GPa, α = 20 × 10⁻⁶ K⁻¹, yield strength 172MPa) was installed
    stress-free at 20 °C between two rigid walls that stop any axial expansion. At what temperature,
    in °C, does the heated rod begin to yield in compression?"""
    dt = Q_(172, "MPa") / (Q_(97, "GPa") * Q_(20e-6, "1/K"))
    return Q_(20 + num(dt / Q_(1, "K")), "degC")


@item(
    S,
    "optical_thermal",
    "MJ",
    "Fourier's law q = k ΔT/Δx, then Q = qAt (Callister eq. 19.5)",
    solution="q = kΔT/Δx = 51.9 × 200/0.010 = 1.038 × 10⁶ W/m². Q = qAt = 1.038 × 10⁶ × 0.25 × 3600 = 934 MJ. The steel's density is a distractor.",
    forms=("two_step_chain", "given_use_list", "distractor", "prefix_no_space"),
)
def h25b_optical_thermal_05():
    """Given: steady conduction through a steel plate of thickness 10mm and area 0.25 m²; faces held at
    300 °C and 100 °C; k = 51.9 W/(m·K); ρ = 7.85 g/cm³.
    Find: the heat conducted through the plate in one hour, in MJ."""
    q = Q_(51.9, "W/(m*K)") * Q_(200, "K") / Q_(10, "mm")
    return q * Q_(0.25, "m**2") * Q_(1, "hour")


@item(
    S,
    "optical_thermal",
    "degree",
    "numerical aperture NA = √(n₁² − n₂²) = sin θ_a (Callister §21.14)",
    solution="NA = √(1.48² − 1.46²) = √0.0588 = 0.2425; acceptance half-angle θ_a = arcsin 0.2425 = 14.0°.",
    forms=("two_step_chain",),
)
def h25b_optical_thermal_06():
    """An optical fibre has a silica core of index 1.48 and a cladding of index 1.46 and is used in air.
    What is the largest angle to the fibre axis, in degrees, at which light entering the end face is still
    guided by total internal reflection?"""
    na = math.sqrt(1.48**2 - 1.46**2)
    return Q_(math.degrees(math.asin(na)), "degree")


@item(
    S,
    "optical_thermal",
    "dimensionless",
    "normal-incidence reflectivity R = ((n − 1)/(n + 1))² (Callister eq. 21.13)",
    solution="R(Si) = (2.42/4.42)² = 0.2998; R(glass) = (0.50/2.50)² = 0.0400. Ratio 0.2998/0.0400 = 7.49.",
    forms=("how_many_times",),
)
def h25b_optical_thermal_07():
    """At normal incidence from air, how many times more of the incident light does a polished silicon
    surface (n = 3.42) reflect than a soda-lime glass surface (n = 1.50)?"""

    def refl(n: float) -> float:
        return ((n - 1) / (n + 1)) ** 2

    return Q_(refl(3.42) / refl(1.50), "dimensionless")


@item(
    S,
    "optical_thermal",
    "K",
    "thermal-shock temperature difference ΔT_c = σ_f(1 − ν)/(Eα) (Kingery; Jones ch. 17)",
    solution="ΔT_c = σ_f(1 − ν)/(Eα) = 300 × 10⁶ × 0.78/(380 × 10⁹ × 8.8 × 10⁻⁶) = 70.0 K. The thermal conductivity is not needed for this criterion.",
    forms=("given_use_list", "distractor", "prefix_no_space"),
)
def h25b_optical_thermal_08():
    """Given: alumina plate, σ_f = 300MPa, E = 380GPa, α = 8.8 × 10⁻⁶ K⁻¹, ν = 0.22, k = 30 W/(m·K).
    Use: ΔT_c = σ_f(1 − ν)/(Eα).
    Find: the largest sudden quench temperature difference the plate survives, in K."""
    return Q_(300, "MPa") * (1 - 0.22) / (Q_(380, "GPa") * Q_(8.8e-6, "1/K"))


@item(
    S,
    "optical_thermal",
    "K",
    "Debye T³ law C_v = (12π⁴/5)R(T/θ_D)³ solved for T (Kittel ch. 5; Callister eq. 19.2)",
    solution="(T/θ_D)³ = 5C_v/(12π⁴R) = 5 × 1.00/(12 × 97.41 × 8.314) = 5.145 × 10⁻⁴, so T/θ_D = 0.0801 and T = 343 × 0.0801 = 27.5 K (below θ_D/10, so the T³ law holds).",
    forms=("inverse", "standard_datum_not_given"),
)
def h25b_optical_thermal_09():
    """Copper has a Debye temperature of 343 K. In the low-temperature (T³) regime, at what temperature does
    its molar heat capacity reach 1.00 J/(mol·K)?"""
    ratio3 = 5 * Q_(1.00, "J/(mol*K)") / (12 * math.pi**4 * R_GAS)
    return Q_(343, "K") * num(ratio3) ** (1 / 3)


# ------------------------------------------------------------------------------------------ polymers


@item(
    S,
    "polymers",
    "um",
    "DP = M_n/m, then contour length L = N d sin(θ/2) with N = 2 DP bonds (Callister eq. 14.5)",
    solution="m(C₂H₄) = 2 × 12.01 + 4 × 1.008 = 28.05 g/mol; DP = 280 000/28.05 = 9982. N = 2 DP = 19 964 C–C bonds, L = Nd sin(θ/2) = 19 964 × 0.154 nm × sin 54.75° = 2510 nm = 2.51 μm.",
    forms=("two_step_chain", "standard_datum_not_given", "given_use_list"),
)
def h25b_polymers_01():
    """Given: linear polyethylene, M_n = 280 000 g/mol; C–C bond length d = 0.154 nm; C–C–C bond angle
    θ = 109.5°.
    Find: the total (zig-zag, fully extended) chain length L of an average molecule, in μm."""
    m = 2 * 12.011 + 4 * 1.008
    dp = 280_000 / m
    return 2 * dp * Q_(0.154, "nm") * math.sin(math.radians(109.5 / 2))


@item(
    S,
    "polymers",
    "kg/mol",
    "random-coil end-to-end distance r = d√N solved for N, then M = (N/2) m (Callister eq. 14.11)",
    solution="N = (r/d)² = (20/0.154)² = 16 866 bonds; two backbone bonds per C₂F₄ repeat unit, so DP = 8433. m(C₂F₄) = 100.02 g/mol, M = 8433 × 100.02 = 8.43 × 10⁵ g/mol = 843 kg/mol.",
    forms=("inverse", "standard_datum_not_given"),
)
def h25b_polymers_02():
    """What molecular weight (in kg/mol) must a linear polytetrafluoroethylene chain have for its
    root-mean-square end-to-end distance r = d√N to be 20 nm? Take the C–C bond length d as 0.154 nm."""
    n_bonds = num((Q_(20, "nm") / Q_(0.154, "nm")) ** 2)
    m = 2 * 12.011 + 4 * 18.998
    return Q_(n_bonds / 2 * m, "g/mol")


@item(
    S,
    "polymers",
    "g/cm**3",
    "% crystallinity = ρ_c(ρ_s − ρ_a)/[ρ_s(ρ_c − ρ_a)] solved for ρ_s (Callister eq. 14.8)",
    solution="ρ_s = ρ_cρ_a/[ρ_c − x(ρ_c − ρ_a)] = 0.998 × 0.870/(0.998 − 0.65 × 0.128) = 0.8683/0.9148 = 0.949 g/cm³.",
    forms=("inverse", "preamble"),
)
def h25b_polymers_03():
    """A film extruder wants polyethylene of 65 % crystallinity for its barrier grade and checks each lot
    by density. With ρ(crystalline) = 0.998 g/cm³ and ρ(amorphous) = 0.870 g/cm³, what density should a
    lot of exactly 65 % crystallinity show?"""
    rc, ra = Q_(0.998, "g/cm**3"), Q_(0.870, "g/cm**3")
    x = 0.65
    return rc * ra / (rc - x * (rc - ra))


@item(
    S,
    "polymers",
    "kg/mol",
    "M_n = M_w/PDI needs the dispersity (Callister eqs. 14.5a, 14.5b)",
    refuse="only M_w is given; M_n depends on the breadth of the distribution (the dispersity), which is not stated",
    solution="M_n = M_w/(M_w/M_n); the dispersity of this sample is not given and is not a universal value, so M_n is undetermined: refuse.",
    forms=("must_refuse",),
)
def h25b_polymers_04():
    """Light scattering on a commercial polystyrene gives a weight-average molecular weight of 350 kg/mol.
    What is its number-average molecular weight?"""
    return None


@item(
    S,
    "polymers",
    "dimensionless",
    "M_n = Σx_iM_i, M_w = Σw_iM_i with w_i = x_iM_i/M_n; dispersity M_w/M_n (Callister eqs. 14.5a, 14.5b)",
    solution="M_n = Σx_iM_i = 0.05×10 + 0.20×20 + 0.35×30 + 0.25×40 + 0.15×50 = 32.5 kg/mol. Σx_iM_i² = 1175 (kg/mol)², so M_w = 1175/32.5 = 36.15 kg/mol. M_w/M_n = 1.112.",
    forms=("two_step_chain", "how_many_times"),
)
def h25b_polymers_05():
    """GPC of a PMMA sample, by number fraction:

    M (kg/mol): 10, 20, 30, 40, 50
    x_i:        0.05, 0.20, 0.35, 0.25, 0.15

    How many times larger is its weight-average than its number-average molecular weight?"""
    m = [10, 20, 30, 40, 50]
    x = [0.05, 0.20, 0.35, 0.25, 0.15]
    mn = sum(xi * mi for xi, mi in zip(x, m, strict=True))
    mw = sum(xi * mi * mi for xi, mi in zip(x, m, strict=True)) / mn
    return Q_(mw / mn, "dimensionless")


@item(
    S,
    "polymers",
    "minute",
    "stress relaxation σ = σ₀ exp(−t/τ): τ from one reading, then t for a target σ (Callister eq. 15.10)",
    rel_tol=0.05,
    solution="τ = 45 s/ln(7.0/5.2) = 45/0.2973 = 151.4 s. t = τ ln(7.0/2.0) = 151.4 × 1.2528 = 189.6 s = 3.16 min ≈ 3.2 min.",
    forms=("inverse", "two_step_chain", "requested_rounding", "voice_notebook", "prefix_no_space"),
)
def h25b_polymers_06():
    """Notebook, relaxation test on a gasket elastomer held at constant strain: σ = 7.0MPa at t = 0,
    5.2MPa after 45 s. Assuming a single relaxation time, how long after loading will the stress be down to
    2.0MPa? Give minutes to 2 significant figures."""
    tau = Q_(45, "s") / math.log(7.0 / 5.2)
    t = tau * math.log(7.0 / 2.0)
    return Q_(sig(num(t / Q_(1, "minute"))), "minute")


@item(
    S,
    "polymers",
    "percent",
    "copolymer average repeat-unit weight m̄ = f₁m₁ + f₂m₂ = M_n/DP solved for f₁ (Callister eq. 14.7)",
    solution="m̄ = 250 000/3500 = 71.43 g/mol. m(styrene C₈H₈) = 104.15, m(butadiene C₄H₆) = 54.09 g/mol. f_S = (71.43 − 54.09)/(104.15 − 54.09) = 0.346, i.e. 34.6 % styrene units.",
    forms=("inverse", "percentage", "standard_datum_not_given"),
)
def h25b_polymers_07():
    """A random styrene–butadiene copolymer has a number-average molecular weight of 250 000 g/mol and a
    number-average degree of polymerisation of 3500. What percentage of its repeat units are styrene?"""
    m_s = 8 * 12.011 + 8 * 1.008
    m_b = 4 * 12.011 + 6 * 1.008
    m_bar = 250_000 / 3500
    return Q_(100 * (m_bar - m_b) / (m_s - m_b), "percent")


@item(
    S,
    "polymers",
    "g/mol",
    "rubber elasticity G = ρRT/M_c solved for M_c (Young & Lovell ch. 5)",
    solution="M_c = ρRT/G = 950 kg/m³ × 8.314 × 300 K/0.80 × 10⁶ Pa = 2.96 kg/mol = 2960 g/mol.",
    forms=("inverse", "prefix_no_space", "standard_datum_not_given"),
)
def h25b_polymers_08():
    """A lightly crosslinked natural rubber (density 0.95 g/cm³) shows a shear modulus of 0.80MPa at 300 K.
    Using the affine network model G = ρRT/M_c, what is the molecular weight between crosslinks, in g/mol?"""
    return Q_(0.95, "g/cm**3") * R_GAS * Q_(300, "K") / Q_(0.80, "MPa")


@item(
    S,
    "polymers",
    "percent",
    "vulcanisation stoichiometry: S atoms per crosslink × crosslinks, as a weight fraction (Callister §15.9)",
    solution="Per 100 repeat units (C₅H₈, 68.12 g/mol): 10 are crosslinked, each crosslink joins two units, so 5 crosslinks × 2 S = 10 S atoms = 320.6 g. wt% S = 320.6/(6812 + 320.6) = 4.49 %.",
    forms=("percentage", "standard_datum_not_given", "given_use_list"),
)
def h25b_polymers_09():
    """Given: cis-polyisoprene (repeat unit C₅H₈); 10 % of the repeat units are to be crosslinked; each
    crosslink joins two repeat units through a bridge of two sulfur atoms.
    Find: the weight percent of sulfur in the vulcanised rubber."""
    m_unit = 5 * 12.011 + 8 * 1.008
    n_units = 100
    n_s = n_units * 0.10 / 2 * 2
    mass_s = n_s * 32.06
    return Q_(100 * mass_s / (n_units * m_unit + mass_s), "percent")


# ---------------------------------------------------------------------------- ceramics & composites


@item(
    S,
    "ceramics_composites",
    "GPa",
    "rule of mixtures: isostrain E_c = E_fV_f + E_mV_m (longitudinal) or isostress 1/E_c = V_f/E_f + V_m/E_m (transverse) (Callister eqs. 16.10, 16.16)",
    solution="The direction is not stated. Longitudinal (isostrain): 0.40 × 72.5 + 0.60 × 3.1 = 30.9 GPa. Transverse (isostress): 1/(0.40/72.5 + 0.60/3.1) = 5.02 GPa.",
    forms=("two_readings", "prefix_no_space"),
)
def h25b_ceramics_composites_01():
    """A unidirectional composite holds 40 vol% continuous E-glass fibres (E = 72.5GPa) in a polyester
    matrix (E = 3.1GPa). What is the elastic modulus of the composite?"""
    ef, em, vf = Q_(72.5, "GPa"), Q_(3.1, "GPa"), 0.40
    return {
        "longitudinal (isostrain)": ef * vf + em * (1 - vf),
        "transverse (isostress)": 1 / (vf / ef + (1 - vf) / em),
    }


@item(
    S,
    "ceramics_composites",
    "percent",
    "isostrain rule of mixtures E_c = E_fV_f + E_m(1 − V_f) solved for V_f (Callister eq. 16.10)",
    solution="V_f = (E_c − E_m)/(E_f − E_m) = (100 − 2.4)/(230 − 2.4) = 0.429, i.e. 42.9 vol%.",
    forms=("inverse", "percentage", "voice_report", "distractor"),
)
def h25b_ceramics_composites_02():
    """Design note, CFRP spar cap: the longitudinal modulus must reach 100 GPa. Carbon fibre: E = 230 GPa,
    tensile strength 3.5 GPa; epoxy: E = 2.4 GPa. What fibre volume fraction, as a percentage, is needed?"""
    ef, em, ec = 230.0, 2.4, 100.0
    return Q_(100 * (ec - em) / (ef - em), "percent")


@item(
    S,
    "ceramics_composites",
    "g/cm**3",
    "rock-salt a = 2(r_C + r_A), then ρ = n'(ΣA_C + ΣA_A)/(V_C N_A) (Callister eqs. 12.1, Example 12.3)",
    solution="a = 2(0.072 + 0.140) nm = 0.424 nm; V_C = 7.622 × 10⁻²³ cm³. ρ = 4 × (24.31 + 16.00)/(7.622 × 10⁻²³ × 6.022 × 10²³) = 161.24/45.90 = 3.51 g/cm³.",
    forms=("two_step_chain", "standard_datum_not_given"),
)
def h25b_ceramics_composites_03():
    """Magnesium oxide has the rock-salt structure; the ionic radii are r(Mg²⁺) = 0.072 nm and
    r(O²⁻) = 0.140 nm. Estimate the theoretical density of MgO in g/cm³."""
    a = 2 * (Q_(0.072, "nm") + Q_(0.140, "nm"))
    return 4 * Q_(24.305 + 15.999, "g/mol") / (a**3 * AVOGADRO)


@item(
    S,
    "ceramics_composites",
    "percent",
    "Weibull P_f = 1 − exp[−(σ/σ₀)^m] needs the Weibull modulus m (Callister §12.8; Jones ch. 18)",
    refuse="the Weibull modulus is not given, and a mean strength alone does not fix the failure probability at another stress",
    solution="P_f = 1 − exp[−(σ/σ₀)^m] needs both σ₀ and m; only a mean strength is given and m is missing, so the probability is undetermined: refuse.",
    forms=("must_refuse", "prefix_no_space"),
)
def h25b_ceramics_composites_04():
    """Reaction-bonded SiC test bars from one batch have a mean bend strength of 350MPa. What is the
    probability that a bar of the same size fails at 300MPa?"""
    return None


@item(
    S,
    "ceramics_composites",
    "percent",
    "porosity dependence E = E₀(1 − 1.9P + 0.9P²) solved for P (Callister eq. 12.9)",
    solution="1 − 1.9P + 0.9P² = 250/393 = 0.6361, so 0.9P² − 1.9P + 0.3639 = 0; the physical root is P = [1.9 − √(3.61 − 1.310)]/1.8 = 0.213, i.e. 21.3 vol%.",
    forms=("inverse", "percentage"),
)
def h25b_ceramics_composites_05():
    """Fully dense alumina has an elastic modulus of 393 GPa. Using E = E₀(1 − 1.9P + 0.9P²), what volume
    porosity, as a percentage, would lower the modulus to 250 GPa?"""
    c = 1 - 250 / 393
    a, b = 0.9, -1.9
    p = (-b - math.sqrt(b * b - 4 * a * c)) / (2 * a)
    return Q_(100 * p, "percent")


@item(
    S,
    "ceramics_composites",
    "N",
    "three-point flexural strength σ_fs = 3F_fL/(2bd²) solved for F_f (Callister eq. 12.7a)",
    solution="F = 2σ_fs b d²/(3L) = 2 × 320 × 10⁶ × 0.006 × 0.004²/(3 × 0.040) = 512 N.",
    forms=("inverse", "prefix_no_space", "given_use_list"),
)
def h25b_ceramics_composites_06():
    """Given: Si₃N₄ bar, width b = 6mm, depth d = 4mm; three-point bend, support span L = 40mm;
    flexural strength σ_fs = 320MPa.
    Find: the load, in N, at which the bar is expected to break."""
    return 2 * Q_(320, "MPa") * Q_(6, "mm") * Q_(4, "mm") ** 2 / (3 * Q_(40, "mm"))


@item(
    S,
    "ceramics_composites",
    "um",
    "K_Ic = Yσ√(πa) solved for a (Callister eq. 8.5)",
    rel_tol=0.05,
    solution="a = (1/π)[K_Ic/(Yσ)]² = (1/π)(7.0/(1.12 × 450))² m = (1/π)(0.01389)² = 6.14 × 10⁻⁵ m = 61 μm to 2 significant figures.",
    forms=("inverse", "requested_rounding", "preamble"),
)
def h25b_ceramics_composites_07():
    """Zirconia hip-joint heads are proof-tested to 450 MPa. The material's fracture toughness is
    7.0 MPa·√m and surface cracks have Y = 1.12. What is the largest surface crack depth, in μm, that
    survives the proof test? Give 2 significant figures."""
    a = (Q_(7.0, "MPa*m**0.5") / (1.12 * Q_(450, "MPa"))) ** 2 / math.pi
    return Q_(sig(num(a / Q_(1, "um"))), "um")


@item(
    S,
    "ceramics_composites",
    "MPa",
    "critical length l_c = σ_f*d/(2τ_c), then σ_cd = σ_f*V_f(1 − l_c/2l) + σ_m'(1 − V_f) (Callister eqs. 16.3, 16.18)",
    solution="l_c = 3500 MPa × 7 μm/(2 × 25 MPa) = 0.49 mm < l = 5 mm. σ_cd = 3500 × 0.45 × (1 − 0.49/10) + 30 × 0.55 = 1497.8 + 16.5 = 1514 MPa.",
    forms=("two_step_chain", "prefix_no_space", "given_use_list"),
)
def h25b_ceramics_composites_08():
    """Given: aligned discontinuous carbon fibres, length l = 5mm, diameter d = 7μm, σ_f* = 3.5GPa;
    fibre–matrix bond shear strength τ_c = 25MPa; V_f = 0.45; matrix stress at fibre fracture σ_m' = 30MPa.
    Find: the longitudinal tensile strength of the composite, in MPa."""
    sf, d, tau = Q_(3.5, "GPa"), Q_(7, "um"), Q_(25, "MPa")
    lc = sf * d / (2 * tau)
    vf = 0.45
    return sf * vf * (1 - num(lc / (2 * Q_(5, "mm")))) + Q_(30, "MPa") * (1 - vf)


# ----------------------------------------------------------------------------------------- corrosion


@item(
    S,
    "corrosion",
    "g",
    "Faraday's law w = ItM/(nF), n = 2 (Fe → Fe²⁺) or n = 3 (Fe → Fe³⁺) (Callister eq. 17.23)",
    solution="Q = 2.5 A × 86 400 s = 2.16 × 10⁵ C. Fe → Fe²⁺: w = 2.16 × 10⁵ × 55.85/(2 × 96 485) = 62.5 g; Fe → Fe³⁺: 41.7 g.",
    forms=("two_readings", "standard_datum_not_given", "preamble"),
)
def h25b_corrosion_01():
    """A buried steel pipe picks up a stray current of 2.5 A from a nearby DC traction line; the current
    leaves the pipe into the soil at one coating defect. How much iron is lost there in 24 h?"""
    charge = Q_(2.5, "A") * Q_(24, "hour")
    m_fe = Q_(55.845, "g/mol")
    return {
        "Fe -> Fe2+ (n = 2)": charge * m_fe / (2 * F_CONST),
        "Fe -> Fe3+ (n = 3)": charge * m_fe / (3 * F_CONST),
    }


@item(
    S,
    "corrosion",
    "year",
    "penetration rate = iM/(nFρ) from Faraday's law, then t = thickness/rate (Callister eqs. 17.23, 17.24)",
    solution="Rate = iM/(nFρ) = 2.0 × 10⁻⁶ A/cm² × 65.38 g/mol/(2 × 96 485 C/mol × 7.13 g/cm³) = 9.50 × 10⁻¹¹ cm/s. t = 0.0100 cm/9.50 × 10⁻¹¹ cm/s = 1.05 × 10⁸ s = 3.33 years.",
    forms=("inverse", "two_step_chain", "prefix_no_space", "standard_datum_not_given"),
)
def h25b_corrosion_02():
    """A galvanised coating is 0.10mm of zinc (ρ = 7.13 g/cm³, A = 65.38 g/mol). In a marine atmosphere it
    corrodes uniformly at a current density of 2.0μA/cm², oxidising to Zn²⁺. How many years until the steel
    is exposed?"""
    # in SI floats (A/m², kg/mol, kg/m³): pint's conversion of the compound quotient to years
    # differed in the last bit between processes
    i_si, molar_si, rho_si = 2.0e-6 / 1e-4, 65.38e-3, 7.13e3
    rate_m_per_s = i_si * molar_si / (2 * F_CONST.to("C/mol").magnitude * rho_si)
    return Q_(0.10e-3 / rate_m_per_s / (365.25 * 86400), "year")


@item(
    S,
    "corrosion",
    "mol/L",
    "Nernst equation E = (E°_Cu − E°_Fe) − (RT/nF) ln([Fe²⁺]/[Cu²⁺]) solved for [Fe²⁺] (Callister eq. 17.19)",
    solution="E° = 0.340 − (−0.440) = 0.780 V. ln([Fe²⁺]/[Cu²⁺]) = −(0.800 − 0.780) × 2F/(RT) = −0.040 × 96 485/(8.314 × 298.15) = −1.557, so [Fe²⁺] = 0.050 × 0.2108 = 0.0105 M.",
    forms=("inverse", "voice_notebook", "standard_datum_not_given"),
)
def h25b_corrosion_03():
    """Lab notebook, galvanic cell Fe | Fe²⁺(?) || Cu²⁺(0.050 M) | Cu at 25 °C: the voltmeter reads
    0.800 V. E°(Cu²⁺/Cu) = +0.340 V, E°(Fe²⁺/Fe) = −0.440 V. What is the Fe²⁺ concentration in mol/L?"""
    t = kelvin(25)
    e0 = Q_(0.340 - (-0.440), "V")
    ln_ratio = -num((Q_(0.800, "V") - e0) * 2 * F_CONST / (R_GAS * t))
    return Q_(0.050 * math.exp(ln_ratio), "mol/L")


@item(
    S,
    "corrosion",
    "A",
    "I = (CPR) ρ n F A_s/M needs the corroding area (Callister eqs. 17.23, 17.24)",
    refuse="the corroding area of the tank wall is not given, so the penetration rate cannot be turned into a current",
    solution="A penetration rate fixes a current density i = CPR ρnF/M ≈ 2.1 × 10⁻⁵ A/cm², but the current in amperes needs the exposed area, which is not given: refuse.",
    forms=("must_refuse", "voice_report"),
)
def h25b_corrosion_04():
    """Inspection report, water tank T-3: ultrasonic thickness readings show the carbon-steel wall thinning
    uniformly at 0.25 mm per year (Fe → Fe²⁺, ρ = 7.87 g/cm³). What corrosion current, in amperes, is
    flowing from the tank wall?"""
    return None


@item(
    S,
    "corrosion",
    "dimensionless",
    "Pilling–Bedworth ratio P–B = A_oρ_M/(aA_Mρ_o) for M_aO_b (Callister eq. 17.32)",
    solution="P–B = A(Al₂O₃)ρ(Al)/(2 A(Al) ρ(Al₂O₃)) = 101.96 × 2.70/(2 × 26.98 × 3.95) = 1.29. The oxide's melting point is a distractor.",
    forms=("given_use_list", "distractor"),
)
def h25b_corrosion_05():
    """Given: Al, A = 26.98 g/mol, ρ = 2.70 g/cm³; Al₂O₃, M = 101.96 g/mol, ρ = 3.95 g/cm³,
    T_m = 2054 °C.
    Find: the Pilling–Bedworth ratio of aluminium."""
    return (
        Q_(101.96, "g/mol") * Q_(2.70, "g/cm**3") / (2 * Q_(26.98, "g/mol") * Q_(3.95, "g/cm**3"))
    )


@item(
    S,
    "corrosion",
    "hour",
    "parabolic oxidation W² = K_pt + A: K_p and A from two readings, then t for a target W (Callister eq. 17.34)",
    solution="K_p = (0.480² − 0.250²)/(240 − 60) = 0.1679/180 = 9.328 × 10⁻⁴ mg²/(cm⁴ min); A = 0.0625 − 9.328 × 10⁻⁴ × 60 = 0.00653. t = (0.900² − 0.00653)/9.328 × 10⁻⁴ = 861 min = 14.4 h.",
    forms=("inverse", "two_step_chain", "preamble"),
)
def h25b_corrosion_06():
    """Coupons of a heat-resisting alloy are oxidised in air at 900 °C and follow parabolic kinetics. The
    weight gain is 0.250 mg/cm² after 60 min and 0.480 mg/cm² after 240 min. After how many hours will the
    weight gain reach 0.900 mg/cm²?"""
    w1, t1 = 0.250, 60.0
    w2, t2 = 0.480, 240.0
    kp = (w2**2 - w1**2) / (t2 - t1)
    a = w1**2 - kp * t1
    return Q_((0.900**2 - a) / kp, "minute")


@item(
    S,
    "corrosion",
    "minute",
    "Faraday's law with current efficiency: thickness = ηitM/(nFρ) solved for t (Callister eq. 17.23)",
    solution="t = xnFρ/(ηiM) = 25 × 10⁻⁴ cm × 2 × 96 485 × 8.90/(0.95 × 0.030 A/cm² × 58.69) = 2567 s = 42.8 min. The bath temperature is a distractor.",
    forms=("inverse", "preamble", "distractor", "prefix_no_space", "standard_datum_not_given"),
)
def h25b_corrosion_07():
    """A nickel plating line (Watts bath at 55 °C) runs at a cathode current density of 30mA/cm² with 95 %
    current efficiency; Ni deposits from Ni²⁺ (ρ = 8.90 g/cm³, A = 58.69 g/mol). How many minutes are needed
    to build a 25μm deposit?"""
    x = Q_(25, "um")
    return x * 2 * F_CONST * Q_(8.90, "g/cm**3") / (0.95 * Q_(30, "mA/cm**2") * Q_(58.69, "g/mol"))


@item(
    S,
    "corrosion",
    "um/year",
    "mixed-potential theory: equate the Tafel lines E = E° + β log(i/i₀) to get i_c, then CPR = i_cM/(nFρ) (Callister §17.8)",
    solution="Fe line: E = −0.440 + 0.10 log(i/10⁻⁷); H line: E = 0 − 0.10 log(i/10⁻¹⁰). Equating with y = log i: −0.440 + 0.10(y + 7) = −0.10(y + 10), so 0.20y = −1.26, y = −6.30, i_c = 5.01 × 10⁻⁷ A/cm². CPR = 5.01 × 10⁻⁷ × 55.85/(2 × 96 485 × 7.87) = 1.84 × 10⁻¹¹ cm/s = 5.81 μm/year.",
    forms=("two_step_chain", "given_use_list", "standard_datum_not_given"),
)
def h25b_corrosion_08():
    """Given: iron in deaerated acid.
    Fe/Fe²⁺: E° = −0.440 V, i₀ = 1 × 10⁻⁷ A/cm², β = +0.10;
    H⁺/H₂: E° = 0 V, i₀ = 1 × 10⁻¹⁰ A/cm², β = −0.10;
    Fe: ρ = 7.87 g/cm³, A = 55.85 g/mol.
    Find: the uniform corrosion penetration rate in μm per year."""
    # Tafel lines E = E0 + beta*(log10 i - log10 i0); equate and solve for y = log10 i
    e_fe, i0_fe, b_fe = -0.440, 1e-7, 0.10
    e_h, i0_h, b_h = 0.0, 1e-10, -0.10
    y = (e_h - e_fe - b_h * math.log10(i0_h) + b_fe * math.log10(i0_fe)) / (b_fe - b_h)
    i_c = Q_(10**y, "A/cm**2")
    return i_c * Q_(55.85, "g/mol") / (2 * F_CONST * Q_(7.87, "g/cm**3"))
