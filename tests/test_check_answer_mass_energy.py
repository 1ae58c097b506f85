"""check_answer: a mass in atomic mass units turned into MeV with wrong arithmetic.

Class, in our own words: a nuclear step multiplies a mass in u (or a mass difference) by the
conversion factor 1 u = 931.5 MeV/c² and states an energy that the product does not give. The
general step check leaves such lines alone because 'u' and 'c' read as symbols. Look-alikes that
must not be flagged: the same product stated right, a value carried with one rounded digit, and a
line that adds a mass in u to an energy (no plain product to check).
"""

from __future__ import annotations

from matsci_jupyter import check_answer
from matsci_jupyter.engines.answer.mass_energy import mass_energy_checks
from matsci_jupyter.engines.answer.prose import response_lines

QUESTION = (
    "A nucleus of mass 15.003 u emits a positron and becomes a nucleus of mass 14.995 u in its "
    "ground state. Take 1 u = 931.5 MeV/c^2. Find the rest energy of the parent nucleus in MeV."
)
WRONG = (
    "The rest energy is the mass times the conversion factor.\n\n"
    "Rest energy of parent = 15.003 u * 931.5 MeV/u = 13969.30 MeV\n\n"
    "Final Answer: 13969.30 MeV"
)


def test_a_wrong_product_of_mass_and_factor_is_flagged() -> None:
    found = mass_energy_checks(QUESTION, response_lines(WRONG))
    assert found and not found[0].passed
    assert "13975.3" in found[0].message
    assert check_answer(QUESTION, WRONG).verdict == "flagged"


def test_a_difference_times_the_factor_over_one_u_is_checked() -> None:
    wrong = "E = ((15.003 - 14.995) × 931.5 MeV)/(1 u) = 6.20 MeV"
    assert mass_energy_checks(QUESTION, [wrong])
    right = "E = ((15.003 - 14.995) × 931.5 MeV)/(1 u) = 7.452 MeV"
    assert mass_energy_checks(QUESTION, [right]) == []


def test_a_right_product_is_not_flagged() -> None:
    right = WRONG.replace("13969.30", "13975.29")
    assert mass_energy_checks(QUESTION, response_lines(right)) == []


def test_a_derived_mass_rounded_in_its_last_digit_is_not_flagged() -> None:
    # 7.452 MeV / 931.5 = 0.0080000 u; a response that truncates to 0.00799 and converts back
    line = "ΔE = 0.00799 u × (931.5 MeV)/(1 u) = 7.452 MeV"
    assert mass_energy_checks(QUESTION, [line]) == []


def test_a_sum_of_a_mass_and_an_energy_is_left_alone() -> None:
    line = "Q = (15.003 u - 14.995 u) + 1.022 MeV = 0.008 u + 1.022 MeV = 3.5 MeV"
    assert mass_energy_checks(QUESTION, [line]) == []


def test_a_mass_added_to_an_energy_as_if_u_were_mev_is_flagged() -> None:
    line = "E = 0.008 u + 1.022 MeV = 1.030 MeV"
    found = mass_energy_checks(QUESTION, [line])
    assert found and "7.452" in found[0].message


def test_a_mass_converted_before_it_is_added_is_not_flagged() -> None:
    assert mass_energy_checks(QUESTION, ["E = 7.452 MeV + 1.022 MeV = 8.474 MeV"]) == []
    # the stated value is not the plain sum: nothing shows the mass was read as MeV
    assert mass_energy_checks(QUESTION, ["E = 0.008 u + 1.022 MeV = 8.474 MeV"]) == []
