"""check_answer: readings of correct prose that looked like errors (blind set M's worked answers).

Classes, in our own words:
- a closing sentence whose subject is the value ('roughly 0.41 of the sample is primary β'): the
  words after 'is' name the quantity; they are no formula in free symbols;
- coherent SI units written without a space after a power ('J kg^-1K^-1'): the whole unit run is
  one label; reading only its first letters left '^-1' to act on the number before it.
Each has a look-alike that must keep its verdict.
"""

from __future__ import annotations

from matsci_jupyter import check_answer
from matsci_jupyter.engines.answer.coherent_si import coherent_si_checks


def _final_value_failed(question: str, response: str) -> bool:
    a = check_answer(question, response)
    return any(c.name == "final value" and not c.passed for c in a.checks)


def test_a_value_that_leads_its_closing_sentence_is_a_value() -> None:
    q = "What mass fraction of the alloy is primary β? Give three decimals."
    resp = "W = (70 - 52)/(70 - 26) = 18/44 = 0.4091\n\nAnswer: roughly 0.409 of the sample is primary β."
    assert not _final_value_failed(q, resp)


def test_a_formula_after_is_is_still_a_formula() -> None:
    q = "What mass fraction of the alloy is primary β?"
    resp = "The lever rule applies here.\n\nAnswer: the primary fraction is (C_L - C_0)/(C_L - C_β)"
    assert _final_value_failed(q, resp)


def test_units_joined_after_a_power_are_one_label() -> None:
    line = "q = 40 W m^-1K^-1 × (350 - 150 K)/(0.02 m) = 4.0 × 10^5 W/m^2"
    assert coherent_si_checks([line]) == []


def test_a_wrong_number_with_joined_units_is_still_flagged() -> None:
    line = "q = 40 W m^-1K^-1 × (350 - 150 K)/(0.02 m) = 4.0 × 10^4 W/m^2"
    found = coherent_si_checks([line])
    assert found and not found[0].passed and "4e+05" in found[0].message
