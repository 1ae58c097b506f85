"""Class tests (helper chg, issue 11): the change of a quantity between a stated base state and a new
one, asked as a difference in a unit ('how many hours shorter', 'by how much (in GPa) … lower').

Our own wording throughout. Expected values are worked by hand from the relation each question
names: t₂ = t₁·exp[(Q/R)(1/T₂ − 1/T₁)] for the same diffusion profile; E = E₀(1 − 1.9P + 0.9P²).
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.solver import solve

R = 8.314


def _same_profile_time(t1_h: float, t1_c: float, t2_c: float, q_j: float) -> float:
    """Hours at the new temperature for the same profile (Arrhenius D, Dt constant)."""
    return t1_h * math.exp(q_j / R * (1 / (t2_c + 273.15) - 1 / (t1_c + 273.15)))


def _porous(e0: float, p: float) -> float:
    """Modulus of a ceramic with volume fraction porosity p, in the unit of e0."""
    return e0 * (1 - 1.9 * p + 0.9 * p * p)


def _value(answer, unit: str) -> float:
    assert answer.quantity is not None, answer.reason
    return float(answer.quantity.to(unit).magnitude)


@pytest.mark.parametrize(
    ("question", "unit", "expected"),
    [
        (
            "A nitriding treatment takes 8 h at 520 °C. The activation energy is 150 kJ/mol. If the "
            "furnace is run at 560 °C instead of 520 °C, how many hours shorter is the treatment for "
            "the same depth?",
            "hour",
            8 - _same_profile_time(8, 520, 560, 150e3),
        ),
        (
            "A diffusion anneal gives the wanted profile in 12 h at 800 °C (Q = 180 kJ/mol). How many "
            "hours longer would the anneal take at 760 °C for the same profile?",
            "hour",
            _same_profile_time(12, 800, 760, 180e3) - 12,
        ),
        (
            "A diffusion anneal gives the wanted profile in 12 h at 800 °C (Q = 180 kJ/mol). How many "
            "minutes shorter would the anneal be at 830 °C for the same profile?",
            "minute",
            60 * (12 - _same_profile_time(12, 800, 830, 180e3)),
        ),
    ],
)
def test_time_difference_between_two_temperatures(
    question: str, unit: str, expected: float
) -> None:
    answer = solve(question)
    assert _value(answer, unit) == pytest.approx(expected, rel=1e-3)
    assert any("base value" in s for s in answer.steps)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "A porous silicon carbide part has 10 vol% porosity; dense SiC has E0 = 430 GPa. Using "
            "E = E0(1 - 1.9P + 0.9P^2), how much lower, in GPa, is the modulus of the porous part?",
            430 - _porous(430, 0.10),
        ),
        (
            "Using E = E0(1 - 1.9P + 0.9P^2) with E0 = 300 GPa for the dense oxide, by how much "
            "(in GPa) does 12 vol% porosity reduce the modulus?",
            300 - _porous(300, 0.12),
        ),
    ],
)
def test_modulus_lowered_by_porosity(question: str, expected: float) -> None:
    assert _value(solve(question), "GPa") == pytest.approx(expected, rel=1e-3)


def test_direction_against_the_data_is_refused() -> None:
    # porosity lowers the modulus; asking how much it raises it gets no number, and says why
    answer = solve(
        "Using E = E0(1 - 1.9P + 0.9P^2) with E0 = 300 GPa for the dense oxide, by how much "
        "(in GPa) is the modulus raised by 12 vol% porosity?"
    )
    assert answer.quantity is None
    assert "other way" in (answer.reason or "")


def test_longer_asked_when_the_time_falls_is_refused() -> None:
    answer = solve(
        "A nitriding treatment takes 8 h at 520 °C. The activation energy is 150 kJ/mol. If it were "
        "done at 560 °C instead, how many hours longer would the treatment take for the same depth?"
    )
    assert answer.quantity is None
    assert "other way" in (answer.reason or "")


def test_ratio_ask_is_not_answered_as_a_difference() -> None:
    # 'how many times shorter' is a ratio, not a change in hours
    answer = solve(
        "A diffusion anneal gives the wanted profile in 12 h at 800 °C (Q = 180 kJ/mol). How many "
        "times shorter would the anneal be at 830 °C for the same profile?"
    )
    assert answer.quantity is None or answer.quantity.dimensionless


def test_two_base_values_are_refused() -> None:
    answer = solve(
        "Using E = E0(1 - 1.9P + 0.9P^2) with E0 = 300 GPa for the dense oxide and 350 GPa for a "
        "second oxide, by how much (in GPa) is the modulus lowered by 12 vol% porosity?"
    )
    assert answer.quantity is None
    assert "internal error" not in (answer.reason or "")


def test_value_asks_are_unchanged() -> None:
    # the value at the new state is still answered as a value, not as a change
    answer = solve(
        "A diffusion anneal gives the wanted profile in 12 h at 800 °C (Q = 180 kJ/mol). How long "
        "would the anneal take at 830 °C for the same profile, in hours?"
    )
    assert _value(answer, "hour") == pytest.approx(
        _same_profile_time(12, 800, 830, 180e3), rel=1e-3
    )


# ---- no base value stated: the quantity is solved at each of the two states (per_state_change)

_HP = "For a steel, σ0 = 70 MPa and ky = 0.74 MPa·m^0.5. "


def _hall_petch(d_um: float) -> float:
    """Yield strength in MPa at grain diameter d (µm), σ0 = 70 MPa, k = 0.74 MPa·m^½."""
    return 70 + 0.74 / math.sqrt(d_um * 1e-6)


@pytest.mark.parametrize(
    ("ask", "unit", "expected"),
    [
        (
            "By what percentage does the yield strength increase when the grain diameter is "
            "refined from 40 µm to 10 µm?",
            "percent",
            100 * (_hall_petch(10) / _hall_petch(40) - 1),
        ),
        (
            "By how much (in MPa) does the yield strength increase when the grain diameter is "
            "refined from 40 µm to 10 µm?",
            "MPa",
            _hall_petch(10) - _hall_petch(40),
        ),
        (
            # a decrease of a falling quantity is positive, and the base is the FIRST state (10 µm)
            "By what percentage does the yield strength decrease when the grains coarsen from "
            "10 µm to 40 µm?",
            "percent",
            100 * (1 - _hall_petch(40) / _hall_petch(10)),
        ),
    ],
)
def test_change_between_two_solved_states(ask: str, unit: str, expected: float) -> None:
    answer = solve(_HP + ask)
    assert _value(answer, unit) == pytest.approx(expected, rel=1e-3)
    assert any("state 1" in s for s in answer.steps)


def test_per_state_direction_against_the_data_is_refused() -> None:
    answer = solve(
        _HP + "By what percentage does the yield strength decrease when the grain diameter is "
        "refined from 40 µm to 10 µm?"
    )
    assert answer.quantity is None
    assert "other way" in (answer.reason or "")


def test_two_variables_changing_are_refused() -> None:
    answer = solve(
        "For a steel, σ0 rises from 70 MPa to 90 MPa and ky = 0.74 MPa·m^0.5. By what percentage "
        "does the yield strength increase when the grain diameter is refined from 40 µm to 10 µm?"
    )
    assert answer.quantity is None
    assert "internal error" not in (answer.reason or "")


def test_factor_ask_is_not_a_percentage() -> None:
    # 'by what factor' is a ratio; the per-state reader must not answer it as a change
    answer = solve(
        _HP + "By what factor does the yield strength increase when the grain diameter is refined "
        "from 40 µm to 10 µm?"
    )
    assert answer.relation is None or "per_state_change" not in answer.relation
