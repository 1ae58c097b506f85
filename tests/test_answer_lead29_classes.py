"""Two classes of verified-but-wrong answers found on main by the lead's probes (session 29).

1. 'What is the standard cell potential?' of a cell with non-standard concentrations was answered
   with the Nernst voltage (1.162 V for Zn|0.01 M‖1 M|Cu instead of E° = 1.103 V).
2. A susceptibility the question calls CGS (Gaussian, emu) was used as the SI one in M = χH
   (a magnetization 4π too small).
Both are now refused with a reason; the standard and SI readings are still answered.
"""

from __future__ import annotations

import pytest

from matsci_jupyter.engines.answer.solver import solve

STANDARD_REFUSE = [
    "A Zn|Zn2+ (0.05 M) || Cu2+ (0.5 M)|Cu cell operates at 25 °C. Calculate its standard cell "
    "potential.",
    "Nickel in 0.2 M Ni2+ is coupled with silver in 0.02 M Ag+ at 25 °C. What is the standard emf "
    "of the cell?",
    "An iron electrode in 0.1 M Fe2+ and a copper electrode in 0.3 M Cu2+ form a cell. Find the "
    "standard voltage of this cell.",
]
# E = E° − (RT/nF) ln Q at 25 °C; RT/F = 0.025693 V
ANSWER = [
    # all ions at 1 M: the cell voltage is E° = 0.340 − (−0.763) = 1.103 V
    (
        "A cell of zinc in 1.0 M Zn2+ and copper in 1.0 M Cu2+ is at 25 °C. What is the standard "
        "cell potential?",
        1.103,
    ),
    # not asked as standard: E = 1.103 − (0.025693/2) ln(0.05/0.5) = 1.1326 V
    (
        "A Zn|Zn2+ (0.05 M) || Cu2+ (0.5 M)|Cu cell operates at 25 °C. Calculate its cell "
        "potential.",
        1.1326,
    ),
]
# a closing directive naming the standard part is a standard ask too
STANDARD_REFUSE.append(
    "A cell has a tin electrode in 0.2 M Sn2+ and a silver electrode in 0.05 M Ag+ at 25 °C.\n"
    "(a) What is the standard cell potential?\n(b) What is the cell potential?\nAnswer (a), in V."
)
# 'standard potentials' or 'the standard emf series' as the data source is not a standard ask:
# E = 1.103 − (0.025693/2) ln(0.01/1.0) = 1.1622 V
ANSWER.append(
    (
        "From the standard emf series, compute the cell potential for zinc in 0.01 M Zn2+ against "
        "copper in 1.0 M Cu2+ at 25 °C.",
        1.1622,
    )
)
CGS_REFUSE = [
    "A paramagnetic solid has a volume susceptibility of 3.0e-5 in CGS units. What is its "
    "magnetization in a field of 5.0e4 A/m, in A/m?",
    "The susceptibility of aluminium is 1.65e-6 (Gaussian units). Find the magnetization in A/m "
    "for an applied field of 2.0e5 A/m.",
]


@pytest.mark.parametrize("question", STANDARD_REFUSE)
def test_a_standard_potential_is_not_answered_with_the_nernst_voltage(question: str) -> None:
    answer = solve(question)
    assert answer.quantity is None
    assert "standard" in (answer.reason or "")


@pytest.mark.parametrize(("question", "key"), ANSWER)
def test_standard_and_nernst_voltages_are_still_answered(question: str, key: float) -> None:
    answer = solve(question)
    assert answer.quantity is not None, answer.reason
    assert float(answer.quantity.to("V").magnitude) == pytest.approx(key, rel=0.005)


@pytest.mark.parametrize("question", CGS_REFUSE)
def test_a_cgs_susceptibility_is_not_read_as_the_si_one(question: str) -> None:
    answer = solve(question)
    assert answer.quantity is None
    assert answer.reason


def test_an_si_susceptibility_is_still_answered() -> None:
    # M = χH = 3.0e-5 × 5.0e4 A/m = 1.5 A/m
    answer = solve(
        "A paramagnetic solid has a volume susceptibility of 3.0e-5. What is its magnetization in "
        "a field of 5.0e4 A/m, in A/m?"
    )
    assert answer.quantity is not None, answer.reason
    assert float(answer.quantity.to("A/m").magnitude) == pytest.approx(1.5, rel=0.01)
