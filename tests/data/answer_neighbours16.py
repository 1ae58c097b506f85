"""Neighbour questions, round 16 (issue 11, precision), in our own words.

Written by helper probe17 around the items of sets R, Q and O that the solver answers: the other
metal, plane, species or polymer (W, Ni (111), Cu vacancies, GaAs, PS, PMMA, cobalt ferrite, Mg
and Al anodes), a ratio, factor or percent change instead of one value, per cm³ vs per m³, radius vs
diameter, inverse problems (a Brinell hardness from a strength, a flaw size from a stress, a
temperature from a time or a resistivity, a plasticizer fraction from a Tg, a donor level from a
resistivity), givens in other units (°F, kcal/mol, eV/atom, psi, ksi, in., lb, Btu, Oe, mm/yr,
mdd), a diffusivity given as log10 D, 'E' notation, values in words ('ten hours', 'twice the load
of', 'a fifth of'), an added datum that changes the answer (a formation entropy, compensating
acceptors, half the donors ionised, a safety factor, a current efficiency, a hollow section, a
layered dielectric), GATE-style blanks, a time added to an earlier stage ('another 30 min',
'2 h more'), a temperature range that crosses the named material's melting point, the area of each
of two corroding faces, and near-misses the relation does not fit (a load beyond yield, a mean
stress above the UTS, an alloy off the tie line, proeutectoid ferrite in a hypereutectoid steel, a
field above Hc(0), the T³ law at 250 K, oblique incidence, a density above the crystalline one, a
composite in wt%). Keys computed below with plain math; a key of None means the question must be
refused. tests/test_answer_neighbours.py holds them at 0 wrong.

Main (0b23aec) answered 126 of these 255 and 10 wrong: a one-phase relation (Q = mcΔT, ΔL = αL₀ΔT,
ρ_T = ρ₀[1 + αΔT]) used across the melting point of the material named (aluminium heated to
800 °C, copper to 1200 °C, lead to 400 °C, ice warmed past 0 °C, a steel rod to 1600 °C; seven
items); a grain-growth time stated as added to the first stage ('after 2 h more', 'another 30 min')
taken as the time from the start (two); and the area of each of two corroding faces taken for the
whole exposed area (one). Now 116 answered, 0 wrong, none of main's right answers lost (classes in
tests/test_answer_probe17_classes.py).
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
EPS0 = 8.8541878128e-12
PSI = 6894.757293168
KSI = 1000 * PSI
IN = 0.0254
LBF = 4.4482216152605
CAL = 4.184
BTU = 1055.05585262
YEAR = 3.15576e7
F = 96485.33212


def _k(t_c: float) -> float:
    return t_c + 273.15


def _f2k(t_f: float) -> float:
    return (t_f - 32) / 1.8 + 273.15


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


def _griffith(e: float, gam: float, a: float) -> float:
    return math.sqrt(2 * e * gam / (PI * a))


def _pd_bcc110(r: float) -> float:
    a = 4 * r / math.sqrt(3)
    return 2 / (a * a * math.sqrt(2))


def _lam_nm(eg: float) -> float:
    return H * C / (eg * EV) * 1e9


def _refl(n: float) -> float:
    return ((n - 1) / (n + 1)) ** 2


def _debye(theta: float, t: float) -> float:
    return 12 * PI**4 * R / 5 * (t / theta) ** 3


def _fox(w1: float, t1: float, w2: float, t2: float) -> float:
    return 1 / (w1 / t1 + w2 / t2)


def _wt_from_at(a1: float, m1: float, a2: float, m2: float) -> float:
    return a1 * m1 / (a1 * m1 + a2 * m2) * 100


def _at_from_wt(w1: float, m1: float, w2: float, m2: float) -> float:
    return (w1 / m1) / (w1 / m1 + w2 / m2) * 100


M_VC = 2 * 12.011 + 3 * 1.008 + 35.45
M_PS = 8 * 12.011 + 8 * 1.008
M_PP = 3 * 12.011 + 6 * 1.008
M_PE = 2 * 12.011 + 4 * 1.008
M_MMA = 5 * 12.011 + 8 * 1.008 + 2 * 15.999
L_WF = 2.44e-8
_N_2080 = math.log(math.log(1 / 0.2) / math.log(1 / 0.8)) / math.log(70 / 30)

# (question, key or None for must-refuse, pint unit of the key)
QUESTIONS: list[tuple[str, float | None, str]] = [
    # --- planar density
    (
        "Tungsten is BCC with an atomic radius of 0.1371 nm. How many atoms per nm² lie on its (110) plane?",
        _pd_bcc110(0.1371),
        "1/nm**2",
    ),
    (
        "Molybdenum is BCC with atomic radius R = 0.1363 nm. Find the planar density of the (100) plane in atoms per nm².",
        1 / (4 * 0.1363 / math.sqrt(3)) ** 2,
        "1/nm**2",
    ),
    (
        "Molybdenum (BCC) has an atomic diameter of 0.2726 nm. What is the planar density of (110), in atoms/nm²?",
        _pd_bcc110(0.1363),
        "1/nm**2",
    ),
    (
        "Molybdenum is BCC with R = 0.1363 nm. Give the (110) planar density in atoms per cm².",
        _pd_bcc110(0.1363) * 1e14,
        "1/cm**2",
    ),
    (
        "Nickel is FCC with atomic radius 0.1246 nm. Compute the planar density of its (111) plane in atoms per nm².",
        1 / (2 * math.sqrt(3) * 0.1246**2),
        "1/nm**2",
    ),
    (
        "Nickel is FCC with atomic radius 0.1246 nm. Compute the planar density of its (100) plane in atoms per nm².",
        1 / (4 * 0.1246**2),
        "1/nm**2",
    ),
    (
        "Molybdenum is BCC with R = 0.1363 nm. What is the ratio of the planar density of (110) to that of (100)?",
        math.sqrt(2),
        "dimensionless",
    ),
    (
        "Molybdenum is BCC with atomic radius 0.1363 nm. What is the linear density along [111] in atoms per nm?",
        1 / (2 * 0.1363),
        "1/nm",
    ),
    (
        "BCC iron has R = 0.1241 nm. What is the planar density of the (110) plane in atoms per nm^2?",
        _pd_bcc110(0.1241),
        "1/nm**2",
    ),
    # --- vacancies
    (
        "For silver at 800 °C estimate the equilibrium number of vacancies per cm³. Data: Q_v = 1.10 eV/atom, ρ = 10.49 g/cm³, A = 107.87 g/mol.",
        _sites(10.49, 107.87) * _vac(1.10, _k(800)),
        "1/cm**3",
    ),
    (
        "For copper at 1000 °C estimate the equilibrium number of vacancies per m³. Data: Q_v = 0.90 eV/atom, ρ = 8.4 g/cm³, A = 63.5 g/mol.",
        _sites(8.4, 63.5) * 1e6 * _vac(0.90, _k(1000)),
        "1/m**3",
    ),
    (
        "Silver: Q_v = 1.10 eV/atom, ρ = 10.49 g/cm³, A = 107.87 g/mol. By what factor does the number of vacancies per cm³ rise between 700 °C and 900 °C?",
        _vac(1.10, _k(900)) / _vac(1.10, _k(700)),
        "dimensionless",
    ),
    (
        "Silver at 1652 °F: vacancy formation energy 1.10 eV/atom, density 10.49 g/cm³, atomic weight 107.87 g/mol. Number of vacancies per cm³?",
        _sites(10.49, 107.87) * _vac(1.10, _k(900)),
        "1/cm**3",
    ),
    (
        "The vacancy formation energy of silver is 106 kJ/mol. Estimate the fraction of vacant sites at 900 °C.",
        math.exp(-106e3 / (R * _k(900))),
        "dimensionless",
    ),
    (
        "The vacancy formation energy of silver is 25.4 kcal/mol. Estimate the fraction of vacant lattice sites at 900 °C.",
        math.exp(-25.4e3 * CAL / (R * _k(900))),
        "dimensionless",
    ),
    (
        "For a metal with Q_v = 1.10 eV/atom, the vacancy fraction at 900 °C is what percentage of the vacancy fraction at 1000 °C?",
        _vac(1.10, _k(900)) / _vac(1.10, _k(1000)) * 100,
        "percent",
    ),
    (
        "Silver (ρ = 10.49 g/cm³, A = 107.87 g/mol) holds 1.1 × 10^18 vacancies per cm³ at 900 °C. What is the vacancy formation energy in eV/atom?",
        -k * _k(900) * math.log(1.1e18 / _sites(10.49, 107.87)),
        "eV",
    ),
    (
        "For silver at 900 °C estimate the number of vacancies per cm³, given Q_v = 1.10 eV/atom, ρ = 10.49 g/cm³, A = 107.87 g/mol, and a formation entropy of 1.5k.",
        _sites(10.49, 107.87) * _vac(1.10, _k(900)) * math.exp(1.5),
        "1/cm**3",
    ),
    (
        "Silver has Q_v = 1.10 eV/atom, ρ = 10.49 g/cm³ and A = 107.87 g/mol. How many vacancies are there per cm³ at 900 K?",
        _sites(10.49, 107.87) * _vac(1.10, 900),
        "1/cm**3",
    ),
    (
        "A metal has a vacancy formation energy of 0.92 eV/atom. At what temperature, in kelvin, is one site in a million vacant?",
        0.92 / (k * math.log(1e6)),
        "K",
    ),
    (
        "A metal has Q_v = 1.05 eV per atom. At what temperature (°C) does the vacancy fraction reach 1.0E-4?",
        1.05 / (k * math.log(1e4)) - 273.15,
        "degC",
    ),
    # --- ASTM grain size
    (
        "A micrograph taken at 100x shows on average 24 grains per square inch. What is the ASTM grain size number?",
        1 + math.log2(24),
        "dimensionless",
    ),
    (
        "A micrograph taken at 200x shows on average 45 grains per square inch. What is the ASTM grain size number?",
        1 + math.log2(45 * 4),
        "dimensionless",
    ),
    (
        "At a magnification of 50x there are 45 grains per square inch on a photomicrograph. Find the ASTM grain size number G.",
        1 + math.log2(45 / 4),
        "dimensionless",
    ),
    (
        "A steel has ASTM grain size 5. How many grains are there per square millimetre of actual polished surface?",
        2**4 * 1e4 / 645.16,
        "1/mm**2",
    ),
    (
        "A steel has ASTM grain size number 7. How many grains per square inch would be seen at a magnification of 100x?",
        2**6,
        "1/inch**2",
    ),
    (
        "A steel has ASTM grain size 7. How many grains per square inch would appear at 200x?",
        2**6 / 4,
        "1/inch**2",
    ),
    (
        "A steel has ASTM grain size 7. How many grains are there per square centimetre of real surface?",
        2**6 * 1e4 / 6.4516,
        "1/cm**2",
    ),
    (
        "By what factor does the number of grains per unit area change when the ASTM grain size number rises from 4 to 7?",
        8.0,
        "dimensionless",
    ),
    # --- diffusion: Q from two D
    (
        "Measured diffusivities: D = 5.5E-14 cm²/s at 600 °C and 3.9E-12 cm²/s at 900 °C. Find the activation energy in kJ/mol.",
        _q_two(5.5e-14, _k(600), 3.9e-12, _k(900)) / 1e3,
        "kJ/mol",
    ),
    (
        "Measured diffusivities: D = 5.5E-14 cm²/s at 600 °C and 3.9E-12 cm²/s at 900 °C. Find the activation energy in eV per atom.",
        _q_two(5.5e-14, _k(600), 3.9e-12, _k(900)) / (NA * EV),
        "eV",
    ),
    (
        "For a solute, log10 D = -13.26 at 600 °C and log10 D = -11.41 at 900 °C, with D in cm²/s. Estimate the activation energy in kJ/mol.",
        _q_two(10**-13.26, _k(600), 10**-11.41, _k(900)) / 1e3,
        "kJ/mol",
    ),
    (
        "Measured diffusivities: D = 5.5E-14 cm²/s at 600 °C and 3.9E-12 cm²/s at 900 °C. What is the pre-exponential factor D0 in cm²/s?",
        5.5e-14 * math.exp(_q_two(5.5e-14, _k(600), 3.9e-12, _k(900)) / (R * _k(600))),
        "cm**2/s",
    ),
    (
        "D = 5.5E-14 cm²/s at 600 °C and 3.9E-12 cm²/s at 900 °C. Estimate D at 750 °C in cm²/s.",
        5.5e-14
        * math.exp(-_q_two(5.5e-14, _k(600), 3.9e-12, _k(900)) / R * (1 / _k(750) - 1 / _k(600))),
        "cm**2/s",
    ),
    (
        "Diffusivities of a solute: 5.5E-14 cm²/s at 1112 °F and 3.9E-12 cm²/s at 1652 °F. Compute the activation energy in kcal/mol.",
        _q_two(5.5e-14, _k(600), 3.9e-12, _k(900)) / CAL / 1e3,
        "kcal/mol",
    ),
    (
        "The diffusivity of a solute is 5.5E-18 m²/s at 873 K and 3.9E-16 m²/s at 1173 K. What is the activation energy (J/mol)?",
        _q_two(5.5e-18, 873, 3.9e-16, 1173),
        "J/mol",
    ),
    # --- diffusion time at another temperature
    (
        "A diffusion treatment gives the desired profile after 10 h at 900 C. The activation energy is 130 kJ/mol. How long at 800 C gives the same profile? (hours)",
        _t_same(10, 130e3, _k(900), _k(800)),
        "hour",
    ),
    (
        "A diffusion treatment gives the desired profile after 10 h at 900 C. The activation energy is 31.1 kcal/mol. How long at 1000 C gives the same profile, in hours?",
        _t_same(10, 31.1e3 * CAL, _k(900), _k(1000)),
        "hour",
    ),
    (
        "A diffusion treatment gives the desired profile after 10 h at 900 C. The activation energy is 130 kJ/mol. How many minutes at 1000 C give the same profile?",
        _t_same(10, 130e3, _k(900), _k(1000)) * 60,
        "minute",
    ),
    (
        "A carburizing treatment takes 10 h at 900 °C; Q = 130 kJ/mol. At what temperature (°C) would the same result take 5 h?",
        1 / (1 / _k(900) + R / 130e3 * math.log(5 / 10)) - 273.15,
        "degC",
    ),
    (
        "A diffusion treatment gives the desired profile after 10 h at 900 C with Q = 130 kJ/mol. If the required depth is doubled, how long (hours) does it take at 1000 C?",
        _t_same(10, 130e3, _k(900), _k(1000)) * 4,
        "hour",
    ),
    (
        "A diffusion treatment gives a profile after 10 h at 900 C; Q = 1.35 eV per atom. How long in hours at 1000 C for the same profile?",
        _t_same(10, 1.35 * EV * NA, _k(900), _k(1000)),
        "hour",
    ),
    (
        "A diffusion treatment gives the desired profile after 10 h at 1652 °F with Q = 130 kJ/mol. How long (h) at 1832 °F gives the same profile?",
        _t_same(10, 130e3, _k(900), _k(1000)),
        "hour",
    ),
    (
        "For carbon in austenite take D0 = 2.3E-5 m²/s and Q = 148 kJ/mol. Evaluate D at 1000 °C in cm²/s.",
        2.3e-5 * math.exp(-148e3 / (R * _k(1000))) * 1e4,
        "cm**2/s",
    ),
    (
        "D0 = 2.3E-5 m²/s, Q = 148 kJ/mol for C in austenite. By what factor does D increase from 900 °C to 1000 °C?",
        math.exp(-148e3 / R * (1 / _k(1000) - 1 / _k(900))),
        "dimensionless",
    ),
    (
        "The activation energy for self-diffusion in a metal is 250 kJ/mol. By what percentage does D increase when the temperature goes from 1000 K to 1100 K?",
        (math.exp(-250e3 / R * (1 / 1100 - 1 / 1000)) - 1) * 100,
        "percent",
    ),
    # --- elongation
    (
        "A 300 mm long steel rod of 10 mm diameter (E = 207 GPa) is pulled with 25 kN. What is its final length in mm?",
        300 + 25e3 * 0.3 / (PI * 0.005**2 * 207e9) * 1e3,
        "mm",
    ),
    (
        "A 300 mm long steel rod of 10 mm radius (E = 207 GPa) is pulled with 25 kN. By how much does it lengthen, in mm?",
        25e3 * 0.3 / (PI * 0.01**2 * 207e9) * 1e3,
        "mm",
    ),
    (
        "A 300 mm long aluminium rod of 10 mm diameter (E = 69 GPa) is pulled with 25 kN. By how much does it lengthen, in mm?",
        25e3 * 0.3 / (PI * 0.005**2 * 69e9) * 1e3,
        "mm",
    ),
    (
        "A 12 in. long steel rod of 0.4 in. diameter (E = 30E6 psi) carries 5000 lbf in tension. Elongation in inches?",
        5000 * 12 / (PI * 0.2**2 * 30e6),
        "inch",
    ),
    (
        "A 300 mm long steel rod of 10 mm diameter (E = 207 GPa, yield strength 200 MPa) is pulled with 25 kN. By how much does it lengthen elastically, in mm?",
        None,
        "mm",
    ),
    (
        "A steel rod 300 mm long and 10 mm in diameter (E = 207 GPa) must not stretch more than 0.25 mm. What is the largest load in kN?",
        0.25e-3 / 0.3 * 207e9 * PI * 0.005**2 / 1e3,
        "kN",
    ),
    (
        "A 300 mm long steel rod of 10 mm diameter (E = 207 GPa, Poisson ratio 0.30) is pulled with 25 kN. By how much does its diameter shrink, in mm?",
        0.30 * 25e3 / (PI * 0.005**2 * 207e9) * 10,
        "mm",
    ),
    (
        "A 300 mm long steel rod of 10 mm diameter (E = 207 GPa) is pulled with 25 kN. What is the tensile strain?",
        25e3 / (PI * 0.005**2 * 207e9),
        "dimensionless",
    ),
    # --- hardness to strength
    (
        "A quenched-and-tempered plain carbon steel has a Brinell hardness of 250 HB. Estimate its tensile strength in MPa.",
        3.45 * 250,
        "MPa",
    ),
    (
        "A steel has a Brinell hardness of 320 HB. Estimate its tensile strength in ksi.",
        0.5 * 320,
        "ksi",
    ),
    (
        "A steel must have a tensile strength of at least 900 MPa. What minimum Brinell hardness does that require?",
        900 / 3.45,
        "dimensionless",
    ),
    # --- resilience
    (
        "A spring steel has σy = 1460 MPa and E = 205 GPa. Compute its modulus of resilience in kJ/m³.",
        1460e6**2 / (2 * 205e9) / 1e3,
        "kJ/m**3",
    ),
    (
        "A spring steel has a yield strength of 212 ksi and E = 29.7E6 psi. What is its modulus of resilience in in.-lbf/in.³?",
        212e3**2 / (2 * 29.7e6),
        "psi",
    ),
    (
        "A spring steel has σy = 1460 MPa and E = 205 GPa. If the yield strength is doubled, by what factor does the modulus of resilience change?",
        4.0,
        "dimensionless",
    ),
    (
        "What minimum yield strength (MPa) must a steel with E = 205 GPa have to store 5.2 MJ/m³ elastically?",
        math.sqrt(2 * 205e9 * 5.2e6) / 1e6,
        "MPa",
    ),
    (
        "A spring steel has σy = 1460 MPa and E = 205 GPa. How much elastic energy (J) can a 20 cm³ piece store before yielding?",
        1460e6**2 / (2 * 205e9) * 20e-6,
        "J",
    ),
    # --- Griffith
    (
        "A soda-lime glass (E ≈ 69 GPa, surface energy ≈ 0.30 J/m²) has surface cracks 4 µm deep. Using Griffith's criterion, estimate its fracture strength in MPa.",
        _griffith(69e9, 0.30, 4e-6) / 1e6,
        "MPa",
    ),
    (
        "A soda-lime glass (E ≈ 69 GPa, surface energy ≈ 0.30 J/m²) contains internal flaws 8 µm long. Griffith fracture strength in MPa?",
        _griffith(69e9, 0.30, 4e-6) / 1e6,
        "MPa",
    ),
    (
        "A glass (E = 69 GPa, γs = 0.30 J/m²) must withstand 50 MPa. What is the largest internal flaw length (µm) it may contain, by Griffith?",
        2 * 2 * 69e9 * 0.30 / (PI * 50e6**2) * 1e6,
        "um",
    ),
    (
        "A soda-lime glass (E ≈ 10E6 psi, surface energy 0.30 J/m²) contains internal flaws about 4 µm long. Griffith fracture strength in MPa?",
        _griffith(10e6 * PSI, 0.30, 2e-6) / 1e6,
        "MPa",
    ),
    (
        "A glass (E = 69 GPa, γs = 0.30 J/m²) contains internal flaws 4 µm long. By what factor does the Griffith strength change if the flaws grow to 16 µm?",
        0.5,
        "dimensionless",
    ),
    # --- Goodman
    (
        "A shaft steel has UTS = 800 MPa and a fully reversed endurance limit of 300 MPa. Using Goodman, find the largest alternating stress (MPa) about a mean stress of 400 MPa.",
        300 * (1 - 400 / 800),
        "MPa",
    ),
    (
        "A steel has UTS = 116 ksi and endurance limit 43.5 ksi (fully reversed). By Goodman, what stress amplitude (ksi) is allowed at a mean stress of 29 ksi?",
        43.5 * (1 - 29 / 116),
        "ksi",
    ),
    (
        "A shaft steel has UTS = 800 MPa and a fully reversed endurance limit of 300 MPa. Using the Goodman relation with a safety factor of 1.5 on both stresses, what alternating stress (MPa) is allowed at a mean stress of 200 MPa?",
        300 * (1 / 1.5 - 200 / 800),
        "MPa",
    ),
    (
        "A shaft steel has UTS = 800 MPa, yield 600 MPa and an endurance limit of 300 MPa. By the Gerber relation, what alternating stress amplitude (MPa) is allowed at a mean of 200 MPa?",
        300 * (1 - (200 / 800) ** 2),
        "MPa",
    ),
    (
        "A shaft steel has UTS = 800 MPa and an endurance limit of 300 MPa. By Goodman, what is the largest mean stress (MPa) allowed with an alternating amplitude of 150 MPa?",
        800 * (1 - 150 / 300),
        "MPa",
    ),
    (
        "A shaft steel has UTS = 800 MPa and an endurance limit of 300 MPa. Using Goodman, find the allowable alternating stress at a mean stress of 900 MPa.",
        None,
        "MPa",
    ),
    (
        "A shaft steel has σUTS = 800 MPa, σe = 300 MPa. By the Soderberg line with yield strength 600 MPa, what stress amplitude (MPa) is allowed about a 200 MPa mean?",
        300 * (1 - 200 / 600),
        "MPa",
    ),
    # --- lever rule
    (
        "A Cu–35 wt% Ni alloy is held at 1250 °C; the tie line meets the liquidus at 32 wt% Ni and the solidus at 43 wt% Ni. What mass percentage of the alloy is liquid?",
        (43 - 35) / (43 - 32) * 100,
        "percent",
    ),
    (
        "A Cu–35 wt% Ni alloy at 1250 °C: liquidus at 32 wt% Ni, solidus at 43 wt% Ni on the tie line. What is the mass fraction of solid α?",
        (35 - 32) / (43 - 32),
        "dimensionless",
    ),
    (
        "A 4.0 kg Cu–35 wt% Ni alloy at 1250 °C has a tie line from 32 wt% Ni (liquid) to 43 wt% Ni (α). What mass of α (kg) is present?",
        4.0 * (35 - 32) / (43 - 32),
        "kg",
    ),
    (
        "A 4.0 kg Cu–35 wt% Ni alloy at 1250 °C has a tie line from 32 wt% Ni (liquid) to 43 wt% Ni (α). How many kg of nickel are in the liquid?",
        4.0 * (43 - 35) / (43 - 32) * 0.32,
        "kg",
    ),
    (
        "A Cu–35 wt% Ni alloy is held at 1250 °C, where the tie line meets the liquidus at 32 wt% Ni and the solidus at 43 wt% Ni. What is the ratio of the mass of α to the mass of liquid?",
        (35 - 32) / (43 - 35),
        "dimensionless",
    ),
    (
        "A Cu–50 wt% Ni alloy is held at 1250 °C, where the tie line meets the liquidus at 32 wt% Ni and the solidus at 43 wt% Ni. What mass percentage is solid α?",
        None,
        "percent",
    ),
    # --- proeutectoid
    (
        "A 1060 steel (0.60 wt% C) is slowly cooled from the austenite field. What mass fraction of proeutectoid ferrite forms?",
        (0.76 - 0.60) / (0.76 - 0.022),
        "dimensionless",
    ),
    (
        "A 1040 steel (0.40 wt% C) is slowly cooled from the austenite field. What mass fraction of pearlite forms?",
        (0.40 - 0.022) / (0.76 - 0.022),
        "dimensionless",
    ),
    (
        "A 1040 steel (0.40 wt% C) is slowly cooled to just below the eutectoid. What is the total mass fraction of ferrite (proeutectoid plus eutectoid)?",
        (6.70 - 0.40) / (6.70 - 0.022),
        "dimensionless",
    ),
    (
        "A 1040 steel (0.40 wt% C) is slowly cooled from the austenite field. What mass fraction of cementite is present below the eutectoid?",
        (0.40 - 0.022) / (6.70 - 0.022),
        "dimensionless",
    ),
    (
        "A steel with 1.20 wt% C is slowly cooled from the austenite field. What mass fraction of proeutectoid cementite forms?",
        (1.20 - 0.76) / (6.70 - 0.76),
        "dimensionless",
    ),
    (
        "A steel with 1.20 wt% C is slowly cooled from the austenite field. What mass fraction of proeutectoid ferrite forms?",
        None,
        "dimensionless",
    ),
    (
        "A 3.0 kg piece of 1040 steel (0.40 wt% C) is slowly cooled from the austenite field. What mass (kg) of proeutectoid ferrite forms?",
        3.0 * (0.76 - 0.40) / (0.76 - 0.022),
        "kg",
    ),
    (
        "A slowly cooled hypoeutectoid steel contains 30 % proeutectoid ferrite by mass. What is its carbon content in wt%?",
        0.76 - 0.30 * (0.76 - 0.022),
        "percent",
    ),
    # --- at% / wt%
    (
        "A brass is specified as 30 at.% Zn, balance Cu. What is its copper content in wt%?",
        100 - _wt_from_at(30, 65.38, 70, 63.55),
        "percent",
    ),
    (
        "A brass contains 30 wt% Zn, balance Cu. What is its zinc content in at%?",
        _at_from_wt(30, 65.38, 70, 63.55),
        "percent",
    ),
    (
        "A Cu–Ni alloy is 40 at.% Ni. What is its nickel content in wt%?",
        _wt_from_at(40, 58.69, 60, 63.55),
        "percent",
    ),
    (
        "An Al–Cu alloy has 4.5 wt% Cu (Al 26.98 g/mol, Cu 63.55 g/mol). What is its copper content in atom percent?",
        _at_from_wt(4.5, 63.55, 95.5, 26.98),
        "percent",
    ),
    (
        "A brass is 30 at.% Zn, balance Cu. How many grams of zinc are in 500 g of it?",
        500 * _wt_from_at(30, 65.38, 70, 63.55) / 100,
        "g",
    ),
    # --- Avrami
    (
        "A transformation follows Avrami kinetics with n = 2.5 and is half complete after 120 s. How long, in seconds, until it is 90% complete?",
        _avrami_t(120, 2.5, 0.9),
        "s",
    ),
    (
        "A transformation follows Avrami kinetics with n = 2.5 and is half complete after 120 s. How long (s) until it is 10% complete?",
        _avrami_t(120, 2.5, 0.1),
        "s",
    ),
    (
        "A transformation follows Avrami kinetics with n = 2.5 and is half complete after 2 min. What fraction has transformed after 3 min?",
        1 - math.exp(-math.log(2) * 1.5**2.5),
        "dimensionless",
    ),
    (
        "A transformation obeying y = 1 − exp(−k t^n) with n = 3 is 50 % complete after 120 s. How many minutes until 95 % is reached?",
        _avrami_t(120, 3, 0.95) / 60,
        "minute",
    ),
    (
        "A transformation follows Avrami kinetics with n = 2.5 and is 30 % complete after 120 s. How long, in minutes, until 90 %?",
        120 * (math.log(1 / 0.1) / math.log(1 / 0.7)) ** (1 / 2.5) / 60,
        "minute",
    ),
    (
        "Avrami kinetics with n = 2.5: half complete after 120 s. What is the rate constant k, in s^-2.5?",
        math.log(2) / 120**2.5,
        "s**-2.5",
    ),
    (
        "JMAK kinetics: the transformed fraction is 20% at 30 s and 80% at 70 s. What is the time (s) for 50% transformation?",
        _avrami_t(30 / (math.log(1 / 0.8) / math.log(2)) ** (1 / _N_2080), _N_2080, 0.5),
        "s",
    ),
    (
        "The transformed fraction is 10% at 40 s and 90% at 100 s. Assuming Avrami kinetics, what is the exponent n?",
        math.log(math.log(10) / math.log(1 / 0.9)) / math.log(100 / 40),
        "dimensionless",
    ),
    # --- recrystallization Arrhenius
    (
        "A cold-rolled brass is 50 % recrystallized after 12 min at 350 °C and after 95 min at 300 °C. What is the activation energy in kJ/mol?",
        _q_two(1 / 95, _k(300), 1 / 12, _k(350)) / 1e3,
        "kJ/mol",
    ),
    (
        "A cold-rolled brass is 50 % recrystallized after 12 min at 350 °C and after 95 min at 300 °C. How long (min) does 50 % recrystallization take at 370 °C?",
        _t_same(12, _q_two(1 / 95, _k(300), 1 / 12, _k(350)), _k(350), _k(370)),
        "minute",
    ),
    (
        "Brass is 50 % recrystallized after 12 min at 350 °C and after 95 min at 300 °C. How long in hours for 50 % at 280 °C?",
        _t_same(12, _q_two(1 / 95, _k(300), 1 / 12, _k(350)), _k(350), _k(280)) / 60,
        "hour",
    ),
    (
        "A cold-rolled brass is 50 % recrystallized after 12 min at 662 °F and after 95 min at 572 °F. How long (min) does 50 % take at 608 °F?",
        _t_same(12, _q_two(1 / 95, _f2k(572), 1 / 12, _f2k(662)), _f2k(662), _f2k(608)),
        "minute",
    ),
    (
        "Half-completion times of a precipitation reaction: 2.5E3 s at 550 K and 3.2E2 s at 600 K. Activation energy in eV per atom?",
        _q_two(1 / 2.5e3, 550, 1 / 3.2e2, 600) / (NA * EV),
        "eV",
    ),
    (
        "Half-completion times of a precipitation reaction: 2.5E3 s at 550 K and 3.2E2 s at 600 K. Estimate the half-completion time (s) at 575 K.",
        _t_same(2.5e3, _q_two(1 / 2.5e3, 550, 1 / 3.2e2, 600), 550, 575),
        "s",
    ),
    (
        "Half-completion times of a precipitation reaction: 2.5E3 s at 550 K and 3.2E2 s at 600 K. Give the activation energy in kcal/mol.",
        _q_two(1 / 2.5e3, 550, 1 / 3.2e2, 600) / CAL / 1e3,
        "kcal/mol",
    ),
    (
        "A precipitation reaction's half-completion time is 2.5E3 s at 277 °C and 3.2E2 s at 327 °C. Activation energy in kJ/mol?",
        _q_two(1 / 2.5e3, _k(277), 1 / 3.2e2, _k(327)) / 1e3,
        "kJ/mol",
    ),
    # --- grain growth
    (
        "Annealing at 700 °C coarsens a brass from 20 µm to 45 µm in 30 min. Assuming d² − d₀² = Kt, what grain diameter (µm) is reached after 2 h more at the same temperature?",
        math.sqrt(20**2 + (45**2 - 20**2) / 30 * 150),
        "um",
    ),
    (
        "Annealing at 700 °C coarsens a brass from 20 µm to 45 µm in 30 min. With d² − d₀² = Kt, how long (min) in total to reach 60 µm?",
        (60**2 - 20**2) / ((45**2 - 20**2) / 30),
        "minute",
    ),
    (
        "Annealing coarsens a brass from 20 µm to 45 µm in 30 min. Assuming d² − d₀² = Kt, what is K in µm²/min?",
        (45**2 - 20**2) / 30,
        "um**2/minute",
    ),
    (
        "Annealing coarsens a brass from 0.020 mm to 0.045 mm in 30 min. With d^2 − d0^2 = Kt, what grain diameter (mm) after a total of 2 h?",
        math.sqrt(0.02**2 + (0.045**2 - 0.02**2) / 30 * 120),
        "mm",
    ),
    (
        "Annealing at 700 °C coarsens a brass from 20 µm to 45 µm in 30 min. Assuming d³ − d₀³ = Kt, what grain diameter (µm) is reached after 2 h in total?",
        (20**3 + (45**3 - 20**3) / 30 * 120) ** (1 / 3),
        "um",
    ),
    # --- semiconductors
    (
        "At 300 K intrinsic silicon has n_i = 1.0E10 cm^-3, μe = 1350 and μh = 480 cm²/(V s). What is its resistivity in Ω·cm?",
        1 / (1e10 * EV * (1350 + 480)),
        "ohm*cm",
    ),
    (
        "At about 300 K intrinsic silicon has n_i = 1.0E10 cm^-3, mobilities 1350 and 480 cm^2/(V s). Conductivity in S/m?",
        1e16 * EV * (0.135 + 0.048),
        "S/m",
    ),
    (
        "Intrinsic germanium has n_i = 2.4E13 cm^-3, μe = 3800 and μh = 1800 cm²/V·s. Conductivity in (Ω·m)^-1?",
        2.4e19 * EV * (0.38 + 0.18),
        "1/(ohm*m)",
    ),
    (
        "An intrinsic semiconductor has σ = 2.93E-6 (Ω·cm)^-1 with μe = 1350 and μh = 480 cm²/V·s. What is n_i per cm³?",
        2.93e-6 / (EV * 1830),
        "1/cm**3",
    ),
    (
        "A silicon wafer is doped with phosphorus at 3.2E16 cm^-3, all ionised. Take μ_e = 1200 cm²/V·s. Find the conductivity in S/m.",
        3.2e16 * EV * 1200 * 100,
        "S/m",
    ),
    (
        "A silicon wafer is doped with boron at 3.2*10^16 atoms per cm³, all ionised. Take μ_h = 400 cm²/V·s. Find the resistivity in Ω·cm.",
        1 / (3.2e16 * EV * 400),
        "ohm*cm",
    ),
    (
        "Phosphorus-doped silicon should have a resistivity of 0.50 Ω·cm. With μe = 1200 cm²/V·s, what donor concentration (cm^-3) is needed?",
        1 / (0.5 * EV * 1200),
        "1/cm**3",
    ),
    (
        "A silicon wafer is doped with phosphorus at 3.2E16 per cm³ (fully ionised). μe = 1200 cm²/V·s. If the doping is doubled, by what factor does the resistivity change?",
        0.5,
        "dimensionless",
    ),
    (
        "A silicon wafer is doped with 3.2E16 cm^-3 phosphorus and 1.2E16 cm^-3 boron, all ionised. Take μe = 1200 cm²/V·s. Find the resistivity in Ω·cm.",
        1 / (2.0e16 * EV * 1200),
        "ohm*cm",
    ),
    # --- resistivity vs temperature
    (
        "Copper: resistivity 1.72E-8 Ω·m at 20 °C, temperature coefficient 0.0039 per °C. What is the resistivity at 100 °C in Ω·m?",
        1.72e-8 * (1 + 0.0039 * 80),
        "ohm*m",
    ),
    (
        "Copper: 1.72 × 10⁻⁸ Ω·m at 20 °C, α = 0.0039 per °C. Resistivity at 212 °F, in µΩ·cm?",
        1.72 * (1 + 0.0039 * 80),
        "microohm*cm",
    ),
    (
        "Copper: 1.72 × 10⁻⁸ Ω·m at 20 °C, α = 0.0039 per °C. By what percentage does the resistivity rise from 20 °C to 150 °C?",
        0.0039 * 130 * 100,
        "percent",
    ),
    (
        "Copper has 1.72E-8 Ω·m at 20 °C and α = 0.0039 /°C. At what temperature (°C) does its resistivity reach 2.5E-8 Ω·m?",
        20 + (2.5 / 1.72 - 1) / 0.0039,
        "degC",
    ),
    (
        "A copper wire 100 m long and 1.0 mm in diameter: ρ = 1.72E-8 Ω·m at 20 °C, α = 0.0039 /°C. What is its resistance (Ω) at 80 °C?",
        1.72e-8 * (1 + 0.0039 * 60) * 100 / (PI * 0.0005**2),
        "ohm",
    ),
    # --- capacitance
    (
        "A parallel-plate capacitor has square plates 1.0 in. on a side separated by 2.0 mm of a dielectric with εr = 6.0. Capacitance in pF?",
        EPS0 * 6 * IN**2 / 2e-3 * 1e12,
        "pF",
    ),
    (
        "A parallel-plate capacitor has plates of area 1.0 in.² separated by 0.080 in. of a dielectric with εr = 6.0. Capacitance in picofarads?",
        EPS0 * 6 * IN**2 / (0.08 * IN) * 1e12,
        "pF",
    ),
    (
        "A parallel-plate capacitor with plates of 1.0 in.² separated by 2.0 mm has its vacuum gap filled with a dielectric of εr = 6.0. By what factor does the capacitance increase?",
        6.0,
        "dimensionless",
    ),
    (
        "A parallel-plate capacitor has circular plates of 20 mm diameter 0.50 mm apart filled with a dielectric of εr = 4.0. Capacitance in pF?",
        EPS0 * 4 * PI * 0.01**2 / 0.5e-3 * 1e12,
        "pF",
    ),
    (
        "A parallel-plate capacitor has plates of area 6.45 cm² separated by 2.0 mm with a dielectric of εr = 6.0 and 24 V applied. What charge (C) is stored?",
        EPS0 * 6 * 6.45e-4 / 2e-3 * 24,
        "C",
    ),
    (
        "A capacitor with plates of area 1.0 in.² and 2.0 mm apart must have 25 pF. What relative permittivity is needed?",
        25e-12 * 2e-3 / (EPS0 * IN**2),
        "dimensionless",
    ),
    # --- magnetic
    (
        "Nickel ferrite NiFe2O4 (inverse spinel) has a cubic cell of edge 0.834 nm with 8 formula units; the Fe3+ moments cancel and Ni2+ carries 2 μB. Saturation magnetization in A/m?",
        8 * 2 * MU_B / (0.834e-9) ** 3,
        "A/m",
    ),
    (
        "Cobalt ferrite CoFe2O4 (inverse spinel) has a cubic cell edge of 0.838 nm with 8 formula units; Fe3+ moments cancel and Co2+ carries 3 μB. Saturation magnetization in kA/m?",
        8 * 3 * MU_B / (0.838e-9) ** 3 / 1e3,
        "kA/m",
    ),
    (
        "Nickel ferrite NiFe2O4 (inverse spinel, a = 0.834 nm, 8 formula units per cell, Ni2+ 2 μB, Fe3+ moments cancel). Give the saturation flux density μ0Ms in tesla.",
        4e-7 * PI * 8 * 2 * MU_B / (0.834e-9) ** 3,
        "T",
    ),
    (
        "Lead is a type-I superconductor with Tc = 7.19 K and Hc(0) = 6.5E4 A/m. What is the critical field (A/m) at 4.2 K?",
        6.5e4 * (1 - (4.2 / 7.19) ** 2),
        "A/m",
    ),
    (
        "Lead: Tc = 7.19 K, Hc(0) = 6.5E4 A/m. What is the maximum temperature (K) at which lead stays superconducting in 2.0E4 A/m?",
        7.19 * math.sqrt(1 - 2.0 / 6.5),
        "K",
    ),
    (
        "Lead: Tc = 7.19 K, Hc(0) = 6.5E4 A/m. What is the maximum temperature (K) at which a lead wire stays superconducting in a field of 8.0E4 A/m?",
        None,
        "K",
    ),
    (
        "Lead: Tc = 7.19 K, Hc(0) = 817 Oe. Maximum temperature (K) for superconductivity in a field of 503 Oe?",
        7.19 * math.sqrt(1 - 503 / 817),
        "K",
    ),
    (
        "Lead: Tc = 7.19 K, Hc(0) = 6.5E4 A/m. What is the critical flux density μ0Hc (mT) at 4.2 K?",
        4e-7 * PI * 6.5e4 * (1 - (4.2 / 7.19) ** 2) * 1e3,
        "mT",
    ),
    (
        "A paramagnetic salt obeys Curie's law with χ = 2.4E-4 at 300 K. At what temperature (K) is χ = 1.0E-3?",
        300 * 2.4e-4 / 1.0e-3,
        "K",
    ),
    (
        "For iron: Ms = 1.70E6 A/m, ρ = 7.87 g/cm³, A = 55.85 g/mol. Compute the net magnetic moment per atom in Bohr magnetons.",
        1.70e6 / (7.87e6 * NA / 55.85) / MU_B,
        "dimensionless",
    ),
    (
        "Cobalt (ρ = 8.90 g/cm³, A = 58.93 g/mol) has a net moment of 1.72 μB per atom. Saturation magnetization in A/m?",
        1.72 * MU_B * 8.90e6 * NA / 58.93,
        "A/m",
    ),
    # --- optical
    (
        "GaAs has a band gap of 1.42 eV. At what wavelength (nm) is its absorption edge?",
        _lam_nm(1.42),
        "nm",
    ),
    (
        "CdS has a band gap of 2.42 eV. The absorption edge lies at a wavelength of ______ µm.",
        _lam_nm(2.42) / 1e3,
        "um",
    ),
    (
        "A semiconductor absorbs light of wavelength shorter than 512 nm. What is its band gap in eV?",
        H * C / (512e-9 * EV),
        "eV",
    ),
    (
        "CdS has a band gap of 2.42 eV. What is the lowest photon frequency (Hz) it absorbs across the gap?",
        2.42 * EV / H,
        "Hz",
    ),
    (
        "CdS has a band gap of 2.42 eV and ZnSe one of 2.70 eV. What is the difference (nm) between their absorption-edge wavelengths?",
        _lam_nm(2.42) - _lam_nm(2.70),
        "nm",
    ),
    (
        "Light strikes a glass window (n = 1.52) at normal incidence from air. What fraction of the incident light is reflected at the front surface?",
        _refl(1.52),
        "dimensionless",
    ),
    (
        "Light strikes a glass window (n = 1.52) at normal incidence from air. What percentage is transmitted into the glass at the front surface?",
        (1 - _refl(1.52)) * 100,
        "percent",
    ),
    (
        "Light passes at normal incidence from water (n = 1.33) into glass (n = 1.52). What percentage is reflected at the interface?",
        ((1.52 - 1.33) / (1.52 + 1.33)) ** 2 * 100,
        "percent",
    ),
    (
        "A glass window (n = 1.52) in air is lit at normal incidence. Neglecting absorption and multiple reflections, what percentage of the light gets through both faces?",
        (1 - _refl(1.52)) ** 2 * 100,
        "percent",
    ),
    (
        "Light strikes a soda-lime glass window (n = 1.52) at 45° incidence from air. What percentage of the incident light is reflected at the front surface?",
        None,
        "percent",
    ),
    (
        "A material reflects 4.26 % of normally incident light from air. What is its refractive index?",
        (1 + math.sqrt(0.0426)) / (1 - math.sqrt(0.0426)),
        "dimensionless",
    ),
    (
        "A transparent nonmagnetic polymer has relative permittivity 2.25 at optical frequencies. What is its refractive index?",
        1.5,
        "dimensionless",
    ),
    (
        "A transparent nonmagnetic polymer has relative permittivity 2.25 at optical frequencies. Speed of light in it, in km/s?",
        C / 1.5 / 1e3,
        "km/s",
    ),
    (
        "Light travels at 2.0E8 m/s in a transparent nonmagnetic solid. What is its relative permittivity at that frequency?",
        (C / 2.0e8) ** 2,
        "dimensionless",
    ),
    (
        "A ruby laser emits a single 0.50 J pulse at 694.3 nm. What is the energy of one photon in eV?",
        H * C / (694.3e-9 * EV),
        "eV",
    ),
    (
        "A ruby laser emits a 0.50 J pulse at 694.3 nm lasting 1.0 ms. How many photons per second does it emit during the pulse?",
        0.5 * 694.3e-9 / (H * C) / 1e-3,
        "1/s",
    ),
    (
        "A He-Ne laser emits 5.0 mW at 632.8 nm. How many photons per second does it emit?",
        5e-3 * 632.8e-9 / (H * C),
        "1/s",
    ),
    (
        "A ruby laser emits pulses of 0.50 J at 694.3 nm. How many photons are in 10 pulses?",
        10 * 0.5 * 694.3e-9 / (H * C),
        "dimensionless",
    ),
    # --- thermal
    (
        "How much heat, in kJ, is needed to raise 2.5 kg of aluminium (c_p = 900 J/kg-K) from 25 deg C to 200 deg C?",
        2.5 * 900 * 175 / 1e3,
        "kJ",
    ),
    (
        "How much heat, in Btu, is needed to raise 5.5 lb of aluminium (c_p = 0.215 Btu/lb-°F) from 77 °F to 392 °F?",
        5.5 * 0.215 * 315,
        "Btu",
    ),
    (
        "How much heat, in kcal, is needed to raise 2.5 kg of aluminium (c_p = 900 J/kg-K) from 25 °C to 200 °C?",
        2.5 * 900 * 175 / CAL / 1e3,
        "kcal",
    ),
    (
        "393.8 kJ of heat is supplied to 2.5 kg of aluminium (c_p = 900 J/kg·K) at 25 °C. What is its final temperature in °C?",
        25 + 393.8e3 / (2.5 * 900),
        "degC",
    ),
    (
        "A 2.5 kg aluminium block (c_p = 900 J/kg·K) cools from 200 °C to 25 °C. What heat (kJ) does it give off? Answer as a positive number.",
        2.5 * 900 * 175 / 1e3,
        "kJ",
    ),
    (
        "How much heat (J) is needed to raise 2.5 kg of aluminium (c_p = 900 J/kg-K) from 25 °C to 800 °C?",
        None,
        "J",
    ),
    (
        "Copper has a Debye temperature of 343 K. Using the low-temperature Debye law, estimate its lattice molar heat capacity at 10 K in J/(mol K).",
        _debye(343, 10),
        "J/(mol*K)",
    ),
    (
        "Copper has θD = 343 K. Using the Debye T³ law, by what factor does Cv grow between 10 K and 20 K?",
        8.0,
        "dimensionless",
    ),
    (
        "Copper has a Debye temperature of 343 K. Using the T³ law, estimate the lattice specific heat at 15 K in J/(kg·K) (A = 63.55 g/mol).",
        _debye(343, 15) / 0.06355,
        "J/(kg*K)",
    ),
    (
        "Copper has a Debye temperature of 343 K. Using the low-temperature Debye law, estimate its lattice molar heat capacity at 250 K.",
        None,
        "J/(mol*K)",
    ),
    (
        "Aluminium has θD = 428 K. Using the Debye T³ law, estimate Cv at 12 K in mJ/(mol K).",
        _debye(428, 12) * 1e3,
        "mJ/(mol*K)",
    ),
    (
        "A metal alloy has an electrical resistivity of 7.1 × 10^-8 Ω·m at 300 K. Estimate its thermal conductivity at 400 K from the Wiedemann–Franz law, taking the resistivity unchanged.",
        L_WF * 400 / 7.1e-8,
        "W/(m*K)",
    ),
    (
        "A metal alloy has an electrical conductivity of 1.4E7 (Ω·m)^-1 at 300 K. Estimate its thermal conductivity from the Wiedemann–Franz law.",
        L_WF * 300 * 1.4e7,
        "W/(m*K)",
    ),
    (
        "A metal has a thermal conductivity of 103 W/(m K) at 300 K. Estimate its electrical resistivity (Ω·m) from the Wiedemann–Franz law.",
        L_WF * 300 / 103,
        "ohm*m",
    ),
    (
        "A metal alloy has an electrical resistivity of 7.1 µΩ·cm at ≈ 300 K. Estimate its thermal conductivity from the Wiedemann–Franz law.",
        L_WF * 300 / 7.1e-8,
        "W/(m*K)",
    ),
    (
        "A brass plate (k = 120 W/m·K) 5.0 mm thick and 0.20 m² in area has faces at 140 °C and 100 °C. What is the steady heat flow in kW?",
        120 * 0.2 * 40 / 5e-3 / 1e3,
        "kW",
    ),
    (
        "An aluminum bar is 15 in. long at 70 °F with α = 13.1E-6 per °F. What is its final length (in.) at 400 °F?",
        15 * (1 + 13.1e-6 * 330),
        "inch",
    ),
    (
        "An aluminium bar 0.381 m long at 21 °C has α = 23.6E-6 per °C. By how many mm does it lengthen when heated to 204 °C?",
        0.381 * 23.6e-6 * 183 * 1e3,
        "mm",
    ),
    # --- polymers
    (
        "A polystyrene has a number-average molecular weight of 120 000 g/mol. How many repeat units does an average chain contain?",
        120000 / M_PS,
        "dimensionless",
    ),
    (
        "A poly(vinyl chloride) has a degree of polymerization of 1500. What is its number-average molecular weight in g/mol?",
        1500 * M_VC,
        "g/mol",
    ),
    (
        "A polypropylene has a number-average molecular weight of 1.2E5 g/mol. What is its degree of polymerization?",
        1.2e5 / M_PP,
        "dimensionless",
    ),
    (
        "A poly(methyl methacrylate) has Mn = 250 kg/mol. How many repeat units per average chain?",
        250e3 / M_MMA,
        "dimensionless",
    ),
    (
        "Molecular-weight data: M_i = 10 000, 20 000, 30 000, 40 000 g/mol with weight fractions 0.10, 0.30, 0.40, 0.20. Compute the number-average molecular weight.",
        1 / (0.1 / 1e4 + 0.3 / 2e4 + 0.4 / 3e4 + 0.2 / 4e4),
        "g/mol",
    ),
    (
        "Molecular-weight data: M_i = 10 000, 20 000, 30 000, 40 000 g/mol with number fractions 0.10, 0.30, 0.40, 0.20. Compute the number-average molecular weight.",
        0.1 * 1e4 + 0.3 * 2e4 + 0.4 * 3e4 + 0.2 * 4e4,
        "g/mol",
    ),
    (
        "Molecular-weight data: M_i = 10 000, 20 000, 30 000, 40 000 g/mol with weight fractions 0.10, 0.30, 0.40, 0.20. What is the polydispersity index Mw/Mn?",
        27000 * (0.1 / 1e4 + 0.3 / 2e4 + 0.4 / 3e4 + 0.2 / 4e4),
        "dimensionless",
    ),
    (
        "An ethylene–propylene copolymer has Mn = 350 000 g/mol and a degree of polymerization of 10 000. What fraction of its repeat units are propylene?",
        1 - (M_PP - 35.0) / (M_PP - M_PE),
        "dimensionless",
    ),
    (
        "An alternating ethylene–propylene copolymer has a degree of polymerization of 10 000 (counting each ethylene and each propylene as a repeat unit). What is its Mn in g/mol?",
        5000 * (M_PE + M_PP),
        "g/mol",
    ),
    (
        "A polymer held at constant strain relaxes from 5.0 MPa to 3.5 MPa in 60 s, following σ = σ0 exp(−t/τ). What is the relaxation time τ in s?",
        60 / math.log(5 / 3.5),
        "s",
    ),
    (
        "A polymer held at constant strain relaxes from 5.0 MPa to 3.5 MPa in 60 s, σ = σ0 e^(−t/τ). What stress (MPa) remains after 3 min?",
        5 * (3.5 / 5) ** 3,
        "MPa",
    ),
    (
        "A polymer relaxes from 725 psi to 508 psi in one minute at constant strain (σ = σ0 e^(−t/τ)). After how many minutes will the stress be 145 psi?",
        math.log(725 / 145) / math.log(725 / 508),
        "minute",
    ),
    (
        "A polymer has Tg = 100 °C and is plasticized with 20 wt% of a plasticizer with Tg = −50 °C. Fox-equation Tg of the mixture in °C?",
        _fox(0.8, _k(100), 0.2, _k(-50)) - 273.15,
        "degC",
    ),
    (
        "A polymer with Tg = 100 °C is plasticized with 30 wt% of a plasticizer whose Tg = −50 °C. Estimate Tg of the mixture by the Fox equation, in K.",
        _fox(0.7, _k(100), 0.3, _k(-50)),
        "K",
    ),
    (
        "A polymer (Tg = 100 °C) is to be plasticized (plasticizer Tg = −50 °C) so that the blend has Tg = 20 °C by Fox. What weight fraction of plasticizer?",
        (1 / _k(20) - 1 / _k(100)) / (1 / _k(-50) - 1 / _k(100)),
        "dimensionless",
    ),
    (
        "A polymer with Tg = 212 °F is plasticized with 30 wt% of a plasticizer whose Tg = −58 °F. Fox equation Tg of the blend in °C?",
        _fox(0.7, _k(100), 0.3, _k(-50)) - 273.15,
        "degC",
    ),
    (
        "A polypropylene part has density 0.904 g/cm³; crystalline PP 0.946, amorphous PP 0.855 g/cm³. What is the volume percent crystallinity?",
        (0.904 - 0.855) / (0.946 - 0.855) * 100,
        "percent",
    ),
    (
        "A polypropylene part has density 0.960 g/cm³; fully crystalline PP 0.946 and amorphous PP 0.855 g/cm³. What is the percent crystallinity?",
        None,
        "percent",
    ),
    # --- ceramics
    (
        "A rectangular alumina bar 10 mm wide and 5 mm thick breaks in three-point bending over supports 40 mm apart at 1500 N. Flexural strength in MPa?",
        3 * 1500 * 0.04 / (2 * 0.01 * 0.005**2) / 1e6,
        "MPa",
    ),
    (
        "A rectangular alumina bar 0.40 in. wide and 0.20 in. thick is broken in three-point bending over supports 1.5 in. apart at 200 lbf. Flexural strength in ksi?",
        3 * 200 * 1.5 / (2 * 0.4 * 0.2**2) / 1e3,
        "ksi",
    ),
    (
        "A rectangular alumina bar 0.40 in. wide and 0.20 in. thick has a flexural strength of 28 ksi. In three-point bending over supports 1.5 in. apart, what load (lbf) breaks it?",
        28e3 * 2 * 0.4 * 0.2**2 / (3 * 1.5),
        "lbf",
    ),
    (
        "A round alumina rod 5.0 mm in diameter breaks in three-point bending over 40 mm supports at 300 N. Flexural strength in MPa?",
        300 * 0.04 / (PI * 0.0025**3) / 1e6,
        "MPa",
    ),
    (
        "A rectangular alumina bar 0.40 in. wide and 0.20 in. thick breaks in four-point bending with supports 1.5 in. apart and loading points 0.5 in. apart at 200 lbf. Flexural strength (MPa)?",
        3 * 200 * (1.5 - 0.5) / (2 * 0.4 * 0.2**2) * PSI / 1e6,
        "MPa",
    ),
    (
        "A rectangular alumina bar 0.40 in. wide and 0.20 in. thick breaks in three-point bending over supports 1.5 in. apart at 200 lbf. If the bar were twice as thick, by what factor would the breaking load rise (same strength)?",
        4.0,
        "dimensionless",
    ),
    (
        "A sintered alumina has a bulk density of 3.62 g/cm³; dense Al2O3 has 3.98 g/cm³. What is the volume fraction porosity?",
        1 - 3.62 / 3.98,
        "dimensionless",
    ),
    (
        "A glass-fibre/epoxy composite has 35 vol% fibres (E = 76 GPa) in epoxy (E = 3.1 GPa), loaded along the fibres. Longitudinal modulus (GPa)?",
        0.35 * 76 + 0.65 * 3.1,
        "GPa",
    ),
    (
        "A glass-fibre/epoxy composite has 35 vol% fibres (E = 76 GPa) in epoxy (E = 3.1 GPa). Modulus transverse to the fibres (GPa)?",
        1 / (0.35 / 76 + 0.65 / 3.1),
        "GPa",
    ),
    (
        "A glass-fibre/epoxy composite has 35 wt% fibres (E = 76 GPa) in epoxy (E = 3.1 GPa), loaded along the fibres. Longitudinal modulus (GPa)?",
        None,
        "GPa",
    ),
    # --- corrosion
    (
        "A zinc anode supplies a steady 2.5 A for one 8-hour shift (Zn -> Zn2+ + 2e-). What mass of zinc in kg is consumed over 30 such shifts?",
        2.5 * 8 * 3600 * 65.38 / (2 * F) * 30 / 1e3,
        "kg",
    ),
    (
        "A magnesium anode (Mg -> Mg2+ + 2e-, M = 24.31 g/mol) supplies 2.5 A for 8 h. Mass of Mg consumed in grams?",
        2.5 * 8 * 3600 * 24.31 / (2 * F),
        "g",
    ),
    (
        "An aluminium anode (Al -> Al3+ + 3e-, M = 26.98 g/mol) supplies 2.5 A for 8 h. How many grams of Al are consumed?",
        2.5 * 8 * 3600 * 26.98 / (3 * F),
        "g",
    ),
    (
        "A zinc anode (Zn -> Zn2+ + 2e-, 65.38 g/mol) of 10 kg delivers a steady 2.5 A. How many days does it last?",
        10e3 * 2 * F / (65.38 * 2.5) / 86400,
        "day",
    ),
    (
        "A zinc anode (Zn -> Zn2+ + 2e-) supplies 2.5 A for 8 h at 80 % efficiency (only 80 % of the zinc dissolved supplies useful current). Total zinc consumed in grams?",
        2.5 * 8 * 3600 * 65.38 / (2 * F) / 0.8,
        "g",
    ),
    (
        "A steel coupon (density 7.9 g/cm^3) with an exposed area of 50 in.^2 loses 2.8 g in 1.5 years. Corrosion penetration rate in mm/yr?",
        2.8 / 7.9 / (50 * 6.4516) / 1.5 * 10,
        "mm/year",
    ),
    (
        "A steel coupon (density 7.9 g/cm^3) with an exposed area of 322.6 cm^2 loses 2.8 g in 1.5 years. Corrosion penetration rate in mpy?",
        2.8 / 7.9 / 322.6 / 1.5 / 2.54e-3,
        "thou/year",
    ),
    (
        "A steel coupon (density 7.9 g/cm^3) with an exposed area of 50 in.^2 loses 2.8 g in 18 months. CPR in mpy?",
        2.8 / 7.9 / (50 * 6.4516) / 1.5 / 2.54e-3,
        "thou/year",
    ),
    (
        "A steel coupon (density 7.9 g/cm^3, 50 in.^2 exposed) corrodes at 0.29 mpy. How many grams does it lose in 3 years?",
        0.29 * 2.54e-3 * 3 * 50 * 6.4516 * 7.9,
        "g",
    ),
    (
        "A steel coupon (density 7.9 g/cm^3) with 50 in.^2 exposed loses 2.8 g in 1.5 years. At that rate, how many years to corrode through 0.50 mm?",
        0.05 / (2.8 / 7.9 / (50 * 6.4516) / 1.5),
        "year",
    ),
    (
        "A steel coupon (density 7.9 g/cm^3) with an exposed area of 50 in.^2 loses 2.8 g in 1.5 years. What is the mass loss rate in mg/(dm²·day) (mdd)?",
        2.8e3 / (50 * 6.4516 / 100) / (1.5 * 365.25),
        "mg/(dm**2*day)",
    ),
    (
        "Iron corrodes at a current density of 2.5 µA/cm² (Fe -> Fe2+ + 2e-, ρ = 7.87 g/cm³, M = 55.85 g/mol). Penetration rate in mpy?",
        2.5e-6 * 55.85 / (2 * F * 7.87) * YEAR / 2.54e-3,
        "thou/year",
    ),
    (
        "A cell has Ni in 3.0E-3 M Ni2+ and Cd in 0.25 M Cd2+ at 25 °C (E° Ni = −0.250 V, Cd = −0.403 V). What is the standard cell potential (V)?",
        0.153,
        "V",
    ),
    (
        "A cell has Ni in 3.0E-3 M Ni2+ and Cd in 0.25 M Cd2+ at 50 °C (E° Ni = −0.250 V, Cd = −0.403 V). Cell voltage (V)?",
        0.153 - R * _k(50) / (2 * F) * math.log(0.25 / 3.0e-3),
        "V",
    ),
    # --- second batch: further time, phase changes crossed, words and forms
    (
        "A brass grain size grows from 20 µm to 45 µm during 30 min at 700 °C (d² − d₀² = Kt). What diameter in µm after a further 90 minutes at 700 °C?",
        math.sqrt(20**2 + (45**2 - 20**2) / 30 * 120),
        "um",
    ),
    (
        "A brass grain size grows from 20 µm to 45 µm during 30 min at 700 °C (d² − d₀² = Kt). What diameter (µm) after another 30 min?",
        math.sqrt(20**2 + (45**2 - 20**2) / 30 * 60),
        "um",
    ),
    (
        "A brass grain size grows from 20 µm to 45 µm during 30 min at 700 °C (d² − d₀² = Kt). What diameter (µm) is reached 90 min after the start of the anneal?",
        math.sqrt(20**2 + (45**2 - 20**2) / 30 * 90),
        "um",
    ),
    (
        "A transformation follows Avrami kinetics with n = 2.5 and is half complete after 120 s. How much additional time (s) is needed to go from 50 % to 90 % transformed?",
        _avrami_t(120, 2.5, 0.9) - 120,
        "s",
    ),
    (
        "Avrami kinetics, n = 2.5, half complete after 120 s. What fraction is transformed after a further 60 s?",
        1 - math.exp(-math.log(2) * 1.5**2.5),
        "dimensionless",
    ),
    (
        "A polymer held at constant strain relaxes from 5.0 MPa to 3.5 MPa in 60 s (σ = σ0 e^(−t/τ)). What stress (MPa) remains after a further 120 s?",
        5 * (3.5 / 5) ** 3,
        "MPa",
    ),
    (
        "A polymer held at constant strain relaxes from 5.0 MPa to 3.5 MPa in 60 s (σ = σ0 e^(−t/τ)). How many more minutes until the stress is 1.0 MPa?",
        math.log(5 / 1) / math.log(5 / 3.5) - 1,
        "minute",
    ),
    (
        "A diffusion treatment gives the desired profile after 10 h at 900 C (Q = 130 kJ/mol). How many hours are saved by running it at 1000 C instead?",
        10 - _t_same(10, 130e3, _k(900), _k(1000)),
        "hour",
    ),
    (
        "How much heat, in kJ, is needed to raise 1.0 kg of copper (c_p = 385 J/kg-K) from 20 °C to 1200 °C?",
        None,
        "kJ",
    ),
    (
        "How much heat (kJ) is needed to raise 1.0 kg of lead (c_p = 128 J/kg·K) from 25 °C to 400 °C?",
        None,
        "kJ",
    ),
    (
        "How much heat (kJ) is needed to raise 1.0 kg of lead (c_p = 128 J/kg·K) from 25 °C to 300 °C?",
        128 * 275 / 1e3,
        "kJ",
    ),
    (
        "How much heat, in Btu, is needed to raise 2.5 kg of aluminium (c_p = 900 J/kg-K) from 77 °F to 1400 °F?",
        None,
        "Btu",
    ),
    (
        "How much heat (J) is needed to raise 50 g of ice (c_p = 2.1 J/g·K) from −20 °C to 10 °C?",
        None,
        "J",
    ),
    (
        "How much heat (kJ) is needed to raise 2.5 kg of iron (c_p = 450 J/kg·K) from 25 °C to 600 °C?",
        2.5 * 450 * 575 / 1e3,
        "kJ",
    ),
    (
        "A steel rod (α = 12E-6 /°C) 2.0 m long is heated from 20 °C to 1600 °C. By how much (mm) does it lengthen?",
        None,
        "mm",
    ),
    (
        "A 2.0 m copper bus bar (α = 17E-6 per °C) warms from 20 °C to 120 °C. Its elongation in mm?",
        2.0 * 17e-6 * 100 * 1e3,
        "mm",
    ),
    (
        "Copper: 1.72E-8 Ω·m at 20 °C, temperature coefficient 0.0039 per °C. What is its resistivity at 1200 °C in Ω·m?",
        None,
        "ohm*m",
    ),
    (
        "A diffusion treatment gives the desired profile after ten hours at 900 C. The activation energy is 130 kJ/mol. How long at 1000 C gives the same profile? (hours)",
        _t_same(10, 130e3, _k(900), _k(1000)),
        "hour",
    ),
    (
        "A diffusion treatment gives the desired profile after 10 h at 900 C. The activation energy is 130 kJ/mol. If the treatment time is halved, what temperature (°C) is needed?",
        1 / (1 / _k(900) + R / 130e3 * math.log(0.5)) - 273.15,
        "degC",
    ),
    (
        "A 300 mm long steel rod of 10 mm diameter (E = 207 GPa) is pulled with twice the load of 12.5 kN. By how much does it lengthen, in mm?",
        25e3 * 0.3 / (PI * 0.005**2 * 207e9) * 1e3,
        "mm",
    ),
    (
        "A 300 mm long hollow steel tube, outer diameter 10 mm and wall 1 mm (E = 207 GPa), is pulled with 10 kN. By how much does it lengthen, in mm?",
        10e3 * 0.3 / (PI * (0.005**2 - 0.004**2) * 207e9) * 1e3,
        "mm",
    ),
    (
        "Zinc anode: 2.5 A for one 8-hour shift; Zn -> Zn2+ + 2e-. Two identical anodes share the load equally. Mass of zinc (g) consumed from each anode?",
        2.5 * 8 * 3600 * 65.38 / (2 * F) / 2,
        "g",
    ),
    (
        "A steel coupon (density 7.9 g/cm^3) 50 in.^2 in exposed area on each of its two faces loses 2.8 g in 1.5 years, both faces corroding. CPR in mpy?",
        2.8 / 7.9 / (100 * 6.4516) / 1.5 / 2.54e-3,
        "thou/year",
    ),
    (
        "A silicon wafer is doped with phosphorus at 3.2E16 cm^-3, but only half of the donors are ionised. Take μ_e = 1200 cm²/V·s. Resistivity in Ω·cm?",
        1 / (1.6e16 * EV * 1200),
        "ohm*cm",
    ),
    (
        "A parallel-plate capacitor has square plates 1.0 in. on a side, 2.0 mm apart; half of the gap thickness is filled with a dielectric of εr = 6.0 and the rest is air. Capacitance in pF?",
        EPS0 * IN**2 / (1e-3 / 6 + 1e-3) * 1e12,
        "pF",
    ),
    (
        "A 4.0 kg Cu–35 wt% Ni alloy at 1250 °C has a tie line from 32 wt% Ni (liquid) to 43 wt% Ni (α). What mass of liquid (kg) is present?",
        4.0 * (43 - 35) / (43 - 32),
        "kg",
    ),
    (
        "Light strikes a soda-lime glass window (n = 1.52) at normal incidence from air. What percentage of the incident light is reflected in total from both faces, ignoring absorption and multiple reflections?",
        (_refl(1.52) + (1 - _refl(1.52)) ** 2 * _refl(1.52)) * 100,
        "percent",
    ),
    (
        "Lead: Tc = 7.19 K, Hc(0) = 6.5E4 A/m. In a field of 4.0E4 A/m, at what temperature (°C) does a lead wire stop superconducting?",
        7.19 * math.sqrt(1 - 4 / 6.5) - 273.15,
        "degC",
    ),
    (
        "A steel has ASTM grain size 7. What is the average area of one grain, in µm²?",
        645.16 / (2**6 * 1e4) * 1e6,
        "um**2",
    ),
    (
        "A polymer held at constant strain shows 5.0 MPa at first and 3.5 MPa after one minute (σ = σ0 e^(−t/τ)). After how many seconds will the stress be a fifth of its initial value?",
        60 * math.log(5) / math.log(5 / 3.5),
        "s",
    ),
    (
        "A spring steel has σy = 1460 MPa and E = 205 GPa. Compute its modulus of resilience in J/cm³.",
        1460e6**2 / (2 * 205e9) / 1e6,
        "J/cm**3",
    ),
    (
        "A spring steel has σy = 1460 MPa; its modulus of elasticity is 205 GPa and its density 7.85 g/cm³. What is the resilience per unit mass, in J/kg?",
        1460e6**2 / (2 * 205e9) / 7850,
        "J/kg",
    ),
]
