"""Neighbour questions, round 12 (issue 11, precision), in our own words.

Written by helper probe13 around the items of sets N, K and J that the solver answers: the other
metal, phase or species, a ratio or a change instead of one value, per cell vs per volume, radius vs
diameter, inverse problems, givens in other units (psi, ksi, °F, kcal, eV/atom, J per vacancy, in.,
lb, Btu, Oe, gauss), an added datum that changes the answer (an efficiency, a gap before the walls,
a second stress), multiple-choice stems (no option matching), 'Assume …' sentences and premises
lifted in words, 'Using your answer to (a)' with (a)'s value given, signed asks with either
convention, two-part questions asking one part, irrelevant givens, and near-misses the relation
does not fit (a core of lower index than its cladding, a quench above M_s, a crack or load beyond
the relation's range). Keys computed below with plain math; a key of None means the question must
be refused. tests/test_answer_neighbours.py holds them at 0 wrong.

Main (3c09b65) answered 196 of these 321 and 11 wrong: a convention counting contraction positive
answered expansion-positive; a diameter change asked with 'an increase counted positive' answered as
a positive magnitude under tension; premises lifted in words answered with them kept ('the walls are
not rigid', 'the profile is not linear because D depends on concentration', the T^(3/2) factor
written into the intrinsic law); a core of lower index than its cladding and a quench above M_s
answered with the two values put in size order; a critical angle asked from the interface answered
from the normal; an area given per face of a coupon exposed on both faces taken as the whole area;
an element's atomic weight '(F = 19.00 g/mol)' taken for the repeat unit's; a lattice parameter
asked from an atomic diameter answered with an atomic radius. Now 185 answered, 0 wrong (classes in
tests/test_answer_probe13_classes.py).
"""

from __future__ import annotations

import math

NA = 6.02214076e23
k = 8.617333262e-5
KB = 1.380649e-23
R = 8.314462618
PI = math.pi
H = 6.62607015e-34
C = 2.99792458e8
EV = 1.602176634e-19
MU_B = 9.2740100783e-24
F = 96485.33212
PSI = 6894.757293168
IN = 0.0254
LB = 0.45359237
BTU = 1055.05585262
CAL = 4.184
MU_0 = 1.25663706212e-6
YEAR = 3.15576e7
A_C = 12.011
A_H = 1.008


def _k(t_c: float) -> float:
    return t_c + 273.15


def _f2c(t_f: float) -> float:
    return (t_f - 32) / 1.8


def _erfinv(y: float) -> float:
    lo, hi = 0.0, 6.0
    for _ in range(200):
        mid = (lo + hi) / 2
        if math.erf(mid) < y:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def _rho(n: int, a_g: float, a_nm: float) -> float:
    """Density in g/cm³ of n formula units of a_g g/mol in a cube of edge a_nm nm."""
    return n * a_g / (NA * (a_nm * 1e-7) ** 3)


def _griffith(e_pa: float, gamma: float, a_m: float) -> float:
    return math.sqrt(2 * e_pa * gamma / (PI * a_m))


_Z05 = _erfinv(0.5)
_CU_N = NA * 8.40 / 63.55 * 1e6  # Cu sites per m³ at 1000 °C
_T_RELAX = 60 / math.log(5.0 / 3.5)
_K_GG = (20**2 - 8**2) / 30  # µm²/min
_AV_T50 = 120.0

# (question, key or None for must-refuse, pint unit of the key)
QUESTIONS: list[tuple[str, float | None, str]] = [
    # --- crystallography: radius/diameter, MC, density in other units, Bragg, per atom vs per cell
    (
        "Tungsten is body-centred cubic with a = 0.3165 nm. Its atomic radius is closest to (A) 0.112 nm (B) 0.137 nm (C) 0.158 nm (D) 0.190 nm",
        math.sqrt(3) * 0.3165 / 4,
        "nm",
    ),
    (
        "Tungsten is body-centred cubic with a = 0.3165 nm. Its atomic radius is closest to (A) 0.112 nm (B) 0.158 nm (C) 0.190 nm (D) 0.224 nm",
        None,
        "nm",
    ),
    (
        "Copper is face-centred cubic with a lattice parameter of 0.3615 nm. Compute its atomic radius in nm.",
        math.sqrt(2) * 0.3615 / 4,
        "nm",
    ),
    (
        "α-iron is BCC with a = 0.2866 nm. What is the diameter of an iron atom, in nm, if the atoms touch along the body diagonal?",
        math.sqrt(3) * 0.2866 / 2,
        "nm",
    ),
    (
        "Tantalum is BCC and its atomic radius is 0.143 nm. Calculate the lattice parameter in nm.",
        4 * 0.143 / math.sqrt(3),
        "nm",
    ),
    (
        "Tantalum is BCC and its atomic diameter is 0.286 nm. Calculate the cubic lattice parameter in Å.",
        2 * 0.286 / math.sqrt(3) * 10,
        "angstrom",
    ),
    (
        "Chromium (atomic mass 52.00 g/mol) is BCC with a lattice parameter of 0.2884 nm. Compute its theoretical density in units of 10³ kg/m³.",
        _rho(2, 52.00, 0.2884) * 1000,
        "kg/m**3",
    ),
    (
        "Vanadium is BCC with a = 0.3024 nm and an atomic weight of 50.94 g/mol. Compute its theoretical density in lb/in³.",
        _rho(2, 50.94, 0.3024) * 1e-3 / LB * IN**3 * 1e6,
        "lb/inch**3",
    ),
    (
        "Molybdenum is BCC with a density of 10.22 g/cm³ and an atomic weight of 95.95 g/mol. Calculate its lattice parameter in nm.",
        (2 * 95.95 / (NA * 10.22)) ** (1 / 3) * 1e7,
        "nm",
    ),
    (
        "Molybdenum is BCC with a density of 10.22 g/cm³ and an atomic weight of 95.95 g/mol. Calculate its atomic radius in nm.",
        (2 * 95.95 / (NA * 10.22)) ** (1 / 3) * 1e7 * math.sqrt(3) / 4,
        "nm",
    ),
    (
        "Molybdenum (atomic mass 95.95 g/mol) is BCC with a lattice parameter of 0.3147 nm. What is the mass of one unit cell in grams?",
        2 * 95.95 / NA,
        "g",
    ),
    (
        "Aluminium is FCC with a = 0.4049 nm. Using Cu Kα radiation of wavelength 0.15406 nm, at what angle 2θ (degrees) does the (111) reflection appear?",
        2 * math.degrees(math.asin(0.15406 / (2 * 0.4049 / math.sqrt(3)))),
        "degree",
    ),
    (
        "The lattice parameter of nickel (FCC) is 0.352 nm. Its (220) reflection is observed at 2θ = 76.40°. What X-ray wavelength was used, in Å?",
        2 * 0.352 / math.sqrt(8) * math.sin(math.radians(38.2)) * 10,
        "angstrom",
    ),
    (
        "The lattice parameter of nickel (FCC) is 0.352 nm and its (200) reflection appears at 2θ = 51.80°. The (200) peak is a second-order reflection from the (100) planes. What wavelength was used, in Å?",
        2 * 0.352 / 2 * math.sin(math.radians(25.9)) * 10,
        "angstrom",
    ),
    (
        "BCC iron has a = 0.2866 nm. With X-rays of wavelength 0.1542 nm, at what 2θ does the (100) reflection of α-iron appear?",
        None,
        "degree",
    ),
    (
        "A copper powder pattern recorded with λ = 1.5406 Å shows the 311 reflection at 2θ = 89.93°. Determine the lattice parameter of copper in Å.",
        1.5406 / (2 * math.sin(math.radians(89.93 / 2))) * math.sqrt(11),
        "angstrom",
    ),
    (
        "A copper powder pattern recorded with λ = 1.5406 Å shows the 220 reflection at 2θ = 74.13°. Determine the interplanar spacing d₂₂₀ in Å.",
        1.5406 / (2 * math.sin(math.radians(74.13 / 2))),
        "angstrom",
    ),
    (
        "Copper is FCC with a = 0.3615 nm. Calculate the interplanar spacing of the (311) planes, in nm.",
        0.3615 / math.sqrt(11),
        "nm",
    ),
    (
        "On cooling through 912 °C iron changes from FCC (a = 0.3647 nm) to BCC (a = 0.2910 nm). Calculate the percentage change in volume per atom, expansion positive.",
        ((0.2910**3 / 2) - (0.3647**3 / 4)) / (0.3647**3 / 4) * 100,
        "percent",
    ),
    (
        "At 912 °C iron transforms on heating from BCC (a = 0.2910 nm) to FCC (a = 0.3647 nm). By what percentage does the volume of the unit cell change?",
        (0.3647**3 - 0.2910**3) / 0.2910**3 * 100,
        "percent",
    ),
    (
        "At 912 °C iron transforms on heating from BCC (a = 0.2910 nm) to FCC (a = 0.3647 nm). Calculate the percentage change in volume per atom, taking contraction as positive.",
        -((0.3647**3 / 4) - (0.2910**3 / 2)) / (0.2910**3 / 2) * 100,
        "percent",
    ),
    (
        "α-iron is BCC with a = 0.2866 nm. Determine the planar density of its (110) plane in atoms per nm².",
        2 / (0.2866**2 * math.sqrt(2)),
        "1/nm**2",
    ),
    (
        "Molybdenum (BCC, a = 0.3147 nm) is used for furnace elements. Determine the planar density of the (100) plane, in atoms per nm².",
        1 / 0.3147**2,
        "1/nm**2",
    ),
    (
        "Copper (FCC, a = 0.3615 nm). Determine the planar density of the (110) plane, in atoms per nm².",
        2 / (0.3615**2 * math.sqrt(2)),
        "1/nm**2",
    ),
    (
        "Potassium chloride has the rock-salt structure with ionic radii r(K⁺) = 0.138 nm and r(Cl⁻) = 0.181 nm and atomic weights 39.10 and 35.45 g/mol. Assuming the ions touch along the cube edge, calculate its theoretical density in kg/m³.",
        _rho(4, 39.10 + 35.45, 2 * (0.138 + 0.181)) * 1000,
        "kg/m**3",
    ),
    (
        "Caesium chloride has the CsCl structure (one formula unit per cubic cell) with a = 0.4123 nm; atomic weights Cs 132.91, Cl 35.45 g/mol. Compute its theoretical density in g/cm³.",
        _rho(1, 132.91 + 35.45, 0.4123),
        "g/cm**3",
    ),
    (
        "Magnesium oxide has the rock-salt structure. Ionic radii: Mg²⁺ 0.072 nm, O²⁻ 0.140 nm; atomic weights 24.31 and 16.00 g/mol. Assuming the ions touch along the cube edge, compute the density in g/cm³.",
        _rho(4, 24.31 + 16.00, 2 * (0.072 + 0.140)),
        "g/cm**3",
    ),
    (
        "Iron(II) oxide has the rock-salt structure with a = 0.431 nm (atomic weights Fe 55.85, O 16.00 g/mol). Compute its theoretical density in units of 10³ kg/m³.",
        _rho(4, 55.85 + 16.00, 0.431) * 1000,
        "kg/m**3",
    ),
    # --- defects: vacancies in other units, ratio, inverse, per cell; ASTM; dislocations; wt/at %
    (
        "The energy for vacancy formation in copper is 0.90 eV/atom. Calculate the equilibrium fraction of vacant lattice sites at 1800 °F.",
        math.exp(-0.90 / (k * _k(_f2c(1800)))),
        "dimensionless",
    ),
    (
        "The energy for vacancy formation in copper is 20.8 kcal/mol. Calculate the equilibrium fraction of vacant sites at 1000 °C.",
        math.exp(-20.8 * 4184 / (R * _k(1000))),
        "dimensionless",
    ),
    (
        "The energy for vacancy formation in copper is 86.8 kJ/mol. What fraction of the lattice sites are vacant at 1273 K?",
        math.exp(-86800 / (R * 1273)),
        "dimensionless",
    ),
    (
        "The vacancy formation energy of copper is 1.44 × 10⁻¹⁹ J per vacancy. Compute the equilibrium vacancy fraction at 1000 °C.",
        math.exp(-1.44e-19 / (KB * _k(1000))),
        "dimensionless",
    ),
    (
        "The vacancy formation energy of copper is 0.90 eV/atom. By what factor is the equilibrium vacancy fraction larger at 1000 °C than at 800 °C?",
        math.exp(0.90 / k * (1 / _k(800) - 1 / _k(1000))),
        "dimensionless",
    ),
    (
        "The vacancy formation energy of copper is 0.90 eV/atom. At what temperature, in °C, does the equilibrium vacancy fraction reach 1.0 × 10⁻⁴?",
        0.90 / (k * math.log(1e4)) - 273.15,
        "degC",
    ),
    (
        "For copper the vacancy formation energy is 0.90 eV/atom. A copper wire is quenched rapidly from 1000 °C to room temperature so that all the vacancies present at 1000 °C are retained. What fraction of its sites are vacant at room temperature?",
        math.exp(-0.90 / (k * _k(1000))),
        "dimensionless",
    ),
    (
        "For aluminium the vacancy formation energy is 0.75 eV/atom, the density 2.70 g/cm³ and the atomic weight 26.98 g/mol. How many vacancies per cubic metre are present at 600 °C?",
        NA * 2.70 / 26.98 * 1e6 * math.exp(-0.75 / (k * _k(600))),
        "1/m**3",
    ),
    (
        "For aluminium the vacancy formation energy is 72.4 kJ/mol, the density 2.70 g/cm³ and the atomic weight 26.98 g/mol. How many vacancies per cubic centimetre are present at 600 °C?",
        NA * 2.70 / 26.98 * math.exp(-72400 / (R * _k(600))),
        "1/cm**3",
    ),
    (
        "Copper is FCC; its vacancy formation energy is 0.90 eV/atom. On average, how many vacancies does one unit cell of copper contain at 1000 °C?",
        4 * math.exp(-0.90 / (k * _k(1000))),
        "dimensionless",
    ),
    (
        "Copper (atomic weight 63.55 g/mol, density 8.40 g/cm³ at 1000 °C) has a vacancy formation energy of 0.90 eV/atom. How many vacancies are there in a cube of copper 2.0 mm on a side at 1000 °C?",
        _CU_N * (2e-3) ** 3 * math.exp(-0.90 / (k * _k(1000))),
        "dimensionless",
    ),
    (
        "Calculate the number of vacancies per cubic metre in copper at 1 000 °C. The energy for vacancy formation is 0.90 eV/atom; the atomic weight and density of Cu are 63.55 g/mol and 8.40 g/cm³. Assume the vacancy formation energy itself falls with temperature by 10 % between 0 °C and 1000 °C.",
        None,
        "1/m**3",
    ),
    (
        "The equilibrium vacancy concentration of a metal rises by a factor of 12 between 450 °C and 650 °C. Estimate the vacancy formation energy in kJ/mol.",
        R * math.log(12) / (1 / _k(450) - 1 / _k(650)) / 1000,
        "kJ/mol",
    ),
    (
        "On cooling a metal from 700 °C to 500 °C its equilibrium vacancy concentration falls by a factor of 9.6. Estimate the vacancy formation energy in eV per atom.",
        k * math.log(9.6) / (1 / _k(500) - 1 / _k(700)),
        "eV",
    ),
    (
        "The equilibrium vacancy concentration of a metal rises by a factor of 9.6 between 773 K and 973 K. Estimate the vacancy formation energy per atom. [J]",
        KB * math.log(9.6) / (1 / 773 - 1 / 973),
        "J",
    ),
    (
        "A steel has ASTM grain-size number 8. How many grains are there per square millimetre of the actual (unmagnified) surface?",
        2**7 * 100**2 / 645.16,
        "1/mm**2",
    ),
    (
        "A steel has ASTM grain-size number 6. How many grains are there per square inch of the actual surface, at a magnification of 1×?",
        2**5 * 100**2,
        "1/inch**2",
    ),
    (
        "A photomicrograph taken at 50× shows 45 grains per square inch. Determine the ASTM grain-size number.",
        1 + math.log2(45 * (50 / 100) ** 2),
        "dimensionless",
    ),
    (
        "An average of 30 grains per square inch is counted on a micrograph taken at 100×. Determine the ASTM grain-size number to two decimal places.",
        1 + math.log2(30),
        "dimensionless",
    ),
    (
        "A polished steel surface (no magnification) has 500 grains per square millimetre. What is its ASTM grain-size number?",
        1 + math.log2(500 * 645.16 / 100**2),
        "dimensionless",
    ),
    (
        "A steel has ASTM grain-size number 7. How many grains per square inch appear on a micrograph taken at 75×?",
        2**6 * (100 / 75) ** 2,
        "1/inch**2",
    ),
    (
        "A steel has ASTM grain-size number 7. How many grains per square centimetre appear on a micrograph taken at 100×?",
        2**6 / 6.4516,
        "1/cm**2",
    ),
    (
        "Electron micrographs of a cold-worked nickel foil give a total dislocation line length of 8.5e4 millimetres in a volume of 1.5e-3 cubic millimetres. What is the dislocation density, in dislocations per square centimetre?",
        85000 / 1.5e-3 * 100,
        "1/cm**2",
    ),
    (
        "A volume of 1.0 × 10⁻⁹ m³ of deformed copper contains 2.0 × 10³ m of dislocation line. Compute the dislocation density in m⁻².",
        2.0e3 / 1.0e-9,
        "1/m**2",
    ),
    (
        "A heavily cold-worked metal has a dislocation density of 1.0 × 10¹⁴ m⁻². What total length of dislocation line, in km, is contained in one cubic millimetre?",
        1e14 * 1e-9 / 1000,
        "km",
    ),
    (
        "A Cu–Ni alloy contains 35 wt% Ni (A_Ni = 58.69 g/mol, A_Cu = 63.55 g/mol). Express its composition in atom percent copper.",
        (65 / 63.55) / (65 / 63.55 + 35 / 58.69) * 100,
        "percent",
    ),
    (
        "A Cu–Ni alloy contains 40 at% Ni, the rest copper (A_Ni = 58.69 g/mol, A_Cu = 63.55 g/mol). What is its nickel content in weight percent?",
        40 * 58.69 / (40 * 58.69 + 60 * 63.55) * 100,
        "percent",
    ),
    (
        "A cartridge brass contains 70 wt% Cu and 30 wt% Zn (Cu 63.55, Zn 65.38 g/mol). What is its copper content in atom percent?",
        (70 / 63.55) / (70 / 63.55 + 30 / 65.38) * 100,
        "percent",
    ),
    (
        "A silver–copper alloy contains 28.1 wt% Cu (A_Ag = 107.87 g/mol, A_Cu = 63.55 g/mol). Express its composition in atom percent copper.",
        (28.1 / 63.55) / (28.1 / 63.55 + 71.9 / 107.87) * 100,
        "percent",
    ),
    # --- diffusion: other units, ratio, inverse, carburising variants, Fick I variants
    (
        "For carbon diffusing in γ-iron, D₀ = 2.3 × 10⁻⁵ m²/s and Q_d = 148 kJ/mol. Compute the diffusion coefficient at 1800 °F in m²/s.",
        2.3e-5 * math.exp(-148000 / (R * _k(_f2c(1800)))),
        "m**2/s",
    ),
    (
        "For carbon diffusing in γ-iron, D₀ = 2.3 × 10⁻⁵ m²/s and Q_d = 35.4 kcal/mol. Compute the diffusion coefficient at 1000 °C.",
        2.3e-5 * math.exp(-35400 * CAL / (R * _k(1000))),
        "m**2/s",
    ),
    (
        "For carbon diffusing in γ-iron, D₀ = 2.3 × 10⁻⁵ m²/s and the activation energy is 1.53 eV/atom. Compute the diffusion coefficient at 1000 °C.",
        2.3e-5 * math.exp(-1.53 / (k * _k(1000))),
        "m**2/s",
    ),
    (
        "For carbon diffusing in γ-iron, D₀ = 0.23 cm²/s and Q_d = 148 kJ/mol. Compute the diffusion coefficient at 1000 °C in cm²/s.",
        0.23 * math.exp(-148000 / (R * _k(1000))),
        "cm**2/s",
    ),
    (
        "For the interdiffusion of zinc in copper, D₀ = 2.4 × 10⁻⁵ m²/s and Q_d = 189 kJ/mol. Compute the diffusion coefficient at 1000 K, in m²/s.",
        2.4e-5 * math.exp(-189000 / (R * 1000)),
        "m**2/s",
    ),
    (
        "For the interdiffusion of zinc in copper, D₀ = 2.4 × 10⁻⁵ m²/s and Q_d = 189 kJ/mol. By what factor is the diffusion coefficient at 800 °C larger than at 600 °C?",
        math.exp(189000 / R * (1 / _k(600) - 1 / _k(800))),
        "dimensionless",
    ),
    (
        "For carbon in γ-iron D₀ = 2.3 × 10⁻⁵ m²/s and Q = 148 kJ/mol. At what temperature, in K, is the diffusion coefficient 1.0 × 10⁻¹¹ m²/s?",
        148000 / (R * math.log(2.3e-5 / 1.0e-11)),
        "K",
    ),
    (
        "At what temperature (°F) does the diffusion coefficient of carbon in γ-iron reach 5.0 × 10⁻¹¹ m²/s? Take D₀ = 2.3 × 10⁻⁵ m²/s and Q = 148 kJ/mol.",
        (148000 / (R * math.log(2.3e-5 / 5.0e-11)) - 273.15) * 1.8 + 32,
        "degF",
    ),
    (
        "A steel containing 0.20 wt% C is carburised in an atmosphere that holds the surface at 1.00 wt% C. The diffusivity of carbon is 1.6 × 10⁻¹¹ m²/s. How many hours are needed to reach 0.60 wt% C at a depth of 1.0 mm?",
        (1.0e-3) ** 2 / (4 * 1.6e-11 * _Z05**2) / 3600,
        "hour",
    ),
    (
        "A steel containing 0.20 wt% C is carburised for 10 h in an atmosphere that holds the surface at 1.00 wt% C. The diffusivity of carbon is 1.6 × 10⁻¹¹ m²/s. At what depth, in mm, is the carbon content 0.60 wt%?",
        2 * _Z05 * math.sqrt(1.6e-11 * 36000) * 1000,
        "mm",
    ),
    (
        "A steel containing 0.80 wt% C is decarburised at a temperature where D = 1.6 × 10⁻¹¹ m²/s; the surface is held at 0 wt% C. How many hours until the carbon content 0.50 mm below the surface falls to 0.40 wt%?",
        (0.5e-3) ** 2 / (4 * 1.6e-11 * _Z05**2) / 3600,
        "hour",
    ),
    (
        "A steel of 0.10 wt% C is carburised with the surface held at 1.10 wt% C and D = 2.0 × 10⁻¹¹ m²/s. How long, in hours, until the carbon content is 0.45 wt% at 0.60 mm depth?",
        (0.6e-3) ** 2 / (4 * 2.0e-11 * _erfinv(1 - 0.35) ** 2) / 3600,
        "hour",
    ),
    (
        "A steel containing 0.20 wt% C is carburised at a temperature where D = 1.6 × 10⁻¹¹ m²/s. The surface carbon content is not held constant: a fixed amount of carbon is deposited on the surface at the start and then diffuses in. How many hours are needed to reach 0.60 wt% C at 0.75 mm?",
        None,
        "hour",
    ),
    (
        "A shop carburises shafts for 10 h at 900 °C. If the furnace is run at 1 000 °C instead, how long (in hours) will the same case depth take? Take Q = 148 kJ/mol for carbon in austenite.",
        10 * math.exp(148000 / R * (1 / _k(1000) - 1 / _k(900))),
        "hour",
    ),
    (
        "A carburizing cycle at 1650 °F takes 10 h to produce the required case. How long, in hours, would the same case take at 1800 °F? Q = 148 kJ/mol for carbon in austenite.",
        10 * math.exp(148000 / R * (1 / _k(_f2c(1800)) - 1 / _k(_f2c(1650)))),
        "hour",
    ),
    (
        "A carburizing cycle at 900 °C takes 10 h to produce the required case. At what temperature, in °C, would the same case be produced in 5 h? Q = 148 kJ/mol for carbon in austenite.",
        1 / (1 / _k(900) - R * math.log(2) / 148000) - 273.15,
        "degC",
    ),
    (
        "A carburizing cycle at 900 °C gives a case depth of 0.5 mm in 10 h. How many hours at 900 °C are needed for a case depth of 1.0 mm, with the same surface and core carbon contents?",
        40.0,
        "hour",
    ),
    (
        "The diffusion coefficient of a solute in a metal is 5.5 × 10⁻¹⁴ m²/s at 600 °C and 1.3 × 10⁻¹² m²/s at 800 °C. Calculate the activation energy for diffusion in kJ/mol.",
        R * math.log(1.3e-12 / 5.5e-14) / (1 / _k(600) - 1 / _k(800)) / 1000,
        "kJ/mol",
    ),
    (
        "The diffusion coefficient of a solute in a metal is 5.5 × 10⁻¹⁴ m²/s at 600 °C and 1.3 × 10⁻¹² m²/s at 800 °C. Calculate the activation energy for diffusion in kcal/mol.",
        R * math.log(1.3e-12 / 5.5e-14) / (1 / _k(600) - 1 / _k(800)) / 4184,
        "kcal/mol",
    ),
    (
        "The diffusion coefficient of a solute in a metal is 5.5 × 10⁻¹⁰ cm²/s at 600 °C and 1.3 × 10⁻⁸ cm²/s at 800 °C. Calculate the pre-exponential factor D₀ in m²/s.",
        5.5e-14 * math.exp(math.log(1.3e-12 / 5.5e-14) / (1 / _k(600) - 1 / _k(800)) / _k(600)),
        "m**2/s",
    ),
    (
        "Self-diffusion in a ceramic has an activation energy of 2.5 eV per atom. By what factor does D increase when the temperature is raised from 1000 °C to 1200 °C?",
        math.exp(2.5 / k * (1 / _k(1000) - 1 / _k(1200))),
        "dimensionless",
    ),
    (
        "Self-diffusion in a ceramic has D = 3.1E-15 m²/s at 1 300 K and an activation energy of 2.5 eV per atom. Calculate D at 1 100 K, in m²/s.",
        3.1e-15 * math.exp(-2.5 / k * (1 / 1100 - 1 / 1300)),
        "m**2/s",
    ),
    (
        "Self-diffusion in a ceramic has an activation energy of 2.5 eV per atom. By what percentage does D decrease when the temperature is lowered from 1300 K to 1250 K?",
        (1 - math.exp(-2.5 / k * (1 / 1250 - 1 / 1300))) * 100,
        "percent",
    ),
    (
        "Hydrogen diffuses at steady state through a palladium sheet. The concentrations at the two faces are 2.4 and 0.6 kg/m³ and D = 1.0 × 10⁻⁸ m²/s. What is the maximum sheet thickness, in µm, that passes a flux of at least 0.90 kg m⁻² h⁻¹?",
        1.0e-8 * 1.8 / (0.9 / 3600) * 1e6,
        "micrometer",
    ),
    (
        "Hydrogen diffuses at steady state through a palladium sheet 2 mm thick. The concentrations at the two faces are 1.5 and 0.3 kg/m³, and D = 1.0 × 10⁻⁸ m²/s. Find the diffusion flux in kg m⁻² s⁻¹.",
        1.0e-8 * 1.2 / 0.002,
        "kg/(m**2*s)",
    ),
    (
        "Hydrogen diffuses at steady state through a palladium sheet 0.10 in. thick. The concentrations at the two faces are 1.5 and 0.3 kg/m³, and D = 1.0 × 10⁻⁸ m²/s. Find the diffusion flux in kg m⁻² s⁻¹.",
        1.0e-8 * 1.2 / (0.1 * IN),
        "kg/(m**2*s)",
    ),
    (
        "Hydrogen diffuses at steady state through a palladium sheet 5 mm thick and 0.20 m² in area. The concentrations at the two faces are 1.5 and 0.3 kg/m³, and D = 1.0 × 10⁻⁸ m²/s. How many grams of hydrogen pass through the sheet in one hour?",
        1.0e-8 * 1.2 / 0.005 * 0.2 * 3600 * 1000,
        "g",
    ),
    (
        "Hydrogen diffuses through a palladium sheet 5 mm thick; the concentrations at the two faces are 1.5 and 0.3 kg/m³ and D = 1.0 × 10⁻⁸ m²/s. The concentration profile is not linear because D depends on concentration. Find the flux in kg m⁻² h⁻¹.",
        None,
        "kg/(m**2*hour)",
    ),
    (
        "A solute has a diffusion coefficient of 2.0 × 10⁻¹⁵ m²/s. Using x = 2√(Dt), estimate the diffusion distance, in µm, after 10 hours.",
        2 * math.sqrt(2.0e-15 * 36000) * 1e6,
        "micrometer",
    ),
    (
        "During a homogenisation anneal the diffusion distance of a solute scales as √(Dt). How many times farther does the solute travel in 16 h than in 4 h at the same temperature?",
        2.0,
        "dimensionless",
    ),
    # --- mechanical: Brinell, resilience, elastic elongation, true stress, Poisson, Hollomon, cold work, Hall–Petch, Schmid
    (
        "A plain-carbon steel shaft has a Brinell hardness of 250 HB. Estimate its tensile strength in MPa.",
        3.45 * 250,
        "MPa",
    ),
    (
        "A steel must have a tensile strength of at least 690 MPa. What minimum Brinell hardness should be specified?",
        690 / 3.45,
        "dimensionless",
    ),
    (
        "A steel has a tensile strength of 100 ksi. Estimate its Brinell hardness.",
        100000 / 500,
        "dimensionless",
    ),
    (
        "A steel has a yield strength of 345 MPa and an elastic modulus of 207 GPa. Calculate its modulus of resilience in kJ/m³.",
        345e6**2 / (2 * 207e9) / 1000,
        "kJ/m**3",
    ),
    (
        "A spring steel has a yield strength of 60 ksi and an elastic modulus of 30 × 10⁶ psi. Calculate its modulus of resilience in in·lbf/in³ (psi).",
        60000**2 / (2 * 30e6),
        "psi",
    ),
    (
        "A spring alloy with E = 200 GPa must store 2.0 MJ/m³ elastically before yielding. What minimum yield strength, in MPa, is required?",
        math.sqrt(2 * 200e9 * 2.0e6) / 1e6,
        "MPa",
    ),
    (
        "An aluminium tie rod 0.50 in. in diameter and 10 in. long carries a tensile load of 2000 lbf; E = 10 × 10⁶ psi. Find the elastic elongation in mm.",
        2000 * 10 / (PI / 4 * 0.5**2 * 10e6) * 25.4,
        "mm",
    ),
    (
        "An aluminium alloy tie rod of radius 5.0 mm and length 250 mm carries a tensile load of 12 kN. E = 69 GPa. Find, in µm, the elastic elongation of the rod.",
        12000 * 0.25 / (PI * 0.005**2 * 69e9) * 1e6,
        "micrometer",
    ),
    (
        "An aluminium alloy tie rod of diameter 10.0 mm and length 250 mm carries a tensile load of 12 kN; E = 69 GPa. What is its final length, in mm?",
        250 + 12000 * 0.25 / (PI * 0.005**2 * 69e9) * 1000,
        "mm",
    ),
    (
        "An aluminium alloy tie rod of diameter 10.0 mm and length 250 mm carries a tensile load of 12 kN; E = 69 GPa and yield strength 95 MPa. Find the elastic elongation in µm.",
        None,
        "micrometer",
    ),
    (
        "At an engineering strain of 0.15, a tensile specimen (not yet necked) carries an engineering stress of 450 MPa. What is the true strain?",
        math.log(1.15),
        "dimensionless",
    ),
    (
        "Before necking, a tensile specimen has a true stress of 517.5 MPa at an engineering strain of 0.15. What is the engineering stress, in MPa?",
        517.5 / 1.15,
        "MPa",
    ),
    (
        "Well after necking began, a tensile specimen shows an engineering stress of 400 MPa at an engineering strain of 0.30. Compute the true stress in the neck, in MPa.",
        None,
        "MPa",
    ),
    (
        "A cylindrical steel specimen of diameter 15 mm is loaded elastically in compression by 25 kN. Given E = 207 GPa and ν = 0.30, determine the change in diameter in µm (increase positive).",
        0.30 * 25000 / (PI / 4 * 0.015**2) / 207e9 * 0.015 * 1e6,
        "micrometer",
    ),
    (
        "A cylindrical steel specimen of diameter 15 mm is loaded elastically in tension by 25 kN. Given E = 207 GPa and ν = 0.30, determine the change in diameter in µm, with an increase counted positive.",
        -0.30 * 25000 / (PI / 4 * 0.015**2) / 207e9 * 0.015 * 1e6,
        "micrometer",
    ),
    (
        "A cylindrical steel specimen of diameter 15 mm is loaded elastically in tension by 25 kN. Given E = 207 GPa and ν = 0.30, compute the lateral strain (with sign).",
        -0.30 * 25000 / (PI / 4 * 0.015**2) / 207e9,
        "dimensionless",
    ),
    (
        "A cylindrical steel specimen of diameter 0.60 in. is loaded elastically in tension by 5600 lbf. Given E = 30 × 10⁶ psi and ν = 0.30, determine the reduction in diameter in µm.",
        0.30 * 5600 / (PI / 4 * 0.6**2) / 30e6 * 0.6 * 25400,
        "micrometer",
    ),
    (
        "For a steel following σ_T = K ε_Tⁿ with K = 860 MPa and n = 0.21, what true stress (MPa) corresponds to a true strain of 0.10?",
        860 * 0.10**0.21,
        "MPa",
    ),
    (
        "For a steel whose plastic behaviour follows σ_T = K ε_Tⁿ with K = 860 MPa and n = 0.21, what engineering strain must be imposed (before necking) to raise the true stress to 620 MPa?",
        math.exp((620 / 860) ** (1 / 0.21)) - 1,
        "dimensionless",
    ),
    (
        "A steel follows σ_T = K ε_Tⁿ with n = 0.20; at a true strain of 0.10 the true stress is 600 MPa. Compute K in MPa.",
        600 / 0.10**0.20,
        "MPa",
    ),
    (
        "A standard tensile specimen of radius 0.25 in. carries a load of 5000 lbf. What engineering stress does this produce, in ksi?",
        5000 / (PI * 0.25**2) / 1000,
        "ksi",
    ),
    (
        "A cylindrical bar 12.8 mm in diameter carries a tensile load of 50 kN. What engineering stress does this produce, in psi?",
        50000 / (PI / 4 * 0.0128**2) / PSI,
        "psi",
    ),
    (
        "A copper sheet is cold rolled from 12 mm to 9 mm thickness with no change in width. Calculate the percent cold work.",
        25.0,
        "percent",
    ),
    (
        "A copper wire must be drawn to a final diameter of 5.0 mm with 40 % cold work. What initial diameter, in mm, is needed?",
        5.0 / math.sqrt(0.6),
        "mm",
    ),
    (
        "A copper wire is drawn from a diameter of 6.0 mm to 4.2 mm and then annealed to full recrystallisation. Calculate the percent cold work remaining after the anneal.",
        None,
        "percent",
    ),
    (
        "For a low-carbon steel the Hall–Petch constants are σ₀ = 70 MPa and k_y = 0.74 MPa·m^1/2. What is the yield strength, in MPa, for an average grain diameter of 10 µm?",
        70 + 0.74 / math.sqrt(10e-6),
        "MPa",
    ),
    (
        "For a low-carbon steel σ₀ = 70 MPa and k_y = 0.74 MPa·m^1/2 in the Hall–Petch relation. What average grain radius, in µm, gives a yield strength of 250 MPa?",
        (0.74 / 180) ** 2 * 1e6 / 2,
        "micrometer",
    ),
    (
        "For a low-carbon steel σ₀ = 70 MPa and k_y = 23.4 MPa·mm^1/2 in the Hall–Petch relation. What average grain diameter, in µm, gives a yield strength of 250 MPa?",
        (23.4 / 180) ** 2 * 1000,
        "micrometer",
    ),
    (
        "A single crystal is pulled along an axis that makes 60° with the slip-plane normal and 35° with the slip direction. What resolved shear stress, in MPa, acts on the slip system when the applied tensile stress is 5.0 MPa?",
        5.0 * math.cos(math.radians(60)) * math.cos(math.radians(35)),
        "MPa",
    ),
    (
        "A single crystal of zinc is pulled along an axis that makes 48° with the slip-plane normal and 62° with the slip direction. The critical resolved shear stress is 0.85 MPa. At what applied tensile stress, in psi, will it begin to yield?",
        0.85e6 / (math.cos(math.radians(48)) * math.cos(math.radians(62))) / PSI,
        "psi",
    ),
    (
        "A single crystal of zinc is pulled along an axis that makes 48° with the slip-plane normal and 90° with the slip direction. The critical resolved shear stress is 0.85 MPa. At what applied tensile stress will the crystal begin to yield?",
        None,
        "MPa",
    ),
    (
        "A single crystal is loaded in tension; the slip-plane normal is at 45° and the slip direction at 45° to the axis. Yield begins at 2.0 MPa applied stress. What is the critical resolved shear stress, in MPa?",
        1.0,
        "MPa",
    ),
    # --- failure: Griffith geometry, stress ratio, Larson–Miller, K_Ic, Basquin, creep
    (
        "A soda-lime glass plate (E = 70 GPa, specific surface energy 0.9 J/m²) contains a surface crack 4 µm deep. Using the Griffith criterion, estimate the fracture stress in MPa.",
        _griffith(70e9, 0.9, 4e-6) / 1e6,
        "MPa",
    ),
    (
        "A soda-lime glass plate (E = 70 GPa, specific surface energy 0.9 J/m²) contains an internal crack of half-length 2 µm. Using the Griffith criterion, estimate the fracture stress in MPa.",
        _griffith(70e9, 0.9, 2e-6) / 1e6,
        "MPa",
    ),
    (
        "A soda-lime glass (E = 70 GPa, γ_s = 0.30 J/m²) must withstand a tensile stress of 100 MPa. Using the Griffith criterion, what is the longest internal crack, in µm, that can be tolerated?",
        2 * 2 * 70e9 * 0.30 / (PI * 100e6**2) * 1e6,
        "micrometer",
    ),
    (
        "A soda-lime glass plate (E = 70 GPa, specific surface energy 0.9 J/m²) contains an internal crack 4 µm long. Using the Griffith criterion, estimate the fracture stress in ksi.",
        _griffith(70e9, 0.9, 2e-6) / PSI / 1000,
        "ksi",
    ),
    (
        "A soda-lime glass plate (E = 10 × 10⁶ psi, specific surface energy 0.9 J/m²) contains an internal crack 4 µm long. Using the Griffith criterion, estimate the fracture stress in MPa.",
        _griffith(10e6 * PSI, 0.9, 2e-6) / 1e6,
        "MPa",
    ),
    (
        "A shaft is loaded cyclically between a maximum stress of +310 MPa and a minimum of −90 MPa. Determine the stress amplitude in MPa.",
        200.0,
        "MPa",
    ),
    (
        "A shaft is loaded cyclically between a maximum stress of +310 MPa and a minimum of −90 MPa. Determine the mean stress in MPa.",
        110.0,
        "MPa",
    ),
    (
        "A shaft is loaded cyclically between a maximum stress of +310 MPa and a minimum of −90 MPa. Determine the stress range in MPa.",
        400.0,
        "MPa",
    ),
    (
        "A tie bar of constant cross-section is loaded cyclically between +50 kN in tension and −20 kN in compression. Determine the stress ratio R.",
        -20 / 50,
        "dimensionless",
    ),
    (
        "A shaft is loaded cyclically with a mean stress of 110 MPa and a stress amplitude of 200 MPa. Determine the stress ratio R.",
        -90 / 310,
        "dimensionless",
    ),
    (
        "For a nickel alloy under a stress of 140 MPa the Larson–Miller parameter is P = 24.0 × 10³ (T in K, t_r in h, C = 20). Predict the rupture life at 700 °C in days.",
        10 ** (24000 / _k(700) - 20) / 24,
        "day",
    ),
    (
        "For a nickel alloy under a stress of 140 MPa the Larson–Miller parameter is P = 22.5 × 10³ (T in K, t_r in h, C = 20). At what temperature, in °C, will the rupture life be 10 000 h?",
        22500 / (20 + 4) - 273.15,
        "degC",
    ),
    (
        "For a nickel alloy under a stress of 140 MPa the Larson–Miller parameter is P = 22.5 × 10³ (T in K, t_r in h, C = 20). Predict the rupture life at 1200 °F, in hours.",
        10 ** (22500 / _k(_f2c(1200)) - 20),
        "hour",
    ),
    (
        "For a nickel alloy under a stress of 140 MPa the Larson–Miller parameter is P = 22.5 × 10³ (T in K, t_r in h, C = 20). How many times longer does it last at 600 °C than at 650 °C?",
        10 ** (22500 / _k(600) - 22500 / _k(650)),
        "dimensionless",
    ),
    (
        "A steel plate has a plane-strain fracture toughness of 50 ksi·in^1/2. It contains an internal crack 0.16 in. long. Assuming Y = 1.0, what stress will cause fracture, in MPa?",
        50 * 1000 * PSI * math.sqrt(IN) / math.sqrt(PI * 0.08 * IN) / 1e6,
        "MPa",
    ),
    (
        "A steel plate has a plane-strain fracture toughness of 55 MPa·m^1/2. A surface crack 2.0 mm deep is found. Assuming Y = 1.0, what stress will cause fracture, in ksi?",
        55e6 / math.sqrt(PI * 2e-3) / PSI / 1000,
        "ksi",
    ),
    (
        "A high-strength steel component has a yield strength of 1 460 MPa and K_Ic = 55 MPa·√m. It is designed to operate at 50 % of its yield strength and contains edge cracks for which Y = 1.12. What is the largest edge crack, in mm, that can be tolerated?",
        (55 / (1.12 * 730)) ** 2 / PI * 1000,
        "mm",
    ),
    (
        "A steel has K_Ic = 55 MPa·√m and contains edge cracks 2.0 mm deep with Y = 1.12. What is the greatest design stress, in MPa, if a factor of safety of 2 is applied to the fracture stress?",
        55e6 / (1.12 * math.sqrt(PI * 2e-3)) / 2 / 1e6,
        "MPa",
    ),
    (
        "A turbine shaft steel obeys Basquin's law σ_a = σ_f′(2N_f)^b with σ_f′ = 1 100 MPa and b = −0.09. How many cycles to failure are expected for a stress range of 800 MPa (fully reversed)?",
        0.5 * (400 / 1100) ** (1 / -0.09),
        "dimensionless",
    ),
    (
        "A turbine shaft steel obeys Basquin's law σ_a = σ_f′(2N_f)^b with σ_f′ = 1 100 MPa and b = −0.09. What stress amplitude, in MPa, gives a life of 10⁶ cycles?",
        1100 * (2e6) ** -0.09,
        "MPa",
    ),
    (
        "A turbine shaft steel obeys Basquin's law σ_a = σ_f′(2N_f)^b with σ_f′ = 1 100 MPa and b = −0.09. How many reversals (2N_f) to failure are expected at a stress amplitude of 400 MPa?",
        (400 / 1100) ** (1 / -0.09),
        "dimensionless",
    ),
    (
        "A stainless steel tube creeps under a hoop stress of 90 MPa with a stress exponent of 5 and a creep activation energy of 280 kJ/mol. How many times faster is the steady-state creep rate at 650 °C and 110 MPa than at 600 °C and 90 MPa?",
        math.exp(280000 / R * (1 / _k(600) - 1 / _k(650))) * (110 / 90) ** 5,
        "dimensionless",
    ),
    (
        "A stainless steel creeps with a stress exponent of 5 and an activation energy of 280 kJ/mol. How many times faster is the steady-state creep rate at 923 K than at 873 K, the stress unchanged?",
        math.exp(280000 / R * (1 / 873 - 1 / 923)),
        "dimensionless",
    ),
    (
        "A stainless steel creeps with a stress exponent of 5 and an activation energy of 280 kJ/mol. At a fixed temperature, by what factor does the steady-state creep rate rise when the stress is increased from 90 MPa to 110 MPa?",
        (110 / 90) ** 5,
        "dimensionless",
    ),
    # --- phase diagrams: lever rule variants
    (
        "A 0.25 wt% C plain-carbon steel is cooled slowly to just below the eutectoid temperature. What mass fraction of the microstructure is pearlite?",
        (0.25 - 0.022) / (0.76 - 0.022),
        "dimensionless",
    ),
    (
        "A 0.35 wt% C steel is cooled slowly to just below 727 °C. What is the total mass fraction of ferrite (proeutectoid plus eutectoid)? Take C_α = 0.022 wt% C and C_Fe₃C = 6.70 wt% C.",
        (6.70 - 0.35) / (6.70 - 0.022),
        "dimensionless",
    ),
    (
        "A 0.35 wt% C steel is cooled slowly to just below 727 °C. What is the total mass fraction of cementite? Take C_α = 0.022 wt% C and C_Fe₃C = 6.70 wt% C.",
        (0.35 - 0.022) / (6.70 - 0.022),
        "dimensionless",
    ),
    (
        "A 1.10 wt% C steel is slowly cooled from the austenite field to just below the eutectoid. With the eutectoid at 0.76 wt% C and cementite at 6.70 wt% C, what mass fraction of the steel is pearlite?",
        (6.70 - 1.10) / (6.70 - 0.76),
        "dimensionless",
    ),
    (
        "A 1.10 wt% C steel is slowly cooled from the austenite field to just below the eutectoid. What mass fraction of it is proeutectoid ferrite?",
        0.0,
        "dimensionless",
    ),
    (
        "A 0.010 wt% C iron is slowly cooled to room temperature. Taking the eutectoid at 0.76 wt% C and the maximum solubility of C in ferrite as 0.022 wt%, what mass fraction is pearlite?",
        0.0,
        "dimensionless",
    ),
    (
        "A 2.5 kg specimen of a 0.60 wt% C steel is slowly cooled to just below 727 °C. Taking C_α = 0.022 wt% C and C_Fe₃C = 6.70 wt% C, how many kilograms of ferrite does it contain?",
        2.5 * (6.70 - 0.60) / (6.70 - 0.022),
        "kg",
    ),
    (
        "A 5.0 lb forging of a 0.45 wt% C steel is cooled slowly from 900 °C. Taking the eutectoid at 0.76 wt% C and the maximum solubility of C in ferrite as 0.022 wt%, calculate the mass of pearlite in lb.",
        5.0 * (0.45 - 0.022) / (0.76 - 0.022),
        "lb",
    ),
    (
        "A 0.35 wt% C steel is held just above the eutectoid temperature (728 °C). Taking the eutectoid at 0.76 wt% C and C_α = 0.022 wt%, what mass fraction of the steel is austenite?",
        (0.35 - 0.022) / (0.76 - 0.022),
        "dimensionless",
    ),
    (
        "A slowly cooled hypoeutectoid steel contains 60 wt% pearlite. Taking the eutectoid at 0.76 wt% C and C_α = 0.022 wt%, what is its carbon content in wt%?",
        0.022 + 0.60 * (0.76 - 0.022),
        "percent",
    ),
    (
        "A slowly cooled hypereutectoid steel contains 5.0 wt% proeutectoid cementite. With the eutectoid at 0.76 wt% C and cementite at 6.70 wt% C, what is its carbon content in wt%?",
        0.76 + 0.05 * (6.70 - 0.76),
        "percent",
    ),
    (
        "An A–50 wt% B alloy is held at 1 280 °C, where liquid of 42 wt% B coexists with solid of 55 wt% B. Calculate the mass fraction of solid.",
        (50 - 42) / (55 - 42),
        "dimensionless",
    ),
    (
        "An A–60 wt% B alloy is held at 1 280 °C, where liquid of 42 wt% B coexists with solid of 55 wt% B. Calculate the mass fraction of liquid.",
        0.0,
        "dimensionless",
    ),
    (
        "A 3.0 kg Cu–35 wt% Ni alloy is held at 1250 °C, where liquid of 32 wt% Ni coexists with α of 43 wt% Ni. What mass of α phase, in kg, is present?",
        3.0 * (35 - 32) / (43 - 32),
        "kg",
    ),
    (
        "A Cu–35 wt% Ni alloy is held at 1250 °C, where liquid of 32 wt% Ni coexists with α of 43 wt% Ni. What is the ratio of the mass of α to the mass of liquid?",
        (35 - 32) / (43 - 35),
        "dimensionless",
    ),
    (
        "A Cu–35 wt% Ni alloy is held at 1250 °C, where liquid of 32 wt% Ni coexists with α of 43 wt% Ni. What volume percentage of the alloy is liquid?",
        None,
        "percent",
    ),
    # --- transformations: Avrami, nucleation, grain growth, Koistinen–Marburger
    (
        "The recrystallisation of a cold-rolled brass follows the Avrami equation with n = 2.5. Half the material has recrystallised after 120 s. How long, in seconds, until 99 % has recrystallised?",
        120 * (math.log(100) / math.log(2)) ** (1 / 2.5),
        "s",
    ),
    (
        "The recrystallisation of a cold-rolled brass follows the Avrami equation with n = 2.5. Half the material has recrystallised after 120 s. How long, in seconds, until 10 % has recrystallised?",
        120 * (math.log(1 / 0.9) / math.log(2)) ** (1 / 2.5),
        "s",
    ),
    (
        "A recrystallisation follows Avrami kinetics with n = 2.5 and is half complete after 2.0 min. How long, in minutes, does it take to reach 90 % recrystallised?",
        2.0 * (math.log(10) / math.log(2)) ** (1 / 2.5),
        "min",
    ),
    (
        "A recrystallisation follows Avrami kinetics with n = 2.5 and is half complete after 120 s. What fraction has recrystallised after 240 s?",
        1 - math.exp(-math.log(2) * 2**2.5),
        "dimensionless",
    ),
    (
        "A recrystallisation follows Avrami kinetics with n = 2.5 and is half complete after 120 s. The time to reach 90 % recrystallisation is closest to (A) 1.0 min (B) 4.8 min (C) 7.5 min (D) 10 min",
        None,
        "min",
    ),
    (
        "A recrystallisation follows Avrami kinetics with n = 2.5 and is half complete after 120 s. Determine the rate constant k in the Avrami equation y = 1 − exp(−ktⁿ), with t in seconds.",
        math.log(2) / 120**2.5,
        "s**-2.5",
    ),
    (
        "The austenite-to-pearlite transformation of a steel at 650 °C follows y = 1 − exp(−k tⁿ) with k = 3.1E-04 (t in seconds) and n = 1.7. What percentage has transformed after two minutes?",
        (1 - math.exp(-3.1e-4 * 120**1.7)) * 100,
        "percent",
    ),
    (
        "The austenite-to-pearlite transformation of a steel at 650 °C follows y = 1 − exp(−k tⁿ) with k = 3.1E-04 (t in seconds) and n = 1.7. What percentage of the austenite remains untransformed after one minute?",
        math.exp(-3.1e-4 * 60**1.7) * 100,
        "percent",
    ),
    (
        "A transformation follows y = 1 − exp(−k tⁿ) with k = 0.05 (t in minutes) and n = 2. What percentage has transformed after 3 minutes?",
        (1 - math.exp(-0.05 * 9)) * 100,
        "percent",
    ),
    (
        "The austenite-to-pearlite transformation at 650 °C follows y = 1 − exp(−k tⁿ) with k = 2.0E-4 (t in seconds) and n = 2. How many seconds until half the austenite has transformed?",
        math.sqrt(math.log(2) / 2.0e-4),
        "s",
    ),
    (
        "An isothermal transformation is 10 % complete after 30 s and 90 % complete after 90 s. Assuming Avrami kinetics, determine the exponent n.",
        math.log(math.log(10) / math.log(1 / 0.9)) / math.log(3),
        "dimensionless",
    ),
    (
        "For nickel, ΔH_f = −2.53 × 10⁹ J/m³, γ = 0.255 J/m² and T_m = 1455 °C. Calculate the critical nucleus diameter for homogeneous solidification at an undercooling of 250 K, in nm.",
        2 * 2 * 0.255 * _k(1455) / (2.53e9 * 250) * 1e9,
        "nm",
    ),
    (
        "For nickel, ΔH_f = −2.53 × 10⁹ J/m³, γ = 0.255 J/m² and T_m = 1455 °C. Calculate the critical nucleus radius for homogeneous solidification at an undercooling of 450 °F, in Å.",
        2 * 0.255 * _k(1455) / (2.53e9 * 250) * 1e10,
        "angstrom",
    ),
    (
        "For copper, ΔH_f = −1.88 × 10⁹ J/m³, γ = 0.177 J/m² and T_m = 1085 °C. Calculate the critical radius for homogeneous nucleation at a supercooling of 200 K, in nm.",
        2 * 0.177 * _k(1085) / (1.88e9 * 200) * 1e9,
        "nm",
    ),
    (
        "For nickel, ΔH_f = −2.53 × 10⁹ J/m³, γ = 0.255 J/m² and T_m = 1455 °C. Nucleation is heterogeneous on a mould wall with a wetting angle of 60°. Calculate the critical nucleus radius at an undercooling of 250 K, in nm.",
        2 * 0.255 * _k(1455) / (2.53e9 * 250) * 1e9,
        "nm",
    ),
    (
        "Gold melts at 1064 °C; its latent heat of fusion is −1.16 × 10⁹ J/m³ and the solid–liquid interfacial energy 0.177 J/m². For homogeneous nucleation at a supercooling of 230 K, compute ΔG* in eV.",
        16 * PI * 0.177**3 * _k(1064) ** 2 / (3 * 1.16e9**2 * 230**2) / EV,
        "eV",
    ),
    (
        "Gold melts at 1064 °C; its latent heat of fusion is −1.16 × 10⁹ J/m³ and the solid–liquid interfacial energy 0.177 J/m². How many times larger is the homogeneous nucleation barrier ΔG* at a supercooling of 115 K than at 230 K?",
        4.0,
        "dimensionless",
    ),
    (
        "A brass with an initial grain radius of 4 µm grows to a radius of 10 µm after 30 min at 650 °C. Assuming d² − d₀² = Kt, what will the grain radius be, in µm, after 3 h at the same temperature?",
        math.sqrt(16 + (100 - 16) * 6),
        "micrometer",
    ),
    (
        "A brass with an initial grain diameter of 8 µm grows to 20 µm after 30 min at 650 °C. Assuming d² − d₀² = Kt, how long, in minutes from the start, until the grain diameter reaches 30 µm?",
        (30**2 - 8**2) / _K_GG,
        "min",
    ),
    (
        "Brass with an initial grain diameter of 20 µm grows to 45 µm after 30 min at 650 °C. Assuming d² − d₀² = Kt, how many minutes in total at 650 °C are needed for the grain diameter to reach 70 µm?",
        (70**2 - 20**2) / ((45**2 - 20**2) / 30),
        "min",
    ),
    (
        "A brass with an initial grain diameter of 8 µm grows to 20 µm after 30 min at 650 °C. Assuming d² − d₀² = Kt, what is K in µm²/min?",
        _K_GG,
        "micrometer**2/min",
    ),
    (
        "A high-carbon steel with M_s = 220 °C is quenched to room temperature (25 °C). Using the Koistinen–Marburger relation with a rate constant of 0.011 K⁻¹, what percentage of martensite forms?",
        (1 - math.exp(-0.011 * 195)) * 100,
        "percent",
    ),
    (
        "A high-carbon steel with M_s = 220 °C is quenched to −50 °C. Using the Koistinen–Marburger relation with a rate constant of 0.011 K⁻¹, what percentage of retained austenite remains?",
        math.exp(-0.011 * 270) * 100,
        "percent",
    ),
    (
        "A high-carbon steel with M_s = 220 °C is quenched to 250 °C and held. Using the Koistinen–Marburger relation with a rate constant of 0.011 K⁻¹, what percentage of martensite forms?",
        None,
        "percent",
    ),
    (
        "A high-carbon steel with M_s = 428 °F is quenched to 77 °F. Using the Koistinen–Marburger relation with a rate constant of 0.011 K⁻¹, what percentage of retained austenite should be expected?",
        math.exp(-0.011 * (_f2c(428) - 25)) * 100,
        "percent",
    ),
    # --- electrical
    (
        "At room temperature the intrinsic carrier concentration of silicon is 1.0e10 cm⁻³, and the electron and hole mobilities are 1350 and 480 cm²/(V·s). Calculate the intrinsic electrical conductivity in S/m.",
        1e16 * EV * (0.135 + 0.048),
        "S/m",
    ),
    (
        "At room temperature the intrinsic carrier concentration of silicon is 1.0e10 cm⁻³, and the electron and hole mobilities are 1350 and 480 cm²/(V·s). Calculate the electrical resistivity of intrinsic silicon in Ω·cm.",
        1 / (1e16 * EV * (0.135 + 0.048)) * 100,
        "ohm*cm",
    ),
    (
        "For intrinsic silicon at room temperature take n_i = 1.0 × 10¹⁶ m⁻³, μ_e = 0.14 m²/(V·s) and μ_h = 0.05 m²/(V·s). What fraction of the conductivity is carried by electrons?",
        0.14 / 0.19,
        "dimensionless",
    ),
    (
        "Silicon is doped with 5 × 10²¹ m⁻³ phosphorus atoms. The electron and hole mobilities are 0.14 and 0.05 m²/(V·s). Assume every donor is ionised. Compute the electrical resistivity in Ω·m.",
        1 / (5e21 * EV * 0.14),
        "ohm*m",
    ),
    (
        "Silicon is doped with 1 × 10²² m⁻³ boron atoms, all ionised. The electron and hole mobilities are 0.14 and 0.05 m²/(V·s). Compute the electrical conductivity in (Ω·m)⁻¹.",
        1e22 * EV * 0.05,
        "S/m",
    ),
    (
        "n-type silicon must have a room-temperature conductivity of 500 (Ω·m)⁻¹. The electron mobility is 0.14 m²/(V·s). What donor concentration, in m⁻³, is needed if every donor is ionised?",
        500 / (EV * 0.14),
        "1/m**3",
    ),
    (
        "Silicon is doped with 5 × 10²¹ m⁻³ phosphorus atoms. The electron and hole mobilities are 0.14 and 0.05 m²/(V·s). Only 60 % of the donors are ionised at the temperature of interest. Compute the electrical conductivity in (Ω·m)⁻¹.",
        0.6 * 5e21 * EV * 0.14,
        "S/m",
    ),
    (
        "The intrinsic electrical conductivity of germanium at 298 K is 2.2 (Ω·m)⁻¹ and its band gap is 0.67 eV. Assume the mobilities and the pre-exponential factor do not vary with temperature. Estimate the intrinsic conductivity at 400 K.",
        2.2 * math.exp(-0.67 / (2 * k) * (1 / 400 - 1 / 298)),
        "S/m",
    ),
    (
        "Intrinsic germanium (E_g = 0.67 eV) has an electrical conductivity of 2.2 S/m at 300 K. Estimate its conductivity at 350 K, taking n_i ∝ T^(3/2) exp(−E_g/2kT) and mobilities independent of temperature.",
        2.2 * (350 / 300) ** 1.5 * math.exp(-0.67 / (2 * k) * (1 / 350 - 1 / 300)),
        "S/m",
    ),
    (
        "The intrinsic conductivity of germanium is 2.2 (Ω·m)⁻¹ at 300 K and its band gap 0.67 eV. Neglecting the temperature dependence of the mobilities and the pre-factor, at what temperature, in K, does the conductivity reach 10 (Ω·m)⁻¹?",
        1 / (1 / 300 - 2 * k / 0.67 * math.log(10 / 2.2)),
        "K",
    ),
    (
        "The intrinsic conductivity of germanium is 2.2 (Ω·m)⁻¹ at 300 K and 14.0 (Ω·m)⁻¹ at 350 K. Assuming σ ∝ exp(−E_g/2kT), estimate the band gap in eV.",
        2 * k * math.log(14.0 / 2.2) / (1 / 300 - 1 / 350),
        "eV",
    ),
    (
        "A metal has a Hall coefficient of −7.4 × 10⁻¹¹ m³/C. Compute its free-electron concentration in m⁻³.",
        1 / (EV * 7.4e-11),
        "1/m**3",
    ),
    (
        "A metal has R_H = −7.4 × 10⁻¹¹ m³/C and an electrical resistivity of 1.7 × 10⁻⁸ Ω·m. Compute the electron mobility in cm²/(V·s).",
        7.4e-11 / 1.7e-8 * 1e4,
        "cm**2/(V*s)",
    ),
    # --- magnetic
    (
        "Each cobalt atom contributes 1.72 Bohr magnetons at saturation. The density of cobalt is 8.90 g/cm³ and its atomic weight 58.93 g/mol. Compute the saturation flux density B_s in tesla.",
        MU_0 * 1.72 * MU_B * 8.90e6 * NA / 58.93,
        "T",
    ),
    (
        "Each iron atom contributes 2.22 Bohr magnetons at saturation. The density of iron is 7.87 g/cm³ and its atomic weight 55.85 g/mol. Compute the saturation magnetization in A/m.",
        2.22 * MU_B * 7.87e6 * NA / 55.85,
        "A/m",
    ),
    (
        "Each nickel atom contributes 0.60 Bohr magneton at saturation. The density of nickel is 8.90 g/cm³ and its atomic weight 58.69 g/mol. Compute the saturation flux density in gauss.",
        MU_0 * 0.60 * MU_B * 8.90e6 * NA / 58.69 * 1e4,
        "gauss",
    ),
    (
        "Nickel (density 8.90 g/cm³, atomic weight 58.69 g/mol) has a saturation flux density of 0.64 T. How many Bohr magnetons does each atom contribute?",
        0.64 / (MU_0 * MU_B * 8.90e6 * NA / 58.69),
        "dimensionless",
    ),
    (
        "Magnetite (Fe₃O₄) has a cubic unit cell of edge 0.839 nm containing eight formula units; the net moment per formula unit is 4 Bohr magnetons. The saturation magnetization is nearest to (A) 1.26 × 10⁵ A/m (B) 2.52 × 10⁵ A/m (C) 1.01 × 10⁶ A/m (D) 2.02 × 10⁶ A/m",
        None,
        "A/m",
    ),
    (
        "Nickel ferrite (NiFe₂O₄) has the inverse spinel structure with a cubic cell of edge 0.8337 nm containing eight formula units. The Fe³⁺ moments cancel and each Ni²⁺ ion contributes 2 Bohr magnetons. Compute the saturation magnetization in A/m.",
        8 * 2 * MU_B / (0.8337e-9) ** 3,
        "A/m",
    ),
    (
        "Magnetite (Fe₃O₄) has a cubic unit cell of edge 0.839 nm containing eight formula units; each Fe²⁺ contributes 4 Bohr magnetons and the Fe³⁺ moments cancel. What is the net magnetic moment of one unit cell, in Bohr magnetons?",
        32.0,
        "dimensionless",
    ),
    (
        "A solenoid has 400 turns wound uniformly over 0.25 m and carries 2.2 A. Calculate the magnetic field strength H inside it in oersted.",
        400 * 2.2 / 0.25 * 4 * PI / 1000,
        "Oe",
    ),
    (
        "A solenoid has 400 turns wound uniformly over 0.25 m and carries 2.2 A; its core is air (vacuum). Calculate the flux density inside, in mT.",
        MU_0 * 400 * 2.2 / 0.25 * 1000,
        "mT",
    ),
    (
        "A solenoid of 400 turns wound uniformly over 0.25 m carries 2.2 A and has a soft-iron core of relative permeability 150. Compute the magnetization of the core in A/m.",
        149 * 400 * 2.2 / 0.25,
        "A/m",
    ),
    (
        "A solenoid of 400 turns wound uniformly over 0.25 m on a soft-iron plunger of relative permeability 150 must produce 0.50 T inside the plunger. What current, in A, is needed?",
        0.50 / (150 * MU_0) * 0.25 / 400,
        "A",
    ),
    (
        "Aluminium has a volume susceptibility χ_m = 2.1E-5. A field strength of 1500 Oe is applied to an aluminium bar. Compute the magnetisation in A/m.",
        2.1e-5 * 1500 * 1000 / (4 * PI),
        "A/m",
    ),
    (
        "Aluminium has a volume susceptibility χ_m = 2.1E-5. A field strength H = 1.2E5 A/m is applied. Compute the flux density B inside the bar, in tesla.",
        MU_0 * (1 + 2.1e-5) * 1.2e5,
        "T",
    ),
    (
        "Aluminium has a mass susceptibility of 7.8 × 10⁻⁹ m³/kg and a density of 2.70 g/cm³. A field strength H = 1.2 × 10⁵ A/m is applied. Compute the magnetisation in A/m.",
        7.8e-9 * 2700 * 1.2e5,
        "A/m",
    ),
    (
        "Above its Curie temperature a ferromagnet obeys χ = C/(T − θ). Its susceptibility is 2.0 × 10⁻³ at 700 K and 1.2 × 10⁻³ at 900 K. Determine the Curie constant C in kelvin.",
        2.0e-3 * (700 - 400),
        "K",
    ),
    (
        "Above its Curie temperature a ferromagnet obeys χ = C/(T − θ). Its susceptibility is 2.0 × 10⁻³ at 427 °C and 1.2 × 10⁻³ at 627 °C. Determine θ in kelvin.",
        400.0,
        "K",
    ),
    (
        "Lead has T_c = 7.19 K and a critical field at 0 K of 6.5 × 10⁴ A/m. What is its critical field at 4.2 K, in A/m?",
        6.5e4 * (1 - (4.2 / 7.19) ** 2),
        "A/m",
    ),
    (
        "Lead has T_c = 7.19 K and a critical field at 0 K of 6.5 × 10⁴ A/m. A lead wire must remain superconducting in a field of 8.0 × 10⁴ A/m. What is the highest temperature, in kelvin, at which it may be operated?",
        None,
        "K",
    ),
    (
        "Lead has T_c = 7.19 K and H_c(0) = 6.4 × 10⁴ A/m. At what temperature has the critical field fallen to half of its value at 0 K? Answer in kelvin.",
        7.19 * math.sqrt(0.5),
        "K",
    ),
    (
        "A transformer core of volume 2000 cm³ has a hysteresis loop enclosing 250 J/m³ per cycle and is driven at 50 Hz. Calculate the hysteresis power loss, in watts.",
        250 * 2000e-6 * 50,
        "W",
    ),
    (
        "A transformer core of volume 4.0 × 10⁻³ m³ has a hysteresis loop enclosing 250 J/m³ per cycle. How much energy, in joules, is dissipated in one cycle?",
        250 * 4.0e-3,
        "J",
    ),
    (
        "A transformer core of volume 4.0 × 10⁻³ m³ has a hysteresis loop enclosing 250 J/m³ per cycle and is driven at 60 Hz. How much energy, in kJ, is dissipated by hysteresis in one hour?",
        250 * 4.0e-3 * 60 * 3600 / 1000,
        "kJ",
    ),
    (
        "The demagnetization curve of a magnet is a straight line from B_r = 1.2 T to H_c = −11 300 Oe. Estimate the maximum energy product in kJ/m³.",
        1.2 * 11300 * 1000 / (4 * PI) / 4 / 1000,
        "kJ/m**3",
    ),
    (
        "The demagnetization curve of a sintered Nd–Fe–B magnet is a straight line from B_r = 1.2 T to H_c = −900 000 A/m. At what flux density, in tesla, does the energy product reach its maximum?",
        0.6,
        "T",
    ),
    # --- optical
    (
        "Zinc selenide has a band gap of 2.70 eV. Calculate the longest wavelength of light, in nm, that it absorbs by exciting electrons across the gap.",
        H * C / (2.70 * EV) * 1e9,
        "nm",
    ),
    (
        "A semiconductor absorbs light only at wavelengths shorter than 870 nm. Estimate its band gap in eV.",
        H * C / 870e-9 / EV,
        "eV",
    ),
    (
        "A semiconductor absorbs light only at wavelengths shorter than 870 nm. Estimate its band gap in joules.",
        H * C / 870e-9,
        "J",
    ),
    (
        "Cadmium sulphide has a band gap of 2.42 eV. What is the lowest frequency of light, in Hz, that it can absorb by band-to-band transitions?",
        2.42 * EV / H,
        "Hz",
    ),
    (
        "A step-index optical fibre has a core of index 1.48 and a cladding of index 1.46. Calculate the critical angle for total internal reflection at the core–cladding interface, measured from the interface (the fibre axis), in degrees.",
        90 - math.degrees(math.asin(1.46 / 1.48)),
        "degree",
    ),
    (
        "A step-index fibre has a core of index 1.48 and a cladding of index 1.46. Calculate its numerical aperture.",
        math.sqrt(1.48**2 - 1.46**2),
        "dimensionless",
    ),
    (
        "A step-index fibre has a core of index 1.48 and a cladding of index 1.46 and is used in air. Find the full apex angle of the acceptance cone, in degrees.",
        2 * math.degrees(math.asin(math.sqrt(1.48**2 - 1.46**2))),
        "degree",
    ),
    (
        "A step-index fibre has a core of index 1.48 and a cladding of index 1.46; its end face is immersed in water (n = 1.33). Find the maximum half-angle of acceptance, in degrees.",
        math.degrees(math.asin(math.sqrt(1.48**2 - 1.46**2) / 1.33)),
        "degree",
    ),
    (
        "A step-index fibre has a core of index 1.46 and a cladding of index 1.48. Calculate the critical angle for total internal reflection at the core–cladding interface, in degrees.",
        None,
        "degree",
    ),
    (
        "A Nd:YAG laser emits 1.0 W of infrared light at 1064 nm. How many photons per second does it emit?",
        1.0 / (H * C / 1064e-9),
        "1/s",
    ),
    (
        "A helium–neon laser emits red light of wavelength 632.8 nm. What is the energy of one photon, in eV?",
        H * C / 632.8e-9 / EV,
        "eV",
    ),
    (
        "A helium–neon laser emits 5.0 mW of light at 632.8 nm. How many photons leave the laser in one minute?",
        5.0e-3 * 60 / (H * C / 632.8e-9),
        "dimensionless",
    ),
    (
        "A non-magnetic transparent solid has an optical-frequency relative permittivity of 4.0. Calculate the velocity of light in it, in m/s.",
        C / 2.0,
        "m/s",
    ),
    (
        "A non-magnetic transparent solid has an optical-frequency relative permittivity of 2.25. What is its refractive index?",
        1.5,
        "dimensionless",
    ),
    (
        "A transparent solid has a relative permittivity of 2.25 at optical frequencies, and a relative permeability of 1.44. Calculate the velocity of light in it, in m/s.",
        C / math.sqrt(2.25 * 1.44),
        "m/s",
    ),
    (
        "Diamond has a refractive index of 2.42. What percentage of normally incident light is reflected at one surface in air?",
        ((2.42 - 1) / (2.42 + 1)) ** 2 * 100,
        "percent",
    ),
    (
        "A glass of refractive index 1.52 is immersed in water (n = 1.33). What percentage of normally incident light is reflected at the glass–water interface?",
        ((1.52 - 1.33) / (1.52 + 1.33)) ** 2 * 100,
        "percent",
    ),
    (
        "Light passes at normal incidence through both faces of a non-absorbing glass pane of n = 1.52 in air. Neglecting multiple reflections, what percentage is transmitted?",
        (1 - ((0.52 / 2.52) ** 2)) ** 2 * 100,
        "percent",
    ),
    # --- thermal
    (
        "A steel rod 10.0 in. long has a linear coefficient of thermal expansion of 6.5 × 10⁻⁶ (°F)⁻¹. It is heated from 70 °F to 500 °F. By how much does it lengthen, in inches?",
        10.0 * 6.5e-6 * 430,
        "inch",
    ),
    (
        "A steel rod 10.0 in. long has a linear coefficient of thermal expansion of 12.0 × 10⁻⁶ °C⁻¹. It is heated from 70 °F to 500 °F. By how much does it lengthen, in millimetres?",
        10.0 * 12.0e-6 * 430 / 1.8 * 25.4,
        "mm",
    ),
    (
        "An aluminium bus bar 2.5 m long at 120 °C cools to 15 °C. α_l = 23.6 × 10⁻⁶ °C⁻¹. What is the change in its length, in mm, with an increase counted positive?",
        -23.6e-6 * 2500 * 105,
        "mm",
    ),
    (
        "An aluminium bus bar is 2.5 m long at 15 °C; α_l = 23.6 × 10⁻⁶ °C⁻¹. What is its final length, in m, after heating to 120 °C?",
        2.5 * (1 + 23.6e-6 * 105),
        "m",
    ),
    (
        "An aluminium bar lengthens by 6.2 mm when heated from 15 °C to 120 °C; α_l = 23.6 × 10⁻⁶ °C⁻¹. What was its original length, in m?",
        6.2e-3 / (23.6e-6 * 105),
        "m",
    ),
    (
        "An aluminium plate 2.5 m × 1.0 m at 15 °C is heated to 120 °C. α_l = 23.6 × 10⁻⁶ °C⁻¹. By how much does its area increase, in cm²?",
        2.5 * 1.0 * ((1 + 23.6e-6 * 105) ** 2 - 1) * 1e4,
        "cm**2",
    ),
    (
        "The specific heat of copper is 0.092 cal/(g·°C). How much heat, in kJ, is needed to raise 2.5 kg of copper from 25 °C to 300 °C?",
        0.092 * CAL * 2500 * 275 / 1000,
        "kJ",
    ),
    (
        "The specific heat of copper is 0.092 cal/(g·°C). How much heat, in Btu, is needed to raise 2.5 kg of copper from 25 °C to 300 °C?",
        0.092 * CAL * 2500 * 275 / BTU,
        "Btu",
    ),
    (
        "How much heat, in kJ, is needed to raise an 11 lb copper casting from 68 °F to 356 °F? Take c_p = 386 J/(kg·K).",
        11 * LB * 386 * 160 / 1000,
        "kJ",
    ),
    (
        "A 2.0 kg copper block (c_p = 386 J kg⁻¹ K⁻¹) absorbs 100 kJ of heat. By how many kelvin does its temperature rise?",
        100e3 / (2.0 * 386),
        "K",
    ),
    (
        "A 5.0 kg aluminium die casting (c_p = 900 J kg⁻¹ K⁻¹) is preheated from 25 °C to 400 °C by a 2.2 kW heater of which only 80 % of the output reaches the part. Find the heating time in minutes.",
        5.0 * 900 * 375 / (0.8 * 2200) / 60,
        "min",
    ),
    (
        "A 5.0 kg aluminium part (c_p = 900 J kg⁻¹ K⁻¹) is heated by a 2.2 kW heater whose whole output goes into the part. What temperature rise, in K, does it reach after 10 minutes?",
        2200 * 600 / (5.0 * 900),
        "K",
    ),
    (
        "A brass rod (E = 97 GPa, α_l = 20 × 10⁻⁶ °C⁻¹) is fixed rigidly between two walls at 20 °C and then heated to 80 °C. What thermal stress develops, in MPa, with tension positive?",
        -97e3 * 20e-6 * 60,
        "MPa",
    ),
    (
        "A brass rod (E = 97 GPa, α_l = 20 × 10⁻⁶ °C⁻¹) is fixed rigidly between two walls at 80 °C and then cooled to 20 °C. What thermal stress develops, in MPa, with tension positive?",
        97e3 * 20e-6 * 60,
        "MPa",
    ),
    (
        "A brass rod (E = 97 GPa, α_l = 20 × 10⁻⁶ °C⁻¹) is fixed rigidly between two walls at 80 °C and then cooled to 20 °C. What is the magnitude of the thermal stress developed, in ksi?",
        97e9 * 20e-6 * 60 / PSI / 1000,
        "ksi",
    ),
    (
        "A brass rod (E = 97 GPa, α_l = 20 × 10⁻⁶ °C⁻¹) is fixed between two walls at 20 °C. To what temperature, in °C, can it be heated before the compressive stress reaches 150 MPa?",
        20 + 150 / (97e3 * 20e-6),
        "degC",
    ),
    (
        "A brass rod (E = 97 GPa, α_l = 20 × 10⁻⁶ °C⁻¹) lies between two walls at 20 °C with a gap of 0.10 mm; it is 1.0 m long and then heated to 80 °C. What compressive stress develops, in MPa?",
        97e3 * (20e-6 * 60 * 1.0 - 0.10e-3) / 1.0,
        "MPa",
    ),
    (
        "A brass rod (E = 97 GPa, α_l = 20 × 10⁻⁶ °C⁻¹) is fixed rigidly between two walls at 80 °C and then cooled to 20 °C. The walls are not rigid: each moves inward under load. What is the magnitude of the thermal stress developed, in MPa?",
        None,
        "MPa",
    ),
    (
        "Soda–lime glass: fracture strength 69 MPa, E = 69 000 MPa, α_l = 9.0 × 10⁻⁶ °C⁻¹. Using ΔT = σ_f/(Eα_l) without Poisson's ratio, estimate the largest temperature drop on quenching, in °C.",
        69 / (69000 * 9.0e-6),
        "delta_degC",
    ),
    (
        "Soda–lime glass: fracture strength 10 ksi, E = 10 × 10⁶ psi, ν = 0.23, α_l = 5.0 × 10⁻⁶ °F⁻¹. Estimate the largest temperature drop a plate can survive on sudden quenching, in °F.",
        10e3 * (1 - 0.23) / (10e6 * 5.0e-6),
        "delta_degF",
    ),
    (
        "A dense alumina has σ_f = 300 MPa, E = 380 GPa, ν = 0.22 and α = 8.0 × 10⁻⁶ K⁻¹. What fracture strength, in MPa, would be needed to survive a quench of 150 K, using the thermal-shock expression with Poisson's ratio?",
        150 * 380e3 * 8.0e-6 / (1 - 0.22),
        "MPa",
    ),
    (
        "Dense alumina has a thermal conductivity of 30 W m⁻¹ K⁻¹, a density of 3.98 g/cm³ and a specific heat of 775 J kg⁻¹ K⁻¹. Calculate its thermal diffusivity in mm²/s.",
        30 / (3980 * 775) * 1e6,
        "mm**2/s",
    ),
    (
        "A ceramic has a thermal diffusivity of 9.7 × 10⁻⁶ m²/s, a density of 3.98 g/cm³ and a specific heat of 775 J kg⁻¹ K⁻¹. What is its thermal conductivity, in W m⁻¹ K⁻¹?",
        9.7e-6 * 3980 * 775,
        "W/(m*K)",
    ),
    (
        "A unidirectional glass-fibre/epoxy rod (40 vol% E-glass, E = 72.5 GPa; epoxy E = 3.4 GPa) is clamped rigidly at both ends, fibres along the rod. Its longitudinal expansion coefficient is 1.2 × 10⁻⁵ K⁻¹. Estimate the magnitude of the axial stress, in MPa, when the rod is heated by 50 K.",
        (0.4 * 72.5e3 + 0.6 * 3.4e3) * 1.2e-5 * 50,
        "MPa",
    ),
    # --- polymers
    (
        "A polystyrene has a number-average molecular weight of 2.1 × 10⁵ g/mol. Compute its number-average degree of polymerisation.",
        2.1e5 / (8 * A_C + 8 * A_H),
        "dimensionless",
    ),
    (
        "A poly(tetrafluoroethylene) has a number-average molecular weight of 5.0 × 10⁵ g/mol (F = 19.00 g/mol). Compute its number-average degree of polymerisation.",
        5.0e5 / (2 * A_C + 4 * 19.00),
        "dimensionless",
    ),
    (
        "A polyethylene has a number-average degree of polymerisation of 10 000. What is its number-average molecular weight, in g/mol?",
        10000 * (2 * A_C + 4 * A_H),
        "g/mol",
    ),
    (
        "A poly(vinyl chloride) resin has a weight-average molecular weight of 65 000 g/mol. Calculate its number-average degree of polymerization.",
        None,
        "dimensionless",
    ),
    (
        "Totally crystalline polyethylene has a density of 1.000 g/cm³ and the amorphous polymer 0.870 g/cm³. What density, in g/cm³, should a specimen of 60 % crystallinity have?",
        1.000 * 0.870 / (1.000 - 0.60 * (1.000 - 0.870)),
        "g/cm**3",
    ),
    (
        "Totally crystalline polyethylene has a density of 1.000 g/cm³ and the amorphous polymer 0.870 g/cm³. A specimen has a density of 0.935 g/cm³. What is its volume fraction crystallinity, in percent?",
        (0.935 - 0.870) / (1.000 - 0.870) * 100,
        "percent",
    ),
    (
        "A random styrene–butadiene copolymer has M̄_n = 350 000 g/mol and a degree of polymerization of 5 000. What fraction of its repeat units are butadiene?",
        1 - (70.0 - (4 * A_C + 6 * A_H)) / ((8 * A_C + 8 * A_H) - (4 * A_C + 6 * A_H)),
        "dimensionless",
    ),
    (
        "A polymer held at constant strain relaxes from an initial 5.0 MPa to 3.5 MPa in 60 s. Assuming σ = σ₀ exp(−t/τ), what is the relaxation time τ in seconds?",
        _T_RELAX,
        "s",
    ),
    (
        "A polymer held at constant strain relaxes from an initial 5.0 MPa to 3.5 MPa in 60 s. Assuming σ = σ₀ exp(−t/τ), what is the stress after 5 minutes, in MPa?",
        5.0 * math.exp(-300 / _T_RELAX),
        "MPa",
    ),
    (
        "A polymer specimen is stretched and held at constant strain; the stress relaxes from 5.0 MPa to 3.5 MPa in the first 60 s. Assuming σ = σ₀ exp(−t/τ), how many more seconds, after those 60 s, until the stress reaches 1.0 MPa?",
        _T_RELAX * math.log(5.0) - 60,
        "s",
    ),
    (
        "A linear polyethylene has a number-average molecular weight of 140 000 g/mol. Taking the C–C bond length as 0.154 nm and treating the chain as a random walk of backbone bonds, estimate the end-to-end distance in nm.",
        0.154 * math.sqrt(2 * 140000 / (2 * A_C + 4 * A_H)),
        "nm",
    ),
    (
        "A linear polyethylene has a number-average molecular weight of 280 000 g/mol and a C–C bond length of 0.154 nm. What is the fully extended contour length of a chain, in µm, ignoring the bond angle?",
        0.154 * 2 * 280000 / (2 * A_C + 4 * A_H) / 1000,
        "micrometer",
    ),
    (
        "A vulcanised natural rubber (density 0.91 g/cm³) has a molecular weight between cross-links of 5 000 g/mol. Assume ideal rubber elasticity. Estimate its shear modulus at 300 K, in MPa.",
        910 * R * 300 / 5.0 / 1e6,
        "MPa",
    ),
    (
        "A vulcanised natural rubber (density 0.91 g/cm³) has a molecular weight between cross-links of 5 000 g/mol. Assume ideal rubber elasticity and incompressibility. Estimate its Young's modulus at 77 °C, in MPa.",
        3 * 910 * R * _k(77) / 5.0 / 1e6,
        "MPa",
    ),
    (
        "An ideal incompressible rubber (density 0.91 g/cm³) has a Young's modulus of 1.36 MPa at 300 K. What is the molecular weight between cross-links, in g/mol?",
        3 * 910 * R * 300 / 1.36e6 * 1000,
        "g/mol",
    ),
    # --- ceramics and composites
    (
        "A silica glass has E = 70 GPa and a specific surface energy of 0.30 J/m². Its most dangerous flaw is a surface crack 2 micrometres deep. Using Griffith's criterion, what tensile stress will cause fracture, in MPa?",
        _griffith(70e9, 0.30, 2e-6) / 1e6,
        "MPa",
    ),
    (
        "A rectangular bar of silicon nitride, 10 mm wide and 5.0 mm thick, is tested in three-point bending over a support span of 40 mm and breaks at 950 N. Calculate the flexural strength in MPa.",
        3 * 950 * 40 / (2 * 10 * 25),
        "MPa",
    ),
    (
        "A rectangular bar of silicon nitride, 10 mm wide and 5.0 mm thick, is tested in four-point bending with outer supports 40 mm apart and breaks at 950 N. Calculate the flexural strength in MPa.",
        None,
        "MPa",
    ),
    (
        "A cylindrical alumina rod 5.0 mm in diameter is tested in three-point bending over a support span of 40 mm and breaks at 300 N. Calculate the flexural strength in MPa.",
        300 * 0.040 / (PI * 0.0025**3) / 1e6,
        "MPa",
    ),
    (
        "A rectangular ceramic bar 0.40 in. wide and 0.20 in. thick is loaded in three-point bending over a span of 1.6 in. Its flexural strength is 45 ksi. What load, in N, will fracture it?",
        2 * 45000 * 0.40 * 0.20**2 / (3 * 1.6) * 4.4482216152605,
        "N",
    ),
    (
        "A rectangular bar of silicon nitride, 10 mm wide and 5 mm thick, breaks at 1.2 kN in three-point bending. Its flexural strength is 288 MPa. What was the support span, in mm?",
        288 * 2 * 10 * 25 / (3 * 1200),
        "mm",
    ),
    (
        "Carbon fibres of radius 4.0 µm and tensile strength 3.4 GPa are embedded in a matrix whose fibre–matrix bond strength is 40 MPa. Determine the critical fibre length in millimetres.",
        3.4e3 * 8.0e-3 / (2 * 40),
        "mm",
    ),
    (
        "Carbon fibres of diameter 7 µm and tensile strength 3.5 GPa have a critical length of 0.49 mm in a polymer matrix. What is the fibre–matrix bond strength, in MPa?",
        3.5e3 * 7e-3 / (2 * 0.49),
        "MPa",
    ),
    (
        "A bicycle tube is made of unidirectional carbon-fibre/epoxy with 45 vol% fibres (E_f = 230 GPa, E_m = 2.4 GPa). Estimate the elastic modulus transverse to the fibres, in GPa.",
        1 / (0.45 / 230 + 0.55 / 2.4),
        "GPa",
    ),
    (
        "A bicycle tube is made of unidirectional carbon-fibre/epoxy with 45 wt% fibres (E_f = 230 GPa, E_m = 2.4 GPa). Estimate the elastic modulus along the fibres, in GPa.",
        None,
        "GPa",
    ),
    (
        "An aligned carbon-fibre/epoxy laminate must have a longitudinal modulus of 40 GPa. With E_f = 230 GPa and E_m = 3.1 GPa, what minimum fibre volume fraction is needed?",
        (40 - 3.1) / (230 - 3.1),
        "dimensionless",
    ),
    (
        "An aluminium alloy (E = 69 GPa) is reinforced with 30 vol% continuous aligned boron fibres (E = 400 GPa). Loaded along the fibres, what percentage of the load does the matrix carry?",
        100 - 400 * 0.3 / (400 * 0.3 + 69 * 0.7) * 100,
        "percent",
    ),
    (
        "An aluminium alloy (E = 69 GPa) is reinforced with 30 vol% continuous aligned boron fibres (E = 400 GPa). Loaded along the fibres, what is the ratio of the load carried by the fibres to that carried by the matrix?",
        400 * 0.3 / (69 * 0.7),
        "dimensionless",
    ),
    (
        "The elastic modulus of fully dense alumina is 393 GPa. Using E = E₀(1 − 1.9P + 0.9P²), estimate the modulus of alumina with 10 vol% porosity, in GPa.",
        393 * (1 - 1.9 * 0.1 + 0.9 * 0.01),
        "GPa",
    ),
    (
        "The elastic modulus of fully dense alumina is 57 × 10⁶ psi. Using E = E₀(1 − 1.9P + 0.9P²), estimate the modulus with 5 vol% porosity, in GPa.",
        57e6 * PSI * (1 - 1.9 * 0.05 + 0.9 * 0.0025) / 1e9,
        "GPa",
    ),
    (
        "The ionic radii of Cs⁺ and Cl⁻ are 0.170 nm and 0.181 nm. Using the radius-ratio rules, predict the coordination number of the cation.",
        8.0,
        "dimensionless",
    ),
    (
        "The ionic radii of Zn²⁺ and S²⁻ are 0.060 nm and 0.184 nm. Using the radius-ratio rules, predict the coordination number of the cation.",
        4.0,
        "dimensionless",
    ),
    (
        "The ionic radii of Mg²⁺ and O²⁻ are 0.072 nm and 0.140 nm. What is the cation–anion radius ratio?",
        0.072 / 0.140,
        "dimensionless",
    ),
    # --- corrosion
    (
        "A steel panel exposed on one side has an area of 100 in.² and loses 485 g in one year. The density of the steel is 7.9 g/cm³. Calculate the corrosion penetration rate in mils per year.",
        485 / (7.9 * 100 * 6.4516) * 10 / 0.0254,
        "thou/year",
    ),
    (
        "A steel coupon exposed on both faces, each of area 100 in.², loses 485 g in one year. The density of the steel is 7.9 g/cm³. Assuming uniform attack, calculate the corrosion penetration rate in mm per year.",
        485 / (7.9 * 200 * 6.4516) * 10,
        "mm/year",
    ),
    (
        "A steel panel exposed on one side has an area of 100 in.² and loses 485 g in six months. The density of the steel is 7.9 g/cm³. Calculate the corrosion penetration rate in mm per year.",
        2 * 485 / (7.9 * 100 * 6.4516) * 10,
        "mm/year",
    ),
    (
        "A steel tank wall (density 7.9 g/cm³) with 0.10 m² exposed corrodes uniformly at 0.50 mm per year. What mass of steel, in kg, is lost per year?",
        0.5e-3 * 0.10 * 7900,
        "kg",
    ),
    (
        "A copper anode dissolves as Cu → Cu²⁺ + 2e⁻ under a steady current of 2.5 A. What mass of copper (63.55 g/mol), in grams, dissolves in 8 hours?",
        2.5 * 8 * 3600 * 63.55 / (2 * F),
        "g",
    ),
    (
        "An aluminium anode dissolves as Al → Al³⁺ + 3e⁻ under a steady current of 2.5 A. What mass of aluminium (26.98 g/mol), in grams, dissolves in 8 hours?",
        2.5 * 8 * 3600 * 26.98 / (3 * F),
        "g",
    ),
    (
        "A zinc anode (65.38 g/mol; Zn → Zn²⁺ + 2e⁻) is to lose no more than 10 g per day. What is the largest steady current, in A, it may deliver?",
        10 * 2 * F / (65.38 * 86400),
        "A",
    ),
    (
        "A zinc anode (65.38 g/mol; Zn → Zn²⁺ + 2e⁻) delivers 2.5 A. How many hours until 100 g of zinc have been consumed?",
        100 * 2 * F / (65.38 * 2.5) / 3600,
        "hour",
    ),
    (
        "Zinc corrodes uniformly at a current density of 1.5 µA/cm² (ρ = 7.14 g/cm³, A = 65.38 g/mol, n = 2). Estimate the penetration rate in µm per year.",
        1.5e-6 * 65.38 / (2 * F * 7.14) * YEAR * 1e4,
        "micrometer/year",
    ),
    (
        "Iron corrodes uniformly (Fe → Fe³⁺ + 3e⁻) at a corrosion current density of 0.35 A/m². Take ρ = 7.87 g/cm³ and M = 55.85 g/mol. Express the penetration rate in mm/yr.",
        0.35 * 55.85 / (3 * F * 7.87e6) * YEAR * 1000,
        "mm/year",
    ),
    (
        "A galvanised guard-rail carries a zinc coating 0.003 in. thick. The zinc corrodes uniformly at a current density of 1.5 µA/cm² (ρ = 7.14 g/cm³, A = 65.38 g/mol, n = 2). After how many years is the coating consumed?",
        0.003 * 2.54 / (1.5e-6 * 65.38 / (2 * F * 7.14)) / YEAR,
        "year",
    ),
    (
        "A zinc coating 85 µm thick corrodes uniformly at 1.5 µA/cm² (ρ = 7.14 g/cm³, A = 65.38 g/mol, n = 2). What current density, in µA/cm², would consume it in 10 years?",
        85e-4 / (10 * YEAR) * 2 * F * 7.14 / 65.38 * 1e6,
        "microA/cm**2",
    ),
    (
        "For anodic dissolution η = β log(i/i₀) with β = 0.10 V per decade and i₀ = 1.0 × 10⁻⁷ A/cm². What overvoltage, in V, gives a current density of 1.0 × 10⁻⁵ A/cm²?",
        0.2,
        "V",
    ),
    (
        "For anodic dissolution η = β log(i/i₀) with β = 0.10 V per decade and i₀ = 1.0 × 10⁻⁷ A/cm². Compute the current density, in A/m², at an overvoltage of +0.15 V.",
        1e-7 * 10**1.5 * 1e4,
        "A/m**2",
    ),
    (
        "For anodic dissolution η = β log(i/i₀) with β = 0.10 V per decade and i₀ = 1.0 × 10⁻⁷ A/cm². Compute the current density at an overvoltage of +0.15 V, given that concentration polarisation limits the current to 2.0 × 10⁻⁶ A/cm².",
        None,
        "A/cm**2",
    ),
    # --- multi-part, 'using your answer', 'assume' and irrelevant data
    (
        "(a) Compute the intrinsic conductivity of silicon with n_i = 1.0 × 10¹⁶ m⁻³, μ_e = 0.14 and μ_h = 0.05 m²/(V·s). (b) Using your answer to (a), which was 3.04 × 10⁻⁴ (Ω·m)⁻¹, find the resistance of a bar 10 mm long with a 1 mm² cross-section, in Ω.",
        0.010 / (3.04e-4 * 1e-6),
        "ohm",
    ),
    (
        "A Brinell test with a 10 mm ball and a 3 000 kg load leaves an indentation 4.20 mm in diameter. (a) Calculate the Brinell hardness. (b) Estimate the tensile strength. Only part (a) is marked.",
        2 * 3000 / (PI * 10 * (10 - math.sqrt(100 - 4.2**2))),
        "dimensionless",
    ),
    (
        "A Brinell test on a steel with a 10 mm ball and a load of 3 000 kg leaves an indentation 4.20 mm in diameter. (a) Calculate the Brinell hardness. (b) Estimate the tensile strength of the steel in ksi.",
        500 * 2 * 3000 / (PI * 10 * (10 - math.sqrt(100 - 4.2**2))) / 1000,
        "ksi",
    ),
    (
        "Each nickel atom contributes 0.60 Bohr magneton. Given ρ = 8.90 g/cm³ and A = 58.69 g/mol, compute (a) the saturation magnetization and (b) the saturation flux density. Only part (a) is marked; give it in A/m.",
        0.60 * MU_B * 8.90e6 * NA / 58.69,
        "A/m",
    ),
    (
        "Magnetite, Fe₃O₄, has a cubic cell of edge 0.839 nm with eight formula units; each Fe²⁺ contributes 4 μ_B and the Fe³⁺ moments cancel. (a) Compute M_s. (b) Hence find B_s. Give only (a), in A/m.",
        32 * MU_B / (0.839e-9) ** 3,
        "A/m",
    ),
    (
        "For carbon in γ-iron D₀ = 2.3 × 10⁻⁵ m²/s and Q = 148 kJ/mol. Assume that D₀ itself doubles between 900 °C and 1100 °C. By what factor does the diffusion coefficient increase from 900 °C to 1100 °C?",
        2 * math.exp(148000 / R * (1 / _k(900) - 1 / _k(1100))),
        "dimensionless",
    ),
    (
        "A Cu–Ni alloy contains 35 wt% Ni. Assume the alloy also contains 2 wt% Fe (A_Fe = 55.85 g/mol), the rest copper. Express its composition in atom percent nickel (A_Ni = 58.69, A_Cu = 63.55 g/mol).",
        (35 / 58.69) / (35 / 58.69 + 63 / 63.55 + 2 / 55.85) * 100,
        "percent",
    ),
    (
        "An aluminium bus bar 2.5 m long (density 2.70 g/cm³, thermal conductivity 237 W/(m·K), cross-section 50 mm²) is heated from 15 °C to 120 °C; α_l = 23.6 × 10⁻⁶ °C⁻¹. By how much does it lengthen, in mm?",
        23.6e-6 * 2500 * 105,
        "mm",
    ),
    (
        "Gallium arsenide (lattice parameter 5.65 Å, density 5.32 g/cm³, melting point 1238 °C) has a band gap of 1.42 eV. Longest wavelength absorbed, in µm?",
        H * C / (1.42 * EV) * 1e6,
        "um",
    ),
    (
        "The longest wavelength absorbed by gallium arsenide is 873 nm. Assume the band gap is indirect, so that absorption needs a phonon of 0.03 eV as well. Estimate the band gap in eV.",
        None,
        "eV",
    ),
]
