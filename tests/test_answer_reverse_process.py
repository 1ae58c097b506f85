"""A question about the reverse of a process is not answered with the forward relation.

ΔG, K and an emf are written for the reaction as stated; the reverse flips the sign of ΔG and inverts
K. 'Of the reverse reaction', 'written in reverse', 'run backwards' are refused; the forward question
and 'fully reversed' loading (a fatigue cycle, not a process run backwards) keep their answers.
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter import answer


@pytest.mark.parametrize(
    "ask",
    [
        "What is the equilibrium constant of the reverse reaction?",
        "What equilibrium constant applies to the reaction written in reverse?",
    ],
)
def test_constant_of_the_reverse_reaction_is_refused(ask: str) -> None:
    a = answer(f"At 900 K a reaction has a standard Gibbs energy change of −15 kJ/mol. {ask}")
    assert a.quantity is None and "reverse" in (a.reason or "")


def test_constant_of_the_stated_reaction_is_still_answered() -> None:
    a = answer(
        "At 900 K a reaction has a standard Gibbs energy change of −15 kJ/mol. What is its "
        "equilibrium constant?"
    )
    assert a.quantity is not None
    assert float(a.quantity.to("dimensionless").magnitude) == pytest.approx(
        math.exp(15000 / (8.314462618 * 900)), rel=1e-3
    )


def test_gibbs_energy_of_the_cell_run_backwards_is_refused() -> None:
    a = answer(
        "A cell gives an emf of 0.62 V with two electrons per formula unit. What is ΔG of the cell "
        "reaction run backwards, in kJ/mol?"
    )
    assert a.quantity is None


def test_gibbs_energy_of_the_cell_reaction_is_still_answered() -> None:
    a = answer(
        "A cell gives an emf of 0.62 V with two electrons per formula unit. What is ΔG of the cell "
        "reaction, in kJ/mol?"
    )
    assert a.quantity is not None
    assert float(a.quantity.to("kJ/mol").magnitude) == pytest.approx(-2 * 96.485 * 0.62, rel=1e-3)


def test_fully_reversed_loading_is_no_reverse_process() -> None:
    a = answer(
        "Under fully reversed loading a steel follows σa = σ'f(2Nf)^b with σ'f = 1000 MPa and "
        "b = −0.09. How many cycles Nf does it last at an amplitude of 400 MPa?"
    )
    assert a.quantity is not None
