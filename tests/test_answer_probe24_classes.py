"""Classes found by probe round 23 (helper probe, session 29). Each was answered with a wrong number
on main (47bdc98):

* a grain count per square inch of a micrograph turned into an ASTM grain-size number when the
  question never says at what magnification the micrograph was taken (the count scales as the
  magnification squared, and the ASTM number is defined at 100×): it was read as if at 100×.

Refusals are told from answers by their reason: each refusal test checks what the reason says.
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.solver import solve


def _magnitude(question: str) -> float:
    answer = solve(question)
    assert answer.ok, answer.reason
    return float(answer.quantity.magnitude)


# ---- ASTM grain size: a count without a magnification is not a grain-size number
@pytest.mark.parametrize(
    "question",
    [
        "An etched brass shows 40 grains per square inch on its micrograph. Find the ASTM grain size number.",
        "We counted 18 grains per square inch on the print of a polished nickel sample. What ASTM grain-size "
        "number is that?",
        "A photomicrograph of a ferritic steel shows on average 75 grains per square inch. Determine "
        "its ASTM grain size number.",
        "The metallographer reports 12 grains per in² on the image. What is the ASTM grain size?",
    ],
)
def test_astm_number_from_count_without_magnification_is_refused(question: str) -> None:
    answer = solve(question)
    assert not answer.ok
    assert "magnification" in answer.reason


@pytest.mark.parametrize(
    ("question", "key"),
    [
        (
            "An etched brass shows 40 grains per square inch on a micrograph taken at 100×. Find the ASTM "
            "grain size number.",
            1 + math.log2(40),
        ),
        (
            "A photomicrograph at a magnification of 200× shows 18 grains per square inch. What is the ASTM "
            "grain-size number?",
            1 + math.log2(18 * 4),
        ),
        (
            "A micrograph taken at 100x shows 75 grains per square inch. Determine the ASTM grain size number.",
            1 + math.log2(75),
        ),
    ],
)
def test_astm_number_with_magnification_still_answered(question: str, key: float) -> None:
    assert _magnitude(question) == pytest.approx(key, rel=1e-6)
