"""Three coverage classes the lead's session-30 probes found refused on main, answered now.
(A fourth, a polymer's specimen density from its crystallinity, was dropped: with the ask naming
the amorphous density, the film's density was bound as ρ_a and ρ_s answered — probe round 9.)

1. The cubic cell edge of a rock-salt or CsCl crystal from its ionic radii, when the question names
   the structure (or NaCl / CsCl itself); radii of an unnamed structure stay refused.
2. The polarization of a dielectric in a stated field, P = ε₀(ε_r − 1)E.
3. A change asked of a quantity when a sentence BEFORE the ask moves one variable from one value to
   another ('The grain size is refined from 50 to 10 µm. By how much does the yield strength
   rise?'): both states solved by one relation, the first state the base. Two variables moving, or
   a direction the data contradict, stay refused.
"""

from __future__ import annotations

import pytest

from matsci_jupyter.engines.answer.solver import solve

# Hall–Petch σ_y = σ₀ + k d^−½; Arrhenius D = D₀ exp(−Q/RT)
CHANGE = [
    (
        "The grain diameter of a ferritic steel is refined from 64 µm to 16 µm. Take σ0 = 80 MPa "
        "and k = 0.6 MPa m^0.5. By how much does the yield strength increase?",
        0.6 * (1 / 16e-6**0.5 - 1 / 64e-6**0.5),
        "MPa",
    ),
    (
        "An anneal is run hotter, from 1100 K to 1200 K. For the diffusing species Q = 180 kJ/mol "
        "and D0 = 1.0e-5 m^2/s. By what percentage does the diffusion coefficient increase?",
        100 * (2.718281828459045 ** (180000 / 8.314462618 * (1 / 1100 - 1 / 1200)) - 1),
        "percent",
    ),
]
EDGE_AND_FIELD = [
    # a = 2(r_C + r_A)
    (
        "Lithium fluoride crystallizes in the rock salt structure; its ionic radii are 0.076 nm (Li+) "
        "and 0.133 nm (F-). Calculate its lattice parameter.",
        2 * (0.076 + 0.133),
        "nm",
    ),
    # a = 2(r_C + r_A)/√3
    (
        "Assume a CsCl structure for CsBr with ionic radii 0.170 nm (Cs+) and 0.196 nm (Br-). What "
        "is the cell edge length?",
        2 * (0.170 + 0.196) / 3**0.5,
        "nm",
    ),
    # P = ε₀(ε_r − 1)E
    (
        "What polarization develops in a dielectric of relative permittivity 4.5 under an electric "
        "field of 2.0e4 V/m?",
        8.8541878128e-12 * 3.5 * 2.0e4,
        "C/m^2",
    ),
]
EDGE_REFUSE = [
    # no structure named: which ions touch along which line is not said
    "The ionic radii of Ca2+ and O2- are 0.100 nm and 0.140 nm. What is the lattice parameter?",
]
CHANGE_REFUSE = [
    # the data make the yield strength rise, the ask says it falls
    "The grain diameter of a ferritic steel is refined from 64 µm to 16 µm. Take σ0 = 80 MPa and "
    "k = 0.6 MPa m^0.5. By how much does the yield strength decrease?",
    # two variables move: which change is meant is unclear
    "The temperature goes from 1100 K to 1200 K and the time from 1 h to 2 h. Q = 180 kJ/mol and "
    "D0 = 1.0e-5 m^2/s. By what percentage does the diffusion coefficient increase?",
]


@pytest.mark.parametrize(("question", "key", "unit"), CHANGE + EDGE_AND_FIELD)
def test_answered_right(question: str, key: float, unit: str) -> None:
    answer = solve(question)
    assert answer.quantity is not None, answer.reason
    assert answer.quantity.to(unit).magnitude == pytest.approx(key, rel=2e-3)


@pytest.mark.parametrize("question", CHANGE_REFUSE + EDGE_REFUSE)
def test_refused_with_a_reason(question: str) -> None:
    answer = solve(question)
    assert answer.quantity is None, f"answered {answer.quantity} for a must-refuse question"
    assert answer.reason and "internal error" not in answer.reason


# Found at the merge (session 30): a share asked from moduli set aside the TARGET modulus as if it
# were a strength, and the porosity law E = E₀(1 − 1.9P + 0.9P²) answered a fibre fraction (93 % for
# a key of 21 %). The fibre fraction is (E_c − E_m)/(E_f − E_m); refused or right, never a porosity.
FIBRE_SHARE = [
    (
        "What volume fraction of continuous, aligned glass fibres (E = 72 GPa) must be added to a "
        "polyester (E = 3.5 GPa) to reach a longitudinal modulus of 30 GPa? Answer in vol%.",
        100 * (30 - 3.5) / (72 - 3.5),
    ),
    (
        "Which volume fraction of aligned continuous boron fibres (E = 400 GPa) must go into an "
        "aluminium matrix (E = 70 GPa) for a longitudinal modulus of 150 GPa? Give it in vol%.",
        100 * (150 - 70) / (400 - 70),
    ),
    (
        "How much glass fibre (E = 72 GPa), by volume, must an aligned epoxy (E = 3.0 GPa) composite "
        "hold for a longitudinal modulus of 30 GPa? Give vol%.",
        100 * (30 - 3.0) / (72 - 3.0),
    ),
    (
        "An epoxy (E = 2.8 GPa) is to be stiffened with continuous aligned aramid fibres (E = 125 "
        "GPa) to a longitudinal modulus of 40 GPa. What fibre volume fraction, in percent, is needed?",
        100 * (40 - 2.8) / (125 - 2.8),
    ),
]


@pytest.mark.parametrize(("question", "key"), FIBRE_SHARE)
def test_fibre_share_is_never_a_porosity(question: str, key: float) -> None:
    answer = solve(question)
    if answer.quantity is None:
        assert answer.reason and "internal error" not in answer.reason
        return
    assert "porosity" not in (answer.relation or "")
    assert answer.quantity.to("percent").magnitude == pytest.approx(key, rel=2e-3)


def test_coercivity_beside_a_loop_area_is_still_set_aside() -> None:
    # P = w V f; the coercivity is another property of the steel (a rectangular-loop relation that
    # used it was taken out of the library for making it look relevant)
    answer = solve(
        "A lamination steel's hysteresis loop encloses 180 J/m^3 per cycle and its coercivity is "
        "35 A/m. For 2.0 × 10^-3 m^3 of core at 60 Hz, what power is lost to hysteresis?"
    )
    assert answer.quantity is not None, answer.reason
    assert answer.quantity.to("W").magnitude == pytest.approx(180 * 2.0e-3 * 60, rel=1e-3)
