"""check_answer: where a worked answer's line or clause breaks fall inside an equation (our own
wording and numbers; each with a look-alike that must keep its verdict).

- a line that ends with '=' runs on to the next ('T_a = 300 °C =' over '573 K and T_b = …'): the
  conversion is one chain, not '573 K = 700 °C';
- clauses joined by 'and' may each run on after a comma ('… and y = 0.5 at t_h, k t_h² = ln 2'):
  the condition and the equation it gives are two chains, not '0.5 = ln 2'.
"""

from __future__ import annotations

from matsci_jupyter import check_answer
from matsci_jupyter.engines.answer.prose import response_lines, statements

VACANCY_Q = (
    "The equilibrium vacancy fraction of a metal is 2.0 × 10⁻⁶ at 300 °C and 5.0 × 10⁻⁴ at 700 °C. "
    "Estimate the vacancy formation energy in eV."
)


def _vacancy_response(kelvin_low: str) -> str:
    return (
        "The fraction follows c = A exp(-Q/kT), so the ratio of the two fractions gives Q.\n"
        "Taking T_a = 300 °C =\n"
        f"{kelvin_low} K and T_b = 700 °C = 973 K,\n"
        "1/T_a - 1/T_b = 1/573 - 1/973 = 7.175 × 10^-4 K^-1 and ln(250) = 5.5215.\n"
        "Q = k ln(250)/(1/T_a - 1/T_b) = 8.617 × 10^-5 × 5.5215/7.175 × 10^-4 = 0.6631 eV\n"
        "Final answer: 0.663 eV"
    )


def test_a_line_ending_in_equals_runs_on_to_the_next() -> None:
    lines = response_lines("Taking T_a = 300 °C =\n573 K and T_b = 700 °C = 973 K\n")
    assert lines == ["Taking T_a = 300 °C = 573 K and T_b = 700 °C = 973 K"]
    sides = [tuple(s.strip() for s in st.sides) for st in statements(lines)]
    assert ("300 °C", "573 K") in [sd[1:] for sd in sides]
    assert all("573 K" not in sd[0] for sd in sides)  # never '573 K and T_b' = 700 °C


def test_a_conversion_broken_over_two_lines_is_not_a_false_alarm() -> None:
    answer = check_answer(VACANCY_Q, _vacancy_response("573"))
    assert answer.verdict != "flagged", answer.reason


def test_a_wrong_conversion_broken_over_two_lines_is_still_the_wrong_step() -> None:
    broken = _vacancy_response("473")
    answer = check_answer(VACANCY_Q, broken)
    wrong = [s for s in answer.steps if "(wrong)" in s]
    assert len(wrong) == 1 and "300 °C = 473 K" in wrong[0] and "573" in wrong[0]
    # the same verdict as when written on one line (the slip is not carried: 1/573 goes on)
    one_line = check_answer(VACANCY_Q, broken.replace("=\n473", "= 473"))
    assert answer.verdict == one_line.verdict


def test_a_line_ending_without_equals_is_not_joined() -> None:
    assert response_lines("T_a = 573 K\nT_b = 973 K\n") == ["T_a = 573 K", "T_b = 973 K"]


def test_clauses_joined_by_and_run_on_after_a_comma() -> None:
    text = "With y = 1 - exp(-k t^2) and y = 0.5 at t_h, k t_h^2 = ln 2, so\n"
    sides = [tuple(s.strip() for s in st.sides) for st in statements(response_lines(text))]
    assert ("y", "0.5 at t_h") in sides
    assert ("k t_h^2", "ln 2") in sides
    assert not any(len(sd) > 2 and "ln 2" in sd[-1] for sd in sides)  # never '0.5 … = ln 2'


AVRAMI_Q = (
    "A transformation follows y = 1 − exp(−k t²) and is half complete after 60 s. What fraction "
    "has transformed after 90 s, in percent?"
)


def _avrami_response(final: str) -> str:
    return (
        "With y = 1 - exp(-k t^2) and y = 0.5 at t_h, k t_h^2 = ln 2, so\n"
        "y(t) = 1 - exp[-ln 2 (t/t_h)^2]\n"
        "(90/60)^2 = 2.25, 0.6931 × 2.25 = 1.5596\n"
        f"y = 1 - e^-1.5596 = 1 - 0.2102 = {final}\n"
        f"Final answer: {float(final) * 100:.1f} %"
    )


def test_a_condition_before_a_comma_is_not_equated_with_what_follows() -> None:
    answer = check_answer(AVRAMI_Q, _avrami_response("0.7898"))
    assert answer.verdict != "flagged", answer.reason


def test_a_wrong_step_after_the_condition_is_still_caught() -> None:
    answer = check_answer(AVRAMI_Q, _avrami_response("0.6898"))
    assert answer.verdict == "flagged"
