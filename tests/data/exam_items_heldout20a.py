"""Set heldout20 (set U), first half: 60 questions over seven topics of a qualifying exam.

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

S = "heldout20"

K_EV = K_BOLTZ.to("eV/K")


def bragg_two_theta(d: Any, wavelength: Any) -> float:
    """First-order Bragg angle 2θ in degrees for spacing ``d`` and ``wavelength`` (pint lengths)."""
    return 2 * math.degrees(math.asin(num(wavelength / (2 * d))))


# ---------------------------------------------------------------- crystallography & X-ray diffraction


@item(
    S,
    "crystallography_xrd",
    "degree",
    "Bragg's law with d_hkl = a/√(h²+k²+l²) for cubic crystals",
    solution="For the (211) planes of BCC Mo, d = 0.3147/√6 = 0.12848 nm. sin θ = 0.15406/(2 × 0.12848) = 0.5996, θ = 36.84°, so 2θ = 73.7°. The density and melting point in the preamble are not needed.",
    forms=("homework_preamble", "distractor", "two_step", "unicode"),
)
def h20a_crystallography_xrd_01():
    """Problems 3–5 use the following data. Molybdenum: BCC, a = 0.3147 nm, ρ = 10.22 g/cm³, Tm = 2623 °C. The diffractometer uses Cu Kα radiation, λ = 0.15406 nm.

    Problem 4. At what diffraction angle 2θ (in degrees) will the (211) reflection of molybdenum appear?"""
    d = Q_(0.3147, "nm") / math.sqrt(6)
    return Q_(bragg_two_theta(d, Q_(0.15406, "nm")), "degree")


@item(
    S,
    "crystallography_xrd",
    "1/nm**2",
    "Planar density of FCC (111): 2 atoms in an area (√3/2)a²",
    solution="The (111) triangle inside an FCC cell has side √2 a and area (√3/2)a²; it holds 3 × 1/6 + 3 × 1/2 = 2 atoms. PD = 4/(√3 a²) = 4/(1.732 × 0.4086²) = 13.83 atoms per nm².",
    forms=("decimal_comma", "per_unit_nonobvious", "one_step"),
)
def h20a_crystallography_xrd_02():
    """Silver is face-centred cubic, lattice parameter a = 0,4086 nm. Calculate the planar density of the (111) plane of silver, expressed as atoms per square nanometre."""
    a = Q_(0.4086, "nm")
    return 4 / (math.sqrt(3) * a**2)


@item(
    S,
    "crystallography_xrd",
    "angstrom**3",
    "Conventional BCC cell volume a³ (2 atoms); primitive cell a³/2 (1 atom)",
    solution="The conventional cubic cell of α-Fe has V = a³ = 2.866³ = 23.54 Å³ (2 atoms). If the primitive cell (one lattice point) is meant, V = a³/2 = 11.77 Å³.",
    forms=("two_readings", "unicode", "one_step"),
)
def h20a_crystallography_xrd_03():
    """α-Iron is body-centred cubic with a lattice constant of 2.866 Å. What is the volume of its unit cell? Give the answer in Å³."""
    a = Q_(2.866, "angstrom")
    return {"conventional cubic cell": a**3, "primitive cell": a**3 / 2}


@item(
    S,
    "crystallography_xrd",
    "nm",
    "Inverse of ρ = nA/(a³ N_A), n = 2 for BCC",
    solution="a³ = nA/(ρ N_A) = 2 × 52.00/(7.19 × 6.022 × 10²³) = 2.402 × 10⁻²³ cm³, so a = 2.885 × 10⁻⁸ cm = 0.2885 nm.",
    forms=("inverse", "blank_in_sentence", "one_step"),
)
def h20a_crystallography_xrd_04():
    """Chromium (atomic weight 52.00 g/mol) is BCC and its measured density is 7.19 g/cm^3. From these data the cubic lattice parameter of Cr works out to a = ______ nm."""
    a3 = 2 * Q_(52.00, "g/mol") / (Q_(7.19, "g/cm**3") * AVOGADRO)
    return a3 ** (1 / 3)


@item(
    S,
    "crystallography_xrd",
    "nm",
    "ρ = nA/(V_C N_A) needs n (the crystal structure) to give the radius",
    refuse="The crystal structure (atoms per cell and the a–R relation) of the new metal is not stated and not standard, so the atomic radius cannot be found from density and atomic weight alone.",
    solution="The density relation needs the number of atoms per cell and the geometric relation between a and R; neither is given for this unnamed cubic metal (it could be SC, BCC or FCC, giving different radii). The question must be refused.",
    forms=("missing_datum", "story"),
)
def h20a_crystallography_xrd_05():
    """A start-up claims to have refined a new cubic metal 'Zr-X'. Its measured density is 8.45 g/cm³ and its atomic weight is 96.2 g/mol. No diffraction data have been taken yet. Compute the atomic radius of Zr-X in nm."""
    return None


@item(
    S,
    "crystallography_xrd",
    "angstrom",
    "First FCC reflection is (111); Bragg's law then a = d√3",
    solution="In FCC the lowest-angle allowed reflection is (111). θ = 19.10°, d = 0.15406/(2 sin 19.10°) = 0.23541 nm, a = d√3 = 0.4077 nm = 4.077 Å.",
    forms=("uncertainty_given", "inverse", "two_step", "cullity_style"),
)
def h20a_crystallography_xrd_06():
    """(Cullity-type problem.) The lowest-angle line on a diffractometer trace of an FCC metal taken with Cu Kα (λ = 1.5406 Å) lies at 2θ = 38.20 ± 0.02°. Index the line and compute the lattice parameter in ångströms."""
    theta = math.radians(38.20 / 2)
    d = Q_(1.5406, "angstrom") / (2 * math.sin(theta))
    return d * math.sqrt(3)


@item(
    S,
    "crystallography_xrd",
    "1/nm",
    "Linear density along FCC <110>: 2 atom diameters per face diagonal √2 a",
    decimals=2,
    solution="Along [110] in FCC the face diagonal √2 a contains 2 atoms (½ + 1 + ½). LD = 2/(√2 × 0.3615 nm) = 3.91 atoms/nm.",
    forms=("gate_style", "rounding", "one_step"),
)
def h20a_crystallography_xrd_07():
    """Copper has the FCC structure with lattice parameter 0.3615 nm. The linear density of atoms along the [110] direction (in atoms per nm) is ______ (rounded off to two decimal places)."""
    return 2 / (math.sqrt(2) * Q_(0.3615, "nm"))


@item(
    S,
    "crystallography_xrd",
    "percent",
    "Volume per atom: a³/2 (BCC) and a³/4 (FCC); percent change",
    abs_tol=0.03,
    solution="Volume per atom in α-Fe: 0.2898³/2 = 0.012170 nm³; in γ-Fe: 0.3646³/4 = 0.012117 nm³. Change = (0.012117 − 0.012170)/0.012170 = −0.43 %, i.e. a contraction of about 0.43 %.",
    forms=("sign_convention", "percent_change", "two_step", "hypothetical"),
)
def h20a_crystallography_xrd_08():
    """At 912 °C iron transforms from BCC (a = 0.2898 nm at that temperature) to FCC (a = 0.3646 nm). By what percentage does the volume per atom change on heating through the transformation? Take an expansion as positive and a contraction as negative."""
    v_bcc = Q_(0.2898, "nm") ** 3 / 2
    v_fcc = Q_(0.3646, "nm") ** 3 / 4
    return ((v_fcc - v_bcc) / v_bcc).to("percent")


@item(
    S,
    "crystallography_xrd",
    "nm",
    "Scherrer equation t = Kλ/(β cos θ), β in radians",
    solution="β = 0.25° = 4.363 × 10⁻³ rad, θ = 22.25°, cos θ = 0.9255. t = 0.9 × 0.15406/(4.363 × 10⁻³ × 0.9255) = 34.3 nm.",
    forms=("formula_symbols_later", "ascii", "two_step"),
)
def h20a_crystallography_xrd_09():
    """Estimate the mean crystallite size from t = K*lambda/(beta*cos(theta)) for a ball-milled nickel powder. Here beta is the peak width at half maximum (corrected for instrumental broadening) in radians, theta is half the diffraction angle, K = 0.9 is the shape factor and lambda = 0.15406 nm. The (111) peak is at 2-theta = 44.5 deg with a corrected FWHM of 0.25 deg. Answer in nm."""
    beta = math.radians(0.25)
    theta = math.radians(44.5 / 2)
    return 0.9 * Q_(0.15406, "nm") / (beta * math.cos(theta))


# ---------------------------------------------------------------- defects


@item(
    S,
    "defects",
    "dimensionless",
    "N_v/N = exp(−Q_v/kT); result expressed per 10⁶ atoms",
    solution="T = 1084 + 273.15 = 1357.15 K. kT = 8.617 × 10⁻⁵ × 1357.15 = 0.11695 eV. N_v/N = exp(−0.90/0.11695) = 4.55 × 10⁻⁴, i.e. about 455 vacancies per 10⁶ atoms.",
    forms=("per_unit_nonobvious", "comma_thousands", "one_step"),
)
def h20a_defects_01():
    """The energy to form a vacancy in copper is 0.90 eV/atom. Just below the melting point, at 1,084 °C, how many vacancies are present per 10⁶ atoms?"""
    frac = math.exp(-num(Q_(0.90, "eV") / (K_EV * kelvin(1084))))
    return frac * 1e6


@item(
    S,
    "defects",
    "1/cm**3",
    "N = ρN_A/A; N_v = N exp(−Q_v/kT)",
    solution="N = 2.70 × 6.022 × 10²³/26.98 = 6.026 × 10²² atoms/cm³. T = 873.15 K, kT = 0.07524 eV, exp(−0.75/0.07524) = 4.69 × 10⁻⁵. N_v = 2.83 × 10¹⁸ vacancies per cm³.",
    forms=("tex", "two_step", "per_unit"),
)
def h20a_defects_02():
    r"""For aluminium, $Q_v = 0.75\ \mathrm{eV/atom}$, $\rho = 2.70\ \mathrm{g\,cm^{-3}}$ and $A = 26.98\ \mathrm{g/mol}$. Compute the equilibrium number of vacancies per cubic centimetre at $600\ ^{\circ}\mathrm{C}$."""
    n = Q_(2.70, "g/cm**3") * AVOGADRO / Q_(26.98, "g/mol")
    return n * math.exp(-num(Q_(0.75, "eV") / (K_EV * kelvin(600))))


@item(
    S,
    "defects",
    "kelvin",
    "Inverse of N_v/N = exp(−Q_v/kT), then subtract room temperature",
    solution="T = Q_v/(k ln 10⁴) = 1.08/(8.617 × 10⁻⁵ × 9.2103) = 1360.8 K. Above 25 °C (298.15 K) by 1360.8 − 298.15 = 1062.7 K.",
    forms=("inverse", "relative_to_reference", "two_step"),
)
def h20a_defects_03():
    """A metal has a vacancy formation energy of 1.08 eV per atom. To how high a temperature must it be heated for one lattice site in 10,000 to be vacant? Give your answer as the number of kelvin above room temperature (25 °C)."""
    t = Q_(1.08, "eV") / (K_EV * math.log(1e4))
    return t - kelvin(25)


@item(
    S,
    "defects",
    "km",
    "Dislocation density = line length per unit volume",
    solution="ρ = 10¹⁰ cm⁻² means 10¹⁰ cm of line per cm³. In 1 cm³ the line length is 10¹⁰ cm = 10⁸ m = 1.0 × 10⁵ km (about 2.5 times round the Earth).",
    forms=("cgs", "story", "one_step", "explanation_part"),
)
def h20a_defects_04():
    """A heavily cold-worked copper sample has a dislocation density of about 1E10 cm^-2. (a) What total length of dislocation line, in kilometres, is contained in a 1 cm^3 piece? (b) Explain briefly why the density falls when the piece is annealed."""
    return Q_(1e10, "1/cm**2") * Q_(1, "cm**3")


@item(
    S,
    "defects",
    "1/cm**3",
    "Schottky defects n_s = N exp(−Q_s/2kT), N = formula units per volume",
    solution="N = 1.99 × 6.022 × 10²³/74.55 = 1.607 × 10²² KCl units per cm³. T = 773.15 K, Q_s/2kT = 2.6/(2 × 0.066625) = 19.51, exp(−19.51) = 3.36 × 10⁻⁹. n_s = 5.40 × 10¹³ Schottky pairs per cm³; counting each cation and anion vacancy separately, 1.08 × 10¹⁴ vacancies per cm³.",
    forms=("two_readings", "two_step", "unicode"),
)
def h20a_defects_05():
    """KCl (density 1.99 g/cm³, molar mass 74.55 g/mol) has a Schottky defect formation energy of 2.6 eV. Estimate the concentration of Schottky defects (per cm³) at 500 °C."""
    n = Q_(1.99, "g/cm**3") * AVOGADRO / Q_(74.55, "g/mol")
    ns = n * math.exp(-num(Q_(2.6, "eV") / (2 * K_EV * kelvin(500))))
    return {"Schottky pairs": ns, "individual vacancies (2 per pair)": 2 * ns}


@item(
    S,
    "defects",
    "1/mm**2",
    "ASTM N = 2^(n−1) grains/in² at 100×; convert to true area",
    solution="At 100×, N = 2^(6−1) = 32 grains per in². The true area is 100² times smaller, so 32 × 10⁴ = 3.2 × 10⁵ grains per in² = 3.2 × 10⁵/645.16 = 496 grains per mm².",
    forms=("forum", "us_units", "two_step"),
)
def h20a_defects_06():
    """how do I get grains per mm^2 from an ASTM grain size number?? my steel sample is ASTM n = 6 and the formula only gives grains per square inch at 100x. I need the actual number of grains per square millimetre of the real (unmagnified) surface."""
    n_100x = 2 ** (6 - 1) * Q_(1, "1/inch**2")
    return n_100x * 100**2


@item(
    S,
    "defects",
    "1/cm**3",
    "N_v = N exp(−Q_v/kT) needs N from density and atomic weight",
    refuse="The number of vacancies per cm³ needs the number of lattice sites per cm³; the proprietary alloy's density and mean atomic weight are not given and not standard.",
    solution="The vacancy fraction exp(−Q_v/kT) can be found, but converting it to a number per cm³ needs N = ρN_A/A, and neither ρ nor A is given for the proprietary alloy. Must be refused.",
    forms=("missing_datum", "long_context"),
)
def h20a_defects_07():
    """A supplier's data sheet for the proprietary superalloy 'Hexalloy 7' lists only a vacancy formation energy of 1.4 eV, a solidus of 1,320 °C and a yield strength of 910 MPa. Our heat-treatment shop solution-treats it at 1,150 °C. How many vacancies per cubic centimetre are present in equilibrium at the solution temperature?"""
    return None


@item(
    S,
    "defects",
    "percent",
    "Octahedral hole in FCC: r = (√2 − 1)R = 0.414R",
    rel_tol=0.03,
    solution="The octahedral site radius is r = 0.414 × 0.129 = 0.0534 nm. Carbon (0.071 nm) is larger by (0.071/0.0534 − 1) = 33 %.",
    forms=("relative_to_reference", "two_step", "percent_change"),
)
def h20a_defects_08():
    """In austenite (FCC iron, atomic radius 0.129 nm) carbon atoms (radius 0.071 nm) sit in octahedral interstices. How much larger than the octahedral hole is the carbon atom? Answer as a percentage of the hole radius."""
    hole = (math.sqrt(2) - 1) * Q_(0.129, "nm")
    return (Q_(0.071, "nm") / hole - 1) * Q_(100, "percent")


@item(
    S,
    "defects",
    "dimensionless",
    "Frenkel fraction n/N = exp(−ΔH_F/2kT); answer as log10",
    abs_tol=0.03,
    solution="kT at 573.15 K = 0.049389 eV. n/N = exp(−1.16/(2 × 0.049389)) = exp(−11.743) = 7.9 × 10⁻⁶; log10 = −5.10.",
    forms=("log_answer", "one_step", "ascii"),
)
def h20a_defects_09():
    """The formation enthalpy of a Frenkel pair in AgBr is 1.16 eV. Taking n/N = exp(-dH/(2kT)), give log10 of the Frenkel defect fraction at 300 deg C."""
    frac = math.exp(-num(Q_(1.16, "eV") / (2 * K_EV * kelvin(300))))
    return math.log10(frac)


# ---------------------------------------------------------------- diffusion


@item(
    S,
    "diffusion",
    "dimensionless",
    "D = D0 exp(−Q/RT); answer as log10 D (D in m²/s)",
    abs_tol=0.03,
    solution="T = 1050 + 273.15 = 1323.15 K. Q/RT = 256 000/(8.314 × 1323.15) = 23.27. D = 6.5 × 10⁻⁵ × exp(−23.27) = 5.1 × 10⁻¹⁵ m²/s, so log10 D = −14.29.",
    forms=("pdf_units", "comma_thousands", "log_answer"),
)
def h20a_diffusion_01():
    """Nickel diffusing in copper: D0 = 6.5x10-5 m2/s and Q = 256 kJ mol-1. What is log10 of the diffusivity (D in m2/s) at 1,050 °C?"""
    d = Q_(6.5e-5, "m**2/s") * math.exp(-num(Q_(256, "kJ/mol") / (R_GAS * kelvin(1050))))
    return math.log10(d.to("m**2/s").magnitude)


@item(
    S,
    "diffusion",
    "kJ/mol",
    "Q = R ln(D2/D1)/(1/T1 − 1/T2) from two Arrhenius points",
    solution="T1 = 1073.15 K, T2 = 1273.15 K. ln(1.6 × 10⁻¹⁴/5.9 × 10⁻¹⁶) = 3.300. 1/T1 − 1/T2 = 1.4638 × 10⁻⁴ K⁻¹. Q = 8.314 × 3.300/1.4638 × 10⁻⁴ = 187 kJ/mol.",
    forms=("table_header_units", "blank_in_sentence", "two_step"),
)
def h20a_diffusion_02():
    """The diffusion coefficient of a substitutional solute in a steel was measured at two temperatures:

    | T (°C) | D (m²/s) |
    |--------|----------|
    | 800    | 5.9 × 10⁻¹⁶ |
    | 1000   | 1.6 × 10⁻¹⁴ |

    Assuming Arrhenius behaviour, the activation energy is ____ kJ/mol."""
    t1, t2 = kelvin(800), kelvin(1000)
    ratio = math.log(1.6e-14 / 5.9e-16)
    return R_GAS * ratio / (1 / t1 - 1 / t2)


@item(
    S,
    "diffusion",
    "hour",
    "Semi-infinite solid: (Cx − C0)/(Cs − C0) = 1 − erf(x/2√(Dt))",
    solution="(0.60 − 0.20)/(1.10 − 0.20) = 0.4444 = 1 − erf z, so erf z = 0.5556 and z = 0.5408. t = x²/(4Dz²) = (0.8 × 10⁻³)²/(4 × 1.6 × 10⁻¹¹ × 0.2924) = 3.42 × 10⁴ s = 9.50 h.",
    forms=("tex", "multi_step", "unit_conversion_at_end"),
)
def h20a_diffusion_03():
    r"""A 0.20 wt% C steel gear is gas-carburized with the surface held at $C_s = 1.10$ wt% C. At the process temperature $D = 1.6\times10^{-11}\ \mathrm{m^2/s}$. How long (in hours) does it take for the carbon content $0.8\ \mathrm{mm}$ below the surface to reach $0.60$ wt%?"""
    ratio = (0.60 - 0.20) / (1.10 - 0.20)
    z = float(erfinv(1 - ratio))
    x = Q_(0.8, "mm")
    return x**2 / (4 * Q_(1.6e-11, "m**2/s") * z**2)


@item(
    S,
    "diffusion",
    "g/(m**2*day)",
    "Fick's first law J = −D ΔC/Δx, flux expressed per day",
    solution="J = D ΔC/Δx = 1.0 × 10⁻⁸ × (2.4 − 0.6)/0.005 = 3.6 × 10⁻⁶ kg m⁻² s⁻¹ = 3.6 × 10⁻³ g m⁻² s⁻¹ × 86 400 s/day = 311 g per m² per day.",
    forms=("per_unit_nonobvious", "one_step", "unit_conversion_at_end"),
)
def h20a_diffusion_04():
    """Hydrogen is purified by diffusion through a 5 mm thick palladium sheet. The hydrogen concentrations at the high- and low-pressure faces are 2.4 and 0.6 kg/m³, and D = 1.0 × 10⁻⁸ m²/s. At steady state how much hydrogen passes through the sheet, in grams per square metre per day?"""
    j = Q_(1.0e-8, "m**2/s") * (Q_(2.4, "kg/m**3") - Q_(0.6, "kg/m**3")) / Q_(5, "mm")
    return j


@item(
    S,
    "diffusion",
    "hour",
    "Same profile: D1 t1 = D2 t2 with D = D0 exp(−Q/RT)",
    solution="D2/D1 = exp[(Q/R)(1/T1 − 1/T2)] = exp[(148 000/8.314)(1/1173.15 − 1/1223.15)] = exp(0.6203) = 1.860. t2 = 10/1.860 = 5.38 h, saving 10 − 5.38 = 4.62 h.",
    forms=("hypothetical", "relative_to_reference", "multi_step"),
)
def h20a_diffusion_05():
    """A carburizing cycle runs 10 h at 900 °C. The activation energy for carbon diffusion in the steel is 148 kJ/mol. If the furnace were run at 950 °C instead, how many hours shorter would the cycle be to obtain the same case profile?"""
    ratio = math.exp(num(Q_(148, "kJ/mol") / R_GAS * (1 / kelvin(900) - 1 / kelvin(950))))
    t1 = Q_(10, "hour")
    return t1 - t1 / ratio


@item(
    S,
    "diffusion",
    "hour",
    "Needs D at the process temperature (D0 or a reference D) besides Q",
    refuse="Only the activation energy is given; without D0 or D at some temperature the diffusivity at 1000 °C, and hence the time, cannot be found.",
    solution="The erf solution gives the needed value of Dt, but D at 1000 °C requires D0 (or D at a reference temperature) as well as Q. Neither is given for this alloy, so the time cannot be determined.",
    forms=("missing_datum", "multi_step"),
)
def h20a_diffusion_06():
    """Boron is diffused into a new high-entropy alloy from a surface held at 0.9 at% B; the alloy initially contains no boron. The activation energy for B diffusion in this alloy was measured as 142 kJ/mol. How many hours at 1000 °C are needed for the boron level 50 µm below the surface to reach 0.3 at%?"""
    return None


@item(
    S,
    "diffusion",
    "1/s",
    "Random walk in a cubic lattice: D = Γλ²/6, λ = a/√2 in FCC",
    solution="λ = a/√2 = 0.36/1.414 = 0.2546 nm, λ² = 6.48 × 10⁻²⁰ m². Γ = 6D/λ² = 6 × 1.0 × 10⁻¹⁴/6.48 × 10⁻²⁰ = 9.26 × 10⁵ jumps per second.",
    forms=("shewmon_style", "formula_symbols_later", "two_step"),
)
def h20a_diffusion_07():
    """Using D = Γλ²/6, estimate how many jumps per second an atom makes. Here Γ is the total jump frequency of the atom and λ the jump distance, which in an FCC metal is the nearest-neighbour distance. Data: FCC metal, a = 0.36 nm, D = 1.0 × 10⁻¹⁴ m²/s at the temperature of interest."""
    lam = Q_(0.36, "nm") / math.sqrt(2)
    return 6 * Q_(1.0e-14, "m**2/s") / lam**2


@item(
    S,
    "diffusion",
    "1/cm**2",
    "Predeposition (constant surface source) dose Q = 2Cs√(Dt/π)",
    solution="Dt = 3.0 × 10⁻¹⁴ × 1800 = 5.4 × 10⁻¹¹ cm². √(Dt/π) = 4.146 × 10⁻⁶ cm. Q = 2 × 3 × 10²⁰ × 4.146 × 10⁻⁶ = 2.49 × 10¹⁵ cm⁻².",
    forms=("sze_style", "exp_notation", "one_step"),
)
def h20a_diffusion_08():
    """In a phosphorus predeposition, the silicon surface concentration is held at 3E20 cm^-3 for 30 min; the diffusivity is 3.0E-14 cm^2/s. What total number of P atoms per cm^2 enters the wafer? (Use the constant-source result Q = 2 Cs sqrt(D t / pi).)"""
    dt = Q_(3.0e-14, "cm**2/s") * Q_(30, "min")
    return 2 * Q_(3e20, "1/cm**3") * (dt / math.pi) ** 0.5


@item(
    S,
    "diffusion",
    "hour",
    "Estimate x ≈ √(Dt) with D from its logarithm",
    solution="D = 10^−12.4 = 3.98 × 10⁻¹³ m². t = x²/D = (50 × 10⁻⁶)²/3.98 × 10⁻¹³ = 6.28 × 10³ s = 1.74 h.",
    forms=("log_given", "estimate", "unit_conversion_at_end"),
)
def h20a_diffusion_09():
    """Estimate, using x ≈ √(Dt), the time needed for zinc to penetrate about 50 µm into brass at a temperature where log10 D = −12.4 (D in m²/s). Give the time in hours."""
    d = Q_(10**-12.4, "m**2/s")
    return Q_(50, "um") ** 2 / d


# ---------------------------------------------------------------- mechanical properties


@item(
    S,
    "mechanical_properties",
    "um",
    "σ = F/A, ε_z = σ/E, ε_x = −νε_z; Δd = ε_x d",
    solution="A = π(6 mm)² = 113.1 mm²; σ = 10 000/113.1 = 88.4 MPa; ε_z = 88.4/200 000 = 4.42 × 10⁻⁴; ε_x = −0.3 × 4.42 × 10⁻⁴ = −1.33 × 10⁻⁴; Δd = −1.33 × 10⁻⁴ × 12 mm = −1.59 µm. It shrinks by 1.59 µm.",
    forms=("mixed_notation", "sign_in_words", "multi_step"),
)
def h20a_mechanical_properties_01():
    """A 12 mm diameter steel rod with E = 200 GPa, ν=0.3, and a load of 10 kN in axial tension stays elastic. By how many micrometres does its diameter shrink?"""
    area = math.pi * Q_(6, "mm") ** 2
    eps_z = Q_(10, "kN") / area / Q_(200, "GPa")
    return 0.3 * eps_z * Q_(12, "mm")


@item(
    S,
    "mechanical_properties",
    "dimensionless",
    "Engineering strain Δl/l0; true strain ln(l/l0)",
    solution="Engineering strain = (62 − 50)/50 = 0.24. True strain = ln(62/50) = 0.215.",
    forms=("two_readings", "one_step", "ascii"),
)
def h20a_mechanical_properties_02():
    """A tensile bar with 50 mm gauge length is pulled until the gauge marks are 62 mm apart (uniform deformation, no necking yet). What strain has the gauge section experienced?"""
    return {"engineering strain": (62 - 50) / 50, "true strain": math.log(62 / 50)}


@item(
    S,
    "mechanical_properties",
    "mm",
    "Δl = σ l0/E (Hooke's law), US inputs, SI answer",
    solution="Δl = σ l0/E = 25 000 × 10/(30 × 10⁶) = 8.33 × 10⁻³ in = 0.212 mm.",
    forms=("us_units", "comma_thousands", "mixed_units", "one_step"),
)
def h20a_mechanical_properties_03():
    """A 10.0 in. long steel tie bar (E = 30 × 10⁶ psi) carries a tensile stress of 25,000 psi, well below its yield strength. How much does it stretch? Give the answer in millimetres."""
    return Q_(25000, "psi") * Q_(10.0, "inch") / Q_(30e6, "psi")


@item(
    S,
    "mechanical_properties",
    "ksi",
    "TS (psi) ≈ 500 × HB for steels (Callister eq. 6.20b)",
    solution="For steels TS(psi) ≈ 500 × HB = 500 × 250 = 125 000 psi = 125 ksi (equivalently 3.45 × 250 = 862 MPa).",
    forms=("known_relation_not_given", "us_units", "one_step"),
)
def h20a_mechanical_properties_04():
    """A quenched-and-tempered 4140 steel shaft reads 250 HB on a Brinell tester. Estimate its tensile strength in ksi."""
    return Q_(500 * 250, "psi")


@item(
    S,
    "mechanical_properties",
    "kJ/m**3",
    "Modulus of resilience U_r = σ_y²/(2E)",
    solution="U_r = σ_y²/(2E) = (1460 × 10⁶)²/(2 × 207 × 10⁹) = 5.15 × 10⁶ J/m³ = 5150 kJ/m³.",
    forms=("spaced_thousands", "unit_only_in_blank", "one_step"),
)
def h20a_mechanical_properties_05():
    """A spring steel has a yield strength of 1 460 MPa and an elastic modulus of 207 GPa. Its modulus of resilience is __________ kJ/m³."""
    return Q_(1460, "MPa") ** 2 / (2 * Q_(207, "GPa"))


@item(
    S,
    "mechanical_properties",
    "mm",
    "Hooke's law holds only below the yield strength",
    refuse="The applied stress (about 611 MPa) is far above the 345 MPa yield strength, so Δl = σl0/E does not apply; the plastic elongation needs the stress–strain curve, which is not given.",
    solution="σ = 48 000 N/78.5 mm² = 611 MPa, far above σ_y = 345 MPa. The bar yields, so the elastic relation cannot give the elongation, and no stress–strain curve or hardening law is given. Must be refused.",
    forms=("relation_outside_validity", "story"),
)
def h20a_mechanical_properties_06():
    """A 10 mm diameter, 300 mm long brass rod (E = 97 GPa, yield strength 345 MPa, tensile strength 550 MPa) is loaded in tension with 48 kN. Using Hooke's law, calculate how much the rod elongates while under load, in millimetres."""
    return None


@item(
    S,
    "mechanical_properties",
    "dimensionless",
    "Ashby index for a light stiff beam M = E^(1/2)/ρ; ratio of two materials",
    solution="M(CFRP) = √110/1.60 = 6.555; M(Al) = √70/2.70 = 3.099 (GPa^½ per Mg/m³). Ratio = 2.12: the CFRP beam is 2.1 times better. Steel's values are not needed.",
    forms=("ashby_style", "selection", "ratio", "table_data"),
)
def h20a_mechanical_properties_07():
    """For a light, stiff beam of given length and stiffness (free cross-section size), the performance index is M = E^{1/2}/ρ. Candidates:

    CFRP: E = 110 GPa, ρ = 1.60 Mg/m³
    Al alloy: E = 70 GPa, ρ = 2.70 Mg/m³
    Steel: E = 210 GPa, ρ = 7.80 Mg/m³

    By what factor is the CFRP index greater than that of the aluminium alloy?"""
    m_cfrp = Q_(110, "GPa") ** 0.5 / Q_(1.60, "Mg/m**3")
    m_al = Q_(70, "GPa") ** 0.5 / Q_(2.70, "Mg/m**3")
    return m_cfrp / m_al


@item(
    S,
    "mechanical_properties",
    "MPa",
    "Necking (Considère): ε_T = n; σ_UTS = Kn^n/e^n",
    solution="At necking dσ_T/dε_T = σ_T gives ε_T = n = 0.26. σ_T = 530 × 0.26^0.26 = 373.4 MPa. Engineering stress = σ_T/exp(ε_T) = 373.4/1.297 = 288 MPa, the tensile strength.",
    forms=("show_that", "decimal_comma", "multi_step"),
)
def h20a_mechanical_properties_08():
    """A brass follows σ_T = K ε_T^n with K = 530 MPa and n = 0,26. Show that necking begins when the true strain equals n, and hence find the engineering tensile strength in MPa."""
    n = 0.26
    sigma_t = Q_(530, "MPa") * n**n
    return sigma_t / math.exp(n)


@item(
    S,
    "mechanical_properties",
    "dimensionless",
    "G = E/(2(1+ν)); γ = τ/G",
    solution="G = 110/(2 × 1.34) = 41.04 GPa. γ = 50 MPa/41 040 MPa = 1.22 × 10⁻³.",
    forms=("uncertainty_percent", "homework_preamble", "two_step"),
)
def h20a_mechanical_properties_09():
    """Problems 7 and 8 refer to a titanium alloy with E = 110 GPa and ν = 0.34 (±2 %), yield strength 880 MPa.

    8. A thin-walled tube of this alloy is twisted so that the wall carries a shear stress of 50 MPa. What is the elastic shear strain?"""
    g = Q_(110, "GPa") / (2 * (1 + 0.34))
    return Q_(50, "MPa") / g


# ---------------------------------------------------------------- failure


@item(
    S,
    "failure",
    "MPa",
    "σ_c = K_Ic/(Y√(πa)); the largest crack governs",
    solution="The largest flaw governs: a = 3.0 mm. σ_c = 55/(1.1 × √(π × 0.003)) = 55/(1.1 × 0.09708) = 515 MPa.",
    forms=("range_given", "critical_value", "one_step"),
)
def h20a_failure_01():
    """Non-destructive inspection of a steel plate (K_Ic = 55 MPa√m) finds surface cracks whose depths are between 2 and 3 mm; take Y = 1.1. What is the maximum tensile stress the plate can carry without fast fracture, in MPa?"""
    return Q_(55, "MPa*m**0.5") / (1.1 * (math.pi * Q_(3.0, "mm")) ** 0.5)


@item(
    S,
    "failure",
    "mm",
    "a_c = (1/π)(K_Ic/(Yσ))²; US inputs, SI answer",
    solution="a_c = (1/π)(K_Ic/σ)² = (1/π)(40/25)² in = 0.815 in = 20.7 mm.",
    forms=("inverse", "us_units", "comma_thousands", "mixed_units"),
)
def h20a_failure_02():
    """A pressure-vessel steel has K_Ic = 40 ksi·in^{1/2}. The design stress is 25,000 psi and Y = 1.0. What is the critical (largest tolerable) crack length a, in mm?"""
    ratio = Q_(40, "ksi*inch**0.5") / Q_(25000, "psi")
    return ratio**2 / math.pi


@item(
    S,
    "failure",
    "dimensionless",
    "Basquin: σ_a = σ_f'(2N_f)^b, solve for N_f",
    solution="2N_f = (σ_a/σ_f')^{1/b} = (300/900)^{1/−0.09} = 3^{11.11} = 2.0 × 10⁵ reversals, so N_f = 1.0 × 10⁵ cycles.",
    forms=("count", "inverse", "formula_symbols_later"),
)
def h20a_failure_03():
    """The fatigue data of a quenched steel fit σ_a = σ_f'(2N_f)^b, where σ_a is the stress amplitude, N_f the number of cycles to failure, σ_f' = 900 MPa the fatigue strength coefficient and b = −0.09 the fatigue strength exponent. How many cycles will a part survive at a stress amplitude of 300 MPa?"""
    two_n = (300 / 900) ** (1 / -0.09)
    return two_n / 2


@item(
    S,
    "failure",
    "dimensionless",
    "Paris law integrated for m = 3: N = 2(a0^−½ − ac^−½)/(C(YΔσ√π)^m)",
    solution="With m = 3: N = 2(a0^−½ − ac^−½)/[C (Δσ√π)³] = 2(31.62 − 10.00)/[10⁻¹² × (150 × 1.7725)³] = 43.25/(1.879 × 10⁻⁵) = 2.30 × 10⁶ cycles.",
    forms=("multi_step", "count", "tex"),
)
def h20a_failure_04():
    r"""A wide plate contains an edge crack of length $a_0 = 1\ \mathrm{mm}$ and is cycled with $\Delta\sigma = 150\ \mathrm{MPa}$ ($Y = 1$). Crack growth obeys $da/dN = C(\Delta K)^m$ with $C = 1\times10^{-12}$ (m/cycle, $\Delta K$ in $\mathrm{MPa\sqrt{m}}$) and $m = 3$. Failure occurs at $a_c = 10\ \mathrm{mm}$. How many cycles does the plate last?"""
    c, m, ds = 1e-12, 3, 150.0
    a0, ac = 1e-3, 10e-3
    return 2 * (a0**-0.5 - ac**-0.5) / ((m - 2) * c * (ds * math.sqrt(math.pi)) ** m)


@item(
    S,
    "failure",
    "hour",
    "Larson–Miller P = T(C + log10 t), T in K, t in h",
    solution="log10 t = P/T − C = 20 000/923.15 − 20 = 1.665, so t = 46 h.",
    forms=("comma_thousands", "hypothetical", "one_step"),
)
def h20a_failure_05():
    """At the service stress of a turbine blade alloy the Larson–Miller parameter at rupture is 20,000 (T in K, t in h, C = 20). What would the rupture life be, in hours, if the blade ran at 650 °C?"""
    log_t = 20000 / num(kelvin(650) / Q_(1, "K")) - 20
    return Q_(10**log_t, "hour")


@item(
    S,
    "failure",
    "MPa",
    "Griffith σ_f = √(2Eγ_s/πa) applies only to ideally brittle fracture",
    refuse="The Griffith relation for brittle fracture is applied to a mild steel that fails by ductile tearing with large-scale plasticity, well above its transition temperature; the question's relation is used outside its validity.",
    solution="Griffith's equation assumes an ideally brittle solid in which the only energy sink is new surface. The plate is stated to be well above its ductile–brittle transition and to fail with extensive plastic deformation, so plastic work dominates and the formula does not give the fracture stress. Must be refused.",
    forms=("relation_outside_validity", "long_context"),
)
def h20a_failure_06():
    """During a failure investigation of a mild-steel storage tank, the team found a 4 mm long through-crack near a weld. The plate (E = 207 GPa, surface energy 1.5 J/m², yield strength 250 MPa) was at 20 °C, some 60 °C above its ductile–brittle transition, and the fracture surface shows dimples and a large shear lip, with heavy plastic deformation around the crack. Use the Griffith equation to compute the stress at which this plate fractured."""
    return None


@item(
    S,
    "failure",
    "MPa",
    "Steady-state creep ε̇ = Aσ^n at fixed T: σ2 = σ1(ε̇2/ε̇1)^(1/n)",
    solution="σ2 = 55 × (1 × 10⁻⁶/2.5 × 10⁻⁵)^{1/5} = 55 × 0.04^{0.2} = 55 × 0.5253 = 28.9 MPa.",
    forms=("critical_value", "inverse", "exp_notation"),
)
def h20a_failure_07():
    """At 650 °C a stainless steel creeps at a steady-state rate of 2.5*10^-5 per hour under 55 MPa. The stress exponent is n = 5. What is the maximum allowable stress at the same temperature if the creep rate must not exceed 1.0*10^-6 per hour?"""
    return Q_(55, "MPa") * (1.0e-6 / 2.5e-5) ** (1 / 5)


@item(
    S,
    "failure",
    "ft*lbf",
    "Charpy: absorbed energy = mg(h0 − hf)",
    solution="E = mgΔh = 20 × 9.81 × (1.20 − 0.45) = 147.2 J = 147.2/1.3558 = 108.5 ft·lbf.",
    forms=("long_context", "distractor", "mixed_units", "one_step"),
)
def h20a_failure_08():
    """Our lab had to qualify a batch of A516 plate for a client who specifies impact energies in US units. Sixteen specimens had been machined; three were discarded because the notch was off-centre. The pendulum hammer has a mass of 20 kg, the striking edge is 0.8 m from the pivot, and the test was run at −20 °C on a Tuesday morning after the bath had been equilibrated for 10 min. For specimen 7 the hammer was released from a height of 1.20 m and rose to 0.45 m after breaking the bar. Friction is negligible. What energy did specimen 7 absorb, in ft·lbf?"""
    g = Q_(9.81, "m/s**2")
    return Q_(20, "kg") * g * (Q_(1.20, "m") - Q_(0.45, "m"))


# ---------------------------------------------------------------- phase diagrams


@item(
    S,
    "phase_diagrams",
    "percent",
    "Lever rule W_L = (Cα − C0)/(Cα − CL)",
    solution="W_L = (43 − 35)/(43 − 32) = 8/11 = 0.727 = 72.7 %.",
    forms=("figure_in_words", "one_step", "as_percentage"),
)
def h20a_phase_diagrams_01():
    """A Cu–35 wt% Ni alloy is held at 1250 °C. The tie line at that temperature on the Cu–Ni diagram (Figure 9.3) meets the liquidus at 32 wt% Ni and the solidus at 43 wt% Ni. What percentage of the alloy (by mass) is liquid?"""
    return Q_((43 - 35) / (43 - 32) * 100, "percent")


@item(
    S,
    "phase_diagrams",
    "g",
    "Lever rule for proeutectoid ferrite: (0.76 − C0)/(0.76 − 0.022), per kg",
    solution="Using the Fe–Fe₃C eutectoid at 0.76 wt% C and ferrite at 0.022 wt% C: W_α' = (0.76 − 0.40)/(0.76 − 0.022) = 0.488, i.e. 488 g per kg of steel.",
    forms=("known_datum_not_given", "per_unit", "one_step"),
)
def h20a_phase_diagrams_02():
    """A 1040 steel (0.40 wt% C) is cooled slowly from the austenite field to just below the eutectoid temperature. How many grams of proeutectoid ferrite form per kilogram of steel?"""
    frac = (0.76 - 0.40) / (0.76 - 0.022)
    return frac * Q_(1, "kg")


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Lever rule across the eutectic isotherm: W_β = (C0 − Cα)/(Cβ − Cα)",
    solution="W_β = (40 − 18.3)/(97.8 − 18.3) = 21.7/79.5 = 0.273. The densities would be needed only for a volume fraction.",
    forms=("distractor", "one_step", "table_data"),
)
def h20a_phase_diagrams_03():
    """Data for Pb–Sn just below the eutectic temperature (183 °C): α contains 18.3 wt% Sn (ρ = 10.83 g/cm³); β contains 97.8 wt% Sn (ρ = 7.29 g/cm³). For a Pb–40 wt% Sn alloy at that temperature, what is the mass fraction of β?"""
    return (40 - 18.3) / (97.8 - 18.3)


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Gibbs phase rule at constant pressure: F = C − P + 1",
    abs_tol=0,
    solution="At the eutectic point of a binary system three phases coexist (L, α, β). With pressure fixed, F = C − P + 1 = 2 − 3 + 1 = 0: choice (a).",
    forms=("multiple_choice", "one_step", "known_relation_not_given"),
)
def h20a_phase_diagrams_04():
    """For a binary alloy at its eutectic point, at constant atmospheric pressure, the number of degrees of freedom is
    (a) 0   (b) 1   (c) 2   (d) 3"""
    return 2 - 3 + 1


@item(
    S,
    "phase_diagrams",
    "percent",
    "Inverse lever rule: C0 = Cα − W_L(Cα − CL)",
    solution="From W_L = (Cα − C0)/(Cα − CL): C0 = 43 − 0.60 × (43 − 32) = 36.4 wt% Ni.",
    forms=("inverse", "one_step", "unit_only_in_blank"),
)
def h20a_phase_diagrams_05():
    """At 1250 °C a Cu–Ni alloy is found to be 60 % liquid by mass. At that temperature the liquid contains 32 wt% Ni and the α phase 43 wt% Ni. Alloy composition: ________ wt% Ni."""
    return Q_(43 - 0.60 * (43 - 32), "percent")


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "The lever rule needs the tie-line compositions at the temperature asked",
    refuse="Only the eutectic point is given; the compositions of α and β (the solvus ends of the tie line) at 300 °C are not stated and the hypothetical A–B diagram is not a standard one, so the phase fractions cannot be found.",
    solution="The lever rule at 300 °C needs the compositions of α and β at that temperature; for the hypothetical A–B system only the eutectic temperature and composition are given. Must be refused.",
    forms=("missing_datum", "hypothetical"),
)
def h20a_phase_diagrams_06():
    """A hypothetical binary A–B system has a eutectic at 520 °C and 38 wt% B; the terminal solid solutions are α (A-rich) and β (B-rich). An A–25 wt% B alloy is slowly cooled to 300 °C. What is the mass fraction of α at 300 °C?"""
    return None


@item(
    S,
    "phase_diagrams",
    "percent",
    "wt% → at%: C_Zn(at) = (w_Zn/A_Zn)/Σ(w_i/A_i)",
    solution="Using A(Zn) = 65.38 and A(Cu) = 63.55 g/mol: n_Zn = 30/65.38 = 0.4589, n_Cu = 70/63.55 = 1.1015; at% Zn = 0.4589/1.5604 = 29.4 at%.",
    forms=("older_notation", "known_datum_not_given", "unit_conversion_at_end"),
)
def h20a_phase_diagrams_07():
    """A cartridge brass is specified as Cu–30 w/o Zn. Express its zinc content in a/o (atomic percent)."""
    n_zn = 30 / 65.38
    n_cu = 70 / 63.55
    return Q_(100 * n_zn / (n_zn + n_cu), "percent")


@item(
    S,
    "phase_diagrams",
    "percent",
    "Proeutectoid cementite: (C0 − 0.76)/(6.70 − 0.76)",
    solution="W_Fe3C' = (1.20 − 0.76)/(6.70 − 0.76) = 0.44/5.94 = 0.0741 = 7.4 %.",
    forms=("homework_preamble", "as_percentage", "one_step"),
)
def h20a_phase_diagrams_08():
    """Problems 2–4 use the Fe–Fe₃C diagram with: eutectoid at 727 °C and 0.76 wt% C; ferrite at 0.022 wt% C; cementite 6.70 wt% C.

    Problem 3. A 1.20 wt% C steel is slowly cooled to 726 °C. What percentage of the steel (by mass) is proeutectoid cementite?"""
    return Q_((1.20 - 0.76) / (6.70 - 0.76) * 100, "percent")


# ---------------------------------------------------------------- transformations & kinetics


@item(
    S,
    "transformations_kinetics",
    "s",
    "Avrami y = 1 − exp(−kt^n): t_0.5 = (ln 2/k)^(1/n)",
    solution="t_0.5 = (ln 2/k)^{1/n} = (0.6931/2.0 × 10⁻⁴)^{1/2.5} = 3466^{0.4} = 26.1 s.",
    forms=("homework_preamble", "one_step", "tex"),
)
def h20a_transformations_kinetics_01():
    r"""Problems 6 and 7 use the following data: the isothermal recrystallization of a cold-rolled aluminium alloy at $350\ ^{\circ}\mathrm{C}$ follows $y = 1 - \exp(-k t^n)$ with $n = 2.5$ and $k = 2.0\times10^{-4}$ (t in seconds).

    Problem 6. How long does it take for half of the material to recrystallize (in s)?"""
    return Q_((math.log(2) / 2.0e-4) ** (1 / 2.5), "s")


@item(
    S,
    "transformations_kinetics",
    "percent",
    "Avrami y = 1 − exp(−kt^n) evaluated at a given time",
    solution="kt^n = 2.0 × 10⁻⁴ × 40^{2.5} = 2.0 × 10⁻⁴ × 10 119 = 2.024. y = 1 − exp(−2.024) = 0.868 = 86.8 %.",
    forms=("homework_preamble", "one_step", "as_percentage"),
)
def h20a_transformations_kinetics_02():
    r"""Problems 6 and 7 use the following data: the isothermal recrystallization of a cold-rolled aluminium alloy at $350\ ^{\circ}\mathrm{C}$ follows $y = 1 - \exp(-k t^n)$ with $n = 2.5$ and $k = 2.0\times10^{-4}$ (t in seconds).

    Problem 7. What percentage of the material has recrystallized after 40 s?"""
    y = 1 - math.exp(-2.0e-4 * 40**2.5)
    return Q_(100 * y, "percent")


@item(
    S,
    "transformations_kinetics",
    "dimensionless",
    "Avrami exponent from two points: n = Δln(−ln(1−y))/Δln t",
    solution="ln(−ln 0.8) = −1.500 and ln(−ln 0.2) = 0.476. n = (0.476 + 1.500)/ln(200/100) = 1.976/0.693 = 2.85.",
    forms=("figure_in_words", "inverse", "two_step"),
)
def h20a_transformations_kinetics_03():
    """The transformation curve in the figure (fraction transformed versus time for a eutectoid steel held at 675 °C) passes through 20 % transformed at 100 s and 80 % transformed at 200 s. Assuming Avrami kinetics, y = 1 − exp(−k·tⁿ), find the exponent n."""
    lhs1 = math.log(-math.log(1 - 0.2))
    lhs2 = math.log(-math.log(1 - 0.8))
    return (lhs2 - lhs1) / math.log(200 / 100)


@item(
    S,
    "transformations_kinetics",
    "nm",
    "Critical radius r* = −2γT_m/(ΔH_f ΔT)",
    solution="T_m = 1455 + 273 = 1728 K (taking 1728 K). r* = 2 × 0.255 × 1728/(2.53 × 10⁹ × 319) = 1.09 × 10⁻⁹ m = 1.09 nm.",
    forms=("si_prefix_words", "multi_part_middle", "one_step"),
)
def h20a_transformations_kinetics_04():
    """For the homogeneous solidification of nickel: latent heat of fusion −2.53 × 10⁹ J/m³, solid–liquid interfacial energy 0.255 J/m², melting point 1455 °C, and a supercooling of 319 K. (a) Sketch ΔG versus nucleus radius. (b) Calculate the critical nucleus radius in nanometres. (c) Explain why heterogeneous nucleation needs far less supercooling."""
    tm = Q_(1455 + 273, "K")
    return 2 * Q_(0.255, "J/m**2") * tm / (Q_(2.53e9, "J/m**3") * Q_(319, "K"))


@item(
    S,
    "transformations_kinetics",
    "um",
    "Parabolic grain growth d² − d0² = Kt",
    solution="K = (25² − 10²)/500 = 525/500 = 1.05 µm²/min. After 1500 min: d² = 100 + 1.05 × 1500 = 1675 µm², d = 40.9 µm.",
    forms=("two_step", "hypothetical", "ascii"),
)
def h20a_transformations_kinetics_05():
    """A brass has a grain diameter of 10 um after recrystallization. Held at 500 deg C its grains grow to 25 um in 500 min. Assuming d^2 - d0^2 = K*t, what will the grain diameter be after 1500 min at the same temperature? (in um)"""
    k = (Q_(25, "um") ** 2 - Q_(10, "um") ** 2) / Q_(500, "min")
    return (Q_(10, "um") ** 2 + k * Q_(1500, "min")) ** 0.5


@item(
    S,
    "transformations_kinetics",
    "kelvin",
    "Koistinen–Marburger f = 1 − exp(−0.011(M_s − T)); solve for M_s − T",
    solution="0.90 = 1 − exp(−0.011 ΔT) gives ΔT = ln 10/0.011 = 209.3 K below M_s (i.e. about 10.7 °C).",
    forms=("inverse", "relative_to_reference", "one_step"),
)
def h20a_transformations_kinetics_06():
    """The martensite fraction formed on quenching a steel below its M_s follows f = 1 − exp[−0.011(M_s − T)], with temperatures in kelvin or °C. M_s = 220 °C. By how many kelvin below M_s must the steel be cooled to obtain 90 % martensite?"""
    return Q_(math.log(10) / 0.011, "K")


@item(
    S,
    "transformations_kinetics",
    "min",
    "Arrhenius: t_0.5 ∝ exp(Q/RT); t2 = t1 exp[(Q/R)(1/T2 − 1/T1)]",
    solution="(Q/R)(1/750 − 1/700) = 14 433 × (−9.524 × 10⁻⁵) = −1.375. t2 = 2 h × exp(−1.375) = 0.506 h = 30.4 min.",
    forms=("unit_conversion_at_end", "hypothetical", "two_step", "pdf_units"),
)
def h20a_transformations_kinetics_07():
    """A precipitation reaction reaches 50 % completion in 2 h at 700 °K. The process is thermally activated with Q = 120 kJ mol-1. What would the time to 50 % completion become at 750 °K? Give it in minutes."""
    q_over_r = Q_(120, "kJ/mol") / R_GAS
    expo = num(q_over_r * (1 / Q_(750, "K") - 1 / Q_(700, "K")))
    return Q_(2, "hour") * math.exp(expo)


@item(
    S,
    "transformations_kinetics",
    "kelvin",
    "Inverse of r* = 2γT_m/(|ΔH_f|ΔT): ΔT = 2γT_m/(|ΔH_f| r*)",
    solution="ΔT = 2γT_m/(|ΔH_f| r*) = 2 × 0.200 × 1358/(1.77 × 10⁹ × 1.0 × 10⁻⁹) = 307 K.",
    forms=("inverse", "blank_in_sentence", "critical_value"),
)
def h20a_transformations_kinetics_08():
    """Copper melts at 1085 °C; its latent heat of fusion is −1.77 × 10⁹ J/m³ and γ_SL = 0.200 J/m². For the critical nucleus radius to be as small as 1.0 nm, the melt must be undercooled by ______ K."""
    tm = kelvin(1085)
    return 2 * Q_(0.200, "J/m**2") * tm / (Q_(1.77e9, "J/m**3") * Q_(1.0, "nm"))
