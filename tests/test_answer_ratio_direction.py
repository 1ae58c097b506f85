"""Which part is asked, and which way a ratio runs.

'What fraction of the load does the matrix carry?' is not the fibres' share; 'the ratio of the
homogeneous to the heterogeneous barrier' is the inverse of S(θ) = ΔG*het/ΔG*hom. An output whose
label names another part than the asked one, or whose ratio runs the other way, does not answer;
the look-alikes ask the output's own part or direction and keep their answers.
"""

from __future__ import annotations

import pytest

from matsci_jupyter import answer

_COMPOSITE = (
    "An aligned composite holds 35 vol% continuous glass fibres (E = 72 GPa) in a polyester matrix "
    "(E = 3.0 GPa) and is loaded along the fibres. {}"
)
_FIBRE_SHARE = 0.35 * 72 / (0.35 * 72 + 0.65 * 3.0)


def test_matrix_share_of_the_load_is_not_the_fibre_share() -> None:
    a = answer(_COMPOSITE.format("What fraction of the load does the matrix carry?"))
    assert a.quantity is None or float(a.quantity.to("dimensionless").magnitude) == pytest.approx(
        1 - _FIBRE_SHARE, rel=1e-3
    )


def test_fibre_share_of_the_load_is_still_answered() -> None:
    a = answer(_COMPOSITE.format("What fraction of the load do the fibres carry?"))
    assert a.quantity is not None
    assert float(a.quantity.to("dimensionless").magnitude) == pytest.approx(_FIBRE_SHARE, rel=1e-3)


@pytest.mark.parametrize(
    "ask",
    [
        "What is the ratio of the load carried by the matrix to that carried by the fibres?",
        "What is the ratio of the matrix load to the fibre load?",
        "What is the matrix-to-fibre load ratio?",
    ],
)
def test_inverse_load_ratio_is_not_answered_with_the_forward_one(ask: str) -> None:
    a = answer(_COMPOSITE.format(ask))
    forward = 0.35 * 72 / (0.65 * 3.0)
    assert a.quantity is None or float(a.quantity.to("dimensionless").magnitude) == pytest.approx(
        1 / forward, rel=1e-3
    )


@pytest.mark.parametrize(
    "ask",
    [
        "What is the ratio of the load carried by the fibres to that carried by the matrix?",
        "What is the fibre-to-matrix load ratio?",
    ],
)
def test_forward_load_ratio_is_still_answered(ask: str) -> None:
    a = answer(_COMPOSITE.format(ask))
    assert a.quantity is not None
    assert float(a.quantity.to("dimensionless").magnitude) == pytest.approx(
        0.35 * 72 / (0.65 * 3.0), rel=1e-3
    )


def test_inverse_barrier_ratio_is_not_answered_with_the_shape_factor() -> None:
    a = answer(
        "A solid nucleates as a spherical cap on a mould wall with a wetting angle of 45°. What is "
        "the ratio of the homogeneous to the heterogeneous nucleation barrier?"
    )
    assert a.quantity is None or float(a.quantity.to("dimensionless").magnitude) > 1


def test_barrier_ratio_in_its_own_direction_is_still_answered() -> None:
    a = answer(
        "A solid nucleates as a spherical cap on a mould wall with a wetting angle of 45°. What is "
        "the ratio of the heterogeneous to the homogeneous nucleation barrier?"
    )
    assert a.quantity is not None
    c = 0.7071067811865476
    assert float(a.quantity.to("dimensionless").magnitude) == pytest.approx(
        (2 + c) * (1 - c) ** 2 / 4, rel=1e-3
    )


def test_part_pairs_come_from_one_quantity_of_two_parts() -> None:
    from matsci_jupyter.engines.answer.asked import part_pairs

    pairs = part_pairs()
    assert frozenset(("fiber", "matrix")) in pairs
    assert frozenset(("electron", "hole")) in pairs
    # two different quantities are no parts: a charge's 'point' is not the 'separation' of charges
    assert frozenset(("point", "separation")) not in pairs
    assert frozenset(("strain", "stress")) not in pairs


def test_charge_separation_is_still_answered() -> None:
    a = answer(
        "What distance must separate point charge q1 = 12.0 µC from point charge q2 = −30.0 µC so "
        "that the electrostatic force between them has a magnitude of 4.00 N? Give the answer in m."
    )
    assert a.quantity is not None
    assert float(a.quantity.to("m").magnitude) == pytest.approx(
        (8.9875517923e9 * 12e-6 * 30e-6 / 4.0) ** 0.5, rel=1e-3
    )
