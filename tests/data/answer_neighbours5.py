"""Neighbour questions, round 5 (issue 11, precision), in our own words.

Written by helper probe5 (session 13) around the newest solver paths: a yield strength beside an
elastic or fracture relation (answered below it with the check in the steps, refused at or past it),
yield-limited design (largest load, smallest diameter or section, with or without a factor of
safety), 'in.' read as the inch, 'express it in U', '… km of dislocation line', a restated gas or
Boltzmann constant, the photons in one pulse, a coil core's magnetization from B, the tensile
strength from a Brinell test, a superconductor's highest temperature in a field, and the stress at
an internal crack's tip. Each varies the ask (load vs stress, radius vs diameter, the factor of
safety on the yield vs the tensile strength, shear, compression, bending, a hollow or square or
rectangular section, a stress exactly at yield, psi against MPa, elongation vs final length, total
vs per member, per pulse vs per second, H vs B vs M, a Brinell test of a non-steel) or states a case
the relation does not fit. Keys computed below with plain math; a key of None means the question
must be refused. tests/test_answer_neighbours.py holds them at 0 wrong.
"""

from __future__ import annotations

import math

k = 8.617333262e-5
R = 8.314462618
h = 6.62607015e-34
c = 299792458.0
e = 1.602176634e-19
MU0 = 4e-7 * math.pi
PI = math.pi
INCH = 0.0254
LBF = 4.4482216152605
PSI = 6894.757293168


def _hb(p_kgf: float, ball: float, dent: float) -> float:
    return 2 * p_kgf / (PI * ball * (ball - math.sqrt(ball**2 - dent**2)))


_A10 = PI / 4 * 10e-3**2  # m^2, a 10 mm round bar
_A_TUBE = PI / 4 * (20e-3**2 - 16e-3**2)  # m^2, 20 mm tube with a 16 mm bore
_A_ANN = PI / 4 * (30e-3**2 - 24e-3**2)  # m^2, 30 mm bar with a 24 mm bore
_L_TOR = 2 * PI * 0.05  # m, mean path of a ring of mean radius 5 cm
_TIP = 2 * 150 * math.sqrt(2e-3 / 2e-6)  # MPa, internal crack 4 mm long, tip radius 2 µm

# (question, key or None for must-refuse, pint unit of the key)
QUESTIONS: list[tuple[str, float | None, str]] = [
    # --- 5a: a yield strength beside an elastic relation
    (
        "A steel rod 1.5 m long and 10 mm in diameter (E = 200 GPa, yield strength 400 MPa) carries a tensile load of 20 kN. How much does it stretch, in mm?",
        20e3 * 1.5 / (_A10 * 200e9) * 1e3,
        "mm",
    ),
    (
        "A steel rod 1.5 m long and 10 mm in diameter (E = 200 GPa, yield strength 400 MPa) carries a tensile load of 35 kN. How much does it stretch, in mm?",
        None,
        "mm",
    ),
    (
        "A steel rod 1.5 m long and 10 mm in diameter (E = 200 GPa, yield strength 400 MPa) carries a tensile load of 20 kN. What is its final length in m?",
        1.5 + 20e3 * 1.5 / (_A10 * 200e9),
        "m",
    ),
    (
        "A steel rod of radius 5 mm and length 1.5 m (E = 200 GPa, yield strength 400 MPa) is pulled with 20 kN. Find its elongation in mm.",
        20e3 * 1.5 / (_A10 * 200e9) * 1e3,
        "mm",
    ),
    (
        "A steel rod of radius 5 mm and length 1.5 m (E = 200 GPa, yield strength 400 MPa) is pulled with 35 kN. Find its elongation in mm.",
        None,
        "mm",
    ),
    (
        "A steel wire 5 mm in diameter and 1.5 m long (E = 200 GPa, yield strength 400 MPa) is pulled with 5 kN. Find its elongation in mm.",
        5e3 * 1.5 / (PI / 4 * 25e-6 * 200e9) * 1e3,
        "mm",
    ),
    (
        "A bar with a cross-sectional area of 100 mm² and a length of 1 m (E = 200 GPa, yield strength 250 MPa) carries 25 kN in tension. How much longer does it get, in mm?",
        25e3 * 1.0 / (100e-6 * 200e9) * 1e3,
        "mm",
    ),
    (
        "A steel bar carries a tensile stress of 30 000 psi. Its yield strength is 250 MPa and E = 207 GPa. What strain does it have?",
        30000 * PSI / 207e9,
        "dimensionless",
    ),
    (
        "A steel bar carries a tensile stress of 40 000 psi. Its yield strength is 250 MPa and E = 207 GPa. What strain does it have?",
        None,
        "dimensionless",
    ),
    (
        "A steel with a yield strength of 36 ksi and E = 200 GPa is loaded to a stress of 200 MPa. What is the strain?",
        200 / 200e3,
        "dimensionless",
    ),
    (
        "A steel with a yield strength of 36 ksi and E = 200 GPa is loaded to a stress of 260 MPa. What is the strain?",
        None,
        "dimensionless",
    ),
    (
        "An alloy with E = 30 × 10⁶ psi and a yield strength of 250 MPa is stressed to 25 000 psi in tension. Compute the strain.",
        25000 / 30e6,
        "dimensionless",
    ),
    (
        "A copper block is sheared by a shear stress of 60 MPa. Its shear modulus is 46 GPa and its yield strength is 250 MPa. What is the shear strain?",
        60 / 46e3,
        "dimensionless",
    ),
    (
        "A steel block is sheared by a shear stress of 150 MPa. Its shear modulus is 80 GPa and its tensile yield strength is 250 MPa. What is the shear strain?",
        None,
        "dimensionless",
    ),
    (
        "A short bronze cylinder 40 mm high and 20 mm in diameter (E = 110 GPa, yield strength 300 MPa) is compressed by 50 kN. By how much does it shorten, in mm?",
        50e3 * 0.040 / (PI / 4 * 20e-3**2 * 110e9) * 1e3,
        "mm",
    ),
    (
        "A steel tube 1 m long with an outer diameter of 20 mm and an inner diameter of 16 mm (E = 200 GPa, yield strength 250 MPa) carries 30 kN in tension. How much does it stretch, in mm?",
        None,
        "mm",
    ),
    (
        "A steel tube 1 m long with an outer diameter of 20 mm and an inner diameter of 16 mm (E = 200 GPa, yield strength 250 MPa) carries 10 kN in tension. How much does it stretch, in mm?",
        10e3 * 1.0 / (_A_TUBE * 200e9) * 1e3,
        "mm",
    ),
    (
        "An aluminium bar of square section, 10 mm on a side and 2 m long (E = 70 GPa, yield strength 250 MPa), carries 20 kN in tension. How much does it elongate, in mm?",
        20e3 * 2 / (100e-6 * 70e9) * 1e3,
        "mm",
    ),
    (
        "An aluminium bar of square section, 10 mm on a side and 2 m long (E = 70 GPa, yield strength 250 MPa), carries 30 kN in tension. How much does it elongate, in mm?",
        None,
        "mm",
    ),
    (
        "A steel rod 12 mm in diameter with a yield strength of 250 MPa carries an axial load of 10 kN. What is the stress in the rod, in MPa?",
        10e3 / (PI / 4 * 12e-3**2) / 1e6,
        "MPa",
    ),
    (
        "A steel wire 3 m long and 2 mm in diameter (E = 200 GPa, yield strength 1000 MPa) stretches elastically by 6 mm. What load, in N, does it carry?",
        200e9 * 6e-3 / 3 * PI / 4 * 2e-3**2,
        "N",
    ),
    (
        "A steel wire 3 m long and 2 mm in diameter (E = 200 GPa, yield strength 350 MPa) stretches by 6 mm. What load, in N, does it carry?",
        None,
        "N",
    ),
    (
        "A bar 2 m long and 8 mm in diameter has E = 100 GPa and a tensile strength of 300 MPa. It is pulled by 20 kN. How much does it stretch, in mm?",
        None,
        "mm",
    ),
    (
        "A steel plate with a plane-strain fracture toughness of 50 MPa·m^1/2 and a yield strength of 1400 MPa has a surface crack 2 mm deep. Taking Y = 1.0, what stress in MPa fractures it?",
        50 / math.sqrt(PI * 2e-3),
        "MPa",
    ),
    (
        "A steel plate with a plane-strain fracture toughness of 50 MPa·m^1/2 and a yield strength of 600 MPa has a surface crack 2 mm deep. Taking Y = 1.0, what stress in MPa fractures it?",
        None,
        "MPa",
    ),
    (
        "A component of a steel with K_Ic = 50 MPa·m^1/2 and a yield strength of 1400 MPa works at a stress of 500 MPa. With Y = 1.0, what is the largest surface crack, in mm, it can tolerate?",
        (50 / 500) ** 2 / PI * 1e3,
        "mm",
    ),
    (
        "A brass rod 10 mm in diameter (E = 100 GPa, Poisson's ratio 0.34, yield strength 250 MPa) carries 15 kN in tension. By how much, in mm, does its diameter decrease?",
        0.34 * 15e3 / (_A10 * 100e9) * 10,
        "mm",
    ),
    (
        "A brass rod 10 mm in diameter (E = 100 GPa, Poisson's ratio 0.34, yield strength 250 MPa) carries 25 kN in tension. By how much, in mm, does its diameter decrease?",
        None,
        "mm",
    ),
    (
        "A steel rod held rigidly between two walls is heated by 50 °C. With E = 200 GPa, α = 12 × 10⁻⁶ /°C and a yield strength of 250 MPa, what thermal stress, in MPa, develops?",
        200e3 * 12e-6 * 50,
        "MPa",
    ),
    (
        "A steel rod held rigidly between two walls is heated by 150 °C. With E = 200 GPa, α = 12 × 10⁻⁶ /°C and a yield strength of 250 MPa, what thermal stress, in MPa, develops?",
        None,
        "MPa",
    ),
    (
        "A titanium alloy wire (E = 110 GPa, yield strength 900 MPa) is loaded to a stress of 550 MPa. What elastic strain energy per unit volume does it store, in MJ/m³?",
        550**2 / (2 * 110e3),
        "MJ/m**3",
    ),
    (
        "A titanium alloy wire (E = 110 GPa, yield strength 500 MPa) is loaded to a stress of 550 MPa. What elastic strain energy per unit volume does it store, in MJ/m³?",
        None,
        "MJ/m**3",
    ),
    (
        "A steel rod 2 m long and 10 mm in diameter (E = 200 GPa, yield strength 400 MPa) is pulled by 20 kN and then unloaded. What is its permanent elongation, in mm?",
        None,
        "mm",
    ),
    (
        "A square steel rod 10 mm on a side and 2 m long (E = 200 GPa) carries 20 kN in tension. How much does it elongate, in mm?",
        20e3 * 2 / (100e-6 * 200e9) * 1e3,
        "mm",
    ),
    (
        "A load of 20 kN is shared equally by two steel rods, each 10 mm in diameter. What is the stress in each rod, in MPa?",
        10e3 / _A10 / 1e6,
        "MPa",
    ),
    (
        "A 20 kN load hangs from two steel wires, each 10 mm in diameter and 2 m long (E = 200 GPa). How much does each wire stretch, in mm?",
        10e3 * 2 / (_A10 * 200e9) * 1e3,
        "mm",
    ),
    # --- 5b: yield-limited design
    (
        "A round steel tie with a yield strength of 350 MPa must carry 40 kN without yielding. What is its smallest diameter, in mm?",
        math.sqrt(4 * 40e3 / (PI * 350e6)) * 1e3,
        "mm",
    ),
    (
        "A round steel tie with a yield strength of 350 MPa must carry 40 kN without yielding. What is its smallest radius, in mm?",
        math.sqrt(4 * 40e3 / (PI * 350e6)) / 2 * 1e3,
        "mm",
    ),
    (
        "A round steel tie with a yield strength of 350 MPa must carry 40 kN with a factor of safety of 2. What is the minimum radius of the tie, in mm?",
        math.sqrt(4 * 40e3 * 2 / (PI * 350e6)) / 2 * 1e3,
        "mm",
    ),
    (
        "A cylindrical copper rod 9 mm in diameter has a yield strength of 70 MPa. Using a safety factor of 1.4, what is the largest load it may carry, in lbf?",
        70e6 / 1.4 * PI / 4 * 9e-3**2 / LBF,
        "lbf",
    ),
    (
        "A round tie has a yield strength of 350 MPa and a tensile strength of 500 MPa. It must carry 40 kN, and its working stress is the tensile strength divided by a factor of safety of 3. What is its minimum diameter, in mm?",
        math.sqrt(4 * 40e3 * 3 / (PI * 500e6)) * 1e3,
        "mm",
    ),
    (
        "A round steel tie with a yield strength of 350 MPa and a tensile strength of 500 MPa must carry 40 kN; use a safety factor of 3 against fracture. What is its minimum diameter, in mm?",
        math.sqrt(4 * 40e3 * 3 / (PI * 500e6)) * 1e3,
        "mm",
    ),
    (
        "A steel bolt with a yield strength of 400 MPa is loaded in single shear by 30 kN. What minimum diameter, in mm, keeps it from yielding?",
        None,
        "mm",
    ),
    (
        "A round pin with a shear yield strength of 200 MPa carries 40 kN in single shear. What is the minimum diameter in mm that keeps it from yielding?",
        math.sqrt(4 * 40e3 / (PI * 200e6)) * 1e3,
        "mm",
    ),
    (
        "A steel bar of annular cross-section, 30 mm outside diameter with a 24 mm bore, has a yield strength of 250 MPa. What is the largest tensile load, in kN, it can carry without yielding?",
        250e6 * _A_ANN / 1e3,
        "kN",
    ),
    (
        "A square steel rod 12 mm on a side has a yield strength of 300 MPa. What is the largest tensile load, in kN, it can carry without yielding?",
        300e6 * 144e-6 / 1e3,
        "kN",
    ),
    (
        "A bar of square cross section 12 mm on a side has a yield strength of 300 MPa. What tensile load, in kN, can it take before it yields?",
        300e6 * 144e-6 / 1e3,
        "kN",
    ),
    (
        "A rectangular steel rod 5 mm by 20 mm in section has a yield strength of 300 MPa. What is the greatest tensile load, in kN, it carries without yielding?",
        300e6 * 100e-6 / 1e3,
        "kN",
    ),
    (
        "A steel wire 2 mm in diameter has a yield strength of 500 MPa. What is the largest mass, in kg, that can hang from it without yielding?",
        500e6 * PI * 1e-6 / 9.80665,
        "kg",
    ),
    (
        "A steel has a yield strength of 350 MPa. What is its working stress in MPa with a factor of safety of 2?",
        175,
        "MPa",
    ),
    (
        "A steel rod 12 mm in diameter with a yield strength of 350 MPa carries 20 kN. What is its factor of safety against yielding?",
        350e6 / (20e3 / (PI / 4 * 12e-3**2)),
        "dimensionless",
    ),
    (
        "A load of 100 kN hangs from four identical round steel rods sharing it equally. Each rod has a yield strength of 350 MPa. What is the smallest rod diameter, in mm, that avoids yielding?",
        math.sqrt(4 * 25e3 / (PI * 350e6)) * 1e3,
        "mm",
    ),
    (
        "A steel cable of 7 wires, each 2 mm in diameter, has a yield strength of 1200 MPa. What is the largest load, in kN, the cable carries without yielding?",
        7 * 1200e6 * PI / 4 * 4e-6 / 1e3,
        "kN",
    ),
    (
        "A round alloy rod with a yield strength of 50 ksi must carry 10 000 lbf without yielding. What is its minimum diameter in inches?",
        math.sqrt(4 * 10000 / (PI * 50000)),
        "inch",
    ),
    (
        "A steel rod 0.50 in. in diameter has a yield strength of 40 000 psi. What is the largest load, in lbf, it can carry without yielding?",
        40000 * PI / 4 * 0.25,
        "lbf",
    ),
    (
        "A short round steel post with a yield strength of 250 MPa must carry a compressive load of 100 kN without yielding. What is its minimum diameter in mm?",
        math.sqrt(4 * 100e3 / (PI * 250e6)) * 1e3,
        "mm",
    ),
    (
        "A round steel bar with a yield strength of 250 MPa is loaded in bending by a moment of 200 N·m. What minimum diameter, in mm, keeps it from yielding?",
        (32 * 200 / (PI * 250e6)) ** (1 / 3) * 1e3,
        "mm",
    ),
    (
        "A steel rod (yield strength 300 MPa) must carry 20 kN without plastic deformation, and its stress must not exceed 60 % of the yield strength. What is its minimum diameter, in mm?",
        math.sqrt(4 * 20e3 / (PI * 0.6 * 300e6)) * 1e3,
        "mm",
    ),
    (
        "A steel rod 10 mm in diameter and 2 m long has a yield strength of 300 MPa and E = 200 GPa. How much does it elongate, in mm, under the largest load it can carry without yielding?",
        300 / 200e3 * 2000,
        "mm",
    ),
    (
        "A steel rod 10 mm in diameter has a yield strength of 250 MPa and a tensile strength of 400 MPa. What is the largest load, in kN, it can carry before it breaks?",
        400e6 * _A10 / 1e3,
        "kN",
    ),
    (
        "A steel wire 3 mm in diameter has a yield strength of 600 MPa. How large a load, in N, can it hold before it begins to yield?",
        600e6 * PI / 4 * 9e-6,
        "N",
    ),
    (
        "A steel bar with a yield strength of 350 MPa must carry 40 kN with a safety factor of 2. What is the minimum cross-sectional area, in mm², of the bar?",
        40e3 * 2 / 350,
        "mm**2",
    ),
    (
        "A round rod with a yield strength of 350 MPa must carry 40 kN without yielding. What is the minimum cross-sectional area, in mm², of the rod?",
        40e3 / 350,
        "mm**2",
    ),
    (
        "A round tie with a yield strength of 350 MPa carries 40 kN at 600 °C, where its yield strength has dropped to 180 MPa. What minimum diameter, in mm, avoids yielding at that temperature?",
        math.sqrt(4 * 40e3 / (PI * 180e6)) * 1e3,
        "mm",
    ),
    (
        "A round steel tie 12 mm in diameter with a yield strength of 350 MPa carries 40 kN. What is the stress in it, in MPa?",
        40e3 / (PI / 4 * 144e-6) / 1e6,
        "MPa",
    ),
    (
        "A round aluminium rod with a yield strength of 200 MPa must carry 12 kN without yielding, with a design factor of 1.5. What is its minimum diameter in mm?",
        math.sqrt(4 * 12e3 * 1.5 / (PI * 200e6)) * 1e3,
        "mm",
    ),
    (
        "A round rod of a polymer with a yield strength of 50 MPa is pulled by 2 kN. What minimum diameter, in mm, keeps it from yielding if each of two such rods carries the load equally?",
        math.sqrt(4 * 1e3 / (PI * 50e6)) * 1e3,
        "mm",
    ),
    (
        "A hexagonal steel rod 10 mm across the flats has a yield strength of 300 MPa. What is the largest tensile load, in kN, it can carry without yielding?",
        300e6 * math.sqrt(3) / 2 * 100e-6 / 1e3,
        "kN",
    ),
    # --- 5c: inch, 'express it in', dislocation line, a restated R or k
    (
        "A steel rod 0.5 in. in diameter and 10 in. long (E = 30 × 10⁶ psi) carries a tensile load of 5000 lbf. How much does it elongate, in inches?",
        5000 / (PI / 4 * 0.25) / 30e6 * 10,
        "inch",
    ),
    (
        "A steel rod 0.5 in. in diameter and 10 in. long (E = 30 × 10⁶ psi) carries a tensile load of 5000 lbf. What is its final length in inches?",
        10 + 5000 / (PI / 4 * 0.25) / 30e6 * 10,
        "inch",
    ),
    (
        "Find the stress in MPa in a rod 10 mm in diameter that carries 5 kN in tension.",
        5e3 / _A10 / 1e6,
        "MPa",
    ),
    (
        "A rod 10 mm in diameter carries 5 kN in tension. Calculate the tensile stress and express it in psi.",
        5e3 / _A10 / PSI,
        "psi",
    ),
    (
        "A rod 10 mm in diameter carries 5 kN in tension. Calculate the tensile stress and the strain in it.",
        None,
        "MPa",
    ),
    (
        "A copper rod 250 mm long (E = 110 GPa) is stressed to 80 MPa in tension. Calculate its elongation and express it in micrometres.",
        80 / 110e3 * 250e-3 * 1e6,
        "micrometer",
    ),
    (
        "A crystal of 1.0 cm³ contains 5000 km of dislocation line. What is its dislocation density in m⁻²?",
        5000e3 / 1e-6,
        "1/m**2",
    ),
    (
        "A crystal of 1.0 cm³ contains 5000 km of dislocation line. What is its dislocation density per cm²?",
        5000e5 / 1.0,
        "1/cm**2",
    ),
    (
        "A cube of metal 2 mm on each edge contains 40 km of dislocation line. What is the dislocation density in m⁻²?",
        40e3 / 8e-9,
        "1/m**2",
    ),
    (
        "Vacancy formation in a metal needs 1.0 eV (k = 8.62 × 10⁻⁵ eV/K). By what factor does the vacancy concentration grow between 300 K and 600 K?",
        math.exp(1.0 / 8.62e-5 * (1 / 300 - 1 / 600)),
        "dimensionless",
    ),
    (
        "Diffusion in an alloy has an activation energy of 150 kJ/mol (R = 8.314 J/mol·K). By what factor does the diffusion coefficient rise from 800 K to 1000 K?",
        math.exp(150e3 / 8.314 * (1 / 800 - 1 / 1000)),
        "dimensionless",
    ),
    (
        "Diffusion in an alloy has an activation energy of 150 kJ/mol (R = 8.314 J/mol·K), and D = 2.0 × 10⁻¹⁶ m²/s at 800 K. What is D at 1000 K, in m²/s?",
        2.0e-16 * math.exp(150e3 / 8.314 * (1 / 800 - 1 / 1000)),
        "m**2/s",
    ),
    (
        "Diffusion in an alloy has an activation energy of 150 kJ/mol (R = 8.314 J/mol·K) and a pre-exponential factor of 3.0 × 10⁻⁵ m²/s. By what factor does D rise from 800 K to 1000 K when the grain size is halved?",
        None,
        "dimensionless",
    ),
    (
        "A reaction has an activation energy of 0.80 eV (Boltzmann's constant 1.38 × 10⁻²³ J/K). How many times faster is it at 500 K than at 400 K?",
        math.exp(0.80 * e / 1.38e-23 * (1 / 400 - 1 / 500)),
        "dimensionless",
    ),
    # --- 5d: photons in a pulse
    (
        "A Nd:YAG laser at 1064 nm fires pulses of energy 0.50 J. How many photons are in one pulse?",
        0.50 * 1064e-9 / (h * c),
        "dimensionless",
    ),
    (
        "A Nd:YAG laser at 1064 nm fires 10 pulses per second, each a pulse of energy 0.50 J. How many photons does it emit per second?",
        10 * 0.50 * 1064e-9 / (h * c),
        "1/s",
    ),
    (
        "A laser pulse of energy 25 mJ has a wavelength of 0.80 µm. How many photons does the pulse contain?",
        25e-3 * 0.80e-6 / (h * c),
        "dimensionless",
    ),
    (
        "A green laser (532 nm) emits a pulse lasting 10 ns with a peak power of 1.0 MW. How many photons are in the pulse?",
        1.0e6 * 10e-9 * 532e-9 / (h * c),
        "dimensionless",
    ),
    (
        "A light pulse of energy 1.0 mJ at a frequency of 5.0 × 10¹⁴ Hz strikes a detector. How many photons are in the pulse?",
        1.0e-3 / (h * 5.0e14),
        "dimensionless",
    ),
    (
        "A pulse of light at 800 nm contains 1.0 × 10¹⁸ photons. What is the energy of the pulse in mJ?",
        1.0e18 * h * c / 800e-9 * 1e3,
        "mJ",
    ),
    (
        "A semiconductor absorbs 40 % of a 2.0 mJ pulse of 633 nm light. How many photons are absorbed from the pulse?",
        0.40 * 2.0e-3 * 633e-9 / (h * c),
        "dimensionless",
    ),
    (
        "A flash lamp gives a flash of energy 5.0 J spread over wavelengths from 400 nm to 700 nm. How many photons are in the flash?",
        None,
        "dimensionless",
    ),
    # --- 5e: a coil core's magnetization, H, B
    (
        "A solenoid 0.50 m long has 1000 turns and carries 2.0 A. The flux density in its iron core is 1.5 T. What is the magnetization of the core in A/m?",
        1.5 / MU0 - 1000 * 2.0 / 0.50,
        "A/m",
    ),
    (
        "A solenoid 0.50 m long has 1000 turns and carries 2.0 A around an iron core. What is the magnetic field strength H inside it, in A/m?",
        1000 * 2.0 / 0.50,
        "A/m",
    ),
    (
        "A solenoid 0.50 m long has 1000 turns and carries 2.0 A. The flux density in its iron core is 1.5 T. What is the relative permeability of the core?",
        1.5 / (MU0 * 1000 * 2.0 / 0.50),
        "dimensionless",
    ),
    (
        "A solenoid 0.50 m long has 1000 turns and carries 2.0 A; its iron core is magnetized to 1.0 × 10⁶ A/m. What is the flux density in the core, in T?",
        MU0 * (1000 * 2.0 / 0.50 + 1.0e6),
        "T",
    ),
    (
        "A coil wound with 2000 turns per metre carries 2.0 A, and the flux density in its core is 1.5 T. What is the magnetization of the core in A/m?",
        1.5 / MU0 - 2000 * 2.0,
        "A/m",
    ),
    (
        "A toroid of mean radius 5.0 cm is wound with 500 turns carrying 2.0 A. The flux density in its core is 0.050 T. What is the core's magnetization in A/m?",
        0.050 / MU0 - 500 * 2.0 / _L_TOR,
        "A/m",
    ),
    (
        "A toroid of mean circumference 0.30 m is wound with 500 turns carrying 2.0 A. The flux density in its core is 0.050 T. What is the core's magnetization in A/m?",
        0.050 / MU0 - 500 * 2.0 / 0.30,
        "A/m",
    ),
    (
        "A solenoid 0.50 m long has 1000 turns and carries 2.0 A; the magnetic flux through its core of cross-section 8.0 cm² is 1.2 mWb. What is the magnetization of the core in A/m?",
        1.2e-3 / 8.0e-4 / MU0 - 1000 * 2.0 / 0.50,
        "A/m",
    ),
    (
        "A solenoid 0.50 m long has 1000 turns and carries 2.0 A, and the flux density in its core is 1.5 T. What would the core's magnetization be, in A/m, if the current were doubled?",
        None,
        "A/m",
    ),
    # --- 5f: tensile strength from a Brinell test
    (
        "A steel is tested with a 10 mm Brinell ball under 3000 kg; the impression is 4.2 mm across. Estimate its tensile strength in MPa.",
        3.45 * _hb(3000, 10, 4.2),
        "MPa",
    ),
    (
        "A steel is tested with a 10 mm Brinell ball under 3000 kg; the impression is 4.2 mm across. Estimate its tensile strength in psi.",
        500 * _hb(3000, 10, 4.2),
        "psi",
    ),
    (
        "A steel is tested with a 10 mm Brinell ball under 3000 kg; the impression is 4.2 mm across. What is its Brinell hardness number?",
        _hb(3000, 10, 4.2),
        "kg/mm**2",
    ),
    (
        "A grey cast iron is tested with a 10 mm Brinell ball under 3000 kg and leaves an impression 4.6 mm in diameter. Estimate its tensile strength, in MPa.",
        3.45 * _hb(3000, 10, 4.6),
        "MPa",
    ),
    (
        "A copper alloy is tested with a 10 mm Brinell ball under 500 kg and leaves an impression 3.2 mm in diameter. Estimate its tensile strength, in MPa.",
        None,
        "MPa",
    ),
    (
        "A titanium alloy is tested with a 10 mm Brinell ball under 3000 kg and leaves an impression 3.6 mm in diameter. Estimate its tensile strength, in MPa.",
        None,
        "MPa",
    ),
    (
        "A steel is tested with a 10 mm Brinell ball under 3000 kg and leaves an impression 4.2 mm in diameter. Estimate its yield strength, in MPa.",
        None,
        "MPa",
    ),
    (
        "A steel is tested with a 10 mm Brinell ball under 3000 kg; the indentation is 0.20 mm deep. Estimate its tensile strength in MPa.",
        3.45 * 3000 / (PI * 10 * 0.20),
        "MPa",
    ),
    (
        "A steel has a Brinell hardness of 250. Estimate its tensile strength in MPa.",
        3.45 * 250,
        "MPa",
    ),
    (
        "A steel is tested with a 10 mm Brinell ball under a load of 29.4 kN; the impression is 4.2 mm across. Estimate its tensile strength in MPa.",
        3.45 * _hb(29.4e3 / 9.80665, 10, 4.2),
        "MPa",
    ),
    # --- 5g: a superconductor in a field
    (
        "Lead becomes superconducting below 7.19 K, and its critical field at 0 K is 6.5 × 10⁴ A/m. Up to what temperature, in K, does lead stay superconducting in a field of 4.0 × 10⁴ A/m?",
        7.19 * math.sqrt(1 - 4.0 / 6.5),
        "K",
    ),
    (
        "Lead becomes superconducting below 7.19 K, and its critical flux density at 0 K is 0.080 T. Up to what temperature, in K, does it stay superconducting in a field of 0.050 T?",
        7.19 * math.sqrt(1 - 0.050 / 0.080),
        "K",
    ),
    (
        "Lead becomes superconducting below 7.19 K, and its critical field at 0 K is 6.5 × 10⁴ A/m. Up to what temperature, in K, does it stay superconducting in an applied flux density of 0.050 T?",
        7.19 * math.sqrt(1 - 0.050 / MU0 / 6.5e4),
        "K",
    ),
    (
        "Lead becomes superconducting below 7.19 K, and its critical field at 0 K is 6.5 × 10⁴ A/m. What is its critical field at 4.2 K, in A/m?",
        6.5e4 * (1 - (4.2 / 7.19) ** 2),
        "A/m",
    ),
    (
        "Lead becomes superconducting below 7.19 K, and its critical field at 0 K is 6.5 × 10⁴ A/m. Up to what temperature, in K, does it stay superconducting in a field of 8.0 × 10⁴ A/m?",
        None,
        "K",
    ),
    (
        "Lead becomes superconducting below 7.19 K, and its critical field at 0 K is 6.5 × 10⁴ A/m. A lead wire at 3.0 K carries a current; what is the largest field, in A/m, it can bear and stay superconducting?",
        6.5e4 * (1 - (3.0 / 7.19) ** 2),
        "A/m",
    ),
    (
        "Niobium becomes superconducting below 9.25 K, and its critical field at 0 K is 1.6 × 10⁵ A/m. Up to what temperature, in °C, does it stay superconducting in a field of 1.0 × 10⁵ A/m?",
        9.25 * math.sqrt(1 - 1.0 / 1.6) - 273.15,
        "degC",
    ),
    # --- 5h: the stress at an internal crack's tip
    (
        "A plate carries a tensile stress of 150 MPa and holds an internal crack 4 mm long with a tip radius of 2 µm. What is the maximum stress at the crack tip, in MPa?",
        _TIP,
        "MPa",
    ),
    (
        "A plate carries a tensile stress of 150 MPa and holds an internal crack of half-length 2 mm with a tip radius of 2 µm. What is the maximum stress at the crack tip, in MPa?",
        _TIP,
        "MPa",
    ),
    (
        "A plate carries a tensile stress of 150 MPa and holds a surface crack 2 mm deep with a tip radius of 2 µm. What is the maximum stress at the crack tip, in MPa?",
        _TIP,
        "MPa",
    ),
    (
        "A plate holds an internal crack 4 mm long with a tip radius of 2 µm. What is the stress concentration factor at its tip?",
        2 * math.sqrt(2e-3 / 2e-6),
        "dimensionless",
    ),
    (
        "A plate holds a surface crack 2 mm deep with a tip radius of 2 µm. At what applied stress, in MPa, does the stress at the tip reach 10 GPa?",
        10e3 / (2 * math.sqrt(2e-3 / 2e-6)),
        "MPa",
    ),
    (
        "A steel is tested with a 10 mm Brinell ball under 3000 kg; the impression is 0.20 mm deep. Estimate its tensile strength in MPa.",
        3.45 * 3000 / (PI * 10 * 0.20),
        "MPa",
    ),
    (
        "A plate holds an internal crack 4 mm long with a tip radius of 2 µm. At what applied stress, in MPa, does the stress at the tip reach 10 GPa?",
        10e3 / (2 * math.sqrt(2e-3 / 2e-6)),
        "MPa",
    ),
    (
        "A plate carries a tensile stress of 150 MPa and holds a crack 4 mm long with a tip radius of 2 µm. What is the maximum stress at the crack tip, in MPa?",
        None,
        "MPa",
    ),
    (
        "A glass plate (K_Ic = 0.75 MPa·m^1/2) carries 150 MPa and holds an internal crack 4 mm long whose tip radius is 2 µm. What is the maximum stress at the crack tip, in MPa?",
        _TIP,
        "MPa",
    ),
    (
        "A plate carries a tensile stress of 20 ksi and holds an internal crack 0.10 in. long with a tip radius of 1.0 × 10⁻⁴ in. What is the maximum stress at the crack tip, in ksi?",
        2 * 20 * math.sqrt(0.05 / 1.0e-4),
        "ksi",
    ),
    (
        "A plate carries a tensile stress of 150 MPa and holds an internal crack 4 mm long. The stress at the crack tip is 9.5 GPa. What is the tip radius, in µm?",
        2e-3 * (2 * 150 / 9.5e3) ** 2 * 1e6,
        "micrometer",
    ),
    (
        "A plate carries a tensile stress of 150 MPa and holds an internal crack 4 mm long with a tip radius of 2 µm. What is the maximum stress at the tip, in MPa, if the applied stress is doubled?",
        2 * _TIP,
        "MPa",
    ),
    (
        "A plate carries a tensile stress of 150 MPa and holds two internal cracks, 4 mm and 1 mm long, each with a tip radius of 2 µm. What is the largest crack-tip stress, in MPa?",
        _TIP,
        "MPa",
    ),
]
