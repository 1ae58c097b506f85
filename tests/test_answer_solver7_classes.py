"""Relation classes and readings added for exam-set coverage: each answered from a wording of its own,
the expected value computed here from the textbook formula with plain floats, and the neighbouring
readings that must still be refused."""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.solver import solve

SIGMA_SB = 5.670374419e-8
C0 = 299792458.0
MU0 = 4e-7 * math.pi
MU_B = 9.2740100783e-24
N_A = 6.02214076e23
R = 8.314462618
F = 96485.33212


def _value(question: str, unit: str) -> float:
    a = solve(question)
    assert a.quantity is not None, a.reason
    return float(a.quantity.to(unit).magnitude)


@pytest.mark.parametrize(
    ("question", "unit", "expected"),
    [
        (  # Stefan–Boltzmann power of a whole surface (Callister ch. 19)
            "A furnace door of surface area 0.4 m^2 and emissivity 0.7 is at 600 K. Calculate the power it "
            "radiates in W.",
            "W",
            0.7 * SIGMA_SB * 0.4 * 600**4,
        ),
        (  # v = c/n asked as 'how fast' (Callister eq. 21.9)
            "Diamond has an index of refraction of 2.42. How fast does light travel in diamond?",
            "m/s",
            C0 / 2.42,
        ),
        (  # porosity asked as a volume percent (Callister ch. 13)
            "A sintered silicon carbide part has a bulk density of 2.95 g/cm³; the theoretical density of "
            "SiC is 3.21 g/cm³. Calculate the volume percent porosity.",
            "percent",
            100 * (1 - 2.95 / 3.21),
        ),
        (  # Weibull size effect with the volume stated as a multiple (Askeland ch. 7)
            "Test bars of an alumina with Weibull modulus 12 have a median strength of 400 MPa. What median "
            "strength is expected for parts whose stressed volume is 50 times that of the bars?",
            "MPa",
            400 * (1 / 50) ** (1 / 12),
        ),
        (  # volume fraction with β 'the balance' (Callister eq. 9.6a)
            "An alloy is 0.30 mass fraction α (density ρ_α = 7.9 g/cm³), the balance being β (density "
            "ρ_β = 2.7 g/cm³). Calculate the volume fraction of α.",
            "dimensionless",
            (0.30 / 7.9) / (0.30 / 7.9 + 0.70 / 2.7),
        ),
        (  # entropy of a transformation at its equilibrium temperature (Gaskell ch. 7)
            "Iron transforms from α to γ at 912 °C with an enthalpy of transformation of 0.90 kJ/mol. "
            "Calculate the entropy of transformation.",
            "J/(mol*K)",
            900 / (912 + 273.15),
        ),
        (  # size of a Tafel overvoltage for a reduction (Callister ch. 17)
            "For hydrogen evolution on iron the exchange current density is 10^-6 A/cm^2 and the Tafel "
            "slope is 0.12 V. Compute the magnitude of the overvoltage at a current density of "
            "10^-3 A/cm^2 in V.",
            "V",
            0.12 * 3,
        ),
        (  # fibre load share asked as a percentage (Callister eq. 16.11)
            "An aligned carbon-fibre epoxy composite (E_f = 230 GPa, E_m = 3 GPa) contains 50 vol% "
            "fibres and is loaded along the fibres. What percentage of the load do the fibres carry?",
            "percent",
            100 * 230 * 50 / (230 * 50 + 3 * 50),
        ),
        (  # percent crystallinity, densities stated after their values (Callister eq. 14.8)
            "A polyethylene has a density of 1.00 g/cm³ when totally crystalline and 0.87 g/cm³ when "
            "totally amorphous. A bottle made from it has a density of 0.95 g/cm³. What is its percent "
            "crystallinity?",
            "percent",
            100 * 1.00 * (0.95 - 0.87) / (0.95 * (1.00 - 0.87)),
        ),
        (  # saturation flux density with its defining formula written in the ask (Callister eq. 20.13)
            "Nickel has 0.60 Bohr magnetons per atom, a density of 8.90 g/cm3 and an atomic weight of "
            "58.69 g/mol. Compute the saturation flux density B_s = μ0 M_s in tesla.",
            "T",
            MU0 * 0.60 * MU_B * 8.90e6 * N_A / 58.69,
        ),
        (  # Nernst cell potential, each standard potential written as E°(couple) (Callister ch. 17)
            "A galvanic cell consists of a zinc electrode in 0.10 M Zn²⁺ and an iron electrode in 0.50 M "
            "Fe²⁺ at 25 °C. The standard potentials are E°(Zn²⁺/Zn) = −0.763 V and E°(Fe²⁺/Fe) = "
            "−0.440 V. What voltage does the cell generate?",
            "V",
            (-0.440 + 0.763) - R * 298.15 / (2 * F) * math.log(0.10 / 0.50),
        ),
        (  # Fourier's law for a whole wall, the faces written 'its inner … its outer' (Callister eq. 19.5)
            "A brick wall (k = 0.7 W m^-1 K^-1) is 0.2 m thick and 10 m^2 in area. Its inner face is at "
            "25 °C and its outer face at 5 °C. Calculate the rate of heat loss through the wall in W.",
            "W",
            0.7 * 10 * 20 / 0.2,
        ),
        (  # linear expansion asked as 'how much longer is it at T2' (Callister eq. 19.3)
            "A copper wire is 5 m long at 20 °C. If α = 17 × 10^-6 per °C, how much longer is it at "
            "120 °C, in mm?",
            "mm",
            17e-6 * 5000 * 100,
        ),
        (  # energy product of a hard magnet (Callister §20.10)
            "A point on the demagnetization curve of an alnico magnet is at B = 1.0 T and H = -50 kA/m. "
            "Calculate the energy product (BH) at this point in kJ/m^3.",
            "kJ/m**3",
            1.0 * 50,
        ),
        (  # lever rule with the basis in parentheses (Callister eq. 9.1)
            "A Cu–Ni alloy of 35 wt% Ni is in the α + L region, where the liquid has 32 wt% Ni and the "
            "α phase 43 wt% Ni. What percentage (by mass) of the alloy is liquid?",
            "percent",
            100 * (43 - 35) / (43 - 32),
        ),
        (  # AX ceramic density from the two ions' atomic weights (Callister eq. 12.1)
            "Cesium chloride has the CsCl structure with a lattice parameter of 0.4123 nm. With "
            "A_Cs = 132.91 g/mol and A_Cl = 35.45 g/mol, compute its theoretical density in g/cm^3.",
            "g/cm**3",
            1 * (132.91 + 35.45) / ((0.4123e-7) ** 3 * N_A),
        ),
        (  # vacancy formation energy from the factor between two temperatures (Callister eq. 4.1)
            "Cooling a metal from 900 K to 600 K lowers its equilibrium number of vacancies by a factor "
            "of 10 000. Estimate the energy for vacancy formation in eV.",
            "eV",
            8.617333262e-5 * math.log(1e4) / (1 / 600 - 1 / 900),
        ),
        (  # planar density asked as a count per mm² (Callister §3.11)
            "Iron is body-centred cubic with a = 0.2866 nm. How many atoms are there per cm² of a (110) "
            "plane?",
            "1/cm**2",
            2 / (math.sqrt(2) * (0.2866e-7) ** 2),
        ),
        (  # absorption coefficient from two plates, reflection cancelling (Callister eq. 21.19)
            "Two plates of a polymer, 5 mm and 15 mm thick, transmit 90 % and 60 % of the incident light "
            "respectively. Calculate the absorption coefficient in mm^-1.",
            "1/mm",
            math.log(0.90 / 0.60) / 10,
        ),
        (  # hydrogen evolved by a current: Faraday's law and the ideal gas (Callister ch. 17)
            "Iron corrodes in an acid, the cathodic reaction being 2H⁺ + 2e⁻ → H₂. A corrosion current of "
            "1.5 A flows for 30 min. What volume of hydrogen, measured at 25 °C and 100 kPa, is evolved "
            "in litres?",
            "L",
            1.5 * 1800 / (2 * F) * R * 298.15 / 100e3 * 1e3,
        ),
        (  # the hydrogen electrode, its reaction's coefficients no values (Callister ch. 17)
            "Calculate the potential of the hydrogen electrode 2H⁺ + 2e⁻ → H₂ at 25 °C in a solution of "
            "pH = 3 with a hydrogen pressure of 1 atm, in volts versus SHE.",
            "V",
            -math.log(10) * R * 298.15 / F * 3,
        ),
        (  # Debye T³ law between two low temperatures (Callister eq. 19.2)
            "Well below its Debye temperature, a solid has a molar heat capacity of 0.05 J mol^-1 K^-1 at "
            "8 K. Estimate its heat capacity C_v at 16 K.",
            "J/(mol*K)",
            0.05 * 8,
        ),
        (  # WLF shift with T and T_g stated apart (Williams, Landel & Ferry)
            "Using the WLF equation with C_1 = 17.44 and C_2 = 51.6 K, calculate the shift factor a_T at "
            "110 °C for a polystyrene with a glass transition temperature T_g = 100 °C.",
            "dimensionless",
            10 ** (-17.44 * 10 / (51.6 + 10)),
        ),
        (  # atoms in a critical nucleus of a cubic metal (Callister eq. 10.6)
            "Copper (FCC, a = 0.3615 nm, melting point 1085 °C) has a latent heat of fusion of "
            "-1.77 × 10^9 J/m^3 and a solid–liquid interfacial energy of 0.177 J/m^2. How many atoms does "
            "a critical nucleus contain at an undercooling of 200 K?",
            "dimensionless",
            4 * math.pi / 3 * (2 * 0.177 * 1358.15 / (1.77e9 * 200)) ** 3 * 4 / (0.3615e-9) ** 3,
        ),
    ],
)
def test_added_class_answers(question, unit, expected):
    assert _value(question, unit) == pytest.approx(expected, rel=2e-3)


def test_pilling_bedworth_values_beside_unlabelled_names():
    """The oxide's formula mass exceeds the metal's atomic weight, so two unlabelled molar masses are
    not ambiguous; the oxide formula with subscripts ('Al₂O₃') gives the metal atoms per formula unit."""
    q = (
        "Aluminium (atomic weight 26.98 g/mol, density 2.70 g/cm³) forms Al₂O₃ (molecular weight "
        "101.96 g/mol, density 3.95 g/cm³). Compute the Pilling–Bedworth ratio."
    )
    assert _value(q, "dimensionless") == pytest.approx(101.96 * 2.70 / (2 * 26.98 * 3.95), rel=1e-3)


def test_polydispersity_from_a_table_of_number_fractions():
    q = (
        "A polymer sample has the following distribution (number fractions):\n\n"
        "| M_i (g/mol) | x_i |\n|---|---|\n| 5 000 | 0.2 |\n| 15 000 | 0.5 |\n| 25 000 | 0.3 |\n\n"
        "Calculate the polydispersity index."
    )
    ms, xs = [5000, 15000, 25000], [0.2, 0.5, 0.3]
    mn = sum(x * m for x, m in zip(xs, ms, strict=True))
    mw = sum(x * m * m for x, m in zip(xs, ms, strict=True)) / mn
    assert _value(q, "dimensionless") == pytest.approx(mw / mn, rel=1e-6)


def test_weight_average_from_a_table_of_weight_fractions():
    q = (
        "Weight fractions of a polymer:\n\n| w_i | M_i (g/mol) |\n|---|---|\n| 0.4 | 20 000 |\n"
        "| 0.6 | 40 000 |\n\nCompute the weight-average molecular weight in g/mol."
    )
    assert _value(q, "g/mol") == pytest.approx(0.4 * 20000 + 0.6 * 40000)


@pytest.mark.parametrize(
    "question",
    [
        # the surroundings' temperature is stated: net exchange, not the emitted power
        "A plate of area 0.2 m^2 and emissivity 0.9 at 500 K faces surroundings at 300 K. Calculate the "
        "net power it radiates in W.",
        # the phase fraction table without saying number or weight fractions
        "A polymer sample:\n\n| M_i (g/mol) | fraction |\n|---|---|\n| 5 000 | 0.4 |\n| 15 000 | 0.6 |\n\n"
        "Calculate the polydispersity index.",
        # no second phase said to be the rest, and no mass fraction of β
        "An alloy contains 0.30 mass fraction α (ρ_α = 7.9 g/cm³); ρ_β = 2.7 g/cm³. Calculate the "
        "volume fraction of α.",
    ],
)
def test_neighbouring_readings_are_refused(question):
    assert solve(question).quantity is None


def test_a_negative_unit_exponent_in_the_ask_is_no_given():
    from matsci_jupyter.engines.answer.solver import read_question

    reading, _ = read_question("A rate of 2.5e-3 s^-1 is measured at -5 °C. Express it in min^-1.")
    assert reading is not None
    assert [g.describe() for g in reading.givens] == ["0.0025 1/s", "-5 °C"]


def test_pilling_bedworth_values_in_parentheses_after_each_substance():
    """Values written in one pair of parentheses after a name are that substance's: the densities are
    not swapped between metal and oxide."""
    q = (
        "Nickel (A = 58.69 g/mol, ρ = 8.90 g/cm³) oxidises to NiO (M = 74.69 g/mol, ρ = 6.67 g/cm³). "
        "Compute the Pilling–Bedworth ratio."
    )
    assert _value(q, "dimensionless") == pytest.approx(74.69 * 8.90 / (58.69 * 6.67), rel=1e-3)


def test_a_value_after_a_written_reaction_is_still_a_given():
    """Only the coefficients of the reaction are no values: '2 × 10^-4 A/cm^2' after '(Fe → Fe2+)' is."""
    q = (
        "A corroding iron surface (Fe → Fe2+) has a corrosion current density of 2 × 10^-4 A/cm^2. "
        "What is the corrosion rate in mol/(m^2·s)?"
    )
    assert _value(q, "mol/(m**2*s)") == pytest.approx(2 / (2 * F), rel=1e-3)
