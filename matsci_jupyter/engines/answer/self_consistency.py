"""Checks of a worked answer against itself, whatever the question: each one proves a step wrong.

* the values it solves for, substituted into its own equations (:mod:`.equation_system`);
* a non-integer result of its own rounded to the whole number it says is required
  (:mod:`.forced_integer`);
* a chemical equation it calls balanced that is not (:mod:`.chemical_equation`).
"""

from __future__ import annotations

from .checks import Check
from .chemical_equation import balance_check
from .equation_system import system_check
from .forced_integer import forced_integer_check


def self_consistency_checks(question: str, response: str, lines: list[str]) -> list[Check]:
    """Every check above that applies (``question`` normalised, ``lines`` the response's lines as
    :func:`.prose.response_lines` reads them); checks that do not apply are left out."""
    found = (
        system_check(response),
        forced_integer_check(question, response),
        balance_check(lines),
    )
    return [c for c in found if c is not None]
