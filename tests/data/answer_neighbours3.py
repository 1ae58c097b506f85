"""Neighbour questions, round 3 (issue 11, precision), in our own words.

Written by helper probe3 (session 12) around items of sets E, F and G that the solver answers right:
the same numbers with another quantity asked (the other phase, the change vs the final state, the
diameter vs the radius, the ratio inverted, the fraction vs the percentage), the givens in another
order or in a list, a given stated in words, an extra given that changes the answer, TeX units, and
conditions under which the relation does not apply. Keys computed below with plain math; a key of
None means the question must be refused. tests/test_answer_neighbours.py holds them at 0 wrong.
"""

from __future__ import annotations

import math

NA = 6.02214076e23
k = 8.617333262e-5
R = 8.314462618
F = 96485.33212
h = 6.62607015e-34
c = 299792458.0
e = 1.602176634e-19
MU0 = 4e-7 * math.pi
SIGMA = 5.670374419e-8
PI = math.pi


def _vac(q_ev: float, t_k: float) -> float:
    return math.exp(-q_ev / (k * t_k))


def _arr(d0: float, q: float, t_k: float) -> float:
    return d0 * math.exp(-q / (R * t_k))


def _erfinv(y: float) -> float:
    lo, hi = 0.0, 6.0
    for _ in range(200):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if math.erf(mid) < y else (lo, mid)
    return (lo + hi) / 2


def _fcc_a(r: float) -> float:
    return 4 * r / math.sqrt(2)


def _rstar(gamma: float, tm: float, dh: float, dt: float) -> float:
    return 2 * gamma * tm / (dh * dt)


def _gstar(gamma: float, tm: float, dh: float, dt: float) -> float:
    return 16 * PI * gamma**3 * tm**2 / (3 * dh**2 * dt**2)


_AV_K = -math.log(1 - 0.15) / 40**2.5  # Avrami k from 15 % at 40 s, n = 2.5
_Z = 0.6e-3 / (2 * math.sqrt(2.4e-11 * 6 * 3600))  # erf argument, 0.60 mm after 6 h
_HP_K = (260 - 160) / (8e-6**-0.5 - 50e-6**-0.5)  # Hall-Petch k from two points
_HP_S0 = 160 - _HP_K * 50e-6**-0.5
_TI_AREA = PI * 4.0**2  # mm^2, 8.0 mm diameter
_CC_P700 = 2.5  # kPa at 700 K, 96 kJ/mol
_EG_TWO = 2 * k * math.log(0.35 / 1.5e-3) / (1 / 290 - 1 / 380)  # eV, from two conductivities

# (question, key or None for must-refuse, pint unit of the key)
QUESTIONS: list[tuple[str, float | None, str]] = [
    # crystallography
    (
        "Nickel crystallises in the face-centred cubic structure with an atomic radius of 0.1246 nm. What is the edge length of its cubic unit cell, in nm?",
        _fcc_a(0.1246),
        "nm",
    ),
    (
        "Calculate the theoretical density in g/cm³ of a face-centred cubic metal whose atoms have a radius of 0.1246 nm and an atomic weight of 58.69 g/mol.",
        4 * 58.69 / NA / (_fcc_a(0.1246e-7)) ** 3,
        "g/cm**3",
    ),
    (
        "Nickel is FCC; its atomic radius is 0.1246 nm and its atomic weight 58.69 g/mol. What is the mass of one unit cell, in grams?",
        4 * 58.69 / NA,
        "g",
    ),
    (
        "Nickel (FCC) has a density of 8.90 g/cm³ and an atomic weight of 58.69 g/mol. What is its lattice parameter in nm?",
        (4 * 58.69 / (NA * 8.90)) ** (1 / 3) * 1e7,
        "nm",
    ),
    (
        "Tungsten is BCC with an atomic radius of 0.1371 nm. What is the planar density of its (110) plane, in atoms per nm²?",
        2 / ((4 * 0.1371 / math.sqrt(3)) ** 2 * math.sqrt(2)),
        "1/nm**2",
    ),
    (
        "Tungsten is BCC with an atomic radius of 0.1371 nm. What is the planar density of its (100) plane in atoms per m²?",
        1 / (4 * 0.1371e-9 / math.sqrt(3)) ** 2,
        "1/m**2",
    ),
    (
        "Platinum is FCC with a lattice parameter of 0.3924 nm. The 200 reflection of platinum appears at a Bragg angle θ of 26.8°. What is the X-ray wavelength in nm?",
        2 * 0.3924 / 2 * math.sin(math.radians(26.8)),
        "nm",
    ),
    (
        "Platinum is FCC with a lattice parameter of 0.3924 nm. What is the interplanar spacing of its (200) planes, in nm?",
        0.3924 / 2,
        "nm",
    ),
    (
        "Platinum is FCC with a = 0.3924 nm. With X-rays of wavelength 0.1769 nm, at what Bragg angle θ (not 2θ) does the 200 reflection appear, in degrees?",
        math.degrees(math.asin(0.1769 / (2 * 0.1962))),
        "degree",
    ),
    # defects
    (
        "The energy for vacancy formation in copper is 0.90 eV/atom. What is the ratio of the vacancy fraction at 800 °C to that at 1000 °C?",
        _vac(0.90, 1073.15) / _vac(0.90, 1273.15),
        "dimensionless",
    ),
    (
        "Copper has a vacancy formation energy of 0.90 eV per atom. At what temperature, in °C, is one lattice site in ten thousand vacant?",
        0.90 / (k * math.log(1e4)) - 273.15,
        "degC",
    ),
    (
        "Copper has a vacancy formation energy of 0.90 eV per atom. How many vacancies are there in one mole of copper at 1000 °C?",
        NA * _vac(0.90, 1273.15),
        "dimensionless",
    ),
    (
        "The enthalpy of vacancy formation in a metal is 105 000 J per mole of vacancies. What fraction of the lattice sites is vacant at 750 K?",
        math.exp(-105000 / (R * 750)),
        "dimensionless",
    ),
    (
        "What fraction of the lattice sites of a metal is vacant at $750\\,^{\\circ}\\mathrm{C}$ if forming vacancies takes $105\\ \\mathrm{kJ\\,mol^{-1}}$?",
        math.exp(-105000 / (R * 1023.15)),
        "dimensionless",
    ),
    (
        "For a metal with a vacancy formation energy of 1.10 eV, by what factor does the equilibrium vacancy concentration fall when the temperature is lowered from 700 °C to 500 °C?",
        _vac(1.10, 973.15) / _vac(1.10, 773.15),
        "dimensionless",
    ),
    (
        "A vacancy formation energy of 1.10 eV per atom is given. Calculate the equilibrium vacancy fraction at 700 °C.",
        _vac(1.10, 973.15),
        "dimensionless",
    ),
    # diffusion
    (
        "Hydrogen is held in a steel vessel with a wall 3.0 mm thick. Just inside the inner surface the hydrogen concentration is 0.85 kg/m³ and at the outer surface 0.05 kg/m³. What is the concentration gradient across the wall, in kg/m⁴ (magnitude)?",
        0.80 / 3.0e-3,
        "kg/m**4",
    ),
    (
        "A steel wall 3.0 mm thick has hydrogen concentrations of 0.85 kg/m³ and 0.05 kg/m³ at its two faces; D = 1.2 × 10⁻⁹ m²/s. At steady state, how many kilograms of hydrogen pass through 2.0 m² of the wall in one hour?",
        1.2e-9 * 0.80 / 3.0e-3 * 2.0 * 3600,
        "kg",
    ),
    (
        "At steady state a flux of 3.2 × 10⁻⁷ kg m⁻² s⁻¹ of hydrogen passes through a steel wall 3.0 mm thick whose faces are at 0.85 and 0.05 kg/m³. What is the diffusion coefficient in m²/s?",
        3.2e-7 * 3.0e-3 / 0.80,
        "m**2/s",
    ),
    (
        "Hydrogen diffuses at steady state through a steel wall, D = 1.2 × 10⁻⁹ m²/s, faces at 0.85 and 0.05 kg/m³. How thick must the wall be, in mm, for the flux to be 1.6 × 10⁻⁷ kg/(m²·s)?",
        1.2e-9 * 0.80 / 1.6e-7 * 1e3,
        "mm",
    ),
    (
        "For the self-diffusion of copper, D₀ = 7.8 × 10⁻⁵ m²/s and the activation energy is 211 000 J/mol. Compute the self-diffusion coefficient at 850 K.",
        _arr(7.8e-5, 211000, 850),
        "m**2/s",
    ),
    (
        "For the self-diffusion of copper, D₀ = 7.8 × 10⁻⁵ m²/s and Q = 211 kJ/mol. By what factor does D increase between 850 °C and 950 °C?",
        _arr(7.8e-5, 211000, 1223.15) / _arr(7.8e-5, 211000, 1123.15),
        "dimensionless",
    ),
    (
        "Self-diffusion in copper: D₀ = 7.8 × 10⁻⁵ m²/s, Q = 211 kJ/mol. Give D at 850 °C in cm²/s.",
        _arr(7.8e-5, 211000, 1123.15) * 1e4,
        "cm**2/s",
    ),
    (
        "For copper self-diffusion D₀ = 7.8 × 10⁻⁵ m²/s and the activation energy is 2.19 eV per atom. What is D at 850 °C in m²/s?",
        7.8e-5 * _vac(2.19, 1123.15),
        "m**2/s",
    ),
    (
        "For copper self-diffusion D₀ = 7.8 × 10⁻⁵ m²/s and Q = 211 kJ/mol. How far do copper atoms diffuse at 850 °C, in µm?",
        None,
        "micrometer",
    ),
    (
        "A steel containing 0.15 wt% C is gas-carburised with its surface held at 1.10 wt% C; D = 2.4 × 10⁻¹¹ m²/s. What is the carbon content (wt% C) at a depth of 0.60 mm after 12 h?",
        1.10 - 0.95 * math.erf(0.6e-3 / (2 * math.sqrt(2.4e-11 * 12 * 3600))),
        "percent",
    ),
    (
        "A steel of 1.10 wt% C is decarburised in an atmosphere that holds its surface at 0.15 wt% C. With D = 2.4 × 10⁻¹¹ m²/s, what is the carbon content in wt% at a depth of 0.60 mm after 6 h?",
        0.15 + 0.95 * math.erf(_Z),
        "percent",
    ),
    (
        "Carbon diffuses into a 0.15 wt% C steel whose surface is held at 1.10 wt% C (D = 2.4 × 10⁻¹¹ m²/s). After 6 h, at what depth in mm is the carbon content 0.678 wt%?",
        2 * math.sqrt(2.4e-11 * 6 * 3600) * _erfinv((1.10 - 0.678) / 0.95) * 1e3,
        "mm",
    ),
    # mechanics
    (
        "A titanium-alloy tie rod 320 mm long and 8.0 mm in diameter carries an axial tensile load of 6 200 N; E = 107 GPa. What is the tensile strain in the rod?",
        6200 / _TI_AREA / 107e3,
        "dimensionless",
    ),
    (
        "A titanium-alloy tie rod 320 mm long and 8.0 mm in diameter carries an axial load of 6 200 N (E = 107 GPa). What is its final length, in mm?",
        320 * (1 + 6200 / _TI_AREA / 107e3),
        "mm",
    ),
    (
        "A titanium-alloy rod of radius 4.0 mm and length 320 mm carries an axial tensile load of 6 200 N. E = 107 GPa. By how many millimetres does it lengthen?",
        320 * 6200 / _TI_AREA / 107e3,
        "mm",
    ),
    (
        "How much does a 320 mm titanium-alloy rod lengthen, in mm, under a 6.2 kN axial pull? Data: diameter 8.0 mm; modulus of elasticity 107 GPa.",
        320 * 6200 / _TI_AREA / 107e3,
        "mm",
    ),
    (
        "A titanium-alloy tie rod, 8.0 mm in diameter and 320 mm long (E = 107 GPa), lengthens elastically by 0.25 mm. What axial load does it carry, in N?",
        0.25 / 320 * 107e3 * _TI_AREA,
        "N",
    ),
    (
        "A titanium-alloy tie rod 320 mm long and 8.0 mm in diameter is loaded with 6 200 N; E = 107 GPa. If the load is doubled, by how many mm does the rod lengthen?",
        2 * 320 * 6200 / _TI_AREA / 107e3,
        "mm",
    ),
    (
        "A brass has a yield strength of 160 MPa at an average grain diameter of 50 µm and 260 MPa at 8 µm. Assuming the Hall–Petch relation, what is the friction stress σ₀ in MPa?",
        _HP_S0,
        "MPa",
    ),
    (
        "A brass has a yield strength of 160 MPa at an average grain diameter of 50 µm and 260 MPa at 8 µm. What is the Hall–Petch coefficient k_y, in MPa·m^1/2?",
        _HP_K,
        "MPa*m**0.5",
    ),
    (
        "A brass yields at 160 MPa with 50 µm grains and at 260 MPa with 8 µm grains. Using Hall–Petch, what grain diameter (µm) gives a yield strength of 230 MPa?",
        ((230 - _HP_S0) / _HP_K) ** -2 * 1e6,
        "micrometer",
    ),
    (
        "In a tensile test on a low-carbon steel, before necking, the engineering stress is 510 MPa at an engineering strain of 0.22. What is the true strain at this point, assuming constant volume?",
        math.log(1.22),
        "dimensionless",
    ),
    (
        "Before necking, a steel shows a true strain of 0.20 at an engineering stress of 510 MPa. What is the true stress, in MPa?",
        510 * math.exp(0.20),
        "MPa",
    ),
    (
        "A titanium alloy has a yield strength of 830 MPa and a modulus of elasticity of 114 GPa. What is the strain at the yield point?",
        830 / 114e3,
        "dimensionless",
    ),
    (
        "Calculate the modulus of resilience, in $\\mathrm{kJ\\,m^{-3}}$, of an alloy with $E = 114\\ \\mathrm{GPa}$ and $\\sigma_y = 830\\ \\mathrm{MPa}$.",
        830e6**2 / (2 * 114e9) / 1e3,
        "kJ/m**3",
    ),
    (
        "A steel obeys Basquin's law σ_a = σ_f'(2N_f)^b with σ_f' = 1250 MPa and b = −0.085. How many reversals to failure, 2N_f, are expected at a stress amplitude of 450 MPa?",
        (450 / 1250) ** (1 / -0.085),
        "dimensionless",
    ),
    (
        "A steel obeys Basquin's law σ_a = σ_f'(2N_f)^b with σ_f' = 1250 MPa and b = −0.085. It is cycled with a stress range of 900 MPa about zero mean. How many cycles N_f does it survive?",
        (450 / 1250) ** (1 / -0.085) / 2,
        "dimensionless",
    ),
    (
        "With σ_a = σ_f'(2N_f)^b, σ_f' = 1250 MPa and b = −0.085, what stress amplitude in MPa gives a life of 10⁶ cycles?",
        1250 * (2e6) ** -0.085,
        "MPa",
    ),
    (
        "A steel has a fatigue limit of 300 MPa (fully reversed) and a tensile strength of 900 MPa. By the Goodman relation, with a mean stress of 200 MPa, what is the largest allowable maximum stress in the cycle for infinite life, in MPa?",
        200 + 300 * (1 - 200 / 900),
        "MPa",
    ),
    (
        "A steel has a fatigue limit of 300 MPa (fully reversed) and a tensile strength of 900 MPa. Using Goodman, what allowable stress range (max − min) keeps infinite life at a mean stress of 200 MPa?",
        2 * 300 * (1 - 200 / 900),
        "MPa",
    ),
    (
        "For a nickel alloy at the design stress the Larson–Miller parameter is 24 000 (T in K, t in h, C = 20). Estimate the rupture life at 650 °C, in years.",
        10 ** (24000 / 923.15 - 20) / 8766,
        "year",
    ),
    (
        "For a nickel alloy at the design stress the Larson–Miller parameter is 24 000 (T in K, t in h, C = 20). At what temperature in °C is the rupture life 10 000 h?",
        24000 / (20 + 4) - 273.15,
        "degC",
    ),
    (
        "At 700 °C a stainless steel creeps at 2.0 × 10⁻⁷ s⁻¹ under 80 MPa; the stress exponent is 5. What steady-state creep rate, in s⁻¹, is expected at 60 MPa at the same temperature?",
        2.0e-7 * (60 / 80) ** 5,
        "1/s",
    ),
    (
        "A stainless steel creeps at 2.0 × 10⁻⁷ s⁻¹ under 80 MPa at 700 °C, with stress exponent n = 5. What stress, in MPa, gives a creep rate of 1.0 × 10⁻⁶ s⁻¹ at that temperature?",
        80 * 5**0.2,
        "MPa",
    ),
    (
        "A soda-lime glass (E = 69 GPa, specific surface energy 0.30 J/m²) has a surface crack 2.0 µm deep. Using the Griffith criterion, estimate the fracture stress in MPa.",
        math.sqrt(2 * 69e9 * 0.30 / (PI * 2.0e-6)) / 1e6,
        "MPa",
    ),
    (
        "A soda-lime glass (E = 69 GPa, γ_s = 0.30 J/m²) contains an internal crack whose half-length is 2.0 µm. Using the Griffith criterion, estimate the fracture stress in MPa.",
        math.sqrt(2 * 69e9 * 0.30 / (PI * 2.0e-6)) / 1e6,
        "MPa",
    ),
    (
        "An alumina rod of circular cross-section, 1.6 mm in radius, breaks in three-point bending over supports 25 mm apart at a load of 210 N. What is its flexural strength in MPa?",
        210 * 25 / (PI * 1.6**3),
        "MPa",
    ),
    (
        "An alumina bar of rectangular section, 5.0 mm wide and 3.0 mm thick, breaks in three-point bending over supports 25 mm apart at 210 N. What is its flexural strength, in MPa?",
        3 * 210 * 25 / (2 * 5.0 * 3.0**2),
        "MPa",
    ),
    # nucleation and kinetics
    (
        "Liquid gold (T_m = 1337 K, ΔH_f = 1.23 × 10⁹ J/m³, γ = 0.132 J/m²) is undercooled by 230 K before it solidifies homogeneously. What is the diameter of the critical nucleus, in nm?",
        2 * _rstar(0.132, 1337, 1.23e9, 230) * 1e9,
        "nm",
    ),
    (
        "Liquid gold (T_m = 1337 K, ΔH_f = 1.23 × 10⁹ J/m³, γ = 0.132 J/m²) solidifies homogeneously at 1107 K. What is the critical nucleus radius, in nm?",
        _rstar(0.132, 1337, 1.23e9, 230) * 1e9,
        "nm",
    ),
    (
        "Liquid gold (T_m = 1337 K, ΔH_f = 1.23 × 10⁹ J/m³, γ = 0.132 J/m²) is undercooled by 230 K. What is the activation free energy for homogeneous nucleation, in J?",
        _gstar(0.132, 1337, 1.23e9, 230),
        "J",
    ),
    (
        "Gold melts at 1064 °C; ΔH_f = 1.23 × 10⁹ J/m³ and γ_SL = 0.132 J/m². What is the critical radius for homogeneous nucleation in nm when the melt is cooled to 834 °C?",
        _rstar(0.132, 1337.15, 1.23e9, 230) * 1e9,
        "nm",
    ),
    (
        "Liquid gold (T_m = 1337 K, ΔH_f = 1.23 × 10⁹ J/m³, γ = 0.132 J/m²): if the undercooling is doubled from 230 K, what is the critical radius in nm?",
        _rstar(0.132, 1337, 1.23e9, 460) * 1e9,
        "nm",
    ),
    (
        "A transformation obeys y = 1 − exp(−k tⁿ) with n = 2.5; after 40 s it is 15 % complete. What is k, in s^-2.5?",
        _AV_K,
        "s**-2.5",
    ),
    (
        "A transformation obeys y = 1 − exp(−k tⁿ) with n = 2.5; after 40 s it is 15 % complete. What fraction has transformed after 80 s?",
        1 - math.exp(-_AV_K * 80**2.5),
        "dimensionless",
    ),
    (
        "A transformation obeys y = 1 − exp(−k tⁿ) with n = 2.5, and is 15 % complete after 40 s. What fraction remains untransformed after 80 s?",
        math.exp(-_AV_K * 80**2.5),
        "dimensionless",
    ),
    (
        "A precipitation reaction follows the Avrami law with n = 2.5 and is 15 % complete after 40 s. How long, in s, until it is half complete?",
        (math.log(2) / _AV_K) ** (1 / 2.5),
        "s",
    ),
    (
        "An isothermal transformation obeys $y = 1 - \\exp(-k t^{n})$ with $n = 3$ and $k = 1.5 \\times 10^{-6}\\ \\mathrm{s^{-3}}$. What percentage of the material is still untransformed after $80\\ \\mathrm{s}$?",
        100 * math.exp(-1.5e-6 * 80**3),
        "percent",
    ),
    (
        "A cold-rolled aluminium sheet is half recrystallised after 45 min at 380 °C and after 6.5 min at 440 °C. Assuming an Arrhenius rate (1/t₀.₅), how long does half recrystallisation take at 400 °C, in min?",
        45 * math.exp(math.log(45 / 6.5) / (1 / 653.15 - 1 / 713.15) * (1 / 673.15 - 1 / 653.15)),
        "minute",
    ),
    # thermal
    (
        "A straight copper steam line is 12.0 m long when installed at 15 °C; α = 17.0 × 10⁻⁶ °C⁻¹. What is its final length, in m, when it carries steam at 115 °C?",
        12.0 * (1 + 17e-6 * 100),
        "m",
    ),
    (
        "A copper steam line 12.0 m long at 115 °C cools to 15 °C when shut down. Copper has α = 17.0 × 10⁻⁶ °C⁻¹. By how many mm does it shorten?",
        12.0e3 * 17e-6 * 100,
        "mm",
    ),
    (
        "A straight copper line 12.0 m long is heated by 180 °F. Copper's linear expansion coefficient is 17.0 × 10⁻⁶ per °C. How much longer does it get, in mm?",
        12.0e3 * 17e-6 * 100,
        "mm",
    ),
    (
        "A copper steam line 12.0 m long at 15 °C lengthens by 20.4 mm when it carries steam at 115 °C. What is the linear expansion coefficient of copper, in 1/°C?",
        20.4e-3 / 12.0 / 100,
        "1/K",
    ),
    (
        "A copper steam line (α = 17.0 × 10⁻⁶ °C⁻¹) is heated from 15 °C to 115 °C. By what percentage does its length increase?",
        17e-6 * 100 * 100,
        "percent",
    ),
    (
        "A brass rod clamped rigidly between two walls at 20 °C is heated to 85 °C; α = 20 × 10⁻⁶ per °C. What thermal strain is prevented by the walls?",
        20e-6 * 65,
        "dimensionless",
    ),
    (
        "A brass rod (E = 97 GPa, α = 20 × 10⁻⁶ per °C) is clamped rigidly between walls at 85 °C and then cooled to 20 °C. What is the magnitude of the thermal stress, in MPa?",
        97e3 * 20e-6 * 65,
        "MPa",
    ),
    (
        "A brass rod is clamped rigidly between two walls at 20 °C. E = 97 GPa and α = 20 × 10⁻⁶ per °C. To what temperature in °C can it be heated before the compressive stress reaches 100 MPa?",
        20 + 100 / (97e3 * 20e-6),
        "degC",
    ),
    (
        "A jeweller melts 2.0 kg of silver starting at 25 °C. Silver melts at 962 °C; c = 0.235 J/(g·K) and the latent heat of fusion is 105 J/g. How much heat, in kJ, brings the silver to its melting point without melting it?",
        2000 * 0.235 * 937 / 1e3,
        "kJ",
    ),
    (
        "Silver at its melting point of 962 °C has a latent heat of fusion of 105 J/g. How much heat, in kJ, melts 2.0 kg of it completely?",
        2000 * 105 / 1e3,
        "kJ",
    ),
    (
        "How much heat, in kJ, is needed to take 500 g of silver from 25 °C to its melting point of 962 °C and melt it? c = 0.235 J/(g·K); latent heat of fusion 105 J/g.",
        500 * (0.235 * 937 + 105) / 1e3,
        "kJ",
    ),
    (
        "The outer surface of a furnace door is at 900 °C with an emissivity of 0.85. What radiant heat flux does it emit, in kW/m², ignoring radiation from the surroundings?",
        0.85 * SIGMA * 1173.15**4 / 1e3,
        "kW/m**2",
    ),
    (
        "A furnace door 2.0 m² in area is at 900 °C with emissivity 0.85 and radiates to large surroundings at 25 °C. What is the net radiative heat loss in kW?",
        2.0 * 0.85 * SIGMA * (1173.15**4 - 298.15**4) / 1e3,
        "kW",
    ),
    (
        "Silver has a Debye temperature of 225 K. Using C_v = (12π⁴/5) R (T/θ_D)³, estimate its molar heat capacity at 20 K, in J/(mol·K).",
        12 * PI**4 / 5 * R * (20 / 225) ** 3,
        "J/(mol*K)",
    ),
    (
        "Copper has a thermal conductivity of 398 W/(m·K), a density of 8.94 g/cm³ and a specific heat of 0.385 J/(g·K). Compute its thermal diffusivity in m²/s.",
        398 / (8940 * 385),
        "m**2/s",
    ),
    (
        "The two faces of a steel plate 8 mm thick are held at 150 °C and 40 °C; k = 51.9 W/(m·K). How much heat, in kJ, passes through 0.5 m² of the plate in one minute?",
        51.9 * 110 / 0.008 * 0.5 * 60 / 1e3,
        "kJ",
    ),
    (
        "A plate of steel, k = 51.9 W/(m·K), carries a steady heat flux of 713.6 kW/m² with faces at 150 °C and 40 °C. How thick is it, in mm?",
        51.9 * 110 / 713.6e3 * 1e3,
        "mm",
    ),
    # electrical
    (
        "An aluminium conductor 120 m long has a radius of 2.5 mm and a resistivity of 2.65 × 10⁻⁸ Ω·m. What is its resistance in Ω?",
        2.65e-8 * 120 / (PI * 2.5e-3**2),
        "ohm",
    ),
    (
        "An aluminium conductor 120 m long and 2.5 mm in diameter has a resistivity of 2.65 × 10⁻⁸ Ω·m. What is its resistance per kilometre, in Ω/km?",
        2.65e-8 * 1000 / (PI * 1.25e-3**2),
        "ohm/km",
    ),
    (
        "An aluminium conductor 120 m long and 2.5 mm in diameter (ρ = 2.65 × 10⁻⁸ Ω·m) has 12 V across its ends. What current flows, in A?",
        12 / (2.65e-8 * 120 / (PI * 1.25e-3**2)),
        "A",
    ),
    (
        "An aluminium conductor 120 m long and 2.5 mm in diameter has a resistivity of 2.65 × 10⁻⁸ Ω·m. What is its conductance, in siemens?",
        (PI * 1.25e-3**2) / (2.65e-8 * 120),
        "S",
    ),
    (
        "Intrinsic GaAs has n_i = 2.1 × 10¹² m⁻³, an electron mobility of 0.85 m²/(V·s) and a hole mobility of 0.04 m²/(V·s). What is its electrical resistivity in Ω·m?",
        1 / (2.1e12 * e * 0.89),
        "ohm*m",
    ),
    (
        "Intrinsic GaAs has n_i = 2.1 × 10¹² m⁻³, μ_e = 0.85 m²/(V·s) and μ_h = 0.04 m²/(V·s). What is the conductivity due to electrons alone, in S/m?",
        2.1e12 * e * 0.85,
        "S/m",
    ),
    (
        "Intrinsic GaAs has n_i = 2.1 × 10¹² m⁻³, μ_e = 0.85 m²/(V·s) and μ_h = 0.04 m²/(V·s). What fraction of its conductivity is carried by holes?",
        0.04 / 0.89,
        "dimensionless",
    ),
    (
        "An intrinsic semiconductor has σ = 1.5 × 10⁻³ S/m at 290 K and 0.35 S/m at 380 K. Assuming σ ∝ exp(−E_g/2kT), what is its conductivity at 330 K, in S/m?",
        1.5e-3 * math.exp(-_EG_TWO / (2 * k) * (1 / 330 - 1 / 290)),
        "S/m",
    ),
    (
        "An intrinsic semiconductor has σ = 1.5 × 10⁻³ S/m at 17 °C and 0.35 S/m at 107 °C. Assuming σ ∝ exp(−E_g/2kT), estimate the band gap in eV.",
        2 * k * math.log(0.35 / 1.5e-3) / (1 / 290.15 - 1 / 380.15),
        "eV",
    ),
    (
        "A boron-doped silicon wafer, conducting by holes only, has a Hall coefficient of +3.6 × 10⁻⁴ m³/C. What is the hole concentration per m³?",
        1 / (3.6e-4 * e),
        "1/m**3",
    ),
    (
        "A voltage of 12 V is applied across a GaAs bar 3.0 mm long. What is the electric field in the bar, in V/m?",
        12 / 3.0e-3,
        "V/m",
    ),
    (
        "A voltage of 12 V is applied across a GaAs bar 3.0 mm long; the electron mobility is 0.85 m²/(V·s). How long, in ns, does an electron take to drift the length of the bar?",
        3.0e-3 / (0.85 * 4000) * 1e9,
        "ns",
    ),
    (
        "A parallel-plate capacitor has plates of area 4.0 cm² separated by 0.25 mm of a ceramic with ε_r = 6.0. What charge, in nC, does it hold at 100 V?",
        6.0 * 8.8541878128e-12 * 4.0e-4 / 0.25e-3 * 100 * 1e9,
        "nC",
    ),
    (
        "A parallel-plate capacitor has plates of area 4.0 cm² separated by 0.25 mm. What is its capacitance in pF with a vacuum between the plates?",
        8.8541878128e-12 * 4.0e-4 / 0.25e-3 * 1e12,
        "pF",
    ),
    (
        "The resistivity of copper at 20 °C is 1.68 × 10⁻⁸ Ω·m and its temperature coefficient of resistivity is 0.0039 °C⁻¹. By how much does the resistivity rise between 20 °C and 150 °C, in Ω·m?",
        1.68e-8 * 0.0039 * 130,
        "ohm*m",
    ),
    # optics and photons
    (
        "A green laser pointer emits 20 mW at λ = 532 nm. What is the energy of one of its photons, in eV?",
        h * c / 532e-9 / e,
        "eV",
    ),
    (
        "A green laser pointer emits 20 mW at λ = 532 nm. How many photons does it emit in one minute?",
        0.020 * 60 / (h * c / 532e-9),
        "dimensionless",
    ),
    (
        "How many photons leave a 20 mW laser each second if its wavelength is 266 nm?",
        0.020 / (h * c / 266e-9),
        "1/s",
    ),
    (
        "A diamond (n = 2.42) is immersed in water (n = 1.33). Light in the water strikes the water–diamond interface. Above what angle of incidence is it totally internally reflected?",
        None,
        "degree",
    ),
    (
        "Light travelling inside a diamond (n = 2.42) meets the diamond–air surface. What is the critical angle for total internal reflection, in degrees?",
        math.degrees(math.asin(1 / 2.42)),
        "degree",
    ),
    (
        "Light falls at normal incidence from air onto a glass of refractive index 1.52. What percentage of the light is transmitted into the glass at that surface?",
        100 * (1 - (0.52 / 2.52) ** 2),
        "percent",
    ),
    (
        "Light in water (n = 1.33) falls at normal incidence on a glass of refractive index 1.52. What percentage is reflected?",
        100 * ((1.52 - 1.33) / (1.52 + 1.33)) ** 2,
        "percent",
    ),
    (
        "Light falls at normal incidence from air onto a glass of refractive index 1.52. What fraction of the light is reflected?",
        (0.52 / 2.52) ** 2,
        "dimensionless",
    ),
    (
        "A ray in air strikes a flat glass surface (n = 1.60) at 35° to the normal. What angle does the refracted ray make with the glass surface, in degrees?",
        90 - math.degrees(math.asin(math.sin(math.radians(35)) / 1.60)),
        "degree",
    ),
    (
        "A ray in air strikes a flat glass surface (n = 1.60), making an angle of 35° with the surface. At what angle to the normal does it travel inside the glass?",
        math.degrees(math.asin(math.sin(math.radians(55)) / 1.60)),
        "degree",
    ),
    (
        "A tinted glass has an absorption coefficient of 0.35 cm⁻¹. Ignoring reflection, what percentage of the light entering a 5.0 cm thick block is absorbed?",
        100 * (1 - math.exp(-0.35 * 5.0)),
        "percent",
    ),
    (
        "Cadmium sulfide has a band gap of 2.42 eV. What is the highest photon frequency, in Hz, that CdS does not absorb by band-to-band excitation?",
        2.42 * e / h,
        "Hz",
    ),
    # magnetism
    (
        "A paramagnetic salt with volume susceptibility χ_m = 2.1 × 10⁻⁴ is placed in a field H = 5.0 × 10⁵ A/m. What is the flux density within it, in T?",
        MU0 * 5.0e5 * (1 + 2.1e-4),
        "T",
    ),
    (
        "A paramagnetic salt has a volume susceptibility χ_m = 2.1 × 10⁻⁴. What is its relative permeability?",
        1 + 2.1e-4,
        "dimensionless",
    ),
    (
        "The B–H loop of a transformer-core steel encloses 450 J/m³ per cycle. How much energy, in kJ, is lost by hysteresis in one hour in a 2.0 × 10⁻³ m³ core at 60 Hz?",
        450 * 2.0e-3 * 60 * 3600 / 1e3,
        "kJ",
    ),
    (
        "The B–H loop of a transformer-core steel encloses an energy of 450 J/m³ per cycle. What hysteresis power per cubic metre of core, in kW/m³, is dissipated at 50 Hz?",
        450 * 50 / 1e3,
        "kW/m**3",
    ),
    (
        "Each nickel atom contributes 0.60 Bohr magneton. With ρ = 8.90 g/cm³ and A = 58.69 g/mol, what is the saturation flux density μ₀M_s of nickel, in T?",
        MU0 * 0.60 * 9.2740100783e-24 * 8.90e6 / 58.69 * NA,
        "T",
    ),
    (
        "A paramagnetic salt obeys the Curie law with χ = 3.6 × 10⁻⁴ at 300 K. At what temperature, in K, is its susceptibility 1.8 × 10⁻³?",
        300 * 3.6e-4 / 1.8e-3,
        "K",
    ),
    # phase diagrams
    (
        "A copper–nickel alloy of 62 wt% Ni is held at 1 320 °C; the tie line meets the liquidus at 55 wt% Ni and the solidus at 67 wt% Ni. What percentage of the alloy, by mass, is liquid?",
        100 * (67 - 62) / (67 - 55),
        "percent",
    ),
    (
        "3.0 kg of a Cu–62 wt% Ni alloy is held where the liquid has 55 wt% Ni and the solid 67 wt% Ni. How many kilograms of solid are present?",
        3.0 * (62 - 55) / (67 - 55),
        "kg",
    ),
    (
        "A Cu–62 wt% Ni alloy is held at a temperature where the liquid contains 55 wt% Ni and the solid 67 wt% Ni. What is the mass ratio of solid to liquid?",
        (62 - 55) / (67 - 62),
        "dimensionless",
    ),
    (
        "A Cu–Ni alloy of 62 wt% Ni sits at a temperature where the tie line runs from 55 wt% Ni (liquid) to 67 wt% Ni (solid). Give the mass fraction of solid.",
        (62 - 55) / (67 - 55),
        "dimensionless",
    ),
    (
        "A tool steel of 1.15 wt% C is cooled slowly to just below the eutectoid temperature. What percentage of it, by mass, is pearlite? (Eutectoid 0.76 wt% C, cementite 6.70 wt% C.)",
        100 * (6.70 - 1.15) / (6.70 - 0.76),
        "percent",
    ),
    (
        "A tool steel of 1.15 wt% C is slowly cooled to just below 727 °C. With ferrite at 0.022 wt% C and cementite at 6.70 wt% C, what percentage of the steel is cementite in total?",
        100 * (1.15 - 0.022) / (6.70 - 0.022),
        "percent",
    ),
    (
        "How many grams of proeutectoid cementite form in 4.0 kg of a 1.15 wt% C steel slowly cooled to just below the eutectoid? Use 0.76 wt% C for the eutectoid and 6.70 wt% C for cementite.",
        4000 * (1.15 - 0.76) / (6.70 - 0.76),
        "g",
    ),
    (
        "A 0.45 wt% C steel is slowly cooled to just below the eutectoid temperature (eutectoid 0.76 wt% C, ferrite 0.022 wt% C). What mass fraction of the steel is pearlite?",
        (0.45 - 0.022) / (0.76 - 0.022),
        "dimensionless",
    ),
    (
        "A Pb–40 wt% Sn solder is cooled to just below 183 °C. α holds 18.3 wt% Sn, β 97.8 wt% Sn, and the eutectic is at 61.9 wt% Sn. What mass fraction of the alloy is primary α?",
        (61.9 - 40) / (61.9 - 18.3),
        "dimensionless",
    ),
    (
        "A Pb–40 wt% Sn solder is cooled to just below 183 °C, where α has 18.3 wt% Sn and β 97.8 wt% Sn. What mass fraction of the alloy is the β phase?",
        (40 - 18.3) / (97.8 - 18.3),
        "dimensionless",
    ),
    (
        "A two-phase alloy consists of 0.62 mass fraction α (ρ_α = 10.2 g/cm³), the rest being β (ρ_β = 7.35 g/cm³). What is the volume fraction of β?",
        (0.38 / 7.35) / (0.62 / 10.2 + 0.38 / 7.35),
        "dimensionless",
    ),
    (
        "An aluminium alloy contains 4.5 wt% Cu (A_Cu = 63.55, A_Al = 26.98 g/mol). What is the aluminium content in atom percent?",
        100 * (95.5 / 26.98) / (95.5 / 26.98 + 4.5 / 63.55),
        "percent",
    ),
    (
        "An Al–Cu alloy contains 1.96 at% Cu (A_Cu = 63.55, A_Al = 26.98 g/mol). What is its copper content in weight percent?",
        100 * 1.96 * 63.55 / (1.96 * 63.55 + 98.04 * 26.98),
        "percent",
    ),
    # polymers
    (
        "Size-exclusion chromatography of a polypropylene gives ranges with mid-points 12 000, 24 000, 36 000 and 48 000 g/mol; the number fractions are 0.15, 0.40, 0.30 and 0.15. Compute the weight-average molecular weight.",
        sum(
            x * m**2
            for x, m in zip([0.15, 0.40, 0.30, 0.15], [12e3, 24e3, 36e3, 48e3], strict=True)
        )
        / 29400,
        "g/mol",
    ),
    (
        "A polypropylene (repeat unit C₃H₆, 42.08 g/mol) has number fractions 0.15, 0.40, 0.30 and 0.15 in ranges with mid-points 12 000, 24 000, 36 000 and 48 000 g/mol. What is its number-average degree of polymerisation?",
        29400 / 42.08,
        "dimensionless",
    ),
    (
        "Totally crystalline polypropylene has a density of 0.946 g/cm³ and totally amorphous 0.855 g/cm³. A moulded part has a density of 0.904 g/cm³. What is its crystalline mass fraction (not in percent)?",
        0.946 * (0.904 - 0.855) / (0.904 * (0.946 - 0.855)),
        "dimensionless",
    ),
    (
        "Totally crystalline polypropylene has a density of 0.946 g/cm³ and totally amorphous 0.855 g/cm³. What density, in g/cm³, does a part with 70 % crystallinity (by mass) have?",
        1 / (0.70 / 0.946 + 0.30 / 0.855),
        "g/cm**3",
    ),
    (
        "Isotactic polypropylene is 0.946 g/cm³ when fully crystalline and 0.855 g/cm³ when fully amorphous. A part has a density of 0.904 g/cm³. What percentage of it, by mass, is amorphous?",
        100 - 100 * 0.946 * (0.904 - 0.855) / (0.904 * (0.946 - 0.855)),
        "percent",
    ),
    (
        "A poly(vinyl chloride) has a number-average degree of polymerisation of 1 360. What is its number-average molecular weight in g/mol? (Repeat unit C₂H₃Cl.)",
        1360 * (2 * 12.011 + 3 * 1.008 + 35.45),
        "g/mol",
    ),
    # composites and ceramics
    (
        "A metal-matrix composite has 45 vol% continuous aligned boron fibres (E = 400 GPa) in aluminium (E = 70 GPa). Loaded along the fibres, what percentage of the load does the matrix carry?",
        100 * 0.55 * 70 / (0.45 * 400 + 0.55 * 70),
        "percent",
    ),
    (
        "A metal-matrix composite has 45 vol% continuous aligned boron fibres (E = 400 GPa) in aluminium (E = 70 GPa). What is its modulus along the fibres in GPa?",
        0.45 * 400 + 0.55 * 70,
        "GPa",
    ),
    (
        "A metal-matrix composite has 45 vol% continuous aligned boron fibres (E = 400 GPa) in aluminium (E = 70 GPa). What is the ratio of the load carried by the fibres to that carried by the matrix, loaded along the fibres?",
        0.45 * 400 / (0.55 * 70),
        "dimensionless",
    ),
    (
        "A composite has 55 % aluminium matrix (E = 70 GPa) by volume, the rest continuous aligned boron fibres (E = 400 GPa). Estimate its modulus across the fibres, in GPa.",
        1 / (0.45 / 400 + 0.55 / 70),
        "GPa",
    ),
    (
        "Alumina bars follow a Weibull distribution P_s = exp[−(σ/σ₀)^m] with m = 10 and σ₀ = 300 MPa. What percentage of the bars fail under a proof stress of 250 MPa?",
        100 * (1 - math.exp(-((250 / 300) ** 10))),
        "percent",
    ),
    (
        "Alumina bars follow P_s = exp[−(σ/σ₀)^m] with m = 10 and σ₀ = 300 MPa. At what stress, in MPa, do 99 % of them survive?",
        300 * (-math.log(0.99)) ** 0.1,
        "MPa",
    ),
    (
        "E-glass fibres 10 µm in diameter with a tensile strength of 2 400 MPa are bonded to a matrix of interfacial shear strength 12 MPa. What is the critical aspect ratio l_c/d?",
        2400 / (2 * 12),
        "dimensionless",
    ),
    (
        "E-glass fibres of radius 5 µm and tensile strength 2 400 MPa sit in a matrix with an interfacial shear strength of 12 MPa. What is the critical fibre length, in mm?",
        2400 * 10e-3 / (2 * 12),
        "mm",
    ),
    (
        "A fired clay brick has a bulk density of 2.10 g/cm³; its solid material has a true density of 2.65 g/cm³. What fraction of the brick's volume is solid?",
        2.10 / 2.65,
        "dimensionless",
    ),
    # corrosion and electrochemistry
    (
        "A nickel component corrodes uniformly (Ni → Ni²⁺) at a corrosion current density of 3.2 µA/cm². Ni: 58.69 g/mol. What mass of nickel is lost per square centimetre per year, in mg?",
        3.2e-6 * 365.25 * 86400 * 58.69 / (2 * F) * 1e3,
        "mg",
    ),
    (
        "A buried steel pipe discharges a steady corrosion current of 0.25 A, iron dissolving as Fe²⁺ (55.85 g/mol). How many kilograms of iron are lost in six months?",
        0.25 * 0.5 * 365.25 * 86400 * 55.85 / (2 * F) / 1e3,
        "kg",
    ),
    (
        "A buried steel pipe discharges a steady corrosion current of 0.25 A, iron dissolving as Fe³⁺ (55.85 g/mol). How many kilograms of iron are lost in one year?",
        0.25 * 365.25 * 86400 * 55.85 / (3 * F) / 1e3,
        "kg",
    ),
    (
        "A steel pipe loses iron as Fe²⁺ (55.85 g/mol) at a steady corrosion current of 0.25 A. How many days does it take to lose 1.0 kg of iron?",
        1000 / 55.85 * 2 * F / 0.25 / 86400,
        "day",
    ),
    (
        "A nickel electrode dips into 0.40 mol/L Ni²⁺ at 25 °C; E°(Ni²⁺/Ni) = −0.250 V. What is the electrode potential versus SHE, in V?",
        -0.250 + R * 298.15 / (2 * F) * math.log(0.40),
        "V",
    ),
    (
        "What is the potential, in V vs SHE, of a nickel electrode in a 0.040 M Ni²⁺ solution at 80 °C? E°(Ni²⁺/Ni) = −0.250 V.",
        -0.250 + R * 353.15 / (2 * F) * math.log(0.040),
        "V",
    ),
    (
        "A galvanic cell at 25 °C has a zinc electrode in 0.20 M Zn²⁺ and an iron electrode in 0.0050 M Fe²⁺; E° are −0.763 V (Zn) and −0.440 V (Fe). What is the standard cell voltage, in V?",
        0.763 - 0.440,
        "V",
    ),
    (
        "A galvanic cell at 25 °C is made of zinc in 0.0050 M Zn²⁺ and iron in 0.20 M Fe²⁺. E°(Zn²⁺/Zn) = −0.763 V and E°(Fe²⁺/Fe) = −0.440 V. Compute the cell voltage.",
        0.323 - R * 298.15 / (2 * F) * math.log(0.0050 / 0.20),
        "V",
    ),
    (
        "A galvanised tank loses zinc (Zn → Zn²⁺) at an average corrosion current of 2.8 A. How many moles of zinc dissolve in 24 h?",
        2.8 * 86400 / (2 * F),
        "mol",
    ),
    (
        "A mild-steel coupon of exposed area 150 cm² loses 2.6 g in half a year in sea water; ρ = 7.87 g/cm³. What is the corrosion penetration rate in mm per year?",
        2.6 / 7.87 / 150 * 10 / 0.5,
        "mm/year",
    ),
    # thermodynamics
    (
        "The vapour pressure of a liquid metal is 2.5 kPa at 700 K and its enthalpy of vaporisation is 96 kJ/mol. At what temperature, in K, does the vapour pressure reach 10 kPa?",
        1 / (1 / 700 - R * math.log(10 / 2.5) / 96000),
        "K",
    ),
    (
        "The vapour pressure of a liquid metal is 2.5 kPa at 700 K and its enthalpy of vaporisation is 96 kJ/mol. By what factor is the vapour pressure at 800 K larger than at 700 K?",
        math.exp(96000 / R * (1 / 700 - 1 / 800)),
        "dimensionless",
    ),
    (
        "Two metals form an ideal solution. What is the molar entropy of mixing, in J/(mol·K), of an alloy with x_B = 0.25 at 1050 K?",
        -R * (0.25 * math.log(0.25) + 0.75 * math.log(0.75)),
        "J/(mol*K)",
    ),
    (
        "Two metals A and B form an ideal solution; the alloy has x_A = 0.75. What is its molar Gibbs energy of mixing at 1050 K, in kJ/mol?",
        R * 1050 * (0.25 * math.log(0.25) + 0.75 * math.log(0.75)) / 1e3,
        "kJ/mol",
    ),
    (
        "A and B form a regular solution with Ω = 10 kJ/mol. What is the molar Gibbs energy of mixing, in kJ/mol, at x_B = 0.25 and 1050 K?",
        (10000 * 0.25 * 0.75 + R * 1050 * (0.25 * math.log(0.25) + 0.75 * math.log(0.75))) / 1e3,
        "kJ/mol",
    ),
    (
        "For a reaction ΔH = −45 kJ/mol and ΔS = −32 J/(mol·K), both independent of temperature. What is ΔG at 1000 K, in kJ/mol?",
        -45 + 1000 * 0.032,
        "kJ/mol",
    ),
    (
        "The standard Gibbs energy change of a gas–metal reaction is −45 kJ/mol at 1200 K. What is the equilibrium constant of the reverse reaction at that temperature?",
        math.exp(-45000 / (R * 1200)),
        "dimensionless",
    ),
    # written while grouping the wrong answers above into classes
    (
        "The vacancy formation energy of a metal is 1.10 eV. How many times smaller is its vacancy concentration at 500 °C than at 700 °C?",
        _vac(1.10, 973.15) / _vac(1.10, 773.15),
        "dimensionless",
    ),
    (
        "Carbon diffuses in iron with Q = 80 kJ/mol. By what factor is D reduced when the temperature drops from 900 K to 800 K?",
        math.exp(-80000 / (R * 900)) / math.exp(-80000 / (R * 800)),
        "dimensionless",
    ),
    (
        "Q for copper self-diffusion is 211 kJ/mol. By how many times does D increase from 850 °C to 950 °C?",
        _arr(1, 211000, 1223.15) / _arr(1, 211000, 1123.15),
        "dimensionless",
    ),
    (
        "Water has n = 1.33 and a glass n = 1.50. Light passes from the water into the glass. What is the critical angle for total internal reflection, in degrees?",
        None,
        "degree",
    ),
    (
        "An optical fibre has a core of index 1.48 and a cladding of index 1.46. Light travelling in the cladding meets the core. What is the critical angle for total internal reflection, in degrees?",
        None,
        "degree",
    ),
    (
        "An optical fibre has a core of index 1.48 and a cladding of index 1.46. Light travelling in the core meets the cladding. What is the critical angle for total internal reflection, in degrees?",
        math.degrees(math.asin(1.46 / 1.48)),
        "degree",
    ),
    (
        "A ray in air meets a glass plate (n = 1.50) at 40° to the normal. What is the angle between the refracted ray and the glass surface, in degrees?",
        90 - math.degrees(math.asin(math.sin(math.radians(40)) / 1.50)),
        "degree",
    ),
    (
        "Crown glass has n = 1.50. What is the critical angle for light inside it at a glass–air surface, measured from the surface, in degrees?",
        90 - math.degrees(math.asin(1 / 1.50)),
        "degree",
    ),
    (
        "A recrystallisation obeys the Avrami equation with n = 2 and is 30 % complete after 100 min. How many minutes does it take to reach half recrystallisation?",
        100 * (math.log(2) / -math.log(0.70)) ** 0.5,
        "minute",
    ),
    (
        "An Avrami transformation (n = 2.5) is half complete after 40 s. How long, in s, until it is 15 % complete?",
        40 * (math.log(0.85) / math.log(0.5)) ** (1 / 2.5),
        "s",
    ),
    (
        "A steel has an endurance limit of 300 MPa and a tensile strength of 900 MPa. Using Goodman, what is the maximum allowable stress amplitude at a mean stress of 200 MPa?",
        300 * (1 - 200 / 900),
        "MPa",
    ),
    (
        "A steel has an endurance limit of 300 MPa and a yield strength of 600 MPa. By Soderberg, what allowable maximum stress σ_max applies at a mean stress of 200 MPa, in MPa?",
        200 + 300 * (1 - 200 / 600),
        "MPa",
    ),
    # batch 5: set F and G neighbours, other askings
    (
        "A photomicrograph of a brass taken at 100× shows 45 grains per square inch. What is the mean number of grains per square inch at 100× for ASTM grain size number 7?",
        2 ** (7 - 1),
        "1/inch**2",
    ),
    (
        "A steel has an ASTM grain size number of 7. How many grains per square inch appear on a micrograph taken at 100×?",
        2**6,
        "1/inch**2",
    ),
    (
        "A micrograph of a brass taken at a magnification of 200× shows 45 grains per square inch. What is the ASTM grain size number?",
        1 + math.log2(45 * (200 / 100) ** 2),
        "dimensionless",
    ),
    (
        "Titanium (A = 47.87 g/mol, ρ = 4.51 g/cm³) oxidises to TiO₂ (M = 79.87 g/mol, ρ = 4.23 g/cm³). What volume of oxide, in cm³, forms per cm³ of titanium consumed?",
        79.87 * 4.51 / (47.87 * 4.23),
        "dimensionless",
    ),
    (
        "A coil of 400 turns wound uniformly over 0.25 m carries 1.5 A. What is the magnetic field strength H inside it, in A/m?",
        400 * 1.5 / 0.25,
        "A/m",
    ),
    (
        "A coil of 400 turns wound over a length of 0.25 m carries 1.5 A; a core of relative permeability 300 fills it. What is the magnetisation of the core, in A/m?",
        299 * 400 * 1.5 / 0.25,
        "A/m",
    ),
    (
        "A coil of 400 turns, 0.25 m long, carries 1.5 A with no core (vacuum inside). What flux density does it produce, in mT?",
        MU0 * 400 * 1.5 / 0.25 * 1e3,
        "mT",
    ),
    (
        "Lead becomes superconducting below 7.19 K, and its critical field at 0 K is 6.5 × 10⁴ A/m. Up to what temperature, in K, does it stay superconducting in a field of 3.0 × 10⁴ A/m?",
        7.19 * math.sqrt(1 - 3.0 / 6.5),
        "K",
    ),
    (
        "Using the WLF equation with C₁ = 17.44 and C₂ = 51.6 K, what is log₁₀ of the shift factor at 120 °C for a polymer with T_g = 100 °C?",
        -17.44 * 20 / (51.6 + 20),
        "dimensionless",
    ),
    (
        "A rubber band held at constant strain relaxes from 8.0 MPa to 5.5 MPa in 60 s, the stress decaying as σ₀ exp(−t/τ). What is the relaxation time τ, in s?",
        60 / math.log(8.0 / 5.5),
        "s",
    ),
    (
        "A rubber band held at constant strain relaxes from 8.0 MPa to 5.5 MPa in 60 s (σ = σ₀ exp(−t/τ)). By how much, in MPa, does the stress fall between 60 s and 150 s?",
        5.5 - 8.0 * (5.5 / 8.0) ** 2.5,
        "MPa",
    ),
    (
        "The mean grain diameter of a brass grows from 12 µm to 28 µm in 45 min, following d² − d₀² = Kt. What is K, in µm²/min?",
        (28**2 - 12**2) / 45,
        "micrometer**2/minute",
    ),
    (
        "The grain diameter of a brass grows from 12 µm to 28 µm in 45 min (d² − d₀² = Kt). How much further, in µm, does it grow in the next 45 min?",
        math.sqrt(12**2 + 2 * (28**2 - 12**2)) - 28,
        "micrometer",
    ),
    (
        "The martensite start temperature of a steel is 350 °C. With the Koistinen–Marburger relation (α = 0.011 K⁻¹), what fraction of the austenite remains untransformed after quenching to 150 °C?",
        math.exp(-0.011 * 200),
        "dimensionless",
    ),
    (
        "Zinc boils at 907 °C under 1 atm and its enthalpy of vaporisation is 115 kJ/mol. At what temperature, in °C, is its vapour pressure 10 kPa?",
        1 / (1 / 1180.15 - R * math.log(10 / 101.325) / 115000) - 273.15,
        "degC",
    ),
    (
        "Grey tin transforms to white tin at 13 °C with an enthalpy of transformation of 2.09 kJ/mol. What is the entropy of transformation per gram, in J/(g·K)? (Sn: 118.71 g/mol)",
        2090 / 286.15 / 118.71,
        "J/(g*K)",
    ),
    (
        "A copper strip 0.5 mm thick carries 20 A in a perpendicular field of 1.5 T; n = 8.5 × 10²⁸ m⁻³. If the strip were twice as thick, what Hall voltage would appear, in µV?",
        20 * 1.5 / (8.5e28 * e * 1.0e-3) * 1e6,
        "microvolt",
    ),
    (
        "A copper strip 1.0 mm thick carries 20 A in a perpendicular field of 1.5 T; copper has 8.5 × 10²⁸ free electrons per m³. What is its Hall coefficient, in m³/C (magnitude)?",
        1 / (8.5e28 * e),
        "m**3/C",
    ),
    (
        "On the demagnetisation curve of a magnet the maximum energy product lies at B = 0.6 T and H = −400 kA/m. What is (BH)max in MGOe?",
        0.6 * 400e3 / 1e3,
        "kJ/m**3",
    ),
    (
        "Hydrogen evolution on zinc has i₀ = 10⁻¹⁰ A/cm² and a Tafel slope of 0.10 V per decade. At what current density, in A/cm², is the activation overvoltage 0.40 V in magnitude?",
        1e-10 * 10**4,
        "A/cm**2",
    ),
    (
        "A 5.0 kg zinc anode delivers an average current of 0.35 A (Zn → Zn²⁺, 65.38 g/mol). If the current were doubled, how many days would it last?",
        5000 / 65.38 * 2 * F / 0.70 / 86400,
        "day",
    ),
    (
        "Zinc corrodes in acid with a corrosion current of 0.8 A; the cathodic reaction is 2H⁺ + 2e⁻ → H₂. How many moles of hydrogen gas are evolved in 2 hours?",
        0.8 * 7200 / (2 * F),
        "mol",
    ),
    (
        "What is the equilibrium potential of the hydrogen electrode (2H⁺ + 2e⁻ → H₂) at 25 °C in a solution of pH 4.0 with p_H₂ = 0.10 atm, in V vs SHE?",
        -0.05916 * 4.0 - R * 298.15 / (2 * F) * math.log(0.10),
        "V",
    ),
    (
        "Small bars of a silicon carbide (Weibull modulus m = 8) have a median strength of 350 MPa. What median strength, in MPa, do specimens with one tenth of the stressed volume have?",
        350 * 10 ** (1 / 8),
        "MPa",
    ),
    (
        "Magnesium oxide has the rock-salt structure with a = 0.4213 nm (A_Mg = 24.305, A_O = 15.999 g/mol). What is the mass of one unit cell, in g?",
        4 * (24.305 + 15.999) / NA,
        "g",
    ),
    (
        "Magnesium oxide has the rock-salt structure with lattice parameter 0.4213 nm. How many Mg²⁺ ions are there per cm³?",
        4 / (0.4213e-7) ** 3,
        "1/cm**3",
    ),
    (
        "A two-phase alloy is 0.62 mass fraction α (ρ_α = 10.2 g/cm³), the rest β (ρ_β = 7.35 g/cm³). What is the alloy's density in g/cm³?",
        1 / (0.62 / 10.2 + 0.38 / 7.35),
        "g/cm**3",
    ),
    (
        "Aluminium (FCC, a = 4.0495 Å) is examined with Mo Kα radiation (λ = 0.7093 Å). At what Bragg angle θ is the 311 reflection found, in degrees?",
        math.degrees(math.asin(0.7093 / (2 * 4.0495 / math.sqrt(11)))),
        "degree",
    ),
    (
        "Aluminium (FCC) is examined with Mo Kα radiation (λ = 0.7093 Å) and its 311 reflection appears at 2θ = 33.77°. What is the lattice parameter, in Å?",
        0.7093 / (2 * math.sin(math.radians(33.77 / 2))) * math.sqrt(11),
        "angstrom",
    ),
    (
        "Magnesium is HCP with a = 0.3209 nm and c = 0.5211 nm. What is the volume of the hexagonal unit cell (six atoms), in nm³?",
        3 * math.sqrt(3) / 2 * 0.3209**2 * 0.5211,
        "nm**3",
    ),
    (
        "Nickel is FCC with a = 352.4 pm. How many atoms are there per mm² of a (110) plane?",
        2 / (352.4e-9**2 * math.sqrt(2)),
        "1/mm**2",
    ),
    (
        "The first peak in the powder pattern of an FCC metal, recorded with λ = 1.5418 Å, is at 2θ = 43.30°. What is the spacing of the diffracting planes, in Å?",
        1.5418 / (2 * math.sin(math.radians(21.65))),
        "angstrom",
    ),
    (
        "The first peak in the powder pattern of a BCC metal, recorded with λ = 1.5418 Å, lies at 2θ = 43.30°. What is the lattice parameter, in Å?",
        1.5418 / (2 * math.sin(math.radians(21.65))) * math.sqrt(2),
        "angstrom",
    ),
    (
        "Heating a crystal from 500 °C to 700 °C raises its equilibrium vacancy concentration by a factor of 1 500. What is the vacancy formation energy, in kJ/mol?",
        R * math.log(1500) / (1 / 773.15 - 1 / 973.15) / 1e3,
        "kJ/mol",
    ),
    (
        "Cooling a crystal from 700 °C to 500 °C lowers its equilibrium vacancy concentration by a factor of 1 500. Estimate the vacancy formation energy in eV.",
        k * math.log(1500) / (1 / 773.15 - 1 / 973.15),
        "eV",
    ),
    (
        "A shaft is cycled between a maximum stress of +280 MPa and a minimum stress of −90 MPa. What is the mean stress in MPa?",
        (280 - 90) / 2,
        "MPa",
    ),
    (
        "A shaft is cycled between a maximum stress of +280 MPa and a minimum stress of −90 MPa. What is the stress range in MPa?",
        370,
        "MPa",
    ),
    (
        "A shaft is cycled between −90 MPa and +280 MPa. Compute the stress ratio R = σ_min/σ_max.",
        -90 / 280,
        "dimensionless",
    ),
    (
        "A shaft is cycled between a maximum stress of +280 MPa and a minimum stress of −90 MPa. Compute the amplitude ratio A = σ_a/σ_m.",
        185 / 95,
        "dimensionless",
    ),
    (
        "A brass rod of 12 mm diameter is pulled elastically by 8 kN; E = 97 GPa and ν = 0.34. What is the lateral strain (magnitude)?",
        0.34 * 8000 / (PI * 36) / 97e3,
        "dimensionless",
    ),
    (
        "A brass rod of 12 mm diameter is pulled elastically by 8 kN; E = 97 GPa and ν = 0.34. What is the rod's final diameter, in mm?",
        12 - 12 * 0.34 * 8000 / (PI * 36) / 97e3,
        "mm",
    ),
    (
        "A brass rod of 6 mm radius is pulled elastically by an axial force of 8 kN. With E = 97 GPa and ν = 0.34, by how many µm does the diameter decrease?",
        12e3 * 0.34 * 8000 / (PI * 36) / 97e3,
        "micrometer",
    ),
    (
        "In a tensile test an engineering stress of 420 MPa corresponds to an engineering strain of 18 %, before necking. What is the true stress, in MPa?",
        420 * 1.18,
        "MPa",
    ),
    (
        "A copper wire 15 m long and 1.2 mm in diameter carries 4 A; ρ = 1.72 × 10⁻⁸ Ω·m. What power is dissipated in it, in W?",
        16 * 1.72e-8 * 15 / (PI * 0.6e-3**2),
        "W",
    ),
    (
        "A copper wire 15 m long and 1.2 mm in diameter carries a current of 4 A; ρ = 1.72 × 10⁻⁸ Ω·m. What is the current density in A/mm²?",
        4 / (PI * 0.36),
        "A/mm**2",
    ),
    (
        "Silicon is doped with 5 × 10²² phosphorus atoms per m³, all ionised; μ_e = 0.13 m²/(V·s). What is its conductivity in S/cm?",
        5e22 * e * 0.13 / 100,
        "S/cm",
    ),
    (
        "Silicon is doped with 5 × 10¹⁶ phosphorus atoms per cm³, all ionised; the electron mobility is 1300 cm²/(V·s). What is the resistivity in Ω·m?",
        1 / (5e22 * e * 0.13),
        "ohm*m",
    ),
    (
        "A parallel-plate capacitor has plates of area 3.2 cm² separated by 0.25 mm of a ceramic with ε_r = 25. What is its capacitance, in pF, if the gap is halved to 0.125 mm?",
        25 * 8.8541878128e-12 * 3.2e-4 / 0.125e-3 * 1e12,
        "pF",
    ),
    (
        "An iron–cobalt alloy has 2.4 Bohr magnetons per atom, a density of 8.12 g/cm³ and a mean atomic weight of 57.3 g/mol. What is its saturation magnetisation, in A/m?",
        2.4 * 9.2740100783e-24 * 8.12e6 / 57.3 * NA,
        "A/m",
    ),
    (
        "Sapphire has a refractive index of 1.77. What is the wavelength inside sapphire of light whose vacuum wavelength is 600 nm, in nm?",
        600 / 1.77,
        "nm",
    ),
    (
        "A Nd:YAG laser emits at 1 064 nm. What is the energy of one photon, in J?",
        h * c / 1064e-9,
        "J",
    ),
    (
        "A Nd:YAG laser emits at 1 064 nm. What is the photon frequency in Hz?",
        c / 1064e-9,
        "Hz",
    ),
    (
        "A plate of glass 15 mm thick has n = 1.52 and β = 0.03 mm⁻¹. Ignoring reflection losses, what percentage of the light entering it is transmitted?",
        100 * math.exp(-0.03 * 15),
        "percent",
    ),
    (
        "The refractive index of diamond is 2.42. What percentage of light striking a polished diamond face at normal incidence is transmitted through that face?",
        100 * (1 - (1.42 / 3.42) ** 2),
        "percent",
    ),
    (
        "A steel rail is 12 m long at −10 °C; α = 12 × 10⁻⁶ per °C. How much longer is it at 40 °F, in mm?",
        12e3 * 12e-6 * ((40 - 32) / 1.8 + 10),
        "mm",
    ),
    (
        "How much energy, in kJ, is needed to heat a 5.0 kg copper busbar by 280 °C? Take c_p = 385 J/(kg·K).",
        5.0 * 385 * 280 / 1e3,
        "kJ",
    ),
    (
        "A 5.0 kg copper busbar (c_p = 0.385 J/(g·K)) absorbs 539 kJ starting at 20 °C. What is its final temperature, in °C?",
        20 + 539e3 / (5000 * 0.385),
        "degC",
    ),
    (
        "A furnace wall of firebrick (k = 1.1 W/(m·K)) is 0.23 m thick and 2.5 m² in area, with faces at 950 °C and 50 °C. How much heat does it lose in a day, in MJ?",
        1.1 * 900 / 0.23 * 2.5 * 86400 / 1e6,
        "MJ",
    ),
    (
        "A furnace wall of firebrick (k = 1.1 W/(m·K)), 2.5 m² in area, has faces at 950 °C and 50 °C. If the wall were twice as thick as its present 0.23 m, what heat loss would it have, in kW?",
        1.1 * 900 / 0.46 * 2.5 / 1e3,
        "kW",
    ),
    (
        "The molar heat capacity of a crystalline solid is 0.28 J/(mol·K) at 12 K, well below its Debye temperature. Estimate its Debye temperature in K.",
        (12 * PI**4 / 5 * R / 0.28) ** (1 / 3) * 12,
        "K",
    ),
    (
        "A steel ingot surface of 0.05 m² with emissivity 0.8 is at 1 000 °C. What power per unit area does it emit, in kW/m²?",
        0.8 * SIGMA * 1273.15**4 / 1e3,
        "kW/m**2",
    ),
    (
        "A poly(vinyl chloride) has a number-average degree of polymerisation of 1 360. What is its number-average molecular weight in kg/mol?",
        1360 * (2 * 12.011 + 3 * 1.008 + 35.45) / 1e3,
        "kg/mol",
    ),
    (
        "A linear polyethylene of 280 000 g/mol has C–C bonds of 0.154 nm. Treating it as a random walk of backbone bonds, what is the fully extended (contour) length of the chain, in nm?",
        2 * 280000 / 28.054 * 0.154,
        "nm",
    ),
    (
        "A unidirectional carbon/epoxy lamina has 55 vol% fibres (E = 230 GPa) in epoxy (E = 3.5 GPa). What is its longitudinal modulus, in GPa?",
        0.55 * 230 + 0.45 * 3.5,
        "GPa",
    ),
    (
        "A glass-fibre polyester has E_f = 72.5 GPa, E_m = 2.4 GPa and 35 vol% aligned fibres, loaded along the fibres. What is the ratio of the stress in the fibres to that in the matrix?",
        72.5 / 2.4,
        "dimensionless",
    ),
    (
        "Fully dense alumina has E = 393 GPa. Using E = E0(1 − 1.9P + 0.9P²), what porosity (in %) lowers the modulus to 300 GPa?",
        100 * (1.9 - math.sqrt(1.9**2 - 4 * 0.9 * (1 - 300 / 393))) / (2 * 0.9),
        "percent",
    ),
    (
        "A galvanised tank loses zinc (Zn → Zn²⁺, 65.38 g/mol) at 2.8 A. What mass of zinc dissolves in a week, in kg?",
        2.8 * 7 * 86400 * 65.38 / (2 * F) / 1e3,
        "kg",
    ),
    (
        "A mild-steel coupon of 150 cm² loses 2.6 g after 180 days in sea water; ρ = 7.87 g/cm³. What is the mass-loss rate in mg/(dm²·day) (mdd)?",
        2600 / 1.5 / 180,
        "mg/dm**2/day",
    ),
    (
        "Iron (ρ = 7.87 g/cm³, M = 55.85 g/mol) corrodes uniformly to Fe³⁺ at a penetration rate of 0.12 mm per year. What corrosion current density, in µA/cm², does this correspond to?",
        0.012 * 7.87 / 55.85 * 3 * F / (365.25 * 86400) * 1e6,
        "microampere/cm**2",
    ),
    # batch 6: asked first, givens listed, conditions that change the relation
    (
        "Find the diffusion coefficient at 1 050 °C. Data: carbon in austenite, D₀ = 2.3 × 10⁻⁵ m²/s, Q_d = 148 kJ/mol.",
        _arr(2.3e-5, 148000, 1323.15),
        "m**2/s",
    ),
    (
        "Carbon in austenite: D₀ = 2.3 × 10⁻⁵ m²/s, Q_d = 148 kJ/mol. At 1 050 °C, how long, in hours, does it take for √(Dt) to reach 1.0 mm?",
        (1.0e-3) ** 2 / _arr(2.3e-5, 148000, 1323.15) / 3600,
        "hour",
    ),
    (
        "For carbon in austenite D₀ = 2.3 × 10⁻⁵ m²/s and Q = 148 kJ/mol. What is the diffusion coefficient at 1 050 °C when the activation energy is halved?",
        None,
        "m**2/s",
    ),
    (
        "Zinc diffuses into copper with D = 4.5 × 10⁻¹⁴ m²/s. Taking the diffusion distance as √(Dt), how long, in minutes, does it take to penetrate 9 µm?",
        (9e-6) ** 2 / 4.5e-14 / 60,
        "minute",
    ),
    (
        "Zinc diffuses into copper with D = 4.5 × 10⁻¹⁴ m²/s. Taking the diffusion distance as √(Dt), how far (in µm) does zinc penetrate during a 2 h anneal?",
        math.sqrt(4.5e-14 * 7200) * 1e6,
        "micrometer",
    ),
    (
        "Zinc diffuses into copper with D = 4.5 × 10⁻¹⁴ m²/s. Taking the diffusion distance as √(Dt), what anneal time gives twice the 9 µm penetration of a 30 min anneal, in minutes?",
        120,
        "minute",
    ),
    (
        "What is the interplanar spacing of the (110) planes of α-iron (BCC, a = 0.2866 nm), in nm?",
        0.2866 / math.sqrt(2),
        "nm",
    ),
    (
        "α-iron is BCC with a lattice parameter of 0.2866 nm. What is the distance between adjacent (220) planes, in Å?",
        2.866 / math.sqrt(8),
        "angstrom",
    ),
    (
        "α-iron is BCC with a = 0.2866 nm. What is its atomic radius, in nm?",
        math.sqrt(3) * 0.2866 / 4,
        "nm",
    ),
    (
        "α-iron is BCC with a = 0.2866 nm. What is the nearest-neighbour distance between iron atoms, in nm?",
        math.sqrt(3) * 0.2866 / 2,
        "nm",
    ),
    (
        "Chromium has the BCC crystal structure, an atomic radius of 0.1249 nm and an atomic weight of 52.00 g/mol. What is the volume of its unit cell, in nm³?",
        (4 * 0.1249 / math.sqrt(3)) ** 3,
        "nm**3",
    ),
    (
        "Chromium (BCC, R = 0.1249 nm, A = 52.00 g/mol): what is its theoretical density in kg/m³?",
        2 * 52.00 / NA / (4 * 0.1249e-7 / math.sqrt(3)) ** 3 * 1000,
        "kg/m**3",
    ),
    (
        "Chromium has an atomic radius of 0.1249 nm and an atomic weight of 52.00 g/mol. Compute its theoretical density in g/cm³ assuming it were FCC.",
        4 * 52.00 / NA / (4 * 0.1249e-7 / math.sqrt(2)) ** 3,
        "g/cm**3",
    ),
    (
        "The energy for vacancy formation in copper is 0.90 eV/atom. What fraction of the atom sites are occupied (not vacant) at 1 000 °C?",
        1 - _vac(0.90, 1273.15),
        "dimensionless",
    ),
    (
        "The energy for vacancy formation in copper is 0.90 eV/atom. How many atom sites are there, on average, per vacancy at 1 000 °C?",
        1 / _vac(0.90, 1273.15),
        "dimensionless",
    ),
    (
        "Calculate the number of vacancies per cubic centimetre in gold at 900 °C. The energy for vacancy formation is 0.98 eV/atom; ρ = 19.32 g/cm³ and A = 196.97 g/mol.",
        19.32 / 196.97 * NA * _vac(0.98, 1173.15),
        "1/cm**3",
    ),
    (
        "Gold (ρ = 19.32 g/cm³, A = 196.97 g/mol) has a vacancy formation energy of 0.98 eV/atom. How many atoms per cubic metre does it have?",
        19.32e6 / 196.97 * NA,
        "1/m**3",
    ),
    (
        "A metal has a vacancy-formation energy of 1.05 eV. At what temperature, in °C, does the equilibrium fraction of vacant sites reach 1.0 × 10⁻⁵?",
        1.05 / (k * math.log(1e5)) - 273.15,
        "degC",
    ),
    (
        "A steel rod 250 mm long and 10 mm in diameter carries a tensile load of 15 000 N; E = 207 GPa. What is its length under load, in mm (final length)?",
        250 + 250 * 15000 / (PI * 25) / 207e3,
        "mm",
    ),
    (
        "A steel rod 250 mm long and 10 mm in diameter carries 15 000 N in compression; E = 207 GPa. By how much does it shorten, in mm?",
        250 * 15000 / (PI * 25) / 207e3,
        "mm",
    ),
    (
        "A steel rod 250 mm long and 10 mm in diameter carries 15 000 N; E = 207 GPa. What elastic strain energy per unit volume is stored, in kJ/m³?",
        (15000 / (PI * 25e-6)) ** 2 / (2 * 207e9) / 1e3,
        "kJ/m**3",
    ),
    (
        "A steel rod of 10 mm diameter, 250 mm long, carries a 15 000 N tensile load; the yield strength is 250 MPa and E = 207 GPa. What is the factor of safety against yielding?",
        250 / (15000 / (PI * 25)),
        "dimensionless",
    ),
    (
        "A spring steel has a yield strength of 1 380 MPa and a modulus of 205 GPa. What is its modulus of resilience in psi (lbf/in²)?",
        1380e6**2 / (2 * 205e9) / 6894.757,
        "psi",
    ),
    (
        "A spring steel has a yield strength of 1 380 MPa and an elastic modulus of 205 GPa. How much elastic energy, in J, can 10 cm³ of it store without yielding?",
        1380e6**2 / (2 * 205e9) * 10e-6,
        "J",
    ),
    (
        "A quenched and tempered steel has a Brinell hardness of 250 HB. Using the usual correlation for steels, estimate its tensile strength in ksi.",
        3.45 * 250,
        "MPa",
    ),
    (
        "A Cu–35 wt% Ni alloy is held at 1250 °C, where the liquid contains 32 wt% Ni and the α phase 43 wt% Ni. What percentage of the alloy's nickel is in the α phase?",
        100 * 43 * (35 - 32) / 11 / 35,
        "percent",
    ),
    (
        "A Cu–35 wt% Ni alloy is held at 1250 °C; the liquid has 32 wt% Ni and α has 43 wt% Ni. What is the copper content of the liquid, in wt%?",
        68,
        "percent",
    ),
    (
        "A 2.5 kg block of 1.10 wt% C steel is slowly cooled to just below 727 °C. How many grams of pearlite form? Use 0.76 wt% C for the eutectoid and 6.70 wt% C for Fe₃C.",
        2500 * (6.70 - 1.10) / (6.70 - 0.76),
        "g",
    ),
    (
        "A 2.5 kg block of a 1.10 wt% C steel is slowly cooled to just below 727 °C. How many grams of ferrite are present in total? Ferrite holds 0.022 wt% C and Fe₃C 6.70 wt% C.",
        2500 * (6.70 - 1.10) / (6.70 - 0.022),
        "g",
    ),
    (
        "For an iron–carbon alloy of 0.45 wt% C cooled slowly to just below the eutectoid, what percentage is proeutectoid ferrite? (Eutectoid 0.76 wt% C; ferrite 0.022 wt% C.)",
        100 * (0.76 - 0.45) / (0.76 - 0.022),
        "percent",
    ),
    (
        "An iron–carbon alloy of 0.45 wt% C is cooled slowly to 800 °C, above the eutectoid, where ferrite holds 0.02 wt% C and austenite 0.60 wt% C. What mass fraction is austenite?",
        (0.45 - 0.02) / (0.60 - 0.02),
        "dimensionless",
    ),
    (
        "A Pb–40 wt% Sn solder is cooled to just below 183 °C (α 18.3 wt% Sn, β 97.8 wt% Sn, eutectic 61.9 wt% Sn). What mass fraction of the alloy is α in total?",
        (97.8 - 40) / (97.8 - 18.3),
        "dimensionless",
    ),
    (
        "A Pb–40 wt% Sn solder is cooled to just below 183 °C (α 18.3 wt% Sn, β 97.8 wt% Sn, eutectic 61.9 wt% Sn). How many grams of eutectic microconstituent form in 500 g?",
        500 * (40 - 18.3) / (61.9 - 18.3),
        "g",
    ),
    (
        "A Pb–40 wt% Sn solder is held at 250 °C, where it is fully liquid. The eutectic is at 61.9 wt% Sn. What mass fraction of it is eutectic microconstituent?",
        None,
        "dimensionless",
    ),
    (
        "In a binary system at constant pressure, how many degrees of freedom are there where three phases coexist?",
        0,
        "dimensionless",
    ),
    (
        "In a binary system whose pressure is free to vary, how many degrees of freedom remain where two phases coexist?",
        2,
        "dimensionless",
    ),
    (
        "Silver has a Debye temperature of 225 K. Using the Debye T³ law, at what temperature, in K, is its molar heat capacity 1.0 J/(mol·K)?",
        225 * (1.0 / (12 * PI**4 / 5 * R)) ** (1 / 3),
        "K",
    ),
    (
        "Copper (k = 398 W/(m·K), ρ = 8 940 kg/m³, c = 385 J/(kg·K)): what is its volumetric heat capacity in MJ/(m³·K)?",
        8940 * 385 / 1e6,
        "MJ/(m**3*K)",
    ),
    (
        "The two faces of an 8 mm steel plate are at 150 °C and 40 °C with k = 51.9 W/(m·K). What is the temperature gradient in the plate, in K/mm?",
        110 / 8,
        "K/mm",
    ),
    (
        "The two faces of a steel plate 8 mm thick are held at 150 °C and 40 °C; k = 51.9 W/(m·K). What is the temperature at its mid-plane, in °C?",
        95,
        "degC",
    ),
    (
        "A glass rod rigidly restrained at both ends has a fracture strength of 70 MPa, E = 69 GPa and α = 9.0 × 10⁻⁶ K⁻¹. It is restrained at 20 °C. To what temperature, in °C, can it be cooled before it fractures?",
        20 - 70 / (69e3 * 9e-6),
        "degC",
    ),
    (
        "A glass rod free to expand has a fracture strength of 70 MPa, E = 69 GPa and α = 9.0 × 10⁻⁶ K⁻¹. What is the largest temperature change it can take before fracturing, in K?",
        None,
        "K",
    ),
    (
        "At room temperature intrinsic silicon has n_i = 1.0 × 10¹⁰ cm⁻³, μ_e = 1350 cm²/(V·s) and μ_h = 480 cm²/(V·s). What is its conductivity in S/m?",
        1e16 * e * (0.135 + 0.048),
        "S/m",
    ),
    (
        "Intrinsic silicon at room temperature has n_i = 1.0 × 10¹⁰ cm⁻³, μ_e = 1350 cm²/(V·s), μ_h = 480 cm²/(V·s). If it were doped n-type with 10¹⁶ cm⁻³ donors, all ionised, what would its resistivity be, in Ω·cm?",
        1 / (1e16 * e * 1350),
        "ohm*cm",
    ),
    (
        "A voltage of 12 V is applied across a GaAs bar 3.0 mm long; the electron mobility is 0.85 m²/(V·s). What is the electron drift velocity, in km/s, if the bar were 6.0 mm long?",
        0.85 * 12 / 6.0e-3 / 1e3,
        "km/s",
    ),
    (
        "The resistivity of copper at 20 °C is 1.68 × 10⁻⁸ Ω·m and α = 0.0039 °C⁻¹. At what temperature, in °C, is its resistivity 2.0 × 10⁻⁸ Ω·m?",
        20 + (2.0 / 1.68 - 1) / 0.0039,
        "degC",
    ),
    (
        "Each nickel atom contributes 0.60 Bohr magneton. With ρ = 8.90 g/cm³ and A = 58.69 g/mol, what is the saturation magnetisation in emu/cm³ (= kA/m)?",
        0.60 * 9.2740100783e-24 * 8.90e6 / 58.69 * NA / 1e3,
        "kA/m",
    ),
    (
        "Magnetite (Fe₃O₄) has a cubic cell of edge 0.839 nm with 8 formula units, each carrying 4 Bohr magnetons. What is its saturation flux density μ₀M_s, in T?",
        MU0 * 8 * 4 * 9.2740100783e-24 / (0.839e-9) ** 3,
        "T",
    ),
    (
        "Aluminium has a volume susceptibility of 2.1 × 10⁻⁵. What field strength H, in A/m, magnetises it to 5.25 A/m?",
        5.25 / 2.1e-5,
        "A/m",
    ),
    (
        "A paramagnetic salt obeys the Curie law; its susceptibility is 3.6 × 10⁻⁴ at 300 K. What is its Curie constant, in K?",
        3.6e-4 * 300,
        "K",
    ),
    (
        "Cadmium sulfide has a band gap of 2.42 eV. What is the longest wavelength, in µm, that it absorbs by band-to-band excitation?",
        h * c / (2.42 * e) * 1e6,
        "micrometer",
    ),
    (
        "Light falls at normal incidence from air onto a glass of refractive index 1.52. What fraction of the light passes through a thin slab of this glass (both surfaces, no absorption, single pass)?",
        (1 - (0.52 / 2.52) ** 2) ** 2,
        "dimensionless",
    ),
    (
        "Diamond has a density of 3.51 g/cm³ and a refractive index of 2.42. How long, in ps, does light take to cross a 5.0 mm thick diamond?",
        5.0e-3 * 2.42 / c * 1e12,
        "ps",
    ),
    (
        "A helium–neon laser emits 5.0 mW at 632.8 nm. What energy, in J, does it emit in 10 minutes?",
        5.0e-3 * 600,
        "J",
    ),
    (
        "A zinc electrode sits in 0.01 M Zn²⁺ at 25 °C (E° = −0.763 V). By how much, in mV, does its potential differ from the standard potential?",
        abs(R * 298.15 / (2 * F) * math.log(0.01)) * 1e3,
        "mV",
    ),
    (
        "Hydrogen evolution on zinc has i₀ = 10⁻¹⁰ A/cm² and a Tafel slope of 0.10 V per decade. What activation overvoltage, in mV, is needed at 10⁻⁴ A/cm²?",
        100 * math.log10(1e-4 / 1e-10),
        "mV",
    ),
    (
        "The reduction of Cu²⁺ (n = 2) at 25 °C is diffusion-limited. What is the concentration polarisation, in mV (magnitude), at half the limiting current density?",
        abs(R * 298.15 / (2 * F) * math.log(0.5)) * 1e3,
        "mV",
    ),
    (
        "Titanium (A = 47.87 g/mol, ρ = 4.51 g/cm³) oxidises to TiO₂ (M = 79.87 g/mol, ρ = 4.23 g/cm³). Will the oxide film be protective? Give the Pilling–Bedworth ratio of the metal to oxide volume (V_metal/V_oxide).",
        47.87 * 4.23 / (79.87 * 4.51),
        "dimensionless",
    ),
    (
        "A nickel alloy has a Larson–Miller parameter of 24 000 at the design stress (T in K, t in h, C = 20). What is the rupture life at 700 °C, in hours?",
        10 ** (24000 / 973.15 - 20),
        "hour",
    ),
    (
        "For a steel σ_f' = 1 050 MPa and b = −0.085 in σ_a = σ_f'(2N_f)^b. At a stress amplitude of 400 MPa, how many cycles to failure are expected if the amplitude is doubled?",
        (800 / 1050) ** (1 / -0.085) / 2,
        "dimensionless",
    ),
    (
        "A soda-lime glass has E = 69 GPa and a specific surface energy of 0.30 J/m². What is the critical length, in µm, of an internal crack that fractures it at 114.8 MPa?",
        2 * 2 * 69e9 * 0.30 / (PI * 114.8e6**2) * 1e6,
        "micrometer",
    ),
    (
        "Carbon fibres of diameter 12 µm and tensile strength 2 400 MPa sit in a matrix with a fibre–matrix bond strength of 40 MPa. What is the critical fibre length, in mm, for fibres of twice that diameter?",
        2400 * 24e-3 / (2 * 40),
        "mm",
    ),
    (
        "A unidirectional E-glass/polyester contains 40 vol% fibres (E = 72.5 GPa) in a matrix of E = 3.1 GPa. What is the specific modulus along the fibres if the composite density is 1.9 g/cm³, in GPa·cm³/g?",
        (0.4 * 72.5 + 0.6 * 3.1) / 1.9,
        "GPa*cm**3/g",
    ),
    (
        "A random styrene–butadiene copolymer has Mn = 350 000 g/mol and a degree of polymerisation of 4 425. What is the mole fraction of styrene repeat units?",
        1 - (104.15 - 350000 / 4425) / (104.15 - 54.09),
        "dimensionless",
    ),
    (
        "A polystyrene has a number-average molecular weight of 250 000 g/mol. How many carbon atoms does an average chain contain? (Repeat unit C₈H₈, 104.15 g/mol.)",
        8 * 250000 / 104.15,
        "dimensionless",
    ),
    (
        "A polymer sample has number fractions 0.20, 0.50 and 0.30 in classes of mean molecular weight 15 000, 25 000 and 40 000 g/mol. What is the weight fraction of the 40 000 g/mol class?",
        0.30 * 40000 / 27500,
        "dimensionless",
    ),
    (
        "A polyethylene has a number-average molecular weight of 140 000 g/mol. How many carbon atoms are in an average chain? (Repeat unit C₂H₄, 28.05 g/mol.)",
        2 * 140000 / 28.05,
        "dimensionless",
    ),
    (
        "An aluminium wire 3 m long and 2 mm in diameter carries a 300 N load; E = 69 GPa. What is the final length of the loaded wire, in mm?",
        3000 * (1 + 300 / (PI * 1.0) / 69e3),
        "mm",
    ),
    # batch 7: the classes above in other relations
    (
        "An intrinsic semiconductor has a band gap of 1.1 eV. How many times smaller is its intrinsic carrier concentration at 300 K than at 400 K, ignoring the T^3/2 factor?",
        math.exp(-1.1 / (2 * k * 400)) / math.exp(-1.1 / (2 * k * 300)),
        "dimensionless",
    ),
    (
        "A paramagnetic salt obeys the Curie law. By what factor does its susceptibility fall when it is warmed from 77 K to 300 K?",
        300 / 77,
        "dimensionless",
    ),
    (
        "A stainless steel creeps with a stress exponent n = 5 at a fixed temperature. By what factor does its creep rate fall when the stress is lowered from 80 MPa to 60 MPa?",
        (80 / 60) ** 5,
        "dimensionless",
    ),
    (
        "Glass has n = 1.50. At what angle of incidence from air, measured from the surface, is the reflected light fully polarised (Brewster angle)?",
        90 - math.degrees(math.atan(1.50)),
        "degree",
    ),
    (
        "Glass has n = 1.50. What is the Brewster angle for light arriving from air, measured from the normal, in degrees?",
        math.degrees(math.atan(1.50)),
        "degree",
    ),
    (
        "A part is cycled with a stress amplitude of 150 MPa about a mean stress of 50 MPa. What is the maximum stress of the cycle, in MPa?",
        200,
        "MPa",
    ),
    (
        "A part is cycled between 200 MPa and −100 MPa. What is the stress amplitude, in MPa?",
        150,
        "MPa",
    ),
    (
        "An Avrami transformation (n = 3) is 40 % complete after 25 s. What fraction is complete after 50 s?",
        1 - math.exp(math.log(0.6) * 8),
        "dimensionless",
    ),
    (
        "An Avrami transformation (n = 3) is 40 % complete after 25 s. What is its half-transformation time t₀.₅, in s?",
        25 * (math.log(2) / -math.log(0.6)) ** (1 / 3),
        "s",
    ),
    (
        "A copper wire of 0.6 mm radius is 15 m long; ρ = 1.72 × 10⁻⁸ Ω·m. What is its resistance, in Ω?",
        1.72e-8 * 15 / (PI * 0.6e-3**2),
        "ohm",
    ),
    (
        "A rod of 4 mm radius carries an axial tensile force of 5 kN. What is the engineering stress, in MPa?",
        5000 / (PI * 16),
        "MPa",
    ),
    (
        "Glass fibres (E = 72 GPa) make up 35 vol% of a composite with epoxy (E = 3.1 GPa), loaded along the fibres. How many times the matrix stress is the fibre stress?",
        72 / 3.1,
        "dimensionless",
    ),
    (
        "Glass fibres (E = 72 GPa) make up 35 vol% of an aligned composite with epoxy (E = 3.1 GPa), loaded along the fibres. What fraction of the load do the fibres carry?",
        0.35 * 72 / (0.35 * 72 + 0.65 * 3.1),
        "dimensionless",
    ),
    (
        "A polyethylene of Mn = 140 000 g/mol has repeat units C₂H₄ (28.05 g/mol). How many C–C backbone bonds does an average chain have?",
        2 * 140000 / 28.05,
        "dimensionless",
    ),
    (
        "A copper rod 2.0 m long at 25 °C is heated to 325 °C; α = 17 × 10⁻⁶ /°C. What is its final length, in m?",
        2.0 * (1 + 17e-6 * 300),
        "m",
    ),
]
