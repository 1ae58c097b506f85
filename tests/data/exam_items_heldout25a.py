"""Set heldout25 (set Z), first half: 60 questions over eight topics of a qualifying exam.

Topics: crystallography & X-ray diffraction, imperfections, diffusion, mechanical properties,
dislocations & strengthening, failure, phase diagrams, transformations & kinetics. Written blind:
the writer read only the registry (``exam_items.py``), the shared quantities
(``exam_quantities.py``) and the head of one earlier item file for its layout; not the answer
engine, the checker, the solver or the questions of earlier sets. Each key is computed in the body
with pint quantities or plain math; ``solution`` is the worked solution in words, ``forms`` says how
the text is written. A question with two standard readings returns a dict of them (primary first);
one that must be refused returns None and says why in ``refuse=``. New for set Z: inverse problems
(solve a relation for its input: the temperature that gives a stated D, vacancy fraction or creep
rate, the time to reach a depth or a transformed fraction, the composition that gives a stated
phase fraction, the grain size that gives a stated strength, the stress or diameter that meets a
stated condition), two-step chains whose first result is not asked (a lattice parameter then a
density, a true strain then an engineering stress, a flux then a mass, a critical crack length then
a fatigue life, an activation energy then a rate), "Given:" / "Use:" lists of symbols before a terse
ask, a preamble paragraph of context (a process, a failed part, a lab measurement) before the
question, numbers with SI prefixes and no space ("5GPa", "250nm", "3.5eV"), "express as a
percentage" / "by how much" / "how many times" asks, requested roundings ("to 2 significant
figures", "nearest 5 °C"), standard data left for the student to know, distractor givens that
belong to another step of the process, and examiner / student-notebook / engineer's-report voices.
"""

from __future__ import annotations

import math
from typing import Any

from exam_items import item
from exam_quantities import AVOGADRO, K_BOLTZ, Q_, R_GAS, kelvin, num
from scipy.special import erfinv

S = "heldout25"

K_EV = K_BOLTZ.to("eV/K")


def celsius(temperature: Any) -> Any:
    """An absolute temperature (pint) as a Celsius reading (pint degC)."""
    return Q_(float(temperature.to("K").magnitude) - 273.15, "degC")


def sig(quantity: Any, digits: int, unit: str) -> Any:
    """``quantity`` in ``unit`` rounded to ``digits`` significant figures."""
    value = float(quantity.to(unit).magnitude)
    return Q_(round(value, digits - 1 - math.floor(math.log10(abs(value)))), unit)


def nearest(value: float, step: float) -> float:
    """``value`` rounded to the nearest multiple of ``step``."""
    return step * round(value / step)


# ---------------------------------------------------------------- crystallography & X-ray diffraction


@item(
    S,
    "crystallography_xrd",
    "g/cm**3",
    "FCC a = 2√2 R, then ρ = nA/(a³ N_A) (Callister eqs. 3.1, 3.8)",
    solution="FCC: a = 2√2 R = 2√2 × 143 pm = 404.5 pm = 4.045 × 10⁻⁸ cm, a³ = 6.618 × 10⁻²³ cm³. ρ = 4 × 26.98/(6.618 × 10⁻²³ × 6.022 × 10²³) = 2.71 g/cm³.",
    forms=("two_step_chain", "prefix_no_space", "voice_examiner"),
)
def h25a_crystallography_xrd_01():
    """Aluminium is FCC with an atomic radius of 143pm and an atomic weight of 26.98 g/mol.
    Calculate its theoretical density in g/cm³."""
    a = 2 * math.sqrt(2) * Q_(143, "pm")
    return 4 * Q_(26.98, "g/mol") / (a**3 * AVOGADRO)


@item(
    S,
    "crystallography_xrd",
    "pm",
    "Bragg λ = 2d sinθ, d_hkl = a/√(h²+k²+l²), BCC a√3 = 4R (Cullity ch. 3; Callister eqs. 3.3, 3.14)",
    solution="d_220 = λ/(2 sin 43.5°) = 0.15406/(2 × 0.6884) = 0.11190 nm; a = d√8 = 0.3165 nm; BCC R = a√3/4 = 0.1370 nm = 137.0 pm.",
    forms=("given_list", "inverse", "two_step_chain", "prefix_no_space", "answer_unit_other"),
)
def h25a_crystallography_xrd_02():
    """Given:
    λ = 0.15406nm (Cu Kα)
    reflection = (220)
    2θ = 87.0°
    structure = BCC
    Find the atomic radius R of the metal, in pm."""
    lam = Q_(0.15406, "nm")
    d = lam / (2 * math.sin(math.radians(87.0 / 2)))
    a = d * math.sqrt(8)
    return a * math.sqrt(3) / 4


@item(
    S,
    "crystallography_xrd",
    "nm",
    "Bragg's law solved for λ, d_111 = a/√3 (Cullity ch. 3)",
    solution="d_111 = 5.431/√3 = 3.1356 Å. λ = 2d sinθ = 2 × 3.1356 × sin 15.0° = 1.6231 Å = 0.1623 nm.",
    forms=("preamble", "inverse", "voice_report"),
)
def h25a_crystallography_xrd_03():
    """Our diffractometer's tube was replaced and the anode material on the new one is not labelled.
    To identify it we ran a silicon powder standard (diamond cubic, a = 5.431 Å) and found the (111)
    reflection at 2θ = 30.0°. What wavelength, in nm, does the new tube emit?"""
    d = Q_(5.431, "angstrom") / math.sqrt(3)
    return 2 * d * math.sin(math.radians(15.0))


@item(
    S,
    "crystallography_xrd",
    "nm**3",
    "HCP cell volume: hexagonal prism (3√3/2)a²c, or primitive cell (√3/2)a²c (Callister §3.4; Kittel ch. 1)",
    solution="Hexagonal prism (Callister's HCP unit cell, 6 atoms): V = (3√3/2)a²c = 2.598 × 0.3209² × 0.5211 = 0.1394 nm³. The primitive rhombic-based cell (2 atoms) is one third of that: 0.04647 nm³.",
    forms=("two_readings", "voice_examiner"),
)
def h25a_crystallography_xrd_04():
    """Magnesium is HCP with a = 0.3209 nm and c = 0.5211 nm. What is the volume of its unit cell,
    in nm³?"""
    a = Q_(0.3209, "nm")
    c = Q_(0.5211, "nm")
    return {
        "hexagonal prism, 6 atoms (Callister)": 3 * math.sqrt(3) / 2 * a**2 * c,
        "primitive cell, 2 atoms": math.sqrt(3) / 2 * a**2 * c,
    }


@item(
    S,
    "crystallography_xrd",
    "dimensionless",
    "planar density PD = atoms centred on plane / plane area (Callister eq. 3.11)",
    solution="BCC (100): one atom in a² → PD = 1/a². (110): 2 atoms in a × a√2 → PD = 2/(√2 a²) = √2/a². Ratio = √2 = 1.414 (the lattice parameter cancels).",
    forms=("how_many_times", "distractor", "voice_examiner"),
)
def h25a_crystallography_xrd_05():
    """α-iron is BCC with a = 0.2866 nm and an atomic weight of 55.85 g/mol. How many times
    larger is the planar density of the (110) planes than that of the (100) planes?"""
    a = Q_(0.2866, "nm")
    pd_110 = 2 / (a * a * math.sqrt(2))
    pd_100 = 1 / a**2
    return pd_110 / pd_100


@item(
    S,
    "crystallography_xrd",
    "dimensionless",
    "ρ = nA/(V_C N_A) solved for n (Callister eq. 3.8)",
    abs_tol=0.5,
    solution="n = ρ a³ N_A/A = 8.57 × (3.301 × 10⁻⁸)³ × 6.022 × 10²³/92.91 = 8.57 × 3.597 × 10⁻²³ × 6.022 × 10²³/92.91 = 2.00, i.e. 2 atoms per cell (BCC).",
    forms=("inverse", "requested_rounding", "prefix_no_space", "voice_examiner"),
)
def h25a_crystallography_xrd_06():
    """A cubic metal has a density of 8.57 g/cm³, an atomic weight of 92.91 g/mol and a lattice
    parameter of 0.3301nm. How many atoms does its unit cell contain? Give the nearest whole number."""
    a = Q_(0.3301, "nm")
    n = Q_(8.57, "g/cm**3") * a**3 * AVOGADRO / Q_(92.91, "g/mol")
    return Q_(round(num(n)), "dimensionless")


@item(
    S,
    "crystallography_xrd",
    "g/cm**3",
    "Bragg's law for the first FCC line (111), a = d√3, ρ = 4A/(a³N_A) (Cullity ch. 3, 10)",
    solution="The first FCC line is (111). d = 1.5406/(2 sin 22.25°) = 2.0343 Å, a = d√3 = 3.5235 Å. ρ = 4 × 58.69/((3.5235 × 10⁻⁸)³ × 6.022 × 10²³) = 8.92 g/cm³. Width and scan rate are not needed.",
    forms=("preamble", "two_step_chain", "distractor", "voice_notebook"),
)
def h25a_crystallography_xrd_07():
    """Lab notebook, week 6. Sample: 12 mm wide polished coupon of an FCC metal (atomic weight
    58.69 g/mol), scanned with Cu Kα (λ = 1.5406 Å) at 2°/min. The lowest-angle peak sits at
    2θ = 44.5°. From this, what is the X-ray density of the metal in g/cm³?"""
    lam = Q_(1.5406, "angstrom")
    d = lam / (2 * math.sin(math.radians(44.5 / 2)))
    a = d * math.sqrt(3)
    return 4 * Q_(58.69, "g/mol") / (a**3 * AVOGADRO)


@item(
    S,
    "crystallography_xrd",
    "1/nm",
    "linear density LD = atoms centred on direction / length; FCC a = 2√2 R (Callister eq. 3.10)",
    solution="Along [100] of FCC the atoms sit only at the cube corners: one atom per length a. a = 2√2 × 128 pm = 362.0 pm, LD = 1/a = 2.762 atoms/nm.",
    forms=("prefix_no_space", "voice_notebook"),
)
def h25a_crystallography_xrd_08():
    """my notes — copper, FCC, R = 128pm. Q: how many atoms per nanometre along [100]?"""
    a = 2 * math.sqrt(2) * Q_(128, "pm")
    return 1 / a


# ---------------------------------------------------------------- imperfections


@item(
    S,
    "imperfections",
    "degC",
    "N_v/N = exp(−Q_v/kT) solved for T (Callister eq. 4.1)",
    abs_tol=2.5,
    solution="T = Q_v/(k ln(N/N_v)) = 0.9/(8.617 × 10⁻⁵ × ln 10⁴) = 0.9/(8.617 × 10⁻⁵ × 9.2103) = 1134 K = 861 °C, i.e. 860 °C to the nearest 5 °C.",
    forms=("given_list", "inverse", "requested_rounding", "prefix_no_space"),
)
def h25a_imperfections_01():
    """Given: Q_v = 0.9eV per vacancy; target equilibrium vacancy fraction N_v/N = 1.0 × 10⁻⁴.
    Find the temperature, in °C, to the nearest 5 °C."""
    t = Q_(0.9, "eV") / (K_EV * math.log(1 / 1.0e-4))
    return Q_(nearest(celsius(t).magnitude, 5), "degC")


@item(
    S,
    "imperfections",
    "1/m**3",
    "N = N_A ρ/A, N_v = N exp(−Q_v/kT) (Callister eqs. 4.1, 4.2)",
    solution="N = 6.022 × 10²³ × 9.5/107.87 = 5.303 × 10²² cm⁻³ = 5.303 × 10²⁸ m⁻³. exp(−1.10/(8.617 × 10⁻⁵ × 1073.15)) = exp(−11.895) = 6.84 × 10⁻⁶. N_v = 3.63 × 10²³ m⁻³.",
    forms=("two_step_chain", "prefix_no_space", "voice_examiner"),
)
def h25a_imperfections_02():
    """Calculate the number of vacancies per cubic metre in silver at 800 °C. The energy for vacancy
    formation is 1.10eV/atom; the density of Ag at 800 °C is 9.5 g/cm³ and its atomic weight is
    107.87 g/mol."""
    n_sites = AVOGADRO * Q_(9.5, "g/cm**3") / Q_(107.87, "g/mol")
    return n_sites * math.exp(-num(Q_(1.10, "eV") / (K_EV * kelvin(800))))


@item(
    S,
    "imperfections",
    "dimensionless",
    "N_v/N = exp(−Q_v/kT) at two temperatures needs Q_v (Callister eq. 4.1)",
    refuse="Scaling the vacancy fraction from 900 °C to 1100 °C needs the alloy's vacancy-formation energy Q_v, which is not given and is not a universal constant for a proprietary superalloy.",
    solution="N_v(T₂)/N_v(T₁) = exp[−(Q_v/k)(1/T₂ − 1/T₁)] needs Q_v, which is not given for this alloy; the question cannot be answered.",
    forms=("preamble", "must_refuse", "datum_not_given", "voice_report"),
)
def h25a_imperfections_03():
    """Engineering report, turbine disc programme. Dilatometry on our proprietary Ni-base superalloy
    (grade TD-7) gave an equilibrium vacancy fraction of 2.0 × 10⁻⁵ at 900 °C. The creep model needs
    the vacancy fraction at 1100 °C. Estimate it."""
    return None


@item(
    S,
    "imperfections",
    "eV",
    "ln(N_v/N) = −Q_v/kT at two temperatures, solved for Q_v (Callister eq. 4.1)",
    solution="Q_v = k ln(f₂/f₁)/(1/T₁ − 1/T₂) = 8.617 × 10⁻⁵ × ln(3.5 × 10⁻⁵/1.2 × 10⁻⁶)/(1/800 − 1/1000) = 8.617 × 10⁻⁵ × 3.373/2.5 × 10⁻⁴ = 1.16 eV.",
    forms=("given_list", "inverse", "voice_examiner"),
)
def h25a_imperfections_04():
    """Given:
    N_v/N = 1.2 × 10⁻⁶ at T₁ = 800 K
    N_v/N = 3.5 × 10⁻⁵ at T₂ = 1000 K
    Find the vacancy formation energy Q_v in eV."""
    t1 = Q_(800, "K")
    t2 = Q_(1000, "K")
    return K_EV * math.log(3.5e-5 / 1.2e-6) / (1 / t1 - 1 / t2)


@item(
    S,
    "imperfections",
    "dimensionless",
    "ASTM N = 2^(n−1) at 100×, N_M = N (100/M)² (Callister eqs. 4.19, 4.20)",
    decimals=1,
    solution="At 100×: N = 35 × (250/100)² = 218.75 grains/in². n = 1 + log₂ 218.75 = 1 + 7.773 = 8.8.",
    forms=("preamble", "inverse", "two_step_chain", "requested_rounding", "voice_notebook"),
)
def h25a_imperfections_05():
    """Metallography lab, sample B3 (annealed 70/30 brass). Counted 35 grains per square inch on a
    micrograph taken at 250× magnification. What is the ASTM grain size number? Give it to one
    decimal place."""
    n_100 = 35 * (250 / 100) ** 2
    return Q_(1 + math.log2(n_100), "dimensionless")


@item(
    S,
    "imperfections",
    "1/cm**3",
    "N_Zn = C_Zn ρ N_A/A_Zn (Callister eq. 4.21)",
    solution="Mass of Zn per cm³ = 0.30 × 8.53 = 2.559 g; N_Zn = 2.559 × 6.022 × 10²³/65.38 = 2.357 × 10²² atoms/cm³. The Cu atomic weight is not needed.",
    forms=("two_step_chain", "distractor", "voice_examiner"),
)
def h25a_imperfections_06():
    """A cartridge brass contains 30 wt% Zn and 70 wt% Cu and has a density of 8.53 g/cm³. The
    atomic weights of Zn and Cu are 65.38 and 63.55 g/mol. How many zinc atoms are there per cubic
    centimetre of the alloy?"""
    zn_mass = 0.30 * Q_(8.53, "g/cm**3")
    return zn_mass * AVOGADRO / Q_(65.38, "g/mol")


@item(
    S,
    "imperfections",
    "1/m**3",
    "N = N_A ρ/A_formula, N_s = N exp(−Q_s/2kT) (Callister eq. 12.3)",
    solution="N = 1.955 × 6.022 × 10²³/74.55 = 1.579 × 10²² formula units per cm³ = 1.579 × 10²⁸ m⁻³. exp(−2.6/(2 × 8.617 × 10⁻⁵ × 773.15)) = exp(−19.51) = 3.35 × 10⁻⁹. N_s = 5.3 × 10¹⁹ m⁻³.",
    forms=("two_step_chain", "prefix_no_space", "voice_examiner"),
)
def h25a_imperfections_07():
    """Calculate the number of Schottky defects per cubic metre in potassium chloride at 500 °C.
    The energy required to form each Schottky defect is 2.6eV; the density of KCl at 500 °C is
    1.955 g/cm³ and its formula weight is 74.55 g/mol."""
    n_units = AVOGADRO * Q_(1.955, "g/cm**3") / Q_(74.55, "g/mol")
    return n_units * math.exp(-num(Q_(2.6, "eV") / (2 * K_EV * kelvin(500))))


@item(
    S,
    "imperfections",
    "dimensionless",
    "N_v(T₂)/N_v(T₁) = exp[(Q_v/k)(1/T₁ − 1/T₂)] (Callister eq. 4.1)",
    solution="Ratio = exp[(0.75/8.617 × 10⁻⁵)(1/773.15 − 1/873.15)] = exp(8703 × 1.4813 × 10⁻⁴) = exp(1.289) = 3.63 times. Lattice parameter and melting point are not needed.",
    forms=("how_many_times", "distractor", "prefix_no_space", "voice_examiner"),
)
def h25a_imperfections_08():
    """Aluminium (FCC, a = 0.405nm, melting point 660 °C) has a vacancy formation energy of
    0.75eV. How many times greater is its equilibrium vacancy concentration at 600 °C than at 500 °C?"""
    qv = Q_(0.75, "eV")
    return math.exp(num(qv / K_EV * (1 / kelvin(500) - 1 / kelvin(600))))


# ---------------------------------------------------------------- diffusion


@item(
    S,
    "diffusion",
    "degC",
    "D = D₀ exp(−Q_d/RT) solved for T (Callister eq. 5.8)",
    abs_tol=2.5,
    solution="T = Q_d/(R ln(D₀/D)) = 148000/(8.314 × ln(2.3 × 10⁻⁵/5.0 × 10⁻¹¹)) = 148000/(8.314 × 13.039) = 1365 K = 1092 °C, i.e. 1090 °C to the nearest 5 °C.",
    forms=("inverse", "requested_rounding", "voice_examiner"),
)
def h25a_diffusion_01():
    """For carbon diffusing in γ-iron, D₀ = 2.3 × 10⁻⁵ m²/s and Q_d = 148 kJ/mol. At what
    temperature does the diffusion coefficient equal 5.0 × 10⁻¹¹ m²/s? Answer in °C to the nearest 5 °C."""
    t = Q_(148, "kJ/mol") / (R_GAS * math.log(2.3e-5 / 5.0e-11))
    return Q_(nearest(celsius(t).magnitude, 5), "degC")


@item(
    S,
    "diffusion",
    "hour",
    "D = D₀ exp(−Q/RT); (C_x − C₀)/(C_s − C₀) = 1 − erf(x/2√(Dt)) solved for t (Callister eqs. 5.5, 5.8)",
    solution="D(1273 K) = 2.3 × 10⁻⁵ exp(−148000/(8.314 × 1273.15)) = 1.95 × 10⁻¹¹ m²/s. (0.60 − 0.20)/(1.00 − 0.20) = 0.5 = 1 − erf z → erf z = 0.5, z = 0.4769. t = x²/(4Dz²) = (0.75 × 10⁻³)²/(4 × 1.95 × 10⁻¹¹ × 0.2275) = 3.17 × 10⁴ s = 8.8 h. The quench temperature is not needed.",
    forms=("preamble", "inverse", "two_step_chain", "distractor", "voice_report"),
)
def h25a_diffusion_02():
    """Process sheet, gear blank: a 1020 steel (0.20 wt% C) is gas-carburized at 1000 °C in an
    atmosphere that holds the surface at 1.00 wt% C; the parts are then quenched from 850 °C. The
    specification is 0.60 wt% C at a depth of 0.75 mm. With D₀ = 2.3 × 10⁻⁵ m²/s and Q_d = 148 kJ/mol
    for carbon in austenite, how long (in hours) must the carburizing step last?"""
    d = Q_(2.3e-5, "m**2/s") * math.exp(-num(Q_(148, "kJ/mol") / (R_GAS * kelvin(1000))))
    z = erfinv(1 - (0.60 - 0.20) / (1.00 - 0.20))
    x = Q_(0.75, "mm")
    return x**2 / (4 * d * z**2)


@item(
    S,
    "diffusion",
    "g",
    "Fick's first law J = −D dC/dx, m = J A t (Callister eq. 5.2)",
    solution="J = D ΔC/Δx = 1.0 × 10⁻⁸ × (2.4 − 0.6)/(5 × 10⁻³) = 3.6 × 10⁻⁶ kg m⁻² s⁻¹. m = J A t = 3.6 × 10⁻⁶ × 0.20 × 3600 = 2.59 × 10⁻³ kg = 2.59 g.",
    forms=("preamble", "two_step_chain", "prefix_no_space", "voice_report"),
)
def h25a_diffusion_03():
    """Hydrogen is purified by passing it through a palladium sheet of area 0.20 m² and thickness
    5mm at 600 °C. At steady state the hydrogen concentrations at the high- and low-pressure faces
    are 2.4 and 0.6 kg/m³, and D = 1.0 × 10⁻⁸ m²/s. How many grams of hydrogen pass through the
    sheet in one hour?"""
    flux = Q_(1.0e-8, "m**2/s") * (Q_(2.4, "kg/m**3") - Q_(0.6, "kg/m**3")) / Q_(5, "mm")
    return flux * Q_(0.20, "m**2") * Q_(1, "hour")


@item(
    S,
    "diffusion",
    "hour",
    "constant-surface carburizing fixes only the product Dt (Callister eq. 5.5)",
    refuse="The specification fixes only x²/(Dt), i.e. the product D(T)·t; every temperature has its own time, so the ask for 'the' temperature and time has no single answer.",
    solution="Meeting 0.45 wt% C at 0.5 mm fixes x/(2√(Dt)) and hence D·t only; any (T, t) pair on that curve works, so there is no single answer.",
    forms=("must_refuse", "no_single_answer", "voice_examiner"),
)
def h25a_diffusion_04():
    """A 0.25 wt% C steel is to be carburized with the surface held at 1.20 wt% C so that the
    carbon content at 0.5 mm below the surface reaches 0.45 wt%. Take D₀ = 2.3 × 10⁻⁵ m²/s and
    Q_d = 148 kJ/mol. Specify the carburizing temperature and the time it requires (in hours)."""
    return None


@item(
    S,
    "diffusion",
    "kJ/mol",
    "ln D = ln D₀ − Q_d/RT at two temperatures, solved for Q_d (Callister eq. 5.9a)",
    solution="Q_d = R ln(D₂/D₁)/(1/T₁ − 1/T₂) = 8.314 × ln(3.9 × 10⁻¹³/5.5 × 10⁻¹⁴)/(1/873.15 − 1/973.15) = 8.314 × 1.959/1.177 × 10⁻⁴ = 138 kJ/mol.",
    forms=("given_list", "inverse", "voice_examiner"),
)
def h25a_diffusion_05():
    """Given:
    D = 5.5 × 10⁻¹⁴ m²/s at 600 °C
    D = 3.9 × 10⁻¹³ m²/s at 700 °C
    Find Q_d (kJ/mol)."""
    t1 = kelvin(600)
    t2 = kelvin(700)
    return R_GAS * math.log(3.9e-13 / 5.5e-14) / (1 / t1 - 1 / t2)


@item(
    S,
    "diffusion",
    "hour",
    "same profile ⇒ D₁t₁ = D₂t₂, D = D₀ exp(−Q/RT) (Callister eq. 5.6b)",
    solution="t₂ = t₁ D₁/D₂ = 10 h × exp[−(148000/8.314)(1/1173.15 − 1/1273.15)] = 10 × exp(−1.192) = 3.04 h. The cycle is shortened by 10 − 3.04 = 6.96 h. The surface and core carbon contents are not needed.",
    forms=("preamble", "by_how_much", "distractor", "two_step_chain", "voice_report"),
)
def h25a_diffusion_06():
    """Heat-treat shop note: our carburizing cycle runs 10 h at 900 °C (surface 1.2 wt% C, core
    0.18 wt% C) to reach the case depth we need. Management wants to raise the furnace to 1000 °C
    and keep the same carbon profile. Carbon in austenite: Q_d = 148 kJ/mol. By how much (in hours)
    does the cycle get shorter?"""
    q = Q_(148, "kJ/mol")
    t1 = Q_(10, "hour")
    t2 = t1 * math.exp(-num(q / R_GAS * (1 / kelvin(900) - 1 / kelvin(1000))))
    return t1 - t2


@item(
    S,
    "diffusion",
    "dimensionless",
    "D = D₀ exp(−Q_d/RT) for two systems (Callister eq. 5.8, Table 5.2)",
    solution="α-Fe: D = 1.1 × 10⁻⁶ exp(−87400/(8.314 × 1173.15)) = 1.41 × 10⁻¹⁰ m²/s. γ-Fe: D = 2.3 × 10⁻⁵ exp(−148000/(8.314 × 1173.15)) = 5.91 × 10⁻¹² m²/s. Ratio = 23.9.",
    forms=("given_list", "how_many_times", "voice_examiner"),
)
def h25a_diffusion_07():
    """Use:
    C in α-Fe: D₀ = 1.1 × 10⁻⁶ m²/s, Q_d = 87.4 kJ/mol
    C in γ-Fe: D₀ = 2.3 × 10⁻⁵ m²/s, Q_d = 148 kJ/mol
    T = 900 °C
    How many times faster does carbon diffuse in α-Fe than in γ-Fe at this temperature?"""
    t = kelvin(900)
    d_alpha = Q_(1.1e-6, "m**2/s") * math.exp(-num(Q_(87.4, "kJ/mol") / (R_GAS * t)))
    d_gamma = Q_(2.3e-5, "m**2/s") * math.exp(-num(Q_(148, "kJ/mol") / (R_GAS * t)))
    return d_alpha / d_gamma


@item(
    S,
    "diffusion",
    "µm",
    "C(x,t) = C_s erfc(x/2√(Dt)) solved for x (Callister eq. 5.5 with C₀ = 0)",
    solution="C/C_s = 10¹⁸/10²⁰ = 0.01 = erfc z → erf z = 0.99, z = 1.8214. √(Dt) = √(1.5 × 10⁻¹³ × 7200) = 3.286 × 10⁻⁵ cm. x = 2z√(Dt) = 1.197 × 10⁻⁴ cm = 1.20 µm.",
    forms=("given_list", "inverse", "prefix_no_space", "voice_examiner"),
)
def h25a_diffusion_08():
    """Given (boron predeposition into undoped Si, constant surface concentration):
    C_s = 1 × 10²⁰ cm⁻³
    C₀ = 0
    D = 1.5 × 10⁻¹³ cm²/s
    t = 2h
    Find the depth (µm) at which the boron concentration is 1 × 10¹⁸ cm⁻³."""
    z = erfinv(1 - 1e18 / 1e20)
    d = Q_(1.5e-13, "cm**2/s")
    t = Q_(2, "hour")
    return 2 * z * (d * t) ** 0.5


# ---------------------------------------------------------------- mechanical properties


@item(
    S,
    "mechanical_properties",
    "dimensionless",
    "engineering strain ε = Δl/l₀ or true strain ε_T = ln(l/l₀) (Callister eqs. 6.2, 6.16)",
    solution="Engineering strain: (62.5 − 50)/50 = 0.250. True strain: ln(62.5/50) = 0.223. 'Strain' alone is read as engineering strain; the true strain is the other standard reading.",
    forms=("two_readings", "voice_examiner"),
)
def h25a_mechanical_properties_01():
    """A tensile specimen with a 50 mm gauge length is stretched uniformly until the gauge marks are
    62.5 mm apart. What strain has it experienced?"""
    l0 = Q_(50, "mm")
    l1 = Q_(62.5, "mm")
    return {
        "engineering strain": (l1 - l0) / l0,
        "true strain": Q_(math.log(num(l1 / l0)), "dimensionless"),
    }


@item(
    S,
    "mechanical_properties",
    "MPa",
    "ε = exp(ε_T) − 1, σ = σ_T/(1 + ε) (Callister eqs. 6.15, 6.16)",
    solution="Engineering strain ε = e^0.15 − 1 = 0.1618. With constant volume, σ = σ_T/(1 + ε) = 400/1.1618 = 344 MPa.",
    forms=("two_step_chain", "voice_examiner"),
)
def h25a_mechanical_properties_02():
    """During uniform plastic deformation of a copper alloy the true stress reaches 400 MPa at a true
    strain of 0.15. What engineering stress corresponds to this point? Assume constant volume."""
    eps = math.exp(0.15) - 1
    return Q_(400, "MPa") / (1 + eps)


@item(
    S,
    "mechanical_properties",
    "mm",
    "σ_w = σ_y/N, A = F/σ_w, d = √(4A/π) (Callister eq. 6.24)",
    decimals=1,
    solution="Working stress = 345/2 = 172.5 MPa. A = 25000/172.5 × 10⁶ = 1.449 × 10⁻⁴ m². d = √(4A/π) = 13.58 mm ≈ 13.6 mm.",
    forms=("inverse", "requested_rounding", "voice_examiner"),
)
def h25a_mechanical_properties_03():
    """A steel tie rod with a yield strength of 345 MPa must carry a static tensile load of 25 kN with
    a factor of safety of 2 against yielding. What is the minimum diameter of the rod? Give it in mm
    to one decimal place."""
    sigma_w = Q_(345, "MPa") / 2
    area = Q_(25, "kN") / sigma_w
    return (4 * area / math.pi) ** 0.5


@item(
    S,
    "mechanical_properties",
    "kN",
    "F_max = σ_y A (Callister eq. 6.1)",
    refuse="The maximum load without yielding needs the yield strength of this particular quench-and-tempered 4340 bar, which depends on the unspecified tempering temperature and is not given.",
    solution="F = σ_y × πd²/4 requires σ_y, which for 4340 ranges from about 860 to 1600 MPa with tempering temperature; it is not given, so the load cannot be computed.",
    forms=("preamble", "must_refuse", "datum_not_given", "distractor", "voice_report"),
)
def h25a_mechanical_properties_04():
    """Failure review, press linkage: the pin is a 4340 steel bar, 20 mm in diameter, oil-quenched
    from 845 °C and tempered (the tempering temperature was not recorded). Its elastic modulus is
    207 GPa. What is the largest axial load, in kN, the pin can carry without yielding?"""
    return None


@item(
    S,
    "mechanical_properties",
    "kN",
    "ν = −ε_x/ε_z, σ = Eε_z, F = σA (Callister eqs. 6.5, 6.8)",
    solution="ε_x = −2.5 × 10⁻³/10 = −2.5 × 10⁻⁴; ε_z = 2.5 × 10⁻⁴/0.34 = 7.35 × 10⁻⁴; σ = 97 GPa × 7.35 × 10⁻⁴ = 71.3 MPa; F = σπd²/4 = 71.3 × 10⁶ × 7.854 × 10⁻⁵ = 5.60 kN.",
    forms=("given_list", "inverse", "two_step_chain", "prefix_no_space"),
)
def h25a_mechanical_properties_05():
    """Given: brass rod, d₀ = 10mm, E = 97GPa, ν = 0.34, elastic loading along the axis.
    Find: the tensile force (kN) that reduces the diameter by 2.5µm."""
    d0 = Q_(10, "mm")
    eps_x = -Q_(2.5, "µm") / d0
    eps_z = -eps_x / 0.34
    sigma = Q_(97, "GPa") * eps_z
    return sigma * math.pi * d0**2 / 4


@item(
    S,
    "mechanical_properties",
    "mm",
    "Hollomon σ_T = Kε_Tⁿ solved for ε_T, l = l₀ exp(ε_T) (Callister eqs. 6.16, 6.19)",
    solution="ε_T = (σ_T/K)^(1/n) = (600/1275)^(1/0.45) = 0.1873. l = 250 × e^0.1873 = 301.5 mm, so the rod lengthens by 51.5 mm (elastic strain neglected).",
    forms=("inverse", "two_step_chain", "by_how_much", "voice_examiner"),
)
def h25a_mechanical_properties_06():
    """For a steel the plastic true stress–true strain curve follows σ_T = Kε_Tⁿ with K = 1275 MPa
    and n = 0.45. A 250 mm long rod of it is pulled until the true stress is 600 MPa. By how much
    has the rod lengthened? Neglect the elastic strain."""
    eps_t = (600 / 1275) ** (1 / 0.45)
    l0 = Q_(250, "mm")
    return l0 * (math.exp(eps_t) - 1)


@item(
    S,
    "mechanical_properties",
    "MPa",
    "HB = 2P/[πD(D − √(D² − d²))], TS(MPa) ≈ 3.45 × HB (Callister Table 6.5, eq. 6.20a)",
    rel_tol=0.02,
    solution="HB = 2 × 3000/[π × 10 × (10 − √(100 − 4.2²))] = 6000/(31.416 × 0.9248) = 206.5. TS ≈ 3.45 × 206.5 = 712 MPa ≈ 710 MPa to 2 significant figures. The quench temperature is not needed.",
    forms=("preamble", "two_step_chain", "requested_rounding", "distractor", "voice_report"),
)
def h25a_mechanical_properties_07():
    """Incoming inspection, lot 42: plain-carbon steel plate, supplied normalized from 870 °C. A
    Brinell test with a 10 mm ball and a 3000 kg load left an indentation 4.2 mm in diameter.
    Estimate the tensile strength of the plate in MPa, to 2 significant figures."""
    d_ball = 10.0
    d_ind = 4.2
    hb = 2 * 3000 / (math.pi * d_ball * (d_ball - math.sqrt(d_ball**2 - d_ind**2)))
    return sig(Q_(3.45 * hb, "MPa"), 2, "MPa")


@item(
    S,
    "mechanical_properties",
    "MPa",
    "modulus of resilience U_r = σ_y²/2E solved for σ_y (Callister eq. 6.14)",
    solution="σ_y = √(2EU_r) = √(2 × 207 × 10⁹ × 2.5 × 10⁶) = √(1.035 × 10¹⁸) = 1.017 × 10⁹ Pa = 1017 MPa.",
    forms=("inverse", "prefix_no_space", "voice_examiner"),
)
def h25a_mechanical_properties_08():
    """A spring steel (E = 207GPa) must store 2.5MJ/m³ of elastic energy per unit volume before it
    yields. What minimum yield strength, in MPa, is required?"""
    return (2 * Q_(207, "GPa") * Q_(2.5, "MJ/m**3")) ** 0.5


# ---------------------------------------------------------------- dislocations & strengthening


@item(
    S,
    "dislocations_strengthening",
    "µm",
    "Hall–Petch σ_y = σ₀ + k_y d^(−1/2) solved for d (Callister eq. 7.7)",
    solution="d = [k_y/(σ_y − σ₀)]² = [0.74/(250 − 70)]² = (4.111 × 10⁻³)² m = 1.69 × 10⁻⁵ m = 16.9 µm.",
    forms=("inverse", "voice_examiner"),
)
def h25a_dislocations_strengthening_01():
    """A low-carbon steel obeys the Hall–Petch relation with σ₀ = 70 MPa and k_y = 0.74 MPa·m^½.
    What average grain diameter, in µm, gives a yield strength of 250 MPa?"""
    ky = Q_(0.74, "MPa*m**0.5")
    return (ky / (Q_(250, "MPa") - Q_(70, "MPa"))) ** 2


@item(
    S,
    "dislocations_strengthening",
    "MPa",
    "Schmid τ_R = σ cosφ cosλ solved for σ (Callister eqs. 7.2, 7.4)",
    solution="cos φ = [001]·[111]/(1 × √3) = 0.5774; cos λ = [001]·[01̄1]/(1 × √2) = 0.7071; m = 0.4082. σ_y = τ_CRSS/m = 0.48/0.4082 = 1.18 MPa.",
    forms=("given_list", "inverse", "prefix_no_space"),
)
def h25a_dislocations_strengthening_02():
    """Given: FCC single crystal, tensile axis [001], active slip system (111)[0 -1 1],
    τ_CRSS = 0.48MPa.
    Find the applied tensile stress (MPa) at which it begins to yield."""
    axis = (0, 0, 1)
    normal = (1, 1, 1)
    direction = (0, -1, 1)

    def cos(u: tuple[int, int, int], v: tuple[int, int, int]) -> float:
        dot = sum(p * q for p, q in zip(u, v, strict=True))
        return dot / math.sqrt(sum(p * p for p in u) * sum(q * q for q in v))

    m = cos(axis, normal) * cos(axis, direction)
    return Q_(0.48, "MPa") / m


@item(
    S,
    "dislocations_strengthening",
    "µm",
    "Hall–Petch fitted through two points, then solved for d (Callister eq. 7.7)",
    solution="d^(−½): 1/√0.010 = 10.00 mm^(−½), 1/√0.006 = 12.91 mm^(−½). k_y = (275 − 230)/(12.91 − 10.00) = 15.46 MPa·mm^½, σ₀ = 230 − 154.6 = 75.4 MPa. For 310 MPa: d = [15.46/(310 − 75.4)]² = 4.34 × 10⁻³ mm = 4.3 µm.",
    forms=("preamble", "inverse", "two_step_chain", "voice_notebook"),
)
def h25a_dislocations_strengthening_03():
    """From my lab notebook: two batches of the same brass, annealed differently.
    batch A: grain diameter 1.0 × 10⁻² mm, yield strength 230 MPa
    batch B: grain diameter 6.0 × 10⁻³ mm, yield strength 275 MPa
    What grain diameter (µm) would give a yield strength of 310 MPa?"""
    d_a = Q_(1.0e-2, "mm")
    d_b = Q_(6.0e-3, "mm")
    s_a = Q_(230, "MPa")
    s_b = Q_(275, "MPa")
    ky = (s_b - s_a) / (d_b**-0.5 - d_a**-0.5)
    s0 = s_a - ky * d_a**-0.5
    return (ky / (Q_(310, "MPa") - s0)) ** 2


@item(
    S,
    "dislocations_strengthening",
    "mm",
    "%CW = (A₀ − A_d)/A₀ × 100 solved for d_d (Callister eq. 7.8)",
    solution="A_d/A₀ = 1 − 0.35 = 0.65, so d_d = d₀√0.65 = 12.7 × 0.8062 = 10.24 mm. The annealing temperature is not needed.",
    forms=("preamble", "inverse", "distractor", "voice_report"),
)
def h25a_dislocations_strengthening_04():
    """Wire mill, copper rod line: the incoming rod is 12.7 mm in diameter and has been annealed at
    400 °C. To reach the customer's strength requirement it must be cold drawn to 35 % cold work in
    a single pass. What is the diameter after drawing, in mm?"""
    return Q_(12.7, "mm") * math.sqrt(1 - 0.35)


@item(
    S,
    "dislocations_strengthening",
    "1/m**2",
    "Taylor hardening Δσ = Mα G b √ρ solved for ρ (Dieter ch. 6; Hull & Bacon ch. 10)",
    solution="√ρ = Δσ/(MαGb) = 120 × 10⁶/(3.06 × 0.35 × 48 × 10⁹ × 0.256 × 10⁻⁹) = 120 × 10⁶/13.16 = 9.12 × 10⁶ m⁻¹; ρ = 8.3 × 10¹³ m⁻².",
    forms=("given_list", "inverse", "prefix_no_space"),
)
def h25a_dislocations_strengthening_05():
    """Use: Δσ = Mα G b √ρ with M = 3.06, α = 0.35, G = 48GPa, b = 0.256nm.
    What dislocation density (m⁻²) raises the flow stress of the copper by 120MPa?"""
    denominator = 3.06 * 0.35 * Q_(48, "GPa") * Q_(0.256, "nm")
    return (Q_(120, "MPa") / denominator) ** 2


@item(
    S,
    "dislocations_strengthening",
    "eV/nm",
    "FCC b = a/√2 (a/2⟨110⟩), line energy E ≈ ½Gb² (Callister §7.2; Hull & Bacon ch. 4)",
    solution="b = a/√2 = 0.3615/1.4142 = 0.2556 nm. E = ½ × 48 × 10⁹ × (0.2556 × 10⁻⁹)² = 1.568 × 10⁻⁹ J/m = 1.568 × 10⁻¹⁸ J/nm = 9.79 eV/nm.",
    forms=("given_list", "two_step_chain", "prefix_no_space", "answer_unit_other"),
)
def h25a_dislocations_strengthening_06():
    """Given: copper, FCC, a = 0.3615nm, shear modulus G = 48GPa; the perfect dislocation has
    b = (a/2)⟨110⟩; use line energy E ≈ ½Gb².
    Find the energy per unit length of the dislocation, in eV per nanometre."""
    b = Q_(0.3615, "nm") / math.sqrt(2)
    return 0.5 * Q_(48, "GPa") * b**2


@item(
    S,
    "dislocations_strengthening",
    "MPa",
    "Hall–Petch Δσ_y = k_y(d₂^(−½) − d₁^(−½)) (Callister eq. 7.7)",
    solution="Δσ_y = 0.6 × (1/√(10 × 10⁻⁶) − 1/√(50 × 10⁻⁶)) = 0.6 × (316.2 − 141.4) = 104.9 MPa. σ₀ cancels.",
    forms=("by_how_much", "distractor", "prefix_no_space", "voice_examiner"),
)
def h25a_dislocations_strengthening_07():
    """A ferritic steel has σ₀ = 25MPa and k_y = 0.6 MPa·m^½. Thermomechanical processing refines
    the grain size from 50µm to 10µm. By how much does the yield strength rise?"""
    ky = Q_(0.6, "MPa*m**0.5")
    return ky * (Q_(10, "µm") ** -0.5 - Q_(50, "µm") ** -0.5)


# ---------------------------------------------------------------- failure


@item(
    S,
    "failure",
    "mm",
    "K_Ic = Yσ√(πa) solved for a (Callister eq. 8.5)",
    solution="a_c = (1/π)(K_Ic/Yσ)² = (1/π)(26/(1.12 × 180))² = (1/π)(0.1290)² = 5.29 × 10⁻³ m = 5.3 mm.",
    forms=("given_list", "inverse", "voice_examiner"),
)
def h25a_failure_01():
    """Given: K_Ic = 26 MPa·√m, applied stress σ = 180 MPa, surface crack with Y = 1.12.
    Find the critical crack depth a_c, in mm."""
    k = Q_(26, "MPa*m**0.5")
    sigma = Q_(180, "MPa")
    return (k / (1.12 * sigma)) ** 2 / math.pi


@item(
    S,
    "failure",
    "J/K",
    "K_c = Yσ√(πa) (Callister eq. 8.5)",
    refuse="A fracture toughness has units of stress × √length (MPa·√m); joules per kelvin is not a unit it can be expressed in, so the asked unit cannot be meant.",
    solution="K = Yσ√(πa) = 1.0 × 150 MPa × √(π × 0.004 m) ≈ 16.8 MPa·√m; this cannot be expressed in J/K, so the question as set must be refused.",
    forms=("must_refuse", "unit_cannot_be_meant", "voice_examiner"),
)
def h25a_failure_02():
    """A large plate containing a through crack of half-length 4 mm fractures at a remote stress of
    150 MPa (take Y = 1.0). Report the fracture toughness of the plate in J/K."""
    return None


@item(
    S,
    "failure",
    "dimensionless",
    "Basquin σ_a = σ_f′(2N_f)^b solved for N_f (Dieter ch. 12; Callister §8.8)",
    rel_tol=0.03,
    solution="2N_f = (σ_a/σ_f′)^(1/b) = (300/1000)^(1/−0.09) = 0.3^(−11.11) = 6.45 × 10⁵ reversals, so N_f = 3.2 × 10⁵ cycles.",
    forms=("given_list", "inverse", "voice_examiner"),
)
def h25a_failure_03():
    """Use Basquin's law σ_a = σ_f′(2N_f)^b with σ_f′ = 1000 MPa and b = −0.09.
    How many cycles to failure N_f does a fully reversed stress amplitude of 300 MPa give?"""
    two_n = (300 / 1000) ** (1 / -0.09)
    return Q_(two_n / 2, "dimensionless")


@item(
    S,
    "failure",
    "dimensionless",
    "a_c = (1/π)(K_Ic/Yσ_max)², Paris da/dN = C(ΔK)^m integrated (Callister eqs. 8.5, 8.19)",
    rel_tol=0.03,
    solution="a_c = (1/π)(50/200)² = 19.9 mm. With m = 3: N = 2/[(m − 2)CY^mΔσ^mπ^(m/2)] × (a₀^(−½) − a_c^(−½)) = 2/(10⁻¹² × 8 × 10⁶ × 5.568) × (44.72 − 7.09) = 44 900 × 37.63 = 1.69 × 10⁶ cycles.",
    forms=("preamble", "two_step_chain", "voice_report"),
)
def h25a_failure_04():
    """Investigation report, crane bracket: inspection found an edge crack 0.5 mm deep in a
    steel plate loaded in tension from zero to 200 MPa each cycle. For this steel K_Ic = 50 MPa·√m
    and the Paris law holds with C = 1.0 × 10⁻¹² (m/cycle, ΔK in MPa·√m) and m = 3; take Y = 1.0.
    Estimate the number of further cycles until the plate fractures."""
    k_ic = 50.0
    sigma = 200.0
    c = 1.0e-12
    m = 3.0
    a0 = 0.5e-3
    ac = (k_ic / sigma) ** 2 / math.pi
    exponent = 1 - m / 2
    n = (ac**exponent - a0**exponent) / (c * (sigma * math.sqrt(math.pi)) ** m * exponent)
    return Q_(n, "dimensionless")


@item(
    S,
    "failure",
    "degC",
    "Larson–Miller P = T(C + log t_r) solved for T (Callister eq. 8.24)",
    abs_tol=2.5,
    solution="T = P/(C + log t_r) = 25.3 × 10³/(20 + log 10⁴) = 25300/24 = 1054 K = 781 °C, i.e. 780 °C to the nearest 5 °C.",
    forms=("inverse", "requested_rounding", "voice_examiner"),
)
def h25a_failure_05():
    """At the design stress, an iron-base alloy has a Larson–Miller parameter of 25.3 × 10³
    (T in K, t_r in h, C = 20). What is the highest service temperature that gives a rupture life
    of 10 000 h? Answer in °C to the nearest 5 °C."""
    t = Q_(25.3e3 / (20 + math.log10(1.0e4)), "K")
    return Q_(nearest(celsius(t).magnitude, 5), "degC")


@item(
    S,
    "failure",
    "degC",
    "ε̇_s = Kσⁿ exp(−Q_c/RT) at fixed σ, solved for T (Callister eq. 8.20)",
    solution="1/T₂ = 1/T₁ − (R/Q_c) ln(ε̇₂/ε̇₁) = 1/973.15 − (8.314/280000) ln 100 = 1.0276 × 10⁻³ − 1.367 × 10⁻⁴ = 8.909 × 10⁻⁴ K⁻¹, T₂ = 1122 K = 849 °C.",
    forms=("preamble", "inverse", "voice_report"),
)
def h25a_failure_06():
    """Creep test log: at 700 °C and 140 MPa the steady-state creep rate of the alloy was
    1.0 × 10⁻⁷ s⁻¹. The activation energy for creep is 280 kJ/mol. At what temperature (°C) would the
    same stress give a steady-state rate of 1.0 × 10⁻⁵ s⁻¹?"""
    t1 = kelvin(700)
    q = Q_(280, "kJ/mol")
    inv_t2 = 1 / t1 - R_GAS / q * math.log(1.0e-5 / 1.0e-7)
    return celsius(1 / inv_t2)


@item(
    S,
    "failure",
    "dimensionless",
    "Griffith σ_f = √(2Eγ_s/πa); theoretical strength ≈ E/10 (Callister eqs. 8.1, 8.3)",
    solution="Internal crack of length 2µm: a = 1 µm. σ_f = √(2 × 70 × 10⁹ × 0.3/(π × 10⁻⁶)) = 115.6 MPa. E/10 = 7000 MPa. Ratio = 7000/115.6 = 60.5. The density is not needed.",
    forms=("two_step_chain", "how_many_times", "distractor", "prefix_no_space", "voice_examiner"),
)
def h25a_failure_07():
    """A soda-lime glass (E = 70GPa, specific surface energy 0.3 J/m², density 2.5 g/cm³)
    contains internal cracks 2µm long. Taking the theoretical strength as E/10, how many times
    smaller is the Griffith fracture strength than the theoretical strength?"""
    e = Q_(70, "GPa")
    a = Q_(2, "µm") / 2
    sigma_f = (2 * e * Q_(0.3, "J/m**2") / (math.pi * a)) ** 0.5
    return (e / 10) / sigma_f


# ---------------------------------------------------------------- phase diagrams


@item(
    S,
    "phase_diagrams",
    "percent",
    "lever rule W_β = (C₀ − C_α)/(C_β − C_α) solved for C₀ (Callister eq. 9.2)",
    solution="C₀ = C_α + W_β(C_β − C_α) = 10 + 0.40 × (98 − 10) = 45.2 wt% Sn.",
    forms=("inverse", "voice_examiner"),
)
def h25a_phase_diagrams_01():
    """In the Pb–Sn system at 150 °C the α phase contains 10 wt% Sn and the β phase 98 wt% Sn.
    What alloy composition (wt% Sn) consists of 40 wt% β at this temperature? Give the number of
    wt% Sn."""
    c_alpha = 10.0
    c_beta = 98.0
    return Q_(c_alpha + 0.40 * (c_beta - c_alpha), "percent")


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "lever rule (mass fraction) and V_β = (W_β/ρ_β)/(W_α/ρ_α + W_β/ρ_β) (Callister eqs. 9.2, 9.6)",
    solution="Mass fraction: W_β = (30 − 10)/(98 − 10) = 0.227. Volume fraction: V_β = (0.227/7.29)/(0.773/10.64 + 0.227/7.29) = 0.0312/(0.0726 + 0.0312) = 0.300. 'Fraction' in a lever-rule question is read as the mass fraction; with densities given the volume fraction is the other standard reading.",
    forms=("given_list", "two_readings"),
)
def h25a_phase_diagrams_02():
    """Given: Pb–30 wt% Sn alloy at 150 °C; α: 10 wt% Sn, ρ_α = 10.64 g/cm³; β: 98 wt% Sn,
    ρ_β = 7.29 g/cm³.
    Find the fraction of the alloy that is β."""
    w_beta = (30 - 10) / (98 - 10)
    w_alpha = 1 - w_beta
    v_beta = (w_beta / 7.29) / (w_alpha / 10.64 + w_beta / 7.29)
    return {
        "mass fraction (lever rule)": Q_(w_beta, "dimensionless"),
        "volume fraction": Q_(v_beta, "dimensionless"),
    }


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "lever rule W_L = (C_α − C₀)/(C_α − C_L) (Callister eq. 9.1b)",
    refuse="The alloy composition (35 wt% Ni, a Cu–Ni alloy) and the tie-line ends (wt% Sn, from the Pb–Sn eutectic diagram) belong to two different systems, so the lever rule cannot be set up and the liquid fraction is undetermined.",
    solution="The lever rule needs C₀, C_L and C_α on the same tie line of one diagram; here C₀ is wt% Ni of a Cu–Ni alloy and the tie-line ends are wt% Sn of Pb–Sn, so no fraction follows.",
    forms=("must_refuse", "mixed_materials", "voice_notebook"),
)
def h25a_phase_diagrams_03():
    """Notebook, phase-diagram homework: alloy = Cu–35 wt% Ni held at 1250 °C. Tie line read off
    the diagram on p. 312: liquid 61.9 wt% Sn, α 18.3 wt% Sn. What mass fraction of the alloy is
    liquid?"""
    return None


@item(
    S,
    "phase_diagrams",
    "percent",
    "lever rule for total α and primary α; eutectic α = W_α − W_α′ (Callister eqs. 9.10, 9.11)",
    solution="Total α: (97.8 − 40)/(97.8 − 18.3) = 0.7270. Primary α: (61.9 − 40)/(61.9 − 18.3) = 0.5023. Eutectic α = 0.7270 − 0.5023 = 0.2247 = 22.5 %.",
    forms=("given_list", "two_step_chain", "percentage"),
)
def h25a_phase_diagrams_04():
    """Use: Pb–Sn eutectic at 183 °C; C_α = 18.3 wt% Sn, C_E = 61.9 wt% Sn, C_β = 97.8 wt% Sn.
    For a Pb–40 wt% Sn alloy just below 183 °C, what mass fraction of the alloy is eutectic α?
    Express it as a percentage."""
    c0, c_a, c_e, c_b = 40.0, 18.3, 61.9, 97.8
    total_alpha = (c_b - c0) / (c_b - c_a)
    primary_alpha = (c_e - c0) / (c_e - c_a)
    return Q_(total_alpha - primary_alpha, "dimensionless")


@item(
    S,
    "phase_diagrams",
    "percent",
    "W_α′ = (0.76 − C₀)/(0.76 − 0.022) solved for C₀ (Callister eq. 9.20)",
    decimals=2,
    solution="C₀ = 0.76 − W_α′(0.76 − 0.022) = 0.76 − 0.30 × 0.738 = 0.539 ≈ 0.54 wt% C.",
    forms=("preamble", "inverse", "requested_rounding", "datum_not_given", "voice_report"),
)
def h25a_phase_diagrams_05():
    """A slowly cooled plain-carbon steel shaft of unknown grade was sectioned; point counting on the
    etched cross-section gives 30 wt% proeutectoid ferrite, the rest pearlite. Estimate the carbon
    content of the steel, in wt% C, to two decimal places."""
    c_eutectoid = 0.76
    c_alpha = 0.022
    return Q_(c_eutectoid - 0.30 * (c_eutectoid - c_alpha), "percent")


@item(
    S,
    "phase_diagrams",
    "g",
    "lever rule W_L = (C_α − C₀)/(C_α − C_L), m_Ni,L = C_L W_L m (Callister eq. 9.1b)",
    solution="W_L = (43 − 35)/(43 − 32) = 0.7273; liquid mass = 0.7273 × 2.5 kg = 1.818 kg; Ni in liquid = 0.32 × 1.818 kg = 0.582 kg = 582 g. The melting point of Cu is not needed.",
    forms=("given_list", "two_step_chain", "distractor"),
)
def h25a_phase_diagrams_06():
    """Given: 2.5 kg of Cu–35 wt% Ni at 1250 °C; C_L = 32 wt% Ni, C_α = 43 wt% Ni; T_m(Cu) = 1085 °C.
    Find the mass of nickel (g) dissolved in the liquid phase."""
    w_l = (43 - 35) / (43 - 32)
    return 0.32 * w_l * Q_(2.5, "kg")


@item(
    S,
    "phase_diagrams",
    "percent",
    "W_Fe3C′ = (C₁ − 0.76)/(6.70 − 0.76) (Callister eq. 9.23)",
    solution="W_Fe3C′ = (1.20 − 0.76)/(6.70 − 0.76) = 0.44/5.94 = 0.0741 = 7.4 %. The austenitizing temperature is not needed.",
    forms=("preamble", "percentage", "datum_not_given", "distractor", "voice_examiner"),
)
def h25a_phase_diagrams_07():
    """A tool steel with 1.20 wt% C is austenitized at 900 °C and then cooled very slowly to room
    temperature. What mass fraction of proeutectoid cementite does it contain? Express it as a
    percentage."""
    return Q_((1.20 - 0.76) / (6.70 - 0.76), "dimensionless")


# ---------------------------------------------------------------- transformations & kinetics


@item(
    S,
    "transformations_kinetics",
    "s",
    "Avrami y = 1 − exp(−ktⁿ): k from t₀.₅, then t for y = 0.9 (Callister eq. 10.17)",
    solution="k = ln 2/t₀.₅ⁿ; t₀.₉ = (ln 10/k)^(1/n) = t₀.₅ (ln 10/ln 2)^(1/n) = 120 × 3.322^0.4 = 194 s.",
    forms=("inverse", "two_step_chain", "voice_examiner"),
)
def h25a_transformations_kinetics_01():
    """The isothermal transformation of an alloy follows the Avrami equation with n = 2.5 and is
    50 % complete after 120 s. How long does it take to reach 90 % transformation?"""
    n = 2.5
    t_half = Q_(120, "s")
    k = math.log(2) / t_half**n
    return (math.log(10) / k) ** (1 / n)


@item(
    S,
    "transformations_kinetics",
    "s",
    "Avrami y = 1 − exp(−ktⁿ) needs both k and n (Callister eq. 10.17)",
    refuse="One data point (30 % at 100 s) fixes only one combination of k and n; the Avrami exponent n is not given, so the time to 90 % is undetermined.",
    solution="With y = 1 − exp(−ktⁿ), one point gives k·100ⁿ = −ln 0.7 but n remains free; t₀.₉ = 100 × (ln 10/ln(1/0.7))^(1/n) depends on n, which is not given.",
    forms=("preamble", "must_refuse", "datum_not_given", "voice_notebook"),
)
def h25a_transformations_kinetics_02():
    """Lab notebook: recrystallization of the cold-rolled Al sheet at 350 °C. Hardness tests show
    30 % recrystallized after 100 s. The kinetics are of Avrami type. Q: time (s) to reach 90 %
    recrystallized?"""
    return None


@item(
    S,
    "transformations_kinetics",
    "K",
    "r* = 2γT_m/(ΔH_f ΔT) solved for ΔT (Callister eq. 10.6)",
    solution="ΔT = 2γT_m/(ΔH_f r*) = 2 × 0.255 × 1728/(2.53 × 10⁹ × 1.0 × 10⁻⁹) = 881.3/2.53 = 348 K.",
    forms=("given_list", "inverse", "prefix_no_space"),
)
def h25a_transformations_kinetics_03():
    """Given (homogeneous nucleation of solid nickel):
    γ = 0.255 J/m²
    ΔH_f = −2.53 × 10⁹ J/m³
    T_m = 1455 °C
    Find the undercooling ΔT (K) at which the critical nucleus radius is 1.0nm."""
    gamma = Q_(0.255, "J/m**2")
    dh = Q_(2.53e9, "J/m**3")
    tm = kelvin(1455)
    return 2 * gamma * tm / (dh * Q_(1.0, "nm"))


@item(
    S,
    "transformations_kinetics",
    "dimensionless",
    "r* = 2γT_m/(ΔH_f ΔT), atoms = (4/3)πr*³ × 4/a³ (Callister eq. 10.6, Example 10.1)",
    rel_tol=0.03,
    solution="r* = 2 × 0.255 × 1728/(2.53 × 10⁹ × 319) = 1.092 nm. Volume = (4/3)π r*³ = 5.45 nm³; FCC Ni: 4 atoms per a³ = 0.04666 nm³, so about 5.45 × 4/0.04666 = 467 atoms.",
    forms=("given_list", "two_step_chain", "prefix_no_space"),
)
def h25a_transformations_kinetics_04():
    """Given (solidification of nickel, homogeneous nucleation):
    γ = 0.255 J/m², ΔH_f = −2.53 × 10⁹ J/m³, T_m = 1455 °C, ΔT = 319 K,
    Ni is FCC with a = 0.360nm.
    Find the number of atoms in a nucleus of critical size."""
    gamma = Q_(0.255, "J/m**2")
    r_star = 2 * gamma * kelvin(1455) / (Q_(2.53e9, "J/m**3") * Q_(319, "K"))
    volume = 4 / 3 * math.pi * r_star**3
    return 4 * volume / Q_(0.360, "nm") ** 3


@item(
    S,
    "transformations_kinetics",
    "degC",
    "rate ∝ exp(−Q/RT): t₂/t₁ = exp[(Q/R)(1/T₂ − 1/T₁)] solved for T₂ (Callister eq. 10.18)",
    solution="1/T₂ = 1/T₁ − (R/Q) ln(t₁/t₂) = 1/523.15 − (8.314/185000) ln 10 = 1.9115 × 10⁻³ − 1.035 × 10⁻⁴ = 1.8080 × 10⁻³ K⁻¹; T₂ = 553.1 K = 280 °C.",
    forms=("preamble", "inverse", "voice_report"),
)
def h25a_transformations_kinetics_05():
    """Production note: the batch anneal that fully recrystallizes our cold-worked strip takes
    80 min at 250 °C. A continuous line gives the strip only 8 min in the furnace. With an activation
    energy of 185 kJ/mol for recrystallization, at what temperature (°C) must the line run?"""
    q = Q_(185, "kJ/mol")
    inv_t2 = 1 / kelvin(250) - R_GAS / q * math.log(80 / 8)
    return celsius(1 / inv_t2)


@item(
    S,
    "transformations_kinetics",
    "min",
    "1/t₀.₅ = A exp(−Q/RT): Q from two points, then t₀.₅ at a third (Callister eq. 10.18)",
    solution="Q = R ln(t₁/t₂)/(1/T₁ − 1/T₂) = 8.314 × ln(40/6)/(1/623.15 − 1/673.15) = 8.314 × 1.897/1.192 × 10⁻⁴ = 132 kJ/mol. At 648.15 K: t = 40 × exp[(Q/R)(1/648.15 − 1/623.15)] = 40 × exp(−0.983) = 15.0 min.",
    forms=("given_list", "two_step_chain"),
)
def h25a_transformations_kinetics_06():
    """Given: t₀.₅ = 40 min at 350 °C and t₀.₅ = 6.0 min at 400 °C for the same transformation,
    Arrhenius-controlled.
    Find t₀.₅ (min) at 375 °C."""
    t1, t2 = kelvin(350), kelvin(400)
    q = R_GAS * math.log(40 / 6.0) / (1 / t1 - 1 / t2)
    t3 = kelvin(375)
    return Q_(40, "min") * math.exp(num(q / R_GAS * (1 / t3 - 1 / t1)))


@item(
    S,
    "transformations_kinetics",
    "degC",
    "Koistinen–Marburger f = 1 − exp[−α_m(M_s − T)] solved for T (Porter & Easterling ch. 6)",
    decimals=0,
    solution="M_s − T = ln(1/(1 − 0.90))/α_m = ln 10/0.011 = 209.3 K, so T = 350 − 209.3 = 140.7 ≈ 141 °C. The austenitizing temperature is not needed.",
    forms=("preamble", "inverse", "requested_rounding", "distractor", "voice_report"),
)
def h25a_transformations_kinetics_07():
    """Heat-treatment spec review: the gear steel is austenitized at 860 °C and oil quenched. Its
    martensite start temperature is 350 °C and the martensite fraction follows Koistinen–Marburger,
    f = 1 − exp[−0.011 K⁻¹ (M_s − T)]. To what temperature must the part be cooled to obtain 90 %
    martensite? Answer in °C to the nearest degree."""
    ms = 350.0
    return Q_(ms - math.log(1 / (1 - 0.90)) / 0.011, "degC")
