"""Build tests/data/answer_questions.json: exam-style numeric questions with their answers.

The expected values are computed here with plain ``math``, ``scipy.constants``
(CODATA 2018) and pymatgen atomic masses, written out formula by formula, so
they do not depend on the answer engine (which uses sympy + pint). Questions
whose "answer" is None must be refused (no numbers, ambiguous, absurd, missing
data, several parts).

Run: ``python tests/data/build_answer_questions.py`` (rewrites the JSON).
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from pymatgen.core import Composition
from scipy import constants as C
from scipy.special import erf, erfinv

h, c, e, kB, NA, R, F = C.h, C.c, C.e, C.k, C.N_A, C.R, C.physical_constants["Faraday constant"][0]
HC_EV_NM = h * c / e * 1e9  # 1239.84 eV·nm
kB_EV = kB / e


def M(formula: str) -> float:
    return float(Composition(formula).weight)


def K(celsius: float) -> float:
    return celsius + 273.15


Q: list[dict] = []


def q(
    group: str,
    question: str,
    value: float | None,
    unit: str | None = None,
    *,
    rtol: float = 0.01,
    relation: str | None = None,
    why: str = "",
) -> None:
    Q.append(
        {
            "id": f"{group}-{sum(1 for x in Q if x['group'] == group) + 1:02d}",
            "group": group,
            "question": question,
            "answer": None if value is None else {"value": value, "unit": unit},
            "rtol": rtol,
            "relation": relation,
            "why": why,
        }
    )


# ---------------------------------------------------------------- photons
q(
    "photons",
    "What is the wavelength (in nm) of a photon with an energy of 2.5 eV?",
    HC_EV_NM / 2.5,
    "nm",
)
q(
    "photons",
    "A semiconductor has a band gap of 1.12 eV. What is the maximum wavelength of light (in μm) it can "
    "absorb?",
    HC_EV_NM / 1.12 / 1000,
    "μm",
)
q(
    "photons",
    "Calculate the energy, in eV, of a photon whose wavelength is 632.8 nm.",
    HC_EV_NM / 632.8,
    "eV",
)
q(
    "photons",
    "GaAs has a band gap of $E_g = 1.43$ eV. Find the cutoff wavelength in nm.",
    HC_EV_NM / 1.43,
    "nm",
)
q(
    "photons",
    "The energy of a photon is $3.0 \\times 10^{-19}$ J. Determine its wavelength in nm.",
    h * c / 3.0e-19 * 1e9,
    "nm",
)
q(
    "photons",
    "Light of wavelength 450 nm falls on a material. What is the photon energy in J?",
    h * c / 450e-9,
    "J",
)
q("photons", "What is the frequency (in Hz) of a photon with energy 2.0 eV?", 2.0 * e / h, "Hz")
q(
    "photons",
    "Find the wavelength in Å of X-rays with a photon energy of 8.04 keV.",
    HC_EV_NM / 8040 * 10,
    "Å",
)
q(
    "photons",
    "A red laser emits light with a frequency of 4.74 × 10^14 Hz. What is its wavelength in nm?",
    c / 4.74e14 * 1e9,
    "nm",
)
q(
    "photons",
    "Silicon has a band gap of 1.1 eV at room temperature. What is the longest wavelength, in "
    "micrometers, that can generate electron-hole pairs?",
    HC_EV_NM / 1.1 / 1000,
    "μm",
)
q(
    "photons",
    "An LED made of a semiconductor with Eg = 2.0 eV emits light. Estimate the emitted wavelength "
    "(in nm).",
    HC_EV_NM / 2.0,
    "nm",
)

# ---------------------------------------------------------------- crystallography
q(
    "crystallography",
    "Calculate the interplanar spacing d_220 (in nm) for FCC copper with lattice parameter "
    "a = 0.3615 nm.",
    0.3615 / math.sqrt(8),
    "nm",
)
q(
    "crystallography",
    "For BCC iron (a = 0.2866 nm), compute the spacing of the (110) planes in Å.",
    0.2866 / math.sqrt(2) * 10,
    "Å",
)
_d111 = 0.3615 / math.sqrt(3)
q(
    "crystallography",
    "X-rays of wavelength 0.1542 nm are diffracted by the (111) planes of FCC copper "
    "(a = 0.3615 nm). Find the Bragg angle θ in degrees for first-order reflection.",
    math.degrees(math.asin(0.1542 / (2 * _d111))),
    "degree",
)
q(
    "crystallography",
    "Using Cu Kα radiation (λ = 1.5406 Å), at what diffraction angle 2θ (in degrees) will the "
    "(200) reflection of aluminum (FCC, a = 4.049 Å) appear?",
    2 * math.degrees(math.asin(1.5406 / (2 * 4.049 / 2))),
    "degree",
)
_d211 = 0.1542 / (2 * math.sin(math.radians(82.4 / 2)))
q(
    "crystallography",
    "The (211) reflection of a BCC metal appears at 2θ = 82.4° when Cu Kα X-rays "
    "(λ = 0.1542 nm) are used. Calculate the lattice parameter in nm.",
    _d211 * math.sqrt(6),
    "nm",
)
q(
    "crystallography",
    "For a tetragonal crystal with a = 0.40 nm and c = 0.60 nm, find the interplanar spacing of "
    "the (101) planes in nm.",
    1 / math.sqrt(1 / 0.40**2 + 1 / 0.60**2),
    "nm",
)
q(
    "crystallography",
    "Titanium is hexagonal (HCP) with a = 0.2951 nm and c = 0.4679 nm. Calculate d for the "
    "(0002) planes (in nm).",
    0.4679 / 2,
    "nm",
)
q(
    "crystallography",
    "Magnesium (HCP) has a = 0.3209 nm and c = 0.5211 nm. What is the interplanar spacing for "
    "the (10-10) planes in nm?",
    0.3209 * math.sqrt(3) / 2,
    "nm",
)
q(
    "crystallography",
    "Calculate the atomic radius (in nm) of an FCC metal with lattice parameter 0.4078 nm.",
    0.4078 / (2 * math.sqrt(2)),
    "nm",
)
q(
    "crystallography",
    "A BCC metal has an atomic radius of 0.1241 nm. What is its lattice parameter in nm?",
    4 * 0.1241 / math.sqrt(3),
    "nm",
)
_a = 2 * math.sqrt(2) * 0.128e-7
q(
    "crystallography",
    "Calculate the theoretical density of copper in g/cm^3. Copper has the FCC structure, an "
    "atomic radius of 0.128 nm and an atomic weight of 63.5 g/mol.",
    4 * 63.5 / (_a**3 * NA),
    "g/cm^3",
)
q(
    "crystallography",
    "Iron is BCC with a lattice parameter of 0.2866 nm. Compute its density (g/cm^3) using an "
    "atomic weight of 55.85 g/mol.",
    2 * 55.85 / ((0.2866e-7) ** 3 * NA),
    "g/cm^3",
)
q(
    "crystallography",
    "Calculate the density of aluminum (FCC, a = 0.4049 nm) in kg/m^3.",
    4 * M("Al") / ((0.4049e-7) ** 3 * NA) * 1000,
    "kg/m^3",
)
q(
    "crystallography",
    "NaCl has the rock salt structure with a lattice parameter of 0.564 nm. What is its "
    "theoretical density in g/cm^3?",
    4 * M("NaCl") / ((0.564e-7) ** 3 * NA),
    "g/cm^3",
)
q(
    "crystallography",
    "Silicon has the diamond cubic structure with a = 0.5431 nm. Compute its density in g/cm^3.",
    8 * M("Si") / ((0.5431e-7) ** 3 * NA),
    "g/cm^3",
)
q(
    "crystallography",
    "A hypothetical metal has the simple cubic structure, an atomic weight of 74.5 g/mol and an "
    "atomic radius of 0.145 nm. Calculate its density in g/cm^3.",
    74.5 / ((0.29e-7) ** 3 * NA),
    "g/cm^3",
)
q(
    "crystallography",
    "Chromium (BCC) has a density of 7.19 g/cm^3 and an atomic weight of 52.00 g/mol. Calculate "
    "its lattice parameter in nm.",
    (2 * 52.00 / (7.19 * NA)) ** (1 / 3) * 1e7,
    "nm",
)
q(
    "crystallography",
    "Calculate the atomic packing factor of a simple cubic metal whose atomic radius is 0.15 nm "
    "and lattice parameter is 0.30 nm.",
    4 / 3 * math.pi * 0.15**3 / 0.30**3,
    None,
)
q(
    "crystallography",
    "What is the magnitude of the Burgers vector (in nm) for copper, which is FCC with "
    "a = 0.3615 nm?",
    0.3615 * math.sqrt(2) / 2,
    "nm",
)
q(
    "crystallography",
    "For BCC tungsten with a = 0.3165 nm, find the Burgers vector magnitude in Å.",
    0.3165 * math.sqrt(3) / 2 * 10,
    "Å",
)
q(
    "crystallography",
    "The hexagonal prism unit cell of HCP zinc has a = 0.2665 nm and c = 0.4947 nm. Calculate "
    "the volume of this six-atom cell in nm^3.",
    3 * math.sqrt(3) / 2 * 0.2665**2 * 0.4947,
    "nm^3",
)
q(
    "crystallography",
    "HCP zinc has a = 0.2665 nm and c = 0.4947 nm. Calculate the volume of its primitive cell "
    "in nm^3.",
    math.sqrt(3) / 2 * 0.2665**2 * 0.4947,
    "nm^3",
)
q(
    "crystallography",
    "Compute the density (g/cm^3) of HCP magnesium with a = 0.3209 nm, c = 0.5211 nm and atomic "
    "weight 24.31 g/mol.",
    6 * 24.31 / (3 * math.sqrt(3) / 2 * (0.3209e-7) ** 2 * 0.5211e-7 * NA),
    "g/cm^3",
)
q(
    "crystallography",
    "A metal with the BCC structure has a lattice constant of 3.30 Å. What is its atomic radius "
    "in Å?",
    3.30 * math.sqrt(3) / 4,
    "Å",
)
q(
    "crystallography",
    "Molybdenum has a BCC crystal structure, an atomic radius of 0.1363 nm, and an atomic weight "
    "of 95.94 g/mol. Compute its theoretical density (in g/cm³).",
    2 * 95.94 / ((4 * 0.1363e-7 / math.sqrt(3)) ** 3 * NA),
    "g/cm^3",
)

# ---------------------------------------------------------------- polymers
q(
    "polymers",
    "The number-average molecular weight of a polypropylene is 1,000,000 g/mol. Compute the degree of "
    "polymerization.",
    1e6 / M("C3H6"),
    None,
)
q(
    "polymers",
    "A polystyrene has a number-average molecular weight of 3 x 10^5 g/mol. What is its degree of "
    "polymerization?",
    3e5 / M("C8H8"),
    None,
)
q(
    "polymers",
    "Calculate the number-average molecular weight (g/mol) of a poly(vinyl chloride) with a degree of "
    "polymerization of 10,000.",
    10000 * M("C2H3Cl"),
    "g/mol",
)
q(
    "polymers",
    "A polyethylene has DP = 5000. Compute its molecular weight in kg/mol.",
    5000 * M("C2H4") / 1000,
    "kg/mol",
)
q(
    "polymers",
    "The repeat unit molecular weight of a polymer is 100 g/mol and its number-average molecular weight "
    "is 2.5 × 10^5 g/mol. Find the degree of polymerization.",
    2500,
    None,
)
q(
    "polymers",
    "PTFE chains have an average molecular weight of 500,000 g/mol. How many repeat units does an "
    "average chain contain?",
    5e5 / M("C2F4"),
    None,
)
q(
    "polymers",
    "What is the degree of polymerization of a PMMA sample with $M_n = 2.0 \\times 10^{5}$ g/mol?",
    2.0e5 / M("C5H8O2"),
    None,
)

# ---------------------------------------------------------------- diffusion
q(
    "diffusion",
    "The diffusion coefficient of carbon in iron is 5.8e-15 m^2/s at 500 °C and D0 = 2.3e-5 m2/s. "
    "Determine the activation energy Q in kJ/mol.",
    R * K(500) * math.log(2.3e-5 / 5.8e-15) / 1000,
    "kJ/mol",
)
q(
    "diffusion",
    "Calculate the diffusion coefficient (m^2/s) of copper in aluminum at 500 °C, given "
    "D0 = 6.5 × 10^-5 m^2/s and Q_d = 136,000 J/mol.",
    6.5e-5 * math.exp(-136000 / (R * K(500))),
    "m^2/s",
)
q(
    "diffusion",
    "For carbon diffusing in BCC iron, D0 = 6.2 × 10^-7 m^2/s and the activation energy is 80 kJ/mol. "
    "What is the diffusion coefficient at 900 K in m^2/s?",
    6.2e-7 * math.exp(-80000 / (R * 900)),
    "m^2/s",
)
q(
    "diffusion",
    "At what temperature (in °C) will the diffusion coefficient for Fe in α-Fe be "
    "1.0 × 10^-17 m^2/s? Use D0 = 2.8 × 10^-4 m^2/s and Q = 251 kJ/mol.",
    251000 / (R * math.log(2.8e-4 / 1.0e-17)) - 273.15,
    "°C",
)
q(
    "diffusion",
    "The activation energy for diffusion of nickel in copper is 2.5 eV per atom and "
    "D0 = 2.7 × 10^-5 m^2/s. Compute the diffusion coefficient at 1000 K (m^2/s).",
    2.7e-5 * math.exp(-2.5 / (kB_EV * 1000)),
    "m^2/s",
)
_q6 = R * math.log(6.6e-16 / 1.1e-17) / (1 / K(700) - 1 / K(900))
q(
    "diffusion",
    "The diffusion coefficients for Cu in Ni are 1.1 × 10^-17 m^2/s at 700 °C and 6.6 × 10^-16 m^2/s at "
    "900 °C. Determine the activation energy in kJ/mol.",
    _q6 / 1000,
    "kJ/mol",
)
q(
    "diffusion",
    "Diffusion of an element in a metal has Q = 200 kJ/mol. If D = 3.0 × 10^-14 m^2/s at 800 °C, what "
    "is D at 1000 °C (in m^2/s)?",
    3.0e-14 * math.exp(-200000 / R * (1 / K(1000) - 1 / K(800))),
    "m^2/s",
)
q(
    "diffusion",
    "Calculate the diffusion flux (kg/m^2·s) of hydrogen through a 5-mm thick palladium sheet at steady "
    "state if D = 1.0 × 10^-8 m^2/s and the hydrogen concentrations on the two sides are 2.4 and 0.6 kg/m^3.",
    1.0e-8 * (2.4 - 0.6) / 0.005,
    "kg/(m^2*s)",
)
q(
    "diffusion",
    "A steel sheet 1.5 mm thick has nitrogen atmospheres on both sides at 1200 °C. The diffusion "
    "coefficient for nitrogen in steel at this temperature is 6 × 10^-11 m^2/s, and the diffusion flux is "
    "1.2 × 10^-7 kg/m^2·s. The concentration at the high-pressure surface is 4 kg/m^3. How far into the sheet "
    "from this side (in mm) will the concentration be 2.0 kg/m^3?",
    6e-11 * (4 - 2.0) / 1.2e-7 * 1000,
    "mm",
    why="the sheet thickness is a distractor: refusing is acceptable",
)
_z = erfinv(1 - (0.80 - 0.25) / (1.20 - 0.25))
q(
    "diffusion",
    "A steel with an initial uniform carbon concentration of 0.25 wt% C is carburized at 950 °C with a "
    "surface concentration maintained at 1.20 wt% C. If D = 1.6 × 10^-11 m^2/s, how long (in hours) will it take "
    "to reach 0.80 wt% C at a depth of 0.5 mm?",
    (0.5e-3) ** 2 / (4 * 1.6e-11 * _z**2) / 3600,
    "h",
)
_z2 = 1e-3 / (2 * math.sqrt(3.0e-11 * 36000))
q(
    "diffusion",
    "For a steel carburized at 1000 °C (D = 3.0 × 10^-11 m^2/s) with a surface concentration of "
    "1.0 wt% C and an initial concentration of 0.2 wt% C, what is the carbon concentration (wt%) at a depth of "
    "1.0 mm after 10 h?",
    0.2 + (1.0 - 0.2) * (1 - erf(_z2)),
    "%",
)
q(
    "diffusion",
    "The carburizing time needed to reach a given carbon content at a certain depth is 10 h at 900 °C, "
    "where D = 5.9 × 10^-12 m^2/s. How long (in h) is needed to achieve the same concentration at the same depth "
    "at 1000 °C, where D = 2.6 × 10^-11 m^2/s?",
    5.9e-12 * 10 / 2.6e-11,
    "h",
)
q(
    "diffusion",
    "A reaction has a rate constant of 1.5 × 10^-3 s^-1 at 300 K and 4.5 × 10^-2 s^-1 at 350 K. "
    "Calculate the activation energy in kJ/mol.",
    R * math.log(4.5e-2 / 1.5e-3) / (1 / 300 - 1 / 350) / 1000,
    "kJ/mol",
)
q(
    "diffusion",
    "What is the diffusion flux in atoms/(m^2·s) across a 2 mm plate if D = 4 × 10^-11 m^2/s and the "
    "concentrations on the two faces are 5 × 10^26 and 1 × 10^26 atoms/m^3 at steady state?",
    4e-11 * (5e26 - 1e26) / 2e-3,
    "1/(m^2*s)",
)

# ---------------------------------------------------------------- mechanics
q(
    "mechanics",
    "A cylindrical specimen of steel with a diameter of 10 mm is pulled in tension with a force of "
    "15,000 N. Calculate the engineering stress in MPa.",
    15000 / (math.pi * 10**2 / 4),
    "MPa",
)
q(
    "mechanics",
    "A tensile load of 35,000 N is applied to a bar with a cross-sectional area of 150 mm^2. What is "
    "the stress (in MPa)?",
    35000 / 150,
    "MPa",
)
q(
    "mechanics",
    "A copper specimen 305 mm long is pulled in tension with a stress of 276 MPa. If the deformation is "
    "entirely elastic and the elastic modulus is 110 GPa, what is the resultant elongation in mm?",
    276 * 305 / 110e3,
    "mm",
)
q(
    "mechanics",
    "A steel bar (E = 207 GPa) 250 mm long with a cross-sectional area of 100 mm^2 carries a tensile "
    "load of 20 kN. Calculate its elastic elongation in mm.",
    20000 * 250 / (100 * 207e3),
    "mm",
)
q(
    "mechanics",
    "A cylindrical rod of aluminum (modulus of elasticity 69 GPa) with a diameter of 19 mm and a length "
    "of 200 mm is subjected to an elastic tensile force of 30,000 N. How much will it elongate (in mm)?",
    30000 * 200 / (math.pi * 19**2 / 4 * 69e3),
    "mm",
)
q(
    "mechanics",
    "A specimen with an original length of 50 mm is stretched to an elongation of 0.25 mm. What is the "
    "engineering strain?",
    0.25 / 50,
    None,
)
q(
    "mechanics",
    "What stress (in MPa) produces an elastic strain of 0.0025 in a steel with a modulus of elasticity "
    "of 200 GPa?",
    0.0025 * 200e3,
    "MPa",
)
q(
    "mechanics",
    "Poisson's ratio of brass is 0.34. If a tensile specimen experiences an axial strain of 0.002, what "
    "is the lateral strain?",
    -0.34 * 0.002,
    None,
)
q(
    "mechanics",
    "Compute the shear modulus (in GPa) of a metal with an elastic modulus of 110 GPa and a Poisson's "
    "ratio of 0.34.",
    110 / (2 * 1.34),
    "GPa",
)
q(
    "mechanics",
    "A metal has E = 200 GPa and ν = 0.30. What is its bulk modulus in GPa?",
    200 / (3 * (1 - 0.6)),
    "GPa",
)
q(
    "mechanics",
    "The yield strength is ___ MPa when the grain diameter d = 25 μm, σ0 = 70 MPa and "
    "k = 0.74 MPa·m^1/2.",
    70 + 0.74 / math.sqrt(25e-6),
    "MPa",
)
q(
    "mechanics",
    "For a brass alloy, σ0 = 25 MPa and k_y = 12.5 MPa·mm^0.5. Estimate the yield strength (MPa) at an "
    "average grain diameter of 0.05 mm.",
    25 + 12.5 / math.sqrt(0.05),
    "MPa",
)
q(
    "mechanics",
    "What grain diameter (in µm) is needed for a yield strength of 300 MPa if σ0 = 150 MPa and "
    "k = 0.70 MPa·m^1/2?",
    (0.70 / (300 - 150)) ** 2 * 1e6,
    "μm",
)
q(
    "mechanics",
    "A single crystal is loaded in tension with a stress of 52 MPa. The angle between the slip plane "
    "normal and the tensile axis is 60°, and the angle between the slip direction and the tensile axis is 35°. "
    "Calculate the resolved shear stress in MPa.",
    52 * math.cos(math.radians(60)) * math.cos(math.radians(35)),
    "MPa",
)
q(
    "mechanics",
    "A structural plate has a surface crack 2.0 mm long and is loaded at 300 MPa. If Y = 1.1, what "
    "fracture toughness (in MPa·m^0.5) is needed to avoid fracture?",
    1.1 * 300 * math.sqrt(math.pi * 2.0e-3),
    "MPa*m^0.5",
)
q(
    "mechanics",
    "A steel has a plane strain fracture toughness of 50 MPa√m. Compute the critical stress (in MPa) "
    "for a surface crack of length 1.5 mm, with Y = 1.0.",
    50 / math.sqrt(math.pi * 1.5e-3),
    "MPa",
)
q(
    "mechanics",
    "A tensile specimen has an engineering stress of 400 MPa at an engineering strain of 0.15. "
    "Calculate the true stress in MPa.",
    400 * 1.15,
    "MPa",
)
q("mechanics", "Calculate the true strain for an engineering strain of 0.25.", math.log(1.25), None)
q(
    "mechanics",
    "Calculate the modulus of resilience (in J/m^3) of a steel with a yield strength of 345 MPa and a "
    "modulus of elasticity of 207 GPa.",
    (345e6) ** 2 / (2 * 207e9),
    "J/m^3",
)
q(
    "mechanics",
    "A brass rod is restrained at both ends and heated from 20 °C to 80 °C. If E = 100 GPa and "
    "α = 20 × 10^-6 (°C)^-1, what is the magnitude of the thermal stress in MPa?",
    100e3 * 20e-6 * 60,
    "MPa",
)
q(
    "mechanics",
    "A 10 mm diameter steel bar carries a load of 12 kN. What is the engineering stress in psi?",
    12000 / (math.pi * 10**2 / 4) * 1e6 / 6894.757293168,
    "psi",
)

# ---------------------------------------------------------------- thermal
q(
    "thermal",
    "A steel rod 250 mm long is heated from 20 °C to 120 °C. If α = 12 × 10^-6 (°C)^-1, how much will it "
    "lengthen (in mm)?",
    12e-6 * 250 * 100,
    "mm",
)
q(
    "thermal",
    "An aluminum wire 10 m long is cooled from 38 °C to -1 °C. How much change in length will it "
    "experience (in mm)? The linear coefficient of thermal expansion is 23.6 × 10^-6 (°C)^-1.",
    23.6e-6 * 10000 * (-1 - 38),
    "mm",
)
q(
    "thermal",
    "A 0.5 m copper bar (α = 17 × 10^-6 /K) undergoes a temperature change of 150 K. What is the change "
    "in length (in mm)?",
    17e-6 * 500 * 150,
    "mm",
)
q(
    "thermal",
    "How much heat (in kJ) is required to raise the temperature of 2 kg of aluminum from 20 °C to 120 °C? "
    "The specific heat of aluminum is 900 J/kg·K.",
    2 * 900 * 100 / 1000,
    "kJ",
)
q(
    "thermal",
    "Calculate the energy (in J) needed to heat 50 g of copper by 30 °C if its specific heat is "
    "0.385 J/g·°C.",
    50 * 0.385 * 30,
    "J",
)
q(
    "thermal",
    "Estimate the heat (in J) needed to raise the temperature of 100 g of iron from 25 °C to 75 °C, given "
    "a molar heat capacity of 25.1 J/(mol·K) and an atomic weight of 55.85 g/mol.",
    100 / 55.85 * 25.1 * 50,
    "J",
)
q(
    "thermal",
    "Calculate the heat flux (in W/m^2) through a 10 mm thick steel plate (thermal conductivity "
    "51.9 W/m·K) when its faces are at 300 °C and 100 °C.",
    51.9 * 200 / 0.010,
    "W/m^2",
)
q(
    "thermal",
    "What volume (in L) does 2.0 mol of an ideal gas occupy at 300 K and 101325 Pa?",
    2.0 * R * 300 / 101325 * 1000,
    "L",
)
q(
    "thermal",
    "Argon gas (molar mass 39.95 g/mol) fills a 10 L chamber at 500 K and a pressure of 2 atm. What mass "
    "of argon (in g) is in the chamber?",
    2 * 101325 * 0.010 * 39.95 / (R * 500),
    "g",
)
q(
    "thermal",
    "A 100 cm^3 block is heated by 50 °C. Its volume coefficient of thermal expansion is "
    "3.6 × 10^-5 /°C. Find the change in volume in cm^3.",
    3.6e-5 * 100 * 50,
    "cm^3",
)
q(
    "thermal",
    "A steel rail 12 m long at 0 °C is heated to 40 °C. If α = 11 × 10^-6 per °C, what is the final "
    "length in m?",
    12 * (1 + 11e-6 * 40),
    "m",
)

# ---------------------------------------------------------------- electrical
q(
    "electrical",
    "Calculate the electrical resistance (in Ω) of a copper wire 100 m long with a cross-sectional "
    "area of 2.5 mm^2, given ρ = 1.72 × 10^-8 Ω·m.",
    1.72e-8 * 100 / 2.5e-6,
    "ohm",
)
q(
    "electrical",
    "An aluminum wire 10 m long with a diameter of 4 mm has a resistivity of 2.82 × 10^-8 Ω·m. What is "
    "its resistance in ohms?",
    2.82e-8 * 10 / (math.pi * 0.004**2 / 4),
    "ohm",
)
q(
    "electrical",
    "What is the electrical conductivity (in (Ω·m)^-1) of a metal with a resistivity of "
    "5.0 × 10^-7 Ω·m?",
    1 / 5.0e-7,
    "S/m",
)
q(
    "electrical",
    "Silicon at room temperature has an electron concentration of 1.0 × 10^22 m^-3 and an electron "
    "mobility of 0.14 m^2/V·s. Assuming conduction is by electrons only, compute the electrical conductivity in "
    "(Ω·m)^-1.",
    1.0e22 * e * 0.14,
    "S/m",
)
q(
    "electrical",
    "The electrical conductivity of a metal is 6.0 × 10^7 (Ω·m)^-1 and the electron mobility is "
    "0.0030 m^2/V·s. How many free electrons are there per cubic meter?",
    6.0e7 / (e * 0.0030),
    "1/m^3",
)
q(
    "electrical",
    "Intrinsic germanium has n_i = 2.5 × 10^19 m^-3, an electron mobility of 0.38 m^2/V·s and a hole "
    "mobility of 0.18 m^2/V·s. Calculate its intrinsic conductivity in (Ω·m)^-1.",
    2.5e19 * e * (0.38 + 0.18),
    "S/m",
)
q(
    "electrical",
    "A current of 2.5 A flows through a resistor of 40 Ω. What is the voltage drop in V?",
    100.0,
    "V",
)
q(
    "electrical",
    "Compute the drift velocity (m/s) of electrons in silicon with a mobility of 0.14 m^2/V·s in an "
    "electric field of 500 V/m.",
    0.14 * 500,
    "m/s",
)
q(
    "electrical",
    "What is the resistivity (in Ω·m) of n-type silicon with 1.0 × 10^23 electrons/m^3 and an electron "
    "mobility of 0.10 m^2/V·s?",
    1 / (1.0e23 * e * 0.10),
    "ohm*m",
)

# ---------------------------------------------------------------- electrochemistry
q(
    "electrochemistry",
    "What current (in Amperes) is needed to electroplate 10 g of Cu from Cu2+ in 1 hour?",
    10 * 2 * F / (M("Cu") * 3600),
    "A",
)
q(
    "electrochemistry",
    "A zinc anode (Zn → Zn2+ + 2e-) corrodes at a current of 0.5 A for 24 h. What mass of zinc "
    "(in g) dissolves?",
    0.5 * 24 * 3600 * M("Zn") / (2 * F),
    "g",
)
q(
    "electrochemistry",
    "How long (in hours) must a current of 5 A flow to deposit 20 g of nickel from a Ni2+ "
    "solution?",
    20 * 2 * F / (5 * M("Ni")) / 3600,
    "h",
)
q(
    "electrochemistry",
    "A steel plate (density 7.9 g/cm^3) with an exposed area of 400 cm^2 loses 485 g to "
    "corrosion over 1 year. Calculate the corrosion penetration rate in mm/yr.",
    485 / (7.9 * 400) * 10,
    "mm/year",
)
q(
    "electrochemistry",
    "A corroding iron surface (Fe → Fe2+) has a corrosion current density of "
    "2 × 10^-4 A/cm^2. What is the corrosion rate in mol/(m^2·s)?",
    2.0 / (2 * F),
    "mol/(m^2*s)",
)

# ---------------------------------------------------------------- defects and phase diagrams
q(
    "defects_phases",
    "Compute the number of vacancies per cubic meter in copper at 1000 °C. The energy for vacancy "
    "formation is 0.9 eV/atom; the atomic weight and density (at 1000 °C) for Cu are 63.5 g/mol and 8.40 g/cm^3.",
    NA * 8.40 / 63.5 * 1e6 * math.exp(-0.9 / (kB_EV * K(1000))),
    "1/m^3",
)
q(
    "defects_phases",
    "Calculate the fraction of atomic sites that are vacant for lead at 600 K, given an energy for "
    "vacancy formation of 0.55 eV/atom.",
    math.exp(-0.55 / (kB_EV * 600)),
    None,
)
q(
    "defects_phases",
    "The number of atomic sites in a metal is 8.5 × 10^28 m^-3 and the vacancy formation energy is "
    "1.0 eV. How many vacancies per cubic meter exist at 900 K?",
    8.5e28 * math.exp(-1.0 / (kB_EV * 900)),
    "1/m^3",
)
q(
    "defects_phases",
    "Calculate the number of atoms per cubic meter in aluminum, which has a density of "
    "2.71 g/cm^3 and an atomic weight of 26.98 g/mol.",
    NA * 2.71 / 26.98 * 1e6,
    "1/m^3",
)
q(
    "defects_phases",
    "The energy for vacancy formation is 96,500 J/mol. What is the vacancy fraction at 1200 K?",
    math.exp(-96500 / (R * 1200)),
    None,
)
q(
    "defects_phases",
    "A Cu–Ni alloy of composition 35 wt% Ni is at 1250 °C, where the liquid phase contains "
    "31.5 wt% Ni and the α phase contains 42.5 wt% Ni. What is the mass fraction of liquid?",
    (42.5 - 35) / (42.5 - 31.5),
    None,
)
q(
    "defects_phases",
    "A Cu–Ni alloy of composition 35 wt% Ni is at 1250 °C, where the liquid phase contains "
    "31.5 wt% Ni and the α phase contains 42.5 wt% Ni. Determine the fraction (in %) of the α phase.",
    (35 - 31.5) / (42.5 - 31.5) * 100,
    "%",
)
q(
    "defects_phases",
    "A lead–tin alloy of 40 wt% Sn is cooled to just below the eutectic temperature, where the α "
    "phase contains 18.3 wt% Sn and the β phase contains 97.8 wt% Sn. Calculate the mass fraction of β.",
    (40 - 18.3) / (97.8 - 18.3),
    None,
)
q(
    "defects_phases",
    "A metal has an ASTM grain size number of 6. How many grains per square inch are there at a "
    "magnification of 100×?",
    2.0 ** (6 - 1),
    "1/inch^2",
)

# ---------------------------------------------------------------- unit conversions (pint pitfalls)
q("conversions", "Convert 1.12 eV to nm.", HC_EV_NM / 1.12, "nm")
q("conversions", "Express 150 kJ/mol in eV per atom.", 150e3 / NA / e, "eV")
q("conversions", "What is 25 °C in K?", 298.15, "K")
q("conversions", "A temperature difference of 10 °C corresponds to how many K?", 10.0, "K")
q("conversions", "Convert 2.5 per cent to ppm.", 25000.0, "ppm")
q("conversions", "Convert a diffusion coefficient of 1.5 cm^2/s to m^2/s.", 1.5e-4, "m^2/s")
q("conversions", "Express 2.0 Å in nm.", 0.2, "nm")
q("conversions", "What is 0.5 eV in kJ/mol?", 0.5 * e * NA / 1000, "kJ/mol")
q("conversions", "Convert 300 K to °C.", 300 - 273.15, "°C")
q("conversions", "Convert 500 nm to eV.", HC_EV_NM / 500, "eV")
q("conversions", "Convert a stress of 30 ksi to MPa.", 30 * 6.894757293168, "MPa")

# ---------------------------------------------------------------- probes11: written for issue 11 before
# their first run (exam phrasing, TeX and Unicode, chains, readings); results of that run in BENCHMARKS.md
q(
    "probes11",
    "Nickel is FCC with an atomic radius of 0.1246 nm. Calculate the radius of the largest interstitial "
    "atom that fits into a tetrahedral site, in nm.",
    (math.sqrt(1.5) - 1) * 0.1246,
    "nm",
)
q(
    "probes11",
    "Chromium has the BCC structure with $a = 0.2884 \\mathrm{~nm}$. For Cu $K_\\alpha$ radiation "
    "($\\lambda = 0.1542 \\mathrm{~nm}$), at what diffraction angle $2\\theta$ (in degrees) does the "
    "third peak of the powder pattern occur?",
    2 * math.degrees(math.asin(0.1542 * math.sqrt(6) / (2 * 0.2884))),
    "degree",
)
q(
    "probes11",
    "Silicon (diamond cubic, a = 0.5431 nm) is examined with X-rays of wavelength 0.1542 nm. What is the "
    "Bragg angle θ, in degrees, of the first peak?",
    math.degrees(math.asin(0.1542 * math.sqrt(3) / (2 * 0.5431))),
    "degree",
)
q(
    "probes11",
    "Titanium is HCP with a = 0.2951 nm and c = 0.4679 nm. Compute the volume of the unit cell in nm^3.",
    None,
    why="two standard readings of an HCP unit cell",
)
q(
    "probes11",
    "A brass obeys the flow curve σ_T = K ε_T^n with K = 895 MPa and n = 0.49. What engineering stress "
    "(MPa) corresponds to a true strain of 0.20?",
    895 * 0.20**0.49 / math.exp(0.20),
    "MPa",
)
q(
    "probes11",
    "A steel has a tensile strength of 1 460 MPa. What is the ratio of its tensile strength to its "
    "yield strength of 1 100 MPa?",
    None,
    why="a ratio the library has no relation for",
)
q(
    "probes11",
    "What is the density of FCC aluminium in kg $m^(-3)$ if its lattice parameter is 0.4049 nm and its "
    "atomic weight is 26.98 g/mol?",
    4 * 26.98e-3 / (NA * (0.4049e-9) ** 3),
    "kg/m^3",
)
q(
    "probes11",
    "A 0.25 wt% C steel is cooled slowly from 870 °C. Compute the mass fraction of proeutectoid ferrite.",
    (0.76 - 0.25) / (0.76 - 0.022),
    None,
)
q(
    "probes11",
    "Calculate the percent ionic character of the interatomic bond in TiO2; the electronegativities of "
    "Ti and O are 1.5 and 3.5.",
    100 * (1 - math.exp(-0.25 * 2.0**2)),
    "percent",
)
q(
    "probes11",
    "A continuous aligned fiber composite consists of 30 vol% of aramid fibers in a polycarbonate "
    "matrix. The fiber modulus is 131 GPa and the matrix modulus is 2.4 GPa. Compute the modulus of "
    "elasticity of the composite in the longitudinal direction (GPa).",
    0.7 * 2.4 + 0.3 * 131,
    "GPa",
)
q(
    "probes11",
    "The vapor pressure of mercury is 0.16 Pa at 293 K and its enthalpy of vaporization is 59.1 kJ/mol. "
    "What is the vapor pressure, in Pa, at 373 K?",
    0.16 * math.exp(59100 / R * (1 / 293 - 1 / 373)),
    "Pa",
)
q(
    "probes11",
    "Calculate the de Broglie wavelength (nm) of an electron accelerated to a kinetic energy of 150 eV.",
    h / math.sqrt(2 * C.m_e * 150 * e) * 1e9,
    "nm",
)
q(
    "probes11",
    "A cylindrical specimen of a titanium alloy with an elastic modulus of 107 GPa and an original "
    "diameter of 3.8 mm experiences only elastic deformation under a tensile load of 2000 N. Compute "
    "the maximum length of the specimen before deformation if the maximum allowable elongation is "
    "0.42 mm.",
    0.42 * 107e3 * math.pi * 3.8**2 / 4 / 2000,
    "mm",
)
q(
    "probes11",
    "Calculate the number of vacancies per cubic meter in gold at 900 °C. The energy for vacancy "
    "formation is 0.98 eV/atom, the density is 18.63 g/cm^3 and the atomic weight is 196.9 g/mol.",
    NA * 18.63e6 / 196.9 * math.exp(-0.98 * e / (kB * 1173.15)),
    "1/m^3",
    rtol=0.02,
)
q(
    "probes11",
    "What fraction of the atom sites are vacant for copper at 1357 K, if the energy for vacancy "
    "formation is 0.90 eV/atom? Give the answer up to three decimal places in percent.",
    round(100 * math.exp(-0.90 * e / (kB * 1357)), 3),
    "percent",
    rtol=0.02,
)
q(
    "probes11",
    "For a polypropylene the number-average molecular weight is 1,000,000 g/mol. Compute the "
    "number-average degree of polymerization.",
    1e6 / 42.08,
    None,
)
q(
    "probes11",
    "Compute the planar density of the (110) plane for BCC tungsten (a = 0.3165 nm), in atoms per nm^2.",
    math.sqrt(2) / 0.3165**2,
    "1/nm^2",
)
q(
    "probes11",
    "An iron bar is heated from 20 °C to 120 °C and its linear coefficient of thermal expansion is "
    "11.8 × 10⁻⁶ °C⁻¹. By how many millimetres does a 2.5 m bar lengthen?",
    2500 * 11.8e-6 * 100,
    "mm",
)
q(
    "probes11",
    "What is the ratio of the planar densities of the (110) and (100) planes in FCC copper?",
    None,
    why="a ratio of two quantities, no relation outputs it",
)
q(
    "probes11",
    "Calculate the drift velocity (m/s) of electrons in germanium at room temperature when the electric "
    "field is 1000 V/m; the electron mobility is 0.38 m^2/V-s. Round off to the nearest integer.",
    380.0,
    "m/s",
)
# ---------------------------------------------------------------- must be refused
q("refuse", "What is the lattice parameter of copper?", None, why="no numbers")
q(
    "refuse",
    "The unit cell of HCP zinc has a = 0.2665 nm and c = 0.4947 nm. Calculate the unit cell "
    "volume in nm^3.",
    None,
    why="two standard readings of an HCP unit cell (six-atom prism or primitive cell)",
)
q(
    "refuse",
    "A wire is 2 m long. What is its elongation in mm?",
    None,
    why="missing data (not a conversion)",
)
q(
    "refuse",
    "X-rays with λ = 0.154 nm are diffracted by planes of a crystal at an angle of 30°. Calculate the "
    "interplanar spacing in nm.",
    None,
    why="θ or 2θ is not said",
)
q(
    "refuse",
    "A copper wire 2 m long with a diameter of 1 mm carries 3 A at 20 °C. What is its resistance in Ω?",
    None,
    why="no resistivity or voltage given",
)
q(
    "refuse",
    "What is the wavelength (in nm) of a photon of energy 1e40 eV?",
    None,
    why="absurd magnitude",
)
q(
    "refuse",
    "Compute the vacancy fraction at -50 K for a vacancy formation energy of 1 eV.",
    None,
    why="negative absolute temperature",
)
q(
    "refuse",
    "A bar 50 mm long is heated by 30 kg. What is the change in length (in mm) if α = 12e-6 /°C?",
    None,
    why="contradictory units: a mass where a temperature change belongs",
)
q(
    "refuse",
    "(a) Calculate the energy in eV of a 500 nm photon. (b) Express it in J.",
    None,
    why="two parts",
)
q(
    "refuse",
    "Find the wavelength in nm and the frequency in Hz of a 2 eV photon.",
    None,
    why="asks for two quantities",
)
q(
    "refuse",
    "$$\\frac{\\alpha}{\\beta} \\unknowncommand{3}{$$",
    None,
    why="stray LaTeX, no question",
)
q(
    "refuse",
    "An alloy with 30 wt% B has phases of 10 wt% B and 60 wt% B. Find the fraction of the phase.",
    None,
    why="which phase is not said",
)
q(
    "refuse",
    "A 2 m steel bar is heated from 20 °C to 100 °C. What is the stress in MPa?",
    None,
    why="no modulus or expansion coefficient; the bar is not said to be restrained",
)


# ---------------------------------------------------------------- second batch: phrasings written after the solver
# (added in one go and run once; failures were fixed in the solver only by making it more careful)
q(
    "photons",
    "Blue light has λ = 470 nm. Its photon energy, expressed in electron volts, is ___ eV.",
    HC_EV_NM / 470,
    "eV",
)
q(
    "photons",
    "Photons with an energy of 3.1 eV strike a surface; express their wavelength in nanometres.",
    HC_EV_NM / 3.1,
    "nm",
)
q(
    "photons",
    "What wavelength of radiation (in Å) corresponds to photons of 12.4 keV?",
    HC_EV_NM / 12400 * 10,
    "Å",
)
q(
    "photons",
    "ZnO has a bandgap of 3.37 eV. Which wavelength (nm) marks its absorption edge?",
    HC_EV_NM / 3.37,
    "nm",
)
q(
    "crystallography",
    "Determine the d-spacing of the {200} planes in nickel (FCC, lattice constant 3.524 Å), in Å.",
    3.524 / 2,
    "Å",
)
q(
    "crystallography",
    "Cu Kα X-rays (wavelength 0.154 nm) reflect from the (220) planes of an FCC crystal at a "
    "Bragg angle of 37.1°. What is the lattice parameter of the crystal in nm?",
    0.154 / (2 * math.sin(math.radians(37.1))) * math.sqrt(8),
    "nm",
)
q(
    "crystallography",
    "Gold is FCC and has an atomic radius of 0.1442 nm and an atomic weight of 196.97 g/mol. "
    "Find its density in g/cm^3.",
    4 * 196.97 / ((2 * math.sqrt(2) * 0.1442e-7) ** 3 * NA),
    "g/cm^3",
)
q(
    "crystallography",
    "Tantalum (BCC) has a lattice constant of 0.3306 nm. What is the atomic radius of a "
    "tantalum atom in nanometres?",
    0.3306 * math.sqrt(3) / 4,
    "nm",
)
q(
    "crystallography",
    "Polonium has a simple cubic structure with a = 0.336 nm; compute its theoretical density "
    "(g/cm³) using an atomic weight of 209 g/mol.",
    209 / ((0.336e-7) ** 3 * NA),
    "g/cm^3",
)
q(
    "crystallography",
    "Calculate the packing factor of BCC iron if its atomic radius is 0.1241 nm and its lattice "
    "parameter is 0.2866 nm.",
    2 * 4 / 3 * math.pi * 0.1241**3 / 0.2866**3,
    None,
)
q(
    "polymers",
    "Calculate the degree of polymerization of polyethylene with a number average molar mass of "
    "280,000 g/mol.",
    280000 / M("C2H4"),
    None,
)
q(
    "polymers",
    "A nylon 6,6 sample has a number-average molecular weight of 45,000 g/mol. Compute its degree of "
    "polymerisation.",
    45000 / M("C12H22N2O2"),
    None,
)
q(
    "diffusion",
    "The preexponential and activation energy for the diffusion of chromium in nickel are "
    "1.1 × 10^-4 m^2/s and 272,000 J/mol. At what temperature (K) will the diffusion coefficient have a value of "
    "1.2 × 10^-14 m^2/s?",
    272000 / (R * math.log(1.1e-4 / 1.2e-14)),
    "K",
)
q(
    "diffusion",
    "Given D0 = 1.9 × 10^-4 m²/s and Qd = 252 kJ/mol for Ni in Fe, compute D at 1200 °C in cm²/s.",
    1.9e-4 * math.exp(-252000 / (R * K(1200))) * 1e4,
    "cm^2/s",
)
q(
    "diffusion",
    "Carbon diffuses through a steel plate 10 mm thick. The concentrations at the two faces are 0.85 and "
    "0.40 kg/m^3 and D = 3 × 10^-11 m^2/s at the temperature of interest. What is the steady-state diffusion flux "
    "in kg/(m^2·s)?",
    3e-11 * (0.85 - 0.40) / 0.010,
    "kg/(m^2*s)",
)
q(
    "diffusion",
    "The activation energy is 0.9 eV per atom for a diffusing species with D = 4 × 10^-15 m^2/s at "
    "600 K. Find the diffusion coefficient at 700 K in m^2/s.",
    4e-15 * math.exp(-0.9 / kB_EV * (1 / 700 - 1 / 600)),
    "m^2/s",
)
q(
    "mechanics",
    "A 12.7 mm diameter rod is loaded with 4,500 N in tension. What is the engineering stress "
    "(in MPa)?",
    4500 / (math.pi * 12.7**2 / 4),
    "MPa",
)
q(
    "mechanics",
    "A nickel bar with Young's modulus E = 207 GPa is stressed elastically to 150 MPa. Compute the "
    "strain it experiences.",
    150 / 207e3,
    None,
)
q(
    "mechanics",
    "Compute the elastic modulus in GPa of a material whose shear modulus is 26 GPa and Poisson's ratio "
    "is 0.33.",
    2 * 26 * 1.33,
    "GPa",
)
q(
    "mechanics",
    "If σ0 = 80 MPa and k = 0.6 MPa m^0.5, find the yield strength of a steel with 16 μm grains, in "
    "MPa.",
    80 + 0.6 / math.sqrt(16e-6),
    "MPa",
)
q(
    "mechanics",
    "A tensile stress of 80 MPa is applied along the axis of a single crystal; φ = 45° and λ = 50°. What "
    "is the resolved shear stress (MPa)?",
    80 * math.cos(math.radians(45)) * math.cos(math.radians(50)),
    "MPa",
)
q(
    "mechanics",
    "A component with a 3 mm long surface crack must not fail at 250 MPa. Taking Y = 1.0, what minimum "
    "plane-strain fracture toughness (MPa√m) does the alloy need?",
    250 * math.sqrt(math.pi * 3e-3),
    "MPa*m^0.5",
)
q(
    "thermal",
    "By how many millimetres does a 2 m long aluminium bar expand when heated from 15 °C to 95 °C? "
    "(α = 23 × 10⁻⁶ K⁻¹)",
    23e-6 * 2000 * 80,
    "mm",
)
q(
    "thermal",
    "A 5 kg copper block (specific heat 385 J/(kg·K)) cools from 200 °C to 25 °C. How much heat is "
    "released, in kJ?",
    5 * 385 * (25 - 200) / 1000,
    "kJ",
)
q(
    "thermal",
    "How many moles of an ideal gas are contained in 22.4 L at 273.15 K and 1 atm?",
    101325 * 0.0224 / (R * 273.15),
    "mol",
)
q(
    "electrical",
    "A 1 mm diameter nichrome wire with a resistivity of 1.1 × 10^-6 Ω·m is 5 m long. Find its "
    "resistance (Ω).",
    1.1e-6 * 5 / (math.pi * 0.001**2 / 4),
    "ohm",
)
q(
    "electrical",
    "What is the resistivity, in Ω·m, of a metal whose conductivity is 3.8 × 10^7 (Ω·m)^-1?",
    1 / 3.8e7,
    "ohm*m",
)
q(
    "electrical",
    "Electrons in GaAs have a mobility of 0.85 m^2/(V·s). What drift velocity (m/s) do they reach in a "
    "field of 1000 V/m?",
    0.85 * 1000,
    "m/s",
)
q(
    "electrochemistry",
    "Silver is plated from Ag+ with a current of 2 A for 30 min. What mass of silver (g) is "
    "deposited?",
    2 * 1800 * M("Ag") / (1 * F),
    "g",
)
q(
    "defects_phases",
    "At 800 °C the energy for vacancy formation in a metal is 1.2 eV/atom and there are "
    "6.0 × 10^28 atomic sites per cubic meter. How many vacancies are there per m^3?",
    6.0e28 * math.exp(-1.2 / (kB_EV * K(800))),
    "1/m^3",
)
q(
    "defects_phases",
    "For an alloy of overall composition 55 wt% B, the liquid is 45 wt% B and the solid α is "
    "70 wt% B at the temperature of interest. What is the weight fraction of liquid?",
    (70 - 55) / (70 - 45),
    None,
)
q("conversions", "Express a stress of 250 MPa in psi.", 250e6 / 6894.757293168, "psi")
q("conversions", "Convert 1.5 eV per atom to kJ/mol.", 1.5 * e * NA / 1000, "kJ/mol")
q("conversions", "A temperature rise of 45 °F corresponds to how many K?", 45 * 5 / 9, "K")
q(
    "refuse",
    "A photon has a wavelength of 500 nm and an energy of 3 eV. What is its frequency in Hz?",
    None,
    why="contradictory givens: 500 nm is 2.48 eV, not 3 eV",
)
q(
    "refuse",
    "What is the density of iron in g/cm^3 at 20 °C?",
    None,
    why="needs a lattice parameter (data lookup)",
)


# ---------------------------------------------------------------- third batch: probes outside (or at the edge of) the
# library, with their true answers. The solver may refuse them; it must not give another number.
q(
    "probes",
    "A spring has a stiffness of 200 N/m and is stretched 5 cm. What is the force in N?",
    200 * 0.05,
    "N",
)
q("probes", "What is the kinetic energy (J) of a 2 kg mass moving at 3 m/s?", 0.5 * 2 * 3**2, "J")
q(
    "probes",
    "A capacitor of 10 μF is charged to 5 V. What is the stored energy in J?",
    0.5 * 10e-6 * 25,
    "J",
)
q("probes", "How many atoms are in 1 g of copper?", 1 / M("Cu") * NA, None)
q(
    "probes",
    "A steel wire of 2 mm diameter carries a load of 500 N. What is the strain if E = 200 GPa?",
    500 / (math.pi * 1e-6) / 200e9,
    None,
)
q(
    "probes",
    "An X-ray tube operates at 30 kV. What is the minimum wavelength (in nm) of the X-rays produced?",
    HC_EV_NM / 30000,
    "nm",
)
q(
    "probes",
    "A metal with a work function of 4.5 eV is illuminated with 200 nm light. What is the maximum kinetic "
    "energy of the emitted electrons in eV?",
    HC_EV_NM / 200 - 4.5,
    "eV",
)
q(
    "probes",
    "Copper has an electrical resistivity of 1.7e-8 Ω·m at 20 °C and a temperature coefficient of "
    "resistivity of 0.0039 /°C. What is its resistivity at 100 °C?",
    1.7e-8 * (1 + 0.0039 * 80),
    "ohm*m",
)
q(
    "probes",
    "Calculate the percent cold work for a rod reduced from 10 mm to 8 mm diameter.",
    (10**2 - 8**2) / 10**2 * 100,
    "%",
)
q(
    "probes",
    "What is the stress (MPa) in a 5 mm diameter wire carrying 1 kN?",
    1000 / (math.pi * 2.5**2),
    "MPa",
)
q(
    "probes",
    "A bar elongates 0.5 mm under a stress of 100 MPa. If it is 200 mm long and deforms elastically, what "
    "is its elastic modulus in GPa?",
    100 * 200 / 0.5 / 1000,
    "GPa",
)
q(
    "probes",
    "The temperature of a 1 m steel rod increases to 150 °C. If α = 12e-6 /°C, how much does it expand "
    "(mm)?",
    None,
    why="the starting temperature is not given",
)
q(
    "probes",
    "A gas at 2 atm and 300 K occupies 5 L. How many moles does it contain?",
    2 * 101325 * 0.005 / (R * 300),
    "mol",
)
q(
    "probes",
    "An alloy contains 20 wt% Cu. What is the atom percent of Cu if the rest is Al?",
    (20 / M("Cu")) / (20 / M("Cu") + 80 / M("Al")) * 100,
    "%",
)
q(
    "probes",
    "A sample is heated from 300 K to 400 K over 10 minutes. What is the heating rate in K/min?",
    10.0,
    "K/min",
)
q(
    "probes",
    "The critical resolved shear stress of a crystal is 20 MPa. What tensile stress (MPa) is needed if "
    "φ = 40° and λ = 55°?",
    20 / (math.cos(math.radians(40)) * math.cos(math.radians(55))),
    "MPa",
)
q(
    "probes",
    "A 100 g sample of water is heated from 20 °C to 80 °C. How much heat is needed in kJ? (specific heat of "
    "water 4.18 J/g·°C)",
    100 * 4.18 * 60 / 1000,
    "kJ",
)
q(
    "probes",
    "The flux of carbon through a plate is 2e-9 kg/m^2·s with a concentration gradient of -400 kg/m^4. "
    "What is the diffusion coefficient (m^2/s)?",
    2e-9 / 400,
    "m^2/s",
)
q(
    "probes",
    "The yield strength of a steel is 500 MPa and its tensile strength is 700 MPa. What is the ratio?",
    None,
    why="which ratio is not said",
)

q(
    "structure",
    "What is the atomic packing factor of FCC?",
    math.pi / (3 * math.sqrt(2)),
    None,
    why="a constant of the ideal structure: needs no given number",
)


def main() -> None:
    out = Path(__file__).with_name("answer_questions.json")
    out.write_text(json.dumps(Q, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    answered = sum(1 for x in Q if x["answer"] is not None)
    print(f"{len(Q)} questions ({answered} with answers) -> {out}")


if __name__ == "__main__":
    main()
