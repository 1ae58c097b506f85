"""check_answer: a value whose unit is written with the word 'per' in a chain of equal sides.

Class, in our own words: 'n = 8.47×10^28 atoms per m^3 = 8.47×10^22 atoms per cm^3' or
'3.2×10^5 grains per in^2 = 3.2×10^5/645.16 = 496 grains per mm^2'. 'per m^3' is the unit's
division, as '/m^3' is; reading the side as '8.47×10^28 atoms' (the words after 'per' dropped as
prose) compared two numbers in different units and flagged a right conversion. Look-alikes: the
same chain with the power of ten slipped is still flagged (with the recomputed value), and 'per'
before a word that is no unit ('atoms per cell') keeps reading as before.
"""

from __future__ import annotations

from matsci_jupyter import check_answer

COPPER = "Copper is FCC with a = 0.3615 nm. How many atoms are there per cubic centimetre?"
GRAINS = (
    "A steel has ASTM grain-size number 5. How many grains are there per square millimetre of the "
    "real (unmagnified) surface?"
)


def _copper(per_cm3: str) -> str:
    return (
        "Four atoms per cell: n = 4/a^3 = 4/(0.3615×10^-9 m)^3 = 8.47×10^28 atoms per m^3 "
        f"= {per_cm3} atoms per cm^3.\n\nAnswer: {per_cm3} atoms/cm^3"
    )


def _grains(per_mm2: str) -> str:
    return (
        "At 100×: N = 2^(5-1) = 16 grains per in^2. At 1× the area is 100^2 times smaller, so "
        f"1.6×10^5 grains per in^2 = 1.6×10^5/645.16 = {per_mm2} grains per mm^2.\n\n"
        f"Answer: {per_mm2} grains/mm^2"
    )


def test_a_conversion_written_with_per_is_not_flagged() -> None:
    assert check_answer(COPPER, _copper("8.47×10^22")).verdict != "flagged"
    assert check_answer(GRAINS, _grains("248")).verdict != "flagged"


def test_a_slipped_power_of_ten_is_still_flagged() -> None:
    answer = check_answer(COPPER, _copper("8.47×10^24"))
    assert answer.verdict == "flagged"
    assert "10^22" in answer.reason or "10²²" in answer.reason


def test_per_before_a_word_that_is_no_unit_reads_as_before() -> None:
    from matsci_jupyter.engines.answer.step_check import strip_words

    assert strip_words("4 atoms per cell") == "4 atoms"
    assert strip_words("8.47×10^28 atoms per m^3") == "8.47×10^28 atoms/m^3"
    assert strip_words("1.2 × 10^5 per m²") == "1.2 × 10^5"
