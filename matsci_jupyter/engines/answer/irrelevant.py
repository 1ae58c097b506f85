"""Which numbers of a question are values an answer must use, and which are shown irrelevant.

Every number a question writes is a given, with or without a unit: a count ('200 turns'), a ratio
('Poisson's ratio 0.30'), an exponent ('n = 0.2'), a bare '0.35', a percentage. An answer that ignores
one of them may be a wrong number, so the solver refuses when a given is left over. A number is left
out of that rule only when the text shows it is not data:

* part of a written unit or formula: the exponent of ``m^-3`` or ``(Ω·m)^-1``, the coefficients of a
  stated law (``E = E0(1 − 1.9P)``, ``y = 1 − exp(−kt^n)``, ``σ ∝ exp(−Eg/2kT)``), a stoichiometric
  coefficient (``2Ni + O₂``), the '2' of ``2θ``, an initial condition ``t = 0``;
* the precision asked for the answer ('to 3 decimal places', '4 significant figures');
* a year ('in 1998'), a sample or case label ('sample 2', 'step 1', 'reaction (2)');
* an ion charge (``Fe^2+``, ``2e^-``: what the relation's valence reads) and a first-order
  reflection (order 1 is what a relation without an order assumes);
* the atomic weights listed for a compound when the molar mass is looked up (:func:`atomic_weight`
  marks them; the matcher counts them as used by a looked-up molar mass).

:func:`counts_as_given` is the rule; :func:`why_irrelevant` says which exception applies (for tests
and messages).
"""

from __future__ import annotations

import re
from typing import Any

# 'to 3 decimal places', '3 significant figures', '4 s.f.', 'nearest 0.01' (the precision of the answer)
_PRECISION_AFTER = re.compile(
    r"^\s*(?:decimal|significant|sig\.?\s*figs?\b|s\.\s?f\.|d\.\s?p\.|digits?\b|places?\b|dp\b|sf\b)",
    re.I,
)
_PRECISION_BEFORE = re.compile(
    r"(?:\bnearest|\bto\s+(?:the\s+)?nearest|\baccurate\s+to|\bprecision\s+of|\bwithin)\s*$", re.I
)
# 'in 1998', 'since 2005', '(2010)': a year, never a value
_YEAR_BEFORE = re.compile(r"(?:\b(?:in|since|during|until|year|by|from|of)\s*|\()$", re.I)
# 'sample 2', 'specimen 1', 'case 3', 'reaction (2)', 'step 1', 'No. 4', '#3': a label, not a value
_LABEL_BEFORE = re.compile(
    r"\b(?:samples?|specimens?|cases?|steps?|stages?|reactions?|trials?|runs?|items?|options?|"
    r"choices?|alloys?|materials?|metals?|compounds?|experiments?|tests?|no\.|nos\.|#)\s*\(?$",
    re.I,
)
_LABEL_AFTER = re.compile(
    r"^\)?\s*(?:[,.;:)]|\s(?:and|or|has|have|is|are|was|were|with)\b|$)", re.I
)
# an exponent of a written unit: 'm^-3', '(Ω·m)^-1', 'kJ mol^-1', 'm^{-2}'
_EXPONENT_BEFORE = re.compile(r"\^\s*\(?\s*[-−+]?\s*$")
_ATOMIC_WEIGHT_WORDS = re.compile(
    r"\b(?:atomic\s+(?:weights?|masses|mass)|molar\s+mass(?:es)?\s+of\s+the\s+elements|"
    r"relative\s+atomic\s+mass(?:es)?)\b",
    re.I,
)


def why_irrelevant(g: Any, text: str) -> str | None:
    """Why the written number ``g`` (a :class:`.quantities.Given`) is not data, or None (it is data)."""
    if g.kind == "miller":
        return _peak_label_reason(g, text)
    if g.kind == "valence":
        return "an ion charge (read as the valence)"
    if g.kind == "delta_t":
        return None
    if g.label == "order":
        return "a first-order reflection" if g.number == 1 else None
    before = text[max(0, g.start - 40) : g.start]
    after = text[g.end : g.end + 40]
    if g.start > 0 and text[g.start - 1] in "/^":
        return "part of a written formula or unit"
    if _EXPONENT_BEFORE.search(before):
        return "the exponent of a written unit"
    if g.has_unit:
        return _unit_precision_reason(before, after)
    if _FUNCTION_TABLE.search(text[max(0, g.start - 24) : g.end + 24]) and _in_table_entry(g, text):
        return "a value of a function table ('erf(0.4747) = 0.5'), computed by the relation itself"
    return _bare_number_reason(g, text, before, after)


# the peak a width is measured on: '(111) reflection … full width at half maximum 0.45°'
_PEAK_AFTER = re.compile(r"^\s*(?:peak|reflection|line|diffraction\s+(?:peak|line))\b", re.I)
_WIDTH_WORDS = re.compile(
    r"\b(?:scherrer|crystallite\s+size|fwhm|full\s+width\s+at\s+half|line\s+broadening|peak\s+broadening)\b",
    re.I,
)


def _peak_label_reason(g: Any, text: str) -> str | None:
    """'its (111) reflection at 2θ = 38.2° with a FWHM of 0.45°': in a line-broadening (Scherrer) question
    the indices name the peak whose width and position are given; the size does not depend on them."""
    if g.label != "hkl" or not _PEAK_AFTER.match(text[g.end : g.end + 30]):
        return None
    if not _WIDTH_WORDS.search(text):
        return None
    return "the indices name the peak whose width is measured"


# 'erf(0.4747) = 0.5', 'erf z = 0.5 at z = 0.4769': a table value of a function the relations compute
_FUNCTION_TABLE = re.compile(r"\b(?:erfc?|exp|ln|log|sin|cos|tan)\s*\(?", re.I)
_TABLE_ENTRY = re.compile(
    r"\b(?:erfc?|exp|ln|log|sin|cos|tan)\s*\(\s*(?P<x>[-+−]?[\d.]+)\s*\)\s*[=≈]\s*(?P<y>[-+−]?[\d.]+)",
    re.I,
)


def _in_table_entry(g: Any, text: str) -> bool:
    for m in _TABLE_ENTRY.finditer(text):
        if m.start("x") <= g.start < m.end("x") or m.start("y") <= g.start < m.end("y"):
            return True
    return False


# 'Answer in °C to the nearest 5 °C', 'give it to the nearest 0.1 mm': a rounding step with a unit ends
# the sentence; 'within 5 °C of the melting point' is data and stays so ('to the nearest' only)
_UNIT_PRECISION_BEFORE = re.compile(r"\bto\s+(?:the\s+)?nearest\s*$", re.I)
_UNIT_PRECISION_AFTER = re.compile(r"^\s*(?:[.?!;,]|\)|$)")


def _unit_precision_reason(before: str, after: str) -> str | None:
    """'to the nearest 5 °C' at the end of a sentence: the step the answer is rounded to, not data."""
    if _UNIT_PRECISION_BEFORE.search(before) and _UNIT_PRECISION_AFTER.match(after):
        return "the precision asked for the answer"
    return None


def _bare_number_reason(g: Any, text: str, before: str, after: str) -> str | None:
    if re.match(r"\s*×|\s*x\b", g.after or ""):
        return None  # a magnification ('at 300×') is a value the answer depends on
    if re.match(r"[A-Z][a-z]?(?:[A-Z(₂₃₄\d]|\s*\()", after[:4]):
        return "a stoichiometric coefficient"
    written = g.text or ""
    if not written[-1:].isspace() and re.match(r"[A-Za-zα-ωθ]", after[:1]):
        return "a coefficient of a written formula or symbol ('2θ', '1.9P')"
    if before.endswith("(") and re.match(r"\s*[-−+*/]", after[:3]):
        return "a coefficient of a written formula"
    if g.number == 0:
        return "zero: an initial condition, not a value to use"
    if re.match(r"\s*(?:[-−+*/]\s*)?(?:exp|ln|log|sin|cos)\s*\(|\s*[+*/]\s*[A-Za-z(]", after):
        return "a constant of a written formula"
    if _PRECISION_AFTER.match(after) or _PRECISION_BEFORE.search(before):
        return "the precision asked for the answer"
    if (
        g.number is not None
        and float(g.number).is_integer()
        and 1800 <= g.number <= 2100
        and re.fullmatch(r"\d{4}", written.strip())
        and _YEAR_BEFORE.search(before)
    ):
        return "a year"
    if (
        g.number is not None
        and float(g.number).is_integer()
        and g.number < 100
        and _LABEL_BEFORE.search(before)
        and _LABEL_AFTER.match(after)
    ):
        return "a label ('sample 2', 'step 1')"
    if (g.label or "").lower() in ("problem", "part"):
        return "a problem or part number"
    return None


def counts_as_given(g: Any, text: str) -> bool:
    """Whether an answer must use ``g``: every written number is data unless shown irrelevant."""
    return why_irrelevant(g, text) is None


def atomic_weight(g: Any, text: str) -> str | None:
    """'(atomic weights C 12.01, H 1.008, Cl 35.45)': the element whose atomic weight the number
    after its symbol states, in a sentence that lists atomic weights (None: not such a number)."""
    if g.has_unit and "g/mol" not in str(getattr(g.unit, "text", "")):
        return None
    before = text[max(0, g.start - 6) : g.start]
    m = re.search(r"\b([A-Z][a-z]?)\s*[:=]?\s*$", before)
    if m is None:
        return None
    from .substances import element_symbols

    if m.group(1) not in element_symbols():
        return None
    start = max(text.rfind(". ", 0, g.start), text.rfind("? ", 0, g.start), -1) + 1
    return m.group(1) if _ATOMIC_WEIGHT_WORDS.search(text[start : g.start]) else None


def used_by_formula(g: Any, text: str, formula: str | None) -> bool:
    """The stated atomic weight ``g`` is one of ``formula``'s elements and agrees (1 %) with the
    atomic weight the looked-up molar mass of ``formula`` used: the lookup uses it."""
    element = atomic_weight(g, text)
    if element is None or not formula or g.number is None:
        return False
    if element not in re.findall(r"[A-Z][a-z]?", formula):
        return False
    from .substances import _molar_mass

    mass = _molar_mass(element)
    return mass is not None and abs(float(g.number) - mass) <= 0.01 * mass
