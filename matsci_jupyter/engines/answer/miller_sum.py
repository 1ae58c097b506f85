"""The sum h² + k² + l² written for the planes the question and the response name.

In a cubic crystal d_hkl = a/√(h² + k² + l²), so a step that states the sum for a reflection as a
bare number ('for the (111) planes h² + k² + l² = 2') can be recomputed from the indices: (111)
gives 3, (110) gives 2, (200) gives 4. The stated sum is wrong only when it is the sum of no set
of indices named anywhere in the question or the response (a response that compares several
reflections may state the sum of any of them), and only when at least one set is named. Indices
are read where their form is unambiguous: in brackets '(111)', '{1 1 0}', '[2̄11]', as a subscript
'd_111', or as a bare triple named a reflection, peak, plane or line ('the 111 reflection',
'the 200, at 2θ = …'). A four-index (hexagonal) set makes the check stand aside.
"""

from __future__ import annotations

import re

from .checks import Check

_BRACKETED = re.compile(
    r"[({\[]\s*([-−]?\d)(?:\u0304)?\s*,?\s*([-−]?\d)(?:\u0304)?\s*,?\s*([-−]?\d)(?:\u0304)?\s*[)}\]]"
)
_SUBSCRIPT = re.compile(r"\bd_?\{?\s*(\d)(\d)(\d)\s*\}?(?!\d)")
_NAMED = re.compile(
    r"\b(?:the|its|a)\s+(\d)(\d)(\d)(?!\d)(?:\s*(?:reflections?|peaks?|planes?|lines?)\b|\s*,)",
    re.I,
)
_FOUR_INDEX = re.compile(
    r"[({\[]\s*[-−]?\d\s*,?\s*[-−]?\d\s*,?\s*[-−]?\d\s*,?\s*[-−]?\d\s*[)}\]]|\bhcp\b|hexagonal",
    re.I,
)
_SUM = re.compile(
    r"h\s*(?:\^\s*2|²)\s*\+\s*k\s*(?:\^\s*2|²)\s*\+\s*l\s*(?:\^\s*2|²)\s*\)?\s*=\s*(\d+)"
    r"(?!\s*[\d.,+×*/^])"
)


def _triples(text: str) -> set[tuple[int, int, int]]:
    found: set[tuple[int, int, int]] = set()
    for pattern in (_BRACKETED, _SUBSCRIPT, _NAMED):
        for m in pattern.finditer(text):
            found.add(tuple(int(g.replace("−", "-")) for g in m.groups()))  # type: ignore[arg-type]
    return found


def miller_sum_check(question: str, lines: list[str]) -> Check | None:
    """A failed 'Miller indices' check when a stated h² + k² + l² is the sum for no set of indices
    the question or the response names; None otherwise."""
    text = question + "\n" + "\n".join(lines)
    if _FOUR_INDEX.search(text):
        return None
    named = _triples(text)
    if not named:
        return None
    sums = {sum(i * i for i in t) for t in named}
    for line in lines:
        for m in _SUM.finditer(line):
            stated = int(m.group(1))
            if stated in sums:
                continue
            shown = ", ".join(
                f"({''.join(str(i) for i in t)}) gives {t[0] ** 2 + t[1] ** 2 + t[2] ** 2}"
                for t in sorted(named)
            )
            return Check(
                "Miller indices",
                False,
                f"'{line.strip()[:70]}' states h² + k² + l² = {stated}, the sum for none of the "
                f"planes named: {shown}",
            )
    return None
