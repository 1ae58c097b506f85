"""Kinetic theory of rubber elasticity: G = ρRT/M_c, E = 3G (Treloar ch. 4).

Young's modulus and the shear modulus are answered when named; a rubber's bare 'modulus' is not
(either is meant in the literature); a glassy or crystalline polymer is no ideal network.
"""

from __future__ import annotations

import pytest

from matsci_jupyter.engines.answer import check_answer
from matsci_jupyter.engines.answer.solver import solve

STEM = (
    "A cross-linked polyisoprene network has a density of 0.91 g/cm³ and a number-average molar mass "
    "of 12 000 g/mol between cross-links. "
)
G_MPA = 910 * 8.314462618 * 310 / 12.0 / 1e6  # ρRT/M_c at 310 K, in MPa


def test_shear_modulus_when_named() -> None:
    answer = solve(STEM + "Find the shear modulus of the rubber at 310 K in MPa.")
    assert answer.ok, answer.reason
    assert answer.quantity.to("MPa").magnitude == pytest.approx(G_MPA, rel=1e-3)


def test_youngs_modulus_is_three_times_the_shear_modulus() -> None:
    answer = solve(STEM + "What Young's modulus does the rubber have at 37 °C, in MPa?")
    assert answer.ok, answer.reason
    assert answer.quantity.to("MPa").magnitude == pytest.approx(3 * G_MPA, rel=2e-3)


@pytest.mark.parametrize(
    "question",
    [
        STEM + "What is the modulus of the rubber at 310 K, in MPa?",  # which modulus: not said
        STEM.replace("cross-linked polyisoprene network", "glassy cross-linked polymer")
        + "Find its Young's modulus at 310 K in MPa.",  # no ideal network below T_g
    ],
)
def test_unnamed_modulus_or_a_glassy_polymer_is_refused(question: str) -> None:
    assert not solve(question).ok


def test_checker_flags_the_shear_modulus_given_as_youngs() -> None:
    question = STEM + "Estimate the rubber's Young's modulus at 310 K, in MPa."
    wrong = (
        f"E = ρRT/M_c = (910 × 8.314 × 310)/12.0 = {G_MPA * 1e6:.4g} Pa\n\n"
        f"**Final Answer:** E ≈ {G_MPA:.3f} MPa"
    )
    right = (
        f"E = 3ρRT/M_c = 3 × (910 × 8.314 × 310)/12.0 = {3 * G_MPA * 1e6:.4g} Pa\n\n"
        f"**Final Answer:** E ≈ {3 * G_MPA:.3f} MPa"
    )
    assert check_answer(question, wrong).verdict == "flagged"
    assert check_answer(question, right).verdict == "consistent"
