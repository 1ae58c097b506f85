"""check_answer on correct answers whose CONTENT varies as chat models vary it (content probe,
benchmarks/checker_content_probe.py): each class has a correct text that must not be flagged and
a look-alike wrong text that must stay flagged."""

from __future__ import annotations

from matsci_jupyter import check_answer
from matsci_jupyter.engines.answer.expression import evaluate_segment
from matsci_jupyter.engines.answer.prose import final_answer, normalized, verification_line

BCC_Q = (
    "Chromium has a body-centred cubic structure with a lattice parameter of 0.2884 nm. "
    "What is its atomic radius, in nanometres?"
)
RATE_Q = (
    "A reaction runs twice as fast at 310 K as at 300 K. Estimate its activation energy in kJ/mol."
)


def verdict(question: str, response: str) -> str:
    return check_answer(question, response).verdict


# ---------------------------------------------------------------- a value restated in another unit
def test_labelled_final_value_restated_in_an_equivalent_unit_is_one_answer():
    ok = "R = √3 × 0.2884/4 = 0.1249 nm\n\n**Final answer:** R ≈ 0.1249 nm (1.249 Å)"
    assert verdict(BCC_Q, ok) != "flagged"


def test_final_value_restated_with_a_wrong_conversion_stays_flagged():
    wrong = "R = √3 × 0.2884/4 = 0.1249 nm\n\n**Final answer:** R ≈ 0.1249 nm (12.49 Å)"
    assert verdict(BCC_Q, wrong) == "flagged"


def test_bare_marker_value_restated_in_a_smaller_prefix():
    ok = "R = √3 × 0.2884/4 = 0.1249 nm\n\n**Answer: ≈ 0.1249 nm (124.9 pm)**"
    assert verdict(BCC_Q, ok) != "flagged"
    wrong = "R = √3 × 0.2884/4 = 0.1249 nm\n\n**Answer: ≈ 0.1249 nm (1249 pm)**"
    assert verdict(BCC_Q, wrong) == "flagged"


# ---------------------------------------------------------------- a closing check line
def test_a_check_line_after_the_result_is_not_the_final_answer():
    ok = "R = √3 a/4 = √3 × 0.2884/4 = 0.1249 nm\n\nCheck: 4 × 0.1249/√3 = 0.2884 ✓"
    assert verdict(BCC_Q, ok) != "flagged"
    lines = [normalized(x) for x in ok.split("\n") if x.strip()]
    final = final_answer(lines)
    assert final is not None and "0.1249" in final.text


def test_a_wrong_result_followed_by_a_ticked_check_stays_flagged():
    wrong = "R = √2 a/4 = √2 × 0.2884/4 = 0.1020 nm\n\nCheck: 4 × 0.1020/√2 = 0.2885 ✓"
    assert verdict(BCC_Q, wrong) == "flagged"


def test_verification_lines_are_told_from_working():
    assert verification_line("Check: 4 × 0.1249/√3 = 0.2884 ✓")
    assert verification_line("**Verification:** substituting back gives 0.2884 nm")
    assert verification_line("Units: (J/mol)/(J/(mol·K)) = K")
    assert verification_line("so r = 0.41 nm ✔")
    assert not verification_line("R = √3 × 0.2884/4 = 0.1249 nm")
    assert verification_line("Quick sanity check (back-substitution): 0.1249 × 4/√3 = 0.2884")
    assert not verification_line("Checking the phase diagram, the alloy is in the α field")
    assert not verification_line("The units of the answer are nm, so R = 0.1249 nm")


def test_every_value_line_ticked_still_gives_a_final_answer():
    lines = ["a = 2 × 3 = 6 ✓", "b = 6 + 1 = 7 ✓"]
    final = final_answer(lines)
    assert final is not None and "7" in final.text


# ---------------------------------------------------------------- a units-analysis line
SPACING_Q = (
    "A cubic crystal has a lattice parameter of 0.2020 nm. What is the spacing of its (200) "
    "planes, in nm?"
)
UNITS_LINE = "Units: nm/(a pure number) = nm, and 1 cm = 10⁷ nm"


def test_a_units_line_before_the_final_answer_is_no_result():
    # the conversion fact in the units line is no result the final answer copies
    ok = (
        "d = a/√(h² + k² + l²) = 0.2020/√4 = 0.1010 nm\n\n"
        f"{UNITS_LINE}\n\n**Final answer:** d ≈ 0.101 nm"
    )
    assert verdict(SPACING_Q, ok) != "flagged"


def test_a_units_line_does_not_hide_a_miscopied_answer():
    wrong = (
        "d = a/√(h² + k² + l²) = 0.2020/√4 = 0.1010 nm\n\n"
        f"{UNITS_LINE}\n\n**Final answer:** d ≈ 0.0101 nm"
    )
    assert verdict(SPACING_Q, wrong) == "flagged"


def test_a_units_line_does_not_hide_a_wrong_step():
    wrong = (
        "R = √3 × 0.2884/4 = 0.1349 nm\n\n"
        "Units: nm in, nm out, and 1 nm = 10 Å\n\n"
        "**Final answer:** R ≈ 0.1349 nm"
    )
    assert verdict(BCC_Q, wrong) == "flagged"


# ---------------------------------------------------------------- ln written as 2.303 log10
def test_common_logarithm_with_its_base_written_evaluates():
    for text in ("log₁₀(1000)", "log_10(1000)", "log_{10}(1000)", "log10(1000)"):
        assert abs(evaluate_segment(normalized(text)).value - 3.0) < 1e-9, text
    assert abs(evaluate_segment(normalized("2.303 log₁₀(400)")).value - 5.9918) < 1e-3


def test_ln_written_as_2303_log10_is_the_standard_two_temperature_form():
    ok = (
        "2.303 log₁₀(r₂/r₁) = (Q/R)(1/T₁ − 1/T₂)\n"
        "Q = 8.314 × 0.6931/(1/300 − 1/310) = 53.6 kJ/mol\n\n**Answer:** 53.6 kJ/mol"
    )
    assert verdict(RATE_Q, ok) != "flagged"
    ok_plain = ok.replace("log₁₀", "log10")
    assert verdict(RATE_Q, ok_plain) != "flagged"


def test_log10_without_its_factor_stays_flagged():
    wrong = (
        "log₁₀(r₂/r₁) = (Q/R)(1/T₁ − 1/T₂)\n"
        "Q = 8.314 × 0.3010/(1/300 − 1/310) = 23.3 kJ/mol\n\n**Answer:** 23.3 kJ/mol"
    )
    assert verdict(RATE_Q, wrong) == "flagged"


def test_a_log10_step_with_a_wrong_value_stays_flagged():
    ok = "ln(400) = 2.303 log₁₀(400) = 5.992"
    assert verdict("What is ln 400?", ok) != "flagged"
    wrong = "ln(400) = 2.303 log₁₀(400) = 2.602"
    assert verdict("What is ln 400?", wrong) == "flagged"


# ---------------------------------------------------------------- a TeX logarithm of a fraction
LOG_Q = "What is the natural logarithm of the ratio of 8.0 to 2.0?"


def test_tex_logarithm_of_a_fraction_takes_the_whole_fraction():
    for text, value in (
        (r"$\ln\frac{8.0}{2.0}$", 1.3863),
        (r"$\log_{10}\frac{8.0}{2.0}$", 0.60206),
        (r"$2.303\log_{10}\dfrac{8.0}{2.0}$", 1.3865),
    ):
        assert abs(evaluate_segment(normalized(text)).value - value) < 1e-3, text
    assert verdict(LOG_Q, r"$$2.303\log_{10}\frac{8.0}{2.0} = 1.386$$") != "flagged"
    assert verdict(LOG_Q, r"$$\log_{10}\frac{8.0}{2.0} = 0.602$$") != "flagged"


def test_tex_logarithm_read_as_log_of_the_numerator_only_stays_flagged():
    # ln(8.0)/2.0 = 1.040 and log10(8.0)/2.0 = 0.452 are not the logarithm of the ratio
    assert verdict(LOG_Q, r"$$\ln\frac{8.0}{2.0} = 1.040$$") == "flagged"
    assert verdict(LOG_Q, r"$$\log_{10}\frac{8.0}{2.0} = 0.452$$") == "flagged"
