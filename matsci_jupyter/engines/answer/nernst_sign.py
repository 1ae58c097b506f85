"""The Nernst term of a two-metal cell added where it is subtracted (or its ratio turned over).

For a galvanic cell of two metal couples the anode is the couple with the lower standard
reduction potential, and the cell potential is E = E°_cell − (0.05916 V/n) log₁₀([anode ion]/
[cathode ion]) at 25 °C, E°_cell = E°_cathode − E°_anode (Callister eq. 17.20). A response that
writes the term as '+ (0.0592/n) log([anode ion]/[cathode ion])' or '− (0.0592/n) log([cathode
ion]/[anode ion])' has the sign of the concentration term turned over. Flagged only when the
response (or question) writes both couples' standard potentials, the ratio's value (or both ions'
concentrations in mol/L), and its final potential is what the turned-over term gives and not what
the right one gives.
"""

from __future__ import annotations

import math
import re
from typing import Any

from .checks import Check
from .step_numbers import magnitude_in

_ION = r"([A-Z][a-z]?)\s*\^?\s*\(?([1-4]?)\s*\+{1,3}\)?"
_NUM = r"(\d+(?:\.\d+)?(?:\s*(?:×|x|\*)\s*10\s*\^\s*\(?[-−]?\d+\)?|\s*[eE][-−]?\d+)?)"
_ION_NC = r"[A-Z][a-z]?\s*\^?\s*\(?[1-4]?\s*\+{1,3}\)?"
_TERM = re.compile(
    r"(?P<sign>[+−-])\s*\(?\s*(?:0\.0?59\d*|RT\s*/\s*\(?\s*\d?\s*n?\s*F\s*\)?)\s*(?:V\s*)?/?\s*"
    r"(?P<n>\d)?\s*\)?\s*(?:×|·|\*)?\s*log(?:10|₁₀|_10)?\s*\(?\s*\[\s*"
    + _ION_NC
    + r"\s*\]\s*/\s*\[\s*"
    + _ION_NC
    + r"\s*\]"
)
_RATIO = re.compile(r"\[\s*" + _ION + r"\s*\]\s*/\s*\[\s*" + _ION + r"\s*\]")
_COUPLE = re.compile(
    r"E\s*°?\s*\(\s*" + _ION + r"\s*/\s*([A-Z][a-z]?)\s*\)\s*=\s*([-−+]?\s*\d+\.\d+)\s*V"
)
_ASKS_CELL = re.compile(r"\bcell\s+(?:potential|voltage|emf)\b|\bemf\b|\bvoltage\b", re.I)


def _number(text: str) -> float | None:
    t = text.replace("−", "-").replace(" ", "")
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?:(?:×|x|\*)10\^\(?(-?\d+)\)?|[eE](-?\d+))?", t)
    if m is None:
        return None
    exp = m.group(2) or m.group(3)
    return float(m.group(1)) * (10.0 ** int(exp) if exp else 1.0)


def nernst_sign_check(question: str, lines: list[str], quantity: Any) -> Check | None:
    """A failed check when a two-metal cell's Nernst term has its sign turned over."""
    from .text import normalize

    text = normalize(question)
    if not _ASKS_CELL.search(text):
        return None
    response = "\n".join(lines)
    both = text + "\n" + response
    potentials: dict[str, float] = {}
    for m in _COUPLE.finditer(both):
        if m.group(1) != m.group(3):
            continue
        v = float(m.group(4).replace("−", "-").replace(" ", ""))
        if potentials.setdefault(m.group(1), v) != v:
            return None
    if len(potentials) != 2:
        return None
    anode, cathode = sorted(potentials, key=lambda el: potentials[el])
    e_cell = potentials[cathode] - potentials[anode]
    terms = [(t, _RATIO.search(t.group(0))) for t in _TERM.finditer(response)]
    terms = [(t, r) for t, r in terms if r is not None]
    if len(terms) != 1:
        return None
    term, ratio = terms[0]
    top, bottom = ratio.group(1), ratio.group(3)
    if {top, bottom} != {anode, cathode} or not term.group("n"):
        return None
    n = int(term.group("n"))
    plus = term.group("sign") == "+"
    turned = plus == (top == anode)
    if not turned:
        return None
    # the ratio [anode ion]/[cathode ion] as the response or the question states it
    value = None
    for m in re.finditer(
        r"\[\s*"
        + _ION
        + r"\s*\](?:\^\d)?\s*/\s*\[\s*"
        + _ION
        + r"\s*\](?:\^\d)?\s*\)?\s*=\s*"
        + _NUM,
        both,
    ):
        v = _number(m.group(5))
        if v is not None and v > 0 and {m.group(1), m.group(3)} == {anode, cathode}:
            value = v if m.group(1) == anode else 1 / v
            break
    if value is None:
        return None
    got = magnitude_in(quantity, "V") if quantity is not None else None
    if got is None:
        return None
    term_v = 0.05916 / n * math.log10(value)
    right, wrong = e_cell - term_v, e_cell + term_v
    if abs(right - wrong) < 0.004 or math.isclose(got, right, abs_tol=0.002):
        return None
    if not math.isclose(got, wrong, abs_tol=0.002):
        return None
    return Check(
        "formula",
        False,
        f"{anode} (E° = {potentials[anode]:+.3f} V) is the anode and {cathode} the cathode, so "
        f"E = E° − (0.05916/{n}) log([{anode} ion]/[{cathode} ion]) = {e_cell:.4g} − {term_v:.4g} = "
        f"{right:.4g} V; the answer {got:.4g} V has the concentration term's sign turned over",
    )
