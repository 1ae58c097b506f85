"""A qualified quantity is not its sibling: weight-average is not number-average, true is not
engineering.

An average of one kind does not give one of another kind (Mw/Mn is the polydispersity, not 1), so a
number-average degree of polymerization asked from a weight-average molecular weight alone is refused.
A strain named true does not fill a symbol named as an engineering strain (e^ε − 1 is the engineering
strain); the relation written for true strain answers instead.
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter import answer
from matsci_jupyter.engines.answer.asked_conditions import average_refusal


def test_number_average_dp_from_a_weight_average_is_refused() -> None:
    a = answer(
        "A polypropylene has a weight-average molecular weight of 420 000 g/mol. Calculate its "
        "number-average degree of polymerization."
    )
    assert a.quantity is None and "average" in (a.reason or "")


def test_number_average_dp_from_a_number_average_is_still_answered() -> None:
    a = answer(
        "A polypropylene has a number-average molecular weight of 420 000 g/mol. Calculate its "
        "degree of polymerization."
    )
    assert a.quantity is not None
    mer = 3 * 12.011 + 6 * 1.008
    assert float(a.quantity.to("dimensionless").magnitude) == pytest.approx(420000 / mer, rel=2e-3)


def test_average_kinds_are_compared_between_ask_and_data() -> None:
    assert average_refusal(
        "The weight-average molar mass is 90 kg/mol. What is the number-average one?"
    )
    assert (
        average_refusal("The number-average molar mass is 90 kg/mol. Find the number-average DP.")
        is None
    )
    assert (
        average_refusal(
            "The weight-average and number-average molecular weights are 90 and 60 kg/mol. "
            "What is the number-average degree of polymerization?"
        )
        is None
    )


def test_true_strain_is_not_taken_for_an_engineering_strain() -> None:
    a = answer(
        "A bar is at an engineering stress of 380 MPa and a true strain of 0.22. What is the true "
        "stress?"
    )
    # taking 0.22 for the engineering strain would give 380 × 1.22 = 463.6 MPa
    assert a.quantity is None or float(a.quantity.to("MPa").magnitude) == pytest.approx(
        380 * math.exp(0.22), rel=1e-3
    )


def test_engineering_strain_still_gives_the_true_stress() -> None:
    a = answer(
        "A bar is at an engineering stress of 380 MPa and an engineering strain of 0.22. What is "
        "the true stress?"
    )
    assert a.quantity is not None
    assert float(a.quantity.to("MPa").magnitude) == pytest.approx(380 * 1.22, rel=1e-3)
