"""Decimal commas ('2,1 × 10^5 MPa', '0,362 nm') read as decimal points, and only where unambiguous.

A thousands separator ('1,000 MPa', '12,500 psi'), a list ('2, 3 and 4 nm'), Miller indices
'(1,1,0)', coordinates '(0,0,0)', element lists 'Fe,Ni' and 'nylon 6,6' keep their old reading; a
comma with three digits after it is decided by the question's own style, and refused when the
question writes decimals both ways.
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.decimal_commas import comma_numbers, read_decimal_commas
from matsci_jupyter.engines.answer.solver import solve
from matsci_jupyter.units import get_registry


def _value(question: str, unit: str) -> float:
    answer = solve(question)
    assert answer.ok, answer.reason
    return float(answer.quantity.to(get_registry().Unit(unit)).magnitude)


# ------------------------------------------------------------------ the reader alone
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a bar with α = 9,0·10⁻⁶ K⁻¹ and E = 69 GPa", "α = 9.0·10⁻⁶ K⁻¹"),
        ("E = 2,1 × 10^5 MPa for the steel", "E = 2.1 × 10^5 MPa"),
        ("the cell edge is a = 0,362 nm", "a = 0.362 nm"),
        ("a glass of index n = 1,50 in water", "n = 1.50"),
        ("molar mass 55,85 g/mol", "55.85 g/mol"),
        ("a wavelength of 0,1542 nm", "0.1542 nm"),
        ("a peak at 2θ = 38,2°", "38.2°"),
        ("a rate of 1,250·10^5 per second", "1.250·10^5"),
        ("a plate 1250,5 mm wide", "1250.5 mm"),
    ],
)
def test_an_unambiguous_decimal_comma_becomes_a_point(text: str, expected: str) -> None:
    reworded, notes, why = read_decimal_commas(text)
    assert why is None
    assert expected in reworded
    assert len(reworded) == len(text)  # positions are kept
    assert notes


@pytest.mark.parametrize(
    "text",
    [
        "a yield strength of 1,000 MPa and E = 200 GPa",
        "a spring of yield strength 12,500 psi",
        "a polyethylene with Mn = 350,000 g/mol",
        "rods 2, 3 and 4 nm across",
        "the (1,1,0) plane of a BCC metal",
        "an atom at (0,0,0) and another at (1/2,1/2,1/2)",
        "a Fe,Ni alloy with 1.5 wt% C",
        "a nylon 6,6 fibre of 2.5 g/cm³",
        "one million is 1,000,000 exactly",
        "the solvent 1,2-dichloroethane at 25 °C",
        "the point (0,5) of the grid",
    ],
)
def test_separators_lists_and_indices_are_left_alone(text: str) -> None:
    assert read_decimal_commas(text) == (text, [], None)


def test_three_digits_after_the_comma_follow_a_consistent_decimal_comma_style() -> None:
    text = "a block of 1,250 kg has a density of 7,85 g/cm³"
    reworded, notes, why = read_decimal_commas(text)
    assert why is None
    assert "1.250 kg" in reworded and "7.85 g/cm³" in reworded
    assert len(notes) == 2


def test_three_digits_after_the_comma_are_refused_when_the_style_is_mixed() -> None:
    _text, _notes, why = read_decimal_commas("a block of 1,250 kg with ρ = 7,85 g/cm³ and ν = 0.3")
    assert why is not None and "'1,250'" in why


def test_a_thousands_separator_alone_is_not_a_candidate_by_form() -> None:
    assert [c.decimal_by_form for c in comma_numbers("loads of 1,000 N and 2,5 kN")] == [
        False,
        True,
    ]


# ------------------------------------------------------------------ through the solver
@pytest.mark.parametrize(
    ("question", "unit", "expected"),
    [
        (
            "Light in a glass block (n = 1,50) meets a face in contact with water (n = 1,33). "
            "Beyond what angle of incidence, in degrees, is it totally reflected?",
            "degree",
            math.degrees(math.asin(1.33 / 1.50)),
        ),
        (
            "An FCC metal has a lattice parameter a = 0,362 nm. What is its atomic radius in nm?",
            "nm",
            0.362 * math.sqrt(2) / 4,
        ),
        (
            "A steel with E = 2,1 × 10^5 MPa carries a stress of 210 MPa elastically. "
            "What is the strain?",
            "dimensionless",
            210 / 2.1e5,
        ),
        (
            "For iron: M_s = 1,70·10⁶ A/m, ρ = 7,87 g/cm³, A = 55,85 g/mol. Find the net moment "
            "per Fe atom in Bohr magnetons, to two decimal places.",
            "dimensionless",
            2.16,
        ),
    ],
)
def test_questions_with_decimal_commas_are_answered(
    question: str, unit: str, expected: float
) -> None:
    assert _value(question, unit) == pytest.approx(expected, rel=0.01)


def test_a_thousands_separator_keeps_its_answer() -> None:
    question = (
        "A steel spring has a yield strength of 45,000 psi and E = 30 × 10^6 psi. What is its "
        "modulus of resilience, in psi?"
    )
    assert _value(question, "psi") == pytest.approx(45000**2 / (2 * 30e6), rel=0.01)


def test_a_mixed_style_question_with_an_ambiguous_comma_is_refused_naming_the_value() -> None:
    answer = solve(
        "A steel part of 1,250 kg has E = 2,1 × 10^5 MPa and ν = 0.30. What is its weight in N?"
    )
    assert not answer.ok
    assert answer.reason and "1,250" in answer.reason
