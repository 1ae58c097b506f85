"""A time given as added to an earlier one ('after another 30 min', 'a further 2 h', '2 h more').

Kinetic relations (grain growth, Avrami, relaxation, diffusion depth) read each time from the start
of the process. A duration the question adds to an earlier stage is not such a time: fed as it
stands, it answers for the wrong total time (a brass grown 30 min, then 'another 30 min', answered
as if at 30 min). The relation does not know the stage it is added to, so no number is given; the
question can be restated with the total time.
"""

from __future__ import annotations

import re

_UNIT = r"(?:s|secs?|seconds?|min|mins|minutes?|h|hrs?|hours?|days?|d|weeks?|months?|years?|yr|y)\b"
_NUM = r"(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|ten|half\s+an?)"
_ADDED = re.compile(
    rf"\b(?:another|a\s+further|further|an?\s+(?:additional|extra)|additional|extra)\s+"
    rf"(?:{_NUM}\s*)?{_UNIT}"
    rf"|\b{_NUM}\s*{_UNIT}\s+(?:more|longer|further|extra)\b"
    rf"|\b{_NUM}\s+(?:more|further|additional|extra)\s+{_UNIT}",
    re.I,
)
# a step that binds a time given by the question
_TIME_STEP = re.compile(r"^[^:=]*\b(?:time|duration)\b[^:=]*:\s*[-\d.]", re.I)
# the added time itself asked ('how much additional time', 'how many more minutes')
_ASKED_ADDED = re.compile(
    r"\bhow\s+(?:much|many)\s+(?:additional|extra|more|further)\b|\bhow\s+much\s+longer\b", re.I
)


def added_duration_refusal(question: str, steps: list[str]) -> str | None:
    """A reason when a duration stated as added to an earlier stage was fed to the relation as a
    time from the start; None otherwise."""
    m = _ADDED.search(question)
    if m is None or _ASKED_ADDED.search(question):
        return None
    if not any(_TIME_STEP.match(s.strip()) for s in steps):
        return None
    return (
        f"the question gives '{m.group(0).strip()}' as time added to an earlier stage, and the "
        "relation takes each time from the start of the process; no number is given (state the "
        "total time)"
    )
