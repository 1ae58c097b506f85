"""Set heldout7 (set H), first half: 60 questions over seven topics of a qualifying exam.

Written blind: the question writer did not read the answer engine, the checker, the solver or the
benchmarks; one item of an earlier set was read for its format only, and no question or set of
numbers is taken from anywhere else. Each key is computed in the function body with pint
quantities (a unit slip raises when the builder converts the result to the item's unit);
``solution`` is the worked solution in words and ``forms`` says how the question is written. A
question with two standard readings returns a dict of them; a question that cannot be answered
(a missing datum, an ambiguous substance, a non-numeric ask) returns None and says why. The other
seven topics of ``HELDOUT7_TOPICS`` are in ``exam_items_heldout7b.py``.
"""

from __future__ import annotations

import math

from exam_items import item
from exam_quantities import AVOGADRO, C0, K_BOLTZ, Q_, Q_E, R_GAS, H, kelvin, num
from scipy.special import erfinv

S = "heldout7"


# ---------------------------------------------------------------- crystallography & X-ray diffraction


@item(
    S,
    "crystallography_xrd",
    "degree",
    "Cubic spacing d = a/√(h²+k²+l²) with Bragg's law λ = 2d sin θ (Callister ch. 3)",
    solution="d₂₂₀ = 0.3615/√8 nm = 0.12781 nm; sin θ = 0.15406/(2 · 0.12781) = 0.60270, θ = 37.063°, so 2θ = 74.13°.",
    forms=("unicode", "multi_part", "multi_step"),
)
def h7a_crystallography_xrd_01():
    """Copper is face-centred cubic with a lattice parameter of 0.3615 nm at room temperature.
    (a) Which of the planes {100}, {110}, {111}, {200}, {220} give allowed reflections for an FCC lattice?
    (b) A powder diffractometer uses Cu Kα1 radiation, λ = 0.154 06 nm. At what diffraction angle 2θ (degrees) will the 220 reflection appear?"""
    a = Q_(0.3615, "nm")
    d = a / math.sqrt(2**2 + 2**2 + 0**2)
    theta = math.asin(num(Q_(0.15406, "nm") / (2 * d)))
    return Q_(2 * math.degrees(theta), "degree")


@item(
    S,
    "crystallography_xrd",
    "kg/m**3",
    "Theoretical density ρ = nA/(V_C N_A), n = 2 for BCC (Callister eq. 3.8)",
    solution="Two atoms per BCC cell: ρ = 2 · 95.95 g mol⁻¹/((0.3147×10⁻⁷ cm)³ · 6.022×10²³ mol⁻¹) = 10.22 g cm⁻³ = 10 224 kg m⁻³.",
    forms=("tex", "unit_form"),
)
def h7a_crystallography_xrd_02():
    """Molybdenum has the body-centred cubic structure with a lattice parameter $a = 0.3147\\,\\mathrm{nm}$ and an atomic mass of $95.95\\,\\mathrm{g\\,mol^{-1}}$. Calculate its theoretical density in $\\mathrm{kg\\,m^{-3}}$."""
    a = Q_(0.3147, "nm")
    return 2 * Q_(95.95, "g/mol") / (a**3 * AVOGADRO)


@item(
    S,
    "crystallography_xrd",
    "1/nm**2",
    "Planar density of BCC (110): 2 atoms on an a × a√2 rectangle (Callister §3.11)",
    solution="The (110) plane of the BCC cell is an a × a√2 rectangle holding 4 × ¼ + 1 = 2 atoms, so PD = 2/(√2 a²) = 2/(√2 · 0.2866²) nm⁻² = 17.22 atoms nm⁻².",
    forms=("unicode", "distractor"),
)
def h7a_crystallography_xrd_03():
    """α-iron is BCC with a = 0.2866 nm (atomic radius 0.1241 nm, density 7.87 g/cm³). Calculate the planar density of the (110) plane in atoms per nm²."""
    a = Q_(0.2866, "nm")
    return 2 / (math.sqrt(2) * a**2)


@item(
    S,
    "crystallography_xrd",
    "1/micrometer",
    "Linear density along FCC ⟨110⟩: atoms touch, LD = 1/(2R) (Callister §3.11)",
    solution="Along [110] in FCC the atoms touch, so the repeat distance is 2R = 0.2862 nm and LD = 1/(2 · 0.1431 nm) = 3.494 nm⁻¹ = 3 494 atoms per µm.",
    forms=("sig_figs", "unicode", "distractor", "unit_form"),
)
def h7a_crystallography_xrd_04():
    """Aluminium (FCC, atomic radius R = 0.1431 nm, density 2.70 g/cm³, atomic weight 26.98 g/mol) is drawn into wire. How many atom centres lie on each micrometre of a [110] direction? Give the linear density in atoms per µm to three significant figures."""
    radius = Q_(0.1431, "nm")
    return 1 / (2 * radius)


@item(
    S,
    "crystallography_xrd",
    "angstrom",
    "Bragg's law, d₁₁₀ = a/√2 and R = √3a/4 for BCC (Callister ch. 3)",
    solution="θ = 20.13°, d₁₁₀ = 0.15406/(2 sin 20.13°) = 0.22383 nm, a = √2 · d = 0.31654 nm; in BCC the atoms touch along the body diagonal, R = √3a/4 = 0.1371 nm = 1.371 Å.",
    forms=("unicode", "multi_step", "unit_form"),
)
def h7a_crystallography_xrd_05():
    """The first peak in the diffractogram of a BCC metal, recorded with Cu Kα1 radiation (λ = 0.154 06 nm), lies at 2θ = 40.26° and is indexed 110. Estimate the atomic radius of the metal in ångströms."""
    wavelength = Q_(0.15406, "nm")
    theta = math.radians(40.26 / 2)
    d = wavelength / (2 * math.sin(theta))
    a = d * math.sqrt(2)
    return math.sqrt(3) * a / 4


@item(
    S,
    "crystallography_xrd",
    "g/cm**3",
    "HCP: V_C = (3√3/2)a²c with 6 atoms per cell, ρ = nA/(V_C N_A) (Callister §3.5)",
    solution="V_C = (3√3/2)(0.3209×10⁻⁷)² (0.5211×10⁻⁷) cm³ = 1.3942×10⁻²² cm³; ρ = 6 · 24.305/(1.3942×10⁻²² · 6.022×10²³) = 1.74 g cm⁻³.",
    forms=("sig_figs", "tex", "multi_step"),
)
def h7a_crystallography_xrd_06():
    """Magnesium is hexagonal close-packed with lattice parameters $a = 0.3209\\,\\mathrm{nm}$ and $c = 0.5211\\,\\mathrm{nm}$; its atomic weight is $24.305\\,\\mathrm{g\\,mol^{-1}}$.
    (a) How many atoms belong to the hexagonal unit cell (the prism of six sides)?
    (b) Compute the theoretical density of Mg in $\\mathrm{g\\,cm^{-3}}$ to three significant figures."""
    a = Q_(0.3209, "nm")
    c = Q_(0.5211, "nm")
    volume = 3 * math.sqrt(3) / 2 * a**2 * c
    return 6 * Q_(24.305, "g/mol") / (volume * AVOGADRO)


@item(
    S,
    "crystallography_xrd",
    "nm",
    "FCC reflection rule (h, k, l unmixed): 111, 200, 220, 311; Bragg's law with d = a/√(h²+k²+l²) (Cullity ch. 10)",
    solution="The sin²θ values 0.1086 : 0.1448 : 0.2895 : 0.3981 stand in the ratio 3 : 4 : 8 : 11, the FCC sequence 111, 200, 220, 311. Using the highest-angle line (311): θ = 39.115°, a = λ√11/(2 sin θ) = 0.154 06 · 3.3166/(2 · 0.63094) = 0.4050 nm.",
    forms=("sig_figs", "unicode", "table", "multi_step"),
    rel_tol=0.005,
)
def h7a_crystallography_xrd_07():
    """A cubic metal gives the following peaks with Cu Kα1 radiation (λ = 0.154 06 nm):

        line   2θ (°)
        1      38.47
        2      44.73
        3      65.10
        4      78.23

    Index the lines, decide whether the lattice is simple cubic, BCC or FCC, and compute the lattice parameter in nm (four significant figures) from the fourth line."""
    wavelength = Q_(0.15406, "nm")
    theta = math.radians(78.23 / 2)
    return wavelength * math.sqrt(3**2 + 1**2 + 1**2) / (2 * math.sin(theta))


@item(
    S,
    "crystallography_xrd",
    "pm",
    "Duane–Hunt limit λ_min = hc/(eV) of the continuous X-ray spectrum (Cullity ch. 1)",
    solution="The shortest wavelength carries the whole kinetic energy of an electron: λ_min = hc/(eV) = 6.626×10⁻³⁴ · 2.998×10⁸/(1.602×10⁻¹⁹ · 40 000) m = 3.100×10⁻¹¹ m = 31.0 pm.",
    forms=("unicode", "distractor", "unit_form"),
)
def h7a_crystallography_xrd_08():
    """A copper-target X-ray tube is run at 40 kV and 30 mA. Ignoring the characteristic lines (Cu Kα at 0.154 nm), what is the short-wavelength limit of the continuous spectrum, in picometres?"""
    voltage = Q_(40, "kV")
    return H * C0 / (Q_E * voltage)


@item(
    S,
    "crystallography_xrd",
    "percent",
    "Atomic packing factor, BCC a = 4R/√3 vs FCC a = 2R√2 (Callister §3.4)",
    solution="APF(BCC) = 2 · (4/3)πR³/(4R/√3)³ = √3π/8 = 0.6802 and APF(FCC) = 4 · (4/3)πR³/(2√2R)³ = π/(3√2) = 0.7405; the volume occupied by atoms rises by (0.7405 − 0.6802)/0.6802 = 8.87 %.",
    forms=("sig_figs", "unicode", "multi_step"),
)
def h7a_crystallography_xrd_09():
    """Iron transforms from BCC to FCC on heating through 912 °C. Treating the atoms as hard spheres of the same radius in both structures, by what percentage does the atomic packing factor increase in going from BCC to FCC? Give the answer in percent to three significant figures."""
    r = 1.0
    apf_bcc = 2 * (4 / 3) * math.pi * r**3 / (4 * r / math.sqrt(3)) ** 3
    apf_fcc = 4 * (4 / 3) * math.pi * r**3 / (2 * math.sqrt(2) * r) ** 3
    return Q_((apf_fcc - apf_bcc) / apf_bcc, "")


# ---------------------------------------------------------------- defects


@item(
    S,
    "defects",
    "1/cm**3",
    "Equilibrium vacancies N_v = N exp(−Q_v/kT), N = N_A ρ/A (Callister eq. 4.1)",
    solution="N = 6.022×10²³ · 10.35/107.87 = 5.778×10²² sites cm⁻³; T = 1 173.15 K, Q_v/kT = 1.10/(8.617×10⁻⁵ · 1 173.15) = 10.881; N_v = 5.778×10²² · e^−10.881 = 1.087×10¹⁸ cm⁻³.",
    forms=("unicode", "multi_step"),
)
def h7a_defects_01():
    """Calculate the equilibrium number of vacancies per cubic centimetre in silver at 900 °C. The energy for vacancy formation is 1.10 eV/atom; the atomic weight and density (at 900 °C) of Ag are 107.87 g/mol and 10.35 g/cm³."""
    sites = AVOGADRO * Q_(10.35, "g/cm**3") / Q_(107.87, "g/mol")
    return sites * math.exp(-num(Q_(1.10, "eV") / (K_BOLTZ * kelvin(900))))


@item(
    S,
    "defects",
    "dimensionless",
    "Arrhenius vacancy fraction N_v/N = exp(−Q_v/kT) at two temperatures (Callister §4.2)",
    solution="The ratio is exp[(Q_v/k)(1/T₁ − 1/T₂)] with T₁ = 573.15 K, T₂ = 1 073.15 K: (1.2/8.617×10⁻⁵)(1/573.15 − 1/1 073.15) = 11.320, so the fraction grows by e^11.32 = 8.25×10⁴.",
    forms=("unicode",),
)
def h7a_defects_02():
    """The vacancy formation energy of a metal is 1.2 eV. By what factor does the equilibrium vacancy fraction increase when the metal is heated from 300 °C to 800 °C?"""
    q = Q_(1.2, "eV")
    return math.exp(-num(q / (K_BOLTZ * kelvin(800)))) / math.exp(-num(q / (K_BOLTZ * kelvin(300))))


@item(
    S,
    "defects",
    "kJ/mol",
    "Two-temperature Arrhenius fit Q_v = R ln(c₂/c₁)/(1/T₁ − 1/T₂) (Callister §4.2)",
    solution="ln(1.1×10⁻⁴/3.5×10⁻⁶) = 3.4477; 1/873.15 − 1/1 173.15 = 2.9289×10⁻⁴ K⁻¹; Q_v = 8.314 · 3.4477/2.9289×10⁻⁴ J mol⁻¹ = 97.9 kJ mol⁻¹.",
    forms=("tex", "table", "unit_form"),
)
def h7a_defects_03():
    """Quenching experiments on a pure metal give the equilibrium vacancy site fractions below.

    | $T$ / $^{\\circ}\\mathrm{C}$ | $N_v/N$ |
    |---|---|
    | 600 | $3.5 \\times 10^{-6}$ |
    | 900 | $1.1 \\times 10^{-4}$ |

    Determine the activation energy for vacancy formation in $\\mathrm{kJ\\,mol^{-1}}$."""
    c1, c2 = 3.5e-6, 1.1e-4
    t1, t2 = kelvin(600), kelvin(900)
    return R_GAS * math.log(c2 / c1) / (1 / t1 - 1 / t2)


@item(
    S,
    "defects",
    "dimensionless",
    "ASTM grain size n = 2^(G−1) at 100×, with N₁₀₀ = N_M (M/100)² (Callister §4.10)",
    solution="At 100× the same field would show 28 · (300/100)² = 252 grains per in²; 252 = 2^(G−1) gives G = 1 + log₂252 = 8.98, i.e. 9.0.",
    forms=("sig_figs", "unicode", "multi_step"),
    decimals=1,
)
def h7a_defects_04():
    """A metallographer counts 28 grains per square inch on a photomicrograph taken at a magnification of 300×. What is the ASTM grain-size number? Give it to one decimal place."""
    n_100 = 28 * (300 / 100) ** 2
    return 1 + math.log2(n_100)


@item(
    S,
    "defects",
    "1/m**3",
    "Schottky defects N_s = N exp(−Q_s/2kT) (Callister eq. 12.3)",
    solution="N = 6.022×10²³ · 1.98/74.55 = 1.5994×10²² KCl units cm⁻³ = 1.5994×10²⁸ m⁻³; Q_s/2kT = 2.6/(2 · 8.617×10⁻⁵ · 873.15) = 17.277; N_s = 1.5994×10²⁸ e^−17.277 = 5.02×10²⁰ m⁻³.",
    forms=("tex", "multi_step", "unit_form"),
)
def h7a_defects_05():
    """The energy to form a Schottky defect (a cation–anion vacancy pair) in potassium chloride is $2.6\\,\\mathrm{eV}$. Given the density of KCl, $1.98\\,\\mathrm{g\\,cm^{-3}}$, and its formula weight, $74.55\\,\\mathrm{g\\,mol^{-1}}$, calculate the number of Schottky defects per cubic metre at $600\\,^{\\circ}\\mathrm{C}$."""
    formula_units = AVOGADRO * Q_(1.98, "g/cm**3") / Q_(74.55, "g/mol")
    return formula_units * math.exp(-num(Q_(2.6, "eV") / (2 * K_BOLTZ * kelvin(600))))


@item(
    S,
    "defects",
    "angstrom",
    "FCC perfect dislocation b = (a/2)⟨110⟩, |b| = a/√2 (Hull & Bacon ch. 5)",
    solution="The shortest lattice translation in FCC is (a/2)[110], of length a√2/2 = 0.3615/√2 nm = 0.2556 nm = 2.556 Å.",
    forms=("unicode", "distractor", "unit_form"),
)
def h7a_defects_06():
    """Copper is FCC, a = 0.3615 nm, shear modulus 48 GPa. What is the magnitude of the Burgers vector of a perfect dislocation in copper, in Å?"""
    return Q_(0.3615, "nm") / math.sqrt(2)


@item(
    S,
    "defects",
    "km",
    "Dislocation density ρ = total line length per unit volume (Callister §7.2)",
    solution="Line length = ρV = 2.5×10¹⁴ m⁻² × 10⁻⁹ m³ = 2.5×10⁵ m = 250 km.",
    forms=("tex", "unit_form"),
)
def h7a_defects_07():
    """After heavy cold rolling a steel sheet contains a dislocation density of $2.5 \\times 10^{14}\\,\\mathrm{m^{-2}}$. What total length of dislocation line, in kilometres, is contained in a cube of the sheet $1\\,\\mathrm{mm}$ on edge?"""
    return Q_(2.5e14, "1/m**2") * Q_(1, "mm") ** 3


@item(
    S,
    "defects",
    "1/m**3",
    "N_v = N exp(−Q_v/kT) needs the number of atomic sites N = N_A ρ/A (Callister eq. 4.1)",
    refuse="Missing data: neither the density nor the atomic weight (nor the identity) of metal X is given, so the number of atomic sites per cubic metre, and hence the vacancies per m³, cannot be found; only the site fraction can.",
    solution="The fraction exp(−Q_v/kT) can be evaluated, but converting it to vacancies per m³ needs N = N_A ρ/A, and neither ρ nor A of 'metal X' is given.",
    forms=("unicode", "must_refuse"),
)
def h7a_defects_08():
    """The vacancy formation energy in a metal X is 1.05 eV/atom. Calculate the number of vacancies per cubic metre in X at 750 °C."""
    return None


@item(
    S,
    "defects",
    "percent",
    "Weight to atom percent C'_Zn = (C_Zn/A_Zn)/(C_Zn/A_Zn + C_Cu/A_Cu) (Callister eq. 4.6)",
    solution="Per 100 g: 30/65.38 = 0.45886 mol Zn and 70/63.55 = 1.10149 mol Cu; atom fraction of Zn = 0.45886/1.56035 = 29.41 at%.",
    forms=("unicode", "distractor"),
)
def h7a_defects_09():
    """Cartridge brass contains 70 wt% Cu and 30 wt% Zn (densities 8.94 and 7.13 g/cm³; atomic weights 63.55 and 65.38 g/mol). Convert the zinc content to atom percent."""
    n_zn = Q_(30, "g") / Q_(65.38, "g/mol")
    n_cu = Q_(70, "g") / Q_(63.55, "g/mol")
    return n_zn / (n_zn + n_cu)


# ---------------------------------------------------------------- diffusion


@item(
    S,
    "diffusion",
    "kg/(m**2*hour)",
    "Fick's first law J = −D dC/dx (Callister eq. 5.3)",
    solution="dC/dx = (0.4 − 1.2) kg m⁻³/(10 − 5) mm = −160 kg m⁻⁴; J = 3×10⁻¹¹ · 160 = 4.8×10⁻⁹ kg m⁻² s⁻¹ = 1.728×10⁻⁵ kg m⁻² h⁻¹.",
    forms=("unicode", "unit_form", "distractor"),
)
def h7a_diffusion_01():
    """A 15 mm thick plate of iron is held at 700 °C with a carburising gas on one side and a decarburising gas on the other until steady state is reached. The carbon concentrations are 1.2 kg/m³ at 5 mm and 0.4 kg/m³ at 10 mm below the carburising surface, and D = 3 × 10⁻¹¹ m²/s. Calculate the diffusion flux of carbon through the plate in kg m⁻² h⁻¹."""
    d = Q_(3e-11, "m**2/s")
    gradient = (Q_(0.4, "kg/m**3") - Q_(1.2, "kg/m**3")) / (Q_(10, "mm") - Q_(5, "mm"))
    return -d * gradient


@item(
    S,
    "diffusion",
    "cm**2/s",
    "D = D₀ exp(−Q_d/RT) (Callister eq. 5.8)",
    solution="T = 773.15 K; Q/RT = 136 000/(8.314 · 773.15) = 21.157; D = 6.5×10⁻⁵ e^−21.157 m² s⁻¹ = 4.22×10⁻¹⁴ m² s⁻¹ = 4.22×10⁻¹⁰ cm² s⁻¹.",
    forms=("tex", "unit_form"),
)
def h7a_diffusion_02():
    """For the diffusion of copper in aluminium, $D_0 = 6.5 \\times 10^{-5}\\,\\mathrm{m^2\\,s^{-1}}$ and $Q_d = 136\\,\\mathrm{kJ\\,mol^{-1}}$. Compute the diffusion coefficient at $500\\,^{\\circ}\\mathrm{C}$ in $\\mathrm{cm^2\\,s^{-1}}$."""
    d0 = Q_(6.5e-5, "m**2/s")
    return d0 * math.exp(-num(Q_(136, "kJ/mol") / (R_GAS * kelvin(500))))


@item(
    S,
    "diffusion",
    "eV",
    "ln D = ln D₀ − Q/(kT) through two points (Callister §5.5)",
    solution="ln(4.2×10⁻¹²/5.5×10⁻¹⁴) = 4.3355; 1/873.15 − 1/1 073.15 = 2.1345×10⁻⁴ K⁻¹; Q = 8.617×10⁻⁵ · 4.3355/2.1345×10⁻⁴ eV = 1.750 eV per atom.",
    forms=("unicode", "table", "unit_form"),
)
def h7a_diffusion_03():
    """The diffusion coefficient of nickel in a stainless steel was measured at two temperatures:

        T (°C)    D (m²/s)
        600       5.5 × 10⁻¹⁴
        800       4.2 × 10⁻¹²

    Find the activation energy for diffusion, expressed in electron-volts per atom."""
    d1, d2 = 5.5e-14, 4.2e-12
    t1, t2 = kelvin(600), kelvin(800)
    return K_BOLTZ * math.log(d2 / d1) / (1 / t1 - 1 / t2)


@item(
    S,
    "diffusion",
    "hour",
    "Semi-infinite solid (C_x − C₀)/(C_s − C₀) = 1 − erf(x/2√(Dt)) (Callister eq. 5.5)",
    solution="(0.45 − 0.20)/(1.00 − 0.20) = 0.3125, so erf z = 0.6875 and z = 0.7142; t = x²/(4Dz²) = (0.6×10⁻³)²/(4 · 3.0×10⁻¹¹ · 0.7142²) s = 5 882 s = 1.63 h.",
    forms=("unicode", "multi_step"),
    rel_tol=0.03,
)
def h7a_diffusion_04():
    """A 1020 steel (0.20 wt% C) is gas-carburised at a temperature where D = 3.0 × 10⁻¹¹ m²/s; the surface is held at 1.00 wt% C. How long (in hours) must the treatment last for the carbon content to reach 0.45 wt% at a depth of 0.6 mm?"""
    c0, cs, cx = 0.20, 1.00, 0.45
    z = erfinv(1 - (cx - c0) / (cs - c0))
    x = Q_(0.6, "mm")
    d = Q_(3.0e-11, "m**2/s")
    return x**2 / (4 * d * z**2)


@item(
    S,
    "diffusion",
    "hour",
    "Equal profiles need equal Dt, D = D₀ exp(−Q/RT) (Callister §5.5)",
    solution="t₂ = t₁ D₁/D₂ = 10 h · exp[(Q/R)(1/1 273.15 − 1/1 173.15)] = 10 · exp(−1.192) = 3.04 h.",
    forms=("unicode", "distractor", "multi_step"),
)
def h7a_diffusion_05():
    """Carburising a steel part for 10 h at 900 °C gives the required case. For carbon in γ-iron, D₀ = 2.3 × 10⁻⁵ m²/s and Q_d = 148 kJ/mol. How many hours would the same case take at 1 000 °C?"""
    q = Q_(148, "kJ/mol")
    ratio = math.exp(-num(q / (R_GAS * kelvin(900)))) / math.exp(-num(q / (R_GAS * kelvin(1000))))
    return Q_(10, "hour") * ratio


@item(
    S,
    "diffusion",
    "mm",
    "Case depth x ∝ √(Dt) at fixed temperature (Callister eq. 5.6b)",
    solution="At the same temperature x ∝ √t: x₂ = 0.50 mm · √(15/6) = 0.79 mm.",
    forms=("unicode",),
)
def h7a_diffusion_06():
    """A case depth of 0.50 mm is obtained after 6 h of carburising at 920 °C. What case depth, in mm, would 15 h at the same temperature give?"""
    return Q_(0.50, "mm") * math.sqrt(15 / 6)


@item(
    S,
    "diffusion",
    "micrometer",
    "Diffusion distance x ≈ √(Dt) (Porter & Easterling §2.2) or the 1-D r.m.s. displacement √(2Dt) (Shewmon ch. 2)",
    solution="Dt = 1.5×10⁻¹⁴ m² s⁻¹ × 3 600 s = 5.4×10⁻¹¹ m²; √(Dt) = 7.35 µm (the usual order-of-magnitude estimate), while the one-dimensional root-mean-square displacement √(2Dt) = 10.4 µm.",
    forms=("unicode", "ambiguous"),
)
def h7a_diffusion_07():
    """Zinc diffuses in copper at 800 °C with D = 1.5 × 10⁻¹⁴ m²/s. Estimate the diffusion distance of zinc after an anneal of 1 h at this temperature, in µm."""
    dt = Q_(1.5e-14, "m**2/s") * Q_(1, "hour")
    return {"sqrt(Dt)": dt**0.5, "sqrt(2Dt)": (2 * dt) ** 0.5}


@item(
    S,
    "diffusion",
    "m**2/s",
    "D = D₀ exp(−Q/RT) needs Q to carry D to another temperature (Callister §5.5)",
    refuse="Missing datum: a single value of D at one temperature fixes neither D₀ nor the activation energy, so D at 900 °C cannot be determined.",
    solution="Extrapolating D from 700 °C to 900 °C needs the activation energy (or a second measurement); only one value of D is given.",
    forms=("tex", "must_refuse"),
)
def h7a_diffusion_08():
    """The diffusion coefficient of a solute Z in a proprietary nickel superalloy is $2 \\times 10^{-15}\\,\\mathrm{m^2\\,s^{-1}}$ at $700\\,^{\\circ}\\mathrm{C}$. Calculate its diffusion coefficient at $900\\,^{\\circ}\\mathrm{C}$."""
    return None


@item(
    S,
    "diffusion",
    "degC",
    "Equal Dt and D = D₀ exp(−Q/RT) solved for T (Callister §5.5)",
    solution="D(900 °C) = 2.3×10⁻⁵ exp(−148 000/(8.314 · 1 173.15)) = 5.92×10⁻¹² m² s⁻¹. Equal Dt needs D₂ = 5.92×10⁻¹² · 10/4 = 1.479×10⁻¹¹ m² s⁻¹, so T₂ = Q/[R ln(D₀/D₂)] = 148 000/(8.314 · 14.257) = 1 248.5 K = 975.4 °C.",
    forms=("unicode", "multi_step"),
    abs_tol=5.0,
)
def h7a_diffusion_09():
    """A carburising cycle of 10 h at 900 °C produces a satisfactory case in a steel gear. Production wants a cycle of 4 h. For carbon in γ-Fe, D₀ = 2.3 × 10⁻⁵ m²/s and Q = 148 kJ/mol. At what temperature (°C) must the 4 h cycle be run to give the same carbon profile?"""
    d0 = Q_(2.3e-5, "m**2/s")
    q = Q_(148, "kJ/mol")
    d1 = d0 * math.exp(-num(q / (R_GAS * kelvin(900))))
    d2 = d1 * 10 / 4
    return (q / (R_GAS * math.log(num(d0 / d2)))).to("K")


# ---------------------------------------------------------------- mechanical properties


@item(
    S,
    "mechanical_properties",
    "micrometer",
    "Hooke's law Δl = F l₀/(A₀E) (Callister eq. 6.5)",
    solution="A₀ = π(4.0 mm)² = 50.27 mm²; σ = 6 500/50.27 = 129.3 MPa; Δl = σl₀/E = 129.3 · 250/97 000 mm = 0.3333 mm = 333 µm.",
    forms=("unicode", "spaced_thousands", "unit_form"),
)
def h7a_mechanical_properties_01():
    """A brass rod 8.0 mm in diameter and 250 mm long carries a tensile load of 6 500 N. The deformation is entirely elastic and the modulus of elasticity of the brass is 97 GPa. By how many micrometres does the rod lengthen?"""
    area = math.pi * (Q_(8.0, "mm") / 2) ** 2
    return Q_(6500, "N") * Q_(250, "mm") / (area * Q_(97, "GPa"))


@item(
    S,
    "mechanical_properties",
    "micrometer",
    "Poisson's ratio ε_x = −ν ε_z with ε_z = σ/E (Callister §6.5)",
    solution="σ = 15 000/(π · 6²) = 132.6 MPa; ε_z = 132.6/207 000 = 6.41×10⁻⁴; ε_x = −0.30 · 6.41×10⁻⁴ = −1.92×10⁻⁴; Δd = 12 mm · 1.92×10⁻⁴ = 2.31×10⁻³ mm = 2.31 µm.",
    forms=("tex", "multi_step", "unit_form"),
)
def h7a_mechanical_properties_02():
    """A steel cylinder of diameter $12\\,\\mathrm{mm}$ is loaded elastically in tension by a force of $15\\,000\\,\\mathrm{N}$. For the steel $E = 207\\,\\mathrm{GPa}$ and $\\nu = 0.30$. Calculate the reduction in diameter in $\\mu\\mathrm{m}$."""
    d = Q_(12, "mm")
    stress = Q_(15000, "N") / (math.pi * (d / 2) ** 2)
    axial = stress / Q_(207, "GPa")
    return 0.30 * axial * d


@item(
    S,
    "mechanical_properties",
    "MPa",
    "True stress σ_T = σ(1 + ε) at constant volume (Callister eq. 6.18a)",
    solution="Before necking the volume is conserved, so σ_T = σ(1 + ε) = 420 · 1.18 = 495.6 MPa.",
    forms=("unicode", "distractor"),
)
def h7a_mechanical_properties_03():
    """In a tensile test of an annealed copper alloy (yield strength 150 MPa), the engineering stress is 420 MPa at an engineering strain of 0.18, before any necking has begun. What is the true stress at this point, in MPa?"""
    return Q_(420, "MPa") * (1 + 0.18)


@item(
    S,
    "mechanical_properties",
    "dimensionless",
    "Hollomon σ_T = Kε_Tⁿ, ε = exp(ε_T) − 1 (Callister eq. 6.19)",
    solution="ε_T = (σ_T/K)^(1/n) = (600/1 100)^(1/0.22) = 0.0636; the engineering strain is e^0.0636 − 1 = 0.0657.",
    forms=("unicode", "spaced_thousands", "multi_step"),
)
def h7a_mechanical_properties_04():
    """The plastic region of a steel's true stress–true strain curve follows σ_T = K ε_Tⁿ with K = 1 100 MPa and n = 0.22. What engineering strain must be imposed to raise the true stress to 600 MPa? (Assume uniform deformation.)"""
    eps_true = (600 / 1100) ** (1 / 0.22)
    return Q_(math.exp(eps_true) - 1, "")


@item(
    S,
    "mechanical_properties",
    "dimensionless",
    "Engineering strain Δl/l₀ (Callister eq. 6.2) or true strain ln(l/l₀) (Callister eq. 6.18b)",
    solution="Engineering strain = (62.0 − 50.0)/50.0 = 0.240; true strain = ln(62.0/50.0) = 0.215.",
    forms=("unicode", "ambiguous"),
)
def h7a_mechanical_properties_05():
    """A gauge length marked on an aluminium tensile specimen extends from 50.0 mm to 62.0 mm before necking. What strain has the specimen undergone?"""
    l0, l1 = Q_(50.0, "mm"), Q_(62.0, "mm")
    return {"engineering": (l1 - l0) / l0, "true": Q_(math.log(num(l1 / l0)), "")}


@item(
    S,
    "mechanical_properties",
    "MJ/m**3",
    "Modulus of resilience U_r = σ_y²/(2E) (Callister eq. 6.14)",
    solution="U_r = σ_y²/2E = (830×10⁶)²/(2 · 207×10⁹) J m⁻³ = 1.664×10⁶ J m⁻³ = 1.66 MJ m⁻³.",
    forms=("tex", "unit_form"),
)
def h7a_mechanical_properties_06():
    """A spring steel has a yield strength of $830\\,\\mathrm{MPa}$ and a modulus of elasticity of $207\\,\\mathrm{GPa}$. Calculate its modulus of resilience in $\\mathrm{MJ\\,m^{-3}}$."""
    return Q_(830, "MPa") ** 2 / (2 * Q_(207, "GPa"))


@item(
    S,
    "mechanical_properties",
    "GPa",
    "E = σ/ε from the linear part of a load–extension record (Callister §6.3)",
    solution="A₀ = π(5 mm)² = 78.54 mm². Between 0 and 10 000 N the extension is 0.082 mm: σ = 10 000/78.54 = 127.3 MPa, ε = 0.082/50 = 1.64×10⁻³, E = 127.3/1.64×10⁻³ MPa = 77.6 GPa.",
    forms=("unicode", "table", "spaced_thousands"),
)
def h7a_mechanical_properties_07():
    """A round tensile specimen of an aluminium alloy, 10.0 mm in diameter with a 50.0 mm extensometer gauge length, gives the following record in the elastic range:

        load (N)       0      5 000    10 000
        extension (mm) 0      0.041    0.082

    (a) Plot stress against strain. (b) Determine the modulus of elasticity in GPa."""
    area = math.pi * (Q_(10.0, "mm") / 2) ** 2
    stress = Q_(10000, "N") / area
    strain = Q_(0.082, "mm") / Q_(50.0, "mm")
    return stress / strain


@item(
    S,
    "mechanical_properties",
    "mm",
    "Allowable stress σ_w = σ_y/N and A = F/σ_w (Callister §6.12)",
    solution="σ_w = 275/2 = 137.5 MPa; A = 30 000/137.5 = 218.2 mm²; d = √(4A/π) = 16.67 mm.",
    forms=("unicode", "spaced_thousands", "distractor", "multi_step"),
)
def h7a_mechanical_properties_08():
    """A cylindrical tie rod of a structural steel (yield strength 275 MPa, tensile strength 430 MPa, E = 207 GPa) must carry 30 000 N without yielding, using a factor of safety of 2.0 on the yield strength. What is the minimum diameter of the rod, in mm?"""
    allowable = Q_(275, "MPa") / 2.0
    area = Q_(30000, "N") / allowable
    return (4 * area / math.pi) ** 0.5


@item(
    S,
    "mechanical_properties",
    "percent",
    "Percent reduction in area %RA = (A₀ − A_f)/A₀ × 100 (Callister eq. 6.12)",
    solution="%RA = (d₀² − d_f²)/d₀² = (12.8² − 8.6²)/12.8² = (163.84 − 73.96)/163.84 = 54.9 %.",
    forms=("unicode", "distractor"),
)
def h7a_mechanical_properties_09():
    """A tensile specimen 12.8 mm in diameter with a 50.8 mm gauge length breaks at a load of 52 400 N; after fracture the gauge length is 71.3 mm and the diameter at the fracture is 8.6 mm. Calculate the ductility as percent reduction in area."""
    d0, df = Q_(12.8, "mm"), Q_(8.6, "mm")
    return (d0**2 - df**2) / d0**2


# ---------------------------------------------------------------- failure


@item(
    S,
    "failure",
    "MPa",
    "Griffith σ_c = √(2Eγ_s/(πa)), a = half the internal crack length (Callister eq. 8.3)",
    solution="The internal crack is 2a = 2.0 µm, so a = 1.0 µm; σ_c = √(2 · 70×10⁹ · 0.30/(π · 1.0×10⁻⁶)) Pa = 1.156×10⁸ Pa = 116 MPa.",
    forms=("unicode",),
)
def h7a_failure_01():
    """A soda-lime glass (E = 70 GPa, specific surface energy 0.30 J/m²) contains internal cracks 2.0 µm long. Using the Griffith criterion, estimate its fracture strength in MPa."""
    a = Q_(2.0, "micrometer") / 2
    return (2 * Q_(70, "GPa") * Q_(0.30, "J/m**2") / (math.pi * a)) ** 0.5


@item(
    S,
    "failure",
    "MPa",
    "K_Ic = Yσ_c√(πa) for an edge crack of length a (Callister eq. 8.5)",
    solution="σ_c = K_Ic/(Y√(πa)) = 55/(1.12 · √(π · 2.5×10⁻³)) MPa = 55/(1.12 · 0.08862) = 554 MPa.",
    forms=("tex", "distractor"),
)
def h7a_failure_02():
    """A wide plate of a high-strength steel ($K_{Ic} = 55\\,\\mathrm{MPa\\,\\sqrt{m}}$, $\\sigma_y = 1\\,460\\,\\mathrm{MPa}$) contains a through-thickness edge crack $2.5\\,\\mathrm{mm}$ deep. Taking $Y = 1.12$, compute the tensile stress at which fast fracture occurs, in MPa."""
    a = Q_(2.5, "mm")
    return Q_(55, "MPa*m**0.5") / (1.12 * (math.pi * a) ** 0.5)


@item(
    S,
    "failure",
    "mm",
    "a_c = (1/π)(K_Ic/Yσ)², internal crack length 2a (Callister eq. 8.7)",
    solution="a_c = (1/π)(26/(1.0 · 180))² m = 6.64×10⁻³ m = 6.64 mm; for an internal crack the length is 2a_c = 13.3 mm.",
    forms=("unicode",),
)
def h7a_failure_03():
    """An aluminium alloy plate with K_Ic = 26 MPa·m^½ is loaded to a design stress of 180 MPa. Assuming Y = 1.0, what is the longest internal crack (full length, in mm) that can be tolerated without fast fracture?"""
    half = (Q_(26, "MPa*m**0.5") / (1.0 * Q_(180, "MPa"))) ** 2 / math.pi
    return 2 * half


@item(
    S,
    "failure",
    "GPa",
    "Stress concentration at a crack tip σ_m = 2σ₀√(a/ρ_t) (Callister eq. 8.1)",
    solution="For a surface crack a is its depth: σ_m = 2 · 140 · √(0.25×10⁻³/2.0×10⁻⁶) MPa = 2 · 140 · 11.18 = 3 130 MPa = 3.13 GPa.",
    forms=("unicode", "unit_form"),
)
def h7a_failure_04():
    """A surface crack 0.25 mm deep with a tip radius of curvature of 2.0 µm lies perpendicular to a tensile stress of 140 MPa. Estimate the maximum stress at the crack tip, in GPa."""
    return 2 * Q_(140, "MPa") * num(Q_(0.25, "mm") / Q_(2.0, "micrometer")) ** 0.5


@item(
    S,
    "failure",
    "dimensionless",
    "Basquin σ_a = σ'_f(2N_f)^b (Dowling ch. 9)",
    solution="2N_f = (σ_a/σ'_f)^(1/b) = (300/900)^(1/−0.09) = 3^(11.11) = 2.00×10⁵ reversals, so N_f = 1.00×10⁵ cycles.",
    forms=("unicode",),
)
def h7a_failure_05():
    """The fully reversed fatigue behaviour of a quenched and tempered steel follows Basquin's relation σ_a = σ′_f (2N_f)^b with σ′_f = 900 MPa and b = −0.09. How many cycles to failure are expected at a stress amplitude of 300 MPa?"""
    b = -0.09
    reversals = (300 / 900) ** (1 / b)
    return Q_(reversals / 2, "")


@item(
    S,
    "failure",
    "day",
    "Larson–Miller P = T(C + log t_r), C = 20, t_r in hours (Callister eq. 8.20)",
    solution="T = 923.15 K; log t_r = 21 500/923.15 − 20 = 3.2898, t_r = 1 949 h = 81.2 days.",
    forms=("tex", "unit_form"),
)
def h7a_failure_06():
    """For a nickel-base alloy at the service stress, the Larson–Miller parameter is $P = T(20 + \\log t_r) = 2.15 \\times 10^{4}$ ($T$ in K, $t_r$ in h). Predict the rupture lifetime at $650\\,^{\\circ}\\mathrm{C}$, expressed in days."""
    t = kelvin(650).to("K").magnitude
    return Q_(10 ** (21500 / t - 20), "hour")


@item(
    S,
    "failure",
    "1/s",
    "Power-law creep ε̇_s = Kσⁿ at constant T: n from two points (Callister eq. 8.19)",
    solution="n = ln(1.1×10⁻³/2.5×10⁻⁵)/ln(140/60) = 3.784/0.8473 = 4.466; ε̇(100 MPa) = 2.5×10⁻⁵ (100/60)^4.466 h⁻¹ = 2.45×10⁻⁴ h⁻¹ = 6.80×10⁻⁸ s⁻¹.",
    forms=("unicode", "table", "multi_step", "unit_form"),
)
def h7a_failure_07():
    """Steady-state creep rates of a stainless steel at 700 °C are:

        stress (MPa)   ε̇_s (h⁻¹)
        60             2.5 × 10⁻⁵
        140            1.1 × 10⁻³

    (a) Determine the stress exponent n. (b) Estimate the steady-state creep rate at 100 MPa and 700 °C, in s⁻¹."""
    n = math.log(1.1e-3 / 2.5e-5) / math.log(140 / 60)
    return Q_(2.5e-5, "1/hour") * (100 / 60) ** n


@item(
    S,
    "failure",
    "MPa",
    "K_Ic = Yσ_c√(πa) requires the plane-strain fracture toughness of the alloy (Callister eq. 8.5)",
    refuse="Ambiguous material and missing datum: 'an aluminium alloy' fixes no plane-strain fracture toughness (K_Ic of Al alloys spans roughly 20 to 45 MPa·m^½), so the critical stress cannot be computed.",
    solution="The critical stress is K_Ic/(Y√(πa)), but K_Ic is not given and 'an aluminium alloy' does not determine it.",
    forms=("unicode", "must_refuse"),
)
def h7a_failure_08():
    """A structural member made of an aluminium alloy has a surface crack 3.0 mm deep; take Y = 1.1. At what applied tensile stress (MPa) will the member fracture?"""
    return None


# ---------------------------------------------------------------- phase diagrams


@item(
    S,
    "phase_diagrams",
    "percent",
    "Lever rule W_α = (C₀ − C_L)/(C_α − C_L) (Callister eq. 9.2)",
    solution="W_α = (38 − 32)/(43 − 32) = 6/11 = 54.5 %.",
    forms=("unicode", "table"),
)
def h7a_phase_diagrams_01():
    """A Cu–38 wt% Ni alloy is held at 1 250 °C in the α + L field. The tie line at this temperature gives:

        phase   composition (wt% Ni)
        L       32
        α       43

    What mass percent of the alloy is solid α?"""
    c0, cl, ca = 38, 32, 43
    return Q_((c0 - cl) / (ca - cl), "")


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Lever rule for total α and for primary α; eutectic α = W_α − W_α′ (Callister §9.12)",
    solution="Total α: (97.8 − 45)/(97.8 − 18.3) = 0.6642. Primary α (from the α + L lever just above 183 °C): (61.9 − 45)/(61.9 − 18.3) = 0.3876. Eutectic α = 0.6642 − 0.3876 = 0.277.",
    forms=("unicode", "multi_step"),
)
def h7a_phase_diagrams_02():
    """A Pb–45 wt% Sn alloy is cooled slowly to just below the eutectic temperature of 183 °C. At 183 °C the α phase contains 18.3 wt% Sn, the β phase 97.8 wt% Sn and the eutectic liquid 61.9 wt% Sn.
    (a) Name the microconstituents present.
    (b) What mass fraction of the alloy is α that formed as part of the eutectic (not primary α)?"""
    c0, ca, cb, ce = 45, 18.3, 97.8, 61.9
    w_alpha_total = (cb - c0) / (cb - ca)
    w_alpha_primary = (ce - c0) / (ce - ca)
    return Q_(w_alpha_total - w_alpha_primary, "")


@item(
    S,
    "phase_diagrams",
    "percent",
    "Lever rule through the eutectoid: W_Fe₃C′ = (C₁ − 0.76)/(6.70 − 0.76) (Callister eq. 9.23)",
    solution="W_Fe₃C′ = (1.10 − 0.76)/(6.70 − 0.76) = 0.34/5.94 = 5.72 %.",
    forms=("unicode", "distractor"),
)
def h7a_phase_diagrams_03():
    """A plain carbon steel with 1.10 wt% C is slowly cooled from 950 °C to room temperature. Taking the eutectoid at 727 °C and 0.76 wt% C, ferrite 0.022 wt% C and cementite 6.70 wt% C, compute the mass percentage of proeutectoid cementite."""
    c1 = 1.10
    return Q_((c1 - 0.76) / (6.70 - 0.76), "")


@item(
    S,
    "phase_diagrams",
    "percent",
    "Inverse lever rule W_α′ = (0.76 − C₀)/(0.76 − 0.022) (Callister eq. 9.20)",
    solution="0.30 = (0.76 − C₀)/(0.76 − 0.022) gives C₀ = 0.76 − 0.30 · 0.738 = 0.539 wt% C.",
    forms=("tex",),
)
def h7a_phase_diagrams_04():
    """Quantitative metallography of a slowly cooled hypoeutectoid plain-carbon steel shows that proeutectoid ferrite makes up a mass fraction of $0.30$ of the microstructure. Taking the eutectoid composition as $0.76$ wt% C and the ferrite solubility at $727\\,^{\\circ}\\mathrm{C}$ as $0.022$ wt% C, estimate the carbon content of the steel in wt% C."""
    return Q_(0.76 - 0.30 * (0.76 - 0.022), "percent")


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Gibbs phase rule F = C − P + 2, or the condensed rule F = C − P + 1 at fixed pressure (Callister §9.17)",
    solution="At the eutectic three phases (L, α, β) coexist with C = 2. With pressure as a variable, F = 2 − 3 + 2 = 1; for a condensed system at fixed (atmospheric) pressure, F = 2 − 3 + 1 = 0, an invariant point.",
    forms=("unicode", "ambiguous"),
    abs_tol=0.1,
)
def h7a_phase_diagrams_05():
    """In the binary Cu–Ag system, liquid, α and β coexist at the eutectic. How many degrees of freedom does the system have at this point?"""
    components, phases = 2, 3
    return {
        "condensed (fixed P)": components - phases + 1,
        "full (P variable)": components - phases + 2,
    }


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Lever rule (mass fraction) or V_α = (W_α/ρ_α)/(W_α/ρ_α + W_β/ρ_β) (Callister eq. 9.6)",
    solution="Mass fraction W_α = (98 − 30)/(98 − 10) = 0.773; volume fraction = (0.773/10.8)/(0.773/10.8 + 0.227/7.3) = 0.0716/(0.0716 + 0.0311) = 0.697.",
    forms=("tex", "ambiguous"),
)
def h7a_phase_diagrams_06():
    """A Pb–30 wt% Sn alloy is held at $150\\,^{\\circ}\\mathrm{C}$, where it consists of $\\alpha$ (10 wt% Sn, density $10.8\\,\\mathrm{g\\,cm^{-3}}$) and $\\beta$ (98 wt% Sn, density $7.3\\,\\mathrm{g\\,cm^{-3}}$).
    (a) Sketch the microstructure.
    (b) What fraction of the alloy is the $\\alpha$ phase?"""
    c0, ca, cb = 30, 10, 98
    wa = (cb - c0) / (cb - ca)
    wb = 1 - wa
    va = (wa / 10.8) / (wa / 10.8 + wb / 7.3)
    return {"mass fraction": wa, "volume fraction": va}


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Lever rule W_L = (C_α − C₀)/(C_α − C_L) needs the tie-line compositions (Callister §9.8)",
    refuse="Missing data: the phase diagram of the A–B system (the liquidus and solidus compositions at 800 °C) is not given, so the lever rule cannot be applied.",
    solution="The lever rule needs C_L and C_α at 800 °C, which come from the A–B diagram; neither the diagram nor the tie-line compositions are provided.",
    forms=("unicode", "must_refuse"),
)
def h7a_phase_diagrams_07():
    """An alloy of 50 wt% B in the isomorphous A–B system is held at 800 °C, inside the two-phase L + α region. What mass fraction of the alloy is liquid?"""
    return None


@item(
    S,
    "phase_diagrams",
    "g",
    "Lever rule W_L = (C_α − C₀)/(C_α − C_L), mass of Ni in L = m W_L C_L (Callister §9.8)",
    solution="W_L = (44 − 40)/(44 − 33) = 0.3636; the liquid weighs 2.0 kg · 0.3636 = 0.7273 kg and contains 33 % Ni: 0.33 · 727.3 g = 240 g of nickel.",
    forms=("unicode", "multi_step", "unit_form"),
)
def h7a_phase_diagrams_08():
    """A 2.0 kg casting of a Cu–40 wt% Ni alloy is held at 1 260 °C, where liquid of 33 wt% Ni coexists with α of 44 wt% Ni. How many grams of nickel are dissolved in the liquid phase?"""
    c0, cl, ca = 40, 33, 44
    w_liquid = (ca - c0) / (ca - cl)
    return Q_(2.0, "kg") * w_liquid * cl / 100


# ---------------------------------------------------------------- transformations & kinetics


@item(
    S,
    "transformations_kinetics",
    "minute",
    "Avrami y = 1 − exp(−ktⁿ) (Callister eq. 10.17)",
    solution="k = −ln(1 − 0.25)/80^2.5 = 0.28768/57 243 = 5.026×10⁻⁶ s^−2.5; t = (−ln 0.10/k)^(1/2.5) = (2.3026/5.026×10⁻⁶)^0.4 = 183.8 s = 3.06 min.",
    forms=("unicode", "multi_step", "unit_form"),
)
def h7a_transformations_kinetics_01():
    """The isothermal transformation of austenite to pearlite in a steel obeys the Avrami equation with n = 2.5. After 80 s the fraction transformed is 0.25. How long, in minutes, does it take to reach 90 % transformation?"""
    n = 2.5
    k = -math.log(1 - 0.25) / 80**n
    t = (-math.log(1 - 0.90) / k) ** (1 / n)
    return Q_(t, "s")


@item(
    S,
    "transformations_kinetics",
    "dimensionless",
    "Avrami exponent from ln[−ln(1 − y)] = ln k + n ln t (Callister §10.3)",
    solution="ln(−ln 0.80) = −1.4999 and ln(−ln 0.20) = 0.4759; n = (0.4759 + 1.4999)/ln(95/40) = 1.9758/0.8650 = 2.28.",
    forms=("tex", "table"),
)
def h7a_transformations_kinetics_02():
    """The recrystallisation of a cold-worked aluminium alloy at $350\\,^{\\circ}\\mathrm{C}$ gives:

    | $t$ / s | fraction recrystallised |
    |---|---|
    | 40 | 0.20 |
    | 95 | 0.80 |

    Assuming Avrami kinetics $y = 1 - \\exp(-k t^n)$, determine the exponent $n$."""
    t1, y1, t2, y2 = 40, 0.20, 95, 0.80
    return (math.log(-math.log(1 - y2)) - math.log(-math.log(1 - y1))) / math.log(t2 / t1)


@item(
    S,
    "transformations_kinetics",
    "minute",
    "Rate = 1/t₀.₅ = A exp(−Q/RT) (Callister eq. 10.18)",
    solution="Q = R ln(80/12)/(1/573.15 − 1/623.15) = 8.314 · 1.8971/1.3999×10⁻⁴ = 112.7 kJ mol⁻¹. Then t₀.₅(280 °C) = 80 min · exp[(Q/R)(1/553.15 − 1/573.15)] = 80 · exp(0.855) = 188 min.",
    forms=("unicode", "table", "multi_step"),
)
def h7a_transformations_kinetics_03():
    """The time for 50 % recrystallisation of a cold-worked copper alloy was measured as:

        T (°C)   t₀.₅ (min)
        300      80
        350      12

    Taking the rate as 1/t₀.₅ with an Arrhenius temperature dependence, predict t₀.₅ at 280 °C, in minutes."""
    t1, t2, t3 = kelvin(300), kelvin(350), kelvin(280)
    q = R_GAS * math.log(80 / 12) / (1 / t1 - 1 / t2)
    return Q_(80, "min") * math.exp(num(q / R_GAS * (1 / t3 - 1 / t1)))


@item(
    S,
    "transformations_kinetics",
    "nm",
    "Homogeneous nucleation r* = −2γ/ΔG_v, ΔG_v = ΔH_f ΔT/T_m (Callister eqs. 10.3, 10.4)",
    solution="T_m = 1 358.15 K; ΔG_v = −1.77×10⁹ · 236/1 358.15 = −3.076×10⁸ J m⁻³; r* = 2 · 0.177/3.076×10⁸ m = 1.151×10⁻⁹ m = 1.15 nm.",
    forms=("tex", "multi_step", "unit_form"),
)
def h7a_transformations_kinetics_04():
    """For the solidification of copper, the latent heat of fusion is $\\Delta H_f = -1.77 \\times 10^{9}\\,\\mathrm{J\\,m^{-3}}$, the solid–liquid interfacial energy is $\\gamma = 0.177\\,\\mathrm{J\\,m^{-2}}$ and the melting point is $1\\,085\\,^{\\circ}\\mathrm{C}$. Calculate the critical radius of a homogeneous nucleus at a supercooling of $236\\,\\mathrm{K}$, in nm."""
    dgv = Q_(-1.77e9, "J/m**3") * Q_(236, "K") / kelvin(1085)
    return -2 * Q_(0.177, "J/m**2") / dgv


@item(
    S,
    "transformations_kinetics",
    "dimensionless",
    "r* = −2γT_m/(ΔH_f ΔT), atoms = (4/3)πr*³ · 4/a³ (Callister §10.3)",
    solution="T_m = 1 358.15 K; ΔG_v = −1.77×10⁹ · 250/1 358.15 = −3.258×10⁸ J m⁻³; r* = 2 · 0.177/3.258×10⁸ = 1.0866 nm; V* = (4/3)π(1.0866)³ = 5.374 nm³; a³ = 0.3615³ = 0.04724 nm³ holds 4 atoms, so the nucleus has 5.374 · 4/0.04724 ≈ 455 atoms.",
    forms=("unicode", "multi_step"),
    rel_tol=0.03,
)
def h7a_transformations_kinetics_05():
    """Liquid copper is supercooled by 250 K. With ΔH_f = −1.77 × 10⁹ J/m³, γ_SL = 0.177 J/m² and T_m = 1 085 °C, and knowing that solid copper is FCC with a = 0.3615 nm, estimate the number of atoms in a critical nucleus."""
    dgv = Q_(-1.77e9, "J/m**3") * Q_(250, "K") / kelvin(1085)
    r = -2 * Q_(0.177, "J/m**2") / dgv
    volume = 4 / 3 * math.pi * r**3
    return volume * 4 / Q_(0.3615, "nm") ** 3


@item(
    S,
    "transformations_kinetics",
    "dimensionless",
    "Isothermal transformation (TTT) diagram reading (Callister §10.5)",
    refuse="Non-numeric ask (the microstructure after a heat-treatment path) that also needs the isothermal transformation diagram of the steel, which is not given.",
    solution="The answer is a description of the microstructure (phases and their morphology), not a number, and it depends on the TTT diagram, which is not supplied.",
    forms=("unicode", "must_refuse"),
)
def h7a_transformations_kinetics_06():
    """A small specimen of a eutectoid plain-carbon steel is austenitised at 760 °C, quenched rapidly to 600 °C and held for 4 s, then quenched to 450 °C and held for 10 s, and finally quenched to room temperature. Describe the microstructure of the specimen."""
    return None


@item(
    S,
    "transformations_kinetics",
    "percent",
    "Koistinen–Marburger f_M = 1 − exp[−0.011(M_s − T)] (Krauss, Steels ch. 5)",
    solution="f_M = 1 − exp[−0.011(310 − 25)] = 1 − e^−3.135 = 0.9565; retained austenite = 1 − f_M = 4.35 %.",
    forms=("unicode",),
)
def h7a_transformations_kinetics_07():
    """The martensite fraction formed on quenching a steel to temperature T below M_s is given by the Koistinen–Marburger relation f_M = 1 − exp[−0.011 (M_s − T)], with temperatures in °C. For a steel with M_s = 310 °C quenched into water at 25 °C, what percentage of retained austenite remains?"""
    f_m = 1 - math.exp(-0.011 * (310 - 25))
    return Q_(1 - f_m, "")


@item(
    S,
    "transformations_kinetics",
    "K",
    "Andrews (linear) M_s = 539 − 423C − 30.4Mn − 17.7Ni − 12.1Cr − 7.5Mo (wt%, °C)",
    solution="M_s = 539 − 423(0.40) − 30.4(0.70) − 17.7(1.80) − 12.1(0.80) − 7.5(0.25) = 539 − 169.2 − 21.28 − 31.86 − 9.68 − 1.875 = 305.1 °C = 578.3 K.",
    forms=("unicode", "table", "distractor", "unit_form"),
    abs_tol=1.0,
)
def h7a_transformations_kinetics_08():
    """Using the linear Andrews relation M_s (°C) = 539 − 423 C − 30.4 Mn − 17.7 Ni − 12.1 Cr − 7.5 Mo (wt%), estimate the martensite-start temperature, in kelvin, of a 4340-type steel of composition:

    C 0.40   Mn 0.70   Si 0.25   Ni 1.80   Cr 0.80   Mo 0.25   (wt%)"""
    ms_c = 539 - 423 * 0.40 - 30.4 * 0.70 - 17.7 * 1.80 - 12.1 * 0.80 - 7.5 * 0.25
    return kelvin(ms_c)
