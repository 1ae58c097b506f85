"""Neighbour questions, round 17 (issue 11, precision), in our own words.

Written by helper probe18 around the items of sets S, R and P that the solver answers: the other
metal, phase or species (W, Al, V, Ni, Cr, Cu, Ge, GaAs, Co, Fe, PS, PMMA, PET, NiO, Mg), a ratio,
factor or percent change instead of one value, per cm³ vs per m³ vs per mm², radius vs diameter,
inverse problems (an undercooling from a nucleus radius, a yield strength from a resilience, a
temperature from a creep rate or a Larson–Miller life, a load from an elongation, a crack depth from
a stress), givens in other units (Å, pm, °F, °R, kcal/mol, eV/atom, psi, ksi, in., lbf, Btu, Oe,
kgf/mm², gauss, mg, hours), a diffusivity given as log10 D, 'E' notation, decimal commas, values in
words ('raised by a third', 'one minute', 'half its initial value'), an added datum that changes
the answer (a formation entropy factor, a stress exponent, a hydrogen pressure, a current
efficiency, the bar's orientation in the bend test), tables whose header carries units, GATE-style
blanks, 'magnitude' and signed asks, and near-misses the relation does not fit (a load beyond yield,
a mean stress above the UTS, an alloy off the tie line, a field above H_C(0), the T³ law at 300 K,
a ray leaving glass beyond the critical angle, a density above the crystalline one, fibres in wt%,
a Brinell strength for aluminium, four-point bending without the load span, a conductivity at
another temperature, heating aluminium past its melting point). Keys computed below with plain
math; a key of None means the question must be refused. tests/test_answer_neighbours.py holds
them at 0 wrong.

Main (27e511c) answered 143 of these 265 and 7 wrong: the lattice constant asked and the
interplanar spacing d answered (molybdenum named 'body-centred cubic', λ in Å); a given changed in
words afterwards ('its yield strength is then raised by a third') read as first stated; a magnitude
asked and a negative magnetization given; an applied field above H_C(0) with the two fields read in
each other's roles; a ray inside glass beyond the critical angle fed to Snell's law for light from
air; the relaxation time τ answered when the time to half the initial stress was asked; and a bend
bar 'tested with the 10 mm side vertical' computed with the labelled height as depth. Now 136
answered, 0 wrong, none of main's right answers lost (classes in
tests/test_answer_probe18_classes.py).
"""

from __future__ import annotations

import math

NA = 6.02214076e23
k = 8.617333262e-5
R = 8.314462618
PI = math.pi
H = 6.62607015e-34
C = 2.99792458e8
EV = 1.602176634e-19
MU_B = 9.2740100783e-24
MU0 = 4e-7 * math.pi
PSI = 6894.757293168
KSI = 1000 * PSI
IN = 0.0254
LBF = 4.4482216152605
CAL = 4.184
BTU = 1055.05585262
YEAR = 3.15576e7
F = 96485.33212
KGF = 9.80665


def _k(t_c: float) -> float:
    return t_c + 273.15


def _f2k(t_f: float) -> float:
    return (t_f - 32) / 1.8 + 273.15


def _d(lam: float, two_theta: float) -> float:
    return lam / (2 * math.sin(math.radians(two_theta / 2)))


def _two_theta(lam: float, d: float) -> float:
    return 2 * math.degrees(math.asin(lam / (2 * d)))


def _vac(q_ev: float, t_k: float) -> float:
    return math.exp(-q_ev / (k * t_k))


def _sites(rho: float, m: float) -> float:
    """Atoms per cm³ from g/cm³ and g/mol."""
    return rho * NA / m


def _q_two(d1: float, t1: float, d2: float, t2: float) -> float:
    """Activation energy in J/mol from two rates at kelvin temperatures."""
    return R * math.log(d2 / d1) / (1 / t1 - 1 / t2)


def _t_same(t1: float, q: float, temp1: float, temp2: float) -> float:
    return t1 * math.exp(q / R * (1 / temp2 - 1 / temp1))


def _avrami_t(t_half: float, n: float, y: float) -> float:
    return t_half * (math.log(1 / (1 - y)) / math.log(2)) ** (1 / n)


def _erfinv(y: float) -> float:
    lo, hi = 0.0, 6.0
    for _ in range(200):
        mid = (lo + hi) / 2
        if math.erf(mid) < y:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def _carb_t(c0: float, cs: float, cx: float, x: float, d: float) -> float:
    z = _erfinv((cs - cx) / (cs - c0))
    return (x / (2 * z)) ** 2 / d


def _hb(p_kg: float, dball: float, di: float) -> float:
    return 2 * p_kg / (PI * dball * (dball - math.sqrt(dball**2 - di**2)))


def _wt_from_at(a1: float, m1: float, a2: float, m2: float) -> float:
    return a1 * m1 / (a1 * m1 + a2 * m2) * 100


def _at_from_wt(w1: float, m1: float, w2: float, m2: float) -> float:
    return (w1 / m1) / (w1 / m1 + w2 / m2) * 100


def _rstar(gam: float, tm_k: float, dh: float, dt: float) -> float:
    return 2 * gam * tm_k / (dh * dt)


def _lam_nm(eg: float) -> float:
    return H * C / (eg * EV) * 1e9


def _debye(theta: float, t: float) -> float:
    return 12 * PI**4 * R / 5 * (t / theta) ** 3


def _griffith(e: float, gam: float, a: float) -> float:
    return math.sqrt(2 * e * gam / (PI * a))


def _refl(n: float) -> float:
    return ((n - 1) / (n + 1)) ** 2


M_VC = 2 * 12.011 + 3 * 1.008 + 35.45
M_PS = 8 * 12.011 + 8 * 1.008
M_PP = 3 * 12.011 + 6 * 1.008
M_PE = 2 * 12.011 + 4 * 1.008
M_BD = 4 * 12.011 + 6 * 1.008
M_MMA = 5 * 12.011 + 8 * 1.008 + 2 * 15.999
M_PET = 10 * 12.011 + 8 * 1.008 + 4 * 15.999
L_WF = 2.44e-8

_A_MO = _d(0.15406, 40.44) * math.sqrt(2)
_CU_TM = _k(1085)
_D_RHO = 2.0e15
_Q_NI = _q_two(2.0e-14, _k(900), 7.5e-13, _k(1100))
_Q_RX = _q_two(1 / 95, _k(80), 1 / 12, _k(110))
_HB420 = _hb(3000, 10, 4.20)
_HB380 = _hb(3000, 10, 3.80)
_LM_T = _k(650)
_SI = 1.0e10 * EV * (1350 + 480)  # S/cm
_MS_NI = 4 * 0.60 * MU_B / (0.3524e-9) ** 3
_B_COIL = MU0 * 200 * 400 * 2.0 / (10 * IN)
_F_STY = (70 - M_BD) / (M_PS - M_BD)
_F_ETH = (M_PP - 35) / (M_PP - M_PE)

# (question, key or None for must-refuse, pint unit of the key)
QUESTIONS: list[tuple[str, float | None, str]] = [
    # --- X-ray lattice parameter
    (
        "Tungsten (BCC) is examined with Cu Kα radiation, λ = 0.15406 nm; its first diffraction peak sits at 2θ = 40.26°. What is the lattice parameter of tungsten in nm?",
        _d(0.15406, 40.26) * math.sqrt(2),
        "nm",
    ),
    (
        "An FCC metal gives its first (lowest-angle) reflection at 2θ = 38.47° with λ = 0.15406 nm. Find its lattice parameter in nm.",
        _d(0.15406, 38.47) * math.sqrt(3),
        "nm",
    ),
    (
        "Molybdenum (BCC) shows its first peak at 2θ = 40.44° with Cu K-alpha (λ = 0.15406 nm). Estimate the atomic radius of Mo in nm.",
        _A_MO * math.sqrt(3) / 4,
        "nm",
    ),
    (
        "With radiation of wavelength 1.5406 Å, molybdenum (body-centred cubic) gives its lowest-angle peak at 2θ = 40.44°. Give the lattice constant in ångströms.",
        _A_MO * 10,
        "angstrom",
    ),
    (
        "The second diffraction peak of BCC molybdenum, the (200) reflection, is found at 2θ = 58.60° using λ = 0.15406 nm. What lattice parameter (nm) follows?",
        2 * _d(0.15406, 58.60),
        "nm",
    ),
    (
        "A cubic metal examined with λ = 0.15406 nm shows its first peak at 2θ = 40.44°. What is its lattice parameter in nm?",
        None,
        "nm",
    ),
    (
        "Tungsten is BCC with a = 0.3165 nm. Using Cu Kα radiation (λ = 0.1542 nm), at what 2θ (degrees) does the (211) reflection appear?",
        _two_theta(0.1542, 0.3165 / math.sqrt(6)),
        "degree",
    ),
    (
        "Tungsten (BCC, a = 0.3165 nm) is examined with Mo Kα radiation of wavelength 0.07107 nm. At what diffraction angle 2θ, in degrees, is the (220) peak?",
        _two_theta(0.07107, 0.3165 / math.sqrt(8)),
        "degree",
    ),
    (
        "For BCC tungsten (a = 0.3165 nm) and λ = 0.1542 nm, what is the Bragg angle θ (not 2θ) of the (220) reflection, in degrees?",
        _two_theta(0.1542, 0.3165 / math.sqrt(8)) / 2,
        "degree",
    ),
    (
        "Molybdenum's first peak with λ = 0.15406 nm lies at 2θ = 40.44°. What is the spacing of the diffracting planes, in Å?",
        _d(0.15406, 40.44) * 10,
        "angstrom",
    ),
    # --- theoretical density
    (
        "Vanadium is BCC with a = 0.3024 nm and an atomic weight of 50.94 g/mol. Compute its theoretical density in g/cm³.",
        2 * 50.94 / (NA * (0.3024e-7) ** 3),
        "g/cm**3",
    ),
    (
        "Nickel is face-centred cubic with a = 0,3524 nm and a molar mass of 58,69 g/mol. Calculate its theoretical density in kg/m³.",
        4 * 58.69 / (NA * (0.3524e-7) ** 3) * 1000,
        "kg/m**3",
    ),
    (
        "Chromium is BCC with a density of 7.19 g/cm³ and an atomic weight of 52.00 g/mol. What is its lattice parameter in nm?",
        (2 * 52.00 / (7.19 * NA)) ** (1 / 3) * 1e7,
        "nm",
    ),
    (
        "Chromium is body-centred cubic with an atomic radius of 0.125 nm and an atomic weight of 52.00 g/mol. Find its density in g/cm³.",
        2 * 52.00 / (NA * (4 * 0.125e-7 / math.sqrt(3)) ** 3),
        "g/cm**3",
    ),
    (
        "Chromium (BCC) has a lattice parameter of 2.884 Å and a molar mass of 52.00 g/mol. What is its density in lb/in³?",
        2 * 52.00 / (NA * (2.884e-8) ** 3) / 27.679904710191,
        "lb/in**3",
    ),
    (
        "Chromium is BCC with a = 288.4 pm and A = 52.00 g/mol. Its theoretical density is ______ kg/m³.",
        2 * 52.00 / (NA * (288.4e-10) ** 3) * 1000,
        "kg/m**3",
    ),
    (
        "Chromium is BCC with a = 0.2884 nm and a molar mass of 52.00 g/mol. What mass, in grams, does one unit cell have?",
        2 * 52.00 / NA,
        "g",
    ),
    # --- planar and linear density
    (
        "alpha-Fe is BCC with a = 0.2866 nm. What is the planar density of the (100) plane in atoms per nm²?",
        1 / 0.2866**2,
        "1/nm**2",
    ),
    (
        "α-iron is BCC with a = 0.2866 nm. Find the planar density of the (110) plane in atoms/cm².",
        math.sqrt(2) / (0.2866e-7) ** 2,
        "1/cm**2",
    ),
    (
        "Copper is FCC with a = 0.3615 nm. Determine the planar density of its (111) plane in atoms per nm².",
        4 / (math.sqrt(3) * 0.3615**2),
        "1/nm**2",
    ),
    (
        "Copper (FCC, a = 0.3615 nm): planar density of the (100) plane, in atoms/nm²?",
        2 / 0.3615**2,
        "1/nm**2",
    ),
    (
        "BCC iron has a = 0.2866 nm. What is the linear density along [111], in atoms per nm?",
        2 / (math.sqrt(3) * 0.2866),
        "1/nm",
    ),
    (
        "α-iron (BCC) has an atomic radius of 0.1241 nm. What is the planar density of (110) in atoms per nm²?",
        math.sqrt(2) / (4 * 0.1241 / math.sqrt(3)) ** 2,
        "1/nm**2",
    ),
    (
        "Silver is FCC with an atomic radius of 0.1445 nm. What is the linear density along [100], in atoms per nm?",
        1 / (2 * math.sqrt(2) * 0.1445),
        "1/nm",
    ),
    # --- vacancies
    (
        "Estimate the equilibrium number of vacancies per cubic metre in silver at 800 °C. Vacancy formation energy 1.10 eV/atom, density at 800 °C 10.35 g/cm³, atomic weight 107.87 g/mol.",
        _sites(10.35, 107.87) * _vac(1.10, _k(800)) * 1e6,
        "1/m**3",
    ),
    (
        "The vacancy formation energy of silver is 106 kJ/mol. With ρ = 10.35 g/cm³ and A = 107.87 g/mol, how many vacancies per cm³ are there at 800 °C?",
        _sites(10.35, 107.87) * math.exp(-106e3 / (R * _k(800))),
        "1/cm**3",
    ),
    (
        "Silver: vacancy formation energy 25.4 kcal/mol, density 10.35 g/cm³, atomic weight 107.87 g/mol. Equilibrium vacancies per cm³ at 800 °C?",
        _sites(10.35, 107.87) * math.exp(-25.4e3 * CAL / (R * _k(800))),
        "1/cm**3",
    ),
    (
        "Estimate the number of vacancies per cm³ in silver held at 1472 °F. Q_v = 1.10 eV/atom, ρ = 10.35 g/cm³, A = 107.87 g/mol.",
        _sites(10.35, 107.87) * _vac(1.10, _f2k(1472)),
        "1/cm**3",
    ),
    (
        "With a vacancy formation energy of 1.10 eV/atom, what fraction of lattice sites in silver is vacant at 800 °C?",
        _vac(1.10, _k(800)),
        "dimensionless",
    ),
    (
        "For Q_v = 1.10 eV/atom, by what factor is the vacancy concentration at 900 °C larger than at 800 °C?",
        _vac(1.10, _k(900)) / _vac(1.10, _k(800)),
        "dimensionless",
    ),
    (
        "A metal has a vacancy formation energy of 1.10 eV/atom. At what temperature, in °C, does one lattice site in 10 000 hold a vacancy (take the pre-factor as one)?",
        1.10 / (k * math.log(1e4)) - 273.15,
        "degC",
    ),
    (
        "Silver at 800 °C: Q_v = 1.10 eV/atom, ρ = 10.35 g/cm³, A = 107.87 g/mol, and the vacancy formation entropy contributes a pre-exponential factor of 3. Number of vacancies per cm³?",
        3 * _sites(10.35, 107.87) * _vac(1.10, _k(800)),
        "1/cm**3",
    ),
    (
        "Copper at 1000 °C: the vacancy formation energy is 0.90 eV/atom, ρ = 8.40 g/cm³ and A = 63.55 g/mol. How many vacancies are there per cm³?",
        _sites(8.40, 63.55) * _vac(0.90, _k(1000)),
        "1/cm**3",
    ),
    (
        "The equilibrium vacancy fraction of a metal is 3.2E-5 at 700 °C and 1.5E-4 at 900 °C. What is the vacancy formation energy in eV per atom?",
        k * math.log(1.5e-4 / 3.2e-5) / (1 / _k(700) - 1 / _k(900)),
        "eV",
    ),
    (
        "A metal holds vacancies on 0.0032 % of its sites at 700 °C and on 0.015 % at 900 °C. Find the vacancy formation energy in kJ/mol.",
        _q_two(3.2e-5, _k(700), 1.5e-4, _k(900)) / 1000,
        "kJ/mol",
    ),
    (
        "Quenching shows one vacancy per 10 000 sites in a metal held at 1200 K. Taking the pre-exponential factor as one, what is the formation energy in kJ/mol?",
        R * 1200 * math.log(1e4) / 1000,
        "kJ/mol",
    ),
    (
        "Quenching shows one vacancy per 10 000 sites in a metal held at 1200 °C. Taking the pre-factor as one, find the vacancy formation energy in eV.",
        k * _k(1200) * math.log(1e4),
        "eV",
    ),
    # --- ASTM grain size
    (
        "A steel has ASTM grain size number 8. How many grains are there per mm² of actual specimen area? Nearest whole number.",
        2**7 * 1e4 / 645.16,
        "1/mm**2",
    ),
    (
        "For ASTM grain size 6, how many grains per square inch are seen on a micrograph at 100×?",
        32,
        "1/inch**2",
    ),
    (
        "A steel with ASTM grain size number 6 is photographed at 200×. How many grains appear per square inch of the photograph?",
        32 / 4,
        "1/inch**2",
    ),
    (
        "A steel has ASTM grain size 6. How many grains are there per cm² of the actual polished surface?",
        32 * 1e4 / 645.16 * 100,
        "1/cm**2",
    ),
    (
        "A micrograph taken at 200x shows on average 45 grains per square inch. What is the ASTM grain size number?",
        1 + math.log2(45 * 4),
        "dimensionless",
    ),
    (
        "A micrograph at 50× magnification shows 45 grains per in². Give the ASTM grain-size number to one decimal place.",
        1 + math.log2(45 / 4),
        "dimensionless",
    ),
    (
        "What is the ASTM grain size number of a steel showing 96 grains per square inch at 100×?",
        1 + math.log2(96),
        "dimensionless",
    ),
    # --- dislocation density
    (
        "A 5 mm cube of copper contains about 2.5 × 10⁵ km of dislocation line after cold rolling. What is the dislocation density in m⁻²?",
        2.5e8 / (5e-3) ** 3,
        "1/m**2",
    ),
    (
        "A 1 cm cube of cold-worked metal contains 1 × 10⁵ km of dislocations. Give the dislocation density per cm².",
        1e10,
        "1/cm**2",
    ),
    (
        "A 5 mm cube of copper contains 2.5 × 10⁵ km of dislocation line. Express the dislocation density per mm².",
        2.5e11 / 125,
        "1/mm**2",
    ),
    (
        "A cylinder of cold-worked copper, 10 mm in diameter and 20 mm long, contains 1.0 × 10⁴ km of dislocation line. What is the dislocation density per cm²?",
        1e9 / (PI * 0.5**2 * 2.0),
        "1/cm**2",
    ),
    (
        "A 5 mm cube of annealed copper has a dislocation density of 10⁶ cm⁻². What total length of dislocation line, in metres, does it contain?",
        1e6 * 0.125 / 100,
        "m",
    ),
    # --- activation energy from two diffusivities
    (
        "Diffusivities of nickel in an iron alloy: 2.0 × 10⁻¹⁴ m²/s at 1173 K and 7.5 × 10⁻¹³ m²/s at 1373 K. What is the activation energy in kJ/mol?",
        _q_two(2.0e-14, 1173, 7.5e-13, 1373) / 1000,
        "kJ/mol",
    ),
    (
        "Nickel in iron: D = 2.0 × 10⁻¹⁰ cm²/s at 900 °C and 7.5 × 10⁻⁹ cm²/s at 1100 °C. Find the activation energy in eV per atom.",
        _Q_NI / (NA * EV),
        "eV",
    ),
    (
        "Measured diffusion coefficients:\n\n| T (°C) | D (m²/s) |\n| 900 | 2.0 × 10⁻¹⁴ |\n| 1100 | 7.5 × 10⁻¹³ |\n\nWhat is the activation energy for diffusion in kcal/mol?",
        _Q_NI / 1000 / CAL,
        "kcal/mol",
    ),
    (
        "For a solute in iron, log10 D = −13.70 at 900 °C and log10 D = −12.12 at 1100 °C (D in m²/s). What is the activation energy for diffusion in kJ/mol?",
        R * math.log(10) * (1.58) / (1 / _k(900) - 1 / _k(1100)) / 1000,
        "kJ/mol",
    ),
    (
        "Nickel in iron: D = 2.0 × 10⁻¹⁴ m²/s at 900 °C and 7.5 × 10⁻¹³ m²/s at 1100 °C. What is the pre-exponential factor D₀ in m²/s?",
        2.0e-14 * math.exp(_Q_NI / (R * _k(900))),
        "m**2/s",
    ),
    (
        "Nickel in iron: D = 2.0 × 10⁻¹⁴ m²/s at 900 °C and 7.5 × 10⁻¹³ m²/s at 1100 °C. Estimate D at 1000 °C in m²/s.",
        2.0e-14 * math.exp(-_Q_NI / R * (1 / _k(1000) - 1 / _k(900))),
        "m**2/s",
    ),
    # --- carburizing
    (
        "A steel with 0.20 wt% C is carburized with its surface held at 1.00 wt% C; D = 1.6 × 10⁻⁷ cm²/s. How many minutes until the carbon content 0.75 mm below the surface reaches 0.60 wt%?",
        _carb_t(0.20, 1.00, 0.60, 0.75e-3, 1.6e-11) / 60,
        "min",
    ),
    (
        "A 0.20 wt% C steel is carburized at a surface concentration of 1.00 wt% C with D = 1.6 × 10⁻¹¹ m²/s. How long, in hours, until 0.60 wt% C is reached 1.0 mm below the surface?",
        _carb_t(0.20, 1.00, 0.60, 1.0e-3, 1.6e-11) / 3600,
        "hour",
    ),
    (
        "A steel of 0.10 wt% C is carburized with the surface kept at 1.20 wt% C and D = 1.6 × 10⁻¹¹ m²/s. How many hours until the carbon level 0.50 mm deep reaches 0.45 wt%?",
        _carb_t(0.10, 1.20, 0.45, 0.50e-3, 1.6e-11) / 3600,
        "hour",
    ),
    (
        "A steel with C₀ = 0.20 wt% C is carburized with C_s = 1.00 wt% C. At the process temperature log10 D = −10.80 (D in m²/s). How long, in hours, until the carbon content 0.75 mm below the surface is 0.60 wt%?",
        _carb_t(0.20, 1.00, 0.60, 0.75e-3, 10**-10.8) / 3600,
        "hour",
    ),
    (
        "A 0.20 wt% C steel is carburized for 10 h with the surface at 1.00 wt% C and D = 1.6 × 10⁻¹¹ m²/s. What is the carbon content (wt%) 0.75 mm below the surface?",
        1.00 - 0.80 * math.erf(0.75e-3 / (2 * math.sqrt(1.6e-11 * 36000))),
        "percent",
    ),
    (
        "A 0.20 wt% C steel is carburized for 10 h with the surface at 1.00 wt% C and D = 1.6 × 10⁻¹¹ m²/s. At what depth, in mm, is the carbon content 0.60 wt%?",
        2 * _erfinv(0.5) * math.sqrt(1.6e-11 * 36000) * 1000,
        "mm",
    ),
    (
        "A 0.80 wt% C steel is decarburized in an atmosphere that holds its surface at 0 wt% C; D = 1.6 × 10⁻¹¹ m²/s. How long, in hours, until the carbon content 0.5 mm below the surface falls to 0.40 wt%?",
        _carb_t(0.80, 0.0, 0.40, 0.5e-3, 1.6e-11) / 3600,
        "hour",
    ),
    # --- temperature for a diffusivity
    (
        "For copper diffusing in aluminium D₀ = 0.65 cm²/s and Q = 136 kJ/mol. At what temperature in kelvin is D = 1.0 × 10⁻¹⁰ cm²/s?",
        136e3 / (R * math.log(0.65 / 1e-10)),
        "K",
    ),
    (
        "Copper in aluminium: D₀ = 6.5 × 10⁻⁵ m²/s and Q = 1.41 eV/atom. At what temperature (°C) does D equal 1.0 × 10⁻¹⁴ m²/s?",
        1.41 / (k * math.log(6.5e-5 / 1e-14)) - 273.15,
        "degC",
    ),
    (
        "For Cu in Al, D₀ = 6.5E-5 m²/s and Q = 136 kJ/mol. At what temperature, in °F, is D = 1.0E-14 m²/s?",
        (136e3 / (R * math.log(6.5e-5 / 1e-14)) - 273.15) * 1.8 + 32,
        "degF",
    ),
    (
        "For Cu in Al, D₀ = 6.5 × 10⁻⁵ m²/s and Q = 32.5 kcal/mol. At what temperature (°C) is D = 1.0 × 10⁻¹⁴ m²/s?",
        32.5e3 * CAL / (R * math.log(6.5e-5 / 1e-14)) - 273.15,
        "degC",
    ),
    (
        "For copper diffusing in aluminium D₀ = 6.5 × 10⁻⁵ m²/s and Q = 136 kJ/mol. What is D at 500 °C, in m²/s?",
        6.5e-5 * math.exp(-136e3 / (R * _k(500))),
        "m**2/s",
    ),
]

QUESTIONS += [
    # --- elastic elongation
    (
        "A brass rod 0.25 in. in diameter and 20 in. long carries a tensile load of 2000 lbf. With E = 14 × 10⁶ psi, how much does it stretch, in inches?",
        2000 * 20 / (PI * 0.125**2 * 14e6),
        "inch",
    ),
    (
        "A steel tie rod of radius 0.25 in. and length 40 in. carries 8000 lbf in tension; E = 30 × 10⁶ psi. Find its elongation in inches.",
        8000 * 40 / (PI * 0.25**2 * 30e6),
        "inch",
    ),
    (
        "A steel tie rod 0.50 in. in diameter and 40 in. long carries 8000 lbf; E = 30 × 10⁶ psi. How much does it stretch, in mm?",
        8000 * 40 / (PI * 0.25**2 * 30e6) * 25.4,
        "mm",
    ),
    (
        "A steel rod 0.50 in. in diameter carries a tensile load of 8000 lbf; E = 30 × 10⁶ psi. What elastic strain does it undergo?",
        8000 / (PI * 0.25**2 * 30e6),
        "dimensionless",
    ),
    (
        "A steel tie rod 0.50 in. in diameter and 40 in. long carries 8000 lbf. Take E = 207 GPa. How much does it elongate, in inches?",
        8000 * LBF * 40 * IN / (PI * (0.25 * IN) ** 2 * 207e9) / IN,
        "inch",
    ),
    (
        "A steel rod 0.50 in. in diameter and 40 in. long (E = 30 × 10⁶ psi, yield strength 30 ksi) is loaded with 8000 lbf in tension. What is its elongation in inches?",
        None,
        "inch",
    ),
    (
        "What tensile load, in lbf, stretches a steel rod 0.50 in. in diameter and 40 in. long by 0.050 in.? E = 30 × 10⁶ psi.",
        0.050 * PI * 0.25**2 * 30e6 / 40,
        "lbf",
    ),
    (
        "A 300 mm steel rod of 10 mm diameter (E = 207 GPa, ν = 0.30) is pulled with 25 kN. By how much does its diameter shrink, in mm?",
        0.30 * 25e3 / (PI * 5e-3**2 * 207e9) * 10,
        "mm",
    ),
    (
        "A 300 mm long aluminium rod of 10 mm diameter (E = 69 GPa, yield strength 95 MPa) is pulled with 25 kN. How much does it lengthen, in mm?",
        None,
        "mm",
    ),
    # --- Brinell hardness and tensile strength
    (
        "A Brinell test with a 10 mm ball and 3000 kg load leaves an impression 3.80 mm across on a plain-carbon steel. Estimate its tensile strength in MPa.",
        3.45 * _HB380,
        "MPa",
    ),
    (
        "A 10 mm Brinell ball under a 3000 kg load leaves a 4.20 mm impression. What is the Brinell hardness number?",
        _HB420,
        "kg/mm**2",
    ),
    (
        "A Brinell test (10 mm ball, 3000 kg load) on a plain-carbon steel gives an impression 4.20 mm in diameter. Estimate the tensile strength in ksi.",
        0.5 * _HB420,
        "ksi",
    ),
    (
        "A 10 mm Brinell ball under a 500 kg load leaves an impression 2.50 mm wide on an aluminium alloy. Estimate its tensile strength in MPa.",
        None,
        "MPa",
    ),
    (
        "A plain-carbon steel must have a tensile strength of at least 900 MPa. What minimum Brinell hardness should it show?",
        900 / 3.45,
        "dimensionless",
    ),
    (
        "A quenched and tempered plain-carbon steel reads 250 HB. Estimate its tensile strength in kgf/mm².",
        3.45 * 250 / KGF,
        "kgf/mm**2",
    ),
    # --- modulus of resilience
    (
        "A spring steel has a yield strength of 60 ksi and E = 29 × 10⁶ psi. What is its modulus of resilience in in·lbf/in³ (psi)?",
        60e3**2 / (2 * 29e6),
        "psi",
    ),
    (
        "A spring steel has a yield strength of 1460 MPa, E = 207 GPa and a density of 7.80 g/cm³. What is its resilience per unit mass, in J/kg?",
        1460e6**2 / (2 * 207e9) / 7800,
        "J/kg",
    ),
    (
        "A steel with E = 207 GPa must store 5000 kJ/m³ elastically before yielding. What yield strength, in MPa, does it need?",
        math.sqrt(2 * 207e9 * 5000e3) / 1e6,
        "MPa",
    ),
    (
        "A steel has a yield strength of 150 kgf/mm² and a modulus of elasticity of 21 000 kgf/mm². Compute its modulus of resilience in kJ/m³.",
        (150 * KGF * 1e6) ** 2 / (2 * 21000 * KGF * 1e6) / 1e3,
        "kJ/m**3",
    ),
    (
        "A spring steel has σy = 1460 MPa and E = 207 GPa. Its yield strength is then raised by a third by cold work, E unchanged. What is the new modulus of resilience in kJ/m³?",
        (1460e6 * 4 / 3) ** 2 / (2 * 207e9) / 1e3,
        "kJ/m**3",
    ),
    (
        "A spring steel has σy = 1460 MPa, UTS = 1720 MPa and E = 207 GPa, with 8 % elongation. What is its modulus of toughness in kJ/m³?",
        None,
        "kJ/m**3",
    ),
    # --- Larson-Miller
    (
        "An alloy's Larson–Miller parameter at 100 MPa is 24.0 × 10³ (T in K, t in h, C = 20). Predict the rupture life at 100 MPa and 600 °C, in hours.",
        10 ** (24e3 / _k(600) - 20),
        "hour",
    ),
    (
        "An alloy's Larson–Miller parameter is 24 000 at its service stress (T in K, t in hours, C = 20). What is the rupture life at 1200 °F, in hours?",
        10 ** (24e3 / _f2k(1200) - 20),
        "hour",
    ),
    (
        "The Larson–Miller parameter of an alloy at 100 MPa is 24.0 × 10³ (T in K, t in h, C = 20). At what temperature in °C will it last 10 000 h at that stress?",
        24e3 / (20 + 4) - 273.15,
        "degC",
    ),
    (
        "For a 2.25Cr-1Mo tube the Larson–Miller parameter at rupture is 24 000 (T in K, t in h, C = 20). How many days will the tube last at 650 °C?",
        10 ** (24e3 / _LM_T - 20) / 24,
        "day",
    ),
    (
        "The Larson–Miller parameter of a tube steel is 24 000 at its service stress, with T in K, t in hours and C = 22. Predict the rupture life at 650 °C in hours.",
        10 ** (24e3 / _LM_T - 22),
        "hour",
    ),
    (
        "A creep-resistant alloy has a Larson–Miller parameter of 43 200 with T in degrees Rankine, t in hours and C = 20. What rupture life (h) does it have at 1200 °F?",
        10 ** (43200 / (1200 + 459.67) - 20),
        "hour",
    ),
    # --- creep rate Arrhenius
    (
        "An alloy creeps at a steady rate of 2.5 × 10⁻⁶ h⁻¹ at 700 K; the creep activation energy is 270 kJ/mol. What is the steady-state rate at 650 K under the same stress, in h⁻¹?",
        2.5e-6 * math.exp(-270e3 / R * (1 / 650 - 1 / 700)),
        "1/hour",
    ),
    (
        "With a creep activation energy of 270 kJ/mol, by what factor does the steady-state creep rate rise from 700 K to 750 K at fixed stress?",
        math.exp(-270e3 / R * (1 / 750 - 1 / 700)),
        "dimensionless",
    ),
    (
        "The steady-state creep rate of an alloy is 2.5 × 10⁻⁶ h⁻¹ at 700 K and 5.5 × 10⁻⁵ h⁻¹ at 750 K at the same stress. What is the creep activation energy in kJ/mol?",
        _q_two(2.5e-6, 700, 5.5e-5, 750) / 1000,
        "kJ/mol",
    ),
    (
        "An alloy creeps at 2.5 × 10⁻⁶ per hour at 700 K; Q_c = 2.80 eV per atom. What is the creep rate at 750 K (same stress), per hour?",
        2.5e-6 * math.exp(-2.80 / k * (1 / 750 - 1 / 700)),
        "1/hour",
    ),
    (
        "An alloy creeps at 2.5 × 10⁻⁶ h⁻¹ at 700 K with Q = 270 kJ/mol. At what temperature (K) will the rate reach 1.0 × 10⁻⁴ h⁻¹ at the same stress?",
        1 / (1 / 700 - R * math.log(1e-4 / 2.5e-6) / 270e3),
        "K",
    ),
    (
        "An alloy creeps at 2.5 × 10⁻⁶ h⁻¹ at 700 K and 100 MPa; Q_c = 270 kJ/mol and the stress exponent is 5. Find its creep rate at 750 K and 120 MPa, in h⁻¹.",
        2.5e-6 * 1.2**5 * math.exp(-270e3 / R * (1 / 750 - 1 / 700)),
        "1/hour",
    ),
    # --- lever rule
    (
        "A Cu–Ni alloy of 38 wt% Ni is in the α + L field; the tie line meets the liquidus at 32 wt% Ni and the solidus at 43 wt% Ni. What mass percentage is liquid?",
        (43 - 38) / (43 - 32) * 100,
        "percent",
    ),
    (
        "A 2.0 kg Cu–38 wt% Ni alloy is in the α + L region; the tie line ends at 32 wt% Ni (liquid) and 43 wt% Ni (α). How many kilograms of solid α are present?",
        2.0 * 6 / 11,
        "kg",
    ),
    (
        "A Cu–45 wt% Ni alloy is held at a temperature where the tie line meets the liquidus at 32 wt% Ni and the solidus at 43 wt% Ni. What mass percentage is solid α?",
        None,
        "percent",
    ),
    (
        "A Cu–38 wt% Ni alloy lies in the α + L field with liquid of 32 wt% Ni and α of 43 wt% Ni. What is the ratio of the mass of α to the mass of liquid?",
        6 / 5,
        "dimensionless",
    ),
    (
        "A Cu-Ni alloy of 40 wt% Ni sits in the two-phase field; the liquid holds 32 wt% Ni and the solid 43 wt% Ni. Find the mass fraction of the solid phase.",
        8 / 11,
        "dimensionless",
    ),
    # --- composition conversion
    (
        "A Cu–Ni alloy contains 40 wt% Ni. Express its nickel content in atom percent (Cu 63.55, Ni 58.69 g/mol).",
        _at_from_wt(40, 58.69, 60, 63.55),
        "percent",
    ),
    (
        "An EDS analysis of a Cu–Ni alloy reports 40 at% Ni. What is its copper content in weight percent?",
        100 - _wt_from_at(40, 58.69, 60, 63.55),
        "percent",
    ),
    (
        "A eutectoid steel holds 0.76 wt% C. What is its carbon content in atom percent (Fe 55.85, C 12.01 g/mol)?",
        _at_from_wt(0.76, 12.011, 99.24, 55.845),
        "percent",
    ),
    (
        "An Al–4 wt% Cu alloy: what is its copper content in at%? (Al 26.98 g/mol, Cu 63.55 g/mol)",
        _at_from_wt(4, 63.55, 96, 26.98),
        "percent",
    ),
    (
        "A brass is 30 at.% Zn, balance Cu. What is its zinc content in wt% (Cu 63.55, Zn 65.38 g/mol)?",
        _wt_from_at(30, 65.38, 70, 63.55),
        "percent",
    ),
    # --- Avrami
    (
        "A recrystallization follows the Avrami equation with n = 2.5 and is half complete after 120 s. How long, in minutes, to reach 99 % recrystallized?",
        _avrami_t(120, 2.5, 0.99) / 60,
        "min",
    ),
    (
        "An Avrami transformation with n = 3 is half complete after 2.0 min. How many seconds until 90 % has transformed?",
        _avrami_t(120, 3, 0.90),
        "s",
    ),
    (
        "A transformation obeys Avrami kinetics with n = 2.5 and is 50 % complete after 120 s. What fraction has transformed after 200 s?",
        1 - math.exp(-math.log(2) * (200 / 120) ** 2.5),
        "dimensionless",
    ),
    (
        "An Avrami transformation (n = 2.5) reaches 50 % after 120 s. After how many seconds is 10 % transformed?",
        _avrami_t(120, 2.5, 0.10),
        "s",
    ),
    (
        "A recrystallization (Avrami, n = 2.5) is half done after 120 s. How much longer, in seconds, does it take to go from 50 % to 90 %?",
        _avrami_t(120, 2.5, 0.90) - 120,
        "s",
    ),
    (
        "During isothermal recrystallization 10 % has recrystallized after 40 s and 90 % after 100 s. Assuming Avrami kinetics, find n.",
        math.log(math.log(1 / 0.1) / math.log(1 / 0.9)) / math.log(100 / 40),
        "dimensionless",
    ),
    (
        "An Avrami transformation with n = 2.5 is 90 % complete after 3.0 min. When (in s) was it half complete?",
        180 / (math.log(10) / math.log(2)) ** (1 / 2.5),
        "s",
    ),
    # --- homogeneous nucleation
    (
        "For homogeneous nucleation of copper, γ = 0.177 J/m², ΔH_f = 1.628 × 10⁹ J/m³ and T_m = 1085 °C. Compute the critical radius in nm at an undercooling of 200 K.",
        _rstar(0.177, _CU_TM, 1.628e9, 200) * 1e9,
        "nm",
    ),
    (
        "Copper: γ = 0.177 J/m², ΔH_f = 1.628 × 10⁹ J/m³, T_m = 1085 °C. What is the critical nucleus diameter in nm at an undercooling of 236 K?",
        2 * _rstar(0.177, _CU_TM, 1.628e9, 236) * 1e9,
        "nm",
    ),
    (
        "Copper: γ = 0.177 J/m², ΔH_f = 1.628 × 10⁹ J/m³, T_m = 1085 °C. What undercooling, in K, gives a critical nucleus radius of 1.0 nm?",
        2 * 0.177 * _CU_TM / (1.628e9 * 1.0e-9),
        "K",
    ),
    (
        "For homogeneous nucleation of copper (γ = 0.177 J/m², ΔH_f = 1.628 × 10⁹ J/m³, T_m = 1085 °C), find the activation free energy ΔG* in joules at an undercooling of 236 K.",
        16 * PI * 0.177**3 * _CU_TM**2 / (3 * 1.628e9**2 * 236**2),
        "J",
    ),
    (
        "Nickel: γ = 0.255 J/m², latent heat of fusion 2.53 × 10⁹ J/m³, melting point 1455 °C. Critical radius (nm) for homogeneous nucleation at an undercooling of 319 °C?",
        _rstar(0.255, _k(1455), 2.53e9, 319) * 1e9,
        "nm",
    ),
    (
        "Copper melts at 1985 °F; γ = 0.177 J/m² and ΔH_f = 1.628 × 10⁹ J/m³. What is the critical radius (nm) at an undercooling of 236 K?",
        _rstar(0.177, _f2k(1985), 1.628e9, 236) * 1e9,
        "nm",
    ),
    (
        "Copper: γ = 0.177 J/m², ΔH_f = 1.628 × 10⁹ J/m³, T_m = 1085 °C. Critical radius in nm when the melt is held at 849 °C?",
        _rstar(0.177, _CU_TM, 1.628e9, 236) * 1e9,
        "nm",
    ),
    # --- recrystallization Arrhenius
    (
        "Cold-worked copper is 50 % recrystallized after 12 min at 110 °C and after 95 min at 80 °C. What is the activation energy in kJ/mol?",
        _Q_RX / 1000,
        "kJ/mol",
    ),
    (
        "Cold-worked copper is half recrystallized after 12 min at 110 °C and after 95 min at 80 °C. Assuming Arrhenius kinetics, how many minutes does it take at 100 °C?",
        _t_same(12, _Q_RX, _k(110), _k(100)),
        "min",
    ),
    (
        "Cold-worked copper reaches 50 % recrystallization after 12 min at 110 °C and 95 min at 80 °C. At what temperature (°C) would this take one hour?",
        1 / (1 / _k(110) + R / _Q_RX * math.log(60 / 12)) - 273.15,
        "degC",
    ),
    (
        "Cold-worked copper is 50 % recrystallized after 12 min at 110 °C and after 95 min at 80 °C. How many days would 50 % recrystallization take at 20 °C?",
        _t_same(12, _Q_RX, _k(110), _k(20)) / 1440,
        "day",
    ),
    (
        "A cold-rolled brass is 50 % recrystallized after 12 min at 350 °C and 95 min at 300 °C. By what factor is the recrystallization rate at 350 °C larger than at 320 °C?",
        math.exp(_q_two(1 / 95, _k(300), 1 / 12, _k(350)) / R * (1 / _k(320) - 1 / _k(350))),
        "dimensionless",
    ),
]

QUESTIONS += [
    # --- electrical conductivity
    (
        "Intrinsic silicon at 300 K has n_i = 1.0 × 10¹⁰ cm⁻³ with electron and hole mobilities of 1350 and 480 cm²/V·s. What is its conductivity in (Ω·m)⁻¹?",
        _SI * 100,
        "S/m",
    ),
    (
        "For intrinsic silicon at 300 K (n_i = 1.0E10 cm^-3, μe = 1350 cm²/V·s, μh = 480 cm²/V·s), what is the resistivity in Ω·cm?",
        1 / _SI,
        "ohm*cm",
    ),
    (
        "Intrinsic germanium at room temperature has n_i = 2.5 × 10¹³ cm⁻³, μe = 3900 cm²/V·s and μh = 1900 cm²/V·s. Its conductivity in S/m is ______.",
        2.5e13 * EV * 5800 * 100,
        "S/m",
    ),
    (
        "Silicon doped with 1.0 × 10¹⁶ cm⁻³ phosphorus atoms, all ionised, has an electron mobility of 1350 cm²/V·s. What is its conductivity in S/m?",
        1e16 * EV * 1350 * 100,
        "S/m",
    ),
    (
        "Intrinsic silicon has n_i = 1.0 × 10¹⁰ cm⁻³ at 300 K, with μe = 1350 and μh = 480 cm²/V·s. What is its conductivity at 400 K, in S/m?",
        None,
        "S/m",
    ),
    (
        "In intrinsic silicon at 300 K, n_i = 1.0 × 10¹⁰ cm⁻³; μe = 0.135 m²/V·s and μh = 0.048 m²/V·s. What fraction of the current is carried by electrons?",
        1350 / 1830,
        "dimensionless",
    ),
    # --- saturation magnetization
    (
        "Each nickel atom carries 0.60 Bohr magneton; nickel is FCC with a = 0.3524 nm. What is the saturation flux density μ0·Ms, in tesla?",
        MU0 * _MS_NI,
        "T",
    ),
    (
        "Iron is BCC with a = 0.2866 nm and each atom carries a net moment of 2.22 Bohr magnetons. Calculate the saturation magnetization in kA/m.",
        2 * 2.22 * MU_B / (0.2866e-9) ** 3 / 1000,
        "kA/m",
    ),
    (
        "Nickel (density 8.90 g/cm³, atomic weight 58.69 g/mol) has 0.60 Bohr magneton per atom. Find its saturation magnetization in kA/m.",
        8.90e6 / 58.69 * NA * 0.60 * MU_B / 1000,
        "kA/m",
    ),
    (
        "Cobalt has a density of 8.90 g/cm³, an atomic weight of 58.93 g/mol and a net moment of 1.72 Bohr magnetons per atom. Its saturation magnetization in A/m is ______.",
        8.90e6 / 58.93 * NA * 1.72 * MU_B,
        "A/m",
    ),
    (
        "Nickel (FCC, a = 0.3524 nm) has a saturation magnetization of 5.1 × 10⁵ A/m. What net moment per atom, in Bohr magnetons, does this imply?",
        5.1e5 * (0.3524e-9) ** 3 / (4 * MU_B),
        "dimensionless",
    ),
    (
        "Cobalt (density 8.9 g/cm³, atomic weight 58.93 g/mol) has a saturation magnetization of 1420 kA/m. Net moment per atom in Bohr magnetons?",
        1.42e6 / (8.9e6 / 58.93 * NA * MU_B),
        "dimensionless",
    ),
    (
        "Iron (density 7.87 g/cm³, atomic weight 55.85 g/mol) has a saturation magnetization of 1.70 × 10⁶ A/m. What is the net moment per Fe atom in Bohr magnetons?",
        1.70e6 / (7.87e6 / 55.85 * NA * MU_B),
        "dimensionless",
    ),
    # --- solenoid
    (
        "A coil of 400 turns is wound uniformly on a core 10 in. long and carries 2.0 A. What magnetic field strength H, in A/m, does it produce?",
        400 * 2.0 / (10 * IN),
        "A/m",
    ),
    (
        "A 400-turn coil 25 cm long carries 2.0 A around a core of relative permeability 200. What flux density (T) is in the core?",
        MU0 * 200 * 400 * 2.0 / 0.25,
        "T",
    ),
    (
        "A 400-turn coil wound uniformly on a 10 in. long core has a resistance of 3.2 Ω and is connected across a 6.4 V supply. If the core's relative permeability is 200, what is the flux density in tesla?",
        _B_COIL,
        "T",
    ),
    (
        "A coil of 400 turns on a 10 in. core carries 2.0 A; the core's relative permeability is 200. What is the magnetization of the core material, in A/m?",
        199 * 400 * 2.0 / (10 * IN),
        "A/m",
    ),
    (
        "A 400-turn coil, 10 in. long, carries 2.0 A. The core has a magnetic susceptibility of 199. Find B in the core in tesla.",
        _B_COIL,
        "T",
    ),
    (
        "A 400-turn coil uniformly wound over 10 in. carries 2.0 A around a core with μr = 200. What flux density, in gauss, exists in the core?",
        _B_COIL * 1e4,
        "gauss",
    ),
    (
        "A 400-turn coil 10 in. long carries 2.0 A with no core (vacuum inside). What is the flux density in tesla?",
        MU0 * 400 * 2.0 / (10 * IN),
        "T",
    ),
    # --- magnetization from susceptibility
    (
        "A diamagnetic solid with χ_m = −2.1 × 10⁻⁵ is placed in a field of 1000 Oe. What is its magnetization in A/m (keep the sign)?",
        -2.1e-5 * 1000 * 1000 / (4 * PI),
        "A/m",
    ),
    (
        "A paramagnetic solid with volume susceptibility 3.0 × 10⁻⁴ sits in a field H = 2.0 × 10⁵ A/m. What is its magnetization in A/m?",
        60.0,
        "A/m",
    ),
    (
        "A diamagnetic solid with χ = −2.1 × 10⁻⁵ is placed in H = 1.0 × 10⁵ A/m. What flux density B, in tesla, exists inside it?",
        MU0 * 1e5 * (1 - 2.1e-5),
        "T",
    ),
    (
        "A diamagnet with χ_m = −2.1E-5 sits in H = 1.0E5 A/m. What is the magnitude of its magnetization, in A/m?",
        2.1,
        "A/m",
    ),
    # --- Curie-Weiss and Curie
    (
        "Above its Curie point a ferromagnet has χ = 2.0 × 10⁻³ at 500 K and 1.0 × 10⁻³ at 700 K. Find the paramagnetic Curie temperature θ in kelvin.",
        300,
        "K",
    ),
    (
        "A ferromagnet above its ordering temperature follows χ = C/(T − θ); χ = 2.0 × 10⁻³ at 500 K and 1.0 × 10⁻³ at 700 K. What is its susceptibility at 900 K?",
        0.4 / 600,
        "dimensionless",
    ),
    (
        "Susceptibility data above the ordering temperature:\n\n| T (°C) | χ (SI) |\n|---|---|\n| 227 | 2.0 × 10⁻³ |\n| 427 | 1.0 × 10⁻³ |\n\nWhat is the paramagnetic Curie temperature, in K?",
        300,
        "K",
    ),
    (
        "A paramagnetic salt obeys Curie's law, with χ = 3.0 × 10⁻⁴ at 300 K. What is its susceptibility at 77 K?",
        3.0e-4 * 300 / 77,
        "dimensionless",
    ),
    (
        "A paramagnet obeying Curie's law has χ = 3.0 × 10⁻⁴ at 300 K. At what temperature (K) will χ be 1.0 × 10⁻³?",
        90,
        "K",
    ),
    # --- superconducting critical field
    (
        "Lead has T_c = 7.19 K and H_c(0) = 6.5 × 10⁴ A/m. What is the critical field at 4.2 K, in A/m?",
        6.5e4 * (1 - (4.2 / 7.19) ** 2),
        "A/m",
    ),
    (
        "Lead: T_c = 7.19 K, H_c(0) = 800 Oe. Up to what temperature (K) does it stay superconducting in a field of 500 Oe?",
        7.19 * math.sqrt(1 - 500 / 800),
        "K",
    ),
    (
        "Lead becomes superconducting below 7.19 K and its critical field at 0 K is 65 kA/m. Up to what temperature does it stay superconducting in 70 kA/m?",
        None,
        "K",
    ),
    (
        "Niobium has T_c = 9.25 K and a critical flux density of 0.20 T at 0 K. What is the highest temperature (K) at which it stays superconducting in 0.10 T?",
        9.25 * math.sqrt(0.5),
        "K",
    ),
    # --- band gap and photons
    (
        "GaAs has a band gap of 1.42 eV. What is the longest wavelength, in nm, it can absorb across the gap?",
        _lam_nm(1.42),
        "nm",
    ),
    (
        "CdS has a band gap of 3.877 × 10⁻¹⁹ J. What is its absorption-edge wavelength in nm?",
        H * C / 3.877e-19 * 1e9,
        "nm",
    ),
    (
        "A semiconductor's absorption edge lies at 512 nm. What is its band gap, in eV?",
        H * C / 512e-9 / EV,
        "eV",
    ),
    (
        "CdS has a band gap of 2.42 eV. What is the frequency (Hz) of light at its absorption edge?",
        2.42 * EV / H,
        "Hz",
    ),
    (
        "Cadmium sulphide has a band gap of 2.42 eV. Can it absorb light of 600 nm wavelength across the gap? Give the photon energy at 600 nm in eV.",
        H * C / 600e-9 / EV,
        "eV",
    ),
    (
        "A Nd:YAG laser emits a 1.0 mJ pulse at 1064 nm. How many photons does the pulse carry?",
        1.0e-3 * 1064e-9 / (H * C),
        "dimensionless",
    ),
    (
        "A He–Ne laser pointer is rated 5.0 mW at 632.8 nm. How many photons does it emit in one minute?",
        5.0e-3 * 60 * 632.8e-9 / (H * C),
        "dimensionless",
    ),
    (
        "A ruby laser emits a 0.50 J pulse at 694.3 nm. What is the energy of one photon in eV?",
        H * C / 694.3e-9 / EV,
        "eV",
    ),
    # --- refraction and reflection
    (
        "Light in air strikes crown glass (n = 1.52) at 50° from the normal. What is the angle of refraction in degrees?",
        math.degrees(math.asin(math.sin(math.radians(50)) / 1.52)),
        "degree",
    ),
    (
        "A ray inside crown glass (n = 1.52) meets the glass–air surface at 25° from the normal. At what angle (degrees) does it leave into air?",
        math.degrees(math.asin(1.52 * math.sin(math.radians(25)))),
        "degree",
    ),
    (
        "What is the critical angle, in degrees, for light going from crown glass (n = 1.52) into air?",
        math.degrees(math.asin(1 / 1.52)),
        "degree",
    ),
    (
        "A ray inside crown glass (n = 1.52) strikes the glass–air surface at 45° from the normal. What is the angle of refraction in air, in degrees?",
        None,
        "degree",
    ),
    (
        "Light travelling in water (n = 1.33) strikes a glass plate (n = 1.52) at 35° from the normal. Find the angle of refraction in degrees.",
        math.degrees(math.asin(1.33 * math.sin(math.radians(35)) / 1.52)),
        "degree",
    ),
    (
        "A ray in air meets a flat crown-glass surface (n = 1.52) at 35° measured from the surface. What is the angle of refraction from the normal, in degrees?",
        math.degrees(math.asin(math.sin(math.radians(55)) / 1.52)),
        "degree",
    ),
    (
        "Light strikes a glass surface (n = 1.52) at normal incidence from water (n = 1.33). What percentage is reflected?",
        ((1.52 - 1.33) / (1.52 + 1.33)) ** 2 * 100,
        "percent",
    ),
    (
        "A transparent nonmagnetic polymer has a refractive index of 1.49. What is the speed of light in it, in m/s?",
        C / 1.49,
        "m/s",
    ),
    (
        "A transparent nonmagnetic polymer has a relative permittivity of 2.25 at optical frequencies. What is its refractive index?",
        1.5,
        "dimensionless",
    ),
    # --- heat capacity
    (
        "How much heat, in Btu, raises 5.0 lb of aluminium from 70 °F to 400 °F? c_p = 0.215 Btu/(lb·°F).",
        5.0 * 0.215 * 330,
        "Btu",
    ),
    (
        "How much heat, in kJ, raises 2.5 kg of aluminium (c_p = 900 J/kg·K) from 77 °F to 392 °F?",
        2.5 * 900 * 175 / 1000,
        "kJ",
    ),
    (
        "How much heat (kJ) is needed to take 5.0 lb of aluminium from 70 °F to 1500 °F? c_p = 0.215 Btu/(lb·°F).",
        None,
        "kJ",
    ),
    (
        "A 5.0 lb aluminium part at 70 °F (c_p = 0.215 Btu/lb·°F) absorbs 100 kJ. What is its final temperature in °F?",
        70 + 100e3 / BTU / (5.0 * 0.215),
        "degF",
    ),
    (
        "How much heat in kJ raises 2.0 kg of aluminium from 20 °C to 220 °C? Take the specific heat as 0.215 kcal/(kg·°C).",
        2.0 * 0.215 * 200 * CAL,
        "kJ",
    ),
    (
        "How much heat, in kJ, raises 2.5 kg of aluminium (c_p = 900 J/kg·K) by 175 °F?",
        2.5 * 900 * 175 / 1.8 / 1000,
        "kJ",
    ),
    (
        "The Debye temperature of copper is 343 K. Estimate its molar heat capacity at 20 K, in J/(mol·K).",
        _debye(343, 20),
        "J/(mol*K)",
    ),
    (
        "Aluminium has a Debye temperature of 428 K. Estimate its lattice molar heat capacity at 12 K, in mJ/(mol·K).",
        _debye(428, 12) * 1000,
        "mJ/(mol*K)",
    ),
    (
        "Copper has a Debye temperature of 343 K. Using the low-temperature Debye T³ law, estimate its molar heat capacity at 300 K.",
        None,
        "J/(mol*K)",
    ),
    (
        "The Debye temperature of copper is 343 K (atomic weight 63.55 g/mol). Estimate its specific heat at 10 K in mJ/(g·K).",
        _debye(343, 10) * 1000 / 63.55,
        "mJ/(g*K)",
    ),
    (
        "In the Debye low-temperature regime, by what factor does the heat capacity of copper grow between 10 K and 20 K?",
        8,
        "dimensionless",
    ),
    (
        "A metal alloy has a resistivity of 7.1 × 10⁻⁸ Ω·m at 300 K. Estimate its thermal conductivity in W/(m·K) from the Wiedemann–Franz law (L = 2.44 × 10⁻⁸ W·Ω/K²).",
        L_WF * 300 / 7.1e-8,
        "W/(m*K)",
    ),
    (
        "An alloy has an electrical conductivity of 1.4 × 10⁷ S/m at 300 K. Using the Wiedemann–Franz law, estimate its thermal conductivity in W/m·K.",
        L_WF * 300 * 1.4e7,
        "W/(m*K)",
    ),
    (
        "A metal has a thermal conductivity of 100 W/(m·K) at 300 K. Using the Wiedemann–Franz law, estimate its electrical resistivity in Ω·m.",
        L_WF * 300 / 100,
        "ohm*m",
    ),
]

QUESTIONS += [
    # --- degree of polymerization and copolymers
    (
        "A polystyrene has a number-average molecular weight of 104 000 g/mol. What is its number-average degree of polymerization?",
        104000 / M_PS,
        "dimensionless",
    ),
    (
        "A PMMA sample has a number-average degree of polymerization of 1500. What is its number-average molecular weight in g/mol?",
        1500 * M_MMA,
        "g/mol",
    ),
    (
        "A poly(ethylene terephthalate) resin (repeat unit C10H8O4) has Mn = 20 000 g/mol. Find its number-average degree of polymerization.",
        20000 / M_PET,
        "dimensionless",
    ),
    (
        "A polypropylene has a weight-average molecular weight of 250 000 g/mol. What is its number-average degree of polymerization?",
        None,
        "dimensionless",
    ),
    (
        "A poly(vinyl chloride) resin has a number-average molecular weight of 62.5 kg/mol. What is its number-average degree of polymerization?",
        62500 / M_VC,
        "dimensionless",
    ),
    (
        "A random styrene–butadiene copolymer has Mn = 350,000 g/mol and a degree of polymerization of 5000. What fraction of its repeat units are butadiene?",
        1 - _F_STY,
        "dimensionless",
    ),
    (
        "A random styrene–butadiene copolymer has a number-average molecular weight of 350 000 g/mol and a degree of polymerization of 4000. Mole fraction of styrene repeat units?",
        (87.5 - M_BD) / (M_PS - M_BD),
        "dimensionless",
    ),
    (
        "An ethylene–propylene random copolymer has Mn = 350 000 g/mol and a degree of polymerization of 10 000. What fraction of its repeat units are propylene?",
        1 - _F_ETH,
        "dimensionless",
    ),
    (
        "A random styrene–butadiene copolymer has a number-average molecular weight of 600 000 g/mol and a degree of polymerization of 5000. What is the mole fraction of styrene?",
        None,
        "dimensionless",
    ),
    (
        "An ethylene-propylene random copolymer with 30 mol% propylene has a degree of polymerization of 10 000. What is its number-average molecular weight in g/mol?",
        10000 * (0.7 * M_PE + 0.3 * M_PP),
        "g/mol",
    ),
    (
        "Molecular-weight data:\n\n| M_i (g/mol) | number fraction x_i |\n| 10 000 | 0.10 |\n| 20 000 | 0.30 |\n| 30 000 | 0.40 |\n| 40 000 | 0.20 |\n\nCompute the number-average molecular weight.",
        1000 + 6000 + 12000 + 8000,
        "g/mol",
    ),
    (
        "Chains: number fractions 0.20, 0.35, 0.30, 0.15 at molecular weights 8, 16, 24 and 32 kg/mol. What is the weight-average molecular weight in g/mol?",
        (0.2 * 8**2 + 0.35 * 16**2 + 0.3 * 24**2 + 0.15 * 32**2)
        / (0.2 * 8 + 0.35 * 16 + 0.3 * 24 + 0.15 * 32)
        * 1000,
        "g/mol",
    ),
    (
        "A polymer with T_g = 100 °C is plasticized with 30 wt% of a plasticizer with T_g = −50 °C. Estimate T_g of the blend from the Fox equation, in kelvin.",
        1 / (0.7 / _k(100) + 0.3 / _k(-50)),
        "K",
    ),
    (
        "A polymer with T_g = 100 °C is blended with a plasticizer with T_g = −50 °C. What weight fraction of plasticizer brings T_g to 40 °C by the Fox equation?",
        (1 / _k(40) - 1 / _k(100)) / (1 / _k(-50) - 1 / _k(100)),
        "dimensionless",
    ),
    (
        "A polymer with T_g = 212 °F is plasticized with 30 wt% of a plasticizer whose T_g is −58 °F. Fox-equation T_g of the mixture, in °C?",
        1 / (0.7 / _k(100) + 0.3 / _k(-50)) - 273.15,
        "degC",
    ),
    (
        "A polymer held at constant strain relaxes from 5.0 MPa to 3.5 MPa in 60 s (σ = σ0 e^(−t/τ)). What is the relaxation time τ in seconds?",
        60 / math.log(5 / 3.5),
        "s",
    ),
    (
        "A polymer held at constant strain relaxes from 5.0 MPa to 3.5 MPa in 60 s, following σ = σ0 exp(−t/τ). What stress (MPa) remains after 5 min?",
        5.0 * (3.5 / 5.0) ** 5,
        "MPa",
    ),
    (
        "A strap under constant strain was tensioned to 6.0 MPa and relaxed to 4.2 MPa after 50 days (single time constant). What stress, in MPa, remains after one year (365 days)?",
        6.0 * (4.2 / 6.0) ** (365 / 50),
        "MPa",
    ),
    (
        "A polymer under constant strain relaxes from 5.0 MPa to 3.5 MPa in one minute. After how many seconds has the stress fallen to half its initial value (single relaxation time)?",
        60 * math.log(2) / math.log(5 / 3.5),
        "s",
    ),
    (
        "A polypropylene part has a density of 0.904 g/cm³; fully crystalline and fully amorphous PP have 0.946 and 0.855 g/cm³. What is its percent crystallinity by volume?",
        (0.904 - 0.855) / (0.946 - 0.855) * 100,
        "percent",
    ),
    (
        "A polypropylene part has a density of 0.960 g/cm³; fully crystalline PP is 0.946 g/cm³ and amorphous PP 0.855 g/cm³. What is its percent crystallinity?",
        None,
        "percent",
    ),
    # --- flexural strength
    (
        "A round alumina rod 5.0 mm in diameter breaks in three-point bending over supports 40 mm apart at 300 N. What is its flexural strength in MPa?",
        300 * 40 / (PI * 2.5**3),
        "MPa",
    ),
    (
        "A rectangular alumina bar 10 mm wide and 5 mm high breaks in three-point bending at 1.5 kN over a 40 mm span. Flexural strength in ksi?",
        3 * 1500 * 40 / (2 * 10 * 25) / (KSI / 1e6),
        "ksi",
    ),
    (
        "An alumina with a flexural strength of 360 MPa is made into a bar 12 mm wide and 6 mm high. What load (N) breaks it in three-point bending over a 50 mm span?",
        2 * 360 * 12 * 36 / (3 * 50),
        "N",
    ),
    (
        "A rectangular alumina bar (width 10 mm, height 5 mm) breaks in three-point bending over supports 40 mm apart at a load of 1.5 kN. It was tested with the 10 mm side vertical. What is its flexural strength in MPa?",
        3 * 1500 * 40 / (2 * 5 * 100),
        "MPa",
    ),
    (
        "A rectangular alumina bar 0.40 in. wide and 0.20 in. thick breaks at 200 lbf in three-point bending over supports 1.5 in. apart. Flexural strength in psi?",
        3 * 200 * 1.5 / (2 * 0.40 * 0.04),
        "psi",
    ),
    (
        "A rectangular alumina bar 10 mm wide and 5 mm high is broken in four-point bending, fracturing at 1.5 kN. What is its flexural strength in MPa?",
        None,
        "MPa",
    ),
    # --- corrosion rate and electrochemistry
    (
        "A steel coupon (density 7.9 g/cm³) with 100 in.² exposed loses 485 g in one year in sea water. What is its corrosion penetration rate in mm/yr?",
        534 * 485e3 / (7.9 * 100 * 8766) * 0.0254,
        "mm/year",
    ),
    (
        "A steel coupon (ρ = 7.9 g/cm³) with an exposed area of 100 in.² loses 485 g in six months. What is the corrosion penetration rate in mpy?",
        534 * 485e3 / (7.9 * 100 * 8766 / 2),
        "milliinch/year",
    ),
    (
        "A steel coupon of density 7.9 g/cm³ and exposed area 645 cm² loses 485 g in one year. Express the penetration rate in mils per year.",
        485 / (7.9 * 645 * 1) / 2.54e-3,
        "milliinch/year",
    ),
    (
        "A steel coupon (7.9 g/cm³, 100 in.² exposed) loses 485 000 mg in 8760 hours. Corrosion penetration rate in mpy?",
        534 * 485e3 / (7.9 * 100 * 8760),
        "milliinch/year",
    ),
    (
        "A steel coupon (density 7.9 g/cm³) with an exposed area of 100 in.² loses 485 g in one year. How much mass (g) would it lose in 3 months at the same rate?",
        485 / 4,
        "g",
    ),
    (
        "What is the equilibrium potential (V vs. SHE) of a hydrogen electrode in a neutral solution, pH 7, at 25 °C and 1 atm H₂? Keep the sign.",
        -0.05916 * 7,
        "V",
    ),
    (
        "A hydrogen electrode at 25 °C sits in an acid with [H⁺] = 1.0 × 10⁻³ mol/L under 1 atm H₂. Its potential vs. SHE, with sign, is ______ V.",
        -0.05916 * 3,
        "V",
    ),
    (
        "What is the equilibrium potential, vs. SHE, of a hydrogen electrode at pH 3.5 and 25 °C when the hydrogen pressure is 0.10 atm? Keep the sign.",
        -0.05916 * 3.5 + 0.05916 / 2,
        "V",
    ),
    (
        "What is the equilibrium potential (V vs SHE) of a hydrogen electrode at pH 3.5 and 60 °C, with H₂ at 1 atm? Keep the sign.",
        -R * _k(60) * math.log(10) / F * 3.5,
        "V",
    ),
    (
        "A magnesium anode supplies a steady 3.0 A for 24 h (Mg → Mg²⁺ + 2e⁻, 24.31 g/mol). How many grams of magnesium are consumed?",
        3.0 * 86400 * 24.31 / (2 * F),
        "g",
    ),
    (
        "Copper is electroplated (Cu²⁺ + 2e⁻ → Cu, 63.55 g/mol) at 2.5 A for one 8-hour shift with a current efficiency of 80 %. What mass of copper (g) is deposited?",
        2.5 * 8 * 3600 * 63.55 / (2 * F) * 0.8,
        "g",
    ),
    (
        "How long, in hours, can a 500 g zinc anode (65.38 g/mol, Zn → Zn²⁺ + 2e⁻) supply a steady 2.5 A?",
        500 * 2 * F / (65.38 * 2.5) / 3600,
        "hour",
    ),
    (
        "Nickel (58.69 g/mol, 8.90 g/cm³) oxidizes to NiO (74.69 g/mol, 6.67 g/cm³). What is the Pilling–Bedworth ratio?",
        74.69 * 8.90 / (58.69 * 6.67),
        "dimensionless",
    ),
    (
        "Aluminium (2.70 g/cm³, 26.98 g/mol) forms Al₂O₃ (3.99 g/cm³, 101.96 g/mol). What is the Pilling–Bedworth ratio, to two decimals?",
        101.96 * 2.70 / (2 * 26.98 * 3.99),
        "dimensionless",
    ),
    (
        "A parallel-plate capacitor has plates of area 0.50 in.² separated by 0.10 in. of a dielectric with relative permittivity 6.0. What is its capacitance in pF?",
        8.8541878128e-12 * 6.0 * 0.5 * IN**2 / (0.1 * IN) * 1e12,
        "pF",
    ),
    (
        "A parallel-plate capacitor with 1.0 in.² plates and a 2.0 mm dielectric of relative permittivity 6.0 is charged to 100 V. What charge (pC) does it hold?",
        8.8541878128e-12 * 6.0 * IN**2 / 2e-3 * 100 * 1e12,
        "pC",
    ),
    (
        "Copper has a resistivity of 1.72 × 10⁻⁸ Ω·m at 20 °C and a temperature coefficient of 0.0039 per °C. What is its resistivity at 150 °F, in Ω·m?",
        1.72e-8 * (1 + 0.0039 * ((150 - 32) / 1.8 - 20)),
        "ohm*m",
    ),
    (
        "Copper: ρ = 1.72 × 10⁻⁸ Ω·m at 20 °C and α = 0.0039 per °C. By what percentage does its resistivity rise between 20 °C and 100 °C?",
        0.0039 * 80 * 100,
        "percent",
    ),
    # --- fracture and fatigue
    (
        "A steel with UTS 800 MPa and fully reversed endurance limit 300 MPa carries a mean stress of 300 MPa. By the Goodman relation, what is the largest safe alternating stress amplitude in MPa?",
        300 * (1 - 300 / 800),
        "MPa",
    ),
    (
        "A shaft steel has UTS = 800 MPa and endurance limit 300 MPa. Under a mean stress of 900 MPa, what alternating stress amplitude can it carry indefinitely (Goodman)?",
        None,
        "MPa",
    ),
    (
        "A steel with σ_UTS = 800 MPa and σ_e = 300 MPa must carry an alternating amplitude of 150 MPa indefinitely. What is the largest mean stress (MPa) allowed by Goodman?",
        800 * (1 - 150 / 300),
        "MPa",
    ),
    (
        "A shaft steel has a tensile strength of 116 ksi and an endurance limit of 43.5 ksi. By Goodman, what alternating amplitude (ksi) is safe about a mean stress of 29 ksi?",
        43.5 * (1 - 29 / 116),
        "ksi",
    ),
    (
        "A soda-lime glass (E = 69 GPa, surface energy 0.30 J/m²) has surface cracks 4 µm deep. Griffith fracture stress in MPa?",
        _griffith(69e9, 0.30, 4e-6) / 1e6,
        "MPa",
    ),
    (
        "A glass with E = 69 GPa and specific surface energy 0.30 J/m² must withstand 200 MPa. What is the longest internal crack (full length, µm) it can tolerate by Griffith's criterion?",
        2 * 2 * 69e9 * 0.30 / (PI * 200e6**2) * 1e6,
        "um",
    ),
    (
        "A soda-lime glass (E ≈ 69 GPa, surface energy 0.30 J/m²) contains internal flaws 4 µm long. Griffith fracture strength in ksi?",
        _griffith(69e9, 0.30, 2e-6) / KSI,
        "ksi",
    ),
    (
        "A steel plate (K_IC = 45 MPa√m, σ_y = 600 MPa) has an edge crack 5.0 mm deep; Y = 1.12. At what stress (MPa) does it fracture?",
        45 / (1.12 * math.sqrt(PI * 5e-3)),
        "MPa",
    ),
    (
        "A steel plate with K_IC = 45 MPa√m and σ_y = 600 MPa carries 300 MPa. What edge-crack depth (mm) makes it fracture, with Y = 1.12?",
        (45 / (1.12 * 300)) ** 2 / PI * 1000,
        "mm",
    ),
    (
        "A steel plate (K_IC = 45 MPa√m, σ_y = 600 MPa) has an edge crack 0.10 mm deep, Y = 1.12. At what stress (MPa) will it fracture?",
        None,
        "MPa",
    ),
    (
        "A steel plate with K_IC = 45 MPa·m^½ and σ_y = 600 MPa has an edge crack 2.5 mm deep, Y = 1.12. It is loaded to 300 MPa. What is the safety factor against fracture?",
        45 / (1.12 * math.sqrt(PI * 2.5e-3)) / 300,
        "dimensionless",
    ),
    # --- composites and porosity
    (
        "A unidirectional composite holds 40 vol% E-glass fibres (E = 10.5 × 10⁶ psi) in polyester (E = 0.50 × 10⁶ psi). What is its modulus transverse to the fibres, in GPa?",
        1 / (0.4 / 10.5e6 + 0.6 / 0.5e6) * PSI / 1e9,
        "GPa",
    ),
    (
        "A unidirectional composite has 40 vol% E-glass fibres (E = 72.5 GPa) in a polyester matrix (E = 3.4 GPa). Longitudinal modulus in psi?",
        (0.4 * 72.5e9 + 0.6 * 3.4e9) / PSI,
        "psi",
    ),
    (
        "An aligned carbon/epoxy composite has 45 vol% fibres (E_f = 230 GPa, E_m = 2.5 GPa). What percentage of a longitudinal load does the matrix carry?",
        0.55 * 2.5 / (0.45 * 230 + 0.55 * 2.5) * 100,
        "percent",
    ),
    (
        "An aligned carbon-fibre/epoxy composite contains 45 wt% fibres; E_f = 230 GPa and E_m = 2.5 GPa. What percentage of a longitudinal load do the fibres carry?",
        None,
        "percent",
    ),
    (
        "Carbon fibres 8 µm across with tensile strength 3.5 GPa sit in a matrix whose fibre–matrix bond strength is 40 MPa. What is the critical fibre length in µm?",
        3.5e9 * 8e-6 / (2 * 40e6) * 1e6,
        "um",
    ),
    (
        "Glass fibres of radius 5 µm (strength 3.45 GPa) are bonded to a matrix with interfacial shear strength 20 MPa. Critical fibre length in mm?",
        3.45e9 * 10e-6 / (2 * 20e6) * 1000,
        "mm",
    ),
    (
        "Fully dense alumina has E = 380 GPa. Using E = E₀(1 − 1.9P + 0.9P²), what modulus (GPa) has alumina with 10 vol% porosity?",
        380 * (1 - 0.19 + 0.009),
        "GPa",
    ),
    (
        "Dense alumina has E₀ = 380 GPa; a sintered part measures 300 GPa. From E = E₀(1 − 1.9P + 0.9P²), what is its volume fraction of porosity?",
        (1.9 - math.sqrt(1.9**2 - 4 * 0.9 * (1 - 300 / 380))) / 1.8,
        "dimensionless",
    ),
    (
        "What is the magnitude of the Burgers vector of a perfect dislocation in copper (FCC, a = 3.615 Å), in Å?",
        3.615 / math.sqrt(2),
        "angstrom",
    ),
    (
        "Compute the Burgers vector magnitude of a perfect dislocation in α-iron (BCC, a = 0.2866 nm), in nm.",
        0.2866 * math.sqrt(3) / 2,
        "nm",
    ),
    (
        "Austenite (FCC iron) has an atomic radius of 0.129 nm. What is the radius (nm) of the largest sphere that fits in a tetrahedral interstitial site?",
        0.129 * (math.sqrt(1.5) - 1),
        "nm",
    ),
    (
        "BCC iron has an atomic radius of 0.124 nm. What is the radius (nm) of the largest sphere that fits in an octahedral interstitial site?",
        0.124 * (2 / math.sqrt(3) - 1),
        "nm",
    ),
    (
        "How far, in µm, does boron spread in 4 hours if D = 4 × 10⁻¹⁴ m²/s, taking the diffusion distance as √(Dt)?",
        math.sqrt(4e-14 * 4 * 3600) * 1e6,
        "um",
    ),
    (
        "Taking x ≈ √(Dt), how long (h) does boron take to spread 10 µm if D = 4 × 10⁻¹⁴ m²/s?",
        (10e-6) ** 2 / 4e-14 / 3600,
        "hour",
    ),
    (
        "Zn in Cu: a plot of ln D versus 1/T has slope −2.15 × 10⁴ K. What is the activation energy in kJ/mol?",
        2.15e4 * R / 1000,
        "kJ/mol",
    ),
    (
        "A plot of log10 D against 1/T for Zn in Cu has a slope of −9340 K. What is the activation energy in eV per atom?",
        9340 * math.log(10) * k,
        "eV",
    ),
]
