"""check_answer: false alarms on set S's reference solutions (heldout18, written blind), by class.

* **An alternative the question rules out is not asked** (half_or_double.py): 'the Bragg angle θ
  (not 2θ)' asks for θ; a response answering θ is not the 'θ where 2θ is asked' confusion.
* **The member of a pair the question rules out, answered** (half_or_double.ruled_out_member_check):
  'θ (not 2θ)' asked and '2θ = 38.46°. Answer: 38.46°' given, though the response states θ too; a
  radius asked 'not the diameter' answered with the diameter. A miss on set S's worked answers.
* **A lateral change asked 'by how much does the diameter change', with its sign** (poisson_sign.py):
  the sign check read only 'the change in the diameter'; a tension answered with a positive change
  is flagged however the change is asked.
* **An amount asked per square metre per hour** (asked_per.py): 'How many kg … pass per square metre
  per hour?' asks for kg/(m²·h), a flux; 'per square metre' divides by m² and a second 'per' right
  after divides again.
"""

from __future__ import annotations

import pytest

from matsci_jupyter.engines.answer import check_answer

BRAGG = "sin θ = 0.15406/(2 × 0.2338) = 0.32947, so θ = 19.24°. The answer is 19.24°."


@pytest.mark.parametrize(
    "question",
    [
        "For Cu Kα radiation (λ = 0.15406 nm) and planes with d = 0.2338 nm, give the Bragg angle θ "
        "(not 2θ) of the first-order reflection, in degrees.",
        "X-rays of wavelength 0.15406 nm reflect in first order from planes 0.2338 nm apart. What is "
        "the glancing angle θ, rather than 2θ, in degrees?",
        "Planes spaced 0.2338 nm apart diffract 0.15406 nm X-rays in first order. Report θ (not the "
        "2θ read off the diffractometer) in degrees.",
    ],
)
def test_theta_asked_with_two_theta_ruled_out_is_not_flagged(question: str) -> None:
    result = check_answer(question, BRAGG)
    assert result.ok, result.reason
    assert result.quantity.to("degree").magnitude == pytest.approx(19.24)


def test_theta_answered_where_two_theta_is_asked_is_still_flagged() -> None:
    question = (
        "Cu Kα X-rays (λ = 0.15406 nm) are diffracted in first order by planes with d = 0.2338 nm. "
        "At what diffraction angle 2θ, in degrees, does the peak appear?"
    )
    result = check_answer(question, BRAGG)
    assert not result.ok
    assert "2θ" in str(result.reason) and "38.4" in str(result.reason)


FLUX_QUESTIONS = [
    (
        "Nitrogen diffuses at steady state through an iron plate 2 mm thick; the concentrations on "
        "its faces are 1.5 and 0.3 kg/m3 and D = 5.0e-11 m2/s. How many kg of nitrogen cross per "
        "square metre per hour?",
        "J = D ΔC/Δx = 5.0e-11 × (1.5 − 0.3)/(2 × 10⁻³) = 3.0e-8 kg/(m²·s) = 1.08e-4 kg per m² per "
        "hour. Answer: 1.08e-4 kg/(m**2*hour).",
        "kg/(m**2*hour)",
        1.08e-4,
    ),
    (
        "A 4 mm thick membrane has 0.80 and 0.20 kg/m3 of a gas on its two faces, with D = 2e-9 m2/s. "
        "What mass in grams passes per square centimetre per day at steady state?",
        "J = D ΔC/Δx = 2e-9 × 0.60/0.004 = 3.0e-7 kg/(m²·s). Per cm² per day: 3.0e-7 × 1e-4 × 86400 "
        "× 1000 = 2.592e-3 g. Answer: 2.59e-3 g/(cm**2*day).",
        "g/(cm**2*day)",
        2.592e-3,
    ),
]


@pytest.mark.parametrize(("question", "response", "unit", "value"), FLUX_QUESTIONS)
def test_a_flux_asked_per_area_per_time_is_not_a_mass(
    question: str, response: str, unit: str, value: float
) -> None:
    result = check_answer(question, response)
    assert result.ok, result.reason
    assert result.quantity.to(unit).magnitude == pytest.approx(value, rel=0.01)


def test_a_mass_rate_without_the_area_is_still_flagged() -> None:
    question, response = (
        FLUX_QUESTIONS[0][0],
        ("J = D ΔC/Δx = 5.0e-11 × (1.5 − 0.3)/(2 × 10⁻³) = 3.0e-8 kg/s. Answer: 3.0e-8 kg/s."),
    )
    result = check_answer(question, response)
    assert not result.ok
    assert "dimension" in str(result.reason)


RULED_OUT = [
    (
        "Find the Bragg angle θ (not 2θ) in degrees for first-order reflection of 0.15406 nm X-rays "
        "from planes with d = 0.2338 nm.",
        "sin θ = 0.15406/(2 × 0.2338) = 0.32947\nθ = 19.24°\n2θ = 38.47°\nAnswer: 38.47°",
        "19.24",
    ),
    (
        "What is the half-angle θ, rather than 2θ, at which 0.15406 nm radiation is reflected in "
        "first order by planes 0.2338 nm apart? Give degrees.",
        "sin θ = λ/(2d) = 0.32947\n\nθ = arcsin(0.32947) = 19.24°\n\n2θ = 2 × 19.24 = 38.48°\n\n"
        "**Final Answer:** 38.48°",
        "19.24",
    ),
    (
        "A round bar has a cross-section of 78.5 mm². Give its radius (not the diameter) in mm.",
        "A = πd²/4, so d = √(4 × 78.5/π) = 10.0 mm\nr = 5.0 mm\nAnswer: 10.0 mm",
        "5",
    ),
]


@pytest.mark.parametrize(("question", "response", "asked"), RULED_OUT)
def test_the_ruled_out_member_answered_is_flagged(question: str, response: str, asked: str) -> None:
    result = check_answer(question, response)
    assert not result.ok
    assert "rules out" in str(result.reason) and f"is {asked[:4]}" in str(result.reason)


@pytest.mark.parametrize(("question", "response", "asked"), RULED_OUT)
def test_the_asked_member_answered_is_not_flagged(question: str, response: str, asked: str) -> None:
    last = response.rsplit("\n", 1)[0]
    fixed = f"{last}\nAnswer: {asked}{'°' if '°' in response else ' mm'}"
    result = check_answer(question, fixed)
    assert "rules out" not in str(result.reason)
    assert result.quantity.magnitude == pytest.approx(float(asked), rel=0.01)


LATERAL = [
    "A steel wire 4 mm across is pulled in tension so that its axial strain is 0.0015; ν = 0.29. "
    "By how much does the diameter change, in µm? Give it with its sign.",
    "Under a tensile load an aluminium plate (ν = 0.33) strains 0.002 along its length. How much "
    "does its 4 mm thickness change? Answer in µm, negative for a decrease.",
    "A titanium bar of 4 mm diameter is stretched elastically to an axial strain of 0.0015 "
    "(Poisson's ratio 0.29). Calculate the diameter change in µm, negative for a decrease.",
]


@pytest.mark.parametrize("question", LATERAL)
def test_a_lateral_change_under_tension_answered_positive_is_flagged(question: str) -> None:
    nu = 0.33 if "0.33" in question else 0.29
    strain = 0.002 if "0.002 " in question else 0.0015
    change = nu * strain * 4000
    response = (
        f"ε_lat = ν ε = {nu} × {strain} = {nu * strain:.6f}\n"
        f"Δ = {nu * strain:.6f} × 4 mm = {change:.3f} µm\nAnswer: {change:.3f} µm"
    )
    result = check_answer(question, response)
    assert not result.ok
    assert "sign" in str(result.reason) and "negative" in str(result.reason)


@pytest.mark.parametrize("question", LATERAL)
def test_a_lateral_change_under_tension_answered_negative_is_not_flagged(question: str) -> None:
    nu = 0.33 if "0.33" in question else 0.29
    strain = 0.002 if "0.002 " in question else 0.0015
    change = -nu * strain * 4000
    response = (
        f"ε_lat = −ν ε = −{nu} × {strain} = {-nu * strain:.6f}\n"
        f"Δ = {-nu * strain:.6f} × 4 mm = {change:.3f} µm\nAnswer: {change:.3f} µm"
    )
    result = check_answer(question, response)
    assert "sign:" not in str(result.reason)
    assert result.quantity.to("micrometer").magnitude == pytest.approx(change, rel=0.01)
