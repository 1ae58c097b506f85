"""A load cycle's compressive extreme written as a magnitude: its sign is part of the datum.

The relations of one fatigue cycle (σ_m = (σ_max + σ_min)/2, σ_a = (σ_max − σ_min)/2, R = σ_min/σ_max;
Callister & Rethwisch, ch. 8, eqs. 8.14–8.17) take signed stresses, tension positive. A cycle
'between a maximum of 250 MPa in tension and a minimum of 100 MPa in compression' has
σ_min = −100 MPa: read as +100 MPa it gives σ_m = 175 MPa instead of 75 MPa and R = 0.4 instead of
−0.4. A stress written with 'in compression', 'compressive' or '(compression)' after it, or as 'a
compressive stress of 100 MPa', is written here with its minus sign, in a question about a load
cycle (fatigue, cyclic, alternating, fluctuating, a stress ratio, mean stress or amplitude) that
states another stress besides. A value already written with a sign is left as it is.
"""

from __future__ import annotations

import re

_CYCLE = re.compile(
    r"\b(?:fatigue|cyclic(?:ally)?|cycled?|cycles?|alternating|fluctuat\w*|stress\s+ratio|"
    r"mean\s+stress|stress\s+amplitude|stress\s+range|range\s+of\s+stress)\b",
    re.I,
)
_STRESS_UNIT = r"(?:[kMG]Pa|Pa|ksi|psi|N\s*/\s*mm(?:\^?2|²))"
_VALUE = r"(?<![-−+\w.])(?P<v>\d+(?:[.,]\d+)?(?:\s*[×x]\s*10\^?[-−]?\d+)?)\s*" + _STRESS_UNIT
# '100 MPa in compression', '100 MPa compressive', '100 MPa (compression)', '100 MPa compression'
_AFTER = re.compile(
    _VALUE + r"(?P<tail>\s*(?:,\s*)?(?:\(\s*)?(?:in\s+)?(?:compression|compressive)\b\s*\)?)",
    re.I,
)
# 'a compressive stress of 100 MPa', 'compressive 100 MPa'
_BEFORE = re.compile(
    r"\bcompressive\s+(?:(?:stress|load|peak|minimum|extreme)\s+)?(?:of\s+)?" + _VALUE, re.I
)
_ANY_STRESS = re.compile(r"\d(?:[\d.,]*)\s*" + _STRESS_UNIT)


def signed_cycle_stresses(question: str) -> str:
    """The question with each compressive extreme of a load cycle written negative (unchanged when
    it is no cycle, states one stress only, or writes no compressive magnitude)."""
    if not _CYCLE.search(question) or len(_ANY_STRESS.findall(question)) < 2:
        return question

    text = _AFTER.sub(lambda m: "−" + m.group(0), question)
    return _BEFORE.sub(_minus_before_value, text)


def _minus_before_value(m: re.Match[str]) -> str:
    cut = m.start("v") - m.start()
    return m.group(0)[:cut] + "−" + m.group(0)[cut:]
