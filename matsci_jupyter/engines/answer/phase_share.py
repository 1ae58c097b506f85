"""A percentage by weight of a phase ('30 wt% proeutectoid ferrite', '40 wt% β') as its mass fraction.

A 'wt%' is read as a composition (the share of an element) unless the words right after it name a
phase; then it is the mass fraction of that phase, the value a lever-rule output takes when the
question asks for the composition that gives it. Only a wt% without an element (no '30 wt% Sn'),
only the phase that a mass-fraction symbol's label names ('mass fraction of β'), and only with the
phase written right after the unit.
"""

from __future__ import annotations

import re

_LABEL = re.compile(r"^mass\s+fraction\s+of\s+(?P<phase>.+)$", re.I)


def names_phase_after(label: str, tags: frozenset[str], after: str) -> bool:
    """Whether a wt% given (``tags``, words ``after`` it) is the mass fraction that ``label`` names."""
    if "composition:wt" not in tags or any(t.startswith("component:") for t in tags):
        return False
    m = _LABEL.match(label.strip())
    if m is None:
        return False
    phase = m.group("phase").strip().lower()
    phase = re.sub(r"^the\s+", "", phase)
    words = after.strip().lower()
    if not words.startswith(phase):
        return False
    rest = words[len(phase) : len(phase) + 1]
    return rest == "" or not rest.isalnum()  # 'β' but not 'βx'; 'ferrite' but not 'ferritic'
