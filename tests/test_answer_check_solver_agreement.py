"""check_answer flags a final value that the solver's verified answer to the same question refutes,
and only then (issue 11: a flag is a proof, with the recomputed value shown)."""

from __future__ import annotations

import math

from matsci_jupyter import check_answer

QUESTION = (
    "Copper is FCC with a lattice parameter of 0.3615 nm. Compute the linear density of atoms "
    "along the [110] direction, in atoms per nm."
)
RIGHT = 2 / (math.sqrt(2) * 0.3615)  # two atom diameters along the face diagonal √2·a


def _verdict(response: str) -> tuple[str, str]:
    a = check_answer(QUESTION, response)
    return a.verdict, a.reason or ""


def test_a_missing_factor_is_refuted_with_the_verified_value():
    wrong = 1 / (math.sqrt(2) * 0.3615)  # one atom counted instead of two
    verdict, reason = _verdict(
        "Along [110] the face diagonal has length √2 a = 0.511 nm and holds one atom.\n"
        f"LD = 1/0.511 nm = {wrong:.2f} nm^-1\n\n**Final answer: {wrong:.2f} atoms/nm**"
    )
    assert verdict == "flagged"
    assert "independent solution" in reason and f"{RIGHT:.3g}"[:3] in reason


def test_rounded_intermediates_are_not_refuted():
    # a correct method that rounds early ends ~3 % off: within what worked answers do
    verdict, _ = _verdict(
        "The [110] face diagonal is √2 × 0.36 nm ≈ 0.51 nm and holds 2 atom diameters.\n"
        "LD = 2/0.51 = 3.92 nm^-1\n\nFinal answer: about 3.92 atoms per nm"
    )
    assert verdict != "flagged"


def test_the_right_value_stated_beside_a_misread_final_is_not_refuted():
    # the closing text states the verified value: only the reading of the final answer is in doubt
    verdict, _ = _verdict(
        f"LD = 2/(√2 · 0.3615 nm) = {RIGHT:.2f} nm^-1, i.e. {RIGHT:.2f} atoms per nm "
        "(the diagonal holds 2 atoms)."
    )
    assert verdict != "flagged"


def test_a_question_the_solver_cannot_answer_is_never_refuted():
    a = check_answer(
        "A mystery alloy has a flux of 3 units through a gate of 7 units. What is its zorbility?",
        "Zorbility = 3/7 = 0.43\nAnswer: 0.43",
    )
    assert a.verdict != "flagged"
    assert not any(c.name == "independent solution" and not c.passed for c in a.checks)
