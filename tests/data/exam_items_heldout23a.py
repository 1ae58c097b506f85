"""Set heldout23 (set X), first half: 60 questions over seven topics of a qualifying exam.

Topics: crystallography & X-ray diffraction, defects, diffusion, mechanical properties, failure,
phase diagrams, transformations & kinetics. Written blind: the writer read only the registry
(``exam_items.py``), the shared quantities (``exam_quantities.py``) and the head of one earlier item
file for its layout; not the answer engine, the checker, the solver or the questions of earlier
sets. Each key is computed in the body with pint quantities or plain math; ``solution`` is the
worked solution in words, ``forms`` says how the text is written. A question with two standard
readings returns a dict of them (primary first); one that must be refused returns None and says
why in ``refuse=``. New for set X: multiple-choice options, data blocks, decimal commas and
E-notation, numbers in words, change asks, answer-format asks, distractors and known data.
"""

from __future__ import annotations

import math
from typing import Any

from exam_items import item
from exam_quantities import AVOGADRO, K_BOLTZ, Q_, R_GAS, kelvin, num
from scipy.special import erfinv

S = "heldout23"

K_EV = K_BOLTZ.to("eV/K")


def bragg_theta(d: Any, wavelength: Any) -> float:
    """First-order Bragg angle θ in radians for spacing ``d`` and ``wavelength`` (pint lengths)."""
    return math.asin(num(wavelength / (2 * d)))


def pick_option(value: Any, options: list[Any]) -> Any:
    """The listed option nearest (relatively) to the computed value: the key of an MCQ."""
    return min(options, key=lambda o: abs(num(o / value) - 1.0))


# ---------------------------------------------------------------- crystallography & X-ray diffraction


@item(
    S,
    "crystallography_xrd",
    "degree",
    "Bragg's law with d_hkl = a/√(h²+k²+l²) (Cullity ch. 3); a(Cu) = 0.3615 nm (Callister table 3.1 radius 0.1278 nm)",
    rel_tol=0.01,
    solution="Copper is FCC with a = 0.3615 nm. d_220 = 0.3615/√8 = 0.12781 nm. sin θ = 0.15406/(2 × 0.12781) = 0.6027, θ = 37.07°, so 2θ = 74.1°.",
    forms=("known_datum", "two_step", "chat"),
)
def h23a_crystallography_xrd_01():
    """quick one — at what 2θ should the Cu (220) peak show up with Cu Kα1 (λ = 1.5406 Å)? I didn't look up the lattice constant, use the usual value."""
    d = Q_(0.3615, "nm") / math.sqrt(8)
    return Q_(2 * math.degrees(bragg_theta(d, Q_(1.5406, "angstrom"))), "degree")


@item(
    S,
    "crystallography_xrd",
    "nm",
    "BCC atoms touch along the body diagonal: a√3 = 4R (Callister eq. 3.4)",
    solution="In BCC the atoms touch along the cube diagonal, 4R = a√3, so R = √3 × 0.2866/4 = 0.1241 nm: option (B).",
    forms=("mcq_options", "one_step", "unicode"),
)
def h23a_crystallography_xrd_02():
    """α-iron is BCC with a = 0.2866 nm. Its atomic radius is
    (A) 0.1013 nm (B) 0.1241 nm (C) 0.1433 nm (D) 0.2482 nm"""
    r = math.sqrt(3) * Q_(0.2866, "nm") / 4
    return pick_option(r, [Q_(0.1013, "nm"), Q_(0.1241, "nm"), Q_(0.1433, "nm"), Q_(0.2482, "nm")])


@item(
    S,
    "crystallography_xrd",
    "angstrom",
    "Bragg's law nλ = 2d sin θ and d_hkl = a/√(h²+k²+l²) (Callister eqs. 3.13, 3.14)",
    solution="θ = 19,2°, sin θ = 0.32887. d_111 = 0.154/(2 × 0.32887) = 0.23414 nm. a = d√3 = 0.40554 nm = 4.055 Å.",
    forms=("data_block", "decimal_comma", "inverse", "two_step"),
)
def h23a_crystallography_xrd_03():
    """Data:
    - radiation: λ = 0,154 nm
    - cubic metal, first peak indexed as (111)
    - 2θ = 38,4°

    Determine the lattice parameter in ångström."""
    theta = math.radians(38.4 / 2)
    d = Q_(0.154, "nm") / (2 * math.sin(theta))
    return d * math.sqrt(3)


@item(
    S,
    "crystallography_xrd",
    "nm",
    "ρ = nA/(V_C N_A) solved for a (Callister eq. 3.8); A(Al) = 26.98 g/mol",
    solution="FCC: n = 4; A(Al) = 26.98 g/mol. a³ = 4 × 26.98/(2.70 × 6.022 × 10²³) = 6.637 × 10⁻²³ cm³, so a = 4.049 × 10⁻⁸ cm = 0.405 nm.",
    forms=("known_datum", "inverse", "two_step", "textbook"),
)
def h23a_crystallography_xrd_04():
    """Aluminum has an FCC crystal structure and a measured density of 2.70 g/cm³. Compute its lattice parameter in nanometers."""
    a3 = 4 * Q_(26.98, "g/mol") / (Q_(2.70, "g/cm**3") * AVOGADRO)
    return a3 ** (1 / 3)


@item(
    S,
    "crystallography_xrd",
    "percent",
    "volume per atom a³/n for BCC (n = 2) and FCC (n = 4) (Callister problem 3.x on the α→γ transformation)",
    rel_tol=0.03,
    solution="Volume per atom: BCC 0.2863³/2 = 0.011734 nm³; FCC 0.3591³/4 = 0.011577 nm³. Relative change = (0.011577 − 0.011734)/0.011734 = −1.34 %, so the volume decreases by 1.34 %.",
    forms=("change_ask", "answer_format", "distractor", "multi_step", "story"),
)
def h23a_crystallography_xrd_05():
    """At 912 °C iron changes from BCC (a = 0.2863 nm) to FCC (a = 0.3591 nm). Its room-temperature density is 7.87 g/cm³. By what percentage does the volume of a piece of iron decrease on transformation? Give the answer as a percentage."""
    v_bcc = Q_(0.2863, "nm") ** 3 / 2
    v_fcc = Q_(0.3591, "nm") ** 3 / 4
    return Q_(100 * num((v_bcc - v_fcc) / v_bcc), "percent")


@item(
    S,
    "crystallography_xrd",
    "1/cm**2",
    "planar density of FCC (111): 2 atoms per √3a²/2 (Callister section 3.11)",
    solution="The (111) plane in the FCC cell contains 3 × 1/6 + 3 × 1/2 = 2 atoms in a triangle of area √3a²/2, so PD = 4/(√3a²) = 4/(√3 × (0.352 × 10⁻⁷ cm)²) = 1.864 × 10¹⁵ atoms/cm².",
    forms=("unicode", "one_step", "unit_other_than_givens"),
)
def h23a_crystallography_xrd_06():
    """Ni (FCC, a = 0.352 nm): planar density of the (111) plane in atoms/cm²?"""
    a = Q_(0.352, "nm")
    return 4 / (math.sqrt(3) * a**2)


@item(
    S,
    "crystallography_xrd",
    "degree",
    "Bragg's law at fixed d for two wavelengths (Cullity ch. 3)",
    solution="With Co Kα: sin 25.00° = 0.42262, d = 0.1790/(2 × 0.42262) = 0.21178 nm. With Cu Kα: sin θ = 0.15406/(2 × 0.21178) = 0.36373, θ = 21.33°, 2θ = 42.66°. The peak moves down by 50.00 − 42.66 = 7.34°.",
    forms=("change_ask", "multi_step", "story"),
)
def h23a_crystallography_xrd_07():
    """A lab switches its diffractometer from a Co tube (λ = 0.1790 nm) to a Cu tube (λ = 0.15406 nm). The 200 reflection of a cubic sample was at 2θ = 50.00° with cobalt. By how many degrees (in 2θ) does this peak shift after the change?"""
    d = Q_(0.1790, "nm") / (2 * math.sin(math.radians(25.0)))
    two_theta_cu = 2 * math.degrees(bragg_theta(d, Q_(0.15406, "nm")))
    return Q_(50.00 - two_theta_cu, "degree")


@item(
    S,
    "crystallography_xrd",
    "kg/m**3",
    "HCP density ρ = nA/(V_C N_A), V_C = (3√3/2)a²c, n = 6 (Callister eq. 3.8 and problem 3.x)",
    solution="V_C = (3√3/2) × 0.3209² × 0.5211 nm³ = 0.13942 nm³ = 1.3942 × 10⁻²² cm³. ρ = 6 × 24.31/(1.3942 × 10⁻²² × 6.022 × 10²³) = 1.737 g/cm³ = 1737 kg/m³.",
    forms=("tex", "known_datum_not_given", "multi_step", "unit_other_than_givens"),
)
def h23a_crystallography_xrd_08():
    r"""Magnesium is HCP with $a = 0.3209\,\mathrm{nm}$ and $c = 0.5211\,\mathrm{nm}$. Calculate its theoretical density in $\mathrm{kg\,m^{-3}}$."""
    a, c = Q_(0.3209, "nm"), Q_(0.5211, "nm")
    vc = 3 * math.sqrt(3) / 2 * a**2 * c
    return 6 * Q_(24.31, "g/mol") / (vc * AVOGADRO)


@item(
    S,
    "crystallography_xrd",
    "1/um",
    "linear density of FCC [110]: 2 atoms per face diagonal √2 a (Callister section 3.11)",
    abs_tol=1.0,
    solution="Along [110] the face diagonal √2 a = √2 × 3.615 × 10⁻¹⁰ m = 5.1124 × 10⁻¹⁰ m holds 2 atom diameters, so LD = 2/(5.1124 × 10⁻⁴ µm) = 3912 atoms per µm.",
    forms=("decimal_comma", "answer_format", "one_step", "unit_other_than_givens"),
)
def h23a_crystallography_xrd_09():
    """Copper, FCC, a = 3.615E-10 m. How many atoms per micrometre lie along a [110] direction? Give the answer to the nearest integer."""
    a = Q_(3.615e-10, "m")
    return 2 / (math.sqrt(2) * a)


# ---------------------------------------------------------------- defects


@item(
    S,
    "defects",
    "1/m**3",
    "N_v = N exp(−Q_v/kT) with N = ρN_A/A (Callister eqs. 4.1, 4.2); ρ(Al) = 2.70 g/cm³, A = 26.98 g/mol",
    rel_tol=0.05,
    solution="N = 2.70 × 6.022 × 10²³/26.98 = 6.026 × 10²² cm⁻³ = 6.026 × 10²⁸ m⁻³. T = 873 K; Q_v/kT = 0.75/(8.617 × 10⁻⁵ × 873.15) = 9.968, exp(−9.968) = 4.68 × 10⁻⁵. N_v = 2.82 × 10²⁴ m⁻³.",
    forms=("known_datum", "two_step", "textbook"),
)
def h23a_defects_01():
    """Calculate the equilibrium number of vacancies per cubic meter in aluminum at 600 °C. The energy for vacancy formation is 0.75 eV/atom."""
    n_sites = Q_(2.70, "g/cm**3") * AVOGADRO / Q_(26.98, "g/mol")
    return n_sites * math.exp(-num(Q_(0.75, "eV") / (K_EV * kelvin(600))))


@item(
    S,
    "defects",
    "eV",
    "ratio of N_v/N = exp(−Q_v/kT) at two temperatures (Callister eq. 4.1)",
    solution="ln(1.0 × 10⁻⁴/3.2 × 10⁻⁶) = ln 31.25 = 3.442; 1/800 − 1/1000 = 2.5 × 10⁻⁴ K⁻¹. Q_v = 8.617 × 10⁻⁵ × 3.442/2.5 × 10⁻⁴ = 1.19 eV.",
    forms=("data_block", "inverse", "two_step", "chat"),
)
def h23a_defects_02():
    """I measured vacancy site fractions on a pure metal:

    * `T = 1000 K` → `1.0e-4`
    * `T = 800 K` → `3.2e-6`

    what's the vacancy formation energy in eV?"""
    ratio = 1.0e-4 / 3.2e-6
    return K_EV * math.log(ratio) / (1 / Q_(800, "K") - 1 / Q_(1000, "K"))


@item(
    S,
    "defects",
    "dimensionless",
    "N_v/N = exp(−Q_v/kT) (Callister eq. 4.1)",
    refuse="One datum point (a fraction at one temperature) fixes neither Q_v nor the prefactor; the fraction at another temperature needs Q_v, which is not given for this unnamed metal.",
    solution="Scaling N_v/N to another temperature needs the formation energy Q_v; one measured fraction at 700 °C does not determine it, and the metal is not named, so no tabulated Q_v applies. The question must be refused.",
    forms=("refuse_missing_datum", "one_step"),
)
def h23a_defects_03():
    """The equilibrium vacancy fraction in a certain metal is 2.3 × 10⁻⁵ at 700 °C. What is the vacancy fraction at 900 °C?"""
    return None


@item(
    S,
    "defects",
    "dimensionless",
    "ASTM grain size N = 2^(n−1) at 100×, N₁₀₀ = N_M (M/100)² (Callister eqs. 4.19, 4.20)",
    decimals=1,
    solution="Converting to 100×: N = 45 × (250/100)² = 281.25 grains/in². n = 1 + log₂ 281.25 = 1 + 8.136 = 9.1.",
    forms=("us_units", "two_step", "answer_format"),
)
def h23a_defects_04():
    """A photomicrograph taken at 250× shows 45 grains per square inch. Find the ASTM grain size number, to one decimal place."""
    n100 = 45 * (250 / 100) ** 2
    return 1 + math.log2(n100)


@item(
    S,
    "defects",
    "nm",
    "Burgers vector of FCC b = (a/2)<110>, |b| = a√2/2 (Callister section 7.4; Hull & Bacon ch. 5)",
    solution="|b| = a/√2 = 0.405/√2 = 0.2864 nm, option (C).",
    forms=("mcq_options", "decimal_comma", "one_step"),
)
def h23a_defects_05():
    """Aluminium (FCC) has a = 4,05 Å. The magnitude of the Burgers vector of a perfect dislocation is:
    (A) 0.143 nm  (B) 0.248 nm  (C) 0.286 nm  (D) 0.405 nm"""
    b = Q_(4.05, "angstrom") / math.sqrt(2)
    return pick_option(b, [Q_(0.143, "nm"), Q_(0.248, "nm"), Q_(0.286, "nm"), Q_(0.405, "nm")])


@item(
    S,
    "defects",
    "1/m**3",
    "Schottky defects N_s = N exp(−Q_s/2kT) (Callister eq. 12.3); A(K) = 39.10, A(Cl) = 35.45 g/mol",
    rel_tol=0.05,
    solution="N = 1.955 × 6.022 × 10²³/(39.10 + 35.45) = 1.579 × 10²² cm⁻³ = 1.579 × 10²⁸ m⁻³ lattice sites (ion pairs). Q_s/2kT = 2.3/(2 × 8.617 × 10⁻⁵ × 773.15) = 17.26, exp(−17.26) = 3.18 × 10⁻⁸. N_s = 5.0 × 10²⁰ m⁻³.",
    forms=("known_datum_not_given", "multi_step", "textbook"),
)
def h23a_defects_06():
    """Calculate the number of Schottky defects per cubic meter in potassium chloride at 500 °C. The energy required to form each Schottky defect is 2.3 eV, while the density for KCl at 500 °C is 1.955 g/cm³."""
    n = Q_(1.955, "g/cm**3") * AVOGADRO / Q_(39.10 + 35.45, "g/mol")
    return n * math.exp(-num(Q_(2.3, "eV") / (2 * K_EV * kelvin(500))))


@item(
    S,
    "defects",
    "percent",
    "wt% to at% conversion C'₁ = (C₁/A₁)/(C₁/A₁ + C₂/A₂) (Callister eq. 4.6a)",
    solution="Cu: 5/63.55 = 0.07868; Al: 95/26.98 = 3.5211. at% Cu = 0.07868/(0.07868 + 3.5211) × 100 = 2.19 at%.",
    forms=("known_datum_not_given", "one_step", "answer_format"),
)
def h23a_defects_07():
    """An Al–Cu alloy contains 5 wt% Cu. What is its composition in atom percent copper?"""
    n_cu = Q_(5, "g") / Q_(63.55, "g/mol")
    n_al = Q_(95, "g") / Q_(26.98, "g/mol")
    return Q_(100 * num(n_cu / (n_cu + n_al)), "percent")


@item(
    S,
    "defects",
    "1/cm**2",
    "dislocation density = line length per unit volume (Callister section 7.2)",
    solution="Initially ρ = 5000 km/1 cm³ = 5 × 10⁸ cm/cm³ = 5 × 10⁸ cm⁻². After cold work it is four times that, 2 × 10⁹ cm⁻², an increase of 3 × 5 × 10⁸ = 1.5 × 10⁹ cm⁻².",
    forms=("number_words", "change_ask", "two_step", "story"),
)
def h23a_defects_08():
    """A 1 cm³ cube of annealed copper contains 5000 km of dislocation line. Cold rolling raises the dislocation density by a factor of four. By how much does the dislocation density increase, in cm⁻²?"""
    rho0 = Q_(5000, "km") / Q_(1, "cm**3")
    return 4 * rho0 - rho0


@item(
    S,
    "defects",
    "pm",
    "octahedral interstice in FCC: r = (√2 − 1)R (Callister problem 4.x; Askeland ch. 3)",
    solution="In FCC the octahedral site lies between atoms along the cube edge: 2R + 2r = a = 2√2 R, so r = (√2 − 1)R = 0.414 × 0.1292 nm = 0.05352 nm = 53.5 pm. The α-Fe radius is not needed.",
    forms=("distractor", "one_step", "unit_other_than_givens"),
)
def h23a_defects_09():
    """γ-Fe (FCC) has an atomic radius of 0.1292 nm and α-Fe (BCC) one of 0.1241 nm. What is the radius of the largest atom that fits in an octahedral site of γ-Fe without distortion? Answer in pm."""
    return (math.sqrt(2) - 1) * Q_(0.1292, "nm")


# ---------------------------------------------------------------- diffusion


@item(
    S,
    "diffusion",
    "cm**2/s",
    "D = D₀ exp(−Q_d/RT) (Callister eq. 5.8)",
    solution="T = 1273 K. Q/RT = 148000/(8.314 × 1273.15) = 13.98, exp(−13.98) = 8.47 × 10⁻⁷. D = 2.3 × 10⁻⁵ × 8.47 × 10⁻⁷ = 1.95 × 10⁻¹¹ m²/s = 1.95 × 10⁻⁷ cm²/s.",
    forms=("decimal_comma", "one_step", "unit_other_than_givens"),
)
def h23a_diffusion_01():
    """Kohlenstoff in γ-Eisen: D₀ = 2,3·10^-5 m²/s, Q = 148 kJ/mol. Compute the diffusion coefficient at 1000 °C in cm²/s."""
    return Q_(2.3e-5, "m**2/s") * math.exp(-num(Q_(148, "kJ/mol") / (R_GAS * kelvin(1000))))


@item(
    S,
    "diffusion",
    "g/(cm**2*hour)",
    "Fick's first law J = −D dC/dx (Callister eq. 5.2)",
    solution="J = D ΔC/Δx = 3 × 10⁻¹¹ × (1.2 − 0.8)/(10 − 5) × 10⁻³ = 2.4 × 10⁻⁹ kg/(m² s) = 2.4 × 10⁻¹⁰ g/(cm² s) = 8.64 × 10⁻⁷ g/(cm² h).",
    forms=("data_block", "one_step", "unit_other_than_givens"),
)
def h23a_diffusion_02():
    """Find the steady-state flux of carbon through an iron plate, in g per cm² per hour.

    Given:
    - carbon concentration 1.2 kg/m³ at 5 mm below the carburizing surface
    - carbon concentration 0.8 kg/m³ at 10 mm below it
    - D = 3 × 10⁻¹¹ m²/s at the process temperature"""
    d = Q_(3e-11, "m**2/s")
    return d * (Q_(1.2, "kg/m**3") - Q_(0.8, "kg/m**3")) / (Q_(10, "mm") - Q_(5, "mm"))


@item(
    S,
    "diffusion",
    "um",
    "diffusion length x ≈ √(Dt) (Callister eq. 5.6b; Porter & Easterling eq. 2.x) or x ≈ 2√(Dt) (Shewmon ch. 1)",
    solution="Dt = 4.0 × 10⁻¹⁴ × 36000 = 1.44 × 10⁻⁹ m². √(Dt) = 3.79 × 10⁻⁵ m = 37.9 µm; with the other common estimate 2√(Dt) = 75.9 µm.",
    forms=("two_reading", "one_step", "unit_other_than_givens"),
)
def h23a_diffusion_03():
    """Estimate how far copper diffuses into aluminium in 10 h at 500 °C, where D = 4.0 × 10⁻¹⁴ m²/s. Give the diffusion distance in µm."""
    dt = Q_(4.0e-14, "m**2/s") * Q_(10, "hour")
    return {"x = √(Dt)": dt**0.5, "x = 2√(Dt)": 2 * dt**0.5}


@item(
    S,
    "diffusion",
    "hour",
    "nonsteady diffusion (C_x − C₀)/(C_s − C₀) = 1 − erf(x/2√(Dt)) (Callister eq. 5.5)",
    rel_tol=0.03,
    solution="(0.8 − 0.2)/(1.2 − 0.2) = 0.6 = 1 − erf z, so erf z = 0.4 and z = 0.3708. t = x²/(4Dz²) = (5 × 10⁻⁴)²/(4 × 1.6 × 10⁻¹¹ × 0.1375) = 2.84 × 10⁴ s = 7.9 h.",
    forms=("inverse", "multi_step", "textbook"),
)
def h23a_diffusion_04():
    """A steel containing 0.20 wt% C is carburized in an atmosphere that keeps the surface at 1.20 wt% C. At the process temperature D = 1.6 × 10⁻¹¹ m²/s. How many hours are needed to reach 0.80 wt% C at a depth of 0.5 mm?"""
    ratio = (0.80 - 0.20) / (1.20 - 0.20)
    z = float(erfinv(1 - ratio))
    x, d = Q_(0.5, "mm"), Q_(1.6e-11, "m**2/s")
    return x**2 / (4 * d * z**2)


@item(
    S,
    "diffusion",
    "hour",
    "nonsteady diffusion into a semi-infinite solid (Callister eq. 5.5)",
    refuse="Contradictory givens: the surface is held at 0.25 wt% C, below the initial 0.45 wt% C, so carburizing cannot raise the carbon content anywhere to 0.60 wt%; no time satisfies the question.",
    solution="With C_s = 0.25 wt% < C₀ = 0.45 wt% carbon leaves the steel; the concentration at 1 mm can only fall from 0.45 wt% towards 0.25 wt%, never rise to 0.60 wt%. (C_x − C₀)/(C_s − C₀) would be −0.75, outside 0–1. The question must be refused.",
    forms=("refuse_contradictory", "multi_step", "textbook"),
)
def h23a_diffusion_05():
    """A 0.45 wt% C steel gear is carburized at 950 °C in a gas atmosphere that holds the surface carbon concentration at 0.25 wt% C. D = 1.6 × 10⁻¹¹ m²/s at this temperature. How long will it take to raise the carbon content to 0.60 wt% at 1.0 mm below the surface?"""
    return None


@item(
    S,
    "diffusion",
    "kJ/mol",
    "Q_d = −R ln(D₁/D₂)/(1/T₁ − 1/T₂) (Callister eq. 5.11)",
    solution="ln(5.3 × 10⁻¹³/4.8 × 10⁻¹⁴) = ln 11.04 = 2.402; 1/773.15 − 1/873.15 = 1.481 × 10⁻⁴ K⁻¹. Q = 8.314 × 2.402/1.481 × 10⁻⁴ = 134.8 kJ/mol, option (B).",
    forms=("mcq_options", "inverse", "two_step"),
)
def h23a_diffusion_06():
    """The diffusion coefficient of a solute is 4.8 × 10⁻¹⁴ m²/s at 500 °C and 5.3 × 10⁻¹³ m²/s at 600 °C. The activation energy for diffusion is closest to
    (A) 67 kJ/mol (B) 135 kJ/mol (C) 252 kJ/mol (D) 310 kJ/mol"""
    q = R_GAS * math.log(5.3e-13 / 4.8e-14) / (1 / kelvin(500) - 1 / kelvin(600))
    return pick_option(
        q, [Q_(67, "kJ/mol"), Q_(135, "kJ/mol"), Q_(252, "kJ/mol"), Q_(310, "kJ/mol")]
    )


@item(
    S,
    "diffusion",
    "dimensionless",
    "D = D₀ exp(−Q_d/RT) (Callister eq. 5.8, table 5.2 form)",
    decimals=2,
    solution="1500 °F = 815.6 °C = 1088.7 K. Q/RT = 211000/(8.314 × 1088.7) = 23.31. D = 7.8 × 10⁻⁵ × e^(−23.31) = 5.9 × 10⁻¹⁵ m²/s. log₁₀ D = −14.23.",
    forms=("us_units", "answer_format", "two_step"),
)
def h23a_diffusion_07():
    """For self-diffusion of copper, D₀ = 7.8e-5 m²/s and Q = 211 kJ/mol. An annealing furnace runs at 1500 °F. Give log10 of D (D in m²/s), to two decimals."""
    t = Q_(1500, "degF").to("K")
    d = Q_(7.8e-5, "m**2/s") * math.exp(-num(Q_(211, "kJ/mol") / (R_GAS * t)))
    return math.log10(num(d / Q_(1, "m**2/s")))


@item(
    S,
    "diffusion",
    "hour",
    "equal case depth: Dt = const, with D = D₀ exp(−Q/RT) (Callister eq. 5.6b and example 5.x)",
    rel_tol=0.03,
    solution="D(1000 °C)/D(900 °C) = exp[(148000/8.314)(1/1173.15 − 1/1273.15)] = exp(1.192) = 3.29. Same depth needs t = 10/3.29 = 3.04 h, so 10 − 3.04 = 6.96 h are saved. D₀ cancels.",
    forms=("number_words", "change_ask", "distractor", "multi_step", "story"),
)
def h23a_diffusion_08():
    """A shop carburizes gears at 900 °C; reaching the required case depth takes ten hours. For carbon in γ-iron D₀ = 2.3 × 10⁻⁵ m²/s and Q = 148 kJ/mol. If the furnace is run at 1000 °C instead, how many hours shorter is the treatment for the same case depth?"""
    q = Q_(148, "kJ/mol")
    ratio = math.exp(-num(q / R_GAS * (1 / kelvin(1000) - 1 / kelvin(900))))  # D(1000)/D(900)
    t1 = Q_(10, "hour")
    return t1 - t1 / ratio


@item(
    S,
    "diffusion",
    "mm",
    "x ∝ √(Dt) at fixed temperature (Callister eq. 5.6b)",
    solution="x ∝ √t, so x = 0.6 mm × √2.5 = 0.949 mm.",
    forms=("number_words", "one_step"),
)
def h23a_diffusion_09():
    """After 4 h of nitriding at a fixed temperature the case is 0.6 mm deep. How deep will it be if the treatment lasts two and a half times as long?"""
    return Q_(0.6, "mm") * math.sqrt(2.5)


# ---------------------------------------------------------------- mechanical properties


@item(
    S,
    "mechanical_properties",
    "dimensionless",
    "engineering strain ε = Δl/l₀ (Callister eq. 6.2) vs true strain ε_T = ln(l/l₀) (Callister eq. 6.16)",
    solution="Engineering strain ε = (62 − 50)/50 = 0.24; true strain ε_T = ln(62/50) = 0.215.",
    forms=("two_reading", "one_step"),
)
def h23a_mechanical_properties_01():
    """A bar 50 mm long is stretched uniformly to 62 mm. What is the strain?"""
    l0, l1 = Q_(50, "mm"), Q_(62, "mm")
    return {"engineering strain": (l1 - l0) / l0, "true strain": math.log(num(l1 / l0))}


@item(
    S,
    "mechanical_properties",
    "mm",
    "Hooke's law σ = Eε (Callister eq. 6.5); E(steel) = 207 GPa (Callister table 6.1)",
    rel_tol=0.05,
    solution="A = π(5 mm)² = 78.54 mm², σ = 15000/78.54 = 191.0 MPa. ε = 191.0/207000 = 9.23 × 10⁻⁴. Δl = 1000 mm × 9.23 × 10⁻⁴ = 0.92 mm.",
    forms=("known_datum", "two_step", "story"),
)
def h23a_mechanical_properties_02():
    """A steel tie rod, 1 m long and 10 mm in diameter, carries a tensile load of 15 kN. How much does it stretch (in mm)? The deformation stays elastic."""
    area = math.pi * Q_(10, "mm") ** 2 / 4
    stress = Q_(15, "kN") / area
    return Q_(1, "m") * stress / Q_(207, "GPa")


@item(
    S,
    "mechanical_properties",
    "um",
    "Poisson's ratio ε_x = −νε_z with σ = F/A₀, ε_z = σ/E (Callister eqs. 6.1, 6.5, 6.8)",
    solution="A₀ = π(0.5 in)²/4 = 0.19635 in²; σ = 3000/0.19635 = 15280 psi = 105.3 MPa. ε_z = 105.3/69000 = 1.527 × 10⁻³; ε_x = −0.33 × 1.527 × 10⁻³ = −5.04 × 10⁻⁴. Δd = 5.04 × 10⁻⁴ × 12.7 mm = 6.40 × 10⁻³ mm = 6.4 µm decrease.",
    forms=("us_units", "change_ask", "multi_step", "unit_other_than_givens"),
)
def h23a_mechanical_properties_03():
    """A cylindrical aluminum specimen 0.500 in. in diameter is pulled elastically in tension by a 3000 lbf load. E = 69 GPa and ν = 0.33. By how much does the diameter decrease? Answer in micrometers."""
    d0 = Q_(0.500, "inch")
    stress = Q_(3000, "lbf") / (math.pi * d0**2 / 4)
    eps_z = stress / Q_(69, "GPa")
    return 0.33 * eps_z * d0


@item(
    S,
    "mechanical_properties",
    "MPa",
    "TS(MPa) ≈ 3.45 × HB for steels (Callister eq. 6.20a)",
    solution="TS ≈ 3.45 × 250 = 862.5 MPa, option (C) 863 MPa.",
    forms=("mcq_options", "one_step"),
)
def h23a_mechanical_properties_04():
    """A steel has a Brinell hardness of 250 HB. Its tensile strength is approximately
    (A) 500 MPa (B) 725 MPa (C) 863 MPa (D) 1250 MPa"""
    ts = 3.45 * 250 * Q_(1, "MPa")
    return pick_option(ts, [Q_(500, "MPa"), Q_(725, "MPa"), Q_(863, "MPa"), Q_(1250, "MPa")])


@item(
    S,
    "mechanical_properties",
    "dimensionless",
    "Hooke's law σ = Eε holds only below the yield strength (Callister section 6.3)",
    refuse="The applied 600 MPa exceeds the 345 MPa yield strength, so Hooke's law does not apply; the total strain needs the plastic flow curve (e.g. K and n), which is not given.",
    solution="600 MPa is well above the yield strength of 345 MPa, so the brass deforms plastically; ε = σ/E would be the elastic relation used outside its range. Without the stress–strain curve (or K and n) the total strain cannot be found. The question must be refused.",
    forms=("refuse_outside_validity", "one_step", "textbook"),
)
def h23a_mechanical_properties_05():
    """A brass specimen has E = 97 GPa and a yield strength of 345 MPa. What total strain does it experience when a tensile stress of 600 MPa is applied?"""
    return None


@item(
    S,
    "mechanical_properties",
    "ksi",
    "Hollomon relation σ_T = K ε_Tⁿ (Callister eq. 6.19)",
    solution="σ_T = 630 MPa × 0.15^0.21 = 630 × 0.6714 = 423.0 MPa = 61.3 ksi. E and the yield strength are not needed.",
    forms=(
        "data_block",
        "decimal_comma",
        "distractor",
        "one_step",
        "unit_other_than_givens",
        "chat",
    ),
)
def h23a_mechanical_properties_06():
    """can you get the true stress (in ksi) needed to reach a true strain of 0,15 for this alloy?
    **K** = 630 MPa, **n** = 0,21, **E** = 110 GPa, **σ_y** = 280 MPa"""
    return Q_(630, "MPa") * 0.15**0.21


@item(
    S,
    "mechanical_properties",
    "psi",
    "modulus of resilience U_r = σ_y²/2E (Callister eq. 6.14)",
    solution="U_r = (550 × 10⁶)²/(2 × 207 × 10⁹) = 7.31 × 10⁵ J/m³ = 0.731 MPa = 106 in·lbf/in³.",
    forms=("one_step", "unit_other_than_givens", "us_units"),
)
def h23a_mechanical_properties_07():
    r"""A spring steel has $\sigma_y = 550$ MPa and $E = 207$ GPa. Compute its modulus of resilience in in·lb$_f$/in$^3$."""
    sy, e = Q_(550, "MPa"), Q_(207, "GPa")
    return sy**2 / (2 * e)


@item(
    S,
    "mechanical_properties",
    "percent",
    "percent elongation %EL = (l_f − l₀)/l₀ × 100 (Callister eq. 6.11)",
    abs_tol=0.5,
    solution="%EL = (2.62 − 2.00)/2.00 × 100 = 31 %. The diameters (for %RA) are not needed.",
    forms=("us_units", "distractor", "answer_format", "one_step"),
)
def h23a_mechanical_properties_08():
    """A tensile specimen with a 0.505 in. diameter and a 2.00 in. gauge length breaks with a final gauge length of 2.62 in.; the diameter at fracture is 0.350 in. What is the ductility in percent elongation, to the nearest integer?"""
    return Q_(100 * (2.62 - 2.00) / 2.00, "percent")


@item(
    S,
    "mechanical_properties",
    "GPa",
    "isotropic elasticity E = 2G(1 + ν) (Callister eq. 6.9)",
    solution="G = E/[2(1 + ν)] = 110/(2 × 4/3) = 41.25 GPa.",
    forms=("number_words", "inverse", "one_step"),
)
def h23a_mechanical_properties_09():
    """A titanium alloy has Young's modulus 110 GPa and Poisson's ratio one-third. Estimate its shear modulus."""
    return Q_(110, "GPa") / (2 * (1 + 1 / 3))


# ---------------------------------------------------------------- failure


@item(
    S,
    "failure",
    "MPa",
    "K_Ic = Yσ√(πa) (Callister eq. 8.5)",
    solution="σ_c = K_Ic/(Y√(πa)) = 26/(1.0 × √(π × 0.002)) = 26/0.07927 = 328 MPa.",
    forms=("tex", "one_step"),
)
def h23a_failure_01():
    r"""A plate of an aluminum alloy with $K_{Ic} = 26\ \mathrm{MPa\sqrt{m}}$ contains a surface crack of depth $a = 2\ \mathrm{mm}$. Taking $Y = 1.0$, at what applied stress will it fracture?"""
    return Q_(26, "MPa*m**0.5") / (1.0 * (math.pi * Q_(2, "mm")) ** 0.5)


@item(
    S,
    "failure",
    "MPa",
    "K_Ic = Yσ√(πa) with Y = 1.12 for an edge crack in a wide plate (Dowling ch. 8) or Y = 1 (Callister example 8.x)",
    solution="σ_c = K_Ic/(Y√(πa)), √(π × 0.003) = 0.09708 m^½. With the edge-crack factor Y = 1.12: σ_c = 50/(1.12 × 0.09708) = 460 MPa; with Y = 1: σ_c = 515 MPa.",
    forms=("two_reading", "one_step"),
)
def h23a_failure_02():
    """A wide steel plate (K_Ic = 50 MPa·m^1/2) has an edge crack 3 mm deep. What tensile stress will cause fast fracture?"""
    root = (math.pi * Q_(3, "mm")) ** 0.5
    k = Q_(50, "MPa*m**0.5")
    return {"Y = 1.12 (edge crack)": k / (1.12 * root), "Y = 1": k / root}


@item(
    S,
    "failure",
    "dimensionless",
    "Basquin relation σ_a = σ'_f (2N_f)^b (Dowling ch. 9; Callister section 8.8)",
    refuse="Fatigue life needs the S–N curve or the Basquin constants (σ'_f, b) of this steel; tensile strength, E and the shaft size do not fix them.",
    solution="The number of cycles to failure at a given stress amplitude is read from the material's S–N curve or from σ_a = σ'_f(2N_f)^b; neither the curve nor σ'_f and b are given, and 300 MPa is above the usual endurance ratio estimate, so the life is finite but undetermined. The question must be refused.",
    forms=("refuse_missing_datum", "story", "two_step"),
)
def h23a_failure_03():
    """A rotating shaft of 40 mm diameter is made of a steel with tensile strength 700 MPa and E = 205 GPa. In service it sees a fully reversed bending stress of amplitude 300 MPa. How many cycles will it survive?"""
    return None


@item(
    S,
    "failure",
    "hour",
    "Larson–Miller parameter LM = T(C + log t_r), C = 20, t in h (Callister eq. 8.24)",
    rel_tol=0.02,
    solution="T = 923.15 K. log t_r = 24000/923.15 − 20 = 25.9979 − 20 = 5.9979, t_r = 10^5.9979 = 9.95 × 10⁵ h.",
    forms=("decimal_comma", "answer_format", "inverse", "two_step"),
)
def h23a_failure_04():
    """Für eine Legierung gilt bei der Betriebsspannung LMP = 24,0·10³ (T in K, t in h, C = 20). Estimate the rupture lifetime at 650 °C, in hours, in scientific notation with two decimals."""
    t = kelvin(650)
    log_t = num(Q_(24.0e3, "K") / t) - 20
    return Q_(10**log_t, "hour")


@item(
    S,
    "failure",
    "dimensionless",
    "Paris law da/dN = A(ΔK)^m, ΔK = YΔσ√(πa), integrated for m = 3 (Callister eqs. 8.18–8.20; Dowling ch. 11)",
    rel_tol=0.03,
    solution="For m = 3: N_f = 2(a₀^−½ − a_c^−½)/[A(YΔσ√π)³]. YΔσ√π = 150 × 1.7725 = 265.9, cubed 1.879 × 10⁷. a₀^−½ − a_c^−½ = 31.62 − 10.00 = 21.62 m^−½. N_f = 2 × 21.62/(10⁻¹² × 1.879 × 10⁷) = 2.30 × 10⁶ cycles.",
    forms=("data_block", "multi_step", "chat"),
)
def h23a_failure_05():
    """Fatigue crack growth, how many cycles until failure?

    - Paris constants: A = 1.0 × 10⁻¹² (da/dN in m/cycle, ΔK in MPa√m), m = 3
    - Y = 1.0
    - stress range Δσ = 150 MPa
    - initial crack 1 mm, critical crack 10 mm"""
    a_par, m, y, ds = 1.0e-12, 3, 1.0, 150.0
    a0, ac = 1.0e-3, 10.0e-3
    return 2 * (a0**-0.5 - ac**-0.5) / (a_par * (y * ds * math.sqrt(math.pi)) ** m)


@item(
    S,
    "failure",
    "MPa",
    "stress concentration σ_m = 2σ₀√(a/ρ_t) (Callister eq. 8.1)",
    solution="Interior crack: a = 0.2 mm. σ_m = 2 × 100 × √(0.2/0.001) = 2828 MPa; it exceeds the nominal stress by 2828 − 100 = 2728 MPa. E is not needed.",
    forms=("change_ask", "distractor", "two_step"),
)
def h23a_failure_06():
    """A glass plate (E = 70 GPa) is loaded to 100 MPa and contains an internal crack 0.4 mm long with a tip radius of 1 µm. By how much does the maximum stress at the crack tip exceed the nominal applied stress, in MPa?"""
    a, rho = Q_(0.4, "mm") / 2, Q_(1, "um")
    s0 = Q_(100, "MPa")
    sm = 2 * s0 * num(a / rho) ** 0.5
    return sm - s0


@item(
    S,
    "failure",
    "mm",
    "a_c = (1/π)(K_Ic/Yσ)² (Callister eq. 8.7)",
    solution="a_c = (1/π)(40/300)² = (1/π) × 0.01778 = 5.66 × 10⁻³ m = 5.7 mm, option (B).",
    forms=("mcq_options", "inverse", "one_step"),
)
def h23a_failure_07():
    """A component made of steel with K_Ic = 40 MPa√m operates at 300 MPa. For a surface crack with Y = 1.0, the maximum allowable crack depth is
    (A) 1.8 mm  (B) 5.7 mm  (C) 11.3 mm  (D) 17.8 mm"""
    ac = (Q_(40, "MPa*m**0.5") / (1.0 * Q_(300, "MPa"))) ** 2 / math.pi
    return pick_option(ac, [Q_(1.8, "mm"), Q_(5.7, "mm"), Q_(11.3, "mm"), Q_(17.8, "mm")])


@item(
    S,
    "failure",
    "kN",
    "fatigue ratio σ_e ≈ 0.5 TS for steels (Callister section 8.8; Shigley)",
    solution="σ_e ≈ ½ × 860 = 430 MPa. A = π(6 mm)² = 113.1 mm². F = 430 × 113.1 = 48.6 kN.",
    forms=("number_words", "two_step", "story"),
)
def h23a_failure_08():
    """The endurance limit of a steel is roughly one half of its tensile strength, here 860 MPa. What is the largest fully reversed axial load amplitude a 12 mm diameter bar can carry indefinitely, in kN?"""
    se = 0.5 * Q_(860, "MPa")
    return se * math.pi * Q_(12, "mm") ** 2 / 4


# ---------------------------------------------------------------- phase diagrams


@item(
    S,
    "phase_diagrams",
    "percent",
    "lever rule W_α = (C_β − C₀)/(C_β − C_α) (Callister eq. 9.1b)",
    solution="W_α = (98 − 40)/(98 − 11) = 58/87 = 0.667 = 66.7 %.",
    forms=("data_block", "one_step"),
)
def h23a_phase_diagrams_01():
    """Given: Pb–Sn alloy, C₀ = 40 wt% Sn, held at 150 °C. The α phase contains 11 wt% Sn and the β phase 98 wt% Sn.
    Find: the mass fraction of α, in percent."""
    return Q_(100 * (98 - 40) / (98 - 11), "percent")


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "lever rule on the Fe–Fe₃C diagram, W_α' = (0.76 − C₀)/(0.76 − 0.022) (Callister eq. 9.20)",
    rel_tol=0.03,
    solution="Eutectoid at 0.76 wt% C, ferrite at 0.022 wt% C. W_α' = (0.76 − 0.35)/(0.76 − 0.022) = 0.41/0.738 = 0.556.",
    forms=("known_datum", "one_step", "textbook"),
)
def h23a_phase_diagrams_02():
    """What mass fraction of proeutectoid ferrite forms in a 0.35 wt% C plain carbon steel cooled slowly from the austenite region?"""
    return (0.76 - 0.35) / (0.76 - 0.022)


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Gibbs phase rule F = C − P + 1 at constant pressure (Callister eq. 9.16)",
    abs_tol=0.5,
    solution="At fixed pressure F = C − P + 1 = 3 − 2 + 1 = 2.",
    forms=("number_words", "one_step"),
)
def h23a_phase_diagrams_03():
    """In a ternary alloy system held at one atmosphere, two phases coexist in equilibrium. How many degrees of freedom remain?"""
    return 3 - 2 + 1


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "lever rule W_L = (C₀ − C_α)/(C_L − C_α) (Callister eq. 9.2)",
    refuse="Contradictory givens: the overall composition 45 wt% B lies outside the α–L tie line (52–78 wt% B), so the alloy cannot be in that two-phase field; the lever rule would give a negative fraction.",
    solution="For a two-phase α + L state C₀ must lie between C_α = 52 and C_L = 78 wt% B; 45 wt% B does not, and the lever rule gives W_L = (45 − 52)/(78 − 52) = −0.27. The givens contradict each other and the question must be refused.",
    forms=("refuse_contradictory", "one_step"),
)
def h23a_phase_diagrams_04():
    """An A–B alloy of 45 wt% B is held at 1100 °C in the α + L region, where the tie line gives α of 52 wt% B and liquid of 78 wt% B. What is the mass fraction of liquid?"""
    return None


@item(
    S,
    "phase_diagrams",
    "lb",
    "lever rule W_α = (C₀ − C_L)/(C_α − C_L) (Callister eq. 9.2)",
    solution="W_α = (35 − 32)/(43 − 32) = 0.2727. m_α = 0.2727 × 2.5 kg = 0.682 kg = 1.50 lb. The 40 wt% Ni alloy is not needed.",
    forms=("distractor", "us_units", "two_step", "unit_other_than_givens"),
)
def h23a_phase_diagrams_05():
    """A 2.5 kg casting of a Cu–35 wt% Ni alloy is at 1250 °C, where the liquid contains 32 wt% Ni and the α phase 43 wt% Ni. (A Cu–40 wt% Ni alloy at the same temperature would be 73 % α.) What mass of α is present, in pounds?"""
    w_alpha = (35 - 32) / (43 - 32)
    return w_alpha * Q_(2.5, "kg")


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "pearlite fraction in a hypereutectoid steel W_p = (6.70 − C₁)/(6.70 − 0.76) (Callister eq. 9.22)",
    solution="W_p = (6.70 − 1.00)/(6.70 − 0.76) = 5.70/5.94 = 0.96, option (C).",
    forms=("mcq_options", "one_step"),
)
def h23a_phase_diagrams_06():
    """A 1.00 wt% C steel is slowly cooled to just below the eutectoid temperature (eutectoid 0.76 wt% C, cementite 6.70 wt% C). The mass fraction of pearlite is
    (A) 0.04 (B) 0.50 (C) 0.96 (D) 1.00"""
    wp = (6.70 - 1.00) / (6.70 - 0.76)
    return pick_option(wp, [0.04, 0.50, 0.96, 1.00])


@item(
    S,
    "phase_diagrams",
    "percent",
    "mass to volume fraction V_α = (W_α/ρ_α)/(W_α/ρ_α + W_β/ρ_β) (Callister eq. 9.6a)",
    solution="W_α = 2/3, W_β = 1/3. V_α = (0.6667/10.2)/(0.6667/10.2 + 0.3333/7.3) = 0.06536/(0.06536 + 0.04566) = 0.589 = 58.9 %.",
    forms=("number_words", "answer_format", "two_step"),
)
def h23a_phase_diagrams_07():
    """Two-thirds of the mass of a Pb–Sn alloy is α (density 10.2 g/cm³) and the rest is β (density 7.3 g/cm³). What is the volume fraction of α, as a percentage?"""
    va = Q_(2 / 3, "g") / Q_(10.2, "g/cm**3")
    vb = Q_(1 / 3, "g") / Q_(7.3, "g/cm**3")
    return Q_(100 * num(va / (va + vb)), "percent")


@item(
    S,
    "phase_diagrams",
    "percent",
    "pearlite fraction in a hypoeutectoid steel W_p = (C₀ − 0.022)/(0.76 − 0.022) (Callister eq. 9.20)",
    solution="W_p = (C₀ − 0,022)/(0,76 − 0,022). For 0.45: 0.428/0.738 = 0.580; for 0.25: 0.228/0.738 = 0.309. The difference is 0.20/0.738 = 0.271, i.e. 27.1 percentage points.",
    forms=("decimal_comma", "change_ask", "two_step"),
)
def h23a_phase_diagrams_08():
    """Zwei Stähle / two steels, 0,25 und 0,45 Gew.-% C, are cooled slowly. Take the eutectoid at 0,76 wt% C and the ferrite solubility as 0,022 wt% C. How many percentage points more pearlite does the 0,45 % C steel contain?"""

    def wp(c0: float) -> float:
        return (c0 - 0.022) / (0.76 - 0.022)

    return Q_(100 * (wp(0.45) - wp(0.25)), "percent")


# ---------------------------------------------------------------- transformations & kinetics


@item(
    S,
    "transformations_kinetics",
    "s",
    "Avrami equation y = 1 − exp(−ktⁿ) (Callister eq. 10.17)",
    solution="k = ln 2/100^2.5 = 0.6931/10⁵ = 6.93 × 10⁻⁶ s^−2.5. For y = 0.9: t = (ln 10/k)^(1/2.5) = (3.322 × 10⁵)^0.4 = 162 s.",
    forms=("inverse", "multi_step", "textbook"),
)
def h23a_transformations_kinetics_01():
    """A transformation obeys the Avrami equation with n = 2.5. Half of the material has transformed after 100 s. How long does it take to reach 90 % transformation?"""
    n = 2.5
    k = math.log(2) / 100**n
    return Q_((math.log(10) / k) ** (1 / n), "s")


@item(
    S,
    "transformations_kinetics",
    "angstrom",
    "critical radius r* = −2γT_m/(ΔH_f ΔT) (Callister eq. 10.6)",
    solution="r* = 2 × 0.177 × 1358/(1.628 × 10⁹ × 236) = 480.7/3.842 × 10¹¹ = 1.25 × 10⁻⁹ m = 12.5 Å.",
    forms=("tex", "one_step", "unit_other_than_givens"),
)
def h23a_transformations_kinetics_02():
    r"""For the solidification of copper, $\gamma = 0.177\ \mathrm{J\,m^{-2}}$, $\Delta H_f = -1.628\times10^{9}\ \mathrm{J\,m^{-3}}$ and $T_m = 1085\,^{\circ}\mathrm{C}$. Compute the critical nucleus radius $r^*$ for homogeneous nucleation at an undercooling $\Delta T = 236\ \mathrm{K}$, in Å."""
    gamma, dh = Q_(0.177, "J/m**2"), Q_(1.628e9, "J/m**3")
    tm = Q_(1085 + 273, "K")
    return 2 * gamma * tm / (dh * Q_(236, "K"))


@item(
    S,
    "transformations_kinetics",
    "percent",
    "ΔG* = 16πγ³T_m²/(3ΔH_f²ΔT²) ∝ 1/ΔT² (Callister eq. 10.7)",
    solution="ΔG* ∝ 1/ΔT², so ΔG*(150 K)/ΔG*(100 K) = (100/150)² = 0.444; ΔG* decreases by 55.6 %. γ, ΔH_f and T_m cancel.",
    forms=("change_ask", "distractor", "answer_format", "one_step"),
)
def h23a_transformations_kinetics_03():
    """For homogeneous nucleation of solid nickel (γ = 0.255 J/m², ΔH_f = −2.53 × 10⁹ J/m³, T_m = 1455 °C), by what percentage does the activation free energy ΔG* decrease when the undercooling is raised from 100 K to 150 K?"""
    return Q_(100 * (1 - (100 / 150) ** 2), "percent")


@item(
    S,
    "transformations_kinetics",
    "s",
    "Avrami equation y = 1 − exp(−ktⁿ) (Callister eq. 10.17)",
    refuse="Contradictory givens: the transformed fraction cannot fall from 30 % at 50 s to 20 % at 80 s at constant temperature, so no Avrami k and n (k > 0) fit the data.",
    solution="The fraction transformed is nondecreasing in time; 30 % at 50 s and 20 % at 80 s contradict each other (fitting them would need a negative exponent n). The question must be refused.",
    forms=("refuse_contradictory", "multi_step", "data_block"),
)
def h23a_transformations_kinetics_04():
    """Isothermal recrystallization data at 600 °C: 30 % recrystallized after 50 s, 20 % recrystallized after 80 s. Using the Avrami equation, find the time for 95 % recrystallization."""
    return None


@item(
    S,
    "transformations_kinetics",
    "hour",
    "rate = 1/t₀.₅ = A exp(−Q/RT) (Callister eq. 10.18)",
    rel_tol=0.03,
    solution="Q = R ln(60/4.5)/(1/573.15 − 1/623.15) = 8.314 × 2.590/1.400 × 10⁻⁴ = 153.8 kJ/mol. At 275 °C: t = 60 min × exp[(Q/R)(1/548.15 − 1/573.15)] = 60 × exp(1.473) = 262 min = 4.36 h.",
    forms=("multi_step", "inverse", "unit_other_than_givens", "story"),
)
def h23a_transformations_kinetics_05():
    """Cold-worked brass is 50 % recrystallized after 60 min at 300 °C and after 4.5 min at 350 °C. Assuming Arrhenius kinetics for the rate 1/t₀.₅, how many hours would 50 % recrystallization take at 275 °C?"""
    t1, t2 = Q_(60, "min"), Q_(4.5, "min")
    q_over_r = math.log(num(t1 / t2)) / (1 / kelvin(300) - 1 / kelvin(350))
    return t1 * math.exp(num(q_over_r * (1 / kelvin(275) - 1 / kelvin(300))))


@item(
    S,
    "transformations_kinetics",
    "um",
    "grain growth dⁿ − d₀ⁿ = Kt with n = 2 (Callister eq. 7.9)",
    solution="K = (30² − 10²)/500 = 1.6 µm²/min. At 2000 min: d² = 100 + 1.6 × 2000 = 3300 µm², d = 57.4 µm, option (B).",
    forms=("mcq_options", "multi_step"),
)
def h23a_transformations_kinetics_06():
    """Parabolic grain growth (n = 2): grains grow from 10 µm to 30 µm in 500 min at 700 °C. What will the grain diameter be after 2000 min at 700 °C?
    (A) 45.0 µm (B) 57.4 µm (C) 60.0 µm (D) 120 µm"""
    d0, d1 = Q_(10, "um"), Q_(30, "um")
    k = (d1**2 - d0**2) / Q_(500, "min")
    d = (d0**2 + k * Q_(2000, "min")) ** 0.5
    return pick_option(d, [Q_(45.0, "um"), Q_(57.4, "um"), Q_(60.0, "um"), Q_(120, "um")])


@item(
    S,
    "transformations_kinetics",
    "s",
    "Avrami equation y = 1 − exp(−ktⁿ) at two fractions (Callister eq. 10.17)",
    solution="t_y/t_0.5 = [ln(1/(1 − y))/ln 2]^(1/n). For y = 0.99, n = 3: (4.605/0.6931)^(1/3) = 6.644^(1/3) = 1.880. t = 15 min × 1.880 = 28.2 min = 1692 s.",
    forms=("number_words", "two_step", "unit_other_than_givens"),
)
def h23a_transformations_kinetics_07():
    """Pearlite forms isothermally following Avrami kinetics with n = 3. It takes a quarter of an hour to reach 50 % pearlite. How many seconds to reach 99 %?"""
    t_half = Q_(0.25, "hour")
    return t_half * (math.log(100) / math.log(2)) ** (1 / 3)


@item(
    S,
    "transformations_kinetics",
    "percent",
    "Avrami equation y = 1 − exp(−ktⁿ) (Callister eq. 10.17)",
    solution="ktⁿ = 3.2 × 10⁻⁴ × 60^1.7 = 3.2 × 10⁻⁴ × 1053.7 = 0.3372. y = 1 − e^(−0.3372) = 0.286 = 28.6 %.",
    forms=("decimal_comma", "data_block", "answer_format", "one_step"),
)
def h23a_transformations_kinetics_08():
    """What fraction has transformed after one minute, as a percentage? Avrami data (t in s): k = 3,2E-4, n = 1,7."""
    y = 1 - math.exp(-3.2e-4 * 60**1.7)
    return Q_(100 * y, "percent")
