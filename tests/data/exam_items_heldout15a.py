"""Set heldout15 (set P), first half: 60 questions over seven topics of a qualifying exam.

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

S = "heldout15"

K_EV = K_BOLTZ.to("eV/K")


def bragg_2theta(d: Any, wavelength: Any) -> float:
    """First-order diffraction angle 2θ in degrees for plane spacing ``d`` (pint lengths)."""
    return 2 * math.degrees(math.asin(num(wavelength / (2 * d))))


# ---------------------------------------------------------------- crystallography & X-ray diffraction


@item(
    S,
    "crystallography_xrd",
    "degree",
    "Bragg's law with d_hkl = a/√(h²+k²+l²) (Callister ch. 3)",
    solution="d_220 = 0.3165/√8 = 0.11190 nm. sin θ = 0.1542/(2 × 0.11190) = 0.6890, θ = 43.55°, so 2θ = 87.1°.",
    forms=("unicode", "two_step"),
)
def h15a_cryst_01():
    """Tungsten is body-centred cubic with a = 0.3165 nm. With Cu Kα radiation (λ = 0.1542 nm), at what diffraction angle 2θ (in °) does the (220) reflection appear?"""
    d = Q_(0.3165, "nm") / math.sqrt(8)
    return Q_(bragg_2theta(d, Q_(0.1542, "nm")), "degree")


@item(
    S,
    "crystallography_xrd",
    "angstrom",
    "Bragg's law (inverse), FCC first peak (111), a = 2√2 R",
    solution="θ = 19.2°, d_111 = 0.1542/(2 sin 19.2°) = 0.23442 nm. a = √3 d = 0.40603 nm. R = a/(2√2) = 0.14355 nm = 1.436 Å.",
    forms=("tex", "inverse", "three_step", "named_unit"),
)
def h15a_cryst_02():
    r"""The lowest-angle peak in the diffractogram of an FCC metal, taken with $\lambda = 0.1542\ \mathrm{nm}$, lies at $2\theta = 38.4^{\circ}$ and is the $(111)$ reflection. Deduce the atomic radius of the metal in ångströms."""
    d = Q_(0.1542, "nm") / (2 * math.sin(math.radians(38.4 / 2)))
    a = math.sqrt(3) * d
    return a / (2 * math.sqrt(2))


@item(
    S,
    "crystallography_xrd",
    "nm**3",
    "Hexagonal cell volume: conventional prism (3√3/2)a²c, primitive rhombic prism (√3/2)a²c",
    solution="The conventional HCP cell (the hexagonal prism with 6 atoms) has V = (3√3/2)a²c = 2.598 × 0.3209² × 0.5211 = 0.1394 nm³. The primitive cell (2 atoms) is a third of it, (√3/2)a²c = 0.04647 nm³; either reading is accepted.",
    forms=("ascii", "two_readings", "one_step"),
)
def h15a_cryst_03():
    """Magnesium is HCP with a = 0.3209 nm and c = 0.5211 nm. What is the volume of its unit cell, in nm^3?"""
    a, c = Q_(0.3209, "nm"), Q_(0.5211, "nm")
    return {
        "conventional hexagonal prism (6 atoms)": 1.5 * math.sqrt(3) * a**2 * c,
        "primitive cell (2 atoms)": math.sqrt(3) / 2 * a**2 * c,
    }


@item(
    S,
    "crystallography_xrd",
    "1/mm**2",
    "Planar density of BCC (110): 2 atoms on an a × a√2 rectangle",
    solution="The (110) plane of BCC holds 2 atoms on an area a·a√2 = 0.2866² × 1.4142 = 0.11616 nm². PD = 2/0.11616 = 17.22 nm⁻² = 1.722 × 10¹³ mm⁻².",
    forms=("ascii", "one_step", "named_unit", "unit_conversion"),
)
def h15a_cryst_04():
    """alpha-Fe (BCC, a = 0.2866 nm). Calculate the planar density of the (110) plane in atoms per square millimetre (atoms/mm^2)."""
    a = Q_(0.2866, "nm")
    return 2 / (a * a * math.sqrt(2))


@item(
    S,
    "crystallography_xrd",
    "percent",
    "APF: FCC π/(3√2) = 0.7405, BCC π√3/8 = 0.6802; at fixed atomic radius and mass ρ ∝ APF",
    solution="At the same atomic radius and atomic mass the density is proportional to the packing fraction: ρ_FCC/ρ_BCC = 0.7405/0.6802 = 1.0887, so the close-packed form is 8.9 % denser.",
    forms=("words", "percent_change", "ratio", "known_datum_not_given"),
)
def h15a_cryst_05():
    """Iron changes from BCC to FCC on heating through 912 °C. If the atoms are treated as hard spheres whose radius does not change in the transformation, by what percentage is the FCC form denser than the BCC form?"""
    apf_fcc = math.pi / (3 * math.sqrt(2))
    apf_bcc = math.pi * math.sqrt(3) / 8
    return Q_((apf_fcc / apf_bcc - 1) * 100, "percent")


@item(
    S,
    "crystallography_xrd",
    "1/nm",
    "Linear density of FCC [110]: 2 atoms per face diagonal 4R",
    solution="Along [110] in FCC the atoms touch: two atom diameters per face diagonal of length 4R, LD = 2/(4R) = 1/(2 × 0.1445) = 3.460 nm⁻¹, choice (b).",
    forms=("multiple_choice", "one_step", "unicode"),
)
def h15a_cryst_06():
    """Silver is FCC with an atomic radius of 0.1445 nm. The linear density along the [110] direction is
    (a) 2.447 nm⁻¹   (b) 3.460 nm⁻¹   (c) 4.894 nm⁻¹   (d) 1.730 nm⁻¹"""
    return 1 / (2 * Q_(0.1445, "nm"))


@item(
    S,
    "crystallography_xrd",
    "angstrom",
    "Miller indices from reciprocal intercepts; cubic d_hkl = a/√(h²+k²+l²)",
    solution="The reciprocals of the intercepts 1/2, 1/3, 0 cleared of fractions give (320). d = 0.50/√(9 + 4) = 0.13868 nm = 1.387 Å.",
    forms=("words", "two_step", "named_unit", "bracket_unit"),
)
def h15a_cryst_07():
    """A plane in a simple cubic crystal (lattice parameter 0.50 nm) cuts the x axis at two lattice parameters, the y axis at three, and runs parallel to z. Find its Miller indices and then the spacing between adjacent planes of this family. [Å]"""
    return Q_(0.50, "nm") / math.sqrt(3**2 + 2**2)


@item(
    S,
    "crystallography_xrd",
    "g/cm**3",
    "Rock salt: 4 NaCl formula units per cubic cell; ρ = n'ΣA/(V_C N_A)",
    solution="The rock-salt cell contains 4 Na⁺ and 4 Cl⁻. V_C = (0.5640 × 10⁻⁷ cm)³ = 1.794 × 10⁻²² cm³. ρ = 4 × (22.99 + 35.45)/(1.794 × 10⁻²² × 6.022 × 10²³) = 2.163 g/cm³. The ionic radii (part a) and the refractive index are not needed.",
    forms=("multi_part", "distractor", "tex", "one_step"),
)
def h15a_cryst_08():
    r"""Table salt crystallizes in the rock-salt structure with a cubic lattice parameter of $0.5640\ \mathrm{nm}$. The ionic radii are $r_{\mathrm{Na^+}} = 0.102\ \mathrm{nm}$ and $r_{\mathrm{Cl^-}} = 0.181\ \mathrm{nm}$; the refractive index is $1.54$; $A_{\mathrm{Na}} = 22.99$, $A_{\mathrm{Cl}} = 35.45\ \mathrm{g/mol}$.
    (a) Check whether the ions touch along the cube edge.
    (b) Compute the theoretical density in $\mathrm{g\,cm^{-3}}$.
    Answer part (b) only."""
    a = Q_(0.5640, "nm")
    return 4 * Q_(22.99 + 35.45, "g/mol") / (a**3 * AVOGADRO)


@item(
    S,
    "crystallography_xrd",
    "degree",
    "Bragg's law at fixed λ: sin θ ∝ 1/d ∝ 1/a",
    solution="sin θ₁ = sin 50.00° = 0.76604. The lattice parameter grows by 0.5 %, so sin θ₂ = 0.76604/1.005 = 0.76223, θ₂ = 49.662°, 2θ₂ = 99.32°. The peak moves by −0.68° (to lower angle).",
    forms=("words", "sign_convention", "difference", "two_step"),
)
def h15a_cryst_09():
    """At room temperature the (400) peak of a cubic alloy lies at 2θ = 100.00 deg. On heating, the lattice parameter grows by one half of one percent. By how many degrees does the 2θ position of this peak change? (Give a shift to lower angle as a negative number.)"""
    theta1 = math.radians(50.0)
    theta2 = math.asin(math.sin(theta1) / 1.005)
    return Q_(2 * math.degrees(theta2) - 100.0, "degree")


# ---------------------------------------------------------------- defects


@item(
    S,
    "defects",
    "1/m**3",
    "N_v = N exp(−Q_v/kT), N = N_A ρ/A (Callister eq. 4.1); Cu ρ = 8.96 g/cm³, A = 63.55 g/mol",
    solution="Using the handbook values for copper (ρ = 8.96 g/cm³, A = 63.55 g/mol), N = 6.022 × 10²³ × 8.96/63.55 = 8.490 × 10²² cm⁻³ = 8.490 × 10²⁸ m⁻³. At 1273 K, kT = 0.10970 eV, exp(−0.90/0.10970) = 2.73 × 10⁻⁴, so N_v = 2.32 × 10²⁵ m⁻³.",
    forms=("unicode", "known_datum_not_given", "two_step"),
)
def h15a_def_01():
    """The energy to form a vacancy in copper is 0.90 eV/atom. Estimate the equilibrium number of vacancies per cubic metre in copper at 1000 °C. (Use standard values for the density and atomic weight of Cu.)"""
    n = AVOGADRO * Q_(8.96, "g/cm**3") / Q_(63.55, "g/mol")
    return n * math.exp(-num(Q_(0.90, "eV") / (K_EV * kelvin(1000))))


@item(
    S,
    "defects",
    "eV",
    "N_v/N = exp(−Q_v/kT) solved for Q_v",
    solution="One vacancy in 10 000 sites is N_v/N = 10⁻⁴. Q_v = −kT ln(10⁻⁴) = 8.617 × 10⁻⁵ × 1200 × 9.2103 = 0.952 eV.",
    forms=("words", "inverse", "one_step", "bracket_unit"),
)
def h15a_def_02():
    """Quenching experiments show that a certain metal, held at 1200 K, contains one vacancy in every 10 000 lattice sites. What is the vacancy formation energy? [eV]"""
    return -K_EV * Q_(1200, "K") * math.log(1e-4)


@item(
    S,
    "defects",
    "dimensionless",
    "Ratio of Arrhenius vacancy fractions at two temperatures",
    solution="c₂/c₁ = exp[(Q_v/k)(1/T₁ − 1/T₂)] with T₁ = 773.15 K, T₂ = 973.15 K: (1.1/8.617 × 10⁻⁵)(1.2935 × 10⁻³ − 1.0276 × 10⁻³) = 3.394, factor = e^3.394 = 29.8.",
    forms=("ascii", "ratio", "by_what_factor"),
)
def h15a_def_03():
    """Q_v = 1.1 eV/atom. By what factor does the equilibrium vacancy concentration increase when the metal is heated from 500 deg C to 700 deg C?"""
    q = Q_(1.1, "eV")
    return math.exp(num(q / K_EV * (1 / kelvin(500) - 1 / kelvin(700))))


@item(
    S,
    "defects",
    "dimensionless",
    "ASTM grain size N = 2^(n−1) at 100×; N scales with (M/100)²",
    decimals=2,
    solution="At 250× the count must be referred to 100×: N = 60 × (250/100)² = 375 grains/in². n = 1 + log₂ 375 = 1 + 8.551 = 9.55.",
    forms=("us_units", "inverse", "two_step", "story"),
)
def h15a_def_04():
    """A metallographer counts 60 grains per square inch on a micrograph taken at a magnification of 250×. What is the ASTM grain-size number of the steel? Give it to two decimals."""
    n_100 = 60 * (250 / 100) ** 2
    return 1 + math.log2(n_100)


@item(
    S,
    "defects",
    "angstrom",
    "BCC slip along ⟨111⟩: |b| = a√3/2",
    solution="In BCC the shortest lattice translation is half the body diagonal, b = (√3/2)a = 0.8660 × 0.2866 = 0.2482 nm = 2.482 Å.",
    forms=("tex", "one_step", "named_unit"),
)
def h15a_def_05():
    r"""Compute the magnitude of the Burgers vector $|\mathbf{b}|$ of a perfect dislocation in $\alpha$-iron (BCC, $a = 2.866$ Å), expressed in Å."""
    return math.sqrt(3) / 2 * Q_(2.866, "angstrom")


@item(
    S,
    "defects",
    "eV/nm",
    "Dislocation line energy per length ≈ Gb²/2 (Hull & Bacon)",
    solution="E/L ≈ ½Gb² = 0.5 × 45 × 10⁹ × (0.25 × 10⁻⁹)² = 1.406 × 10⁻⁹ J/m = 1.406 × 10⁻¹⁸ J/nm = 8.78 eV per nm of line.",
    forms=("ascii", "one_step", "unit_conversion", "named_unit"),
)
def h15a_def_06():
    """Taking the elastic energy per unit length of a dislocation as roughly (1/2) G b^2, with G = 45 GPa and b = 0.25 nm, estimate this line energy in eV per nanometre of dislocation."""
    return 0.5 * Q_(45, "GPa") * Q_(0.25, "nm") ** 2


@item(
    S,
    "defects",
    None,
    "N_v/N = exp(−Q_v/kT) for the solid only",
    refuse="900 °C is above the stated melting point of aluminium (660 °C): there is no crystal lattice, so an equilibrium vacancy fraction of the solid cannot be computed there.",
    solution="The metal is liquid at 900 °C (it melts at 660 °C); the vacancy relation applies only to the crystalline solid, so the question has no answer as posed.",
    forms=("validity_outside_range", "distractor"),
)
def h15a_def_07():
    """Aluminium (melting point 660 °C, density 2.70 g/cm³) has a vacancy formation energy of 0.75 eV. Calculate the equilibrium fraction of vacant lattice sites in aluminium held at 900 °C."""
    return None


@item(
    S,
    "defects",
    "percent",
    "Octahedral hole in FCC: r = (√2 − 1)R = 0.414R",
    solution="The octahedral site radius is (√2 − 1)R = 0.4142 × 0.129 = 0.05343 nm. The carbon atom (0.071 nm) is 0.071/0.05343 = 1.329 times the hole, i.e. 32.9 % larger.",
    forms=("unicode", "two_step", "percent_change", "how_much_larger"),
)
def h15a_def_08():
    """In austenite (FCC iron, R_Fe = 0.129 nm) carbon sits in the octahedral holes. The carbon atom radius is 0.071 nm. How much larger is the carbon atom than the largest sphere that fits the hole without strain? Answer as a percentage."""
    r_hole = (math.sqrt(2) - 1) * 0.129
    return Q_((0.071 / r_hole - 1) * 100, "percent")


@item(
    S,
    "defects",
    "1/m**2",
    "Dislocation density = line length per volume",
    solution="5000 km = 5 × 10⁶ m of line in 1 mm³ = 10⁻⁹ m³, so ρ = 5 × 10⁶/10⁻⁹ = 5 × 10¹⁵ m⁻². The hardness and the anneal temperature are not needed.",
    forms=("story", "distractor", "unit_conversion", "spaced_thousands"),
)
def h15a_def_09():
    """After heavy rolling, a copper strip (hardness now 110 HV; it will later be annealed at 400 °C) is estimated from TEM to hold 5 000 km of dislocation line in every cubic millimetre. Express the dislocation density in m⁻²."""
    return Q_(5000, "km") / Q_(1, "mm**3")


# ---------------------------------------------------------------- diffusion


@item(
    S,
    "diffusion",
    "kg/(m**2*hour)",
    "Fick's first law J = −D ΔC/Δx (steady state)",
    solution="J = D (C₁ − C₂)/Δx = 2.5 × 10⁻¹¹ × (1.5 − 0.6)/0.004 = 5.625 × 10⁻⁹ kg m⁻² s⁻¹ = 2.03 × 10⁻⁵ kg m⁻² h⁻¹.",
    forms=("tex", "one_step", "unit_conversion", "named_unit"),
)
def h15a_diff_01():
    r"""A 4.0-mm-thick iron plate separates a carburizing from a decarburizing atmosphere at $700\ ^{\circ}\mathrm{C}$. At steady state the carbon concentrations just inside the two faces are $1.5$ and $0.6\ \mathrm{kg\,m^{-3}}$, and $D = 2.5\times10^{-11}\ \mathrm{m^2\,s^{-1}}$. Find the carbon flux through the plate in $\mathrm{kg\,m^{-2}\,h^{-1}}$."""
    return Q_(2.5e-11, "m**2/s") * Q_(1.5 - 0.6, "kg/m**3") / Q_(4.0, "mm")


@item(
    S,
    "diffusion",
    "m**2/s",
    "D = D₀ exp(−Q/RT)",
    solution="T = 823.15 K; Q/RT = 148 000/(8.314 × 823.15) = 21.626; D = 2.3 × 10⁻⁵ × e^−21.626 = 2.3 × 10⁻⁵ × 4.06 × 10⁻¹⁰ = 9.34 × 10⁻¹⁵ m²/s.",
    forms=("tex", "one_step"),
)
def h15a_diff_02():
    r"""For carbon in $\gamma$-iron take $D_0 = 2.3\times10^{-5}\ \mathrm{m^2/s}$ and $Q_d = 148\ \mathrm{kJ/mol}$. Evaluate $D$ at $550\ ^{\circ}\mathrm{C}$ (assume the extrapolation holds)."""
    return Q_(2.3e-5, "m**2/s") * math.exp(-num(Q_(148, "kJ/mol") / (R_GAS * kelvin(550))))


@item(
    S,
    "diffusion",
    "kJ/mol",
    "Arrhenius from two points: Q = R ln10 Δlog10 D/(1/T₁ − 1/T₂)",
    solution="Δlog₁₀D = −9.8 − (−11.4) = 1.6. 1/900 − 1/1100 = 2.0202 × 10⁻⁴ K⁻¹. Q = 2.3026 × 8.314 × 1.6/2.0202 × 10⁻⁴ = 151.6 kJ/mol.",
    forms=("logarithm_given", "unicode", "inverse", "named_unit"),
)
def h15a_diff_03():
    """Tracer measurements give log₁₀ D = −11.4 at 900 K and log₁₀ D = −9.8 at 1100 K (D in cm²/s). What is the activation energy for diffusion, in kJ/mol?"""
    dlog = -9.8 - (-11.4)
    return R_GAS * math.log(10) * dlog / (1 / Q_(900, "K") - 1 / Q_(1100, "K"))


@item(
    S,
    "diffusion",
    "eV",
    "ln D = ln D₀ − Q/(kT): slope of ln D vs 1/T is −Q/k (per atom)",
    solution="The slope of ln D against 1/T is −Q/k, so Q = 2.15 × 10⁴ K × 8.617 × 10⁻⁵ eV/K = 1.853 eV per atom.",
    forms=("graph_described", "one_step", "named_unit"),
)
def h15a_diff_04():
    """A plot of the natural logarithm of the diffusion coefficient against reciprocal absolute temperature for Zn in Cu is a straight line; the line through the data points has a slope of -2.15 x 10^4 K. What is the activation energy, in eV per atom?"""
    return Q_(2.15e4, "K") * K_EV


@item(
    S,
    "diffusion",
    "hour",
    "Semi-infinite solid: (C_x − C₀)/(C_s − C₀) = 1 − erf(x/2√(Dt))",
    solution="(0.60 − 0.20)/(1.00 − 0.20) = 0.50 = 1 − erf z, so erf z = 0.50 and z = 0.4769. t = x²/(4Dz²) = (7.5 × 10⁻⁴)²/(4 × 1.6 × 10⁻¹¹ × 0.22747) = 3.86 × 10⁴ s = 10.7 h.",
    forms=("unicode", "two_step", "named_unit"),
)
def h15a_diff_05():
    """A steel gear containing 0.20 wt% C is gas-carburized with the surface held at 1.00 wt% C. D for carbon at the process temperature is 1.6 × 10⁻¹¹ m²/s. How many hours are needed for the carbon content to reach 0.60 wt% at a depth of 0.75 mm?"""
    z = erfinv(1 - (0.60 - 0.20) / (1.00 - 0.20))
    return Q_(0.75, "mm") ** 2 / (4 * Q_(1.6e-11, "m**2/s") * z**2)


@item(
    S,
    "diffusion",
    "hour",
    "Same profile at fixed x²/(Dt): t ∝ x²/D, D = D₀ exp(−Q/RT)",
    solution="Doubling the depth needs four times the Dt. D(1000 °C)/D(900 °C) = exp[(140 000/8.314)(1/1173.15 − 1/1273.15)] = exp(1.1275) = 3.088. t = 8 h × 4/3.088 = 10.4 h.",
    forms=("words", "doubled", "three_step", "story"),
)
def h15a_diff_06():
    """A heat-treat shop carburizes parts for 8 h at 900 °C to get a given case depth. A customer now wants the case depth doubled, and the shop will run the furnace at 1000 °C instead. Q for carbon diffusion is 140 kJ/mol. How long (in hours) must the new cycle last?"""
    ratio_d = math.exp(num(Q_(140, "kJ/mol") / R_GAS * (1 / kelvin(900) - 1 / kelvin(1000))))
    return Q_(8, "hour") * 4 / ratio_d


@item(
    S,
    "diffusion",
    None,
    "D = D₀ exp(−Q/RT) needs Q",
    refuse="Only the pre-exponential D₀ is given; the activation energy of Ga in this new alloy is neither stated nor a standard tabulated value, so D at 1100 K (and hence the time) cannot be found.",
    solution="The erf solution needs D at 1100 K, and D needs both D₀ and Q; Q is missing for this non-standard system, so the question cannot be answered.",
    forms=("missing_datum", "tex"),
)
def h15a_diff_07():
    r"""Gallium is diffused from a constant surface source into a newly developed Ni-base alloy at $1100\ \mathrm{K}$. For Ga in this alloy $D_0 = 4.0\times10^{-5}\ \mathrm{m^2/s}$. The surface is held at 2.0 at.% Ga and the alloy initially contains none. How long will it take for the Ga content to reach 0.5 at.% at a depth of 10 µm?"""
    return None


@item(
    S,
    "diffusion",
    "um",
    "Characteristic diffusion distance x ≈ √(Dt)",
    solution="x ≈ √(Dt) = √(4 × 10⁻¹⁴ × 3600) = √(1.44 × 10⁻¹⁰) = 1.2 × 10⁻⁵ m = 12 µm.",
    forms=("ascii", "one_step", "named_unit"),
)
def h15a_diff_08():
    """Taking the diffusion distance as x ~ sqrt(D t), how far (in um) does boron spread in one hour if D = 4e-14 m^2/s?"""
    return (Q_(4e-14, "m**2/s") * Q_(1, "hour")) ** 0.5


@item(
    S,
    "diffusion",
    "degC",
    "D = D₀ exp(−Q/kT) solved for T",
    solution="T = Q/[k ln(D₀/D)] = 2.6/(8.617 × 10⁻⁵ × ln 5 × 10⁹) = 2.6/(8.617 × 10⁻⁵ × 22.333) = 1351 K = 1078 °C, choice (c).",
    forms=("multiple_choice", "inverse", "named_unit"),
)
def h15a_diff_09():
    """For self-diffusion in a metal, D₀ = 5.0 × 10⁻⁵ m²/s and Q = 2.6 eV/atom. At which temperature does D reach 1.0 × 10⁻¹⁴ m²/s?
    (a) 852 °C   (b) 968 °C   (c) 1078 °C   (d) 1351 °C"""
    t = Q_(2.6, "eV") / (K_EV * math.log(5.0e-5 / 1.0e-14))
    return Q_(t.to("K").magnitude - 273.15, "degC")


# ---------------------------------------------------------------- mechanical properties


@item(
    S,
    "mechanical_properties",
    "um",
    "σ = F/A₀, ε = σ/E, ε_lat = −ν ε",
    solution="A₀ = π(10 mm)²/4 = 78.54 mm², σ = 15 000/78.54 = 191.0 MPa, ε_z = 191.0/110 000 = 1.736 × 10⁻³. ε_x = −0.34 × 1.736 × 10⁻³ = −5.90 × 10⁻⁴, Δd = −5.90 × 10⁻⁴ × 10 mm = −5.90 µm. The length 250 mm is not needed.",
    forms=("unicode", "three_step", "sign_convention", "distractor"),
)
def h15a_mech_01():
    """A brass rod 250 mm long and 10 mm in diameter (E = 110 GPa, ν = 0.34) carries a tensile load of 15 kN that keeps it elastic. Find the change in its diameter in µm (a decrease is negative)."""
    area = math.pi * Q_(10, "mm") ** 2 / 4
    strain = Q_(15, "kN") / area / Q_(110, "GPa")
    return -0.34 * strain * Q_(10, "mm")


@item(
    S,
    "mechanical_properties",
    "MPa",
    "True stress σ_T = F/A_i; engineering stress σ = F/A₀",
    solution="At that instant the true stress is F/A_i = 40 000/(π × 12.0²/4) = 40 000/113.10 = 353.7 MPa; referred to the original section (engineering stress) it is 40 000/(π × 12.8²/4) = 40 000/128.68 = 310.8 MPa. The question's 'stress' admits either reading.",
    forms=("ascii", "two_readings", "one_step", "story"),
)
def h15a_mech_02():
    """During a tension test on a steel bar originally 12.8 mm in diameter, the load reads 40 kN at the moment the diameter (measured with a clip gauge) has fallen uniformly to 12.0 mm. What is the stress in the bar at that moment, in MPa?"""
    f = Q_(40, "kN")
    return {
        "true stress (current area)": f / (math.pi * Q_(12.0, "mm") ** 2 / 4),
        "engineering stress (original area)": f / (math.pi * Q_(12.8, "mm") ** 2 / 4),
    }


@item(
    S,
    "mechanical_properties",
    "percent",
    "σ = F/A₀, ε = σ/E (US units)",
    solution="A₀ = π(0.500 in.)²/4 = 0.19635 in.², σ = 8000/0.19635 = 40 740 psi, below the 50 ksi yield, so ε = 40 740/(30 × 10⁶) = 1.358 × 10⁻³ = 0.136 %.",
    forms=("us_units", "two_step", "as_percentage", "distractor"),
)
def h15a_mech_03():
    """A 0.500-in.-diameter steel tie rod (E = 30 × 10^6 psi, yield strength 50 ksi, tensile strength 75 ksi) carries 8000 lbf in tension. What is the axial strain, expressed as a percentage?"""
    area = math.pi * Q_(0.500, "inch") ** 2 / 4
    return Q_(8000, "lbf") / area / Q_(30e6, "psi")


@item(
    S,
    "mechanical_properties",
    "MPa",
    "Hall–Petch σ_y = σ₀ + k_y d^(−1/2) (Dieter ch. 6)",
    solution="Δσ_y = k_y (d₂^−½ − d₁^−½) = 0.74 × (1/√(32 × 10⁻⁶) − 1/√(64 × 10⁻⁶)) = 0.74 × (176.78 − 125.00) = 38.3 MPa.",
    forms=("tex", "words", "how_much_larger", "difference"),
)
def h15a_mech_04():
    r"""A low-carbon steel obeys $\sigma_y = \sigma_0 + k_y d^{-1/2}$ with $\sigma_0 = 70\ \mathrm{MPa}$ and $k_y = 0.74\ \mathrm{MPa\,m^{1/2}}$. Its grain diameter is now $64\ \mu\mathrm{m}$. If a controlled-rolling schedule halves the grain size, how much larger does the yield strength become (in MPa)?"""
    k = Q_(0.74, "MPa*m**0.5")
    d1 = Q_(64e-6, "m")
    return k * (1 / (d1 / 2) ** 0.5 - 1 / d1**0.5)


@item(
    S,
    "mechanical_properties",
    "MPa",
    "ε_T = ln(1 + ε); Hollomon σ_T = K ε_T^n",
    solution="ε_T = ln(1.20) = 0.1823. σ_T = 980 × 0.1823^0.22 = 980 × 0.6877 = 674 MPa. The yield strength and the elongation at fracture are not needed.",
    forms=("ascii", "two_step", "distractor"),
)
def h15a_mech_05():
    """An alloy steel (yield strength 410 MPa, elongation at fracture 28 %) work-hardens according to sigma_T = K eps_T^n with K = 980 MPa and n = 0.22. What true stress is required to reach an engineering strain of 0.20 (before necking)?"""
    eps_t = math.log(1 + 0.20)
    return Q_(980, "MPa") * eps_t**0.22


@item(
    S,
    "mechanical_properties",
    "kJ/m**3",
    "Modulus of resilience U_r = σ_y²/2E",
    solution="U_r = (60 000 psi)²/(2 × 29 × 10⁶ psi) = 62.07 psi (in.·lbf/in.³) = 62.07 × 6894.76 Pa = 4.28 × 10⁵ J/m³ = 428 kJ/m³.",
    forms=("us_units", "one_step", "unit_conversion", "named_unit"),
)
def h15a_mech_06():
    """A spring steel has a yield strength of 60 ksi and a modulus of elasticity of 29 × 10⁶ psi. Find its modulus of resilience. Express the answer in kJ/m³."""
    sy = Q_(60, "ksi")
    return sy**2 / (2 * Q_(29e6, "psi"))


@item(
    S,
    "mechanical_properties",
    None,
    "Hooke's law holds only below the yield strength",
    refuse="350 MPa exceeds the 275 MPa yield strength, so Hooke's law (ΔL = σL₀/E) does not apply; the plastic elongation requires the stress–strain curve beyond yield, which is not given.",
    solution="The applied stress is above yield; the elongation is elastic plus plastic and the plastic part cannot be found from E alone, so no number can be given.",
    forms=("validity_outside_range", "tex"),
)
def h15a_mech_07():
    r"""A $200\ \mathrm{mm}$ long bar of an aluminium alloy ($E = 70\ \mathrm{GPa}$, $\sigma_y = 275\ \mathrm{MPa}$, $\sigma_{TS} = 390\ \mathrm{MPa}$) is loaded in tension to a uniform stress of $350\ \mathrm{MPa}$. Using Hooke's law, compute the total elongation of the bar under this load, in mm."""
    return None


@item(
    S,
    "mechanical_properties",
    "dimensionless",
    "TS(psi) ≈ 500 × HB (Callister eq. 6.20b)",
    abs_tol=2.0,
    solution="For steels TS(psi) ≈ 500 × HB, so HB ≈ 120 000/500 = 240 (the SI form 827 MPa/3.45 gives 239.8, the same to the nearest whole number).",
    forms=("us_units", "inverse", "nearest_whole_number"),
)
def h15a_mech_08():
    """A purchase specification calls for a plain-carbon steel with a tensile strength of 120 ksi. Estimate the Brinell hardness the receiving inspector should expect, to the nearest whole number."""
    return 120_000 / 500


@item(
    S,
    "mechanical_properties",
    "GPa",
    "Isotropic elasticity G = E/[2(1 + ν)]",
    solution="G = E/[2(1 + ν)] = 200/(2 × 1.29) = 77.5 GPa, choice (d). The density is not needed.",
    forms=("multiple_choice", "one_step", "distractor", "unicode"),
)
def h15a_mech_09():
    """A stainless steel has Young's modulus 200 GPa, Poisson's ratio 0.29 and density 7.9 g/cm³. Treating it as isotropic, its shear modulus is
    (a) 68.9 GPa   (b) 100 GPa   (c) 155 GPa   (d) 77.5 GPa"""
    return Q_(200, "GPa") / (2 * (1 + 0.29))


# ---------------------------------------------------------------- failure


@item(
    S,
    "failure",
    "MPa",
    "K_IC = Yσ√(πa) (Callister eq. 8.5)",
    solution="σ_c = K_IC/(Y√(πa)) = 45/(1.12 × √(π × 2.5 × 10⁻³)) = 45/(1.12 × 0.08862) = 453 MPa. It is below the 600 MPa yield strength, so linear-elastic fracture governs.",
    forms=("tex", "one_step", "distractor"),
)
def h15a_fail_01():
    r"""A steel plate with $K_{IC} = 45\ \mathrm{MPa\sqrt{m}}$ and $\sigma_y = 600\ \mathrm{MPa}$ contains an edge crack $2.5\ \mathrm{mm}$ deep; take $Y = 1.12$. At what applied stress will it fracture? (answer in MPa)"""
    return Q_(45, "MPa*m**0.5") / (1.12 * (math.pi * Q_(2.5, "mm")) ** 0.5)


@item(
    S,
    "failure",
    "mm",
    "a_c = (1/π)(K_IC/Yσ)²; an internal crack has length 2a",
    solution="a_c = (1/π)(26/(1.0 × 300))² = (1/π)(0.08667)² = 2.391 × 10⁻³ m. An internal flaw is 2a long, so the critical flaw length is 4.78 mm; if the flaw size is taken as the half-length a, it is 2.39 mm. Either reading is accepted.",
    forms=("unicode", "two_readings", "inverse"),
)
def h15a_fail_02():
    """A component of a titanium alloy (K_IC = 26 MPa√m) will operate at a tensile stress of 300 MPa. Non-destructive inspection can find only internal, embedded flaws; take Y = 1.0. What is the critical flaw size, in mm?"""
    a = (Q_(26, "MPa*m**0.5") / (1.0 * Q_(300, "MPa"))) ** 2 / math.pi
    return {"internal crack length 2a": 2 * a, "half-length a": a}


@item(
    S,
    "failure",
    "MPa",
    "Griffith σ_c = √(2Eγ_s/πa) (Callister eq. 8.3)",
    solution="σ_c = √(2 × 69 × 10⁹ × 0.30/(π × 2 × 10⁻⁶)) = √(6.59 × 10¹⁵) = 8.12 × 10⁷ Pa = 81.2 MPa.",
    forms=("unicode", "one_step"),
)
def h15a_fail_03():
    """A soda-lime glass plate (E = 69 GPa, specific surface energy γs = 0.30 J/m²) contains an internal crack whose half-length is 2 µm. Estimate the Griffith fracture stress in MPa."""
    return (2 * Q_(69, "GPa") * Q_(0.30, "J/m**2") / (math.pi * Q_(2, "um"))) ** 0.5


@item(
    S,
    "failure",
    "dimensionless",
    "Basquin σ_a = σ_f′(2N_f)^b (Dieter ch. 12)",
    solution="2N_f = (σ_a/σ_f′)^(1/b) = (450/1100)^(−1/0.085) = exp(0.8938/0.085) = exp(10.515) = 3.69 × 10⁴ reversals, so N_f = 1.84 × 10⁴ cycles. The yield strength is not needed.",
    forms=("spaced_thousands", "inverse", "two_step", "distractor"),
)
def h15a_fail_04():
    """The high-cycle fatigue of a quenched-and-tempered steel (yield strength 1 020 MPa) follows σa = σf′ (2Nf)^b, with σf′ = 1 100 MPa and b = −0.085. How many cycles to failure are expected at a fully reversed stress amplitude of 450 MPa?"""
    reversals = (450 / 1100) ** (1 / -0.085)
    return reversals / 2


@item(
    S,
    "failure",
    "dimensionless",
    "σ_max = σ_m + σ_a, σ_min = σ_m − σ_a, R = σ_min/σ_max",
    solution="σ_max = 60 + 120 = 180 MPa, σ_min = 60 − 120 = −60 MPa (compressive), R = −60/180 = −0.333.",
    forms=("words", "sign_convention", "two_step"),
)
def h15a_fail_05():
    """A shaft sees a cyclic bending stress with a mean of 60 MPa (tension) and an amplitude of 120 MPa. Taking compression as negative, what is the stress ratio R = sigma_min/sigma_max?"""
    mean, amp = 60.0, 120.0
    return (mean - amp) / (mean + amp)


@item(
    S,
    "failure",
    "year",
    "Larson–Miller P = T(C + log₁₀ t_r), T in K, t_r in h",
    rel_tol=0.03,
    solution="log₁₀ t_r = P/T − C = 24 000/923.15 − 20 = 5.998, t_r = 9.95 × 10⁵ h = 9.95 × 10⁵/8766 = 113.5 years.",
    forms=("logarithm_given", "inverse", "named_unit", "spaced_thousands"),
)
def h15a_fail_06():
    """For the stress in a superheater tube of a 2.25Cr–1Mo steel, the Larson–Miller parameter at rupture is 24 000 (T in K, t in hours, C = 20). How many years will the tube last at 650 °C?"""
    log_t = 24000 / kelvin(650).magnitude - 20
    return Q_(10**log_t, "hour")


@item(
    S,
    "failure",
    None,
    "Paris law da/dN = C ΔK^m: the integrated life needs m",
    refuse="The Paris exponent m of this alloy is not given and is not a standard value; with C alone (whose units even depend on m) the integrated fatigue life cannot be computed.",
    solution="N_f = ∫ da/[C(YΔσ√(πa))^m] depends on m, which is missing, so the life cannot be found.",
    forms=("missing_datum", "unicode", "story"),
)
def h15a_fail_07():
    """An inspection finds a 1.0 mm edge crack in an aircraft bracket made of an experimental Al–Li alloy (K_IC = 32 MPa√m). In service it sees a stress range of 0 to 120 MPa; take Y = 1.12. For this alloy the Paris constant is C = 5 × 10⁻¹¹ in units of m/cycle and MPa√m. Estimate the number of cycles until fracture."""
    return None


@item(
    S,
    "failure",
    "dimensionless",
    "Integrated Paris law N = [a_c^(1−m/2) − a₀^(1−m/2)]/[(1 − m/2) C (YΔσ√π)^m], a_c from K_IC",
    rel_tol=0.03,
    solution="a_c = (1/π)(40/(1.1 × 150))² = 0.018706 m. With m = 3: N = 2(a₀^−½ − a_c^−½)/[C(YΔσ√π)³] = 2(44.72 − 7.31)/[2 × 10⁻¹² × (1.1 × 150 × 1.7725)³] = 74.8/(2 × 10⁻¹² × 2.5 × 10⁷) ≈ 1.5 × 10⁶ cycles.",
    forms=("tex", "three_step", "multi_part"),
)
def h15a_fail_08():
    r"""A steel plate ($K_{IC} = 40\ \mathrm{MPa\sqrt{m}}$) with a $0.5\ \mathrm{mm}$ surface crack is cycled between $0$ and $150\ \mathrm{MPa}$; $Y = 1.1$ (constant). Crack growth obeys $da/dN = C(\Delta K)^m$ with $C = 2\times10^{-12}$ (m/cycle, $\Delta K$ in $\mathrm{MPa\sqrt{m}}$) and $m = 3$.
    (a) Find the critical crack depth.
    (b) Estimate the fatigue life in cycles."""
    m, c = 3.0, 2e-12
    y, dsig = 1.1, 150.0
    a_c = (40 / (y * dsig)) ** 2 / math.pi
    a_0 = 0.5e-3
    p = 1 - m / 2
    return (a_c**p - a_0**p) / (p * c * (y * dsig * math.sqrt(math.pi)) ** m)


# ---------------------------------------------------------------- phase diagrams


@item(
    S,
    "phase_diagrams",
    "percent",
    "Lever rule W_α = (C₀ − C_L)/(C_α − C_L)",
    solution="W_α = (40 − 33)/(46 − 33) = 7/13 = 0.538 = 53.8 %.",
    forms=("table", "one_step", "as_percentage"),
)
def h15a_phase_01():
    """A Cu–Ni alloy of 40 wt% Ni is held at 1270 °C, inside the α + L field. The tie line gives:

    | phase | wt% Ni |
    |-------|--------|
    | L     | 33     |
    | α     | 46     |

    What percentage of the alloy (by mass) is solid α?"""
    return Q_((40 - 33) / (46 - 33) * 100, "percent")


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Lever rule across the Pb–Sn eutectic: C_α = 18.3, C_E = 61.9 wt% Sn (Callister Fig. 9.8)",
    rel_tol=0.05,
    solution="Just below 183 °C the 30 wt% Sn alloy is primary α plus eutectic. With C_α = 18.3 and C_E = 61.9 wt% Sn (standard diagram), W_eutectic = (30 − 18.3)/(61.9 − 18.3) = 11.7/43.6 = 0.268.",
    forms=("known_datum_not_given", "one_step", "what_fraction"),
)
def h15a_phase_02():
    """A 70 wt% Pb–30 wt% Sn solder is cooled slowly to just below the eutectic temperature. What fraction of the alloy is eutectic microconstituent? Use the usual Pb–Sn phase diagram."""
    return (30 - 18.3) / (61.9 - 18.3)


@item(
    S,
    "phase_diagrams",
    "percent",
    "Hypoeutectoid steel: W_p = (C₀ − 0.022)/(0.76 − 0.022), solved for C₀",
    solution="Pearlite fraction W_p = (C₀ − 0.022)/(0.76 − 0.022); with W_p = 0.62, C₀ = 0.022 + 0.62 × 0.738 = 0.480 wt% C (standard Fe–Fe₃C data: α 0.022, eutectoid 0.76 wt% C).",
    forms=("inverse", "known_datum_not_given", "story"),
)
def h15a_phase_03():
    """Point counting on an etched, slowly cooled plain-carbon steel shows that 62 % of the structure (by mass) is pearlite and the rest proeutectoid ferrite. Estimate the carbon content of the steel, in wt% C."""
    return Q_(0.022 + 0.62 * (0.76 - 0.022), "percent")


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Lever rule for proeutectoid Fe₃C: (C₀ − 0.76)/(6.70 − 0.76)",
    solution="W_Fe₃C′ = (1.10 − 0.76)/(6.70 − 0.76) = 0.34/5.94 = 0.0572. Parts (a) and (c) are not asked.",
    forms=("multi_part", "data_line", "one_step", "distractor"),
)
def h15a_phase_04():
    """Data: α 0.022 wt% C; eutectoid 0.76 wt% C at 727 °C; Fe3C 6.70 wt% C; austenitizing temperature 900 °C.
    A 1.10 wt% C steel is cooled slowly from 900 °C to just below 727 °C.
    (a) What is the total mass fraction of cementite?
    (b) What mass fraction is proeutectoid cementite?
    (c) Sketch the microstructure.
    Answer (b)."""
    return (1.10 - 0.76) / (6.70 - 0.76)


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Total α minus primary α = α in the eutectic (two lever rules)",
    solution="Total α: (91.2 − 50)/(91.2 − 8.0) = 41.2/83.2 = 0.4952. Primary α: (71.9 − 50)/(71.9 − 8.0) = 21.9/63.9 = 0.3427. Eutectic α = 0.4952 − 0.3427 = 0.152 of the alloy.",
    forms=("data_line", "three_step", "what_fraction", "ascii"),
)
def h15a_phase_05():
    """Cu-Ag system at 779 C: alpha (Cu-rich) holds 8.0 wt% Ag, beta (Ag-rich) 91.2 wt% Ag, and the eutectic liquid 71.9 wt% Ag. A 50 wt% Ag alloy is cooled just below 779 C. What fraction of the whole alloy is alpha that formed as part of the eutectic?"""
    total_alpha = (91.2 - 50) / (91.2 - 8.0)
    primary_alpha = (71.9 - 50) / (71.9 - 8.0)
    return total_alpha - primary_alpha


@item(
    S,
    "phase_diagrams",
    "percent",
    "wt% → at%: C′ = (C/A)/Σ(C_i/A_i); A_Zn = 65.38, A_Cu = 63.55 g/mol",
    solution="Zn: 30/65.38 = 0.4589 mol; Cu: 70/63.55 = 1.1015 mol per 100 g. at% Zn = 0.4589/1.5604 = 29.4 at%.",
    forms=("known_datum_not_given", "one_step", "as_percentage", "unicode"),
)
def h15a_phase_06():
    """Cartridge brass contains 30 wt% Zn and the rest copper. Convert its zinc content to atom per cent."""
    zn, cu = 30 / 65.38, 70 / 63.55
    return Q_(zn / (zn + cu) * 100, "percent")


@item(
    S,
    "phase_diagrams",
    None,
    "Lever rule needs C₀ between the tie-line ends",
    refuse="The stated alloy (20 wt% Ni) lies outside the tie line 32–43 wt% Ni given for the α + L field at that temperature, so the givens contradict each other; the lever rule gives a negative fraction.",
    solution="For a two-phase alloy C_L ≤ C₀ ≤ C_α must hold; 20 wt% Ni is not between 32 and 43 wt% Ni, so the alloy is not in that two-phase field and the data are inconsistent.",
    forms=("contradictory_givens", "tex"),
)
def h15a_phase_07():
    r"""A Cu–$20\,\mathrm{wt\%}$ Ni alloy is held at $1280\ ^{\circ}\mathrm{C}$, where it is said to consist of liquid and $\alpha$. The tie line at this temperature meets the liquidus at $32\ \mathrm{wt\%\ Ni}$ and the solidus at $43\ \mathrm{wt\%\ Ni}$. Compute the mass fraction of liquid."""
    return None


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Lever rule, then V_α = (W_α/ρ_α)/(W_α/ρ_α + W_β/ρ_β)",
    solution="W_α = (85 − 40)/(85 − 15) = 0.6429, W_β = 0.3571. V_α = (0.6429/8.6)/(0.6429/8.6 + 0.3571/7.4) = 0.07475/(0.07475 + 0.04826) = 0.608.",
    forms=("data_line", "two_step", "what_fraction", "ascii"),
)
def h15a_phase_08():
    """Data: alloy 40 wt% B; at 300 C the alpha phase has 15 wt% B and density 8.6 g/cm3, the beta phase 85 wt% B and density 7.4 g/cm3. Find the volume fraction of alpha."""
    w_a = (85 - 40) / (85 - 15)
    w_b = 1 - w_a
    return (w_a / 8.6) / (w_a / 8.6 + w_b / 7.4)


# ---------------------------------------------------------------- transformations & kinetics


@item(
    S,
    "transformations_kinetics",
    "s",
    "Avrami y = 1 − exp(−kt^n): t_y = t_0.5 [ln(1/(1−y))/ln 2]^(1/n)",
    solution="k t^n = −ln(1 − y), so t_0.9/t_0.5 = (ln 10/ln 2)^(1/2.5) = 3.3219^0.4 = 1.616. t_0.9 = 120 × 1.616 = 194 s.",
    forms=("ascii", "two_step", "ratio"),
)
def h15a_trans_01():
    """An isothermal transformation obeys the Avrami equation y = 1 - exp(-k t^n) with n = 2.5. Half of the material has transformed after 120 s. How long (in s) until 90 % has transformed?"""
    return Q_(120, "s") * (math.log(10) / math.log(2)) ** (1 / 2.5)


@item(
    S,
    "transformations_kinetics",
    "dimensionless",
    "Avrami: ln[−ln(1 − y)] = ln k + n ln t, n from two points",
    solution="ln[−ln(0.80)] = ln 0.22314 = −1.5000; ln[−ln(0.20)] = ln 1.6094 = 0.4759. n = (0.4759 + 1.5000)/ln(150/50) = 1.9759/1.0986 = 1.80.",
    forms=("unicode", "inverse", "two_step"),
)
def h15a_trans_02():
    """During isothermal recrystallization of a cold-worked brass, 20 % of the volume has recrystallized after 50 s and 80 % after 150 s. Assuming Avrami kinetics, y = 1 − exp(−k tⁿ), find the exponent n."""

    def lnln(y: float) -> float:
        return math.log(-math.log(1 - y))

    return (lnln(0.80) - lnln(0.20)) / math.log(150 / 50)


@item(
    S,
    "transformations_kinetics",
    "nm",
    "Homogeneous nucleation r* = −2γT_m/(ΔH_f ΔT) (Callister eq. 10.6)",
    solution="r* = 2γT_m/(|ΔH_f| ΔT) = 2 × 0.177 × 1358/(1.84 × 10⁹ × 236) = 480.7/4.342 × 10¹¹ = 1.11 × 10⁻⁹ m = 1.11 nm.",
    forms=("tex", "one_step", "named_unit"),
)
def h15a_trans_03():
    r"""For the homogeneous nucleation of solid copper from its melt, $\gamma_{SL} = 0.177\ \mathrm{J\,m^{-2}}$, $\Delta H_f = -1.84\times10^{9}\ \mathrm{J\,m^{-3}}$ and $T_m = 1358\ \mathrm{K}$. The maximum undercooling observed is $236\ \mathrm{K}$. Calculate the critical nucleus radius at that undercooling, in nm."""
    return 2 * Q_(0.177, "J/m**2") * Q_(1358, "K") / (Q_(1.84e9, "J/m**3") * Q_(236, "K"))


@item(
    S,
    "transformations_kinetics",
    "dimensionless",
    "r* = 2γT_m/(ΔH_v ΔT); atoms = (4/3)πr*³/(a³/4) for FCC",
    rel_tol=0.03,
    solution="r* = 2 × 0.126 × 1235/(1.10 × 10⁹ × 150) = 1.886 × 10⁻⁹ m. Nucleus volume (4/3)π r*³ = 2.811 × 10⁻²⁶ m³. Volume per atom in FCC = a³/4 = (0.4086 × 10⁻⁹)³/4 = 1.7055 × 10⁻²⁹ m³. Atoms ≈ 1650.",
    forms=("unicode", "three_step", "distractor"),
)
def h15a_trans_04():
    """Silver (FCC, a = 0.4086 nm, atomic weight 107.87 g/mol) solidifies with γ = 0.126 J/m², latent heat of fusion 1.10 × 10⁹ J/m³ and Tm = 962 °C. Roughly how many atoms make up a critical nucleus when the melt is undercooled by 150 K?"""
    r_star = 2 * Q_(0.126, "J/m**2") * kelvin(962) / (Q_(1.10e9, "J/m**3") * Q_(150, "K"))
    a = Q_(0.4086, "nm")
    return (4 / 3) * math.pi * r_star**3 / (a**3 / 4)


@item(
    S,
    "transformations_kinetics",
    "hour",
    "Thermally activated rate: 1/t ∝ exp(−Q/RT); Q from two points, then extrapolate",
    solution="Q = R ln(95/12)/(1/573.15 − 1/623.15) = 8.314 × 2.0690/1.4000 × 10⁻⁴ = 122.9 kJ/mol. t(548.15 K) = 95 min × exp[(Q/R)(1/548.15 − 1/573.15)] = 95 × exp(1.176) = 95 × 3.242 = 308 min = 5.13 h.",
    forms=("story", "three_step", "inverse", "named_unit"),
)
def h15a_trans_05():
    """A cold-rolled aluminium sheet reaches 95 % recrystallization in 95 min at 300 °C and in 12 min at 350 °C. Assuming the process is thermally activated with a single activation energy, how many hours would the same degree of recrystallization take at 275 °C?"""
    t1, t2 = Q_(95, "min"), Q_(12, "min")
    inv1, inv2 = 1 / kelvin(300), 1 / kelvin(350)
    q_over_r = math.log(num(t1 / t2)) / (inv1 - inv2)
    return t1 * math.exp(num(q_over_r * (1 / kelvin(275) - inv1)))


@item(
    S,
    "transformations_kinetics",
    "J/mol",
    "Driving force for solidification ΔG ≈ −L ΔT/T_m (Porter & Easterling eq. 1.17)",
    solution="L = 2.56 kcal/mol = 10.71 kJ/mol. ΔG ≈ −L ΔT/T_m = −10 711 × 15/933 = −172 J/mol (negative: free energy is released on freezing).",
    forms=("kcal_per_mol", "sign_convention", "unit_conversion", "named_unit"),
)
def h15a_trans_06():
    """Aluminium melts at 933 K with a latent heat of fusion of 2.56 kcal/mol. Estimate the free-energy change per mole when liquid Al solidifies at 15 K below its melting point (a decrease in free energy is negative). Answer in J/mol."""
    latent = Q_(2.56, "kcal/mol")
    return -latent * Q_(15, "K") / Q_(933, "K")


@item(
    S,
    "transformations_kinetics",
    None,
    "ΔG*_het = ΔG*_hom S(θ) needs the contact angle θ",
    refuse="The heterogeneous barrier is the homogeneous one times S(θ) = (2 + cos θ)(1 − cos θ)²/4, and the wetting (contact) angle of the nucleus on the mould wall is not given.",
    solution="Without the contact angle (or the interfacial energies that fix it) S(θ) is unknown, so ΔG*_het cannot be computed from ΔG*_hom alone.",
    forms=("missing_datum", "unicode", "distractor"),
)
def h15a_trans_07():
    """For homogeneous nucleation of solid nickel at an undercooling of 200 K the activation barrier is ΔG*hom = 1.1 × 10⁻¹⁸ J and the critical radius is 1.0 nm. Solidification in practice starts on the alumina mould wall. What is the barrier ΔG*het for nucleation on the wall, in joules?"""
    return None


@item(
    S,
    "transformations_kinetics",
    "dimensionless",
    "S(θ) = (2 + cos θ)(1 − cos θ)²/4 (Porter & Easterling eq. 4.20)",
    solution="cos 60° = 0.5, S(θ) = (2.5)(0.5)²/4 = 0.15625. The barrier is reduced by a factor 1/0.15625 = 6.4.",
    forms=("words", "by_what_factor", "one_step", "distractor"),
)
def h15a_trans_08():
    """A spherical-cap nucleus of β forms on a grain boundary face of α with a wetting angle of 60°; the undercooling is 40 K. By what factor is the activation energy barrier smaller than for homogeneous nucleation at the same undercooling?"""
    c = math.cos(math.radians(60))
    return 1 / ((2 + c) * (1 - c) ** 2 / 4)
