"""check_answer: a calculation whose numbers all carry coherent SI units (or none), with units
written loosely enough that their dimensions do not combine.

Class, in our own words: in coherent SI units no conversion factor can enter a calculation, so its
number in SI is the plain arithmetic of its numbers. 'λ = (6.63 × 10^-34 J s)/(2.0 × 10^-24 kg m/s)
= 3.3 × 10^-9 m' must hold as numbers, whatever the labels. Look-alikes that must not be flagged:
the same calculation done right, a line with a prefixed or non-SI unit (nm, eV, g), a bare-number
calculation a power of ten from its result (a skipped prefix), and a letter that may be a symbol.
"""

from __future__ import annotations

from matsci_jupyter.engines.answer.coherent_si import coherent_si_checks


def test_a_wrong_number_in_si_units_is_flagged() -> None:
    line = "λ = (6.63 × 10^-34 J s)/(2.0 × 10^-24 kg m/s) = 5.3 × 10^-10 m"
    found = coherent_si_checks([line])
    assert found and not found[0].passed and "3.315e-10" in found[0].message


def test_loose_labels_do_not_excuse_the_numbers() -> None:
    # the energy difference written in volts times joules: the labels do not combine, the numbers must
    line = "q = sqrt(2 * (9.11 x 10^-31 kg) * ((4 V - 2 V) * 1.6 x 10^-19 J)) ≈ 9.5 x 10^-25 kg m/s"
    found = coherent_si_checks([line])
    assert found and "7.636e-25" in found[0].message


def test_the_right_numbers_are_not_flagged() -> None:
    assert (
        coherent_si_checks(["λ = (6.63 × 10^-34 J s)/(2.0 × 10^-24 kg m/s) = 3.3 × 10^-10 m"]) == []
    )
    assert coherent_si_checks(["K = (1)/(2)(0.2 kg)(3 m/s)^2 = 0.9 J"]) == []


def test_prefixed_units_symbols_and_skipped_prefixes_are_left_alone() -> None:
    lines = [
        "λ = (6.63 × 10^-34 J s)/(2.0 × 10^-24 kg m/s) = 0.5 nm",
        "E = (1240 eV nm)/(500 nm) = 3.1 eV",
        "x = 2 × 3 m g = 10 m",
        "E = (1)/(2)(0.02)(0.05)^2 = 0.25 mJ",
        "E = (1)/(2)(0.02)(0.05)^2 = 0.00025 J",
    ]
    assert coherent_si_checks(lines) == []
