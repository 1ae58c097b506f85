"""Classes found by probe round 21 (helper probe22): a ratio at two temperatures asked of a time, of
a length, or with a temperature restated in the set-up, is never answered with the ratio of rates.

A rate goes as exp(−Q/RT); the time to reach a state as exp(+Q/RT) (the reciprocal ratio); a
diffusion length reached in a fixed time as √(Dt) and a layer by its own growth law. Each test fails
on int26 (6d52f31), where all of these were answered with the exp(−Q/RT) ratio.
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.arrhenius_asked import ratio_kind
from matsci_jupyter.engines.answer.solver import solve

R = 8.314462618


def _rate_ratio(q: float, t1: float, t2: float) -> float:
    """Rate at t1 over rate at t2 (q in J/mol, temperatures in K)."""
    return math.exp(-q / R * (1 / t1 - 1 / t2))


@pytest.mark.parametrize(
    ("asked", "kind"),
    [
        ("what is the ratio of the time required at 800 K to that at 850 K", "time"),
        ("find the ratio of the annealing duration at 700 °C to that at 750 °C", "time"),
        ("how many times longer is the treatment at the lower temperature", "time"),
        ("what is the ratio of the case depth at 900 °C to that at 950 °C", "length"),
        ("the ratio of the scale thickness formed at 800 K to that at 900 K", "length"),
        ("what is the ratio of the diffusivity at 800 K to that at 850 K", None),
        ("what is the ratio of the reaction rate at 800 K to that at 850 K", None),
        ("how many times faster is the process at 850 K", None),
    ],
)
def test_ratio_kind_names_the_quantity_after_ratio_of(asked: str, kind: str | None) -> None:
    assert ratio_kind(asked) == kind


def test_time_ratio_is_the_reciprocal_of_the_rate_ratio() -> None:
    q = (
        "Sintering is limited by grain-boundary diffusion with an activation energy of 200 kJ/mol. "
        "Find the ratio of the time required at 1400 K to that at 1500 K."
    )
    answer = solve(q)
    assert answer.ok, answer.reason
    got = float(answer.quantity.to("dimensionless").magnitude)
    assert got == pytest.approx(1 / _rate_ratio(200e3, 1400, 1500), rel=1e-3)


@pytest.mark.parametrize(
    "question",
    [
        "Interdiffusion has an activation energy of 180 kJ/mol. For equal annealing times, what "
        "is the ratio of the diffusion distance at 1000 °C to that at 900 °C?",
        "Carbon diffusion in austenite has an activation energy of 148 kJ/mol. What is the ratio of "
        "the depth reached at 950 °C to that at 900 °C in equal times?",
        "A scale grows by a thermally activated mechanism (activation energy 140 kJ/mol). Give the "
        "ratio of the scale thickness after one day at 1200 K to that at 1100 K.",
    ],
)
def test_length_ratio_is_refused_with_a_reason(question: str) -> None:
    answer = solve(question)
    assert not answer.ok
    assert answer.reason


def test_length_ratio_reason_names_the_length() -> None:
    answer = solve(
        "Carbon diffusion in austenite has an activation energy of 148 kJ/mol. What is the ratio "
        "of the case depth at 950 °C to that at 900 °C for the same carburizing time?"
    )
    assert not answer.ok
    assert answer.reason and "ratio asked is of a length" in answer.reason


@pytest.mark.parametrize(
    ("question", "key"),
    [
        (
            "A specimen is first held at 1200 K. The activation energy for diffusion is 160 kJ/mol. "
            "What is the ratio of the diffusion coefficient at 1100 K to that at 1200 K?",
            _rate_ratio(160e3, 1100, 1200),
        ),
        (
            "The activation energy for diffusion is 160 kJ/mol. The diffusivity is 4e-13 m²/s at "
            "1200 K. What is the ratio of the diffusivity at 1100 K to that at 1200 K?",
            _rate_ratio(160e3, 1100, 1200),
        ),
        (
            "Activation energy: 250 kJ/mol. The usual schedule is 3 h at 1050 K. What is the ratio "
            "of the time at 1000 K to that at 1050 K?",
            1 / _rate_ratio(250e3, 1000, 1050),
        ),
    ],
)
def test_restated_temperature_keeps_the_ratio_order(question: str, key: float) -> None:
    answer = solve(question)
    assert answer.ok, answer.reason
    got = float(answer.quantity.to("dimensionless").magnitude)
    assert got == pytest.approx(key, rel=1e-3)


def test_third_temperature_is_refused() -> None:
    answer = solve(
        "The activation energy is 250 kJ/mol; the furnace idles at 700 K. What is the ratio of "
        "the time at 1000 K to that at 1050 K?"
    )
    assert not answer.ok
    assert answer.reason and "which temperature is on top" in answer.reason


def test_plain_rate_ratio_still_answered() -> None:
    answer = solve(
        "The activation energy for diffusion is 160 kJ/mol. What is the ratio of the diffusion "
        "coefficient at 1100 K to that at 1200 K?"
    )
    assert answer.ok
    got = float(answer.quantity.to("dimensionless").magnitude)
    assert got == pytest.approx(_rate_ratio(160e3, 1100, 1200), rel=1e-3)


def test_a_time_ratio_states_the_time_relation_in_its_working():
    from matsci_jupyter.engines.answer.solver import solve

    answer = solve(
        "The activation energy for grain growth is 150 kJ/mol. An anneal takes 1 h at 1000 K. What is "
        "the ratio of the time at 900 K to that at 1000 K?"
    )
    assert answer.ok, answer.reason
    assert "exp(+Q/kT)" in answer.steps[0]
