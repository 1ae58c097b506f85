"""Neighbour questions, round 6 (issue 11, precision), in our own words.

Written by helper probe7 (session 14) around the items of set I (tests/data/answer_exam_heldout8.json)
that the solver answers, and the relations those answers used: a powder line's angle on a cubic
cell, a cubic metal's density, vacancies from a density, an Arrhenius ratio at two temperatures, the
ASTM grain size, a wt% to at% conversion, Hall–Petch through two points, Fick's first law, a
diffusion coefficient, an elastic elongation in US units, a diameter's change under load, a Brinell
test, the modulus of resilience, a fracture stress, a crack-tip stress, Larson–Miller, the lever
rule, Avrami through two points, a nucleus's radius, barrier and atom count, a third-temperature
Arrhenius time, an intrinsic semiconductor, a dielectric's polarization, a saturation flux density,
a solenoid with a core, a superconductor in a field, a toroid's magnetization, photons in a pulse,
sensible heat, Wiedemann–Franz, a copolymer, a rock-salt density and the Pilling–Bedworth ratio.
Each varies the ask (the other phase or species, a ratio, a change, per cell vs per m³, radius vs
diameter, an input from a given result), changes a given's unit (psi, ksi, °F, kcal, eV/atom, in.),
adds a datum that changes the answer, or states a case the relation does not fit. A second batch
tries two-step chains (a density or a Bragg angle from an atomic radius, a flux from an Arrhenius D,
M_s from a density) and reflections the named structure forbids. Items added after the first run
hold each wrong answer's class beside look-alikes that keep their verdict: a copolymer's
composition by mass, a superconductor's critical field stated above 0 K, data at room temperature
with a value asked at another. Keys computed below with plain math; a key of None means the
question must be refused. tests/test_answer_neighbours.py holds them at 0 wrong.
"""

from __future__ import annotations

import math

k = 8.617333262e-5  # eV/K
R = 8.314462618
NA = 6.02214076e23
h = 6.62607015e-34
c = 299792458.0
e = 1.602176634e-19
MU0 = 4e-7 * math.pi
PI = math.pi
INCH = 0.0254
LBF = 4.4482216152605
PSI = 6894.757293168
KSI_SQRT_IN = 1e3 * PSI * math.sqrt(INCH)  # Pa·m^1/2 per ksi·in^1/2
CAL = 4.184


def _two_theta(d_nm: float, lam_nm: float, order: int = 1) -> float:
    return 2 * math.degrees(math.asin(order * lam_nm / (2 * d_nm)))


def _f(t_c: float) -> float:
    """°F to K."""
    return (t_c - 32) * 5 / 9 + 273.15


_CU_D220 = 0.3615 / math.sqrt(8)
_D_AL = 6.5e-5 * math.exp(-136e3 / (R * 773.15))
_A12 = PI / 4 * 12e-3**2
_HP_K = (250 - 150) / (1 / math.sqrt(8e-6) - 1 / math.sqrt(5e-5))  # MPa·m^1/2
_HP_S0 = 150 - _HP_K / math.sqrt(5e-5)
_AVR_K = -math.log(0.7) / 100**2.5
_NI_RSTAR = 2 * 0.255 * (1455 + 273.15) / (2.53e9 * 319)  # m
_CU_G = 16 * PI * 0.177**3 * (1358.15) ** 2 / (3 * 1.88e9**2 * 236**2)  # J
_RX_Q = R * math.log(50 / 10) / (1 / 873.15 - 1 / 923.15)  # J/mol
_NI_MS = 4 / (0.3524e-9) ** 3 * 0.60 * 9.2740100783e-24  # A/m
_LB = 0.45359237
_MUB = 9.2740100783e-24  # J/T, the Bohr magneton
_ROCK = 4 * (24.31 + 16.00) / NA / (2 * (0.072 + 0.140) * 1e-7) ** 3  # g/cm³
_PHOTON = h * c / 1064e-9  # J
_FE_W = (0.5 / 28.05) / (0.5 / 28.05 + 0.5 / 42.08)  # number fraction of ethylene at 50 wt%

# (question, key or None for must-refuse, pint unit of the key)
QUESTIONS: list[tuple[str, float | None, str]] = [
    # --- powder lines on a cubic cell
    (
        "Aluminium is FCC with a lattice parameter of 0.4049 nm. Using Cu Kα radiation of wavelength 0.15406 nm, at what diffraction angle 2θ does the 111 peak appear, in degrees?",
        _two_theta(0.4049 / math.sqrt(3), 0.15406),
        "degree",
    ),
    (
        "Copper is FCC with a = 0.3615 nm. With radiation of wavelength 0.15406 nm, what is the Bragg angle θ (not 2θ) of the 220 reflection, in degrees?",
        _two_theta(_CU_D220, 0.15406) / 2,
        "degree",
    ),
    (
        "Copper is FCC with a = 0.3615 nm. What is the interplanar spacing of its (220) planes, in nm?",
        _CU_D220,
        "nm",
    ),
    (
        "α-iron is BCC with a = 0.2866 nm. With Co Kα radiation (λ = 0.1790 nm), at what 2θ does the 110 reflection appear, in degrees?",
        _two_theta(0.2866 / math.sqrt(2), 0.1790),
        "degree",
    ),
    (
        "The 111 reflection of an FCC metal appears at 2θ = 38.20° with radiation of wavelength 0.15406 nm. What is the lattice parameter of the metal, in nm?",
        0.15406 / (2 * math.sin(math.radians(19.10))) * math.sqrt(3),
        "nm",
    ),
    (
        "Copper is FCC with a = 0.3615 nm. At what angle 2θ, in degrees, would the 100 reflection appear with radiation of wavelength 0.15406 nm?",
        None,
        "degree",
    ),
    (
        "Copper is FCC with a = 0.3615 nm at 20 °C and a linear expansion coefficient of 17 × 10⁻⁶ K⁻¹. At 520 °C, where does its 220 reflection appear (2θ in degrees) with radiation of wavelength 0.15406 nm?",
        _two_theta(_CU_D220 * (1 + 17e-6 * 500), 0.15406),
        "degree",
    ),
    (
        "Copper is FCC with a = 0.3615 nm. At what 2θ, in degrees, does the second-order reflection from its (111) planes appear with radiation of wavelength 0.15406 nm?",
        _two_theta(0.3615 / math.sqrt(3), 0.15406, order=2),
        "degree",
    ),
    (
        "Tungsten is BCC with a = 0.3165 nm. With X-rays of wavelength 0.07107 nm (Mo Kα), at what 2θ does the 211 reflection appear, in degrees?",
        _two_theta(0.3165 / math.sqrt(6), 0.07107),
        "degree",
    ),
    (
        "Nickel is FCC with a = 0.3524 nm. With radiation of wavelength 0.15406 nm, what is the difference in 2θ between its 200 and 111 peaks, in degrees?",
        _two_theta(0.3524 / 2, 0.15406) - _two_theta(0.3524 / math.sqrt(3), 0.15406),
        "degree",
    ),
    # --- density of a cubic metal
    (
        "Chromium is BCC with a lattice parameter of 0.2884 nm and an atomic weight of 52.00 g/mol. What is its theoretical density in g/cm³?",
        2 * 52.00 / NA / (0.2884e-7) ** 3,
        "g/cm**3",
    ),
    (
        "Molybdenum is BCC, has a density of 10.22 g/cm³ and an atomic weight of 95.94 g/mol. Compute its lattice parameter in nm.",
        (2 * 95.94 / NA / 10.22) ** (1 / 3) * 1e7,
        "nm",
    ),
    (
        "Tungsten is BCC with an atomic radius of 0.1371 nm and an atomic weight of 183.84 g/mol. Compute its density in g/cm³.",
        2 * 183.84 / NA / (4 * 0.1371e-7 / math.sqrt(3)) ** 3,
        "g/cm**3",
    ),
    (
        "Nickel is FCC with a lattice parameter of 0.3524 nm; its atomic weight is 58.69 g/mol. Calculate its theoretical density in kg/m³.",
        4 * 58.69 / NA / (0.3524e-7) ** 3 * 1000,
        "kg/m**3",
    ),
    (
        "α-iron is BCC with a = 0.2866 nm and an atomic weight of 55.845 g/mol. What is the mass of one unit cell, in grams?",
        2 * 55.845 / NA,
        "g",
    ),
    (
        "α-iron is BCC with a = 0.2866 nm. How many iron atoms are there per cubic metre?",
        2 / (0.2866e-9) ** 3,
        "1/m**3",
    ),
    (
        "α-iron is BCC with a = 0.2866 nm and an atomic weight of 55.845 g/mol. If 2 % of its lattice sites were vacant, what would its density be, in g/cm³?",
        0.98 * 2 * 55.845 / NA / (0.2866e-7) ** 3,
        "g/cm**3",
    ),
    (
        "α-iron is BCC with a = 0.2866 nm; its atomic weight is 55.845 g/mol. Compute its density in lb/in³.",
        2 * 55.845 / NA / (0.2866e-7) ** 3 * 1e3 * INCH**3 / _LB,
        "lb/in**3",
    ),
    (
        "Iron is FCC above 912 °C, with a = 0.3647 nm at 1000 °C and an atomic weight of 55.85 g/mol. What is the density of iron at 1000 °C in g/cm³?",
        4 * 55.85 / NA / (0.3647e-7) ** 3,
        "g/cm**3",
    ),
    # --- vacancies
    (
        "For copper at 1000 °C the vacancy formation energy is 0.90 eV/atom. What fraction of the lattice sites is vacant?",
        math.exp(-0.90 / (k * 1273.15)),
        "dimensionless",
    ),
    (
        "Aluminium has a vacancy formation energy of 0.75 eV per atom, a density of 2.62 g/cm³ at 500 °C and an atomic weight of 26.98 g/mol. How many vacancies per cubic centimetre are there at 500 °C?",
        2.62 * NA / 26.98 * math.exp(-0.75 / (k * 773.15)),
        "1/cm**3",
    ),
    (
        "At 800 °C one lattice site in every 3.6 × 10⁴ of a metal is vacant. Estimate the vacancy formation energy in eV.",
        -k * 1073.15 * math.log(1 / 3.6e4),
        "eV",
    ),
    (
        "The vacancy formation energy of silver is 25.4 kcal/mol. What is the ratio of the equilibrium vacancy concentration at 600 °C to that at 900 °C?",
        math.exp(-25.4e3 * CAL / R * (1 / 873.15 - 1 / 1173.15)),
        "dimensionless",
    ),
    (
        "Calculate the equilibrium number of vacancies per cubic metre in copper at 1832 °F. The vacancy formation energy is 0.90 eV/atom; the atomic weight and density of copper at that temperature are 63.55 g/mol and 8.40 g/cm³.",
        8.40e6 * NA / 63.55 * math.exp(-0.90 / (k * 1273.15)),
        "1/m**3",
    ),
    (
        "Calculate the equilibrium number of vacancies per cubic metre in copper at 1000 °C. The vacancy formation energy is 86.8 kJ/mol; the atomic weight and density of copper at that temperature are 63.55 g/mol and 8.40 g/cm³.",
        8.40e6 * NA / 63.55 * math.exp(-86.8e3 / (R * 1273.15)),
        "1/m**3",
    ),
    (
        "Copper (63.55 g/mol, 8.40 g/cm³ at 1000 °C) has 2.2 × 10²⁵ vacancies per cubic metre at 1000 °C. What is the energy for vacancy formation, in eV/atom?",
        -k * 1273.15 * math.log(2.2e25 / (8.40e6 * NA / 63.55)),
        "eV",
    ),
    (
        "Copper is FCC with a = 0.3615 nm and a vacancy formation energy of 0.90 eV/atom. How many vacancies are there per unit cell at 1000 °C?",
        4 * math.exp(-0.90 / (k * 1273.15)),
        "dimensionless",
    ),
    # --- Arrhenius ratios
    (
        "The diffusion coefficient of a solute rises by a factor of 15.35 when the temperature is raised from 600 °C to 700 °C. What is the activation energy, in eV per atom?",
        k * math.log(15.35) / (1 / 873.15 - 1 / 973.15),
        "eV",
    ),
    (
        "The diffusion coefficient of a solute rises by a factor of 15.35 when the temperature is raised from 600 °C to 700 °C. What is the activation energy, in kJ/mol?",
        R * math.log(15.35) / (1 / 873.15 - 1 / 973.15) / 1e3,
        "kJ/mol",
    ),
    (
        "The activation energy for diffusion of carbon in iron is 30 kcal/mol. By what factor does D increase between 500 °C and 800 °C?",
        math.exp(30e3 * CAL / R * (1 / 773.15 - 1 / 1073.15)),
        "dimensionless",
    ),
    (
        "Self-diffusion in a metal has an activation energy of 2.0 eV per atom, and D = 1.0 × 10⁻¹⁵ m²/s at 600 °C. At what temperature, in °C, will D be ten times larger?",
        1 / (1 / 873.15 - k * math.log(10) / 2.0) - 273.15,
        "degC",
    ),
    (
        "Self-diffusion in a metal has an activation energy of 2.0 eV per atom. By what percentage does the diffusion coefficient increase when the temperature is raised from 600 °C to 610 °C?",
        (math.exp(2.0 / k * (1 / 873.15 - 1 / 883.15)) - 1) * 100,
        "percent",
    ),
    (
        "A process has an activation energy of 150 kJ/mol. By what factor does its rate increase between 1000 °F and 1200 °F?",
        math.exp(150e3 / R * (1 / _f(1000) - 1 / _f(1200))),
        "dimensionless",
    ),
    (
        "Self-diffusion in a metal has an activation energy of 2.0 eV per atom. By what factor does the diffusion coefficient increase when the temperature is raised from 600 K to 700 K?",
        math.exp(2.0 / k * (1 / 600 - 1 / 700)),
        "dimensionless",
    ),
    (
        "Self-diffusion in a metal has an activation energy of 2.0 eV per atom. By what factor does the diffusion coefficient change when the metal is cooled from 700 °C to 600 °C?",
        1 / 15.354672899740185,
        "dimensionless",
    ),
    # --- ASTM grain size
    (
        "A micrograph taken at 100× shows 45 grains per square inch. What is the ASTM grain-size number?",
        1 + math.log2(45),
        "dimensionless",
    ),
    (
        "A steel has an ASTM grain-size number of 7. How many grains per square inch would a micrograph at 100× show?",
        2.0**6,
        "1/inch**2",
    ),
    (
        "A steel has an ASTM grain-size number of 8. How many grains per square inch would a micrograph at 500× show?",
        2.0**7 * (100 / 500) ** 2,
        "1/inch**2",
    ),
    (
        "A micrograph taken at 50× shows 30 grains per square inch. Determine the ASTM grain-size number.",
        1 + math.log2(30 * (50 / 100) ** 2),
        "dimensionless",
    ),
    (
        "A micrograph taken at 250× shows 45 grains per square inch. Estimate the mean grain diameter in micrometres.",
        None,
        "micrometer",
    ),
    # --- composition conversion
    (
        "A plain-carbon steel contains 3.61 at% C, the rest iron. Express its carbon content in weight percent (A_C = 12.011 g/mol, A_Fe = 55.845 g/mol).",
        3.61 * 12.011 / (3.61 * 12.011 + 96.39 * 55.845) * 100,
        "percent",
    ),
    (
        "A steel contains 0.80 wt% C, the rest iron. What is its iron content in atom percent? (A_C = 12.011 g/mol, A_Fe = 55.845 g/mol.)",
        (99.2 / 55.845) / (99.2 / 55.845 + 0.8 / 12.011) * 100,
        "percent",
    ),
    (
        "A brass contains 30 wt% Zn and 70 wt% Cu. Compute its zinc content in atom percent (A_Zn = 65.38 g/mol, A_Cu = 63.55 g/mol).",
        (30 / 65.38) / (30 / 65.38 + 70 / 63.55) * 100,
        "percent",
    ),
    (
        "A steel contains 0.80 wt% C and 1.0 wt% Mn, the rest iron. Express its carbon content in atom percent (A_C = 12.011, A_Mn = 54.94, A_Fe = 55.845 g/mol).",
        (0.8 / 12.011) / (0.8 / 12.011 + 1.0 / 54.94 + 98.2 / 55.845) * 100,
        "percent",
    ),
    (
        "An aluminium alloy contains 4.5 wt% Cu, the rest Al (A_Cu = 63.55 g/mol, A_Al = 26.98 g/mol). What is the copper content in atom percent?",
        (4.5 / 63.55) / (4.5 / 63.55 + 95.5 / 26.98) * 100,
        "percent",
    ),
    # --- Hall–Petch
    (
        "A low-carbon steel yields at 150 MPa with a mean grain diameter of 0.050 mm and at 250 MPa with 0.008 mm. What yield strength should it have at a grain diameter of 0.020 mm, in MPa?",
        _HP_S0 + _HP_K / math.sqrt(2e-5),
        "MPa",
    ),
    (
        "A low-carbon steel yields at 150 MPa with a mean grain diameter of 0.050 mm and at 250 MPa with 0.008 mm. What is the Hall–Petch coefficient k_y in MPa·m^1/2?",
        _HP_K,
        "MPa*m**0.5",
    ),
    (
        "A low-carbon steel yields at 150 MPa with a mean grain diameter of 0.050 mm and at 250 MPa with 0.008 mm. What is the friction stress σ₀ of the Hall–Petch equation, in MPa?",
        _HP_S0,
        "MPa",
    ),
    (
        "For a brass, σ₀ = 25 MPa and k_y = 12.5 MPa·mm^1/2. What is its yield strength at a grain diameter of 0.025 mm, in MPa?",
        25 + 12.5 / math.sqrt(0.025),
        "MPa",
    ),
    (
        "A low-carbon steel yields at 150 MPa with a mean grain diameter of 0.050 mm and at 250 MPa with 0.008 mm. What grain diameter gives a yield strength of 30 ksi, in µm?",
        (_HP_K / (30e3 * PSI / 1e6 - _HP_S0)) ** 2 * 1e6,
        "micrometer",
    ),
    # --- Fick's first law
    (
        "Hydrogen diffuses through a palladium sheet 6 mm thick at 600 °C. The concentrations at the two faces are 2.4 and 0.6 kg/m³ and D = 1.0 × 10⁻⁸ m²/s. What is the steady-state flux in kg/(m²·s)?",
        1.0e-8 * 1.8 / 6e-3,
        "kg/m**2/s",
    ),
    (
        "Hydrogen diffuses through a palladium sheet 6 mm thick at 600 °C. The concentrations at the two faces are 2.4 and 0.6 kg/m³ and D = 1.0 × 10⁻⁸ m²/s. How many kilograms of hydrogen pass through 0.25 m² of the sheet in one hour at steady state?",
        1.0e-8 * 1.8 / 6e-3 * 0.25 * 3600,
        "kg",
    ),
    (
        "A steady flux of 3.0 × 10⁻⁶ kg/(m²·s) passes through a palladium sheet whose faces are held at 2.4 and 0.6 kg/m³ of hydrogen, with D = 1.0 × 10⁻⁸ m²/s. How thick is the sheet, in mm?",
        1.0e-8 * 1.8 / 3.0e-6 * 1e3,
        "mm",
    ),
    (
        "A steady flux of 1.2 × 10⁻⁷ kg/(m²·s) of nitrogen crosses an iron plate 2 mm thick whose faces hold 4 and 1 kg/m³. What is the diffusion coefficient, in m²/s?",
        1.2e-7 * 2e-3 / 3,
        "m**2/s",
    ),
    (
        "Hydrogen diffuses through a palladium sheet 0.25 in. thick. The concentrations at the two faces are 2.4 and 0.6 kg/m³ and D = 1.0 × 10⁻⁸ m²/s. Find the steady-state flux in kg/(m²·h).",
        1.0e-8 * 1.8 / (0.25 * INCH) * 3600,
        "kg/m**2/hour",
    ),
    # --- diffusion coefficient
    (
        "For copper in aluminium D₀ = 6.5 × 10⁻⁵ m²/s and the activation energy is 1.41 eV per atom. Compute D at 500 °C in m²/s.",
        6.5e-5 * math.exp(-1.41 / (k * 773.15)),
        "m**2/s",
    ),
    (
        "For copper in aluminium D₀ = 6.5 × 10⁻⁵ m²/s and Q_d = 32.5 kcal/mol. Compute D at 500 °C in m²/s.",
        6.5e-5 * math.exp(-32.5e3 * CAL / (R * 773.15)),
        "m**2/s",
    ),
    (
        "For copper in aluminium D₀ = 6.5 × 10⁻⁵ m²/s and Q_d = 136 kJ/mol. Compute D at 932 °F in m²/s.",
        _D_AL,
        "m**2/s",
    ),
    (
        "For copper in aluminium D₀ = 6.5 × 10⁻⁵ m²/s, and at 500 °C D = 4.2 × 10⁻¹⁴ m²/s. What is the activation energy, in kJ/mol?",
        R * 773.15 * math.log(6.5e-5 / 4.2e-14) / 1e3,
        "kJ/mol",
    ),
    (
        "The diffusion coefficient of a solute in a metal is 5.0 × 10⁻¹⁵ m²/s at 700 °C and 2.0 × 10⁻¹³ m²/s at 900 °C. What is the activation energy for diffusion, in kJ/mol?",
        R * math.log(2.0e-13 / 5.0e-15) / (1 / 973.15 - 1 / 1173.15) / 1e3,
        "kJ/mol",
    ),
    (
        "The diffusion coefficient of a solute in a metal is 5.0 × 10⁻¹⁵ m²/s at 700 °C and 2.0 × 10⁻¹³ m²/s at 900 °C. What is its value at 800 °C, in m²/s?",
        5.0e-15
        * math.exp(
            math.log(2.0e-13 / 5.0e-15) / (1 / 973.15 - 1 / 1173.15) * (1 / 973.15 - 1 / 1073.15)
        ),
        "m**2/s",
    ),
    (
        "For zinc diffusing in copper, D₀ = 2.4 × 10⁻⁵ m²/s and Q_d = 189 kJ/mol. What is the lowest temperature, in K, at which D reaches 1.0 × 10⁻¹⁶ m²/s?",
        189e3 / (R * math.log(2.4e-5 / 1.0e-16)),
        "K",
    ),
    (
        "For zinc diffusing in copper, Q_d = 189 kJ/mol and D = 1.0 × 10⁻¹⁶ m²/s at 594 °C. What is D₀, in m²/s?",
        1.0e-16 * math.exp(189e3 / (R * 867.15)),
        "m**2/s",
    ),
    (
        "For zinc diffusing in copper, D₀ = 2.4 × 10⁻⁵ m²/s and Q_d = 189 kJ/mol. Compute the diffusion coefficient at 600 °C in cm²/s.",
        2.4e-5 * math.exp(-189e3 / (R * 873.15)) * 1e4,
        "cm**2/s",
    ),
    # --- elastic elongation, US units
    (
        "A steel rod 0.50 in. in diameter and 10 in. long carries a tensile load of 10 000 lbf and deforms elastically (E = 30 × 10⁶ psi). How much does it elongate, in inches?",
        10000 / (PI / 4 * 0.25) * 10 / 30e6,
        "inch",
    ),
    (
        "A steel rod 0.50 in. in diameter carries a tensile load of 10 000 lbf. What is the engineering stress in psi?",
        10000 / (PI / 4 * 0.25),
        "psi",
    ),
    (
        "A steel rod 0.50 in. in diameter and 10 in. long is to stretch elastically by 0.010 in. (E = 30 × 10⁶ psi). What tensile load, in lbf, is needed?",
        0.010 / 10 * 30e6 * PI / 4 * 0.25,
        "lbf",
    ),
    (
        "A steel rod of 0.25 in. radius and 10 in. length carries a tensile load of 10 kip and deforms elastically (E = 30 × 10⁶ psi). How much does it elongate, in mm?",
        10000 / (PI / 4 * 0.25) * 10 / 30e6 * 25.4,
        "mm",
    ),
    (
        "A steel rod 0.50 in. in diameter and 10 in. long (E = 30 × 10⁶ psi, yield strength 40 ksi) carries a tensile load of 10 000 lbf. How much does it elongate, in mm?",
        None,
        "mm",
    ),
    (
        "A steel rod 0.50 in. in diameter and 10 in. long carries a tensile load of 10 000 lbf and deforms elastically (E = 207 GPa). What is its strain?",
        10000 * LBF / (PI / 4 * (0.5 * INCH) ** 2) / 207e9,
        "dimensionless",
    ),
    # --- diameter change under load
    (
        "A cylindrical aluminium-alloy bar (E = 69 GPa, ν = 0.33, yield strength 300 MPa) of diameter 12.0 mm is compressed along its axis by 20 kN. By how many micrometres does its diameter increase?",
        0.33 * 20e3 / (_A12 * 69e9) * 12e-3 * 1e6,
        "micrometer",
    ),
    (
        "A cylindrical aluminium-alloy bar (E = 69 GPa, ν = 0.33, yield strength 300 MPa) of diameter 12.0 mm carries an axial tensile load of 20 kN. What is its lateral strain?",
        -0.33 * 20e3 / (_A12 * 69e9),
        "dimensionless",
    ),
    (
        "A cylindrical aluminium-alloy bar (E = 69 GPa, ν = 0.33, yield strength 300 MPa) of diameter 12.0 mm carries an axial tensile load of 40 kN. By how many micrometres does its diameter decrease?",
        None,
        "micrometer",
    ),
    (
        "A cylindrical aluminium-alloy bar (E = 69 GPa, ν = 0.33, yield strength 300 MPa) is 12.0 mm in diameter. What axial tensile load, in kN, will reduce its diameter by 5.0 µm?",
        5e-6 / 12e-3 / 0.33 * 69e9 * _A12 / 1e3,
        "kN",
    ),
    (
        "A cylindrical aluminium-alloy bar (E = 69 GPa, ν = 0.33) 12.0 mm in diameter and 250 mm long carries an axial tensile load of 20 kN. By how many millimetres does it lengthen?",
        20e3 * 0.25 / (_A12 * 69e9) * 1e3,
        "mm",
    ),
    (
        "An alloy has E = 69 GPa and Poisson's ratio 0.33. What is its shear modulus, in GPa?",
        69 / (2 * 1.33),
        "GPa",
    ),
    (
        "A bar 10 mm in diameter and 100 mm long is pulled elastically; it lengthens by 0.060 mm and its diameter shrinks by 0.0018 mm. What is its Poisson's ratio?",
        (0.0018 / 10) / (0.060 / 100),
        "dimensionless",
    ),
    (
        "A cylindrical aluminium-alloy bar (E = 10 × 10⁶ psi, ν = 0.33) 0.50 in. in diameter carries an axial tensile load of 4000 lbf. By how many inches does its diameter decrease?",
        0.33 * 4000 / (PI / 4 * 0.25) / 10e6 * 0.5,
        "inch",
    ),
    # --- Brinell
    (
        "A Brinell test on a steel with a 10 mm ball under 3000 kg leaves an impression 4.20 mm in diameter. Estimate the tensile strength in MPa.",
        3.45 * 2 * 3000 / (PI * 10 * (10 - math.sqrt(100 - 4.2**2))),
        "MPa",
    ),
    (
        "A Brinell test on a steel with a 10 mm ball under 3000 kg leaves an impression 4.20 mm in diameter. What is the Brinell hardness number?",
        2 * 3000 / (PI * 10 * (10 - math.sqrt(100 - 4.2**2))),
        "kg/mm**2",
    ),
    (
        "A steel is to have a Brinell hardness of 300. What impression diameter, in mm, should a 10 mm ball under 3000 kg leave?",
        math.sqrt(100 - (10 - 2 * 3000 / (PI * 10 * 300)) ** 2),
        "mm",
    ),
    # --- resilience
    (
        "A spring steel has a yield strength of 80 000 psi and E = 30 × 10⁶ psi. What is its modulus of resilience in in·lbf/in³?",
        80000**2 / (2 * 30e6),
        "psi",
    ),
    (
        "A steel has a yield strength of 550 MPa and E = 207 GPa. Compute its modulus of resilience in J/m³.",
        550e6**2 / (2 * 207e9),
        "J/m**3",
    ),
    (
        "A steel with E = 200 GPa is to store 2.5 MJ/m³ of elastic energy per unit volume up to yield. What yield strength, in MPa, does it need?",
        math.sqrt(2 * 200e9 * 2.5e6) / 1e6,
        "MPa",
    ),
    (
        "A spring steel has a yield strength of 80 000 psi and E = 30 × 10⁶ psi. How much elastic energy, in joules, can a 10 cm³ piece of it store up to yield?",
        (80000 * PSI) ** 2 / (2 * 30e6 * PSI) * 10e-6,
        "J",
    ),
    (
        "A spring steel has a yield strength of 80 000 psi and E = 30 × 10⁶ psi. What is its modulus of toughness, in kJ/m³?",
        None,
        "kJ/m**3",
    ),
    # --- fracture toughness
    (
        "A plate of an aluminium alloy with K_Ic = 22 ksi·in^1/2 has a surface crack 0.08 in. deep. Taking Y = 1.0, what tensile stress, in MPa, will cause fracture?",
        22 * KSI_SQRT_IN / math.sqrt(PI * 0.08 * INCH) / 1e6,
        "MPa",
    ),
    (
        "A plate of an aluminium alloy with K_Ic = 22 ksi·in^1/2 carries a tensile stress of 40 ksi. Taking Y = 1.0, what is the longest internal crack, in inches, it can hold without fracture?",
        2 * (22 / 40) ** 2 / PI,
        "inch",
    ),
    (
        "A plate of an aluminium alloy with K_Ic = 22 ksi·in^1/2 contains an internal through-thickness crack 0.16 in. long. Taking Y = 1.0, what tensile stress, in ksi, will cause fracture?",
        22 / math.sqrt(PI * 0.08),
        "ksi",
    ),
    (
        "A steel plate with a plane-strain fracture toughness of 50 MPa·m^1/2 has a surface crack 2.0 mm deep (Y = 1.12). What stress, in MPa, will fracture it?",
        50 / (1.12 * math.sqrt(PI * 2e-3)),
        "MPa",
    ),
    (
        "A steel plate has a surface crack 2.0 mm deep and carries 300 MPa (Y = 1.12). What is the stress intensity factor, in MPa·m^1/2?",
        1.12 * 300 * math.sqrt(PI * 2e-3),
        "MPa*m**0.5",
    ),
    # --- crack-tip stress
    (
        "A glass plate carries 150 MPa in tension and has a surface crack 0.10 mm deep with a tip radius of 0.5 µm, perpendicular to the load. Estimate the maximum stress at the crack tip, in MPa.",
        2 * 150 * math.sqrt(0.10e-3 / 0.5e-6),
        "MPa",
    ),
    (
        "A glass plate contains an internal elliptical crack 0.20 mm long whose tip radius is 0.5 µm. What is its stress concentration factor?",
        2 * math.sqrt(0.10e-3 / 0.5e-6),
        "dimensionless",
    ),
    (
        "A glass plate (E = 70 GPa) contains an internal crack 0.20 mm long with a tip radius of 0.5 µm. At what applied stress, in MPa, does the tip stress reach E/10?",
        7e3 / (2 * math.sqrt(0.10e-3 / 0.5e-6)),
        "MPa",
    ),
    (
        "A glass plate is loaded in tension to 150 MPa. It contains an internal crack 0.20 mm long whose tip radius is 5000 Å. Estimate the maximum stress at the crack tip, in GPa.",
        2 * 150 * math.sqrt(0.10e-3 / 0.5e-6) / 1e3,
        "GPa",
    ),
    # --- Larson–Miller
    (
        "For a creep-resisting steel at 140 MPa, the Larson–Miller parameter is 22.0 × 10³ (T in K, t_r in h, C = 20). At what temperature, in °C, will a component last 1000 h?",
        22.0e3 / (20 + 3) - 273.15,
        "degC",
    ),
    (
        "A steel component at 600 °C under stress ruptures after 5000 h. What is its Larson–Miller parameter (T in K, t_r in h, C = 20)?",
        873.15 * (20 + math.log10(5000)),
        "dimensionless",
    ),
    (
        "For a creep-resisting steel at 140 MPa, the Larson–Miller parameter is 22.0 × 10³ (T in K, t_r in h, C = 20). Predict the rupture life, in hours, at 600 °C.",
        10 ** (22.0e3 / 873.15 - 20),
        "hour",
    ),
    (
        "For a creep-resisting steel at 140 MPa, the Larson–Miller parameter is 22.0 × 10³ (T in K, t_r in h, C = 20). Predict the rupture life, in hours, at 1200 °F.",
        10 ** (22.0e3 / _f(1200) - 20),
        "hour",
    ),
    # --- lever rule
    (
        "A Cu–35 wt% Ni alloy at 1250 °C lies in the α + L field; the tie line meets the liquidus at 31.5 wt% Ni and the solidus at 42.5 wt% Ni. What mass percentage of the alloy is α?",
        (35 - 31.5) / (42.5 - 31.5) * 100,
        "percent",
    ),
    (
        "A Cu–35 wt% Ni alloy at 1250 °C lies in the α + L field; the tie line meets the liquidus at 31.5 wt% Ni and the solidus at 42.5 wt% Ni. What is the ratio of the mass of liquid to the mass of α?",
        (42.5 - 35) / (35 - 31.5),
        "dimensionless",
    ),
    (
        "A 2.0 kg casting of a Cu–35 wt% Ni alloy is held at 1250 °C in the α + L field; the tie line meets the liquidus at 31.5 wt% Ni and the solidus at 42.5 wt% Ni. How many kilograms of liquid are present?",
        2.0 * (42.5 - 35) / (42.5 - 31.5),
        "kg",
    ),
    (
        "A Cu–45 wt% Ni alloy is held at 1250 °C, where the tie line of the α + L field meets the liquidus at 31.5 wt% Ni and the solidus at 42.5 wt% Ni. What percentage of the alloy is liquid?",
        None,
        "percent",
    ),
    (
        "A Cu–35 wt% Ni alloy at 1250 °C lies in the α + L field; the tie line meets the liquidus at 31.5 wt% Ni and the solidus at 42.5 wt% Ni. What is the nickel content of the liquid, in wt%?",
        31.5,
        "percent",
    ),
    (
        "A Cu–35 wt% Ni alloy at 1250 °C lies in the α + L field; the tie line meets the liquidus at 31.5 wt% Ni and the solidus at 42.5 wt% Ni. What percentage of the alloy's volume is liquid?",
        None,
        "percent",
    ),
    (
        "A Cu–35 wt% Ni alloy at 1250 °C lies in the α + L field; the tie line meets the liquidus at 31.5 wt% Ni and the solidus at 42.5 wt% Ni. How much of the alloy's nickel, as a percentage, is in the liquid?",
        (42.5 - 35) / (42.5 - 31.5) * 31.5 / 35 * 100,
        "percent",
    ),
    # --- Avrami
    (
        "A transformation obeys y = 1 − exp(−k tⁿ) with n = 2.5, and 30 % is transformed after 100 s. How long, in s, does it take to reach half transformation?",
        (math.log(2) / _AVR_K) ** (1 / 2.5),
        "s",
    ),
    (
        "A transformation obeys y = 1 − exp(−k tⁿ) with n = 2.5, and 30 % is transformed after 100 s. What fraction is transformed after 200 s?",
        1 - math.exp(-_AVR_K * 200**2.5),
        "dimensionless",
    ),
    (
        "A transformation obeys y = 1 − exp(−k tⁿ) with n = 2.5, and 30 % is transformed after 100 s. What is k, in s^-2.5?",
        _AVR_K,
        "s**-2.5",
    ),
    (
        "A transformation following the Avrami equation is 20 % complete after 60 s and 80 % complete after 150 s. What is the Avrami exponent n?",
        math.log(math.log(0.2) / math.log(0.8)) / math.log(150 / 60),
        "dimensionless",
    ),
    (
        "A transformation obeys y = 1 − exp(−k tⁿ) with n = 2.5, and 30 % is transformed after 100 s. What is the rate of the transformation, taken as 1/t₀.₅, in s⁻¹?",
        1 / (math.log(2) / _AVR_K) ** (1 / 2.5),
        "1/s",
    ),
    # --- nucleation
    (
        "For homogeneous solidification of nickel, ΔH_f = −2.53 × 10⁹ J/m³, γ = 0.255 J/m², T_m = 1455 °C and the undercooling is 319 °C. What is the critical radius, in nm?",
        _NI_RSTAR * 1e9,
        "nm",
    ),
    (
        "For homogeneous solidification of nickel, ΔH_f = −2.53 × 10⁹ J/m³, γ = 0.255 J/m², T_m = 1455 °C and the undercooling is 319 °C. What is the activation free energy, in J?",
        16 * PI * 0.255**3 * (1728.15) ** 2 / (3 * 2.53e9**2 * 319**2),
        "J",
    ),
    (
        "For homogeneous solidification of nickel, ΔH_f = −2.53 × 10⁹ J/m³, γ = 0.255 J/m² and T_m = 1455 °C. Nucleation sets in when the melt has cooled to 1136 °C. What is the critical radius, in nm?",
        _NI_RSTAR * 1e9,
        "nm",
    ),
    (
        "A BCC metal (a = 0.2866 nm) solidifies homogeneously with ΔH_f = −1.85 × 10⁹ J/m³, γ = 0.204 J/m², T_m = 1538 °C and an undercooling of 295 °C. How many atoms does a critical nucleus contain?",
        4 / 3 * PI * (2 * 0.204 * 1811.15 / (1.85e9 * 295)) ** 3 / (0.2866e-9) ** 3 * 2,
        "dimensionless",
    ),
    (
        "For copper, T_m = 1085 °C, ΔH_f = 1.88 × 10⁹ J/m³ and γ = 0.177 J/m². What is the activation free energy for homogeneous nucleation at an undercooling of 236 K, in J?",
        _CU_G,
        "J",
    ),
    (
        "For copper, T_m = 1085 °C, ΔH_f = 1.88 × 10⁹ J/m³ and γ = 177 erg/cm². Compute the critical radius for homogeneous nucleation at an undercooling of 236 K, in nm.",
        2 * 0.177 * 1358.15 / (1.88e9 * 236) * 1e9,
        "nm",
    ),
    (
        "For copper, T_m = 1085 °C, ΔH_f = 1.88 × 10⁹ J/m³ and γ = 0.177 J/m². By what factor does the activation free energy for homogeneous nucleation fall when the undercooling rises from 100 K to 200 K?",
        4.0,
        "dimensionless",
    ),
    (
        "For copper, T_m = 1085 °C, ΔH_f = 1.88 × 10⁹ J/m³ and γ = 0.177 J/m². What is the activation free energy for heterogeneous nucleation on a flat wall with a contact angle of 60° at an undercooling of 236 K, in eV?",
        _CU_G * (2 + math.cos(PI / 3)) * (1 - math.cos(PI / 3)) ** 2 / 4 / e,
        "eV",
    ),
    # --- Arrhenius time at another temperature
    (
        "A cold-rolled brass recrystallises 50 % in 50 min at 600 °C and in 10 min at 650 °C. Assuming an Arrhenius rate, how long would 50 % recrystallisation take at 550 °C, in minutes?",
        50 * math.exp(_RX_Q / R * (1 / 823.15 - 1 / 873.15)),
        "minute",
    ),
    (
        "A cold-rolled brass recrystallises 50 % in 50 min at 600 °C and in 10 min at 650 °C. Assuming an Arrhenius rate, what is the activation energy, in kJ/mol?",
        _RX_Q / 1e3,
        "kJ/mol",
    ),
    (
        "A cold-rolled brass recrystallises 50 % in 50 min at 600 °C and in 10 min at 650 °C. How long would 90 % recrystallisation take at 700 °C, in minutes?",
        None,
        "minute",
    ),
    (
        "A cold-rolled brass recrystallises 50 % in 50 min at 1112 °F and in 10 min at 1202 °F. Assuming an Arrhenius rate, how long would 50 % recrystallisation take at 1292 °F, in minutes?",
        50 * math.exp(_RX_Q / R * (1 / _f(1292) - 1 / _f(1112))),
        "minute",
    ),
    # --- intrinsic semiconductor
    (
        "At room temperature intrinsic germanium has 2.5 × 10¹⁹ conduction electrons per cubic metre, with electron and hole mobilities 0.38 and 0.18 m²/(V·s). What is its electrical conductivity, in (Ω·m)⁻¹?",
        2.5e19 * e * 0.56,
        "1/ohm/m",
    ),
    (
        "Intrinsic silicon at room temperature has n_i = 1.0 × 10¹⁶ m⁻³, μ_e = 0.14 m²/(V·s) and μ_h = 0.05 m²/(V·s). Compute its resistivity in Ω·m.",
        1 / (1.0e16 * e * 0.19),
        "ohm*m",
    ),
    (
        "An intrinsic semiconductor has a conductivity of 2.2 (Ω·m)⁻¹, with electron and hole mobilities 0.38 and 0.18 m²/(V·s). How many electrons per cubic metre are in the conduction band?",
        2.2 / (e * 0.56),
        "1/m**3",
    ),
    (
        "Germanium with 2.5 × 10¹⁹ intrinsic carriers per cubic metre is doped with 1.0 × 10²² phosphorus atoms per cubic metre. With electron and hole mobilities 0.38 and 0.18 m²/(V·s), what is its resistivity, in Ω·m?",
        1 / (1.0e22 * e * 0.38),
        "ohm*m",
    ),
    (
        "At room temperature intrinsic germanium has 2.5 × 10¹⁹ conduction electrons per cubic metre, with electron and hole mobilities 0.38 and 0.18 m²/(V·s). What is the resistance, in Ω, of a bar 10 mm long with a 1.0 mm² cross-section?",
        1 / (2.5e19 * e * 0.56) * 0.01 / 1e-6,
        "ohm",
    ),
    (
        "At room temperature intrinsic germanium has 2.5 × 10¹⁹ conduction electrons per cubic metre, with electron and hole mobilities 0.38 and 0.18 m²/(V·s). What is its electrical resistivity at 150 °C, in Ω·m?",
        None,
        "ohm*m",
    ),
    # --- dielectric
    (
        "A dielectric slab of relative permittivity 25 and thickness 0.50 mm sits between electrodes at a potential difference of 40 V. What is the electric displacement D in the slab, in C/m²?",
        8.8541878128e-12 * 25 * 40 / 0.5e-3,
        "C/m**2",
    ),
    (
        "A dielectric slab of relative permittivity 25 and thickness 0.50 mm sits between electrodes at a potential difference of 40 V. What is the electric field in it, in V/m?",
        40 / 0.5e-3,
        "V/m",
    ),
    (
        "A dielectric slab of thickness 0.50 mm sits between electrodes at 40 V and its polarization is 1.7 × 10⁻⁵ C/m². What is its relative permittivity?",
        1 + 1.7e-5 / (8.8541878128e-12 * 40 / 0.5e-3),
        "dimensionless",
    ),
    (
        "A parallel-plate capacitor has plates of 4.0 cm² separated by 0.50 mm filled with a dielectric of relative permittivity 25. What is its capacitance in pF?",
        8.8541878128e-12 * 25 * 4e-4 / 0.5e-3 * 1e12,
        "pF",
    ),
    (
        "A dielectric slab of relative permittivity 25 and thickness 0.020 in. sits between electrodes at 40 V. Compute its polarization in C/m².",
        8.8541878128e-12 * 24 * 40 / (0.020 * INCH),
        "C/m**2",
    ),
    # --- saturation magnetization
    (
        "Nickel is FCC with a = 0.3524 nm, and each atom carries a net moment of 0.60 Bohr magneton. Estimate the saturation magnetization of nickel in A/m.",
        _NI_MS,
        "A/m",
    ),
    (
        "α-iron is BCC with a = 0.2866 nm, and each atom carries 2.22 Bohr magnetons. Estimate its saturation flux density in tesla.",
        MU0 * 2 / (0.2866e-9) ** 3 * 2.22 * 9.2740100783e-24,
        "T",
    ),
    (
        "Nickel has a saturation magnetization of 5.1 × 10⁵ A/m, a density of 8.90 g/cm³ and an atomic weight of 58.69 g/mol. How many Bohr magnetons does each atom carry?",
        5.1e5 / (8.90e6 * NA / 58.69) / 9.2740100783e-24,
        "dimensionless",
    ),
    (
        "Nickel is FCC with a = 0.3524 nm, and each atom carries a net moment of 0.60 Bohr magneton. What is the net magnetic moment of one unit cell, in Bohr magnetons?",
        2.4,
        "dimensionless",
    ),
    # --- solenoid and core
    (
        "A solenoid 25 cm long with 200 turns carries 1.2 A. What is the field strength H inside it, in A/m?",
        200 * 1.2 / 0.25,
        "A/m",
    ),
    (
        "A solenoid 25 cm long with 200 turns carries 1.2 A, and its core has a relative permeability of 400. What is the flux density B in the core, in tesla?",
        MU0 * 400 * 200 * 1.2 / 0.25,
        "T",
    ),
    (
        "A coil with 800 turns per metre carries 1.2 A around a core of relative permeability 400. Compute the magnetization of the core, in kA/m.",
        399 * 800 * 1.2 / 1e3,
        "kA/m",
    ),
    (
        "A solenoid 25 cm long with 200 turns carries 1.2 A, and a core of relative permeability 400 fills it. What is the magnetic susceptibility of the core?",
        399,
        "dimensionless",
    ),
    # --- superconductor in a field
    (
        "Lead becomes superconducting below 7.19 K and its critical field at 0 K is 6.4 × 10⁴ A/m. What is the critical field at 4.2 K, in A/m?",
        6.4e4 * (1 - (4.2 / 7.19) ** 2),
        "A/m",
    ),
    (
        "A superconductor with T_c = 7.19 K has a critical field of 4.2 × 10⁴ A/m at 4.2 K. What is its critical field at 0 K, in A/m?",
        4.2e4 / (1 - (4.2 / 7.19) ** 2),
        "A/m",
    ),
    (
        "Lead becomes superconducting below 7.19 K and its critical field at 0 K corresponds to 0.080 T. Up to what temperature (in K) does it remain superconducting in an applied field of 0.030 T?",
        7.19 * math.sqrt(1 - 0.030 / 0.080),
        "K",
    ),
    # --- toroid
    (
        "A toroid of mean circumference 30 cm has 500 turns carrying 0.40 A. What is the field strength H in its core, in A/m?",
        500 * 0.40 / 0.30,
        "A/m",
    ),
    (
        "A toroid of mean circumference 30 cm has 500 turns carrying 0.40 A, and its core develops a flux density of 0.85 T. What is the relative permeability of the core?",
        0.85 / (MU0 * 500 * 0.40 / 0.30),
        "dimensionless",
    ),
    (
        "A toroid of mean circumference 30 cm has 500 turns carrying 0.40 A, and its core develops a flux density of 0.85 T. What is the core's magnetic susceptibility?",
        0.85 / (MU0 * 500 * 0.40 / 0.30) - 1,
        "dimensionless",
    ),
    (
        "A toroid of mean radius 5.0 cm has 500 turns carrying 0.40 A, and its core develops a flux density of 0.85 T. Determine the magnetization of the core in A/m.",
        0.85 / MU0 - 500 * 0.40 / (2 * PI * 0.05),
        "A/m",
    ),
    # --- photons
    (
        "A Nd:YAG laser emits at 1064 nm. What is the energy of one photon, in eV?",
        _PHOTON / e,
        "eV",
    ),
    (
        "A laser at 1064 nm fires a pulse containing 5.0 × 10¹⁸ photons. What is the pulse energy, in J?",
        5.0e18 * _PHOTON,
        "J",
    ),
    (
        "A continuous laser emits 5.0 W at 1064 nm. How many photons does it emit per second?",
        5.0 / _PHOTON,
        "1/s",
    ),
    (
        "A Nd:YAG laser emits at 1.064 µm. How many photons are in a pulse of 0.50 J?",
        0.50 / _PHOTON,
        "dimensionless",
    ),
    (
        "A laser at 1064 nm fires 0.50 J pulses at 10 pulses per second. How many photons does it emit per second?",
        10 * 0.50 / _PHOTON,
        "1/s",
    ),
    # --- sensible heat
    (
        "How much heat, in kJ, is needed to raise 2.27 kg of copper from 21 °C to 204 °C, with a specific heat of 385 J/(kg·K)?",
        2.27 * 385 * 183 / 1e3,
        "kJ",
    ),
    (
        "A 5.0 lb block of copper (specific heat 385 J/(kg·K)) absorbs 100 kJ of heat. By how many kelvin does its temperature rise?",
        100e3 / (5.0 * _LB * 385),
        "K",
    ),
    (
        "A 5.0 lb block of copper (specific heat 385 J/(kg·K)) at 70 °F absorbs 100 kJ of heat. What is its final temperature in °F?",
        70 + 100e3 / (5.0 * _LB * 385) * 9 / 5,
        "degF",
    ),
    (
        "How much heat, in kJ, is needed to raise the temperature of 5.0 lb of copper from 70 °F to 400 °F? Take its specific heat as 0.092 cal/(g·°C).",
        5.0 * _LB * 1e3 * 0.092 * CAL * (330 * 5 / 9) / 1e3,
        "kJ",
    ),
    (
        "Heating 2.0 kg of a metal from 20 °C to 120 °C takes 90 kJ. What is its specific heat, in J/(kg·K)?",
        90e3 / (2.0 * 100),
        "J/kg/K",
    ),
    # --- Wiedemann–Franz
    (
        "A copper alloy has a thermal conductivity of 175 W/(m·K) at 300 K. With the Wiedemann–Franz law (L = 2.44 × 10⁻⁸ W·Ω/K²), estimate its electrical resistivity in Ω·m.",
        2.44e-8 * 300 / 175,
        "ohm*m",
    ),
    (
        "A metal has an electrical conductivity of 3.0 × 10⁷ (Ω·m)⁻¹ at 300 K. With L = 2.44 × 10⁻⁸ W·Ω/K², estimate its thermal conductivity in W/(m·K).",
        2.44e-8 * 300 * 3.0e7,
        "W/m/K",
    ),
    (
        "The electrical resistivity of a copper alloy at 400 K is 5.6 × 10⁻⁸ Ω·m. With L = 2.44 × 10⁻⁸ W·Ω/K², estimate its thermal conductivity at 400 K in W/(m·K).",
        2.44e-8 * 400 / 5.6e-8,
        "W/m/K",
    ),
    (
        "The electrical resistivity of a copper alloy at 300 K is 4.2 × 10⁻⁸ Ω·m. With L = 2.44 × 10⁻⁸ W·Ω/K², estimate its thermal conductivity at 600 K in W/(m·K).",
        None,
        "W/m/K",
    ),
    # --- copolymer
    (
        "A random ethylene–propylene copolymer has a number-average molecular weight of 84 000 g/mol and a number-average degree of polymerization of 2 500. What fraction of the repeat units are propylene?",
        1 - (42.08 - 84000 / 2500) / (42.08 - 28.05),
        "dimensionless",
    ),
    (
        "A random ethylene–propylene copolymer has a number-average molecular weight of 84 000 g/mol and a number-average degree of polymerization of 2 500. What mass fraction of the polymer is ethylene?",
        (lambda f: f * 28.05 / (f * 28.05 + (1 - f) * 42.08))((42.08 - 33.6) / (42.08 - 28.05)),
        "dimensionless",
    ),
    (
        "A random ethylene–propylene copolymer has 60 % ethylene repeat units and a number-average molecular weight of 84 000 g/mol. What is its number-average degree of polymerization?",
        84000 / (0.6 * 28.05 + 0.4 * 42.08),
        "dimensionless",
    ),
    (
        "A random styrene–butadiene copolymer has a number-average molecular weight of 200 000 g/mol and a number-average degree of polymerization of 2 900. What fraction of its repeat units are styrene?",
        (200000 / 2900 - 54.09) / (104.15 - 54.09),
        "dimensionless",
    ),
    # --- rock-salt density
    (
        "Magnesium oxide has the rock-salt structure with r(Mg²⁺) = 0.072 nm and r(O²⁻) = 0.140 nm. What is its lattice parameter in nm, if the ions touch along the cube edge?",
        2 * (0.072 + 0.140),
        "nm",
    ),
    (
        "Sodium chloride has the rock-salt structure; r(Na⁺) = 0.102 nm, r(Cl⁻) = 0.181 nm, and the atomic weights are 22.99 and 35.45 g/mol. Compute its theoretical density in g/cm³.",
        4 * (22.99 + 35.45) / NA / (2 * 0.283e-7) ** 3,
        "g/cm**3",
    ),
    (
        "Caesium chloride has the CsCl structure; r(Cs⁺) = 0.170 nm, r(Cl⁻) = 0.181 nm, and the atomic weights are 132.91 and 35.45 g/mol. Compute its theoretical density in g/cm³, assuming the ions touch along the body diagonal.",
        (132.91 + 35.45) / NA / (2 * 0.351e-7 / math.sqrt(3)) ** 3,
        "g/cm**3",
    ),
    (
        "Magnesium oxide has the rock-salt structure with r(Mg²⁺) = 0.072 nm and r(O²⁻) = 0.140 nm. What fraction of its unit cell's volume do the ions fill?",
        4 * 4 / 3 * PI * (0.072**3 + 0.140**3) / (2 * 0.212) ** 3,
        "dimensionless",
    ),
    (
        "Magnesium oxide has the rock-salt structure. The ionic radii are r(Mg²⁺) = 0.072 nm and r(O²⁻) = 0.140 nm, and the atomic weights are 24.31 and 16.00 g/mol. What is the mass of one unit cell, in g?",
        4 * 40.31 / NA,
        "g",
    ),
    (
        "Magnesium oxide has the rock-salt structure. The ionic radii are r(Mg²⁺) = 0.072 nm and r(O²⁻) = 0.140 nm, and the atomic weights are 24.31 and 16.00 g/mol. A sintered MgO part has 5.0 % porosity; what is its bulk density in g/cm³?",
        0.95 * _ROCK,
        "g/cm**3",
    ),
    # --- Pilling–Bedworth
    (
        "Aluminium (26.98 g/mol, 2.70 g/cm³) forms Al₂O₃ (101.96 g/mol, 3.98 g/cm³). Compute the Pilling–Bedworth ratio.",
        101.96 * 2.70 / (2 * 26.98 * 3.98),
        "dimensionless",
    ),
    (
        "Nickel (58.69 g/mol, 8.90 g/cm³) oxidises to NiO (74.69 g/mol, 6.67 g/cm³). Compute the Pilling–Bedworth ratio.",
        74.69 * 8.90 / (58.69 * 6.67),
        "dimensionless",
    ),
    (
        "Iron (55.85 g/mol, 7.87 g/cm³) oxidises to Fe₂O₃ (159.69 g/mol, 5.24 g/cm³). What is the Pilling–Bedworth ratio?",
        159.69 * 7.87 / (2 * 55.85 * 5.24),
        "dimensionless",
    ),
    (
        "Chromium (52.00 g/mol, 7.19 g/cm³) oxidises to Cr₂O₃ (151.99 g/mol, 5.22 g/cm³). What volume of oxide, in cm³, forms per cm³ of chromium consumed?",
        151.99 * 7.19 / (2 * 52.00 * 5.22),
        "dimensionless",
    ),
    # --- added after the first run: each wrong answer's class, with look-alikes that keep their verdict
    (
        "A random ethylene–propylene copolymer has a number-average molecular weight of 84 000 g/mol and a number-average degree of polymerization of 2 500. What is the weight fraction of propylene in it?",
        None,
        "dimensionless",
    ),
    (
        "A random styrene–butadiene copolymer has a number-average molecular weight of 200 000 g/mol and a number-average degree of polymerization of 2 900. What fraction of its repeat units are styrene?",
        (200000 / 2900 - 54.09) / (104.15 - 54.09),
        "dimensionless",
    ),
    (
        "A random ethylene–propylene copolymer contains 50 wt% ethylene and has a number-average molecular weight of 84 000 g/mol. What is its number-average degree of polymerization?",
        84000 / (_FE_W * 28.05 + (1 - _FE_W) * 42.08),
        "dimensionless",
    ),
    (
        "A random ethylene–propylene copolymer has a mass fraction of ethylene of 0.50 and a number-average molecular weight of 84 000 g/mol. What is its number-average degree of polymerization?",
        84000 / (_FE_W * 28.05 + (1 - _FE_W) * 42.08),
        "dimensionless",
    ),
    (
        "A superconductor with a critical temperature of 9.25 K has a critical field of 1.2 × 10⁵ A/m at 2.0 K. What is its critical field at 0 K, in A/m?",
        1.2e5 / (1 - (2.0 / 9.25) ** 2),
        "A/m",
    ),
    (
        "Lead becomes superconducting below 7.19 K; its critical field at 4.2 K is 4.2 × 10⁴ A/m. Up to what temperature, in K, does it stay superconducting in an applied field of 3.0 × 10⁴ A/m?",
        7.19 * math.sqrt(1 - 3.0e4 * (1 - (4.2 / 7.19) ** 2) / 4.2e4),
        "K",
    ),
    (
        "Lead becomes superconducting below 7.19 K; its critical field at 4.2 K is 4.2 × 10⁴ A/m. What is the critical field at 2.0 K, in A/m?",
        4.2e4 / (1 - (4.2 / 7.19) ** 2) * (1 - (2.0 / 7.19) ** 2),
        "A/m",
    ),
    (
        "Niobium has T_c = 9.25 K and a critical field of 1.6 × 10⁵ A/m at 0 K. What is the critical field at 4.2 K, in A/m?",
        1.6e5 * (1 - (4.2 / 9.25) ** 2),
        "A/m",
    ),
    (
        "Intrinsic silicon at 300 K has n_i = 1.0 × 10¹⁶ m⁻³, μ_e = 0.14 m²/(V·s) and μ_h = 0.05 m²/(V·s). What is its electrical conductivity at 400 K, in (Ω·m)⁻¹?",
        None,
        "1/ohm/m",
    ),
    (
        "At room temperature intrinsic germanium has 2.5 × 10¹⁹ conduction electrons per cubic metre, with electron and hole mobilities 0.38 and 0.18 m²/(V·s). What is its electrical conductivity at 100 °C?",
        None,
        "1/ohm/m",
    ),
    (
        "At room temperature intrinsic germanium has 2.5 × 10¹⁹ conduction electrons per cubic metre, with electron and hole mobilities 0.38 and 0.18 m²/(V·s). What is its electrical conductivity at room temperature?",
        2.5e19 * e * 0.56,
        "1/ohm/m",
    ),
    (
        "Intrinsic silicon has n_i = 1.0 × 10¹⁶ m⁻³, μ_e = 0.14 m²/(V·s) and μ_h = 0.05 m²/(V·s) at 300 K. What is its electrical resistivity at 300 K, in Ω·m?",
        1 / (1.0e16 * e * 0.19),
        "ohm*m",
    ),
    (
        "At room temperature a copper alloy has a resistivity of 4.2 × 10⁻⁸ Ω·m. With L = 2.44 × 10⁻⁸ W·Ω/K², what is its thermal conductivity at 500 K?",
        None,
        "W/m/K",
    ),
    (
        "At room temperature (300 K) a copper alloy has a resistivity of 4.2 × 10⁻⁸ Ω·m. With L = 2.44 × 10⁻⁸ W·Ω/K², what is its thermal conductivity at 300 K?",
        2.44e-8 * 300 / 4.2e-8,
        "W/m/K",
    ),
    # --- second batch: two-step chains, unit changes and forbidden reflections
    (
        "Iron has a density of 7.87 g/cm³, an atomic weight of 55.85 g/mol, and a net moment of 2.22 Bohr magnetons per atom. Estimate its saturation flux density, in tesla.",
        MU0 * 7.87e6 * NA / 55.85 * 2.22 * _MUB,
        "T",
    ),
    (
        "Cobalt has a density of 8.90 g/cm³, an atomic weight of 58.93 g/mol, and a net moment of 1.72 Bohr magnetons per atom. Compute its saturation magnetization in A/m.",
        8.90e6 * NA / 58.93 * 1.72 * _MUB,
        "A/m",
    ),
    (
        "Iron has a density of 7.87 g/cm³ and an atomic weight of 55.85 g/mol; its saturation flux density is 2.1 T. How many Bohr magnetons does each atom carry?",
        2.1 / MU0 / (7.87e6 * NA / 55.85) / _MUB,
        "dimensionless",
    ),
    (
        "Silver has a vacancy formation energy of 1.10 eV/atom, a density of 9.5 g/cm³ at 800 °C and an atomic weight of 107.87 g/mol. How many vacancies are there per cubic metre at 800 °C?",
        9.5e6 * NA / 107.87 * math.exp(-1.10 / (k * 1073.15)),
        "1/m**3",
    ),
    (
        "Aluminium is FCC with an atomic radius of 0.1431 nm. With radiation of wavelength 0.15406 nm, at what 2θ does the 111 reflection appear, in degrees?",
        2 * math.degrees(math.asin(0.15406 / (2 * (4 * 0.1431 / math.sqrt(2)) / math.sqrt(3)))),
        "degree",
    ),
    (
        "Nickel is FCC with an atomic radius of 0.1246 nm and an atomic weight of 58.69 g/mol. What is its density in g/cm³?",
        4 * 58.69 / NA / (2 * math.sqrt(2) * 0.1246e-7) ** 3,
        "g/cm**3",
    ),
    (
        "A 1000 h rupture life is measured for a steel part at 650 °C. Using the Larson–Miller parameter with C = 20 (T in K, t in h), how long would the part last at 600 °C under the same stress, in hours?",
        10 ** (923.15 * 23 / 873.15 - 20),
        "hour",
    ),
    (
        "A copper block measures 10 cm × 10 cm × 5 cm; copper has a density of 8.96 g/cm³ and a specific heat of 385 J/(kg·K). How much heat, in kJ, raises it from 20 °C to 100 °C?",
        8.96 * 500 / 1000 * 385 * 80 / 1e3,
        "kJ",
    ),
    (
        "A steel rod is clamped between rigid walls at 20 °C and heated to 120 °C. With E = 200 GPa and α = 12 × 10⁻⁶ K⁻¹, what thermal stress develops, in MPa?",
        200e3 * 12e-6 * 100,
        "MPa",
    ),
    (
        "A steel has K_Ic = 60 MPa·m^1/2 and a yield strength of 1000 MPa. It is used at a design stress of half its yield strength. With Y = 1.1, what is the largest surface crack depth it can tolerate, in mm?",
        (60 / (1.1 * 500)) ** 2 / PI * 1e3,
        "mm",
    ),
    (
        "For homogeneous solidification of nickel, ΔH_f = −2.53 × 10⁹ J/m³, γ = 0.255 J/m², T_m = 1455 °C and the undercooling is 574 °F. What is the critical radius, in nm?",
        2 * 0.255 * 1728.15 / (2.53e9 * (574 * 5 / 9)) * 1e9,
        "nm",
    ),
    (
        "A transformation obeys y = 1 − exp(−k tⁿ) with n = 2.5; 30 % is transformed after 1.5 min. How long, in seconds, does 90 % transformation take?",
        90 * (math.log(10) / -math.log(0.7)) ** (1 / 2.5),
        "s",
    ),
    (
        "A metal has an electrical conductivity of 5.8 × 10⁵ S/cm at 293 K. Using L = 2.44 × 10⁻⁸ W·Ω/K², estimate its thermal conductivity in W/(m·K).",
        2.44e-8 * 293 * 5.8e7,
        "W/m/K",
    ),
    (
        "The vacancy formation energy of a metal is 22 kcal/mol. What fraction of its lattice sites is vacant at 1500 °F?",
        math.exp(-22e3 * CAL / (R * _f(1500))),
        "dimensionless",
    ),
    (
        "A steel has a yield strength of 60 ksi and an elastic modulus of 200 GPa. Compute its modulus of resilience in kJ/m³.",
        (60e3 * PSI) ** 2 / (2 * 200e9) / 1e3,
        "kJ/m**3",
    ),
    (
        "A steel plate (K_Ic = 50 ksi·in^1/2) has an edge crack 40 mil deep; with Y = 1.12, what stress, in ksi, will fracture it?",
        50 / (1.12 * math.sqrt(PI * 0.040)),
        "ksi",
    ),
    (
        "A steel rod 10 ft long and 1.0 in. in diameter carries a tensile load of 20 kip (E = 30 × 10⁶ psi). By how many inches does it lengthen?",
        20000 / (PI / 4) * 120 / 30e6,
        "inch",
    ),
    (
        "A brass rod 0.40 in. in diameter (E = 15 × 10⁶ psi, ν = 0.35) carries an axial tensile load of 2000 lbf. By how much does its diameter shrink, in inches?",
        0.35 * 2000 / (PI / 4 * 0.16) / 15e6 * 0.40,
        "inch",
    ),
    (
        "A random ethylene–propylene copolymer has a weight-average molecular weight of 84 000 g/mol and a number-average degree of polymerization of 2 500. What fraction of the repeat units are ethylene?",
        None,
        "dimensionless",
    ),
    (
        "Zinc diffuses in copper with D₀ = 2.4 × 10⁻⁵ m²/s and Q_d = 189 kJ/mol. At 800 °C, a steady concentration gradient of 5.0 × 10³ kg/m⁴ is kept across a copper foil. What is the diffusion flux, in kg/(m²·s)?",
        2.4e-5 * math.exp(-189e3 / (R * 1073.15)) * 5.0e3,
        "kg/m**2/s",
    ),
    (
        "Zinc diffuses in copper with D₀ = 2.4 × 10⁻⁵ m²/s and Q_d = 189 kJ/mol. Estimate the diffusion distance √(Dt) after 10 h at 800 °C, in µm.",
        math.sqrt(2.4e-5 * math.exp(-189e3 / (R * 1073.15)) * 36000) * 1e6,
        "micrometer",
    ),
    (
        "A photon has an energy of 2.25 eV. What is its wavelength, in nm?",
        h * c / (2.25 * e) * 1e9,
        "nm",
    ),
    (
        "An FCC metal has a lattice parameter of 0.3524 nm. How many atoms per square nanometre lie on its (100) planes?",
        2 / 0.3524**2,
        "1/nm**2",
    ),
    (
        "α-iron is BCC with a = 0.2866 nm. What is the atomic radius, in nm?",
        math.sqrt(3) * 0.2866 / 4,
        "nm",
    ),
    (
        "α-iron is BCC with a = 0.2866 nm. What is the atomic diameter, in nm?",
        math.sqrt(3) * 0.2866 / 2,
        "nm",
    ),
    (
        "A Cu–35 wt% Ni alloy at 1250 °C lies in the α + L field; the tie line meets the liquidus at 31.5 wt% Ni and the solidus at 42.5 wt% Ni. What percentage of the alloy is liquid at 1300 °C?",
        None,
        "percent",
    ),
    (
        "A Cu–35 wt% Ni alloy at 1250 °C lies in the α + L field; the tie line meets the liquidus at 31.5 wt% Ni and the solidus at 42.5 wt% Ni. What fraction of the alloy is liquid?",
        (42.5 - 35) / (42.5 - 31.5),
        "dimensionless",
    ),
    (
        "A cold-rolled brass recrystallises 50 % in 50 min at 600 °C and in 10 min at 650 °C. Assuming an Arrhenius rate, at what temperature, in °C, would 50 % recrystallisation take 1 min?",
        None,
        "degC",
    ),
    (
        "A toroid of mean circumference 30 cm carries 500 turns with 0.40 A, and its core has a relative permeability of 1500. What is the flux density in the core, in T?",
        MU0 * 1500 * 500 * 0.40 / 0.30,
        "T",
    ),
    (
        "Copper is FCC with a = 0.3615 nm. With radiation of wavelength 0.15406 nm, what is the 2θ of its (311) reflection, in degrees?",
        2 * math.degrees(math.asin(0.15406 / (2 * 0.3615 / math.sqrt(11)))),
        "degree",
    ),
    (
        "Copper is FCC with a = 0.3615 nm. With radiation of wavelength 0.15406 nm, what is the 2θ of its (210) reflection, in degrees?",
        None,
        "degree",
    ),
    (
        "α-iron is BCC with a = 0.2866 nm. With radiation of wavelength 0.15406 nm, at what 2θ does the (111) reflection appear, in degrees?",
        None,
        "degree",
    ),
    # --- third batch: complements and other bases of an answered quantity
    (
        "A random ethylene–propylene copolymer has a number-average molecular weight of 84 000 g/mol and a number-average degree of polymerization of 2 500. What fraction of its repeat units are not ethylene?",
        None,
        "dimensionless",
    ),
    (
        "A random ethylene–propylene copolymer has a number-average molecular weight of 84 000 g/mol and a number-average degree of polymerization of 2 500. What fraction of the repeat units are other than propylene?",
        None,
        "dimensionless",
    ),
    (
        "A transformation obeys y = 1 − exp(−k tⁿ) with n = 2.5, and 30 % is transformed after 100 s. What fraction remains untransformed after 150 s?",
        math.exp(-_AVR_K * 150**2.5),
        "dimensionless",
    ),
    (
        "A transformation obeys the Avrami equation with n = 2.5; it is 30 % complete after 100 s. What fraction has transformed after 150 s?",
        1 - math.exp(-_AVR_K * 150**2.5),
        "dimensionless",
    ),
    (
        "A Cu–35 wt% Ni alloy at 1250 °C lies in the α + L field; the tie line meets the liquidus at 31.5 wt% Ni and the solidus at 42.5 wt% Ni. What fraction of the alloy is not liquid?",
        (35 - 31.5) / 11,
        "dimensionless",
    ),
    (
        "For copper at 1000 °C the vacancy formation energy is 0.90 eV/atom. What fraction of the lattice sites is occupied by atoms?",
        1 - math.exp(-0.90 / (k * 1273.15)),
        "dimensionless",
    ),
    (
        "A dielectric slab of relative permittivity 25 and thickness 0.50 mm fills the gap between two plates held at 40 V. What is the free charge per unit area on the plates, in C/m²?",
        8.8541878128e-12 * 25 * 40 / 0.5e-3,
        "C/m**2",
    ),
    (
        "How much heat, in kJ, is given off when 5.0 lb of copper cools from 400 °F to 70 °F? Take its specific heat as 385 J/(kg·K).",
        5.0 * _LB * 385 * (330 * 5 / 9) / 1e3,
        "kJ",
    ),
    (
        "Nickel has a density of 8.90 g/cm³, an atomic weight of 58.69 g/mol and 0.60 Bohr magneton per atom. What is its saturation magnetization per unit mass, in A·m²/kg?",
        NA / 58.69e-3 * 0.60 * _MUB,
        "A*m**2/kg",
    ),
    (
        "Hydrogen diffuses through a palladium sheet 6 mm thick. The concentrations at the two faces are 2.4 and 0.6 kg/m³ and D = 1.0 × 10⁻⁸ m²/s. What is the flux in hydrogen atoms per square metre per second?",
        1.0e-8 * 1.8 / 6e-3 / 1.008e-3 * NA,
        "1/m**2/s",
    ),
    (
        "The activation energy for vacancy formation in silver is 25.4 kcal/mol. By what percentage does the equilibrium vacancy concentration rise when silver is heated from 600 °C to 900 °C?",
        (math.exp(25.4e3 * CAL / R * (1 / 873.15 - 1 / 1173.15)) - 1) * 100,
        "percent",
    ),
    (
        "Lead becomes superconducting below 7.19 K, and its critical field at 0 K is 6.4 × 10⁴ A/m. What is its critical flux density at 0 K, in mT?",
        MU0 * 6.4e4 * 1e3,
        "mT",
    ),
]
