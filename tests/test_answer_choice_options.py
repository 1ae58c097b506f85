"""Numeric multiple-choice stems: the options are not givens; an answer must match exactly one."""

from __future__ import annotations

import pytest

from matsci_jupyter.engines.answer.choice_options import split_options
from matsci_jupyter.engines.answer.solver import solve


def _value(answer, unit):
    assert answer.quantity is not None, answer.reason
    return float(answer.quantity.to(unit).magnitude)


# BCC iron, a = 0.2866 nm, 55.85 g/mol: ρ = 2·55.85/(a³·N_A) = 7.88 g/cm³
_IRON = (
    "Iron is body-centred cubic with a lattice parameter of 0.2866 nm and an atomic mass of "
    "55.85 g/mol. Its theoretical density is closest to\n"
    "(A) {a} g/cm³  (B) {b} g/cm³  (C) {c} g/cm³  (D) {d} g/cm³\n"
    "Compute the density in g/cm³ and select the option."
)


def test_options_are_not_givens_and_the_matching_one_is_answered() -> None:
    answer = solve(_IRON.format(a="6.12", b="7.88", c="8.90", d="9.95"))
    assert _value(answer, "g/cm**3") == pytest.approx(7.88, rel=0.01)
    assert any("option (B)" in n for n in answer.notes)


def test_no_option_matches_is_refused() -> None:
    answer = solve(_IRON.format(a="6.12", b="7.10", c="8.90", d="9.95"))
    assert answer.quantity is None
    assert "none of the options" in (answer.reason or "")


def test_two_options_close_together_is_refused() -> None:
    answer = solve(_IRON.format(a="6.12", b="7.87", c="7.89", d="9.95"))
    assert answer.quantity is None
    assert "more than one option" in (answer.reason or "")


def test_bare_options_are_read_in_the_asked_unit() -> None:
    # Griffith, surface crack: σ = √(2Eγ/(πa)) = √(2·70e9·0.5/(π·5e-6)) = 66.8 MPa
    q = (
        "A glass plate (E = 70 GPa, surface energy 0.50 J/m²) has surface cracks 5.0 µm deep. "
        "Using Griffith's relation, calculate the critical stress in MPa.\n"
        "(A) 21.1 (B) 66.8 (C) 94.4 (D) 211"
    )
    assert _value(solve(q), "MPa") == pytest.approx(66.8, rel=0.01)


def test_the_same_question_without_options_keeps_its_answer() -> None:
    q = (
        _IRON.format(a="", b="", c="", d="").split("\n")[0].replace(" is closest to", "")
        + " Compute its theoretical density in g/cm³."
    )
    assert split_options(q) is None
    assert _value(solve(q), "g/cm**3") == pytest.approx(7.88, rel=0.01)


def test_lettered_parts_that_ask_are_not_options() -> None:
    q = (
        "A steel bar is loaded. (A) Compute the stress for 10 kN on 100 mm². (B) Compute the strain "
        "with E = 200 GPa. (C) Compute the elongation of a 1 m length."
    )
    assert split_options(q) is None


def test_an_option_list_with_words_is_not_read() -> None:
    q = (
        "Copper is FCC with a = 0.3615 nm. Which is true? (A) 4 atoms per cell (B) it is brittle "
        "(C) it is BCC"
    )
    assert split_options(q) is None
