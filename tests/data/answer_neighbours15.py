"""Neighbour questions, round 15 (issue 11, precision), in our own words.

Written by helper probe16 around the items of sets Q, P and N that the solver answers: the other
metal, reflection or radiation (Mo (310), (222), (321), forbidden (111), a (330) beyond reach, Ta,
Co Kα), planar density of other planes and in other units, the primitive, Wigner–Seitz or
per-formula-unit volume instead of the conventional cell, a ratio or percent change instead of one
value, inverse problems (a temperature from a vacancy fraction or D, a lattice parameter from a
peak, a band gap from an edge, a donor level from a resistivity, a plating time), givens in other
units (°F, kcal/mol, eV/atom, J per vacancy, psi, ksi, in., lb, Btu, kgf/mm², cm⁻³), 'E' notation
and values with uncertainties, an added datum that changes the answer (a formation entropy, a
detector efficiency, half the surface masked, both faces of a plate), multiple-choice stems,
'show that … hence', two-part questions asking one part, signed and positive-number asks, units in
brackets, and near-misses the relation does not fit (a carburizing target outside the range, a
crystalline density exceeded, a bulk density above the dense one, four-point bending, oblique
incidence, a melt crossed while heating, an alloy in at% with phases in wt%). Keys computed below
with plain math; a key of None means the question must be refused.
tests/test_answer_neighbours.py holds them at 0 wrong.

Main (583acc1) answered 157 of these 292 and 16 wrong: a cell volume other than the conventional
cube (primitive, Wigner–Seitz, per ZnS formula unit, two cells, the atoms' volume) answered as a³; a
gauge (original) length bound as the change in length, or a final length as the original one,
under ε = ΔL/L₀; a stated value set aside in words ('not 0.92 eV/atom but half of that') and a
formation entropy beside the vacancy energy both dropped; a lever rule with the alloy in at% and the
phases in wt%; a one-face reflectance where both faces were counted; a negative heat where a
positive number was asked; and one face's area for a sheet exposed on both, or the whole area where
only half was plated. Now 141 answered, 0 wrong, none of main's right answers lost (classes in
tests/test_answer_probe16_classes.py).
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
PSI = 6894.757293168
KSI = 1000 * PSI
IN = 0.0254
LB = 0.45359237
LBF = 4.4482216152605
CAL = 4.184
BTU = 1055.05585262
YEAR = 3.15576e7
F = 96485.33212
M_PE = 2 * 12.011 + 4 * 1.008


def _k(t_c: float) -> float:
    return t_c + 273.15


def _f2k(t_f: float) -> float:
    return (t_f - 32) / 1.8 + 273.15


def _erfinv(y: float) -> float:
    lo, hi = 0.0, 6.0
    for _ in range(200):
        mid = (lo + hi) / 2
        if math.erf(mid) < y:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def _two_theta(a_nm: float, hkl: tuple[int, int, int], lam_nm: float) -> float:
    """Diffraction angle 2θ in degrees of a cubic reflection."""
    d = a_nm / math.sqrt(sum(i * i for i in hkl))
    return 2 * math.degrees(math.asin(lam_nm / (2 * d)))


def _carb_time(c0: float, cs: float, cx: float, x_m: float, d: float) -> float:
    z = _erfinv((cs - cx) / (cs - c0))
    return x_m**2 / (4 * d * z**2)


def _avrami_t(t_ref: float, y_ref: float, y: float, n: float) -> float:
    kk = -math.log(1 - y_ref) / t_ref**n
    return (-math.log(1 - y) / kk) ** (1 / n)


def _dg_star_ev(gamma: float, dhf: float, tm_k: float, dt: float) -> float:
    return 16 * PI * gamma**3 * tm_k**2 / (3 * dhf**2 * dt**2) / EV


def _xtal(rho_c: float, rho_a: float, rho_s: float) -> float:
    return rho_c * (rho_s - rho_a) / (rho_s * (rho_c - rho_a)) * 100


def _e_porous(e0: float, p: float) -> float:
    return e0 * (1 - 1.9 * p + 0.9 * p * p)


def _at_pct(w1: float, m1: float, w2: float, m2: float) -> float:
    """Atom percent of species 1 from weight percents."""
    return (w1 / m1) / (w1 / m1 + w2 / m2) * 100


def _wt_pct(a1: float, m1: float, a2: float, m2: float) -> float:
    return a1 * m1 / (a1 * m1 + a2 * m2) * 100


def _reflect(n: float) -> float:
    return ((n - 1) / (n + 1)) ** 2


_MO_A = 0.3147
_FE_A = 0.2866
_CU_A = 0.3615
_LAM = 0.15406

# (question, key or None for must-refuse, pint unit of the key)
QUESTIONS: list[tuple[str, float | None, str]] = [
    # --- X-ray diffraction, BCC molybdenum and friends
    (
        "Molybdenum (BCC, a = 0.3147 nm) is scanned with Cu Kα1 radiation of wavelength 0.15406 nm. Find the 2θ position, in degrees, of the (310) peak.",
        _two_theta(_MO_A, (3, 1, 0), _LAM),
        "degree",
    ),
    (
        "BCC molybdenum has a lattice constant of 3.147 Å. Using X-rays of wavelength 1.5406 Å, at what 2θ (degrees) is the (220) line?",
        _two_theta(_MO_A, (2, 2, 0), _LAM),
        "degree",
    ),
    (
        "Molybdenum is BCC with a = 0.3147 nm. With λ = 0.15406 nm, what is the Bragg angle θ (half of 2θ) of the (211) reflection, in degrees?",
        _two_theta(_MO_A, (2, 1, 1), _LAM) / 2,
        "degree",
    ),
    (
        "Molybdenum is BCC with a = 0.3147 nm. With Cu Kα1 radiation (λ = 0.15406 nm), at what 2θ in degrees does the (111) reflection appear?",
        None,
        "degree",
    ),
    (
        "Molybdenum is BCC with a = 0.3147 nm. With Cu Kα1 radiation (λ = 0.15406 nm), at what 2θ in degrees does the (330) reflection appear?",
        None,
        "degree",
    ),
    (
        "Molybdenum is BCC with a = 0.3147 nm. With Cu Kα1 radiation (λ = 0.15406 nm), give the 2θ angle (degrees) of the (222) reflection.",
        _two_theta(_MO_A, (2, 2, 2), _LAM),
        "degree",
    ),
    (
        "Molybdenum is BCC with a = 0.3147 nm. With Cu Kα1 radiation (λ = 0.15406 nm), give the 2θ angle (degrees) of the (321) reflection.",
        _two_theta(_MO_A, (3, 2, 1), _LAM),
        "degree",
    ),
    (
        "The (211) peak of a BCC metal appears at 2θ = 73.68° with Cu Kα1 radiation (λ = 0.15406 nm). What is the lattice parameter, in nm?",
        _LAM / (2 * math.sin(math.radians(73.68 / 2))) * math.sqrt(6),
        "nm",
    ),
    (
        "Molybdenum is BCC with a = 0.3147 nm. What is the spacing d of its (211) planes, in Å?",
        _MO_A / math.sqrt(6) * 10,
        "angstrom",
    ),
    (
        "Tantalum is BCC with a = 0.3306 nm. With Cu Kα1 radiation (λ = 0.15406 nm), at what 2θ (degrees) is the (211) reflection?",
        _two_theta(0.3306, (2, 1, 1), _LAM),
        "degree",
    ),
    (
        "Molybdenum is BCC with a = 0.3147 nm. A diffractometer uses Co Kα radiation, λ = 0.17890 nm. At what 2θ (degrees) is the (211) peak?",
        _two_theta(_MO_A, (2, 1, 1), 0.17890),
        "degree",
    ),
    (
        "Molybdenum is BCC with atomic radius 0.1363 nm. With Cu Kα1 radiation (λ = 0.15406 nm), at what 2θ, in degrees, is the (211) reflection?",
        _two_theta(4 * 0.1363 / math.sqrt(3), (2, 1, 1), _LAM),
        "degree",
    ),
    (
        "Molybdenum is BCC with a = 0.3147 nm. With Cu Kα1 radiation (λ = 0.15406 nm), by how many degrees in 2θ are the (110) and (200) peaks separated?",
        _two_theta(_MO_A, (2, 0, 0), _LAM) - _two_theta(_MO_A, (1, 1, 0), _LAM),
        "degree",
    ),
    # --- planar density
    (
        "alpha-iron is BCC with a = 0.2866 nm. What is the planar density of its (100) plane, in atoms per nm^2?",
        1 / _FE_A**2,
        "1/nm**2",
    ),
    (
        "alpha-iron is BCC with a = 0.2866 nm. What is the planar density of its (110) plane, in atoms per m^2?",
        2 / (math.sqrt(2) * (_FE_A * 1e-9) ** 2),
        "1/m**2",
    ),
    (
        "Molybdenum (BCC, a = 0.3147 nm): compute the planar density of (110) in atoms per nm^2.",
        2 / (math.sqrt(2) * _MO_A**2),
        "1/nm**2",
    ),
    (
        "Copper is FCC with a = 0.3615 nm. What is the planar density of its (100) plane, in atoms/nm²?",
        2 / _CU_A**2,
        "1/nm**2",
    ),
    (
        "Copper is FCC with a = 0.3615 nm. What is the planar density of its (111) plane, in atoms/nm²?",
        4 / (math.sqrt(3) * _CU_A**2),
        "1/nm**2",
    ),
    (
        "Copper is FCC with a = 0.3615 nm. What is the planar density of its (110) plane, in atoms/nm²?",
        math.sqrt(2) / _CU_A**2,
        "1/nm**2",
    ),
    (
        "alpha-iron is BCC with a density of 7.87 g/cm3 and atomic weight 55.85 g/mol. Compute the (110) planar density in atoms per nm^2.",
        2 / (math.sqrt(2) * ((2 * 55.85 / (7.87 * NA)) ** (1 / 3) * 1e7) ** 2),
        "1/nm**2",
    ),
    (
        "alpha-iron is BCC with a = 0.2866 nm. What is the linear density along [111], in atoms per nm?",
        2 / (math.sqrt(3) * _FE_A),
        "1/nm",
    ),
    (
        "alpha-iron is BCC with a = 0.2866 nm. By what factor is the planar density of (110) larger than that of (100)?",
        math.sqrt(2),
        "dimensionless",
    ),
    (
        "alpha-iron (BCC, a = 0.2866 nm). Compute the planar density of the (110) plane, in atoms per mm^2.",
        2 / (math.sqrt(2) * (_FE_A * 1e-6) ** 2),
        "1/mm**2",
    ),
    # --- cell volume
    (
        "Copper is FCC with a = 3.615 Å. What is the volume of its unit cell in nm³?",
        _CU_A**3,
        "nm**3",
    ),
    (
        "Copper is FCC with a = 3.615 Å. What volume does each atom occupy, in Å³?",
        (3.615**3) / 4,
        "angstrom**3",
    ),
    (
        "Copper is FCC with a lattice parameter of 3.615 Å. What is the volume of its primitive cell, in Å³?",
        (3.615**3) / 4,
        "angstrom**3",
    ),
    (
        "Copper is FCC with atomic radius 0.128 nm. What is the volume of its conventional unit cell in nm³?",
        (2 * math.sqrt(2) * 0.128) ** 3,
        "nm**3",
    ),
    (
        "Rock salt (NaCl) has a cubic lattice parameter of 0.564 nm. What is the volume of its unit cell, in m³?",
        (0.564e-9) ** 3,
        "m**3",
    ),
    (
        "Zinc blende (ZnS) is cubic with a = 0.541 nm. What volume is taken up per ZnS formula unit, in nm^3?",
        0.541**3 / 4,
        "nm**3",
    ),
    (
        "Copper is face-centred cubic with a = 3.615 Å. What is the volume of its unit cell, in cm³?",
        (3.615e-8) ** 3,
        "cm**3",
    ),
    (
        "Copper is FCC with a lattice parameter of 3.615 Å at 20 °C; heating to 500 °C raises a by 0.8 %. What is the unit cell volume at 500 °C, in Å³?",
        (3.615 * 1.008) ** 3,
        "angstrom**3",
    ),
    # --- vacancies
    (
        "The vacancy formation energy of an FCC metal is 0.92 eV/atom. Estimate the equilibrium vacancy fraction at 1000 °C.",
        math.exp(-0.92 / (k * _k(1000))),
        "dimensionless",
    ),
    (
        "An FCC metal has a vacancy formation energy of 88.8 kJ/mol. What is the equilibrium fraction of vacant sites at 800 °C?",
        math.exp(-88800 / (R * _k(800))),
        "dimensionless",
    ),
    (
        "An FCC metal has a vacancy formation energy of 0.92 eV per atom. What fraction of lattice sites is vacant at 1472 °F?",
        math.exp(-0.92 / (k * _f2k(1472))),
        "dimensionless",
    ),
    (
        "For a metal with vacancy formation energy 0.92 eV/atom, by what factor does the equilibrium vacancy fraction increase from 600 °C to 800 °C?",
        math.exp(0.92 / k * (1 / _k(600) - 1 / _k(800))),
        "dimensionless",
    ),
    (
        "A metal has a vacancy formation energy of 0.92 eV/atom. At what temperature (°C) is the equilibrium vacancy fraction 1.0 × 10^-4?",
        0.92 / (k * math.log(1e4)) - 273.15,
        "degC",
    ),
    (
        "The vacancy formation energy of a certain FCC metal is 0.92 eV/atom. At 800 °C, on average how many lattice sites are there for each vacancy?",
        math.exp(0.92 / (k * _k(800))),
        "dimensionless",
    ),
    (
        "The vacancy formation energy of an FCC metal is 1.47E-19 J per vacancy. Estimate the equilibrium vacancy fraction at 800 °C.",
        math.exp(-1.47e-19 / (1.380649e-23 * _k(800))),
        "dimensionless",
    ),
    (
        "The vacancy formation energy of a certain FCC metal is 0.92 eV/atom. Estimate the equilibrium fraction of vacant sites at 800 K.",
        math.exp(-0.92 / (k * 800)),
        "dimensionless",
    ),
    (
        "Silver at 900 °C: density 9.5 g/cm³, atomic weight 107.87 g/mol, vacancy formation energy 1.10 eV/atom. How many vacancies are there per cubic centimetre?",
        9.5 * NA / 107.87 * math.exp(-1.10 / (k * _k(900))),
        "1/cm**3",
    ),
    (
        "Gold at 1000 °C has density 18.6 g/cm³ and atomic weight 196.97 g/mol; its vacancy formation energy is 0.98 eV/atom. Find the number of vacancies per m³.",
        18.6e6 * NA / 196.97 * math.exp(-0.98 / (k * _k(1000))),
        "1/m**3",
    ),
    (
        "Silver at 900 °C has density 9.5 g/cm³ and atomic weight 107.87 g/mol. How many atomic sites are there per cubic metre?",
        9.5e6 * NA / 107.87,
        "1/m**3",
    ),
    (
        "Silver at 900 °C: density 9.5 g/cm³, atomic weight 107.87 g/mol, vacancy formation energy 106 kJ/mol. How many vacancies per m³?",
        9.5e6 * NA / 107.87 * math.exp(-106000 / (R * _k(900))),
        "1/m**3",
    ),
    (
        "Silver at 900 °C (density 9.5 g/cm³, atomic weight 107.87 g/mol) contains 1.0E24 vacancies per m³. What is the vacancy formation energy in eV/atom?",
        -k * _k(900) * math.log(1e24 / (9.5e6 * NA / 107.87)),
        "eV",
    ),
    (
        "Silver at 900 °C: density 9.5 g/cm³, atomic weight 107.87 g/mol, vacancy formation energy 1.10 eV/atom. How many vacancies are there in a 1.0 mm³ piece?",
        9.5e-3 * NA / 107.87 * math.exp(-1.10 / (k * _k(900))),
        "dimensionless",
    ),
    # --- ASTM grain size
    (
        "A micrograph at 100X shows 28 grains per square inch. What is the ASTM grain-size number?",
        1 + math.log2(28),
        "dimensionless",
    ),
    (
        "A micrograph at 50X shows 28 grains per square inch. What is the ASTM grain-size number?",
        1 + math.log2(28 * 0.25),
        "dimensionless",
    ),
    (
        "A steel has ASTM grain-size number 6. How many grains per square inch would be seen on a micrograph at 200X?",
        2**5 / 4,
        "1/inch**2",
    ),
    (
        "A steel has ASTM grain-size number 7.5. How many grains per square inch are there at 100X?",
        2**6.5,
        "1/inch**2",
    ),
    (
        "A metallographer counts 28 grains per square inch on a micrograph taken at 200X. By how much would the ASTM number change if the count were 56 grains per square inch?",
        1.0,
        "dimensionless",
    ),
    (
        "A metallographer counts 28 grains per square centimetre on a micrograph taken at 200X. What is the ASTM grain-size number?",
        1 + math.log2(28 * 6.4516 * 4),
        "dimensionless",
    ),
    # --- wt% <-> at%
    (
        "A cartridge brass is 70 wt% Cu - 30 wt% Zn. What is the copper content in atom percent?",
        _at_pct(70, 63.55, 30, 65.38),
        "percent",
    ),
    (
        "Muntz metal is 60 wt% Cu and 40 wt% Zn. Give the zinc content in at%.",
        _at_pct(40, 65.38, 60, 63.55),
        "percent",
    ),
    (
        "An aluminium alloy contains 4.5 wt% Cu (rest Al). What is its copper content in atom percent?",
        _at_pct(4.5, 63.55, 95.5, 26.98),
        "percent",
    ),
    (
        "A brass has 30 at% Zn, rest Cu. What is its zinc content in weight percent?",
        _wt_pct(30, 65.38, 70, 63.55),
        "percent",
    ),
    (
        "A Cu–Ni alloy is 40 wt% Ni. Express the nickel content in atom percent.",
        _at_pct(40, 58.69, 60, 63.55),
        "percent",
    ),
    (
        "A steel contains 1.0 wt% C (rest Fe). What is the carbon content in at%?",
        _at_pct(1.0, 12.011, 99.0, 55.85),
        "percent",
    ),
    # --- Arrhenius diffusion coefficient
    (
        "For carbon in austenite take D0 = 2.3e-5 m²/s and Q = 148 kJ/mol. Evaluate D at 950 °C in cm²/s.",
        2.3e-5 * math.exp(-148000 / (R * _k(950))) * 1e4,
        "cm**2/s",
    ),
    (
        "For carbon in austenite D0 = 0.23 cm²/s and Q = 148 kJ/mol. What is D at 1750 °F, in m²/s?",
        2.3e-5 * math.exp(-148000 / (R * _f2k(1750))),
        "m**2/s",
    ),
    (
        "For carbon in austenite D0 = 2.3 × 10⁻⁵ m²/s and Q = 35.4 kcal/mol. Evaluate D at 950 °C (m²/s).",
        2.3e-5 * math.exp(-35400 * CAL / (R * _k(950))),
        "m**2/s",
    ),
    (
        "For carbon in austenite D0 = 2.3 × 10⁻⁵ m²/s and Q = 1.53 eV/atom. Evaluate D at 950 °C (m²/s).",
        2.3e-5 * math.exp(-1.53 / (k * _k(950))),
        "m**2/s",
    ),
    (
        "For carbon in austenite take D0 = 2.3e-5 m^2/s and Q = 148 kJ/mol. At what temperature (°C) is D equal to 5.0e-11 m^2/s?",
        148000 / (R * math.log(2.3e-5 / 5e-11)) - 273.15,
        "degC",
    ),
    (
        "For carbon in austenite take D0 = 2.3e-5 m^2/s and Q = 148 kJ/mol. By what factor is D larger at 1000 °C than at 900 °C?",
        math.exp(148000 / R * (1 / _k(900) - 1 / _k(1000))),
        "dimensionless",
    ),
    (
        "For carbon in austenite take D0 = 2.3e-5 m^2/s and Q = 148 kJ/mol (D0 ± 10 %). Evaluate D at 950 °C in m^2/s.",
        2.3e-5 * math.exp(-148000 / (R * _k(950))),
        "m**2/s",
    ),
    (
        "For carbon in ferrite take D0 = 6.2E-7 m^2/s and Q = 80 kJ/mol. Evaluate the diffusion coefficient at 500 °C in m^2/s.",
        6.2e-7 * math.exp(-80000 / (R * _k(500))),
        "m**2/s",
    ),
    (
        "For carbon in austenite take D0 = 2.3e-5 m^2/s and Q = 148 kJ/mol. Estimate the diffusion distance √(Dt) after 1 h at 950 °C, in mm.",
        math.sqrt(2.3e-5 * math.exp(-148000 / (R * _k(950))) * 3600) * 1e3,
        "mm",
    ),
    # --- carburizing time / depth
    (
        "A 0.20 wt% C steel gear is carburized with its surface held at 1.00 wt% C. How many seconds are needed to reach 0.60 wt% C at 0.75 mm depth if D = 1.6e-11 m^2/s?",
        _carb_time(0.2, 1.0, 0.6, 0.75e-3, 1.6e-11),
        "s",
    ),
    (
        "A 0.20 wt% C steel is carburized with the surface at 1.00 wt% C. With D = 1.6e-11 m²/s, how many hours until the carbon content is 0.60 wt% at a depth of 0.030 in.?",
        _carb_time(0.2, 1.0, 0.6, 0.030 * IN, 1.6e-11) / 3600,
        "hour",
    ),
    (
        "A 0.20 wt% C steel is carburized with the surface at 1.00 wt% C. With D = 1.6e-7 cm²/s, how many hours until 0.60 wt% C is reached 0.75 mm below the surface?",
        _carb_time(0.2, 1.0, 0.6, 0.75e-3, 1.6e-11) / 3600,
        "hour",
    ),
    (
        "A 0.20 wt% C steel is carburized with the surface held at 1.00 wt% C and D = 1.6e-11 m²/s. How long (hours) until 1.10 wt% C at 0.75 mm depth?",
        None,
        "hour",
    ),
    (
        "A 0.20 wt% C steel is carburized with the surface held at 1.00 wt% C and D = 1.6e-11 m²/s. How long (hours) until 0.40 wt% C at 0.75 mm depth?",
        _carb_time(0.2, 1.0, 0.4, 0.75e-3, 1.6e-11) / 3600,
        "hour",
    ),
    (
        "A 0.20 wt% C steel is carburized for 10 h with the surface held at 1.00 wt% C and D = 1.6e-11 m²/s. At what depth (mm) is the carbon content 0.60 wt%?",
        2 * _erfinv(0.5) * math.sqrt(1.6e-11 * 36000) * 1e3,
        "mm",
    ),
    (
        "A 0.80 wt% C steel is decarburized with the surface held at 0.0 wt% C and D = 1.6e-11 m²/s. How many hours until the carbon content 0.75 mm below the surface drops to 0.40 wt%?",
        _carb_time(0.8, 0.0, 0.4, 0.75e-3, 1.6e-11) / 3600,
        "hour",
    ),
    (
        "A gear of 0.20 wt% C steel is gas-carburized with the surface held at 1.00 wt% C, and must reach 0.60 wt% C at 1.5 mm depth. With D = 1.6e-11 m^2/s, how many hours does it need?",
        _carb_time(0.2, 1.0, 0.6, 1.5e-3, 1.6e-11) / 3600,
        "hour",
    ),
    # --- activation energy from two D values
    (
        "A solute has D = 5.5 × 10⁻¹⁴ cm²/s at 600 °C and 3.9 × 10⁻¹¹ cm²/s at 900 °C. Find the activation energy in kJ/mol.",
        R * math.log(3.9e-11 / 5.5e-14) / (1 / _k(600) - 1 / _k(900)) / 1000,
        "kJ/mol",
    ),
    (
        "A solute has D = 5.5 × 10⁻¹⁴ cm²/s at 600 °C and 3.9 × 10⁻¹¹ cm²/s at 900 °C. Find the activation energy in eV per atom.",
        k * math.log(3.9e-11 / 5.5e-14) / (1 / _k(600) - 1 / _k(900)),
        "eV",
    ),
    (
        "A solute has D = 5.5 × 10⁻¹⁴ cm²/s at 600 °C and 3.9 × 10⁻¹¹ cm²/s at 900 °C. What is the pre-exponential factor D0 in cm²/s?",
        3.9e-11 * math.exp(math.log(3.9e-11 / 5.5e-14) / (1 / _k(600) - 1 / _k(900)) / _k(900)),
        "cm**2/s",
    ),
    (
        "A solute has D = 5.5 × 10⁻¹⁸ m²/s at 873 K and 3.9 × 10⁻¹⁵ m²/s at 1173 K. Find the activation energy in kJ/mol.",
        R * math.log(3.9e-15 / 5.5e-18) / (1 / 873 - 1 / 1173) / 1000,
        "kJ/mol",
    ),
    (
        "A solute has D = 5.5 × 10⁻¹⁴ cm²/s at 600 °C and 3.9 × 10⁻¹¹ cm²/s at 900 °C. Estimate D at 750 °C, in cm²/s.",
        5.5e-14
        * math.exp(
            math.log(3.9e-11 / 5.5e-14) * (1 / _k(600) - 1 / _k(750)) / (1 / _k(600) - 1 / _k(900))
        ),
        "cm**2/s",
    ),
    # --- same case at another temperature
    (
        "A carburizing treatment gives the required case in 10 h at 900 °C. With Q = 142 kJ/mol, how long would the same case take at 850 °C? (hours)",
        10 * math.exp(142000 / R * (1 / _k(850) - 1 / _k(900))),
        "hour",
    ),
    (
        "A carburizing treatment gives the required case in 10 h at 900 °C. With Q = 34 kcal/mol, how long would the same case take at 1000 °C? (hours)",
        10 * math.exp(34000 * CAL / R * (1 / _k(1000) - 1 / _k(900))),
        "hour",
    ),
    (
        "A carburizing treatment gives a 1.0 mm case in 10 h at 900 °C. With Q = 142 kJ/mol, how long (hours) would a 2.0 mm case take at 1000 °C?",
        40 * math.exp(142000 / R * (1 / _k(1000) - 1 / _k(900))),
        "hour",
    ),
    (
        "A carburizing treatment gives the required case in 10 h at 900 °C. With Q = 142 kJ/mol, at what temperature (°C) would the same case take 5 h?",
        1 / (1 / _k(900) - R * math.log(2) / 142000) - 273.15,
        "degC",
    ),
    (
        "A carburizing treatment gives the required case in 600 min at 900 °C. With Q = 142 kJ/mol, how many minutes would the same case take at 1000 °C?",
        600 * math.exp(142000 / R * (1 / _k(1000) - 1 / _k(900))),
        "minute",
    ),
    (
        "A carburizing treatment gives the required case in 10 h at 900 °C. With Q = 142 kJ/mol, by what percent is the time cut by raising the temperature to 1000 °C?",
        (1 - math.exp(142000 / R * (1 / _k(1000) - 1 / _k(900)))) * 100,
        "percent",
    ),
    # --- strain
    (
        "A copper tensile specimen's 50 mm gauge length extends uniformly to 62 mm. What is the percent elongation at that point?",
        24.0,
        "percent",
    ),
    (
        "A copper tensile specimen's 50 mm gauge length extends uniformly to 62 mm. What is the true strain?",
        math.log(62 / 50),
        "dimensionless",
    ),
    (
        "A 50 mm long aluminium cylinder is compressed to 42 mm. What is the engineering strain (sign included)?",
        -0.16,
        "dimensionless",
    ),
    (
        "A tensile specimen with a 2.00 in. gauge length stretches to 2.48 in. What is the engineering strain?",
        0.24,
        "dimensionless",
    ),
    (
        "A 50 mm gauge length is strained to an engineering strain of 0.24. What is the final gauge length, in mm?",
        62.0,
        "mm",
    ),
    (
        "During a tensile test the 50 mm gauge length of a copper specimen has extended uniformly to 62 mm while the diameter fell from 10 mm to 9 mm. What is the true strain computed from the diameters?",
        2 * math.log(10 / 9),
        "dimensionless",
    ),
    # --- Brinell
    (
        "A Brinell test (10 mm ball, 3000 kg load) on a plain-carbon steel leaves an impression 4.20 mm across. What is the Brinell hardness?",
        2 * 3000 / (PI * 10 * (10 - math.sqrt(100 - 4.2**2))),
        "kg/mm**2",
    ),
    (
        "A Brinell test (10 mm ball, 3000 kg load) on a plain-carbon steel leaves an impression 4.20 mm across. Estimate the tensile strength in psi.",
        2 * 3000 / (PI * 10 * (10 - math.sqrt(100 - 4.2**2))) * 500,
        "psi",
    ),
    (
        "A Brinell test (10 mm ball, 3000 kg load) on a plain-carbon steel leaves an impression 3.80 mm across. Estimate the tensile strength in MPa.",
        2 * 3000 / (PI * 10 * (10 - math.sqrt(100 - 3.8**2))) * 3.45,
        "MPa",
    ),
    (
        "A Brinell test (10 mm ball, 500 kg load) on a copper alloy leaves an impression 4.20 mm across. Estimate the tensile strength in MPa.",
        None,
        "MPa",
    ),
    (
        "A plain-carbon steel should have a tensile strength of 900 MPa. What Brinell indentation diameter (mm) is expected with a 10 mm ball and 3000 kg load?",
        math.sqrt(100 - (10 - 2 * 3000 / (PI * 10 * (900 / 3.45))) ** 2),
        "mm",
    ),
    # --- flow curve
    (
        "An annealed stainless steel obeys σ_T = K ε_T^n with K = 620 MPa and n = 0.18. What true stress (MPa) gives a true strain of 0.15?",
        620 * 0.15**0.18,
        "MPa",
    ),
    (
        "An annealed stainless steel obeys σ_T = K ε_T^n with K = 90 ksi and n = 0.18. What true stress (MPa) gives a true strain of 0.15?",
        90 * KSI * 0.15**0.18 / 1e6,
        "MPa",
    ),
    (
        "An annealed stainless steel obeys σ_T = K ε_T^n with K = 620 MPa and n = 0.18. What true strain is produced by a true stress of 450 MPa?",
        (450 / 620) ** (1 / 0.18),
        "dimensionless",
    ),
    (
        "An annealed stainless steel obeys σ_T = K ε_T^n with K = 620 MPa and n = 0.18. What true stress (MPa) is needed to reach an engineering strain of 0.15?",
        620 * math.log(1.15) ** 0.18,
        "MPa",
    ),
    (
        "An annealed stainless steel obeys σ_T = K ε_T^n with K = 620 MPa and n = 0.18. By what percent does the true stress rise between true strains of 0.10 and 0.20?",
        (2**0.18 - 1) * 100,
        "percent",
    ),
    # --- resilience
    (
        "A steel spring has a yield strength of 45,000 psi and E = 30 × 10^6 psi. What is its modulus of resilience in psi (in.·lbf/in.³)?",
        45000**2 / (2 * 30e6),
        "psi",
    ),
    (
        "A steel has a yield strength of 310 MPa and E = 207 GPa. What is its modulus of resilience, in kJ/m³?",
        310e6**2 / (2 * 207e9) / 1e3,
        "kJ/m**3",
    ),
    (
        "A steel spring has a yield strength of 45 ksi and a modulus of 30,000 ksi. Find the modulus of resilience in J/m³.",
        (45 * KSI) ** 2 / (2 * 30000 * KSI),
        "J/m**3",
    ),
    (
        "A steel spring has a tensile strength of 45,000 psi and E = 30 × 10^6 psi. What is its modulus of resilience in kJ/m³?",
        None,
        "kJ/m**3",
    ),
    (
        "An aluminium alloy with E = 69 GPa must store 500 kJ/m³ elastically. What minimum yield strength (MPa) does it need?",
        math.sqrt(2 * 69e9 * 500e3) / 1e6,
        "MPa",
    ),
    (
        "A steel spring has a yield strength of 45,000 psi and E = 30 × 10^6 psi. What is the elastic strain at yield?",
        45000 / 30e6,
        "dimensionless",
    ),
    # --- Basquin
    (
        "A steel obeys σ_a = σ_f'(2N_f)^b with σ_f' = 900 MPa and b = −0.09. How many reversals 2N_f does it last at σ_a = 350 MPa?",
        (350 / 900) ** (1 / -0.09),
        "dimensionless",
    ),
    (
        "A steel obeys σ_a = σ_f'(2N_f)^b with σ_f' = 900 MPa and b = −0.09. What stress amplitude (MPa) gives a life of 1.0E6 cycles?",
        900 * (2e6) ** -0.09,
        "MPa",
    ),
    (
        "A steel obeys σ_a = σ_f'(2N_f)^b with σ_f' = 900 MPa and b = −0.09. It is cycled with a stress range of 700 MPa (fully reversed). How many cycles to failure?",
        (350 / 900) ** (1 / -0.09) / 2,
        "dimensionless",
    ),
    (
        "A steel obeys σ_a = σ_f'(2N_f)^b with σ_f' = 130 ksi and b = −0.09. How many cycles N_f at a stress amplitude of 50 ksi?",
        (50 / 130) ** (1 / -0.09) / 2,
        "dimensionless",
    ),
    (
        "A steel obeys σ_a = σ_f'(2N_f)^b with σ_f' = 900 MPa and b = −0.09. How many cycles N_f will it survive at a stress amplitude of 350 MPa with a mean stress of 150 MPa?",
        None,
        "dimensionless",
    ),
    (
        "A steel obeys σ_a = σ_f'(2N_f)^b with σ_f' = 900 MPa and b = −0.09. By what factor does the life grow when the amplitude is lowered from 350 to 300 MPa?",
        (300 / 350) ** (1 / -0.09),
        "dimensionless",
    ),
    # --- Griffith
    (
        "A soda-lime glass plate (E ≈ 70 GPa, surface energy 0.3 J/m²) has a surface crack 4 µm deep normal to the tension. Using Griffith's criterion, estimate the fracture stress (MPa).",
        math.sqrt(2 * 70e9 * 0.3 / (PI * 4e-6)) / 1e6,
        "MPa",
    ),
    (
        "A glass (E ≈ 70 GPa, specific surface energy 0.3 J/m²) contains an internal crack of half-length 4 µm. Using Griffith's criterion, estimate the fracture stress (MPa).",
        math.sqrt(2 * 70e9 * 0.3 / (PI * 4e-6)) / 1e6,
        "MPa",
    ),
    (
        "A glass (E ≈ 70 GPa, specific surface energy 0.3 J/m²) fails at 50 MPa. Using Griffith's criterion, what is the critical half-length of an internal crack, in µm?",
        2 * 70e9 * 0.3 / (PI * 50e6**2) * 1e6,
        "um",
    ),
    (
        "A glass plate (E ≈ 10 × 10^6 psi, specific surface energy 0.3 J/m²) contains an internal crack 4 µm long. Using Griffith's criterion, estimate the fracture stress in MPa.",
        math.sqrt(2 * 10e6 * PSI * 0.3 / (PI * 2e-6)) / 1e6,
        "MPa",
    ),
    (
        "A soda-lime glass plate (E ≈ 70 GPa, specific surface energy 0.3 J/m²) contains an internal crack 4 µm long. Using Griffith's criterion, estimate the fracture stress in ksi.",
        math.sqrt(2 * 70e9 * 0.3 / (PI * 2e-6)) / KSI,
        "ksi",
    ),
    (
        "A soda-lime glass plate (E ≈ 70 GPa, specific surface energy 0.3 J/m²) contains an internal crack 16 µm long. By what factor is the Griffith fracture stress lower than for a 4 µm crack?",
        2.0,
        "dimensionless",
    ),
    # --- lever rule
    (
        "A binary A–B alloy of 35 wt% B sits in the α + L field, where Cα = 8 wt% B and C_L = 71 wt% B. What mass fraction is α?",
        (71 - 35) / (71 - 8),
        "dimensionless",
    ),
    (
        "A 2.0 kg binary A–B alloy of 35 wt% B is held in the α + L field (Cα = 8 wt% B, C_L = 71 wt% B). What mass of liquid is present, in kg?",
        2.0 * (35 - 8) / (71 - 8),
        "kg",
    ),
    (
        "A binary A–B alloy of 75 wt% B is held in the α + L field, where Cα = 8 wt% B and C_L = 71 wt% B. What percentage of the alloy is liquid?",
        None,
        "percent",
    ),
    (
        "A binary A–B alloy of 35 wt% B is held in the α + L field (Cα = 8 wt% B, C_L = 71 wt% B). What is the mass ratio of liquid to α?",
        (35 - 8) / (71 - 35),
        "dimensionless",
    ),
    (
        "A binary A–B alloy is held in the α + L field, where Cα = 8 wt% B and C_L = 71 wt% B; it is 40 % liquid by mass. What is its overall composition in wt% B?",
        8 + 0.4 * (71 - 8),
        "percent",
    ),
    # --- iron-carbon
    (
        "A 2.5 kg piece of 1045 steel (0.45 wt% C) is slowly cooled to just below the eutectoid temperature. What mass of pearlite forms, in kg?",
        2.5 * (0.45 - 0.022) / (0.76 - 0.022),
        "kg",
    ),
    (
        "A 2.5 kg piece of 1045 steel (0.45 wt% C) is slowly cooled to just below the eutectoid temperature. What is the total mass of ferrite (kg)?",
        2.5 * (6.70 - 0.45) / (6.70 - 0.022),
        "kg",
    ),
    (
        "A 5.5 lb forging of 1045 steel (0.45 wt% C) is slowly cooled to just below the eutectoid temperature. What mass of proeutectoid ferrite forms, in lb?",
        5.5 * (0.76 - 0.45) / (0.76 - 0.022),
        "lb",
    ),
    (
        "A 2.0 kg piece of 1.20 wt% C steel is slowly cooled to just below the eutectoid temperature. What mass of proeutectoid cementite forms (kg)?",
        2.0 * (1.20 - 0.76) / (6.70 - 0.76),
        "kg",
    ),
    (
        "A 2.5 kg piece of 1045 steel (0.45 wt% C) is slowly cooled to just below the eutectoid temperature. What mass of proeutectoid cementite forms?",
        0.0,
        "kg",
    ),
    (
        "A slowly cooled plain-carbon steel consists of pearlite and 8.0 % proeutectoid ferrite by mass. Estimate its carbon content in wt%.",
        0.76 - 0.08 * (0.76 - 0.022),
        "percent",
    ),
    (
        "A slowly cooled plain-carbon steel contains 95 % pearlite by mass, the rest proeutectoid cementite. What is its carbon content in wt%?",
        0.76 + 0.05 * (6.70 - 0.76),
        "percent",
    ),
    (
        "A slowly cooled plain-carbon steel has 60 % pearlite by mass, the rest proeutectoid ferrite. Estimate its carbon content, in wt%.",
        0.022 + 0.6 * (0.76 - 0.022),
        "percent",
    ),
    (
        "On the Cu–Ni diagram the solidus composition at 1250 °C is 32 wt% Ni. Express it in at% Ni.",
        _at_pct(32, 58.69, 68, 63.55),
        "percent",
    ),
    (
        "A Cu–Ni alloy has 60 at.% Ni. What is its composition in wt% Cu?",
        _wt_pct(40, 63.55, 60, 58.69),
        "percent",
    ),
    # --- Avrami
    (
        "A recrystallization obeys the Avrami equation with n = 2.5 and is 50 % complete after 120 s. How long (s) until it is 99 % complete?",
        _avrami_t(120, 0.5, 0.99, 2.5),
        "s",
    ),
    (
        "A recrystallization obeys the Avrami equation with n = 2.5 and is 50 % complete after 120 s. What fraction has recrystallized after 200 s?",
        1 - math.exp(-math.log(2) * (200 / 120) ** 2.5),
        "dimensionless",
    ),
    (
        "A recrystallization obeys the Avrami equation with n = 2.5 and is 50 % complete after 2.0 min. How many minutes until it is 90 % complete?",
        _avrami_t(2.0, 0.5, 0.9, 2.5),
        "minute",
    ),
    (
        "A recrystallization obeys the Avrami equation with n = 2.5 and is 50 % complete after 120 s. How long (s) until it is 10 % complete?",
        _avrami_t(120, 0.5, 0.1, 2.5),
        "s",
    ),
    (
        "A recrystallization obeys the Avrami equation with n = 2.5 and is 50 % complete after 120 s. What is the rate constant k in y = 1 − exp(−k t^n), in s^-2.5?",
        math.log(2) / 120**2.5,
        "1/s**2.5",
    ),
    (
        "A recrystallization obeys the Avrami equation with n = 2.5 and is 50 % complete after 120 s. What is the reaction rate, taken as 1/t(0.5), in 1/s?",
        1 / 120,
        "1/s",
    ),
    (
        "A recrystallization obeys the Avrami equation with n = 2.5 and is 30 % complete after 120 s. How long (s) until it is 90 % complete?",
        _avrami_t(120, 0.3, 0.9, 2.5),
        "s",
    ),
    # --- homogeneous nucleation
    (
        "For homogeneous nucleation of copper take ΔH_f = −1.77 × 10^9 J/m³, γ = 0.177 J/m² and T_m = 1085 °C. Compute the critical radius r* at 200 K undercooling, in nm.",
        2 * 0.177 * _k(1085) / (1.77e9 * 200) * 1e9,
        "nm",
    ),
    (
        "For homogeneous nucleation of copper take ΔH_f = −1.77 × 10^9 J/m³, γ = 0.177 J/m² and T_m = 1085 °C. Compute ΔG* at 100 K undercooling, in eV.",
        _dg_star_ev(0.177, 1.77e9, _k(1085), 100),
        "eV",
    ),
    (
        "For homogeneous nucleation of copper take ΔH_f = −1.77 × 10^9 J/m³, γ = 0.177 J/m² and T_m = 1085 °C. Compute ΔG* at 200 K undercooling, in J.",
        _dg_star_ev(0.177, 1.77e9, _k(1085), 200) * EV,
        "J",
    ),
    (
        "For homogeneous nucleation of copper take ΔH_f = −1.77 × 10^9 J/m³, γ = 0.177 J/m² and T_m = 1085 °C. Compute ΔG* when the liquid is at 885 °C, in eV.",
        _dg_star_ev(0.177, 1.77e9, _k(1085), 200),
        "eV",
    ),
    (
        "For nucleation of solid copper take ΔH_f = −1.77 × 10^9 J/m³, γ = 0.177 J/m² and T_m = 1085 °C. The nuclei form as spherical caps on a mould wall with contact angle 60°. Compute ΔG* at 200 K undercooling, in eV.",
        _dg_star_ev(0.177, 1.77e9, _k(1085), 200) * (2 + 0.5) * (1 - 0.5) ** 2 / 4,
        "eV",
    ),
    (
        "For homogeneous nucleation of copper take ΔH_f = −1.77 × 10^9 J/m³, γ = 0.177 J/m² and T_m = 1085 °C. By what factor does ΔG* fall when the undercooling is doubled from 100 K to 200 K?",
        4.0,
        "dimensionless",
    ),
    # --- electrical
    (
        "Intrinsic germanium at room temperature has n_i = 2.4 × 10^19 m^-3, μ_e = 0.38 m²/V·s and μ_h = 0.18 m²/V·s. What is its electrical resistivity, in Ω·m?",
        1 / (2.4e19 * EV * 0.56),
        "ohm*m",
    ),
    (
        "Intrinsic germanium has n_i = 2.4 × 10^13 cm^-3, μ_e = 3800 cm²/V·s and μ_h = 1800 cm²/V·s. Compute its conductivity in (Ω·m)^-1.",
        2.4e19 * EV * 0.56,
        "1/(ohm*m)",
    ),
    (
        "Intrinsic silicon has n_i = 1.0 × 10^16 m^-3, μ_e = 0.14 m²/V·s and μ_h = 0.05 m²/V·s. What is its electrical conductivity in (Ω·m)^-1?",
        1e16 * EV * 0.19,
        "1/(ohm*m)",
    ),
    (
        "Intrinsic germanium has n_i = 2.4 × 10^19 m^-3, μ_e = 0.38 m²/V·s and μ_h = 0.18 m²/V·s. What fraction of its conductivity is carried by electrons?",
        0.38 / 0.56,
        "dimensionless",
    ),
    (
        "Silicon is doped with 5 × 10²¹ arsenic atoms per m³, all ionised at 300 K; the electron mobility is 0.10 m²/(V·s). What is the conductivity in (Ω·m)^-1?",
        5e21 * EV * 0.10,
        "1/(ohm*m)",
    ),
    (
        "Silicon is doped with 5 × 10^15 arsenic atoms per cm³, all ionised; the electron mobility is 1000 cm²/(V·s). What is the resistivity in Ω·cm?",
        1 / (5e15 * EV * 1000),
        "ohm*cm",
    ),
    (
        "Silicon is doped with 5 × 10²¹ boron atoms per m³, all ionised at 300 K; the hole mobility is 0.04 m²/(V·s). What is the resistivity in Ω·m?",
        1 / (5e21 * EV * 0.04),
        "ohm*m",
    ),
    (
        "Silicon is doped with arsenic; all donors are ionised and the electron mobility is 0.10 m²/(V·s). The resistivity is 1.25 Ω·cm. What is the donor concentration in m^-3?",
        1 / (1.25e-2 * EV * 0.10),
        "1/m**3",
    ),
    # --- optical
    (
        "GaAs has a band gap of 1.42 eV. What is the longest wavelength, in nm, that it absorbs by band-to-band excitation?",
        H * C / (1.42 * EV) * 1e9,
        "nm",
    ),
    (
        "CdS has a band gap of 2.42 eV. What is the longest absorbed wavelength, in µm?",
        H * C / (2.42 * EV) * 1e6,
        "um",
    ),
    (
        "A semiconductor just begins to absorb light at 620 nm. What is its band gap, in eV?",
        H * C / (620e-9) / EV,
        "eV",
    ),
    (
        "CdS has a band gap of 2.42 eV. What is the lowest photon frequency that it absorbs, in Hz?",
        2.42 * EV / H,
        "Hz",
    ),
    (
        "Glass has a refractive index of 1.52. What percentage of normally incident light from air is reflected at one face?",
        _reflect(1.52) * 100,
        "percent",
    ),
    (
        "Diamond has a refractive index n = 2.42. What fraction of normally incident light from air is transmitted into the diamond at the first face?",
        1 - _reflect(2.42),
        "dimensionless",
    ),
    (
        "Diamond (n = 2.42) is immersed in water (n = 1.33). What fraction of light incident normally from the water is reflected at the diamond face, in percent?",
        ((2.42 - 1.33) / (2.42 + 1.33)) ** 2 * 100,
        "percent",
    ),
    (
        "A transparent solid reflects 4.3 % of light incident normally from air. What is its refractive index?",
        (1 + math.sqrt(0.043)) / (1 - math.sqrt(0.043)),
        "dimensionless",
    ),
    (
        "A 1.0 cm glass plate with n = 1.52 and β = 0.15 cm⁻¹: what fraction of normally incident light is transmitted, counting reflection at both faces (multiple reflections neglected)?",
        (1 - _reflect(1.52)) ** 2 * math.exp(-0.15),
        "dimensionless",
    ),
    (
        "A glass plate 20 mm thick with n = 1.52 and absorption coefficient 15 m⁻¹: what fraction of normally incident light gets through, counting reflection at both faces and neglecting multiple reflections?",
        (1 - _reflect(1.52)) ** 2 * math.exp(-0.3),
        "dimensionless",
    ),
    (
        "A glass plate 2.0 cm thick, n = 1.52, β = 0.15 cm⁻¹. Neglecting reflections, what fraction of the light that enters is absorbed inside the plate?",
        1 - math.exp(-0.3),
        "dimensionless",
    ),
    (
        "Polyethylene at optical frequencies has a dielectric constant ε_r ≈ 2.30 and is non-magnetic. What is its refractive index?",
        math.sqrt(2.30),
        "dimensionless",
    ),
    (
        "PTFE has ε_r ≈ 2.1 at optical frequencies and is non-magnetic. Estimate the speed of light in it, in m/s.",
        C / math.sqrt(2.1),
        "m/s",
    ),
    (
        "Light travels at 2.0 × 10^8 m/s in a non-magnetic polymer. Estimate its optical dielectric constant.",
        (C / 2.0e8) ** 2,
        "dimensionless",
    ),
    (
        "A He–Ne laser (λ = 632.8 nm) emits a continuous 1.0 mW. How many photons per second does it emit?",
        1e-3 * 632.8e-9 / (H * C),
        "1/s",
    ),
    (
        "A ruby laser (λ = 694.3 nm) puts out a continuous 5.0 mW. What is the energy of one photon, in eV?",
        H * C / 694.3e-9 / EV,
        "eV",
    ),
    (
        "A ruby laser (λ = 694.3 nm) puts out a continuous 5.0 mW. How many photons does it emit in 10 s?",
        5e-3 * 10 * 694.3e-9 / (H * C),
        "dimensionless",
    ),
    (
        "A ruby laser (λ = 694.3 nm) is pulsed: each 1.0 ms pulse carries 5.0 mJ. How many photons are in one pulse?",
        5e-3 * 694.3e-9 / (H * C),
        "dimensionless",
    ),
    # --- thermal
    (
        "A brass plate (k = 120 W/m·K) 5.0 mm thick and 0.20 m² in area has faces at 140 °C and 100 °C. What is the steady heat flow rate in W?",
        120 * 0.2 * 40 / 0.005,
        "W",
    ),
    (
        "A brass plate (k = 120 W/m·K) 5.0 mm thick has faces at 140 °C and 100 °C. What is the steady heat flux, in W/m²?",
        120 * 40 / 0.005,
        "W/m**2",
    ),
    (
        "A copper plate (k = 398 W/m·K) 0.25 in. thick and 0.20 m² in area has faces at 140 °C and 100 °C. How much heat passes in one hour, in MJ?",
        398 * 0.2 * 40 / (0.25 * IN) * 3600 / 1e6,
        "MJ",
    ),
    (
        "A brass plate (k = 120 W/m·K) 5.0 mm thick and 0.20 m² in area has its faces at 284 °F and 212 °F. How much heat flows through it in one hour at steady state, in MJ?",
        120 * 0.2 * 40 / 0.005 * 3600 / 1e6,
        "MJ",
    ),
    (
        "A brass plate (k = 120 W/m·K), 0.20 m² in area, carries 192 kW at steady state with its faces 40 °C apart. How thick is it, in mm?",
        120 * 0.2 * 40 / 192e3 * 1e3,
        "mm",
    ),
    (
        "How much heat, in kJ, is needed to raise 2.5 kg of aluminium (c_p = 900 J/kg·K) from 25 °C to 300 °C?",
        2.5 * 900 * 275 / 1e3,
        "kJ",
    ),
    (
        "How much heat, in kcal, is needed to raise 2.5 kg of aluminium (c_p = 900 J/kg·K) from 25 °C to 300 °C?",
        2.5 * 900 * 275 / CAL / 1e3,
        "kcal",
    ),
    (
        "How much heat, in Btu, is needed to raise 5.0 lb of aluminium (c_p = 0.215 Btu/lb·°F) from 77 °F to 572 °F?",
        5.0 * 0.215 * 495,
        "Btu",
    ),
    (
        "2.5 kg of aluminium (c_p = 900 J/kg·K) at 25 °C absorbs 400 kJ. What is its final temperature, in °C?",
        25 + 400e3 / (2.5 * 900),
        "degC",
    ),
    (
        "How much heat, in Btu, is needed to raise 2.5 kg of aluminium (c_p = 900 J/kg·K) from 25 °C to 700 °C? (Aluminium melts at 660 °C.)",
        None,
        "Btu",
    ),
    # --- polymers
    (
        "A poly(vinyl chloride) has a number-average molecular weight of 1.25 × 10^5 g/mol. What is its number-average degree of polymerization?",
        1.25e5 / (2 * 12.011 + 3 * 1.008 + 35.45),
        "dimensionless",
    ),
    (
        "A polystyrene has Mn = 500,000 g/mol. Find its degree of polymerization.",
        5e5 / (8 * 12.011 + 8 * 1.008),
        "dimensionless",
    ),
    (
        "A poly(methyl methacrylate) has a degree of polymerization of 2000. What is its number-average molecular weight, in g/mol?",
        2000 * (5 * 12.011 + 8 * 1.008 + 2 * 15.999),
        "g/mol",
    ),
    (
        "A linear polyethylene has Mn = 350 kg/mol. Find its degree of polymerization.",
        350000 / M_PE,
        "dimensionless",
    ),
    (
        "A PTFE has a number-average molecular weight of 3.0 × 10^5 g/mol. What is its degree of polymerization?",
        3e5 / (2 * 12.011 + 4 * 18.998),
        "dimensionless",
    ),
    (
        "A linear polyethylene has Mn = 350,000 g/mol. How many carbon atoms does the average chain contain?",
        2 * 350000 / M_PE,
        "dimensionless",
    ),
    (
        "A polyethylene part has density 0.925 g/cm³. Fully crystalline PE is 1.000 g/cm³ and amorphous PE 0.870 g/cm³. What is its percent crystallinity?",
        _xtal(1.0, 0.870, 0.925),
        "percent",
    ),
    (
        "A polypropylene part has density 0.950 g/cm³. Fully crystalline PP has ρ = 0.946 g/cm³ and amorphous PP 0.855 g/cm³. What is its percent crystallinity?",
        None,
        "percent",
    ),
    (
        "A polypropylene is 60 % crystalline by mass. Fully crystalline PP has ρ = 0.946 g/cm³ and amorphous PP 0.855 g/cm³. What is its density in g/cm³?",
        1 / (0.6 / 0.946 + 0.4 / 0.855),
        "g/cm**3",
    ),
    (
        "A polypropylene part has density 0.904 g/cm³. Fully crystalline PP has ρ = 0.946 g/cm³ and amorphous PP 0.855 g/cm³. What percent of its volume is crystalline?",
        (0.904 - 0.855) / (0.946 - 0.855) * 100,
        "percent",
    ),
    # --- composites
    (
        "A UD carbon/epoxy lamina has Vf = 0.60, Ef = 230 GPa and Em = 2.4 GPa. What is its longitudinal modulus, in GPa?",
        0.6 * 230 + 0.4 * 2.4,
        "GPa",
    ),
    (
        "A UD glass/epoxy lamina has Vf = 0.50, Ef = 72 GPa and Em = 3.0 GPa. What is its transverse modulus, in GPa?",
        1 / (0.5 / 72 + 0.5 / 3.0),
        "GPa",
    ),
    (
        "A UD carbon/epoxy lamina has Vf = 0.60, Ef = 33 × 10^6 psi and Em = 0.35 × 10^6 psi. What is its transverse modulus in psi?",
        1 / (0.6 / 33e6 + 0.4 / 0.35e6),
        "psi",
    ),
    (
        "A UD carbon/epoxy lamina has Vf = 0.60, Ef = 230 GPa and Em = 2.4 GPa. What is the ratio of its longitudinal to transverse modulus?",
        (0.6 * 230 + 0.4 * 2.4) * (0.6 / 230 + 0.4 / 2.4),
        "dimensionless",
    ),
    (
        "A UD carbon/epoxy lamina has a matrix volume fraction of 0.40, Ef = 230 GPa and Em = 2.4 GPa. What is its transverse modulus, in GPa?",
        1 / (0.6 / 230 + 0.4 / 2.4),
        "GPa",
    ),
    (
        "Carbon fibres 7 µm in diameter have a tensile strength of 2.50 GPa and the fibre–matrix bond strength is 40 MPa. What is the critical fibre length, in mm?",
        2.5e9 * 7e-6 / (2 * 40e6) * 1e3,
        "mm",
    ),
    (
        "Carbon fibres of radius 5 µm have a tensile strength of 2.50 GPa; the fibre–matrix bond strength is 40 MPa. What is the critical fibre length, in mm?",
        2.5e9 * 10e-6 / (2 * 40e6) * 1e3,
        "mm",
    ),
    (
        "Carbon fibres of diameter 10 µm have a tensile strength of 2.50 GPa; the matrix shear yield strength is 40 MPa. What is the critical aspect ratio l_c/d?",
        2.5e9 / (2 * 40e6),
        "dimensionless",
    ),
    (
        "Carbon fibres of diameter 10 µm have a tensile strength of 360 ksi; the fibre–matrix bond strength is 5.8 ksi. What is the critical fibre length in inches?",
        360 * 10e-6 / (2 * 5.8) / IN,
        "inch",
    ),
    (
        "Carbon fibres of diameter 10 µm and length 0.25 mm have a tensile strength of 2.50 GPa; the fibre–matrix bond strength is 40 MPa. What bond strength (MPa) would make 0.25 mm the critical length?",
        2.5e9 * 10e-6 / (2 * 0.25e-3) / 1e6,
        "MPa",
    ),
    (
        "A sintered alumina has bulk density 3.62 g/cm³; fully dense Al₂O₃ is 3.98 g/cm³. What is its volume fraction porosity?",
        1 - 3.62 / 3.98,
        "dimensionless",
    ),
    (
        "A sintered alumina has 5.0 % porosity; fully dense Al₂O₃ has E₀ = 393 GPa. Using E = E₀(1 − 1.9P + 0.9P²), estimate its modulus in GPa.",
        _e_porous(393, 0.05),
        "GPa",
    ),
    (
        "A sintered alumina has bulk density 3.62 g/cm³; fully dense Al₂O₃ has ρ = 3.98 g/cm³ and E₀ = 57 × 10^6 psi. Using E = E₀(1 − 1.9P + 0.9P²), estimate its modulus in psi.",
        _e_porous(57e6, 1 - 3.62 / 3.98),
        "psi",
    ),
    (
        "A sintered alumina has bulk density 3.62 g/cm³; fully dense Al₂O₃ has ρ = 3.98 g/cm³ and E₀ = 393 GPa. Using E = E₀(1 − 1.9P + 0.9P²), by what percent is its modulus below E₀?",
        (1.9 * (1 - 3.62 / 3.98) - 0.9 * (1 - 3.62 / 3.98) ** 2) * 100,
        "percent",
    ),
    (
        "A sintered alumina has bulk density 4.05 g/cm³; fully dense Al₂O₃ has ρ = 3.98 g/cm³ and E₀ = 393 GPa. Using E = E₀(1 − 1.9P + 0.9P²), estimate its modulus (GPa).",
        None,
        "GPa",
    ),
    (
        "A silicon-nitride rod of diameter 0.20 in. is loaded in three-point bending over supports 1.75 in. apart and breaks at 90 lbf. What is its flexural strength in ksi?",
        90 * 1.75 / (PI * 0.1**3) / 1000,
        "ksi",
    ),
    (
        "A silicon-nitride rod of diameter 5.0 mm is loaded in three-point bending over supports 45 mm apart. Its flexural strength is 350 MPa. What is the largest mid-span load, in N?",
        350e6 * PI * 0.0025**3 / 0.045,
        "N",
    ),
    (
        "A rectangular alumina bar 10 mm wide and 5 mm thick is loaded in three-point bending over supports 40 mm apart. Its flexural strength is 300 MPa. What is the largest mid-span load, in N?",
        300e6 * 2 * 0.010 * 0.005**2 / (3 * 0.040),
        "N",
    ),
    (
        "A silicon-nitride rod of radius 0.10 in. is loaded in three-point bending over supports 1.75 in. apart. If its flexural strength is 50 ksi, what is the maximum load (lbf) at mid-span?",
        50000 * PI * 0.1**3 / 1.75,
        "lbf",
    ),
    (
        "A silicon-nitride rod of diameter 0.20 in. is loaded in four-point bending. If its flexural strength is 50 ksi and the supports are 1.75 in. apart, what is the maximum total load (lbf)?",
        None,
        "lbf",
    ),
    # --- corrosion
    (
        "A carbon-steel sheet with 100 in.² exposed (density 7.9 g/cm³) loses 485 g in one year. What is the corrosion penetration rate in mm/yr?",
        485 / 7.9 / (100 * 6.4516) * 10,
        "mm/year",
    ),
    (
        "A carbon-steel sheet of 645 cm² exposed area (density 7.9 g/cm³) loses 485 g in one year. What is the penetration rate in mpy?",
        485 / 7.9 / 645 / 2.54 * 1000,
        "thou/year",
    ),
    (
        "A carbon-steel sheet of 100 in.² exposed area (density 7.9 g/cm³) loses 485 g in six months. What is the corrosion penetration rate in mils per year?",
        2 * 485 / 7.9 / (100 * 6.4516) / 2.54 * 1000,
        "thou/year",
    ),
    (
        "An aluminium sheet of 100 in.² exposed area (density 2.7 g/cm³) loses 100 g in one year. What is the corrosion penetration rate in mpy?",
        100 / 2.7 / (100 * 6.4516) / 2.54 * 1000,
        "thou/year",
    ),
    (
        "Zinc corrodes uniformly (Zn → Zn²⁺ + 2e⁻) at a current density of 2.5 µA/cm²; ρ = 7.13 g/cm³, M = 65.38 g/mol. What is the penetration rate in µm per year?",
        2.5e-6 * 65.38 / (2 * F * 7.13) * YEAR * 1e4,
        "um/year",
    ),
    (
        "Iron corrodes uniformly (Fe → Fe²⁺ + 2e⁻) at 2.5 µA/cm²; ρ = 7.87 g/cm³, M = 55.85 g/mol. What is the penetration rate in mpy?",
        2.5e-6 * 55.85 / (2 * F * 7.87) * YEAR / 2.54 * 1000,
        "thou/year",
    ),
    (
        "Iron corroding uniformly (Fe → Fe²⁺ + 2e⁻; ρ = 7.87 g/cm³, M = 55.85 g/mol) loses 29 µm per year. What is the corrosion current density in µA/cm²?",
        29e-4 / YEAR * 2 * F * 7.87 / 55.85 * 1e6,
        "uA/cm**2",
    ),
    (
        "Iron corrodes (Fe → Fe²⁺ + 2e⁻) at 2.5 µA/cm²; M = 55.85 g/mol. What mass of iron is lost per cm² in one year, in mg?",
        2.5e-6 * YEAR * 55.85 / (2 * F) * 1e3,
        "mg",
    ),
    (
        "Iron corrodes uniformly at a current density of 2.5 µA/cm² to Fe³⁺ (Fe → Fe³⁺ + 3e⁻); ρ = 7.87 g/cm³, M = 55.85 g/mol. Find the penetration rate in µm per year.",
        2.5e-6 * 55.85 / (3 * F * 7.87) * YEAR * 1e4,
        "um/year",
    ),
    (
        "A part with 150 cm² of surface is copper plated from an acid sulfate bath (Cu²⁺ + 2e⁻ → Cu) at 3.0 A for 40 min at 100 % efficiency. Cu: M = 63.55 g/mol, ρ = 8.96 g/cm³. How thick is the deposit, in µm?",
        3.0 * 2400 * 63.55 / (2 * F) / 8.96 / 150 * 1e4,
        "um",
    ),
    (
        "A part with 150 cm² of surface is nickel plated (Ni²⁺ + 2e⁻ → Ni) at 3.0 A for 40 min with 95 % current efficiency. Ni: M = 58.69 g/mol. What mass of nickel is deposited, in g?",
        3.0 * 2400 * 0.95 * 58.69 / (2 * F),
        "g",
    ),
    (
        "A part with 150 cm² of surface is nickel plated (Ni²⁺ + 2e⁻ → Ni) at 3.0 A with 95 % current efficiency (M = 58.69 g/mol, ρ = 8.90 g/cm³). How many minutes are needed for a 25 µm deposit?",
        25e-4 * 150 * 8.90 * 2 * F / (58.69 * 3.0 * 0.95) / 60,
        "minute",
    ),
    (
        "A part with 150 cm² of surface is chromium plated from a Cr⁶⁺ bath (6 electrons per atom) at 3.0 A for 40 min with 15 % current efficiency. Cr: M = 52.00 g/mol, ρ = 7.19 g/cm³. How thick is the deposit, in µm?",
        3.0 * 2400 * 0.15 * 52.00 / (6 * F) / 7.19 / 150 * 1e4,
        "um",
    ),
    (
        "A part with 0.0150 m^2 of surface is nickel plated (Ni2+ + 2e- -> Ni) at 3.0 A for 2400 s with 95 % current efficiency. Ni: M = 58.69 g/mol, rho = 8.90 g/cm^3. Deposit thickness in mm?",
        3.0 * 2400 * 0.95 * 58.69 / (2 * F) / 8.90 / 150 * 10,
        "mm",
    ),
    (
        "A part with 150 cm² of surface is nickel plated (Ni²⁺ + 2e⁻ → Ni) at a current density of 20 mA/cm² for 40 min with 95 % efficiency (M = 58.69 g/mol, ρ = 8.90 g/cm³). How thick is the deposit in µm?",
        0.020 * 2400 * 0.95 * 58.69 / (2 * F) / 8.90 * 1e4,
        "um",
    ),
    # --- harder shapes: choices, two parts, signs, brackets, lifted premises, added data
    (
        "Molybdenum is BCC, a = 0.3147 nm, λ = 0.15406 nm. The (211) reflection lies at 2θ = (a) 58.6° (b) 73.7° (c) 87.6° (d) 40.5°. Which value is right, in degrees?",
        _two_theta(_MO_A, (2, 1, 1), _LAM),
        "degree",
    ),
    (
        "Molybdenum is BCC, a = 0.3147 nm. (i) Which of (100), (110), (111) reflect? (ii) Using λ = 0.15406 nm, give 2θ of the (110) reflection in degrees.",
        _two_theta(_MO_A, (1, 1, 0), _LAM),
        "degree",
    ),
    (
        "A metal with vacancy formation energy 0.92 eV/atom is quenched from 800 °C, retaining its high-temperature vacancies. What vacancy fraction is retained at 25 °C?",
        math.exp(-0.92 / (k * _k(800))),
        "dimensionless",
    ),
    (
        "Assume the vacancy formation energy is not 0.92 eV/atom but half of that. Estimate the equilibrium vacancy fraction at 800 °C.",
        math.exp(-0.46 / (k * _k(800))),
        "dimensionless",
    ),
    (
        "The vacancy formation energy of an FCC metal is (0.92 ± 0.02) eV/atom. Estimate the equilibrium vacancy fraction at 800 °C.",
        math.exp(-0.92 / (k * _k(800))),
        "dimensionless",
    ),
    (
        "The vacancy formation energy of an FCC metal is 0.92 eV/atom and the entropy of formation is 1.5k. Estimate the equilibrium vacancy fraction at 800 °C.",
        math.exp(1.5) * math.exp(-0.92 / (k * _k(800))),
        "dimensionless",
    ),
    (
        "A copper tensile specimen has a 50 mm gauge length that extends uniformly to 62 mm; its modulus is 110 GPa. What is the strain [dimensionless]?",
        0.24,
        "dimensionless",
    ),
    (
        "A bar of initial length 62 mm is compressed to 50 mm. What is the engineering strain? Give a signed value (negative for shortening).",
        -12 / 62,
        "dimensionless",
    ),
    (
        "A 50 mm gauge length is stretched by 12 mm. What is the engineering strain in percent?",
        24.0,
        "percent",
    ),
    (
        "A specimen's gauge length grows by 12 mm to a final length of 62 mm. What is its engineering strain?",
        0.24,
        "dimensionless",
    ),
    (
        "A 50 mm gauge length is pulled to a true strain of 0.20. What is the final gauge length in mm?",
        50 * math.exp(0.2),
        "mm",
    ),
    (
        "A rod whose original length is 80 mm reaches an engineering strain of 0.05. What is its elongation in mm?",
        4.0,
        "mm",
    ),
    (
        "A rod whose original length is 80 mm reaches an engineering strain of 0.05. What is its new length in mm?",
        84.0,
        "mm",
    ),
    (
        "Copper is FCC with a = 3.615 Å. The volume of its unit cell is: A) 11.8 Å³ B) 23.6 Å³ C) 47.2 Å³ D) 94.5 Å³. Answer in Å³.",
        3.615**3,
        "angstrom**3",
    ),
    (
        "Copper is FCC with a = 3.615 Å. What is the volume of its Wigner–Seitz cell, in Å³?",
        3.615**3 / 4,
        "angstrom**3",
    ),
    (
        "Tungsten is BCC with a = 3.165 Å. What is the volume of its primitive unit cell, in Å³?",
        3.165**3 / 2,
        "angstrom**3",
    ),
    (
        "Caesium chloride is simple cubic with a = 0.412 nm. What is its unit cell volume, in nm³?",
        0.412**3,
        "nm**3",
    ),
    (
        "Copper is FCC with a = 3.615 Å. What is the volume of two unit cells, in Å³?",
        2 * 3.615**3,
        "angstrom**3",
    ),
    (
        "Copper is FCC with a = 3.615 Å. What is the volume of the atoms in one unit cell, in Å³ (hard spheres touching along the face diagonal)?",
        4 * 4 / 3 * PI * (3.615 * math.sqrt(2) / 4) ** 3,
        "angstrom**3",
    ),
    (
        "Copper is FCC with a = 3.615 Å. How much empty space (volume not occupied by hard-sphere atoms) does one unit cell hold, in Å³?",
        3.615**3 * (1 - 0.7405),
        "angstrom**3",
    ),
    (
        "Copper is FCC with a lattice parameter of 3.615 Å. By what percent does its unit cell volume grow if a increases by 1 %?",
        (1.01**3 - 1) * 100,
        "percent",
    ),
    (
        "A cartridge brass is 70 wt% Cu - 30 wt% Zn. What is the zinc content in atom percent? Choose: (a) 29.4 (b) 30.0 (c) 30.6 (d) 70.6",
        _at_pct(30, 65.38, 70, 63.55),
        "percent",
    ),
    (
        "A brass is 70 wt% Cu, 29 wt% Zn and 1 wt% Sn. What is its zinc content in at%?",
        (29 / 65.38) / (70 / 63.55 + 29 / 65.38 + 1 / 118.71) * 100,
        "percent",
    ),
    (
        "For carbon in austenite take D0 = 2.3e-5 m^2/s and Q = 148 kJ/mol. Show that D ≈ 10^-11 m²/s at 950 °C and hence find the diffusion coefficient at 1050 °C, in m^2/s.",
        2.3e-5 * math.exp(-148000 / (R * _k(1050))),
        "m**2/s",
    ),
    (
        "For carbon in austenite take D0 = 2.3e-5 m^2/s and Q = 148 kJ/mol. What is ln D at 950 °C (D in m^2/s)?",
        math.log(2.3e-5) - 148000 / (R * _k(950)),
        "dimensionless",
    ),
    (
        "For carbon in austenite take D0 = 2.3e-5 m^2/s and Q = 148 kJ/mol. What is log10 D at 950 °C (D in m^2/s)?",
        math.log10(2.3e-5 * math.exp(-148000 / (R * _k(950)))),
        "dimensionless",
    ),
    (
        "A gear of 0.20 wt% C steel is carburized with the surface held at 1.00 wt% C; 0.60 wt% C is wanted 0.75 mm deep. With D = 1.6e-11 m^2/s, how many hours? Assume the surface concentration is not held constant but falls with time.",
        None,
        "hour",
    ),
    (
        "Diffusion data for a solute: D = 5.5 × 10⁻¹⁴ cm²/s at 600 °C and 3.9 × 10⁻¹¹ cm²/s at 900 °C; D0 is about 1 cm²/s. Find the activation energy in kcal/mol from the two values.",
        R * math.log(3.9e-11 / 5.5e-14) / (1 / _k(600) - 1 / _k(900)) / CAL / 1000,
        "kcal/mol",
    ),
    (
        "A Brinell test with a 10 mm ball and 3000 kgf load on a steel gives a 4.20 mm indentation. Its yield strength is 480 MPa. Estimate the tensile strength in MPa.",
        2 * 3000 / (PI * 10 * (10 - math.sqrt(100 - 4.2**2))) * 3.45,
        "MPa",
    ),
    (
        "A Brinell test (10 mm ball, 3000 kg load) on a plain-carbon steel leaves an impression of radius 2.10 mm. Estimate the tensile strength of the steel in MPa.",
        2 * 3000 / (PI * 10 * (10 - math.sqrt(100 - 4.2**2))) * 3.45,
        "MPa",
    ),
    (
        "A Brinell test (10 mm ball, 29.4 kN load) on a plain-carbon steel leaves an impression 4.20 mm across. Estimate the tensile strength of the steel in MPa.",
        2 * 3000 / (PI * 10 * (10 - math.sqrt(100 - 4.2**2))) * 3.45,
        "MPa",
    ),
    (
        "A Brinell test (10 mm ball, 3000 kg load) leaves an impression 4.20 mm across on a steel. Estimate the tensile strength in kgf/mm².",
        2 * 3000 / (PI * 10 * (10 - math.sqrt(100 - 4.2**2))) * 3.45e6 / 9.80665e6,
        "kgf/mm**2",
    ),
    (
        "An annealed stainless steel obeys σ_T = K ε_T^n with K = 620 MPa and n = 0.18. What is the true strain at the onset of necking?",
        0.18,
        "dimensionless",
    ),
    (
        "An annealed stainless steel obeys σ_T = K ε_T^n with K = 620 MPa and n = 0.18. What true stress (MPa) is needed to produce a true strain of 0.15 at a strain rate of 10 s^-1, with strain-rate sensitivity m = 0.05 measured at 0.001 s^-1?",
        None,
        "MPa",
    ),
    (
        "A steel spring has a yield strength of 45,000 psi and E = 30 × 10^6 psi. What is its modulus of resilience, in kJ/m³? (E is quoted ± 5 %.)",
        45000**2 / (2 * 30e6) * PSI / 1e3,
        "kJ/m**3",
    ),
    (
        "A steel spring has a yield strength of 45,000 psi and E = 30 × 10^6 psi. How much elastic energy (J) can a 2.0 cm³ volume of it store up to yield?",
        45000**2 / (2 * 30e6) * PSI * 2e-6,
        "J",
    ),
    (
        "A steel follows Basquin's relation with σ_f' = 900 MPa and b = −0.09. How many cycles will it survive at a maximum stress of 350 MPa and minimum stress of 0?",
        (175 / 900) ** (1 / -0.09) / 2,
        "dimensionless",
    ),
    (
        "A steel follows Basquin's relation σ_a = σ_f'(2N_f)^b with σ_f' = 900 MPa and b = −0.09. It runs at 50 Hz at a stress amplitude of 350 MPa. How many hours will it last?",
        (350 / 900) ** (1 / -0.09) / 2 / 50 / 3600,
        "hour",
    ),
    (
        "A soda-lime glass plate (E ≈ 70 GPa, specific surface energy 0.3 J/m²) contains an internal crack 4 µm long, normal to the tension. Using Griffith's criterion with the plane-strain form (E/(1−ν²), ν = 0.22), estimate the fracture stress (MPa).",
        math.sqrt(2 * 70e9 / (1 - 0.22**2) * 0.3 / (PI * 2e-6)) / 1e6,
        "MPa",
    ),
    (
        "A binary A–B alloy of 35 wt% B is held in the α + L field (Cα = 8 wt% B, C_L = 71 wt% B). What percentage of the alloy (by mass) is liquid? Answer [%].",
        (35 - 8) / (71 - 8) * 100,
        "percent",
    ),
    (
        "A binary A–B alloy of 35 at% B is held in the α + L field (Cα = 8 wt% B, C_L = 71 wt% B). What mass percent of the alloy is liquid?",
        None,
        "percent",
    ),
    (
        "A recrystallization follows the Avrami equation and is 50 % complete after 120 s; at 240 s it is 90 % complete. What is the Avrami exponent n?",
        math.log(math.log(10) / math.log(2)) / math.log(2),
        "dimensionless",
    ),
    (
        "A recrystallization reaction follows the Avrami equation with n = 2.5 and is 50 % complete after 120 s at 600 °C. How long (s) until it is 90 % complete at 650 °C?",
        None,
        "s",
    ),
    (
        "For homogeneous nucleation of solid copper take ΔH_f = −1.77 × 10^9 J/m³, γ = 0.177 J/m² and T_m = 1085 °C. Compute ΔG* at an undercooling of 200 °F, in eV.",
        _dg_star_ev(0.177, 1.77e9, _k(1085), 200 / 1.8),
        "eV",
    ),
    (
        "Intrinsic germanium has n_i = 2.4 × 10^19 m^-3, μ_e = 0.38 and μ_h = 0.18 m²/V·s. It is then doped with 1 × 10^22 m^-3 phosphorus atoms (all ionised). What is its conductivity in (Ω·m)^-1?",
        1e22 * EV * 0.38,
        "1/(ohm*m)",
    ),
    (
        "Silicon is doped with 5 × 10²¹ arsenic atoms per m³ and 2 × 10²¹ boron atoms per m³, all ionised at 300 K; electron mobility 0.10 m²/(V·s). What is the resistivity in Ω·cm?",
        1 / (3e21 * EV * 0.10) * 100,
        "ohm*cm",
    ),
    (
        "CdS has a band gap of 2.42 eV. What is the shortest wavelength of light it transmits without band-to-band absorption, in nm?",
        H * C / (2.42 * EV) * 1e9,
        "nm",
    ),
    (
        "CdS has a band gap of 2.42 eV. Can it absorb light of 600 nm? Give the photon energy of 600 nm light, in eV.",
        H * C / 600e-9 / EV,
        "eV",
    ),
    (
        "Diamond has n = 2.42. What fraction of light incident normally from air is reflected, in percent, counting both faces of a thin non-absorbing plate (multiple reflections neglected)?",
        (_reflect(2.42) + (1 - _reflect(2.42)) * _reflect(2.42)) * 100,
        "percent",
    ),
    (
        "Diamond has n = 2.42. Light strikes it from air at 45° incidence. What percentage is reflected?",
        None,
        "percent",
    ),
    (
        "A ruby laser (λ = 694.3 nm) puts out a continuous 5.0 mW, but only 40 % of the output reaches a detector. How many photons per second reach the detector?",
        0.4 * 5e-3 * 694.3e-9 / (H * C),
        "1/s",
    ),
    (
        "A brass plate (k = 120 W/m·K) 5.0 mm thick and 0.20 m² in area has faces held at 140 °C and 100 °C. How much heat flows through it in one hour, in Btu?",
        120 * 0.2 * 40 / 0.005 * 3600 / BTU,
        "Btu",
    ),
    (
        "A brass plate (k = 120 W/m·K, c_p = 380 J/kg·K) 5.0 mm thick and 0.20 m² in area has faces held at 140 °C and 100 °C. How much heat flows through it in one hour at steady state, in MJ?",
        120 * 0.2 * 40 / 0.005 * 3600 / 1e6,
        "MJ",
    ),
    (
        "How much heat, in Btu, is needed to raise 2.5 kg of aluminium (c_p = 0.900 J/g·K) from 25 °C to 300 °C?",
        2.5 * 900 * 275 / BTU,
        "Btu",
    ),
    (
        "How much heat, in Btu, is given out when 2.5 kg of aluminium (c_p = 900 J/kg·K) cools from 300 °C to 25 °C? Give the heat released as a positive number.",
        2.5 * 900 * 275 / BTU,
        "Btu",
    ),
    (
        "A poly(methyl methacrylate) has a weight-average molecular weight of 3.2 × 10^5 g/mol and a polydispersity index of 2.0. What is its number-average degree of polymerization?",
        1.6e5 / (5 * 12.011 + 8 * 1.008 + 2 * 15.999),
        "dimensionless",
    ),
    (
        "A polypropylene part has density 0.904 g/cm³; fully crystalline PP is 0.946 g/cm³ and amorphous PP 0.855 g/cm³. What is its percent amorphous content by mass?",
        100 - _xtal(0.946, 0.855, 0.904),
        "percent",
    ),
    (
        "A UD carbon/epoxy lamina has Vf = 0.60, Ef = 230 GPa and Em = 2.4 GPa, and contains 3 % voids. What is its transverse modulus (GPa)?",
        None,
        "GPa",
    ),
    (
        "A UD carbon/epoxy lamina has Vf = 0.60, Ef = 230 GPa and Em = 2.4 GPa. Using the Halpin–Tsai equation with ξ = 2, what is its transverse modulus (GPa)?",
        2.4
        * (1 + 2 * ((230 / 2.4 - 1) / (230 / 2.4 + 2)) * 0.6)
        / (1 - ((230 / 2.4 - 1) / (230 / 2.4 + 2)) * 0.6),
        "GPa",
    ),
    (
        "Carbon fibres of diameter about 10 µm have a tensile strength of 2.50 ± 0.05 GPa; the fibre–matrix bond strength is 40 MPa. What is the longest fibre length, in mm, that is still not loaded to its full strength?",
        2.5e9 * 10e-6 / (2 * 40e6) * 1e3,
        "mm",
    ),
    (
        "Carbon fibres of diameter 10 µm have a tensile strength of 2.50 GPa; the bond strength is 40 MPa. For continuous reinforcement the fibres should be at least 15 times the critical length. What minimum length (mm) is that?",
        15 * 2.5e9 * 10e-6 / (2 * 40e6) * 1e3,
        "mm",
    ),
    (
        "A carbon-steel sheet of 100 in.² exposed area (density 7.9 g/cm³) loses 485 g in one year. Both faces are exposed and 100 in.² is the area of one face. What is the penetration rate in mpy?",
        485 / 7.9 / (200 * 6.4516) / 2.54 * 1000,
        "thou/year",
    ),
    (
        "Iron corrodes uniformly at 2.5 µA/cm² (Fe → Fe²⁺ + 2e⁻; ρ = 7.87 g/cm³, M = 55.85 g/mol). How many years until a 1.0 mm wall is eaten through?",
        1.0e-1 / (2.5e-6 * 55.85 / (2 * F * 7.87) * YEAR),
        "year",
    ),
    (
        "A part with 150 cm^2 of surface is nickel plated from a Watts bath (Ni2+ + 2e- -> Ni) at 3.0 A for 40 min with 95 % cathode current efficiency. Taking Ni: M = 58.69 g/mol, rho = 8.90 g/cm^3, how thick is the deposit in um if only half of the surface is plated?",
        3.0 * 2400 * 0.95 * 58.69 / (2 * F) / 8.90 / 75 * 1e4,
        "um",
    ),
]
