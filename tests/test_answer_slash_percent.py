"""Atom and weight percent in the older slash notation ('30 w/o Zn', 'in a/o Ag')."""

from __future__ import annotations

import pytest
from answer_helpers import refusal_reason, solved_value

from matsci_jupyter.engines.answer.slash_percent import as_percent_signs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("an alloy of 40 w/o Ni", "an alloy of 40 wt% Ni"),
        ("give it in a/o Cu", "give it in at% Cu"),
        ("composition (m/o)", "composition (mol%)"),
        ("12.5v/o SiC fibres", "12.5 vol% SiC fibres"),
    ],
)
def test_slash_percent_is_written_with_percent_signs(text, expected):
    assert as_percent_signs(text) == expected


@pytest.mark.parametrize(
    "text",
    ["specimens tested w/o a notch", "the furnace ran w/o argon", "ratio a/o of two lengths"],
)
def test_informal_without_and_other_slashes_stay(text):
    assert as_percent_signs(text) == text


def test_weight_percent_to_atom_percent_in_slash_notation():
    # 25 wt% Ni in Cu: (25/58.69)/((25/58.69) + (75/63.55)) = 26.5 at%
    value = solved_value(
        "A copper–nickel alloy holds 25 w/o Ni, the rest copper. What is its nickel content in a/o?",
        "percent",
    )
    assert value == pytest.approx(26.5, abs=0.1)
    same = solved_value(
        "A copper–nickel alloy holds 25 wt% Ni, the rest copper. What is its nickel content in at%?",
        "percent",
    )
    assert value == pytest.approx(same)


def test_an_unreadable_basis_is_still_refused():
    assert refusal_reason(
        "A copper–nickel alloy holds 25 x/o Ni. What is its nickel content in a/o?"
    )
