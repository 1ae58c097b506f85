"""Bragg's law takes the Bragg angle θ, half the diffraction angle 2θ."""

from matsci_jupyter import check_answer
from matsci_jupyter.engines.answer.bragg_angle import bragg_angle_check
from matsci_jupyter.engines.answer.prose import response_lines
from matsci_jupyter.engines.answer.text import normalize

QUESTION = (
    "With X-rays of wavelength 0.1790 nm, a BCC metal shows its (110) peak at 2θ = 52.4°. "
    "Find the interplanar spacing d_110 for a first-order reflection."
)
FULL_ANGLE = """Bragg: nλ = 2d sin θ
sin(52.4°) = 0.7923
d = 0.1790 nm/(2 × 0.7923) = 0.1130 nm
d_110 ≈ 0.113 nm"""


def _check(question: str, response: str):
    return bragg_angle_check(normalize(question), response_lines(response))


def test_sine_of_two_theta_is_flagged():
    check = _check(QUESTION, FULL_ANGLE)
    assert check is not None and not check.passed
    assert "θ = 26.2°" in check.message and "0.2027 nm" in check.message
    assert check_answer(QUESTION, FULL_ANGLE).verdict == "flagged"


def test_halved_angle_passes_in_either_style():
    right = """θ = 52.4°/2 = 26.2°
d = λ/(2 sin θ) = 0.1790/(2 × sin 26.2°) = 0.1790/0.8830 = 0.2027 nm"""
    assert _check(QUESTION, right) is None
    other = "d = nλ / (2 sin(2θ/2)) = 0.1790 nm / (2 × 0.4415) = 0.2027 nm"
    assert _check(QUESTION, other) is None


def test_lattice_parameter_from_the_wrong_spacing_is_flagged():
    question = (
        "An FCC powder gives its (200) line at a diffraction angle 2θ of 50.4° with radiation of "
        "wavelength 0.1542 nm. What is the lattice parameter?"
    )
    wrong = """θ = 50.4°, sin θ = 0.7705
d_200 = 0.1542/(2 × 0.7705) = 0.1001 nm
a = 2 d_200 = 0.2002 nm"""
    check = _check(question, wrong)
    assert check is not None and "θ = 25.2°" in check.message


def test_a_given_bragg_angle_must_not_be_halved():
    question = (
        "X-rays of wavelength 0.0711 nm are reflected in first order at a Bragg angle of 14.0°. "
        "What is the spacing of the reflecting planes?"
    )
    halved = "sin(7.0°) = 0.1219; d = 0.0711/(2 × 0.1219) = 0.2917 nm"
    check = _check(question, halved)
    assert check is not None and "0.1469" in check.message
    right = "d = 0.0711 nm/(2 sin 14.0°) = 0.0711/0.4838 = 0.1470 nm"
    assert _check(question, right) is None
