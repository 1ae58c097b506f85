"""Set heldout16 (set Q), first half: 60 questions over seven topics of a qualifying exam.

Written blind: the writer read only the registry (``exam_items.py``), the shared quantities
(``exam_quantities.py``) and the head of one earlier item file for its layout; not the answer
engine, the checker, the solver or the questions of earlier sets. Each key is computed in the body
with pint quantities or plain math; ``solution`` is the worked solution in words, ``forms`` says
how the text is written. A question with two standard readings returns a dict of them (primary
first); one that must be refused returns None and says why in ``refuse=``.
"""

from __future__ import annotations

import math

from exam_items import item
from exam_quantities import AVOGADRO, K_BOLTZ, Q_, R_GAS, kelvin, num
from scipy.special import erfinv

S = "heldout16"

K_EV = K_BOLTZ.to("eV/K")


def bragg_2theta(d_nm: float, lam_nm: float) -> float:
    """First-order Bragg angle 2θ in degrees for spacing and wavelength in nm."""
    return 2 * math.degrees(math.asin(lam_nm / (2 * d_nm)))


# ---------------------------------------------------------------- crystallography & X-ray diffraction


@item(
    S,
    "crystallography_xrd",
    "degree",
    "Bragg's law with d_hkl = a/sqrt(h^2+k^2+l^2) (Cullity ch. 3)",
    solution="d_211 = 0.3147/√6 = 0.12848 nm. sin θ = 0.15406/(2 × 0.12848) = 0.59955, θ = 36.84°, 2θ = 73.68°.",
    forms=("tex", "two_step", "named_unit"),
)
def h16a_cryst_01():
    r"""Molybdenum is BCC with $a = 0.3147\ \mathrm{nm}$. A diffractometer scan uses Cu K$\alpha_1$ radiation, $\lambda = 0.15406\ \mathrm{nm}$. At what angle $2\theta$ (in degrees) will the (211) reflection appear?"""
    d = 0.3147 / math.sqrt(6)
    return Q_(bragg_2theta(d, 0.15406), "degree")


@item(
    S,
    "crystallography_xrd",
    "nm",
    "Bragg's law, d_111 = a/√3, FCC a = 2√2 R",
    solution="θ = 19.1°, d_111 = 0.1542/(2 sin 19.1°) = 0.23560 nm. a = √3 d = 0.40807 nm. R = a/(2√2) = 0.14427 nm.",
    forms=("decimal_comma", "inverse", "multi_step", "unicode"),
)
def h16a_cryst_02():
    """Prüfungsaufgabe: Ein kfz-Metall (FCC) zeigt seinen ersten Beugungsreflex, (111), bei 2θ = 38,2° mit Cu-Kα-Strahlung, λ = 0,1542 nm. Berechnen Sie daraus den Atomradius in nm. (An FCC metal: first peak (111) at 2θ = 38,2°, λ = 0,1542 nm; find the atomic radius in nm.)"""
    d = 0.1542 / (2 * math.sin(math.radians(38.2 / 2)))
    a = d * math.sqrt(3)
    return Q_(a / (2 * math.sqrt(2)), "nm")


@item(
    S,
    "crystallography_xrd",
    "1/nm**2",
    "Planar density of BCC (110): 2 atoms in an a × a√2 rectangle",
    solution="The (110) plane of the BCC cell is a rectangle a by a√2 containing 4 × 1/4 + 1 = 2 atoms. PD = 2/(√2 a²) = 2/(1.4142 × 0.2866²) = 17.22 atoms/nm².",
    forms=("ascii", "one_step", "per_unit", "distractor"),
)
def h16a_cryst_03():
    """alpha-iron (BCC, a = 0.2866 nm, density 7.87 g/cm3, atomic weight 55.85 g/mol). Compute the planar density of the (110) plane, in atoms per nm^2."""
    a = Q_(0.2866, "nm")
    return 2 / (math.sqrt(2) * a**2)


@item(
    S,
    "crystallography_xrd",
    "angstrom**3",
    "Conventional FCC cell volume a^3 vs primitive cell a^3/4",
    solution="The conventional cubic cell of copper has V = a³ = 3.615³ = 47.24 Å³ (4 atoms). If the primitive (rhombohedral, one-atom) cell is meant, V = a³/4 = 11.81 Å³. The conventional cell is the usual reading.",
    forms=("unicode", "one_step", "two_readings"),
)
def h16a_cryst_04():
    """Copper is face-centred cubic with a lattice parameter of 3.615 Å. What is the volume of its unit cell, in Å³?"""
    v = Q_(3.615, "angstrom") ** 3
    return {"conventional cubic cell": v, "primitive cell": v / 4}


@item(
    S,
    "crystallography_xrd",
    "g/cm**3",
    "ρ = nA/(V_C N_A) needs n, the number of atoms per cell",
    refuse="The cell is only said to be cubic: the number of atoms per cell (1 for SC, 2 for BCC, 4 for FCC) is not given and no structure is named, so the density cannot be determined.",
    solution="ρ = nA/(a³N_A) needs n; a cubic cell may be simple, body- or face-centred, giving three different densities. The question cannot be answered as posed.",
    forms=("ascii", "must_refuse", "missing_datum"),
)
def h16a_cryst_05():
    """A newly synthesized metallic alloy is found by XRD to have a cubic unit cell with a = 0.352 nm; its mean atomic weight is 91.2 g/mol. Calculate its theoretical density in g/cm^3."""
    return None


@item(
    S,
    "crystallography_xrd",
    "degree",
    "BCC reflection rule h+k+l even: 110, 200, 211, ...; Bragg's law",
    solution="In BCC only h+k+l even reflects: (110), (200), (211). d_211 = 0.3165/√6 = 0.12921 nm, sin θ = 0.1542/(2 × 0.12921) = 0.59671, θ = 36.63°, 2θ = 73.27°: choice (b).",
    forms=("multiple_choice", "multi_step", "unicode"),
)
def h16a_cryst_06():
    """Tungsten (BCC, a = 0.3165 nm) is examined with Cu Kα radiation (λ = 0.1542 nm). The third line of the diffraction pattern lies at 2θ ≈
    (a) 58.3°   (b) 73.3°   (c) 87.0°   (d) 100.7°"""
    d = 0.3165 / math.sqrt(6)
    return Q_(bragg_2theta(d, 0.1542), "degree")


@item(
    S,
    "crystallography_xrd",
    "1/um",
    "Linear density along FCC <110>: one atom per 2R",
    solution="Along [110] in FCC the atoms touch, so the repeat is 2R = 0.286 nm; LD = 1/(0.286 nm) = 3.497 nm⁻¹ = 3497 atoms per µm.",
    forms=("unicode", "per_unit", "convert_at_end", "approximation"),
)
def h16a_cryst_07():
    """For aluminium (FCC, atomic radius ≈ 0.143 nm), how many atom centres lie on each micrometre of a [110] line?"""
    return 1 / (2 * Q_(0.143, "nm"))


@item(
    S,
    "crystallography_xrd",
    "1/cm**3",
    "Diamond cubic: 8 atoms per cubic cell",
    solution="The diamond cubic cell holds 8 atoms. n = 8/a³ = 8/(5.431 × 10⁻⁸ cm)³ = 4.994 × 10²² atoms/cm³.",
    forms=("forum", "ascii", "per_unit", "one_step"),
)
def h16a_cryst_08():
    """how do I get the number of atoms per cm^3 in silicon?? I have a = 5.431 A (angstrom) and I know it's diamond cubic. my answer keeps coming out weird"""
    return 8 / Q_(5.431e-8, "cm") ** 3


@item(
    S,
    "crystallography_xrd",
    "g/cm**3",
    "HCP: 6 atoms per hexagonal prism of volume (3√3/2) a² c",
    solution="The hexagonal prism holds 6 atoms and has V = (3√3/2)a²c = 2.598 × 0.3209² × 0.5210 = 0.13940 nm³. ρ = 6 × 24.31/(1.3940 × 10⁻²² cm³ × 6.022 × 10²³) = 1.737 g/cm³. The c/a ratio and modulus are not needed.",
    forms=("tex", "distractor", "multi_step", "named_unit"),
)
def h16a_cryst_09():
    r"""Magnesium is hexagonal close-packed with $a = 0.3209\ \mathrm{nm}$ and $c = 0.5210\ \mathrm{nm}$ ($c/a = 1.624$), $A = 24.31\ \mathrm{g\,mol^{-1}}$ and $E = 45\ \mathrm{GPa}$. Using the hexagonal prism containing 6 atoms, compute the theoretical density (g/cm$^3$)."""
    a, c = Q_(0.3209, "nm"), Q_(0.5210, "nm")
    v = 3 * math.sqrt(3) / 2 * a**2 * c
    return 6 * Q_(24.31, "g/mol") / (v * AVOGADRO)


# ---------------------------------------------------------------- defects


@item(
    S,
    "defects",
    "dimensionless",
    "N_v/N = exp(-Q_v/kT)",
    solution="T = 800 + 273.15 = 1073.15 K; kT = 8.617 × 10⁻⁵ × 1073.15 = 0.09248 eV. N_v/N = exp(−0.92/0.09248) = 4.8 × 10⁻⁵.",
    forms=("tex", "one_step"),
)
def h16a_def_01():
    r"""The vacancy formation energy of a certain FCC metal is $0.92\ \mathrm{eV/atom}$. Estimate the equilibrium fraction of vacant lattice sites at $800\ ^{\circ}\mathrm{C}$."""
    return math.exp(-num(Q_(0.92, "eV") / (K_EV * kelvin(800))))


@item(
    S,
    "defects",
    "1/m**3",
    "N = ρN_A/A; N_v = N exp(-Q_v/kT)",
    solution="N = 9.5 × 6.022 × 10²³/107.87 = 5.303 × 10²² atoms/cm³ = 5.303 × 10²⁸ m⁻³. T = 1173.15 K, kT = 0.10109 eV, exp(−1.10/0.10109) = 1.88 × 10⁻⁵. N_v ≈ 9.97 × 10²³ m⁻³.",
    forms=("unicode", "two_step", "per_unit", "convert_at_end"),
)
def h16a_def_02():
    """Silver at 900 °C: density 9.5 g/cm³ (at temperature), atomic weight 107.87 g/mol, vacancy formation energy 1.10 eV/atom. How many vacancies are there per cubic metre?"""
    n = Q_(9.5, "g/cm**3") * AVOGADRO / Q_(107.87, "g/mol")
    return n * math.exp(-num(Q_(1.10, "eV") / (K_EV * kelvin(900))))


@item(
    S,
    "defects",
    "kJ/mol",
    "Ratio of Arrhenius vacancy fractions: ln(c2/c1) = (Q/R)(1/T1 − 1/T2)",
    solution="T1 = 900.15 K, T2 = 1000.15 K. 1/T1 − 1/T2 = 1.1109 × 10⁻⁴ K⁻¹. Q = R ln 6/(1.1109 × 10⁻⁴) = 8.314 × 1.7918/1.1109 × 10⁻⁴ = 134.1 kJ/mol.",
    forms=("inverse", "story", "ratio", "named_unit"),
)
def h16a_def_03():
    """In a quench-and-resistivity experiment a student finds that the vacancy concentration retained after quenching from 727 °C is six times that retained after quenching from 627 °C. Assuming all vacancies are retained, what is the vacancy formation energy in kJ/mol?"""
    t1, t2 = kelvin(627), kelvin(727)
    return R_GAS * math.log(6) / (1 / t1 - 1 / t2)


@item(
    S,
    "defects",
    "eV/nm",
    "Line energy of a dislocation ≈ Gb²/2 (Hull & Bacon ch. 4)",
    solution="E ≈ Gb²/2 = 26 × 10⁹ × (0.286 × 10⁻⁹)²/2 = 1.063 × 10⁻⁹ J/m = 1.063 × 10⁻¹⁸ J/nm = 6.64 eV/nm.",
    forms=("ascii", "one_step", "per_unit", "convert_at_end", "approximation"),
)
def h16a_def_04():
    """Using the rough estimate E ~ G b^2 / 2 for the elastic energy per unit length of a dislocation, evaluate this energy for aluminium (G = 26 GPa, b = 0.286 nm). Give the result in eV per nm of dislocation line."""
    return Q_(26, "GPa") * Q_(0.286, "nm") ** 2 / 2


@item(
    S,
    "defects",
    "dimensionless",
    "ASTM: N = 2^(n−1) grains/in² at 100×; N at M scales as (M/100)²",
    decimals=1,
    solution="At 100× the count would be 28 × (200/100)² = 112 grains/in². n = 1 + log₂ 112 = 1 + 6.807 = 7.8.",
    forms=("us_units", "inverse", "two_step", "decimals"),
)
def h16a_def_05():
    """A metallographer counts 28 grains per square inch on a micrograph taken at 200X. What is the ASTM grain-size number? (one decimal place)"""
    n100 = 28 * (200 / 100) ** 2
    return 1 + math.log2(n100)


@item(
    S,
    "defects",
    "eV",
    "Arrhenius vacancy fraction must rise with T",
    refuse="The data contradict the thermally activated model: the vacancy fraction falls from 3e-5 at 900 K to 1e-5 at 1000 K, which would give a negative formation energy. The givens are inconsistent.",
    solution="Q = k ln(c2/c1)/(1/T1 − 1/T2) would be negative because c falls as T rises; an equilibrium vacancy fraction always increases with temperature, so the data are inconsistent and no formation energy can be given.",
    forms=("e_notation", "must_refuse", "contradictory_givens"),
)
def h16a_def_06():
    """Equilibrium vacancy fractions measured for a pure metal: 3.0E-5 at 900 K and 1.0E-5 at 1000 K. Determine the vacancy formation energy in eV/atom."""
    return None


@item(
    S,
    "defects",
    "um",
    "Mean dislocation spacing ≈ ρ^(−1/2), ρ = line length per volume",
    solution="ρ = 5000 km/cm³ = 5 × 10⁸ cm/cm³ = 5 × 10¹² m⁻². Spacing ≈ 1/√ρ = 1/√(5 × 10¹²) = 4.47 × 10⁻⁷ m = 0.447 µm.",
    forms=("unicode", "two_step", "convert_at_end", "story"),
)
def h16a_def_07():
    """A heavily cold-worked copper sample contains about 5000 km of dislocation line in every cubic centimetre. Taking the average spacing between dislocations as 1/√ρ, where ρ is the dislocation density, estimate that spacing in µm."""
    rho = Q_(5000, "km") / Q_(1, "cm**3")
    return 1 / rho**0.5


@item(
    S,
    "defects",
    "percent",
    "wt% → at%: C_at = (C_w/A)/Σ(C_w/A); A_Cu = 63.55, A_Zn = 65.38 g/mol",
    solution="Per 100 g: Zn 30/65.38 = 0.4589 mol, Cu 70/63.55 = 1.1015 mol. at% Zn = 0.4589/1.5604 = 29.41 %.",
    forms=("ascii", "known_datum_not_given", "one_step", "percent"),
)
def h16a_def_08():
    """A cartridge brass is 70 wt% Cu - 30 wt% Zn. What is the zinc content in atom percent?"""
    zn, cu = 30 / 65.38, 70 / 63.55
    return Q_(100 * zn / (zn + cu), "percent")


@item(
    S,
    "defects",
    "percent",
    "Charge neutrality in Fe_(1−x)O: 2(n − y) + 3y = 2 per O",
    solution="Per oxygen: 0.95 Fe with y Fe³⁺. Neutrality: 2(0.95 − y) + 3y = 2 → y = 0.10. Fraction of Fe as Fe³⁺ = 0.10/0.95 = 10.5 %.",
    forms=("unicode", "two_step", "percent", "ceramics_style"),
)
def h16a_def_09():
    """Wüstite is non-stoichiometric; a sample has the composition Fe₀.₉₅O. Some iron is present as Fe³⁺ to keep the crystal neutral. What percentage of the iron ions are Fe³⁺?"""
    y = 2 - 2 * 0.95
    return Q_(100 * y / 0.95, "percent")


# ---------------------------------------------------------------- diffusion


@item(
    S,
    "diffusion",
    "m**2/s",
    "D = D0 exp(−Q/RT) (Shewmon ch. 2)",
    solution="T = 1223.15 K. Q/RT = 148 000/(8.314 × 1223.15) = 14.554. D = 2.3 × 10⁻⁵ × exp(−14.554) = 1.10 × 10⁻¹¹ m²/s.",
    forms=("tex", "one_step", "named_unit"),
)
def h16a_diff_01():
    r"""For carbon in austenite take $D_0 = 2.3\times10^{-5}\ \mathrm{m^2/s}$ and $Q = 148\ \mathrm{kJ\,mol^{-1}}$. Evaluate the diffusion coefficient at $950\ ^{\circ}\mathrm{C}$ (in m$^2$/s)."""
    return Q_(2.3e-5, "m**2/s") * math.exp(-num(Q_(148, "kJ/mol") / (R_GAS * kelvin(950))))


@item(
    S,
    "diffusion",
    "hour",
    "(C_x − C_0)/(C_s − C_0) = 1 − erf(x/2√(Dt))",
    solution="(0.60 − 0.20)/(1.00 − 0.20) = 0.5 → erf z = 0.5, z = 0.4769. t = x²/(4z²D) = (7.5 × 10⁻⁴)²/(4 × 0.2274 × 1.6 × 10⁻¹¹) = 3.86 × 10⁴ s = 10.7 h.",
    forms=("ascii", "multi_step", "convert_at_end", "story"),
)
def h16a_diff_02():
    """A gear made of a 0.20 wt% C steel is gas-carburized with the surface held at 1.00 wt% C. The spec calls for 0.60 wt% C at a depth of 0.75 mm. With D = 1.6e-11 m^2/s at the carburizing temperature, how many hours must the gear stay in the furnace?"""
    z = float(erfinv(1 - (0.60 - 0.20) / (1.00 - 0.20)))
    x, d = Q_(0.75, "mm"), Q_(1.6e-11, "m**2/s")
    return x**2 / (4 * z**2 * d)


@item(
    S,
    "diffusion",
    "kg/(m**2*hour)",
    "Fick's first law J = −D dC/dx (steady state)",
    solution="J = D ΔC/Δx = 3 × 10⁻¹¹ × (1.2 − 0.3)/0.006 = 4.5 × 10⁻⁹ kg m⁻² s⁻¹ = 1.62 × 10⁻⁵ kg m⁻² h⁻¹.",
    forms=("unicode", "one_step", "per_unit", "convert_at_end", "distractor"),
)
def h16a_diff_03():
    """Hydrogen diffuses at steady state through a 6 mm thick steel wall at 400 °C. The hydrogen concentrations at the two faces are 1.2 kg/m³ and 0.3 kg/m³ and D = 3 × 10⁻¹¹ m²/s. What mass of hydrogen passes through each square metre per hour?"""
    return Q_(3e-11, "m**2/s") * Q_(1.2 - 0.3, "kg/m**3") / Q_(6, "mm")


@item(
    S,
    "diffusion",
    "kcal/mol",
    "Q = R ln(D2/D1)/(1/T1 − 1/T2)",
    solution="T1 = 873.15 K, T2 = 1173.15 K, 1/T1 − 1/T2 = 2.929 × 10⁻⁴ K⁻¹. ln(3.9 × 10⁻¹¹/5.5 × 10⁻¹⁴) = 6.564. Q = 8.314 × 6.564/2.929 × 10⁻⁴ = 186.3 kJ/mol = 44.5 kcal/mol.",
    forms=("table", "inverse", "named_unit", "convert_at_end"),
)
def h16a_diff_04():
    """Diffusion data for a substitutional solute:

    | T (°C) | D (cm²/s) |
    |---|---|
    | 600 | 5.5 × 10⁻¹⁴ |
    | 900 | 3.9 × 10⁻¹¹ |

    Find the activation energy in kcal/mol."""
    t1, t2 = kelvin(600), kelvin(900)
    return R_GAS * math.log(3.9e-11 / 5.5e-14) / (1 / t1 - 1 / t2)


@item(
    S,
    "diffusion",
    "hour",
    "Characteristic diffusion distance x ≈ √(Dt)",
    solution="t = x²/D = (10⁻⁶ m)²/10⁻¹⁶ m²/s = 10⁴ s = 2.78 h.",
    forms=("forum", "ascii", "approximation", "convert_at_end", "inverse"),
)
def h16a_diff_05():
    """quick question - if D is about 1e-16 m^2/s for my dopant and I want it to move roughly 1 um (using x ~ sqrt(D t)), how long do I anneal? answer in hours pls"""
    return Q_(1, "um") ** 2 / Q_(1e-16, "m**2/s")


@item(
    S,
    "diffusion",
    "hour",
    "Same profile: Dt constant, t2 = t1 D1/D2",
    solution="T1 = 1173.15 K, T2 = 1273.15 K. D2/D1 = exp[(Q/R)(1/T1 − 1/T2)] = exp[(142 000/8.314)(6.695 × 10⁻⁵)] = exp(1.1435) = 3.138. t2 = 10/3.138 = 3.19 h.",
    forms=("tex", "two_step", "ratio"),
)
def h16a_diff_06():
    r"""A carburizing treatment gives the required case in $10\ \mathrm{h}$ at $900\ ^{\circ}\mathrm{C}$. With $Q = 142\ \mathrm{kJ/mol}$, how long would the same case take at $1000\ ^{\circ}\mathrm{C}$? (hours)"""
    t1, t2 = kelvin(900), kelvin(1000)
    ratio = math.exp(num(Q_(142, "kJ/mol") / R_GAS * (1 / t1 - 1 / t2)))
    return Q_(10, "hour") / ratio


@item(
    S,
    "diffusion",
    "percent",
    "erf solution requires a semi-infinite solid: √(Dt) ≪ thickness",
    refuse="The error-function solution assumes a semi-infinite solid, but √(Dt) = √(10⁻¹¹ × 3.6 × 10⁵) ≈ 1.9 mm is far larger than the 0.25 mm half-thickness of the foil; the solution asked for does not apply.",
    solution="√(Dt) = √(1 × 10⁻¹¹ × 360 000) = 1.9 × 10⁻³ m, about eight times the half-thickness of 0.25 mm. The two diffusion fronts overlap and the foil is nearly saturated; the semi-infinite erf result is invalid here, so the question cannot be answered as asked.",
    forms=("ascii", "must_refuse", "validity"),
)
def h16a_diff_07():
    """A 0.50 mm thick pure-iron foil (0 wt% C) is carburized from both faces for 100 h with a surface concentration of 1.2 wt% C and D = 1.0e-11 m^2/s. Using the semi-infinite error-function solution, calculate the carbon content at the mid-plane of the foil."""
    return None


@item(
    S,
    "diffusion",
    "1/cm**2",
    "Predeposition dose Q = 2 C_s √(Dt/π) (Streetman / Sze)",
    solution="Dt = 2.0 × 10⁻¹⁴ × 1800 = 3.6 × 10⁻¹¹ cm². √(Dt/π) = 3.385 × 10⁻⁶ cm. Q = 2 × 3 × 10²⁰ × 3.385 × 10⁻⁶ = 2.03 × 10¹⁵ cm⁻².",
    forms=("ascii", "semiconductor", "one_step", "per_unit"),
)
def h16a_diff_08():
    """A boron predeposition into n-type Si is done for 30 min at a temperature where D = 2.0*10^-14 cm^2/s. The surface concentration is held at the solid solubility, 3*10^20 cm^-3. What total dose of boron (atoms per cm^2) is introduced?"""
    dt = Q_(2.0e-14, "cm**2/s") * Q_(30, "min")
    return 2 * Q_(3e20, "1/cm**3") * (dt / math.pi) ** 0.5


@item(
    S,
    "diffusion",
    "dimensionless",
    "D2/D1 = exp[(Q/k)(1/T1 − 1/T2)]",
    solution="(Q/k)(1/1000 − 1/1100) = (2.5/8.617 × 10⁻⁵) × 9.091 × 10⁻⁵ = 2.637. D ratio = e^2.637 ≈ 14: choice (c).",
    forms=("multiple_choice", "ratio", "unicode"),
)
def h16a_diff_09():
    """Self-diffusion in a metal has an activation energy of 2.5 eV. Raising the temperature from 1000 K to 1100 K increases D by a factor of about
    (a) 1.1   (b) 3.7   (c) 14   (d) 140"""
    return math.exp(num(Q_(2.5, "eV") / K_EV * (1 / Q_(1000, "K") - 1 / Q_(1100, "K"))))


# ---------------------------------------------------------------- mechanical properties


@item(
    S,
    "mechanical_properties",
    "mm",
    "Hooke's law: Δl = FL/(AE), elastic since σ < σ_y",
    solution="A = π(4 mm)² = 50.27 mm². σ = 12 000/50.27 = 238.7 MPa < 880 MPa, elastic. Δl = σL/E = 238.7 × 250/107 000 = 0.558 mm.",
    forms=("unicode", "two_step", "distractor"),
)
def h16a_mech_01():
    """A Ti-6Al-4V tie rod, 8 mm in diameter and 250 mm long, carries a tensile load of 12 kN. E = 107 GPa, σ_y = 880 MPa, ρ = 4.43 g/cm³. How much does it stretch (mm)?"""
    area = math.pi * Q_(4, "mm") ** 2
    return Q_(12, "kN") / area * Q_(250, "mm") / Q_(107, "GPa")


@item(
    S,
    "mechanical_properties",
    "um",
    "Lateral strain ε_x = −ν σ/E",
    solution="ε_z = 50/69 000 = 7.246 × 10⁻⁴; ε_x = −0.33 × 7.246 × 10⁻⁴ = −2.391 × 10⁻⁴; Δd = −2.391 × 10⁻⁴ × 10 mm = −2.39 × 10⁻³ mm = −2.39 µm (a decrease).",
    forms=("tex", "sign_convention", "two_step", "convert_at_end"),
)
def h16a_mech_02():
    r"""An aluminium bar of diameter $d_0 = 10\ \mathrm{mm}$ is loaded in tension to $\sigma = 50\ \mathrm{MPa}$ ($E = 69\ \mathrm{GPa}$, $\nu = 0.33$). Find the change in diameter $\Delta d$ in $\mu\mathrm{m}$ (negative for a contraction)."""
    return -0.33 * Q_(50, "MPa") / Q_(69, "GPa") * Q_(10, "mm")


@item(
    S,
    "mechanical_properties",
    "dimensionless",
    "Engineering strain (l − l0)/l0; true strain ln(l/l0)",
    solution="Engineering strain = (62 − 50)/50 = 0.24. If true strain is meant: ln(62/50) = 0.215. The engineering value is the usual reading for 'the strain' in a tensile test.",
    forms=("ascii", "one_step", "two_readings"),
)
def h16a_mech_03():
    """During a tensile test the 50 mm gauge length of a copper specimen has extended uniformly to 62 mm. What is the strain?"""
    return {"engineering strain": (62 - 50) / 50, "true strain": math.log(62 / 50)}


@item(
    S,
    "mechanical_properties",
    "dimensionless",
    "Ashby: cost of a tie of given stiffness ∝ C_m ρ/E",
    solution="For a tie of fixed length and stiffness, A = kL/E, mass = ρAL, cost ∝ C_m ρ/E. CFRP: 40 × 1550/110 = 563.6; steel: 0.8 × 7850/210 = 29.90. Ratio = 18.8.",
    forms=("data_line", "ratio", "materials_selection", "multi_step"),
)
def h16a_mech_04():
    """Materials selection (Ashby style). A tie rod of fixed length must have a specified axial stiffness at minimum material cost. Data: CFRP E = 110 GPa, ρ = 1550 kg/m³, C_m = 40 $/kg; steel E = 210 GPa, ρ = 7850 kg/m³, C_m = 0.8 $/kg. By what factor is the CFRP tie more expensive than the steel tie?"""
    cfrp = 40 * 1550 / 110
    steel = 0.8 * 7850 / 210
    return cfrp / steel


@item(
    S,
    "mechanical_properties",
    "MPa",
    "HB = 2P/(πD[D − √(D² − d²)]); TS(MPa) ≈ 3.45 HB (Callister eq. 6.20a)",
    rel_tol=0.03,
    solution="HB = 2 × 3000/(π × 10 × (10 − √(100 − 17.64))) = 6000/(31.416 × 0.9248) = 206.5. TS ≈ 3.45 × 206.5 = 712 MPa.",
    forms=("ascii", "multi_step", "known_datum_not_given"),
)
def h16a_mech_05():
    """A Brinell test (10 mm ball, 3000 kg load) on a plain-carbon steel leaves an impression 4.20 mm across. Estimate the tensile strength of the steel in MPa."""
    d_ball, d = 10.0, 4.20
    hb = 2 * 3000 / (math.pi * d_ball * (d_ball - math.sqrt(d_ball**2 - d**2)))
    return Q_(3.45 * hb, "MPa")


@item(
    S,
    "mechanical_properties",
    "MPa",
    "Hooke's law holds only below the yield strength",
    refuse="Hooke's law cannot be used at 8 % strain: E × ε = 5.6 GPa is far above the stated 250 MPa yield strength, so the specimen is plastic and the stress needs the plastic flow curve, which is not given.",
    solution="σ = Eε would give 70 GPa × 0.08 = 5600 MPa, but the alloy yields at 250 MPa (yield strain ≈ 0.0036). At 8 % strain the stress depends on the strain-hardening curve, which is not given; the question cannot be answered.",
    forms=("tex", "must_refuse", "validity"),
)
def h16a_mech_06():
    r"""An aluminium alloy has $E = 70\ \mathrm{GPa}$ and a yield strength of $250\ \mathrm{MPa}$. Using Hooke's law, calculate the stress in the specimen when the tensile strain reaches $0.08$."""
    return None


@item(
    S,
    "mechanical_properties",
    "ksi",
    "Hollomon σ_T = K ε_T^n",
    solution="σ_T = 620 × 0.15^0.18 = 620 × 0.7107 = 440.7 MPa = 63.9 ksi.",
    forms=("unicode", "one_step", "us_units", "convert_at_end"),
)
def h16a_mech_07():
    """For an annealed stainless steel the plastic flow curve obeys σ_T = K ε_T^n with K = 620 MPa and n = 0.18. What true stress (in ksi) is needed to produce a true strain of 0.15?"""
    return Q_(620, "MPa") * 0.15**0.18


@item(
    S,
    "mechanical_properties",
    "kJ/m**3",
    "Modulus of resilience U_r = σ_y²/(2E)",
    solution="U_r = 45 000²/(2 × 30 × 10⁶) = 33.75 in·lbf/in³ = 33.75 psi = 2.327 × 10⁵ J/m³ = 233 kJ/m³.",
    forms=("us_units", "one_step", "convert_at_end", "per_unit"),
)
def h16a_mech_08():
    """A steel spring has a yield strength of 45,000 psi and E = 30 × 10^6 psi. What is its modulus of resilience, expressed in kJ per cubic metre?"""
    sy, e = Q_(45000, "psi"), Q_(30e6, "psi")
    return sy**2 / (2 * e)


@item(
    S,
    "mechanical_properties",
    "dimensionless",
    "Isotropic elasticity G = E/[2(1 + ν)]",
    decimals=2,
    solution="For an isotropic solid G = E/[2(1 + ν)], so ν = E/(2G) − 1 = 97/74 − 1 = 0.31.",
    forms=("show_that", "inverse", "decimals"),
)
def h16a_mech_09():
    """Show that for an isotropic material the shear modulus is related to Young's modulus by G = E/[2(1 + ν)], and hence find Poisson's ratio of a brass with E = 97 GPa and G = 37 GPa (two decimals)."""
    return 97 / (2 * 37) - 1


# ---------------------------------------------------------------- failure


@item(
    S,
    "failure",
    "mm",
    "K_Ic = Yσ√(πa) solved for a (Callister eq. 8.7)",
    solution="a_c = (1/π)(K_Ic/(Yσ))² = (1/π)(55/(1.12 × 300))² = (1/π)(0.16369 m^½)² = 8.53 × 10⁻³ m = 8.53 mm.",
    forms=("unicode", "min_max", "inverse", "named_unit"),
)
def h16a_fail_01():
    """A steel plate (K_Ic = 55 MPa·√m, σ_y = 1 100 MPa) is designed for a working stress of 300 MPa. Taking Y = 1.12 for an edge crack, what is the maximum allowable edge-crack length, in mm?"""
    return (Q_(55, "MPa*m**0.5") / (1.12 * Q_(300, "MPa"))) ** 2 / math.pi


@item(
    S,
    "failure",
    "dimensionless",
    "Basquin: σ_a = σ'_f (2N_f)^b",
    solution="2N_f = (350/900)^(1/−0.09) = exp(10.494) = 3.61 × 10⁴ reversals, so N_f = 1.81 × 10⁴ cycles.",
    forms=("tex", "inverse", "multi_step"),
)
def h16a_fail_02():
    r"""A steel follows Basquin's relation $\sigma_a = \sigma_f'(2N_f)^b$ with $\sigma_f' = 900\ \mathrm{MPa}$ and $b = -0.09$. How many cycles $N_f$ will it survive at a stress amplitude of $350\ \mathrm{MPa}$?"""
    return 0.5 * (350 / 900) ** (1 / -0.09)


@item(
    S,
    "failure",
    "dimensionless",
    "Stress ratio R = σ_min/σ_max",
    decimals=2,
    solution="(a) σ_m = (180 − 60)/2 = 60 MPa; (b) σ_a = 120 MPa; (c) R = −60/180 = −0.33.",
    forms=("multi_part", "sign_convention", "decimals", "ascii"),
)
def h16a_fail_03():
    """A shaft sees a stress cycling between +180 MPa (tension) and -60 MPa (compression). (a) mean stress, (b) stress amplitude, (c) stress ratio R. Give only (c), to two decimal places."""
    return -60 / 180


@item(
    S,
    "failure",
    "year",
    "Larson–Miller P = T(C + log t_r), t in hours",
    rel_tol=0.03,
    solution="T = 923.15 K. log t_r = 24 000/923.15 − 20 = 5.998, t_r = 9.95 × 10⁵ h = 113.6 years (365.25 d).",
    forms=("unicode", "multi_step", "convert_at_end", "story"),
)
def h16a_fail_04():
    """A steam-pipe alloy must operate at 650 °C. At the design stress its Larson–Miller parameter, read off the master curve, is 24 × 10³ (T in K, t in h, C = 20). Predict the rupture life in years."""
    t = kelvin(650).to("K").magnitude
    return Q_(10 ** (24e3 / t - 20), "hour")


@item(
    S,
    "failure",
    "hour",
    "Power-law creep ε̇ ∝ σ^n at fixed T; t = ε/ε̇",
    solution="ε̇(60) = 2.5 × 10⁻⁶ × (60/80)⁵ = 5.93 × 10⁻⁷ h⁻¹. Time for 1 % = 0.01/5.93 × 10⁻⁷ = 1.69 × 10⁴ h.",
    forms=("e_notation", "multi_step", "convert_at_end", "distractor"),
)
def h16a_fail_05():
    """At 700 K a nickel alloy creeps at a steady-state rate of 2.5E-6 per hour under 80 MPa; the stress exponent is 5 and Q_c = 300 kJ/mol. Ignoring primary creep, how many hours will it take to accumulate 1% creep strain at 60 MPa and the same temperature?"""
    rate = Q_(2.5e-6, "1/hour") * (60 / 80) ** 5
    return 0.01 / rate


@item(
    S,
    "failure",
    "mm",
    "ASTM E399 plane-strain validity B ≥ 2.5 (K_Q/σ_y)²",
    refuse="K_Q from a 5 mm specimen is not a valid K_Ic: plane strain needs B ≥ 2.5(80/500)² = 64 mm. The question asks to use it as the plane-strain toughness, which it is not, so no critical crack length can be given.",
    solution="The validity check gives 2.5(K_Q/σ_y)² = 2.5 × 0.0256 = 0.064 m = 64 mm, far above the 5 mm thickness; the 80 MPa√m value is a plane-stress (thickness-dependent) value, not K_Ic, so it cannot be used for a thick plate.",
    forms=("ascii", "must_refuse", "validity"),
)
def h16a_fail_06():
    """A fracture test on a 5 mm thick compact-tension specimen of an aluminium alloy (yield strength 500 MPa) gives K_Q = 80 MPa m^1/2. Treating this as the plane-strain fracture toughness, find the critical through-crack half-length in a 100 mm thick plate of the same alloy loaded to 250 MPa (Y = 1)."""
    return None


@item(
    S,
    "failure",
    "MPa",
    "Griffith σ_c = √(2Eγ_s/(πa)), a = half the internal crack length",
    solution="a = 4/2 = 2 µm. σ_c = √(2 × 70 × 10⁹ × 0.3/(π × 2 × 10⁻⁶)) = √(6.685 × 10¹⁵) = 8.18 × 10⁷ Pa = 81.8 MPa.",
    forms=("unicode", "one_step", "known_convention", "named_unit"),
)
def h16a_fail_07():
    """A soda-lime glass plate (E ≈ 70 GPa, specific surface energy 0.3 J/m²) contains an internal crack 4 µm long, normal to the applied tension. Using Griffith's criterion, estimate the fracture stress (MPa)."""
    a = Q_(4, "um") / 2
    return (2 * Q_(70, "GPa") * Q_(0.3, "J/m**2") / (math.pi * a)) ** 0.5


@item(
    S,
    "failure",
    "dimensionless",
    "Paris law integrated: N = [a_i^(1−m/2) − a_c^(1−m/2)]/[(m/2 − 1) C (YΔσ√π)^m]",
    rel_tol=0.01,
    solution="m = 3: N = (a_i^−½ − a_c^−½)/(0.5 C (Δσ√π)³) = (44.72 − 11.18)/(0.5 × 10⁻¹² × 4.455 × 10⁷) = 33.54/2.227 × 10⁻⁵ = 1.51 × 10⁶ cycles.",
    forms=("where_symbols", "multi_step", "ascii", "sig_figs"),
)
def h16a_fail_08():
    """Fatigue crack growth obeys da/dN = C (dK)^m where dK = Y dsigma sqrt(pi a), C = 1.0e-12 (a in m, dK in MPa m^0.5), m = 3 and Y = 1. An initial flaw of 0.5 mm grows to a critical size of 8 mm under a stress range of 200 MPa. Estimate the number of cycles to failure, to three significant figures."""
    m, c, ds = 3.0, 1.0e-12, 200.0
    ai, ac = 0.5e-3, 8e-3
    num_ = ai ** (1 - m / 2) - ac ** (1 - m / 2)
    return num_ / ((m / 2 - 1) * c * (ds * math.sqrt(math.pi)) ** m)


# ---------------------------------------------------------------- phase diagrams


@item(
    S,
    "phase_diagrams",
    "percent",
    "Lever rule W_L = (C0 − Cα)/(CL − Cα)",
    solution="W_L = (35 − 8)/(71 − 8) = 27/63 = 0.429 = 42.9 %.",
    forms=("data_line", "one_step", "percent"),
)
def h16a_phase_01():
    """A binary A–B alloy of 35 wt% B is held in the α + L field. Data: Cα = 8 wt% B, C_L = 71 wt% B. What percentage of the alloy (by mass) is liquid?"""
    return Q_(100 * (35 - 8) / (71 - 8), "percent")


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Lever rule across α + β just below the Pb–Sn eutectic (Callister: α 18.3, β 97.8 wt% Sn)",
    solution="Just below 183 °C, α has 18.3 wt% Sn and β 97.8 wt% Sn (Callister Fig. 9.8). W_α = (97.8 − 40)/(97.8 − 18.3) = 57.8/79.5 = 0.727.",
    forms=("ascii", "known_datum_not_given", "one_step"),
)
def h16a_phase_02():
    """For a 60 wt% Pb - 40 wt% Sn solder cooled to just below the eutectic temperature, what is the mass fraction of total alpha phase (primary plus eutectic)?"""
    return (97.8 - 40) / (97.8 - 18.3)


@item(
    S,
    "phase_diagrams",
    "kg",
    "Fe–Fe3C: W_α' = (0.76 − C0)/(0.76 − 0.022)",
    solution="W_α' = (0.76 − 0.45)/(0.76 − 0.022) = 0.31/0.738 = 0.420; m = 0.420 × 2.5 kg = 1.05 kg.",
    forms=("unicode", "known_datum_not_given", "two_step", "story"),
)
def h16a_phase_03():
    """A 2.5 kg forging of 1045 steel (0.45 wt% C) is slowly cooled from the austenite field to just below the eutectoid temperature. What mass of proeutectoid ferrite forms?"""
    return (0.76 - 0.45) / (0.76 - 0.022) * Q_(2.5, "kg")


@item(
    S,
    "phase_diagrams",
    "percent",
    "Fe–Fe3C: W_Fe3C' = (C0 − 0.76)/(6.70 − 0.76)",
    solution="0.05 = (C0 − 0.76)/(6.70 − 0.76) → C0 = 0.76 + 0.05 × 5.94 = 1.057 wt% C.",
    forms=("inverse", "known_datum_not_given", "tex"),
)
def h16a_phase_04():
    r"""The microstructure of a slowly cooled plain-carbon steel consists of pearlite and $5.0\,\%$ proeutectoid cementite (by mass). Estimate its carbon content in wt%."""
    return Q_(0.76 + 0.05 * (6.70 - 0.76), "percent")


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Gibbs phase rule at constant pressure F = C − P + 1",
    abs_tol=0.1,
    solution="At fixed pressure F = C − P + 1 = 3 − 2 + 1 = 2.",
    forms=("ascii", "one_step", "whole_number"),
)
def h16a_phase_05():
    """How many degrees of freedom does a ternary alloy have at atmospheric pressure when two phases coexist? (whole number)"""
    return 3 - 2 + 1


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Lever rule (mass fraction); volume fraction via phase densities",
    solution="Mass fraction W_β = (40 − 5)/(90 − 5) = 0.412. Volume fraction V_β = (0.412/8.9)/[(0.412/8.9) + (0.588/7.3)] = 0.365. The mass fraction is the lever-rule reading; the volume fraction is the other accepted reading since densities are given.",
    forms=("data_line", "two_readings", "two_step", "distractor"),
)
def h16a_phase_06():
    """An alloy of 40 wt% B at 500 °C consists of α (5 wt% B, density 7.3 g/cm³) and β (90 wt% B, density 8.9 g/cm³). What fraction of the alloy is β?"""
    wb = (40 - 5) / (90 - 5)
    wa = 1 - wb
    vb = (wb / 8.9) / (wb / 8.9 + wa / 7.3)
    return {"mass fraction": wb, "volume fraction": vb}


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "The lever rule only applies to an alloy lying on the tie line between the phases",
    refuse="The alloy (95 wt% B) lies outside the tie line from α (12 wt% B) to β (92 wt% B), so it is not in the α + β field at 300 °C; the lever rule gives a negative fraction and the givens are inconsistent.",
    solution="W_α = (92 − 95)/(92 − 12) = −0.0375 < 0: impossible. An alloy richer in B than the β boundary is single-phase β (or in another field), so the asked α fraction cannot come from these data.",
    forms=("ascii", "must_refuse", "contradictory_givens"),
)
def h16a_phase_07():
    """At 300 C a 95 wt% B alloy is said to be in the alpha + beta field, with the tie line ending at 12 wt% B (alpha) and 92 wt% B (beta). Use the lever rule to find the mass fraction of alpha."""
    return None


@item(
    S,
    "phase_diagrams",
    "percent",
    "at% → wt%: C_w = C_a A / Σ C_a A; A_Ni = 58.69, A_Cu = 63.55 g/mol",
    solution="wt% Ni = 40 × 58.69/(40 × 58.69 + 60 × 63.55) = 2347.6/6160.6 = 38.1 wt%.",
    forms=("unicode", "known_datum_not_given", "convert_at_end", "percent"),
)
def h16a_phase_08():
    """On the Cu–Ni isomorphous diagram a student reads the liquidus composition at 1250 °C as 40 at.% Ni. The diagram in the exam paper is plotted in wt%. Express that composition in wt% Ni."""
    ni, cu = 40 * 58.69, 60 * 63.55
    return Q_(100 * ni / (ni + cu), "percent")


# ---------------------------------------------------------------- transformations & kinetics


@item(
    S,
    "transformations_kinetics",
    "s",
    "Avrami y = 1 − exp(−k tⁿ)",
    solution="k = ln 2/120^2.5. t_90 = (ln 10/k)^(1/2.5) = 120 × (ln 10/ln 2)^0.4 = 120 × 1.6162 = 194 s.",
    forms=("unicode", "two_step", "inverse"),
)
def h16a_trans_01():
    """A recrystallization reaction follows the Avrami equation with n = 2.5 and is 50 % complete after 120 s. How long (s) until it is 90 % complete?"""
    k = math.log(2) / 120**2.5
    return Q_((math.log(10) / k) ** (1 / 2.5), "s")


@item(
    S,
    "transformations_kinetics",
    "eV",
    "ΔG* = 16πγ³T_m²/(3ΔH_f²ΔT²)",
    solution="T_m = 1358.15 K. ΔG* = 16π × 0.177³ × 1358.15²/(3 × (1.77 × 10⁹)² × 200²) = 1.37 × 10⁻¹⁸ J = 8.54 eV.",
    forms=("tex", "one_step", "convert_at_end", "named_unit"),
)
def h16a_trans_02():
    r"""For homogeneous nucleation of solid copper take $\Delta H_f = -1.77\times10^{9}\ \mathrm{J/m^3}$, $\gamma = 0.177\ \mathrm{J/m^2}$ and $T_m = 1085\ ^{\circ}\mathrm{C}$. Compute the activation free energy $\Delta G^*$ at an undercooling of $200\ \mathrm{K}$, in eV."""
    g, dh, tm, dt = Q_(0.177, "J/m**2"), Q_(1.77e9, "J/m**3"), kelvin(1085), Q_(200, "K")
    return 16 * math.pi * g**3 * tm**2 / (3 * dh**2 * dt**2)


@item(
    S,
    "transformations_kinetics",
    "min",
    "Thermally activated rate: t2 = t1 exp[(Q/R)(1/T2 − 1/T1)]",
    solution="T1 = 823.15 K, T2 = 873.15 K; 1/T2 − 1/T1 = −6.957 × 10⁻⁵ K⁻¹. t2 = 80 × exp(−250 000 × 6.957 × 10⁻⁵/8.314) = 80 × exp(−2.092) = 9.9 min.",
    forms=("ascii", "two_step", "story"),
)
def h16a_trans_03():
    """A cold-rolled sheet recrystallizes completely in 80 min at 550 deg C. If the process has an activation energy of 250 kJ/mol, about how many minutes would it take at 600 deg C?"""
    t1, t2 = kelvin(550), kelvin(600)
    return Q_(80, "min") * math.exp(num(Q_(250, "kJ/mol") / R_GAS * (1 / t2 - 1 / t1)))


@item(
    S,
    "transformations_kinetics",
    "kJ/mol",
    "Rate ∝ 1/t_0.5 = A exp(−Q/RT)",
    solution="ln(1/t) vs 1/T has slope −Q/R. Q = R ln(t1/t2)/(1/T1 − 1/T2) = 8.314 × ln 8/(1/673.15 − 1/723.15) = 8.314 × 2.0794/1.0272 × 10⁻⁴ = 168 kJ/mol.",
    forms=("show_that", "inverse", "table"),
)
def h16a_trans_04():
    """Show that if the rate of a transformation is taken as 1/t₀.₅, a plot of ln(1/t₀.₅) against 1/T has slope −Q/R, and hence find Q (kJ/mol) from the data:

    T = 400 °C: t₀.₅ = 12 min
    T = 450 °C: t₀.₅ = 1.5 min"""
    t1, t2 = kelvin(400), kelvin(450)
    return R_GAS * math.log(12 / 1.5) / (1 / t1 - 1 / t2)


@item(
    S,
    "transformations_kinetics",
    "um",
    "Parabolic grain growth d² − d0² = Kt",
    solution="K = (40² − 15²)/30 = 45.83 µm²/min. At 90 min: d² = 225 + 45.83 × 90 = 4350 µm², d = 66.0 µm.",
    forms=("unicode", "multi_step", "named_unit"),
)
def h16a_trans_05():
    """A brass has a mean grain diameter of 15 µm after recrystallization. After 30 min at 650 °C it has grown to 40 µm. Assuming d² − d₀² = Kt, what will the grain diameter be after 90 min at that temperature (µm)?"""
    k = (40**2 - 15**2) / 30
    return Q_(math.sqrt(15**2 + k * 90), "um")


@item(
    S,
    "transformations_kinetics",
    "s",
    "Avrami y = 1 − exp(−k tⁿ) solved for t",
    solution="t = [−ln(1 − 0.25)/k]^(1/3) = (0.28768/2.5 × 10⁻⁶)^(1/3) = (1.1507 × 10⁵)^(1/3) = 48.7 s.",
    forms=("ascii", "one_step", "inverse"),
)
def h16a_trans_06():
    """the fraction of pearlite formed obeys y = 1 - exp(-k t^n) with n = 3 and k = 2.5*10^-6 s^-3. how long does it take to reach 25% pearlite? (seconds)"""
    return Q_((-math.log(1 - 0.25) / 2.5e-6) ** (1 / 3), "s")


@item(
    S,
    "transformations_kinetics",
    "K",
    "r* = 2γT_m/(ΔH_f ΔT) solved for ΔT",
    solution="ΔT = 2γT_m/(ΔH_f r*) = 2 × 0.158 × 933.15/(1.07 × 10⁹ × 2 × 10⁻⁹) = 137.8 K (= 137.8 °C of undercooling).",
    forms=("unicode", "min_max", "inverse", "uncertainty"),
)
def h16a_trans_07():
    """For aluminium, ΔH_f = 1.07 × 10⁹ J/m³ (released on freezing), γ_SL ≈ 0.158 J/m², T_m = 660 °C. What minimum undercooling (in K or °C) is needed for the critical nucleus radius to shrink to 2.0 ± 0.1 nm?"""
    return 2 * Q_(0.158, "J/m**2") * kelvin(660) / (Q_(1.07e9, "J/m**3") * Q_(2.0, "nm"))


@item(
    S,
    "transformations_kinetics",
    "J/mol",
    "ΔG ≈ ΔH_f ΔT/T_m below T_m (sign: released energy negative)",
    solution="ΔG = −ΔH_f ΔT/T_m = −17 500 × 100/1728 = −1013 J/mol (negative: freezing is favoured).",
    forms=("sign_convention", "one_step", "approximation", "ascii"),
)
def h16a_trans_08():
    """Estimate the molar Gibbs energy change for solidification of nickel (T_m = 1728 K, latent heat of fusion 17.5 kJ/mol) at 100 K below its melting point, using dG ~ dH dT / Tm. Use the sign convention that energy released by the system is negative; answer in J/mol."""
    return -Q_(17.5, "kJ/mol") * Q_(100, "K") / Q_(1728, "K")
