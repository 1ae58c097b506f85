"""The sign of the stress in a bar held between rigid supports and heated or cooled.

A bar that is stress-free at T₀ and cannot change its length develops σ = −Eα(T_f − T₀)
(Callister, eq. 19.8): heated, it would expand and the supports push it into compression (σ < 0
with tension counted positive); cooled, it would shrink and is pulled into tension (σ > 0). A
question that asks the stress *with its sign* ('taking tensile stress as positive', 'negative if
compressive') and names one direction of the temperature change is answered by a number of that
sign; a final answer of the other sign is provably wrong, whatever its size (the response that
writes σ = Eα(T_f − T₀) drops the minus).

Only a bar restrained by rigid supports is read (rigid walls, fixed ends, a length held constant,
prevented from expanding): a part restrained by another body (a bolt in a sleeve, a coating on a
substrate, a fibre in a matrix) can go either way and is left alone. The question must say heated
or cooled, not both, and two temperatures it gives in the order 'at T₀ … to T_f' must agree with
that word. The answer must be a stress (pressure units).
"""

from __future__ import annotations

import re
from typing import Any

from .checks import Check
from .signed_ask import stated_sign
from .step_check import fmt_quantity

_RIGID = re.compile(
    r"\brigid(?:ly)?\b"
    r"|\b(?:both\s+)?ends?\s+(?:are\s+|is\s+)?(?:held\s+|kept\s+|rigidly\s+)?(?:fixed|clamped)\b"
    r"|\bfixed\s+(?:ends|supports|walls)\b"
    r"|\blength\s+(?:is\s+)?(?:held|kept)\s+(?:fixed|constant)\b"
    r"|\b(?:prevented|restrained|kept)\s+from\s+(?:expanding|contracting|changing\s+(?:its\s+)?length)\b"
    r"|\bcannot\s+(?:expand|contract|change\s+(?:its\s+)?length)\b"
    r"|\bfully\s+(?:constrained|restrained)\b",
    re.I,
)
_OTHER_BODY = re.compile(
    r"\b(?:bolt|sleeve|tube|bonded|coating|coated|film|substrate|layer|bimetal\w*|fibres?|fibers?|"
    r"matrix|composite|glaze|enamel|joined|brazed|soldered|welded)\b",
    re.I,
)
_HEATED = re.compile(r"\b(?:heated|warmed|heating|warming|raised)\b", re.I)
_COOLED = re.compile(r"\b(?:cooled|cooling|quenched|chilled|lowered)\b", re.I)
_STRESS_ASKED = re.compile(r"\bstress\b", re.I)
_COMPRESSION_POSITIVE = re.compile(
    r"\bcompress\w*\s+(?:stress(?:es)?\s+)?(?:is\s+|as\s+|taken\s+as\s+|counted\s+as\s+|being\s+)?"
    r"positive\b"
    r"|\bpositive\s+(?:if|when|for|in|means)\s+(?:it\s+is\s+)?(?:an?\s+)?compress"
    r"|\bnegative\s+(?:if|when|for|in|means)\s+(?:it\s+is\s+)?(?:an?\s+)?tensi"
    r"|\btensi\w*\s+(?:stress(?:es)?\s+)?(?:is\s+|as\s+|taken\s+as\s+|counted\s+as\s+|being\s+)?"
    r"negative\b",
    re.I,
)
_TEMPERATURE = re.compile(r"(?<![\w.])([-−]?\d+(?:\.\d+)?)\s*(?:°\s*C|K\b|°\s*F|℃)")


def _direction(question: str) -> int | None:
    """+1 heated, −1 cooled, None when the question says neither or both (or its numbers disagree)."""
    heated, cooled = bool(_HEATED.search(question)), bool(_COOLED.search(question))
    if heated == cooled:
        return None
    sign = 1 if heated else -1
    temps = [float(t.replace("−", "-")) for t in _TEMPERATURE.findall(question)]
    if len(temps) == 2 and temps[0] != temps[1] and (temps[1] > temps[0]) != heated:
        return None  # 'cooled from 80 to 20': the order is the other way round; not read
    return sign


def restrained_bar_sign_check(question: str, quantity: Any) -> Check | None:
    """A failed check when a signed thermal stress asked for a bar between rigid supports has the
    sign opposite to σ = −Eα(T_f − T₀); None when the rule does not apply or the sign holds."""
    if quantity is None or stated_sign(question) is None:
        return None
    if not _STRESS_ASKED.search(question) or not _RIGID.search(question):
        return None
    if _OTHER_BODY.search(question):
        return None
    direction = _direction(question)
    if direction is None:
        return None
    try:
        if str(quantity.dimensionality) != "[mass] / [length] / [time] ** 2":
            return None
        value = float(quantity.magnitude)
    except (AttributeError, TypeError, ValueError):
        return None
    tension_positive = _COMPRESSION_POSITIVE.search(question) is None
    # heated → compressive; cooled → tensile
    expected_negative = (direction > 0) == tension_positive
    if value == 0 or (value < 0) == expected_negative:
        return None
    kind = "compressive" if direction > 0 else "tensile"
    change = "heated: it would expand" if direction > 0 else "cooled: it would shrink"
    return Check(
        "sign",
        False,
        f"the bar cannot change its length and is {change}, so the supports load it in "
        f"{'compression' if kind == 'compressive' else 'tension'}: σ = −Eα(T_f − T₀) is {kind}, "
        f"{fmt_quantity(-quantity)} with the question's sign convention, not "
        f"{fmt_quantity(quantity)}",
    )
