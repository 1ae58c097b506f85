"""Set heldout17 (set R), first half: 60 questions over seven topics of a qualifying exam.

Written blind: the writer read only the registry (``exam_items.py``), the shared quantities
(``exam_quantities.py``) and the head of one earlier item file for its layout; not the answer
engine, the checker, the solver or the questions of earlier sets. Each key is computed in the body
with pint quantities or plain math; ``solution`` is the worked solution in words, ``forms`` says
how the text is written. A question with two standard readings returns a dict of them (primary
first); one that must be refused returns None and says why in ``refuse=``.
"""

from __future__ import annotations

import math
from typing import Any

from exam_items import item
from exam_quantities import AVOGADRO, K_BOLTZ, Q_, R_GAS, kelvin, num
from scipy.special import erfinv

S = "heldout17"

K_EV = K_BOLTZ.to("eV/K")


def bragg_two_theta(d: Any, wavelength: Any) -> float:
    """First-order Bragg angle 2θ in degrees for plane spacing ``d`` and ``wavelength`` (pint lengths)."""
    return 2 * math.degrees(math.asin(num(wavelength / (2 * d))))


# ---------------------------------------------------------------- crystallography & X-ray diffraction


@item(
    S,
    "crystallography_xrd",
    "degree",
    "Bragg's law with d_hkl = a/√(h²+k²+l²) (Cullity ch. 3)",
    solution="d_220 = 0.3615/√8 = 0.12781 nm. sin θ = 0.15406/(2 × 0.12781) = 0.6027, θ = 37.07°, so 2θ = 74.13°.",
    forms=("decimal_comma", "one_step", "european"),
)
def h17a_crystallography_xrd_01():
    """Copper (FCC) has a = 0,3615 nm. Using Cu Kα radiation (λ = 0,154 06 nm), at which diffraction angle 2θ (in degrees) does the (220) reflection appear?"""
    d = Q_(0.3615, "nm") / math.sqrt(8)
    return Q_(bragg_two_theta(d, Q_(0.15406, "nm")), "degree")


@item(
    S,
    "crystallography_xrd",
    "angstrom",
    "Bragg's law; first BCC reflection is (110), a = d√2 (Cullity ch. 10)",
    solution="For BCC the first line is (110). θ = 22.335°, d = 1.5406/(2 sin 22.335°) = 2.0268 Å, a = d√2 = 2.866 Å.",
    forms=("inverse", "unicode", "known_datum_not_given"),
)
def h17a_crystallography_xrd_02():
    """The lowest-angle line in the diffractogram of a ferritic (BCC) iron powder sits at 2θ = 44.67° when Cu Kα radiation (λ = 1.5406 Å) is used. What lattice parameter does this give, in Å?"""
    d = Q_(1.5406, "angstrom") / (2 * math.sin(math.radians(44.67 / 2)))
    return d * math.sqrt(2)


@item(
    S,
    "crystallography_xrd",
    "nm**3",
    "Hexagonal cell volume: conventional prism (3√3/2)a²c, primitive cell (√3/2)a²c",
    solution="The conventional hexagonal prism has volume (3√3/2)a²c = 2.598 × 0.295² × 0.468 = 0.1058 nm³; the primitive rhombic-prism cell is a third of that, (√3/2)a²c = 0.03527 nm³. Either cell is a standard reading of 'unit cell'.",
    forms=("two_readings", "ascii", "one_step"),
)
def h17a_crystallography_xrd_03():
    """alpha-Ti is HCP with a = 0.295 nm and c = 0.468 nm. Compute the volume of its unit cell in nm^3."""
    a, c = Q_(0.295, "nm"), Q_(0.468, "nm")
    return {
        "conventional hexagonal cell": 3 * math.sqrt(3) / 2 * a**2 * c,
        "primitive cell": math.sqrt(3) / 2 * a**2 * c,
    }


@item(
    S,
    "crystallography_xrd",
    "1/nm**2",
    "BCC: a = 4R/√3; the (110) plane holds 2 atoms in an a × a√2 rectangle",
    solution="a = 4 × 0.1363/√3 = 0.31477 nm. The (110) plane of the cell is a × a√2 = 0.14012 nm² and holds 1 + 4 × 1/4 = 2 atoms, so PD = 2/0.14012 = 14.27 atoms/nm².",
    forms=("tex", "two_step", "named_unit"),
)
def h17a_crystallography_xrd_04():
    r"""Molybdenum is BCC with atomic radius $R = 0.1363\ \mathrm{nm}$. Determine the planar density of the $(110)$ plane, expressed in atoms per $\mathrm{nm}^2$."""
    a = 4 * Q_(0.1363, "nm") / math.sqrt(3)
    return 2 / (a * a * math.sqrt(2))


@item(
    S,
    "crystallography_xrd",
    "nm",
    "Bragg's law needs the (hkl) of the line to give a; one line of an unidentified cubic phase does not fix it",
    refuse="Only one peak of a cubic phase of unknown structure is given: its Miller indices (and so a = d√(h²+k²+l²)) cannot be determined.",
    solution="From one line we only get d = λ/(2 sin θ); without the structure or the indexing of the line the lattice parameter is not determinable.",
    forms=("must_refuse", "story", "ascii"),
)
def h17a_crystallography_xrd_05():
    """A student scanned a thin flake of an unknown cubic metal from the scrap bin and got only one clear peak, at 2theta = 38.4 deg (Cu K-alpha, 0.15406 nm). The rest of the scan is noise. What is the lattice parameter of the metal in nm?"""
    return None


@item(
    S,
    "crystallography_xrd",
    "nm",
    "Scherrer equation τ = Kλ/(β cos θ), β in radians (Cullity ch. 5)",
    solution="β = 0.45° = 7.854 × 10⁻³ rad, θ = 19.1°, cos θ = 0.9450. τ = 0.9 × 0.15406/(7.854 × 10⁻³ × 0.9450) = 18.7 nm.",
    forms=("answer_blank_unit", "one_step", "unicode"),
)
def h17a_crystallography_xrd_06():
    """Nanocrystalline gold powder gives its (111) reflection at 2θ = 38.2° with a full width at half maximum of 0.45° (instrumental broadening already removed). With λ = 0.15406 nm and a shape factor K = 0.9, the mean crystallite size is ________ nm."""
    beta = math.radians(0.45)
    theta = math.radians(38.2 / 2)
    return 0.9 * Q_(0.15406, "nm") / (beta * math.cos(theta))


@item(
    S,
    "crystallography_xrd",
    "dimensionless",
    "n = ρ a³ N_A / A, rounded to a whole number of atoms",
    solution="n = 8.57 × (3.300 × 10⁻⁸ cm)³ × 6.022 × 10²³ / 92.91 = 8.57 × 3.594 × 10⁻²³ × 6.022 × 10²³/92.91 = 2.00, so 2 atoms per cell (BCC).",
    forms=("inverse", "count", "scientific_e"),
    abs_tol=0.4,
)
def h17a_crystallography_xrd_07():
    """Niobium: density 8.57 g/cm3, atomic weight 92.91 g/mol, cubic cell edge 3.300E-8 cm. How many atoms belong to one unit cell? Give a whole number."""
    n = Q_(8.57, "g/cm**3") * Q_(3.300e-8, "cm") ** 3 * AVOGADRO / Q_(92.91, "g/mol")
    return round(num(n))


@item(
    S,
    "crystallography_xrd",
    "g/cm**3",
    "Rock salt: 4 formula units per cubic cell; ρ = 4M/(a³N_A) (Kingery ch. 2)",
    solution="M(MgO) = 24.305 + 15.999 = 40.304 g/mol. a³ = (4.213 × 10⁻⁸ cm)³ = 7.478 × 10⁻²³ cm³. ρ = 4 × 40.304/(7.478 × 10⁻²³ × 6.022 × 10²³) = 3.58 g/cm³.",
    forms=("approximate_given", "known_datum_not_given", "ceramics"),
)
def h17a_crystallography_xrd_08():
    """Periclase (MgO) has the rock-salt structure with a cell edge of about 4.213 Å. Estimate its X-ray density (g cm⁻³); use standard atomic weights."""
    m = Q_(24.305 + 15.999, "g/mol")
    return 4 * m / (Q_(4.213, "angstrom") ** 3 * AVOGADRO)


@item(
    S,
    "crystallography_xrd",
    "degree",
    "BCC reflections have h²+k²+l² = 2, 4, 6, ...; sin²θ ∝ h²+k²+l²",
    solution="The first two BCC lines are (110) and (200), N = 2 and 4, so sin²θ₂/sin²θ₁ = 2. sin²(20.13°) = 0.11838, so sin²θ₂ = 0.23677, θ₂ = 29.12°, 2θ₂ = 58.25°.",
    forms=("show_that", "sketch_part", "multi_part", "multi_step"),
)
def h17a_crystallography_xrd_09():
    """Tungsten (BCC) examined with Cu Kα.
    (a) Sketch the (110) plane in a cubic cell.
    (b) Show that, for a BCC metal, sin²θ of the second diffraction line is twice that of the first.
    (c) Hence, if the first line is at 2θ = 40.26°, at what 2θ (degrees) is the second line?"""
    s2 = 2 * math.sin(math.radians(40.26 / 2)) ** 2
    return Q_(2 * math.degrees(math.asin(math.sqrt(s2))), "degree")


# ---------------------------------------------------------------- defects


@item(
    S,
    "defects",
    "1/cm**3",
    "N_v = N exp(−Q_v/kT), N = ρN_A/A (Callister eq. 4.1)",
    solution="N = 10.49 × 6.022 × 10²³/107.87 = 5.856 × 10²² atoms/cm³. T = 1173 K; Q_v/kT = 1.10/(8.617 × 10⁻⁵ × 1173.15) = 10.88. N_v = 5.856 × 10²² × e^(−10.88) = 1.10 × 10¹⁸ cm⁻³.",
    forms=("per_unit", "two_step", "unicode"),
)
def h17a_defects_01():
    """For silver at 900 °C estimate the equilibrium number of vacancies per cm³. Data: Q_v = 1.10 eV/atom, ρ = 10.49 g/cm³, A = 107.87 g/mol."""
    n = Q_(10.49, "g/cm**3") * AVOGADRO / Q_(107.87, "g/mol")
    return n * math.exp(-num(Q_(1.10, "eV") / (K_EV * kelvin(900))))


@item(
    S,
    "defects",
    "eV",
    "Ratio of Arrhenius vacancy fractions: Q_v = k ln(r)/(1/T₁ − 1/T₂)",
    solution="ln 12.5 = 2.526; 1/873.15 − 1/1073.15 = 2.134 × 10⁻⁴ K⁻¹. Q_v = 8.617 × 10⁻⁵ × 2.526/2.134 × 10⁻⁴ = 1.02 eV.",
    forms=("forum", "inverse", "ratio", "ascii"),
)
def h17a_defects_02():
    """how do I get the vacancy formation energy from this? my notes say the vacancy concentration at 800 C is 12.5 times what it is at 600 C (same metal, equilibrium). answer in eV please"""
    t1, t2 = kelvin(600), kelvin(800)
    return K_EV * math.log(12.5) / (1 / t1 - 1 / t2)


@item(
    S,
    "defects",
    "J/m",
    "b = a/√2 for a/2⟨110⟩ in FCC; line energy of a screw ≈ Gb²/2 (Hull & Bacon ch. 4)",
    solution="b = 0.405/√2 = 0.2864 nm. E ≈ ½Gb² = 0.5 × 26 × 10⁹ × (2.864 × 10⁻¹⁰)² = 1.07 × 10⁻⁹ J/m.",
    forms=("tex", "two_step", "answer_blank_unit", "per_unit"),
)
def h17a_defects_03():
    r"""In aluminium ($a = 0.405\ \mathrm{nm}$, shear modulus $G = 26\ \mathrm{GPa}$) the perfect dislocations have $\mathbf{b} = \tfrac{a}{2}\langle 110\rangle$. Taking the line energy of a screw dislocation as $\approx \tfrac{1}{2}Gb^2$, its energy per metre of line is ______ J/m."""
    b = Q_(0.405, "nm") / math.sqrt(2)
    return 0.5 * Q_(26, "GPa") * b**2


@item(
    S,
    "defects",
    "dimensionless",
    "ASTM E112: N = 2^(n−1) grains per in² at 100×",
    solution="n = 1 + log₂ 45 = 1 + 5.49 = 6.49, i.e. 6.5 to one decimal.",
    forms=("inverse", "us_units", "rounding"),
    decimals=1,
)
def h17a_defects_04():
    """A micrograph taken at 100x shows on average 45 grains per square inch. What is the ASTM grain size number? (one decimal place)"""
    return 1 + math.log2(45)


@item(
    S,
    "defects",
    "micrometer",
    "Mean lineal intercept L = L_T/(P M); some texts take grain diameter as 1.5 L",
    solution="True line length = 50 mm/200 = 0.25 mm; L = 0.25 mm/64 = 3.91 µm. Quoted as the mean intercept this is the grain size; with the common spherical-grain factor d = 1.5 L = 5.86 µm.",
    forms=("two_readings", "multi_step", "unicode"),
)
def h17a_defects_05():
    """On a photomicrograph at 200×, test lines with a total length of 50 mm cross 64 grain boundaries. Estimate the average grain size of the sample in µm."""
    l_bar = Q_(50, "mm") / 200 / 64
    return {"mean lineal intercept": l_bar, "1.5 x mean intercept": 1.5 * l_bar}


@item(
    S,
    "defects",
    "dimensionless",
    "Equilibrium vacancy fraction of a crystal applies only below the melting point (Cu melts at 1085 °C)",
    refuse="Copper melts at 1085 °C, so at 1200 °C it is liquid; a vacancy concentration of a crystal has no meaning there.",
    solution="The asked temperature is above copper's melting point (1085 °C); the solid-state relation N_v/N = exp(−Q_v/kT) does not apply to a liquid.",
    forms=("must_refuse", "known_datum_not_given", "validity"),
)
def h17a_defects_06():
    """Using Q_v = 0.90 eV/atom, calculate the equilibrium fraction of vacant lattice sites in pure copper held at 1200 °C."""
    return None


@item(
    S,
    "defects",
    "nm",
    "Octahedral interstice in FCC: r = 0.414 R",
    solution="r/R = √2 − 1 = 0.414 for the octahedral hole, so r = 0.414 × 0.129 = 0.0534 nm: choice (b).",
    forms=("multiple_choice", "one_step", "ascii"),
)
def h17a_defects_07():
    """Austenite (FCC iron, R = 0.129 nm). The radius of the largest sphere that fits in an octahedral interstitial site without distorting the lattice is nearest to
    (a) 0.0290 nm  (b) 0.0534 nm  (c) 0.0730 nm  (d) 0.1290 nm"""
    return (math.sqrt(2) - 1) * Q_(0.129, "nm")


@item(
    S,
    "defects",
    "MPa",
    "ρ = line length / volume; Taylor hardening Δτ = αGb√ρ (Hull & Bacon ch. 10)",
    solution="V = 2 × 3 × 5 mm³ = 3 × 10⁻⁸ m³, ρ = 1.2 × 10⁵/3 × 10⁻⁸ = 4 × 10¹² m⁻². Δτ = 0.4 × 45 × 10⁹ × 0.25 × 10⁻⁹ × 2 × 10⁶ = 9.0 MPa. The yield strength of the annealed bar is not needed.",
    forms=("multi_step", "distractor", "unicode"),
)
def h17a_defects_08():
    """A 2 mm × 3 mm × 5 mm piece of cold-worked metal (annealed yield strength 60 MPa) contains 1.2 × 10⁵ m of dislocation line. With the Taylor relation Δτ = αGb√ρ, α = 0.4, G = 45 GPa and b = 0.25 nm, what shear-strength increment (MPa) do the dislocations give?"""
    rho = Q_(1.2e5, "m") / (Q_(2, "mm") * Q_(3, "mm") * Q_(5, "mm"))
    return 0.4 * Q_(45, "GPa") * Q_(0.25, "nm") * rho**0.5


@item(
    S,
    "defects",
    "1/mm**2",
    "ASTM: N = 2^(n−1) per in² at 100×; at 1× multiply by 100²; 1 in² = 645.16 mm²",
    solution="At 100×: 2⁶ = 64 grains/in². At 1× that is 64 × 10⁴ = 6.4 × 10⁵ grains per in² of true area, i.e. 6.4 × 10⁵/645.16 = 992 grains per mm².",
    forms=("count", "mixed_units", "conversion_at_end"),
    abs_tol=1.0,
)
def h17a_defects_09():
    """A steel has ASTM grain size 7. How many grains are there per square millimetre of actual (unmagnified) polished surface? Nearest whole number."""
    per_in2 = 2 ** (7 - 1) * 100**2
    return Q_(round(per_in2 / 645.16), "1/mm**2")


# ---------------------------------------------------------------- diffusion


@item(
    S,
    "diffusion",
    "kg/(m**2*h)",
    "Fick's first law J = −D dC/dx (Callister eq. 5.3), converted to per hour",
    solution="J = D ΔC/Δx = 3.0 × 10⁻¹¹ × (1.2 − 0.4)/0.005 = 4.8 × 10⁻⁹ kg m⁻² s⁻¹ = 1.73 × 10⁻⁵ kg m⁻² h⁻¹.",
    forms=("conversion_at_end", "one_step", "tex"),
)
def h17a_diffusion_01():
    r"""A $5\ \mathrm{mm}$ thick iron sheet separates two gas atmospheres; at steady state the carbon concentrations just inside the two faces are $1.2$ and $0.4\ \mathrm{kg\,m^{-3}}$, and $D = 3.0\times10^{-11}\ \mathrm{m^2\,s^{-1}}$. How much carbon crosses each square metre per hour (kg m$^{-2}$ h$^{-1}$)?"""
    return Q_(3.0e-11, "m**2/s") * Q_(1.2 - 0.4, "kg/m**3") / Q_(5, "mm")


@item(
    S,
    "diffusion",
    "cm**2/s",
    "D = D₀ exp(−Q/RT); C in γ-Fe D₀ = 2.3 × 10⁻⁵ m²/s, Q = 148 kJ/mol (Callister Table 5.2)",
    solution="T = 1223 K. Q/RT = 148 000/(8.314 × 1223.15) = 14.55. D = 2.3 × 10⁻⁵ e^(−14.55) = 1.10 × 10⁻¹¹ m²/s = 1.10 × 10⁻⁷ cm²/s.",
    forms=("distractor", "conversion_at_end", "ascii"),
)
def h17a_diffusion_02():
    """Estimate the diffusion coefficient of carbon in austenite at 950 deg C, taking D0 = 2.3e-5 m^2/s and Q = 148 kJ/mol (the lattice parameter of austenite near that temperature is about 0.365 nm). Give D in cm^2/s."""
    return Q_(2.3e-5, "m**2/s") * math.exp(-num(Q_(148, "kJ/mol") / (R_GAS * kelvin(950))))


@item(
    S,
    "diffusion",
    "hour",
    "Semi-infinite solid: (C_x − C₀)/(C_s − C₀) = 1 − erf(x/2√(Dt)) (Callister eq. 5.5)",
    solution="(0.55 − 0.20)/(1.00 − 0.20) = 0.4375, erf z = 0.5625, z = 0.5490. t = x²/(4Dz²) = (8 × 10⁻⁴)²/(4 × 1.6 × 10⁻¹¹ × 0.3014) = 3.32 × 10⁴ s = 9.22 h.",
    forms=("multi_step", "conversion_at_end", "unicode"),
)
def h17a_diffusion_03():
    """A 0.20 wt% C gear is carburized in an atmosphere that holds the surface at 1.00 wt% C. With D = 1.6 × 10⁻¹¹ m²/s at the process temperature, how many hours until the carbon content 0.8 mm below the surface reaches 0.55 wt%?"""
    z = float(erfinv(1 - (0.55 - 0.20) / (1.00 - 0.20)))
    return Q_(0.8, "mm") ** 2 / (4 * Q_(1.6e-11, "m**2/s") * z**2)


@item(
    S,
    "diffusion",
    "kcal/mol",
    "Two-point Arrhenius: Q = R ln(D₂/D₁)/(1/T₁ − 1/T₂)",
    solution="ln(3.9 × 10⁻¹²/5.5 × 10⁻¹⁴) = 4.261; 1/873.15 − 1/1173.15 = 2.929 × 10⁻⁴ K⁻¹. Q = 1.987 × 4.261/2.929 × 10⁻⁴ = 28.9 kcal/mol.",
    forms=("inverse", "us_units", "table"),
)
def h17a_diffusion_04():
    """Measured diffusivities of a substitutional solute:

    | T (°C) | D (cm²/s)  |
    | 600    | 5.5E-14    |
    | 900    | 3.9E-12    |

    Find the activation energy for diffusion in kcal/mol."""
    t1, t2 = kelvin(600), kelvin(900)
    return R_GAS * math.log(3.9e-12 / 5.5e-14) / (1 / t1 - 1 / t2)


@item(
    S,
    "diffusion",
    "micrometer",
    "D = D₀ exp(−Q/RT) needs Q; the activation energy for this solute in this alloy is neither given nor standard",
    refuse="Only D₀ is given; without the activation energy Q the diffusivity at 1000 °C, and so √(Dt), cannot be found.",
    solution="√(Dt) needs D(1000 °C) = D₀ exp(−Q/RT); Q for an unnamed solute in a proprietary superalloy is not given and is not a standard datum.",
    forms=("must_refuse", "missing_datum", "unicode"),
)
def h17a_diffusion_05():
    """A development solute diffuses in a proprietary nickel superalloy with a pre-exponential factor D₀ = 1.2 × 10⁻⁴ m²/s. Estimate the characteristic diffusion distance √(Dt) after a 10 h anneal at 1000 °C, in µm."""
    return None


@item(
    S,
    "diffusion",
    "hour",
    "Equal profiles need equal Dt; D ratio from Arrhenius (Shewmon ch. 2)",
    solution="t₂ = t₁ D₁/D₂ = 10 h × exp[−(130 000/8.314)(1/1173.15 − 1/1273.15)] = 10 × exp(−1.047) = 3.51 h.",
    forms=("ratio", "two_step", "ascii"),
)
def h17a_diffusion_06():
    """A diffusion treatment gives the desired profile after 10 h at 900 C. The activation energy is 130 kJ/mol. How long at 1000 C gives the same profile? (hours)"""
    t1, t2 = kelvin(900), kelvin(1000)
    return Q_(10, "h") * math.exp(-num(Q_(130, "kJ/mol") / R_GAS * (1 / t1 - 1 / t2)))


@item(
    S,
    "diffusion",
    "micrometer",
    "Random walk in 3D: D = Γλ²/6, ⟨R²⟩ = 6Dt (Shewmon ch. 2)",
    solution="D = 10⁹ × (0.25 × 10⁻⁹)²/6 = 1.042 × 10⁻¹¹ m²/s. √(6Dt) = √(6 × 1.042 × 10⁻¹¹ × 3600) = 4.74 × 10⁻⁴ m = 474 µm.",
    forms=("show_that", "two_step", "unicode"),
)
def h17a_diffusion_07():
    """An interstitial atom makes 1 × 10⁹ jumps per second, each 0.25 nm long, in random directions in a cubic lattice. Show that D = Γλ²/6 and hence find the root-mean-square net displacement of the atom after one hour (µm)."""
    d = Q_(1e9, "1/s") * Q_(0.25, "nm") ** 2 / 6
    return (6 * d * Q_(1, "h")) ** 0.5


@item(
    S,
    "diffusion",
    "1/cm**3",
    "Drive-in from a fixed dose: C(0,t) = Q/√(πDt) (Sze, Gaussian profile)",
    solution="√(πDt) = √(π × 3 × 10⁻¹⁴ × 7200) = 2.605 × 10⁻⁵ cm. C_s = 10¹⁴/2.605 × 10⁻⁵ = 3.84 × 10¹⁸ cm⁻³.",
    forms=("tex", "per_unit", "semiconductor"),
)
def h17a_diffusion_08():
    r"""A boron predeposition leaves a dose of $Q = 1\times10^{14}\ \mathrm{cm^{-2}}$ in silicon; the surface is then sealed and a drive-in is carried out for $2\ \mathrm{h}$ at a temperature where $D = 3\times10^{-14}\ \mathrm{cm^2/s}$. What is the surface concentration after drive-in, per cm$^3$?"""
    return Q_(1e14, "1/cm**2") / (math.pi * Q_(3e-14, "cm**2/s") * Q_(2, "h")) ** 0.5


@item(
    S,
    "diffusion",
    "mg/h",
    "Fick's first law; mass rate = J × area; 1 ft² = 0.092903 m², 1 in. = 25.4 mm",
    solution="Δx = 0.125 in. = 3.175 mm. J = 5.0 × 10⁻¹¹ × 0.25/3.175 × 10⁻³ = 3.937 × 10⁻⁹ kg m⁻² s⁻¹. Over 0.0929 m² for 3600 s: 1.32 × 10⁻⁶ kg = 1.32 mg per hour.",
    forms=("mixed_units", "us_units", "story", "multi_step"),
)
def h17a_diffusion_09():
    """A nitriding retort has a 1/8 in. thick iron window of area 1 ft^2. At steady state the nitrogen concentration is 0.30 kg/m^3 on the hot side and 0.05 kg/m^3 on the cold side, and D = 5.0e-11 m^2/s. How many milligrams of nitrogen leak through the window per hour?"""
    j = Q_(5.0e-11, "m**2/s") * Q_(0.30 - 0.05, "kg/m**3") / Q_(0.125, "inch")
    return j * Q_(1, "ft**2")


# ---------------------------------------------------------------- mechanical properties


@item(
    S,
    "mechanical_properties",
    "mm",
    "σ = F/A₀, ε = σ/E, Δl = εl₀ (elastic since σ < σ_y)",
    solution="A₀ = π(5 mm)² = 78.54 mm²; σ = 25 000/78.54 = 318.3 MPa < 450 MPa, elastic. ε = 318.3/207 000 = 1.538 × 10⁻³; Δl = 300 × 1.538 × 10⁻³ = 0.461 mm.",
    forms=("distractor", "multi_step", "ascii"),
)
def h17a_mechanical_properties_01():
    """A 300 mm long steel rod of 10 mm diameter (E = 207 GPa, yield strength 450 MPa, density 7.85 g/cm3) is pulled with 25 kN. By how much does it lengthen, in mm?"""
    sigma = Q_(25, "kN") / (math.pi * Q_(5, "mm") ** 2)
    return sigma / Q_(207, "GPa") * Q_(300, "mm")


@item(
    S,
    "mechanical_properties",
    "micrometer",
    "ε_z = σ/E, ε_x = −νε_z, Δd = ε_x d₀; contraction negative",
    solution="A₀ = π(6.25 mm)² = 122.7 mm²; σ = 8000/122.7 = 65.2 MPa; ε_z = 65.2/97 000 = 6.72 × 10⁻⁴; ε_x = −0.34 × 6.72 × 10⁻⁴ = −2.285 × 10⁻⁴; Δd = −2.285 × 10⁻⁴ × 12.5 mm = −2.86 µm.",
    forms=("decimal_comma", "sign_convention", "multi_step"),
)
def h17a_mechanical_properties_02():
    """A brass cylinder of diameter 12,5 mm is loaded elastically in tension by 8,0 kN. E = 97 GPa, ν = 0,34. Find the change in diameter in µm (a decrease is negative)."""
    d0 = Q_(12.5, "mm")
    sigma = Q_(8.0, "kN") / (math.pi * (d0 / 2) ** 2)
    return -0.34 * sigma / Q_(97, "GPa") * d0


@item(
    S,
    "mechanical_properties",
    "percent",
    "Engineering strain Δl/l₀ or true strain ln(l/l₀)",
    solution="Engineering strain = (58.5 − 50.0)/50.0 = 0.170 = 17.0 %; true strain = ln(58.5/50.0) = 0.157 = 15.7 %. Either is a standard reading of 'strain' here.",
    forms=("two_readings", "percentage", "one_step"),
)
def h17a_mechanical_properties_03():
    """During a tensile test the gauge marks, initially 50.0 mm apart, move to 58.5 mm apart before necking begins. What strain has the specimen undergone? Give it as a percentage."""
    l0, l1 = 50.0, 58.5
    return {
        "engineering": Q_((l1 - l0) / l0, "dimensionless"),
        "true": Q_(math.log(l1 / l0), "dimensionless"),
    }


@item(
    S,
    "mechanical_properties",
    "ksi",
    "TS(psi) ≈ 500 × HB for steels (Callister eq. 6.20b)",
    solution="TS ≈ 500 × 250 = 125 000 psi = 125 ksi (equivalently 3.45 × 250 = 862 MPa).",
    forms=("us_units", "one_step", "named_unit"),
)
def h17a_mechanical_properties_04():
    """A quenched-and-tempered plain carbon steel has a Brinell hardness of 250 HB. Estimate its tensile strength (answer in ksi)."""
    return Q_(500 * 250, "psi")


@item(
    S,
    "mechanical_properties",
    "percent",
    "Ashby: light stiff beam, mass ∝ ρ/E^{1/2} at fixed stiffness and span",
    solution="m_CFRP/m_steel = (ρ_C/√E_C)/(ρ_S/√E_S) = (1600/√110)/(7850/√210) = 152.6/541.7 = 0.282, i.e. 28.2 % of the steel beam mass.",
    forms=("ashby", "ratio", "percentage", "table"),
)
def h17a_mechanical_properties_05():
    """A square-section beam of fixed length must have a given bending stiffness; its section size is free. Data: steel E = 210 GPa, ρ = 7850 kg/m³, price 0.8 $/kg; CFRP E = 110 GPa, ρ = 1600 kg/m³, price 40 $/kg. The CFRP beam's mass is what percentage of the steel beam's mass?"""
    steel = 7850 / math.sqrt(210)
    cfrp = 1600 / math.sqrt(110)
    return Q_(cfrp / steel, "dimensionless")


@item(
    S,
    "mechanical_properties",
    "MJ/m**3",
    "Modulus of resilience U_r = σ_y²/(2E) (Callister eq. 6.14)",
    solution="U_r = (1460 × 10⁶)²/(2 × 205 × 10⁹) = 5.20 × 10⁶ J/m³ = 5.20 MJ/m³.",
    forms=("spaced_thousands", "tex", "one_step"),
)
def h17a_mechanical_properties_06():
    r"""A spring steel has $\sigma_y = 1\,460\ \mathrm{MPa}$ and $E = 205\ \mathrm{GPa}$. Compute its modulus of resilience in $\mathrm{MJ/m^3}$."""
    return Q_(1460, "MPa") ** 2 / (2 * Q_(205, "GPa"))


@item(
    S,
    "mechanical_properties",
    "mm",
    "Hooke's law holds only below σ_y; here σ = F/A exceeds even the tensile strength",
    refuse="σ = 38 kN/100 mm² = 380 MPa exceeds the tensile strength (310 MPa): the bar yields and breaks, so no elongation can be computed from E.",
    solution="σ = 38 000/100 = 380 MPa, above both σ_y = 275 MPa and UTS = 310 MPa; the bar cannot carry the load, and Δl = σl/E is not valid.",
    forms=("must_refuse", "validity", "unicode"),
)
def h17a_mechanical_properties_07():
    """A 6061-T6 aluminium bar (E = 69 GPa, σ_y = 275 MPa, UTS = 310 MPa), 1 m long with a 10 mm × 10 mm cross-section, carries an axial tensile load of 38 kN. Calculate the total elongation of the bar in mm."""
    return None


@item(
    S,
    "mechanical_properties",
    "MPa",
    "Hollomon σ_T = Kε_T^n; K from one point, then σ at another strain (Hosford ch. 3)",
    solution="K = 415/0.10^0.22 = 691.6 MPa. σ_T(0.25) = 691.6 × 0.25^0.22 = 507.7 MPa (= 415 × 2.5^0.22).",
    forms=("multi_part", "two_step", "ascii"),
)
def h17a_mechanical_properties_08():
    """For a low-carbon steel obeying sigma_T = K*eps_T^n with n = 0.22:
    (a) the true stress is 415 MPa at a true strain of 0.10; find K.
    (b) find the true stress (MPa) at a true strain of 0.25.
    Only (b) is required for the answer."""
    k = Q_(415, "MPa") / 0.10**0.22
    return k * 0.25**0.22


@item(
    S,
    "mechanical_properties",
    "lbf",
    "σ_allow = σ_y/N using the lower yield value; F = σ_allow A",
    solution="The lower bound of the yield strength governs: σ_allow = 310/2 = 155 MPa. A = π(3.175 mm)² = 31.67 mm². F = 155 × 31.67 = 4909 N = 1104 lbf.",
    forms=("range_given", "mixed_units", "allowable", "us_units"),
)
def h17a_mechanical_properties_09():
    """The mill certificate gives the yield strength of a steel wire as between 310 and 345 MPa. The wire is 0.25 in. in diameter and a factor of safety of 2 on yielding is required. What is the maximum allowable tensile load, in lbf?"""
    area = math.pi * (Q_(0.25, "inch") / 2) ** 2
    return Q_(310, "MPa") / 2 * area


# ---------------------------------------------------------------- failure


@item(
    S,
    "failure",
    "mm",
    "K_Ic = Yσ√(πa) ⇒ a_c = (1/π)(K_Ic/Yσ)² (Callister eq. 8.5)",
    solution="a_c = (1/π)(26/(1.0 × 400))² = (1/π)(0.065)² = 1.345 × 10⁻³ m = 1.34 mm.",
    forms=("critical_value", "tex", "one_step"),
)
def h17a_failure_01():
    r"""A high-strength steel plate has $K_{Ic} = 26\ \mathrm{MPa\sqrt{m}}$ and will see a design stress of $400\ \mathrm{MPa}$. Taking $Y = 1.0$, what is the maximum allowable length (mm) of a surface crack?"""
    return (Q_(26, "MPa*m**0.5") / (1.0 * Q_(400, "MPa"))) ** 2 / math.pi


@item(
    S,
    "failure",
    "dimensionless",
    "Basquin: σ_a = σ_f′(2N_f)^b (Meyers & Chawla ch. 14)",
    solution="2N_f = (400/900)^(1/−0.09) = 0.4444^(−11.11) = 8.19 × 10³ reversals, so N_f ≈ 4.1 × 10³ cycles.",
    forms=("count", "inverse", "unicode"),
    rel_tol=0.03,
)
def h17a_failure_02():
    """A titanium alloy follows σ_a = σ_f′(2N_f)^b with σ_f′ = 900 MPa and b = −0.09. How many cycles will it survive at a stress amplitude of 400 MPa? (whole number of cycles)"""
    reversals = (400 / 900) ** (1 / -0.09)
    return round(reversals / 2)


@item(
    S,
    "failure",
    "dimensionless",
    "Paris law da/dN = C(ΔK)^m, ΔK = YΔσ√(πa), integrated for m = 3",
    solution="N = 2(a₀^(−1/2) − a_f^(−1/2))/[C(YΔσ√π)³]. YΔσ√π = 1.12 × 200 × 1.7725 = 397.0; cubed 6.258 × 10⁷; times C = 6.258 × 10⁻⁵. 2(1/√0.001 − 1/√0.010) = 2(31.62 − 10.00) = 43.25. N = 43.25/6.258 × 10⁻⁵ = 6.91 × 10⁵ cycles.",
    forms=("multi_step", "data_line", "count"),
)
def h17a_failure_03():
    """Estimate the number of load cycles for an edge crack to grow from 1 mm to 10 mm. Data: C = 1.0*10^-12 (m/cycle, ΔK in MPa m^0.5), m = 3, stress range 200 MPa, Y = 1.12 (constant)."""
    a0, af = 1e-3, 10e-3
    coef = 1e-12 * (1.12 * 200 * math.sqrt(math.pi)) ** 3
    return 2 * (a0**-0.5 - af**-0.5) / coef


@item(
    S,
    "failure",
    "year",
    "Larson–Miller P = T(C + log t_r), C = 20, T in K, t_r in h",
    solution="P = 1073.15 × (20 + log 500) = 1073.15 × 22.699 = 2.436 × 10⁴. At 1023.15 K: log t = 24 360/1023.15 − 20 = 3.809, t = 6.43 × 10³ h = 0.734 year (365.25 d).",
    forms=("conversion_at_end", "two_step", "ascii"),
)
def h17a_failure_04():
    """A superalloy blade ruptures after 500 h at 800 C under a given stress. Using the Larson-Miller parameter with C = 20, predict its rupture life at 750 C under the same stress, expressed in years."""
    p = kelvin(800).magnitude * (20 + math.log10(500))
    return Q_(10 ** (p / kelvin(750).magnitude - 20), "h")


@item(
    S,
    "failure",
    "1/s",
    "Power-law creep ε̇ = Aσⁿexp(−Q_c/RT): a change in temperature needs Q_c",
    refuse="The temperature changes as well as the stress, and the creep activation energy of this alloy is not given: the new rate cannot be computed from n alone.",
    solution="The stress ratio gives a factor 1.5⁵, but going from 600 °C to 650 °C needs exp[−Q_c/R(1/T₂ − 1/T₁)], and Q_c is not given.",
    forms=("must_refuse", "missing_datum", "unicode"),
)
def h17a_failure_05():
    """An alloy creeps at a steady rate of 2.0 × 10⁻⁷ s⁻¹ under 100 MPa at 600 °C, and its stress exponent is n = 5. Estimate the steady-state creep rate under 150 MPa at 650 °C."""
    return None


@item(
    S,
    "failure",
    "degC",
    "DBTT taken where the impact energy is the mean of the shelves; linear interpolation in the table",
    solution="Mean energy = (8 + 102)/2 = 55 J, which lies between −20 °C (30 J) and 0 °C (66 J): T = −20 + 20 × (55 − 30)/(66 − 30) = −6.1 °C.",
    forms=("table", "figure_in_words", "sign_convention"),
)
def h17a_failure_06():
    """Charpy V-notch results for a structural steel (lower shelf 8 J, upper shelf 102 J):

    T (°C):  −60  −40  −20   0   20   40   60
    E (J):     8   12   30  66   92  100  102

    Define the ductile-to-brittle transition temperature as the temperature at which the absorbed energy is the average of the two shelves. Find it (°C) by linear interpolation."""
    target = (8 + 102) / 2
    return Q_(-20 + 20 * (target - 30) / (66 - 30), "degC")


@item(
    S,
    "failure",
    "MPa",
    "Griffith: σ_c = √(2Eγ_s/(πa)), a = half the length of an internal crack (Chiang ch. 8)",
    solution="a = 4/2 = 2 µm. σ_c = √(2 × 69 × 10⁹ × 0.30/(π × 2 × 10⁻⁶)) = √(6.59 × 10¹⁵) = 8.12 × 10⁷ Pa = 81 MPa.",
    forms=("approximate_given", "ceramics", "one_step"),
)
def h17a_failure_07():
    """A soda-lime glass (E ≈ 69 GPa, surface energy ≈ 0.30 J/m²) contains internal flaws about 4 µm long. Using Griffith's criterion, estimate its fracture strength in MPa."""
    a = Q_(4, "micrometer") / 2
    return (2 * Q_(69, "GPa") * Q_(0.30, "J/m**2") / (math.pi * a)) ** 0.5


@item(
    S,
    "failure",
    "MPa",
    "Goodman: σ_a = σ_e(1 − σ_m/σ_u)",
    solution="σ_a = 300 × (1 − 200/800) = 300 × 0.75 = 225 MPa.",
    forms=("allowable", "tex", "one_step"),
)
def h17a_failure_08():
    r"""A shaft steel has $\sigma_{UTS} = 800\ \mathrm{MPa}$ and a fully reversed endurance limit $\sigma_e = 300\ \mathrm{MPa}$. Using the Goodman relation, find the largest alternating stress amplitude (MPa) it can carry indefinitely about a mean stress of $200\ \mathrm{MPa}$."""
    return Q_(300, "MPa") * (1 - 200 / 800)


# ---------------------------------------------------------------- phase diagrams


@item(
    S,
    "phase_diagrams",
    "percent",
    "Lever rule W_α = (C₀ − C_L)/(C_α − C_L)",
    solution="W_α = (35 − 32)/(43 − 32) = 3/11 = 27.3 %.",
    forms=("figure_in_words", "percentage", "one_step"),
)
def h17a_phase_diagrams_01():
    """A Cu–35 wt% Ni alloy is held at 1250 °C. On the Cu–Ni diagram in the figure, the tie line at that temperature meets the liquidus at 32 wt% Ni and the solidus at 43 wt% Ni. What mass percentage of the alloy is solid α?"""
    return Q_((35 - 32) / (43 - 32), "dimensionless")


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Fe–Fe₃C lever rule just below 727 °C: W_α′ = (0.76 − C₀)/(0.76 − 0.022)",
    solution="Using the eutectoid at 0.76 wt% C and α at 0.022 wt% C: W = (0.76 − 0.40)/(0.76 − 0.022) = 0.36/0.738 = 0.488.",
    forms=("known_datum_not_given", "one_step", "ascii"),
)
def h17a_phase_diagrams_02():
    """A 1040 steel (0.40 wt% C) is slowly cooled from the austenite field. What mass fraction of proeutectoid ferrite forms?"""
    return Q_((0.76 - 0.40) / (0.76 - 0.022), "dimensionless")


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Pb–Sn: α max 18.3 wt% Sn, eutectic 61.9 wt% Sn; W_e = (C₀ − 18.3)/(61.9 − 18.3)",
    solution="The primary α and eutectic lever at just below 183 °C: W_e = (40 − 18.3)/(61.9 − 18.3) = 21.7/43.6 = 0.498.",
    forms=("known_datum_not_given", "multi_part", "sketch_part"),
)
def h17a_phase_diagrams_03():
    """For a 60 wt% Pb–40 wt% Sn solder cooled slowly from the melt:
    (a) sketch the microstructure just below the eutectic temperature;
    (b) give the mass fraction of eutectic microconstituent."""
    return Q_((40 - 18.3) / (61.9 - 18.3), "dimensionless")


@item(
    S,
    "phase_diagrams",
    "g",
    "Lever rule on a tie line given as data; mass = W × total",
    solution="W_β = (70 − 10)/(98 − 10) = 0.682; m_β = 0.682 × 2.5 kg = 1.70 kg = 1705 g.",
    forms=("data_line", "story", "conversion_at_end"),
)
def h17a_phase_diagrams_04():
    """A 2.5 kg ingot of 70 wt% Sn–30 wt% Pb is annealed at 150 °C. Data: at 150 °C the α phase holds 10 wt% Sn and the β phase 98 wt% Sn. How many grams of β are present?"""
    return (70 - 10) / (98 - 10) * Q_(2.5, "kg")


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "The lever rule applies only to an overall composition between the tie-line ends",
    refuse="The alloy (50 wt% Ni) lies outside the quoted tie line (31–42 wt% Ni), so it cannot be in that two-phase field; the givens contradict each other.",
    solution="A two-phase L + α alloy must have C_L ≤ C₀ ≤ C_α; 50 is outside 31–42, so the lever rule gives a negative fraction and the data are inconsistent.",
    forms=("must_refuse", "contradiction", "unicode"),
)
def h17a_phase_diagrams_05():
    """A Cu–50 wt% Ni alloy is said to be in the L + α field at 1270 °C, where the tie line ends at 31 wt% Ni (liquid) and 42 wt% Ni (α). Calculate the mass fraction of liquid."""
    return None


@item(
    S,
    "phase_diagrams",
    "percent",
    "at% → wt%: w_Zn = x_Zn A_Zn/(x_Zn A_Zn + x_Cu A_Cu)",
    solution="w = 30 × 65.38/(30 × 65.38 + 70 × 63.55) = 1961.4/6410.0 = 30.6 wt% Zn.",
    forms=("conversion_at_end", "known_datum_not_given", "ascii"),
)
def h17a_phase_diagrams_06():
    """A brass is specified as 30 at.% Zn, balance Cu. What is its zinc content in wt%?"""
    zn, cu = 30 * 65.38, 70 * 63.55
    return Q_(zn / (zn + cu), "dimensionless")


@item(
    S,
    "phase_diagrams",
    "g/kg",
    "Hypereutectoid Fe–C: W_Fe₃C′ = (C₀ − 0.76)/(6.70 − 0.76)",
    solution="W = (1.20 − 0.76)/(6.70 − 0.76) = 0.44/5.94 = 0.0741, i.e. 74.1 g of proeutectoid cementite per kg of steel (tolerance 3 % covers the 0.77/6.67 wt% C variants of the diagram).",
    forms=("per_unit", "known_datum_not_given", "unicode"),
    rel_tol=0.03,
)
def h17a_phase_diagrams_07():
    """A 1.20 wt% C steel is cooled slowly from 950 °C to just below the eutectoid. How much proeutectoid cementite forms per kg of steel (g/kg)?"""
    return Q_((1.20 - 0.76) / (6.70 - 0.76) * 1000, "g/kg")


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Lever rule in mole fraction on a binary oxide diagram (Kingery ch. 7)",
    solution="x_L = (72 − 60)/(72 − 35) = 12/37 = 0.324.",
    forms=("ceramics", "distractor", "data_line"),
)
def h17a_phase_diagrams_08():
    """NiO–MgO forms a complete solid solution. A batch with 60 mol% MgO is held at a temperature in the two-phase field. Data: liquid 35 mol% MgO; solid solution 72 mol% MgO; melting point of MgO 2852 °C; batch mass 400 g. What mole fraction of the batch is liquid?"""
    return Q_((72 - 60) / (72 - 35), "dimensionless")


# ---------------------------------------------------------------- transformations & kinetics


@item(
    S,
    "transformations_kinetics",
    "minute",
    "Avrami y = 1 − exp(−kt^n): t_y ∝ [−ln(1 − y)]^{1/n}",
    solution="t₉₀/t₅₀ = (ln 10/ln 2)^(1/2.5) = 3.322^0.4 = 1.616; t₉₀ = 120 × 1.616 = 194 s = 3.23 min.",
    forms=("conversion_at_end", "ratio", "ascii"),
)
def h17a_transformations_kinetics_01():
    """A transformation follows Avrami kinetics with n = 2.5 and is half complete after 120 s. How long, in minutes, until it is 90% complete?"""
    return Q_(120, "s") * (math.log(10) / math.log(2)) ** (1 / 2.5)


@item(
    S,
    "transformations_kinetics",
    "dimensionless",
    "r* = 2γT_m/(ΔH_f ΔT); atoms = (4/3)πr*³ × 4/a³ (FCC Ni)",
    solution="r* = 2 × 0.255 × 1728 K/(2.53 × 10⁹ × 250) = 1.39 nm. Volume = 1.134 × 10⁻²⁶ m³; cell volume (0.3524 nm)³ = 4.376 × 10⁻²⁹ m³, 259 cells × 4 = 1036 atoms.",
    forms=("count", "multi_step", "tex"),
)
def h17a_transformations_kinetics_02():
    r"""Liquid nickel ($T_m = 1455\ ^{\circ}\mathrm{C}$, $\Delta H_f = -2.53\times10^{9}\ \mathrm{J/m^3}$, $\gamma = 0.255\ \mathrm{J/m^2}$) is undercooled by $250\ ^{\circ}\mathrm{C}$. Solid Ni is FCC with $a = 0.3524\ \mathrm{nm}$. About how many atoms does a critical homogeneous nucleus contain?"""
    r = 2 * Q_(0.255, "J/m**2") * kelvin(1455) / (Q_(2.53e9, "J/m**3") * Q_(250, "K"))
    v = 4 / 3 * math.pi * r**3
    return round(num(4 * v / Q_(0.3524, "nm") ** 3))


@item(
    S,
    "transformations_kinetics",
    "minute",
    "Rate = 1/t₅₀ ∝ exp(−Q/RT); Q/R from two points, then t at a third temperature",
    solution="Q/R = ln(95/12)/(1/573.15 − 1/623.15) = 2.069/1.400 × 10⁻⁴ = 1.478 × 10⁴ K. t(320 °C) = 12 × exp[1.478 × 10⁴ × (1/593.15 − 1/623.15)] = 12 × e^1.20 = 39.8 min.",
    forms=("multi_step", "inverse", "unicode"),
)
def h17a_transformations_kinetics_03():
    """A cold-rolled brass is 50 % recrystallized after 12 min at 350 °C and after 95 min at 300 °C. Assuming Arrhenius behaviour of the rate, how long (min) does 50 % recrystallization take at 320 °C?"""
    t_hi, t_lo, t_mid = kelvin(350), kelvin(300), kelvin(320)
    q_over_r = math.log(95 / 12) / (1 / t_lo - 1 / t_hi)
    return Q_(12, "min") * math.exp(num(q_over_r * (1 / t_mid - 1 / t_hi)))


@item(
    S,
    "transformations_kinetics",
    "dimensionless",
    "Avrami: ln[−ln(1 − y)] = ln k + n ln t; n from two points",
    solution="−ln(0.8) = 0.2231, −ln(0.2) = 1.6094; n = ln(1.6094/0.2231)/ln(70/30) = 1.976/0.847 = 2.33.",
    forms=("inverse", "figure_in_words", "ascii"),
)
def h17a_transformations_kinetics_04():
    """The transformed-fraction curve in the figure passes through 20% at 30 s and 80% at 70 s. Assuming JMAK (Avrami) kinetics, what is the Avrami exponent n?"""
    return math.log(math.log(1 / 0.2) / math.log(1 / 0.8)) / math.log(70 / 30)


@item(
    S,
    "transformations_kinetics",
    "micrometer",
    "Parabolic grain growth d² − d₀² = Kt",
    solution="K = (45² − 20²)/30 = 1625/30 = 54.17 µm²/min. At 120 min: d² = 400 + 54.17 × 120 = 6900 µm², d = 83.1 µm.",
    forms=("two_step", "unicode", "story"),
)
def h17a_transformations_kinetics_05():
    """Annealing at 700 °C coarsens a recrystallized brass from 20 µm to 45 µm in 30 min. Assuming d² − d₀² = Kt, what grain diameter (µm) is reached after 2 h in total at the same temperature?"""
    d0, d1 = Q_(20, "micrometer"), Q_(45, "micrometer")
    k = (d1**2 - d0**2) / Q_(30, "min")
    return (d0**2 + k * Q_(2, "h")) ** 0.5


@item(
    S,
    "transformations_kinetics",
    "kJ/mol",
    "1/t₅₀ ∝ exp(−Q/RT): Q = R ln(t₁/t₂)/(1/T₁ − 1/T₂)",
    solution="ln(2500/320) = 2.056; 1/550 − 1/600 = 1.515 × 10⁻⁴ K⁻¹; Q = 8.314 × 2.056/1.515 × 10⁻⁴ = 112.8 kJ/mol.",
    forms=("forum", "scientific_e", "inverse"),
)
def h17a_transformations_kinetics_06():
    """how do I get the activation energy for a precipitation reaction? I have the half-completion time: 2.5E3 s at 550 K and 3.2*10^2 s at 600 K. need it in kJ/mol"""
    return R_GAS * math.log(2.5e3 / 3.2e2) / (1 / Q_(550, "K") - 1 / Q_(600, "K"))


@item(
    S,
    "transformations_kinetics",
    "eV",
    "ΔG* = 16πγ³/(3ΔG_v²), ΔG_v = ΔH_f ΔT/T_m (Porter & Easterling style)",
    solution="ΔG_v = 1.88 × 10⁹ × 200/1358 = 2.769 × 10⁸ J/m³. ΔG* = 16π × 0.177³/(3 × (2.769 × 10⁸)²) = 1.212 × 10⁻¹⁸ J = 7.56 eV.",
    forms=("tex", "two_step", "named_unit"),
)
def h17a_transformations_kinetics_07():
    r"""For copper take $T_m = 1358\ \mathrm{K}$, $\Delta H_f = 1.88\times10^{9}\ \mathrm{J\,m^{-3}}$ and $\gamma_{SL} = 0.177\ \mathrm{J\,m^{-2}}$. Find the activation barrier for homogeneous nucleation at an undercooling of $200\ \mathrm{K}$ [eV]."""
    dgv = Q_(1.88e9, "J/m**3") * 200 / 1358
    return 16 * math.pi * Q_(0.177, "J/m**2") ** 3 / (3 * dgv**2)


@item(
    S,
    "transformations_kinetics",
    "s",
    "Chvorinov t = B(V/A)²",
    solution="Cube: V/A = 50/6 = 8.333 mm. Plate: V = 125 000 mm³, A = 2(5000 + 2500 + 1250) = 17 500 mm², V/A = 7.143 mm. t = 4.2 min × (7.143/8.333)² = 3.086 min = 185 s.",
    forms=("ratio", "story", "conversion_at_end"),
)
def h17a_transformations_kinetics_08():
    """In a sand mould a 50 mm cube of an aluminium alloy solidifies in 4.2 min. Using Chvorinov's rule with exponent 2, how many seconds will a 100 mm × 50 mm × 25 mm plate of the same alloy poured in the same mould material take?"""
    cube = Q_(50, "mm") / 6
    v = Q_(100 * 50 * 25, "mm**3")
    a = Q_(2 * (100 * 50 + 50 * 25 + 100 * 25), "mm**2")
    return Q_(4.2, "min") * (v / a / cube) ** 2
