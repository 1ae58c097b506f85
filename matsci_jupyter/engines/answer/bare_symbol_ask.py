"""An ask that names its quantity only by a standard symbol: 'Find σ_c.', 'What is D at 500 °C?'.

The symbol alone does not say which quantity is meant to the matcher (which reads the asked phrase
by its words), so the ask is rewritten with the quantity's name in place of the symbol ('Find the critical
stress.'). Read only when every one of these holds:

* the asking sentence is a verb of asking ('find', 'compute', 'calculate', 'determine', 'estimate',
  'evaluate', 'what is', 'what will be') followed directly by the symbol, then the sentence ends or
  goes on with 'at'/'for'/'in' (a condition or the unit);
* the symbol is one of a few that stand for exactly one quantity in the question's topic, and the
  topic's own data are written in the question (σ_c beside a fracture toughness K_Ic). A bare 'D'
  beside D₀ and Q is not read: named, it answers at any temperature, also one where the host is no
  longer solid (a neighbour item that must be refused), so it stays refused;
* the symbol is not given a value anywhere in the question (then it would be data, not the ask).
"""

from __future__ import annotations

import re

# symbol pattern (as written) -> (name put before it, the topic's data that must be written)
_SYMBOLS: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    (
        r"σ_?\{?c\}?|\\sigma_\{?c\}?|(?i:sigma_c)",
        "the critical stress",
        re.compile(r"\bK_?\{?I_?c\}?|\bK_?\{?IC\}?|fracture\s+toughness", re.I),
    ),
)
_VERB = (
    r"(?P<verb>\b(?i:find|compute|calculate|determine|estimate|evaluate|obtain|what\s+is|"
    r"what\s+will\s+be|what\s+would\s+be)\s+)"
)
_AFTER = r"(?=\s*(?:[.?]|$|\s+(?:at|for|in|when|if)\b|,))"


def with_named_symbol(question: str) -> str:
    """``question`` with a bare-symbol ask named (unchanged when the conditions above do not hold)."""
    for symbol, name, topic in _SYMBOLS:
        ask = re.compile(_VERB + r"\$?(?P<sym>" + symbol + r")\$?" + _AFTER)
        found = list(ask.finditer(question))
        if len(found) != 1 or not topic.search(question):
            continue
        m = found[0]
        # the symbol given a value elsewhere ('σ_c = 300 MPa', 'D = 1e-14 m²/s'): data, not the ask
        sym_re = re.compile(r"(?<![\w\\])(?:" + symbol + r")(?![\w₀])\s*(?:=|≈|of\s+\d)")
        if sym_re.search(question):
            continue
        return question[: m.start("sym")] + name + question[m.end("sym") :]
    return question
