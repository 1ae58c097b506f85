"""Set heldout10 (set K), first half: numeric questions over seven topics of a qualifying exam.

Written blind (the answer engine, the checker, the solver and earlier sets' questions were not read;
one item of set G was read for format). Each key is computed in the body with pint quantities or plain
math; ``solution`` is the worked solution in words, ``forms`` says how the question is written. A
question with two standard readings returns a dict of them; a question that cannot be answered
returns None and says why (``refuse=``).
"""

from __future__ import annotations

import math

from exam_items import item
from exam_quantities import AVOGADRO, Q_, R_GAS, kelvin, num
from scipy.special import erfinv

S = "heldout10"

K_EV = Q_(8.617333262e-5, "eV/K")

# ---------------------------------------------------------------- crystallography & X-ray diffraction


@item(
    S,
    "crystallography_xrd",
    "angstrom",
    "Bragg's law nλ = 2d sinθ; cubic d = a/√(h²+k²+l²) (Callister ch. 3)",
    solution="θ = 21.65°, d₁₁₁ = 0.15406/(2 sin 21.65°) = 0.20878 nm; a = d√3 = 0.3616 nm = 3.616 Å.",
    forms=("unicode", "unit_conversion", "multi_step"),
)
def h10a_crystallography_xrd_01():
    """A diffractogram of a copper foil recorded with Cu Kα₁ radiation (λ = 0.154 06 nm) shows its strongest reflection, the 111, at 2θ = 43.30°. The specimen was 0.25 mm thick and scanned at 2° per minute. Compute the lattice parameter of copper in ångström, to four significant figures."""
    theta = math.radians(43.30 / 2)
    d = Q_(0.15406, "nm") / (2 * math.sin(theta))
    return d * math.sqrt(3)


@item(
    S,
    "crystallography_xrd",
    "kg/m**3",
    "ρ = nA/(V_C N_A) (Callister eq. 3.8)",
    solution="BCC: n = 2. V_C = (0.2866 nm)³ = 2.354×10⁻²⁹ m³; ρ = 2 × 55.85 g/mol /(2.354×10⁻²⁹ m³ × 6.022×10²³ mol⁻¹) = 7 879 kg m⁻³.",
    forms=("tex", "one_relation"),
)
def h10a_crystallography_xrd_02():
    r"""$\alpha$-iron is body-centred cubic with lattice parameter $a = 0.2866\ \mathrm{nm}$ at room temperature; its atomic mass is $55.85\ \mathrm{g\,mol^{-1}}$. Calculate the theoretical density of $\alpha$-Fe in $\mathrm{kg\,m^{-3}}$."""
    a = Q_(0.2866, "nm")
    return 2 * Q_(55.85, "g/mol") / (a**3 * AVOGADRO)


@item(
    S,
    "crystallography_xrd",
    "degree",
    "angle between directions in a cubic crystal: cos φ = u₁·u₂/(|u₁||u₂|) (Kittel ch. 1)",
    solution="cos φ = (1·1 + 1·1 + 0·1)/(√2·√3) = 2/√6 = 0.8165, φ = 35.26°.",
    forms=("plain", "one_relation"),
)
def h10a_crystallography_xrd_03():
    """In a cubic crystal, what is the angle in degrees between the [110] and [111] directions? Give it to two decimal places."""
    return Q_(math.degrees(math.acos(2 / (math.sqrt(2) * math.sqrt(3)))), "degree")


@item(
    S,
    "crystallography_xrd",
    "1/nm**2",
    "planar density of BCC (110): 2 atoms on an area a²√2 (Callister ch. 3)",
    solution="The (110) plane of the BCC cell holds 4 × ¼ + 1 = 2 atoms on a rectangle a × a√2 = 0.3147² × 1.4142 = 0.14006 nm²; PD = 2/0.14006 = 14.28 atoms per nm².",
    forms=("unicode", "distractor_givens"),
)
def h10a_crystallography_xrd_04():
    """Molybdenum (BCC, a = 0.3147 nm, density 10.22 g/cm³, melting point 2 623 °C) is used for furnace heating elements. Determine the planar density of the (110) plane, in atoms per nm²."""
    a = Q_(0.3147, "nm")
    return 2 / (a**2 * math.sqrt(2))


@item(
    S,
    "crystallography_xrd",
    "degree",
    "Bragg's law with BCC reflection rule h+k+l even (Cullity ch. 3)",
    solution="For BCC the first two lines are 110 and 200. d₁₁₀ = 0.2884/√2 = 0.20393 nm, 2θ = 2 asin(0.15406/0.40786) = 44.38°; d₂₀₀ = 0.1442 nm, 2θ = 2 asin(0.53419) = 64.57°. Separation = 20.19°.",
    forms=("unicode", "multi_step", "asked_quantity_not_last"),
)
def h10a_crystallography_xrd_05():
    """Chromium is BCC with a = 2.884 Å. Using Cu Kα radiation of wavelength 1.5406 Å, by how many degrees (in 2θ) are the first and second reflections of the powder pattern separated?"""
    lam = 1.5406
    a = 2.884

    def tt(*hkl):
        return 2 * math.degrees(math.asin(lam / (2 * a / math.sqrt(sum(i * i for i in hkl)))))

    return Q_(tt(2, 0, 0) - tt(1, 1, 0), "degree")


@item(
    S,
    "crystallography_xrd",
    "nm",
    "cubic interplanar spacing d = a/√(h²+k²+l²)",
    refuse="'stainless steel' without grade: austenitic (FCC, a ≈ 0.359 nm) and ferritic (BCC, a ≈ 0.287 nm) grades differ and no lattice parameter is given",
    solution="The question names only 'stainless steel'; austenitic grades are FCC and ferritic grades BCC with different lattice parameters, and no lattice parameter is given, so d₂₀₀ cannot be determined.",
    forms=("plain", "must_refuse", "ambiguous_material"),
)
def h10a_crystallography_xrd_06():
    """A sample of stainless steel is examined with Mo Kα radiation (λ = 0.0711 nm). Calculate the interplanar spacing of its (200) planes, in nm."""
    return None


@item(
    S,
    "crystallography_xrd",
    "dimensionless",
    "APF = n·(4/3)πR³/a³ with a = 4R/√2 for FCC (Callister ch. 3)",
    solution="a = 2√2 R = 0.40729 nm for R = 0.1440 nm; four atoms of volume (4/3)π(0.144)³ = 0.012508 nm³ each fill 0.05003 nm³ of the 0.06757 nm³ cell, APF = 0.7405. The ratio to the BCC value (a = 4R/√3) 0.6802 is 1.089.",
    forms=("unicode", "multi_part", "ratio"),
)
def h10a_crystallography_xrd_07():
    """(a) Show that gold (atomic radius 0.1440 nm) is close-packed in its FCC structure. (b) If gold could be forced into a BCC structure with the same atomic radius, what would be the ratio APF(FCC)/APF(BCC)? Give the ratio to three significant figures."""
    r = 0.1440
    v = 4 / 3 * math.pi * r**3
    apf_fcc = 4 * v / (2 * math.sqrt(2) * r) ** 3
    apf_bcc = 2 * v / (4 * r / math.sqrt(3)) ** 3
    return Q_(apf_fcc / apf_bcc, "")


# ---------------------------------------------------------------- defects


@item(
    S,
    "defects",
    "1/m**3",
    "N_v = N exp(−Q_v/kT), N = N_Aρ/A (Callister eq. 4.1)",
    solution="N = 6.022×10²³ × 8.40 g cm⁻³/63.55 g mol⁻¹ = 7.96×10²⁸ m⁻³; at 1 273 K, exp(−0.90/(8.617×10⁻⁵ × 1 273.15)) = 2.74×10⁻⁴, so N_v = 2.18×10²⁵ m⁻³.",
    forms=("unicode", "scientific_notation", "two_step"),
)
def h10a_defects_01():
    """Calculate the number of vacancies per cubic metre in copper at 1 000 °C. The energy for vacancy formation is 0.90 eV/atom; the atomic weight and density (at 1 000 °C) of Cu are 63.55 g/mol and 8.40 g/cm³. Give the answer in scientific notation."""
    n = AVOGADRO * Q_(8.40, "g/cm**3") / Q_(63.55, "g/mol")
    return n * math.exp(-num(Q_(0.90, "eV") / (K_EV * kelvin(1000))))


@item(
    S,
    "defects",
    "degC",
    "N_v/N = exp(−Q_v/kT): 1/T₂ = 1/T₁ − k ln(ratio)/Q_v",
    solution="1/T₂ = 1/773.15 − 8.617×10⁻⁵ ln 10/1.05 = 1.29341×10⁻³ − 1.8896×10⁻⁴ = 1.10445×10⁻³ K⁻¹, T₂ = 905.4 K = 632 °C.",
    forms=("unicode", "asked_quantity_not_last", "two_step"),
)
def h10a_defects_02():
    """For a metal whose vacancy formation energy is 1.05 eV, the equilibrium vacancy fraction is measured at 500 °C. To what temperature, in °C, must the metal be heated for the vacancy fraction to be ten times greater?"""
    inv = 1 / kelvin(500) - K_EV * math.log(10) / Q_(1.05, "eV")
    return (1 / inv).to("degC")


@item(
    S,
    "defects",
    "dimensionless",
    "ASTM grain size N = 2^(G−1) at 100× (Callister eq. 4.16)",
    solution="At 100× the count would be 62 × (250/100)² = 387.5 grains per in²; G = 1 + ln 387.5/ln 2 = 9.60.",
    forms=("unicode", "two_step", "us_units"),
)
def h10a_defects_03():
    """A photomicrograph of a brass specimen taken at a magnification of 250× shows on average 62 grains per square inch. What is the ASTM grain-size number? Answer to two decimals."""
    n100 = 62 * (250 / 100) ** 2
    return Q_(1 + math.log(n100) / math.log(2), "")


@item(
    S,
    "defects",
    "nm",
    "FCC Burgers vector b = (a/2)⟨110⟩, |b| = a/√2 (Hull & Bacon ch. 1)",
    solution="|b| = a√2/2 = 0.4049 × 0.7071 = 0.2863 nm.",
    forms=("tex", "one_relation"),
)
def h10a_defects_04():
    r"""Aluminium is FCC with $a = 4.049\ \text{\AA}$. Find the magnitude, in nm, of the Burgers vector of a perfect dislocation $\mathbf{b} = \tfrac{a}{2}[1\bar{1}0]$."""
    return Q_(4.049, "angstrom") / math.sqrt(2)


@item(
    S,
    "defects",
    "1/m**2",
    "dislocation density ρ = total line length / volume (Callister ch. 7)",
    solution="ρ = 3.5×10⁴ mm / 2.0 mm³ = 1.75×10⁴ mm⁻² = 1.75×10¹⁰ m⁻².",
    forms=("engineering_notation", "unit_conversion", "one_relation"),
)
def h10a_defects_05():
    """A heavily cold-worked wire contains a total dislocation line length of 3.5E4 mm in a volume of 2.0 mm³. Express its dislocation density in m⁻²."""
    return Q_(3.5e4, "mm") / Q_(2.0, "mm**3")


@item(
    S,
    "defects",
    "dimensionless",
    "Schottky pair fraction n_s/N = exp(−Q_s/2kT) (Callister eq. 12.3)",
    solution="kT at 1 073.15 K = 0.092476 eV; n_s/N = exp(−2.3/(2 × 0.092476)) = exp(−12.436) = 3.97×10⁻⁶.",
    forms=("plain", "scientific_notation", "one_relation"),
)
def h10a_defects_06():
    """The energy to form a Schottky defect (a cation-anion vacancy pair) in NaCl is about 2.3 eV. Estimate the fraction of lattice sites that carry a Schottky defect at 800 °C. Answer in scientific notation, e.g. 1.2E-6."""
    return Q_(math.exp(-num(Q_(2.3, "eV") / (2 * K_EV * kelvin(800)))), "")


@item(
    S,
    "defects",
    "dimensionless",
    "N_v/N = exp(−Q_v/kT)",
    refuse="the stated temperature (−40 K) is a negative absolute temperature, physically impossible",
    solution="An absolute temperature of −40 K does not exist, so the vacancy fraction cannot be computed; the givens are physically impossible.",
    forms=("plain", "must_refuse", "impossible_given"),
)
def h10a_defects_07():
    """Nickel has a vacancy formation energy of 1.6 eV/atom. Compute the equilibrium vacancy fraction of nickel when it is held at −40 K."""
    return None


@item(
    S,
    "defects",
    "percent",
    "Hume-Rothery size rule: Δr/r = (r_solute − r_solvent)/r_solvent",
    solution="Δr/r = (0.1246 − 0.1278)/0.1278 = −2.50 %, i.e. the radii differ by 2.50 % (well inside the 15 % rule).",
    forms=("table", "unicode", "percent_answer", "distractor_givens"),
)
def h10a_defects_08():
    """Data for four metals:

    | metal | structure | atomic radius / nm | electronegativity |
    |-------|-----------|--------------------|-------------------|
    | Cu    | FCC       | 0.1278             | 1.9               |
    | Ni    | FCC       | 0.1246             | 1.8               |
    | Zn    | HCP       | 0.1332             | 1.6               |
    | Ag    | FCC       | 0.1445             | 1.9               |

    For nickel dissolved in copper, by how many percent does the solute atomic radius differ from that of the solvent? Give the magnitude."""
    return abs((0.1246 - 0.1278) / 0.1278) * Q_(100, "percent")


# ---------------------------------------------------------------- diffusion


@item(
    S,
    "diffusion",
    "hour",
    "Fick's 2nd law, semi-infinite solid: (C_x − C₀)/(C_s − C₀) = 1 − erf(x/2√(Dt)); D = D₀ exp(−Q/RT) (Callister ch. 5)",
    solution="(0.60 − 0.20)/(1.00 − 0.20) = 0.5 = 1 − erf z, erf z = 0.5, z = 0.4769. D at 1 223 K = 2.3×10⁻⁵ exp(−148 000/(8.314 × 1 223.15)) = 1.09×10⁻¹¹ m² s⁻¹. t = x²/(4Dz²) = (7.5×10⁻⁴)²/(4 × 1.09×10⁻¹¹ × 0.2275) = 5.62×10⁴ s = 15.6 h.",
    forms=("unicode", "three_step", "time_not_depth", "engineering_story"),
)
def h10a_diffusion_01():
    """A gear of 1020 steel (0.20 wt% C) is gas-carburised at 950 °C in an atmosphere that holds its surface at 1.00 wt% C. The carbon content must reach 0.60 wt% at a depth of 0.75 mm. For carbon in γ-iron take D₀ = 2.3 × 10⁻⁵ m²/s and Q = 148 kJ/mol. How many hours are required?"""
    z = erfinv(1 - (0.60 - 0.20) / (1.00 - 0.20))
    d = Q_(2.3e-5, "m**2/s") * math.exp(-num(Q_(148, "kJ/mol") / (R_GAS * kelvin(950))))
    return Q_(0.75, "mm") ** 2 / (4 * d * z**2)


@item(
    S,
    "diffusion",
    "m**2/s",
    "D = D₀ exp(−Q_d/RT) (Callister eq. 5.8)",
    solution="D = 2.4×10⁻⁵ exp(−189 000/(8.314 × 1 073.15)) = 2.4×10⁻⁵ × 6.37×10⁻¹⁰ = 1.53×10⁻¹⁴ m² s⁻¹.",
    forms=("tex", "scientific_notation", "one_relation"),
)
def h10a_diffusion_02():
    r"""For the interdiffusion of zinc in copper, $D_0 = 2.4\times10^{-5}\ \mathrm{m^2\,s^{-1}}$ and $Q_d = 189\ \mathrm{kJ\,mol^{-1}}$. Compute the diffusion coefficient at $800\ ^{\circ}\mathrm{C}$, in $\mathrm{m^2\,s^{-1}}$."""
    return Q_(2.4e-5, "m**2/s") * math.exp(-num(Q_(189, "kJ/mol") / (R_GAS * kelvin(800))))


@item(
    S,
    "diffusion",
    "kJ/mol",
    "Q_d = R ln(D₂/D₁)/(1/T₁ − 1/T₂) (Callister eq. 5.9b)",
    solution="ln(D₂/D₁) = ln(4.8×10⁻¹⁴/5.8×10⁻¹⁶) = 4.416; 1/T₁ − 1/T₂ = 1/873.15 − 1/1 073.15 = 2.1345×10⁻⁴ K⁻¹; Q = 8.314 × 4.416/2.1345×10⁻⁴ = 172 kJ mol⁻¹.",
    forms=("table", "unicode", "distractor_givens", "unit_conversion"),
)
def h10a_diffusion_03():
    """Measured diffusion coefficients of nickel in an iron alloy:

    | T / °C | D / m² s⁻¹ | specimen thickness / mm |
    |--------|------------|-------------------------|
    | 600    | 5.8E-16    | 1.5                     |
    | 700    | 3.9E-15    | 1.5                     |
    | 800    | 4.8E-14    | 2.0                     |

    Using only the 600 °C and 800 °C measurements, determine the activation energy for diffusion in kJ/mol."""
    t1, t2 = kelvin(600), kelvin(800)
    return R_GAS * math.log(4.8e-14 / 5.8e-16) / (1 / t1 - 1 / t2)


@item(
    S,
    "diffusion",
    "kg/(m**2*h)",
    "Fick's first law J = −D dC/dx (Callister eq. 5.3)",
    solution="J = D ΔC/Δx = 3.0×10⁻¹¹ × (1.2 − 0.4)/5.0×10⁻³ = 4.8×10⁻⁹ kg m⁻² s⁻¹ = 1.73×10⁻⁵ kg m⁻² h⁻¹.",
    forms=("unicode", "unit_conversion", "nonnative_english"),
)
def h10a_diffusion_04():
    """A steel plate of thickness 5.0 mm is at 700 °C exposed to carburizing gas on one side and decarburizing gas on other side. When steady state is reach, the carbon concentration at the two faces is 1.2 kg/m³ and 0.4 kg/m³. The diffusion coefficient is 3.0 × 10⁻¹¹ m²/s. Please find the carbon flux through the plate, expressed in kg per square metre per hour."""
    return Q_(3.0e-11, "m**2/s") * Q_(1.2 - 0.4, "kg/m**3") / Q_(5.0, "mm")


@item(
    S,
    "diffusion",
    "hour",
    "equal Dt for equal penetration: t₂ = t₁ D₁/D₂, D = D₀ exp(−Q/RT)",
    solution="D₁/D₂ = exp[(Q/R)(1/T₂ − 1/T₁)] with T₁ = 1 173.15 K, T₂ = 1 273.15 K: (148 000/8.314)(−6.695×10⁻⁵) = −1.1918, ratio 0.3037. t₂ = 10 h × 0.3037 = 3.04 h.",
    forms=("unicode", "two_step", "engineering_story"),
)
def h10a_diffusion_05():
    """A shop carburises shafts for 10 h at 900 °C to obtain a required case. To increase throughput the furnace will be run at 1 000 °C. Taking Q = 148 kJ/mol for carbon in austenite, how long (in hours) will the same case depth now take?"""
    ratio = math.exp(-num(Q_(148, "kJ/mol") / R_GAS * (1 / kelvin(900) - 1 / kelvin(1000))))
    return Q_(10, "hour") * ratio


@item(
    S,
    "diffusion",
    "micrometer",
    "characteristic diffusion length x ≈ √(Dt) or x ≈ 2√(Dt) (Porter & Easterling ch. 2)",
    solution="With D = 1.5×10⁻¹⁵ m² s⁻¹ and t = 4 h = 14 400 s, Dt = 2.16×10⁻¹¹ m², √(Dt) = 4.65 µm; with the convention 2√(Dt) it is 9.30 µm.",
    forms=("unicode", "two_readings", "unit_conversion"),
)
def h10a_diffusion_06():
    """During a homogenisation anneal, a solute has a diffusion coefficient of 1.5 × 10⁻¹⁵ m² s⁻¹. Estimate the characteristic diffusion distance, in µm, after 4 hours."""
    dt = Q_(1.5e-15, "m**2/s") * Q_(4, "hour")
    return {"sqrt(Dt)": dt**0.5, "2 sqrt(Dt)": 2 * dt**0.5}


@item(
    S,
    "diffusion",
    "s",
    "D = D₀ exp(−Q/RT); t from Fick's second law",
    refuse="the pre-exponential factor D₀ is not given, so D at 1 100 K and hence the time cannot be computed",
    solution="The activation energy alone does not fix D; without D₀ (or a D at some temperature) the time cannot be found.",
    forms=("unicode", "must_refuse", "missing_datum"),
)
def h10a_diffusion_07():
    """Boron is diffused into a silicon wafer at 1 100 K. The activation energy for diffusion of B in Si is 3.87 eV/atom. The surface concentration is held constant; how long, in seconds, must the wafer be held to reach half the surface concentration at a depth of 0.5 µm?"""
    return None


@item(
    S,
    "diffusion",
    "hour",
    "cubic lattice: a from density; D = D₀ exp(−Q/RT) with D₀ = (1/6)a²ν; t ≈ x²/D",
    solution="a³ = 4 × 26.98/(2.70 × 6.022×10²³) cm³ → a = 0.4049 nm. D₀ = (1/6)(0.4049×10⁻⁹)²(1.0×10¹³) = 2.733×10⁻⁷ m² s⁻¹. D(773 K) = 2.733×10⁻⁷ exp(−130 000/(8.314 × 773.15)) = 4.5×10⁻¹⁶ m² s⁻¹. t = x²/D = (1.0×10⁻⁶)²/4.5×10⁻¹⁶ ≈ 2.2×10³ s = 0.62 h.",
    forms=("unicode", "mixed_topics", "three_step", "symbols_in_where"),
)
def h10a_diffusion_08():
    """For self-diffusion in aluminium (FCC, density 2.70 g/cm³, atomic mass 26.98 g/mol) model D = (1/6) a² ν exp(−Q/RT), where a is the lattice parameter, ν = 1.0 × 10¹³ s⁻¹ is the attempt frequency and Q = 130 kJ/mol. Find the lattice parameter from the density first, then estimate the time, in hours, for an atom to diffuse a distance x = 1.0 µm at 500 °C using t = x²/D."""
    a = (4 * Q_(26.98, "g/mol") / (Q_(2.70, "g/cm**3") * AVOGADRO)) ** (1 / 3)
    d0 = a**2 * Q_(1.0e13, "1/s") / 6
    d = d0 * math.exp(-num(Q_(130, "kJ/mol") / (R_GAS * kelvin(500))))
    return Q_(1.0, "micrometer") ** 2 / d


# ---------------------------------------------------------------- mechanical properties


@item(
    S,
    "mechanical_properties",
    "micrometer",
    "Hooke's law Δl = F l₀/(A E) (Callister ch. 6)",
    solution="A = π(5.0 mm)² = 78.54 mm²; σ = 12 000 N/78.54 mm² = 152.8 MPa; Δl = 152.8 MPa × 250 mm/69 000 MPa = 0.554 mm = 554 µm.",
    forms=("unicode", "uncertainty_notation", "unit_conversion"),
)
def h10a_mechanical_properties_01():
    """An aluminium alloy tie rod of diameter (10.0 ± 0.1) mm and length 250 mm carries a tensile load of 12 kN. The alloy has E = 69 GPa and a yield strength of 275 MPa. Find, in µm, the elastic elongation of the rod."""
    area = math.pi * Q_(10.0, "mm") ** 2 / 4
    return Q_(12, "kN") * Q_(250, "mm") / (area * Q_(69, "GPa"))


@item(
    S,
    "mechanical_properties",
    "MPa",
    "σ_T = σ(1 + ε) before necking (Callister eq. 6.18a)",
    solution="σ_T = 450 MPa × (1 + 0.15) = 517.5 MPa.",
    forms=("plain", "one_relation"),
)
def h10a_mechanical_properties_02():
    """At an engineering strain of 0.15, a tensile specimen (not yet necked) carries an engineering stress of 450 MPa. What is the true stress, in MPa?"""
    return Q_(450, "MPa") * (1 + 0.15)


@item(
    S,
    "mechanical_properties",
    "micrometer",
    "σ = F/A, ε_z = σ/E, ε_x = −νε_z (Callister ch. 6)",
    solution="A = π(7.5 mm)² = 176.7 mm²; σ = 25 000/176.7 = 141.5 MPa; ε_z = 141.5/207 000 = 6.835×10⁻⁴; ε_x = −0.30 × 6.835×10⁻⁴ = −2.05×10⁻⁴; Δd = 15 mm × 2.05×10⁻⁴ = 3.08 µm reduction.",
    forms=("tex", "two_step", "unit_conversion"),
)
def h10a_mechanical_properties_03():
    r"""A cylindrical steel specimen of diameter $15\ \mathrm{mm}$ is loaded elastically in tension by $25\ \mathrm{kN}$. Given $E = 207\ \mathrm{GPa}$ and $\nu = 0.30$, determine the reduction in diameter in $\mu\mathrm{m}$."""
    d = Q_(15, "mm")
    sigma = Q_(25, "kN") / (math.pi * d**2 / 4)
    return 0.30 * sigma / Q_(207, "GPa") * d


@item(
    S,
    "mechanical_properties",
    "dimensionless",
    "Hollomon σ_T = K ε_Tⁿ (Callister eq. 6.19)",
    solution="ε_T = (620/860)^(1/0.21) = 0.72093^4.762 = 0.2105.",
    forms=("unicode", "one_relation", "three_sig_figs"),
)
def h10a_mechanical_properties_04():
    """For a steel whose plastic behaviour follows σ_T = K ε_Tⁿ with K = 860 MPa and n = 0.21, what true strain must be imposed to raise the true stress to 620 MPa? Give three significant figures."""
    return Q_((620 / 860) ** (1 / 0.21), "")


@item(
    S,
    "mechanical_properties",
    "kN",
    "F_y = σ_y A₀ (Callister ch. 6)",
    solution="F = 50 000 psi × 0.50 in² = 25 000 lbf = 111.2 kN.",
    forms=("us_units", "unit_conversion", "distractor_givens"),
)
def h10a_mechanical_properties_05():
    """A brass bar with a cross-section of 0.50 in.² has a modulus of 14.6 × 10⁶ psi, a yield strength of 50 ksi and a tensile strength of 70 ksi. What is the largest load, in kN, it can carry without plastic deformation?"""
    return Q_(50, "ksi") * Q_(0.50, "inch**2")


@item(
    S,
    "mechanical_properties",
    "MPa",
    "isostrain rule of mixtures E_c = V_f E_f + V_m E_m; constrained thermal stress σ = E α ΔT",
    solution="E_c = 0.40 × 72.5 + 0.60 × 3.4 = 31.04 GPa; σ = 31.04 GPa × 12×10⁻⁶ K⁻¹ × 60 K = 22.3 MPa (compressive).",
    forms=("unicode", "mixed_topics", "two_step", "engineering_story"),
)
def h10a_mechanical_properties_06():
    """A glass-fibre/epoxy strut (40 vol% E-glass, E = 72.5 GPa; epoxy E = 3.4 GPa) is clamped rigidly between two walls at 20 °C and then heated to 80 °C. Treat the strut as loaded along the fibres (isostrain) and take its axial thermal expansion coefficient as 12 × 10⁻⁶ K⁻¹. Find, in MPa, the magnitude of the compressive stress that develops."""
    e_c = 0.40 * Q_(72.5, "GPa") + 0.60 * Q_(3.4, "GPa")
    return e_c * Q_(12e-6, "1/K") * Q_(60, "K")


@item(
    S,
    "mechanical_properties",
    "GPa",
    "isostrain rule of mixtures",
    refuse="the fibre volume fraction 1.15 exceeds 1, which is physically impossible",
    solution="A volume fraction of 1.15 is impossible (fractions lie between 0 and 1); the modulus cannot be computed from these givens.",
    forms=("plain", "must_refuse", "impossible_given"),
)
def h10a_mechanical_properties_07():
    """A unidirectional carbon-fibre composite has fibres of modulus 230 GPa at a fibre volume fraction of 1.15 in an epoxy of modulus 3.5 GPa. Compute the longitudinal elastic modulus, in GPa."""
    return None


@item(
    S,
    "mechanical_properties",
    "MPa",
    "Brinell HB = 2P/[πD(D − √(D² − d²))]; TS(MPa) ≈ 3.45 × HB (Callister eq. 6.20a)",
    solution="HB = 2 × 3 000/[π × 10(10 − √(100 − 17.64))] = 6 000/[31.416 × 0.9247] = 206.5; TS ≈ 3.45 × 206.5 = 713 MPa.",
    forms=("unicode", "two_step"),
)
def h10a_mechanical_properties_08():
    """A Brinell test on a steel with a 10 mm ball and a load of 3 000 kg leaves an indentation 4.20 mm in diameter. (a) Calculate the Brinell hardness. (b) Estimate the tensile strength of the steel in MPa."""
    hb = 2 * 3000 / (math.pi * 10 * (10 - math.sqrt(10**2 - 4.20**2)))
    return Q_(3.45 * hb, "MPa")


# ---------------------------------------------------------------- failure


@item(
    S,
    "failure",
    "MPa",
    "Griffith σ_c = √(2Eγ_s/πa) (Callister eq. 8.3)",
    solution="σ_c = √(2 × 69×10⁹ × 0.30/(π × 2.5×10⁻⁶)) = √(5.27×10¹⁵) = 72.6 MPa.",
    forms=("unicode", "engineering_story", "one_relation"),
)
def h10a_failure_01():
    """A soda-lime window pane (E = 69 GPa, specific surface energy 0.30 J/m², thickness 4 mm) carries a surface scratch 2.5 µm deep. Using the Griffith relation, find the critical tensile stress, in MPa, at which the pane would fracture."""
    return (2 * Q_(69, "GPa") * Q_(0.30, "J/m**2") / (math.pi * Q_(2.5, "micrometer"))) ** 0.5


@item(
    S,
    "failure",
    "mm",
    "hoop stress σ = pr/t; K_Ic = Yσ√(πa) (Callister eq. 8.5)",
    solution="σ = 12 MPa × 750 mm/30 mm = 300 MPa; a_c = (1/π)(K_Ic/Yσ)² = (1/π)(55/(1.12 × 300))² = (1/π)(0.1637)² = 8.53×10⁻³ m = 8.53 mm.",
    forms=("unicode", "engineering_story", "two_step", "symbols_in_where"),
)
def h10a_failure_02():
    """A cylindrical pressure vessel of radius 750 mm and wall thickness 30 mm operates at an internal pressure of 12 MPa. The steel has K_Ic = 55 MPa√m and σ_y = 1 100 MPa. Treating a longitudinal surface crack with K = Yσ√(πa), where σ is the hoop stress, a the crack depth and Y = 1.12, determine the critical crack depth in mm."""
    sigma = Q_(12, "MPa") * Q_(750, "mm") / Q_(30, "mm")
    return (Q_(55, "MPa*m**0.5") / (1.12 * sigma)) ** 2 / math.pi


@item(
    S,
    "failure",
    "dimensionless",
    "Basquin σ_a = σ_f′(2N_f)^b",
    solution="2N_f = (400/1 100)^(1/−0.09) = (0.36364)^(−11.111) = 7.60×10⁴; N_f = 3.80×10⁴ cycles.",
    forms=("unicode", "scientific_notation", "one_relation"),
)
def h10a_failure_03():
    """A turbine shaft steel obeys Basquin's law σ_a = σ_f′(2N_f)^b with σ_f′ = 1 100 MPa and b = −0.09. How many cycles N_f to failure are expected at a stress amplitude of 400 MPa? Give the answer in scientific notation."""
    return Q_((400 / 1100) ** (1 / -0.09) / 2, "")


@item(
    S,
    "failure",
    "day",
    "Larson–Miller P = T(C + log t_r), T in K, t_r in h",
    solution="T = 900 °C = 1 173.15 K; log t_r = 26.0×10³/1 173.15 − 20 = 22.163 − 20 = 2.163; t_r = 145.5 h = 6.06 days.",
    forms=("unicode", "engineering_story", "unit_conversion"),
)
def h10a_failure_04():
    """For a nickel superalloy turbine blade the Larson–Miller parameter at the service stress is 26.0 × 10³ (T in K, t in h, C = 20). If, during an over-temperature event, the blade runs at 900 °C, what is its rupture life expressed in days?"""
    log_t = 26.0e3 / num(kelvin(900) / Q_(1, "K")) - 20
    return Q_(10**log_t, "hour")


@item(
    S,
    "failure",
    "dimensionless",
    "Paris law da/dN = A(ΔK)^m with ΔK = YΔσ√(πa), integrated for m = 3",
    solution="N = 2/[A(YΔσ√π)³](1/√a₀ − 1/√a_c) = 2/[5.0×10⁻¹² × (120√π)³](31.623 − 10.0) = 2/(5.0×10⁻¹² × 9.622×10⁶) × 21.623 = 8.99×10⁵ cycles.",
    forms=("unicode", "harder", "scientific_notation"),
)
def h10a_failure_05():
    """A bridge cable anchorage contains an edge crack of 1.0 mm. It is cycled with a stress range Δσ = 120 MPa. Crack growth follows da/dN = A(ΔK)^m with A = 5.0 × 10⁻¹² (da/dN in m/cycle, ΔK in MPa√m), m = 3 and Y = 1. Failure occurs when the crack reaches 10 mm. Estimate the number of cycles to failure."""
    a_coef, m, ds = 5.0e-12, 3, 120.0
    a0, ac = 1.0e-3, 10.0e-3
    n = (
        2
        / ((m - 2) * a_coef * (ds * math.sqrt(math.pi)) ** m)
        * (a0 ** ((2 - m) / 2) - ac ** ((2 - m) / 2))
    )
    return Q_(n, "")


@item(
    S,
    "failure",
    "dimensionless",
    "power-law creep ε̇ = Kσⁿ exp(−Q_c/RT)",
    solution="ratio = (σ₂/σ₁)ⁿ exp[−(Q/R)(1/T₂ − 1/T₁)] = (1.5)^5 × exp[(300 000/8.314)(1/923.15 − 1/973.15)] = 7.594 × exp(2.0083) = 7.594 × 7.451 = 56.6.",
    forms=("unicode", "ratio", "two_step", "nonnative_english"),
)
def h10a_failure_06():
    """The steady creep rate of a heat-resisting steel follows ε̇ = K σⁿ exp(−Q_c/RT) with n = 5 and Q_c = 300 kJ/mol. In a plant the component works at 650 °C and 80 MPa. After a change in process, it will work at 700 °C and 120 MPa. Determine by which factor the steady creep rate is increased."""
    q_over_r = num(Q_(300, "kJ/mol") / R_GAS / Q_(1, "K"))
    return Q_(1.5**5 * math.exp(q_over_r * (1 / 923.15 - 1 / 973.15)), "")


@item(
    S,
    "failure",
    None,
    "material selection (not a numeric relation)",
    refuse="asks for a choice between alloys (a judgement), not a numeric quantity",
    solution="The question asks which alloy to choose; the givens are numbers but the ask is a selection, not a numeric value.",
    forms=("table", "must_refuse", "non_numeric_ask"),
)
def h10a_failure_07():
    """Two alloys are candidates for a landing-gear strut:

    | alloy      | σ_y / MPa | K_Ic / MPa√m | density / g cm⁻³ |
    |------------|-----------|--------------|------------------|
    | 4340 steel | 1 470     | 46           | 7.85             |
    | Ti-6Al-4V  | 910       | 55           | 4.43             |

    Which alloy would you select, and why?"""
    return None


@item(
    S,
    "failure",
    "MPa",
    "Inglis σ_m = σ₀(1 + 2√(a/ρ_t)); Callister's approximation σ_m ≈ 2σ₀√(a/ρ_t) (eq. 8.1)",
    solution="√(a/ρ) = √(0.50 mm/2.0 µm) = √250 = 15.81. Inglis: σ_m = 85 × (1 + 31.62) = 2 773 MPa; the long-crack approximation 2σ₀√(a/ρ) gives 2 688 MPa.",
    forms=("unicode", "two_readings", "engineering_story"),
)
def h10a_failure_08():
    """An internal crack of length 1.0 mm (half-length 0.50 mm) lies perpendicular to the load in a buried steel pipe. Its tip radius of curvature is 2.0 µm and the nominal stress is 85 MPa. Estimate the maximum stress at the crack tip, in MPa."""
    root = math.sqrt(num(Q_(0.50, "mm") / Q_(2.0, "micrometer")))
    s0 = Q_(85, "MPa")
    return {
        "Inglis 1+2sqrt(a/rho)": s0 * (1 + 2 * root),
        "approximation 2sqrt(a/rho)": s0 * 2 * root,
    }


# ---------------------------------------------------------------- phase diagrams


@item(
    S,
    "phase_diagrams",
    "percent",
    "lever rule W_α = (C₀ − C_L)/(C_α − C_L) (Callister eq. 9.2)",
    solution="At 1 250 °C the tie line gives C_L = 32 wt% Ni and C_α = 43 wt% Ni; W_α = (35 − 32)/(43 − 32) = 0.273 = 27.3 %.",
    forms=("table", "unicode", "percent_answer", "distractor_givens"),
)
def h10a_phase_diagrams_01():
    """Tie-line data read from the Cu–Ni phase diagram:

    | T / °C | liquid / wt% Ni | α / wt% Ni |
    |--------|-----------------|------------|
    | 1 300  | 46              | 58         |
    | 1 250  | 32              | 43         |
    | 1 200  | 20              | 30         |

    A Cu–35 wt% Ni alloy is held at 1 250 °C. What mass fraction of the alloy is solid α, in percent?"""
    return (35 - 32) / (43 - 32) * Q_(100, "percent")


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "lever rule for total α and for primary α in a hypoeutectic Pb–Sn alloy (Callister ch. 9)",
    solution="Total α: W_α = (97.8 − 40)/(97.8 − 18.3) = 0.727. Primary α: W_α′ = (61.9 − 40)/(61.9 − 18.3) = 0.502. Eutectic α = 0.727 − 0.502 = 0.225 of the alloy.",
    forms=("unicode", "engineering_story", "asked_quantity_not_last", "two_step"),
)
def h10a_phase_diagrams_02():
    """An old plumbing solder joint is a Pb–40 wt% Sn alloy. Just below the eutectic temperature (183 °C) the α phase contains 18.3 wt% Sn, the β phase 97.8 wt% Sn, and the eutectic composition is 61.9 wt% Sn. What mass fraction of the whole alloy is α that belongs to the eutectic microconstituent? Give three decimals."""
    total_alpha = (97.8 - 40) / (97.8 - 18.3)
    primary_alpha = (61.9 - 40) / (61.9 - 18.3)
    return Q_(total_alpha - primary_alpha, "")


@item(
    S,
    "phase_diagrams",
    "kg",
    "lever rule at the eutectoid: W_p = (C₀ − 0.022)/(0.76 − 0.022) (Callister eq. 9.20)",
    solution="W_p = (0.45 − 0.022)/(0.76 − 0.022) = 0.580; pearlite mass = 0.580 × 2.5 kg = 1.45 kg.",
    forms=("tex", "two_step", "asked_quantity_not_last"),
)
def h10a_phase_diagrams_03():
    r"""A $2.5\ \mathrm{kg}$ forging of a plain carbon steel with $0.45\ \mathrm{wt\%\ C}$ is cooled slowly from $900\ ^{\circ}\mathrm{C}$. Taking the eutectoid at $0.76\ \mathrm{wt\%\ C}$ and the maximum solubility of C in ferrite as $0.022\ \mathrm{wt\%}$, calculate the mass of pearlite (in kg) in the forging at room temperature."""
    return (0.45 - 0.022) / (0.76 - 0.022) * Q_(2.5, "kg")


@item(
    S,
    "phase_diagrams",
    "percent",
    "lever rule, hypereutectoid steel: W_Fe3C′ = (C₁ − 0.76)/(6.70 − 0.76)",
    solution="W_Fe3C′ = (1.10 − 0.76)/(6.70 − 0.76) = 0.34/5.94 = 5.72 %.",
    forms=("unicode", "percent_answer", "one_relation"),
)
def h10a_phase_diagrams_04():
    """A 1.10 wt% C steel is slowly cooled from the austenite field. With the eutectoid at 0.76 wt% C and cementite at 6.70 wt% C, what percentage of the steel is proeutectoid cementite?"""
    return (1.10 - 0.76) / (6.70 - 0.76) * Q_(100, "percent")


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Gibbs phase rule at constant pressure F = C − P + 1",
    abs_tol=0.5,
    solution="At the eutectic point of a binary system, C = 2 and P = 3 (L, α, β); F = 2 − 3 + 1 = 0.",
    forms=("plain", "one_relation", "integer_answer"),
)
def h10a_phase_diagrams_05():
    """Using the condensed phase rule (pressure fixed at 1 atm), how many degrees of freedom does a binary alloy have at its eutectic point while liquid and both solid phases coexist? Give an integer."""
    c, p = 2, 3
    return Q_(c - p + 1, "")


@item(
    S,
    "phase_diagrams",
    "percent",
    "wt% → at%: C_Sn′ = (C_Sn/A_Sn)/(C_Sn/A_Sn + C_Pb/A_Pb) (Callister eq. 4.6a)",
    solution="n_Sn = 40/118.71 = 0.33696, n_Pb = 60/207.2 = 0.28958; at% Sn = 0.33696/0.62654 = 53.8 at%.",
    forms=("unicode", "percent_answer", "one_relation"),
)
def h10a_phase_diagrams_06():
    """Convert the composition of a Pb–40 wt% Sn solder to atom percent tin. Atomic weights: Sn 118.71 g/mol, Pb 207.2 g/mol."""
    n_sn, n_pb = 40 / 118.71, 60 / 207.2
    return n_sn / (n_sn + n_pb) * Q_(100, "percent")


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "lever rule W_L = (C_α − C₀)/(C_α − C_L) (Callister eq. 9.1b)",
    solution="W_L = (55 − 50)/(55 − 42) = 5/13 = 0.385.",
    forms=("plain", "one_relation", "distractor_givens"),
)
def h10a_phase_diagrams_07():
    """An A–50 wt% B alloy of an isomorphous binary system is held at 1 280 °C, where liquid of 42 wt% B coexists with solid of 55 wt% B. The melting points of A and B are 1 085 °C and 1 455 °C. Calculate the mass fraction of liquid, to three decimals."""
    return Q_((55 - 50) / (55 - 42), "")


@item(
    S,
    "phase_diagrams",
    "kg",
    "lever rule for proeutectoid ferrite, then mass balance (Callister ch. 9)",
    solution="Total ferrite fraction W_α = (6.70 − 0.35)/(6.70 − 0.022) = 0.9509; proeutectoid ferrite W_α′ = (0.76 − 0.35)/(0.76 − 0.022) = 0.5556. Eutectoid ferrite = 0.3953; for 40 kg: 15.8 kg.",
    forms=("unicode", "harder", "asked_quantity_not_last", "spelling_british"),
)
def h10a_phase_diagrams_08():
    """A 40 kg casting of a 0.35 wt% C steel is normalised and then furnace-cooled. Data: eutectoid 0.76 wt% C at 727 °C; ferrite 0.022 wt% C; cementite 6.70 wt% C. Calculate the mass, in kg, of ferrite that is contained in the pearlite (eutectoid ferrite)."""
    total = (6.70 - 0.35) / (6.70 - 0.022)
    pro = (0.76 - 0.35) / (0.76 - 0.022)
    return (total - pro) * Q_(40, "kg")


# ---------------------------------------------------------------- transformations & kinetics


@item(
    S,
    "transformations_kinetics",
    "s",
    "Avrami y = 1 − exp(−ktⁿ) (Callister eq. 10.17)",
    solution="k = ln 2/t₅₀ⁿ; t₉₀ = t₅₀ (ln 10/ln 2)^(1/n) = 120 s × (3.3219)^(0.4) = 120 × 1.6168 = 194 s.",
    forms=("unicode", "two_step", "time_not_fraction"),
)
def h10a_transformations_kinetics_01():
    """The recrystallisation of a cold-rolled brass follows the Avrami equation with n = 2.5. Half the material has recrystallised after 120 s. How long, in seconds, until 90 % has recrystallised?"""
    return Q_(120, "s") * (math.log(10) / math.log(2)) ** (1 / 2.5)


@item(
    S,
    "transformations_kinetics",
    "nm",
    "homogeneous nucleation r* = −2γT_m/(ΔH_f ΔT) (Callister eq. 10.6)",
    solution="r* = 2 × 0.255 × 1 728.15/(2.53×10⁹ × 319) = 881.4/8.071×10¹¹ = 1.092×10⁻⁹ m = 1.09 nm.",
    forms=("tex", "one_relation", "symbols_in_where"),
)
def h10a_transformations_kinetics_02():
    r"""For homogeneous solidification of nickel, compute the critical nucleus radius $r^* = -2\gamma T_m/(\Delta H_f\,\Delta T)$ in nm, where $\gamma = 0.255\ \mathrm{J\,m^{-2}}$ is the solid–liquid interfacial energy, $\Delta H_f = -2.53\times10^{9}\ \mathrm{J\,m^{-3}}$ the latent heat of fusion, $T_m = 1455\ ^{\circ}\mathrm{C}$ and the supercooling is $\Delta T = 319\ \mathrm{K}$."""
    tm = kelvin(1455)
    return 2 * Q_(0.255, "J/m**2") * tm / (Q_(2.53e9, "J/m**3") * Q_(319, "K"))


@item(
    S,
    "transformations_kinetics",
    "dimensionless",
    "r* from ΔG_v = ΔH_f ΔT/T_m; atoms in nucleus = (4/3)πr*³/(a³/4) for FCC",
    abs_tol=3,
    solution="r* = 2 × 0.132 × 1 356.15/(1.88×10⁹ × 230) = 8.28×10⁻¹⁰ m. V = (4/3)π r*³ = 2.377×10⁻²⁷ m³; volume per atom = a³/4 = (0.3615 nm)³/4 = 1.181×10⁻²⁹ m³; N = 201 atoms.",
    forms=("unicode", "harder", "mixed_topics", "nearest_integer"),
)
def h10a_transformations_kinetics_03():
    """Copper (FCC, a = 0.3615 nm, T_m = 1 083 °C) solidifies homogeneously at a supercooling of 230 K. The latent heat of fusion is −1.88 × 10⁹ J/m³ and the solid–liquid interfacial energy 0.132 J/m². How many atoms does a critical nucleus contain? Round to the nearest integer."""
    r = 2 * Q_(0.132, "J/m**2") * kelvin(1083) / (Q_(1.88e9, "J/m**3") * Q_(230, "K"))
    v_atom = Q_(0.3615, "nm") ** 3 / 4
    return 4 / 3 * math.pi * r**3 / v_atom


@item(
    S,
    "transformations_kinetics",
    "minute",
    "rate = 1/t₅₀ = A exp(−Q/RT): Q from two temperatures, then t₅₀ at a third",
    solution="Q = R ln(t₁/t₂)/(1/T₁ − 1/T₂) with t₁ = 80 min at 573.15 K, t₂ = 4.0 min at 633.15 K: ln 20 = 2.9957; 1/T₁ − 1/T₂ = 1.6534×10⁻⁴; Q = 150.6 kJ/mol. At 330 °C (603.15 K): t = 80 exp[(Q/R)(1/603.15 − 1/573.15)] = 80 exp(−1.5718) = 16.6 min.",
    forms=("table", "unicode", "harder", "distractor_givens"),
)
def h10a_transformations_kinetics_04():
    """Times for 50 % recrystallisation of a cold-worked aluminium alloy:

    | T / °C | t₀.₅ / min | hardness after anneal / HV |
    |--------|------------|----------------------------|
    | 300    | 80         | 42                         |
    | 360    | 4.0        | 38                         |

    Assuming the rate (1/t₀.₅) follows an Arrhenius law, estimate t₀.₅ in minutes at 330 °C."""
    t1, t2 = kelvin(300), kelvin(360)
    q_over_r = math.log(80 / 4.0) / (1 / t1 - 1 / t2)
    return Q_(80, "minute") * math.exp(num(q_over_r * (1 / kelvin(330) - 1 / t1)))


@item(
    S,
    "transformations_kinetics",
    "percent",
    "Andrews M_s(°C) = 539 − 423C − 30.4Mn − 17.7Ni − 12.1Cr − 7.5Mo; Koistinen–Marburger f_γ = exp[−0.011(M_s − T_q)]",
    solution="M_s = 539 − 423(0.40) − 30.4(0.80) − 17.7(1.80) − 12.1(0.80) − 7.5(0.25) = 302.1 °C. f_γ = exp[−0.011(302.1 − 20)] = exp(−3.103) = 0.0449 = 4.49 %.",
    forms=("unicode", "harder", "three_step", "percent_answer"),
)
def h10a_transformations_kinetics_05():
    """A 4340-type steel contains (wt%) 0.40 C, 0.80 Mn, 1.80 Ni, 0.80 Cr, 0.25 Mo and 0.25 Si. Estimate its martensite-start temperature with the Andrews linear formula M_s(°C) = 539 − 423C − 30.4Mn − 17.7Ni − 12.1Cr − 7.5Mo, and then, using the Koistinen–Marburger relation f_γ = exp[−0.011(M_s − T_q)], the retained austenite, in percent, after quenching to 20 °C."""
    ms = 539 - 423 * 0.40 - 30.4 * 0.80 - 17.7 * 1.80 - 12.1 * 0.80 - 7.5 * 0.25
    return math.exp(-0.011 * (ms - 20)) * Q_(100, "percent")


@item(
    S,
    "transformations_kinetics",
    "micrometer",
    "parabolic grain growth d² − d₀² = Kt (Callister eq. 7.9, n = 2)",
    solution="K = (20² − 8²)/30 min = 11.2 µm²/min; after 180 min, d² = 64 + 11.2 × 180 = 2 080 µm², d = 45.6 µm.",
    forms=("unicode", "two_step"),
)
def h10a_transformations_kinetics_06():
    """A brass with an initial grain diameter of 8 µm grows to 20 µm after 30 min at 650 °C. Assuming d² − d₀² = Kt, what will the grain diameter be, in µm, after 3 h at the same temperature?"""
    k = (Q_(20, "micrometer") ** 2 - Q_(8, "micrometer") ** 2) / Q_(30, "minute")
    return (Q_(8, "micrometer") ** 2 + k * Q_(3, "hour")) ** 0.5


@item(
    S,
    "transformations_kinetics",
    "micrometer",
    "d² − d₀² = Kt",
    refuse="the growth constant is given in µm²/K, which cannot be a grain-growth rate constant (it needs µm²/time), so the size cannot be computed",
    solution="A grain-growth constant must have dimensions of area per time; µm² per kelvin is not such a quantity, so the question is not answerable as set.",
    forms=("unicode", "must_refuse", "impossible_unit"),
)
def h10a_transformations_kinetics_07():
    """A steel with a 12 µm austenite grain size is held at 1 050 °C for 2 h. The grain-growth law is d² − d₀² = Kt with K = 3.5 µm²/K. Find the grain size after the hold, in µm."""
    return None


@item(
    S,
    "transformations_kinetics",
    "J",
    "ΔG* = 16πγ³T_m²/(3ΔH_f²ΔT²) (Callister eq. 10.7)",
    solution="ΔG* = 16π(0.177)³(1 337.15)²/[3(1.16×10⁹)²(230)²] = 16π × 5.545×10⁻³ × 1.788×10⁶/(3 × 1.3456×10¹⁸ × 52 900) = 4.984×10⁵/2.135×10²³ = 2.33×10⁻¹⁸ J.",
    forms=("tex", "scientific_notation", "distractor_givens"),
)
def h10a_transformations_kinetics_08():
    r"""Gold (density $19.3\ \mathrm{g\,cm^{-3}}$) melts at $1064\ ^{\circ}\mathrm{C}$. Its latent heat of fusion is $-1.16\times10^{9}\ \mathrm{J\,m^{-3}}$ and the solid–liquid interfacial energy $0.177\ \mathrm{J\,m^{-2}}$. For homogeneous nucleation at a supercooling of $230\ \mathrm{K}$, compute the activation free energy $\Delta G^*$ in joules."""
    tm = kelvin(1064)
    g = Q_(0.177, "J/m**2")
    return 16 * math.pi * g**3 * tm**2 / (3 * Q_(1.16e9, "J/m**3") ** 2 * Q_(230, "K") ** 2)


# ---------------------------------------------------------------- further items


@item(
    S,
    "crystallography_xrd",
    "g/cm**3",
    "HCP cell volume V = (3√3/2)a²c with 6 atoms; ρ = nA/(VN_A)",
    solution="V = 2.5981 × (0.3209 nm)² × 0.5211 nm = 0.13942 nm³; ρ = 6 × 24.305/(0.13942×10⁻²¹ cm³ × 6.022×10²³) = 1.737 g cm⁻³.",
    forms=("unicode", "two_step", "symbols_in_where"),
)
def h10a_crystallography_xrd_08():
    """Magnesium has the HCP structure with a = 0.3209 nm and c = 0.5211 nm (c/a = 1.624). Compute the density of Mg in g/cm³ from V = (3√3/2)a²c, where V is the volume of the hexagonal cell containing six atoms; the atomic mass of Mg is 24.305 g/mol."""
    v = 3 * math.sqrt(3) / 2 * Q_(0.3209, "nm") ** 2 * Q_(0.5211, "nm")
    return 6 * Q_(24.305, "g/mol") / (v * AVOGADRO)


@item(
    S,
    "crystallography_xrd",
    "kg/m**3",
    "rock-salt structure a = 2(r_C + r_A), 4 formula units per cell (Callister ch. 12)",
    solution="a = 2(0.102 + 0.181) = 0.566 nm; ρ = 4(22.99 + 35.45)/((0.566×10⁻⁷ cm)³ × 6.022×10²³) = 2.140 g cm⁻³ = 2 140 kg m⁻³.",
    forms=("tex", "mixed_topics", "two_step", "unit_conversion"),
)
def h10a_crystallography_xrd_09():
    r"""Sodium chloride has the rock-salt structure. The ionic radii are $r_{\mathrm{Na^+}} = 0.102\ \mathrm{nm}$ and $r_{\mathrm{Cl^-}} = 0.181\ \mathrm{nm}$, and the atomic weights $22.99$ and $35.45\ \mathrm{g\,mol^{-1}}$. Assuming the ions touch along the cube edge, calculate the theoretical density in $\mathrm{kg\,m^{-3}}$."""
    a = 2 * (Q_(0.102, "nm") + Q_(0.181, "nm"))
    return 4 * Q_(22.99 + 35.45, "g/mol") / (a**3 * AVOGADRO)


@item(
    S,
    "mechanical_properties",
    "kJ/m**3",
    "modulus of resilience U_r = σ_y²/2E (Callister eq. 6.14)",
    solution="U_r = (550 MPa)²/(2 × 207 000 MPa) = 0.7307 MJ m⁻³ = 731 kJ m⁻³.",
    forms=("unicode", "unit_conversion", "one_relation", "engineering_story"),
)
def h10a_mechanical_properties_09():
    """A spring-steel suspension cable strand (σ_y = 550 MPa, tensile strength 720 MPa, E = 207 GPa, elongation 18 %) must store elastic energy without yielding. What is its modulus of resilience, in kJ/m³?"""
    return Q_(550, "MPa") ** 2 / (2 * Q_(207, "GPa"))


@item(
    S,
    "failure",
    "MPa",
    "Goodman σ_a,allow = σ_e(1 − σ_m/σ_TS)",
    solution="σ_a,allow = 320 × (1 − 300/900) = 213.3 MPa; the applied 250 MPa is not safe, exceeding the Goodman limit by 36.7 MPa.",
    forms=("unicode", "determine_whether", "two_step", "spelling_american"),
)
def h10a_failure_09():
    """A connecting rod made of a steel with a tensile strength of 900 MPa and a fully-reversed endurance limit of 320 MPa is loaded with a mean stress of 300 MPa and a stress amplitude of 250 MPa. Using the Goodman relation, determine whether the rod has infinite life, and by how much (in MPa) the applied amplitude exceeds (+) or falls short of (−) the allowable amplitude."""
    allow = Q_(320, "MPa") * (1 - 300 / 900)
    return Q_(250, "MPa") - allow


@item(
    S,
    "transformations_kinetics",
    "percent",
    "Avrami y = 1 − exp(−ktⁿ)",
    solution="y = 1 − exp(−2.0×10⁻⁴ × 90²) = 1 − exp(−1.62) = 0.802 = 80.2 %.",
    forms=("engineering_notation", "percent_answer", "one_relation"),
)
def h10a_transformations_kinetics_09():
    """The isothermal transformation of austenite to pearlite at 650 °C follows y = 1 − exp(−k tⁿ) with k = 2.0E-4 (t in seconds) and n = 2. What percentage has transformed after 1.5 min?"""
    t = num(Q_(1.5, "minute") / Q_(1, "s"))
    return (1 - math.exp(-2.0e-4 * t**2)) * Q_(100, "percent")
