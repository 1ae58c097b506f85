"""Perfect-gas staples (isothermal ΔG and Δμ, reversible adiabats) and textbook boilerplate that states
defaults ('data refer to 298.15 K unless otherwise stated'), which is not a given."""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.solver import solve

R = 8.314462618


def test_chemical_potential_change_ignores_the_boilerplate_temperature():
    q = (
        "Assume that all gases are perfect and that data refer to 298.15 K unless otherwise stated. "
        "Calculate the change in chemical potential of a perfect gas when its pressure is increased "
        "isothermally from 2.0 atm to 20.0 atm at 50 °C. Give the answer in kJ/mol."
    )
    a = solve(q)
    assert a.quantity is not None, a.reason
    assert a.quantity.to("kJ/mol").magnitude == pytest.approx(
        R * 323.15 * math.log(10) / 1000, rel=1e-4
    )


def test_isothermal_gibbs_energy_from_volumes():
    q = (
        "Suppose that 4.0 mmol of an ideal gas occupies 50 cm^3 at 310 K and expands isothermally to "
        "500 cm^3. Calculate ΔG for the process in J."
    )
    a = solve(q)
    assert a.quantity is not None, a.reason
    assert a.quantity.to("J").magnitude == pytest.approx(
        4.0e-3 * R * 310 * math.log(50 / 500), rel=1e-4
    )


def test_a_boilerplate_default_is_not_a_given():
    from matsci_jupyter.engines.answer.solver import read_question

    reading, _ = read_question(
        "Unless otherwise stated, thermodynamic data are for 298.15 K. A gas is at 350 K. What is it?"
    )
    assert [
        round(float(g.quantity.to("K").magnitude)) for g in reading.givens if g.quantity is not None
    ] == [350]


def test_a_final_answer_unit_that_cannot_be_read_is_refused():
    a = solve(
        "A perfect gas expands reversibly and adiabatically from 100 kPa and 1.0 dm^3 to a final volume of "
        "3.0 dm^3. Take γ = 1.4. Calculate the final pressure. Give the answer in kPz."
    )
    assert a.quantity is None
    assert "kPz" in a.reason


def test_a_final_answer_unit_with_a_slipped_case_is_read_as_meant():
    a = solve(
        "A perfect gas expands reversibly and adiabatically from 100 kPa and 1.0 dm^3 to a final volume of "
        "3.0 dm^3. Take γ = 1.4. Calculate the final pressure. Give the answer in kPA."
    )
    assert a.quantity is not None, a.reason
    assert a.quantity.to("kPa").magnitude == pytest.approx(100 * 3.0**-1.4, rel=1e-3)


def test_reversible_adiabatic_final_pressure():
    a = solve(
        "A perfect gas expands reversibly and adiabatically from 100 kPa and 1.0 dm^3 to a final volume of "
        "3.0 dm^3. Take γ = 1.4. Calculate the final pressure in kPa."
    )
    assert a.quantity is not None, a.reason
    assert a.quantity.to("kPa").magnitude == pytest.approx(100 * (1 / 3) ** 1.4, rel=1e-4)
