"""The ratio of an Arrhenius quantity at two temperatures: which temperature is on top is read from the
wording, and a question that does not say it gets no number."""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.solver import solve

K_B, R = 8.617333262e-5, 8.314462618


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "The energy for vacancy formation in aluminum is 0.75 eV/atom. Calculate the ratio of the "
            "number of vacancies at 600 °C to that at 300 °C.",
            math.exp(-0.75 / K_B * (1 / 873.15 - 1 / 573.15)),
        ),
        (
            "The vacancy formation energy of Cu is 0.9 eV. By what factor does the vacancy "
            "concentration increase from 500 K to 1000 K?",
            math.exp(-0.9 / K_B * (1 / 1000 - 1 / 500)),
        ),
        (
            "The activation energy for diffusion of C in Fe is 148 kJ/mol. How many times larger is the "
            "diffusion coefficient at 1000 °C than at 800 °C?",
            math.exp(-148000 / R * (1 / 1273.15 - 1 / 1073.15)),
        ),
    ],
)
def test_the_wording_says_which_temperature_is_on_top(question, expected):
    a = solve(question)
    assert a.quantity is not None, a.reason
    assert float(a.quantity.magnitude) == pytest.approx(expected, rel=1e-4)


@pytest.mark.parametrize(
    "question",
    [
        # 'at 1000 K and 1200 K': which one is on top is not said
        "The activation energy for diffusion is 150 kJ/mol. What is the ratio of the diffusion "
        "coefficients at 1000 K and 1200 K?",
        # the exponent of an intrinsic semiconductor has a factor 2: not this handler's law
        "An intrinsic semiconductor has a band gap of 1.1 eV. What is the ratio of its conductivity at "
        "350 K to that at 300 K?",
    ],
)
def test_no_number_when_the_order_or_the_law_is_not_plain(question):
    a = solve(question)
    assert a.quantity is None or a.relation != "arrhenius_ratio_two_temperatures"
