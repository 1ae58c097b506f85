"""Set heldout13 (set N), first half: 60 questions over seven topics of a qualifying exam.

Written blind: the writer did not read the answer engine, the checker, the solver or the earlier
sets (one item of set G was read for its format). Each key is computed in the body with pint
quantities or plain math; ``solution`` is the worked solution in words, ``forms`` says how the text
is written. A question with two standard readings returns a dict of them; one that must be refused
returns None and says why in ``refuse=``.
"""

from __future__ import annotations

import math
from typing import Any

from exam_items import item
from exam_quantities import AVOGADRO, K_BOLTZ, Q_, R_GAS, kelvin, num
from scipy.special import erfinv

S = "heldout13"

K_EV = K_BOLTZ.to("eV/K")


def bragg_two_theta(d: Any, wavelength: Any) -> float:
    """First-order 2θ in degrees."""
    return 2 * math.degrees(math.asin(num(wavelength / (2 * d))))


# ---------------------------------------------------------------- crystallography & X-ray diffraction


@item(
    S,
    "crystallography_xrd",
    "degree",
    "Bragg's law with d = a/√(h²+k²+l²), FCC Cu a = 0.3615 nm (Callister ch. 3)",
    solution="Copper is FCC with a = 0.3615 nm. d₁₁₁ = 0.3615/√3 = 0.20871 nm; sin θ = 0.0711/(2 · 0.20871) = 0.17033, θ = 9.807°, 2θ = 19.61°.",
    forms=("unicode", "known_datum_not_given", "two_step"),
)
def h13a_cryst_01():
    """A copper powder is examined in a diffractometer fitted with a molybdenum tube (Mo Kα, λ = 0.0711 nm). At what diffraction angle 2θ, in degrees, will the (111) reflection of copper appear? Take the room-temperature lattice parameter of copper from standard data."""
    d = Q_(0.3615, "nm") / math.sqrt(3)
    return Q_(bragg_two_theta(d, Q_(0.0711, "nm")), "degree")


@item(
    S,
    "crystallography_xrd",
    "nm",
    "BCC: atoms touch along the body diagonal, 4R = √3 a (Callister ch. 3)",
    solution="4R = √3 a, so R = √3 · 0.2866/4 = 0.1241 nm, option (B).",
    forms=("multiple_choice", "unicode", "one_step"),
)
def h13a_cryst_02():
    """α-iron is body-centred cubic with a = 0.2866 nm at room temperature. Its atomic radius is closest to
    (A) 0.101 nm  (B) 0.124 nm  (C) 0.143 nm  (D) 0.175 nm"""
    return math.sqrt(3) * Q_(0.2866, "nm") / 4


@item(
    S,
    "crystallography_xrd",
    "kg/m**3",
    "ρ = nA/(V_C N_A) with n = 2 for BCC (Callister eq. 3.8)",
    solution="V = a³ = (0.3147×10⁻⁹ m)³ = 3.1167×10⁻²⁹ m³; ρ = 2 · 95.95×10⁻³/(3.1167×10⁻²⁹ · 6.022×10²³) = 1.022×10⁴ kg m⁻³, i.e. 10.22 in units of 10³ kg m⁻³.",
    forms=("tex", "scaled_unit", "distractor"),
)
def h13a_cryst_03():
    r"""Molybdenum (atomic mass $95.95\ \mathrm{g\,mol^{-1}}$, melting point $2623\ ^{\circ}\mathrm{C}$) is BCC with a lattice parameter of $0.3147\ \mathrm{nm}$. Compute its theoretical density in units of $10^{3}\ \mathrm{kg\,m^{-3}}$."""
    a = Q_(0.3147, "nm")
    return 2 * Q_(95.95, "g/mol") / (a**3 * AVOGADRO)


@item(
    S,
    "crystallography_xrd",
    "angstrom",
    "FCC allowed reflections (h,k,l unmixed): 111, 200, 220, 311; Bragg's law and d = a/√(h²+k²+l²)",
    solution="For FCC the third line is (220). θ = 32.55°, d = 1.5406/(2 sin 32.55°) = 1.4313 Å, a = d √8 = 4.048 Å.",
    forms=("table", "unicode", "two_step", "extra_rows"),
)
def h13a_cryst_04():
    """A diffractogram of an FCC metal recorded with Cu Kα₁ radiation (λ = 0.15406 nm) gives the lines below.

    | line | 2θ (°) | relative intensity |
    |---|---|---|
    | 1 | 38.45 | 100 |
    | 2 | 44.70 | 47 |
    | 3 | 65.10 | 22 |
    | 4 | 78.23 | 24 |

    Index the third line and, from it alone, calculate the lattice parameter in ångströms."""
    theta = math.radians(65.10 / 2)
    d = Q_(0.15406, "nm") / (2 * math.sin(theta))
    return d * math.sqrt(8)


@item(
    S,
    "crystallography_xrd",
    "nm**3",
    "HCP cell volume: hexagonal prism (3√3/2)a²c or primitive rhombic cell (√3/2)a²c (Callister §3.4)",
    solution="The hexagonal prism has volume (3√3/2)a²c = 2.598 · 0.2665² · 0.4947 = 0.09128 nm³ (6 atoms); the primitive cell is one third of it, 0.03043 nm³ (2 atoms).",
    forms=("unicode", "two_readings"),
)
def h13a_cryst_05():
    """Zinc is hexagonal close-packed with a = 0.2665 nm and c = 0.4947 nm. What is the volume of its unit cell, in nm³?"""
    a, c = Q_(0.2665, "nm"), Q_(0.4947, "nm")
    prism = 3 * math.sqrt(3) / 2 * a**2 * c
    return {"hexagonal prism (6 atoms)": prism, "primitive cell (2 atoms)": prism / 3}


@item(
    S,
    "crystallography_xrd",
    "nm",
    "ρ = nA/(a³N_A) needs the number of atoms per cell n",
    refuse="Only 'cubic' is stated: simple, body-centred and face-centred cubic give n = 1, 2 or 4 and three different lattice parameters.",
    solution="The cubic lattice type is not stated, so n (1, 2 or 4) is unknown and a cannot be fixed.",
    forms=("unicode", "must_refuse", "missing_datum"),
)
def h13a_cryst_06():
    """A newly reported metallic element has a cubic crystal structure, an atomic weight of 88.4 g/mol and a measured density of 6.9 g/cm³. Calculate its lattice parameter in nanometres."""
    return None


@item(
    S,
    "crystallography_xrd",
    "angstrom",
    "Bragg's law λ = 2d sin θ with d₂₀₀ = a/2",
    solution="d₂₀₀ = 0.352/2 = 0.176 nm; λ = 2 · 0.176 · sin 25.90° = 0.15375 nm = 1.538 Å.",
    forms=("unicode", "uncertainty", "sig_figs"),
)
def h13a_cryst_07():
    """The lattice parameter of nickel (FCC) is (0.352 ± 0.001) nm. Its (200) reflection is observed at 2θ = 51.80°. What X-ray wavelength was used? Give the answer in Å to four significant figures."""
    d = Q_(0.352, "nm") / 2
    return 2 * d * math.sin(math.radians(51.80 / 2))


@item(
    S,
    "crystallography_xrd",
    "percent",
    "Volume per atom a³/n for BCC (n = 2) and FCC (n = 4); percent change",
    solution="Per atom: BCC 0.2910³/2 = 0.012322 nm³, FCC 0.3647³/4 = 0.012127 nm³; change = (0.012127 − 0.012322)/0.012322 = −1.58 %.",
    forms=("unicode", "percent_change", "signed", "two_step"),
)
def h13a_cryst_08():
    """At 912 °C iron transforms from BCC (a = 0.2910 nm) to FCC (a = 0.3647 nm) on heating. Calculate the percentage change in volume per atom accompanying the transformation, with its sign (expansion positive)."""
    v_bcc = Q_(0.2910, "nm") ** 3 / 2
    v_fcc = Q_(0.3647, "nm") ** 3 / 4
    return (v_fcc - v_bcc) / v_bcc


# ---------------------------------------------------------------- defects


@item(
    S,
    "defects",
    "dimensionless",
    "N_v/N = exp(−Q_v/kT) (Callister eq. 4.1)",
    solution="kT = 8.617×10⁻⁵ · 1273.15 = 0.10971 eV; N_v/N = exp(−0.90/0.10971) = 2.74×10⁻⁴.",
    forms=("unicode", "known_datum_not_given", "scientific_notation"),
)
def h13a_def_01():
    """The energy for vacancy formation in copper is 0.90 eV/atom. Calculate the equilibrium fraction of vacant lattice sites at 1000 °C. Express the answer in scientific notation."""
    return math.exp(-num(Q_(0.90, "eV") / (K_EV * kelvin(1000))))


@item(
    S,
    "defects",
    "1/m**3",
    "N = N_Aρ/A; N_v = N exp(−Q_v/RT) (Callister eq. 4.1)",
    solution="N = 6.022×10²³ · 2.70/26.98 = 6.026×10²² cm⁻³ = 6.026×10²⁸ m⁻³; Q_v/RT = 72 400/(8.314 · 873.15) = 9.973; N_v = 6.026×10²⁸ · 4.67×10⁻⁵ = 2.81×10²⁴ m⁻³.",
    forms=("units_in_words", "two_step"),
)
def h13a_def_02():
    """For aluminium the vacancy formation energy is 72.4 kilojoules per mole, the density 2.70 grams per cubic centimetre and the atomic weight 26.98 grams per mole. How many vacancies per cubic metre are present at 600 °C?"""
    n_sites = AVOGADRO * Q_(2.70, "g/cm**3") / Q_(26.98, "g/mol")
    return n_sites * math.exp(-num(Q_(72.4, "kJ/mol") / (R_GAS * kelvin(600))))


@item(
    S,
    "defects",
    "eV",
    "Ratio of two Arrhenius vacancy fractions: Q_v = k ln(r)/(1/T₁ − 1/T₂)",
    solution="1/773.15 − 1/973.15 = 2.658×10⁻⁴ K⁻¹; Q_v = 8.617×10⁻⁵ · ln 9.6/2.658×10⁻⁴ = 0.733 eV.",
    forms=("unicode", "derived_key", "bracket_unit"),
)
def h13a_def_03():
    """Dilatometry shows that the equilibrium vacancy concentration of a pure metal rises by a factor of 9.6 between 500 °C and 700 °C. Estimate the vacancy formation energy per atom. [eV]"""
    inv = 1 / kelvin(500) - 1 / kelvin(700)
    return K_EV * math.log(9.6) / inv


@item(
    S,
    "defects",
    "1/m**3",
    "Schottky pairs: n_s = N exp(−Q_s/2kT); N = 4/a³ for rock salt (Callister eq. 12.3)",
    solution="N = 4/(0.564×10⁻⁹)³ = 2.230×10²⁸ m⁻³; Q_s/2kT = 2.3/(2 · 8.617×10⁻⁵ · 1073.15) = 12.436; n_s = 2.230×10²⁸ · 3.97×10⁻⁶ = 8.85×10²² m⁻³.",
    forms=("tex", "distractor", "two_step"),
)
def h13a_def_04():
    r"""Sodium chloride has the rock-salt structure with $a = 0.564\ \mathrm{nm}$ and melts at $801\ ^{\circ}\mathrm{C}$. The energy to form one Schottky pair is $2.3\ \mathrm{eV}$. Calculate the number of Schottky defects per $\mathrm{m^{3}}$ at $800\ ^{\circ}\mathrm{C}$."""
    n_pairs = 4 / Q_(0.564, "nm") ** 3
    return n_pairs * math.exp(-num(Q_(2.3, "eV") / (2 * K_EV * kelvin(800))))


@item(
    S,
    "defects",
    "1/mm**2",
    "ASTM grain size N = 2^(n−1) grains per in² at 100× (Callister eq. 4.19)",
    solution="At 100×: 2⁵ = 32 grains per in²; at 1× the area shrinks by 100², so 3.2×10⁵ grains per in² = 3.2×10⁵/645.16 = 496 grains mm⁻².",
    forms=("unicode", "unit_change", "two_step"),
)
def h13a_def_05():
    """A steel has ASTM grain-size number 6. How many grains are there per square millimetre of the actual (unmagnified) polished surface?"""
    per_in2_at_100 = 2 ** (6 - 1)
    return per_in2_at_100 * 100**2 / Q_(1, "inch**2")


@item(
    S,
    "defects",
    "dimensionless",
    "N_M (M/100)² = 2^(n−1) (Callister eq. 4.20)",
    decimals=2,
    solution="At 100×: 45 · (250/100)² = 281.25 grains per in²; n = 1 + log₂ 281.25 = 9.14.",
    forms=("unicode", "decimal_places"),
)
def h13a_def_06():
    """A photomicrograph taken at 250× shows 45 grains per square inch. Determine the ASTM grain-size number to two decimal places."""
    n100 = 45 * (250 / 100) ** 2
    return 1 + math.log2(n100)


@item(
    S,
    "defects",
    "angstrom",
    "FCC Burgers vector b = (a/2)⟨110⟩, |b| = a√2/2",
    solution="|b| = 0.4049 · √2/2 = 0.2863 nm = 2.86 Å, option (B).",
    forms=("multiple_choice", "unit_change", "one_step"),
)
def h13a_def_07():
    """Aluminium is FCC with a = 0.4049 nm. The magnitude of the Burgers vector of a perfect dislocation in aluminium is
    (A) 2.02 Å  (B) 2.86 Å  (C) 3.51 Å  (D) 4.05 Å"""
    return Q_(0.4049, "nm") * math.sqrt(2) / 2


@item(
    S,
    "defects",
    "1/cm**3",
    "N = 2/a³ for BCC (α-Fe a = 0.2866 nm); N_v = N exp(−Q_v/kT)",
    solution="α-Fe is BCC with a = 0.2866 nm: N = 2/(0.2866×10⁻⁷ cm)³ = 8.496×10²² cm⁻³; kT = 8.617×10⁻⁵ · 1123.15 = 0.09678 eV; N_v = 8.496×10²² · exp(−1.08/0.09678) = 1.22×10¹⁸ cm⁻³.",
    forms=("unicode", "known_datum_not_given", "assume", "two_step"),
)
def h13a_def_08():
    """The vacancy formation energy in α-iron is 1.08 eV. Neglecting thermal expansion, estimate the number of vacancies per cubic centimetre in α-iron at 850 °C. Assume the room-temperature lattice parameter applies."""
    n = 2 / Q_(0.2866, "nm") ** 3
    return n * math.exp(-num(Q_(1.08, "eV") / (K_EV * kelvin(850))))


@item(
    S,
    "defects",
    "1/m**2",
    "Dislocation density ρ = total line length / volume",
    solution="ρ = 8.5×10⁴ mm/1.5×10⁻³ mm³ = 5.67×10⁷ mm⁻² = 5.67×10¹³ m⁻².",
    forms=("engineering_notation", "units_in_words", "unit_change"),
)
def h13a_def_09():
    """Transmission electron micrographs of a cold-worked nickel foil give a total dislocation line length of 8.5e4 millimetres in a sampled volume of 1.5e-3 cubic millimetres. What is the dislocation density, in dislocations per square metre?"""
    return Q_(8.5e4, "mm") / Q_(1.5e-3, "mm**3")


# ---------------------------------------------------------------- diffusion


@item(
    S,
    "diffusion",
    "m**2/s",
    "D = D₀ exp(−Q_d/RT) (Callister eq. 5.8)",
    solution="Q/RT = 148 000/(8.314 · 1273.15) = 13.98; D = 2.3×10⁻⁵ · 8.46×10⁻⁷ = 1.95×10⁻¹¹ m² s⁻¹, i.e. 1.95 in units of 10⁻¹¹.",
    forms=("tex", "known_datum_not_given", "scaled_unit"),
)
def h13a_diff_01():
    r"""For carbon diffusing in $\gamma$-iron, $D_0 = 2.3\times10^{-5}\ \mathrm{m^2\,s^{-1}}$ and $Q_d = 148\ \mathrm{kJ\,mol^{-1}}$. Compute the diffusion coefficient at $1000\ ^{\circ}\mathrm{C}$ in units of $10^{-11}\ \mathrm{m^{2}\,s^{-1}}$."""
    return Q_(2.3e-5, "m**2/s") * math.exp(-num(Q_(148, "kJ/mol") / (R_GAS * kelvin(1000))))


@item(
    S,
    "diffusion",
    "hour",
    "(C_x − C₀)/(C_s − C₀) = 1 − erf(x/2√(Dt)) (Callister eq. 5.5)",
    solution="(0.60 − 0.20)/(1.00 − 0.20) = 0.5, so erf z = 0.5, z = 0.4769; t = x²/(4Dz²) = (7.5×10⁻⁴)²/(4 · 1.6×10⁻¹¹ · 0.2275) = 3.86×10⁴ s = 10.7 h.",
    forms=("unicode", "time_not_depth", "unit_change"),
)
def h13a_diff_02():
    """A steel containing 0.20 wt% C is carburised in an atmosphere that holds the surface at 1.00 wt% C. The diffusivity of carbon at the process temperature is 1.6 × 10⁻¹¹ m²/s. How many hours are needed to reach 0.60 wt% C at a depth of 0.75 mm?"""
    z = erfinv(1 - (0.60 - 0.20) / (1.00 - 0.20))
    return Q_(0.75, "mm") ** 2 / (4 * Q_(1.6e-11, "m**2/s") * z**2)


@item(
    S,
    "diffusion",
    "kg/(m**2*hour)",
    "Fick's first law J = −D dC/dx, steady state (Callister eq. 5.3)",
    solution="J = D ΔC/Δx = 3.0×10⁻¹¹ · (1.2 − 0.8)/5×10⁻³ = 2.4×10⁻⁹ kg m⁻² s⁻¹ = 8.64×10⁻⁶ kg m⁻² h⁻¹.",
    forms=("tex", "two_materials", "unit_change", "assume"),
)
def h13a_diff_03():
    r"""A $5\ \mathrm{mm}$ thick iron plate separates two gas atmospheres; the carbon concentrations just inside its two faces are $1.2$ and $0.8\ \mathrm{kg\,m^{-3}}$. At the operating temperature $D = 3.0\times10^{-11}\ \mathrm{m^2\,s^{-1}}$ for carbon in the iron (a nickel plate of the same size would have $D = 8\times10^{-13}\ \mathrm{m^2\,s^{-1}}$). Assume steady state. Calculate the carbon flux through the iron plate in $\mathrm{kg\,m^{-2}\,h^{-1}}$."""
    return Q_(3.0e-11, "m**2/s") * Q_(1.2 - 0.8, "kg/m**3") / Q_(5, "mm")


@item(
    S,
    "diffusion",
    "eV",
    "Q_d = R ln(D₂/D₁)/(1/T₁ − 1/T₂) (Callister eq. 5.9a)",
    solution="1/873.15 − 1/1073.15 = 2.1344×10⁻⁴ K⁻¹; ln(1.3×10⁻¹²/5.5×10⁻¹⁴) = 3.163; Q = 8.314 · 3.163/2.1344×10⁻⁴ = 1.232×10⁵ J/mol = 1.277 eV per atom.",
    forms=("unicode", "bracket_unit", "unit_change"),
)
def h13a_diff_04():
    """The diffusion coefficient of a solute in a metal is 5.5 × 10⁻¹⁴ m²/s at 600 °C and 1.3 × 10⁻¹² m²/s at 800 °C. Calculate the activation energy for diffusion per atom. [eV]"""
    inv = 1 / kelvin(600) - 1 / kelvin(800)
    q_molar = R_GAS * math.log(1.3e-12 / 5.5e-14) / inv
    return q_molar / AVOGADRO


@item(
    S,
    "diffusion",
    "minute",
    "Same profile: Dt = const, D = D₀ exp(−Q/RT)",
    solution="t₂ = t₁ exp[(Q/R)(1/T₂ − 1/T₁)] = 1.5 h · exp[17 801 · (1/1273.15 − 1/1173.15)] = 1.5 · 0.3037 = 0.456 h = 27.3 min.",
    forms=("unicode", "mixed_number_words", "time_not_depth", "unit_change"),
)
def h13a_diff_05():
    """A carburising treatment of one and a half hours at 900 °C gives the required case. The activation energy for carbon diffusion in austenite is 148 kJ/mol. How many minutes would give the same case at 1000 °C?"""
    q_over_r = Q_(148, "kJ/mol") / R_GAS
    return Q_(1.5, "hour") * math.exp(num(q_over_r * (1 / kelvin(1000) - 1 / kelvin(900))))


@item(
    S,
    "diffusion",
    "micrometer",
    "Diffusion length x ≈ √(Dt) or x ≈ 2√(Dt) (order-of-magnitude estimate)",
    rel_tol=0.1,
    solution="√(Dt) = √(1.0×10⁻¹⁴ · 3600) = 6.0×10⁻⁶ m = 6.0 µm; with the 2√(Dt) convention 12 µm.",
    forms=("unicode", "estimate", "two_readings"),
)
def h13a_diff_06():
    """Approximately how far, in micrometres, does a solute with D = 1.0 × 10⁻¹⁴ m²/s diffuse in one hour? An estimate is sufficient."""
    root = (Q_(1.0e-14, "m**2/s") * Q_(1, "hour")) ** 0.5
    return {"sqrt(Dt)": root, "2 sqrt(Dt)": 2 * root}


@item(
    S,
    "diffusion",
    "hour",
    "t ≈ x²/D needs the diffusivity of the particular alloy",
    refuse="The interdiffusion coefficient of aluminium in this proprietary superalloy is not given and no standard table fixes it.",
    solution="No diffusivity is given for this specific alloy, and none can be looked up, so the time cannot be computed.",
    forms=("unicode", "must_refuse", "missing_datum"),
)
def h13a_diff_07():
    """A cast bar of a proprietary nickel-base superalloy has aluminium segregation with a dendrite-arm spacing of 80 µm. Estimate the homogenisation time at 1 200 °C, in hours, needed to reduce the segregation to negligible levels."""
    return None


@item(
    S,
    "diffusion",
    "micrometer",
    "Fick's first law at steady state: Δx = D ΔC/J (maximum thickness for a required flux)",
    solution="Δx = D ΔC/J = 1.0×10⁻⁸ · (2.4 − 0.6)/2.5×10⁻⁴ = 7.2×10⁻⁵ m = 72 µm; any thicker membrane gives less than the required flux.",
    forms=("unicode", "answer_blank", "design_value", "assume", "distractor"),
)
def h13a_diff_08():
    """Hydrogen is purified by diffusion through a palladium sheet at 600 K. Assume steady state. The hydrogen concentrations at the high- and low-pressure faces are 2.4 and 0.6 kg/m³, and D = 1.0 × 10⁻⁸ m²/s. What is the maximum sheet thickness that still passes a flux of at least 2.5 × 10⁻⁴ kg m⁻² s⁻¹?
    Answer: ______ µm"""
    return Q_(1.0e-8, "m**2/s") * Q_(2.4 - 0.6, "kg/m**3") / Q_(2.5e-4, "kg/(m**2*s)")


@item(
    S,
    "diffusion",
    "dimensionless",
    "D₂/D₁ = exp[(Q/k)(1/T₁ − 1/T₂)]",
    solution="Q/k = 2.5/8.617×10⁻⁵ = 29 012 K; 1/1100 − 1/1300 = 1.3986×10⁻⁴ K⁻¹; ratio = exp(4.058) = 57.8.",
    forms=("engineering_notation", "ratio", "distractor"),
)
def h13a_diff_09():
    """Self-diffusion in a ceramic has D = 3.1E-15 m²/s at 1 100 K and an activation energy of 2.5 eV per atom. By what factor does D increase when the temperature is raised to 1 300 K?"""
    q_over_k = Q_(2.5, "eV") / K_EV
    return math.exp(num(q_over_k * (1 / Q_(1100, "K") - 1 / Q_(1300, "K"))))


# ---------------------------------------------------------------- mechanical properties


@item(
    S,
    "mechanical_properties",
    "micrometer",
    "Hooke's law Δl = Fl₀/(AE) (Callister eq. 6.2)",
    solution="σ = 15 000/(π · 0.005²) = 191.0 MPa (< 275 MPa, elastic); Δl = 191.0×10⁶ · 0.250/207×10⁹ = 2.307×10⁻⁴ m = 231 µm.",
    forms=("unicode", "distractor", "unit_change"),
)
def h13a_mech_01():
    """A steel rod 250 mm long and 10 mm in diameter (E = 207 GPa, yield strength 275 MPa, ν = 0.30) carries a tensile load of 15 kN. By how many micrometres does it lengthen?"""
    area = math.pi * (Q_(10, "mm") / 2) ** 2
    return Q_(15, "kN") * Q_(250, "mm") / (area * Q_(207, "GPa"))


@item(
    S,
    "mechanical_properties",
    "micrometer",
    "ε_lateral = −ν ε_axial (Callister eq. 6.8); Δd = ε_lateral d₀",
    solution="ε_lat = −0.34 · 2.5×10⁻³ = −8.5×10⁻⁴; Δd = −8.5×10⁻⁴ · 12 mm = −0.0102 mm = −10.2 µm.",
    forms=("unicode", "signed", "assume"),
)
def h13a_mech_02():
    """A cylindrical copper alloy specimen of 12 mm diameter is pulled elastically to an axial strain of 2.5 × 10⁻³. Assume the material is isotropic with ν = 0.34. Give the change in diameter in micrometres, with its sign."""
    return -0.34 * 2.5e-3 * Q_(12, "mm")


@item(
    S,
    "mechanical_properties",
    "dimensionless",
    "σ = F/A₀, ε = σ/E with compression negative",
    solution="σ = −3.1×10⁴/(0.020 · 0.020) = −77.5 MPa; ε = −77.5/97 000 = −7.99×10⁻⁴.",
    forms=("engineering_notation", "signed", "compressive"),
)
def h13a_mech_03():
    """A brass block of square section 20 mm × 20 mm carries an axial compressive load of 3.1E+04 N. With E = 97 GPa, compute the axial strain (tension positive)."""
    sigma = -Q_(3.1e4, "N") / (Q_(20, "mm") * Q_(20, "mm"))
    return sigma / Q_(97, "GPa")


@item(
    S,
    "mechanical_properties",
    "ksi",
    "σ_T = σ(1 + ε) before necking (Callister eq. 6.18a)",
    solution="σ_T = 480 · 1.18 = 566.4 MPa = 82.1 ksi.",
    forms=("unicode", "unit_change", "one_step", "distractor"),
)
def h13a_mech_04():
    """At an engineering strain of 0.18 (before necking) a tensile specimen carries an engineering stress of 480 MPa; its reduction in area at fracture was later measured as 52 %. What is the true stress at that strain, in ksi?"""
    return Q_(480, "MPa") * (1 + 0.18)


@item(
    S,
    "mechanical_properties",
    "dimensionless",
    "Hollomon σ_T = K ε_Tⁿ (Callister eq. 6.19)",
    solution="ε_T = (700/1035)^(1/0.18) = 0.67633^5.556 = 0.114.",
    forms=("table", "two_materials", "sig_figs"),
)
def h13a_mech_05():
    """Strain-hardening data for two alloys:

    | alloy | K (MPa) | n | E (GPa) |
    |---|---|---|---|
    | low-alloy steel | 1 035 | 0.18 | 207 |
    | 70/30 brass | 895 | 0.49 | 110 |

    What true plastic strain must be imposed on the steel to raise its true stress to 700 MPa? Give three significant figures."""
    return (700 / 1035) ** (1 / 0.18)


@item(
    S,
    "mechanical_properties",
    "ksi",
    "TS (psi) ≈ 500 HB, TS (MPa) ≈ 3.45 HB for steels (Callister eq. 6.20)",
    solution="TS ≈ 500 · 250 = 125 000 psi = 125 ksi.",
    forms=("unicode", "estimate", "us_units"),
)
def h13a_mech_06():
    """A plain-carbon steel shaft has a Brinell hardness of 250 HB. Estimate its tensile strength in ksi."""
    return 500 * 250 * Q_(1, "psi")


@item(
    S,
    "mechanical_properties",
    "kJ/m**3",
    "Modulus of resilience U_r = σ_y²/2E (Callister eq. 6.14)",
    solution="U_r = (60 000 psi)²/(2 · 30×10⁶ psi) = 60 psi = 60 in·lbf/in³ = 413.7 kJ m⁻³.",
    forms=("tex", "us_units", "unit_change"),
)
def h13a_mech_07():
    r"""A spring steel has a yield strength of $60\ \mathrm{ksi}$ and an elastic modulus of $30\times10^{6}\ \mathrm{psi}$. Calculate its modulus of resilience in $\mathrm{kJ\,m^{-3}}$."""
    sy = Q_(60, "ksi")
    return sy**2 / (2 * Q_(30e6, "psi"))


@item(
    S,
    "mechanical_properties",
    "MPa",
    "ε = σ/E is dimensionless",
    refuse="A strain is dimensionless; it cannot be given in megapascals.",
    solution="The elastic strain is 120/70 000 = 1.7×10⁻³, a pure number; an answer 'in MPa' has no meaning.",
    forms=("unicode", "must_refuse", "unit_mismatch"),
)
def h13a_mech_08():
    """An aluminium alloy bar (E = 70 GPa) is loaded elastically to a tensile stress of 120 MPa. Compute the elastic strain of the bar, in megapascals."""
    return None


@item(
    S,
    "mechanical_properties",
    "percent",
    "Considère: dσ_T/dε_T = σ_T gives ε_T = n at necking; e = exp(ε_T) − 1",
    solution="With σ_T = Kεⁿ, dσ/dε = nKε^(n−1) = Kεⁿ gives ε_T = n = 0.22; engineering strain e = exp(0.22) − 1 = 0.2461 = 24.6 %.",
    forms=("unicode", "show_that", "harder", "derived_key"),
)
def h13a_mech_09():
    """A metal obeys σ_T = K ε_Tⁿ with K = 620 MPa and n = 0.22. Show that necking begins when the true strain equals n, and hence calculate the engineering strain at the onset of necking, in percent."""
    return Q_(math.exp(0.22) - 1, "dimensionless")


# ---------------------------------------------------------------- failure


@item(
    S,
    "failure",
    "MPa",
    "Griffith σ_c = √(2Eγ_s/πa), a = half-length of an internal crack (Callister eq. 8.3)",
    solution="a = 2 µm; σ_c = √(2 · 70×10⁹ · 0.9/(π · 2×10⁻⁶)) = 1.42×10⁸ Pa = 142 MPa.",
    forms=("unicode", "bracket_unit", "half_length"),
)
def h13a_fail_01():
    """A soda-lime glass plate (E = 70 GPa, specific surface energy 0.9 J/m²) contains an internal crack 4 µm long. Using the Griffith criterion, estimate the tensile stress at which it fractures (in MPa)."""
    a = Q_(4, "micrometer") / 2
    return (2 * Q_(70, "GPa") * Q_(0.9, "J/m**2") / (math.pi * a)) ** 0.5


@item(
    S,
    "failure",
    "MPa",
    "Griffith's relation holds for brittle solids only",
    refuse="Annealed copper is ductile: plastic work at the crack tip dwarfs the surface energy, so the Griffith (brittle) relation is outside its assumption.",
    solution="The Griffith criterion assumes purely elastic, brittle fracture; for ductile annealed copper it does not apply and the stem gives no fracture toughness.",
    forms=("unicode", "must_refuse", "outside_assumption"),
)
def h13a_fail_02():
    """An annealed, highly ductile copper plate (E = 110 GPa, surface energy 1.8 J/m²) has an edge crack 0.5 mm deep. Use the Griffith relation to find the stress at which the plate will fracture, in MPa."""
    return None


@item(
    S,
    "failure",
    "mm",
    "K_Ic = Yσ√(πa) ⇒ a_c = (1/π)(K_Ic/Yσ)² (Callister eq. 8.7)",
    solution="σ = 1100/3 = 366.7 MPa; a_c = (1/π)(44/(1.12 · 366.7))² = (1/π) · 0.010 48 = 3.65×10⁻³ m = 3.65 mm.",
    forms=("table", "two_materials", "fraction_1_3", "design_value"),
)
def h13a_fail_03():
    """Candidate alloys for a landing-gear link:

    | alloy | yield strength (MPa) | K_Ic (MPa·m^½) |
    |---|---|---|
    | 4340 steel | 1 100 | 44 |
    | Ti-6Al-4V | 910 | 55 |

    The steel part is designed to operate at 1/3 of its yield strength. With Y = 1.12, what is the largest surface crack length (mm) the steel part can tolerate without fracturing?"""
    sigma = Q_(1100, "MPa") / 3
    return (Q_(44, "MPa*m**0.5") / (1.12 * sigma)) ** 2 / math.pi


@item(
    S,
    "failure",
    "dimensionless",
    "Stress ratio R = σ_min/σ_max (Callister eq. 8.17)",
    decimals=2,
    solution="R = −90/310 = −0.29.",
    forms=("unicode", "signed", "decimal_places", "distractor"),
)
def h13a_fail_04():
    """A shaft is loaded cyclically between a maximum stress of +310 MPa and a minimum of −90 MPa at 25 Hz. Determine the stress ratio R to two decimal places."""
    return -90 / 310


@item(
    S,
    "failure",
    "year",
    "Larson–Miller P = T(C + log t_r), C = 20, T in K, t in h (Callister eq. 8.24)",
    solution="log t = 22 500/923.15 − 20 = 4.373; t = 2.36×10⁴ h = 2.69 years.",
    forms=("tex", "unit_change", "time_to_state"),
)
def h13a_fail_05():
    r"""For a nickel alloy under a stress of $140\ \mathrm{MPa}$ the Larson–Miller parameter is $P = 22.5\times10^{3}$ (with $T$ in K, $t_r$ in h and $C = 20$). Predict the rupture life at $650\ ^{\circ}\mathrm{C}$ in years."""
    t_k = num(kelvin(650) / Q_(1, "K"))
    return Q_(10 ** (22.5e3 / t_k - 20), "hour")


@item(
    S,
    "failure",
    "1/s",
    "Power-law creep ε̇ = Kσⁿ exp(−Q_c/RT) at constant T: ε̇₂ = ε̇₁(σ₂/σ₁)ⁿ",
    solution="At fixed T: ε̇₂ = 2.5×10⁻⁵ h⁻¹ · (250/200)⁵ = 7.63×10⁻⁵ h⁻¹ = 2.12×10⁻⁸ s⁻¹.",
    forms=("context_paragraph", "distractor", "unit_change"),
)
def h13a_fail_06():
    """A steam-header pipe has run for 40 000 h at 800 K since its last inspection in 2019, and the plant's maximum pressure is 17 MPa. Laboratory tests on the pipe steel at 800 K give a steady-state creep rate of 2.5 × 10⁻⁵ h⁻¹ at 200 MPa; the stress exponent is 5 and the creep activation energy 280 kJ/mol. What steady-state creep rate, per second, is expected at 250 MPa and the same temperature?"""
    return Q_(2.5e-5, "1/hour") * (250 / 200) ** 5


@item(
    S,
    "failure",
    "dimensionless",
    "Palmgren–Miner Σ nᵢ/Nᵢ = 1",
    solution="Damage used: 2×10⁴/10⁵ + 5×10⁴/4×10⁵ = 0.200 + 0.125 = 0.325; remaining 0.675 · 2.5×10⁵ = 1.69×10⁵ cycles.",
    forms=("unicode", "two_step", "derived_key"),
)
def h13a_fail_07():
    """An aluminium bracket has fatigue lives of 1 × 10⁵, 4 × 10⁵ and 2.5 × 10⁵ cycles at stress amplitudes of 180, 140 and 155 MPa. It has already seen 2 × 10⁴ cycles at 180 MPa and 5 × 10⁴ cycles at 140 MPa. Using Miner's rule, how many more cycles can it endure at 155 MPa?"""
    used = 2e4 / 1e5 + 5e4 / 4e5
    return (1 - used) * 2.5e5


@item(
    S,
    "failure",
    "MPa",
    "σ_c = K_Ic/(Y√(πa)) with Y = 1; a = full length or half-length of the crack",
    solution="With a = 1.5 mm (half of a 3 mm internal crack): σ = 30/√(π · 0.0015) = 437 MPa; with a = 3 mm (an edge crack of that depth): 309 MPa.",
    forms=("unicode", "two_readings"),
)
def h13a_fail_08():
    """A wide plate of a steel with K_Ic = 30 MPa·m^½ contains a crack 3 mm long. Taking Y = 1, what tensile stress will cause fracture, in MPa?"""
    k = Q_(30, "MPa*m**0.5")
    return {
        "internal crack, a = 1.5 mm": k / (math.pi * Q_(1.5, "mm")) ** 0.5,
        "edge crack, a = 3 mm": k / (math.pi * Q_(3, "mm")) ** 0.5,
    }


# ---------------------------------------------------------------- phase diagrams


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Lever rule W_β = (C₀ − C_α)/(C_β − C_α) (Callister eq. 9.2)",
    solution="At 150 °C: W_β = (40 − 11)/(98 − 11) = 0.333.",
    forms=("table", "extra_rows", "other_phase"),
)
def h13a_phase_01():
    """Phase compositions read from the Pb–Sn diagram:

    | T (°C) | α (wt% Sn) | β (wt% Sn) |
    |---|---|---|
    | 183 | 18.3 | 97.8 |
    | 150 | 11 | 98 |
    | 100 | 5 | 99 |

    A Pb–40 wt% Sn alloy is held at 150 °C. What mass fraction of the alloy is the β phase?"""
    return (40 - 11) / (98 - 11)


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Fe–Fe₃C lever rule: W_p = (C₀ − 0.022)/(0.76 − 0.022) (Callister eq. 9.20)",
    solution="With the eutectoid at 0.76 wt% C and α at 0.022 wt% C: W_p = (0.35 − 0.022)/(0.76 − 0.022) = 0.444.",
    forms=("unicode", "known_datum_not_given", "other_phase"),
)
def h13a_phase_02():
    """A 0.35 wt% C plain-carbon steel is cooled slowly from the austenite field to just below the eutectoid temperature. What mass fraction of the microstructure is pearlite?"""
    return (0.35 - 0.022) / (0.76 - 0.022)


@item(
    S,
    "phase_diagrams",
    "gram",
    "Fe–Fe₃C lever rule across α + Fe₃C: W_Fe₃C = (C₀ − C_α)/(6.70 − C_α)",
    solution="W_Fe₃C = (0.60 − 0.022)/(6.70 − 0.022) = 0.08655; mass = 0.08655 · 2.5 kg = 0.216 kg = 216 g.",
    forms=("tex", "unit_change", "two_step"),
)
def h13a_phase_03():
    r"""A $2.5\ \mathrm{kg}$ specimen of a $0.60\ \mathrm{wt\%}$ C steel is slowly cooled to just below $727\ ^{\circ}\mathrm{C}$. Taking $C_\alpha = 0.022\ \mathrm{wt\%}$ C and $C_{\mathrm{Fe_3C}} = 6.70\ \mathrm{wt\%}$ C, how many grams of cementite does it contain?"""
    w = (0.60 - 0.022) / (6.70 - 0.022)
    return w * Q_(2.5, "kg")


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Lever rule: W_L/W_α = (C_α − C₀)/(C₀ − C_L)",
    solution="W_L/W_α = (43 − 35)/(35 − 32) = 8/3 = 2.67, option (C).",
    forms=("multiple_choice", "ratio", "unicode"),
)
def h13a_phase_04():
    """A Cu–35 wt% Ni alloy at 1 250 °C consists of liquid of 32 wt% Ni and α of 43 wt% Ni. The ratio of the mass of liquid to the mass of α is
    (A) 0.375  (B) 1.38  (C) 2.67  (D) 3.67"""
    return (43 - 35) / (35 - 32)


@item(
    S,
    "phase_diagrams",
    "percent",
    "Lever rule then V_α = (W_α/ρ_α)/(W_α/ρ_α + W_β/ρ_β) (Callister eq. 9.6)",
    solution="W_α = (99 − 25)/(99 − 5) = 0.7872, W_β = 0.2128; V_α = (0.7872/11.2)/(0.7872/11.2 + 0.2128/7.3) = 0.0703/0.0994 = 70.7 %.",
    forms=("units_in_words", "two_step", "percent"),
)
def h13a_phase_05():
    """A Pb–25 wt% Sn alloy at 100 °C consists of α (5 wt% Sn, density 11.2 grams per cubic centimetre) and β (99 wt% Sn, density 7.3 grams per cubic centimetre). What percentage of the alloy's volume is α?"""
    w_a = (99 - 25) / (99 - 5)
    w_b = 1 - w_a
    v_a = (w_a / 11.2) / (w_a / 11.2 + w_b / 7.3)
    return Q_(v_a, "dimensionless")


@item(
    S,
    "phase_diagrams",
    "percent",
    "wt% → at%: C_Ni = (C/A_Ni)/(C/A_Ni + C'/A_Cu) × 100 (Callister eq. 4.6a)",
    solution="Ni: 35/58.69 = 0.5964; Cu: 65/63.55 = 1.0228; at% Ni = 0.5964/1.6192 = 36.8 at%.",
    forms=("unicode", "one_step", "unit_change"),
)
def h13a_phase_06():
    """A Cu–Ni alloy contains 35 wt% Ni (A_Ni = 58.69 g/mol, A_Cu = 63.55 g/mol). Express its composition in atom percent nickel."""
    ni, cu = 35 / 58.69, 65 / 63.55
    return Q_(ni / (ni + cu), "dimensionless")


@item(
    S,
    "phase_diagrams",
    "percent",
    "Primary α just below the eutectic: W_α' = (C_E − C₀)/(C_E − C_αE) (Callister eq. 9.10)",
    solution="W_α' = (61.9 − 30)/(61.9 − 18.3) = 0.732 = 73.2 %.",
    forms=("tex", "table", "extra_columns", "percent"),
)
def h13a_phase_07():
    r"""The Pb–Sn eutectic data are:

    \begin{tabular}{lccc}
    point & $T$ ($^{\circ}$C) & wt\% Sn & density (g cm$^{-3}$) \\
    $\alpha$ at eutectic & 183 & 18.3 & 10.5 \\
    eutectic liquid & 183 & 61.9 & -- \\
    $\beta$ at eutectic & 183 & 97.8 & 7.3 \\
    \end{tabular}

    For a Pb–30 wt% Sn alloy cooled to just below $183\ ^{\circ}\mathrm{C}$, what percentage of the mass is primary (proeutectic) $\alpha$?"""
    return Q_((61.9 - 30) / (61.9 - 18.3), "dimensionless")


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Proeutectoid ferrite exists only below the eutectoid composition",
    refuse="The stem calls the steel hypoeutectoid but 0.95 wt% C is above the eutectoid 0.76 wt% C; a 0.95 % C steel forms proeutectoid cementite, not ferrite.",
    solution="0.95 wt% C lies above 0.76 wt% C, so the steel is hypereutectoid; the statement contradicts the givens and no proeutectoid ferrite fraction exists.",
    forms=("unicode", "must_refuse", "contradiction_in_words"),
)
def h13a_phase_08():
    """A hypoeutectoid plain-carbon steel containing 0.95 wt% C is slowly cooled to just below 727 °C. Calculate the mass fraction of proeutectoid ferrite."""
    return None


# ---------------------------------------------------------------- transformations & kinetics


@item(
    S,
    "transformations_kinetics",
    "minute",
    "Avrami y = 1 − exp(−ktⁿ): t_y = t₀.₅ [ln(1/(1−y))/ln 2]^(1/n) (Callister eq. 10.17)",
    solution="t₉₀/t₅₀ = (ln 10/ln 2)^(1/2.5) = 3.3219^0.4 = 1.616; t₉₀ = 120 s · 1.616 = 194 s = 3.23 min, option (B).",
    forms=("multiple_choice", "unit_change", "two_step"),
)
def h13a_trans_01():
    """A recrystallisation follows Avrami kinetics with n = 2.5 and is half complete after 120 s. The time to reach 90 % recrystallisation is closest to
    (A) 2.0 min  (B) 3.2 min  (C) 4.8 min  (D) 7.5 min"""
    ratio = (math.log(10) / math.log(2)) ** (1 / 2.5)
    return Q_(120, "s") * ratio


@item(
    S,
    "transformations_kinetics",
    "angstrom",
    "Homogeneous nucleation r* = −2γT_m/(ΔH_f ΔT) (Callister eq. 10.6)",
    solution="r* = 2 · 0.255 · 1728.15/(2.53×10⁹ · 250) = 1.393×10⁻⁹ m = 13.9 Å.",
    forms=("tex", "unit_change", "one_step"),
)
def h13a_trans_02():
    r"""For nickel, $\Delta H_f = -2.53\times10^{9}\ \mathrm{J\,m^{-3}}$, $\gamma = 0.255\ \mathrm{J\,m^{-2}}$ and $T_m = 1455\ ^{\circ}\mathrm{C}$. Calculate the critical nucleus radius for homogeneous solidification at an undercooling of $250\ \mathrm{K}$, in ångströms."""
    tm = kelvin(1455)
    return 2 * Q_(0.255, "J/m**2") * tm / (Q_(2.53e9, "J/m**3") * Q_(250, "K"))


@item(
    S,
    "transformations_kinetics",
    "eV",
    "ΔG* = (4/3)π r*² γ for a spherical nucleus (equivalently 16πγ³/3ΔG_v²)",
    solution="ΔG* = 4π(1.39×10⁻⁹)² · 0.255/3 = 2.063×10⁻¹⁸ J = 12.9 eV.",
    forms=("unicode", "continues_part_a", "unit_change"),
)
def h13a_trans_03():
    """(b) Using your answer to (a), r* = 1.39 nm for a spherical nickel nucleus with solid–liquid interfacial energy 0.255 J/m², calculate the activation free energy ΔG* for homogeneous nucleation, in eV."""
    r = Q_(1.39, "nm")
    return 4 * math.pi * r**2 * Q_(0.255, "J/m**2") / 3


@item(
    S,
    "transformations_kinetics",
    "s",
    "Rate = 1/t₀.₅ = A exp(−Q/RT): two points fix Q/R, then t at a third T",
    solution="Q/R = ln(80/12)/(1/600 − 1/650) = 1.897/1.282×10⁻⁴ = 14 797 K; t(700 K) = 12 min · exp[−14 797(1/650 − 1/700)] = 12 · 0.1967 = 2.36 min = 142 s.",
    forms=("unicode", "harder", "unit_change", "time_to_state"),
)
def h13a_trans_04():
    """A cold-worked brass is 50 % recrystallised after 80 min at 600 K and after 12 min at 650 K. Assuming the rate (1/t₀.₅) obeys an Arrhenius law, how many seconds would 50 % recrystallisation take at 700 K?"""
    q_over_r = math.log(80 / 12) / (1 / 600 - 1 / 650)
    return Q_(12, "minute") * math.exp(-q_over_r * (1 / 650 - 1 / 700))


@item(
    S,
    "transformations_kinetics",
    "dimensionless",
    "Isothermal transformation (TTT) diagram of a eutectoid steel: a qualitative reading",
    refuse="The ask names a microstructure, not a number.",
    solution="Holding a eutectoid steel at 400 °C long enough gives bainite; the ask is non-numeric.",
    forms=("unicode", "must_refuse", "non_numeric"),
)
def h13a_trans_05():
    """A eutectoid steel is austenitised at 760 °C, quenched rapidly to 400 °C and held there for 10⁴ s, then quenched to room temperature. Name the resulting microstructure."""
    return None


@item(
    S,
    "transformations_kinetics",
    "MJ",
    "ΔH of freezing = −m L_f (heat released, taken as negative)",
    solution="ΔH = −2.0 kg · 397 kJ/kg = −794 kJ = −0.794 MJ.",
    forms=("unicode", "signed", "heat_released", "unit_change"),
)
def h13a_trans_06():
    """2.0 kg of pure aluminium (latent heat of fusion 397 kJ/kg, specific heat of the liquid 1.18 kJ kg⁻¹ K⁻¹) freezes at 660 °C. Taking heat absorbed by the metal as positive, what is the enthalpy change of the aluminium on freezing, in MJ?"""
    return -Q_(2.0, "kg") * Q_(397, "kJ/kg")


@item(
    S,
    "transformations_kinetics",
    "dimensionless",
    "Avrami: n = ln[ln(1/(1−y₂))/ln(1/(1−y₁))]/ln(t₂/t₁)",
    decimals=2,
    solution="ln(1/0.2) = 1.6094, ln(1/0.8) = 0.22314; n = ln(7.2126)/ln(2.375) = 1.9758/0.8650 = 2.28.",
    forms=("unicode", "decimal_places", "harder"),
)
def h13a_trans_07():
    """An isothermal transformation is 20 % complete after 40 s and 80 % complete after 95 s. Assuming Avrami kinetics, determine the exponent n to two decimal places."""
    a = math.log(1 / (1 - 0.80)) / math.log(1 / (1 - 0.20))
    return math.log(a) / math.log(95 / 40)


@item(
    S,
    "transformations_kinetics",
    "percent",
    "Avrami y = 1 − exp(−ktⁿ) (Callister eq. 10.17)",
    solution="kt^n = 3.1×10⁻⁴ · 60^1.7 = 3.1×10⁻⁴ · 1058.4 = 0.3281; y = 1 − exp(−0.3281) = 0.280 = 28.0 %.",
    forms=("engineering_notation", "percent", "one_step"),
)
def h13a_trans_08():
    """The austenite-to-pearlite transformation of a steel at 650 °C follows y = 1 − exp(−k tⁿ) with k = 3.1E-04 (t in seconds) and n = 1.7. What percentage has transformed after one minute?"""
    y = 1 - math.exp(-3.1e-4 * 60**1.7)
    return Q_(y, "dimensionless")


@item(
    S,
    "transformations_kinetics",
    "percent",
    "Koistinen–Marburger f_M = 1 − exp[−0.011(M_s − T_q)], T in °C",
    solution="M_s = 662 °F = 350 °C; f_M = 1 − exp(−0.011 · 330) = 0.9735; retained austenite = 2.65 %.",
    forms=("context_paragraph", "us_units", "other_phase"),
)
def h13a_trans_09():
    """A batch of 120 gear blanks, each 1.4 kg, is austenitised at 845 °C for 45 min. The steel's martensite-start temperature is 662 °F. The blanks are then quenched to 20 °C. Using the Koistinen–Marburger relation with a coefficient of 0.011 per °C, what percentage of austenite is retained?"""
    ms_c = Q_(662, "degF").to("degC").magnitude
    return Q_(math.exp(-0.011 * (ms_c - 20)), "dimensionless")
