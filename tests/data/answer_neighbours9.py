"""Neighbour questions, round 9 (issue 11, precision), in our own words.

Written by helper probe10 around the items of sets K and J that the solver answers: the other phase
or species, a ratio or a change instead of one value, per cell vs per volume, radius vs diameter,
inverse problems (an input from a given result), givens in other units (psi, ksi, °F, kcal, eV/atom,
in., mil, Btu, Oe, kG), one added datum that changes the answer (a second temperature, a hollow
section, a medium other than air, an engineering instead of a true strain), "Given:/Find:" sheets and
answer blanks, numbers in words, and near-misses the relation does not fit. Keys computed below with
plain math; a key of None means the question must be refused.
tests/test_answer_neighbours.py holds them at 0 wrong.

Main (2e0f79b) answered 9 of these 308 wrong: two quantities asked in one sentence (3), a stated
d³ − d₀³ = Kt law given the square law, Q = mcΔT across a stated melting point, a lever rule by mass
from at% compositions, a crack 'grown to four times that depth', 'by how much … lower' answered with
the value, and a volume per atom answered with the cell's (classes in
tests/test_answer_probe10_classes.py).
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
MU_0 = 1.25663706212e-6
F = 96485.33212
LN2 = math.log(2)


def _k(t_c: float) -> float:
    return t_c + 273.15


def _erfinv(y: float) -> float:
    lo, hi = 0.0, 6.0
    for _ in range(200):
        mid = (lo + hi) / 2
        if math.erf(mid) < y:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def _d(d0: float, q: float, t_c: float) -> float:
    return d0 * math.exp(-q / (R * _k(t_c)))


_N_CU = 8.40e6 * NA / 63.55  # copper sites per m³ at 1000 °C (density 8.40 g/cm³)
_Z05 = _erfinv(0.5)
_HB = 2 * 3000 / (PI * 10 * (10 - math.sqrt(10**2 - 4.2**2)))
_MS_MAGNETITE = 8 * 4 * MU_B / (0.839e-9) ** 3
_HC_KOE = 11.3e3 * 1e3 / (4 * PI)  # 11.3 kOe in A/m

# (question, key or None for must-refuse, pint unit of the key)
QUESTIONS: list[tuple[str, float | None, str]] = [
    # --- crystal density and its inverses ---
    (
        "Chromium is BCC with a density of 7.19 g/cm³ and an atomic weight of 52.00 g/mol. Compute its lattice parameter in nm.",
        (2 * 52.00 / (NA * 7.19)) ** (1 / 3) * 1e7,
        "nm",
    ),
    (
        "Tantalum is BCC, density 16.6 g/cm³, atomic weight 180.95 g/mol. Calculate its atomic radius in nm.",
        math.sqrt(3) / 4 * (2 * 180.95 / (NA * 16.6)) ** (1 / 3) * 1e7,
        "nm",
    ),
    (
        "A cubic metal has a lattice parameter of 0.405 nm, a density of 2.70 g/cm³ and an atomic weight of 26.98 g/mol. How many atoms does its unit cell contain?",
        2.70 * NA * (0.405e-7) ** 3 / 26.98,
        "dimensionless",
    ),
    (
        "Given: BCC metal, a = 0.2866 nm, A = 55.85 g/mol. Find: ρ = ____ g/cm³",
        2 * 55.85 / (NA * (0.2866e-7) ** 3),
        "g/cm**3",
    ),
    (
        "Nickel is FCC with a lattice parameter of 3.524 Å and an atomic weight of 58.69 g/mol. Compute its theoretical density in lb/in³.",
        4 * 58.69 / (NA * (3.524e-8) ** 3),
        "g/cm**3",
    ),
    (
        "Above 912 °C iron is FCC with a lattice parameter of 0.3647 nm; its atomic weight is 55.85 g/mol. Compute the density of this γ-iron in kg/m³.",
        4 * 55.85 / (NA * (0.3647e-7) ** 3) * 1e3,
        "kg/m**3",
    ),
    (
        "Magnesium is HCP with a = 0.3209 nm and c = 0.5211 nm; its atomic weight is 24.31 g/mol. Calculate its theoretical density in g/cm³.",
        6 * 24.31 / (NA * 1.5 * math.sqrt(3) * (0.3209e-7) ** 2 * 0.5211e-7),
        "g/cm**3",
    ),
    (
        "Polonium has a simple cubic structure with a = 0.335 nm and an atomic weight of 209 g/mol. What is its density in g/cm³?",
        209 / (NA * (0.335e-7) ** 3),
        "g/cm**3",
    ),
    (
        "α-iron is BCC with a = 0.2866 nm and A = 55.85 g/mol. What is the mass of one unit cell, in grams?",
        2 * 55.85 / NA,
        "g",
    ),
    (
        "Iron changes from BCC (a = 0.2866 nm) to FCC (a = 0.3591 nm) on heating. By what percentage does its volume decrease?",
        (0.2866**3 / 2 - 0.3591**3 / 4) / (0.2866**3 / 2) * 100,
        "percent",
    ),
    (
        "Tungsten is BCC with a = 0.3165 nm and an atomic weight of 183.84 g/mol. Calculate the volume of its unit cell in nm³.",
        0.3165**3,
        "nm**3",
    ),
    # --- planar and linear density ---
    (
        "Molybdenum is BCC with a = 0.3147 nm. Compute the planar density of its (110) plane in atoms per m².",
        2 / (math.sqrt(2) * (0.3147e-9) ** 2),
        "1/m**2",
    ),
    (
        "Molybdenum is BCC with a = 0.3147 nm. Compute the planar density of its (100) plane in atoms per nm².",
        1 / 0.3147**2,
        "1/nm**2",
    ),
    (
        "Aluminium is FCC with a = 0.4049 nm. Find the planar density of the (111) plane, in atoms per nm².",
        4 / (math.sqrt(3) * 0.4049**2),
        "1/nm**2",
    ),
    (
        "Aluminium is FCC with a = 0.4049 nm. Find the planar density of the (100) plane, in atoms per nm².",
        2 / 0.4049**2,
        "1/nm**2",
    ),
    (
        "Aluminium is FCC with a = 0.4049 nm. Find the planar density of the (110) plane, in atoms per nm².",
        2 / (math.sqrt(2) * 0.4049**2),
        "1/nm**2",
    ),
    (
        "Iron is BCC with an atomic radius of 0.1241 nm. Compute the planar density of the (110) plane in atoms per nm².",
        2 / (math.sqrt(2) * (4 * 0.1241 / math.sqrt(3)) ** 2),
        "1/nm**2",
    ),
    (
        "Molybdenum is BCC with a = 0.3147 nm. Determine the planar density of the (111) plane in atoms per nm².",
        1 / (math.sqrt(3) * 0.3147**2),
        "1/nm**2",
    ),
    (
        "Molybdenum is BCC with a = 0.3147 nm. Determine the linear density along [111] in atoms per nm.",
        2 / (math.sqrt(3) * 0.3147),
        "1/nm",
    ),
    (
        "Molybdenum is BCC with a = 0.3147 nm. Determine the planar density of the (110) plane in atoms per cm².",
        2 / (math.sqrt(2) * (0.3147e-7) ** 2),
        "1/cm**2",
    ),
    # --- vacancies ---
    (
        "The vacancy formation energy of copper is 86.8 kJ/mol. Its density at 1000 °C is 8.40 g/cm³ and its atomic weight 63.55 g/mol. How many vacancies are there per cubic metre at 1000 °C?",
        _N_CU * math.exp(-86.8e3 / (R * _k(1000))),
        "1/m**3",
    ),
    (
        "Copper: Q_v = 0.90 eV/atom, ρ = 8.40 g/cm³ at 1000 °C, A = 63.55 g/mol. Number of vacancies per cubic centimetre at 1000 °C = ____",
        _N_CU * 1e-6 * math.exp(-0.90 / (k * _k(1000))),
        "1/cm**3",
    ),
    (
        "Copper is FCC; its vacancy formation energy is 0.90 eV/atom. On average how many vacancies does one unit cell contain at 1000 °C?",
        4 * math.exp(-0.90 / (k * _k(1000))),
        "dimensionless",
    ),
    (
        "In a metal at 900 °C a fraction 2.0 × 10⁻⁴ of the lattice sites is vacant. Estimate the vacancy formation energy in eV per atom.",
        -k * _k(900) * math.log(2.0e-4),
        "eV",
    ),
    (
        "The vacancy formation energy of copper is 0.90 eV. By what factor is the equilibrium vacancy fraction larger at 1000 °C than at 700 °C?",
        math.exp(-0.90 / k * (1 / _k(1000) - 1 / _k(700))),
        "dimensionless",
    ),
    (
        "With a vacancy formation energy of 0.90 eV/atom, at what temperature in °C does the vacancy fraction of copper reach 1.0 × 10⁻⁴?",
        0.90 / (k * math.log(1e4)) - 273.15,
        "degC",
    ),
    (
        "A metal has a vacancy formation energy of 20.0 kcal/mol. What fraction of its lattice sites is vacant at 1000 K?",
        math.exp(-20.0 * 4184 / (R * 1000)),
        "dimensionless",
    ),
    (
        "The energy to form a vacancy in copper is 0.90 eV/atom. What fraction of lattice sites is vacant at 1832 °F?",
        math.exp(-0.90 / (k * _k(1000))),
        "dimensionless",
    ),
    (
        "Copper has A = 63.55 g/mol and a vacancy formation energy of 0.90 eV/atom. How many vacancies are in 1.0 g of copper at 1000 °C?",
        NA / 63.55 * math.exp(-0.90 / (k * _k(1000))),
        "dimensionless",
    ),
    (
        "Silver has a density of 10.49 g/cm³ and an atomic weight of 107.87 g/mol. How many atomic sites are there per cubic metre?",
        10.49e6 * NA / 107.87,
        "1/m**3",
    ),
    (
        "For aluminium the vacancy formation energy is 0.75 eV. By how many times does the vacancy concentration change when it is cooled from 600 °C to 500 °C?",
        math.exp(-0.75 / k * (1 / _k(500) - 1 / _k(600))),
        "dimensionless",
    ),
    # --- ASTM grain size ---
    (
        "A micrograph at 100× shows 24 grains per square inch. What is the ASTM grain-size number?",
        1 + math.log2(24),
        "dimensionless",
    ),
    (
        "A steel has ASTM grain-size number 8. How many grains per square inch appear at 100×?",
        2**7,
        "1/inch**2",
    ),
    (
        "A steel with ASTM grain-size number 5 is photographed at 50×. How many grains per square inch are seen?",
        2**4 * (100 / 50) ** 2,
        "1/inch**2",
    ),
    (
        "At what magnification would a steel of ASTM grain-size number 7 show 16 grains per square inch?",
        100 * math.sqrt(2**6 / 16),
        "dimensionless",
    ),
    (
        "A steel has ASTM grain-size number 6. How many grains are there per square millimetre of the specimen's actual surface?",
        2**5 * 1e4 / 645.16,
        "1/mm**2",
    ),
    (
        "On a micrograph at 400× of a brass, 30 grains are counted per square inch. Give the ASTM grain-size number.",
        1 + math.log2(30 * (400 / 100) ** 2),
        "dimensionless",
    ),
    # --- dislocation density ---
    (
        "A cold-worked wire contains 3.5 × 10⁴ mm of dislocation line in 2.0 mm³. Express its dislocation density in mm⁻².",
        3.5e4 / 2.0,
        "1/mm**2",
    ),
    (
        "A metal has a dislocation density of 1.0 × 10¹⁴ m⁻². What total length of dislocation line, in km, is in 1.0 cm³ of it?",
        1e14 * 1e-6 / 1e3,
        "km",
    ),
    # --- diffusion coefficient and its inverses ---
    (
        "For zinc in copper D₀ = 2.4 × 10⁻⁵ m²/s and Q_d = 189 kJ/mol. Compute D at 1500 °F.",
        _d(2.4e-5, 189e3, (1500 - 32) / 1.8),
        "m**2/s",
    ),
    (
        "For an impurity in a metal D₀ = 1.2 × 10⁻⁴ m²/s and the activation energy is 2.0 eV/atom. Compute the diffusion coefficient at 900 °C in m²/s.",
        1.2e-4 * math.exp(-2.0 / (k * _k(900))),
        "m**2/s",
    ),
    (
        "For carbon in α-iron D₀ = 6.2 × 10⁻⁷ m²/s and Q = 19.2 kcal/mol. Find D at 500 °C.",
        6.2e-7 * math.exp(-19.2 * 4184 / (R * _k(500))),
        "m**2/s",
    ),
    (
        "For carbon in γ-iron D₀ = 0.23 cm²/s and Q = 148 kJ/mol. What is D at 1000 °C, in cm²/s?",
        0.23 * math.exp(-148e3 / (R * _k(1000))),
        "cm**2/s",
    ),
    (
        "Carbon in γ-iron has Q = 148 kJ/mol. By what factor is its diffusion coefficient larger at 1000 °C than at 800 °C?",
        math.exp(-148e3 / R * (1 / _k(1000) - 1 / _k(800))),
        "dimensionless",
    ),
    (
        "For zinc in copper D₀ = 2.4 × 10⁻⁵ m²/s and Q = 189 kJ/mol. At what temperature, in K, is D = 1.0 × 10⁻¹⁵ m²/s?",
        189e3 / (R * math.log(2.4e-5 / 1.0e-15)),
        "K",
    ),
    (
        "A solute has D₀ = 2.0 × 10⁻⁵ m²/s and D = 3.0 × 10⁻¹⁴ m²/s at 700 °C. Compute the activation energy for its diffusion in kJ/mol.",
        -R * _k(700) * math.log(3.0e-14 / 2.0e-5) / 1e3,
        "kJ/mol",
    ),
    (
        "The diffusion coefficient of a solute is 5.0 × 10⁻¹³ m²/s at 600 °C and 4.0 × 10⁻¹² m²/s at 700 °C. Estimate its diffusion coefficient at 800 °C.",
        5.0e-13
        * math.exp(
            math.log(4.0e-12 / 5.0e-13) / (1 / _k(600) - 1 / _k(700)) * (1 / _k(600) - 1 / _k(800))
        ),
        "m**2/s",
    ),
    (
        "D = 1.0 × 10⁻¹¹ cm²/s at 1100 K and 2.5 × 10⁻¹⁰ cm²/s at 1300 K. Find the activation energy in eV per atom.",
        k * math.log(25) / (1 / 1100 - 1 / 1300),
        "eV",
    ),
    (
        "For carbon in γ-iron D₀ = 2.3 × 10⁻⁵ m²/s and Q = 148 kJ/mol. Compute the diffusion coefficient at 950 °C in cm²/s.",
        _d(2.3e-5, 148e3, 950) * 1e4,
        "cm**2/s",
    ),
    # --- Fick's second law ---
    (
        "A 0.20 wt% C steel is carburised with its surface held at 1.00 wt% C; D = 1.6 × 10⁻¹¹ m²/s. At what depth, in mm, is the carbon content 0.60 wt% after 10 h?",
        2 * _Z05 * math.sqrt(1.6e-11 * 36000) * 1e3,
        "mm",
    ),
    (
        "A 0.20 wt% C steel is carburised with its surface held at 1.00 wt% C; D = 1.6 × 10⁻¹¹ m²/s. What is the carbon content, in wt%, 1.0 mm below the surface after 10 h?",
        0.20 + 0.80 * (1 - math.erf(1.0e-3 / (2 * math.sqrt(1.6e-11 * 36000)))),
        "percent",
    ),
    (
        "A 0.20 wt% C steel gear is carburised with its surface at 1.00 wt% C; D = 1.6 × 10⁻¹¹ m²/s. How many minutes are needed for 0.60 wt% C at a depth of 0.30 mm?",
        (0.30e-3 / (2 * _Z05)) ** 2 / 1.6e-11 / 60,
        "minute",
    ),
    (
        "A 0.20 wt% C steel gear is carburised at 950 °C with its surface at 1.00 wt% C (D₀ = 2.3 × 10⁻⁵ m²/s, Q = 148 kJ/mol). How long, in hours, until the carbon content at 0.020 in. depth reaches 0.60 wt%?",
        (0.020 * 0.0254 / (2 * _Z05)) ** 2 / _d(2.3e-5, 148e3, 950) / 3600,
        "hour",
    ),
    (
        "A 0.20 wt% C steel is carburised with its surface held at 1.00 wt% C; D = 1.6 × 10⁻⁷ cm²/s. How many hours for 0.60 wt% C at 0.5 mm depth?",
        (0.5e-3 / (2 * _Z05)) ** 2 / 1.6e-11 / 3600,
        "hour",
    ),
    (
        "A 0.20 wt% C steel is carburised with its surface at 1.00 wt% C for 10 h (D₀ = 2.3 × 10⁻⁵ m²/s, Q = 148 kJ/mol). At what temperature, in °C, does the content reach 0.60 wt% at a depth of 0.75 mm?",
        148e3 / (R * math.log(2.3e-5 / ((0.75e-3 / (2 * _Z05)) ** 2 / 36000))) - 273.15,
        "degC",
    ),
    # --- same case at another temperature ---
    (
        "A carburising cycle takes 10 h at 900 °C. At what temperature, in °C, would the same case take 5 h? Q = 148 kJ/mol.",
        1 / (1 / _k(900) + R / 148e3 * math.log(5 / 10)) - 273.15,
        "degC",
    ),
    (
        "Carburising for a fixed time at 900 °C gives a certain case depth. By what factor does the case depth grow if the same time is spent at 1000 °C? Q = 148 kJ/mol.",
        math.sqrt(math.exp(-148e3 / R * (1 / _k(1000) - 1 / _k(900)))),
        "dimensionless",
    ),
    (
        "A case is produced in 10 h at 900 °C. How long, in hours, would the same case take at 1600 °F? Q = 148 kJ/mol.",
        10 * math.exp(148e3 / R * (1 / _k((1600 - 32) / 1.8) - 1 / _k(900))),
        "hour",
    ),
    (
        "Carburising at 900 °C for 10 h gives a case 0.5 mm deep. How many hours at 900 °C give a case twice as deep?",
        40,
        "hour",
    ),
    (
        "A carburising cycle takes 10 h at 900 °C. By how many hours is it shortened if run at 1000 °C instead? Q = 148 kJ/mol.",
        10 - 10 * math.exp(148e3 / R * (1 / _k(1000) - 1 / _k(900))),
        "hour",
    ),
    # --- diffusion distance, Fick's first law ---
    (
        "A solute has D = 1.5 × 10⁻¹¹ cm²/s. Estimate its characteristic diffusion distance √(Dt) after 2 days, in µm.",
        math.sqrt(1.5e-15 * 2 * 86400) * 1e6,
        "micrometer",
    ),
    (
        "A solute has D = 1.5 × 10⁻¹⁵ m²/s. How many hours does it take for √(Dt) to reach 10 µm?",
        (10e-6) ** 2 / 1.5e-15 / 3600,
        "hour",
    ),
    (
        "A solute has D = 1.5 × 10⁻¹⁵ m²/s. Compute the diffusion length 2√(Dt) after 4 hours, in µm.",
        2 * math.sqrt(1.5e-15 * 4 * 3600) * 1e6,
        "micrometer",
    ),
    (
        "Hydrogen diffuses at steady state through a palladium sheet 0.20 in. thick with face concentrations 1.5 and 0.3 kg/m³ and D = 1.0 × 10⁻⁸ m²/s. Compute the flux in kg/(m²·s).",
        1.0e-8 * 1.2 / (0.20 * 0.0254),
        "kg/(m**2*s)",
    ),
    (
        "At steady state the hydrogen flux through a palladium sheet is 2.4 × 10⁻⁶ kg/(m²·s); the face concentrations are 1.5 and 0.3 kg/m³ and D = 1.0 × 10⁻⁸ m²/s. How thick is the sheet, in mm?",
        1.0e-8 * 1.2 / 2.4e-6 * 1e3,
        "mm",
    ),
    (
        "At steady state a flux of 2.4 × 10⁻⁶ kg/(m²·s) passes through a 5 mm sheet whose face concentrations are 1.5 and 0.3 kg/m³. Compute the diffusion coefficient.",
        2.4e-6 * 5e-3 / 1.2,
        "m**2/s",
    ),
    (
        "Nitrogen diffuses at steady state through a 2.0 mm iron plate; the concentrations at the faces are 2.0 × 10⁻³ and 5.0 × 10⁻⁴ g/cm³ and D = 6.0 × 10⁻¹¹ m²/s. Compute the flux in kg/(m²·s).",
        6.0e-11 * (2.0 - 0.5) / 2.0e-3,
        "kg/(m**2*s)",
    ),
    # --- stress and strain ---
    (
        "At an engineering strain of 0.12 a tensile specimen, not yet necked, carries an engineering stress of 65 ksi. What is the true stress in ksi?",
        65 * 1.12,
        "ksi",
    ),
    (
        "A tensile specimen, not yet necked, is at an engineering strain of 0.15. What is the true strain?",
        math.log(1.15),
        "dimensionless",
    ),
    (
        "Before necking a specimen is at a true stress of 517.5 MPa and an engineering strain of 0.15. Compute the engineering stress in MPa.",
        517.5 / 1.15,
        "MPa",
    ),
    (
        "A cylindrical rod of radius 6.0 mm carries a tensile load of 20 kN. Compute the engineering stress in MPa.",
        20e3 / (PI * 6.0e-3**2) / 1e6,
        "MPa",
    ),
    (
        "A tensile specimen 0.505 in. in diameter carries 10 000 lbf. Compute the engineering stress in psi.",
        10000 / (PI * 0.505**2 / 4),
        "psi",
    ),
    (
        "A tube of outer diameter 20 mm and inner diameter 16 mm carries an axial tensile load of 10 kN. What is the engineering stress in MPa?",
        10e3 / (PI / 4 * (20e-3**2 - 16e-3**2)) / 1e6,
        "MPa",
    ),
    (
        "A square bar 12 mm on a side carries a tensile load of 18 kN. Compute the engineering stress, in MPa.",
        18e3 / 144e-6 / 1e6,
        "MPa",
    ),
    (
        "A steel rod of radius 7.5 mm (E = 207 GPa, ν = 0.30) is loaded elastically in tension by 25 kN. By how many µm does its diameter decrease?",
        4 * 0.30 * 25e3 / (PI * 15e-3 * 207e9) * 1e6,
        "micrometer",
    ),
    (
        "A steel cylinder of diameter 15 mm (E = 207 GPa, ν = 0.30) is compressed elastically by a load of 25 kN. By how much does its diameter increase, in µm?",
        4 * 0.30 * 25e3 / (PI * 15e-3 * 207e9) * 1e6,
        "micrometer",
    ),
    (
        "What tensile load, in N, reduces the diameter of a 15 mm steel rod (E = 207 GPa, ν = 0.30) by 2.5 µm, elastically?",
        2.5e-6 * PI * 15e-3 * 207e9 / (4 * 0.30),
        "N",
    ),
    (
        "A steel rod 15 mm in diameter and 250 mm long (E = 207 GPa) is loaded elastically by 25 kN in tension. By how much does it lengthen, in mm?",
        25e3 * 250 / (PI * 7.5e-3**2 * 207e9),
        "mm",
    ),
    (
        "A steel rod 0.60 in. in diameter (E = 30 × 10⁶ psi, ν = 0.30) carries an elastic tensile load of 5000 lbf. By how much does its diameter decrease, in inches?",
        4 * 0.30 * 5000 / (PI * 0.60 * 30e6),
        "inch",
    ),
    (
        "A steel obeys σ_T = K ε_Tⁿ with K = 860 MPa and n = 0.21. What true stress, in MPa, is reached at a true strain of 0.10?",
        860 * 0.10**0.21,
        "MPa",
    ),
    (
        "An alloy obeys σ_T = K ε_Tⁿ with n = 0.15; a true stress of 415 MPa produces a true strain of 0.10. Compute K in MPa.",
        415 / 0.10**0.15,
        "MPa",
    ),
    (
        "A steel obeys σ_T = K ε_Tⁿ with K = 125 ksi and n = 0.21. What true stress, in ksi, is reached at a true strain of 0.10?",
        125 * 0.10**0.21,
        "ksi",
    ),
    (
        "A steel obeys σ_T = K ε_Tⁿ with K = 860 MPa and n = 0.21. What true stress, in MPa, is reached at an engineering strain of 0.25 (before necking)?",
        860 * math.log(1.25) ** 0.21,
        "MPa",
    ),
    (
        "A Brinell test with a 10 mm ball and a 3000 kg load leaves an indentation 4.20 mm in diameter. What is the Brinell hardness number?",
        _HB,
        "kg/mm**2",
    ),
    (
        "A Brinell test on a steel with a 10 mm ball and a 3000 kg load leaves a 4.20 mm indentation. Estimate the tensile strength in psi.",
        3.45 * _HB * 145.0377,
        "psi",
    ),
    (
        "A steel has a Brinell hardness of 300. Estimate its tensile strength in MPa.",
        3.45 * 300,
        "MPa",
    ),
    (
        "A Brinell test uses a 10 mm ball and a load of 29.42 kN; the indentation is 4.20 mm across. Estimate the tensile strength of the steel in MPa.",
        3.45 * 2 * (29.42e3 / 9.80665) / (PI * 10 * (10 - math.sqrt(100 - 4.2**2))),
        "MPa",
    ),
    (
        "For a low-carbon steel σ₀ = 70 MPa and k_y = 0.74 MPa·m^1/2. Compute its yield strength for a grain diameter of 25 µm.",
        70 + 0.74 / math.sqrt(25e-6),
        "MPa",
    ),
    (
        "For a low-carbon steel σ₀ = 70 MPa and k_y = 0.74 MPa·m^1/2. What grain diameter, in mm, gives a yield strength of 200 MPa?",
        (0.74 / 130) ** 2 * 1e3,
        "mm",
    ),
    (
        "A brass has a yield strength of 230 MPa at a grain diameter of 50 µm and 275 MPa at 8 µm. Estimate its yield strength at a grain diameter of 20 µm.",
        (lambda ky: 230 - ky / math.sqrt(50e-6) + ky / math.sqrt(20e-6))(
            45 / (1 / math.sqrt(8e-6) - 1 / math.sqrt(50e-6))
        ),
        "MPa",
    ),
    (
        "For a steel σ₀ = 70 MPa and k_y = 0.74 MPa·m^1/2. By how much, in MPa, does the yield strength rise when the grain diameter is reduced from 50 µm to 10 µm?",
        0.74 * (1 / math.sqrt(10e-6) - 1 / math.sqrt(50e-6)),
        "MPa",
    ),
    # --- cold work ---
    (
        "A rod is drawn from 0.25 in. to 0.20 in. in diameter. Compute the percent cold work.",
        (1 - (0.20 / 0.25) ** 2) * 100,
        "percent",
    ),
    (
        "A 10 mm diameter copper rod is to receive 35 % cold work by drawing. What must its final diameter be, in mm?",
        10 * math.sqrt(0.65),
        "mm",
    ),
    (
        "A wire is drawn from 10 mm to 8 mm and then from 8 mm to 6 mm in diameter without an anneal. What is the total percent cold work?",
        (1 - 0.36) * 100,
        "percent",
    ),
    (
        "A rod of radius 3.0 mm is drawn to a radius of 2.1 mm. Calculate the percent cold work.",
        (1 - 0.7**2) * 100,
        "percent",
    ),
    (
        "A 20 mm thick plate is cold rolled to 14 mm. What is the percent cold work?",
        30,
        "percent",
    ),
    # --- Schmid ---
    (
        "A zinc crystal is pulled along an axis at 48° to the slip-plane normal and 62° to the slip direction with a tensile stress of 2.0 MPa. What is the resolved shear stress on the slip system, in MPa?",
        2.0 * math.cos(math.radians(48)) * math.cos(math.radians(62)),
        "MPa",
    ),
    (
        "A crystal's tensile axis makes 48° with the slip-plane normal and 62° with the slip direction. Compute the Schmid factor.",
        math.cos(math.radians(48)) * math.cos(math.radians(62)),
        "dimensionless",
    ),
    (
        "A single crystal has a critical resolved shear stress of 0.85 MPa and yields at a tensile stress of 2.5 MPa; its axis makes 45° with the slip-plane normal. What angle, in degrees, does it make with the slip direction?",
        math.degrees(math.acos(0.85 / (2.5 * math.cos(math.radians(45))))),
        "degree",
    ),
    (
        "A crystal has a critical resolved shear stress of 120 psi. Its axis makes 48° with the slip-plane normal and 62° with the slip direction. What tensile stress, in psi, starts slip?",
        120 / (math.cos(math.radians(48)) * math.cos(math.radians(62))),
        "psi",
    ),
    # --- fracture ---
    (
        "A steel plate has K_Ic = 50 ksi·in^1/2 and a surface crack 2.0 mm deep. With Y = 1.0, what stress in MPa causes fracture?",
        50 * 1.0988 / math.sqrt(PI * 2.0e-3),
        "MPa",
    ),
    (
        "A plate with K_Ic = 55 MPa·√m contains an edge crack 1.5 mm deep with Y = 1.12. Find the fracture stress in MPa.",
        55 / (1.12 * math.sqrt(PI * 1.5e-3)),
        "MPa",
    ),
    (
        "A ceramic with K_Ic = 30 MPa·m^½ contains an internal crack 4 mm long in total. Taking Y = 1, estimate the fracture stress in MPa.",
        30 / math.sqrt(PI * 2e-3),
        "MPa",
    ),
    (
        "A plate with K_Ic = 40 MPa·√m is loaded to 300 MPa. With Y = 1.0, what is the total length, in mm, of the longest internal crack it can tolerate?",
        2 * (40 / 300) ** 2 / PI * 1e3,
        "mm",
    ),
    (
        "A plate with a surface crack 2.5 mm deep fractures at 400 MPa. Taking Y = 1.1, compute its plane-strain fracture toughness in MPa·m^1/2.",
        1.1 * 400 * math.sqrt(PI * 2.5e-3),
        "MPa*m**0.5",
    ),
    (
        "A component of a steel with σ_y = 1460 MPa and K_Ic = 55 MPa·√m is designed at half its yield strength and has edge cracks with Y = 1.12. What is the largest tolerable edge crack, in mm?",
        (55 / (1.12 * 730)) ** 2 / PI * 1e3,
        "mm",
    ),
    (
        "A steel with σ_y = 1460 MPa and K_Ic = 55 MPa·√m is designed at 60 % of its yield strength. With Y = 1.12, what is the largest tolerable edge crack, in inches?",
        (55 / (1.12 * 876)) ** 2 / PI / 0.0254,
        "inch",
    ),
    (
        "A glass has E = 70 GPa and γ_s = 0.30 J/m². By the Griffith criterion, find the critical stress for a surface crack 2 µm deep, in MPa.",
        math.sqrt(2 * 70e9 * 0.30 / (PI * 2e-6)) / 1e6,
        "MPa",
    ),
    (
        "A glass has E = 70 GPa and γ_s = 300 erg/cm². By the Griffith criterion, find the critical stress for an internal crack 4 µm long, in MPa.",
        math.sqrt(2 * 70e9 * 0.30 / (PI * 2e-6)) / 1e6,
        "MPa",
    ),
    (
        "A glass has E = 70 GPa and γ_s = 0.30 J/m². What is the longest internal crack, in µm, that it can hold without fracture at 50 MPa? (Griffith)",
        2 * 2 * 70e9 * 0.30 / (PI * (50e6) ** 2) * 1e6,
        "micrometer",
    ),
    # --- fatigue and creep ---
    (
        "A steel obeys σ_a = σ_f′(2N_f)^b with σ_f′ = 1100 MPa and b = −0.09. What stress amplitude, in MPa, gives a life of 10⁶ cycles?",
        1100 * (2e6) ** -0.09,
        "MPa",
    ),
    (
        "A shaft steel obeys σ_a = σ_f′(2N_f)^b with σ_f′ = 160 ksi and b = −0.09. How many cycles to failure at a stress amplitude of 58 ksi?",
        (58 / 160) ** (1 / -0.09) / 2,
        "dimensionless",
    ),
    (
        "A steel obeys σ_a = σ_f′(2N_f)^b with σ_f′ = 1100 MPa and b = −0.09. It is cycled fully reversed between +400 and −400 MPa. How many reversals to failure?",
        (400 / 1100) ** (1 / -0.09),
        "dimensionless",
    ),
    (
        "A steel obeys σ_a = σ_f′(2N_f)^b with σ_f′ = 1100 MPa and b = −0.09. It is cycled fully reversed with a stress range of 800 MPa. How many cycles to failure?",
        (400 / 1100) ** (1 / -0.09) / 2,
        "dimensionless",
    ),
    (
        "A nickel alloy at 140 MPa has a Larson–Miller parameter of 24 000 (T in K, t in h, C = 20). What is its rupture life at 800 °C, in hours?",
        10 ** (24000 / _k(800) - 20),
        "hour",
    ),
    (
        "A nickel alloy at 140 MPa has a Larson–Miller parameter of 24 000 (T in K, t in h, C = 20). At what temperature, in °C, does it last 1000 h?",
        24000 / (20 + 3) - 273.15,
        "degC",
    ),
    (
        "A creep specimen ruptures after 1000 h at 750 °C. Compute its Larson–Miller parameter with C = 20 (T in K, t in h).",
        _k(750) * (20 + 3),
        "dimensionless",
    ),
    # --- lever rule and steels ---
    (
        "A 2.5 kg forging of a 0.45 wt% C steel is cooled slowly. With the eutectoid at 0.76 wt% C and ferrite's limit 0.022 wt% C, what mass of proeutectoid ferrite forms, in kg?",
        2.5 * (0.76 - 0.45) / (0.76 - 0.022),
        "kg",
    ),
    (
        "A 0.45 wt% C steel is cooled slowly to just below the eutectoid. With cementite at 6.70 wt% C and ferrite at 0.022 wt% C, what is the mass fraction of total ferrite?",
        (6.70 - 0.45) / (6.70 - 0.022),
        "dimensionless",
    ),
    (
        "A 1.10 wt% C steel is cooled slowly to just below the eutectoid. With ferrite at 0.022 wt% C and cementite at 6.70 wt% C, what percentage of the steel is cementite in all?",
        (1.10 - 0.022) / (6.70 - 0.022) * 100,
        "percent",
    ),
    (
        "A 1.10 wt% C steel is cooled slowly from austenite. With the eutectoid at 0.76 wt% C and cementite at 6.70 wt% C, what mass fraction is pearlite?",
        (6.70 - 1.10) / (6.70 - 0.76),
        "dimensionless",
    ),
    (
        "A slowly cooled hypereutectoid steel contains 5.0 wt% proeutectoid cementite. With the eutectoid at 0.76 wt% C and cementite at 6.70 wt% C, what is its carbon content in wt%?",
        0.76 + 0.05 * (6.70 - 0.76),
        "percent",
    ),
    (
        "A 0.45 wt% C steel is slowly cooled. With the eutectoid at 0.76 wt% C and ferrite at 0.022 wt% C, what fraction of the steel is the ferrite inside pearlite (eutectoid ferrite)?",
        (6.70 - 0.45) / (6.70 - 0.022) - (0.76 - 0.45) / (0.76 - 0.022),
        "dimensionless",
    ),
    (
        "An A–50 wt% B alloy at 1280 °C has liquid of 42 wt% B and solid of 55 wt% B. What is the mass fraction of the solid?",
        (50 - 42) / (55 - 42),
        "dimensionless",
    ),
    (
        "A 3.0 kg Cu–35 wt% Ni alloy is at 1250 °C, where liquid of 32 wt% Ni coexists with α of 43 wt% Ni. What mass of liquid is present, in kg?",
        3.0 * (43 - 35) / (43 - 32),
        "kg",
    ),
    (
        "A Cu–35 wt% Ni alloy at 1250 °C consists of liquid of 32 wt% Ni and α of 43 wt% Ni. What is the ratio of the mass of α to the mass of liquid?",
        (35 - 32) / (43 - 35),
        "dimensionless",
    ),
    (
        "A Cu–60 wt% Ni alloy is held at 1250 °C, where liquid of 32 wt% Ni is in equilibrium with α of 43 wt% Ni. What mass fraction is liquid?",
        None,
        "dimensionless",
    ),
    # --- transformation kinetics and nucleation ---
    (
        "A recrystallisation follows Avrami kinetics with n = 2.5 and is half complete after 120 s. What fraction has recrystallised after 150 s?",
        1 - math.exp(math.log(0.5) * (150 / 120) ** 2.5),
        "dimensionless",
    ),
    (
        "A transformation follows y = 1 − exp(−k tⁿ) with k = 2.0 × 10⁻⁴ (t in seconds) and n = 2. How long, in s, until half has transformed?",
        math.sqrt(LN2 / 2.0e-4),
        "s",
    ),
    (
        "A transformation follows y = 1 − exp(−k tⁿ) with k = 2.0 × 10⁻⁴ (t in seconds) and n = 2. What percentage of austenite remains untransformed after 1.5 min?",
        math.exp(-2.0e-4 * 90**2) * 100,
        "percent",
    ),
    (
        "A recrystallisation follows Avrami kinetics with n = 2.5 and is half complete after 120 s. Compute the rate constant k (t in seconds).",
        LN2 / 120**2.5,
        "dimensionless",
    ),
    (
        "Nickel: γ = 0.255 J/m², ΔH_f = −2.53 × 10⁹ J/m³, T_m = 1455 °C. Compute the critical nucleus diameter, in nm, at a supercooling of 319 K.",
        2 * 2 * 0.255 * _k(1455) / (2.53e9 * 319) * 1e9,
        "nm",
    ),
    (
        "Nickel: γ = 0.255 J/m², ΔH_f = −2.53 × 10⁹ J/m³, T_m = 1455 °C. Compute the critical nucleus radius, in nm, at a supercooling of 574.2 °F.",
        2 * 0.255 * _k(1455) / (2.53e9 * 319) * 1e9,
        "nm",
    ),
    (
        "For homogeneous nucleation of a metal, by what factor does the activation free energy ΔG* fall when the undercooling is doubled?",
        4,
        "dimensionless",
    ),
    (
        "Iron is BCC with a = 0.2866 nm and T_m = 1538 °C; ΔH_f = −1.85 × 10⁹ J/m³ and γ = 0.204 J/m². How many atoms are in a critical nucleus at an undercooling of 295 K?",
        4 / 3 * PI * (2 * 0.204 * _k(1538) / (1.85e9 * 295)) ** 3 * 2 / (0.2866e-9) ** 3,
        "dimensionless",
    ),
    (
        "Copper: latent heat of fusion 13.05 kJ/mol, density 8.96 g/cm³, atomic weight 63.55 g/mol, interfacial energy 0.177 J/m², T_m = 1085 °C. Compute the critical radius, in nm, for homogeneous nucleation at 230 K undercooling.",
        2 * 0.177 * _k(1085) / (13.05e3 * 8.96e6 / 63.55 * 230) * 1e9,
        "nm",
    ),
    (
        "Gold: latent heat −1.16 × 10⁹ J/m³, interfacial energy 0.132 J/m², T_m = 1064 °C. Compute ΔG* for homogeneous nucleation at 230 K undercooling, in eV.",
        16 * PI * 0.132**3 * _k(1064) ** 2 / (3 * 1.16e9**2 * 230**2) / EV,
        "eV",
    ),
    (
        "A brass grows from 8 µm to 20 µm in 30 min at 650 °C. Assuming d² − d₀² = Kt, how many minutes from the start until the grains reach 40 µm?",
        (40**2 - 8**2) / ((20**2 - 8**2) / 30),
        "minute",
    ),
    (
        "A brass grows from 8 µm to 20 µm in 30 min at 650 °C. Assuming d² − d₀² = Kt, compute K in µm²/min.",
        (20**2 - 8**2) / 30,
        "micrometer**2/minute",
    ),
    (
        "Austenite quenched to 25 °C has M_s = 220 °C; with a Koistinen–Marburger constant of 0.011 K⁻¹, what percentage is martensite?",
        (1 - math.exp(-0.011 * 195)) * 100,
        "percent",
    ),
    (
        "A steel with M_s = 220 °C is quenched into oil at 60 °C. Using Koistinen–Marburger with 0.011 K⁻¹, what percentage of austenite is retained?",
        math.exp(-0.011 * 160) * 100,
        "percent",
    ),
    # --- electrical ---
    (
        "Intrinsic silicon (E_g = 1.11 eV) has a conductivity of 4.0 × 10⁻⁴ S/m at 300 K. Estimate its conductivity at 400 K.",
        4.0e-4 * math.exp(-1.11 / (2 * k) * (1 / 400 - 1 / 300)),
        "S/m",
    ),
    (
        "An intrinsic semiconductor has a conductivity of 2.2 S/m at 300 K and 14.0 S/m at 350 K. Estimate its band gap in eV.",
        2 * k * math.log(14.0 / 2.2) / (1 / 300 - 1 / 350),
        "eV",
    ),
    (
        "Intrinsic germanium (E_g = 0.67 eV) has a conductivity of 2.2 S/m at 300 K. Estimate its resistivity at 350 K in Ω·m.",
        1 / (2.2 * math.exp(-0.67 / (2 * k) * (1 / 350 - 1 / 300))),
        "ohm*m",
    ),
    (
        "Intrinsic silicon at room temperature: n_i = 1.0 × 10¹⁰ cm⁻³, μ_e = 1400 cm²/(V·s), μ_h = 500 cm²/(V·s). Compute its conductivity in S/m.",
        1e16 * EV * (0.14 + 0.05),
        "S/m",
    ),
    (
        "Silicon is doped n-type with 1.0 × 10²² donors per m³, all ionised; the electron mobility is 0.14 m²/(V·s). Compute the conductivity in S/m.",
        1e22 * EV * 0.14,
        "S/m",
    ),
    (
        "A metal has a Hall coefficient of −7.4 × 10⁻¹¹ m³/C. What is its free-electron density in m⁻³?",
        1 / (7.4e-11 * EV),
        "1/m**3",
    ),
    (
        "A metal has R_H = −7.4 × 10⁻¹¹ m³/C and a resistivity of 1.7 × 10⁻⁸ Ω·m. Compute the electron mobility in m²/(V·s).",
        7.4e-11 / 1.7e-8,
        "m**2/(V*s)",
    ),
    # --- magnetic ---
    (
        "Each iron atom carries 2.22 Bohr magnetons. With ρ = 7.87 g/cm³ and A = 55.85 g/mol, compute the saturation magnetisation of iron in A/m.",
        2.22 * MU_B * 7.87e6 * NA / 55.85,
        "A/m",
    ),
    (
        "Each cobalt atom carries 1.72 Bohr magnetons. With ρ = 8.90 g/cm³ and A = 58.93 g/mol, compute the saturation flux density of cobalt in tesla.",
        MU_0 * 1.72 * MU_B * 8.90e6 * NA / 58.93,
        "T",
    ),
    (
        "Nickel (ρ = 8.90 g/cm³, A = 58.69 g/mol) has a saturation magnetisation of 5.1 × 10⁵ A/m. How many Bohr magnetons does each atom carry?",
        5.1e5 / (MU_B * 8.90e6 * NA / 58.69),
        "dimensionless",
    ),
    (
        "Magnetite has a cubic cell of edge 0.839 nm with eight formula units; each Fe²⁺ gives 4 μ_B and the Fe³⁺ moments cancel. Compute the saturation magnetisation in A/m.",
        _MS_MAGNETITE,
        "A/m",
    ),
    (
        "Nickel ferrite, NiFe₂O₄, has a cubic cell of edge 0.834 nm with eight formula units; each Ni²⁺ gives 2 μ_B and the Fe³⁺ moments cancel. Compute the saturation magnetisation in A/m.",
        8 * 2 * MU_B / (0.834e-9) ** 3,
        "A/m",
    ),
    (
        "A solenoid of 400 turns wound over 0.25 m carries 2.2 A. What magnetic field strength H, in A/m, does it produce?",
        400 * 2.2 / 0.25,
        "A/m",
    ),
    (
        "A solenoid of 400 turns over 0.25 m carries 2.2 A in air (vacuum). What flux density, in mT, is inside it?",
        MU_0 * 400 * 2.2 / 0.25 * 1e3,
        "mT",
    ),
    (
        "A solenoid of 400 turns wound over 10 in. on an iron core of relative permeability 150 carries 2.2 A. Find the flux density inside the core in gauss.",
        150 * MU_0 * 400 * 2.2 / 0.254 * 1e4,
        "gauss",
    ),
    (
        "A solenoid of 400 turns over 0.25 m on a core of relative permeability 150 carries 2.2 A. What is the magnetisation of the core, in A/m?",
        149 * 400 * 2.2 / 0.25,
        "A/m",
    ),
    (
        "Aluminium has a volume susceptibility of 2.1 × 10⁻⁵. A field of 1.2 × 10⁵ A/m is applied. Compute the flux density inside it in tesla.",
        MU_0 * (1 + 2.1e-5) * 1.2e5,
        "T",
    ),
    (
        "A magnet's demagnetisation curve runs straight from B_r = 12 kG to H_c = −11.3 kOe. Estimate its maximum energy product in kJ/m³.",
        1.2 * _HC_KOE / 4 / 1e3,
        "kJ/m**3",
    ),
    (
        "A magnet's demagnetisation curve is a straight line from B_r = 1.2 T to H_c = −900 kA/m. At what flux density, in T, is its energy product largest?",
        0.6,
        "T",
    ),
    # --- optical ---
    (
        "A semiconductor absorbs light only at wavelengths shorter than 1550 nm. What is its band gap, in eV?",
        H * C / 1550e-9 / EV,
        "eV",
    ),
    (
        "Gallium arsenide has a band gap of 1.42 eV. What is the frequency, in Hz, of a photon whose energy equals the gap?",
        1.42 * EV / H,
        "Hz",
    ),
    (
        "A laser emits 5.0 mW at 0.6328 µm. How many photons leave it per second?",
        5.0e-3 / (H * C / 632.8e-9),
        "1/s",
    ),
    (
        "A laser emits 5.0 mW of light at 632.8 nm. What is the energy of one photon, in eV?",
        H * C / 632.8e-9 / EV,
        "eV",
    ),
    (
        "A source emits 3.0 × 10¹⁶ photons per second at 532 nm. What is its optical power, in mW?",
        3.0e16 * H * C / 532e-9 * 1e3,
        "mW",
    ),
    (
        "A step-index fibre has a core index of 1.48 and a cladding index of 1.46. What is its numerical aperture?",
        math.sqrt(1.48**2 - 1.46**2),
        "dimensionless",
    ),
    (
        "A step-index fibre has core index 1.48 and cladding index 1.46 and is immersed in water (n = 1.33). What is the maximum acceptance half-angle, in degrees?",
        math.degrees(math.asin(math.sqrt(1.48**2 - 1.46**2) / 1.33)),
        "degree",
    ),
    (
        "A step-index fibre has core index 1.48 and cladding index 1.46. What is the critical angle, in degrees, at the core–cladding boundary?",
        math.degrees(math.asin(1.46 / 1.48)),
        "degree",
    ),
    (
        "Light in water (n = 1.33) falls normally on a glass of n = 1.52. What fraction is reflected?",
        ((1.52 - 1.33) / (1.52 + 1.33)) ** 2,
        "dimensionless",
    ),
    (
        "A glass of index 1.52 is in air. What fraction of normally incident light is transmitted through its first surface?",
        1 - ((1.52 - 1) / (1.52 + 1)) ** 2,
        "dimensionless",
    ),
    (
        "Light travels at 2.0 × 10⁸ m/s in a transparent solid. What is its index of refraction?",
        C / 2.0e8,
        "dimensionless",
    ),
    (
        "A transparent non-magnetic solid has a refractive index of 1.5. What is its relative permittivity at optical frequencies?",
        2.25,
        "dimensionless",
    ),
    (
        "A glass plate of n = 1.52 is in air. What percentage of normally incident light is reflected by its first surface, and what by the plate as a whole counting both faces?",
        None,
        "percent",
    ),
    # --- thermal ---
    (
        "An aluminium bar 8.2 ft long (α = 13.1 × 10⁻⁶ °F⁻¹) is heated from 60 °F to 250 °F. By how much does it lengthen, in inches?",
        13.1e-6 * 8.2 * 12 * 190,
        "inch",
    ),
    (
        "An aluminium rod 2.500 m long at 15 °C (α = 23.6 × 10⁻⁶ °C⁻¹) is heated to 120 °C. What is its final length in m?",
        2.5 * (1 + 23.6e-6 * 105),
        "m",
    ),
    (
        "A copper bar 1.5 m long (α = 17 × 10⁻⁶ °C⁻¹) is cooled from 200 °C to 20 °C. By how much does it shorten, in mm?",
        17e-6 * 1.5 * 180 * 1e3,
        "mm",
    ),
    (
        "A steel rod (E = 30 × 10⁶ psi, α = 6.5 × 10⁻⁶ °F⁻¹) is held between rigid walls and heated by 100 °F. What thermal stress develops, in psi (magnitude)?",
        30e6 * 6.5e-6 * 100,
        "psi",
    ),
    (
        "A brass rod (E = 97 GPa, α = 20 × 10⁻⁶ °C⁻¹) is clamped rigidly at 20 °C. To what temperature, in °C, can it be heated before the compressive stress reaches 100 MPa?",
        20 + 100e6 / (97e9 * 20e-6),
        "degC",
    ),
    (
        "A dense alumina has σ_f = 300 MPa, E = 380 GPa and α = 8.0 × 10⁻⁶ K⁻¹. Using ΔT = σ_f/(Eα), estimate the largest quench it survives, in K.",
        300e6 / (380e9 * 8.0e-6),
        "K",
    ),
    (
        "How much heat, in Btu, raises 11 lb of copper (c_p = 386 J/(kg·K)) from 20 °C to 180 °C?",
        11 * 0.45359237 * 386 * 160 / 1055.056,
        "Btu",
    ),
    (
        "A 500 g block of copper (c_p = 0.092 cal/(g·°C)) is heated from 25 °C to 125 °C. How much heat does it absorb, in kJ?",
        500 * 0.092 * 4.184 * 100 / 1e3,
        "kJ",
    ),
    (
        "A 2.0 kg copper casting (c_p = 386 J/(kg·K)) absorbs 100 kJ. By how many degrees does its temperature rise?",
        100e3 / (2.0 * 386),
        "delta_degC",
    ),
    (
        "500 g of copper (molar heat capacity 24.5 J/(mol·K), A = 63.55 g/mol) is heated by 100 K. How much heat does it take, in kJ?",
        500 / 63.55 * 24.5 * 100 / 1e3,
        "kJ",
    ),
    # --- polymers ---
    (
        "A polystyrene has a number-average molecular weight of 300 000 g/mol. What is its degree of polymerisation?",
        300000 / 104.15,
        "dimensionless",
    ),
    (
        "A poly(vinyl chloride) has a degree of polymerisation of 1500. What is its number-average molecular weight, in g/mol?",
        1500 * 62.50,
        "g/mol",
    ),
    (
        "Polypropylene has a number-average molecular weight of 1.0 × 10⁶ g/mol. Compute its degree of polymerisation.",
        1.0e6 / 42.08,
        "dimensionless",
    ),
    (
        "A PTFE has a number-average molecular weight of 500 000 g/mol. Calculate its degree of polymerisation.",
        500000 / 100.02,
        "dimensionless",
    ),
    (
        "Polyethylene is 0.998 g/cm³ when fully crystalline and 0.870 g/cm³ when amorphous. What density, in g/cm³, has a sample of 60 % crystallinity?",
        1 / (0.60 / 0.998 + 0.40 / 0.870),
        "g/cm**3",
    ),
    (
        "A random styrene–butadiene copolymer has M̄_n = 350 000 g/mol and a degree of polymerisation of 5 000. What fraction of its repeat units are butadiene?",
        1 - (70 - 54.09) / (104.15 - 54.09),
        "dimensionless",
    ),
    (
        "An ethylene–propylene random copolymer has M̄_n = 350 000 g/mol and a degree of polymerisation of 10 000. What fraction of its repeat units are propylene?",
        (35 - 28.05) / (42.08 - 28.05),
        "dimensionless",
    ),
    (
        "A linear polypropylene has M̄_n = 280 000 g/mol. With a C–C bond length of 0.154 nm and a random walk of backbone bonds, estimate the average end-to-end distance in nm.",
        0.154 * math.sqrt(2 * 280000 / 42.08),
        "nm",
    ),
    # --- composites and ceramics ---
    (
        "Carbon fibres of diameter 7.0 µm and tensile strength 3.5 GPa have a critical length of 0.70 mm in an epoxy. What is the fibre–matrix bond strength, in MPa?",
        3500 * 7.0e-6 / (2 * 0.70e-3),
        "MPa",
    ),
    (
        "Carbon fibres of radius 3.5 µm and tensile strength 3.5 GPa are in an epoxy with a bond strength of 20 MPa. Compute the critical fibre length in mm.",
        3500 * 7.0e-6 / (2 * 20) * 1e3,
        "mm",
    ),
    (
        "An aligned composite has 40 vol% fibres (E = 230 GPa) in epoxy (E = 3.1 GPa). What is its elastic modulus along the fibres, in GPa?",
        0.4 * 230 + 0.6 * 3.1,
        "GPa",
    ),
    (
        "An aligned composite has 40 vol% fibres (E = 230 GPa) in epoxy (E = 3.1 GPa). What is its elastic modulus transverse to the fibres, in GPa?",
        1 / (0.4 / 230 + 0.6 / 3.1),
        "GPa",
    ),
    (
        "An aluminium alloy (E = 69 GPa) holds 30 vol% aligned boron fibres (E = 400 GPa). Loaded along the fibres, what percentage of the load does the matrix carry?",
        0.7 * 69 / (0.7 * 69 + 0.3 * 400) * 100,
        "percent",
    ),
    (
        "An aluminium alloy (E = 69 GPa) holds 30 vol% aligned boron fibres (E = 400 GPa). Loaded along the fibres, what is the ratio of the load on the fibres to that on the matrix?",
        0.3 * 400 / (0.7 * 69),
        "dimensionless",
    ),
    (
        "Fully dense alumina has E = 393 GPa. With E = E₀(1 − 1.9P + 0.9P²), what is E at 10 vol% porosity, in GPa?",
        393 * (1 - 0.19 + 0.009),
        "GPa",
    ),
    (
        "A rectangular bar of silicon nitride (b = 10 mm, d = 5.0 mm, span 40 mm) breaks at 1250 N in three-point bending. What is its flexural strength, in MPa?",
        3 * 1250 * 40 / (2 * 10 * 25),
        "MPa",
    ),
    (
        "A round rod of alumina 5.0 mm in diameter breaks at 300 N in three-point bending over a 40 mm span. Compute its flexural strength, in MPa.",
        300 * 40 / (PI * 2.5**3),
        "MPa",
    ),
    (
        "A silicon nitride bar of flexural strength 300 MPa, width 0.40 in., thickness 0.20 in., is loaded in three-point bending over a 1.6 in. span. What load, in lbf, breaks it?",
        2 * 300 * 145.0377 * 0.40 * 0.20**2 / (3 * 1.6),
        "lbf",
    ),
    (
        "The ionic radii of Cs⁺ and Cl⁻ are 0.170 nm and 0.181 nm. Predict the cation's coordination number from the radius ratio.",
        8,
        "dimensionless",
    ),
    (
        "The ionic radii of Zn²⁺ and S²⁻ are 0.060 nm and 0.184 nm. Predict the cation's coordination number from the radius ratio.",
        4,
        "dimensionless",
    ),
    (
        "MgO has the rock-salt structure; r(Mg²⁺) = 0.072 nm, r(O²⁻) = 0.140 nm, A(Mg) = 24.31 and A(O) = 16.00 g/mol. Assuming the ions touch along the cube edge, compute its density in g/cm³.",
        4 * (24.31 + 16.00) / (NA * (2 * 0.212e-7) ** 3),
        "g/cm**3",
    ),
    (
        "CsCl has the cesium chloride structure with r(Cs⁺) = 0.170 nm and r(Cl⁻) = 0.181 nm; A(Cs) = 132.91 and A(Cl) = 35.45 g/mol. Assuming the ions touch along the cube diagonal, compute its density in g/cm³.",
        (132.91 + 35.45) / (NA * (2 * 0.351e-7 / math.sqrt(3)) ** 3),
        "g/cm**3",
    ),
    # --- corrosion ---
    (
        "A zinc anode delivers a steady 2.5 A. How many hours does it take to consume 100 g of zinc (A = 65.38 g/mol, Zn → Zn²⁺ + 2e⁻)?",
        100 * 2 * F / (65.38 * 2.5) / 3600,
        "hour",
    ),
    (
        "What constant current, in A, deposits 10.0 g of copper (A = 63.55 g/mol, Cu²⁺ + 2e⁻ → Cu) in 2.0 h?",
        10.0 * 2 * F / (63.55 * 7200),
        "A",
    ),
    (
        "Aluminium dissolves as Al³⁺ (A = 26.98 g/mol) at a steady current of 1.5 A. What mass, in g, is lost in 24 h?",
        1.5 * 86400 * 26.98 / (3 * F),
        "g",
    ),
    (
        "A 0.5 m² steel surface corrodes (Fe → Fe²⁺, A = 55.85 g/mol) at a current density of 0.35 A/m². What mass of iron, in kg, is lost in one year (365 days)?",
        0.35 * 0.5 * 365 * 86400 * 55.85 / (2 * F) / 1e3,
        "kg",
    ),
    (
        "A steel coupon with 100 in.² exposed and density 7.9 g/cm³ lost 485 g in one year. Express the corrosion penetration rate in mils per year.",
        485 / (7.9 * 645.16) * 10 / 0.0254,
        "thou/year",
    ),
    (
        "Iron (ρ = 7.87 g/cm³, A = 55.85 g/mol) corrodes as Fe³⁺ at 0.35 A/m². What is the penetration rate, in mm/yr?",
        0.35 * 55.85 / (3 * F * 7.87e6) * 365.25 * 86400 * 1e3,
        "mm/year",
    ),
    (
        "A steel plate (ρ = 7.9 g/cm³) of 0.20 m² corrodes uniformly at 0.95 mm/yr. What mass, in g, does it lose in one year?",
        0.95e-3 * 0.20 * 7.9e6,
        "g",
    ),
    (
        "A metal's anodic dissolution follows η = β log(i/i₀) with β = 0.10 V/decade and i₀ = 1.0 × 10⁻⁷ A/cm². What overvoltage, in V, gives 1.0 × 10⁻⁵ A/cm²?",
        0.20,
        "V",
    ),
    (
        "A metal's anodic dissolution follows η = β log(i/i₀) with β = 0.10 V/decade. If the overvoltage is 0.15 V at 3.16 × 10⁻⁶ A/cm², what is the exchange current density in A/cm²?",
        3.16e-6 / 10**1.5,
        "A/cm**2",
    ),
]


def _wt_sn(x_at: float) -> float:
    return x_at * 118.71 / (x_at * 118.71 + (100 - x_at) * 207.2) * 100


QUESTIONS += [
    # --- two asks in one sentence ---
    (
        "Iron is BCC with a = 0.2866 nm and A = 55.85 g/mol. Compute its density in g/cm³ and its atomic packing factor.",
        None,
        "g/cm**3",
    ),
    (
        "A specimen, not yet necked, is at an engineering strain of 0.15 and an engineering stress of 450 MPa. What are the true stress, in MPa, and the true strain?",
        None,
        "MPa",
    ),
    (
        "Nickel atoms carry 0.60 Bohr magneton each; ρ = 8.90 g/cm³ and A = 58.69 g/mol. Find the saturation magnetisation in A/m and the saturation flux density in tesla.",
        None,
        "A/m",
    ),
    (
        "A zinc anode delivers 2.5 A for 8 h (A = 65.38 g/mol, Zn → Zn²⁺ + 2e⁻). What mass of zinc is consumed, and how many moles of electrons pass?",
        None,
        "g",
    ),
    # --- an added datum the simple relation ignores ---
    (
        "An aluminium block (α_l = 23.6 × 10⁻⁶ °C⁻¹) is heated from 15 °C to 120 °C. By what percentage does its volume increase?",
        3 * 23.6e-6 * 105 * 100,
        "percent",
    ),
    (
        "A 2.0 m steel rail (E = 207 GPa, α = 12 × 10⁻⁶ °C⁻¹) is laid at 20 °C with a gap of 0.50 mm at its end before a rigid stop. What compressive stress, in MPa, develops when it is heated to 60 °C?",
        207e3 * (12e-6 * 40 * 2.0 - 0.50e-3) / 2.0,
        "MPa",
    ),
    (
        "A round bar 10 mm in diameter carries a load of 2000 kgf. Compute the engineering stress in MPa.",
        2000 * 9.80665 / (PI * 5e-3**2) / 1e6,
        "MPa",
    ),
    (
        "Iron at 1000 °C has a cubic lattice parameter of 0.3647 nm and an atomic weight of 55.85 g/mol. Calculate its density at that temperature in g/cm³.",
        4 * 55.85 / (NA * (0.3647e-7) ** 3),
        "g/cm**3",
    ),
    (
        "γ-iron has a lattice parameter of 0.3647 nm. Compute the planar density of its (110) plane, in atoms per nm².",
        2 / (math.sqrt(2) * 0.3647**2),
        "1/nm**2",
    ),
    (
        "A 1.10 wt% C steel is slowly cooled from the austenite field. With the eutectoid at 0.76 wt% C and ferrite at 0.022 wt% C, what is the mass fraction of proeutectoid ferrite?",
        None,
        "dimensionless",
    ),
    (
        "A 0.45 wt% C steel is slowly cooled. With the eutectoid at 0.76 wt% C and cementite at 6.70 wt% C, what is the mass fraction of proeutectoid cementite?",
        None,
        "dimensionless",
    ),
    (
        "A recrystallisation follows Avrami kinetics with n = 2.5; 75 % has recrystallised after 120 s. How long, in s, until 90 % has recrystallised?",
        120 * (math.log(0.1) / math.log(0.25)) ** (1 / 2.5),
        "s",
    ),
    (
        "A recrystallisation follows Avrami kinetics with n = 2.5; 25 % has recrystallised after 60 s. How long, in s, until half has recrystallised?",
        60 * (math.log(0.5) / math.log(0.75)) ** (1 / 2.5),
        "s",
    ),
    (
        "A brass grows from 8 µm to 20 µm in 30 min at 650 °C. Assuming d³ − d₀³ = Kt, what grain diameter, in µm, is reached after 3 h?",
        (8**3 + (20**3 - 8**3) * 6) ** (1 / 3),
        "micrometer",
    ),
    (
        "Silicon doped n-type with 1.0 × 10²² phosphorus atoms per m³ has a conductivity of 224 S/m at 300 K (extrinsic region). Using E_g = 1.11 eV, estimate its conductivity at 350 K as if it were intrinsic.",
        None,
        "S/m",
    ),
    (
        "A steel coupon 10 cm × 5 cm, exposed on both faces (edges negligible), of density 7.9 g/cm³, loses 2.0 g in 30 days. Compute the corrosion penetration rate in mm/yr.",
        2.0 / (7.9 * 100) * 10 * 365 / 30,
        "mm/year",
    ),
    (
        "An aligned composite has 40 wt% glass fibres (E = 72 GPa, ρ = 2.50 g/cm³) in polyester (E = 3.0 GPa, ρ = 1.20 g/cm³). Estimate its longitudinal modulus in GPa.",
        (lambda vf: vf * 72 + (1 - vf) * 3.0)((0.4 / 2.5) / (0.4 / 2.5 + 0.6 / 1.2)),
        "GPa",
    ),
    (
        "A composite holds 40 vol% short glass fibres oriented at random in three dimensions (E_f = 72 GPa, E_m = 3.0 GPa). Estimate its elastic modulus in GPa.",
        None,
        "GPa",
    ),
    (
        "An aluminium casting of 2.0 kg (c_p = 900 J/(kg·K), melting point 660 °C) is heated from 20 °C to 800 °C. How much heat is needed, in kJ?",
        None,
        "kJ",
    ),
    (
        "For carbon in γ-iron D₀ = 2.3 × 10⁻⁵ m²/s and Q = 148 kJ/mol. Compute D in solid iron at 1650 °C.",
        None,
        "m**2/s",
    ),
    (
        "The vacancy formation energy of copper (melting point 1085 °C) is 0.90 eV/atom. What fraction of lattice sites is vacant in solid copper at 1250 °C?",
        None,
        "dimensionless",
    ),
    (
        "A Pb–40 at% Sn alloy at 200 °C consists of α of 18 at% Sn and liquid of 56 at% Sn. What is the mass fraction of liquid?",
        (_wt_sn(40) - _wt_sn(18)) / (_wt_sn(56) - _wt_sn(18)),
        "dimensionless",
    ),
    (
        "A rod is drawn from 10 mm to 8 mm in diameter. By what percentage is its diameter reduced?",
        20,
        "percent",
    ),
    (
        "A rod is drawn from 10 mm to 8 mm in diameter. What true strain does it undergo along its axis?",
        2 * math.log(10 / 8),
        "dimensionless",
    ),
    (
        "For a steel σ₀ = 10 ksi and k_y = 0.68 ksi·in^1/2. Compute its yield strength in ksi for a grain diameter of 0.001 in.",
        10 + 0.68 / math.sqrt(0.001),
        "ksi",
    ),
    (
        "A zinc crystal has a critical resolved shear stress of 0.85 MPa. The tensile axis makes 48° with the slip-plane normal and 28° with the slip plane's trace along the slip direction. At what applied stress does it yield?",
        None,
        "MPa",
    ),
    (
        "A nickel alloy at 140 MPa has a Larson–Miller parameter of 24 000 (T in K, t in h, C = 20). What is its rupture life at 750 °C, in minutes?",
        10 ** (24000 / _k(750) - 20) * 60,
        "minute",
    ),
    (
        "Copper is FCC with a density of 8.96 g/cm³ and an atomic weight of 63.55 g/mol. Compute its atomic radius in nm.",
        math.sqrt(2) / 4 * (4 * 63.55 / (NA * 8.96)) ** (1 / 3) * 1e7,
        "nm",
    ),
    (
        "Copper has a density of 8.96 g/cm³ and an atomic weight of 63.55 g/mol. Compute its lattice parameter in nm.",
        (4 * 63.55 / (NA * 8.96)) ** (1 / 3) * 1e7,
        "nm",
    ),
    (
        "Iron is BCC with a density of 7.87 g/cm³ and A = 55.85 g/mol. What is the distance, in nm, between nearest-neighbour atom centres?",
        math.sqrt(3) / 2 * (2 * 55.85 / (NA * 7.87)) ** (1 / 3) * 1e7,
        "nm",
    ),
    (
        "In a cubic metal with a = 0.3615 nm, what is the spacing of the (220) planes in nm?",
        0.3615 / math.sqrt(8),
        "nm",
    ),
    (
        "Copper (FCC, a = 0.3615 nm) is examined with radiation of 0.15406 nm. At what diffraction angle 2θ, in degrees, does the (111) reflection appear?",
        2 * math.degrees(math.asin(0.15406 / (2 * 0.3615 / math.sqrt(3)))),
        "degree",
    ),
    (
        "Copper (FCC, a = 0.3615 nm) is examined with radiation of 0.15406 nm. At what Bragg angle θ, in degrees, does the (200) reflection appear?",
        math.degrees(math.asin(0.15406 / (2 * 0.3615 / 2))),
        "degree",
    ),
    (
        "Intrinsic silicon: n_i = 1.0 × 10¹⁶ m⁻³ at room temperature, μ_e = 0.14 and μ_h = 0.05 m²/(V·s). What is the resistance, in Ω, of a bar 10 mm long with a 1.0 mm² cross-section?",
        1 / (1e16 * EV * 0.19) * 10e-3 / 1e-6,
        "ohm",
    ),
    (
        "A copper wire 100 m long and 1.0 mm in diameter has a resistivity of 1.7 × 10⁻⁸ Ω·m. What is its resistance, in Ω?",
        1.7e-8 * 100 / (PI * 0.5e-3**2),
        "ohm",
    ),
    (
        "A copper wire 100 m long and 1.0 mm in radius has a resistivity of 1.7 × 10⁻⁸ Ω·m. What is its resistance, in Ω?",
        1.7e-8 * 100 / (PI * 1.0e-3**2),
        "ohm",
    ),
    (
        "A glass of n = 1.52 has a plate 10 mm thick with an absorption coefficient of 0.05 cm⁻¹. Neglecting reflection, what fraction of normally incident light passes through?",
        math.exp(-0.05 * 1.0),
        "dimensionless",
    ),
    (
        "Gallium arsenide has a band gap of 1.42 eV at 300 K. How many nm longer is its absorption-edge wavelength than that of a material with a 1.52 eV gap?",
        (H * C / EV) * (1 / 1.42 - 1 / 1.52) * 1e9,
        "nm",
    ),
    (
        "A steel with K_Ic = 50 MPa·√m is to carry 250 MPa with a factor of safety of 2 on stress. With Y = 1.0, what is the largest surface crack, in mm?",
        (50 / (1.0 * 500)) ** 2 / PI * 1e3,
        "mm",
    ),
    (
        "A bar of steel with a yield strength of 345 MPa must carry 50 kN with a factor of safety of 2. What is the least diameter, in mm?",
        math.sqrt(4 * 50e3 / (PI * 345e6 / 2)) * 1e3,
        "mm",
    ),
    (
        "A bar of steel with a yield strength of 50 ksi must carry 11 000 lbf without yielding. What is its least diameter, in inches?",
        math.sqrt(4 * 11000 / (PI * 50000)),
        "inch",
    ),
    (
        "A cylinder of aluminium (E = 69 GPa) 250 mm long and 12 mm in diameter is loaded elastically by 25 kN in compression. By how much does it shorten, in mm?",
        25e3 * 250 / (PI * 6e-3**2 * 69e9),
        "mm",
    ),
    (
        "A Cu–35 wt% Ni alloy at 1250 °C is 72.7 % liquid; the α phase holds 43 wt% Ni. What is the Ni content of the liquid, in wt%?",
        43 - (43 - 35) / 0.727,
        "percent",
    ),
    (
        "The percent crystallinity of a polyethylene film is 46.4 %; fully crystalline PE is 0.998 g/cm³ and the film is 0.925 g/cm³. What is the density of totally amorphous PE, in g/cm³?",
        (lambda x: (1 - x) / (1 / 0.925 - x / 0.998))(0.464),
        "g/cm**3",
    ),
]

QUESTIONS += [
    # --- Given/Find sheets, blanks, numbers in words ---
    (
        "Given: D₀ = 2.3 × 10⁻⁵ m²/s; Q = 148 kJ/mol; T = 950 °C. Find: D = ____ m²/s",
        _d(2.3e-5, 148e3, 950),
        "m**2/s",
    ),
    (
        "Given: σ_f′ = 1100 MPa, b = −0.09, σ_a = 400 MPa (Basquin, σ_a = σ_f′(2N_f)^b). Find: N_f = ____ cycles",
        (400 / 1100) ** (1 / -0.09) / 2,
        "dimensionless",
    ),
    (
        "Given: n = 1.52 (glass in air, normal incidence). Find: R = ____ %",
        ((1.52 - 1) / (1.52 + 1)) ** 2 * 100,
        "percent",
    ),
    (
        "Given: M̄_n = 85 000 g/mol, poly(methyl methacrylate). Find: DP = ____",
        85000 / 100.12,
        "dimensionless",
    ),
    (
        "The load on a round bar stays the same while its diameter is halved. By what factor does the engineering stress change?",
        4,
        "dimensionless",
    ),
    (
        "If the carburising time at a fixed temperature is doubled, by what factor does the case depth grow?",
        math.sqrt(2),
        "dimensionless",
    ),
    (
        "For carbon in γ-iron Q = 148 kJ/mol. To what temperature, in °C, must a furnace at 800 °C be raised so that D grows by an order of magnitude?",
        1 / (1 / _k(800) - R * math.log(10) / 148e3) - 273.15,
        "degC",
    ),
    (
        "A steel with K_Ic = 60 MPa·√m holds a surface crack 1.0 mm deep (Y = 1.1). If the crack grows to four times that depth, what stress, in MPa, then causes fracture?",
        60 / (1.1 * math.sqrt(PI * 4.0e-3)),
        "MPa",
    ),
    # --- other units ---
    (
        "Aluminium has a volume susceptibility of 2.1 × 10⁻⁵. A field of 1500 Oe is applied. Compute its magnetisation in A/m.",
        2.1e-5 * 1500 * 1e3 / (4 * PI),
        "A/m",
    ),
    (
        "A round bar 0.50 in. in diameter carries 5 kip in tension. What is the engineering stress, in ksi?",
        5 / (PI * 0.25**2),
        "ksi",
    ),
    (
        "A 10 lb copper part (c_p = 0.092 Btu/(lb·°F)) is heated from 70 °F to 300 °F. How much heat does it take, in Btu?",
        10 * 0.092 * 230,
        "Btu",
    ),
    (
        "A glass (σ_f = 10 ksi, E = 10 × 10⁶ psi, α = 5.0 × 10⁻⁶ °F⁻¹, ν = 0.23) is quenched. Estimate the largest temperature drop it survives, in °F.",
        10e3 * (1 - 0.23) / (10e6 * 5.0e-6),
        "delta_degF",
    ),
    (
        "A metal has R_H = −7.4 × 10⁻¹¹ m³/C and a conductivity of 5.9 × 10⁵ (Ω·cm)⁻¹. Compute its electron mobility in m²/(V·s).",
        7.4e-11 * 5.9e7,
        "m**2/(V*s)",
    ),
    (
        "For carbon in γ-iron D₀ = 2.3 × 10⁻⁵ m²/s and Q = 148 kJ/mol. Compute D at 950 °C in µm²/h.",
        _d(2.3e-5, 148e3, 950) * 1e12 * 3600,
        "micrometer**2/hour",
    ),
    (
        "A steel coupon (ρ = 7.9 g/cm³, 100 in.² exposed) lost 485 g in one year. Express its penetration rate in inches per year.",
        485 / (7.9 * 645.16) / 2.54,
        "inch/year",
    ),
    (
        "The vacancy formation energy of copper is 0.90 eV/atom. How many vacancies are there per mole of copper at 1000 °C?",
        NA * math.exp(-0.90 / (k * _k(1000))),
        "1/mol",
    ),
    # --- other species, other phase, other ask ---
    (
        "CaF₂ has r(Ca²⁺) = 0.100 nm and r(F⁻) = 0.133 nm. Using the radius ratio, predict the coordination number of the fluoride anion.",
        4,
        "dimensionless",
    ),
    (
        "KCl has the rock-salt structure with r(K⁺) = 0.138 nm and r(Cl⁻) = 0.181 nm. Assuming the ions touch along the cube edge, what is its lattice parameter, in nm?",
        2 * (0.138 + 0.181),
        "nm",
    ),
    (
        "KCl has the rock-salt structure with r(K⁺) = 0.138 nm and r(Cl⁻) = 0.181 nm; A(K) = 39.10 and A(Cl) = 35.45 g/mol. Assuming the ions touch along the cube edge, compute its density in g/cm³.",
        4 * (39.10 + 35.45) / (NA * (2 * 0.319e-7) ** 3),
        "g/cm**3",
    ),
    (
        "Carbon fibres of diameter 7.0 µm and strength 3.5 GPa sit in a matrix with a bond strength of 20 MPa. What is the shortest fibre that may be treated as continuous, in mm (fibres much longer than the critical length, l > 15 l_c)?",
        15 * 3500 * 7.0e-6 / (2 * 20) * 1e3,
        "mm",
    ),
    (
        "Diamond has a refractive index of 2.42. What percentage of normally incident light from air is reflected at its surface?",
        ((2.42 - 1) / (2.42 + 1)) ** 2 * 100,
        "percent",
    ),
    (
        "A 0.80 wt% C steel is decarburised with its surface held at 0 wt% C; D = 1.6 × 10⁻¹¹ m²/s. At what depth, in mm, is the carbon content 0.40 wt% after 10 h?",
        2 * _Z05 * math.sqrt(1.6e-11 * 36000) * 1e3,
        "mm",
    ),
    (
        "A steel obeys σ_T = K ε_Tⁿ with K = 860 MPa and n = 0.21. At what true strain does necking begin?",
        0.21,
        "dimensionless",
    ),
    (
        "A steel has a Brinell hardness of 300. Estimate its tensile strength in ksi.",
        0.5 * 300,
        "ksi",
    ),
    (
        "A polymer has a number-average molecular weight of 120 000 g/mol and a weight-average molecular weight of 180 000 g/mol. What is its polydispersity index?",
        1.5,
        "dimensionless",
    ),
    (
        "An aligned composite holds 40 vol% fibres (E = 230 GPa) in epoxy (E = 3.1 GPa). What fraction of a load along the fibres does the matrix carry?",
        0.6 * 3.1 / (0.6 * 3.1 + 0.4 * 230),
        "dimensionless",
    ),
    (
        "Alumina (E₀ = 393 GPa) follows E = E₀(1 − 1.9P + 0.9P²). By how much, in GPa, does 10 vol% porosity lower its modulus?",
        393 * (0.19 - 0.009),
        "GPa",
    ),
    (
        "A zinc anode delivers 2.5 A for 8 h (A = 65.38 g/mol, Zn → Zn²⁺ + 2e⁻). How many moles of zinc dissolve?",
        2.5 * 8 * 3600 / (2 * F),
        "mol",
    ),
    (
        "Copper is FCC with a = 0.3615 nm. How many atoms are there per cubic metre?",
        4 / (0.3615e-9) ** 3,
        "1/m**3",
    ),
    (
        "Iron is BCC with a = 0.2866 nm. What is the volume per atom, in nm³?",
        0.2866**3 / 2,
        "nm**3",
    ),
    (
        "Each iron atom carries 2.22 Bohr magnetons and iron is BCC with a = 0.2866 nm. Compute the saturation magnetisation in A/m.",
        2 * 2.22 * MU_B / (0.2866e-9) ** 3,
        "A/m",
    ),
    (
        "A He–Ne laser emits 5.0 mW at 632.8 nm. How many photons does it emit in one minute?",
        5.0e-3 * 60 / (H * C / 632.8e-9),
        "dimensionless",
    ),
    (
        "Intrinsic germanium has E_g = 0.67 eV. By what factor does its conductivity rise between 300 K and 350 K?",
        math.exp(-0.67 / (2 * k) * (1 / 350 - 1 / 300)),
        "dimensionless",
    ),
    (
        "A steel with σ_y = 1460 MPa and K_Ic = 55 MPa·√m has edge cracks with Y = 1.12 and is loaded to 60 % of σ_y. What is the largest tolerable total length of an internal crack, in mm, taking Y = 1.0 for it?",
        2 * (55 / (1.0 * 876)) ** 2 / PI * 1e3,
        "mm",
    ),
    (
        "A creep specimen of a nickel alloy at 140 MPa has a Larson–Miller parameter of 24 000 (T in K, t in h, C = 20). At 750 °C a part must last 5 years. Does it, and what life in days is predicted?",
        10 ** (24000 / _k(750) - 20) / 24,
        "day",
    ),
]

QUESTIONS += [
    # --- a second value of one quantity, or a sequence of states ---
    (
        "Gallium arsenide has a band gap of 1.42 eV at 300 K and 1.52 eV at 0 K. What is the longest wavelength, in nm, it absorbs near 0 K?",
        H * C / (1.52 * EV) * 1e9,
        "nm",
    ),
    (
        "Copper's density is 8.96 g/cm³ at room temperature and 8.40 g/cm³ at 1000 °C; A = 63.55 g/mol and Q_v = 0.90 eV/atom. How many vacancies are there per cubic metre at 1000 °C?",
        _N_CU * math.exp(-0.90 / (k * _k(1000))),
        "1/m**3",
    ),
    (
        "An aluminium bar 2.5 m long at 15 °C (α = 23.6 × 10⁻⁶ °C⁻¹) is heated to 120 °C and then cooled to 60 °C. By how much, in mm, is it then longer than at the start?",
        23.6e-6 * 2.5 * 45 * 1e3,
        "mm",
    ),
    (
        "A brass rod (E = 97 GPa, α = 20 × 10⁻⁶ °C⁻¹) is fixed between rigid walls at 20 °C, heated to 80 °C and then cooled to 50 °C. What is the magnitude of the thermal stress at 50 °C, in MPa?",
        97e3 * 20e-6 * 30,
        "MPa",
    ),
    (
        "A rod's diameter is reduced by 30 % by drawing. What is the percent cold work?",
        (1 - 0.7**2) * 100,
        "percent",
    ),
    (
        "A steel obeys σ_a = σ_f′(2N_f)^b with σ_f′ = 1100 MPa and b = −0.09. It is cycled from 0 to a maximum of 800 MPa (R = 0). How many cycles to failure?",
        None,
        "dimensionless",
    ),
    (
        "A glass has E = 70 GPa and γ_s = 0.30 J/m². By the Griffith criterion, find the critical stress for a surface crack 4 µm deep, in MPa.",
        math.sqrt(2 * 70e9 * 0.30 / (PI * 4e-6)) / 1e6,
        "MPa",
    ),
    (
        "A step-index fibre has a numerical aperture of 0.24. What is its acceptance half-angle in air, in degrees?",
        math.degrees(math.asin(0.24)),
        "degree",
    ),
    (
        "Polyethylene is 998 kg/m³ when fully crystalline and 870 kg/m³ when amorphous. A sample has a density of 925 kg/m³. What is its percent crystallinity?",
        0.998 * (0.925 - 0.870) / (0.925 * (0.998 - 0.870)) * 100,
        "percent",
    ),
    (
        "A steel obeys σ_T = K ε_Tⁿ with K = 860 MPa and n = 0.21. What true stress, in MPa, is reached at an engineering strain of 0.10?",
        860 * math.log(1.10) ** 0.21,
        "MPa",
    ),
    (
        "Nickel: γ = 0.255 J/m², ΔH_f = −2.53 × 10⁹ J/m³, T_m = 1455 °C. The liquid is cooled to 1136 °C before solidifying. Compute the critical nucleus radius in nm.",
        2 * 0.255 * _k(1455) / (2.53e9 * 319) * 1e9,
        "nm",
    ),
    (
        "A nickel alloy at 140 MPa has a Larson–Miller parameter of 24 000 (T in K, t in h, C = 20). Predict its rupture life at 1382 °F, in hours.",
        10 ** (24000 / _k((1382 - 32) / 1.8) - 20),
        "hour",
    ),
    (
        "A copper anode of area 0.20 m² dissolves (Cu → Cu²⁺, A = 63.55 g/mol) at a current density of 50 A/m². What mass, in g, is lost in 1 h?",
        50 * 0.20 * 3600 * 63.55 / (2 * F),
        "g",
    ),
    (
        "The area of a wire is reduced to half its original value by drawing. What is the percent cold work?",
        50,
        "percent",
    ),
    (
        "Zinc in copper: D₀ = 2.4 × 10⁻⁵ m²/s, Q = 189 kJ/mol. The diffusion coefficient is measured at 800 °C and again at 900 °C. What is it at 900 °C?",
        _d(2.4e-5, 189e3, 900),
        "m**2/s",
    ),
]
