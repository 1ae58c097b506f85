"""check_answer: readings of correct worked answers that once looked wrong (found on blind set F).

Classes, in our own words:
- a full stop followed by a space is never a decimal point: the chain before it ends there, also
  when the next sentence starts with a lower-case symbol ('… = 180 min. d^2 = …') or a number;
- 'vs' joins two separate calculations, as 'and' does;
- a number written with spaced thousands after 'ln' is one number ('ln 1 500');
- a bare calculation with the unit written once at its end ('50 400 / 192 N/mm^2') gives the unit
  to the whole result, not to the last number;
- a bare calculation between two stated values of one dimension is a unit conversion written
  before its unit ('… grains/in^2 = 6.4×10^5/645.16 = 992 grains/mm^2');
- a final answer naming a multiple of a symbol ('2θ = 33.77°') is not the symbol's own value;
- a final answer is not a 'digits swapped' copy of an earlier result of another quantity.
Each class also has its wrong twin, which must still be flagged.
"""

from __future__ import annotations

from matsci_jupyter import check_answer

GRAIN_Q = (
    "Grains grow as d^2 - d0^2 = K t with d0 = 12 μm and K = 14.22 μm^2/min. "
    "What is the grain diameter after 3 h, in μm?"
)


def _verdict(question: str, response: str) -> str:
    return check_answer(question, response).verdict


def test_a_full_stop_before_a_lower_case_symbol_ends_the_chain() -> None:
    right = (
        "Apply at t = 3 h = 180 min. d^2 = 12^2 + 14.22 × 180 = 144 + 2560 = 2704 μm^2\n"
        "d = √2704 = 52.0 μm"
    )
    assert _verdict(GRAIN_Q, right) != "flagged"
    wrong = (
        "Apply at t = 3 h = 180 min. d^2 = 12^2 + 14.22 × 180 = 144 + 2560 = 3704 μm^2\n"
        "d = √3704 = 60.9 μm"
    )
    assert _verdict(GRAIN_Q, wrong) == "flagged"


def test_vs_joins_two_calculations() -> None:
    question = (
        "One sulphur atom (32.06 g/mol) joins ten repeat units of 68.12 g/mol. "
        "What is the weight percent of sulphur?"
    )
    right = (
        "Per 100 repeat units: 10 · 32.06 = 320.6 g vs 100 · 68.12 = 6 812 g.\n"
        "wt% S = 320.6/(320.6 + 6812) × 100 = 4.495 %\nAnswer: 4.495 percent."
    )
    assert _verdict(question, right) != "flagged"
    wrong = (
        "Per 100 repeat units: 10 · 32.06 = 320.6 g vs 100 · 68.12 = 7 812 g.\n"
        "wt% S = 320.6/(320.6 + 7812) × 100 = 3.942 %\nAnswer: 3.942 percent."
    )
    assert _verdict(question, wrong) == "flagged"


def test_spaced_thousands_after_ln_are_one_number() -> None:
    question = "A rate rises 1500-fold. What is ln of the ratio?"
    assert _verdict(question, "ln 1 500 = 7.313\nAnswer: 7.313") != "flagged"
    assert _verdict(question, "ln 1 500 = 8.313\nAnswer: 8.313") == "flagged"


def test_a_unit_written_after_a_bare_calculation_belongs_to_all_of_it() -> None:
    question = (
        "A bar 6 mm wide and 4 mm thick breaks at 420 N in three-point bending over 40 mm. "
        "What is its flexural strength in MPa?"
    )
    right = (
        "σ_fs = 3 F L / (2 b d^2) = 3 × 420 N × 40 mm / (2 × 6 mm × (4 mm)^2) = 50 400 / 192 N/mm^2\n"
        "σ_fs = 262.5 MPa"
    )
    assert _verdict(question, right) != "flagged"
    wrong = right.replace("50 400 / 192", "60 400 / 192").replace("262.5", "314.6")
    assert _verdict(question, wrong) == "flagged"


def test_a_conversion_written_before_its_unit_is_not_wrong() -> None:
    question = "There are 6.4×10^5 grains per square inch. How many grains per mm^2?"
    right = "N = 6.4×10^5 grains/inch^2 = 6.4×10^5/645.16 = 992 grains/mm^2.\nAnswer: 992 per mm^2"
    assert _verdict(question, right) != "flagged"
    wrong = right.replace("/645.16 = 992", "/6451.6 = 99.2").replace("Answer: 992", "Answer: 99.2")
    assert _verdict(question, wrong) == "flagged"


def test_a_final_answer_for_a_multiple_of_a_symbol_is_not_the_symbol() -> None:
    question = (
        "For d = 0.2655 nm and Cu Kα (0.15406 nm), at what 2θ does the first-order peak appear?"
    )
    right = (
        "sin θ = 0.15406/(2 × 0.2655) = 0.2901\nθ = 16.87°\n"
        "The peak is at 2θ = 33.7°.\nAnswer: boxed 2θ = 33.7°"
    )
    assert _verdict(question, right) != "flagged"


def test_digits_swapped_needs_the_same_quantity() -> None:
    question = "Ethylene (28.054 g/mol) chains have an end-to-end distance to find, in nm."
    response = "The repeat unit has M = 28.054 g/mol.\nTherefore r ≈ 21.8 nm"
    assert "digits swapped" not in (check_answer(question, response).reason or "")
    twin = "The end-to-end distance is r = 28.05 nm.\nTherefore r ≈ 28.50 nm"
    assert "digits swapped" in (check_answer(question, twin).reason or "")


def test_a_markdown_bullet_is_not_a_minus_sign() -> None:
    question = (
        "Silicon's conductivity at 300 K is 4.3e-4 S/m with a gap of 1.11 eV. Find it at 400 K."
    )
    right = (
        "The ratio is exp[(E_g/2k)(1/300 − 1/400)].\n\n"
        "- E_g/2k = 1.11/(2 × 8.617 × 10⁻⁵) = 6 441 K\n"
        "- 1/300 − 1/400 = 8.333 × 10⁻⁴ K⁻¹\n"
        "- exponent = 5.367, ratio = e^5.367 = 214.3\n\n"
        "σ = 4.3 × 10⁻⁴ × 214.3 = **0.0921 (Ω·m)⁻¹**"
    )
    assert _verdict(question, right) != "flagged"
    wrong = right.replace("= 8.333 × 10⁻⁴ K⁻¹", "= 9.333 × 10⁻⁴ K⁻¹")
    assert _verdict(question, wrong) == "flagged"


def test_a_sum_with_a_given_percentage_is_a_percentage() -> None:
    """'C_x = 0.10 + 1.10 × 0.2538 = 0.379' with 0.10 wt% given is 0.379 wt%, not a fraction;
    a lever-rule ratio of percentages is still a fraction."""
    from matsci_jupyter.engines.answer.percent_fraction import adds_a_percentage

    question = "A 0.10 wt% C steel is carburised at 1.20 wt% C. What is the carbon content in wt%?"
    assert adds_a_percentage(("C_x", "0.10 + (1.20 - 0.10)(1 - 0.7462)", "0.379"), question)
    lever = "An alloy of 40 wt% Ni lies between 35 wt% and 45 wt% Ni. What percent is liquid?"
    assert not adds_a_percentage(("W", "(40 - 35)/(45 - 35)", "0.5"), lever)
    right = "C_x = 0.10 + (1.20 − 0.10)(1 − 0.7462) = 0.10 + 1.10 × 0.2538 = 0.379\n**C_x ≈ 0.379 wt% C**"
    assert _verdict(question, right) != "flagged"
    wrong = "W_L = (40 - 35)/(45 - 35) = 5/10 = 0.5\nAnswer: 0.5 %"
    assert _verdict(lever, wrong) == "flagged"


def test_count_words_do_not_excuse_a_wrong_product() -> None:
    """'atoms' may make a step per atom or per mole (a factor of Avogadro's number); any other
    disagreement is arithmetic."""
    from matsci_jupyter.engines.answer.prose import Statement
    from matsci_jupyter.engines.answer.step_check import WRONG, read_steps

    def status(text: str) -> str:
        st = Statement(text, tuple(p.strip() for p in text.split("=")), 0)
        return read_steps([st], {})[0].status

    assert status("N = 2.857 ×10^-7 mol ×6.022 ×10^23 atoms/mol = 2.355 ×10^17 atoms") == WRONG
    assert status("N = 2.857 ×10^-7 mol ×6.022 ×10^23 atoms/mol = 1.72 ×10^17 atoms") != WRONG
    assert status("E = 2.18e-18 J/atom = 1312 kJ/mol") != WRONG  # per atom and per mole
    # Euler's e raised to a decimal or negative power is not the elementary charge
    assert status("x = e^-26.69 = 3.562 ×10^-12") == WRONG
    assert status("x = e^-26.69 = 2.56 ×10^-12") != WRONG
    # a stated number whose unit pint cannot read is still compared as that number
    assert status("N_f = (34.96)/(4.455 ×10^-5) = 10.75 ×10^5 cycles") == WRONG
    assert status("N_f = (34.96)/(4.455 ×10^-5) = 7.85 ×10^5 cycles") != WRONG
    assert status("K = 0.36/20 = 0.02466 mg^2cm^-4h^-1") == WRONG
    assert status("K = 0.36/20 = 0.018 mg^2cm^-4h^-1") != WRONG


def test_a_value_restated_in_another_unit_must_be_the_same_quantity() -> None:
    from matsci_jupyter.engines.answer.prose import response_lines, statements
    from matsci_jupyter.engines.answer.step_check import restated_conversions

    def found(text: str) -> list:
        return restated_conversions(statements(response_lines(text)), {})

    wrong = (
        "2) ρ = 1/σ = 9.60 × 10⁻⁴ Ω m\n"
        "3) Convert to Ω·cm (1 m = 100 cm, so divide by 100): ρ = 9.60 × 10⁻⁶ Ω·cm"
    )
    hits = found(wrong)
    assert len(hits) == 1 and "0.096" in hits[0][1]
    assert found(wrong.replace("9.60 × 10⁻⁶ Ω·cm", "0.0960 Ω·cm")) == []
    # the same unit again may be a new value of the symbol (another temperature): left alone
    assert found("ρ = 9.60 × 10⁻⁴ Ω m at 300 K\nAt 400 K, ρ = 7.1 × 10⁻⁴ Ω m") == []


HALL_Q = (
    "A copper strip 0.5 mm thick carries a current of 20 A in a magnetic field of 1.5 T applied "
    "perpendicular to the strip. The free-electron density of copper is 8.5 × 10²⁸ m⁻³. "
    "Calculate the Hall voltage across the strip in µV."
)


def test_a_given_put_into_a_calculation_a_power_of_ten_off_is_flagged() -> None:
    wrong = (
        "V_H = I B / (n e t)\n    = (2.0 A)(1.5 T) / (8.5 × 10²⁸ × 1.602 × 10⁻¹⁹ × 5 × 10⁻⁴)\n"
        "    = 4.41 × 10⁻⁷ V\n\nV_H ≈ 0.441 µV"
    )
    answer = check_answer(HALL_Q, wrong)
    assert answer.verdict == "flagged" and "10^-1" in answer.reason
    right = wrong.replace("(2.0 A)", "(20 A)").replace("4.41 × 10⁻⁷", "4.41 × 10⁻⁶")
    assert check_answer(HALL_Q, right.replace("0.441", "4.41")).verdict != "flagged"
    # a value the response finds on its own (a current per wire) is not a mis-copy
    shared = "Each of the ten wires carries I = 20 A/10 = 2.0 A.\n" + wrong
    assert "never writes" not in (check_answer(HALL_Q, shared).reason or "")


def test_list_numbers_are_neither_factors_nor_decimals() -> None:
    """'4. 1400 - 2θ = 850 - θ' once read as 4.1400 − 2θ, and '11. 2θ = 51.9°' as 11 × 2θ."""
    question = "Solve 3.2(700 - θ) = 850 - θ for θ, in degrees."
    right = "1. 3.2(700 - θ) = 850 - θ\n2. 2240 - 3.2θ = 850 - θ\n3. 1390 = 2.2θ\n4. θ = 631.8\nAnswer: 631.8"
    assert _verdict(question, right) != "flagged"
    wrong = right.replace(
        "3. 1390 = 2.2θ\n4. θ = 631.8\nAnswer: 631.8", "3. 1390 = 2.2θ\n4. θ = 531.8\nAnswer: 531.8"
    )
    assert _verdict(question, wrong) == "flagged"


def test_a_shifted_harmonic_index_is_not_a_wrong_standard_formula() -> None:
    question = (
        "A string of length 1 m and mass 2 × 10^-5 kg vibrates with two successive harmonics at "
        "750 Hz and 1000 Hz. What is the tension in N?"
    )
    response = (
        "1) $f_n = \\frac{n}{2L}\\sqrt{\\frac{T}{\\mu}} = 750 \\mathrm{~Hz}$\n\n"
        "2) $f_{n+1} = \\frac{n+1}{2L}\\sqrt{\\frac{T}{\\mu}} = 1000 \\mathrm{~Hz}$\n\n"
        "So n = 3 and T = 5 N.\n\nTherefore the tension is $\\boxed{5 \\mathrm{~N}}$."
    )
    assert "standard formula" not in (check_answer(question, response).reason or "")


_AMORPHOUS = (
    "A polyethylene part has a density of 0.950 g/cm³; fully crystalline and fully amorphous "
    "polyethylene have 1.000 and 0.860 g/cm³. What percentage of the part, by mass, is amorphous?"
)


def test_a_fraction_computed_on_the_last_side_and_answered_as_percent_is_flagged() -> None:
    """'amorphous = 1 - x_c = 1 - 0.6767' then '0.323 %': the fraction written as a percentage."""
    steps = (
        "x_c = ρ_c(ρ_s - ρ_a)/[ρ_s(ρ_c - ρ_a)] = 1.000(0.950 - 0.860)/[0.950(1.000 - 0.860)] = 0.6767\n"
        "Amorphous part = 1 - x_c = 1 - 0.6767\n"
    )
    bad = check_answer(_AMORPHOUS, steps + "Amorphous percentage ≈ 0.323")
    assert bad.verdict == "flagged", bad
    assert any(c.name == "percent" and not c.passed for c in bad.checks), bad
    # look-alikes: the same working ending in the percentage, or multiplying by 100
    ok = check_answer(_AMORPHOUS, steps + "Amorphous percentage ≈ 32.3 %")
    assert not any(c.name == "percent" and not c.passed for c in ok.checks), ok
    times = check_answer(
        _AMORPHOUS,
        "x_c = 0.6767\nAmorphous part = (1 - x_c) × 100 = (1 - 0.6767) × 100 = 32.33\n"
        "Amorphous percentage ≈ 32.3",
    )
    assert not any(c.name == "percent" and not c.passed for c in times.checks), times
