"""Neighbour questions, round 21 (issue 11, precision), in our own words.

Written by helper probe22 to probe this session's new readers: siunitx macros (\\SI, \\qty, \\num +
\\si, \\SIrange, prefixes, \\per, \\squared, \\cubed, \\square, \\tothe, abbreviated units, an
optional argument, an unknown unit macro), concise uncertainties ('0.3524(2) nm'), chained parts
('(a) … (b) Using your result from (a), …', 'From (b), …'; near-misses where an earlier part holds a
number the last part needs or a part nothing builds on), 'as x : 1' ratio asks (and a '3 : 1'
mixture, where the 1 is a given ratio; '1 : x', 'n to 1'), and the ratio of a thermally activated
quantity at two temperatures asked of a rate, of a time, of a diffusion length or layer thickness,
with a temperature restated in the set-up.

int26 (6d52f31) answered 66 of these 131 and 6 wrong, in three classes, all in the two-temperature
Arrhenius ratio: a ratio of TIMES ('the ratio of the time needed at 1000 K to that at 1100 K') answered
with the ratio of rates, its reciprocal (1); a ratio of LENGTHS ('the diffusion distance reached in the
same time', 'the penetration depth', 'the layer thickness') answered with the ratio of rates, where a
diffusion length goes as its square root and a layer by its own growth law (3); and a ratio whose
set-up restates one of its temperatures ('treatment time is 1 h at 1000 K. … the ratio of the time at
900 K to that at 1000 K'; 'D is … at 1100 K. … the ratio of D at 1000 K to that at 1100 K') answered
with the temperatures swapped (2). The siunitx, concise-uncertainty, chained-parts and 'x : 1' readers
gave no wrong answer here. Now 64 answered, 0 wrong, 64 right (four more than before: the ratio of
times is read by the time relation, and a restated temperature is read as a restatement when the
ratio's own two temperatures follow the word 'ratio'); refusals and that reading in
matsci_jupyter/engines/answer/arrhenius_ratio.py with arrhenius_asked.py, class tests in
tests/test_answer_probe22_classes.py. Every set A–W unchanged (0 wrong, the same count right, no new
refusal on any item).

Keys computed below with plain math; a key of None means the question must be refused.
tests/test_answer_neighbours.py holds them at 0 wrong.
"""

from __future__ import annotations

import math

NA = 6.02214076e23
k = 8.617333262e-5
R = 8.314462618
H = 6.62607015e-34
C = 2.99792458e8
EV = 1.602176634e-19


def arr(q: float, t1: float, t2: float) -> float:
    """exp(Q/R (1/t2 − 1/t1)): the ratio of a rate at t1 to that at t2, inverted (a time ratio)."""
    return math.exp(q / R * (1 / t2 - 1 / t1))


def a1(q: float, t1: float, t2: float) -> float:
    """Rate at t1 over rate at t2 for an activation energy q in J/mol (temperatures in K)."""
    return math.exp(-q / R * (1 / t1 - 1 / t2))


# (question, key or None for must-refuse, pint unit of the key)
QUESTIONS: list[tuple[str, float | None, str]] = [
    # siunitx givens
    (
        r"Copper is FCC with \SI{0.3615}{\nano\metre} as its lattice parameter and a molar mass of \SI{63.55}{\gram\per\mole}. What is its theoretical density in g/cm³?",
        4 * 63.55 / (NA * (0.3615e-7) ** 3),
        "g/cm**3",
    ),
    (
        r"Copper is FCC with lattice parameter \qty{3.615}{\angstrom} and atomic weight \num{63.55}\,\si{\gram\per\mole}. Give the theoretical density in \si{\kilo\gram\per\cubic\metre}.",
        4 * 63.55 / (NA * (0.3615e-7) ** 3) * 1000,
        "kg/m**3",
    ),
    (
        r"Nickel is FCC with a = 0.3524(2) nm and M = 58.69 g/mol. What density do you expect (g/cm³)?",
        4 * 58.69 / (NA * (0.3524e-7) ** 3),
        "g/cm**3",
    ),
    (
        r"Calcium oxide has the rock-salt structure, $a = \SI{0.481(1)}{\nano\meter}$; Ca \SI{40.08}{\gram\per\mole}, O \SI{16.00}{\gram\per\mole}. Compute its density in g/cm³.",
        4 * 56.08 / (NA * (0.481e-7) ** 3),
        "g/cm**3",
    ),
    (
        r"A steel rod of diameter \SI{10}{\milli\metre} carries a tensile load of \SI{10}{\kilo\newton}. What is the engineering stress in MPa?",
        10000 / (math.pi * 0.005**2) / 1e6,
        "MPa",
    ),
    (
        r"An aluminium bar is loaded to \SI{140}{\mega\pascal}; its Young's modulus is \SI{70}{\giga\pascal}. What elastic strain results?",
        140 / 70000,
        "dimensionless",
    ),
    (
        r"A spring steel with $E = \qty{200}{\giga\pascal}$ yields at \qty{1000}{\mega\pascal}. Compute its modulus of resilience in \si{\kilo\joule\per\cubic\metre}.",
        1000e6**2 / (2 * 200e9) / 1000,
        "kJ/m**3",
    ),
    (
        r"A plate of an alloy with fracture toughness \SI{25}{\mega\pascal\metre\tothe{0.5}} has a surface crack \SI{2}{\milli\metre} deep (Y = 1). What stress (MPa) will cause fracture?",
        25 / math.sqrt(math.pi * 0.002),
        "MPa",
    ),
    (
        r"A plate of an alloy with fracture toughness \SI{25}{\mega\pascal\sqrt\metre} has a surface crack \SI{2}{\milli\metre} deep (Y = 1). What stress (MPa) will cause fracture?",
        25 / math.sqrt(math.pi * 0.002),
        "MPa",
    ),
    (
        r"Silicon has a band gap of \SI{1.12}{\electronvolt}. What is the longest wavelength (nm) it absorbs?",
        H * C / (1.12 * EV) * 1e9,
        "nm",
    ),
    (
        r"A copper wire (resistivity \SI{1.7e-8}{\ohm\metre}) is \SI{100}{\metre} long with a diameter of \SI{1}{\milli\metre}. What is its resistance in ohms?",
        1.7e-8 * 100 / (math.pi * 0.0005**2),
        "ohm",
    ),
    (
        r"A brass rod \SI{2}{\metre} long (coefficient of linear expansion \SI{17e-6}{\per\kelvin}) is heated from \SI{20}{\celsius} to \SI{120}{\celsius}. By how many mm does it lengthen?",
        17e-6 * 2000 * 100,
        "mm",
    ),
    (
        r"A steel rail is clamped at both ends and warmed by \SI{40}{\kelvin}. $E = \SI{200}{\giga\pascal}$, $\alpha = \SI{12e-6}{\per\degreeCelsius}$. What thermal stress (MPa) develops?",
        200e3 * 12e-6 * 40,
        "MPa",
    ),
    (
        r"A wall \SI{0.2}{\metre} thick has thermal conductivity \SI{0.8}{\watt\per\metre\per\kelvin}, with faces at \SI{25}{\celsius} and \SI{5}{\celsius}. What is the heat flux in W/m²?",
        0.8 * 20 / 0.2,
        "W/m**2",
    ),
    (
        r"Carbon diffuses in iron with $D_0 = \SI{2.3e-5}{\metre\squared\per\second}$ and $Q = \SI{148}{\kilo\joule\per\mole}$. Find D at \SI{1200}{\kelvin} in m²/s.",
        2.3e-5 * math.exp(-148000 / (R * 1200)),
        "m**2/s",
    ),
    (
        r"Carbon diffuses in iron with $D_0 = \SI{2.3e-5}{\square\metre\per\second}$ and $Q = \SI{148}{\kilo\joule\per\mole}$. Find D at \SI{1200}{\kelvin} in m²/s.",
        2.3e-5 * math.exp(-148000 / (R * 1200)),
        "m**2/s",
    ),
    (
        r"The vacancy formation energy in copper is \SI{0.90}{\electronvolt}; its density is \SI{8.4}{\gram\per\centi\metre\cubed} and molar mass \SI{63.5}{\gram\per\mole}. How many vacancies per cubic metre at \SI{1000}{\celsius}?",
        8.4e6 * NA / 63.5 * math.exp(-0.9 / (k * 1273.15)),
        "1/m**3",
    ),
    (
        r"A ceramic has fracture toughness \SI{3.5}{\mega\pascal\metre\tothe{1/2}} and its surface flaws range \SIrange{10}{50}{\micro\metre} deep (Y = 1). What is the largest stress (MPa) it can take?",
        3.5 / math.sqrt(math.pi * 50e-6),
        "MPa",
    ),
    (
        r"An unknown unit: a bar carries \SI{5}{\kilo\foo} over an area of \SI{20}{\milli\metre\squared}. What is the stress in MPa?",
        None,
        "MPa",
    ),
    (
        r"A bar carries \SI{5}{\kilo\newton} over a cross-section of \SI{20}{\milli\metre\squared}. What is the stress in MPa?",
        5000 / 20,
        "MPa",
    ),
    (
        r"A bar carries \SI{5}{\kilo\newton} over a cross-section of \SI{20}{\square\milli\metre}. What is the stress in MPa?",
        5000 / 20,
        "MPa",
    ),
    (
        r"Electrons in intrinsic silicon: $n_i = \SI{1.0e16}{\per\cubic\metre}$, mobilities \SI{0.14}{\metre\squared\per\volt\per\second} and \SI{0.05}{\metre\squared\per\volt\per\second}. Compute the conductivity in S/m.",
        1e16 * EV * 0.19,
        "S/m",
    ),
    (
        r"The X-ray wavelength is \SI{0.1542}{\nano\metre}. Aluminium (FCC) has a = \SI{0.4049}{\nano\metre}. At what 2θ (degrees) does the (111) reflection appear?",
        2 * math.degrees(math.asin(0.1542 / (2 * 0.4049 / math.sqrt(3)))),
        "degree",
    ),
    # Arrhenius time ratio
    (
        "A diffusion-controlled anneal takes 10 h at 1100 K; the activation energy is 150 kJ/mol. How long (h) does the same anneal take at 1000 K?",
        10 * arr(150e3, 1100, 1000),
        "h",
    ),
    (
        "A diffusion-controlled anneal takes 10 h at 1100 K; Q = 150 kJ/mol. How many times faster is diffusion at 1100 K than at 1000 K?",
        arr(150e3, 1100, 1000),
        "dimensionless",
    ),
    (
        "A diffusion-controlled anneal, Q = 150 kJ/mol. Give the ratio of the time needed at 1000 K to the time needed at 1100 K, as x : 1.",
        arr(150e3, 1100, 1000),
        "dimensionless",
    ),
    (
        "A diffusion-controlled anneal, Q = 150 kJ/mol. Give the ratio of the time needed at 1100 K to the time needed at 1000 K, as x : 1.",
        1 / arr(150e3, 1100, 1000),
        "dimensionless",
    ),
    (
        "A diffusion-controlled anneal, Q = 150 kJ/mol. Give the ratio of the diffusion rate at 1000 K to that at 1100 K, as x : 1.",
        1 / arr(150e3, 1100, 1000),
        "dimensionless",
    ),
    (
        "A diffusion-controlled anneal, Q = 150 kJ/mol. By what factor is the diffusion coefficient at 1000 K smaller than at 1100 K?",
        arr(150e3, 1100, 1000),
        "dimensionless",
    ),
    (
        "For a process with activation energy 1.5 eV, how many times longer does it take at 500 °C than at 600 °C?",
        math.exp(1.5 / k * (1 / 773.15 - 1 / 873.15)),
        "dimensionless",
    ),
    (
        "For a process with activation energy 1.5 eV, what is the ratio of its rate at 500 °C to its rate at 600 °C?",
        math.exp(-1.5 / k * (1 / 773.15 - 1 / 873.15)),
        "dimensionless",
    ),
    (
        "A process with activation energy 1.5 eV takes 2 h at 600 °C. How long at 500 °C, in hours?",
        2 * math.exp(1.5 / k * (1 / 773.15 - 1 / 873.15)),
        "h",
    ),
    # ratio x:1
    (
        "Two spring steels have E = 200 GPa; one yields at 1000 MPa and the other at 1500 MPa. Give the ratio of their moduli of resilience (higher to lower) as x : 1.",
        2.25,
        "dimensionless",
    ),
    (
        "Two spring steels have E = 200 GPa; one yields at 1000 MPa and the other at 1500 MPa. Give the ratio of their moduli of resilience (lower to higher) as x : 1.",
        1 / 2.25,
        "dimensionless",
    ),
    (
        "A fibre composite with a 3 : 1 fibre-to-matrix volume ratio has E_f = 230 GPa and E_m = 3.5 GPa. What is its longitudinal modulus in GPa?",
        0.75 * 230 + 0.25 * 3.5,
        "GPa",
    ),
    (
        "A fibre composite is made as 3 : 1 fibre to matrix by volume, E_f = 230 GPa, E_m = 3.5 GPa. What is its longitudinal modulus in GPa?",
        0.75 * 230 + 0.25 * 3.5,
        "GPa",
    ),
    (
        "A fibre composite is made with fibre and matrix as n : 1 by volume, E_f = 230 GPa, E_m = 3.5 GPa; the longitudinal modulus is 100 GPa. Find n.",
        None,
        "dimensionless",
    ),
    # chained
    (
        "A copper wire is 2.0 mm in diameter and 50 m long; ρ = 1.7 × 10⁻⁸ Ω·m. (a) What is its cross-sectional area in mm²? (b) Using your result from (a), what is the wire's resistance in Ω?",
        1.7e-8 * 50 / (math.pi * 0.001**2),
        "ohm",
    ),
    (
        "A copper wire has ρ = 1.7 × 10⁻⁸ Ω·m. (a) What is the cross-sectional area of a 2.0 mm diameter wire? (b) Using your result from (a), what is the resistance of 50 m of this wire, in Ω?",
        None,
        "ohm",
    ),
    (
        "Carbon in γ-iron: D0 = 2.3 × 10⁻⁵ m²/s, Q = 148 kJ/mol. (a) Compute D at 1200 K. (b) From (a), give D in cm²/s.",
        2.3e-5 * math.exp(-148000 / (R * 1200)) * 1e4,
        "cm**2/s",
    ),
    (
        "Carbon in γ-iron: D0 = 2.3 × 10⁻⁵ m²/s, Q = 148 kJ/mol. (a) Compute D at 1200 K. (b) Compute D at 1300 K. (c) Using (b), give D in cm²/s.",
        None,
        "cm**2/s",
    ),
    (
        "Carbon in γ-iron: D0 = 2.3 × 10⁻⁵ m²/s, Q = 148 kJ/mol. (a) Compute D at 1200 K. (b) Using (a), what is the ratio of D at 1300 K to D at 1200 K?",
        math.exp(148000 / R * (1 / 1200 - 1 / 1300)),
        "dimensionless",
    ),
    (
        "Copper is FCC, a = 0.3615 nm, M = 63.55 g/mol. (a) What is the unit-cell volume in nm³? (b) Using your result from (a), what is the theoretical density in g/cm³?",
        4 * 63.55 / (NA * (0.3615e-7) ** 3),
        "g/cm**3",
    ),
    (
        "Copper is FCC, M = 63.55 g/mol. (a) What is the unit-cell volume for a = 0.3615 nm? (b) Using your result from (a), what is the theoretical density in g/cm³?",
        None,
        "g/cm**3",
    ),
    (
        "Copper is FCC, a = 0.3615 nm, M = 63.55 g/mol. (a) What is the atomic radius? (b) What is the unit-cell volume in nm³? (c) Using (b), what is the theoretical density in g/cm³?",
        None,
        "g/cm**3",
    ),
    (
        r"An aluminium bar is loaded to \SI{140}{\mega\pascal} and $E = \SI{70}{\giga\pascal}$. (a) What is the elastic strain? (b) Using your result from (a), by how many mm does a \SI{250}{\milli\metre} length of it stretch?",
        140 / 70000 * 250,
        "mm",
    ),
    (
        r"An aluminium bar \SI{250}{\milli\metre} long, $E = \SI{70}{\giga\pascal}$. (a) What is the strain when it is loaded to \SI{140}{\mega\pascal}? (b) From (a), how long is the bar under load, in mm?",
        250 * (1 + 140 / 70000),
        "mm",
    ),
    (
        r"A steel plate (fracture toughness \SI{50}{\mega\pascal\metre\tothe{0.5}}, Y = 1.1) is stressed to \SI{200}{\mega\pascal}. (a) What is the critical surface-crack length? (b) Using (a), express that length in mm.",
        (50 / (1.1 * 200)) ** 2 / math.pi * 1000,
        "mm",
    ),
    (
        "A diffusion process has an activation energy of 150 kJ/mol. What is the ratio of the time needed at 1000 K to that at 1100 K?",
        1 / a1(150e3, 1000, 1100),
        "dimensionless",
    ),
    (
        "A diffusion process has an activation energy of 150 kJ/mol. What is the ratio of the diffusion distance reached in the same time at 1000 K to that at 1100 K?",
        math.sqrt(a1(150e3, 1000, 1100)),
        "dimensionless",
    ),
    (
        "A diffusion process has an activation energy of 150 kJ/mol. For the same time, what is the ratio of the penetration depth at 1000 K to that at 1100 K?",
        math.sqrt(a1(150e3, 1000, 1100)),
        "dimensionless",
    ),
    (
        "With an activation energy of 150 kJ/mol, what is the ratio of the diffusion flux at 1000 K to that at 1100 K over the same time?",
        a1(150e3, 1000, 1100),
        "dimensionless",
    ),
    (
        "A glass has a viscous-flow activation energy of 400 kJ/mol. What is the ratio of its viscosity at 800 K to that at 900 K?",
        1 / a1(400e3, 800, 900),
        "dimensionless",
    ),
    (
        "A glass has a viscous-flow activation energy of 400 kJ/mol. What is the ratio of the time for the same sag at 800 K to that at 900 K?",
        1 / a1(400e3, 800, 900),
        "dimensionless",
    ),
    (
        "The vacancy formation energy is 1.0 eV (activation energy). What is the ratio of the equilibrium vacancy fraction at 1000 K to that at 1100 K, after holding each for a long time?",
        math.exp(-1.0 / k * (1 / 1000 - 1 / 1100)),
        "dimensionless",
    ),
    (
        "Grain growth has an activation energy of 200 kJ/mol. What is the ratio of the grain growth rate constant at 900 K to that at 1000 K after the same annealing time?",
        a1(200e3, 900, 1000),
        "dimensionless",
    ),
    (
        "Creep activation energy 300 kJ/mol. What is the ratio of the time to rupture at 900 K to that at 1000 K?",
        1 / a1(300e3, 900, 1000),
        "dimensionless",
    ),
    (
        "Creep activation energy 300 kJ/mol. What is the ratio of the creep strain accumulated in the same time at 900 K to that at 1000 K?",
        a1(300e3, 900, 1000),
        "dimensionless",
    ),
    (
        "Creep activation energy 300 kJ/mol. Give the ratio of the rupture time at 900 K to that at 1000 K as x : 1.",
        1 / a1(300e3, 900, 1000),
        "dimensionless",
    ),
    (
        "Creep activation energy 300 kJ/mol. Give the ratio of the creep rate at 900 K to that at 1000 K as x : 1.",
        a1(300e3, 900, 1000),
        "dimensionless",
    ),
    (
        "Creep activation energy 300 kJ/mol. What is the ratio of the time at 1000 K to that at 900 K needed for the same strain?",
        a1(300e3, 900, 1000),
        "dimensionless",
    ),
    (
        "The activation energy is 300 kJ/mol. Treatment time is 1 h at 1000 K. What is the ratio of the time at 900 K to that at 1000 K?",
        1 / a1(300e3, 900, 1000),
        "dimensionless",
    ),
    (
        "The activation energy is 300 kJ/mol. What is the ratio of the time at 900 °C to that at 1000 °C?",
        1 / a1(300e3, 1173.15, 1273.15),
        "dimensionless",
    ),
    # ratio forms
    (
        "Two spring steels have E = 200 GPa; one yields at 1000 MPa and the other at 1500 MPa. Give the ratio of their moduli of resilience as 1 : x.",
        None,
        "dimensionless",
    ),
    (
        "Aluminium (2.70 g/cm³) and steel (7.85 g/cm³): express how much denser steel is than aluminium, as x : 1.",
        7.85 / 2.70,
        "dimensionless",
    ),
    (
        "Aluminium (2.70 g/cm³) and steel (7.85 g/cm³): give the density ratio of aluminium to steel as x : 1.",
        2.70 / 7.85,
        "dimensionless",
    ),
    (
        "Aluminium has density 2.70 g/cm³ and steel 7.85 g/cm³. Express the ratio of their densities as n to 1.",
        None,
        "dimensionless",
    ),
    # siunitx edge
    (
        r"Carbon diffuses in iron with $D_0 = \SI{2.3e-5}{\metre\squared\per\second}$ and $Q = \SI{148}{\kilo\joule\per\mole}$. Find D at \SI{927}{\celsius} in m²/s.",
        2.3e-5 * math.exp(-148000 / (R * 1200.15)),
        "m**2/s",
    ),
    (
        r"Carbon diffuses in iron with $D_0 = \SI[per-mode=symbol]{2.3e-5}{\metre\squared\per\second}$ and $Q = \SI[per-mode=symbol]{148}{\kilo\joule\per\mole}$. Find D at \SI{1200}{\kelvin} in m²/s.",
        2.3e-5 * math.exp(-148000 / (R * 1200)),
        "m**2/s",
    ),
    (
        r"Carbon diffuses in iron with $D_0 = \SI{2.3e-5}{\centi\metre\squared\per\second}$ and $Q = \SI{148}{\kilo\joule\per\mole}$. Find D at \SI{1200}{\kelvin} in m²/s.",
        2.3e-9 * math.exp(-148000 / (R * 1200)),
        "m**2/s",
    ),
    (
        r"Carbon diffuses in iron with $D_0 = \SI{0.23}{\square\centi\metre\per\second}$ and $Q = \SI{148}{\kilo\joule\per\mole}$. Find D at \SI{1200}{\kelvin} in m²/s.",
        0.23e-4 * math.exp(-148000 / (R * 1200)),
        "m**2/s",
    ),
    (
        r"Carbon diffuses in iron with $D_0 = \SI{2.3e-5}{\metre\tothe{2}\per\second}$ and $Q = \SI{148}{\kilo\joule\per\mole}$. Find D at \SI{1200}{\kelvin} in m²/s.",
        2.3e-5 * math.exp(-148000 / (R * 1200)),
        "m**2/s",
    ),
    (
        r"Carbon diffuses in iron with $D_0 = \SI{2.3e-5}{\metre\squared\second\tothe{-1}}$ and $Q = \SI{148}{\kilo\joule\mole\tothe{-1}}$. Find D at \SI{1200}{\kelvin} in m²/s.",
        2.3e-5 * math.exp(-148000 / (R * 1200)),
        "m**2/s",
    ),
    (
        r"Carbon diffuses in iron with $D_0 = \SI{2.3e-5}{\m\squared\per\s}$ and $Q = \SI{148}{\kJ\per\mol}$. Find D at \SI{1200}{\K} in m²/s.",
        2.3e-5 * math.exp(-148000 / (R * 1200)),
        "m**2/s",
    ),
    (
        r"Carbon diffuses in iron with $D_0 = \SI{2.3 e -5}{\metre\squared\per\second}$ and $Q = \SI{148}{\kilo\joule\per\mole}$. Find D at \SI{1200}{\kelvin} in m²/s.",
        2.3e-5 * math.exp(-148000 / (R * 1200)),
        "m**2/s",
    ),
    (
        r"Carbon diffuses in iron with $D_0 = \SI{2.3d-5}{\metre\squared\per\second}$ and $Q = \SI{148}{\kilo\joule\per\mole}$. Find D at \SI{1200}{\kelvin} in m²/s.",
        2.3e-5 * math.exp(-148000 / (R * 1200)),
        "m**2/s",
    ),
    (
        r"Carbon diffuses in iron with $D_0 = \SI{2,3e-5}{\metre\squared\per\second}$ and $Q = \SI{148}{\kilo\joule\per\mole}$. Find D at \SI{1200}{\kelvin} in m²/s.",
        2.3e-5 * math.exp(-148000 / (R * 1200)),
        "m**2/s",
    ),
    (
        r"Carbon diffuses in iron with $D_0 = \SI{2.3x10^{-5}}{\metre\squared\per\second}$ and $Q = \SI{148}{\kilo\joule\per\mole}$. Find D at \SI{1200}{\kelvin} in m²/s.",
        2.3e-5 * math.exp(-148000 / (R * 1200)),
        "m**2/s",
    ),
    (
        r"Carbon diffuses in iron with $D_0 = \SI{2.3e-5}{\metre\squared\per\second}$ and $Q = \SI{35.4}{\kilo\calorie\per\mole}$. Find D at \SI{1200}{\kelvin} in m²/s.",
        2.3e-5 * math.exp(-35400 * 4.184 / (R * 1200)),
        "m**2/s",
    ),
    (
        r"Vacancy formation energy \SI{0.9}{\electronvolt\per\atom}; density \SI{8.4}{\gram\per\centi\metre\cubed}, \SI{63.5}{\gram\per\mole}. Vacancies per cubic metre at \SI{1273}{\kelvin}?",
        8.4e6 * NA / 63.5 * math.exp(-0.9 / (k * 1273)),
        "1/m**3",
    ),
    (
        r"A copper wire (resistivity \SI{1.7e-8}{\ohm\metre}) is \SI{100}{\metre} long with a diameter of \SI{1}{\milli\metre}. What is its resistance in \si{\milli\ohm}?",
        1.7e-8 * 100 / (math.pi * 0.0005**2) * 1000,
        "mohm",
    ),
    (
        r"A copper wire (resistivity \SI{1.7}{\micro\ohm\centi\metre}) is \SI{100}{\metre} long with a diameter of \SI{1}{\milli\metre}. What is its resistance in ohms?",
        1.7e-8 * 100 / (math.pi * 0.0005**2),
        "ohm",
    ),
    (
        r"A copper wire (resistivity \SI{1.7e-8}{\ohm\per\metre}) is \SI{100}{\metre} long with a diameter of \SI{1}{\milli\metre}. What is its resistance in ohms?",
        None,
        "ohm",
    ),
    (
        r"A brass rod \SI{2}{\metre} long (\SI{17}{\micro\per\kelvin} expansion coefficient) is heated from \SI{20}{\celsius} to \SI{120}{\celsius}. By how many mm does it lengthen?",
        17e-6 * 2000 * 100,
        "mm",
    ),
    (
        r"A brass rod \SI{2}{\metre} long (expansion coefficient \SI{17e-6}{\per\kelvin}) is heated through \SIrange{20}{120}{\celsius}. By how many mm does it lengthen?",
        17e-6 * 2000 * 100,
        "mm",
    ),
    (
        r"A brass rod \SI{2}{\metre} long (expansion coefficient \SI{17e-6}{\per\kelvin}) is heated by \SI{100}{\degreeCelsius}. By how many mm does it lengthen?",
        17e-6 * 2000 * 100,
        "mm",
    ),
    (
        r"A brass rod \SI{2}{\metre} long (expansion coefficient \SI{17e-6}{\per\kelvin}) is heated by \SI{100}{\kelvin}. By how many \si{\micro\metre} does it lengthen?",
        17e-6 * 2e6 * 100,
        "um",
    ),
    (
        r"A brass rod \SI{2}{\metre} long (expansion coefficient \num{17e-6} per kelvin) is heated by \SI{100}{\kelvin}. By how many \si{\micro\meter} does it lengthen?",
        17e-6 * 2e6 * 100,
        "um",
    ),
    (
        r"Silicon has a band gap of \SI{1.12}{\eV}. What is the longest wavelength (\si{\nm}) it absorbs?",
        H * C / (1.12 * EV) * 1e9,
        "nm",
    ),
    (
        r"Silicon has a band gap of \SI{1.12}{\milli\electronvolt}. What is the longest wavelength (\si{\micro\metre}) it absorbs?",
        H * C / (1.12e-3 * EV) * 1e6,
        "um",
    ),
    (
        r"Silicon has a band gap of \SI{1.12}{\electronvolt}. What is the longest wavelength (\si{\angstrom}) it absorbs?",
        H * C / (1.12 * EV) * 1e10,
        "angstrom",
    ),
    (
        r"Nickel is FCC with lattice parameter \SI{0.3524(2)}{\nano\metre}, M = \SI{58.69(1)}{\gram\per\mole}. What density in g/cm³?",
        4 * 58.69 / (NA * (0.3524e-7) ** 3),
        "g/cm**3",
    ),
    (
        r"Nickel is FCC with lattice parameter 0.3524(20) nm and M = 58.69 g/mol. What density in g/cm³?",
        4 * 58.69 / (NA * (0.3524e-7) ** 3),
        "g/cm**3",
    ),
    (
        r"Nickel is FCC with lattice parameter 3.524(2) Å and M = 58.69(1) g/mol. What is its atomic radius in nm?",
        0.3524 * math.sqrt(2) / 4,
        "nm",
    ),
    (
        "A steel rod 10(1) mm in diameter carries 10 kN. Stress in MPa?",
        10000 / (math.pi * 0.005**2) / 1e6,
        "MPa",
    ),
    ("A bundle of 2(5 mm) rods carries 10 kN. Stress in MPa?", None, "MPa"),
    (
        "An oxide layer grows by a thermally activated process with activation energy 120 kJ/mol. What is the ratio of the layer thickness at 1000 K to that at 1100 K after the same time?",
        None,
        "dimensionless",
    ),
    (
        "The activation energy is 150 kJ/mol. The diffusion coefficient is 2e-12 m²/s at 1100 K. What is the ratio of the diffusion coefficient at 1000 K to that at 1100 K?",
        a1(150e3, 1000, 1100),
        "dimensionless",
    ),
    (
        "A part is held 2 h at 1100 K. The activation energy for diffusion is 150 kJ/mol. What is the ratio of the diffusion coefficient at 1000 K to that at 1100 K?",
        a1(150e3, 1000, 1100),
        "dimensionless",
    ),
    (
        "Recrystallization has an activation energy of 250 kJ/mol. What is the ratio of the time for 50 % recrystallization at 900 K to that at 950 K?",
        1 / a1(250e3, 900, 950),
        "dimensionless",
    ),
    (
        "Recrystallization has an activation energy of 250 kJ/mol. What is the ratio of the recrystallization rate at 900 K to that at 950 K?",
        a1(250e3, 900, 950),
        "dimensionless",
    ),
    (
        "Recrystallization has an activation energy of 250 kJ/mol. How many times longer does it take at 900 K than at 950 K?",
        1 / a1(250e3, 900, 950),
        "dimensionless",
    ),
    # chained traps: dropped part holds a condition in words
    (
        "Iron has an atomic radius of 0.124 nm and a molar mass of 55.85 g/mol. (a) What is its lattice parameter if it is FCC? (b) Using your result from (a), what is its density in g/cm³?",
        4 * 55.85 / (NA * (4 * 0.124e-7 / math.sqrt(2)) ** 3),
        "g/cm**3",
    ),
    (
        "Iron has an atomic radius of 0.124 nm and a molar mass of 55.85 g/mol. (a) What would its lattice parameter be if it were FCC? (b) Using your result from (a), what is its density in g/cm³?",
        4 * 55.85 / (NA * (4 * 0.124e-7 / math.sqrt(2)) ** 3),
        "g/cm**3",
    ),
    (
        "A bar of steel has E = 200 GPa and carries 100 MPa. (a) What is the strain if the load is doubled? (b) Using (a), what is the elongation of a 1 m length in mm?",
        1.0,
        "mm",
    ),
    (
        "A bar of steel has E = 200 GPa and carries 100 MPa. (a) What is the strain at half this stress? (b) Using (a), what is the elongation of a 1 m length in mm?",
        0.25,
        "mm",
    ),
    (
        "A steel rod of diameter 10 mm carries 10 kN. (a) What is the stress in the rod if its diameter were twice as large? (b) From (a), what is the strain, E = 200 GPa?",
        10000 / (math.pi * 0.01**2) / 200e9,
        "dimensionless",
    ),
    (
        "A copper wire 50 m long, ρ = 1.7e-8 Ω m, diameter 2 mm. (a) What is its resistance at room temperature? (b) Using your answer to (a), what current flows at 12 V?",
        12 / (1.7e-8 * 50 / (math.pi * 0.001**2)),
        "A",
    ),
    (
        "A copper wire 50 m long, ρ = 1.7e-8 Ω m, diameter 2 mm. (a) What is its resistance when it is folded in half? (b) Using your answer to (a), what current flows at 12 V?",
        12 / (1.7e-8 * 25 / (2 * math.pi * 0.001**2)),
        "A",
    ),
    (
        "Aluminium is FCC with a = 0.405 nm and M = 26.98 g/mol. (a) What is its density? (b) Using (a), what mass (g) has a 10 cm³ block?",
        10 * 4 * 26.98 / (NA * (0.405e-7) ** 3),
        "g",
    ),
    (
        "Aluminium is FCC with a = 0.405 nm and M = 26.98 g/mol. (a) What is its density? (b) Using (a), what mass (g) has a cube of side 2 cm?",
        8 * 4 * 26.98 / (NA * (0.405e-7) ** 3),
        "g",
    ),
    (
        "Aluminium is FCC with a = 0.405 nm and M = 26.98 g/mol. (a) What is its density in kg/m³? (b) From (a), what is its specific volume in cm³/g?",
        1 / (4 * 26.98 / (NA * (0.405e-7) ** 3)),
        "cm**3/g",
    ),
    (
        "Aluminium is FCC with a = 0.405 nm and M = 26.98 g/mol. (a) What is its atomic radius? (b) What is its density? From (a) and (b), what is the density in kg/m³?",
        4 * 26.98 / (NA * (0.405e-7) ** 3) * 1000,
        "kg/m**3",
    ),
    (
        "Silicon: n_i = 1.0e16 m^-3, μ_e = 0.14 m²/(V s), μ_h = 0.05 m²/(V s). (a) What is its conductivity? (b) From (a), what is the resistivity in Ω m?",
        1 / (1e16 * EV * 0.19),
        "ohm*m",
    ),
    (
        "Silicon: n_i = 1.0e16 m^-3, μ_e = 0.14 m²/(V s), μ_h = 0.05 m²/(V s). (a) What is the electron contribution to its conductivity? (b) From (a), what is the resistivity in Ω m?",
        None,
        "ohm*m",
    ),
    (
        "Silicon: n_i = 1.0e16 m^-3, μ_e = 0.14 m²/(V s), μ_h = 0.05 m²/(V s). (a) What is the conductivity with only the electrons counted? (b) Using (a), what is the resistivity in Ω m?",
        1 / (1e16 * EV * 0.14),
        "ohm*m",
    ),
    (
        r"(a) Convert \SI{1.12}{\electronvolt} to joules. (b) Using (a), what is the wavelength in nm of a photon with that energy?",
        H * C / (1.12 * EV) * 1e9,
        "nm",
    ),
    (
        r"A photon has energy \SI{1.12}{\electronvolt}. (a) What is its frequency? (b) Using (a), what is its wavelength in a glass of refractive index 1.5, in nm?",
        H * C / (1.12 * EV) * 1e9 / 1.5,
        "nm",
    ),
    (
        r"A photon has energy \SI{1.12}{\electronvolt}. (a) What is its wavelength in a glass of refractive index 1.5? (b) Using (a), what is its frequency in THz?",
        1.12 * EV / H / 1e12,
        "THz",
    ),
    # more siunitx forms: a decimal comma, a spaced thousands group, a unit asked in \si
    (
        r"A copper wire (resistivity \SI{1,7e-8}{\ohm\metre}) is \SI{100}{\metre} long with a diameter of \SI{1}{\milli\metre}. What is its resistance in ohms?",
        1.7e-8 * 100 / (math.pi * 0.0005**2),
        "ohm",
    ),
    (
        r"A copper wire (resistivity \SI{1.7e-8}{\ohm\metre}) is \num{1 000}\,\si{\metre} long with a diameter of \SI{1}{\milli\metre}. What is its resistance in ohms?",
        1.7e-8 * 1000 / (math.pi * 0.0005**2),
        "ohm",
    ),
    (
        r"A copper wire (resistivity \SI{1.7e-8}{\ohm\metre}) is \SI{1000}{\metre} long with a diameter of \SI{1.00(2)}{\milli\metre}. What is its resistance in ohms?",
        1.7e-8 * 1000 / (math.pi * 0.0005**2),
        "ohm",
    ),
    (
        r"A steel rod of diameter \SI{10}{\milli\metre} carries a load of \SI{1.0e4}{\newton}. What is the stress in \si{\mega\pascal}?",
        10000 / (math.pi * 0.005**2) / 1e6,
        "MPa",
    ),
    (
        r"A steel rod of diameter \SI{10}{\milli\metre} carries a load of \SI{10}{\kilo\newton}. What is the stress in \si{\newton\per\milli\metre\squared}?",
        10000 / (math.pi * 0.005**2) / 1e6,
        "MPa",
    ),
    (
        r"A steel rod of diameter \SI{10}{\milli\metre} carries a load of \SI{10}{\kilo\newton}. What is the stress in \si{\giga\pascal}?",
        10000 / (math.pi * 0.005**2) / 1e9,
        "GPa",
    ),
    (
        r"A steel rod of cross-section \SI{78.5}{\square\milli\metre} carries \SI{10}{\kilo\newton}. What is the stress in MPa?",
        10000 / 78.5,
        "MPa",
    ),
    (
        r"Silicon has a band gap of \SI{1.12}{\electronvolt}. What is the longest wavelength it absorbs, in \si{\nano\metre}?",
        H * C / (1.12 * EV) * 1e9,
        "nm",
    ),
    (
        r"A brass rod \SI{2}{\metre} long (expansion coefficient \SI{17e-6}{\per\kelvin}) is heated from \SI{-20}{\celsius} to \SI{80}{\celsius}. By how many mm does it lengthen?",
        17e-6 * 2000 * 100,
        "mm",
    ),
    (
        r"A brass rod \SI{2}{\metre} long (expansion coefficient \SI{17e-6}{\per\kelvin}) is heated from \SI{20}{\celsius} to \SI{120}{\celsius}. By how many \si{\milli\metre} does it lengthen?",
        17e-6 * 2000 * 100,
        "mm",
    ),
    (
        r"A brass rod \SI{2}{\metre} long (expansion coefficient \SI{17}{\per\mega\kelvin}) is heated by \SI{100}{\kelvin}. By how many mm does it lengthen?",
        17e-6 * 2000 * 100,
        "mm",
    ),
    (
        r"A brass rod \SI{2}{\metre} long (expansion coefficient \SI{17}{\ppm\per\kelvin}) is heated by \SI{100}{\kelvin}. By how many mm does it lengthen?",
        17e-6 * 2000 * 100,
        "mm",
    ),
]
