"""Questions in parts whose last part builds on the earlier ones (set W's first blind run: five
'(b) Using your result from (a), …' questions were refused as 'ask the parts one at a time', and a
right worked answer that restated both parts was flagged as 'not a number').

The last part is the one asked when it names the earlier parts as its inputs; the solver answers it
from the stem and that part, and the checker reads that part's value from a closing line that
restates every part. Read only when every earlier part is built on and no dropped part states a
number of its own.
"""

from __future__ import annotations

import math

import pytest
from answer_helpers import refusal_reason, solved_value

from matsci_jupyter.engines.answer import check_answer
from matsci_jupyter.engines.answer.chained_parts import chained_last_part, final_for_part

R = 8.314462618  # J/(mol K)

STEM = "Nitrogen in alpha-iron: D0 = 5.0 × 10^-7 m^2/s, Q = 77 kJ/mol."


def _equal_time_hours(t1_h: float, t1_c: float, t2_c: float, q_j_mol: float) -> float:
    """Hours at t2_c giving the same Dt as t1_h hours at t1_c (Arrhenius D)."""
    t1, t2 = t1_c + 273.15, t2_c + 273.15
    return t1_h * math.exp(-q_j_mol / R * (1 / t1 - 1 / t2))


@pytest.mark.parametrize(
    "last",
    [
        "A nitriding treatment of 4 h at 500 °C gives a certain case depth. Using your result from "
        "(a), how many hours at 550 °C give the same case depth?",
        "A nitriding treatment of 4 h at 500 °C gives a certain case depth. Based on (a), how many "
        "hours at 550 °C give the same case depth?",
        "A nitriding treatment of 4 h at 500 °C gives a certain case depth. Using the D from part "
        "(a), how many hours at 550 °C give the same case depth?",
    ],
)
def test_last_part_that_uses_the_first_is_answered(last):
    question = f"{STEM}\n(a) Compute D at 500 °C.\n(b) {last}"
    expected = _equal_time_hours(4.0, 500.0, 550.0, 77e3)
    assert solved_value(question, "hour") == pytest.approx(expected, rel=0.01)


def test_a_number_only_an_earlier_part_states_keeps_the_refusal():
    # 500 °C is written in (a) only: the last part needs it, so dropping (a) would lose it
    question = (
        f"{STEM}\n(a) Compute D at 500 °C.\n(b) Using your result from (a), how many hours at "
        "550 °C give the same case depth as a 4 h treatment?"
    )
    assert chained_last_part(question) is None
    assert "parts" in refusal_reason(question)


def test_an_earlier_part_nothing_builds_on_keeps_the_refusal():
    question = (
        f"{STEM}\n(a) Compute D at 500 °C.\n(b) Compute D at 600 °C.\n(c) Using (b), how many hours "
        "at 600 °C give the same case depth as 4 h at 500 °C?"
    )
    assert chained_last_part(question) is None
    assert "parts" in refusal_reason(question)


def test_parts_without_a_reference_are_not_chained():
    question = f"{STEM}\n(a) Compute D at 500 °C.\n(b) Compute D at 550 °C."
    assert chained_last_part(question) is None


def test_closing_line_gives_the_last_part():
    assert final_for_part("(a) a ≈ 1.26 × 10^-5 m^2/s; (b) t ≈ 7.91 s", "b") == "t ≈ 7.91 s"
    assert final_for_part("(a) 1.2 h; (b) 3.4 h", "c") is None
    assert final_for_part("t ≈ 7.91 s", "b") is None


QUESTION = (
    f"{STEM}\n(a) Compute D at 500 °C.\n(b) A nitriding treatment of 4 h at 500 °C gives a certain "
    "case depth. Using your result from (a), how many hours at 550 °C give the same case depth?"
)


def _response(hours: float) -> str:
    d500 = 5.0e-7 * math.exp(-77e3 / (R * 773.15))
    d550 = 5.0e-7 * math.exp(-77e3 / (R * 823.15))
    return (
        f"(a) D(500 °C) = 5.0 × 10^-7 exp(-77000/(8.314 × 773.15)) = {d500:.3e} m^2/s\n"
        f"(b) D(550 °C) = 5.0 × 10^-7 exp(-77000/(8.314 × 823.15)) = {d550:.3e} m^2/s\n"
        "Same Dt: t2 = t1 D1/D2\n"
        f"Answer: (a) D = {d500:.3e} m^2/s; (b) t = {hours:.2f} h"
    )


def test_checker_reads_the_asked_part_from_a_line_restating_both():
    right = _equal_time_hours(4.0, 500.0, 550.0, 77e3)
    report = check_answer(QUESTION, _response(right))
    assert not any(c.name == "final value" and not c.passed for c in report.checks)
    assert report.verdict != "flagged"


def test_checker_flags_a_wrong_last_part():
    wrong = 4.0 * 773.15 / 823.15  # the temperatures' ratio taken for the diffusivities'
    report = check_answer(QUESTION, _response(wrong))
    assert report.verdict == "flagged"
