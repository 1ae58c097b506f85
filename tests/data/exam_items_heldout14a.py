"""Set heldout14 (set O), first half: 60 questions over seven topics of a qualifying exam.

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

S = "heldout14"

K_EV = K_BOLTZ.to("eV/K")


def two_theta_deg(d: Any, wavelength: Any) -> float:
    """First-order Bragg angle 2θ in degrees for spacing ``d`` and ``wavelength`` (pint lengths)."""
    return 2 * math.degrees(math.asin(num(wavelength / (2 * d))))


def fahrenheit(deg_f: float) -> Any:
    """A Fahrenheit reading as an absolute temperature in K."""
    return Q_((deg_f - 32) / 1.8 + 273.15, "K")


# ---------------------------------------------------------------- crystallography & X-ray diffraction


@item(
    S,
    "crystallography_xrd",
    "degree",
    "Bragg's law, d_hkl = a/√(h²+k²+l²); FCC Al a = 0.4049 nm (Callister ch. 3)",
    solution="Aluminium is FCC with a = 0.4049 nm. d_200 = 0.4049/2 = 0.20245 nm. sin θ = 0.2291/(2 × 0.20245) = 0.5658, θ = 34.46°, so 2θ = 68.92°.",
    forms=("ascii", "known_datum_not_given", "two_step"),
)
def h14a_cryst_01():
    """An aluminium powder sample is run in a diffractometer that has a chromium target (Cr K-alpha, lambda = 0.2291 nm). Predict the diffraction angle 2-theta, in degrees, of the (200) peak. Use the handbook room-temperature lattice constant of Al."""
    d = Q_(0.4049, "nm") / 2
    return Q_(two_theta_deg(d, Q_(0.2291, "nm")), "degree")


@item(
    S,
    "crystallography_xrd",
    "nm",
    "FCC: atoms touch along the face diagonal, a = 2√2 R (Callister eq. 3.1)",
    solution="In FCC the face diagonal is 4R, so a = 2√2 R = 2.828 × 0.1246 = 0.3524 nm: choice (c).",
    forms=("multiple_choice", "one_step", "unicode"),
)
def h14a_cryst_02():
    """Nickel crystallizes in the face-centred cubic structure and its atomic radius is 0.1246 nm. The cubic lattice parameter of nickel is closest to:
    (a) 0.2492 nm   (b) 0.2878 nm   (c) 0.3524 nm   (d) 0.4070 nm"""
    return 2 * math.sqrt(2) * Q_(0.1246, "nm")


@item(
    S,
    "crystallography_xrd",
    "g/cm**3",
    "ρ = nA/(V_C N_A), n = 2 for BCC (Callister eq. 3.8)",
    solution="BCC has 2 atoms per cell. V_C = (0.3306 × 10⁻⁷ cm)³ = 3.613 × 10⁻²³ cm³. ρ = 2 × 180.95/(3.613 × 10⁻²³ × 6.022 × 10²³) = 16.63 g/cm³. The modulus and melting point are not needed.",
    forms=("tex", "distractor", "one_step", "named_unit"),
)
def h14a_cryst_03():
    r"""Tantalum has the BCC structure with $a = 0.3306\ \mathrm{nm}$, an atomic weight of $180.95\ \mathrm{g/mol}$, an elastic modulus of $186\ \mathrm{GPa}$ and melts at $3017\ ^{\circ}\mathrm{C}$. Calculate its theoretical density in $\mathrm{g\,cm^{-3}}$."""
    a = Q_(0.3306, "nm")
    return 2 * Q_(180.95, "g/mol") / (a**3 * AVOGADRO)


@item(
    S,
    "crystallography_xrd",
    "angstrom",
    "Inverse of ρ = nA/(a³ N_A) with n = 4 for FCC (Callister eq. 3.8)",
    solution="a³ = nA/(ρ N_A) = 4 × 106.42/(12.02 × 6.022 × 10²³) = 5.881 × 10⁻²³ cm³, so a = 3.889 × 10⁻⁸ cm = 3.889 Å.",
    forms=("inverse", "story", "unicode", "blank_unit"),
)
def h14a_cryst_04():
    """A jeweller's supplier sends a bar of pure palladium. Its measured density is 12.02 g/cm³ and palladium (106.42 g/mol) is face-centred cubic. From these figures the cubic lattice parameter is ___ Å."""
    a3 = 4 * Q_(106.42, "g/mol") / (Q_(12.02, "g/cm**3") * AVOGADRO)
    return a3 ** (1 / 3)


@item(
    S,
    "crystallography_xrd",
    "1/nm**2",
    "Planar density of BCC (110): 2 atoms on an area √2 a² (Callister sec. 3.11)",
    solution="The (110) plane of the BCC cell is a rectangle a × √2 a containing 4 × ¼ + 1 = 2 atoms. PD = 2/(√2 × 0.2885²) = 2/0.11771 = 16.99 atoms per nm². (Parts (a) and (b): 2 atoms; R = √3a/4 = 0.1249 nm.)",
    forms=("multi_part", "unicode", "one_part_asked"),
)
def h14a_cryst_05():
    """Chromium is BCC with a = 0.2885 nm.
    (a) How many atoms belong to one unit cell?
    (b) What is the atomic radius of Cr?
    (c) Compute the planar density of the (110) plane, in atoms per nm².
    Answer part (c) only."""
    a = Q_(0.2885, "nm")
    return 2 / (math.sqrt(2) * a**2)


@item(
    S,
    "crystallography_xrd",
    "nm",
    "BCC reflections h+k+l even: 110, 200, 211; Bragg's law; a = d√(h²+k²+l²)",
    solution="For a BCC lattice the first three reflections are (110), (200), (211). The third peak: θ = 36.595°, d_211 = 0.15406/(2 sin 36.595°) = 0.12921 nm; a = d √6 = 0.3165 nm.",
    forms=("table", "two_step", "indices_to_identify", "unicode"),
)
def h14a_cryst_06():
    """A BCC metal was scanned with Cu Kα radiation (λ = 0.15406 nm). The first three peaks were recorded as follows.

    | peak | 2θ (°) |
    |------|--------|
    | 1    | 40.26  |
    | 2    | 58.27  |
    | 3    | 73.19  |

    Using the third peak, determine the lattice parameter in nm."""
    theta = math.radians(73.19 / 2)
    d = Q_(0.15406, "nm") / (2 * math.sin(theta))
    return d * math.sqrt(6)


@item(
    S,
    "crystallography_xrd",
    "nm**3",
    "HCP cell volume: hexagonal prism V = (3√3/2) a² c (Callister ex. 3.3); primitive cell V = (√3/2) a² c",
    solution="The conventional hexagonal-prism cell used in most introductory texts has a base area of six equilateral triangles, (3√3/2)a² = 2.598 × 0.3209² = 0.26754 nm², so V = 0.26754 × 0.5211 = 0.1394 nm³. The primitive (rhombic-prism) cell is one third of that, (√3/2)a²c = 0.04647 nm³; either reading is accepted.",
    forms=("two_readings", "one_step", "unicode"),
)
def h14a_cryst_07():
    """Magnesium is hexagonal close-packed with a = 0.3209 nm and c = 0.5211 nm. Calculate the volume of its unit cell in nm³."""
    a = Q_(0.3209, "nm")
    c = Q_(0.5211, "nm")
    return {
        "hexagonal prism cell (6 atoms)": 3 * math.sqrt(3) / 2 * a**2 * c,
        "primitive cell (2 atoms)": math.sqrt(3) / 2 * a**2 * c,
    }


@item(
    S,
    "crystallography_xrd",
    "angstrom",
    "Bragg's law gives d only; a = d√(h²+k²+l²) needs the reflection's indices",
    refuse="One peak gives only d = λ/(2 sin θ) = 2.03 Å; with neither the crystal structure nor the Miller indices of the reflection given, the lattice parameter cannot be determined (it would be 2.88 Å for a BCC (110) line, 3.52 Å for an FCC (111) line, ...).",
    solution="d = 1.5406/(2 sin 22.25°) = 2.034 Å, but a = d√(h²+k²+l²) requires the indices of the line, which cannot be assigned without knowing the structure or seeing the other lines. The question must be refused.",
    forms=("must_refuse", "unicode", "missing_datum"),
)
def h14a_cryst_08():
    """A cubic metal powder gives one strong diffraction peak at 2θ = 44.5° when examined with Cu Kα radiation (λ = 1.5406 Å); no other part of the pattern was recorded. What is the lattice parameter of the metal, in Å?"""
    return None


@item(
    S,
    "crystallography_xrd",
    "degree",
    "Angle between cubic directions: cos φ = (u₁u₂+v₁v₂+w₁w₂)/(|u₁v₁w₁||u₂v₂w₂|)",
    decimals=1,
    solution="cos φ = (1·1 + 2·1 + 0·1)/(√5 √3) = 3/3.873 = 0.7746, φ = 39.2°. The lattice parameter does not enter for a cubic crystal.",
    forms=("tex", "distractor", "rounding", "one_step"),
)
def h14a_cryst_09():
    r"""In a cubic crystal with $a = 0.543\ \mathrm{nm}$, find the angle between the $[120]$ and $[111]$ directions, to the nearest $0.1^{\circ}$."""
    u = (1, 2, 0)
    v = (1, 1, 1)
    dot = sum(x * y for x, y in zip(u, v, strict=True))
    cos_phi = dot / (math.sqrt(sum(x * x for x in u)) * math.sqrt(sum(y * y for y in v)))
    return Q_(math.degrees(math.acos(cos_phi)), "degree")


# ---------------------------------------------------------------- defects


@item(
    S,
    "defects",
    "dimensionless",
    "Equilibrium vacancy fraction N_v/N = exp(−Q_v/kT) (Callister eq. 4.1)",
    solution="kT = 8.617 × 10⁻⁵ × 1033.15 = 0.08903 eV. N_v/N = exp(−0.86/0.08903) = exp(−9.660) = 6.38 × 10⁻⁵.",
    forms=("unicode", "one_step"),
)
def h14a_def_01():
    """The energy to form a vacancy in a certain metal is 0.86 eV/atom. What fraction of the lattice sites are vacant at 760 °C?"""
    return Q_(math.exp(-num(Q_(0.86, "eV") / (K_EV * kelvin(760)))), "dimensionless")


@item(
    S,
    "defects",
    "1/m**3",
    "N = N_A ρ/A; N_v = N exp(−Q_v/kT) (Callister ex. 4.1)",
    solution="N = 6.022 × 10²³ × 10.35 × 10⁶ g/m³ / 107.87 g/mol = 5.778 × 10²⁸ m⁻³. kT = 8.617 × 10⁻⁵ × 1123.15 = 0.09678 eV; exp(−1.10/0.09678) = 1.160 × 10⁻⁵. N_v = 6.70 × 10²³ m⁻³. The melting point is not needed.",
    forms=("unicode", "two_step", "distractor"),
)
def h14a_def_02():
    """Silver (A = 107.87 g/mol, melting point 962 °C) has a density of 10.35 g/cm³ at 850 °C, and the vacancy formation energy is 1.10 eV/atom. Calculate the equilibrium number of vacancies per cubic metre at 850 °C."""
    n_sites = AVOGADRO * Q_(10.35, "g/cm**3") / Q_(107.87, "g/mol")
    return n_sites * math.exp(-num(Q_(1.10, "eV") / (K_EV * kelvin(850))))


@item(
    S,
    "defects",
    "degC",
    "Inverse of N_v/N = exp(−Q_v/kT): T = Q_v/(k ln(N/N_v))",
    solution="T = 1.05/(8.617 × 10⁻⁵ × ln(1/2.5e-4)) = 1.05/(8.617 × 10⁻⁵ × 8.294) = 1469.1 K, i.e. about 1196 deg C.",
    forms=("ascii", "inverse", "named_unit"),
)
def h14a_def_03():
    """Q_v = 1.05 eV/atom for a pure metal. At what temperature (in deg C) does the equilibrium vacancy site fraction reach 2.5e-4?"""
    t = Q_(1.05, "eV") / (K_EV * math.log(1 / 2.5e-4))
    return t.to("K").magnitude - 273.15


@item(
    S,
    "defects",
    "kJ/mol",
    "Two-temperature Arrhenius fit of n_v = N exp(−Q_v/kT) (N taken constant)",
    solution="Q_v = R ln(n₂/n₁)/(1/T₁ − 1/T₂) = 8.314 × ln(5.9e23/3.2e22)/(1/873.15 − 1/1073.15) = 8.314 × 2.9144/2.1344 × 10⁻⁴ = 113.5 kJ/mol (1.18 eV/atom).",
    forms=("tex", "inverse", "named_unit", "two_step"),
)
def h14a_def_04():
    r"""Quenching experiments on a metal give an equilibrium vacancy concentration of $3.2\times10^{22}\ \mathrm{m^{-3}}$ at $600\ ^{\circ}\mathrm{C}$ and $5.9\times10^{23}\ \mathrm{m^{-3}}$ at $800\ ^{\circ}\mathrm{C}$. Neglecting the small change in the number of lattice sites, estimate the vacancy formation energy in kJ/mol."""
    t1, t2 = kelvin(600), kelvin(800)
    return R_GAS * math.log(5.9e23 / 3.2e22) / (1 / t1 - 1 / t2)


@item(
    S,
    "defects",
    "dimensionless",
    "ASTM grain size: N_M (M/100)² = 2^(n−1) (Callister eq. 4.17)",
    decimals=1,
    solution="Grains per in² at 100×: 22 × (250/100)² = 137.5. 2^(n−1) = 137.5, so n = 1 + log₂ 137.5 = 1 + 7.10 = 8.1.",
    forms=("ascii", "inverse", "rounding"),
)
def h14a_def_05():
    """A metallographer photographs a polished steel section at 250x and counts 22 grains per square inch on the print. What is the ASTM grain-size number? Give it to one decimal place."""
    n_100 = 22 * (250 / 100) ** 2
    return 1 + math.log2(n_100)


@item(
    S,
    "defects",
    "percent",
    "Weight to atom percent: C'_1 = (C_1/A_1)/(C_1/A_1 + C_2/A_2) (Callister eq. 4.6a)",
    solution="With A_Cu = 63.55 and A_Al = 26.98 g/mol: 4.5/63.55 = 0.07081, 95.5/26.98 = 3.5397; at% Cu = 0.07081/3.6105 = 1.96 at%.",
    forms=("known_datum_not_given", "named_unit", "one_step"),
)
def h14a_def_06():
    """An aluminium alloy for aircraft forgings contains 4.5 wt% Cu, the balance being Al. Express its copper content in atom percent."""
    cu = 4.5 / 63.55
    al = 95.5 / 26.98
    return Q_(cu / (cu + al), "dimensionless")


@item(
    S,
    "defects",
    "1/m**3",
    "Schottky defects in an MX ionic solid: N_s = N exp(−Q_s/2kT) (Callister eq. 12.3)",
    solution="N (formula units, i.e. cation sites, per m³) = 1.99 × 10⁶ × 6.022 × 10²³/74.55 = 1.6075 × 10²⁸ m⁻³. 2kT = 2 × 8.617 × 10⁻⁵ × 773.15 = 0.13325 eV; exp(−2.6/0.13325) = 3.35 × 10⁻⁹. N_s = 5.4 × 10¹⁹ m⁻³.",
    forms=("unicode", "where_clause", "two_step"),
)
def h14a_def_07():
    """For KCl the energy to form one Schottky defect is Q_s = 2.6 eV. Compute the number of Schottky defects per m³ at 500 °C, where N_s = N exp(−Q_s/2kT) and N is the number of lattice sites of one ion kind per m³. Data: density of KCl 1.99 g/cm³, molar mass 74.55 g/mol."""
    n = AVOGADRO * Q_(1.99, "g/cm**3") / Q_(74.55, "g/mol")
    return n * math.exp(-num(Q_(2.6, "eV") / (2 * K_EV * kelvin(500))))


@item(
    S,
    "defects",
    "1/mm**2",
    "Dislocation density = total line length per unit volume (Callister sec. 7.2)",
    solution="Volume = 2 × 2 × 1 cm³ = 4 cm³ = 4000 mm³; line length = 2.4 × 10⁴ km = 2.4 × 10¹⁰ mm. ρ = 2.4 × 10¹⁰/4000 = 6.0 × 10⁶ mm⁻².",
    forms=("story", "named_unit", "unicode", "one_step"),
)
def h14a_def_08():
    """A TEM study of a heavily rolled copper block measuring 2 cm × 2 cm × 1 cm leads to an estimate of 2.4 × 10⁴ km of dislocation line in the block. Express the dislocation density in mm⁻²."""
    length = Q_(2.4e4, "km")
    volume = Q_(2, "cm") * Q_(2, "cm") * Q_(1, "cm")
    return length / volume


@item(
    S,
    "defects",
    "1/m**3",
    "N_v = N exp(−Q_v/kT) describes a crystalline solid in equilibrium only",
    refuse="1500 °C is above the melting point of copper (1085 °C) stated in the question: the metal is liquid, so there is no lattice and the equilibrium-vacancy relation does not apply.",
    solution="The vacancy relation counts empty lattice sites in a crystal. At 1500 °C copper (Tm = 1085 °C) is molten, so the question has no meaningful answer and must be refused.",
    forms=("must_refuse", "outside_validity", "ascii"),
)
def h14a_def_09():
    """Copper (A = 63.55 g/mol, density 8.4 g/cm3, melting point 1085 C) has a vacancy formation energy of 0.90 eV/atom. Compute the equilibrium number of vacancies per cubic meter in copper held at 1500 C."""
    return None


# ---------------------------------------------------------------- diffusion


@item(
    S,
    "diffusion",
    "kg/(m**2*h)",
    "Fick's first law J = −D dC/dx (Callister eq. 5.2)",
    solution="J = D ΔC/Δx = 3.0 × 10⁻¹¹ × (1.4 − 0.3)/(6 × 10⁻³) = 5.5 × 10⁻⁹ kg m⁻² s⁻¹ = 1.98 × 10⁻⁵ kg m⁻² h⁻¹. The temperature is needed only to say that D applies.",
    forms=("unicode", "named_unit", "unit_conversion", "one_step"),
)
def h14a_diff_01():
    """A 6.0 mm thick iron membrane at 900 °C separates a carburizing gas from a decarburizing one. Under steady state the carbon concentrations at the two faces are 1.4 kg/m³ and 0.3 kg/m³, and D = 3.0 × 10⁻¹¹ m²/s. Find the carbon flux through the membrane; express it in kg m⁻² h⁻¹."""
    d = Q_(3.0e-11, "m**2/s")
    return d * Q_(1.4 - 0.3, "kg/m**3") / Q_(6.0, "mm")


@item(
    S,
    "diffusion",
    "m**2/s",
    "D = D₀ exp(−Q_d/RT) (Callister eq. 5.8)",
    solution="D₀ = 0.23 cm²/s = 2.3 × 10⁻⁵ m²/s; Q_d = 35.4 kcal/mol = 148.1 kJ/mol. At 1198.15 K, Q_d/RT = 148 114/(8.314 × 1198.15) = 14.869, so D = 2.3 × 10⁻⁵ × 3.49 × 10⁻⁷ = 8.0 × 10⁻¹² m²/s.",
    forms=("ascii", "kcal", "unit_conversion", "one_step"),
)
def h14a_diff_02():
    """For carbon diffusing in fcc iron, D0 = 0.23 cm^2/s and Qd = 35.4 kcal/mol. Calculate the diffusion coefficient at 925 deg C in m^2/s."""
    q = Q_(35.4, "kcal/mol")
    return Q_(0.23, "cm**2/s") * math.exp(-num(q / (R_GAS * kelvin(925))))


@item(
    S,
    "diffusion",
    "eV",
    "Two-point Arrhenius fit: Q_d = k ln(D₂/D₁)/(1/T₁ − 1/T₂) per atom",
    solution="ln(2.9e-14/5.8e-16) = ln 50 = 3.912. 1/823.15 − 1/1023.15 = 2.3747 × 10⁻⁴ K⁻¹. Q_d = 8.617 × 10⁻⁵ × 3.912/2.3747 × 10⁻⁴ = 1.42 eV per atom (137 kJ/mol).",
    forms=("data_line", "inverse", "ev_per_atom", "bracket_unit"),
)
def h14a_diff_03():
    """Data: D(550 °C) = 5.8 × 10⁻¹⁶ m²/s; D(750 °C) = 2.9 × 10⁻¹⁴ m²/s. Find the activation energy for this diffusion process [eV per atom]."""
    t1, t2 = kelvin(550), kelvin(750)
    return K_EV * math.log(2.9e-14 / 5.8e-16) / (1 / t1 - 1 / t2)


@item(
    S,
    "diffusion",
    "hour",
    "Semi-infinite solid, constant surface: (C_x − C₀)/(C_s − C₀) = 1 − erf(x/2√(Dt)) (Callister eq. 5.5)",
    solution="(0.50 − 0.20)/(1.00 − 0.20) = 0.375 = 1 − erf z, so erf z = 0.625 and z = 0.6271. t = x²/(4Dz²) = (8 × 10⁻⁴)²/(4 × 1.6 × 10⁻¹¹ × 0.3933) = 2.54 × 10⁴ s = 7.06 h.",
    forms=("tex", "two_step", "named_unit", "table_lookup"),
)
def h14a_diff_04():
    r"""A steel gear containing $0.20$ wt% C is carburized in an atmosphere that holds the surface at $1.00$ wt% C. The diffusion coefficient of carbon at the treatment temperature is $1.6\times10^{-11}\ \mathrm{m^2\,s^{-1}}$. How many hours are needed to bring the carbon content $0.8\ \mathrm{mm}$ below the surface to $0.50$ wt%?"""
    z = float(erfinv(1 - (0.50 - 0.20) / (1.00 - 0.20)))
    x = Q_(0.8, "mm")
    return x**2 / (4 * Q_(1.6e-11, "m**2/s") * z**2)


@item(
    S,
    "diffusion",
    "hour",
    "Equal case depth at equal Dt: t₂ = t₁ D₁/D₂ with D = D₀ exp(−Q/RT)",
    solution="T₁ = 1650 °F = 898.9 °C = 1172.0 K; T₂ = 1750 °F = 954.4 °C = 1227.6 K. D₂/D₁ = exp[(148 000/8.314)(1/1172.0 − 1/1227.6)] = exp(0.6873) = 1.988. t₂ = 9/1.988 = 4.53 h.",
    forms=("us_units", "story", "two_step", "fahrenheit"),
)
def h14a_diff_05():
    """A heat-treat shop carburizes a batch of gears for 9 h at 1650 °F. To shorten the cycle, the foreman proposes running at 1750 °F. If the activation energy for carbon diffusion in austenite is 148 kJ/mol, how long (in hours) must the new cycle last to give the same case depth?"""
    q_over_r = Q_(148, "kJ/mol") / R_GAS
    ratio = math.exp(num(q_over_r * (1 / fahrenheit(1650) - 1 / fahrenheit(1750))))
    return Q_(9, "hour") / ratio


@item(
    S,
    "diffusion",
    "m**2/s",
    "D = D₀ exp(−Q/kT) with Q per atom",
    solution="kT = 8.617 × 10⁻⁵ × 773.15 = 0.066623 eV; Q/kT = 1.45/0.066623 = 21.764; D = 3.0 × 10⁻⁵ × 3.54 × 10⁻¹⁰ = 1.06 × 10⁻¹⁴ m²/s, choice (A).",
    forms=("multiple_choice", "ev_per_atom", "one_step", "unicode"),
)
def h14a_diff_06():
    """A substitutional solute diffuses in a metal with D₀ = 3.0 × 10⁻⁵ m²/s and an activation energy of 1.45 eV/atom. Which value is the diffusion coefficient at 500 °C?
    (A) 1.1 × 10⁻¹⁴ m²/s  (B) 3.2 × 10⁻¹² m²/s  (C) 4.5 × 10⁻¹⁶ m²/s  (D) 8.0 × 10⁻¹³ m²/s"""
    return Q_(3.0e-5, "m**2/s") * math.exp(-num(Q_(1.45, "eV") / (K_EV * kelvin(500))))


@item(
    S,
    "diffusion",
    "percent",
    "The erf solution needs the surface concentration C_s",
    refuse="The carburizing atmosphere's surface carbon content C_s is not given and is not a standard datum (it depends on the gas potential), so the erf solution cannot give C_x.",
    solution="C_x = C_s − (C_s − C₀) erf(x/2√(Dt)); D for carbon at 950 °C is available, but the surface concentration set by the atmosphere is not stated. The question must be refused.",
    forms=("must_refuse", "missing_datum", "ascii"),
)
def h14a_diff_07():
    """A 1018 steel (0.18 wt% C) shaft is pack-carburized at 950 C for 6 h. D for carbon in austenite at this temperature is 1.9e-11 m^2/s. What is the carbon content (wt%) at a depth of 0.5 mm after the treatment?"""
    return None


@item(
    S,
    "diffusion",
    "mm",
    "Inverse of Fick's first law: Δx = D ΔC/J",
    solution="Δx = D ΔC/J = 1.0 × 10⁻⁸ × (2.4 − 0.6)/(2.5 × 10⁻⁶) = 7.2 × 10⁻³ m = 7.2 mm. The temperature is not needed.",
    forms=("inverse", "distractor", "tex", "named_unit"),
)
def h14a_diff_08():
    r"""Hydrogen is purified by diffusion through a palladium sheet held at $600\ ^{\circ}\mathrm{C}$. The hydrogen concentrations at the high- and low-pressure faces are $2.4$ and $0.6\ \mathrm{kg\,m^{-3}}$, $D = 1.0\times10^{-8}\ \mathrm{m^2/s}$, and the measured steady flux is $2.5\times10^{-6}\ \mathrm{kg\,m^{-2}\,s^{-1}}$. How thick is the sheet (answer in mm)?"""
    return Q_(1.0e-8, "m**2/s") * Q_(2.4 - 0.6, "kg/m**3") / Q_(2.5e-6, "kg/(m**2*s)")


@item(
    S,
    "diffusion",
    "percent",
    "D₂/D₁ = exp[(Q/R)(1/T₁ − 1/T₂)]; percent change = (D₂/D₁ − 1) × 100",
    solution="D₂/D₁ = exp[(250 000/8.314)(1/800 − 1/850)] = exp(30 070 × 7.353 × 10⁻⁵) = exp(2.211) = 9.12, so D rises by (9.12 − 1) × 100 = 812 %.",
    forms=("percent_change", "ratio", "one_step"),
)
def h14a_diff_09():
    """The activation energy for self-diffusion in a metal is 250 kJ/mol. By what percentage does the diffusion coefficient increase when the temperature is raised from 800 K to 850 K?"""
    ratio = math.exp(num(Q_(250, "kJ/mol") / R_GAS * (1 / Q_(800, "K") - 1 / Q_(850, "K"))))
    return Q_(ratio - 1, "dimensionless")


# ---------------------------------------------------------------- mechanical properties


@item(
    S,
    "mechanical_properties",
    "mm",
    "Hooke's law Δl = F l₀/(A E); E_Al = 69 GPa (Callister table 6.1)",
    rel_tol=0.04,
    solution="A = π(6 mm)² = 113.1 mm²; σ = 18 000/113.1 = 159.2 MPa, below the 275 MPa yield strength, so elastic. With E = 69 GPa for aluminium, Δl = 250 × 159.2/69 000 = 0.577 mm.",
    forms=("known_datum_not_given", "two_step", "unicode"),
)
def h14a_mech_01():
    """A 250 mm long rod of an aluminium alloy (yield strength 275 MPa), 12 mm in diameter, carries an axial tensile load of 18 kN. How much does it lengthen, in mm? Use the usual elastic modulus of aluminium."""
    area = math.pi * Q_(6, "mm") ** 2
    return Q_(18, "kN") * Q_(250, "mm") / (area * Q_(69, "GPa"))


@item(
    S,
    "mechanical_properties",
    "N",
    "ν = −ε_x/ε_z; σ = Eε_z; F = σA (Callister ex. 6.2)",
    solution="ε_x = −2.5 × 10⁻³/10 = −2.5 × 10⁻⁴; ε_z = 2.5 × 10⁻⁴/0.34 = 7.353 × 10⁻⁴; σ = 97 000 × 7.353 × 10⁻⁴ = 71.3 MPa; F = 71.3 × π × 5² = 5.60 × 10³ N.",
    forms=("inverse", "three_step", "tex", "named_unit"),
)
def h14a_mech_02():
    r"""A cylindrical brass specimen $10\ \mathrm{mm}$ in diameter is pulled in tension along its axis. Find the load, in newtons, that reduces the diameter elastically by $2.5\times10^{-3}\ \mathrm{mm}$, given $E = 97\ \mathrm{GPa}$ and $\nu = 0.34$."""
    eps_x = Q_(2.5e-3, "mm") / Q_(10, "mm")
    eps_z = eps_x / 0.34
    area = math.pi * Q_(5, "mm") ** 2
    return Q_(97, "GPa") * eps_z * area


@item(
    S,
    "mechanical_properties",
    "inch",
    "Δl = F l₀/(A E) in US units",
    solution="σ = 20 000 lbf/(0.5 × 1.0 in.²) = 40 000 psi (below the 60 ksi yield strength). Δl = 10 × 40 000/(30 × 10⁶) = 0.0133 in.",
    forms=("us_units", "distractor", "one_step", "spaced_thousands"),
)
def h14a_mech_03():
    """A steel tie bar 10 in. long with a 0.5 in. × 1.0 in. rectangular cross-section carries a tensile load of 20 000 lbf. The steel has E = 30 × 10^6 psi and a yield strength of 60 ksi. Calculate the elongation of the bar in inches."""
    stress = Q_(20000, "lbf") / (Q_(0.5, "inch") * Q_(1.0, "inch"))
    return stress / Q_(30e6, "psi") * Q_(10, "inch")


@item(
    S,
    "mechanical_properties",
    "dimensionless",
    "Engineering strain Δl/l₀ (Callister eq. 6.2); true strain ln(l/l₀) (eq. 6.16)",
    solution="Engineering strain = (62.0 − 50.0)/50.0 = 0.240; true strain = ln(62.0/50.0) = 0.215. The question does not say which strain is meant and the deformation is uniform, so either is accepted.",
    forms=("two_readings", "story", "one_step"),
)
def h14a_mech_04():
    """Two gauge marks 50.0 mm apart are scribed on a ductile copper tensile bar. The bar is stretched, still deforming uniformly, until the marks are 62.0 mm apart. What strain has the bar undergone?"""
    return {
        "engineering strain": (62.0 - 50.0) / 50.0,
        "true strain": math.log(62.0 / 50.0),
    }


@item(
    S,
    "mechanical_properties",
    "ksi",
    "TS(psi) ≈ 500 HB, TS(MPa) ≈ 3.45 HB for steels (Callister eq. 6.20)",
    solution="For steels TS(psi) ≈ 500 × HB = 500 × 238 = 119 000 psi = 119 ksi (3.45 × 238 = 821 MPa).",
    forms=("known_datum_not_given", "us_units", "named_unit", "one_step"),
)
def h14a_mech_05():
    """A quenched-and-tempered 4140 steel shaft shows a Brinell hardness of 238 HB. Estimate its tensile strength (answer in ksi)."""
    return 500 * 238 * Q_(1, "psi")


@item(
    S,
    "mechanical_properties",
    "kJ/m**3",
    "Modulus of resilience U_r = σ_y²/(2E) (Callister eq. 6.14)",
    solution="U_r = 550²/(2 × 205 000) MPa = 0.738 MPa = 0.738 MJ/m³ = 738 kJ/m³.",
    forms=("ascii", "named_unit", "one_step"),
)
def h14a_mech_06():
    """A spring steel has a yield strength of 550 MPa and E = 205 GPa. Compute its modulus of resilience in kJ/m^3."""
    sy = Q_(550, "MPa")
    return sy**2 / (2 * Q_(205, "GPa"))


@item(
    S,
    "mechanical_properties",
    "dimensionless",
    "True strain at fracture ε_T = ln(A₀/A_f) = 2 ln(d₀/d_f)",
    solution="ε_T = ln(A₀/A_f) = 2 ln(12.8/9.1) = 2 × 0.3412 = 0.682. (Part (a): %RA = 1 − (9.1/12.8)² = 49.5 %; part (c): σ_T = 35 000/(π × 4.55²) = 538 MPa.)",
    forms=("multi_part", "one_part_asked", "unicode"),
)
def h14a_mech_07():
    """A round tensile specimen of a 12.8 mm original diameter breaks under a load of 35 kN; the neck diameter at fracture is 9.1 mm.
    (a) What is the percent reduction in area?
    (b) What is the true strain at fracture?
    (c) What is the true stress at fracture?
    Only (b) is required."""
    return 2 * math.log(12.8 / 9.1)


@item(
    S,
    "mechanical_properties",
    "dimensionless",
    "Hollomon flow curve σ_T = K ε_T^n, inverted: ε_T = (σ_T/K)^(1/n) (Callister eq. 6.19)",
    solution="ε_T = (600/1150)^(1/0.18) = 0.52174^5.556 = exp(5.556 × −0.6506) = 0.0269.",
    forms=("tex", "inverse", "where_clause"),
)
def h14a_mech_08():
    r"""The plastic flow of an annealed alloy follows $\sigma_T = K\varepsilon_T^{\,n}$, where $K = 1150\ \mathrm{MPa}$ and $n = 0.18$. What true strain is needed to raise the true stress to $600\ \mathrm{MPa}$?"""
    return (600 / 1150) ** (1 / 0.18)


@item(
    S,
    "mechanical_properties",
    "mm",
    "Hooke's law holds only below the yield strength",
    refuse="The applied 480 MPa exceeds the 350 MPa yield strength, so the rod deforms plastically; without its stress–strain (flow) curve the elongation cannot be found, and Hooke's law would be used outside its range.",
    solution="σ = 480 MPa > σ_y = 350 MPa: the strain is mostly plastic, and neither a hardening law nor a stress–strain curve is given. Δl = σl₀/E would be wrong. The question must be refused.",
    forms=("must_refuse", "outside_validity", "unicode"),
)
def h14a_mech_09():
    """A 1040 steel rod (E = 207 GPa, σ_y = 350 MPa, tensile strength 520 MPa), 400 mm long, carries an axial tensile stress of 480 MPa. By how much does the rod lengthen under this stress, in mm?"""
    return None


# ---------------------------------------------------------------- failure


@item(
    S,
    "failure",
    "MPa",
    "Griffith: σ_c = √(2Eγ_s/πa), a = half the length of an internal crack (Callister eq. 8.3)",
    solution="a = 4 µm/2 = 2 × 10⁻⁶ m. σ_c = √(2 × 69 × 10⁹ × 0.30/(π × 2 × 10⁻⁶)) = √(6.59 × 10¹⁵) = 8.12 × 10⁷ Pa = 81 MPa.",
    forms=("unicode", "one_step", "named_unit"),
)
def h14a_fail_01():
    """A soda-lime glass plate (E = 69 GPa, specific surface energy γ_s = 0.30 J/m²) contains an internal crack 4 µm long in total, lying perpendicular to the applied tension. Estimate the tensile stress (MPa) at which brittle fracture occurs."""
    a = Q_(2, "um")
    return (2 * Q_(69, "GPa") * Q_(0.30, "J/m**2") / (math.pi * a)) ** 0.5


@item(
    S,
    "failure",
    "inch",
    "K_Ic = Yσ√(πa) solved for a (Callister eq. 8.7)",
    solution="a_c = (1/π)(K_Ic/(Yσ))² = (1/π)(55/(1.12 × 40))² = (1/π)(1.2277)² = 0.480 in.",
    forms=("us_units", "inverse", "one_step"),
)
def h14a_fail_02():
    """A structural steel plate has a plane-strain fracture toughness of 55 ksi·in^1/2 and carries a design stress of 40 ksi. Taking Y = 1.12 for a surface crack, what is the longest surface crack (in inches) the plate can tolerate without fracturing?"""
    k = Q_(55, "ksi*inch**0.5")
    return (k / (1.12 * Q_(40, "ksi"))) ** 2 / math.pi


@item(
    S,
    "failure",
    "MPa",
    "Inglis: σ_m = 2σ₀√(a/ρ_t) (Callister eq. 8.1)",
    solution="a = 0.50/2 = 0.25 mm; ρ_t = 2.0 µm = 0.002 mm. σ_m = 2 × 80 × √(0.25/0.002) = 160 × 11.18 = 1789 MPa (above the 1 460 MPa quoted theoretical strength, so the crack would propagate; that comparison was not asked).",
    forms=("unicode", "distractor", "spaced_thousands", "one_step"),
)
def h14a_fail_03():
    """An internal elliptical crack 0.50 mm long, with a tip radius of curvature of 2.0 µm, lies normal to a nominal tensile stress of 80 MPa in a ceramic whose theoretical cohesive strength is 1 460 MPa. What is the maximum stress at the crack tip, in MPa?"""
    a = Q_(0.25, "mm")
    rho = Q_(2.0, "um")
    return 2 * Q_(80, "MPa") * num(a / rho) ** 0.5


@item(
    S,
    "failure",
    "dimensionless",
    "Stress ratio R = σ_min/σ_max, compression negative (Callister eq. 8.17)",
    solution="With compression negative, σ_min = −110 MPa. (a) σ_m = (310 − 110)/2 = 100 MPa; (b) σ_a = (310 + 110)/2 = 210 MPa; (c) R = −110/310 = −0.355.",
    forms=("multi_part", "sign_convention", "data_line", "one_part_asked"),
)
def h14a_fail_04():
    """Data: maximum stress of the fatigue cycle 310 MPa (tension); minimum stress 110 MPa in compression.
    (a) Find the mean stress. (b) Find the stress amplitude. (c) Find the stress ratio R.
    Give (c), with the usual sign convention (tension positive)."""
    return -110 / 310


@item(
    S,
    "failure",
    "hour",
    "Larson–Miller: LMP = T(C + log t_r), T in K, t_r in h (Callister eq. 8.24)",
    solution="log t_r = LMP/T − C = 24 000/1073.15 − 20 = 2.364, so t_r = 10^2.364 = 231 h.",
    forms=("tex", "inverse", "where_clause", "named_unit"),
)
def h14a_fail_05():
    r"""For a nickel-base alloy at the design stress, the Larson–Miller parameter is $T(20 + \log t_r) = 24.0\times10^{3}$, where $T$ is in K and $t_r$ in hours. Predict the rupture lifetime at $800\ ^{\circ}\mathrm{C}$ (in h)."""
    t = kelvin(800).magnitude
    return Q_(10 ** (24.0e3 / t - 20), "hour")


@item(
    S,
    "failure",
    "1/s",
    "Power-law creep ε̇ = K σⁿ exp(−Q_c/RT) (Callister eq. 8.20)",
    solution="ε̇₂/ε̇₁ = (180/150)^4.5 × exp[(280 000/8.314)(1/973.15 − 1/1003.15)] = 2.272 × exp(1.0350) = 2.272 × 2.815 = 6.40; ε̇₂ = 2.5 × 10⁻⁷ × 6.40 = 1.60 × 10⁻⁶ s⁻¹.",
    forms=("unicode", "ratio", "two_step", "where_clause"),
)
def h14a_fail_06():
    """The steady-state creep rate of an alloy obeys ε̇ = K σⁿ exp(−Q_c/RT), where n = 4.5 and Q_c = 280 kJ/mol. At 700 °C and 150 MPa the rate is 2.5 × 10⁻⁷ s⁻¹. What is the rate at 730 °C and 180 MPa (s⁻¹)?"""
    stress_factor = (180 / 150) ** 4.5
    q_over_r = Q_(280, "kJ/mol") / R_GAS
    temp_factor = math.exp(num(q_over_r * (1 / kelvin(700) - 1 / kelvin(730))))
    return Q_(2.5e-7, "1/s") * stress_factor * temp_factor


@item(
    S,
    "failure",
    "dimensionless",
    "Basquin: σ_a = σ'_f (2N_f)^b",
    rel_tol=0.03,
    solution="2N_f = (σ_a/σ'_f)^(1/b) = (350/900)^(−1/0.09) = 0.38889^(−11.11) = e^(10.494) = 3.61 × 10⁴ reversals, so N_f = 1.81 × 10⁴ cycles.",
    forms=("tex", "inverse", "where_clause"),
)
def h14a_fail_07():
    r"""A steel obeys Basquin's relation $\sigma_a = \sigma'_f(2N_f)^b$ with $\sigma'_f = 900\ \mathrm{MPa}$ and $b = -0.09$, where $N_f$ is the number of cycles to failure. How many cycles will it survive under fully reversed loading with a stress amplitude of $350\ \mathrm{MPa}$?"""
    reversals = (350 / 900) ** (1 / -0.09)
    return reversals / 2


@item(
    S,
    "failure",
    "dimensionless",
    "Palmgren–Miner linear damage: Σ n_i/N_i = 1",
    solution="Damage used at the first level: 2.0 × 10⁴/8.0 × 10⁴ = 0.25. The remaining 0.75 of life at the second level is 0.75 × 3.0 × 10⁵ = 2.25 × 10⁵ cycles.",
    forms=("story", "ascii", "two_step", "spaced_thousands"),
)
def h14a_fail_08():
    """A crane hook first sees 20 000 cycles at a stress amplitude for which its fatigue life is 80 000 cycles. It is then moved to lighter duty, where its life at the new amplitude would be 300 000 cycles. Using Miner's rule, how many more cycles can it take at the lighter duty before failure is predicted?"""
    used = 20000 / 80000
    return (1 - used) * 300000


# ---------------------------------------------------------------- phase diagrams


@item(
    S,
    "phase_diagrams",
    "percent",
    "Lever rule W_L = (C_α − C₀)/(C_α − C_L) (Callister eq. 9.1b)",
    solution="W_L = (42.5 − 35)/(42.5 − 31.5) = 7.5/11.0 = 0.682, i.e. 68.2 % liquid.",
    forms=("unicode", "one_step", "as_percentage"),
)
def h14a_pd_01():
    """A Cu–35 wt% Ni alloy is held at 1250 °C, where the tie line meets the liquidus at 31.5 wt% Ni and the solidus at 42.5 wt% Ni. What percentage of the alloy (by mass) is liquid?"""
    return Q_((42.5 - 35) / (42.5 - 31.5), "dimensionless")


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Pb–Sn eutectic: α 18.3, L 61.9, β 97.8 wt% Sn at 183 °C; W_e = W_L just above T_E (Callister eq. 9.10)",
    solution="Just above 183 °C the alloy is primary α (18.3 wt% Sn) plus liquid of eutectic composition (61.9 wt% Sn); all that liquid becomes eutectic. W_e = (40 − 18.3)/(61.9 − 18.3) = 21.7/43.6 = 0.498.",
    forms=("known_datum_not_given", "one_step", "ascii"),
)
def h14a_pd_02():
    """A 60 wt% Pb - 40 wt% Sn solder is cooled slowly to just below the eutectic temperature. What mass fraction of the alloy is eutectic microconstituent?"""
    return (40 - 18.3) / (61.9 - 18.3)


@item(
    S,
    "phase_diagrams",
    "percent",
    "Fe–Fe₃C: W_α' = (0.76 − C₀)/(0.76 − 0.022) (Callister eq. 9.20)",
    solution="Using the eutectoid composition 0.76 wt% C and the ferrite limit 0.022 wt% C: W_α' = (0.76 − 0.30)/(0.76 − 0.022) = 0.46/0.738 = 0.623 = 62.3 %.",
    forms=("known_datum_not_given", "as_percentage", "one_step", "unicode"),
)
def h14a_pd_03():
    """A plain-carbon steel with 0.30 wt% C is cooled slowly from the austenite field to just below the eutectoid temperature. What percentage of its mass is proeutectoid ferrite?"""
    return Q_((0.76 - 0.30) / (0.76 - 0.022), "dimensionless")


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Inverse of W_Fe3C' = (C₁ − 0.76)/(6.70 − 0.76) (Callister eq. 9.22)",
    solution="C₁ = 0.76 + 0.060 × (6.70 − 0.76) = 0.76 + 0.356 = 1.12 wt% C.",
    forms=("inverse", "known_datum_not_given", "tex"),
)
def h14a_pd_04():
    r"""Slow cooling of an iron–carbon alloy produces $6.0\,\%$ (by mass) of proeutectoid cementite. What is the carbon content of the alloy, in wt% C?"""
    return 0.76 + 0.060 * (6.70 - 0.76)


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Gibbs phase rule: F = C − P + 1 at fixed pressure (condensed systems), F = C − P + 2 in general",
    abs_tol=0.1,
    solution="Setting F = 0 in the phase rule: at a fixed pressure (the usual condensed-phase rule for alloy diagrams) P_max = C + 1 = 3 (e.g. at a eutectic); if pressure may also vary, P_max = C + 2 = 4. Both readings are accepted.",
    forms=("two_readings", "one_step"),
)
def h14a_pd_05():
    """What is the largest number of phases that can coexist in equilibrium in a binary (two-component) alloy system?"""
    c = 2
    return {"fixed pressure, F = C − P + 1": c + 1, "pressure variable, F = C − P + 2": c + 2}


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Mass to volume fraction: V_α = (W_α/ρ_α)/(W_α/ρ_α + W_β/ρ_β) (Callister eq. 9.6a)",
    solution="W_α/ρ_α = 0.60/7.2 = 0.08333; W_β/ρ_β = 0.40/8.9 = 0.04494. V_α = 0.08333/0.12828 = 0.650.",
    forms=("story", "two_step", "unicode"),
)
def h14a_pd_06():
    """A student's lever-rule calculation gives 60 % α and 40 % β by mass in an annealed two-phase alloy. For a quantitative-metallography check she needs the volume fraction of α instead. The phase densities are 7.2 g/cm³ (α) and 8.9 g/cm³ (β). What volume fraction of α should she expect?"""
    wa, wb = 0.60, 0.40
    va = wa / 7.2
    return va / (va + wb / 8.9)


@item(
    S,
    "phase_diagrams",
    "kg",
    "Lever rule W_α = (C₀ − C_L)/(C_α − C_L), then mass = W_α × total",
    solution="W_α = (32 − 20)/(45 − 20) = 12/25 = 0.48; m_α = 0.48 × 2.4 kg = 1.15 kg.",
    forms=("table", "two_step", "named_unit"),
)
def h14a_pd_07():
    """A 2.4 kg ingot of an A–32 wt% B alloy is held in the L + α field of an isomorphous system. At the holding temperature:

    | phase boundary | composition (wt% B) |
    |----------------|---------------------|
    | liquidus       | 20                  |
    | solidus        | 45                  |

    What mass of solid α is present, in kilograms?"""
    w_alpha = (32 - 20) / (45 - 20)
    return w_alpha * Q_(2.4, "kg")


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "The lever rule applies only to an overall composition between the tie-line ends",
    refuse="The givens contradict each other: an alloy of 38 wt% B cannot lie in the L + α field whose tie line runs from 42 to 55 wt% B at that temperature; the lever rule would give a negative fraction.",
    solution="The stated overall composition (38 wt% B) lies outside the tie line (42–55 wt% B), so the alloy cannot be two-phase as claimed; the lever rule gives (38 − 42)/(55 − 42) = −0.31, which is not a mass fraction. The question must be refused.",
    forms=("must_refuse", "contradictory_givens", "unicode"),
)
def h14a_pd_08():
    """An A–38 wt% B alloy is in the liquid + α two-phase region at 900 °C. At this temperature the tie line extends from the liquid at 42 wt% B to the α phase at 55 wt% B. Calculate the mass fraction of α."""
    return None


# ---------------------------------------------------------------- transformations & kinetics


@item(
    S,
    "transformations_kinetics",
    "s",
    "Avrami y = 1 − exp(−k tⁿ): t_y = t_0.5 (ln(1/(1−y))/ln 2)^(1/n) (Callister eq. 10.17)",
    solution="k = ln 2/120^2.5. For y = 0.90, t = (ln 10/k)^(1/2.5) = 120 × (2.3026/0.6931)^0.4 = 120 × 1.6159 = 194 s.",
    forms=("unicode", "two_step", "inverse"),
)
def h14a_tk_01():
    """A precipitation reaction follows Avrami kinetics with n = 2.5 and is half complete after 120 s. How long, in seconds, does it take to reach 90 % transformation?"""
    n = 2.5
    k = math.log(2) / 120**n
    return Q_((math.log(10) / k) ** (1 / n), "s")


@item(
    S,
    "transformations_kinetics",
    "hour",
    "Rate = 1/t₀.₅ = A exp(−Q/RT); two points fix Q, then extrapolate (Callister ex. 10.1-type)",
    solution="Q = R ln(95/12)/(1/623.15 − 1/673.15) = 8.314 × 2.0690/1.1920 × 10⁻⁴ = 144.3 kJ/mol. t₀.₅(300 °C) = 95 min × exp[(Q/R)(1/573.15 − 1/623.15)] = 95 × exp(17 357 × 1.3999 × 10⁻⁴) = 95 × 11.37 = 1080 min = 18.0 h.",
    forms=("ascii", "three_step", "named_unit", "unit_conversion"),
)
def h14a_tk_02():
    """Cold-worked brass recrystallizes 50% in 95 min at 350 C and in 12 min at 400 C. Treating the rate (1/t_0.5) as thermally activated, estimate the time for 50% recrystallization at 300 C. Give the answer in hours."""
    t1, t2, t3 = kelvin(350), kelvin(400), kelvin(300)
    q_over_r = math.log(95 / 12) / (1 / t1 - 1 / t2)
    return Q_(95, "min") * math.exp(num(q_over_r * (1 / t3 - 1 / t1)))


@item(
    S,
    "transformations_kinetics",
    "dimensionless",
    "Homogeneous nucleation r* = −2γT_m/(ΔH_f ΔT) (Callister eq. 10.6); FCC has 4 atoms per a³",
    rel_tol=0.03,
    solution="T_m = 1337.15 K. r* = 2 × 0.132 × 1337.15/(1.16 × 10⁹ × 230) = 1.323 × 10⁻⁹ m. Nucleus volume (4/3)π r*³ = 9.70 nm³; unit-cell volume 0.4079³ = 0.06787 nm³ holds 4 atoms, so the nucleus holds 9.70 × 4/0.06787 ≈ 572 atoms.",
    forms=("multi_part", "one_part_asked", "tex", "three_step"),
)
def h14a_tk_03():
    r"""For the solidification of gold take $\Delta H_f = -1.16\times10^{9}\ \mathrm{J/m^3}$, $\gamma = 0.132\ \mathrm{J/m^2}$, $T_m = 1064\ ^{\circ}\mathrm{C}$ and $a = 0.4079\ \mathrm{nm}$ (FCC). For homogeneous nucleation at an undercooling of $230\ \mathrm{K}$:
    (a) compute the critical radius $r^*$;
    (b) compute the activation free energy $\Delta G^*$;
    (c) how many atoms make up a nucleus of critical size?
    Report (c)."""
    tm = kelvin(1064)
    r_star = 2 * Q_(0.132, "J/m**2") * tm / (Q_(1.16e9, "J/m**3") * Q_(230, "K"))
    v_nucleus = 4 / 3 * math.pi * r_star**3
    return v_nucleus * 4 / Q_(0.4079, "nm") ** 3


@item(
    S,
    "transformations_kinetics",
    "dimensionless",
    "Avrami exponent from two points: n = ln[ln(1/(1−y₂))/ln(1/(1−y₁))]/ln(t₂/t₁)",
    decimals=2,
    solution="ln(1/0.8) = 0.22314, ln(1/0.2) = 1.60944. n = ln(1.60944/0.22314)/ln(100/40) = ln(7.2126)/0.91629 = 1.9758/0.91629 = 2.16.",
    forms=("table", "inverse", "rounding"),
)
def h14a_tk_04():
    """Isothermal measurements of the fraction of pearlite formed are:

    | time (s) | fraction transformed |
    |----------|----------------------|
    | 40       | 0.20                 |
    | 100      | 0.80                 |

    Assuming y = 1 − exp(−k tⁿ), find the exponent n to two decimal places."""
    lhs1 = math.log(1 / (1 - 0.20))
    lhs2 = math.log(1 / (1 - 0.80))
    return math.log(lhs2 / lhs1) / math.log(100 / 40)


@item(
    S,
    "transformations_kinetics",
    "MJ/m**3",
    "ΔG_v = ΔH_f ΔT/T_m per mole, divided by the molar volume; negative for solidification",
    solution="Per mole: |ΔG| = 13.05 × 10³ × 150/1358 = 1441 J/mol. Per volume: 1441/7.11 × 10⁻⁶ = 2.03 × 10⁸ J/m³. Solidification below T_m lowers the free energy, so ΔG_v = −203 MJ/m³.",
    forms=("sign_convention", "two_step", "unicode", "named_unit"),
)
def h14a_tk_05():
    """Copper melts at 1358 K with a latent heat of fusion of 13.05 kJ/mol; its molar volume is 7.11 cm³/mol. Estimate the volume free-energy change ΔG_v (sign included) for liquid copper solidifying at an undercooling of 150 K, in MJ/m³."""
    dh = Q_(-13.05, "kJ/mol")
    dg_molar = dh * Q_(150, "K") / Q_(1358, "K")
    return dg_molar / Q_(7.11, "cm**3/mol")


@item(
    S,
    "transformations_kinetics",
    "degC",
    "Andrews (1965) linear M_s formula, as given in the question",
    decimals=0,
    solution="M_s = 539 − 423(0.40) − 30.4(0.75) − 17.7(1.8) − 12.1(0.80) − 7.5(0.25) = 539 − 169.2 − 22.8 − 31.86 − 9.68 − 1.875 = 303.6, i.e. 304 °C. The Si content does not enter.",
    forms=("tex", "where_clause", "distractor", "rounding"),
)
def h14a_tk_06():
    r"""The martensite-start temperature of a low-alloy steel may be estimated from $M_s(^{\circ}\mathrm{C}) = 539 - 423\,C - 30.4\,Mn - 17.7\,Ni - 12.1\,Cr - 7.5\,Mo$, where each symbol is the content in wt%. Estimate $M_s$ to the nearest degree for a steel with 0.40 C, 0.75 Mn, 0.25 Si, 1.8 Ni, 0.80 Cr and 0.25 Mo (wt%)."""
    return 539 - 423 * 0.40 - 30.4 * 0.75 - 17.7 * 1.8 - 12.1 * 0.80 - 7.5 * 0.25


@item(
    S,
    "transformations_kinetics",
    "um",
    "Grain growth dⁿ − d₀ⁿ = Kt with n = 2 (Callister eq. 7.9)",
    solution="K = (45² − 20²)/30 min = 1625/30 = 54.17 µm²/min. After 120 min: d² = 400 + 54.17 × 120 = 6900 µm², d = 83.1 µm.",
    forms=("ascii", "two_step", "named_unit"),
)
def h14a_tk_07():
    """Recrystallized brass with a 20 um mean grain diameter grows to 45 um after 30 min at 600 deg C. Assuming d^2 - d0^2 = K t, what will the grain diameter be after 2 h at the same temperature (in um)?"""
    d0, d1 = Q_(20, "um"), Q_(45, "um")
    k = (d1**2 - d0**2) / Q_(30, "min")
    return (d0**2 + k * Q_(2, "hour")) ** 0.5


@item(
    S,
    "transformations_kinetics",
    "s",
    "Avrami y = 1 − exp(−k tⁿ) has two unknowns, k and n",
    refuse="Only one (time, fraction) point is given and the Avrami exponent n is not stated, so k and n cannot both be found and the time to 90 % is not determinable.",
    solution="One data point fixes only k tⁿ = ln(1/0.7) at t = 50 s; the time for 90 % depends on n (e.g. 127 s for n = 2, 93 s for n = 3). The question must be refused.",
    forms=("must_refuse", "not_determinable", "unicode"),
)
def h14a_tk_08():
    """The isothermal transformation of an alloy follows the Avrami equation. After 50 s, 30 % of the austenite has transformed. How long will it take for the transformation to be 90 % complete?"""
    return None
