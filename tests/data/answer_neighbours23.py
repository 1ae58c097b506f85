"""Neighbour questions, round 23 (issue 11, precision), in our own words.

Written by helper probe (session 29) near the classes the solver answers on the blind sets:
cubic-cell geometry and Bragg angles, vacancies and grain size, diffusion (Arrhenius, Fick, the
error-function solution), elastic and plastic tension, fracture and fatigue, the lever rule,
Avrami and nucleation, conduction in metals and semiconductors, magnetism, optics, heat, polymers,
ceramics and composites, and corrosion. Each class is varied: other numbers and units, the ask
moved to a related quantity, a distractor value, a missing given (must refuse), diameter vs
radius, °C vs K, a percent vs a fraction, per mole vs per gram.

265 questions, 46 of them must-refuse. Main (47bdc98) answered 158 and 3 wrong, in two classes: a
grain count per square inch turned into an ASTM grain-size number when no magnification is stated
(read as if at 100×) (2); a lever-rule alloy named by both contents ('a 40 wt% Sn–60 wt% Pb
alloy') read as the content of the other component than the phase compositions (1). Now 155
answered, 0 wrong; fixes in matsci_jupyter/engines/answer/answer_guards.py (grain count) and
lever_component.py, class tests in tests/test_answer_probe24_classes.py. Set Y (heldout24)
unchanged item by item (41 correct, 0 wrong); the 177 items of sets A–Y with a grain count, an
ASTM number or a wt%/at% phase question give the same answers as on main, and so do 672
questions of the test rounds and class tests in those topics, but for this round's own 7.

Keys computed below with plain math; a key of None means the question must be refused.
tests/test_answer_neighbours.py holds them at 0 wrong.
"""

from __future__ import annotations

import math

NA = 6.02214076e23
R = 8.314462618
F = 96485.33212
K_B = 8.617333262e-5  # eV/K
E_CH = 1.602176634e-19
H = 6.62607015e-34
C = 2.99792458e8
MU0 = 4e-7 * math.pi
MU_B = 9.2740100783e-24
EPS0 = 8.8541878128e-12
G0 = 9.80665
YEAR = 365.25 * 24 * 3600.0


def kelvin(t_c: float) -> float:
    """°C to K."""
    return t_c + 273.15


def carb(c0: float, cs: float, x: float, d: float, t: float) -> float:
    """Concentration at depth x (m) after t (s): erf solution of Fick's second law."""
    return cs - (cs - c0) * math.erf(x / (2 * math.sqrt(d * t)))


def bragg_2theta(d_nm: float, lam_nm: float) -> float:
    """First-order diffraction angle 2θ in degrees."""
    return 2 * math.degrees(math.asin(lam_nm / (2 * d_nm)))


# (question, key or None for must-refuse, pint unit of the key)
QUESTIONS: list[tuple[str, float | None, str]] = [
    # ---- cubic-cell geometry: R = a√2/4 (FCC), R = a√3/4 (BCC)
    (
        "Copper is FCC with a lattice parameter of 0.3615 nm. What is its atomic radius?",
        0.3615 * math.sqrt(2) / 4,
        "nm",
    ),
    (
        "Chromium is BCC with a unit-cell edge of 2.885 Å. Compute the atomic radius of chromium in picometres.",
        288.5 * math.sqrt(3) / 4,
        "pm",
    ),
    (
        "Tantalum has the BCC structure and an atomic radius of 0.143 nm. What is the edge length of its cubic unit cell?",
        4 * 0.143 / math.sqrt(3),
        "nm",
    ),
    (
        "Silver crystallizes FCC; its atomic radius is 0.1445 nm. Find the lattice parameter in ångströms.",
        2 * math.sqrt(2) * 1.445,
        "angstrom",
    ),
    (
        "A metal has a cubic unit cell with an edge of 0.405 nm. What is its atomic radius?",
        None,
        "nm",
    ),
    (
        "Calculate the interplanar spacing of the (200) planes in FCC aluminium, a = 4.05 Å.",
        4.05 / 2,
        "angstrom",
    ),
    (
        "For BCC iron with a = 0.2866 nm, what is the spacing between adjacent (211) planes?",
        0.2866 / math.sqrt(6),
        "nm",
    ),
    (
        "What is the (220) interplanar spacing, in nm, of an FCC metal with a lattice parameter of 0.352 nm?",
        0.352 / math.sqrt(8),
        "nm",
    ),
    (
        "BCC iron (a = 0.2866 nm) is examined with Cu Kα radiation of wavelength 0.15406 nm. At what diffraction angle 2θ does the (110) reflection appear (first order)?",
        bragg_2theta(0.2866 / math.sqrt(2), 0.15406),
        "degree",
    ),
    (
        "The (111) planes of an FCC metal with a = 0.3524 nm diffract X-rays of wavelength 0.0711 nm in first order. What is the Bragg angle θ?",
        math.degrees(math.asin(0.0711 / (2 * 0.3524 / math.sqrt(3)))),
        "degree",
    ),
    (
        "A first-order reflection from planes of a cubic metal appears at 2θ = 44.5° with X-rays of wavelength 0.1542 nm. What is the interplanar spacing?",
        0.1542 / (2 * math.sin(math.radians(22.25))),
        "nm",
    ),
    (
        "A first-order reflection from a cubic metal appears at 2θ = 44.5° with X-rays of wavelength 0.1542 nm. What is the lattice parameter?",
        None,
        "nm",
    ),
    (
        "Find the planar density of the (100) plane of FCC nickel (a = 0.352 nm) in atoms per square nanometre.",
        2 / 0.352**2,
        "1/nm**2",
    ),
    (
        "Molybdenum is BCC with a = 3.147 Å. What is the planar density of its (110) plane, in atoms per nm²?",
        math.sqrt(2) / 0.3147**2,
        "1/nm**2",
    ),
    (
        "Compute the planar density of the (100) plane of BCC tungsten (a = 3.165 Å), in atoms per nanometre.",
        None,
        "1/nm",
    ),
    (
        "What is the linear density along the [110] direction in FCC copper (a = 0.3615 nm), in atoms per nanometre?",
        1 / (0.3615 / math.sqrt(2)),
        "1/nm",
    ),
    (
        "Copper is FCC with a = 0.3615 nm and an atomic weight of 63.55 g/mol. Calculate its theoretical density.",
        4 * 63.55 / ((0.3615e-7) ** 3 * NA),
        "g/cm**3",
    ),
    (
        "Iron is BCC with a lattice parameter of 0.2866 nm and an atomic weight of 55.85 g/mol. What is its theoretical density in kg/m³?",
        2 * 55.85 / ((0.2866e-7) ** 3 * NA) * 1000,
        "kg/m**3",
    ),
    (
        "A cubic metal has a lattice parameter of 0.316 nm and an atomic weight of 183.8 g/mol. What is its density?",
        None,
        "g/cm**3",
    ),
    (
        "Magnesium is hexagonal close-packed with a = 0.3209 nm and c = 0.5211 nm. What is the volume of its unit cell in nm³?",
        1.5 * math.sqrt(3) * 0.3209**2 * 0.5211,
        "nm**3",
    ),
    # ---- vacancies: n/N = exp(-Qv/RT)
    (
        "The energy for vacancy formation in a metal is 90 kJ/mol. What fraction of the atomic sites are vacant at 800 °C?",
        math.exp(-90e3 / (R * kelvin(800))),
        "dimensionless",
    ),
    (
        "A metal has a vacancy formation energy of 0.95 eV. Compute the equilibrium fraction of vacant lattice sites at 1100 K.",
        math.exp(-0.95 / (K_B * 1100)),
        "dimensionless",
    ),
    (
        "The vacancy formation energy of a metal is 0.95 eV per atom. What is the equilibrium vacancy fraction at 827 °C?",
        math.exp(-0.95 / (K_B * kelvin(827))),
        "dimensionless",
    ),
    (
        "What fraction of lattice sites are vacant in a metal whose vacancy formation energy is 1.1 eV?",
        None,
        "dimensionless",
    ),
    (
        "Compute the number of vacancies per cubic metre in a metal at 1000 °C whose density is 8.40 g/cm³, atomic weight 63.5 g/mol and vacancy formation energy 0.90 eV.",
        8.40 * NA / 63.5 * 1e6 * math.exp(-0.90 / (K_B * kelvin(1000))),
        "1/m**3",
    ),
    (
        "The equilibrium vacancy fraction of a metal rises tenfold when it is heated from 800 K to 900 K. Estimate the vacancy formation energy in eV.",
        K_B * math.log(10) / (1 / 800 - 1 / 900),
        "eV",
    ),
    (
        "The equilibrium vacancy fraction of a metal rises tenfold on heating from 800 K to 900 K. What is the vacancy formation energy per mole?",
        R * math.log(10) / (1 / 800 - 1 / 900),
        "J/mol",
    ),
    # ---- grain size, Burgers vector, composition
    (
        "At a magnification of 100×, a micrograph shows 45 grains per square inch. What is the ASTM grain size number?",
        1 + math.log2(45),
        "dimensionless",
    ),
    (
        "A micrograph at 200× shows on average 20 grains per square inch. Determine the ASTM grain size number.",
        1 + math.log2(20 * 4),
        "dimensionless",
    ),
    (
        "A steel has ASTM grain size number 7. How many grains per square inch are seen at a magnification of 100×?",
        2.0**6,  # N = 2^(n-1) per square inch at 100x
        "1/inch**2",
    ),
    (
        "A micrograph shows 30 grains per square inch. What is the ASTM grain size number?",
        None,
        "dimensionless",
    ),
    (
        "Copper is FCC (a = 0.3615 nm) with Burgers vector (a/2)<110>. What is the magnitude of the Burgers vector?",
        0.3615 / math.sqrt(2),
        "nm",
    ),
    (
        "For BCC iron (a = 0.2866 nm) the Burgers vector is (a/2)<111>. What is its length in Å?",
        2.866 * math.sqrt(3) / 2,
        "angstrom",
    ),
    (
        "Estimate the elastic energy per unit length of a dislocation in aluminium, E = ½Gb², with G = 26 GPa and b = 0.286 nm, in J/m.",
        0.5 * 26e9 * (0.286e-9) ** 2,
        "J/m",
    ),
    (
        "A brass has 10 wt% Zn, balance copper. What is its zinc content in atom percent?",
        100 * (10 / 65.38) / (10 / 65.38 + 90 / 63.546),
        "percent",
    ),
    (
        "An aluminium–copper alloy contains 4 at% Cu. What is its copper content in weight percent?",
        100 * 4 * 63.546 / (4 * 63.546 + 96 * 26.982),
        "percent",
    ),
    # ---- diffusion
    (
        "For carbon diffusing in a steel, D0 = 2.3e-5 m²/s and Q = 148 kJ/mol. What is the diffusion coefficient at 900 °C?",
        2.3e-5 * math.exp(-148e3 / (R * kelvin(900))),
        "m**2/s",
    ),
    (
        "The pre-exponential factor for a solute diffusing in nickel is 1.9e-4 m²/s and the activation energy is 2.9 eV. Calculate D at 1300 K in cm²/s.",
        1.9e-4 * math.exp(-2.9 / (K_B * 1300)) * 1e4,
        "cm**2/s",
    ),
    (
        "The activation energy for diffusion of a solute in a metal is 150 kJ/mol. What is the diffusion coefficient at 900 °C?",
        None,
        "m**2/s",
    ),
    (
        "A solute diffuses in a metal with D = 4.8e-14 m²/s at 500 °C and 5.3e-13 m²/s at 600 °C. What is the activation energy for diffusion in kJ/mol?",
        R * math.log(5.3e-13 / 4.8e-14) / (1 / kelvin(500) - 1 / kelvin(600)) / 1e3,
        "kJ/mol",
    ),
    (
        "Diffusion of a solute: D = 4.8e-14 m²/s at 773 K and 5.3e-13 m²/s at 873 K. Find the activation energy in eV.",
        K_B * math.log(5.3e-13 / 4.8e-14) / (1 / 773 - 1 / 873),
        "eV",
    ),
    (
        "A solute in a new alloy has D = 3e-15 m²/s at 700 °C. What is D at 800 °C?",
        None,
        "m**2/s",
    ),
    (
        "Carbon diffuses through a steel plate 5 mm thick in steady state with D = 3e-11 m²/s. The carbon concentrations on the two faces are 1.2 and 0.8 kg/m³. What is the diffusion flux in kg/(m²·s)?",
        3e-11 * 0.4 / 0.005,
        "kg/(m**2*s)",
    ),
    (
        "Steady-state diffusion of hydrogen through a palladium sheet 4 mm thick: D = 1.0e-8 m²/s, and the hydrogen concentrations on the faces are 2.0 and 0.4 kg/m³. What is the flux in kg per square metre per hour?",
        1.0e-8 * 1.6 / 0.004 * 3600,
        "kg/(m**2*hour)",
    ),
    (
        "In steady-state diffusion through a sheet with D = 2e-11 m²/s, the concentrations on the faces are 1.0 and 0.5 kg/m³. What is the flux?",
        None,
        "kg/(m**2*s)",
    ),
    (
        "A steel of 0.20 wt% C is carburized at a temperature where D = 1.6e-11 m²/s, with the surface held at 1.0 wt% C. What is the carbon content 0.5 mm below the surface after 10 h?",
        carb(0.20, 1.0, 0.5e-3, 1.6e-11, 10 * 3600),
        "percent",
    ),
    (
        "A steel with 0.10 wt% C is carburized with its surface at 1.10 wt% C and D = 2.0e-11 m²/s. How long does it take to reach 0.60 wt% C at a depth of 1.0 mm?",
        (1.0e-3 / (2 * 0.4769362762)) ** 2 / 2.0e-11 / 3600,
        "hour",
    ),
    (
        "A steel of 0.20 wt% C is carburized for 10 h at 900 °C with the surface held at 1.0 wt% C. What is the carbon content at a depth of 0.5 mm?",
        None,
        "percent",
    ),
    (
        "A dopant has D = 2.0e-16 m²/s in silicon. Taking the diffusion distance as √(Dt), how far does it move in 1 hour, in nm?",
        math.sqrt(2.0e-16 * 3600) * 1e9,
        "nm",
    ),
    (
        "A carburizing treatment takes 10 h at 900 °C. The activation energy for carbon diffusion is 148 kJ/mol. How long would the same case depth take at 950 °C?",
        10 * math.exp(-148e3 / R * (1 / kelvin(900) - 1 / kelvin(950))),
        "hour",
    ),
    (
        "A carburizing treatment takes 10 h at 900 °C. How long would the same case depth take at 950 °C?",
        None,
        "hour",
    ),
    # ---- tension: stress, strain, Hooke, Poisson
    (
        "A bar with gauge marks 40 mm apart is stretched until they are 46 mm apart. What engineering strain has it undergone?",
        6 / 40,
        "dimensionless",
    ),
    (
        "A specimen with a gauge length of 40 mm is stretched to 46 mm. What is the true strain?",
        math.log(46 / 40),
        "dimensionless",
    ),
    (
        "A specimen with an original gauge length of 2.00 in. breaks with the gauge marks 2.56 in. apart. What is its percent elongation?",
        28.0,
        "percent",
    ),
    (
        "A cylindrical steel bar 10 mm in diameter carries a tensile load of 10 kN. What is the engineering stress in MPa?",
        10e3 / (math.pi * 0.005**2) / 1e6,
        "MPa",
    ),
    (
        "A cylindrical steel bar of radius 10 mm carries a tensile load of 10 kN. What is the engineering stress in MPa?",
        10e3 / (math.pi * 0.010**2) / 1e6,
        "MPa",
    ),
    (
        "A bar with a 20 mm × 10 mm rectangular cross section is loaded in tension by 30 kN. What is the engineering stress in psi?",
        30e3 / (0.02 * 0.01) / 6894.757,
        "psi",
    ),
    (
        "A steel rod 12 mm in diameter and 300 mm long (E = 207 GPa) carries a tensile load of 20 kN, all elastic. By how much does it lengthen, in mm?",
        20e3 * 0.3 / (math.pi * 0.006**2 * 207e9) * 1e3,
        "mm",
    ),
    (
        "An aluminium rod 10 mm in diameter and 250 mm long (E = 69 GPa) is loaded elastically in tension to 8 kN. What is its elongation in micrometres?",
        8e3 * 0.25 / (math.pi * 0.005**2 * 69e9) * 1e6,
        "micrometer",
    ),
    (
        "A rod of a new alloy, 12 mm in diameter and 300 mm long, carries an elastic tensile load of 20 kN. How much does it lengthen?",
        None,
        "mm",
    ),
    (
        "A cylindrical brass rod 10 mm in diameter (E = 97 GPa, Poisson's ratio 0.34) carries an elastic tensile load of 15 kN. By how much does its diameter decrease, in micrometres?",
        0.34 * 10e-3 * (15e3 / (math.pi * 0.005**2)) / 97e9 * 1e6,
        "micrometer",
    ),
    (
        "A tensile stress along z gives an axial strain of 0.0020 in a metal with Poisson's ratio 0.30. What is the lateral strain?",
        -0.30 * 0.0020,
        "dimensionless",
    ),
    (
        "For a copper alloy E = 110 GPa and ν = 0.34. Assuming isotropy, what is the shear modulus?",
        110 / (2 * 1.34),
        "GPa",
    ),
    (
        "An isotropic metal has a shear modulus of 80 GPa and a Poisson's ratio of 0.30. What is its elastic modulus?",
        2 * 80 * 1.30,
        "GPa",
    ),
    (
        "For an isotropic metal E = 200 GPa. What is its shear modulus?",
        None,
        "GPa",
    ),
    (
        "What is the modulus of resilience of an aluminium alloy with a yield strength of 350 MPa and an elastic modulus of 70 GPa, in MJ/m³?",
        350e6**2 / (2 * 70e9) / 1e6,
        "MJ/m**3",
    ),
    (
        "A steel yields at 300 MPa; its elastic modulus is 200 GPa, and the strain at yield (entirely elastic) is 0.0050. What is its modulus of resilience?",
        None,
        "MJ/m**3",
    ),
    (
        "A steel has a Brinell hardness of 200 HB. Estimate its tensile strength in MPa.",
        3.45 * 200,
        "MPa",
    ),
    (
        "The true stress–true strain curve of an alloy passes through (0.05, 300 MPa) and (0.15, 380 MPa) in the plastic region. Assuming σ = Kεⁿ, what is the strain-hardening exponent n?",
        math.log(380 / 300) / math.log(3),
        "dimensionless",
    ),
    (
        "A metal follows σ_T = K ε_T^n with K = 600 MPa and n = 0.20. What true stress is needed for a true strain of 0.10?",
        600 * 0.10**0.20,
        "MPa",
    ),
    (
        "A metal follows σ_T = K ε_T^n with n = 0.20. What true stress is needed for a true strain of 0.10?",
        None,
        "MPa",
    ),
    # ---- fracture and fatigue
    (
        "A plate of a steel with a plane-strain fracture toughness of 30 MPa·m^(1/2) contains an internal through crack 4 mm long. Taking Y = 1, what stress will fracture it?",
        30 / math.sqrt(math.pi * 0.002),
        "MPa",
    ),
    (
        "A component with K_Ic = 30 MPa√m has a surface crack 2 mm deep; take Y = 1.1. What is the fracture stress?",
        30 / (1.1 * math.sqrt(math.pi * 0.002)),
        "MPa",
    ),
    (
        "An alloy with a fracture toughness of 40 MPa·m^0.5 carries a stress of 200 MPa. With Y = 1, what is the critical depth of a surface crack, in mm?",
        (40 / 200) ** 2 / math.pi * 1e3,
        "mm",
    ),
    (
        "An aluminium alloy plate carries a tensile stress of 150 MPa and contains a surface crack 3 mm deep. Taking Y = 1, what fracture toughness would be needed to avoid fracture?",
        150 * math.sqrt(math.pi * 0.003),
        "MPa*m**0.5",
    ),
    (
        "A ceramic plate carries a tensile stress of 80 MPa and contains a surface crack 50 µm deep. Will it fracture? Give the fracture stress.",
        None,
        "MPa",
    ),
    (
        "A steel obeys Basquin's relation σ_a = σ'_f (2N_f)^b with σ'_f = 1000 MPa and b = -0.10. How many cycles to failure at a fully reversed stress amplitude of 400 MPa?",
        0.5 * (400 / 1000) ** (1 / -0.10),
        "dimensionless",
    ),
    (
        "A shaft is cycled between a maximum stress of 300 MPa and a minimum stress of -100 MPa. What is the stress amplitude?",
        200.0,
        "MPa",
    ),
    (
        "A shaft is cycled between a maximum stress of 300 MPa and a minimum stress of -100 MPa. What is the mean stress?",
        100.0,
        "MPa",
    ),
    (
        "A shaft is cycled between a maximum stress of 300 MPa and a minimum stress of -100 MPa. What is the stress ratio R?",
        -100 / 300,
        "dimensionless",
    ),
    (
        "A shaft of a titanium alloy is cycled at a stress amplitude of 450 MPa. Estimate its fatigue life from the S–N behaviour of this alloy.",
        None,
        "dimensionless",
    ),
    (
        "For an alloy the Larson–Miller parameter is 24 × 10³ at the service stress, with LMP = T(20 + log t_r), T in K and t_r in hours. What is the rupture life at 800 °C, in hours?",
        10 ** (24e3 / kelvin(800) - 20),
        "hour",
    ),
    (
        "With LMP = T(20 + log t_r), T in kelvin and t_r in hours, what Larson–Miller parameter corresponds to a rupture life of 1000 h at 700 °C?",
        kelvin(700) * (20 + 3),
        "dimensionless",
    ),
    (
        "A Charpy hammer of mass 20 kg is released from a height of 1.2 m and swings up to 0.7 m after breaking the specimen. How much energy did the specimen absorb?",
        20 * G0 * 0.5,
        "J",
    ),
    # ---- phase diagrams
    (
        "A Cu–40 wt% Ni alloy at 1250 °C consists of liquid with 32 wt% Ni and α with 43 wt% Ni. What is the mass fraction of liquid?",
        (43 - 40) / (43 - 32),
        "dimensionless",
    ),
    (
        "A Cu–40 wt% Ni alloy at 1250 °C consists of liquid with 32 wt% Ni and α with 43 wt% Ni. What is the mass fraction of the α phase, in percent?",
        100 * (40 - 32) / (43 - 32),
        "percent",
    ),
    (
        "A Cu–40 wt% Ni alloy at 1250 °C consists of liquid with 32 wt% Ni and α with 43 wt% Ni. What is the ratio of the mass of liquid to the mass of α?",
        3 / 8,
        "dimensionless",
    ),
    (
        "A 3.0 kg Cu–40 wt% Ni casting at 1250 °C consists of liquid with 32 wt% Ni and α with 43 wt% Ni. How many kilograms of α does it contain?",
        3.0 * 8 / 11,
        "kg",
    ),
    (
        "A Cu–40 wt% Ni alloy is held at 1250 °C in the α + liquid region. What mass fraction of it is liquid?",
        None,
        "dimensionless",
    ),
    (
        "A 0.50 wt% C plain carbon steel is cooled slowly to just below the eutectoid temperature. What is the mass fraction of pearlite?",
        (0.50 - 0.022) / (0.76 - 0.022),
        "dimensionless",
    ),
    (
        "A 0.50 wt% C steel is slowly cooled to just below the eutectoid. What mass fraction of it is proeutectoid ferrite?",
        (0.76 - 0.50) / (0.76 - 0.022),
        "dimensionless",
    ),
    (
        "A 1.0 wt% C steel is slowly cooled to just below the eutectoid temperature. What is the mass fraction of proeutectoid cementite?",
        (1.0 - 0.76) / (6.70 - 0.76),
        "dimensionless",
    ),
    (
        "A 0.60 wt% C steel is slowly cooled to just below 727 °C. What is the total mass fraction of ferrite (proeutectoid and eutectoid)?",
        (6.70 - 0.60) / (6.70 - 0.022),
        "dimensionless",
    ),
    (
        "For a binary alloy at constant pressure, what is the maximum number of phases that can coexist in equilibrium?",
        3.0,
        "dimensionless",
    ),
    # ---- kinetics
    (
        "A recrystallization follows the Avrami equation y = 1 - exp(-k t^n) with n = 2 and k = 1.0e-4 (t in seconds). How long does it take to reach 50 % recrystallized?",
        (math.log(2) / 1.0e-4) ** 0.5,
        "s",
    ),
    (
        "With Avrami kinetics y = 1 - exp(-k t^n), n = 3 and k = 2.0e-6 (t in s), what fraction has transformed after 60 s?",
        1 - math.exp(-2.0e-6 * 60**3),
        "dimensionless",
    ),
    (
        "A transformation follows Avrami kinetics with k = 1.0e-4 (t in s). How long until it is 50 % complete?",
        None,
        "s",
    ),
    (
        "For homogeneous solidification of nickel, ΔH_f = -2.53e9 J/m³, γ = 0.255 J/m², T_m = 1455 °C. What is the critical nucleus radius for an undercooling of 200 K, in nm?",
        2 * 0.255 * kelvin(1455) / (2.53e9 * 200) * 1e9,
        "nm",
    ),
    (
        "A brass has a grain diameter of 10 µm after recrystallization and 30 µm after 1 h at 500 °C. Assuming d² - d0² = Kt, what will the grain diameter be after 3 h at 500 °C, in µm?",
        math.sqrt(100 + 800 * 3),
        "micrometer",
    ),
    (
        "Complete recrystallization takes 60 min at 400 °C and 15 min at 430 °C. Treating 1/t as thermally activated, what is the activation energy in kJ/mol?",
        R * math.log(4) / (1 / kelvin(400) - 1 / kelvin(430)) / 1e3,
        "kJ/mol",
    ),
    # ---- electrical
    (
        "A copper wire 1.0 mm in diameter and 100 m long has a resistivity of 1.72 × 10⁻⁸ Ω·m. What is its resistance?",
        1.72e-8 * 100 / (math.pi * 0.0005**2),
        "ohm",
    ),
    (
        "A copper wire of radius 1.0 mm and length 100 m has a resistivity of 1.72 × 10⁻⁸ Ω·m. What is its resistance?",
        1.72e-8 * 100 / (math.pi * 0.001**2),
        "ohm",
    ),
    (
        "A copper wire of 1.0 mm diameter has a resistivity of 1.72e-8 Ω·m. What is its resistance?",
        None,
        "ohm",
    ),
    (
        "An n-type semiconductor has 1.0 × 10²² electrons per cubic metre with a mobility of 0.14 m²/(V·s). What is its electrical conductivity?",
        1.0e22 * E_CH * 0.14,
        "S/m",
    ),
    (
        "An n-type semiconductor has 1.0 × 10²² electrons per cubic metre with a mobility of 0.14 m²/(V·s). What is its electrical resistivity in Ω·cm?",
        1 / (1.0e22 * E_CH * 0.14) * 100,
        "ohm*cm",
    ),
    (
        "An intrinsic semiconductor has an intrinsic carrier concentration of 1.0e16 m⁻³, and electron and hole mobilities of 0.14 and 0.05 m²/(V·s). What is its conductivity?",
        1.0e16 * E_CH * (0.14 + 0.05),
        "S/m",
    ),
    (
        "A germanium bar 2 mm long has 10 V applied across it. With an electron mobility of 0.38 m²/(V·s), what is the electron drift velocity?",
        0.38 * 10 / 0.002,
        "m/s",
    ),
    (
        "The resistivity of copper is 1.72 × 10⁻⁸ Ω·m at 20 °C and its temperature coefficient of resistivity is 0.0039 per °C. What is its resistivity at 150 °C?",
        1.72e-8 * (1 + 0.0039 * 130),
        "ohm*m",
    ),
    (
        "An n-type sample has a Hall coefficient of -3.0 × 10⁻⁴ m³/C. What is its electron concentration?",
        1 / (3.0e-4 * E_CH),
        "1/m**3",
    ),
    (
        "An n-type sample has a Hall coefficient of -3.0 × 10⁻⁴ m³/C and a conductivity of 200 S/m. What is the electron mobility in cm²/(V·s)?",
        3.0e-4 * 200 * 1e4,
        "cm**2/(V*s)",
    ),
    (
        "A parallel-plate capacitor has plates of area 1.0 cm² separated by 0.50 mm, filled with a dielectric of relative permittivity 6.0. What is its capacitance in pF?",
        EPS0 * 6.0 * 1e-4 / 0.5e-3 * 1e12,
        "pF",
    ),
    (
        "A parallel-plate capacitor with plates 1.0 cm² in area separated by 0.50 mm is filled with a dielectric. What is its capacitance?",
        None,
        "pF",
    ),
    # ---- magnetism
    (
        "A coil of 300 turns wound uniformly over 0.20 m carries 2.0 A. What magnetic field strength H does it produce?",
        300 * 2.0 / 0.20,
        "A/m",
    ),
    (
        "A coil of 300 turns wound uniformly over 0.20 m carries 2.0 A; its core has a relative permeability of 500. What is the flux density B inside the core?",
        MU0 * 500 * 300 * 2.0 / 0.20,
        "T",
    ),
    (
        "A coil of 300 turns wound uniformly over 0.20 m carries 2.0 A around a core of a new magnetic alloy. What is the flux density in the core?",
        None,
        "T",
    ),
    (
        "A paramagnetic salt obeys the Curie law and has a susceptibility of 3.0 × 10⁻⁴ at 300 K. What is its susceptibility at 77 K?",
        3.0e-4 * 300 / 77,
        "dimensionless",
    ),
    (
        "Cobalt (density 8.90 g/cm³, atomic weight 58.93 g/mol) has a net moment of 1.72 Bohr magnetons per atom. What is its saturation magnetization?",
        1.72 * MU_B * 8.90e6 * NA / 58.93,
        "A/m",
    ),
    (
        "A superconductor has T_C = 9.2 K and B_C(0) = 0.20 T, with B_C(T) = B_C(0)[1 - (T/T_C)²]. What is the critical field at 4.2 K?",
        0.20 * (1 - (4.2 / 9.2) ** 2),
        "T",
    ),
    # ---- optics
    (
        "Light strikes a glass surface with a refractive index of 1.50 at normal incidence from air. What fraction is reflected?",
        (0.5 / 2.5) ** 2,
        "dimensionless",
    ),
    (
        "What percentage of normally incident light is reflected at the surface of a material with a refractive index of 2.0, in air?",
        100 / 9,
        "percent",
    ),
    (
        "What is the longest wavelength of light that silicon (band gap 1.12 eV) can absorb by band-to-band transitions, in µm?",
        H * C / (1.12 * E_CH) * 1e6,
        "micrometer",
    ),
    (
        "A semiconductor has a band gap of 1.42 eV. What is its absorption cutoff wavelength in nm?",
        H * C / (1.42 * E_CH) * 1e9,
        "nm",
    ),
    (
        "A glass plate 2.0 mm thick transmits 80 % of the light entering it (reflection excluded). What is its absorption coefficient in cm⁻¹?",
        -math.log(0.80) / 0.20,
        "1/cm",
    ),
    (
        "An optical fibre has a core index of 1.52 and a cladding index of 1.50. What is the critical angle at the core-cladding interface?",
        math.degrees(math.asin(1.50 / 1.52)),
        "degree",
    ),
    (
        "A non-magnetic material has a relative dielectric constant of 4.0 at optical frequencies. What is the speed of light in it?",
        C / 2,
        "m/s",
    ),
    (
        "The light from a phosphor falls to 20 % of its initial intensity 5.0 ms after excitation stops. What is the relaxation time, in ms?",
        5.0 / math.log(5),
        "ms",
    ),
    (
        "What is the absorption cutoff wavelength of the semiconductor InGaAsP?",
        None,
        "nm",
    ),
    # ---- thermal
    (
        "A steel rail 10 m long has a linear thermal expansion coefficient of 12 × 10⁻⁶ per °C. How much does it lengthen when heated by 40 °C, in mm?",
        12e-6 * 10 * 40 * 1e3,
        "mm",
    ),
    (
        "A steel rail 10 m long (α = 12 × 10⁻⁶ K⁻¹) is heated from 10 °C to 50 °C. What is its new length in metres?",
        10 * (1 + 12e-6 * 40),
        "m",
    ),
    (
        "A steel bar 2.0 m long is heated by 50 °C. How much does it lengthen?",
        None,
        "mm",
    ),
    (
        "A steel bar fixed at both ends is stress-free at 20 °C and is then heated to 70 °C. With E = 200 GPa and α = 12 × 10⁻⁶ per °C, what thermal stress develops?",
        200e3 * 12e-6 * 50,
        "MPa",
    ),
    (
        "How much heat is needed to raise 2.0 kg of aluminium (specific heat 900 J/(kg·K)) from 20 °C to 120 °C, in kJ?",
        2.0 * 900 * 100 / 1e3,
        "kJ",
    ),
    (
        "How much heat is needed to raise 2.0 kg of an unknown alloy from 20 °C to 120 °C?",
        None,
        "kJ",
    ),
    (
        "A steel plate 20 mm thick (thermal conductivity 50 W/(m·K)) has its faces at 300 °C and 200 °C. What is the steady-state heat flux?",
        50 * 100 / 0.020,
        "W/m**2",
    ),
    (
        "Using the Dulong–Petit law, estimate the molar heat capacity of copper at high temperature.",
        3 * R,
        "J/(mol*K)",
    ),
    (
        "Using the Dulong–Petit law, estimate the specific heat of copper (63.55 g/mol) in J/(g·K).",
        3 * R / 63.55,
        "J/(g*K)",
    ),
    (
        "At 10 K the molar heat capacity of a solid is 0.50 J/(mol·K). Using the Debye T³ law, what is it at 15 K?",
        0.50 * 1.5**3,
        "J/(mol*K)",
    ),
    (
        "A cube of an alloy is heated by 40 °C and its volume increases by 0.30 %. What is the linear thermal expansion coefficient?",
        0.0030 / 3 / 40,
        "1/K",
    ),
    # ---- polymers
    (
        "A polyethylene (repeat unit C₂H₄, 28.05 g/mol) has a number-average molecular weight of 100,000 g/mol. What is its degree of polymerization?",
        100000 / 28.05,
        "dimensionless",
    ),
    (
        "A polystyrene resin has a number-average molecular weight of 200,000 g/mol. What is its degree of polymerization?",
        200000 / 104.15,
        "dimensionless",
    ),
    (
        "A polymer has a number-average molecular weight of 200,000 g/mol. What is its degree of polymerization?",
        None,
        "dimensionless",
    ),
    (
        "A polypropylene has a degree of polymerization of 5000. What is its number-average molecular weight?",
        5000 * 42.08,
        "g/mol",
    ),
    (
        "A polyethylene sample has a density of 0.950 g/cm³; the fully crystalline and fully amorphous densities are 1.000 and 0.870 g/cm³. What is its percent crystallinity?",
        100 * 1.000 * (0.950 - 0.870) / (0.950 * (1.000 - 0.870)),
        "percent",
    ),
    (
        "A polyethylene has a number-average molecular weight of 50,000 g/mol. What is its weight-average molecular weight?",
        None,
        "g/mol",
    ),
    (
        "A polymer chain is stretched from 80 mm to 200 mm. What engineering strain does it experience?",
        120 / 80,
        "dimensionless",
    ),
    # ---- ceramics and composites
    (
        "An aligned continuous-fibre composite has 50 vol% carbon fibres (E = 230 GPa) in epoxy (E = 3.0 GPa). What is its longitudinal elastic modulus?",
        0.5 * 230 + 0.5 * 3.0,
        "GPa",
    ),
    (
        "An aligned continuous-fibre composite has 50 vol% carbon fibres (E = 230 GPa) in epoxy (E = 3.0 GPa). What is its transverse elastic modulus?",
        1 / (0.5 / 230 + 0.5 / 3.0),
        "GPa",
    ),
    (
        "An aligned-fibre composite has carbon fibres (E = 230 GPa) in epoxy (E = 3.0 GPa). What is its longitudinal modulus?",
        None,
        "GPa",
    ),
    (
        "Compute the theoretical density of sodium chloride (rock-salt structure) from the ionic radii Na⁺ 0.102 nm and Cl⁻ 0.181 nm.",
        4 * (22.99 + 35.45) / ((2 * (0.102 + 0.181) * 1e-7) ** 3 * NA),
        "g/cm**3",
    ),
    (
        "A ceramic rod 4.0 mm in diameter breaks under a load of 300 N in three-point bending with a support span of 40 mm. What is its flexural strength?",
        300 * 0.040 / (math.pi * 0.002**3) / 1e6,
        "MPa",
    ),
    (
        "A rectangular ceramic bar, 10 mm wide and 5 mm thick, breaks at 500 N in three-point bending over a 50 mm span. What is its flexural strength?",
        3 * 500 * 0.050 / (2 * 0.010 * 0.005**2) / 1e6,
        "MPa",
    ),
    (
        "Using the electronegativities Na 0.9 and Cl 3.0, what is the percent ionic character of the Na–Cl bond?",
        100 * (1 - math.exp(-0.25 * 2.1**2)),
        "percent",
    ),
    (
        "A sintered alumina has 10 % porosity; fully dense alumina has E = 380 GPa. Using E = E0(1 - 1.9P + 0.9P²), what is its elastic modulus?",
        380 * (1 - 1.9 * 0.1 + 0.9 * 0.01),
        "GPa",
    ),
    (
        "A sintered alumina has 10 % porosity. What is its elastic modulus?",
        None,
        "GPa",
    ),
    # ---- corrosion and electrochemistry
    (
        "A current of 2.0 A is passed for 1.0 h through a copper sulfate bath, depositing Cu from Cu²⁺. What mass of copper is plated?",
        2.0 * 3600 * 63.546 / (2 * F),
        "g",
    ),
    (
        "How long, in minutes, does it take to deposit 1.0 g of silver from Ag⁺ with a current of 0.50 A?",
        1.0 * 1 * F / (107.87 * 0.50) / 60,
        "minute",
    ),
    (
        "How long does it take to electroplate 1.0 g of metal with a current of 0.50 A?",
        None,
        "minute",
    ),
    (
        "Iron corrodes uniformly to Fe²⁺ at a current density of 1.0 × 10⁻⁵ A/cm². With a density of 7.87 g/cm³, what is the corrosion penetration rate in mm per year?",
        1.0e-5 * 55.845 / (2 * F * 7.87) * YEAR * 10,
        "mm/year",
    ),
    (
        "A steel sheet of 100 cm² total area loses 5.0 g to uniform corrosion in one year. With a density of 7.9 g/cm³, what is the corrosion penetration rate in mm/year?",
        5.0 / (7.9 * 100) * 10,
        "mm/year",
    ),
    (
        "A zinc electrode in 0.10 M Zn²⁺ and a copper electrode in 0.50 M Cu²⁺ form a cell. Using standard potentials, what is the cell voltage?",
        0.340 + 0.763 - R * 298.15 / (2 * F) * math.log(0.10 / 0.50),
        "V",
    ),
    (
        "What is the standard cell potential of a cell made of a zinc electrode in 1 M Zn²⁺ and a nickel electrode in 1 M Ni²⁺?",
        -0.250 + 0.763,
        "V",
    ),
    (
        "A zinc plate and a copper plate are connected and immersed in sea water. What galvanic current flows?",
        None,
        "A",
    ),
    (
        "Nickel (58.69 g/mol, 8.90 g/cm³) oxidizes to NiO (74.69 g/mol, 6.67 g/cm³). What is the Pilling–Bedworth ratio?",
        74.69 * 8.90 / (58.69 * 6.67),
        "dimensionless",
    ),
    (
        "A 5.0 kg magnesium sacrificial anode delivers an average current of 0.20 A, and all of it is consumed as Mg²⁺. How long does it last, in years?",
        5000 * 2 * F / (24.305 * 0.20) / YEAR,
        "year",
    ),
    # ---- second pass: units moved, asks moved, givens that do not fit
    (
        "The energy to form one vacancy in a metal is 1.5e-19 J. What fraction of the lattice sites are vacant at 1000 K?",
        math.exp(-1.5e-19 / (1.380649e-23 * 1000)),
        "dimensionless",
    ),
    (
        "A metal has a vacancy formation energy of 0.90 eV. What fraction of its lattice sites are vacant at 1500 °F?",
        math.exp(-0.90 / (K_B * ((1500 - 32) / 1.8 + 273.15))),
        "dimensionless",
    ),
    (
        "What percentage of the lattice sites of a metal are vacant at 1200 K if the vacancy formation energy is 1.0 eV?",
        100 * math.exp(-1.0 / (K_B * 1200)),
        "percent",
    ),
    (
        "For a solute in iron, D0 = 0.20 cm²/s and the activation energy is 1.4 eV per atom. What is D at 1000 K in cm²/s?",
        0.20 * math.exp(-1.4 / (K_B * 1000)),
        "cm**2/s",
    ),
    (
        "The activation energy for carbon diffusion in a steel is 148 kJ/mol. How many times faster does carbon diffuse at 1000 °C than at 800 °C?",
        math.exp(148e3 / R * (1 / kelvin(800) - 1 / kelvin(1000))),
        "dimensionless",
    ),
    (
        "In steady-state diffusion through a 2.0 mm plate, the flux is 2.0e-9 kg/(m²·s) and the concentrations on the two faces differ by 0.50 kg/m³. What is the diffusion coefficient?",
        2.0e-9 * 0.002 / 0.50,
        "m**2/s",
    ),
    (
        "A tensile load of 5000 lbf is applied to a rod 0.50 in. in diameter. What is the engineering stress in psi?",
        5000 / (math.pi * 0.25**2),
        "psi",
    ),
    (
        "A steel rod must carry 50 kN without its stress exceeding 200 MPa. What is the minimum rod diameter, in mm?",
        math.sqrt(4 * 50e3 / 200e6 / math.pi) * 1e3,
        "mm",
    ),
    (
        "A steel rod must carry 50 kN without its stress exceeding 200 MPa. What is the minimum rod radius, in mm?",
        math.sqrt(50e3 / 200e6 / math.pi) * 1e3,
        "mm",
    ),
    (
        "What maximum load can a steel rod 10 mm in diameter carry without yielding?",
        None,
        "N",
    ),
    (
        "An aluminium alloy with E = 70 GPa is stressed elastically to 150 MPa. What strain results?",
        150 / 70e3,
        "dimensionless",
    ),
    (
        "In a tensile test the axial strain is 0.0020 and the lateral strain is -0.00066. What is Poisson's ratio?",
        0.33,
        "dimensionless",
    ),
    (
        "A steel has a Brinell hardness of 250. Estimate its tensile strength in psi.",
        500 * 250,
        "psi",
    ),
    (
        "What is the modulus of resilience of a steel with a yield strength of 50 ksi and E = 30 × 10⁶ psi, in psi?",
        50e3**2 / (2 * 30e6),
        "psi",
    ),
    (
        "An alloy with K_Ic = 40 MPa√m carries 200 MPa. Taking Y = 1, what is the critical total length of an internal crack, in mm?",
        2 * (40 / 200) ** 2 / math.pi * 1e3,
        "mm",
    ),
    (
        "A steel follows Basquin's relation with σ'_f = 1000 MPa. How many cycles to failure at a stress amplitude of 400 MPa?",
        None,
        "dimensionless",
    ),
    (
        "A Cu–50 wt% Ni alloy at 1250 °C consists of liquid with 32 wt% Ni and α with 43 wt% Ni. What is the mass fraction of liquid?",
        None,
        "dimensionless",
    ),
    (
        "A 0.25 wt% C plain carbon steel is slowly cooled to just below the eutectoid temperature. What mass fraction of it is pearlite?",
        (0.25 - 0.022) / (0.76 - 0.022),
        "dimensionless",
    ),
    (
        "A 0.25 wt% C plain carbon steel is slowly cooled to just below the eutectoid temperature. What percentage of it is pearlite?",
        100 * (0.25 - 0.022) / (0.76 - 0.022),
        "percent",
    ),
    (
        "With Avrami kinetics y = 1 - exp(-k t^n), n = 2.5 and k = 5.0e-5 (t in s), how long until 90 % has transformed?",
        (math.log(10) / 5.0e-5) ** (1 / 2.5),
        "s",
    ),
    (
        "With Avrami kinetics y = 1 - exp(-k t^n), n = 2 and k = 1.0e-4 (t in s), how long until 30 % has transformed?",
        (-math.log(0.7) / 1.0e-4) ** 0.5,
        "s",
    ),
    (
        "A 14-gauge copper wire 0.064 in. in diameter is 100 ft long. With a resistivity of 1.72e-8 Ω·m, what is its resistance?",
        1.72e-8 * 100 * 0.3048 / (math.pi * (0.032 * 0.0254) ** 2),
        "ohm",
    ),
    (
        "A metal has an electrical resistivity of 2.0 × 10⁻⁸ Ω·m. What is its electrical conductivity?",
        5.0e7,
        "S/m",
    ),
    (
        "A metal with a conductivity of 6.0 × 10⁷ S/m is in an electric field of 0.050 V/m. What is the current density?",
        6.0e7 * 0.050,
        "A/m**2",
    ),
    (
        "A long coil produces a magnetic field strength of 3000 A/m in vacuum. What is the flux density?",
        MU0 * 3000,
        "T",
    ),
    (
        "A material with a relative permeability of 500 is placed in a field H = 3000 A/m. What is its magnetization?",
        (500 - 1) * 3000,
        "A/m",
    ),
    (
        "A paramagnetic salt obeys the Curie law and has a susceptibility of 3.0 × 10⁻⁴ at 27 °C. What is its susceptibility at -196 °C?",
        3.0e-4 * kelvin(27) / kelvin(-196),
        "dimensionless",
    ),
    (
        "Light passes at normal incidence from water (n = 1.33) into glass (n = 1.50). What fraction is reflected at the interface?",
        ((1.50 - 1.33) / (1.50 + 1.33)) ** 2,
        "dimensionless",
    ),
    (
        "What is the energy of a photon of wavelength 500 nm, in eV?",
        H * C / 500e-9 / E_CH,
        "eV",
    ),
    (
        "What is the energy of one mole of photons of wavelength 500 nm, in kJ/mol?",
        H * C / 500e-9 * NA / 1e3,
        "kJ/mol",
    ),
    (
        "A semiconductor has a band gap of 1.8e-19 J. What is the longest wavelength it absorbs, in nm?",
        H * C / 1.8e-19 * 1e9,
        "nm",
    ),
    (
        "A 20 ft steel beam has α = 6.5 × 10⁻⁶ per °F. How much does it lengthen, in mm, when heated by 100 °F?",
        6.5e-6 * 20 * 0.3048 * 100 * 1e3,
        "mm",
    ),
    (
        "A 10 m steel rail with α = 12 × 10⁻⁶ per °C lengthens by 5.0 mm. By how many degrees Celsius was it heated?",
        5.0e-3 / (12e-6 * 10),
        "delta_degC",
    ),
    (
        "How much heat is needed to raise 500 g of copper (molar heat capacity 24.4 J/(mol·K), 63.55 g/mol) by 100 K?",
        500 / 63.55 * 24.4 * 100,
        "J",
    ),
    (
        "Using the Dulong–Petit law, estimate the specific heat of aluminium (26.98 g/mol) in J/(kg·K).",
        3 * R / 0.02698,
        "J/(kg*K)",
    ),
    (
        "A PMMA resin (repeat unit C5H8O2) has a number-average molecular weight of 150,000 g/mol. What is its degree of polymerization?",
        150000 / 100.12,
        "dimensionless",
    ),
    (
        "An aligned continuous-fibre composite contains 50 wt% carbon fibres (E = 230 GPa) in epoxy (E = 3.0 GPa). What is its longitudinal modulus?",
        None,
        "GPa",
    ),
    (
        "An aligned glass-fibre composite has a fibre volume fraction of 0.40 (E_f = 72.5 GPa) in polyester (E_m = 2.4 GPa). What is its longitudinal elastic modulus?",
        0.40 * 72.5 + 0.60 * 2.4,
        "GPa",
    ),
    (
        "A ceramic rod of radius 2.0 mm breaks at 300 N in three-point bending with a 40 mm support span. What is its flexural strength?",
        300 * 0.040 / (math.pi * 0.002**3) / 1e6,
        "MPa",
    ),
    (
        "Using the electronegativities Ca 1.0 and F 4.0, what is the percent ionic character of the Ca–F bond?",
        100 * (1 - math.exp(-0.25 * 3.0**2)),
        "percent",
    ),
    (
        "A current of 3.0 A deposits nickel from Ni²⁺ for 45 minutes. What mass of nickel is plated?",
        3.0 * 45 * 60 * 58.69 / (2 * F),
        "g",
    ),
    (
        "A current of 3.0 A deposits a metal for 45 minutes onto a 100 cm² part. How thick is the deposit?",
        None,
        "micrometer",
    ),
    (
        "A plate of an unnamed alloy, 100 cm² in total area, loses 5.0 g to uniform corrosion in a year. What is its corrosion penetration rate in mm/year?",
        None,
        "mm/year",
    ),
    (
        "A copper atom in FCC copper has an atomic diameter of 0.256 nm. What is the lattice parameter?",
        2 * math.sqrt(2) * 0.128,
        "nm",
    ),
    (
        "Copper is FCC with an atomic radius of 0.1278 nm and an atomic weight of 63.55 g/mol. Compute its density.",
        4 * 63.55 / ((2 * math.sqrt(2) * 0.1278e-7) ** 3 * NA),
        "g/cm**3",
    ),
    (
        "For a BCC metal with a = 0.3165 nm and X-rays of wavelength 0.1542 nm, at what angle 2θ does the second-order reflection from the (110) planes occur?",
        2 * math.degrees(math.asin(0.1542 / (0.3165 / math.sqrt(2)))),
        "degree",
    ),
    (
        "A photomicrograph taken at fifty times magnification shows 25 grains per square inch. What is the ASTM grain size number?",
        1 + math.log2(25 * 0.25),
        "dimensionless",
    ),
    (
        "A polished steel section shows 50 grains per square inch on its photomicrograph. What is the ASTM grain size number?",
        None,
        "dimensionless",
    ),
    # ---- third pass: a related ask, a distractor, a missing link
    (
        "A copper wire 1.0 mm in diameter and 100 m long (resistivity 1.72 × 10⁻⁸ Ω·m) carries 2.0 A. What is the voltage drop along it?",
        2.0 * 1.72e-8 * 100 / (math.pi * 0.0005**2),
        "V",
    ),
    (
        "A tensile specimen of original diameter 12.8 mm necks down to 10.7 mm at fracture. What is the percent reduction in area?",
        100 * (1 - (10.7 / 12.8) ** 2),
        "percent",
    ),
    (
        "An engineering stress of 400 MPa gives an engineering strain of 0.10 before necking. What is the true stress, for constant volume?",
        400 * 1.10,
        "MPa",
    ),
    (
        "The vacancy formation energy of a metal is 1.0 eV. By what factor is the equilibrium vacancy concentration at 1000 K larger than at 800 K?",
        math.exp(1.0 / K_B * (1 / 800 - 1 / 1000)),
        "dimensionless",
    ),
    (
        "What is the atomic packing factor of the BCC structure?",
        math.sqrt(3) * math.pi / 8,
        "dimensionless",
    ),
    (
        "Carburizing a steel for 10 h at a fixed temperature gives the required carbon content at a depth of 0.5 mm. How long is needed to reach the same content at 1.0 mm, at the same temperature?",
        40.0,
        "hour",
    ),
    (
        "Carbon diffuses through a steel plate 5 mm thick in steady state with D = 3e-11 m²/s; the carbon contents on the two faces are 1.2 and 0.8 wt%. What is the diffusion flux in kg/(m²·s)?",
        None,
        "kg/(m**2*s)",
    ),
    (
        "A mass of 500 kg hangs from a steel wire 2.0 mm in diameter. What is the tensile stress in the wire?",
        500 * G0 / (math.pi * 0.001**2) / 1e6,
        "MPa",
    ),
    (
        "A steel bar 2.0 m long is stretched elastically to a strain of 0.20 %. By how much does it lengthen, in mm?",
        2.0 * 0.0020 * 1e3,
        "mm",
    ),
    (
        "A metal with a conductivity of 6.0 × 10⁷ S/m has an electron mobility of 0.0032 m²/(V·s). How many free electrons per cubic metre does it have?",
        6.0e7 / (E_CH * 0.0032),
        "1/m**3",
    ),
    (
        "A p-type semiconductor has 1.0 × 10²³ holes per m³ with a hole mobility of 0.05 m²/(V·s). What is its conductivity?",
        1.0e23 * E_CH * 0.05,
        "S/m",
    ),
    (
        "The resistivity of copper is 1.72e-8 Ω·m at 20 °C and its temperature coefficient of resistivity is 0.0039 per °C. What is its resistivity at -50 °C?",
        1.72e-8 * (1 + 0.0039 * (-70)),
        "ohm*m",
    ),
    (
        "Iron has a saturation magnetization of 1.71 × 10⁶ A/m. What is its saturation flux density?",
        MU0 * 1.71e6,
        "T",
    ),
    (
        "Nickel (8.90 g/cm³, 58.69 g/mol) has a saturation magnetization of 5.1 × 10⁵ A/m. How many Bohr magnetons per atom is that?",
        5.1e5 / (8.90e6 * NA / 58.69 * MU_B),
        "dimensionless",
    ),
    (
        "A steel plate 20 mm thick and 0.50 m² in area (k = 50 W/(m·K)) has its faces held 100 °C apart. How much heat flows through it in one hour, in MJ?",
        50 * 100 / 0.020 * 0.50 * 3600 / 1e6,
        "MJ",
    ),
    (
        "An aluminium alloy has a linear expansion coefficient of 23 × 10⁻⁶ K⁻¹. By what percentage does its volume increase when heated by 100 K?",
        3 * 23e-6 * 100 * 100,
        "percent",
    ),
    (
        "A polymer sample is a mixture of equal masses of chains of 10,000 g/mol and 30,000 g/mol. What is its number-average molecular weight?",
        1 / (0.5 / 10000 + 0.5 / 30000),
        "g/mol",
    ),
    (
        "A polymer sample is a mixture of equal masses of chains of 10,000 g/mol and 30,000 g/mol. What is its weight-average molecular weight?",
        20000.0,
        "g/mol",
    ),
    (
        "In an aligned composite loaded along the fibres, 50 vol% fibres have E = 230 GPa and the matrix 3.0 GPa. What is the ratio of the load carried by the fibres to that carried by the matrix?",
        230 * 0.5 / (3.0 * 0.5),
        "dimensionless",
    ),
    (
        "A sintered alumina part has a bulk density of 3.55 g/cm³; fully dense alumina is 3.98 g/cm³. What is its porosity, as a volume fraction?",
        1 - 3.55 / 3.98,
        "dimensionless",
    ),
    (
        "A steel structure corrodes with an average corrosion current of 0.50 A, iron going to Fe²⁺. What mass of iron is lost in one year, in kg?",
        0.50 * YEAR * 55.845 / (2 * F) / 1e3,
        "kg",
    ),
    (
        "A cell has a zinc electrode in 0.10 M Zn²⁺ and a copper electrode. What is the cell voltage?",
        None,
        "V",
    ),
    (
        "A 40 wt% Sn–60 wt% Pb alloy at 150 °C consists of α with 10 wt% Sn and β with 98 wt% Sn. What is the mass fraction of α?",
        (98 - 40) / (98 - 10),
        "dimensionless",
    ),
    (
        "A part is cycled with a maximum stress of 200 MPa and a stress ratio R = 0.10. What is the stress amplitude?",
        (200 - 20) / 2,
        "MPa",
    ),
    (
        "An alloy creeps at a steady rate of 1.0e-6 per hour. What creep strain accumulates in 5000 h?",
        5000 * 1.0e-6,
        "dimensionless",
    ),
    (
        "An alloy creeps at a steady rate of 1.0e-6 per hour. By how much does a 200 mm long bar of it lengthen in 5000 h, in mm?",
        200 * 5000 * 1.0e-6,
        "mm",
    ),
    (
        "A steel obeys the Hall–Petch relation with σ0 = 70 MPa and k_y = 0.74 MPa·m^(1/2). What is its yield strength at a grain diameter of 50 µm?",
        70 + 0.74 / math.sqrt(50e-6),
        "MPa",
    ),
    (
        "A steel obeys the Hall–Petch relation with k_y = 0.74 MPa·m^(1/2). What is its yield strength at a grain diameter of 50 µm?",
        None,
        "MPa",
    ),
    (
        "A single crystal is pulled with a tensile stress of 50 MPa. The slip plane normal is at 45° and the slip direction at 60° to the tensile axis. What is the resolved shear stress?",
        50 * math.cos(math.radians(45)) * math.cos(math.radians(60)),
        "MPa",
    ),
    (
        "A single crystal is pulled with a tensile stress of 50 MPa; the slip plane normal is at 45° to the tensile axis. What is the resolved shear stress on the slip system?",
        None,
        "MPa",
    ),
    (
        "A cold-worked metal contains 5.0 × 10⁴ mm of dislocation line in each cubic millimetre. What is its dislocation density in m⁻²?",
        5.0e4 / 1e-6,
        "1/m**2",
    ),
    (
        "Light in air strikes glass (n = 1.50) at 30° to the normal. What is the angle of refraction?",
        math.degrees(math.asin(0.5 / 1.50)),
        "degree",
    ),
    (
        "What is the speed of light in a glass whose refractive index is 1.50, in m/s?",
        C / 1.50,
        "m/s",
    ),
    (
        "Planes with a spacing of 0.200 nm give a first-order reflection at 2θ = 45.2°. What is the X-ray wavelength?",
        2 * 0.200 * math.sin(math.radians(22.6)),
        "nm",
    ),
    (
        "An intrinsic semiconductor has a conductivity of 2.0 S/m at 300 K. What is its conductivity at 400 K?",
        None,
        "S/m",
    ),
    (
        "A plain carbon steel is slowly cooled to just below the eutectoid temperature. What mass fraction of it is pearlite?",
        None,
        "dimensionless",
    ),
    (
        "A Pb–Sn alloy at 150 °C consists of α with 10 wt% Sn and β with 98 wt% Sn. What is the mass fraction of α?",
        None,
        "dimensionless",
    ),
    (
        "A steel bar fixed rigidly at both ends is stress-free at 68 °F and is heated to 168 °F. With E = 30 × 10⁶ psi and α = 6.5 × 10⁻⁶ per °F, what is the magnitude of the thermal stress in psi?",
        30e6 * 6.5e-6 * 100,
        "psi",
    ),
    (
        "A component of a steel with K_Ic = 50 ksi·in.^(1/2) has a surface crack 0.10 in. deep; take Y = 1.0. What stress will fracture it, in ksi?",
        50 / math.sqrt(math.pi * 0.10),
        "ksi",
    ),
    (
        "Find the planar density of the (111) plane of FCC aluminium (a = 0.405 nm), in atoms per nm².",
        4 / (math.sqrt(3) * 0.405**2),
        "1/nm**2",
    ),
    (
        "A dopant diffuses with D = 2.0e-16 m²/s. Taking the diffusion distance as √(Dt), how long does it take to move 1.0 µm, in hours?",
        (1.0e-6) ** 2 / 2.0e-16 / 3600,
        "hour",
    ),
    # ---- fourth pass: the component and the unit system read
    (
        "A 40 wt% Sn–60 wt% Pb solder: what is its tin content in atom percent?",
        100 * (40 / 118.71) / (40 / 118.71 + 60 / 207.2),
        "percent",
    ),
    (
        "A Cu–40 wt% Ni alloy at 1250 °C consists of liquid with 32 at% Ni and α with 43 at% Ni. What is the mass fraction of liquid?",
        None,
        "dimensionless",
    ),
    (
        "A metal has a vacancy formation energy of 20 kcal/mol. What fraction of its lattice sites are vacant at 1000 K?",
        math.exp(-20 * 4184 / (R * 1000)),
        "dimensionless",
    ),
    (
        "For a solute in a metal, D0 = 1.0e-4 m²/s and Q = 40 kcal/mol. What is D at 1200 K?",
        1.0e-4 * math.exp(-40 * 4184 / (R * 1200)),
        "m**2/s",
    ),
    (
        "A load of 10 kN acts on a bar with a cross-sectional area of 0.20 in². What is the engineering stress in MPa?",
        10e3 / (0.20 * 0.0254**2) / 1e6,
        "MPa",
    ),
    (
        "A Charpy hammer of mass 20 kg falls from 1.2 m and rises to 0.7 m after breaking the bar. What energy did the bar absorb, in ft·lbf?",
        20 * G0 * 0.5 / 1.3558179483,
        "ft*lbf",
    ),
    (
        "What is the frequency of light of wavelength 500 nm?",
        C / 500e-9,
        "Hz",
    ),
    (
        "A semiconductor absorbs light only at wavelengths shorter than 1.10 µm. What is its band gap in eV?",
        H * C / 1.10e-6 / E_CH,
        "eV",
    ),
    (
        "A wire 10 m long and 0.50 mm in diameter has a resistance of 0.50 Ω. What is the resistivity of its metal?",
        0.50 * math.pi * 0.00025**2 / 10,
        "ohm*m",
    ),
    (
        "A plate 20 mm thick carries a steady heat flux of 2.5 × 10⁵ W/m² with its faces 100 °C apart. What is its thermal conductivity?",
        2.5e5 * 0.020 / 100,
        "W/(m*K)",
    ),
    (
        "A 0.45 wt% C steel is slowly cooled to just below the eutectoid temperature. What is the mass fraction of eutectoid ferrite?",
        (0.45 - 0.022) / (0.76 - 0.022) * (6.70 - 0.76) / (6.70 - 0.022),
        "dimensionless",
    ),
    (
        "A Cu–40 wt% Ni alloy at 1250 °C consists of liquid with 68 wt% Cu and α with 57 wt% Cu. What is the mass fraction of liquid?",
        (43 - 40) / (43 - 32),
        "dimensionless",
    ),
]
