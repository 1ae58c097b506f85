"""Set heldout24 (set Y), first half: 60 questions over seven topics of a qualifying exam.

Topics: crystallography & X-ray diffraction, defects, diffusion, mechanical properties, failure,
phase diagrams, transformations & kinetics. Written blind: the writer read only the registry
(``exam_items.py``), the shared quantities (``exam_quantities.py``) and the head of one earlier item
file for its layout; not the answer engine, the checker, the solver or the questions of earlier
sets. Each key is computed in the body with pint quantities or plain math; ``solution`` is the
worked solution in words, ``forms`` says how the text is written. A question with two standard
readings returns a dict of them (primary first); one that must be refused returns None and says
why in ``refuse=``. New for set Y: multi-part questions "(a) … (b) … (c) …" keyed on the part the
question names, data in markdown tables and CSV-like lines, US customary units (psi, ksi, in., ft,
lbf, °F, lb), LaTeX (``\\SI{}{}``, ``\\frac``, ``\\text``, ``\\cdot 10^{}``), plain-text exponents
("1.6e-11 m2/s", "cm^2/s"), values with an uncertainty ("3.52 ± 0.02 Å"), units spelled in words,
the ask first and the data after, lab-notebook / forum / e-mail voices with chatter and an
irrelevant number, "how many times larger" / "what fraction of" / "ratio of X to Y" asks, and
answers asked in a unit other than the givens'.
"""

from __future__ import annotations

import math
from typing import Any

from exam_items import item
from exam_quantities import AVOGADRO, C0, K_BOLTZ, Q_, R_GAS, H, kelvin, num
from scipy.special import erf, erfinv

S = "heldout24"

K_EV = K_BOLTZ.to("eV/K")


def bragg_two_theta(d: Any, wavelength: Any) -> Any:
    """First-order Bragg angle 2θ (pint degrees) for spacing ``d`` and ``wavelength`` (pint lengths)."""
    return Q_(2 * math.degrees(math.asin(num(wavelength / (2 * d)))), "degree")


def fahrenheit(deg_f: float) -> Any:
    """A Fahrenheit reading as an absolute temperature in K."""
    return kelvin((deg_f - 32.0) * 5.0 / 9.0)


# ---------------------------------------------------------------- crystallography & X-ray diffraction


@item(
    S,
    "crystallography_xrd",
    "nm",
    "interplanar spacing d_hkl = a/√(h²+k²+l²) (Cullity ch. 3; Callister eq. 3.14)",
    solution="Part (b): for a cubic lattice d_111 = a/√3 = 3.52 Å/1.7321 = 2.0323 Å; the uncertainty is not needed for the value. In nm, d_111 = 0.2032 nm.",
    forms=("multi_part", "uncertainty", "answer_unit_other", "one_step"),
)
def h24a_crystallography_xrd_01():
    """Nickel is FCC with a lattice parameter of 3.52 ± 0.02 Å.
    (a) What is the atomic radius of Ni?
    (b) What is the spacing of the (111) planes?
    (c) At what 2θ does the (111) reflection appear with Cu Kα radiation (λ = 1.5406 Å)?
    Answer part (b) only, in nanometres."""
    a = Q_(3.52, "angstrom")
    return a / math.sqrt(3)


@item(
    S,
    "crystallography_xrd",
    "pm",
    "ρ = nA/(V_C N_A) solved for a, then BCC a√3 = 4R (Callister eqs. 3.4, 3.8)",
    solution="BCC: n = 2. a³ = 2 × 95.94/(10.22 × 6.022 × 10²³) = 3.118 × 10⁻²³ cm³, so a = 3.147 × 10⁻⁸ cm = 0.3147 nm. R = a√3/4 = 0.1363 nm = 136.3 pm.",
    forms=("markdown_table", "inverse", "multi_step", "answer_unit_other"),
)
def h24a_crystallography_xrd_02():
    """Estimate the atomic radius of molybdenum, in picometres, from the data below.

    | quantity | value |
    |---|---|
    | crystal structure | BCC |
    | density | 10.22 g/cm³ |
    | atomic weight | 95.94 g/mol |"""
    a3 = 2 * Q_(95.94, "g/mol") / (Q_(10.22, "g/cm**3") * AVOGADRO)
    a = a3 ** (1 / 3)
    return a * math.sqrt(3) / 4


@item(
    S,
    "crystallography_xrd",
    "angstrom**3",
    "HCP cell volume: hexagonal prism V = (3√3/2)a²c with 6 atoms (Callister §3.4, problem 3.x); primitive cell V = (√3/2)a²c with 2 atoms (Kittel ch. 1)",
    solution="The conventional HCP cell of Callister is the hexagonal prism: base area (3√3/2)a² = 2.598 × 2.951² = 22.63 Å², times c = 4.686 Å gives 106.0 Å³ (6 atoms). Crystallographers often mean the primitive rhombic-prism cell, (√3/2)a²c = 35.34 Å³ (2 atoms), one third of it.",
    forms=("two_readings", "answer_unit_other", "one_step", "textbook"),
)
def h24a_crystallography_xrd_03():
    """α-Titanium is hexagonal close-packed with a = 0.2951 nm and c = 0.4686 nm. Compute the volume of its unit cell in Å^3."""
    a = Q_(0.2951, "nm")
    c = Q_(0.4686, "nm")
    prism = 3 * math.sqrt(3) / 2 * a**2 * c
    primitive = math.sqrt(3) / 2 * a**2 * c
    return {"hexagonal prism (6 atoms)": prism, "primitive cell (2 atoms)": primitive}


@item(
    S,
    "crystallography_xrd",
    "angstrom",
    "BCC reflection rule h+k+l even (110, 200, 211, ...); Bragg's law and d = a/√(h²+k²+l²) (Cullity ch. 10)",
    solution="For BCC the allowed reflections are those with h+k+l even: 110, 200, 211, so the third peak is (211), h²+k²+l² = 6. θ = 41.15°, sin θ = 0.6582; d = 1.5406/(2 × 0.6582) = 1.1703 Å; a = d√6 = 2.867 Å.",
    forms=("voice_notebook", "chatter", "distractor", "inverse", "known_datum", "multi_step"),
)
def h24a_crystallography_xrd_04():
    """Lab notebook, 14 March — diffractometer finally back from service (took 3 weeks!). Sample #7, 2.31 g of filings, known to be a BCC metal. Cu Kα, λ = 1.5406 Å. Peaks at 44.7°, 65.0° and 82.3° (2θ). Used the third peak to get the lattice parameter — what value, in Å, should I have written down?"""
    theta = math.radians(82.3 / 2)
    d = Q_(1.5406, "angstrom") / (2 * math.sin(theta))
    return d * math.sqrt(6)


@item(
    S,
    "crystallography_xrd",
    "1/nm**2",
    "planar density of BCC (110): 2 atoms on an a × a√2 rectangle (Callister §3.11)",
    solution="The (110) plane of a BCC cell is a rectangle a by a√2 holding 4 × ¼ + 1 = 2 atoms. PD = 2/(√2 a²) = √2/a² = 1.4142/(0.3165 nm)² = 14.12 atoms/nm².",
    forms=("ask_first", "answer_unit_other", "one_step", "textbook"),
)
def h24a_crystallography_xrd_05():
    """Find the planar density of the (110) plane, in atoms per square nanometre, for tungsten (BCC, a = 3.165 Å)."""
    a = Q_(3.165, "angstrom")
    return 2 / (math.sqrt(2) * a**2)


@item(
    S,
    "crystallography_xrd",
    "1/nm",
    "planar density is atoms per unit area (Callister §3.11)",
    refuse="A planar density has the dimension of 1/area; it cannot be expressed in atoms per nanometre (a linear density), so the asked unit has the wrong dimension.",
    solution="Planar density counts atoms per unit area of a plane, so its unit is atoms/nm², not atoms/nm; the question asks for a unit of the wrong dimension and cannot be answered as posed.",
    forms=("must_refuse", "wrong_dimension", "textbook"),
)
def h24a_crystallography_xrd_06():
    """Aluminium is FCC with a = 4.05 Å. Calculate the planar density of the (110) plane, expressed in atoms per nanometre."""
    return None


@item(
    S,
    "crystallography_xrd",
    "dimensionless",
    "FCC a = 2R√2 (Callister eq. 3.1); cells = V/a³",
    rel_tol=0.03,
    solution="FCC: a = 2R√2 = 2 × 0.128 × 1.4142 = 0.3620 nm, a³ = 0.04745 nm³. 1 in.³ = 16.387 cm³ = 1.6387 × 10²² nm³. Number of cells = 1.6387 × 10²²/0.04745 = 3.45 × 10²³.",
    forms=("us_customary", "count", "two_step", "answer_unit_other"),
)
def h24a_crystallography_xrd_07():
    """Copper is FCC with an atomic radius of 0.128 nm. How many unit cells are there in a cube of copper 1 in. on a side?"""
    a = 2 * math.sqrt(2) * Q_(0.128, "nm")
    return num(Q_(1, "inch") ** 3 / a**3)


@item(
    S,
    "crystallography_xrd",
    "degree",
    "λ = hc/E; Bragg's law with d_400 = a/4 (Cullity ch. 1, 3); diamond-cubic Si",
    solution="λ = hc/E = 12.398 keV·Å/17.48 keV = 0.7093 Å. d_400 = 5.431/4 = 1.3578 Å. sin θ = 0.7093/(2 × 1.3578) = 0.2612, θ = 15.14°, so 2θ = 30.28°.",
    forms=("latex", "multi_step", "distractor"),
)
def h24a_crystallography_xrd_08():
    r"""A silicon wafer ($a = \SI{5.431}{\angstrom}$, thickness $\SI{525}{\micro\metre}$) is examined with Mo K$\alpha$ X-rays of photon energy $E = \SI{17.48}{\kilo\electronvolt}$. At what diffraction angle $2\theta$ (in degrees) does the $(4\,0\,0)$ reflection appear?"""
    lam = H * C0 / Q_(17.48, "keV")
    d = Q_(5.431, "angstrom") / 4
    return bragg_two_theta(d, lam)


# ---------------------------------------------------------------- defects


@item(
    S,
    "defects",
    "dimensionless",
    "N_v/N = exp(−Q_v/RT) per mole (Callister eq. 4.1)",
    solution="T = 1000 °C = 1273.15 K; RT = 8.314 × 1273.15 = 10 586 J/mol. Q_v/RT = 86 800/10 586 = 8.200. N_v/N = exp(−8.200) = 2.75 × 10⁻⁴.",
    forms=("ask_first", "units_in_words", "fraction_of", "one_step"),
)
def h24a_defects_01():
    """What fraction of the lattice sites are vacant at 1000 °C? The energy for vacancy formation in the metal is 86.8 kilojoules per mole."""
    return math.exp(-num(Q_(86.8, "kJ/mol") / (R_GAS * kelvin(1000))))


@item(
    S,
    "defects",
    "eV",
    "N_v ∝ exp(−Q_v/kT): Q_v = k ln(ratio)/(1/T₁ − 1/T₂) (Callister eq. 4.1)",
    solution="ln 5.0 = Q_v/k × (1/700 − 1/800) = Q_v/k × 1.786 × 10⁻⁴ K⁻¹. Q_v = 8.617 × 10⁻⁵ × 1.6094/1.786 × 10⁻⁴ = 0.777 eV.",
    forms=("voice_forum", "chatter", "inverse", "ratio"),
)
def h24a_defects_02():
    """Hi all, quick sanity check for my thesis chapter. Positron lifetime data on our metal show the equilibrium vacancy concentration goes up by a factor of 5.0 between 700 K and 800 K. My supervisor says I should be able to pull the vacancy formation energy out of that alone. What is it, in eV? Thanks!!"""
    ratio = 5.0
    inv = Q_(1 / 700 - 1 / 800, "1/K")
    return K_EV * math.log(ratio) / inv


@item(
    S,
    "defects",
    "1/m**3",
    "N = N_Aρ/A and N_v = N exp(−Q_v/kT) (Callister eqs. 4.1, 4.2, example 4.1)",
    rel_tol=0.03,
    solution="N = 6.022 × 10²³ × 2.70/26.98 = 6.027 × 10²² atoms/cm³ = 6.027 × 10²⁸ m⁻³. kT = 8.617 × 10⁻⁵ × 773.15 = 0.06662 eV; exp(−0.75/0.06662) = 1.29 × 10⁻⁵. N_v = 7.78 × 10²³ vacancies per m³. The melting point is not needed.",
    forms=("markdown_table", "distractor", "two_step"),
)
def h24a_defects_03():
    """Calculate the number of vacancies per cubic metre in aluminium at 500 °C.

    | quantity | value |
    |---|---|
    | density | 2.70 g/cm³ |
    | atomic weight | 26.98 g/mol |
    | vacancy formation energy | 0.75 eV/atom |
    | melting point | 660 °C |"""
    n_sites = AVOGADRO * Q_(2.70, "g/cm**3") / Q_(26.98, "g/mol")
    frac = math.exp(-num(Q_(0.75, "eV") / (K_BOLTZ * kelvin(500))))
    return n_sites * frac


@item(
    S,
    "defects",
    "dimensionless",
    "ASTM grain size N = 2^(n−1) at 100×, N_M = N(100/M)² (Callister eqs. 4.16, 4.17)",
    solution="Grains per in.² at 100×: N = 30 × (250/100)² = 187.5. n = 1 + log₂ 187.5 = 1 + 7.551 = 8.55.",
    forms=("us_customary", "inverse", "two_step", "textbook"),
)
def h24a_defects_04():
    """A photomicrograph of a steel taken at a magnification of 250× shows an average of 30 grains per square inch. What is the ASTM grain size number?"""
    n_100 = 30 * (250 / 100) ** 2
    return 1 + math.log2(n_100)


@item(
    S,
    "defects",
    "angstrom",
    "FCC Burgers vector b = (a/2)⟨110⟩, |b| = a√2/2 (Callister §7.4; Hull & Bacon ch. 5)",
    solution="|b| = (a/2)√(1² + 1² + 0²) = a√2/2 = 0.405 nm × 0.7071 = 0.2864 nm = 2.864 Å.",
    forms=("latex", "answer_unit_other", "one_step"),
)
def h24a_defects_05():
    r"""Perfect dislocations in aluminium ($a = 0.405\,\text{nm}$) have Burgers vector $\mathbf{b} = \frac{a}{2}\langle 1\,1\,0 \rangle$. What is $|\mathbf{b}|$ in ångström?"""
    a = Q_(0.405, "nm")
    return a / 2 * math.sqrt(2)


@item(
    S,
    "defects",
    "km",
    "dislocation density = line length per unit volume (Callister §7.2)",
    solution="ρ = 10^10 mm⁻² = 10^10 mm of line per mm³. 1 cm³ = 1000 mm³, so the line length is 10^13 mm = 10^10 m = 10^7 km. The hardness value is irrelevant.",
    forms=("voice_email", "chatter", "distractor", "plain_exponent", "answer_unit_other"),
)
def h24a_defects_06():
    """Subject: dislocation numbers for the outreach talk

    Hi Sam, for Friday's school visit I want a "wow" number. A heavily cold-rolled copper strip (Vickers hardness about 120 HV, by the way) has a dislocation density of about 10^10 mm^-2. If you laid all the dislocation line in a 1 cm^3 piece end to end, how long would it be in kilometres? Cheers, Jo"""
    rho = Q_(1e10, "mm/mm**3")
    return rho * Q_(1, "cm**3")


@item(
    S,
    "defects",
    "eV/angstrom",
    "line energy of a dislocation E ≈ ½Gb² (Callister §7.x; Hull & Bacon ch. 4)",
    solution="E = ½Gb² = 0.5 × 48 × 10⁹ Pa × (0.256 × 10⁻⁹ m)² = 1.573 × 10⁻⁹ J/m. Dividing by 1.602 × 10⁻¹⁹ J/eV gives 9.82 × 10⁹ eV/m = 0.982 eV/Å.",
    forms=("answer_unit_other", "one_step", "plain_exponent"),
)
def h24a_defects_07():
    """Taking the elastic energy per unit length of a dislocation as E = (1/2)Gb^2, estimate it for copper with G = 48 GPa and b = 0.256 nm. Express the answer in eV per ångström of line."""
    return 0.5 * Q_(48, "GPa") * Q_(0.256, "nm") ** 2


@item(
    S,
    "defects",
    "dimensionless",
    "FCC octahedral interstice r = (√2 − 1)R (a = 2R√2, r + R = a/2) (Callister problem 4.x; Askeland ch. 3)",
    solution="(a) In FCC the octahedral site at the cube-edge centre has r + R = a/2 with a = 2√2R, so r = (√2 − 1)R = 0.4142 × 0.1292 = 0.0535 nm. (b) 0.071/0.0535 = 1.33: the carbon atom is 1.33 times larger than the hole.",
    forms=("multi_part", "times_larger", "two_step"),
)
def h24a_defects_08():
    """γ-iron is FCC with an atomic radius of 0.1292 nm.
    (a) What is the radius of the largest sphere that fits into an octahedral interstitial site without distorting the lattice?
    (b) How many times larger than that site is a carbon atom of radius 0.071 nm?
    The key is part (b)."""
    r_fe = Q_(0.1292, "nm")
    r_site = (math.sqrt(2) - 1) * r_fe
    return num(Q_(0.071, "nm") / r_site)


@item(
    S,
    "defects",
    "percent",
    "weight → atom percent C'₁ = (C₁/A₁)/(C₁/A₁ + C₂/A₂) (Callister eq. 4.6a); A(Cu) = 63.55, A(Sn) = 118.71 g/mol",
    solution="Moles per 100 g: Sn 5/118.71 = 0.04212, Cu 95/63.55 = 1.4949. at% Sn = 0.04212/(0.04212 + 1.4949) × 100 = 2.74 at%.",
    forms=("known_datum", "one_step", "textbook"),
)
def h24a_defects_09():
    """A bronze contains 5 wt% Sn, balance Cu. What is its tin content in atom percent?"""
    n_sn = 5 / 118.71
    n_cu = 95 / 63.55
    return Q_(100 * n_sn / (n_sn + n_cu), "percent")


# ---------------------------------------------------------------- diffusion


@item(
    S,
    "diffusion",
    "kg/(m**2*hour)",
    "Fick's first law J = −D dC/dx (Callister eq. 5.3, example 5.1)",
    solution="dC/dx = (0.8 − 1.2)/(10 − 5) mm = −80 kg/m⁴. J = 3e-11 × 80 = 2.4 × 10⁻⁹ kg m⁻² s⁻¹ = 8.64 × 10⁻⁶ kg m⁻² h⁻¹. The temperature is not needed.",
    forms=("plain_exponent", "distractor", "answer_unit_other", "one_step"),
)
def h24a_diffusion_01():
    """A steel plate is exposed at 700 C to a carburizing atmosphere on one side and a decarburizing one on the other, and steady state is reached. The carbon concentration is 1.2 kg/m^3 at 5 mm below the carburizing surface and 0.8 kg/m^3 at 10 mm. With D = 3e-11 m2/s, what is the diffusion flux of carbon in kg/(m^2 h)?"""
    grad = (Q_(0.8, "kg/m**3") - Q_(1.2, "kg/m**3")) / (Q_(10, "mm") - Q_(5, "mm"))
    return -Q_(3e-11, "m**2/s") * grad


@item(
    S,
    "diffusion",
    "cm**2/s",
    "D = D₀ exp(−Q_d/RT) (Callister eq. 5.8)",
    solution="T = 773.15 K; Q_d/RT = 136 000/(8.314 × 773.15) = 21.16; exp(−21.16) = 6.48 × 10⁻¹⁰. D = 6.5 × 10⁻⁵ × 6.48 × 10⁻¹⁰ = 4.21 × 10⁻¹⁴ m²/s = 4.21 × 10⁻¹⁰ cm²/s.",
    forms=("units_in_words", "answer_unit_other", "one_step"),
)
def h24a_diffusion_02():
    """For copper diffusing in aluminium the pre-exponential factor is six point five times ten to the minus five square metres per second and the activation energy is 136 kilojoules per mole. Compute the diffusion coefficient at 500 degrees Celsius, in cm^2/s."""
    return Q_(6.5e-5, "m**2/s") * math.exp(-num(Q_(136, "kJ/mol") / (R_GAS * kelvin(500))))


@item(
    S,
    "diffusion",
    "eV",
    "Q_d = R ln(D₂/D₁)/(1/T₁ − 1/T₂) (Callister eq. 5.9b)",
    solution="T₁ = 873.15 K, T₂ = 973.15 K; 1/T₁ − 1/T₂ = 1.1769 × 10⁻⁴ K⁻¹. ln(3.9e-13/5.5e-14) = 1.9588. Q_d = 8.314 × 1.9588/1.1769 × 10⁻⁴ = 1.384 × 10⁵ J/mol; per atom 1.384 × 10⁵/96 485 = 1.43 eV.",
    forms=("csv_data", "plain_exponent", "inverse", "answer_unit_other"),
)
def h24a_diffusion_03():
    """Diffusion coefficients measured for a solute in a metal:

    T_C,D_m2_per_s
    600,5.5e-14
    700,3.9e-13

    Find the activation energy for diffusion, expressed in eV per atom."""
    t1, t2 = kelvin(600), kelvin(700)
    q_molar = R_GAS * math.log(3.9e-13 / 5.5e-14) / (1 / t1 - 1 / t2)
    return q_molar / AVOGADRO


@item(
    S,
    "diffusion",
    "hour",
    "(C_x − C₀)/(C_s − C₀) = 1 − erf(x/2√(Dt)) (Callister eq. 5.5, example 5.2)",
    solution="(0.80 − 0.20)/(1.20 − 0.20) = 0.60 = 1 − erf z, so erf z = 0.40 and z = 0.3708. t = x²/(4Dz²) = (5 × 10⁻⁴)²/(4 × 1.6 × 10⁻¹¹ × 0.1375) = 2.84 × 10⁴ s = 7.9 h.",
    forms=("uncertainty", "inverse", "two_step", "answer_unit_other"),
)
def h24a_diffusion_04():
    """A steel with 0.20 wt% C is carburized with the surface held at 1.20 wt% C. The carbon diffusivity at the treatment temperature is D = (1.6 ± 0.1) × 10^-11 m^2/s. How many hours are needed to reach 0.80 wt% C at a depth of 0.5 mm?"""
    ratio = (0.80 - 0.20) / (1.20 - 0.20)
    z = float(erfinv(1 - ratio))
    x = Q_(0.5, "mm")
    d = Q_(1.6e-11, "m**2/s")
    return x**2 / (4 * d * z**2)


@item(
    S,
    "diffusion",
    "nm",
    "characteristic diffusion distance x ≈ √(Dt) (Porter & Easterling §2.2; Askeland ch. 5) or x ≈ 2√(Dt) from the erf argument (Callister §5.4)",
    solution="√(Dt) = √(1.0 × 10⁻¹⁶ × 1800) = 4.24 × 10⁻⁷ m = 424 nm. Texts that take the erf argument x/2√(Dt) = 1 quote 2√(Dt) = 849 nm.",
    forms=("two_readings", "plain_exponent", "answer_unit_other", "one_step"),
)
def h24a_diffusion_05():
    """A dopant has D = 1.0x10^-16 m^2/s in silicon at the drive-in temperature. Roughly how far (the characteristic diffusion distance) does it move during a 30 min anneal? Answer in nm."""
    d = Q_(1.0e-16, "m**2/s")
    t = Q_(30, "min")
    x = (d * t) ** 0.5
    return {"x = √(Dt)": x, "x = 2√(Dt)": 2 * x}


@item(
    S,
    "diffusion",
    "m**2/s",
    "D = D₀ exp(−Q_d/RT) needs Q_d to scale D with temperature (Callister eq. 5.8)",
    refuse="Only one diffusivity of an unnamed new alloy is given; extrapolating to 900 °C needs the activation energy, which is neither given nor a standard value.",
    solution="Scaling D from 800 °C to 900 °C needs D₂ = D₁ exp[−(Q_d/R)(1/T₂ − 1/T₁)], and Q_d for this experimental alloy is not given and has no tabulated value, so the question cannot be answered.",
    forms=("must_refuse", "missing_given", "voice_notebook"),
)
def h24a_diffusion_06():
    """Notebook: tracer run on the new Ni-Co-Cr-Re development alloy (heat 3) gave D = 2.0 × 10^-15 m^2/s for the tracer at 800 °C. The next furnace run is at 900 °C. What diffusivity should I expect there, in m^2/s?"""
    return None


@item(
    S,
    "diffusion",
    "minute",
    "equal diffusion profiles for equal Dt; D = D₀ exp(−Q_d/RT) (Callister eq. 5.6b, example 5.4)",
    solution="1652 °F = 900 °C = 1173.15 K; 1832 °F = 1000 °C = 1273.15 K. (a) D₂/D₁ = exp[(148 000/8.314)(1/1173.15 − 1/1273.15)] = exp(1.192) = 3.29. (b) t₂ = t₁ D₁/D₂ = 10 h/3.29 = 3.04 h = 182 min.",
    forms=("multi_part", "us_customary", "answer_unit_other", "multi_step"),
)
def h24a_diffusion_07():
    """A carburizing treatment of 10 h at 1652 °F gives the required case. The activation energy for carbon diffusion in austenite is 148 kJ/mol.
    (a) By what factor is the diffusivity larger at 1832 °F than at 1652 °F?
    (b) How long would the same case take at 1832 °F?
    Give part (b) in minutes."""
    t1 = fahrenheit(1652)
    t2 = fahrenheit(1832)
    factor = math.exp(num(Q_(148, "kJ/mol") / R_GAS * (1 / t1 - 1 / t2)))
    return Q_(10, "hour") / factor


@item(
    S,
    "diffusion",
    "percent",
    "D = D₀ exp(−Q_d/RT); C_x = C_s − (C_s − C₀) erf(x/2√(Dt)) (Callister eqs. 5.5, 5.8)",
    rel_tol=0.03,
    solution="T = 1223.15 K: D = 2.3 × 10⁻⁵ exp(−148 000/(8.314 × 1223.15)) = 2.3 × 10⁻⁵ × 4.78 × 10⁻⁷ = 1.10 × 10⁻¹¹ m²/s. √(Dt) = √(1.10 × 10⁻¹¹ × 14 400) = 3.98 × 10⁻⁴ m; z = 0.6 mm/(2 × 0.398 mm) = 0.754; erf z = 0.714. C_x = 1.10 − 0.85 × 0.714 = 0.49 wt% C.",
    forms=("ask_first", "plain_exponent", "multi_step"),
)
def h24a_diffusion_08():
    """What is the carbon content (wt%) 0.6 mm below the surface after this gas carburizing? Steel initially 0.25 wt% C, surface held at 1.10 wt% C, 4 h at 950 °C; for C in γ-Fe, D0 = 2.3e-5 m^2/s and Qd = 148 kJ/mol."""
    d = Q_(2.3e-5, "m**2/s") * math.exp(-num(Q_(148, "kJ/mol") / (R_GAS * kelvin(950))))
    z = num(Q_(0.6, "mm") / (2 * (d * Q_(4, "hour")) ** 0.5))
    return Q_(1.10 - (1.10 - 0.25) * float(erf(z)), "percent")


@item(
    S,
    "diffusion",
    "dimensionless",
    "D = D₀ exp(−Q_d/RT) for each host (Callister eq. 5.8, table 5.2)",
    rel_tol=0.03,
    solution="RT at 1173.15 K = 9754 J/mol. D_α = 1.1 × 10⁻⁶ exp(−87 400/9754) = 1.1 × 10⁻⁶ × 1.28 × 10⁻⁴ = 1.41 × 10⁻¹⁰ m²/s; D_γ = 2.3 × 10⁻⁵ exp(−148 000/9754) = 2.3 × 10⁻⁵ × 2.56 × 10⁻⁷ = 5.90 × 10⁻¹² m²/s. Ratio = 23.9.",
    forms=("markdown_table", "times_larger", "two_step"),
)
def h24a_diffusion_09():
    """How many times larger is the diffusivity of carbon in BCC iron than in FCC iron at 900 °C (taking both phases as if they existed at that temperature)?

    | host | D0 (m^2/s) | Qd (kJ/mol) |
    |---|---|---|
    | α-Fe (BCC) | 1.1e-6 | 87.4 |
    | γ-Fe (FCC) | 2.3e-5 | 148 |"""
    t = kelvin(900)
    d_a = 1.1e-6 * math.exp(-num(Q_(87.4, "kJ/mol") / (R_GAS * t)))
    d_g = 2.3e-5 * math.exp(-num(Q_(148, "kJ/mol") / (R_GAS * t)))
    return d_a / d_g


# ---------------------------------------------------------------- mechanical properties


@item(
    S,
    "mechanical_properties",
    "dimensionless",
    "engineering strain ε = Δl/l₀ (Callister eq. 6.2); true strain ε_T = ln(l/l₀) (Callister eq. 6.16)",
    solution="Engineering strain ε = (62 − 50)/50 = 0.24. The true (logarithmic) strain is ln(62/50) = 0.215.",
    forms=("two_readings", "one_step"),
)
def h24a_mechanical_properties_01():
    """A soft copper wire with a gauge length of 50 mm is stretched uniformly until the gauge marks are 62 mm apart. What strain has it undergone?"""
    l0 = Q_(50, "mm")
    l1 = Q_(62, "mm")
    return {"engineering strain": num((l1 - l0) / l0), "true strain": math.log(num(l1 / l0))}


@item(
    S,
    "mechanical_properties",
    "mm",
    "Hooke's law Δl = Fl₀/(A₀E) (Callister eqs. 6.1, 6.5)",
    solution="A₀ = π(0.25 in.)² = 0.19635 in.². Δl = 5000 × 10.0/(0.19635 × 30 × 10⁶) = 8.49 × 10⁻³ in. = 0.216 mm.",
    forms=("us_customary", "answer_unit_other", "two_step"),
)
def h24a_mechanical_properties_02():
    """A steel rod 0.500 in. in diameter and 10.0 in. long carries a tensile load of 5000 lbf. With E = 30 × 10^6 psi and purely elastic deformation, by how many millimetres does it lengthen?"""
    area = math.pi * (Q_(0.500, "inch") / 2) ** 2
    return Q_(5000, "lbf") * Q_(10.0, "inch") / (area * Q_(30e6, "psi"))


@item(
    S,
    "mechanical_properties",
    "ksi",
    "engineering stress σ = F/A₀ (Callister eq. 6.1)",
    solution="A₀ = π(6.0 mm)² = 113.1 mm². σ = 25 000 N/113.1 mm² = 221.0 MPa = 221.0/6.895 = 32.1 ksi.",
    forms=("answer_unit_other", "us_customary", "one_step"),
)
def h24a_mechanical_properties_03():
    """A cylindrical aluminium bar 12.0 mm in diameter is pulled with a force of 25 kN. What engineering stress does it carry, in ksi?"""
    area = math.pi * (Q_(12.0, "mm") / 2) ** 2
    return Q_(25, "kN") / area


@item(
    S,
    "mechanical_properties",
    "N",
    "ν = −ε_x/ε_z; σ = Eε_z; F = σA₀ (Callister eqs. 6.5, 6.8, example 6.2)",
    solution="(a) ε_x = −2.5 × 10⁻³/10 = −2.5 × 10⁻⁴; ε_z = 2.5 × 10⁻⁴/0.34 = 7.35 × 10⁻⁴. (b) σ = 97 000 MPa × 7.35 × 10⁻⁴ = 71.3 MPa. (c) F = 71.3 MPa × π(5 mm)² = 5600 N.",
    forms=("multi_part", "latex", "inverse", "multi_step"),
)
def h24a_mechanical_properties_04():
    r"""A brass rod of diameter $d_0 = 10\,\text{mm}$ is loaded in tension along its axis. The load should produce an elastic reduction in diameter of $\Delta d = 2.5 \cdot 10^{-3}\,\text{mm}$. For brass $E = \SI{97}{\giga\pascal}$ and $\nu = 0.34$.
    (a) What is the axial strain?
    (b) What is the axial stress?
    (c) What load is required, in newtons?
    Answer (c)."""
    d0 = Q_(10, "mm")
    eps_x = num(Q_(2.5e-3, "mm") / d0)
    eps_z = eps_x / 0.34
    sigma = Q_(97, "GPa") * eps_z
    return sigma * math.pi * (d0 / 2) ** 2


@item(
    S,
    "mechanical_properties",
    "ksi",
    "TS(MPa) = 3.45 × HB, TS(psi) = 500 × HB (Callister eq. 6.20)",
    solution="TS ≈ 500 × HB psi = 500 × 250 = 125 000 psi = 125 ksi (equivalently 3.45 × 250 = 862.5 MPa = 125.1 ksi).",
    forms=("us_customary", "answer_unit_other", "one_step", "textbook"),
)
def h24a_mechanical_properties_05():
    """A quenched-and-tempered steel has a Brinell hardness of 250 HB. Estimate its tensile strength in ksi."""
    return 3.45 * 250 * Q_(1, "MPa")


@item(
    S,
    "mechanical_properties",
    "MJ/m**3",
    "modulus of resilience U_r = σ_y²/2E = σ_yε_y/2 (Callister eq. 6.14)",
    refuse="Contradictory givens: in purely elastic loading σ = Eε, but 280 MPa/69 GPa = 4.06 × 10⁻³, not the stated 2.0 × 10⁻³, so σ²/2E and σε/2 give different resiliences.",
    solution="For a purely elastic state the stress, strain and modulus must satisfy σ = Eε; here 280 MPa/69 GPa = 4.06 × 10⁻³ ≠ 2.0 × 10⁻³. The givens contradict one another, so the resilience is not determined (σ²/2E = 0.568 MJ/m³ but σε/2 = 0.28 MJ/m³).",
    forms=("must_refuse", "contradictory", "plain_exponent"),
)
def h24a_mechanical_properties_06():
    """An aluminium alloy specimen yields at 280 MPa; the strain measured at the yield point (the deformation being entirely elastic up to there) is 2.0x10^-3, and its Young's modulus is 69 GPa. Calculate its modulus of resilience in MJ/m^3."""
    return None


@item(
    S,
    "mechanical_properties",
    "inch*lbf/inch**3",
    "modulus of resilience U_r = σ_y²/2E (Callister eq. 6.14)",
    solution="U_r = σ_y²/2E = (450 MPa)²/(2 × 207 000 MPa) = 0.489 MJ/m³. Since 1 in.·lbf/in.³ = 1 psi = 6895 Pa, U_r = 489 000/6895 = 70.9 in.·lbf/in.³.",
    forms=("ask_first", "us_customary", "answer_unit_other", "one_step"),
)
def h24a_mechanical_properties_07():
    """Give the modulus of resilience in in.·lbf/in.³ for a spring steel whose yield strength is 450 MPa and whose modulus of elasticity is 207 GPa."""
    return Q_(450, "MPa") ** 2 / (2 * Q_(207, "GPa"))


@item(
    S,
    "mechanical_properties",
    "dimensionless",
    "Hollomon σ_T = Kε_Tⁿ: n = ln(σ₂/σ₁)/ln(ε₂/ε₁) (Callister eq. 6.19, problem 6.x)",
    solution="n = ln(485/415)/ln(0.20/0.10) = 0.1559/0.6931 = 0.225.",
    forms=("csv_data", "inverse", "one_step"),
)
def h24a_mechanical_properties_08():
    """Two points on the plastic true stress–true strain curve of an alloy (before necking):

    true_strain,true_stress_MPa
    0.10,415
    0.20,485

    Assuming σ_T = K ε_T^n, what is the strain-hardening exponent n?"""
    return math.log(485 / 415) / math.log(0.20 / 0.10)


@item(
    S,
    "mechanical_properties",
    "GPa",
    "isotropic relation E = 2G(1 + ν) (Callister eq. 6.9)",
    solution="G = E/[2(1 + ν)] = 16.0 × 10⁶ psi/2.68 = 5.97 × 10⁶ psi; × 6895 Pa/psi = 41.2 GPa.",
    forms=("latex", "us_customary", "answer_unit_other", "inverse"),
)
def h24a_mechanical_properties_09():
    r"""For a titanium alloy $E = 16.0 \cdot 10^{6}\,\text{psi}$ and $\nu = 0.34$. Assuming isotropy, what is the shear modulus $G$ in GPa?"""
    return Q_(16.0e6, "psi") / (2 * (1 + 0.34))


# ---------------------------------------------------------------- failure


@item(
    S,
    "failure",
    "MPa",
    "K_Ic = Yσ_c√(πa) with a the half-length of an internal crack (Callister eq. 8.5)",
    solution="An internal crack 4.0 mm long has a = 2.0 mm. σ_c = K_Ic/(Y√(πa)) = 26/√(π × 0.002) = 26/0.07927 = 328 MPa.",
    forms=("units_in_words", "one_step", "textbook"),
)
def h24a_failure_01():
    """A plate of a ceramic-matrix composite has a plane-strain fracture toughness of 26 megapascal root metre. It contains an internal (through-thickness) crack 4.0 mm long, and Y may be taken as 1.0. What tensile stress will cause fracture, in MPa?"""
    a = Q_(4.0, "mm") / 2
    return Q_(26, "MPa*m**0.5") / (1.0 * (math.pi * a) ** 0.5)


@item(
    S,
    "failure",
    "mm",
    "a_c = (1/π)(K_Ic/Yσ)² (Callister eq. 8.7)",
    solution="a_c = (1/π)[50/(1.1 × 40)]² = (1/π)(1.136)² = 0.411 in. = 10.4 mm.",
    forms=("us_customary", "inverse", "answer_unit_other", "one_step"),
)
def h24a_failure_02():
    """A steel plate with K_Ic = 50 ksi·in.^(1/2) carries a tensile stress of 40 ksi. For a surface (edge) crack take Y = 1.1. What is the critical crack depth, in millimetres?"""
    k = Q_(50, "ksi*inch**0.5")
    sigma = Q_(40, "ksi")
    return (k / (1.1 * sigma)) ** 2 / math.pi


@item(
    S,
    "failure",
    "dimensionless",
    "Basquin σ_a = σ'_f(2N_f)^b (Dowling ch. 9; Callister §8.8)",
    rel_tol=0.03,
    solution="2N_f = (σ_a/σ'_f)^(1/b) = (300/900)^(1/−0.09) = 3^11.11 = 2.0 × 10⁵ reversals, so N_f = 1.0 × 10⁵ cycles.",
    forms=("inverse", "count", "one_step"),
)
def h24a_failure_03():
    """A steel follows Basquin's relation σ_a = σ'_f (2N_f)^b with σ'_f = 900 MPa and b = −0.09. How many cycles to failure N_f are expected at a fully reversed stress amplitude of 300 MPa?"""
    two_n = (300 / 900) ** (1 / -0.09)
    return two_n / 2


@item(
    S,
    "failure",
    "MPa",
    "σ_m = (σ_max + σ_min)/2, σ_r = σ_max − σ_min, σ_a = σ_r/2, R = σ_min/σ_max (Callister eqs. 8.14–8.17)",
    solution="(a) σ_m = (45 − 15)/2 = 15 ksi. (b) σ_a = (45 + 15)/2 = 30 ksi = 30 × 6.895 = 206.8 MPa. (c) R = −15/45 = −0.33.",
    forms=("multi_part", "us_customary", "answer_unit_other", "one_step"),
)
def h24a_failure_04():
    """A shaft is cycled between a maximum stress of +45 ksi and a minimum stress of −15 ksi.
    (a) the mean stress, (b) the stress amplitude, (c) the stress ratio.
    Give (b), converted to MPa."""
    s_max = Q_(45, "ksi")
    s_min = Q_(-15, "ksi")
    return (s_max - s_min) / 2


@item(
    S,
    "failure",
    "day",
    "Larson–Miller parameter LMP = T(C + log t_r), T in K, t_r in h, C = 20 (Callister eq. 8.24)",
    rel_tol=0.04,
    solution="T = 1200 °F = 648.9 °C = 922.04 K. log t_r = 20 500/922.04 − 20 = 22.233 − 20 = 2.233, so t_r = 171 h = 7.1 days.",
    forms=("us_customary", "inverse", "answer_unit_other", "two_step"),
)
def h24a_failure_05():
    """For a creep-resistant alloy at the design stress the Larson–Miller parameter is 20.5 × 10^3, with LMP = T(20 + log t_r), T in kelvin and t_r in hours. Predict the rupture life at 1200 °F, in days."""
    t = fahrenheit(1200)
    log_tr = 20.5e3 / t.to("K").magnitude - 20
    return Q_(10**log_tr, "hour")


@item(
    S,
    "failure",
    "dimensionless",
    "steady-state creep ε̇ = Kσⁿ exp(−Q_c/RT) (Callister eq. 8.21)",
    rel_tol=0.03,
    solution="Stress factor (70/50)⁵ = 5.378. Temperature factor exp[(280 000/8.314)(1/973.15 − 1/1023.15)] = exp(1.691) = 5.43. Together 5.378 × 5.43 = 29.2 times faster.",
    forms=("times_larger", "units_in_words", "multi_step"),
)
def h24a_failure_06():
    """A nickel alloy creeps in steady state according to ε̇ = K σ^n exp(−Q_c/RT) with n = 5 and Q_c = 280 kilojoules per mole. If the stress is raised from 50 MPa to 70 MPa and the temperature from 700 °C to 750 °C, how many times larger does the steady-state creep rate become?"""
    stress = (70 / 50) ** 5
    temp = math.exp(num(Q_(280, "kJ/mol") / R_GAS * (1 / kelvin(700) - 1 / kelvin(750))))
    return stress * temp


@item(
    S,
    "failure",
    "dimensionless",
    "fatigue life read from the alloy's S–N curve (Callister §8.8, fig. 8.20)",
    refuse="The life must be read from the S–N curve of the alloy, which is not given (no curve, table or Basquin constants), so the number of cycles is not determined by the data.",
    solution="The number of cycles to failure at a given amplitude comes from the alloy's S–N curve; no curve, table or fitted constants are given, so the life cannot be computed and the question must be refused.",
    forms=("must_refuse", "needs_chart", "textbook"),
)
def h24a_failure_07():
    """A rotating shaft of 2014-T6 aluminium alloy experiences a fully reversed stress amplitude of 200 MPa. Using the fatigue behaviour of this alloy, estimate the number of cycles to failure."""
    return None


@item(
    S,
    "failure",
    "ksi",
    "crack-tip stress σ_m ≈ 2σ₀√(a/ρ_t) (Callister eq. 8.1)",
    solution="a/ρ_t = 0.5 mm/0.2 µm = 2500, √ = 50. σ_m = 2 × 15 MPa × 50 = 1500 MPa = 1500/6.895 = 218 ksi. E and K_Ic are not needed.",
    forms=("distractor", "answer_unit_other", "us_customary", "one_step"),
)
def h24a_failure_08():
    """A glass plate (E = 70 GPa, K_Ic = 0.75 MPa·m^0.5) loaded to a nominal tensile stress of 15 MPa has a surface crack 0.5 mm deep whose tip radius is 0.2 µm. Estimate the maximum stress at the crack tip in ksi."""
    ratio = num(Q_(0.5, "mm") / Q_(0.2, "um"))
    return 2 * Q_(15, "MPa") * math.sqrt(ratio)


@item(
    S,
    "failure",
    "ft*lbf",
    "Charpy impact energy = mg(h₀ − h_f) (Callister §8.6; ASTM E23)",
    solution="Energy absorbed = mg(h₀ − h_f) = 22.0 × 9.807 × (1.30 − 0.85) = 97.1 J = 97.1/1.3558 = 71.6 ft·lbf.",
    forms=("voice_notebook", "us_customary", "answer_unit_other", "one_step"),
)
def h24a_failure_09():
    """Charpy lab, group B: hammer mass 22.0 kg, released from 1.30 m above the specimen position, swings up to 0.85 m after breaking the notched bar (room temp ~21 °C). Report the absorbed impact energy in ft·lbf, as the customer's spec sheet asks."""
    g = Q_(9.80665, "m/s**2")
    return Q_(22.0, "kg") * g * (Q_(1.30, "m") - Q_(0.85, "m"))


# ---------------------------------------------------------------- phase diagrams


@item(
    S,
    "phase_diagrams",
    "lb",
    "lever rule W_α = (C_β − C₀)/(C_β − C_α) (Callister eq. 9.1b, example 9.2)",
    solution="W_α = (98 − 40)/(98 − 11) = 58/87 = 0.667. Mass of α = 0.667 × 2.5 lb = 1.67 lb.",
    forms=("markdown_table", "us_customary", "two_step"),
)
def h24a_phase_diagrams_01():
    """A 2.5 lb casting of a 40 wt% Sn–60 wt% Pb solder is held at 150 °C, where it consists of α and β. How many pounds of α phase does it contain?

    | phase | composition (wt% Sn) |
    |---|---|
    | α | 11 |
    | β | 98 |"""
    w_alpha = (98 - 40) / (98 - 11)
    return w_alpha * Q_(2.5, "lb")


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "lever rule across the eutectoid (0.022, 0.76, 6.70 wt% C) (Callister eqs. 9.20–9.23)",
    solution="(a) W_p = (0.40 − 0.022)/(0.76 − 0.022) = 0.512. (b) W_α' = (0.76 − 0.40)/(0.76 − 0.022) = 0.488. (c) Total ferrite W_α = (6.70 − 0.40)/(6.70 − 0.022) = 0.943.",
    forms=("multi_part", "known_datum", "textbook", "two_step"),
)
def h24a_phase_diagrams_02():
    """A 0.40 wt% C plain carbon steel is cooled slowly to just below the eutectoid temperature.
    (a) What is the mass fraction of pearlite?
    (b) What is the mass fraction of proeutectoid ferrite?
    (c) What is the mass fraction of total ferrite (proeutectoid plus eutectoid)?
    Only (c) is graded."""
    c0, c_alpha, c_cem = 0.40, 0.022, 6.70
    return (c_cem - c0) / (c_cem - c_alpha)


@item(
    S,
    "phase_diagrams",
    "percent",
    "W_p = (C₀ − 0.022)/(0.76 − 0.022) solved for C₀ (Callister eq. 9.20)",
    rel_tol=0.03,
    solution="W_p = (C₀ − 0.022)/(0.76 − 0.022) = 0.25, so C₀ = 0.022 + 0.25 × 0.738 = 0.207 wt% C.",
    forms=("inverse", "known_datum", "voice_forum", "one_step"),
)
def h24a_phase_diagrams_03():
    """Forum post — found an old bar in the shop, no markings. Slow-cooled it and did a proper quantitative metallography: 25 % pearlite by mass, the rest proeutectoid ferrite, 3 fields counted at 500x. Plain carbon steel for sure. What carbon content (wt%) am I looking at?"""
    return Q_(0.022 + 0.25 * (0.76 - 0.022), "percent")


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "lever rule needs the tie-line compositions read from the Al–Si diagram (Callister §9.8)",
    refuse="The liquid and α compositions at 590 °C must be read from the Al–Si phase diagram, which is not given; without the tie line the lever rule cannot be applied.",
    solution="The mass fraction of liquid follows from the lever rule across the α + L tie line at 590 °C, but the compositions at its ends (solidus and liquidus) are not given and must be read from the Al–Si phase diagram, which is not supplied. The question must be refused.",
    forms=("must_refuse", "needs_chart"),
)
def h24a_phase_diagrams_04():
    """An Al–7 wt% Si casting alloy is held at 590 °C, in the α + liquid region. What mass fraction of the alloy is liquid?"""
    return None


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "Gibbs phase rule at constant pressure F = C − P + 1 (Callister eq. 9.16)",
    abs_tol=0.1,
    solution="At fixed pressure F = C − P + 1. With C = 3 the number of phases is largest when F = 0: P = C + 1 = 4.",
    forms=("count", "one_step", "textbook"),
)
def h24a_phase_diagrams_05():
    """For a ternary alloy system at constant (atmospheric) pressure, what is the maximum number of phases that can coexist in equilibrium?"""
    components = 3
    return components + 1 - 0


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "lever rule above and below the eutectic: primary α from the α + L tie line, total α from the α + β tie line (Callister eqs. 9.10–9.15)",
    solution="Primary α = (61.9 − 30)/(61.9 − 18.3) = 0.7317. Total α just below 183 °C = (97.8 − 30)/(97.8 − 18.3) = 0.8528. Eutectic α = 0.8528 − 0.7317 = 0.1211, which is 0.1211/0.8528 = 0.142 of the α.",
    forms=("csv_data", "fraction_of", "multi_step"),
)
def h24a_phase_diagrams_06():
    """Pb–Sn system, eutectic at 183 °C. Compositions at the eutectic temperature:

    phase,wt_pct_Sn
    alpha,18.3
    liquid (eutectic),61.9
    beta,97.8

    A 30 wt% Sn alloy is cooled slowly to just below 183 °C. What fraction of the α phase present is eutectic α (the α in the eutectic microconstituent)?"""
    c0 = 30.0
    primary = (61.9 - c0) / (61.9 - 18.3)
    total = (97.8 - c0) / (97.8 - 18.3)
    return (total - primary) / total


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "lever rule W_α/W_L = (C₀ − C_L)/(C_α − C₀) (Callister eqs. 9.1b, 9.2b)",
    solution="W_α = (35 − 31.5)/(42.5 − 31.5) = 0.318, W_L = (42.5 − 35)/(42.5 − 31.5) = 0.682. Ratio α to L = 3.5/7.5 = 0.467.",
    forms=("ratio", "one_step"),
)
def h24a_phase_diagrams_07():
    """A Cu–35 wt% Ni alloy at 1250 °C consists of liquid of 31.5 wt% Ni and α of 42.5 wt% Ni. What is the ratio of the mass of α to the mass of liquid?"""
    return (35 - 31.5) / (42.5 - 35)


@item(
    S,
    "phase_diagrams",
    "dimensionless",
    "lever rule for mass fractions, V_α = (W_α/ρ_α)/Σ(W_i/ρ_i) (Callister eq. 9.6)",
    solution="W_Fe₃C = (0.76 − 0.022)/(6.70 − 0.022) = 0.1105, W_α = 0.8895. Volumes per gram: 0.1105/7.69 = 0.01437, 0.8895/7.87 = 0.1130. V_Fe₃C = 0.01437/(0.01437 + 0.1130) = 0.113.",
    forms=("plain_exponent", "two_step", "fraction_of"),
)
def h24a_phase_diagrams_08():
    """Pearlite forms from austenite of 0.76 wt% C as ferrite (0.022 wt% C, density 7.87 g/cm^3) and cementite Fe3C (6.70 wt% C, density 7.69 g/cm^3). What volume fraction of pearlite is cementite?"""
    w_c = (0.76 - 0.022) / (6.70 - 0.022)
    w_a = 1 - w_c
    v_c = w_c / 7.69
    v_a = w_a / 7.87
    return v_c / (v_c + v_a)


# ---------------------------------------------------------------- transformations & kinetics


@item(
    S,
    "transformations_kinetics",
    "minute",
    "Avrami y = 1 − exp(−ktⁿ): t₀.₅ = (ln 2/k)^(1/n) (Callister eq. 10.17)",
    solution="t₀.₅ = (ln 2/k)^(1/n) = (0.6931/1.2 × 10⁻⁵)^(1/2.5) = (5.776 × 10⁴)^0.4 = 80.3 s = 1.34 min.",
    forms=("plain_exponent", "answer_unit_other", "inverse"),
)
def h24a_transformations_kinetics_01():
    """Recrystallization of a cold-worked brass follows the Avrami equation with n = 2.5 and k = 1.2e-5 (t in s). How long does it take to reach 50 % recrystallization? Give the answer in minutes."""
    t_half = (math.log(2) / 1.2e-5) ** (1 / 2.5)
    return Q_(t_half, "s")


@item(
    S,
    "transformations_kinetics",
    "minute",
    "Avrami y = 1 − exp(−ktⁿ): ln[−ln(1 − y)] = ln k + n ln t (Callister eq. 10.17, problem 10.x)",
    solution="(a) ln[−ln 0.8] = −1.500, ln[−ln 0.2] = 0.4759; n = (0.4759 + 1.500)/ln 2 = 2.85. (b) k = 0.2231/100^2.85 = 4.4 × 10⁻⁷. (c) ln[−ln 0.05] = 1.0972; ln t = ln 100 + (1.0972 + 1.500)/2.85 = 5.516, t = 249 s = 4.1 min.",
    forms=("multi_part", "csv_data", "inverse", "answer_unit_other", "multi_step"),
)
def h24a_transformations_kinetics_02():
    """Fraction transformed during an isothermal anneal:

    t_s,fraction
    100,0.20
    200,0.80

    (a) Find the Avrami exponent n. (b) Find k. (c) How long does it take to reach 95 % transformation?
    Report (c) in minutes."""
    y1, y2 = 0.20, 0.80
    l1 = math.log(-math.log(1 - y1))
    l2 = math.log(-math.log(1 - y2))
    n = (l2 - l1) / math.log(200 / 100)
    l3 = math.log(-math.log(1 - 0.95))
    t = 100 * math.exp((l3 - l1) / n)
    return Q_(t, "s")


@item(
    S,
    "transformations_kinetics",
    "dimensionless",
    "r* = −2γT_m/(ΔH_f ΔT) (Callister eq. 10.6); atoms = (4/3)πr*³ × 4/a³ for FCC",
    rel_tol=0.04,
    solution="(a) r* = 2 × 0.255 × 1728.15/(2.53 × 10⁹ × 319) = 1.092 × 10⁻⁹ m = 10.9 Å. (b) Nucleus volume (4/3)π(1.092 nm)³ = 5.455 nm³; unit cell 0.3524³ = 0.04376 nm³ holds 4 atoms, so the nucleus holds 5.455/0.04376 × 4 = 499 atoms.",
    forms=("multi_part", "latex", "multi_step", "count"),
)
def h24a_transformations_kinetics_03():
    r"""For homogeneous solidification of nickel take $\Delta H_f = -2.53 \cdot 10^{9}\,\text{J/m}^3$, $\gamma = 0.255\,\text{J/m}^2$, $T_m = 1455\,^{\circ}\text{C}$ and a supercooling $\Delta T = 319\,^{\circ}\text{C}$. Nickel is FCC with $a = 0.3524\,\text{nm}$.
    (a) Compute the critical nucleus radius $r^*$ in ångström.
    (b) How many atoms does a critical nucleus contain?
    The answer sought is (b)."""
    t_m = kelvin(1455)
    r_star = 2 * Q_(0.255, "J/m**2") * t_m / (Q_(2.53e9, "J/m**3") * Q_(319, "K"))
    vol = 4 / 3 * math.pi * r_star**3
    return num(vol / Q_(0.3524, "nm") ** 3 * 4)


@item(
    S,
    "transformations_kinetics",
    "eV",
    "ΔG* = 16πγ³T_m²/(3ΔH_f²ΔT²) (Callister eq. 10.7)",
    rel_tol=0.03,
    solution="T_m = 1358.15 K. ΔG* = 16π(0.200)³(1358.15)²/[3(1.77 × 10⁹)²(236)²] = 16π × 0.008 × 1.8446 × 10⁶/(3 × 3.1329 × 10¹⁸ × 55 696) = 7.417 × 10⁵/5.235 × 10²³ = 1.417 × 10⁻¹⁸ J = 8.84 eV.",
    forms=("latex", "answer_unit_other", "one_step"),
)
def h24a_transformations_kinetics_04():
    r"""Compute the activation free energy $\Delta G^*$ for homogeneous nucleation of solid copper, in eV, given $\Delta H_f = -1.77 \times 10^{9}\,\text{J/m}^3$, $\gamma = 0.200\,\text{J/m}^2$, $T_m = 1085\,^{\circ}\text{C}$ and an undercooling of $\Delta T = 236\,\text{K}$. Use $\Delta G^* = \frac{16\pi\gamma^3 T_m^2}{3\,\Delta H_f^2\,\Delta T^2}$."""
    gamma = Q_(0.200, "J/m**2")
    t_m = kelvin(1085)
    dh = Q_(1.77e9, "J/m**3")
    dt = Q_(236, "K")
    return 16 * math.pi * gamma**3 * t_m**2 / (3 * dh**2 * dt**2)


@item(
    S,
    "transformations_kinetics",
    "hour",
    "rate = 1/t = A exp(−Q/RT): t₃ = t₁ exp[(Q/R)(1/T₃ − 1/T₁)] (Callister eq. 10.18)",
    rel_tol=0.03,
    solution="Q/R = ln(80/20)/(1/623.15 − 1/653.15) = 1.3863/7.371 × 10⁻⁵ = 1.881 × 10⁴ K. t(300 °C) = 80 min × exp[1.881 × 10⁴ (1/573.15 − 1/623.15)] = 80 × exp(2.633) = 80 × 13.9 = 1113 min = 18.6 h.",
    forms=("inverse", "multi_step", "answer_unit_other"),
)
def h24a_transformations_kinetics_05():
    """Complete recrystallization of a cold-worked aluminium alloy takes 80 min at 350 °C and 20 min at 380 °C. Treating the rate (1/t) as thermally activated, how many hours does it take at 300 °C?"""
    t1, t2, t3 = kelvin(350), kelvin(380), kelvin(300)
    q_over_r = math.log(80 / 20) / num(Q_(1, "K") * (1 / t1 - 1 / t2))
    return Q_(80, "min") * math.exp(q_over_r * num(Q_(1, "K") * (1 / t3 - 1 / t1)))


@item(
    S,
    "transformations_kinetics",
    "s",
    "Avrami y = 1 − exp(−ktⁿ) has two unknowns, k and n (Callister eq. 10.17)",
    refuse="One data point (30 % at 40 s) cannot fix both Avrami constants k and n; the time to 90 % is not determined by the data.",
    solution="The Avrami equation has two parameters, k and n; a single measurement (y = 0.30 at 40 s) gives one equation, so n is undetermined and so is the time to 90 % (it ranges widely with n). The question must be refused.",
    forms=("must_refuse", "undetermined"),
)
def h24a_transformations_kinetics_06():
    """Precipitation of a second phase in an experimental aluminium alloy follows Avrami kinetics, y = 1 − exp(−k t^n). At 190 °C, 30 % has transformed after 40 s. How long will it take to reach 90 % transformation?"""
    return None


@item(
    S,
    "transformations_kinetics",
    "dimensionless",
    "Koistinen–Marburger f_M = 1 − exp[−α(M_s − T)] (Krauss, Steels; Porter & Easterling §6.8)",
    solution="M_s − T = (662 − 392) °F = 270 °F = 150 K. Untransformed austenite fraction = exp(−0.011 × 150) = exp(−1.65) = 0.192. The carbon content is not needed.",
    forms=("us_customary", "fraction_of", "distractor", "two_step"),
)
def h24a_transformations_kinetics_07():
    """A 0.6 wt% C steel with M_s = 662 °F is quenched to 392 °F. Using the Koistinen–Marburger relation f_M = 1 − exp[−α(M_s − T)] with α = 0.011 K^-1, what fraction of the austenite remains untransformed?"""
    dt = (662 - 392) * 5 / 9
    return math.exp(-0.011 * dt)


@item(
    S,
    "transformations_kinetics",
    "mm",
    "parabolic grain growth d² − d₀² = Kt (Callister eq. 7.9, n = 2)",
    solution="K = (50² − 20²)/30 min = 2100/30 = 70 µm²/min. After 120 min d² = 400 + 70 × 120 = 8800 µm², d = 93.8 µm = 0.0938 mm.",
    forms=("distractor", "answer_unit_other", "inverse", "two_step"),
)
def h24a_transformations_kinetics_08():
    """Just after recrystallization a brass has an average grain diameter of 20 µm. After 30 min at 500 °C the grains have grown to 50 µm. Assuming d^2 − d0^2 = Kt, what is the grain diameter after 2 h in total at 500 °C, in mm?"""
    d0 = Q_(20, "um")
    k = (Q_(50, "um") ** 2 - d0**2) / Q_(30, "min")
    return (d0**2 + k * Q_(2, "hour")) ** 0.5
