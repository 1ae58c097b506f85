"""What the question rules out is not asked, and a cell edge is not a plane spacing.

'θ (not 2θ)', 'the radius, not the diameter,', 'θ rather than 2θ': the alternative after 'not',
'rather than' or 'instead of' names no asked quantity (it was read as the asked 2θ). And 'BCC, a = …'
gives the cell edge: Bragg's law needs the spacing of the diffracting planes, which equals a only for
planes the question would then name, so a bare 'a' does not fill it.
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter import answer
from matsci_jupyter.engines.answer.quantities import without_negated_alternatives

_SILVER = (
    "Silver is FCC with a = 0.4086 nm. Using X-rays of wavelength 0.1542 nm, find the Bragg angle "
    "θ{}, in degrees, of the second reflection in its powder pattern."
)
_THETA_200 = math.degrees(math.asin(0.1542 / 0.4086))


@pytest.mark.parametrize("ruled_out", [" (not 2θ)", " rather than 2θ", " (instead of 2θ)"])
def test_theta_with_two_theta_ruled_out(ruled_out: str) -> None:
    a = answer(_SILVER.format(ruled_out))
    assert a.quantity is not None
    assert float(a.quantity.to("degree").magnitude) == pytest.approx(_THETA_200, rel=1e-4)


def test_theta_plainly_asked_is_unchanged() -> None:
    a = answer(_SILVER.format(""))
    assert a.quantity is not None
    assert float(a.quantity.to("degree").magnitude) == pytest.approx(_THETA_200, rel=1e-4)


def test_ruled_out_alternatives_are_dropped_from_the_asking_text() -> None:
    assert without_negated_alternatives("Give the radius, not the diameter, in nm.") == (
        "Give the radius, in nm."
    )
    assert without_negated_alternatives("Give θ (not 2θ).") == "Give θ."
    # a 'not' that is no alternative to the asked quantity stays
    assert without_negated_alternatives("If it does not melt, find T.") == (
        "If it does not melt, find T."
    )


def test_cell_edge_is_not_taken_for_the_plane_spacing() -> None:
    a = answer(
        "Molybdenum is BCC with a = 0.3147 nm. Using radiation of wavelength 0.1790 nm, what is "
        "the Bragg angle θ for first-order diffraction?"
    )
    assert a.quantity is None  # which planes diffract is not said


def test_named_planes_of_a_cubic_cell_are_still_answered() -> None:
    a = answer(
        "The (110) planes of molybdenum (BCC, a = 0.3147 nm) diffract radiation of wavelength "
        "0.1790 nm. What is the first-order Bragg angle θ in degrees?"
    )
    assert a.quantity is not None
    d = 0.3147 / math.sqrt(2)
    assert float(a.quantity.to("degree").magnitude) == pytest.approx(
        math.degrees(math.asin(0.1790 / (2 * d))), rel=1e-4
    )


def test_a_stated_plane_spacing_is_still_answered() -> None:
    a = answer(
        "Planes 0.2225 nm apart diffract radiation of wavelength 0.1790 nm. What is the "
        "first-order Bragg angle θ in degrees?"
    )
    assert a.quantity is not None
    assert float(a.quantity.to("degree").magnitude) == pytest.approx(
        math.degrees(math.asin(0.1790 / (2 * 0.2225))), rel=1e-4
    )
