"""Neighbour questions, round 14 (issue 11, precision), in our own words.

Written by helper probe15 around the items of sets P, N and O that the solver answers: the other
metal, phase or reflection (Mo, Ni, Cu, Al; (211), (310), forbidden (100), (111), (210), a (420)
beyond reach), a ratio, factor or percent change instead of one value, per cell vs per area, radius
vs diameter, inverse problems (a temperature from a vacancy count, a lattice parameter from a peak, a
crack depth, a fibre fraction), givens in other units (psi, ksi, °F, kcal, in., lb/ft³, cm²/s, Oe,
G), an added datum that changes the answer (a detector efficiency, a design factor, a service time
already spent), multiple-choice stems (one option matching, none matching), 'Assume …' sentences
lifting a premise (heterogeneous nucleation, vacant sites, a saturated core, linear relaxation), a
stated form of the relation that differs from the library's (√(2Dt), 2√(Dt), d³ − d₀³), a given the
relation does not take (a tensile strength for the modulus of resilience, a cast iron or brass for
the steel hardness rule, a Larson–Miller parameter with T in °C), and near-misses the relation does
not fit (a carburizing target outside the initial–surface range, a porous modulus above the dense
one, a crystallinity density above the crystalline one, a Debye T³ law at 300 K). Keys computed
below with plain math; a key of None means the question must be refused.
tests/test_answer_neighbours.py holds them at 0 wrong.

Main (e189d7b) answered 134 of these 250 and 18 wrong: two 'one vacancy per N sites' counts at two
temperatures read as N rather than 1/N (the temperature came out on the wrong side); premises lifted
in words and kept (a heterogeneous or cap-shaped nucleus counted as a whole sphere, vacant sites on
a counted plane, a saturated core under a constant μ_r, a Larson–Miller parameter with T in °C); a
given the relation does not take (a tensile strength used as the yield strength, a cast iron or brass
under HB ≈ TS/3.45, a diffusion distance stated as √(2Dt), √(4Dt), √(6Dt) answered as √(Dt)); and a
porous modulus above the fully dense one, the two swapped to give a porosity. Now 118 answered,
0 wrong, none of main's right answers lost (classes in tests/test_answer_probe15_classes.py).
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
MU_0 = 1.25663706212e-6
PSI = 6894.757293168
KSI = 1000 * PSI
IN = 0.0254
LB = 0.45359237
CAL = 4.184
YEAR = 3.15576e7
M_PE = 2 * 12.011 + 4 * 1.008
M_PP = 3 * 12.011 + 6 * 1.008


def _k(t_c: float) -> float:
    return t_c + 273.15


def _f2k(t_f: float) -> float:
    return (t_f - 32) / 1.8 + 273.15


def _erfinv(y: float) -> float:
    lo, hi = 0.0, 6.0
    for _ in range(200):
        mid = (lo + hi) / 2
        if math.erf(mid) < y:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def _two_theta(a_nm: float, hkl: tuple[int, int, int], lam_nm: float) -> float:
    """Diffraction angle 2θ in degrees of a cubic reflection."""
    d = a_nm / math.sqrt(sum(i * i for i in hkl))
    return 2 * math.degrees(math.asin(lam_nm / (2 * d)))


def _d_from_peak(two_theta: float, lam_nm: float) -> float:
    return lam_nm / (2 * math.sin(math.radians(two_theta / 2)))


def _ratio_vac(q_ev: float, t1_k: float, t2_k: float) -> float:
    return math.exp(q_ev / k * (1 / t1_k - 1 / t2_k))


def _astm(grains: float, mag: float) -> float:
    return 1 + math.log2(grains * (mag / 100) ** 2)


def _carb_time(c0: float, cs: float, cx: float, x_m: float, d: float) -> float:
    z = _erfinv((cs - cx) / (cs - c0))
    return x_m**2 / (4 * d * z**2)


def _carb_depth(c0: float, cs: float, cx: float, t_s: float, d: float) -> float:
    z = _erfinv((cs - cx) / (cs - c0))
    return 2 * z * math.sqrt(d * t_s)


def _frac_stress(k_ic: float, y: float, a_m: float) -> float:
    return k_ic / (y * math.sqrt(PI * a_m))


def _griffith(e_pa: float, gamma: float, a_m: float) -> float:
    return math.sqrt(2 * e_pa * gamma / (PI * a_m))


def _lmp_hours(p: float, t_k: float, c: float = 20) -> float:
    return 10 ** (p / t_k - c)


def _avrami_t(t_ref: float, y_ref: float, y: float, n: float) -> float:
    kk = -math.log(1 - y_ref) / t_ref**n
    return (-math.log(1 - y) / kk) ** (1 / n)


def _nucleus_atoms(gamma: float, dhf: float, tm_k: float, dt: float, n: int, a_nm: float) -> float:
    r = 2 * gamma * tm_k / (dhf * dt)
    return 4 / 3 * PI * r**3 / (a_nm * 1e-9) ** 3 * n


def _xtal(rho_c: float, rho_a: float, rho_s: float) -> float:
    return rho_c * (rho_s - rho_a) / (rho_s * (rho_c - rho_a)) * 100


def _relax_t(s0: float, s1: float, t1: float, s: float) -> float:
    tau = t1 / math.log(s0 / s1)
    return tau * math.log(s0 / s)


def _porosity(e0: float, e: float) -> float:
    # 0.9 P² − 1.9 P + (1 − E/E0) = 0, smaller root
    c = 1 - e / e0
    return (1.9 - math.sqrt(1.9**2 - 4 * 0.9 * c)) / (2 * 0.9) * 100


def _pdi(x: list[float], m: list[float]) -> float:
    mn = sum(a * b for a, b in zip(x, m, strict=True))
    mw = sum(a * b * b for a, b in zip(x, m, strict=True)) / mn
    return mw / mn


_W_A = 0.3165
_FE_A = 0.2866
_CU_A = 0.3615
_AL_A = 0.4049
_D111 = _d_from_peak(38.4, 0.1542)
_A_FCC = _D111 * math.sqrt(3)

# (question, key or None for must-refuse, pint unit of the key)
QUESTIONS: list[tuple[str, float | None, str]] = [
    # --- X-ray diffraction around a cubic reflection
    (
        "Tungsten is BCC with a lattice parameter of 0.3165 nm. Using Cu Kα X-rays (λ = 0.1542 nm), find the diffraction angle 2θ in degrees of the (211) reflection.",
        _two_theta(_W_A, (2, 1, 1), 0.1542),
        "degree",
    ),
    (
        "Tungsten (BCC, a = 3.165 Å) is examined with Cu Kα radiation of wavelength 1.542 Å. At what 2θ (degrees) does the (110) peak occur?",
        _two_theta(_W_A, (1, 1, 0), 0.1542),
        "degree",
    ),
    (
        "Molybdenum is body-centred cubic with a = 0.3147 nm. With Mo Kα radiation (λ = 0.0711 nm), at what angle 2θ, in degrees, is the (310) reflection seen?",
        _two_theta(0.3147, (3, 1, 0), 0.0711),
        "degree",
    ),
    (
        "Tungsten is BCC with a = 0.3165 nm. For Cu Kα radiation (λ = 0.1542 nm), what is the Bragg angle θ (not 2θ) of the (220) reflection, in degrees?",
        _two_theta(_W_A, (2, 2, 0), 0.1542) / 2,
        "degree",
    ),
    (
        "Tungsten is body-centred cubic with a = 0.3165 nm. With Cu Kα radiation (λ = 0.1542 nm), at what diffraction angle 2θ does the (100) reflection appear?",
        None,
        "degree",
    ),
    (
        "Tungsten is body-centred cubic with a = 0.3165 nm. With Cu Kα radiation (λ = 0.1542 nm), at what angle 2θ (degrees) would the (111) reflection be observed?",
        None,
        "degree",
    ),
    (
        "Tungsten is body-centred cubic with a = 0.3165 nm. With Cu Kα radiation (λ = 0.1542 nm), at what angle 2θ (degrees) does the (420) reflection appear?",
        None,
        "degree",
    ),
    (
        "Tungsten is body-centred cubic with a = 0.3165 nm. What is the interplanar spacing of its (220) planes, in nm?",
        _W_A / math.sqrt(8),
        "nm",
    ),
    (
        "Tungsten is body-centred cubic with a = 0.3165 nm. Its (220) reflection is recorded with Mo Kα radiation (λ = 0.0711 nm). Give 2θ in degrees.",
        _two_theta(_W_A, (2, 2, 0), 0.0711),
        "degree",
    ),
    (
        "Nickel is FCC with a = 0.3524 nm. With Cu Kα radiation (λ = 0.1542 nm), at what diffraction angle 2θ (in °) is the (200) reflection found?",
        _two_theta(0.3524, (2, 0, 0), 0.1542),
        "degree",
    ),
    (
        "Nickel is FCC with a = 0.3524 nm. With Cu Kα radiation (λ = 0.1542 nm), at what diffraction angle 2θ (in °) is the (210) reflection found?",
        None,
        "degree",
    ),
    (
        "A BCC metal has lattice parameter 0.3165 nm; its (220) peak appears at 2θ = 87.10°. What X-ray wavelength was used, in nm?",
        2 * _W_A / math.sqrt(8) * math.sin(math.radians(87.10 / 2)),
        "nm",
    ),
    (
        "The (220) reflection of a BCC metal, measured with λ = 0.1542 nm, is at 2θ = 87.10°. Determine the lattice parameter of the metal, in nm.",
        _d_from_peak(87.10, 0.1542) * math.sqrt(8),
        "nm",
    ),
    (
        "Tungsten (BCC, a = 0.3165 nm, melting point 3422 °C) is studied with Cu Kα radiation (λ = 0.1542 nm). Find 2θ of the (220) reflection in degrees.",
        _two_theta(_W_A, (2, 2, 0), 0.1542),
        "degree",
    ),
    (
        "Tungsten is BCC with a = 0.3165 nm. With Cu Kα radiation (λ = 0.1542 nm), 2θ for the (220) reflection is closest to (A) 40.3° (B) 58.3° (C) 73.2° (D) 87.1°",
        _two_theta(_W_A, (2, 2, 0), 0.1542),
        "degree",
    ),
    (
        "Tungsten is BCC with a = 0.3165 nm. With Cu Kα radiation (λ = 0.1542 nm), 2θ for the (220) reflection is closest to (A) 40.3° (B) 58.3° (C) 73.2° (D) 100.6°",
        None,
        "degree",
    ),
    # --- lattice from a diffraction peak
    (
        "The first peak of an FCC metal's diffraction pattern (λ = 0.1542 nm) is the (111) reflection at 2θ = 38.4°. Find the lattice parameter in Å.",
        _A_FCC * 10,
        "angstrom",
    ),
    (
        "The first peak of an FCC metal's diffraction pattern (λ = 0.1542 nm) is the (111) reflection at 2θ = 38.4°. What is the atomic diameter, in nm?",
        _A_FCC * math.sqrt(2) / 2,
        "nm",
    ),
    (
        "The lowest-angle line of a BCC metal, recorded with λ = 0.1542 nm, is the (110) reflection at 2θ = 44.7°. Deduce the atomic radius in Å.",
        _d_from_peak(44.7, 0.1542) * math.sqrt(2) * math.sqrt(3) / 4 * 10,
        "angstrom",
    ),
    (
        "An FCC metal examined with λ = 0.1542 nm shows its (200) reflection at 2θ = 44.7°. What is the atomic radius, in Å?",
        _d_from_peak(44.7, 0.1542) * 2 * math.sqrt(2) / 4 * 10,
        "angstrom",
    ),
    (
        "An FCC metal examined with λ = 0.1542 nm shows its (111) reflection at a Bragg angle θ = 19.2°. What is its atomic radius in Å?",
        _A_FCC * math.sqrt(2) / 4 * 10,
        "angstrom",
    ),
    (
        "The lowest-angle peak from an FCC metal, λ = 0.1542 nm, is at 2θ = 38.4° and is the (100) reflection. Deduce the atomic radius in Å.",
        None,
        "angstrom",
    ),
    # --- planar and linear density
    (
        "α-iron is BCC with a = 0.2866 nm. Compute the planar density of its (100) plane in atoms per mm².",
        1 / (_FE_A * 1e-6) ** 2,
        "1/mm**2",
    ),
    (
        "α-iron is BCC with a = 0.2866 nm. Compute the planar density of its (110) plane in atoms per nm².",
        2 / (math.sqrt(2) * _FE_A**2),
        "1/nm**2",
    ),
    (
        "Copper is FCC with a = 0.3615 nm. What is the planar density of the (111) plane, in atoms/mm²?",
        4 / (math.sqrt(3) * (_CU_A * 1e-6) ** 2),
        "1/mm**2",
    ),
    (
        "Copper is FCC with a = 0.3615 nm. What is the planar density of the (100) plane in atoms per m²?",
        2 / (_CU_A * 1e-9) ** 2,
        "1/m**2",
    ),
    (
        "Aluminium (FCC, a = 0.4049 nm): calculate the planar density of (110) in atoms/cm².",
        2 / (math.sqrt(2) * (_AL_A * 1e-7) ** 2),
        "1/cm**2",
    ),
    (
        "α-iron (BCC, a = 0.2866 nm). Calculate the linear density along [111] in atoms per nm.",
        2 / (math.sqrt(3) * _FE_A),
        "1/nm",
    ),
    (
        "α-iron (BCC, a = 0.2866 nm). By what factor does the planar density of (110) exceed that of (100)?",
        math.sqrt(2),
        "dimensionless",
    ),
    (
        "α-iron (BCC, a = 0.2866 nm). Calculate the planar density of the (110) plane in atoms/mm². Assume one atom in ten of the plane's sites is vacant.",
        0.9 * 2 / (math.sqrt(2) * (_FE_A * 1e-6) ** 2),
        "1/mm**2",
    ),
    (
        "α-iron (BCC, a = 0.2866 nm). Calculate the planar packing fraction of the (110) plane.",
        2 * PI * (math.sqrt(3) * _FE_A / 4) ** 2 / (math.sqrt(2) * _FE_A**2),
        "dimensionless",
    ),
    # --- vacancies: energy from a fraction, factor between temperatures
    (
        "A metal held at 1000 K has one vacant site in every 100 000 lattice sites. Find the vacancy formation energy in eV.",
        -k * 1000 * math.log(1e-5),
        "eV",
    ),
    (
        "A metal held at 1200 K has one vacancy per 10 000 lattice sites. Express the vacancy formation energy in kJ/mol.",
        -R * 1200 * math.log(1e-4) / 1000,
        "kJ/mol",
    ),
    (
        "At 927 °C a metal has a vacancy fraction of 1.0 × 10⁻⁴. What is the energy for vacancy formation in eV per atom?",
        -k * _k(927) * math.log(1e-4),
        "eV",
    ),
    (
        "A metal held at 1200 K has one vacancy in every 10 000 lattice sites. Its vacancy formation energy is closest to (A) 0.48 eV (B) 0.95 eV (C) 1.43 eV (D) 1.90 eV",
        -k * 1200 * math.log(1e-4),
        "eV",
    ),
    (
        "A metal held at 1200 K has one vacancy in every 10 000 lattice sites. Its vacancy formation energy is closest to (A) 0.25 eV (B) 0.50 eV (C) 1.50 eV (D) 2.20 eV",
        None,
        "eV",
    ),
    (
        "A metal held at 1200 K contains one vacancy in every 10 000 lattice sites; its vacancy formation energy is 0.952 eV. What is the vacancy fraction at 1000 K?",
        math.exp(-0.952 / (k * 1000)),
        "dimensionless",
    ),
    (
        "A metal whose vacancy formation energy is 0.95 eV has one vacancy per 10 000 sites at 1200 K. At what temperature (K) is there one vacancy per 100 000 sites?",
        1 / (1 / 1200 + k / 0.95 * math.log(10)),
        "K",
    ),
    (
        "Q_v = 1.1 eV/atom. By what factor does the equilibrium vacancy concentration rise when the metal goes from 600 °C to 800 °C?",
        _ratio_vac(1.1, _k(600), _k(800)),
        "dimensionless",
    ),
    (
        "The vacancy formation energy is 106 kJ/mol. By what factor does the vacancy concentration increase between 500 °C and 700 °C?",
        math.exp(106000 / R * (1 / _k(500) - 1 / _k(700))),
        "dimensionless",
    ),
    (
        "Q_v = 1.1 eV/atom. By what factor does the equilibrium vacancy concentration fall when the metal is cooled from 700 °C to 500 °C?",
        _ratio_vac(1.1, _k(500), _k(700)),
        "dimensionless",
    ),
    (
        "Q_v = 1.1 eV/atom. By what percentage does the equilibrium vacancy concentration increase when the metal is heated from 500 °C to 700 °C?",
        (_ratio_vac(1.1, _k(500), _k(700)) - 1) * 100,
        "percent",
    ),
    (
        "Q_v = 1.1 eV/atom. By what factor does the equilibrium vacancy concentration increase when the metal is heated from 800 K to 1000 K?",
        _ratio_vac(1.1, 800, 1000),
        "dimensionless",
    ),
    (
        "Q_v = 1.1 eV/atom. By what factor does the equilibrium vacancy concentration increase when the metal is heated from 932 °F to 1292 °F?",
        _ratio_vac(1.1, _f2k(932), _f2k(1292)),
        "dimensionless",
    ),
    (
        "The vacancy formation energy is 25.4 kcal/mol. By what factor does the vacancy fraction grow from 500 °C to 700 °C?",
        math.exp(25400 * CAL / R * (1 / _k(500) - 1 / _k(700))),
        "dimensionless",
    ),
    (
        "Q_v = 1.1 eV/atom. Heating from 500 °C to 700 °C also expands the lattice by 0.5 % in volume. By what factor does the number of vacancies per cubic metre increase?",
        _ratio_vac(1.1, _k(500), _k(700)) / 1.005,
        "dimensionless",
    ),
    # --- ASTM grain size
    (
        "At 100× a micrograph shows 60 grains per square inch. What is the ASTM grain-size number?",
        _astm(60, 100),
        "dimensionless",
    ),
    (
        "A micrograph at 50× magnification shows 60 grains per square inch. What is the ASTM grain-size number?",
        _astm(60, 50),
        "dimensionless",
    ),
    (
        "A micrograph at 250× magnification shows 60 grains per square inch. How many grains per square inch would the same field show at 100×?",
        60 * 2.5**2,
        "1/inch**2",
    ),
    (
        "A steel has ASTM grain-size number 8. How many grains per square inch appear on a micrograph at 100×?",
        2.0**7,
        "1/inch**2",
    ),
    (
        "A steel has ASTM grain-size number 8. How many grains per square inch appear on a micrograph at 200×?",
        2.0**7 / 4,
        "1/inch**2",
    ),
    (
        "A steel has ASTM grain-size number 7. How many grains are there per square millimetre of the real surface?",
        2.0**6 / (25.4**2 / 1e4),
        "1/mm**2",
    ),
    (
        "At 250× a micrograph shows 60 grains per square centimetre. Determine the ASTM grain-size number.",
        _astm(60 * 6.4516, 250),
        "dimensionless",
    ),
    # --- Burgers vector
    (
        "Find the magnitude of the Burgers vector of a perfect dislocation in copper (FCC, a = 3.615 Å), in Å.",
        _CU_A * math.sqrt(2) / 2 * 10,
        "angstrom",
    ),
    (
        "Find the magnitude of the Burgers vector of a perfect dislocation in α-iron (BCC, a = 0.2866 nm), in nm.",
        _FE_A * math.sqrt(3) / 2,
        "nm",
    ),
    (
        "Find the magnitude of the Burgers vector of a Shockley partial dislocation in copper (FCC, a = 3.615 Å), in Å.",
        _CU_A / math.sqrt(6) * 10,
        "angstrom",
    ),
    (
        "In α-iron (BCC, a = 2.866 Å), by what factor is the perfect-dislocation Burgers vector shorter than the lattice parameter?",
        2 / math.sqrt(3),
        "dimensionless",
    ),
    (
        "The Burgers vector of a perfect dislocation in a BCC metal has magnitude 2.48 Å. What is the lattice parameter, in Å?",
        2.48 * 2 / math.sqrt(3),
        "angstrom",
    ),
    # --- activation energy from an Arrhenius slope
    (
        "A plot of ln D versus 1/T for a solute in a metal is a straight line of slope −2.15 × 10⁴ K. What is the activation energy in kJ/mol?",
        2.15e4 * R / 1000,
        "kJ/mol",
    ),
    (
        "A plot of log₁₀ D against 1/T (T in K) for Zn in Cu has a slope of −9340 K. Find the activation energy for diffusion in eV per atom.",
        9340 * math.log(10) * k,
        "eV",
    ),
    (
        "A plot of ln D against 1/T for Zn in Cu is a straight line with slope −2.15 × 10⁴ K. Give the activation energy in J per atom.",
        2.15e4 * 1.380649e-23,
        "J",
    ),
    (
        "A plot of ln D against 1/T for Zn in Cu is a straight line with slope −2.15 × 10⁴ K, and at 1/T = 1.0 × 10⁻³ K⁻¹ the line passes through ln D = −31.0 (D in m²/s). What is the pre-exponential factor D₀ in m²/s?",
        math.exp(-31.0 + 2.15e4 * 1e-3),
        "m**2/s",
    ),
    (
        "A plot of ln D against 1/T for Zn in Cu is a straight line with slope −2.15 × 10⁴ K. The activation energy, in eV/atom, is closest to (A) 0.93 (B) 1.85 (C) 2.48 (D) 4.27",
        2.15e4 * k,
        "eV",
    ),
    (
        "A plot of ln D against 1/T for Zn in Cu is a straight line with slope −2.15 × 10⁴ K. The activation energy, in eV/atom, is closest to (A) 0.62 (B) 0.93 (C) 2.48 (D) 4.27",
        None,
        "eV",
    ),
    # --- carburizing (error-function solution)
    (
        "A steel containing 0.20 wt% C is carburized with the surface held at 1.00 wt% C; D = 1.6 × 10⁻¹¹ m²/s. How many hours until the carbon content reaches 0.60 wt% at a depth of 1.0 mm?",
        _carb_time(0.2, 1.0, 0.6, 1.0e-3, 1.6e-11) / 3600,
        "hour",
    ),
    (
        "A steel containing 0.20 wt% C is carburized with the surface held at 1.00 wt% C; D = 1.6 × 10⁻¹¹ m²/s. After 10 hours, at what depth (mm) is the carbon content 0.60 wt%?",
        _carb_depth(0.2, 1.0, 0.6, 36000, 1.6e-11) * 1000,
        "mm",
    ),
    (
        "A steel containing 0.20 wt% C is carburized with the surface held at 1.20 wt% C; D = 1.6 × 10⁻¹¹ m²/s. How many hours are needed to reach 0.45 wt% C at 0.75 mm below the surface?",
        _carb_time(0.2, 1.2, 0.45, 0.75e-3, 1.6e-11) / 3600,
        "hour",
    ),
    (
        "A steel containing 0.20 wt% C is carburized with the surface held at 1.00 wt% C; D = 1.6 × 10⁻¹¹ m²/s. How many hours until the carbon content reaches 0.15 wt% at a depth of 0.75 mm?",
        None,
        "hour",
    ),
    (
        "A steel containing 0.20 wt% C is carburized with the surface held at 1.00 wt% C; D = 1.6 × 10⁻¹¹ m²/s. How many hours until the carbon content reaches 1.10 wt% at a depth of 0.75 mm?",
        None,
        "hour",
    ),
    (
        "A steel containing 0.20 wt% C is carburized with the surface held at 1.00 wt% C; D = 1.6 × 10⁻⁷ cm²/s. How many minutes are needed to reach 0.60 wt% C at a depth of 0.75 mm?",
        _carb_time(0.2, 1.0, 0.6, 0.75e-3, 1.6e-11) / 60,
        "minute",
    ),
    (
        "A steel gear containing 0.20 wt% C is carburized with the surface held at 1.00 wt% C and D = 1.6 × 10⁻¹¹ m²/s. How many hours until 0.60 wt% C is reached at a depth of 0.030 in.?",
        _carb_time(0.2, 1.0, 0.6, 0.030 * IN, 1.6e-11) / 3600,
        "hour",
    ),
    # --- diffusion distance estimate
    (
        "Taking the diffusion distance as x ≈ √(Dt), how far (µm) does boron spread in 10 hours if D = 4 × 10⁻¹⁴ m²/s?",
        math.sqrt(4e-14 * 36000) * 1e6,
        "um",
    ),
    (
        "Taking the diffusion distance as x ≈ √(Dt), how far (µm) does boron spread in one hour if D = 4 × 10⁻¹⁰ cm²/s?",
        math.sqrt(4e-14 * 3600) * 1e6,
        "um",
    ),
    (
        "Taking the diffusion distance as x ≈ √(2Dt), how far (µm) does boron spread in one hour if D = 4 × 10⁻¹⁴ m²/s?",
        math.sqrt(2 * 4e-14 * 3600) * 1e6,
        "um",
    ),
    (
        "Taking the diffusion distance as x ≈ 2√(Dt), how far (µm) does boron spread in one hour if D = 4 × 10⁻¹⁴ m²/s?",
        2 * math.sqrt(4e-14 * 3600) * 1e6,
        "um",
    ),
    (
        "Taking the diffusion distance as x ~ √(Dt), how long (in hours) does boron with D = 4 × 10⁻¹⁴ m²/s take to spread 30 µm?",
        (30e-6) ** 2 / 4e-14 / 3600,
        "hour",
    ),
    (
        "Taking the diffusion distance as x ~ √(Dt), by what factor does the diffusion distance grow when the time is increased from 1 h to 9 h?",
        3.0,
        "dimensionless",
    ),
    # --- modulus of resilience, hardness
    (
        "A spring steel has a yield strength of 415 MPa and an elastic modulus of 207 GPa. Calculate its modulus of resilience in kJ/m³.",
        415e6**2 / (2 * 207e9) / 1000,
        "kJ/m**3",
    ),
    (
        "A spring steel has a yield strength of 60 ksi and a modulus of elasticity of 29 × 10⁶ psi. Find its modulus of resilience in in·lbf/in³.",
        60000**2 / (2 * 29e6),
        "psi",
    ),
    (
        "A spring steel has a yield strength of 60 ksi and a modulus of elasticity of 29 × 10⁶ psi. What is its strain at yield?",
        60000 / 29e6,
        "dimensionless",
    ),
    (
        "A spring steel has a yield strength of 60 ksi and a modulus of 29 × 10⁶ psi. A second steel has the same modulus and a yield strength of 90 ksi. By what factor is the second steel's modulus of resilience larger?",
        (90 / 60) ** 2,
        "dimensionless",
    ),
    (
        "A spring steel has a yield strength of 60 ksi and a modulus of 29 × 10⁶ psi. What is the elastic strain energy stored per unit volume when it is loaded to 30 ksi, in kJ/m³?",
        (30 * KSI) ** 2 / (2 * 29e6 * PSI) / 1000,
        "kJ/m**3",
    ),
    (
        "A spring steel has a tensile strength of 60 ksi and a modulus of elasticity of 29 × 10⁶ psi. Find its modulus of resilience in kJ/m³.",
        None,
        "kJ/m**3",
    ),
    (
        "A steel must have a modulus of resilience of at least 400 kJ/m³; its modulus is 207 GPa. What is the minimum yield strength, in MPa?",
        math.sqrt(2 * 207e9 * 400e3) / 1e6,
        "MPa",
    ),
    (
        "A plain-carbon steel has a tensile strength of 830 MPa. Estimate its Brinell hardness.",
        830 / 3.45,
        "dimensionless",
    ),
    (
        "A plain-carbon steel shaft has a Brinell hardness of 300 HB. Estimate its tensile strength in MPa.",
        300 * 3.45,
        "MPa",
    ),
    (
        "A purchase specification calls for a plain-carbon steel with a tensile strength of 120 ksi. Estimate the Brinell hardness. What tensile strength in MPa does that correspond to?",
        120 * KSI / 1e6,
        "MPa",
    ),
    (
        "A cast iron has a tensile strength of 120 ksi. Estimate its Brinell hardness to the nearest whole number.",
        None,
        "dimensionless",
    ),
    (
        "A purchase specification calls for a plain-carbon steel with a yield strength of 120 ksi. Estimate its Brinell hardness.",
        None,
        "dimensionless",
    ),
    # --- fracture toughness
    (
        "A steel plate with K_IC = 45 MPa√m contains an edge crack 2.5 mm deep; Y = 1.12. At what stress, in ksi, will it fracture?",
        _frac_stress(45e6, 1.12, 2.5e-3) / KSI,
        "ksi",
    ),
    (
        "A steel plate with K_IC = 45 MPa√m is loaded to 300 MPa; Y = 1.12. What is the largest edge crack depth, in mm, it can tolerate?",
        (45 / (1.12 * 300)) ** 2 / PI * 1000,
        "mm",
    ),
    (
        "A wide plate with K_IC = 45 MPa√m contains an internal through-crack 5.0 mm long; Y = 1.0. At what applied stress (MPa) will it fracture?",
        _frac_stress(45e6, 1.0, 2.5e-3) / 1e6,
        "MPa",
    ),
    (
        "A steel plate with K_IC = 41 ksi√in. contains an edge crack 0.10 in. deep; Y = 1.12. At what stress (ksi) does it fracture?",
        41 / (1.12 * math.sqrt(PI * 0.10)),
        "ksi",
    ),
    (
        "A steel plate with K_IC = 45 MPa√m and σ_y = 600 MPa contains an edge crack 2.5 mm deep; take Y = 1.12. If the crack grows to 5.0 mm, by what factor does the fracture stress fall?",
        math.sqrt(2),
        "dimensionless",
    ),
    (
        "A steel plate with K_IC = 120 MPa√m and σ_y = 600 MPa contains an edge crack 0.5 mm deep; take Y = 1.12. At what applied stress (MPa) will it fracture?",
        None,
        "MPa",
    ),
    (
        "A steel plate with K_IC = 45 MPa√m and σ_y = 600 MPa contains an edge crack 2.5 mm deep; Y = 1.12. A design factor of 2 is applied to the fracture stress. What is the allowable stress, in MPa?",
        _frac_stress(45e6, 1.12, 2.5e-3) / 2e6,
        "MPa",
    ),
    # --- Griffith
    (
        "A glass plate (E = 69 GPa, γs = 0.30 J/m²) has an internal crack 4 µm long in total. Estimate the Griffith fracture stress in MPa.",
        _griffith(69e9, 0.30, 2e-6) / 1e6,
        "MPa",
    ),
    (
        "A glass plate (E = 69 GPa, γs = 0.30 J/m²) has a surface crack 2 µm deep. Estimate the Griffith fracture stress in MPa.",
        _griffith(69e9, 0.30, 2e-6) / 1e6,
        "MPa",
    ),
    (
        "A glass plate (E = 10 × 10⁶ psi, γs = 0.30 J/m²) has an internal crack of half-length 2 µm. What is the Griffith fracture stress in MPa?",
        _griffith(10e6 * PSI, 0.30, 2e-6) / 1e6,
        "MPa",
    ),
    (
        "A glass plate (E = 69 GPa, γs = 0.30 J/m²) must withstand 100 MPa. What is the largest internal crack half-length, in µm, it can contain by the Griffith criterion?",
        2 * 69e9 * 0.30 / (PI * 100e6**2) * 1e6,
        "um",
    ),
    (
        "A glass plate (E = 69 GPa, γs = 0.30 J/m²) contains an internal crack whose half-length is 2 µm. By what factor does the Griffith stress fall if the crack half-length grows to 8 µm?",
        2.0,
        "dimensionless",
    ),
    (
        "A glass plate (E = 69 GPa, γs = 0.30 J/m²) contains an internal crack whose half-length is 2 µm. Assume the crack lies parallel to the applied tension. Estimate the Griffith fracture stress in MPa.",
        None,
        "MPa",
    ),
    # --- Larson–Miller
    (
        "For a 2.25Cr–1Mo steel the Larson–Miller parameter at rupture is 24 000 (T in K, t in h, C = 20). How many hours will a tube last at 600 °C?",
        _lmp_hours(24000, _k(600)),
        "hour",
    ),
    (
        "For a 2.25Cr–1Mo steel the Larson–Miller parameter at rupture is 24 × 10³ (T in K, t in h, C = 20). How many years will a tube last at 1202 °F?",
        _lmp_hours(24000, _f2k(1202)) / 8766,
        "year",
    ),
    (
        "For a tube steel the Larson–Miller parameter at rupture is 24 000 (T in K, t in h, C = 22). Predict the rupture life at 650 °C in years.",
        _lmp_hours(24000, _k(650), 22) / 8766,
        "year",
    ),
    (
        "A creep-resistant steel has a Larson–Miller parameter of 24 000 (T in K, t in h, C = 20) at the design stress. At what temperature (°C) will it last exactly 100 000 h?",
        24000 / (20 + 5) - 273.15,
        "degC",
    ),
    (
        "A tube ruptures after 10 000 h at 650 °C. Taking C = 20 with T in K and t in h, what is its Larson–Miller parameter?",
        _k(650) * (20 + 4),
        "dimensionless",
    ),
    (
        "For a 2.25Cr–1Mo steel the Larson–Miller parameter at rupture is 24 000 (T in K, t in h, C = 20). The tube runs at 650 °C. How many years of life remain after 5 years of service?",
        _lmp_hours(24000, _k(650)) / 8766 - 5,
        "year",
    ),
    (
        "For a 2.25Cr–1Mo steel the Larson–Miller parameter at rupture is 24 000 (T in °C, t in h, C = 20). How many years will the tube last at 650 °C?",
        None,
        "year",
    ),
    # --- Avrami and nucleation
    (
        "A transformation obeys y = 1 − exp(−k tⁿ) with n = 2.5 and is half complete after 120 s. How long (s) until 99 % has transformed?",
        _avrami_t(120, 0.5, 0.99, 2.5),
        "s",
    ),
    (
        "A transformation obeys y = 1 − exp(−k tⁿ) with n = 2.5 and is half complete after 120 s. What fraction has transformed after 60 s?",
        1 - math.exp(-math.log(2) * 0.5**2.5),
        "dimensionless",
    ),
    (
        "A transformation obeys y = 1 − exp(−k tⁿ) with n = 2.5 and is half complete after 2.0 min. How many minutes until 90 % has transformed?",
        _avrami_t(2.0, 0.5, 0.9, 2.5),
        "minute",
    ),
    (
        "A transformation obeys y = 1 − exp(−k tⁿ) with n = 2.5; half has transformed after 120 s. Find the rate constant k in s⁻ⁿ.",
        math.log(2) / 120**2.5,
        "dimensionless",
    ),
    (
        "A transformation obeys y = 1 − exp(−k tⁿ) with n = 2.5 and is half complete after 120 s. How long (s) does it take to go from 50 % to 90 % transformed?",
        _avrami_t(120, 0.5, 0.9, 2.5) - 120,
        "s",
    ),
    (
        "A transformation obeys y = 1 − exp(−k tⁿ) with n = 2.5 and is half complete after 120 s. How long (s) until 100 % has transformed?",
        None,
        "s",
    ),
    (
        "A transformation obeys y = 1 − exp(−k tⁿ) with n = 2.5 and is 50 % complete after 120 s. The time to reach 90 % is closest to (A) 120 s (B) 150 s (C) 194 s (D) 300 s",
        _avrami_t(120, 0.5, 0.9, 2.5),
        "s",
    ),
    (
        "A transformation obeys y = 1 − exp(−k tⁿ) with n = 2.5 and is 50 % complete after 120 s. The time to reach 90 % is closest to (A) 100 s (B) 150 s (C) 250 s (D) 300 s",
        None,
        "s",
    ),
    (
        "Silver (FCC, a = 0.4086 nm) solidifies with γ = 0.126 J/m², ΔH_f = 1.10 × 10⁹ J/m³ and T_m = 962 °C. What is the critical nucleus radius, in nm, at an undercooling of 150 K?",
        2 * 0.126 * _k(962) / (1.10e9 * 150) * 1e9,
        "nm",
    ),
    (
        "Silver (FCC, a = 0.4086 nm) solidifies with γ = 0.126 J/m², ΔH_f = 1.10 × 10⁹ J/m³ and T_m = 962 °C. About how many unit cells make up a critical nucleus at an undercooling of 150 K?",
        _nucleus_atoms(0.126, 1.10e9, _k(962), 150, 1, 0.4086),
        "dimensionless",
    ),
    (
        "Silver (FCC, a = 0.4086 nm) solidifies with γ = 0.126 J/m², ΔH_f = 1.10 × 10⁹ J/m³ and T_m = 962 °C. Roughly how many atoms are in a critical nucleus at an undercooling of 100 K?",
        _nucleus_atoms(0.126, 1.10e9, _k(962), 100, 4, 0.4086),
        "dimensionless",
    ),
    (
        "Nickel (FCC, a = 0.3524 nm) solidifies with γ = 0.255 J/m², ΔH_f = 2.53 × 10⁹ J/m³ and T_m = 1455 °C. Roughly how many atoms are in a critical nucleus at an undercooling of 250 K?",
        _nucleus_atoms(0.255, 2.53e9, _k(1455), 250, 4, 0.3524),
        "dimensionless",
    ),
    (
        "Silver (FCC, a = 0.4086 nm) solidifies with γ = 0.126 J/m², ΔH_f = 1.10 × 10⁹ J/m³ and T_m = 962 °C. What is the critical free energy ΔG* (in J) at an undercooling of 150 K?",
        16 * PI * 0.126**3 * _k(962) ** 2 / (3 * 1.10e9**2 * 150**2),
        "J",
    ),
    (
        "Silver (FCC, a = 0.4086 nm) solidifies with γ = 0.126 J/m², ΔH_f = 1.10 × 10⁹ J/m³ and T_m = 962 °C. Assume the nucleus forms as a hemispherical cap on a mould wall. Roughly how many atoms make up a critical nucleus at an undercooling of 150 K?",
        None,
        "dimensionless",
    ),
    # --- magnetism: solenoid, susceptibility
    (
        "A coil of 400 turns over 0.25 m carries 0.60 A; its core has relative permeability 800. What is the field strength H, in A/m?",
        400 * 0.60 / 0.25,
        "A/m",
    ),
    (
        "A coil of 400 turns over 0.25 m carries 0.60 A; its core has relative permeability 800 (not saturated). What is the flux density B in the core, in tesla?",
        800 * MU_0 * 400 * 0.60 / 0.25,
        "T",
    ),
    (
        "A coil of 400 turns over 0.25 m carries 0.60 A; its core has relative permeability 800 (not saturated). Find the magnetization M of the core in A/m.",
        799 * 400 * 0.60 / 0.25,
        "A/m",
    ),
    (
        "A coil of 400 turns wound over 10 in. of length carries 0.60 A; the core's relative permeability is 800. Find the core magnetization in kA/m.",
        799 * 400 * 0.60 / (10 * IN) / 1000,
        "kA/m",
    ),
    (
        "A coil of 400 turns over 0.25 m carries 0.60 A around a core with magnetic susceptibility 800. Find the magnetization M, in kA/m.",
        800 * 400 * 0.60 / 0.25 / 1000,
        "kA/m",
    ),
    (
        "A coil of 400 turns over 0.25 m carries 0.60 A around a core of relative permeability 800. What current (A) would give a core magnetization of 1000 kA/m?",
        1000e3 / 799 * 0.25 / 400,
        "A",
    ),
    (
        "A coil of 400 turns over 0.25 m carries 0.60 A. Its ferrous core has relative permeability 800 but is driven well into saturation. Find the magnetization M of the core in kA/m.",
        None,
        "kA/m",
    ),
    (
        "A soft-iron specimen on its initial magnetization curve shows B = 1.0 T at H = 500 A/m. What is its relative permeability?",
        1.0 / (MU_0 * 500),
        "dimensionless",
    ),
    (
        "A soft-iron specimen on its initial magnetization curve shows B = 1.0 T at H = 500 A/m. What is its permeability in H/m?",
        1.0 / 500,
        "H/m",
    ),
    (
        "A soft-iron specimen on its initial magnetization curve shows B = 10 000 G at H = 6.28 Oe. What is its magnetic susceptibility?",
        1.0 / (MU_0 * 6.28 * 1000 / (4 * PI)) - 1,
        "dimensionless",
    ),
    (
        "A soft-iron specimen on its initial magnetization curve shows B = 1.0 T at H = 500 A/m. What is the magnetization M in A/m?",
        1.0 / MU_0 - 500,
        "A/m",
    ),
    (
        "A soft-iron specimen shows B = 1.0 T at H = 500 A/m and B = 1.4 T at H = 1500 A/m. What is the susceptibility at the second point?",
        1.4 / (MU_0 * 1500) - 1,
        "dimensionless",
    ),
    # --- photons from a laser
    (
        "A He–Ne laser pointer rated at 1.0 mW emits at 632.8 nm. How many photons leave it per second?",
        1e-3 * 632.8e-9 / (H * C),
        "1/s",
    ),
    (
        "A green laser pointer emits 5.0 mW at 532 nm. How many photons per second does it emit?",
        5e-3 * 532e-9 / (H * C),
        "1/s",
    ),
    (
        "A He–Ne laser labelled 5.0 mW, 632.8 nm. What is the energy of one photon in eV?",
        H * C / 632.8e-9 / EV,
        "eV",
    ),
    (
        "A He–Ne laser pointer labelled 5.0 mW, 632.8 nm is switched on for one minute. How many photons leave it in that time?",
        60 * 5e-3 * 632.8e-9 / (H * C),
        "dimensionless",
    ),
    (
        "A laser emits 1.59 × 10¹⁶ photons per second at 632.8 nm. What is its output power in mW?",
        1.59e16 * H * C / 632.8e-9 * 1000,
        "mW",
    ),
    (
        "A He–Ne laser pointer labelled 5.0 mW, 632.8 nm shines on a detector that registers only 30 % of the photons. How many photons per second does the detector count?",
        0.3 * 5e-3 * 632.8e-9 / (H * C),
        "1/s",
    ),
    (
        "A pulsed Nd:YAG laser (λ = 1064 nm) gives 0.20 J per pulse. How many photons are in one pulse?",
        0.2 * 1064e-9 / (H * C),
        "dimensionless",
    ),
    # --- polymers: polydispersity, crystallinity, relaxation, copolymer
    (
        "Number fractions x = 0.20, 0.35, 0.30, 0.15 of chains with molecular weights 8, 16, 24 and 32 kg/mol. Compute the weight-average molecular weight in g/mol.",
        _pdi([0.2, 0.35, 0.3, 0.15], [8, 16, 24, 32])
        * sum(a * b for a, b in zip([0.2, 0.35, 0.3, 0.15], [8, 16, 24, 32], strict=True))
        * 1000,
        "g/mol",
    ),
    (
        "Number fractions x = 0.20, 0.35, 0.30, 0.15 of chains with molecular weights 8, 16, 24 and 32 kg/mol. Compute the number-average molecular weight in g/mol.",
        sum(a * b for a, b in zip([0.2, 0.35, 0.3, 0.15], [8, 16, 24, 32], strict=True)) * 1000,
        "g/mol",
    ),
    (
        "Number fractions x = 0.10, 0.40, 0.40, 0.10 of chains with molecular weights 10, 20, 30 and 40 kg/mol. Find the polydispersity index Mw/Mn.",
        _pdi([0.1, 0.4, 0.4, 0.1], [10, 20, 30, 40]),
        "dimensionless",
    ),
    (
        "Weight fractions w = 0.20, 0.35, 0.30, 0.15 of chains with molecular weights 8, 16, 24 and 32 kg/mol. Compute the polydispersity index Mw/Mn.",
        sum(w * m for w, m in zip([0.2, 0.35, 0.3, 0.15], [8, 16, 24, 32], strict=True))
        * sum(w / m for w, m in zip([0.2, 0.35, 0.3, 0.15], [8, 16, 24, 32], strict=True)),
        "dimensionless",
    ),
    (
        "Number fractions x = 0.20, 0.35, 0.30, 0.25 of chains with molecular weights 8, 16, 24 and 32 kg/mol. Compute the polydispersity index.",
        None,
        "dimensionless",
    ),
    (
        "A polypropylene part has density 0.904 g/cm³; crystalline and amorphous polypropylene have densities 0.946 and 0.855 g/cm³. What volume percent of the part is crystalline?",
        (0.904 - 0.855) / (0.946 - 0.855) * 100,
        "percent",
    ),
    (
        "A polypropylene part has density 0.920 g/cm³; crystalline and amorphous polypropylene have densities 0.946 and 0.855 g/cm³. What is the percent crystallinity?",
        _xtal(0.946, 0.855, 0.920),
        "percent",
    ),
    (
        "A polypropylene part has density 0.960 g/cm³; crystalline and amorphous polypropylene have densities 0.946 and 0.855 g/cm³. What is the percent crystallinity?",
        None,
        "percent",
    ),
    (
        "A polypropylene part has density 0.904 g/cm³; crystalline and amorphous polypropylene have densities 0.946 and 0.855 g/cm³. What is the amorphous mass fraction?",
        1 - _xtal(0.946, 0.855, 0.904) / 100,
        "dimensionless",
    ),
    (
        "A polypropylene part has density 56.4 lb/ft³; crystalline and amorphous polypropylene have densities 0.946 and 0.855 g/cm³. What is the percent crystallinity?",
        _xtal(0.946, 0.855, 56.4 * LB / (0.3048**3) / 1000),
        "percent",
    ),
    (
        "A polypropylene moulding of density 0.904 g/cm³ is 56.3 % crystalline by mass; fully amorphous polypropylene has density 0.855 g/cm³. What is the density of fully crystalline polypropylene, in g/cm³?",
        0.563 * 0.904 * 0.855 / (0.855 - 0.904 * (1 - 0.563)),
        "g/cm**3",
    ),
    (
        "A polymer strap under constant strain has a stress of 6.0 MPa when fitted and 4.2 MPa after 50 days. What is its relaxation time, in days?",
        50 / math.log(6.0 / 4.2),
        "day",
    ),
    (
        "A polymer strap under constant strain has a stress of 6.0 MPa when fitted and 4.2 MPa after 50 days. What stress (MPa) remains after 100 days?",
        6.0 * (4.2 / 6.0) ** 2,
        "MPa",
    ),
    (
        "A polymer strap under constant strain has a stress of 870 psi when fitted and 609 psi after 50 days. After how many days does the stress fall to 290 psi?",
        _relax_t(870, 609, 50, 290),
        "day",
    ),
    (
        "A polymer strap under constant strain has a stress of 6.0 MPa when fitted and 4.2 MPa after 50 days. How many weeks until the stress falls to 2.0 MPa?",
        _relax_t(6.0, 4.2, 50, 2.0) / 7,
        "week",
    ),
    (
        "A polymer strap under constant strain has a stress of 6.0 MPa when fitted and 4.2 MPa after 50 days. Assume the stress relaxes linearly with time. After how many days does it reach 2.0 MPa?",
        None,
        "day",
    ),
    (
        "A polymer strap under constant strain has a stress of 6.0 MPa when fitted and 4.2 MPa after 50 days. After how many days does the stress reach 7.0 MPa?",
        None,
        "day",
    ),
    (
        "A random ethylene–propylene copolymer has a number-average molecular weight of 350 000 g/mol and a degree of polymerization of 10 000. What fraction of its repeat units are propylene?",
        1 - (M_PP - 35.0) / (M_PP - M_PE),
        "dimensionless",
    ),
    (
        "A random ethylene–propylene copolymer has Mn = 300 000 g/mol and a degree of polymerization of 9 000. What fraction of its repeat units are ethylene?",
        (M_PP - 300000 / 9000) / (M_PP - M_PE),
        "dimensionless",
    ),
    (
        "A random ethylene–propylene copolymer has Mn = 500 000 g/mol and a degree of polymerization of 10 000. What fraction of its repeat units are ethylene?",
        None,
        "dimensionless",
    ),
    (
        "A linear polypropylene has a degree of polymerization of 10 000. What is its number-average molecular weight in g/mol?",
        10000 * M_PP,
        "g/mol",
    ),
    # --- composites and porous ceramics
    (
        "A unidirectional composite has 40 vol% continuous E-glass fibres (E = 72.4 GPa) in polyester (E = 3.4 GPa). What is its modulus along the fibres, in GPa?",
        0.4 * 72.4 + 0.6 * 3.4,
        "GPa",
    ),
    (
        "A unidirectional composite has 40 vol% continuous E-glass fibres (E = 10.5 × 10⁶ psi) in polyester (E = 0.50 × 10⁶ psi). What is its modulus transverse to the fibres, in GPa?",
        10.5e6 * 0.5e6 / (0.4 * 0.5e6 + 0.6 * 10.5e6) * PSI / 1e9,
        "GPa",
    ),
    (
        "A unidirectional composite has 40 vol% continuous E-glass fibres (E = 10.5 × 10⁶ psi) in polyester (E = 0.50 × 10⁶ psi). What is its modulus along the fibres, in psi?",
        (0.4 * 10.5 + 0.6 * 0.5) * 1e6,
        "psi",
    ),
    (
        "A unidirectional composite has continuous E-glass fibres (E = 72.4 GPa) in polyester (E = 3.4 GPa) and must have a longitudinal modulus of 35 GPa. What fibre volume fraction is needed?",
        (35 - 3.4) / (72.4 - 3.4),
        "dimensionless",
    ),
    (
        "A unidirectional composite has 40 wt% continuous E-glass fibres (E = 72.4 GPa) in polyester (E = 3.4 GPa). What is its modulus along the fibres, in GPa?",
        None,
        "GPa",
    ),
    (
        "A unidirectional composite has 40 vol% continuous E-glass fibres (E = 72.4 GPa) in polyester (E = 3.4 GPa). By what factor is the longitudinal modulus larger than the transverse modulus?",
        (0.4 * 72.4 + 0.6 * 3.4) / (72.4 * 3.4 / (0.4 * 3.4 + 0.6 * 72.4)),
        "dimensionless",
    ),
    (
        "An aligned carbon-fibre/epoxy composite holds 60 vol% fibres; E_f = 230 GPa and E_m = 2.5 GPa. What percentage of a load along the fibres do the fibres carry?",
        0.6 * 230 / (0.6 * 230 + 0.4 * 2.5) * 100,
        "percent",
    ),
    (
        "An aligned carbon-fibre/epoxy composite holds 45 vol% fibres; E_f = 230 GPa and E_m = 2.5 GPa. What percentage of a load along the fibres does the matrix carry?",
        0.55 * 2.5 / (0.45 * 230 + 0.55 * 2.5) * 100,
        "percent",
    ),
    (
        "An aligned carbon-fibre/epoxy composite holds 45 vol% fibres; E_f = 230 GPa and E_m = 2.5 GPa. What is the ratio of the load carried by the fibres to that carried by the matrix?",
        0.45 * 230 / (0.55 * 2.5),
        "dimensionless",
    ),
    (
        "An aligned carbon-fibre/epoxy composite holds 45 vol% fibres; E_f = 230 GPa and E_m = 2.5 GPa. When loaded transverse to the fibres, what percentage of the load do the fibres carry?",
        None,
        "percent",
    ),
    (
        "Carbon fibres 8 µm in diameter with tensile strength 3.5 GPa sit in a matrix whose fibre–matrix bond strength is 40 MPa. What is the critical fibre length in µm?",
        3.5e9 * 8e-6 / (2 * 40e6) * 1e6,
        "um",
    ),
    (
        "Carbon fibres of radius 4 µm with tensile strength 3.5 GPa sit in a matrix with fibre–matrix bond strength 40 MPa. Compute the critical fibre length in mm.",
        3.5e9 * 8e-6 / (2 * 40e6) * 1000,
        "mm",
    ),
    (
        "Glass fibres 10 µm in diameter with tensile strength 500 ksi sit in a matrix with fibre–matrix bond strength 6 ksi. What is the critical fibre length in mm?",
        500 * 10e-6 / (2 * 6) * 1000,
        "mm",
    ),
    (
        "Carbon fibres of diameter 8 µm and tensile strength 3.5 GPa sit in a matrix with bond strength 40 MPa. The critical length must be at most 0.20 mm. What is the smallest bond strength (MPa) that allows this?",
        3.5e9 * 8e-6 / (2 * 0.20e-3) / 1e6,
        "MPa",
    ),
    (
        "Carbon fibres 8 µm in diameter, tensile strength 3.5 GPa, in a matrix with bond strength 40 MPa, are chopped to 2 mm. By what factor is the fibre length longer than the critical length?",
        2e-3 / (3.5e9 * 8e-6 / (2 * 40e6)),
        "dimensionless",
    ),
    (
        "Fully dense alumina has E = 380 GPa. A sintered part has E = 300 GPa. Using E = E₀(1 − 1.9P + 0.9P²), estimate its volume porosity in percent.",
        _porosity(380, 300),
        "percent",
    ),
    (
        "Fully dense alumina has E = 380 GPa. What is the modulus (GPa) of a part with 10 vol% porosity, from E = E₀(1 − 1.9P + 0.9P²)?",
        380 * (1 - 1.9 * 0.1 + 0.9 * 0.01),
        "GPa",
    ),
    (
        "Fully dense alumina has E = 55 × 10⁶ psi. A sintered part has E = 39 × 10⁶ psi. Using E = E₀(1 − 1.9P + 0.9P²), estimate the volume fraction porosity.",
        _porosity(55, 39) / 100,
        "dimensionless",
    ),
    (
        "Fully dense alumina has E = 380 GPa. A sintered part has E = 270 GPa. Using E = E₀(1 − 1.9P + 0.9P²), what is its relative density in percent?",
        100 - _porosity(380, 270),
        "percent",
    ),
    (
        "Fully dense alumina has E = 380 GPa. A sintered part has E = 400 GPa. Using E = E₀(1 − 1.9P + 0.9P²), estimate its volume porosity in percent.",
        None,
        "percent",
    ),
    (
        "Fully dense alumina has E = 380 GPa. A sintered part has E = 270 GPa. Using E = E₀ exp(−3.0 P), estimate its volume porosity in percent.",
        -math.log(270 / 380) / 3.0 * 100,
        "percent",
    ),
    # --- set N/O neighbours: electrochemistry, corrosion, thermal, magnetic loss, defects, phases
    (
        "A cell has a Ni electrode in 3.0 × 10⁻³ M Ni²⁺ and a Cd electrode in 0.25 M Cd²⁺ at 25 °C (Ni²⁺/Ni −0.250 V, Cd²⁺/Cd −0.403 V). What is the standard cell potential, in V?",
        0.153,
        "V",
    ),
    (
        "A cell has a Ni electrode in 1.0 × 10⁻³ M Ni²⁺ and a Cd electrode in 0.50 M Cd²⁺ at 25 °C (Ni²⁺/Ni −0.250 V, Cd²⁺/Cd −0.403 V). What is the cell voltage?",
        0.153 - R * 298.15 / (2 * 96485.33212) * math.log(0.50 / 1.0e-3),
        "V",
    ),
    (
        "A cell has a Ni electrode in 3.0 × 10⁻³ M Ni²⁺ and a Cd electrode in 0.25 M Cd²⁺ at 50 °C (Ni²⁺/Ni −0.250 V, Cd²⁺/Cd −0.403 V). What is the cell voltage?",
        0.153 - R * _k(50) / (2 * 96485.33212) * math.log(0.25 / 3.0e-3),
        "V",
    ),
    (
        "A cell has a Ni electrode in 3.0 × 10⁻³ M Ni²⁺ and a Cd electrode in 0.25 M Cd²⁺ at 25 °C (Ni²⁺/Ni −0.250 V, Cd²⁺/Cd −0.403 V). At what Cd²⁺ concentration (M) would the cell voltage be zero, with Ni²⁺ unchanged?",
        3.0e-3 * math.exp(0.153 * 2 * 96485.33212 / (R * 298.15)),
        "mol/L",
    ),
    (
        "A carbon-steel panel with 0.48 m² exposed lost 312 g to uniform corrosion in 18 months; density 7.9 g/cm³. What was the corrosion penetration rate in mm/yr?",
        312 / (7.9 * 0.48e4 * 1.5) * 10,
        "mm/year",
    ),
    (
        "A carbon-steel panel with 0.48 m² exposed lost 312 g to uniform corrosion in 36 months; density 7.9 g/cm³. What was the corrosion penetration rate in mils per year?",
        312 / (7.9 * 0.48e4 * 3.0) / 2.54e-3,
        "thou/year",
    ),
    (
        "A carbon-steel panel with 5.2 ft² exposed lost 312 g to uniform corrosion in 18 months; density 7.9 g/cm³. What was the corrosion penetration rate in mpy?",
        312 / (7.9 * 5.2 * 929.0304 * 1.5) / 2.54e-3,
        "thou/year",
    ),
    (
        "A carbon-steel panel with 0.48 m² exposed lost 312 g to uniform corrosion in 18 months; density 7.9 g/cm³. How much mass (g) would it lose in 5 years at the same rate?",
        312 / 1.5 * 5,
        "g",
    ),
    (
        "An aluminium bar is 15 in. long at 70 °F; α = 13.1 × 10⁻⁶ (°F)⁻¹. What is its length (in.) at 400 °F, the final length?",
        15 * (1 + 13.1e-6 * 330),
        "inch",
    ),
    (
        "An aluminium bar is 15 in. long at 70 °F; α = 13.1 × 10⁻⁶ (°F)⁻¹. By how many inches does it shorten when cooled to −40 °F?",
        15 * 13.1e-6 * 110,
        "inch",
    ),
    (
        "An aluminium bar is 15 in. long at 70 °F; α = 23.6 × 10⁻⁶ (°C)⁻¹. By how many inches does it lengthen when heated to 400 °F?",
        15 * 23.6e-6 * 330 / 1.8,
        "inch",
    ),
    (
        "An aluminium bar is 15 in. long at 70 °F; α = 13.1 × 10⁻⁶ (°F)⁻¹. By how many millimetres does it lengthen when heated to 400 °F?",
        15 * 13.1e-6 * 330 * 25.4,
        "mm",
    ),
    (
        "Aluminium has a Debye temperature of 428 K. Using the Debye T³ law, estimate its lattice heat capacity C_v at 10 K, in mJ/(mol·K).",
        12 * PI**4 / 5 * R * (10 / 428) ** 3 * 1000,
        "mJ/(mol*K)",
    ),
    (
        "Copper has a Debye temperature of 343 K. Using the Debye T³ law, estimate its C_v at 15 K in J/(mol·K).",
        12 * PI**4 / 5 * R * (15 / 343) ** 3,
        "J/(mol*K)",
    ),
    (
        "Aluminium has a Debye temperature of 428 K. Using the Debye T³ law, by what factor does C_v rise from 10 K to 20 K?",
        8.0,
        "dimensionless",
    ),
    (
        "Aluminium has a Debye temperature of 428 K. Using the Debye T³ law, estimate its lattice heat capacity at 300 K in J/(mol·K).",
        None,
        "J/(mol*K)",
    ),
    (
        "A 50 Hz transformer core of silicon steel (7.65 g/cm³) weighs 9.5 kg; its B–H loop encloses 310 J/m³ per cycle. What is the hysteresis loss at 60 Hz, in W?",
        310 * 9.5 / 7650 * 60,
        "W",
    ),
    (
        "A transformer core of silicon steel (7.65 g/cm³) weighs 9.5 kg; its B–H loop encloses 310 J/m³ per cycle at 50 Hz. How much energy (J) is lost to hysteresis in one hour?",
        310 * 9.5 / 7650 * 50 * 3600,
        "J",
    ),
    (
        "A 50 Hz transformer core of silicon steel (7.65 g/cm³) has a volume of 1.24 × 10⁻³ m³; its B–H loop encloses 310 J/m³ per cycle. What is the hysteresis loss in W?",
        310 * 1.24e-3 * 50,
        "W",
    ),
    (
        "A 50 Hz transformer core of silicon steel (7.65 g/cm³) weighs 9.5 kg; its B–H loop encloses 310 J/m³ per cycle. What is the hysteresis loss per kilogram, in W/kg?",
        310 / 7650 * 50,
        "W/kg",
    ),
    (
        "The energy to form a Schottky defect in NaCl is 2.3 eV; density 2.165 g/cm³, formula weight 58.44 g/mol. How many Schottky defects per cubic metre are there at 600 °C?",
        2.165e6 * NA / 58.44 * math.exp(-2.3 / (2 * k * _k(600))),
        "1/m**3",
    ),
    (
        "The energy to form a Schottky defect in NaCl is 2.3 eV; density 2.165 g/cm³, formula weight 58.44 g/mol. What fraction of cation sites is vacant at 700 °C?",
        math.exp(-2.3 / (2 * k * _k(700))),
        "dimensionless",
    ),
    (
        "The energy to form a Schottky defect in KCl is 2.6 eV; density 1.99 g/cm³, formula weight 74.55 g/mol. How many Schottky defects per cm³ are present at 500 °C?",
        1.99 * NA / 74.55 * math.exp(-2.6 / (2 * k * _k(500))),
        "1/cm**3",
    ),
    (
        "A 0.35 wt% C steel is cooled slowly to just below 727 °C (C_α = 0.022, eutectoid 0.76 wt% C). What mass fraction is proeutectoid ferrite?",
        (0.76 - 0.35) / (0.76 - 0.022),
        "dimensionless",
    ),
    (
        "A 0.50 wt% C steel is cooled slowly to just below the eutectoid temperature (C_α = 0.022, eutectoid 0.76 wt% C). What mass fraction of the microstructure is pearlite?",
        (0.50 - 0.022) / (0.76 - 0.022),
        "dimensionless",
    ),
    (
        "A 1.20 wt% C steel is cooled slowly to just below 727 °C (eutectoid 0.76 wt% C, Fe₃C 6.70 wt% C). What mass fraction is proeutectoid cementite?",
        (1.20 - 0.76) / (6.70 - 0.76),
        "dimensionless",
    ),
    (
        "A 1.20 wt% C steel is cooled slowly to just below 727 °C (eutectoid 0.76 wt% C, Fe₃C 6.70 wt% C). What mass fraction is proeutectoid ferrite?",
        None,
        "dimensionless",
    ),
    (
        "A Cu–Ni alloy contains 45 wt% Ni (Ni 58.69 g/mol, Cu 63.55 g/mol). What is its composition in atom percent nickel?",
        (45 / 58.69) / (45 / 58.69 + 55 / 63.55) * 100,
        "percent",
    ),
    (
        "A Cu–Ni alloy contains 35 at% Ni (Ni 58.69 g/mol, Cu 63.55 g/mol). What is its composition in weight percent nickel?",
        35 * 58.69 / (35 * 58.69 + 65 * 63.55) * 100,
        "percent",
    ),
    (
        "A Cu–Ni alloy contains 35 wt% Ni (Ni 58.69 g/mol, Cu 63.55 g/mol). What is its composition in atom percent copper?",
        (65 / 63.55) / (35 / 58.69 + 65 / 63.55) * 100,
        "percent",
    ),
    (
        "A random sample of silicon is doped with 3 × 10¹⁶ cm⁻³ arsenic; μ_e = 1250 cm²/(V·s) and every donor is ionized. What is its conductivity in (Ω·m)⁻¹?",
        3e22 * EV * 0.125,
        "S/m",
    ),
    (
        "A silicon wafer is doped with 3 × 10¹⁶ cm⁻³ arsenic atoms; μ_e = 1250 cm²/(V·s); every donor is ionized. What resistance (Ω) does a bar 1.0 cm long and 1.0 mm² in section have?",
        1 / (3e16 * EV * 1250) * 1.0 / 0.01,
        "ohm",
    ),
    (
        "Recrystallized brass with a 20 µm mean grain diameter grows to 45 µm after 30 min at 600 °C. Assuming d² − d₀² = Kt, what will the grain diameter be after 4 h (in µm)?",
        math.sqrt(400 + (45**2 - 400) / 30 * 240),
        "um",
    ),
    (
        "Recrystallized brass with a 20 µm mean grain diameter grows to 45 µm after 30 min at 600 °C. Assuming d² − d₀² = Kt, how long (min) does it take to reach 60 µm?",
        (60**2 - 400) / ((45**2 - 400) / 30),
        "minute",
    ),
    (
        "Recrystallized brass with a 20 µm mean grain diameter grows to 45 µm after 30 min at 600 °C. Assuming d³ − d₀³ = Kt, what will the grain diameter be after 2 h (in µm)?",
        (8000 + (45**3 - 8000) / 30 * 120) ** (1 / 3),
        "um",
    ),
    (
        "An iron pipe corrodes uniformly (Fe → Fe²⁺) at 8.5 µA/cm². What is the penetration rate in mpy?",
        8.5e-6 * 55.85 / (2 * 96485.33212 * 7.87) * YEAR / 2.54e-3,
        "thou/year",
    ),
    (
        "An iron pipe corrodes uniformly (Fe → Fe³⁺) at 8.5 µA/cm². What is the penetration rate in mm/yr? Iron: 55.85 g/mol, 7.87 g/cm³.",
        8.5e-6 * 55.85 / (3 * 96485.33212 * 7.87) * YEAR * 10,
        "mm/year",
    ),
    (
        "A glass rod fixed between rigid supports at 40 °C is stress-free; E = 69 GPa, α = 9.0 × 10⁻⁶ °C⁻¹, fracture strength 70 MPa. If the assembly is heated instead, at what temperature does the rod crack?",
        None,
        "degC",
    ),
    (
        "A nickel rod (E = 207 GPa, α = 13.3 × 10⁻⁶ °C⁻¹) is stress-free at 25 °C and then clamped between rigid walls and heated to 120 °C. What thermal stress develops, in MPa, with its sign (tension positive)?",
        -207e3 * 13.3e-6 * 95,
        "MPa",
    ),
    (
        "A nickel rod (E = 30 × 10⁶ psi, α = 13.3 × 10⁻⁶ °C⁻¹) is stress-free at 25 °C and then clamped between rigid walls and heated to 120 °C. What is the magnitude of the thermal stress in ksi?",
        30e3 * 13.3e-6 * 95,
        "ksi",
    ),
    # --- more near-misses: stated forms, lifted premises, wrong strengths, conventions
    (
        "Taking the diffusion distance as x ≈ √(6Dt), how far (µm) does an atom wander in one hour if D = 4 × 10⁻¹⁴ m²/s?",
        math.sqrt(6 * 4e-14 * 3600) * 1e6,
        "um",
    ),
    (
        "Taking the diffusion distance as x ≈ √(4Dt), how far (µm) does boron spread in 2 hours if D = 4 × 10⁻¹⁴ m²/s?",
        math.sqrt(4 * 4e-14 * 7200) * 1e6,
        "um",
    ),
    (
        "Using x ≈ √(Dt) as the diffusion distance, estimate how far (µm) boron spreads in 4 hours with D = 4 × 10⁻¹⁴ m²/s.",
        math.sqrt(4e-14 * 4 * 3600) * 1e6,
        "um",
    ),
    (
        "A spring steel has an ultimate tensile strength of 95 ksi and a modulus of elasticity of 29 × 10⁶ psi. Find its modulus of resilience in kJ/m³.",
        None,
        "kJ/m**3",
    ),
    (
        "A spring steel has a yield strength of 60 ksi, a tensile strength of 95 ksi and a modulus of 29 × 10⁶ psi. Find its modulus of resilience in kJ/m³.",
        (60 * KSI) ** 2 / (2 * 29e6 * PSI) / 1000,
        "kJ/m**3",
    ),
    (
        "A spring steel with a yield stress of 414 MPa has E = 200 GPa. Compute the modulus of resilience in kJ/m³.",
        414e6**2 / (2 * 200e9) / 1000,
        "kJ/m**3",
    ),
    (
        "A brass has a tensile strength of 120 ksi. Estimate its Brinell hardness to the nearest whole number.",
        None,
        "dimensionless",
    ),
    (
        "An aluminium alloy has a tensile strength of 500 MPa. Estimate its Brinell hardness.",
        None,
        "dimensionless",
    ),
    (
        "A low-alloy steel has a tensile strength of 120 ksi. Estimate its Brinell hardness.",
        120000 / 500,
        "dimensionless",
    ),
    (
        "A Ni-base alloy has a Larson–Miller parameter of 22 500 at the service stress, with T in °F, t in hours and C = 20. Predict its rupture life at 1200 °F in hours.",
        None,
        "hour",
    ),
    (
        "A Ni-base alloy has a Larson–Miller parameter of 22 500 at the service stress (T in K, t in hours, C = 20). Predict its rupture life at 1200 °F in hours.",
        _lmp_hours(22500, _f2k(1200)),
        "hour",
    ),
    (
        "A Ni-base alloy has a Larson–Miller parameter of 22 500 at the service stress (T in kelvin, t in hours, C = 20). Predict its rupture life at 650 °C in hours.",
        _lmp_hours(22500, _k(650)),
        "hour",
    ),
    (
        "A coil of 500 turns over 0.40 m carries 1.2 A; its core has relative permeability 2500. The core material saturates. Find the magnetization M of the core in A/m.",
        None,
        "A/m",
    ),
    (
        "A coil of 500 turns over 0.40 m carries 1.2 A; its core has relative permeability 2500 and stays below saturation. Find the magnetization M of the core in A/m.",
        2499 * 500 * 1.2 / 0.40,
        "A/m",
    ),
    (
        "A coil of 500 turns over 0.40 m carries 1.2 A; the iron core, of relative permeability 2500, is saturated. What flux density (T) is in the core?",
        None,
        "T",
    ),
    (
        "Nickel (FCC, a = 0.3524 nm) solidifies with γ = 0.255 J/m², ΔH_f = 2.53 × 10⁹ J/m³ and T_m = 1455 °C. Assume nucleation is heterogeneous, on the mould wall. What is the critical radius in nm at an undercooling of 250 K?",
        2 * 0.255 * _k(1455) / (2.53e9 * 250) * 1e9,
        "nm",
    ),
    (
        "Nickel (FCC, a = 0.3524 nm) solidifies with γ = 0.255 J/m², ΔH_f = 2.53 × 10⁹ J/m³ and T_m = 1455 °C. Assume homogeneous nucleation. What is the critical radius in nm at an undercooling of 250 K?",
        2 * 0.255 * _k(1455) / (2.53e9 * 250) * 1e9,
        "nm",
    ),
    (
        "Copper (FCC, a = 0.3615 nm). Calculate the planar density of the (100) plane in atoms/nm². Assume 5 % of the plane's atom sites are vacant.",
        0.95 * 2 / _CU_A**2,
        "1/nm**2",
    ),
    (
        "Copper is FCC with a = 0.3615 nm. Assume the copper is replaced by a BCC metal of the same lattice parameter. What is the planar density of the (110) plane in atoms/nm²?",
        2 / (math.sqrt(2) * _CU_A**2),
        "1/nm**2",
    ),
    (
        "A metal has one vacancy per 5000 lattice sites at 1100 K and a vacancy formation energy of 1.0 eV. At what temperature (K) does it have one vacancy per 50 000 sites?",
        1 / (1 / 1100 + k / 1.0 * math.log(10)),
        "K",
    ),
    (
        "A metal with vacancy formation energy 0.95 eV has one vacancy in every 10 000 sites at 1200 K. What is the vacancy fraction at 1400 K?",
        1e-4 * math.exp(0.95 / k * (1 / 1200 - 1 / 1400)),
        "dimensionless",
    ),
    (
        "A metal with vacancy formation energy 0.95 eV has one vacancy in every 10 000 sites at 1200 K. At what temperature (K) is there one vacancy in every 1000 sites?",
        1 / (1 / 1200 - k / 0.95 * math.log(10)),
        "K",
    ),
    (
        "Fully dense zirconia has E = 200 GPa; a porous sample measures 215 GPa. Using E = E₀(1 − 1.9P + 0.9P²), what is the porosity as a volume fraction?",
        None,
        "dimensionless",
    ),
    (
        "Fully dense zirconia has E = 200 GPa; a porous sample measures 150 GPa. Using E = E₀(1 − 1.9P + 0.9P²), what is the porosity as a volume fraction?",
        _porosity(200, 150) / 100,
        "dimensionless",
    ),
    (
        "Fully dense silicon carbide has E = 470 GPa; a sintered sample has E = 350 GPa. Using E = E₀(1 − 1.9P + 0.9P²), what is its volume porosity in percent?",
        _porosity(470, 350),
        "percent",
    ),
    (
        "An aligned glass-fibre composite must carry 90 % of an axial load in its fibres; E_f = 72.4 GPa and E_m = 3.4 GPa. What fibre volume fraction is needed?",
        0.9 * 3.4 / (0.1 * 72.4 + 0.9 * 3.4),
        "dimensionless",
    ),
]
