"""A standard potential combined from successive couples lies between theirs.

When a question gives the standard reduction potentials of successive couples of one element
(X/Y, Y/Z, …: the reduced form of each is the oxidised form of the next) and asks for the potential
of the outer couple X/Z, the Gibbs energies add, not the potentials:
(n₁ + n₂ + …)·E(X/Z) = n₁·E(X/Y) + n₂·E(Y/Z) + …, with every n positive. The asked potential is an
electron-weighted mean of the given ones, so it lies between the smallest and the largest of them,
whatever the electron counts. An answer outside that range (the given potentials simply added or
subtracted) is provably wrong.

Only a question that asks for the potential of a couple (not of a cell: no 'cell', 'emf' or
'battery') and whose asked couple is reached by such a chain is checked.
"""

from __future__ import annotations

import re
from typing import Any

from .checks import Check
from .quantities import format_number

_E_LABEL = re.compile(r"\bE\s*(?:\^\s*\{?\s*(?:0|o|°)\s*\}?|°)?\s*_?\s*(?=\()")
_AFTER_LABEL = re.compile(
    r"\s*(?:\^\s*\{?\s*(?:0|o|°)\s*\}?|°)?\s*=\s*([-+−]?\s*\d+(?:\.\d+)?)\s*V\b"
)
_ASKED = re.compile(
    r"\bpotential\b[^?]*?\bof\s+(?:the\s+)?(?:couple\s+)?([^?]*?/[^?]*?)\s*\?", re.I
)
_CELL = re.compile(r"\b(?:cell|emf|e\.m\.f|battery|galvanic)\b", re.I)
_PHASE = re.compile(r"\(\s*(?:aq|s|l|g)\s*\)", re.I)


def _balanced(text: str, start: int) -> int | None:
    """The index just after the parenthesis group opening at ``start``; None when unbalanced."""
    depth = 0
    for i in range(start, len(text)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return i + 1
    return None


def _split_couple(inner: str) -> tuple[str, str] | None:
    """'MnO4^-(aq)/MnO2( s)' → ('MnO4-', 'MnO2'): the two species, split at the one top-level '/'."""
    depth, cut = 0, []
    for i, ch in enumerate(inner):
        depth += ch == "("
        depth -= ch == ")"
        if ch == "/" and depth == 0:
            cut.append(i)
    if len(cut) != 1:
        return None
    ox, red = _species(inner[: cut[0]]), _species(inner[cut[0] + 1 :])
    return (ox, red) if ox and red else None


def _species(text: str) -> str:
    """A species as compared: phase marks, spaces, carets and brackets dropped ('Mn^(2+)(aq)' →
    'Mn2+')."""
    t = _PHASE.sub("", text).replace("−", "-")
    return re.sub(r"[^A-Za-z0-9+\-]", "", t)


def given_couples(question: str) -> list[tuple[str, str, float]]:
    """Every 'E°(X/Y) = v V' the question writes: (oxidised, reduced, volts)."""
    out = []
    for m in _E_LABEL.finditer(question):
        end = _balanced(question, m.end())
        if end is None:
            continue
        couple = _split_couple(question[m.end() + 1 : end - 1])
        value = _AFTER_LABEL.match(question, end)
        if couple is None or value is None:
            continue
        out.append(
            (couple[0], couple[1], float(re.sub(r"\s", "", value.group(1)).replace("−", "-")))
        )
    return out


def _chain(ox: str, red: str, couples: list[tuple[str, str, float]]) -> list[float] | None:
    """The potentials along a path of two or more given couples from ``ox`` down to ``red``."""

    def walk(at: str, used: tuple[int, ...]) -> list[float] | None:
        for i, (o, r, e) in enumerate(couples):
            if i in used or o != at:
                continue
            if r == red and used:
                return [couples[j][2] for j in used] + [e]
            found = walk(r, (*used, i))
            if found is not None:
                return found
        return None

    return walk(ox, ())


def couple_potential_check(question: str, quantity: Any) -> Check | None:
    """The answer against the range of the chained couples' potentials (see the module docstring);
    None when the question is not of that kind or the answer is not a potential in volts."""
    if _CELL.search(question):
        return None
    asked = _ASKED.search(question)
    if asked is None:
        return None
    couple = _split_couple(asked.group(1).strip())
    if couple is None:
        return None
    couples = given_couples(question)
    if len(couples) < 2 or any((o, r) == couple for o, r, _e in couples):
        return None
    path = _chain(couple[0], couple[1], couples)
    if path is None:
        return None
    try:
        volts = float(quantity.to("V").magnitude)
    except Exception:
        return None
    low, high = min(path), max(path)
    margin = 0.006 + 0.005 * max(abs(low), abs(high))  # an answer rounded to two decimals
    shown = ", ".join(f"{format_number(e)} V" for e in path)
    if low - margin <= volts <= high + margin:
        return Check(
            "couple potential",
            True,
            f"within the range of the successive couples' potentials ({shown})",
            blocking=False,
        )
    return Check(
        "couple potential",
        False,
        f"the asked couple's potential is the electron-weighted mean of the successive couples' "
        f"potentials ({shown}: Gibbs energies add, potentials do not), so it lies between "
        f"{format_number(low)} V and {format_number(high)} V; the answer is "
        f"{format_number(volts)} V",
    )
