"""check_answer: reading classes behind false alarms on blind reference solutions (issue 11, the
checker half); each with a real error of the same shape that keeps its flag.

Classes, in our own words:
- a final answer written with more digits than the question asks ('0.4286' for three decimals,
  '57.4' for the nearest integer) states its value at the asked places; only a value whose rounding
  to those places differs from the response's own result is wrong;
- 'how many X does each Y give' asks for a ratio of two counts, an average, not a whole number;
- a count asked of each unit of a measure ('how many ... each second', '... on each micrometre')
  is answered by a count per second or per micrometre.
"""

from __future__ import annotations

from matsci_jupyter import check_answer

LEVER = (
    "An alloy of overall composition 40 wt% B sits in a two-phase field whose phases contain 10 wt% B "
    "and 80 wt% B. What mass fraction of the B-rich phase is present? Give three decimals."
)
LEVER_RESPONSE = "Lever rule: W = (40 − 10)/(80 − 10) = 30/70 = 0.429.\n\nAnswer: 0.4286"


def test_more_decimals_than_asked_is_not_a_wrong_rounding():
    answer = check_answer(LEVER, LEVER_RESPONSE)
    assert answer.verdict != "flagged", answer.reason


def test_a_final_answer_that_rounds_to_another_value_keeps_its_flag():
    slip = LEVER_RESPONSE.replace("Answer: 0.4286", "Answer: 0.4246")
    answer = check_answer(LEVER, slip)
    assert answer.verdict == "flagged"


NUCLEUS = (
    "A spherical nucleus of radius 1.0 nm forms in a metal whose atoms each take 1.2 × 10⁻²⁹ m³. "
    "How many atoms does the nucleus hold? Round to the nearest integer."
)
NUCLEUS_RESPONSE = (
    "V = (4/3)π r³ = (4/3)π (1.0×10⁻⁹ m)³ = 4.189×10⁻²⁷ m³; N = 4.189×10⁻²⁷/1.2×10⁻²⁹ = 349 atoms."
    "\n\nAnswer: 349.1"
)


def test_nearest_integer_answered_with_a_decimal_that_rounds_to_the_result():
    answer = check_answer(NUCLEUS, NUCLEUS_RESPONSE)
    assert answer.verdict != "flagged", answer.reason


def test_nearest_integer_answered_with_another_integer_keeps_its_flag():
    slip = NUCLEUS_RESPONSE.replace("Answer: 349.1", "Answer: 347.1")
    answer = check_answer(NUCLEUS, slip)
    assert answer.verdict == "flagged"


def test_electrons_each_atom_gives_is_an_average():
    from matsci_jupyter.engines.answer.final_checks import question_form_check
    from matsci_jupyter.units import get_registry

    ureg = get_registry()
    ask = "Silver has n = 6.0e28 m^-3 free electrons. How many free electrons does each atom give?"
    assert question_form_check(ask, ureg.Quantity(1.02, "")) is None
    # a count of whole things stays a whole number
    whole = "How many atoms does the cubic cell hold?"
    check = question_form_check(whole, ureg.Quantity(2.5, ""))
    assert check is not None and not check.passed


def test_a_count_asked_of_each_unit_of_a_measure():
    from matsci_jupyter.engines.answer.asked_count_rate import count_rate_request
    from matsci_jupyter.units import get_registry

    ureg = get_registry()
    got = count_rate_request(
        "A lamp gives 2.0 W at 500 nm. How many photons does it emit each second?"
    )
    assert got is not None and got[0] == ureg.s**-1
    got = count_rate_request("How many atoms lie along each µm of the [110] direction?")
    assert got is not None and got[0] == ureg.um**-1
    assert count_rate_request("How many atoms does each unit cell hold?") is None
    assert count_rate_request("How many atoms are in the cell?") is None


PHOTONS = "A source emits 2.0 mW of light at 500 nm. How many photons does it emit each second?"
PHOTONS_RESPONSE = (
    "E = hc/λ = 6.626×10⁻³⁴ × 2.998×10⁸/500×10⁻⁹ = 3.973×10⁻¹⁹ J; rate = 2.0×10⁻³/3.973×10⁻¹⁹ = "
    "5.03×10¹⁵ s⁻¹.\n\nAnswer: 5.03×10¹⁵ s⁻¹"
)


def test_photons_each_second_answered_per_second():
    answer = check_answer(PHOTONS, PHOTONS_RESPONSE)
    assert answer.verdict != "flagged", answer.reason


def test_photons_each_second_with_a_slip_keeps_its_flag():
    slip = PHOTONS_RESPONSE.replace("= \n5.03", "= 5.03").replace("5.03×10¹⁵", "5.03×10¹⁶")
    answer = check_answer(PHOTONS, slip)
    assert answer.verdict == "flagged"


HEATING = (
    "A metal at 400 K has a vacancy fraction of 2.0 × 10⁻⁶ and a vacancy formation energy of "
    "90 kJ/mol. By how many kelvin must it be heated for the fraction to double?"
)
HEATING_RESPONSE = (
    "1/T₂ = 1/400 − 8.314 · ln 2/90 000 = 2.5×10⁻³ − 6.403×10⁻⁵ = 2.43597×10⁻³ K⁻¹; "
    "T₂ = 410.5 K; the rise is 10.5 K.\n\nAnswer: 10.51 K"
)


def test_a_result_stated_in_words_after_the_last_equation_is_the_own_result():
    answer = check_answer(HEATING, HEATING_RESPONSE)
    assert answer.verdict != "flagged", answer.reason


def test_a_final_answer_that_is_neither_the_last_step_nor_the_stated_result_keeps_its_flag():
    slip = HEATING_RESPONSE.replace("Answer: 10.51 K", "Answer: 12.51 K")
    answer = check_answer(HEATING, slip)
    assert answer.verdict == "flagged"


def test_stated_after_needs_a_verb_and_agreeing_digits():
    from matsci_jupyter.engines.answer.prose_result import stated_after
    from matsci_jupyter.units import get_registry

    ureg = get_registry()
    assert stated_after("; exceeding the limit by 12.4 MPa. ", ureg.Quantity(12.43, "MPa"))
    assert not stated_after("; exceeding the limit by 12.4 MPa. ", ureg.Quantity(12.53, "MPa"))
    assert not stated_after("; the 12.4 MPa load ", ureg.Quantity(12.4, "MPa"))
    assert not stated_after("; so x = 12.4 MPa ", ureg.Quantity(12.4, "MPa"))
