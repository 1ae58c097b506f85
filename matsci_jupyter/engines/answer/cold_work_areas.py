"""Percent cold work from the cross-sectional areas before and after deformation, in the order written.

%CW = (A₀ − A_d)/A₀ × 100 (Callister eq. 7.8), A₀ the original and A_d the deformed cross-sectional
area (any one area unit; the result in percent). Which area is which is read from the wording, never
from which is larger: the first area written is the original one, and the second must follow it with
'to' between them ('from 200 mm² to 150 mm²', '200 mm² … cold drawn to 150 mm²', '… rolled to an area
of 0.9 in.²'). Answered only when every one of these holds:

* the ask names the percent cold work ('percent cold work', '%CW', 'degree/amount of cold work');
* exactly two areas are given, and no other value (a strength beside them is data of another question);
* 'to' (or 'into') stands between them and no 'final'/'deformed'/'after' names the first one;
* the deformed area is smaller than the original one (an area that grows is no cold work by reduction:
  refused with the reason).
"""

from __future__ import annotations

import re

from .answer import Answer
from .checks import Check
from .quantities import Reading, Requested, format_number

_ASK = re.compile(r"\bcold\s+work\b|%\s*cw\b", re.I)
_TO = re.compile(r"\b(?:to|into)\b", re.I)
_FIRST_IS_FINAL = re.compile(r"\b(?:final|deformed|after|finished)\b", re.I)
_AREA = {"[length]": 2}


def try_cold_work_areas(
    question: str, reading: Reading, requested: Requested | None
) -> Answer | None:
    """%CW from two written areas; None when not that question."""
    text = reading.text
    if not _ASK.search(reading.ask_clause or "") and not _ASK.search(reading.target or ""):
        return None
    from .irrelevant import counts_as_given

    givens = [g for g in reading.givens if counts_as_given(g, text)]
    if len(givens) != 2 or any(g.kind != "quantity" or g.quantity is None for g in givens):
        return None
    if any(dict(g.quantity.dimensionality) != _AREA for g in givens):
        return None
    first, second = sorted(givens, key=lambda g: g.start)
    if not _TO.search(text[first.end : second.start]):
        return None
    if _FIRST_IS_FINAL.search(text[max(0, first.start - 40) : first.start]):
        return None
    from ...units import get_registry

    ureg = get_registry()
    if requested is not None:
        dims = dict(ureg.Quantity(1, requested.unit.units).dimensionality)
        if dims:
            return None
    a0 = first.quantity.to("mm**2").magnitude
    ad = second.quantity.to("mm**2").magnitude
    unit_text = requested.text if requested else None
    if not 0 < ad < a0:
        from .solver import refuse

        return refuse(
            question,
            f"the area goes from {first.text.strip()} to {second.text.strip()}, which is no "
            "reduction; percent cold work measures the reduction of the cross-section",
            unit=unit_text,
        )
    cw = 100 * (a0 - ad) / a0
    q = ureg.Quantity(cw, "percent")
    if requested is not None:
        q = q.to(requested.unit.units)
    return Answer(
        question=question,
        quantity=q,
        unit_requested=unit_text,
        checks=[
            Check("dimension", True, "a percentage, as asked"),
            Check("givens", True, "both areas are used, in the order written (from … to …)"),
        ],
        steps=[
            "Relation: percent cold work %CW = (A₀ − A_d)/A₀ × 100 (Callister eq. 7.8)",
            f"A₀ = {first.text.strip()}, A_d = {second.text.strip()}",
            f"%CW = {format_number(cw)} %",
        ],
        source="solver",
        relation="percent_cold_work_areas",
        target="percent cold work",
    )
