"""The solute's amount uses the solute's molar mass, not the solvent's."""

from matsci_jupyter.engines.answer.solute_solvent import solute_solvent_check
from matsci_jupyter.engines.answer.text import normalize

QUESTION = normalize(
    "A chemist dissolves 1.2 g of an unknown non-volatile solute in 60 g of toluene, and the "
    "freezing point falls by 0.8 K. (Data: the molar mass of toluene is 92 g mol^-1 and its "
    "freezing point constant is 5.1 K kg mol^-1.) What is the molar mass of the solute?"
)


def test_solute_mass_over_solvent_molar_mass_is_flagged():
    lines = ["Moles of solute n = (1.2 g)/(92 g mol^-1) = 0.013 mol"]
    check = solute_solvent_check(QUESTION, lines)
    assert check is not None and not check.passed
    assert "toluene" in check.message


def test_solvent_mass_over_its_own_molar_mass_passes():
    lines = ["Moles of toluene = 60 g / 92 g/mol = 0.652 mol", "m = 0.8/5.1 = 0.157 mol/kg"]
    assert solute_solvent_check(QUESTION, lines) is None


def test_question_giving_the_solute_molar_mass_is_left_alone():
    q = normalize(
        "2 g of a solute is dissolved in 50 g of water; the molar mass of the solute is 60 g mol^-1. "
        "What is the molality?"
    )
    assert solute_solvent_check(q, ["n = 2 g / 60 g/mol = 0.0333 mol"]) is None
