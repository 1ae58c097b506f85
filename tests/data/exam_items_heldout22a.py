"""Set heldout22 (set W), first half: 60 questions over seven topics of a qualifying exam.

Topics: crystallography & X-ray diffraction, defects, diffusion, mechanical properties, failure,
phase diagrams, transformations & kinetics. Written blind: the writer read only the registry
(``exam_items.py``), the shared quantities (``exam_quantities.py``) and the head of one earlier item
file for its layout; not the answer engine, the checker, the solver or the questions of earlier
sets. Each key is computed in the body with pint quantities or plain math; ``solution`` is the
worked solution in words, ``forms`` says how the text is written. A question with two standard
readings returns a dict of them (primary first); one that must be refused returns None and says
why in ``refuse=``.
"""

from __future__ import annotations

import math
from typing import Any

from exam_items import item
from exam_quantities import AVOGADRO, K_BOLTZ, Q_, R_GAS, kelvin, num

S = "heldout22"

K_EV = K_BOLTZ.to("eV/K")


def bragg_theta(d: Any, wavelength: Any) -> float:
    """First-order Bragg angle θ in radians for spacing ``d`` and ``wavelength`` (pint lengths)."""
    return math.asin(num(wavelength / (2 * d)))


# ---------------------------------------------------------------- crystallography & X-ray diffraction


@item(
    S,
    "crystallography_xrd",
    "degree",
    "Bragg's law with d_hkl = a/√(h²+k²+l²) (Cullity ch. 3)",
    solution="d_211 = 0.2866/√6 = 0.11700 nm. sin θ = 0.17890/(2 × 0.11700) = 0.7645, θ = 49.86°, so 2θ = 99.7°.",
    forms=("siunitx", "tex", "two_step"),
)
def h22a_crystallography_xrd_01():
    r"""A ferritic steel (BCC, $a = \SI{0.2866}{\nano\meter}$) is examined with Co K$\alpha$ radiation, $\lambda = \SI{0.17890}{\nano\meter}$. Find the diffraction angle $2\theta$ (in degrees) of the $\{211\}$ reflection, first order."""
    d = Q_(0.2866, "nm") / math.sqrt(6)
    return Q_(2 * math.degrees(bragg_theta(d, Q_(0.17890, "nm"))), "degree")


@item(
    S,
    "crystallography_xrd",
    "g/cm**3",
    "FCC density ρ = nA/(V_C N_A) (Callister eq. 3.8)",
    solution="FCC has n = 4; A(Ni) = 58.69 g/mol. V_C = (3.524 × 10⁻⁸ cm)³ = 4.376 × 10⁻²³ cm³. ρ = 4 × 58.69/(4.376 × 10⁻²³ × 6.022 × 10²³) = 8.91 g/cm³.",
    forms=("known_datum_not_given", "one_step", "unicode"),
)
def h22a_crystallography_xrd_02():
    """Nickel is FCC with a lattice constant of 3.524 Å. What's its theoretical density in g/cm³?"""
    a = Q_(3.524, "angstrom")
    return 4 * Q_(58.69, "g/mol") / (a**3 * AVOGADRO)


@item(
    S,
    "crystallography_xrd",
    "angstrom",
    "Bragg's law, cubic d_hkl = a/√(h²+k²+l²) (Cullity ch. 3)",
    solution="For the 311 peak θ = 78.23°/2 = 39.115°, sin θ = 0.63083. d_311 = 1.5406/(2 × 0.63083) = 1.2211 Å, a = d√11 = 1.2211 × 3.3166 = 4.050 Å.",
    forms=("pasted_table", "inverse", "distractor", "two_step"),
)
def h22a_crystallography_xrd_03():
    """Peak list from our Al powder scan (Cu Ka1, 1.5406 Å), copied from the sheet:

    Peak\t2θ (deg)\thkl\tI/I0 (%)
    1\t38.47\t111\t100
    2\t44.72\t200\t47
    3\t65.10\t220\t22
    4\t78.23\t311\t24

    Use peak 4 to get the lattice parameter in Å."""
    theta = math.radians(78.23 / 2)
    d = Q_(1.5406, "angstrom") / (2 * math.sin(theta))
    return d * math.sqrt(11)


@item(
    S,
    "crystallography_xrd",
    "1/nm**2",
    "FCC (111) planar density PD = 4/(√3 a²) (Callister sec. 3.11)",
    solution="The (111) plane of the FCC cell (an equilateral triangle of side a√2, area (√3/2)a²) holds 2 atoms, so PD = 4/(√3 a²) = 4/(1.7321 × 0.3524²) = 4/0.21510 = 18.6 atoms/nm².",
    forms=("uncertainty_given", "one_step"),
)
def h22a_crystallography_xrd_04():
    """Lattice parameter of a Ni film measured by XRD: a = 0.3524(2) nm (FCC). Compute the planar density of the (111) plane, in atoms per nm²."""
    a = Q_(0.3524, "nm")
    return 4 / (math.sqrt(3) * a**2)


@item(
    S,
    "crystallography_xrd",
    "dimensionless",
    "Linear density LD = atoms centred on the direction/length (Callister sec. 3.11)",
    decimals=2,
    solution="Along [110] of FCC two atom diameters fit in the face diagonal a√2: LD₁₁₀ = 2/(a√2) = 1.414/a. Along [100] one atom per a: LD₁₀₀ = 1/a. Ratio = √2 = 1.41 : 1.",
    forms=("ratio_colon", "sig_figs", "one_step"),
)
def h22a_crystallography_xrd_05():
    """For an FCC metal, what is the ratio of the linear density along [110] to that along [100]? Give it as x : 1, to three significant figures."""
    a = Q_(0.36, "nm")
    ld110 = 2 / (a * math.sqrt(2))
    ld100 = 1 / a
    return ld110 / ld100


@item(
    S,
    "crystallography_xrd",
    "g/cm**3",
    "ρ = nA/(V_C N_A) (Callister eq. 3.8)",
    refuse="the mean atomic weight of an unnamed multi-component alloy is not given and no textbook constant supplies it, so the density cannot be computed from the lattice parameter alone",
    solution="ρ = nA/(V_C N_A) needs the mean atomic weight A; the alloy's composition is not stated, so A and hence ρ cannot be found.",
    forms=("story", "missing_datum"),
)
def h22a_crystallography_xrd_06():
    """A new refractory high-entropy alloy produced by arc melting is single-phase BCC; XRD gives a lattice parameter of 0.3300 nm. Calculate its theoretical density in g/cm³."""
    return None


@item(
    S,
    "crystallography_xrd",
    "pm",
    "Bragg's law; BCC first line 110, R = √3 a/4 (Cullity ch. 3; Callister eq. 3.4)",
    solution="(a) The first BCC line is 110; θ = 20.255°, sin θ = 0.34616, d₁₁₀ = 0.15406/(2 × 0.34616) = 0.22253 nm. (b) a = d√2 = 0.31470 nm. (c) R = √3 a/4 = 0.13627 nm = 136 pm.",
    forms=("part_chain", "esl", "multi_step", "unit_other"),
)
def h22a_crystallography_xrd_07():
    """Molybdenum is BCC. With Cu Kα radiation (λ = 0.15406 nm) the first peak of the pattern is at 2θ = 40.51°.
    (a) Index this peak and calculate its interplanar spacing.
    (b) Using your result of (a), calculate the lattice parameter.
    (c) From (b), calculate the atomic radius of molybdenum, giving it in pm."""
    theta = math.radians(40.51 / 2)
    d = Q_(0.15406, "nm") / (2 * math.sin(theta))
    a = d * math.sqrt(2)
    return math.sqrt(3) * a / 4


@item(
    S,
    "crystallography_xrd",
    "kg/m**3",
    "HCP cell V = (3√3/2)a²c, n = 6; ρ = nA/(V_C N_A) (Callister sec. 3.5)",
    solution="V_C = (3√3/2) a² c = 2.5981 × 0.2951² × 0.4683 = 0.10596 nm³ = 1.0596 × 10⁻²² cm³. With A(Ti) = 47.87 g/mol and n = 6: ρ = 6 × 47.87/(1.0596 × 10⁻²² × 6.022 × 10²³) = 4.50 g/cm³ = 4500 kg/m³.",
    forms=("known_datum_not_given", "two_step", "unit_other"),
)
def h22a_crystallography_xrd_08():
    """α-titanium is hexagonal close-packed with a = 0.2951 nm and c = 0.4683 nm. Estimate its density in kg/m^3."""
    a, c = Q_(0.2951, "nm"), Q_(0.4683, "nm")
    v = 3 * math.sqrt(3) / 2 * a**2 * c
    return 6 * Q_(47.87, "g/mol") / (v * AVOGADRO)


@item(
    S,
    "crystallography_xrd",
    "nm",
    "Scherrer equation t = Kλ/(β cos θ_B) (Cullity sec. 5-2)",
    solution="β = 0.35° = 6.109 × 10⁻³ rad; θ_B = 19.1°, cos θ_B = 0.94495. t = 0.9 × 0.15406/(6.109 × 10⁻³ × 0.94495) = 24.0 nm.",
    forms=("tex", "one_step", "unit_other"),
)
def h22a_crystallography_xrd_09():
    r"""Nanocrystalline gold powder gives a (111) peak at $2\theta = 38.2^\circ$ with an instrument-corrected FWHM $\beta = 0.35^\circ$ ($\lambda = 1.5406$ \AA). Using the Scherrer equation with $K = 0.9$, estimate the mean crystallite size in nm."""
    beta = math.radians(0.35)
    theta = math.radians(38.2 / 2)
    return 0.9 * Q_(1.5406, "angstrom") / (beta * math.cos(theta))


# ---------------------------------------------------------------- defects


@item(
    S,
    "defects",
    "ppm",
    "N_v/N = exp(−Q_v/kT) (Callister eq. 4.1)",
    solution="kT = 8.617 × 10⁻⁵ × 1273.15 = 0.10971 eV; N_v/N = exp(−0.90/0.10971) = exp(−8.2035) = 2.74 × 10⁻⁴ = 274 ppm.",
    forms=("ppm_units", "one_step", "unit_other"),
)
def h22a_defects_01():
    """The vacancy formation energy of copper is 0.90 eV/atom. What fraction of the lattice sites are vacant at 1000 °C? Express it in ppm."""
    return Q_(math.exp(-num(Q_(0.90, "eV") / (K_EV * kelvin(1000)))), "dimensionless")


@item(
    S,
    "defects",
    "1/m**3",
    "N_v = N exp(−Q_v/kT), N = N_A ρ/A (Callister eqs. 4.1, 4.2)",
    solution="N = N_A ρ/A = 6.022 × 10²³ × 2.70/26.98 = 6.026 × 10²² cm⁻³ = 6.026 × 10²⁸ m⁻³ (A(Al) = 26.98 g/mol). kT = 8.617 × 10⁻⁵ × 773.15 = 0.066623 eV; exp(−0.75/0.066623) = exp(−11.257) = 1.29 × 10⁻⁵. N_v = 6.026 × 10²⁸ × 1.292 × 10⁻⁵ = 7.78 × 10²³ m⁻³.",
    forms=("siunitx", "known_datum_not_given", "two_step"),
)
def h22a_defects_02():
    r"""Calculate the equilibrium number of vacancies per cubic metre in aluminium at \qty{500}{\celsius}. Take $Q_v = \SI{0.75}{\electronvolt}$ per atom and $\rho = \SI{2.70}{\gram\per\centi\meter\cubed}$."""
    n = AVOGADRO * Q_(2.70, "g/cm**3") / Q_(26.98, "g/mol")
    return n * math.exp(-num(Q_(0.75, "eV") / (K_EV * kelvin(500))))


@item(
    S,
    "defects",
    "kJ/mol",
    "N_v/N = exp(−Q_v/kT) at two temperatures (Callister eq. 4.1)",
    solution="ln 10 = (Q_v/k)(1/800 − 1/1000) = (Q_v/k) × 2.5 × 10⁻⁴ K⁻¹, so Q_v = 8.617 × 10⁻⁵ × 2.3026/2.5 × 10⁻⁴ = 0.7937 eV/atom. Per mole: 0.7937 × 96.485 = 76.6 kJ/mol.",
    forms=("inverse", "story", "unit_other", "two_step"),
)
def h22a_defects_03():
    """In a quench-and-resistivity experiment, the equilibrium vacancy concentration of a metal is found to be ten times higher at 1000 K than at 800 K. What is the vacancy formation energy, in kJ/mol?"""
    q_atom = K_BOLTZ * math.log(10) / (1 / Q_(800, "K") - 1 / Q_(1000, "K"))
    return q_atom * AVOGADRO


@item(
    S,
    "defects",
    "dimensionless",
    "ASTM grain size N = 2^(n−1) at 100× with magnification correction N_M (M/100)² (Callister eqs. 4.19a, 4.19b)",
    decimals=1,
    solution="Refer the count to 100×: N = 12 × (250/100)² = 75 grains/in². n = 1 + log₂75 = 1 + 6.229 = 7.2.",
    forms=("us_units", "two_step"),
)
def h22a_defects_04():
    """A photomicrograph taken at 250x shows 12 grains per square inch. Determine the ASTM grain size number (one decimal)."""
    n_100 = 12 * (250 / 100) ** 2
    return Q_(1 + math.log2(n_100), "dimensionless")


@item(
    S,
    "defects",
    "um",
    "grain growth d^n − d₀^n = Kt (Callister eq. 7.9)",
    refuse="grain growth needs the kinetic constants (n, K at 950 °C) of this steel, which are not given and are no textbook constants",
    solution="d^n − d₀^n = Kt needs the exponent n and the rate constant K at 950 °C; neither is given, so the grain size after the hold cannot be found.",
    forms=("story", "not_determinable"),
)
def h22a_defects_05():
    """A normalized plain-carbon steel has ASTM grain size number 7. It is then soaked for 2 h at 950 °C before forging. Estimate the mean grain diameter after the soak, in µm."""
    return None


@item(
    S,
    "defects",
    "angstrom",
    "BCC Burgers vector b = (a/2)⟨111⟩, |b| = a√3/2 (Callister sec. 4.5; Hull & Bacon ch. 1)",
    solution="|b| = a√3/2 = 0.2866 × 0.86603 = 0.24820 nm = 2.482 Å.",
    forms=("unicode_typography", "one_step", "unit_other"),
)
def h22a_defects_06():
    """α‑Fe: a = 0.286 6 nm (BCC). Magnitude of the Burgers vector of a ½⟨111⟩ dislocation, in Å?"""
    return Q_(0.2866, "nm") * math.sqrt(3) / 2


@item(
    S,
    "defects",
    "pm",
    "FCC octahedral site: a = 2R + 2r along the edge, R = a/(2√2) (Callister sec. 4.3; Askeland ch. 3)",
    solution="R = a/(2√2) = 0.3591/2.8284 = 0.12696 nm. Along the cube edge a = 2R + 2r, so r = a/2 − R = 0.17955 − 0.12696 = 0.05259 nm = 52.6 pm.",
    forms=("two_step", "unit_other"),
)
def h22a_defects_07():
    """Austenite (γ-Fe) is FCC with a = 0.3591 nm at 1000 °C. Treating the iron atoms as hard spheres, find the radius (pm) of the largest sphere that fits in an octahedral interstitial site."""
    a = Q_(0.3591, "nm")
    big_r = a / (2 * math.sqrt(2))
    return a / 2 - big_r


@item(
    S,
    "defects",
    "1/cm**3",
    "ppm by mass to number density: n = ρ w N_A/A (Callister sec. 4.4)",
    solution="Oxygen mass per cm³ = 8.96 × 50 × 10⁻⁶ = 4.48 × 10⁻⁴ g. n = 4.48 × 10⁻⁴ × 6.022 × 10²³/16.00 = 1.69 × 10¹⁹ O atoms/cm³ (A(O) = 16.00 g/mol).",
    forms=("ppm_units", "known_datum_not_given", "two_step", "distractor"),
)
def h22a_defects_08():
    """Tough-pitch copper (density 8.96 g/cm³, melting point 1085 °C) contains 50 ppm (by weight) of oxygen. How many oxygen atoms are there per cm³?"""
    mass_o = Q_(8.96, "g/cm**3") * 50e-6
    return mass_o * AVOGADRO / Q_(16.00, "g/mol")


@item(
    S,
    "defects",
    "km",
    "dislocation density ρ_⊥ = total line length/volume (Callister sec. 7.2)",
    solution="V = (2.0 mm)³ = 8.0 × 10⁻⁹ m³. L = ρ_⊥ V = 3.5 × 10¹³ × 8.0 × 10⁻⁹ = 2.80 × 10⁵ m = 2.80 × 10² km.",
    forms=("sig_figs", "unicode", "unit_other", "two_step"),
)
def h22a_defects_09():
    """A heavily cold-rolled copper cube 2.0 mm on edge has a dislocation density ρ⊥ = 3.5 × 10¹³ m⁻². What total length of dislocation line does it contain? Answer in km, in scientific notation to three significant figures."""
    v = Q_(2.0, "mm") ** 3
    return Q_(3.5e13, "1/m**2") * v


# ---------------------------------------------------------------- diffusion


@item(
    S,
    "diffusion",
    "m**2/s",
    "D = D₀ exp(−Q_d/RT) (Callister eq. 5.8)",
    solution="RT = 8.314 × 1273.15 = 10585 J/mol; Q/RT = 148 000/10585 = 13.982; exp(−13.982) = 8.47 × 10⁻⁷. D = 2.3 × 10⁻⁵ × 8.47 × 10⁻⁷ = 1.95 × 10⁻¹¹ m²/s.",
    forms=("esl", "siunitx", "one_step"),
)
def h22a_diffusion_01():
    r"""Calculate the diffusivity of carbon in austenite at 1000 °C, knowing that the pre-exponential is \num{2.3e-5} \si{\meter\squared\per\second} and the activation energy is \SI{148}{\kilo\joule\per\mole}. Give D in \si{\meter\squared\per\second}."""
    return Q_(2.3e-5, "m**2/s") * math.exp(-num(Q_(148, "kJ/mol") / (R_GAS * kelvin(1000))))


@item(
    S,
    "diffusion",
    "kJ/mol",
    "Q_d = R ln(D₂/D₁)/(1/T₁ − 1/T₂) (Callister eq. 5.9b)",
    solution="T₁ = 773.15 K, T₂ = 873.15 K; 1/T₁ − 1/T₂ = 1.2934 × 10⁻³ − 1.1453 × 10⁻³ = 1.4814 × 10⁻⁴ K⁻¹. ln(5.3 × 10⁻¹³/4.8 × 10⁻¹⁴) = ln 11.04 = 2.4017. Q = 8.314 × 2.4017/1.4814 × 10⁻⁴ = 1.348 × 10⁵ J/mol = 135 kJ/mol.",
    forms=("pasted_table", "inverse", "two_step", "unit_other"),
)
def h22a_diffusion_02():
    """Tracer diffusion of Cu in Al, two runs (pasted from lab sheet):

    T (°C)    D (m²/s)
    500       4.8e-14
    600       5.3e-13

    What is the activation energy for diffusion, in kJ/mol?"""
    t1, t2 = kelvin(500), kelvin(600)
    return R_GAS * math.log(5.3e-13 / 4.8e-14) / (1 / t1 - 1 / t2)


@item(
    S,
    "diffusion",
    "hour",
    "Fick's second law, semi-infinite solid: (C_x − C₀)/(C_s − C₀) = 1 − erf(x/2√(Dt)) (Callister eq. 5.5)",
    solution="(0.60 − 0.20)/(1.00 − 0.20) = 0.5 = 1 − erf z, so erf z = 0.5 and z = 0.4769. t = x²/(4Dz²) = (7.5 × 10⁻⁴)²/(4 × 1.6 × 10⁻¹¹ × 0.22743) = 3.86 × 10⁴ s = 10.7 h.",
    forms=("inverse", "multi_step", "unit_other", "story"),
)
def h22a_diffusion_03():
    """A 1020 steel gear (0.20 wt% C) is gas-carburized at a temperature where D = 1.6 × 10^-11 m^2/s; the surface is held at 1.00 wt% C. How many hours are needed for the carbon content at 0.75 mm below the surface to reach 0.60 wt%?"""
    frac = (0.60 - 0.20) / (1.00 - 0.20)
    z = 0.4769362762044699  # erf z = 1 − frac = 0.5
    assert abs(math.erf(z) - (1 - frac)) < 1e-9
    return Q_(0.75, "mm") ** 2 / (4 * Q_(1.6e-11, "m**2/s") * z**2)


@item(
    S,
    "diffusion",
    "um",
    "characteristic diffusion distance x ≈ √(Dt) (Shewmon ch. 1; Porter–Easterling sec. 2.2) or x ≈ 2√(Dt) (Callister sec. 5.4)",
    solution="Dt = 1.0 × 10⁻¹⁴ × 3600 = 3.6 × 10⁻¹¹ m². Reading x = √(Dt): x = 6.0 × 10⁻⁶ m = 6.0 µm. Reading x = 2√(Dt) (where the erf argument is 1): 12 µm.",
    forms=("two_reading", "one_step", "unit_other"),
)
def h22a_diffusion_04():
    """Roughly how far does Ni diffuse into Cu in 1 h at a temperature where D = 1.0 × 10⁻¹⁴ m²/s? Give the diffusion distance in µm."""
    dt = Q_(1.0e-14, "m**2/s") * Q_(1, "hour")
    return {"x = sqrt(Dt)": dt**0.5, "x = 2 sqrt(Dt)": 2 * dt**0.5}


@item(
    S,
    "diffusion",
    "hour",
    "Fick's second law, semi-infinite solid (Callister eq. 5.5)",
    refuse="the target carbon content (1.4 wt%) lies above the surface concentration held by the atmosphere (1.2 wt%), so (C_x − C₀)/(C_s − C₀) > 1 and no time satisfies it: the givens contradict each other",
    solution="(1.4 − 0.45)/(1.2 − 0.45) = 1.27 > 1, but 1 − erf z never exceeds 1: carbon cannot build up above the surface concentration, so no time reaches the stated content.",
    forms=("contradictory", "story"),
)
def h22a_diffusion_05():
    """A steel shaft containing 0.45 wt% C is carburized at 950 °C in an atmosphere that keeps the surface at 1.2 wt% C (D = 2.0 × 10⁻¹¹ m²/s). How long will it take for the carbon concentration 0.5 mm below the surface to reach 1.4 wt%?"""
    return None


@item(
    S,
    "diffusion",
    "kg/(m**2*h)",
    "Fick's first law J = −D dC/dx (Callister eq. 5.2)",
    solution="Δx = 0.20 in = 5.08 × 10⁻³ m. J = D ΔC/Δx = 1.7 × 10⁻⁸ × (2.0 − 0.4)/5.08 × 10⁻³ = 5.354 × 10⁻⁶ kg/(m² s) = 1.93 × 10⁻² kg/(m² h).",
    forms=("mixed_units", "unit_other", "two_step"),
)
def h22a_diffusion_06():
    """Hydrogen is purified by passing it through a palladium sheet 0.20 in thick at 600 °C. D(H in Pd) = 1.7 × 10⁻⁸ m²/s; the hydrogen concentrations at the high- and low-pressure faces are 2.0 and 0.4 kg/m³. What is the steady-state flux in kg per m² per hour?"""
    return Q_(1.7e-8, "m**2/s") * Q_(2.0 - 0.4, "kg/m**3") / Q_(0.20, "inch")


@item(
    S,
    "diffusion",
    "hour",
    "D = D₀ exp(−Q/RT) and constant Dt for equal composition profiles (Callister eqs. 5.6b, 5.8)",
    solution="(a) D₇₀₀ = 1.1 × 10⁻⁶ exp(−87 400/(8.314 × 973.15)) = 1.1 × 10⁻⁶ × exp(−10.803) = 2.24 × 10⁻¹¹ m²/s. (b) D₆₀₀ = 1.1 × 10⁻⁶ exp(−12.040) = 6.49 × 10⁻¹² m²/s. Equal profiles need equal Dt: t = 10 h × 2.24 × 10⁻¹¹/6.49 × 10⁻¹² = 34.4 h.",
    forms=("part_chain", "multi_step"),
)
def h22a_diffusion_07():
    """Carbon in α-iron: D₀ = 1.1 × 10⁻⁶ m²/s, Q = 87.4 kJ/mol.
    (a) Compute D at 700 °C.
    (b) A decarburizing treatment gives a certain carbon profile after 10 h at 700 °C. Using your result from (a), how many hours at 600 °C would give the same profile?"""
    d0, q = Q_(1.1e-6, "m**2/s"), Q_(87.4, "kJ/mol")
    d700 = d0 * math.exp(-num(q / (R_GAS * kelvin(700))))
    d600 = d0 * math.exp(-num(q / (R_GAS * kelvin(600))))
    return Q_(10, "hour") * d700 / d600


@item(
    S,
    "diffusion",
    "dimensionless",
    "D = D₀ exp(−Q/RT) ratio at two temperatures (Callister eq. 5.8)",
    solution="D₁₁₀₀/D₉₀₀ = exp[(Q/R)(1/900 − 1/1100)] = exp[(142 000/8.314) × 2.0202 × 10⁻⁴] = exp(3.4504) = 31.5, i.e. 31.5 : 1.",
    forms=("uncertainty_given", "ratio_colon", "one_step"),
)
def h22a_diffusion_08():
    """Self-diffusion in a metal has Q = 142 ± 3 kJ/mol. How many times larger is D at 1100 K than at 900 K? (answer as x : 1)"""
    q = Q_(142, "kJ/mol")
    return Q_(math.exp(num(q / R_GAS * (1 / Q_(900, "K") - 1 / Q_(1100, "K")))), "dimensionless")


@item(
    S,
    "diffusion",
    "cm**2/s",
    "D = D₀ exp(−Q/RT) (Callister eq. 5.8)",
    solution="Q/RT = 142 000/(8.3145 × 1173) = 14.560; exp(−14.560) = 4.75 × 10⁻⁷. D = 2.0 × 10⁻⁵ × 4.75 × 10⁻⁷ = 9.50 × 10⁻¹² m²/s = 9.50 × 10⁻⁸ cm²/s.",
    forms=("unicode_typography", "unit_other", "one_step"),
)
def h22a_diffusion_09():
    """Interdiffusion coefficient: D₀ = 2.0 × 10⁻⁵ m²·s⁻¹, Q = 142 kJ⋅mol⁻¹. Evaluate D at T = 1 173 K and report it in cm²/s."""
    return Q_(2.0e-5, "m**2/s") * math.exp(-num(Q_(142, "kJ/mol") / (R_GAS * Q_(1173, "K"))))


# ---------------------------------------------------------------- mechanical properties


@item(
    S,
    "mechanical_properties",
    "dimensionless",
    "engineering strain ε = Δl/l₀ (Callister eq. 6.2) or true strain ε_T = ln(l/l₀) (Callister eq. 6.16)",
    solution="Engineering strain: (62.5 − 50.0)/50.0 = 0.250. True strain: ln(62.5/50.0) = ln 1.25 = 0.223.",
    forms=("two_reading", "one_step"),
)
def h22a_mechanical_properties_01():
    """A copper wire with a 50.0 mm gauge length is pulled until the gauge marks are 62.5 mm apart (uniform deformation, no necking yet). What strain has the wire undergone?"""
    l0, l1 = Q_(50.0, "mm"), Q_(62.5, "mm")
    return {
        "engineering strain": (l1 - l0) / l0,
        "true strain": Q_(math.log(num(l1 / l0)), "dimensionless"),
    }


@item(
    S,
    "mechanical_properties",
    "mm",
    "Hooke's law σ = Eε, Δl = σl₀/E (Callister eq. 6.5)",
    solution="ε = σ/E = 35 000/30 × 10⁶ = 1.1667 × 10⁻³. Δl = ε l₀ = 1.1667 × 10⁻³ × 10 in = 0.011667 in = 0.296 mm.",
    forms=("us_units", "unit_other", "two_step"),
)
def h22a_mechanical_properties_02():
    """A 10-in. steel tie rod (E = 30 × 10^6 psi) carries a tensile stress of 35 ksi, well within the elastic range. How much does it stretch? Answer in mm."""
    strain = Q_(35, "ksi") / Q_(30e6, "psi")
    return strain * Q_(10, "inch")


@item(
    S,
    "mechanical_properties",
    "um",
    "σ = F/A₀, ε_z = σ/E, ε_x = −νε_z (Callister eqs. 6.1, 6.5, 6.8)",
    solution="A₀ = π(5 mm)² = 78.54 mm²; σ = 15 000/78.54 = 190.99 MPa. ε_z = 190.99/110 000 = 1.7363 × 10⁻³; ε_x = −0.34 × 1.7363 × 10⁻³ = −5.903 × 10⁻⁴. Δd = −5.903 × 10⁻⁴ × 10 mm = −5.90 × 10⁻³ mm: the diameter shrinks by 5.90 µm.",
    forms=("siunitx", "multi_step", "unit_other", "tex"),
)
def h22a_mechanical_properties_03():
    r"""A brass rod of diameter \SI{10}{\milli\meter} ($E = \SI{110}{\giga\pascal}$, $\nu = 0.34$) is loaded elastically in tension by \SI{15}{\kilo\newton}. By how much does its diameter decrease, in \si{\micro\meter}?"""
    d0 = Q_(10, "mm")
    sigma = Q_(15, "kN") / (math.pi * d0**2 / 4)
    eps_x = 0.34 * sigma / Q_(110, "GPa")
    return eps_x * d0


@item(
    S,
    "mechanical_properties",
    "GPa",
    "E = σ/ε in the linear region, σ = F/A₀, ε = Δl/l₀ (Callister sec. 6.3)",
    rel_tol=0.03,
    solution="A₀ = π(6.4 mm)² = 128.68 mm². At 30 000 N: σ = 233.1 MPa, ε = 0.0571/50.8 = 1.124 × 10⁻³. E = 233.1/1.124 × 10⁻³ = 2.07 × 10⁵ MPa = 207 GPa (the other rows give the same slope).",
    forms=("pasted_table", "multi_step", "distractor"),
)
def h22a_mechanical_properties_04():
    """Tensile test, steel, round bar d0 = 12.8 mm, gauge L0 = 50.8 mm. First rows of the logger output:

    Load (N)    Elongation (mm)
    0           0.0000
    10000       0.0190
    20000       0.0381
    30000       0.0571
    50500       0.2540

    Determine the modulus of elasticity (GPa)."""
    a0 = math.pi * Q_(12.8, "mm") ** 2 / 4
    sigma = Q_(30000, "N") / a0
    strain = Q_(0.0571, "mm") / Q_(50.8, "mm")
    return sigma / strain


@item(
    S,
    "mechanical_properties",
    "kJ/m**3",
    "modulus of resilience U_r = σ_y²/(2E) (Callister eq. 6.14)",
    solution="U_r = σ_y²/(2E) = (415 × 10⁶)²/(2 × 207 × 10⁹) = 1.7223 × 10¹⁷/4.14 × 10¹¹ = 4.16 × 10⁵ J/m³ = 416 kJ/m³.",
    forms=("uncertainty_given", "one_step", "unit_other"),
)
def h22a_mechanical_properties_05():
    """Spring steel data from the supplier: σy = 415 ± 10 MPa, E = 207 ± 2 GPa. Compute the modulus of resilience in kJ/m³."""
    sy, e = Q_(415, "MPa"), Q_(207, "GPa")
    return sy**2 / (2 * e)


@item(
    S,
    "mechanical_properties",
    "ksi",
    "TS(MPa) ≈ 3.45 × HB, TS(psi) ≈ 500 × HB (Callister eq. 6.20)",
    solution="TS ≈ 3.45 × HB = 3.45 × 250 = 862.5 MPa = 125 ksi (equivalently 500 × 250 psi).",
    forms=("one_step", "unit_other"),
)
def h22a_mechanical_properties_06():
    """A quenched and tempered 4140 steel reads 250 HB. Estimate its tensile strength in ksi."""
    return 3.45 * 250 * Q_(1, "MPa")


@item(
    S,
    "mechanical_properties",
    "MPa",
    "0.2 % offset yield strength (Callister sec. 6.6)",
    refuse="the elastic point gives only E; the 0.2 % offset yield strength needs the plastic part of the stress–strain curve, which is not given",
    solution="The one load–extension pair is elastic and gives E = 69 GPa only; the 0.2 % offset line must cross the measured plastic curve, which is not given, so the yield strength cannot be found.",
    forms=("not_determinable", "distractor", "story"),
)
def h22a_mechanical_properties_07():
    """A tensile specimen of an experimental Al–Li alloy (diameter 10.0 mm, gauge length 50.0 mm) extends elastically by 0.185 mm under a load of 20.0 kN; the modulus is 69 GPa. Using the 0.2 % offset method, what is the yield strength of the alloy in MPa?"""
    return None


@item(
    S,
    "mechanical_properties",
    "MPa",
    "true stress σ_T = F/A_i (Callister eq. 6.15)",
    solution="A_i = π(10.7 mm)²/4 = 89.92 mm²; σ_T = 42 000 N/89.92 mm² = 467 MPa. The original diameter and length are not needed.",
    forms=("esl", "distractor", "two_step"),
)
def h22a_mechanical_properties_08():
    """Calculate the true stress in the neck of a steel specimen, knowing that the load is 42 kN at the moment the neck diameter is 10.7 mm. The specimen had originally 12.8 mm of diameter and 50.8 mm of gauge length."""
    a_i = math.pi * Q_(10.7, "mm") ** 2 / 4
    return Q_(42, "kN") / a_i


@item(
    S,
    "mechanical_properties",
    "dimensionless",
    "Hollomon equation σ_T = K ε_T^n (Callister eq. 6.19)",
    decimals=3,
    solution="ε_T = (σ_T/K)^(1/n) = (400/600)^(1/0.21) = exp(ln 0.6667/0.21) = exp(−1.9308) = 0.145.",
    forms=("tex", "inverse", "sig_figs", "one_step"),
)
def h22a_mechanical_properties_09():
    r"""For an alloy obeying $\sigma_T = K\varepsilon_T^{\,n}$ with $K = 600$ MPa and $n = 0.21$, what true strain is needed to raise the true stress to 400 MPa? Three significant figures."""
    return Q_((400 / 600) ** (1 / 0.21), "dimensionless")


# ---------------------------------------------------------------- failure


@item(
    S,
    "failure",
    "MPa",
    "Griffith σ_c = √(2Eγ_s/(πa)) with a the half-length of an internal crack (Callister eq. 8.3); or a taken as the stated length",
    solution="An internal crack 4 µm long has a = 2 µm: σ_c = √(2 × 69 × 10⁹ × 0.30/(π × 2 × 10⁻⁶)) = √(6.59 × 10¹⁵) = 8.12 × 10⁷ Pa = 81.2 MPa. If the 4 µm is read as a: σ_c = 57.4 MPa.",
    forms=("two_reading", "two_step"),
)
def h22a_failure_01():
    """A soda-lime glass plate (E = 69 GPa, specific surface energy 0.30 J/m²) contains an internal crack 4 µm long, perpendicular to the applied tension. Using the Griffith criterion, what stress (MPa) will fracture it?"""
    e, gamma = Q_(69, "GPa"), Q_(0.30, "J/m**2")

    def griffith(a: Any) -> Any:
        return (2 * e * gamma / (math.pi * a)) ** 0.5

    return {"a = half of 4 um": griffith(Q_(2, "um")), "a = 4 um": griffith(Q_(4, "um"))}


@item(
    S,
    "failure",
    "MPa",
    "K_IC = Yσ√(πa) (Callister eq. 8.5)",
    solution="K_IC = 24 ksi√in × 1.0988 = 26.37 MPa√m. σ_c = K_IC/(Y√(πa)) = 26.37/(1.0 × √(π × 0.002)) = 26.37/0.07927 = 333 MPa. The yield strength only confirms LEFM applies.",
    forms=("us_units", "mixed_units", "distractor", "two_step"),
)
def h22a_failure_02():
    """An aluminium alloy plate has K_IC = 24 ksi·in^1/2 and a yield strength of 495 MPa. If it contains a surface crack 2.0 mm deep (Y = 1.0), what stress in MPa will cause fracture?"""
    k = Q_(24, "ksi*in**0.5")
    return k / (1.0 * (math.pi * Q_(2.0, "mm")) ** 0.5)


@item(
    S,
    "failure",
    "mm",
    "a_c = (1/π)(K_IC/(Yσ))² (Callister eq. 8.7)",
    solution="a_c = (1/π)(40/(1.12 × 300))² = (1/π)(0.11905 m^½)² = 0.014172/π = 4.51 × 10⁻³ m = 4.51 mm.",
    forms=("siunitx", "inverse", "one_step", "unit_other"),
)
def h22a_failure_03():
    r"""A steel part with $K_{IC} = \SI{40}{\mega\pascal\meter\tothe{1/2}}$ operates at a design stress of \SI{300}{\mega\pascal}. With $Y = 1.12$ for an edge crack, what is the largest edge crack (in mm) it can tolerate?"""
    k, sigma = Q_(40, "MPa*m**0.5"), Q_(300, "MPa")
    return (k / (1.12 * sigma)) ** 2 / math.pi


@item(
    S,
    "failure",
    "dimensionless",
    "Basquin σ_a = σ_f′(2N_f)^b (Dowling eq. 9.7)",
    solution="2N_f = (σ_a/σ_f′)^(1/b) = (400/900)^(1/−0.09) = exp(−0.81093/−0.09) = exp(9.0103) = 8187, so N_f = 4.09 × 10³ cycles.",
    forms=("tex", "inverse", "one_step"),
)
def h22a_failure_04():
    r"""A steel has fatigue constants $\sigma_f' = 900$ MPa and $b = -0.09$ in $\sigma_a = \sigma_f'(2N_f)^b$. Completely reversed loading at $\sigma_a = 400$ MPa: how many cycles $N_f$ to failure?"""
    two_n = (400 / 900) ** (1 / -0.09)
    return Q_(two_n / 2, "dimensionless")


@item(
    S,
    "failure",
    "dimensionless",
    "Paris law da/dN = C(ΔK)^m integrated, ΔK = YΔσ√(πa) (Callister eq. 8.29; Dowling ch. 11)",
    solution="(a) ΔK₀ = 100√(π × 0.001) = 5.60 MPa√m. (b) With m = 3: N = 2/(C(YΔσ√π)³) × (a₀^−½ − a_f^−½) = 2/(10⁻¹² × 177.25³) × (31.623 − 10.000) = 2 × 21.623/(5.568 × 10⁻⁶) = 7.77 × 10⁶ cycles.",
    forms=("part_chain", "multi_step", "sig_figs"),
)
def h22a_failure_05():
    """A wide steel plate has an edge crack 1.0 mm long; Y = 1.0; stress range Δσ = 100 MPa. Paris constants: C = 1.0 × 10⁻¹² (m/cycle, MPa·m^½), m = 3.
    (a) What is the initial stress-intensity range ΔK?
    (b) Using (a) and the Paris law, how many cycles are needed for the crack to grow to 10 mm? Give the number in scientific notation with three significant figures."""
    c, m = 1.0e-12, 3
    ds = 100.0  # MPa
    a0, af = 1.0e-3, 10.0e-3  # m
    n = 2 / ((m - 2) * c * (ds * math.sqrt(math.pi)) ** m) * (a0 ** (1 - m / 2) - af ** (1 - m / 2))
    return Q_(n, "dimensionless")


@item(
    S,
    "failure",
    "hour",
    "Larson–Miller parameter LMP = T(C + log t_r), T in K, t_r in h (Callister eq. 8.33)",
    rel_tol=0.03,
    solution="log t_r = LMP/T − C = 24 000/923.15 − 20 = 25.998 − 20 = 5.998, so t_r = 10^5.998 = 9.95 × 10⁵ h.",
    forms=("esl", "inverse", "one_step"),
)
def h22a_failure_06():
    """For the given stress the Larson-Miller parameter of this alloy is 24.0 × 10³ (T in K, t in h, C = 20). Calculate the rupture lifetime in hours, knowing that the component works at 650 °C."""
    t = kelvin(650)
    log_t = 24.0e3 / t.magnitude - 20
    return Q_(10**log_t, "hour")


@item(
    S,
    "failure",
    "GPa",
    "maximum stress at a crack tip σ_m = 2σ₀(a/ρ_t)^½ (Callister eq. 8.1)",
    solution="σ_m = 2σ₀√(a/ρ_t) = 2 × 100 × √(0.25/2.5 × 10⁻⁴) = 200 × 31.62 = 6325 MPa = 6.32 GPa.",
    forms=("one_step", "unit_other"),
)
def h22a_failure_07():
    """A surface crack 0.25 mm deep with a tip radius of 2.5 × 10^-4 mm lies normal to a nominal tensile stress of 100 MPa. Estimate the maximum stress at the crack tip in GPa."""
    return 2 * Q_(100, "MPa") * num(Q_(0.25, "mm") / Q_(2.5e-4, "mm")) ** 0.5


@item(
    S,
    "failure",
    "MPa",
    "Goodman relation σ_a = S_e(1 − σ_m/σ_u) (Callister sec. 8.8; Dowling eq. 9.16)",
    solution="σ_a = S_e(1 − σ_m/σ_u) = 300 × (1 − 200/800) = 300 × 0.75 = 225 MPa.",
    forms=("unicode_typography", "one_step", "unit_other"),
)
def h22a_failure_08():
    """Shaft steel: endurance limit Sₑ = 300 N·mm⁻², ultimate strength σᵤ = 800 N·mm⁻². The mean stress is σₘ = 200 N·mm⁻². By the Goodman line, what is the allowable stress amplitude in MPa?"""
    se, su, sm = Q_(300, "N/mm**2"), Q_(800, "N/mm**2"), Q_(200, "N/mm**2")
    return se * (1 - sm / su)


# ---------------------------------------------------------------- phase diagrams


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "lever rule W_L = (C_α − C₀)/(C_α − C_L) (Callister eq. 9.1b)",
    solution="W_L = (42.5 − 35)/(42.5 − 31.5) = 7.5/11.0 = 0.682.",
    forms=("one_step", "ascii"),
)
def h22a_phase_diagrams_01():
    """Cu-35 wt% Ni alloy at 1250 C lies in the alpha + L field. The tie line gives C_L = 31.5 wt% Ni and C_alpha = 42.5 wt% Ni. Mass fraction of liquid?"""
    return Q_((42.5 - 35) / (42.5 - 31.5), "dimensionless")


@item(
    S,
    "phase_diagrams",
    "percent",
    "wt% to at%: C′₁ = (C₁/A₁)/(C₁/A₁ + C₂/A₂) × 100 (Callister eq. 4.6a)",
    solution="Zn: 30/65.38 = 0.45886; Cu: 70/63.55 = 1.10150. at% Zn = 0.45886/(0.45886 + 1.10150) × 100 = 29.4 at%.",
    forms=("ppm_units", "known_datum_not_given", "one_step"),
)
def h22a_phase_diagrams_02():
    """A cartridge brass is Cu–30 wt.% Zn. Convert its zinc content to at.%."""
    zn = 30 / 65.38
    cu = 70 / 63.55
    return Q_(zn / (zn + cu), "dimensionless")


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "lever rule at the eutectoid: W_α′ = (0.76 − C₀)/(0.76 − 0.022) (Callister eq. 9.20)",
    solution="Just above the eutectoid temperature: W_α′ = (0.76 − 0.40)/(0.76 − 0.022) = 0.36/0.738 = 0.488.",
    forms=("known_datum_not_given", "story", "one_step"),
)
def h22a_phase_diagrams_03():
    """A 1040 steel (0.40 wt% C) shaft is furnace-cooled slowly from the austenite region. What mass fraction of the microstructure is proeutectoid ferrite?"""
    return Q_((0.76 - 0.40) / (0.76 - 0.022), "dimensionless")


@item(
    S,
    "phase_diagrams",
    "kg",
    "lever rule W_α = (C_L − C₀)/(C_L − C_α) (Callister eq. 9.2a)",
    solution="Just above 183 °C the alloy is α + L: W_α = (61.9 − 40)/(61.9 − 18.3) = 21.9/43.6 = 0.5023. Mass of α = 0.5023 × 2.5 kg = 1.26 kg. The β composition is not needed.",
    forms=("pasted_table", "distractor", "two_step"),
)
def h22a_phase_diagrams_04():
    """Pb–Sn system, compositions at the eutectic isotherm (183 °C), from the data table:

    Phase   Composition (wt% Sn)
    α       18.3
    L       61.9
    β       97.8

    A 2.5 kg casting of Pb–40 wt% Sn is held just above 183 °C. How many kg of α phase are present?"""
    w_alpha = (61.9 - 40) / (61.9 - 18.3)
    return w_alpha * Q_(2.5, "kg")


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "lever rule (Callister eq. 9.1b)",
    refuse="the overall composition (55 wt% Ni) lies outside the tie line 32–43 wt% Ni that is said to bound the α + L field at that temperature, so the givens contradict each other",
    solution="The lever rule needs C_L ≤ C₀ ≤ C_α; 55 wt% Ni lies outside 32–43 wt% Ni, so the alloy cannot be in the stated two-phase field: the givens contradict each other.",
    forms=("contradictory", "story"),
)
def h22a_phase_diagrams_05():
    """A Cu–55 wt% Ni alloy is held at 1250 °C, in the α + L region; there the liquidus and solidus compositions are 32 wt% Ni and 43 wt% Ni. What is the mass fraction of α phase?"""
    return None


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "lever rule for microconstituents (Callister eqs. 9.10–9.13)",
    solution="(a) W_α′ = (61.9 − 30)/(61.9 − 18.3) = 31.9/43.6 = 0.732. (b) Total α below 183 °C: W_α = (97.8 − 30)/(97.8 − 18.3) = 67.8/79.5 = 0.853. Eutectic α = 0.853 − 0.732 = 0.121.",
    forms=("part_chain", "multi_step", "known_datum_not_given"),
)
def h22a_phase_diagrams_06():
    """A Pb–30 wt% Sn alloy is cooled slowly to just below the eutectic temperature (183 °C).
    (a) What is the mass fraction of primary α?
    (b) Using your result from (a), what mass fraction of the alloy is eutectic α?
    Use C_α = 18.3, C_E = 61.9, C_β = 97.8 wt% Sn."""
    primary = (61.9 - 30) / (61.9 - 18.3)
    total_alpha = (97.8 - 30) / (97.8 - 18.3)
    return Q_(total_alpha - primary, "dimensionless")


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "lever rule W_α = (C_β − C₀)/(C_β − C_α) (Callister eq. 9.2)",
    solution="W_α = (98 − 50)/(98 − 10) = 0.5455, W_β = (50 − 10)/88 = 0.4545; W_α/W_β = 48/40 = 1.20, i.e. 1.2 : 1.",
    forms=("esl", "ratio_colon", "one_step"),
)
def h22a_phase_diagrams_07():
    """Please determine the mass ratio of alpha phase to beta phase in a 50 wt% Sn–Pb solder at 150 °C, knowing that at this temperature alpha have 10 wt% Sn and beta have 98 wt% Sn. Give the ratio as x : 1."""
    w_a = (98 - 50) / (98 - 10)
    w_b = (50 - 10) / (98 - 10)
    return Q_(w_a / w_b, "dimensionless")


@item(
    S,
    "phase_diagrams",
    "g",
    "lever rule for Fe₃C: W_Fe₃C = (C₀ − 0.022)/(6.70 − 0.022) (Callister eq. 9.2 on the Fe–Fe₃C diagram)",
    solution="Below the eutectoid: W_Fe₃C = (0.80 − 0.022)/(6.70 − 0.022) = 0.778/6.678 = 0.1165; per kilogram 1000 g × 0.1165 = 116.5 g.",
    forms=(
        "uncertainty_given",
        "unicode_typography",
        "known_datum_not_given",
        "unit_other",
        "two_step",
    ),
)
def h22a_phase_diagrams_08():
    """Spectrometer result for a rail steel: 0.80 ± 0.02 wt.% C. After slow cooling to room temperature, how many grams of cementite (Fe₃C) does 1 000 g of this steel contain?"""
    w = (0.80 - 0.022) / (6.70 - 0.022)
    return w * Q_(1000, "g")


# ---------------------------------------------------------------- transformations & kinetics


@item(
    S,
    "transformations_kinetics",
    "s",
    "Avrami equation y = 1 − exp(−kt^n) (Callister eq. 10.17)",
    solution="k = −ln(1 − 0.30)/20² = 0.35667/400 = 8.917 × 10⁻⁴ s⁻². For y = 0.90: t = (ln 10/k)^½ = (2.3026/8.917 × 10⁻⁴)^½ = 2582^½ = 50.8 s.",
    forms=("inverse", "multi_step"),
)
def h22a_transformations_kinetics_01():
    """An isothermal transformation follows Avrami kinetics with n = 2. After 20 s, 30 % of the material has transformed. How long (s) until 90 % has transformed?"""
    k = -math.log(1 - 0.30) / Q_(20, "s") ** 2
    return (math.log(10) / k) ** 0.5


@item(
    S,
    "transformations_kinetics",
    "nm",
    "homogeneous nucleation r* = −2γT_m/(ΔH_f ΔT) (Callister eq. 10.6)",
    solution="T_m = 1455 + 273 = 1728 K. r* = 2 × 0.255 × 1728/(2.53 × 10⁹ × 319) = 881.3/8.071 × 10¹¹ = 1.09 × 10⁻⁹ m = 1.09 nm.",
    forms=("siunitx", "tex", "one_step", "unit_other"),
)
def h22a_transformations_kinetics_02():
    r"""For the solidification of nickel, $\gamma = \SI{0.255}{\joule\per\meter\squared}$, $\Delta H_f = \SI{-2.53e9}{\joule\per\cubic\meter}$ and $T_m = \qty{1455}{\celsius}$. Compute the critical nucleus radius $r^*$ for homogeneous nucleation at an undercooling of \SI{319}{\kelvin}, in nm."""
    gamma, dh = Q_(0.255, "J/m**2"), Q_(-2.53e9, "J/m**3")
    tm = Q_(1728, "K")
    return -2 * gamma * tm / (dh * Q_(319, "K"))


@item(
    S,
    "transformations_kinetics",
    "minute",
    "Avrami equation y = 1 − exp(−kt^n) (Callister eq. 10.17)",
    refuse="one point of the Avrami curve fixes only k t^n; with neither the exponent n nor a second point given, the time for 90 % cannot be found",
    solution="y = 1 − exp(−kt^n) has two unknowns, k and n; the single datum (50 % in 40 min) fixes only their combination, so the time for 90 % is not determinable.",
    forms=("not_determinable", "story"),
)
def h22a_transformations_kinetics_03():
    """Cold-worked brass sheet is annealed at 300 °C. Metallography shows that recrystallization is 50 % complete after 40 min. How long will it take to reach 90 % recrystallization at this temperature?"""
    return None


@item(
    S,
    "transformations_kinetics",
    "hour",
    "rate = 1/t₀.₅ = A exp(−Q/RT) (Callister eq. 10.18)",
    solution="Q = R ln(t₂/t₁)/(1/T₂ − 1/T₁) with T₁ = 408.15 K, t₁ = 12 min, T₂ = 392.15 K, t₂ = 40 min: ln 3.333 = 1.2040, 1/392.15 − 1/408.15 = 9.996 × 10⁻⁵ K⁻¹, Q = 1.001 × 10⁵ J/mol. At 373.15 K: ln(t/12) = (Q/R)(1/373.15 − 1/408.15) = 12 045 × 2.298 × 10⁻⁴ = 2.768, t = 12 × 15.93 = 191 min = 3.19 h.",
    forms=("pasted_table", "multi_step", "unit_other"),
)
def h22a_transformations_kinetics_04():
    """Recrystallization of cold-worked copper, time for 50 %:

    T (°C)\tt_0.5 (min)
    135\t12.0
    119\t40.0

    Estimate t_0.5 at 100 °C, in hours."""
    t1, t2, t3 = kelvin(135), kelvin(119), kelvin(100)
    time1, time2 = Q_(12.0, "minute"), Q_(40.0, "minute")
    q = R_GAS * math.log(num(time2 / time1)) / (1 / t2 - 1 / t1)
    return time1 * math.exp(num(q / R_GAS * (1 / t3 - 1 / t1)))


@item(
    S,
    "transformations_kinetics",
    "eV",
    "homogeneous nucleation r* = −2γT_m/(ΔH_fΔT), ΔG* = 16πγ³T_m²/(3ΔH_f²ΔT²) (Callister eqs. 10.6, 10.7)",
    solution="(a) r* = 2 × 0.177 × 1358/(1.77 × 10⁹ × 236) = 1.151 × 10⁻⁹ m = 1.15 nm. (b) ΔG* = 16πγ³T_m²/(3ΔH_f²ΔT²) = (4π/3)γ r*² = 4.1888 × 0.177 × (1.151 × 10⁻⁹)² = 9.82 × 10⁻¹⁹ J = 6.13 eV.",
    forms=("part_chain", "multi_step", "unit_other", "unicode"),
)
def h22a_transformations_kinetics_05():
    """Copper: γ = 0.177 J/m², ΔH_f = −1.77 × 10⁹ J/m³, T_m = 1085 °C; undercooling ΔT = 236 K.
    (a) Find the critical radius r* for homogeneous nucleation.
    (b) Using r* from (a), find the activation free energy ΔG* in eV."""
    gamma, dh = Q_(0.177, "J/m**2"), Q_(-1.77e9, "J/m**3")
    tm, dt = kelvin(1085), Q_(236, "K")
    r_star = -2 * gamma * tm / (dh * dt)
    return 4 * math.pi / 3 * gamma * r_star**2


@item(
    S,
    "transformations_kinetics",
    "s",
    "Avrami equation y = 1 − exp(−kt^n) (Callister eq. 10.17)",
    solution="t₀.₅ = (ln 2/k)^(1/n) = (0.69315/3.0 × 10⁻⁴)^½ = 2310.5^½ = 48.1 s.",
    forms=("unicode_typography", "one_step"),
)
def h22a_transformations_kinetics_06():
    """Kinetics: y = 1 − exp(−k·tⁿ) with k = 3.0×10⁻⁴ s⁻² and n = 2. Time for y = 0.50 (in s)?"""
    k = Q_(3.0e-4, "1/s**2")
    return (math.log(2) / k) ** 0.5


@item(
    S,
    "transformations_kinetics",
    "1/s",
    "rate r = 1/t₀.₅ (Callister eq. 10.18)",
    solution="r = 1/t₀.₅ = 1/25 min⁻¹ = 0.040 min⁻¹ = 0.040/60 s⁻¹ = 6.67 × 10⁻⁴ s⁻¹.",
    forms=("esl", "sig_figs", "one_step", "unit_other"),
)
def h22a_transformations_kinetics_07():
    """Calculate the rate of recrystallization at 350 °C, knowing that the time for half of the transformation is 25 min. Give it in s^-1, in scientific notation with three significant figures."""
    return 1 / Q_(25, "minute")


@item(
    S,
    "transformations_kinetics",
    "dimensionless",
    "rate = 1/t₀.₅ = A exp(−Q/RT) (Callister eq. 10.18)",
    solution="t₃₀₀/t₃₅₀ = exp[(Q/R)(1/573.15 − 1/623.15)] = exp[(150 000/8.314) × 1.3999 × 10⁻⁴] = exp(2.5257) = 12.5, i.e. 12.5 : 1.",
    forms=("ratio_colon", "uncertainty_given", "one_step"),
)
def h22a_transformations_kinetics_08():
    """A precipitation reaction has an activation energy of 150(5) kJ/mol. What is the ratio of the half-transformation time at 300 °C to that at 350 °C? State it as x : 1."""
    q = Q_(150, "kJ/mol")
    return Q_(math.exp(num(q / R_GAS * (1 / kelvin(300) - 1 / kelvin(350)))), "dimensionless")
