"""Questions written near the classes the offline solver answers on the external development data.

Written in session 12 (helper probex) in our own words, in the style of atkins-type physical chemistry,
introductory physics ('fund'), and SciBench/TheoremQA prompts (the unit stated apart, TeX, '(Unit: m)').
Each varies a solved question the way textbook writers do: the per-mole or the total value, a change or a
final value, the other root, frequency or angular frequency or wavenumber, a second step, a condition
that changes the relation, or a problem the relation does not fit. Keys computed below with plain math.
tests/test_answer_neighbours_external.py holds them at 0 wrong (within 1 % of the key, or refused).
"""

from __future__ import annotations

import math

NA = 6.02214076e23
R = 8.314462618
h = 6.62607015e-34
c = 2.99792458e8
e = 1.602176634e-19
me = 9.1093837015e-31
mp = 1.67262192369e-27
mn = 1.67492749804e-27
kB = 1.380649e-23
eps0 = 8.8541878128e-12
kC = 1 / (4 * math.pi * eps0)
b_wien = 2.897771955e-3
g = 9.81
atm = 101325.0
hc_eVnm = h * c / e * 1e9  # 1239.84 eV nm

# (question, key, pint unit of the key)
QUESTIONS: list[tuple[str, float, str]] = [
    # perfect gas
    (
        "Suppose that 5.00 mol of CO2(g) is confined to 2.50 dm^3 at 300 K. Predict the pressure exerted by the gas from the perfect gas law, in atm.",
        5 * R * 300 / 2.5e-3 / atm,
        "atm",
    ),
    (
        "What volume does 2.00 mol of a perfect gas occupy at 1.00 atm and 25 °C? Give the answer in dm^3.",
        2 * R * 298.15 / atm * 1e3,
        "dm**3",
    ),
    (
        "How many moles of gas are in a 10.0 L flask at 2.00 atm and 300 K?",
        2 * atm * 0.01 / (R * 300),
        "mol",
    ),
    (
        "A tyre of volume 12.0 L holds 1.50 mol of air at 20 °C. What is the gauge pressure of the air, in kPa, if the atmospheric pressure is 101.3 kPa?",
        1.5 * R * 293.15 / 0.012 / 1000 - 101.3,
        "kPa",
    ),
    (
        "A sealed 2.0 L flask holds a gas at 100 kPa and 300 K. It is heated to 450 K. What is the final pressure in kPa?",
        150.0,
        "kPa",
    ),
    (
        "A sealed 2.0 L flask holds a gas at 100 kPa and 300 K. It is heated to 450 K. By how much does the pressure rise, in kPa?",
        50.0,
        "kPa",
    ),
    (
        "How many molecules are there in 1.00 L of a perfect gas at 1.00 atm and 273.15 K?",
        atm * 1e-3 / (kB * 273.15),
        "dimensionless",
    ),
    (
        "What mass of oxygen (O2) occupies 5.00 L at 2.00 atm and 25 °C? Give the answer in g.",
        2 * atm * 5e-3 / (R * 298.15) * 32.00,
        "g",
    ),
    (
        "What is the density of nitrogen gas (N2) at 1.00 atm and 300 K, in g/L?",
        atm * 28.014e-3 / (R * 300),
        "g/L",
    ),
    (
        "Use the van der Waals equation, with a = 5.507 dm^6 atm mol^-2 and b = 0.0651 dm^3 mol^-1, to calculate the pressure exerted by 10.0 mol of ethane confined to 4.860 dm^3 at 27 °C, in atm.",
        10 * 0.0820574 * 300.15 / (4.860 - 0.651) - 5.507 * 100 / 4.860**2,
        "atm",
    ),
    (
        "A 1.00 g sample of a gas occupies 560 mL at 0 °C and 1.00 atm. What is its molar mass in g/mol?",
        1.0 / (atm * 0.56e-3 / (R * 273.15)),
        "g/mol",
    ),
    (
        "A sample of 0.500 g of argon occupies 2.00 dm^3 at 250 K. Use the perfect gas law to calculate the pressure of the gas in Torr.",
        0.5 / 39.948 * R * 250 / 2e-3 / 133.322,
        "torr",
    ),
    (
        "A 10.0 L vessel at 300 K contains 0.20 mol of N2 and 0.30 mol of O2. What is the partial pressure of the O2 in kPa?",
        0.3 * R * 300 / 0.01 / 1000,
        "kPa",
    ),
    (
        "A gas at 250 K and 15 atm has a molar volume 12 per cent smaller than the perfect gas law predicts. What is its molar volume in dm^3/mol?",
        0.88 * R * 250 / (15 * atm) * 1e3,
        "dm**3/mol",
    ),
    (
        "A gas at 2.0 atm occupies 6.0 L. It is compressed isothermally to 1.5 L. What is its final pressure in atm?",
        8.0,
        "atm",
    ),
    # chemical potential, Gibbs energy, work
    (
        "Calculate the change in chemical potential of a perfect gas when its pressure is decreased isothermally from 5.0 atm to 1.0 atm at 25 °C, in kJ/mol.",
        R * 298.15 * math.log(0.2) / 1000,
        "kJ/mol",
    ),
    (
        "Calculate the change in Gibbs energy of 3.0 mol of a perfect gas when its pressure is increased isothermally from 1.0 atm to 10.0 atm at 300 K. Give the answer in kJ.",
        3 * R * 300 * math.log(10) / 1000,
        "kJ",
    ),
    (
        "Suppose that 4.0 mmol of Ar(g) occupies 50 cm^3 at 298 K and expands isothermally to 500 cm^3. Calculate ΔG for the process in J.",
        4e-3 * R * 298 * math.log(0.1),
        "J",
    ),
    (
        "Suppose that 4.0 mmol of Ar(g) occupies 50 cm^3 at 298 K and expands isothermally to 500 cm^3. Calculate the entropy change of the gas in J/K.",
        4e-3 * R * math.log(10),
        "J/K",
    ),
    (
        "2.00 mol of a perfect gas at 300 K expands reversibly and isothermally from 10.0 L to 30.0 L. How much work does the gas do, in kJ?",
        2 * R * 300 * math.log(3) / 1000,
        "kJ",
    ),
    (
        "2.00 mol of a perfect gas at 300 K expands isothermally from 10.0 L to 30.0 L against a constant external pressure of 1.00 atm. How much work does the gas do, in J?",
        atm * 0.02,
        "J",
    ),
    (
        "Assume that all data refer to 298.15 K unless otherwise stated. Calculate the change in molar Gibbs energy of a perfect gas when its pressure is increased isothermally from 2.0 atm to 20.0 atm at 100 °C, in kJ/mol.",
        R * 373.15 * math.log(10) / 1000,
        "kJ/mol",
    ),
    (
        "Calculate the change in Gibbs energy of 35 g of ethanol (mass density 0.789 g cm^-3) when the pressure is increased isothermally from 1 atm to 3000 atm. Give the answer in kJ.",
        35 / 0.789e6 * 2999 * atm / 1000,
        "kJ",
    ),
    (
        "Calculate the change in chemical potential of a perfect gas when its pressure is increased isothermally from 1.8 atm to 29.5 atm at 40 °C, in kcal/mol.",
        R * 313.15 * math.log(29.5 / 1.8) / 4184,
        "kcal/mol",
    ),
    # photons
    (
        "Calculate the energy of one photon of light of wavelength 450 nm, in eV.",
        hc_eVnm / 450,
        "eV",
    ),
    (
        "Calculate the energy of one mole of photons of light of wavelength 450 nm, in kJ/mol.",
        h * c / 450e-9 * NA / 1000,
        "kJ/mol",
    ),
    (
        "A semiconductor absorbs light only at wavelengths shorter than 620 nm. What is its band gap in eV?",
        hc_eVnm / 620,
        "eV",
    ),
    (
        "A sodium lamp emits light at 589.0 nm. Calculate the wavenumber of this light in cm^-1.",
        1 / 589.0e-7,
        "1/cm",
    ),
    (
        "Calculate the angular frequency of light of wavelength 500 nm, in rad/s.",
        2 * math.pi * c / 500e-9,
        "1/s",
    ),
    (
        "What is the period of oscillation of the electric field of light of wavelength 600 nm, in fs?",
        600e-9 / c * 1e15,
        "fs",
    ),
    ("Calculate the momentum of a photon of wavelength 500 nm, in kg m/s.", h / 500e-9, "kg*m/s"),
    (
        "A 5.0 mW laser emits light at 633 nm. How many photons does it emit per second?",
        5e-3 / (h * c / 633e-9),
        "1/s",
    ),
    (
        "The work function of potassium is 2.29 eV. What is the maximum kinetic energy, in eV, of electrons ejected by light of wavelength 400 nm?",
        hc_eVnm / 400 - 2.29,
        "eV",
    ),
    (
        "The work function of caesium is 2.14 eV. What is its threshold frequency in Hz?",
        2.14 * e / h,
        "Hz",
    ),
    (
        "The work function of a metal is 3.0 × 10^-19 J. What is its threshold wavelength in nm?",
        h * c / 3e-19 * 1e9,
        "nm",
    ),
    (
        "The threshold wavelength for sodium metal is 540 nm. What is its work function in eV?",
        hc_eVnm / 540,
        "eV",
    ),
    (
        "Light of wavelength 250 nm falls on a metal whose work function is 4.5 eV. What is the stopping potential in V?",
        hc_eVnm / 250 - 4.5,
        "V",
    ),
    (
        "Calculate the energy of one mole of photons of frequency 5.0 × 10^14 Hz, in kJ/mol.",
        h * 5e14 * NA / 1000,
        "kJ/mol",
    ),
    (
        "Calculate the energy, in kcal/mol, of photons of wavelength 300 nm.",
        h * c / 300e-9 * NA / 4184,
        "kcal/mol",
    ),
    (
        "Promoting an electron across the band gap of a semiconductor needs light of wavelength below 500 nm. What is the minimum frequency of the light, in Hz?",
        c / 500e-9,
        "Hz",
    ),
    (
        "Silicon has a band gap of 1.12 eV. What is the longest wavelength of light it can absorb, in nm?",
        hc_eVnm / 1.12,
        "nm",
    ),
    (
        "In two-photon absorption a molecule takes up two photons of wavelength 800 nm at once. What total energy does it gain, in eV?",
        2 * hc_eVnm / 800,
        "eV",
    ),
    (
        "A 100 W lamp turns 5.0 % of its power into light of mean wavelength 550 nm. How many photons does it emit per second?",
        5 / (h * c / 550e-9),
        "1/s",
    ),
    # blackbody
    (
        "The surface of a star is at 6000 K. What is the wavelength of its maximum emission, in nm?",
        b_wien / 6000 * 1e9,
        "nm",
    ),
    (
        "A blackbody emits most strongly at 10.0 µm. What is its temperature in K?",
        b_wien / 10e-6,
        "K",
    ),
    (
        "A blackbody emits most strongly at a wavelength of 2.00 µm. What is its temperature in degrees Celsius?",
        b_wien / 2e-6 - 273.15,
        "degC",
    ),
    (
        "At what frequency does a blackbody at 5000 K emit most strongly per unit frequency interval?",
        5.878925757e10 * 5000,
        "Hz",
    ),
    (
        "By what factor does the total power radiated by a blackbody increase when its temperature is raised from 300 K to 600 K?",
        16.0,
        "dimensionless",
    ),
    (
        "A blackbody is heated from 1000 K to 3000 K. By how much does its wavelength of maximum emission shift, in µm?",
        (b_wien / 1000 - b_wien / 3000) * 1e6,
        "µm",
    ),
    # de Broglie
    (
        "Calculate the de Broglie wavelength of a proton with a kinetic energy of 100 eV, in pm.",
        h / math.sqrt(2 * mp * 100 * e) * 1e12,
        "pm",
    ),
    (
        "An electron is accelerated from rest through a potential difference of 200 V. What is its de Broglie wavelength in nm?",
        h / math.sqrt(2 * me * 200 * e) * 1e9,
        "nm",
    ),
    (
        "What is the de Broglie wavelength of an electron moving at 1.0 × 10^6 m/s, in nm?",
        h / (me * 1e6) * 1e9,
        "nm",
    ),
    (
        "Calculate the de Broglie wavelength of an electron with a kinetic energy of 1.00 MeV, in pm.",
        hc_eVnm * 1e-6 / math.sqrt(1.0 + 2 * 0.51099895) * 1e3,
        "pm",
    ),
    (
        "An electron has a de Broglie wavelength of 0.10 nm. What is its speed in m/s?",
        h / (me * 1e-10),
        "m/s",
    ),
    (
        "What kinetic energy, in eV, must an electron have for its de Broglie wavelength to be 0.10 nm?",
        h**2 / (2 * me * 1e-20) / e,
        "eV",
    ),
    (
        "Calculate the de Broglie wavelength of a neutron with a kinetic energy of 0.025 eV, in nm.",
        h / math.sqrt(2 * mn * 0.025 * e) * 1e9,
        "nm",
    ),
    (
        "Calculate the momentum of an electron with a kinetic energy of 100 eV, in kg m/s.",
        math.sqrt(2 * me * 100 * e),
        "kg*m/s",
    ),
    (
        "Calculate the de Broglie wavelength of a 145 g baseball thrown at 144 km/h, in m.",
        h / (0.145 * 40),
        "m",
    ),
    (
        "Calculate the de Broglie wavelength of an alpha particle (mass 6.64 × 10^-27 kg) with a kinetic energy of 5.0 MeV, in fm.",
        h / math.sqrt(2 * 6.64e-27 * 5e6 * e) * 1e15,
        "fm",
    ),
    # electrostatics
    (
        "What must be the distance between point charges of 3.0 µC and −5.0 µC for the attractive force between them to be 2.0 N? Give the answer in m.",
        math.sqrt(kC * 15e-12 / 2),
        "m",
    ),
    (
        "Two point charges of 2.0 µC and 8.0 µC are 0.30 m apart. What is the magnitude of the force between them in N?",
        kC * 16e-12 / 0.09,
        "N",
    ),
    (
        "Two identical point charges 0.20 m apart repel each other with a force of 0.90 N. How many excess electrons does each carry?",
        math.sqrt(0.9 * 0.04 / kC) / e,
        "dimensionless",
    ),
    (
        "Two charges of 1.0 µC each are 10 cm apart in water, whose relative permittivity is 80. What is the force between them in N?",
        kC * 1e-12 / 0.01 / 80,
        "N",
    ),
    (
        "Two point charges exert a force of 12 N on each other. What is the force when the distance between them is doubled, in N?",
        3.0,
        "N",
    ),
    (
        "The electrostatic force between two identical ions 4.0 × 10^-10 m apart is 5.76 × 10^-9 N. How many electrons is each ion missing?",
        math.sqrt(5.76e-9 * 16e-20 / kC) / e,
        "dimensionless",
    ),
    (
        "What is the magnitude of the electric field 0.50 m from a point charge of 4.0 nC, in N/C?",
        kC * 4e-9 / 0.25,
        "N/C",
    ),
    (
        "What is the electric potential 0.50 m from a point charge of 4.0 nC, in V?",
        kC * 4e-9 / 0.5,
        "V",
    ),
    # charged particles in a uniform field
    (
        "An alpha particle (charge +2e, mass 6.64 × 10^-27 kg) is in a uniform electric field of 3.0 × 10^4 N/C. What is its acceleration in m/s^2?",
        2 * e * 3e4 / 6.64e-27,
        "m/s**2",
    ),
    (
        "An electron is released from rest in a uniform electric field of 1.5 × 10^3 N/C. What is its speed after 10 ns, in m/s?",
        e * 1500 / me * 1e-8,
        "m/s",
    ),
    (
        "What force does a uniform electric field of 2.00 × 10^4 N/C exert on an electron, in N?",
        e * 2e4,
        "N",
    ),
    (
        "A proton starts from rest in a uniform electric field of 500 N/C. How far does it travel in 2.0 µs, in m?",
        0.5 * e * 500 / mp * 4e-12,
        "m",
    ),
    (
        "What acceleration would a deuteron (mass 3.34 × 10^-27 kg, charge +e) experience in a uniform electric field of 2.00 × 10^4 N/C?",
        e * 2e4 / 3.34e-27,
        "m/s**2",
    ),
    (
        "An electron moving at 2.0 × 10^6 m/s enters a uniform electric field of 1000 N/C that slows it down. How far does it travel before stopping, in m?",
        (2e6) ** 2 / (2 * e * 1000 / me),
        "m",
    ),
    # Gauss's law
    (
        "A point charge of 2.0 µC sits at the centre of a cube of edge 0.40 m. What is the electric flux through one face of the cube, in N m^2/C?",
        2e-6 / eps0 / 6,
        "N*m**2/C",
    ),
    (
        "The net electric flux through a closed surface is −3.6 × 10^5 N m^2/C. What net charge does it enclose, in µC?",
        -3.6e5 * eps0 * 1e6,
        "µC",
    ),
    (
        "A closed surface encloses charges of +3.0 µC and −1.0 µC. What is the net electric flux through it, in N m^2/C?",
        2e-6 / eps0,
        "N*m**2/C",
    ),
    (
        "A spherical Gaussian surface of radius 0.20 m has a charge of 4.0 nC at its centre. What is the magnitude of the electric field on the surface, in N/C?",
        kC * 4e-9 / 0.04,
        "N/C",
    ),
    (
        "A particle of charge 1.8 µC is at the centre of a Gaussian cube 55 cm on edge. What is the electric flux through the top face of the cube?",
        1.8e-6 / eps0 / 6,
        "N*m**2/C",
    ),
    # line charge and sheets
    (
        "An infinite line of charge has a linear charge density of 3.0 µC/m. What is the magnitude of its field 0.50 m away, in N/C?",
        2 * kC * 3e-6 / 0.5,
        "N/C",
    ),
    (
        "An infinite line of charge produces a field of magnitude 9.0 × 10^4 N/C at a distance of 1.5 m. What is the field magnitude at 3.0 m, in N/C?",
        4.5e4,
        "N/C",
    ),
    (
        "A large, flat nonconducting sheet carries a uniform surface charge density of 2.0 µC/m^2. What is the magnitude of the field near it, in N/C?",
        2e-6 / (2 * eps0),
        "N/C",
    ),
    (
        "The surface of a charged conductor carries a surface charge density of 2.0 µC/m^2. What is the magnitude of the field just outside it, in N/C?",
        2e-6 / eps0,
        "N/C",
    ),
    (
        "An infinite line of charge produces a field of magnitude 4.5 × 10^4 N/C at a distance of 2.0 m. What charge lies on a 3.0 m length of the line, in µC?",
        2 * math.pi * eps0 * 2.0 * 4.5e4 * 3 * 1e6,
        "µC",
    ),
    # projectiles
    (
        "A projectile is launched at 50 m/s at 30° above the horizontal over level ground. What is its range in m?",
        2500 * math.sin(math.radians(60)) / g,
        "m",
    ),
    (
        "A projectile is launched at 50 m/s at 30° above the horizontal over level ground. What is the maximum height it reaches, in m?",
        25**2 / (2 * g),
        "m",
    ),
    (
        "A projectile is launched at 50 m/s at 30° above the horizontal over level ground. How long is it in the air, in s?",
        2 * 25 / g,
        "s",
    ),
    (
        "A ball is thrown horizontally at 15 m/s from the top of a cliff 45 m high. How far from the base of the cliff does it land, in m?",
        15 * math.sqrt(2 * 45 / g),
        "m",
    ),
    (
        "An astronaut on the Moon, where g = 1.62 m/s^2, hits a golf ball at 30 m/s at 45° above the horizontal. What is its range in m?",
        900 / 1.62,
        "m",
    ),
    (
        "With what speed must a projectile be launched at 45° to land 100 m away on level ground? Give the answer in m/s.",
        math.sqrt(100 * g),
        "m/s",
    ),
    (
        "A projectile leaves the ground at 40 m/s and lands 120 m away on level ground. What is the launch angle if it is less than 45°? Give the angle in degrees.",
        math.degrees(0.5 * math.asin(120 * g / 1600)),
        "degree",
    ),
    (
        "A projectile leaves the ground at 40 m/s and lands 120 m away on level ground. What is the launch angle if it is greater than 45°? Give the angle in degrees.",
        90 - math.degrees(0.5 * math.asin(120 * g / 1600)),
        "degree",
    ),
    (
        "A shell is fired at 1450 m/s at 55° above the horizontal from a gun on a cliff 100 m above the sea. Ignoring air resistance, how far away does it land, in km?",
        (1450 * math.cos(math.radians(55)))
        * (
            1450 * math.sin(math.radians(55))
            + math.sqrt((1450 * math.sin(math.radians(55))) ** 2 + 2 * g * 100)
        )
        / g
        / 1000,
        "km",
    ),
    # circular motion
    (
        "A car travels at 25 m/s around a curve of radius 80 m. What is its centripetal acceleration in m/s^2?",
        25**2 / 80,
        "m/s**2",
    ),
    (
        "A point on the rim of a wheel of radius 0.30 m turns at 120 rpm. What is its centripetal acceleration in m/s^2?",
        (4 * math.pi) ** 2 * 0.3,
        "m/s**2",
    ),
    (
        "Passengers on a carnival ride move in a horizontal circle of radius 8.0 m, making one turn every 5.0 s. What is their speed in m/s?",
        2 * math.pi * 8 / 5,
        "m/s",
    ),
    (
        "Passengers on a carnival ride move in a horizontal circle of radius 8.0 m, making one turn every 5.0 s. What is their angular speed in rad/s?",
        2 * math.pi / 5,
        "1/s",
    ),
    (
        "A stone on a 0.50 m string is whirled in a horizontal circle with a centripetal acceleration of 200 m/s^2. How many revolutions does it make per second?",
        math.sqrt(200 * 0.5) / (2 * math.pi * 0.5),
        "1/s",
    ),
    (
        "A 1200 kg car rounds a curve of radius 50 m at 20 m/s. What centripetal force acts on it, in N?",
        1200 * 400 / 50,
        "N",
    ),
    (
        "A car on a circular track of radius 100 m has a speed of 20 m/s and is speeding up at 3.0 m/s^2. What is the magnitude of its total acceleration in m/s^2?",
        5.0,
        "m/s**2",
    ),
    (
        "A car has a maximum lateral acceleration of 9.4 m/s^2. If it travels at a constant 30 m/s, what is the radius of the tightest unbanked curve it can take? (Unit: m)",
        900 / 9.4,
        "m",
    ),
    (
        "A car has a maximum lateral acceleration of 9.4 m/s^2 on a curve of radius 150 m. What is the highest constant speed at which it can take the curve? (Unit: m/s)",
        math.sqrt(9.4 * 150),
        "m/s",
    ),
    # quantum
    (
        "An electron is confined to a one-dimensional box of length 1.0 nm. What is its ground-state energy in eV?",
        h**2 / (8 * me * 1e-18) / e,
        "eV",
    ),
    (
        "An electron is confined to a one-dimensional box of length 1.0 nm. What is the energy of the transition from n = 1 to n = 2, in eV?",
        3 * h**2 / (8 * me * 1e-18) / e,
        "eV",
    ),
    (
        "An electron is confined to a one-dimensional box of length 1.0 nm. What wavelength of light, in nm, excites it from n = 1 to n = 2?",
        hc_eVnm / (3 * h**2 / (8 * me * 1e-18) / e),
        "nm",
    ),
    (
        "What is the wavelength of the photon emitted when a hydrogen atom falls from n = 3 to n = 2, in nm?",
        1e9 / (1.09677583e7 * (1 / 4 - 1 / 9)),
        "nm",
    ),
    (
        "The position of an electron is known to within 0.10 nm. What is the minimum uncertainty in its speed, in m/s?",
        h / (4 * math.pi) / (me * 1e-10),
        "m/s",
    ),
    (
        "The vibrational wavenumber of HCl is 2990 cm^-1. What is its zero-point vibrational energy in J?",
        0.5 * h * c * 2990e2,
        "J",
    ),
    # kinetics
    (
        "The rate constant of a first-order reaction is 3.0 × 10^-4 s^-1. What is its half-life in s?",
        math.log(2) / 3e-4,
        "s",
    ),
    (
        "A first-order reaction has a half-life of 30 min. What is its rate constant in s^-1?",
        math.log(2) / 1800,
        "1/s",
    ),
    (
        "A first-order reaction has a half-life of 30 min. What fraction of the reactant remains after 90 min?",
        0.125,
        "dimensionless",
    ),
    (
        "A first-order reaction has a rate constant of 0.010 min^-1. How long does it take for 75 % of the reactant to react, in min?",
        math.log(4) / 0.01,
        "min",
    ),
    (
        "A reaction with rate = k[A]^2 has k = 0.50 dm^3 mol^-1 s^-1 and an initial concentration of A of 0.20 mol dm^-3. What is its half-life in s?",
        1 / (0.5 * 0.2),
        "s",
    ),
    (
        "A radioactive nuclide has a half-life of 10.0 min. What is its mean lifetime in min?",
        10 / math.log(2),
        "min",
    ),
    (
        "A reaction's rate constant doubles when the temperature rises from 300 K to 310 K. What is its activation energy in kJ/mol?",
        R * math.log(2) / (1 / 300 - 1 / 310) / 1000,
        "kJ/mol",
    ),
    (
        "A reaction has an activation energy of 50 kJ/mol. By what factor does its rate constant increase from 25 °C to 35 °C?",
        math.exp(50000 / R * (1 / 298.15 - 1 / 308.15)),
        "dimensionless",
    ),
    # heat and thermodynamics
    (
        "How much heat is needed to raise the temperature of 250 g of water from 20 °C to 80 °C? The specific heat of water is 4.18 J g^-1 K^-1. Give the answer in kJ.",
        250 * 4.18 * 60 / 1000,
        "kJ",
    ),
    (
        "How much heat is needed to raise the temperature of 250 g of water from 20 °C to 80 °C? The specific heat of water is 4.18 J g^-1 K^-1. Give the answer in kcal.",
        250 * 4.18 * 60 / 4184,
        "kcal",
    ),
    (
        "200 g of water at 80 °C is mixed with 300 g of water at 20 °C. What is the final temperature in °C?",
        44.0,
        "degC",
    ),
    (
        "How much heat is needed to melt 50 g of ice at 0 °C and then warm the water to 30 °C? Take the latent heat of fusion as 334 J/g and the specific heat of water as 4.18 J g^-1 K^-1. Give the answer in J.",
        50 * 334 + 50 * 4.18 * 30,
        "J",
    ),
    (
        "A heat engine works between reservoirs at 500 K and 300 K. What is its maximum possible efficiency?",
        0.4,
        "dimensionless",
    ),
    (
        "A Carnot refrigerator operates between -10 °C and 25 °C. What is its coefficient of performance?",
        263.15 / 35,
        "dimensionless",
    ),
    (
        "Calculate the entropy change when 100 g of water is heated from 20 °C to 80 °C at constant pressure. The specific heat of water is 4.18 J g^-1 K^-1. Give the answer in J/K.",
        418 * math.log(353.15 / 293.15),
        "J/K",
    ),
    (
        "A monatomic perfect gas at 300 K and 1.0 atm is compressed reversibly and adiabatically to a quarter of its volume. What is its final temperature in K?",
        300 * 4 ** (2 / 3),
        "K",
    ),
    (
        "The vapour pressure of water is 1.00 atm at 100 °C and its enthalpy of vaporisation is 40.7 kJ/mol. Estimate its vapour pressure at 80 °C, in atm.",
        math.exp(-40700 / R * (1 / 353.15 - 1 / 373.15)),
        "atm",
    ),
    (
        "Calculate the heat needed to raise the temperature of 3.0 mol of a monatomic perfect gas by 50 K at constant volume, in J.",
        3 * 1.5 * R * 50,
        "J",
    ),
    (
        "Calculate the heat needed to raise the temperature of 3.0 mol of a monatomic perfect gas by 50 K at constant pressure, in J.",
        3 * 2.5 * R * 50,
        "J",
    ),
    # circuits
    (
        "Resistors of 4.0 Ω and 12.0 Ω are connected in parallel. What is their equivalent resistance in Ω?",
        3.0,
        "ohm",
    ),
    (
        "Resistors of 4.0 Ω and 12.0 Ω are connected in series. What is their equivalent resistance in Ω?",
        16.0,
        "ohm",
    ),
    (
        "A 12 V battery is connected across 4.0 Ω and 12.0 Ω resistors in parallel. What current flows through the 4.0 Ω resistor, in A?",
        3.0,
        "A",
    ),
    (
        "A 12 V battery is connected across 4.0 Ω and 12.0 Ω resistors in parallel. What total current does the battery supply, in A?",
        4.0,
        "A",
    ),
    ("A 60 W light bulb runs on 120 V. What is its resistance when lit, in Ω?", 240.0, "ohm"),
    (
        "A 2.0 µF capacitor is charged to 50 V. How much energy does it store, in mJ?",
        0.5 * 2e-6 * 2500 * 1e3,
        "mJ",
    ),
    (
        "A 10 kΩ resistor is connected in series with a 100 µF capacitor. What is the time constant of the circuit, in s?",
        1.0,
        "s",
    ),
    (
        "A battery of emf 12 V and internal resistance 0.50 Ω drives a 5.5 Ω load. What is the voltage across the battery's terminals, in V?",
        11.0,
        "V",
    ),
    (
        "A current of 2.0 A flows through a 5.0 Ω resistor for 3.0 min. How much energy is dissipated, in J?",
        4 * 5 * 180,
        "J",
    ),
    # optics
    (
        "An object is 30 cm in front of a converging lens of focal length 10 cm. How far from the lens is the image, in cm?",
        15.0,
        "cm",
    ),
    (
        "An object is 30 cm in front of a diverging lens of focal length 20 cm. Where is the image, in cm (negative on the object's side)?",
        -12.0,
        "cm",
    ),
    (
        "Light passes from air into glass (n = 1.50) at an angle of incidence of 40°. What is the angle of refraction in degrees?",
        math.degrees(math.asin(math.sin(math.radians(40)) / 1.5)),
        "degree",
    ),
    ("What is the speed of light in glass of refractive index 1.50, in m/s?", c / 1.5, "m/s"),
    (
        "Light of wavelength 600 nm in vacuum enters glass of refractive index 1.50. What is its wavelength in the glass, in nm?",
        400.0,
        "nm",
    ),
    (
        "Two slits 0.20 mm apart are lit by light of wavelength 600 nm; the screen is 1.5 m away. What is the spacing of the bright fringes, in mm?",
        600e-9 * 1.5 / 0.2e-3 * 1e3,
        "mm",
    ),
    (
        "A grating with 500 lines per mm is lit by light of wavelength 600 nm. At what angle, in degrees, is the second-order maximum?",
        math.degrees(math.asin(0.6)),
        "degree",
    ),
    ("A lens has a focal length of 25 cm. What is its power in dioptres?", 4.0, "1/m"),
    # mechanics and oscillations
    (
        "A car accelerates uniformly from rest to 20 m/s in 8.0 s. How far does it travel in that time, in m?",
        80.0,
        "m",
    ),
    (
        "A 1500 kg car moves at 72 km/h. What is its kinetic energy in kJ?",
        0.5 * 1500 * 400 / 1000,
        "kJ",
    ),
    (
        "A simple pendulum is 1.0 m long. What is its frequency of oscillation in Hz?",
        1 / (2 * math.pi * math.sqrt(1 / g)),
        "Hz",
    ),
    (
        "A 0.50 kg mass hangs on a spring of constant 50 N/m. What is the frequency of its oscillation in Hz?",
        math.sqrt(100) / (2 * math.pi),
        "Hz",
    ),
    (
        "A 0.50 kg mass hangs on a spring of constant 50 N/m. What is the angular frequency of its oscillation in rad/s?",
        10.0,
        "1/s",
    ),
    # chemistry and materials
    ("How many grams of NaCl are needed to make 250 mL of a 0.50 M solution?", 0.125 * 58.44, "g"),
    ("What is the pH of a 0.010 M solution of HCl?", 2.0, "dimensionless"),
    ("What is the pH of a 0.010 M solution of NaOH at 25 °C?", 12.0, "dimensionless"),
    (
        "Copper is FCC with a lattice parameter of 0.3615 nm and an atomic mass of 63.55 g/mol. What is its density in g/cm^3?",
        4 * 63.55 / (NA * (0.3615e-7) ** 3),
        "g/cm**3",
    ),
    (
        "X-rays of wavelength 0.154 nm are diffracted by planes 0.200 nm apart. What is the second-order Bragg angle θ in degrees?",
        math.degrees(math.asin(0.77)),
        "degree",
    ),
]
NAN = math.nan
hcJ = h * c
QUESTIONS2: list[tuple[str, float, str]] = [
    # Gauss's law, parts of a closed surface and charges outside it
    (
        "A point charge of 5.0 nC lies outside a closed spherical surface. What is the net electric flux through the surface?",
        0.0,
        "N*m**2/C",
    ),
    (
        "A charge of 3.0 µC is placed at one corner of a cube. What is the net electric flux through the cube's surface, in N m^2/C?",
        3e-6 / (8 * eps0),
        "N*m**2/C",
    ),
    (
        "A closed surface contains a 2.0 µC charge and a −5.0 µC charge. What is the net electric flux through it, in N m^2/C?",
        -3e-6 / eps0,
        "N*m**2/C",
    ),
    (
        "A point charge of 1.8 µC is at the centre of a Gaussian cube 55 cm on edge. What is the electric flux through each of its faces?",
        1.8e-6 / eps0 / 6,
        "N*m**2/C",
    ),
    (
        "A 2.0 µC charge sits at the centre of a cube. What is the total electric flux through the four side faces of the cube?",
        4 * 2e-6 / eps0 / 6,
        "N*m**2/C",
    ),
    (
        "The electric flux through one of the six faces of a cube with a point charge at its centre is 2.0 × 10^3 N m^2/C. What is the charge, in C?",
        6 * 2e3 * eps0,
        "C",
    ),
    (
        "A point charge of 4.0 nC is at the centre of a sphere of radius 10 cm. What is the electric flux through the upper hemisphere of the sphere?",
        4e-9 / eps0 / 2,
        "N*m**2/C",
    ),
    (
        "The electric flux through a spherical surface is 4.0 × 10^4 N m^2/C when the surface surrounds a charge in oil of relative permittivity 2.0. What is the charge enclosed?",
        4e4 * eps0 * 2,
        "C",
    ),
    (
        "A particle of charge 1.8 µC is at the centre of a Gaussian cube 55 cm on edge, and a second particle of charge −0.6 µC is 2.0 m outside the cube. What is the net electric flux through the surface of the cube?",
        1.8e-6 / eps0,
        "N*m**2/C",
    ),
    (
        "A particle of charge 1.8 µC is at the centre of a Gaussian cube 55 cm on edge. What is the net electric flux through the bottom face?",
        1.8e-6 / eps0 / 6,
        "N*m**2/C",
    ),
    (
        "A charge of 2.0 µC is at the centre of a closed cylinder. What is the electric flux through the curved surface of the cylinder if 30 % of the flux leaves through the ends?",
        0.7 * 2e-6 / eps0,
        "N*m**2/C",
    ),
    # Coulomb's law, identical ions and charges
    (
        "The magnitude of the electrostatic force between two identical ions that are 5.0 × 10^-10 m apart is 3.7 × 10^-9 N. What is the total charge of the two ions together, in C?",
        2 * math.sqrt(3.7e-9 * 25e-20 / kC),
        "C",
    ),
    (
        "The magnitude of the electrostatic force between two identical ions that are 5.0 × 10^-10 m apart is 3.7 × 10^-9 N. How many electrons is each ion missing?",
        math.sqrt(3.7e-9 * 25e-20 / kC) / e,
        "dimensionless",
    ),
    (
        "Two identical ions 5.0 × 10^-10 m apart in water (dielectric constant 80) attract with a force of 3.7 × 10^-9 N. What is the charge of each ion?",
        math.sqrt(80 * 3.7e-9 * 25e-20 / kC),
        "C",
    ),
    (
        "What must be the distance between point charges q1 = 26.0 µC and q2 = −47.0 µC immersed in an oil of relative permittivity 2.5 for the force between them to be 5.70 N? Give the answer in m.",
        math.sqrt(kC * 26e-6 * 47e-6 / 5.7 / 2.5),
        "m",
    ),
    (
        "Two small identical conducting spheres carry charges of 26.0 µC and −47.0 µC. They are touched together and then separated. What must be the distance between them for the force to be 5.70 N?",
        math.sqrt(kC * (10.5e-6) ** 2 / 5.7),
        "m",
    ),
    (
        "What is the magnitude of the electrostatic force between the proton and the electron in a hydrogen atom, 5.3 × 10^-11 m apart, in N?",
        kC * e**2 / (5.3e-11) ** 2,
        "N",
    ),
    (
        "Point charges q1 = 26.0 µC and q2 = −47.0 µC attract with a force of 5.70 N. What would the force be if the distance between them were tripled, in N?",
        5.7 / 9,
        "N",
    ),
    # charged particle in a uniform field
    (
        "An electron is released from rest in a uniform electric field of magnitude 2.00 × 10^4 N/C. What is its speed after it has moved 1.0 cm, in m/s?",
        math.sqrt(2 * e * 2e4 / me * 0.01),
        "m/s",
    ),
    (
        "A muon, 207 times as massive as an electron and with the same charge, is released in a uniform electric field of 2.00 × 10^4 N/C. What is its acceleration in m/s^2?",
        e * 2e4 / (207 * me),
        "m/s**2",
    ),
    (
        "An electron is between parallel plates 1.0 cm apart that have a potential difference of 200 V. What is the magnitude of its acceleration in m/s^2?",
        e * 2e4 / me,
        "m/s**2",
    ),
    (
        "An electron is released from rest in a uniform electric field of magnitude 2.00 × 10^4 N/C. How long does it take to travel 2.0 cm, in s?",
        math.sqrt(2 * 0.02 / (e * 2e4 / me)),
        "s",
    ),
    (
        "A singly charged lithium ion (mass 1.16 × 10^-26 kg) is in a uniform electric field of 2.00 × 10^4 N/C. What acceleration does it experience, in m/s^2?",
        e * 2e4 / 1.16e-26,
        "m/s**2",
    ),
    (
        "What acceleration would a proton experience in a uniform electric field of 2.00 × 10^4 N/C if the field were doubled? Give the answer in m/s^2.",
        2 * e * 2e4 / mp,
        "m/s**2",
    ),
    # line charges
    (
        "A uniformly charged rod 1.0 m long produces a field of 4.5 × 10^4 N/C at a point 2.0 m from its midpoint, on its perpendicular bisector. Find the linear charge density of the rod in µC/m.",
        4.5e4 * 2 * math.pi * eps0 * 2.0 * math.sqrt(0.25 + 4) / 0.5 * 1e6,
        "µC/m",
    ),
    (
        "A long straight wire carries a uniform linear charge density of 5.0 µC/m. What is the field magnitude 4.0 m from it, in N/C?",
        2 * kC * 5e-6 / 4,
        "N/C",
    ),
    (
        "An infinite line of charge produces a field of magnitude 4.5 × 10^4 N/C at a distance of 2.0 m. Find the linear charge density in nC/cm.",
        2 * math.pi * eps0 * 2 * 4.5e4 * 1e9 / 100,
        "nC/cm",
    ),
    # photons, band gaps, photoelectric effect
    (
        "Light absorption promotes an electron across the band gap of TiO2 only for wavelengths below 350 nm. Calculate the band gap in kJ/mol.",
        hcJ / 350e-9 * NA / 1000,
        "kJ/mol",
    ),
    (
        "Light absorption promotes an electron across the band gap of TiO2 only for wavelengths below 350 nm. Calculate the band gap in J.",
        hcJ / 350e-9,
        "J",
    ),
    (
        "TiO2 absorbs light only below 350 nm. Doping shifts its absorption edge to 420 nm. By how much is the band gap reduced, in eV?",
        hc_eVnm / 350 - hc_eVnm / 420,
        "eV",
    ),
    (
        "The threshold wavelength for potassium metal is 564 nm. What is its work function in kJ/mol?",
        hcJ / 564e-9 * NA / 1000,
        "kJ/mol",
    ),
    (
        "The threshold wavelength for potassium metal is 564 nm. What is the maximum kinetic energy of electrons ejected by light of wavelength 400 nm, in eV?",
        hc_eVnm / 400 - hc_eVnm / 564,
        "eV",
    ),
    (
        "The threshold wavelength for potassium metal is 564 nm. What is the maximum speed of electrons ejected by light of wavelength 400 nm, in m/s?",
        math.sqrt(2 * (hcJ / 400e-9 - hcJ / 564e-9) / me),
        "m/s",
    ),
    (
        "The threshold wavelength for potassium metal is 564 nm. What wavelength of light ejects electrons with a maximum kinetic energy of 1.0 eV, in nm?",
        hc_eVnm / (hc_eVnm / 564 + 1.0),
        "nm",
    ),
    (
        "The threshold wavelength for potassium is 564 nm. What is its threshold frequency in Hz?",
        c / 564e-9,
        "Hz",
    ),
    ("Calculate the wavelength of a photon with an energy of 100 eV, in nm.", hc_eVnm / 100, "nm"),
    (
        "A 5.0 mW laser emits light at 633 nm. How many photons does it emit in one minute?",
        60 * 5e-3 / (hcJ / 633e-9),
        "dimensionless",
    ),
    (
        "A 5.0 mW laser beam of wavelength 633 nm is completely absorbed by a surface. What force does it exert on the surface, in N?",
        5e-3 / c,
        "N",
    ),
    (
        "A helium–neon laser emits light at 632.8 nm. What is the wavelength of this light in water, whose refractive index is 1.33, in nm?",
        632.8 / 1.33,
        "nm",
    ),
    (
        "A helium–neon laser emits light at 632.8 nm. Calculate the energy of one mole of these photons, in kJ/mol.",
        hcJ / 632.8e-9 * NA / 1000,
        "kJ/mol",
    ),
    # blackbody
    (
        "The Sun's spectrum peaks at 500 nm. Treating it as a blackbody, what power does each square metre of its surface radiate, in W/m^2?",
        5.670374419e-8 * (b_wien / 500e-9) ** 4,
        "W/m**2",
    ),
    (
        "The mean temperature of the earth's surface is 288 K. What is the frequency of light whose wavelength is the earth's wavelength of maximum emission, in Hz?",
        c / (b_wien / 288),
        "Hz",
    ),
    (
        "The mean temperature of the earth's surface is 288 K. If it rose by 3.0 K, by how much would the wavelength of maximum emission of the earth's blackbody radiation change, in nm?",
        (b_wien / 288 - b_wien / 291) * 1e9,
        "nm",
    ),
    (
        "A household lightbulb filament is a blackbody. It is heated until λmax = 550 nm. What is its temperature in °C?",
        b_wien / 550e-9 - 273.15,
        "degC",
    ),
    (
        "A blackbody radiator has λmax = 550 nm. By what temperature must it be heated further for λmax to become 500 nm? Give the answer in K.",
        b_wien / 500e-9 - b_wien / 550e-9,
        "K",
    ),
    # de Broglie
    (
        "An electron has a kinetic energy of 100 eV. What is the de Broglie wavelength of a proton moving at the same speed, in pm?",
        h / math.sqrt(2 * me * 100 * e) * me / mp * 1e12,
        "pm",
    ),
    (
        "Calculate the de Broglie wavelength of a hydrogen atom with a kinetic energy of 100 eV, in pm.",
        h / math.sqrt(2 * 1.6735e-27 * 100 * e) * 1e12,
        "pm",
    ),
    (
        "An electron with a kinetic energy of 100 eV has a de Broglie wavelength λ. What is its de Broglie wavelength, in nm, when its kinetic energy is raised to 400 eV?",
        h / math.sqrt(2 * me * 400 * e) * 1e9,
        "nm",
    ),
    (
        "A tennis ball of mass 57 g has a kinetic energy of 18 J. What is its de Broglie wavelength in meters?",
        h / math.sqrt(2 * 0.057 * 18),
        "m",
    ),
    (
        "At what speed must a tennis ball of mass 57 g travel for its de Broglie wavelength to be 1.0 × 10^-34 m? Give the answer in m/s.",
        h / (0.057 * 1e-34),
        "m/s",
    ),
    (
        "Calculate the de Broglie wavelength, in nm, of an electron whose speed is 1.0 % of the speed of light.",
        h / (me * 0.01 * c) * 1e9,
        "nm",
    ),
    # circular motion
    (
        "Passengers on a carnival ride move at constant speed in a horizontal circle of radius 5.0 m, making 4 complete turns in 20 s. What is their acceleration in m/s^2?",
        4 * math.pi**2 * 5 / 25,
        "m/s**2",
    ),
    (
        "Passengers on a carnival ride move at constant speed in a horizontal circle of radius 5.0 m, turning at 15 rev/min. What is their acceleration in m/s^2?",
        (math.pi / 2) ** 2 * 5,
        "m/s**2",
    ),
    (
        "Passengers on a carnival ride move at constant speed in a horizontal circle of radius 5.0 m, making a complete circle in 4.0 s. What net force acts on a 60 kg passenger, in N?",
        60 * 4 * math.pi**2 * 5 / 16,
        "N",
    ),
    (
        "A carnival ride carries passengers around a horizontal circle of radius 5.0 m. Their acceleration must not exceed 12 m/s^2. What is the shortest time for one complete circle, in s?",
        2 * math.pi * math.sqrt(5 / 12),
        "s",
    ),
    (
        "A sports car can sustain a centripetal acceleration of 9.4 m/s^2. It takes an unbanked curve of radius 170 m at 40 m/s, then the driver doubles the speed. What centripetal acceleration would the car need now, in m/s^2?",
        4 * 1600 / 170,
        "m/s**2",
    ),
    # projectiles
    (
        "A gun's muzzle velocity is 1450 m/s. Ignoring air resistance, what is the largest range it can reach on level ground, at the best angle, in km?",
        1450**2 / g / 1000,
        "km",
    ),
    (
        "A shell leaves a gun at 1450 m/s at 55° above the horizontal. Ignoring air resistance, how far has it travelled horizontally when it reaches its highest point, in km?",
        1450**2 * math.sin(math.radians(110)) / (2 * g) / 1000,
        "km",
    ),
    (
        "A shell leaves a gun at 1450 m/s at 55° above the horizontal. What is its speed at the top of its path, in m/s?",
        1450 * math.cos(math.radians(55)),
        "m/s",
    ),
    (
        "A projectile is fired from level ground at 1450 m/s at 55° above the horizontal on Mars, where g = 3.71 m/s^2. What is its range in km?",
        1450**2 * math.sin(math.radians(110)) / 3.71 / 1000,
        "km",
    ),
    # perfect gas with a second step
    (
        "Suppose that 10.0 mol of C2H6(g) is confined to 4.860 dm^3 at 27 °C and then heated to 127 °C. Predict the pressure after heating from the perfect gas law, in atm.",
        10 * R * 400.15 / 4.86e-3 / atm,
        "atm",
    ),
    (
        "Suppose that 10.0 mol of C2H6(g) is confined to 4.860 dm^3 at 27 °C. Half of the gas then escapes at the same temperature. What is the pressure now, in atm?",
        5 * R * 300.15 / 4.86e-3 / atm,
        "atm",
    ),
    (
        "Calculate the pressure in kPa exerted by 1.25 g of atomic nitrogen (N atoms) in a flask of volume 250 cm^3 at 20 °C.",
        1.25 / 14.007 * R * 293.15 / 2.5e-4 / 1000,
        "kPa",
    ),
    (
        "A flask of volume 250 cm^3 at 20 °C holds 1.25 g of N2 and 1.25 g of O2. What is the total pressure in kPa?",
        (1.25 / 28.014 + 1.25 / 31.998) * R * 293.15 / 2.5e-4 / 1000,
        "kPa",
    ),
    (
        "A cylinder of volume 250 cm^3 holds 1.25 g of nitrogen gas at 20 °C. What does a gauge that reads the pressure above atmospheric (101 kPa) show, in kPa?",
        1.25 / 28.014 * R * 293.15 / 2.5e-4 / 1000 - 101,
        "kPa",
    ),
    (
        "A sample of 255 mg of neon occupies 3.00 dm^3 at 122 K. Use the perfect gas law to calculate the pressure of the gas after it has been compressed isothermally to 1.00 dm^3, in atm.",
        3 * 0.255 / 20.18 * R * 122 / 3e-3 / atm,
        "atm",
    ),
    (
        "What temperature, in K, would 1.25 g of nitrogen gas in a 250 cm^3 flask need to exert a pressure of 500 kPa?",
        500e3 * 2.5e-4 / (1.25 / 28.014 * R),
        "K",
    ),
    # chemical potential, Gibbs energy
    (
        "Calculate the change in chemical potential of liquid water (molar volume 18.0 cm^3/mol) when its pressure is increased isothermally from 1.0 atm to 2.0 atm at 25 °C, in J/mol.",
        18e-6 * atm,
        "J/mol",
    ),
    (
        "Calculate the change in chemical potential of a perfect gas when its volume is halved isothermally at 40 °C, in kJ/mol.",
        R * 313.15 * math.log(2) / 1000,
        "kJ/mol",
    ),
    (
        "Suppose that 2.5 mmol N2(g) occupies 42 cm^3 at 300 K and expands reversibly and isothermally to 600 cm^3. Calculate the heat absorbed by the gas, in J.",
        2.5e-3 * R * 300 * math.log(600 / 42),
        "J",
    ),
    (
        "Suppose that 2.5 mmol N2(g) occupies 600 cm^3 at 300 K and is compressed isothermally to 42 cm^3. Calculate ΔG for the process in J.",
        2.5e-3 * R * 300 * math.log(600 / 42),
        "J",
    ),
    (
        "Suppose that 2.5 mmol N2(g) occupies 42 cm^3 at 300 K and expands reversibly and adiabatically to 600 cm^3. Calculate the final temperature in K.",
        300 * (42 / 600) ** 0.4,
        "K",
    ),
    (
        "Calculate the change in molar Gibbs energy of hydrogen gas when its pressure is increased isothermally from 1.0 atm to 100.0 atm at 298 K, treating it as a perfect gas. Give the answer in kJ/mol.",
        R * 298 * math.log(100) / 1000,
        "kJ/mol",
    ),
    # hydrogen-like atoms
    (
        "What is the wavelength of the photon emitted when a He+ ion falls from n = 3 to n = 2, in nm?",
        1e9 / (4 * 1.0973731568e7 * (1 / 4 - 1 / 9)),
        "nm",
    ),
    (
        "What is the wavelength of the photon emitted when positronium falls from n = 3 to n = 2, in nm?",
        1e9 / (0.5 * 1.0973731568e7 * (1 / 4 - 1 / 9)),
        "nm",
    ),
    (
        "What is the energy of the photon emitted when a hydrogen atom falls from n = 3 to n = 2, in eV?",
        13.6057 * (1 / 4 - 1 / 9),
        "eV",
    ),
    (
        "What wavelength of light, in nm, is absorbed when a hydrogen atom is excited from n = 2 to n = 4?",
        1e9 / (1.09677583e7 * (1 / 4 - 1 / 16)),
        "nm",
    ),
    # other answered relations, changed
    (
        "A 1500 kg car speeds up from 72 km/h to 90 km/h. By how much does its kinetic energy increase, in kJ?",
        0.5 * 1500 * (625 - 400) / 1000,
        "kJ",
    ),
    (
        "A simple pendulum 1.0 m long hangs in a lift that accelerates upward at 2.0 m/s^2. What is its period in s?",
        2 * math.pi * math.sqrt(1 / (g + 2)),
        "s",
    ),
    (
        "A 2.0 µF air capacitor is charged to 50 V and disconnected; then its plate separation is doubled. How much energy does it store now, in mJ?",
        5.0,
        "mJ",
    ),
    (
        "X-rays of wavelength 0.154 nm are diffracted by planes 0.200 nm apart. At what 2θ, in degrees, does the first-order reflection appear?",
        2 * math.degrees(math.asin(0.385)),
        "degree",
    ),
    (
        "A reaction has an activation energy of 50 kJ/mol. By what percentage does its rate constant increase from 25 °C to 35 °C?",
        (math.exp(50000 / R * (1 / 298.15 - 1 / 308.15)) - 1) * 100,
        "percent",
    ),
    (
        "The vapour pressure of water is 1.00 atm at 100 °C and its enthalpy of vaporisation is 40.7 kJ/mol. At what temperature, in °C, does water boil under 0.50 atm?",
        1 / (1 / 373.15 + R * math.log(2) / 40700) - 273.15,
        "degC",
    ),
    (
        "How much heat is needed to raise the temperature of 250 g of water from 20 °C to 80 °C and then boil it all away at 100 °C? Take c = 4.18 J g^-1 K^-1 and a heat of vaporisation of 2260 J/g. Give the answer in kJ.",
        (250 * 4.18 * 80 + 250 * 2260) / 1000,
        "kJ",
    ),
    (
        "How much heat, in kJ, must be removed from 250 g of water to cool it from 80 °C to 20 °C? The specific heat of water is 4.18 J g^-1 K^-1.",
        250 * 4.18 * 60 / 1000,
        "kJ",
    ),
]
# SciBench layout: TeX in the problem, the unit stated apart as the benchmark appends it, a power of
# ten in the unit; TheoremQA layout: '(Unit: ...)' after the question
QUESTIONS_FORMATS: list[tuple[str, float, str]] = [
    (
        r"Suppose that $3.0 \mathrm{mmol} \mathrm{~N}_2$ (g) occupies $36 \mathrm{~cm}^3$ at $300 \mathrm{~K}$ and expands isothermally to $500 \mathrm{~cm}^3$. Calculate $\Delta G$ for the process. Give the answer in $\mathrm{~J}$.",
        3e-3 * R * 300 * math.log(36 / 500),
        "J",
    ),
    (
        r"Suppose that $3.0 \mathrm{mmol} \mathrm{~N}_2$ (g) occupies $36 \mathrm{~cm}^3$ at $300 \mathrm{~K}$ and expands isothermally to $500 \mathrm{~cm}^3$. Calculate $\Delta S$ for the gas. Give the answer in $\mathrm{J} \mathrm{K}^{-1}$.",
        3e-3 * R * math.log(500 / 36),
        "J/K",
    ),
    (
        r"Suppose that $6.0 \mathrm{~mol} \mathrm{CH}_4(\mathrm{~g})$ is confined to $3.00 \mathrm{dm}^3$ at $37^{\circ} \mathrm{C}$. Predict the pressure exerted by the methane from the perfect gas. Give the answer in $\mathrm{atm}$.",
        6 * R * 310.15 / 3e-3 / atm,
        "atm",
    ),
    (
        r"Suppose that $6.0 \mathrm{~mol} \mathrm{CH}_4(\mathrm{~g})$ is confined to $3.00 \mathrm{dm}^3$ at $37^{\circ} \mathrm{C}$. Predict the pressure exerted by the methane from the van der Waals equation, with $a=2.283 \mathrm{dm}^6 \mathrm{~atm} \mathrm{~mol}^{-2}$ and $b=0.04278 \mathrm{dm}^3 \mathrm{~mol}^{-1}$. Give the answer in $\mathrm{atm}$.",
        6 * 0.0820574 * 310.15 / (3.0 - 6 * 0.04278) - 2.283 * 36 / 9.0,
        "atm",
    ),
    (
        r"A sample of $120 \mathrm{mg}$ of argon occupies $2.00 \mathrm{dm}^3$ at $150 \mathrm{K}$. Use the perfect gas law to calculate the pressure of the gas. Give the answer in $10^{-2} \mathrm{~atm}$.",
        0.12 / 39.948 * R * 150 / 2e-3 / atm,
        "atm",
    ),
    (
        r"Assume that all gases are perfect and that data refer to 298.15 K unless otherwise stated. Calculate the change in chemical potential of a perfect gas when its pressure is increased isothermally from $2.0 \mathrm{~atm}$ to $35.0 \mathrm{~atm}$ at $60^{\circ} \mathrm{C}$. Give the answer in $\mathrm{kJ} \mathrm{mol}^{-1}$.",
        R * 333.15 * math.log(17.5) / 1000,
        "kJ/mol",
    ),
    (
        r"Assume that all gases are perfect. Calculate the change in Gibbs energy of $2.5 \mathrm{~mol}$ of a perfect gas when its pressure is increased isothermally from $1.8 \mathrm{~atm}$ to $29.5 \mathrm{~atm}$ at $40^{\circ} \mathrm{C}$. Give the answer in $\mathrm{kJ}$.",
        2.5 * R * 313.15 * math.log(29.5 / 1.8) / 1000,
        "kJ",
    ),
    (
        r"The threshold wavelength for sodium metal is $540 \mathrm{~nm}$. What is its work function? Give the answer in $10^{-19} \mathrm{~J}$.",
        h * c / 540e-9,
        "J",
    ),
    (
        r"The work function of sodium metal is $3.68 \times 10^{-19} \mathrm{~J}$. Light of wavelength $400 \mathrm{~nm}$ falls on it. What is the maximum kinetic energy of the ejected electrons? Give the answer in $10^{-19} \mathrm{~J}$.",
        h * c / 400e-9 - 3.68e-19,
        "J",
    ),
    (
        r"Calculate the de Broglie wavelength for an electron with a kinetic energy of $250 \mathrm{eV}$ Give the answer in nm.",
        h / math.sqrt(2 * me * 250 * e) * 1e9,
        "nm",
    ),
    (
        r"Calculate the de Broglie wavelength for a proton with a kinetic energy of $250 \mathrm{eV}$ Give the answer in $\mathrm{pm}$.",
        h / math.sqrt(2 * mp * 250 * e) * 1e12,
        "pm",
    ),
    (
        r"An argon-ion laser emits light at $488.0 \mathrm{~nm}$. Calculate the frequency of this light. Give the answer in $10^{14} \mathrm{~Hz}$.",
        c / 488e-9,
        "Hz",
    ),
    (
        r"The mean temperature of the surface of Venus is $737 \mathrm{~K}$. What is the wavelength at which its blackbody radiation is most intense? Give the answer in $\mu \mathrm{m}$.",
        b_wien / 737 * 1e6,
        "µm",
    ),
    (
        r"What temperature is needed for a blackbody to have $\lambda_{\max }=750 \mathrm{~nm}$? Give the answer in $\mathrm{~K}$.",
        b_wien / 750e-9,
        "K",
    ),
    (
        r"A particle of charge $-2.4 \mu \mathrm{C}$ is at the center of a Gaussian sphere of radius $30 \mathrm{~cm}$. What is the net electric flux through the surface? Give the answer in $10^5 \mathrm{~N} \cdot \mathrm{m}^2 / \mathrm{C}$.",
        -2.4e-6 / eps0,
        "N*m**2/C",
    ),
    (
        r"A particle of charge $2.4 \mu \mathrm{C}$ is at the center of a Gaussian cube $40 \mathrm{~cm}$ on edge. What is the electric flux through each face of the cube? Give the answer in $10^4 \mathrm{~N} \cdot \mathrm{m}^2 / \mathrm{C}$.",
        2.4e-6 / eps0 / 6,
        "N*m**2/C",
    ),
    (
        r"An infinite line of charge produces a field of magnitude $3.0 \times$ $10^4 \mathrm{~N} / \mathrm{C}$ at distance $1.5 \mathrm{~m}$. Find the linear charge density. Give the answer in $\mu \mathrm{C} / \mathrm{m}$.",
        2 * math.pi * eps0 * 1.5 * 3e4 * 1e6,
        "µC/m",
    ),
    (
        r"What must be the distance between point charge $q_1=$ $12.0 \mu \mathrm{C}$ and point charge $q_2=-30.0 \mu \mathrm{C}$ for the electrostatic force between them to have a magnitude of $2.50 \mathrm{~N}$ ? Give the answer in m.",
        math.sqrt(kC * 12e-6 * 30e-6 / 2.5),
        "m",
    ),
    (
        r"An electron is released from rest in a uniform electric field of magnitude $5.00 \times 10^3 \mathrm{~N} / \mathrm{C}$. Calculate the acceleration of the electron. (Ignore gravitation.) Give the answer in $10^{14} \mathrm{~m} / \mathrm{s}^2$.",
        e * 5e3 / me,
        "m/s**2",
    ),
    (
        r"Let the muzzle velocity of a projectile be $v_0$ and the angle of elevation be $\theta$. A gun has a muzzle velocity of $800 \mathrm{~m} / \mathrm{s}$. Find its predicted maximum height if $\theta=40^{\circ}$. Give the answer in $\mathrm{km}$.",
        (800 * math.sin(math.radians(40))) ** 2 / (2 * g) / 1000,
        "km",
    ),
    (
        "Calculate the de Broglie Wavelength of a golf ball of mass 46 g traveling 40 m/s in meters.",
        h / (0.046 * 40),
        "m",
    ),
    (
        "Calculate the de Broglie Wavelength, in nm, of a proton with kinetic energy 50 eV.",
        h / math.sqrt(2 * mp * 50 * e) * 1e9,
        "nm",
    ),
    (
        "The electric flux through a closed cylindrical surface is $-2.0\\times 10^4 N \\cdot m^2/C$. What is the net charge enclosed by the surface? (Unit: C)",
        -2e4 * eps0,
        "C",
    ),
    (
        "A car travels at a constant 25 m/s around a flat curve of radius 60 m. What is the magnitude of its acceleration? (Unit: m/s^2)",
        625 / 60,
        "m/s**2",
    ),
    (
        "A stone tied to a string moves in a horizontal circle of radius 1.2 m, making a complete circle in 0.80 s. What is its acceleration? (Unit: m/s^2))",
        4 * math.pi**2 * 1.2 / 0.64,
        "m/s**2",
    ),
    (
        "A stone tied to a string moves in a horizontal circle of radius 1.2 m, making a complete circle in 0.80 s. What is its speed? (Unit: m/s))",
        2 * math.pi * 1.2 / 0.8,
        "m/s",
    ),
    (
        "A car can sustain a lateral acceleration of 0.80g = (0.80)(9.8 m/s^2) = 7.8 m/s^2. If it travels at a constant 30 m/s on level ground, what is the radius R of the tightest unbanked curve it can negotiate? (Unit: m))",
        900 / 7.84,
        "m",
    ),
]

# written on the way, around the wrong answers the lists above found (session-start main answered
# most of these wrong or with the sign of Q where an amount is asked); NAN: no single answer, must be
# refused
QUESTIONS_MORE: list[tuple[str, float, str]] = [
    (
        "How much heat is released when 250 g of water cools from 80 °C to 20 °C? The specific heat of water is 4.18 J g^-1 K^-1. Give the answer in kJ.",
        62.7,
        "kJ",
    ),
    (
        "How much heat does 250 g of water give off as it cools from 80 °C to 20 °C? c = 4.18 J g^-1 K^-1. Answer in kJ.",
        62.7,
        "kJ",
    ),
    (
        "How much heat is lost by 2.0 kg of aluminium (c = 900 J kg^-1 K^-1) cooling from 200 °C to 50 °C? Give the answer in kJ.",
        270.0,
        "kJ",
    ),
    (
        "A 2.0 kg block of aluminium (c = 900 J kg^-1 K^-1) cools from 200 °C to 50 °C. How much heat does it transfer to its surroundings, in kJ?",
        270.0,
        "kJ",
    ),
    (
        "How much heat is absorbed by 2.0 kg of aluminium (c = 900 J kg^-1 K^-1) heated from 50 °C to 200 °C? Give the answer in kJ.",
        270.0,
        "kJ",
    ),
    (
        "How much heat is released when 250 g of water is warmed from 20 °C to 80 °C? The specific heat of water is 4.18 J g^-1 K^-1. Give the answer in kJ.",
        NAN,
        "kJ",
    ),
    (
        "A sample of 255 mg of neon occupies 3.00 dm^3 at 122 K. Half of the neon is pumped out. Use the perfect gas law to calculate the pressure of the gas that remains, in atm.",
        0.5 * 0.255 / 20.18 * R * 122 / 3e-3 / atm,
        "atm",
    ),
    (
        "Suppose that 10.0 mol C2H6(g) is confined to 4.860 dm^3 at 27 °C. Predict the pressure exerted by the ethane from the perfect gas law after a quarter of it has been removed, in atm.",
        7.5 * R * 300.15 / 4.86e-3 / atm,
        "atm",
    ),
    (
        "A particle of charge 1.8 µC is at the centre of a Gaussian cube 55 cm on edge. What is the electric flux through one of the cube's faces?",
        1.8e-6 / eps0 / 6,
        "N*m**2/C",
    ),
    (
        "A point charge of 2.0 nC sits at a corner of a Gaussian cube 55 cm on edge. What is the net flux through the cube's surface?",
        2e-9 / eps0 / 8,
        "N*m**2/C",
    ),
    (
        "A point charge of 2.0 nC lies just outside a Gaussian cube 55 cm on edge. What is the net flux through the cube's surface?",
        0.0,
        "N*m**2/C",
    ),
    (
        "A charge of 1.8 µC sits at the centre of a cubical Gaussian surface. What is the net electric flux through five of its faces?",
        5 * 1.8e-6 / eps0 / 6,
        "N*m**2/C",
    ),
    (
        "A uniformly charged sphere with total charge 1.8 µC has radius 10 cm. What is the flux through a concentric spherical surface of radius 5 cm?",
        1.8e-6 * 0.125 / eps0,
        "N*m**2/C",
    ),
    (
        "Passengers on a carnival ride move at constant speed in a horizontal circle of radius 5.0 m, going half way round in 4.0 s. What is their acceleration? (Unit: m/s^2)",
        4 * math.pi**2 * 5 / 64,
        "m/s**2",
    ),
    (
        "Passengers on a carnival ride move at constant speed in a horizontal circle of radius 5.0 m, going a quarter of the way round in 1.0 s. What is their acceleration? (Unit: m/s^2)",
        4 * math.pi**2 * 5 / 16,
        "m/s**2",
    ),
    (
        "A simple pendulum 1.0 m long swings on the Moon, where g = 1.62 m/s^2. What is its frequency in Hz?",
        math.sqrt(1.62) / (2 * math.pi),
        "Hz",
    ),
    (
        "What must be the distance in metres between point charge q1 = 26.0 µC and point charge q2 = −47.0 µC for the gravitational force between them to have a magnitude of 5.70 N?",
        NAN,
        "m",
    ),
    (
        "The promotion of an electron from the valence band into the conduction band of pure TiO2 requires a wavelength of less than 350 nm. Calculate the energy gap in electronvolts when two photons are needed for each promotion.",
        2 * hc_eVnm / 350,
        "eV",
    ),
    (
        "An electron with a kinetic energy of 100 eV passes through a retarding potential difference of 50 V. What is its de Broglie wavelength afterwards, in nm?",
        h / math.sqrt(2 * me * 50 * e) * 1e9,
        "nm",
    ),
    (
        "An electron with a kinetic energy of 100 eV is accelerated through a further potential difference of 50 V. What is its de Broglie wavelength then, in nm?",
        h / math.sqrt(2 * me * 150 * e) * 1e9,
        "nm",
    ),
    (
        "A proton with a kinetic energy of 100 eV passes through a retarding potential difference of 50 V. What is its de Broglie wavelength afterwards, in pm?",
        h / math.sqrt(2 * mp * 50 * e) * 1e12,
        "pm",
    ),
    (
        "Calculate the de Broglie wavelength for an electron with a kinetic energy of 100 eV after it has been slowed to half its speed, in nm.",
        2 * h / math.sqrt(2 * me * 100 * e) * 1e9,
        "nm",
    ),
    (
        "An electron has a de Broglie wavelength of 0.10 nm. What is its frequency, in Hz?",
        NAN,
        "Hz",
    ),
    (
        "Calculate the energy, in eV, of an electron with a wavelength of 0.10 nm.",
        h**2 / (2 * me * 1e-20) / e,
        "eV",
    ),
    (
        "What is the frequency of a wave of wavelength 3.0 m travelling at 340 m/s? Give it in Hz.",
        340 / 3,
        "Hz",
    ),
    ("What is the frequency of a 3.0 m wave? Give it in Hz.", NAN, "Hz"),
    (
        "The work function of potassium is 2.29 eV. Light of wavelength 400 nm falls on it. What is the minimum kinetic energy of the ejected electrons, in eV?",
        0.0,
        "eV",
    ),
    (
        "The work function of potassium is 2.29 eV. Light of wavelength 400 nm falls on it. What is the average kinetic energy of the ejected electrons, in eV?",
        NAN,
        "eV",
    ),
    (
        "A He-Ne laser emits at 632.8 nm. What is the frequency of the second harmonic generated from it, in Hz?",
        2 * c / 632.8e-9,
        "Hz",
    ),
]
