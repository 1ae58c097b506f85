"""Neighbour questions, round 25 (issue 11, precision), in our own words.

Written by helper probe26 (session 31) near the classes the solver answers on the blind sets,
weighted to the topics rounds 20-24 touched least: electrochemistry and corrosion (Faraday's law,
cell potentials, penetration rates), semiconductors (intrinsic and extrinsic conduction, Hall effect,
band-gap wavelengths, drift), magnetism (coil fields, susceptibility, saturation magnetization from
Bohr magnetons), optics (Snell, critical angle, reflectance, absorption), polymers (degree of
polymerization, molecular-weight averages, crystallinity), thermal properties (expansion, thermal
stress, conduction, heat capacity), phase diagrams (lever rule, steels), ceramics (porosity, flexure),
fatigue and fracture (K, critical stress and flaw, Paris and Basquin laws) and heat treatment
(Avrami kinetics, Arrhenius rates, equal-Dt treatments). Each class is varied: other numbers and
units, the ask moved to a related quantity, givens reordered, a distractor value, a missing given
(must refuse), an ambiguous ask (must refuse), °C vs K, diameter vs radius, per mole vs per gram,
percent vs fraction, TeX and Unicode forms, values in words, and values stated relative to another
material.

320 questions, 74 of them must-refuse. Main (264d8ed) answered 146 and 21 wrong, in five classes:
a value written as a worded share of a number the stem writes out ('a molecular weight a tenth
of 280,000 g/mol', 'carries half of 3.0 A', 'half its 900 MPa yield strength', 'half the 4 mm
diameter'): the share dropped and the number bound as the value (12); a share or multiple tied to
the number by other words ('one-third the diameter of a 6 mm rod', 'a quarter as thick as 20 mm',
'one and a half times 2 mm') (3); the ask moved to a share of a stated condition ('deposited in
half that time', 'a third of that current') answered at the stated one (2); Snell's law read from
air for light that starts inside the glass ('light in glass (n = 1.50) meets air at 30°'), also
past the critical angle (2); a mass asked ('what mass of pearlite') answered with the lever rule's
mass fraction (2). Now 138 answered, 0 wrong; fixes in fraction_of_number.py,
asked_conditions.py (_WORDED_SCALING), light_inside.py and mass_for_fraction.py, class tests in
tests/test_answer_probe26_classes.py. Sets X, T, E, S, L, O (heldout23, heldout19, heldout4,
heldout18, heldout11, heldout14) unchanged item by item.

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
YEAR = 365.25 * 24 * 3600.0
HC_EV_NM = H * C / E_CH * 1e9  # eV·nm


def faraday_mass(i_a: float, t_s: float, m_g: float, n: int) -> float:
    """Mass in g deposited or dissolved by current i_a (A) over t_s (s), n electrons per ion."""
    return i_a * t_s * m_g / (n * F)


def kelvin(t_c: float) -> float:
    """°C to K."""
    return t_c + 273.15


def nernst_factor(t_k: float, n: int) -> float:
    """RT/(nF) in V."""
    return R * t_k / (n * F)


def sat_mag(mu_b_per_atom: float, rho_g_cm3: float, m_g: float) -> float:
    """Saturation magnetization in A/m from moments per atom, density and atomic weight."""
    return mu_b_per_atom * MU_B * rho_g_cm3 * 1e6 * NA / m_g


def paris_life_m3(c: float, dsig: float, y: float, a0: float, ac: float) -> float:
    """Cycles to grow a crack from a0 to ac (m) with m = 3 (C in MPa·√m units)."""
    return 2 / (c * (y * dsig) ** 3 * math.pi**1.5) * (a0**-0.5 - ac**-0.5)


# (question, key or None for must-refuse, pint unit of the key)
QUESTIONS: list[tuple[str, float | None, str]] = [
    # ---- electrochemistry: Faraday's law (m = I t M / (n F))
    (
        "A current of 2.5 A is passed for 3 h through a copper sulfate bath, depositing Cu from Cu²⁺. What mass of copper is deposited?",
        faraday_mass(2.5, 3 * 3600, 63.55, 2),
        "g",
    ),
    (
        "A nickel plating bath (Ni²⁺, 58.69 g/mol) carries 150 mA for 45 min. What mass of nickel plates out, in mg?",
        faraday_mass(0.150, 45 * 60, 58.69, 2) * 1000,
        "mg",
    ),
    (
        "How long must a current of 5.0 A flow to deposit 10.0 g of zinc from a Zn²⁺ solution (65.38 g/mol)? Give hours.",
        10.0 * 2 * F / (5.0 * 65.38) / 3600,
        "hour",
    ),
    (
        "What steady current plates 2.0 g of silver from Ag⁺ (107.87 g/mol) in 30 min?",
        2.0 * 1 * F / (107.87 * 1800),
        "A",
    ),
    (
        "Silver (Ag⁺, 107.87 g/mol) is plated for half an hour; 2.0 g is deposited. What was the current?",
        2.0 * 1 * F / (107.87 * 1800),
        "A",
    ),
    (
        "A current is passed through a copper sulfate bath for 2 h. What mass of copper is deposited?",
        None,
        "g",
    ),
    (
        "A current of 3 A flows through an electroplating cell for 2 h. What mass of metal is deposited?",
        None,
        "g",
    ),
    (
        "Aluminium (Al³⁺, 26.98 g/mol) is produced in a cell at 100 kA. What mass of aluminium is made per hour, in kg?",
        faraday_mass(1e5, 3600, 26.98, 3) / 1000,
        "kg",
    ),
    (
        "A steel tank corrodes with a steady corrosion current of 0.8 A (Fe → Fe²⁺ + 2e⁻, 55.85 g/mol). How many kilograms of iron are lost in one year?",
        faraday_mass(0.8, YEAR, 55.85, 2) / 1000,
        "kg",
    ),
    (
        "Zinc (65.38 g/mol) dissolves as Zn²⁺ from a galvanized sheet with a corrosion current of 12 mA. What mass of zinc is lost in 30 days?",
        faraday_mass(0.012, 30 * 86400, 65.38, 2),
        "g",
    ),
    (
        "How many moles of electrons pass through a cell when 4.0 A flows for 10 min?",
        4.0 * 600 / F,
        "mol",
    ),
    (
        "What charge, in coulombs, deposits one mole of copper from Cu²⁺?",
        2 * F,
        "C",
    ),
    (
        "A chromium bath (Cr³⁺, 52.00 g/mol) runs at 20 A for 1 h, but only 40 % of the current deposits metal. What mass of chromium is deposited?",
        0.4 * faraday_mass(20, 3600, 52.00, 3),
        "g",
    ),
    (
        "Copper is plated from Cu²⁺ (63.55 g/mol) at three amperes for half an hour. What mass is deposited?",
        faraday_mass(3.0, 1800, 63.55, 2),
        "g",
    ),
    (
        "Copper is refined at a current of 250 A; how many hours are needed to deposit 1.0 kg of Cu from Cu²⁺ (63.55 g/mol)?",
        1000 * 2 * F / (250 * 63.55) / 3600,
        "hour",
    ),
    # ---- corrosion penetration rate CPR = i M / (n F ρ)
    (
        "Iron (55.85 g/mol, 7.87 g/cm³) corrodes as Fe²⁺ at a current density of 5 µA/cm². What is the corrosion penetration rate in mm/year?",
        5e-6 * 55.85 / (2 * F * 7.87) * YEAR * 10,
        "mm/year",
    ),
    (
        "A zinc coating (65.38 g/mol, 7.13 g/cm³) corrodes uniformly as Zn²⁺ with a corrosion current density of 2.0 × 10⁻⁶ A/cm². How thick a layer is lost per year, in µm?",
        2e-6 * 65.38 / (2 * F * 7.13) * YEAR * 1e4,
        "um",
    ),
    (
        "Aluminium (26.98 g/mol, 2.70 g/cm³) corrodes to Al³⁺ at 1.5 µA/cm². Corrosion penetration rate in mm per year?",
        1.5e-6 * 26.98 / (3 * F * 2.70) * YEAR * 10,
        "mm/year",
    ),
    (
        "A steel corrodes at a current density of 4 µA/cm². What is its corrosion penetration rate?",
        None,
        "mm/year",
    ),
    (
        "A 100 cm² steel coupon (Fe²⁺, 55.85 g/mol) loses mass at a corrosion current density of 10 µA/cm². What mass of iron is lost per day?",
        faraday_mass(10e-6 * 100, 86400, 55.85, 2),
        "g",
    ),
    # ---- cell potentials and Nernst
    (
        "A galvanic cell couples Zn/Zn²⁺ (E° = −0.763 V) with Cu/Cu²⁺ (E° = +0.340 V), both at unit activity. What is the standard cell potential?",
        0.340 + 0.763,
        "V",
    ),
    (
        "A cell is built from Ni/Ni²⁺ (E° = −0.250 V) and Fe/Fe²⁺ (E° = −0.440 V). What voltage does it give under standard conditions?",
        0.190,
        "V",
    ),
    (
        "A cell pairs Ni/Ni²⁺ (−0.250 V) with Fe/Fe²⁺ (−0.440 V); the Fe²⁺ concentration is 0.1 M and the Ni²⁺ concentration 0.001 M, at 25 °C. What is the cell potential?",
        0.190 - nernst_factor(298.15, 2) * math.log(0.1 / 0.001),
        "V",
    ),
    (
        "A cell pairs Cd/Cd²⁺ (E° = −0.403 V) with Zn/Zn²⁺ (E° = −0.763 V). What is its standard potential, in mV?",
        (0.763 - 0.403) * 1000,
        "mV",
    ),
    (
        "A galvanic couple is made of zinc and a metal whose electrode potential is higher. What is the cell voltage?",
        None,
        "V",
    ),
    # ---- semiconductors: conduction
    (
        "Intrinsic silicon at room temperature has n_i = 1.0 × 10¹⁶ m⁻³, μ_e = 0.14 m²/(V·s) and μ_h = 0.05 m²/(V·s). What is its electrical conductivity?",
        1.0e16 * E_CH * (0.14 + 0.05),
        "S/m",
    ),
    (
        "Intrinsic silicon at room temperature has n_i = 1.0 × 10¹⁶ m⁻³, μ_e = 0.14 m²/(V·s) and μ_h = 0.05 m²/(V·s). What is its electrical resistivity?",
        1 / (1.0e16 * E_CH * (0.14 + 0.05)),
        "ohm*m",
    ),
    (
        "Intrinsic germanium has an intrinsic carrier concentration of 2.5 × 10¹⁹ m⁻³, an electron mobility of 0.38 and a hole mobility of 0.18 m²/V·s. Find its resistivity in Ω·m.",
        1 / (2.5e19 * E_CH * (0.38 + 0.18)),
        "ohm*m",
    ),
    (
        "Silicon is doped with 10²² phosphorus atoms per m³, all ionized; the electron mobility is 0.14 m²/(V·s). What is its conductivity?",
        1e22 * E_CH * 0.14,
        "S/m",
    ),
    (
        "Silicon doped with 5 × 10¹⁶ cm⁻³ arsenic has an electron mobility of 1350 cm²/(V·s). What is its resistivity in Ω·cm?",
        1 / (5e16 * E_CH * 1350),
        "ohm*cm",
    ),
    (
        "An n-type silicon has a conductivity of 200 (Ω·m)⁻¹ and an electron mobility of 0.14 m²/(V·s). What is the electron concentration?",
        200 / (E_CH * 0.14),
        "1/m**3",
    ),
    (
        "A p-type germanium has an electrical conductivity of 1.5 × 10³ S/m and a hole mobility of 0.18 m²/V-s. What is the hole concentration?",
        1.5e3 / (E_CH * 0.18),
        "1/m**3",
    ),
    (
        "An n-type semiconductor has an electron concentration of 3 × 10²¹ m⁻³ and a conductivity of 50 S/m. What is the electron mobility?",
        50 / (3e21 * E_CH),
        "m**2/(V*s)",
    ),
    (
        "An n-type semiconductor has a conductivity of 120 S/m. What is its electron concentration?",
        None,
        "1/m**3",
    ),
    (
        "A semiconductor has an electron mobility twice that of silicon and 10²² electrons per m³. What is its conductivity?",
        None,
        "S/m",
    ),
    (
        "A semiconductor has an electron mobility twice that of silicon (silicon: 0.14 m²/V·s) and 10²² conduction electrons per m³. What is its conductivity?",
        1e22 * E_CH * 0.28,
        "S/m",
    ),
    # ---- semiconductors: band gap and light
    (
        "What is the longest wavelength of light that can excite an electron across the 1.11 eV band gap of silicon?",
        HC_EV_NM / 1.11,
        "nm",
    ),
    (
        "Gallium arsenide has a band gap of 1.42 eV. What is the longest wavelength, in µm, it can absorb by band-to-band excitation?",
        HC_EV_NM / 1.42 / 1000,
        "um",
    ),
    (
        "A semiconductor absorbs light only below a wavelength of 620 nm. What is its band gap in eV?",
        HC_EV_NM / 620,
        "eV",
    ),
    (
        "A light-emitting diode emits at 0.85 µm. What is the band gap of its semiconductor, in eV?",
        HC_EV_NM / 850,
        "eV",
    ),
    (
        "A semiconductor's band gap is 30 % larger than that of silicon (1.11 eV). What is the longest wavelength it absorbs?",
        HC_EV_NM / (1.3 * 1.11),
        "nm",
    ),
    (
        "A semiconductor has a band gap larger than that of germanium. What is the longest wavelength it absorbs?",
        None,
        "nm",
    ),
    # ---- Hall effect and drift
    (
        "A metal has a Hall coefficient of −7.4 × 10⁻¹¹ m³/C. What is its free-electron concentration?",
        1 / (7.4e-11 * E_CH),
        "1/m**3",
    ),
    (
        "An aluminium strip 0.5 mm thick carries 20 A in a perpendicular 1.5 T field; its Hall coefficient is −3.5 × 10⁻¹¹ m³/C. What is the magnitude of the Hall voltage?",
        3.5e-11 * 20 * 1.5 / 0.5e-3,
        "V",
    ),
    (
        "A metal has a conductivity of 3.8 × 10⁷ (Ω·m)⁻¹ and a Hall coefficient of −3.5 × 10⁻¹¹ m³/C. What is its electron mobility?",
        3.8e7 * 3.5e-11,
        "m**2/(V*s)",
    ),
    (
        "Electrons in silicon have a mobility of 0.14 m²/(V·s). What is their drift velocity in a field of 500 V/m?",
        0.14 * 500,
        "m/s",
    ),
    (
        "A 2.0 cm long silicon bar has 10 V across its ends; the electron mobility is 0.14 m²/(V·s). What is the electron drift velocity?",
        0.14 * 10 / 0.02,
        "m/s",
    ),
    (
        "A wire of conductivity 6.0 × 10⁷ S/m carries a field of 0.05 V/m. What is the current density?",
        6.0e7 * 0.05,
        "A/m**2",
    ),
    (
        "A copper wire 2 mm in diameter and 50 m long has a resistivity of 1.7 × 10⁻⁸ Ω·m. What is its resistance?",
        1.7e-8 * 50 / (math.pi * 0.001**2),
        "ohm",
    ),
    (
        "A copper wire of radius 2 mm and length 50 m has a resistivity of 1.7 × 10⁻⁸ Ω·m. What is its resistance?",
        1.7e-8 * 50 / (math.pi * 0.002**2),
        "ohm",
    ),
    (
        "A wire 50 m long has a resistivity of 1.7 × 10⁻⁸ Ω·m. What is its resistance?",
        None,
        "ohm",
    ),
    # ---- magnetism: coil fields, susceptibility
    (
        "A coil of 200 turns wound over a length of 0.25 m carries 1.5 A. What is the magnetic field strength H inside it?",
        200 * 1.5 / 0.25,
        "A/m",
    ),
    (
        "A coil of 200 turns wound over a length of 0.25 m carries 1.5 A. What is the flux density inside it with a vacuum core?",
        MU0 * 200 * 1.5 / 0.25,
        "T",
    ),
    (
        "A 25 cm long coil of 200 turns carries 1.5 A around a core of relative permeability 400. What is the flux density in the core?",
        400 * MU0 * 200 * 1.5 / 0.25,
        "T",
    ),
    (
        "A 25 cm long solenoid carries 1.5 A. What magnetic field strength does it produce?",
        None,
        "A/m",
    ),
    (
        "A material with a volume magnetic susceptibility of 2.1 × 10⁻⁴ is placed in a field H = 5 × 10⁵ A/m. What is its magnetization?",
        2.1e-4 * 5e5,
        "A/m",
    ),
    (
        "A material with a volume susceptibility of 2.1 × 10⁻⁴ sits in a field H = 5 × 10⁵ A/m. What is the flux density inside it?",
        MU0 * (1 + 2.1e-4) * 5e5,
        "T",
    ),
    (
        "A material has a magnetic susceptibility of −1.0 × 10⁻⁵. What is its relative permeability?",
        1 - 1.0e-5,
        "dimensionless",
    ),
    (
        "A magnetic alloy in a field of 4000 A/m has a magnetization of 8 × 10⁵ A/m. What is its magnetic susceptibility?",
        8e5 / 4000,
        "dimensionless",
    ),
    (
        "A core material has a relative permeability of 5000 and carries a flux density of 1.2 T. What is the field strength H?",
        1.2 / (5000 * MU0),
        "A/m",
    ),
    # ---- saturation magnetization from Bohr magnetons
    (
        "Nickel (8.90 g/cm³, 58.69 g/mol) has a net moment of 0.60 Bohr magnetons per atom. What is its saturation magnetization?",
        sat_mag(0.60, 8.90, 58.69),
        "A/m",
    ),
    (
        "Nickel (8.90 g/cm³, 58.69 g/mol) has a net moment of 0.60 Bohr magnetons per atom. What is its saturation flux density?",
        MU0 * sat_mag(0.60, 8.90, 58.69),
        "T",
    ),
    (
        "Iron has a density of 7.87 g/cm³, an atomic weight of 55.85 g/mol and 2.22 Bohr magnetons per atom. Find its saturation magnetization in A/m.",
        sat_mag(2.22, 7.87, 55.85),
        "A/m",
    ),
    (
        "Cobalt has a saturation magnetization of 1.45 × 10⁶ A/m, a density of 8.90 g/cm³ and an atomic weight of 58.93 g/mol. How many Bohr magnetons per atom does this give?",
        1.45e6 / (MU_B * 8.90e6 * NA / 58.93),
        "dimensionless",
    ),
    (
        "Magnetite's cubic unit cell, 0.839 nm on edge, holds 8 Fe²⁺ ions of 4 Bohr magnetons each (the Fe³⁺ moments cancel). What is its saturation magnetization?",
        32 * MU_B / (0.839e-9) ** 3,
        "A/m",
    ),
    (
        "A ferrite has a net moment of 5 Bohr magnetons per formula unit. What is its saturation magnetization?",
        None,
        "A/m",
    ),
    (
        "A metal has 1.5 Bohr magnetons per atom. What is its saturation magnetization?",
        None,
        "A/m",
    ),
    # ---- optics
    (
        "Light in air strikes a glass surface (n = 1.52) at 40° to the normal. What is the angle of refraction?",
        math.degrees(math.asin(math.sin(math.radians(40)) / 1.52)),
        "degree",
    ),
    (
        "A ray passes from a glass of refractive index 1.50 into air. What is the critical angle for total internal reflection?",
        math.degrees(math.asin(1 / 1.50)),
        "degree",
    ),
    (
        "A ray travels in glass (n = 1.52) towards a boundary with water (n = 1.33). What is the critical angle?",
        math.degrees(math.asin(1.33 / 1.52)),
        "degree",
    ),
    (
        "What fraction of normally incident light is reflected at an air–glass surface if the glass has n = 1.50?",
        ((1.50 - 1) / (1.50 + 1)) ** 2,
        "dimensionless",
    ),
    (
        "What percentage of normally incident light is reflected at the surface of a diamond (n = 2.42) in air?",
        100 * ((2.42 - 1) / (2.42 + 1)) ** 2,
        "percent",
    ),
    (
        "Light passes at normal incidence from water (n = 1.33) into glass (n = 1.50). What is the reflectance of the interface?",
        ((1.50 - 1.33) / (1.50 + 1.33)) ** 2,
        "dimensionless",
    ),
    (
        "What is the speed of light in diamond, whose refractive index is 2.42?",
        C / 2.42,
        "m/s",
    ),
    (
        "Light travels at 1.97 × 10⁸ m/s in a glass. What is the glass's refractive index?",
        C / 1.97e8,
        "dimensionless",
    ),
    (
        "What is the energy, in eV, of a photon of wavelength 550 nm?",
        HC_EV_NM / 550,
        "eV",
    ),
    (
        "What is the energy, in joules, of a photon of wavelength 550 nm?",
        H * C / 550e-9,
        "J",
    ),
    (
        "What is the frequency of light of wavelength 633 nm?",
        C / 633e-9,
        "Hz",
    ),
    (
        "A glass has an absorption coefficient of 0.5 cm⁻¹. Ignoring reflection, what fraction of the light entering it is transmitted through 2 cm?",
        math.exp(-0.5 * 2),
        "dimensionless",
    ),
    (
        "What thickness of a glass with an absorption coefficient of 0.8 cm⁻¹ halves the intensity of the light that enters it (reflection ignored)?",
        math.log(2) / 0.8 * 10,
        "mm",
    ),
    (
        "A glass has a refractive index 10 % higher than that of water (n = 1.33). What is its critical angle for light leaving it into air?",
        math.degrees(math.asin(1 / (1.1 * 1.33))),
        "degree",
    ),
    (
        "What is the critical angle of a glass for light leaving it into air?",
        None,
        "degree",
    ),
    (
        "Light strikes a glass at 30° to the normal. What is the angle of refraction?",
        None,
        "degree",
    ),
    # ---- polymers
    (
        "A poly(vinyl chloride) has a number-average molecular weight of 100 kg/mol; the repeat unit weighs 62.50 g/mol. What is its degree of polymerization?",
        100000 / 62.50,
        "dimensionless",
    ),
    (
        "A polystyrene (repeat unit 104.15 g/mol) has a number-average molecular weight of 250,000 g/mol. What is its number-average degree of polymerization?",
        250000 / 104.15,
        "dimensionless",
    ),
    (
        "A PTFE (repeat unit 100.02 g/mol) has a degree of polymerization of 5000. What is its number-average molecular weight?",
        5000 * 100.02,
        "g/mol",
    ),
    (
        "A polymer sample holds three fractions with weight fractions 0.2, 0.5 and 0.3 at mean molecular weights of 10,000, 30,000 and 50,000 g/mol. What is its weight-average molecular weight?",
        0.2 * 1e4 + 0.5 * 3e4 + 0.3 * 5e4,
        "g/mol",
    ),
    (
        "A polymer sample holds three fractions with number fractions 0.2, 0.5 and 0.3 at mean molecular weights of 10,000, 30,000 and 50,000 g/mol. What is its number-average molecular weight?",
        0.2 * 1e4 + 0.5 * 3e4 + 0.3 * 5e4,
        "g/mol",
    ),
    (
        "A polymer sample holds three fractions with weight fractions 0.2, 0.5 and 0.3 at mean molecular weights of 10,000, 30,000 and 50,000 g/mol. What is its number-average molecular weight?",
        1 / (0.2 / 1e4 + 0.5 / 3e4 + 0.3 / 5e4),
        "g/mol",
    ),
    (
        "A polyethylene sample has a density of 0.925 g/cm³; fully crystalline polyethylene is 0.998 g/cm³ and fully amorphous 0.870 g/cm³. What is its percent crystallinity?",
        100 * 0.998 * (0.925 - 0.870) / (0.925 * (0.998 - 0.870)),
        "percent",
    ),
    (
        "A polyethylene sample has a density of 0.925 g/cm³; fully crystalline polyethylene is 0.998 g/cm³ and fully amorphous 0.870 g/cm³. What fraction of it by mass is amorphous?",
        1 - 0.998 * (0.925 - 0.870) / (0.925 * (0.998 - 0.870)),
        "dimensionless",
    ),
    (
        "A polyethylene is 60 % crystalline by mass; crystalline regions have a density of 0.998 g/cm³ and amorphous regions 0.870 g/cm³. What is the sample's density?",
        1 / (0.6 / 0.998 + 0.4 / 0.870),
        "g/cm**3",
    ),
    (
        "A nylon sample has a density of 1.15 g/cm³. What is its percent crystallinity?",
        None,
        "percent",
    ),
    (
        "What is the degree of polymerization of a polystyrene?",
        None,
        "dimensionless",
    ),
    (
        "A polypropylene has a degree of polymerization of 3000 (repeat unit 42.08 g/mol). What is its molecular weight in kg/mol?",
        3000 * 42.08 / 1000,
        "kg/mol",
    ),
    # ---- thermal expansion and thermal stress
    (
        "An aluminium bar 2.5 m long (α = 23.6 × 10⁻⁶ /°C) is heated from 20 °C to 120 °C. By how much does it lengthen, in mm?",
        2.5 * 23.6e-6 * 100 * 1000,
        "mm",
    ),
    (
        "An aluminium bar 2.5 m long (α = 23.6 × 10⁻⁶ /°C) is heated from 20 °C to 120 °C. What is its final length?",
        2.5 * (1 + 23.6e-6 * 100),
        "m",
    ),
    (
        "An aluminium bar 2.5 m long (α = 23.6 × 10⁻⁶ K⁻¹) is heated from 293 K to 393 K. By how much does it lengthen?",
        2.5 * 23.6e-6 * 100 * 1000,
        "mm",
    ),
    (
        "A steel rail 1.2 m long (α = 12 × 10⁻⁶ K⁻¹) is at 15 °C. By how many kelvin must it be heated to lengthen by 0.60 mm?",
        0.60e-3 / (12e-6 * 1.2),
        "K",
    ),
    (
        "A steel rod (E = 207 GPa, α = 12.0 × 10⁻⁶ /°C) is clamped rigidly at 20 °C and heated to 70 °C. What is the magnitude of the thermal stress?",
        207e3 * 12.0e-6 * 50,
        "MPa",
    ),
    (
        "A brass rod (α = 20 × 10⁻⁶ /°C, E = 100 GPa) is held between rigid walls and cooled by 40 °C. What stress develops?",
        100e3 * 20e-6 * 40,
        "MPa",
    ),
    (
        "A rod clamped between rigid supports at 20 °C is heated to 80 °C; its modulus is 70 GPa. What thermal stress develops?",
        None,
        "MPa",
    ),
    (
        "A copper sphere of volume 100 cm³ (linear expansion coefficient 17 × 10⁻⁶ K⁻¹) is heated by 200 K. By how much does its volume increase?",
        3 * 17e-6 * 200 * 100,
        "cm**3",
    ),
    (
        "A steel rod (E = 200 GPa, α = 12 × 10⁻⁶ /°C) is clamped at 25 °C. To what temperature can it be heated before the compressive stress reaches 150 MPa?",
        25 + 150 / (200e3 * 12e-6),
        "degC",
    ),
    # ---- heat conduction and heat capacity
    (
        "A 5 mm thick steel sheet (k = 52 W/(m·K)) has its faces at 300 °C and 100 °C. What is the steady heat flux through it?",
        52 * 200 / 0.005,
        "W/m**2",
    ),
    (
        "A 5 mm thick steel sheet of area 0.5 m² (k = 52 W/(m·K)) has its faces at 300 °C and 100 °C. What heat flows through it per second?",
        52 * 200 / 0.005 * 0.5,
        "W",
    ),
    (
        "A brick wall 0.2 m thick (k = 0.7 W/m·K) carries a steady heat flux of 140 W/m². What is the temperature difference across it?",
        140 * 0.2 / 0.7,
        "K",
    ),
    (
        "How much heat raises 2.0 kg of aluminium (c_p = 900 J/(kg·K)) from 25 °C to 225 °C?",
        2.0 * 900 * 200 / 1000,
        "kJ",
    ),
    (
        "Copper has a molar heat capacity of 24.4 J/(mol·K) and an atomic weight of 63.55 g/mol. How much heat raises 1.0 kg of it by 50 K?",
        1000 / 63.55 * 24.4 * 50,
        "J",
    ),
    (
        "The molar heat capacity of iron is 25.1 J/(mol·K) and its atomic weight 55.85 g/mol. What is its specific heat in J/(kg·K)?",
        25.1 / 0.05585,
        "J/(kg*K)",
    ),
    (
        "Aluminium has a specific heat of 900 J/(kg·K) and an atomic weight of 26.98 g/mol. What is its molar heat capacity?",
        900 * 0.02698,
        "J/(mol*K)",
    ),
    (
        "500 J of heat is added to 10 g of copper (c = 386 J/(kg·K)) at 20 °C. By how much does its temperature rise?",
        500 / (0.010 * 386),
        "K",
    ),
    (
        "Copper has a thermal conductivity of 398 W/(m·K), a density of 8.96 g/cm³ and a specific heat of 385 J/(kg·K). What is its thermal diffusivity?",
        398 / (8960 * 385),
        "m**2/s",
    ),
    (
        "How much heat is needed to raise a block of aluminium by 100 K?",
        None,
        "J",
    ),
    # ---- lever rule
    (
        "A Cu–Ni alloy of 35 wt% Ni is held at 1250 °C in the α + L field; the liquid holds 32 wt% Ni and the α phase 43 wt% Ni. What is the mass fraction of liquid?",
        (43 - 35) / (43 - 32),
        "dimensionless",
    ),
    (
        "A Cu–Ni alloy of 35 wt% Ni is held at 1250 °C in the α + L field; the liquid holds 32 wt% Ni and the α phase 43 wt% Ni. What is the mass fraction of α?",
        (35 - 32) / (43 - 32),
        "dimensionless",
    ),
    (
        "At 1250 °C a 35 wt% Ni copper–nickel alloy is α plus liquid, with α at 43 wt% Ni and liquid at 32 wt% Ni. What percentage of the alloy is liquid?",
        100 * (43 - 35) / (43 - 32),
        "percent",
    ),
    (
        "A 40 wt% Sn–60 wt% Pb alloy at 150 °C consists of α (11 wt% Sn) and β (99 wt% Sn). What is the mass fraction of β?",
        (40 - 11) / (99 - 11),
        "dimensionless",
    ),
    (
        "A 2.0 kg ingot of 40 wt% Sn–60 wt% Pb at 150 °C consists of α (11 wt% Sn) and β (99 wt% Sn). What mass of α does it contain?",
        2.0 * (99 - 40) / (99 - 11),
        "kg",
    ),
    (
        "A 40 wt% Sn–60 wt% Pb alloy at 150 °C consists of α (11 wt% Sn) and β (99 wt% Sn). What is the phase fraction?",
        None,
        "dimensionless",
    ),
    (
        "A 0.40 wt% C steel is cooled slowly to just below the eutectoid temperature (eutectoid 0.76 wt% C, ferrite 0.022 wt% C). What is the mass fraction of pearlite?",
        (0.40 - 0.022) / (0.76 - 0.022),
        "dimensionless",
    ),
    (
        "A 0.40 wt% C steel is cooled slowly to just below the eutectoid temperature (eutectoid 0.76 wt% C, ferrite 0.022 wt% C). What is the mass fraction of proeutectoid ferrite?",
        (0.76 - 0.40) / (0.76 - 0.022),
        "dimensionless",
    ),
    (
        "A 1.20 wt% C steel is cooled slowly just below the eutectoid (0.76 wt% C); cementite holds 6.70 wt% C. What fraction of it is proeutectoid cementite?",
        (1.20 - 0.76) / (6.70 - 0.76),
        "dimensionless",
    ),
    (
        "A 0.40 wt% C steel is just below the eutectoid temperature, where ferrite holds 0.022 wt% C and cementite 6.70 wt% C. What is the total mass fraction of ferrite?",
        (6.70 - 0.40) / (6.70 - 0.022),
        "dimensionless",
    ),
    (
        "What mass fraction of a 35 wt% Ni copper–nickel alloy is liquid?",
        None,
        "dimensionless",
    ),
    # ---- ceramics
    (
        "A sintered alumina has a bulk density of 3.60 g/cm³; its theoretical density is 3.98 g/cm³. What is its porosity in percent?",
        100 * (1 - 3.60 / 3.98),
        "percent",
    ),
    (
        "A sintered alumina has a bulk density of 3.60 g/cm³; its theoretical density is 3.98 g/cm³. What is its relative density?",
        3.60 / 3.98,
        "dimensionless",
    ),
    (
        "Fully dense alumina has an elastic modulus of 380 GPa. Using E = E₀(1 − 1.9P + 0.9P²), what is the modulus at 5 vol% porosity?",
        380 * (1 - 1.9 * 0.05 + 0.9 * 0.05**2),
        "GPa",
    ),
    (
        "A ceramic bar 10 mm wide and 5 mm thick is tested in three-point bending on supports 40 mm apart and breaks at 1200 N. What is its flexural strength?",
        3 * 1200 * 0.040 / (2 * 0.010 * 0.005**2) / 1e6,
        "MPa",
    ),
    (
        "A ceramic rod 5 mm in diameter breaks at 500 N in three-point bending over a 50 mm span. What is its flexural strength?",
        500 * 0.050 / (math.pi * 0.0025**3) / 1e6,
        "MPa",
    ),
    (
        "A ceramic rod of radius 2.5 mm breaks at 500 N in three-point bending over a 50 mm span. What is its flexural strength?",
        500 * 0.050 / (math.pi * 0.0025**3) / 1e6,
        "MPa",
    ),
    (
        "A ceramic bar 10 mm wide and 5 mm thick has a flexural strength of 300 MPa. What load breaks it in three-point bending over a 40 mm span?",
        300e6 * 2 * 0.010 * 0.005**2 / (3 * 0.040),
        "N",
    ),
    (
        "A ceramic of zero-porosity flexural strength 300 MPa obeys σ = σ₀ exp(−nP) with n = 7. What is its flexural strength at 10 vol% porosity?",
        300 * math.exp(-7 * 0.10),
        "MPa",
    ),
    (
        "MgO has the rock-salt structure with a lattice parameter of 0.421 nm (Mg 24.31, O 16.00 g/mol). What is its theoretical density?",
        4 * 40.31 / ((0.421e-7) ** 3 * NA),
        "g/cm**3",
    ),
    (
        "A ceramic bar breaks at 800 N in three-point bending. What is its flexural strength?",
        None,
        "MPa",
    ),
    # ---- fracture mechanics
    (
        "A plate with a fracture toughness of 45 MPa√m has a 2 mm surface crack; Y = 1.1. What stress fractures it?",
        45 / (1.1 * math.sqrt(math.pi * 0.002)),
        "MPa",
    ),
    (
        "A wide plate with a plane-strain fracture toughness of 45 MPa·m^{1/2} contains an internal crack 4 mm long (Y = 1). What stress fractures it?",
        45 / math.sqrt(math.pi * 0.002),
        "MPa",
    ),
    (
        "An edge crack 3 mm deep lies in a part stressed to 200 MPa; Y = 1.12. What is the stress intensity factor?",
        1.12 * 200 * math.sqrt(math.pi * 0.003),
        "MPa*m**0.5",
    ),
    (
        "A ceramic has K_Ic = 4 MPa√m. With Y = 1 and an applied stress of 300 MPa, what is the largest surface flaw it tolerates without fracture, in µm?",
        (4 / 300) ** 2 / math.pi * 1e6,
        "um",
    ),
    (
        "A steel (K_Ic = 60 MPa√m) is loaded to 400 MPa; Y = 1.0. What is the critical length of an internal crack?",
        2 * (60 / 400) ** 2 / math.pi * 1000,
        "mm",
    ),
    (
        "A part has a 2 mm surface crack. What stress will fracture it?",
        None,
        "MPa",
    ),
    (
        "An alloy with a fracture toughness of 30 MPa√m and an elastic modulus of 70 GPa is in plane stress. What is its critical strain energy release rate?",
        30e6**2 / 70e9,
        "J/m**2",
    ),
    (
        "An alloy has a fracture toughness two-thirds of that of a steel. What critical stress does a 1 mm surface crack (Y = 1) give?",
        None,
        "MPa",
    ),
    # ---- fatigue
    (
        "A shaft is cycled between a maximum stress of 250 MPa and a minimum of −50 MPa. What is the stress amplitude?",
        (250 + 50) / 2,
        "MPa",
    ),
    (
        "A shaft is cycled between a maximum stress of 250 MPa and a minimum of −50 MPa. What is the mean stress?",
        (250 - 50) / 2,
        "MPa",
    ),
    (
        "A shaft is cycled between a maximum stress of 250 MPa and a minimum of −50 MPa. What is the stress range?",
        300,
        "MPa",
    ),
    (
        "A shaft is cycled between a maximum stress of 250 MPa and a minimum of −50 MPa. What is the stress ratio R?",
        -50 / 250,
        "dimensionless",
    ),
    (
        "A specimen is cycled with a mean stress of 70 MPa and a stress amplitude of 210 MPa. What is the maximum stress?",
        280,
        "MPa",
    ),
    (
        "A steel obeys Basquin's law σ_a = σ_f′(2N_f)^b with σ_f′ = 900 MPa and b = −0.09. How many cycles to failure at a stress amplitude of 300 MPa?",
        0.5 * (300 / 900) ** (1 / -0.09),
        "dimensionless",
    ),
    (
        "A crack grows by Paris' law da/dN = C(ΔK)^m with C = 1.0 × 10⁻¹² (MPa√m units) and m = 3, under a stress range of 100 MPa with Y = 1. How many cycles take it from 0.5 mm to 5 mm?",
        paris_life_m3(1e-12, 100, 1.0, 0.5e-3, 5e-3),
        "dimensionless",
    ),
    (
        "A steel's crack growth follows da/dN = 1.0 × 10⁻¹²(ΔK)³ (m/cycle, ΔK in MPa√m). What is the growth rate per cycle at ΔK = 20 MPa√m?",
        1e-12 * 20**3,
        "m",
    ),
    (
        "A part is cycled at a stress amplitude of 150 MPa. How many cycles does it survive?",
        None,
        "dimensionless",
    ),
    # ---- heat treatment: Avrami and Arrhenius
    (
        "A transformation follows y = 1 − exp(−k tⁿ) with k = 5 × 10⁻⁴ (t in s) and n = 2. What fraction has transformed after 30 s?",
        1 - math.exp(-5e-4 * 30**2),
        "dimensionless",
    ),
    (
        "A transformation follows y = 1 − exp(−k tⁿ) with k = 5 × 10⁻⁴ (t in s) and n = 2. How long does it take to reach 50 % transformation?",
        (math.log(2) / 5e-4) ** 0.5,
        "s",
    ),
    (
        "A transformation follows y = 1 − exp(−k tⁿ) with k = 5 × 10⁻⁴ (t in s) and n = 2. What percentage has transformed after half a minute?",
        100 * (1 - math.exp(-5e-4 * 30**2)),
        "percent",
    ),
    (
        "A recrystallization follows the Avrami equation with n = 2.5. What fraction is recrystallized after 100 s?",
        None,
        "dimensionless",
    ),
    (
        "A recrystallization process has an activation energy of 200 kJ/mol. How many times faster does it run at 700 °C than at 600 °C?",
        math.exp(200e3 / R * (1 / kelvin(600) - 1 / kelvin(700))),
        "dimensionless",
    ),
    (
        "The diffusion coefficient of carbon in γ-iron has D₀ = 2.3 × 10⁻⁵ m²/s and Q = 148 kJ/mol. What is D at 1000 °C?",
        2.3e-5 * math.exp(-148e3 / (R * kelvin(1000))),
        "m**2/s",
    ),
    (
        "The diffusion coefficient of carbon in γ-iron has D₀ = 2.3 × 10⁻⁵ m²/s and Q = 148 kJ/mol. What is D at 1273 K?",
        2.3e-5 * math.exp(-148e3 / (R * 1273)),
        "m**2/s",
    ),
    (
        "A carburizing cycle gives the required case in 10 h at a temperature where D = 2.0 × 10⁻¹¹ m²/s. How many hours give the same case where D = 5.0 × 10⁻¹¹ m²/s?",
        10 * 2.0 / 5.0,
        "hour",
    ),
    (
        "A process has an activation energy of 150 kJ/mol. How many times faster is it at a higher temperature?",
        None,
        "dimensionless",
    ),
    (
        "A diffusion coefficient is 1.0 × 10⁻¹⁴ m²/s at 500 °C and 1.0 × 10⁻¹² m²/s at 700 °C. What is the activation energy?",
        R * math.log(100) / (1 / kelvin(500) - 1 / kelvin(700)) / 1000,
        "kJ/mol",
    ),
    # ---- TeX and Unicode forms, values in words, distractors, second materials
    (
        r"A current of $I = 1.2\,\mathrm{A}$ deposits copper from Cu$^{2+}$ ($M = 63.55$ g/mol) for $t = 40$ min. What mass of copper is deposited?",
        faraday_mass(1.2, 2400, 63.55, 2),
        "g",
    ),
    (
        "A current of 1.2 A flows for 40 min through a copper sulfate bath (Cu²⁺, 63.55 g/mol) held at 35 °C in a tank of 20 L. What mass of copper is deposited?",
        faraday_mass(1.2, 2400, 63.55, 2),
        "g",
    ),
    (
        r"Intrinsic silicon has $n_i = 1.5 \times 10^{10}\ \mathrm{cm^{-3}}$, $\mu_e = 1350$ and $\mu_h = 480\ \mathrm{cm^2/(V\,s)}$. What is its conductivity in S/m?",
        1.5e16 * E_CH * (0.135 + 0.048),
        "S/m",
    ),
    (
        "A silicon wafer 0.5 mm thick is doped with 1.0 × 10²¹ donors per m³; μ_e = 0.14 m²/(V·s) and μ_h = 0.05 m²/(V·s). What is its conductivity?",
        1e21 * E_CH * 0.14,
        "S/m",
    ),
    (
        "A coil of three hundred turns, 0.30 m long, carries a current of two amperes. What is the field strength H inside it?",
        300 * 2 / 0.30,
        "A/m",
    ),
    (
        "A 35 wt% Ni Cu–Ni alloy at 1250 °C is three-quarters liquid by mass. What mass of liquid is in a 4.0 kg casting of it?",
        0.75 * 4.0,
        "kg",
    ),
    (
        r"Light passes from air into a glass of index $n = 1.60$ at an incidence of $35^\circ$. What is the angle of refraction?",
        math.degrees(math.asin(math.sin(math.radians(35)) / 1.60)),
        "degree",
    ),
    (
        "Light in air meets water (n = 1.33) and, in a second experiment, glass (n = 1.52), both at 45° incidence. What is the angle of refraction in the glass?",
        math.degrees(math.asin(math.sin(math.radians(45)) / 1.52)),
        "degree",
    ),
    (
        "Light in air meets water (n = 1.33) and glass (n = 1.52), both at 45° incidence. What is the angle of refraction?",
        None,
        "degree",
    ),
    (
        "Copper (α = 17 × 10⁻⁶ /°C) and aluminium (α = 23.6 × 10⁻⁶ /°C) bars, each 1.0 m long, are heated by 100 °C. By how much does the aluminium bar lengthen?",
        1.0 * 23.6e-6 * 100 * 1000,
        "mm",
    ),
    (
        "Copper (α = 17 × 10⁻⁶ /°C) and aluminium (α = 23.6 × 10⁻⁶ /°C) bars, each 1.0 m long, are heated by 100 °C. By how much does the bar lengthen?",
        None,
        "mm",
    ),
    (
        "Nickel (0.60 Bohr magnetons per atom, 8.90 g/cm³, 58.69 g/mol) and iron (2.22 Bohr magnetons per atom, 7.87 g/cm³, 55.85 g/mol) are compared. What is the saturation magnetization of the iron?",
        sat_mag(2.22, 7.87, 55.85),
        "A/m",
    ),
    (
        "A plate has a fracture toughness of 50 MPa√m and a yield strength of 900 MPa; it contains a surface crack 1.5 mm deep with Y = 1.0. What stress fractures it?",
        50 / math.sqrt(math.pi * 0.0015),
        "MPa",
    ),
    (
        "A steel with a fracture toughness of 50 MPa√m and an aluminium alloy with 25 MPa√m each hold a 1.5 mm surface crack (Y = 1.0). What stress fractures the aluminium alloy?",
        25 / math.sqrt(math.pi * 0.0015),
        "MPa",
    ),
    (
        "A steel with a fracture toughness of 50 MPa√m and an aluminium alloy with 25 MPa√m each hold a 1.5 mm surface crack (Y = 1.0). What stress causes fracture?",
        None,
        "MPa",
    ),
    (
        "A polyethylene has a number-average molecular weight a tenth of 280,000 g/mol; the repeat unit is 28.05 g/mol. What is its degree of polymerization?",
        28000 / 28.05,
        "dimensionless",
    ),
    (
        "A polyethylene's number-average molecular weight is 40 % higher than that of a second sample. What is its degree of polymerization (repeat unit 28.05 g/mol)?",
        None,
        "dimensionless",
    ),
    (
        "A polyethylene's number-average molecular weight is 40 % higher than that of a second sample, whose is 50,000 g/mol. What is its degree of polymerization (repeat unit 28.05 g/mol)?",
        1.4 * 50000 / 28.05,
        "dimensionless",
    ),
    (
        "An alloy's thermal expansion coefficient is twice that of steel. By how much does a 1 m bar of it lengthen when heated by 100 K?",
        None,
        "mm",
    ),
    (
        "An alloy's thermal expansion coefficient is twice that of steel (steel: 12 × 10⁻⁶ K⁻¹). By how much does a 1 m bar of it lengthen when heated by 100 K?",
        1.0 * 24e-6 * 100 * 1000,
        "mm",
    ),
    (
        "A ceramic's thermal conductivity is a fifth of that of steel. What heat flux crosses a 10 mm plate of it with faces 100 K apart?",
        None,
        "W/m**2",
    ),
    (
        "An insulating oxide has a band gap three times that of silicon. What is the longest wavelength it absorbs?",
        None,
        "nm",
    ),
    (
        "A ferrite's saturation magnetization is 40 % of that of nickel. What is its saturation flux density?",
        None,
        "T",
    ),
    (
        "A glass's refractive index is 1.50. What is the critical angle?",
        math.degrees(math.asin(1 / 1.50)),
        "degree",
    ),
    (
        "A transformation is 50 % complete after 40 s and follows Avrami kinetics. What fraction is complete after 80 s?",
        None,
        "dimensionless",
    ),
    (
        "Steel is carburized for some hours at 900 °C. How long does the same case take at 1000 °C?",
        None,
        "hour",
    ),
    (
        "An iron sample (7.87 g/cm³) corrodes. What is its corrosion penetration rate?",
        None,
        "mm/year",
    ),
    (
        "Zinc corrodes in acid. How much zinc is lost per year?",
        None,
        "g",
    ),
    (
        "A semiconductor sample has a Hall coefficient of −2.0 × 10⁻⁴ m³/C. What is its conductivity?",
        None,
        "S/m",
    ),
    (
        "What is the electrical conductivity of a semiconductor with electrons and holes?",
        None,
        "S/m",
    ),
    (
        "A polymer has a weight-average molecular weight of 120,000 g/mol. What is its number-average molecular weight?",
        None,
        "g/mol",
    ),
    (
        "A magnetic material has a relative permeability of 3000. What is its magnetization?",
        None,
        "A/m",
    ),
    (
        "A cylindrical ceramic specimen fails in three-point bending over a 40 mm span. What is its flexural strength?",
        None,
        "MPa",
    ),
    (
        "A hypoeutectoid steel is cooled slowly to room temperature. What fraction of it is pearlite?",
        None,
        "dimensionless",
    ),
    (
        "What is the Hall voltage across a copper strip carrying 10 A?",
        None,
        "V",
    ),
    (
        "A plate of alumina has 8 % porosity. What is its elastic modulus?",
        None,
        "GPa",
    ),
    (
        "A photon has an energy of 2.0 eV. What is its wavelength in nm?",
        HC_EV_NM / 2.0,
        "nm",
    ),
    (
        "A photon has an energy of 3.2 × 10⁻¹⁹ J. What is its wavelength?",
        H * C / 3.2e-19 * 1e9,
        "nm",
    ),
    (
        "A steel rail (α = 12 × 10⁻⁶ /°C) 20 m long is laid at 10 °C. How long is it on a day at 40 °C, in m (final length)?",
        20 * (1 + 12e-6 * 30),
        "m",
    ),
    (
        "An n-type silicon has a resistivity of 0.05 Ω·m and an electron mobility of 0.14 m²/(V·s). What is the donor concentration, all donors ionized?",
        1 / (0.05 * E_CH * 0.14),
        "1/m**3",
    ),
    (
        "A metal has a free-electron concentration of 8.5 × 10²⁸ m⁻³. What is the magnitude of its Hall coefficient?",
        1 / (8.5e28 * E_CH),
        "m**3/C",
    ),
    (
        "A corrosion cell dissolves 0.50 g of iron (Fe²⁺, 55.85 g/mol) in 24 h. What is the average corrosion current?",
        0.50 * 2 * F / (55.85 * 86400),
        "A",
    ),
    (
        "Electroplating 0.25 g of nickel (Ni²⁺, 58.69 g/mol) takes 20 minutes. What current was used, in mA?",
        0.25 * 2 * F / (58.69 * 1200) * 1000,
        "mA",
    ),
    # ---- traps next to the answered classes: sign words, angles from the surface, the other phase
    (
        "A shaft is cycled between 250 MPa in tension and 50 MPa in compression. What is the stress amplitude?",
        (250 + 50) / 2,
        "MPa",
    ),
    (
        "A shaft is cycled between 250 MPa in tension and 50 MPa in compression. What is the mean stress?",
        (250 - 50) / 2,
        "MPa",
    ),
    (
        "A rod sees a maximum tensile stress of 180 MPa and a maximum compressive stress of 120 MPa in each cycle. What is the stress range?",
        300,
        "MPa",
    ),
    (
        "Light in air strikes a flat glass plate (n = 1.52) at 40° to its surface. What is the angle of refraction, measured from the normal?",
        math.degrees(math.asin(math.sin(math.radians(50)) / 1.52)),
        "degree",
    ),
    (
        "What fraction of normally incident light is transmitted through an air–glass surface if the glass has n = 1.50 (absorption ignored)?",
        1 - ((1.50 - 1) / (1.50 + 1)) ** 2,
        "dimensionless",
    ),
    (
        "A glass has an absorption coefficient of 0.5 cm⁻¹. Ignoring reflection, what fraction of the light entering it is absorbed in 2 cm?",
        1 - math.exp(-0.5 * 2),
        "dimensionless",
    ),
    (
        "A glass has an absorption coefficient of 0.5 cm⁻¹. Ignoring reflection, what percentage of the light entering it is transmitted through 20 mm?",
        100 * math.exp(-0.5 * 2),
        "percent",
    ),
    (
        "Light travels at 2.0 × 10⁸ m/s in a plastic. What is the critical angle for light leaving the plastic into air?",
        math.degrees(math.asin(2.0e8 / C)),
        "degree",
    ),
    (
        "What is the energy of one mole of photons of wavelength 550 nm, in kJ/mol?",
        H * C / 550e-9 * NA / 1000,
        "kJ/mol",
    ),
    (
        "What is the wavelength, in ångströms, of a photon of energy 2.0 eV?",
        HC_EV_NM / 2.0 * 10,
        "angstrom",
    ),
    (
        "A semiconductor is transparent to light of wavelengths longer than 1.8 µm. What is its band gap in eV?",
        HC_EV_NM / 1800,
        "eV",
    ),
    (
        "What is the lowest photon frequency that can excite an electron across the 1.11 eV band gap of silicon?",
        1.11 * E_CH / H,
        "Hz",
    ),
    (
        "A semiconductor has a band gap of 3.2 × 10⁻¹⁹ J. What is the longest wavelength it absorbs?",
        H * C / 3.2e-19 * 1e9,
        "nm",
    ),
    (
        "A shaft cycles between 250 MPa and −50 MPa. What is the stress amplitude, in ksi?",
        150 / 6.894757,
        "ksi",
    ),
    # ---- thermal: free expansion has no stress; cooling shrinks; area and volume
    (
        "A steel rod (E = 207 GPa, α = 12.0 × 10⁻⁶ /°C) rests on rollers, free to expand, and is heated from 20 °C to 70 °C. What thermal stress develops in it?",
        0.0,
        "MPa",
    ),
    (
        "An aluminium bar 2.5 m long (α = 23.6 × 10⁻⁶ /°C) is cooled from 120 °C to 20 °C. By how much does it shorten, in mm?",
        2.5 * 23.6e-6 * 100 * 1000,
        "mm",
    ),
    (
        "An aluminium bar 2.5 m long (α = 23.6 × 10⁻⁶ /°C) at 120 °C is cooled to 20 °C. What is its final length?",
        2.5 * (1 - 23.6e-6 * 100),
        "m",
    ),
    (
        "A square aluminium plate 0.40 m on a side (α = 23.6 × 10⁻⁶ /°C) is heated by 80 °C. By how much does its area increase, in mm²?",
        0.40**2 * 2 * 23.6e-6 * 80 * 1e6,
        "mm**2",
    ),
    (
        "A copper cube 50 mm on edge (α = 17 × 10⁻⁶ /°C) is heated by 150 °C. By how much does its edge lengthen, in µm?",
        50e-3 * 17e-6 * 150 * 1e6,
        "um",
    ),
    (
        "A brass rod 1.0 m long has α = 20 × 10⁻⁶ /°C and is heated by 90 °F. By how much does it lengthen, in mm?",
        1.0 * 20e-6 * 50 * 1000,
        "mm",
    ),
    (
        "A 5 mm thick steel sheet (k = 52 W/(m·K)) has faces at 300 °C and 100 °C. How much heat crosses each square metre of it in one hour?",
        52 * 200 / 0.005 * 3600,
        "J/m**2",
    ),
    (
        "A 2 cm thick firebrick (k = 1.2 W/(m·K)) has faces at 900 °C and 100 °C. What is the heat flux through it?",
        1.2 * 800 / 0.02,
        "W/m**2",
    ),
    (
        "How much heat, in kJ, must be removed to cool 2.0 kg of aluminium (c_p = 900 J/(kg·K)) from 225 °C to 25 °C?",
        2.0 * 900 * 200 / 1000,
        "kJ",
    ),
    # ---- lever rule traps: outside the two-phase field, compositions of the other element
    (
        "A Cu–Ni alloy of 50 wt% Ni is at 1250 °C, where the α + L field runs from 32 wt% Ni (liquid) to 43 wt% Ni (α). What is the mass fraction of liquid?",
        None,
        "dimensionless",
    ),
    (
        "A 40 wt% Sn–60 wt% Pb alloy at 150 °C consists of α (11 wt% Sn) and β (99 wt% Sn). What percentage of the alloy is α?",
        100 * (99 - 40) / (99 - 11),
        "percent",
    ),
    (
        "A 1.20 wt% C steel is cooled slowly just below the eutectoid (0.76 wt% C, ferrite 0.022 wt% C, cementite 6.70 wt% C). What is the mass fraction of pearlite?",
        (6.70 - 1.20) / (6.70 - 0.76),
        "dimensionless",
    ),
    (
        "A 0.40 wt% C steel is just below the eutectoid temperature, where ferrite holds 0.022 wt% C and cementite 6.70 wt% C. What is the total mass fraction of cementite?",
        (0.40 - 0.022) / (6.70 - 0.022),
        "dimensionless",
    ),
    (
        "A 0.25 wt% C steel is cooled slowly (eutectoid 0.76 wt% C, ferrite 0.022 wt% C). What fraction of it is proeutectoid ferrite, in percent?",
        100 * (0.76 - 0.25) / (0.76 - 0.022),
        "percent",
    ),
    # ---- ceramics traps
    (
        "A sintered alumina is 8 % porous; its theoretical density is 3.98 g/cm³. What is its bulk density?",
        3.98 * 0.92,
        "g/cm**3",
    ),
    (
        "A ceramic bar 10 mm wide and 5 mm thick breaks at 1200 N in four-point bending with outer supports 40 mm apart and inner loading points 20 mm apart. What is its flexural strength?",
        3 * 1200 * (0.040 - 0.020) / (2 * 0.010 * 0.005**2) / 1e6,
        "MPa",
    ),
    (
        "A ceramic bar 5 mm thick and 10 mm wide is broken in three-point bending at 1200 N with its supports 40 mm apart. What is its flexural strength?",
        3 * 1200 * 0.040 / (2 * 0.010 * 0.005**2) / 1e6,
        "MPa",
    ),
    (
        "A ceramic bar of square section 6 mm on a side breaks at 900 N in three-point bending over a 30 mm span. What is its flexural strength?",
        3 * 900 * 0.030 / (2 * 0.006 * 0.006**2) / 1e6,
        "MPa",
    ),
    (
        "A ceramic bar 10 mm wide and 5 mm thick breaks at 1.2 kN in three-point bending over a span of 4.0 cm. What is its flexural strength, in ksi?",
        3 * 1200 * 0.040 / (2 * 0.010 * 0.005**2) / 6.894757e6,
        "ksi",
    ),
    # ---- fracture traps
    (
        "A plate with a fracture toughness of 45 MPa√m is loaded to 300 MPa; Y = 1.1. What is the longest surface crack it can carry without fracturing, in mm?",
        (45 / (1.1 * 300)) ** 2 / math.pi * 1000,
        "mm",
    ),
    (
        "A plate with a fracture toughness of 45 MPa√m is loaded to 300 MPa; Y = 1.1. What is the longest internal crack it can carry without fracturing, in mm?",
        2 * (45 / (1.1 * 300)) ** 2 / math.pi * 1000,
        "mm",
    ),
    (
        "An edge crack 3 mm deep lies in a part stressed to 200 MPa; Y = 1.12, and the yield strength is 600 MPa. What is the stress intensity factor?",
        1.12 * 200 * math.sqrt(math.pi * 0.003),
        "MPa*m**0.5",
    ),
    (
        "A plate with a fracture toughness of 45 MPa√m has a 2 mm surface crack; Y = 1.1. It is designed with a safety factor of 2 on stress. What is the allowable stress?",
        45 / (1.1 * math.sqrt(math.pi * 0.002)) / 2,
        "MPa",
    ),
    # ---- Faraday traps: valence, efficiency, two metals
    (
        "Iron is deposited from an Fe³⁺ solution (55.85 g/mol) at 2.0 A for 1 h. What mass of iron is deposited?",
        faraday_mass(2.0, 3600, 55.85, 3),
        "g",
    ),
    (
        "Copper is deposited from a Cu⁺ (cuprous) bath (63.55 g/mol) at 2.0 A for 1 h. What mass of copper is deposited?",
        faraday_mass(2.0, 3600, 63.55, 1),
        "g",
    ),
    (
        "A current of 2.0 A runs for 1 h through two cells in series, one plating copper from Cu²⁺ (63.55 g/mol) and one silver from Ag⁺ (107.87 g/mol). What mass of silver is deposited?",
        faraday_mass(2.0, 3600, 107.87, 1),
        "g",
    ),
    (
        "A current of 2.0 A runs for 1 h through two cells in series, one plating copper from Cu²⁺ and one silver from Ag⁺. What mass is deposited?",
        None,
        "g",
    ),
    (
        "A current of 2.5 A is passed for 3 h through a copper sulfate bath, depositing Cu from Cu²⁺. How many moles of copper are deposited?",
        2.5 * 3 * 3600 / (2 * F),
        "mol",
    ),
    (
        "A zinc anode (Zn²⁺, 65.38 g/mol) dissolves at 12 mA. How much zinc is lost per day, in mg?",
        faraday_mass(0.012, 86400, 65.38, 2) * 1000,
        "mg",
    ),
    (
        "A cell couples Zn/Zn²⁺ (E° = −0.763 V) with Cu/Cu²⁺ (E° = +0.340 V); the Zn²⁺ solution is 1.0 M and the Cu²⁺ solution 0.010 M, at 25 °C. What is the cell potential?",
        1.103 - nernst_factor(298.15, 2) * math.log(1.0 / 0.010),
        "V",
    ),
    (
        "A galvanic cell couples Zn/Zn²⁺ (E° = −0.763 V) with Cu/Cu²⁺ (E° = +0.340 V). What is the standard Gibbs energy change of the cell reaction, per mole of Zn?",
        -2 * F * 1.103 / 1000,
        "kJ/mol",
    ),
    # ---- semiconductor and magnetic traps
    (
        "Intrinsic silicon has n_i = 1.0 × 10¹⁶ m⁻³, μ_e = 0.14 m²/(V·s) and μ_h = 0.05 m²/(V·s). What is the hole contribution to its conductivity?",
        1.0e16 * E_CH * 0.05,
        "S/m",
    ),
    (
        "Electrons in silicon have a mobility of 0.14 m²/(V·s) and holes 0.05 m²/(V·s). What is the hole drift velocity in a field of 500 V/m?",
        0.05 * 500,
        "m/s",
    ),
    (
        "An n-type silicon has a conductivity of 2.0 (Ω·cm)⁻¹ and an electron mobility of 1400 cm²/(V·s). What is the electron concentration, per cm³?",
        2.0 / (E_CH * 1400),
        "1/cm**3",
    ),
    (
        "A solenoid has 1000 turns per metre and carries 2.0 A. What is the magnetic field strength inside it?",
        2000,
        "A/m",
    ),
    (
        "A 25 cm long coil of 200 turns, 4 cm in diameter, carries 1.5 A. What is the field strength H inside it?",
        200 * 1.5 / 0.25,
        "A/m",
    ),
    (
        "A 25 cm long coil of 200 turns carries 1.5 A around a core of relative permeability 400. What is the magnetization of the core?",
        399 * 200 * 1.5 / 0.25,
        "A/m",
    ),
    (
        "Nickel (8.90 g/cm³, 58.69 g/mol) has a net moment of 0.60 Bohr magnetons per atom. What is its saturation flux density in gauss?",
        MU0 * sat_mag(0.60, 8.90, 58.69) * 1e4,
        "gauss",
    ),
    (
        "Nickel (8900 kg/m³, 58.69 g/mol) has a net moment of 0.60 Bohr magnetons per atom. What is its saturation magnetization?",
        sat_mag(0.60, 8.90, 58.69),
        "A/m",
    ),
    # ---- polymers and kinetics traps
    (
        "A polyethylene sample has a density of 0.925 g/cm³; fully crystalline polyethylene is 0.998 g/cm³ and fully amorphous 0.870 g/cm³. What is its crystalline volume fraction?",
        (0.925 - 0.870) / (0.998 - 0.870),
        "dimensionless",
    ),
    (
        "A polystyrene (repeat unit 104.15 g/mol) has a weight-average molecular weight of 300,000 g/mol. What is its weight-average degree of polymerization?",
        300000 / 104.15,
        "dimensionless",
    ),
    (
        "A polystyrene (repeat unit 104.15 g/mol) has a weight-average molecular weight of 300,000 g/mol. What is its number-average degree of polymerization?",
        None,
        "dimensionless",
    ),
    (
        "A transformation follows y = 1 − exp(−k tⁿ) with k = 0.01 (t in minutes) and n = 2. What fraction has transformed after 300 s?",
        1 - math.exp(-0.01 * 5**2),
        "dimensionless",
    ),
    (
        "A transformation follows y = 1 − exp(−k tⁿ) with n = 2; it is 50 % complete after 40 s. What fraction has transformed after 80 s?",
        1 - math.exp(-math.log(2) / 40**2 * 80**2),
        "dimensionless",
    ),
    (
        "A transformation follows y = 1 − exp(−k tⁿ) with k = 5 × 10⁻⁴ (t in s) and n = 2. How long does it take to reach 90 % transformation?",
        (math.log(10) / 5e-4) ** 0.5,
        "s",
    ),
    (
        "A transformation follows y = 1 − exp(−k tⁿ) with k = 5 × 10⁻⁴ (t in s) and n = 2. What fraction is still untransformed after 30 s?",
        math.exp(-5e-4 * 30**2),
        "dimensionless",
    ),
    (
        "A carburizing cycle gives the required case in 10 h at a temperature where D = 2.0 × 10⁻¹¹ m²/s. How many hours give a case twice as deep at the same temperature?",
        40,
        "hour",
    ),
    # ---- a worded share of a written number ('a tenth of 280,000 g/mol'): the product
    (
        "A polyethylene has a number-average molecular weight of one tenth of 280,000 g/mol; the repeat unit is 28.05 g/mol. What is its degree of polymerization?",
        28000 / 28.05,
        "dimensionless",
    ),
    (
        "A polyethylene has a number-average molecular weight half of 56,000 g/mol; the repeat unit is 28.05 g/mol. What is its degree of polymerization?",
        28000 / 28.05,
        "dimensionless",
    ),
    (
        "A coil of 200 turns wound over a length of 0.25 m carries half of 3.0 A. What is the magnetic field strength H inside it?",
        200 * 1.5 / 0.25,
        "A/m",
    ),
    (
        "A coil of 200 turns carries 1.5 A over a length one-quarter of 1.0 m. What is the magnetic field strength H inside it?",
        200 * 1.5 / 0.25,
        "A/m",
    ),
    (
        "A copper wire half of 4 mm in diameter and 50 m long has a resistivity of 1.7 × 10⁻⁸ Ω·m. What is its resistance?",
        1.7e-8 * 50 / (math.pi * 0.001**2),
        "ohm",
    ),
    (
        "A current of 2.5 A is passed for a third of 9 h through a copper sulfate bath, depositing Cu from Cu²⁺. What mass of copper is deposited?",
        faraday_mass(2.5, 3 * 3600, 63.55, 2),
        "g",
    ),
    (
        "Light in air strikes a glass surface (n = 1.52) at half of 80° to the normal. What is the angle of refraction?",
        math.degrees(math.asin(math.sin(math.radians(40)) / 1.52)),
        "degree",
    ),
    (
        "What is the energy, in eV, of a photon whose wavelength is a tenth of 5500 nm?",
        HC_EV_NM / 550,
        "eV",
    ),
    (
        "A plate with a fracture toughness of 45 MPa√m has a surface crack a tenth of 20 mm deep; Y = 1.1. What stress fractures it?",
        45 / (1.1 * math.sqrt(math.pi * 0.002)),
        "MPa",
    ),
    (
        "An n-type semiconductor has an electron concentration of half of 6 × 10²¹ m⁻³ and a conductivity of 50 S/m. What is the electron mobility?",
        50 / (3e21 * E_CH),
        "m**2/(V*s)",
    ),
    (
        "A steel rod (E = 207 GPa, α = 12.0 × 10⁻⁶ /°C) is clamped rigidly at 20 °C and heated to half of 140 °C. What is the magnitude of the thermal stress?",
        None,
        "MPa",
    ),
    (
        "A steel plate (K_Ic = 50 MPa√m, Y = 1.12) is designed to a stress of half its 900 MPa yield strength. What is the critical surface crack depth, in mm?",
        (50 / (1.12 * 450)) ** 2 / math.pi * 1000,
        "mm",
    ),
    (
        "A steel plate (K_Ic = 50 MPa√m, Y = 1.12) is designed to a stress half the yield strength. What is the critical surface crack depth?",
        None,
        "mm",
    ),
    (
        "A copper wire half the 4 mm diameter of the busbar and 50 m long has a resistivity of 1.7 × 10⁻⁸ Ω·m. What is its resistance?",
        1.7e-8 * 50 / (math.pi * 0.001**2),
        "ohm",
    ),
    (
        "A copper wire one-third the diameter of a 6 mm rod and 50 m long has a resistivity of 1.7 × 10⁻⁸ Ω·m. What is its resistance?",
        1.7e-8 * 50 / (math.pi * 0.001**2),
        "ohm",
    ),
    (
        "A steel sheet a quarter as thick as 20 mm (k = 52 W/(m·K)) has faces at 300 °C and 100 °C. What is the heat flux through it?",
        52 * 200 / 0.005,
        "W/m**2",
    ),
    (
        "A plate with a fracture toughness of 45 MPa√m has a surface crack one and a half times 2 mm deep; Y = 1.1. What stress fractures it?",
        45 / (1.1 * math.sqrt(math.pi * 0.003)),
        "MPa",
    ),
    (
        "A plate with K_Ic = 45 MPa√m has a surface crack of a quarter of a millimetre; Y = 1.1. What stress fractures it?",
        45 / (1.1 * math.sqrt(math.pi * 0.00025)),
        "MPa",
    ),
    (
        "A superconductor's critical field has fallen to one-half of its 0 K value of 0.08 T. What field is that?",
        0.04,
        "T",
    ),
    # ---- the ask moved to a share of a stated condition ('in half that time'): refused or the new value
    (
        "A current of 2.5 A is passed for 3 h through a copper sulfate bath, depositing Cu from Cu²⁺. What mass of copper is deposited in half that time?",
        faraday_mass(2.5, 1.5 * 3600, 63.55, 2),
        "g",
    ),
    (
        "A coil of 200 turns wound over 0.25 m carries 1.5 A. What field strength H would a third of that current give?",
        200 * 0.5 / 0.25,
        "A/m",
    ),
    (
        "An aluminium bar 2.5 m long (α = 23.6 × 10⁻⁶ /°C) is heated from 20 °C to 120 °C. By how much would a bar half as long lengthen, in mm?",
        1.25 * 23.6e-6 * 100 * 1000,
        "mm",
    ),
    # ---- more missing givens and ambiguous asks (must refuse)
    (
        "A nickel plating bath (Ni²⁺, 58.69 g/mol) runs for 45 min. What mass of nickel plates out?",
        None,
        "g",
    ),
    (
        "A silver bath deposits 2.0 g of silver in 30 min. What current was used?",
        2.0 * 1 * F / (107.87 * 1800),
        "A",
    ),
    (
        "An iron plate corrodes at 5 µA/cm². What is the penetration rate in mm/year?",
        None,
        "mm/year",
    ),
    (
        "A cell pairs Ni/Ni²⁺ with Fe/Fe²⁺ at 25 °C. What is the standard cell potential?",
        None,
        "V",
    ),
    (
        "Intrinsic silicon has n_i = 1.0 × 10¹⁶ m⁻³ and an electron mobility of 0.14 m²/(V·s). What is its intrinsic conductivity?",
        None,
        "S/m",
    ),
    (
        "A metal strip 0.5 mm thick carries 20 A in a perpendicular 1.5 T field. What is the Hall voltage?",
        None,
        "V",
    ),
    (
        "A coil of 200 turns carries 1.5 A. What is the magnetic field strength inside it?",
        None,
        "A/m",
    ),
    (
        "A metal of density 8.90 g/cm³ has 0.60 Bohr magnetons per atom. What is its saturation magnetization?",
        None,
        "A/m",
    ),
    (
        "Light in air meets a glass at 40° incidence. What is the angle of refraction?",
        None,
        "degree",
    ),
    (
        "What fraction of normally incident light is reflected at the surface of a glass?",
        None,
        "dimensionless",
    ),
    (
        "A polyethylene sample has a density of 0.925 g/cm³ and fully crystalline polyethylene 0.998 g/cm³. What is its percent crystallinity?",
        None,
        "percent",
    ),
    (
        "A poly(vinyl chloride) has a degree of polymerization of 1600. What is its molecular weight, given that its chains are linear?",
        1600 * 62.50,
        "g/mol",
    ),
    (
        "A bar 2.5 m long is heated from 20 °C to 120 °C. By how much does it lengthen?",
        None,
        "mm",
    ),
    (
        "A steel rod (α = 12.0 × 10⁻⁶ /°C) is clamped rigidly at 20 °C and heated to 70 °C. What thermal stress develops?",
        207e3 * 12.0e-6 * 50,
        "MPa",
    ),
    (
        "A 5 mm thick sheet has its faces at 300 °C and 100 °C. What is the heat flux through it?",
        None,
        "W/m**2",
    ),
    (
        "A Cu–Ni alloy at 1250 °C lies in the α + L field, with liquid at 32 wt% Ni and α at 43 wt% Ni. What is the mass fraction of liquid?",
        None,
        "dimensionless",
    ),
    (
        "A 0.40 wt% C steel is cooled slowly to room temperature. What is the mass fraction of the phase?",
        None,
        "dimensionless",
    ),
    (
        "A ceramic bar 10 mm wide breaks at 1200 N in three-point bending over a 40 mm span. What is its flexural strength?",
        None,
        "MPa",
    ),
    (
        "A plate with a fracture toughness of 45 MPa√m is loaded to 300 MPa. What is the critical crack length?",
        None,
        "mm",
    ),
    (
        "A steel obeys Basquin's law with b = −0.09. How many cycles to failure at a stress amplitude of 300 MPa?",
        None,
        "dimensionless",
    ),
    (
        "A transformation follows y = 1 − exp(−k tⁿ) with n = 2. What fraction has transformed after 30 s?",
        None,
        "dimensionless",
    ),
    (
        "A diffusion coefficient has Q = 148 kJ/mol. What is D at 1000 °C?",
        None,
        "m**2/s",
    ),
    (
        "A sintered alumina has a bulk density of 3.60 g/cm³. What is its porosity?",
        None,
        "percent",
    ),
    (
        "A semiconductor doped with 10²² donors per m³ has an electron mobility higher than that of silicon. What is its conductivity?",
        None,
        "S/m",
    ),
    # ---- light that starts inside the medium: Snell's law is not read from air
    (
        "Light in glass (n = 1.50) meets air at 30° to the normal. What is the angle of refraction in the air?",
        math.degrees(math.asin(1.50 * math.sin(math.radians(30)))),
        "degree",
    ),
    (
        "Light in glass (n = 1.50) meets air at 60° to the normal. What is the angle of refraction?",
        None,
        "degree",
    ),
    (
        "A ray travelling inside an acrylic block (n = 1.49) hits the surface at 25° from the normal. What is the angle of refraction?",
        math.degrees(math.asin(1.49 * math.sin(math.radians(25)))),
        "degree",
    ),
    (
        "A beam within a flint-glass prism (n = 1.65) reaches its face at 20° incidence. At what angle from the normal does it leave?",
        math.degrees(math.asin(1.65 * math.sin(math.radians(20)))),
        "degree",
    ),
    # ---- a mass asked, a mass fraction the relation gives
    (
        "A 0.40 wt% C steel, cooled slowly (eutectoid 0.76 wt% C, ferrite 0.022 wt% C), weighs 5 kg. What mass of pearlite does it contain?",
        5 * (0.40 - 0.022) / (0.76 - 0.022),
        "kg",
    ),
    (
        "A 0.40 wt% C steel is cooled slowly (eutectoid 0.76 wt% C, ferrite 0.022 wt% C). What mass of pearlite forms?",
        None,
        "kg",
    ),
    (
        "A 1.20 wt% C steel is cooled slowly just below the eutectoid (0.76 wt% C); cementite holds 6.70 wt% C. How many grams of proeutectoid cementite does it hold?",
        None,
        "g",
    ),
    (
        "A 1.20 wt% C steel is cooled slowly just below the eutectoid (0.76 wt% C); cementite holds 6.70 wt% C. How many grams of proeutectoid cementite does each kilogram hold?",
        1000 * (1.20 - 0.76) / (6.70 - 0.76),
        "g/kg",
    ),
]
