"""Checker false alarms found by set W's first blind run, each in its own wording.

- A radius worked out from a diameter ('A = π(0.50 mm)²' for a 1.0 mm wire) was taken for another
  given copied in the wrong unit (the question's '50 m' length: same digits, same dimension): a
  value that is half or twice a given of its dimension is a derived size, not a unit slip. A given
  copied in the wrong unit is still flagged.
"""

from __future__ import annotations

from matsci_jupyter.engines.answer import check_answer


def _failed(question: str, response: str) -> list[str]:
    report = check_answer(question, response)
    return [c.name for c in report.checks if not c.passed]


WIRE = (
    "A 25 m length of aluminium wire with a diameter of 5.0 mm has a resistivity of 28.2 nΩ·m. "
    "What is its resistance in ohms?"
)


def test_radius_from_a_diameter_beside_a_length_with_the_same_digits():
    response = (
        "A = π r² = π (2.5 mm)² = 1.9635 × 10^-5 m^2\n"
        "R = ρL/A = 28.2 × 10^-9 × 25 / 1.9635 × 10^-5 = 0.0359 Ω\n"
        "Answer: 0.0359 Ω"
    )
    assert "unit conversion" not in _failed(WIRE, response)
    assert check_answer(WIRE, response).verdict != "flagged"


def test_diameter_doubled_from_a_radius_is_no_slip():
    question = (
        "A copper rod of radius 4.0 mm and length 8 m carries 10 A; ρ = 17 nΩ·m. Find the voltage "
        "drop along it, in mV."
    )
    response = (
        "Diameter d = 8.0 mm, so A = π d²/4 = π (8.0 × 10^-3 m)^2/4 = 5.027 × 10^-5 m^2\n"
        "R = ρL/A = 17 × 10^-9 × 8 / 5.027 × 10^-5 = 2.706 × 10^-3 Ω\n"
        "V = IR = 10 × 2.706 × 10^-3 = 27.06 × 10^-3 V = 27.1 mV\n"
        "Answer: 27.1 mV"
    )
    assert "unit conversion" not in _failed(question, response)


def test_a_given_copied_in_the_wrong_unit_is_still_flagged():
    response = (
        "A = π r² = π (2.5 mm)² = 1.9635 × 10^-5 m^2\n"
        "R = ρL/A = 28.2 × 10^-9 × 0.025 / 1.9635 × 10^-5 = 3.59 × 10^-5 Ω  (L = 25 mm = 0.025 m)\n"
        "Answer: 3.59 × 10^-5 Ω"
    )
    assert check_answer(WIRE, response).verdict == "flagged"
