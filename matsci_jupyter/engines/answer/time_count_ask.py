"""A duration asked as a count of time units: 'how many days until the coating is gone?', 'how many
years will the lining last?' is 'how long …, in days?'.

The question word 'how many' with a unit of time names a duration in that unit, just as 'how long …
in days' does; the relation library reads the second form (its 'how long' marks a time as the
answer). The solver tries this reading only after the question as written was refused. The ask is
rewritten only when the question names no other unit for its answer, the time
unit is a plain one (seconds to years) and the words after it are a clause about an event ('until',
'before', 'will', 'does', 'would', 'can', 'are needed', 'does it take'); counts of events per time
('how many days per year'), ages and the like are left as written, and so is a duration counted
from another moment ('counting from the moment it is half done, how many seconds until …').
"""

from __future__ import annotations

import re

_UNITS = r"(?:seconds|minutes|hours|days|weeks|months|years)"
_ASK = re.compile(
    r"\bhow\s+many\s+(?P<u>"
    + _UNITS
    + r")(?P<rest>\s+(?:will|would|does|do|can|could|is|are|until|"
    r"before|till|elapse|pass|remain)\b[^.?!\n]*?)\s*(?P<end>\?|\.|$)",
    re.I,
)
_OTHER_REQUEST = re.compile(
    r"\b(?:in|as)\s+(?:units\s+of\s+)?(?:seconds|minutes|hours|days|weeks|months|years|s|h|min|d|y|yr)\b",
    re.I,
)
_PER = re.compile(r"^\s*(?:per|a|an|each|every|of|old)\b", re.I)
# a duration counted from some other moment than the start ('counting from the moment it is half
# done, how many seconds until …'): 'how long' would read as the whole time
_OTHER_START = re.compile(
    r"\b(?:counting|counted|measured|reckoned|timed)\s+from\b|\bfrom\s+the\s+(?:moment|time|point|instant)\b|"
    r"\bafter\s+(?:reaching|it\s+(?:is|has|reaches))\b|\bsince\b",
    re.I,
)


def duration_count_ask(question: str) -> str:
    """``question`` with one 'how many <time unit> …' ask written as 'how long …, in <unit>'; the
    question unchanged when it has none, several, or already names the answer's unit."""
    asks = list(_ASK.finditer(question))
    if len(asks) != 1 or _OTHER_START.search(question):
        return question
    m = asks[0]
    if _PER.match(m.group("rest")) or _OTHER_REQUEST.search(question[m.end() :]):
        return question
    if _OTHER_REQUEST.search(m.group("rest")):
        return question
    unit = m.group("u").lower()
    how = "How" if m.group(0)[0] == "H" else "how"
    rewritten = f"{how} long{m.group('rest')}, in {unit}{m.group('end') or '?'}"
    return question[: m.start()] + rewritten + question[m.end() :]
