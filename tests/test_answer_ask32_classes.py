"""Session 32 (ask32): classes in the shared reading machinery, each stated in several phrasings of our
own with a must-refuse neighbour.

1. A single-character fraction (½ ¼ ¾ ⅓ ⅔) standing as a number is a value ('a Poisson's ratio of ⅓',
   'a ¾-inch rod', '1½ in.'); written straight after a unit symbol it is a power ('MPa·m½').
"""

import pytest

from matsci_jupyter.engines.answer.quantities import extract
from matsci_jupyter.engines.answer.solver import solve
from matsci_jupyter.engines.answer.text import normalize
from matsci_jupyter.engines.answer.vulgar_fractions import vulgar_fractions


def _numbers(text: str) -> list[float]:
    return [g.number for g in extract(text).givens if g.number is not None]


# --- 1. vulgar fractions: value or power by position -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The elastomer's Poisson's ratio is ½ to a good approximation.", 0.5),
        ("Take ν = ⅓ for this aluminium alloy.", 1 / 3),
        ("Its Poisson's ratio of ¼ is typical of glasses.", 0.25),
        ("A ¾-inch bar is machined.", 0.75),
        ("A 1½ in. shaft is turned down.", 1.5),
        ("The anneal lasts 2 ¾ h in air.", 2.75),
        ("The grain grows for ⅔ h.", 2 / 3),
        ("A fibre (Poisson's ratio ¼) is drawn.", 0.25),
        ("A block (ν = ⅓) is squeezed.", 1 / 3),
    ],
)
def test_a_standing_vulgar_fraction_is_a_value(text: str, value: float) -> None:
    assert _numbers(text) == [pytest.approx(value, rel=1e-5)]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("K_Ic = 40 MPa·m½", "MPa·m^(1/2)"),
        ("K_Ic = 40 MPa·m^½", "MPa·m^(1/2)"),
        ("K_c = 35 ksi·in.½", "ksi·in.^(1/2)"),
        ("σ_m = 2σ₀(a/ρ_t)^½", "(a/ρ_t)^(1/2)"),
        ("a line energy E ≈ ½Gb²", "^(1/2)Gb^2"),
    ],
)
def test_a_fraction_after_a_unit_or_glued_to_a_name_is_as_before(text: str, written: str) -> None:
    assert written in normalize(text)


@pytest.mark.parametrize(
    "text",
    [
        "A bar stretches by ¼ of its initial length.",
        "The load is ⅓ of the yield load.",
    ],
)
def test_a_share_of_another_quantity_stays_a_share(text: str) -> None:
    assert "of" in vulgar_fractions(text) and "/" in vulgar_fractions(text)
    assert _numbers(text) != [pytest.approx(0.25)] or "¼" not in text


def test_the_fracture_toughness_unit_keeps_its_power() -> None:
    givens = [g for g in extract("A steel has K_Ic = 40 MPa·m½.").givens if g.number is not None]
    assert [g.number for g in givens] == [pytest.approx(40)]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "A rod with a Poisson's ratio of ⅓ is pulled so that its axial strain is 0.003. What is "
            "the lateral strain?",
            -0.001,
        ),
        (
            "A glass fibre (Poisson's ratio ¼) is stretched to an axial strain of 0.002. What lateral "
            "strain results?",
            -0.0005,
        ),
        (
            "A ¾-inch diameter rod carries a tensile load of 10,000 lbf. What is the engineering "
            "stress in psi?",
            22635.37,
        ),
        (
            "A 1½ in. diameter rod carries a tensile load of 10,000 lbf. What is the engineering "
            "stress in psi?",
            5658.84,
        ),
    ],
)
def test_questions_with_vulgar_fraction_values_are_answered(question: str, expected: float) -> None:
    answer = solve(question)
    assert answer.quantity is not None, answer.reason
    assert answer.quantity.magnitude == pytest.approx(expected, rel=2e-3)


@pytest.mark.parametrize(
    "question",
    [
        # read as the value ¾, a Poisson's ratio above ½ is refused as absurd
        "A rod with a Poisson's ratio of ¾ is pulled to an axial strain of 0.003. What is the lateral "
        "strain?",
        "A rod (Poisson's ratio ⅔) is pulled to an axial strain of 0.003. What is the lateral strain?",
        # the fraction is an exponent of the unit, not a Poisson's ratio: nothing to take it from
        "A steel of toughness 40 MPa·m½ is pulled to an axial strain of 0.003. What is the lateral "
        "strain?",
    ],
)
def test_vulgar_fraction_neighbours_are_refused(question: str) -> None:
    assert solve(question).quantity is None
