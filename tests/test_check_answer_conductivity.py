"""Molar conductivity bounded by the limiting molar conductivity (α ≤ 1)."""

from matsci_jupyter.engines.answer.check_answer import check_response
from matsci_jupyter.engines.answer.conductivity_bound import conductivity_bound_check
from matsci_jupyter.units import get_registry

STEM = (
    "A weak acid HX has limiting molar conductivity $5 \\times 10^2 \\mathrm{~S~cm^2~mol^{-1}}$ "
    "at 25 °C. In one solution of it the degree of dissociation is $\\alpha$ and the molar "
    "conductivity is $\\mathbf{z} \\times 10^2 \\mathrm{~S~cm^2~mol^{-1}}$; diluted tenfold, the "
    "molar conductivity becomes $2 \\mathbf{z} \\times 10^2 \\mathrm{~S~cm^2~mol^{-1}}$. "
)


def test_unknown_above_its_bound_is_flagged():
    answer = check_response(
        STEM + "What is the value of z?", "Working it out, z = 4.\nFinal answer: 4"
    )
    assert answer.verdict == "flagged"
    assert "conductivity bound" in answer.reason


def test_unknown_within_bound_is_not_flagged():
    answer = check_response(
        STEM + "What is the value of z?", "Working it out, z = 1.2.\nFinal answer: 1.2"
    )
    assert "conductivity bound" not in (answer.reason or "")


def test_alpha_bound_follows_the_same_solution():
    from matsci_jupyter.engines.answer.text import normalize

    ureg = get_registry()
    q = normalize(STEM + "What is the value of $\\alpha$?")
    assert conductivity_bound_check(q, ureg.Quantity(0.4, "dimensionless")) is None  # ≤ 1/2
    assert not conductivity_bound_check(q, ureg.Quantity(0.7, "dimensionless")).passed
    assert conductivity_bound_check(q, ureg.Quantity(40, "percent")) is None


def test_question_without_limiting_value_is_left_alone():
    ureg = get_registry()
    q = "The molar conductivity is y × 10^2 S cm^2 mol^-1. What is the value of y?"
    assert conductivity_bound_check(q, ureg.Quantity(9.0, "dimensionless")) is None
