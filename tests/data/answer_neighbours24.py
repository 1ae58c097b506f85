"""Neighbour questions, round 24 (issue 11, precision), in our own words.

Written by helper probe25 (session 30) near the classes the solver answers on the blind sets,
weighted to the topics rounds 20-23 touched least: thermal expansion, conduction and heat, magnetic
fields and saturation magnetization, optics, electrical conduction and dielectrics, composites and
ceramics, polymers, corrosion by Faraday's law, with a few in crystallography, defects, diffusion,
fracture and the lever rule. Each class is varied: other numbers and units, the ask moved to a
related quantity, givens reordered, a distractor value, a missing given (must refuse), an ambiguous
ask (must refuse), °C vs K, diameter vs radius, per mole vs per gram, percent vs fraction, TeX and
Unicode forms, and a value stated only relative to another material ('a Poisson's ratio one-third
of that of rubber', 'a modulus half that of steel'): without the other material's value stated, no
number (must refuse); with it stated, the product.

234 questions, 50 of them must-refuse. Main (e2c492c) answered 135 and 5 wrong, in three classes: a
value stated only relative to another material ('a Poisson's ratio one-third of that of rubber' read
as ν = 1/3; 'a modulus half that of steel, whose modulus is 210 GPa' answered with 210 GPa) (3); a
two-state change ('by how much does its volume increase') solved through ΔV = β V₀ ΔT with the stated
volume bound as the change (1); a true strain asked with only the flow curve's K given, K bound as an
engineering stress and the engineering strain answered (1). Now 130 answered, 0 wrong; fixes in
relative_to_other.py, two_state_change.py and true_engineering.py, class tests in
tests/test_answer_probe25_classes.py. Sets W, Y and E (heldout22, heldout24, heldout4) unchanged
item by item; no item of sets A-Y has the relative wording, and the set items with a two-state
change ask or a composite percent (91) or a true/engineering stress (108) give the same outcomes as on main.
A bare fibre percent ('60 % carbon fibres') is keyed by volume, as set E keys it.

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


def cubic_density(n: int, a_nm: float, m_g: float) -> float:
    """Theoretical density in g/cm³: n atoms of m_g g/mol in a cube of edge a_nm."""
    return n * m_g / ((a_nm * 1e-7) ** 3 * NA)


# (question, key or None for must-refuse, pint unit of the key)
QUESTIONS: list[tuple[str, float | None, str]] = [
    # ---- a value stated relative to another material ('of that of'): refused unless that value is given
    (
        "A polymer rod has a Poisson's ratio one-third of that of rubber and is stretched elastically to an axial strain of 0.012. What is the lateral strain?",
        None,
        "dimensionless",
    ),
    (
        "A foam has a Poisson's ratio one-half of that of cork. Under an axial strain of 0.004, what is the transverse strain?",
        None,
        "dimensionless",
    ),
    (
        "A ceramic has a Poisson's ratio two-thirds that of aluminium. For an axial strain of 0.001, what is the lateral strain?",
        None,
        "dimensionless",
    ),
    (
        "An alloy has a Poisson's ratio one quarter of that of a rubber and is loaded to an axial strain of 0.002. Find the lateral strain.",
        None,
        "dimensionless",
    ),
    (
        "A resin has an elastic modulus one-tenth of that of aluminium. What tensile stress produces an elastic strain of 0.01?",
        None,
        "MPa",
    ),
    (
        "An alloy has a modulus of elasticity half that of steel. What stress gives an elastic strain of 0.0015?",
        None,
        "MPa",
    ),
    (
        "A titanium alloy has an elastic modulus 55 % of that of steel. What stress produces an elastic strain of 0.002?",
        None,
        "MPa",
    ),
    # ν = (2/3)(0.44); ε_lat = -ν ε
    (
        "A metal has a Poisson's ratio two-thirds of that of lead (lead: ν = 0.44). When strained axially to 0.003 in tension, what is the magnitude of its lateral strain?",
        2 / 3 * 0.44 * 0.003,
        "dimensionless",
    ),
    # E = 0.5 × 210 GPa; σ = Eε
    (
        "An alloy has an elastic modulus half that of steel, whose modulus is 210 GPa. What stress produces an elastic strain of 0.001?",
        0.5 * 210e3 * 0.001,
        "MPa",
    ),
    (
        "A glass has a refractive index 10 % higher than that of water. What is the critical angle for light leaving the glass into air?",
        None,
        "degree",
    ),
    (
        "A ferrite has a saturation magnetization one-third of that of iron. What is its saturation flux density?",
        None,
        "T",
    ),
    (
        "A polymer has a number-average molecular weight half that of a polyethylene sample. What is its degree of polymerization?",
        None,
        "dimensionless",
    ),
    (
        "A ceramic conducts heat at one-fifth of the rate of that of steel. What heat flux passes through a 10 mm plate of it with faces 100 K apart?",
        None,
        "W/m**2",
    ),
    # ---- elasticity: Poisson, Hooke, moduli
    (
        "A cylindrical brass rod 12 mm in diameter is strained elastically in tension to an axial strain of 0.0015. Poisson's ratio is 0.34. By how much does the diameter decrease?",
        0.34 * 0.0015 * 12,
        "mm",
    ),
    (
        "A brass rod of radius 6 mm is strained elastically in tension to an axial strain of 0.0015; Poisson's ratio is 0.34. By how much is its diameter reduced?",
        0.34 * 0.0015 * 12,
        "mm",
    ),
    (
        "A steel bar with Poisson's ratio 0.30 carries an axial tensile strain of 0.0020. What is the magnitude of the lateral strain?",
        0.30 * 0.0020,
        "dimensionless",
    ),
    (
        "An aluminium bar contracts laterally by a strain of 6.6 × 10⁻⁴ when the axial strain is 0.0020. What is its Poisson's ratio?",
        6.6e-4 / 0.0020,
        "dimensionless",
    ),
    (
        "A bar is pulled to an axial strain of 0.0020. What is the lateral strain?",
        None,
        "dimensionless",
    ),
    (
        "A stress of 150 MPa produces an elastic strain of 7.5 × 10⁻⁴ in an alloy. What is its modulus of elasticity?",
        150 / 7.5e-4 / 1e3,
        "GPa",
    ),
    (
        "An elastic strain of 0.00075 results from a tensile stress of 150 MPa. Find Young's modulus in GPa.",
        150 / 7.5e-4 / 1e3,
        "GPa",
    ),
    (
        "A tensile stress of 30,000 psi produces an elastic strain of 0.0010 in a steel. What is its modulus of elasticity in GPa?",
        30000 * 6894.757 / 0.001 / 1e9,
        "GPa",
    ),
    (
        "A 250 mm long aluminium bar (E = 69 GPa) is stressed elastically to 80 MPa in tension. By how much does it elongate?",
        250 * 80 / 69e3,
        "mm",
    ),
    (
        "An aluminium bar 0.25 m long with a modulus of 69 GPa carries a tensile stress of 80 MPa. How much longer is it?",
        250 * 80 / 69e3,
        "mm",
    ),
    (
        "A 250 mm long bar of an alloy is stressed elastically to 80 MPa in tension. By how much does it lengthen?",
        None,
        "mm",
    ),
    (
        "A copper alloy has E = 110 GPa and Poisson's ratio 0.35. What is its shear modulus?",
        110 / (2 * 1.35),
        "GPa",
    ),
    (
        "Estimate Young's modulus of an alloy whose shear modulus is 26 GPa and Poisson's ratio 0.33.",
        26 * 2 * 1.33,
        "GPa",
    ),
    ("A metal has a shear modulus of 26 GPa. What is its Young's modulus?", None, "GPa"),
    (
        "A rod 10 mm in diameter carries an axial tensile load of 15 kN. What is the engineering stress?",
        15e3 / (math.pi * 0.005**2) / 1e6,
        "MPa",
    ),
    (
        "A rod of radius 10 mm carries an axial tensile load of 15 kN. What is the engineering stress?",
        15e3 / (math.pi * 0.010**2) / 1e6,
        "MPa",
    ),
    (
        "A bar with a 20 mm × 10 mm cross-section carries a tensile force of 30 kN. What is the stress?",
        30e3 / (0.020 * 0.010) / 1e6,
        "MPa",
    ),
    (
        "A specimen has a yield strength of 350 MPa and an elastic modulus of 200 GPa. What is its modulus of resilience?",
        350e6**2 / (2 * 200e9),
        "J/m**3",
    ),
    (
        "What is the modulus of resilience of an alloy with a yield strength of 350 MPa?",
        None,
        "J/m**3",
    ),
    (
        "A 50 mm gauge length stretches to 62 mm. What is the true strain?",
        math.log(62 / 50),
        "dimensionless",
    ),
    (
        "A 50 mm gauge length stretches to 62 mm at fracture. What is the percent elongation?",
        24.0,
        "percent",
    ),
    (
        "What force stretches a 10 mm diameter steel rod (E = 207 GPa) elastically to a strain of 0.001?",
        207e9 * 0.001 * math.pi * 0.005**2,
        "N",
    ),
    # ---- thermal expansion
    (
        "A copper wire 2.0 m long (α = 17 × 10⁻⁶ /°C) is heated from 20 °C to 120 °C. By how much does it lengthen?",
        17e-6 * 2.0 * 100 * 1000,
        "mm",
    ),
    (
        "A copper wire 2.0 m long with a linear expansion coefficient of 17 × 10⁻⁶ K⁻¹ is heated from 293 K to 393 K. What is the change in its length?",
        17e-6 * 2.0 * 100 * 1000,
        "mm",
    ),
    (
        "A 2.0 m copper wire with α = 17×10^{-6} K^{-1} is warmed by 100 K. What is the increase in length, in mm?",
        17e-6 * 2.0 * 100 * 1000,
        "mm",
    ),
    (
        "A copper wire 2.0 m long (α = 17 × 10⁻⁶ /°C) at 20 °C is heated to 120 °C. What is its final length?",
        2.0 * (1 + 17e-6 * 100),
        "m",
    ),
    (
        "To what temperature must a 1.5 m steel rod (α = 12 × 10⁻⁶ /°C) at 25 °C be heated to lengthen it by 1.2 mm?",
        kelvin(25 + 1.2e-3 / (12e-6 * 1.5)),
        "K",
    ),
    (
        "A steel rod 1.5 m long lengthens by 1.2 mm when heated by 66.7 °C. What is its linear coefficient of thermal expansion?",
        1.2e-3 / (1.5 * 66.7),
        "1/K",
    ),
    ("A rod 1.5 m long of an alloy is heated by 80 °C. By how much does it lengthen?", None, "mm"),
    (
        "An aluminium part (α = 23 × 10⁻⁶ /°C) has a length of 400 mm at 20 °C. What is its length at −40 °C?",
        400 * (1 - 23e-6 * 60),
        "mm",
    ),
    (
        "A metal has a linear thermal expansion coefficient of 23 × 10⁻⁶ K⁻¹. What is its volume coefficient of thermal expansion?",
        3 * 23e-6,
        "1/K",
    ),
    (
        "A 1000 cm³ aluminium block (α = 23 × 10⁻⁶ K⁻¹) is heated by 100 K. By how much does its volume increase?",
        1000 * 3 * 23e-6 * 100,
        "cm**3",
    ),
    (
        "A steel rod (E = 200 GPa, α = 12 × 10⁻⁶ °C⁻¹) is clamped rigidly at both ends at 20 °C and heated to 70 °C. What is the magnitude of the compressive stress?",
        200e3 * 12e-6 * 50,
        "MPa",
    ),
    (
        "A brass bar (E = 100 GPa, α = 20 × 10⁻⁶ °C⁻¹) is held between rigid walls at 100 °C and cooled to 20 °C. What is the magnitude of the tensile stress that develops?",
        100e3 * 20e-6 * 80,
        "MPa",
    ),
    (
        "A steel rod is clamped rigidly at both ends at 20 °C and heated to 70 °C. What is the magnitude of the compressive stress?",
        None,
        "MPa",
    ),
    (
        "A brass bar (α = 20 × 10⁻⁶ °C⁻¹, E = 100 GPa) is held between rigid supports and cooled by 80 °C. What is the magnitude of the thermal stress?",
        100e3 * 20e-6 * 80,
        "MPa",
    ),
    # ---- heat conduction and heat capacity
    (
        "A 10 mm thick steel plate (k = 50 W/m·K) has its faces at 300 °C and 100 °C. What is the steady-state heat flux through it?",
        50 * 200 / 0.010,
        "W/m**2",
    ),
    (
        "Heat flows steadily through a steel plate 1.0 cm thick whose faces are held at 573 K and 373 K; k = 50 W m⁻¹ K⁻¹. What is the heat flux?",
        50 * 200 / 0.010,
        "W/m**2",
    ),
    (
        "A steel plate 10 mm thick (k = 50 W/m·K) with faces at 300 °C and 100 °C has an area of 0.50 m². At what rate does heat flow through it?",
        50 * 200 / 0.010 * 0.5,
        "W",
    ),
    (
        "A plate (k = 50 W/m·K) carries a steady heat flux of 2.5 × 10⁵ W/m² with its faces 100 °C apart. How thick is it?",
        50 * 100 / 2.5e5 * 1000,
        "mm",
    ),
    (
        "A 10 mm thick plate has its faces at 300 °C and 100 °C. What is the heat flux through it?",
        None,
        "W/m**2",
    ),
    (
        "How much heat raises 2.0 kg of aluminium (c = 900 J/kg·K) from 20 °C to 220 °C?",
        2.0 * 900 * 200,
        "J",
    ),
    (
        "How much heat is needed to warm 500 g of copper, specific heat 0.385 J/g·K, by 80 K?",
        500 * 0.385 * 80,
        "J",
    ),
    (
        "The specific heat of copper is 0.385 J/(g·K) and its atomic weight is 63.55 g/mol. What is its molar heat capacity?",
        0.385 * 63.55,
        "J/(mol*K)",
    ),
    (
        "The molar heat capacity of iron is 25.1 J/(mol·K) and its atomic weight 55.85 g/mol. What is its specific heat per gram?",
        25.1 / 55.85,
        "J/(g*K)",
    ),
    (
        "A 1.5 kg steel block (c = 486 J/kg·K) absorbs 50 kJ. By how much does its temperature rise?",
        50e3 / (1.5 * 486),
        "K",
    ),
    ("How much heat raises 2.0 kg of an alloy by 50 K?", None, "J"),
    (
        "Copper has k = 400 W/m·K, density 8960 kg/m³ and specific heat 385 J/kg·K. What is its thermal diffusivity?",
        400 / (8960 * 385),
        "m**2/s",
    ),
    # ---- magnetic fields
    (
        "A coil 0.25 m long with 400 turns carries a current of 2.0 A. What is the magnetic field strength H inside it?",
        400 * 2.0 / 0.25,
        "A/m",
    ),
    (
        "A 400-turn solenoid 25 cm long carries 2.0 A. What is the flux density B inside it in a vacuum?",
        MU0 * 400 * 2.0 / 0.25,
        "T",
    ),
    (
        "A coil of 400 turns and 0.25 m length carries 2.0 A. What is the flux density in its core?",
        None,
        "T",
    ),
    (
        "A coil 0.20 m long carries 3.0 A. What magnetic field strength does it produce?",
        None,
        "A/m",
    ),
    (
        "An iron core with relative permeability 3000 sits in a field H = 200 A/m. What is the flux density B?",
        MU0 * 3000 * 200,
        "T",
    ),
    (
        "A material with magnetic susceptibility 3.0 × 10⁻⁴ is placed in a field of 5.0 × 10⁴ A/m. What is its magnetization?",
        3.0e-4 * 5.0e4,
        "A/m",
    ),
    (
        "A paramagnet has a relative permeability of 1.00022. What is its magnetic susceptibility?",
        2.2e-4,
        "dimensionless",
    ),
    (
        "Nickel (density 8.90 g/cm³, atomic weight 58.69 g/mol) has 0.60 Bohr magnetons per atom. What is its saturation magnetization?",
        0.60 * MU_B * 8.90e6 * NA / 58.69,
        "A/m",
    ),
    (
        "BCC iron has a lattice parameter of 0.2866 nm and 2.2 Bohr magnetons per atom. Compute the saturation magnetization.",
        2.2 * MU_B * 2 / (0.2866e-9) ** 3,
        "A/m",
    ),
    (
        "BCC iron has a = 0.2866 nm and a net moment of 2.2 Bohr magnetons per atom. What is its saturation flux density?",
        MU0 * 2.2 * MU_B * 2 / (0.2866e-9) ** 3,
        "T",
    ),
    (
        "A metal has 0.60 Bohr magnetons per atom. What is its saturation magnetization?",
        None,
        "A/m",
    ),
    # ---- optics
    ("What is the energy, in eV, of a photon of wavelength 450 nm?", H * C / 450e-9 / E_CH, "eV"),
    ("A photon has a wavelength of 0.45 µm. What is its energy in joules?", H * C / 450e-9, "J"),
    (
        "GaAs has a band gap of 1.42 eV. What is the longest wavelength of light it absorbs?",
        H * C / (1.42 * E_CH) * 1e9,
        "nm",
    ),
    ("What is the frequency of light whose wavelength is 600 nm?", C / 600e-9, "Hz"),
    ("What is the energy of a photon of visible light?", None, "eV"),
    (
        "Light strikes a glass with refractive index 1.50 at normal incidence from air. What fraction of it is reflected?",
        ((1.50 - 1) / (1.50 + 1)) ** 2,
        "dimensionless",
    ),
    (
        "A glass has a refractive index of 1.50. What percentage of light incident normally from air is reflected at its surface?",
        100 * ((1.50 - 1) / (1.50 + 1)) ** 2,
        "percent",
    ),
    (
        "What is the critical angle for total internal reflection at a glass–air surface if the glass has n = 1.50?",
        math.degrees(math.asin(1 / 1.50)),
        "degree",
    ),
    (
        "Light passes from air into glass (n = 1.52) at an angle of incidence of 30°. What is the angle of refraction?",
        math.degrees(math.asin(math.sin(math.radians(30)) / 1.52)),
        "degree",
    ),
    ("What is the speed of light in a glass with refractive index 1.52?", C / 1.52, "m/s"),
    (
        "Light travels at 2.0 × 10⁸ m/s in a transparent plastic. What is its refractive index?",
        C / 2.0e8,
        "dimensionless",
    ),
    (
        "A glass has an absorption coefficient of 0.50 cm⁻¹. Neglecting reflection, what fraction of light is transmitted through 2.0 cm of it?",
        math.exp(-1.0),
        "dimensionless",
    ),
    (
        "A glass absorbs with a coefficient of 0.50 cm⁻¹. Ignoring reflection, what thickness transmits 10 % of the light?",
        math.log(10) / 0.50,
        "cm",
    ),
    ("What thickness of glass transmits 10 % of the incident light?", None, "cm"),
    # ---- electrical conduction
    (
        "A copper wire (resistivity 1.72 × 10⁻⁸ Ω·m) is 100 m long and 1.0 mm in diameter. What is its resistance?",
        1.72e-8 * 100 / (math.pi * 0.0005**2),
        "ohm",
    ),
    (
        "A copper wire (resistivity 1.72 × 10⁻⁸ Ω·m) is 100 m long with a radius of 1.0 mm. What is its resistance?",
        1.72e-8 * 100 / (math.pi * 0.001**2),
        "ohm",
    ),
    (
        "A metal has an electrical resistivity of 1.72 × 10⁻⁸ Ω·m. What is its electrical conductivity?",
        1 / 1.72e-8,
        "S/m",
    ),
    (
        "A wire 100 m long and 1.0 mm in diameter has a resistance of 2.19 Ω. What is its conductivity?",
        100 / (2.19 * math.pi * 0.0005**2),
        "S/m",
    ),
    (
        "A copper wire is 100 m long and 1.0 mm in diameter. What is its resistance at 20 °C?",
        None,
        "ohm",
    ),
    (
        "An intrinsic semiconductor has 1.5 × 10¹⁶ carriers of each kind per m³, with electron and hole mobilities 0.135 and 0.048 m²/V·s. What is its electrical conductivity?",
        1.5e16 * E_CH * (0.135 + 0.048),
        "S/m",
    ),
    (
        "An n-type semiconductor has 1.0 × 10²² free electrons per cubic metre with a mobility of 0.135 m²/V·s. Compute its conductivity.",
        1.0e22 * E_CH * 0.135,
        "S/m",
    ),
    (
        "An n-type semiconductor has 1.0 × 10²² free electrons per m³. What is its resistivity?",
        None,
        "ohm*m",
    ),
    (
        "Electrons with a mobility of 0.14 m²/V·s move in a field of 500 V/m. What is their drift velocity?",
        0.14 * 500,
        "m/s",
    ),
    (
        "A semiconductor with a conductivity of 100 S/m has 5.0 × 10²¹ electrons per m³ as its only carriers. What is the electron mobility?",
        100 / (5.0e21 * E_CH),
        "m**2/(V*s)",
    ),
    (
        "A metal with conductivity 6.0 × 10⁷ S/m is in a field of 0.020 V/m. What current density flows?",
        6.0e7 * 0.020,
        "A/m**2",
    ),
    (
        "Copper has a resistivity of 1.72 × 10⁻⁸ Ω·m at 20 °C and a temperature coefficient of resistivity of 0.0039 per °C. What is its resistivity at 100 °C?",
        1.72e-8 * (1 + 0.0039 * 80),
        "ohm*m",
    ),
    (
        "A parallel-plate capacitor has plates of area 1.0 cm² separated by 0.10 mm of a dielectric with relative permittivity 6.0. What is its capacitance?",
        EPS0 * 6.0 * 1e-4 / 1e-4,
        "F",
    ),
    (
        "A parallel-plate capacitor with plates of 1.0 cm² is filled with a 100 µm layer whose dielectric constant is 6.0. What is the capacitance in pF?",
        EPS0 * 6.0 * 1e-4 / 1e-4 * 1e12,
        "pF",
    ),
    (
        "A dielectric with relative permittivity 4.0 is in an electric field of 1.0 × 10⁵ V/m. What is the polarization?",
        EPS0 * 3.0 * 1e5,
        "C/m**2",
    ),
    (
        "A parallel-plate capacitor has a plate area of 1.0 cm² and a dielectric constant of 6.0. What is its capacitance?",
        None,
        "F",
    ),
    # ---- crystallography
    (
        "Nickel is FCC with a lattice parameter of 0.3524 nm and an atomic weight of 58.69 g/mol. What is its theoretical density?",
        cubic_density(4, 0.3524, 58.69),
        "g/cm**3",
    ),
    (
        "Molybdenum (atomic weight 95.95 g/mol) is BCC with a = 0.3147 nm. Calculate its density in kg/m³.",
        cubic_density(2, 0.3147, 95.95) * 1000,
        "kg/m**3",
    ),
    (
        "Aluminium is FCC with density 2.70 g/cm³ and atomic weight 26.98 g/mol. What is its lattice parameter?",
        (4 * 26.98 / (2.70 * NA)) ** (1 / 3) * 1e7,
        "nm",
    ),
    (
        "A metal has a density of 2.70 g/cm³ and an atomic weight of 26.98 g/mol. What is its lattice parameter?",
        None,
        "nm",
    ),
    (
        "What is the interplanar spacing of the (220) planes of an FCC metal with a = 0.405 nm?",
        0.405 / math.sqrt(8),
        "nm",
    ),
    (
        "FCC copper (a = 0.3615 nm) is examined with X-rays of wavelength 0.15406 nm. At what angle 2θ does the (111) reflection appear in first order?",
        bragg_2theta(0.3615 / math.sqrt(3), 0.15406),
        "degree",
    ),
    (
        "Planes 0.200 nm apart give a first-order reflection at a Bragg angle θ of 25.0°. What is the X-ray wavelength?",
        2 * 0.200 * math.sin(math.radians(25.0)),
        "nm",
    ),
    (
        "What is the planar density of the (100) plane of FCC copper (a = 0.3615 nm), in atoms per nm²?",
        2 / 0.3615**2,
        "1/nm**2",
    ),
    ("A metal has a lattice parameter of 0.35 nm. What is its atomic radius?", None, "nm"),
    (
        "Tungsten is BCC with an atomic radius of 0.137 nm. What is its lattice parameter?",
        4 * 0.137 / math.sqrt(3),
        "nm",
    ),
    (
        "Tungsten is BCC with an atomic diameter of 0.274 nm. What is its lattice parameter?",
        4 * 0.137 / math.sqrt(3),
        "nm",
    ),
    # ---- point defects
    (
        "A metal has a vacancy formation energy of 0.90 eV. What fraction of its lattice sites is vacant at 800 K?",
        math.exp(-0.90 / (K_B * 800)),
        "dimensionless",
    ),
    (
        "The vacancy formation energy of a metal is 0.90 eV/atom. Find the equilibrium vacancy fraction at 527 °C.",
        math.exp(-0.90 / (K_B * kelvin(527))),
        "dimensionless",
    ),
    (
        "A metal's vacancy formation energy is 87 kJ/mol. What is the equilibrium fraction of vacant sites at 900 K?",
        math.exp(-87e3 / (R * 900)),
        "dimensionless",
    ),
    (
        "Copper (density 8.96 g/cm³, atomic weight 63.55 g/mol) has a vacancy formation energy of 0.90 eV. How many vacancies per cubic metre are there at 1000 °C?",
        8.96e6 * NA / 63.55 * math.exp(-0.90 / (K_B * kelvin(1000))),
        "1/m**3",
    ),
    (
        "A metal has a vacancy formation energy of 0.90 eV and a density of 8.96 g/cm³. How many vacancies per cubic metre does it hold at 1000 °C?",
        None,
        "1/m**3",
    ),
    (
        "A metal has 8.0 × 10²⁸ atomic sites per m³ and a vacancy formation energy of 1.0 eV. What is the vacancy concentration at 1200 K?",
        8.0e28 * math.exp(-1.0 / (K_B * 1200)),
        "1/m**3",
    ),
    # ---- diffusion
    (
        "For a diffusing species D₀ = 2.0 × 10⁻⁵ m²/s and Q = 142 kJ/mol. What is the diffusion coefficient at 1100 K?",
        2.0e-5 * math.exp(-142e3 / (R * 1100)),
        "m**2/s",
    ),
    (
        "Diffusion of a solute has D₀ = 0.20 cm²/s and an activation energy of 142 kJ/mol. What is D at 827 °C, in m²/s?",
        0.20e-4 * math.exp(-142e3 / (R * kelvin(827))),
        "m**2/s",
    ),
    (
        "A solute diffuses with D_0 = 2.0 \\times 10^{-5}\\,\\mathrm{m^2/s} and an activation energy of 1.47 eV. What is D at 1100 K?",
        2.0e-5 * math.exp(-1.47 / (K_B * 1100)),
        "m**2/s",
    ),
    (
        "For a diffusing solute the activation energy is 142 kJ/mol. What is the diffusion coefficient at 1100 K?",
        None,
        "m**2/s",
    ),
    (
        "A 5.0 mm thick sheet has solute concentrations of 1.2 and 0.4 kg/m³ on its two faces; D = 3.0 × 10⁻¹¹ m²/s. What is the steady-state diffusion flux?",
        3.0e-11 * 0.8 / 0.005,
        "kg/(m**2*s)",
    ),
    (
        "Across a sheet 5 mm thick the concentration falls from 1.2 kg/m³ to 0.4 kg/m³. What is the diffusion flux?",
        None,
        "kg/(m**2*s)",
    ),
    (
        "The diffusion coefficients of a solute are 1.0 × 10⁻¹⁴ m²/s at 800 K and 5.0 × 10⁻¹³ m²/s at 1000 K. What is the activation energy?",
        R * math.log(50) / (1 / 800 - 1 / 1000),
        "J/mol",
    ),
    (
        "A steel with 0.20 wt% C is carburized at a surface concentration of 1.00 wt% C; D = 1.6 × 10⁻¹¹ m²/s. What is the carbon content 0.50 mm below the surface after 10 h?",
        carb(0.20, 1.00, 0.5e-3, 1.6e-11, 36000),
        "percent",
    ),
    (
        "A 0.20 wt% C steel is carburized with its surface held at 1.00 wt% C. What is the carbon content 0.50 mm below the surface after 10 h?",
        None,
        "percent",
    ),
    # ---- fracture and fatigue
    (
        "A plate of an alloy with K_Ic = 25 MPa√m has a surface crack 2.0 mm deep (Y = 1). What stress will fracture it?",
        25 / math.sqrt(math.pi * 0.002),
        "MPa",
    ),
    (
        "A plate with fracture toughness 25 MPa·m^1/2 contains an internal crack 4.0 mm long (Y = 1). What is the fracture stress?",
        25 / math.sqrt(math.pi * 0.002),
        "MPa",
    ),
    (
        "A steel with K_Ic = 50 MPa√m is loaded to 300 MPa (Y = 1). What is the longest surface crack it can tolerate?",
        (50 / 300) ** 2 / math.pi * 1000,
        "mm",
    ),
    (
        "A component carries 200 MPa and has a 1.5 mm surface crack with Y = 1.1. What is the stress intensity factor?",
        1.1 * 200 * math.sqrt(math.pi * 0.0015),
        "MPa*m**0.5",
    ),
    ("A plate contains a surface crack 2.0 mm deep. What stress will fracture it?", None, "MPa"),
    (
        "In a fatigue test the stress cycles between 250 MPa and −50 MPa. What is the stress amplitude?",
        150.0,
        "MPa",
    ),
    (
        "In a fatigue test the stress cycles between 250 MPa and −50 MPa. What is the mean stress?",
        100.0,
        "MPa",
    ),
    (
        "A fatigue cycle runs from −50 MPa to 250 MPa. What is the stress ratio R = σmin/σmax?",
        -50 / 250,
        "dimensionless",
    ),
    ("A fatigue cycle runs between −50 MPa and 250 MPa. What is the stress range?", 300.0, "MPa"),
    # ---- lever rule
    (
        "A Cu–Ni alloy of 35 wt% Ni at 1250 °C consists of liquid of 32 wt% Ni and α of 43 wt% Ni. What is the mass fraction of liquid?",
        (43 - 35) / (43 - 32),
        "dimensionless",
    ),
    (
        "An alloy of 35 wt% Ni consists of liquid (32 wt% Ni) and α (43 wt% Ni). What percentage of it is liquid?",
        100 * (43 - 35) / (43 - 32),
        "percent",
    ),
    (
        "A 2.0 kg alloy of 35 wt% Ni is made of liquid with 32 wt% Ni and α with 43 wt% Ni. What mass of α phase does it contain?",
        2.0 * (35 - 32) / (43 - 32),
        "kg",
    ),
    (
        "A Cu–Ni alloy of 35 wt% Ni at 1250 °C consists of liquid of 32 wt% Ni and α. What is the mass fraction of liquid?",
        None,
        "dimensionless",
    ),
    (
        "A 0.40 wt% C steel is cooled slowly to just below the eutectoid. Taking the eutectoid at 0.76 wt% C and ferrite at 0.022 wt% C, what is the mass fraction of proeutectoid ferrite?",
        (0.76 - 0.40) / (0.76 - 0.022),
        "dimensionless",
    ),
    (
        "A 0.40 wt% C steel is slowly cooled to just below 727 °C (ferrite 0.022 wt% C, cementite 6.70 wt% C). What is the mass fraction of total ferrite?",
        (6.70 - 0.40) / (6.70 - 0.022),
        "dimensionless",
    ),
    # ---- transformation kinetics
    (
        "A transformation obeys the Avrami equation with k = 0.010 s^-2.5 and n = 2.5. What fraction has transformed after 10 s?",
        1 - math.exp(-0.010 * 10**2.5),
        "dimensionless",
    ),
    (
        "For an Avrami transformation with n = 2 and k = 2.0 × 10⁻³ s⁻², how long does it take to reach 50 % transformed?",
        math.sqrt(math.log(2) / 2.0e-3),
        "s",
    ),
    (
        "A transformation follows the Avrami equation with n = 2. How long does it take to reach 50 % transformed?",
        None,
        "s",
    ),
    (
        "Gold (melting point 1064 °C, latent heat of fusion 1.16 × 10⁹ J/m³, solid–liquid surface energy 0.132 J/m²) is undercooled by 230 K. What is the critical radius of a homogeneous nucleus?",
        2 * 0.132 * kelvin(1064) / (1.16e9 * 230) * 1e9,
        "nm",
    ),
    (
        "A liquid metal (surface energy 0.132 J/m², latent heat 1.16 × 10⁹ J/m³) is undercooled by 230 K. What is the critical nucleus radius?",
        None,
        "nm",
    ),
    # ---- polymers
    (
        "A polyethylene has a number-average molecular weight of 280,000 g/mol. What is its degree of polymerization?",
        280000 / 28.054,
        "dimensionless",
    ),
    (
        "Poly(vinyl chloride) has a number-average molecular weight of 62,500 g/mol. What is its number-average degree of polymerization?",
        62500 / 62.498,
        "dimensionless",
    ),
    (
        "A polystyrene has a degree of polymerization of 5000. What is its number-average molecular weight?",
        5000 * 104.152,
        "g/mol",
    ),
    (
        "A polymer has a number-average molecular weight of 100,000 g/mol. What is its degree of polymerization?",
        None,
        "dimensionless",
    ),
    (
        "A polyethylene sample has a density of 0.95 g/cm³; fully crystalline polyethylene is 1.00 g/cm³ and amorphous 0.86 g/cm³. What is its percent crystallinity?",
        100 * 1.00 * (0.95 - 0.86) / (0.95 * (1.00 - 0.86)),
        "percent",
    ),
    (
        "A polyethylene sample has a density of 0.95 g/cm³; amorphous polyethylene is 0.86 g/cm³. What is its percent crystallinity?",
        None,
        "percent",
    ),
    # ---- composites and ceramics
    (
        "A composite has 40 vol% continuous aligned glass fibres (E = 70 GPa) in an epoxy (E = 3.5 GPa). What is its modulus in the longitudinal direction?",
        0.4 * 70 + 0.6 * 3.5,
        "GPa",
    ),
    (
        "A composite has 40 vol% continuous aligned glass fibres (E = 70 GPa) in an epoxy (E = 3.5 GPa). What is its modulus transverse to the fibres?",
        1 / (0.4 / 70 + 0.6 / 3.5),
        "GPa",
    ),
    (
        "An epoxy (E = 3.5 GPa) holds a volume fraction 0.40 of aligned continuous glass fibres (E = 70 GPa). Under iso-strain loading along the fibres, what is the composite modulus?",
        0.4 * 70 + 0.6 * 3.5,
        "GPa",
    ),
    (
        "A composite has 40 vol% glass fibres of density 2.5 g/cm³ in an epoxy of density 1.2 g/cm³. What is its density?",
        0.4 * 2.5 + 0.6 * 1.2,
        "g/cm**3",
    ),
    (
        "A composite has aligned glass fibres (E = 70 GPa) in an epoxy (E = 3.5 GPa). What is its longitudinal modulus?",
        None,
        "GPa",
    ),
    (
        "Fully dense alumina has E = 380 GPa. Using E = E₀(1 − 1.9P + 0.9P²), what is the modulus at 5 % porosity?",
        380 * (1 - 1.9 * 0.05 + 0.9 * 0.05**2),
        "GPa",
    ),
    (
        "A ceramic bar 10 mm wide and 5 mm thick breaks under 500 N in three-point bending over a 40 mm span. What is its flexural strength?",
        3 * 500 * 40 / (2 * 10 * 5**2),
        "MPa",
    ),
    (
        "A rod of a ceramic 5.0 mm in diameter fails under a load of 300 N in three-point bending with supports 50 mm apart. What is the flexural strength?",
        300 * 50 / (math.pi * 2.5**3),
        "MPa",
    ),
    (
        "A ceramic rod of radius 2.5 mm fails at 300 N in three-point bending over a 50 mm span. What is its flexural strength?",
        300 * 50 / (math.pi * 2.5**3),
        "MPa",
    ),
    (
        "A ceramic bar breaks under 500 N in three-point bending over a 40 mm span. What is its flexural strength?",
        None,
        "MPa",
    ),
    # ---- corrosion: Faraday's law
    (
        "Zinc corrodes with a steady current of 5.0 A for 2.0 h (Zn → Zn²⁺ + 2e⁻; 65.38 g/mol). What mass of zinc is lost?",
        5.0 * 7200 * 65.38 / (2 * F),
        "g",
    ),
    (
        "What mass of copper (63.55 g/mol) is deposited from a Cu²⁺ solution by 3.0 A flowing for 45 min?",
        3.0 * 2700 * 63.55 / (2 * F),
        "g",
    ),
    (
        "Iron corrodes to Fe³⁺ with a current of 1.5 A. What mass (55.85 g/mol) is lost in 24 h?",
        1.5 * 86400 * 55.85 / (3 * F),
        "g",
    ),
    (
        "A zinc part loses 12.2 g in 2.0 h by corrosion to Zn²⁺ (65.38 g/mol). What is the corrosion current?",
        12.2 * 2 * F / (65.38 * 7200),
        "A",
    ),
    (
        "How long must 2.0 A flow to deposit 5.0 g of nickel (58.69 g/mol) from Ni²⁺?",
        5.0 * 2 * F / (58.69 * 2.0),
        "s",
    ),
    ("A metal corrodes at a current of 5.0 A for 2.0 h. What mass is lost?", None, "g"),
    (
        "A steel plate of 0.010 m² area (density 7.9 g/cm³) loses 4.5 g by uniform corrosion in one year. What is the corrosion penetration rate in mm per year?",
        4.5e-3 / (7.9e3 * 0.010) * 1000,
        "mm/year",
    ),
    # ---- more: relative values with the other value stated, own-value shares, other media
    (
        "A rubber-like polymer has a Poisson's ratio of one-half. Under an axial strain of 0.010, what is the magnitude of its lateral strain?",
        0.5 * 0.010,
        "dimensionless",
    ),
    (
        "An alloy has a thermal conductivity twice that of stainless steel (16 W/m·K). What heat flux crosses a 5.0 mm plate of it with faces 40 K apart?",
        2 * 16 * 40 / 0.005,
        "W/m**2",
    ),
    (
        "A glass has a refractive index 1.2 times that of water. What is its critical angle against air?",
        None,
        "degree",
    ),
    (
        "An aluminium alloy has a density about one-third that of steel. What is the mass of a 2.0 L block of it?",
        None,
        "kg",
    ),
    (
        "A ceramic's thermal expansion coefficient is a quarter of that of aluminium. By how much does a 1.0 m bar of it lengthen when heated by 100 K?",
        None,
        "mm",
    ),
    (
        "An alloy's yield strength is 40 % of its tensile strength of 500 MPa and its modulus is 70 GPa. What is its modulus of resilience?",
        (0.4 * 500e6) ** 2 / (2 * 70e9),
        "J/m**3",
    ),
    (
        "A 0.50 m solenoid of 1000 turns carries 0.50 A. What is the magnetic field strength, in oersted?",
        1000.0,
        "A/m",
    ),
    (
        "A field of 1000 A/m acts on a material of susceptibility 2.0 × 10⁻⁵. What magnetization results?",
        2.0e-5 * 1000,
        "A/m",
    ),
    ("What is the energy of a photon whose frequency is 5.0 × 10¹⁴ Hz?", H * 5.0e14, "J"),
    ("A photon carries 3.1 eV. What is its wavelength?", H * C / (3.1 * E_CH) * 1e9, "nm"),
    (
        "Diamond has a refractive index of 2.42. What fraction of light falling normally on it from air is reflected?",
        ((2.42 - 1) / (2.42 + 1)) ** 2,
        "dimensionless",
    ),
    (
        "A glass of refractive index 1.50 is immersed in water (n = 1.33). What fraction of light falling normally on the glass from the water is reflected?",
        ((1.50 - 1.33) / (1.50 + 1.33)) ** 2,
        "dimensionless",
    ),
    (
        "What is the critical angle for light inside a glass (n = 1.50) meeting a boundary with water (n = 1.33)?",
        math.degrees(math.asin(1.33 / 1.50)),
        "degree",
    ),
    (
        "A wire 2.0 m long with a radius of 0.40 mm has a resistance of 0.068 Ω. What is the resistivity of the metal?",
        0.068 * math.pi * 0.0004**2 / 2.0,
        "ohm*m",
    ),
    (
        "A metal has a resistivity of 2.7 µΩ·cm. What is its electrical conductivity in S/m?",
        1 / 2.7e-8,
        "S/m",
    ),
    (
        "A voltage of 0.50 V is applied across a semiconductor bar 10 cm long whose electron mobility is 0.14 m²/V·s. What is the electron drift velocity?",
        0.14 * 0.50 / 0.10,
        "m/s",
    ),
    (
        "A steel beam 10 m long (α = 12 × 10⁻⁶ /°C) warms from 32 °F to 212 °F. By how much does it lengthen?",
        12e-6 * 10 * 100 * 1000,
        "mm",
    ),
    (
        "How much heat raises 3.0 mol of copper (molar heat capacity 24.5 J/mol·K) by 40 K?",
        3.0 * 24.5 * 40,
        "J",
    ),
    (
        "Aluminium (26.98 g/mol) has a molar heat capacity of 24.2 J/(mol·K). How much heat raises 100 g of it by 50 K?",
        100 / 26.98 * 24.2 * 50,
        "J",
    ),
    (
        "A metal has a molar heat capacity of 24.2 J/(mol·K). How much heat raises 100 g of it by 50 K?",
        None,
        "J",
    ),
    (
        "Chromium (52.00 g/mol) is BCC with a lattice parameter of 0.2885 nm. What is its density?",
        cubic_density(2, 0.2885, 52.00),
        "g/cm**3",
    ),
    ("Gold is FCC with a = 0.408 nm. What is its atomic radius?", 0.408 * math.sqrt(2) / 4, "nm"),
    (
        "A BCC metal has a unit-cell edge of 0.330 nm. How many atoms are there per cubic metre?",
        2 / (0.330e-9) ** 3,
        "1/m**3",
    ),
    (
        "A metal has a vacancy formation energy of 1.2 × 10⁵ J/mol. What fraction of its sites is vacant at 1000 °C?",
        math.exp(-1.2e5 / (R * kelvin(1000))),
        "dimensionless",
    ),
    (
        "With D_0 = 5.0\\times10^{-5}\\ \\mathrm{m^2\\,s^{-1}} and Q = 284\\ \\mathrm{kJ\\,mol^{-1}}, what is the diffusion coefficient at 1300 K?",
        5.0e-5 * math.exp(-284e3 / (R * 1300)),
        "m**2/s",
    ),
    (
        "A membrane 2.0 mm thick has solute concentrations of 0.030 mol/m³ and 0.010 mol/m³ on its faces and D = 1.0 × 10⁻⁹ m²/s. What is the steady flux?",
        1.0e-9 * 0.020 / 0.002,
        "mol/(m**2*s)",
    ),
    (
        "A glass has a fracture toughness of 0.75 MPa√m and a surface flaw 20 µm deep (Y = 1). What is its fracture strength?",
        0.75 / math.sqrt(math.pi * 20e-6),
        "MPa",
    ),
    (
        "A plate with K_Ic = 30 MPa√m contains an internal crack 3.0 mm long; Y = 1.2. At what stress does it fracture?",
        30 / (1.2 * math.sqrt(math.pi * 0.0015)),
        "MPa",
    ),
    (
        "What mass of silver (107.87 g/mol) is plated from Ag⁺ by 0.50 A in 30 min?",
        0.50 * 1800 * 107.87 / F,
        "g",
    ),
    (
        "Polypropylene has a number-average molecular weight of 84,000 g/mol. What is its degree of polymerization?",
        84000 / 42.081,
        "dimensionless",
    ),
    (
        "PTFE has a degree of polymerization of 10,000. What is its number-average molecular weight?",
        10000 * 100.016,
        "g/mol",
    ),
    (
        "A composite has 60 vol% continuous aligned carbon fibres (E = 230 GPa) in an epoxy (E = 2.4 GPa). What is its elastic modulus along the fibres?",
        0.6 * 230 + 0.4 * 2.4,
        "GPa",
    ),
    (
        "A composite contains 60 % carbon fibres (E = 230 GPa) in an epoxy (E = 2.4 GPa). What is its modulus along the fibres?",
        # a bare fibre percent is read by volume, as set E (heldout4) item h4_cc_07 keys it
        0.6 * 230 + 0.4 * 2.4,
        "GPa",
    ),
    (
        "In an Avrami transformation with n = 2.5, 30 % has transformed after 10 s. What is the rate constant k?",
        -math.log(0.7) / 10**2.5,
        "1/s**2.5",
    ),
    (
        "A transformation is 30 % complete after 10 s. What is the Avrami rate constant?",
        None,
        "1/s**2.5",
    ),
    # ---- neighbours of set W (heldout22) items the solver answers
    (
        "A ceramic plate (fracture strength 250 MPa, E = 300 GPa, α = 7.0 × 10⁻⁶ K⁻¹, ν = 0.25) is quenched. What is the largest temperature drop it can withstand without cracking?",
        250e6 * 0.75 / (300e9 * 7.0e-6),
        "K",
    ),
    (
        "Using the Dulong–Petit heat capacity, how much heat raises 2.0 kg of aluminium (26.98 g/mol) by 30 K?",
        2000 / 26.98 * 3 * R * 30,
        "J",
    ),
    (
        "Using the Dulong–Petit heat capacity, how much heat raises 2.0 kg of a metal by 30 K?",
        None,
        "J",
    ),
    (
        "A magnesium anode (24.31 g/mol, Mg → Mg²⁺ + 2e⁻) delivers a protection current of 1.2 A for 24 h. What mass of magnesium is consumed?",
        1.2 * 86400 * 24.31 / (2 * F),
        "g",
    ),
    (
        "Zinc (65.38 g/mol, density 7.14 g/cm³) corrodes uniformly to Zn²⁺ at a current density of 2.0 µA/cm². What is the penetration rate in µm per year?",
        2.0e-6 * 65.38 / (2 * F * 7.14) * YEAR * 1e4,
        "um/year",
    ),
    (
        "Zinc corrodes uniformly to Zn²⁺ at a current density of 2.0 µA/cm². What is the penetration rate in µm per year?",
        2.0e-6 * 65.38 / (2 * F * 7.14) * YEAR * 1e4,
        "um/year",
    ),
    (
        "Compute the Pilling–Bedworth ratio for nickel forming NiO. ρ(Ni) = 8.90 g/cm³, ρ(NiO) = 6.67 g/cm³.",
        (74.69 / 6.67) / (58.69 / 8.90),
        "dimensionless",
    ),
    (
        "Dense alumina has E = 380 GPa. What volume fraction of porosity lowers it to 300 GPa, with E = E₀(1 − 1.9P + 0.9P²)?",
        (1.9 - math.sqrt(1.9**2 - 4 * 0.9 * (1 - 300 / 380))) / 1.8,
        "dimensionless",
    ),
    (
        "Ceramic rods have a Weibull modulus of 8 and a characteristic strength of 300 MPa. What percentage fail at 250 MPa, for the same volume as the tested specimens?",
        100 * (1 - math.exp(-((250 / 300) ** 8))),
        "percent",
    ),
    (
        "Ceramic rods have a characteristic strength of 300 MPa. What percentage of them fail at 250 MPa?",
        None,
        "percent",
    ),
    (
        "A parallel-plate capacitor has plates of 5000 mm² separated by 1.5 mm of a material with dielectric constant 3.5. What is its capacitance in pF?",
        EPS0 * 3.5 * 5e-3 / 1.5e-3 * 1e12,
        "pF",
    ),
    (
        "Electrons in germanium have a mobility of 0.39 m²/V·s. What is their drift velocity, in cm/s, in a field of 20 V/cm?",
        0.39 * 2000 * 100,
        "cm/s",
    ),
    (
        "For intrinsic germanium take n_i = 2.4 × 10¹³ cm⁻³, μ_e = 3900 cm²/V·s and μ_h = 1900 cm²/V·s. What is its electrical resistivity?",
        1 / (2.4e13 * E_CH * 5800),
        "ohm*cm",
    ),
    (
        "A coil 0.30 m long with 500 turns carries 10 A. A rod of a paramagnet with volume susceptibility 2.2 × 10⁻⁴ sits inside. What magnetization is produced?",
        2.2e-4 * 500 * 10 / 0.30,
        "A/m",
    ),
    (
        "A coil 0.30 m long with 500 turns carries 10 A around a paramagnetic rod (susceptibility 2.2 × 10⁻⁴). What is the flux density in the rod?",
        MU0 * (1 + 2.2e-4) * 500 * 10 / 0.30,
        "T",
    ),
    (
        "A steel has a yield strength of 60 ksi and a modulus of 30 × 10⁶ psi. What is its modulus of resilience in J/m³?",
        60000**2 / (2 * 30e6) * 6894.757,
        "J/m**3",
    ),
    ("A steel reads 300 HB. Estimate its tensile strength in MPa.", 3.45 * 300, "MPa"),
    (
        "An alloy obeys σ_T = Kε_T^n with K = 800 MPa and n = 0.15. What true strain gives a true stress of 600 MPa?",
        (600 / 800) ** (1 / 0.15),
        "dimensionless",
    ),
    (
        "An alloy obeys σ_T = Kε_T^n with K = 800 MPa and n = 0.15. What is the true stress at a true strain of 0.10?",
        800 * 0.10**0.15,
        "MPa",
    ),
    (
        "An alloy obeys σ_T = Kε_T^n with K = 800 MPa. What true strain gives a true stress of 600 MPa?",
        None,
        "dimensionless",
    ),
    (
        "A glass has refractive index n = 1.70. What percentage of normally incident light is reflected at its surface in air?",
        100 * (0.70 / 2.70) ** 2,
        "percent",
    ),
    (
        "A semiconductor absorbs light of wavelengths up to 500 nm. What is its band gap in eV?",
        H * C / 500e-9 / E_CH,
        "eV",
    ),
    (
        "A polypropylene has a number-average molecular weight of 126 kg/mol. What is its degree of polymerization?",
        126000 / 42.081,
        "dimensionless",
    ),
    (
        "A PET sample has a density of 1.380 g/cm³; totally crystalline PET is 1.455 g/cm³ and totally amorphous 1.335 g/cm³. What is its percent crystallinity?",
        100 * 1.455 * (1.380 - 1.335) / (1.380 * (1.455 - 1.335)),
        "percent",
    ),
    (
        "A continuous aligned glass-fibre/epoxy composite holds 50 vol% fibres, E_f = 72.5 GPa and E_m = 2.4 GPa. What is its longitudinal modulus in GPa?",
        0.5 * 72.5 + 0.5 * 2.4,
        "GPa",
    ),
    (
        "A brass rod 48.0 in. long is heated from 70 °F to 300 °F; its linear expansion coefficient is 9.6 × 10⁻⁶ (°F)⁻¹. By how much, in millimetres, does it lengthen?",
        48.0 * 9.6e-6 * 230 * 25.4,
        "mm",
    ),
    (
        "A brass rod 10 mm in diameter (E = 100 GPa, ν = 0.34) carries an elastic tensile load of 12 kN. By how much does its diameter decrease, in µm?",
        0.34 * 12e3 / (math.pi * 0.005**2 * 100e9) * 10 * 1000,
        "um",
    ),
    (
        "A brass rod of radius 5 mm (E = 100 GPa, ν = 0.34) carries an elastic tensile load of 12 kN. By how much does its diameter decrease, in µm?",
        0.34 * 12e3 / (math.pi * 0.005**2 * 100e9) * 10 * 1000,
        "um",
    ),
]
