"""Three-point bending: σ = 3FL/(2bd²) squares the thickness; a round bar has σ = FL/(πR³)."""

from matsci_jupyter import check_answer
from matsci_jupyter.engines.answer.flexural_section import flexural_section_check
from matsci_jupyter.engines.answer.prose import response_lines
from matsci_jupyter.engines.answer.text import normalize

BAR = (
    "An alumina test bar 12 mm wide and 6 mm thick rests on two supports 50 mm apart and fails "
    "under a central load of 1.2 kN in a three-point bend test. Find its flexural strength."
)
SWAPPED = """σ = 3FL/(2bd²) with F = 1200 N, L = 50 mm, b = 6 mm, d = 12 mm
σ = (3 × 1200 × 50)/(2 × 6 × 12^2) = 180000/1728 = 104.2 MPa
The flexural strength is 104 MPa."""


def _check(question: str, response: str):
    return flexural_section_check(normalize(question), response_lines(response))


def test_width_squared_is_flagged():
    check = _check(BAR, SWAPPED)
    assert check is not None and not check.passed
    assert "208.3" in check.message
    assert check_answer(BAR, SWAPPED).verdict == "flagged"


def test_thickness_squared_passes_in_either_style():
    right = """σ = 3FL/(2bd²) = (3 × 1200 × 50)/(2 × 12 × 6^2) = 180000/864 = 208.3 MPa
The flexural strength is 208 MPa."""
    assert _check(BAR, right) is None
    section_modulus = """Bending moment M = FL/4 = 1200 × 50/4 = 15000 N mm.
Section modulus Z = b h²/6 = 12 × 36/6 = 72 mm³.
σ = M/Z = 15000/72 = 208.3 MPa"""
    assert _check(BAR, section_modulus) is None


ROD = (
    "A glass rod 4.0 mm in diameter is broken in three-point bending over a 30 mm span by a force "
    "of 100 N. What is the flexural strength?"
)


def test_round_bar_with_the_rectangular_formula_is_flagged():
    wrong = """σ = 3FL/(2bd²), taking b = d = 4.0 mm:
σ = (3 × 100 × 30)/(2 × 4.0 × 4.0^2) = 9000/128 = 70.3 MPa"""
    check = _check(ROD, wrong)
    assert check is not None and "round" in check.message and "119.4" in check.message


def test_round_bar_with_the_diameter_cubed_as_radius_is_flagged():
    wrong = """σ = FL/(πR³) = (100 × 30)/(π × 4.0^3) = 3000/201.1 = 14.9 MPa"""
    check = _check(ROD, wrong)
    assert check is not None and "radius" in check.message


def test_round_bar_right_in_either_style_passes():
    assert _check(ROD, "σ = FL/(πR³) = (100 × 30)/(π × 2.0^3) = 3000/25.13 = 119.4 MPa") is None
    assert _check(ROD, "σ = 8FL/(πD³) = 8 × 100 × 30/(π × 64) = 119.4 MPa") is None


def test_a_bar_set_on_edge_is_left_to_the_question():
    on_edge = BAR.replace("rests on two supports", "is set on edge across two supports")
    assert _check(on_edge, SWAPPED) is None
