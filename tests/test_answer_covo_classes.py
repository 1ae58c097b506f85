"""Coverage classes of helper covo: a diffusion flux named by its species, and a common metal's
standard lattice parameter taken from data when the question says so.

Each class: several differently worded questions that must be answered with the right value, and
near-misses that must be refused or answered from the question's own data.
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.solver import solve
from matsci_jupyter.engines.answer.standard_metal_data import with_standard_lattice_parameter


def _value(question: str, unit: str) -> float:
    answer = solve(question)
    assert answer.quantity is not None, answer.reason
    return float(answer.quantity.to(unit).magnitude)


# --- a diffusion flux named by the species that diffuses ('the carbon flux') -----------------------

FLUX_CASES = [
    (
        "A 5 mm thick iron plate has carbon concentrations of 1.2 and 0.8 kg/m³ on its two faces; "
        "D = 3.0 × 10⁻¹¹ m²/s. Assuming steady state, compute the carbon flux in kg/(m²·s).",
        "kg/(m**2*s)",
        3.0e-11 * 0.4 / 5e-3,
    ),
    (
        "A sheet of steel 2 mm thick has nitrogen atmospheres on both sides; the nitrogen "
        "concentrations at the two faces are 4 kg/m³ and 0.5 kg/m³ and D = 6 × 10⁻¹¹ m²/s. At steady "
        "state, what is the nitrogen flux in kg/(m²·s)?",
        "kg/(m**2*s)",
        6e-11 * 3.5 / 2e-3,
    ),
    (
        "A palladium membrane 1.5 mm thick is held at steady state with hydrogen concentrations of "
        "2.4 and 0.6 kg/m³ at its faces; D = 1.0 × 10⁻⁸ m²/s. Give the hydrogen flux through it in "
        "kg m^-2 s^-1.",
        "kg/(m**2*s)",
        1e-8 * 1.8 / 1.5e-3,
    ),
    (
        "Carbon is held at 1.2 kg/m³ on one face and 0.8 kg/m³ on the other face of a 5.0 mm iron "
        "plate at 700 °C, with D = 3.0 × 10⁻¹¹ m²/s. At steady state, what is the carbon flux through "
        "the plate in grams per square metre per hour?",
        "g/(m**2*hour)",
        3.0e-11 * 0.4 / 5e-3 * 1000 * 3600,
    ),
]


@pytest.mark.parametrize(("question", "unit", "expected"), FLUX_CASES)
def test_flux_named_by_species(question: str, unit: str, expected: float) -> None:
    assert math.isclose(_value(question, unit), expected, rel_tol=1e-3)


def test_flux_with_a_second_plate_diffusivity_is_refused() -> None:
    # a second D (another metal's) is not used: the solver will not guess which D to drop
    answer = solve(
        "A 5 mm thick iron plate has carbon concentrations of 1.2 and 0.8 kg/m³ on its two faces; "
        "D = 3.0 × 10⁻¹¹ m²/s for carbon in iron, and a nickel plate would have D = 8 × 10⁻¹³ m²/s. "
        "Assuming steady state, what is the carbon flux in kg/(m²·s)?"
    )
    assert answer.quantity is None


def test_species_named_concentration_is_not_a_flux() -> None:
    # 'the carbon concentration gradient' asks another quantity; no flux is given for it
    answer = solve(
        "A 5 mm thick iron plate has carbon concentrations of 1.2 and 0.8 kg/m³ on its two faces; "
        "D = 3.0 × 10⁻¹¹ m²/s. Assuming steady state, compute the carbon concentration gradient "
        "in kg/m^4."
    )
    if answer.quantity is not None:
        assert math.isclose(float(answer.quantity.to("kg/m**4").magnitude), 80.0, rel_tol=1e-3)


# --- a common metal's standard lattice parameter, when the question says to take it ---------------

STANDARD_CASES = [
    (
        "At what diffraction angle 2θ, in degrees, does the (111) reflection of a copper sample "
        "appear when Mo Kα X-rays (λ = 0.0711 nm) are used? Use copper's room-temperature lattice "
        "parameter from standard tables.",
        "degree",
        2 * math.degrees(math.asin(0.0711 / (2 * 0.3615 / math.sqrt(3)))),
    ),
    (
        "Using the tabulated lattice parameter of aluminium, compute the interplanar spacing of its "
        "(220) planes, in nm.",
        "nm",
        0.4049 / math.sqrt(8),
    ),
    (
        "Tungsten is examined with Cu Kα radiation of wavelength 0.1542 nm. Taking its lattice "
        "constant from standard tables, find the Bragg angle θ of the (110) reflection in degrees.",
        "degree",
        math.degrees(math.asin(0.1542 / (2 * 0.3165 / math.sqrt(2)))),
    ),
    (
        "Assume the room-temperature lattice parameter of nickel applies. What is the planar density "
        "of the (100) plane of nickel, in atoms per nm²?",
        "1/nm**2",
        2 / 0.3524**2,
    ),
]


@pytest.mark.parametrize(("question", "unit", "expected"), STANDARD_CASES)
def test_standard_lattice_parameter(question: str, unit: str, expected: float) -> None:
    assert math.isclose(_value(question, unit), expected, rel_tol=2e-3)


def test_standard_value_is_named_in_the_notes() -> None:
    answer = solve(
        "Using the tabulated lattice parameter of aluminium, compute the interplanar spacing of its "
        "(220) planes, in nm."
    )
    assert any("0.4049 nm" in note and "aluminium" in note for note in answer.notes)


@pytest.mark.parametrize(
    "question",
    [
        # no word asks for standard data: the missing datum is not filled in
        "Compute the (111) interplanar spacing of copper in nm.",
        # another phase of iron than the room-temperature one
        "Using the standard lattice parameter, compute the (111) interplanar spacing of austenite "
        "(γ-iron) in nm.",
        # an alloy, not the element of the table
        "Using tabulated data for the lattice parameter, compute the (111) interplanar spacing of "
        "brass in nm.",
        # a particular table the question points to but does not reproduce: its value is withheld
        "Molybdenum is BCC with an atomic weight of 95.95 g/mol. Taking the lattice parameter given "
        "for Mo in Table 3.1, compute its theoretical density in g/cm³.",
        "Using the room-temperature lattice parameter listed for chromium, find the (110) spacing "
        "in nm.",
        # two metals of the table: which one is meant is not the rewording's guess
        "Taking the lattice parameters from standard data, compute the (111) spacing of copper and "
        "of nickel in nm.",
    ],
)
def test_standard_value_near_misses_are_refused(question: str) -> None:
    assert solve(question).quantity is None


def test_own_value_wins_over_the_table() -> None:
    question = (
        "Take the lattice parameter of copper from standard data; copper's lattice parameter is "
        "0.360 nm. Compute the (111) spacing in nm."
    )
    assert with_standard_lattice_parameter(question) == (question, [])
    answer = solve(question)
    if answer.quantity is not None:
        assert math.isclose(
            float(answer.quantity.to("nm").magnitude), 0.360 / math.sqrt(3), rel_tol=1e-3
        )


def test_x_ray_tube_metal_is_not_the_specimen() -> None:
    reworded, notes = with_standard_lattice_parameter(
        "A nickel powder is examined with a copper tube (λ = 0.1542 nm). Take the room-temperature "
        "lattice parameter of nickel from standard data and give the (200) spacing in nm."
    )
    assert reworded.startswith("Nickel is FCC with a lattice parameter of 0.3524 nm.")
    assert notes and "nickel" in notes[0]
