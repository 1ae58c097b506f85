"""Set heldout18 (set S), first half: 60 questions over seven topics of a qualifying exam.

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
from exam_quantities import AVOGADRO, C0, K_BOLTZ, Q_, R_GAS, H, kelvin, num
from scipy.special import erfinv

S = "heldout18"

K_EV = K_BOLTZ.to("eV/K")


def bragg_d(two_theta_deg: float, wavelength: Any) -> Any:
    """Interplanar spacing (pint length) from a first-order peak at 2θ (degrees)."""
    return wavelength / (2 * math.sin(math.radians(two_theta_deg / 2)))


def from_fahrenheit(deg_f: float) -> Any:
    """A Fahrenheit reading as an absolute temperature in K."""
    return Q_((deg_f - 32) / 1.8 + 273.15, "K")


# ---------------------------------------------------------------- crystallography & X-ray diffraction


@item(
    S,
    "crystallography_xrd",
    "nm",
    "Bragg's law with BCC (110) first reflection, a = d√2 (Cullity ch. 3)",
    decimals=3,
    solution="For BCC the first allowed reflection is (110). θ = 20.22°, d = 0.15406/(2 sin 20.22°) = 0.22287 nm. a = d√2 = 0.31519 nm, i.e. 0.315 nm to three decimal places.",
    forms=("gate_style", "rounding_asked", "two_step", "known_datum_not_given"),
)
def h18a_cryst_01():
    """Molybdenum (BCC) is examined with Cu K-alpha radiation (λ = 0.15406 nm). Its first diffraction peak appears at 2θ = 40.44°. The lattice parameter of molybdenum (in nm) is ______ (rounded off to three decimal places)."""
    d = bragg_d(40.44, Q_(0.15406, "nm"))
    return d * math.sqrt(2)


@item(
    S,
    "crystallography_xrd",
    "angstrom",
    "Bragg's law, FCC reflections (111), (200), (220) (Cullity ch. 10)",
    solution="The third FCC reflection is (220). θ = 38.19°, d = 1.5406/(2 sin 38.19°) = 1.2460 Å. a = d√8 = 3.524 Å. The first two peaks are not needed.",
    forms=("table_units_in_header", "unicode", "two_step", "distractor"),
)
def h18a_cryst_02():
    """A diffractometer scan of an FCC metal (Cu Kα, λ = 1.5406 Å) gives:

    | peak | 2θ (°) | relative intensity (%) |
    | 1 | 44.50 | 100 |
    | 2 | 51.85 | 42 |
    | 3 | 76.38 | 21 |

    Index the third peak and compute the cubic lattice parameter from it, in Å."""
    d = bragg_d(76.38, Q_(1.5406, "angstrom"))
    return d * math.sqrt(8)


@item(
    S,
    "crystallography_xrd",
    "kg/m**3",
    "ρ = nA/(V_C N_A), n = 2 for BCC (Callister eq. 3.8)",
    solution="BCC: 2 atoms per cell. V_C = (0.2884 nm)³ = 2.3988 × 10⁻²⁹ m³. ρ = 2 × 0.05200 kg/mol / (2.3988 × 10⁻²⁹ × 6.022 × 10²³) = 7199 kg/m³.",
    forms=("decimal_comma", "one_step", "named_unit"),
)
def h18a_cryst_03():
    """Chromium is body-centred cubic with a = 0,2884 nm and a molar mass of 52,00 g/mol. Calculate the theoretical density of chromium in kg/m³."""
    return 2 * Q_(52.00, "g/mol") / (Q_(0.2884, "nm") ** 3 * AVOGADRO)


@item(
    S,
    "crystallography_xrd",
    "nm**3",
    "HCP cell volume: hexagonal prism V = (3√3/2)a²c (3 primitive cells) or primitive cell V = (√3/2)a²c",
    solution="The conventional hexagonal prism (6 atoms) has V = (3√3/2)a²c = 2.598 × 0.3209² × 0.5211 = 0.1394 nm³. The primitive rhombic cell (2 atoms) is one third of it, 0.04648 nm³. Either reading of 'unit cell' is accepted.",
    forms=("two_readings", "one_step", "ascii"),
)
def h18a_cryst_04():
    """Magnesium is HCP with a = 0.3209 nm and c = 0.5211 nm. What is the volume of its unit cell in nm^3?"""
    a, c = Q_(0.3209, "nm"), Q_(0.5211, "nm")
    return {
        "hexagonal prism (conventional, 6 atoms)": 3 * math.sqrt(3) / 2 * a**2 * c,
        "primitive cell (2 atoms)": math.sqrt(3) / 2 * a**2 * c,
    }


@item(
    S,
    "crystallography_xrd",
    "1/nm**2",
    "BCC (110) planar density: 2 atoms in area a²√2 (Callister sec. 3.11)",
    solution="The (110) plane of the BCC cell is a rectangle a × a√2 holding 4 × 1/4 + 1 = 2 atoms. PD = 2/(√2 a²) = 2/(1.4142 × 0.2866²) = 17.22 atoms/nm².",
    forms=("tex", "one_step", "per_unit"),
)
def h18a_cryst_05():
    r"""$\alpha$-iron is BCC with $a = 0.2866\ \mathrm{nm}$. Determine the planar density of the $(110)$ plane, expressed as atoms per $\mathrm{nm}^2$."""
    a = Q_(0.2866, "nm")
    return 2 / (math.sqrt(2) * a**2)


@item(
    S,
    "crystallography_xrd",
    "nm",
    "needs the crystal structure (FCC or BCC) to index the first peak",
    refuse="The structure of the cubic metal is not stated and one peak cannot fix it: the first peak is (111) for FCC but (110) for BCC, and r = a√2/4 or a√3/4, so the radius is not determinable from the data.",
    solution="A single peak of an unidentified cubic metal cannot be indexed: FCC and BCC give different planes for the first reflection and different relations between a and r, so the radius cannot be determined.",
    forms=("refuse_not_determinable", "forum_style"),
)
def h18a_cryst_06():
    """how do I get the atomic radius from my XRD?? I have a cubic metal powder (don't know which one, the lab label fell off), Cu K-alpha 0.1542 nm, and the first peak is at 2theta = 38.4 deg. No other peaks were recorded. What is the atomic radius in nm?"""
    return None


@item(
    S,
    "crystallography_xrd",
    "dimensionless",
    "d_hkl = a/√(h²+k²+l²)",
    solution="d_111/d_220 = √(2²+2²+0²)/√(1+1+1) = √8/√3 = 1.633 times. The lattice parameter cancels.",
    forms=("how_many_times", "ratio", "distractor"),
)
def h18a_cryst_07():
    """Copper (FCC, a = 3.615 Å, density 8.96 g/cm³). How many times larger is the interplanar spacing of the (111) planes than that of the (220) planes?"""
    return math.sqrt(8) / math.sqrt(3)


@item(
    S,
    "crystallography_xrd",
    "degree",
    "λ = hc/E, then Bragg's law (Kittel ch. 2)",
    solution="λ = hc/E = 1239.84 eV·nm / 8050 eV = 0.15402 nm = 1.5402 Å. sin θ = 1.5402/(2 × 2.338) = 0.32939, θ = 19.23°.",
    forms=("si_prefix_words", "two_step", "multi_part_one_asked"),
)
def h18a_cryst_08():
    """An X-ray tube delivers characteristic photons of 8.05 kiloelectronvolts.
    (a) Find the wavelength in ångströms.
    (b) Hence find the Bragg angle θ (not 2θ), in degrees, for first-order reflection from planes of spacing 2.338 Å.
    Only the answer to (b) is required."""
    lam = (H * C0 / Q_(8.05, "keV")).to("angstrom")
    return Q_(math.degrees(math.asin(num(lam / (2 * Q_(2.338, "angstrom"))))), "degree")


@item(
    S,
    "crystallography_xrd",
    "g/cm**3",
    "Rock-salt: a = 2(r₊ + r₋), 4 formula units per cell (Callister ch. 12, ionic radii table)",
    solution="For the rock-salt structure the ions touch along the cube edge: a = 2(0.102 + 0.181) = 0.566 nm. Four NaCl units per cell: ρ = 4(22.99 + 35.45)/((0.566 × 10⁻⁷)³ × 6.022 × 10²³) = 2.14 g/cm³.",
    forms=("known_datum_not_given", "multi_step", "ceramics_style"),
)
def h18a_cryst_09():
    """Sodium chloride has the rock-salt structure. Using the ionic radii r(Na⁺) = 0.102 nm and r(Cl⁻) = 0.181 nm and the standard atomic weights, estimate the density of NaCl in g/cm³."""
    a = 2 * (Q_(0.102, "nm") + Q_(0.181, "nm"))
    return 4 * Q_(22.99 + 35.45, "g/mol") / (a**3 * AVOGADRO)


# ---------------------------------------------------------------- defects


@item(
    S,
    "defects",
    "1/cm**3",
    "N_v = N exp(−Q_v/kT), N = N_A ρ/A (Callister eq. 4.1)",
    solution="N = 6.022 × 10²³ × 10.35/107.87 = 5.778 × 10²² atoms/cm³. T = 1073.15 K; kT = 0.092477 eV. N_v = 5.778 × 10²² × exp(−11.895) = 5.778 × 10²² × 6.83 × 10⁻⁶ = 3.94 × 10¹⁷ cm⁻³.",
    forms=("unicode", "two_step", "per_unit"),
)
def h18a_def_01():
    """Estimate the equilibrium number of vacancies per cm³ in silver at 800 °C. The vacancy formation energy is 1.10 eV/atom, the density of Ag at 800 °C is 10.35 g/cm³ and its atomic weight is 107.87 g/mol."""
    n = AVOGADRO * Q_(10.35, "g/cm**3") / Q_(107.87, "g/mol")
    return n * math.exp(-num(Q_(1.10, "eV") / (K_EV * kelvin(800))))


@item(
    S,
    "defects",
    "kJ/mol",
    "f = exp(−Q_v/RT) at two temperatures: Q_v = R ln(f₂/f₁)/(1/T₁ − 1/T₂)",
    solution="T₁ = 973.15 K, T₂ = 1173.15 K. ln(1.5 × 10⁻⁴ / 3.2 × 10⁻⁵) = 1.5449. 1/T₁ − 1/T₂ = 1.7519 × 10⁻⁴ K⁻¹. Q_v = 8.314 × 1.5449/1.7519 × 10⁻⁴ = 73.3 kJ/mol.",
    forms=("inverse", "e_notation", "named_unit"),
)
def h18a_def_02():
    """The measured equilibrium vacancy fraction in a metal is 3.2E-5 at 700 °C and 1.5E-4 at 900 °C. Assuming a constant pre-factor of one, find the vacancy formation energy in kJ/mol."""
    t1, t2 = kelvin(700), kelvin(900)
    return R_GAS * math.log(1.5e-4 / 3.2e-5) / (1 / t1 - 1 / t2)


@item(
    S,
    "defects",
    "1/mm**2",
    "ASTM: N = 2^(n−1) grains/in² at 100×; 1 in² = 645.16 mm²",
    abs_tol=1.0,
    solution="At 100×, N = 2^(6−1) = 32 grains per in². At 1× the area is 100² times smaller per grain: 32 × 10⁴ grains per in² of real area = 3.2 × 10⁵/645.16 = 496 grains per mm².",
    forms=("count", "unit_conversion", "nearest_whole"),
)
def h18a_def_03():
    """A steel has ASTM grain size number 6. How many grains are there per square millimetre of actual (unmagnified) specimen area? Give the nearest whole number."""
    per_in2 = 2 ** (6 - 1) * 100**2 / Q_(1, "inch**2")
    return per_in2.to("1/mm**2")


@item(
    S,
    "defects",
    "dimensionless",
    "ASTM: n = 1 + log₂ N, N grains/in² at 100×",
    decimals=1,
    solution="At 100× the count must be per in² of the micrograph. n = 1 + ln 45/ln 2 = 1 + 5.49 = 6.5.",
    forms=("inverse", "rounding_asked", "story"),
)
def h18a_def_04():
    """A student counts 45 grains within one square inch of a photomicrograph taken at a magnification of 100×. What ASTM grain-size number does this correspond to? Round to one decimal place."""
    return 1 + math.log2(45)


@item(
    S,
    "defects",
    "J/m",
    "b = a/√2 for FCC ⟨110⟩/2; line energy E ≈ Gb²/2 (Hull & Bacon ch. 4)",
    solution="b = 0.405/√2 = 0.2864 nm. E ≈ ½Gb² = 0.5 × 26 × 10⁹ × (0.2864 × 10⁻⁹)² = 1.066 × 10⁻⁹ J per metre of dislocation.",
    forms=("two_step", "per_unit", "symbols_defined_where"),
)
def h18a_def_05():
    """In aluminium (FCC, a = 0.405 nm, shear modulus G = 26 GPa) a perfect dislocation has Burgers vector (a/2)[110]. Using E ≈ Gb²/2, where b is the magnitude of the Burgers vector, estimate the elastic energy per metre of dislocation line (J/m)."""
    b = Q_(0.405, "nm") / math.sqrt(2)
    return 0.5 * Q_(26, "GPa") * b**2


@item(
    S,
    "defects",
    "1/cm**2",
    "ρ_⊥ = line length / volume",
    solution="Line length 2.5 × 10⁵ km = 2.5 × 10⁸ m. Volume (5 × 10⁻³ m)³ = 1.25 × 10⁻⁷ m³. ρ = 2.0 × 10¹⁵ m⁻² = 2.0 × 10¹¹ cm⁻².",
    forms=("unit_conversion_end", "one_step", "story"),
)
def h18a_def_06():
    """After heavy cold rolling, a 5 mm cube of copper is estimated to contain 2.5 × 10⁵ km of dislocation line. Express the dislocation density per cm²."""
    return Q_(2.5e5, "km") / Q_(5, "mm") ** 3


@item(
    S,
    "defects",
    "1/m**3",
    "Schottky defects: n_s = N exp(−Q_s/2kT); Q_s needed",
    refuse="The Schottky-defect formation energy of KCl is not given and is not a standard datum a student is expected to know; without it the defect concentration cannot be computed.",
    solution="n_s = N exp(−Q_s/2kT) needs the formation energy Q_s, which the question does not give; the density and molar mass only fix N. The number cannot be determined.",
    forms=("refuse_missing_datum", "ceramics_style", "distractor"),
)
def h18a_def_07():
    """Potassium chloride (rock-salt structure, density 1.99 g/cm³, molar mass 74.55 g/mol, melting point 770 °C) is held at 500 °C. Calculate the number of Schottky defects per m³ at this temperature."""
    return None


@item(
    S,
    "defects",
    "pm",
    "FCC octahedral site: r = (√2 − 1)R = 0.414R (Callister ch. 4)",
    solution="The octahedral hole of FCC sits at the cube-edge centre: 2R + 2r = a = 2√2R, so r = (√2 − 1)R = 0.4142 × 129 pm = 53.4 pm.",
    forms=("show_that_hence", "si_prefix_words", "one_step"),
)
def h18a_def_08():
    """Show that the radius of the largest sphere that fits in an octahedral interstice of an FCC lattice of atoms of radius R is (√2 − 1)R, and hence find that radius in picometres for γ-iron (R = 0.129 nanometres)."""
    return (math.sqrt(2) - 1) * Q_(0.129, "nm")


@item(
    S,
    "defects",
    "percent",
    "Fe_{1−x}O: each Fe vacancy compensated by two Fe³⁺ (Kingery ch. 4)",
    solution="Per formula unit Fe₀.₉₅O, x = 0.05 vacancies need 2x = 0.10 Fe³⁺ to keep neutrality. The fraction of Fe ions that are Fe³⁺ = 0.10/0.95 = 10.5 %.",
    forms=("percentage", "two_step", "ceramics_style"),
)
def h18a_def_09():
    """Wüstite of composition Fe₀.₉₅O contains iron vacancies, charge-balanced by Fe³⁺ ions on iron sites (oxygen sublattice full). What percentage of the iron ions are Fe³⁺?"""
    x = 0.05
    return Q_(100 * 2 * x / (1 - x), "percent")


# ---------------------------------------------------------------- diffusion


@item(
    S,
    "diffusion",
    "kJ/mol",
    "D = D₀ exp(−Q/RT) at two temperatures",
    solution="T₁ = 1173.15 K, T₂ = 1373.15 K. ln(7.5 × 10⁻¹³/2.0 × 10⁻¹⁴) = 3.6244. 1/T₁ − 1/T₂ = 1.2416 × 10⁻⁴ K⁻¹. Q = 8.314 × 3.6244/1.2416 × 10⁻⁴ = 242.7 kJ/mol.",
    forms=("table_units_in_header", "inverse", "named_unit"),
)
def h18a_diff_01():
    """Measured diffusion coefficients of nickel in an iron alloy:

    | T (°C) | D (m²/s) |
    | 900 | 2.0 × 10⁻¹⁴ |
    | 1100 | 7.5 × 10⁻¹³ |

    What is the activation energy for diffusion in kJ/mol?"""
    t1, t2 = kelvin(900), kelvin(1100)
    return R_GAS * math.log(7.5e-13 / 2.0e-14) / (1 / t1 - 1 / t2)


@item(
    S,
    "diffusion",
    "m**2/s",
    "D₀ = D exp(Q/RT)",
    solution="D = 10^−11.3 = 5.012 × 10⁻¹² m²/s at 1000 K. Q/RT = 150000/(8.314 × 1000) = 18.042, e^18.042 = 6.85 × 10⁷. D₀ = 5.012 × 10⁻¹² × 6.85 × 10⁷ = 3.43 × 10⁻⁴ m²/s.",
    forms=("log_given", "inverse", "one_step"),
)
def h18a_diff_02():
    """For an interstitial solute in a BCC metal, log10 D = −11.3 (D in m²/s) at 1000 K and the activation energy is 150 kJ/mol. Find the pre-exponential factor D₀ in m²/s."""
    d = Q_(10**-11.3, "m**2/s")
    return d * math.exp(num(Q_(150, "kJ/mol") / (R_GAS * Q_(1000, "K"))))


@item(
    S,
    "diffusion",
    "hour",
    "(C_x − C₀)/(C_s − C₀) = 1 − erf(x/2√(Dt)) (Callister eq. 5.5)",
    solution="(0.60 − 0.20)/(1.00 − 0.20) = 0.5, so erf z = 0.5, z = 0.4769. t = x²/(4Dz²) = (0.75 × 10⁻³)²/(4 × 1.6 × 10⁻¹¹ × 0.2275) = 3.864 × 10⁴ s = 10.7 h.",
    forms=("rate_asked_as_time", "unit_conversion_end", "tex"),
)
def h18a_diff_03():
    r"""A steel with $C_0 = 0.20$ wt% C is carburized with the surface held at $C_s = 1.00$ wt% C. At the treatment temperature $D = 1.6\times10^{-11}\ \mathrm{m^2\,s^{-1}}$. How long, in hours, until the carbon content $0.75\ \mathrm{mm}$ below the surface reaches $0.60$ wt%?"""
    z = erfinv(1 - (0.60 - 0.20) / (1.00 - 0.20))
    return Q_(0.75, "mm") ** 2 / (4 * Q_(1.6e-11, "m**2/s") * z**2)


@item(
    S,
    "diffusion",
    "hour",
    "same x/√(Dt): t₂ = t₁ D₁/D₂ with D Arrhenius; Q(C in γ-Fe) = 148 kJ/mol",
    solution="The same profile needs the same Dt. D₁/D₂ = exp[−(Q/R)(1/T₁ − 1/T₂)] with T₁ = 1143.15 K, T₂ = 1203.15 K: (148000/8.314)(4.3624 × 10⁻⁵) = 0.7766, ratio = 0.460. t₂ = 10 × 0.460 = 4.60 h. (Q = 148 kJ/mol is Callister's value; a book value near 138 kJ/mol gives about 4.9 h, hence the wider tolerance.)",
    rel_tol=0.07,
    forms=("known_datum_not_given", "multi_step", "story"),
)
def h18a_diff_04():
    """A heat-treat shop gets the required case on gears by carburizing for 10 h at 870 °C. The furnace is to be run at 930 °C instead. How many hours will give the same case? (Use the activation energy for carbon diffusion in austenite from your textbook.)"""
    q = Q_(148, "kJ/mol")
    ratio = math.exp(-num(q / R_GAS * (1 / kelvin(870) - 1 / kelvin(930))))
    return Q_(10, "hour") * ratio


@item(
    S,
    "diffusion",
    "kg/(m**2*hour)",
    "Fick's first law J = −D dC/dx",
    solution="J = D ΔC/Δx = 1.0 × 10⁻⁸ × (2.4 − 0.6)/(5 × 10⁻³) = 3.6 × 10⁻⁶ kg m⁻² s⁻¹ = 0.01296 kg per m² per hour.",
    forms=("per_unit", "unit_conversion_end", "ascii"),
)
def h18a_diff_05():
    """Hydrogen diffuses at steady state through a palladium sheet 5 mm thick. Concentrations on the two faces are 2.4 kg/m3 and 0.6 kg/m3 and D = 1.0e-8 m2/s. How many kg of hydrogen pass per square metre per hour?"""
    return Q_(1.0e-8, "m**2/s") * Q_(2.4 - 0.6, "kg/m**3") / Q_(5, "mm")


@item(
    S,
    "diffusion",
    "m**2/s",
    "D = D₀ exp(−Q/RT), T from °F",
    solution="1600 °F = 871.1 °C = 1144.26 K. Q/RT = 148000/(8.314 × 1144.26) = 15.557. D = 2.3 × 10⁻⁵ × e^−15.557 = 4.05 × 10⁻¹² m²/s.",
    forms=("fahrenheit", "one_step", "mixed_units"),
)
def h18a_diff_06():
    """Carbon diffusion in austenite has D₀ = 2.3 × 10⁻⁵ m²/s and Q = 148 kJ/mol. What is D at a carburizing temperature of 1600 °F?"""
    t = from_fahrenheit(1600)
    return Q_(2.3e-5, "m**2/s") * math.exp(-num(Q_(148, "kJ/mol") / (R_GAS * t)))


@item(
    S,
    "diffusion",
    "percent",
    "erf solution valid only while √(Dt) ≪ thickness",
    refuse="√(Dt) = √(4 × 10⁻¹¹ × 72000) ≈ 1.7 mm, about eight times the 0.2 mm foil thickness (carburized from both faces), so the semi-infinite erf solution the question prescribes is outside the validity the question itself states; a mid-plane content computed with it would be meaningless.",
    solution="The diffusion distance √(Dt) ≈ 1.7 mm is about eight times the sheet thickness, so the semi-infinite condition stated in the question fails; the erf solution does not apply and the requested value cannot be given from it.",
    forms=("refuse_validity", "tex"),
)
def h18a_diff_07():
    r"""A steel foil $0.2\ \mathrm{mm}$ thick ($C_0 = 0.10$ wt% C) is carburized from both faces for $20\ \mathrm{h}$ with the surface at $1.2$ wt% C; $D = 4\times10^{-11}\ \mathrm{m^2/s}$. The solution $\frac{C_x - C_0}{C_s - C_0} = 1 - \mathrm{erf}\left(\frac{x}{2\sqrt{Dt}}\right)$ applies only while $\sqrt{Dt}$ is small compared with the thickness. Using this solution, find the carbon content at the mid-plane of the foil."""
    return None


@item(
    S,
    "diffusion",
    "degC",
    "T = Q/(R ln(D₀/D))",
    solution="ln(D₀/D) = ln(6.5 × 10⁻⁵/1.0 × 10⁻¹⁴) = 22.595. T = 136000/(8.314 × 22.595) = 724.0 K = 450.8 °C.",
    forms=("answer_is_temperature", "inverse", "unicode"),
)
def h18a_diff_08():
    """For copper diffusing in aluminium D₀ = 6.5 × 10⁻⁵ m²/s and Q = 136 kJ/mol. At what temperature (°C) is D = 1.0 × 10⁻¹⁴ m²/s?"""
    t = Q_(136, "kJ/mol") / (R_GAS * math.log(6.5e-5 / 1.0e-14))
    return t.to("K")


@item(
    S,
    "diffusion",
    "1/cm**3",
    "Gaussian drive-in: C(0, t) = Q₀/√(πDt) (Sze ch. 6)",
    solution="Dt = 3 × 10⁻¹⁴ × 7200 = 2.16 × 10⁻¹⁰ cm². C_s = 10¹⁴/√(π × 2.16 × 10⁻¹⁰) = 10¹⁴/2.605 × 10⁻⁵ = 3.84 × 10¹⁸ cm⁻³.",
    forms=("semiconductor_style", "one_step", "star_power_notation"),
)
def h18a_diff_09():
    """A boron predeposition leaves a dose of 1*10^14 atoms/cm^2 in the silicon surface. It is then driven in (no further supply) for 2 h at 1100 °C where D = 3*10^-14 cm^2/s. What is the surface boron concentration after the drive-in, in cm^-3?"""
    dt = Q_(3e-14, "cm**2/s") * Q_(2, "hour")
    return Q_(1e14, "1/cm**2") / (math.pi * dt) ** 0.5


# ---------------------------------------------------------------- mechanical properties


@item(
    S,
    "mechanical_properties",
    "dimensionless",
    "engineering strain Δl/l₀ or true strain ln(l/l₀)",
    solution="Engineering strain = (300 − 250)/250 = 0.200; true strain = ln(300/250) = 0.182. Both are standard readings of 'tensile strain'.",
    forms=("two_readings", "one_step", "plain"),
)
def h18a_mech_01():
    """A soft copper wire initially 250 mm long is pulled until it is 300 mm long (uniform deformation). What tensile strain has the wire undergone?"""
    return {"engineering strain": (300 - 250) / 250, "true strain": math.log(300 / 250)}


@item(
    S,
    "mechanical_properties",
    "inch",
    "Δl = Fl₀/(AE)",
    solution="A = π(0.50)²/4 = 0.19635 in². σ = 8000/0.19635 = 40 744 psi. Δl = σl₀/E = 40 744 × 40/(30 × 10⁶) = 0.0543 in.",
    forms=("us_units", "two_step", "story"),
)
def h18a_mech_02():
    """A steel tie rod, 0.50 in. in diameter and 40 in. long, carries a tensile load of 8000 lbf. With E = 30 × 10⁶ psi, how much does the rod stretch, in inches?"""
    area = math.pi * Q_(0.50, "inch") ** 2 / 4
    return Q_(8000, "lbf") / area * Q_(40, "inch") / Q_(30e6, "psi")


@item(
    S,
    "mechanical_properties",
    "micrometer",
    "ε_z = σ/E, ε_x = −νε_z, Δd = ε_x d₀",
    solution="A = π(10 mm)²/4 = 78.54 mm². σ = 15000/78.54 = 191.0 MPa. ε_z = 191.0/97000 = 1.969 × 10⁻³. ε_x = −0.34 × 1.969 × 10⁻³ = −6.69 × 10⁻⁴. Δd = −6.69 × 10⁻⁴ × 10 mm = −6.69 µm.",
    forms=("sign_convention", "multi_step", "unicode"),
)
def h18a_mech_03():
    """A brass rod of 10 mm diameter is loaded in tension with 15 kN, elastically. E = 97 GPa, ν = 0.34. By how much does the diameter change? Give the answer in µm, negative for a decrease."""
    d0 = Q_(10, "mm")
    sigma = Q_(15, "kN") / (math.pi * d0**2 / 4)
    return -0.34 * sigma / Q_(97, "GPa") * d0


@item(
    S,
    "mechanical_properties",
    "GPa**0.5*m**3/Mg",
    "Ashby light stiff beam index M = E^{1/2}/ρ",
    solution="M = √E/ρ: steel √210/7.8 = 1.86; Al alloy √70/2.7 = 3.10; Ti alloy √110/4.5 = 2.33; CFRP √110/1.55 = 6.77; spruce √10/0.45 = 7.03. Spruce is best, M = 7.03 GPa^½ m³/Mg.",
    forms=("selection", "table_units_in_header", "ashby_style"),
)
def h18a_mech_04():
    """For a light, stiff beam in bending the performance index is M = E^(1/2)/ρ. From the list below, select the best material and give its value of M in GPa^(1/2)·m³/Mg.

    | material | E (GPa) | ρ (Mg/m³) | cost (USD/kg) |
    | carbon steel | 210 | 7.8 | 0.6 |
    | Al alloy | 70 | 2.7 | 2.2 |
    | Ti alloy | 110 | 4.5 | 20 |
    | CFRP | 110 | 1.55 | 40 |
    | spruce (along grain) | 10 | 0.45 | 1.0 |"""
    table = {
        "steel": (210, 7.8),
        "al": (70, 2.7),
        "ti": (110, 4.5),
        "cfrp": (110, 1.55),
        "spruce": (10, 0.45),
    }
    best = max(math.sqrt(e) / rho for e, rho in table.values())
    return Q_(best, "GPa**0.5*m**3/Mg")


@item(
    S,
    "mechanical_properties",
    "MPa",
    "HB = 2P/(πD(D − √(D² − d²))); TS(MPa) ≈ 3.45 HB (Callister eq. 6.20a)",
    solution="HB = 2 × 3000/(π × 10 × (10 − √(100 − 17.64))) = 6000/(31.416 × 0.9247) = 206.5. TS ≈ 3.45 × 206.5 = 713 MPa.",
    forms=("multi_step", "known_datum_not_given", "plain"),
)
def h18a_mech_05():
    """A Brinell test with a 10 mm ball and a 3000 kg load leaves an impression 4.20 mm in diameter on a plain-carbon steel. Estimate the tensile strength of the steel in MPa using the usual empirical relation."""
    p, d_ball, d = 3000, 10.0, 4.20
    hb = 2 * p / (math.pi * d_ball * (d_ball - math.sqrt(d_ball**2 - d**2)))
    return Q_(3.45 * hb, "MPa")


@item(
    S,
    "mechanical_properties",
    "kJ/m**3",
    "modulus of resilience U_r = σ_y²/2E",
    solution="U_r = (1460 × 10⁶)²/(2 × 207 × 10⁹) = 5.149 × 10⁶ J/m³ = 5149 kJ/m³.",
    forms=("spaced_thousands", "one_step", "answer_blank_unit", "distractor"),
)
def h18a_mech_06():
    """A spring steel has a yield strength of 1 460 MPa, a tensile strength of 1 720 MPa and E = 207 GPa. Its modulus of resilience is __________ kJ/m³."""
    return Q_(1460, "MPa") ** 2 / (2 * Q_(207, "GPa"))


@item(
    S,
    "mechanical_properties",
    "MPa",
    "Considère: ε_T = n at necking; UTS = K nⁿ e^(−n) (Hosford ch. 4)",
    solution="At the onset of necking ε_T = n = 0.26, σ_T = 530 × 0.26^0.26 = 530 × 0.7045 = 373.4 MPa. The engineering stress there is σ_T/exp(ε_T) = 373.4 × e^−0.26 = 287.9 MPa = UTS.",
    forms=("show_that_hence", "multi_step", "symbols_defined_where"),
)
def h18a_mech_07():
    """A metal obeys σ_T = K ε_T^n, where K = 530 MPa and n = 0.26. Show that necking begins when ε_T = n, and hence find the ultimate (engineering) tensile strength in MPa."""
    n = 0.26
    return Q_(530, "MPa") * n**n * math.exp(-n)


@item(
    S,
    "mechanical_properties",
    "GPa",
    "isotropic elasticity: E = 2G(1 + ν)",
    refuse="The three givens contradict each other for an isotropic solid: 2G(1 + ν) = 2 × 60 × 1.30 = 156 GPa, not 200 GPa, so the bulk modulus depends on which two are trusted.",
    solution="For an isotropic material only two elastic constants are independent. E = 200 GPa, G = 60 GPa and ν = 0.30 are inconsistent (2G(1+ν) = 156 GPa), so K cannot be stated with confidence.",
    forms=("refuse_contradiction", "plain"),
)
def h18a_mech_08():
    """An isotropic polycrystalline alloy is reported to have E = 200 GPa, G = 60 GPa and ν = 0.30. Calculate its bulk modulus K in GPa."""
    return None


@item(
    S,
    "mechanical_properties",
    "kN",
    "F_max = σ_y A",
    solution="Use the nominal yield strength 250 MPa. A = π(6.35 mm)² = 126.7 mm². F = 250 × 126.7 = 31.7 kN.",
    forms=("forum_style", "uncertainty_given", "maximum_asked"),
)
def h18a_mech_09():
    """hi all, how do I get the max load my bar can take without yielding? I have a round bar 12.7 mm dia, yield strength 250 ± 5 MPa, length about 1.2 m. Answer in kN please (nominal values)."""
    area = math.pi * Q_(12.7, "mm") ** 2 / 4
    return Q_(250, "MPa") * area


# ---------------------------------------------------------------- failure


@item(
    S,
    "failure",
    "MPa",
    "Griffith: σ_c = √(2Eγ_s/(πa)); the deepest surface flaw governs",
    solution="The deepest flaw (a = 3 µm) gives the lowest fracture stress. σ_c = √(2 × 69 × 10⁹ × 0.30/(π × 3 × 10⁻⁶)) = √(4.393 × 10¹⁵) = 66.3 MPa.",
    forms=("range_governing_extreme", "one_step", "unicode"),
)
def h18a_fail_01():
    """A soda-lime glass (E = 69 GPa, surface energy γ_s = 0.30 J/m²) has surface flaws between 2 and 3 µm deep. Estimate the tensile stress at which it fractures, in MPa."""
    return (2 * Q_(69, "GPa") * Q_(0.30, "J/m**2") / (math.pi * Q_(3, "um"))) ** 0.5


@item(
    S,
    "failure",
    "mm",
    "K_Ic = Yσ√(πa): a_c = (K_Ic/Yσ)²/π",
    solution="40 ksi = 275.8 MPa. a_c = (35/(1.12 × 275.8))²/π = (0.11331)²/π = 4.087 × 10⁻³ m = 4.09 mm.",
    forms=("mixed_units", "maximum_asked", "symbols_defined_where"),
)
def h18a_fail_02():
    """A plate of an aluminium alloy with K_Ic = 35 MPa√m is to carry a design stress of 40 ksi. The edge crack geometry factor is Y = 1.12. What is the maximum allowable edge-crack depth, in mm?"""
    sigma = Q_(40, "ksi")
    a = (Q_(35, "MPa*m**0.5") / (1.12 * sigma)) ** 2 / math.pi
    return a.to("mm")


@item(
    S,
    "failure",
    "dimensionless",
    "Basquin: σ_a = σ_f'(2N_f)^b",
    solution="2N_f = (350/900)^(1/−0.09) = 0.38889^−11.111 = 3.607 × 10⁴ reversals, so N_f ≈ 1.80 × 10⁴ cycles.",
    forms=("count", "inverse", "tex"),
)
def h18a_fail_03():
    r"""A steel obeys $\sigma_a = \sigma_f'(2N_f)^b$ with $\sigma_f' = 900\ \mathrm{MPa}$ and $b = -0.09$. How many cycles to failure are expected at a stress amplitude of $350\ \mathrm{MPa}$?"""
    reversals = (350 / 900) ** (1 / -0.09)
    return reversals / 2


@item(
    S,
    "failure",
    "hour",
    "Larson–Miller: P = T(20 + log t_r), T in K, t_r in h",
    solution="T = 923.15 K. log t_r = 24.0 × 10³/923.15 − 20 = 5.998, t_r = 9.96 × 10⁵ h.",
    forms=("figure_in_words", "inverse", "answer_blank_unit"),
)
def h18a_fail_04():
    """The Larson–Miller master curve of an alloy (figure) passes through P = 24.0 × 10³ (T in K, t in h, constant C = 20) at a stress of 100 MPa. Predict the rupture life at 100 MPa and 650 °C: __________ h."""
    t = kelvin(650)
    log_t = 24.0e3 / num(t / Q_(1, "K")) - 20
    return Q_(10**log_t, "hour")


@item(
    S,
    "failure",
    "dimensionless",
    "Paris law da/dN = A(ΔK)^m integrated, ΔK = YΔσ√(πa)",
    solution="With m = 3: N = 2/((m−2) A (YΔσ√π)^m) × (a₀^(1−m/2) − a_c^(1−m/2)). (120√π)³ = 1.728 × 10⁶ × 5.568 = 9.622 × 10⁶. a₀^−0.5 − a_c^−0.5 = 44.72 − 11.18 = 33.54 m^−½. N = 2 × 33.54/(10⁻¹² × 9.622 × 10⁶) = 6.97 × 10⁶ cycles.",
    forms=("count", "multi_step", "numbered_givens"),
)
def h18a_fail_05():
    """Estimate the number of load cycles for a crack to grow from 0.5 mm to 8 mm in a large plate, given:
    (i) da/dN = A (ΔK)^m with A = 1.0 × 10⁻¹² (da/dN in m/cycle, ΔK in MPa√m) and m = 3;
    (ii) stress range Δσ = 120 MPa;
    (iii) ΔK = Y Δσ √(πa) with Y = 1.0."""
    m, a_coef, y, ds = 3.0, 1.0e-12, 1.0, 120.0
    a0, ac = 0.5e-3, 8e-3
    return (
        2
        / ((m - 2) * a_coef * (y * ds * math.sqrt(math.pi)) ** m)
        * (a0 ** (1 - m / 2) - ac ** (1 - m / 2))
    )


@item(
    S,
    "failure",
    "MPa",
    "Griffith σ_c = √(2Eγ_s/(πa)) needs the crack length",
    refuse="No crack or flaw size is given and there is no standard flaw size for a glass plate; the Griffith fracture stress cannot be computed from E and γ_s alone.",
    solution="The Griffith relation needs the crack half-length a. The question gives E, γ_s, the plate size and the load case but no flaw size, so the fracture stress cannot be determined.",
    forms=("refuse_missing_datum", "story", "distractor"),
)
def h18a_fail_06():
    """A window pane of glass 1.2 m × 0.8 m × 4 mm (E = 70 GPa, specific surface energy 0.3 J/m², Poisson's ratio 0.22) is loaded in bending by wind. Using the Griffith criterion, find the tensile stress at which the pane will crack, in MPa."""
    return None


@item(
    S,
    "failure",
    "dimensionless",
    "elliptical hole: K_t = 1 + 2√(a/ρ_t) (Inglis) or σ_m/σ₀ ≈ 2√(a/ρ_t) (Callister eq. 8.1)",
    solution="a/ρ_t = 50 µm/0.5 µm = 100. Inglis: K_t = 1 + 2 × 10 = 21; the sharp-crack approximation (Callister) gives 2 × 10 = 20. Either is accepted.",
    forms=("two_readings", "by_what_factor", "si_prefix_words"),
)
def h18a_fail_07():
    """An internal crack in a ceramic is 100 micrometres long (a = 50 micrometres) and its tip radius is 0.5 micrometres. By what factor is the applied tensile stress amplified at the crack tip?"""
    ratio = 50 / 0.5
    return {
        "Inglis 1 + 2√(a/ρ)": 1 + 2 * math.sqrt(ratio),
        "sharp crack 2√(a/ρ)": 2 * math.sqrt(ratio),
    }


@item(
    S,
    "failure",
    "1/hour",
    "steady-state creep ε̇ = Kσⁿ exp(−Q_c/RT), same stress",
    decimals=7,
    solution="ε̇₂ = ε̇₁ exp[(Q_c/R)(1/T₁ − 1/T₂)] = 2.5 × 10⁻⁶ × exp((270000/8.314)(1/700 − 1/750)) = 2.5 × 10⁻⁶ × exp(3.0931) = 5.51 × 10⁻⁵ h⁻¹, i.e. 5.51 in units of 10⁻⁵ h⁻¹.",
    forms=("gate_style", "rounding_asked", "one_step"),
)
def h18a_fail_08():
    """An alloy creeps at a steady-state rate of 2.5 × 10⁻⁶ h⁻¹ at 700 K under a constant stress. The activation energy for creep is 270 kJ/mol. At the same stress and 750 K, the steady-state creep rate (in units of 10⁻⁵ h⁻¹) is ______ (rounded off to two decimal places)."""
    rate = 2.5e-6 * math.exp(270000 / 8.314462618 * (1 / 700 - 1 / 750))
    return Q_(round(rate / 1e-5, 2) * 1e-5, "1/hour")


# ---------------------------------------------------------------- phase diagrams


@item(
    S,
    "phase_diagrams",
    "percent",
    "lever rule W_α = (C₀ − C_L)/(C_α − C_L)",
    solution="W_α = (38 − 32)/(43 − 32) = 6/11 = 54.5 %.",
    forms=("percentage", "one_step", "figure_in_words"),
)
def h18a_phase_01():
    """A Cu–Ni alloy of 38 wt% Ni is held in the α + L field. On the phase diagram (figure) the tie line at this temperature meets the liquidus at 32 wt% Ni and the solidus at 43 wt% Ni. What mass percentage of the alloy is solid α?"""
    return Q_(100 * (38 - 32) / (43 - 32), "percent")


@item(
    S,
    "phase_diagrams",
    "g/kg",
    "Fe–Fe₃C lever rule just above 727 °C: W_α' = (0.76 − C₀)/(0.76 − 0.022)",
    solution="With the eutectoid at 0.76 wt% C and α at 0.022 wt% C: W_α' = (0.76 − 0.35)/(0.76 − 0.022) = 0.5556, i.e. 556 g of proeutectoid ferrite per kg of steel.",
    forms=("known_datum_not_given", "per_unit", "plain"),
)
def h18a_phase_02():
    """A 0.35 wt% C plain-carbon steel is slowly cooled from the austenite field to just below the eutectoid temperature. How many grams of proeutectoid ferrite are present per kg of steel?"""
    return Q_(1000 * (0.76 - 0.35) / (0.76 - 0.022), "g/kg")


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Pb–Sn: W_e = (C₀ − 18.3)/(61.9 − 18.3) (Callister fig. 9.8)",
    solution="(a) Sketch: primary α dendrites in a lamellar eutectic. (b) W_e = W_L just above 183 °C = (40 − 18.3)/(61.9 − 18.3) = 0.498.",
    forms=("multi_part_one_asked", "sketch_part", "known_datum_not_given"),
)
def h18a_phase_03():
    """A 60 wt% Pb – 40 wt% Sn solder is cooled slowly from the melt to just below the eutectic temperature.
    (a) Sketch the microstructure you expect.
    (b) What mass fraction of the alloy is eutectic microconstituent?"""
    return (40 - 18.3) / (61.9 - 18.3)


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Gibbs phase rule at constant pressure F = C − P + 1",
    abs_tol=0.1,
    solution="At fixed pressure F = C − P + 1 = 3 − 3 + 1 = 1 degree of freedom.",
    forms=("count", "one_step", "plain"),
)
def h18a_phase_04():
    """In a ternary alloy system at atmospheric pressure, three phases are in equilibrium. How many degrees of freedom does the system have?"""
    return 3 - 3 + 1


@item(
    S,
    "phase_diagrams",
    "percent",
    "at% → wt%: w_Ni = x_Ni A_Ni/(x_Ni A_Ni + x_Cu A_Cu)",
    solution="w_Ni = 40 × 58.69/(40 × 58.69 + 60 × 63.55) = 2347.6/6160.6 = 38.1 wt% Ni.",
    forms=("concentration_conversion", "known_datum_not_given", "one_step"),
)
def h18a_phase_05():
    """An EDS analysis of a Cu–Ni alloy reports 40 at% Ni. Express the nickel content in weight percent."""
    return Q_(100 * 40 * 58.69 / (40 * 58.69 + 60 * 63.55), "percent")


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Pb–Sn eutectic: α 18.3, L 61.9, β 97.8 wt% Sn; W_α(eut) = (97.8 − 61.9)/(97.8 − 18.3)",
    solution="The eutectic liquid (61.9 wt% Sn) splits into α (18.3) and β (97.8): W_α = (97.8 − 61.9)/(97.8 − 18.3) = 35.9/79.5 = 0.452.",
    forms=("what_fraction", "tex", "data_line"),
)
def h18a_phase_06():
    r"""Data: $C_\alpha = 18.3$ wt% Sn, $C_E = 61.9$ wt% Sn, $C_\beta = 97.8$ wt% Sn, $T_E = 183\,^{\circ}\mathrm{C}$. What fraction of a fully eutectic Pb–Sn alloy is the $\alpha$ phase just below $T_E$?"""
    return (97.8 - 61.9) / (97.8 - 18.3)


@item(
    S,
    "phase_diagrams",
    "percent",
    "Fe–Fe₃C lever rule below 727 °C: W_Fe₃C = (C₀ − 0.022)/(6.70 − 0.022)",
    solution="Only the 1.20 wt% C steel is asked. W_Fe₃C = (1.20 − 0.022)/(6.70 − 0.022) = 1.178/6.678 = 17.6 %.",
    forms=("selection", "percentage", "known_datum_not_given"),
)
def h18a_phase_07():
    """Three plain-carbon steels contain 0.25, 0.76 and 1.20 wt% C. For the 1.20 wt% C steel only, give the total mass percentage of cementite at a temperature just below 727 °C."""
    return Q_(100 * (1.20 - 0.022) / (6.70 - 0.022), "percent")


@item(
    S,
    "phase_diagrams",
    "percent",
    "W_Fe₃C' = (C₀ − 0.76)/(6.70 − 0.76), solved for C₀",
    solution="0.060 = (C₀ − 0.76)/(6.70 − 0.76), so C₀ = 0.76 + 0.060 × 5.94 = 1.116 wt% C.",
    forms=("inverse", "story", "known_datum_not_given"),
)
def h18a_phase_08():
    """Quantitative metallography of a slowly cooled hypereutectoid steel shows 6.0 % (by mass) proeutectoid cementite on the prior austenite grain boundaries. What is the carbon content of the steel, in wt% C?"""
    return Q_(0.76 + 0.060 * (6.70 - 0.76), "percent")


# ---------------------------------------------------------------- transformations & kinetics


@item(
    S,
    "transformations_kinetics",
    "minute",
    "Avrami y = 1 − exp(−kt^n): t₉₀ = t₅₀ (ln 10/ln 2)^(1/n)",
    solution="t₉₀/t₅₀ = (ln 10/ln 2)^(1/2.5) = 3.3219^0.4 = 1.6166. t₉₀ = 120 s × 1.6166 = 194.0 s = 3.23 min.",
    forms=("unit_conversion_end", "two_step", "unicode"),
)
def h18a_trans_01():
    """A recrystallization follows the Avrami equation with n = 2.5 and is half complete after 120 s. How long does it take to reach 90 % recrystallized? Express the time in minutes."""
    return Q_(120, "s") * (math.log(10) / math.log(2)) ** (1 / 2.5)


@item(
    S,
    "transformations_kinetics",
    "nm",
    "r* = 2γT_m/(ΔH_f ΔT) (Callister eq. 10.6)",
    solution="r* = 2 × 0.177 × 1358/(1.628 × 10⁹ × 236) = 480.7/3.842 × 10¹¹ = 1.251 × 10⁻⁹ m = 1.25 nm.",
    forms=("si_prefix_words", "one_step", "tex"),
)
def h18a_trans_02():
    r"""For homogeneous nucleation of solid copper, $\gamma = 0.177\ \mathrm{J\,m^{-2}}$, $\Delta H_f = 1.628\times10^{9}\ \mathrm{J\,m^{-3}}$ and $T_m = 1085\ ^{\circ}\mathrm{C}$. Compute the critical nucleus radius, in nanometres, at an undercooling of $236\ \mathrm{K}$."""
    return 2 * Q_(0.177, "J/m**2") * kelvin(1085) / (Q_(1.628e9, "J/m**3") * Q_(236, "K"))


@item(
    S,
    "transformations_kinetics",
    "dimensionless",
    "r* = 2γT_m/(ΔH_f ΔT); atoms = (4/3)πr*³ / (a³/4)",
    solution="r* = 1.251 nm (as in r* = 2γT_m/(ΔH_f ΔT)). V = (4/3)π(1.251)³ = 8.20 nm³. Volume per atom a³/4 = 0.3615³/4 = 0.011811 nm³. Atoms ≈ 8.20/0.011811 ≈ 694.",
    forms=("count", "multi_step", "multi_part_later_uses_earlier"),
)
def h18a_trans_03():
    """(a) Find the critical radius for homogeneous nucleation of copper at 236 K undercooling (γ = 0.177 J/m², latent heat of fusion 1.628 × 10⁹ J/m³, T_m = 1358 K).
    (b) Copper is FCC with a = 0.3615 nm. How many atoms does a critical nucleus contain? (Answer (b) only.)"""
    r = 2 * Q_(0.177, "J/m**2") * Q_(1358, "K") / (Q_(1.628e9, "J/m**3") * Q_(236, "K"))
    vol = 4 / 3 * math.pi * r**3
    return vol / (Q_(0.3615, "nm") ** 3 / 4)


@item(
    S,
    "transformations_kinetics",
    "hour",
    "rate = 1/t₅₀ = A exp(−Q/RT): Q from two points, then t₅₀ at a third T",
    solution="T₁ = 383.15 K (12 min), T₂ = 353.15 K (95 min). Q = R ln(95/12)/(1/353.15 − 1/383.15) = 8.314 × 2.0690/2.2171 × 10⁻⁴ = 77.6 kJ/mol. At 333.15 K: t₅₀ = 95 × exp((Q/R)(1/333.15 − 1/353.15)) = 95 × exp(1.5863) = 464.1 min = 7.74 h.",
    forms=("multi_step", "rate_asked_as_time", "unit_conversion_end"),
)
def h18a_trans_04():
    """Cold-worked copper is 50 % recrystallized after 12 min at 110 °C and after 95 min at 80 °C. Assuming the rate (1/t₅₀) follows an Arrhenius law, how many hours would 50 % recrystallization take at 60 °C?"""
    t1, t2, t3 = kelvin(110), kelvin(80), kelvin(60)
    q_over_r = math.log(95 / 12) / num((1 / t2 - 1 / t1) * Q_(1, "K"))
    return Q_(95, "min") * math.exp(q_over_r * num((1 / t3 - 1 / t2) * Q_(1, "K")))


@item(
    S,
    "transformations_kinetics",
    "micrometer",
    "parabolic grain growth d² − d₀² = Kt",
    solution="K = (20² − 8²)/30 min = 11.2 µm²/min. After 120 min: d² = 64 + 11.2 × 120 = 1408 µm², d = 37.5 µm.",
    forms=("numbers_in_words", "two_step", "ascii"),
)
def h18a_trans_05():
    """Grain growth in a brass follows d^2 - d0^2 = K t. The initial grain diameter is 8 um; after half an hour at temperature it is 20 um. Estimate the grain diameter after two hours at the same temperature, in um."""
    k = (20**2 - 8**2) / 30
    return Q_(math.sqrt(8**2 + k * 120), "um")


@item(
    S,
    "transformations_kinetics",
    "s",
    "Avrami needs both k and n (two data points or n given)",
    refuse="With only one point of the Avrami curve and no exponent n, k and n cannot both be fixed; the time to 95 % depends on n, which is not given and is not a standard value for this transformation.",
    solution="y = 1 − exp(−kt^n) has two unknowns; a single datum (50 % at 40 s) fixes only the combination k·40^n. The time to 95 % transformation cannot be determined without n.",
    forms=("refuse_not_determinable", "story"),
)
def h18a_trans_06():
    """The isothermal transformation of austenite to pearlite in a steel at 650 °C is observed to be 50 % complete after 40 s. The kinetics are of the Avrami type. How long after the start is the transformation 95 % complete?"""
    return None


@item(
    S,
    "transformations_kinetics",
    "degF",
    "Andrews: M_s(°C) = 539 − 423C − 30.4Mn − 17.7Ni − 12.1Cr − 7.5Mo",
    solution="M_s = 539 − 423(0.40) − 30.4(0.80) − 17.7(1.80) − 12.1(0.80) − 7.5(0.25) = 539 − 169.2 − 24.32 − 31.86 − 9.68 − 1.875 = 302.1 °C = 575.7 °F.",
    forms=("answer_is_temperature", "fahrenheit", "numbered_givens"),
)
def h18a_trans_07():
    """Use the Andrews relation Ms (deg C) = 539 - 423 C - 30.4 Mn - 17.7 Ni - 12.1 Cr - 7.5 Mo (wt%) to estimate the martensite-start temperature of a 4340 steel with
    (i) 0.40 C, (ii) 0.80 Mn, (iii) 1.80 Ni, (iv) 0.80 Cr, (v) 0.25 Mo.
    Give the answer in deg F."""
    ms_c = 539 - 423 * 0.40 - 30.4 * 0.80 - 17.7 * 1.80 - 12.1 * 0.80 - 7.5 * 0.25
    return Q_(ms_c * 1.8 + 32, "degF")


@item(
    S,
    "transformations_kinetics",
    "MJ/m**3",
    "ΔG_v = −ΔH_f ΔT/T_m (volume free energy change on solidification)",
    decimals=1,
    solution="ΔH_f = 397 kJ/kg × 2700 kg/m³ = 1.0719 × 10⁹ J/m³. ΔG_v = −1.0719 × 10⁹ × 35/933 = −40.21 × 10⁶ J/m³ = −40.2 MJ/m³.",
    forms=("sign_convention", "gate_style", "rounding_asked", "two_step"),
)
def h18a_trans_08():
    """Liquid aluminium (T_m = 933 K, latent heat of fusion 397 kJ/kg, density 2700 kg/m³) is undercooled by 35 K. The free energy change per unit volume on solidification (in MJ/m³, negative for a decrease) is ______ (rounded off to one decimal place)."""
    dh = Q_(397, "kJ/kg") * Q_(2700, "kg/m**3")
    return -dh * Q_(35, "K") / Q_(933, "K")
