"""A completely dissociating salt's van 't Hoff factor in ΔT = i·K·m."""

from matsci_jupyter.engines.answer.text import normalize
from matsci_jupyter.engines.answer.vant_hoff import vant_hoff_check

QUESTION = normalize(
    "A 0.2 molal aqueous calcium chloride solution freezes below 0 °C. Take the salt as "
    "completely dissociated and $K_f = 1.86 \\mathrm{~K~kg~mol^{-1}}$. What is the depression "
    "of the freezing point?"
)


def test_bare_k_times_m_is_flagged():
    lines = ["ΔT_f = 1.86 K kg mol^-1 × 0.2 mol kg^-1 = 0.372 K"]
    check = vant_hoff_check(QUESTION, lines)
    assert check is not None and not check.passed
    assert "3 ions" in check.message


def test_factor_written_passes():
    lines = ["ΔT_f = 3 × 1.86 K kg mol^-1 × 0.2 mol kg^-1 = 1.116 K"]
    assert vant_hoff_check(QUESTION, lines) is None
    lines = ["ΔT_f = i K_f m = 1.86 × 0.6 = 1.116 K"]  # effective molality i·m
    assert vant_hoff_check(QUESTION, lines) is None


def test_non_electrolyte_question_is_left_alone():
    q = normalize(
        "A 0.2 molal aqueous urea solution and a 0.2 molal sodium chloride solution, the salt "
        "completely dissociated, K_f = 1.86 K kg mol^-1. What is the freezing point of the urea one?"
    )
    assert vant_hoff_check(q, ["ΔT_f = 1.86 × 0.2 = 0.372 K"]) is None
