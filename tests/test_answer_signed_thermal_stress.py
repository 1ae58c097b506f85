"""The signed thermal stress of a restrained bar, σ = −EαΔT with tension positive, when the question states
its sign convention: compressive on heating, tensile on cooling; ΔT final − initial as written. Without a
convention the magnitude relation keeps its rule (a magnitude asked is answered; an unsigned ask refused)."""

import pytest

from matsci_jupyter.engines.answer.solver import solve

BAR = "An aluminium bar (E = 70 GPa, α = 23 × 10^-6 /°C) is fixed rigidly between two supports"


@pytest.mark.parametrize(
    ("question", "want_mpa"),
    [
        (
            f"{BAR} and heated from 25 °C to 65 °C. Find the thermal stress in MPa, with compression negative.",
            -64.4,
        ),
        (
            f"{BAR} at 90 °C and cooled to 40 °C. What stress develops, in MPa (tension positive)?",
            80.5,
        ),
        (
            f"{BAR} and heated by 30 °C. What is the thermal stress, in MPa, tensile positive?",
            -48.3,
        ),
    ],
)
def test_signed_thermal_stress(question: str, want_mpa: float) -> None:
    r = solve(question)
    assert r.quantity is not None, r.reason
    assert r.quantity.to("MPa").magnitude == pytest.approx(want_mpa, rel=1e-3)


def test_unsigned_thermal_stress_ask_still_refused() -> None:
    r = solve(f"{BAR} and heated from 25 °C to 65 °C. What thermal stress develops, in MPa?")
    assert r.quantity is None


def test_thermal_stress_magnitude_still_answered() -> None:
    r = solve(
        f"{BAR} and heated from 25 °C to 65 °C. What is the magnitude of the thermal stress, in MPa?"
    )
    assert r.quantity is not None, r.reason
    assert r.quantity.to("MPa").magnitude == pytest.approx(64.4, rel=1e-3)


def test_signed_thermal_stress_without_a_direction_refused() -> None:
    # a change of 40 °C, neither heating nor cooling said: the sign is open
    r = solve(
        f"{BAR}; its temperature changes by 40 °C. What is the thermal stress in MPa, tension positive?"
    )
    assert r.quantity is None
