"""Classes found by probe round 23 (helper probe, session 29). Each was answered with a wrong number
on main (47bdc98):

* a grain count per square inch of a micrograph turned into an ASTM grain-size number when the
  question never says at what magnification the micrograph was taken (the count scales as the
  magnification squared, and the ASTM number is defined at 100×): it was read as if at 100×;
* a lever-rule alloy named by both of its contents ('a 40 wt% Sn–60 wt% Pb alloy') had its
  composition read as the content of the other component (60, lead) while the phase compositions
  were given in wt% of the first (tin).

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


# ---- lever rule: the alloy composition must be of the phases' component
@pytest.mark.parametrize(
    ("question", "key"),
    [
        (
            "A 30 wt% Ag–70 wt% Cu alloy at 700 °C is made of α with 8 wt% Ag and β with 92 wt% Ag. "
            "What is the mass fraction of β?",
            (30 - 8) / (92 - 8),
        ),
        (
            "At 150 °C a 25 wt% Sn–75 wt% Pb solder consists of α (11 wt% Sn) and β (98 wt% Sn). "
            "Compute the mass fraction of α.",
            (98 - 25) / (98 - 11),
        ),
        (
            "An alloy of 45 wt% Ni–55 wt% Cu is held at 1270 °C, where the liquid has 63 wt% Cu and "
            "the α phase 50 wt% Cu. What fraction of the alloy is liquid?",
            (55 - 50) / (63 - 50),
        ),
    ],
)
def test_lever_alloy_content_of_another_component_is_refused_or_right(
    question: str, key: float
) -> None:
    answer = solve(question)
    if answer.ok:  # only the content of the phases' component gives the right fraction
        assert float(answer.quantity.magnitude) == pytest.approx(key, rel=1e-6)
    else:
        assert answer.reason


def test_lever_other_component_reason_names_both() -> None:
    # with both contents written, the Sn content the phases use is read (session 30: answered right,
    # W_α = (98 − 40)/(98 − 10)); a refusal must still name both components
    answer = solve(
        "A 40 wt% Sn–60 wt% Pb alloy at 150 °C is α with 10 wt% Sn plus β with 98 wt% Sn. What is the "
        "mass fraction of α?"
    )
    if answer.ok:
        assert float(answer.quantity.magnitude) == pytest.approx((98 - 40) / (98 - 10), rel=1e-6)
    else:
        assert "Pb" in answer.reason and "Sn" in answer.reason


@pytest.mark.parametrize(
    ("question", "key"),
    [
        (
            "A 60 wt% Pb–40 wt% Sn alloy at 150 °C consists of α with 10 wt% Sn and β with 98 wt% Sn. "
            "What is the mass fraction of α?",
            58 / 88,
        ),
        (
            "A Cu–40 wt% Ni alloy at 1250 °C consists of liquid with 32 wt% Ni and α with 43 wt% Ni. What "
            "is the mass fraction of liquid?",
            3 / 11,
        ),
        (
            "A 60 wt% Cu–40 wt% Ni alloy at 1250 °C has liquid of 32 wt% Ni and α of 43 wt% Ni. What is "
            "the mass fraction of liquid?",
            3 / 11,
        ),
    ],
)
def test_lever_alloy_content_of_the_phases_component_still_answered(
    question: str, key: float
) -> None:
    assert _magnitude(question) == pytest.approx(key, rel=1e-6)
