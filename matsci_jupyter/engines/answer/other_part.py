"""A response that says it answers one part while the question names another: '(a) … (b) … The key
is part (b).' answered by '… the part asked for is part (a): r = 0.0535 nm'.

The question must name exactly one part to be answered (the directives of :mod:`one_part`,
'Answer (b) only', or of :mod:`part_directive`, 'The answer sought is (b)', 'Only (c) is graded'),
and the response's three closing lines must say, in so many words, which part it takes as the one asked ('the part asked
for is … part (a)', 'answering part (a)'). When that part is another letter, the final value answers a
question that was not asked. A response that merely refers to an earlier part ('from part (a),
r = …') is not read so, nor one that names several parts there.
"""

from __future__ import annotations

import re

from .checks import Check
from .one_part import _DIRECTIVE
from .part_directive import directive_letter
from .prose import FinalAnswer
from .step_check import clip

_CLAIM = re.compile(
    r"\b(?:asked(?:\s+for)?|sought|graded|requested|wanted|answer(?:s|ing)?|key)\b[^.\n]{0,60}?"
    r"\bpart\s+\((?P<a>[a-f])\)"
    r"|\bpart\s+\((?P<b>[a-f])\)\s+is\s+(?:the\s+one\s+)?(?:asked|graded|sought|requested|wanted)\b",
    re.I,
)
_PART = re.compile(r"\bpart\s+\(([a-f])\)|(?:^|\s)\(([a-f])\)\s", re.I)


def other_part_check(question: str, lines: list[str], final: FinalAnswer) -> Check | None:
    """A failed 'asked part' check when the response says its final answer is for another part
    than the one the question names; None otherwise."""
    directives = list(_DIRECTIVE.finditer(question))
    if len(directives) == 1:
        chosen: str | None = next(g for g in directives[0].groupdict().values() if g).lower()
    else:
        chosen = directive_letter(question) if not directives else None
    if chosen is None:
        return None
    near = [ln for ln in lines if ln.strip()][-3:]  # the response's closing lines
    if not near:
        return None
    text = "\n".join(near)
    claims = {(m.group("a") or m.group("b")).lower() for m in _CLAIM.finditer(text)}
    named = {(a or b).lower() for a, b in _PART.findall(text)}
    if len(claims) != 1 or named != claims:
        return None  # no claim, or the lines name several parts
    claimed = claims.pop()
    if claimed == chosen:
        return None
    return Check(
        "asked part",
        False,
        f"the question names part ({chosen}) as the one to answer, but the response gives its "
        f"final answer {clip(final.text.strip(), 30)} as part ({claimed}) "
        f"('{clip(' '.join(near[-2:]), 70)}')",
    )
