"""An asking verb that only states a purpose: 'how many minutes are needed to obtain the same case
depth?', 'what time is required to reach …', 'how long does it take to obtain …'.

The question word ('how many minutes', 'what time') asks; the verb after 'needed to', 'required to',
'take to' names the state to be reached, not a second ask. Such a verb is no asking word when an earlier
asking word stands in the same sentence, and the words between them end in 'needed', 'required',
'necessary' or 'take(s)' (with up to three words after it) and then 'to', or in 'in order to', or
when the verb is 'obtain' right after 'to' ('how many hours shorter would it be to obtain the same
profile?'). Anywhere else ('use Bragg's law to determine a') an asking verb after 'to' still asks.
"""

from __future__ import annotations

import re

_PURPOSE = re.compile(
    r"\b(?:needed|required|necessary|needs?|takes?|taken|took)\s+(?:[\w°]+\s+){0,3}?"
    r"(?:in\s+order\s+)?to\s+$",
    re.I,
)
# 'how many hours shorter would the cycle be to obtain the same case profile?', 'in order to find …':
# after an earlier asking word, 'to obtain' / 'in order to' state what the asked value is for
_PURPOSE_VERB = re.compile(r"\bin\s+order\s+to\s+$", re.I)
_OBTAIN_AFTER_TO = re.compile(r"\bto\s+$", re.I)
# 'Find the load, in N, at which the bar breaks': after an earlier asking word in the same sentence,
# 'which' after a preposition opens a relative clause about the asked quantity; it asks nothing
_RELATIVE_WHICH = re.compile(r"\b(?:at|in|for|by|on|under|with|from|to)\s+$", re.I)


def asking_matches(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """The matches of ``pattern`` in ``text`` less the purpose verbs after an earlier asking word in
    the same sentence."""
    out: list[re.Match[str]] = []
    for m in pattern.finditer(text):
        if out and (
            _PURPOSE.search(text[out[-1].end() : m.start()])
            or _PURPOSE_VERB.search(text[out[-1].end() : m.start()])
            or (
                m.group(0).lower() == "obtain"
                and _OBTAIN_AFTER_TO.search(text[out[-1].end() : m.start()])
            )
            or (
                m.group(0).lower() == "which"
                and _RELATIVE_WHICH.search(text[out[-1].end() : m.start()])
            )
        ):
            between = text[out[-1].end() : m.start()]
            if not re.search(r"[.?!](?:\s|$)", between):
                continue
        out.append(m)
    return out
