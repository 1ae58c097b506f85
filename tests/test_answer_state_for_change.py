"""A value at one state asked ('the final temperature', 'what temperature does it reach'), a change
computed (Q = mcΔT gives ΔT): refused. Main answered the temperature rise as the final temperature."""

from __future__ import annotations

import pytest

from matsci_jupyter.engines.answer.solver import solve

BLOCK = "A 1.5 kg nickel block (c = 444 J/(kg·K)) starting at 30 °C takes in 40 kJ of heat. "
RISE = 40e3 / (1.5 * 444)


@pytest.mark.parametrize(
    "ask",
    [
        "What is its final temperature in °C?",
        "What temperature does it reach, in °C?",
        "What is the block's new temperature in K?",
    ],
)
def test_state_asked_change_computed_is_refused(ask: str) -> None:
    answer = solve(BLOCK + ask)
    assert not answer.ok or answer.quantity.to("kelvin").magnitude == pytest.approx(
        303.15 + RISE, rel=1e-3
    )


@pytest.mark.parametrize(
    "ask",
    [
        "By how much does its temperature rise, in K?",
        "What is the temperature rise in K?",
        "What temperature change results, in °C?",
    ],
)
def test_change_asked_is_still_answered(ask: str) -> None:
    answer = solve(BLOCK.replace(" starting at 30 °C", "") + ask)
    assert answer.ok, answer.reason
    assert answer.quantity.to("delta_degC").magnitude == pytest.approx(RISE, rel=1e-3)


def test_a_plain_temperature_asked_is_not_a_rise() -> None:
    answer = solve(BLOCK + "What is the block's temperature afterwards, in °C?")
    assert not answer.ok or answer.quantity.to("degC").magnitude == pytest.approx(
        30 + RISE, rel=1e-3
    )


def test_how_much_with_a_change_verb_keeps_its_answer() -> None:
    # 'how much will it elongate when heated to …': a change, though the clause names a state
    question = (
        "A zinc rod is 0.50 m long at 10 °C. How much will it elongate when heated to 60 °C? "
        "α = 30e-6 1/°C. Give the answer in mm."
    )
    answer = solve(question)
    assert answer.ok, answer.reason
    assert answer.quantity.to("mm").magnitude == pytest.approx(30e-6 * 500 * 50, rel=1e-3)
