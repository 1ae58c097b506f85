"""check_answer: two classes of missed errors found by set U's first run (worked answers written
blind to the checker), each caught as a class, with the right variants left alone.

1. a false unit equivalence inside a bracket that more working follows ('Converting to mm² (1 in² =
   25.4 mm²): 320 000/25.4 ≈ …'): the bracket's content is read on its own, so '1 in² = 25.4 mm²'
   is checked (it is 645.16 mm²) although the line goes on after the bracket;
2. a final that restates the last result in a larger unit with two digits swapped or one changed
   ('864 × 86 400 = 74,649,600 J' then 'about 76.4 MJ'): the result is rounded to the digits the
   final writes before the two are compared;
3. (a false alarm seen beside set U's run) a loss asked in words ('how much zinc is lost', 'how far
   does the bar shrink') answered with the size of the steps' signed change (Δm = −1.22 g, final
   1.22 g) is the response's own result; a 'change in mass' stays signed;
4. 2θ asked and the angle whose sine is the response's sin θ answered, under another name ('sin θ =
   … = 0.5995, so the diffraction angle is arcsin(0.5995) = 36.83°'): that angle is θ.
"""

from __future__ import annotations

import pytest

from matsci_jupyter.engines.answer import check_answer


def _flagged(question: str, response: str) -> str:
    result = check_answer(question, response)
    assert result.verdict == "flagged", (result.verdict, [str(c) for c in result.checks])
    return result.reason or ""


def _not_flagged(question: str, response: str) -> None:
    result = check_answer(question, response)
    assert result.verdict != "flagged", result.reason


# ------------------------------------------------ 1. a bracketed equivalence with working after it
GRAIN_Q = (
    "A micrograph at 100× shows an ASTM grain size number of 5. How many grains are there per "
    "square millimetre of the real surface?"
)
BRACKET_WRONG = [
    (
        GRAIN_Q,
        "N = 2^(5−1) = 16 grains/in² at 100×, so 16 × 100² = 160,000 grains/in² of real surface.\n"
        "In mm² (1 in² = 25.4 mm²): 160,000/25.4 ≈ 6,299 grains/mm²\n"
        "Final Answer: 6299 grains/mm²",
        "645",
    ),
    (
        "A plate 2.0 m long expands by 1.2 mm. What is the strain?",
        "Working in mm (2.0 m = 200 mm), the strain is 1.2/200 = 0.006.\nAnswer: 0.006",
        "2000",
    ),
    (
        "A foil is 15 µm thick. What is its thickness in nm?",
        "Convert (1 µm = 100 nm) then multiply: 15 × 100 = 1500 nm.\nAnswer: 1500 nm",
        "1000",
    ),
]


@pytest.mark.parametrize(("question", "response", "right"), BRACKET_WRONG)
def test_a_false_equivalence_in_a_bracket_is_flagged(question, response, right):
    assert right in _flagged(question, response).replace(",", "").replace(" ", "")


BRACKET_RIGHT = [
    (
        GRAIN_Q,
        "N = 2^(5−1) = 16 grains/in² at 100×, so 16 × 100² = 160,000 grains/in² of real surface.\n"
        "In mm² (1 in² = 645.16 mm²): 160,000/645.16 ≈ 248 grains/mm²\n"
        "Final Answer: 248 grains/mm²",
    ),
    (
        "A plate 2.0 m long expands by 1.2 mm. What is the strain?",
        "Working in mm (2.0 m = 2000 mm), the strain is 1.2/2000 = 0.0006.\nAnswer: 6.0 × 10^-4",
    ),
    (
        "A foil is 15 µm thick. What is its thickness in nm?",
        "Convert (1 µm = 1000 nm) then multiply: 15 × 1000 = 15 000 nm.\nAnswer: 15 000 nm",
    ),
]


@pytest.mark.parametrize(("question", "response"), BRACKET_RIGHT)
def test_a_true_equivalence_in_a_bracket_is_not_flagged(question, response):
    _not_flagged(question, response)


# ------------------------------------------------ 2. a final miscopied while changing the unit
WALL_Q = (
    "A brick wall (k = 0.60 W/(m·K)) of 10 m² and 0.20 m thickness has 18 °C inside and −2 °C "
    "outside. How much heat, in MJ, passes through it in one day?"
)
MISCOPY_WRONG = [
    (
        WALL_Q,
        "q = kAΔT/L = 0.60 × 10 × 20/0.20 = 600 W. In one day (86 400 s):\n"
        "600 × 86 400 = 51,840,000 J.\n\nTherefore, the answer is about 58.1 MJ.",
    ),
    (
        "A heater draws 2.5 kW for 3 hours. How much energy does it use, in MJ?",
        "E = P t = 2500 × 10 800 = 27,000,000 J.\nSo the energy used is 72.0 MJ.",
    ),
    (
        "A 40 kg steel block (c = 0.46 kJ/(kg·K)) is heated by 350 K. Find the heat in MJ.",
        "Q = m c ΔT = 40 × 460 × 350 = 6,440,000 J\nThe answer is 4.64 MJ.",
    ),
]


@pytest.mark.parametrize(("question", "response"), MISCOPY_WRONG)
def test_a_final_miscopied_in_another_unit_is_flagged(question, response):
    _flagged(question, response)
    failed = [c.name for c in check_answer(question, response).checks if not c.passed]
    assert "own result" in failed


MISCOPY_RIGHT = [
    (
        WALL_Q,
        "q = kAΔT/L = 0.60 × 10 × 20/0.20 = 600 W. In one day (86 400 s):\n"
        "600 × 86 400 = 51,840,000 J.\n\nTherefore, the answer is about 51.8 MJ.",
    ),
    (
        "A heater draws 2.5 kW for 3 hours. How much energy does it use, in MJ?",
        "E = P t = 2500 × 10 800 = 27,000,000 J.\nSo the energy used is 27.0 MJ.",
    ),
    (
        "A 40 kg steel block (c = 0.46 kJ/(kg·K)) is heated by 350 K. Find the heat in MJ.",
        "Q = m c ΔT = 40 × 460 × 350 = 6,440,000 J\nThe answer is 6.44 MJ.",
    ),
    (
        "A 40 kg steel block (c = 0.46 kJ/(kg·K)) is heated by 350 K. Find the heat in MJ.",
        "Q = m c ΔT = 40 × 460 × 350 = 6,440,000 J\nThe answer is about 6.4 MJ.",
    ),
]


@pytest.mark.parametrize(("question", "response"), MISCOPY_RIGHT)
def test_a_final_rounded_in_another_unit_is_not_flagged(question, response):
    _not_flagged(question, response)


# ------------------------------------------------ 3. a loss asked in words, answered as a size
LOSS_RIGHT = [
    (
        "A zinc anode carries 0.50 A for 2.0 h. How much zinc is lost, in grams?",
        "m = I t M/(n F) = (0.50)(7200)(65.38)/(2 × 96485) = 1.220 g\n"
        "Δm = 0 - 1.220 g = -1.220 g\nFinal answer: 1.22 g",
    ),
    (
        "A crucible of 2.000 g weighs 1.872 g after firing. How much mass did it lose, in mg?",
        "Δm = 1.872 g - 2.000 g = -0.128 g = -128 mg\nFinal answer: 128 mg",
    ),
    (
        "A 500.0 mm rod cools and ends 499.1 mm long. How far does it shrink, in mm?",
        "ΔL = 499.1 mm - 500.0 mm = -0.9 mm\nFinal answer: 0.9 mm",
    ),
]


@pytest.mark.parametrize(("question", "response"), LOSS_RIGHT)
def test_the_size_of_a_loss_asked_in_words_is_not_flagged(question, response):
    _not_flagged(question, response)


LOSS_WRONG = [
    (
        "A crucible of 2.000 g weighs 1.872 g after firing. How much mass did it lose, in mg?",
        "Δm = 1.872 g - 2.000 g = -0.128 g = -128 mg\nFinal answer: 182 mg",
    ),
    (
        "A crucible of 2.000 g weighs 1.872 g after firing. What is the change in its mass, in mg?",
        "Δm = 1.872 g - 2.000 g = -0.128 g = -128 mg\nFinal answer: 128 mg",
    ),
    (
        "A 500.0 mm rod cools and ends 499.1 mm long. How far does it shrink, in mm?",
        "ΔL = 499.1 mm - 500.0 mm = -0.9 mm\nFinal answer: 9 mm",
    ),
]


@pytest.mark.parametrize(("question", "response"), LOSS_WRONG)
def test_a_miscopied_loss_or_an_unsigned_change_is_flagged(question, response):
    _flagged(question, response)


# ------------------------------------------------ 4. arcsin of the response's sin θ is θ
TWO_THETA_Q = [
    "Nickel (FCC, a = 0.3524 nm) is examined with λ = 0.15406 nm. At what diffraction angle 2θ "
    "does the (111) reflection appear?",
    "For tungsten, BCC with a = 0.3165 nm, and Cu Kα (0.15406 nm), find 2θ for the (110) peak.",
    "Aluminium is FCC, a = 0.4049 nm; with λ = 0.1541 nm, where (2θ) is the (200) line?",
]
THETA_WRONG = [
    "d = 0.3524/√3 = 0.20346 nm. sin θ = 0.15406/(2 × 0.20346) = 0.3786, so the diffraction "
    "angle is arcsin(0.3786) = 22.25°.\nTherefore, the answer is 22.25°.",
    "d = 0.3165/√2 = 0.22380 nm\nsin θ = 0.15406/(2 × 0.22380) = 0.3442\n"
    "peak position = sin^-1(0.3442) = 20.13°\n**Final Answer:** 20.13°",
    "d = 0.4049/2 = 0.20245 nm; sin θ = 0.1541/(2 × 0.20245) = 0.3806; the line lies at "
    "arcsin(0.3806) = 22.37°.\nAnswer: 22.37°",
]


@pytest.mark.parametrize(("question", "response"), list(zip(TWO_THETA_Q, THETA_WRONG, strict=True)))
def test_theta_from_arcsin_answered_for_two_theta_is_flagged(question, response):
    _flagged(question, response)
    failed = [c.name for c in check_answer(question, response).checks if not c.passed]
    assert "asked quantity" in failed


THETA_RIGHT = [
    "d = 0.3524/√3 = 0.20346 nm. sin θ = 0.15406/(2 × 0.20346) = 0.3786, so arcsin(0.3786) = "
    "22.25° and the diffraction angle is 2 × 22.25 = 44.50°.\nTherefore, the answer is 44.50°.",
    "d = 0.3165/√2 = 0.22380 nm\nsin θ = 0.15406/(2 × 0.22380) = 0.3442\n"
    "θ = sin^-1(0.3442) = 20.13°\n2θ = 40.27°\n**Final Answer:** 40.27°",
]


@pytest.mark.parametrize(
    ("question", "response"), list(zip(TWO_THETA_Q[:2], THETA_RIGHT, strict=True))
)
def test_two_theta_from_the_arcsin_is_not_flagged(question, response):
    _not_flagged(question, response)
