"""Questions written near classes the offline solver answers (issue 11, precision), in our own words.

Written by the lead in session 11 by varying the phrasing of solved questions the way exam writers do
('a specimen of brass 10 mm in diameter and 100 mm long', 'what is its final temperature', 'a wire of
0.8 mm diameter and 1.5 m length'); keys computed below with plain math. Main at the start of the
session answered 6 of them wrong; tests/test_answer_neighbours.py holds them at 0 wrong (an answer
must be within 1 % of the key, or the question refused).
"""

from __future__ import annotations

import math

NA = 6.02214076e23
k = 8.617333e-5
R = 8.314462618
F = 96485.33212

# (question, key, pint unit of the key)
QUESTIONS: list[tuple[str, float, str]] = [
    # batch 2
    (
        "A copper wire 2.0 m long and 1.0 mm in diameter has a resistivity of 1.7 × 10^-8 Ω·m. What is its resistance in Ω?",
        1.7e-8 * 2 / (3.14159265 * 0.0005**2),
        "ohm",
    ),
    (
        "A wire of nichrome 1.0 mm in diameter and 2.0 m long has a resistivity of 1.1 × 10^-6 Ω·m. What is its resistance in Ω?",
        1.1e-6 * 2 / (3.14159265 * 0.0005**2),
        "ohm",
    ),
    (
        "A steel plate 20 mm thick conducts heat with k = 45 W/(m·K); the faces are at 300 °C and 100 °C. What is the heat flux in W/m²?",
        45 * 200 / 0.02,
        "W/m**2",
    ),
    (
        "A sheet of iron 2 mm thick, with faces at 1.2 and 0.2 kg/m³ of nitrogen, has D = 2 × 10^-11 m²/s. What is the diffusion flux in kg/(m²·s)?",
        2e-11 * 1.0 / 0.002,
        "kg/m**2/s",
    ),
    (
        "A cylindrical rod of steel 15 mm in diameter is pulled by a 30 kN force. What is the engineering stress in MPa?",
        30e3 / (3.14159265 * 7.5**2),
        "MPa",
    ),
    (
        "A specimen of aluminum 6 mm thick and 25 mm wide is loaded with 15 kN in tension. What is the stress in MPa?",
        15e3 / (6 * 25),
        "MPa",
    ),
    (
        "A block of copper 5 cm on a side is heated from 20 °C to 120 °C. Its linear expansion coefficient is 17 × 10^-6 /K. By how much does each edge lengthen, in mm?",
        50 * 17e-6 * 100,
        "mm",
    ),
    (
        "A glass fibre 10 µm in diameter and 50 mm long carries 0.5 N. What tensile stress acts on it in MPa?",
        0.5 / (3.14159265 * (5e-3) ** 2),
        "MPa",
    ),
    (
        "A bar of nickel 400 mm long and 12 mm in diameter is stretched elastically by 0.2 mm. E = 207 GPa. What load is applied in N?",
        207e3 * 0.2 / 400 * 3.14159265 * 36,
        "N",
    ),
    (
        "A specimen of copper 100 mm long is pulled so its length becomes 103 mm. What is the engineering strain?",
        0.03,
        "dimensionless",
    ),
    (
        "An aluminium wire 3 m long and 2 mm in diameter stretches 1.5 mm under a load. E = 69 GPa. What is the load in N?",
        69e3 * 1.5 / 3000 * 3.14159265 * 1,
        "N",
    ),
    # batch 3
    (
        "Aluminium is FCC with an atomic radius of 0.143 nm. What is the volume of its unit cell in nm³?",
        (4 * 0.143 / math.sqrt(2)) ** 3,
        "nm**3",
    ),
    (
        "Chromium (BCC) has a lattice constant of 0.2884 nm. What is its atomic radius in nm?",
        math.sqrt(3) * 0.2884 / 4,
        "nm",
    ),
    (
        "Chromium (BCC) has a lattice constant of 0.2884 nm and an atomic weight of 52.00 g/mol. What is its density in kg/m³?",
        2 * 52.00 / (NA * (0.2884e-7) ** 3) * 1000,
        "kg/m**3",
    ),
    (
        "The energy for vacancy formation in copper is 0.90 eV/atom. At 1000 °C, what fraction of the lattice sites are vacant?",
        math.exp(-0.90 / (k * 1273.15)),
        "dimensionless",
    ),
    (
        "The energy for vacancy formation in copper is 0.90 eV/atom. By what factor does the vacancy fraction increase from 500 °C to 1000 °C?",
        math.exp(-0.90 / (k * 1273.15)) / math.exp(-0.90 / (k * 773.15)),
        "dimensionless",
    ),
    (
        "Diffusion of carbon in BCC iron has D0 = 6.2 × 10^-7 m²/s and Q = 80 kJ/mol. What is D at 900 K in m²/s?",
        6.2e-7 * math.exp(-80000 / (R * 900)),
        "m**2/s",
    ),
    (
        "Diffusion of carbon in BCC iron has D0 = 6.2 × 10^-7 m²/s and Q = 80 kJ/mol. At what temperature in K is D = 1.0 × 10^-11 m²/s?",
        80000 / (R * math.log(6.2e-7 / 1e-11)),
        "K",
    ),
    (
        "A metal has a yield strength of 250 MPa and E = 200 GPa. What is its modulus of resilience in kJ/m³?",
        250e6**2 / (2 * 200e9) / 1000,
        "kJ/m**3",
    ),
    (
        "Hall–Petch: σ0 = 70 MPa and k_y = 0.74 MPa·m^1/2. What is the yield strength for a grain diameter of 25 µm, in MPa?",
        70 + 0.74 / math.sqrt(25e-6),
        "MPa",
    ),
    (
        "Hall–Petch: σ0 = 70 MPa and k_y = 0.74 MPa·m^1/2. What grain diameter in µm gives a yield strength of 250 MPa?",
        (0.74 / (250 - 70)) ** 2 * 1e6,
        "micrometer",
    ),
    (
        "An intrinsic semiconductor has a band gap of 1.1 eV. What is the ratio of its intrinsic carrier concentration at 400 K to that at 300 K, ignoring the T^3/2 factor?",
        math.exp(-1.1 / (2 * k * 400)) / math.exp(-1.1 / (2 * k * 300)),
        "dimensionless",
    ),
    (
        "Silicon has an electron mobility of 0.14 m²/(V·s) and a hole mobility of 0.05 m²/(V·s); n-type silicon has 10^22 electrons per m³. What is its conductivity in (Ω·m)^-1?",
        1e22 * 1.602176634e-19 * 0.14,
        "1/(ohm*m)",
    ),
    (
        "A polymer has a number-average molecular weight of 100,000 g/mol and the repeat unit's molar mass is 62.50 g/mol. What is its degree of polymerization?",
        100000 / 62.5,
        "dimensionless",
    ),
    (
        "A fibre composite has 40 vol% glass fibres (E = 70 GPa) in epoxy (E = 3.5 GPa). What is its modulus transverse to the fibres, in GPa?",
        1 / (0.4 / 70 + 0.6 / 3.5),
        "GPa",
    ),
    (
        "A fibre composite has 40 vol% glass fibres (E = 70 GPa) in epoxy (E = 3.5 GPa). What is its modulus along the fibres, in GPa?",
        0.4 * 70 + 0.6 * 3.5,
        "GPa",
    ),
    (
        "Copper has a resistivity of 1.72 × 10^-8 Ω·m. What is its conductivity in (Ω·m)^-1?",
        1 / 1.72e-8,
        "1/(ohm*m)",
    ),
    (
        "The critical resolved shear stress of a metal is 20 MPa; the angles between the tensile axis and the slip plane normal and slip direction are 60° and 35°. What tensile stress starts slip, in MPa?",
        20 / (math.cos(math.radians(60)) * math.cos(math.radians(35))),
        "MPa",
    ),
    (
        "A crack 2 mm long lies at the surface of a plate with K_IC = 25 MPa·m^1/2; Y = 1.0. What stress fractures it, in MPa?",
        25 / (1.0 * math.sqrt(math.pi * 0.002)),
        "MPa",
    ),
    (
        "An internal crack 4 mm long lies in a plate with K_IC = 25 MPa·m^1/2; Y = 1.0. What stress fractures it, in MPa?",
        25 / (1.0 * math.sqrt(math.pi * 0.002)),
        "MPa",
    ),
    # batch 4
    (
        "A cylinder of steel, 25 mm across and 60 mm high, is compressed by 50 kN. What is the compressive stress in MPa?",
        50e3 / (math.pi * 12.5**2),
        "MPa",
    ),
    (
        "A 60 mm tall steel cylinder with a 25 mm diameter carries a compressive load of 50 kN. What stress acts on it, in MPa?",
        50e3 / (math.pi * 12.5**2),
        "MPa",
    ),
    (
        "A titanium rod with a length of 0.5 m and a diameter of 6 mm is loaded with 4 kN in tension. E = 110 GPa. How much does it stretch, in mm?",
        4e3 * 500 / (math.pi * 9 * 110e3),
        "mm",
    ),
    (
        "A 500-mm-long titanium rod of 6-mm diameter is loaded with 4 kN in tension. E = 110 GPa. How much does it stretch, in mm?",
        4e3 * 500 / (math.pi * 9 * 110e3),
        "mm",
    ),
    (
        "A 6-mm-diameter titanium rod 500 mm in length is loaded with 4 kN in tension. E = 110 GPa. How much does it stretch, in mm?",
        4e3 * 500 / (math.pi * 9 * 110e3),
        "mm",
    ),
    (
        "A nickel wire of 0.8 mm diameter and 1.5 m length has a resistivity of 6.9 × 10^-8 Ω·m. What is its resistance in ohms?",
        6.9e-8 * 1.5 / (math.pi * 0.0004**2),
        "ohm",
    ),
    (
        "A slab of brick 0.2 m thick, k = 0.7 W/(m·K), has one face at 800 °C and the other at 50 °C. What heat flows through 2 m² of it per hour, in kJ?",
        0.7 * 750 / 0.2 * 2 * 3600 / 1000,
        "kJ",
    ),
    (
        "Brass rod: length 1.2 m, diameter 10 mm, E = 100 GPa. It carries 15 kN. What is its elongation in mm?",
        15e3 * 1200 / (math.pi * 25 * 100e3),
        "mm",
    ),
    (
        "Brass rod: diameter 10 mm, length 1.2 m, E = 100 GPa. It carries 15 kN. What is its elongation in mm?",
        15e3 * 1200 / (math.pi * 25 * 100e3),
        "mm",
    ),
    (
        "A wire 0.5 mm in radius and 4 m in length has a resistance of 0.5 Ω. What is its resistivity in Ω·m?",
        0.5 * math.pi * (0.0005) ** 2 / 4,
        "ohm*m",
    ),
    (
        "A bar 10 mm square and 1 m long carries 20 kN; E = 200 GPa. What is its elongation in mm?",
        20e3 * 1000 / (100 * 200e3),
        "mm",
    ),
    # batch 5
    (
        "Glass fibres of modulus 72 GPa make up 35 vol% of a composite whose epoxy matrix has a modulus of 3.1 GPa. What is the longitudinal modulus in GPa?",
        0.35 * 72 + 0.65 * 3.1,
        "GPa",
    ),
    (
        "An epoxy matrix (modulus 3.1 GPa) holds 35 vol% of glass fibres (modulus 72 GPa). What is the longitudinal modulus in GPa?",
        0.35 * 72 + 0.65 * 3.1,
        "GPa",
    ),
    (
        "In a composite, the matrix modulus is 3.1 GPa and the fibre modulus is 72 GPa; fibres are 35 vol%. What is the transverse modulus in GPa?",
        1 / (0.35 / 72 + 0.65 / 3.1),
        "GPa",
    ),
    (
        "D for Cu in Ni is 6.5 × 10^-19 m²/s at 500 °C and 1.2 × 10^-14 m²/s at 900 °C. What is the activation energy in kJ/mol?",
        R * math.log(1.2e-14 / 6.5e-19) / (1 / 773.15 - 1 / 1173.15) / 1000,
        "kJ/mol",
    ),
    (
        "At 900 °C D = 1.2 × 10^-14 m²/s and at 500 °C D = 6.5 × 10^-19 m²/s for Cu in Ni. What is the activation energy in kJ/mol?",
        R * math.log(1.2e-14 / 6.5e-19) / (1 / 773.15 - 1 / 1173.15) / 1000,
        "kJ/mol",
    ),
    (
        "The diffusion coefficient is 6.5 × 10^-19 m²/s at 500 °C; Q = 256 kJ/mol. What is it at 900 °C, in m²/s?",
        6.5e-19 * math.exp(-256000 / R * (1 / 1173.15 - 1 / 773.15)),
        "m**2/s",
    ),
    (
        "The diffusion coefficient at 900 °C is to be found; at 500 °C it is 6.5 × 10^-19 m²/s and Q = 256 kJ/mol. Give it in m²/s.",
        6.5e-19 * math.exp(-256000 / R * (1 / 1173.15 - 1 / 773.15)),
        "m**2/s",
    ),
    (
        "A copper rod is heated from 25 °C to 325 °C; α = 17 × 10^-6 /°C and its length at 25 °C is 2.0 m. How much longer does it get, in mm?",
        2000 * 17e-6 * 300,
        "mm",
    ),
    (
        "A copper rod 2.0 m long at 25 °C is heated to 325 °C; α = 17 × 10^-6 /°C. How much longer does it get, in mm?",
        2000 * 17e-6 * 300,
        "mm",
    ),
    (
        "A steel rod held rigidly at both ends is cooled from 120 °C to 20 °C. E = 207 GPa and α = 12 × 10^-6 /°C. What stress develops, in MPa (magnitude)?",
        207e3 * 12e-6 * 100,
        "MPa",
    ),
    (
        "An alloy's creep rate is 1.0 × 10^-7 s^-1 at 800 K; the activation energy is 300 kJ/mol. What is the creep rate at 850 K, at the same stress, in s^-1?",
        1e-7 * math.exp(-300000 / R * (1 / 850 - 1 / 800)),
        "1/s",
    ),
    (
        "The intrinsic conductivity of a semiconductor is 2.0 (Ω·m)^-1 at 300 K and its band gap is 0.67 eV. What is it at 350 K in (Ω·m)^-1, ignoring changes in mobility and the T^3/2 term?",
        2.0 * math.exp(-0.67 / (2 * k) * (1 / 350 - 1 / 300)),
        "1/(ohm*m)",
    ),
    # batch 6
    (
        "A Zn electrode in 0.01 M Zn²⁺ solution (E° = −0.763 V) at 25 °C: what is its electrode potential in V?",
        -0.763 + R * 298.15 / (2 * F) * math.log(0.01),
        "V",
    ),
    (
        "What is the potential of a Cu electrode (E° = +0.340 V) in a 0.005 M Cu²⁺ solution at 298 K, in V?",
        0.340 + R * 298 / (2 * F) * math.log(0.005),
        "V",
    ),
    (
        "How many grams of copper are plated from Cu²⁺ by a 5.0 A current in 2.0 h? (Cu: 63.55 g/mol)",
        5 * 7200 / (2 * F) * 63.55,
        "g",
    ),
    (
        "A current of 5.0 A runs for 2.0 h through a Cu²⁺ bath. What mass of copper (63.55 g/mol) deposits, in g?",
        5 * 7200 / (2 * F) * 63.55,
        "g",
    ),
    (
        "Iron corrodes at a current density of 2 × 10^-5 A/cm²; Fe → Fe²⁺. What is the corrosion penetration rate in mm/yr? (ρ = 7.87 g/cm³, 55.85 g/mol)",
        2e-5 / (2 * F) * 55.85 / 7.87 * 10 * 3.15576e7,
        "mm/yr",
    ),
    (
        "Polystyrene has a repeat unit of molar mass 104.15 g/mol. A sample has a degree of polymerization of 2500. What is its molecular weight in g/mol?",
        2500 * 104.15,
        "g/mol",
    ),
    (
        "A polymer sample contains chains of 10,000 g/mol (mole fraction 0.3) and 40,000 g/mol (mole fraction 0.7). What is Mn in g/mol?",
        0.3 * 10000 + 0.7 * 40000,
        "g/mol",
    ),
    (
        "A polymer sample contains chains of 10,000 g/mol (weight fraction 0.3) and 40,000 g/mol (weight fraction 0.7). What is Mw in g/mol?",
        0.3 * 10000 + 0.7 * 40000,
        "g/mol",
    ),
    (
        "A polymer sample contains chains of 10,000 g/mol (weight fraction 0.3) and 40,000 g/mol (weight fraction 0.7). What is Mn in g/mol?",
        1 / (0.3 / 10000 + 0.7 / 40000),
        "g/mol",
    ),
    (
        "An n-type semiconductor has 5 × 10^21 m^-3 donors, all ionized, and an electron mobility of 0.38 m²/(V·s). What is its electrical conductivity in (Ω·m)^-1?",
        5e21 * 1.602176634e-19 * 0.38,
        "1/(ohm*m)",
    ),
    (
        "An n-type semiconductor has 5 × 10^21 m^-3 donors, all ionized, and an electron mobility of 0.38 m²/(V·s). What is its resistivity in Ω·m?",
        1 / (5e21 * 1.602176634e-19 * 0.38),
        "ohm*m",
    ),
    (
        "A material's magnetization is 1.2 × 10^6 A/m in a field of 500 A/m. What is its magnetic susceptibility?",
        1.2e6 / 500,
        "dimensionless",
    ),
    (
        "A material's magnetization is 1.2 × 10^6 A/m in a field of 500 A/m. What is its relative permeability?",
        1.2e6 / 500 + 1,
        "dimensionless",
    ),
    (
        "Light passes from glass (n = 1.50) into water (n = 1.33). What is the critical angle in degrees?",
        math.degrees(math.asin(1.33 / 1.50)),
        "degree",
    ),
    (
        "What fraction of light is reflected at normal incidence from a glass surface with n = 1.5 in air?",
        ((1.5 - 1) / (1.5 + 1)) ** 2,
        "dimensionless",
    ),
    # batch 7
    (
        "A 35 wt% Ni Cu–Ni alloy at 1250 °C has a liquid of 31.5 wt% Ni and an α phase of 42.5 wt% Ni. What is the mass fraction of liquid?",
        (42.5 - 35) / (42.5 - 31.5),
        "dimensionless",
    ),
    (
        "A 35 wt% Ni Cu–Ni alloy at 1250 °C has a liquid of 31.5 wt% Ni and an α phase of 42.5 wt% Ni. What percentage of the alloy is α?",
        100 * (35 - 31.5) / (42.5 - 31.5),
        "percent",
    ),
    (
        "At 1250 °C a Cu–35 wt% Ni alloy is two-phase: the liquid holds 31.5 wt% Ni, the solid 42.5 wt% Ni. What mass of liquid is in 2.0 kg of alloy, in kg?",
        2 * (42.5 - 35) / (42.5 - 31.5),
        "kg",
    ),
    (
        "NaCl has the rock-salt structure; r(Na⁺) = 0.102 nm and r(Cl⁻) = 0.181 nm. What is its density in g/cm³? (Na 22.99, Cl 35.45 g/mol)",
        4 * (22.99 + 35.45) / (NA * (2 * (0.102 + 0.181) * 1e-7) ** 3),
        "g/cm**3",
    ),
    (
        "What is the atomic packing factor of a BCC metal?",
        math.sqrt(3) * math.pi / 8,
        "dimensionless",
    ),
    (
        "How many grams of water at 20 °C can be heated to 80 °C with 50 kJ? c = 4.18 J/(g·K).",
        50000 / (4.18 * 60),
        "g",
    ),
    (
        "50 kJ of heat is supplied to 500 g of aluminium (c = 0.900 J/(g·K)) at 20 °C. What is its final temperature in °C?",
        20 + 50000 / (500 * 0.9),
        "degC",
    ),
    (
        "50 kJ of heat is supplied to 500 g of aluminium (c = 0.900 J/(g·K)) at 20 °C. By how much does its temperature rise, in K?",
        50000 / (500 * 0.9),
        "K",
    ),
    (
        "A 0.35 wt% C steel: what is the mass fraction of proeutectoid ferrite just below 727 °C?",
        (0.76 - 0.35) / (0.76 - 0.022),
        "dimensionless",
    ),
    (
        "A 1.2 wt% C steel: what is the mass fraction of proeutectoid cementite just below 727 °C?",
        (1.2 - 0.76) / (6.70 - 0.76),
        "dimensionless",
    ),
    (
        "A 1.2 wt% C steel: what is the mass fraction of pearlite just below 727 °C?",
        (6.70 - 1.2) / (6.70 - 0.76),
        "dimensionless",
    ),
    (
        "The ASTM grain size number is 6. How many grains per square inch are seen at 100×?",
        2**5,
        "1/inch**2",
    ),
    (
        "At 100× there are 45 grains per square inch. What is the ASTM grain size number?",
        1 + math.log2(45),
        "dimensionless",
    ),
    (
        "A 2.0 mm thick sheet of palladium has H concentrations of 2.0 and 0.4 kg/m³ at its faces; D = 1.0 × 10^-8 m²/s. What mass of H passes through 0.25 m² in 1 h, in g?",
        1e-8 * 1.6 / 0.002 * 0.25 * 3600 * 1000,
        "g",
    ),
    # batch 8
    (
        "A 2.000 m steel rod at 20 °C is heated to 220 °C; α = 12 × 10^-6 /°C. What is its final length in m?",
        2.0 * (1 + 12e-6 * 200),
        "m",
    ),
    (
        "A 2.000 m steel rod at 20 °C is heated to 220 °C; α = 12 × 10^-6 /°C. What is its change in length in mm?",
        2000 * 12e-6 * 200,
        "mm",
    ),
    (
        "A 50 mm long aluminium bar (E = 69 GPa) is stressed elastically to 138 MPa in tension. What is its new length in mm?",
        50 * (1 + 138 / 69000),
        "mm",
    ),
    (
        "A 50 mm long aluminium bar (E = 69 GPa) is stressed elastically to 138 MPa in tension. What is its elongation in mm?",
        50 * 138 / 69000,
        "mm",
    ),
    (
        "A gas at 300 K and 1 atm is heated at constant volume to 450 K. What is the final pressure in atm?",
        1.5,
        "atm",
    ),
    (
        "Water (c = 4.18 J/(g·K)) of mass 200 g at 25 °C receives 8.36 kJ. What is the water's temperature afterwards, in °C?",
        25 + 8360 / (200 * 4.18),
        "degC",
    ),
    (
        "The temperature of 200 g of water (c = 4.18 J/(g·K)) rises from 25 °C to 35 °C. How much heat was absorbed, in kJ?",
        200 * 4.18 * 10 / 1000,
        "kJ",
    ),
    # batch 9
    (
        "A copper rod is 1.500 m long at 20 °C. α = 17 × 10^-6 /K. What is the rod's length at 220 °C, in m?",
        1.5 * (1 + 17e-6 * 200),
        "m",
    ),
    (
        "A steel wire 3.0 m long and 1.0 mm in diameter carries a 200 N load; E = 200 GPa. What is the wire's length under load, in m?",
        3.0 * (1 + 200 / (math.pi * 0.25e-6) / 200e9),
        "m",
    ),
    (
        "A 10.00 mm diameter brass rod (E = 97 GPa, ν = 0.34) carries a 10 kN tensile load. What is its diameter under load, in mm?",
        10 * (1 - 0.34 * 10e3 / (math.pi * 25) / 97e3),
        "mm",
    ),
    (
        "An aluminium cube 10 cm on a side at 20 °C is heated to 120 °C; α = 23 × 10^-6 /K. What is its volume at 120 °C, in cm³?",
        1000 * (1 + 3 * 23e-6 * 100),
        "cm**3",
    ),
    (
        "A gold ring has an inner diameter of 20.00 mm at 20 °C; α = 14 × 10^-6 /K. What is the inner diameter at 120 °C, in mm?",
        20 * (1 + 14e-6 * 100),
        "mm",
    ),
    # batch 1
    (
        "A cylindrical specimen of brass 10 mm in diameter and 100 mm long is pulled with 10 kN. E = 97 GPa. By how much does it lengthen, in mm?",
        10e3 * 100 / (math.pi * 25 * 97e3),
        "mm",
    ),
]
