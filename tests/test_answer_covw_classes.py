"""Three coverage classes of sets S–V (heldout18–21), covered as classes, in our own words.

* **Creep-rate factor at one temperature** (creep_factor.py): (σ₂/σ₁)ⁿ, the stress change written
  as two stresses or in words ('doubled', 'lowered by 20 %'), the exponent as digits or words ('three
  and a half'); an activation energy, if given, cancels. Refused or left alone: a direction asked
  against the stresses, a temperature that changes too.
* **Galvanic and concentration cells from tabulated potentials** (galvanic_cell.py): two metals in
  solutions of their ions (Callister Table 17.1, Nernst), ions of different charges, one metal in two
  solutions of a salt. Left alone: a temperature other than 25 °C, a question that writes its own E°.
* **Pilling–Bedworth ratio with labelled densities** (pilling_bedworth.py): 'ρ(Cr) = …',
  'Zn: 65.38 g/mol, 7.14 g/cm³' lists, 'the density of … and that of …', '… for NiO', a further part
  asking in words whether the scale protects. Left alone: two oxides, a further numeric part.
"""

from __future__ import annotations

import math

import pytest
from answer_helpers import refusal_reason as _refused
from answer_helpers import solved_value as _value

R = 8.314462618  # J/(mol·K)
F = 96485.33212  # C/mol
RT_F = R * 298.15 / F  # V


def _close(got: float, want: float, rel: float = 1e-3) -> None:
    assert math.isclose(got, want, rel_tol=rel), (got, want)


# ------------------------------------------------------------------ creep-rate factor


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "A cobalt alloy creeps by a power law with a stress exponent of six. The load is doubled "
            "while the temperature is held constant. By what factor does the creep rate increase?",
            2.0**6,
        ),
        (
            "In power-law creep a turbine alloy shows a stress exponent of three and a half. If the "
            "stress is tripled at the same temperature, how many times faster does it creep "
            "(by how many times does the creep rate rise)?",
            3.0**3.5,
        ),
        (
            "Steady-state creep follows ε̇ = A σ^n exp(−Q/RT) with n = 4.2 and Q = 250 kJ/mol. At "
            "800 °C the stress is raised from 40 MPa to 55 MPa. By what factor does the creep rate "
            "go up?",
            (55 / 40) ** 4.2,
        ),
        (
            "A solder creeps with a stress exponent n = 3. At constant temperature the stress is "
            "reduced by 25 %. By what factor does the creep rate decrease?",
            1 / 0.75**3,
        ),
        (
            "A lead alloy has a creep stress exponent of 5. The stress is increased from 2000 psi "
            "to 2500 psi at constant temperature. By what factor does the steady-state creep rate "
            "increase?",
            1.25**5,
        ),
    ],
)
def test_creep_rate_factor(question: str, want: float) -> None:
    _close(_value(question, "dimensionless"), want)


def test_creep_factor_direction_against_the_stresses_is_refused() -> None:
    why = _refused(
        "A cobalt alloy creeps with a stress exponent of 5. At constant temperature the stress is "
        "lowered from 80 MPa to 50 MPa. By what factor does the creep rate increase?"
    )
    assert "direction" in why


def test_creep_factor_with_a_temperature_change_is_not_answered_by_the_stress_law() -> None:
    # the temperature changes too and no activation energy is given: no number
    _refused(
        "A cobalt alloy creeps with n = 5. The stress is raised from 50 MPa to 80 MPa and the "
        "temperature from 600 °C to 650 °C. By what factor does the creep rate increase?"
    )


# ------------------------------------------------------------------ galvanic and concentration cells


def _cell(e_cathode: float, e_anode: float, n: int, quotient: float) -> float:
    return (e_cathode - e_anode) - RT_F / n * math.log(quotient)


@pytest.mark.parametrize(
    ("question", "unit", "want"),
    [
        (
            "A Daniell cell is set up at 25 °C with a zinc rod in 0.30 M Zn2+ and a copper rod in "
            "0.015 M Cu2+. Find the cell voltage in volts.",
            "V",
            _cell(0.340, -0.763, 2, 0.30 / 0.015),
        ),
        (
            "A nickel electrode in 0.40 M Ni²⁺ and an iron electrode in 0.0050 M Fe²⁺ form a galvanic "
            "cell at 25 °C. Using standard electrode potentials, what is the cell potential in mV?",
            "mV",
            1000 * _cell(-0.250, -0.440, 2, 0.0050 / 0.40),
        ),
        (
            "Estimate the emf of a cell made of a magnesium electrode in 0.1 M Mg2+ and a silver "
            "electrode in 0.02 M Ag+ at 25 °C (V).",
            "V",
            _cell(0.800, -2.363, 2, 0.1 / 0.02**2),
        ),
        (
            "Two zinc electrodes stand in ZnSO4 solutions of 0.8 mol/L and 0.002 mol/L joined by a "
            "salt bridge at 25 °C. What is the emf of this concentration cell, in millivolts?",
            "mV",
            1000 * RT_F / 2 * math.log(0.8 / 0.002),
        ),
    ],
)
def test_cell_voltage_from_tabulated_potentials(question: str, unit: str, want: float) -> None:
    _close(_value(question, unit), want)


def test_cell_away_from_25_celsius_is_not_answered_from_the_table() -> None:
    _refused(
        "A cell has a zinc electrode in 0.30 M Zn2+ and a copper electrode in 0.015 M Cu2+ at "
        "90 °C. Find the cell voltage in volts."
    )


# ------------------------------------------------------------------ Pilling–Bedworth ratio


def _pbr(m_ox: float, rho_m: float, a: int, m_m: float, rho_ox: float) -> float:
    return m_ox * rho_m / (a * m_m * rho_ox)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "Chromium oxidises to Cr₂O₃. Given (i) ρ(Cr) = 7.19 g/cm³, (ii) ρ(Cr₂O₃) = 5.22 g/cm³, "
            "(iii) M(Cr) = 52.00 g/mol, (iv) M(Cr₂O₃) = 152.0 g/mol: compute the Pilling–Bedworth "
            "ratio and say in words whether the film protects.",
            _pbr(152.0, 7.19, 2, 52.00, 5.22),
        ),
        (
            "Work out the Pilling–Bedworth ratio for zinc and its oxide.\n- Zn: 65.38 g/mol, "
            "7.14 g/cm³\n- ZnO: 81.38 g/mol, 5.61 g/cm³",
            _pbr(81.38, 7.14, 1, 65.38, 5.61),
        ),
        (
            "The density of nickel is 8.9 g/cm3 and that of NiO is 6.7 g/cm3. What is the "
            "Pilling-Bedworth ratio of nickel?",
            _pbr(74.69, 8.9, 1, 58.69, 6.7),
        ),
        (
            "(a) Find the P-B ratio for copper forming Cu2O, taking 8.96 g/cm³ for Cu and 6.0 g/cm³ "
            "for Cu2O. (b) Is the scale expected to be protective? Explain why.",
            _pbr(143.09, 8.96, 2, 63.546, 6.0),
        ),
    ],
)
def test_pilling_bedworth_with_labelled_densities(question: str, want: float) -> None:
    _close(_value(question, "dimensionless"), want, rel=2e-3)


def test_pilling_bedworth_with_two_oxides_is_refused() -> None:
    _refused(
        "Iron forms FeO and Fe2O3. The density of iron is 7.87 g/cm3 and that of the oxide is "
        "5.7 g/cm3. What is the Pilling-Bedworth ratio?"
    )


def test_pilling_bedworth_with_a_second_numeric_part_is_refused() -> None:
    _refused(
        "(a) Compute the Pilling–Bedworth ratio for nickel forming NiO (ρ(Ni) = 8.90 g/cm³, "
        "ρ(NiO) = 6.67 g/cm³). (b) Calculate the mass gain after 3 h in mg/cm²."
    )


# ------------------------------------------------------------------ a duration asked as a count of units

_LAYER = (
    "A cadmium layer 25 µm thick dissolves uniformly at a current density of 4.0 µA/cm². "
    "Cd: M = 112.41 g/mol, ρ = 8.65 g/cm³, Cd → Cd2+. "
)


def _layer_seconds(thickness: float, i: float, molar: float, n: int, rho: float) -> float:
    """Seconds to dissolve a layer (SI inputs: m, A/m², kg/mol, -, kg/m³)."""
    return thickness * n * F * rho / (i * molar)


@pytest.mark.parametrize(
    ("ask", "unit", "per"),
    [
        ("How many days until the layer is gone?", "day", 86400.0),
        ("How many hours will the layer last?", "hour", 3600.0),
    ],
)
def test_duration_asked_as_a_count_of_time_units(ask: str, unit: str, per: float) -> None:
    seconds = _layer_seconds(25e-6, 4.0e-2, 112.41e-3, 2, 8650.0)
    _close(_value(_LAYER + ask, unit), seconds / per)


def test_micro_prefix_typed_as_u() -> None:
    question = (
        "A cadmium layer 25 um thick dissolves uniformly at a current density of 4.0 uA/cm2. "
        "Cd: M = 112.41 g/mol, rho = 8.65 g/cm3, Cd -> Cd2+. How long does the layer last, in days?"
    )
    seconds = _layer_seconds(25e-6, 4.0e-2, 112.41e-3, 2, 8650.0)
    _close(_value(question, "day"), seconds / 86400.0)


def test_count_of_days_per_year_is_not_read_as_a_duration() -> None:
    from matsci_jupyter.engines.answer.time_count_ask import duration_count_ask

    question = "A furnace runs 300 days per year. How many days per year is it idle?"
    assert duration_count_ask(question) == question


def test_pilling_bedworth_asked_metal_over_oxide_is_not_the_ratio() -> None:
    from matsci_jupyter.engines.answer.pilling_bedworth import try_pilling_bedworth

    question = (
        "Cobalt (8.90 g/cm³) oxidises to CoO (6.44 g/cm³). Give the Pilling–Bedworth ratio as the "
        "ratio of metal to oxide volume, V_metal/V_oxide."
    )
    assert try_pilling_bedworth(question) is None


def test_duration_counted_from_another_moment_is_left_as_written() -> None:
    from matsci_jupyter.engines.answer.time_count_ask import duration_count_ask

    question = (
        "A coating is half gone after 3 years. Counting from that moment, how many years until it "
        "is gone completely?"
    )
    assert duration_count_ask(question) == question
