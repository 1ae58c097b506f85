"""Neighbour questions, round 19 (issue 11, precision), in our own words.

Written by helper probe20 around the items of sets U, T and R that the solver answers (heldout20,
heldout19, heldout17): the other metal, compound or phase (Cr, Ni, W, NaCl, Ge, Mg and Al anodes,
nickel ferrite, diamond, polystyrene, polypropylene), a fraction, ratio or difference instead of
one value, per cm³ vs per m³, radius vs diameter, unit cell vs volume per atom, inverse problems (a
lattice parameter from a peak, a temperature from a vacancy fraction, a yield strength from a
resilience, a band gap from an edge wavelength, a current from a mass loss), givens in other units
(psi, ksi, °F, °R, kcal, kJ/mol, in., ft, lb, Btu, Oe, gauss, mil, w/o, a/o), blanks with a fixed
power of ten, comma thousands, values in words ('doubled', 'two-thirds more', 'a quarter lower'),
a shared preamble ('Problems 2–4 use: …'), answers relative to a reference ('how many hours
shorter', 'how much larger than', 'after reaching 2.0 MPa'), durations as clock times and mixed
units ('08:00 to 14:30', '2 h 15 min'), temperatures as a change ('heated by 200 K'), multi-part
questions asking a middle part, and near-misses the relation does not fit (a stress beyond yield,
an alloy off the tie line, a target above the carburizing surface, a field above H_0, light in air
meeting glass, a density above the crystalline one, the Debye T³ law at 250 K, a Brinell strength
for brass, a cubic metal of unnamed structure).

Main (b577a64) answered 172 of these 273 and 12 wrong, in three classes: a given moved by a share
in words ('raised to two-thirds more than that', 'made one-half higher', 'becomes a third larger',
'a quarter lower') read as first stated (6); light said to be in air or vacuum that meets glass,
diamond or water, answered with a critical angle (4); and a time asked from a state reached on
the way ('how many seconds after reaching 2.0 MPa', 'how many minutes after reaching 25 µm')
answered from the start (2). Now 160 answered, 0 wrong, none of main's right answers lost (classes in tests/test_answer_probe20_classes.py).

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
MU_B = 9.2740100783e-24
MU0 = 4e-7 * math.pi
PSI = 6894.757293168
KSI = 1000 * PSI
IN = 0.0254
LBF = 4.4482216152605
LB = 0.45359237
CAL = 4.184
BTU = 1055.05585262
YEAR = 3.15576e7
F = 96485.33212


def _k(t_c: float) -> float:
    return t_c + 273.15


def _two_theta(lam: float, d: float) -> float:
    return 2 * math.degrees(math.asin(lam / (2 * d)))


def _d(lam: float, two_theta: float) -> float:
    return lam / (2 * math.sin(math.radians(two_theta / 2)))


def _q_two(d1: float, t1: float, d2: float, t2: float) -> float:
    """Activation energy in J/mol from two rates at kelvin temperatures."""
    return R * math.log(d2 / d1) / (1 / t1 - 1 / t2)


def _erfinv(y: float) -> float:
    lo, hi = 0.0, 6.0
    for _ in range(200):
        mid = (lo + hi) / 2
        if math.erf(mid) < y:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def _at(w1: float, m1: float, m2: float) -> float:
    """Atom percent of species 1 from its weight percent in a binary."""
    return (w1 / m1) / (w1 / m1 + (100 - w1) / m2) * 100


def _wt(a1: float, m1: float, m2: float) -> float:
    """Weight percent of species 1 from its atom percent in a binary."""
    return a1 * m1 / (a1 * m1 + (100 - a1) * m2) * 100


def _nv(rho: float, m: float, q_ev: float, t_k: float) -> float:
    """Vacancies per cm³."""
    return rho * NA / m * math.exp(-q_ev / (k * t_k))


M_CU, M_ZN, M_NI, M_AG, M_SN, M_AL = 63.55, 65.38, 58.69, 107.87, 118.71, 26.98
M_VC = 2 * 12.011 + 3 * 1.008 + 35.45
M_PS = 8 * 12.011 + 8 * 1.008
M_PP = 3 * 12.011 + 6 * 1.008
M_PE = 2 * 12.011 + 4 * 1.008
M_MMA = 5 * 12.011 + 8 * 1.008 + 2 * 15.999
M_TFE = 2 * 12.011 + 4 * 18.998


_Z_GEAR = _erfinv((1.10 - 0.60) / (1.10 - 0.20))
_Q_D = _q_two(5.5e-14, _k(600), 3.9e-12, _k(800))
_TAU_P = 60 / math.log(3.5 / 2.0)
_K_GR = (25**2 - 10**2) / 500
_R_GLASS = ((1.50 - 1) / (1.50 + 1)) ** 2
_N_FE = 7.87 * NA / 55.85 * 1e6
_V_BCC = 0.2898**3 / 2
_V_FCC = 0.3646**3 / 4
_RX_Q = _q_two(1 / 60, _k(350), 1 / 5, _k(400))


def _basquin_n(sa: float, sf: float, b: float) -> float:
    """Cycles to failure from σa = σf'(2N)^b."""
    return 0.5 * (sa / sf) ** (1 / b)


def _lmp_hours(lmp: float, t_k: float, c: float = 20.0) -> float:
    return 10 ** (lmp / t_k - c)


def _schottky(rho: float, m: float, q_ev: float, t_k: float) -> float:
    """Schottky pairs per cm³ for a 1:1 compound."""
    return rho * NA / m * math.exp(-q_ev / (2 * k * t_k))


def _avrami_y(kk: float, n: float, t: float) -> float:
    return 1 - math.exp(-kk * t**n)


# (question, key or None for must-refuse, pint unit of the key)
QUESTIONS: list[tuple[str, float | None, str]] = [
    # --- crystallography
    (
        "Chromium is body-centred cubic with a = 2.885 Å. What is the volume of its unit cell, in nm³?",
        0.2885**3,
        "nm**3",
    ),
    (
        "Nickel is FCC with a lattice constant of 3.524 Å. What volume (Å³) does each atom occupy?",
        3.524**3 / 4,
        "angstrom**3",
    ),
    (
        "α-Iron is BCC with a = 2.866 Å. What is the volume of its unit cell in cm³?",
        (2.866e-8) ** 3,
        "cm**3",
    ),
    (
        "α-Iron is body-centred cubic with a = 2.866 Å. What is the atomic radius of iron, in Å?",
        math.sqrt(3) / 4 * 2.866,
        "angstrom",
    ),
    (
        "α-Iron is body-centred cubic with a = 2.866 Å. What is the diameter of an iron atom, in Å?",
        math.sqrt(3) / 2 * 2.866,
        "angstrom",
    ),
    (
        "Tungsten (atomic weight 183.84 g/mol) is BCC with a density of 19.3 g/cm³. From these data the lattice parameter is a = ______ nm.",
        (2 * 183.84 / (19.3 * NA)) ** (1 / 3) * 1e7,
        "nm",
    ),
    (
        "Nickel (58.69 g/mol) is FCC and its density is 8.90 g/cm³. Compute the lattice parameter in Å.",
        (4 * 58.69 / (8.90 * NA)) ** (1 / 3) * 1e8,
        "angstrom",
    ),
    (
        "Chromium (atomic weight 52.00 g/mol) is BCC and its density is 7.19 g/cm^3. What is the atomic radius of Cr in nm?",
        (2 * 52.00 / (7.19 * NA)) ** (1 / 3) * 1e7 * math.sqrt(3) / 4,
        "nm",
    ),
    (
        "Chromium is BCC with a = 0.2885 nm and atomic weight 52.00 g/mol. Compute its theoretical density in g/cm³.",
        2 * 52.00 / (NA * (0.2885e-7) ** 3),
        "g/cm**3",
    ),
    (
        "Copper has the FCC structure with lattice parameter 0.3615 nm. What is the linear density of atoms along [100], in atoms per nm?",
        1 / 0.3615,
        "1/nm",
    ),
    (
        "Copper has the FCC structure with lattice parameter 0.3615 nm. The linear density along the [111] direction (atoms per nm) is ______.",
        1 / (0.3615 * math.sqrt(3)),
        "1/nm",
    ),
    (
        "α-Iron (BCC) has a = 0.2866 nm. What is the linear density along [111], in atoms per nm?",
        2 / (0.2866 * math.sqrt(3)),
        "1/nm",
    ),
    (
        "α-Iron (BCC) has a = 0.2866 nm. Find the linear density of atoms along [110], in atoms per nm.",
        1 / (0.2866 * math.sqrt(2)),
        "1/nm",
    ),
    (
        "Copper is FCC with a = 0.3615 nm. What is the linear density along [110], expressed in atoms per millimetre?",
        2 / (0.3615e-6 * math.sqrt(2)),
        "1/mm",
    ),
    (
        "Copper is FCC with a = 0.3615 nm. What is the planar density of the (100) plane, in atoms per nm²?",
        2 / 0.3615**2,
        "1/nm**2",
    ),
    (
        "At 912 °C iron changes from FCC (a = 0.3646 nm) to BCC (a = 0.2898 nm) on cooling. By what percentage does the volume per atom change on cooling through the transformation? Take an expansion as positive.",
        (_V_BCC / _V_FCC - 1) * 100,
        "percent",
    ),
    (
        "At 912 °C iron transforms from BCC (a = 0.2898 nm) to FCC (a = 0.3646 nm) on heating. By how many percent does the iron shrink on heating? Give a positive number.",
        (1 - _V_FCC / _V_BCC) * 100,
        "percent",
    ),
    (
        "At 912 °C BCC iron (a = 0.2898 nm) becomes FCC iron (a = 0.3646 nm). By what percentage does the volume of the unit cell change on heating?",
        ((0.3646 / 0.2898) ** 3 - 1) * 100,
        "percent",
    ),
    (
        "At 912 °C iron transforms from BCC (a = 0.2898 nm) to FCC (a = 0.3646 nm). What is the fractional change in volume per atom on heating (not in percent)?",
        _V_FCC / _V_BCC - 1,
        "dimensionless",
    ),
    (
        "Chromium is BCC with a = 2.885 Å. With Cu Kα radiation (λ = 1.5406 Å), at what 2θ (degrees) does the (200) reflection appear?",
        _two_theta(1.5406, 2.885 / 2),
        "degree",
    ),
    (
        "The (110) peak of a BCC metal appears at 2θ = 44.67° with λ = 1.5406 Å. What is its lattice parameter in Å?",
        _d(1.5406, 44.67) * math.sqrt(2),
        "angstrom",
    ),
    (
        "Copper is FCC with a = 0.3615 nm. What is the interplanar spacing of the (220) planes, in nm?",
        0.3615 / math.sqrt(8),
        "nm",
    ),
    (
        "Sodium chloride has the rock-salt structure with a = 0.564 nm. What is the volume of its unit cell in nm³?",
        0.564**3,
        "nm**3",
    ),
    (
        "A hexagonal metal has a = 0.2507 nm and c = 0.4069 nm. What is the volume of its unit cell in nm³?",
        3 * math.sqrt(3) / 2 * 0.2507**2 * 0.4069,
        "nm**3",
    ),
    ("A metal is cubic with a = 3.30 Å. What is its atomic radius in Å?", None, "angstrom"),
    # --- defects
    (
        "For aluminium, Q_v = 0.75 eV/atom, ρ = 2.70 g/cm³ and A = 26.98 g/mol. Compute the equilibrium number of vacancies per cubic metre at 600 °C.",
        _nv(2.70, 26.98, 0.75, _k(600)) * 1e6,
        "1/m**3",
    ),
    (
        "For aluminium, Q_v = 0.75 eV/atom, ρ = 2.70 g/cm³ and A = 26.98 g/mol. What fraction of the lattice sites are vacant at 600 °C?",
        math.exp(-0.75 / (k * _k(600))),
        "dimensionless",
    ),
    (
        "For aluminium (ρ = 2.70 g/cm³, A = 26.98 g/mol) the vacancy formation energy is 72.4 kJ/mol. How many vacancies per cm³ are there at 600 °C?",
        _nv(2.70, 26.98, 72.4e3 / R * k, _k(600)),
        "1/cm**3",
    ),
    (
        "For aluminium, Q_v = 0.75 eV/atom, ρ = 2.70 g/cm³ and A = 26.98 g/mol. Compute the equilibrium number of vacancies per cm³ at 1112 °F.",
        _nv(2.70, 26.98, 0.75, _k(600)),
        "1/cm**3",
    ),
    (
        "For aluminium, Q_v = 0.75 eV/atom, ρ = 2.70 g/cm³ and A = 26.98 g/mol. How many vacancies per cm³ are present at 873 K?",
        _nv(2.70, 26.98, 0.75, 873),
        "1/cm**3",
    ),
    (
        "For aluminium Q_v = 0.75 eV/atom. By what factor does the equilibrium vacancy concentration increase when the temperature rises from 500 °C to 600 °C?",
        math.exp(-0.75 / (k * _k(600))) / math.exp(-0.75 / (k * _k(500))),
        "dimensionless",
    ),
    (
        "For aluminium Q_v = 0.75 eV/atom. At what temperature, in °C, is the fraction of vacant sites 1.0 × 10⁻⁵?",
        0.75 / (k * math.log(1e5)) - 273.15,
        "degC",
    ),
    (
        "Copper: Q_v = 0.90 eV/atom, density 8.4 g/cm³, atomic weight 63.5 g/mol. Compute the number of vacancies per cubic metre at 1000 °C.",
        _nv(8.4, 63.5, 0.90, _k(1000)) * 1e6,
        "1/m**3",
    ),
    (
        "An aluminium sample (Q_v = 0.75 eV/atom, ρ = 2.70 g/cm³, A = 26.98 g/mol) at 400 °C is heated by 200 K. How many vacancies per cm³ does it then hold at equilibrium?",
        _nv(2.70, 26.98, 0.75, _k(600)),
        "1/cm**3",
    ),
    (
        "For aluminium, Q_v = 0.75 eV/atom, ρ = 2.70 g/cm³ and A = 26.98 g/mol. The equilibrium vacancy concentration at 600 °C is ______ × 10¹⁸ per cm³.",
        _nv(2.70, 26.98, 0.75, _k(600)) / 1e18,
        "dimensionless",
    ),
    (
        "KCl (density 1.99 g/cm³, molar mass 74.55 g/mol) has a Schottky defect formation energy of 2.6 eV. Estimate the number of Schottky defects per m³ at 500 °C.",
        _schottky(1.99, 74.55, 2.6, _k(500)) * 1e6,
        "1/m**3",
    ),
    (
        "NaCl (density 2.165 g/cm³, molar mass 58.44 g/mol) has a Schottky defect formation energy of 2.3 eV. Estimate the concentration of Schottky defects (per cm³) at 600 °C.",
        _schottky(2.165, 58.44, 2.3, _k(600)),
        "1/cm**3",
    ),
    (
        "KCl (density 1.99 g/cm³, molar mass 74.55 g/mol) has a Schottky defect formation energy of 2.6 eV. What fraction of the cation sites is vacant at 500 °C?",
        math.exp(-2.6 / (2 * k * _k(500))),
        "dimensionless",
    ),
    (
        "KCl (density 1.99 g/cm³, molar mass 74.55 g/mol) has a Schottky defect formation energy of 2.6 eV. Estimate the concentration of Schottky defects (per cm³) at 500 °C if the formation energy were doubled.",
        _schottky(1.99, 74.55, 5.2, _k(500)),
        "1/cm**3",
    ),
    # --- diffusion
    (
        "A 0.20 wt% C steel gear is carburized with the surface held at 1.10 wt% C and D = 1.6 × 10⁻¹¹ m²/s. How long, in minutes, until the carbon content 0.8 mm below the surface reaches 0.60 wt%?",
        (0.8e-3) ** 2 / (4 * 1.6e-11 * _Z_GEAR**2) / 60,
        "minute",
    ),
    (
        "A 0.20 wt% C steel gear is carburized with the surface held at 1.10 wt% C and D = 1.6 × 10⁻⁷ cm²/s. How long (hours) until the carbon content 0.8 mm below the surface reaches 0.60 wt%?",
        (0.8e-3) ** 2 / (4 * 1.6e-11 * _Z_GEAR**2) / 3600,
        "hour",
    ),
    (
        "A 0.20 wt% C steel gear is carburized with the surface held at 1.10 wt% C and D = 1.6 × 10⁻¹¹ m²/s. How long (hours) until the carbon content 1.2 mm below the surface reaches 0.60 wt%?",
        (1.2e-3) ** 2 / (4 * 1.6e-11 * _Z_GEAR**2) / 3600,
        "hour",
    ),
    (
        "A 0.20 wt% C steel gear is carburized with the surface held at 1.10 wt% C and D = 1.6 × 10⁻¹¹ m²/s. How many hours longer does it take for the content 1.0 mm below the surface to reach 0.60 wt% than for the content 0.8 mm below?",
        ((1.0e-3) ** 2 - (0.8e-3) ** 2) / (4 * 1.6e-11 * _Z_GEAR**2) / 3600,
        "hour",
    ),
    (
        "A 0.20 wt% C steel gear is carburized with the surface held at 1.10 wt% C and D = 1.6 × 10⁻¹¹ m²/s. After 9.5 h, at what depth (mm) is the carbon content 0.60 wt%?",
        2 * _Z_GEAR * math.sqrt(1.6e-11 * 9.5 * 3600) * 1e3,
        "mm",
    ),
    (
        "A 0.20 wt% C steel gear is carburized with the surface held at 1.10 wt% C. At the process temperature D = 1.6 × 10⁻¹¹ m²/s. How long (hours) does it take for the carbon content 0.8 mm below the surface to reach 1.30 wt%?",
        None,
        "hour",
    ),
    (
        "A 0.20 wt% C steel gear is carburized with the surface held at 1.10 wt% C and D = 1.6 × 10⁻¹¹ m²/s. How long (hours) until the carbon content 0.8 mm below the surface reaches 0.50 wt%?",
        (0.8e-3) ** 2 / (4 * 1.6e-11 * _erfinv(0.6 / 0.9) ** 2) / 3600,
        "hour",
    ),
    (
        "The diffusion coefficient of a solute was measured as 5.5E-14 m²/s at 600 °C and 3.9E-12 m²/s at 800 °C. Determine the activation energy in eV/atom.",
        _Q_D / R * k,
        "eV",
    ),
    (
        "The diffusion coefficient of a solute was measured as 5.5E-14 m²/s at 873 K and 3.9E-12 m²/s at 1073 K. Determine the activation energy in kJ/mol.",
        _Q_D / 1000,
        "kJ/mol",
    ),
    (
        "The diffusion coefficient of a solute was measured as 5.5E-14 m²/s at 600 °C and 3.9E-12 m²/s at 800 °C. What is the activation energy in kcal/mol?",
        _Q_D / 4184,
        "kcal/mol",
    ),
    (
        "The diffusion coefficient of a solute is 5.5E-14 m²/s at 600 °C and 3.9E-12 m²/s at 800 °C. What is the pre-exponential factor D₀ in m²/s?",
        5.5e-14 * math.exp(_Q_D / (R * _k(600))),
        "m**2/s",
    ),
    (
        "The diffusion coefficient of a solute is 5.5E-14 m²/s at 600 °C and 3.9E-12 m²/s at 800 °C. Estimate D at 700 °C, in m²/s.",
        5.5e-14 * math.exp(-_Q_D / R * (1 / _k(700) - 1 / _k(600))),
        "m**2/s",
    ),
    (
        "Hydrogen diffuses at steady state through a 5.0 mm thick steel plate. The face concentrations are 1.2 kg/m³ and 0.4 kg/m³ and D = 3.0 × 10⁻¹¹ m²/s. What is the flux in kg m⁻² s⁻¹?",
        3.0e-11 * 0.8 / 5e-3,
        "kg/(m**2*s)",
    ),
    (
        "Hydrogen diffuses at steady state through a steel plate 0.20 in. thick. The face concentrations are 1.2 kg/m³ and 0.4 kg/m³ and D = 3.0 × 10⁻¹¹ m²/s. What is the flux in kg m⁻² h⁻¹?",
        3.0e-11 * 0.8 / (0.2 * IN) * 3600,
        "kg/(m**2*hour)",
    ),
    (
        "Hydrogen diffuses at steady state through a 5.0 mm thick steel plate with D = 3.0 × 10⁻¹¹ m²/s. The flux is 1.728 × 10⁻⁵ kg m⁻² h⁻¹ and the high-pressure face holds 1.2 kg/m³. What is the concentration at the other face, in kg/m³?",
        1.2 - 1.728e-5 / 3600 * 5e-3 / 3.0e-11,
        "kg/m**3",
    ),
    (
        "Hydrogen diffuses at steady state through a 5.0 mm thick steel plate (faces at 1.2 and 0.4 kg/m³, D = 3.0 × 10⁻¹¹ m²/s). How much hydrogen (g) passes through 2.0 m² of plate in one day?",
        3.0e-11 * 0.8 / 5e-3 * 2.0 * 86400 * 1000,
        "g",
    ),
    # --- mechanical
    (
        "A 10.0 in. long steel tie bar (E = 30 × 10⁶ psi) carries a tensile stress of 25,000 psi, well below yield. How much does it stretch, in inches?",
        10 * 25000 / 30e6,
        "inch",
    ),
    (
        "A 250 mm long steel tie bar (E = 207 GPa) carries a tensile stress of 170 MPa, below its yield strength. How much does it stretch, in mm?",
        250 * 170 / 207000,
        "mm",
    ),
    (
        "A 10.0 in. long steel tie bar (E = 30 × 10⁶ psi, yield strength 40 ksi) carries a tensile stress of 55 ksi. How much does it stretch elastically, in inches?",
        None,
        "inch",
    ),
    (
        "A 10.0 in. long steel rod (E = 30 × 10⁶ psi) is loaded to 25 ksi. What is its final length under load, in inches?",
        10 * (1 + 25 / 30e3),
        "inch",
    ),
    (
        "A 2.0 ft long steel bar (E = 30 × 10⁶ psi) carries a tensile stress of 25,000 psi in its elastic range. By how much does it lengthen, in mm?",
        24 * 25000 / 30e6 * 25.4,
        "mm",
    ),
    (
        "A steel tie bar (E = 30 × 10⁶ psi) 10.0 in. long stretches 0.0100 in. elastically. What tensile stress (ksi) does it carry?",
        0.01 / 10 * 30e3,
        "ksi",
    ),
    (
        "A spring steel has a yield strength of 1 460 MPa and an elastic modulus of 207 GPa. Its modulus of resilience is __________ MJ/m³.",
        1460e6**2 / (2 * 207e9) / 1e6,
        "MJ/m**3",
    ),
    (
        "A spring steel has a yield strength of 212 ksi and an elastic modulus of 30 × 10⁶ psi. What is its modulus of resilience in psi (in.·lbf/in.³)?",
        212e3**2 / (2 * 30e6),
        "psi",
    ),
    (
        "A spring steel with E = 207 GPa has a modulus of resilience of 5150 kJ/m³. What is its yield strength in MPa?",
        math.sqrt(2 * 207e9 * 5150e3) / 1e6,
        "MPa",
    ),
    (
        "A spring steel has a yield strength of 1 460 MPa and E = 207 GPa. If its yield strength is raised to two-thirds more than that, what is the new modulus of resilience in kJ/m³?",
        (1460e6 * 5 / 3) ** 2 / (2 * 207e9) / 1e3,
        "kJ/m**3",
    ),
    (
        "A brass has yield strength 345 MPa and E = 103 GPa, while a steel has yield strength 1 460 MPa and E = 207 GPa. How much larger (kJ/m³) is the steel's modulus of resilience than the brass's?",
        (1460e6**2 / (2 * 207e9) - 345e6**2 / (2 * 103e9)) / 1e3,
        "kJ/m**3",
    ),
    (
        "A plain carbon steel has a Brinell hardness of 250 HB. Estimate its tensile strength in MPa.",
        3.45 * 250,
        "MPa",
    ),
    (
        "A brass has a Brinell hardness of 120 HB. Estimate its tensile strength in MPa.",
        None,
        "MPa",
    ),
    (
        "A cylindrical steel specimen 10.0 mm in diameter is pulled with a force of 15 000 N. What engineering stress (MPa) does it carry?",
        15000 / (PI * 5.0**2),
        "MPa",
    ),
    (
        "A cylindrical steel specimen with a 10.0 mm radius is pulled with a force of 15 000 N. What engineering stress (MPa) does it carry?",
        15000 / (PI * 10.0**2),
        "MPa",
    ),
    # --- failure
    (
        "The fatigue data of a steel fit σ_a = σ_f'(2N_f)^b with σ_f' = 900 MPa and b = −0.09. How many load reversals (2N_f) will a part survive at a stress amplitude of 300 MPa?",
        2 * _basquin_n(300, 900, -0.09),
        "dimensionless",
    ),
    (
        "The fatigue data of a steel fit σ_a = σ_f'(2N_f)^b with σ_f' = 900 MPa and b = −0.09. How many cycles will a part survive when the stress range is 600 MPa (fully reversed)?",
        _basquin_n(300, 900, -0.09),
        "dimensionless",
    ),
    (
        "The fatigue data of a steel fit σ_a = σ_f'(2N_f)^b with σ_f' = 130 ksi and b = −0.09. How many cycles will a part survive at a stress amplitude of 45 ksi?",
        _basquin_n(45, 130, -0.09),
        "dimensionless",
    ),
    (
        "The fatigue data of a steel fit σ_a = σ_f'(2N_f)^b with σ_f' = 900 MPa and b = −0.09. What stress amplitude (MPa) gives a life of 1.0 × 10⁶ cycles?",
        900 * (2e6) ** -0.09,
        "MPa",
    ),
    (
        "The fatigue data of a steel fit σ_a = σ_f'(2N_f)^b with σ_f' = 900 MPa and b = −0.09. How many cycles will a part survive at a stress amplitude of 1,000 MPa?",
        None,
        "dimensionless",
    ),
    (
        "At the service stress of a turbine blade alloy the Larson–Miller parameter at rupture is 20,000 (T in K, t in h, C = 20). What is the rupture life, in hours, at 1202 °F?",
        _lmp_hours(20000, _k(650)),
        "hour",
    ),
    (
        "At the service stress of a turbine blade alloy the Larson–Miller parameter at rupture is 20 × 10³ (T in K, t in h, C = 20). What would the rupture life be, in hours, at 650 °C?",
        _lmp_hours(20000, _k(650)),
        "hour",
    ),
    (
        "At the service stress the Larson–Miller parameter of a blade alloy is 20,000 (T in K, t in h, C = 20). How many hours shorter is the rupture life at 675 °C than at 650 °C?",
        _lmp_hours(20000, _k(650)) - _lmp_hours(20000, _k(675)),
        "hour",
    ),
    (
        "At the service stress the Larson–Miller parameter of a blade alloy is 20,000 (T in K, t in h, C = 20). What is the rupture life, in days, at 650 °C?",
        _lmp_hours(20000, _k(650)) / 24,
        "day",
    ),
    (
        "At the service stress the Larson–Miller parameter of a blade alloy is 20,000 (T in K, t in h, C = 20). Up to what temperature (°C) may it run for a 1000 h life?",
        20000 / (20 + 3) - 273.15,
        "degC",
    ),
    (
        "A component of an alloy with K_Ic = 60 ksi·in^1/2 carries a design stress of 45 ksi. For an edge crack with Y = 1.12, what is the critical crack length in inches?",
        (60 / (1.12 * 45)) ** 2 / PI,
        "inch",
    ),
    (
        "A plate of an alloy with K_Ic = 66 MPa·m^1/2 carries a design stress of 310 MPa. For a surface crack with Y = 1.12, what is the critical crack length in mm?",
        (66 / (1.12 * 310)) ** 2 / PI * 1e3,
        "mm",
    ),
    (
        "A plate of an alloy with K_Ic = 66 MPa·m^1/2 contains an internal crack 4.0 mm long in total (Y = 1.0). What stress (MPa) will fracture it?",
        66 / math.sqrt(PI * 2.0e-3),
        "MPa",
    ),
    (
        "A plate with an edge crack 2.0 mm deep (Y = 1.12) fractures at 400 MPa. Find K_IC in MPa·m^1/2.",
        1.12 * 400 * math.sqrt(PI * 2.0e-3),
        "MPa*m**0.5",
    ),
    (
        "Estimate the maximum stress at the tip of a surface crack 0.1 mm long with a tip radius of 0.4 µm when the nominal stress is 150 MPa, using σ_m = 2σ₀(a/ρ_t)^1/2. Give the result in MPa.",
        2 * 150 * math.sqrt(0.1e-3 / 0.4e-6),
        "MPa",
    ),
    (
        "An internal crack 0.2 mm long in total has a tip radius of 0.4 µm. Using σ_m = 2σ₀(a/ρ_t)^1/2, what is the stress concentration factor σ_m/σ₀?",
        2 * math.sqrt(0.1e-3 / 0.4e-6),
        "dimensionless",
    ),
    (
        "A surface crack 0.1 mm long with a tip radius of 0.4 µm sits in a plate under 20 ksi. Using σ_m = 2σ₀(a/ρ_t)^1/2, what is the tip stress in ksi?",
        2 * 20 * math.sqrt(0.1e-3 / 0.4e-6),
        "ksi",
    ),
    (
        "A soda-lime glass (E = 69 GPa, surface energy 0.30 J/m²) contains internal flaws about 4 µm long. Using Griffith's criterion, estimate its fracture strength in ksi.",
        math.sqrt(2 * 69e9 * 0.30 / (PI * 2e-6)) / KSI,
        "ksi",
    ),
    (
        "A shaft steel has σ_UTS = 800 MPa and a fully reversed endurance limit of 300 MPa. Using the Goodman relation, what alternating amplitude (MPa) can it carry indefinitely about a mean stress of 400 MPa?",
        300 * (1 - 400 / 800),
        "MPa",
    ),
    # --- phase diagrams
    (
        "A Cu–35 wt% Ni alloy is held at 1250 °C, where the tie line meets the liquidus at 32 wt% Ni and the solidus at 43 wt% Ni. What mass fraction of the alloy is solid α (not percent)?",
        (35 - 32) / (43 - 32),
        "dimensionless",
    ),
    (
        "A 3.0 kg ingot of Cu–35 wt% Ni is held at 1250 °C, where the tie line meets the liquidus at 32 wt% Ni and the solidus at 43 wt% Ni. How many kg of liquid does it contain?",
        3.0 * (43 - 35) / (43 - 32),
        "kg",
    ),
    (
        "A Cu–38 wt% Ni alloy is held at 1250 °C, where the tie line meets the liquidus at 32 wt% Ni and the solidus at 43 wt% Ni. What percentage of the alloy is liquid?",
        (43 - 38) / (43 - 32) * 100,
        "percent",
    ),
    (
        "A Cu–50 wt% Ni alloy is held at 1250 °C, where the tie line meets the liquidus at 32 wt% Ni and the solidus at 43 wt% Ni. Using the lever rule, what percentage is liquid?",
        None,
        "percent",
    ),
    (
        "A Cu–35 wt% Ni alloy at 1250 °C: the liquid contains 32 wt% Ni and the α phase 43 wt% Ni. How much more of the alloy (in percentage points) is liquid than solid?",
        ((43 - 35) - (35 - 32)) / 11 * 100,
        "percent",
    ),
    (
        "Just below 183 °C, α contains 18.3 wt% Sn (ρ = 10.83 g/cm³) and β contains 97.8 wt% Sn (ρ = 7.29 g/cm³). For a Pb–40 wt% Sn alloy, what is the volume fraction of β?",
        ((40 - 18.3) / 79.5 / 7.29) / ((40 - 18.3) / 79.5 / 7.29 + (97.8 - 40) / 79.5 / 10.83),
        "dimensionless",
    ),
    (
        "Just below the eutectic temperature, α contains 18.3 wt% Sn and β contains 97.8 wt% Sn. For a Pb–60 wt% Sn alloy, what is the mass fraction of α?",
        (97.8 - 60) / (97.8 - 18.3),
        "dimensionless",
    ),
    (
        "Just below the eutectic temperature, α contains 18.3 wt% Sn and β contains 97.8 wt% Sn. For a Pb–40 wt% Sn alloy, what percentage of the mass is β?",
        (40 - 18.3) / (97.8 - 18.3) * 100,
        "percent",
    ),
    (
        "Problems 2–4 use the Fe–Fe₃C diagram with: eutectoid at 727 °C and 0.76 wt% C; ferrite 0.022 wt% C; cementite 6.70 wt% C.  Problem 4. A 1.20 wt% C steel is slowly cooled to 726 °C. What percentage of the steel (by mass) is pearlite?",
        (6.70 - 1.20) / (6.70 - 0.76) * 100,
        "percent",
    ),
    (
        "Problems 2–4 use the Fe–Fe₃C diagram with: eutectoid at 727 °C and 0.76 wt% C; ferrite 0.022 wt% C; cementite 6.70 wt% C.  Problem 2. A 1.20 wt% C steel is slowly cooled to 726 °C. What is the total mass fraction of ferrite?",
        (6.70 - 1.20) / (6.70 - 0.022),
        "dimensionless",
    ),
    (
        "Problems 2–4 use the Fe–Fe₃C diagram with: eutectoid at 727 °C and 0.76 wt% C; ferrite 0.022 wt% C; cementite 6.70 wt% C.  Problem 3. A 0.40 wt% C steel is slowly cooled to 726 °C. What percentage of the steel is proeutectoid ferrite?",
        (0.76 - 0.40) / (0.76 - 0.022) * 100,
        "percent",
    ),
    (
        "A 1.20 wt% C steel (eutectoid 0.76 wt% C, cementite 6.70 wt% C) is slowly cooled. What mass fraction (not percent) is proeutectoid cementite?",
        (1.20 - 0.76) / (6.70 - 0.76),
        "dimensionless",
    ),
    (
        "A 3.0 kg bar of 1.20 wt% C steel (eutectoid 0.76 wt% C, cementite 6.70 wt% C) is slowly cooled. How many grams of proeutectoid cementite form?",
        3000 * (1.20 - 0.76) / 5.94,
        "g",
    ),
    (
        "A 1.20 wt% C steel is slowly cooled (eutectoid 0.76 wt% C, ferrite 0.022 wt% C, cementite 6.70 wt% C). What percentage is proeutectoid ferrite?",
        None,
        "percent",
    ),
    (
        "A 1040 steel (0.40 wt% C) is slowly cooled from the austenite field (eutectoid 0.76 wt% C, ferrite 0.022 wt% C). What mass fraction is pearlite?",
        (0.40 - 0.022) / (0.76 - 0.022),
        "dimensionless",
    ),
    (
        "The Ag–Cu eutectic lies at 71.9 w/o Ag. Express the eutectic composition in a/o Cu.",
        100 - _at(71.9, M_AG, M_CU),
        "percent",
    ),
    (
        "An Ag–Cu alloy contains 60.1 a/o Ag. What is its composition in w/o Ag?",
        _wt(60.1, M_AG, M_CU),
        "percent",
    ),
    (
        "A brass has 30 wt% Zn and 70 wt% Cu. What is its zinc content in atom percent?",
        _at(30, M_ZN, M_CU),
        "percent",
    ),
    # --- transformations
    (
        "Problems 6 and 7 use: the isothermal recrystallization of an aluminium alloy at 350 °C follows y = 1 − exp(−k tⁿ) with n = 2.5 and k = 2.0 × 10⁻⁴ (t in seconds).  Problem 6. What fraction (not percent) has recrystallized after 30 s?",
        _avrami_y(2e-4, 2.5, 30),
        "dimensionless",
    ),
    (
        "Recrystallization follows y = 1 − exp(−k tⁿ) with n = 2.5 and k = 2.0 × 10⁻⁴ (t in s). How long (s) does it take to reach 50 % recrystallized?",
        (math.log(2) / 2e-4) ** (1 / 2.5),
        "s",
    ),
    (
        "Recrystallization follows y = 1 − exp(−k tⁿ) with n = 2.5 and k = 2.0 × 10⁻⁴ (t in s). What percentage has recrystallized after 0.5 min?",
        _avrami_y(2e-4, 2.5, 30) * 100,
        "percent",
    ),
    (
        "Recrystallization follows y = 1 − exp(−k tⁿ) with n = 2.5 and k = 2.0 × 10⁻⁴ (t in s). What percentage remains untransformed after 40 s?",
        (1 - _avrami_y(2e-4, 2.5, 40)) * 100,
        "percent",
    ),
    (
        "A transformation curve passes through 20 % transformed at 100 s and 80 % at 300 s. Assuming y = 1 − exp(−k·tⁿ), find the exponent n.",
        math.log(math.log(5) / math.log(1.25)) / math.log(3),
        "dimensionless",
    ),
    (
        "A transformation reaches 20 % after 1.5 min and 80 % after 3.0 min. Assuming Avrami kinetics, what is the exponent n?",
        math.log(math.log(5) / math.log(1.25)) / math.log(2),
        "dimensionless",
    ),
    (
        "A transformation reaches 25 % after 100 s and 75 % after 200 s. Assuming Avrami kinetics, y = 1 − exp(−k·tⁿ), find n.",
        math.log(math.log(4) / math.log(4 / 3)) / math.log(2),
        "dimensionless",
    ),
    (
        "A transformation with n = 2.5 is half complete after 120 s. How long, in seconds, until it is 90 % complete?",
        120 * (math.log(10) / math.log(2)) ** (1 / 2.5),
        "s",
    ),
    (
        "A brass has a grain diameter of 10 µm after recrystallization. At 500 °C its grains grow to 25 µm in 500 min. Assuming d² − d₀² = Kt, how long (min) until the diameter is 30 µm?",
        (30**2 - 10**2) / _K_GR,
        "minute",
    ),
    (
        "A brass has a grain diameter of 10 µm after recrystallization. At 500 °C its grains grow to 25 µm in 500 min. Assuming d² − d₀² = Kt, what is the grain diameter (µm) after 1000 min?",
        math.sqrt(100 + _K_GR * 1000),
        "um",
    ),
    (
        "A brass has a grain diameter of 10 µm after recrystallization. At 500 °C its grains grow to 25 µm in 500 min. Assuming d² − d₀² = Kt, what is the grain diameter after 25 h at the same temperature, in µm?",
        math.sqrt(100 + _K_GR * 1500),
        "um",
    ),
    (
        "A brass has a grain diameter of 10 µm after recrystallization; at 500 °C its grains grow to 25 µm in 500 min. Assuming d² − d₀² = Kt, by how many micrometres does the diameter grow between 500 min and 1500 min?",
        math.sqrt(100 + _K_GR * 1500) - 25,
        "um",
    ),
    (
        "A brass has an initial grain diameter of 10 µm; at 500 °C its grains grow to 25 µm in 500 min. Assuming d² − d₀² = Kt, what is K in µm²/min?",
        _K_GR,
        "um**2/minute",
    ),
    (
        "A cold-worked copper alloy recrystallises in 60 min at 350 °C and in 5 min at 400 °C. Assuming an Arrhenius law, how long (min) would recrystallisation take at 325 °C?",
        60 * math.exp(_RX_Q / R * (1 / _k(325) - 1 / _k(350))),
        "minute",
    ),
    (
        "A cold-worked copper alloy recrystallises in 60 min at 350 °C and in 5 min at 400 °C. Assuming the rate is Arrhenius, what is the activation energy in kJ/mol?",
        _RX_Q / 1000,
        "kJ/mol",
    ),
    (
        "A precipitation reaction is half complete after 2.5E3 s at 550 K and 3.2 × 10² s at 600 K. What is its activation energy in eV per atom?",
        _q_two(1 / 2.5e3, 550, 1 / 320, 600) / R * k,
        "eV",
    ),
    (
        "For the homogeneous solidification of nickel: latent heat of fusion −2.53 × 10⁹ J/m³, interfacial energy 0.255 J/m², melting point 1455 °C and a supercooling of 319 K. What is the critical nucleus diameter in nm?",
        2 * 2 * 0.255 * _k(1455) / (2.53e9 * 319) * 1e9,
        "nm",
    ),
    (
        "For nickel: latent heat of fusion −2.53 × 10⁹ J/m³, interfacial energy 0.255 J/m², melting point 1728 K. What is the critical nucleus radius (nm) for a supercooling of 200 K?",
        2 * 0.255 * 1728 / (2.53e9 * 200) * 1e9,
        "nm",
    ),
    # --- electrical
    (
        "Problems 1–3 use these data for silicon at 300 K: n_i = 1.0 × 10¹⁰ cm⁻³, μ_e = 1350 cm²/(V·s), μ_h = 480 cm²/(V·s), band gap 1.12 eV.  Problem 2. Compute the electrical resistivity of intrinsic silicon at 300 K, in Ω·m.",
        1 / (1.0e16 * EV * (0.135 + 0.048)),
        "ohm*m",
    ),
    (
        "Germanium at 300 K has n_i = 2.4 × 10¹³ cm⁻³, μ_e = 3900 cm²/(V·s) and μ_h = 1900 cm²/(V·s). What is the intrinsic conductivity in S/m?",
        2.4e19 * EV * (0.39 + 0.19),
        "S/m",
    ),
    (
        "For intrinsic silicon at 300 K, n_i = 1.0 × 10¹⁶ m⁻³, μ_e = 0.135 m²/(V·s) and μ_h = 0.048 m²/(V·s). Compute the conductivity in S/cm.",
        1.0e16 * EV * 0.183 / 100,
        "S/cm",
    ),
    (
        "Intrinsic silicon at 300 K: n_i = 1.0 × 10¹⁰ cm⁻³, μ_e = 1350 and μ_h = 480 cm²/(V·s). What fraction of the conductivity is carried by electrons?",
        1350 / 1830,
        "dimensionless",
    ),
    (
        "A Hall measurement on an n-type sample gives R_H = −6.25E-3 m³/C and a four-point probe reads a resistivity of 0.0833 Ω·m. Assuming one carrier type, find the electron mobility in m²/(V·s).",
        6.25e-3 / 0.0833,
        "m**2/(V*s)",
    ),
    (
        "A Hall measurement on an n-type sample gives a Hall coefficient of −6.25E-3 m³/C. Assuming a single carrier type, what is the electron concentration in m⁻³?",
        1 / (EV * 6.25e-3),
        "1/m**3",
    ),
    (
        "A Hall measurement on an n-type sample gives R_H = −6250 cm³/C, and its conductivity is 0.12 S/cm. Assuming one carrier type, find the electron mobility in cm²/(V·s).",
        6250 * 0.12,
        "cm**2/(V*s)",
    ),
    (
        "A silicon wafer is doped with phosphorus at 5.0E16 cm^-3 (all donors ionised). The electron mobility is 1100 cm2/V-s. What is the resistivity in ohm-cm?",
        1 / (5.0e16 * EV * 1100),
        "ohm*cm",
    ),
    (
        "A silicon wafer is doped with phosphorus at 3.2E15 cm^-3 (every donor ionised); the electron mobility is 1350 cm2/V-s. What is its conductivity in S/m?",
        3.2e21 * EV * 0.135,
        "S/m",
    ),
    (
        "A silicon wafer is doped with phosphorus at 3.2E15 cm^-3 (every donor ionised); the electron mobility is 1350 cm2/V-s. The doping is then doubled and the mobility falls to 1250 cm2/V-s. What is the new resistivity in ohm-cm?",
        1 / (6.4e15 * EV * 1250),
        "ohm*cm",
    ),
    (
        "Hall measurements on a metal foil give R_H = −7.1 × 10⁻¹¹ m³/C. Assuming conduction by electrons only, how many conduction electrons are there per cm³?",
        1 / (EV * 7.1e-11) / 1e6,
        "1/cm**3",
    ),
    (
        "Hall measurements on a copper foil give R_H = −7.1 × 10⁻¹¹ m³/C; copper has 8.49 × 10²⁸ atoms per m³. How many conduction electrons does each atom contribute?",
        1 / (EV * 7.1e-11) / 8.49e28,
        "dimensionless",
    ),
    (
        "A parallel-plate capacitor has plates of 2.5 cm² separated by a 0.15 mm sheet of a ceramic with dielectric constant 6.0. Its capacitance is ______ pF.",
        8.8541878128e-12 * 6.0 * 2.5e-4 / 0.15e-3 * 1e12,
        "pF",
    ),
    (
        "A parallel-plate capacitor has plates of area 2.5 × 10⁻⁴ m² separated by a 6.0 mil sheet of a ceramic with dielectric constant 6.0. What is its capacitance in pF?",
        8.8541878128e-12 * 6.0 * 2.5e-4 / (6.0 * 2.54e-5) * 1e12,
        "pF",
    ),
    (
        "A parallel-plate capacitor has plates of area 2.5 × 10⁻⁴ m² separated by a 0.15 mm ceramic sheet of dielectric constant 6.0. How much larger (pF) is its capacitance than with a vacuum gap?",
        8.8541878128e-12 * 5.0 * 2.5e-4 / 0.15e-3 * 1e12,
        "pF",
    ),
    (
        "A parallel-plate capacitor with a 0.15 mm dielectric gap and plate area 2.5 × 10⁻⁴ m² has a capacitance of 88.5 pF. What is the dielectric constant of the sheet?",
        88.5e-12 * 0.15e-3 / (8.8541878128e-12 * 2.5e-4),
        "dimensionless",
    ),
    (
        "In a silicon sample the electron mobility is 0.14 m²/(V·s). An electric field of 250 V/cm is applied. What is the electron drift velocity in cm/s?",
        0.14 * 25000 * 100,
        "cm/s",
    ),
    (
        "In a silicon sample the electrons drift at 3500 m/s in a field of 250 V/cm. What is the electron mobility in cm²/(V·s)?",
        3500 / 25000 * 1e4,
        "cm**2/(V*s)",
    ),
    (
        "Copper bus bar: resistivity 1.72 × 10⁻⁸ Ω·m at 20 °C, temperature coefficient 0.0039 per °C. What is its resistivity at 80 °C, in µΩ·cm?",
        1.72 * (1 + 0.0039 * 60),
        "microohm*cm",
    ),
    (
        "Copper bus bar: resistivity 1.72 × 10⁻⁸ Ω·m at 20 °C, temperature coefficient 0.0039 per °C. It is heated by 100 K from 20 °C. Resistivity = ______ µΩ·cm",
        1.72 * (1 + 0.39),
        "microohm*cm",
    ),
    # --- magnetic
    (
        "In magnetite each Fe3O4 formula unit carries 4 µB, and the cubic cell (a = 0.839 nm) holds 8 formula units. What is the saturation flux density μ₀M_s, in tesla?",
        MU0 * 32 * MU_B / (0.839e-9) ** 3,
        "T",
    ),
    (
        "Nickel ferrite NiFe2O4 carries 2 µB per formula unit, and its cubic unit cell (a = 0.834 nm) holds 8 formula units. Find the saturation magnetisation in A/m.",
        16 * MU_B / (0.834e-9) ** 3,
        "A/m",
    ),
    (
        "In magnetite each formula unit carries 4 µB; the cubic cell, a = 0.839 nm, holds 8 formula units. What is the saturation magnetisation in A/m?",
        32 * MU_B / (0.839e-9) ** 3,
        "A/m",
    ),
    (
        "Lead becomes superconducting below 7.19 K and its critical field at 0 K is 6.4 × 10⁴ A/m. What is the critical field (A/m) at 4.2 K?",
        6.4e4 * (1 - (4.2 / 7.19) ** 2),
        "A/m",
    ),
    (
        "Lead becomes superconducting below 7.19 K; its critical field at 0 K is 6.4 × 10⁴ A/m. Above what temperature (K) is it normal in an applied field of 2.0 × 10⁴ A/m?",
        7.19 * math.sqrt(1 - 2 / 6.4),
        "K",
    ),
    (
        "Lead has T_c = 7.19 K and H_0 = 6.4 × 10⁴ A/m. What is the maximum temperature (K) at which it stays superconducting in a field of 8.0 × 10⁴ A/m?",
        None,
        "K",
    ),
    (
        "Lead has T_c = 7.19 K and a critical field at 0 K of 804 Oe. What is the highest temperature (K) at which it stays superconducting in 500 Oe?",
        7.19 * math.sqrt(1 - 500 / 804),
        "K",
    ),
    (
        "Lead has T_c = 7.19 K and H_0 = 6.4 × 10⁴ A/m. How many kelvin below T_c must it be cooled to stay superconducting in 4.0 × 10⁴ A/m?",
        7.19 - 7.19 * math.sqrt(1 - 4 / 6.4),
        "K",
    ),
    (
        "In a bar magnetised by a coil, H = 2.0 kA/m and B = 0.630 T. Find the relative permeability.",
        0.630 / (MU0 * 2000),
        "dimensionless",
    ),
    (
        "In a bar magnetised by a coil, H = 25 Oe and B = 6300 gauss. Find the magnetization M in A/m.",
        0.630 / MU0 - 25 * 1000 / (4 * PI),
        "A/m",
    ),
    (
        "In a bar magnetised by a coil, H = 2.0 kA/m and B = 0.630 T. What is the magnetic susceptibility?",
        (0.630 / MU0 - 2000) / 2000,
        "dimensionless",
    ),
    (
        "In a bar magnetised by a coil, H = 2.0 kA/m and the flux density is B = 0.630 T. Find M in kA/m.",
        (0.630 / MU0 - 2000) / 1000,
        "kA/m",
    ),
    (
        "Aluminium has volume susceptibility 2.2 × 10⁻⁵. In a field of H = 1.5 × 10⁵ A/m, what flux density (T) exists inside it?",
        MU0 * 1.5e5 * (1 + 2.2e-5),
        "T",
    ),
    (
        "Aluminium is paramagnetic with volume susceptibility 2.2*10^-5. A bar of it is placed in a field of 1885 Oe. What magnetization is induced (A/m)?",
        2.2e-5 * 1885 * 1000 / (4 * PI),
        "A/m",
    ),
    (
        "The saturation magnetization of nickel is 5.1 × 10⁵ A/m; its density is 8.90 g/cm³ and atomic mass 58.69 g/mol. How many Bohr magnetons per atom?",
        5.1e5 / (8.90 * NA / 58.69 * 1e6 * MU_B),
        "dimensionless",
    ),
    (
        "Iron has 2.2 Bohr magnetons per atom, density 7.87 g/cm³ and atomic mass 55.85 g/mol. What is its saturation magnetization in A/m?",
        2.2 * MU_B * _N_FE,
        "A/m",
    ),
    (
        "A paramagnetic salt obeys Curie's law; its susceptibility is 3.0 × 10⁻⁴ at 300 K. What is its susceptibility at 4.2 K?",
        3.0e-4 * 300 / 4.2,
        "dimensionless",
    ),
    # --- optical
    (
        "Light in a diamond (n = 2.42) meets a flat face with air. Above what angle of incidence (degrees from the normal) is it totally reflected?",
        math.degrees(math.asin(1 / 2.42)),
        "degree",
    ),
    (
        "Light travels inside a crown-glass block (n = 1.52) towards its face with water (n = 1.33). What is the critical angle in degrees?",
        math.degrees(math.asin(1.33 / 1.52)),
        "degree",
    ),
    (
        "Light in water (n = 1.33) strikes a crown-glass (n = 1.52) surface. Above what angle of incidence is it totally reflected, in degrees?",
        None,
        "degree",
    ),
    (
        "Light in air falls on a glass block (n = 1.52). Above what angle of incidence is it totally reflected?",
        None,
        "degree",
    ),
    (
        "Light inside a glass block (n = 1.52) strikes its face with air at 30° from the normal. At what angle (degrees) does it leave into air?",
        math.degrees(math.asin(1.52 * math.sin(math.radians(30)))),
        "degree",
    ),
    (
        "Silicon has a band gap of 1.11 eV. What is the longest wavelength, in µm, that it absorbs by band-to-band transitions?",
        H * C / (1.11 * EV) * 1e6,
        "um",
    ),
    (
        "Gallium arsenide has a band gap of 1,42 eV. What is the longest wavelength (Å) it can absorb across the gap?",
        H * C / (1.42 * EV) * 1e10,
        "angstrom",
    ),
    (
        "A semiconductor starts absorbing light at wavelengths shorter than 873 nm. What is its band gap in eV?",
        H * C / 873e-9 / EV,
        "eV",
    ),
    (
        "Gallium arsenide has a band gap of 1.42 eV. What is the photon energy in joules at the absorption edge?",
        1.42 * EV,
        "J",
    ),
    (
        "A 15 mm thick glass plate (n = 1.50) has absorption coefficient 0.25 cm⁻¹. Allowing for reflection at both faces (normal incidence, no multiple reflections), what fraction of the incident intensity is transmitted?",
        (1 - _R_GLASS) ** 2 * math.exp(-0.25 * 1.5),
        "dimensionless",
    ),
    (
        "A 0.60 in. thick glass plate (n = 1.50) has absorption coefficient 0.25 cm⁻¹. Taking reflection at both faces into account (normal incidence, no multiple reflections), what percentage is transmitted?",
        (1 - _R_GLASS) ** 2 * math.exp(-0.25 * 0.6 * 2.54) * 100,
        "percent",
    ),
    (
        "A 15 mm thick glass plate (n = 1.50) has absorption coefficient 0.25 cm⁻¹. Ignoring reflection losses, what percentage of the light is absorbed inside it?",
        (1 - math.exp(-0.375)) * 100,
        "percent",
    ),
    (
        "A 15 mm glass plate (n = 1.50, β = 0.25 cm⁻¹) is used at normal incidence; reflection loss at both faces counts, no multiple reflections. If the plate were twice as thick, what percentage would be transmitted?",
        (1 - _R_GLASS) ** 2 * math.exp(-0.75) * 100,
        "percent",
    ),
    (
        "What fraction of normally incident light is reflected at one surface of a glass with n = 1.50 in air?",
        _R_GLASS,
        "dimensionless",
    ),
    (
        "A step-index optical fibre has a core index 1.48 and cladding index 1.46. What is its numerical aperture?",
        math.sqrt(1.48**2 - 1.46**2),
        "dimensionless",
    ),
    (
        "A step-index fibre has core index 1.50 and cladding index 1.46. What is the maximum acceptance half-angle (degrees) in air?",
        math.degrees(math.asin(math.sqrt(1.50**2 - 1.46**2))),
        "degree",
    ),
    (
        "Light travels in glass of refractive index 1.52. What is its speed in km/s?",
        C / 1.52 / 1000,
        "km/s",
    ),
    (
        "A ruby laser emits a 0.50 J pulse at 694.3 nm. What is the energy of one photon in eV?",
        H * C / 694.3e-9 / EV,
        "eV",
    ),
    (
        "A ruby laser emits a single 2.0 J pulse at 694.3 nm. How many photons does the pulse contain?",
        2.0 / (H * C / 694.3e-9),
        "dimensionless",
    ),
    # --- thermal
    (
        "A brick wall 25 cm thick and 12 m² in area has k = 0.72 W·m⁻¹·K⁻¹; its faces are at 20 °C and −5 °C. What is the heat flow rate in W?",
        0.72 * 12 * 25 / 0.25,
        "W",
    ),
    (
        "A brick wall 25 cm thick and 12 m² in area has k = 0.72 W·m⁻¹·K⁻¹; its faces are at 20 °C and −5 °C. How much heat (kJ) is conducted through it from 08:00 to 14:30?",
        0.72 * 12 * 25 / 0.25 * 6.5 * 3600 / 1000,
        "kJ",
    ),
    (
        "A brick wall 25 cm thick and 12 m² in area has k = 0.72 W·m⁻¹·K⁻¹; its faces are at 20 °C and −5 °C. How much heat (kJ) passes in 2 h 15 min?",
        0.72 * 12 * 25 / 0.25 * 8100 / 1000,
        "kJ",
    ),
    (
        "A brick wall 10 in. thick and 12 m² in area has k = 0.72 W·m⁻¹·K⁻¹; its faces are held at 68 °F and 23 °F. What is the heat flow rate in W?",
        0.72 * 12 * 25 / (10 * IN),
        "W",
    ),
    (
        "A brick wall 25 cm thick and 12 m² in area has k = 0.72 W·m⁻¹·K⁻¹; its faces are at 20 °C and −5 °C. How much heat, in Btu, is conducted in one hour?",
        0.72 * 12 * 25 / 0.25 * 3600 / BTU,
        "Btu",
    ),
    (
        "A brick wall 25 cm thick, 12 m² in area (k = 0.72 W·m⁻¹·K⁻¹) has faces at 20 °C and −5 °C. If the wall is made twice as thick, how much heat (MJ) is conducted in a day?",
        0.72 * 12 * 25 / 0.50 * 86400 / 1e6,
        "MJ",
    ),
    (
        "How much heat (kJ) is needed to warm a 2.0 kg copper ingot from 25 °C to 400 °C? Take its specific heat as 0.386 J/(g·K).",
        2000 * 0.386 * 375 / 1000,
        "kJ",
    ),
    (
        "How much heat (kcal) is needed to warm a 2.0 kg copper ingot from 25 °C to 400 °C? Its specific heat is 0.0923 cal/(g·°C).",
        2000 * 0.0923 * 375 / 1000,
        "kcal",
    ),
    (
        "A 2.0 kg copper ingot at 25 °C is heated by 375 K. Taking its specific heat as 0.0923 cal/(g·°C), how much heat (kJ) does it absorb?",
        2000 * 0.0923 * 375 * CAL / 1000,
        "kJ",
    ),
    (
        "How much heat (Btu) is needed to warm 5.0 lb of copper from 77 °F to 302 °F? Its specific heat is 0.092 Btu/(lb·°F).",
        5.0 * 0.092 * 225,
        "Btu",
    ),
    (
        "How much heat (kJ) is needed to raise 5.0 lb of aluminium from 25 °C to 150 °C? c_p of Al = 0.900 J/g·K.",
        5.0 * LB * 1000 * 0.900 * 125 / 1000,
        "kJ",
    ),
    (
        "A 2.0 kg copper ingot (c = 0.0923 cal/(g·°C)) absorbs 150 kJ starting at 25 °C. What is its final temperature in °C?",
        25 + 150e3 / (2000 * 0.0923 * CAL),
        "degC",
    ),
    (
        "Estimate the thermal conductivity of copper at 20 °C from k = LσT with L = 2.44 × 10⁻⁸ W Ω K⁻² and an electrical resistivity of 1.72 × 10⁻⁸ Ω m. Answer in W/(m K).",
        2.44e-8 * 293.15 / 1.72e-8,
        "W/(m*K)",
    ),
    (
        "Estimate k = LσT for aluminium at 68 °F, with L = 2.44 × 10⁻⁸ W Ω K⁻² and an electrical resistivity of 2.65 × 10⁻⁸ Ω m. Answer in W/(m K).",
        2.44e-8 * 293.15 / 2.65e-8,
        "W/(m*K)",
    ),
    (
        "A metal has thermal conductivity 270 W/(m K) at 20 °C. Using the Wiedemann–Franz law with L = 2.44 × 10⁻⁸ W Ω K⁻², estimate its electrical resistivity in Ω m.",
        2.44e-8 * 293.15 / 270,
        "ohm*m",
    ),
    (
        "A 39-ft steel rail is laid at 20 °F; α = 6.5 × 10⁻⁶ (°F)⁻¹. How much longer (in mm) is it at 110 °F?",
        39 * 12 * 6.5e-6 * 90 * 25.4,
        "mm",
    ),
    (
        "A 12.0 m steel rail is laid at −5 °C; α = 11.7 × 10⁻⁶ per °C. How much longer (mm) is it at 40 °C?",
        12000 * 11.7e-6 * 45,
        "mm",
    ),
    (
        "A 39-ft steel rail is laid at 20 °F (α = 6.5 × 10⁻⁶ per °F). What is its final length in feet at 110 °F?",
        39 * (1 + 6.5e-6 * 90),
        "ft",
    ),
    (
        "A 39-ft steel rail (α = 6.5 × 10⁻⁶ per °F) is laid at 480 °R. How much longer (in inches) will it be at 570 °R?",
        39 * 12 * 6.5e-6 * 90,
        "inch",
    ),
    (
        "Copper has a Debye temperature of 343 K. Using the low-temperature Debye law, estimate its molar heat capacity C_v at 10 K, in J mol⁻¹ K⁻¹.",
        12 * PI**4 / 5 * R * (10 / 343) ** 3,
        "J/(mol*K)",
    ),
    (
        "Copper has a Debye temperature of 343 K. Using the low-temperature Debye law, estimate C_v at 250 K.",
        None,
        "J/(mol*K)",
    ),
    # --- polymers
    (
        "A polymer is stretched to a fixed strain and held; the stress is 3.5 MPa at once and 2.0 MPa after 60 s. Assuming exponential relaxation, what is the relaxation time in s?",
        _TAU_P,
        "s",
    ),
    (
        "A polymer is stretched to a fixed strain and held; the stress is 3.5 MPa at once and 2.0 MPa after 60 s. Assuming exponential relaxation, what is the stress (MPa) after 120 s?",
        3.5 * math.exp(-120 / _TAU_P),
        "MPa",
    ),
    (
        "A polymer is held at fixed strain; the stress is 3.5 MPa at once and 2.0 MPa after 60 s. With exponential relaxation, how many seconds after reaching 2.0 MPa does it reach 1.0 MPa?",
        _TAU_P * math.log(2.0),
        "s",
    ),
    (
        "A polymer strap is held at constant strain; the initial stress is 500 psi and after 1 min it has relaxed to 300 psi. Assuming σ(t) = σ₀ exp(−t/τ), how long (s) after loading does the stress fall to 150 psi?",
        60 / math.log(5 / 3) * math.log(500 / 150),
        "s",
    ),
    (
        "A polymer strap is held at constant strain; the initial stress is 3.5 MPa and it relaxes to 2.0 MPa after 60 s. Assuming exponential relaxation, how long (s) after loading does the stress fall to 4.0 MPa?",
        None,
        "s",
    ),
    (
        "For an incompressible rubber E = 3G. Find G (MPa) at 300 K for a natural rubber of density 0.95 g/cm³ with M_c = 5000 g/mol, using G = ρRT/M_c.",
        950 * R * 300 / 5.0 / 1e6,
        "MPa",
    ),
    (
        "Find Young's modulus (MPa) at 27 °C for a crosslinked rubber of density 0.95 g/cm³ with M_c = 5.0 kg/mol, using G = ρRT/M_c and E = 3G.",
        3 * 950 * R * 300.15 / 5.0 / 1e6,
        "MPa",
    ),
    (
        "Find E (psi) at 300 K for a crosslinked rubber of density 0.95 g/cm³ with M_c = 5000 g/mol, using G = ρRT/M_c and E = 3G.",
        3 * 950 * R * 300 / 5.0 / PSI,
        "psi",
    ),
    (
        "A polyethylene bottle has density 0.925 g/cm³; crystalline PE is 0.998 g/cm³ and amorphous PE 0.870 g/cm³. What is its crystallinity as a fraction (not percent)?",
        0.998 * (0.925 - 0.870) / (0.925 * (0.998 - 0.870)),
        "dimensionless",
    ),
    (
        "A polyethylene has 60 % crystallinity; crystalline PE is 0.998 g/cm³ and amorphous PE 0.870 g/cm³. What is its density in g/cm³?",
        1 / (0.60 / 0.998 + 0.40 / 0.870),
        "g/cm**3",
    ),
    (
        "A polyethylene sample has density 1.02 g/cm³; crystalline PE is 0.998 g/cm³ and amorphous PE 0.870 g/cm³. What is its percent crystallinity?",
        None,
        "percent",
    ),
    (
        "| M_i (kg/mol) | w_i | |---|---| | 20 | 0.10 | | 40 | 0.35 | | 60 | 0.40 | | 80 | 0.15 |  The table gives weight fractions of a nylon. Find M_w in kg/mol.",
        20 * 0.10 + 40 * 0.35 + 60 * 0.40 + 80 * 0.15,
        "kg/mol",
    ),
    (
        "| M_i (kg/mol) | w_i | |---|---| | 20 | 0.10 | | 40 | 0.35 | | 60 | 0.40 | | 80 | 0.15 |  The table gives weight fractions of a nylon. Find M_n in g/mol.",
        1000 / (0.10 / 20 + 0.35 / 40 + 0.40 / 60 + 0.15 / 80),
        "g/mol",
    ),
    (
        "A poly(vinyl chloride) resin has a number-average molecular weight of 150,000 g/mol. Calculate its degree of polymerization.",
        150000 / M_VC,
        "dimensionless",
    ),
    (
        "A polystyrene has a number-average molecular weight of 250 kg/mol. What is its degree of polymerization?",
        250000 / M_PS,
        "dimensionless",
    ),
    (
        "A polypropylene has degree of polymerization 2400. What is its number-average molecular weight in g/mol?",
        2400 * M_PP,
        "g/mol",
    ),
    (
        "A polymer with T_g = 100 °C is plasticized with 20 wt% of a plasticizer whose T_g = −50 °C. Estimate the T_g of the mixture (°C) from the Fox equation.",
        1 / (0.8 / 373.15 + 0.2 / 223.15) - 273.15,
        "degC",
    ),
    # --- ceramics / composites
    (
        "A unidirectional composite has 45 vol% E-glass fibres (E = 76 GPa) in epoxy (E = 3.1 GPa). Estimate the modulus parallel to the fibres in GPa.",
        0.45 * 76 + 0.55 * 3.1,
        "GPa",
    ),
    (
        "A unidirectional composite has 45 vol% E-glass fibres (E = 11 × 10⁶ psi) in epoxy (E = 0.45 × 10⁶ psi). What is the longitudinal modulus in psi?",
        (0.45 * 11 + 0.55 * 0.45) * 1e6,
        "psi",
    ),
    (
        "A unidirectional composite has 45 vol% E-glass fibres (E = 76 GPa) in epoxy (E = 3.1 GPa). Estimate the modulus perpendicular to the fibres, in GPa.",
        1 / (0.45 / 76 + 0.55 / 3.1),
        "GPa",
    ),
    (
        "A unidirectional lamina has 55 vol% epoxy (E = 3.1 GPa) and the rest E-glass fibres (E = 76 GPa). What is its modulus along the fibres, in GPa?",
        0.45 * 76 + 0.55 * 3.1,
        "GPa",
    ),
    (
        "A carbon-fibre/epoxy lamina has V_f = 0.60, E_f = 230 GPa and E_m = 3.5 GPa. (a) Compute the longitudinal modulus. (b) Compute the transverse modulus in GPa. (c) Comment. Answer part (b) only.",
        1 / (0.60 / 230 + 0.40 / 3.5),
        "GPa",
    ),
    (
        "A carbon-fibre/epoxy lamina has V_f = 0.60, E_f = 230 GPa and E_m = 3.5 GPa. By what factor is the longitudinal modulus larger than the transverse?",
        (0.6 * 230 + 0.4 * 3.5) * (0.60 / 230 + 0.40 / 3.5),
        "dimensionless",
    ),
    (
        "A carbon-fibre/epoxy lamina has V_f = 0.60, E_f = 230 GPa and E_m = 3.5 GPa. What fraction of a longitudinal load do the fibres carry?",
        0.6 * 230 / (0.6 * 230 + 0.4 * 3.5),
        "dimensionless",
    ),
    (
        "A sintered alumina part has bulk density 3.45 g/cm³; dense alumina is 3.98 g/cm³ with E₀ = 380 GPa. What is its volume fraction porosity?",
        1 - 3.45 / 3.98,
        "dimensionless",
    ),
    (
        "A sintered alumina part has 10 vol% porosity; E₀ = 380 GPa. Using E = E₀(1 − 1.9P + 0.9P²), what is its modulus in GPa?",
        380 * (1 - 0.19 + 0.009),
        "GPa",
    ),
    (
        "A sintered alumina part has 10 vol% porosity; E₀ = 55 × 10⁶ psi. Using E = E₀(1 − 1.9P + 0.9P²), what is its modulus in psi?",
        55e6 * (1 - 0.19 + 0.009),
        "psi",
    ),
    (
        "A glass-ceramic bar 10 mm wide and 5 mm thick breaks in three-point bending over a 40 mm span at 420 N. What is the flexural strength in psi?",
        3 * 420 * 40 / (2 * 10 * 25) * 1e6 / PSI,
        "psi",
    ),
    (
        "A rectangular alumina bar 0.40 in. wide and 0.20 in. thick is broken in three-point bending over supports 1.5 in. apart at 200 lbf. What is the flexural strength in ksi?",
        3 * 200 * 1.5 / (2 * 0.40 * 0.04) / 1000,
        "ksi",
    ),
    (
        "A glass-ceramic bar 10 mm wide and 5 mm thick has a flexural strength of 100.8 MPa. Over a 40 mm span in three-point bending, at what load (N) does it break?",
        100.8 * 2 * 10 * 25 / (3 * 40),
        "N",
    ),
    (
        "A rod of circular cross-section, 5.0 mm in radius, breaks in three-point bending over a 40 mm span at 420 N. What is its flexural strength in MPa?",
        420 * 40 / (PI * 5.0**3),
        "MPa",
    ),
    # --- corrosion
    (
        "A magnesium anode delivers a steady 2.5 A. Magnesium dissolves as Mg²⁺ (M = 24.31 g/mol). How many grams are consumed in an 8-hour shift?",
        2.5 * 8 * 3600 * 24.31 / (2 * F),
        "g",
    ),
    (
        "A zinc anode (Zn → Zn²⁺, M = 65.38 g/mol) delivers a steady 2.5 A. How many grams are consumed from 08:00 to 14:30?",
        2.5 * 6.5 * 3600 * 65.38 / (2 * F),
        "g",
    ),
    (
        "A zinc anode (Zn → Zn²⁺, M = 65.38 g/mol) delivers a steady 2.5 A. How many grams dissolve in 2 h 15 min?",
        2.5 * 8100 * 65.38 / (2 * F),
        "g",
    ),
    (
        "A zinc anode (Zn → Zn²⁺, M = 65.38 g/mol) delivers a steady 2.5 A. How many kilograms are consumed in one year of continuous service?",
        2.5 * YEAR * 65.38 / (2 * F) / 1000,
        "kg",
    ),
    (
        "An aluminium anode (Al → Al³⁺, M = 26.98 g/mol) delivers a steady 2.5 A. How many grams are consumed in 8 h?",
        2.5 * 8 * 3600 * 26.98 / (3 * F),
        "g",
    ),
    (
        "A zinc anode (Zn → Zn²⁺, M = 65.38 g/mol) loses 24.4 g in 8 hours. What steady current (A) did it deliver?",
        24.4 * 2 * F / (65.38 * 8 * 3600),
        "A",
    ),
    (
        "A zinc anode (Zn → Zn²⁺, M = 65.38 g/mol) delivers 2.5 A. If the current is doubled, how many grams dissolve in 8 h?",
        5.0 * 8 * 3600 * 65.38 / (2 * F),
        "g",
    ),
    (
        "A carbon steel coupon (ρ = 7.9 g/cm³) with exposed area 12.5 in.² loses 485 mg in 2190 h. What is the corrosion rate in mm per year?",
        87.6 * 485 / (7.9 * 12.5 * 6.4516 * 2190),
        "mm/year",
    ),
    (
        "A carbon steel coupon (ρ = 7.9 g/cm³) with exposed area 80.6 cm² loses 485 mg in 2190 h. What is the corrosion rate in mpy?",
        534 * 485 / (7.9 * 80.6 / 6.4516 * 2190),
        "thou/year",
    ),
    (
        "A carbon steel coupon (ρ = 7.9 g/cm³) of area 12.5 in.² loses 0.485 g in 2,190 h. Corrosion rate = ______ mpy.",
        534 * 485 / (7.9 * 12.5 * 2190),
        "thou/year",
    ),
    (
        "A steel coupon (ρ = 7.9 g/cm³) of area 12.5 in.² loses 485 mg in 2190 h. How much thickness (µm) is lost from each face in that time?",
        485e-3 / 7.9 / (12.5 * 6.4516) * 1e4,
        "um",
    ),
    (
        "The Pilling–Bedworth ratio of aluminium: Al 26.98 g/mol, 2.70 g/cm³; Al₂O₃ 101.96 g/mol, 3.99 g/cm³. Give the ratio.",
        101.96 * 2.70 / (2 * 26.98 * 3.99),
        "dimensionless",
    ),
    (
        "Magnesium: 24.31 g/mol, 1.74 g/cm³; MgO: 40.30 g/mol, 3.58 g/cm³. What is the Pilling–Bedworth ratio?",
        40.30 * 1.74 / (24.31 * 3.58),
        "dimensionless",
    ),
    # --- round-19 class variants (a share in words moving a given, light placed in air, a time from a reached state)
    (
        "A spring steel has a yield strength of 1 460 MPa and E = 207 GPa. If the yield strength were made one-half higher, what would the modulus of resilience be in kJ/m³?",
        (1460e6 * 1.5) ** 2 / (2 * 207e9) / 1e3,
        "kJ/m**3",
    ),
    (
        "A spring steel has a yield strength of 1 460 MPa and E = 207 GPa. Suppose the yield strength is 50 % greater; what is the modulus of resilience in kJ/m³?",
        (1460e6 * 1.5) ** 2 / (2 * 207e9) / 1e3,
        "kJ/m**3",
    ),
    (
        "A spring steel has a yield strength of 1 460 MPa and E = 207 GPa. If the yield strength is increased by two-thirds, what is the modulus of resilience in kJ/m³?",
        (1460e6 * 5 / 3) ** 2 / (2 * 207e9) / 1e3,
        "kJ/m**3",
    ),
    (
        "A spring steel has a yield strength of 1 460 MPa and E = 207 GPa. If the yield strength becomes a third larger, what is the modulus of resilience in kJ/m³?",
        (1460e6 * 4 / 3) ** 2 / (2 * 207e9) / 1e3,
        "kJ/m**3",
    ),
    (
        "A spring steel has a yield strength of 1 460 MPa and E = 207 GPa. After a new heat treatment the yield strength is one-third higher than that. What is the modulus of resilience in kJ/m³?",
        (1460e6 * 4 / 3) ** 2 / (2 * 207e9) / 1e3,
        "kJ/m**3",
    ),
    (
        "A spring steel has a yield strength of 1 460 MPa and E = 207 GPa. If the yield strength is made twice as large, what is the modulus of resilience in kJ/m³?",
        (2920e6) ** 2 / (2 * 207e9) / 1e3,
        "kJ/m**3",
    ),
    (
        "A spring steel has a yield strength of 1 460 MPa and E = 207 GPa. If the yield strength is raised to 1.5 times that value, what is the modulus of resilience in kJ/m³?",
        (1460e6 * 1.5) ** 2 / (2 * 207e9) / 1e3,
        "kJ/m**3",
    ),
    (
        "The stress on a 10.0 in. steel bar (E = 30 × 10⁶ psi) is 25,000 psi. If the stress then rises to one-half more than that, how much does the bar stretch in inches?",
        10 * 37500 / 30e6,
        "inch",
    ),
    (
        "A zinc anode (Zn → Zn²⁺, M = 65.38 g/mol) delivers 2.5 A. If the current is then made a quarter lower, how many grams dissolve in 8 h?",
        1.875 * 8 * 3600 * 65.38 / (2 * F),
        "g",
    ),
    (
        "A polymer is held at fixed strain; the stress is 3.5 MPa at once and 2.0 MPa after 60 s. With exponential relaxation, how long after the stress has dropped to 2.0 MPa does it fall to 1.0 MPa (s)?",
        _TAU_P * math.log(2.0),
        "s",
    ),
    (
        "A polymer is held at fixed strain; the stress is 3.5 MPa at once and 2.0 MPa after 60 s. Assuming exponential relaxation, how much more time (s) is needed after the 60 s reading for the stress to reach 1.0 MPa?",
        _TAU_P * math.log(2.0),
        "s",
    ),
    (
        "A polymer is held at fixed strain; the stress is 3.5 MPa at once and 2.0 MPa after 60 s. Assuming exponential relaxation, once the stress reads 2.0 MPa, how many further seconds until it reads 1.0 MPa?",
        _TAU_P * math.log(2.0),
        "s",
    ),
    (
        "A transformation with n = 2.5 is half complete after 120 s. How long, in seconds, after reaching 50 % does it reach 90 %?",
        120 * ((math.log(10) / math.log(2)) ** 0.4 - 1),
        "s",
    ),
    (
        "A transformation with n = 2.5 is half complete after 120 s. Counting from the moment it is half done, how many seconds until it is 90 % complete?",
        120 * ((math.log(10) / math.log(2)) ** 0.4 - 1),
        "s",
    ),
    (
        "A brass has a grain diameter of 10 µm after recrystallization; at 500 °C its grains grow to 25 µm in 500 min. Assuming d² − d₀² = Kt, how many minutes after reaching 25 µm does it reach 30 µm?",
        (30**2 - 25**2) / _K_GR,
        "minute",
    ),
    (
        "A brass has a grain diameter of 10 µm after recrystallization; at 500 °C its grains grow to 25 µm in 500 min. Assuming d² − d₀² = Kt, how many more minutes are needed to reach 30 µm?",
        (30**2 - 25**2) / _K_GR,
        "minute",
    ),
    (
        "A 0.20 wt% C steel gear is carburized with the surface at 1.10 wt% C and D = 1.6 × 10⁻¹¹ m²/s. How many hours after the content 0.5 mm below the surface reaches 0.60 wt% does the content at 0.8 mm reach 0.60 wt%?",
        ((0.8e-3) ** 2 - (0.5e-3) ** 2) / (4 * 1.6e-11 * _Z_GEAR**2) / 3600,
        "hour",
    ),
    (
        "A polymer is held at fixed strain; the stress is 3.5 MPa at once and 2.0 MPa after 60 s. With exponential relaxation, how long after loading does it take to reach 1.0 MPa (s)?",
        _TAU_P * math.log(3.5),
        "s",
    ),
    (
        "A polymer is held at fixed strain; the stress is 3.5 MPa at once and 2.0 MPa after 60 s. With exponential relaxation, how many seconds after the start does it reach 1.0 MPa?",
        _TAU_P * math.log(3.5),
        "s",
    ),
    (
        "A ray travelling through air strikes a diamond (n = 2.42). What is the critical angle for total reflection, in degrees?",
        None,
        "degree",
    ),
    (
        "A beam in vacuum meets the flat face of a glass plate (n = 1.50). Above what angle of incidence (degrees) is it totally reflected?",
        None,
        "degree",
    ),
    (
        "Light passes from air to water (n = 1.33). Find the critical angle for total internal reflection in degrees.",
        None,
        "degree",
    ),
    (
        "Light coming from the air hits a sapphire window (n = 1.77). Above what incidence angle is it totally reflected, in degrees?",
        None,
        "degree",
    ),
    (
        "Light in glass (n = 1.52) meets its face with air. Above what angle of incidence is it totally reflected, in degrees?",
        math.degrees(math.asin(1 / 1.52)),
        "degree",
    ),
    (
        "Light inside a diamond (n = 2.42) strikes the diamond–air boundary. What is the critical angle in degrees?",
        math.degrees(math.asin(1 / 2.42)),
        "degree",
    ),
    (
        "A ray in air strikes the surface of a pool of water (n = 1.33). At what angle is it totally internally reflected?",
        None,
        "degree",
    ),
    (
        "Light in air has a wavelength of 589 nm; the same light travelling inside a glass block (n = 1.52) meets the glass–air face. What is the critical angle in degrees?",
        math.degrees(math.asin(1 / 1.52)),
        "degree",
    ),
]
