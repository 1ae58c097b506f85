"""check_answer on correct answers in the layouts chat models use, and look-alikes with real errors.

Layout classes found by benchmarks/checker_layout_probe.py: an equation broken over lines after
an operator or before a continuing '=' sign, '~' written for 'about' before the final value, and
a remark run on after the final value (', which is …'). Each correct layout keeps its verdict;
the same layout with a real error is still flagged.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from matsci_jupyter import check_answer
from matsci_jupyter.engines.answer.text import normalize

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from answer_external_checker import verdict_of

ROD = "A steel rod of 8.0 mm diameter carries a tensile load of 15 kN. What is the engineering stress in MPa?"
PORES = (
    "A ceramic contains 30 vol% pores. Its fully dense density is 3.95 g/cm³. "
    "What fraction of the fully dense density does the porous body have?"
)


def _verdict(question: str, response: str) -> str:
    return verdict_of(check_answer(question, response))


def _broken_after_operator(stress: str, final: str) -> str:
    return (
        "Step 1 — area\nA = π ×\n   (4.0 × 10^-3 m)² = 5.027 × 10⁻⁵ m²\n\n"
        f"Step 2 — stress\nσ = 15 000 N /\n   5.027 × 10⁻⁵ m² = {stress} Pa\n\n"
        f"**Final Answer:** σ ≈ {final} MPa"
    )


def _broken_before_equals(stress: str, final: str) -> str:
    return (
        "A = π (4.0 × 10⁻³ m)²\n  = 5.027 × 10⁻⁵ m²\n\n"
        f"σ = F/A = 15 000 / 5.027 × 10⁻⁵\n  = {stress} Pa\n  = {final} MPa\n\n"
        f"**Final Answer:** σ ≈ {final} MPa"
    )


def test_line_break_after_an_operator_joins_the_equation():
    assert _verdict(ROD, _broken_after_operator("2.984 × 10⁸", "298")) != "flagged"
    assert _verdict(ROD, _broken_after_operator("3.384 × 10⁸", "338")) == "flagged"


def test_line_break_before_a_continuing_equals_sign():
    assert _verdict(ROD, _broken_before_equals("2.984 × 10⁸", "298.4")) != "flagged"
    assert _verdict(ROD, _broken_before_equals("3.384 × 10⁸", "338.4")) == "flagged"


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("f ~ 0.54", "f ≈ 0.54"),
        ("the size is ~3 nm", "the size is about 3 nm"),
        ("$5~\\text{kg}$", "5 kg"),
    ],
)
def test_tilde_before_a_number_reads_as_about(text, plain):
    assert normalize(text) == plain


def test_tilde_before_the_final_value():
    ok = "ρ_rel = 1 − 0.30 = 0.70\n\n**Final Answer:** ρ_rel ~ 0.70"
    assert _verdict(PORES, ok) != "flagged"
    formula = "ρ_rel = 1 − p\n\n**Final Answer:** ρ_rel ~ 1 − p"
    assert _verdict(PORES, formula) == "flagged"
    wrong = (
        "A = π (4.0 × 10⁻³)² = 5.027 × 10⁻⁵ m²\n\n"
        "σ = 15 000 / 5.027 × 10⁻⁵ = 2.984 × 10⁸ Pa\n\n**Final Answer:** σ ~ 338 MPa"
    )
    assert _verdict(ROD, wrong) == "flagged"


def test_remark_run_on_after_the_final_value():
    ok = (
        "A = π (4.0 × 10⁻³)² = 5.027 × 10⁻⁵ m²\n\n"
        "σ = 15 000 / 5.027 × 10⁻⁵ = 2.984 × 10⁸ Pa\n\n"
        "**Final Answer:** σ ≈ 298 MPa, which is a plausible level for a loaded steel rod."
    )
    assert _verdict(ROD, ok) != "flagged"
    formula = "A = π r²\n\n**Final Answer:** σ = F/(π r²), which is the stress in the rod."
    assert _verdict(ROD, formula) == "flagged"


def test_precision_note_after_the_final_value():
    steps = "ρ_rel = 1 − 0.30 = 0.70\n\n"
    assert _verdict(PORES, steps + "**Final Answer:** ρ_rel = 0.70 (2 s.f.)") != "flagged"
    assert _verdict(PORES, steps + "**Final Answer:** 0.70 (to 2 significant figures)") != "flagged"
    formula = "ρ_rel = 1 − p\n\n**Final Answer:** ρ_rel = 1 − p (2 s.f.)"
    assert _verdict(PORES, formula) == "flagged"
    rod = "A = π (4.0 × 10⁻³)² = 5.027 × 10⁻⁵ m²\n\nσ = 15 000 / 5.027 × 10⁻⁵ = 2.984 × 10⁸ Pa\n\n"
    assert _verdict(ROD, rod + "**Final Answer:** σ ≈ 338 MPa (3 s.f.)") == "flagged"


HEAT = (
    "A part is heated in four stages that add 12.5 kJ, 3.2 kJ, −1.1 kJ (a loss) and 0.4 kJ. "
    "How much heat does it take up in all, in kJ?"
)


def _aligned_sum(total: str) -> str:
    return (
        "Adding the stages:\n"
        "$$\\begin{aligned}\nQ &= 12.5\\ \\mathrm{kJ} + 3.2\\ \\mathrm{kJ}\\\\\n"
        "&\\quad -1.1\\ \\mathrm{kJ} + 0.4\\ \\mathrm{kJ}\\\\\n"
        f"&= {total}\\ \\mathrm{{kJ}}\n\\end{{aligned}}$$\n"
    )


def test_a_total_under_the_last_terms_of_a_sum_is_not_equated_with_those_terms() -> None:
    # '= 15.0 kJ' closes the whole sum begun two lines up, not '−1.1 kJ + 0.4 kJ'
    assert _verdict(HEAT, _aligned_sum("15.0")) != "flagged"


def test_a_total_under_a_whole_expression_is_still_checked() -> None:
    broken = "Q = 12.5 kJ + 3.2 kJ - 1.1 kJ + 0.4 kJ\n   = 17.0 kJ\n"
    assert _verdict(HEAT, broken) == "flagged"
    assert _verdict(HEAT, broken.replace("17.0", "15.0")) != "flagged"
