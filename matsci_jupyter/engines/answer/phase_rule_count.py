"""The Gibbs phase rule read both ways: which pressure condition a question states, and the largest
number of phases that can coexist (an invariant point, F = 0).

F = C − P + N (Callister §9.16): N = 2 when temperature and pressure may both vary, N = 1 when the
pressure is fixed (a condensed system, 'at one atmosphere', 'at constant pressure'). With F = 0 the
largest number of coexisting phases is P_max = C + N. All quantities are pure counts.

The condensed rule (N = 1) is used only when the question itself fixes the pressure; the full rule
(N = 2) only when it says the pressure may vary. A question that says neither is refused, because
the two readings differ by one.
"""

from __future__ import annotations

import re

# 'pressure held constant', 'at constant (atmospheric) pressure', 'held at one atmosphere',
# 'at 1 atm', 'a condensed system', 'isobaric'
PRESSURE_FIXED = re.compile(
    r"pressure\s+(?:is\s+|being\s+)?(?:held\s+|kept\s+)?(?:constant|fixed)"
    r"|(?:constant|fixed)\s+\(?(?:atmospheric\s*\)?\s*)?pressure"
    r"|(?:at|under|held\s+at|kept\s+at)\s+(?:a\s+)?(?:one|1|a\s+single)\s+(?:atmosphere|atm|bar)\b"
    r"|(?:at|under|held\s+at|kept\s+at)\s+(?:an?\s+)?(?:constant\s+)?atmospheric\s+pressure"
    r"|\bcondensed\b|\bisobaric\b"
)
# 'both temperature and pressure may vary', 'at variable pressure', 'pressure not held constant'
PRESSURE_FREE = re.compile(
    r"pressure\s+(?:may|can|is\s+allowed\s+to|are\s+allowed\s+to|is\s+free\s+to)\s+(?:also\s+)?"
    r"var(?:y|ies)|pressures?\s+(?:may|can)\s+(?:both\s+)?(?:be\s+)?(?:var|chang)|"
    r"pressure\s+(?:may|can|are\s+allowed\s+to)\s+(?:both\s+)?var|variable\s+pressure|"
    r"pressure\s+(?:is\s+)?(?:variable|not\s+(?:held\s+)?(?:constant|fixed))|"
    r"(?:temperature\s+and\s+pressure|pressure\s+and\s+temperature)\s+(?:both\s+)?"
    r"(?:may|can|are\s+allowed\s+to)\s+(?:both\s+)?var"
)
# 'the maximum number of phases that can coexist', 'how many phases can coexist at most', 'the
# greatest number of phases in equilibrium'
MAX_PHASES_ASKED = re.compile(
    r"(?:maximum|largest|greatest|highest)\s+number\s+of\s+(?:the\s+)?(?:coexisting\s+)?phases"
    r"|how\s+many\s+phases\s+(?:at\s+most\s+)?(?:can|could|may)\s+(?:at\s+most\s+)?(?:ever\s+)?"
    r"(?:co-?exist|be\s+in\s+equilibrium)"
)
# a count of phases stated in the question: the maximum is then no longer what is asked
_STATED_PHASES = re.compile(r"\b(?:one|two|three|four|single|[1-9])[\s-]+phases?\b")


def pressure_reading(key: str) -> tuple[bool, bool]:
    """(fixed, free): whether the key text says the pressure is fixed, and whether it may vary."""
    varies = bool(PRESSURE_FREE.search(key))
    # 'pressure not held constant' also matches the fixed pattern; the negation decides
    fixed = bool(PRESSURE_FIXED.search(key)) and not re.search(
        r"pressure\s+(?:is\s+)?not\s+(?:held\s+)?(?:constant|fixed)", key
    )
    return fixed, varies


def max_phases_asked(key: str) -> bool:
    """Whether the question asks for the largest number of coexisting phases (and states none)."""
    return bool(MAX_PHASES_ASKED.search(key)) and not _STATED_PHASES.search(key)


def max_phases(components: int, fixed: bool) -> tuple[int, str]:
    """(P_max, the formula) for ``components`` components: F = 0 in F = C − P + N."""
    n = 1 if fixed else 2
    return components + n, f"F = C − P + {n} = 0 → P_max = C + {n} = {components} + {n}"
