"""Neighbour questions, round 4 (issue 11, precision), in our own words.

Written by helper probe4 (session 13) around the newest solver paths (session 12): questions in
parts, small data tables and 'Data:' lists, 'the magnitude of', set-aside givens (a lone condition
temperature, a given named as another quantity, a yield point beside an elastic relation),
SI-grouped decimals, written formulas and the relations added for set H. Each varies the asked
quantity (the other phase, a change vs a final value, per unit vs total, a diameter vs a radius,
a ratio vs one of its terms), adds a given that changes the answer, or states a case the relation
does not fit. Keys computed below with plain math; a key of None means the question must be
refused. tests/test_answer_neighbours.py holds them at 0 wrong.
"""

from __future__ import annotations

import math

NA = 6.02214076e23
k = 8.617333262e-5
R = 8.314462618
h = 6.62607015e-34
c = 299792458.0
e = 1.602176634e-19
MU0 = 4e-7 * math.pi
MU_B = 9.2740100783e-24
PI = math.pi


def _erfinv(y: float) -> float:
    lo, hi = 0.0, 6.0
    for _ in range(200):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if math.erf(mid) < y else (lo, mid)
    return (lo + hi) / 2


def _d(d0: float, q: float, t_k: float) -> float:
    return d0 * math.exp(-q / (R * t_k))


_Q_NI = R * math.log(4.2e-12 / 5.5e-14) / (1 / 873.15 - 1 / 1073.15)  # J/mol, two D values
_EG = 2 * k * math.log(56 / 2.2) / (1 / 300.15 - 1 / 400.15)  # eV, two conductivities
_TAU_LUM = 3.0 / math.log(1 / 0.40)  # s, 40 % after 3.0 s
_TAU_REL = 35 / math.log(6.2 / 4.4)  # s, 6.2 -> 4.4 MPa in 35 s
_HALL_N = 10e-3 * 0.40 / (e * 0.50e-3 * 2.5e-3)  # electrons per m^3
_CW_C = 0.105 * 0.0370 * 70 / (0.105 - 0.0370)  # Curie constant, K
_CW_TH = 330 - _CW_C / 0.105  # K
_AV_K = -math.log(0.75) / 80**2.5  # Avrami k, 25 % at 80 s, n = 2.5
_NI_MS = 0.60 * MU_B * 4 / (0.3524e-9) ** 3  # A/m
_ECL = 0.60 * 230 + 0.40 * 3.4
_ECT = 230 * 3.4 / (0.40 * 230 + 0.60 * 3.4)
_Z = _erfinv(1 - (0.45 - 0.20) / (1.00 - 0.20))  # erf argument for 0.45 wt% C

# (question, key or None for must-refuse, pint unit of the key)
QUESTIONS: list[tuple[str, float | None, str]] = [
    # --- crystallography and X-rays
    (
        "Niobium has the BCC structure, a lattice parameter of 0.3301 nm and an atomic weight of 92.91 g/mol. What is its theoretical density in g/cm³?",
        2 * 92.91 / (NA * (0.3301e-7) ** 3),
        "g/cm**3",
    ),
    (
        "Niobium is body-centred cubic with a = 0.3301 nm and an atomic weight of 92.91 g/mol. What is the mass of one unit cell, in grams?",
        2 * 92.91 / NA,
        "g",
    ),
    (
        "Niobium (BCC) has an atomic radius of 0.1430 nm and an atomic weight of 92.91 g/mol. Compute its density in kg/m³.",
        2 * 92.91e-3 / (NA * (4 * 0.1430e-9 / math.sqrt(3)) ** 3),
        "kg/m**3",
    ),
    (
        "A metal has a lattice parameter of 0.3301 nm and an atomic weight of 92.91 g/mol. Calculate its theoretical density in g/cm³.",
        None,
        "g/cm**3",
    ),
    (
        "Palladium is FCC with a = 0.3891 nm (atomic weight 106.42 g/mol, melting point 1555 °C). Calculate its theoretical density in kg m⁻³.",
        4 * 106.42e-3 / (NA * (0.3891e-9) ** 3),
        "kg/m**3",
    ),
    (
        "α-iron is BCC with a = 0.2866 nm (density 7.87 g/cm³). What is the planar density of its (100) plane, in atoms per nm²?",
        1 / 0.2866**2,
        "1/nm**2",
    ),
    (
        "α-iron is BCC with a = 0.2866 nm. Calculate the planar density of the (110) plane in atoms per mm².",
        2 / (math.sqrt(2) * (0.2866e-6) ** 2),
        "1/mm**2",
    ),
    (
        "Aluminium is FCC with a = 0.4049 nm. What is the planar density of its (110) plane in atoms per nm²?",
        2 / (math.sqrt(2) * 0.4049**2),
        "1/nm**2",
    ),
    (
        "Aluminium is FCC with a = 0.4049 nm. What is the planar density of its (100) plane in atoms per nm²?",
        2 / 0.4049**2,
        "1/nm**2",
    ),
    (
        "The first line of the powder pattern of a BCC metal, taken with Cu Kα1 X-rays (λ = 0.154 06 nm), lies at 2θ = 40.26° and is indexed 110. What is the lattice parameter of the metal in nm?",
        0.15406 / (2 * math.sin(math.radians(20.13))) * math.sqrt(2),
        "nm",
    ),
    (
        "The first line of the powder pattern of a BCC metal, taken with Cu Kα1 X-rays (λ = 0.154 06 nm), lies at 2θ = 40.26° and is indexed 110. What is the interplanar spacing of the (110) planes, in Å?",
        1.5406 / (2 * math.sin(math.radians(20.13))),
        "angstrom",
    ),
    (
        "An FCC metal diffracts Cu Kα1 radiation (λ = 0.154 06 nm) with its 111 line at 2θ = 38.38°. Estimate the atomic radius of the metal, in nm.",
        0.15406 / (2 * math.sin(math.radians(19.19))) * math.sqrt(3) / (2 * math.sqrt(2)),
        "nm",
    ),
    (
        "In a diffractogram of a BCC metal recorded with X-rays of wavelength 0.154 06 nm, the 200 reflection lies at 2θ = 58.27°. Compute the atomic radius of the metal in Å.",
        1.5406 / (2 * math.sin(math.radians(29.135))) * 2 * math.sqrt(3) / 4,
        "angstrom",
    ),
    (
        "For a BCC metal the 110 line appears at a Bragg angle θ = 20.13° with X-rays of wavelength 0.154 06 nm. Estimate the atomic radius in Å.",
        1.5406 / (2 * math.sin(math.radians(20.13))) * math.sqrt(2) * math.sqrt(3) / 4,
        "angstrom",
    ),
    (
        "A cubic metal gives its first diffraction peak at 2θ = 40.26° with radiation of wavelength 0.154 06 nm, indexed 110. What is its atomic radius in Å?",
        None,
        "angstrom",
    ),
    # --- defects
    (
        "Silver has a vacancy formation energy of 1.10 eV/atom, an atomic weight of 107.87 g/mol and a density of 10.35 g/cm³ at 900 °C. How many vacancies are there per cubic metre at 900 °C?",
        NA * 10.35e6 / 107.87 * math.exp(-1.10 / (k * 1173.15)),
        "1/m**3",
    ),
    (
        "For silver at 900 °C (vacancy formation energy 1.10 eV/atom), what fraction of the atomic sites is vacant?",
        math.exp(-1.10 / (k * 1173.15)),
        "dimensionless",
    ),
    (
        "Silver: vacancy formation energy 1.10 eV/atom, atomic weight 107.87 g/mol, density 10.35 g/cm³. How many atomic sites are there per cubic centimetre?",
        NA * 10.35 / 107.87,
        "1/cm**3",
    ),
    (
        "A metal's vacancy formation energy is 1.2 eV. By what factor does the equilibrium vacancy fraction fall when the metal is cooled from 800 °C to 300 °C?",
        math.exp(1.2 / k * (1 / 573.15 - 1 / 1073.15)),
        "dimensionless",
    ),
    (
        "The vacancy formation energy of a metal is 1.2 eV. What is the ratio of the equilibrium vacancy fraction at 300 °C to that at 800 °C?",
        math.exp(-1.2 / k * (1 / 573.15 - 1 / 1073.15)),
        "dimensionless",
    ),
    (
        "Quenching a pure metal from two temperatures gave these equilibrium vacancy site fractions.\n\n| T / °C | N_v/N |\n|---|---|\n| 600 | 3.5 × 10⁻⁶ |\n| 900 | 1.1 × 10⁻⁴ |\n\nWhat is the vacancy formation energy in eV per atom?",
        k * math.log(1.1e-4 / 3.5e-6) / (1 / 873.15 - 1 / 1173.15),
        "eV",
    ),
    (
        "Quenching a pure metal from two temperatures gave these equilibrium vacancy site fractions.\n\n| T / °C | N_v/N |\n|---|---|\n| 600 | 3.5 × 10⁻⁶ |\n| 900 | 1.1 × 10⁻⁴ |\n\nEstimate the vacancy site fraction at 750 °C.",
        3.5e-6
        * math.exp(
            math.log(1.1e-4 / 3.5e-6) / (1 / 873.15 - 1 / 1173.15) * (1 / 873.15 - 1 / 1023.15)
        ),
        "dimensionless",
    ),
    (
        "A photomicrograph at a magnification of 300× shows 28 grains per square inch. How many grains per square inch would the same specimen show at 100×?",
        28 * 9,
        "1/inch**2",
    ),
    (
        "At a magnification of 100×, a metallographer counts 28 grains per square inch. What is the ASTM grain-size number?",
        1 + math.log2(28),
        "dimensionless",
    ),
    (
        "A steel has ASTM grain-size number 7. How many grains per square inch would a micrograph taken at 200× show?",
        2**6 / 4,
        "1/inch**2",
    ),
    (
        "The Schottky defect energy in KCl is 2.6 eV; its density is 1.98 g/cm³ and its formula weight 74.55 g/mol. How many Schottky defects are there per cubic centimetre at 600 °C?",
        NA * 1.98 / 74.55 * math.exp(-2.6 / (2 * k * 873.15)),
        "1/cm**3",
    ),
    (
        "The Schottky defect energy in KCl is 2.6 eV; its density is 1.98 g/cm³ and its formula weight 74.55 g/mol. How many Schottky defects are there per cubic metre at 700 °C?",
        NA * 1.98e6 / 74.55 * math.exp(-2.6 / (2 * k * 973.15)),
        "1/m**3",
    ),
    (
        "Copper is FCC with a = 0.3615 nm and a shear modulus of 48 GPa. What is the magnitude of the Burgers vector of a perfect dislocation, in nm?",
        0.3615 / math.sqrt(2),
        "nm",
    ),
    (
        "Tungsten is BCC with a = 0.3165 nm. What is the magnitude of the Burgers vector of a perfect dislocation in tungsten, in Å?",
        3.165 * math.sqrt(3) / 2,
        "angstrom",
    ),
    (
        "Copper is FCC with a = 0.3615 nm. What is the magnitude of the Burgers vector of a Shockley partial dislocation, in nm?",
        0.3615 / math.sqrt(6),
        "nm",
    ),
    (
        "Copper is FCC with a = 0.3615 nm. Estimate the energy per unit length of a perfect dislocation, Gb²/2, if G = 48 GPa, in J/m.",
        48e9 * (0.3615e-9 / math.sqrt(2)) ** 2 / 2,
        "J/m",
    ),
    (
        "A cold-worked steel sheet has a dislocation density of 2.5 × 10¹⁴ m⁻². What total length of dislocation line, in km, is in a cube of the sheet 2 mm on edge?",
        2.5e14 * (2e-3) ** 3 / 1e3,
        "km",
    ),
    (
        "A cold-worked steel sheet has a dislocation density of 2.5 × 10¹⁴ m⁻². What total dislocation length, in metres, lies in 1 cm³ of it?",
        2.5e14 * 1e-6,
        "m",
    ),
    (
        "A cold-worked metal has a dislocation density of 2.5 × 10¹⁰ mm⁻². What total length of dislocation line, in km, is in a cube 1 mm on edge?",
        2.5e10 * 1 / 1e6,
        "km",
    ),
    # --- diffusion
    (
        "For copper diffusing in aluminium, D₀ = 6.5 × 10⁻⁵ m²/s and Q_d = 136 kJ/mol. Compute D at 500 °C in m²/s.",
        _d(6.5e-5, 136000, 773.15),
        "m**2/s",
    ),
    (
        "For copper diffusing in aluminium, D₀ = 6.5 × 10⁻⁵ m²/s and Q_d = 136 kJ/mol. At what temperature, in °C, is D equal to 1.0 × 10⁻¹⁴ m²/s?",
        136000 / (R * math.log(6.5e-5 / 1e-14)) - 273.15,
        "degC",
    ),
    (
        "For copper diffusing in aluminium, D₀ = 6.5 × 10⁻⁵ m²/s and Q_d = 136 kJ/mol. By what factor does D rise between 400 °C and 500 °C?",
        math.exp(136000 / R * (1 / 673.15 - 1 / 773.15)),
        "dimensionless",
    ),
    (
        "The diffusion coefficient of nickel in a stainless steel was measured at two temperatures:\n\n    T (°C)    D (m²/s)\n    600       5.5 × 10⁻¹⁴\n    800       4.2 × 10⁻¹²\n\nFind the activation energy for diffusion in kJ/mol.",
        _Q_NI / 1000,
        "kJ/mol",
    ),
    (
        "The diffusion coefficient of nickel in a stainless steel was measured at two temperatures:\n\n    T (°C)    D (m²/s)\n    600       5.5 × 10⁻¹⁴\n    800       4.2 × 10⁻¹²\n\nEstimate D at 700 °C in m²/s.",
        5.5e-14 * math.exp(_Q_NI / R * (1 / 873.15 - 1 / 973.15)),
        "m**2/s",
    ),
    (
        "The diffusion coefficient of nickel in a stainless steel was measured at two temperatures:\n\n    T (°C)    D (m²/s)\n    600       5.5 × 10⁻¹⁴\n    800       4.2 × 10⁻¹²\n\nWhat is the pre-exponential factor D₀ in m²/s?",
        5.5e-14 * math.exp(_Q_NI / (R * 873.15)),
        "m**2/s",
    ),
    (
        "A steel with 0.20 wt% C is carburised at a temperature where D = 3.0 × 10⁻¹¹ m²/s, the surface being held at 1.00 wt% C. What is the carbon content, in wt%, at a depth of 0.6 mm after 2 h?",
        0.20 + 0.80 * (1 - math.erf(0.6e-3 / (2 * math.sqrt(3.0e-11 * 7200)))),
        "percent",
    ),
    (
        "A steel with 0.20 wt% C is carburised where D = 3.0 × 10⁻¹¹ m²/s, the surface held at 1.00 wt% C. At what depth, in mm, is the carbon content 0.45 wt% after 3 h?",
        2 * _Z * math.sqrt(3.0e-11 * 10800) * 1e3,
        "mm",
    ),
    (
        "A steel with 0.20 wt% C is carburised at a temperature where D = 3.0 × 10⁻¹¹ m²/s; the surface is held at 1.00 wt% C. How long, in hours, must the treatment last for the carbon content to reach 0.45 wt% at a depth of 1.2 mm?",
        (1.2e-3 / (2 * _Z)) ** 2 / 3.0e-11 / 3600,
        "hour",
    ),
    (
        "Carburising for 10 h at 900 °C gives the required case. For carbon in γ-iron, D₀ = 2.3 × 10⁻⁵ m²/s and Q_d = 148 kJ/mol. How many hours would the same case take at 850 °C?",
        10 * math.exp(148000 / R * (1 / 1123.15 - 1 / 1173.15)),
        "hour",
    ),
    (
        "Carburising for 10 h at 900 °C gives the required case. For carbon in γ-iron, D₀ = 2.3 × 10⁻⁵ m²/s and Q_d = 148 kJ/mol. By how many hours is the cycle shortened if it is run at 1 000 °C instead?",
        10 - 10 * math.exp(-148000 / R * (1 / 1273.15 - 1 / 1173.15)),
        "hour",
    ),
    (
        "A carburising cycle of 10 h at 900 °C gives a good case. For carbon in γ-Fe, Q = 148 kJ/mol. At what temperature, in °C, would a 20 h cycle give the same profile?",
        1 / (1 / 1173.15 + R / 148000 * math.log(2)) - 273.15,
        "degC",
    ),
    (
        "A case depth of 0.50 mm is reached after 6 h of carburising at 920 °C. How many hours at the same temperature does a case depth of 1.0 mm need?",
        24.0,
        "hour",
    ),
    (
        "A case depth of 0.50 mm is reached after 6 h of carburising at 920 °C. What case depth, in mm, would 15 h at 1000 °C give?",
        None,
        "mm",
    ),
    (
        "A case depth of 0.50 mm is obtained after 6 h of carburising at 920 °C. By how much, in mm, does the case deepen if the treatment is extended to 15 h?",
        0.5 * math.sqrt(15 / 6) - 0.5,
        "mm",
    ),
    (
        "Zinc diffuses in copper at 800 °C with D = 1.5 × 10⁻¹⁴ m²/s. How long, in hours, must the anneal last for the diffusion distance √(Dt) to reach 10 µm?",
        (10e-6) ** 2 / 1.5e-14 / 3600,
        "hour",
    ),
    (
        "Zinc diffuses in copper at 800 °C with D = 1.5 × 10⁻¹⁴ m²/s. Estimate the diffusion distance √(Dt) after an anneal of 4 h, in µm.",
        math.sqrt(1.5e-14 * 4 * 3600) * 1e6,
        "micrometer",
    ),
    (
        "Zinc diffuses in copper with D = 1.5 × 10⁻¹⁴ m²/s at 800 °C. Estimate the diffusion distance √(Dt) of zinc after 1 h at 900 °C, in µm.",
        None,
        "micrometer",
    ),
    # --- mechanical properties
    (
        "A brass rod 8.0 mm in diameter and 250 mm long carries a tensile load of 6 500 N; the modulus of the brass is 97 GPa and the deformation is elastic. What is the length of the rod under this load, in mm?",
        250 + 6500 * 250 / (PI * 4.0**2 * 97e3),
        "mm",
    ),
    (
        "A brass rod of radius 8.0 mm and length 250 mm carries a tensile load of 6 500 N. The deformation is elastic and E = 97 GPa. By how many micrometres does it lengthen?",
        6500 * 250e-3 / (PI * (8.0e-3) ** 2 * 97e9) * 1e6,
        "micrometer",
    ),
    (
        "A brass rod 8.0 mm in diameter and 250 mm long (E = 97 GPa) is stretched elastically by 0.20 mm. What tensile load, in N, does this take?",
        0.20 / 250 * 97e3 * PI * 4.0**2,
        "N",
    ),
    (
        "A brass rod 8.0 mm in diameter and 250 mm long carries a tensile load of 25 000 N. The brass has E = 97 GPa and a yield strength of 275 MPa. By how many micrometres does the rod lengthen elastically?",
        None,
        "micrometer",
    ),
    (
        "A brass rod 8.0 mm in diameter and 250 mm long carries a tensile load of 6 500 N. The brass has E = 97 GPa and a yield strength of 275 MPa. By how many micrometres does the rod lengthen?",
        6500 * 250e-3 / (PI * (4.0e-3) ** 2 * 97e9) * 1e6,
        "micrometer",
    ),
    (
        "A steel cylinder of diameter 12 mm is loaded elastically in tension by 15 000 N. For the steel E = 207 GPa and ν = 0.30. What is its diameter under load, in mm?",
        12 - 0.30 * 12 * 15000 / (PI * 6**2 * 207e3),
        "mm",
    ),
    (
        "A steel cylinder of diameter 12 mm is loaded elastically in tension by 15 000 N. For the steel E = 207 GPa and ν = 0.30. What is the lateral strain (magnitude)?",
        0.30 * 15000 / (PI * 6**2 * 207e3),
        "dimensionless",
    ),
    (
        "A steel cylinder of 12 mm diameter is pulled elastically by a force of 15 000 N (E = 207 GPa, ν = 0.30). By how many µm does its radius shrink?",
        0.30 * 6 * 15000 / (PI * 6**2 * 207e3) * 1e3,
        "micrometer",
    ),
    (
        "A steel cylinder of diameter 12 mm and length 80 mm is loaded elastically in tension by 15 000 N. For the steel E = 207 GPa and ν = 0.30. By how many micrometres does it lengthen?",
        15000 * 80 / (PI * 6**2 * 207e3) * 1e3,
        "micrometer",
    ),
    (
        "In a tensile test of an annealed copper alloy (yield strength 150 MPa), the engineering stress is 420 MPa at an engineering strain of 0.18, before necking. What is the true strain at this point?",
        math.log(1.18),
        "dimensionless",
    ),
    (
        "In a tensile test, the engineering stress is 420 MPa at an engineering strain of 0.18, well after necking began. What is the true stress in the neck, in MPa?",
        None,
        "MPa",
    ),
    (
        "A copper alloy with a yield strength of 150 MPa shows an engineering stress of 420 MPa at an engineering strain of 18 %, before any necking. By how much, in MPa, does the true stress exceed the engineering stress there?",
        420 * 0.18,
        "MPa",
    ),
    (
        "The plastic region of a steel follows σ_T = K ε_Tⁿ with K = 1 100 MPa and n = 0.22. What true strain raises the true stress to 600 MPa?",
        (600 / 1100) ** (1 / 0.22),
        "dimensionless",
    ),
    (
        "The plastic flow of a steel follows σ_T = K ε_Tⁿ with K = 1 100 MPa and n = 0.22. What true stress is reached at a true strain of 0.10, in MPa?",
        1100 * 0.10**0.22,
        "MPa",
    ),
    (
        "A spring steel has a yield strength of 830 MPa and E = 207 GPa. Calculate its modulus of resilience in J/m³.",
        830e6**2 / (2 * 207e9),
        "J/m**3",
    ),
    (
        "A spring steel has a yield strength of 830 MPa and E = 207 GPa. What is the strain at the yield point?",
        830 / 207e3,
        "dimensionless",
    ),
    (
        "A spring steel has a yield strength of 830 MPa, a tensile strength of 1 100 MPa and E = 207 GPa. Calculate its modulus of resilience in MJ/m³.",
        830**2 / (2 * 207e3),
        "MJ/m**3",
    ),
    # --- failure
    (
        "A soda-lime glass (E = 70 GPa, surface energy 0.30 J/m²) contains surface cracks 2.0 µm deep. Using the Griffith criterion, estimate its fracture strength in MPa.",
        math.sqrt(2 * 70e9 * 0.30 / (PI * 2.0e-6)) / 1e6,
        "MPa",
    ),
    (
        "A soda-lime glass (E = 70 GPa, specific surface energy 0.30 J/m²) must withstand 100 MPa. By the Griffith criterion, what is the longest internal crack, full length in µm, that it may contain?",
        2 * 2 * 70e9 * 0.30 / (PI * 100e6**2) * 1e6,
        "micrometer",
    ),
    (
        "A plate with K_Ic = 26 MPa·m^½ is loaded to 180 MPa. Assuming Y = 1.0, what is the longest surface (edge) crack, in mm, that can be tolerated?",
        (26 / 180) ** 2 / PI * 1e3,
        "mm",
    ),
    (
        "An aluminium alloy plate with K_Ic = 26 MPa·m^½ contains an internal crack 8.0 mm long. Assuming Y = 1.0, what stress, in MPa, will cause fast fracture?",
        26 / math.sqrt(PI * 4.0e-3),
        "MPa",
    ),
    (
        "An aluminium alloy plate with K_Ic = 26 MPa·m^½ is loaded to 180 MPa; its yield strength is 150 MPa. Assuming Y = 1.0, what is the longest internal crack, in mm, that can be tolerated?",
        None,
        "mm",
    ),
    (
        "An internal crack 0.50 mm long with a tip radius of 2.0 µm lies perpendicular to a tensile stress of 140 MPa. Estimate the maximum stress at its tip, in GPa.",
        2 * 140 * math.sqrt(0.25e-3 / 2.0e-6) / 1e3,
        "GPa",
    ),
    (
        "A surface crack 0.25 mm deep with a tip radius of curvature of 2.0 µm lies perpendicular to a tensile stress of 140 MPa. What is the stress concentration factor?",
        2 * math.sqrt(0.25e-3 / 2.0e-6),
        "dimensionless",
    ),
    (
        "A surface crack 0.25 mm deep with a tip radius of 2.0 µm lies perpendicular to the load. What applied stress, in MPa, raises the tip stress to 5.0 GPa?",
        5000 / (2 * math.sqrt(0.25e-3 / 2.0e-6)),
        "MPa",
    ),
    (
        "A steel's fully reversed fatigue follows Basquin's relation σ_a = σ′_f (2N_f)^b with σ′_f = 900 MPa and b = −0.09. How many load reversals to failure are expected at a stress amplitude of 300 MPa?",
        (300 / 900) ** (1 / -0.09),
        "dimensionless",
    ),
    (
        "A steel's fully reversed fatigue follows Basquin's relation σ_a = σ′_f (2N_f)^b with σ′_f = 900 MPa and b = −0.09. What stress amplitude, in MPa, gives a life of 10⁶ cycles?",
        900 * (2e6) ** -0.09,
        "MPa",
    ),
    (
        "A steel's fully reversed fatigue follows Basquin's relation σ_a = σ′_f (2N_f)^b with σ′_f = 900 MPa and b = −0.09. In a test cycled between +300 MPa and −300 MPa, how many cycles to failure are expected?",
        0.5 * (300 / 900) ** (1 / -0.09),
        "dimensionless",
    ),
    (
        "For a nickel-base alloy at the service stress, the Larson–Miller parameter is P = T(20 + log t_r) = 2.15 × 10⁴ (T in K, t_r in h). Predict the rupture life at 650 °C in hours.",
        10 ** (2.15e4 / 923.15 - 20),
        "hour",
    ),
    (
        "For a nickel-base alloy at the service stress, P = T(20 + log t_r) = 2.15 × 10⁴ (T in K, t_r in h). At what temperature, in °C, is the rupture life 1 000 h?",
        2.15e4 / 23 - 273.15,
        "degC",
    ),
    # --- phase diagrams
    (
        "A plain carbon steel with 1.10 wt% C is slowly cooled to room temperature. With the eutectoid at 0.76 wt% C, ferrite 0.022 wt% C and cementite 6.70 wt% C, compute the mass percentage of pearlite.",
        (6.70 - 1.10) / (6.70 - 0.76) * 100,
        "percent",
    ),
    (
        "A plain carbon steel with 1.10 wt% C is slowly cooled to room temperature. With the eutectoid at 0.76 wt% C, ferrite 0.022 wt% C and cementite 6.70 wt% C, compute the total mass percentage of cementite.",
        (1.10 - 0.022) / (6.70 - 0.022) * 100,
        "percent",
    ),
    (
        "A plain carbon steel with 1.10 wt% C is slowly cooled to room temperature. With the eutectoid at 0.76 wt% C, ferrite 0.022 wt% C and cementite 6.70 wt% C, compute the mass percentage of ferrite.",
        (6.70 - 1.10) / (6.70 - 0.022) * 100,
        "percent",
    ),
    (
        "A plain carbon steel with 0.45 wt% C is slowly cooled to room temperature. With the eutectoid at 0.76 wt% C, ferrite 0.022 wt% C and cementite 6.70 wt% C, compute the mass percentage of proeutectoid ferrite.",
        (0.76 - 0.45) / (0.76 - 0.022) * 100,
        "percent",
    ),
    (
        "A plain carbon steel with 0.45 wt% C is slowly cooled to room temperature. With the eutectoid at 0.76 wt% C, ferrite 0.022 wt% C and cementite 6.70 wt% C, compute the mass percentage of proeutectoid cementite.",
        None,
        "percent",
    ),
    (
        "A 2.5 kg piece of steel with 1.10 wt% C is slowly cooled. The eutectoid lies at 0.76 wt% C; ferrite holds 0.022 wt% C and cementite 6.70 wt% C. What mass of proeutectoid cementite forms, in kg?",
        2.5 * (1.10 - 0.76) / (6.70 - 0.76),
        "kg",
    ),
    # --- transformation kinetics
    (
        "Austenite transforms to pearlite following the Avrami equation with n = 2.5. After 80 s the fraction transformed is 0.25. What fraction has transformed after 150 s?",
        1 - math.exp(-_AV_K * 150**2.5),
        "dimensionless",
    ),
    (
        "Austenite transforms to pearlite following the Avrami equation with n = 2.5. After 80 s the fraction transformed is 0.25. How long, in s, until half has transformed?",
        (math.log(2) / _AV_K) ** (1 / 2.5),
        "s",
    ),
    (
        "Austenite transforms to pearlite following the Avrami equation with n = 2.5. After 80 s the fraction transformed is 0.25. How much longer, in s, does it take to go from 25 % to 90 % transformed?",
        (math.log(10) / _AV_K) ** (1 / 2.5) - 80,
        "s",
    ),
    (
        "For solidifying copper, ΔH_f = −1.77 × 10⁹ J/m³, γ = 0.177 J/m² and T_m = 1 085 °C. Calculate the critical radius of a homogeneous nucleus at a supercooling of 150 K, in nm.",
        2 * 0.177 * 1358.15 / (1.77e9 * 150) * 1e9,
        "nm",
    ),
    (
        "For solidifying copper, ΔH_f = −1.77 × 10⁹ J/m³, γ = 0.177 J/m² and T_m = 1 085 °C. What is the critical diameter of a homogeneous nucleus at a supercooling of 236 K, in nm?",
        2 * 2 * 0.177 * 1358.15 / (1.77e9 * 236) * 1e9,
        "nm",
    ),
    (
        "For solidifying copper, ΔH_f = −1.77 × 10⁹ J/m³, γ = 0.177 J/m² and T_m = 1 085 °C. Compute the activation free energy ΔG* of homogeneous nucleation at a supercooling of 236 K, in J.",
        16 * PI * 0.177**3 * 1358.15**2 / (3 * 1.77e9**2 * 236**2),
        "J",
    ),
    (
        "For solidifying copper, ΔH_f = −1.77 × 10⁹ J/m³, γ = 0.177 J/m² and T_m = 1 085 °C. Calculate the critical radius of a homogeneous nucleus when the liquid is held at 900 °C, in nm.",
        2 * 0.177 * 1358.15 / (1.77e9 * 185) * 1e9,
        "nm",
    ),
    (
        "Liquid copper is supercooled by 250 K (ΔH_f = −1.77 × 10⁹ J/m³, γ_SL = 0.177 J/m², T_m = 1 085 °C). Solid copper is FCC with a = 0.3615 nm. How many unit cells make up a critical nucleus?",
        4 / 3 * PI * (2 * 0.177 * 1358.15 / (1.77e9 * 250)) ** 3 / (0.3615e-9) ** 3,
        "dimensionless",
    ),
    # --- electrical
    (
        "An intrinsic semiconductor has a conductivity of 2.2 Ω⁻¹ m⁻¹ at 27 °C and 56 Ω⁻¹ m⁻¹ at 127 °C. Assuming a temperature-independent pre-exponential factor, estimate its conductivity at 77 °C, in Ω⁻¹ m⁻¹.",
        2.2 * math.exp(_EG / (2 * k) * (1 / 300.15 - 1 / 350.15)),
        "S/m",
    ),
    (
        "An intrinsic semiconductor has a conductivity of 2.2 Ω⁻¹ m⁻¹ at 27 °C and 56 Ω⁻¹ m⁻¹ at 127 °C. Its pre-exponential factor is constant. What is the band gap in J?",
        _EG * e,
        "J",
    ),
    (
        "Hall data for a thin n-type plate: thickness (along B) 0.50 mm; current 10.0 mA; flux density 0.40 T; Hall voltage 2.5 mV; conductivity 45 S m⁻¹. Assuming electrons only, determine (a) the electron concentration in m⁻³ and (b) the electron mobility.",
        None,
        "1/m**3",
    ),
    (
        "Hall data for a thin n-type plate:\n\nplate thickness (along B)      0.50 mm\ncurrent                        10.0 mA\nmagnetic flux density          0.40 T\nHall voltage (magnitude)       2.5 mV\n\nAssuming conduction by electrons only, determine the electron concentration in m⁻³.",
        _HALL_N,
        "1/m**3",
    ),
    (
        "Hall data for a thin n-type plate:\n\nplate thickness (along B)      0.50 mm\ncurrent                        10.0 mA\nmagnetic flux density          0.40 T\nHall voltage (magnitude)       2.5 mV\nelectrical conductivity        45 S m⁻¹\n\nAssuming conduction by electrons only, determine the electron mobility in m² V⁻¹ s⁻¹.",
        45 / (_HALL_N * e),
        "m**2/V/s",
    ),
    (
        "Hall data for a thin n-type plate:\n\nplate thickness (along B)      0.50 mm\ncurrent                        10.0 mA\nmagnetic flux density          0.40 T\nHall voltage (magnitude)       2.5 mV\n\nWhat is the Hall coefficient, in m³ C⁻¹ (magnitude)?",
        1 / (_HALL_N * e),
        "m**3/C",
    ),
    # --- magnetic
    (
        "Nickel is FCC (a = 0.3524 nm), with a density of 8.90 g cm⁻³ and an atomic weight of 58.69 g mol⁻¹; each Ni atom carries 0.60 Bohr magneton. Compute the saturation magnetization in A m⁻¹.",
        _NI_MS,
        "A/m",
    ),
    (
        "Nickel is FCC (a = 0.3524 nm); each atom contributes a net moment of 0.60 Bohr magneton. Compute (a) the saturation magnetization M_s in A m⁻¹ and (b) the saturation flux density B_s in tesla.",
        MU0 * _NI_MS,
        "T",
    ),
    (
        "Nickel is FCC (a = 0.3524 nm); each atom contributes a net moment of 0.60 Bohr magneton. (a) Compute the saturation magnetization M_s, in A m⁻¹. (b) Is nickel ferromagnetic at room temperature?",
        _NI_MS,
        "A/m",
    ),
    (
        "A solenoid 0.25 m long has 400 turns and carries 15 A. Its core is a titanium rod (χ_m = 1.81 × 10⁻⁴). Compute the magnetic field strength H inside the coil, in A m⁻¹.",
        400 * 15 / 0.25,
        "A/m",
    ),
    (
        "A solenoid 0.25 m long has 400 turns and carries 15 A. Its core is a titanium rod with χ_m = 1.81 × 10⁻⁴. What is the flux density B inside the core, in tesla?",
        MU0 * (1 + 1.81e-4) * 400 * 15 / 0.25,
        "T",
    ),
    (
        "A solenoid 0.25 m long has 400 turns and carries 15 A. Its core is a titanium rod (χ_m = 1.81 × 10⁻⁴, density 4.51 g cm⁻³). Compute (a) H inside the coil and (b) the magnetization of the core when the current is doubled, in A m⁻¹.",
        1.81e-4 * 400 * 30 / 0.25,
        "A/m",
    ),
    (
        "The B–H loop of a transformer steel encloses 250 J m⁻³ per cycle. The core has a volume of 1.5 × 10⁻³ m³. What is the hysteresis power loss at 50 Hz, in W?",
        250 * 1.5e-3 * 50,
        "W",
    ),
    (
        "The B–H loop of a transformer steel encloses 250 J m⁻³ per cycle. The core weighs 12.0 kg and the steel's density is 7 650 kg m⁻³. What energy, in J, is lost to hysteresis in one cycle?",
        250 * 12.0 / 7650,
        "J",
    ),
    (
        "The B–H loop of a transformer steel encloses 250 J m⁻³ per cycle. The core weighs 12.0 kg and the steel's density is 7 650 kg m⁻³. How much energy, in kJ, is lost in one hour of operation at 60 Hz?",
        250 * 12.0 / 7650 * 60 * 3600 / 1e3,
        "kJ",
    ),
    (
        "Above its Curie temperature a ferromagnet obeys χ = C/(T − θ). The susceptibility is 0.105 at 330 K and 0.0370 at 400 K. Determine θ in kelvin.",
        _CW_TH,
        "K",
    ),
    (
        "Above its Curie temperature a ferromagnet obeys χ = C/(T − θ). The susceptibility is 0.105 at 330 K and 0.0370 at 400 K. What is the Curie constant C, in K?",
        _CW_C,
        "K",
    ),
    (
        "Above its Curie temperature a ferromagnet obeys χ = C/(T − θ). The susceptibility is 0.105 at 330 K and 0.0370 at 400 K. Estimate the susceptibility at 360 K.",
        _CW_C / (360 - _CW_TH),
        "dimensionless",
    ),
    (
        "α-iron (BCC, a = 2.866 Å) has a saturation magnetization of 1.71 × 10⁶ A m⁻¹ at 0 K. What is the net magnetic moment per iron atom, in J/T?",
        1.71e6 * (2.866e-10) ** 3 / 2,
        "J/T",
    ),
    (
        "A ferromagnetic metal has a saturation magnetization of 1.71 × 10⁶ A m⁻¹ and a lattice parameter of 2.866 Å. How many Bohr magnetons per atom does this correspond to?",
        None,
        "dimensionless",
    ),
    (
        "Nickel (FCC, a = 3.524 Å) has a saturation magnetization of 5.1 × 10⁵ A m⁻¹ at 0 K. How many Bohr magnetons per atom is that?",
        5.1e5 * (3.524e-10) ** 3 / (4 * MU_B),
        "dimensionless",
    ),
    # --- optical
    (
        "A glass plate 20 mm thick has n = 1.52 and absorption coefficient β = 2.5 × 10⁻³ mm⁻¹. What fraction of normally incident light is reflected at its front surface?",
        ((1.52 - 1) / (1.52 + 1)) ** 2,
        "dimensionless",
    ),
    (
        "A glass plate 50 mm thick has refractive index 1.52 and absorption coefficient 2.5 × 10⁻³ mm⁻¹. What percentage of normally incident light is transmitted? Neglect multiple internal reflections.",
        (1 - ((0.52) / 2.52) ** 2) ** 2 * math.exp(-2.5e-3 * 50) * 100,
        "percent",
    ),
    (
        "Light crosses 20 mm of a glass whose absorption coefficient is 2.5 × 10⁻³ mm⁻¹. Ignoring reflection, what percentage of the light entering the glass is absorbed in it?",
        (1 - math.exp(-2.5e-3 * 20)) * 100,
        "percent",
    ),
    (
        "A red laser diode emits 5.0 mW at a wavelength of 650 nm; its threshold current is 30 mA. What is the energy of one photon, in eV?",
        h * c / 650e-9 / e,
        "eV",
    ),
    (
        "A laser diode at 650 nm emits 1.0 × 10¹⁶ photons per second. What is its optical output power, in mW?",
        1e16 * h * c / 650e-9 * 1e3,
        "mW",
    ),
    (
        "A red laser diode emits 5.0 mW of continuous output at 650 nm. How many photons does it emit in one minute?",
        5.0e-3 * 60 * 650e-9 / (h * c),
        "dimensionless",
    ),
    (
        "A phosphor's emission decays exponentially after the excitation stops; it has fallen to 40 % of its initial intensity 3.0 s after switch-off. What is its decay time constant τ, in s?",
        _TAU_LUM,
        "s",
    ),
    (
        "A phosphor's emission decays exponentially after the excitation stops; it has fallen to 40 % of its initial intensity 3.0 s after switch-off. What percentage of the initial intensity remains after 5.0 s?",
        100 * math.exp(-5.0 / _TAU_LUM),
        "percent",
    ),
    (
        "A phosphor's emission decays exponentially; 3.0 s after switch-off it is 40 % of the initial value. How much longer after that, in s, does it take to fall to 5.0 %?",
        _TAU_LUM * math.log(20) - 3.0,
        "s",
    ),
    # --- thermal
    (
        "A copper-alloy rod held between rigid supports is stress-free at 15 °C; E = 115 000 MPa and α_l = 17.6 × 10⁻⁶ °C⁻¹. What compressive stress, in MPa, builds up when it is heated to 60 °C?",
        115000 * 17.6e-6 * 45,
        "MPa",
    ),
    (
        "A copper-alloy rod held between rigid supports is stress-free at 15 °C; E = 115 000 MPa and α_l = 17.6 × 10⁻⁶ °C⁻¹. To what temperature, in °C, may it be cooled before the tensile stress reaches 140 MPa?",
        15 - 140 / (115000 * 17.6e-6),
        "degC",
    ),
    (
        "A copper-alloy rod is free to expand; it is at 15 °C. For the alloy E = 115 000 MPa and α_l = 17.6 × 10⁻⁶ °C⁻¹. What stress, in MPa, arises when it is heated to 60 °C?",
        None,
        "MPa",
    ),
    (
        "A copper-alloy rod 12 mm in diameter is held between rigid supports and is stress-free at 15 °C (E = 115 000 MPa, α_l = 17.6 × 10⁻⁶ °C⁻¹). What force, in kN, do the supports exert when it is heated to 60 °C?",
        115000 * 17.6e-6 * 45 * PI * 6**2 / 1e3,
        "kN",
    ),
    (
        "A dense alumina plate (σ_f = 300 MPa, E = 380 GPa, ν = 0.22, α_l = 8.8 × 10⁻⁶ K⁻¹) is quenched. If the surface layer is fully constrained by the interior, what flexural strength, in MPa, would be needed to survive a drop of 100 K?",
        100 * 380e3 * 8.8e-6 / 0.78,
        "MPa",
    ),
    (
        "A dense alumina rod (σ_f = 300 MPa, E = 380 GPa, α_l = 8.8 × 10⁻⁶ K⁻¹, ν = 0.22) is held between rigid walls and cooled uniformly. By how many kelvin can it be cooled before it fractures?",
        300 / (380e3 * 8.8e-6),
        "K",
    ),
    (
        "Silicon at 300 K has a volumetric heat capacity of 1.66 × 10⁶ J m⁻³ K⁻¹, a mean sound velocity of 6 400 m s⁻¹ and a phonon mean free path of 40 nm. Estimate its thermal conductivity by the kinetic-theory expression, in W m⁻¹ K⁻¹.",
        1.66e6 * 6400 * 40e-9 / 3,
        "W/m/K",
    ),
    (
        "Silicon at 300 K has a thermal conductivity of 148 W m⁻¹ K⁻¹, a volumetric heat capacity of 1.66 × 10⁶ J m⁻³ K⁻¹ and a mean sound velocity of 6 400 m s⁻¹. Estimate the phonon mean free path in µm.",
        3 * 148 / (1.66e6 * 6400) * 1e6,
        "micrometer",
    ),
    (
        "A copper alloy has an electrical resistivity of 5.4 µΩ cm at 25 °C. Assuming heat is carried by the free electrons (L = 2.44 × 10⁻⁸ W Ω K⁻²), estimate its thermal conductivity at 25 °C in W m⁻¹ K⁻¹.",
        2.44e-8 * 298.15 / 5.4e-8,
        "W/m/K",
    ),
    (
        "A copper alloy conducts heat with k = 135 W m⁻¹ K⁻¹ at 25 °C, carried essentially by free electrons. Taking L = 2.44 × 10⁻⁸ W Ω K⁻², estimate its electrical resistivity in µΩ cm.",
        2.44e-8 * 298.15 / 135 * 1e8,
        "microohm*cm",
    ),
    (
        "A copper alloy has an electrical resistivity of 5.4 µΩ cm. Assuming heat is carried by free electrons and L = 2.44 × 10⁻⁸ W Ω K⁻², estimate its electrical conductivity in S/m.",
        1 / 5.4e-8,
        "S/m",
    ),
    # --- polymers
    (
        "A poly(vinyl chloride) has a weight-average molecular weight of 85 000 g mol⁻¹. What is its weight-average degree of polymerization? (Atomic weights: H 1.008, C 12.011, Cl 35.45.)",
        85000 / (2 * 12.011 + 3 * 1.008 + 35.45),
        "dimensionless",
    ),
    (
        "A polypropylene has a number-average molecular weight of 120 000 g mol⁻¹. What is its number-average degree of polymerization? (C 12.011, H 1.008.)",
        120000 / (3 * 12.011 + 6 * 1.008),
        "dimensionless",
    ),
    (
        "A poly(vinyl chloride) has a number-average degree of polymerization of 1 500. What is its number-average molecular weight, in g mol⁻¹? (H 1.008, C 12.011, Cl 35.45.)",
        1500 * (2 * 12.011 + 3 * 1.008 + 35.45),
        "g/mol",
    ),
    (
        "A polystyrene sample is given as number fractions:\n\nmean molecular weight of range (kg mol⁻¹):   15     25     35     45     55\nnumber fraction x_i:                        0.10   0.25   0.35   0.20   0.10\n\nCompute the number-average molecular weight, in kg mol⁻¹.",
        0.10 * 15 + 0.25 * 25 + 0.35 * 35 + 0.20 * 45 + 0.10 * 55,
        "kg/mol",
    ),
    (
        "A polystyrene sample is given as number fractions:\n\nmean molecular weight of range (kg mol⁻¹):   15     25     35     45     55\nnumber fraction x_i:                        0.10   0.25   0.35   0.20   0.10\n\nCompute the weight-average molecular weight, in kg mol⁻¹.",
        (0.10 * 15**2 + 0.25 * 25**2 + 0.35 * 35**2 + 0.20 * 45**2 + 0.10 * 55**2) / 34.5,
        "kg/mol",
    ),
    (
        "A polypropylene moulding has a density of 0.904 g cm⁻³; totally crystalline and totally amorphous polypropylene have densities of 0.946 and 0.852 g cm⁻³. What is its percent crystallinity by mass?",
        0.946 * (0.904 - 0.852) / (0.904 * (0.946 - 0.852)) * 100,
        "percent",
    ),
    (
        "A polypropylene moulding has a density of 0.904 g cm⁻³; totally crystalline and totally amorphous polypropylene have densities of 0.946 and 0.852 g cm⁻³. What percentage of its volume is crystalline?",
        (0.904 - 0.852) / (0.946 - 0.852) * 100,
        "percent",
    ),
    (
        "A polypropylene moulding has a density of 0.904 g cm⁻³; totally crystalline and totally amorphous polypropylene have densities of 0.946 and 0.852 g cm⁻³. What percentage of its volume is amorphous?",
        (0.946 - 0.904) / (0.946 - 0.852) * 100,
        "percent",
    ),
    (
        "An amorphous polymer is suddenly stretched to a strain of 0.50 and held. The stress is 6.2 MPa at first and 4.4 MPa after 35 s. Assuming Maxwell behaviour, what is the relaxation time, in s?",
        _TAU_REL,
        "s",
    ),
    (
        "An amorphous polymer is suddenly stretched to a strain of 0.50 and held. The stress is 6.2 MPa at first and 4.4 MPa after 35 s. Assuming Maxwell behaviour, what stress, in MPa, remains after 100 s?",
        6.2 * math.exp(-100 / _TAU_REL),
        "MPa",
    ),
    (
        "An amorphous polymer is suddenly stretched to a strain of 0.50 and held. The stress is 6.2 MPa at first and 4.4 MPa after 35 s. What is the relaxation modulus E_r(35 s), in MPa?",
        4.4 / 0.50,
        "MPa",
    ),
    (
        "An amorphous polymer is suddenly stretched to a strain of 0.25 and held. The stress is 6.2 MPa at first and 4.4 MPa after 35 s. Assuming Maxwell behaviour, compute E_r(100 s) in MPa.",
        6.2 * math.exp(-100 / _TAU_REL) / 0.25,
        "MPa",
    ),
    (
        "A polymer melt has a relaxation time of 100 s at its T_g of 100 °C. With the universal WLF constants C₁ = 17.44 and C₂ = 51.6 K, what is the shift factor a_T at 120 °C?",
        10 ** (-17.44 * 20 / (51.6 + 20)),
        "dimensionless",
    ),
    (
        "A polymer melt has a relaxation time of 100 s at its T_g of 100 °C. With C₁ = 17.44 and C₂ = 51.6 K in the WLF equation, estimate the relaxation time at 140 °C, in ms.",
        100 * 10 ** (-17.44 * 40 / (51.6 + 40)) * 1e3,
        "ms",
    ),
    (
        "A polymer has a relaxation time of 100 s at T_g = 100 °C. With the WLF constants C₁ = 17.44 and C₂ = 51.6 K, estimate its relaxation time at 60 °C.",
        None,
        "s",
    ),
    # --- composites and ceramics
    (
        "An aligned carbon-fibre/epoxy lamina has V_f = 0.60, E_f = 230 GPa and E_m = 3.4 GPa. Compute the transverse modulus E_ct by the isostress rule, in GPa.",
        _ECT,
        "GPa",
    ),
    (
        "An aligned carbon-fibre/epoxy lamina has V_f = 0.60, E_f = 230 GPa and E_m = 3.4 GPa. Compute the longitudinal modulus E_cl, in GPa.",
        _ECL,
        "GPa",
    ),
    (
        "An aligned carbon-fibre/epoxy lamina has V_f = 0.60, E_f = 230 GPa and E_m = 3.4 GPa. Compute the ratio of the transverse to the longitudinal modulus, E_ct/E_cl.",
        _ECT / _ECL,
        "dimensionless",
    ),
    (
        "An aligned glass-fibre/polyester lamina contains 45 vol% fibres (E_f = 72 GPa) in a matrix of E_m = 3.0 GPa. Compute E_cl/E_ct.",
        (0.45 * 72 + 0.55 * 3.0) / (72 * 3.0 / (0.55 * 72 + 0.45 * 3.0)),
        "dimensionless",
    ),
    (
        "Fully dense alumina has E₀ = 393 GPa and E = E₀(1 − 1.9P + 0.9P²), P the volume fraction of porosity. What is E, in GPa, for 8 vol% porosity?",
        393 * (1 - 1.9 * 0.08 + 0.9 * 0.08**2),
        "GPa",
    ),
    (
        "Fully dense alumina has E₀ = 393 GPa and E = E₀(1 − 1.9P + 0.9P²). A sintered bar has E = 300 GPa. What is its relative density, in percent of theoretical?",
        100 * (1 - (1.9 - math.sqrt(1.9**2 - 4 * 0.9 * (1 - 300 / 393))) / (2 * 0.9)),
        "percent",
    ),
    (
        "MgO has the rock-salt structure with a = 0.4212 nm; the atomic weights are Mg 24.305 and O 15.999 g mol⁻¹. Compute its theoretical density in g cm⁻³.",
        4 * (24.305 + 15.999) / (NA * (0.4212e-7) ** 3),
        "g/cm**3",
    ),
    (
        "MgO has the rock-salt structure; the ionic radii are r(Mg²⁺) = 0.072 nm and r(O²⁻) = 0.140 nm and the atomic weights Mg 24.305 and O 15.999 g mol⁻¹. Estimate its density from the ionic radii, in g cm⁻³.",
        4 * (24.305 + 15.999) / (NA * (2 * (0.072 + 0.140) * 1e-7) ** 3),
        "g/cm**3",
    ),
    (
        "MgO has the rock-salt structure with a lattice parameter of 0.4212 nm. How many formula units of MgO are in a cubic micrometre?",
        4 / (0.4212e-3) ** 3,
        "dimensionless",
    ),
    (
        "A ceramic compact is pressed to 55 % of theoretical density and sintered to 97 %. Assuming isotropic shrinkage and no mass loss, what is the volume shrinkage, in percent of the green volume?",
        (1 - 0.55 / 0.97) * 100,
        "percent",
    ),
    (
        "A ceramic compact is pressed to 55 % of theoretical density and sintered to 97 %. Assuming isotropic shrinkage and no mass loss, by what percentage of the sintered dimension is the green part larger?",
        ((0.97 / 0.55) ** (1 / 3) - 1) * 100,
        "percent",
    ),
    (
        "A ceramic compact is pressed to 60 % of theoretical density and sintered to full density. Assuming isotropic shrinkage and no mass loss, what linear shrinkage, in percent of the green dimension, results?",
        (1 - 0.60 ** (1 / 3)) * 100,
        "percent",
    ),
    # --- corrosion
    (
        "A carbon-steel coupon with an exposed area of 0.040 m² loses 12.5 g in three months in seawater; the steel's density is 7.87 g cm⁻³. Express the corrosion penetration rate in mm per year.",
        12.5 / (7.87 * 400 * 0.25) * 10,
        "mm/year",
    ),
    (
        "A carbon-steel coupon with an exposed area of 0.040 m² loses 12.5 g in six months in seawater; the steel's density is 7.87 g cm⁻³. Express the corrosion penetration rate in mm per year.",
        12.5 / (7.87 * 400 * 0.5) * 10,
        "mm/year",
    ),
    (
        "A carbon-steel coupon with an exposed area of 0.040 m² corrodes at a uniform penetration rate of 0.40 mm per year; the steel's density is 7.87 g cm⁻³. What mass, in g, does it lose in one year?",
        0.040 * 0.40e-3 * 7870 * 1e3,
        "g",
    ),
    (
        "Nickel oxidises to NiO. Data: Ni — 58.69 g mol⁻¹, 8.90 g cm⁻³; NiO — 74.69 g mol⁻¹, 6.67 g cm⁻³. What is the volume of oxide formed per unit volume of metal consumed?",
        74.69 * 8.90 / (58.69 * 6.67),
        "dimensionless",
    ),
    (
        "Iron oxidises to FeO. Data: Fe — 55.85 g mol⁻¹, 7.87 g cm⁻³, melting point 1 538 °C; FeO — 71.85 g mol⁻¹, 5.70 g cm⁻³. (a) Compute the Pilling–Bedworth ratio. (b) Is the scale likely to be protective? Explain.",
        71.85 * 7.87 / (55.85 * 5.70),
        "dimensionless",
    ),
    (
        "Aluminium oxidises to Al₂O₃. Data: Al — 26.98 g mol⁻¹, 2.70 g cm⁻³; Al₂O₃ — 101.96 g mol⁻¹, 3.95 g cm⁻³. Compute the Pilling–Bedworth ratio.",
        101.96 * 2.70 / (2 * 26.98 * 3.95),
        "dimensionless",
    ),
    # --- round 4b: the classes found above, and more givens that change the answer
    (
        "A copper alloy has an electrical resistivity of 5.4 µΩ cm at 25 °C. Assuming heat is carried by the free electrons (L = 2.44 × 10⁻⁸ W Ω K⁻²), estimate its thermal conductivity at 300 °C, in W m⁻¹ K⁻¹.",
        None,
        "W/m/K",
    ),
    (
        "In a tensile test the engineering stress at fracture is 310 MPa and the engineering strain at fracture 0.35. What is the true stress at fracture, in MPa, from these values?",
        None,
        "MPa",
    ),
    (
        "Copper is FCC with a = 0.3615 nm. What is the magnitude of the Burgers vector of a Frank partial dislocation, in nm?",
        0.3615 / math.sqrt(3),
        "nm",
    ),
    (
        "An embedded crack 0.50 mm long, with a tip radius of 2.0 µm, lies perpendicular to a tensile stress of 140 MPa. Estimate the stress at its tips, in GPa.",
        2 * 140 * math.sqrt(0.25e-3 / 2.0e-6) / 1e3,
        "GPa",
    ),
    (
        "Hall data for a thin n-type plate: thickness (along B) 0.50 mm; current 10.0 mA; flux density 0.40 T; Hall voltage 2.5 mV; conductivity 45 S m⁻¹. Assuming electrons only, determine (a) the electron concentration and (b) the electron mobility, in m² V⁻¹ s⁻¹.",
        45 / (_HALL_N * e),
        "m**2/V/s",
    ),
    (
        "The molecular-weight distribution of a polystyrene is given as weight fractions:\n\nmean molecular weight of range (kg mol⁻¹):   15     25     35     45     55\nweight fraction w_i:                        0.10   0.25   0.35   0.20   0.10\n\nCompute the polydispersity index M̄_w/M̄_n.",
        (0.10 * 15 + 0.25 * 25 + 0.35 * 35 + 0.20 * 45 + 0.10 * 55)
        * (0.10 / 15 + 0.25 / 25 + 0.35 / 35 + 0.20 / 45 + 0.10 / 55),
        "dimensionless",
    ),
    (
        "The molecular-weight distribution of a polystyrene is given as weight fractions:\n\nmean molecular weight of range (kg mol⁻¹):   15     25     35     45     55\nweight fraction w_i:                        0.10   0.25   0.35   0.20   0.10\n\nCompute the number-average molecular weight, in kg mol⁻¹.",
        1 / (0.10 / 15 + 0.25 / 25 + 0.35 / 35 + 0.20 / 45 + 0.10 / 55),
        "kg/mol",
    ),
    (
        "With Co Kα radiation (λ = 0.178 897 nm) the 110 line of α-iron (BCC) appears at 2θ = 52.37°. What is the lattice parameter of α-iron, in nm?",
        0.178897 / (2 * math.sin(math.radians(26.185))) * math.sqrt(2),
        "nm",
    ),
    (
        "For an alloy at the service stress, the Larson–Miller parameter is P = T(25 + log t_r) = 2.15 × 10⁴ (T in K, t_r in h). Predict the rupture lifetime at 650 °C, in hours.",
        10 ** (2.15e4 / 923.15 - 25),
        "hour",
    ),
    (
        "Austenite transforms to pearlite following the Avrami equation with n = 2.5. After 80 s the fraction transformed is 0.25. What fraction is still untransformed after 150 s?",
        math.exp(-_AV_K * 150**2.5),
        "dimensionless",
    ),
    (
        "A dense alumina rod (σ_f = 300 MPa, E = 380 GPa, ν = 0.22, α_l = 8.8 × 10⁻⁶ K⁻¹) is quenched. Treating its surface as constrained along the rod axis only (uniaxially), what is the largest sudden temperature drop, in K, it survives?",
        300 / (380e3 * 8.8e-6),
        "K",
    ),
    (
        "The B–H loop of a transformer steel encloses 250 J m⁻³ per cycle; the steel's density is 7 650 kg m⁻³. What is the hysteresis loss per kilogram of core at 60 Hz, in W/kg?",
        250 * 60 / 7650,
        "W/kg",
    ),
    (
        "A glass plate 20 mm thick has n = 1.52 and β = 2.5 × 10⁻³ mm⁻¹. Including all multiple internal reflections, what percentage of normally incident light is transmitted?",
        100
        * (1 - (0.52 / 2.52) ** 2) ** 2
        * math.exp(-0.05)
        / (1 - (0.52 / 2.52) ** 4 * math.exp(-0.10)),
        "percent",
    ),
    (
        "An intrinsic semiconductor conducts 2.2 Ω⁻¹ m⁻¹ at 27 °C and 56 Ω⁻¹ m⁻¹ at 127 °C. Taking the pre-exponential factor of σ to vary as T^(3/2), estimate the band gap in eV.",
        2 * k * (math.log(56 / 2.2) - 1.5 * math.log(400.15 / 300.15)) / (1 / 300.15 - 1 / 400.15),
        "eV",
    ),
    (
        "A steel coupon of 400 cm² exposed area loses 12.5 g in 91 days in seawater; the steel's density is 7 870 kg m⁻³. What is the penetration rate in mm per year (365 days)?",
        12.5 / (7.87 * 400) * 10 * 365 / 91,
        "mm/year",
    ),
    (
        "A ceramic compact pressed to 55 % of theoretical density shrinks linearly by 15 % on sintering, isotropically and with no mass loss. What is the sintered density, in percent of theoretical?",
        55 / 0.85**3,
        "percent",
    ),
    (
        "A metallographer counts 28 grains per square inch on a micrograph taken at a magnification of 50×. What is the ASTM grain-size number?",
        1 + math.log2(28 * 0.25),
        "dimensionless",
    ),
    (
        "The Schottky defect energy in KCl is 2.6 eV. What fraction of the cation sites is vacant at 600 °C?",
        math.exp(-2.6 / (2 * k * 873.15)),
        "dimensionless",
    ),
    (
        "A solenoid 0.25 m long has 400 turns and carries 15 A. Its core is a rod of relative permeability 1.000181. What is the magnetization of the core, in A m⁻¹?",
        0.000181 * 400 * 15 / 0.25,
        "A/m",
    ),
    (
        "Copper is FCC, a = 0.3615 nm. What is the magnitude of the Burgers vector, in Å, of a dislocation in copper?",
        3.615 / math.sqrt(2),
        "angstrom",
    ),
    (
        "A brass rod 8.0 mm in diameter and 250 mm long carries a tensile load of 6 500 N (E = 97 GPa, elastic). How long is the rod while this load acts, in mm?",
        250 + 6500 * 250 / (PI * 4.0**2 * 97e3),
        "mm",
    ),
    (
        "A brass bar 250 mm long and 8.0 mm in diameter is loaded elastically in tension by 6 500 N (E = 97 GPa). What is its stretched length, in mm?",
        250 + 6500 * 250 / (PI * 4.0**2 * 97e3),
        "mm",
    ),
    (
        "A polypropylene moulding has a density of 0.904 g cm⁻³; the totally crystalline and totally amorphous polymer have densities of 0.946 and 0.852 g cm⁻³. What volume fraction of the moulding is amorphous?",
        (0.946 - 0.904) / (0.946 - 0.852),
        "dimensionless",
    ),
    (
        "A polypropylene moulding has a density of 0.904 g cm⁻³; the totally crystalline and totally amorphous polymer have densities of 0.946 and 0.852 g cm⁻³. What is its amorphous content by volume, in percent?",
        (0.946 - 0.904) / (0.946 - 0.852) * 100,
        "percent",
    ),
    (
        "A polymer melt relaxes with τ = 100 s at its glass transition, T_g = 100 °C. With the WLF constants C₁ = 17.44 and C₂ = 51.6 K, what is the relaxation time at 90 °C, in s?",
        None,
        "s",
    ),
    (
        "An aluminium alloy plate (K_Ic = 26 MPa·m^½) has a centre crack 8.0 mm long. Assuming Y = 1.0, what stress, in MPa, causes fast fracture?",
        26 / math.sqrt(PI * 4.0e-3),
        "MPa",
    ),
    (
        "A spring steel with E = 207 GPa is loaded to 500 MPa, below its yield strength of 830 MPa. What elastic strain energy per unit volume does it store, in MJ/m³?",
        500**2 / (2 * 207e3),
        "MJ/m**3",
    ),
    # --- round 4c: a diffusion coefficient stated at one temperature, the process at another
    (
        "Copper diffuses in aluminium with D = 4.2 × 10⁻¹⁴ m²/s at 500 °C. A 1.0 mm thick aluminium sheet at 600 °C has a copper concentration gradient of 2.0 kg/m³ per mm. What is the diffusion flux in kg m⁻² s⁻¹?",
        None,
        "kg/m**2/s",
    ),
    (
        "Copper diffuses in aluminium with D = 4.2 × 10⁻¹⁴ m²/s at 500 °C. A 1.0 mm thick aluminium sheet at 500 °C has a copper concentration gradient of 2.0 kg/m³ per mm. What is the diffusion flux in kg m⁻² s⁻¹?",
        4.2e-14 * 2.0e3,
        "kg/m**2/s",
    ),
    (
        "For carbon in iron, D = 3.0 × 10⁻¹¹ m²/s at 900 °C. A steel with 0.20 wt% C is carburised at 1000 °C with the surface held at 1.00 wt% C. How long, in hours, until the carbon content at 0.6 mm depth is 0.45 wt%?",
        None,
        "hour",
    ),
    (
        "For carbon in iron, D = 3.0 × 10⁻¹¹ m²/s at 900 °C. A steel with 0.20 wt% C is carburised at 900 °C with the surface held at 1.00 wt% C. How long, in hours, until the carbon content at 0.6 mm depth is 0.45 wt%?",
        (0.6e-3 / (2 * _Z)) ** 2 / 3.0e-11 / 3600,
        "hour",
    ),
]
