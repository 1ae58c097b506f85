"""Reading classes of crystallography questions.

* The atoms of one unit cell asked as a count of one cell ('how many atoms belong to one unit cell',
  'the number of atoms per unit cell'): n = ρ a³ N_A / A from the density, atomic weight and cubic edge.
* A peak named by its indices in a line-broadening question ('its (200) reflection … FWHM 0.30°'): the
  indices name the peak; the Scherrer size t = Kλ/(B cos θ) does not use them.
* The angle between two cubic directions or planes with the cell edge given: the edge is not used.
"""

import math

import pytest

from matsci_jupyter.engines.answer.solver import solve

N_A = 6.02214076e23


@pytest.mark.parametrize(
    "ask",
    [
        "How many atoms belong to one unit cell?",
        "Calculate the number of atoms per unit cell.",
        "How many atoms are there in each unit cell?",
    ],
)
def test_atoms_per_cell_from_density(ask: str) -> None:
    # chromium: n = 7.19 g/cm³ × (2.885e-8 cm)³ × N_A / 52.00 g/mol ≈ 2.00
    r = solve(
        f"Chromium is cubic with density 7.19 g/cm³, atomic weight 52.00 g/mol and a = 0.2885 nm. {ask}"
    )
    assert r.quantity is not None, r.reason
    assert float(r.quantity.magnitude) == pytest.approx(
        7.19 * (2.885e-8) ** 3 * N_A / 52.00, rel=2e-3
    )


def test_atoms_per_cell_needs_the_edge() -> None:
    r = solve(
        "A cubic metal has density 7.19 g/cm³ and atomic weight 52.00 g/mol. How many atoms belong to one unit cell?"
    )
    assert r.quantity is None
    assert r.reason


def test_scherrer_size_with_the_peak_named_by_indices() -> None:
    # t = 0.94 × 0.15406 nm / (0.30° in rad × cos(44.4°/2))
    r = solve(
        "A silver nanopowder shows its (200) reflection at 2θ = 44.4° with a full width at half maximum of "
        "0.30°. Using λ = 0.15406 nm and K = 0.94, estimate the crystallite size in nm with the Scherrer equation."
    )
    assert r.quantity is not None, r.reason
    want = 0.94 * 0.15406 / (math.radians(0.30) * math.cos(math.radians(22.2)))
    assert r.quantity.to("nm").magnitude == pytest.approx(want, rel=1e-3)


def test_peak_indices_still_needed_for_the_lattice_parameter() -> None:
    # no width words: the (200) indices are data for a = d√(h²+k²+l²)
    r = solve(
        "An FCC metal shows its (200) reflection at 2θ = 44.4° with λ = 0.15406 nm. What is the lattice "
        "parameter in nm?"
    )
    d = 0.15406 / (2 * math.sin(math.radians(22.2)))
    assert r.quantity is not None, r.reason
    assert r.quantity.to("nm").magnitude == pytest.approx(d * 2, rel=1e-3)


def test_cubic_angle_with_the_cell_edge_given() -> None:
    # the edge does not enter: cos θ = (1·1 + 1·0 + 1·0)/(√3 × 1) for [111]·[100]
    r = solve(
        "Tungsten is BCC with a = 0.3165 nm. What is the angle between the [111] and [100] directions, in degrees?"
    )
    assert r.quantity is not None, r.reason
    assert r.quantity.to("degree").magnitude == pytest.approx(
        math.degrees(math.acos(1 / math.sqrt(3))), rel=1e-6
    )


def test_cubic_angle_with_another_value_given_refused() -> None:
    r = solve(
        "Tungsten is BCC with a = 0.3165 nm and a density of 19.3 g/cm³. What is the angle between the [111] "
        "and [100] directions, in degrees?"
    )
    assert r.quantity is None
