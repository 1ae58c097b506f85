"""Numeric multiple-choice stems in more of the ways exams write them (choice_options.py).

* Options lettered in lower case, '(a) 0.286 nm (b) 0.330 nm …', are options as '(A) …' are; a run
  that mixes the cases is not one list.
* A stem left hanging on 'becomes approximately' / 'will become about' asks for its subject as 'is
  closest to' does; a leading condition ('At 58 K', 'When cooled to 77 K,') stays a condition.
* An option written to two figures ('1.2 × 10^-3') matches within its own rounding (half a unit in
  the last digit, plus 1 %); the same option written to three figures ('1.20 × 10^-3') keeps the 2.5 %
  match, so a value 2.6 % off is refused.
"""

from __future__ import annotations

import pytest
from answer_helpers import refusal_reason as _refused
from answer_helpers import solved_value as _value

from matsci_jupyter.engines.answer.choice_options import split_options


def test_lower_case_options_are_read() -> None:
    q = (
        "An FCC metal has an atomic radius of 0.143 nm. Its lattice parameter is closest to "
        "(a) 0.286 nm (b) 0.330 nm (c) 0.404 nm (d) 0.505 nm"
    )
    assert _value(q, "nm") == pytest.approx(2 * 2**0.5 * 0.143, rel=1e-3)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "A paramagnetic solid obeys the Curie law; its susceptibility is 2.0 × 10^-4 at 290 K. "
            "At 58 K its susceptibility becomes approximately (a) 4.0 × 10^-5 (b) 2.0 × 10^-4 "
            "(c) 1.0 × 10^-3 (d) 5.0 × 10^-3",
            2.0e-4 * 290 / 58,
        ),
        (
            "A Curie-law paramagnet has susceptibility 3.0 × 10^-4 at 300 K. When cooled to 77 K, its "
            "susceptibility will become about (a) 7.7 × 10^-5 (b) 3.0 × 10^-4 (c) 1.2 × 10^-3 "
            "(d) 4.6 × 10^-3",
            3.0e-4 * 300 / 77,
        ),
        (
            "The susceptibility of a Curie paramagnet is 5.0 × 10^-5 at 400 K. On cooling to 100 K "
            "its susceptibility becomes\n(A) 1.3 × 10^-5 (B) 5.0 × 10^-5 (C) 2.0 × 10^-4 (D) 8.0 × 10^-4",
            5.0e-5 * 4,
        ),
    ],
)
def test_a_stem_hanging_on_becomes_is_answered(question: str, expected: float) -> None:
    assert _value(question, "dimensionless") == pytest.approx(expected, rel=1e-3)


def test_three_figure_options_keep_the_tight_match() -> None:
    q = (
        "A Curie-law paramagnet has susceptibility 3.0 × 10^-4 at 300 K. When cooled to 77 K, its "
        "susceptibility will become about (a) 7.70 × 10^-5 (b) 3.00 × 10^-4 (c) 1.20 × 10^-3 "
        "(d) 4.60 × 10^-3"
    )
    assert "matches none of the options" in _refused(q)


def test_a_lower_case_list_matching_no_option_is_refused() -> None:
    q = (
        "An FCC metal has an atomic radius of 0.143 nm. Its lattice parameter is closest to "
        "(a) 0.286 nm (b) 0.330 nm (c) 0.450 nm (d) 0.505 nm"
    )
    assert "matches none of the options" in _refused(q)


@pytest.mark.parametrize(
    "question",
    [
        "Its lattice parameter is closest to (a) 0.286 nm (B) 0.330 nm (c) 0.404 nm (d) 0.505 nm",
        "A bar is loaded. (a) compute the stress (b) compute the strain (c) compute the elongation",
    ],
)
def test_mixed_case_runs_and_asking_parts_are_not_options(question: str) -> None:
    assert split_options(question) is None
