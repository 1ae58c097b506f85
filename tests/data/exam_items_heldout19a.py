"""Set heldout19 (set T), first half: 60 questions over seven topics of a qualifying exam.

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

S = "heldout19"

K_EV = K_BOLTZ.to("eV/K")


# ---------------------------------------------------------------- crystallography & X-ray diffraction


@item(
    S,
    "crystallography_xrd",
    "degree",
    "Bragg's law with d_hkl = a/√(h²+k²+l²) for cubic crystals (Cullity ch. 3)",
    solution="d_211 = 0.3147/√6 = 0.12848 nm. sin θ = 0.1542/(2 × 0.12848) = 0.6001, θ = 36.88°, 2θ = 73.76°.",
    forms=("unicode", "two_step", "named_unit"),
)
def h19a_cryst_01():
    """Molybdenum is body-centred cubic with a = 3.147 Å. Using Cu Kα radiation (λ = 1.542 Å), at what diffraction angle 2θ (in degrees) should the 211 reflection appear?"""
    d = Q_(3.147, "angstrom") / math.sqrt(6)
    return Q_(2 * math.degrees(math.asin(num(Q_(1.542, "angstrom") / (2 * d)))), "degree")


@item(
    S,
    "crystallography_xrd",
    "nm",
    "d_hkl = a/√(h²+k²+l²)",
    decimals=3,
    solution="d_110 = a/√2 = 0,286/1.4142 = 0.2022 nm, which rounds to 0.202 nm.",
    forms=("gate_style", "decimal_comma", "one_step", "rounding"),
)
def h19a_cryst_02():
    """The lattice parameter of a BCC metal is 0,286 nm. The interplanar spacing of its (110) planes (in nm) is ______ (rounded off to three decimal places)."""
    return Q_(0.286, "nm") / math.sqrt(2)


@item(
    S,
    "crystallography_xrd",
    "angstrom**3",
    "V = a³ for the conventional cubic cell; a³/4 for the FCC primitive cell",
    solution="The conventional FCC cell has V = a³ = 3.615³ = 47.24 Å³ (4 atoms). The primitive (rhombohedral) cell holds one atom and has V = a³/4 = 11.81 Å³. The question does not say which cell, so either is accepted.",
    forms=("two_readings", "unicode", "one_step"),
)
def h19a_cryst_03():
    """Copper is FCC with a = 3.615 Å. What is the volume of its unit cell, in Å³?"""
    a = Q_(3.615, "angstrom")
    return {"conventional cell": a**3, "primitive cell": a**3 / 4}


@item(
    S,
    "crystallography_xrd",
    "nm",
    "hexagonal 1/d² = 4(h²+hk+k²)/(3a²) + l²/c²: two unknowns",
    refuse="For a hexagonal crystal d_101 depends on both a and c; one indexed peak with c/a unknown cannot fix a.",
    solution="1/d² = 4/(3a²) + 1/c² for (101): a single reflection gives one equation in two unknowns (a and c), and c/a of the new alloy is not given, so a cannot be found.",
    forms=("long_context", "not_determinable", "ascii"),
)
def h19a_cryst_04():
    """A research group has cast a new magnesium-lithium-based alloy that is hexagonal close-packed. Only a thin sliver was available, so the diffractometer run (Cu K-alpha, lambda = 0.15406 nm) was cut short after the first strong peak, found at 2-theta = 36.9 deg and indexed as the (101) reflection. The c/a ratio of the new alloy has not been measured yet. From this peak, calculate the lattice parameter a of the alloy in nm."""
    return None


@item(
    S,
    "crystallography_xrd",
    "g/cm**3",
    "ρ = n'(ΣA_C + ΣA_A)/(V_C N_A), n' = 4 for rock salt (Callister eq. 12.1)",
    solution="Rock salt has 4 MgO per cell. M = 24.31 + 16.00 = 40.31 g/mol. V = (0.4212e-7 cm)³ = 7.472e-23 cm³. ρ = 4 × 40.31/(7.472e-23 × 6.022e23) = 3.58 g/cm³.",
    forms=("tex", "known_datum_not_given", "two_step"),
)
def h19a_cryst_05():
    r"""Magnesium oxide has the rock-salt (NaCl) structure with $a = 0.4212\ \mathrm{nm}$. Compute its theoretical density in $\mathrm{g/cm^{3}}$ (use standard atomic weights)."""
    a = Q_(0.4212, "nm")
    return 4 * Q_(24.31 + 16.00, "g/mol") / (a**3 * AVOGADRO)


@item(
    S,
    "crystallography_xrd",
    "1/cm**2",
    "PD(110) in BCC = 2 atoms/(a·a√2)",
    solution="The (110) plane of BCC contains 2 atoms in an a × a√2 rectangle. a = 0.2866 nm: area = 0.11616 nm², PD = 17.22 nm⁻² = 1.72 × 10¹⁵ cm⁻².",
    forms=("pdf_units", "one_step", "per_unit"),
)
def h19a_cryst_06():
    """alpha-iron (BCC, a = 0.2866 nm). Planar density of the (110) plane = ? Give the answer in atoms cm^-2."""
    a = Q_(0.2866, "nm")
    return 2 / (a * a * math.sqrt(2))


@item(
    S,
    "crystallography_xrd",
    "nm",
    "Scherrer equation τ = Kλ/(β cos θ)",
    solution="β = 0.45° = 7.854e-3 rad, θ = 19.1°, cos θ = 0.9450. τ = 0.9 × 0.15406/(7.854e-3 × 0.9450) = 18.7 nm. The furnace and drying figures do not enter.",
    forms=("long_context", "distractor", "estimate", "named_unit"),
)
def h19a_cryst_07():
    """A student synthesised silver nanoparticles by reducing AgNO3 in ethylene glycol at 160 deg C for 2 h, then dried the powder at 60 deg C overnight and recovered 1.8 g. On the diffractometer (Cu K-alpha, 0.15406 nm, 40 kV, 30 mA, step 0.02 deg) the (111) peak sits at 2θ = 38.2° with a full width at half maximum of 0.45° after the instrumental broadening has been subtracted. Estimate the mean crystallite size with the Scherrer equation, τ = Kλ/(β cos θ), taking K = 0.9. Express the answer in nanometres."""
    beta = math.radians(0.45)
    theta = math.radians(38.2 / 2)
    return 0.9 * Q_(0.15406, "nm") / (beta * math.cos(theta))


@item(
    S,
    "crystallography_xrd",
    "angstrom",
    "Bragg's law, BCC first line (110), R = √3 a/4",
    solution="sin θ = sin 20.13° = 0.3442; d_110 = 0.1542/(2 × 0.3442) = 0.2240 nm; a = √2 d = 0.3168 nm; R = √3 a/4 = 0.1372 nm = 1.372 Å.",
    forms=("inverse", "three_step", "unit_blank"),
)
def h19a_cryst_08():
    """A powder pattern of an unknown BCC metal taken with Cu Kα (λ = 0.1542 nm) shows its first (lowest-angle) line at 2θ = 40.26°. Find the atomic radius of the metal.  R = __________ Å"""
    theta = math.radians(40.26 / 2)
    d = Q_(0.1542, "nm") / (2 * math.sin(theta))
    a = d * math.sqrt(2)
    return math.sqrt(3) * a / 4


@item(
    S,
    "crystallography_xrd",
    "dimensionless",
    "linear density LD = atoms centred on the direction / length",
    solution="[100]: one atom per length a, LD = 1/a. [110] (face diagonal): 2 atoms per a√2, LD = √2/a. Ratio = √2 = 1.414: option (b).",
    forms=("multiple_choice", "ratio", "words_numbers"),
)
def h19a_cryst_09():
    """In an FCC crystal, how many times greater is the linear density of atoms along [110] than along [100]?
    (a) 1.00   (b) 1.41   (c) 1.73   (d) 2.00"""
    a = 1.0
    return (2 / (a * math.sqrt(2))) / (1 / a)


# ---------------------------------------------------------------- defects


@item(
    S,
    "defects",
    "1/cm**3",
    "N_v = N exp(−Q_v/kT), N = ρN_A/A (Callister eq. 4.1)",
    solution="N = 8.96 × 6.022e23/63.55 = 8.49e22 atoms/cm³. kT at 1273 K = 0.1097 eV; exp(−0.90/0.1097) = 2.75e-4. N_v = 2.3e19 vacancies per cm³.",
    forms=("tex", "two_step", "pdf_units", "per_unit"),
)
def h19a_def_01():
    r"""Calculate the equilibrium number of vacancies per cubic centimetre in copper at $1000\ ^{\circ}\mathrm{C}$. Data: $Q_v = 0.90\ \mathrm{eV/atom}$, $\rho = 8.96\ \mathrm{g\,cm^{-3}}$, $A_{Cu} = 63.55\ \mathrm{g/mol}$. Answer in cm^-3."""
    n = Q_(8.96, "g/cm**3") * AVOGADRO / Q_(63.55, "g/mol")
    return n * math.exp(-num(Q_(0.90, "eV") / (K_EV * kelvin(1000))))


@item(
    S,
    "defects",
    "degC",
    "n_v/N = exp(−Q_v/kT) solved for T",
    solution="T = Q_v/(k ln(1/10⁻⁴)) = 1.08/(8.617e-5 × 9.210) = 1360.7 K = 1087.6 °C.",
    forms=("inverse", "symbol_two_meanings", "temperature_answer"),
)
def h19a_def_02():
    """In the relation n/N = exp(−Q/kT), n is the number of vacancies, N the number of lattice sites and k Boltzmann's constant (not to be confused with the thermal conductivity k = 90 W m⁻¹ K⁻¹ quoted for this metal elsewhere in the data sheet). If Q = 1.08 eV per vacancy, at what temperature, in °C, does the vacancy site fraction reach 1.0 × 10⁻⁴?"""
    t = Q_(1.08, "eV") / (K_EV * math.log(1e4))
    return t.to("degC")


@item(
    S,
    "defects",
    "dimensionless",
    "vacancy fraction exp(−Q_v/kT): Q_v needed",
    refuse="The vacancy formation energy of the alloy is not given and is not a standard datum, so the fraction at 800 °C cannot be obtained from one value at 500 °C.",
    solution="Scaling exp(−Q_v/kT) from 500 °C to 800 °C needs Q_v; with one point only and no Q_v for this proprietary alloy the answer is not determinable.",
    forms=("missing_datum", "ascii"),
)
def h19a_def_03():
    """Dilatometry on a proprietary Ni-Co-Cr alloy gives an equilibrium vacancy site fraction of 2.0e-7 at 500 deg C. What is the vacancy site fraction at 800 deg C?"""
    return None


@item(
    S,
    "defects",
    "dimensionless",
    "ASTM: N = 2^(n−1) grains/in² at 100×",
    decimals=2,
    solution="n = 1 + log₂ N = 1 + ln 45/ln 2 = 1 + 5.49 = 6.49.",
    forms=("us_units", "inverse", "rounding"),
)
def h19a_def_04():
    """A photomicrograph of a brass sample at a magnification of 100X shows about 45 grains per square inch. What is the ASTM grain size number? Give two decimal places."""
    return 1 + math.log(45) / math.log(2)


@item(
    S,
    "defects",
    "dimensionless",
    "line energy E ≈ ½Gb², b = a/√2 in FCC (Hull & Bacon)",
    solution="b_Cu = 0.3615/√2 = 0.2556 nm, b_Al = 0.4049/√2 = 0.2863 nm. E_Cu/E_Al = (48 × 0.2556²)/(26 × 0.2863²) = 3.136/2.131 = 1.47. The ½ and the √2 cancel in the ratio.",
    forms=("ratio_two_materials", "two_step", "data_line"),
)
def h19a_def_05():
    """Take the elastic line energy of a dislocation as E ≈ ½Gb². For perfect a/2⟨110⟩ dislocations, what is the ratio of the line energy per unit length in copper to that in aluminium? Data: Cu, FCC, a = 0.3615 nm, G = 48 GPa; Al, FCC, a = 0.4049 nm, G = 26 GPa."""
    e_cu = 0.5 * Q_(48, "GPa") * (Q_(0.3615, "nm") / math.sqrt(2)) ** 2
    e_al = 0.5 * Q_(26, "GPa") * (Q_(0.4049, "nm") / math.sqrt(2)) ** 2
    return e_cu / e_al


@item(
    S,
    "defects",
    "1/cm**3",
    "n_s = N exp(−Q_s/2kT) (Callister eq. 12.3)",
    solution="N = 2.165 × 6.022e23/58.44 = 2.231e22 NaCl units per cm³. 2kT = 2 × 8.617e-5 × 800 = 0.1379 eV; exp(−2.3/0.1379) = 5.69e-8. n_s = 1.27e15 Schottky defects per cm³.",
    forms=("unicode", "two_step", "pdf_units"),
)
def h19a_def_06():
    """Sodium chloride: density 2.165 g/cm³, molar mass 58.44 g/mol, Schottky-defect formation energy Q_s = 2.3 eV. Compute the number of Schottky defects (cation–anion vacancy pairs) per cm³ at 800 K, using N_s = N·exp(−Q_s/2kT), where N is the number of NaCl formula units per cm³."""
    n = Q_(2.165, "g/cm**3") * AVOGADRO / Q_(58.44, "g/mol")
    return n * math.exp(-num(Q_(2.3, "eV") / (2 * K_EV * Q_(800, "K"))))


@item(
    S,
    "defects",
    "percent",
    "at% from wt%: C'_1 = (C_1/A_1)/(C_1/A_1 + C_2/A_2)",
    decimals=1,
    solution="Zn: 30/65.38 = 0.4589; Cu: 70/63.55 = 1.1015. a/o Zn = 0.4589/1.5604 = 29.4 a/o. (Atomic weights Cu 63.55, Zn 65.38 g/mol.)",
    forms=("old_us_notation", "known_datum_not_given", "conversion_end", "rounding"),
)
def h19a_def_07():
    """A cartridge brass contains 30 w/o Zn, balance Cu. What is its zinc content in a/o (to one decimal place)?"""
    zn = 30 / 65.38
    cu = 70 / 63.55
    return Q_(100 * zn / (zn + cu), "percent")


@item(
    S,
    "defects",
    "nm",
    "ρ_⊥ = line length/volume; spacing ≈ ρ^(−1/2)",
    solution="ρ = 5000 km/cm³ = 5e8 cm/cm³ = 5e8 cm⁻² = 5e12 m⁻². Mean spacing ≈ 1/√ρ = 4.47e-7 m = 447 nm.",
    forms=("story", "two_step", "estimate", "conversion_end"),
)
def h19a_def_08():
    """After heavy cold rolling, a TEM study concludes that a 1 cm³ cube of the sheet contains about 5000 km of dislocation line. Estimating the average spacing between dislocations as 1/√ρ, where ρ is the dislocation density, what is that spacing in nm?"""
    rho = Q_(5000, "km") / Q_(1, "cm**3")
    return 1 / rho**0.5


@item(
    S,
    "defects",
    "MPa",
    "Frank–Read source: τ ≈ Gb/L",
    solution="τ = Gb/L = 4.6e11 dyn/cm² × 2.56e-8 cm/1.0e-3 cm = 1.18e7 dyn/cm² = 1.18 MPa.",
    forms=("cgs_units", "one_step", "named_unit"),
)
def h19a_def_09():
    """A Frank–Read source in copper has pinning points 10 µm apart. Taking the shear modulus as 4.6 × 10^11 dyn/cm² and b = 2.56 × 10^-8 cm, estimate the shear stress needed to operate the source from τ = Gb/L. Answer in megapascals."""
    return Q_(4.6e11, "dyn/cm**2") * Q_(2.56e-8, "cm") / Q_(10, "um")


# ---------------------------------------------------------------- diffusion


@item(
    S,
    "diffusion",
    "m**2/s",
    "D = D₀ exp(−Q_d/RT)",
    solution="T = 950 + 273.15 = 1223.15 K. Q/RT = 148000/(8.314 × 1223.15) = 14.55; D = 2.3e-5 × exp(−14.55) = 1.10e-11 m²/s.",
    forms=("pdf_units", "one_step", "ascii"),
)
def h19a_diff_01():
    """Carbon in austenite: D0 = 2.3 x10-5 m2/s, Qd = 148 kJ mol-1, R = 8.314 J mol-1 K-1. Calculate D at 950 C (answer in m2/s)."""
    return Q_(2.3e-5, "m**2/s") * math.exp(-num(Q_(148, "kJ/mol") / (R_GAS * kelvin(950))))


@item(
    S,
    "diffusion",
    "hour",
    "(C_x − C₀)/(C_s − C₀) = 1 − erf(x/2√(Dt))",
    solution="(0.60 − 0.20)/(1.00 − 0.20) = 0.5, so erf z = 0.5, z = 0.4769. t = x²/(4Dz²) = (7.5e-4)²/(4 × 1.6e-11 × 0.2275) = 3.86e4 s = 10.7 h. Furnace cost and part count are distractors.",
    forms=("long_context", "distractor", "multi_step", "conversion_end"),
)
def h19a_diff_02():
    """Design brief. A gear supplier wants to gas-carburise a batch of 1 200 pinions made from a steel containing 0.20 wt% C. The furnace atmosphere holds the surface at 1.00 wt% C, and the process engineer has settled on 927 °C, where the diffusion coefficient of carbon in austenite is 1.6 × 10⁻¹¹ m²/s. The furnace costs about $85 per hour to run and can hold 400 pinions per load. The drawing calls for 0.60 wt% C at a depth of 0.75 mm below the surface, after which the parts are quenched and tempered at 180 °C. Treating the gear as a semi-infinite solid, how long must the carburising run last? Give the time in hours."""
    z = erfinv(1 - (0.60 - 0.20) / (1.00 - 0.20))
    return Q_(0.75, "mm") ** 2 / (4 * Q_(1.6e-11, "m**2/s") * z**2)


@item(
    S,
    "diffusion",
    "kJ/mol",
    "Q = R ln(D₂/D₁)/(1/T₁ − 1/T₂)",
    solution="ln(3.9e-12/5.5e-14) = 4.261; 1/873.15 − 1/1073.15 = 2.1345e-4 K⁻¹. Q = 8.314 × 4.261/2.1345e-4 = 1.66e5 J/mol = 166 kJ/mol.",
    forms=("table_units_header", "two_step", "named_unit"),
)
def h19a_diff_03():
    """The diffusion coefficient of a solute in a metal was measured at two temperatures:

    | T (°C) | D (m²/s) |
    |--------|----------|
    | 600    | 5.5E-14  |
    | 800    | 3.9E-12  |

    Determine the activation energy for diffusion in kJ/mol."""
    t1, t2 = kelvin(600), kelvin(800)
    return R_GAS * math.log(3.9e-12 / 5.5e-14) / (1 / t1 - 1 / t2)


@item(
    S,
    "diffusion",
    "cm**2/s",
    "D(T₂) = D(T₁) exp[−(Q/k)(1/T₂ − 1/T₁)]",
    solution="D(1000 K) = 10^−14.2 = 6.31e-15 m²/s. Factor = exp[(2.6/8.617e-5)(1/1000 − 1/1200)] = exp(5.029) = 152.7. D(1200 K) = 9.64e-13 m²/s = 9.64e-9 cm²/s.",
    forms=("log_given", "two_step", "conversion_end", "kelvin_symbol_old"),
)
def h19a_diff_04():
    """For self-diffusion in a metal, log10 D = −14.2 at 1000 °K, with D in m²/s. The activation energy is 2.6 eV/atom. What is D at 1200 °K, expressed in cm²/s?"""
    d1 = Q_(10**-14.2, "m**2/s")
    q = Q_(2.6, "eV")
    return d1 * math.exp(num(q / K_EV * (1 / Q_(1000, "K") - 1 / Q_(1200, "K"))))


@item(
    S,
    "diffusion",
    "kg/(m**2*hour)",
    "Fick's first law J = −D dC/dx",
    solution="J = D ΔC/Δx = 3.0e-11 × (1.2 − 0.4)/5.0e-3 = 4.8e-9 kg m⁻² s⁻¹ = 1.73e-5 kg m⁻² h⁻¹.",
    forms=("unicode", "one_step", "conversion_end", "per_unit"),
)
def h19a_diff_05():
    """Hydrogen diffuses at steady state through a 5.0 mm thick steel plate. The hydrogen concentrations at the two faces are 1.2 kg/m³ and 0.4 kg/m³ and D = 3.0 × 10⁻¹¹ m²/s. What is the diffusion flux, expressed in kg m⁻² h⁻¹?"""
    return Q_(3.0e-11, "m**2/s") * Q_(1.2 - 0.4, "kg/m**3") / Q_(5.0, "mm")


@item(
    S,
    "diffusion",
    "m**2/s",
    "D(T) scaling needs Q_d",
    refuse="Only one diffusivity is given and the activation energy for Ni in this proprietary superalloy is neither given nor a standard datum, so D at 900 °C cannot be found.",
    solution="D(900 °C) = D(1100 °C) exp[−(Q/R)(1/T₂ − 1/T₁)] requires Q, which is not given and not tabulated for this alloy: not determinable.",
    forms=("missing_datum", "forum_style"),
)
def h19a_diff_06():
    """how do I get D at 900 C? I have D for Ni in our in-house superalloy = 3e-15 m^2/s at 1100 C from the lab, that's all the data sheet gives. need D at 900 C for a homogenisation model, thanks"""
    return None


@item(
    S,
    "diffusion",
    "dimensionless",
    "same x ⇒ Dt constant; D ratio from Arrhenius",
    solution="Equal depth needs D₁t₁ = D₂t₂, so t₉₀₀/t₁₀₀₀ = D₁₀₀₀/D₉₀₀ = exp[(142000/8.314)(1/1173.15 − 1/1273.15)] = exp(1.144) = 3.14 times shorter.",
    forms=("hypothetical", "how_many_times", "two_step"),
)
def h19a_diff_07():
    r"""A case depth is currently obtained by diffusing at $900\ ^{\circ}\mathrm{C}$. If the treatment were done at $1000\ ^{\circ}\mathrm{C}$ instead, how many times shorter could the treatment be for the same depth? Take $Q_d = 142\ \mathrm{kJ\,mol^{-1}}$."""
    return math.exp(num(Q_(142, "kJ/mol") / R_GAS * (1 / kelvin(900) - 1 / kelvin(1000))))


@item(
    S,
    "diffusion",
    "1/s",
    "D = Γλ²/6 (Shewmon, random walk in 3-D)",
    solution="Γ = 6D/λ² = 6 × 1.0e-12/(0.25e-9)² = 9.6e7 jumps per second.",
    forms=("shewmon_style", "inverse", "symbols_where"),
)
def h19a_diff_08():
    """For interstitial diffusion in a cubic lattice D = (1/6)Γλ², where Γ is the total jump frequency of an atom and λ the jump distance. If D = 1.0 × 10^-12 m²/s and λ = 0.25 nm, how many jumps does a solute atom make per second?"""
    return 6 * Q_(1.0e-12, "m**2/s") / Q_(0.25, "nm") ** 2


@item(
    S,
    "diffusion",
    "um",
    "diffusion distance x ≈ √(Dt) (Callister) or √(2Dt) (1-D rms)",
    solution="Dt = 2.0e-14 × 3600 = 7.2e-11 m². √(Dt) = 8.49 µm; the one-dimensional rms displacement √(2Dt) = 12.0 µm. Either estimate is accepted.",
    forms=("two_readings", "estimate", "named_unit"),
)
def h19a_diff_09():
    """Estimate how far (in µm) zinc atoms diffuse into copper in one hour at a temperature where D = 2.0e-14 m^2/s."""
    dt = Q_(2.0e-14, "m**2/s") * Q_(1, "hour")
    return {"sqrt(Dt)": dt**0.5, "sqrt(2Dt)": (2 * dt) ** 0.5}


# ---------------------------------------------------------------- mechanical properties


@item(
    S,
    "mechanical_properties",
    "inch",
    "Hooke's law Δl = σl₀/E",
    solution="Δl = σl₀/E = 35 000 × 10/30e6 = 0.0117 in. (11.7 mils). The stress is below the 50 ksi yield, so Hooke's law holds.",
    forms=("us_units", "one_step", "distractor"),
)
def h19a_mech_01():
    """A 10 in. long steel rod (E = 30 × 10^6 psi, yield strength 50 ksi) carries a tensile stress of 35 ksi. How much does it elongate, in inches?"""
    return Q_(35, "ksi") * Q_(10, "inch") / Q_(30e6, "psi")


@item(
    S,
    "mechanical_properties",
    "dimensionless",
    "ε = Δl/l₀ (engineering) or ε_T = ln(l/l₀) (true)",
    solution="Engineering strain = (62.5 − 50)/50 = 0.250; true strain = ln(62.5/50) = 0.223. The question does not say which, so either is accepted.",
    forms=("two_readings", "one_step"),
)
def h19a_mech_02():
    """A tensile bar with a 50 mm gauge length is pulled uniformly until the gauge marks are 62.5 mm apart (no necking yet). What strain has the gauge section experienced?"""
    return {"engineering": (62.5 - 50) / 50, "true": math.log(62.5 / 50)}


@item(
    S,
    "mechanical_properties",
    "um",
    "σ = F/A₀, ε_z = σ/E, ε_x = −νε_z, Δd = ε_x d₀",
    solution="σ = 15 000/(π × 0.005²) = 191.0 MPa (< 250 MPa, elastic). ε_z = 191.0/110 000 = 1.736e-3; ε_x = −0.34 × 1.736e-3 = −5.90e-4; Δd = −5.90e-4 × 10 mm = −5.90 µm.",
    forms=("sign_convention", "three_step", "tex"),
)
def h19a_mech_03():
    r"""A brass rod of diameter $10\ \mathrm{mm}$ ($E = 110\ \mathrm{GPa}$, $\nu = 0.34$, $\sigma_y = 250\ \mathrm{MPa}$) is loaded in tension by $15\ \mathrm{kN}$. Find the change in diameter in $\mu\mathrm{m}$ (negative for a decrease)."""
    area = math.pi * Q_(5, "mm") ** 2
    eps_z = Q_(15, "kN") / area / Q_(110, "GPa")
    return -0.34 * eps_z * Q_(10, "mm")


@item(
    S,
    "mechanical_properties",
    "mm",
    "Hooke's law valid only below yield",
    refuse="The applied stress (300 MPa) exceeds the 275 MPa yield strength, so Hooke's law does not apply and no plastic stress–strain data are given; the elongation cannot be found.",
    solution="σ = 30 000 N/100 mm² = 300 MPa > σ_y = 275 MPa: the rod yields, Δl = σl/E would be wrong, and without the plastic flow curve the elongation is not determinable.",
    forms=("validity_violated", "ascii"),
)
def h19a_mech_04():
    """A 6061-T6 aluminium bar with a square cross-section 10 mm x 10 mm and length 500 mm is loaded in tension by 30 kN. E = 69 GPa, yield strength 275 MPa, tensile strength 310 MPa. Calculate the elongation of the bar under load, in mm."""
    return None


@item(
    S,
    "mechanical_properties",
    "ksi",
    "TS (MPa) ≈ 3.45 × HB (Callister eq. 6.20a)",
    solution="TS ≈ 3.45 × 250 = 862.5 MPa = 862.5/6.895 = 125 ksi.",
    forms=("estimate", "mixed_units", "conversion_end"),
)
def h19a_mech_05():
    """A steel shaft has a Brinell hardness of 250 HB. Using TS (MPa) ≈ 3.45 × HB, estimate its tensile strength and give it in ksi."""
    return Q_(3.45 * 250, "MPa")


@item(
    S,
    "mechanical_properties",
    "MJ/kg",
    "Ashby: light stiff tie, index M = E/ρ",
    solution="E/ρ: Al 70/2.70 = 25.9; Ti 110/4.50 = 24.4; steel 210/7.85 = 26.8; CFRP 110/1.55 = 71.0 GPa/(Mg/m³) = 71.0 MJ/kg. CFRP is best, with E/ρ = 71.0 MJ/kg.",
    forms=("ashby_selection", "table", "named_unit"),
)
def h19a_mech_06():
    """For a light, stiff tie rod the performance index is E/ρ. Candidates:

    Aluminium alloy: E = 70 GPa, ρ = 2.70 Mg/m³
    Titanium alloy: E = 110 GPa, ρ = 4.50 Mg/m³
    Steel: E = 210 GPa, ρ = 7.85 Mg/m³
    CFRP (uniaxial): E = 110 GPa, ρ = 1.55 Mg/m³

    Which maximises the index, and what is its value of E/ρ in MJ/kg?"""
    return max(
        Q_(e, "GPa") / Q_(rho, "Mg/m**3")
        for e, rho in ((70, 2.70), (110, 4.50), (210, 7.85), (110, 1.55))
    )


@item(
    S,
    "mechanical_properties",
    "MJ/m**3",
    "modulus of resilience U_r = σ_y²/(2E)",
    solution="The area under the linear elastic line up to yield is ½σ_yε_y = σ_y²/(2E). U_r = (1460 MPa)²/(2 × 207 000 MPa) = 5.15 MJ/m³.",
    forms=("show_that", "spaced_thousands", "one_step"),
)
def h19a_mech_07():
    """Show that the modulus of resilience of a linear elastic material is σ_y²/2E, and hence find it for a spring steel with σ_y = 1 460 MPa and E = 207 GPa, in MJ/m³."""
    return Q_(1460, "MPa") ** 2 / (2 * Q_(207, "GPa"))


@item(
    S,
    "mechanical_properties",
    "MPa",
    "ε_T = ln(1 + ε), σ_T = Kε_Tⁿ (Hollomon)",
    solution="(b): ε_T = ln 1.15 = 0.1398; σ_T = 1275 × 0.1398^0.45 = 526 MPa.",
    forms=("multi_part_middle", "two_step", "sketch_part"),
)
def h19a_mech_08():
    """An annealed stainless steel obeys σ_T = Kε_Tⁿ with K = 1275 MPa and n = 0.45.
    (a) Sketch the true and engineering stress–strain curves on one plot.
    (b) What is the true stress when the engineering strain is 0.15 (uniform deformation)? [MPa]
    (c) At what true strain does necking begin? Explain."""
    eps_t = math.log(1.15)
    return Q_(1275, "MPa") * eps_t**0.45


@item(
    S,
    "mechanical_properties",
    "GPa",
    "HV = 1.854F/d² (kgf/mm²)",
    solution="HV = 1.854 × 30/0.45² = 274.7 kgf/mm² = 274.7 × 9.807 MPa = 2.69 GPa.",
    forms=("old_us_notation", "kgf_units", "conversion_end"),
)
def h19a_mech_09():
    """A Vickers test with a 30 kgf load leaves an indentation whose mean diagonal is 0.45 mm. With HV = 1.854 F/d² (F in kgf, d in mm, HV in kgf/mm²), what is the hardness expressed in GPa?"""
    hv = 1.854 * 30 / 0.45**2
    return Q_(hv, "kgf/mm**2")


# ---------------------------------------------------------------- failure


@item(
    S,
    "failure",
    "MPa",
    "σ_c = K_Ic/(Y√(πa)); the largest flaw governs",
    solution="The largest crack (3 mm) governs: σ_c = 26/(1.0 × √(π × 0.003)) = 26/0.09708 = 268 MPa.",
    forms=("range_given", "maximum_allowable", "tex"),
)
def h19a_fail_01():
    r"""Non-destructive inspection of a steel plate ($K_{Ic} = 26\ \mathrm{MPa\sqrt{m}}$, $Y = 1.0$) shows surface cracks with depths between 2 and 3 mm. What is the maximum tensile stress (MPa) the plate can carry without fast fracture?"""
    return Q_(26, "MPa*m**0.5") / (1.0 * (math.pi * Q_(3, "mm")) ** 0.5)


@item(
    S,
    "failure",
    "mm",
    "a_c = (1/π)[K_Ic/(Yσ)]²",
    solution="a_c = (1/π)(60/(1.12 × 45))² in. = (1/π)(1.190)² = 0.451 in. = 11.5 mm.",
    forms=("us_units", "mixed_units", "inverse", "critical_value"),
)
def h19a_fail_02():
    """A component made of an alloy with K_Ic = 60 ksi·in^1/2 carries a design stress of 45 ksi. For an edge crack with Y = 1.12, what is the critical crack length? Give the answer in millimetres."""
    k = Q_(60, "ksi*inch**0.5")
    return (k / (1.12 * Q_(45, "ksi"))) ** 2 / math.pi


@item(
    S,
    "failure",
    "dimensionless",
    "Basquin: σ_a = σ'_f(2N_f)^b",
    rel_tol=0.03,
    solution="2N_f = (σ_a/σ'_f)^(1/b) = (300/900)^(−11.11) = 3^11.11 = 2.0e5 reversals, so N_f ≈ 1.0e5 cycles.",
    forms=("count", "inverse", "ascii"),
)
def h19a_fail_03():
    """Fatigue data for a steel follow sigma_a = sigma_f' (2N)^b with sigma_f' = 900 MPa and b = -0.09. How many cycles to failure (N, not reversals) at a stress amplitude of 300 MPa?"""
    two_n = (300 / 900) ** (1 / -0.09)
    return two_n / 2


@item(
    S,
    "failure",
    "hour",
    "Larson–Miller P = T(C + log t), T in °R, t in h",
    solution="T = 1200 °F = 1659.67 °R. log t = 38 000/1659.67 − 20 = 2.896, t = 787 h.",
    forms=("rankine", "fahrenheit", "inverse", "spaced_thousands"),
)
def h19a_fail_04():
    """For a nickel alloy the Larson–Miller parameter at the service stress is 38 × 10³, defined as P = T(20 + log t) with T in degrees Rankine and t in hours. Estimate the rupture life at 1200 °F, in hours."""
    t_r = 1200 + 459.67
    return Q_(10 ** (38e3 / t_r - 20), "hour")


@item(
    S,
    "failure",
    "dimensionless",
    "Paris law da/dN = C(ΔK)^m needs m",
    refuse="The Paris exponent m is not given and is not a standard datum for this alloy; the number of cycles cannot be integrated from C alone.",
    solution="N = ∫ da/[C(YΔσ√(πa))^m] depends strongly on m, which the question does not give: not determinable.",
    forms=("missing_datum", "count", "unicode"),
)
def h19a_fail_05():
    """A wing-skin panel of a new Al–Li alloy has an edge crack of 1.5 mm. Crack growth obeys da/dN = C(ΔK)^m with C = 3.2 × 10⁻¹¹ (da/dN in m/cycle, ΔK in MPa√m), Y = 1.12, Δσ = 120 MPa and K_Ic = 32 MPa√m. How many cycles until the crack becomes critical?"""
    return None


@item(
    S,
    "failure",
    "mm",
    "hoop stress σ = pr/t; a_c = (1/π)(K_Ic/Yσ)²",
    solution="σ_hoop = pr/t = 8 × 500/12 = 333 MPa. a_c = (1/π)(45/333.3)² = (1/π)(0.135)² = 5.80e-3 m = 5.8 mm. Temperature, yield strength, age and corrosion rate are not needed.",
    forms=("long_context", "failure_investigation", "distractor", "two_step"),
)
def h19a_fail_06():
    """Failure investigation. A compressed-air receiver (inside radius 500 mm, wall thickness 12 mm) burst during a routine pressure test at 8 MPa after 14 years in service. The shop floor was at about 15 °C. The steel had a yield strength of 480 MPa and a plane-strain fracture toughness of 45 MPa·m^1/2; corrosion records show general wall loss below 0.05 mm per year, which the team judged negligible. Fractography revealed a single longitudinal surface crack at a weld toe. Treating the crack as a long surface flaw with Y = 1.0 loaded by the hoop stress, what crack depth would have been critical at the test pressure? Answer in mm."""
    hoop = Q_(8, "MPa") * Q_(500, "mm") / Q_(12, "mm")
    return (Q_(45, "MPa*m**0.5") / (1.0 * hoop)) ** 2 / math.pi


@item(
    S,
    "failure",
    "GPa",
    "σ_m = 2σ₀√(a/ρ_t) (Callister eq. 8.1)",
    solution="√(a/ρ_t) = √(0.1/4e-4) = 15.81; σ_m = 2 × 150 × 15.81 = 4743 MPa = 4.74 GPa.",
    forms=("one_step", "named_unit", "words_prefix"),
)
def h19a_fail_07():
    """Estimate the maximum stress at the tip of a surface crack 0.1 mm long with a tip radius of 0.4 micrometres when the nominal tensile stress is 150 megapascals, using σ_m = 2σ₀(a/ρ_t)^1/2. Give the result in gigapascals."""
    return 2 * Q_(150, "MPa") * (Q_(0.1, "mm") / Q_(0.4, "um")) ** 0.5


@item(
    S,
    "failure",
    "dimensionless",
    "power-law creep ε̇ = Kσⁿ exp(−Q_c/RT)",
    solution="At constant T the exponential cancels: ratio = (150/100)^5 = 7.59. Q_c = 280 kJ/mol is not needed.",
    forms=("hypothetical", "by_what_factor", "distractor"),
)
def h19a_fail_08():
    """Steady-state creep of a stainless steel follows ε̇ = Kσⁿexp(−Q_c/RT) with n = 5 and Q_c = 280 kJ/mol. If the stress at 650 °C were raised from 100 MPa to 150 MPa, by what factor would the creep rate increase?"""
    return (150 / 100) ** 5


# ---------------------------------------------------------------- phase diagrams


@item(
    S,
    "phase_diagrams",
    "percent",
    "lever rule W_α = (C₀ − C_L)/(C_α − C_L)",
    solution="W_α = (35 − 31.5)/(42.5 − 31.5) = 3.5/11 = 0.318 = 31.8 %.",
    forms=("figure_in_words", "one_step", "percentage"),
)
def h19a_phase_01():
    """On the Cu–Ni phase diagram (Callister Fig. 9.3b) the tie line at 1250 °C meets the liquidus at 31.5 wt% Ni and the solidus at 42.5 wt% Ni. For a 35 wt% Ni alloy at that temperature, what is the mass fraction of the α phase, as a percentage?"""
    return Q_(100 * (35 - 31.5) / (42.5 - 31.5), "percent")


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "lever rule at the eutectoid: W_α' = (0.76 − C₀)/(0.76 − 0.022)",
    solution="Using Callister's Fe–Fe₃C values (eutectoid 0.76 wt% C, ferrite 0.022 wt% C): W_α' = (0.76 − 0.40)/(0.76 − 0.022) = 0.36/0.738 = 0.488.",
    forms=("known_datum_not_given", "one_step", "ascii"),
)
def h19a_phase_02():
    """A 1040 plain-carbon steel (0.40 wt% C) is slowly cooled from the austenite field. What mass fraction of proeutectoid ferrite forms?"""
    return (0.76 - 0.40) / (0.76 - 0.022)


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "W_e = (C₀ − C_α)/(C_E − C_α) with C_α = 18.3, C_E = 61.9 wt% Sn",
    solution="W_e = W_L just above 183 °C = (40 − 18.3)/(61.9 − 18.3) = 21.7/43.6 = 0.498.",
    forms=("what_fraction", "data_line", "one_step"),
)
def h19a_phase_03():
    """Pb–Sn solder, 40 wt% Sn, cooled slowly to just below the eutectic temperature. Data: eutectic at 183 °C and 61.9 wt% Sn; α at 18.3 wt% Sn; β at 97.8 wt% Sn. What fraction of the alloy is eutectic microconstituent?"""
    return (40 - 18.3) / (61.9 - 18.3)


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "lever rule cannot fix three phases at an invariant temperature",
    refuse="At exactly the eutectic temperature three phases coexist on one horizontal line; the lever rule gives no unique fractions of α, β and L (they depend on how far the reaction has gone).",
    solution="At T_E the three-phase tie line gives two mass balances for three unknowns, so the fraction of liquid is not determinable from the diagram.",
    forms=("not_determinable", "unicode"),
)
def h19a_phase_04():
    """A Pb–Sn alloy with 50 wt% Sn is held at exactly the eutectic temperature, 183 °C, where α (18.3 wt% Sn), liquid (61.9 wt% Sn) and β (97.8 wt% Sn) can coexist. What mass fraction of liquid is present?"""
    return None


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Gibbs phase rule at constant pressure F = C − P + 1",
    abs_tol=0.1,
    solution="F = C − P + 1 = 3 − 2 + 1 = 2.",
    forms=("count", "one_step", "ascii"),
)
def h19a_phase_05():
    """In a ternary alloy system at fixed (atmospheric) pressure, how many degrees of freedom does a region with two phases in equilibrium have?"""
    return 3 - 2 + 1


@item(
    S,
    "phase_diagrams",
    "percent",
    "at% from wt%",
    decimals=1,
    solution="Ag: 71.9/107.87 = 0.6665; Cu: 28.1/63.55 = 0.4422. a/o Ag = 0.6665/1.1087 = 60.1 a/o.",
    forms=("old_us_notation", "conversion_end", "rounding", "known_datum_not_given"),
)
def h19a_phase_06():
    """The Ag–Cu eutectic lies at 71.9 w/o Ag. Express the eutectic composition in a/o Ag, to one decimal place."""
    ag = 71.9 / 107.87
    cu = 28.1 / 63.55
    return Q_(100 * ag / (ag + cu), "percent")


@item(
    S,
    "phase_diagrams",
    "gram",
    "lever rule for proeutectoid Fe₃C: (C₀ − 0.76)/(6.70 − 0.76)",
    solution="W_Fe3C' = (1.00 − 0.76)/(6.70 − 0.76) = 0.0404; mass = 0.0404 × 2.5 kg = 0.101 kg = 101 g.",
    forms=("story", "two_step", "conversion_end"),
)
def h19a_phase_07():
    """A blacksmith slowly cools a 2.5 kg bar of 1.00 wt% C steel from 900 °C to room temperature. Taking the eutectoid at 0.76 wt% C and cementite at 6.70 wt% C, how many grams of proeutectoid cementite does the bar contain?"""
    return (1.00 - 0.76) / (6.70 - 0.76) * Q_(2.5, "kg")


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "lever rule W_L = (C_α − C₀)/(C_α − C_L)",
    decimals=2,
    solution="W_L = (60 − 55)/(60 − 40) = 0.25.",
    forms=("gate_style", "rounding", "one_step"),
)
def h19a_phase_08():
    """In a binary isomorphous A–B system at temperature T, the liquidus and solidus compositions are 40 wt% B and 60 wt% B respectively. For an alloy of 55 wt% B at T, the weight fraction of liquid is ______ (rounded off to two decimal places)."""
    return (60 - 55) / (60 - 40)


# ---------------------------------------------------------------- transformations & kinetics


@item(
    S,
    "transformations_kinetics",
    "1/min",
    "Avrami y = 1 − exp(−ktⁿ); rate = 1/t₀.₅",
    solution="t₀.₅ = (ln 2/k)^(1/n) = (0.6931/3.2e-5)^0.4 = 54.2 s; rate = 1/t₀.₅ = 0.01844 s⁻¹ = 1.11 min⁻¹.",
    forms=("e_notation", "conversion_end", "two_step"),
)
def h19a_trans_01():
    """Recrystallization of a cold-worked brass follows the Avrami equation y = 1 - exp(-k t^n) with n = 2.5 and k = 3.2E-5 (t in seconds). Taking the rate as the reciprocal of the time to 50 % completion, what is the rate in min^-1?"""
    t_half = Q_((math.log(2) / 3.2e-5) ** (1 / 2.5), "s")
    return 1 / t_half


@item(
    S,
    "transformations_kinetics",
    "dimensionless",
    "ln[−ln(1 − y)] = ln k + n ln t",
    decimals=2,
    solution="ln(−ln 0.8) = −1.500, ln(−ln 0.2) = 0.476. n = (0.476 + 1.500)/ln(300/100) = 1.976/1.0986 = 1.80.",
    forms=("inverse", "two_data_points", "rounding"),
)
def h19a_trans_02():
    """An isothermal transformation is 20 % complete after 100 s and 80 % complete after 300 s. Assuming Avrami kinetics, find the exponent n (two decimal places)."""
    y1 = math.log(-math.log(1 - 0.2))
    y2 = math.log(-math.log(1 - 0.8))
    return (y2 - y1) / math.log(300 / 100)


@item(
    S,
    "transformations_kinetics",
    "nm",
    "r* = −2γT_m/(ΔH_f ΔT) (Callister eq. 10.6)",
    solution="r* = 2 × 0.255 × 1728/(2.53e9 × 319) = 881.3/8.07e11 = 1.09e-9 m = 1.09 nm (Ni data of Callister Table 10.1).",
    forms=("textbook_table_cited", "one_step", "named_unit"),
)
def h19a_trans_03():
    r"""For homogeneous nucleation of solid nickel, Table 10.1 of Callister gives $\Delta H_f = -2.53 \times 10^{9}\ \mathrm{J/m^3}$ and $\gamma = 0.255\ \mathrm{J/m^2}$; $T_m = 1455\ ^{\circ}\mathrm{C}$. Calculate the critical radius (in nm) for an undercooling of $319\ ^{\circ}\mathrm{C}$."""
    return 2 * Q_(0.255, "J/m**2") * Q_(1728.15, "K") / (Q_(2.53e9, "J/m**3") * Q_(319, "K"))


@item(
    S,
    "transformations_kinetics",
    "eV",
    "ΔG* = 16πγ³T_m²/(3ΔH_f²ΔT²)",
    solution="ΔG* = 16π × 0.255³ × 1728²/(3 × (2.53e9)² × 319²) J = 1.27e-18 J = 7.95 eV.",
    forms=("cgs_units", "one_step", "conversion_end"),
)
def h19a_trans_04():
    """Homogeneous nucleation in liquid Ni: γ = 255 erg/cm², ΔH_f = −2.53 × 10^10 erg/cm³, T_m = 1728 K, undercooling ΔT = 319 K. Compute the activation free energy ΔG* = 16πγ³T_m²/(3ΔH_f²ΔT²) and express it in electron-volts."""
    g = Q_(255, "erg/cm**2")
    dh = Q_(2.53e10, "erg/cm**3")
    return 16 * math.pi * g**3 * Q_(1728, "K") ** 2 / (3 * dh**2 * Q_(319, "K") ** 2)


@item(
    S,
    "transformations_kinetics",
    "degF",
    "M_s(°C) = 539 − 423C − 30.4Mn − 17.7Ni − 12.1Cr − 7.5Mo (Andrews)",
    solution="M_s = 539 − 169.2 − 24.3 − 31.9 − 9.7 − 1.9 = 302.1 °C = 575.7 °F. The P and S contents do not enter.",
    forms=("estimate", "temperature_answer", "fahrenheit", "distractor"),
)
def h19a_trans_05():
    """Estimate the martensite-start temperature of a 4340 steel (wt%: 0.40 C, 0.80 Mn, 1.80 Ni, 0.80 Cr, 0.25 Mo, 0.020 P, 0.015 S) from Ms (°C) = 539 − 423 C − 30.4 Mn − 17.7 Ni − 12.1 Cr − 7.5 Mo. Report Ms in °F."""
    ms = 539 - 423 * 0.40 - 30.4 * 0.80 - 17.7 * 1.80 - 12.1 * 0.80 - 7.5 * 0.25
    return Q_(ms, "degC").to("degF")


@item(
    S,
    "transformations_kinetics",
    "minute",
    "t ∝ exp(Q/RT): Q from two points, then t at a third T",
    solution="Q = R ln(60/5)/(1/623.15 − 1/673.15) = 8.314 × 2.485/1.192e-4 = 1.73e5 J/mol. t(375 °C) = 5 min × exp[(Q/R)(1/648.15 − 1/673.15)] = 5 × exp(1.195) = 16.5 min.",
    forms=("two_data_points", "multi_step", "named_unit"),
)
def h19a_trans_06():
    """A cold-worked copper alloy recrystallises completely in 60 min at 350 °C and in 5 min at 400 °C. Assuming the time obeys an Arrhenius law, how long (in minutes) would complete recrystallisation take at 375 °C?"""
    t1, t2, t3 = kelvin(350), kelvin(400), kelvin(375)
    q_over_r = math.log(60 / 5) / num((1 / t1 - 1 / t2) * Q_(1, "K"))
    return Q_(5 * math.exp(q_over_r * num((1 / t3 - 1 / t2) * Q_(1, "K"))), "minute")


@item(
    S,
    "transformations_kinetics",
    "um",
    "grain growth d² − d₀² = Kt",
    solution="K = (45² − 20²)/30 = 54.17 µm²/min. d(120 min) = √(400 + 54.17 × 120) = √6900 = 83.1 µm.",
    forms=("hypothetical", "two_step", "ascii"),
)
def h19a_trans_07():
    """Grain growth in a brass obeys d^2 - d0^2 = K t. The initial grain diameter is 20 um and after 30 min at 650 deg C it is 45 um. What would the diameter be after 2 h at the same temperature (in um)?"""
    k = (45**2 - 20**2) / 30
    return Q_(math.sqrt(20**2 + k * 120), "um")


@item(
    S,
    "transformations_kinetics",
    "hour",
    "Hollomon–Jaffe P = T(C + log t), C = 20, T in K, t in h",
    solution="P = 873.15 × (20 + log 1) = 17 463. log t₂ = 17 463/823.15 − 20 = 1.215, t₂ = 16.4 h.",
    forms=("equivalent_time", "inverse", "unicode"),
)
def h19a_trans_08():
    """A quenched steel is tempered for 1 h at 600 °C. Using the tempering parameter P = T(20 + log₁₀ t), T in kelvin and t in hours, what tempering time at 550 °C would give the same hardness? Answer in hours."""
    p = 873.15 * (20 + math.log10(1))
    return Q_(10 ** (p / 823.15 - 20), "hour")
