"""Neighbour questions, round 18 (issue 11, precision), in our own words.

Written by helper probe19 around the items of sets T, S and Q that the solver answers (heldout19,
heldout18, heldout16): the other metal, phase or species (W, Al, Ni, Cr, KCl, Sn bronze, PS, PP,
PTFE, Mg and Cu anodes, glass fibre), a ratio, factor or percent change instead of one value, per
cm³ vs per m³ vs per mm², radius vs diameter, inverse problems (a temperature from D or from a
vacancy fraction, a crack half-length from a fracture stress, a yield strength from a resilience,
an undercooling from a nucleus radius, a field from a drift velocity), givens in other units (°F,
kcal/mol, eV/atom, psi, ksi, in., lb, Btu, Oe, pm, cm³/C), 'E' and 'x10-5' notation, comma
thousands, decimal commas, values in words ('raised by half', 'drops to a third of that value',
'doubled'), tables whose header carries units, GATE-style blanks, multiple-choice stems, 'Assume',
multi-part questions asking a middle part, a long paragraph with extra numbers, an irrelevant
given, magnitude and signed asks, and near-misses the relation does not fit (a stress beyond
yield, an alloy off the tie line, a field above H_C(0), total reflection from the lower-index side,
a ray leaving glass beyond the critical angle, a density below the amorphous one, the T³ law at
300 K, a Brinell strength for aluminium, a cubic metal of unnamed structure).

Main (6195c99) answered 183 of these 283 and 5 wrong: the volume per atom asked and the unit cell
volume answered; a gauge length that 'stretches uniformly to 2.48 in.' read as the change in
length (strain 1.24); 'Give the magnitude.' in a sentence after the ask and the hydrogen
electrode's negative potential answered; and a given moved by a share in words in a new state
('if the yield strength is raised by half', 'the mobility then drops to a third of that value')
read as first stated. Now 180 answered, 0 wrong, none of main's right answers lost (classes in
tests/test_answer_probe19_classes.py).

Keys computed below with plain math; a key of None means the question must be refused.
tests/test_answer_neighbours.py holds them at 0 wrong.
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
LB = 0.45359237
CAL = 4.184
BTU = 1055.05585262
YEAR = 3.15576e7
F = 96485.33212


def _k(t_c: float) -> float:
    return t_c + 273.15


def _two_theta(lam: float, d: float) -> float:
    return 2 * math.degrees(math.asin(lam / (2 * d)))


def _d(lam: float, two_theta: float) -> float:
    return lam / (2 * math.sin(math.radians(two_theta / 2)))


def _q_two(d1: float, t1: float, d2: float, t2: float) -> float:
    """Activation energy in J/mol from two rates at kelvin temperatures."""
    return R * math.log(d2 / d1) / (1 / t1 - 1 / t2)


def _erfinv(y: float) -> float:
    lo, hi = 0.0, 6.0
    for _ in range(200):
        mid = (lo + hi) / 2
        if math.erf(mid) < y:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def _at(w1: float, m1: float, m2: float) -> float:
    """Atom percent of species 1 from its weight percent in a binary."""
    return (w1 / m1) / (w1 / m1 + (100 - w1) / m2) * 100


def _wt(a1: float, m1: float, m2: float) -> float:
    """Weight percent of species 1 from its atom percent in a binary."""
    return a1 * m1 / (a1 * m1 + (100 - a1) * m2) * 100


def _nv(rho: float, m: float, q_ev: float, t_k: float) -> float:
    """Vacancies per cm³."""
    return rho * NA / m * math.exp(-q_ev / (k * t_k))


M_CU, M_ZN, M_NI, M_AG, M_SN, M_AL = 63.55, 65.38, 58.69, 107.87, 118.71, 26.98
M_VC = 2 * 12.011 + 3 * 1.008 + 35.45
M_PS = 8 * 12.011 + 8 * 1.008
M_PP = 3 * 12.011 + 6 * 1.008
M_PE = 2 * 12.011 + 4 * 1.008
M_MMA = 5 * 12.011 + 8 * 1.008 + 2 * 15.999
M_TFE = 2 * 12.011 + 4 * 18.998

_Q_T = _q_two(5.5e-14, _k(600), 3.9e-12, _k(800))
_Z_CARB = _erfinv((1.00 - 0.60) / (1.00 - 0.20))
_N_AVR = math.log(math.log(1 / 0.2) / math.log(1 / 0.8)) / math.log(3)
_Q_RX = _q_two(1 / 60, _k(350), 1 / 5, _k(400))
_K_GG = (45**2 - 20**2) / 30
_TAU = 60 / math.log(3.5 / 2.0)
_HB420 = 2 * 3000 / (PI * 10 * (10 - math.sqrt(100 - 4.2**2)))

# (question, key or None for must-refuse, pint unit of the key)
QUESTIONS: list[tuple[str, float | None, str]] = [
    # --- crystallography
    (
        "Tungsten is body-centred cubic with a = 3.165 Å. With Cu Kα radiation (λ = 1.542 Å), at what 2θ (degrees) does the 110 reflection appear?",
        _two_theta(1.542, 3.165 / math.sqrt(2)),
        "degree",
    ),
    (
        "Molybdenum (BCC, a = 3.147 Å) is scanned with Cu Kα, λ = 1.542 Å. At what diffraction angle 2θ, in degrees, should the (310) line be found?",
        _two_theta(1.542, 3.147 / math.sqrt(10)),
        "degree",
    ),
    (
        "Molybdenum is BCC with a = 314.7 pm. Using X-rays of wavelength 154.2 pm, find 2θ (degrees) for the 211 reflection.",
        _two_theta(1.542, 3.147 / math.sqrt(6)),
        "degree",
    ),
    (
        "Aluminium is FCC with a = 4.049 Å. For Cu Kα radiation (λ = 1.5406 Å), at what 2θ (degrees) does the (311) reflection occur?",
        _two_theta(1.5406, 4.049 / math.sqrt(11)),
        "degree",
    ),
    (
        "Molybdenum is body-centred cubic with a = 3.147 Å. With λ = 1.542 Å, what is the Bragg angle θ (not 2θ), in degrees, of the 211 reflection?",
        _two_theta(1.542, 3.147 / math.sqrt(6)) / 2,
        "degree",
    ),
    (
        "The lattice parameter of an FCC metal is 0.3615 nm. The interplanar spacing of its (111) planes (in nm) is ______ (three decimal places).",
        0.3615 / math.sqrt(3),
        "nm",
    ),
    (
        "A BCC metal has a = 2,86 Å. What is the spacing of its (200) planes in Å?",
        2.86 / 2,
        "angstrom",
    ),
    (
        "The lattice parameter of a BCC metal is 0.286 nm. What is the interplanar spacing of its (110) planes in pm?",
        286 / math.sqrt(2),
        "pm",
    ),
    (
        "Copper is FCC with a = 3.615 Å. What is the volume of its unit cell in nm³?",
        0.3615**3,
        "nm**3",
    ),
    (
        "Copper is FCC with a = 3.615 Å. What volume, in Å³, belongs to each atom of the crystal?",
        3.615**3 / 4,
        "angstrom**3",
    ),
    (
        "Copper (FCC) has an atomic radius of 0.128 nm. What is the volume of its unit cell in nm³?",
        (2 * math.sqrt(2) * 0.128) ** 3,
        "nm**3",
    ),
    (
        "alpha-iron is BCC with a = 0.2866 nm. What is the volume of the unit cell in m³?",
        0.2866e-9**3,
        "m**3",
    ),
    (
        "alpha-iron (BCC, a = 0.2866 nm). What is the planar density of its (110) plane in atoms per m²?",
        2 / (math.sqrt(2) * 0.2866e-9**2),
        "1/m**2",
    ),
    (
        "alpha-iron (BCC, a = 0.2866 nm). What is the planar density of its (100) plane, in atoms per nm²?",
        1 / 0.2866**2,
        "1/nm**2",
    ),
    (
        "Copper is FCC with a = 0.3615 nm. Find the planar density of the (111) plane in atoms/nm².",
        4 / (math.sqrt(3) * 0.3615**2),
        "1/nm**2",
    ),
    (
        "Copper is FCC with a = 0.3615 nm. Find the planar density of the (100) plane in atoms/nm².",
        2 / 0.3615**2,
        "1/nm**2",
    ),
    (
        "BCC iron has an atomic radius of 0.1241 nm. Compute the planar density of the (110) plane in atoms per nm².",
        2 / (math.sqrt(2) * (4 * 0.1241 / math.sqrt(3)) ** 2),
        "1/nm**2",
    ),
    (
        "alpha-iron is BCC with a = 0.2866 nm. What is the linear density along [111], in atoms per nm?",
        2 / (math.sqrt(3) * 0.2866),
        "1/nm",
    ),
    (
        "A powder pattern of an unknown BCC metal (Cu Kα, λ = 0.1542 nm) has its first line at 2θ = 40.26°. What is the lattice parameter of the metal in nm?",
        _d(0.1542, 40.26) * math.sqrt(2),
        "nm",
    ),
    (
        "An unknown FCC metal gives its lowest-angle line at 2θ = 38.2° with λ = 0.1542 nm. Find the atomic radius in Å.",
        _d(1.542, 38.2) * math.sqrt(3) * math.sqrt(2) / 4,
        "angstrom",
    ),
    (
        "An unknown cubic metal gives its first line at 2θ = 40.26° with λ = 0.1542 nm. What is its atomic radius in Å?",
        None,
        "angstrom",
    ),
    (
        "Chromium is BCC with a = 0,2884 nm and molar mass 52,00 g/mol. What is its theoretical density in g/cm³?",
        2 * 52.00 / (NA * (0.2884e-7) ** 3),
        "g/cm**3",
    ),
    (
        "Nickel is FCC with a = 0.3524 nm and an atomic weight of 58.69 g/mol. Calculate its density in kg/m³.",
        4 * 58.69e-3 / (NA * 0.3524e-9**3),
        "kg/m**3",
    ),
    (
        "Molybdenum (BCC) shows its first peak at 2θ = 40.44° with λ = 0.15406 nm. Its lattice parameter in Å is ______.",
        _d(1.5406, 40.44) * math.sqrt(2),
        "angstrom",
    ),
    # --- defects
    (
        "Calculate the equilibrium number of vacancies per cubic metre in copper at 1000 °C. Q_v = 0.90 eV/atom, ρ = 8.96 g/cm³, A = 63.55 g/mol.",
        _nv(8.96, 63.55, 0.90, _k(1000)) * 1e6,
        "1/m**3",
    ),
    (
        "Find the vacancy concentration (per cm³) of copper at 1000 °C if the formation energy is 86.8 kJ/mol, the density 8.96 g/cm³ and the atomic weight 63.55 g/mol.",
        8.96 * NA / 63.55 * math.exp(-86800 / (R * _k(1000))),
        "1/cm**3",
    ),
    (
        "Copper at 1832 °F: Q_v = 0.90 eV/atom, ρ = 8.96 g/cm³, A = 63.55 g/mol. How many vacancies per cm³ are present at equilibrium?",
        _nv(8.96, 63.55, 0.90, _k(1000)),
        "1/cm**3",
    ),
    (
        "For copper, Q_v = 0.90 eV/atom. What fraction of lattice sites are vacant at 1000 °C?",
        math.exp(-0.90 / (k * _k(1000))),
        "dimensionless",
    ),
    (
        "For copper, Q_v = 0.90 eV/atom. By what factor is the equilibrium vacancy fraction at 1000 °C larger than at 500 °C?",
        math.exp(-0.90 / (k * _k(1000))) / math.exp(-0.90 / (k * _k(500))),
        "dimensionless",
    ),
    (
        "Silver at 800 °C: vacancy formation energy 1.10 eV/atom, density 10.35 g/cm³, atomic weight 107.87 g/mol. How many vacancies are there per cubic metre?",
        _nv(10.35, 107.87, 1.10, _k(800)) * 1e6,
        "1/m**3",
    ),
    (
        "Silver: vacancy formation energy 1.10 eV/atom, density 10.35 g/cm³, atomic weight 107.87 g/mol. How many vacancies per cm³ at 1073 K?",
        _nv(10.35, 107.87, 1.10, 1073),
        "1/cm**3",
    ),
    (
        "Estimate the vacancies per cm³ in silver at 800 °C with a formation energy of 25.4 kcal/mol, density 10.35 g/cm³ and atomic weight 107.87 g/mol.",
        10.35 * NA / 107.87 * math.exp(-25.4 * CAL * 1000 / (R * _k(800))),
        "1/cm**3",
    ),
    (
        "Sodium chloride: density 2.165 g/cm³, molar mass 58.44 g/mol, Schottky formation energy 2.3 eV. Using N_s = N exp(−Q_s/2kT), how many Schottky defects per m³ are there at 800 K?",
        2.165 * NA / 58.44 * math.exp(-2.3 / (2 * k * 800)) * 1e6,
        "1/m**3",
    ),
    (
        "Potassium chloride: density 1.99 g/cm³, molar mass 74.55 g/mol, Schottky-pair formation energy 2.6 eV. With N_s = N exp(−Q_s/2kT), N the formula units per cm³, compute N_s per cm³ at 900 K.",
        1.99 * NA / 74.55 * math.exp(-2.6 / (2 * k * 900)),
        "1/cm**3",
    ),
    (
        "A micrograph of a brass at 100X shows about 45 grains per square inch. What is the ASTM grain size number?",
        1 + math.log2(45),
        "dimensionless",
    ),
    (
        "A micrograph taken at 200X shows 45 grains per square inch. What is the ASTM grain-size number (two decimals)?",
        1 + math.log2(45 * 4),
        "dimensionless",
    ),
    (
        "At a magnification of 50X a steel shows 45 grains per square inch. Find the ASTM grain size number.",
        1 + math.log2(45 / 4),
        "dimensionless",
    ),
    (
        "A steel has ASTM grain size number 7. How many grains per square inch would be seen at 100X?",
        2.0**6,
        "1/inch**2",
    ),
    (
        "A steel has ASTM grain size number 5. How many grains per square inch would a micrograph at 300X show?",
        2.0**4 / 9,
        "1/inch**2",
    ),
    (
        "A steel has ASTM grain size number 8. How many grains are there per square millimetre of real specimen area?",
        2.0**7 * 1e4 / 645.16,
        "1/mm**2",
    ),
    (
        "A cartridge brass has 35 w/o Zn, balance Cu. What is its zinc content in a/o?",
        _at(35, M_ZN, M_CU),
        "percent",
    ),
    (
        "A bronze contains 10 wt% Sn, balance Cu (Sn 118.71 g/mol, Cu 63.55 g/mol). Express the tin content in atom percent.",
        _at(10, M_SN, M_CU),
        "percent",
    ),
    (
        "A cartridge brass contains 30 w/o Zn, balance Cu. What is its copper content in a/o?",
        100 - _at(30, M_ZN, M_CU),
        "percent",
    ),
    (
        "An Al–Cu alloy has 4.0 wt% Cu. What is the copper concentration in at%?",
        _at(4.0, M_CU, M_AL),
        "percent",
    ),
    (
        "An EDS analysis reports 50 at% Ni in a Cu–Ni alloy. What is the nickel content in wt%?",
        _wt(50, M_NI, M_CU),
        "percent",
    ),
    (
        "A Cu–Ni alloy contains 40 at% Ni. What is its copper content in weight percent?",
        100 - _wt(40, M_NI, M_CU),
        "percent",
    ),
    (
        "The Ag–Cu eutectic lies at 71.9 w/o Ag. What is the eutectic copper content in a/o?",
        100 - _at(71.9, M_AG, M_CU),
        "percent",
    ),
    (
        "After cold rolling, a 10 mm cube of copper contains 1.0 × 10⁵ km of dislocation line. What is the dislocation density per mm²?",
        1e5 * 1e6 / 1000,
        "1/mm**2",
    ),
    (
        "A 5 mm cube of heavily rolled copper contains 2.5 × 10⁵ km of dislocation line. What is the dislocation density in m⁻²?",
        2.5e8 / (5e-3) ** 3,
        "1/m**2",
    ),
    (
        "The equilibrium vacancy fraction of a metal is 3.2E-5 at 700 °C and 1.5E-4 at 900 °C. With a pre-factor of one, what is the formation energy in eV per atom?",
        _q_two(3.2e-5, _k(700), 1.5e-4, _k(900)) / (NA * EV),
        "eV",
    ),
    # --- diffusion
    (
        "Carbon in austenite: D0 = 2.3 x10-5 m2/s, Qd = 148 kJ/mol. Calculate D at 950 C in cm2/s.",
        2.3e-1 * math.exp(-148000 / (R * _k(950))),
        "cm**2/s",
    ),
    (
        "Carbon diffusing in austenite has D0 = 2.3 × 10⁻⁵ m²/s and Q = 148 kJ/mol. What is D at 1742 °F, in m²/s?",
        2.3e-5 * math.exp(-148000 / (R * _k(950))),
        "m**2/s",
    ),
    (
        "For carbon in austenite D0 = 2.3E-5 m^2/s and Q = 148 kJ/mol. By what factor is D at 1100 °C larger than at 900 °C?",
        math.exp(-148000 / (R * _k(1100))) / math.exp(-148000 / (R * _k(900))),
        "dimensionless",
    ),
    (
        "Carbon in austenite: D0 = 0.23 cm²/s and Q = 35.4 kcal/mol. Find D at 950 °C in m²/s.",
        2.3e-5 * math.exp(-35400 * CAL / (R * _k(950))),
        "m**2/s",
    ),
    (
        "Carbon in austenite: D0 = 2.3 × 10⁻⁵ m²/s and an activation energy of 1.53 eV per atom. Compute D at 950 °C (m²/s).",
        2.3e-5 * math.exp(-1.53 / (k * _k(950))),
        "m**2/s",
    ),
    (
        "For copper diffusing in aluminium D0 = 6.5 × 10⁻⁵ m²/s and Q = 136 kJ/mol. At what temperature, in kelvin, is D = 1.0 × 10⁻¹³ m²/s?",
        136000 / (R * math.log(6.5e-5 / 1e-13)),
        "K",
    ),
    (
        "Cu in Al: D0 = 6.5E-5 m2/s, Q = 136 kJ/mol. At what temperature (°C) does D reach 1.0E-12 m2/s?",
        136000 / (R * math.log(6.5e-5 / 1e-12)) - 273.15,
        "degC",
    ),
    (
        "The diffusion coefficient of a solute was measured at two temperatures: | T (°C) | D (m²/s) | |---|---| | 600 | 5.5E-14 | | 800 | 3.9E-12 | Find the activation energy in eV per atom.",
        _Q_T / (NA * EV),
        "eV",
    ),
    (
        "Diffusion data: | T (K) | D (m²/s) | |---|---| | 873 | 5.5 × 10⁻¹⁴ | | 1073 | 3.9 × 10⁻¹² | What is the activation energy for diffusion in kJ/mol?",
        _q_two(5.5e-14, 873, 3.9e-12, 1073) / 1000,
        "kJ/mol",
    ),
    (
        "A solute has D = 5.5E-14 m²/s at 600 °C and D = 3.9E-12 m²/s at 800 °C. What is the activation energy in kcal/mol?",
        _Q_T / CAL / 1000,
        "kcal/mol",
    ),
    (
        "A solute has D = 5.5E-14 m²/s at 600 °C and D = 3.9E-12 m²/s at 800 °C. What is the pre-exponential factor D0 in m²/s?",
        5.5e-14 * math.exp(_Q_T / (R * _k(600))),
        "m**2/s",
    ),
    (
        "A solute has D = 5.5E-14 m²/s at 600 °C and D = 3.9E-12 m²/s at 800 °C. Estimate D at 700 °C in m²/s.",
        5.5e-14 * math.exp(-_Q_T / R * (1 / _k(700) - 1 / _k(600))),
        "m**2/s",
    ),
    (
        "A steel with C0 = 0.20 wt% C is carburized with the surface held at 1.00 wt% C; D = 1.6 × 10⁻¹¹ m²/s. How long, in minutes, until the carbon content 0.75 mm below the surface reaches 0.60 wt%?",
        (0.75e-3 / (2 * _Z_CARB)) ** 2 / 1.6e-11 / 60,
        "minute",
    ),
    (
        "A 0.20 wt% C steel is carburized at a surface concentration of 1.00 wt% C with D = 1.6e-11 m^2/s. How many hours until the carbon content 0.50 mm below the surface is 0.60 wt%?",
        (0.5e-3 / (2 * _Z_CARB)) ** 2 / 1.6e-11 / 3600,
        "hour",
    ),
    (
        "A 0.20 wt% C steel is carburized with the surface kept at 1.00 wt% C; D = 1.6 × 10⁻¹¹ m²/s. After 10 h, at what depth (mm) is the carbon content 0.60 wt%?",
        2 * _Z_CARB * math.sqrt(1.6e-11 * 36000) * 1e3,
        "mm",
    ),
    (
        "A carburizing treatment gives the required case in 10 h at 900 °C. With Q = 142 kJ/mol, how long (hours) would the same case take at 950 °C?",
        10 * math.exp(142000 / R * (1 / _k(950) - 1 / _k(900))),
        "hour",
    ),
    (
        "A carburizing treatment reaches the required case depth in 10 h at 900 °C. With Q = 142 kJ/mol, how many minutes are needed at 1000 °C?",
        600 * math.exp(142000 / R * (1 / _k(1000) - 1 / _k(900))),
        "minute",
    ),
    (
        "Hydrogen diffuses at steady state through a 5.0 mm thick steel plate; the concentrations at the faces are 1.2 and 0.4 kg/m³ and D = 3.0 × 10⁻¹¹ m²/s. What is the flux in kg m⁻² s⁻¹?",
        3.0e-11 * 0.8 / 5e-3,
        "kg/(m**2*s)",
    ),
    (
        "Hydrogen passes at steady state through a steel sheet 0.20 in. thick; the face concentrations are 1.2 kg/m³ and 0.4 kg/m³ and D = 3.0 × 10⁻¹¹ m²/s. Find the flux in kg/(m²·h).",
        3.0e-11 * 0.8 / (0.2 * IN) * 3600,
        "kg/(m**2*hour)",
    ),
    (
        "Hydrogen diffuses at steady state through a steel plate with face concentrations 1.2 kg/m³ and 0.4 kg/m³, D = 3.0 × 10⁻¹¹ m²/s. How thick (mm) must the plate be for the flux to be 2.4 × 10⁻⁹ kg m⁻² s⁻¹?",
        3.0e-11 * 0.8 / 2.4e-9 * 1e3,
        "mm",
    ),
    # --- mechanical
    (
        "A 10 in. long steel rod (E = 30 × 10^6 psi, yield strength 50 ksi) carries a tensile stress of 35 ksi. How much does it elongate, in mm?",
        10 * 35e3 / 30e6 * 25.4,
        "mm",
    ),
    (
        "A 10 in. aluminium rod (E = 10 × 10^6 psi, yield strength 40 ksi) is loaded to a tensile stress of 20 ksi. Find its elongation in inches.",
        10 * 20e3 / 10e6,
        "inch",
    ),
    (
        "A 10 in. long steel rod (E = 30 × 10^6 psi, yield strength 50 ksi) carries a tensile stress of 60 ksi. Using Hooke's law, how much does it elongate, in inches?",
        None,
        "inch",
    ),
    (
        "A steel tie rod 0.50 in. in diameter and 40 in. long carries 8,000 lbf in tension; E = 30 × 10⁶ psi. How much does it stretch, in mm?",
        8000 / (PI * 0.25**2) * 40 / 30e6 * 25.4,
        "mm",
    ),
    (
        "A steel tie rod of radius 0.25 in. and length 40 in. carries a tensile load of 8000 lbf. With E = 30 × 10⁶ psi, what is its elongation in inches?",
        8000 / (PI * 0.25**2) * 40 / 30e6,
        "inch",
    ),
    (
        "A steel rod 12.7 mm in diameter and 1.00 m long carries a tensile load of 35.6 kN; E = 207 GPa. What is its elongation in mm?",
        35.6e3 / (PI * 6.35e-3**2) / 207e9 * 1000,
        "mm",
    ),
    (
        "Find the modulus of resilience of a spring steel with σ_y = 1 460 MPa and E = 207 GPa, in kJ/m³.",
        1460e6**2 / (2 * 207e9) / 1000,
        "kJ/m**3",
    ),
    (
        "A steel has a yield strength of 80 ksi and E = 30 × 10^6 psi. What is its modulus of resilience in kJ/m³?",
        (80e3 * PSI) ** 2 / (2 * 30e6 * PSI) / 1000,
        "kJ/m**3",
    ),
    (
        "A steel spring has a yield strength of 45,000 psi and E = 30 × 10^6 psi. What is its modulus of resilience in psi (in.-lbf/in.³)?",
        45000**2 / (2 * 30e6),
        "psi",
    ),
    (
        "A steel with E = 207 GPa must have a modulus of resilience of 2.0 MJ/m³. What minimum yield strength (MPa) is needed?",
        math.sqrt(2 * 207e9 * 2.0e6) / 1e6,
        "MPa",
    ),
    (
        "A Brinell test with a 10 mm ball and 3000 kg load leaves a 4.20 mm impression on a plain-carbon steel. What is the Brinell hardness number?",
        _HB420,
        "kg/mm**2",
    ),
    (
        "A Brinell test with a 10 mm ball and 3000 kg load leaves a 4.20 mm impression on a plain-carbon steel. Estimate the tensile strength in psi.",
        500 * _HB420,
        "psi",
    ),
    (
        "A Brinell test with a 10 mm ball and a 3000 kg load leaves an impression 3.80 mm across on a plain-carbon steel. Estimate the tensile strength in MPa.",
        3.45 * 2 * 3000 / (PI * 10 * (10 - math.sqrt(100 - 3.8**2))),
        "MPa",
    ),
    (
        "A Brinell test with a 10 mm ball and a 500 kg load leaves a 4.20 mm impression on an aluminium alloy. Estimate its tensile strength in MPa.",
        None,
        "MPa",
    ),
    (
        "During a tensile test the 50 mm gauge length of a copper bar extends uniformly to 62 mm. What is the true strain?",
        math.log(62 / 50),
        "dimensionless",
    ),
    (
        "A copper specimen's 2.00 in. gauge length stretches uniformly to 2.48 in. What is the engineering strain?",
        0.48 / 2.0,
        "dimensionless",
    ),
    (
        "A 50 mm gauge length extends uniformly to 62 mm in a tensile test. Express the engineering strain as a percentage.",
        24.0,
        "percent",
    ),
    (
        "A stainless steel flow curve obeys σ_T = K ε_T^n with K = 620 MPa and n = 0.18. What true stress (MPa) produces a true strain of 0.25?",
        620 * 0.25**0.18,
        "MPa",
    ),
    (
        "A stainless steel flow curve obeys σ_T = K ε_T^n with K = 90 ksi and n = 0.18. What true stress, in MPa, gives a true strain of 0.15?",
        90e3 * PSI * 0.15**0.18 / 1e6,
        "MPa",
    ),
    (
        "A metal follows σ_T = K ε_T^n with K = 620 MPa and n = 0.18. What true strain is needed to reach a true stress of 500 MPa?",
        (500 / 620) ** (1 / 0.18),
        "dimensionless",
    ),
    # --- failure
    (
        "An alloy with K_Ic = 60 ksi·in^1/2 carries a design stress of 45 ksi. For an edge crack with Y = 1.12, what is the critical crack length in inches?",
        (60 / (1.12 * 45)) ** 2 / PI,
        "inch",
    ),
    (
        "An alloy with K_Ic = 66 MPa√m carries a design stress of 310 MPa. For an edge crack with Y = 1.12, find the critical crack length in mm.",
        (66 / (1.12 * 310)) ** 2 / PI * 1000,
        "mm",
    ),
    (
        "A component of an alloy with K_Ic = 60 ksi·in^1/2 operates at 45 ksi. The edge crack geometry factor is 1.0. What is the largest allowable crack in mm?",
        (60 / 45) ** 2 / PI * 25.4,
        "mm",
    ),
    (
        "A plate of an aluminium alloy with K_Ic = 35 MPa√m carries a design stress of 40 ksi. With Y = 1.12, what is the largest edge crack in inches?",
        (35e6 / (1.12 * 40e3 * PSI)) ** 2 / PI / IN,
        "inch",
    ),
    (
        "A steel plate (K_Ic = 55 MPa√m, yield strength 1 100 MPa) has a 2.0 mm edge crack (Y = 1.12). What is the maximum tensile stress (MPa) it can carry without fracture?",
        55 / (1.12 * math.sqrt(PI * 2e-3)),
        "MPa",
    ),
    (
        "Estimate the maximum stress at the tip of a surface crack 0.1 mm long with a tip radius of 0.4 µm under a nominal stress of 150 MPa, using σ_m = 2σ₀(a/ρ_t)^1/2. Give the answer in MPa.",
        2 * 150 * math.sqrt(0.1e-3 / 0.4e-6),
        "MPa",
    ),
    (
        "A surface crack 0.1 mm long has a tip radius of 0.4 micrometres. Using σ_m = 2σ₀(a/ρ_t)^1/2, what is the stress concentration factor K_t = σ_m/σ₀?",
        2 * math.sqrt(0.1e-3 / 0.4e-6),
        "dimensionless",
    ),
    (
        "An internal crack 0.2 mm long has a tip radius of 0.4 µm. With σ_m = 2σ₀(a/ρ_t)^1/2, estimate the tip stress (GPa) when the nominal stress is 150 MPa.",
        2 * 0.150 * math.sqrt(0.1e-3 / 0.4e-6),
        "GPa",
    ),
    (
        "A steel obeys σ_a = σ_f'(2N_f)^b with σ_f' = 900 MPa and b = -0.09. What stress amplitude (MPa) gives a life of 10⁶ cycles?",
        900 * (2e6) ** -0.09,
        "MPa",
    ),
    (
        "A steel obeys Basquin's law σ_a = σ_f'(2N_f)^b, σ_f' = 900 MPa, b = -0.09. How many reversals 2N_f does it survive at 350 MPa?",
        (350 / 900) ** (1 / -0.09),
        "dimensionless",
    ),
    (
        "A steel obeys σ_a = σ_f'(2N_f)^b with σ_f' = 130 ksi and b = -0.09. How many cycles N_f at a stress amplitude of 50 ksi?",
        0.5 * (50 / 130) ** (1 / -0.09),
        "dimensionless",
    ),
    (
        "A soda-lime glass (E = 70 GPa, surface energy 0.3 J/m²) has an internal crack 4 µm long normal to the tension. By Griffith, what is the fracture stress in ksi?",
        math.sqrt(2 * 70e9 * 0.3 / (PI * 2e-6)) / KSI,
        "ksi",
    ),
    (
        "A soda-lime glass (E = 70 GPa, specific surface energy 0.3 J/m²) has a surface crack 4 µm deep. Estimate the Griffith fracture stress in MPa.",
        math.sqrt(2 * 70e9 * 0.3 / (PI * 4e-6)) / 1e6,
        "MPa",
    ),
    (
        "A glass (E = 70 GPa, surface energy 0.3 J/m²) fractures at 40 MPa. By Griffith's criterion, what is the half-length of the internal crack that caused it, in µm?",
        2 * 70e9 * 0.3 / (PI * 40e6**2) * 1e6,
        "um",
    ),
    (
        "The Larson–Miller curve of an alloy passes through P = 24.0 × 10³ (T in K, t in h, C = 20) at 100 MPa. Predict the rupture life at 100 MPa and 600 °C in hours.",
        10 ** (24000 / _k(600) - 20),
        "hour",
    ),
    (
        "The Larson–Miller parameter of an alloy at 100 MPa is 24.0 × 10³ (T in K, t in h, C = 20). What is the rupture life at 650 °C, in days?",
        10 ** (24000 / _k(650) - 20) / 24,
        "day",
    ),
    (
        "At 100 MPa an alloy has a Larson–Miller parameter of 24.0 × 10³ (T in K, t in h, C = 20). At what temperature (°C) will it last 10,000 h?",
        24000 / (20 + 4) - 273.15,
        "degC",
    ),
    (
        "An alloy creeps at 2.5 × 10⁻⁶ h⁻¹ at 700 K; the creep activation energy is 270 kJ/mol. At the same stress, what is the steady-state creep rate at 800 K in h⁻¹?",
        2.5e-6 * math.exp(270000 / R * (1 / 700 - 1 / 800)),
        "1/hour",
    ),
    (
        "An alloy creeps at a steady rate of 2.5 × 10⁻⁶ h⁻¹ at 700 K; Q for creep is 270 kJ/mol. By what factor does the creep rate increase on heating to 750 K at the same stress?",
        math.exp(270000 / R * (1 / 700 - 1 / 750)),
        "dimensionless",
    ),
    (
        "An alloy creeps at a steady rate of 2.5 × 10⁻⁶ h⁻¹ at 700 K under a constant stress, with a creep activation energy of 64.5 kcal/mol. What is the rate at 750 K (h⁻¹)?",
        2.5e-6 * math.exp(64500 * CAL / R * (1 / 700 - 1 / 750)),
        "1/hour",
    ),
    # --- phase diagrams
    (
        "On the Cu–Ni diagram the tie line at 1250 °C meets the liquidus at 31.5 wt% Ni and the solidus at 42.5 wt% Ni. For a 35 wt% Ni alloy, what percentage of the mass is liquid?",
        (42.5 - 35) / (42.5 - 31.5) * 100,
        "percent",
    ),
    (
        "At 1250 °C the Cu–Ni tie line runs from 31.5 wt% Ni (liquid) to 42.5 wt% Ni (α). How many grams of α are in 2.0 kg of a 35 wt% Ni alloy at that temperature?",
        (35 - 31.5) / 11 * 2000,
        "gram",
    ),
    (
        "At 1250 °C the Cu–Ni tie line runs from the liquidus at 31.5 wt% Ni to the solidus at 42.5 wt% Ni. What is the mass fraction of α in a 25 wt% Ni alloy at this temperature?",
        None,
        "percent",
    ),
    (
        "A binary A–B alloy of 35 wt% B sits in the α + L field with Cα = 8 wt% B and C_L = 71 wt% B. What mass percentage is α?",
        (71 - 35) / 63 * 100,
        "percent",
    ),
    (
        "A 2.5 kg bar of 1.20 wt% C steel is slowly cooled from 900 °C. With the eutectoid at 0.76 wt% C and cementite at 6.70 wt% C, how many grams of proeutectoid cementite form?",
        (1.20 - 0.76) / (6.70 - 0.76) * 2500,
        "gram",
    ),
    (
        "A 5.5 lb bar of 1.00 wt% C steel is slowly cooled to room temperature. Taking the eutectoid at 0.76 wt% C and Fe3C at 6.70 wt% C, what mass of proeutectoid cementite (kg) does it contain?",
        (1.00 - 0.76) / 5.94 * 5.5 * LB,
        "kg",
    ),
    (
        "A 2.5 kg forging of 0.60 wt% C steel is slowly cooled to just below the eutectoid. Taking the eutectoid at 0.76 wt% C and ferrite at 0.022 wt% C, what mass (kg) of proeutectoid ferrite forms?",
        (0.76 - 0.60) / (0.76 - 0.022) * 2.5,
        "kg",
    ),
    (
        "A slowly cooled plain-carbon steel contains pearlite and 8.0 % proeutectoid cementite by mass. Estimate its carbon content (wt%).",
        0.76 + 0.08 * (6.70 - 0.76),
        "percent",
    ),
    (
        "A slowly cooled plain-carbon steel contains pearlite and 10 % proeutectoid ferrite by mass. Taking the eutectoid at 0.76 wt% C and ferrite at 0.022 wt% C, estimate its carbon content in wt%.",
        0.76 - 0.10 * (0.76 - 0.022),
        "percent",
    ),
    (
        "A Cu–Ni alloy liquidus composition is read as 40 at.% Ni. Express it in wt% Ni.",
        _wt(40, M_NI, M_CU),
        "percent",
    ),
    # --- transformations
    (
        "An isothermal transformation is 10 % complete after 50 s and 90 % complete after 200 s. Assuming Avrami kinetics, find the exponent n.",
        math.log(math.log(10) / math.log(1 / 0.9)) / math.log(4),
        "dimensionless",
    ),
    (
        "An isothermal transformation is 20 % complete after 100 s and 80 % complete after 300 s. Assuming Avrami kinetics y = 1 − exp(−k tⁿ), how long (s) does it take to reach 50 %?",
        100 * (math.log(2) / math.log(1 / 0.8)) ** (1 / _N_AVR),
        "s",
    ),
    (
        "A recrystallization follows the Avrami equation with n = 2.5 and is half complete after 120 s. How long does it take to reach 99 % recrystallized, in seconds?",
        120 * (math.log(100) / math.log(2)) ** (1 / 2.5),
        "s",
    ),
    (
        "A transformation obeys Avrami kinetics with n = 3 and is 50 % complete after 60 s. How long (s) until it is 25 % complete?",
        60 * (math.log(1 / 0.75) / math.log(2)) ** (1 / 3),
        "s",
    ),
    (
        "A recrystallization follows the Avrami equation with n = 2.5 and is half complete after 2 min. What fraction is recrystallized after 4 min?",
        1 - math.exp(-math.log(2) * 2**2.5),
        "dimensionless",
    ),
    (
        "For homogeneous nucleation of solid nickel, ΔH_f = -2.53 × 10⁹ J/m³, γ = 0.255 J/m² and T_m = 1455 °C. What is the critical nucleus diameter, in nm, at an undercooling of 319 °C?",
        2 * 2 * 0.255 * _k(1455) / (2.53e9 * 319) * 1e9,
        "nm",
    ),
    (
        "Nickel: ΔH_f = -2.53 × 10⁹ J/m³, γ = 0.255 J/m², T_m = 1455 °C. Find the critical radius (nm) for homogeneous nucleation at an undercooling of 574.2 °F.",
        2 * 0.255 * _k(1455) / (2.53e9 * 319) * 1e9,
        "nm",
    ),
    (
        "Nickel: ΔH_f = -2.53 × 10⁹ J/m³, γ = 0.255 J/m², T_m = 1455 °C. Compute the activation free energy ΔG* (J) for homogeneous nucleation at an undercooling of 319 K.",
        16 * PI * 0.255**3 * _k(1455) ** 2 / (3 * 2.53e9**2 * 319**2),
        "J",
    ),
    (
        "Copper: ΔH_f = -1.77 × 10⁹ J/m³, γ = 0.177 J/m², T_m = 1085 °C. What is ΔG* in joules at an undercooling of 200 K?",
        16 * PI * 0.177**3 * _k(1085) ** 2 / (3 * 1.77e9**2 * 200**2),
        "J",
    ),
    (
        "Copper: ΔH_f = -1.628 × 10⁹ J/m³, γ = 0.177 J/m², T_m = 1085 °C. What undercooling (K) gives a critical nucleus radius of 1.0 nm?",
        2 * 0.177 * _k(1085) / (1.628e9 * 1.0e-9),
        "K",
    ),
    (
        "A cold-worked copper alloy recrystallises completely in 60 min at 350 °C and in 5 min at 400 °C. Assuming an Arrhenius law, how long (minutes) at 425 °C?",
        5 * math.exp(_Q_RX / R * (1 / _k(425) - 1 / _k(400))),
        "minute",
    ),
    (
        "A cold-worked copper alloy recrystallises completely in 60 min at 350 °C and in 5 min at 400 °C. Assuming the rate is Arrhenius, what is the activation energy in kJ/mol?",
        _Q_RX / 1000,
        "kJ/mol",
    ),
    (
        "Cold-worked copper is 50 % recrystallized after 12 min at 110 °C and after 95 min at 80 °C. With an Arrhenius rate 1/t₅₀, how many minutes at 100 °C?",
        12 * math.exp(_q_two(1 / 95, _k(80), 1 / 12, _k(110)) / R * (1 / _k(100) - 1 / _k(110))),
        "minute",
    ),
    (
        "Grain growth in a brass obeys d² − d0² = K t. The initial grain diameter is 20 µm and after 30 min at 650 °C it is 45 µm. How long (min) until the diameter reaches 60 µm?",
        (60**2 - 20**2) / _K_GG,
        "minute",
    ),
    (
        "Grain growth in brass obeys d^2 - d0^2 = K t; d0 = 20 um and d = 45 um after 30 min at 650 C. What is K in um^2/min?",
        _K_GG,
        "um**2/minute",
    ),
    (
        "Grain growth in a brass obeys d² − d0² = K t. Starting at 20 µm, the grains reach 45 µm after half an hour at 650 °C. What diameter (µm) after 1.5 h?",
        math.sqrt(20**2 + _K_GG * 90),
        "um",
    ),
    # --- electrical
    (
        "A silicon wafer is doped with phosphorus at 3.2E15 cm^-3, all donors ionised; the electron mobility is 1350 cm2/V-s. What is its conductivity in S/m?",
        3.2e15 * EV * 1350 * 100,
        "S/m",
    ),
    (
        "Silicon doped with 3.2 × 10²¹ phosphorus atoms per m³ (all ionised) has an electron mobility of 0.135 m²/(V·s). What is its resistivity in Ω·m?",
        1 / (3.2e21 * EV * 0.135),
        "ohm*m",
    ),
    (
        "A silicon wafer is doped with boron at 3.2E15 cm^-3; every acceptor is ionised and the hole mobility is 480 cm2/V-s. What is the resistivity in ohm-cm?",
        1 / (3.2e15 * EV * 480),
        "ohm*cm",
    ),
    (
        "A silicon wafer doped with phosphorus at 3.2E15 cm^-3 has an electron mobility of 1350 cm2/V-s. If the doping is doubled and the mobility is unchanged, what is the resistivity in ohm-cm?",
        1 / (6.4e15 * EV * 1350),
        "ohm*cm",
    ),
    (
        "Hall measurements on a metal foil give R_H = -7.1 × 10⁻⁵ cm³/C. Assuming electron conduction only, how many conduction electrons per m³?",
        1 / (7.1e-11 * EV),
        "1/m**3",
    ),
    (
        "Hall measurements give R_H = -7.1x10-11 m3/C for a metal. How many conduction electrons are there per cubic centimetre?",
        1 / (7.1e-11 * EV) / 1e6,
        "1/cm**3",
    ),
    (
        "A metal has 8.5 × 10²⁸ conduction electrons per m³. What Hall coefficient (m³/C) would you expect, magnitude only?",
        1 / (8.5e28 * EV),
        "m**3/C",
    ),
    (
        "A parallel-plate capacitor has plates of area 2.5 cm² separated by a 0.15 mm sheet of ceramic with dielectric constant 6.0. What is its capacitance in pF?",
        8.8541878128e-12 * 6 * 2.5e-4 / 0.15e-3 * 1e12,
        "pF",
    ),
    (
        "A parallel-plate capacitor has plates of area 2.5 x10-4 m2 separated by a 0.15 mm ceramic sheet with dielectric constant 6.0. What charge (pC) does it store at 50 V?",
        8.8541878128e-12 * 6 * 2.5e-4 / 0.15e-3 * 50 * 1e12,
        "pC",
    ),
    (
        "A parallel-plate capacitor with 2.5 x10-4 m2 plates and a 0.30 mm thick dielectric of constant 6.0: its capacitance is ______ pF.",
        8.8541878128e-12 * 6 * 2.5e-4 / 0.30e-3 * 1e12,
        "pF",
    ),
    (
        "A parallel-plate capacitor with plates of area 2.5 x10-4 m2 and a 0.15 mm gap has a capacitance of 88.5 pF. What is the dielectric constant of the material between the plates?",
        88.5e-12 * 0.15e-3 / (8.8541878128e-12 * 2.5e-4),
        "dimensionless",
    ),
    (
        "In silicon the electron mobility is 1400 cm²/(V·s). A field of 250 V/cm is applied. What is the electron drift velocity in m/s?",
        0.14 * 25000,
        "m/s",
    ),
    (
        "In a silicon sample the electron mobility is 0.14 m²/(V·s). What field (V/m) gives a drift velocity of 700 m/s?",
        700 / 0.14,
        "V/m",
    ),
    (
        "In a silicon sample the hole mobility is 0.048 m²/(V·s) and the electron mobility 0.14 m²/(V·s). An electric field of 250 V/cm is applied. What is the hole drift velocity (m/s)?",
        0.048 * 25000,
        "m/s",
    ),
    (
        "Intrinsic silicon at 300 K: carrier concentration 1.0 × 10^10 cm^-3, electron and hole mobilities 1350 and 480 cm^2/(V s). What is its resistivity in ohm·m?",
        1 / (1e16 * EV * 0.183),
        "ohm*m",
    ),
    (
        "Intrinsic germanium: n_i = 2.4 × 10¹⁹ m⁻³, μ_e = 0.38 and μ_h = 0.18 m²/(V·s). What is its electrical resistivity in Ω·m?",
        1 / (2.4e19 * EV * 0.56),
        "ohm*m",
    ),
    (
        "Silicon is doped with 5 × 10²¹ arsenic atoms per m³, all ionised; the electron mobility is 0.10 m²/(V·s). What is its conductivity in (Ω·m)⁻¹?",
        5e21 * EV * 0.10,
        "S/m",
    ),
    # --- magnetic
    (
        "Aluminium has a volume susceptibility of 2.2*10^-5 (SI). In a field H = 1.5*10^5 A/m, what flux density B (in tesla) exists in it?",
        MU0 * (1 + 2.2e-5) * 1.5e5,
        "T",
    ),
    (
        "A paramagnetic solid with χ = 2.2 × 10⁻⁵ sits in a field of 2000 Oe. What magnetization (A/m) is induced?",
        2.2e-5 * 2000 * 1000 / (4 * PI),
        "A/m",
    ),
    (
        "A diamagnetic solid (χ_m = -2.1 × 10⁻⁵) is placed in H = 1.0 × 10⁵ A/m. What is the magnitude of its magnetization in A/m?",
        2.1,
        "A/m",
    ),
    (
        "Nickel has a saturation magnetization of 5.1 × 10⁵ A/m, density 8.90 g/cm³ and atomic weight 58.69 g/mol. How many Bohr magnetons per atom?",
        5.1e5 / (8.90e6 * NA / 58.69 * MU_B),
        "dimensionless",
    ),
    (
        "Cobalt (density 8.9 g/cm^3, atomic weight 58.93 g/mol) carries 1.72 Bohr magnetons per atom. What is its saturation magnetization in A/m?",
        1.72 * MU_B * 8.9e6 * NA / 58.93,
        "A/m",
    ),
    (
        "Each iron atom carries 2.22 Bohr magnetons; iron is BCC with a = 0.2866 nm. Compute the saturation magnetization in kA/m.",
        2 * 2.22 * MU_B / 0.2866e-9**3 / 1000,
        "kA/m",
    ),
    (
        "Each nickel atom carries 0.60 Bohr magneton; nickel is FCC with a = 0.3524 nm. What is the saturation flux density μ0M_s in tesla?",
        MU0 * 4 * 0.60 * MU_B / 0.3524e-9**3,
        "T",
    ),
    (
        "A coil of 400 turns wound on a 10 in. core carries 2.0 A. What magnetic field strength H (A/m) does it produce?",
        400 * 2.0 / (10 * IN),
        "A/m",
    ),
    (
        "A 400-turn coil wound uniformly on a core 0.25 m long carries 2.0 A; the core's relative permeability is 200. What is B in tesla?",
        MU0 * 200 * 400 * 2 / 0.25,
        "T",
    ),
    (
        "A 400-turn coil of length 10 in. carries 2.0 A with no core (vacuum). What flux density B (tesla) is produced inside?",
        MU0 * 400 * 2 / (10 * IN),
        "T",
    ),
    (
        "Above its Curie point a ferromagnet follows the Curie–Weiss law; χ = 2.0 × 10⁻³ at 500 K and 1.0 × 10⁻³ at 700 K. What is the paramagnetic Curie temperature in K?",
        300.0,
        "K",
    ),
    (
        "A ferromagnet above its ordering temperature obeys χ = C/(T − θ): | T (°C) | χ | |---|---| | 227 | 2.0 × 10⁻³ | | 427 | 1.0 × 10⁻³ | Find θ in K.",
        300.15,
        "K",
    ),
    (
        "Lead has T_c = 7.19 K and H_C(0) = 65 kA/m. What is its critical field (kA/m) at 4.2 K?",
        65 * (1 - (4.2 / 7.19) ** 2),
        "kA/m",
    ),
    (
        "Lead becomes superconducting below 7.19 K and its critical field at 0 K is 65 kA/m. Up to what temperature (K) does it stay superconducting in an applied field of 20 kA/m?",
        7.19 * math.sqrt(1 - 20 / 65),
        "K",
    ),
    (
        "Lead becomes superconducting below 7.19 K and its critical field at 0 K is 65 kA/m. Up to what temperature does it stay superconducting in an applied field of 80 kA/m? ____ K",
        None,
        "K",
    ),
    (
        "A soft-iron ring reaches B = 0.63 T at H = 500 A/m. What is its relative permeability?",
        0.63 / (MU0 * 500),
        "dimensionless",
    ),
    (
        "A soft iron reaches B = 1.2 T when H = 800 A/m. What is its magnetic susceptibility?",
        1.2 / (MU0 * 800) - 1,
        "dimensionless",
    ),
    (
        "A paramagnetic salt obeys Curie's law with χ = 2.4 × 10⁻⁴ at 300 K. What is χ at 4.2 K?",
        2.4e-4 * 300 / 4.2,
        "dimensionless",
    ),
    (
        "A paramagnetic salt obeys Curie's law with χ = 2.4 × 10⁻⁴ at 300 K. At what temperature (K) is its susceptibility 1.2 × 10⁻³?",
        300 * 2.4e-4 / 1.2e-3,
        "K",
    ),
    # --- optical
    (
        "Silicon has a band gap of 1.11 eV. What is the longest wavelength (µm) it can absorb by band-to-band excitation?",
        H * C / (1.11 * EV) * 1e6,
        "um",
    ),
    (
        "A semiconductor absorbs light only at wavelengths shorter than 620 nm. What is its band gap in eV?",
        H * C / (620e-9 * EV),
        "eV",
    ),
    (
        "Gallium arsenide has a band gap of 1.42 eV. What is the energy (J) of a photon at its absorption edge?",
        1.42 * EV,
        "J",
    ),
    (
        "Gallium arsenide has a band gap of 1.42 eV. What is the lowest photon frequency (Hz) it can absorb across the gap?",
        1.42 * EV / H,
        "Hz",
    ),
    (
        "Light travels inside glass of index 1.52 towards a glass–air surface. Beyond what angle of incidence (degrees) is it totally reflected?",
        math.degrees(math.asin(1 / 1.52)),
        "degree",
    ),
    (
        "What is the critical angle (degrees) for light inside diamond (n = 2.42) meeting a diamond–water interface (n = 1.33)?",
        math.degrees(math.asin(1.33 / 2.42)),
        "degree",
    ),
    (
        "Light travelling in water (n = 1.33) meets a glass wall of index 1.52. At what angle of incidence is it totally reflected?",
        None,
        "degree",
    ),
    (
        "Light strikes a window-glass plate (n = 1.50) immersed in water (n = 1.33) at normal incidence. What percentage is reflected at the water–glass surface?",
        ((1.50 - 1.33) / (1.50 + 1.33)) ** 2 * 100,
        "percent",
    ),
    (
        "Diamond has n = 2.42. What fraction (as a decimal) of normally incident light is reflected at a diamond–air surface?",
        ((2.42 - 1) / 3.42) ** 2,
        "dimensionless",
    ),
    (
        "A 0.50 in. thick plate of transparent polymer (n = 1.50, absorption coefficient 0.08 cm^-1) is lit at normal incidence. Allowing for reflection at both faces and absorption, what fraction is transmitted?",
        0.96**2 * math.exp(-0.08 * 1.27),
        "dimensionless",
    ),
    (
        "A 12 mm thick polymer plate has an absorption coefficient of 0.08 cm^-1. Ignoring reflection, what fraction of the light entering it leaves the far side?",
        math.exp(-0.096),
        "dimensionless",
    ),
    (
        "A 2.0 cm glass plate with n = 1.52 and β = 0.15 cm⁻¹: allowing for reflection at both faces, what percentage of normally incident light is transmitted?",
        (1 - (0.52 / 2.52) ** 2) ** 2 * math.exp(-0.3) * 100,
        "percent",
    ),
    (
        "A non-magnetic transparent solid has ε_r = 4.0 at optical frequencies. Estimate the speed of light in it, m/s.",
        C / 2,
        "m/s",
    ),
    (
        "Polyethylene has ε_r ≈ 2.3 at optical frequencies and is non-magnetic. Estimate its refractive index.",
        math.sqrt(2.3),
        "dimensionless",
    ),
    (
        "A step-index fibre has a core index of 1.48 and cladding index of 1.46. What is its numerical aperture?",
        math.sqrt(1.48**2 - 1.46**2),
        "dimensionless",
    ),
    (
        "A step-index fibre (core n = 1.50, cladding n = 1.47) is used in air. What is its maximum acceptance half-angle in degrees?",
        math.degrees(math.asin(math.sqrt(1.50**2 - 1.47**2))),
        "degree",
    ),
    (
        "A ray in air meets crown glass (n = 1,52) at 50° from the normal. What is the angle of refraction (degrees)?",
        math.degrees(math.asin(math.sin(math.radians(50)) / 1.52)),
        "degree",
    ),
    (
        "A ray travelling in water (n = 1.33) strikes a flat glass surface (n = 1.52) at 35° from the normal. What is the angle of refraction in degrees?",
        math.degrees(math.asin(1.33 * math.sin(math.radians(35)) / 1.52)),
        "degree",
    ),
    (
        "A ray inside crown glass (n = 1.52) reaches the glass–air surface at 50° from the normal. What angle of refraction (degrees) does it leave with?",
        None,
        "degree",
    ),
    (
        "A helium–neon laser (λ = 632.8 nm) emits 1.0 mW continuously. How many photons per second?",
        1e-3 * 632.8e-9 / (H * C),
        "1/s",
    ),
    (
        "A ruby laser (λ = 694.3 nm) emits 5.0 mW. What is the energy of one photon in eV?",
        H * C / (694.3e-9 * EV),
        "eV",
    ),
    # --- thermal
    (
        "A 39-ft steel rail is laid at 20 °F; α = 6.5 × 10⁻⁶ (°F)⁻¹. How much longer, in mm, is it at 110 °F?",
        39 * 12 * 6.5e-6 * 90 * 25.4,
        "mm",
    ),
    (
        "A 12 m steel rail (α = 11.7 × 10⁻⁶ °C⁻¹) is laid at −5 °C. How much longer (mm) is it at 40 °C?",
        12e3 * 11.7e-6 * 45,
        "mm",
    ),
    (
        "A 39-ft steel rail (α = 6.5 × 10⁻⁶ per °F) is laid on a summer day at 110 °F. How much does it shrink, in inches, when it cools to 20 °F?",
        39 * 12 * 6.5e-6 * 90,
        "inch",
    ),
    (
        "A steel rail is clamped so it cannot expand; E = 30 × 10⁶ psi and α = 6.5 × 10⁻⁶ (°F)⁻¹. What compressive stress (psi) develops when it warms from 20 °F to 110 °F?",
        30e6 * 6.5e-6 * 90,
        "psi",
    ),
    (
        "How much heat (kJ) is needed to raise 5.0 lb of copper from 77 °F to 302 °F? c_p of Cu = 0.385 J/g·K.",
        5 * LB * 1000 * 0.385 * 125 / 1000,
        "kJ",
    ),
    (
        "How much heat, in Btu, is needed to raise 5.0 lb of copper from 25 °C to 150 °C? c_p = 0.385 J/g·K.",
        5 * LB * 1000 * 0.385 * 125 / BTU,
        "Btu",
    ),
    (
        "How much heat must be supplied to raise 5.0 lb of aluminium from 70 °F to 400 °F? c_p = 0.215 Btu/(lb·°F). Answer in Btu.",
        5 * 0.215 * 330,
        "Btu",
    ),
    (
        "How much heat (kJ) raises 2.5 kg of aluminium (c_p = 0.215 cal/g·°C) from 25 °C to 300 °C?",
        2500 * 0.215 * CAL * 275 / 1000,
        "kJ",
    ),
    (
        "The Debye temperature of copper is 343 K. Estimate its molar heat capacity at 20 K, in J/(mol·K).",
        12 * PI**4 * R / 5 * (20 / 343) ** 3,
        "J/(mol*K)",
    ),
    (
        "The Debye temperature of aluminium is 428 K. Estimate its molar heat capacity at 10 K in mJ/(mol·K).",
        12 * PI**4 * R / 5 * (10 / 428) ** 3 * 1000,
        "mJ/(mol*K)",
    ),
    (
        "The Debye temperature of copper is 343 K. Estimate the molar heat capacity at 300 K using the T³ law.",
        None,
        "J/(mol*K)",
    ),
    (
        "A brass plate (k = 120 W/m·K) 5.0 mm thick and 0.20 m² in area has faces at 140 °C and 100 °C. What is the steady heat flow rate in kW?",
        120 * 0.2 * 40 / 5e-3 / 1000,
        "kW",
    ),
    (
        "A brass plate (k = 120 W/(m·K)), 0.20 in. thick and 0.20 m² in area, has faces held at 140 °C and 100 °C. What is the heat flux in W/m²?",
        120 * 40 / (0.2 * IN),
        "W/m**2",
    ),
    (
        "How much heat, in Btu, is needed to raise 5.5 lb of aluminium (c_p = 900 J/kg·K) from 25 °C to 300 °C?",
        5.5 * LB * 900 * 275 / BTU,
        "Btu",
    ),
    # --- polymers
    (
        "A polystyrene has a number-average molecular weight of 85 000 g/mol. What is its number-average degree of polymerization?",
        85000 / M_PS,
        "dimensionless",
    ),
    (
        "A polypropylene has Mn = 85,000 g/mol. What is its number-average degree of polymerization?",
        85000 / M_PP,
        "dimensionless",
    ),
    (
        "A PTFE resin has a number-average molecular weight of 85 000 g/mol. What is its degree of polymerization?",
        85000 / M_TFE,
        "dimensionless",
    ),
    (
        "A poly(vinyl chloride) has a number-average degree of polymerization of 1500. What is its number-average molecular weight in g/mol?",
        1500 * M_VC,
        "g/mol",
    ),
    (
        "A poly(methyl methacrylate) has Mn = 3.2 × 10⁵ g/mol. What is its number-average molecular weight in kg/mol?",
        320.0,
        "kg/mol",
    ),
    (
        "| M_i (kg/mol) | w_i | |---|---| | 20 | 0.10 | | 40 | 0.35 | | 60 | 0.40 | | 80 | 0.15 | The weight fractions of a nylon sample are tabulated. What is M_w in kg/mol?",
        20 * 0.1 + 40 * 0.35 + 60 * 0.4 + 80 * 0.15,
        "kg/mol",
    ),
    (
        "| M_i (kg/mol) | w_i | |---|---| | 20 | 0.10 | | 40 | 0.35 | | 60 | 0.40 | | 80 | 0.15 | The weight fractions of a nylon sample are tabulated. What is M_n in g/mol?",
        1000 / (0.1 / 20 + 0.35 / 40 + 0.4 / 60 + 0.15 / 80),
        "g/mol",
    ),
    (
        "Estimate the percent crystallinity of a polyethylene of density 0.950 g/cm³, taking ρ_c = 0.998 g/cm³ and ρ_a = 0.870 g/cm³.",
        0.998 * (0.950 - 0.870) / (0.950 * (0.998 - 0.870)) * 100,
        "percent",
    ),
    (
        "A polypropylene part has a density of 0.904 g/cm³; crystalline PP is 0.946 g/cm³ and amorphous PP 0.855 g/cm³. What is its crystallinity as a fraction (0 to 1)?",
        0.946 * (0.904 - 0.855) / (0.904 * (0.946 - 0.855)),
        "dimensionless",
    ),
    (
        "A polyethylene has a density of 0.840 g/cm³; crystalline PE is 0.998 g/cm³ and amorphous PE 0.870 g/cm³. What is its percent crystallinity?",
        None,
        "percent",
    ),
    (
        "A polymer strap held at constant strain relaxes from 3.5 MPa to 2.0 MPa in 60 s. Assuming σ(t) = σ₀ exp(−t/τ), what is the relaxation time τ in seconds?",
        _TAU,
        "s",
    ),
    (
        "A polymer strap held at constant strain relaxes from 3.5 MPa to 2.0 MPa in 60 s. With σ(t) = σ₀ exp(−t/τ), what stress (MPa) remains after 5 min?",
        3.5 * math.exp(-300 / _TAU),
        "MPa",
    ),
    (
        "A polymer held at constant strain relaxes from 500 psi to 290 psi in one minute, obeying σ(t) = σ₀ exp(−t/τ). After how many seconds is the stress 145 psi?",
        60 * math.log(500 / 145) / math.log(500 / 290),
        "s",
    ),
    (
        "A random ethylene–propylene copolymer has Mn = 120,000 g/mol and a degree of polymerization of 3500. What fraction of its repeat units are propylene?",
        1 - (M_PP - 120000 / 3500) / (M_PP - M_PE),
        "dimensionless",
    ),
    (
        "A random styrene–butadiene copolymer has Mn = 350,000 g/mol and DP = 5000. What is the mole fraction of butadiene units?",
        (M_PS - 70) / (M_PS - (4 * 12.011 + 6 * 1.008)),
        "dimensionless",
    ),
    # --- ceramics and composites
    (
        "Sintered alumina: porosity 10 vol%, E₀ = 380 GPa for fully dense material. Using E = E₀(1 − 1.9P + 0.9P²), estimate its modulus in GPa.",
        380 * (1 - 0.19 + 0.009),
        "GPa",
    ),
    (
        "A sintered alumina part has a bulk density of 3.45 g/cm³; fully dense alumina is 3.98 g/cm³ and E₀ = 380 GPa. Using E = E₀(1 − 1.9P + 0.9P²), what is the modulus in psi?",
        380e9 * (1 - 1.9 * (1 - 3.45 / 3.98) + 0.9 * (1 - 3.45 / 3.98) ** 2) / PSI,
        "psi",
    ),
    (
        "A sintered alumina part has a bulk density of 3.45 g/cm³ and fully dense alumina 3.98 g/cm³. What is its volume fraction porosity?",
        1 - 3.45 / 3.98,
        "dimensionless",
    ),
    (
        "A glass-ceramic bar 10 mm wide and 5 mm thick breaks in three-point bending over a 40 mm span at 420 N. What is the flexural strength in ksi?",
        3 * 420 * 40 / (2 * 10 * 25) * 1e6 / KSI,
        "ksi",
    ),
    (
        "A rectangular glass-ceramic bar, 10 mm wide and 5 mm thick, has a flexural strength of 100 MPa. What load (N) breaks it in three-point bending over a 40 mm span?",
        100 * 2 * 10 * 25 / (3 * 40),
        "N",
    ),
    (
        "A round alumina rod 5.0 mm in diameter breaks in three-point bending over supports 40 mm apart at 250 N. What is its flexural strength in MPa?",
        8 * 250 * 40 / (PI * 5.0**3),
        "MPa",
    ),
    (
        "A silicon-nitride rod of diameter 0.20 in. is loaded in three-point bending over supports 1.75 in. apart. If its flexural strength is 50 ksi, what maximum load (N) can it carry?",
        50e3 * PI * 0.2**3 / (8 * 1.75) * LBF,
        "N",
    ),
    (
        "Carbon fibres 10 µm in diameter have a tensile strength of 2.5 GPa; the fibre–matrix bond strength is 40 MPa. What is the critical fibre length in µm?",
        2.5e9 * 10e-6 / (2 * 40e6) * 1e6,
        "um",
    ),
    (
        "Glass fibres 15 µm in diameter have a tensile strength of 3.5 GPa and the matrix shear yield strength is 30 MPa. What is the minimum fibre length (mm) for full loading?",
        3.5e9 * 15e-6 / (2 * 30e6) * 1e3,
        "mm",
    ),
    (
        "A unidirectional carbon/epoxy lamina has Vf = 0.60, Ef = 230 GPa and Em = 2.4 GPa. What is the longitudinal modulus (GPa)?",
        0.6 * 230 + 0.4 * 2.4,
        "GPa",
    ),
    (
        "A unidirectional glass/epoxy lamina has Vf = 0.50, Ef = 72 GPa and Em = 3.0 GPa. What is its transverse modulus (GPa)?",
        1 / (0.5 / 72 + 0.5 / 3.0),
        "GPa",
    ),
    (
        "Sphalerite (ZnS) has a cubic lattice parameter of 0.541 nm and four ZnS units per cell (Zn 65.38, S 32.06 g/mol). What is its density in g/cm³?",
        4 * (65.38 + 32.06) / (NA * 0.541e-7**3),
        "g/cm**3",
    ),
    # --- corrosion
    (
        "A carbon steel coupon (ρ = 7.9 g/cm³) of exposed area 12.5 in.² loses 485 mg in 2190 h. What is the corrosion rate in mm per year?",
        87.6 * 485 / (7.9 * 12.5 * 6.4516 * 2190),
        "mm/year",
    ),
    (
        "A steel coupon (density 7.9 g/cm³) of 80.6 cm² loses 485 mg over 2190 h. What is its corrosion rate in mpy?",
        534 * 485 / (7.9 * 80.6 / 6.4516 * 2190),
        "thou/year",
    ),
    (
        "A steel coupon (density 7.9 g/cm³), exposed area 100 in.², loses 485 g in one year. What is the corrosion penetration rate in mm/yr?",
        87.6 * 485e3 / (7.9 * 645.16 * 8766),
        "mm/year",
    ),
    (
        "The corrosion current density of iron is 2.3 µA/cm² (Fe → Fe²⁺ + 2e⁻, 55.85 g/mol, 7.87 g/cm³). What is the penetration rate in µm per year?",
        2.3e-6 * 55.85 / (2 * F * 7.87) * YEAR * 1e4,
        "um/year",
    ),
    (
        "The corrosion current density of a zinc coating is 2.3 µA/cm² (Zn 65.38 g/mol, 7.13 g/cm³, Zn²⁺). Express the penetration rate in mils per year.",
        2.3e-6 * 65.38 / (2 * F * 7.13) * YEAR / 2.54e-3,
        "thou/year",
    ),
    (
        "Iron corrodes uniformly at 2.5 µA/cm² (Fe → Fe²⁺). What mass loss rate is that, in mg per cm² per year (M = 55.85 g/mol)?",
        2.5e-6 * 55.85 / (2 * F) * YEAR * 1000,
        "mg/(cm**2*year)",
    ),
    (
        "A magnesium anode (24.31 g/mol, dissolving as Mg²⁺) delivers a steady 2.5 A. What mass (g) dissolves in eight hours?",
        2.5 * 8 * 3600 * 24.31 / (2 * F),
        "gram",
    ),
    (
        "A zinc anode delivers 2.5 A. How many kilograms of zinc dissolve in one year?",
        2.5 * YEAR * 65.38 / (2 * F) / 1000,
        "kg",
    ),
    (
        "A zinc anode must last so that 500 g of zinc dissolves at a steady 2.5 A. How many hours does that take?",
        500 * 2 * F / (65.38 * 2.5) / 3600,
        "hour",
    ),
    (
        "What is the equilibrium potential (V vs. SHE) of a hydrogen electrode in an acid with [H⁺] = 1.0 × 10⁻⁴ mol/L at 25 °C and 1 atm H₂?",
        -0.05916 * 4,
        "V",
    ),
    (
        "What is the equilibrium potential (V vs SHE) of a hydrogen electrode in a solution of pH 3.5 at 25 °C under 1 atm hydrogen? Give the magnitude.",
        0.05916 * 3.5,
        "V",
    ),
    (
        "A part with 150 cm^2 of surface is nickel plated (Ni2+ + 2e- -> Ni) at 3.0 A for 40 min with 100 % current efficiency. Ni: 58.69 g/mol, 8.90 g/cm^3. What is the deposit thickness in um?",
        3 * 2400 * 58.69 / (2 * F) / 8.90 / 150 * 1e4,
        "um",
    ),
    (
        "A part with 150 cm^2 of surface is nickel plated from a Watts bath at 3.0 A for 40 min with 95 % current efficiency (Ni 58.69 g/mol, Ni2+). What mass of nickel (g) is deposited?",
        3 * 2400 * 0.95 * 58.69 / (2 * F),
        "gram",
    ),
    (
        "Copper is plated (Cu²⁺ + 2e⁻ → Cu) on 150 cm² at 3.0 A for 40 min, 95 % efficiency. Cu: 63.55 g/mol, 8.96 g/cm³. What is the thickness in µm?",
        3 * 2400 * 0.95 * 63.55 / (2 * F) / 8.96 / 150 * 1e4,
        "um",
    ),
    # --- styles: words for values, multi-part, long context, choices, 'Assume', irrelevant data
    (
        "Carbon in austenite has D0 = 2.3 x10-5 m2/s and Q = 148 kJ/mol. If the temperature is raised by half from 600 °C (i.e. to 900 °C), what is D in m2/s?",
        2.3e-5 * math.exp(-148000 / (R * _k(900))),
        "m**2/s",
    ),
    (
        "A 10 in. steel rod (E = 30 × 10^6 psi) carries 35 ksi. If the stress is doubled (still elastic, yield strength 100 ksi), how much does the rod elongate, in inches?",
        10 * 70e3 / 30e6,
        "inch",
    ),
    (
        "A steel spring has a yield strength of 45,000 psi and E = 30 × 10^6 psi. If the yield strength is raised by half by cold work, what is the new modulus of resilience in psi?",
        67500**2 / (2 * 30e6),
        "psi",
    ),
    (
        "A silicon wafer doped with phosphorus at 3.2E15 cm^-3 has an electron mobility of 1350 cm2/V-s. The mobility then drops to a third of that value after irradiation; what is the resistivity (ohm-cm)?",
        3 / (3.2e15 * EV * 1350),
        "ohm*cm",
    ),
    (
        "A polymer strap is stretched and held; the initial stress of 3.5 MPa relaxes to 2.0 MPa in one minute. Assuming σ(t) = σ₀ exp(−t/τ), how long in minutes until the stress is a quarter of its initial value?",
        math.log(4) * _TAU / 60,
        "minute",
    ),
    (
        "A glass-ceramic bar 10 mm wide and 5 mm thick is tested in three-point bending over a 40 mm span. (a) If it breaks at 420 N, what is its flexural strength (MPa)? (b) What load would break a bar twice as thick? Answer part (a) only.",
        100.8,
        "MPa",
    ),
    (
        "A parallel-plate capacitor has plates of 2.5 x10-4 m2 and a 0.15 mm ceramic sheet with ε_r = 6.0. (a) Find the capacitance in pF. (b) Find the charge stored at 100 V in nC. Answer (b) only.",
        8.8541878128e-12 * 6 * 2.5e-4 / 0.15e-3 * 100 * 1e9,
        "nC",
    ),
    (
        "A step-index fibre has a core index of 1.48 and a cladding index of 1.46. (a) What is the numerical aperture? (b) What is the critical angle at the core–cladding interface (degrees)? (c) What is the acceptance half-angle in air? Answer part (b) only.",
        math.degrees(math.asin(1.46 / 1.48)),
        "degree",
    ),
    (
        "A heat-treatment shop runs three furnaces, each about 2.4 m long and drawing 45 kW, and its staff of 12 work two 8-hour shifts. One job is a gear of 0.20 wt% C steel to be carburized with the surface held at 1.00 wt% C; the drawing calls for 0.60 wt% C at 0.75 mm depth. At the chosen temperature D = 1.6 × 10⁻¹¹ m²/s. How many hours must the gear stay in the furnace?",
        (0.75e-3 / (2 * _Z_CARB)) ** 2 / 1.6e-11 / 3600,
        "hour",
    ),
    (
        "Copper is FCC with a = 3.615 Å. Its unit cell volume is closest to (a) 11.8 Å³ (b) 23.6 Å³ (c) 47.2 Å³ (d) 94.5 Å³",
        47.24,
        "angstrom**3",
    ),
    (
        "GaAs has a band gap of 1.42 eV. The longest wavelength it absorbs is closest to: (A) 437 nm (B) 620 nm (C) 873 nm (D) 1120 nm",
        873.1,
        "nm",
    ),
    (
        "Assume that every donor is ionised and that the electron mobility is 1350 cm2/(V s). Silicon doped with 3.2E15 cm^-3 phosphorus then has what resistivity in ohm-cm?",
        1 / (3.2e15 * EV * 1350),
        "ohm*cm",
    ),
    (
        "Assume that only half of the 3.2E15 cm^-3 phosphorus donors in a silicon wafer are ionised; the electron mobility is 1350 cm2/V-s. What is the resistivity in ohm-cm?",
        1 / (1.6e15 * EV * 1350),
        "ohm*cm",
    ),
    (
        "Carbon in austenite: D0 = 2.3 × 10⁻⁵ m²/s, Q = 148 kJ/mol; the austenite grain size is 50 µm and the part weighs 3 kg. Calculate D at 950 °C (m²/s).",
        2.3e-5 * math.exp(-148000 / (R * _k(950))),
        "m**2/s",
    ),
    (
        "Molybdenum (BCC, a = 3.147 Å, density 10.2 g/cm³, melting point 2623 °C) is examined with λ = 1.542 Å. At what 2θ (degrees) is the 211 reflection?",
        _two_theta(1.542, 3.147 / math.sqrt(6)),
        "degree",
    ),
    (
        "In this problem T denotes the transmitted fraction, not a temperature. A 12 mm polymer plate (n = 1.50, absorption coefficient 0.08 cm^-1) is lit at normal incidence; allowing for reflection at both faces, find T.",
        0.96**2 * math.exp(-0.096),
        "dimensionless",
    ),
    (
        "For copper diffusing in aluminium log10(D0 / m²s⁻¹) = -4.19 and Q = 136 kJ/mol. What is D at 500 °C in m²/s?",
        10**-4.19 * math.exp(-136000 / (R * _k(500))),
        "m**2/s",
    ),
    (
        "The flexural strength of a glass-ceramic bar (10 mm wide, 5 mm thick, 40 mm span, three-point) is 100.8 MPa. What is the maximum allowable load in N if a safety factor of 2 is applied?",
        100.8 / 2 * 2 * 10 * 25 / (3 * 40),
        "N",
    ),
    (
        "A steel tie rod 0.50 in. in diameter and 40 in. long carries 8000 lbf; E = 30 × 10⁶ psi. By how much does its length exceed the unloaded length, in thousandths of an inch (mils)?",
        8000 / (PI * 0.25**2) * 40 / 30e6 * 1000,
        "thou",
    ),
    (
        "By what percentage does D for carbon in austenite (D0 = 2.3 × 10⁻⁵ m²/s, Q = 148 kJ/mol) rise when the temperature goes from 950 °C to 960 °C?",
        (math.exp(-148000 / (R * _k(960))) / math.exp(-148000 / (R * _k(950))) - 1) * 100,
        "percent",
    ),
    (
        "A steel rail 39 ft long (α = 6.5 × 10⁻⁶ per °F) is laid at 20 °F. By what percentage has its length grown at 110 °F?",
        6.5e-6 * 90 * 100,
        "percent",
    ),
    (
        "How much larger, in nm, is the critical nucleus radius of nickel at an undercooling of 100 K than at 319 K? ΔH_f = -2.53 × 10⁹ J/m³, γ = 0.255 J/m², T_m = 1455 °C.",
        2 * 0.255 * _k(1455) / 2.53e9 * (1 / 100 - 1 / 319) * 1e9,
        "nm",
    ),
    (
        "Copper is FCC with a = 3.615 Å. By how many Å³ does its unit cell volume exceed that of nickel (FCC, a = 3.524 Å)?",
        3.615**3 - 3.524**3,
        "angstrom**3",
    ),
    (
        "A cartridge brass contains 30 wt.% Zn. Give the Zn content as an atom fraction (0–1).",
        _at(30, M_ZN, M_CU) / 100,
        "dimensionless",
    ),
    (
        "An Fe–C alloy with 1.00 wt% C is slowly cooled. Taking the eutectoid at 0.76 wt% C and cementite at 6.70 wt% C, what is the mass fraction of pearlite?",
        (6.70 - 1.00) / (6.70 - 0.76),
        "dimensionless",
    ),
    (
        "Zinc: 65.38 g/mol, 7.13 g/cm³, dissolving as Zn²⁺, with a corrosion current density of 2.3 × 10⁻² A/m². What penetration rate is that, in mm per year?",
        2.3e-2 * 65.38e-3 / (2 * F * 7130) * YEAR * 1000,
        "mm/year",
    ),
    (
        "A steel coupon (7.9 g/cm³) of 12.5 in.² loses 485 mg in 2190 hours; a second identical coupon loses 970 mg in the same time. What is the corrosion rate of the second coupon in mpy?",
        534.9 * 970 / (7.9 * 12.5 * 2190),
        "thou/year",
    ),
    (
        "The vacancy formation energy of an FCC metal is 0.92 eV/atom. At what temperature (°C) is the equilibrium vacancy fraction 1.0 × 10⁻⁴?",
        0.92 / (k * math.log(1e4)) - 273.15,
        "degC",
    ),
    (
        "The vacancy formation energy of an FCC metal is 0.92 eV/atom. Estimate the equilibrium fraction of vacant sites at 1472 °F.",
        math.exp(-0.92 / (k * _k(800))),
        "dimensionless",
    ),
    (
        "A 5.0 mm thick steel plate passes hydrogen at steady state (face concentrations 1.2 and 0.4 kg/m³, D = 3.0 × 10⁻¹¹ m²/s). If the plate thickness is doubled, what is the flux in kg m⁻² h⁻¹?",
        3.0e-11 * 0.8 / 10e-3 * 3600,
        "kg/(m**2*hour)",
    ),
    (
        "Lead: T_c = 7.19 K, H_C(0) = 65 kA/m. In what applied field (kA/m) does superconductivity vanish at 5.0 K?",
        65 * (1 - (5 / 7.19) ** 2),
        "kA/m",
    ),
    (
        "Lead: T_c = 7.19 K and H_C(0) = 65 kA/m. What critical field (kA/m) does the parabolic law give at 9.0 K?",
        None,
        "kA/m",
    ),
    (
        "The Debye temperature of copper is 343 K. By what factor does its molar heat capacity rise when the temperature goes from 5 K to 10 K?",
        8.0,
        "dimensionless",
    ),
    (
        "A transformation obeys y = 1 − exp(−k tⁿ) with n = 2.5 and reaches 50 % after 120 s. How much longer (s) does it take to go from 50 % to 90 %?",
        120 * (math.log(10) / math.log(2)) ** (1 / 2.5) - 120,
        "s",
    ),
    (
        "A 1.00 wt% C steel bar of 2.5 kg is slowly cooled. The eutectoid is at 0.76 wt% C and cementite at 6.70 wt% C. How much pearlite (kg) does it contain?",
        (6.70 - 1.00) / 5.94 * 2.5,
        "kg",
    ),
]
