"""Neighbour questions, round 11 (issue 11, precision), in our own words.

Written by helper probe12 around the items of sets M and L that the solver answers: the other metal,
phase or species, a ratio or a change instead of one value, per cell vs per volume, radius vs
diameter, inverse problems (an input from a given result), givens in other units (psi, ksi, °F,
kcal, eV/atom, in., Btu, kgf/mm², Oe), one added datum that changes the answer (a second
temperature, a factor of safety, another crack geometry), multiple-choice stems whose options are
numbers (none matching, two matching), values with uncertainties, engineering notation, 'Assume …'
sentences that lift a premise of the relation, 'Using your answer to (a)' with (a)'s value given,
the unit as an answer blank or in brackets, scaled units, signed asks (compression negative, heat
into the body positive), and near-misses the relation does not fit. Keys computed below with plain
math; a key of None means the question must be refused.
tests/test_answer_neighbours.py holds them at 0 wrong.

Main (061e867) answered 132 of these 256 and 6 wrong: a premise lifted in words answered with it
kept ('the surface concentration is not constant', 'take the T^(3/2) dependence of n_i into
account'), a stress asked with compression negative for a load called compressive answered
positive, a creep rate at a second temperature answered by the one-temperature stress law (the rate
unchanged), a grain radius read as the initial grain diameter, and the Curie–Weiss law applied to
data said to lie below the Curie point (classes in tests/test_answer_probe12_classes.py).
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
F = 96485.33212
PSI = 6894.757293168
IN = 0.0254
BTU = 1055.05585262
CAL = 4.184
MU_0 = 1.25663706212e-6
YEAR = 3.15576e7


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


_HCP = 3 * math.sqrt(3) / 2
_AV_K = -math.log(0.5) / 120**2.5  # Avrami k from 50 % at 120 s, n = 2.5

# (question, key or None for must-refuse, pint unit of the key)
QUESTIONS: list[tuple[str, float | None, str]] = [
    # --- density: other metal, other unit, inverse, uncertainty, engineering notation
    (
        "Palladium is face-centred cubic with a lattice parameter of (0.3891 ± 0.0002) nm and an atomic weight of 106.42 g/mol. Compute its theoretical density in g/cm³.",
        4 * 106.42 / (NA * (0.3891e-7) ** 3),
        "g/cm**3",
    ),
    (
        "Molybdenum is BCC with a = 3.147e-10 m and an atomic weight of 95.95 g/mol. Compute its theoretical density in kg/m³.",
        2 * 95.95 / (NA * (3.147e-8) ** 3) * 1000,
        "kg/m**3",
    ),
    (
        "Gold is FCC with a density of 19.32 g/cm³ and an atomic weight of 196.97 g/mol. Calculate its lattice parameter in Å.",
        (4 * 196.97 / (NA * 19.32)) ** (1 / 3) * 1e8,
        "angstrom",
    ),
    (
        "Tungsten is BCC with a density of 19.25 g/cm³ and an atomic weight of 183.84 g/mol. Calculate its atomic radius in nm.",
        (2 * 183.84 / (NA * 19.25)) ** (1 / 3) * math.sqrt(3) / 4 * 1e7,
        "nm",
    ),
    (
        "Platinum is FCC with a lattice parameter of 0.3924 nm and an atomic weight of 195.08 g/mol. Its theoretical density is closest to (A) 19.3 g/cm³ (B) 21.4 g/cm³ (C) 22.6 g/cm³ (D) 24.0 g/cm³.",
        4 * 195.08 / (NA * (0.3924e-7) ** 3),
        "g/cm**3",
    ),
    (
        "Chromium is BCC with a lattice parameter of 0.2884 nm and an atomic weight of 52.00 g/mol. Its theoretical density is closest to (A) 5.2 g/cm³ (B) 6.1 g/cm³ (C) 8.1 g/cm³ (D) 9.0 g/cm³.",
        None,
        "g/cm**3",
    ),
    (
        "Zinc is HCP with a = 0.2665 nm and c = 0.4947 nm; its atomic weight is 65.38 g/mol. Calculate its theoretical density in g/cm³.",
        6 * 65.38 / (NA * _HCP * (0.2665e-7) ** 2 * 0.4947e-7),
        "g/cm**3",
    ),
    (
        "Cobalt is HCP with a = 0.2507 nm and c = 0.4069 nm. Calculate the volume of the hexagonal unit cell (the six-atom prism) in nm³.",
        _HCP * 0.2507**2 * 0.4069,
        "nm**3",
    ),
    (
        "Aluminium is FCC with a = 0.4049 nm and an atomic weight of 26.98 g/mol. What is the mass of one unit cell, in grams?",
        4 * 26.98 / NA,
        "g",
    ),
    (
        "Silver is FCC with a = 0.4086 nm. How many atoms are there per cubic centimetre?",
        4 / (0.4086e-7) ** 3,
        "1/cm**3",
    ),
    (
        "Copper is FCC with a lattice parameter of 0.3615 nm and an atomic weight of 63.55 g/mol. At 1000 °C its lattice parameter is 0.3675 nm. Calculate its theoretical density at 1000 °C in g/cm³.",
        4 * 63.55 / (NA * (0.3675e-7) ** 3),
        "g/cm**3",
    ),
    (
        "Lithium fluoride has the rock-salt structure with r(Li⁺) = 0.076 nm and r(F⁻) = 0.133 nm; atomic weights 6.94 and 19.00 g/mol. Compute its theoretical density in g/cm³.",
        4 * (6.94 + 19.00) / (NA * (2 * (0.076 + 0.133) * 1e-7) ** 3),
        "g/cm**3",
    ),
    (
        "Nickel oxide has the rock-salt structure with r(Ni²⁺) = 0.069 nm and r(O²⁻) = 0.140 nm; atomic weights 58.69 and 16.00 g/mol. Compute the mass of one unit cell in grams.",
        4 * (58.69 + 16.00) / NA,
        "g",
    ),
    (
        "MgO has the rock-salt structure with a measured density of 3.58 g/cm³ (atomic weights 24.31 and 16.00 g/mol). Calculate its lattice parameter in nm.",
        (4 * 40.31 / (NA * 3.58)) ** (1 / 3) * 1e7,
        "nm",
    ),
    # --- vacancies
    (
        "The energy of vacancy formation in aluminium is 0.75 eV per atom. What fraction of the lattice sites is vacant at 600 °C?",
        math.exp(-0.75 / (k * _k(600))),
        "dimensionless",
    ),
    (
        "The energy of vacancy formation in aluminium is 0.75 eV per atom. What fraction of the lattice sites is occupied (not vacant) at 600 °C?",
        None,
        "dimensionless",
    ),
    (
        "The vacancy formation energy of gold is 0.98 eV/atom. What fraction of the sites is vacant at 1500 °F?",
        math.exp(-0.98 / (k * _k(_f2c(1500)))),
        "dimensionless",
    ),
    (
        "The vacancy formation energy of a metal is 22.0 kcal/mol. Compute the equilibrium vacancy fraction at 900 K.",
        math.exp(-22000 * CAL / (R * 900)),
        "dimensionless",
    ),
    (
        "Gold has a density of 19.32 g/cm³ and an atomic weight of 196.97 g/mol; the vacancy formation energy is 0.98 eV/atom. Calculate the number of vacancies per cubic metre at 900 °C.",
        19.32 * NA / 196.97 * 1e6 * math.exp(-0.98 / (k * _k(900))),
        "1/m**3",
    ),
    (
        "Gold has a density of 19.32 g/cm³ and an atomic weight of 196.97 g/mol. How many atomic sites are there per cubic metre?",
        19.32 * NA / 196.97 * 1e6,
        "1/m**3",
    ),
    (
        "The equilibrium vacancy fraction of a metal is 3.0 × 10⁻⁶ at 600 °C and 8.0 × 10⁻⁵ at 900 °C. Determine the vacancy formation energy in eV/atom.",
        k * math.log(8.0e-5 / 3.0e-6) / (1 / _k(600) - 1 / _k(900)),
        "eV",
    ),
    (
        "The equilibrium vacancy fraction of a metal is 3.0 × 10⁻⁶ at 600 °C and 8.0 × 10⁻⁵ at 900 °C. What is the vacancy fraction at 1000 °C?",
        8.0e-5
        * math.exp(
            -(math.log(8.0e-5 / 3.0e-6) / (1 / _k(600) - 1 / _k(900)))
            * (1 / _k(1000) - 1 / _k(900))
        ),
        "dimensionless",
    ),
    (
        "For nickel the vacancy formation energy is 1.60 eV/atom. By what factor does the vacancy fraction increase on heating from 800 °C to 1200 °C?",
        math.exp(1.60 / k * (1 / _k(800) - 1 / _k(1200))),
        "dimensionless",
    ),
    (
        "For nickel the vacancy formation energy is 1.60 eV/atom. By what factor does the vacancy fraction decrease on cooling from 1200 °C to 800 °C?",
        math.exp(1.60 / k * (1 / _k(800) - 1 / _k(1200))),
        "dimensionless",
    ),
    (
        "A metal has 2.0 × 10⁻⁴ of its sites vacant at 1100 °C. Its vacancy formation energy, assuming the pre-exponential factor is 1, is closest to (A) 0.8 eV (B) 1.0 eV (C) 1.2 eV (D) 1.4 eV.",
        None,
        "eV",
    ),
    # --- diffusion Arrhenius
    (
        "For carbon in α-iron D₀ = 6.2 × 10⁻⁷ m²/s and Q_d = 80 kJ/mol. Calculate D at 500 °C in units of 10^{-12} m^2/s.",
        6.2e-7 * math.exp(-80000 / (R * _k(500))) / 1e-12,
        "dimensionless",
    ),
    (
        "For copper diffusing in aluminium D₀ = 6.5 × 10⁻⁵ m²/s and Q = 136 kJ/mol. Compute the diffusion coefficient at 932 °F in m²/s.",
        6.5e-5 * math.exp(-136000 / (R * _k(_f2c(932)))),
        "m**2/s",
    ),
    (
        "For zinc diffusing in copper D₀ = 2.4 × 10⁻⁵ m²/s and Q = 189 kJ/mol. At what temperature, in K, is D = 5.0 × 10⁻¹⁶ m²/s?",
        189000 / (R * math.log(2.4e-5 / 5.0e-16)),
        "K",
    ),
    (
        "For zinc diffusing in copper D₀ = 2.4 × 10⁻⁵ m²/s and Q = 189 kJ/mol. By what factor does D increase between 500 °C and 700 °C?",
        math.exp(189000 / R * (1 / _k(500) - 1 / _k(700))),
        "dimensionless",
    ),
    (
        "A diffusion coefficient is 1.0 × 10⁻¹⁵ m²/s at 700 K and the activation energy is 2.0 eV/atom. Calculate the pre-exponential factor D₀ in m²/s.",
        1.0e-15 * math.exp(2.0 / (k * 700)),
        "m**2/s",
    ),
    (
        "The diffusion coefficient of a solute is 2.0 × 10⁻¹⁵ m²/s at 550 °C and 7.5 × 10⁻¹⁴ m²/s at 700 °C. Calculate the activation energy in eV per atom.",
        k * math.log(7.5e-14 / 2.0e-15) / (1 / _k(550) - 1 / _k(700)),
        "eV",
    ),
    (
        "The diffusion coefficient of a solute is 2.0 × 10⁻¹⁵ m²/s at 550 °C and 7.5 × 10⁻¹⁴ m²/s at 700 °C. Calculate D₀ in m²/s.",
        7.5e-14 * math.exp((math.log(7.5e-14 / 2.0e-15) / (1 / _k(550) - 1 / _k(700))) / _k(700)),
        "m**2/s",
    ),
    (
        "The diffusion coefficient of a solute is 2.0 × 10⁻¹⁵ m²/s at 550 °C and 7.5 × 10⁻¹⁴ m²/s at 700 °C. Estimate D at 800 °C in m²/s.",
        7.5e-14
        * math.exp(
            -(math.log(7.5e-14 / 2.0e-15) / (1 / _k(550) - 1 / _k(700)))
            * (1 / _k(800) - 1 / _k(700))
        ),
        "m**2/s",
    ),
    (
        "A carburizing treatment needs 8 h at 925 °C. With an activation energy of 148 kJ/mol, how many hours does the same carbon profile take at 850 °C?",
        8 * math.exp(148000 / R * (1 / _k(850) - 1 / _k(925))),
        "h",
    ),
    (
        "A carburizing treatment needs 8 h at 925 °C. With an activation energy of 148 kJ/mol, how much longer, in hours, does the same carbon profile take at 850 °C?",
        8 * math.exp(148000 / R * (1 / _k(850) - 1 / _k(925))) - 8,
        "h",
    ),
    (
        "A diffusion anneal takes 6 h at 1000 °C to give a certain profile. Q = 35.4 kcal/mol. At what temperature (°C) would the same profile be produced in 2 h?",
        1 / (1 / _k(1000) - R / (35400 * CAL) * math.log(6 / 2)) - 273.15,
        "degC",
    ),
    # --- Fick erf
    (
        "A steel with 0.15 wt% C is carburized at 1000 °C with the surface held at 1.10 wt% C; D = 3.1 × 10⁻¹¹ m²/s. What is the carbon content, in wt%, at a depth of 0.5 mm after 5 h?",
        1.10 - (1.10 - 0.15) * math.erf(0.5e-3 / (2 * math.sqrt(3.1e-11 * 5 * 3600))),
        "percent",
    ),
    (
        "A steel with 0.15 wt% C is carburized with the surface held at 1.10 wt% C; D = 3.1 × 10⁻¹¹ m²/s. At what depth, in mm, is the carbon content 0.50 wt% after 5 h?",
        2 * math.sqrt(3.1e-11 * 5 * 3600) * _erfinv((1.10 - 0.50) / (1.10 - 0.15)) * 1e3,
        "mm",
    ),
    (
        "A steel with 0.15 wt% C is decarburized at 950 °C in an atmosphere that holds its surface at 0.00 wt% C; D = 1.6 × 10⁻¹¹ m²/s. How long, in hours, until the carbon content at 0.40 mm depth falls to 0.10 wt%?",
        (0.40e-3 / (2 * _erfinv(0.10 / 0.15))) ** 2 / 1.6e-11 / 3600,
        "h",
    ),
    (
        "A steel with 0.20 wt% C is carburized at 950 °C with the surface at 1.00 wt% C and D = 1.6 × 10⁻¹¹ m²/s. Assume the surface concentration is not constant but falls with time. How many hours to reach 0.60 wt% at 0.75 mm?",
        None,
        "h",
    ),
    # --- engineering stress, strain
    (
        "A cylindrical specimen 0.375 in. in diameter carries a tensile load of 6 500 lbf. What is the engineering stress in ksi?",
        6500 / (PI / 4 * 0.375**2) / 1000,
        "ksi",
    ),
    (
        "A cylindrical specimen 12.8 mm in diameter carries a compressive load of 35 kN. What is the engineering stress in MPa, with compression negative?",
        -35000 / (PI / 4 * 12.8e-3**2) / 1e6,
        "MPa",
    ),
    (
        "A cylindrical specimen 12.8 mm in diameter carries a load of 35 kN. What is the engineering stress in kgf/mm²?",
        35000 / 9.80665 / (PI / 4 * 12.8**2),
        "kgf/mm**2",
    ),
    (
        "A round bar carries 10 000 lbf at an engineering stress of 40 ksi. What is its diameter in inches?",
        math.sqrt(4 * 10000 / (PI * 40000)),
        "inch",
    ),
    (
        "A gauge length of 2.000 in. becomes 2.150 in. under load. What is the engineering strain in percent?",
        0.150 / 2.000 * 100,
        "percent",
    ),
    (
        "A gauge length of 50.0 mm on a bar becomes 58.0 mm. What is the true strain?",
        math.log(58.0 / 50.0),
        "dimensionless",
    ),
    (
        "A gauge length of 50.0 mm on a bar is compressed to 46.0 mm. What is the engineering strain, compression negative?",
        -4.0 / 50.0,
        "dimensionless",
    ),
    (
        "A bar of 100 mm gauge length is strained to 0.25 % engineering strain. What is its new length in mm?",
        100 * 1.0025,
        "mm",
    ),
    # --- resilience
    (
        "A brass has a yield strength of 345 MPa and E = 103 GPa. Calculate its modulus of resilience in kJ/m³.",
        345e6**2 / (2 * 103e9) / 1000,
        "kJ/m**3",
    ),
    (
        "A steel has a yield strength of 60 ksi and E = 30 × 10⁶ psi. Calculate its modulus of resilience in psi (in.·lbf/in.³).",
        60000**2 / (2 * 30e6),
        "psi",
    ),
    (
        "A spring steel must store 2.5 MJ/m³ elastically up to yield; its E is 207 GPa. What minimum yield strength, in MPa, is needed?",
        math.sqrt(2 * 2.5e6 * 207e9) / 1e6,
        "MPa",
    ),
    (
        "A steel has a yield strength of 1 460 MPa, E = 207 GPa and a tensile strength of 1 800 MPa with 8 % elongation. Calculate its toughness in MJ/m³.",
        None,
        "MJ/m**3",
    ),
    # --- fracture toughness / griffith
    (
        "A plate of an alloy (K_Ic = 40 MPa·√m) contains an edge crack 3.0 mm deep (Y = 1.12). At what stress will it fracture, in ksi?",
        40 / (1.12 * math.sqrt(PI * 3.0e-3)) * 1e6 / PSI / 1000,
        "ksi",
    ),
    (
        "A wide plate of an alloy (K_Ic = 40 MPa·√m) contains a through-thickness central crack 6.0 mm long (take Y = 1.0). At what stress will it fracture, in MPa?",
        40 / math.sqrt(PI * 3.0e-3),
        "MPa",
    ),
    (
        "A steel has K_Ic = 55 MPa·√m. It carries a stress of 300 MPa. What is the largest edge crack depth (Y = 1.12) it tolerates, in mm?",
        (55 / (1.12 * 300)) ** 2 / PI * 1e3,
        "mm",
    ),
    (
        "A steel has K_Ic = 55 MPa·√m and a yield strength of 900 MPa. It is designed to operate at half its yield strength. What is the critical edge crack depth (Y = 1.12), in mm?",
        (55 / (1.12 * 450)) ** 2 / PI * 1e3,
        "mm",
    ),
    (
        "A component of an alloy with K_Ic = 30 ksi·√in. contains an edge crack 0.10 in. deep (Y = 1.1). At what stress, in ksi, will it fracture?",
        30 / (1.1 * math.sqrt(PI * 0.10)),
        "ksi",
    ),
    (
        "A plate with an edge crack 2.0 mm deep (Y = 1.12) fractures at 350 MPa. What is the plane-strain fracture toughness in MPa·√m?",
        1.12 * 350 * math.sqrt(PI * 2.0e-3),
        "MPa*m**0.5",
    ),
    (
        "A silica glass (E = 72 GPa, γₛ = 0.35 J/m²) contains surface flaws 1.5 µm deep. According to Griffith, what is its fracture strength in MPa?",
        math.sqrt(2 * 72e9 * 0.35 / (PI * 1.5e-6)) / 1e6,
        "MPa",
    ),
    (
        "A silica glass (E = 72 GPa, γₛ = 0.35 J/m²) contains internal flaws 3.0 µm long. According to Griffith, what is its fracture strength in MPa?",
        math.sqrt(2 * 72e9 * 0.35 / (PI * 1.5e-6)) / 1e6,
        "MPa",
    ),
    (
        "A glass (E = 70 GPa, γₛ = 0.30 J/m²) must withstand 100 MPa. What is the largest surface flaw depth, in µm, per Griffith?",
        2 * 70e9 * 0.30 / (PI * 100e6**2) * 1e6,
        "micrometer",
    ),
    # --- Basquin, LMP, creep
    (
        "A steel obeys σ_a = σ_f'(2N_f)^b with σ_f' = 900 MPa and b = −0.085. How many reversals to failure at a stress amplitude of 350 MPa?",
        (350 / 900) ** (1 / -0.085),
        "dimensionless",
    ),
    (
        "A steel obeys σ_a = σ_f'(2N_f)^b with σ_f' = 900 MPa and b = −0.085. What stress amplitude gives a life of 1.0 × 10⁶ cycles, in MPa?",
        900 * (2e6) ** -0.085,
        "MPa",
    ),
    (
        "A steel obeys σ_a = σ_f'(2N_f)^b with σ_f' = 130 ksi and b = −0.085. How many cycles to failure at a stress amplitude of 50 ksi?",
        (50 / 130) ** (1 / -0.085) / 2,
        "dimensionless",
    ),
    (
        "A creep alloy's stress corresponds to a Larson–Miller parameter of 24 000 (T in K, t in h, C = 20). What is the rupture life at 700 °C, in hours?",
        10 ** (24000 / _k(700) - 20),
        "h",
    ),
    (
        "A creep alloy's stress corresponds to a Larson–Miller parameter of 24 000 (T in K, t in h, C = 20). At what temperature, in °C, is the rupture life 10 000 h?",
        24000 / (20 + 4) - 273.15,
        "degC",
    ),
    (
        "A part ruptures after 2 000 h at 750 °C. Using the Larson–Miller parameter with C = 20 (T in K, t in h), compute the parameter.",
        _k(750) * (20 + math.log10(2000)),
        "dimensionless",
    ),
    (
        "A nickel alloy creeps at 2.5 × 10⁻⁵ per hour under 70 MPa at 700 °C, with n = 5. What is its creep rate at 55 MPa and the same temperature, in h⁻¹?",
        2.5e-5 * (55 / 70) ** 5,
        "1/h",
    ),
    (
        "A nickel alloy creeps at 2.5 × 10⁻⁵ per hour under 70 MPa at 700 °C; n = 5 and Q_c = 300 kJ/mol. What is its creep rate under 70 MPa at 750 °C, in h⁻¹?",
        2.5e-5 * math.exp(-300000 / R * (1 / _k(750) - 1 / _k(700))),
        "1/h",
    ),
    (
        "An alloy's steady creep rate is 1.0 × 10⁻⁷ s⁻¹ at 50 MPa and 4.0 × 10⁻⁶ s⁻¹ at 100 MPa at one temperature. What is the stress exponent n?",
        math.log(40) / math.log(2),
        "dimensionless",
    ),
    # --- steel lever rule
    (
        "A plain-carbon steel of 0.35 wt% C is slowly cooled to just below 727 °C. With eutectoid 0.76 wt% C, ferrite 0.022 wt% C and cementite 6.70 wt% C, determine the mass fraction of cementite.",
        (0.35 - 0.022) / (6.70 - 0.022),
        "dimensionless",
    ),
    (
        "A plain-carbon steel of 0.35 wt% C is slowly cooled to just below 727 °C. With eutectoid 0.76 wt% C and ferrite 0.022 wt% C, determine the mass fraction of proeutectoid ferrite.",
        (0.76 - 0.35) / (0.76 - 0.022),
        "dimensionless",
    ),
    (
        "A plain-carbon steel of 0.35 wt% C is slowly cooled to just below 727 °C. With eutectoid 0.76 wt% C and ferrite 0.022 wt% C, determine the mass fraction of pearlite.",
        (0.35 - 0.022) / (0.76 - 0.022),
        "dimensionless",
    ),
    (
        "A 50 kg casting of a 0.35 wt% C steel is slowly cooled to room temperature (eutectoid 0.76 wt% C, ferrite 0.022 wt% C). What mass of proeutectoid ferrite, in kg, does it contain?",
        50 * (0.76 - 0.35) / (0.76 - 0.022),
        "kg",
    ),
    (
        "A 50 kg casting of a 1.20 wt% C steel is slowly cooled to room temperature (eutectoid 0.76 wt% C, cementite 6.70 wt% C). What mass of proeutectoid cementite, in kg, does it contain?",
        50 * (1.20 - 0.76) / (6.70 - 0.76),
        "kg",
    ),
    (
        "A 120 lb casting of a 1040 steel (0.40 wt% C) is slowly cooled (eutectoid 0.76 wt% C, ferrite 0.022 wt% C). What mass of pearlite, in lb, does it contain?",
        120 * (0.40 - 0.022) / (0.76 - 0.022),
        "lb",
    ),
    (
        "A plain-carbon steel of 0.35 wt% C is slowly cooled to just below 727 °C (eutectoid 0.76 wt% C, ferrite 0.022 wt% C, cementite 6.70 wt% C). What is the ratio of the mass of ferrite to the mass of cementite?",
        (6.70 - 0.35) / (0.35 - 0.022),
        "dimensionless",
    ),
    (
        "A plain-carbon steel of 0.35 wt% C is held at 760 °C, where austenite of 0.55 wt% C coexists with ferrite of 0.020 wt% C. Determine the mass fraction of ferrite.",
        (0.55 - 0.35) / (0.55 - 0.020),
        "dimensionless",
    ),
    (
        "A hypoeutectoid steel contains 0.60 mass fraction of pearlite after slow cooling (eutectoid 0.76 wt% C, ferrite 0.022 wt% C). What is its carbon content in wt%?",
        0.022 + 0.60 * (0.76 - 0.022),
        "percent",
    ),
    # --- Avrami
    (
        "A transformation follows the Avrami equation with n = 2.5 and is 50 % complete after 120 s. What fraction has transformed after 180 s?",
        1 - math.exp(-_AV_K * 180**2.5),
        "dimensionless",
    ),
    (
        "A transformation follows the Avrami equation with n = 2.5 and is 50 % complete after 120 s. How long, in s, does it take to reach 10 % transformation?",
        (-math.log(0.9) / _AV_K) ** (1 / 2.5),
        "s",
    ),
    (
        "A transformation obeys y = 1 − exp(−k tⁿ) with n = 3 and k = 2.0 × 10⁻⁴ s⁻³. How long, in s, until 75 % has transformed?",
        (-math.log(0.25) / 2.0e-4) ** (1 / 3),
        "s",
    ),
    (
        "A transformation obeys y = 1 − exp(−k tⁿ) with n = 3 and k = 2.0 × 10⁻⁴ s⁻³. What fraction has transformed after 15 s?",
        1 - math.exp(-2.0e-4 * 15**3),
        "dimensionless",
    ),
    (
        "A transformation follows the Avrami equation and is 20 % complete after 100 s and 80 % complete after 250 s. What is the Avrami exponent n?",
        math.log(math.log(0.2) / math.log(0.8)) / math.log(2.5),
        "dimensionless",
    ),
    (
        "A transformation follows the Avrami equation with n = 2.5 and is 50 % complete after 120 s. What is the rate of transformation, taken as 1/t₀.₅, in s⁻¹?",
        1 / 120,
        "1/s",
    ),
    # --- recrystallization Arrhenius
    (
        "Half of a cold-worked alloy recrystallizes in 15 min at 400 °C and in 110 min at 350 °C. Compute the activation energy for recrystallization in kJ/mol (rate = 1/t₀.₅).",
        R * math.log(110 / 15) / (1 / _k(350) - 1 / _k(400)) / 1000,
        "kJ/mol",
    ),
    (
        "Half of a cold-worked alloy recrystallizes in 15 min at 400 °C and in 110 min at 350 °C. At what temperature, in °C, will 50 % recrystallization take 5 min (rate = 1/t₀.₅, Arrhenius)?",
        1 / (1 / _k(400) - math.log(15 / 5) / (math.log(110 / 15) / (1 / _k(350) - 1 / _k(400))))
        - 273.15,
        "degC",
    ),
    # --- grain growth
    (
        "A metal with an initial grain diameter of 15 µm grows to 40 µm after 60 min at 700 °C, with d² − d₀² = Kt. What grain diameter, in µm, is reached after 150 min in total?",
        math.sqrt(15**2 + (40**2 - 15**2) / 60 * 150),
        "micrometer",
    ),
    (
        "A metal with an initial grain diameter of 15 µm grows to 40 µm after 60 min at 700 °C, with d² − d₀² = Kt. Compute K in µm²/min.",
        (40**2 - 15**2) / 60,
        "micrometer**2/min",
    ),
    (
        "A metal with an initial grain diameter of 15 µm grows to 40 µm after 60 min at 700 °C, with d² − d₀² = Kt. How much additional time, in minutes, is needed to reach 55 µm?",
        (55**2 - 15**2) / ((40**2 - 15**2) / 60) - 60,
        "min",
    ),
    (
        "A metal with an initial grain radius of 10 µm grows to a grain diameter of 40 µm after 60 min, with d² − d₀² = Kt (d the diameter). How long in total, in minutes, to reach a diameter of 60 µm?",
        (60**2 - 20**2) / ((40**2 - 20**2) / 60),
        "min",
    ),
    # --- nucleation
    (
        "For the solidification of nickel, ΔH_f = −2.53 × 10⁹ J/m³, γ = 0.255 J/m² and T_m = 1455 °C. Calculate the critical nucleus diameter, in nm, at 319 °C of undercooling.",
        2 * 2 * 0.255 * _k(1455) / (2.53e9 * 319) * 1e9,
        "nm",
    ),
    (
        "For the solidification of nickel, ΔH_f = −2.53 × 10⁹ J/m³, γ = 0.255 J/m² and T_m = 1455 °C. Calculate the critical radius, in nm, when the liquid is held at 1136 °C.",
        2 * 0.255 * _k(1455) / (2.53e9 * 319) * 1e9,
        "nm",
    ),
    (
        "For the solidification of nickel, ΔH_f = −2.53 × 10⁹ J/m³, γ = 0.255 J/m² and T_m = 1455 °C. Calculate the free-energy barrier ΔG*, in J, at 319 °C of undercooling.",
        16 * PI * 0.255**3 * _k(1455) ** 2 / (3 * 2.53e9**2 * 319**2),
        "J",
    ),
    (
        "For the solidification of nickel, ΔH_f = −2.53 × 10⁹ J/m³, γ = 0.255 J/m² and T_m = 1455 °C. Calculate the volume free-energy change ΔG_v, in MJ/m³, at 319 °C of undercooling (negative for freezing).",
        -2.53e9 * 319 / _k(1455) / 1e6,
        "MJ/m**3",
    ),
    (
        "For the solidification of nickel, ΔH_f = −2.53 × 10⁹ J/m³, γ = 0.255 J/m² and T_m = 1455 °C. Assume heterogeneous nucleation on a mould wall with contact angle 60°. Calculate ΔG*, in J, at 319 °C of undercooling.",
        None,
        "J",
    ),
    # --- semiconductors
    (
        "For intrinsic silicon take n_i = 1.5 × 10¹⁰ cm⁻³, μ_e = 0.135 m²/(V·s) and μ_h = 0.048 m²/(V·s). Compute the electrical conductivity in (Ω·m)⁻¹.",
        1.5e16 * EV * (0.135 + 0.048),
        "S/m",
    ),
    (
        "For intrinsic germanium take n_i = 2.4 × 10¹⁹ m⁻³, μ_e = 0.38 m²/(V·s) and μ_h = 0.18 m²/(V·s). Compute the electrical resistivity in Ω·cm.",
        1 / (2.4e19 * EV * (0.38 + 0.18)) * 100,
        "ohm*cm",
    ),
    (
        "For intrinsic germanium take n_i = 2.4 × 10¹⁹ m⁻³, μ_e = 0.38 m²/(V·s) and μ_h = 0.18 m²/(V·s). What fraction of the conductivity is due to holes?",
        0.18 / (0.38 + 0.18),
        "dimensionless",
    ),
    (
        "Silicon is doped with 1.0 × 10²² m⁻³ phosphorus atoms (all ionized); μ_e = 0.135 m²/(V·s). Compute the conductivity in S/m.",
        1.0e22 * EV * 0.135,
        "S/m",
    ),
    (
        "The band gap of silicon is 1.11 eV. By what factor does the intrinsic conductivity increase when it is heated from 300 K to 400 K? Neglect the temperature dependence of the mobilities.",
        math.exp(-1.11 / (2 * k) * (1 / 400 - 1 / 300)),
        "dimensionless",
    ),
    (
        "The band gap of germanium is 0.67 eV. By what factor does the intrinsic conductivity increase when it is heated from 25 °C to 100 °C? Take the T^(3/2) dependence of n_i into account and neglect the temperature dependence of the mobilities.",
        None,
        "dimensionless",
    ),
    (
        "An intrinsic semiconductor's conductivity is 250 S/m at 300 K and 1 100 S/m at 350 K. Estimate its band gap in eV.",
        2 * k * math.log(1100 / 250) / (1 / 300 - 1 / 350),
        "eV",
    ),
    (
        "A bar of n-type silicon 2.0 cm long has 5.0 V across its ends; μ_e = 0.135 m²/(V·s). What is the electron drift velocity in m/s?",
        0.135 * 5.0 / 0.02,
        "m/s",
    ),
    (
        "A bar of germanium 1.0 cm long has 2.0 V across its ends; μ_h = 0.18 m²/(V·s). How long, in µs, does a hole take to drift the length of the bar?",
        0.01 / (0.18 * 200) * 1e6,
        "microsecond",
    ),
    (
        "What is the probability that an electron state 0.10 eV below the Fermi level is occupied at 300 K?",
        1 / (1 + math.exp(-0.10 / (k * 300))),
        "dimensionless",
    ),
    (
        "What is the probability that an electron state 0.10 eV below the Fermi level is empty at 300 K?",
        1 - 1 / (1 + math.exp(-0.10 / (k * 300))),
        "dimensionless",
    ),
    (
        "What is the probability that an electron state lying 0.15 eV above the Fermi level is occupied at 0 K?",
        0.0,
        "dimensionless",
    ),
    # --- capacitors
    (
        "A parallel-plate capacitor has plates of 3.0 cm² separated by 0.20 mm of a dielectric with ε_r = 4.5. Calculate the capacitance in pF.",
        8.8541878128e-12 * 4.5 * 3.0e-4 / 0.20e-3 * 1e12,
        "pF",
    ),
    (
        "A parallel-plate capacitor with plates 2.0 cm² apart by 0.50 mm holds 21.25 pF with a dielectric between them. What is the dielectric constant ε_r?",
        21.25e-12 * 0.50e-3 / (8.8541878128e-12 * 2.0e-4),
        "dimensionless",
    ),
    (
        "A parallel-plate capacitor has plates of 3.0 cm² separated by 0.20 mm of a dielectric with ε_r = 4.5 and is charged to 50 V. What charge, in nC, does it store?",
        8.8541878128e-12 * 4.5 * 3.0e-4 / 0.20e-3 * 50 * 1e9,
        "nC",
    ),
    (
        "A dielectric with ε_r = 4.5 sits in a field of 2.0 × 10⁵ V/m. What is the polarization in C/m²?",
        8.8541878128e-12 * 3.5 * 2.0e5,
        "C/m**2",
    ),
    # --- magnetism
    (
        "Iron is BCC with a = 0.2866 nm, and each Fe atom carries 2.22 Bohr magnetons. Calculate the saturation magnetization in MA/m.",
        2 * 2.22 * MU_B / (0.2866e-9) ** 3 / 1e6,
        "MA/m",
    ),
    (
        "Iron is BCC with a = 0.2866 nm, and each Fe atom carries 2.22 Bohr magnetons. Calculate the saturation flux density in tesla.",
        MU_0 * 2 * 2.22 * MU_B / (0.2866e-9) ** 3,
        "T",
    ),
    (
        "Cobalt has a density of 8.90 g/cm³, an atomic weight of 58.93 g/mol and 1.72 Bohr magnetons per atom. Calculate its saturation magnetization in A/m.",
        8.90e6 * NA / 58.93 * 1.72 * MU_B,
        "A/m",
    ),
    (
        "Cobalt has a density of 8.90 g/cm³, an atomic weight of 58.93 g/mol and a saturation magnetization of 1.45 × 10⁶ A/m. How many Bohr magnetons per atom does it have?",
        1.45e6 / (8.90e6 * NA / 58.93 * MU_B),
        "dimensionless",
    ),
    (
        "Nickel is FCC with a = 0.3524 nm and 0.60 Bohr magneton per atom. Calculate its saturation magnetization in oersted (Gaussian units: 4πM in gauss is not asked).",
        None,
        "A/m",
    ),
    (
        "A magnet has B_r = 1.25 T and H_c = 950 kA/m. Assuming a straight-line demagnetization curve, estimate (BH)max in MGOe.",
        1.25 * 950e3 / 4 / 7957.747,
        "MGOe",
    ),
    (
        "A ferrite magnet has B_r = 0.40 T and H_c = 3 000 Oe. Assuming a straight-line demagnetization curve, estimate (BH)max in kJ/m³.",
        0.40 * 3000 * 1000 / (4 * PI) / 4 / 1000,
        "kJ/m**3",
    ),
    (
        "The B–H loop of a core steel encloses 180 J/m³ per cycle. A core of 1.5 × 10⁻³ m³ runs at 50 Hz. Calculate the hysteresis energy lost per hour in kJ.",
        180 * 1.5e-3 * 50 * 3600 / 1000,
        "kJ",
    ),
    (
        "The B–H loop of a core steel encloses 180 J/m³ per cycle. A core of 1.5 × 10⁻³ m³ has a hysteresis loss of 20 W. At what frequency, in Hz, does it run?",
        20 / (180 * 1.5e-3),
        "Hz",
    ),
    (
        "Lead has T_c = 7.19 K and H_c(0) = 6.4 × 10⁴ A/m. What is its critical field at 4.2 K, in A/m?",
        6.4e4 * (1 - (4.2 / 7.19) ** 2),
        "A/m",
    ),
    (
        "Lead has T_c = 7.19 K and H_c(0) = 6.4 × 10⁴ A/m. What is its critical field at 4.2 K, in oersted?",
        6.4e4 * (1 - (4.2 / 7.19) ** 2) * 4 * PI / 1000,
        "dimensionless",
    ),
    (
        "Tin has T_c = 3.72 K and a critical field of 2.4 × 10⁴ A/m at 0 K. What is the critical flux density μ₀H_c at 2.0 K, in mT?",
        MU_0 * 2.4e4 * (1 - (2.0 / 3.72) ** 2) * 1000,
        "mT",
    ),
    (
        "A paramagnet's susceptibility is 3.0 × 10⁻³ at 300 K and 1.5 × 10⁻³ at 500 K, following Curie–Weiss. What is θ in K?",
        (3.0e-3 * 300 - 1.5e-3 * 500) / (3.0e-3 - 1.5e-3),
        "K",
    ),
    (
        "A paramagnet's susceptibility is 3.0 × 10⁻³ at 300 K and 1.5 × 10⁻³ at 500 K, following Curie–Weiss. What is the Curie constant C in K?",
        3.0e-3 * (300 - (3.0e-3 * 300 - 1.5e-3 * 500) / (3.0e-3 - 1.5e-3)),
        "K",
    ),
    # --- optics
    (
        "Light travels inside a flint-glass block (n = 1.65) toward its face, which is in air. What is the critical angle, in degrees?",
        math.degrees(math.asin(1 / 1.65)),
        "degree",
    ),
    (
        "Light goes from water (n = 1.33) into crown glass (n = 1.52). Above what angle of incidence is it totally internally reflected?",
        None,
        "degree",
    ),
    (
        "Gallium arsenide has a band gap of 1.42 eV. What is the longest wavelength, in nm, it absorbs?",
        H * C / (1.42 * EV) * 1e9,
        "nm",
    ),
    (
        "A photodetector must respond up to 1.55 µm. What is the largest band gap, in eV, its material may have?",
        H * C / (1.55e-6 * EV),
        "eV",
    ),
    (
        "A red laser emits 2.0 mW at 650 nm. How many photons does it emit per minute?",
        2.0e-3 / (H * C / 650e-9) * 60,
        "dimensionless",
    ),
    (
        "A laser emits 3.0 × 10¹⁶ photons per second at 532 nm. What is its output power in mW?",
        3.0e16 * H * C / 532e-9 * 1000,
        "mW",
    ),
    (
        "Glass has n = 1.50. What fraction of normally incident light is reflected at its surface in air?",
        ((1.50 - 1) / (1.50 + 1)) ** 2,
        "dimensionless",
    ),
    (
        "Glass has n = 1.50 and is immersed in water (n = 1.33). What fraction of normally incident light is reflected at the interface?",
        ((1.50 - 1.33) / (1.50 + 1.33)) ** 2,
        "dimensionless",
    ),
    # --- thermal
    (
        "A copper wire 15 m long at 20 °C (α = 17.0 × 10⁻⁶ °C⁻¹) is heated to 70 °C. What is its final length in m?",
        15 * (1 + 17.0e-6 * 50),
        "m",
    ),
    (
        "A steel rail 12.0 m long (α = 12 × 10⁻⁶ °C⁻¹) cools from 40 °C to −10 °C. By how many mm does it shorten?",
        12.0 * 12e-6 * 50 * 1000,
        "mm",
    ),
    (
        "A steel rail 12.0 m long (α = 12 × 10⁻⁶ °C⁻¹) cools from 40 °C to −10 °C. What is its change in length in mm, with its sign?",
        -12.0 * 12e-6 * 50 * 1000,
        "mm",
    ),
    (
        "A brass rod 40.0 in. long (α = 11.3 × 10⁻⁶ °F⁻¹) is heated from 68 °F to 250 °F. By how many inches does it lengthen?",
        40.0 * 11.3e-6 * 182,
        "inch",
    ),
    (
        "An aluminium bar lengthens by 3.0 mm when heated by 100 °C; α = 23.6 × 10⁻⁶ °C⁻¹. What was its original length in m?",
        3.0e-3 / (23.6e-6 * 100),
        "m",
    ),
    (
        "A steel bar (E = 207 GPa, α = 12.0 × 10⁻⁶ °C⁻¹) is held rigidly at both ends and heated from 20 °C to 80 °C. What stress develops, in MPa, compression negative?",
        -207e3 * 12.0e-6 * 60,
        "MPa",
    ),
    (
        "A steel bar (E = 207 GPa, α = 12.0 × 10⁻⁶ °C⁻¹) is held rigidly at both ends and heated from 20 °C to 80 °C. What is the magnitude of the thermal stress, in ksi?",
        207e9 * 12.0e-6 * 60 / PSI / 1000,
        "ksi",
    ),
    (
        "A 1.5 kg aluminium block (c_p = 900 J/(kg·K)) is heated from 20 °C to 220 °C. How much heat, in Btu, is required?",
        1.5 * 900 * 200 / BTU,
        "Btu",
    ),
    (
        "A 1.5 kg aluminium block (c_p = 900 J/(kg·K)) cools from 220 °C to 20 °C. How much heat does it release, in kJ?",
        1.5 * 900 * 200 / 1000,
        "kJ",
    ),
    (
        "A 1.5 kg aluminium block (c_p = 0.215 cal/(g·°C)) absorbs 60 kJ of heat starting at 20 °C. What is its final temperature in °C?",
        20 + 60000 / (1500 * 0.215 * CAL),
        "degC",
    ),
    (
        "A copper plate 8 mm thick (k = 398 W/(m·K)) has faces at 80 °C and 20 °C. What is the steady heat flux in kW/m²?",
        398 * 60 / 8e-3 / 1000,
        "kW/m**2",
    ),
    (
        "A copper plate 8 mm thick (k = 398 W/(m·K)) has faces at 80 °C and 20 °C. How much heat, in kJ, crosses 0.25 m² in 10 minutes at steady state?",
        398 * 60 / 8e-3 * 0.25 * 600 / 1000,
        "kJ",
    ),
    (
        "A steel wall 0.50 in. thick (k = 30 Btu/(h·ft·°F)) has faces at 300 °F and 100 °F. What is the heat flux in Btu/(h·ft²)?",
        30 * 200 / (0.50 / 12),
        "Btu/hour/ft**2",
    ),
    (
        "A steel plate 12 mm thick (k = 51.9 W/(m·K)) has one face at 300 °C and the other at 100 °C. How much heat flows through 0.50 m² in one hour? Assume the plate is not yet at steady state.",
        None,
        "MJ",
    ),
    (
        "A glass has α = 3.3 × 10⁻⁶ °C⁻¹, E = 64 GPa, ν = 0.20 and a fracture strength of 60 MPa. What is the maximum quench temperature drop it survives, in °C?",
        60e6 * (1 - 0.20) / (64e9 * 3.3e-6),
        "delta_degC",
    ),
    (
        "A glass has α = 3.3 × 10⁻⁶ °C⁻¹, E = 64 GPa, ν = 0.20 and a fracture strength of 60 MPa. What is the maximum quench temperature drop it survives, in °F?",
        60e6 * (1 - 0.20) / (64e9 * 3.3e-6) * 1.8,
        "delta_degF",
    ),
    (
        "For aluminium k = 237 W/(m·K), ρ = 2 700 kg/m³ and c_p = 900 J/(kg·K). Compute its thermal diffusivity in units of 10^{-5} m^2/s.",
        237 / (2700 * 900) / 1e-5,
        "dimensionless",
    ),
    (
        "For aluminium k = 237 W/(m·K), ρ = 2.70 g/cm³ and c_p = 0.215 cal/(g·°C). Compute its thermal diffusivity in cm²/s.",
        237 / (2700 * 0.215 * CAL * 1000) * 1e4,
        "cm**2/s",
    ),
    # --- polymers
    (
        "A polystyrene has a number-average molecular weight of 208 000 g/mol. Compute its degree of polymerization.",
        208000 / (8 * 12.011 + 8 * 1.008),
        "dimensionless",
    ),
    (
        "A polypropylene has a degree of polymerization of 5 000. What is its number-average molecular weight in g/mol?",
        5000 * (3 * 12.011 + 6 * 1.008),
        "g/mol",
    ),
    (
        "A polyethylene has a number-average molecular weight of 5.6e5 g/mol. Compute its number-average degree of polymerization.",
        5.6e5 / (2 * 12.011 + 4 * 1.008),
        "dimensionless",
    ),
    (
        "A polyethylene sample has a density of 0.940 g/cm³; totally crystalline and amorphous densities are 0.998 and 0.870 g/cm³. What is its percent crystallinity by weight?",
        0.998 * (0.940 - 0.870) / (0.940 * (0.998 - 0.870)) * 100,
        "percent",
    ),
    (
        "A polyethylene sample has a density of 0.940 g/cm³; totally crystalline and amorphous densities are 0.998 and 0.870 g/cm³. What percentage of its volume is crystalline?",
        (0.940 - 0.870) / (0.998 - 0.870) * 100,
        "percent",
    ),
    (
        "A polyethylene sample is 65 % crystalline by weight; totally crystalline and amorphous densities are 0.998 and 0.870 g/cm³. What is its density in g/cm³?",
        1 / (0.65 / 0.998 + 0.35 / 0.870),
        "g/cm**3",
    ),
    (
        "A random styrene–butadiene copolymer has a number-average molecular weight of 350 000 g/mol and a degree of polymerisation of 5 000. What fraction of its repeat units, in percent, are styrene?",
        100 - (104.15 - 70) / (104.15 - 54.09) * 100,
        "percent",
    ),
    (
        "A polymer held at constant strain relaxes from 8.0 MPa to 5.0 MPa in 30 days. Assuming exponential relaxation, what is the relaxation time in days?",
        30 / math.log(8.0 / 5.0),
        "day",
    ),
    (
        "A polymer held at constant strain has a relaxation time of 40 days and an initial stress of 8.0 MPa. What stress, in psi, remains after 60 days?",
        8.0e6 * math.exp(-60 / 40) / PSI,
        "psi",
    ),
    (
        "A polymer held at constant strain has a relaxation time of 40 days and an initial stress of 8.0 MPa. By how many MPa has the stress dropped after 60 days?",
        8.0 * (1 - math.exp(-60 / 40)),
        "MPa",
    ),
    (
        "An amorphous polymer has T_g = 105 °C and a relaxation time of 100 s at T_g. Using WLF with C₁ = 17.44 and C₂ = 51.6 K, estimate the relaxation time at 130 °C in seconds.",
        100 * 10 ** (-17.44 * 25 / (51.6 + 25)),
        "s",
    ),
    (
        "An amorphous polymer has T_g = 105 °C. Using WLF with C₁ = 17.44 and C₂ = 51.6 K, by what factor is the relaxation time shortened at 130 °C relative to T_g?",
        10 ** (17.44 * 25 / (51.6 + 25)),
        "dimensionless",
    ),
    # --- composites, ceramics
    (
        "An aligned continuous glass/epoxy composite contains 60 vol% fibres; E(glass) = 72.5 GPa, E(epoxy) = 2.4 GPa. What is its longitudinal modulus in GPa?",
        0.6 * 72.5 + 0.4 * 2.4,
        "GPa",
    ),
    (
        "An aligned continuous glass/epoxy composite contains 60 vol% fibres; E(glass) = 72.5 GPa, E(epoxy) = 2.4 GPa. What is its transverse modulus in GPa?",
        1 / (0.6 / 72.5 + 0.4 / 2.4),
        "GPa",
    ),
    (
        "An aligned continuous glass/epoxy composite contains 60 vol% fibres; E(glass) = 10.5 × 10⁶ psi, E(epoxy) = 0.35 × 10⁶ psi. What is its longitudinal modulus in GPa?",
        (0.6 * 10.5e6 + 0.4 * 0.35e6) * PSI / 1e9,
        "GPa",
    ),
    (
        "A unidirectional carbon/epoxy lamina (V_f = 0.55) is loaded along the fibres; E_f = 230 GPa, E_m = 3.1 GPa. What percentage of the load does the matrix carry?",
        0.45 * 3.1 / (0.55 * 230 + 0.45 * 3.1) * 100,
        "percent",
    ),
    (
        "A unidirectional carbon/epoxy lamina (V_f = 0.55) is loaded along the fibres; E_f = 230 GPa, E_m = 3.1 GPa. What is the ratio of the load on the fibres to the load on the matrix?",
        0.55 * 230 / (0.45 * 3.1),
        "dimensionless",
    ),
    (
        "Glass fibres of diameter 12 µm and tensile strength 3.45 GPa are in a matrix with a bond shear strength of 25 MPa. What is the critical fibre length in mm?",
        3.45e9 * 12e-6 / (2 * 25e6) * 1e3,
        "mm",
    ),
    (
        "Glass fibres of radius 6 µm and tensile strength 3.45 GPa are in a matrix with a bond shear strength of 25 MPa. What is the critical fibre length in mm?",
        3.45e9 * 12e-6 / (2 * 25e6) * 1e3,
        "mm",
    ),
    (
        "Glass fibres of diameter 12 µm and tensile strength 500 ksi are in a matrix with a bond shear strength of 3.6 ksi. What is the critical fibre length in mm?",
        500 * 12e-3 / (2 * 3.6),
        "mm",
    ),
    (
        "An alumina bar of rectangular section, 8 mm wide and 4 mm thick, breaks at 900 N in three-point bending over a 30 mm span. Compute its flexural strength in MPa.",
        3 * 900 * 30 / (2 * 8 * 4**2),
        "MPa",
    ),
    (
        "An alumina bar of circular section, 5.0 mm in diameter, breaks at 400 N in three-point bending over a 40 mm span. Compute its flexural strength in MPa.",
        400 * 40 / (PI * 2.5**3),
        "MPa",
    ),
    (
        "An alumina bar of rectangular section, 8 mm wide and 4 mm thick, breaks in four-point bending at 900 N with a 30 mm outer span and 10 mm inner span. Compute its flexural strength in MPa.",
        None,
        "MPa",
    ),
    (
        "An alumina specimen with a flexural strength of 350 MPa, 10 mm wide and 5 mm thick, is tested in three-point bending over a 40 mm span. At what load, in N, will it break?",
        350 * 2 * 10 * 25 / (3 * 40),
        "N",
    ),
    # --- corrosion
    (
        "Copper corrodes by Cu → Cu²⁺ + 2e⁻ at a current of 1.2 A. How many grams of copper dissolve in 8 hours? (M = 63.55 g/mol.)",
        1.2 * 8 * 3600 * 63.55 / (2 * F),
        "g",
    ),
    (
        "Zinc corrodes by Zn → Zn²⁺ + 2e⁻ and loses 25 g in 24 h. What is the corrosion current in A? (M = 65.38 g/mol.)",
        25 * 2 * F / (65.38 * 24 * 3600),
        "A",
    ),
    (
        "Iron corrodes by Fe → Fe²⁺ + 2e⁻ at 2.5 A. How many grams of iron are lost in one week? (M = 55.85 g/mol.)",
        2.5 * 7 * 86400 * 55.85 / (2 * F),
        "g",
    ),
    (
        "Iron corrodes by Fe → Fe³⁺ + 3e⁻ at 2.5 A. How many grams of iron are lost in one day? (M = 55.85 g/mol.)",
        2.5 * 86400 * 55.85 / (3 * F),
        "g",
    ),
    (
        "A steel plate of exposed area 10 in.² loses 485 mg in one year; density 7.90 g/cm³. Compute the corrosion penetration rate in mm/yr.",
        87.6 * 485 / (7.90 * 10 * 6.4516 * 8766),
        "mm/year",
    ),
    (
        "A steel plate of exposed area 400 cm² loses 48.5 g in one year; density 7.90 g/cm³. Compute the corrosion penetration rate in mils per year.",
        534 * 48500 / (7.90 * 400 / 6.4516 * 8766),
        "thou/year",
    ),
    (
        "Nickel corrodes uniformly at a current density of 2.0 µA/cm² (Ni → Ni²⁺; M = 58.69 g/mol, ρ = 8.90 g/cm³). Express the penetration rate in mm/yr.",
        2.0e-6 * 58.69 / (2 * F * 8.90) * YEAR * 10,
        "mm/year",
    ),
    (
        "Nickel corrodes uniformly at a penetration rate of 0.05 mm/yr (Ni → Ni²⁺; M = 58.69 g/mol, ρ = 8.90 g/cm³). What corrosion current density, in µA/cm², does that imply?",
        0.005 / YEAR * 8.90 * 2 * F / 58.69 * 1e6,
        "microampere/cm**2",
    ),
    # --- misc forms
    (
        "Answer: ____ µm. Copper is FCC with a = 0.3615 nm. What is its atomic radius?",
        0.3615 * math.sqrt(2) / 4 * 1e-3,
        "micrometer",
    ),
    (
        "Iron is BCC with a = 0.2866 nm and atomic weight 55.85 g/mol. Theoretical density [g/cm³]:",
        2 * 55.85 / (NA * (0.2866e-7) ** 3),
        "g/cm**3",
    ),
    (
        "(a) Copper is FCC with a lattice parameter of 0.3615 nm. (b) Using your answer to (a), a = 0.3615 nm, compute the atomic radius in nm.",
        0.3615 * math.sqrt(2) / 4,
        "nm",
    ),
    (
        "Copper has an atomic weight of 63.55 g/mol and a lattice parameter of 0.3615 nm. Its theoretical density is closest to (A) 8.93 g/cm³ (B) 8.94 g/cm³ (C) 11.2 g/cm³.",
        None,
        "g/cm**3",
    ),
    (
        "The vacancy formation energy in copper is 0.90 eV/atom. At 1000 °C, about how many vacancies are there per million lattice sites?",
        math.exp(-0.90 / (k * _k(1000))) * 1e6,
        "dimensionless",
    ),
    (
        "A 2.5 m aluminium bar (α = 23.6 × 10⁻⁶ °C⁻¹) is heated from 15 °C to 120 °C. What is its strain?",
        23.6e-6 * 105,
        "dimensionless",
    ),
    (
        "A diffusion couple: D₀ = 2.3 × 10⁻⁵ m²/s and Q = 148 kJ/mol. Compute D at 950 °C. Assume non-Arrhenius behaviour with a curved ln D vs 1/T plot.",
        None,
        "m**2/s",
    ),
    (
        "A plate (K_Ic = 26 MPa·√m) contains an edge crack 2.5 mm deep (Y = 1.12). Assume plane stress conditions, for which the toughness is 1.8 times the plane-strain value. At what stress will it fracture, in MPa?",
        1.8 * 26 / (1.12 * math.sqrt(PI * 2.5e-3)),
        "MPa",
    ),
    (
        "A 3.0 kg copper casting cools from 500 °C to 20 °C; c_p = 0.0923 cal/(g·°C). Compute Q, the heat absorbed by the casting (heat into the body positive), in kJ.",
        -3000 * 0.0923 * CAL * 480 / 1000,
        "kJ",
    ),
    (
        "A 3.0 kg copper casting cools from 500 °C to 20 °C; c_p = 0.0923 cal/(g·°C). How much heat does it lose, in kcal? Give a positive number.",
        None,
        "kcal",
    ),
    (
        "A 3.0 kg copper casting is heated from 20 °C to 500 °C; c_p = 0.0923 Btu/(lb·°F). Compute the heat absorbed in Btu.",
        3.0 / 0.45359237 * 0.0923 * 480 * 1.8,
        "Btu",
    ),
    (
        "Using your answer to part (a), a lattice parameter of 0.3615 nm for FCC copper, compute the atomic radius of copper in nm.",
        0.3615 * math.sqrt(2) / 4,
        "nm",
    ),
    (
        "Nickel (FCC, atomic weight 58.69 g/mol) has a lattice parameter of 0.3524 nm. Its density is (A) 8.90 g/cm³ (B) 8.91 g/cm³ (C) 7.90 g/cm³ (D) 9.90 g/cm³.",
        None,
        "g/cm**3",
    ),
    (
        "For carbon in γ-iron D₀ = 2.3 × 10⁻⁵ m²/s and Q = 148 kJ/mol. The diffusion coefficient at 950 °C is closest to (A) 1.1 × 10⁻¹¹ m²/s (B) 3.3 × 10⁻¹¹ m²/s (C) 1.1 × 10⁻¹⁰ m²/s (D) 5.0 × 10⁻¹² m²/s.",
        2.3e-5 * math.exp(-148000 / (R * _k(950))),
        "m**2/s",
    ),
    (
        "For carbon in γ-iron D₀ = 2.3 × 10⁻⁵ m²/s and Q = 148 kJ/mol. The diffusion coefficient at 950 °C is closest to (A) 3.3 × 10⁻¹¹ m²/s (B) 5.0 × 10⁻¹¹ m²/s (C) 1.0 × 10⁻¹⁰ m²/s.",
        None,
        "m**2/s",
    ),
    (
        "For carbon in γ-iron D₀ = 2.3 × 10⁻⁵ m²/s and Q = 148 kJ/mol. Calculate D at 1750 °F. Answer: ____ cm²/s",
        2.3e-5 * math.exp(-148000 / (R * _k(_f2c(1750)))) * 1e4,
        "cm**2/s",
    ),
    (
        "For carbon in γ-iron D₀ = 2.3 × 10⁻⁵ m²/s and Q = 1.53 eV/atom. Calculate D at 1000 °C [m²/s].",
        2.3e-5 * math.exp(-1.53 / (k * _k(1000))),
        "m**2/s",
    ),
    (
        "For carbon in γ-iron D₀ = 2.3 × 10⁻⁵ m²/s and Q = 148 kJ/mol. Calculate D at 1000 K in µm²/s.",
        2.3e-5 * math.exp(-148000 / (R * 1000)) * 1e12,
        "micrometer**2/s",
    ),
    (
        "For carbon in γ-iron D₀ = 2.3 × 10⁻⁵ m²/s and Q = 148 kJ/mol. Calculate D at 1000 °C in units of 10^{-11} m^2/s.",
        2.3e-5 * math.exp(-148000 / (R * _k(1000))) / 1e-11,
        "dimensionless",
    ),
    (
        "The vacancy formation energy in copper is (0.90 ± 0.05) eV/atom. What fraction of the sites is vacant at 1000 °C?",
        math.exp(-0.90 / (k * _k(1000))),
        "dimensionless",
    ),
    (
        "A transformation follows the Avrami equation with n = 2.5 and is 50 % complete after 2.0 min. How long, in seconds, to reach 90 %?",
        (-math.log(0.1) / _AV_K) ** (1 / 2.5),
        "s",
    ),
    (
        "A transformation follows the Avrami equation with n = 2.5 and is 50 % complete after 120 s. How much longer, in seconds, does it take to go from 50 % to 90 %?",
        (-math.log(0.1) / _AV_K) ** (1 / 2.5) - 120,
        "s",
    ),
    (
        "A steel bar 0.505 in. in diameter carries 10 000 lbf in tension; E = 30 × 10⁶ psi. What is the elastic strain?",
        10000 / (PI / 4 * 0.505**2) / 30e6,
        "dimensionless",
    ),
    (
        "A steel bar 0.505 in. in diameter and 2.00 in. long carries 10 000 lbf in tension; E = 30 × 10⁶ psi. By how much, in inches, does it elongate?",
        10000 / (PI / 4 * 0.505**2) / 30e6 * 2.00,
        "inch",
    ),
    (
        "A tie rod (yield strength 45 ksi) carries a static load of 10 000 lbf with a factor of safety of 2.5 on yielding. What is its minimum diameter in inches?",
        math.sqrt(4 * 10000 / (PI * 45000 / 2.5)),
        "inch",
    ),
    (
        "A tie rod (yield strength 310 MPa) must carry 45 kN with a factor of safety of 2.0 on yielding. What is the minimum cross-sectional area, in mm²?",
        45000 / (310 / 2.0),
        "mm**2",
    ),
    (
        "A tie rod (yield strength 310 MPa) must carry 45 kN with a factor of safety of 2.0 on yielding. What is its minimum radius in mm?",
        math.sqrt(45000 / (310 / 2.0) / PI),
        "mm",
    ),
    (
        "A rod 15 mm in diameter of a steel with yield strength 310 MPa carries 45 kN. What is the factor of safety on yielding?",
        310 / (45000 / (PI / 4 * 15**2)),
        "dimensionless",
    ),
    (
        "A plate contains a centre crack of total length 5.0 mm (Y = 1.0); K_Ic = 26 MPa·√m. At what stress will it fracture, in MPa?",
        26 / math.sqrt(PI * 2.5e-3),
        "MPa",
    ),
    (
        "A plate contains an internal crack 5.0 mm long (Y = 1.0); K_Ic = 26 MPa·√m. At what stress will it fracture, in MPa?",
        26 / math.sqrt(PI * 2.5e-3),
        "MPa",
    ),
    (
        "A plate contains an edge crack 0.10 in. deep (Y = 1.12); K_Ic = 26 MPa·√m. At what stress will it fracture, in MPa?",
        26 / (1.12 * math.sqrt(PI * 0.10 * IN)),
        "MPa",
    ),
    (
        "A plate contains an edge crack 2.5 mm deep (Y = 1.12); K_Ic = 26 MPa·√m. With a factor of safety of 1.5, what is the largest allowable design stress in MPa?",
        26 / (1.12 * math.sqrt(PI * 2.5e-3)) / 1.5,
        "MPa",
    ),
    (
        "A 160 lb casting of a 0.45 wt% C steel is slowly cooled (eutectoid 0.76 wt% C, ferrite 0.022 wt% C, cementite 6.70 wt% C). What mass of total ferrite, in kg, does it contain?",
        160 * 0.45359237 * (6.70 - 0.45) / (6.70 - 0.022),
        "kg",
    ),
    (
        "A 160 lb casting of a 0.45 wt% C steel is slowly cooled (eutectoid 0.76 wt% C, ferrite 0.022 wt% C, cementite 6.70 wt% C). What mass of eutectoid ferrite, in kg, does it contain?",
        160 * 0.45359237 * (0.45 - 0.022) / (0.76 - 0.022) * (6.70 - 0.76) / (6.70 - 0.022),
        "kg",
    ),
    (
        "Half of a cold-worked copper recrystallizes in 12 min at 350 °C and 95 min at 300 °C. How long, in minutes, for 50 % recrystallization at 325 °C?",
        12
        * math.exp(math.log(95 / 12) / (1 / _k(300) - 1 / _k(350)) * (1 / _k(325) - 1 / _k(350))),
        "min",
    ),
    (
        "Half of a cold-worked copper recrystallizes in 12 min at 350 °C and 95 min at 300 °C. What is the recrystallization rate (1/t₀.₅) at 275 °C, in h⁻¹?",
        1
        / (
            12
            / 60
            * math.exp(
                math.log(95 / 12) / (1 / _k(300) - 1 / _k(350)) * (1 / _k(275) - 1 / _k(350))
            )
        ),
        "1/h",
    ),
    (
        "For nickel, ΔH_f = −2.53 × 10⁹ J/m³, γ = 0.255 J/m², T_m = 1455 °C. Calculate the critical radius of a homogeneous nucleus at an undercooling of 575 °F, in Å.",
        2 * 0.255 * _k(1455) / (2.53e9 * 575 / 1.8) * 1e10,
        "angstrom",
    ),
    (
        "For nickel, ΔH_f = −2.53 × 10⁹ J/m³, γ = 0.255 J/m², T_m = 1455 °C. At what undercooling, in °C, is the critical radius 1.5 nm?",
        2 * 0.255 * _k(1455) / (2.53e9 * 1.5e-9),
        "delta_degC",
    ),
    (
        "For nickel, ΔH_f = −2.53 × 10⁹ J/m³, γ = 0.255 J/m², T_m = 1455 °C. At what temperature, in °C, is the critical radius 1.5 nm?",
        1455 - 2 * 0.255 * _k(1455) / (2.53e9 * 1.5e-9),
        "degC",
    ),
    (
        "For copper, ΔH_f = −1.77 × 10⁹ J/m³, γ = 0.177 J/m², T_m = 1085 °C. Calculate ΔG* for homogeneous nucleation at 236 °C of undercooling, in kJ/mol of nuclei.",
        16 * PI * 0.177**3 * _k(1085) ** 2 / (3 * 1.77e9**2 * 236**2) * NA / 1000,
        "kJ/mol",
    ),
    (
        "Nickel is FCC with a lattice parameter of 0.3524 nm and 0.60 Bohr magneton per atom. Calculate the saturation magnetization in emu/cm³.",
        4 * 0.60 * MU_B / (0.3524e-9) ** 3,
        "A/m",
    ),
    (
        "Nickel is FCC with a lattice parameter of 0.3524 nm and 0.60 Bohr magneton per atom. What is the net magnetic moment per unit cell, in Bohr magnetons?",
        2.4,
        "dimensionless",
    ),
    (
        "A Nd–Fe–B magnet has B_r = 1.1 T and H_c = 900 kA/m. Assuming a straight-line demagnetization curve, estimate (BH)max in J/m³. The curve is not linear; it has a knee at 600 kA/m.",
        None,
        "J/m**3",
    ),
    (
        "Silicon has a band gap of 1.12 eV. What is the highest photon frequency, in Hz, that passes through it?",
        None,
        "Hz",
    ),
    (
        "Silicon has a band gap of 1.12 eV. What is the lowest photon frequency, in THz, that silicon absorbs?",
        1.12 * EV / H / 1e12,
        "THz",
    ),
    (
        "Diamond has a band gap of 5.47 eV. Above what wavelength, in nm, is it transparent?",
        H * C / (5.47 * EV) * 1e9,
        "nm",
    ),
    (
        "A steel pipe corrodes by Fe → Fe²⁺ + 2e⁻ at 2.5 A. How many moles of iron are lost in one day?",
        2.5 * 86400 / (2 * F),
        "mol",
    ),
    (
        "A steel pipe corrodes by Fe → Fe²⁺ + 2e⁻ at 2.5 A. How many kilograms of iron are lost in one year? (M_Fe = 55.845 g/mol.)",
        2.5 * YEAR * 55.845 / (2 * F) / 1000,
        "kg",
    ),
    (
        "A mild-steel coupon of 400 cm² loses 48 500 mg in one year; density 7.90 g/cm³. Compute the corrosion penetration rate in µm per month.",
        48.5 / (7.90 * 400) * 1e4 / 12,
        "micrometer/month",
    ),
    (
        "A zinc coating corrodes at 4.0 × 10⁻⁶ A/cm² (Zn → Zn²⁺; M = 65.38 g/mol; ρ = 7.14 g/cm³). How many years does a 25 µm coating last?",
        25e-4 / (4.0e-6 * 65.38 / (2 * F * 7.14)) / YEAR,
        "year",
    ),
    (
        "An aligned E-glass/epoxy composite has 40 vol% fibres; E(glass) = 10.5 × 10⁶ psi, E(epoxy) = 0.35 × 10⁶ psi. What is the ratio of the transverse to the longitudinal elastic modulus?",
        (1 / (0.4 / 10.5 + 0.6 / 0.35)) / (0.4 * 10.5 + 0.6 * 0.35),
        "dimensionless",
    ),
    (
        "Carbon fibres of diameter 7 µm and tensile strength 3.5 GPa are embedded in epoxy (bond shear strength 40 MPa). Fibres 2.0 mm long are used. What is the ratio of the fibre length to the critical length?",
        2.0 / (3.5e9 * 7e-6 / (2 * 40e6) * 1e3),
        "dimensionless",
    ),
    (
        "A rectangular zirconia bar, 10 mm wide and 5 mm thick, breaks at 1 250 N in three-point bending over a 40 mm span. Compute the flexural strength in kgf/mm².",
        3 * 1250 * 40 / (2 * 10 * 25) / 9.80665,
        "kgf/mm**2",
    ),
    (
        "A rectangular zirconia bar, 0.40 in. wide and 0.20 in. thick, breaks at 280 lbf in three-point bending over a 1.6 in. span. Compute the flexural strength in ksi.",
        3 * 280 * 1.6 / (2 * 0.40 * 0.20**2) / 1000,
        "ksi",
    ),
    (
        "A soda-lime glass has σ_f = 70 MPa, E = 69 GPa, ν = 0.25 and α = 9.0 × 10⁻⁶ °C⁻¹. A plate at 150 °C is quenched into water at 20 °C. By how many °C does the temperature drop exceed the allowable one?",
        130 - 70e6 * 0.75 / (69e9 * 9e-6),
        "delta_degC",
    ),
    (
        "A PVC has a number-average molecular weight of 150 000 g/mol. What is its number-average degree of polymerization? The mer is vinyl chloride but the chain carries 5 % by mass of a plasticizer.",
        None,
        "dimensionless",
    ),
    (
        "A polyethylene sample has a density of 0.925 g/cm³; totally crystalline and amorphous densities are 1.000 and 0.870 g/cm³. What weight fraction is amorphous, in units of percent, to the nearest whole number?",
        round((1 - 1.000 * (0.925 - 0.870) / (0.925 * (1.000 - 0.870))) * 100),
        "percent",
    ),
    (
        "A polymer strap held at fixed strain relaxes from 3.5 MPa to 2.0 MPa in 60 s (single relaxation time). What stress remains after 3.0 minutes, in MPa?",
        3.5 * math.exp(-180 / (60 / math.log(3.5 / 2.0))),
        "MPa",
    ),
    (
        "An amorphous polymer has T_g = 100 °C and a relaxation time of 100 s at T_g. Using WLF (C₁ = 17.44, C₂ = 51.6 K), estimate the relaxation time at 250 °F, in ms.",
        100 * 10 ** (-17.44 * (_k(_f2c(250)) - 373.15) / (51.6 + _k(_f2c(250)) - 373.15)) * 1000,
        "ms",
    ),
    (
        "An amorphous polymer has T_g = 100 °C and a relaxation time of 100 s at T_g. Using WLF (C₁ = 17.44, C₂ = 51.6 K), estimate the relaxation time at 60 °C, in s.",
        None,
        "s",
    ),
    (
        "Light inside a glass block (n = 1.52) meets its face, which is in water (n = 1.33). Which angle of incidence, in degrees, is the smallest for which no light is transmitted into the water?",
        math.degrees(math.asin(1.33 / 1.52)),
        "degree",
    ),
    (
        "A He–Ne laser emits 5.0 mW at 632.8 nm. What is the energy of one photon, in eV?",
        H * C / 632.8e-9 / EV,
        "eV",
    ),
    (
        "A 5.0 mW laser emits 1.59 × 10¹⁶ photons per second. What is its wavelength in nm?",
        H * C * 1.59e16 / 5.0e-3 * 1e9,
        "nm",
    ),
    (
        "An intrinsic germanium bar is 1.0 cm long with 2.0 V across it; μ_e = 0.38 m²/(V·s). What is the electron drift time in ns, assuming the mobility at 100 °C is 0.25 m²/(V·s) and the bar is at 100 °C?",
        0.01 / (0.25 * 200) * 1e9,
        "ns",
    ),
    (
        "What is the probability that an electron state 0.15 eV above the Fermi level is occupied at 530 K? Use k = 8.62 × 10⁻⁵ eV/K.",
        1 / (1 + math.exp(0.15 / (8.62e-5 * 530))),
        "dimensionless",
    ),
    (
        "At what temperature, in K, is the probability that a state 0.15 eV above the Fermi level is occupied equal to 0.01?",
        0.15 / (k * math.log(99)),
        "K",
    ),
    (
        "A parallel-plate capacitor with a 0.50 mm mica film (ε_r = 6.0) has plates of 0.31 in.² each. Calculate its capacitance in pF.",
        8.8541878128e-12 * 6.0 * 0.31 * IN**2 / 0.50e-3 * 1e12,
        "pF",
    ),
    (
        "A transformer core of 2.0 × 10⁻³ m³ made of steel whose B–H loop area is 250 J/m³ runs at 50 Hz. Calculate the hysteresis loss in W.",
        250 * 2.0e-3 * 50,
        "W",
    ),
    (
        "Lead (T_c = 7.19 K, H_c(0) = 6.4 × 10⁴ A/m): below what temperature must it be held to stay superconducting in a field of 2.0 × 10⁴ A/m?",
        7.19 * math.sqrt(1 - 2.0e4 / 6.4e4),
        "K",
    ),
    (
        "Lead (T_c = 7.19 K, H_c(0) = 6.4 × 10⁴ A/m): below what temperature, in °C, must it be held to stay superconducting in a field of 2.0 × 10⁴ A/m?",
        7.19 * math.sqrt(1 - 2.0e4 / 6.4e4) - 273.15,
        "degC",
    ),
    (
        "A ferromagnet above its Curie point follows Curie–Weiss with χ = 2.0 × 10⁻³ at 400 K and 1.0 × 10⁻³ at 600 K. What is χ at 500 K?",
        2.0e-3 * (400 - 200) / (500 - 200),
        "dimensionless",
    ),
    (
        "A ferromagnet below its Curie point has χ = 2.0 × 10⁻³ at 400 K and 1.0 × 10⁻³ at 600 K. Estimate θ in K from the Curie–Weiss law.",
        None,
        "K",
    ),
]
