"""Set heldout9 (set J), first half: 60 questions over seven topics of a qualifying exam.

Written by a question writer who did not read the answer engine, the checker or the solver; one
earlier item was read for its format only, and no question or set of numbers is taken from another
set. Each key is computed in the function body with pint quantities or plain math; ``solution`` is
the worked solution in words and ``forms`` says how the question is written. A question with two
standard readings returns a dict of them; a question that cannot be answered returns None and says
why. Topics: the first seven of ``HELDOUT9_TOPICS``.
"""

from __future__ import annotations

import math

from exam_items import item
from exam_quantities import AVOGADRO, K_BOLTZ, Q_, R_GAS, kelvin, num
from scipy.special import erfinv

S = "heldout9"

K_EV = Q_(K_BOLTZ.magnitude, "J/K").to("eV/K")


def arr(q: object, t: object) -> float:
    """exp(−Q/RT) for a molar activation energy."""
    return math.exp(-num(q / (R_GAS * t)))


# ---------------------------------------------------------------- crystallography & X-ray diffraction


@item(
    S,
    "crystallography_xrd",
    "g/cm**3",
    "BCC: ρ = nA/(a³N_A), n = 2 (Callister ch. 3)",
    solution="ρ = 2 · 55.845/((0.2866×10⁻⁷ cm)³ · 6.022×10²³) = 7.88 g/cm³.",
    forms=("terse", "take_after_ask"),
)
def h9a_crystallography_xrd_01():
    """Fe, BCC, a = 0.2866 nm. ρ = ? (g/cm³). Take A(Fe) = 55.845 g/mol."""
    return 2 * Q_(55.845, "g/mol") / (Q_(0.2866, "nm") ** 3 * AVOGADRO)


@item(
    S,
    "crystallography_xrd",
    "angstrom",
    "Bragg's law λ = 2d sin θ; cubic d = a/√(h²+k²+l²) (Cullity)",
    solution="θ = 37.065°, d₂₂₀ = 1.5406/(2 sin 37.065°) = 1.2780 Å; a = d√8 = 3.615 Å.",
    forms=("inverse", "unicode"),
)
def h9a_crystallography_xrd_02():
    """A copper powder pattern recorded with Cu Kα radiation (λ = 1.5406 Å) shows the 220 reflection at 2θ = 74.13°. Determine the lattice parameter of copper in ångström to four significant figures."""
    theta = math.radians(74.13 / 2)
    d = Q_(1.5406, "angstrom") / (2 * math.sin(theta))
    return d * math.sqrt(8)


@item(
    S,
    "crystallography_xrd",
    "percent",
    "Cubic cell volume V = a³; ΔV/V = (1 + Δa/a)³ − 1",
    solution="V₂/V₁ = (1.0070)³ = 1.02115, so the cell volume grows by 2.11 %.",
    forms=("words_for_numbers", "change_ask", "distractor"),
)
def h9a_crystallography_xrd_03():
    """On heating aluminium (FCC, a = 0.40495 nm at 20 °C, melting point 660 °C) to 320 °C its lattice parameter increases by 0.70 %. By how much, in percent, does the volume of the unit cell change?"""
    return ((1 + 0.0070) ** 3 - 1) * Q_(100, "percent")


@item(
    S,
    "crystallography_xrd",
    "kg/m**3",
    "HCP: V = (3√3/2)a²c with 6 atoms per cell; ρ = 6A/(V N_A)",
    solution="c = 1.587 · 0.2951 = 0.46832 nm; V = (3√3/2)(0.2951)²(0.46832) nm³ = 0.10594 nm³; ρ = 6 · 47.87/(0.10594×10⁻²¹ · 6.022×10²³) g/cm³ = 4.50 g/cm³ = 4 502 kg/m³.",
    forms=("tex", "multi_step", "unit_conversion"),
)
def h9a_crystallography_xrd_04():
    r"""$\alpha$-titanium is hexagonal close-packed with $a = 0.2951\,\mathrm{nm}$ and $c/a = 1.587$; its atomic mass is $47.87\,\mathrm{g\,mol^{-1}}$. Compute the theoretical density. Give your answer in $\mathrm{kg\,m^{-3}}$."""
    a = Q_(0.2951, "nm")
    c = 1.587 * a
    v = 3 * math.sqrt(3) / 2 * a**2 * c
    return 6 * Q_(47.87, "g/mol") / (v * AVOGADRO)


@item(
    S,
    "crystallography_xrd",
    None,
    "—",
    refuse="The lattice parameter of tantalum is to be taken from a table the question does not reproduce; no value is given.",
    solution="The density needs the lattice parameter (or the atomic radius) of Ta, which the stem leaves to 'Table 3.1'; without it the density cannot be computed.",
    forms=("refuse_missing_table",),
)
def h9a_crystallography_xrd_05():
    """Tantalum is BCC with an atomic weight of 180.95 g/mol. Using the lattice parameter listed for Ta in Table 3.1, calculate its theoretical density in g/cm³."""
    return None


@item(
    S,
    "crystallography_xrd",
    "dimensionless",
    "FCC planar densities: (111) 4/(√3 a²), (100) 2/a²",
    solution="PD(111)/PD(100) = [4/(√3a²)]/[2/a²] = 2/√3 = 1.155; the lattice parameter cancels.",
    forms=("ratio_ask", "distractor", "unicode"),
)
def h9a_crystallography_xrd_06():
    """Nickel is FCC with a = 0.3524 nm and a density of 8.90 g/cm³. How many times larger is the planar atomic density of the (111) plane than that of the (100) plane? Three significant figures."""
    a = Q_(0.3524, "nm")
    return (4 / (math.sqrt(3) * a**2)) / (2 / a**2)


@item(
    S,
    "crystallography_xrd",
    "dimensionless",
    "Number of unit cells = V_sample / a³",
    solution="a³ = (0.2884×10⁻⁹ m)³ = 2.3988×10⁻²⁹ m³; N = 1.00×10⁻⁹ m³ / 2.3988×10⁻²⁹ m³ = 4.17×10¹⁹ cells.",
    forms=("scientific_notation", "unit_conversion"),
)
def h9a_crystallography_xrd_07():
    """How many unit cells are contained in a cube of chromium 1.00 mm on an edge? Chromium is BCC with a = 0.2884 nm. Express the answer in scientific notation."""
    return Q_(1.00, "mm") ** 3 / Q_(0.2884, "nm") ** 3


@item(
    S,
    "crystallography_xrd",
    "nm",
    "Bragg's law, d₁₁₀ = a/√2, BCC R = √3 a/4",
    solution="θ = 22.335°, d = 1.5406/(2 sin 22.335°) = 2.0269 Å; a = √2 · 2.0269 = 2.8665 Å; R = √3 · 0.28665/4 = 0.1241 nm.",
    forms=("multi_step", "data_after_ask"),
)
def h9a_crystallography_xrd_08():
    """Calculate the atomic radius, in nm, of a BCC metal from the following diffraction datum. The first peak, indexed 110, lies at 2θ = 44.67° with Cu Kα radiation of wavelength 0.15406 nm."""
    d = Q_(0.15406, "nm") / (2 * math.sin(math.radians(44.67 / 2)))
    a = d * math.sqrt(2)
    return math.sqrt(3) * a / 4


@item(
    S,
    "crystallography_xrd",
    "degree",
    "FCC reflections with h, k, l unmixed: 111, 200, 220, 311; Bragg's law",
    solution="The fourth FCC line is 311: d = 4.0495/√11 = 1.22097 Å; sin θ = 1.5406/(2 · 1.22097) = 0.63089, θ = 39.116°, 2θ = 78.23°.",
    forms=("tex", "multi_step"),
)
def h9a_crystallography_xrd_09():
    r"""(a) State the selection rule for reflections from an FCC lattice. (b) Aluminium ($a = 4.0495\,\mathrm{\AA}$) is examined with Cu K$\alpha$ radiation, $\lambda = 1.5406\,\mathrm{\AA}$. At what diffraction angle $2\theta$, in degrees, does the fourth peak of the pattern (counting from low angle) appear?"""
    d = Q_(4.0495, "angstrom") / math.sqrt(11)
    return Q_(2 * math.degrees(math.asin(num(Q_(1.5406, "angstrom") / (2 * d)))), "degree")


# ---------------------------------------------------------------- defects


@item(
    S,
    "defects",
    "dimensionless",
    "Equilibrium vacancy fraction N_v/N = exp(−Q_v/kT)",
    solution="T = 1273.15 K; kT = 0.10971 eV; N_v/N = exp(−0.90/0.10971) = 2.73×10⁻⁴.",
    forms=("unicode", "scientific_notation"),
)
def h9a_defects_01():
    """The energy to form a vacancy in copper is 0.90 eV/atom. What fraction of the lattice sites are vacant at 1000 °C?"""
    return math.exp(-num(Q_(0.90, "eV") / (K_EV * kelvin(1000))))


@item(
    S,
    "defects",
    "dimensionless",
    "N_v ∝ exp(−Q_v/kT): ratio exp[(Q_v/k)(1/T₁ − 1/T₂)]",
    solution="T₁ = 773.15 K, T₂ = 873.15 K; ratio = exp[(0.75/8.617×10⁻⁵)(1/773.15 − 1/873.15)] = exp(1.2893) = 3.63.",
    forms=("two_temperatures", "ratio_ask"),
)
def h9a_defects_02():
    """For aluminium the vacancy formation energy is 0.75 eV. By what factor does the equilibrium vacancy concentration increase when the temperature is raised from 500 °C to 600 °C?"""
    q = Q_(0.75, "eV")
    return math.exp(num(q / K_EV * (1 / kelvin(500) - 1 / kelvin(600))))


@item(
    S,
    "defects",
    "degC",
    "N_v/N = exp(−Q_v/kT) solved for T",
    solution="T = Q_v/(k ln 10⁴) = 1.08/(8.617×10⁻⁵ · 9.2103) = 1 360.8 K = 1 088 °C.",
    forms=("inverse", "unit_conversion"),
)
def h9a_defects_03():
    """At what temperature, in degrees Celsius, will one lattice site in 10 000 be vacant in a metal whose vacancy formation energy is 1.08 eV per atom?"""
    t = Q_(1.08, "eV") / (K_EV * math.log(1e4))
    return t.to("degC")


@item(
    S,
    "defects",
    "1/m**3",
    "N = N_Aρ/A; N_v = N exp(−Q_v/kT) (Callister eq. 4.1)",
    solution="N = 6.022×10²³ · 10.49/107.87 = 5.856×10²² cm⁻³ = 5.856×10²⁸ m⁻³; kT at 1073.15 K = 0.092478 eV; N_v = 5.856×10²⁸ exp(−11.895) = 4.00×10²³ m⁻³.",
    forms=("tex", "multi_step", "unit_conversion", "scientific_notation"),
)
def h9a_defects_04():
    r"""Calculate the number of vacancies per cubic metre in silver at $800\,^{\circ}\mathrm{C}$. Data: $Q_v = 1.10\,\mathrm{eV\,atom^{-1}}$, $\rho = 10.49\,\mathrm{g\,cm^{-3}}$, $A = 107.87\,\mathrm{g\,mol^{-1}}$, lattice parameter $0.4086\,\mathrm{nm}$."""
    n = AVOGADRO * Q_(10.49, "g/cm**3") / Q_(107.87, "g/mol")
    return n * math.exp(-num(Q_(1.10, "eV") / (K_EV * kelvin(800))))


@item(
    S,
    "defects",
    "1/inch**2",
    "ASTM E112: N = 2^(n−1) grains/in² at 100×; N_M = N (100/M)²",
    solution="At 100×, N = 2⁵ = 32 grains/in²; at 250× each in² shows (100/250)² of that: 32 · 0.16 = 5.12 grains per square inch.",
    forms=("multi_step", "unicode"),
)
def h9a_defects_05():
    """A steel has ASTM grain-size number 6. How many grains per square inch would be seen on a micrograph taken at a magnification of 250×?"""
    # the key is a count per square inch of micrograph (the writer's unit was 'dimensionless'; the
    # lead corrected the unit after the first run, the value is unchanged)
    return Q_(2 ** (6 - 1) * (100 / 250) ** 2, "1/inch**2")


@item(
    S,
    "defects",
    "dimensionless",
    "ASTM E112: N = 2^(n−1) solved for n",
    decimals=2,
    solution="n = 1 + log₂ 45 = 1 + 5.4919 = 6.49.",
    forms=("inverse", "plain"),
)
def h9a_defects_06():
    """An average of 45 grains per square inch is counted on a micrograph taken at 100×. Determine the ASTM grain-size number, to two decimal places."""
    return round(1 + math.log2(45), 2)


@item(
    S,
    "defects",
    None,
    "—",
    refuse="The ask is qualitative (whether complete solid solubility is expected, judged by the Hume-Rothery rules); no number is asked.",
    solution="The radii differ by about 2.3 % and both metals are FCC with similar electronegativity, so the Hume-Rothery rules favour complete solubility; this is a yes/no judgement, not a numerical answer.",
    forms=("refuse_qualitative", "distractor"),
)
def h9a_defects_07():
    """Copper (r = 0.128 nm, FCC, electronegativity 1.9, valence +2) and nickel (r = 0.125 nm, FCC, electronegativity 1.8, valence +2). Explain, with reference to the Hume-Rothery rules, whether you would expect these two metals to be completely soluble in one another."""
    return None


@item(
    S,
    "defects",
    "percent",
    "wt % → at %: C′₁ = (C₁/A₁)/(C₁/A₁ + C₂/A₂) × 100",
    solution="Zn: 30/65.38 = 0.45886; Cu: 70/63.55 = 1.10149; at % Zn = 0.45886/1.56035 = 29.4 %.",
    forms=("unit_conversion", "plain"),
)
def h9a_defects_08():
    """A cartridge brass contains 70 wt% Cu and 30 wt% Zn. What is its zinc content in atom percent? Atomic weights: Cu 63.55, Zn 65.38 g/mol."""
    zn = 30 / 65.38
    cu = 70 / 63.55
    return Q_(100 * zn / (zn + cu), "percent")


# ---------------------------------------------------------------- diffusion


@item(
    S,
    "diffusion",
    "m**2/s",
    "D = D₀ exp(−Q_d/RT) (Callister eq. 5.8)",
    solution="T = 1223.15 K; Q/RT = 148 000/(8.314 · 1223.15) = 14.553; D = 2.3×10⁻⁵ · exp(−14.553) = 1.10×10⁻¹¹ m²/s.",
    forms=("tex", "scientific_notation"),
)
def h9a_diffusion_01():
    r"""For carbon in $\gamma$-iron, $D_0 = 2.3\times10^{-5}\,\mathrm{m^2\,s^{-1}}$ and $Q_d = 148\,\mathrm{kJ\,mol^{-1}}$. Compute the diffusion coefficient at $950\,^{\circ}\mathrm{C}$."""
    return Q_(2.3e-5, "m**2/s") * arr(Q_(148, "kJ/mol"), kelvin(950))


@item(
    S,
    "diffusion",
    "dimensionless",
    "D₂/D₁ = exp[(Q/R)(1/T₁ − 1/T₂)]",
    solution="T₁ = 1173.15 K, T₂ = 1373.15 K; (148 000/8.314)(1/1173.15 − 1/1373.15) = 2.2102; D₂/D₁ = e^2.2102 = 9.12.",
    forms=("two_temperatures", "ratio_ask", "distractor"),
)
def h9a_diffusion_02():
    """Carbon diffuses in austenite with D₀ = 2.3 × 10⁻⁵ m²/s and an activation energy of 148 kJ/mol. A carburizing furnace is run at 900 °C for 4 h. By what factor would the diffusion coefficient increase if the furnace temperature were raised to 1100 °C?"""
    return arr(Q_(148, "kJ/mol"), kelvin(1100)) / arr(Q_(148, "kJ/mol"), kelvin(900))


@item(
    S,
    "diffusion",
    "kJ/mol",
    "Q_d = R ln(D₂/D₁)/(1/T₁ − 1/T₂)",
    solution="1/T₁ − 1/T₂ = 1/1073.15 − 1/1223.15 = 1.14276×10⁻⁴ K⁻¹; ln(5.3×10⁻¹³/4.8×10⁻¹⁴) = 2.4016; Q = 8.314 · 2.4016/1.14276×10⁻⁴ = 174.7 kJ/mol.",
    forms=("inverse", "table", "two_temperatures"),
)
def h9a_diffusion_03():
    """Diffusion coefficients measured for an impurity in a metal are:

    | T (°C) | D (m²/s) |
    |---|---|
    | 800 | 4.8 × 10⁻¹⁴ |
    | 950 | 5.3 × 10⁻¹³ |

    Calculate the activation energy for diffusion, in kJ/mol."""
    dinv = 1 / kelvin(800) - 1 / kelvin(950)
    return R_GAS * math.log(5.3e-13 / 4.8e-14) / dinv


@item(
    S,
    "diffusion",
    "hour",
    "Fick's second law, constant surface: (C_x − C₀)/(C_s − C₀) = 1 − erf(x/2√(Dt))",
    solution="(0.60 − 0.20)/(1.00 − 0.20) = 0.5 = 1 − erf z, so erf z = 0.5, z = 0.4769; t = x²/(4Dz²) = (5×10⁻⁴)²/(4 · 1.6×10⁻¹¹ · 0.22747) = 17 170 s = 4.77 h.",
    forms=("tex", "multi_step", "unit_conversion", "time_not_depth"),
)
def h9a_diffusion_04():
    r"""A steel gear containing $0.20\,\mathrm{wt\%\,C}$ is carburized in an atmosphere that holds the surface at $1.00\,\mathrm{wt\%\,C}$. The diffusion coefficient of carbon at the process temperature is $1.6\times10^{-11}\,\mathrm{m^2\,s^{-1}}$. How many hours are needed for the carbon content $0.5\,\mathrm{mm}$ below the surface to reach $0.60\,\mathrm{wt\%}$?"""
    z = erfinv(1 - (0.60 - 0.20) / (1.00 - 0.20))
    return Q_(0.5, "mm") ** 2 / (4 * Q_(1.6e-11, "m**2/s") * z**2)


@item(
    S,
    "diffusion",
    "hour",
    "Same profile ⇒ Dt constant: t₂ = t₁ D₁/D₂, D = D₀ exp(−Q/RT)",
    solution="D₁/D₂ = exp[(148 000/8.314)(1/1273.15 − 1/1173.15)] = exp(−1.1918) = 0.30368; t₂ = 10 h · 0.30368 = 3.04 h.",
    forms=("two_temperatures", "inverse"),
)
def h9a_diffusion_05():
    """A carburizing cycle at 900 °C takes 10 h to produce the required case. How long would the same case take at 1000 °C? Assume Q = 148 kJ/mol for carbon in austenite and that the surface and bulk carbon contents are unchanged."""
    q = Q_(148, "kJ/mol")
    return Q_(10, "hour") * arr(q, kelvin(900)) / arr(q, kelvin(1000))


@item(
    S,
    "diffusion",
    "hour",
    "x ∝ √(Dt) at fixed T: t₂ = t₁(x₂/x₁)²",
    solution="t₂ = 6 h × 1.5² = 13.5 h; additional time = 13.5 − 6 = 7.5 h.",
    forms=("words_for_numbers", "change_ask"),
)
def h9a_diffusion_06():
    """A nitriding treatment gives a case depth of 0.30 mm after 6 h. The designer now wants the case depth increased by 50 % at the same temperature. How many additional hours of treatment are required?"""
    t1 = Q_(6, "hour")
    return t1 * 1.5**2 - t1


@item(
    S,
    "diffusion",
    "kg/(m**2*hour)",
    "Fick's first law J = −D dC/dx",
    solution="J = 1.0×10⁻⁸ · (1.5 − 0.3)/0.005 = 2.4×10⁻⁶ kg m⁻² s⁻¹ = 8.64×10⁻³ kg m⁻² h⁻¹.",
    forms=("tex", "unit_conversion"),
)
def h9a_diffusion_07():
    r"""Hydrogen diffuses at steady state through a palladium sheet $5\,\mathrm{mm}$ thick. The hydrogen concentrations at the two faces are $1.5$ and $0.3\,\mathrm{kg\,m^{-3}}$, and $D = 1.0\times10^{-8}\,\mathrm{m^2\,s^{-1}}$. Find the diffusion flux in $\mathrm{kg\,m^{-2}\,h^{-1}}$."""
    return Q_(1.0e-8, "m**2/s") * (Q_(1.5, "kg/m**3") - Q_(0.3, "kg/m**3")) / Q_(5, "mm")


@item(
    S,
    "diffusion",
    None,
    "—",
    refuse="One value of D at one temperature cannot fix both D₀ and Q_d; the inverse problem has no unique solution.",
    solution="D = D₀ exp(−Q/RT) has two unknowns; a single measurement gives one equation, so infinitely many (D₀, Q) pairs fit.",
    forms=("refuse_nonunique_inverse",),
)
def h9a_diffusion_08():
    """The diffusion coefficient of nickel in copper is measured as 2.1 × 10⁻¹⁷ m²/s at 700 °C. Determine the activation energy Q_d and the pre-exponential D₀ for this system."""
    return None


@item(
    S,
    "diffusion",
    "degC",
    "D = D₀ exp(−Q/RT) solved for T",
    solution="ln(D₀/D) = ln(2.3×10⁻⁵/5.0×10⁻¹¹) = 13.039; T = 148 000/(8.314 · 13.039) = 1 365.2 K = 1 092 °C.",
    forms=("inverse", "unit_conversion", "take_after_ask"),
)
def h9a_diffusion_09():
    """At what temperature (°C) does the diffusion coefficient of carbon in γ-iron reach 5.0 × 10⁻¹¹ m²/s? Take D₀ = 2.3 × 10⁻⁵ m²/s and Q = 148 kJ/mol."""
    t = Q_(148, "kJ/mol") / (R_GAS * math.log(2.3e-5 / 5.0e-11))
    return t.to("degC")


# ---------------------------------------------------------------- mechanical properties


@item(
    S,
    "mechanical_properties",
    "MPa",
    "σ = F/A₀",
    solution="A₀ = π(0.505 in)²/4 = 0.20030 in² = 1.2923×10⁻⁴ m²; F = 10 000 lbf = 44 482 N; σ = 344.2 MPa.",
    forms=("us_units", "unit_conversion"),
)
def h9a_mechanical_properties_01():
    """A standard tensile specimen 0.505 in. in diameter carries a load of 10 000 lbf. What engineering stress does this produce? Give the answer in MPa."""
    return Q_(10000, "lbf") / (math.pi * Q_(0.505, "inch") ** 2 / 4)


@item(
    S,
    "mechanical_properties",
    "micrometer",
    "Hooke's law: Δl = F l₀/(A₀E)",
    solution="A₀ = π(10 mm)²/4 = 78.54 mm²; σ = 20 000/78.54 = 254.6 MPa (below the 450 MPa yield, so elastic); Δl = 254.6 · 250/207 000 = 0.3075 mm = 307.5 µm.",
    forms=("distractor", "unicode", "unit_conversion"),
)
def h9a_mechanical_properties_02():
    """A steel rod (E = 207 GPa, yield strength 450 MPa, ν = 0.30) 250 mm long and 10 mm in diameter is pulled with a force of 20 kN. Compute its elongation in µm."""
    a = math.pi * Q_(10, "mm") ** 2 / 4
    return Q_(20, "kN") * Q_(250, "mm") / (a * Q_(207, "GPa"))


@item(
    S,
    "mechanical_properties",
    "micrometer",
    "ε_z = σ/E; ε_x = −ν ε_z; Δd = ε_x d₀",
    solution="A₀ = π(12.0)²/4 = 113.10 mm²; σ = 25 000/113.10 = 221.0 MPa; ε_z = 221.0/69 000 = 3.2035×10⁻³; Δd = 0.33 · 3.2035×10⁻³ · 12.0 mm = 0.01269 mm = 12.7 µm decrease.",
    forms=("tex", "multi_step", "change_ask"),
)
def h9a_mechanical_properties_03():
    r"""An aluminium alloy bar of diameter $12.0\,\mathrm{mm}$ ($E = 69\,\mathrm{GPa}$, $\nu = 0.33$) is loaded elastically in tension by $25\,\mathrm{kN}$. By how much does its diameter decrease? Give the magnitude in $\mu\mathrm{m}$."""
    d0 = Q_(12.0, "mm")
    sigma = Q_(25, "kN") / (math.pi * d0**2 / 4)
    return 0.33 * sigma / Q_(69, "GPa") * d0


@item(
    S,
    "mechanical_properties",
    "micrometer",
    "Hall–Petch σ_y = σ₀ + k_y d^(−1/2) solved for d",
    solution="d^(−1/2) = (250 − 70)/0.74 = 243.24 m^(−1/2); d = 1/243.24² m = 1.690×10⁻⁵ m = 16.9 µm.",
    forms=("inverse", "unicode"),
)
def h9a_mechanical_properties_04():
    """For a low-carbon steel the Hall–Petch constants are σ₀ = 70 MPa and k_y = 0.74 MPa·m^1/2. What average grain diameter, in µm, gives a yield strength of 250 MPa?"""
    return (Q_(0.74, "MPa*m**0.5") / (Q_(250, "MPa") - Q_(70, "MPa"))) ** 2


@item(
    S,
    "mechanical_properties",
    "MPa",
    "Hall–Petch: Δσ_y = k_y (d₂^(−1/2) − d₁^(−1/2))",
    solution="d₁ = 40 µm: d^(−1/2) = 158.11 m^(−1/2); d₂ = 20 µm: 223.61 m^(−1/2); Δσ_y = 0.74 · 65.50 = 48.5 MPa.",
    forms=("words_for_numbers", "change_ask", "distractor"),
)
def h9a_mechanical_properties_05():
    """A ferritic steel with a grain size of 40 µm has a yield strength of 187 MPa; k_y = 0.74 MPa·m^1/2. If a controlled-rolling schedule halves the grain size, by how much does the yield strength increase (MPa)?"""
    k = Q_(0.74, "MPa*m**0.5")
    d1 = Q_(40, "micrometer")
    return k * (1 / (d1 / 2) ** 0.5 - 1 / d1**0.5)


@item(
    S,
    "mechanical_properties",
    "percent",
    "%CW = (A₀ − A_d)/A₀ × 100",
    solution="%CW = [1 − (4.2/6.0)²] × 100 = (1 − 0.49) × 100 = 51 %.",
    forms=("plain",),
)
def h9a_mechanical_properties_06():
    """A copper wire is drawn from a diameter of 6.0 mm to 4.2 mm. Calculate the percent cold work."""
    return Q_(100 * (1 - (4.2 / 6.0) ** 2), "percent")


@item(
    S,
    "mechanical_properties",
    "mm",
    "%CW = (1 − d²/d₀²) × 100 solved for d₀",
    solution="d₀ = d/√(1 − 0.35) = 5.00/0.80623 = 6.20 mm.",
    forms=("inverse", "words_for_numbers", "tex"),
)
def h9a_mechanical_properties_07():
    r"""A brass rod is to be cold drawn to a final diameter of $5.00\,\mathrm{mm}$ and must receive exactly $35\,\%$ cold work to meet its strength specification. What must the starting diameter be, in mm?"""
    return Q_(5.00, "mm") / math.sqrt(1 - 0.35)


@item(
    S,
    "mechanical_properties",
    "MPa",
    "Brinell HB = 2P/[πD(D − √(D² − d²))]; TS(MPa) ≈ 3.45 HB (Callister eq. 6.20a)",
    solution="HB = 2 · 3000/[π · 10(10 − √(100 − 17.64))] = 6000/(31.416 · 0.92477) = 206.5; TS ≈ 3.45 · 206.5 = 712.5 MPa.",
    forms=("multi_step", "chained"),
)
def h9a_mechanical_properties_08():
    """A Brinell test with a 10 mm ball and a 3000 kg load leaves an impression 4.20 mm in diameter in a steel plate. (a) Find the Brinell hardness number. (b) Estimate the tensile strength of the steel in MPa, using TS ≈ 3.45 HB."""
    d, dd = 4.20, 10.0
    hb = 2 * 3000 / (math.pi * dd * (dd - math.sqrt(dd**2 - d**2)))
    return Q_(3.45 * hb, "MPa")


@item(
    S,
    "mechanical_properties",
    "MPa",
    "Schmid's law τ_R = σ cos φ cos λ; yielding at τ_R = τ_CRSS",
    solution="cos 48° · cos 62° = 0.66913 · 0.46947 = 0.31414; σ_y = 0.85/0.31414 = 2.71 MPa.",
    forms=("inverse", "unicode"),
)
def h9a_mechanical_properties_09():
    """A single crystal of zinc is pulled along an axis that makes 48° with the slip-plane normal and 62° with the slip direction. The critical resolved shear stress is 0.85 MPa. At what applied tensile stress will the crystal begin to yield?"""
    return Q_(0.85, "MPa") / (math.cos(math.radians(48)) * math.cos(math.radians(62)))


# ---------------------------------------------------------------- failure


@item(
    S,
    "failure",
    "MPa",
    "Fracture mechanics σ_f = K_Ic/(Y√(πa)); 1 ksi·√in = 1.0988 MPa·√m",
    solution="K_Ic = 50 ksi√in = 54.94 MPa√m; a = 0.08 in = 2.032 mm; σ_f = 54.94/√(π · 2.032×10⁻³) = 687.6 MPa.",
    forms=("us_units", "unit_conversion"),
)
def h9a_failure_01():
    """A steel plate has a plane-strain fracture toughness of 50 ksi·in^1/2. A surface crack 0.08 in. deep is found during inspection. Assuming Y = 1.0, what stress will cause fracture? Express the result in MPa."""
    k = Q_(50, "ksi*inch**0.5")
    return k / (1.0 * (math.pi * Q_(0.08, "inch")) ** 0.5)


@item(
    S,
    "failure",
    "mm",
    "K_Ic = Yσ√(πa) solved for a: a_c = (1/π)(K_Ic/Yσ)²",
    solution="σ = 0.60 × 1 460 = 876 MPa; a_c = (1/π)(55/(1.12 · 876))² = (1/π)(0.056058)² = 1.000×10⁻³ m = 1.00 mm.",
    forms=("inverse", "words_for_numbers", "spaced_thousands"),
)
def h9a_failure_02():
    """A high-strength steel component has a yield strength of 1 460 MPa and K_Ic = 55 MPa·√m. It is designed to operate at 60 % of its yield strength and contains edge cracks for which Y = 1.12. What is the largest edge crack, in mm, that can be tolerated without fast fracture?"""
    sigma = 0.60 * Q_(1460, "MPa")
    return (Q_(55, "MPa*m**0.5") / (1.12 * sigma)) ** 2 / math.pi


@item(
    S,
    "failure",
    "MPa",
    "σ_f = K_Ic/(Y√(πa)); a = crack depth for a surface crack, half-length for an internal crack",
    solution="Read as a surface crack, a = 4 mm: σ_f = 30/√(π · 0.004) = 267.6 MPa. Read as an internal crack of total length 4 mm, a = 2 mm: σ_f = 30/√(π · 0.002) = 378.5 MPa.",
    forms=("two_readings", "unicode"),
)
def h9a_failure_03():
    """A ceramic-matrix component with K_Ic = 30 MPa·m^½ contains a crack 4 mm long. Taking Y = 1, estimate the tensile stress at which it fractures (MPa)."""
    k = Q_(30, "MPa*m**0.5")
    return {
        "surface crack, a = 4 mm": k / (math.pi * Q_(4, "mm")) ** 0.5,
        "internal crack, 2a = 4 mm": k / (math.pi * Q_(2, "mm")) ** 0.5,
    }


@item(
    S,
    "failure",
    "MPa",
    "Griffith σ_c = √(2Eγ_s/(πa)), a = half the internal crack length",
    solution="a = 2 µm; σ_c = √(2 · 70×10⁹ · 0.30/(π · 2×10⁻⁶)) = √(6.685×10¹⁵) Pa = 81.8 MPa.",
    forms=("tex", "distractor"),
)
def h9a_failure_04():
    r"""A soda-lime glass has $E = 70\,\mathrm{GPa}$, a specific surface energy $\gamma_s = 0.30\,\mathrm{J\,m^{-2}}$ and a theoretical cohesive strength of about $E/10$. Using the Griffith criterion, compute the critical stress for propagation of an internal crack $4\,\mu\mathrm{m}$ long, in MPa."""
    a = Q_(4, "micrometer") / 2
    return (2 * Q_(70, "GPa") * Q_(0.30, "J/m**2") / (math.pi * a)) ** 0.5


@item(
    S,
    "failure",
    "dimensionless",
    "a_c = (1/π)(K_Ic/Yσ_max)²; Paris law integrated: N = [a₀^(1−m/2) − a_c^(1−m/2)]/[C(m/2 − 1)(YΔσ√π)^m]",
    solution="a_c = (1/π)(70/200)² = 0.038993 m; a₀^(−1/2) − a_c^(−1/2) = 44.721 − 5.064 = 39.657 m^(−1/2); C(YΔσ√π)³(m/2 − 1) = 10⁻¹² · (354.49)³ · 0.5 = 2.2273×10⁻⁵; N = 39.657/2.2273×10⁻⁵ = 1.78×10⁶ cycles.",
    forms=("multi_step", "hard", "scientific_notation"),
)
def h9a_failure_05():
    """A large steel plate (K_Ic = 70 MPa·√m) is cycled between 0 and 200 MPa. It contains a surface flaw 0.5 mm deep; take Y = 1.0 throughout. Crack growth follows da/dN = C(ΔK)^m with C = 1.0 × 10⁻¹² (da/dN in m/cycle, ΔK in MPa·√m) and m = 3. (a) What is the critical crack length? (b) Estimate the fatigue life in cycles."""
    c, m, y, ds, k = 1.0e-12, 3.0, 1.0, 200.0, 70.0
    a0 = 0.5e-3
    ac = (k / (y * ds)) ** 2 / math.pi
    num_ = a0 ** (1 - m / 2) - ac ** (1 - m / 2)
    return num_ / (c * (m / 2 - 1) * (y * ds * math.sqrt(math.pi)) ** m)


@item(
    S,
    "failure",
    "day",
    "Larson–Miller P = T(C + log t_r), T in K, t_r in h, C = 20",
    solution="T = 1023.15 K; log t_r = 24 000/1023.15 − 20 = 3.4570; t_r = 2 864 h = 119 days.",
    forms=("inverse", "unit_conversion", "take_after_ask", "spaced_thousands"),
)
def h9a_failure_06():
    """For a nickel-base alloy loaded at 140 MPa the Larson–Miller parameter at rupture is 24 000 (T in K, t in h). Predict the rupture life at 750 °C, in days. Take the Larson–Miller constant C = 20."""
    t = kelvin(750).magnitude
    return Q_(10 ** (24000 / t - 20), "hour")


@item(
    S,
    "failure",
    "dimensionless",
    "Steady-state creep ε̇ = A σⁿ exp(−Q_c/RT): ratio exp[(Q_c/R)(1/T₁ − 1/T₂)]",
    solution="T₁ = 873.15 K, T₂ = 923.15 K; (280 000/8.314)(1/873.15 − 1/923.15) = 33 678 · 6.2032×10⁻⁵ = 2.0892; ratio = e^2.0892 = 8.08.",
    forms=("two_temperatures", "ratio_ask", "distractor"),
)
def h9a_failure_07():
    """A stainless steel tube creeps under a hoop stress of 90 MPa with a stress exponent of 5 and a creep activation energy of 280 kJ/mol. How many times faster is the steady-state creep rate at 650 °C than at 600 °C, the stress being unchanged?"""
    q = Q_(280, "kJ/mol")
    return arr(q, kelvin(650)) / arr(q, kelvin(600))


@item(
    S,
    "failure",
    None,
    "—",
    refuse="The stem gives two different values of the same fracture toughness (40 and 55 MPa·√m); the critical stress is not determined.",
    solution="K_Ic is stated first as 40 MPa√m and later as 55 MPa√m for the same plate; the two give different fracture stresses, so the question is self-contradictory.",
    forms=("refuse_contradictory",),
)
def h9a_failure_08():
    """An aluminium alloy plate with a plane-strain fracture toughness of 40 MPa·√m contains a central through-crack 6 mm long (Y = 1.0). Given that the fracture toughness of the plate is 55 MPa·√m, compute the stress at which the plate fractures."""
    return None


@item(
    S,
    "failure",
    "MPa",
    "Goodman line σ_a = σ_e(1 − σ_m/σ_UTS); σ_max = σ_m + σ_a",
    solution="σ_a = 280(1 − 300/900) = 186.7 MPa; σ_max = 300 + 186.7 = 486.7 MPa.",
    forms=("tex", "multi_step", "not_last_computed"),
)
def h9a_failure_09():
    r"""A shaft steel has a fully reversed endurance limit $\sigma_e = 280\,\mathrm{MPa}$ and a tensile strength $\sigma_{UTS} = 900\,\mathrm{MPa}$. It will carry a mean stress $\sigma_m = 300\,\mathrm{MPa}$. Using the Goodman relation, what is the largest maximum stress of the cycle that still gives infinite life? Answer in MPa."""
    se, uts, sm = Q_(280, "MPa"), Q_(900, "MPa"), Q_(300, "MPa")
    sa = se * (1 - num(sm / uts))
    return sm + sa


# ---------------------------------------------------------------- phase diagrams


@item(
    S,
    "phase_diagrams",
    "percent",
    "Lever rule W_L = (C_α − C₀)/(C_α − C_L)",
    solution="W_L = (43 − 35)/(43 − 32) = 8/11 = 0.727 = 72.7 %.",
    forms=("plain",),
)
def h9a_phase_diagrams_01():
    """A Cu–35 wt% Ni alloy is held at 1250 °C, where liquid of 32 wt% Ni coexists with α of 43 wt% Ni. What percentage of the alloy, by mass, is liquid?"""
    return Q_(100 * (43 - 35) / (43 - 32), "percent")


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Lever rule W_L = (C_α − C₀)/(C_α − C_L) solved for C₀",
    decimals=2,
    solution="C₀ = C_α − W_L(C_α − C_L) = 42.5 − 0.25 · 11.0 = 39.75 wt% Ni.",
    forms=("inverse", "words_for_numbers", "tex"),
)
def h9a_phase_diagrams_02():
    r"""At $1270\,^{\circ}\mathrm{C}$ the Cu–Ni tie line runs from liquid of $31.5\,\mathrm{wt\%\,Ni}$ to $\alpha$ of $42.5\,\mathrm{wt\%\,Ni}$. What alloy composition, in wt% Ni, is one-quarter liquid by mass at this temperature? Give the number to two decimal places."""
    return round(42.5 - 0.25 * (42.5 - 31.5), 2)


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Lever rule at the eutectoid: W_α′ = (0.76 − C₀)/(0.76 − 0.022)",
    solution="W_α′ = (0.76 − 0.35)/(0.76 − 0.022) = 0.41/0.738 = 0.556.",
    forms=("unicode", "take_after_ask"),
)
def h9a_phase_diagrams_03():
    """A 0.35 wt% C plain-carbon steel is cooled slowly from 900 °C to just below the eutectoid temperature. Find the mass fraction of proeutectoid ferrite. Take the eutectoid at 0.76 wt% C and the maximum solubility of C in α-Fe as 0.022 wt%."""
    return (0.76 - 0.35) / (0.76 - 0.022)


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Lever rule on the Fe–Fe₃C diagram: total α = (6.70 − C₀)/(6.70 − 0.022); proeutectoid α = (0.76 − C₀)/(0.76 − 0.022)",
    solution="Total ferrite (α in proeutectoid ferrite and pearlite): (6.70 − 0.45)/(6.70 − 0.022) = 0.936. Proeutectoid ferrite only: (0.76 − 0.45)/(0.76 − 0.022) = 0.420.",
    forms=("two_readings", "unicode"),
)
def h9a_phase_diagrams_04():
    """A 0.45 wt% C steel is slowly cooled to 700 °C. What mass fraction of its structure is ferrite? Take C_α = 0.022 wt% C, eutectoid 0.76 wt% C, Fe₃C 6.70 wt% C."""
    return {
        "total ferrite": (6.70 - 0.45) / (6.70 - 0.022),
        "proeutectoid ferrite": (0.76 - 0.45) / (0.76 - 0.022),
    }


@item(
    S,
    "phase_diagrams",
    "percent",
    "Lever rule just below the eutectic: W_e = (C₀ − C_α)/(C_E − C_α)",
    solution="W_e = (40 − 18.3)/(61.9 − 18.3) = 21.7/43.6 = 0.498 = 49.8 %.",
    forms=("distractor", "multi_step"),
)
def h9a_phase_diagrams_05():
    """In the Pb–Sn system the eutectic is at 183 °C and 61.9 wt% Sn; at that temperature α holds 18.3 wt% Sn and β holds 97.8 wt% Sn. For a Pb–40 wt% Sn solder cooled to just below 183 °C, what percentage of the alloy (by mass) is eutectic microconstituent?"""
    return Q_(100 * (40 - 18.3) / (61.9 - 18.3), "percent")


@item(
    S,
    "phase_diagrams",
    "gram",
    "Lever rule: W_Fe₃C′ = (C₀ − 0.76)/(6.70 − 0.76)",
    solution="W = (1.10 − 0.76)/(6.70 − 0.76) = 0.34/5.94 = 0.05724; mass = 0.05724 × 2.5 kg = 0.1431 kg = 143 g.",
    forms=("unit_conversion", "multi_step"),
)
def h9a_phase_diagrams_06():
    """A 2.5 kg forging of 1.10 wt% C steel is slowly cooled to just below 727 °C. (a) Name the proeutectoid phase. (b) Compute its mass in grams. Use 0.76 wt% C for the eutectoid and 6.70 wt% C for Fe₃C."""
    return Q_(2.5, "kg") * (1.10 - 0.76) / (6.70 - 0.76)


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Lever rule for mass fractions, then V_β = (W_β/ρ_β)/(W_α/ρ_α + W_β/ρ_β)",
    solution="W_β = (30 − 10)/(98 − 10) = 0.2273, W_α = 0.7727; V_β = (0.2273/7.3)/(0.2273/7.3 + 0.7727/11.2) = 0.031134/(0.031134 + 0.068994) = 0.311.",
    forms=("tex", "multi_step", "hard"),
)
def h9a_phase_diagrams_07():
    r"""A Pb–30 wt% Sn alloy is equilibrated at $150\,^{\circ}\mathrm{C}$, where $\alpha$ contains $10\,\mathrm{wt\%\,Sn}$ and $\beta$ contains $98\,\mathrm{wt\%\,Sn}$. The densities are $\rho_\alpha = 11.2\,\mathrm{g\,cm^{-3}}$ and $\rho_\beta = 7.3\,\mathrm{g\,cm^{-3}}$. Determine the volume fraction of $\beta$."""
    wb = (30 - 10) / (98 - 10)
    wa = 1 - wb
    return (wb / 7.3) / (wb / 7.3 + wa / 11.2)


@item(
    S,
    "phase_diagrams",
    None,
    "—",
    refuse="A pearlite fraction of 0.80 is reached both by a hypoeutectoid and by a hypereutectoid steel; the carbon content is not unique.",
    solution="Hypoeutectoid: C₀ = 0.022 + 0.80 · 0.738 = 0.61 wt% C; hypereutectoid: C₀ = 6.70 − 0.80 · 5.94 = 1.95 wt% C. The stem does not say which, so no single answer exists.",
    forms=("refuse_nonunique_inverse",),
)
def h9a_phase_diagrams_08():
    """A slowly cooled plain-carbon steel is found by quantitative metallography to contain 80 % pearlite by mass. What is its carbon content in wt%? Use the eutectoid at 0.76 wt% C, α at 0.022 wt% C and Fe₃C at 6.70 wt% C."""
    return None


# ---------------------------------------------------------------- transformations & kinetics


@item(
    S,
    "transformations_kinetics",
    "second",
    "Avrami y = 1 − exp(−kt^n): t_y = t_0.5 [ln(1/(1−y))/ln 2]^(1/n)",
    solution="t₀.₉/t₀.₅ = (ln 10/ln 2)^(1/2.5) = 3.3219^0.4 = 1.6164; t₀.₉ = 60 × 1.6164 = 97.0 s.",
    forms=("inverse", "unicode"),
)
def h9a_transformations_kinetics_01():
    """A recrystallization follows Avrami kinetics with n = 2.5 and is half complete after 60 s. How long does it take to reach 90 % recrystallized?"""
    n = 2.5
    return Q_(60, "s") * (math.log(10) / math.log(2)) ** (1 / n)


@item(
    S,
    "transformations_kinetics",
    "dimensionless",
    "Avrami: t_y = [ln(1/(1−y))/k]^(1/n) ⇒ t₀.₈/t₀.₂ = [ln 5/ln 1.25]^(1/n)",
    solution="t₀.₈/t₀.₂ = (1.6094/0.22314)^(1/3) = 7.2126^(1/3) = 1.93.",
    forms=("ratio_ask", "plain"),
)
def h9a_transformations_kinetics_02():
    """For a transformation obeying y = 1 − exp(−kt³), by what factor is the time to 80 % transformation longer than the time to 20 % transformation?"""
    return (math.log(1 / 0.2) / math.log(1 / 0.8)) ** (1 / 3)


@item(
    S,
    "transformations_kinetics",
    "nm",
    "Homogeneous nucleation r* = −2γT_m/(ΔH_f ΔT) (Callister eq. 10.6)",
    solution="T_m = 1728.15 K; r* = 2 · 0.255 · 1728.15/(2.53×10⁹ · 319) = 1.092×10⁻⁹ m = 1.09 nm.",
    forms=("tex", "unit_conversion"),
)
def h9a_transformations_kinetics_03():
    r"""For the homogeneous solidification of nickel, $\Delta H_f = -2.53\times10^{9}\,\mathrm{J\,m^{-3}}$, $\gamma = 0.255\,\mathrm{J\,m^{-2}}$ and $T_m = 1455\,^{\circ}\mathrm{C}$. Calculate the critical nucleus radius for an undercooling of $319\,^{\circ}\mathrm{C}$, in nanometres."""
    tm = kelvin(1455)
    return 2 * Q_(0.255, "J/m**2") * tm / (Q_(2.53e9, "J/m**3") * Q_(319, "K"))


@item(
    S,
    "transformations_kinetics",
    "eV",
    "ΔG_v = ΔH_f ΔT/T_m; ΔG* = 16πγ³/(3ΔG_v²)",
    solution="ΔG_v = 1.77×10⁹ · 236/1358.15 = 3.0757×10⁸ J/m³; ΔG* = 16π(0.200)³/(3 · (3.0757×10⁸)²) = 1.417×10⁻¹⁸ J = 8.84 eV.",
    forms=("multi_step", "unit_conversion", "data_after_ask"),
)
def h9a_transformations_kinetics_04():
    """Compute the activation free energy for homogeneous nucleation of solid copper at an undercooling of 236 K, and give it in electron-volts. Data: latent heat of fusion 1.77 × 10⁹ J/m³, solid–liquid interfacial energy 0.200 J/m², melting point 1085 °C."""
    dgv = Q_(1.77e9, "J/m**3") * Q_(236, "K") / kelvin(1085)
    return 16 * math.pi * Q_(0.200, "J/m**2") ** 3 / (3 * dgv**2)


@item(
    S,
    "transformations_kinetics",
    "second",
    "Rate ∝ exp(−Q/RT) ⇒ t₂ = t₁ exp[(Q/R)(1/T₂ − 1/T₁)]",
    solution="(180 000/8.314)(1/623.15 − 1/573.15) = 21 650 · (−1.4000×10⁻⁴) = −3.0310; t₂ = 80 min · e^(−3.0310) = 3.863 min = 232 s.",
    forms=("two_temperatures", "unit_conversion", "context_paragraph"),
)
def h9a_transformations_kinetics_05():
    """A cold-rolled aluminium sheet (reduction 60 %, hardness 48 HV) recrystallizes completely in 80 min at 300 °C. The activation energy for recrystallization is 180 kJ/mol. How long will complete recrystallization take at 350 °C? Give your answer in seconds."""
    q = Q_(180, "kJ/mol")
    return Q_(80, "min") * arr(q, kelvin(300)) / arr(q, kelvin(350))


@item(
    S,
    "transformations_kinetics",
    "min",
    "Parabolic grain growth d² − d₀² = Kt",
    solution="K = (45² − 20²)/30 = 54.17 µm²/min; t to 70 µm = (70² − 20²)/54.17 = 83.08 min; additional time = 83.08 − 30 = 53.1 min.",
    forms=("change_ask", "multi_step", "unicode"),
)
def h9a_transformations_kinetics_06():
    """Brass with an initial grain diameter of 20 µm grows to 45 µm after 30 min at 650 °C. Assuming d² − d₀² = Kt, how many more minutes at 650 °C are needed for the grain diameter to reach 70 µm?"""
    k = (45**2 - 20**2) / 30
    t = (70**2 - 20**2) / k
    return Q_(t - 30, "min")


@item(
    S,
    "transformations_kinetics",
    "percent",
    "Koistinen–Marburger f_M = 1 − exp[−0.011(M_s − T)]",
    solution="f_γ = exp(−0.011 × (220 − 25)) = exp(−2.145) = 0.1171, so 11.7 % austenite is retained.",
    forms=("not_last_computed", "take_after_ask"),
)
def h9a_transformations_kinetics_07():
    """A high-carbon steel with M_s = 220 °C is quenched to room temperature (25 °C). What percentage of retained austenite should be expected? Assume the Koistinen–Marburger relation with a rate constant of 0.011 K⁻¹."""
    return Q_(100 * math.exp(-0.011 * (220 - 25)), "percent")


@item(
    S,
    "transformations_kinetics",
    None,
    "—",
    refuse="The holding time must be read from a TTT diagram the question refers to but does not give.",
    solution="The start and finish times of the pearlite reaction at 600 °C come only from the referenced isothermal transformation diagram; without it no time can be computed.",
    forms=("refuse_missing_figure",),
)
def h9a_transformations_kinetics_08():
    """Using the isothermal transformation diagram for an iron–carbon alloy of eutectoid composition (Figure 10.22), determine how long a specimen quenched from 760 °C must be held at 600 °C to become 100 % fine pearlite. Give the time in seconds."""
    return None
