"""Readings behind three false alarms on set O (session 18), each class in our own words.

- A requested unit written as three space-separated factors after 'express it in' ('kg m⁻² h⁻¹')
  lost its last factor, so a right flux per hour was read against kg m⁻².
- A unit in parentheses closing a list of numbered contents ('0.40 C, 0.75 Mn and 0.25 Mo (wt%)')
  labels the listed numbers, not the answer (a temperature asked of that steel was read as wt%).
- An amount asked for one period the question names ('how much heat … in one hour? … in MJ')
  answered 'MJ per hour' is the same number; an answer in another rate (kW, MJ per second) is
  still of the wrong dimension.
"""

from __future__ import annotations

from matsci_jupyter import check_answer
from matsci_jupyter.engines.answer.final_checks import asked_unit
from matsci_jupyter.units import get_registry


def _unit(text: str):
    return get_registry().Unit(text)


def _dimension_failures(question: str, response: str) -> list[str]:
    a = check_answer(question, response)
    return [c.message for c in a.checks if not c.passed and c.name == "dimension"]


# ------------------------------------------------------------------ three-factor units
def test_three_space_separated_factors_after_express_in_are_one_unit() -> None:
    for question, want in (
        ("Find the oxygen flux through the wall; express it in kg m⁻² h⁻¹.", "kg m^-2 h^-1"),
        ("Work out the molar entropy change. Express your answer in J mol^-1 K^-1.", None),
        ("Give the answer in mol m^-2 s^-1, to two figures.", "mol m^-2 s^-1"),
    ):
        got = asked_unit(question)
        assert got is not None
        if want is not None:
            assert got[1] == want
        else:
            assert got[0] == _unit("J/(mol*K)")


def test_a_scaled_unit_keeps_the_factors_after_its_slash() -> None:
    for question in (
        "What is the net flux through the surface? Give the answer in 10^5 N · m^2 / C.",
        "Find the flux through the closed surface; express it in 10^3 N m^2 / C.",
    ):
        got = asked_unit(question)
        assert got is not None and got[0] == _unit("N*m^2/C"), question


def test_a_word_after_the_unit_is_not_taken_into_it() -> None:
    got = asked_unit("Express the answer in MPa and compare it with the yield strength.")
    assert got is not None and got[1] == "MPa"


def test_a_right_flux_per_hour_is_not_flagged_and_a_flux_per_second_is() -> None:
    q = (
        "A 4.0 mm nickel sheet at 1000 °C has hydrogen at 0.9 kg/m³ on one face and 0.1 kg/m³ on "
        "the other, with D = 2.0 × 10⁻¹⁰ m²/s. Find the steady flux; express it in kg m⁻² h⁻¹."
    )
    ok = "J = D ΔC/Δx = 2.0e-10 × 0.8/0.004 = 4.0e-8 kg m^-2 s^-1 = 1.44e-4 kg m^-2 h^-1. Answer: 1.44e-4 kg/(m^2·h)."
    assert _dimension_failures(q, ok) == []
    wrong_dim = "J = 2.0e-10 × 0.8/0.004 = 4.0e-8 kg/m^2. Answer: 4.0e-8 kg/m^2."
    assert _dimension_failures(q, wrong_dim)


# ------------------------------------------------------------------ a unit labelling a list
def test_a_unit_closing_a_list_of_contents_is_not_the_asked_unit() -> None:
    for question in (
        "Estimate the martensite-start temperature, to the nearest degree, of a steel with 0.35 C, "
        "0.60 Mn and 1.2 Ni (wt%).",
        "What liquidus temperature does the rule give for a bronze of 88 Cu, 10 Sn and 2 Zn (wt%)?",
        "Find the density of an alloy of 60 Cu, 39 Zn and 1 Pb (wt%), in g/cm³.",
    ):
        got = asked_unit(question)
        assert got is None or got[0] != _unit("percent")


def test_a_unit_in_parentheses_after_an_asked_noun_is_still_read() -> None:
    for question, want in (
        ("Calculate the carbon content of the alloy (wt%).", "percent"),
        ("What is the band gap of the crystal at 300 K (eV)?", "eV"),
        ("For a brass of 70 Cu and 30 Zn, what is its density (g/cm^3)?", "g/cm^3"),
    ):
        got = asked_unit(question)
        assert got is not None and got[0] == _unit(want)


def test_a_temperature_answer_to_such_a_list_is_not_flagged() -> None:
    q = (
        "The start temperature may be estimated from T(°C) = 540 − 420 C − 30 Mn − 18 Ni, each "
        "symbol the content in wt%. Estimate it to the nearest degree for a steel with 0.30 C, "
        "0.50 Mn and 1.0 Ni (wt%)."
    )
    resp = (
        "T = 540 − 420(0.30) − 30(0.50) − 18(1.0) = 540 − 126 − 15 − 18 = 381 °C. Answer: 381 °C."
    )
    assert _dimension_failures(q, resp) == []


# ------------------------------------------------------------------ an amount per its period
HEAT_Q = (
    "A brick wall 3.0 m × 2.5 m and 0.20 m thick has k = 0.70 W/(m·K). With faces at 20 °C and "
    "0 °C, how much heat passes through it in one hour? Express the answer in MJ."
)


def test_an_amount_written_per_its_one_period_is_read_as_that_amount() -> None:
    for final in ("0.945 MJ per hour", "0.945 MJ/h", "0.945 MJ per h"):
        resp = (
            "q = kAΔT/Δx = 0.70 × 7.5 × 20/0.20 = 525 W. Over 3600 s: 525 × 3600 = 1.89e6 J. "
            f"Therefore, the answer is about {final}."
        )
        assert _dimension_failures(HEAT_Q, resp) == [], final


def test_another_rate_is_still_the_wrong_dimension() -> None:
    for final in ("0.525 kW", "0.945 MJ per second", "0.945 MJ per day"):
        resp = f"q = 0.70 × 7.5 × 20/0.20 = 525 W. Therefore, the answer is about {final}."
        assert _dimension_failures(HEAT_Q, resp), final


def test_a_question_naming_two_periods_keeps_the_strict_reading() -> None:
    q = (
        "A furnace wall loses heat steadily. How much heat passes through it in one hour, and how "
        "much in a day? Express the first answer in MJ."
    )
    resp = "q = 525 W. Therefore, the answer is about 1.89 MJ per hour."
    assert _dimension_failures(q, resp)
