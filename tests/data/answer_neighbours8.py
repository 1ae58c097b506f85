"""Neighbour questions, round 8 (issue 11, precision), in our own words.

Written by helper probe9 around the context-sentence path (context_aside.py): an opening sentence
holds numbers before the ask. (a) numbers truly irrelevant (a part's mass, a price, a service life, a
process temperature) -- the answer must stay right; (b) numbers the answer depends on but stated in
the context sentence (a composition, a temperature of the data, a factor of safety, a load shared by
members, a cold-work percentage, a crack length, a grain size, a fibre share) -- used or refused, never
set aside; (c) a context value that is a second value of a quantity the relation takes (an earlier
temperature, stress, load or grain size) -- refused unless clearly another body or state. Keys
computed below with plain math; a key of None means the question must be refused.
tests/test_answer_neighbours.py holds them at 0 wrong.
"""

from __future__ import annotations

import math

NA = 6.02214076e23
k = 8.617333262e-5
R = 8.314462618
PI = math.pi


def _ck(t_c: float) -> float:
    return t_c + 273.15


# (question, key or None for must-refuse, pint unit of the key)
QUESTIONS: list[tuple[str, float | None, str]] = [
    # (a) irrelevant context
    (
        "A copper wire spool weighing 2.5 kg was bought for 40 dollars. A straight length of the wire 2.0 mm in diameter carries a tensile force of 500 N. What is the engineering stress in MPa?",
        500 / (PI * 0.001**2) / 1e6,
        "MPa",
    ),
    (
        "A steel bracket of mass 3.2 kg was made in 2019. A steel bar of 10 mm by 20 mm cross-section carries an axial load of 30 kN. Compute the engineering stress in MPa.",
        30e3 / (10e-3 * 20e-3) / 1e6,
        "MPa",
    ),
    (
        "A pressure vessel was designed for a service life of 20 years. A 1.0 cm³ volume of its steel contains 3000 km of dislocation line. Compute the dislocation density in m^-2.",
        3000e3 / 1e-6,
        "1/m**2",
    ),
    (
        "A part was annealed at 700 °C for 2 h. A 1.0 mm³ volume of the metal contains 200 m of dislocation line. Compute the dislocation density in m^-2.",
        200 / 1e-9,
        "1/m**2",
    ),
    (
        "A 4.0 kg aluminium casting cost 12 euros. Aluminium is FCC with a lattice parameter of 0.4049 nm and an atomic weight of 26.98 g/mol. Calculate its density in g/cm³.",
        4 * 26.98 / (NA * (0.4049e-7) ** 3),
        "g/cm**3",
    ),
    (
        "The sample was polished for 10 minutes. Copper is FCC with a = 0.3615 nm and A = 63.55 g/mol. What is its density in g/cm³?",
        4 * 63.55 / (NA * (0.3615e-7) ** 3),
        "g/cm**3",
    ),
    (
        "A turbine shaft weighs 150 kg. A steel with a modulus of 207 GPa is loaded elastically to a stress of 300 MPa. What is the strain?",
        300 / 207e3,
        "dimensionless",
    ),
    (
        "The furnace was run at 1200 °C for 3 hours. A single crystal is pulled with a tensile stress of 50 MPa; the angle between the slip plane normal and the axis is 60° and between the slip direction and the axis is 35°. Calculate the resolved shear stress in MPa.",
        50 * math.cos(math.radians(60)) * math.cos(math.radians(35)),
        "MPa",
    ),
    (
        "A sheet of glass 5 mm thick costs 30 dollars per square metre. Glass has a refractive index of 1.5. What fraction of normally incident light is reflected at its surface?",
        ((1.5 - 1) / (1.5 + 1)) ** 2,
        "dimensionless",
    ),
    (
        "A bridge was opened in 1990 and has a mass of 2000 t. A steel with a linear expansion coefficient of 12 × 10⁻⁶ /°C and a length of 10.0 m is heated by 40 °C. By how much does it lengthen, in mm?",
        12e-6 * 10.0 * 40 * 1e3,
        "mm",
    ),
    (
        "A batch of 500 parts was made. Iron has an atomic weight of 55.85 g/mol and a density of 7.87 g/cm³. How many atoms are there per cubic metre?",
        7.87e6 * NA / 55.85,
        "1/m**3",
    ),
    (
        "A copper bus bar of 15 kg was installed in 2010. A copper wire has a resistivity of 1.7 × 10⁻⁸ Ω·m. What is its electrical conductivity in S/m?",
        1 / 1.7e-8,
        "S/m",
    ),
    (
        "The lab kept the samples at 25 °C. A polymer chain has a number-average molecular weight of 100000 g/mol and a repeat unit of 28.05 g/mol. Compute the degree of polymerization.",
        100000 / 28.05,
        "dimensionless",
    ),
    (
        "A crane hook was forged from 40 kg of steel. A plate has a fracture toughness of 50 MPa·m^0.5 and contains an edge crack; the geometry factor is 1.0 and the applied stress is 200 MPa. What is the critical crack length in mm?",
        (50 / (1.0 * 200)) ** 2 / PI * 1e3,
        "mm",
    ),
    (
        "A 2.0 mm thick copper strip was cold rolled at 20 °C. A 1.0 mm³ volume of the rolled strip contains 500 km of dislocation line. Compute the dislocation density in m^-2.",
        500e3 / 1e-9,
        "1/m**2",
    ),
    (
        "A gear weighing 1.2 kg was bought for 25 dollars. A zinc coating corrodes with a weight loss of 10 mg over a surface of 100 cm² in 1000 h; the density of zinc is 7.14 g/cm³. Compute the corrosion penetration rate in mm per year.",
        10e-3 / (7.14 * 100 * 1000) * 10 * 8766,
        "mm/year",
    ),
    (
        "The wafers were made in a plant at 1000 °C. Silicon has a band gap of 1.11 eV. What is the longest wavelength of light that it absorbs, in nm?",
        6.62607015e-34 * 299792458 / (1.11 * 1.602176634e-19) * 1e9,
        "nm",
    ),
    (
        "A 10 kg aluminium ingot was remelted. A material has a yield strength of 250 MPa. What is the maximum load, in kN, a rod of 8 mm diameter can carry without yielding?",
        250e6 * PI * 0.004**2 / 1e3,
        "kN",
    ),
    # (b) context values that matter
    (
        "A brass sheet was cold rolled to reduce its thickness by 40 %. The sheet was originally 5.0 mm thick. What is its final thickness in mm?",
        3.0,
        "mm",
    ),
    (
        "A steel contains 0.40 wt% C. At a temperature just below the eutectoid, what is the mass fraction of pearlite? The eutectoid is at 0.76 wt% C and ferrite holds 0.022 wt% C.",
        (0.40 - 0.022) / (0.76 - 0.022),
        "dimensionless",
    ),
    (
        "An alloy of 35 wt% Ni is held at 1250 °C where liquid holds 32 wt% Ni and α holds 43 wt% Ni. What is the mass fraction of liquid?",
        (43 - 35) / (43 - 32),
        "dimensionless",
    ),
    (
        "A design uses a factor of safety of 2.0. A steel has a yield strength of 400 MPa. What is the allowable working stress in MPa?",
        200.0,
        "MPa",
    ),
    (
        "A factor of safety of 2.5 is required. The steel of a tie rod has a yield strength of 300 MPa and the rod carries 50 kN. What minimum diameter is needed, in mm?",
        2 * math.sqrt(50e3 / (300e6 / 2.5) / PI) * 1e3,
        "mm",
    ),
    (
        "A load of 60 kN is shared equally by three steel rods. Each rod is 10 mm in diameter. What is the stress in each rod in MPa?",
        20e3 / (PI * 0.005**2) / 1e6,
        "MPa",
    ),
    (
        "A 120 kN load hangs from two identical cables. Each cable has a cross-sectional area of 200 mm². Compute the stress in a cable in MPa.",
        60e3 / 200e-6 / 1e6,
        "MPa",
    ),
    (
        "A plate contains a surface crack 2 mm long. The plate has a fracture toughness of 40 MPa·m^0.5 and a geometry factor of 1.1. What stress will cause fracture, in MPa?",
        40 / (1.1 * math.sqrt(PI * 2e-3)),
        "MPa",
    ),
    (
        "A steel has a grain diameter of 25 µm. For it, σ0 = 150 MPa and the locking parameter is 0.70 MPa·m^0.5. What is its yield strength in MPa?",
        150 + 0.70 / math.sqrt(25e-6),
        "MPa",
    ),
    (
        "Copper data were measured at 900 °C. The diffusion coefficient of copper in nickel has D0 = 2.7 × 10⁻⁵ m²/s and Q = 256 kJ/mol. Compute D in m²/s.",
        2.7e-5 * math.exp(-256e3 / (R * _ck(900))),
        "m**2/s",
    ),
    (
        "The temperature is 800 °C. The energy for vacancy formation in copper is 0.9 eV/atom. What fraction of sites are vacant?",
        math.exp(-0.9 / (k * _ck(800))),
        "dimensionless",
    ),
    (
        "A rod was cold worked by 30 %. Its original diameter was 12 mm. What is its diameter after cold working, in mm?",
        12 * math.sqrt(0.7),
        "mm",
    ),
    (
        "An alloy contains 30 wt% Zn and the rest copper. What is the atom percent of zinc?",
        (30 / 65.38) / (30 / 65.38 + 70 / 63.55) * 100,
        "percent",
    ),
    (
        "The fibres make up 60 vol% of the composite. Glass fibres have a modulus of 72 GPa and the epoxy matrix 2.4 GPa. What is the longitudinal modulus of the composite in GPa?",
        0.6 * 72 + 0.4 * 2.4,
        "GPa",
    ),
    (
        "A composite has 40 vol% fibres. The fibres have E = 230 GPa and the matrix E = 3.5 GPa. Compute the transverse modulus in GPa.",
        1 / (0.4 / 230 + 0.6 / 3.5),
        "GPa",
    ),
    (
        "The surface crack is 0.5 mm deep. A ceramic has a fracture toughness of 3 MPa·m^0.5 and Y = 1. What is the fracture stress in MPa?",
        3 / math.sqrt(PI * 0.5e-3),
        "MPa",
    ),
    (
        "A steel was measured at 150 °C. Its linear expansion coefficient is 12 × 10⁻⁶ /°C and a rod is 2.000 m long at 20 °C. What is the final length in m?",
        2.0 * (1 + 12e-6 * 130),
        "m",
    ),
    (
        "The ASTM grain size number is 6. How many grains per square inch are there at a magnification of 100×?",
        2**5,
        "1/inch**2",
    ),
    (
        "Half of the load is carried by the fibres. A rod of 50 mm² cross-section carries 10 kN in total. What is the stress carried by the fibres if they occupy 25 mm²?",
        5e3 / 25e-6 / 1e6,
        "MPa",
    ),
    (
        "The porosity of the sintered part is 10 %. The fully dense ceramic has a modulus of 380 GPa. Estimate the modulus of the porous part in GPa.",
        380 * (1 - 1.9 * 0.1 + 0.9 * 0.01),
        "GPa",
    ),
    (
        "The alloy has an ASTM grain size of 8. For it σ0 = 70 MPa and k = 0.74 MPa·m^0.5. Compute the yield strength.",
        None,
        "MPa",
    ),
    (
        "The composition is 0.25 wt% C. Ferrite holds 0.022 wt% C and cementite 6.70 wt% C. What is the mass fraction of cementite?",
        (0.25 - 0.022) / (6.70 - 0.022),
        "dimensionless",
    ),
    (
        "The test was performed at 600 °C. Nickel has an activation energy for self-diffusion of 280 kJ/mol and D0 = 1.9 × 10⁻⁴ m²/s. Calculate the diffusion coefficient.",
        1.9e-4 * math.exp(-280e3 / (R * _ck(600))),
        "m**2/s",
    ),
    (
        "Initially the bar had a cross-section of 100 mm². A tensile test brings the area down to 60 mm² at fracture. What is the percent reduction in area?",
        40.0,
        "percent",
    ),
    (
        "The specimen was originally 50 mm long. At fracture its length is 62 mm. Compute the percent elongation.",
        24.0,
        "percent",
    ),
    (
        "The bar is 2.0 m long. It is made of aluminium with E = 70 GPa and a stress of 140 MPa is applied. How much does it elongate, in mm?",
        140 / 70e3 * 2000,
        "mm",
    ),
    (
        "An alloy contains 3 wt% Cu and the rest aluminium; its density is to be found. Copper density is 8.96 g/cm³ and aluminium 2.70 g/cm³. Compute the alloy density in g/cm³.",
        100 / (3 / 8.96 + 97 / 2.70),
        "g/cm**3",
    ),
    (
        "The wire is 10 m long and 1 mm in diameter. Copper has a resistivity of 1.7 × 10⁻⁸ Ω·m. What is its resistance in ohms?",
        1.7e-8 * 10 / (PI * 0.0005**2),
        "ohm",
    ),
    (
        "A cube-shaped sample measures 2 cm on each side. Its mass is 63 g. What is its density in g/cm³?",
        63 / 8,
        "g/cm**3",
    ),
    (
        "A copper alloy contains 2 wt% Be. The alloy is FCC with a lattice parameter of 0.3615 nm. Calculate its density.",
        None,
        "g/cm**3",
    ),
    (
        "Two thirds of the applied force of 90 kN is carried by the steel core. The core has a cross-sectional area of 300 mm². What is the stress in the core in MPa?",
        60e3 / 300e-6 / 1e6,
        "MPa",
    ),
    # (c) second value of a quantity the relation takes
    (
        "At 500 °C the vacancy fraction was measured. The energy for vacancy formation is 1.0 eV/atom. What is the vacancy fraction at 900 °C?",
        math.exp(-1.0 / (k * _ck(900))),
        "dimensionless",
    ),
    (
        "At 25 °C a rod is 1.000 m long. Its coefficient of linear expansion is 17 × 10⁻⁶ /°C. What is its length at 225 °C, in m?",
        1.0 * (1 + 17e-6 * 200),
        "m",
    ),
    (
        "A stress of 100 MPa was first applied to the bar. A steel bar with E = 200 GPa is loaded to 250 MPa. What is the strain?",
        250 / 200e3,
        "dimensionless",
    ),
    (
        "The specimen was previously tested at 300 °C. The diffusion of carbon in iron has D0 = 2.3 × 10⁻⁵ m²/s and Q = 148 kJ/mol. Compute D at 900 °C.",
        2.3e-5 * math.exp(-148e3 / (R * _ck(900))),
        "m**2/s",
    ),
    (
        "A metal is held at 400 °C. Its vacancy formation energy is 0.8 eV. Compute the fraction of vacant sites.",
        math.exp(-0.8 / (k * _ck(400))),
        "dimensionless",
    ),
    (
        "A stress of 150 MPa is applied to a bar. The steel has E = 210 GPa: what strain results?",
        150 / 210e3,
        "dimensionless",
    ),
    (
        "The crack was 1 mm long when the part entered service. A plate with K_IC = 45 MPa·m^0.5 and Y = 1.0 now has a surface crack 3 mm long. What stress will fracture it?",
        45 / math.sqrt(PI * 3e-3),
        "MPa",
    ),
    (
        "The load on the rod was 20 kN yesterday. A rod with a cross-sectional area of 100 mm² carries a load of 35 kN. What is the stress in MPa?",
        35e3 / 100e-6 / 1e6,
        "MPa",
    ),
    (
        "A second rod of 20 mm diameter carries 40 kN. A rod of 10 mm diameter carries 15 kN. What is the stress in the 10 mm rod in MPa?",
        15e3 / (PI * 0.005**2) / 1e6,
        "MPa",
    ),
    (
        "The sample was quenched from 850 °C. For a metal with a vacancy formation energy of 1.1 eV/atom, what is the vacancy fraction?",
        math.exp(-1.1 / (k * _ck(850))),
        "dimensionless",
    ),
    (
        "The furnace was at 1100 °C. Carbon in iron has D0 = 2.3 × 10⁻⁵ m²/s and Q = 148 kJ/mol. What is the diffusion coefficient?",
        2.3e-5 * math.exp(-148e3 / (R * _ck(1100))),
        "m**2/s",
    ),
    (
        "The rod was heated to 300 °C. Steel with a linear expansion coefficient of 12 × 10⁻⁶ /°C: what strain is caused by heating it from 20 °C?",
        12e-6 * 280,
        "dimensionless",
    ),
    (
        "A tensile force of 10 kN was applied at first. A copper wire of 2 mm diameter is then loaded to 1 kN. What is the engineering stress in MPa?",
        1e3 / (PI * 0.001**2) / 1e6,
        "MPa",
    ),
    (
        "Measured at 20 °C, a copper wire has a resistivity of 1.7 × 10⁻⁸ Ω·m. What is its conductivity?",
        1 / 1.7e-8,
        "S/m",
    ),
    (
        "The grain size of the steel was 50 µm before annealing. After annealing its grain size is 100 µm; σ0 = 100 MPa and k = 0.6 MPa·m^0.5. What is the yield strength now?",
        100 + 0.6 / math.sqrt(100e-6),
        "MPa",
    ),
    (
        "A stress of 300 MPa was applied to one crystal. A second crystal with φ = 45° and λ = 45° has a critical resolved shear stress of 20 MPa. What tensile stress is needed to make it yield?",
        40.0,
        "MPa",
    ),
    (
        "At 300 K silicon was doped. The electron mobility is 0.14 m²/V·s and the electron concentration is 10²² m⁻³. What is the conductivity in S/m?",
        1e22 * 1.602176634e-19 * 0.14,
        "S/m",
    ),
    (
        "The rod first had a length of 500 mm. A steel rod 400 mm long is loaded to a strain of 0.002. By how much does it lengthen, in mm?",
        0.8,
        "mm",
    ),
    (
        "The component was heated to 600 °C earlier. It has a vacancy formation energy of 1.2 eV/atom. What is the fraction of vacancies at 1000 °C?",
        math.exp(-1.2 / (k * _ck(1000))),
        "dimensionless",
    ),
    (
        "A wall was 5 mm thick. Steel contains a crack of 2 mm; K_IC = 50 MPa·m^0.5, Y = 1.12. What is the fracture stress?",
        None,
        "MPa",
    ),
    # found wrong on main: a composition in a context sentence was set aside
    (
        "A copper alloy contains 2 % Be. The alloy is FCC with a lattice parameter of 0.3615 nm. Calculate its density in g/cm³.",
        None,
        "g/cm**3",
    ),
    (
        "A nickel alloy contains 20 wt% Cr. It is FCC with a = 0.3560 nm. Compute its density in g/cm³.",
        None,
        "g/cm**3",
    ),
    (
        "Pure copper is FCC with a lattice parameter of 0.3615 nm and an atomic weight of 63.55 g/mol. It was annealed at 600 °C. Calculate its density in g/cm³.",
        4 * 63.55 / (NA * (0.3615e-7) ** 3),
        "g/cm**3",
    ),
]
