"""Neighbour questions, round 20 (issue 11, precision), in our own words.

Written by helper probe21 around the items of sets V and U that the solver answers (heldout21,
heldout20): the other metal, compound or phase (KCl, LiF, CaO, CsCl, Mo, Ta, W, NaCl and KBr
Schottky defects, Cu vacancies, PMMA, PTFE, styrene–butadiene, InP), inverse problems (a formation
energy from a vacancy count, a yield strength from a resilience, a plate thickness from a flux, a
band gap from a wavelength, a current from a mass loss, a temperature from an LMP), a ratio or
difference instead of a value ('x : 1', 'how many times denser', 'how many seconds between 10 %
and 90 %'), other units (psi, ksi, °F, kcal, Btu, in., mil, Oe, gauss, ppm, at.%, kgf/mm²), siunitx
macros (SI, qty and num), tab-separated pasted tables with unit headers, givens with ±
uncertainties, Unicode typography (thin and no-break spaces, ×10⁻¹¹, − minus, subscript letters,
decimal commas), parts chained ('using your result from (a)'), answers asked 'to three
significant figures', the other reading of the same data (density change vs volume change, total
vs proeutectoid cementite, eutectoid ferrite, the untransformed fraction, reversals vs cycles, an
internal crack's half length, energy per cycle vs power), and near-misses the relation does not
fit (a carburizing target above the surface or below the start, an alloy off the tie line, a
stress beyond yield, a field above H_0, light in water meeting glass, hypoeutectoid proeutectoid
cementite, a cast-iron hardness, an unnamed polymer's degree of polymerization).

Main (bc6154e) answered 190 of these 404 and 6 wrong, in six classes: how
one component is shared between phases ('what percentage of all the nickel in the alloy is in the
liquid') answered with the lever rule's phase fraction (1); one carrier's part of an intrinsic
conductivity ('the hole contribution') answered with the electron-plus-hole sum (1); a count per
vacancy ('the number of atoms per vacancy') answered with the atoms per m³ (1); heat to warm a body
'and then melt it' answered with m c ΔT alone (1); a slab with anti-reflection coated faces
answered with the two-face reflection loss (1); and a strain asked 'in µε (microstrain)' answered
as the bare fraction 0.001027, which reads as 0.001 µε (1; its key here is the pure number, so
the test cannot tell that slip, and the class test does). Now 184 answered, 0 wrong, none of main's
right answers lost (refusals in matsci_jupyter/engines/answer/round20_setup.py, classes in
tests/test_answer_probe21_classes.py); sets V, U, T and dev unchanged (32, 42, 50, 107, 0 wrong),
no round-20 refusal fires on any of their items.

Keys computed below with plain math; a key of None means the question must be refused.
tests/test_answer_neighbours.py holds them at 0 wrong.
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
E0 = 8.8541878128e-12
MU0 = 4e-7 * math.pi
MU_B = 9.2740100783e-24
PSI = 6894.757293168
KSI = 1000 * PSI
IN = 0.0254
CAL = 4.184
F = 96485.33212


def _k(t_c: float) -> float:
    return t_c + 273.15


def _erfinv(y: float) -> float:
    lo, hi = 0.0, 6.0
    for _ in range(200):
        mid = (lo + hi) / 2
        if math.erf(mid) < y:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def _rocksalt(a_nm: float, m1: float, m2: float) -> float:
    """Density in g/cm³ of a rock-salt compound (4 formula units per cell)."""
    return 4 * (m1 + m2) / (NA * (a_nm * 1e-7) ** 3)


def _schottky(rho: float, m: float, q_ev: float, t_k: float) -> float:
    """Schottky pairs per cm³ for a 1:1 compound."""
    return rho * NA / m * math.exp(-q_ev / (2 * k * t_k))


def _nv(rho: float, m: float, q_ev: float, t_k: float) -> float:
    """Vacancies per cm³."""
    return rho * NA / m * math.exp(-q_ev / (k * t_k))


def _carb_t(c0: float, cs: float, cx: float, x: float, d: float) -> float:
    """Seconds for a semi-infinite solid to reach cx at depth x (m)."""
    z = _erfinv((cs - cx) / (cs - c0))
    return (x / (2 * z)) ** 2 / d


def _avrami_t(t_half: float, n: float, y: float) -> float:
    kk = math.log(2) / t_half**n
    return (-math.log(1 - y) / kk) ** (1 / n)


def _trans(n: float, beta: float, x: float) -> float:
    r = ((n - 1) / (n + 1)) ** 2
    return (1 - r) ** 2 * math.exp(-beta * x) * 100


def _theta(t1: float, c1: float, t2: float, c2: float) -> float:
    return (c1 * t1 - c2 * t2) / (c1 - c2)


M_KCL = 39.10 + 35.45
M_NACL = 22.99 + 35.45
M_PS = 8 * 12.011 + 8 * 1.008
M_VC = 2 * 12.011 + 3 * 1.008 + 35.45
M_PP = 3 * 12.011 + 6 * 1.008
M_PE = 2 * 12.011 + 4 * 1.008
M_PMMA = 5 * 12.011 + 8 * 1.008 + 2 * 15.999

# (question, key or None for must-refuse, pint unit of the key)
QUESTIONS: list[tuple[str, float | None, str]] = [
    # --- crystallography: rock-salt density, other compounds, units, typography
    (
        "Potassium chloride has the rock-salt structure with a = 0.629 nm (K: 39.10 g/mol, Cl: 35.45 g/mol). What density do you expect, in g/cm³?",
        _rocksalt(0.629, 39.10, 35.45),
        "g/cm**3",
    ),
    (
        "quick one: LiF is rock salt, a = 0.4027 nm, Li 6.94 g/mol, F 19.00 g/mol. density in g/cm^3?",
        _rocksalt(0.4027, 6.94, 19.00),
        "g/cm**3",
    ),
    (
        "Calcium oxide crystallizes in the NaCl structure with a lattice parameter of \\SI{0.481}{\\nano\\metre}. Ca: 40.08 g/mol, O: 16.00 g/mol. Compute its theoretical density in g/cm³.",
        _rocksalt(0.481, 40.08, 16.00),
        "g/cm**3",
    ),
    (
        "Magnesium oxide (rock salt, a = 0.4212 nm; Mg 24.31, O 16.00 g/mol). Compute its theoretical density in kg/m³.",
        _rocksalt(0.4212, 24.31, 16.00) * 1000,
        "kg/m**3",
    ),
    (
        "Magnesium oxide (rock salt) has a = 4.212 Å; Mg 24.31 g/mol, O 16.00 g/mol. Give its theoretical density in lb/in³.",
        _rocksalt(0.4212, 24.31, 16.00) * 0.0361273,
        "lb/in**3",
    ),
    (
        "NaCl has the rock-salt structure, a = 0.564 nm (Na 22.99, Cl 35.45 g/mol). What is its density to three significant figures, in g/cm³?",
        _rocksalt(0.564, 22.99, 35.45),
        "g/cm**3",
    ),
    (
        "NaCl (rock salt) has a = 0.564 nm (Na 22.99, Cl 35.45 g/mol). Its measured density is 2.16 g/cm³. What fraction of the cell volume is vacant?",
        None,
        "dimensionless",
    ),
    (
        "NaCl crystallizes in the rock-salt structure and its density is 2.165 g/cm³ (Na 22.99, Cl 35.45 g/mol). What is the lattice parameter in nm?",
        (4 * M_NACL / (2.165 * NA)) ** (1 / 3) * 1e7,
        "nm",
    ),
    (
        "Cesium chloride has the CsCl structure with a = 0.412 nm (Cs 132.91, Cl 35.45 g/mol). What is its density in g/cm³?",
        (132.91 + 35.45) / (NA * (0.412e-7) ** 3),
        "g/cm**3",
    ),
    (
        "KCl and NaCl both have the rock-salt structure, with a = 0.629 nm and 0.564 nm (K 39.10, Na 22.99, Cl 35.45 g/mol). What is the ratio of the density of NaCl to that of KCl, as x : 1?",
        _rocksalt(0.564, 22.99, 35.45) / _rocksalt(0.629, 39.10, 35.45),
        "dimensionless",
    ),
    # --- planar and linear density
    (
        "Aluminium is FCC with a = 0.4049 nm. Calculate the planar density of the (111) plane in atoms per nm².",
        4 / (math.sqrt(3) * 0.4049**2),
        "1/nm**2",
    ),
    (
        "Gold is face-centred cubic, lattice parameter a = 0,4078 nm. What is the planar density of (100), in atoms per nm²?",
        2 / 0.4078**2,
        "1/nm**2",
    ),
    (
        "Silver is FCC with a = 0.4086 nm. What is the planar density of its (110) plane, in atoms/nm²?",
        2 / (math.sqrt(2) * 0.4086**2),
        "1/nm**2",
    ),
    (
        "Silver is FCC with a = 0.4086 nm. What is the planar density of its (111) plane in atoms per cm²?",
        4 / (math.sqrt(3) * 0.4086**2) * 1e14,
        "1/cm**2",
    ),
    (
        "Silver is FCC with a = 0.4086 nm. How many times denser is the (111) plane than the (100) plane? Give the ratio as x : 1.",
        (4 / math.sqrt(3)) / 2,
        "dimensionless",
    ),
    (
        "Silver has a (111) planar density of 13.8 atoms/nm². What is its lattice parameter in nm?",
        math.sqrt(4 / (math.sqrt(3) * 13.8)),
        "nm",
    ),
    (
        "Aluminium is FCC with a = 0.4049 nm. The linear density along [110], in atoms per nm, is ______ (rounded off to two decimal places).",
        math.sqrt(2) / 0.4049,
        "1/nm",
    ),
    (
        "Nickel is FCC with a = 0.3524 nm. Find the linear density along [100] in atoms per nm.",
        1 / 0.3524,
        "1/nm",
    ),
    (
        "Nickel is FCC with a = 0.3524 nm. Find the linear density along [110] in atoms per mm.",
        math.sqrt(2) / 0.3524 * 1e6,
        "1/mm",
    ),
    (
        "Tungsten is BCC with a = 0.3165 nm. What is the linear density of atoms along [111], in atoms per nm?",
        2 / (0.3165 * math.sqrt(3)),
        "1/nm",
    ),
    # --- unit cell volume, lattice parameter
    (
        "Tungsten is body-centred cubic with a = 3.165 Å. What is the volume of its unit cell, in Å³?",
        3.165**3,
        "angstrom**3",
    ),
    (
        "Molybdenum is BCC with a lattice constant of 3.147 Å. What is the volume of its unit cell in nm³, to three significant figures?",
        0.3147**3,
        "nm**3",
    ),
    (
        "Vanadium is BCC, a = 3.03 Å. Give the unit-cell volume in m³.",
        (3.03e-10) ** 3,
        "m**3",
    ),
    (
        "Molybdenum (95.95 g/mol) is BCC with a measured density of 10.22 g/cm³. From these data the cubic lattice parameter works out to a = ______ nm.",
        (2 * 95.95 / (10.22 * NA)) ** (1 / 3) * 1e7,
        "nm",
    ),
    (
        "Silver (107.87 g/mol) is FCC; its density is \\qty{10.49}{\\gram\\per\\centi\\metre\\cubed}. What is its lattice parameter in Å?",
        (4 * 107.87 / (10.49 * NA)) ** (1 / 3) * 1e8,
        "angstrom",
    ),
    (
        "Tantalum (180.95 g/mol, BCC) has a density of 16.6 g/cm³. (a) Find the lattice parameter. (b) Using your result from (a), find the atomic radius in nm.",
        (2 * 180.95 / (16.6 * NA)) ** (1 / 3) * 1e7 * math.sqrt(3) / 4,
        "nm",
    ),
    (
        "Chromium (52.00 g/mol) has a density of 7.19 g/cm³. What is its lattice parameter in nm?",
        (2 * 52.00 / (7.19 * NA)) ** (1 / 3) * 1e7,
        "nm",
    ),
    # --- BCC to FCC volume change
    (
        "At 1394 °C iron changes from FCC (a = 0.3691 nm) to BCC (a = 0.2935 nm) on heating. By what percentage does the volume per atom change? Count an expansion as positive.",
        ((0.2935**3 / 2) - (0.3691**3 / 4)) / (0.3691**3 / 4) * 100,
        "percent",
    ),
    (
        "Iron at 912 °C: BCC with a = 0.2898 nm, FCC with a = 0.3646 nm. What is the ratio of the volume per atom in BCC to that in FCC, as x : 1?",
        (0.2898**3 / 2) / (0.3646**3 / 4),
        "dimensionless",
    ),
    (
        "Iron at 912 °C: BCC with a = 0.2898 nm, FCC with a = 0.3646 nm. What is the ratio of the density of FCC iron to that of BCC iron?",
        (0.2898**3 / 2) / (0.3646**3 / 4),
        "dimensionless",
    ),
    # --- defects
    (
        "Estimate the number of Schottky defects per cubic metre in NaCl at 600 °C. The formation energy of one Schottky defect is 2.3 eV; NaCl has a density of 2.165 g/cm³ and a molar mass of 58.44 g/mol.",
        _schottky(2.165, 58.44, 2.3, _k(600)) * 1e6,
        "1/m**3",
    ),
    (
        "KBr (density 2.75 g/cm³, molar mass 119.0 g/mol) has a Schottky defect formation energy of 2.4 eV. Estimate the concentration of Schottky defects (per cm³) at 700 °C.",
        _schottky(2.75, 119.0, 2.4, _k(700)),
        "1/cm**3",
    ),
    (
        "KCl: density 1.99 g/cm³, molar mass 74.55 g/mol, Schottky formation energy 2.6 eV. Estimate the Schottky defect concentration per cm³ at 932 °F.",
        _schottky(1.99, 74.55, 2.6, _k(500)),
        "1/cm**3",
    ),
    (
        "KCl: density 1.99 g/cm³, molar mass 74.55 g/mol, Schottky formation energy 2.6 eV. By what factor does the Schottky defect concentration increase between 400 °C and 600 °C?",
        math.exp(-2.6 / (2 * k) * (1 / _k(600) - 1 / _k(400))),
        "dimensionless",
    ),
    (
        "For copper, Q_v = 0.90 eV/atom, ρ = 8.96 g/cm³ and A = 63.55 g/mol. Compute the equilibrium number of vacancies per cubic centimetre at 1000 °C.",
        _nv(8.96, 63.55, 0.90, _k(1000)),
        "1/cm**3",
    ),
    (
        "For aluminium, $Q_v = 0.75\\ \\mathrm{eV/atom}$, $\\rho = 2.70\\ \\mathrm{g\\,cm^{-3}}$ and $A = 26.98\\ \\mathrm{g/mol}$. Compute the equilibrium number of vacancies per cubic metre at $500\\ ^{\\circ}\\mathrm{C}$.",
        _nv(2.70, 26.98, 0.75, _k(500)) * 1e6,
        "1/m**3",
    ),
    (
        "For aluminium, Q_v = 0.75 eV/atom. What fraction of the lattice sites are vacant at 600 °C?",
        math.exp(-0.75 / (k * _k(600))),
        "dimensionless",
    ),
    (
        "For aluminium the vacancy formation energy is 17.3 kcal/mol; ρ = 2.70 g/cm³ and A = 26.98 g/mol. Compute the equilibrium vacancies per cm³ at 600 °C.",
        2.70 * NA / 26.98 * math.exp(-17.3 * CAL * 1000 / (R * _k(600))),
        "1/cm**3",
    ),
    (
        "For aluminium (ρ = 2.70 g/cm³, A = 26.98 g/mol), 7.6 × 10¹⁸ vacancies per cm³ are present at 600 °C. What is the vacancy formation energy, in eV?",
        -k * _k(600) * math.log(7.6e18 / (2.70 * NA / 26.98)),
        "eV",
    ),
    (
        "The formation enthalpy of a Frenkel pair in AgCl is 1.45 eV. Taking n/N = exp(-dH/(2kT)), give log10 of the Frenkel defect fraction at 350 deg C.",
        -1.45 / (2 * k * _k(350)) / math.log(10),
        "dimensionless",
    ),
    (
        "quick q — a 1 cm^3 piece of a heavily deformed copper holds about 20000 km of dislocation line. what's the dislocation density in m^-2?",
        2e7 / 1e-6,
        "1/m**2",
    ),
    (
        "A cube of annealed aluminium 1 mm on a side contains 1.5 m of dislocation line in total. What is the dislocation density in cm⁻²?",
        150 / 0.001,
        "1/cm**2",
    ),
    (
        "An annealed metal has a dislocation density of 10⁶ mm⁻². How many kilometres of dislocation line are in 1 cm³?",
        1e6 * 1000 / 1e6,
        "km",
    ),
    (
        "A 1 cm³ piece of cold-rolled sheet holds about 5000 km of dislocation line; after annealing it holds a thousandth as much. What is the annealed dislocation density in mm⁻²?",
        5e9 / 1000 / 1000,
        "1/mm**2",
    ),
    # --- diffusion
    (
        "A steel gear containing 0.25 wt% C is gas-carburized at 930 °C with the surface held at 1.20 wt% C. D = 1.4 × 10⁻¹¹ m²/s at that temperature. How long, in hours, until the carbon content 1.0 mm below the surface reaches 0.70 wt%?",
        _carb_t(0.25, 1.20, 0.70, 1.0e-3, 1.4e-11) / 3600,
        "h",
    ),
    (
        "A 0.10 wt% C steel is carburized with the surface at $C_s = 1.00$ wt% C and $D = \\num{2.0e-11}\\ \\mathrm{m^2/s}$. How long (hours) for 0.45 wt% C at a depth of 0.5 mm?",
        _carb_t(0.10, 1.00, 0.45, 0.5e-3, 2.0e-11) / 3600,
        "h",
    ),
    (
        "A 0.20 wt% C steel shaft is carburized with the surface held at 1.00 wt% C; D = 1.6 × 10⁻¹¹ m²/s. How long (in hours) for the carbon content 0.030 in. below the surface to reach 0.60 wt%?",
        _carb_t(0.20, 1.00, 0.60, 0.030 * IN, 1.6e-11) / 3600,
        "h",
    ),
    (
        "A 0.20 wt% C steel is carburized with the surface at 1.00 wt% C; D = 1.6 × 10⁻¹¹ m²/s. After 10 h, at what depth (mm) is the carbon content 0.60 wt%?",
        2 * _erfinv(0.5) * math.sqrt(1.6e-11 * 36000) * 1000,
        "mm",
    ),
    (
        "A 0.20 wt% C steel is carburized with the surface held at 1.00 wt% C; D = 1.6 × 10⁻¹¹ m²/s. How long (h) for 1.10 wt% C at 0.8 mm depth?",
        None,
        "h",
    ),
    (
        "A 0.20 wt% C steel is carburized with the surface held at 1.00 wt% C; D = 1.6 × 10⁻¹¹ m²/s. How long (h) for the carbon content at 0.8 mm to fall to 0.10 wt%?",
        None,
        "h",
    ),
    (
        "A 4 mm thick iron sheet separates two gas atmospheres at 700 °C. At steady state the carbon concentrations at the faces are 1.5 kg/m³ and 0.5 kg/m³, and D = 3 × 10⁻¹¹ m²/s. What is the carbon flux in kg/(m²·s)?",
        3e-11 * 1.0 / 4e-3,
        "kg/(m**2*s)",
    ),
    (
        "A 5 mm thick steel plate at 700 °C has carbon concentrations of 1.2 kg/m3 and 0.4 kg/m3 at its faces at steady state; D = 3 x10-11 m2/s. How much carbon passes through 1 m² of plate in a day, in grams?",
        3e-11 * 0.8 / 5e-3 * 86400 * 1000,
        "g",
    ),
    (
        "A steel plate at 700 °C has steady-state carbon concentrations of 1.2 kg/m³ and 0.4 kg/m³ at its faces, D = 3 × 10⁻¹¹ m²/s, and a flux of 1.2 × 10⁻⁸ kg/(m²·s). How thick is the plate in mm?",
        3e-11 * 0.8 / 1.2e-8 * 1000,
        "mm",
    ),
    (
        "A 0.20 in. thick steel plate has steady-state carbon concentrations of 1.2 kg/m³ and 0.4 kg/m³ on its faces; D = 3 × 10⁻¹¹ m²/s. Find the flux in kg/(m²·h).",
        3e-11 * 0.8 / (0.20 * IN) * 3600,
        "kg/(m**2*h)",
    ),
    (
        "The activation energy for diffusion of carbon in BCC iron is 0.83 eV/atom. By what factor does D increase when the temperature is raised from 500 K to 600 K?",
        math.exp(-0.83 / k * (1 / 600 - 1 / 500)),
        "dimensionless",
    ),
    (
        "Self-diffusion in a metal has an activation energy of 45 kcal/mol. By what factor does D increase when the temperature is raised from 900 K to 1000 K?",
        math.exp(-45 * CAL * 1000 / R * (1 / 1000 - 1 / 900)),
        "dimensionless",
    ),
    (
        "The activation energy for self-diffusion in a metal is 2.5 eV/atom. By what factor does D fall when the temperature is lowered from 1100 K to 900 K?",
        math.exp(-2.5 / k * (1 / 1100 - 1 / 900)),
        "dimensionless",
    ),
    (
        "The activation energy for self-diffusion in a metal is 2.5 eV/atom. D increases by a factor of 200 when the metal is heated from 900 K. To what temperature, in K?",
        1 / (1 / 900 - k * math.log(200) / 2.5),
        "K",
    ),
    (
        "Diffusivity rises by a factor of 20 between 900 K and 1100 K. What is the activation energy in eV/atom?",
        k * math.log(20) / (1 / 900 - 1 / 1100),
        "eV",
    ),
    (
        "Copper diffusing in aluminium: D0 = 6.5 × 10⁻⁵ m²/s and Q = 136 kJ/mol. What is log10 of D (in m²/s) at 500 °C?",
        math.log10(6.5e-5 * math.exp(-136000 / (R * _k(500)))),
        "dimensionless",
    ),
    (
        "Nickel diffusing in copper: D0 = 6.5x10-5 m2/s and Q = 256 kJ mol-1. What is D at 1,050 °C in cm²/s?",
        6.5e-5 * math.exp(-256000 / (R * _k(1050))) * 1e4,
        "cm**2/s",
    ),
    (
        "Nickel diffusing in copper: D0 = 6.5x10-5 m2/s and Q = 256 kJ mol-1. At what temperature (°C) is D = 1.0 × 10⁻¹⁵ m²/s?",
        256000 / (R * math.log(6.5e-5 / 1e-15)) - 273.15,
        "degC",
    ),
    # --- mechanical
    (
        "The flow curve of a brass obeys σ_T = K ε_T^n with K = 585 MPa and n = 0.49. The true strain needed to reach a true stress of 400 MPa is ______ (to two decimal places).",
        (400 / 585) ** (1 / 0.49),
        "dimensionless",
    ),
    (
        "The flow curve of an annealed steel obeys σ_T = K ε_T^n with K = 130 ksi and n = 0.22. What true strain gives a true stress of 90 ksi?",
        (90 / 130) ** (1 / 0.22),
        "dimensionless",
    ),
    (
        "An annealed steel follows σ_T = K ε_T^n with K = 900 MPa and n = 0.22. What is the true stress at a true strain of 0.15, in MPa?",
        900 * 0.15**0.22,
        "MPa",
    ),
    (
        "An annealed steel follows σ_T = K ε_T^n with K = 900 MPa and n = 0.22. What is the true stress, in ksi, at a true strain of 0.10?",
        900 * 0.10**0.22 / 6.894757293168,
        "ksi",
    ),
    (
        "A steel obeys σ_T = K ε_T^n with K = 900 MPa and n = 0.22. What true stress (MPa) would it carry at a true strain of 1.5 if the law held?",
        900 * 1.5**0.22,
        "MPa",
    ),
    (
        "A quenched-and-tempered 4340 steel reads 300 HB. Estimate its tensile strength in MPa using the usual hardness–strength correlation for steels.",
        3.45 * 300,
        "MPa",
    ),
    (
        "A steel shaft reads 250 HB. Estimate its tensile strength in psi from the usual correlation for steels.",
        500 * 250,
        "psi",
    ),
    (
        "A steel has a tensile strength of 690 MPa. Using TS (MPa) = 3.45 × HB, what Brinell hardness do you expect?",
        690 / 3.45,
        "dimensionless",
    ),
    (
        "A cast iron reads 250 HB. Estimate its tensile strength in ksi using the steel correlation TS = 500 HB (psi).",
        None,
        "ksi",
    ),
    (
        "A spring steel has a yield strength of 1 300 MPa and E = 207 GPa. Compute its modulus of resilience in kJ per cubic metre.",
        1300e6**2 / (2 * 207e9) / 1000,
        "kJ/m**3",
    ),
    (
        "A spring steel yields at 200 ksi and has E = 30 × 10⁶ psi. What is its modulus of resilience in psi (in.·lbf/in.³)?",
        200e3**2 / (2 * 30e6),
        "psi",
    ),
    (
        "A spring steel has σ_y = \\SI{1.1}{\\giga\\pascal} and E = \\SI{200}{\\giga\\pascal}. Compute its modulus of resilience in MJ/m³.",
        1.1e9**2 / (2 * 200e9) / 1e6,
        "MJ/m**3",
    ),
    (
        "A spring steel yields at 1100 ± 20 MPa and has E = 200 ± 5 GPa. What is its modulus of resilience in kJ/m³?",
        1100e6**2 / (2 * 200e9) / 1000,
        "kJ/m**3",
    ),
    (
        "A steel with E = 207 GPa must store 4500 kJ/m³ of elastic energy before it yields. What yield strength (MPa) is needed?",
        math.sqrt(2 * 207e9 * 4500e3) / 1e6,
        "MPa",
    ),
    (
        "Two spring steels have E = 200 GPa; one yields at 1000 MPa and the other at 1500 MPa. What is the ratio of their moduli of resilience (higher to lower)?",
        1.5**2,
        "dimensionless",
    ),
    (
        "A 12.0 in. long steel tie bar (E = 30 × 10⁶ psi) carries a tensile stress of 30,000 psi, well below its yield strength. How much does it stretch, in inches?",
        12.0 * 30000 / 30e6,
        "inch",
    ),
    (
        "A 250 mm aluminium rod (E = 69 GPa) carries a tensile stress of 100 MPa in the elastic range. How much does it stretch, in mils?",
        0.25 * 100e6 / 69e9 / (IN / 1000),
        "thou",
    ),
    (
        "A 10.0 in. steel bar (E = 30 × 10⁶ psi) stretches 0.0080 in. elastically. What is the stress in ksi?",
        0.0080 / 10.0 * 30e6 / 1000,
        "ksi",
    ),
    (
        "A 10.0 in. long steel bar (E = 30 × 10⁶ psi, yield strength 40 ksi) carries 60,000 psi. How much does it stretch elastically, in mm?",
        None,
        "mm",
    ),
    (
        "A 10.0 in. steel bar (E = 30 × 10⁶ psi) carries 25,000 psi. What is its final length in inches?",
        10.0 * (1 + 25000 / 30e6),
        "inch",
    ),
    # --- failure: crack ranges, fatigue, creep
    (
        "Inspection of an aluminium alloy plate (K_Ic = 24 MPa√m) finds edge cracks between 1.0 and 2.5 mm deep; take Y = 1.12. What is the largest tensile stress (MPa) it can carry without fast fracture?",
        24 / (1.12 * math.sqrt(PI * 2.5e-3)),
        "MPa",
    ),
    (
        "A steel plate (K_Ic = 50 ksi√in.) has surface cracks between 0.05 and 0.10 in. deep; Y = 1.1. What is the maximum tensile stress it can carry, in ksi?",
        50 / (1.1 * math.sqrt(PI * 0.10)),
        "ksi",
    ),
    (
        "A steel plate (K_Ic = 55 MPa√m, Y = 1.1) carries 300 MPa. What is the largest surface crack depth it tolerates, in mm?",
        (55 / (1.1 * 300)) ** 2 / PI * 1000,
        "mm",
    ),
    (
        "Silicon carbide substrates (K_IC = 3.5 MPa m^0.5, Y = 1.0) have surface cracks between 10 and 50 µm deep. What is the maximum tensile stress (MPa) they can carry?",
        3.5 / math.sqrt(PI * 50e-6),
        "MPa",
    ),
    (
        "Alumina substrates (K_IC = 4.0 MPa√m, Y = 1.0) have surface cracks 20–40 µm deep. How many times larger is the fracture stress for the shallowest crack than for the deepest?",
        math.sqrt(40 / 20),
        "dimensionless",
    ),
    (
        "The fatigue data of a steel fit σ_a = σ_f'(2N_f)^b with σ_f' = 1000 MPa and b = −0.085. How many cycles will a part survive at a stress amplitude of 350 MPa?",
        0.5 * (350 / 1000) ** (1 / -0.085),
        "dimensionless",
    ),
    (
        "A steel obeys σ_a = σ_f'(2N_f)^b with σ_f' = 130 ksi and b = −0.09. How many cycles to failure at a stress amplitude of 45 ksi?",
        0.5 * (45 / 130) ** (1 / -0.09),
        "dimensionless",
    ),
    (
        "A steel obeys σ_a = σ_f'(2N_f)^b with σ_f' = 900 MPa and b = −0.09. What stress amplitude (MPa) gives a life of 10⁶ cycles?",
        900 * (2e6) ** -0.09,
        "MPa",
    ),
    (
        "A steel obeys σ_a = σ_f'(2N_f)^b with σ_f' = 900 MPa and b = −0.09. By what factor does life increase when the amplitude drops from 300 MPa to 250 MPa?",
        (250 / 300) ** (1 / -0.09),
        "dimensionless",
    ),
    (
        "At the service stress of a nickel alloy the Larson–Miller parameter at rupture is 22,000 (T in K, t in h, C = 20). What is the rupture life in hours at 750 °C?",
        10 ** (22000 / _k(750) - 20),
        "hour",
    ),
    (
        "At its service stress an alloy has a Larson–Miller parameter of 20,000 (T in K, t in h, C = 20). At what temperature (°C) would it rupture in 1000 h?",
        20000 / (20 + 3) - 273.15,
        "degC",
    ),
    (
        "At the service stress a turbine alloy has LMP = 20 × 10³ (T in K, t in h, C = 20). What rupture life, in years, at 600 °C?",
        10 ** (20000 / _k(600) - 20) / 8766,
        "year",
    ),
    (
        "An alloy with LMP = 20,000 (K, h, C = 20) ruptures after how many hours at 1200 °F?",
        10 ** (20000 / ((1200 - 32) / 1.8 + 273.15) - 20),
        "hour",
    ),
    # --- phase diagrams
    (
        "Metallography of a slowly cooled plain carbon steel shows 8.0 % proeutectoid cementite by mass. Taking the eutectoid at 0.76 wt% C and cementite at 6.70 wt% C, what is the carbon content in wt% C?",
        0.76 + 0.08 * (6.70 - 0.76),
        "percent",
    ),
    (
        "A slowly cooled hypoeutectoid steel contains 40 % proeutectoid ferrite by mass (eutectoid 0.76 wt% C, ferrite 0.022 wt% C). What is its carbon content, wt% C?",
        0.76 - 0.40 * (0.76 - 0.022),
        "percent",
    ),
    (
        "Fe–Fe₃C data: eutectoid 0.76 wt% C, ferrite 0.022 wt% C, cementite 6.70 wt% C. A 0.45 wt% C steel is slowly cooled to just below 727 °C. What percentage of it is pearlite?",
        (0.45 - 0.022) / (0.76 - 0.022) * 100,
        "percent",
    ),
    (
        "Fe–Fe₃C data: eutectoid 0.76 wt% C, ferrite 0.022 wt% C, cementite 6.70 wt% C. A 1.40 wt% C steel is slowly cooled to 726 °C. What mass fraction is proeutectoid cementite?",
        (1.40 - 0.76) / (6.70 - 0.76),
        "dimensionless",
    ),
    (
        "Fe–Fe₃C data: eutectoid 0.76 wt% C, ferrite 0.022 wt% C, cementite 6.70 wt% C. What percentage of a 0.40 wt% C steel is proeutectoid cementite at 726 °C?",
        None,
        "percent",
    ),
    (
        "A Cu–40 wt% Ni alloy at 1250 °C: the tie line meets the liquidus at 32 wt% Ni and the solidus at 43 wt% Ni. What percentage by mass is solid?",
        (40 - 32) / (43 - 32) * 100,
        "percent",
    ),
    (
        "A Cu–35 wt% Ni alloy at 1250 °C: the tie line meets the liquidus at 32 wt% Ni and the solidus at 43 wt% Ni. What is the ratio of the liquid mass to the solid mass, as x : 1?",
        (43 - 35) / (35 - 32),
        "dimensionless",
    ),
    (
        "A Cu–50 wt% Ni alloy at 1250 °C: the tie line meets the liquidus at 32 wt% Ni and the solidus at 43 wt% Ni. What percentage of the alloy is liquid?",
        None,
        "percent",
    ),
    (
        "Pb–Sn just below 183 °C: α has 18.3 wt% Sn, β has 97.8 wt% Sn. For a Pb–60 wt% Sn alloy, what is the mass fraction of α?",
        (97.8 - 60) / (97.8 - 18.3),
        "dimensionless",
    ),
    (
        "Pb–Sn just below 183 °C: α has 18.3 wt% Sn (ρ = 10.83 g/cm³); β has 97.8 wt% Sn (ρ = 7.29 g/cm³). For a Pb–40 wt% Sn alloy, what is the volume fraction of β?",
        ((40 - 18.3) / 79.5 / 7.29) / ((40 - 18.3) / 79.5 / 7.29 + (97.8 - 40) / 79.5 / 10.83),
        "dimensionless",
    ),
    (
        "The Cu–Ag diagram is plotted in w/o, but our alloy is recorded as Cu–30 a/o Ag. What is its composition in w/o Ag? (Cu 63.55, Ag 107.87 g/mol)",
        30 * 107.87 / (30 * 107.87 + 70 * 63.55) * 100,
        "percent",
    ),
    (
        "An Al–Cu alloy contains 4.5 wt% Cu (Al 26.98, Cu 63.55 g/mol). What is its copper content in at.%?",
        (4.5 / 63.55) / (4.5 / 63.55 + 95.5 / 26.98) * 100,
        "percent",
    ),
    (
        "A brass is Cu–30 wt% Zn (Cu 63.55, Zn 65.38 g/mol). Convert to at.% Zn.",
        (30 / 65.38) / (30 / 65.38 + 70 / 63.55) * 100,
        "percent",
    ),
    (
        "A Ni–Cr alloy is 20 at.% Cr (Ni 58.69, Cr 52.00 g/mol). What is its chromium content in weight percent?",
        20 * 52.00 / (20 * 52.00 + 80 * 58.69) * 100,
        "percent",
    ),
    (
        "A solder contains 2000 ppm (by weight) of silver in tin (Ag 107.87, Sn 118.71 g/mol). What is the silver content in at.%?",
        (0.2 / 107.87) / (0.2 / 107.87 + 99.8 / 118.71) * 100,
        "percent",
    ),
    # --- transformation kinetics
    (
        "A transformation follows the Avrami equation with n = 3 and is half complete after 60 s. How long (s) to reach 95 % transformed?",
        _avrami_t(60, 3, 0.95),
        "s",
    ),
    (
        "An isothermal transformation obeys the Avrami equation with n = 2.5 and is half complete after 100 s. How long (s) to reach 10 % transformed?",
        _avrami_t(100, 2.5, 0.10),
        "s",
    ),
    (
        "Avrami kinetics with n = 2.5, half complete after 100 s. What fraction has transformed after 150 s (as a percentage)?",
        (1 - math.exp(-math.log(2) * 1.5**2.5)) * 100,
        "percent",
    ),
    (
        "Avrami kinetics with n = 2.5, half complete after 100 s. How many seconds elapse between 10 % and 90 % transformed?",
        _avrami_t(100, 2.5, 0.9) - _avrami_t(100, 2.5, 0.1),
        "s",
    ),
    (
        "Avrami kinetics with n = 2 and half complete after 5.0 min. How long (min) to reach 90 % transformed, to three significant figures?",
        _avrami_t(5.0, 2, 0.9),
        "min",
    ),
    (
        "The transformed fraction follows y = 1 - exp(-k t^n) with k = 5.0E-4 s^-2 and n = 2. What fraction has transformed after 30 s (as a percentage)?",
        (1 - math.exp(-5.0e-4 * 30**2)) * 100,
        "percent",
    ),
    (
        "Recrystallization follows $y = 1 - \\exp(-k t^n)$ with $n = 2.5$ and $k = 2.0\\times10^{-4}$ (t in seconds). How long (s) until 50 % has recrystallized?",
        (math.log(2) / 2.0e-4) ** (1 / 2.5),
        "s",
    ),
    (
        "Recrystallization follows y = 1 − exp(−k·tⁿ) with n = 2.5 and k = 2.0 × 10⁻⁴ (t in seconds). What percentage has recrystallized after 1 min?",
        (1 - math.exp(-2.0e-4 * 60**2.5)) * 100,
        "percent",
    ),
    (
        "A fraction-transformed curve passes through 30 % at 50 s and 70 % at 100 s. Assuming y = 1 − exp(−k·tⁿ), find n.",
        math.log(math.log(1 / 0.3) / math.log(1 / 0.7)) / math.log(2),
        "dimensionless",
    ),
    (
        "A brass has a grain diameter of 15 µm after recrystallization. At 500 °C its grains grow to 30 µm in 40 min. Assuming d² − d₀² = Kt, what is the diameter after 2 h at that temperature, in µm?",
        math.sqrt(15**2 + (30**2 - 15**2) / 40 * 120),
        "um",
    ),
    (
        "A brass has a grain diameter of 10 µm after recrystallization. After 30 min at 600 °C it is 25 µm. Assuming d² − d₀² = Kt, how long (h) to reach 50 µm at 600 °C?",
        (50**2 - 10**2) / ((25**2 - 10**2) / 30) / 60,
        "h",
    ),
    (
        "A brass has grain diameter 10 µm; after 30 min at 600 °C it is 25 µm. With d² − d₀² = Kt, what is K in µm²/min?",
        (25**2 - 10**2) / 30,
        "um**2/min",
    ),
    (
        "A recrystallized brass has a 0.010 mm grain diameter, growing to 0.025 mm in 30 min at 600 °C. Assuming d² − d₀² = Kt, what diameter (mm) after 1 day 6 h?",
        math.sqrt(0.01**2 + (0.025**2 - 0.01**2) / 30 * 30 * 60),
        "mm",
    ),
    (
        "Half-recrystallization times for a cold-worked copper: 3 h 30 min at 300 °C and 20 min at 350 °C. Treating 1/t½ as thermally activated, find the activation energy in kJ/mol.",
        R * math.log(210 / 20) / (1 / _k(300) - 1 / _k(350)) / 1000,
        "kJ/mol",
    ),
    (
        "Half-recrystallization times: 135 min at 400 °C and 12 min at 450 °C. Treating the rate 1/t½ as thermally activated, find the activation energy in kcal/mol.",
        R * math.log(135 / 12) / (1 / _k(400) - 1 / _k(450)) / 1000 / CAL,
        "kcal/mol",
    ),
    (
        "Half-recrystallization times: 2 h 15 min at 400 °C and 12 min at 450 °C, rate ∝ exp(−Q/RT). What is t½ at 425 °C, in minutes?",
        135
        * math.exp(-math.log(135 / 12) * (1 / _k(400) - 1 / _k(425)) / (1 / _k(400) - 1 / _k(450))),
        "min",
    ),
    # --- electrical
    (
        "Intrinsic silicon at 300 K: n_i = 1.0 × 10¹⁰ cm⁻³, μ_e = 0.135 m²/(V·s), μ_h = 0.048 m²/(V·s). The electrical conductivity is σ = ________ (Ω·m)⁻¹.",
        1.0e16 * EV * (0.135 + 0.048),
        "1/(ohm*m)",
    ),
    (
        "Intrinsic germanium: n_i = 2.5 × 10¹³ cm⁻³, μ_e = 3900 cm²/(V·s), μ_h = 1900 cm²/(V·s). What is its resistivity in Ω·cm?",
        1 / (2.5e13 * EV * (3900 + 1900)),
        "ohm*cm",
    ),
    (
        "Intrinsic germanium: n_i = 2.5 × 10¹³ cm⁻³, μ_e = 0.39 m²/(V·s), μ_h = 0.19 m²/(V·s). What is σ in S/cm?",
        2.5e19 * EV * 0.58 / 100,
        "S/cm",
    ),
    (
        "Intrinsic germanium has σ = 2.3 (Ω·m)⁻¹ with μ_e = 0.39 and μ_h = 0.19 m²/(V·s). What is n_i in m⁻³?",
        2.3 / (EV * 0.58),
        "1/m**3",
    ),
    (
        "Intrinsic Ge (n_i = 2.5 × 10¹³ cm⁻³, μ_e = 0.39 m²/(V·s), μ_h = 0.19 m²/(V·s)). What fraction of its conductivity is due to electrons?",
        0.39 / 0.58,
        "dimensionless",
    ),
    (
        "Problems 1–3 use silicon at 300 K: n_i = 1.0 × 10¹⁰ cm⁻³, μ_e = 1350 cm²/(V·s), μ_h = 480 cm²/(V·s).\n\nProblem 2. Silicon is doped with 10¹⁶ cm⁻³ phosphorus atoms, all ionized. What is its conductivity in S/m?",
        1e22 * EV * 0.135,
        "S/m",
    ),
    (
        "A parallel-plate capacitor has plates of area 4.0 cm² separated by a 0.10 mm dielectric with dielectric constant 3.5. What is its capacitance in pF?",
        E0 * 3.5 * 4.0e-4 / 1.0e-4 * 1e12,
        "pF",
    ),
    (
        "A capacitor has parallel plates 1.0 in. × 1.0 in. separated by a 10 mil dielectric sheet of relative permittivity 4.0. Find its capacitance in pF.",
        E0 * 4.0 * IN**2 / (0.010 * IN) * 1e12,
        "pF",
    ),
    (
        "A parallel-plate capacitor of area 2.5 cm² and gap 0.20 mm has 55 pF of capacitance. What is the dielectric constant of the material in the gap?",
        55e-12 * 0.20e-3 / (E0 * 2.5e-4),
        "dimensionless",
    ),
    (
        "A capacitor (plates 2.5 cm², gap 0.20 mm) is filled with a dielectric of constant 6.0 instead of air. By what factor does its capacitance rise?",
        6.0,
        "dimensionless",
    ),
    (
        "A parallel-plate capacitor has area \\SI{2.5}{\\centi\\metre\\squared}, separation \\SI{200}{\\micro\\metre} and dielectric constant 6.0. It is charged to 50 V. What charge (nC) does it hold?",
        E0 * 6.0 * 2.5e-4 / 200e-6 * 50 * 1e9,
        "nC",
    ),
    (
        "A voltage of 10 V is applied across a silicon bar 5.0 mm long; the electron mobility is 0.14 m²/(V·s). How long does an electron take to drift from end to end, in ns?",
        (5.0e-3) ** 2 / (0.14 * 10) * 1e9,
        "ns",
    ),
    (
        "5.0 V is applied across a GaAs bar 2.0 mm long; electron mobility 0.85 m²/(V·s). What is the electron drift velocity in m/s?",
        0.85 * 5.0 / 2.0e-3,
        "m/s",
    ),
    (
        "5.0 V is applied across a silicon bar 2.0 mm long, electron mobility 1400 cm²/(V·s). What is the drift time from end to end in µs?",
        (2.0e-3) ** 2 / (0.14 * 5.0) * 1e6,
        "microsecond",
    ),
    (
        "A Hall measurement on an n-type sample gives R_H = −2.5 × 10⁻³ m³/C; its conductivity is 40 S/m. Assuming one carrier type, find the electron mobility in m²/(V·s).",
        2.5e-3 * 40,
        "m**2/(V*s)",
    ),
    (
        "An n-type sample has a Hall coefficient of -6.25E-3 m^3/C. What is the electron concentration in m⁻³?",
        1 / (6.25e-3 * EV),
        "1/m**3",
    ),
    (
        "A p-type sample has a Hall coefficient of +4.0E-4 m^3/C and conductivity 50 S/m. Find the hole mobility in cm^2/(V s).",
        4.0e-4 * 50 * 1e4,
        "cm**2/(V*s)",
    ),
    # --- magnetic
    (
        "A transformer core of volume 0.80 litres is cycled at 50 Hz. The area of its B–H loop corresponds to 300 J/m³ per cycle. What power is lost to hysteresis, in W?",
        0.80e-3 * 50 * 300,
        "W",
    ),
    (
        "A core of volume 1.2 × 10⁻³ m³ loses 30 W to hysteresis at 60 Hz. What is the B–H loop area in J/m³?",
        30 / (60 * 1.2e-3),
        "J/m**3",
    ),
    (
        "A core of volume 1.2 litres is cycled at 60 Hz with a loop area of 250 J/m³ per cycle. How much energy, in kJ, is lost in one hour?",
        1.2e-3 * 60 * 250 * 3600 / 1000,
        "kJ",
    ),
    (
        "A transformer core (1.2 L) runs at 400 Hz instead of 60 Hz with the same B–H loop. By what factor does the hysteresis power rise?",
        400 / 60,
        "dimensionless",
    ),
    (
        "Above its ordering temperature a ferromagnet obeys χ = C/(T − θ). Measurements give χ = 5.0 × 10⁻³ at 400 K and χ = 2.0 × 10⁻³ at 600 K. Find θ in K.",
        _theta(400, 5.0e-3, 600, 2.0e-3),
        "K",
    ),
    (
        "A ferromagnet above its Curie point obeys χ = C/(T−θ).\n\nT (K)\tχ (SI)\n350\t6.0e-3\n450\t2.0e-3\n\nFind θ in K.",
        _theta(350, 6.0e-3, 450, 2.0e-3),
        "K",
    ),
    (
        "Above θ a ferromagnet obeys χ = C/(T − θ); χ = 4.0 × 10⁻³ at 300 K and 1.6 × 10⁻³ at 500 K. What is the Curie constant C in K?",
        4.0e-3 * (300 - _theta(300, 4.0e-3, 500, 1.6e-3)),
        "K",
    ),
    (
        "A ferromagnet obeys χ = C/(T − θ) above θ; χ = 4.0 × 10⁻³ at 300 K and 1.6 × 10⁻³ at 500 K. What is χ at 400 K?",
        4.0e-3
        * (300 - _theta(300, 4.0e-3, 500, 1.6e-3))
        / (400 - _theta(300, 4.0e-3, 500, 1.6e-3)),
        "dimensionless",
    ),
    (
        "In a bar magnetised by a coil, H = 5.0 kA/m and B = 1.10 T. Find the magnetization M in A/m.",
        1.10 / MU0 - 5000,
        "A/m",
    ),
    (
        "In a bar magnetised by a coil, H = 25 Oe and B = 6300 gauss. What is the magnetization in A/m?",
        0.63 / MU0 - 25 * 1000 / (4 * PI),
        "A/m",
    ),
    (
        "A bar is magnetised by H = 2.0 kA/m and B = 0.630 T. What is its relative permeability?",
        0.630 / (MU0 * 2000),
        "dimensionless",
    ),
    (
        "A bar is magnetised by H = 2.0 kA/m and B = 0.630 T. What is its magnetic susceptibility?",
        0.630 / (MU0 * 2000) - 1,
        "dimensionless",
    ),
    (
        "Niobium becomes superconducting below T_c = 9.25 K; its critical field at 0 K is H_0 = 1.6 × 10⁵ A/m. Up to what temperature (K) does it stay superconducting in 1.0 × 10⁵ A/m?",
        9.25 * math.sqrt(1 - 1.0 / 1.6),
        "K",
    ),
    (
        "Lead: T_c = 7.19 K, H_0 = 6.4 × 10⁴ A/m. What is the critical field at 4.2 K, in A/m?",
        6.4e4 * (1 - (4.2 / 7.19) ** 2),
        "A/m",
    ),
    (
        "Lead: T_c = 7.19 K, H_0 = 6.4 × 10⁴ A/m. What is the critical field at 4.2 K, in oersted?",
        6.4e4 * (1 - (4.2 / 7.19) ** 2) * 4 * PI / 1000,
        "Oe",
    ),
    (
        "Lead: T_c = 7.19 K, H_0 = 6.4 × 10⁴ A/m. Up to what temperature does it stay superconducting in 8.0 × 10⁴ A/m?",
        None,
        "K",
    ),
    (
        "Nickel ferrite (NiFe₂O₄) has the inverse spinel structure; each Ni²⁺ carries 2 µB and the Fe³⁺ moments cancel. The cubic cell (a = 0.834 nm) holds 8 formula units. Find the saturation magnetization in kA/m.",
        8 * 2 * MU_B / (0.834e-9) ** 3 / 1000,
        "kA/m",
    ),
    (
        "Magnetite (Fe₃O₄): 4 µB per formula unit, 8 formula units per cubic cell of a = 0.839 nm. What is the saturation flux density μ0·Ms in tesla?",
        MU0 * 8 * 4 * MU_B / (0.839e-9) ** 3,
        "T",
    ),
    # --- optical
    (
        "An InP LED emits at its band-gap energy of 1.34 eV. What is the emission wavelength in nanometres?",
        H * C / (1.34 * EV) * 1e9,
        "nm",
    ),
    (
        "A GaAs LED emits at its band gap of 1.42 eV. What is the emission wavelength in micrometres, to three significant figures?",
        H * C / (1.42 * EV) * 1e6,
        "um",
    ),
    (
        "A red LED emits at 650 nm. What is the band gap of its semiconductor in eV?",
        H * C / 650e-9 / EV,
        "eV",
    ),
    (
        "Silicon has a band gap of 1,12 eV. What is the longest wavelength (µm) it can absorb by band-to-band transitions?",
        H * C / (1.12 * EV) * 1e6,
        "um",
    ),
    (
        "Silicon (E_g = 1.12 eV) is lit with 1550 nm light. What fraction of the photon energy exceeds the gap?",
        None,
        "dimensionless",
    ),
    (
        "A glass window (n = 1.5) is 10 mm thick with absorption coefficient β = 0.30 cm⁻¹. Taking reflection losses at both faces into account, what percentage of normally incident light is transmitted?",
        _trans(1.5, 30, 0.010),
        "percent",
    ),
    (
        "A 0.50 in. thick glass plate (n = 1.50, β = 0.20 cm⁻¹). Including reflection at both faces (normal incidence), what percentage of the light gets through?",
        _trans(1.5, 20, 0.5 * IN),
        "percent",
    ),
    (
        "A glass (n = 1.50) of absorption coefficient β = 0.25 cm⁻¹. Ignoring reflection, what thickness (mm) absorbs half the light that enters?",
        math.log(2) / 0.25 * 10,
        "mm",
    ),
    (
        "Light at normal incidence meets a glass surface with n = 1.60 in air. What percentage is reflected?",
        ((1.60 - 1) / (1.60 + 1)) ** 2 * 100,
        "percent",
    ),
    (
        "Light inside a flint-glass block (n = 1.65) meets its flat face with air. Above what angle of incidence is it totally reflected, in degrees?",
        math.degrees(math.asin(1 / 1.65)),
        "degree",
    ),
    (
        "Light inside a glass block (n = 1.52) meets a face in contact with water (n = 1.33). What is the critical angle in degrees?",
        math.degrees(math.asin(1.33 / 1.52)),
        "degree",
    ),
    (
        "Light in water (n = 1.33) meets a glass plate (n = 1.52). Above what angle is it totally reflected, in degrees?",
        None,
        "degree",
    ),
    # --- polymers
    (
        "A polypropylene has a number-average molecular weight of 210 000 g/mol. Calculate its number-average degree of polymerization, to the nearest whole number.",
        210000 / M_PP,
        "dimensionless",
    ),
    (
        "A PMMA has M_n = 300,000 g/mol. What is its number-average degree of polymerization?",
        300000 / M_PMMA,
        "dimensionless",
    ),
    (
        "A polyethylene has a number-average degree of polymerization of 8000. What is its number-average molecular weight in g/mol?",
        8000 * M_PE,
        "g/mol",
    ),
    (
        "A poly(vinyl chloride) has a number-average degree of polymerization of 2500. What is M_n in kg/mol?",
        2500 * M_VC / 1000,
        "kg/mol",
    ),
    (
        "A polystyrene has M_n = 250 000 g/mol and a PVC has M_n = 150 000 g/mol. What is the ratio of their degrees of polymerization (PS : PVC)?",
        (250000 / M_PS) / (150000 / M_VC),
        "dimensionless",
    ),
    (
        "A polymer's number-average molecular weight is 250 000 g/mol. Calculate its degree of polymerization.",
        None,
        "dimensionless",
    ),
    (
        "The molecular-weight distribution of a polymer is:\n\nM_i (g/mol)\tw_i\n15,000\t0.20\n25,000\t0.50\n35,000\t0.30\n\nCompute M_w in g/mol.",
        15000 * 0.2 + 25000 * 0.5 + 35000 * 0.3,
        "g/mol",
    ),
    (
        "The molecular-weight distribution of a polymer is:\n\nM_i (g/mol)\tw_i\n15,000\t0.20\n25,000\t0.50\n35,000\t0.30\n\nCompute M_n in g/mol.",
        1 / (0.2 / 15000 + 0.5 / 25000 + 0.3 / 35000),
        "g/mol",
    ),
    (
        "A polymer sample's weight fractions: | M_i (kg/mol) | w_i | | 10 | 0.25 | | 20 | 0.50 | | 40 | 0.25 | Compute the polydispersity index M_w/M_n.",
        (10 * 0.25 + 20 * 0.5 + 40 * 0.25) * (0.25 / 10 + 0.5 / 20 + 0.25 / 40),
        "dimensionless",
    ),
    (
        "A polymer's number fractions: | M_i (g/mol) | x_i | | 10,000 | 0.20 | | 20,000 | 0.50 | | 30,000 | 0.30 | Compute the number-average molecular weight in g/mol.",
        10000 * 0.2 + 20000 * 0.5 + 30000 * 0.3,
        "g/mol",
    ),
    (
        "A random ethylene–propylene copolymer has M_n = 80 000 g/mol and a number-average degree of polymerization of 2200. What fraction of its repeat units are propylene?",
        (80000 / 2200 - M_PE) / (M_PP - M_PE),
        "dimensionless",
    ),
    (
        "A random styrene–butadiene copolymer has M_n = 200 000 g/mol and a degree of polymerization of 3000. What fraction of the repeat units are butadiene (C4H6)?",
        (M_PS - 200000 / 3000) / (M_PS - (4 * 12.011 + 6 * 1.008)),
        "dimensionless",
    ),
    (
        "An ethylene–propylene copolymer has 30 % ethylene repeat units (by number) and M_n = 100 000 g/mol. What is its number-average degree of polymerization?",
        100000 / (0.3 * M_PE + 0.7 * M_PP),
        "dimensionless",
    ),
    (
        "Estimate Young's modulus (MPa) of a lightly cross-linked elastomer at 25 °C, density 0.92 g/cm³, mean molecular weight between cross-links 8000 g/mol. Use E = 3ρRT/M_c.",
        3 * 920 * R * _k(25) / 8.0 / 1e6,
        "MPa",
    ),
    (
        "A crosslinked rubber (density 0.95 g/cm³, M_c = 5000 g/mol) at 300 K: using G = ρRT/M_c, find the shear modulus in MPa.",
        950 * R * 300 / 5.0 / 1e6,
        "MPa",
    ),
    (
        "A crosslinked rubber (ρ = 0.95 g/cm³, M_c = 5000 g/mol) has E = 1.42 MPa by E = 3ρRT/M_c at 300 K. What would E be (MPa) at 350 K?",
        1.42 * 350 / 300,
        "MPa",
    ),
    (
        "A rubber with density 0.95 g/cm³ has E = 2.0 MPa at 300 K. Using E = 3ρRT/M_c, what is M_c in g/mol?",
        3 * 950 * R * 300 / 2.0e6 * 1000,
        "g/mol",
    ),
    (
        "Estimate the Young's modulus, in psi, of an elastomer at 300 K (density 0.95 g/cm³, M_c = 5000 g/mol) using E = 3ρRT/M_c.",
        3 * 950 * R * 300 / 5.0 / PSI,
        "psi",
    ),
    (
        "A polymer is stretched quickly and held; the stress is 4.0 MPa at once and 3.0 MPa after 100 s. Assuming exponential relaxation, what is the relaxation time in s?",
        100 / math.log(4 / 3),
        "s",
    ),
    (
        "A polymer held at fixed strain relaxes from 3.5 MPa to 2.0 MPa in 60 s (exponential). What is the stress after 3 min, in MPa?",
        3.5 * math.exp(-180 / (60 / math.log(3.5 / 2.0))),
        "MPa",
    ),
    (
        "A polymer held at fixed strain relaxes exponentially from 500 psi to 300 psi in 1.0 min. How long (s from the start) until the stress reaches 100 psi?",
        60 / math.log(5 / 3) * math.log(5),
        "s",
    ),
    (
        "A polymer relaxes exponentially from 3.5 MPa to 2.0 MPa in 60 s. How long (s) after the first 60 s does it take to fall to 1.0 MPa?",
        60 / math.log(3.5 / 2.0) * math.log(2.0),
        "s",
    ),
    # --- composites
    (
        "An aligned continuous glass/epoxy composite has 50 vol% fibres (E = 72.5 GPa) in an epoxy with E = 2.4 GPa. Compute the transverse elastic modulus in GPa.",
        1 / (0.5 / 72.5 + 0.5 / 2.4),
        "GPa",
    ),
    (
        "A unidirectional carbon/epoxy lamina: V_f = 0.55, E_f = 230 GPa, E_m = 3.5 GPa. Compute the longitudinal modulus in Msi.",
        (0.55 * 230 + 0.45 * 3.5) * 1e9 / PSI / 1e6,
        "Mpsi",
    ),
    (
        "A unidirectional glass/epoxy laminate (V_f = 0.45, E_f = 76 GPa, E_m = 3.1 GPa) is loaded along the fibres. What percentage of the load do the fibres carry?",
        0.45 * 76 / (0.45 * 76 + 0.55 * 3.1) * 100,
        "percent",
    ),
    (
        "A carbon/epoxy laminate (V_f = 0.55, E_f = 230 GPa, E_m = 3.5 GPa) is loaded along the fibres. What is the ratio of the load on the fibres to the load on the matrix, as x : 1?",
        0.55 * 230 / (0.45 * 3.5),
        "dimensionless",
    ),
    (
        "A carbon/epoxy laminate (V_f = 0.55, E_f = 230 GPa, E_m = 3.5 GPa) is loaded along the fibres. What is the ratio of the stress in the fibres to that in the matrix?",
        230 / 3.5,
        "dimensionless",
    ),
    (
        "A carbon/epoxy laminate (V_f = 0.55, E_f = 230 GPa, E_m = 3.5 GPa) is loaded across the fibres. What percentage of the load do the fibres carry?",
        None,
        "percent",
    ),
    (
        "A unidirectional E-glass/epoxy (E_f = 72.5 GPa, E_m = 2.4 GPa) must have a longitudinal modulus of 40 GPa. What fibre volume fraction is needed?",
        (40 - 2.4) / (72.5 - 2.4),
        "dimensionless",
    ),
    (
        "A carbon/epoxy lamina has V_f = 0.60, E_f = 230 GPa and E_m = 3.5 GPa. What is the ratio of its longitudinal to its transverse modulus?",
        (0.6 * 230 + 0.4 * 3.5) / (1 / (0.6 / 230 + 0.4 / 3.5)),
        "dimensionless",
    ),
    (
        "A glass-fibre/epoxy laminate has 45 vol% fibres (E = 10.5 × 10⁶ psi) in epoxy (E = 0.45 × 10⁶ psi). Estimate the modulus parallel to the fibres in GPa.",
        (0.45 * 10.5e6 + 0.55 * 0.45e6) * PSI / 1e9,
        "GPa",
    ),
    # --- corrosion
    (
        "A steel structure loses iron as Fe²⁺ under a steady corrosion current of 1.5 A. How many grams of iron dissolve in 3 h 45 min? (Fe 55.85 g/mol)",
        1.5 * (3 * 3600 + 45 * 60) * 55.85 / (2 * F),
        "g",
    ),
    (
        "An aluminium part corrodes as Al³⁺ (26.98 g/mol) under a steady 0.80 A. How many grams are lost in one week?",
        0.80 * 7 * 86400 * 26.98 / (3 * F),
        "g",
    ),
    (
        "A zinc anode (Zn²⁺, 65.38 g/mol) protecting a hull delivers a steady 2.5 A. How many pounds of zinc are consumed in 30 days?",
        2.5 * 30 * 86400 * 65.38 / (2 * F) / 453.59237,
        "lb",
    ),
    (
        "A zinc anode (Zn → Zn²⁺, 65.38 g/mol) lost 25 g in 8 h. What steady current (A) did it deliver?",
        25 * 2 * F / (65.38 * 8 * 3600),
        "A",
    ),
    (
        "A zinc anode (Zn → Zn²⁺, 65.38 g/mol) of 5.0 kg delivers 2.5 A. How many days does it last?",
        5000 * 2 * F / (65.38 * 2.5) / 86400,
        "day",
    ),
    (
        "A copper electroplating bath (Cu²⁺ → Cu, 63.55 g/mol) runs at 12 A for 45 min. What mass of copper (g) is deposited?",
        12 * 45 * 60 * 63.55 / (2 * F),
        "g",
    ),
    (
        "An alloy oxidizes at 900 °C by a parabolic rate law; after 4.0 h the weight gain is 0.50 mg/cm². What is the weight gain after 2 days?",
        0.50 * math.sqrt(48 / 4.0),
        "mg/cm**2",
    ),
    (
        "An alloy oxidizing parabolically gains 0.316 mg/cm² in 2.0 h. How long (h) until the gain is 1.0 mg/cm²?",
        2.0 * (1.0 / 0.316) ** 2,
        "h",
    ),
    (
        "An alloy oxidizes by a linear rate law; after 2.0 h the gain is 0.316 mg/cm². What is the gain after 1.5 days?",
        0.316 * 18,
        "mg/cm**2",
    ),
    (
        "An alloy oxidizes by a parabolic rate law: 0.316 mg/cm² after 2.0 h. How much more weight (mg/cm²) is gained between 2.0 h and 8.0 h?",
        0.316 * (2 - 1),
        "mg/cm**2",
    ),
    (
        "What is the equilibrium potential of the hydrogen electrode (vs SHE, p_H2 = 1 atm) at pH 7.0 and 25 °C, in volts?",
        -math.log(10) * R * 298.15 / F * 7.0,
        "V",
    ),
    (
        "What is the potential of the hydrogen electrode (p_H2 = 1 atm) vs SHE in a solution of pH 3.0 at 80 °C? Give it in mV with its sign.",
        -math.log(10) * R * _k(80) / F * 3.0 * 1000,
        "mV",
    ),
    (
        "The hydrogen electrode (p_H2 = 1 atm) reads −0.30 V vs SHE at 25 °C. What is the pH?",
        0.30 * F / (math.log(10) * R * 298.15),
        "dimensionless",
    ),
    # --- thermal
    (
        "A concrete wall 20 cm thick and 15 m² in area has k = 1.4 W/(m·K). Its faces are at 22 °C and −8 °C. How much heat (MJ) is conducted through it in one day?",
        1.4 * 15 * 30 / 0.20 * 86400 / 1e6,
        "MJ",
    ),
    (
        "A brick wall 25 cm thick and 12 m² in area has k = 0.72 W·m⁻¹·K⁻¹; its faces are at 20 °C and −5 °C. What is the heat flow in W?",
        0.72 * 12 * 25 / 0.25,
        "W",
    ),
    (
        "A brick wall 10 in. thick, 12 m² in area, k = 0.72 W/(m·K), faces at 68 °F and 23 °F. What is the heat flow in W?",
        0.72 * 12 * (45 / 1.8) / (10 * IN),
        "W",
    ),
    (
        "A brick wall (k = 0.72 W/(m·K), 12 m²) conducts 860 W with its faces at 20 °C and −5 °C. How thick is it, in cm?",
        0.72 * 12 * 25 / 860 * 100,
        "cm",
    ),
    (
        "How much heat (kJ) is needed to warm a 1.5 kg aluminium block from 20 °C to 300 °C? Take c = 0.215 cal/(g·°C).",
        1500 * 0.215 * CAL * 280 / 1000,
        "kJ",
    ),
    (
        "How much heat (kcal) warms 2.0 kg of copper (c = 385 J/(kg·K)) from 25 °C to 400 °C?",
        2.0 * 385 * 375 / CAL / 1000,
        "kcal",
    ),
    (
        "How much heat (Btu) is needed to warm 5.0 lb of copper (c = 0.092 Btu/(lb·°F)) from 70 °F to 750 °F?",
        5.0 * 0.092 * 680,
        "Btu",
    ),
    (
        "A 2.0 kg copper ingot (c = 385 J/(kg·K)) at 25 °C receives 150 kJ. What temperature (°C) does it reach?",
        25 + 150000 / (2.0 * 385),
        "degC",
    ),
    (
        "Alumina: k = 30 W/m K, density 3.98 g/cm3, cp = 775 J kg-1 K-1. Compute its thermal diffusivity in mm²/s.",
        30 / (3980 * 775) * 1e6,
        "mm**2/s",
    ),
    (
        "Copper: k = 398 W/(m·K), ρ = 8.96 g/cm³, c_p = 385 J/(kg·K). What is log10 of its thermal diffusivity (in m²/s)?",
        math.log10(398 / (8960 * 385)),
        "dimensionless",
    ),
    (
        "Estimate the thermal conductivity of copper at 20 °C from the Wiedemann–Franz law with L = 2.44 × 10⁻⁸ W Ω K⁻²; its resistivity is 1.68 × 10⁻⁸ Ω m. Answer in W/(m K).",
        2.44e-8 * 293.15 / 1.68e-8,
        "W/(m*K)",
    ),
    (
        "A metal has thermal conductivity 237 W/(m·K) at 300 K. Using L = 2.44 × 10⁻⁸ W Ω K⁻², estimate its electrical resistivity in µΩ·cm.",
        2.44e-8 * 300 / 237 * 1e8,
        "microohm*cm",
    ),
    (
        "Aluminium at 20 °C has σ = 3.77 × 10⁷ S/m. With L = 2.44 × 10⁻⁸ W Ω K⁻², estimate k = LσT, in W/(m K).",
        2.44e-8 * 3.77e7 * 293.15,
        "W/(m*K)",
    ),
    (
        "A 0.5 m brass rod (α = 20 × 10⁻⁶ °C⁻¹) is heated from 20 °C to 220 °C. By how much does it lengthen, in mm?",
        0.5 * 20e-6 * 200 * 1000,
        "mm",
    ),
    (
        "A 20.000 in. brass rod (α = 11 × 10⁻⁶ °F⁻¹) is heated from 70 °F to 470 °F. What is its final length in inches?",
        20.0 * (1 + 11e-6 * 400),
        "inch",
    ),
    # --- typography: thin spaces, Unicode minus, superscript powers, decimal commas
    (
        "For copper, Q\u2009v = 0.90\u2009eV/atom, ρ = 8.96\u2009g/cm³, A = 63.55\u2009g/mol. Compute the vacancies per cm³ at 1\u2009000\u2009°C.",
        _nv(8.96, 63.55, 0.90, _k(1000)),
        "1/cm**3",
    ),
    (
        "A 0.20 wt% C steel is carburized (surface 1.00 wt% C) with D = 1.6×10⁻¹¹ m²/s. How long, in hours, for 0.60 wt% C at 0.8 mm?",
        _carb_t(0.20, 1.00, 0.60, 0.8e-3, 1.6e-11) / 3600,
        "h",
    ),
    (
        "A steel obeys σ_a = σ_f′(2N_f)^b with σ_f′ = 900\u202fMPa and b = \u22120.09. How many cycles to failure at 300\u202fMPa?",
        0.5 * (300 / 900) ** (1 / -0.09),
        "dimensionless",
    ),
    (
        "Recrystallization follows y = 1 − exp(−k tⁿ) with n = 2,5 and k = 2,0 · 10⁻⁴ (t in s). What percentage has recrystallized after 40 s?",
        (1 - math.exp(-2.0e-4 * 40**2.5)) * 100,
        "percent",
    ),
    (
        "A spring steel has a yield strength of 1\u00a0460 MPa and E = 207 GPa. Its modulus of resilience is ______ kJ/m³.",
        1460e6**2 / (2 * 207e9) / 1000,
        "kJ/m**3",
    ),
    (
        "Nickel in copper: D₀ = 6.5e\u22125 m²/s and Q = 256 kJ/mol. What is D (m²/s) at 1323 K?",
        6.5e-5 * math.exp(-256000 / (R * 1323)),
        "m**2/s",
    ),
    (
        "KCl (ρ = 1,99 g/cm³, M = 74,55 g/mol) has a Schottky formation energy of 2,6 eV. Estimate the Schottky defects per cm³ at 500 °C.",
        _schottky(1.99, 74.55, 2.6, _k(500)),
        "1/cm**3",
    ),
    (
        "Intrinsic silicon: n\u1d62 = 1.0·10¹⁰ cm⁻³, μₑ = 1350 cm²/(V·s), μₕ = 480 cm²/(V·s). Conductivity in S/m?",
        1.0e16 * EV * 0.183,
        "S/m",
    ),
    (
        "A zinc anode (Zn²⁺, 65.38 g/mol) delivers 2.5 A ± 0.1 A. How many grams of zinc are consumed in 8 h?",
        2.5 * 8 * 3600 * 65.38 / (2 * F),
        "g",
    ),
    (
        "Light inside a glass block (n = 1.52 ± 0.01) meets a glass–air face. Critical angle in degrees?",
        math.degrees(math.asin(1 / 1.52)),
        "degree",
    ),
    (
        "A brick wall (thickness 25 ± 1 cm, area 12 m², k = 0.72 ± 0.05 W/(m·K)) has faces at 20 °C and −5 °C. Heat conducted in one day, in MJ?",
        0.72 * 12 * 25 / 0.25 * 86400 / 1e6,
        "MJ",
    ),
    (
        "A unidirectional carbon/epoxy lamina: $V_f = 0{,}60$, $E_f = \\qty{230}{\\giga\\pascal}$, $E_m = \\qty{3.5}{\\giga\\pascal}$. Transverse modulus in GPa?",
        1 / (0.6 / 230 + 0.4 / 3.5),
        "GPa",
    ),
    (
        "A core of \\num{1.2e-3} m³ is cycled at 60 Hz; its B–H loop encloses 250 J/m³. Hysteresis power in W?",
        1.2e-3 * 60 * 250,
        "W",
    ),
    (
        "Given:\n\nquantity\tvalue\tunit\nE_f\t72.5\tGPa\nE_m\t2.4\tGPa\nV_f\t0.40\t-\n\nCompute the longitudinal modulus of the aligned composite in GPa.",
        0.4 * 72.5 + 0.6 * 2.4,
        "GPa",
    ),
    (
        "Data for a semiconductor (pasted from a sheet):\n\nn_i (cm^-3)\tμ_e (cm^2/V s)\tμ_h (cm^2/V s)\n2.5e13\t3900\t1900\n\nWhat is the intrinsic conductivity in S/m?",
        2.5e19 * EV * 0.58,
        "S/m",
    ),
    (
        "Alumina data:\n\nk (W/m·K)\tρ (g/cm³)\tc_p (J/kg·K)\n30\t3.98\t775\n\nWhat is the thermal diffusivity in m²/s?",
        30 / (3980 * 775),
        "m**2/s",
    ),
    # --- traps: the other reading of the same data
    (
        "At 912 °C iron changes from BCC (a = 0.2898 nm) to FCC (a = 0.3646 nm) on heating. By what percentage does the density change? Count an increase as positive.",
        ((0.2898**3 / 2) / (0.3646**3 / 4) - 1) * 100,
        "percent",
    ),
    (
        "At 912 °C iron changes from FCC (a = 0.3646 nm) to BCC (a = 0.2898 nm) on cooling. By what percentage does the volume per atom change on cooling? Count an expansion as positive.",
        ((0.2898**3 / 2) / (0.3646**3 / 4) - 1) * 100,
        "percent",
    ),
    (
        "KCl (density 1.99 g/cm³, 74.55 g/mol) has a Schottky formation energy of 2.6 eV. What fraction of the cation sites are vacant at 500 °C?",
        math.exp(-2.6 / (2 * k * _k(500))),
        "dimensionless",
    ),
    (
        "The formation energy of a Frenkel defect in AgBr is 1.16 eV. Taking n/N = exp(−E/(kT)) (no factor of 2), give log10 of the Frenkel fraction at 300 °C.",
        -1.16 / (k * _k(300)) / math.log(10),
        "dimensionless",
    ),
    (
        "For aluminium, Q_v = 72 kJ/mol, ρ = 2.70 g/cm³, A = 26.98 g/mol. Compute the vacancies per cm³ at 600 °C.",
        2.70 * NA / 26.98 * math.exp(-72000 / (R * _k(600))),
        "1/cm**3",
    ),
    (
        "A 2.0 cm cube of cold-worked copper contains about 20 000 km of dislocation line. What is the dislocation density in mm⁻²?",
        2e10 / 8000,
        "1/mm**2",
    ),
    (
        "A 0.80 wt% C steel is decarburized at 900 °C with its surface held at 0.00 wt% C; D = 1.1 × 10⁻¹¹ m²/s. How long (h) until the carbon content 0.5 mm below the surface falls to 0.40 wt%?",
        _carb_t(0.80, 0.00, 0.40, 0.5e-3, 1.1e-11) / 3600,
        "h",
    ),
    (
        "Self-diffusion in a metal has Q = 2.5 eV/atom. By what factor does D increase from 900 °C to 1100 °C?",
        math.exp(-2.5 / k * (1 / _k(1100) - 1 / _k(900))),
        "dimensionless",
    ),
    (
        "A steel follows σ_T = K ε_T^n with K = 900 MPa and n = 0.22. What engineering strain corresponds to a true stress of 650 MPa (uniform deformation)?",
        math.exp((650 / 900) ** (1 / 0.22)) - 1,
        "dimensionless",
    ),
    (
        "A spring steel yields at 1100 MPa (E = 200 GPa). It is loaded to 800 MPa. How much elastic strain energy per unit volume does it store, in kJ/m³?",
        800e6**2 / (2 * 200e9) / 1000,
        "kJ/m**3",
    ),
    (
        "A steel rod 10 mm in diameter and 1.0 m long (E = 207 GPa) carries a tensile load of 15 kN. How much does it stretch, in mm?",
        15000 / (PI * 0.005**2) / 207e9 * 1000,
        "mm",
    ),
    (
        "A steel tie bar (E = 30 × 10⁶ psi) carries 25,000 psi. What is its elastic strain, in percent?",
        25000 / 30e6 * 100,
        "percent",
    ),
    (
        "A steel plate (K_Ic = 55 MPa√m) contains an internal crack of total length 4.0 mm; take Y = 1.0. What tensile stress (MPa) causes fracture?",
        55 / math.sqrt(PI * 2.0e-3),
        "MPa",
    ),
    (
        "A steel plate (K_Ic = 55 MPa√m, Y = 1.1) has an edge crack 3 mm long. What stress (MPa) causes fast fracture?",
        55 / (1.1 * math.sqrt(PI * 3e-3)),
        "MPa",
    ),
    (
        "A steel obeys σ_a = σ_f'(2N_f)^b with σ_f' = 900 MPa and b = −0.09. How many load reversals (2N_f) will it survive at 300 MPa?",
        (300 / 900) ** (1 / -0.09),
        "dimensionless",
    ),
    (
        "At its service stress an alloy has LMP = 20,000 (T in K, t in h, C = 20). What is the rupture life at 650 °C, in minutes?",
        10 ** (20000 / _k(650) - 20) * 60,
        "min",
    ),
    (
        "A Cu–35 wt% Ni alloy at 1250 °C: the tie line meets the liquidus at 32 wt% Ni and the solidus at 43 wt% Ni. What percentage of all the nickel in the alloy is in the liquid?",
        (43 - 35) / (43 - 32) * 32 / 35 * 100,
        "percent",
    ),
    (
        "Fe–Fe₃C: eutectoid 0.76 wt% C, ferrite 0.022 wt% C, cementite 6.70 wt% C. A 1.20 wt% C steel is slowly cooled to 726 °C. What percentage of it is cementite in total (proeutectoid plus eutectoid)?",
        (1.20 - 0.022) / (6.70 - 0.022) * 100,
        "percent",
    ),
    (
        "Fe–Fe₃C: eutectoid 0.76 wt% C, ferrite 0.022 wt% C, cementite 6.70 wt% C. A 0.45 wt% C steel is slowly cooled to 726 °C. What percentage of it is ferrite in total?",
        (6.70 - 0.45) / (6.70 - 0.022) * 100,
        "percent",
    ),
    (
        "Fe–Fe₃C: eutectoid 0.76 wt% C, ferrite 0.022 wt% C, cementite 6.70 wt% C. A 0.45 wt% C steel is slowly cooled to 726 °C. What percentage of it is eutectoid ferrite?",
        (0.45 - 0.022) / (0.76 - 0.022) * (6.70 - 0.76) / (6.70 - 0.022) * 100,
        "percent",
    ),
    (
        "Avrami kinetics with n = 2.5, half complete after 100 s. What fraction remains untransformed after 150 s?",
        math.exp(-math.log(2) * 1.5**2.5),
        "dimensionless",
    ),
    (
        "The transformed fraction follows y = 1 - exp(-k t^n) with k = 3.2E-5 s^-2 and n = 2. What percentage is still untransformed after 2 minutes?",
        math.exp(-3.2e-5 * 120**2) * 100,
        "percent",
    ),
    (
        "A brass (d₀ = 10 µm) reaches 25 µm after 30 min at 600 °C. With d² − d₀² = Kt, by how many µm does the grain diameter grow between 30 min and 1.5 days?",
        math.sqrt(100 + (625 - 100) / 30 * 2160) - 25,
        "um",
    ),
    (
        "A parallel-plate capacitor has circular plates of diameter 2.0 cm, 0.10 mm apart, with a dielectric of constant 5.0 between them. What is its capacitance in pF?",
        E0 * 5.0 * PI * 0.01**2 / 1e-4 * 1e12,
        "pF",
    ),
    (
        "A silicon bar 2.0 mm long has 5.0 V across it; electron mobility 0.14 m²/(V·s). How far (mm) does an electron drift in 1.0 ns?",
        0.14 * 5.0 / 2.0e-3 * 1e-9 * 1000,
        "mm",
    ),
    (
        "A germanium bar (intrinsic, σ = 2.3 S/m) is 2.0 cm long with a 1.0 mm × 1.0 mm cross-section. What is its resistance in Ω?",
        0.02 / (2.3 * 1e-6),
        "ohm",
    ),
    (
        "A transformer core of 1.2 litres has a B–H loop enclosing 250 J/m³. How much energy (J) is lost per cycle?",
        1.2e-3 * 250,
        "J",
    ),
    (
        "Above its ordering temperature a ferromagnet obeys χ = C/(T − θ); χ = 4.0 × 10⁻³ at 300 K and 1.6 × 10⁻³ at 500 K. Find θ in °C.",
        _theta(300, 4.0e-3, 500, 1.6e-3) - 273.15,
        "degC",
    ),
    (
        "In a bar magnetised by a coil, H = 2.0 kA/m and B = 0.630 T. Find M in emu/cm³.",
        0.630 / MU0 - 2000,
        "A/m",
    ),
    (
        "Lead: T_c = 7.19 K, μ0H_0 = 0.080 T. What is the critical flux density μ0H_c at 4.2 K, in tesla?",
        0.080 * (1 - (4.2 / 7.19) ** 2),
        "T",
    ),
    (
        "A GaAs LED emits photons of 1.42 eV. What is their frequency in THz?",
        1.42 * EV / H / 1e12,
        "THz",
    ),
    (
        "A GaAs LED emits at 1.42 eV. What is the wavelength in Å?",
        H * C / (1.42 * EV) * 1e10,
        "angstrom",
    ),
    (
        "A glass (n = 1.50) window: what percentage of normally incident light is reflected at the first face?",
        4.0,
        "percent",
    ),
    (
        "A polystyrene chain has M = 250 000 g/mol. What is the mass of one chain, in grams?",
        250000 / NA,
        "g",
    ),
    (
        "A PTFE has M_n = 500,000 g/mol. What is its number-average degree of polymerization (repeat unit C2F4)?",
        500000 / (2 * 12.011 + 4 * 18.998),
        "dimensionless",
    ),
    (
        "Estimate E (MPa) of an elastomer at 80 °F, ρ = 0.95 g/cm³, M_c = 5000 g/mol, using E = 3ρRT/M_c.",
        3 * 950 * R * ((80 - 32) / 1.8 + 273.15) / 5.0 / 1e6,
        "MPa",
    ),
    (
        "A polymer at fixed strain relaxes exponentially from 3.5 MPa to 2.0 MPa in 1 min. What is the stress after 2 min 30 s, in MPa?",
        3.5 * math.exp(-150 / (60 / math.log(3.5 / 2.0))),
        "MPa",
    ),
    (
        "A unidirectional E-glass/epoxy (V_f = 0.40, E_f = 72.5 GPa, E_m = 2.4 GPa) is loaded along the fibres. What percentage of the load does the matrix carry?",
        0.6 * 2.4 / (0.6 * 2.4 + 0.4 * 72.5) * 100,
        "percent",
    ),
    (
        "An E-glass/epoxy lamina (V_f = 0.40, E_f = 72.5 GPa, E_m = 2.4 GPa). What is its transverse modulus in ksi?",
        1 / (0.4 / 72.5 + 0.6 / 2.4) * 1e9 / KSI,
        "ksi",
    ),
    (
        "A steel structure corrodes uniformly as Fe³⁺ under 2.5 A. How many grams of iron (55.85 g/mol) dissolve in 2 h 15 min?",
        2.5 * 8100 * 55.85 / (3 * F),
        "g",
    ),
    (
        "Steel (ρ = 7.87 g/cm³, Fe → Fe²⁺, 55.85 g/mol) corrodes uniformly at a current density of 1.0 µA/cm². How much thickness (µm) is lost in one year?",
        1.0e-6 * 55.85 / (2 * F) / 7.87 * 3.15576e7 * 1e4,
        "um",
    ),
    (
        "Hydrogen electrode (p_H2 = 1 atm) in a solution of pH 4.5 at 140 °F: potential vs SHE in mV with its sign?",
        -math.log(10) * R * _k(60) / F * 4.5 * 1000,
        "mV",
    ),
    (
        "A brick wall 25 cm thick (k = 0.72 W/(m·K)) has faces at 20 °C and −5 °C. What is the heat flux in W/m²?",
        0.72 * 25 / 0.25,
        "W/m**2",
    ),
    (
        "A 2.0 kg copper ingot (c = 0.0923 cal/(g·°C)) is warmed from 77 °F to 752 °F. How much heat, in kJ?",
        2000 * 0.0923 * CAL * 375 / 1000,
        "kJ",
    ),
    (
        "Copper's resistivity at 77 K is 0.21 × 10⁻⁸ Ω m. Using L = 2.44 × 10⁻⁸ W Ω K⁻², estimate its thermal conductivity at 77 K in W/(m K).",
        2.44e-8 * 77 / 0.21e-8,
        "W/(m*K)",
    ),
    (
        "A 1.000 m aluminium bar (α = 23.6 × 10⁻⁶ K⁻¹) is heated by 150 K. By what percentage does its volume increase?",
        ((1 + 23.6e-6 * 150) ** 3 - 1) * 100,
        "percent",
    ),
    (
        "Silicon is FCC-based diamond cubic with a = 0.5431 nm (28.09 g/mol). What is its density in g/cm³?",
        8 * 28.09 / (NA * (0.5431e-7) ** 3),
        "g/cm**3",
    ),
    (
        "Copper (FCC) has a = 0.3615 nm. What is the planar density of (111) in atoms per nm² — using your result, how many atoms lie in 1 mm² of that plane?",
        4 / (math.sqrt(3) * 0.3615**2) * 1e12,
        "dimensionless",
    ),
    # --- a component's share in a phase, not the phase's share
    (
        "Pb–Sn just below 183 °C: α has 18.3 wt% Sn, β has 97.8 wt% Sn. For a Pb–40 wt% Sn alloy, what fraction of the tin is in the β phase?",
        (40 - 18.3) / (97.8 - 18.3) * 97.8 / 40,
        "dimensionless",
    ),
    (
        "A 2.0 kg Cu–35 wt% Ni alloy at 1250 °C: the tie line meets the liquidus at 32 wt% Ni and the solidus at 43 wt% Ni. What mass of nickel (g) is in the solid phase?",
        2000 * (35 - 32) / (43 - 32) * 0.43,
        "g",
    ),
    (
        "A 1.20 wt% C steel slowly cooled to 726 °C (eutectoid 0.76, ferrite 0.022, cementite 6.70 wt% C). What percentage of its carbon is in the proeutectoid cementite?",
        (1.20 - 0.76) / (6.70 - 0.76) * 6.70 / 1.20 * 100,
        "percent",
    ),
    (
        "A Cu–35 wt% Ni alloy at 1250 °C: liquidus 32 wt% Ni, solidus 43 wt% Ni. What percentage of the copper is in the solid?",
        (35 - 32) / (43 - 32) * 57 / 65 * 100,
        "percent",
    ),
    (
        "A Cu–35 wt% Ni alloy at 1250 °C: liquidus 32 wt% Ni, solidus 43 wt% Ni. What percentage of the alloy's mass is the solid phase?",
        (35 - 32) / (43 - 32) * 100,
        "percent",
    ),
    (
        "A 3.0 kg Cu–35 wt% Ni alloy at 1250 °C: liquidus 32 wt% Ni, solidus 43 wt% Ni. What mass (kg) of liquid is present?",
        3.0 * (43 - 35) / (43 - 32),
        "kg",
    ),
    (
        "Pb–Sn just below 183 °C: α 18.3 wt% Sn, β 97.8 wt% Sn. A 500 g Pb–40 wt% Sn alloy: how many grams of lead are in the α phase?",
        500 * (97.8 - 40) / (97.8 - 18.3) * (1 - 0.183),
        "g",
    ),
    # --- more traps on what is asked
    (
        "Intrinsic silicon: n_i = 1.0 × 10¹⁰ cm⁻³, μ_e = 1350 cm²/(V·s), μ_h = 480 cm²/(V·s). What is the hole contribution to the conductivity, in S/m?",
        1.0e16 * EV * 0.048,
        "S/m",
    ),
    (
        "Intrinsic silicon: n_i = 1.0 × 10¹⁰ cm⁻³, μ_e = 1350 cm²/(V·s), μ_h = 480 cm²/(V·s). What is its resistivity in Ω·m?",
        1 / (1.0e16 * EV * 0.183),
        "ohm*m",
    ),
    (
        "Intrinsic silicon: n_i = 1.0 × 10¹⁰ cm⁻³, μ_e = 1350 cm²/(V·s), μ_h = 480 cm²/(V·s). A bar 1.0 cm long and 1.0 mm² in section: resistance in MΩ?",
        0.01 / (1.0e16 * EV * 0.183 * 1e-6) / 1e6,
        "megaohm",
    ),
    (
        "KCl (density 1.99 g/cm³, molar mass 74.55 g/mol) has a Schottky energy of 2.6 eV. How many vacant lattice sites (cation plus anion) per cm³ at 500 °C?",
        2 * _schottky(1.99, 74.55, 2.6, _k(500)),
        "1/cm**3",
    ),
    (
        "KCl (density 1.99 g/cm³, molar mass 74.55 g/mol): how many K⁺ ions per cm³?",
        1.99 * NA / 74.55,
        "1/cm**3",
    ),
    (
        "For aluminium, Q_v = 0.75 eV/atom, ρ = 2.70 g/cm³ and A = 26.98 g/mol. How many vacancies are in a 1.0 mm³ grain at 600 °C?",
        _nv(2.70, 26.98, 0.75, _k(600)) / 1000,
        "dimensionless",
    ),
    (
        "For aluminium, Q_v = 0.75 eV/atom, ρ = 2.70 g/cm³, A = 26.98 g/mol. What is the number of atoms per vacancy at 600 °C?",
        math.exp(0.75 / (k * _k(600))),
        "dimensionless",
    ),
    (
        "A 0.20 wt% C steel is gas-carburized (surface 1.00 wt% C), D = 1.6 × 10⁻¹¹ m²/s. What is the carbon content (wt%) at 0.8 mm after 5.0 h?",
        1.00 - 0.80 * math.erf(0.8e-3 / (2 * math.sqrt(1.6e-11 * 18000))),
        "percent",
    ),
    (
        "A 0.20 wt% C steel is gas-carburized (surface 1.00 wt% C), D = 1.6 × 10⁻¹¹ m²/s. How long, in minutes, for 0.60 wt% C at 0.8 mm?",
        _carb_t(0.20, 1.00, 0.60, 0.8e-3, 1.6e-11) / 60,
        "min",
    ),
    (
        "A 0.20 wt% C gear is carburized (surface 1.00 wt% C) for 6.9 h at one temperature to reach 0.60 wt% at 0.8 mm. How long (h) would 0.60 wt% take to reach 1.6 mm at the same temperature?",
        6.9 * 4,
        "h",
    ),
    (
        "A steel plate 5 mm thick has steady-state carbon concentrations of 1.2 kg/m³ and 0.4 kg/m³ on its faces, D = 3 × 10⁻¹¹ m²/s. What is the concentration (kg/m³) at the mid-plane?",
        0.8,
        "kg/m**3",
    ),
    (
        "A 5 mm steel plate at steady state: carbon 1.2 kg/m³ and 0.4 kg/m³ at the faces, D = 3 × 10⁻¹¹ m²/s. What is the concentration gradient, in kg/m⁴?",
        -0.8 / 5e-3,
        "kg/m**4",
    ),
    (
        "The flow curve of a steel obeys σ_T = K ε_T^n with K = 900 MPa and n = 0.22. At what true strain does necking begin?",
        0.22,
        "dimensionless",
    ),
    (
        "The flow curve σ_T = K ε_T^n has K = 900 MPa and n = 0.22. What is the true stress at the onset of necking, in MPa?",
        900 * 0.22**0.22,
        "MPa",
    ),
    (
        "A spring steel (σ_y = 1100 MPa, E = 200 GPa). What is the elastic strain at yield, in percent?",
        1100 / 200000 * 100,
        "percent",
    ),
    (
        "A 4140 steel shaft reads 250 HB. Estimate its tensile strength in kgf/mm² from TS (MPa) = 3.45 HB.",
        3.45 * 250 / 9.80665,
        "kgf/mm**2",
    ),
    (
        "Alumina substrates (K_IC = 4.0 MPa√m, Y = 1.0) have surface cracks 20 to 40 um deep. What is the lowest stress (MPa) at which any substrate could fracture?",
        4.0 / math.sqrt(PI * 40e-6),
        "MPa",
    ),
    (
        "Alumina substrates (K_IC = 4.0 MPa√m, Y = 1.0) have surface cracks 20 to 40 um deep. What stress (MPa) is needed to break the substrate with the shallowest crack?",
        4.0 / math.sqrt(PI * 20e-6),
        "MPa",
    ),
    (
        "Avrami kinetics with n = 2.5, half complete at 100 s. What is the rate constant k (in s^-2.5)?",
        math.log(2) / 100**2.5,
        "dimensionless",
    ),
    (
        "Avrami kinetics (n = 2.5) half complete at 100 s. How long (s) between 50 % and 90 % transformed?",
        _avrami_t(100, 2.5, 0.9) - 100,
        "s",
    ),
    (
        "A brass grain diameter goes from 10 µm to 25 µm in 30 min at 600 °C (d² − d₀² = Kt). What grain area (µm²) after 1.5 days, taking area = d²?",
        100 + (625 - 100) / 30 * 2160,
        "um**2",
    ),
    (
        "Half-recrystallization times: 2 h 15 min at 400 °C and 12 min at 450 °C. What is the ratio of the rates at 450 °C and 400 °C, as x : 1?",
        135 / 12,
        "dimensionless",
    ),
    (
        "A transformer core of 1.2 litres runs at 60 Hz with a 250 J/m³ loop. How much energy (kWh) is lost in a year of continuous use?",
        1.2e-3 * 60 * 250 * 8766 / 1000,
        "kWh",
    ),
    (
        "A hysteresis loop of area 250 J/m³ per cycle is traversed 60 times per second in a 1.2 L core. What is the power lost per unit volume, in W/m³?",
        250 * 60,
        "W/m**3",
    ),
    (
        "Lead: T_c = 7.19 K, H_0 = 6.4 × 10⁴ A/m. What is the critical field at 4.2 K as a fraction of H_0?",
        1 - (4.2 / 7.19) ** 2,
        "dimensionless",
    ),
    (
        "A GaAs LED (E_g = 1.42 eV) emits light; what is the photon energy in joules?",
        1.42 * EV,
        "J",
    ),
    (
        "A GaAs LED emits at 1.42 eV. What is the wavenumber of the light in cm⁻¹?",
        1.42 * EV / (H * C) / 100,
        "1/cm",
    ),
    (
        "A glass window (n = 1.5), 12 mm thick, β = 0.20 cm⁻¹. Taking reflection at both faces into account, what percentage of the light is absorbed in the glass?",
        (1 - 0.04) * (1 - math.exp(-0.24)) * 100,
        "percent",
    ),
    (
        "A glass window (n = 1.5) is 12 mm thick with β = 0.20 cm⁻¹. Ignoring reflection, what percentage of the light is transmitted?",
        math.exp(-0.24) * 100,
        "percent",
    ),
    (
        "A polystyrene has a number-average degree of polymerization of 2400. What is M_n in g/mol?",
        2400 * M_PS,
        "g/mol",
    ),
    (
        "A polystyrene has M_w = 300 000 g/mol and a polydispersity index of 1.5. What is its number-average degree of polymerization?",
        200000 / M_PS,
        "dimensionless",
    ),
    (
        "A polystyrene has M_n = 250 000 g/mol. What is its weight-average degree of polymerization?",
        None,
        "dimensionless",
    ),
    (
        "A unidirectional carbon/epoxy laminate (V_f = 0.55, E_f = 230 GPa, E_m = 3.5 GPa) carries 50 kN along the fibres. What load (kN) do the fibres carry?",
        50 * 0.55 * 230 / (0.55 * 230 + 0.45 * 3.5),
        "kN",
    ),
    (
        "A zinc anode (Zn²⁺, 65.38 g/mol) delivers 2.5 A. How many moles of zinc are consumed in 8 h?",
        2.5 * 8 * 3600 / (2 * F),
        "mol",
    ),
    (
        "A zinc anode (Zn²⁺) delivers a steady 2.5 A. How much charge (C) passes in 8 h?",
        2.5 * 8 * 3600,
        "C",
    ),
    (
        "An alloy oxidizes by a parabolic law, gaining 0.316 mg/cm² in 2.0 h. What is the parabolic rate constant in mg²/(cm⁴·h)?",
        0.316**2 / 2.0,
        "mg**2/(cm**4*h)",
    ),
    (
        "A parabolic oxide grows to 0.316 mg/cm² in 2.0 h. A 100 cm² coupon: total weight gain (mg) after 1.5 days?",
        100 * 0.316 * math.sqrt(18),
        "mg",
    ),
    (
        "A brick wall 25 cm thick, 12 m², k = 0.72 W/(m·K), faces at 20 °C and −5 °C. How much heat (kWh) goes through it in one day?",
        0.72 * 12 * 100 * 24 / 1000,
        "kWh",
    ),
    (
        "A brick wall 25 cm thick, 12 m², k = 0.72 W/(m·K), faces at 20 °C and −5 °C. Heat flow in Btu/h?",
        0.72 * 12 * 100 * 3.412141633,
        "Btu/h",
    ),
    (
        "Alumina: k = 30 W/(m·K), ρ = 3.98 g/cm³, c_p = 775 J/(kg·K). What is its volumetric heat capacity in MJ/(m³·K)?",
        3980 * 775 / 1e6,
        "MJ/(m**3*K)",
    ),
    (
        "How much heat (kJ) is needed to warm a 2.0 kg copper ingot from 25 °C to 400 °C and then melt it? Take c = 0.0923 cal/(g·°C); the ingot melts at 1085 °C.",
        None,
        "kJ",
    ),
    (
        "Copper (FCC, a = 0.3615 nm). What is the ratio of the planar densities of (111) and (110), as x : 1?",
        (4 / math.sqrt(3)) / (2 / math.sqrt(2)),
        "dimensionless",
    ),
    (
        "Copper (FCC, a = 0.3615 nm). What is the linear density along [111]?",
        1 / (0.3615 * math.sqrt(3)),
        "1/nm",
    ),
    (
        "Copper (FCC, a = 0.3615 nm): what is the distance (nm) between nearest-neighbour atoms?",
        0.3615 / math.sqrt(2),
        "nm",
    ),
    (
        "α-Iron (BCC, a = 2.866 Å): what is the volume per atom, in Å³?",
        2.866**3 / 2,
        "angstrom**3",
    ),
    (
        "α-Iron (BCC, a = 2.866 Å): what is the number of atoms per cm³?",
        2 / (2.866e-8) ** 3,
        "1/cm**3",
    ),
    # --- a stated set-up the plain relation does not cover
    (
        "Estimate the thermal conductivity of alumina at 300 K from the Wiedemann–Franz law (L = 2.44 × 10⁻⁸ W Ω K⁻²); its electrical resistivity is 1 × 10¹² Ω·m.",
        None,
        "W/(m*K)",
    ),
    (
        "CaF₂ (density 3.18 g/cm³, 78.07 g/mol) has a Schottky defect (one Ca²⁺ and two F⁻ vacancies) formation energy of 2.8 eV. Estimate the Schottky defects per cm³ at 1000 °C.",
        None,
        "1/cm**3",
    ),
    (
        "D for carbon in austenite is 1.6 × 10⁻¹¹ m²/s at 950 °C. A 0.20 wt% C gear is carburized at 1000 °C with the surface at 1.00 wt% C. How long (h) for 0.60 wt% C at 0.8 mm?",
        None,
        "h",
    ),
    (
        "A 6061-T6 aluminium plate reads 95 HB. Estimate its tensile strength (MPa) with the usual hardness–strength correlation.",
        None,
        "MPa",
    ),
    (
        "A composite has 30 vol% randomly oriented short glass fibres (E = 72.5 GPa) in nylon (E = 2.8 GPa). Estimate its elastic modulus in GPa with the rule of mixtures.",
        None,
        "GPa",
    ),
    (
        "Grain growth in a nickel alloy follows d³ − d₀³ = Kt. Grains are 10 µm after recrystallization and 20 µm after 60 min. What is the diameter (µm) after 240 min?",
        (1000 + (8000 - 1000) / 60 * 240) ** (1 / 3),
        "um",
    ),
    (
        "An alloy oxidizes by a cubic rate law (w³ = kt). After 2.0 h the weight gain is 0.316 mg/cm². What is it after 16 h?",
        0.316 * 2,
        "mg/cm**2",
    ),
    (
        "A polymer held at fixed strain relaxes exponentially; its stress halves every 60 s. What is the relaxation time in seconds?",
        60 / math.log(2),
        "s",
    ),
    (
        "A wall is 20 cm of brick (k = 0.72 W/(m·K)) faced with 5.0 cm of foam (k = 0.040 W/(m·K)); area 10 m², inside 20 °C, outside −5 °C. What is the heat flow in W?",
        25 * 10 / (0.20 / 0.72 + 0.05 / 0.040),
        "W",
    ),
    (
        "How much heat (kJ) warms 2.0 kg of copper (molar heat capacity 24.4 J/(mol·K), 63.55 g/mol) from 25 °C to 400 °C?",
        2000 / 63.55 * 24.4 * 375 / 1000,
        "kJ",
    ),
    (
        "A steel rail (E = 200 GPa, α = 12 × 10⁻⁶ K⁻¹) is clamped at both ends and warmed by 40 °C. What compressive stress develops, in MPa?",
        200e3 * 12e-6 * 40,
        "MPa",
    ),
    (
        "A steel rail (E = 200 GPa, α = 12 × 10⁻⁶ K⁻¹) is clamped at both ends and warmed by 72 °F. What compressive stress develops, in MPa?",
        200e3 * 12e-6 * 40,
        "MPa",
    ),
    (
        "An n-type strip 0.20 mm thick (R_H = −6.25 × 10⁻³ m³/C) carries 10 mA in a field of 0.50 T. What is the magnitude of the Hall voltage in mV?",
        6.25e-3 * 0.010 * 0.50 / 0.20e-3 * 1000,
        "mV",
    ),
    (
        "A capacitor has two stacked dielectric layers between plates of 2.5 cm²: 0.10 mm of κ = 6.0 and 0.10 mm of κ = 3.0. What is its capacitance in pF?",
        E0 * 2.5e-4 / (0.1e-3 / 6.0 + 0.1e-3 / 3.0) * 1e12,
        "pF",
    ),
    (
        "A glass plate (n = 1.50), 12 mm thick with β = 0.20 cm⁻¹, has anti-reflection coatings on both faces. What percentage of normally incident light is transmitted?",
        math.exp(-0.24) * 100,
        "percent",
    ),
    (
        "A glass plate (n = 1.50), 12 mm thick, β = 0.20 cm⁻¹. Including all multiple reflections between the faces, what percentage of normally incident light is transmitted?",
        0.96**2 * math.exp(-0.24) / (1 - 0.04**2 * math.exp(-0.48)) * 100,
        "percent",
    ),
    (
        "A zinc anode (Zn²⁺, 65.38 g/mol) delivers 2.5 A at 85 % current efficiency (the rest goes to side reactions that consume no zinc). How many grams of zinc dissolve in 8 h?",
        None,
        "g",
    ),
    (
        "Copper is electroplated (Cu²⁺, 63.55 g/mol, ρ = 8.96 g/cm³) onto 50 cm² at 1.5 A for 30 min. How thick is the deposit, in µm?",
        1.5 * 1800 * 63.55 / (2 * F) / 8.96 / 50 * 1e4,
        "um",
    ),
    (
        "What is the potential of a hydrogen electrode vs SHE at 25 °C, pH 2.0, with the hydrogen at 0.50 atm? Answer in mV.",
        (-math.log(10) * R * 298.15 / F * 2.0 - R * 298.15 / (2 * F) * math.log(0.5)) * 1000,
        "mV",
    ),
    (
        "A steel part is cycled between σ_max = 400 MPa and σ_min = 100 MPa; its data fit σ_a = σ_f'(2N_f)^b with σ_f' = 900 MPa and b = −0.09 (fully reversed tests). How many cycles will it last?",
        None,
        "dimensionless",
    ),
    (
        "A steel part is cycled between +300 MPa and −300 MPa; σ_a = σ_f'(2N_f)^b with σ_f' = 900 MPa and b = −0.09. How many cycles to failure?",
        0.5 * (300 / 900) ** (1 / -0.09),
        "dimensionless",
    ),
    (
        "Frenkel defects in AgBr (ρ = 6.47 g/cm³, 187.77 g/mol) form with 1.16 eV. Taking n = N exp(−E/(2kT)), how many per cm³ at 300 °C?",
        6.47 * NA / 187.77 * math.exp(-1.16 / (2 * k * _k(300))),
        "1/cm**3",
    ),
    (
        "For aluminium, Q_v = 0.75 eV. Give the equilibrium vacancy fraction at 600 °C in ppm.",
        math.exp(-0.75 / (k * _k(600))) * 1e6,
        "ppm",
    ),
    (
        "Niobium: T_c = 9.25 K, H_0 = 2000 Oe. Up to what temperature (K) does it stay superconducting in 1250 Oe?",
        9.25 * math.sqrt(1 - 1250 / 2000),
        "K",
    ),
    (
        "In a bar magnetised by a coil, H = 25 Oe and the flux density is B = 6300 G. What is the relative permeability?",
        6300 / 25,
        "dimensionless",
    ),
    (
        "A 1.0-in.-diameter steel rod (E = 30 × 10⁶ psi) 10 ft long carries 10,000 lbf in tension. How much does it stretch, in inches?",
        10000 / (PI * 0.5**2) / 30e6 * 120,
        "inch",
    ),
    (
        "A steel wire of radius 1.0 mm and length 2.0 m (E = 200 GPa) carries 500 N. How much does it stretch, in mm?",
        500 / (PI * 1.0e-6) / 200e9 * 2.0 * 1000,
        "mm",
    ),
    (
        "(a) Compute the conductivity of intrinsic silicon at 300 K (n_i = 1.0 × 10¹⁰ cm⁻³, μ_e = 0.135, μ_h = 0.048 m²/(V·s)). (b) Using your result from (a), what is the resistance (MΩ) of a bar 2.0 cm long with a 1.0 mm² cross-section?",
        0.02 / (1.0e16 * EV * 0.183 * 1e-6) / 1e6,
        "megaohm",
    ),
    (
        "(a) Find the modulus of resilience of a steel with σ_y = 1100 MPa and E = 200 GPa. (b) Using your result from (a), how much elastic energy (J) can a 20 cm³ spring of it store?",
        1100e6**2 / (2 * 200e9) * 20e-6,
        "J",
    ),
    (
        "(a) Find the lattice parameter of BCC molybdenum (95.95 g/mol, 10.22 g/cm³). (b) Using your result from (a), what is the first-order Bragg angle 2θ (degrees) of its (110) reflection with 0.1542 nm X-rays?",
        2
        * math.degrees(
            math.asin(0.1542 / (2 * (2 * 95.95 / (10.22 * NA)) ** (1 / 3) * 1e7 / math.sqrt(2)))
        ),
        "degree",
    ),
    (
        "A polystyrene has M_n = 250,000 g/mol ± 5 %. What is its degree of polymerization?",
        250000 / M_PS,
        "dimensionless",
    ),
    (
        "The stress on a brass bar is 15 ksi and E = 14.6 × 10⁶ psi. What strain, in µε (microstrain)?",
        15000 / 14.6e6,
        "dimensionless",
    ),
    (
        "Nickel (FCC) has a = 0.3524 nm and M = 58.69 g/mol. What is its density to three significant figures, in g/cm³?",
        4 * 58.69 / (NA * (0.3524e-7) ** 3),
        "g/cm**3",
    ),
    (
        "An alloy at 800 °C has D = 5.0 × 10⁻¹³ m²/s. Estimate the diffusion distance √(Dt) after 10 h, in µm.",
        math.sqrt(5.0e-13 * 36000) * 1e6,
        "um",
    ),
    (
        "An alloy at 800 °C has D = 5.0 × 10⁻¹³ m²/s. Estimate the diffusion distance 2√(Dt) after 10 h, in µm.",
        2 * math.sqrt(5.0e-13 * 36000) * 1e6,
        "um",
    ),
    (
        "Iron transforms from BCC (a = 0.2898 nm) to FCC (a = 0.3646 nm) at 912 °C. By what percentage does the length of a 10 cm bar change, assuming isotropic change?",
        (((0.3646**3 / 4) / (0.2898**3 / 2)) ** (1 / 3) - 1) * 100,
        "percent",
    ),
    (
        "Light of 550 nm passes from air into glass (n = 1.52). What is its wavelength inside the glass, in nm?",
        550 / 1.52,
        "nm",
    ),
    (
        "Light of 550 nm in air enters glass (n = 1.52). What is its speed in the glass, in m/s?",
        C / 1.52,
        "m/s",
    ),
    (
        "Glass (n = 1.52) under water (n = 1.33): what percentage of normally incident light is reflected at the interface?",
        ((1.52 - 1.33) / (1.52 + 1.33)) ** 2 * 100,
        "percent",
    ),
    # --- a neighbouring quantity of the same set-up
    (
        "Copper is FCC with a = 0.3615 nm. How many unit cells are there in 1.00 cm³?",
        1 / (0.3615e-7) ** 3,
        "dimensionless",
    ),
    (
        "Copper is FCC with a = 0.3615 nm and M = 63.55 g/mol. What is the mass of one unit cell, in grams?",
        4 * 63.55 / NA,
        "g",
    ),
    (
        "For aluminium, Q_v = 0.75 eV/atom. How many vacancies are there per mole of aluminium at 600 °C?",
        NA * math.exp(-0.75 / (k * _k(600))),
        "1/mol",
    ),
    (
        "A 5 mm steel plate at steady state has carbon concentrations of 1.2 kg/m³ and 0.4 kg/m³ at its faces; D = 3 × 10⁻¹¹ m²/s. What is the flux in carbon atoms per m² per second (C: 12.011 g/mol)?",
        3e-11 * 0.8 / 5e-3 / 0.012011 * NA,
        "1/(m**2*s)",
    ),
    (
        "A rubber (ρ = 0.95 g/cm³, M_c = 5000 g/mol) at 300 K: using E = 3ρRT/M_c and an incompressible network, what is its shear modulus in MPa?",
        950 * R * 300 / 5.0 / 1e6,
        "MPa",
    ),
    (
        "A brick wall 25 cm thick and 12 m² in area has k = 0.72 W/(m·K). What is its thermal resistance in K/W?",
        0.25 / (0.72 * 12),
        "K/W",
    ),
    (
        "A glass plate 12 mm thick has β = 0.20 cm⁻¹. Ignoring reflection, what is its absorbance (optical density, log10 I₀/I)?",
        0.24 / math.log(10),
        "dimensionless",
    ),
    (
        "A steel coupon of 10 cm² (Fe → Fe²⁺, 55.85 g/mol) loses 0.50 g in 30 days. What was the mean corrosion current density, in µA/cm²?",
        0.50 * 2 * F / 55.85 / (30 * 86400) / 10 * 1e6,
        "microA/cm**2",
    ),
    (
        "Magnetite has a saturation magnetization of 5.0 × 10⁵ A/m and a density of 5.18 g/cm³. What is its specific saturation magnetization, in A·m²/kg?",
        5.0e5 / 5180,
        "A*m**2/kg",
    ),
    (
        "A steel plate (K_Ic = 55 MPa√m, Y = 1.1) carries 400 MPa. What is the critical surface crack depth in µm?",
        (55 / (1.1 * 400)) ** 2 / PI * 1e6,
        "um",
    ),
    (
        "A p-type sample has a Hall coefficient of +4.0 × 10⁻⁴ m³/C. What is the hole concentration, in cm⁻³?",
        1 / (4.0e-4 * EV) / 1e6,
        "1/cm**3",
    ),
    (
        "Intrinsic silicon at 300 K has n_i = 1.0 × 10¹⁰ cm⁻³. How many electron–hole pairs are there in a 1.0 mm³ chip?",
        1.0e10 / 1000,
        "dimensionless",
    ),
    (
        "A zinc anode (Zn²⁺, 65.38 g/mol, ρ = 7.14 g/cm³) delivers 2.5 A. What volume of zinc (cm³) is consumed in 8 h?",
        2.5 * 8 * 3600 * 65.38 / (2 * F) / 7.14,
        "cm**3",
    ),
    (
        "A polymer relaxes exponentially from 3.5 MPa to 2.0 MPa in 60 s. What is the half-life of the stress, in s?",
        60 / math.log(3.5 / 2.0) * math.log(2),
        "s",
    ),
    (
        "Avrami kinetics with n = 2.5, half complete after 100 s. At what time (s) is the transformation rate dy/dt greatest?",
        100 * ((2.5 - 1) / (2.5 * math.log(2))) ** (1 / 2.5),
        "s",
    ),
    (
        "Nickel diffusing in copper: D0 = 6.5 × 10⁻⁵ m²/s, Q = 256 kJ/mol. What is the activation energy per atom, in eV?",
        256000 / NA / EV,
        "eV",
    ),
]
