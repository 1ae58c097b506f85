"""Set heldout21 (set V), first half: 60 questions over seven topics of a qualifying exam.

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

S = "heldout21"

K_EV = K_BOLTZ.to("eV/K")


def bragg_two_theta(d: Any, wavelength: Any) -> float:
    """First-order Bragg angle 2θ in degrees for spacing ``d`` and ``wavelength`` (pint lengths)."""
    return 2 * math.degrees(math.asin(num(wavelength / (2 * d))))


# ---------------------------------------------------------------- crystallography & X-ray diffraction


@item(
    S,
    "crystallography_xrd",
    "degree",
    "Bragg's law with d_hkl = a/√(h²+k²+l²) (Cullity ch. 3)",
    solution="d_220 = 0.3615/√8 = 0.12781 nm. sin θ = 0.15406/(2 × 0.12781) = 0.6027, θ = 37.07°, so 2θ = 74.13°.",
    forms=("assume_line", "ascii", "two_step"),
)
def h21a_crystallography_xrd_01():
    """A copper foil (FCC) is scanned with Cu K-alpha radiation in a theta-2theta diffractometer. At what angle 2-theta, in degrees, will the 220 reflection appear?
    Assume: lambda = 0.15406 nm, a(Cu) = 0.3615 nm, first-order diffraction."""
    d = Q_(0.3615, "nm") / math.sqrt(8)
    return Q_(bragg_two_theta(d, Q_(0.15406, "nm")), "degree")


@item(
    S,
    "crystallography_xrd",
    "g/cm**3",
    "BCC: a = 4R/√3; ρ = nA/(V_C N_A) (Callister eq. 3.8)",
    solution="a = 4R/√3 = 4 × 0.1241/1.7321 = 0.28660 nm; V_C = 2.354 × 10⁻²³ cm³. With A(Fe) = 55.85 g/mol and n = 2: ρ = 2 × 55.85/(2.354 × 10⁻²³ × 6.022 × 10²³) = 7.88 g/cm³.",
    forms=("blank_in_sentence", "known_datum_not_given", "two_step", "unicode"),
)
def h21a_crystallography_xrd_02():
    """α-iron is body-centred cubic with an atomic radius of 0.1241 nm. Working from the atomic radius alone (and the atomic weight of iron), the theoretical density of α-Fe is ______ g/cm³."""
    a = 4 * Q_(0.1241, "nm") / math.sqrt(3)
    return 2 * Q_(55.85, "g/mol") / (a**3 * AVOGADRO)


@item(
    S,
    "crystallography_xrd",
    "nm**3",
    "HCP: conventional hexagonal prism V = (3√3/2)a²c holds 6 atoms; the primitive cell is one third of it (2 atoms)",
    solution="The hexagonal prism usually drawn for HCP has V = (3√3/2)a²c = 2.598 × 0.3209² × 0.5211 = 0.1394 nm³ (6 atoms). The primitive (rhombic-prism) cell is a third of that, a²c·√3/2 = 0.04647 nm³ (2 atoms). 'The unit cell' is read either way.",
    forms=("two_readings", "tex", "one_step"),
)
def h21a_crystallography_xrd_03():
    r"""Magnesium is hexagonal close-packed with $a = 0.3209\ \mathrm{nm}$ and $c = 0.5211\ \mathrm{nm}$. Compute the volume of the unit cell of Mg in $\mathrm{nm^3}$."""
    a = Q_(0.3209, "nm")
    c = Q_(0.5211, "nm")
    prism = 3 * math.sqrt(3) / 2 * a**2 * c
    return {"hexagonal prism (6 atoms)": prism, "primitive cell (2 atoms)": prism / 3}


@item(
    S,
    "crystallography_xrd",
    "1/m**2",
    "BCC (110): 2 atoms on an area a·a√2",
    solution="The (110) plane of a BCC cell is a rectangle a × a√2 containing 4 × ¼ + 1 = 2 atoms. PD = 2/(√2 a²) = 2/(1.4142 × (0.3147 × 10⁻⁹)²) = 1.428 × 10¹⁹ atoms/m²; the blank takes 1.43.",
    forms=("fixed_power_blank", "unicode", "one_step"),
)
def h21a_crystallography_xrd_04():
    """Molybdenum is BCC with a = 0.3147 nm. Calculate the planar density of the (110) plane.
    PD(110) = ______ × 10¹⁹ atoms/m²"""
    a = Q_(0.3147, "nm")
    return 2 / (math.sqrt(2) * a**2)


@item(
    S,
    "crystallography_xrd",
    "angstrom",
    "Bragg's law, cubic d = a/√(h²+k²+l²); BCC first line is (110)",
    solution="θ = 20.13°, sin θ = 0.34417. d = 0.1542/(2 × 0.34417) = 0.22402 nm. For BCC the first allowed line is 110, so a = d√2 = 0.3168 nm = 3.168 Å.",
    forms=("inverse", "decimal_comma", "two_step", "unicode"),
)
def h21a_crystallography_xrd_05():
    """A BCC metal powder — gives its first (lowest-angle) diffraction line at 2θ = 40,26° with radiation of wavelength λ = 0,1542 nm. Determine the cubic lattice parameter, in Å."""
    theta = math.radians(40.26 / 2)
    d = Q_(0.1542, "nm") / (2 * math.sin(theta))
    return d * math.sqrt(2)


@item(
    S,
    "crystallography_xrd",
    "nm",
    "a from one peak needs its indices (structure), not given",
    refuse="A single peak gives only d = λ/(2 sin θ); the lattice parameter needs the peak's (hkl), and neither the crystal structure nor the indexing is given.",
    solution="From one reflection only d is determined (d = 0.2034 nm). Without knowing whether the metal is BCC, FCC or simple cubic and which (hkl) the peak is, a = d√(h²+k²+l²) cannot be fixed, so the lattice parameter is not determinable from the data.",
    forms=("forum", "refuse_missing_datum", "ascii"),
)
def h21a_crystallography_xrd_06():
    """how do I get the lattice parameter?? I have an XRD scan of an unknown cubic metal (the label fell off the vial), Cu K-alpha (1.5406 A), and the only peak I trust is at 2theta = 44.5 deg. Everything else is buried in noise. What is a in nm?"""
    return None


@item(
    S,
    "crystallography_xrd",
    "dimensionless",
    "FCC: LD[110] = 1/(2R), LD[100] = 1/(2√2 R)",
    solution="In FCC atoms touch along <110>, so LD[110] = 1/(2R) = 3.497 nm⁻¹; along [100] one atom per a = 2√2 R, LD[100] = 1/(2√2 × 0.143) = 2.472 nm⁻¹. The ratio is √2 = 1.414 times, whatever R is.",
    forms=("how_many_times", "ratio", "distractor"),
)
def h21a_crystallography_xrd_07():
    """Aluminium (FCC, atomic radius 0.143 nm, density 2.70 g/cm³). How many times larger is the linear density of atoms along [110] than along [100]?"""
    r = Q_(0.143, "nm")
    ld110 = 1 / (2 * r)
    ld100 = 1 / (2 * math.sqrt(2) * r)
    return ld110 / ld100


@item(
    S,
    "crystallography_xrd",
    "g/cm**3",
    "rock salt: 4 NaCl formula units per cubic cell; ρ = n'(A_C + A_A)/(V_C N_A)",
    solution="Rock salt has 4 formula units per cell. V_C = (0.564 × 10⁻⁷ cm)³ = 1.794 × 10⁻²² cm³. ρ = 4 × (22.99 + 35.45)/(1.794 × 10⁻²² × 6.022 × 10²³) = 2.16 g/cm³.",
    forms=("chat", "list_givens", "one_step"),
)
def h21a_crystallography_xrd_08():
    """quick check — what density should I expect for NaCl from the cell?
    - structure: rock salt
    - a = 0.564 nm
    - Na: 22.99 g/mol, Cl: 35.45 g/mol
    answer in g/cm^3 pls"""
    a = Q_(0.564, "nm")
    return 4 * Q_(22.99 + 35.45, "g/mol") / (a**3 * AVOGADRO)


@item(
    S,
    "crystallography_xrd",
    "degree",
    "thermal expansion a(T) = a0(1 + αΔT), Bragg's law for (111)",
    rel_tol=0.04,
    solution="At room temperature d_111 = 0.4049/√3 = 0.23377 nm, θ = asin(0.15406/0.46754) = 19.239°. Heated by 450 K, a = 0.4049 × (1 + 23.6 × 10⁻⁶ × 450) = 0.40920 nm, d = 0.23625 nm, θ = 19.034°. 2θ falls by 2 × (19.239 − 19.034) = 0.41°.",
    forms=("temperature_change", "multi_step", "tex", "sign_in_words"),
)
def h21a_crystallography_xrd_09():
    r"""A hot-stage diffractometer (Cu K$\alpha$, $\lambda = 0.15406$ nm) records the (111) peak of aluminium ($a = 0.4049$ nm at room temperature). The sample is then heated by 450 K. Taking the linear expansion coefficient as $\alpha_l = 23.6 \times 10^{-6}\ \mathrm{K^{-1}}$, by how many degrees does the $2\theta$ position of the (111) peak move to lower angle?"""
    lam = Q_(0.15406, "nm")
    a0 = Q_(0.4049, "nm")
    a1 = a0 * (1 + 23.6e-6 * 450)
    return Q_(
        bragg_two_theta(a0 / math.sqrt(3), lam) - bragg_two_theta(a1 / math.sqrt(3), lam), "degree"
    )


# ---------------------------------------------------------------- defects


@item(
    S,
    "defects",
    "1/cm**3",
    "N_v = N exp(−Q_v/kT), N = N_A ρ/A (Callister eq. 4.1)",
    solution="N = 6.022 × 10²³ × 8.40/63.5 = 7.966 × 10²² atoms/cm³. At 1273 K, Q_v/kT = 0.90/(8.617 × 10⁻⁵ × 1273.15) = 8.204, exp(−8.204) = 2.74 × 10⁻⁴. N_v = 2.18 × 10¹⁹ cm⁻³, so the blank takes 2.18.",
    forms=("fixed_power_blank", "unicode", "two_step", "per_unit"),
)
def h21a_defects_01():
    """Copper at 1000 °C: vacancy formation energy 0.90 eV/atom, density 8.40 g/cm³ (at that temperature), atomic weight 63.5 g/mol. The equilibrium number of vacancies per cm³ is
    N_v = ______ × 10¹⁹ cm⁻³"""
    n = AVOGADRO * Q_(8.40, "g/cm**3") / Q_(63.5, "g/mol")
    return n * math.exp(-num(Q_(0.90, "eV") / (K_EV * kelvin(1000))))


@item(
    S,
    "defects",
    "degC",
    "N_v/N = exp(−Q_v/kT) solved for T",
    solution="T = Q_v/(k ln(N/N_v)) = 1.08/(8.617 × 10⁻⁵ × ln 10⁴) = 1.08/(8.617 × 10⁻⁵ × 9.210) = 1360.8 K = 1087.7 °C.",
    forms=("inverse", "answer_is_temperature", "ascii"),
)
def h21a_defects_02():
    """For a metal whose vacancy formation energy is 1.08 eV/atom, at what temperature (in deg C) will one lattice site in every 10,000 be vacant at equilibrium?"""
    t = Q_(1.08, "eV") / (K_EV * math.log(1e4))
    return t.to("degC")


@item(
    S,
    "defects",
    "dimensionless",
    "ASTM E112: N = 2^(n−1) grains/in.² at 100×",
    decimals=1,
    solution="n = 1 + log₂ N = 1 + ln 45/ln 2 = 1 + 5.49 = 6.49, i.e. 6.5 to one decimal. The etchant and magnification of the second photograph are not needed.",
    forms=("astm", "us_units", "distractor", "rounding"),
)
def h21a_defects_03():
    """A metallographer counts an average of 45 grains per square inch on a micrograph taken at 100×, and a second photograph at 500× (nital etch) is used only for the report cover. What is the ASTM grain size number? Give it to one decimal place."""
    return 1 + math.log2(45)


@item(
    S,
    "defects",
    "1/m**3",
    "Schottky pairs: N_s = N exp(−Q_s/2kT) (Callister ch. 12); N read as lattice sites or as formula units",
    rel_tol=0.03,
    solution="Formula units per m³: 1.99 × 10⁶ g/m³ × 6.022 × 10²³/74.55 = 1.607 × 10²⁸. Q_s/2kT = 2.6/(2 × 8.617 × 10⁻⁵ × 773.15) = 19.51, exp = 3.35 × 10⁻⁹. Taking N as the total number of lattice sites (2 per KCl) gives 1.08 × 10²⁰ m⁻³; taking N as cation sites (formula units) gives 5.4 × 10¹⁹ m⁻³.",
    forms=("two_readings", "unicode", "two_step"),
)
def h21a_defects_04():
    """Estimate the number of Schottky defects per cubic metre in KCl at 500 °C. The energy to form one Schottky defect is 2.6 eV; KCl has a density of 1.99 g/cm³ and a molar mass of 74.55 g/mol."""
    units = Q_(1.99, "g/cm**3") * AVOGADRO / Q_(74.55, "g/mol")
    f = math.exp(-num(Q_(2.6, "eV") / (2 * K_EV * kelvin(500))))
    return {"N = all lattice sites": 2 * units * f, "N = formula units": units * f}


@item(
    S,
    "defects",
    "angstrom",
    "BCC slip direction <111>: b = a√3/2",
    solution="In BCC the shortest lattice translation is a/2<111>, |b| = a√3/2 = 0.2866 × 0.8660 = 0.2482 nm = 2.48 Å.",
    forms=("multi_part_middle", "explanation_part", "one_step", "unicode"),
)
def h21a_defects_05():
    """(a) Sketch an edge dislocation and mark its Burgers vector.
    (b) α-Fe is BCC with a = 0.2866 nm. What is the magnitude of the Burgers vector of a perfect dislocation in α-Fe, in Å?
    (c) Explain why screw dislocations can cross-slip but edge dislocations cannot."""
    return Q_(0.2866, "nm") * math.sqrt(3) / 2


@item(
    S,
    "defects",
    "1/mm**2",
    "dislocation density ρ = line length / volume",
    solution="5000 km = 5 × 10⁹ mm; 1 cm³ = 1000 mm³, so ρ = 5 × 10⁶ mm⁻² (= 5 × 10¹² m⁻²).",
    forms=("chat", "unit_conversion", "named_unit"),
)
def h21a_defects_06():
    """quick q — TEM estimate says a 1 cm^3 piece of our cold-rolled sheet holds about 5000 km of dislocation line. what's the dislocation density in mm^-2?"""
    return Q_(5000, "km") / Q_(1, "cm**3")


@item(
    S,
    "defects",
    "1/m**3",
    "Arrhenius vacancy fraction needs Q_v (or two points)",
    refuse="With one vacancy fraction at one temperature and no formation energy, the fraction at another temperature cannot be found (the Arrhenius slope is unknown).",
    solution="Scaling N_v/N = exp(−Q_v/kT) from 600 °C to 25 °C needs the formation energy Q_v, which is not given and is not a handbook value for a new alloy; one fraction at one temperature cannot fix the Arrhenius slope (and no density is given to turn a fraction into a number per m³). The answer is not determinable.",
    forms=("refuse_missing_datum", "story"),
)
def h21a_defects_07():
    """Quenching experiments on a new aluminium–lithium alloy show that the equilibrium vacancy fraction at 600 °C is 9 × 10⁻⁴. A colleague wants the number of vacancies per cubic metre that would be present in equilibrium at 25 °C. Calculate it."""
    return None


@item(
    S,
    "defects",
    "pm",
    "FCC octahedral site: r = (√2 − 1)R",
    solution="Along a cube edge a = 2R + 2r and a = 2√2 R, so r = (√2 − 1)R = 0.4142 × 0.129 = 0.0534 nm = 53.4 pm. (Carbon, r ≈ 71 pm, therefore strains the site.)",
    forms=("spelled_units", "one_step", "distractor"),
)
def h21a_defects_08():
    """Austenite (γ-Fe) is face-centred cubic with an iron atomic radius of 0.129 nanometres; a carbon atom has a radius of about 0.071 nanometres. What is the radius of the largest sphere that fits in an octahedral interstice without distorting the lattice? Express it in picometres."""
    return (math.sqrt(2) - 1) * Q_(0.129, "nm")


@item(
    S,
    "defects",
    "J/m",
    "line energy E ≈ ½Gb² (Hull & Bacon ch. 4)",
    solution="E = ½Gb² = 0.5 × 45 × 10⁹ × (0.256 × 10⁻⁹)² = 1.47 × 10⁻⁹ J per metre of line. The psi value is the same shear modulus.",
    forms=("stated_twice", "assume_line", "per_unit", "mixed_units"),
)
def h21a_defects_09():
    """Copper has a shear modulus G = 45 GPa (6.5 × 10⁶ psi) and Burgers vector b = 0.256 nm. Estimate the elastic energy of a dislocation per metre of line.
    Assume: E ≈ ½Gb² (core energy and log factor absorbed in the ½)."""
    return 0.5 * Q_(45, "GPa") * Q_(0.256, "nm") ** 2


# ---------------------------------------------------------------- diffusion


@item(
    S,
    "diffusion",
    "m**2/s",
    "D = D0 exp(−Q_d/RT) (Callister eq. 5.8)",
    solution="T = 873.15 K. Q/RT = 87 400/(8.314 × 873.15) = 12.04; exp(−12.04) = 5.9 × 10⁻⁶. D = 1.1 × 10⁻⁶ × 5.9 × 10⁻⁶ = 6.5 × 10⁻¹² m²/s; the blank takes 6.5.",
    forms=("fixed_power_blank", "pdf_units", "one_step"),
)
def h21a_diffusion_01():
    """Carbon in alpha-iron: D0 = 1.1 x10-6 m2/s, Qd = 87.4 kJ mol-1. At 600 °C,
    D = ______ × 10⁻¹² m²/s"""
    return Q_(1.1e-6, "m**2/s") * math.exp(-num(Q_(87.4, "kJ/mol") / (R_GAS * kelvin(600))))


@item(
    S,
    "diffusion",
    "kJ/mol",
    "two-point Arrhenius: Q = R ln(D2/D1)/(1/T1 − 1/T2)",
    solution="ln(D2/D1) = (−12.9 + 14.2) ln 10 = 2.993. 1/1073.15 − 1/1273.15 = 1.4638 × 10⁻⁴ K⁻¹. Q = 8.314 × 2.993/1.4638 × 10⁻⁴ = 170 kJ/mol.",
    forms=("log_given", "blank_in_sentence", "two_step"),
)
def h21a_diffusion_02():
    """Tracer measurements of nickel in a stainless steel give log10 D = −14.2 (D in m²/s) at 800 °C and log10 D = −12.9 at 1000 °C. From these two points the activation energy is ____ kJ/mol."""
    ln_ratio = 1.3 * math.log(10)
    inv = 1 / kelvin(800) - 1 / kelvin(1000)
    return R_GAS * ln_ratio / inv


@item(
    S,
    "diffusion",
    "h",
    "Fick's second law, semi-infinite: (C_x − C_0)/(C_s − C_0) = 1 − erf(x/2√(Dt))",
    solution="(0.60 − 0.20)/(1.00 − 0.20) = 0.5 = 1 − erf z, so erf z = 0.5, z = 0.4769. t = x²/(4Dz²) = (0.8 × 10⁻³)²/(4 × 1.6 × 10⁻¹¹ × 0.2275) = 4.40 × 10⁴ s = 12.2 h.",
    forms=("tex", "time_conversion", "multi_step"),
)
def h21a_diffusion_03():
    r"""A steel gear containing $0.20$ wt% C is gas-carburized at $950\ ^{\circ}\mathrm{C}$ with the surface held at $1.00$ wt% C. The diffusivity of C in austenite at that temperature is $1.6 \times 10^{-11}\ \mathrm{m^2/s}$. How long, in hours, must it be carburized for the carbon content $0.8\ \mathrm{mm}$ below the surface to reach $0.60$ wt%?"""
    z = erfinv(1 - (0.60 - 0.20) / (1.00 - 0.20))
    x = Q_(0.8, "mm")
    return x**2 / (4 * Q_(1.6e-11, "m**2/s") * z**2)


@item(
    S,
    "diffusion",
    "mm",
    "same D: x ∝ √t",
    solution="The first run lasted 2 h 15 min = 2.25 h; the second from 08:00 to 14:30 lasts 6.5 h. x₂ = 0.50 × √(6.5/2.25) = 0.50 × 1.700 = 0.85 mm.",
    forms=("clock_time", "mixed_duration", "ratio", "story"),
)
def h21a_diffusion_04():
    """In the heat-treat shop a batch of pins was carburized for 2 h 15 min and gave an effective case depth of 0.50 mm. The next batch goes into the same furnace, same atmosphere and temperature, from 08:00 to 14:30. What case depth (mm) should be expected?"""
    t1 = Q_(2, "h") + Q_(15, "min")
    t2 = Q_(14.5 - 8.0, "h")
    return Q_(0.50, "mm") * math.sqrt(num(t2 / t1))


@item(
    S,
    "diffusion",
    "g/(m**2*h)",
    "Fick's first law, steady state J = −D ΔC/Δx",
    solution="J = D ΔC/Δx = 3 × 10⁻¹¹ × (1.2 − 0.4)/0.005 = 4.8 × 10⁻⁹ kg m⁻² s⁻¹ = 4.8 × 10⁻⁶ g m⁻² s⁻¹ × 3600 = 0.0173 g per m² per hour.",
    forms=("pdf_units", "per_unit", "unit_conversion", "one_step"),
)
def h21a_diffusion_05():
    """A 5 mm thick steel plate separates two gas atmospheres at 700 °C. Steady state has been reached with carbon concentrations of 1.2 kg/m3 and 0.4 kg/m3 at the two faces. D = 3 x10-11 m2/s. What mass of carbon passes through the plate, in grams per square metre per hour?"""
    j = Q_(3e-11, "m**2/s") * Q_(1.2 - 0.4, "kg/m**3") / Q_(5, "mm")
    return j


@item(
    S,
    "diffusion",
    "percent",
    "semi-infinite erf solution valid only while √(Dt) ≪ thickness",
    refuse="The question restricts the erf solution to diffusion distances much smaller than the sheet thickness, but √(Dt) ≈ 4 mm is far larger than the 0.2 mm sheet; the semi-infinite solution is used outside its stated validity.",
    solution="√(Dt) = √(1 × 10⁻¹⁰ × 1.8 × 10⁵) = 4.2 mm, twenty times the whole sheet thickness. The semi-infinite solution the question prescribes is invalid here (the sheet is essentially saturated, and a finite-slab solution would be needed), so the requested erf-based number must not be given.",
    forms=("refuse_validity", "tex"),
)
def h21a_diffusion_06():
    r"""A $0.2\ \mathrm{mm}$ thick low-carbon steel foil ($C_0 = 0.05$ wt% C) is carburized from both faces for 50 h with a surface concentration of 0.9 wt% C, $D = 1 \times 10^{-10}\ \mathrm{m^2/s}$. Using the semi-infinite solution $\frac{C_x - C_0}{C_s - C_0} = 1 - \mathrm{erf}\left(\frac{x}{2\sqrt{Dt}}\right)$ — which applies only while the diffusion distance $\sqrt{Dt}$ is small compared with the foil thickness — find the carbon content at the mid-plane of the foil."""
    return None


@item(
    S,
    "diffusion",
    "K",
    "equal Dt: 1/T₂ = 1/T₁ − R ln(t₁/t₂)/Q",
    solution="Same profile needs D₂t₂ = D₁t₁, so D₂/D₁ = 10. 1/T₂ = 1/773.15 − 8.314 ln 10/136 000 = 1.29341 × 10⁻³ − 1.4076 × 10⁻⁴ = 1.15265 × 10⁻³ K⁻¹, T₂ = 867.6 K = 594.4 °C, i.e. 94 K above 500 °C.",
    forms=("relative_to_reference", "inverse", "footnote_datum", "two_step"),
)
def h21a_diffusion_07():
    """A Cu-into-Al diffusion anneal gives the required profile after 10 h at 500 °C. The line manager wants the same profile in 1 h. By how many kelvin must the anneal temperature be raised above 500 °C?
    *Q for Cu in Al: 136 kJ/mol; take R = 8.314 J/(mol·K)."""
    t1 = kelvin(500)
    inv2 = 1 / t1 - Q_(8.314, "J/(mol*K)") * math.log(10) / Q_(136, "kJ/mol")
    return Q_(num((1 / inv2 - t1) / Q_(1, "K")), "K")


@item(
    S,
    "diffusion",
    "dimensionless",
    "D ratio = exp[(Q/k)(1/T₁ − 1/T₂)]",
    solution="Q/k = 2.5/8.617 × 10⁻⁵ = 29 012 K. 1/900 − 1/1100 = 2.020 × 10⁻⁴ K⁻¹. Ratio = exp(5.861) = 351.",
    forms=("by_what_factor", "ev_per_atom", "one_step"),
)
def h21a_diffusion_08():
    """The activation energy for self-diffusion in a metal is 2.5 eV/atom. By what factor does D increase when the temperature is raised from 900 K to 1100 K?"""
    return math.exp(num(Q_(2.5, "eV") / K_EV * (1 / Q_(900, "K") - 1 / Q_(1100, "K"))))


@item(
    S,
    "diffusion",
    "1/s",
    "random walk in 3-D: D = Γλ²/6 (Shewmon ch. 2)",
    solution="Γ = 6D/λ² = 6 × 5 × 10⁻¹³/(0.255 × 10⁻⁹)² = 3 × 10⁻¹²/6.50 × 10⁻²⁰ = 4.6 × 10⁷ jumps per second.",
    forms=("shewmon", "inverse", "symbol_only_ask", "where_clause"),
)
def h21a_diffusion_09():
    r"""For uncorrelated jumps on a cubic lattice, $D = \tfrac{1}{6}\Gamma\lambda^2$, where $\Gamma$ is the total jump frequency of an atom and $\lambda$ the jump distance. In an FCC metal $\lambda = 0.255$ nm and the measured diffusivity is $5 \times 10^{-13}\ \mathrm{m^2\,s^{-1}}$. Find $\Gamma$ (in s$^{-1}$)."""
    return 6 * Q_(5e-13, "m**2/s") / Q_(0.255, "nm") ** 2


# ---------------------------------------------------------------- mechanical properties


@item(
    S,
    "mechanical_properties",
    "mm",
    "Hooke's law: Δl = F l₀/(A E)",
    solution="A = π(10/2)² = 78.54 mm². Δl = F l₀/(AE) = 20 000 × 300/(78.54 × 207 000) = 0.369 mm.",
    forms=("global_units", "mixed_notation", "one_step"),
)
def h21a_mechanical_properties_01():
    """All lengths in mm. A steel tie-rod of diameter 10 and length 300 carries an axial tensile load; E = 207 GPa, ν=0.30, and the load is 20 kN. Find the elastic elongation of the rod."""
    area = math.pi * Q_(5, "mm") ** 2
    return Q_(20, "kN") * Q_(300, "mm") / (area * Q_(207, "GPa"))


@item(
    S,
    "mechanical_properties",
    "um",
    "ε_z = σ/E, ε_x = −νε_z, Δd = ε_x d₀",
    solution="A = π(6.35 mm)² = 126.7 mm²; σ = 15 000/126.7 = 118.4 MPa; ε_z = 118.4/97 000 = 1.221 × 10⁻³; ε_x = −0.34 × 1.221 × 10⁻³ = −4.15 × 10⁻⁴; Δd = −4.15 × 10⁻⁴ × 12.7 mm = −5.27 µm, i.e. it shrinks by 5.3 µm.",
    forms=("stated_twice", "sign_in_words", "multi_step", "unicode"),
)
def h21a_mechanical_properties_02():
    """A cylindrical brass specimen 12.7 mm (0.500 in.) in diameter is pulled elastically by a load of 15 000 N. For this brass E = 97 GPa and ν = 0.34. How much does the diameter shrink? Answer in µm (a positive number)."""
    d0 = Q_(12.7, "mm")
    sigma = Q_(15000, "N") / (math.pi * (d0 / 2) ** 2)
    eps_z = sigma / Q_(97, "GPa")
    return 0.34 * eps_z * d0


@item(
    S,
    "mechanical_properties",
    "dimensionless",
    "engineering strain Δl/l₀ or true strain ln(l/l₀)",
    solution="Engineering strain = (62 − 50)/50 = 0.24; true strain = ln(62/50) = 0.215. The question does not say which, and both are standard.",
    forms=("two_readings", "ascii", "one_step"),
)
def h21a_mechanical_properties_03():
    """A copper tensile bar has gauge marks 50 mm apart. After loading (before any necking) the marks are 62 mm apart. What tensile strain has the gauge length undergone?"""
    return {"engineering": (62 - 50) / 50, "true": math.log(62 / 50)}


@item(
    S,
    "mechanical_properties",
    "MPa",
    "σ_T = σ(1 + ε) up to necking (constant volume)",
    solution="σ_T = σ(1 + ε) = 450 × 1.18 = 531 MPa. The hardness and modulus are not needed.",
    forms=("distractor", "one_step", "spelled_units"),
)
def h21a_mechanical_properties_04():
    """During a tensile test of an aluminium bronze (Vickers hardness 210, modulus 120 gigapascals), the engineering stress is 450 megapascals at an engineering strain of 0.18, which is before the onset of necking. What is the true stress at this point, in megapascals?"""
    return Q_(450, "MPa") * (1 + 0.18)


@item(
    S,
    "mechanical_properties",
    "dimensionless",
    "Hollomon σ_T = K ε_T^n solved for ε_T",
    decimals=2,
    solution="ε_T = (σ_T/K)^(1/n) = (650/900)^(1/0.22) = 0.7222^4.545 = 0.228, i.e. 0.23.",
    forms=("gate_style", "inverse", "rounding"),
)
def h21a_mechanical_properties_05():
    """The flow curve of an annealed steel obeys σ_T = K ε_T^n with K = 900 MPa and n = 0.22. The true plastic strain required to raise the true stress to 650 MPa is ______ (rounded off to two decimal places)."""
    return (650 / 900) ** (1 / 0.22)


@item(
    S,
    "mechanical_properties",
    "ksi",
    "steels: TS(psi) ≈ 500 × HB, TS(MPa) ≈ 3.45 × HB (Callister eq. 6.20)",
    solution="TS ≈ 500 × HB psi = 500 × 250 = 125 000 psi = 125 ksi (≈ 3.45 × 250 = 862 MPa).",
    forms=("us_units", "known_datum_not_given", "estimate"),
)
def h21a_mechanical_properties_06():
    """A quenched-and-tempered 4140 steel shaft reads 250 HB. Estimate its tensile strength in ksi using the usual hardness–strength correlation for steels."""
    return Q_(500 * 250, "psi")


@item(
    S,
    "mechanical_properties",
    "dimensionless",
    "Ashby: light stiff tie, index M = E/ρ",
    solution="E/ρ (GPa per Mg/m³): steel 210/7.8 = 26.9, Al 70/2.7 = 25.9, Ti 115/4.5 = 25.6, CFRP 150/1.6 = 93.8. CFRP is best; 93.8/26.9 = 3.48 times steel.",
    forms=("table_with_units", "selection", "ashby", "by_what_factor"),
)
def h21a_mechanical_properties_07():
    """For a light, stiff tie of given length and stiffness the index to maximise is E/ρ. Candidates:
    | material | E (GPa) | ρ (Mg/m³) | cost ($/kg) |
    | steel    | 210     | 7.8       | 0.8 |
    | Al alloy | 70      | 2.7       | 2.5 |
    | Ti alloy | 115     | 4.5       | 20  |
    | CFRP     | 150     | 1.6       | 40  |
    By what factor does the best candidate's index exceed that of steel?"""
    steel = 210 / 7.8
    best = max(210 / 7.8, 70 / 2.7, 115 / 4.5, 150 / 1.6)
    return best / steel


@item(
    S,
    "mechanical_properties",
    "kJ/m**3",
    "modulus of resilience U_r = σ_y²/(2E)",
    solution="U_r = σ_y²/(2E) = (1100 × 10⁶)²/(2 × 200 × 10⁹) = 3.025 × 10⁶ J/m³ = 3025 kJ/m³.",
    forms=("comma_thousands", "per_unit", "one_step"),
)
def h21a_mechanical_properties_08():
    """A spring steel has a yield strength of 1,100 MPa and E = 200 GPa. Compute its modulus of resilience in kJ per cubic metre."""
    return Q_(1100, "MPa") ** 2 / (2 * Q_(200, "GPa"))


@item(
    S,
    "mechanical_properties",
    "mm",
    "Hooke's law holds only below yield",
    refuse="The applied stress (310 MPa) exceeds the stated yield strength (250 MPa), so Hooke's law, which the question says applies only below yield, cannot give the elongation; the stress–strain curve beyond yield is not given.",
    solution="σ = 310 MPa > σ_y = 250 MPa: the bar yields, and its total elongation depends on the plastic part of the curve, which is not given. Δl = σl/E would be the wrong answer.",
    forms=("refuse_validity", "tex"),
)
def h21a_mechanical_properties_09():
    r"""An aluminium alloy bar ($E = 70\ \mathrm{GPa}$, $\sigma_y = 250\ \mathrm{MPa}$, length $400\ \mathrm{mm}$) is loaded in tension to a nominal stress of $310\ \mathrm{MPa}$. Using Hooke's law, which is valid only in the elastic region, compute the elongation of the bar under load in mm."""
    return None


# ---------------------------------------------------------------- failure


@item(
    S,
    "failure",
    "MPa",
    "σ_c = K_IC/(Y√(πa))",
    solution="σ_c = K_IC/(Y√(πa)) = 50/(1.0 × √(π × 0.0025)) = 50/0.08862 = 564 MPa. The yield strength (1 400 MPa) is higher, so fracture governs.",
    forms=("symbol_only_ask", "spaced_thousands", "one_step"),
)
def h21a_failure_01():
    """A high-strength steel plate (σ_y = 1 400 MPa, K_IC = 50 MPa·m^1/2) contains an internal crack of total length 5.0 mm. With Y = 1.0, find σ_c."""
    a = Q_(5.0, "mm") / 2
    return Q_(50, "MPa*m**0.5") / (math.pi * a) ** 0.5


@item(
    S,
    "failure",
    "mm",
    "a_c = (1/π)(K_IC/(Yσ))²",
    solution="Design stress = 80 000/2 = 40 ksi. a_c = (1/π)(26/(1.1 × 40))² = (1/π)(0.5909)² = 0.1111 in. = 2.82 mm.",
    forms=("us_units", "mixed_units", "comma_thousands", "maximum_allowable", "two_step"),
)
def h21a_failure_02():
    """A component is made of an alloy with yield strength 80,000 psi and plane-strain fracture toughness 26 ksi·in.^1/2. It is designed to operate at half the yield strength. Taking Y = 1.1, what is the maximum allowable surface crack length? Give the answer in millimetres."""
    sigma = Q_(80000, "psi") / 2
    k = Q_(26, "ksi*inch**0.5")
    ac = (k / (1.1 * sigma)) ** 2 / math.pi
    return ac


@item(
    S,
    "failure",
    "MPa",
    "Griffith: σ_c = √(2Eγ_s/(πa)); the longest crack governs",
    solution="The longest internal crack (2a = 3 µm, a = 1.5 µm) gives the minimum strength: σ_c = √(2 × 69 × 10⁹ × 0.30/(π × 1.5 × 10⁻⁶)) = √(8.79 × 10¹⁵) = 93.7 MPa.",
    forms=("range_given", "minimum", "unicode"),
)
def h21a_failure_03():
    """Silica glass (E = 69 GPa, specific surface energy 0.30 J/m²) contains internal microcracks whose total lengths lie between 2 and 3 µm. Estimate the minimum fracture strength of the glass, in MPa, using Griffith's relation."""
    a = Q_(3, "um") / 2
    return (2 * Q_(69, "GPa") * Q_(0.30, "J/m**2") / (math.pi * a)) ** 0.5


@item(
    S,
    "failure",
    "dimensionless",
    "Basquin: σ_a = σ_f'(2N_f)^b",
    rel_tol=0.04,
    solution="σ_a = (σ_max − σ_min)/2 = (350 − (−250))/2 = 300 MPa. 2N_f = (300/900)^(1/−0.09) = 3^11.11 = 2.0 × 10⁵ reversals, so N_f ≈ 1.0 × 10⁵ cycles.",
    forms=("sign_convention", "count", "assume_line", "two_step"),
)
def h21a_failure_04():
    """A steel axle sees a stress cycle from +350 MPa to −250 MPa (compression negative). The fatigue strength coefficient is σ_f' = 900 MPa and the Basquin exponent b = −0.09. Assume the mean stress has no effect. How many cycles to failure?"""
    sa = (350 - (-250)) / 2
    reversals = (sa / 900) ** (1 / -0.09)
    return reversals / 2


@item(
    S,
    "failure",
    "dimensionless",
    "Paris law da/dN = C(ΔK)^m integrated from a₀ to a_c = (1/π)(K_IC/σ_max)²",
    rel_tol=0.03,
    solution="a_c = (1/π)(60/180)² = 0.03537 m. For m = 3: N = 2(a₀^−½ − a_c^−½)/(C(Δσ√π)³) = 2(31.62 − 5.32)/(10⁻¹² × (180 × 1.7725)³) = 52.61/(3.247 × 10⁻⁵) = 1.62 × 10⁶ cycles.",
    forms=("paris_law", "multi_step", "count", "where_clause"),
)
def h21a_failure_05():
    """A wide plate with a 1.0 mm edge crack is cycled between 0 and 180 MPa. Crack growth follows da/dN = C (ΔK)^m, where C = 1.0 × 10⁻¹² (da/dN in m/cycle, ΔK in MPa√m), m = 3, and ΔK = Δσ√(πa) (take Y = 1). K_IC = 60 MPa√m. Estimate the number of cycles to failure."""
    ac = (60 / 180) ** 2 / math.pi
    a0 = 1.0e-3
    return 2 * (a0**-0.5 - ac**-0.5) / (1e-12 * (180 * math.sqrt(math.pi)) ** 3)


@item(
    S,
    "failure",
    "h",
    "Larson–Miller: LMP = T(C + log t_r), C = 20, t in h",
    solution="LMP = 873.15 × (20 + log 1000) = 873.15 × 23 = 20 082. At 923.15 K: log t_r = 20 082/923.15 − 20 = 1.754, t_r = 56.8 h.",
    forms=("larson_miller", "two_step", "comma_thousands"),
)
def h21a_failure_06():
    """A Cr–Mo steel pipe ruptures after 1,000 h at 600 °C under a given stress. Using the Larson–Miller parameter with C = 20 (t in hours, T in kelvin), estimate the rupture life at the same stress if the temperature is raised to 650 °C."""
    lmp = num(kelvin(600) / Q_(1, "K")) * (20 + math.log10(1000))
    return Q_(10 ** (lmp / num(kelvin(650) / Q_(1, "K")) - 20), "h")


@item(
    S,
    "failure",
    "1/h",
    "ε̇ = Aσⁿ exp(−Q_c/RT) needs Q_c for a temperature change",
    refuse="The creep rate at a new temperature requires the creep activation energy, which is not given (the stress exponent only helps for a stress change).",
    solution="At constant stress ε̇₂/ε̇₁ = exp[−(Q_c/R)(1/T₂ − 1/T₁)]; Q_c is not given and is not a standard datum for this proprietary alloy, so the rate at 760 °C cannot be determined. n = 5 is irrelevant here.",
    forms=("refuse_missing_datum", "story", "distractor"),
)
def h21a_failure_07():
    """Creep tests on a proprietary nickel superalloy at 700 °C and 150 MPa give a steady-state creep rate of 2.5 × 10⁻⁷ h⁻¹; the stress exponent from tests at 700 °C is n = 5. Estimate the steady-state creep rate at 760 °C and the same 150 MPa."""
    return None


@item(
    S,
    "failure",
    "dimensionless",
    "power-law creep ε̇ ∝ σⁿ at constant T",
    solution="ε̇₂/ε̇₁ = 2^4.5 = 22.6.",
    forms=("numbers_in_words", "by_what_factor", "one_step"),
)
def h21a_failure_08():
    """In the power-law creep regime a stainless steel has a stress exponent of four and a half. If the applied stress is doubled at constant temperature, by what factor does the steady-state creep rate increase?"""
    return 2**4.5


# ---------------------------------------------------------------- phase diagrams


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "lever rule W_L = (C_α − C₀)/(C_α − C_L)",
    solution="W_L = (43 − 35)/(43 − 32) = 8/11 = 0.727.",
    forms=("fraction_not_percent", "table_with_units", "one_step"),
)
def h21a_phase_diagrams_01():
    """A Cu–35 wt% Ni alloy is held at 1250 °C in the α + L field. The tie line at that temperature gives:
    | phase | Ni (wt%) |
    | L     | 32       |
    | α     | 43       |
    What mass fraction of the alloy is liquid? Give it as a fraction, not a percent."""
    return (43 - 35) / (43 - 32)


@item(
    S,
    "phase_diagrams",
    "percent",
    "lever rule at T_E + ΔT for the proeutectic α",
    solution="Just below 183 °C the primary α fraction equals the α fraction just above the eutectic: W_α' = (61.9 − 40)/(61.9 − 18.3) = 21.9/43.6 = 0.502 = 50.2 %.",
    forms=("as_percentage", "data_line", "one_step"),
)
def h21a_phase_diagrams_02():
    """Data: Pb–Sn eutectic at 183 °C and 61.9 wt% Sn; at 183 °C the Pb-rich α holds 18.3 wt% Sn and the Sn-rich β 97.8 wt% Sn.
    A Pb–40 wt% Sn solder is cooled slowly to just below 183 °C. What percentage of its mass is primary (proeutectic) α?"""
    return Q_((61.9 - 40) / (61.9 - 18.3), "dimensionless").to("percent")


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "lever rule across the α + β tie line at 183 °C",
    solution="Total α = (97.8 − 40)/(97.8 − 18.3) = 57.8/79.5 = 0.727.",
    forms=("multi_part_middle", "explanation_part", "one_step"),
)
def h21a_phase_diagrams_03():
    """Problems 4–6 use the following data: Pb–Sn system, eutectic 183 °C; α contains 18.3 wt% Sn, the eutectic liquid 61.9 wt% Sn and β 97.8 wt% Sn at that temperature.
    For a Pb–40 wt% Sn alloy at 182 °C:
    4. Sketch the microstructure and label the constituents.
    5. Calculate the total mass fraction of the α phase (both proeutectic and eutectic α).
    6. Explain why the eutectic forms a lamellar structure."""
    return (97.8 - 40) / (97.8 - 18.3)


@item(
    S,
    "phase_diagrams",
    "g/kg",
    "Fe–Fe₃C: W_α' = (0.76 − C₀)/(0.76 − 0.022)",
    solution="Using eutectoid 0.76 wt% C and ferrite 0.022 wt% C: W_α' = (0.76 − 0.35)/(0.76 − 0.022) = 0.41/0.738 = 0.556, i.e. 556 g of proeutectoid ferrite per kg of steel.",
    forms=("known_datum_not_given", "per_unit", "unit_conversion"),
)
def h21a_phase_diagrams_04():
    """A plain carbon steel with 0.35 wt% C is slowly cooled from the austenite field to just below the eutectoid temperature. How many grams of proeutectoid ferrite form per kilogram of steel?"""
    return Q_((0.76 - 0.35) / (0.76 - 0.022) * 1000, "g/kg")


@item(
    S,
    "phase_diagrams",
    "percent",
    "Fe–Fe₃C: W_Fe₃C' = (C₀ − 0.76)/(6.70 − 0.76), solved for C₀",
    decimals=2,
    solution="Using eutectoid 0.76 wt% C and cementite 6.70 wt% C: C₀ = 0.76 + 0.060 × (6.70 − 0.76) = 0.76 + 0.356 = 1.12 wt% C.",
    forms=("inverse", "known_datum_not_given", "rounding"),
)
def h21a_phase_diagrams_05():
    """Metallography of a slowly cooled plain carbon steel shows that proeutectoid cementite makes up 6.0 % of its mass. What is the carbon content of the steel, in wt% C, to two decimal places?"""
    return Q_(0.76 + 0.060 * (6.70 - 0.76), "percent")


@item(
    S,
    "phase_diagrams",
    "percent",
    "at% → wt%: w_Ag = x_Ag A_Ag/(x_Ag A_Ag + x_Cu A_Cu)",
    solution="With A(Ag) = 107.87 and A(Cu) = 63.55 g/mol: w_Ag = 20 × 107.87/(20 × 107.87 + 80 × 63.55) = 2157.4/7241.4 = 29.8 wt% Ag.",
    forms=("older_notation", "known_datum_not_given", "unit_conversion"),
)
def h21a_phase_diagrams_06():
    """The Cu–Ag phase diagram in the handbook is plotted in w/o, but the alloy in our lab notebook is recorded as Cu–20 a/o Ag. What is its composition in w/o Ag?"""
    num_ag = 20 * 107.87
    return Q_(num_ag / (num_ag + 80 * 63.55) * 100, "percent")


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "lever rule needs C_L ≤ C₀ ≤ C_α",
    refuse="The givens contradict each other: an alloy of 55 wt% Ni cannot lie in the α + L field whose tie line runs from 32 to 43 wt% Ni; the lever rule would give a negative fraction.",
    solution="For the alloy to be two-phase, C₀ must lie between C_L = 32 and C_α = 43 wt% Ni. 55 wt% lies outside, so W_L = (43 − 55)/(43 − 32) = −1.09 is meaningless; the data are inconsistent.",
    forms=("refuse_contradiction", "unicode"),
)
def h21a_phase_diagrams_07():
    """A Cu–55 wt% Ni alloy is held at 1250 °C, where it is said to consist of liquid and α. The tie line at 1250 °C ends at 32 wt% Ni (liquidus) and 43 wt% Ni (solidus). Compute the mass fraction of liquid."""
    return None


@item(
    S,
    "phase_diagrams",
    "g",
    "lever rule for the eutectic microconstituent: W_e = (C₀ − C_α)/(C_E − C_α)",
    solution="W_e = W_L just above 183 °C = (25 − 18.3)/(61.9 − 18.3) = 6.7/43.6 = 0.154. Mass of eutectic = 0.154 × 2.0 kg = 0.307 kg = 307 g.",
    forms=("preamble_data", "two_step", "unit_conversion"),
)
def h21a_phase_diagrams_08():
    """(Same Pb–Sn data as the previous problems: α 18.3 wt% Sn, eutectic 61.9 wt% Sn, β 97.8 wt% Sn at 183 °C.)
    A 2.0 kg ingot of Pb–25 wt% Sn is cooled to 182 °C. How many grams of eutectic microconstituent does it contain?"""
    return Q_((25 - 18.3) / (61.9 - 18.3), "dimensionless") * Q_(2.0, "kg")


# ---------------------------------------------------------------- transformations & kinetics


@item(
    S,
    "transformations_kinetics",
    "s",
    "Avrami y = 1 − exp(−kt^n)",
    solution="k = ln 2/100^2.5 = 6.93 × 10⁻⁶ s^−2.5. For y = 0.90: t = (ln 10/k)^(1/2.5) = (3.322 × 10⁵)^0.4 = 162 s.",
    forms=("two_step", "inverse", "ascii"),
)
def h21a_transformations_kinetics_01():
    """An isothermal transformation obeys the Avrami equation with n = 2.5 and is half complete after 100 s. How long (s) does it take to reach 90 % transformed?"""
    k = math.log(2) / 100**2.5
    return Q_((math.log(10) / k) ** (1 / 2.5), "s")


@item(
    S,
    "transformations_kinetics",
    "nm",
    "homogeneous nucleation r* = 2γT_m/(ΔH_f ΔT)",
    solution="T_m = 1085 °C = 1358 K. r* = 2 × 0.177 × 1358/(1.88 × 10⁹ × 250) = 480.7/4.70 × 10¹¹ = 1.02 × 10⁻⁹ m = 1.02 nm.",
    forms=("symbol_only_ask", "temperature_change", "known_datum_not_given"),
)
def h21a_transformations_kinetics_02():
    """Liquid copper is cooled 250 K below its melting point before it nucleates homogeneously. Take γ = 0.177 J/m² and a latent heat of fusion of 1.88 × 10⁹ J/m³. What is r* (in nm)?"""
    tm = kelvin(1085)
    return 2 * Q_(0.177, "J/m**2") * tm / (Q_(1.88e9, "J/m**3") * Q_(250, "K"))


@item(
    S,
    "transformations_kinetics",
    "eV",
    "ΔG* = 16πγ³T_m²/(3ΔH_f²ΔT²)",
    solution="T_m = 1455 + 273 = 1728 K. ΔG* = 16π × 0.255³ × 1728²/(3 × (2.53 × 10⁹)² × 319²) = 2.489 × 10⁶/1.954 × 10²⁴ = 1.274 × 10⁻¹⁸ J; divided by 1.602 × 10⁻¹⁹ J/eV this is 7.95 eV.",
    forms=("symbol_only_ask", "bracket_unit", "where_clause"),
)
def h21a_transformations_kinetics_03():
    r"""For homogeneous solidification of nickel, $\Delta G^* = \dfrac{16\pi\gamma^3 T_m^2}{3\,\Delta H_f^2\,(\Delta T)^2}$, where $\gamma = 0.255\ \mathrm{J/m^2}$ is the solid–liquid interfacial energy, $\Delta H_f = 2.53\times10^{9}\ \mathrm{J/m^3}$ the latent heat, $T_m = 1455\ ^{\circ}\mathrm{C}$ and $\Delta T = 319$ K the undercooling. What is ΔG*? [eV]"""
    tm = kelvin(1455)
    g = Q_(0.255, "J/m**2")
    dh = Q_(2.53e9, "J/m**3")
    dt = Q_(319, "K")
    return 16 * math.pi * g**3 * tm**2 / (3 * dh**2 * dt**2)


@item(
    S,
    "transformations_kinetics",
    "h",
    "thermally activated rate: t₂ = t₁ exp[(Q/R)(1/T₂ − 1/T₁)]",
    solution="1/573.15 − 1/623.15 = 1.4000 × 10⁻⁴ K⁻¹; × 180 000/8.314 = 3.031; e^3.031 = 20.7. t = 80 min × 20.7 = 1657 min = 27.6 h.",
    forms=("time_conversion", "two_step", "named_unit"),
)
def h21a_transformations_kinetics_04():
    """Cold-worked brass recrystallizes 95 % in 80 min at 350 °C. If the process has an activation energy of 180 kJ/mol, how long would the same degree of recrystallization take at 300 °C? Express the time in hours."""
    inv = 1 / kelvin(300) - 1 / kelvin(350)
    return Q_(80, "min") * math.exp(num(Q_(180, "kJ/mol") / R_GAS * inv))


@item(
    S,
    "transformations_kinetics",
    "um",
    "parabolic grain growth d² − d₀² = Kt",
    solution="K = (25² − 10²)/30 min = 17.5 µm²/min. 1.5 days = 2160 min: d² = 100 + 17.5 × 2160 = 37 900 µm², d = 195 µm.",
    forms=("mixed_duration", "two_step", "unicode"),
)
def h21a_transformations_kinetics_05():
    """A recrystallized brass has a grain diameter of 10 µm. After 30 min at 600 °C the mean grain diameter is 25 µm. Assuming d² − d₀² = Kt, what will it be after 1.5 days at the same temperature (µm)?"""
    k = (Q_(25, "um") ** 2 - Q_(10, "um") ** 2) / Q_(30, "min")
    return (Q_(10, "um") ** 2 + k * Q_(1.5, "day")) ** 0.5


@item(
    S,
    "transformations_kinetics",
    "s",
    "Avrami: t_y = t_½ (ln(1/(1−y))/ln 2)^(1/n)",
    solution="t_0.99 = 40 × (ln 100/ln 2)^(1/2) = 40 × 6.644^0.5 = 40 × 2.578 = 103 s.",
    forms=("chat", "list_givens", "one_step"),
)
def h21a_transformations_kinetics_06():
    """quick check — pearlite at 650 °C in our eutectoid steel:
    - 50 % transformed at 40 s
    - Avrami exponent n = 2
    how long (s) until it's 99 % done?"""
    return Q_(40 * (math.log(100) / math.log(2)) ** 0.5, "s")


@item(
    S,
    "transformations_kinetics",
    "percent",
    "Avrami y = 1 − exp(−kt^n)",
    solution="kt^n = 3.2 × 10⁻⁵ × 120² = 0.4608; y = 1 − e^−0.4608 = 0.369 = 36.9 %.",
    forms=("e_notation", "as_percentage", "one_step"),
)
def h21a_transformations_kinetics_07():
    """The transformed fraction of austenite follows y = 1 - exp(-k t^n) with k = 3.2E-5 s^-2 and n = 2. What fraction has transformed after 2 minutes? (as a percentage)"""
    y = 1 - math.exp(-3.2e-5 * 120**2)
    return Q_(y, "dimensionless").to("percent")


@item(
    S,
    "transformations_kinetics",
    "kJ/mol",
    "rate = 1/t_½ ∝ exp(−Q/RT); Q = R ln(t₁/t₂)/(1/T₁ − 1/T₂)",
    solution="t₁ = 2 h 15 min = 135 min at 673.15 K, t₂ = 12 min at 723.15 K. ln(135/12) = 2.420. 1/673.15 − 1/723.15 = 1.0271 × 10⁻⁴ K⁻¹. Q = 8.314 × 2.420/1.0271 × 10⁻⁴ = 196 kJ/mol.",
    forms=("mixed_duration", "footnote_datum", "inverse", "two_step"),
)
def h21a_transformations_kinetics_08():
    """Half-recrystallization times for a cold-rolled aluminium alloy: 2 h 15 min at 400 °C and 12 min at 450 °C. Treating the rate (1/t½) as thermally activated, find the activation energy in kJ/mol.*
    *take R = 8.314 J/(mol·K)"""
    inv = 1 / kelvin(400) - 1 / kelvin(450)
    return Q_(8.314, "J/(mol*K)") * math.log(135 / 12) / inv
