"""A polymer specimen's density from its crystallinity: answered only when the roles of the densities are clear.

Callister eq. 14.8, % crystallinity = ρ_c(ρ_s − ρ_a)/[ρ_s(ρ_c − ρ_a)] × 100, solved for the specimen
density ρ_s (g/cm³, or any density unit) gives 1/ρ_s = c/ρ_c + (1 − c)/ρ_a, c the crystallinity by
mass. The same three densities play three roles (the specimen's, the totally crystalline polymer's,
the totally amorphous polymer's), and the relation's order ρ_c > ρ_s > ρ_a alone does not say which
given is which: 'the film is 0.925 g/cm³' beside an asked amorphous density was read as ρ_a and a ρ_s
answered. So ρ_s is answered only when

* the ask names a density and names no phase: not the amorphous one, not the (totally) crystalline one
  ('a sample of 60 % crystallinity', '55 % crystalline by mass' describe the specimen and are kept), nor
  a 'missing' or 'other' density;
* each density bound as ρ_c or ρ_a is named as a phase's by the words beside it ('fully crystalline PE
  has a density of …', '… when amorphous', or a clause naming both phases for a list of two values) and
  is not named as a specimen's (a sample, film, part, moulding …) there;
* the share bound as the crystallinity is not named as an amorphous share.

Otherwise the reading is refused with the reason. Solving for ρ_c or ρ_a stays off (the relation's
``unknowns``).
"""

from __future__ import annotations

import re
from typing import Any

_RELATIONS = frozenset({"polymer_crystallinity"})
_PHASE = re.compile(r"\b(?:crystalline|crystals?|crystallites?|amorphous)\b", re.I)
_AMORPHOUS = re.compile(r"\bamorphous\b", re.I)
_CRYST_WORD = re.compile(r"\bcrystallin(?:e|ity)\b", re.I)
# the specimen described by its crystallinity: '60 % crystalline', 'of 60 % crystallinity',
# 'crystalline by mass', and the word crystallinity itself
_SPECIMEN_SHARE = re.compile(
    r"\d[\d.,]*\s*(?:%|percent|per\s+cent)\s*(?:crystalline|crystallinity)\b"
    r"|\bcrystalline\s+by\s+(?:mass|weight)\b|\bcrystallinity\b",
    re.I,
)
_OTHER_DENSITY = re.compile(r"\b(?:missing|other|unknown|remaining|third|phase|region)\b", re.I)
_SPECIMEN = re.compile(
    r"\b(?:sample|specimen|film|part|piece|component|mouldings?|moldings?|fib(?:re|er)s?|bottle|"
    r"sheet|product|pellet|overall|measured|bulk)\b",
    re.I,
)
# clause ends: a full stop, a semicolon or a question mark before white space (not a decimal point;
# not a colon, which joins a name to its value: "totally crystalline PEEK: 1.40 g/cm³")
_CLAUSE_END = re.compile(r"[.;?!](?=\s|$)")


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    lo = 0
    for m in _CLAUSE_END.finditer(text, 0, start):
        lo = m.end()
    m = _CLAUSE_END.search(text, end)
    return lo, (m.start() if m else len(text))


def _near(text: str, g: Any, givens: list[Any]) -> tuple[str, str]:
    """The words beside given ``g`` (back to the previous value, on to the next, inside its clause)
    and its whole clause."""
    lo, hi = _clause(text, g.start, g.end)
    before = max([lo] + [h.end for h in givens if h.end <= g.start])
    after = min([hi] + [h.start for h in givens if h.start >= g.end])
    return text[before : g.start] + " " + text[g.end : after], text[lo:hi]


def specimen_density_refusal(
    rel_name: str,
    unknown: str,
    bindings: dict[str, Any],
    text: str,
    ask_clause: str,
    givens: list[Any],
) -> str | None:
    """Why a specimen density from a crystallinity is not answered (see the module docstring), or None."""
    if rel_name not in _RELATIONS or unknown != "rho_s":
        return None
    ask = _SPECIMEN_SHARE.sub(" ", ask_clause)
    if "densit" not in ask_clause.lower() or _PHASE.search(ask) or _OTHER_DENSITY.search(ask):
        return (
            "the ask does not name the specimen's density apart from the crystalline and the "
            "amorphous densities; say which density is asked"
        )
    for name, phase in (("rho_c", "crystalline"), ("rho_a", "amorphous")):
        b = bindings.get(name)
        g = getattr(b, "given", None)
        if b is None or b.source != "question" or g is None:
            return f"the {phase} density is not given"
        near, clause = _near(text, g, givens)
        named = _PHASE.search(near) is not None
        listed = _CRYST_WORD.search(clause) is not None and _AMORPHOUS.search(clause) is not None
        if _SPECIMEN.search(near) or not (named or listed):
            return (
                f"{g.describe()} is not named as the {phase} density (it may be the specimen's); "
                "say which density is which"
            )
    b = bindings.get("pct_cryst")
    g = getattr(b, "given", None)
    if g is not None:
        near, _clause_text = _near(text, g, givens)
        if _AMORPHOUS.search(near) and not _CRYST_WORD.search(near):
            return f"{g.describe()} is named as an amorphous share, not the crystallinity"
    return None
