"""check_answer: general classes of provably wrong answers and one false-alarm class, each with its twin.

Classes, in our own words:
- a step in which every number carries its unit, whose result has the right number but a unit of
  another dimension (a torsion constant divided into an angle does not give amperes), is a
  dimension error, unless the two dimensions differ by a value of exactly one unit that the
  question or response writes ('a 1 m wire', 'per unit length'): prose leaves such a factor out;
- a response whose last line concludes in words that the asked number is a formula in symbols
  nobody gave a value ('Hence the speed ratio is (3+q)/(8-q).') gives no number; a concluding
  formula followed by its value ('…, which is about 2.83') does;
- an unlabelled speed just below c (a fast particle's 2.97e8 m/s) is that speed, not a wrong
  speed of light; c labelled and written wrongly is still flagged;
- a standard potential of a couple reached through successive couples (X/Y, Y/Z → X/Z) is their
  electron-weighted mean, so it lies between them; the given potentials simply added or
  subtracted land outside; a couple reached with one step backwards is not bounded;
- the ° of 'E°' is a standard-state mark, not degrees ('2 E° = 0.34 V + 0.34 V' holds);
- a number with a given's digits in another power of ten is no unit slip when it is the
  response's own computed result ('t = 10.01 × 2.2 μs = 22.0 μs', then '22.0e-6 s'); the given
  itself copied as '2.2e-5 s' is one (e-notation's mantissa keeps all its digits).
"""

from __future__ import annotations

from matsci_jupyter import check_answer


def _verdict(question: str, response: str) -> str:
    return check_answer(question, response).verdict


GALV_Q = (
    "A moving-coil meter has a suspension of torsion constant 2e-5 N m rad^-1 and turns through "
    "0.3 rad. What current flows through it, in A?"
)


def test_number_right_but_dimension_wrong_is_flagged() -> None:
    response = (
        "The restoring torque balances the coil.\n"
        "I = φ/c = 0.3 rad / (2e-5 N m rad^-1) = 15000 A\n"
        "Final answer: 15000 A"
    )
    answer = check_answer(GALV_Q, response)
    assert answer.verdict == "flagged"
    assert "dimension" in answer.reason


def test_left_out_factor_of_one_unit_is_not_flagged() -> None:
    question = (
        "A straight conductor 1 m long carries 4 A at right angles to a 0.25 T field. "
        "What force acts on it, in N?"
    )
    response = "F = B I L\nF = 4 A × 0.25 T = 1 N\nFinal answer: 1 N"
    assert _verdict(question, response) != "flagged"


def test_per_unit_length_factor_is_not_flagged() -> None:
    question = (
        "Two long parallel wires 3 m apart each carry 3 A. What is the force per unit length "
        "between them, in N?"
    )
    response = (
        "F/L = μ0 I1 I2/(2π d)\n"
        "F = (4π×10^-7 T m/A)(3 A)(3 A)/(2π × 3 m) = 6e-7 N\n"
        "Final answer: 6e-7 N"
    )
    assert _verdict(question, response) != "flagged"


ION_Q = (
    "A proton (mass 1 amu) and a helium ion (mass 4 amu) are accelerated through the same "
    "voltage and enter one uniform magnetic field. What is the ratio of their orbit radii?"
)


def test_concluding_formula_is_no_answer() -> None:
    response = "r = mv/(qB)\nHence the ratio of the orbit radii is (3+q)/(8-q)."
    answer = check_answer(ION_Q, response)
    assert answer.verdict == "flagged"
    assert "formula" in answer.reason


def test_concluding_formula_with_its_value_is_not_flagged() -> None:
    response = "r = mv/(qB)\nHence the ratio is (m_He/m_p)^(1/2) / 2, which is about 1.00."
    assert _verdict(ION_Q, response) != "flagged"


FAST_Q = "An electron is accelerated from rest through 3 MV. What is its speed, in m/s?"


def test_fast_particle_speed_below_c_is_not_a_wrong_constant() -> None:
    response = (
        "γ = 1 + eV/(m c^2) = 1 + 3/0.511 = 6.871\n"
        "v = c √(1 - 1/γ^2) = 0.989 c = 2.97e8 m/s\n"
        "Final answer: 2.97e8 m/s"
    )
    assert _verdict(FAST_Q, response) != "flagged"


def test_speed_of_light_labelled_with_a_wrong_value_is_flagged() -> None:
    response = (
        "γ = 1 + eV/(m c^2) = 1 + 3/0.511 = 6.871\n"
        "Take c = 2.71e8 m/s.\n"
        "v = 0.989 × 2.71e8 m/s = 2.68e8 m/s\n"
        "Final answer: 2.68e8 m/s"
    )
    answer = check_answer(FAST_Q, response)
    assert answer.verdict == "flagged"
    assert "speed of light" in answer.reason


IRON_GIVEN = "Given: E°(Fe^(3+)/Fe^(2+)) = 0.77 V and E°(Fe^(2+)/Fe) = -0.44 V."


def test_outer_couple_potential_outside_the_chain_range_is_flagged() -> None:
    question = f"What is the standard reduction potential of Fe^(3+)/Fe ? {IRON_GIVEN}"
    response = (
        "The two half-reactions add up to Fe^(3+) + 3e^- → Fe.\n"
        "E° = 0.77 V - (-0.44 V) = 1.21 V\n"
        "Final answer: 1.21 V"
    )
    answer = check_answer(question, response)
    assert answer.verdict == "flagged"
    assert "weighted mean" in answer.reason


def test_outer_couple_potential_weighted_by_electrons_is_not_flagged() -> None:
    question = f"What is the standard reduction potential of Fe^(3+)/Fe ? {IRON_GIVEN}"
    response = (
        "Gibbs energies add, so the potentials are weighted by their electrons.\n"
        "E° = (1 × 0.77 V + 2 × (-0.44 V))/3 = -0.037 V\n"
        "Final answer: -0.037 V"
    )
    assert _verdict(question, response) != "flagged"


def test_inner_couple_from_outer_ones_is_not_bounded() -> None:
    # Fe3+/Fe2+ from Fe3+/Fe and Fe2+/Fe: one step runs backwards, so no range holds
    question = (
        "What is the standard reduction potential of Fe^(3+)/Fe^(2+) ? "
        "Given: E°(Fe^(3+)/Fe) = -0.036 V and E°(Fe^(2+)/Fe) = -0.44 V."
    )
    response = "E° = 3 × (-0.036 V) - 2 × (-0.44 V) = 0.772 V\nFinal answer: 0.772 V"
    assert _verdict(question, response) != "flagged"


def test_standard_state_mark_is_not_degrees() -> None:
    question = "What is the standard potential of the couple Cu^(2+)/Cu in V?"
    response = "2 E° = 0.34 V + 0.34 V\nE° = 0.34 V\nFinal answer: 0.34 V"
    assert _verdict(question, response) != "flagged"


def test_standard_state_sum_written_wrongly_is_still_flagged() -> None:
    question = "What is the standard potential of the couple Cu^(2+)/Cu in V?"
    response = "2 E° = 0.34 V + 0.34 V = 0.86 V\nE° = 0.43 V\nFinal answer: 0.43 V"
    assert _verdict(question, response) == "flagged"


MUON_Q = "A muon has a proper lifetime of 2.2 μs and moves at 0.995c. How far does it travel in the lab, in m?"


def test_own_computed_result_with_a_givens_digits_is_no_unit_slip() -> None:
    response = (
        "γ = 1/√(1 - 0.995²) = 10.01\n"
        "t = γ τ = 10.01 × 2.2 μs = 22.0 μs\n"
        "d = v t = 0.995 × 3.00e8 m/s × 22.0e-6 s = 6570 m\n"
        "Final answer: 6570 m"
    )
    assert _verdict(MUON_Q, response) != "flagged"


def test_given_copied_in_e_notation_with_a_wrong_power_is_a_unit_slip() -> None:
    response = (
        "τ = 2.2 μs\n"
        "γ = 1/√(1 - 0.995²) = 10.01\n"
        "d = v γ τ = 0.995 × 3.00e8 m/s × 10.01 × 2.2e-5 s = 65700 m\n"
        "Final answer: 65700 m"
    )
    answer = check_answer(MUON_Q, response)
    assert answer.verdict == "flagged"
    assert "unit slip" in answer.reason
