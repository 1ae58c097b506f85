"""Neighbour questions, round 22 (issue 11, precision), in our own words.

Written by helper probe23 to probe last session's new relations: the power-law creep-rate factor
(σ₂/σ₁)ⁿ, the galvanic cell voltage from the standard series and the Nernst equation (and the
concentration cell), the Pilling–Bedworth ratio from labelled densities, 'how many days/hours …'
read as a duration, the two-temperature Arrhenius ratio of a rate, a time or a length, and the
micro prefix typed as 'u'.

Main (82278fc) answered 88 of these 161 and 21 wrong, in eleven classes: a creep stress exponent
written as a range or one per stress regime ('4 at low stress and 8 at high stress', 'n = 4 to 5')
read as its first number (2); a time asked ('by what factor does the time to 1 % creep strain
change') answered with the creep-rate factor (1); the direction asked read from the clause saying
what changes ('by what factor does the creep rate increase when the stress is reduced …' answered
0.48) (1); a cell written the other way round, in line notation ('Cu | Cu2+ || Zn2+ | Zn') or as a
reaction ('Cu + Zn2+ → Cu2+ + Zn') or 'as written', answered with the positive emf of the
spontaneous cell (4); two densities written as a list ('7.13 and 5.61 g/cm³ for Zn and ZnO
respectively', 'the densities of cobalt and its oxide are … and …') given to the wrong substances
(2); a second number asked in the Pilling–Bedworth ratio's own sentence not seen (1); a quantity
that sets the cell voltage asked ('what Ni2+ concentration would make the cell voltage zero', 'the
Gibbs energy that corresponds to the cell voltage') answered with the voltage (3); a temperature
change between two creep tests or before the asked rate ('at another temperature', '100 °C higher
temperature') ignored by the two-stress power law (2); a load changed together with the section
('the load is doubled and the cross-section doubled too') read as the stress change (1); a
two-temperature ratio of a quantity that goes as the reciprocal of a rate (a viscosity, a
resistivity, a creep life) answered with the ratio of rates (3); a factor
asked as a rise of a quantity that falls ('by what factor does D rise on cooling') answered below 1
(1). By class (answered/wrong): creep 22/7, galvanic 19/7, Pilling–Bedworth 18/3, 'how many <time
unit>' 8/0, 'u' as µ 7/0, two-temperature Arrhenius ratio 14/4.

Now 70 answered, 0 wrong, 70 right (three more right than before: listed densities read in the
order of their listed labels); fixes in matsci_jupyter/engines/answer/creep_factor.py,
galvanic_cell.py, pilling_bedworth.py, relations/creep_laws.py, arrhenius_asked.py and
arrhenius_ratio.py, class tests in tests/test_answer_probe23_classes.py.
By class (answered/wrong): creep 15/0, galvanic 12/0, Pilling–Bedworth 18/0, two-temperature
ratio 10/0, the others unchanged.
Sets V and W (heldout21, heldout22) unchanged item by item (36 and 50 correct, 0 wrong); the 170
items of sets A–W that name creep, a cell, an emf or the Pilling–Bedworth ratio give the same
answers, and check_answer gives the same verdicts on the 243 worked answers and reference
solutions of those items; the 101 items of A–W with an activation energy and a ratio give the
same answers and their 147 checker texts the same verdicts.

Keys computed below with plain math; a key of None means the question must be refused.
tests/test_answer_neighbours.py holds them at 0 wrong.
"""

from __future__ import annotations

import math

NA = 6.02214076e23
R = 8.314462618
F = 96485.33212
K_B = 8.617333262e-5
YEAR = 365.25 * 24 * 3600.0
RT_F = R * 298.15 / F  # V

# standard reduction potentials, V (Callister Table 17.1)
E0 = {
    "Cu": 0.340,
    "Ag": 0.800,
    "Ni": -0.250,
    "Zn": -0.763,
    "Fe": -0.440,
    "Cd": -0.403,
    "Al": -1.662,
}
E0.update({"Pb": -0.126, "Sn": -0.136, "Mg": -2.363, "Co": -0.277, "Cr": -0.744})
M = {"Al": 26.9815, "Ni": 58.6934, "Cu": 63.546, "Mg": 24.305, "Fe": 55.845, "Cr": 51.9961}
M.update({"Ti": 47.867, "W": 183.84, "Zn": 65.38, "Na": 22.98977, "O": 15.999})


def cell(anode: str, n1: int, c1: float, cathode: str, n2: int, c2: float) -> float:
    """Nernst cell voltage, anode oxidized, L = lcm(n1, n2) electrons."""
    n = n1 * n2 // math.gcd(n1, n2)
    q = c1 ** (n // n1) / c2 ** (n // n2)
    return E0[cathode] - E0[anode] - RT_F / n * math.log(q)


def pbr(metal: str, a: int, b: int, rho_m: float, rho_o: float) -> float:
    """Pilling–Bedworth ratio of M_aO_b."""
    m_ox = a * M[metal] + b * M["O"]
    return m_ox * rho_m / (a * M[metal] * rho_o)


def arr(q_j_mol: float, t_hot: float, t_cold: float) -> float:
    """Rate at t_hot over rate at t_cold (temperatures in K, Q in J/mol)."""
    return math.exp(q_j_mol / R * (1 / t_cold - 1 / t_hot))


# (question, key or None for must-refuse, pint unit of the key)
QUESTIONS: list[tuple[str, float | None, str]] = [
    # ---- creep-rate factor (σ₂/σ₁)ⁿ
    (
        "In steady-state creep of a nickel alloy at 900 °C the stress exponent is 4.5. By what factor does the creep rate increase if the stress goes from 80 MPa to 120 MPa?",
        1.5**4.5,
        "dimensionless",
    ),
    (
        "A stainless steel creeps with a stress exponent of six. If the applied stress is doubled at constant temperature, by what factor does the steady-state creep rate rise?",
        2.0**6,
        "dimensionless",
    ),
    (
        "Creep of a copper tube follows power-law creep with n = 5. The hoop stress is increased by 20 % at the same temperature. How many times faster is the creep rate?",
        1.2**5,
        "dimensionless",
    ),
    (
        "A lead pipe creeps at room temperature with stress exponent n = 3. If the stress on it is halved, by what factor does the creep rate decrease?",
        2.0**3,
        "dimensionless",
    ),
    (
        "During creep with a stress exponent of 5, the stress is reduced from 150 MPa to 100 MPa. By what factor does the steady-state creep rate change?",
        (100 / 150) ** 5,
        "dimensionless",
    ),
    (
        "A turbine-blade alloy has a creep stress exponent of 7. The stress is raised from 20 ksi to 25 ksi at fixed temperature. By what factor does the creep rate go up?",
        1.25**7,
        "dimensionless",
    ),
    (
        "The steady-state creep rate of an alloy at 700 °C is 2.0e-6 per hour at 100 MPa, and its stress exponent is 5. What creep rate (per hour) is expected at 150 MPa and the same temperature?",
        2.0e-6 * 1.5**5,
        "1/hour",
    ),
    (
        "An alloy creeps with stress exponent n = 5 at 650 °C. By what factor must the stress be reduced to lower the creep rate tenfold?",
        10 ** (1 / 5),
        "dimensionless",
    ),
    (
        "For a creeping alloy, n = 4. By what factor does the time to reach 1 % creep strain change when the stress is doubled, taking the strain to accumulate at the steady-state creep rate?",
        2.0**-4,
        "dimensionless",
    ),
    (
        "Steady creep obeys a power law with stress exponent 5. What is the ratio of the rupture time at 150 MPa to that at 100 MPa, if the product of the creep rate and the rupture time is a constant?",
        (100 / 150) ** 5,
        "dimensionless",
    ),
    (
        "Creep of an aluminium alloy has a stress exponent of 4 at low stress and 8 at high stress. By what factor does the creep rate increase when the stress is doubled?",
        None,
        "dimensionless",
    ),
    (
        "A creep test at 600 °C gives a steady-state creep rate of 1e-7 /s at 50 MPa and 3.2e-6 /s at 100 MPa. What is the stress exponent?",
        math.log(32) / math.log(2),
        "dimensionless",
    ),
    (
        "A steel creeps at 550 °C. By what factor does the creep rate increase when the stress is raised from 100 MPa to 130 MPa?",
        None,
        "dimensionless",
    ),
    (
        "An alloy has a creep stress exponent of 5 and an activation energy of 300 kJ/mol. The stress is doubled and the temperature is raised from 800 K to 850 K. By what factor does the creep rate increase?",
        2.0**5 * arr(300e3, 850, 800),
        "dimensionless",
    ),
    (
        "Creep in a ceramic follows a stress exponent of 1 (diffusional creep). If the stress is tripled, by what factor does the creep rate increase?",
        3.0,
        "dimensionless",
    ),
    (
        "A superalloy has a creep stress exponent of 6. The load is raised by 10 % with the temperature held. By what percentage does the creep rate increase?",
        (1.1**6 - 1) * 100,
        "percent",
    ),
    (
        "Power-law creep, stress exponent 5: the stress is raised by a factor of 1.3. By what factor does the creep rate increase?",
        1.3**5,
        "dimensionless",
    ),
    (
        "A component creeps with a stress exponent of 4. The stress is lowered from 60 MPa to 50 MPa. By what factor does the creep rate increase?",
        None,
        "dimensionless",
    ),
    (
        "For creep with a stress exponent of 5 at 1000 K, the stress is changed from 40 MPa to 60 MPa. How many times larger is the new creep rate than the old one?",
        1.5**5,
        "dimensionless",
    ),
    (
        "Creep of an alloy: stress exponent 5. The time to rupture is 1000 h at 100 MPa. How many hours will it last at 120 MPa, if the rupture time varies inversely with the steady-state creep rate?",
        1000 / 1.2**5,
        "hour",
    ),
    # ---- galvanic cells
    (
        "A galvanic cell has a zinc electrode in 0.50 M Zn2+ and a nickel electrode in 0.010 M Ni2+. What is the cell voltage at 25 °C?",
        cell("Zn", 2, 0.50, "Ni", 2, 0.010),
        "V",
    ),
    (
        "One half of a cell is Cd in a 0.020 M Cd2+ solution; the other half is Cu in 0.40 M Cu2+. Find the cell potential in mV.",
        cell("Cd", 2, 0.020, "Cu", 2, 0.40) * 1000,
        "mV",
    ),
    (
        "An electrochemical cell is built from Ag in 0.10 M Ag+ and Zn in 0.050 M Zn2+. What is its emf at 25 °C?",
        cell("Zn", 2, 0.050, "Ag", 1, 0.10),
        "V",
    ),
    (
        "A cell couples aluminium in 0.010 M Al3+ with copper in 0.50 M Cu2+. Calculate the cell voltage.",
        cell("Al", 3, 0.010, "Cu", 2, 0.50),
        "V",
    ),
    (
        "[Fe2+] = 0.0010 M and [Ni2+] = 1.0 M in a cell of iron and nickel electrodes. What is the cell potential?",
        cell("Fe", 2, 0.0010, "Ni", 2, 1.0),
        "V",
    ),
    (
        "Copper electrodes dip into CuSO4 solutions of 1.0 and 0.0010 mol/L, joined by a salt bridge. What voltage does this concentration cell give?",
        RT_F / 2 * math.log(1000),
        "V",
    ),
    (
        "A concentration cell has nickel in 0.5 M Ni2+ on one side and nickel in 0.005 M Ni2+ on the other. Calculate the cell voltage in millivolts.",
        RT_F / 2 * math.log(100) * 1000,
        "mV",
    ),
    (
        "What is the standard cell potential of a Zn/Cu Daniell cell?",
        0.340 + 0.763,
        "V",
    ),
    (
        "A cell has a titanium electrode in 0.1 M Ti2+ and a copper electrode in 0.1 M Cu2+. What is the cell voltage?",
        None,
        "V",
    ),
    (
        "A cell is made of iron in 0.2 M Fe3+ and copper in 0.5 M Cu2+. Find the cell potential.",
        None,
        "V",
    ),
    (
        "A galvanic couple consists of zinc in 0.1 M Zn2+ and copper in a copper sulfate solution. What is the cell voltage?",
        None,
        "V",
    ),
    (
        "A cell has Ni in 0.05 M Ni2+ and Cu in 0.5 M Cu2+ and operates at 80 °C. What is its cell potential?",
        None,
        "V",
    ),
    (
        "Write the cell Cu | Cu2+ (1.0 M) || Zn2+ (1.0 M) | Zn. What is the cell potential of the cell as written?",
        -(0.340 + 0.763),
        "V",
    ),
    (
        "A cell consists of a standard hydrogen electrode and a nickel electrode in 0.01 M Ni2+. What is the cell voltage?",
        0.250 - RT_F / 2 * math.log(0.01),
        "V",
    ),
    (
        "A cell has lead in 0.25 M Pb2+ and tin in 0.0010 M Sn2+. What is the cell voltage at 25 °C?",
        cell("Sn", 2, 0.0010, "Pb", 2, 0.25),
        "V",
    ),
    (
        "A cell has lead in 0.0010 M Pb2+ and tin in 0.25 M Sn2+. What is the cell voltage at 25 °C?",
        -cell("Sn", 2, 0.25, "Pb", 2, 0.0010),
        "V",
    ),
    (
        "A magnesium electrode in 0.1 mol/L Mg2+ is coupled to an iron electrode in 0.001 mol/L Fe2+. Determine the emf of the cell.",
        cell("Mg", 2, 0.1, "Fe", 2, 0.001),
        "V",
    ),
    (
        "A galvanic cell of Co in 5 mmol/L Co2+ and Ag in 20 mmol/L Ag+: what is the cell emf in volts?",
        cell("Co", 2, 0.005, "Ag", 1, 0.020),
        "V",
    ),
    (
        "A Zn/Cu cell starts with 1.0 M Zn2+ and 1.0 M Cu2+. After running, the Zn2+ concentration has risen to 1.5 M and Cu2+ fallen to 0.5 M. What is the cell voltage now?",
        cell("Zn", 2, 1.5, "Cu", 2, 0.5),
        "V",
    ),
    (
        "What is the cell potential when a Ni electrode in 0.1 M Ni2+ is measured against a saturated calomel electrode?",
        None,
        "V",
    ),
    (
        "A cell with a zinc anode in 0.10 M Zn2+ and a copper cathode in 1.0 M Cu2+ delivers 2.0 A for 1 h. What mass of zinc (g) dissolves?",
        2.0 * 3600 * 65.38 / (2 * F),
        "g",
    ),
    (
        "A cell has Zn in 0.1 M ZnSO4 and Cu in 0.1 M CuSO4. What is the Gibbs energy change of the cell reaction in kJ/mol?",
        -2 * F * 1.103 / 1000,
        "kJ/mol",
    ),
    (
        "A cell contains chromium in 0.01 M Cr3+ and nickel in 0.1 M Ni2+. What is its voltage?",
        cell("Cr", 3, 0.01, "Ni", 2, 0.1),
        "V",
    ),
    (
        "An iron electrode in 0.1 M Fe2+ and a cadmium electrode in 0.1 M Cd2+ form a cell. How large is the cell emf?",
        cell("Fe", 2, 0.1, "Cd", 2, 0.1),
        "V",
    ),
    # ---- Pilling–Bedworth
    (
        "Aluminium (ρ = 2.70 g/cm³) forms Al2O3 (ρ = 3.95 g/cm³). Compute the Pilling–Bedworth ratio.",
        pbr("Al", 2, 3, 2.70, 3.95),
        "dimensionless",
    ),
    (
        "Nickel oxidizes to NiO. The density of nickel is 8.90 g/cm³ and that of NiO is 6.67 g/cm³. What is the Pilling-Bedworth ratio, and is the scale protective?",
        pbr("Ni", 1, 1, 8.90, 6.67),
        "dimensionless",
    ),
    (
        "Copper forms Cu2O with a density of 6.00 g/cm³; copper itself has a density of 8.96 g/cm³. Find the P-B ratio.",
        pbr("Cu", 2, 1, 8.96, 6.00),
        "dimensionless",
    ),
    (
        "Magnesium, density 1740 kg/m³, oxidizes to MgO of density 3580 kg/m³. Calculate the Pilling–Bedworth ratio.",
        pbr("Mg", 1, 1, 1.74, 3.58),
        "dimensionless",
    ),
    (
        "Compute the Pilling-Bedworth ratio for iron oxidizing to Fe2O3: ρ(Fe) = 7.87 g/cm³, ρ(Fe2O3) = 5.24 g/cm³.",
        pbr("Fe", 2, 3, 7.87, 5.24),
        "dimensionless",
    ),
    (
        "Chromium (7.19 g/cm³) oxidizes to Cr2O3 (5.22 g/cm³). Determine the Pilling–Bedworth ratio.",
        pbr("Cr", 2, 3, 7.19, 5.22),
        "dimensionless",
    ),
    (
        "Tungsten of density 19.3 g/cm³ forms WO3 of density 7.16 g/cm³. Calculate its Pilling–Bedworth ratio and say whether the oxide protects the metal.",
        pbr("W", 1, 3, 19.3, 7.16),
        "dimensionless",
    ),
    (
        "Zinc oxidizes to ZnO. The densities are 7.13 and 5.61 g/cm³ for Zn and ZnO respectively. Find the Pilling–Bedworth ratio.",
        pbr("Zn", 1, 1, 7.13, 5.61),
        "dimensionless",
    ),
    (
        "Nickel oxidizes to NiO. The densities are 6.67 and 8.90 g/cm³ for NiO and Ni, respectively. Compute the Pilling–Bedworth ratio.",
        pbr("Ni", 1, 1, 8.90, 6.67),
        "dimensionless",
    ),
    (
        "Titanium oxidizes to TiO2. Given densities: TiO2 4.25 g/cm³, Ti 4.51 g/cm³. What is the Pilling–Bedworth ratio?",
        pbr("Ti", 1, 2, 4.51, 4.25),
        "dimensionless",
    ),
    (
        "Iron oxidizes in air. The density of iron is 7.87 g/cm³ and that of its oxide is 5.2 g/cm³. Compute the Pilling–Bedworth ratio.",
        None,
        "dimensionless",
    ),
    (
        "Iron can form FeO, Fe3O4 or Fe2O3. With ρ(Fe) = 7.87 g/cm³ and an oxide density of 5.7 g/cm³, what is the Pilling–Bedworth ratio?",
        None,
        "dimensionless",
    ),
    (
        "Nickel forms NiO, whose density is 6.67 g/cm³. What is the Pilling–Bedworth ratio?",
        pbr("Ni", 1, 1, 8.908, 6.67),
        "dimensionless",
    ),
    (
        "Sodium (0.97 g/cm³) oxidizes to Na2O (2.27 g/cm³). What is the Pilling–Bedworth ratio, and will the oxide be protective?",
        pbr("Na", 2, 1, 0.97, 2.27),
        "dimensionless",
    ),
    (
        "Aluminium (2.70 g/cm³) forms Al2O3 (3.95 g/cm³). What is the ratio of the volume of metal consumed to the volume of oxide formed?",
        1 / pbr("Al", 2, 3, 2.70, 3.95),
        "dimensionless",
    ),
    (
        "Copper forms CuO (density 6.31 g/cm³); ρ_Cu = 8.96 g/cm³, M(Cu) = 63.55 g/mol, M(CuO) = 79.55 g/mol. Find the Pilling-Bedworth ratio.",
        79.55 * 8.96 / (63.55 * 6.31),
        "dimensionless",
    ),
    (
        "Magnesium oxidizes to MgO. Densities: 3.58 g/cm³ for the oxide and 1.74 g/cm³ for the metal. What is the PBR?",
        pbr("Mg", 1, 1, 1.74, 3.58),
        "dimensionless",
    ),
    (
        "A metal oxidizes to hematite (Fe2O3, 5.26 g/cm³); the metal's density is 7.87 g/cm³. Compute the Pilling–Bedworth ratio.",
        pbr("Fe", 2, 3, 7.87, 5.26),
        "dimensionless",
    ),
    (
        "Cobalt oxidizes to CoO. The densities of cobalt and its oxide are 8.90 g/cm³ and 6.44 g/cm³. Find the Pilling–Bedworth ratio.",
        (58.933 + 15.999) * 8.90 / (58.933 * 6.44),
        "dimensionless",
    ),
    (
        "Silicon (2.33 g/cm³) oxidizes to SiO2 (2.20 g/cm³ for the amorphous oxide). Calculate the Pilling–Bedworth ratio.",
        (28.085 + 2 * 15.999) * 2.33 / (28.085 * 2.20),
        "dimensionless",
    ),
    (
        "Nickel oxidizes to NiO (6.67 g/cm³; Ni 8.90 g/cm³). The oxide grows parabolically. What is the Pilling–Bedworth ratio, and what thickness of oxide forms per micrometre of nickel consumed?",
        None,
        "dimensionless",
    ),
    # ---- 'how many <time unit>' asks
    (
        "A steel tank wall 6.0 mm thick corrodes uniformly at 0.30 mm/year. How many years will it take to corrode through?",
        6.0 / 0.30,
        "year",
    ),
    (
        "A 3.0 mm thick zinc coating is lost at a penetration rate of 50 µm per year. How many months until the coating is gone?",
        3.0 / 0.050 * 12,
        "month",
    ),
    (
        "A plate loses mass by corrosion at 2.0 mg per cm² per day. How many days until it has lost 10 g?",
        None,
        "day",
    ),
    (
        "A plate with 200 cm² exposed loses mass by corrosion at 2.0 mg per cm² per day. How many days until it has lost 10 g?",
        10e3 / (2.0 * 200),
        "day",
    ),
    (
        "Copper is electroplated from a Cu2+ bath with a current of 10 A. How many seconds are needed to deposit 5.0 g of copper?",
        5.0 * 2 * F / (63.546 * 10),
        "s",
    ),
    (
        "Nickel is plated from a Ni2+ bath at 2.0 A. How many hours are needed for a 20 µm thick layer?",
        None,
        "hour",
    ),
    (
        "A radioactive tracer has a half-life of 10 years. How many years until one eighth of it remains?",
        30.0,
        "year",
    ),
    (
        "A 2.0 mm steel sheet corrodes with a corrosion current density of 10 uA/cm2 (Fe → Fe2+, ρ = 7.87 g/cm³). How many years does it take to corrode through?",
        0.20 / (10e-6 * 55.845 / (2 * F * 7.87)) / YEAR,
        "year",
    ),
    (
        "Carburizing gives a certain carbon content at a depth of 0.5 mm after 10 h. How many hours will it take to reach the same content at 1.0 mm at the same temperature?",
        40.0,
        "hour",
    ),
    (
        "A pipeline has 4.0 mm of corrosion allowance and corrodes at 0.2 mm per year. How many days per year is it inspected?",
        None,
        "day",
    ),
    (
        "Aluminium corrodes at 2 mdd on a sheet 0.5 mm thick. How many days until it is perforated, if only one face is attacked? (ρ = 2.70 g/cm³)",
        0.05 * 2.70 * 1000 / (2 / 100),
        "day",
    ),
    (
        "A coating loses 5 µm each year. How many years until it is gone?",
        None,
        "year",
    ),
    (
        "A steel pipe wall is 8 mm thick, and the pipe must be retired when 3 mm remain. It corrodes at 0.25 mm/y. How many years will the pipe last?",
        5 / 0.25,
        "year",
    ),
    (
        "Diffusion of carbon in iron at 1000 °C: D = 3e-11 m²/s. How many hours does it take for the diffusion length √(Dt) to reach 0.5 mm?",
        (0.5e-3) ** 2 / 3e-11 / 3600,
        "hour",
    ),
    (
        "Diffusion of carbon in iron at 1000 °C: D = 3e-11 m²/s. How many hours does it take for the diffusion distance 2√(Dt) to reach 0.5 mm?",
        (0.25e-3) ** 2 / 3e-11 / 3600,
        "hour",
    ),
    # ---- micro prefix as 'u'
    (
        "Iron corrodes with a corrosion current density of 5 uA/cm2. What is the penetration rate in mm/year (ρ = 7.87 g/cm³, Fe → Fe2+)?",
        5e-6 * 55.845 / (2 * F * 7.87) * YEAR * 10,
        "mm/year",
    ),
    (
        "A current of 50 uA flows for 2 hours through a silver coulometer (Ag+ → Ag). What mass of silver (mg) is deposited?",
        50e-6 * 7200 * 107.868 / F * 1000,
        "mg",
    ),
    (
        "A U-shaped steel specimen is loaded to a stress of 200 MPa with E = 200 GPa. What is the elastic strain?",
        0.001,
        "dimensionless",
    ),
    (
        "A nickel specimen corrodes at a current density of 2 uA per cm2 over an area of 10 cm2. What is the corrosion current in µA?",
        20.0,
        "microampere",
    ),
    (
        "A capacitor of 5 uF has a plate area of 1 cm² and a dielectric 10 µm thick. What is the relative permittivity of the dielectric?",
        5e-6 * 10e-6 / (8.8541878128e-12 * 1e-4),
        "dimensionless",
    ),
    (
        "A carbon-12 atom has a mass of 12 u. What is the mass of one mole of these atoms in grams?",
        12.0,
        "g",
    ),
    (
        "A thermocouple gives 41 uV per kelvin. What voltage (mV) does it give for a 100 K difference?",
        4.1,
        "mV",
    ),
    (
        "In units of 10^-6, what is the strain of a steel bar (E = 200 GPa) under 50 MPa?",
        250.0,
        "dimensionless",
    ),
    # ---- two-temperature Arrhenius ratios
    (
        "The activation energy for carbon diffusion in iron is 148 kJ/mol. What is the ratio of the diffusion coefficient at 1200 K to that at 1000 K?",
        arr(148e3, 1200, 1000),
        "dimensionless",
    ),
    (
        "Q = 148 kJ/mol for carbon diffusing in iron. How many times longer does a carburizing treatment take at 1000 K than at 1200 K to reach the same profile?",
        arr(148e3, 1200, 1000),
        "dimensionless",
    ),
    (
        "With Q = 148 kJ/mol, what is the ratio of the carburizing time needed at 1200 K to that at 1000 K for the same case depth?",
        1 / arr(148e3, 1200, 1000),
        "dimensionless",
    ),
    (
        "With Q = 148 kJ/mol, for the same diffusion time, what is the ratio of the diffusion depth reached at 1200 K to that at 1000 K?",
        math.sqrt(arr(148e3, 1200, 1000)),
        "dimensionless",
    ),
    (
        "A reaction has an activation energy of 60 kJ/mol. How many times faster does it go at 350 K than at 300 K?",
        arr(60e3, 350, 300),
        "dimensionless",
    ),
    (
        "A reaction has an activation energy of 60 kJ/mol. How many times slower is it at 300 K than at 350 K?",
        arr(60e3, 350, 300),
        "dimensionless",
    ),
    (
        "The vacancy formation energy of copper is 0.90 eV. What is the ratio of the vacancy fraction at 1300 K to that at 1000 K?",
        math.exp(0.90 / K_B * (1 / 1000 - 1 / 1300)),
        "dimensionless",
    ),
    (
        "A homogenizing anneal takes 10 h at 1100 K. With Q = 200 kJ/mol, what is the ratio of the time needed at 1000 K to that at 1100 K?",
        arr(200e3, 1100, 1000),
        "dimensionless",
    ),
    (
        "A homogenizing anneal takes 10 h at 1100 K. With Q = 200 kJ/mol, how many hours are needed at 1000 K?",
        10 * arr(200e3, 1100, 1000),
        "hour",
    ),
    (
        "An oxide layer grows on a metal; the rate constant has an activation energy of 120 kJ/mol. What is the ratio of the oxide thickness after 1 h at 900 K to that after 1 h at 800 K?",
        None,
        "dimensionless",
    ),
    (
        "A parabolic oxide layer (x² = kt) has k with an activation energy of 120 kJ/mol. What is the ratio of the layer thickness after equal times at 900 K and at 800 K?",
        math.sqrt(arr(120e3, 900, 800)),
        "dimensionless",
    ),
    (
        "Grain growth in a brass has an activation energy of 100 kJ/mol. What is the ratio of the grain size after 1 h at 900 K to that after 1 h at 800 K?",
        None,
        "dimensionless",
    ),
    (
        "Dopant diffusion in silicon has Q = 3.5 eV. How many times deeper does the dopant penetrate in the same time at 1400 K than at 1300 K?",
        math.sqrt(math.exp(3.5 / K_B * (1 / 1300 - 1 / 1400))),
        "dimensionless",
    ),
    (
        "D = 5.0e-13 m²/s at 1100 K and Q = 250 kJ/mol. What is D at 1000 K?",
        5.0e-13 / arr(250e3, 1100, 1000),
        "m**2/s",
    ),
    (
        "Diffusion of Ni in Cu: Q = 230 kJ/mol. A treatment at 1150 K takes 4 h. What is the ratio of the time at 1050 K to that at 1150 K?",
        arr(230e3, 1150, 1050),
        "dimensionless",
    ),
    (
        "Diffusion of Ni in Cu: Q = 230 kJ/mol. A treatment at 1150 K takes 4 h. What is the ratio of the diffusivity at 1050 K to that at 1150 K?",
        1 / arr(230e3, 1150, 1050),
        "dimensionless",
    ),
    (
        "A creep process has Q = 280 kJ/mol. By what factor does the creep rate increase from 900 K to 950 K at constant stress?",
        arr(280e3, 950, 900),
        "dimensionless",
    ),
    (
        "A creep process has Q = 280 kJ/mol. By what factor does the rupture life shorten when the temperature goes from 900 K to 950 K at constant stress, if rupture life varies inversely with creep rate?",
        arr(280e3, 950, 900),
        "dimensionless",
    ),
    (
        "With an activation energy of 150 kJ/mol, by what factor does the time to reach 50 % recrystallization change between 900 K and 950 K?",
        None,
        "dimensionless",
    ),
    (
        "A diffusion process has Q = 150 kJ/mol. What is the ratio of the diffusion coefficients at 800 °C and 900 °C?",
        1 / arr(150e3, 1173.15, 1073.15),
        "dimensionless",
    ),
    (
        "Q = 150 kJ/mol. At what temperature (K) is the diffusion coefficient ten times that at 1000 K?",
        1 / (1 / 1000 - R * math.log(10) / 150e3),
        "K",
    ),
    # ---- more variants
    (
        "A concentration cell has zinc electrodes in 0.001 M Zn2+ and in 0.1 M Zn2+. What voltage does it develop?",
        RT_F / 2 * math.log(100),
        "V",
    ),
    (
        "Cu | Cu2+ (0.010 M) || Cu2+ (1.0 M) | Cu: what is the emf of this concentration cell?",
        RT_F / 2 * math.log(100),
        "V",
    ),
    (
        "Estimate the emf of a cell of silver in 1.0 M AgNO3 and copper in 1.0 M Cu(NO3)2.",
        0.800 - 0.340,
        "V",
    ),
    (
        "An iron–zinc couple: Fe in 0.010 M FeSO4 and Zn in 0.010 M ZnSO4. What is the cell voltage?",
        cell("Zn", 2, 0.010, "Fe", 2, 0.010),
        "V",
    ),
    (
        "A cell has nickel and zinc electrodes, each in a 1.0 M solution of its divalent ion. Which metal corrodes, and what is the cell voltage?",
        0.763 - 0.250,
        "V",
    ),
    (
        "The creep rate of a solder is proportional to σ^5. If the stress doubles at constant temperature, by what factor does the creep rate increase?",
        2.0**5,
        "dimensionless",
    ),
    (
        "A steel's steady creep strain rate follows A σ^m with m = 4.2. The stress goes from 200 MPa to 250 MPa at one temperature. By what factor does the strain rate increase?",
        1.25**4.2,
        "dimensionless",
    ),
    (
        "Creep with a stress exponent of 5: the stress is doubled. By what factor does the creep rate drop?",
        None,
        "dimensionless",
    ),
    (
        "For Ni oxidizing to NiO: ρ_metal = 8.90 g/cm³ and ρ_oxide = 6.67 g/cm³. Compute the Pilling–Bedworth ratio.",
        pbr("Ni", 1, 1, 8.90, 6.67),
        "dimensionless",
    ),
    (
        "Silver is plated from Ag+ at 0.50 A. How many minutes will it take to deposit 1.0 g?",
        1.0 * F / (107.868 * 0.50) / 60,
        "minute",
    ),
    (
        "Creep test, stress exponent 3: by what factor does the creep rate increase when the stress is raised from 30 MPa to 45 MPa, and what would the creep rate be at 45 MPa?",
        None,
        "dimensionless",
    ),
    (
        "A lead cable sheath creeps with n = 3. The stress on it rises from 2 MPa to 3 MPa and its temperature from 20 °C to 40 °C. By what factor does the creep rate increase?",
        None,
        "dimensionless",
    ),
    # ---- written order of a cell, exponent ranges, times, listed densities
    (
        "For the cell Cu | Cu2+ (1.0 M) || Zn2+ (0.10 M) | Zn, what is the cell potential?",
        None,
        "V",
    ),
    (
        "For the cell Zn | Zn2+ (0.10 M) || Cu2+ (1.0 M) | Cu, what is the cell potential?",
        cell("Zn", 2, 0.10, "Cu", 2, 1.0),
        "V",
    ),
    (
        "Cu | Cu2+ (1.0 M) || Cu2+ (0.01 M) | Cu: what is the emf of this concentration cell as written?",
        None,
        "V",
    ),
    (
        "What is the cell potential for the reaction Cu + Zn2+ → Cu2+ + Zn with [Zn2+] = 1.0 M and [Cu2+] = 1.0 M?",
        None,
        "V",
    ),
    (
        "A cell runs the reaction Fe(s) + Ni2+(aq) -> Fe2+(aq) + Ni(s); [Ni2+] = 0.01 M, [Fe2+] = 0.1 M. What is its cell voltage?",
        cell("Fe", 2, 0.1, "Ni", 2, 0.01),
        "V",
    ),
    (
        "A creeping alloy has a stress exponent n = 4 to 5. By what factor does the creep rate rise if the stress is doubled?",
        None,
        "dimensionless",
    ),
    (
        "A creeping alloy has a stress exponent of 4. By what factor does the creep rate increase when the stress is reduced from 60 MPa to 50 MPa?",
        None,
        "dimensionless",
    ),
    (
        "A creeping alloy has a stress exponent of 4 (at 700 °C). By what factor does the creep rate rise if the stress is doubled?",
        16.0,
        "dimensionless",
    ),
    (
        "Nickel oxidizes to NiO. The densities of the oxide and the metal are 6.67 and 8.90 g/cm³. Compute the Pilling–Bedworth ratio.",
        pbr("Ni", 1, 1, 8.90, 6.67),
        "dimensionless",
    ),
    (
        "Nickel oxidizes to NiO with densities of 8.90 and 6.67 g/cm³. Compute the Pilling–Bedworth ratio.",
        None,
        "dimensionless",
    ),
    # ---- more durations and 'u' prefixes
    (
        "A zinc sacrificial anode of 10 kg supplies a steady current of 0.5 A. How many years will it last?",
        10e3 * 2 * F / (65.38 * 0.5) / YEAR,
        "year",
    ),
    (
        "A magnesium anode of 5 kg delivers 0.2 A. How many days until it is consumed?",
        5e3 * 2 * F / (24.305 * 0.2) / 86400,
        "day",
    ),
    (
        "A steel plate 5 mm thick corrodes at 20 mdd. How many years until it is perforated?",
        None,
        "year",
    ),
    (
        "A battery of 2 Ah supplies 500 uA. How many days will it last?",
        2 / 500e-6 / 24,
        "day",
    ),
    (
        "A capacitor of 10 uF charged to 5 V: what is the stored energy in µJ?",
        0.5 * 10e-6 * 25 * 1e6,
        "microjoule",
    ),
    (
        "A u-tube manometer reads 30 mm of mercury. What pressure in Pa is that?",
        0.030 * 13595.1 * 9.80665,
        "Pa",
    ),
    (
        "The resistivity is 2 uΩ·m. What is the resistance of a 1 m wire of 1 mm² cross-section?",
        2.0,
        "ohm",
    ),
    (
        "A photon has a wavelength of 0.5 um. What is its energy in eV?",
        6.62607015e-34 * 2.99792458e8 / 0.5e-6 / 1.602176634e-19,
        "eV",
    ),
    # ---- a quantity that sets the cell voltage, asked
    (
        "An Fe/Ni cell: 0.5 M Fe2+ and 0.001 M Ni2+. What Ni2+ concentration would make the cell voltage zero?",
        0.5 * math.exp(-2 * 0.190 / RT_F),
        "mol/L",
    ),
    (
        "A cell has Zn in 0.1 M Zn2+ and Cu in 1.0 M Cu2+. What is the Gibbs energy that corresponds to the cell voltage?",
        -2 * F * cell("Zn", 2, 0.1, "Cu", 2, 1.0) / 1000,
        "kJ/mol",
    ),
    (
        "A cell of Ni in 0.01 M Ni2+ and Ag in 0.1 M Ag+: what ratio of the ion concentrations would reverse the cell voltage?",
        None,
        "dimensionless",
    ),
    (
        "A cell has Zn in 0.1 M Zn2+ and Cu in 1.0 M Cu2+. Calculate the emf of the cell at 25 °C.",
        cell("Zn", 2, 0.1, "Cu", 2, 1.0),
        "V",
    ),
    # ---- creep with a temperature or a section change
    (
        "An alloy creeps at 2e-7 /s under 80 MPa; the stress exponent is 4. What creep rate do you expect at 60 MPa and 100 °C higher temperature?",
        None,
        "1/s",
    ),
    (
        "An alloy creeps at 2e-7 /s under 80 MPa and at 1e-6 /s under 120 MPa at another temperature. What is the stress exponent?",
        None,
        "dimensionless",
    ),
    (
        "An alloy creeps at 2e-7 /s under 80 MPa and at 1e-6 /s under 120 MPa. What is the stress exponent?",
        math.log(5) / math.log(1.5),
        "dimensionless",
    ),
    (
        "An alloy creeps at 2e-7 /s under 80 MPa; the stress exponent is 4. At what stress is the creep rate 1e-6 /s?",
        80 * 5 ** (1 / 4),
        "MPa",
    ),
    (
        "A stress exponent of 6 holds. By what factor does the creep rate increase when the load is doubled and the cross-section doubled too?",
        1.0,
        "dimensionless",
    ),
    # ---- two-temperature ratios of reciprocal quantities, and a rise asked of a fall
    (
        "With Q = 100 kJ/mol, what is the ratio of the viscosity at 700 K to that at 600 K?",
        1 / arr(100e3, 700, 600),
        "dimensionless",
    ),
    (
        "With Q = 100 kJ/mol, what is the ratio of the resistivity at 700 K to that at 600 K?",
        1 / arr(100e3, 700, 600),
        "dimensionless",
    ),
    (
        "With Q = 100 kJ/mol, what is the ratio of the creep life at 700 K to that at 600 K?",
        1 / arr(100e3, 700, 600),
        "dimensionless",
    ),
    (
        "With Q = 100 kJ/mol, what is the ratio of the reaction half-life at 700 K to that at 600 K?",
        1 / arr(100e3, 700, 600),
        "dimensionless",
    ),
    (
        "Q = 1.2 eV. By what factor does the diffusion coefficient rise on cooling from 900 K to 800 K?",
        None,
        "dimensionless",
    ),
    (
        "Q = 1.2 eV. By what factor does the diffusion coefficient fall on cooling from 900 K to 800 K?",
        math.exp(1.2 / K_B * (1 / 800 - 1 / 900)),
        "dimensionless",
    ),
    # ---- more durations asked as 'how many <unit>'
    (
        "Copper is plated at a current density of 20 mA/cm² from Cu2+. How many minutes for a 10 µm layer (ρ = 8.96 g/cm³)?",
        8.96 * 10e-4 * 2 * F / (63.546 * 0.020) / 60,
        "minute",
    ),
    (
        "Copper is plated at 5 A from Cu2+ onto a 100 cm² part. How many minutes for a 10 µm layer (ρ = 8.96 g/cm³)?",
        8.96 * 10e-4 * 2 * F / (63.546 * 0.050) / 60,
        "minute",
    ),
    (
        "How many hours does it take to deposit 10 g of zinc from Zn2+ at 2 A with a current efficiency of 80 %?",
        10 * 2 * F / (65.38 * 2 * 0.8) / 3600,
        "hour",
    ),
    (
        "A steel tank corrodes at 0.1 mm per year on the inside and 0.05 mm per year on the outside. The wall is 6 mm thick. How many years until it is perforated?",
        6 / 0.15,
        "year",
    ),
    (
        "A pipe wall 5 mm thick corrodes at 0.25 mm per year; it was installed 4 years ago. How many years remain until it is perforated?",
        16.0,
        "year",
    ),
    (
        "How many days does it take for a 1 mm deep carburized case if D = 1e-11 m²/s and the depth goes as √(Dt)?",
        1e-6 / 1e-11 / 86400,
        "day",
    ),
    (
        "A zinc coating 20 µm thick corrodes at 1 µm per year. How many months until 25 % of it remains?",
        15 * 12.0,
        "month",
    ),
]
