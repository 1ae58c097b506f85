"""check_answer: counts worked out inside a sentence (our own wording and numbers; each class with a
look-alike that must keep its verdict).

- a sentence whose verb introduces a sum in bare numbers ('Altogether there are 3 + 1 + 2 = 6
  lone pairs'): the sum is a calculation step, checked like 'Total = 3 + 1 + 2 = 6';
- a tally whose terms each name what they count ('2 (the chair forms) + 1 (the boat form)' or
  'Na_2 O_2 (1) + K O_2 (0)'): the counts are summed;
- a whole number followed by the thing counted ('= 6 compounds', '= 4 stereoisomers') is that
  number.

Text whose numbers could be symbols, products or a given of the sentence is left alone.
"""

from __future__ import annotations

from matsci_jupyter import check_answer
from matsci_jupyter.engines.answer.step_check import prose_sum, tally_sum

COUNT_Q = "How many unpaired electrons are there in total in the three ions listed?"
ISOMER_Q = "How many structural isomers does the alkene with five carbon atoms have?"


def test_a_sum_introduced_by_a_verb_is_checked() -> None:
    right = (
        "The first ion has 2, the second 1 and the third 4.\n"
        "The total number of unpaired electrons is 2 + 1 + 4 = 7 .\n"
        "Final answer: 7"
    )
    answer = check_answer(COUNT_Q, right)
    assert answer.verdict == "consistent"
    assert any("(checked)" in s for s in answer.steps)


def test_a_wrong_sum_introduced_by_a_verb_is_flagged_with_its_value() -> None:
    wrong = (
        "The first ion has 2, the second 1 and the third 4.\n"
        "The total number of unpaired electrons is 2 + 1 + 4 = 8 .\n"
        "Final answer: 8"
    )
    answer = check_answer(COUNT_Q, wrong)
    assert answer.verdict == "flagged"
    assert "evaluates to 7" in answer.reason


def test_of_and_formula_subscripts_before_a_sum() -> None:
    assert prose_sum("each chlorine atom then has an oxidation state of +6/2 ") == "+6/2"
    assert prose_sum("the number of valence electrons in CO2 is 4+2×6") == "4+2×6"
    assert prose_sum("In all, there are 3 + 2") == "3 + 2"


def test_prose_with_its_own_number_or_symbol_is_left_alone() -> None:
    # a number of the sentence itself, a symbol times a sum, or a value with a unit inside
    assert prose_sum("the energy of level 2 is 13.6/4") is None
    assert prose_sum("the work is W_0 × 3 + 1") is None
    assert prose_sum("the mass is 4 kg + 2") is None
    assert prose_sum("the answer is 5") is None  # a stated value is no calculation


def test_a_tally_of_named_counts_is_summed() -> None:
    assert tally_sum("There are 2 (the chair forms) + 1 (the boat form) ") == "2 + 1"
    assert tally_sum("Na_2 O_2 (1) + K O_2 (0) + Ba O_2 (1)") == "1 + 0 + 1"
    right = (
        "Counting the skeletons: 3 (straight chain) + 2 (one methyl branch) = 5 isomers.\n"
        "Final answer: 5"
    )
    assert check_answer(ISOMER_Q, right).verdict == "consistent"
    wrong = (
        "Counting the skeletons: 3 (straight chain) + 2 (one methyl branch) = 6 isomers.\n"
        "Final answer: 6"
    )
    flagged = check_answer(ISOMER_Q, wrong)
    assert flagged.verdict == "flagged"
    assert "evaluates to 5" in flagged.reason


def test_products_and_bare_brackets_are_no_tally() -> None:
    assert tally_sum("x (2) + y (3)") is None  # x times 2 plus y times 3
    assert tally_sum("2 (3) + 1 (4)") is None
    assert tally_sum("a_1 (2) + b_2 (3)") is None
    assert tally_sum("4 (the chair form)") is None  # one term: nothing is summed
    look_alike = "So x (2) + y (3) = 13, with x = 2 and y = 3.\nFinal answer: 13"
    assert check_answer("Find 2x + 3y for x = 2 and y = 3.", look_alike).verdict != "flagged"
