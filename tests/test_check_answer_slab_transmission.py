"""A plate's transmitted fraction loses the reflection at both faces: T = (1 − R)² e^(−αx)."""

from matsci_jupyter import check_answer
from matsci_jupyter.engines.answer.prose import response_lines
from matsci_jupyter.engines.answer.slab_transmission import slab_transmission_check
from matsci_jupyter.engines.answer.text import normalize

QUESTION = (
    "A polished sheet of a clear polymer is 20 mm thick, has an index of refraction of 1.60 and "
    "absorbs light with a coefficient of 0.02 mm^-1. What fraction of a beam striking it at normal "
    "incidence is transmitted through the sheet?"
)
ONE_FACE = """R = ((1.60 - 1)/(1.60 + 1))^2 = (0.6/2.6)^2 = 0.05325
Absorption: exp(-0.02 × 20) = exp(-0.4) = 0.6703
Transmitted: T = (1 - R) exp(-αx) = 0.94675 × 0.6703 = 0.6346
The transmitted fraction is 0.635."""


def _check(response: str):
    return slab_transmission_check(normalize(QUESTION), response_lines(response))


def test_one_face_for_a_sheet_is_flagged():
    check = _check(ONE_FACE)
    assert check is not None and not check.passed
    assert "0.6008" in check.message  # (1 − R)² e^(−αx)
    assert check_answer(QUESTION, ONE_FACE).verdict == "flagged"


def test_both_faces_pass_in_either_style():
    squared = ONE_FACE.replace(
        "(1 - R) exp(-αx) = 0.94675 × 0.6703 = 0.6346",
        "(1 - R)^2 exp(-αx) = 0.8963 × 0.6703 = 0.6008",
    ).replace("0.635.", "0.601.")
    assert _check(squared) is None
    twice = """Each face reflects R = (0.60/2.60)^2 = 0.0533, so each passes 0.9467 of the light.
Through the thickness: e^(-0.4) = 0.670.
I/I0 = 0.9467 × 0.670 × 0.9467 = 0.601, i.e. 60.1 %."""
    assert _check(twice) is None


def test_a_single_interface_keeps_one_factor():
    question = normalize(
        "Light enters a thick block of glass (n = 1.5, absorption coefficient 0.01 mm^-1) through "
        "one surface only. What fraction is transmitted to a detector 10 mm inside the block?"
    )
    lines = ["R = 0.04; T = (1 - R) e^(-0.1) = 0.96 × 0.9048 = 0.8686"]
    assert slab_transmission_check(question, lines) is None
