"""The Nernst quotient is products over reactants of the written reaction."""

from matsci_jupyter import check_answer
from matsci_jupyter.engines.answer.nernst_quotient import nernst_quotient_check
from matsci_jupyter.engines.answer.prose import response_lines
from matsci_jupyter.engines.answer.text import normalize

QUESTION = (
    "A galvanic cell joins a cadmium electrode in 0.50 M Cd^2+ to a copper electrode in 0.0050 M "
    "Cu^2+ at 25 °C. Standard reduction potentials: Cu^2+/Cu +0.340 V, Cd^2+/Cd -0.403 V. "
    "Find the cell potential."
)
INVERTED = """Copper has the higher reduction potential, so it is the cathode.
Reaction: Cd + Cu^2+ → Cd^2+ + Cu, n = 2
E° = 0.340 - (-0.403) = 0.743 V
E = E° - (0.0592/2) log([Cu^2+]/[Cd^2+])
log(0.0050/0.50) = log(0.01) = -2
E = 0.743 - 0.0296 × (-2) = 0.743 + 0.0592 = 0.802 V
The cell potential is 0.802 V."""


def _check(question: str, response: str):
    return nernst_quotient_check(normalize(question), response_lines(response))


def test_inverted_quotient_is_flagged():
    check = _check(QUESTION, INVERTED)
    assert check is not None and not check.passed
    assert "Q = [Cd2+]/[Cu2+] = 100" in check.message and "0.684" in check.message
    assert check_answer(QUESTION, INVERTED).verdict == "flagged"


def test_right_quotient_passes_in_either_style():
    right = INVERTED.replace("log([Cu^2+]/[Cd^2+])", "log([Cd^2+]/[Cu^2+])").replace(
        "log(0.0050/0.50) = log(0.01) = -2\nE = 0.743 - 0.0296 × (-2) = 0.743 + 0.0592 = 0.802 V\n"
        "The cell potential is 0.802 V.",
        "log(0.50/0.0050) = 2\nE = 0.743 - 0.0592 = 0.684 V\nThe cell potential is 0.684 V.",
    )
    assert _check(QUESTION, right) is None
    natural = """Cd + Cu^2+ → Cd^2+ + Cu; E° = 0.743 V
E = E° + (RT/2F) ln([Cu^2+]/[Cd^2+]) = 0.743 + 0.01285 × ln(0.01) = 0.743 - 0.0592 = 0.684 V"""
    assert _check(QUESTION, natural) is None


def test_reaction_written_in_the_question_fixes_the_product():
    question = (
        "For the cell reaction Zn + Fe^2+ → Zn^2+ + Fe with [Zn^2+] = 0.010 M and [Fe^2+] = 1.0 M "
        "at 25 °C, E° = 0.323 V. What is E?"
    )
    for wrong in (
        "Q = [Fe^2+]/[Zn^2+] = 100\nE = 0.323 - 0.0296 log 100 = 0.264 V",
        "E = 0.323 - 0.0296 log(1.0/0.010) = 0.323 - 0.0592 = 0.264 V",
    ):
        check = _check(question, wrong)
        assert check is not None and "0.382" in check.message
    right = "Q = [Zn^2+]/[Fe^2+] = 0.010\nE = 0.323 - 0.0296 log 0.010 = 0.382 V"
    assert _check(question, right) is None


def test_cell_notation_puts_the_anode_ion_on_top():
    question = (
        "Consider Ni(s) | Ni^2+(0.030 M) || Ag^+(0.60 M) | Ag(s) at 25 °C, where E°(Ag^+/Ag) = 0.800 V "
        "and E°(Ni^2+/Ni) = -0.250 V. Calculate the emf."
    )
    inverted = (
        "E° = 1.050 V\nQ = [Ag^+]^2/[Ni^2+] = 0.36/0.030 = 12\nE = 1.050 - 0.0296 log 12 = 1.018 V"
    )
    check = _check(question, inverted)
    assert check is not None and "2Ag+" in check.message and "1.082" in check.message
    right = "Q = [Ni^2+]/[Ag^+]^2 = 0.030/0.36 = 0.0833\nE = 1.050 - 0.0296 log 0.0833 = 1.082 V"
    assert _check(question, right) is None
