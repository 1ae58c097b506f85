"""A measured value written with its uncertainty ('2.50 ± 0.05 GPa', '(0.3615 ± 0.0005) nm', '0.3524(2) nm').

The unit belongs to the value: read plainly, the unit went to the uncertainty (0.05 GPa) and the value
was left a bare number. :func:`drop_uncertainties` keeps the value and its unit and drops the
uncertainty, so the reader sees '2.50 GPa'.

Only a small spread is an uncertainty: the part after ± must be at most a fifth of the value. In
fatigue a stress 'σ = 50 ± 120 MPa' is a mean and an amplitude, two givens, so a ± in a sentence
about cycles, amplitudes or fluctuating stress is never dropped. Nor is one in a question about the
uncertainty itself ('the percentage error in the area', 'the maximum possible value', 'propagate the
uncertainty', 'within what tolerance'): there the spread is a given the answer depends on.
"""

from __future__ import annotations

import re

# the largest spread, as a fraction of the value, read as an uncertainty
MAX_RELATIVE_SPREAD = 0.2

_NUM = r"\d+(?:\.\d+)?(?:[eE][-+]?\d+)?"
_PM = r"(?:±|\+\s*/\s*[-−]|\+[-−])"
_PARENTHESISED = re.compile(r"\(\s*(?P<v>" + _NUM + r")\s*" + _PM + r"\s*(?P<u>" + _NUM + r")\s*\)")
_BARE = re.compile(
    r"(?<![\w.])(?P<v>" + _NUM + r")\s*" + _PM + r"\s*(?P<u>" + _NUM + r")(?!\d|\.\d)(?=\s*[^\s\d])"
)
# the concise notation of metrology: '0.3524(2) nm' is 0.3524 ± 0.0002 nm, '150(5) kJ/mol' 150 ± 5
_CONCISE = re.compile(r"(?<![\w.^])(?P<v>\d+(?:\.(?P<d>\d+))?)\((?P<u>\d{1,2})\)(?=\s*[^\s\d(])")
_CYCLIC = re.compile(
    r"\b(?:cycl\w*|fatigue|amplitude|alternat\w*|fluctuat\w*|mean\s+stress|range\s+of\s+stress)",
    re.I,
)

_ABOUT_UNCERTAINTY = re.compile(
    r"\b(?:uncertaint\w*|errors?|precision|precise|accura\w*|toleranc\w*|deviations?|"
    r"least\s+count|propagat\w*|(?:maximum|minimum|largest|smallest)\s+possible|limits?\s+of|"
    r"confidence)\b",
    re.I,
)


def _small(value: str, spread: str) -> bool:
    try:
        v, u = float(value), float(spread)
    except ValueError:
        return False
    return v > 0 and 0 <= u <= MAX_RELATIVE_SPREAD * v


def drop_uncertainties(text: str) -> str:
    """``text`` with each 'value ± uncertainty' replaced by the value alone (positions shift)."""
    concise = _CONCISE.search(text) is not None
    if not concise and not any(mark in text for mark in ("±", "+/", "+-", "+−")):
        return text
    if _CYCLIC.search(text) or _ABOUT_UNCERTAINTY.search(text):
        return text

    def keep_value(m: re.Match[str]) -> str:
        return m.group("v") if _small(m.group("v"), m.group("u")) else m.group(0)

    def keep_concise(m: re.Match[str]) -> str:
        # the digits in brackets count units of the value's last decimal place
        places = len(m.group("d") or "")
        spread = f"{int(m.group('u')) / 10**places:.{places}f}"
        return m.group("v") if _small(m.group("v"), spread) else m.group(0)

    if concise:
        text = _CONCISE.sub(keep_concise, text)
    return _BARE.sub(keep_value, _PARENTHESISED.sub(keep_value, text))
