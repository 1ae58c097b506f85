"""Permanganate in neutral or weakly basic solution is reduced to MnO2, not Mn2+."""

from matsci_jupyter.engines.answer.permanganate_medium import permanganate_medium_check

NEUTRAL_Q = (
    "Potassium permanganate oxidises thiosulfate in a faintly alkaline solution. How many moles ..."
)
ACID_Q = "Potassium permanganate oxidises oxalate in acidified solution. How many moles ..."


def test_mn2_product_in_weakly_basic_medium_is_flagged():
    lines = ["2 MnO4^- + 16 H^+ + 5 C2O4^(2-) → 2 Mn^(2+) + 10 CO2 + 8 H2O"]
    check = permanganate_medium_check(NEUTRAL_Q, lines)
    assert check is not None and not check.passed


def test_mno2_product_passes():
    lines = ["MnO4^- + 2 H2O + 3 e^- → MnO2 + 4 OH^-", "In acid it would be MnO4^- → Mn^(2+)"]
    assert permanganate_medium_check(NEUTRAL_Q, lines) is None


def test_acidic_question_is_left_alone():
    lines = ["2 MnO4^- + 16 H^+ + 5 C2O4^(2-) → 2 Mn^(2+) + 10 CO2 + 8 H2O"]
    assert permanganate_medium_check(ACID_Q, lines) is None
