"""A volume (cubical) expansion coefficient is never used as the linear one (lead, session 29).

Found by the lead's own probes of the new density-fall relation: main already read 'volumetric
expansion coefficient 69e-6 /K' as α_l in ΔL = α_l L₀ ΔT (6.9 mm for a 1 m rod heated 100 K, three
times the linear reading's 2.3 mm). Each must-refuse case below is a wording of that class; each
keyed case checks the linear reading is still answered.
"""

from __future__ import annotations

import pytest

from matsci_jupyter.engines.answer.expansion_coefficient import volume_coefficient_refusal
from matsci_jupyter.engines.answer.solver import solve

REFUSE = [
    "A copper bar 1.5 m long with a volumetric expansion coefficient of 5.1e-5 /K is warmed by "
    "60 K. How much longer does it get, in mm?",
    "The coefficient of volume expansion of a 2 m steel rod is 3.6e-5 K^-1. Find its change in "
    "length in mm when heated through 100 °C.",
    "A solid whose cubical expansion coefficient is 4.5e-5 per K is heated by 250 K. By what "
    "percentage does its density decrease?",
    "Given β = 6.0e-5 /K for a 0.8 m rod heated by 120 K, what is the elongation in mm?",
]
ANSWER = [
    # ΔL = α L0 ΔT = 1.7e-5 × 1500 mm × 60 K = 1.53 mm
    (
        "A copper bar 1.5 m long with a linear expansion coefficient of 1.7e-5 /K is warmed by "
        "60 K. How much longer does it get, in mm?",
        1.53,
    ),
    # a volume named elsewhere in the question does not make α a volume coefficient:
    # ΔL = 9e-6 × 1000 mm × 100 K = 0.9 mm
    (
        "A glass sample has a volume of 2 cm^3 and an expansion coefficient of 9e-6 /K. What is "
        "the change in length of a 1 m rod of the same glass heated by 100 K, in mm?",
        0.9,
    ),
]


@pytest.mark.parametrize("question", REFUSE)
def test_a_volume_coefficient_is_not_read_as_the_linear_one(question: str) -> None:
    answer = solve(question)
    assert answer.quantity is None
    assert answer.reason


@pytest.mark.parametrize(("question", "key"), ANSWER)
def test_the_linear_coefficient_is_still_answered(question: str, key: float) -> None:
    answer = solve(question)
    assert answer.quantity is not None, answer.reason
    assert float(answer.quantity.to("mm").magnitude) == pytest.approx(key, rel=0.01)


def test_the_reason_names_the_volume_coefficient() -> None:
    answer = solve(REFUSE[0])
    assert "volume" in (answer.reason or "") and "linear" in (answer.reason or "")


def test_the_guard_reads_only_the_clause_before_the_value() -> None:
    class _Given:
        def __init__(self, start: int) -> None:
            self.start = start

    class _Binding:
        source = "question"

        def __init__(self, start: int) -> None:
            self.given = _Given(start)

    text = "The part has a volume expansion of 2 %. Its expansion coefficient is 1.2e-5 /K."
    at = text.index("1.2e-5")
    assert volume_coefficient_refusal({"alpha": _Binding(at)}, text) is None
    text2 = "Its volume expansion coefficient is 3.6e-5 /K."
    assert volume_coefficient_refusal({"alpha": _Binding(text2.index("3.6e-5"))}, text2)
    assert volume_coefficient_refusal({}, text2) is None
