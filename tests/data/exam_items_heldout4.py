"""Set heldout4 (set E) of the blind exam set: 120 questions over the 14 topics of a qualifying exam.

Written by a question writer who did not read the answer engine, the checker or the solver's output;
the earlier sets were read for their format only, and no question or set of numbers is taken from
them. Each key is computed in the function body with pint quantities (a unit slip raises when the
builder converts the result to the item's unit); ``solution`` is the worked solution in words and
``forms`` says how the question is written. A question with two standard readings returns a dict of
them; a question that cannot be answered (missing data, an ambiguous unit or substance, or a
non-numeric ask) returns None and says why.
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
from scipy.constants import Stefan_Boltzmann
from scipy.optimize import brentq
from scipy.special import erf, erfinv

S = "heldout4"

SIGMA_SB = Q_(Stefan_Boltzmann, "W/(m**2*K**4)")

# standard atomic weights (g/mol) used by the polymer, ceramic and corrosion items
A_H, A_C, A_O, A_F, A_CL = 1.008, 12.011, 15.999, 18.998, 35.45


def two_theta(d: object, wavelength: object) -> object:
    """The Bragg angle 2θ (degrees) of a first-order reflection of spacing ``d``."""
    return Q_(2 * math.degrees(math.asin(num(wavelength / (2 * d)))), "degree")


# ---------------------------------------------------------------- crystallography & X-ray diffraction


@item(
    S,
    "crystallography_xrd",
    "kg/m**3",
    "FCC a = 2√2 R; ρ = nA/(V_C N_A) with n = 4 (Callister ch. 3)",
    solution="a = 2√2 · 0.1246 nm = 0.35242 nm; V_C = a³ = 4.377×10⁻²⁹ m³; ρ = 4 · 58.69×10⁻³ kg/mol/(4.377×10⁻²⁹ m³ · 6.022×10²³ mol⁻¹) = 8.91×10³ kg/m³.",
    forms=("tex", "unit_form"),
)
def h4_cryst_01():
    r"""Nickel crystallises in the face-centred cubic structure. Its atomic radius is $0.1246 \mathrm{~nm}$ and its atomic weight $58.69 \mathrm{~g} \mathrm{~mol}^{-1}$. Calculate the theoretical density of nickel in $\mathrm{~kg} \mathrm{~m}^{-3}$."""
    a = 2 * math.sqrt(2) * Q_(0.1246, "nm")
    return 4 * Q_(58.69, "g/mol") / (a**3 * AVOGADRO)


@item(
    S,
    "crystallography_xrd",
    "degree",
    "diamond-cubic reflections: h,k,l all odd, or all even with h+k+l = 4n; Bragg's law (Cullity)",
    solution="In the diamond structure the allowed reflections in order are 111, 220, 311, ...; the second is 220. d₂₂₀ = 5.658/√8 = 2.0004 Å; sin θ = 1.5406/(2 · 2.0004) = 0.3851, θ = 22.65°, 2θ = 45.30°.",
    forms=("multi_step", "unicode"),
)
def h4_cryst_02():
    """Germanium has the diamond cubic structure with a lattice parameter of 5.658 Å. A powder pattern is recorded with Cu Kα radiation (λ = 1.5406 Å). At what diffraction angle 2θ does the second peak of the pattern (counting from low angles) appear?"""
    d220 = Q_(5.658, "angstrom") / math.sqrt(8)
    return two_theta(d220, Q_(1.5406, "angstrom"))


@item(
    S,
    "crystallography_xrd",
    "degree",
    "hexagonal spacing 1/d² = 4(h²+hk+k²)/(3a²) + l²/c²; Bragg's law (Cullity)",
    solution="1/d² = (4/3)(1)/2.665² + 1/4.947² = 0.18774 + 0.04086 = 0.22860 Å⁻², d₁₀₁ = 2.0915 Å; sin θ = 1.5406/(2 · 2.0915) = 0.3683, θ = 21.61°, 2θ = 43.22°.",
    forms=("unicode", "multi_step"),
)
def h4_cryst_03():
    """Zinc is hexagonal close-packed with a = 2.665 Å and c = 4.947 Å. Using Cu Kα radiation of wavelength 1.5406 Å, compute the 2θ position of the (10·1) reflection, i.e. h = 1, k = 0, l = 1."""
    a, c = Q_(2.665, "angstrom"), Q_(4.947, "angstrom")
    inv_d2 = 4 / 3 * (1 + 0 + 0) / a**2 + 1 / c**2
    return two_theta(1 / inv_d2**0.5, Q_(1.5406, "angstrom"))


@item(
    S,
    "crystallography_xrd",
    "1/m**2",
    "BCC (110) planar density: 2 atoms on a rectangle a × a√2, a = 4R/√3 (Callister §3.11)",
    solution="a = 4 · 0.1371/√3 = 0.31662 nm; the (110) plane of the cell is a × a√2 = 0.14177 nm² and holds 2 atoms; PD = 2/0.14177 nm² = 14.11 nm⁻² = 1.411×10¹⁹ m⁻².",
    forms=("unicode", "unit_form"),
)
def h4_cryst_04():
    """Tungsten is body-centred cubic with an atomic radius of 0.1371 nm. Compute the planar density of the (110) plane, expressed in atoms per m²."""
    a = 4 * Q_(0.1371, "nm") / math.sqrt(3)
    return 2 / (a * a * math.sqrt(2))


@item(
    S,
    "crystallography_xrd",
    "pm",
    "FCC tetrahedral interstice: r = (√(3/2) − 1) R = 0.225 R",
    solution="In FCC the tetrahedral site lies a√3/4 from its neighbours, with a = 2√2 R, so r + R = √6 R/2 and r = 0.2247 R = 0.2247 · 137.6 pm = 30.9 pm. The melting point and modulus are not needed.",
    forms=("distractor", "unit_form"),
)
def h4_cryst_05():
    """Palladium (FCC, atomic radius 0.1376 nm, melting point 1555 °C, Young's modulus 121 GPa) can absorb hydrogen into its interstices. Calculate the radius of the largest sphere that fits in a tetrahedral interstitial site of the palladium lattice without distorting it. Give the result in picometres."""
    big_r = Q_(0.1376, "nm")
    return (math.sqrt(1.5) - 1) * big_r


@item(
    S,
    "crystallography_xrd",
    "nm",
    "BCC tetrahedral site at (½, ¼, 0): r + R = a√5/4 with a = 4R/√3",
    solution="a = 4 · 0.124/√3 = 0.28637 nm; the site's nearest atoms, e.g. those at (0, 0, 0) and (½, ½, ½), lie a√5/4 = 0.16007 nm away, so r = 0.16007 − 0.124 = 0.0361 nm.",
    forms=("sig_figs", "unicode"),
)
def h4_cryst_06():
    """In body-centred cubic α-iron (atomic radius R = 0.124 nm) the tetrahedral interstitial site lies at the position (½, ¼, 0) of the unit cell. Compute the radius of the largest sphere that can sit in this site without pushing the iron atoms apart. Give your answer in nm to 3 significant figures."""
    big_r = Q_(0.124, "nm")
    a = 4 * big_r / math.sqrt(3)
    return a * math.sqrt(5) / 4 - big_r


@item(
    S,
    "crystallography_xrd",
    "degree",
    "simple cubic: every hkl reflects; in order 100, 110, 111; Bragg's law",
    solution="In simple cubic all hkl reflect, so the third line is 111 (h²+k²+l² = 3). d₁₁₁ = 3.359/√3 = 1.9393 Å; sin θ = 1.5406/(2 · 1.9393) = 0.3972, θ = 23.40°, 2θ = 46.81°.",
    forms=("multi_step", "unicode"),
)
def h4_cryst_07():
    """α-Polonium is one of the very few elements with a simple cubic structure; its lattice parameter is 3.359 Å. Predict the 2θ angle of the third diffraction line (in order of increasing angle) when the powder is examined with X-rays of λ = 1.5406 Å."""
    d111 = Q_(3.359, "angstrom") / math.sqrt(3)
    return two_theta(d111, Q_(1.5406, "angstrom"))


@item(
    S,
    "crystallography_xrd",
    "nm",
    "Bragg's law λ = 2d sin θ with d₂₀₀ = a/2",
    solution="d₂₀₀ = 0.3924/2 = 0.1962 nm; θ = 53.6°/2 = 26.8°; λ = 2 · 0.1962 · sin 26.8° = 0.1769 nm.",
    forms=("plain",),
)
def h4_cryst_08():
    """Platinum is FCC with a lattice parameter of 0.3924 nm. In a diffractometer fitted with an X-ray tube of unknown anode, the 200 reflection of a platinum standard appears at 2θ = 53.6°. What is the wavelength of the radiation, in nm?"""
    d200 = Q_(0.3924, "nm") / 2
    return 2 * d200 * math.sin(math.radians(53.6 / 2))


@item(
    S,
    "crystallography_xrd",
    None,
    "ρ = nA/(V_C N_A) needs n, the number of atoms per unit cell",
    refuse="the crystal structure (simple, body-centred or face-centred cubic) is not stated, so the number of atoms per unit cell, and hence the density, is unknown",
    solution="ρ = nA/(a³N_A): n is not given (1, 2 or 4 for SC, BCC, FCC).",
    forms=("must_refuse",),
)
def h4_cryst_09():
    """A hypothetical metal with an atomic weight of 77.4 g/mol has a cubic unit cell with a lattice parameter of 0.356 nm. Calculate its theoretical density in g/cm³."""
    return None


# ---------------------------------------------------------------- defects (point defects, grain size)


@item(
    S,
    "defects",
    "1/m**3",
    "N_v = N exp(−Q_v/kT), N = N_A ρ/A (Callister eq. 4.1)",
    solution="N = 6.022×10²³ · 10.2 g/cm³/107.87 g/mol = 5.694×10²² cm⁻³ = 5.694×10²⁸ m⁻³; Q_v/kT = 1.10/(8.617×10⁻⁵ · 1123.15) = 11.366; N_v = 5.694×10²⁸ · e^−11.366 = 6.62×10²³ m⁻³.",
    forms=("tex", "multi_step"),
)
def h4_def_01():
    r"""Estimate the equilibrium number of vacancies per cubic metre in silver at $850^{\circ} \mathrm{C}$. Take the vacancy formation energy as $1.10 \mathrm{~eV} / \mathrm{atom}$, the density of silver at that temperature as $10.2 \mathrm{~g} / \mathrm{cm}^{3}$ and its atomic weight as $107.87 \mathrm{~g} / \mathrm{mol}$."""
    n_sites = AVOGADRO * Q_(10.2, "g/cm**3") / Q_(107.87, "g/mol")
    qv = Q_(1.10, "eV")
    return n_sites * math.exp(-num(qv / (K_BOLTZ * kelvin(850))))


@item(
    S,
    "defects",
    "dimensionless",
    "vacancy site fraction N_v/N = exp(−Q_v/RT) with Q_v per mole",
    solution="Q_v/RT = 105 000/(8.314 · 1023.15) = 12.343; N_v/N = e^−12.343 = 4.36×10⁻⁶.",
    forms=("spaced_thousands", "unicode"),
)
def h4_def_02():
    """The enthalpy of vacancy formation in a metal is 105 000 J per mole of vacancies. What fraction of the lattice sites is vacant at 750 °C?"""
    return math.exp(-num(Q_(105_000, "J/mol") / (R_GAS * kelvin(750))))


@item(
    S,
    "defects",
    "dimensionless",
    "ratio of vacancy concentrations exp[(Q_v/k)(1/T₁ − 1/T₂)]",
    solution="(Q_v/k)(1/T₁ − 1/T₂) = (1.10/8.617×10⁻⁵)(1/773.15 − 1/973.15) = 12 765 · 2.658×10⁻⁴ = 3.393; the ratio is e^3.393 = 29.8.",
    forms=("multi_step",),
)
def h4_def_03():
    """For a metal with a vacancy formation energy of 1.10 eV, by what factor does the equilibrium vacancy concentration increase when the temperature is raised from 500 °C to 700 °C? Neglect the thermal expansion of the lattice."""
    qv = Q_(1.10, "eV")
    t1, t2 = kelvin(500), kelvin(700)
    return math.exp(num(qv / K_BOLTZ * (1 / t1 - 1 / t2)))


@item(
    S,
    "defects",
    "1/cm**3",
    "Schottky pairs n_s = N exp(−Q_s/2kT), N = N_A ρ/M of formula units (Callister §4.3)",
    solution="N = 6.022×10²³ · 2.75/119.00 = 1.392×10²² cm⁻³; Q_s/2kT = 2.5/(2 · 8.617×10⁻⁵ · 923.15) = 15.714; n_s = 1.392×10²² · e^−15.714 = 2.1×10¹⁵ cm⁻³. The lattice parameter is not needed.",
    forms=("distractor", "unicode", "multi_step"),
)
def h4_def_04():
    """Potassium bromide (rock-salt structure, a = 0.660 nm, density 2.75 g/cm³, molar mass 119.00 g/mol) has a Schottky-defect formation energy of 2.5 eV. How many Schottky defects are there per cm³ at 650 °C?"""
    n_sites = AVOGADRO * Q_(2.75, "g/cm**3") / Q_(119.00, "g/mol")
    qs = Q_(2.5, "eV")
    return n_sites * math.exp(-num(qs / (2 * K_BOLTZ * kelvin(650))))


@item(
    S,
    "defects",
    "dimensionless",
    "Frenkel pairs n_F/N = exp(−Q_F/2kT), interstitial sites as many as anion sites (Kingery, Introduction to Ceramics)",
    solution="Q_F/2kT = 2.7/(2 · 8.617×10⁻⁵ · 1273.15) = 12.305; n_F/N = e^−12.305 = 4.5×10⁻⁶.",
    forms=("unicode",),
)
def h4_def_05():
    """In calcium fluoride the dominant point defects are anion Frenkel pairs (an F⁻ ion moved from its site into an interstitial position), with a formation energy of 2.7 eV. Taking the number of available interstitial sites equal to the number of F⁻ sites, what fraction of the F⁻ ions is displaced at 1000 °C?"""
    qf = Q_(2.7, "eV")
    return math.exp(-num(qf / (2 * K_BOLTZ * kelvin(1000))))


@item(
    S,
    "defects",
    "dimensionless",
    "ASTM E112: N = 2^(n−1) grains/in² at 100×; N₁₀₀ = N_M (M/100)² (Callister §4.10)",
    solution="N at 100× = 30 · (250/100)² = 187.5 grains/in²; n = 1 + log₂ 187.5 = 1 + 7.551 = 8.55.",
    forms=("multi_step", "unicode"),
)
def h4_def_06():
    """A metallographer photographs a polished and etched brass at a magnification of 250× and counts an average of 30 grains per square inch of the micrograph. What is the ASTM grain size number of the brass?"""
    n_100 = 30 * (250 / 100) ** 2
    return 1 + math.log2(n_100)


@item(
    S,
    "defects",
    "dimensionless",
    "ASTM E112: N = 2^(n−1) per in² at 100×; 1 in² at 100× is (25.4/100)² mm² of the specimen",
    solution="1 in² of a 100× micrograph covers (25.4 mm/100)² = 0.064516 mm² of the specimen, so N₁₀₀ = 1 200 · 0.064516 = 77.42 grains/in²; n = 1 + log₂ 77.42 = 7.27.",
    forms=("multi_step", "spaced_thousands"),
)
def h4_def_07():
    """An image-analysis program reports 1 200 grains per square millimetre of actual (unmagnified) specimen surface for a ferritic steel. Convert this to the ASTM grain size number."""
    area_per_in2 = (Q_(1, "inch") / 100) ** 2
    n_100 = num(Q_(1200, "1/mm**2") * area_per_in2)
    return 1 + math.log2(n_100)


@item(
    S,
    "defects",
    None,
    "N_v = N exp(−Q_v/kT) needs the vacancy formation energy",
    refuse="the vacancy formation energy of the metal is not given, so exp(−Q_v/kT) cannot be evaluated",
    solution="N = N_Aρ/A can be found, but Q_v is not stated.",
    forms=("must_refuse",),
)
def h4_def_08():
    """A hypothetical metal has a density of 6.4 g/cm³ and an atomic weight of 71.3 g/mol. Calculate the equilibrium number of vacancies per cubic metre in this metal at 800 °C."""
    return None


# ---------------------------------------------------------------- diffusion


@item(
    S,
    "diffusion",
    "kg/(m**2*hour)",
    "Fick's first law J = −D dC/dx for a steady linear profile",
    solution="J = D ΔC/Δx = 1.2×10⁻⁹ m²/s · (0.85 − 0.05) kg/m³/0.0030 m = 3.2×10⁻⁷ kg m⁻² s⁻¹ = 1.15×10⁻³ kg m⁻² h⁻¹. The temperature and pressure are not needed once D is known.",
    forms=("tex", "distractor", "unit_form"),
)
def h4_diff_01():
    r"""Hydrogen at $25^{\circ} \mathrm{C}$ and $20 \mathrm{~MPa}$ is stored in a steel vessel whose wall is $3.0 \mathrm{~mm}$ thick. The hydrogen concentration is $0.85 \mathrm{~kg} \mathrm{~m}^{-3}$ just inside the inner surface and $0.05 \mathrm{~kg} \mathrm{~m}^{-3}$ at the outer surface, and the diffusion coefficient of hydrogen in the steel is $1.2 \times 10^{-9} \mathrm{~m}^{2} \mathrm{~s}^{-1}$. Assuming steady state, find the diffusion flux of hydrogen through the wall in $\mathrm{kg} \mathrm{~m}^{-2} \mathrm{~h}^{-1}$."""
    d = Q_(1.2e-9, "m**2/s")
    return d * (Q_(0.85, "kg/m**3") - Q_(0.05, "kg/m**3")) / Q_(3.0, "mm")


@item(
    S,
    "diffusion",
    "m**2/s",
    "Arrhenius D = D₀ exp(−Q_d/RT) (Callister eq. 5.8)",
    solution="Q_d/RT = 211 000/(8.314 · 1123.15) = 22.596; D = 7.8×10⁻⁵ · e^−22.596 = 1.20×10⁻¹⁴ m²/s.",
    forms=("spaced_thousands", "unicode"),
)
def h4_diff_02():
    """For the self-diffusion of copper, D₀ = 7.8 × 10⁻⁵ m²/s and the activation energy is 211 000 J/mol. Compute the self-diffusion coefficient at 850 °C."""
    return Q_(7.8e-5, "m**2/s") * math.exp(-num(Q_(211_000, "J/mol") / (R_GAS * kelvin(850))))


@item(
    S,
    "diffusion",
    "percent",
    "semi-infinite solid, constant surface concentration: (C_x − C₀)/(C_s − C₀) = 1 − erf(x/2√(Dt)) (Callister eq. 5.5)",
    solution="√(Dt) = √(2.4×10⁻¹¹ · 21 600) = 7.200×10⁻⁴ m; z = 0.60 mm/(2 · 0.720 mm) = 0.4167; erf z = 0.4444; C_x = 0.15 + (1.10 − 0.15)(1 − 0.4444) = 0.678 wt% C.",
    forms=("multi_step", "unicode"),
)
def h4_diff_03():
    """A steel containing 0.15 wt% C is gas-carburised with its surface held at 1.10 wt% C. The diffusion coefficient of carbon at the treatment temperature is 2.4 × 10⁻¹¹ m²/s. What is the carbon content (wt% C) at a depth of 0.60 mm after 6 h?"""
    dt = Q_(2.4e-11, "m**2/s") * Q_(6, "hour")
    z = num(Q_(0.60, "mm") / (2 * dt**0.5))
    return Q_(0.15 + (1.10 - 0.15) * (1 - erf(z)), "percent")


@item(
    S,
    "diffusion",
    "mm",
    "error-function solution with C_s below C₀ (decarburisation): (C_x − C₀)/(C_s − C₀) = erfc(x/2√(Dt))",
    solution="(0.60 − 0.80)/(0.10 − 0.80) = 0.2857 = erfc z, so erf z = 0.7143 and z = 0.7549; √(Dt) = √(6.0×10⁻¹¹ · 14 400) = 9.295×10⁻⁴ m; x = 2z√(Dt) = 1.40 mm.",
    forms=("multi_step", "unicode"),
)
def h4_diff_04():
    """A eutectoid steel (0.80 wt% C) is annealed for 4.0 h in an atmosphere that holds its surface at 0.10 wt% C, so that carbon diffuses out. With D = 6.0 × 10⁻¹¹ m²/s for carbon at this temperature, how deep below the surface (in mm) has the carbon content fallen to 0.60 wt%?"""
    c0, cs, cx = 0.80, 0.10, 0.60
    z = float(erfinv(1 - (cx - c0) / (cs - c0)))
    dt = Q_(6.0e-11, "m**2/s") * Q_(4.0, "hour")
    return 2 * z * dt**0.5


@item(
    S,
    "diffusion",
    "kJ/mol",
    "ln D = ln D₀ − Q_d/(R T): the slope of ln D against 1/T is −Q_d/R",
    solution="Q_d = −R · slope = 8.314 J/(mol K) · 2.05×10⁴ K = 1.704×10⁵ J/mol = 170 kJ/mol.",
    forms=("unicode",),
)
def h4_diff_05():
    """A plot of the natural logarithm of the diffusion coefficient of nickel in an alloy against the reciprocal absolute temperature is a straight line with slope −2.05 × 10⁴ K. What is the activation energy for diffusion, in kJ/mol?"""
    return R_GAS * Q_(2.05e4, "K")


@item(
    S,
    "diffusion",
    "degC",
    "equal diffusion depth needs equal Dt; D₂ = D₁ t₁/t₂ and 1/T₂ = 1/T₁ + (R/Q) ln(D₁/D₂)",
    solution="D₂/D₁ = 5/12, so 1/T₂ = 1/1273.15 + (8.314/148 000) ln 2.4 = 7.8545×10⁻⁴ + 4.918×10⁻⁵ = 8.346×10⁻⁴ K⁻¹; T₂ = 1198.1 K = 925 °C.",
    forms=("multi_step", "spaced_thousands"),
)
def h4_diff_06():
    """A carburising cycle of 5 h at 1 000 °C gives the required case. Production wants to run the same case depth (same carbon profile) in a 12 h cycle at a lower temperature, to reduce distortion. For carbon in austenite Q_d = 148 000 J/mol. At what temperature, in °C, should the 12 h cycle be run?"""
    q = Q_(148_000, "J/mol")
    inv_t2 = 1 / kelvin(1000) + R_GAS / q * math.log(12 / 5)
    return (1 / inv_t2).to("K")


@item(
    S,
    "diffusion",
    None,
    "a request for an explanation, not a number",
    refuse="the question asks for a qualitative explanation (interstitial versus vacancy mechanism), not a numerical value",
    solution="No number is asked: the answer is an explanation of interstitial diffusion.",
    forms=("must_refuse", "distractor"),
)
def h4_diff_07():
    """At 900 °C the diffusion coefficient of carbon in γ-iron is about 1.7 × 10⁻¹¹ m²/s, whereas iron self-diffusion in the same lattice is only about 3 × 10⁻¹⁷ m²/s. Explain, in terms of the atomic mechanisms involved, why carbon diffuses so much faster than iron."""
    return None


@item(
    S,
    "diffusion",
    "nm",
    "characteristic diffusion length √(Dt)",
    solution="√(Dt) = √(4.0×10⁻¹⁸ m²/s · 1800 s) = √(7.2×10⁻¹⁵ m²) = 8.49×10⁻⁸ m = 84.9 nm. The melting point and lattice parameter play no part.",
    forms=("unicode", "distractor", "unit_form"),
)
def h4_diff_08():
    """During a drive-in anneal, boron diffuses into silicon (melting point 1414 °C, lattice parameter 5.431 Å) with D = 4.0 × 10⁻¹⁸ m²/s. Estimate the characteristic diffusion length √(Dt) after 30 min, in nanometres."""
    return (Q_(4.0e-18, "m**2/s") * Q_(30, "minute")) ** 0.5


@item(
    S,
    "diffusion",
    "mol/(m**2*s)",
    "Arrhenius D = D₀ exp(−Q/RT), then Fick's first law J = D ΔC/Δx",
    solution="(a) D = 6.9×10⁻⁷ · exp(−40 000/(8.314 · 573.15)) = 6.9×10⁻⁷ · e^−8.394 = 1.562×10⁻¹⁰ m²/s. (b) J = 1.562×10⁻¹⁰ · (2.0 − 0.2)/5.0×10⁻⁴ = 5.62×10⁻⁷ mol m⁻² s⁻¹.",
    forms=("multi_step", "spaced_thousands"),
)
def h4_diff_09():
    """Hydrogen diffuses in nickel with D₀ = 6.9 × 10⁻⁷ m²/s and an activation energy of 40 000 J/mol. A nickel membrane 0.50 mm thick is held at 300 °C with hydrogen concentrations of 2.0 mol/m³ and 0.2 mol/m³ on its two faces.
    (a) Calculate the diffusion coefficient of hydrogen at 300 °C.
    (b) Calculate the steady-state flux of hydrogen through the membrane.
    Answer part (b) only, in mol m⁻² s⁻¹."""
    d = Q_(6.9e-7, "m**2/s") * math.exp(-num(Q_(40_000, "J/mol") / (R_GAS * kelvin(300))))
    return d * (Q_(2.0, "mol/m**3") - Q_(0.2, "mol/m**3")) / Q_(0.50, "mm")


# ---------------------------------------------------------------- mechanical behaviour and failure


@item(
    S,
    "mechanical_failure",
    "mm",
    "Hooke's law: Δl = F l₀/(A₀ E)",
    solution="A₀ = π(4.0 mm)² = 50.27 mm²; σ = 6 200 N/50.27 mm² = 123.3 MPa; ε = 123.3/107 000 = 1.153×10⁻³; Δl = 1.153×10⁻³ · 320 mm = 0.369 mm.",
    forms=("spaced_thousands",),
)
def h4_mech_01():
    """A titanium-alloy tie rod 320 mm long and 8.0 mm in diameter carries an axial tensile load of 6 200 N. The modulus of elasticity of the alloy is 107 GPa and the load is well below the yield point. By how many millimetres does the rod lengthen?"""
    area = math.pi * (Q_(8.0, "mm") / 2) ** 2
    return Q_(6200, "N") * Q_(320, "mm") / (area * Q_(107, "GPa"))


@item(
    S,
    "mechanical_failure",
    "MPa",
    "before necking σ_T = σ(1 + ε), ε_T = ln(1 + ε) (constant volume)",
    solution="(a) σ_T = 510 MPa · (1 + 0.22) = 622 MPa. (b) ε_T = ln 1.22 = 0.199.",
    forms=("multi_step",),
)
def h4_mech_02():
    """In a tensile test on a low-carbon steel, before the neck forms, the engineering stress reaches 510 MPa at an engineering strain of 0.22.
    (a) What is the true stress at this point?
    (b) What is the true strain at this point?
    Give only the answer to (a), in MPa, assuming that the volume of the specimen remains constant."""
    return Q_(510, "MPa") * (1 + 0.22)


@item(
    S,
    "mechanical_failure",
    "J/m**3",
    "modulus of resilience U_r = σ_y²/(2E) (Callister eq. 6.14)",
    solution="U_r = (830×10⁶ Pa)²/(2 · 114×10⁹ Pa) = 6.889×10¹⁷/2.28×10¹¹ = 3.02×10⁶ J/m³.",
    forms=("tex",),
)
def h4_mech_03():
    r"""A titanium alloy has a yield strength of $830 \mathrm{~MPa}$ and a modulus of elasticity of $114 \mathrm{~GPa}$. Calculate its modulus of resilience in $\mathrm{J} \mathrm{~m}^{-3}$."""
    sigma_y, e = Q_(830, "MPa"), Q_(114, "GPa")
    return sigma_y**2 / (2 * e)


@item(
    S,
    "mechanical_failure",
    "MJ/m**3",
    "toughness of a ductile metal ≈ ½(σ_y + σ_TS) ε_f (area under the curve, Callister §6.6)",
    solution="U_T ≈ ½(550 + 700) MPa · 0.25 = 625 MPa · 0.25 = 156 MJ/m³. E and the hardness are not needed for this estimate.",
    forms=("distractor", "unit_form"),
)
def h4_mech_04():
    """A structural steel has E = 200 GPa, a Brinell hardness of 210 HB, a yield strength of 550 MPa, a tensile strength of 700 MPa and a strain at fracture of 0.25. Approximating the area under its stress–strain curve as (σ_y + σ_TS)/2 times the fracture strain, estimate the toughness of the steel in MJ/m³."""
    return (Q_(550, "MPa") + Q_(700, "MPa")) / 2 * 0.25


@item(
    S,
    "mechanical_failure",
    "MPa",
    "Hall–Petch σ_y = σ₀ + k_y d^(−1/2), fitted to two points (Callister eq. 7.7)",
    solution="d^(−1/2) = 141.4, 353.6 and 258.2 m^(−1/2) for 50, 8 and 15 µm. k_y = (260 − 160)/(353.6 − 141.4) = 0.4714 MPa·m^½; σ₀ = 160 − 0.4714 · 141.4 = 93.3 MPa; σ_y(15 µm) = 93.3 + 0.4714 · 258.2 = 215 MPa.",
    forms=("multi_step", "unicode"),
)
def h4_mech_05():
    """A brass has a yield strength of 160 MPa when its average grain diameter is 50 µm and 260 MPa when the grain diameter is 8 µm. Assuming the Hall–Petch relation holds, what yield strength would you expect for a grain diameter of 15 µm?"""
    x1, x2, x3 = (1 / Q_(d, "micrometer") ** 0.5 for d in (50, 8, 15))
    ky = (Q_(260, "MPa") - Q_(160, "MPa")) / (x2 - x1)
    sigma0 = Q_(160, "MPa") - ky * x1
    return sigma0 + ky * x3


@item(
    S,
    "mechanical_failure",
    "MPa",
    "σ_c = K_IC/(Y√(πa)) with a = half the length of an internal crack (Callister eq. 8.5)",
    solution="For an internal crack a is half its length: a = 1.5 mm. σ_c = 32 MPa√m/(1.0 · √(π · 1.5×10⁻³ m)) = 32/0.06865 = 466 MPa. The yield strength is higher, so the plate fractures before it yields.",
    forms=("distractor", "unicode"),
)
def h4_mech_06():
    """A large plate of a steel with a yield strength of 520 MPa and a plane-strain fracture toughness of 32 MPa√m contains an internal (through-thickness, embedded) crack whose total length is 3.0 mm. Taking the geometry factor Y = 1.0, what tensile stress applied normal to the crack will cause fracture?"""
    half_length = Q_(3.0, "mm") / 2
    return Q_(32, "MPa*m**0.5") / (1.0 * (math.pi * half_length) ** 0.5)


@item(
    S,
    "mechanical_failure",
    "dimensionless",
    "Basquin's law σ_a = σ_f′ (2N_f)^b",
    solution="2N_f = (σ_a/σ_f′)^(1/b) = (450/1250)^(−1/0.085) = 0.36^(−11.765) = 1.66×10⁵ reversals, so N_f = 8.30×10⁴ cycles.",
    forms=("tex", "multi_step"),
)
def h4_mech_07():
    r"""The high-cycle fatigue life of a quenched-and-tempered steel under fully reversed loading follows Basquin's law, $\sigma_a = \sigma_f' (2N_f)^{b}$, with $\sigma_f' = 1250 \mathrm{~MPa}$ and $b = -0.085$, where $2N_f$ is the number of reversals to failure. How many cycles $N_f$ will a component survive at a stress amplitude of $450 \mathrm{~MPa}$?"""
    reversals = (450 / 1250) ** (1 / -0.085)
    return reversals / 2


@item(
    S,
    "mechanical_failure",
    "hour",
    "Larson–Miller parameter P = T(C + log t_r), C = 20, T in K, t_r in h",
    solution="P = 1073.15 · (20 + log 50) = 1073.15 · 21.699 = 23 286. At 700 °C: log t_r = 23 286/973.15 − 20 = 3.929, t_r = 8.49×10³ h.",
    forms=("multi_step", "spaced_thousands"),
)
def h4_mech_08():
    """A creep-rupture test on a heat-resistant steel at 800 °C under a certain stress ends in rupture after 50 h. Using the Larson–Miller parameter with C = 20 (T in kelvin, time in hours), estimate the rupture life at 700 °C under the same stress."""
    p = num(kelvin(800) / Q_(1, "K")) * (20 + math.log10(50))
    log_t = p / num(kelvin(700) / Q_(1, "K")) - 20
    return Q_(10**log_t, "hour")


@item(
    S,
    "mechanical_failure",
    None,
    "σ = F/A₀ needs the cross-section in a stated unit",
    refuse="the cross-section is given as 12 × 12 without a unit (mm or cm change the stress a hundredfold), so the stress cannot be stated",
    solution="σ = F/A₀, but A₀ = 12 × 12 has no unit.",
    forms=("must_refuse",),
)
def h4_mech_09():
    """A square bar with a cross-section of 12 × 12 carries an axial tensile load of 18 kN. What is the engineering stress in the bar, in MPa?"""
    return None


# ---------------------------------------------------------------- phase diagrams


@item(
    S,
    "phase_diagrams",
    "percent",
    "lever rule W_α = (C₀ − C_L)/(C_α − C_L) (Callister eq. 9.2)",
    solution="W_α = (62 − 55)/(67 − 55) = 7/12 = 0.583, i.e. 58.3 % of the alloy is solid α.",
    forms=("percent", "spaced_thousands"),
)
def h4_pd_01():
    """A copper–nickel alloy of 62 wt% Ni is equilibrated at 1 320 °C, where it is partly molten. The tie line at this temperature meets the liquidus at 55 wt% Ni and the solidus at 67 wt% Ni. What percentage of the alloy, by mass, is solid?"""
    return Q_((62 - 55) / (67 - 55), "dimensionless")


@item(
    S,
    "phase_diagrams",
    "percent",
    "lever rule across the eutectic tie line: W_primary α = (C_E − C₀)/(C_E − C_α)",
    solution="Just below 577 °C the primary α is what solidified before the eutectic: W_α' = (12.6 − 7.0)/(12.6 − 1.65) = 5.6/10.95 = 0.511, i.e. 51.1 %.",
    forms=("percent", "unicode"),
)
def h4_pd_02():
    """The aluminium–silicon system has a eutectic at 577 °C and 12.6 wt% Si; at that temperature the α (Al-rich) phase dissolves at most 1.65 wt% Si and the silicon phase is practically pure Si. A casting alloy containing 7.0 wt% Si is solidified slowly. What percentage (by mass) of its microstructure is primary (pro-eutectic) α, just below the eutectic temperature?"""
    return Q_((12.6 - 7.0) / (12.6 - 1.65), "dimensionless")


@item(
    S,
    "phase_diagrams",
    "percent",
    "lever rule for pearlite W_P = (C₀ − 0.022)/(0.76 − 0.022), solved for C₀ (Callister eq. 9.20)",
    solution="W_P = (C₀ − 0.022)/(0.76 − 0.022) = 0.40, so C₀ = 0.022 + 0.40 · 0.738 = 0.317 wt% C.",
    forms=("multi_step", "percent"),
)
def h4_pd_03():
    """Quantitative metallography of a slowly cooled hypoeutectoid plain-carbon steel shows 40 % pearlite and 60 % proeutectoid ferrite by mass. Estimate the carbon content of the steel in wt%, taking 0.022 wt% C for ferrite and 0.76 wt% C for the eutectoid composition."""
    return Q_(0.022 + 0.40 * (0.76 - 0.022), "percent")


@item(
    S,
    "phase_diagrams",
    "percent",
    "proeutectoid cementite W_Fe3C' = (C₁ − 0.76)/(6.70 − 0.76) (Callister eq. 9.22)",
    solution="W_Fe3C' = (1.15 − 0.76)/(6.70 − 0.76) = 0.39/5.94 = 0.0657, i.e. 6.57 %.",
    forms=("percent",),
)
def h4_pd_04():
    """A tool steel of 1.15 wt% C is cooled slowly from the austenite region to just below the eutectoid temperature. What percentage of the steel, by mass, is proeutectoid cementite? Use 0.76 wt% C for the eutectoid and 6.70 wt% C for cementite."""
    return Q_((1.15 - 0.76) / (6.70 - 0.76), "dimensionless")


@item(
    S,
    "phase_diagrams",
    "percent",
    "mass balance C₀ = W_α C_α + W_β C_β (the lever rule solved for C₀)",
    solution="C₀ = 0.65 · 12 + 0.35 · 78 = 7.8 + 27.3 = 35.1 wt% B.",
    forms=("plain",),
)
def h4_pd_05():
    """In a binary A–B alloy held at a temperature in the α + β field, the α phase contains 12 wt% B and the β phase 78 wt% B, and 35 % of the alloy by mass is β. What is the overall composition of the alloy, in wt% B?"""
    return Q_(0.65 * 12 + 0.35 * 78, "percent")


@item(
    S,
    "phase_diagrams",
    "g",
    "lever rule for W_L, then mass of Ni in the liquid = W_L · m · C_L",
    solution="W_L = (50 − 45)/(50 − 37) = 0.3846; liquid mass = 0.3846 · 2.5 kg = 0.9615 kg; nickel in it = 0.37 · 961.5 g = 356 g.",
    forms=("multi_step", "spaced_thousands"),
)
def h4_pd_06():
    """A 2.5 kg ingot of a Cu–45 wt% Ni alloy is held at 1 270 °C, where the liquid contains 37 wt% Ni and the α solid solution 50 wt% Ni. How many grams of nickel are dissolved in the liquid phase?"""
    w_liquid = (50 - 45) / (50 - 37)
    return w_liquid * Q_(2.5, "kg") * 0.37


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "lever rule for the mass fractions, then V_i = (W_i/ρ_i)/Σ(W_j/ρ_j) (Callister eq. 9.6)",
    solution="W_Fe3C = (1.0 − 0.022)/(6.70 − 0.022) = 0.1465, W_α = 0.8535; V_Fe3C = (0.1465/7.66)/(0.1465/7.66 + 0.8535/7.87) = 0.01912/0.12758 = 0.150.",
    forms=("multi_step",),
)
def h4_pd_07():
    """A 1.0 wt% C steel is slowly cooled to just below 727 °C, where it consists of ferrite (0.022 wt% C, density 7.87 g/cm³) and cementite (6.70 wt% C, density 7.66 g/cm³). What is the volume fraction of cementite in the steel?"""
    w_c = (1.0 - 0.022) / (6.70 - 0.022)
    v_c, v_a = w_c / 7.66, (1 - w_c) / 7.87
    return v_c / (v_c + v_a)


@item(
    S,
    "phase_diagrams",
    None,
    "a request for phase identities (and a diagram that is not given)",
    refuse="the question asks which phases are present (a non-numeric answer) and gives no phase-boundary compositions, so no numerical answer can be computed from it",
    solution="The answer is the names of the phases read off the Pb–Sn diagram, which is not given; nothing numeric is asked that the givens fix.",
    forms=("must_refuse",),
)
def h4_pd_08():
    """A 60 wt% Sn–40 wt% Pb solder is held at 150 °C. Which phases are present, and what are their compositions?"""
    return None


# ---------------------------------------------------------------- transformations and kinetics


@item(
    S,
    "transformations_kinetics",
    "nm",
    "homogeneous nucleation r* = 2γT_m/(ΔH_f ΔT) (Callister eq. 10.6)",
    solution="r* = 2 · 0.132 J/m² · 1337 K/(1.23×10⁹ J/m³ · 230 K) = 352.97/2.829×10¹¹ m = 1.25×10⁻⁹ m = 1.25 nm.",
    forms=("tex",),
)
def h4_trans_01():
    r"""Liquid gold ($T_m = 1337 \mathrm{~K}$, latent heat of fusion $\Delta H_f = 1.23 \times 10^{9} \mathrm{~J} \mathrm{~m}^{-3}$, solid–liquid interfacial energy $\gamma = 0.132 \mathrm{~J} \mathrm{~m}^{-2}$) is undercooled by $230 \mathrm{~K}$ before it solidifies homogeneously. Calculate the critical radius of the nucleus in nanometres."""
    gamma, tm = Q_(0.132, "J/m**2"), Q_(1337, "K")
    return 2 * gamma * tm / (Q_(1.23e9, "J/m**3") * Q_(230, "K"))


@item(
    S,
    "transformations_kinetics",
    "J",
    "ΔG* = 16πγ³T_m²/(3ΔH_f²ΔT²) (Callister eq. 10.7)",
    solution="ΔG* = 16π(0.204)³(1811)²/(3 · (1.85×10⁹)² · 295²) = 0.4267 · 3.280×10⁶/(8.935×10²³) = 1.57×10⁻¹⁸ J.",
    forms=("sig_figs", "unicode"),
)
def h4_trans_02():
    """For the homogeneous solidification of pure iron take T_m = 1811 K, a latent heat of fusion of 1.85 × 10⁹ J/m³ and a solid–liquid interfacial energy of 0.204 J/m². Compute the activation free energy for forming a critical nucleus at an undercooling of 295 K. Give the answer in joules to three significant figures."""
    gamma, tm, dh, dt = (
        Q_(0.204, "J/m**2"),
        Q_(1811, "K"),
        Q_(1.85e9, "J/m**3"),
        Q_(295, "K"),
    )
    return 16 * math.pi * gamma**3 * tm**2 / (3 * dh**2 * dt**2)


@item(
    S,
    "transformations_kinetics",
    "s",
    "Avrami y = 1 − exp(−k tⁿ): t_b/t_a = [ln(1 − y_b)/ln(1 − y_a)]^(1/n)",
    solution="k t₁ⁿ = −ln 0.85 = 0.1625 and k t₂ⁿ = −ln 0.15 = 1.8971, so t₂ = 40 s · (1.8971/0.1625)^(1/2.5) = 40 · 11.673^0.4 = 107 s.",
    forms=("multi_step", "unicode"),
)
def h4_trans_03():
    """The precipitation of a phase in an aluminium alloy obeys y = 1 − exp(−k tⁿ) with n = 2.5. After 40 s, 15 % of the transformation is complete. After how many seconds will 85 % of it be complete?"""
    ratio = math.log(1 - 0.85) / math.log(1 - 0.15)
    return Q_(40, "s") * ratio ** (1 / 2.5)


@item(
    S,
    "transformations_kinetics",
    "kJ/mol",
    "rate = 1/t₀.₅ = A exp(−Q/RT): Q = R ln(t₁/t₂)/(1/T₁ − 1/T₂)",
    solution="Q = 8.314 · ln(45/6.5)/(1/653.15 − 1/713.15) = 8.314 · 1.9349/1.2881×10⁻⁴ = 1.249×10⁵ J/mol = 125 kJ/mol.",
    forms=("multi_step", "unicode"),
)
def h4_trans_04():
    """A cold-rolled aluminium alloy sheet is half recrystallised after 45 min at 380 °C and after 6.5 min at 440 °C. Taking the recrystallisation rate as the reciprocal of the time to 50 % and assuming it follows an Arrhenius law, determine the activation energy in kJ/mol."""
    t1, t2 = kelvin(380), kelvin(440)
    return R_GAS * math.log(45 / 6.5) / (1 / t1 - 1 / t2)


@item(
    S,
    "transformations_kinetics",
    "minute",
    "Chvorinov's rule t_s = B (V/A)ⁿ with n = 2 (Askeland ch. 9)",
    solution="Cube: V/A = 40/6 = 6.667 mm. Cylinder (r = 30 mm, h = 120 mm): V = π · 30² · 120 = 3.393×10⁵ mm³, A = 2π · 30² + 2π · 30 · 120 = 2.827×10⁴ mm², V/A = 12.0 mm. t = 3.0 min · (12.0/6.667)² = 9.72 min.",
    forms=("multi_step",),
)
def h4_trans_05():
    """A 40 mm cube of an aluminium alloy, sand-cast, solidifies in 3.0 min. Using Chvorinov's rule with exponent n = 2 and the same mould constant, estimate the solidification time of a cylindrical casting 60 mm in diameter and 120 mm long made from the same alloy in the same sand."""
    side = Q_(40, "mm")
    cube_modulus = side**3 / (6 * side**2)
    r, h = Q_(30, "mm"), Q_(120, "mm")
    cyl_modulus = math.pi * r**2 * h / (2 * math.pi * r**2 + 2 * math.pi * r * h)
    return Q_(3.0, "minute") * num(cyl_modulus / cube_modulus) ** 2


@item(
    S,
    "transformations_kinetics",
    "percent",
    "Avrami y = 1 − exp(−k tⁿ) (Callister eq. 10.17)",
    solution="k tⁿ = 1.5×10⁻⁶ · 80³ = 1.5×10⁻⁶ · 512 000 = 0.768; y = 1 − e^−0.768 = 0.536, i.e. 53.6 %.",
    forms=("tex", "percent"),
)
def h4_trans_06():
    r"""An isothermal transformation obeys $y = 1 - \exp(-k t^{n})$ with $n = 3$ and $k = 1.5 \times 10^{-6} \mathrm{~s}^{-3}$. What percentage of the material has transformed after $80 \mathrm{~s}$?"""
    return Q_(1 - math.exp(-1.5e-6 * 80**3), "dimensionless")


@item(
    S,
    "transformations_kinetics",
    "dimensionless",
    "atoms in a spherical nucleus = (4/3)πr*³/a³ × 4 for FCC",
    solution="Nucleus volume (4/3)π(1.5 nm)³ = 14.14 nm³; FCC cell a³ = 0.3615³ = 0.04724 nm³ holds 4 atoms; 14.14/0.04724 · 4 = 1.20×10³ atoms.",
    forms=("multi_step",),
)
def h4_trans_07():
    """A critical nucleus of solid copper is a sphere of radius 1.5 nm. Copper is FCC with a lattice parameter of 0.3615 nm. Approximately how many atoms does the nucleus contain?"""
    volume = 4 / 3 * math.pi * Q_(1.5, "nm") ** 3
    return 4 * volume / Q_(0.3615, "nm") ** 3


@item(
    S,
    "transformations_kinetics",
    "micrometer",
    "grain growth dⁿ − d₀ⁿ = Kt with n = 3",
    solution="K = (30³ − 12³)/1 h = (27 000 − 1 728) = 25 272 µm³/h; after 5 h d³ = 1 728 + 5 · 25 272 = 128 088 µm³, d = 50.4 µm. The hardness is not needed.",
    forms=("multi_step", "distractor", "unicode"),
)
def h4_trans_08():
    """After recrystallisation a nickel sheet (hardness 95 HV) has an average grain diameter of 12 µm. Annealing at 900 °C for 1 h coarsens the grains to 30 µm. If the grain growth obeys d³ − d₀³ = Kt, what will the grain diameter be after a total of 5 h at 900 °C?"""
    d0, d1 = Q_(12, "micrometer"), Q_(30, "micrometer")
    k = (d1**3 - d0**3) / Q_(1, "hour")
    return (d0**3 + k * Q_(5, "hour")) ** (1 / 3)


@item(
    S,
    "transformations_kinetics",
    "degree",
    "heterogeneous nucleation ΔG*_het = ΔG*_hom S(θ), S(θ) = (2 + cos θ)(1 − cos θ)²/4",
    solution="Solve (2 + cos θ)(1 − cos θ)²/4 = 0.10 numerically: cos θ = 0.6084, θ = 52.5°.",
    forms=("unicode",),
)
def h4_trans_09():
    """A solid nucleates on a flat substrate as a spherical cap. What contact (wetting) angle θ makes the nucleation barrier exactly 10 % of the barrier for homogeneous nucleation? Answer in degrees."""

    def shape_factor(theta: float) -> float:
        c = math.cos(theta)
        return (2 + c) * (1 - c) ** 2 / 4 - 0.10

    return Q_(math.degrees(brentq(shape_factor, 1e-6, math.pi - 1e-6)), "degree")


# ---------------------------------------------------------------- thermodynamics


@item(
    S,
    "thermodynamics",
    "kPa",
    "Clausius–Clapeyron ln(p₂/p₁) = −(ΔH_vap/R)(1/T₂ − 1/T₁)",
    solution="ln(p₂/p₁) = (96 000/8.314)(1/700 − 1/800) = 11 547 · 1.786×10⁻⁴ = 2.062; p₂ = 2.5 kPa · e^2.062 = 19.7 kPa.",
    forms=("unicode", "spaced_thousands"),
)
def h4_thermo_01():
    """The vapour pressure of a liquid metal is 2.5 kPa at 700 K, and its enthalpy of vaporisation is 96 000 J/mol (taken as constant). Estimate the vapour pressure at 800 K, in kPa."""
    dh = Q_(96_000, "J/mol")
    exponent = num(-dh / R_GAS * (1 / Q_(800, "K") - 1 / Q_(700, "K")))
    return Q_(2.5, "kPa") * math.exp(exponent)


@item(
    S,
    "thermodynamics",
    "kJ/mol",
    "ΔG = ΔH − TΔS (ΔH, ΔS taken as temperature-independent)",
    solution="ΔG = −1 675 kJ/mol − 1200 K · (−0.313 kJ/(mol K)) = −1 675 + 375.6 = −1 299 kJ/mol.",
    forms=("spaced_thousands", "unicode"),
)
def h4_thermo_02():
    """For the formation of alumina, 2 Al + 3/2 O₂ → Al₂O₃, ΔH° = −1 675 kJ/mol and ΔS° = −313 J/(mol·K). Treating both as independent of temperature, find ΔG° at 1 200 K in kJ per mole of Al₂O₃."""
    return Q_(-1675, "kJ/mol") - Q_(1200, "K") * Q_(-313, "J/(mol*K)")


@item(
    S,
    "thermodynamics",
    "dimensionless",
    "K = exp(−ΔG°/RT)",
    solution="ΔG°/RT = 18 500/(8.314 · 1100) = 2.023; K = e^−2.023 = 0.132. The total pressure does not enter K.",
    forms=("distractor", "sig_figs"),
)
def h4_thermo_03():
    """A gas–solid reaction carried out in a furnace at a total pressure of 2 atm has a standard Gibbs energy change of +18.5 kJ/mol at 1100 K. What is the equilibrium constant of the reaction at 1100 K? Give your answer to 3 significant figures."""
    return math.exp(-num(Q_(18.5, "kJ/mol") / (R_GAS * Q_(1100, "K"))))


@item(
    S,
    "thermodynamics",
    "degC",
    "ΔG° = ΔH° − TΔS° = 0 at T = ΔH°/ΔS°",
    solution="T = 178 000 J/mol/(160 J/(mol K)) = 1112.5 K = 839 °C.",
    forms=("plain",),
)
def h4_thermo_04():
    """For the calcination CaCO₃ → CaO + CO₂ take ΔH° = 178 kJ/mol and ΔS° = 160 J/(mol·K), independent of temperature. Above what temperature, in °C, does the reaction become spontaneous under standard conditions (p_CO₂ = 1 bar)?"""
    return (Q_(178, "kJ/mol") / Q_(160, "J/(mol*K)")).to("K")


@item(
    S,
    "thermodynamics",
    "MJ/kg",
    "Hess's law ΔH_r = Σ ΔH_f(products) − Σ ΔH_f(reactants), per mass of the stoichiometric mixture",
    solution="ΔH_r = −1 675.7 − (−824.2) = −851.5 kJ per mole of Fe₂O₃. One mole of mixture (Fe₂O₃ + 2 Al) weighs 159.69 + 2 · 26.98 = 213.65 g, so the heat released is 851.5/0.21365 = 3.99×10³ kJ/kg = 3.99 MJ/kg.",
    forms=("multi_step", "spaced_thousands"),
)
def h4_thermo_05():
    """In the thermite reaction Fe₂O₃ + 2 Al → Al₂O₃ + 2 Fe, the standard enthalpies of formation are −824.2 kJ/mol for Fe₂O₃ and −1 675.7 kJ/mol for Al₂O₃. Take the molar masses as 159.69 g/mol (Fe₂O₃) and 26.98 g/mol (Al). How much heat, in MJ, is released per kilogram of the stoichiometric Fe₂O₃ + Al mixture?"""
    dh = Q_(-1675.7, "kJ/mol") - Q_(-824.2, "kJ/mol")
    mixture_mass = Q_(159.69, "g/mol") + 2 * Q_(26.98, "g/mol")
    return -dh / mixture_mass


@item(
    S,
    "thermodynamics",
    "kJ/mol",
    "ideal solution ΔG_mix = RT(x_A ln x_A + x_B ln x_B)",
    solution="ΔG_mix = 8.314 · 1050 · (0.25 ln 0.25 + 0.75 ln 0.75) = 8730 · (−0.5623) = −4.91×10³ J/mol = −4.91 kJ/mol.",
    forms=("plain",),
)
def h4_thermo_06():
    """Two metals A and B form an ideal solution. What is the molar Gibbs energy of mixing, in kJ/mol, of an alloy with mole fraction x_B = 0.25 at 1050 K?"""
    x = 0.25
    return R_GAS * Q_(1050, "K") * (x * math.log(x) + (1 - x) * math.log(1 - x))


@item(
    S,
    "thermodynamics",
    "kJ",
    "Q = m c_p ΔT + m ΔH_f (sensible heat, then latent heat)",
    solution="Heating: 2 000 g · 0.235 J/(g K) · (962 − 25) K = 440.4 kJ; melting: 2 000 g · 105 J/g = 210 kJ; total 650 kJ.",
    forms=("multi_step", "spaced_thousands"),
)
def h4_thermo_07():
    """A jeweller melts 2.0 kg of silver scrap, starting at 25 °C. Silver melts at 962 °C; take its mean specific heat as 0.235 J/(g·K) and its latent heat of fusion as 105 J/g. How much heat, in kJ, is needed to bring the silver to its melting point and melt it completely?"""
    m = Q_(2.0, "kg")
    sensible = m * Q_(0.235, "J/(g*K)") * Q_(962 - 25, "delta_degC")
    return sensible + m * Q_(105, "J/g")


@item(
    S,
    "thermodynamics",
    None,
    "Clausius–Clapeyron needs the enthalpy of vaporisation",
    refuse="only one vapour-pressure point is given and no enthalpy of vaporisation, so the pressure at another temperature cannot be found",
    solution="ln(p₂/p₁) = −(ΔH_vap/R)(1/T₂ − 1/T₁): ΔH_vap is not stated.",
    forms=("must_refuse",),
)
def h4_thermo_08():
    """The vapour pressure of a liquid metal used in a vacuum coating process is 0.10 kPa at 650 K. Estimate its vapour pressure at 750 K."""
    return None


# ---------------------------------------------------------------- electrical properties and semiconductors


@item(
    S,
    "electrical_semiconductors",
    "ohm",
    "R = ρl/A",
    solution="A = π(1.25×10⁻³ m)² = 4.909×10⁻⁶ m²; R = 2.65×10⁻⁸ Ω m · 120 m/4.909×10⁻⁶ m² = 0.648 Ω.",
    forms=("sig_figs", "unicode"),
)
def h4_elec_01():
    """An aluminium conductor 120 m long has a diameter of 2.5 mm. Taking the resistivity of aluminium as 2.65 × 10⁻⁸ Ω·m, calculate its resistance. Give your answer to 3 significant figures."""
    area = math.pi * (Q_(2.5, "mm") / 2) ** 2
    return Q_(2.65e-8, "ohm*m") * Q_(120, "m") / area


@item(
    S,
    "electrical_semiconductors",
    "S/m",
    "intrinsic σ = n_i e(μ_e + μ_h) (Callister eq. 18.15)",
    solution="σ = 2.1×10¹² m⁻³ · 1.602×10⁻¹⁹ C · (0.85 + 0.04) m²/(V s) = 2.99×10⁻⁷ S/m.",
    forms=("tex",),
)
def h4_elec_02():
    r"""Intrinsic gallium arsenide at room temperature has $n_i = 2.1 \times 10^{12} \mathrm{~m}^{-3}$, an electron mobility of $0.85 \mathrm{~m}^{2} \mathrm{~V}^{-1} \mathrm{~s}^{-1}$ and a hole mobility of $0.04 \mathrm{~m}^{2} \mathrm{~V}^{-1} \mathrm{~s}^{-1}$. What is its electrical conductivity in $\mathrm{S} \mathrm{~m}^{-1}$?"""
    mobility = Q_(0.85 + 0.04, "m**2/(V*s)")
    return Q_(2.1e12, "1/m**3") * Q_E * mobility


@item(
    S,
    "electrical_semiconductors",
    "ohm*cm",
    "extrinsic n-type: σ ≈ N_d e μ_e, ρ = 1/σ",
    solution="σ = 5×10²¹ m⁻³ · 1.602×10⁻¹⁹ C · 0.14 m²/(V s) = 112.2 S/m; ρ = 1/σ = 8.92×10⁻³ Ω m = 0.892 Ω cm. The band gap and n_i are not needed: the donors dominate.",
    forms=("distractor", "unit_form", "unicode"),
)
def h4_elec_03():
    """Silicon (E_g = 1.11 eV, n_i = 1.0 × 10¹⁶ m⁻³) is doped with 5 × 10²¹ phosphorus atoms per m³, all ionised at room temperature. The electron mobility is 0.14 m²/(V·s). What is the resistivity of the doped silicon, in Ω·cm?"""
    sigma = Q_(5e21, "1/m**3") * Q_E * Q_(0.14, "m**2/(V*s)")
    return 1 / sigma


@item(
    S,
    "electrical_semiconductors",
    "eV",
    "intrinsic σ ∝ exp(−E_g/2kT): E_g = 2k ln(σ₂/σ₁)/(1/T₁ − 1/T₂)",
    solution="ln(0.35/1.5×10⁻³) = ln 233.3 = 5.453; 1/290 − 1/380 = 8.167×10⁻⁴ K⁻¹; E_g = 2 · 8.617×10⁻⁵ · 5.453/8.167×10⁻⁴ = 1.15 eV.",
    forms=("multi_step", "unicode"),
)
def h4_elec_04():
    """An intrinsic semiconductor has an electrical conductivity of 1.5 × 10⁻³ S/m at 290 K and 0.35 S/m at 380 K. Assuming σ is proportional to exp(−E_g/2kT) (neglect the temperature dependence of the pre-exponential factor), estimate the band gap in eV."""
    ratio = math.log(0.35 / 1.5e-3)
    return 2 * K_BOLTZ * ratio / (1 / Q_(290, "K") - 1 / Q_(380, "K"))


@item(
    S,
    "electrical_semiconductors",
    "mm/s",
    "μ_e = σ/(n e); drift velocity v_d = μ_e E (Callister eqs. 18.7–18.8)",
    solution="(a) μ_e = 3.8×10⁷/(1.8×10²⁹ · 1.602×10⁻¹⁹) = 1.318×10⁻³ m²/(V s). (b) v_d = 1.318×10⁻³ · 0.50 = 6.59×10⁻⁴ m/s = 0.659 mm/s. The wire length is not needed.",
    forms=("multi_step", "distractor"),
)
def h4_elec_05():
    """Aluminium has an electrical conductivity of 3.8 × 10^7 (Ω·m)^-1 and about 1.8 × 10^29 free electrons per m^3. A 3.0 m length of aluminium wire carries a current under a uniform electric field of 0.50 V/m.
    (a) Compute the electron mobility.
    (b) Compute the electron drift velocity.
    Only part (b) is required; give it in mm/s."""
    mobility = Q_(3.8e7, "S/m") / (Q_(1.8e29, "1/m**3") * Q_E)
    return mobility * Q_(0.50, "V/m")


@item(
    S,
    "electrical_semiconductors",
    "1/cm**3",
    "single-carrier Hall coefficient R_H = +1/(p e) for holes",
    solution="p = 1/(R_H e) = 1/(3.6×10⁻⁴ m³/C · 1.602×10⁻¹⁹ C) = 1.73×10²² m⁻³ = 1.73×10¹⁶ cm⁻³.",
    forms=("unicode", "unit_form"),
)
def h4_elec_06():
    """A boron-doped silicon wafer, in which conduction is by holes only, has a Hall coefficient of +3.6 × 10⁻⁴ m³/C at room temperature. Estimate the hole concentration in holes per cm³."""
    return 1 / (Q_(3.6e-4, "m**3/C") * Q_E)


@item(
    S,
    "electrical_semiconductors",
    None,
    "μ_e = |R_H| σ needs the conductivity",
    refuse="the conductivity (or resistivity) of the sample is not given, so the mobility μ = |R_H|σ cannot be computed from the Hall coefficient alone",
    solution="μ_e = |R_H| σ: σ is not stated.",
    forms=("must_refuse", "unicode"),
)
def h4_elec_07():
    """An n-type semiconductor sample has a Hall coefficient of −2.8 × 10⁻⁴ m³/C at room temperature. Calculate the electron mobility."""
    return None


@item(
    S,
    "electrical_semiconductors",
    "C/m**2",
    "polarisation P = ε₀(ε_r − 1)E with E = V/d (Callister eq. 18.31)",
    solution="E = 120 V/2.0×10⁻³ m = 6.0×10⁴ V/m; P = 8.854×10⁻¹² · (3.8 − 1) · 6.0×10⁴ = 1.49×10⁻⁶ C/m².",
    forms=("multi_step",),
)
def h4_elec_08():
    """A sheet of a polymer dielectric 2.0 mm thick, with relative permittivity 3.8, fills the gap of a parallel-plate capacitor across which 120 V is applied. What is the polarisation of the dielectric, in C/m^2?"""
    field = Q_(120, "V") / Q_(2.0, "mm")
    return EPS0 * (3.8 - 1) * field


@item(
    S,
    "electrical_semiconductors",
    "microohm*cm",
    "linear temperature coefficient ρ_T = ρ₂₀[1 + α_ρ(T − 20 °C)]",
    solution="ρ = 2.82×10⁻⁸ Ω m · (1 + 0.0043 · 100) = 2.82×10⁻⁸ · 1.43 = 4.03×10⁻⁸ Ω m = 4.03 µΩ cm.",
    forms=("unicode", "unit_form"),
)
def h4_elec_09():
    """An aluminium conductor has a resistivity of 2.82 × 10⁻⁸ Ω·m at 20 °C, and the temperature coefficient of resistivity of aluminium is 0.0043 per °C. What is its resistivity at an operating temperature of 120 °C, in µΩ·cm?"""
    return Q_(2.82e-8, "ohm*m") * (1 + 0.0043 * (120 - 20))


# ---------------------------------------------------------------- magnetic properties


@item(
    S,
    "magnetic",
    "A/m",
    "M_s = n_B μ_B N, N = ρN_A/A (Callister eq. 20.13)",
    solution="N = 7.90 · 6.022×10²³/157.25 = 3.025×10²² cm⁻³ = 3.025×10²⁸ m⁻³; M_s = 7.1 · 9.274×10⁻²⁴ A m² · 3.025×10²⁸ m⁻³ = 1.99×10⁶ A/m.",
    forms=("tex", "multi_step"),
)
def h4_mag_01():
    r"""At very low temperature each gadolinium atom carries a net moment of $7.1$ Bohr magnetons. Gadolinium has a density of $7.90 \mathrm{~g} \mathrm{~cm}^{-3}$ and an atomic weight of $157.25 \mathrm{~g} \mathrm{~mol}^{-1}$. Compute its saturation magnetisation in $\mathrm{A} \mathrm{~m}^{-1}$."""
    n = Q_(7.90, "g/cm**3") * AVOGADRO / Q_(157.25, "g/mol")
    return 7.1 * BOHR * n


@item(
    S,
    "magnetic",
    "T",
    "solenoid H = NI/l; B = μ₀μ_r H",
    solution="H = 650 · 0.40 A/0.26 m = 1 000 A/m; B = 4π×10⁻⁷ · 850 · 1 000 = 1.07 T. The wire diameter and resistance do not enter.",
    forms=("distractor", "spaced_thousands"),
)
def h4_mag_02():
    """A coil of 650 turns of 0.8 mm copper wire (total resistance 3.1 Ω) is wound evenly over a length of 0.26 m and carries 0.40 A. Its core is a ferromagnetic alloy with a relative permeability of 850 at this field. Calculate the flux density in the core, in tesla."""
    h_field = 650 * Q_(0.40, "A") / Q_(0.26, "m")
    return MU0 * 850 * h_field


@item(
    S,
    "magnetic",
    "A/m",
    "M = χ_m H; B = μ₀(H + M)",
    solution="(a) M = 2.1×10⁻⁴ · 5.0×10⁵ A/m = 105 A/m. (b) B = μ₀(H + M) = 0.6285 T.",
    forms=("multi_step", "unicode"),
)
def h4_mag_03():
    """A paramagnetic salt has a volume susceptibility χ_m = 2.1 × 10⁻⁴. It is placed in a magnetic field strength H = 5.0 × 10⁵ A/m. (a) What is its magnetisation? (b) What is the flux density within it? Give only the answer to (a), in A/m."""
    return 2.1e-4 * Q_(5.0e5, "A/m")


@item(
    S,
    "magnetic",
    "A/m",
    "ferrimagnetic spinel: M_s = (formula units per cell)(net μ_B per formula unit) μ_B/a³ (Callister §20.5)",
    solution="In MnFe₂O₄ the Fe³⁺ moments cancel, leaving 5 μ_B per Mn²⁺; a cell holds 8 formula units: M_s = 8 · 5 · 9.274×10⁻²⁴ A m²/(0.851×10⁻⁹ m)³ = 3.710×10⁻²²/6.163×10⁻²⁸ = 6.02×10⁵ A/m.",
    forms=("multi_step", "unicode"),
)
def h4_mag_04():
    """Manganese ferrite, MnFe₂O₄, has the cubic spinel structure with eight formula units in a unit cell of edge length 0.851 nm. Assuming the Fe³⁺ moments cancel exactly and each Mn²⁺ ion carries 5 Bohr magnetons, estimate the saturation magnetisation of the ferrite, in A/m."""
    a = Q_(0.851, "nm")
    return 8 * 5 * BOHR / a**3


@item(
    S,
    "magnetic",
    "K",
    "Curie–Weiss law χ = C/(T − θ): two measurements fix C and θ",
    solution="4.0×10⁻³ (700 − θ) = 2.0×10⁻³ (850 − θ), so 2(700 − θ) = 850 − θ and θ = 550 K.",
    forms=("unicode", "multi_step"),
)
def h4_mag_05():
    """Above its ordering temperature the susceptibility of a ferromagnetic alloy follows χ = C/(T − θ). It is measured as 4.0 × 10⁻³ at 700 K and 2.0 × 10⁻³ at 850 K. What is θ, in kelvin?"""
    chi1, chi2, t1, t2 = 4.0e-3, 2.0e-3, 700.0, 850.0
    return Q_((chi1 * t1 - chi2 * t2) / (chi1 - chi2), "K")


@item(
    S,
    "magnetic",
    "dimensionless",
    "n_B = M_s/(N μ_B), N = ρN_A/A",
    solution="N = 8.7 · 6.022×10²³/58.12 = 9.014×10²² cm⁻³ = 9.014×10²⁸ m⁻³; n_B = 8.3×10⁵/(9.014×10²⁸ · 9.274×10⁻²⁴) = 0.993 Bohr magnetons per atom.",
    forms=("multi_step", "unicode"),
)
def h4_mag_06():
    """A nickel–iron soft-magnetic alloy (80 at% Ni) has a saturation magnetisation of 8.3 × 10⁵ A/m, a density of 8.7 g/cm³ and a mean atomic weight of 58.12 g/mol. What is the average net magnetic moment per atom, in Bohr magnetons?"""
    n = Q_(8.7, "g/cm**3") * AVOGADRO / Q_(58.12, "g/mol")
    return Q_(8.3e5, "A/m") / (n * BOHR)


@item(
    S,
    "magnetic",
    "K",
    "H_c(T) = H_c(0)[1 − (T/T_c)²] solved for T",
    solution="T = T_c√(1 − H/H_c(0)) = 5.40 K · √(1 − 6.0×10⁴/1.12×10⁵) = 5.40 · 0.6814 = 3.68 K.",
    forms=("unicode",),
)
def h4_mag_07():
    """Vanadium is a type-I superconductor with T_c = 5.40 K and a critical field of 1.12 × 10⁵ A/m at 0 K. Up to what temperature will a vanadium sample remain superconducting in an applied field of 6.0 × 10⁴ A/m?"""
    return Q_(5.40, "K") * (1 - 6.0e4 / 1.12e5) ** 0.5


@item(
    S,
    "magnetic",
    None,
    "a classification, not a number",
    refuse="the question asks for a classification (diamagnetic, paramagnetic or ferromagnetic), not a numerical value",
    solution="The answer is a word (a negative susceptibility of this size means diamagnetism), not a number.",
    forms=("must_refuse", "unicode"),
)
def h4_mag_08():
    """A metal specimen has a volume magnetic susceptibility of −1.6 × 10⁻⁵ at room temperature. Is it diamagnetic, paramagnetic or ferromagnetic?"""
    return None


# ---------------------------------------------------------------- optical properties


@item(
    S,
    "optical",
    "eV",
    "absorption by band-gap excitation needs hc/λ ≥ E_g; transparent to all visible light needs E_g > hc/λ_min",
    solution="The most energetic visible photons (λ = 400 nm) carry hc/λ = 1239.8 eV nm/400 nm = 3.10 eV; the gap must exceed this, so E_g,min = 3.10 eV.",
    forms=("plain",),
)
def h4_opt_01():
    """Visible light spans wavelengths from about 400 nm to 700 nm. What is the smallest band gap, in eV, that a pure (defect-free) semiconductor must have to be transparent to the whole visible spectrum?"""
    return H * C0 / Q_(400, "nm")


@item(
    S,
    "optical",
    "dimensionless",
    "normal-incidence reflectivity R = ((n − 1)/(n + 1))² solved for n",
    solution="√R = √0.080 = 0.2828; n = (1 + √R)/(1 − √R) = 1.2828/0.7172 = 1.789.",
    forms=("plain",),
)
def h4_opt_02():
    """A polished single crystal in air sends back 8.0 % of the light that falls on it at normal incidence. Neglecting absorption, what is the refractive index of the crystal?"""
    root = math.sqrt(0.080)
    return (1 + root) / (1 - root)


@item(
    S,
    "optical",
    "1/mm",
    "I_T/I₀ = (1 − R)² exp(−βl), R = ((n − 1)/(n + 1))² (Callister eq. 21.18)",
    solution="R = (0.52/2.52)² = 0.04258; (1 − R)² = 0.9167; e^(−5β) = 0.80/0.9167 = 0.8727, so β = −ln(0.8727)/5 mm = 0.0272 mm⁻¹.",
    forms=("multi_step",),
)
def h4_opt_03():
    """A 5.0 mm thick plate of glass with refractive index 1.52 transmits 80 % of normally incident light, counting the reflection losses at both faces. Calculate the absorption coefficient of the glass in mm⁻¹."""
    refl = ((1.52 - 1) / (1.52 + 1)) ** 2
    return -math.log(0.80 / (1 - refl) ** 2) / Q_(5.0, "mm")


@item(
    S,
    "optical",
    "degree",
    "total internal reflection: sin θ_c = n₂/n₁",
    solution="sin θ_c = 1.33/2.42 = 0.5496; θ_c = 33.3° from the normal.",
    forms=("unicode",),
)
def h4_opt_04():
    """A diamond (n = 2.42) is immersed in water (n = 1.33). Light travelling inside the diamond meets the diamond–water interface. Above what angle of incidence, measured from the normal, is it totally internally reflected?"""
    return Q_(math.degrees(math.asin(1.33 / 2.42)), "degree")


@item(
    S,
    "optical",
    "m/s",
    "non-magnetic material: n = √ε_r, v = c/n (Callister eq. 21.10)",
    solution="(a) n = √5.3 = 2.302. (b) v = 2.998×10⁸/2.302 = 1.30×10⁸ m/s.",
    forms=("multi_step",),
)
def h4_opt_05():
    """A non-magnetic oxide crystal has a relative permittivity of 5.3 at optical frequencies.
    (a) Estimate its refractive index.
    (b) Estimate the speed of light in the crystal.
    Answer only (b), in m/s."""
    return C0 / math.sqrt(5.3)


@item(
    S,
    "optical",
    "cm",
    "Beer–Lambert I/I₀ = exp(−βx)",
    solution="x = ln(I₀/I)/β = ln 20/0.35 cm⁻¹ = 2.996/0.35 = 8.56 cm.",
    forms=("unicode",),
)
def h4_opt_06():
    """A tinted glass absorbs light with an absorption coefficient of 0.35 cm⁻¹. Ignoring reflection at the surfaces, how thick must a block of this glass be for only 5 % of the light that enters it to emerge?"""
    return math.log(1 / 0.05) / Q_(0.35, "1/cm")


@item(
    S,
    "optical",
    "1/s",
    "photon rate = P/(hc/λ)",
    solution="E_photon = hc/λ = 1.986×10⁻²⁵ J m/532×10⁻⁹ m = 3.734×10⁻¹⁹ J; rate = 0.020 W/3.734×10⁻¹⁹ J = 5.36×10¹⁶ photons/s.",
    forms=("sig_figs", "unicode"),
)
def h4_opt_07():
    """A green laser pointer emits 20 mW at λ = 532 nm. How many photons per second leave it? Give the answer to three significant figures."""
    return Q_(20, "mW") / (H * C0 / Q_(532, "nm"))


@item(
    S,
    "optical",
    "nm",
    "quarter-wave anti-reflection coating t = λ/(4n_coating)",
    solution="t = λ/(4 n_c) = 550 nm/(4 · 1.38) = 99.6 nm. The substrate index only sets how well the coating works.",
    forms=("distractor",),
)
def h4_opt_08():
    """A camera lens of crown glass (n = 1.52) is given a single-layer anti-reflection coating of magnesium fluoride (n = 1.38). What is the minimum coating thickness, in nm, for the reflections to cancel at a wavelength of 550 nm?"""
    return Q_(550, "nm") / (4 * 1.38)


# ---------------------------------------------------------------- thermal properties and heat transfer


@item(
    S,
    "thermal",
    "mm",
    "linear thermal expansion Δl = α_l l₀ ΔT",
    solution="Δl = 17.0×10⁻⁶ °C⁻¹ · 12.0 m · (115 − 15) °C = 2.04×10⁻² m = 20.4 mm.",
    forms=("unicode",),
)
def h4_therm_01():
    """A straight copper steam line is 12.0 m long when installed at 15 °C. Copper has a linear coefficient of thermal expansion of 17.0 × 10⁻⁶ °C⁻¹. How much longer (in mm) is the line when it carries steam at 115 °C?"""
    return 17.0e-6 * Q_(12.0, "m") * (115 - 15)


@item(
    S,
    "thermal",
    "degC",
    "fully restrained bar: |σ| = E α_l ΔT, solved for ΔT",
    solution="ΔT = σ/(Eα) = 120×10⁶/(70×10⁹ · 23×10⁻⁶) = 74.5 °C; the bar may be heated to 15 + 74.5 = 89.5 °C.",
    forms=("multi_step",),
)
def h4_therm_02():
    """An aluminium-alloy strut is fixed at 15 °C between two rigid supports, stress-free, so it cannot expand. For the alloy E = 70 GPa and α_l = 23 × 10^-6 per °C. To what temperature (°C) can the strut be heated before the compressive stress in it reaches 120 MPa?"""
    delta_t = Q_(120, "MPa") / (Q_(70, "GPa") * 23e-6)
    return Q_(15 + num(delta_t), "degC")


@item(
    S,
    "thermal",
    "kW",
    "Fourier's law q = k A ΔT/Δx",
    solution="q = 0.96 W/(m K) · 1.5 m² · (22 − 2) K/0.004 m = 7.2×10³ W = 7.2 kW. Density and specific heat matter only for transients.",
    forms=("distractor", "unit_form"),
)
def h4_therm_03():
    """A single-glazed window pane 1.5 m² in area is 4.0 mm thick. The glass has a thermal conductivity of 0.96 W/(m·K), a density of 2500 kg/m³ and a specific heat of 840 J/(kg·K). In steady state the inner surface of the glass is at 22 °C and the outer surface at 2 °C. What is the rate of heat loss through the pane, in kW?"""
    return Q_(0.96, "W/(m*K)") * Q_(1.5, "m**2") * Q_(20, "K") / Q_(4.0, "mm")


@item(
    S,
    "thermal",
    "W/m**2",
    "plane walls in series: q = ΔT/Σ(Δx_i/k_i)",
    solution="R = 0.23/1.4 + 0.115/0.17 = 0.1643 + 0.6765 = 0.8408 m² K/W; q = (1100 − 60)/0.8408 = 1.24×10³ W/m².",
    forms=("multi_step", "tex"),
)
def h4_therm_04():
    r"""A kiln wall is built of $230 \mathrm{~mm}$ of dense refractory brick ($k = 1.4 \mathrm{~W} \mathrm{~m}^{-1} \mathrm{~K}^{-1}$) with an outer layer of $115 \mathrm{~mm}$ of insulating brick ($k = 0.17 \mathrm{~W} \mathrm{~m}^{-1} \mathrm{~K}^{-1}$). The hot face is at $1100^{\circ} \mathrm{C}$ and the cold face at $60^{\circ} \mathrm{C}$. Find the steady heat flux through the wall in $\mathrm{W} \mathrm{~m}^{-2}$."""
    resistance = Q_(230, "mm") / Q_(1.4, "W/(m*K)") + Q_(115, "mm") / Q_(0.17, "W/(m*K)")
    return Q_(1100 - 60, "K") / resistance


@item(
    S,
    "thermal",
    "J/(mol*K)",
    "Debye T³ law C_v = (12π⁴/5) R (T/θ_D)³ for T ≪ θ_D",
    solution="C_v = (12π⁴/5) · 8.314 · (10/225)³ = 1943.8 · 8.779×10⁻⁵ = 0.171 J/(mol K).",
    forms=("plain",),
)
def h4_therm_05():
    """Silver has a Debye temperature of 225 K. With the low-temperature Debye law, C_v = (12π⁴/5) R (T/θ_D)³, estimate its molar heat capacity at 10 K."""
    return 12 * math.pi**4 / 5 * R_GAS * (10 / 225) ** 3


@item(
    S,
    "thermal",
    "mm**2/s",
    "thermal diffusivity a = k/(ρ c_p)",
    solution="a = 398/(8 940 · 385) = 398/3.442×10⁶ = 1.156×10⁻⁴ m²/s = 116 mm²/s.",
    forms=("spaced_thousands", "unit_form"),
)
def h4_therm_06():
    """Copper has a thermal conductivity of 398 W/(m·K), a density of 8 940 kg/m³ and a specific heat of 385 J/(kg·K). Compute its thermal diffusivity in mm²/s."""
    return Q_(398, "W/(m*K)") / (Q_(8940, "kg/m**3") * Q_(385, "J/(kg*K)"))


@item(
    S,
    "thermal",
    "kW/m**2",
    "grey-body exchange with large surroundings q = εσ(T_s⁴ − T_sur⁴)",
    solution="T_s = 1173.15 K, T_sur = 298.15 K; q = 0.85 · 5.670×10⁻⁸ · (1.894×10¹² − 7.90×10⁹) = 0.85 · 5.670×10⁻⁸ · 1.886×10¹² = 9.09×10⁴ W/m² = 90.9 kW/m².",
    forms=("sig_figs", "unicode"),
)
def h4_therm_07():
    """The outer surface of a furnace door is at 900 °C and has an emissivity of 0.85. It radiates to large surroundings at 25 °C. Calculate the net radiative heat flux from the door in kW/m², to 3 significant figures."""
    ts, tsur = kelvin(900), kelvin(25)
    return 0.85 * SIGMA_SB * (ts**4 - tsur**4)


@item(
    S,
    "thermal",
    "degC",
    "shrink fit: Δd = α d₀ ΔT; T = T₀ + Δd/(α d₀)",
    solution="ΔT = (50.08 − 50.00) mm/(12×10⁻⁶ °C⁻¹ · 50.00 mm) = 133 °C; heat the ring to 20 + 133 = 153 °C.",
    forms=("multi_step",),
)
def h4_therm_08():
    """A steel ring has a bore of 50.00 mm at 20 °C and must be slipped over a shaft of diameter 50.08 mm. Taking α_l = 12 × 10^-6 °C^-1 for the ring, to what temperature (°C) must the ring be heated so that its bore just equals the shaft diameter?"""
    delta_t = (50.08 - 50.00) / (12e-6 * 50.00)
    return Q_(20 + delta_t, "degC")


# ---------------------------------------------------------------- polymers


@item(
    S,
    "polymers",
    "dimensionless",
    "degree of polymerisation DP = M̄_n/m, styrene repeat unit C₈H₈",
    solution="m(C₈H₈) = 8 · 12.011 + 8 · 1.008 = 104.15 g/mol; DP = 310 000/104.15 = 2 976. The density and T_g are not needed.",
    forms=("spaced_thousands", "distractor"),
)
def h4_poly_01():
    """A polystyrene (density 1.05 g/cm³, glass transition temperature 100 °C) has a number-average molecular weight of 310 000 g/mol. Find its number-average degree of polymerisation."""
    repeat = 8 * A_C + 8 * A_H
    return 310_000 / repeat


@item(
    S,
    "polymers",
    "g/mol",
    "number-average M̄_n = Σ x_i M_i (Callister eq. 14.5a)",
    solution="M̄_n = 0.15 · 12 000 + 0.40 · 24 000 + 0.30 · 36 000 + 0.15 · 48 000 = 1 800 + 9 600 + 10 800 + 7 200 = 29 400 g/mol.",
    forms=("spaced_thousands",),
)
def h4_poly_02():
    """Size-exclusion chromatography of a polypropylene sample gives four molecular-weight ranges whose mid-points are 12 000, 24 000, 36 000 and 48 000 g/mol; the number fractions of chains in these ranges are 0.15, 0.40, 0.30 and 0.15. Compute the number-average molecular weight."""
    fractions = ((0.15, 12_000), (0.40, 24_000), (0.30, 36_000), (0.15, 48_000))
    return Q_(sum(x * m for x, m in fractions), "g/mol")


@item(
    S,
    "polymers",
    "g/mol",
    "weight-average M̄_w = Σ w_i M_i (Callister eq. 14.5b)",
    solution="M̄_w = 0.05 · 12 500 + 0.20 · 22 500 + 0.45 · 37 500 + 0.30 · 52 500 = 625 + 4 500 + 16 875 + 15 750 = 37 750 g/mol.",
    forms=("spaced_thousands",),
)
def h4_poly_03():
    """For a poly(methyl methacrylate) the weight fractions of material in the molecular-weight ranges 5 000–20 000, 20 000–25 000, 25 000–50 000 and 50 000–55 000 g/mol are 0.05, 0.20, 0.45 and 0.30. Using the mid-point of each range, determine the weight-average molecular weight."""
    ranges = (
        (0.05, 5_000, 20_000),
        (0.20, 20_000, 25_000),
        (0.45, 25_000, 50_000),
        (0.30, 50_000, 55_000),
    )
    return Q_(sum(w * (lo + hi) / 2 for w, lo, hi in ranges), "g/mol")


@item(
    S,
    "polymers",
    "dimensionless",
    "M̄_n = Σ x_i M_i; M̄_w = Σ x_i M_i²/Σ x_i M_i; PDI = M̄_w/M̄_n",
    solution="M̄_n = 0.35 · 12 000 + 0.40 · 45 000 + 0.25 · 110 000 = 49 700 g/mol; Σx M² = 5.04×10⁷ + 8.1×10⁸ + 3.025×10⁹ = 3.885×10⁹, M̄_w = 3.885×10⁹/49 700 = 78 177 g/mol; PDI = 78 177/49 700 = 1.57.",
    forms=("multi_step", "spaced_thousands"),
)
def h4_poly_04():
    """In a blend of three narrow fractions, 35 % of the molecules have M = 12 000 g/mol, 40 % have M = 45 000 g/mol and 25 % have M = 110 000 g/mol (all by number of molecules). What is the polydispersity index M̄_w/M̄_n of the blend?"""
    fractions = ((0.35, 12_000), (0.40, 45_000), (0.25, 110_000))
    mn = sum(x * m for x, m in fractions)
    mw = sum(x * m * m for x, m in fractions) / mn
    return mw / mn


@item(
    S,
    "polymers",
    "percent",
    "% crystallinity = ρ_c(ρ_s − ρ_a)/(ρ_s(ρ_c − ρ_a)) × 100 (Callister eq. 14.8)",
    solution="% cryst = 0.946 · (0.904 − 0.855)/(0.904 · (0.946 − 0.855)) = 0.04635/0.08226 = 0.563, i.e. 56.3 %.",
    forms=("percent", "tex"),
)
def h4_poly_05():
    r"""For isotactic polypropylene the density of the totally crystalline polymer is $0.946 \mathrm{~g} \mathrm{~cm}^{-3}$ and that of the totally amorphous polymer $0.855 \mathrm{~g} \mathrm{~cm}^{-3}$. A moulded part has a density of $0.904 \mathrm{~g} \mathrm{~cm}^{-3}$. Estimate its percent crystallinity."""
    rc, ra, rs = 0.946, 0.855, 0.904
    return Q_(rc * (rs - ra) / (rs * (rc - ra)), "dimensionless")


@item(
    S,
    "polymers",
    "dimensionless",
    "copolymer average repeat-unit weight m̄ = M̄_n/DP = f_E m_E + (1 − f_E) m_P",
    solution="m̄ = 80 000/2 300 = 34.78 g/mol; m_E(C₂H₄) = 28.05, m_P(C₃H₆) = 42.08 g/mol; f_E = (42.08 − 34.78)/(42.08 − 28.05) = 0.520.",
    forms=("multi_step", "spaced_thousands"),
)
def h4_poly_06():
    """An ethylene–propylene random copolymer has a number-average molecular weight of 80 000 g/mol and a number-average degree of polymerisation of 2 300. What is the number fraction of ethylene repeat units in the chains?"""
    m_avg = 80_000 / 2300
    m_e, m_p = 2 * A_C + 4 * A_H, 3 * A_C + 6 * A_H
    return (m_p - m_avg) / (m_p - m_e)


@item(
    S,
    "polymers",
    None,
    "DP = M̄_n/m needs the repeat unit, which 'polyester' does not fix",
    refuse="'polyester' names a family of polymers (PET, PBT, PLA, ...) with different repeat units, so the repeat-unit weight and the degree of polymerisation are ambiguous",
    solution="DP = M̄_n/m: m is 192.17 g/mol for PET, 220.22 g/mol for PBT, 72.06 g/mol for PLA; the question does not say which.",
    forms=("must_refuse", "spaced_thousands"),
)
def h4_poly_07():
    """A polyester fibre has a number-average molecular weight of 36 000 g/mol. Calculate its degree of polymerisation."""
    return None


@item(
    S,
    "polymers",
    "GPa",
    "stress relaxation σ(t) = σ₀ exp(−t/τ); relaxation modulus E_r(t) = σ(t)/ε₀",
    solution="τ = 60 s/ln(6.0/4.2) = 60/0.3567 = 168.2 s; σ(10 s) = 6.0 · e^(−10/168.2) = 5.654 MPa; E_r(10) = 5.654 MPa/0.005 = 1.13×10³ MPa = 1.13 GPa.",
    forms=("multi_step",),
)
def h4_poly_08():
    """A polymer specimen is suddenly strained to 0.5 % and held. The stress is 6.0 MPa immediately after loading and 4.2 MPa after 60 s. Assuming the stress relaxes as σ(t) = σ₀ exp(−t/τ), find the relaxation modulus E_r(10 s) in GPa."""
    tau = Q_(60, "s") / math.log(6.0 / 4.2)
    stress = Q_(6.0, "MPa") * math.exp(-num(Q_(10, "s") / tau))
    return stress / 0.005


@item(
    S,
    "polymers",
    "nm",
    "total chain length L = N d sin(θ/2), two backbone C–C bonds per C₂F₄ repeat unit (Callister eq. 14.11)",
    solution="m(C₂F₄) = 2 · 12.011 + 4 · 18.998 = 100.01 g/mol; DP = 500 000/100.01 = 4 999; N = 2 · DP = 9 998 bonds; L = 9 998 · 0.154 nm · sin 54.5° = 1.25×10³ nm.",
    forms=("multi_step", "spaced_thousands"),
)
def h4_poly_09():
    """A linear polytetrafluoroethylene (PTFE) molecule has a molecular weight of 500 000 g/mol. Taking the backbone C–C bond length as 0.154 nm and the C–C–C bond angle as 109°, estimate the total (fully extended, zig-zag) chain length L in nm."""
    dp = 500_000 / (2 * A_C + 4 * A_F)
    bonds = 2 * dp
    return bonds * Q_(0.154, "nm") * math.sin(math.radians(109 / 2))


# ---------------------------------------------------------------- ceramics and composites


@item(
    S,
    "ceramics_composites",
    "g/cm**3",
    "ρ = n′(ΣA_C + ΣA_A)/(V_C N_A), fluorite n′ = 4 formula units (Callister eq. 12.1)",
    solution="M(CaF₂) = 40.08 + 2 · 19.00 = 78.07 g/mol; V_C = (0.5463×10⁻⁷ cm)³ = 1.6304×10⁻²² cm³; ρ = 4 · 78.07/(1.6304×10⁻²² · 6.022×10²³) = 3.18 g/cm³. The melting point and refractive index are not needed.",
    forms=("distractor", "unicode"),
)
def h4_cc_01():
    """Calcium fluoride (fluorite; melting point 1418 °C, refractive index 1.43) has a cubic unit cell of edge 0.5463 nm containing four CaF₂ formula units. The atomic weights of Ca and F are 40.078 and 18.998 g/mol. Calculate the theoretical density of CaF₂ in g/cm³."""
    molar = Q_(40.078 + 2 * A_F, "g/mol")
    return 4 * molar / (Q_(0.5463, "nm") ** 3 * AVOGADRO)


@item(
    S,
    "ceramics_composites",
    "percent",
    "total porosity P = 1 − ρ_bulk/ρ_true",
    solution="P = 1 − 2.10/2.65 = 0.2075, i.e. 20.8 %.",
    forms=("percent",),
)
def h4_cc_02():
    """A fired clay brick has a bulk density of 2.10 g/cm³, while the solid material it is made of (measured on a finely ground powder) has a true density of 2.65 g/cm³. What is the total porosity of the brick, in percent?"""
    return Q_(1 - 2.10 / 2.65, "dimensionless")


@item(
    S,
    "ceramics_composites",
    "MPa",
    "three-point bending of a circular rod: σ_fs = FL/(πR³) (Callister eq. 12.3b)",
    solution="σ_fs = 210 N · 0.025 m/(π · (1.6×10⁻³ m)³) = 5.25/1.2868×10⁻⁸ = 4.08×10⁸ Pa = 408 MPa.",
    forms=("tex",),
)
def h4_cc_03():
    r"""An alumina rod of circular cross-section, $3.2 \mathrm{~mm}$ in diameter, is loaded in three-point bending over supports $25 \mathrm{~mm}$ apart and breaks at a load of $210 \mathrm{~N}$. Calculate its flexural strength in $\mathrm{MPa}$."""
    radius = Q_(3.2, "mm") / 2
    return Q_(210, "N") * Q_(25, "mm") / (math.pi * radius**3)


@item(
    S,
    "ceramics_composites",
    "GPa",
    "porosity dependence of modulus E = E₀(1 − 1.9P + 0.9P²) (Callister eq. 12.5)",
    solution="E = 310 GPa · (1 − 1.9 · 0.12 + 0.9 · 0.12²) = 310 · 0.78496 = 243 GPa.",
    forms=("plain",),
)
def h4_cc_04():
    """A dense silicon carbide has an elastic modulus of 310 GPa. Estimate the modulus of a sintered part of the same material that contains 12 % porosity by volume, using E = E₀(1 − 1.9P + 0.9P²)."""
    p = 0.12
    return Q_(310, "GPa") * (1 - 1.9 * p + 0.9 * p**2)


@item(
    S,
    "ceramics_composites",
    "MPa",
    "longitudinal strength of an aligned continuous-fibre composite σ*_cl = σ′_m(1 − V_f) + σ*_f V_f (Callister eq. 16.17)",
    solution="σ*_cl = 30 MPa · (1 − 0.60) + 3 600 MPa · 0.60 = 12 + 2 160 = 2 172 MPa.",
    forms=("spaced_thousands",),
)
def h4_cc_05():
    """A continuous, aligned carbon-fibre/epoxy composite contains 60 vol% fibres of tensile strength 3 600 MPa. At the strain at which the fibres fail, the stress in the epoxy matrix is 30 MPa. Estimate the longitudinal tensile strength of the composite."""
    vf = 0.60
    return Q_(30, "MPa") * (1 - vf) + Q_(3600, "MPa") * vf


@item(
    S,
    "ceramics_composites",
    "percent",
    "isostrain loading: F_f/F_m = E_f V_f/(E_m V_m) (Callister eq. 16.11)",
    solution="F_f/F_m = 400 · 0.45/(70 · 0.55) = 180/38.5 = 4.675; the fibres carry 4.675/(1 + 4.675) = 0.824, i.e. 82.4 % of the load.",
    forms=("percent", "multi_step"),
)
def h4_cc_06():
    """A metal-matrix composite has 45 vol% continuous, aligned boron fibres (E = 400 GPa) in an aluminium matrix (E = 70 GPa). When it is loaded along the fibres, what percentage of the load do the fibres carry?"""
    ratio = 400 * 0.45 / (70 * 0.55)
    return Q_(ratio / (1 + ratio), "dimensionless")


@item(
    S,
    "ceramics_composites",
    "GPa",
    "rule of mixtures E_cl = E_f V_f + E_m V_m; a fibre fraction by weight converts by V_f = (w_f/ρ_f)/Σ(w_i/ρ_i)",
    solution="If 40 % is the volume fraction: E = 0.40 · 72 + 0.60 · 2.8 = 30.5 GPa. If 40 % is by weight: V_f = (0.40/2.58)/(0.40/2.58 + 0.60/1.14) = 0.2276 and E = 0.2276 · 72 + 0.7724 · 2.8 = 18.5 GPa.",
    forms=("ambiguous",),
)
def h4_cc_07():
    """A compression-moulded panel is made of nylon (E = 2.8 GPa, density 1.14 g/cm³) reinforced with 40 % continuous, aligned glass fibres (E = 72 GPa, density 2.58 g/cm³). Estimate the elastic modulus of the panel along the fibre direction."""
    ef, em = Q_(72, "GPa"), Q_(2.8, "GPa")
    vf_weight = (0.40 / 2.58) / (0.40 / 2.58 + 0.60 / 1.14)
    return {
        "40 % by volume": ef * 0.40 + em * 0.60,
        "40 % by weight": ef * vf_weight + em * (1 - vf_weight),
    }


@item(
    S,
    "ceramics_composites",
    "micrometer",
    "critical fibre length l_c = σ*_f d/(2τ_c) (Callister eq. 16.3)",
    solution="l_c = 2 400 MPa · 10 µm/(2 · 12 MPa) = 1 000 µm (1.0 mm).",
    forms=("unicode", "spaced_thousands"),
)
def h4_cc_08():
    """E-glass fibres 10 µm in diameter, with a tensile strength of 2 400 MPa, are bonded to a polypropylene matrix whose interfacial shear strength is 12 MPa. What is the critical fibre length, in µm?"""
    return Q_(2400, "MPa") * Q_(10, "micrometer") / (2 * Q_(12, "MPa"))


@item(
    S,
    "ceramics_composites",
    "percent",
    "two-parameter Weibull survival P_s = exp[−(σ/σ₀)^m]",
    solution="(250/300)^10 = 0.1615; P_s = e^−0.1615 = 0.851, i.e. 85.1 % survive.",
    forms=("percent", "unicode"),
)
def h4_cc_09():
    """The strength of a batch of alumina test bars follows a two-parameter Weibull distribution, P_s = exp[−(σ/σ₀)^m], with modulus m = 10 and characteristic strength σ₀ = 300 MPa. What percentage of the bars survive a proof stress of 250 MPa?"""
    return Q_(math.exp(-((250 / 300) ** 10)), "dimensionless")


# ---------------------------------------------------------------- corrosion and electrochemistry


@item(
    S,
    "corrosion",
    "g",
    "Faraday's law m = ItA/(nF) (Callister eq. 17.24)",
    solution="m = 1.8 A · 1500 s · 107.87 g/mol/(1 · 96 485 C/mol) = 3.02 g.",
    forms=("plain",),
)
def h4_corr_01():
    """Silver is electroplated from a cyanide bath in which it is present as Ag⁺. What mass of silver is deposited by a current of 1.8 A flowing for 25 minutes at 100 % current efficiency? The atomic weight of silver is 107.87 g/mol."""
    return Q_(1.8, "A") * Q_(25, "minute") * Q_(107.87, "g/mol") / (1 * F_CONST)


@item(
    S,
    "corrosion",
    "V",
    "Nernst equation E = E° + (RT/nF) ln[M^{n+}] for a metal/ion electrode",
    solution="E = −0.250 + (8.314 · 298.15/(2 · 96 485)) ln(0.040) = −0.250 + 0.012846 · (−3.219) = −0.250 − 0.0413 = −0.291 V.",
    forms=("sig_figs", "unicode"),
    decimals=3,
)
def h4_corr_02():
    """A nickel electrode dips into a solution containing 0.040 mol/L Ni²⁺ at 25 °C. The standard electrode potential of Ni²⁺/Ni is −0.250 V. What is the electrode potential versus the standard hydrogen electrode? Give it in volts to three decimal places."""
    thermal = R_GAS * kelvin(25) / (2 * F_CONST)
    return Q_(-0.250, "V") + thermal * math.log(0.040)


@item(
    S,
    "corrosion",
    "mm/year",
    "penetration rate from Faraday's law: CPR = iA/(nFρ)",
    solution="CPR = 3.2×10⁻⁶ A/cm² · 58.69 g/mol/(2 · 96 485 C/mol · 8.90 g/cm³) = 1.094×10⁻¹⁰ cm/s = 3.45×10⁻³ cm/yr = 0.0345 mm/yr.",
    forms=("multi_step", "unicode"),
)
def h4_corr_03():
    """A nickel component corrodes uniformly in a chloride solution, the metal dissolving as Ni²⁺, with a corrosion current density of 3.2 µA/cm². Taking the density of nickel as 8.90 g/cm³ and its atomic weight as 58.69 g/mol, what is the corrosion penetration rate in mm per year?"""
    i = Q_(3.2, "microA/cm**2")
    return i * Q_(58.69, "g/mol") / (2 * F_CONST * Q_(8.90, "g/cm**3"))


@item(
    S,
    "corrosion",
    "kg",
    "Faraday's law m = ItA/(nF) over one year",
    solution="Q = 0.25 A · 3.156×10⁷ s = 7.889×10⁶ C; m = 7.889×10⁶ · 55.85/(2 · 96 485) = 2.28×10³ g = 2.28 kg.",
    forms=("sig_figs", "multi_step"),
)
def h4_corr_04():
    """An unprotected buried steel pipe section discharges a steady corrosion current of 0.25 A into the soil, the iron going into solution as Fe2+. How many kilograms of iron are lost in one year? (Fe: 55.85 g/mol.) Give the result to 3 significant figures."""
    return Q_(0.25, "A") * Q_(1, "year") * Q_(55.85, "g/mol") / (2 * F_CONST)


@item(
    S,
    "corrosion",
    "dimensionless",
    "Pilling–Bedworth ratio = V_oxide/V_metal = (M_oxide/ρ_oxide)/(2A_M/ρ_M) for M₂O₃",
    solution="V_oxide = 151.99/5.22 = 29.12 cm³ per mole of Cr₂O₃; V_metal = 2 · 52.00/7.19 = 14.46 cm³; P–B = 29.12/14.46 = 2.01.",
    forms=("unicode",),
)
def h4_corr_05():
    """Chromium (atomic weight 52.00 g/mol, density 7.19 g/cm³) oxidises to Cr₂O₃ (molar mass 151.99 g/mol, density 5.22 g/cm³). Calculate the Pilling–Bedworth ratio for chromium."""
    oxide = Q_(151.99, "g/mol") / Q_(5.22, "g/cm**3")
    metal = 2 * Q_(52.00, "g/mol") / Q_(7.19, "g/cm**3")
    return oxide / metal


@item(
    S,
    "corrosion",
    "V",
    "cell Nernst equation E = ΔE° − (RT/nF) ln([anode ion]/[cathode ion]); zinc is the anode",
    solution="ΔE° = −0.440 − (−0.763) = 0.323 V with Zn as the anode; E = 0.323 − (0.05916/2) log(0.20/0.0050) = 0.323 − 0.02958 · 1.602 = 0.323 − 0.0474 = 0.276 V.",
    forms=("multi_step", "tex"),
)
def h4_corr_06():
    r"""A galvanic cell at $25^{\circ} \mathrm{C}$ consists of a zinc electrode in $0.20 \mathrm{~M}$ $\mathrm{Zn}^{2+}$ and an iron electrode in $0.0050 \mathrm{~M}$ $\mathrm{Fe}^{2+}$. The standard potentials are $-0.763 \mathrm{~V}$ for $\mathrm{Zn}^{2+}/\mathrm{Zn}$ and $-0.440 \mathrm{~V}$ for $\mathrm{Fe}^{2+}/\mathrm{Fe}$. Compute the cell voltage."""
    thermal = R_GAS * kelvin(25) / (2 * F_CONST)
    return Q_(-0.440 - (-0.763), "V") - thermal * math.log(0.20 / 0.0050)


@item(
    S,
    "corrosion",
    None,
    "the cell Nernst equation needs both ion concentrations",
    refuse="the Sn²⁺ concentration of the tin half-cell is not given, so the Nernst correction and the cell voltage cannot be computed",
    solution="E = ΔE° − (0.0592/2) log([Sn²⁺]/[Cu²⁺]): [Sn²⁺] is not stated.",
    forms=("must_refuse", "unicode"),
)
def h4_corr_07():
    """A tin electrode and a copper electrode form a galvanic cell at 25 °C; the copper electrode stands in a solution with 0.020 M Cu²⁺. Given E°(Sn²⁺/Sn) = −0.136 V and E°(Cu²⁺/Cu) = +0.340 V, what is the cell potential?"""
    return None


@item(
    S,
    "corrosion",
    "mV",
    "concentration polarisation η_c = (2.3RT/nF) log(1 − i/i_L) (Callister eq. 17.27)",
    solution="η_c = (2.303 · 8.314 · 298.15/(2 · 96 485)) · log(1 − 0.90) = 0.02958 · (−1) = −0.0296 V; its magnitude is 29.6 mV.",
    forms=("unicode", "unit_form"),
)
def h4_corr_08():
    """The reduction of Cu²⁺ (n = 2) at a cathode at 25 °C is limited by diffusion. What is the magnitude of the concentration polarisation, in mV, when the current density is 90 % of the limiting current density?"""
    thermal = R_GAS * kelvin(25) / (2 * F_CONST)
    return -thermal * math.log(1 - 0.90)


@item(
    S,
    "corrosion",
    "minute",
    "mass to deposit m = ρAt_coat; Faraday's law t = mnF/(IA_Ni)",
    solution="m = 8.90 g/cm³ · 200 cm² · 15×10⁻⁴ cm = 2.67 g; t = 2.67 · 2 · 96 485/(2.0 · 58.69) = 4 389 s = 73.2 min. The bath temperature is not needed.",
    forms=("multi_step", "distractor", "unicode"),
)
def h4_corr_09():
    """A steel part with a surface area of 200 cm² is to receive a nickel coating 15 µm thick from a Watts bath at 55 °C (Ni²⁺, 100 % current efficiency). At a current of 2.0 A, how many minutes does the plating take? Nickel: density 8.90 g/cm³, atomic weight 58.69 g/mol."""
    mass = Q_(8.90, "g/cm**3") * Q_(200, "cm**2") * Q_(15, "micrometer")
    return mass * 2 * F_CONST / (Q_(2.0, "A") * Q_(58.69, "g/mol"))
