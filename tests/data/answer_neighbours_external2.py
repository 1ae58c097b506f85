"""A second round of questions written near the external development items the solver answers.

Written in session 14 (helper probe6) in our own words. Round one (answer_neighbours_external.py) varied
the ask and the givens; this round aims at what it did not try: an answer asked in a unit other than the
natural one (a prefix, a power of ten, kcal, Torr, °F, per cent), problems with two answers (two roots,
two states), per particle versus per mole versus per gram, the SciBench layout ('The unit of the answer
is ...', TeX units with a power of ten), TheoremQA's '(Unit: ...)' and integer or list answers, JEEBench's
'non-negative integer' and 'correct upto the 2nd decimal digit' endings, and the answered development
items mutated (a given, its unit or the ask changed). Keys computed below with plain math; a key of NaN
means no single answer exists (or the relation does not fit) and the question must be refused.
tests/test_answer_neighbours_external.py holds them at 0 wrong (within 1 % of the key, or refused).
"""

from __future__ import annotations

import math

NA = 6.02214076e23
R = 8.314462618
h = 6.62607015e-34
hbar = h / (2 * math.pi)
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
torr = atm / 760
hc_eVnm = h * c / e * 1e9  # 1239.84 eV nm
NAN = math.nan
RYD_H = 1.0967758e7  # m^-1, hydrogen (reduced mass)


def _box(n: int, length: float, mass: float = me) -> float:
    """Energy (J) of level n of a particle in a one-dimensional box."""
    return n**2 * h**2 / (8 * mass * length**2)


def _db_ke(ke_ev: float, mass: float) -> float:
    """Non-relativistic de Broglie wavelength (m) for a kinetic energy in eV."""
    return h / math.sqrt(2 * mass * ke_ev * e)


_N2_P = 1.25 / 28.014 * R * 293.15 / 250e-6  # Pa, the nitrogen flask of the development item
_NE_P = 0.255 / 20.18 * R * 122 / 3.00e-3  # Pa, the neon sample
_C2H6_P = 10.0 * R * 300.15 / 4.860e-3  # Pa, the ethane sample
_MU_GAS = R * 313.15 * math.log(29.5 / 1.8)  # J/mol, 1.8 -> 29.5 atm at 40 °C
_DG_N2 = 2.5e-3 * R * 300 * math.log(42 / 600)  # J, N2 expanding 42 -> 600 cm^3 at 300 K
_E_TIO2 = h * c / 350e-9  # J per photon at the TiO2 edge
_W_K = h * c / 564e-9  # J, potassium work function from its threshold
_F_HENE = c / 632.8e-9  # Hz
_KQQ = kC * 26.0e-6 * 47.0e-6  # N m^2, the two charges of the development item
_A_E = e * 2.00e4 / me  # m/s^2, electron in 2.00e4 N/C
_A_P = e * 2.00e4 / mp  # m/s^2, proton in 2.00e4 N/C
_Q_ION = math.sqrt(3.7e-9 * (5.0e-10) ** 2 / kC)  # C, each of two identical ions
_LAM_LINE = 4.5e4 * 2 * math.pi * eps0 * 2.0  # C/m, line charge
_V0 = 1450.0  # m/s, the long-range gun
_T_TIMES = (20 - math.sqrt(20**2 - 2 * g * 15)) / g, (20 + math.sqrt(20**2 - 2 * g * 15)) / g
_QQ_SUM = 0.9 * 0.2**2 / kC  # C^2, product of two charges
_Q_BIG = (5e-6 + math.sqrt(25e-12 - 4 * _QQ_SUM)) / 2
_TYRE = (200 + 101.325) * 313.15 / 283.15 - 101.325  # kPa gauge after warming

# (question, key, pint unit of the key)
QUESTIONS: list[tuple[str, float, str]] = [
    # --- development items mutated: TiO2 band gap
    (
        "The promotion of an electron from the valence band into the conduction band in pure TiO2 by light absorption requires a wavelength of less than 350 nm. Calculate the energy gap in zeptojoules.",
        _E_TIO2 * 1e21,
        "zJ",
    ),
    (
        "The promotion of an electron from the valence band into the conduction band in pure TiO2 by light absorption requires a wavenumber of more than 28 570 cm^-1. Calculate the energy gap in electronvolts.",
        h * c * 28570e2 / e,
        "eV",
    ),
    (
        "The promotion of an electron from the valence band into the conduction band of a semiconductor requires light of frequency above 8.57 × 10^14 Hz. Calculate the energy gap in eV.",
        h * 8.57e14 / e,
        "eV",
    ),
    (
        "The band gap of pure TiO2 is 3.54 eV. What is the longest wavelength of light that can promote an electron across it, in nm?",
        hc_eVnm / 3.54,
        "nm",
    ),
    (
        "The promotion of an electron across the band gap of pure TiO2 requires light of wavelength less than 350 nm. Calculate the energy gap in kcal per mole of electrons promoted.",
        _E_TIO2 * NA / 4184,
        "kcal/mol",
    ),
    # --- N2 expanding isothermally (ΔG item)
    (
        "Suppose that 2.5 mmol N2(g) occupies 42 cm^3 at 300 K and expands isothermally to 600 cm^3. Calculate ΔG for the process in calories.",
        _DG_N2 / 4.184,
        "cal",
    ),
    (
        "Suppose that 2.5 mmol N2(g) occupies 42 cm^3 at 300 K and expands isothermally to 600 cm^3. Calculate ΔH for the process, in J.",
        0.0,
        "J",
    ),
    (
        "Suppose that 2.5 mmol N2(g) occupies 42 cm^3 at 300 K and expands isothermally to 600 cm^3. Calculate the change in internal energy, in J.",
        0.0,
        "J",
    ),
    (
        "Suppose that 2.5 mmol N2(g) occupies 42 cm^3 at 300 K and expands isothermally to 600 cm^3. Calculate ΔG per mole of gas for the process, in kJ/mol.",
        R * 300 * math.log(42 / 600) / 1000,
        "kJ/mol",
    ),
    (
        "Suppose that 2.5 mmol N2(g) occupies 42 cm^3 at 300 K and expands to 600 cm^3 while its temperature rises to 350 K. Calculate ΔG for the process in J.",
        NAN,
        "J",
    ),
    (
        "Suppose that 2.5 mmol N2(g) occupies 42 cm^3 at 300 K and expands isothermally into a vacuum to 600 cm^3. How much work does the gas do, in J?",
        0.0,
        "J",
    ),
    # --- the nitrogen flask (kPa item)
    (
        "Using the perfect gas equation, calculate the pressure in bar exerted by 1.25 g of nitrogen gas in a flask of volume 250 cm^3 at 20 °C.",
        _N2_P / 1e5,
        "bar",
    ),
    (
        "Using the perfect gas equation, calculate the pressure in Torr exerted by 1.25 g of nitrogen gas in a flask of volume 250 cm^3 at 20 °C.",
        _N2_P / torr,
        "torr",
    ),
    (
        "Using the perfect gas equation, calculate the pressure in psi exerted by 1.25 g of nitrogen gas in a flask of volume 250 cm^3 at 20 °C.",
        _N2_P / 6894.757,
        "psi",
    ),
    (
        "A flask of volume 250 cm^3 at 20 °C holds 1.25 g of nitrogen gas and 0.50 g of helium. Using the perfect gas equation, what is the partial pressure of the nitrogen in kPa?",
        _N2_P / 1000,
        "kPa",
    ),
    (
        "Using the perfect gas equation, calculate the number of nitrogen molecules per cubic centimetre in a flask of volume 250 cm^3 that holds 1.25 g of nitrogen gas at 20 °C.",
        1.25 / 28.014 * NA / 250,
        "1/cm**3",
    ),
    (
        "Using the perfect gas equation, calculate the pressure in kilopascals exerted by 1.25 g of nitrogen gas in a flask of volume 250 cm^3 at 20 °C after a further 1.25 g of nitrogen is pumped in.",
        2 * _N2_P / 1000,
        "kPa",
    ),
    # --- the ethane sample (atm item)
    (
        "Suppose that 10.0 mol C2H6(g) is confined to 4.860 dm^3 at 27 °C. Predict the pressure exerted by the ethane from the perfect gas law, in MPa.",
        _C2H6_P / 1e6,
        "MPa",
    ),
    (
        "Suppose that 10.0 mol C2H6(g) is confined to 4.860 dm^3 at 27 °C. What is its molar volume in dm^3 mol^-1?",
        0.486,
        "dm**3/mol",
    ),
    (
        "Suppose that 10.0 g of C2H6(g) is confined to 4.860 dm^3 at 27 °C. Predict the pressure exerted by the ethane from the perfect gas law, in atm.",
        10.0 / 30.07 * R * 300.15 / 4.860e-3 / atm,
        "atm",
    ),
    (
        "Suppose that 10.0 mol C2H6(g) is confined to 4.860 dm^3 at 27 °F. Predict the pressure exerted by the ethane from the perfect gas law, in atm.",
        10.0 * R * ((27 - 32) / 1.8 + 273.15) / 4.860e-3 / atm,
        "atm",
    ),
    # --- chemical potential item
    (
        "Calculate the change in chemical potential of a perfect gas when its pressure is increased isothermally from 1.8 atm to 29.5 atm at 40 °C. Give the answer per molecule, in zJ.",
        _MU_GAS / NA * 1e21,
        "zJ",
    ),
    (
        "Calculate the change in chemical potential of a perfect gas when its pressure is increased isothermally from 1.8 atm to 29.5 atm at 40 °C. Give the answer in eV per molecule.",
        _MU_GAS / NA / e,
        "eV",
    ),
    (
        "Calculate the change in Gibbs energy of 0.50 mol of a perfect gas when its pressure is increased isothermally from 1.8 atm to 29.5 atm at 40 °C, in kJ.",
        0.5 * _MU_GAS / 1000,
        "kJ",
    ),
    (
        "Calculate the change in Gibbs energy per gram of methane (16.04 g/mol), treated as a perfect gas, when its pressure is increased isothermally from 1.8 atm to 29.5 atm at 40 °C, in J/g.",
        _MU_GAS / 16.04,
        "J/g",
    ),
    (
        "Calculate the change in chemical potential of a perfect gas when its pressure is increased isothermally from 1.8 atm to 29.5 atm at 40 K, in kJ/mol.",
        R * 40 * math.log(29.5 / 1.8) / 1000,
        "kJ/mol",
    ),
    # --- neon sample (atm item)
    (
        "A sample of 255 mg of neon occupies 3.00 dm^3 at 122 K. Use the perfect gas law to calculate the pressure of the gas in Pa.",
        _NE_P,
        "Pa",
    ),
    (
        "A sample of 255 mg of neon occupies 3.00 dm^3 at 122 °C. Use the perfect gas law to calculate the pressure of the gas in atm.",
        0.255 / 20.18 * R * 395.15 / 3.00e-3 / atm,
        "atm",
    ),
    (
        "A sample of 255 mg of neon occupies 3.00 dm^3 at 122 K. Use the perfect gas law to calculate the pressure of the gas. The unit of the answer is $10^{-2} \\mathrm{~atm}$.",
        _NE_P / atm,
        "atm",
    ),
    (
        "A sample of 255 mg of neon occupies 3.00 dm^3 at 122 K. How many neon atoms does it contain?",
        0.255 / 20.18 * NA,
        "dimensionless",
    ),
    # --- de Broglie items
    (
        "Calculate the de Broglie wavelength for an electron with a kinetic energy of 100 eV, in ångström.",
        _db_ke(100, me) * 1e10,
        "angstrom",
    ),
    (
        "Calculate the de Broglie wavelength for a neutron with a kinetic energy of 100 eV. Give the answer in pm.",
        _db_ke(100, mn) * 1e12,
        "pm",
    ),
    (
        "Calculate the de Broglie wavelength for an electron with a kinetic energy of 100 meV, in nm.",
        _db_ke(0.1, me) * 1e9,
        "nm",
    ),
    (
        "Calculate the de Broglie wavelength for an electron with a kinetic energy of 100 eV. The unit of the answer is $10^{-10} \\mathrm{~m}$.",
        _db_ke(100, me),
        "m",
    ),
    (
        "Calculate the de Broglie Wavelength of a tennis ball of mass 57 g traveling 25 mph in meters.",
        h / (0.057 * 25 * 0.44704),
        "m",
    ),
    (
        "Calculate the de Broglie Wavelength of a tennis ball of mass 57 g traveling 90 km/h. (Unit: m)",
        h / (0.057 * 25),
        "m",
    ),
    (
        "Calculate the de Broglie Wavelength, in Å, of an electron with kinetic energy 50 eV.",
        _db_ke(50, me) * 1e10,
        "angstrom",
    ),
    (
        "An electron and a proton have the same de Broglie wavelength. What is the ratio of the electron's kinetic energy to the proton's?",
        mp / me,
        "dimensionless",
    ),
    # --- photoelectric (lithium) item
    (
        "Light of wavelength 400 nm is incident upon lithium (phi = 2.93 eV). Calculate the maximum kinetic energy of the photoelectrons in eV.",
        hc_eVnm / 400 - 2.93,
        "eV",
    ),
    (
        "Light of wavelength 400 nm is incident upon lithium (phi = 2.93 eV). Calculate the photon energy in J.",
        h * c / 400e-9,
        "J",
    ),
    (
        "Light of wavelength 400 nm is incident upon lithium (phi = 2.93 eV). Calculate the stopping potential in V.",
        hc_eVnm / 400 - 2.93,
        "V",
    ),
    (
        "Light of wavelength 450 nm is incident upon lithium (phi = 2.93 eV). Calculate the maximum kinetic energy of the photoelectrons in eV.",
        NAN,
        "eV",
    ),
    (
        "Light of wavelength 400 nm is incident upon lithium (phi = 2.93 eV). Calculate the energy of one mole of these photons in kJ.",
        h * c / 400e-9 * NA / 1000,
        "kJ",
    ),
    # --- potassium threshold (work function) item
    (
        "The threshold wavelength for potassium metal is 564 nm. What is its work function in aJ?",
        _W_K * 1e18,
        "aJ",
    ),
    (
        "The threshold wavelength for potassium metal is 564 nm. What is its work function in kcal/mol?",
        _W_K * NA / 4184,
        "kcal/mol",
    ),
    (
        "The threshold frequency for potassium metal is 5.32 × 10^14 Hz. What is its work function? Give the answer in 10^{-19} J.",
        h * 5.32e14,
        "J",
    ),
    # --- the lightbulb (Wien) item
    (
        "A household lightbulb is a blackbody radiator. What temperature is needed so that λmax = 550 nm? Give the answer in °F.",
        (b_wien / 550e-9 - 273.15) * 1.8 + 32,
        "degF",
    ),
    (
        "A household lightbulb filament is a blackbody radiator at 2800 K. What is its wavelength of maximum emission, in µm?",
        b_wien / 2800 * 1e6,
        "µm",
    ),
    (
        "The mean temperature of the earth's surface is 288 K. What is the maximum wavelength of the earth's blackbody radiation, in µm?",
        b_wien / 288 * 1e6,
        "µm",
    ),
    (
        "The mean temperature of the earth's surface is 15 °C. What is the wavelength at which its blackbody radiation is most intense? Give the answer in 10^{-5} m.",
        b_wien / 288.15,
        "m",
    ),
    (
        "The mean temperature of the earth's surface is 288 K. What is the wavenumber, in cm^-1, that corresponds to the wavelength at which its blackbody emission peaks?",
        288 / b_wien / 100,
        "1/cm",
    ),
    # --- He-Ne frequency item
    (
        "A helium-neon laser emits light at 632.8 nm. Calculate the frequency of this light in THz.",
        _F_HENE / 1e12,
        "THz",
    ),
    (
        "A helium-neon laser emits light at 632.8 nm. Calculate the angular frequency of this light. Give the answer in 10^{15} rad/s.",
        2 * math.pi * _F_HENE,
        "1/s",
    ),
    (
        "A helium-neon laser emits light of vacuum wavelength 632.8 nm into water, whose refractive index is 1.33. What is the frequency of the light in the water, in Hz?",
        _F_HENE,
        "Hz",
    ),
    (
        "Light has a wavelength of 632.8 nm in water, whose refractive index is 1.33. What is its frequency, in Hz?",
        c / 1.33 / 632.8e-9,
        "Hz",
    ),
    (
        "A helium-neon laser emits light at 632.8 nm. What is the period of the light wave, in fs?",
        1e15 / _F_HENE,
        "fs",
    ),
    # --- charges: distance, ions, line
    (
        "What must be the distance between point charge q1 = 26.0 µC and point charge q2 = -47.0 µC for the electrostatic force between them to have a magnitude of 5.70 N? Give the answer in cm.",
        math.sqrt(_KQQ / 5.70) * 100,
        "cm",
    ),
    (
        "What must be the distance between point charge q1 = 26.0 µC and point charge q2 = -47.0 µC for the electrostatic force between them to have a magnitude of 5.70 mN? Give the answer in m.",
        math.sqrt(_KQQ / 5.70e-3),
        "m",
    ),
    (
        "The magnitude of the electrostatic force between two identical ions that are separated by a distance of 5.0 × 10^-10 m is 3.7 × 10^-9 N. What is the charge of each ion? Give the answer in zC.",
        _Q_ION * 1e21,
        "zC",
    ),
    (
        "The magnitude of the electrostatic force between two identical ions that are separated by a distance of 5.0 Å is 3.7 nN. What is the charge of each ion, in C?",
        _Q_ION,
        "C",
    ),
    (
        "An infinite line of charge produces a field of magnitude 4.5 × 10^4 N/C at distance 2.0 m. Find the linear charge density in nC/m.",
        _LAM_LINE * 1e9,
        "nC/m",
    ),
    (
        "An infinite line of charge produces a field of magnitude 4.5 × 10^4 N/C at distance 2.0 m. What charge lies on a 50 cm length of the line, in nC?",
        _LAM_LINE * 0.5 * 1e9,
        "nC",
    ),
    (
        "An infinite line of charge produces a field of magnitude 4.5 × 10^4 N/C at distance 2.0 cm. Find the linear charge density in µC/m.",
        4.5e4 * 2 * math.pi * eps0 * 0.02 * 1e6,
        "µC/m",
    ),
    (
        "The electric flux through a spherical surface is 4.0 × 10^4 N m^2/C. What is the net charge enclosed by the surface, in nC?",
        4.0e4 * eps0 * 1e9,
        "nC",
    ),
    (
        "The electric flux through a spherical surface is 4.0 × 10^4 N m^2/C. How many excess electrons does the enclosed charge correspond to?",
        4.0e4 * eps0 / e,
        "dimensionless",
    ),
    # --- electron / proton acceleration items
    (
        "An electron is released from rest in a uniform electric field of magnitude 2.00 × 10^4 N/C. Calculate the acceleration of the electron, in km/s^2. (Ignore gravitation.)",
        _A_E / 1000,
        "km/s**2",
    ),
    (
        "An electron is released from rest in a uniform electric field of magnitude 2.00 × 10^4 N/C. How long does it take to reach 1.0 % of the speed of light, in ns? (Ignore gravitation.)",
        0.01 * c / _A_E * 1e9,
        "ns",
    ),
    (
        "What acceleration would a proton experience if the gun's electric field were 2.00 × 10^4 V/m? Give the answer in 10^{12} m/s^2.",
        _A_P,
        "m/s**2",
    ),
    (
        "What acceleration would a proton experience if the gun's electric field were 20.0 kV/m? Give the answer in m/s^2.",
        _A_P,
        "m/s**2",
    ),
    # --- Big Bertha
    (
        "Let the muzzle velocity of a projectile be v0 and the angle of elevation be θ. A long-range gun had a muzzle velocity of 1,450 m/s. Find its predicted range of flight if θ = 35°, in km.",
        _V0**2 * math.sin(math.radians(70)) / g / 1000,
        "km",
    ),
    (
        "A long-range gun had a muzzle velocity of 1,450 m/s. Ignoring air resistance, find its predicted range of flight if θ = 55°, in miles.",
        _V0**2 * math.sin(math.radians(110)) / g / 1609.344,
        "mi",
    ),
    (
        "A long-range gun had a muzzle velocity of 1,450 m/s. Ignoring air resistance, how long is the shell in flight over level ground if θ = 55°, in minutes?",
        2 * _V0 * math.sin(math.radians(55)) / g / 60,
        "min",
    ),
    (
        "A long-range gun had a muzzle velocity of 1,450 m/s. Ignoring air resistance, at what angle of elevation must it be fired to reach a target 150 km away on level ground? Give the angle in degrees.",
        NAN,
        "degree",
    ),
    (
        "A long-range gun had a muzzle velocity of 1,450 m/s. Ignoring air resistance, what is the smaller angle of elevation that reaches a target 150 km away on level ground? Give the angle in degrees.",
        math.degrees(math.asin(150e3 * g / _V0**2)) / 2,
        "degree",
    ),
    # --- circular motion items
    (
        "A sports car has a lateral acceleration of 9.4 m/s^2, the largest centripetal acceleration it can sustain. If it travels at a constant 90 mph on level ground, what is the radius of the tightest unbanked curve it can negotiate? (Unit: m)",
        (90 * 0.44704) ** 2 / 9.4,
        "m",
    ),
    (
        "A sports car has a lateral acceleration of 9.4 m/s^2, the largest centripetal acceleration it can sustain. If it travels at a constant 40 m/s on level ground, what is the radius of the tightest unbanked curve it can negotiate? (Unit: ft)",
        40**2 / 9.4 / 0.3048,
        "ft",
    ),
    (
        "Passengers on a carnival ride move at constant speed in a horizontal circle of radius 5.0 m, making a complete circle in 4.0 s. What is their speed? (Unit: km/h)",
        2 * math.pi * 5 / 4 * 3.6,
        "km/h",
    ),
    (
        "Passengers on a carnival ride move at constant speed in a horizontal circle of radius 5.0 m, making a complete circle in 4.0 s. How many revolutions per minute does the ride make?",
        15.0,
        "1/min",
    ),
    (
        "Passengers on a carnival ride move at constant speed in a horizontal circle of radius 5.0 m, making a complete circle in 4.0 s. What is their acceleration in units of g (9.8 m/s^2)?",
        (2 * math.pi / 4) ** 2 * 5 / 9.8,
        "dimensionless",
    ),
    # --- two answers
    (
        "A ball is thrown straight up at 20 m/s. At what time after launch is it 15 m above the launch point? (Unit: s)",
        NAN,
        "s",
    ),
    (
        "A ball is thrown straight up at 20 m/s. At what time after launch is it 15 m above the launch point on its way down? (Unit: s)",
        _T_TIMES[1],
        "s",
    ),
    (
        "Where must an object be placed in front of a converging lens of focal length 10 cm for its real image to be 45 cm from the object? Give the object distance in cm.",
        NAN,
        "cm",
    ),
    (
        "Two point charges whose sum is 5.0 µC repel each other with a force of 0.90 N when 0.20 m apart. What is the larger of the two charges, in µC?",
        _Q_BIG * 1e6,
        "µC",
    ),
    (
        "Two resistors have an equivalent resistance of 16 Ω in series and 3.0 Ω in parallel. What is the larger resistance, in Ω?",
        12.0,
        "ohm",
    ),
    (
        "An electron in a one-dimensional box of length 1.0 nm is in a state whose energy is nine times the ground-state energy. What is the quantum number of the state?",
        3.0,
        "dimensionless",
    ),
    # --- per particle, per mole, per gram
    (
        "The ionization energy of a hydrogen atom in its ground state is 13.6 eV. Express it in kJ/mol.",
        13.6 * e * NA / 1000,
        "kJ/mol",
    ),
    (
        "The bond dissociation energy of H2 is 436 kJ/mol. What is the longest wavelength of light, in nm, whose photons can each dissociate one molecule?",
        h * c * NA / 436e3 * 1e9,
        "nm",
    ),
    (
        "The bond dissociation energy of H2 is 436 kJ/mol. What is the energy needed to break one molecule's bond, in eV?",
        436e3 / NA / e,
        "eV",
    ),
    (
        "The standard enthalpy of combustion of glucose (C6H12O6, 180.16 g/mol) is -2808 kJ/mol. How much heat is released per gram of glucose burned, in kJ/g?",
        2808 / 180.16,
        "kJ/g",
    ),
    (
        "How much heat, per mole of water, is needed to warm liquid water by 10 K? The specific heat of water is 4.18 J g^-1 K^-1. Give the answer in J/mol.",
        4.18 * 18.015 * 10,
        "J/mol",
    ),
    (
        "What is the average translational kinetic energy of one molecule of a perfect gas at 300 K, in J?",
        1.5 * kB * 300,
        "J",
    ),
    (
        "What is the total translational kinetic energy of 2.0 mol of a perfect gas at 300 K, in kJ?",
        2 * 1.5 * R * 300 / 1000,
        "kJ",
    ),
    (
        "What is the root-mean-square speed of N2 molecules at 300 K, in m/s?",
        math.sqrt(3 * R * 300 / 28.014e-3),
        "m/s",
    ),
    (
        "What is the mean speed of N2 molecules at 300 K, in m/s?",
        math.sqrt(8 * R * 300 / (math.pi * 28.014e-3)),
        "m/s",
    ),
    (
        "What is the most probable speed of N2 molecules at 300 K, in m/s?",
        math.sqrt(2 * R * 300 / 28.014e-3),
        "m/s",
    ),
    (
        "The molar heat capacity of copper is 24.4 J K^-1 mol^-1 and its molar mass 63.55 g/mol. What is its specific heat capacity in J g^-1 K^-1?",
        24.4 / 63.55,
        "J/g/K",
    ),
    (
        "A sample of 0.010 mol of a dye absorbs one photon of wavelength 500 nm per molecule. How much energy does the sample absorb, in J?",
        0.010 * NA * h * c / 500e-9,
        "J",
    ),
    (
        "What is the mass of one copper atom (63.55 g/mol), in g?",
        63.55 / NA,
        "g",
    ),
    (
        "How many atoms are in 1.00 g of copper (63.55 g/mol)?",
        NA / 63.55,
        "dimensionless",
    ),
    # --- answer in a unit other than the natural one, prefixes
    (
        "A first-order reaction has a rate constant of 2.0 × 10^5 s^-1. What is its half-life, in µs?",
        math.log(2) / 2.0e5 * 1e6,
        "µs",
    ),
    (
        "How many moles of a perfect gas occupy 100 cm^3 at 1.00 atm and 25 °C? The unit of the answer is $10^{-3} \\mathrm{~mol}$.",
        atm * 100e-6 / (R * 298.15),
        "mol",
    ),
    (
        "Calculate the energy of one photon of wavelength 1.00 µm, in zJ.",
        h * c / 1.0e-6 * 1e21,
        "zJ",
    ),
    (
        "What is the frequency of a photon of energy 2.0 eV, in THz?",
        2.0 * e / h / 1e12,
        "THz",
    ),
    (
        "What is the wavelength of a photon of energy 1.0 keV, in pm?",
        hc_eVnm / 1000 * 1000,
        "pm",
    ),
    (
        "A vibrational transition has a wavenumber of 2000 cm^-1. What is the energy of one mole of such photons, in kJ/mol?",
        h * c * 2000e2 * NA / 1000,
        "kJ/mol",
    ),
    (
        "Calculate the energy of one mole of photons of wavelength 254 nm, in kcal.",
        h * c / 254e-9 * NA / 4184,
        "kcal",
    ),
    (
        "What is the momentum of a photon of energy 1.0 eV, in kg m/s?",
        e / c,
        "kg*m/s",
    ),
    (
        "How much heat is needed to raise the temperature of 250 g of water from 20 °C to 80 °C? The specific heat of water is 4.18 J g^-1 K^-1. Give the answer in BTU.",
        250 * 4.18 * 60 / 1055.056,
        "BTU",
    ),
    (
        "A 1500 kg car moves at 72 km/h. What is its kinetic energy in kcal?",
        0.5 * 1500 * 20**2 / 4184,
        "kcal",
    ),
    (
        "A 2.0 µF capacitor is charged to 50 V. How much energy does it store, in µJ?",
        0.5 * 2e-6 * 50**2 * 1e6,
        "µJ",
    ),
    # --- gauge and absolute pressure
    (
        "A car tyre is inflated to a gauge pressure of 200 kPa at 10 °C. After a drive its temperature is 40 °C and its volume is unchanged. What is the new gauge pressure, in kPa, if the atmospheric pressure is 101.325 kPa?",
        _TYRE,
        "kPa",
    ),
    (
        "A car tyre is inflated to an absolute pressure of 300 kPa at 10 °C. After a drive its temperature is 40 °C and its volume is unchanged. What is the new absolute pressure, in kPa?",
        300 * 313.15 / 283.15,
        "kPa",
    ),
    (
        "What is the gauge pressure 10.0 m below the surface of fresh water (density 1000 kg/m^3), in kPa?",
        1000 * 9.81 * 10 / 1000,
        "kPa",
    ),
    (
        "What is the absolute pressure 10.0 m below the surface of fresh water (density 1000 kg/m^3) when the atmospheric pressure is 101.3 kPa, in kPa?",
        101.3 + 98.1,
        "kPa",
    ),
    # --- kinetics variants
    (
        "A first-order reaction has a half-life of 30 min. How long does it take until only 10 % of the reactant remains, in min?",
        30 * math.log(10) / math.log(2),
        "min",
    ),
    (
        "A first-order reaction has a rate constant of 0.010 min^-1. How long does it take until 75 % of the reactant remains, in min?",
        math.log(4 / 3) / 0.010,
        "min",
    ),
    (
        "A first-order reaction has a half-life of 30 min. What fraction of the reactant has reacted after 90 min?",
        0.875,
        "dimensionless",
    ),
    (
        "A reaction with rate = k[A]^2 has k = 0.50 dm^3 mol^-1 s^-1. How long does it take for [A] to fall from 0.20 mol dm^-3 to 0.050 mol dm^-3, in s?",
        (1 / 0.05 - 1 / 0.20) / 0.50,
        "s",
    ),
    (
        "A reaction's rate constant doubles when the temperature rises from 300 K to 310 K. What is its activation energy in kcal/mol?",
        R * math.log(2) / (1 / 300 - 1 / 310) / 4184,
        "kcal/mol",
    ),
    (
        "A reaction's rate constant doubles when the temperature rises from 300 K to 310 K. What is its activation energy per molecule, in eV?",
        R * math.log(2) / (1 / 300 - 1 / 310) / NA / e,
        "eV",
    ),
    (
        "A reaction's rate constant doubles when the temperature rises from 27 °C to 37 °C. What is its activation energy in kJ/mol?",
        R * math.log(2) / (1 / 300.15 - 1 / 310.15) / 1000,
        "kJ/mol",
    ),
    (
        "Carbon-14 has a half-life of 5730 years. What is its decay constant in s^-1?",
        math.log(2) / (5730 * 365.25 * 86400),
        "1/s",
    ),
    (
        "A radioactive nuclide has a mean lifetime of 10.0 min. What is its half-life in min?",
        10 * math.log(2),
        "min",
    ),
    (
        "A first-order reaction has a rate constant of 0.10 s^-1. Express it in min^-1.",
        6.0,
        "1/min",
    ),
    # --- quantum: boxes, hydrogen, uncertainty, spectroscopy
    (
        "An electron is confined to a one-dimensional box of length 1.0 nm. What is the energy of its n = 2 level, in eV?",
        _box(2, 1e-9) / e,
        "eV",
    ),
    (
        "An electron is confined to a one-dimensional box of length 1.0 nm. What is its ground-state energy in kJ/mol?",
        _box(1, 1e-9) * NA / 1000,
        "kJ/mol",
    ),
    (
        "An electron is confined to a one-dimensional box of length 1.0 nm. What is the frequency of the light absorbed in the n = 1 to n = 2 transition, in Hz?",
        (_box(2, 1e-9) - _box(1, 1e-9)) / h,
        "Hz",
    ),
    (
        "An electron is confined to a one-dimensional box of length 1.0 nm. What is the wavenumber of the n = 2 to n = 3 transition, in cm^-1?",
        (_box(3, 1e-9) - _box(2, 1e-9)) / (h * c) / 100,
        "1/cm",
    ),
    (
        "A proton is confined to a one-dimensional box of length 1.0 nm. What is its ground-state energy, in eV?",
        _box(1, 1e-9, mp) / e,
        "eV",
    ),
    (
        "An electron is confined to a cubic box of edge 1.0 nm. What is its ground-state energy, in eV?",
        3 * _box(1, 1e-9) / e,
        "eV",
    ),
    (
        "The ground-state energy of an electron in a one-dimensional box is 1.0 eV. What is the length of the box, in nm?",
        h / math.sqrt(8 * me * e) * 1e9,
        "nm",
    ),
    (
        "What is the energy needed to ionize a hydrogen atom from its n = 2 level, in eV?",
        13.6057 / 4,
        "eV",
    ),
    (
        "What is the shortest wavelength in the Balmer series of hydrogen, in nm?",
        4 / RYD_H * 1e9,
        "nm",
    ),
    (
        "What is the wavelength of the first line of the Lyman series of hydrogen (n = 2 to n = 1), in nm?",
        1 / (RYD_H * 0.75) * 1e9,
        "nm",
    ),
    (
        "The speed of an electron is known to within 1.0 × 10^3 m/s. What is the minimum uncertainty in its position, in m?",
        hbar / (2 * me * 1.0e3),
        "m",
    ),
    (
        "The vibrational wavenumber of HCl is 2990 cm^-1. What is the vibrational frequency in Hz?",
        c * 2990e2,
        "Hz",
    ),
    (
        "The rotational constant of HCl is 10.59 cm^-1. At what wavenumber does its J = 0 to J = 1 rotational absorption lie, in cm^-1?",
        2 * 10.59,
        "1/cm",
    ),
    # --- circuits
    (
        "Resistors of 2.0 Ω, 3.0 Ω and 6.0 Ω are connected in parallel. What is their equivalent resistance in Ω?",
        1.0,
        "ohm",
    ),
    (
        "Resistors of 4.0 Ω and 12.0 Ω are connected in series across a 12 V battery. What power is dissipated in the 4.0 Ω resistor, in W?",
        (12 / 16) ** 2 * 4,
        "W",
    ),
    (
        "A 2.0 µF capacitor is charged to 50 V. What charge does it hold, in µC?",
        100.0,
        "µC",
    ),
    (
        "A 100 µF capacitor charges through a 10 kΩ resistor from a 12 V battery. How long does it take to reach 90 % of its final voltage, in s?",
        1.0 * math.log(10),
        "s",
    ),
    (
        "A 100 µF capacitor charges through a 10 kΩ resistor from a 12 V battery, starting uncharged. What is its voltage after 1.0 s, in V?",
        12 * (1 - math.exp(-1)),
        "V",
    ),
    # --- optics
    (
        "An object is 5.0 cm in front of a converging lens of focal length 10 cm. How far from the lens is the image, in cm?",
        10.0,
        "cm",
    ),
    (
        "Light passes from glass (n = 1.50) into air at an angle of incidence of 30°. What is the angle of refraction in degrees?",
        math.degrees(math.asin(0.75)),
        "degree",
    ),
    (
        "Light passes from glass (n = 1.50) into air at an angle of incidence of 45°. What is the angle of refraction in degrees?",
        NAN,
        "degree",
    ),
    (
        "A grating with 500 lines per mm is lit by light of wavelength 600 nm. What is the highest order of maximum that can be seen?",
        3.0,
        "dimensionless",
    ),
    # --- mechanics and heat
    (
        "A car braking uniformly comes to rest from 20 m/s in 40 m. What is the magnitude of its deceleration, in m/s^2?",
        5.0,
        "m/s**2",
    ),
    (
        "A stone is dropped from rest from a height of 20 m. With what speed does it hit the ground, in m/s? (Ignore air resistance.)",
        math.sqrt(2 * g * 20),
        "m/s",
    ),
    (
        "A Carnot heat pump works between -10 °C outside and 25 °C inside. What is its coefficient of performance for heating?",
        298.15 / 35,
        "dimensionless",
    ),
    (
        "A Carnot engine works between 500 K and 300 K and absorbs 1000 J of heat per cycle. How much heat does it reject per cycle, in J?",
        600.0,
        "J",
    ),
    (
        "What is the efficiency of a Carnot engine working between 100 °C and 20 °C, in per cent?",
        80 / 373.15 * 100,
        "percent",
    ),
    (
        "The enthalpy of fusion of ice is 6.01 kJ/mol at 0 °C. What is the entropy change when 100 g of ice melts at 0 °C, in J/K?",
        6010 * 100 / 18.015 / 273.15,
        "J/K",
    ),
    # --- materials textbook
    (
        "Copper is FCC with a lattice parameter of 0.3615 nm. What is its atomic radius in pm?",
        361.5 * math.sqrt(2) / 4,
        "pm",
    ),
    (
        "Iron is BCC with a lattice parameter of 0.2866 nm and an atomic mass of 55.85 g/mol. What is its density in g/cm^3?",
        2 * 55.85 / (NA * (0.2866e-7) ** 3),
        "g/cm**3",
    ),
    (
        "X-rays of wavelength 0.154 nm are diffracted by planes 0.200 nm apart. What is the first-order Bragg angle θ, in radians?",
        math.asin(0.154 / 0.4),
        "radian",
    ),
    (
        "7.305 g of NaCl (58.44 g/mol) is dissolved in water to make 250 mL of solution. What is its molarity in mol/L?",
        0.5,
        "mol/L",
    ),
]

# SciBench, TheoremQA and JEEBench layouts
QUESTIONS_FORMATS: list[tuple[str, float, str]] = [
    (
        "Calculate the de Broglie wavelength for an electron with a kinetic energy of $400 \\mathrm{eV}$. The unit of the answer is $\\mathrm{pm}$.",
        _db_ke(400, me) * 1e12,
        "pm",
    ),
    (
        "The threshold wavelength for caesium metal is $622 \\mathrm{~nm}$. What is its work function? The unit of the answer is $\\mathrm{kJ} \\mathrm{mol}^{-1}$.",
        h * c / 622e-9 * NA / 1000,
        "kJ/mol",
    ),
    (
        "A sample of $1.00 \\mathrm{~g}$ of argon occupies $500 \\mathrm{~cm}^3$ at $25^{\\circ} \\mathrm{C}$. Use the perfect gas law to calculate the pressure of the gas. Give the answer in $\\mathrm{kPa}$.",
        1.0 / 39.948 * R * 298.15 / 500e-6 / 1000,
        "kPa",
    ),
    (
        "A sodium-vapour lamp emits light at $589.0 \\mathrm{~nm}$. Calculate the frequency of this light. Give the answer in $10^{14} \\mathrm{~s}^{-1}$.",
        c / 589e-9,
        "1/s",
    ),
    (
        "What temperature is needed for a blackbody to have $\\lambda_{\\max }=1.0 \\mu \\mathrm{m}$? The unit of the answer is $10^3 \\mathrm{~K}$.",
        b_wien / 1e-6,
        "K",
    ),
    (
        "Calculate the change in chemical potential of a perfect gas when its pressure is increased isothermally from $1.0 \\mathrm{~bar}$ to $10.0 \\mathrm{~bar}$ at $25^{\\circ} \\mathrm{C}$. The unit of the answer is $\\mathrm{J} \\mathrm{mol}^{-1}$.",
        R * 298.15 * math.log(10),
        "J/mol",
    ),
    (
        "Suppose that $1.0 \\mathrm{mmol} \\mathrm{~Ar}$ (g) occupies $20 \\mathrm{~cm}^3$ at $300 \\mathrm{~K}$ and expands isothermally to $200 \\mathrm{~cm}^3$. Calculate $\\Delta G$ for the process. Give the answer in $\\mathrm{mJ}$.",
        1e-3 * R * 300 * math.log(0.1) * 1000,
        "mJ",
    ),
    (
        "What must be the distance between point charge $q_1=5.0 \\mathrm{nC}$ and point charge $q_2=-8.0 \\mathrm{nC}$ for the electrostatic force between them to have a magnitude of $1.0 \\mathrm{~mN}$ ? Give the answer in $\\mathrm{cm}$.",
        math.sqrt(kC * 5e-9 * 8e-9 / 1e-3) * 100,
        "cm",
    ),
    (
        "A particle of charge $-5.0 \\mathrm{nC}$ is at the center of a Gaussian sphere of radius $10 \\mathrm{~cm}$. What is the net electric flux through the surface? Give the answer in $\\mathrm{N} \\cdot \\mathrm{m}^2 / \\mathrm{C}$.",
        -5e-9 / eps0,
        "N*m**2/C",
    ),
    (
        "An alpha particle (charge $+2e$, mass $6.64 \\times 10^{-27} \\mathrm{~kg}$) is in a uniform electric field of $1.00 \\times 10^4 \\mathrm{~N} / \\mathrm{C}$. Calculate its acceleration. Give the answer in $10^{11} \\mathrm{~m} / \\mathrm{s}^2$.",
        2 * e * 1e4 / 6.64e-27,
        "m/s**2",
    ),
    (
        "Calculate the energy of a photon of wavelength 0.10 nm. (Unit: keV)",
        hc_eVnm / 0.10 / 1000,
        "keV",
    ),
    (
        "A car moves around a circular track of radius 50 m at a constant 15 m/s. What is its centripetal acceleration? (Unit: m/s^2)",
        15**2 / 50,
        "m/s**2",
    ),
    (
        "What are the energies of the first three levels of an electron in a one-dimensional box of length 1.0 nm, in eV? Return the answer as a list.",
        NAN,
        "eV",
    ),
    (
        "An electron in a one-dimensional box of length 0.50 nm falls from n = 3 to n = 1. What is the wavelength of the emitted photon? (Unit: nm)",
        h * c / (_box(3, 0.5e-9) - _box(1, 0.5e-9)) * 1e9,
        "nm",
    ),
    (
        "How many photons per second does a 1.0 mW laser of wavelength 650 nm emit? Answer in the form of a float in scientific notation.",
        1e-3 * 650e-9 / (h * c),
        "1/s",
    ),
    (
        "Calculate the de Broglie Wavelength of an electron moving at 2.0 × 10^6 m/s. (Unit: nm)",
        h / (me * 2.0e6) * 1e9,
        "nm",
    ),
    (
        "The work function of a metal is 2.0 eV. Light of wavelength 400 nm falls on it. What is the stopping potential in volts? Give the numerical answer correct upto the 2nd decimal digit.",
        hc_eVnm / 400 - 2.0,
        "V",
    ),
    (
        "An electron is accelerated from rest through a potential difference of 150 V. What is its de Broglie wavelength in Å? Give the numerical answer correct upto the 2nd decimal digit.",
        _db_ke(150, me) * 1e10,
        "angstrom",
    ),
    (
        "A hydrogen atom in the n = 4 state returns to the ground state. What is the largest number of different photon energies that can be emitted? The final answer will be a non-negative integer.",
        6.0,
        "dimensionless",
    ),
    (
        "Two identical point charges 1.0 m apart repel each other with a force of 0.036 N. If each charge is an integer multiple of 1 µC, what is that integer? The final answer will be a non-negative integer.",
        math.sqrt(0.036 / kC) * 1e6,
        "dimensionless",
    ),
]

_T_ROOF = (
    20 * math.sin(math.radians(60)) + math.sqrt((20 * math.sin(math.radians(60))) ** 2 - 2 * g * 5)
) / g

# around the relations the solver answers: a given that changes the relation, a second step
QUESTIONS_MORE: list[tuple[str, float, str]] = [
    (
        "Light of wavelength 500 nm in glass of refractive index 1.50 is absorbed there. What is the energy of one photon, in eV?",
        hc_eVnm / (500 * 1.5),
        "eV",
    ),
    (
        "A molecule absorbs two photons of wavelength 500 nm. What total energy does it take up, in eV?",
        2 * hc_eVnm / 500,
        "eV",
    ),
    (
        "What is the total energy of 3.0 × 10^18 photons of wavelength 500 nm, in J?",
        3.0e18 * h * c / 500e-9,
        "J",
    ),
    (
        "Light has an angular frequency of 3.0 × 10^15 rad/s. What is the energy of one photon, in eV?",
        hbar * 3.0e15 / e,
        "eV",
    ),
    (
        "Light has a wavenumber of 20 000 cm^-1. What is its wavelength in nm?",
        500.0,
        "nm",
    ),
    (
        "A blackbody at 1000 K has its temperature doubled. What is its new wavelength of maximum emission, in µm?",
        b_wien / 2000 * 1e6,
        "µm",
    ),
    (
        "The Sun's emission peaks at 500 nm. Treating the Sun as a blackbody, what is its surface temperature in °C?",
        b_wien / 500e-9 - 273.15,
        "degC",
    ),
    (
        "A 10.0 L tank holds nitrogen at a gauge pressure of 2.00 atm and 300 K. How many moles of gas does it hold, taking the atmospheric pressure as 1.00 atm?",
        3.0 * atm * 0.01 / (R * 300),
        "mol",
    ),
    (
        "What is the pressure exerted by 1.00 mol of a perfect gas in 22.4 L at 0 °C, in mmHg?",
        R * 273.15 / 22.4e-3 / torr,
        "mmHg",
    ),
    (
        "How many molecules are there per cubic metre of a perfect gas at 1.00 Pa and 300 K?",
        1.0 / (kB * 300),
        "1/m**3",
    ),
    (
        "Calculate the change in chemical potential of a perfect gas when its pressure is increased isothermally by 29.5 atm from 1.8 atm at 40 °C, in kJ/mol.",
        R * 313.15 * math.log(31.3 / 1.8) / 1000,
        "kJ/mol",
    ),
    (
        "Calculate the change in chemical potential of a perfect gas when its pressure is tripled isothermally at 25 °C, in kJ/mol.",
        R * 298.15 * math.log(3) / 1000,
        "kJ/mol",
    ),
    (
        "An alpha particle (mass 6.64 × 10^-27 kg, charge +2e) is accelerated from rest through a potential difference of 100 V. What is its de Broglie wavelength, in pm?",
        h / math.sqrt(2 * 6.64e-27 * 200 * e) * 1e12,
        "pm",
    ),
    (
        "A proton is accelerated from rest through a potential difference of 100 V. What is its de Broglie wavelength, in pm?",
        _db_ke(100, mp) * 1e12,
        "pm",
    ),
    (
        "What is the de Broglie wavelength of an electron moving at 3.0 × 10^6 m/s, in pm?",
        h / (me * 3.0e6) * 1e12,
        "pm",
    ),
    (
        "An electron has a de Broglie wavelength of 0.10 nm. What is its kinetic energy in J?",
        h**2 / (2 * me * 1e-20),
        "J",
    ),
    (
        "Calculate the de Broglie wavelength of a nitrogen molecule moving at the root-mean-square speed of N2 at 300 K, in pm.",
        h / (28.014e-3 / NA * math.sqrt(3 * R * 300 / 28.014e-3)) * 1e12,
        "pm",
    ),
    (
        "What must be the distance between point charges of 26.0 µC and -47.0 µC in a liquid of dielectric constant 4.0 for the force between them to have a magnitude of 5.70 N? Give the answer in m.",
        math.sqrt(_KQQ / 4.0 / 5.70),
        "m",
    ),
    (
        "Two point charges of 26.0 µC and -47.0 µC attract with a force of 5.70 N. If both charges are doubled and their separation is doubled, what is the force in N?",
        5.70,
        "N",
    ),
    (
        "What is the magnitude of the electrostatic force between two electrons 1.0 nm apart, in N?",
        kC * e**2 / 1e-18,
        "N",
    ),
    (
        "The electric flux through a spherical surface of radius 10 cm is 4.0 × 10^4 N m^2/C. The radius of the surface is doubled with the same charge inside. What is the net charge enclosed, in C?",
        4.0e4 * eps0,
        "C",
    ),
    (
        "What acceleration would a neutron experience in a uniform electric field of 2.00 × 10^4 N/C? Give the answer in m/s^2.",
        0.0,
        "m/s**2",
    ),
    (
        "What acceleration would a positron experience in a uniform electric field of 2.00 × 10^4 N/C? Give the answer in m/s^2.",
        _A_E,
        "m/s**2",
    ),
    (
        "An electron is released from rest in a uniform electric field of magnitude 2.00 × 10^4 N/C. What is its speed after 1.0 ns, in m/s?",
        _A_E * 1e-9,
        "m/s",
    ),
    (
        "A ball is thrown at 20 m/s at 60° above the horizontal and lands on a flat roof 5.0 m above the launch point. How far horizontally does it travel, in m?",
        20 * math.cos(math.radians(60)) * _T_ROOF,
        "m",
    ),
    (
        "A long-range gun fires a shell at 1,450 m/s at 55° above the horizontal. At what other angle of elevation would it have the same range on level ground, in degrees?",
        35.0,
        "degree",
    ),
    (
        "A ball is thrown straight up at 20 m/s. What is its speed when it is 15 m above the launch point, in m/s?",
        math.sqrt(20**2 - 2 * g * 15),
        "m/s",
    ),
    (
        "A 0.50 kg stone on a string 1.2 m long is whirled in a horizontal circle at 2.0 revolutions per second. Ignoring gravity, what is the tension in the string, in N?",
        0.5 * (2 * math.pi * 2.0) ** 2 * 1.2,
        "N",
    ),
    (
        "A sports car takes a curve of radius 170 m at a constant 40 m/s. What is its centripetal acceleration in units of g (9.8 m/s^2)?",
        40**2 / 170 / 9.8,
        "dimensionless",
    ),
    (
        "The Earth moves around the Sun in a nearly circular orbit of radius 1.50 × 10^11 m once a year (365.25 days). What is its centripetal acceleration, in m/s^2?",
        (2 * math.pi / (365.25 * 86400)) ** 2 * 1.5e11,
        "m/s**2",
    ),
    (
        "A point on the rim of a wheel of radius 0.30 m turns at 120 rpm. What is its speed in m/s?",
        2 * math.pi * 0.3 * 2,
        "m/s",
    ),
    (
        "At what temperature, in K, is the root-mean-square speed of H2 molecules (2.016 g/mol) equal to 1000 m/s?",
        1000**2 * 2.016e-3 / (3 * R),
        "K",
    ),
    (
        "What is the average translational kinetic energy of one molecule of a perfect gas at 300 K, in eV?",
        1.5 * kB * 300 / e,
        "eV",
    ),
    (
        "What is the average rotational kinetic energy of one N2 molecule at 300 K, in J?",
        kB * 300,
        "J",
    ),
    (
        "What is the total kinetic energy, translational and rotational, of 1.00 mol of N2 at 300 K, in kJ?",
        2.5 * R * 300 / 1000,
        "kJ",
    ),
    (
        "By what factor is the root-mean-square speed of helium atoms (4.003 g/mol) larger than that of N2 molecules (28.01 g/mol) at the same temperature?",
        math.sqrt(28.01 / 4.003),
        "dimensionless",
    ),
    (
        "A 2.0 µF capacitor charged to 50 V is disconnected and then connected across an identical uncharged capacitor. What total energy do the two capacitors store, in mJ?",
        1.25,
        "mJ",
    ),
    (
        "A parallel-plate capacitor has plates of area 1.0 m^2 separated by 1.0 mm of air. What is its capacitance in nF?",
        eps0 * 1.0 / 1e-3 * 1e9,
        "nF",
    ),
    (
        "A parallel-plate capacitor has plates of area 1.0 m^2 separated by 1.0 mm filled with a dielectric of constant 3.0. What is its capacitance in nF?",
        3 * eps0 * 1.0 / 1e-3 * 1e9,
        "nF",
    ),
    (
        "The ionization energy of a hydrogen atom is 13.6 eV. Express it in kcal/mol.",
        13.6 * e * NA / 4184,
        "kcal/mol",
    ),
    (
        "The enthalpy of vaporisation of water is 40.7 kJ/mol. Express it in J/g.",
        40.7e3 / 18.015,
        "J/g",
    ),
    (
        "Copper is FCC with a lattice parameter of 3.615 Å and an atomic mass of 63.55 g/mol. What is its density in kg/m^3?",
        4 * 63.55e-3 / (NA * (3.615e-10) ** 3),
        "kg/m**3",
    ),
    (
        "Polonium is simple cubic with a lattice parameter of 0.336 nm and an atomic mass of 209 g/mol. What is its density in g/cm^3?",
        209 / (NA * (0.336e-7) ** 3),
        "g/cm**3",
    ),
    (
        "X-rays of wavelength 0.154 nm are diffracted in first order by planes 0.200 nm apart. What is the angle between the incident and the diffracted beams, in degrees?",
        2 * math.degrees(math.asin(0.154 / 0.4)),
        "degree",
    ),
    (
        "A first-order Bragg reflection of X-rays of wavelength 0.154 nm appears at θ = 20.0°. What is the plane spacing in nm?",
        0.154 / (2 * math.sin(math.radians(20))),
        "nm",
    ),
    (
        "What is the energy needed to ionize a hydrogen atom from its n = 2 level, in kJ/mol?",
        13.598 / 4 * e * NA / 1000,
        "kJ/mol",
    ),
    (
        "What is the ionization energy of a He+ ion in its ground state, in eV?",
        4 * 13.6057 * (1 - me / (4.0026 * 1.66054e-27)),
        "eV",
    ),
    (
        "How many atoms are in 1.00 g of water (18.015 g/mol)?",
        3 * NA / 18.015,
        "dimensionless",
    ),
    (
        "How many molecules are in 1.00 g of water (18.015 g/mol)?",
        NA / 18.015,
        "dimensionless",
    ),
    (
        "A 1500 kg car moves at 72 km/h. What is its kinetic energy if its speed is doubled, in kJ?",
        0.5 * 1500 * 40**2 / 1000,
        "kJ",
    ),
    (
        "A 1500 kg car slows from 72 km/h to 36 km/h. How much kinetic energy does it lose, in kJ?",
        0.5 * 1500 * (20**2 - 10**2) / 1000,
        "kJ",
    ),
    (
        "A perfect gas at 300 K and 1.0 atm occupies 10 L. It is heated at constant pressure to 600 K. By how much does its volume increase, in L?",
        10.0,
        "L",
    ),
    (
        "A helium balloon holds 2.0 mol of gas at 1.0 atm and 27 °C. What is the mass of the helium (4.003 g/mol), in g?",
        8.006,
        "g",
    ),
    (
        "How many photons of wavelength 500 nm carry a total energy of 1.0 J?",
        1.0 / (h * c / 500e-9),
        "dimensionless",
    ),
]

# more asks around answered relations (lens, mirror, Wien, projectile, capacitor, gas, photons)
QUESTIONS_MORE2: list[tuple[str, float, str]] = [
    (
        "A converging lens of focal length 10 cm forms a real image on a screen 45 cm from the lens. How far is the object from the lens, in cm?",
        1 / (1 / 10 - 1 / 45),
        "cm",
    ),
    (
        "An object is 30 cm in front of a converging lens of focal length 10 cm. How far is the real image from the object, in cm?",
        45.0,
        "cm",
    ),
    (
        "An object is 30 cm in front of a concave mirror of focal length 10 cm. How far from the mirror is the real image, in cm?",
        15.0,
        "cm",
    ),
    (
        "An object is 30 cm in front of a concave mirror whose radius of curvature is 20 cm. How far from the mirror is the real image, in cm?",
        15.0,
        "cm",
    ),
    (
        "An object is 30 cm in front of a converging lens of power 10 dioptres. How far from the lens is the real image, in cm?",
        15.0,
        "cm",
    ),
    (
        "A converging lens forms a real image 15 cm from the lens of an object 30 cm in front of it. What is its focal length in cm?",
        10.0,
        "cm",
    ),
    (
        "A converging lens of focal length 10 cm forms a real image twice the size of the object. How far is the object from the lens, in cm?",
        15.0,
        "cm",
    ),
    (
        "An object is 30 cm in front of a converging lens of focal length 10 cm. A second converging lens of focal length 10 cm is 25 cm behind the first. Where is the final image, in cm from the second lens?",
        NAN,  # the first image falls at the second lens's focal point
        "cm",
    ),
    (
        "What is the wavelength of maximum emission of the human body at 37 °C, treated as a blackbody, in µm?",
        b_wien / 310.15 * 1e6,
        "µm",
    ),
    (
        "A star's emission peaks at 290 nm. Treating it as a blackbody, what is its surface temperature in K?",
        b_wien / 290e-9,
        "K",
    ),
    (
        "The cosmic background radiation peaks at a wavelength of 1.06 mm. What temperature does this correspond to, in K?",
        b_wien / 1.06e-3,
        "K",
    ),
    (
        "A ball is thrown horizontally at 15 m/s from the top of a cliff 45 m high. How long does it take to land, in s?",
        math.sqrt(2 * 45 / g),
        "s",
    ),
    (
        "A projectile is launched at 50 m/s at 30° above the horizontal over level ground. After how many seconds does it reach its highest point?",
        50 * 0.5 / g,
        "s",
    ),
    (
        "A projectile is launched at 50 m/s at 30° above the horizontal over level ground. What is its speed at the highest point, in m/s?",
        50 * math.cos(math.radians(30)),
        "m/s",
    ),
    (
        "A projectile is launched at 50 m/s at 30° above the horizontal from the top of a cliff 20 m high. How far from the foot of the cliff does it land, in m?",
        50 * math.cos(math.radians(30)) * (25 + math.sqrt(25**2 + 2 * g * 20)) / g,
        "m",
    ),
    (
        "A capacitor of 2.0 µF holds a charge of 100 µC. How much energy does it store, in mJ?",
        (100e-6) ** 2 / (2 * 2e-6) * 1000,
        "mJ",
    ),
    (
        "Two 2.0 µF capacitors are connected in series across a 50 V battery. What total energy do they store, in mJ?",
        0.5 * 1e-6 * 50**2 * 1000,
        "mJ",
    ),
    (
        "A 12 V battery is connected across 4.0 Ω and 12.0 Ω resistors in parallel. What current flows through the 12.0 Ω resistor, in A?",
        1.0,
        "A",
    ),
    (
        "A gas at 2.0 atm occupies 6.0 L at 27 °C. What volume would it occupy at 0 °C and 1.0 atm, in L?",
        6 * 2 * 273.15 / 300.15,
        "L",
    ),
    (
        "What is the density of carbon dioxide (44.01 g/mol) at 0 °C and 1.00 atm, treating it as a perfect gas, in g/L?",
        atm * 44.01e-3 / (R * 273.15),
        "g/L",
    ),
    (
        "A perfect gas has a density of 1.96 g/L at 0 °C and 1.00 atm. What is its molar mass in g/mol?",
        1.96 * R * 273.15 / atm * 1000,
        "g/mol",
    ),
    (
        "A photon has an energy of 3.0 eV. What is its wavelength in ångström?",
        hc_eVnm / 3.0 * 10,
        "angstrom",
    ),
    (
        "A photon has an energy of 2.0 eV. What is its wavenumber in cm^-1?",
        2.0 * e / (h * c) / 100,
        "1/cm",
    ),
    (
        "Copper Kα X-rays have a photon energy of 8.04 keV. What is their wavelength in Å?",
        hc_eVnm / 8040 * 10,
        "angstrom",
    ),
    (
        "What is the magnitude of the electrostatic force between a proton and an electron 0.53 Å apart, in nN?",
        kC * e**2 / (0.53e-10) ** 2 * 1e9,
        "nN",
    ),
    (
        "A particle of charge 1.8 µC is at the centre of a Gaussian cube 55 cm on edge. What is the electric flux through two of its faces, in N m^2/C?",
        1.8e-6 / eps0 / 3,
        "N*m**2/C",
    ),
    (
        "An electron has a de Broglie wavelength of 1.0 Å. What is its speed in km/s?",
        h / (me * 1e-10) / 1000,
        "km/s",
    ),
    (
        "Through what potential difference must an electron be accelerated from rest for its de Broglie wavelength to be 0.10 nm? Give the answer in V.",
        h**2 / (2 * me * e * 1e-20),
        "V",
    ),
    (
        "What is the energy needed to ionize a hydrogen atom from its n = 3 level, in kJ/mol?",
        13.598 / 9 * e * NA / 1000,
        "kJ/mol",
    ),
    (
        "What is the energy needed to ionize a He+ ion from its n = 2 level, in eV?",
        4 * 13.6057 / 4 * (1 - me / (4.0026 * 1.66054e-27)),
        "eV",
    ),
    (
        "How much heat is released when a 2.0 kg block of aluminium (c = 900 J kg^-1 K^-1) cools from 200 °C to 50 °C? Give the answer in kcal.",
        2 * 900 * 150 / 4184,
        "kcal",
    ),
    (
        "What is the root-mean-square speed of O2 molecules (32.00 g/mol) at 27 °C, in km/h?",
        math.sqrt(3 * R * 300.15 / 32.0e-3) * 3.6,
        "km/h",
    ),
    (
        "A car travels at 72 km/h around a curve of radius 80 m. What is its centripetal acceleration in m/s^2?",
        20**2 / 80,
        "m/s**2",
    ),
    (
        "A car travels around a curve of radius 80 m with a centripetal acceleration of 5.0 m/s^2. What is its speed in km/h?",
        math.sqrt(5 * 80) * 3.6,
        "km/h",
    ),
]

# the SciBench prompt 'The unit of the answer is …' on asks near the answered items, and a few more
QUESTIONS_UNIT_IS: list[tuple[str, float, str]] = [
    (
        "A particle of charge $3.0 \\mu \\mathrm{C}$ is at the center of a Gaussian cube $40 \\mathrm{~cm}$ on edge. What is the net electric flux through the surface? The unit of the answer is $10^5 \\mathrm{~N} \\cdot \\mathrm{m}^2 / \\mathrm{C}$.",
        3.0e-6 / eps0,
        "N*m**2/C",
    ),
    (
        "A household lightbulb is a blackbody radiator. What temperature is needed so that $\\lambda_{\\max }=600 \\mathrm{~nm}$ ? The unit of the answer is $\\mathrm{~K}$.",
        b_wien / 600e-9,
        "K",
    ),
    (
        "The mean temperature of the surface of Mars is $210 \\mathrm{~K}$. What is the wavelength at which its blackbody radiation is most intense? The unit of the answer is $10^{-5} \\mathrm{~m}$.",
        b_wien / 210,
        "m",
    ),
    (
        "A krypton-ion laser emits light at $647.1 \\mathrm{~nm}$. Calculate the frequency of this light. The unit of the answer is $10^{14} \\mathrm{~Hz}$.",
        c / 647.1e-9,
        "Hz",
    ),
    (
        "The threshold wavelength for lithium metal is $520 \\mathrm{~nm}$. What is its work function? The unit of the answer is $10^{-19} \\mathrm{~J}$.",
        h * c / 520e-9,
        "J",
    ),
    (
        "Calculate the de Broglie wavelength for a proton with a kinetic energy of $1.0 \\mathrm{keV}$. The unit of the answer is $\\mathrm{fm}$.",
        _db_ke(1000, mp) * 1e15,
        "fm",
    ),
    (
        "Suppose that $5.0 \\mathrm{mmol} \\mathrm{N}_2$ (g) occupies $50 \\mathrm{~cm}^3$ at $298 \\mathrm{~K}$ and expands isothermally to $400 \\mathrm{~cm}^3$. Calculate $\\Delta G$ for the process. The unit of the answer is $\\mathrm{~J}$.",
        5e-3 * R * 298 * math.log(50 / 400),
        "J",
    ),
    (
        "Suppose that $5.0 \\mathrm{mol} \\mathrm{CO}_2(\\mathrm{~g})$ is confined to $2.00 \\mathrm{dm}^3$ at $50^{\\circ} \\mathrm{C}$. Predict the pressure exerted by the carbon dioxide from the perfect gas. The unit of the answer is $\\mathrm{kPa}$.",
        5 * R * 323.15 / 2e-3 / 1000,
        "kPa",
    ),
    (
        "A sample of $500 \\mathrm{mg}$ of helium occupies $2.50 \\mathrm{dm}^3$ at $77 \\mathrm{K}$. Use the perfect gas law to calculate the pressure of the gas. The unit of the answer is $\\mathrm{Torr}$.",
        0.5 / 4.0026 * R * 77 / 2.5e-3 / torr,
        "torr",
    ),
    (
        "Calculate the change in chemical potential of a perfect gas when its pressure is increased isothermally from $2.0 \\mathrm{~atm}$ to $20.0 \\mathrm{~atm}$ at $25^{\\circ} \\mathrm{C}$. The unit of the answer is $\\mathrm{J} \\mathrm{mol}^{-1}$.",
        R * 298.15 * math.log(10),
        "J/mol",
    ),
    (
        "What must be the distance between point charge $q_1=10.0 \\mu \\mathrm{C}$ and point charge $q_2=-20.0 \\mu \\mathrm{C}$ for the electrostatic force between them to have a magnitude of $4.00 \\mathrm{~N}$ ? The unit of the answer is $\\mathrm{cm}$.",
        math.sqrt(kC * 200e-12 / 4.0) * 100,
        "cm",
    ),
    (
        "An electron is released from rest in a uniform electric field of magnitude $3.00 \\times 10^3 \\mathrm{~N} / \\mathrm{C}$. Calculate the acceleration of the electron. (Ignore gravitation.) The unit of the answer is $10^{14} \\mathrm{~m} / \\mathrm{s}^2$.",
        e * 3e3 / me,
        "m/s**2",
    ),
    (
        "An infinite line of charge produces a field of magnitude $6.0 \\times 10^4 \\mathrm{~N} / \\mathrm{C}$ at distance $1.5 \\mathrm{~m}$. Find the linear charge density. The unit of the answer is $\\mu \\mathrm{C} / \\mathrm{m}$.",
        6e4 * 2 * math.pi * eps0 * 1.5 * 1e6,
        "µC/m",
    ),
    (
        "Its muzzle velocity was $1,200 \\mathrm{~m} / \\mathrm{s}$. Find the predicted range of flight of a shell fired over level ground if $\\theta=40^{\\circ}$, ignoring air resistance. The unit of the answer is $\\mathrm{km}$.",
        1200**2 * math.sin(math.radians(80)) / g / 1000,
        "km",
    ),
    (
        "The promotion of an electron from the valence band into the conduction band in pure ZnO by light absorption requires a wavelength of less than $380 \\mathrm{~nm}$. Calculate the energy gap. The unit of the answer is $\\mathrm{eV}$.",
        hc_eVnm / 380,
        "eV",
    ),
    (
        "The promotion of an electron from the valence band into the conduction band in pure ZnO by light absorption requires a wavelength of less than $380 \\mathrm{~nm}$. Calculate the energy gap. The unit of the answer is $\\mathrm{kJ} \\mathrm{mol}^{-1}$.",
        h * c / 380e-9 * NA / 1000,
        "kJ/mol",
    ),
    (
        "The magnitude of the electrostatic force between two identical ions that are separated by a distance of $4.0 \\times 10^{-10} \\mathrm{~m}$ is $1.44 \\times 10^{-9}$ N. What is the charge of each ion? The unit of the answer is $10^{-19} \\mathrm{C}$.",
        math.sqrt(1.44e-9 * 16e-20 / kC),
        "C",
    ),
    (
        "The electric flux through a spherical surface is $-6.0\\times 10^4 N \\cdot m^2/C$. What is the net charge enclosed by the surface? The unit of the answer is $\\mathrm{nC}$.",
        -6.0e4 * eps0 * 1e9,
        "nC",
    ),
    (
        "Calculate the de Broglie wavelength for an electron with a kinetic energy of $100 \\mathrm{eV}$ after it has passed through a retarding potential difference of $60 \\mathrm{~V}$. The unit of the answer is nm.",
        _db_ke(40, me) * 1e9,
        "nm",
    ),
    (
        "A sample of $255 \\mathrm{mg}$ of neon occupies $3.00 \\mathrm{dm}^3$ at $122 \\mathrm{K}$. Use the perfect gas law to calculate the pressure of the gas after it is heated to $244 \\mathrm{K}$ at constant volume. The unit of the answer is $\\text{atm}$.",
        2 * _NE_P / atm,
        "atm",
    ),
]

# gauge givens, totals of several moles, counts, and other second steps
QUESTIONS_MORE3: list[tuple[str, float, str]] = [
    (
        "A 20.0 L cylinder holds oxygen at 27 °C. Its gauge reads 15.0 atm and the atmosphere is at 1.00 atm. How many moles of oxygen does it hold?",
        16.0 * atm * 0.02 / (R * 300.15),
        "mol",
    ),
    (
        "A 20.0 L cylinder holds oxygen at 27 °C at a gauge pressure of 15.0 atm. What mass of oxygen (32.00 g/mol) does it hold, in g, if the atmospheric pressure is 1.00 atm?",
        16.0 * atm * 0.02 / (R * 300.15) * 32.0,
        "g",
    ),
    (
        "What is the energy of 2.0 mol of photons of wavelength 500 nm, in kJ?",
        2 * h * c / 500e-9 * NA / 1000,
        "kJ",
    ),
    (
        "What is the energy of one millimole of photons of wavelength 500 nm, in J?",
        1e-3 * h * c / 500e-9 * NA,
        "J",
    ),
    (
        "Calculate the de Broglie wavelength of a neutron whose kinetic energy equals kT at 300 K, in nm.",
        h / math.sqrt(2 * mn * kB * 300) * 1e9,
        "nm",
    ),
    (
        "At what wavelength does a blackbody at 0 °C emit most strongly, in µm?",
        b_wien / 273.15 * 1e6,
        "µm",
    ),
    (
        "What is the magnitude of the force between two point charges of 1.0 C each placed 1.0 km apart, in N?",
        kC / 1e6,
        "N",
    ),
    (
        "Two small spheres each carry 1.0 × 10^12 excess electrons and are 10 cm apart. What is the magnitude of the force between them, in N?",
        kC * (1e12 * e) ** 2 / 0.01,
        "N",
    ),
    (
        "The electric flux through a spherical surface is 4.0 × 10^4 N m^2/C. What is the net charge enclosed by the surface, in µC?",
        4.0e4 * eps0 * 1e6,
        "µC",
    ),
    (
        "A projectile is launched at 20 m/s at 45° above the horizontal over level ground. What maximum height does it reach, in m?",
        (20 * math.sin(math.radians(45))) ** 2 / (2 * g),
        "m",
    ),
    (
        "A projectile launched at 45° over level ground has a range of 100 m. What maximum height does it reach, in m?",
        25.0,
        "m",
    ),
    (
        "A stone moves in a horizontal circle of radius 5.0 m with a centripetal acceleration of 12 m/s^2. What is its speed in m/s?",
        math.sqrt(60),
        "m/s",
    ),
    (
        "What is the root-mean-square speed of argon atoms (39.95 g/mol) at 300 K, in km/s?",
        math.sqrt(3 * R * 300 / 39.95e-3) / 1000,
        "km/s",
    ),
    (
        "How many moles of a perfect gas are in 1.00 m^3 at 1.00 bar and 0 °C?",
        1e5 / (R * 273.15),
        "mol",
    ),
    (
        "4.0 mol of a perfect gas is compressed isothermally at 300 K from 20 L to 5.0 L. What is ΔG, in kJ?",
        4 * R * 300 * math.log(4) / 1000,
        "kJ",
    ),
    (
        "2.0 mol of a perfect gas expands isothermally from 10 L to 30 L. What is its molar entropy change, in J K^-1 mol^-1?",
        R * math.log(3),
        "J/K/mol",
    ),
    (
        "A perfect gas's pressure is decreased isothermally from 10 atm to 1.0 atm at 300 K. What is the change in its chemical potential, in J/mol?",
        R * 300 * math.log(0.1),
        "J/mol",
    ),
    (
        "The pressure of a perfect gas is increased isothermally from 1.0 bar to 2.0 bar at 300 K. By how much does its molar Gibbs energy change, in cal/mol?",
        R * 300 * math.log(2) / 4.184,
        "cal/mol",
    ),
    (
        "How many photons of wavelength 660 nm does a 1.0 mW laser emit in 1.0 ns?",
        1e-3 * 1e-9 * 660e-9 / (h * c),
        "dimensionless",
    ),
    (
        "How many electrons pass a point in a wire carrying a steady current of 1.0 A in 1.0 s?",
        1 / e,
        "dimensionless",
    ),
    (
        "A 10 µF capacitor is charged to 100 V. How many excess electrons are on its negative plate?",
        10e-6 * 100 / e,
        "dimensionless",
    ),
    (
        "A 2.0 µF capacitor is charged to 50 V. The voltage is then doubled. How much energy does it store now, in mJ?",
        0.5 * 2e-6 * 100**2 * 1000,
        "mJ",
    ),
    (
        "A 2.0 µF capacitor is charged to 50 V. By how much does its stored energy increase when it is charged further to 100 V, in mJ?",
        0.5 * 2e-6 * (100**2 - 50**2) * 1000,
        "mJ",
    ),
    (
        "A proton moves at 1.0 % of the speed of light. What is its de Broglie wavelength, in fm?",
        h / (mp * 0.01 * c) * 1e15,
        "fm",
    ),
    (
        "The work function of sodium is 2.28 eV. What is the longest wavelength of light that can eject electrons from it, in nm? Give the numerical answer correct upto the 2nd decimal digit.",
        hc_eVnm / 2.28,
        "nm",
    ),
]
