"""The net equation got by cancelling or adding half-reactions must balance atoms and charge."""

from matsci_jupyter.engines.answer.chemical_equation import balance_check

HALVES = [
    "Reduction: Cr2O7^(2-) + 14 H^+ + 6 e^- → 2 Cr^(3+) + 7 H2O",
    "Oxidation: Fe^(2+) → Fe^(3+) + e^-",
    "Multiplying the oxidation by 6 and cancelling the electrons gives",
]


def test_net_equation_with_charge_left_over_is_flagged():
    lines = [*HALVES, "Cr2O7^(2-) + 14 H^+ + 6 Fe^(2+) → 2 Cr^(3+) + 7 H2O + 3 Fe^(3+)"]
    check = balance_check(lines)
    assert check is not None and not check.passed
    assert "Fe" in check.message


def test_balanced_net_equation_passes():
    lines = [*HALVES, "Cr2O7^(2-) + 14 H^+ + 6 Fe^(2+) → 2 Cr^(3+) + 7 H2O + 6 Fe^(3+)"]
    check = balance_check(lines)
    assert check is not None and check.passed


def test_equation_the_response_calls_unbalanced_is_left_alone():
    lines = [
        "Simplifying the skeleton we have",
        "Cr2O7^(2-) + Fe^(2+) → Cr^(3+) + Fe^(3+)",
        "This is not yet balanced, so we balance O with water.",
    ]
    assert balance_check(lines) is None


def test_half_reaction_being_built_is_left_alone():
    lines = ["First write the oxidation of iron:", "Fe^(2+) → Fe^(3+)", "then add an electron."]
    assert balance_check(lines) is None
