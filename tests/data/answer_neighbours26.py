"""Neighbour questions, round 26 (issue 11, precision), in our own words.

Written by helper probe27 (session 32) near the classes landed last session, which had the least
probing: integer fractions written as values ('nu = 1/3', TeX fractions, 'a 1/2 in. bar', mixed
numbers) and slashes that are not values ('1/4-20 bolt', 'w/w', 'mol/L', dates); Faraday's law with
the ion's charge read from the salt's formula (CuSO4, NiCl2, AgNO3, Cr2(SO4)3, FeCl2 vs FeCl3,
SnCl2 vs SnCl4, K2Cr2O7); nearest-neighbour distances; atoms per unit cell; Scherrer sizes from a
peak's hkl; angles between cubic directions; an expansion gap closed by heating; signed thermal
stress under a stated sign convention; the diffusion length x = sqrt(Dt); steady conduction through
a plate; Norton creep; the rectangular hysteresis loop w = 4 H_c B_r; polymer specimen density from
crystallinity; rock-salt and CsCl densities from two ionic radii; Hall-Petch at one of two grain
sizes; percent cold work from two areas; and worded shares of a written number. Each is varied:
other numbers and units, the ask moved to a related quantity, givens reordered, a distractor, a
missing given (must refuse), an ambiguous ask (must refuse), degC vs K, percent vs fraction, TeX and
Unicode forms, values in words, and values relative to another.

290 questions, 67 of them must-refuse. Main (2615431) answered 101 and 13 wrong, in five classes:
Faraday's law where the stem writes the metal's ion beside the bath salt's formula ('a CuCl solution
(copper as Cu+)', 'FeCl3 (Fe3+ ions)', 'Silver (Ag+) from AgNO3'): the salt's molar mass was looked up
as the atomic weight, and an ion that disagrees with the salt ('CuCl2 (Cu+)') was answered (4); the
area of a round section asked 'in square inches / millimetres': the unit's word 'square' chose the
square-section relation and the diameter was squared (3); a cosine, sine or tangent of the angle
between cubic directions or planes answered with the angle in radians (4); the ratio of the
Hall-Petch strengths at two grain sizes answered with the strength at the finer one (1); the signed
thermal stress of a bar resting 'free on rollers' answered as if restrained (1). Now 95 answered,
0 wrong; fixes in metal_ion_charge.py, relations/cross_sections.py, cubic_angles.py,
grain_refinement.py and answer_guards.py, class tests in tests/test_answer_probe27_classes.py.

Keys computed below with plain math; a key of None means the question must be refused.
tests/test_answer_neighbours.py holds them at 0 wrong.
"""

from __future__ import annotations

import math

NA = 6.02214076e23
R = 8.314462618
F = 96485.33212


def faraday_mass(i_a: float, t_s: float, m_g: float, n: int) -> float:
    """Mass in g plated by current i_a (A) over t_s (s), n electrons per ion of molar mass m_g."""
    return i_a * t_s * m_g / (n * F)


def circle_area(d: float) -> float:
    """Area of a circle of diameter d (any length unit, squared)."""
    return math.pi * d * d / 4


def scherrer_nm(k: float, lam_nm: float, fwhm_deg: float, two_theta_deg: float) -> float:
    """Scherrer size in nm: K lambda / (beta cos theta), beta the FWHM in radians."""
    return k * lam_nm / (math.radians(fwhm_deg) * math.cos(math.radians(two_theta_deg / 2)))


def cubic_angle(u: tuple[int, int, int], v: tuple[int, int, int]) -> float:
    """Angle in degrees between two directions of a cubic crystal."""
    dot = sum(a * b for a, b in zip(u, v, strict=True))
    nu = math.sqrt(sum(a * a for a in u))
    nv = math.sqrt(sum(b * b for b in v))
    return math.degrees(math.acos(dot / (nu * nv)))


def two_phase_density(x_c: float, rho_c: float, rho_a: float) -> float:
    """Specimen density from mass-fraction crystallinity x_c: 1/rho = x_c/rho_c + (1 - x_c)/rho_a."""
    return 1 / (x_c / rho_c + (1 - x_c) / rho_a)


def cell_density(n: int, m_formula: float, a_nm: float) -> float:
    """Density in g/cm3 of n formula units of mass m_formula (g/mol) in a cube of edge a_nm."""
    return n * m_formula / (NA * (a_nm * 1e-7) ** 3)


# (question, key or None for must-refuse, pint unit of the key)
QUESTIONS: list[tuple[str, float | None, str]] = [
    # ---- Faraday's law, the ion's charge read from the salt's formula: m = I t M / (n F)
    (
        "A current of 1.5 A is passed through a CuSO4 solution for 2 h. What mass of copper is deposited?",
        faraday_mass(1.5, 7200, 63.55, 2),
        "g",
    ),
    (
        "Nickel is electroplated from an NiCl2 bath at 0.80 A for 90 min. How many grams of nickel deposit?",
        faraday_mass(0.80, 5400, 58.69, 2),
        "g",
    ),
    (
        "Silver is plated from an AgNO3 solution with a current of 0.25 A for 40 minutes. What mass of silver is plated, in mg?",
        faraday_mass(0.25, 2400, 107.87, 1) * 1000,
        "mg",
    ),
    (
        "Chromium is deposited from a Cr2(SO4)3 solution by a 10 A current flowing for 1 h. What mass of chromium is deposited?",
        faraday_mass(10, 3600, 52.00, 3),
        "g",
    ),
    (
        "Iron is electrodeposited from an FeCl3 solution at 2.0 A for 30 min. What mass of iron deposits?",
        faraday_mass(2.0, 1800, 55.85, 3),
        "g",
    ),
    (
        "Iron is electrodeposited from an FeCl2 solution at 2.0 A for 30 min. What mass of iron deposits?",
        faraday_mass(2.0, 1800, 55.85, 2),
        "g",
    ),
    (
        "Iron is deposited from an FeSO4 bath by 4.0 A for 1.5 h. Find the mass of iron in grams.",
        faraday_mass(4.0, 5400, 55.85, 2),
        "g",
    ),
    (
        "Iron is deposited from an Fe2(SO4)3 bath by 4.0 A for 1.5 h. Find the mass of iron in grams.",
        faraday_mass(4.0, 5400, 55.85, 3),
        "g",
    ),
    (
        "Tin is plated from a SnCl2 solution at 1.2 A for 45 min. What mass of tin is plated?",
        faraday_mass(1.2, 2700, 118.71, 2),
        "g",
    ),
    (
        "Tin is plated from a SnCl4 solution at 1.2 A for 45 min. What mass of tin is plated?",
        faraday_mass(1.2, 2700, 118.71, 4),
        "g",
    ),
    (
        "Gold is deposited from an AuCl3 solution using 0.50 A for 20 min. What mass of gold is deposited, in mg?",
        faraday_mass(0.50, 1200, 196.97, 3) * 1000,
        "mg",
    ),
    (
        "Copper is deposited from a CuCl solution (copper as Cu+) at 3.0 A for 1 h. What mass of copper is deposited?",
        faraday_mass(3.0, 3600, 63.55, 1),
        "g",
    ),
    (
        "How long, in hours, must 2.0 A flow through a CoSO4 solution to deposit 5.0 g of cobalt?",
        5.0 * 2 * F / (2.0 * 58.93) / 3600,
        "hour",
    ),
    (
        "What constant current, in amperes, deposits 3.0 g of nickel from an NiSO4 bath in 1 hour?",
        3.0 * 2 * F / (58.69 * 3600),
        "A",
    ),
    (
        "How many moles of nickel are deposited when 2.0 A passes through an NiCl2 solution for 1 h?",
        2.0 * 3600 / (2 * F),
        "mol",
    ),
    (
        "Lead is plated from a Pb(NO3)2 solution with 0.60 A for 2 h. What mass of lead is plated?",
        faraday_mass(0.60, 7200, 207.2, 2),
        "g",
    ),
    (
        "A Cu(NO3)2 bath is electrolysed at 5.0 A for 25 min. What mass of copper deposits?",
        faraday_mass(5.0, 1500, 63.55, 2),
        "g",
    ),
    (
        "Mercury is deposited from an HgCl2 solution by 0.40 A for 1 h. What mass of mercury is deposited?",
        faraday_mass(0.40, 3600, 200.59, 2),
        "g",
    ),
    (
        "Zinc is plated from a ZnSO4 bath (density of the bath 1.2 g/cm³) at 2.5 A for 3 h. What mass of zinc is plated?",
        faraday_mass(2.5, 10800, 65.38, 2),
        "g",
    ),
    (
        "A CuSO4 cell carries 0.50 A for two days. What mass of copper deposits, in grams?",
        faraday_mass(0.50, 2 * 86400, 63.55, 2),
        "g",
    ),
    (
        "A current of 250 mA passes through an AgNO3 cell for 1.5 h. How many grams of silver are plated?",
        faraday_mass(0.25, 5400, 107.87, 1),
        "g",
    ),
    (
        "A CuSO4 bath carries a current of 2 A. What mass of copper deposits?",
        None,
        "g",
    ),
    (
        "Nickel is plated from an NiCl2 bath for 3 h. How many grams of nickel are plated?",
        None,
        "g",
    ),
    (
        "Iron is plated from an iron chloride solution at 2.0 A for 1 h. What mass of iron is plated?",
        None,
        "g",
    ),
    (
        "Tin is plated from a tin chloride bath at 1.0 A for 1 h. What mass of tin is plated?",
        None,
        "g",
    ),
    (
        "A CuSO4 cell and an AgNO3 cell are joined in series and carry the same current. What is the ratio of the mass of silver to the mass of copper deposited?",
        (107.87 / 1) / (63.55 / 2),
        "",
    ),
    (
        "An NiSO4 bath and a Cr2(SO4)3 bath are in series at 3 A for 1 h. What mass of chromium is deposited?",
        faraday_mass(3, 3600, 52.00, 3),
        "g",
    ),
    (
        "A CuSO4 bath is run at 1.5 A for 2 h and an AgNO3 bath at 1.5 A for 1 h. What total mass of metal is plated?",
        None,
        "g",
    ),
    (
        "Copper is plated from CuSO₄ at 1.0 A for 30 min. What mass of copper, in milligrams, is plated?",
        faraday_mass(1.0, 1800, 63.55, 2) * 1000,
        "mg",
    ),
    (
        "Nickel is plated from NiCl₂ at half an ampere for 2 h. What mass of nickel is plated?",
        faraday_mass(0.5, 7200, 58.69, 2),
        "g",
    ),
    (
        "Cobalt is plated from a CoCl2 bath at 1.0 A for 1 h (a CoCl3 bath was tried first and dropped). What mass of cobalt is plated?",
        faraday_mass(1.0, 3600, 58.93, 2),
        "g",
    ),
    (
        "Chromium is plated at 5 A for 2 h. What mass of chromium is plated?",
        None,
        "g",
    ),
    (
        "Aluminium is won from molten AlCl3 at 50 A for 1 h. What mass of aluminium is produced?",
        faraday_mass(50, 3600, 26.98, 3),
        "g",
    ),
    (
        "Sodium is produced by electrolysing molten NaCl at 3.0 A for 1 h. What mass of sodium forms?",
        faraday_mass(3.0, 3600, 22.99, 1),
        "g",
    ),
    (
        "What charge, in coulombs, deposits 1.00 g of copper from a CuSO4 solution?",
        1.00 * 2 * F / 63.55,
        "C",
    ),
    (
        "What charge, in coulombs, deposits 1.00 g of iron from an FeCl3 solution?",
        1.00 * 3 * F / 55.85,
        "C",
    ),
    # ---- integer fractions as values, and slashes that are not values
    (
        "A metal has E = 70 GPa and ν = 1/3. What is its shear modulus G = E/(2(1 + ν))?",
        70 / (2 * (1 + 1 / 3)),
        "GPa",
    ),
    (
        "An isotropic alloy has Young's modulus 200 GPa and Poisson's ratio 1/4. What is its shear modulus?",
        200 / (2 * 1.25),
        "GPa",
    ),
    (
        "An isotropic solid has E = 120 GPa and \\nu = \\frac{1}{3}. What is its bulk modulus K = E/(3(1 - 2ν))?",
        120 / (3 * (1 - 2 / 3)),
        "GPa",
    ),
    (
        "A rod with Poisson's ratio ν = 1/3 is stretched to an axial strain of 0.0030. What is the magnitude of its lateral strain?",
        0.0030 / 3,
        "",
    ),
    (
        "A rod with Poisson's ratio ⅓ is stretched to an axial strain of 0.0024. What is the magnitude of the lateral strain?",
        0.0024 / 3,
        "",
    ),
    (
        "A metal has ν = 1/3. What is its shear modulus?",
        None,
        "GPa",
    ),
    (
        "A 1/2 in. diameter steel bar carries a tensile load of 5000 lb. What is the tensile stress in psi?",
        5000 / circle_area(0.5),
        "psi",
    ),
    (
        "A 3/4 in. diameter rod carries an axial load of 12,000 lbf. What is the normal stress, in ksi?",
        12.0 / circle_area(0.75),
        "ksi",
    ),
    (
        "A 1 1/2 in. diameter bar carries a tensile load of 20,000 lb. What is the tensile stress in psi?",
        20000 / circle_area(1.5),
        "psi",
    ),
    (
        "A 3/8 in. diameter wire carries 1500 lb in tension. What is the stress in psi?",
        1500 / circle_area(0.375),
        "psi",
    ),
    (
        "What is the cross-sectional area, in square inches, of a 5/8 in. diameter round bar?",
        circle_area(0.625),
        "inch**2",
    ),
    (
        "A 1/4-20 bolt has a tensile stress area of 0.0318 in² and carries 800 lb. What is the tensile stress in the bolt, in psi?",
        800 / 0.0318,
        "psi",
    ),
    (
        "A 1/4-20 bolt carries 800 lb. What is the tensile stress in the bolt, in psi?",
        None,
        "psi",
    ),
    (
        "A test logged on 12/3 recorded a load of 20 kN on a bar of 10 mm diameter. What was the stress, in MPa?",
        20e3 / circle_area(10),
        "MPa",
    ),
    (
        "A tensile bar is 1/2 in. wide and 1/4 in. thick and carries 2500 lb. What is the stress in psi?",
        2500 / (0.5 * 0.25),
        "psi",
    ),
    (
        "A 1/2 in. diameter aluminium rod (E = 10 × 10^6 psi) carries 3000 lb. What is its elastic strain?",
        3000 / circle_area(0.5) / 10e6,
        "",
    ),
    (
        "Creep becomes important above about 0.4 of the melting temperature. For aluminium (Tm = 933 K), a part runs at 2/3 of its melting temperature. What is that temperature in K?",
        933 * 2 / 3,
        "K",
    ),
    (
        "A salt solution is made 5 % w/w NaCl. What mass of NaCl is in 400 g of solution?",
        20,
        "g",
    ),
    (
        "A solution holds 0.50 mol/L of CuSO4. How many moles of CuSO4 are in 2.0 L?",
        1.0,
        "mol",
    ),
    (
        "A material with E = 150 GPa and ν = 0.25 is loaded in uniaxial tension to 300 MPa. What is the magnitude of the lateral strain?",
        0.25 * 300 / 150e3,
        "",
    ),
    (
        "A cube of a material with ν = 1/3 and E = 90 GPa is loaded hydrostatically. What is its bulk modulus, in GPa?",
        90 / (3 * (1 - 2 / 3)),
        "GPa",
    ),
    (
        "A rod of 1/2 in. diameter, marked at its 1/4 and 3/4 points, carries 4000 lb in tension. What stress, in psi, is in the rod?",
        4000 / circle_area(0.5),
        "psi",
    ),
    # ---- nearest-neighbour distances (FCC a/sqrt2, BCC a sqrt3/2, SC a, diamond a sqrt3/4)
    (
        "Copper is FCC with a lattice parameter of 0.3615 nm. What is the nearest-neighbour distance, in nm?",
        0.3615 / math.sqrt(2),
        "nm",
    ),
    (
        "BCC iron has a = 0.2866 nm. What is the distance between nearest-neighbour atoms, in pm?",
        286.6 * math.sqrt(3) / 2,
        "pm",
    ),
    (
        "A simple cubic metal has a lattice parameter of 3.36 Å. What is its nearest-neighbour distance in Å?",
        3.36,
        "angstrom",
    ),
    (
        "Silicon (diamond cubic) has a = 0.5431 nm. What is the Si–Si nearest-neighbour distance in nm?",
        0.5431 * math.sqrt(3) / 4,
        "nm",
    ),
    (
        "In FCC aluminium the nearest-neighbour distance is 0.2863 nm. What is the lattice parameter?",
        0.2863 * math.sqrt(2),
        "nm",
    ),
    (
        "The nearest-neighbour distance in BCC tungsten is 0.2741 nm. What is the cubic lattice parameter in nm?",
        0.2741 * 2 / math.sqrt(3),
        "nm",
    ),
    (
        "Nickel is FCC with a = 0.352 nm. What is the second-nearest-neighbour distance, in nm?",
        0.352,
        "nm",
    ),
    (
        "Chromium is BCC with a = 0.2884 nm. What is the second-nearest-neighbour distance in nm?",
        0.2884,
        "nm",
    ),
    (
        "A cubic metal has a lattice parameter of 0.405 nm. What is its nearest-neighbour distance?",
        None,
        "nm",
    ),
    (
        "A cubic crystal has a lattice parameter of 0.316 nm. What is the nearest-neighbour distance in pm?",
        None,
        "pm",
    ),
    (
        "NaCl has the rock-salt structure with a = 0.564 nm. What is the distance between a Na+ ion and its nearest Cl− neighbour?",
        0.564 / 2,
        "nm",
    ),
    (
        "NaCl (rock salt) has a lattice parameter of 0.564 nm. What is the distance between nearest Na+ ions?",
        0.564 / math.sqrt(2),
        "nm",
    ),
    (
        "CsCl has a cubic cell of edge 0.4123 nm. What is the nearest Cs+–Cl− distance in nm?",
        0.4123 * math.sqrt(3) / 2,
        "nm",
    ),
    (
        "Copper is FCC with a = 0.3615 nm. What is the atomic radius, in nm, if the nearest neighbours touch?",
        0.3615 * math.sqrt(2) / 4,
        "nm",
    ),
    (
        "BCC molybdenum has a = 0.3147 nm. Half the nearest-neighbour distance gives the atomic radius. What is it, in pm?",
        314.7 * math.sqrt(3) / 4,
        "pm",
    ),
    (
        "A BCC metal has a lattice parameter of 0.330 nm and an FCC metal has a lattice parameter of 0.330 nm. What is the nearest-neighbour distance?",
        None,
        "nm",
    ),
    (
        "Gold is FCC with a lattice parameter of 4.078 Å. What is the nearest-neighbour distance in nm?",
        0.4078 / math.sqrt(2),
        "nm",
    ),
    (
        "How many nearest neighbours does an atom have in an FCC crystal?",
        12,
        "",
    ),
    (
        "How many nearest neighbours does an atom have in a BCC crystal with a = 0.287 nm?",
        8,
        "",
    ),
    # ---- atoms per unit cell
    (
        "How many atoms belong to one FCC unit cell?",
        4,
        "",
    ),
    (
        "How many atoms are there per BCC unit cell?",
        2,
        "",
    ),
    (
        "How many atoms does one diamond-cubic unit cell of silicon contain?",
        8,
        "",
    ),
    (
        "How many atoms are in the conventional HCP unit cell (the hexagonal prism)?",
        6,
        "",
    ),
    (
        "A cubic metal has density 8.96 g/cm³, atomic weight 63.55 g/mol and lattice parameter 0.3615 nm. How many atoms are in its unit cell?",
        8.96 * (0.3615e-7) ** 3 * NA / 63.55,
        "",
    ),
    (
        "A cubic metal has a density of 7.87 g/cm³, molar mass 55.85 g/mol and a = 0.2866 nm. How many atoms does each unit cell hold?",
        7.87 * (0.2866e-7) ** 3 * NA / 55.85,
        "",
    ),
    (
        "A cubic unit cell has an edge of 0.50 nm. How many atoms are in it?",
        None,
        "",
    ),
    (
        "FCC copper has a = 0.3615 nm. How many atoms are there per cubic centimetre?",
        4 / (0.3615e-7) ** 3,
        "1/cm**3",
    ),
    (
        "BCC iron has a = 0.2866 nm. How many atoms are in one cubic millimetre of it?",
        2 / (0.2866e-6) ** 3,
        "1/mm**3",
    ),
    (
        "How many Na+ and Cl− ions in total are in one rock-salt unit cell of NaCl?",
        8,
        "",
    ),
    (
        "How many formula units of NaCl are in one rock-salt unit cell?",
        4,
        "",
    ),
    (
        "How many ions in total does one CsCl unit cell hold?",
        2,
        "",
    ),
    # ---- angles between cubic directions
    (
        "In a cubic crystal, what is the angle between the [100] and [111] directions?",
        cubic_angle((1, 0, 0), (1, 1, 1)),
        "degree",
    ),
    (
        "What is the angle between [110] and [111] in a cubic crystal?",
        cubic_angle((1, 1, 0), (1, 1, 1)),
        "degree",
    ),
    (
        "In a cubic crystal, find the angle between [111] and [11-1].",
        cubic_angle((1, 1, 1), (1, 1, -1)),
        "degree",
    ),
    (
        "What is the angle between the (100) and (110) planes of a cubic crystal?",
        45,
        "degree",
    ),
    (
        "In cubic iron, what angle does [123] make with [100]?",
        cubic_angle((1, 2, 3), (1, 0, 0)),
        "degree",
    ),
    (
        "In a tetragonal crystal, what is the angle between the [100] and [111] directions?",
        None,
        "degree",
    ),
    (
        "In a cubic crystal, what is the cosine of the angle between [100] and [111]?",
        1 / math.sqrt(3),
        "",
    ),
    (
        "In a cubic crystal, what is the angle between [1̄10] and [110]?",
        90,
        "degree",
    ),
    (
        "What is the angle between [210] and [001] in a cubic crystal, in radians?",
        math.pi / 2,
        "radian",
    ),
    (
        "What is the angle between the [112] and [1̄1̄1] directions in a cubic crystal?",
        cubic_angle((1, 1, 2), (-1, -1, 1)),
        "degree",
    ),
    (
        "In an orthorhombic crystal (a = 0.3, b = 0.4, c = 0.5 nm), what is the angle between [100] and [110]?",
        math.degrees(math.atan2(0.4, 0.3)),
        "degree",
    ),
    # ---- Scherrer: t = K lambda / (beta cos theta), beta in radians
    (
        "The (111) peak of a nanocrystalline gold film lies at 2θ = 38.2° with a FWHM of 0.40°. With Cu Kα (0.15406 nm) and K = 0.9, what is the crystallite size in nm?",
        scherrer_nm(0.9, 0.15406, 0.40, 38.2),
        "nm",
    ),
    (
        "An X-ray peak (200) at 2θ = 44.5° is broadened to a full width at half maximum of 0.25°. Using λ = 0.15406 nm and a shape factor of 0.94, estimate the crystallite size.",
        scherrer_nm(0.94, 0.15406, 0.25, 44.5),
        "nm",
    ),
    (
        "A (110) reflection has Bragg angle θ = 22.0° and a FWHM of 0.30°. With λ = 0.154 nm and K = 0.9, what is the Scherrer crystallite size?",
        scherrer_nm(0.9, 0.154, 0.30, 44.0),
        "nm",
    ),
    (
        "A peak at 2θ = 30.0° has a width of 0.0070 rad. With λ = 0.15406 nm and K = 0.9, what is the crystallite size in nm?",
        0.9 * 0.15406 / (0.0070 * math.cos(math.radians(15.0))),
        "nm",
    ),
    (
        "The (111) peak at 2θ = 28.4° has a FWHM of 0.50°; λ = 0.15406 nm and K = 0.9. What is the crystallite size, in Å?",
        scherrer_nm(0.9, 0.15406, 0.50, 28.4) * 10,
        "angstrom",
    ),
    (
        "A powder's (200) peak lies at 2θ = 33.0° with Cu Kα radiation (λ = 0.15406 nm) and K = 0.9. What is the crystallite size?",
        None,
        "nm",
    ),
    (
        "A (220) peak is broadened to a FWHM of 0.35° (λ = 0.15406 nm, K = 0.9). What is the crystallite size?",
        None,
        "nm",
    ),
    (
        "A (111) peak at 2θ = 38.2° has a measured FWHM of 0.50° and an instrumental width of 0.10°; subtract the widths in quadrature. With λ = 0.15406 nm and K = 0.9, what is the crystallite size in nm?",
        scherrer_nm(0.9, 0.15406, math.sqrt(0.50**2 - 0.10**2), 38.2),
        "nm",
    ),
    (
        "Crystallites of 20 nm give a (111) peak at 2θ = 38.2° (λ = 0.15406 nm, K = 0.9). What FWHM, in degrees, does the Scherrer equation predict?",
        math.degrees(0.9 * 0.15406 / (20 * math.cos(math.radians(19.1)))),
        "degree",
    ),
    (
        "A (311) peak at 2θ = 77.5° has FWHM 0.60°, λ = 0.15406 nm and K = 0.9; a second peak (222) at 81.7° has FWHM 0.65°. What is the crystallite size from the (311) peak?",
        scherrer_nm(0.9, 0.15406, 0.60, 77.5),
        "nm",
    ),
    (
        "Two peaks, (111) at 2θ = 38.2° with FWHM 0.40° and (200) at 44.4° with FWHM 0.45°, are measured with λ = 0.15406 nm and K = 0.9. What is the crystallite size?",
        None,
        "nm",
    ),
    # ---- an expansion gap closed by heating: dT = gap / (alpha L)
    (
        "Steel rails 12 m long are laid at 10 °C with a 4.0 mm gap between ends (α = 12 × 10⁻⁶ /°C). At what temperature does the gap close?",
        10 + 0.004 / (12e-6 * 12),
        "degC",
    ),
    (
        "Steel rails 12 m long are laid at 10 °C with a 4.0 mm gap between ends (α = 12 × 10⁻⁶ /°C). By how many degrees must they warm for the gap to close?",
        0.004 / (12e-6 * 12),
        "delta_degC",
    ),
    (
        "An aluminium bar 2.0 m long (α = 23 × 10⁻⁶ K⁻¹) sits at 293 K with a 1.5 mm clearance to a rigid wall. At what temperature, in K, does it touch the wall?",
        293 + 0.0015 / (23e-6 * 2.0),
        "K",
    ),
    (
        "A 500 mm copper rod (α = 17 × 10⁻⁶ /°C) at 20 °C has 0.25 mm of clearance at its end. At what temperature in °C does the clearance close?",
        20 + 0.25 / (17e-6 * 500),
        "degC",
    ),
    (
        "What minimum gap, in mm, must be left between 10 m steel rails (α = 11.7 × 10⁻⁶ /°C) laid at 15 °C so that they just touch at 45 °C?",
        11.7e-6 * 10 * 30 * 1000,
        "mm",
    ),
    (
        "Concrete slabs 6.0 m long are cast at 5 °C with expansion joints 3.0 mm wide. α = 10 × 10⁻⁶ /°C. At what slab temperature do the joints close, in °C?",
        5 + 0.003 / (10e-6 * 6.0),
        "degC",
    ),
    (
        "A brass rod 1.2 m long at 20 °C has a 0.6 mm gap at its end. At what temperature does the gap close?",
        None,
        "degC",
    ),
    (
        "Steel rails (α = 12 × 10⁻⁶ /°C) are laid at 10 °C with a 4 mm gap between ends. At what temperature does the gap close?",
        None,
        "degC",
    ),
    (
        "A 3.0 m steel beam (α = 12 × 10⁻⁶ /°C, E = 200 GPa) sits at 20 °C with a 1.8 mm gap to a rigid wall. At what temperature does it first touch the wall?",
        20 + 0.0018 / (12e-6 * 3.0),
        "degC",
    ),
    (
        "A 3.0 m steel beam (α = 12 × 10⁻⁶ /°C, E = 200 GPa) sits at 20 °C with a 1.8 mm gap to a rigid wall and is heated to 100 °C. What compressive stress, in MPa, develops once the gap has closed?",
        200e3 * (12e-6 * 80 - 0.0018 / 3.0),
        "MPa",
    ),
    # ---- thermal stress with a stated sign: sigma = -E alpha dT for a fully restrained bar, tension positive
    (
        "A steel bar (E = 200 GPa, α = 12 × 10⁻⁶ /°C) is held between rigid walls and heated from 20 °C to 80 °C. Taking tension as positive, what is the thermal stress in MPa?",
        -200e3 * 12e-6 * 60,
        "MPa",
    ),
    (
        "A steel bar (E = 200 GPa, α = 12 × 10⁻⁶ /°C) is held between rigid walls and cooled from 80 °C to 20 °C. Taking tension as positive, what is the stress in MPa?",
        200e3 * 12e-6 * 60,
        "MPa",
    ),
    (
        "A brass rod (E = 100 GPa, α = 20 × 10⁻⁶ /°C) clamped at both ends is heated by 50 °C. Taking compressive stress as positive, what is the stress?",
        100e3 * 20e-6 * 50,
        "MPa",
    ),
    (
        "An aluminium bar (E = 70 GPa, α = 23.6 × 10⁻⁶ /K) fixed between rigid supports is warmed from 300 K to 350 K. What is the magnitude of the thermal stress in MPa?",
        70e3 * 23.6e-6 * 50,
        "MPa",
    ),
    (
        "A copper rod (E = 110 GPa, α = 17 × 10⁻⁶ /°C) restrained at both ends is cooled from 120 °C to 20 °C. With tension positive, what stress results, in MPa?",
        110e3 * 17e-6 * 100,
        "MPa",
    ),
    (
        "A bar with α = 15 × 10⁻⁶ /°C is held between rigid walls and heated by 40 °C. Taking tension positive, what is the stress?",
        None,
        "MPa",
    ),
    (
        "A steel rod (E = 207 GPa, α = 11.7 × 10⁻⁶ /°C) is held between rigid walls. Taking tension positive, what is the thermal stress?",
        None,
        "MPa",
    ),
    (
        "A glass plate (E = 70 GPa, α = 9 × 10⁻⁶ /°C) is fully restrained and heated from 25 °C to 125 °C. Taking tension as positive, what thermal stress develops, in MPa?",
        -70e3 * 9e-6 * 100,
        "MPa",
    ),
    (
        "A thin film (E = 150 GPa, ν = 0.25, α = 5 × 10⁻⁶ /°C) is bonded to a rigid substrate that does not expand and heated by 200 °C. With tension positive, what is the biaxial stress in the film, σ = −EαΔT/(1 − ν)?",
        -150e3 * 5e-6 * 200 / 0.75,
        "MPa",
    ),
    (
        "A steel bar (E = 200 GPa, α = 12 × 10⁻⁶ /°C) between rigid walls is heated from 20 °C to 80 °C. What is the thermal stress in ksi, taking tension as positive?",
        -200e3 * 12e-6 * 60 / 6.894757,
        "ksi",
    ),
    (
        "A restrained nickel bar (E = 207 GPa, α = 13.3 × 10⁻⁶ /°C) goes from 20 °C to 220 °C. With tension taken as negative, what is the thermal stress in MPa?",
        207e3 * 13.3e-6 * 200,
        "MPa",
    ),
    # ---- diffusion length x = sqrt(D t)
    (
        "Carbon diffuses in iron with D = 1.0 × 10⁻¹¹ m²/s. Taking the diffusion length as x = √(Dt), how far does it diffuse in 1 h, in µm?",
        math.sqrt(1.0e-11 * 3600) * 1e6,
        "micrometer",
    ),
    (
        "With D = 2.5 × 10⁻¹⁶ m²/s, what is the diffusion length √(Dt) after 10 hours, in nm?",
        math.sqrt(2.5e-16 * 36000) * 1e9,
        "nm",
    ),
    (
        "Using x = √(Dt) with D = 4 × 10⁻¹⁴ m²/s, how long does it take for the diffusion length to reach 10 µm? Give hours.",
        (10e-6) ** 2 / 4e-14 / 3600,
        "hour",
    ),
    (
        "A dopant travels a diffusion length x = √(Dt) of 2.0 µm in 30 min. What is D in m²/s?",
        (2.0e-6) ** 2 / 1800,
        "m**2/s",
    ),
    (
        "Taking x ≈ 2√(Dt), how far does a species with D = 1.0 × 10⁻¹² m²/s diffuse in 100 s, in µm?",
        2 * math.sqrt(1.0e-12 * 100) * 1e6,
        "micrometer",
    ),
    (
        "With D = 3 \\times 10^{-15} m^2/s, find the diffusion length \\sqrt{Dt} after t = 2 h, in nm.",
        math.sqrt(3e-15 * 7200) * 1e9,
        "nm",
    ),
    (
        "Nitrogen diffuses in steel with D0 = 3.0 × 10⁻⁷ m²/s and Q = 76 kJ/mol. At 500 °C, what is the diffusion length √(Dt) after 4 h, in µm?",
        math.sqrt(3.0e-7 * math.exp(-76000 / (R * 773.15)) * 4 * 3600) * 1e6,
        "micrometer",
    ),
    (
        "Taking the diffusion length as √(Dt), how far does a solute diffuse in 2 h?",
        None,
        "micrometer",
    ),
    (
        "If the diffusion time is doubled, by what factor does the diffusion length √(Dt) grow?",
        math.sqrt(2),
        "",
    ),
    (
        "To double the diffusion length x = √(Dt) at a fixed temperature, by what factor must the time be multiplied?",
        4,
        "",
    ),
    (
        "D = 1.0 × 10⁻¹⁴ m²/s at 900 °C and 5.0 × 10⁻¹⁴ m²/s at 1000 °C. Using x = √(Dt), what diffusion length is reached in 1 h at 1000 °C, in µm?",
        math.sqrt(5.0e-14 * 3600) * 1e6,
        "micrometer",
    ),
    (
        "D = 1.0 × 10⁻¹⁴ m²/s at 900 °C and 5.0 × 10⁻¹⁴ m²/s at 1000 °C. Using x = √(Dt), what diffusion length is reached in 1 h?",
        None,
        "micrometer",
    ),
    (
        "For D = 6.0 × 10⁻¹⁰ cm²/s, what is the characteristic diffusion distance √(Dt) after one day, in µm?",
        math.sqrt(6.0e-10 * 1e-4 * 86400) * 1e6,
        "micrometer",
    ),
    (
        "Using x = √(Dt) with D = 1.0 × 10⁻¹⁵ m²/s, how many minutes does it take to reach x = 0.5 µm?",
        (0.5e-6) ** 2 / 1.0e-15 / 60,
        "minute",
    ),
    # ---- steady conduction through a plate: q = k A dT / L
    (
        "A 10 mm thick steel plate (k = 50 W/m·K) of area 1.0 m² has faces held at 100 °C and 40 °C. What is the steady heat flow in kW?",
        50 * 1.0 * 60 / 0.010 / 1000,
        "kW",
    ),
    (
        "A 25 mm thick glass window (k = 0.8 W/m·K) has its faces at 20 °C and −5 °C. What is the steady heat flux through it, in W/m²?",
        0.8 * 25 / 0.025,
        "W/m**2",
    ),
    (
        "A copper plate 5.0 mm thick (k = 400 W/m·K) conducts a steady flux of 2.0 MW/m². What temperature difference is there across it, in K?",
        2.0e6 * 0.005 / 400,
        "K",
    ),
    (
        "How thick must a brick wall (k = 0.72 W/m·K) be for a steady flux of 150 W/m² with faces at 25 °C and 5 °C? Give mm.",
        0.72 * 20 / 150 * 1000,
        "mm",
    ),
    (
        "A 2.0 m² aluminium plate (k = 237 W/m·K), 20 mm thick, has faces at 373 K and 353 K. What is the steady heat flow?",
        237 * 2.0 * 20 / 0.020,
        "W",
    ),
    (
        "A 2.0 m² aluminium plate (k = 237 W/m·K, density 2.70 g/cm³), 20 mm thick, has faces at 373 K and 353 K. What heat passes through it in one minute, in MJ?",
        237 * 2.0 * 20 / 0.020 * 60 / 1e6,
        "MJ",
    ),
    (
        "A 12 mm steel plate (k = 45 W/m·K) has faces at 150 °C and 30 °C. What is the heat flow through it?",
        None,
        "W",
    ),
    (
        "A plate of area 0.5 m² and thickness 8 mm has faces at 90 °C and 20 °C. What is the steady heat flow?",
        None,
        "W",
    ),
    (
        "A wall is 100 mm of brick (k = 0.70 W/m·K) backed by 50 mm of insulation (k = 0.040 W/m·K), faces at 20 °C and 0 °C. What is the steady heat flux in W/m²?",
        20 / (0.100 / 0.70 + 0.050 / 0.040),
        "W/m**2",
    ),
    (
        "A 4 mm thick stainless-steel sheet (k = 16 W/m·K), 0.25 m², has 80 °C on one face and 20 °C on the other. What is the heat flow rate in W?",
        16 * 0.25 * 60 / 0.004,
        "W",
    ),
    (
        "A 10 mm plate with k = 50 W/m·K and area 1 m² conducts 300 kW steadily. What is the temperature difference across it?",
        300e3 * 0.010 / (50 * 1),
        "K",
    ),
    (
        "A plate of thermal conductivity 1.5 W/m·K carries a steady heat flux of 600 W/m² with a 30 °C difference across it. What is its thickness in cm?",
        1.5 * 30 / 600 * 100,
        "cm",
    ),
    # ---- Norton (power-law) creep: rate = A sigma^n exp(-Q/RT)
    (
        "An alloy creeps at 1.0 × 10⁻⁷ s⁻¹ under 50 MPa; the Norton stress exponent is 5. At the same temperature, what is the creep rate under 70 MPa?",
        1.0e-7 * (70 / 50) ** 5,
        "1/s",
    ),
    (
        "A steady creep rate of 2 × 10⁻⁸ /s is measured at 40 MPa. With a stress exponent n = 4, what stress gives 1 × 10⁻⁶ /s at the same temperature?",
        40 * (1e-6 / 2e-8) ** 0.25,
        "MPa",
    ),
    (
        "Creep rates of 3.0 × 10⁻⁸ s⁻¹ at 60 MPa and 4.8 × 10⁻⁷ s⁻¹ at 120 MPa are measured at one temperature. What is the Norton stress exponent?",
        math.log(4.8e-7 / 3.0e-8) / math.log(2),
        "",
    ),
    (
        "A creep law ε̇ = Aσⁿ exp(−Q/RT) has n = 5 and Q = 250 kJ/mol. The rate is 1.0 × 10⁻⁸ s⁻¹ at 800 K and 60 MPa. What is it at 850 K and 60 MPa?",
        1.0e-8 * math.exp(-250e3 / R * (1 / 850 - 1 / 800)),
        "1/s",
    ),
    (
        "An alloy creeps at 1.0 × 10⁻⁷ s⁻¹ under 50 MPa. What is the creep rate under 70 MPa at the same temperature?",
        None,
        "1/s",
    ),
    (
        "A creep law has n = 5 and Q = 250 kJ/mol; the rate at 800 K and 60 MPa is 1.0 × 10⁻⁸ s⁻¹. What is the rate at 850 K and 80 MPa?",
        1.0e-8 * (80 / 60) ** 5 * math.exp(-250e3 / R * (1 / 850 - 1 / 800)),
        "1/s",
    ),
    (
        "A turbine blade creeps at 1.0 × 10⁻⁹ s⁻¹ under 100 MPa with a stress exponent of 4. If the stress is halved, what is the new creep rate at the same temperature?",
        1.0e-9 / 2**4,
        "1/s",
    ),
    (
        "A turbine blade creeps at 1.0 × 10⁻⁹ s⁻¹ under 100 MPa with a stress exponent of 4. By what factor does the creep rate fall if the stress is halved?",
        2**4,
        "",
    ),
    (
        "A 200 mm bar creeps at a steady 2.0 × 10⁻⁹ s⁻¹ under 80 MPa (stress exponent 6). How much does it lengthen in 1000 h at 80 MPa, in mm?",
        200 * 2.0e-9 * 1000 * 3600,
        "mm",
    ),
    (
        "A Norton law ε̇ = A σ^n has A = 1.0 × 10⁻²⁰ (MPa⁻⁵ s⁻¹) and n = 5. What is the creep rate at 100 MPa?",
        1.0e-20 * 100**5,
        "1/s",
    ),
    (
        "An alloy obeys power-law creep with exponent 3.5; at 30 MPa the rate is 5 × 10⁻⁹ /s and at 45 MPa it is measured again. What is the creep rate at 45 MPa?",
        5e-9 * 1.5**3.5,
        "1/s",
    ),
    # ---- rectangular hysteresis loop: energy per cycle w = 4 H_c B_r
    (
        "A magnetic material has a rectangular hysteresis loop with coercivity 80 A/m and remanence 1.2 T. What energy is lost per cycle per cubic metre?",
        4 * 80 * 1.2,
        "J/m**3",
    ),
    (
        "A square-loop ferrite has H_c = 200 A/m and B_r = 0.35 T. What is the hysteresis loss per cycle, in J/m³?",
        4 * 200 * 0.35,
        "J/m**3",
    ),
    (
        "A core with a rectangular B–H loop (H_c = 80 A/m, B_r = 1.2 T) is driven at 60 Hz. What power is lost per cubic metre, in W/m³?",
        4 * 80 * 1.2 * 60,
        "W/m**3",
    ),
    (
        "A core of 2.0 × 10⁻⁴ m³ has a rectangular hysteresis loop with H_c = 50 A/m and B_r = 1.0 T and is cycled at 50 Hz. What is the hysteresis power loss in W?",
        4 * 50 * 1.0 * 2.0e-4 * 50,
        "W",
    ),
    (
        "A rectangular hysteresis loop has a coercive field of 1.0 Oe and a remanence of 10,000 G. What is the energy loss per cycle in J/m³?",
        4 * (1000 / (4 * math.pi)) * 1.0,
        "J/m**3",
    ),
    (
        "A rectangular hysteresis loop has a remanence of 1.1 T. What energy is dissipated per cycle per unit volume?",
        None,
        "J/m**3",
    ),
    (
        "A magnet's hysteresis loop has H_c = 80 A/m and B_r = 1.2 T; the loop is rounded, not rectangular. What energy is lost per cycle per cubic metre?",
        None,
        "J/m**3",
    ),
    (
        "A rectangular-loop material (H_c = 60 A/m, B_r = 1.5 T, density 7650 kg/m³) is cycled at 50 Hz. What is the hysteresis loss per kilogram, in W/kg?",
        4 * 60 * 1.5 * 50 / 7650,
        "W/kg",
    ),
    (
        "A rectangular hysteresis loop has H_c = 120 A/m and B_r = 0.80 T. What is the area of the loop, in J/m³?",
        4 * 120 * 0.80,
        "J/m**3",
    ),
    (
        "A rectangular hysteresis loop has H_c = 120 A/m and a remanence half of 1.6 T. What is the energy lost per cycle, in J/m³?",
        4 * 120 * 0.80,
        "J/m**3",
    ),
    # ---- polymer specimen density from crystallinity: 1/rho = x/rho_c + (1 - x)/rho_a
    (
        "A polyethylene has crystalline density 1.00 g/cm³ and amorphous density 0.86 g/cm³. What is the density of a specimen that is 60 % crystalline by mass?",
        two_phase_density(0.60, 1.00, 0.86),
        "g/cm**3",
    ),
    (
        "Polypropylene crystals have ρc = 0.946 g/cm³ and the amorphous phase ρa = 0.855 g/cm³. A specimen has a mass crystallinity of 0.45. What is its density?",
        two_phase_density(0.45, 0.946, 0.855),
        "g/cm**3",
    ),
    (
        "A nylon sample is 35 % crystalline (by weight); crystalline density 1.24 g/cm³, amorphous 1.08 g/cm³. What is the sample density in kg/m³?",
        two_phase_density(0.35, 1.24, 1.08) * 1000,
        "kg/m**3",
    ),
    (
        "A PET specimen has density 1.39 g/cm³; crystalline PET is 1.455 g/cm³ and amorphous PET 1.335 g/cm³. What is its percent crystallinity by mass?",
        100 * 1.455 * (1.39 - 1.335) / (1.39 * (1.455 - 1.335)),
        "percent",
    ),
    (
        "A polyethylene specimen is 70 % crystalline by volume; ρc = 1.00 g/cm³ and ρa = 0.86 g/cm³. What is its density?",
        0.70 * 1.00 + 0.30 * 0.86,
        "g/cm**3",
    ),
    (
        "A polyethylene specimen is 55 % crystalline with crystalline density 0.998 g/cm³. What is its density?",
        None,
        "g/cm**3",
    ),
    (
        "Crystalline and amorphous polystyrene densities are 1.12 and 1.05 g/cm³. A specimen is 40 % crystalline by mass and weighs 12 g. What is its volume, in cm³?",
        12 / two_phase_density(0.40, 1.12, 1.05),
        "cm**3",
    ),
    (
        "A polyethylene has ρc = 1.00 g/cm³ and ρa = 0.86 g/cm³. By how much does the density rise when its mass crystallinity goes from 40 % to 60 %?",
        two_phase_density(0.60, 1.00, 0.86) - two_phase_density(0.40, 1.00, 0.86),
        "g/cm**3",
    ),
    (
        "A polyethylene has ρc = 1.00 g/cm³ and ρa = 0.86 g/cm³. One specimen is 40 % and another 60 % crystalline by mass. What is the specimen density?",
        None,
        "g/cm**3",
    ),
    (
        "A polymer with crystalline density 1.22 g/cm³ and amorphous density 1.10 g/cm³ is three-quarters crystalline by mass. What is the specimen density?",
        two_phase_density(0.75, 1.22, 1.10),
        "g/cm**3",
    ),
    # ---- rock-salt and CsCl densities from two ionic radii
    (
        "NaCl has the rock-salt structure; the ionic radii are 0.102 nm for Na+ and 0.181 nm for Cl−. Assuming the ions touch along the cell edge, what is the density in g/cm³?",
        cell_density(4, 22.99 + 35.45, 2 * (0.102 + 0.181)),
        "g/cm**3",
    ),
    (
        "MgO has the rock-salt structure with r(Mg2+) = 0.072 nm and r(O2−) = 0.140 nm. Compute its theoretical density.",
        cell_density(4, 24.305 + 16.00, 2 * (0.072 + 0.140)),
        "g/cm**3",
    ),
    (
        "CsCl has the cesium chloride structure with r(Cs+) = 0.170 nm and r(Cl−) = 0.181 nm, the ions touching along the body diagonal. What is its density?",
        cell_density(1, 132.91 + 35.45, 2 * (0.170 + 0.181) / math.sqrt(3)),
        "g/cm**3",
    ),
    (
        "KCl (rock-salt structure) has ionic radii 0.138 nm (K+) and 0.181 nm (Cl−). What is the cubic lattice parameter in nm?",
        2 * (0.138 + 0.181),
        "nm",
    ),
    (
        "CsBr has the CsCl structure, with r(Cs+) = 0.170 nm and r(Br−) = 0.196 nm. What is the lattice parameter in nm?",
        2 * (0.170 + 0.196) / math.sqrt(3),
        "nm",
    ),
    (
        "FeO has the rock-salt structure with r(Fe2+) = 0.077 nm and r(O2−) = 0.140 nm. What is its density in kg/m³?",
        cell_density(4, 55.85 + 16.00, 2 * (0.077 + 0.140)) * 1000,
        "kg/m**3",
    ),
    (
        "An AX ceramic has cation radius 0.100 nm and anion radius 0.180 nm. What is its density?",
        None,
        "g/cm**3",
    ),
    (
        "NaCl has the rock-salt structure with ionic radii 0.102 nm (Na+) and 0.181 nm (Cl−). What volume, in nm³, does one unit cell occupy?",
        (2 * (0.102 + 0.181)) ** 3,
        "nm**3",
    ),
    (
        "CsCl has r(Cs+) = 1.70 Å and r(Cl−) = 1.81 Å. Assuming the CsCl structure with ions touching along the body diagonal, what is the density in kg/m³?",
        cell_density(1, 132.91 + 35.45, 2 * (0.170 + 0.181) / math.sqrt(3)) * 1000,
        "kg/m**3",
    ),
    (
        "KBr has the rock-salt structure. r(K+) = 0.138 nm. What is the density of KBr?",
        None,
        "g/cm**3",
    ),
    # ---- Hall-Petch at one of two grain sizes: sigma_y = sigma_0 + k d^(-1/2)
    (
        "A steel has σ0 = 70 MPa and k = 0.74 MPa·m^½. Its grain size is refined from 40 µm to 10 µm. What is the yield strength at the finer grain size?",
        70 + 0.74 / math.sqrt(10e-6),
        "MPa",
    ),
    (
        "A steel has σ0 = 70 MPa and k = 0.74 MPa·m^½. Its grain size is refined from 40 µm to 10 µm. What is the yield strength at the coarser grain size?",
        70 + 0.74 / math.sqrt(40e-6),
        "MPa",
    ),
    (
        "A steel has σ0 = 70 MPa and k = 0.74 MPa·m^½. Its grain size is refined from 40 µm to 10 µm. By how much does the yield strength rise?",
        0.74 / math.sqrt(10e-6) - 0.74 / math.sqrt(40e-6),
        "MPa",
    ),
    (
        "A steel has σ0 = 70 MPa and k = 0.74 MPa·m^½; specimens with grain sizes of 40 µm and 10 µm are tested. What is the yield strength?",
        None,
        "MPa",
    ),
    (
        "A brass yields at 150 MPa with 50 µm grains and at 250 MPa with 10 µm grains. What is the Hall–Petch constant k, in MPa·m^½?",
        100 / (1 / math.sqrt(10e-6) - 1 / math.sqrt(50e-6)),
        "MPa*m**0.5",
    ),
    (
        "A brass yields at 150 MPa with 50 µm grains and at 250 MPa with 10 µm grains. What is its friction stress σ0?",
        150 - 100 / (1 / math.sqrt(10e-6) - 1 / math.sqrt(50e-6)) / math.sqrt(50e-6),
        "MPa",
    ),
    (
        "A brass yields at 150 MPa with 50 µm grains and at 250 MPa with 10 µm grains. What yield strength is expected with 5 µm grains?",
        150
        + 100
        / (1 / math.sqrt(10e-6) - 1 / math.sqrt(50e-6))
        * (1 / math.sqrt(5e-6) - 1 / math.sqrt(50e-6)),
        "MPa",
    ),
    (
        "An alloy with σ0 = 25 MPa and k = 0.12 MPa·m^½ is processed to two grain sizes, 0.10 mm and 0.025 mm. What is the yield strength at the finer of the two?",
        25 + 0.12 / math.sqrt(0.025e-3),
        "MPa",
    ),
    (
        "An alloy with σ0 = 25 MPa and k = 0.12 MPa·m^½ is processed to two grain sizes, 0.10 mm and 0.025 mm. What is the ratio of the yield strength at the finer grain size to that at the coarser?",
        (25 + 0.12 / math.sqrt(0.025e-3)) / (25 + 0.12 / math.sqrt(0.10e-3)),
        "",
    ),
    (
        "Hall–Petch: σy = 80 MPa + (0.60 MPa·m^½)/√d. What grain size, in µm, gives a yield strength of 280 MPa?",
        (0.60 / 200) ** 2 * 1e6,
        "micrometer",
    ),
    # ---- percent cold work from two areas: %CW = (A0 - Ad)/A0 x 100
    (
        "A 10 mm diameter rod is cold drawn to 8 mm diameter. What is the percent cold work?",
        100 * (1 - 0.64),
        "percent",
    ),
    (
        "A bar's cross-section is reduced from 120 mm² to 90 mm² by cold rolling. What percent cold work is that?",
        25,
        "percent",
    ),
    (
        "A 12 mm diameter wire is cold drawn to 30 % cold work. What is its final diameter, in mm?",
        12 * math.sqrt(0.70),
        "mm",
    ),
    (
        "A 5.0 mm sheet is cold rolled to 3.5 mm thick with no change in width. What is the percent cold work?",
        30,
        "percent",
    ),
    (
        "A 10 mm rod is drawn to 8 mm and then to 6 mm without annealing. What is the total percent cold work?",
        100 * (1 - 0.36),
        "percent",
    ),
    (
        "A 10 mm rod is drawn to 8 mm and then to 6 mm without annealing. What percent cold work does the second pass add, measured on the 8 mm rod?",
        100 * (1 - (6 / 8) ** 2),
        "percent",
    ),
    (
        "A 0.50 in. diameter rod is cold drawn. What is the percent cold work?",
        None,
        "percent",
    ),
    (
        "A 10 mm diameter rod is cold drawn to 8 mm diameter. What is the true strain ln(A0/Ad)?",
        math.log(1 / 0.64),
        "",
    ),
    (
        "A rod is cold worked from an area of 1.20 in² to 0.84 in². What is the fraction of cold work (not percent)?",
        0.30,
        "",
    ),
    (
        "A 1/2 in. diameter copper wire is cold drawn to 3/8 in. diameter. What is the percent cold work?",
        100 * (1 - (0.375 / 0.5) ** 2),
        "percent",
    ),
    (
        "A 15.2 mm diameter rod is to be cold worked 35 %. What must its final cross-sectional area be, in mm²?",
        circle_area(15.2) * 0.65,
        "mm**2",
    ),
    (
        "A rod is drawn to 8 mm diameter after 36 % cold work. What was its original diameter, in mm?",
        8 / math.sqrt(0.64),
        "mm",
    ),
    # ---- worded shares of a written number
    (
        "A polyethylene (repeat unit 28.05 g/mol) has a molecular weight a tenth of 280,000 g/mol. What is its degree of polymerization?",
        28000 / 28.05,
        "",
    ),
    (
        "A PVC (repeat unit 62.50 g/mol) has a number-average molecular weight a quarter of 500,000 g/mol. What is its degree of polymerization?",
        125000 / 62.50,
        "",
    ),
    (
        "A CuSO4 plating bath carries half of 4.0 A for 1 h. What mass of copper deposits?",
        faraday_mass(2.0, 3600, 63.55, 2),
        "g",
    ),
    (
        "A 200 mm steel bar (α = 12 × 10⁻⁶ /°C) is heated by a third of 150 °C. What is its change in length, in mm?",
        200 * 12e-6 * 50,
        "mm",
    ),
    (
        "A rod has a diameter a fifth of 25 mm and carries 5 kN. What is the stress in MPa?",
        5000 / circle_area(5),
        "MPa",
    ),
    (
        "A polystyrene (repeat unit 104.15 g/mol) has a molecular weight twice 52,000 g/mol. What is its degree of polymerization?",
        104000 / 104.15,
        "",
    ),
    (
        "A polyethylene (repeat unit 28.05 g/mol) has a molecular weight a tenth of that of a second grade. What is its degree of polymerization?",
        None,
        "",
    ),
    (
        "A polypropylene (repeat unit 42.08 g/mol) has a degree of polymerization of 5000. What is its molecular weight in kg/mol?",
        5000 * 42.08 / 1000,
        "kg/mol",
    ),
    (
        "A PMMA has a molecular weight of three quarters of 200,000 g/mol; its repeat unit is 100.12 g/mol. What is its degree of polymerization?",
        150000 / 100.12,
        "",
    ),
    (
        "Steel rails 12 m long (α = 12 × 10⁻⁶ /°C) are laid at 10 °C with a gap half of 8.0 mm between ends. At what temperature does the gap close, in °C?",
        10 + 0.004 / (12e-6 * 12),
        "degC",
    ),
    # ---- more neighbours: trigonometric asks, round vs square sections, compared strengths, missing givens
    (
        "In a cubic crystal, what is the sine of the angle between [110] and [001]?",
        1.0,
        "",
    ),
    (
        "For a cubic crystal, find the cosine of the angle between the (111) and (100) planes.",
        1 / math.sqrt(3),
        "",
    ),
    (
        "In a cubic lattice, what is the tangent of the angle between [100] and [110]?",
        1.0,
        "",
    ),
    (
        "In a crystal, what is the angle between the [100] and [111] directions?",
        None,
        "degree",
    ),
    (
        "What is the cross-sectional area, in square millimetres, of a 12 mm diameter rod?",
        circle_area(12),
        "mm**2",
    ),
    (
        "A cylindrical tensile specimen is 0.505 in. in diameter. What is its cross-sectional area in square inches?",
        circle_area(0.505),
        "inch**2",
    ),
    (
        "A square bar is 20 mm on a side. What is its cross-sectional area in square millimetres?",
        400,
        "mm**2",
    ),
    (
        "A 1/2 in. bar carries 5000 lb in tension. What is the stress in psi?",
        None,
        "psi",
    ),
    (
        "A 2 1/4 in. diameter shaft carries an axial load of 40,000 lb. What is the axial stress in psi?",
        40000 / circle_area(2.25),
        "psi",
    ),
    (
        "A steel has σ0 = 70 MPa and k = 0.74 MPa·m^½. Its grain size is refined from 40 µm to 10 µm. By what percent does the yield strength increase from the coarser to the finer grain size?",
        100 * (0.74 / math.sqrt(10e-6) - 0.74 / math.sqrt(40e-6)) / (70 + 0.74 / math.sqrt(40e-6)),
        "percent",
    ),
    (
        "A steel has σ0 = 70 MPa and k = 0.74 MPa·m^½; its grains are refined from 40 µm to 10 µm. How many times the coarse-grained yield strength is the yield strength at the finer grain size?",
        (70 + 0.74 / math.sqrt(10e-6)) / (70 + 0.74 / math.sqrt(40e-6)),
        "",
    ),
    (
        "A steel has σ0 = 70 MPa and k = 0.74 MPa·m^½. What is its yield strength?",
        None,
        "MPa",
    ),
    (
        "Copper is deposited from a CuCl2 solution (Cu+) at 3.0 A for 1 h. What mass of copper is deposited?",
        None,
        "g",
    ),
    (
        "Iron is deposited from an FeCl3 solution (Fe³⁺ ions) at 3.0 A for 1 h. What mass of iron is deposited?",
        faraday_mass(3.0, 3600, 55.85, 3),
        "g",
    ),
    (
        "Silver (Ag+) is plated from an AgNO3 bath at 0.40 A for 50 min. What mass of silver is plated?",
        faraday_mass(0.40, 3000, 107.87, 1),
        "g",
    ),
    (
        "Nickel is plated from an NiCl2 bath at 2.0 A. How long does it take?",
        None,
        "hour",
    ),
    (
        "What is the nearest-neighbour distance in an FCC metal?",
        None,
        "nm",
    ),
    (
        "An alloy's Norton stress exponent is 5. What is its creep rate at 70 MPa?",
        None,
        "1/s",
    ),
    (
        "A (111) peak at 2θ = 38.2° has a FWHM of 0.40° and K = 0.9. What is the crystallite size?",
        None,
        "nm",
    ),
    (
        "What is the diffusion length √(Dt) of carbon in iron after 1 h at 900 °C?",
        None,
        "micrometer",
    ),
    (
        "A plate of area 1.0 m² (k = 50 W/m·K) has faces at 100 °C and 40 °C. What is the steady heat flow?",
        None,
        "W",
    ),
    (
        "A core with a rectangular hysteresis loop (H_c = 80 A/m) is driven at 60 Hz. What power is lost per cubic metre?",
        None,
        "W/m**3",
    ),
    (
        "A polyethylene has crystalline density 1.00 g/cm³ and amorphous density 0.86 g/cm³. What is the specimen density?",
        None,
        "g/cm**3",
    ),
    (
        "A compound with the CsCl structure has r(cation) = 0.170 nm and r(anion) = 0.181 nm. What is its density?",
        None,
        "g/cm**3",
    ),
    (
        "A rod is cold drawn to a final diameter of 8 mm. What is the percent cold work?",
        None,
        "percent",
    ),
    (
        "A steel bar (E = 200 GPa) between rigid walls is heated by 60 °C. Taking tension positive, what is the thermal stress?",
        None,
        "MPa",
    ),
    (
        "A 12 m steel rail (α = 12 × 10⁻⁶ /°C) is laid at 10 °C. At what temperature does the gap at its end close?",
        None,
        "degC",
    ),
    (
        "A tetragonal metal has a = 0.320 nm and c = 0.495 nm. How many atoms are in its unit cell?",
        None,
        "",
    ),
    (
        "A CuSO4 bath carries half the current used before, for 1 h. What mass of copper deposits?",
        None,
        "g",
    ),
    (
        "A test on 3/4/2025 loaded a 12 mm diameter bar to 30 kN. What was the stress in MPa?",
        30e3 / circle_area(12),
        "MPa",
    ),
    (
        "A 0.10 mol/L AgNO3 solution is electrolysed at 0.50 A for 30 min. What mass of silver plates out?",
        faraday_mass(0.50, 1800, 107.87, 1),
        "g",
    ),
    (
        "A rod with Poisson's ratio \\frac{1}{4} and E = 200 GPa is pulled to 100 MPa. What is the magnitude of the lateral strain?",
        0.25 * 100 / 200e3,
        "",
    ),
    (
        "A steel with ν = 3/10 and E = 210 GPa: what is its shear modulus in GPa?",
        210 / (2 * 1.3),
        "GPa",
    ),
    (
        "FCC copper has a = 0.3615 nm. How many atoms are in one gram-free cubic nanometre, i.e. per nm³?",
        4 / 0.3615**3,
        "1/nm**3",
    ),
    (
        "A 15 mm diameter rod of a BCC metal is cold drawn to 12 mm. What percent cold work results?",
        100 * (1 - (12 / 15) ** 2),
        "percent",
    ),
    (
        "Silver is plated from an AgNO3 bath for forty minutes at a quarter of an ampere. What mass of silver, in mg, is plated?",
        faraday_mass(0.25, 2400, 107.87, 1) * 1000,
        "mg",
    ),
    (
        "Steel rails twelve metres long are laid at 10 °C with a four-millimetre gap between ends (α = 12 × 10⁻⁶ /°C). At what temperature does the gap close?",
        10 + 0.004 / (12e-6 * 12),
        "degC",
    ),
    (
        "A steel bar (E = 200 GPa, α = 12 × 10⁻⁶ /°C) is clamped between rigid walls at 293 K and heated to 353 K. Taking tension as positive, what is the stress in MPa?",
        -200e3 * 12e-6 * 60,
        "MPa",
    ),
    (
        "A polyethylene specimen is 0.60 crystalline by mass with ρc = 1.00 g/cm³ and ρa = 0.86 g/cm³. What is its density?",
        two_phase_density(0.60, 1.00, 0.86),
        "g/cm**3",
    ),
    (
        "A rectangular hysteresis loop has H_c = 80 A/m and B_r = 1.2 T. What energy is lost in 1000 cycles per cubic metre, in kJ/m³?",
        4 * 80 * 1.2 * 1000 / 1000,
        "kJ/m**3",
    ),
    # ---- more must-refuse neighbours: two candidates, a missing given, an ask the givens cannot fix
    (
        "A CuSO4 bath and an AgNO3 bath in series carry 2.0 A for 1 h. What mass of metal is deposited?",
        None,
        "g",
    ),
    (
        "Iron is deposited at 2.0 A for 1 h from a bath holding both FeCl2 and FeCl3. What mass of iron deposits?",
        None,
        "g",
    ),
    (
        "A metal is plated at 2.0 A for 1 h; its atomic weight is 58.69 g/mol. What mass is plated?",
        None,
        "g",
    ),
    (
        "A metal has a lattice parameter of 0.36 nm. What is the nearest-neighbour distance?",
        None,
        "nm",
    ),
    (
        "A rock-salt compound has cation radius 0.10 nm and anion radius 0.18 nm. What is its density?",
        None,
        "g/cm**3",
    ),
    (
        "A steel has σ0 = 70 MPa and a grain size of 10 µm. What is its yield strength?",
        None,
        "MPa",
    ),
    (
        "The (200) peak of aluminium has a FWHM of 0.30° with Cu Kα radiation and K = 0.94. What is the crystallite size?",
        None,
        "nm",
    ),
    (
        "A steel bar (E = 200 GPa, α = 12 × 10⁻⁶ /°C) rests free on rollers and is heated from 20 °C to 80 °C. Taking tension positive, what thermal stress develops?",
        0.0,
        "MPa",
    ),
    (
        "With D = 1.0 × 10⁻¹⁴ m²/s, what is the diffusion length √(Dt)?",
        None,
        "micrometer",
    ),
    (
        "An alloy creeps at 1.0 × 10⁻⁷ s⁻¹ under 50 MPa at 800 K with stress exponent 5. What is its creep rate under 70 MPa at 900 K?",
        None,
        "1/s",
    ),
    (
        "A plate 10 mm thick and 1.0 m² in area has faces at 100 °C and 40 °C. What is the steady heat flux?",
        None,
        "W/m**2",
    ),
    (
        "A partly crystalline polyethylene has ρc = 1.00 g/cm³ and ρa = 0.86 g/cm³. What is its density?",
        None,
        "g/cm**3",
    ),
    (
        "A cubic metal has density 8.90 g/cm³ and a lattice parameter of 0.352 nm. How many atoms are in its unit cell?",
        None,
        "",
    ),
    (
        "Steel rails 12 m long (α = 12 × 10⁻⁶ /°C) have a 4.0 mm gap between ends. At what temperature does the gap close?",
        None,
        "degC",
    ),
    (
        "A steel has σ0 = 70 MPa and k = 0.74 MPa·m^½, with grains of 40 µm, 20 µm and 10 µm in three batches. What is the yield strength at the intermediate grain size?",
        70 + 0.74 / math.sqrt(20e-6),
        "MPa",
    ),
    (
        "In a cubic crystal, what is the angle between the [100] direction and the (111) plane?",
        None,
        "degree",
    ),
    (
        "A 1/4-20 bolt has 20 threads per inch. What is its thread pitch in mm?",
        25.4 / 20,
        "mm",
    ),
    (
        "A 10 mm rod is cold drawn twice. What is the total percent cold work?",
        None,
        "percent",
    ),
    (
        "Chromium is plated from a K2Cr2O7 bath at 10 A for 1 h. What mass of chromium deposits?",
        faraday_mass(10, 3600, 52.00, 6),
        "g",
    ),
]
