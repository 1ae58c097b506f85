"""Magnetic fields in oersted and flux densities in gauss, read as their SI values.

pint keeps Oe and G in the Gaussian system, where neither converts to A/m or T, so an SI relation
(B = μ₀μ_r H, M = χH, B = μ₀(H + M)) never sees them. The CGS–SI equivalences are exact:

* H: 1 Oe = 10³/(4π) A/m (≈ 79.58 A/m); kOe, mOe by their prefixes;
* B: 1 G = 10⁻⁴ T; 1 kG = 0.1 T ('kilogauss').

Each field written in Oe (a quantity the reader parsed as oersted) becomes its A/m value, and each
flux density in gauss its tesla value; a bare 'G' after a number counts as gauss only where the
question speaks of a flux density, induction or field, and never before 'Pa' (GPa) or 'Oe' (a
magnet's energy product in G·Oe, which units.py reads as one unit, leaves the question alone).
An answer asked in gauss or oersted is solved in T or A/m and written back in the asked unit.
"""

from __future__ import annotations

import itertools
import math
import re
from typing import Any

# A/m per oersted; tesla per gauss
OERSTED_A_PER_M = 1000.0 / (4.0 * math.pi)
GAUSS_TESLA = 1e-4

_ENERGY_PRODUCT = re.compile(r"G\s*[·⋅*.\s-]?\s*Oe|GOe|[Gg]auss[\s·⋅*-]*[Oo]ersted", re.I)
_MAGNETIC_WORDS = re.compile(r"\b(?:flux\s+density|induction|magneti[sz]\w*|field)\b", re.I)
# a bare 'G' (or 'kG') right after a number: gauss, not 'GPa', not 'G·Oe', not 'G =' (a modulus)
_BARE_G = re.compile(r"\s*(?P<prefix>k?)G(?![A-Za-z0-9·⋅*=])(?!\s*(?:=|Oe|Pa))")
# the asked unit in gauss or oersted: 'in gauss', '(in G)', 'in kilogauss', 'in Oe'
_ASKED = re.compile(
    r"\b(?P<lead>in|into)\s+(?P<unit>kilogauss|kG|gauss|G|kilo-?oersteds?|kOe|oersteds?|Oe)"
    r"(?![A-Za-z0-9·⋅*])",
)


def _si_text(value: float, unit: str) -> str:
    return f"{value:.6g} {unit}"


def _name(q: Any) -> str:
    try:
        return " ".join(f"{name}^{power}" for name, power in q.unit_items())
    except Exception:
        return ""


def with_si_magnetic_units(question: str) -> tuple[str, list[str], tuple[str, float, str] | None]:
    """``(reworded, notes, back)``: the question with its Oe and G values written in A/m and T, the
    notes saying so, and, where the answer is asked in gauss or oersted, ``(unit, factor, si_unit)``
    to write the SI result back (value in the asked unit = SI value × factor). Unchanged (no notes,
    None) when the question writes no such value."""
    from .quantities import extract

    if _ENERGY_PRODUCT.search(question):
        return question, [], None
    reading = extract(question)
    text = reading.text
    edits: list[tuple[int, int, str]] = []
    magnetic = _MAGNETIC_WORDS.search(text) is not None
    for g in reading.givens:
        q = g.quantity
        if q is None:
            continue
        name = _name(q)
        if g.kind == "quantity" and re.fullmatch(r"\w*oersted\^1", name):
            value = float(q.to("oersted").magnitude) * OERSTED_A_PER_M
            edits.append((g.start, g.end, _si_text(value, "A/m")))
        elif g.kind == "quantity" and re.fullmatch(r"\w*gauss\^1", name):
            value = float(q.to("gauss").magnitude) * GAUSS_TESLA
            edits.append((g.start, g.end, _si_text(value, "T")))
        elif g.kind == "number" and magnetic:
            bare = _BARE_G.match(text, g.end)
            if bare is None:
                continue
            try:
                number = float(q.magnitude) if hasattr(q, "magnitude") else float(q)
            except (TypeError, ValueError):
                continue
            scale = 1e3 if bare.group("prefix") else 1.0
            edits.append((g.start, bare.end(), _si_text(number * scale * GAUSS_TESLA, "T")))
    back: tuple[str, float, str] | None = None
    asked = list(_ASKED.finditer(text))
    # a bare 'in G' / 'in kG' is gauss only where the question is about a magnetic quantity
    asked = [m for m in asked if magnetic or len(m.group("unit")) > 2]
    if len(asked) > 1:
        return question, [], None
    if asked:
        m = asked[0]
        unit = m.group("unit")
        if unit.lower().startswith("kilo-") or unit.lower().startswith("kilooe"):
            unit = "kOe"
        if "oe" in unit.lower() or "oersted" in unit.lower():
            kilo = unit.lower().startswith("k")
            si = "A/m"
            back = (
                "kilooersted" if kilo else "oersted",
                1 / OERSTED_A_PER_M / (1e3 if kilo else 1),
                si,
            )
        else:
            kilo = unit.lower().startswith("k")
            si = "T"
            back = ("kilogauss" if kilo else "gauss", 1 / GAUSS_TESLA / (1e3 if kilo else 1), si)
        edits.append((m.start("unit"), m.end("unit"), si))
    if not edits:
        return question, [], None
    edits.sort()
    if any(a[1] > b[0] for a, b in itertools.pairwise(edits)):
        return question, [], None
    out = text
    for start, end, new in reversed(edits):
        out = out[:start] + new + out[end:]
    notes = [
        "CGS magnetic units read as SI: 1 Oe = 10³/(4π) A/m, 1 G = 10⁻⁴ T"
        + (f"; the answer is written back in {back[0]}" if back else "")
    ]
    return out, notes, back


def written_back(answer: Any, back: tuple[str, float, str] | None) -> Any:
    """``answer`` with its SI quantity written in the asked CGS unit (``back``), unchanged when none
    is asked or the answer has no value; refused when the value is not of the SI dimension."""
    from dataclasses import replace

    from ...units import get_registry

    if back is None or answer.quantity is None:
        return answer
    unit, factor, si_unit = back
    try:
        si = float(answer.quantity.to(si_unit).magnitude)
    except Exception:
        from .solver import refuse

        return refuse(
            answer.question,
            f"the answer is asked in {unit}, but the result is not a {si_unit} value",
        )
    return replace(answer, quantity=get_registry().Quantity(si * factor, unit), unit_requested=unit)
