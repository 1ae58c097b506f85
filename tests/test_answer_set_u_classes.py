"""Wrong-answer classes found by set U's first blind run, each in its own wording.

- A length the body reaches, said as a state ('pulled until the marks are 62 mm apart', 'now measures
  83 mm', 'stretched to 2.012 m'), was taken for the change in length: refused unless the relation
  reads it as the final length; an elongation stated 'by' a value is still the change.
- A difference asked with 'how many <unit> shorter / longer / hotter' was answered with the value at
  the new state; the asking clause was taken from a purpose verb after it ('… to obtain the same
  profile'). Refused now; 'how many times longer' stays a ratio and 'how long does it take to obtain'
  still asks the time.
- (coverage) a homework sheet's item numbers in a shared preamble ('Problems 3–5 use the following
  data', 'Questions 6 and 7 refer to …', 'Exercises 3.4 to 3.6') were read as givens left unused,
  so the question was refused; they are labels now, and a value after such a label still counts.
"""

from __future__ import annotations

import math
import re

import pytest
from answer_helpers import refusal_reason, solved_value


@pytest.mark.parametrize(
    "question",
    [
        "A tensile coupon with a 40 mm gauge length is loaded until its gauge marks are 45 mm apart. "
        "What engineering strain does the gauge section carry?",
        "Punch marks on a bar were 120 mm apart; after the test they are now 126 mm. Find the "
        "engineering strain of the bar between the marks.",
        "A 25 mm specimen is drawn until the marks measure 30 mm. What strain has it undergone?",
    ],
)
def test_a_reached_length_is_not_the_elongation(question):
    try:
        value = solved_value(question, "dimensionless")
    except AssertionError:
        assert refusal_reason(question)
        return
    # answered: it must be the strain from the two lengths, never the reached length over the gauge
    lengths = [float(x) for x in re.findall(r"\d+", question)[:2]]
    assert value == pytest.approx((lengths[1] - lengths[0]) / lengths[0], rel=0.01)


@pytest.mark.parametrize(
    ("question", "strain"),
    [
        ("A rod 40 mm long elongates by 0.2 mm under load. What is the engineering strain?", 0.005),
        (
            "A wire of original length 2.0 m is stretched to 2.012 m. What is the engineering strain?",
            0.006,
        ),
    ],
)
def test_an_elongation_or_final_length_read_as_such_is_still_answered(question, strain):
    assert solved_value(question, "dimensionless") == pytest.approx(strain, rel=0.01)


@pytest.mark.parametrize(
    "question",
    [
        "Case hardening needs 6 h at 920 °C; Q for carbon in austenite is 142 kJ/mol. How many hours "
        "shorter is the treatment at 980 °C to obtain the same case depth?",
        "A diffusion anneal lasts 12 h at 1000 °C with Q = 160 kJ/mol. How many hours longer would "
        "it run at 950 °C for the same profile?",
        "Carburizing takes 8 h at 900 °C with an activation energy of 140 kJ/mol. How many hours "
        "less does it take at 1000 °C in order to obtain the same profile?",
    ],
)
def test_a_difference_in_time_is_not_answered_with_the_new_time(question):
    # refused, or (since helper chg's two_state_change) answered with the DIFFERENCE |t2 − t1|,
    # never with the new time t2 itself
    from matsci_jupyter.engines.answer.solver import solve

    t1, c1, q_kj, c2 = (float(x) for x in re.findall(r"\d+", question)[:4])
    t2 = t1 * math.exp(q_kj * 1000 / 8.314462618 * (1 / (c2 + 273.15) - 1 / (c1 + 273.15)))
    answer = solve(question)
    if answer.ok:
        assert answer.quantity.to("hour").magnitude == pytest.approx(abs(t2 - t1), rel=0.01)
    else:
        assert answer.reason


def test_the_time_itself_is_still_answered_with_a_purpose_clause():
    # t2 = 8 h × exp[(140 000/8.314)(1/1273.15 − 1/1173.15)] = 2.59 h
    question = (
        "Carburizing takes 8 h at 900 °C with Q = 140 kJ/mol. How long does it take at 1000 °C to "
        "obtain the same profile?"
    )
    expected = 8 * math.exp(140000 / 8.314462618 * (1 / 1273.15 - 1 / 1173.15))
    assert solved_value(question, "hour") == pytest.approx(expected, rel=0.01)


PREAMBLES = [
    "Problems 3–5 use the following data. ",
    "Questions 6 and 7 refer to this material: ",
    "Exercises 2.4 to 2.6 use these values. ",
]


@pytest.mark.parametrize("preamble", PREAMBLES)
def test_item_numbers_of_a_shared_preamble_are_no_givens(preamble):
    # (110) of BCC Mo: d = 0.3147/√2 nm, sin θ = 0.15406/(2d), 2θ = 40.5°
    question = (
        f"{preamble}Molybdenum is BCC with a = 0.3147 nm; Cu Kα radiation, λ = 0.15406 nm.\n\n"
        "Problem 4. At what angle 2θ does the (110) reflection of molybdenum appear?"
    )
    d = 0.3147 / math.sqrt(2)
    expected = 2 * math.degrees(math.asin(0.15406 / (2 * d)))
    assert solved_value(question, "degree") == pytest.approx(expected, rel=0.005)


def test_a_value_beside_an_item_number_still_counts():
    # the 2.0 mm is a given that the Bragg relation does not use: still refused as before
    question = (
        "Problems 3 and 4 use the following data. Molybdenum is BCC with a = 0.3147 nm; the "
        "specimen is 2.0 mm thick; λ = 0.15406 nm. At what angle 2θ does the (110) reflection appear?"
    )
    assert "2 mm" in refusal_reason(question)
