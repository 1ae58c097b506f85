"""A change in diameter worked out without the Poisson's ratio the question gives.

A bar pulled or pushed along its axis changes its diameter by the lateral strain, ε_x = −ν ε_z:
Δd = ν ε_z d₀. A response that multiplies the axial strain itself by the diameter ('the diameter
contracts by this strain: Δd = ε d₀') answers 1/ν times the change (about three times too large).

Flagged only when the question asks how the diameter changes and gives Poisson's ratio (ν = 0.33,
'Poisson's ratio of 0.30'), and the response uses ν nowhere: neither the symbol nor the number is
written on any line but a list of the givens ('Given: d₀ = 10 mm, E = 69 GPa, ν = 0.33'), nor the
words 'Poisson' or 'lateral strain' in its working. A response that names the ratio and works with it
is judged by its arithmetic alone.
"""

from __future__ import annotations

import re

from .checks import Check
from .lateral_diameter import _ASKS_DIAMETER_CHANGE, _POISSON
from .step_check import clip

_GIVEN_LIST = re.compile(r"^\W*(?:\*\*)?\s*(?:given|data|known)\b", re.I)
_USES_RATIO = re.compile(r"ν|\bnu\b|poisson|lateral\s+strain|transverse\s+strain|ε_?[xyrd]", re.I)


def _lists_givens(line: str) -> bool:
    """A line that lists the question's data ('Given: a = 1, b = 2, c = 3'), not a step."""
    if _GIVEN_LIST.match(line):
        return True
    return line.count("=") >= 3 and "," in line and not re.search(r"[×*/÷√^]|\d\s*[-+−]\s*\d", line)


def poisson_dropped_check(question: str, lines: list[str]) -> Check | None:
    """A failed 'formula' check when a diameter change is asked with ν given and the response
    never works with ν (see the module docstring); None otherwise."""
    if not _ASKS_DIAMETER_CHANGE.search(question) or re.search(r"\bradius\b", question, re.I):
        return None
    poisson = _POISSON.search(question)
    if poisson is None:
        return None
    value = poisson.group("v")
    number = re.compile(rf"(?<![\d.]){re.escape(value)}0*(?!\d)")
    working = [ln for ln in lines if ln.strip() and not _lists_givens(ln)]
    if not working or not any(re.search(r"\bd(?:iameter|₀|_?0)?\b|Δd", ln) for ln in working):
        return None
    if any(_USES_RATIO.search(ln) or number.search(ln) for ln in working):
        return None
    strain = next((ln for ln in working if re.search(r"\bε\b|\bstrain\b", ln)), working[0])
    return Check(
        "formula",
        False,
        f"the question gives Poisson's ratio ν = {value} and asks for the change in diameter, "
        f"which is the lateral strain −ν ε_z times d₀; the response never uses ν "
        f"('{clip(strain.strip(), 60)}'): the axial strain is not the lateral one",
    )
