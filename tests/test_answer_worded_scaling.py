"""A stated value changed in words ('if the gap is doubled') is not silently ignored.

A scaling written as a word is read as no given, so an answer would be for the unscaled value: the
question is refused and says why. A factor in digits ('by a factor of 1 500') is a given, and a
question with no scaling keeps its answer.
"""

from __future__ import annotations

import pytest

from matsci_jupyter import answer
from matsci_jupyter.engines.answer.asked_conditions import scaling_refusal


def test_force_with_the_separation_doubled_is_refused() -> None:
    a = answer(
        "Charges of 4.0 µC and 1.5 µC sit 0.30 m apart. What force acts between them if their "
        "separation is doubled?"
    )
    assert a.quantity is None and "in words" in (a.reason or "")


def test_force_at_the_stated_separation_is_still_answered() -> None:
    a = answer("Charges of 4.0 µC and 1.5 µC sit 0.60 m apart. What force acts between them?")
    assert a.quantity is not None
    assert float(a.quantity.to("N").magnitude) == pytest.approx(
        8.9875517923e9 * 6.0e-12 / 0.36, rel=1e-4
    )


@pytest.mark.parametrize(
    "text",
    [
        "What is the stress when the load is halved?",
        "Find the resistance of a wire twice as long.",
        "What happens after a tenfold increase in current?",
    ],
)
def test_worded_scalings_are_found(text: str) -> None:
    assert scaling_refusal(text)


@pytest.mark.parametrize(
    "text",
    [
        "Heating raises the vacancy concentration by a factor of 1 500. Find Q.",
        "The half-life is 5 days. What fraction remains?",
    ],
)
def test_numbers_and_look_alike_words_are_no_scaling(text: str) -> None:
    assert scaling_refusal(text) is None


def test_a_worded_factor_the_answer_uses_is_no_objection() -> None:
    q = "The rate triples between 450 °C and 490 °C. Find Q."
    assert scaling_refusal(q, ["'triples': rate₂/rate₁ = 3", "T1: 450 °C = 723.1 K"]) is None
    assert scaling_refusal(q, ["temperature: 300 K"])
    # a given that happens to equal the factor is no reading of the word
    assert scaling_refusal("Charges of 2 µC … if the gap is doubled?", ["charge: 2 µC"])
