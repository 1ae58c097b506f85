"""A value asked with its sign is refused when the relation gives only a magnitude; the same
question asking the magnitude (or naming the direction) keeps its answer."""

from __future__ import annotations

import pytest

from matsci_jupyter.engines.answer.relations import by_name
from matsci_jupyter.engines.answer.signed_ask import gives_magnitude, sign_asked
from matsci_jupyter.engines.answer.solver import solve

BAR = (
    "A brass bar is fixed between two rigid walls at 15 °C and warmed to 95 °C. Take E = 100 GPa "
    "and α = 19 × 10⁻⁶ per °C. "
)
MELT = (
    "Pure nickel melts at 1455 °C; its heat of fusion is 2.53 × 10⁹ J per cubic metre. For an "
    "undercooling of 80 K, "
)


def _answer(question: str):
    answer = solve(question)
    assert answer is not None
    return answer


@pytest.mark.parametrize(
    "ask",
    [
        "what is the thermal stress in MPa, with its sign?",
        "compute the thermal stress in MPa, including the sign.",
    ],
)
def test_a_signed_stress_is_not_given_as_a_magnitude(ask: str) -> None:
    answer = _answer(BAR + ask[0].upper() + ask[1:])
    assert answer.quantity is None
    assert "with its sign" in answer.reason and "magnitude" in answer.reason


def test_the_magnitude_of_the_same_stress_is_still_answered() -> None:
    answer = _answer(BAR + "What is the magnitude of the compressive stress in MPa?")
    assert answer.quantity is not None, answer.reason
    assert answer.quantity.to("MPa").magnitude == pytest.approx(100e3 * 19e-6 * 80, rel=1e-6)


def test_a_free_energy_change_on_freezing_asked_with_sign_is_refused() -> None:
    answer = _answer(MELT + "what is ΔG_v on freezing (liquid → solid) in MJ/m³, with its sign?")
    assert answer.quantity is None
    assert "sign" in answer.reason


def test_a_free_energy_change_on_freezing_of_unstated_sign_is_refused() -> None:
    answer = _answer(MELT + "what is the volume free-energy change on freezing in MJ/m³?")
    assert answer.quantity is None
    assert "negative below T_m" in answer.reason


def test_the_driving_force_for_freezing_is_still_answered() -> None:
    answer = _answer(
        MELT + "what is the driving force for solidification per unit volume in MJ/m³?"
    )
    assert answer.quantity is not None, answer.reason
    expected = 2.53e9 * 80 / (1455 + 273.15) / 1e6
    assert answer.quantity.to("MJ/m**3").magnitude == pytest.approx(expected, rel=1e-4)


@pytest.mark.parametrize(
    "text, asked",
    [
        ("Give the stress with its sign.", True),
        ("State the sign of the answer: negative if compressive.", True),
        ("Compressive values are negative.", True),
        ("Report the signed value.", True),
        ("What is the magnitude of the stress?", False),
        ("The sign of the Hall coefficient shows the carrier type.", False),
        ("A positive ion and a negative ion attract.", False),
    ],
)
def test_sign_asked_reads_the_ask_not_any_mention_of_sign(text: str, asked: bool) -> None:
    assert sign_asked(text) is asked


def test_magnitude_relations_are_told_from_signed_ones() -> None:
    assert gives_magnitude(by_name("thermal_stress"), "sigma_th")
    assert gives_magnitude(by_name("hall_coefficient_concentration"), "R_H")
    assert not gives_magnitude(by_name("hall_coefficient_concentration"), "n_c")
    assert not gives_magnitude(by_name("gibbs_helmholtz_constant_enthalpy"), "dG_2")


def test_a_stated_tension_positive_convention_gets_the_signed_thermal_stress() -> None:
    # warmed while held: compressive, σ = −EαΔT = −100e3 MPa × 19e-6 × 80 = −152 MPa (not +152)
    answer = _answer(
        BAR + "what is the thermal stress in MPa (tensile positive, compressive negative)?"
    )
    assert answer.quantity is not None, answer.reason
    assert answer.quantity.to("MPa").magnitude == pytest.approx(-152.0, rel=1e-6)
