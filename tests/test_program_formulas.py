"""A program-of-thought answer whose physics is wrong though it runs: its assignments are read as
written formulas and compared with the standard-formula table (program_formulas)."""

from __future__ import annotations

import pytest

from matsci_jupyter.engines.answer import check_answer
from matsci_jupyter.engines.answer.program_formulas import (
    program_formula_checks,
    program_statements,
    symbol_of,
)


def _flagged(question: str, code: str) -> bool:
    return any(not c.passed and c.blocking for c in program_formula_checks(question, code))


@pytest.mark.parametrize(
    "name,symbol",
    [
        ("lambda_", "λ"),
        ("wavelength", "λ"),
        ("v0", "v_0"),
        ("v_initial", "v_0"),
        ("q1", "q_1"),
        ("T_hot", "T_hot"),
        ("delta_T", "ΔT"),
        ("omega", "ω"),
        ("E_n", "E_n"),
        ("vf", "v_f"),
        ("do", "d_o"),
    ],
)
def test_a_variable_name_reads_as_the_symbol_it_spells(name, symbol):
    assert symbol_of(name) == symbol


@pytest.mark.parametrize("name", ["distance", "result", "mass_ratio_of_the_two", "x_final_value"])
def test_a_name_of_no_agreed_symbol_is_not_read(name):
    assert symbol_of(name) is None


def test_assignments_become_formulas_and_conversions_do_not():
    code = (
        "import math\n"
        "def solve():\n"
        "    L = 2e-3\n"
        "    C = 5e-6\n"
        "    f = 1 / (2 * math.pi * math.sqrt(L * C))\n"
        "    f_khz = f / 1000\n"
        "    f = f * 1e-3\n"
        "    return f_khz\n"
    )
    texts = [s.text for s in program_statements(code)]
    assert len(texts) == 1 and texts[0].startswith("f = ") and "sqrt" in texts[0]


LC_Q = (
    "An LC circuit has an inductance of 2 mH and a capacitance of 5 uF. Find its frequency in Hz."
)
FALL_Q = "A stone is dropped from rest and falls freely for 3 s. How far does it fall in m?"
BOX_Q = "An electron is in an infinite square well 0.2 nm wide. Find its ground-level energy in eV."


def test_a_program_with_a_wrong_standard_formula_is_flagged_and_shows_the_textbook_form():
    code = "import math\ndef solve():\n    L = 2e-3\n    C = 5e-6\n    f = 1 / math.sqrt(L * C)\n    return f\n"
    (c,) = program_formula_checks(LC_Q, code)
    assert not c.passed and c.blocking
    assert "the program's line" in c.message and "2·π" in c.message


@pytest.mark.parametrize(
    "question,code",
    [
        (FALL_Q, "def solve():\n    g = 9.8\n    t = 3\n    h = g * t**2\n    return h\n"),
        (
            BOX_Q,
            "def solve():\n    h = 6.626e-34\n    m = 9.11e-31\n    L = 0.2e-9\n    n = 1\n"
            "    E = n**2 * h**2 / (2 * m * L**2)\n    return E / 1.602e-19\n",
        ),
    ],
)
def test_other_wrong_program_formulas_are_flagged(question, code):
    assert _flagged(question, code)


@pytest.mark.parametrize(
    "question,code",
    [
        (
            LC_Q,
            "import math\ndef solve():\n    L = 2e-3\n    C = 5e-6\n"
            "    f = 1 / (2 * math.pi * math.sqrt(L * C))\n    return f\n",
        ),
        (FALL_Q, "def solve():\n    g = 9.8\n    t = 3\n    h = 0.5 * g * t**2\n    return h\n"),
        # a unit conversion inside the formula is not compared (E in eV from J)
        (
            BOX_Q,
            "def solve():\n    h = 6.626e-34\n    m = 9.11e-31\n    L = 0.2e-9\n"
            "    E = h**2 / (8 * m * L**2) / 1.602e-19\n    return E\n",
        ),
        # descriptive names are not guessed at
        (
            FALL_Q,
            "def solve():\n    gravity = 9.8\n    duration = 3\n    return gravity * duration**2\n",
        ),
    ],
)
def test_right_or_unreadable_program_formulas_are_not_flagged(question, code):
    assert not _flagged(question, code)


def _sandbox_runs() -> bool:
    from matsci_jupyter.sandbox import run_code

    return run_code("result = 1", timeout_s=20).ok


@pytest.mark.skipif(not _sandbox_runs(), reason="no sandbox can run code on this machine")
def test_check_answer_flags_a_running_program_with_wrong_physics():
    code = "import math\ndef solve():\n    L = 2e-3\n    C = 5e-6\n    f = 1 / math.sqrt(L * C)\n    return f\n"
    answer = check_answer(LC_Q, code)
    assert answer.verdict == "flagged" and "standard formula" in answer.reason
