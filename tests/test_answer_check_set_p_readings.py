"""check_answer: readings behind the false alarms on set P's reference solutions (heldout15).

1. 'ln 5 × 10^9' in a worked line is the natural log of the number in scientific notation, as a
   ratio such as D₀/D is written, not (ln 5)·10⁹; the same slip made for real is still flagged.
2. 'By how many degrees does the peak move?' normally asks a size, but a sign convention the
   question states ('give a shift to lower angle as a negative number') makes a negative answer
   one of the asked ones; without such words a negative distance or duration is still flagged.
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer import check_answer


def _verdict(question: str, response: str) -> str:
    return check_answer(question, response).verdict


ARRHENIUS_Q = (
    "For interdiffusion in an alloy, D0 = 2.0 × 10^-4 m^2/s and Q = 3.1 eV per atom. At what "
    "temperature, in K, does D fall to 4.0 × 10^-15 m^2/s?"
)


def _arrhenius_response(log_text: str, log_value: float, final: float) -> str:
    return (
        f"T = Q/(k ln(D0/D)) = 3.1/(8.617 × 10^-5 × {log_text}) = 3.1/(8.617 × 10^-5 × "
        f"{log_value:.3f}) = {final:.0f} K\nAnswer: {final:.0f} K"
    )


def test_a_log_of_scientific_notation_takes_the_whole_number() -> None:
    ratio = 2.0e-4 / 4.0e-15
    t = 3.1 / (8.617e-5 * math.log(ratio))
    response = _arrhenius_response("ln 5 × 10^10", math.log(ratio), t)
    assert _verdict(ARRHENIUS_Q, response) != "flagged"


def test_a_log_of_the_wrong_ratio_is_still_flagged() -> None:
    wrong_ratio = 4.0e-15 / 2.0e-4 * 1e20  # 2 × 10^5: a miscopied power of ten
    t = 3.1 / (8.617e-5 * math.log(wrong_ratio))
    response = _arrhenius_response("ln 2 × 10^5", math.log(wrong_ratio), t)
    assert _verdict(ARRHENIUS_Q, response) == "flagged"


SHIFT_Q = (
    "The (311) reflection of a cubic metal is at 2θ = 80.00°. Heating expands the lattice "
    "parameter by 0.40 %. By how many degrees does the peak move?{tail}"
)


def _shift_response() -> tuple[str, float]:
    s1 = math.sin(math.radians(40.0))
    theta2 = math.degrees(math.asin(s1 / 1.004))
    shift = 2 * theta2 - 80.0
    text = (
        f"sin θ1 = sin 40.00° = {s1:.5f}. With a 0.40 % larger a, sin θ2 = {s1:.5f}/1.004 = "
        f"{s1 / 1.004:.5f}, so θ2 = {theta2:.3f}° and 2θ2 = {2 * theta2:.2f}°. "
        f"Answer: {shift:.3f} degrees"
    )
    return text, shift


@pytest.mark.parametrize(
    "tail",
    [
        " (Give a shift to lower angle as a negative number.)",
        " Report a move to lower 2θ as a negative value.",
        " Sign convention: a decrease is negative.",
    ],
)
def test_a_stated_sign_convention_allows_a_negative_change(tail: str) -> None:
    response, shift = _shift_response()
    assert shift < 0
    result = check_answer(SHIFT_Q.format(tail=tail), response)
    assert "non-negative" not in (result.reason or "")


def test_a_negative_distance_without_a_convention_is_still_flagged() -> None:
    question = (
        "Carbon diffuses into steel with D = 1.0 × 10^-11 m^2/s. How far, in mm, does it "
        "penetrate in 10 h, taking x ≈ √(Dt)?"
    )
    response = "x = √(1.0 × 10^-11 × 36000) = 6.0 × 10^-4 m = 0.60 mm, inward so -0.60 mm.\nAnswer: -0.60 mm"
    result = check_answer(question, response)
    assert result.verdict == "flagged"
