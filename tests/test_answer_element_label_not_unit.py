"""An element's symbol in parentheses after its name ('nitrogen gas (N2)', 'tungsten (W)') labels the
substance; it is not a requested unit (newton², watt). A unit alone in parentheses after a quantity's name
('the power (W)') still is."""

import pytest

from matsci_jupyter.engines.answer.quantities import find_requested
from matsci_jupyter.engines.answer.solver import solve
from matsci_jupyter.engines.answer.text import normalize


def _requested(question: str) -> list[str]:
    return [r.unit.text for r in find_requested(normalize(question))]


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("What mass of oxygen gas (O2) fills a 2 L flask at STP? Answer in g.", ["g"]),
        ("What mass of nitrogen (N2) is held in the cylinder, in kg?", ["kg"]),
        ("Find the lattice parameter of tungsten (W) in nm.", ["nm"]),
        ("What is the heat dissipated per second (W) by the resistor?", ["W"]),
        ("What is the net force (N) on the block?", ["N"]),
    ],
)
def test_element_label_is_not_a_unit(question: str, want: list[str]) -> None:
    assert _requested(question) == want


def test_ideal_gas_mass_with_the_formula_in_parentheses() -> None:
    # m = pVM/(RT) = 3.00 atm × 5.00 L × 28.014 g/mol / (0.082057 L·atm/(mol·K) × 300 K)
    r = solve(
        "What mass of nitrogen gas (N2) fills a 5.00 L tank at 300 K and 3.00 atm? Give the answer in g."
    )
    assert r.quantity is not None, r.reason
    assert r.quantity.to("g").magnitude == pytest.approx(
        3.00 * 5.00 * 28.014 / (0.082057 * 300), rel=2e-3
    )
