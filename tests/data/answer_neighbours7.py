"""Neighbour questions, round 7 (issue 11, precision), in our own words.

Written by helper probe8 (session 13) around the items of set J (heldout9) that the solver answers and
the relations they use: cubic density and lattice parameter, Bragg reflections of cubic metals,
vacancy fractions and their ratio at two temperatures, ASTM grain size, wt% and at%, Arrhenius
diffusion, the erf carburizing profile, equal profiles at two temperatures, Fick's first law, the
engineering stress of a round bar, the lateral contraction under load, Hall–Petch, percent cold
work, Schmid's law, fracture toughness and Griffith, Larson–Miller, the lever rule and the steel
phase fractions, Avrami, homogeneous nucleation, Koistinen–Marburger, intrinsic and Hall
conduction, saturation magnetization, a straight-line energy product, the absorption edge,
normal-incidence reflection, thermal expansion and stress, sensible heat, thermal shock, degrees of
polymerization, copolymer fractions, random-walk chains, rules of mixtures, critical fibre length,
porous moduli, three-point bending and corrosion penetration rates. Each varies the ask (the other
phase or species, a ratio or a change, per m³ vs per cm³, radius vs diameter, the inverse problem),
a given's unit (psi, ksi, °F, kcal, eV/atom, in., mil, G and Oe) or adds a datum that changes the
answer (a second medium, a second surface, an anneal between passes, a third alloying element, a
shrunken diameter), or states a case the relation does not fit. Keys computed below with plain
math; a key of None means the question must be refused. tests/test_answer_neighbours.py holds them
at 0 wrong.
"""

from __future__ import annotations

import math

NA = 6.02214076e23
k = 8.617333262e-5
R = 8.314462618
h = 6.62607015e-34
c = 299792458.0
e = 1.602176634e-19
F = 96485.33212
MU0 = 4e-7 * math.pi
MUB = 9.2740100783e-24
PI = math.pi
INCH = 0.0254
LBF = 4.4482216152605
PSI = 6894.757293168
YEAR = 365.25 * 86400


def _erfinv(y: float) -> float:
    lo, hi = 0.0, 6.0
    for _ in range(200):
        mid = (lo + hi) / 2
        if math.erf(mid) < y:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def _ck(t_c: float) -> float:
    return t_c + 273.15


def _fk(t_f: float) -> float:
    return (t_f - 32) * 5 / 9 + 273.15


def _theta(lam: float, d: float, n: int = 1) -> float:
    return math.degrees(math.asin(n * lam / (2 * d)))


_A_MO = (2 * 95.94 / (NA * 10.22)) ** (1 / 3) * 1e7  # nm
_A_W = (2 * 183.84 / (NA * 19.3)) ** (1 / 3) * 1e7  # nm
_D_NI311 = 0.15406 / (2 * math.sin(math.radians(92.9 / 2)))
_D_FCC111 = 0.15406 / (2 * math.sin(math.radians(38.2 / 2)))
_Q37 = R * math.log(100) / (1 / _ck(700) - 1 / _ck(900))
_T_CARB = 5 * 3600
_Z50 = _erfinv(0.5)
_HP_K = 80 / (1 / math.sqrt(10e-6) - 1 / math.sqrt(50e-6))
_HP_S0 = 310 - _HP_K / math.sqrt(10e-6)
_AV_K = math.log(2) / 60**2.5
_NI_R = 2 * 0.255 * _ck(1455) / (2.53e9 * 319)  # m
_KM_K = 0.011
_MS_NI = 0.60 * MUB * 8.90e6 * NA / 58.69
_MS_FE = 2.2 * MUB * 7.87e6 * NA / 55.85
_MS_CO = 1.72 * MUB * 8.90e6 * NA / 58.93
_R_GLASS = ((1.52 - 1) / (1.52 + 1)) ** 2
_CPR_FE = 0.35 * 55.85 / (2 * F * 7.87e6) * YEAR  # m per year
_NI_CR = (20 / 52.00) / (20 / 52.00 + 80 / 58.69) * 100
_CU_AL_WT = 10 * 26.98 / (10 * 26.98 + 90 * 63.55) * 100
_MG3 = (2 / 24.31) / (5 / 26.98 + 2 / 24.31 + 93 / 63.55) * 100

# (question, key or None for must-refuse, pint unit of the key)
QUESTIONS: list[tuple[str, float | None, str]] = [
    # --- 7a: cubic density, lattice parameter, Bragg
    (
        "Chromium is BCC with a lattice parameter of 0.2884 nm and an atomic weight of 52.00 g/mol. Compute its density in kg/m³.",
        2 * 52.00 / (NA * (0.2884e-7) ** 3) * 1e3,
        "kg/m**3",
    ),
    (
        "Nickel is FCC with a = 0.3524 nm and A = 58.69 g/mol. What is its density in g/cm³?",
        4 * 58.69 / (NA * (0.3524e-7) ** 3),
        "g/cm**3",
    ),
    (
        "Molybdenum has the BCC structure, a density of 10.22 g/cm³ and an atomic weight of 95.94 g/mol. Calculate its lattice parameter in nm.",
        _A_MO,
        "nm",
    ),
    (
        "Tungsten is BCC with a density of 19.3 g/cm³ and an atomic weight of 183.84 g/mol. Find its atomic radius in nm.",
        _A_W * math.sqrt(3) / 4,
        "nm",
    ),
    (
        "What is the mass of one unit cell of BCC iron, in grams? The atomic weight of iron is 55.85 g/mol.",
        2 * 55.85 / NA,
        "g",
    ),
    (
        "Above 912 °C iron is FCC with a lattice parameter of 0.3647 nm. Taking A = 55.85 g/mol, compute the density of this FCC iron in g/cm³.",
        4 * 55.85 / (NA * (0.3647e-7) ** 3),
        "g/cm**3",
    ),
    (
        "A cubic metal has a lattice parameter of 0.3165 nm and an atomic weight of 183.84 g/mol. What is its density in g/cm³?",
        None,
        "g/cm**3",
    ),
    (
        "For aluminium (FCC, a = 0.4049 nm), at what diffraction angle 2θ does the 200 reflection appear with radiation of wavelength 0.15406 nm? Answer in degrees.",
        2 * _theta(0.15406, 0.4049 / 2),
        "degree",
    ),
    (
        "What is the interplanar spacing of the (211) planes of BCC iron, a = 0.2866 nm, in nm?",
        0.2866 / math.sqrt(6),
        "nm",
    ),
    (
        "The 311 reflection of nickel appears at 2θ = 92.9° with X-rays of wavelength 0.15406 nm. Determine the lattice parameter of nickel in Å.",
        _D_NI311 * math.sqrt(11) * 10,
        "angstrom",
    ),
    (
        "The first reflection of an FCC metal, 111, lies at 2θ = 38.2° for radiation of wavelength 0.15406 nm. Calculate the atomic radius of the metal in nm.",
        _D_FCC111 * math.sqrt(3) / (2 * math.sqrt(2)),
        "nm",
    ),
    (
        "X-rays of wavelength 0.0711 nm are reflected by the (110) planes of a BCC metal with a = 0.3165 nm. At what Bragg angle θ does the second-order (n = 2) reflection from these planes appear, in degrees?",
        _theta(0.0711, 0.3165 / math.sqrt(2), 2),
        "degree",
    ),
    (
        "What X-ray wavelength, in nm, puts the 200 reflection of copper (a = 0.3615 nm) at 2θ = 50.4°?",
        2 * (0.3615 / 2) * math.sin(math.radians(25.2)),
        "nm",
    ),
    (
        "The 220 reflection of a cubic crystal lies at 2θ = 74.13° with λ = 1.5406 Å. What is the spacing d₂₂₀ in Å?",
        1.5406 / (2 * math.sin(math.radians(74.13 / 2))),
        "angstrom",
    ),
    # --- 7b: vacancies, ASTM grain size, composition
    (
        "The vacancy formation energy of gold is 0.98 eV/atom. What fraction of its lattice sites are vacant at 900 °C?",
        math.exp(-0.98 / (k * _ck(900))),
        "dimensionless",
    ),
    (
        "Forming one mole of vacancies in copper takes 86.8 kJ. What fraction of the lattice sites are vacant at 1000 °C?",
        math.exp(-86800 / (R * _ck(1000))),
        "dimensionless",
    ),
    (
        "For copper the vacancy formation energy is 0.90 eV/atom. At what temperature, in °C, is one lattice site in 10 000 vacant?",
        0.90 / (k * math.log(1e4)) - 273.15,
        "degC",
    ),
    (
        "At 800 °C one lattice site in 5 000 of a metal is vacant. What is its vacancy formation energy in eV?",
        k * _ck(800) * math.log(5000),
        "eV",
    ),
    (
        "For nickel the vacancy formation energy is 1.6 eV. By what factor does the equilibrium vacancy concentration fall when the metal is cooled from 1200 °C to 900 °C?",
        math.exp(1.6 / k * (1 / _ck(900) - 1 / _ck(1200))),
        "dimensionless",
    ),
    (
        "The vacancy formation energy of aluminium is 0.75 eV. By what factor does the equilibrium vacancy concentration rise between 500 °F and 1000 °F?",
        math.exp(0.75 / k * (1 / _fk(500) - 1 / _fk(1000))),
        "dimensionless",
    ),
    (
        "Compute the number of vacancies per cubic metre in copper at 1000 °C, given Q_v = 0.90 eV/atom, a density of 8.40 g/cm³ at that temperature and A = 63.5 g/mol.",
        NA * 8.40e6 / 63.5 * math.exp(-0.90 / (k * _ck(1000))),
        "1/m**3",
    ),
    (
        "Compute the number of vacancies per cubic centimetre in copper at 1000 °C, given Q_v = 0.90 eV/atom, a density of 8.40 g/cm³ at that temperature and A = 63.5 g/mol.",
        NA * 8.40 / 63.5 * math.exp(-0.90 / (k * _ck(1000))),
        "1/cm**3",
    ),
    (
        "A metal has an ASTM grain-size number of 7. How many grains per square inch are seen at a magnification of 100×?",
        2.0**6,
        "1/inch**2",
    ),
    (
        "A steel with ASTM grain-size number 5 is photographed at 50×. How many grains per square inch appear on the micrograph?",
        2.0**4 * (100 / 50) ** 2,
        "1/inch**2",
    ),
    (
        "On a micrograph taken at 200× an average of 30 grains per square inch is counted. What is the ASTM grain-size number?",
        1 + math.log2(30 * (200 / 100) ** 2),
        "dimensionless",
    ),
    (
        "A metal has ASTM grain-size number 8. How many grains are there per square millimetre of the actual specimen surface (no magnification)?",
        2.0**7 * 100**2 / 645.16,
        "1/mm**2",
    ),
    (
        "An alloy contains 80 wt% Ni and 20 wt% Cr. What is its chromium content in atom percent? Atomic weights: Ni 58.69, Cr 52.00 g/mol.",
        _NI_CR,
        "percent",
    ),
    (
        "A Cu–Al alloy contains 10 at% Al. Find its aluminium content in wt%. Atomic weights: Cu 63.55, Al 26.98 g/mol.",
        _CU_AL_WT,
        "percent",
    ),
    (
        "A brass has 70 wt% Cu and 30 wt% Zn. What is its copper content in at%? Atomic weights Cu 63.55 and Zn 65.38 g/mol.",
        100 - (30 / 65.38) / (30 / 65.38 + 70 / 63.55) * 100,
        "percent",
    ),
    (
        "An aluminium bronze has 5 wt% Al, 2 wt% Mg and the balance Cu. What is its magnesium content in atom percent? Atomic weights: Al 26.98, Mg 24.31, Cu 63.55 g/mol.",
        _MG3,
        "percent",
    ),
    # --- 7c: diffusion
    (
        "For carbon in γ-iron D₀ = 2.3 × 10⁻⁵ m²/s and Q = 148 kJ/mol. Compute the diffusion coefficient at 1100 °C in cm²/s.",
        2.3e-5 * math.exp(-148000 / (R * _ck(1100))) * 1e4,
        "cm**2/s",
    ),
    (
        "For copper diffusing in aluminium D₀ = 6.5 × 10⁻⁵ m²/s and Q_d = 136 kJ/mol. What is D at 500 °C in m²/s?",
        6.5e-5 * math.exp(-136000 / (R * _ck(500))),
        "m**2/s",
    ),
    (
        "The activation energy for diffusion of carbon in austenite is 1.53 eV/atom and D₀ = 2.3 × 10⁻⁵ m²/s. Compute D at 1000 °C in m²/s.",
        2.3e-5 * math.exp(-1.53 / (k * _ck(1000))),
        "m**2/s",
    ),
    (
        "For carbon in austenite Q = 35.4 kcal/mol and D₀ = 0.23 cm²/s. Compute the diffusion coefficient at 1800 °F in cm²/s.",
        0.23 * math.exp(-35400 * 4.184 / (R * _fk(1800))),
        "cm**2/s",
    ),
    (
        "The diffusion coefficient of carbon in γ-iron is 2.7 × 10⁻¹¹ m²/s at 1000 °C and its activation energy is 148 kJ/mol. What is the pre-exponential D₀ in m²/s?",
        2.7e-11 * math.exp(148000 / (R * _ck(1000))),
        "m**2/s",
    ),
    (
        "An impurity has D = 9.4 × 10⁻¹² m²/s at 900 °C and D₀ = 2.3 × 10⁻⁵ m²/s. Calculate its activation energy for diffusion in kJ/mol.",
        -R * _ck(900) * math.log(9.4e-12 / 2.3e-5) / 1000,
        "kJ/mol",
    ),
    (
        "The diffusion coefficient of a solute is 1.0 × 10⁻¹⁴ m²/s at 700 °C and 1.0 × 10⁻¹² m²/s at 900 °C. Estimate D at 800 °C in m²/s.",
        1e-14 * math.exp(-_Q37 / R * (1 / _ck(800) - 1 / _ck(700))),
        "m**2/s",
    ),
    (
        "Diffusion coefficients of 4.8 × 10⁻¹⁴ m²/s at 800 °C and 5.3 × 10⁻¹³ m²/s at 950 °C were measured for an impurity. What is the activation energy in eV per atom?",
        k * math.log(5.3e-13 / 4.8e-14) / (1 / _ck(800) - 1 / _ck(950)),
        "eV",
    ),
    (
        "A steel with 0.20 wt% C is carburized with its surface held at 1.00 wt% C; D = 1.6 × 10⁻¹¹ m²/s. After 5 h, at what depth below the surface is the carbon content 0.60 wt%? Answer in mm.",
        2 * _Z50 * math.sqrt(1.6e-11 * _T_CARB) * 1e3,
        "mm",
    ),
    (
        "A steel with 0.20 wt% C is carburized with its surface held at 1.00 wt% C; D = 1.6 × 10⁻¹¹ m²/s. What is the carbon content 0.5 mm below the surface after 5 h, in wt%?",
        0.20 + 0.80 * (1 - math.erf(0.5e-3 / (2 * math.sqrt(1.6e-11 * _T_CARB)))),
        "percent",
    ),
    (
        "A steel with 0.80 wt% C is decarburized in a gas that holds its surface at 0.10 wt% C; D = 1.6 × 10⁻¹¹ m²/s. After how many hours has the carbon content 0.5 mm below the surface fallen to 0.45 wt%?",
        (0.5e-3 / (2 * _Z50)) ** 2 / 1.6e-11 / 3600,
        "hour",
    ),
    (
        "A carburizing treatment takes 10 h at 900 °C. At what temperature, in °C, would the same case be produced in 4 h? Take Q = 148 kJ/mol for carbon in austenite.",
        1 / (1 / _ck(900) - R * math.log(2.5) / 148000) - 273.15,
        "degC",
    ),
    (
        "A carburizing cycle at 900 °C takes 10 h. How many hours are saved by running it at 1000 °C instead to reach the same case? Q = 148 kJ/mol, same surface and bulk carbon.",
        10 - 10 * math.exp(-148000 / R * (1 / _ck(900) - 1 / _ck(1000))),
        "hour",
    ),
    (
        "Carburizing for 10 h at 900 °C gives a case 0.5 mm deep. How long at the same temperature gives a case 1.0 mm deep (same surface and bulk carbon)?",
        40.0,
        "hour",
    ),
    (
        "Hydrogen diffuses at steady state through a palladium sheet; the concentrations at its faces are 1.5 and 0.3 kg/m³ and D = 1.0 × 10⁻⁸ m²/s. The measured flux is 3.0 × 10⁻⁶ kg/(m²·s). How thick is the sheet, in mm?",
        1e-8 * 1.2 / 3.0e-6 * 1e3,
        "mm",
    ),
    (
        "Nitrogen diffuses at steady state through an iron foil 10 mil thick. The concentrations at its faces are 2.0 and 0.5 kg/m³, and D = 6.0 × 10⁻¹¹ m²/s. Find the flux in kg/(m²·s).",
        6.0e-11 * 1.5 / (10 * 1e-3 * INCH),
        "kg/m**2/s",
    ),
    (
        "At steady state the flux of a gas through a 2 mm plate is 5.0 × 10⁻⁷ kg/(m²·s) and the concentrations at its faces are 3.0 and 1.0 kg/m³. What is the diffusion coefficient in m²/s?",
        5.0e-7 * 2e-3 / 2.0,
        "m**2/s",
    ),
    # --- 7d: mechanical
    (
        "A tensile specimen 0.505 in. in diameter carries 10 000 lbf. What is the engineering stress in psi?",
        10000 / (PI / 4 * 0.505**2),
        "psi",
    ),
    (
        "A tensile specimen 0.505 in. in diameter carries 10 000 lbf. What is the engineering stress in ksi?",
        10000 / (PI / 4 * 0.505**2) / 1000,
        "ksi",
    ),
    (
        "A round bar of radius 6 mm carries an axial load of 15 kN. Find the engineering stress in MPa.",
        15e3 / (PI * 6**2),
        "MPa",
    ),
    (
        "What load, in lbf, produces an engineering stress of 50 000 psi in a bar 0.505 in. in diameter?",
        50000 * PI / 4 * 0.505**2,
        "lbf",
    ),
    (
        "A cylindrical specimen originally 12.8 mm in diameter carries 20 kN; at this load its diameter has shrunk to 12.0 mm. What is the true stress in MPa?",
        20e3 / (PI / 4 * 12.0**2),
        "MPa",
    ),
    (
        "An aluminium alloy bar 12.0 mm in diameter (E = 69 GPa, ν = 0.33) is compressed elastically by 25 kN. By how much does its diameter increase, in µm?",
        0.33 * 25e3 / (PI / 4 * 12e-3**2) / 69e9 * 12e-3 * 1e6,
        "um",
    ),
    (
        "An aluminium alloy bar 12.0 mm in diameter (E = 69 GPa, ν = 0.33) is loaded elastically in tension by 25 kN. What is its final diameter under load, in mm?",
        12.0 - 0.33 * 25e3 / (PI / 4 * 12e-3**2) / 69e9 * 12.0,
        "mm",
    ),
    (
        "A steel rod 10 mm in diameter (E = 207 GPa, ν = 0.30) carries 15 kN in tension. By how much does its diameter decrease, in mm?",
        0.30 * 15e3 / (PI / 4 * 10e-3**2) / 207e9 * 10.0,
        "mm",
    ),
    (
        "A brass rod 10 mm in diameter (E = 100 GPa) carries an elastic tensile load of 15 kN, and its diameter decreases by 6.5 × 10⁻³ mm. What is Poisson's ratio?",
        (6.5e-3 / 10) / (15e3 / (PI / 4 * 10e-3**2) / 100e9),
        "dimensionless",
    ),
    (
        "For a low-carbon steel σ₀ = 70 MPa and k_y = 0.74 MPa·m^1/2. What is the yield strength for an average grain diameter of 20 µm, in MPa?",
        70 + 0.74 / math.sqrt(20e-6),
        "MPa",
    ),
    (
        "For a low-carbon steel σ₀ = 70 MPa and k_y = 0.74 MPa·m^1/2. What average grain diameter, in mm, gives a yield strength of 300 MPa?",
        (0.74 / 230) ** 2 * 1e3,
        "mm",
    ),
    (
        "A steel has a yield strength of 230 MPa with a grain diameter of 50 µm and 310 MPa with a grain diameter of 10 µm. Estimate its yield strength for a grain diameter of 20 µm, in MPa.",
        _HP_S0 + _HP_K / math.sqrt(20e-6),
        "MPa",
    ),
    (
        "For a brass σ₀ = 10 ksi and k_y = 0.7 ksi·in^1/2. What is its yield strength, in ksi, for a grain diameter of 0.001 in.?",
        10 + 0.7 / math.sqrt(0.001),
        "ksi",
    ),
    (
        "A copper rod is cold drawn from a diameter of 10 mm to 8 mm. What is the percent cold work?",
        (1 - 0.8**2) * 100,
        "percent",
    ),
    (
        "To what diameter, in mm, must a 6.0 mm copper wire be drawn to give 40 % cold work?",
        6.0 * math.sqrt(0.6),
        "mm",
    ),
    (
        "A wire is drawn from 8 mm to 6 mm in diameter, fully annealed, and then drawn to 5 mm. What is the percent cold work of the finished wire?",
        (1 - (5 / 6) ** 2) * 100,
        "percent",
    ),
    (
        "A wire is drawn from 8 mm to 6 mm in diameter and then, without annealing, to 5 mm. What is the total percent cold work?",
        (1 - (5 / 8) ** 2) * 100,
        "percent",
    ),
    (
        "A single crystal is pulled along an axis at 48° to the slip-plane normal and 62° to the slip direction by a stress of 3.5 MPa. What is the resolved shear stress on the slip system, in MPa?",
        3.5 * math.cos(math.radians(48)) * math.cos(math.radians(62)),
        "MPa",
    ),
    (
        "A single crystal pulled along an axis at 48° to the slip-plane normal and 62° to the slip direction starts to yield at an applied stress of 2.7 MPa. What is the critical resolved shear stress in MPa?",
        2.7 * math.cos(math.radians(48)) * math.cos(math.radians(62)),
        "MPa",
    ),
    (
        "A single crystal is pulled along an axis at 30° to the slip-plane normal and 45° to the slip direction. Its critical resolved shear stress is 0.85 MPa. At what applied tensile stress does it begin to yield?",
        None,
        "MPa",
    ),
    (
        "A zinc crystal is pulled along an axis that makes 42° with the slip plane itself and 62° with the slip direction. The critical resolved shear stress is 0.85 MPa. At what tensile stress does it begin to yield, in MPa?",
        0.85 / (math.cos(math.radians(48)) * math.cos(math.radians(62))),
        "MPa",
    ),
    # --- 7e: failure
    (
        "A steel plate has a plane-strain fracture toughness of 50 ksi·in^1/2 and a surface crack 0.08 in. deep. With Y = 1.0, what stress causes fracture, in ksi?",
        50 / math.sqrt(PI * 0.08),
        "ksi",
    ),
    (
        "A steel plate has a plane-strain fracture toughness of 50 ksi·in^1/2 and contains an internal crack 0.16 in. long. With Y = 1.0, what stress causes fracture, in ksi?",
        50 / math.sqrt(PI * 0.08),
        "ksi",
    ),
    (
        "A steel with K_Ic = 55 MPa·√m carries a stress of 500 MPa. With Y = 1.12, what is the longest surface crack it can tolerate, in mm?",
        (55 / (1.12 * 500)) ** 2 / PI * 1e3,
        "mm",
    ),
    (
        "A plate with K_Ic = 40 MPa·√m carries 500 MPa. Taking Y = 1, what is the longest internal crack, measured tip to tip, that it can tolerate, in mm?",
        2 * (40 / 500) ** 2 / PI * 1e3,
        "mm",
    ),
    (
        "What minimum plane-strain fracture toughness, in MPa·m^1/2, lets a plate with a 2 mm deep surface crack (Y = 1.1) carry 300 MPa without fracture?",
        1.1 * 300 * math.sqrt(PI * 2e-3),
        "MPa*m**0.5",
    ),
    (
        "An alloy has a yield strength of 1 200 MPa and K_Ic = 40 MPa·√m and is designed to operate at 50 % of its yield strength. Taking Y = 1.0, what is the longest internal crack (total length) it can tolerate, in mm?",
        2 * (40 / 600) ** 2 / PI * 1e3,
        "mm",
    ),
    (
        "A soda-lime glass has E = 70 GPa and a specific surface energy of 0.30 J/m². Using the Griffith criterion, what stress propagates a surface crack 4 µm deep, in MPa?",
        math.sqrt(2 * 70e9 * 0.30 / (PI * 4e-6)) / 1e6,
        "MPa",
    ),
    (
        "A glass with E = 70 GPa and γ_s = 0.30 J/m² carries 40 MPa. By the Griffith criterion, what is the longest internal crack (total length) it can carry, in µm?",
        2 * 2 * 70e9 * 0.30 / (PI * 40e6**2) * 1e6,
        "um",
    ),
    (
        "At 140 MPa a nickel-base alloy has a Larson–Miller parameter of 24 000 at rupture (T in K, t in h, C = 20). Predict its rupture life at 700 °C in hours.",
        10 ** (24000 / _ck(700) - 20),
        "hour",
    ),
    (
        "At 140 MPa a nickel-base alloy has a Larson–Miller parameter of 24 000 (T in K, t in h, C = 20). What is the highest temperature, in °C, for a rupture life of 1 000 h?",
        24000 / 23 - 273.15,
        "degC",
    ),
    (
        "A creep specimen ruptures after 500 h at 800 °C. What is its Larson–Miller parameter (T in K, t in h, C = 20)?",
        _ck(800) * (20 + math.log10(500)),
        "dimensionless",
    ),
    (
        "At 140 MPa a nickel-base alloy has a Larson–Miller parameter of 24 000 (T in K, t in h, C = 20). Predict its rupture life at 1400 °F, in hours.",
        10 ** (24000 / _fk(1400) - 20),
        "hour",
    ),
    # --- 7f: phase diagrams
    (
        "A Cu–35 wt% Ni alloy is held at 1250 °C, where liquid of 32 wt% Ni coexists with α of 43 wt% Ni. What is the mass fraction of α?",
        3 / 11,
        "dimensionless",
    ),
    (
        "A Cu–35 wt% Ni alloy is held at 1250 °C, where liquid of 32 wt% Ni coexists with α of 43 wt% Ni. What is the ratio of the mass of α to the mass of liquid?",
        3 / 8,
        "dimensionless",
    ),
    (
        "A 2.5 kg casting of Cu–35 wt% Ni is held at 1250 °C, where liquid of 32 wt% Ni coexists with α of 43 wt% Ni. What mass of liquid does it contain, in kg?",
        2.5 * 8 / 11,
        "kg",
    ),
    (
        "A Cu–50 wt% Ni alloy is held at 1250 °C, where liquid of 32 wt% Ni coexists with α of 43 wt% Ni. What percentage of the alloy, by mass, is liquid?",
        None,
        "percent",
    ),
    (
        "A Cu–35 wt% Ni alloy is held at 1250 °C, where liquid of 32 wt% Ni coexists with α of 43 wt% Ni. What is the volume fraction of liquid?",
        None,
        "dimensionless",
    ),
    (
        "A 0.35 wt% C plain-carbon steel is cooled slowly to just below the eutectoid temperature. Take the eutectoid at 0.76 wt% C and the maximum solubility of C in α-Fe as 0.022 wt%. What is the mass fraction of pearlite?",
        (0.35 - 0.022) / (0.76 - 0.022),
        "dimensionless",
    ),
    (
        "A 0.35 wt% C steel is slowly cooled to just below the eutectoid temperature. With α at 0.022 wt% C and Fe₃C at 6.70 wt% C, what is the total mass fraction of ferrite (proeutectoid and eutectoid)?",
        (6.70 - 0.35) / (6.70 - 0.022),
        "dimensionless",
    ),
    (
        "A 1.10 wt% C steel is slowly cooled to just below the eutectoid temperature. With the eutectoid at 0.76 wt% C and cementite at 6.70 wt% C, what is the mass fraction of proeutectoid cementite?",
        (1.10 - 0.76) / (6.70 - 0.76),
        "dimensionless",
    ),
    (
        "How many kilograms of proeutectoid ferrite form in 5 kg of a 0.35 wt% C steel cooled slowly to just below the eutectoid? Eutectoid 0.76 wt% C, ferrite 0.022 wt% C.",
        5 * (0.76 - 0.35) / (0.76 - 0.022),
        "kg",
    ),
    (
        "A slowly cooled hypoeutectoid steel contains 40 % proeutectoid ferrite by mass. What is its carbon content in wt%? Take the eutectoid at 0.76 wt% C and ferrite at 0.022 wt% C.",
        0.76 - 0.40 * (0.76 - 0.022),
        "percent",
    ),
    # --- 7g: transformations
    (
        "A recrystallization follows Avrami kinetics with n = 2.5 and is half complete after 60 s. What fraction has recrystallized after 100 s?",
        1 - math.exp(-_AV_K * 100**2.5),
        "dimensionless",
    ),
    (
        "A recrystallization follows Avrami kinetics with n = 2.5 and is half complete after 60 s. How long does it take to reach 10 % recrystallized, in s?",
        (-math.log(0.9) / _AV_K) ** (1 / 2.5),
        "s",
    ),
    (
        "A transformation is 20 % complete after 30 s and 80 % complete after 90 s. Assuming Avrami kinetics, what is the exponent n?",
        math.log(math.log(1 / 0.2) / math.log(1 / 0.8)) / math.log(3),
        "dimensionless",
    ),
    (
        "A transformation obeys y = 1 − exp(−k tⁿ) with k = 2.0 × 10⁻⁴ s⁻² and n = 2. How long does it take to reach 50 % transformed, in s?",
        math.sqrt(math.log(2) / 2.0e-4),
        "s",
    ),
    (
        "For homogeneous solidification of nickel ΔH_f = −2.53 × 10⁹ J/m³, γ = 0.255 J/m² and T_m = 1455 °C. Find the critical nucleus radius at an undercooling of 319 °C, in Å.",
        _NI_R * 1e10,
        "angstrom",
    ),
    (
        "For homogeneous solidification of nickel ΔH_f = −2.53 × 10⁹ J/m³, γ = 0.255 J/m² and T_m = 1455 °C. What is the critical nucleus radius at an undercooling of 200 K, in nm?",
        2 * 0.255 * _ck(1455) / (2.53e9 * 200) * 1e9,
        "nm",
    ),
    (
        "For homogeneous solidification of nickel ΔH_f = −2.53 × 10⁹ J/m³, γ = 0.255 J/m² and T_m = 1455 °C. What is the diameter of the critical nucleus at an undercooling of 319 °C, in nm?",
        2 * _NI_R * 1e9,
        "nm",
    ),
    (
        "Liquid nickel (ΔH_f = −2.53 × 10⁹ J/m³, γ = 0.255 J/m², T_m = 1455 °C) solidifies homogeneously at 1136 °C. What is the critical nucleus radius in nm?",
        _NI_R * 1e9,
        "nm",
    ),
    (
        "For homogeneous solidification of nickel ΔH_f = −2.53 × 10⁹ J/m³, γ = 0.255 J/m² and T_m = 1455 °C. Calculate the activation free energy ΔG* at an undercooling of 319 K, in J.",
        16 * PI * 0.255**3 * _ck(1455) ** 2 / (3 * 2.53e9**2 * 319**2),
        "J",
    ),
    (
        "A high-carbon steel with M_s = 220 °C is quenched to 25 °C. Using the Koistinen–Marburger relation with a rate constant of 0.011 K⁻¹, what percentage of martensite forms?",
        100 * (1 - math.exp(-_KM_K * 195)),
        "percent",
    ),
    (
        "A steel has M_s = 220 °C. By the Koistinen–Marburger relation with a rate constant of 0.011 K⁻¹, to what temperature, in °C, must it be quenched to obtain 95 % martensite?",
        220 + math.log(0.05) / _KM_K,
        "degC",
    ),
    (
        "A steel with M_s = 428 °F is quenched to 77 °F. Using Koistinen–Marburger with a rate constant of 0.011 K⁻¹, what percentage of retained austenite is expected?",
        100 * math.exp(-_KM_K * (428 - 77) * 5 / 9),
        "percent",
    ),
    (
        "A steel with M_s = 220 °C is quenched into a salt bath at 250 °C and held. Using Koistinen–Marburger with a rate constant of 0.011 K⁻¹, what percentage of the austenite is retained?",
        100.0,
        "percent",
    ),
    # --- 7h: electrical, magnetic, optical
    (
        "For intrinsic silicon take n_i = 1.0 × 10¹⁶ m⁻³, μ_e = 0.14 m²/(V·s) and μ_h = 0.05 m²/(V·s). Compute its electrical conductivity in (Ω·m)⁻¹.",
        1e16 * e * 0.19,
        "1/ohm/m",
    ),
    (
        "Intrinsic germanium has n_i = 2.5 × 10¹⁹ m⁻³, μ_e = 0.38 and μ_h = 0.18 m²/(V·s). What is its resistivity in Ω·cm?",
        1 / (2.5e19 * e * 0.56) * 100,
        "ohm*cm",
    ),
    (
        "Silicon is doped with 1.0 × 10²¹ m⁻³ phosphorus atoms, all ionized; μ_e = 0.14 m²/(V·s) and μ_h = 0.05 m²/(V·s). What is its resistivity in Ω·m?",
        1 / (1e21 * e * 0.14),
        "ohm*m",
    ),
    (
        "A metal has a Hall coefficient of −7.4 × 10⁻¹¹ m³/C. How many free electrons per cubic metre does it have?",
        1 / (7.4e-11 * e),
        "1/m**3",
    ),
    (
        "A metal has R_H = −7.4 × 10⁻¹¹ m³/C and an electrical resistivity of 1.7 × 10⁻⁸ Ω·m. Compute the electron mobility in m²/(V·s).",
        7.4e-11 / 1.7e-8,
        "m**2/V/s",
    ),
    (
        "A metal has R_H = −7.4 × 10⁻¹¹ m³/C and an electron mobility of 0.0043 m²/(V·s). What is its electrical conductivity in (Ω·m)⁻¹?",
        0.0043 / 7.4e-11,
        "1/ohm/m",
    ),
    (
        "Each iron atom contributes 2.2 Bohr magnetons at saturation. With a density of 7.87 g/cm³ and an atomic weight of 55.85 g/mol, compute the saturation magnetization of iron in A/m.",
        _MS_FE,
        "A/m",
    ),
    (
        "Each iron atom contributes 2.2 Bohr magnetons at saturation. With a density of 7.87 g/cm³ and an atomic weight of 55.85 g/mol, what is the saturation flux density in T?",
        MU0 * _MS_FE,
        "T",
    ),
    (
        "Cobalt has 1.72 Bohr magnetons per atom, a density of 8.90 g/cm³ and an atomic weight of 58.93 g/mol. What is its saturation magnetization in kA/m?",
        _MS_CO / 1e3,
        "kA/m",
    ),
    (
        "Each nickel atom contributes 0.60 Bohr magneton at saturation; the density is 8.90 g/cm³ and the atomic weight 58.69 g/mol. What is the saturation flux density in gauss?",
        MU0 * _MS_NI * 1e4,
        "gauss",
    ),
    (
        "The demagnetization curve of a magnet is a straight line from B_r = 1.2 T to H_c = −900 kA/m. Estimate its maximum energy product in MGOe.",
        1.2 * 900e3 / 4 / (1e5 / (4 * PI)),
        "MGOe",
    ),
    (
        "A magnet's demagnetization curve is a straight line from B_r = 12 000 G to H_c = −11 000 Oe. Estimate its maximum energy product in kJ/m³.",
        1.2 * 11000 * 1e3 / (4 * PI) / 4 / 1e3,
        "kJ/m**3",
    ),
    (
        "Germanium has a band gap of 0.67 eV. What is the longest wavelength, in nm, it absorbs by band-to-band transitions?",
        h * c / (0.67 * e) * 1e9,
        "nm",
    ),
    (
        "A semiconductor absorbs light by band-to-band transitions for wavelengths up to 870 nm. What is its band gap in eV?",
        h * c / 870e-9 / e,
        "eV",
    ),
    (
        "Silicon has E_g = 1.11 eV. What is the lowest photon frequency it absorbs by band-to-band transitions, in Hz?",
        1.11 * e / h,
        "Hz",
    ),
    (
        "A glass with n = 1.52 is in air. What percentage of normally incident light is transmitted through its front surface?",
        100 * (1 - _R_GLASS),
        "percent",
    ),
    (
        "A glass pane with n = 1.52 is in air. Ignoring absorption and multiple reflections, what percentage of normally incident light passes through both of its surfaces?",
        100 * (1 - _R_GLASS) ** 2,
        "percent",
    ),
    (
        "A glass with n = 1.52 is immersed in water (n = 1.33). What percentage of light at normal incidence is reflected at the glass surface?",
        100 * ((1.52 - 1.33) / (1.52 + 1.33)) ** 2,
        "percent",
    ),
    (
        "A transparent solid in air reflects 5.0 % of normally incident light. What is its refractive index?",
        (1 + math.sqrt(0.05)) / (1 - math.sqrt(0.05)),
        "dimensionless",
    ),
    # --- 7i: thermal
    (
        "An aluminium bus bar 2.5 m long is installed at 15 °C; α_l = 23.6 × 10⁻⁶ °C⁻¹. What is its final length, in m, at 120 °C?",
        2.5 * (1 + 23.6e-6 * 105),
        "m",
    ),
    (
        "A steel rail 100 in. long at 60 °F is heated to 250 °F; α_l = 6.5 × 10⁻⁶ °F⁻¹. By how many inches does it lengthen?",
        100 * 6.5e-6 * 190,
        "inch",
    ),
    (
        "An aluminium bar 2.5 m long (α_l = 23.6 × 10⁻⁶ °C⁻¹) is heated from 15 °F to 120 °F. By how much does it lengthen, in mm?",
        2500 * 23.6e-6 * 105 * 5 / 9,
        "mm",
    ),
    (
        "An aluminium bar 2.5 m long (α_l = 23.6 × 10⁻⁶ °C⁻¹) is at 15 °C. To what temperature, in °C, must it be heated to lengthen by 5 mm?",
        15 + 5 / (2500 * 23.6e-6),
        "degC",
    ),
    (
        "An aluminium bar 2.5 m long (α_l = 23.6 × 10⁻⁶ °C⁻¹) cools from 120 °C to −40 °C. By how much does it shorten, in mm?",
        2500 * 23.6e-6 * 160,
        "mm",
    ),
    (
        "A brass rod (E = 97 GPa, α_l = 20 × 10⁻⁶ °C⁻¹) is fixed rigidly between two walls at 20 °C and heated to 80 °C. What is the magnitude of the thermal stress, in ksi?",
        97e3 * 20e-6 * 60 * 1e6 / PSI / 1e3,
        "ksi",
    ),
    (
        "A thin brass plate (E = 97 GPa, ν = 0.34, α_l = 20 × 10⁻⁶ °C⁻¹) is held rigidly along all its edges, so it cannot expand in either in-plane direction, and is heated by 60 °C. What is the magnitude of the in-plane thermal stress, in MPa?",
        97e3 * 20e-6 * 60 / (1 - 0.34),
        "MPa",
    ),
    (
        "A brass rod (E = 97 GPa, α_l = 20 × 10⁻⁶ °C⁻¹) is fixed rigidly between two walls. What temperature rise produces a compressive stress of 150 MPa?",
        150 / (97e3 * 20e-6),
        "delta_degC",
    ),
    (
        "How much heat, in kJ, is needed to raise an 11 lb copper casting from 68 °F to 356 °F? Take c_p = 386 J/(kg·K).",
        11 * 0.45359237 * 386 * 160 / 1e3,
        "kJ",
    ),
    (
        "How much heat, in Btu, is needed to raise an 11 lb copper casting from 20 °C to 180 °C? Take c_p = 386 J/(kg·K).",
        11 * 0.45359237 * 386 * 160 / 1055.05585262,
        "Btu",
    ),
    (
        "A 5 kg copper block (c_p = 0.092 cal/(g·°C)) is heated from 20 °C to 180 °C. How much heat does it take, in kJ?",
        5000 * 0.092 * 4.184 * 160 / 1e3,
        "kJ",
    ),
    (
        "A 5 kg copper block at 20 °C (c_p = 386 J/(kg·K)) absorbs 500 kJ of heat. What is its final temperature in °C?",
        20 + 500e3 / (5 * 386),
        "degC",
    ),
    (
        "How much heat, in kJ, raises 2.0 mol of aluminium from 25 °C to 125 °C if its molar heat capacity is 24.2 J/(mol·K)?",
        2.0 * 24.2 * 100 / 1e3,
        "kJ",
    ),
    (
        "A glass has a fracture strength of 69 MPa, E = 69 GPa, α_l = 9.0 × 10⁻⁶ °C⁻¹ and a thermal conductivity of 1.7 W/(m·K). Compute its thermal shock resistance parameter σ_f k/(E α_l) in W/m.",
        69e6 * 1.7 / (69e9 * 9.0e-6),
        "W/m",
    ),
    # --- 7j: polymers, composites, corrosion
    (
        "A polystyrene has a number-average molecular weight of 500 000 g/mol. What is its number-average degree of polymerization?",
        500000 / (8 * 12.011 + 8 * 1.008),
        "dimensionless",
    ),
    (
        "A polyethylene has M̄_n = 280 000 g/mol. Compute its number-average degree of polymerization.",
        280000 / (2 * 12.011 + 4 * 1.008),
        "dimensionless",
    ),
    (
        "A poly(vinyl chloride) has a number-average degree of polymerization of 1 500. What is its number-average molecular weight in g/mol?",
        1500 * (2 * 12.011 + 3 * 1.008 + 35.45),
        "g/mol",
    ),
    (
        "A poly(methyl methacrylate) has a weight-average molecular weight of 300 000 g/mol. What is its number-average degree of polymerization?",
        None,
        "dimensionless",
    ),
    (
        "A random styrene–butadiene copolymer has M̄_n = 350 000 g/mol and a degree of polymerization of 5 000. What fraction of its repeat units are butadiene?",
        (350000 / 5000 - (8 * 12.011 + 8 * 1.008))
        / ((4 * 12.011 + 6 * 1.008) - (8 * 12.011 + 8 * 1.008)),
        "dimensionless",
    ),
    (
        "A random ethylene–propylene copolymer has M̄_n = 100 000 g/mol and a degree of polymerization of 3 000. What fraction of its repeat units are ethylene?",
        (3 * 12.011 + 6 * 1.008 - 100000 / 3000)
        / ((3 * 12.011 + 6 * 1.008) - (2 * 12.011 + 4 * 1.008)),
        "dimensionless",
    ),
    (
        "A linear polyethylene has M̄_n = 140 000 g/mol. With a C–C bond length of 0.154 nm and the chain a random walk of its backbone bonds, estimate its average end-to-end distance in nm.",
        0.154 * math.sqrt(2 * 140000 / (2 * 12.011 + 4 * 1.008)),
        "nm",
    ),
    (
        "For aligned carbon fibres in epoxy, E_f = 230 GPa and E_m = 3.1 GPa. What is the longitudinal modulus at a fibre volume fraction of 0.60, in GPa?",
        0.6 * 230 + 0.4 * 3.1,
        "GPa",
    ),
    (
        "For aligned carbon fibres in epoxy, E_f = 230 GPa and E_m = 3.1 GPa. What is the transverse modulus at a fibre volume fraction of 0.60, in GPa?",
        1 / (0.6 / 230 + 0.4 / 3.1),
        "GPa",
    ),
    (
        "Aligned glass fibres (E = 72 GPa) in polyester (E = 3.0 GPa): what minimum fibre volume fraction gives a transverse modulus of 5.0 GPa? Answer in percent.",
        100 * (1 / 3.0 - 1 / 5.0) / (1 / 3.0 - 1 / 72),
        "percent",
    ),
    (
        "An aluminium alloy (E = 69 GPa) is reinforced with 30 vol% continuous aligned boron fibres (E = 400 GPa). Loaded along the fibres, what percentage of the load does the matrix carry?",
        100 * 0.7 * 69 / (0.7 * 69 + 0.3 * 400),
        "percent",
    ),
    (
        "An aluminium alloy (E = 69 GPa) holds 30 vol% continuous aligned boron fibres (E = 400 GPa). Loaded along the fibres, what is the ratio of the load on the fibres to the load on the matrix?",
        0.3 * 400 / (0.7 * 69),
        "dimensionless",
    ),
    (
        "Carbon fibres 10 µm in diameter with a tensile strength of 3.5 GPa sit in a matrix whose fibre–matrix bond strength is 20 MPa. What is the critical fibre length in mm?",
        3.5e3 * 10e-3 / (2 * 20),
        "mm",
    ),
    (
        "Dense alumina has E₀ = 393 GPa; with porosity P take E = E₀(1 − 1.9P + 0.9P²). What is the modulus at 10 vol% porosity, in GPa?",
        393 * (1 - 1.9 * 0.1 + 0.9 * 0.01),
        "GPa",
    ),
    (
        "A rectangular silicon nitride bar (width 10 mm, thickness 5.0 mm) breaks in three-point bending over a 40 mm span at a load of 1 000 N. What is its flexural strength in MPa?",
        3 * 1000 * 40 / (2 * 10 * 5.0**2),
        "MPa",
    ),
    (
        "A round alumina rod 5.0 mm in diameter is tested in three-point bending over a 40 mm span. Its flexural strength is 300 MPa. What load breaks it, in N?",
        300 * PI * 2.5**3 / 40,
        "N",
    ),
    (
        "A rectangular ceramic bar (width 10 mm, thickness 5.0 mm) with a flexural strength of 300 MPa is tested in four-point bending with an outer span of 40 mm. What load breaks it, in N?",
        None,
        "N",
    ),
    (
        "Iron corrodes uniformly as Fe → Fe²⁺ + 2e⁻ at a current density of 0.35 A/m²; density 7.87 g/cm³, M = 55.85 g/mol. What is the penetration rate in mils per year?",
        _CPR_FE / (1e-3 * INCH),
        "thou/year",
    ),
    (
        "Iron corrodes uniformly as Fe → Fe³⁺ + 3e⁻ at a current density of 0.35 A/m²; density 7.87 g/cm³, M = 55.85 g/mol. What is the penetration rate in mm/yr?",
        _CPR_FE * 2 / 3 * 1e3,
        "mm/year",
    ),
    (
        "Zinc corrodes uniformly as Zn → Zn²⁺ + 2e⁻ at a current density of 1.0 A/m²; density 7.13 g/cm³, M = 65.38 g/mol. What is its penetration rate in mm/yr?",
        1.0 * 65.38 / (2 * F * 7.13e6) * YEAR * 1e3,
        "mm/year",
    ),
    (
        "Iron corrodes as Fe → Fe²⁺ + 2e⁻ (density 7.87 g/cm³, M = 55.85 g/mol). What corrosion current density, in A/m², gives a penetration rate of 0.10 mm/yr?",
        0.35 * 0.10e-3 / _CPR_FE,
        "A/m**2",
    ),
    (
        "Iron corrodes uniformly as Fe → Fe²⁺ + 2e⁻ at a current density of 0.35 A/m² (M = 55.85 g/mol). What mass of iron is lost per square metre per year, in g?",
        0.35 * 55.85 / (2 * F) * YEAR,
        "g",
    ),
    # --- 7k: look-alikes of the classes fixed here, and more near-misses
    (
        "A magnet's demagnetization curve is a straight line from B_r = 1.2 T to H_c = −900 kA/m. What is its maximum energy product in MG·Oe?",
        1.2 * 900e3 / 4 / (1e5 / (4 * PI)),
        "MGOe",
    ),
    (
        "A sintered magnet has a straight-line demagnetization curve with B_r = 0.40 T and H_c = −300 kA/m. Estimate its maximum energy product in megagauss-oersteds.",
        0.40 * 300e3 / 4 / (1e5 / (4 * PI)),
        "MGOe",
    ),
    (
        "A crystal is pulled along an axis at 60° to the slip-plane normal and 35° to the slip direction by 10 MPa. What resolved shear stress acts on the slip system, in MPa?",
        10 * math.cos(math.radians(60)) * math.cos(math.radians(35)),
        "MPa",
    ),
    (
        "A single crystal is stressed along an axis at 48° to the normal to the slip plane and 62° to the slip direction. Its critical resolved shear stress is 0.85 MPa. At what applied stress does slip begin, in MPa?",
        0.85 / (math.cos(math.radians(48)) * math.cos(math.radians(62))),
        "MPa",
    ),
    (
        "The angle between the tensile axis and the slip plane is 40° and that between the axis and the slip direction is 55°. With a critical resolved shear stress of 1.0 MPa, what applied stress starts slip, in MPa?",
        1.0 / (math.cos(math.radians(50)) * math.cos(math.radians(55))),
        "MPa",
    ),
    (
        "For a crystal loaded in tension, φ = 20° and λ = 50°. What is the Schmid factor?",
        None,
        "dimensionless",
    ),
    (
        "For a crystal loaded in tension, φ = 50° and λ = 45°. What is the Schmid factor?",
        math.cos(math.radians(50)) * math.cos(math.radians(45)),
        "dimensionless",
    ),
    (
        "A rectangular alumina bar (width 12 mm, thickness 6 mm) breaks at 900 N in four-point bending with a 40 mm outer span. What is its flexural strength in MPa?",
        None,
        "MPa",
    ),
    (
        "A rectangular alumina bar (width 12 mm, thickness 6 mm) breaks at 900 N in a 3-point bend test over a 40 mm span. What is its flexural strength in MPa?",
        3 * 900 * 40 / (2 * 12 * 6**2),
        "MPa",
    ),
    (
        "An aluminium block of 1.000 L (α_l = 23.6 × 10⁻⁶ °C⁻¹) is heated by 100 °C. By how many cm³ does its volume increase?",
        3 * 23.6e-6 * 100 * 1000,
        "cm**3",
    ),
    (
        "A 1 m brass rod (E = 97 GPa, α_l = 20 × 10⁻⁶ °C⁻¹) sits between two rigid walls with a gap of 0.5 mm at 20 °C. What stress develops when it is heated to 80 °C, in MPa?",
        97e3 * (20e-6 * 60 - 0.5e-3),
        "MPa",
    ),
    (
        "How much heat, in kJ, does it take to bring 1.0 kg of aluminium from 25 °C to 700 °C? Al melts at 660 °C with a latent heat of 397 kJ/kg; take c_p = 900 J/(kg·K) for solid and liquid.",
        (900 * 675 + 397e3) / 1e3,
        "kJ",
    ),
    (
        "Carbon fibres of radius 3.5 µm and tensile strength 3.5 GPa are bonded to a matrix with a bond strength of 20 MPa. What is the critical fibre length in mm?",
        3.5e3 * 7e-3 / (2 * 20),
        "mm",
    ),
    (
        "An aluminium alloy (E = 69 GPa, density 2.70 g/cm³) is reinforced with 30 wt% continuous aligned boron fibres (E = 400 GPa, density 2.57 g/cm³). Loaded along the fibres, what percentage of the load do the fibres carry?",
        100
        * (lambda vf: vf * 400 / (vf * 400 + (1 - vf) * 69))(
            (0.3 / 2.57) / (0.3 / 2.57 + 0.7 / 2.70)
        ),
        "percent",
    ),
    (
        "For nickel ΔH_f = −17.5 kJ/mol, γ = 0.255 J/m² and T_m = 1455 °C. What is the critical radius of a homogeneous nucleus at an undercooling of 319 K, in nm?",
        None,
        "nm",
    ),
    (
        "A glass plate (E = 70 GPa, γ_s = 0.30 J/m²) contains an internal crack 4 µm long. Using the Griffith criterion with a factor of safety of 2 on stress, what is the largest allowable stress in MPa?",
        math.sqrt(2 * 70e9 * 0.30 / (PI * 2e-6)) / 2e6,
        "MPa",
    ),
    (
        "A steel plate has K_Ic = 60 MPa·√m and an edge crack 3 mm deep with Y = 1.12. Applying a factor of safety of 2 on stress, what is the largest allowable design stress, in MPa?",
        60 / (1.12 * math.sqrt(PI * 3e-3)) / 2,
        "MPa",
    ),
    (
        "A plate is rolled from 20 mm to 15 mm thick while its width stays the same. What is the percent cold work?",
        25.0,
        "percent",
    ),
    (
        "A steel has σ₀ = 70 MPa and k_y = 0.74 MPa·m^1/2 and an ASTM grain-size number of 8. What is its yield strength in MPa?",
        None,
        "MPa",
    ),
    (
        "A tube with an outer diameter of 20 mm and an inner diameter of 16 mm carries 10 kN in tension. What is the engineering stress in MPa?",
        10e3 / (PI / 4 * (20**2 - 16**2)),
        "MPa",
    ),
    (
        "An FCC metal has an atomic radius of 0.1278 nm and an atomic weight of 63.55 g/mol. What is its density in g/cm³?",
        4 * 63.55 / (NA * (4 * 0.1278e-7 / math.sqrt(2)) ** 3),
        "g/cm**3",
    ),
    (
        "Magnesium is HCP with a = 0.3209 nm and an atomic weight of 24.31 g/mol. What is its density in g/cm³?",
        None,
        "g/cm**3",
    ),
    (
        "Iron corrodes as Fe → Fe²⁺ + 2e⁻ at 0.35 A/m²; density 7.87 g/cm³, M = 55.85 g/mol. How many years does it take to lose 1.0 mm of thickness?",
        1e-3 / _CPR_FE,
        "year",
    ),
    (
        "For carbon in γ-iron D₀ = 2.3 × 10⁻⁵ m²/s and Q = 148 kJ/mol. By what factor is the diffusion coefficient larger at 1000 °C than at 900 °C?",
        math.exp(-148000 / R * (1 / _ck(1000) - 1 / _ck(900))),
        "dimensionless",
    ),
    (
        "For carbon in γ-iron D₀ = 2.3 × 10⁻⁵ m²/s and Q = 148 kJ/mol. What is the diffusion coefficient at 1000 K in m²/s?",
        2.3e-5 * math.exp(-148000 / (R * 1000)),
        "m**2/s",
    ),
    (
        "A transformation follows Avrami kinetics with n = 3 and is half complete after 12 min. What fraction has transformed after 6 min?",
        1 - math.exp(-math.log(2) * 0.5**3),
        "dimensionless",
    ),
    (
        "A 0.35 wt% C steel is slowly cooled to just below the eutectoid temperature. Take the eutectoid at 0.76 wt% C, ferrite at 0.022 wt% C and cementite at 6.70 wt% C. What is the mass fraction of eutectoid ferrite?",
        (0.35 - 0.022) / (0.76 - 0.022) * (6.70 - 0.76) / (6.70 - 0.022),
        "dimensionless",
    ),
    (
        "A metal has a Hall coefficient of −7.4 × 10⁻¹¹ m³/C. How many free electrons per cubic centimetre does it have?",
        1 / (7.4e-11 * e) / 1e6,
        "1/cm**3",
    ),
    (
        "A round rod 12 mm in diameter is cold rolled to a diameter of 10 mm. What is the percent cold work?",
        (1 - (10 / 12) ** 2) * 100,
        "percent",
    ),
    (
        "A brass sheet 3.0 mm thick is cold rolled to 2.1 mm. What percent cold work does this give?",
        30.0,
        "percent",
    ),
]
