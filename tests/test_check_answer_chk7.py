"""check_answer: classes from the blind worked answers and reference solutions of set M (session 17).

Catches, each with the recomputed value, and a correct look-alike that must keep its verdict:
- a prose remark opened in a bracket after a result ('… cells (each with two atoms') hid the
  step's arithmetic;
- one part of a final answer in labelled parts restating a result with its power of ten changed;
- the sign of a lateral change under a one-way axial load asked with its sign (Poisson);
- a half-life set as the time constant τ of exp(−t/τ);
- Curie's law worked as χ ∝ T;
- the Avrami equation solved with ln y for ln(1 − y);
- an internal crack's half-length a answered for its length;
- a cell voltage answered for one electrode's potential.
False alarms fixed, each with a slip of the same shape that stays flagged:
- 'x = 0.05 at t = τ ln 20 = …': a target value and the time it is reached are two statements;
- a bare calculation of a value stated before with its unit ('σ = 212.5 MPa', then
  '212.5/0.00104 = 204.3 GPa');
- a sentence after the result on its line ('… = 0.734 V. Answer: 0.734 V.') is no part of it;
- sides either side of a stated value that could not be read are not compared with each other.
"""

from __future__ import annotations

from matsci_jupyter import check_answer


def _failed(question: str, response: str, name: str | None = None) -> list[str]:
    a = check_answer(question, response)
    return [c.message for c in a.checks if not c.passed and (name is None or c.name == name)]


def _steps(question: str, response: str) -> list[str]:
    return list(check_answer(question, response).steps)


# ------------------------------------------------------------------ a bracketed remark
CELLS_Q = "How many unit cells fit in a copper cube 2 mm on a side (a = 0.3615 nm)?"


def test_a_power_slip_before_a_bracketed_remark_is_found() -> None:
    resp = (
        "N = (5.533 × 10⁶)³ = 1.694 × 10¹⁹ cells (each with four atoms, 6.8 × 10¹⁹ in "
        "all).\n\nAnswer: 1.69 × 10¹⁹"
    )
    bad = _failed(CELLS_Q, resp, "arithmetic")
    assert bad and "1.694×10^20" in bad[0]


def test_a_right_power_before_a_bracketed_remark_holds() -> None:
    resp = (
        "N = (5.533 × 10⁶)³ = 1.694 × 10²⁰ cells (each with four atoms, 6.8 × 10²⁰ in "
        "all).\n\nAnswer: 1.69 × 10²⁰"
    )
    assert not _failed(CELLS_Q, resp, "arithmetic")
    assert any("(checked)" in s for s in _steps(CELLS_Q, resp))


# ------------------------------------------------------------------ final answer in parts
PARTS_Q = (
    "A laser emits at 532 nm. (a) Find the photon energy in eV. (b) How many photons "
    "are in a 5.0 mJ pulse?"
)
PARTS_WORK = (
    "E = 1239.84/532 = 2.3305 eV = 3.734 × 10⁻¹⁹ J. N = 5.0 × 10⁻³/3.734 × 10⁻¹⁹ = "
    "1.339 × 10¹⁶.\n\n"
)


def test_a_part_with_its_power_of_ten_changed_is_flagged() -> None:
    resp = PARTS_WORK + "So the answer is (a) about 2.33 eV and (b) about 1.339 × 10¹⁵ photons."
    bad = _failed(PARTS_Q, resp, "own result")
    assert bad and "part (b)" in bad[0] and "1.339 × 10^16" in bad[0]


def test_parts_that_restate_the_working_pass() -> None:
    resp = PARTS_WORK + "So the answer is (a) about 2.33 eV and (b) about 1.339 × 10¹⁶ photons."
    assert not _failed(PARTS_Q, resp)


# ------------------------------------------------------------------ Poisson's sign
POISSON_Q = (
    "A brass bar 10.0 mm across is pulled in tension by 15 kN (E = 97 GPa, ν = "
    "0.34). Give the change in diameter in µm, with its sign."
)
POISSON_WORK = "σ = 15000/(π × 0.005²) = 191.0 MPa; ε_z = 191.0 × 10⁶/97 × 10⁹ = 1.969 × 10⁻³.\n"


def test_a_positive_lateral_change_under_tension_is_flagged() -> None:
    resp = (
        POISSON_WORK
        + "ε_x = ν ε_z = 6.695 × 10⁻⁴; Δd = 6.695 × 10⁻⁴ × 10.0 mm = 0.006695 mm\n\nFinal Answer: Δd ≈ +6.7 µm"
    )
    bad = _failed(POISSON_Q, resp, "sign")
    assert bad and "-6.7" in bad[0]


def test_a_negative_lateral_change_under_tension_passes() -> None:
    resp = (
        POISSON_WORK
        + "ε_x = −ν ε_z = −6.695 × 10⁻⁴; Δd = −6.695 × 10⁻⁴ × 10.0 mm = −0.006695 mm\n\nFinal Answer: Δd ≈ −6.7 µm"
    )
    assert not _failed(POISSON_Q, resp, "sign")


def test_a_positive_lateral_change_under_compression_passes() -> None:
    q = POISSON_Q.replace("pulled in tension", "compressed axially")
    resp = POISSON_WORK + "Δd = +0.006695 mm\n\nFinal Answer: Δd ≈ +6.7 µm"
    assert not _failed(q, resp, "sign")


# ------------------------------------------------------------------ half-life as τ
DECAY_Q = (
    "A capacitor's voltage decays exponentially and drops to half its initial value "
    "in 40 ms. How long, in ms, until it is 5 per cent of the initial value?"
)


def test_a_half_life_put_in_for_tau_is_flagged() -> None:
    resp = (
        "V = V₀ exp(−t/τ) with τ = 40 ms.\nt = τ ln 20 = 40 × 2.9957 = 119.8 ms\n\nAnswer: 119.8 ms"
    )
    bad = _failed(DECAY_Q, resp, "formula")
    assert bad and "57.71 ms" in bad[0]


def test_tau_from_the_half_life_passes() -> None:
    resp = (
        "V = V₀ exp(−t/τ) with τ = 40 ms/ln 2 = 57.71 ms.\nt = τ ln 20 = 57.71 × 2.9957 "
        "= 172.9 ms\n\nAnswer: 172.9 ms"
    )
    assert not _failed(DECAY_Q, resp)


# ------------------------------------------------------------------ Curie's law
CURIE_Q = (
    "A paramagnetic powder follows Curie's law, with susceptibility 2.0 × 10⁻⁴ at "
    "250 K. At what temperature, in K, is its susceptibility 5.0 × 10⁻⁴?"
)


def test_curie_law_as_a_direct_proportion_is_flagged() -> None:
    resp = "χ₂/χ₁ = T₂/T₁, so T₂ = 250 × (5.0 × 10⁻⁴/2.0 × 10⁻⁴) = 625 K\n\nFinal Answer: 625 K"
    bad = _failed(CURIE_Q, resp, "formula")
    assert bad and "100 K" in bad[0]


def test_curie_law_inverse_passes() -> None:
    resp = "χT is constant, so T₂ = 250 × (2.0 × 10⁻⁴/5.0 × 10⁻⁴) = 100 K\n\nFinal Answer: 100 K"
    assert not _failed(CURIE_Q, resp)


# ------------------------------------------------------------------ Avrami
AVRAMI_Q = (
    "Recrystallisation follows y = 1 - exp(-k t^n) with n = 2 and k = 0.020 s^-2. "
    "After how many seconds is y = 0.30?"
)


def test_avrami_solved_with_ln_y_is_flagged() -> None:
    resp = "exp(-k t²) = y, so t² = -ln(0.30)/0.020 = 60.20 s², t = 7.759 s\n\nFinal Answer: 7.76 s"
    bad = _failed(AVRAMI_Q, resp, "formula")
    assert bad and "4.223 s" in bad[0]


def test_avrami_solved_with_ln_one_minus_y_passes() -> None:
    resp = (
        "exp(-k t²) = 1 - y = 0.70, so t² = -ln(0.70)/0.020 = 17.83 s², t = 4.223 "
        "s\n\nFinal Answer: 4.22 s"
    )
    assert not _failed(AVRAMI_Q, resp)


# ------------------------------------------------------------------ internal crack
CRACK_Q = (
    "A steel plate has K_Ic = 60 MPa√m and is loaded to 300 MPa with Y = 1.0. What "
    "is the longest internal crack (total length, in mm) it tolerates?"
)
CRACK_WORK = "K_Ic = Yσ√(πa), so a_c = (1/π)(60/300)² = 0.04/π = 1.273 × 10⁻² m."


def test_the_half_length_for_an_internal_crack_is_flagged() -> None:
    resp = CRACK_WORK + "\n\nFinal Answer: 12.7 mm"
    bad = _failed(CRACK_Q, resp, "asked quantity")
    assert bad and "25.4" in bad[0]


def test_twice_the_half_length_passes() -> None:
    resp = (
        CRACK_WORK + "\nThe full length is 2a_c = 2 × 12.73 mm = 25.46 mm.\n\nFinal Answer: 25.5 mm"
    )
    assert not _failed(CRACK_Q, resp)


def test_a_surface_crack_is_not_doubled() -> None:
    q = CRACK_Q.replace("internal crack (total length", "surface crack (length")
    resp = CRACK_WORK + "\n\nFinal Answer: 12.7 mm"
    assert not _failed(q, resp, "asked quantity")


# ------------------------------------------------------------------ electrode or cell
COUPLE_Q = (
    "A zinc electrode in 0.010 M Zn²⁺ is coupled to a copper electrode in 1.0 M Cu²⁺ "
    "(E° = +0.340 V) at 25 °C. With E°(Zn²⁺/Zn) = −0.763 V, find the reduction "
    "potential of the anode in volts."
)
COUPLE_WORK = (
    "E_Zn = −0.763 − (0.05916/2) log(1/0.010) = −0.763 − 0.0592 = −0.822 V\nE_Cu = 0.340 V\n"
)


def test_a_cell_voltage_for_the_anode_potential_is_flagged() -> None:
    resp = COUPLE_WORK + "E = E_cathode − E_anode = 0.340 − (−0.822) = 1.162 V\n\nAnswer: 1.162 V"
    bad = _failed(COUPLE_Q, resp, "asked quantity")
    assert bad and "anode" in bad[0]


def test_the_anode_potential_passes() -> None:
    resp = (
        COUPLE_WORK
        + "The anode is zinc, so its reduction potential is −0.822 V.\n\nAnswer: −0.822 V"
    )
    assert not _failed(COUPLE_Q, resp, "asked quantity")


def test_a_cell_voltage_asked_is_not_flagged() -> None:
    q = COUPLE_Q.replace("the reduction potential of the anode", "the cell voltage")
    resp = COUPLE_WORK + "E = E_cathode − E_anode = 0.340 − (−0.822) = 1.162 V\n\nAnswer: 1.162 V"
    assert not _failed(q, resp, "asked quantity")


# ------------------------------------------------------------------ false alarms fixed
RELAX_Q = (
    "A stress of 8.0 MPa relaxes exponentially with τ = 50 days. After how many days is it 2.0 MPa?"
)


def test_a_target_then_the_time_it_is_reached() -> None:
    resp = "σ = 2.0 MPa at t = τ ln(8.0/2.0) = 50 × 1.3863 = 69.31 days.\n\nAnswer: 69.3 days"
    assert not _failed(RELAX_Q, resp, "arithmetic")


def test_a_slip_after_the_target_is_still_found() -> None:
    resp = "σ = 2.0 MPa at t = τ ln(8.0/2.0) = 50 × 1.3863 = 79.31 days.\n\nAnswer: 79.3 days"
    assert _failed(RELAX_Q, resp, "arithmetic")


MODULUS_Q = (
    "A bar under 17 kN has a stress of 212.5 MPa and a strain of 1.04 × 10⁻³. Find E in GPa."
)


def test_a_bare_calculation_of_a_value_stated_with_its_unit() -> None:
    resp = "σ = 212.5 MPa\nE = 212.5/1.04×10⁻³ = 204.3 GPa (elastic range).\n\nAnswer: 204.3 GPa"
    assert not _failed(MODULUS_Q, resp, "arithmetic")


def test_a_bare_calculation_with_a_power_slip_is_still_flagged() -> None:
    resp = "σ = 212.5 MPa\nE = 212.5/1.04×10⁻³ = 20.43 GPa (elastic range).\n\nAnswer: 20.43 GPa"
    assert _failed(MODULUS_Q, resp, "arithmetic")


CELL_Q = (
    "A cell has E° = 0.770 V and its quotient term lowers it by 0.0355 V. Compute "
    "the cell voltage to three decimal places."
)


def test_an_answer_sentence_after_the_result_on_its_line() -> None:
    resp = "E° = 0.770 V; E = 0.770 − 0.0355 = 0.7345 V. Answer: 0.734 V."
    assert not _failed(CELL_Q, resp, "asked rounding")


def test_a_misrounded_answer_on_the_same_line_is_still_flagged() -> None:
    resp = "E° = 0.770 V; E = 0.770 − 0.0355 = 0.7345 V. Answer: 0.744 V."
    assert _failed(CELL_Q, resp)


WEEKS_Q = "After how many weeks does the stress fall to 2.5 MPa?"


def test_sides_either_side_of_an_unread_value_are_not_compared() -> None:
    resp = "t = 126.2 · 0.8755 = 110.5 d = 15.8 weeks.\n\nAnswer: 15.8 weeks"
    assert not _failed(WEEKS_Q, resp, "arithmetic")


# ------------------------------------------------------------------ fibre radius and diameter
FIBRE_Q = (
    "Glass fibres of radius 5.0 µm with a tensile strength of 2.0 GPa sit in a matrix whose "
    "fibre–matrix bond strength is 20 MPa. What is the critical fibre length, in mm?"
)


def test_the_radius_put_in_for_the_diameter_is_flagged() -> None:
    resp = "l_c = σ_f d/(2τ_c) = (2.0 × 10⁹)(5.0 × 10⁻⁶)/(2 × 20 × 10⁶) = 2.5 × 10⁻⁴ m\n\n0.25"
    bad = _failed(FIBRE_Q, resp, "given value")
    assert bad and "0.5 mm" in bad[0]


def test_the_diameter_from_the_radius_passes() -> None:
    resp = "d = 10 µm; l_c = σ_f d/(2τ_c) = (2.0 × 10⁹)(1.0 × 10⁻⁵)/(2 × 20 × 10⁶) = 5.0 × 10⁻⁴ m\n\n0.50"
    assert not _failed(FIBRE_Q, resp)


def test_a_diameter_given_is_used_as_it_stands() -> None:
    q = FIBRE_Q.replace("radius 5.0 µm", "diameter 10 µm")
    resp = "l_c = σ_f d/(2τ_c) = (2.0 × 10⁹)(1.0 × 10⁻⁵)/(2 × 20 × 10⁶) = 5.0 × 10⁻⁴ m\n\n0.50"
    assert not _failed(q, resp)


def test_which_bracketed_remarks_are_dropped_from_a_value() -> None:
    from matsci_jupyter.engines.answer.step_check import strip_words

    # a remark opened by a remark word, or words without a number: not part of the value
    assert strip_words("1.69 × 10^20 cells (each with four atoms, 6.8 × 10^20 in all)") == (
        "1.69 × 10^20 cells"
    )
    assert strip_words("20.43 GPa (elastic range)") == "20.43 GPa"
    # other words with a number may qualify the value: the bracket stays
    assert strip_words("4.1 eV (from 2.1 eV + 2.0 eV)") == "4.1 eV (from 2.1 eV + 2.0 eV)"
    assert strip_words("3.2 MPa (at 25 °C)") == "3.2 MPa (at 25 °C)"
