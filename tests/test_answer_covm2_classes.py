"""Coverage classes from the refusals of sets M and L (branch covm2), each with look-alikes that keep
their verdict.

* A question in parts whose reported part is marked: a closing 'Give (b) to four decimal places'
  that names the last part, or a precision asked in the last part only; a Miller index in a
  words-only part ('Explain why the (100) line is missing') is no value of its own.
* A load cycle's compressive extreme written as a magnitude ('a minimum of 80 MPa in compression')
  is the signed σ_min = −80 MPa in σ_m, σ_a and R (main answered R = +0.32 for −0.32).

Every question here is written for these tests.
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter import answer
from matsci_jupyter.engines.answer.cycle_signs import signed_cycle_stresses
from matsci_jupyter.engines.answer.part_marks import marked_part


def _value(question: str, unit: str) -> float:
    a = answer(question)
    assert a.quantity is not None, a.reason
    return float(a.quantity.to(unit).magnitude)


def _refused(question: str) -> bool:
    return answer(question).quantity is None


# ------------------------------------------------------------------ marked parts
_TENSILE = (
    "Before necking, a bar carries an engineering stress of 300 MPa at an engineering strain of "
    "0.15. (a) What is the true stress? (b) What is the true strain?"
)


def test_directive_naming_the_last_part_chooses_it() -> None:
    q = _TENSILE + " Give (b) to four decimal places."
    assert math.isclose(_value(q, "dimensionless"), math.log(1.15), rel_tol=1e-3)


def test_precision_in_the_last_part_only_chooses_it() -> None:
    q = _TENSILE.replace("true strain?", "true strain, to four decimal places?")
    assert math.isclose(_value(q, "dimensionless"), math.log(1.15), rel_tol=1e-3)


def test_unmarked_numeric_parts_stay_refused() -> None:
    assert marked_part(_TENSILE) is None
    assert _refused(_TENSILE)


def test_directive_for_an_earlier_part_is_not_read_as_the_last() -> None:
    q = _TENSILE + " Give (a) to the nearest MPa."
    assert marked_part(q) is None
    # part_directive (session 29) reads the closing 'Give (a)': part (a) alone, the true stress
    # σ_T = σ(1 + ε) = 300 MPa × 1.15 = 345 MPa, never the last part's true strain
    assert math.isclose(_value(q, "MPa"), 345.0, rel_tol=1e-3)


def test_precision_in_every_part_marks_none() -> None:
    q = (
        "Before necking, a bar carries an engineering stress of 300 MPa at an engineering strain of "
        "0.15. (a) What is the true stress, to three significant figures? (b) What is the true "
        "strain, to four decimal places?"
    )
    assert marked_part(q) is None
    assert _refused(q)


def test_dropped_part_with_a_number_of_its_own_refuses() -> None:
    q = (
        "Before necking, a bar carries an engineering stress of 300 MPa at an engineering strain of "
        "0.15. (a) What would the true stress be at a strain of 0.10? (b) What is the true strain "
        "at 0.15? Give (b) to four decimal places."
    )
    assert marked_part(q) is None


def test_miller_index_in_a_words_part_is_no_value() -> None:
    q = (
        "Nickel powder (FCC, a = 3.524 Å) is examined with X-rays of wavelength 1.5406 Å. "
        "(a) Explain why no (110) reflection is seen. (b) What is the diffraction angle 2θ of the "
        "(111) reflection, in degrees? Give two decimal places."
    )
    d = 3.524 / math.sqrt(3)
    expected = 2 * math.degrees(math.asin(1.5406 / (2 * d)))
    assert math.isclose(_value(q, "degree"), expected, rel_tol=1e-3)


def test_bare_number_in_a_words_part_still_blocks() -> None:
    # '400' in the dropped part is a value (a temperature), not an index in brackets
    q = (
        "Nickel powder (FCC, a = 3.524 Å) is examined with X-rays of wavelength 1.5406 Å. "
        "(a) Explain what changes if it is heated to 400 °C. (b) At what angle 2θ, in degrees, "
        "does the (111) reflection appear? Give two decimal places."
    )
    assert marked_part(q) is None


def test_lever_rule_part_b_with_directive() -> None:
    q = (
        "A Cu–40 wt% Ni alloy at 1260 °C has liquid of 34 wt% Ni and α of 46 wt% Ni. (a) Compute "
        "the mass fraction of α. (b) What is the mass fraction of liquid? Give (b) to three "
        "decimal places."
    )
    assert math.isclose(_value(q, "dimensionless"), (46 - 40) / (46 - 34), rel_tol=1e-3)


# ------------------------------------------------------------------ signed cycle extremes
_CYCLE = (
    "A bolt is loaded cyclically between a maximum of 200 MPa in tension and a minimum of 80 MPa "
    "in compression."
)


@pytest.mark.parametrize(
    ("ask", "unit", "expected"),
    [
        ("Compute the stress ratio R.", "dimensionless", -0.4),
        ("Compute the mean stress.", "MPa", 60.0),
        ("Compute the stress amplitude.", "MPa", 140.0),
        ("Compute the range of stress.", "MPa", 280.0),
    ],
)
def test_compressive_minimum_is_negative(ask: str, unit: str, expected: float) -> None:
    assert math.isclose(_value(f"{_CYCLE} {ask}", unit), expected, rel_tol=1e-6)


def test_compression_written_after_a_bare_extreme() -> None:
    q = "A rod is cycled between 300 MPa tension and 120 MPa compression. What is the stress ratio?"
    assert math.isclose(_value(q, "dimensionless"), -0.4, rel_tol=1e-6)


def test_look_alike_without_compression_keeps_positive_minimum() -> None:
    q = (
        "A rod is cycled between a maximum stress of 300 MPa and a minimum stress of 120 MPa. "
        "What is the stress ratio?"
    )
    assert math.isclose(_value(q, "dimensionless"), 0.4, rel_tol=1e-6)


def test_already_signed_value_is_left_alone() -> None:
    q = "A rod is cycled between +300 MPa and -120 MPa (compressive). What is the stress ratio?"
    assert signed_cycle_stresses(q) == q


def test_single_compressive_stress_outside_a_cycle_is_unchanged() -> None:
    q = "A column carries 100 MPa in compression; E = 200 GPa. What is the strain?"
    assert signed_cycle_stresses(q) == q


# ------------------------------------------------------------------ one site in N vacant
_K_B = 8.617333262e-5  # eV/K


@pytest.mark.parametrize(
    "phrase",
    [
        "is one lattice site in every 100 000 vacant",
        "is one atomic site in 10^5 vacant",
        "is there one vacancy per 100,000 lattice sites",
    ],
)
def test_one_site_in_n_is_the_vacancy_fraction(phrase: str) -> None:
    q = f"Nickel has a vacancy formation energy of 1.5 eV per atom. At what temperature, in K, {phrase}?"
    expected = 1.5 / (_K_B * math.log(1e5))
    assert math.isclose(_value(q, "K"), expected, rel_tol=1e-3)


def test_one_in_n_without_vacancies_is_not_read() -> None:
    from matsci_jupyter.engines.answer.one_in_n import vacancy_fraction_as_count

    q = "One atom in every 10 000 is a solute atom. What is the solute fraction?"
    assert vacancy_fraction_as_count(q) == q


def test_fraction_asked_plainly_keeps_its_answer() -> None:
    q = "The vacancy formation energy in a metal is 0.9 eV per atom. What fraction of sites is vacant at 1000 K?"
    assert math.isclose(_value(q, "dimensionless"), math.exp(-0.9 / (_K_B * 1000)), rel_tol=1e-3)


# ------------------------------------------------------------------ Debye C_v far below θ_D
_R = 8.314462618


def _debye_t3(t: float, theta: float) -> float:
    return 12 * math.pi**4 / 5 * _R * (t / theta) ** 3


@pytest.mark.parametrize(
    "ask",
    [
        "Estimate the molar heat capacity of silver at 8.0 K, in mJ/(mol K).",
        "What is the lattice heat capacity C_v of silver at 8.0 K, in mJ mol^-1 K^-1?",
    ],
)
def test_debye_heat_capacity_far_below_theta_without_the_law_named(ask: str) -> None:
    q = f"Silver has a Debye temperature of 225 K. {ask}"
    assert math.isclose(_value(q, "mJ/(mol*K)"), 1e3 * _debye_t3(8.0, 225.0), rel_tol=1e-3)


def test_debye_heat_capacity_near_theta_without_the_law_named_refuses() -> None:
    # at θ_D/4.5 the T³ law is 40 % off the Debye model: not answered unless the law is named
    q = "Silver has a Debye temperature of 225 K. Estimate its molar heat capacity at 50 K."
    assert _refused(q)


def test_debye_t3_law_named_keeps_its_answer() -> None:
    q = (
        "Silver has a Debye temperature of 225 K. Using the T³ law, estimate its molar heat "
        "capacity at 8.0 K, in J/(mol K)."
    )
    assert math.isclose(_value(q, "J/(mol*K)"), _debye_t3(8.0, 225.0), rel_tol=1e-3)


# ------------------------------------------------------------------ dislocation spacing
def test_dislocation_spacing_from_a_density() -> None:
    q = (
        "An annealed crystal has a dislocation density of 10^8 cm^-2. What is the mean distance "
        "between dislocations, in µm?"
    )
    assert math.isclose(_value(q, "micrometer"), 1.0, rel_tol=1e-6)


def test_density_written_as_line_length_per_volume() -> None:
    q = (
        "A deformed metal holds 2.5 × 10^5 km of dislocation line per cubic centimetre. "
        "Estimate the mean spacing between dislocations, in nm."
    )
    rho = 2.5e5 * 1e3 / 1e-6  # m of line per m³
    assert math.isclose(_value(q, "nm"), 1e9 / math.sqrt(rho), rel_tol=1e-6)


def test_density_changed_in_words_is_refused() -> None:
    # the stated density is not the one asked about: main's reading would answer the old spacing
    q = (
        "A metal holds 2.5 × 10^5 km of dislocation line per cubic centimetre. Straining it raises "
        "the density tenfold. What is the mean spacing between dislocations after straining, in nm?"
    )
    assert _refused(q)


def test_line_length_in_a_cube_keeps_its_density_reading() -> None:
    q = "A cube of metal 1 cm on an edge holds 5000 km of dislocation line. What is the dislocation density in m^-2?"
    assert math.isclose(_value(q, "1/m**2"), 5e12, rel_tol=1e-6)


# ------------------------------------------------------------------ a marking tolerance is no datum
@pytest.mark.parametrize(
    "note",
    [
        "; an answer within 20 % is accepted.",
        " (answers within 10 % are accepted).",
        ". The answer is accepted within 5 %.",
    ],
)
def test_marking_tolerance_is_not_a_given(note: str) -> None:
    q = f"Roughly how far does carbon diffuse in 1 h if D = 4.0 × 10⁻¹¹ m²/s, in µm? Use x ≈ √(Dt){note}"
    assert math.isclose(_value(q, "micrometer"), 1e6 * math.sqrt(4.0e-11 * 3600), rel_tol=1e-6)


def test_percentage_that_is_data_is_kept() -> None:
    from matsci_jupyter.engines.answer.tolerance_note import without_tolerance_note

    q = "A steel is 20 % cold worked; the answer depends on it. What is its yield strength?"
    assert without_tolerance_note(q) == q
    q2 = "The porosity is within 5 % of the design value. Find the density."
    assert without_tolerance_note(q2) == q2
