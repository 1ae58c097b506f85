"""check_answer: a result that should be zero is judged against the size of its terms.

A rounded root put back into its polynomial leaves a small residual; an equation whose right side
is 0 (or a check written '… = 0') must not be called wrong because that residual is not exactly
0. A root that is really off, and a plain subtraction written wrongly, are still wrong.
"""

from __future__ import annotations

import pytest

from matsci_jupyter import check_answer
from matsci_jupyter.engines.answer.residual import agree, text_terms

QUESTION = "The fraction y of a reactant left at equilibrium satisfies a cubic equation. Find y."


def _verdict(response: str) -> str:
    return check_answer(QUESTION, response).verdict


def test_rounded_root_of_a_cubic_is_not_wrong() -> None:
    response = (
        "The balance gives\n$y^3 - 0.812 y^2 + (1.05e-1) y - (3.2e-3) = 0$\n"
        "Only the smallest root is physical: y = 0.0458.\nFinal Answer: 0.0458"
    )
    assert _verdict(response) != "flagged"


def test_root_that_misses_the_cubic_is_still_wrong() -> None:
    response = (
        "The balance gives\n$y^3 - 0.812 y^2 + (1.05e-1) y - (3.2e-3) = 0$\n"
        "The physical root is y = 0.30.\nFinal Answer: 0.30"
    )
    assert _verdict(response) == "flagged"


def test_numeric_check_against_zero_is_not_wrong() -> None:
    response = (
        "Check: 0.0458^3 - 0.812(0.0458)^2 + 0.105(0.0458) - 0.0032 = 0, "
        "so the root holds.\nFinal Answer: 0.0458"
    )
    assert _verdict(response) != "flagged"


def test_subtraction_written_wrongly_is_still_wrong() -> None:
    response = "The gap is 12.4 - 11.1 = 1.9, so y = 1.9.\nFinal Answer: 1.9"
    assert _verdict(response) == "flagged"


@pytest.mark.parametrize(
    ("x", "y", "terms", "expected"),
    [
        (8e-6, 0.0, 0.12, True),  # residual of a rounded root beside terms of 0.1
        (4.5e-3, 0.0, 0.12, False),  # a residual beyond the terms' noise
        (0.7, 0.9, 20.3, False),  # both values stand clear of the noise: compared relatively
        (1.0, 1.01, 0.0, True),  # plain relative agreement
    ],
)
def test_agree(x: float, y: float, terms: float, expected: bool) -> None:
    assert agree(x, y, 0.02, terms) is expected


def test_text_terms_keeps_exponent_signs() -> None:
    assert text_terms("2.0e-3 x - 4 × 10^-2 + (a - b)") == ["2.0e-3 x", "- 4 × 10^-2", "(a - b)"]


def test_rounded_solution_of_a_nearly_cancelling_system_is_not_wrong() -> None:
    # 500u - 499v = 0.6 and u + v = 4 give u = 2.0004, v = 1.9996: both round to 2.00, and the
    # first equation's residual (1 against 0.6) is small beside its terms (about 1000)
    system = "We have\n500u - 499v = 0.6\nu + v = 4\nSolving these equations, we get "
    assert _verdict(system + "u = 2.00, v = 2.00.\nFinal Answer: 2.00") != "flagged"
    assert _verdict(system + "u = 2.40, v = 1.60.\nFinal Answer: 2.40") == "flagged"


def test_terms_in_a_unit_far_from_si_are_sized_on_their_own_scale() -> None:
    """A sum of eV terms is 18.6 as written but 3×10⁻¹⁸ in joules: the size of the terms on one
    scale must not excuse a wrong result read on the other."""
    question = "An electron in a level of -13.6 eV absorbs a photon of 5 eV. Find its energy in eV."
    wrong = "The new energy is E = 5 eV + (-13.6 eV) = -13.47 eV.\nFinal Answer: -13.47 eV"
    right = "The new energy is E = 5 eV + (-13.6 eV) = -8.6 eV.\nFinal Answer: -8.6 eV"
    assert check_answer(question, wrong).verdict == "flagged"
    assert check_answer(question, right).verdict != "flagged"
    nearly = "The difference is E = 13.6 eV - 13.59 eV = 0 eV, so none.\nFinal Answer: 0 eV"
    assert check_answer(question, nearly).verdict != "flagged"


def test_a_difference_of_precise_decimals_is_judged_at_their_precision() -> None:
    """'1 − 0.9846' is known to ±0.00005, so a result off by a third is wrong even though it is
    small beside the terms; a result within the terms' rounding is not."""
    question = "The mole fraction of the solvent is 0.9846. Find the mole fraction of the solute."
    wrong = "X_solute = 1 - 0.9846 = 0.0211.\nFinal Answer: 0.0211"
    right = "X_solute = 1 - 0.9846 = 0.0154.\nFinal Answer: 0.0154"
    assert check_answer(question, wrong).verdict == "flagged"
    assert check_answer(question, right).verdict != "flagged"
    # terms rounded from unrounded values: a result inside their rounding is not wrong
    assert agree(0.0002, 0.00025, 0.02, 0.6664, 4 * 0.5e-4 / 0.3331)


def test_one_of_a_unit_is_exact_in_a_conversion() -> None:
    """'1 MeV = …' defines the unit: its 1 is not a rounded value that excuses a wrong factor."""
    question = "A proton has kinetic energy 2 MeV. Find its energy in J."
    wrong = (
        "Since 1 MeV = 2.195 × 10^-13 J, E = 2 × 2.195 × 10^-13 J = 4.39 × 10^-13 J.\n"
        "Final Answer: 4.39 × 10^-13 J"
    )
    right = (
        "Since 1 MeV = 1.602 × 10^-13 J, E = 2 × 1.602 × 10^-13 J = 3.204 × 10^-13 J.\n"
        "Final Answer: 3.204 × 10^-13 J"
    )
    assert check_answer(question, wrong).verdict == "flagged"
    assert check_answer(question, right).verdict != "flagged"
