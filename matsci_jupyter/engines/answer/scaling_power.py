"""A scaling law that contradicts the response's own formula: 'σ = FL/(πR³)' written, then 'the load
scales with the area, F ~ R²' used to get the second load.

When the response writes a formula that holds a quantity Y and a power x^k of another (Y = … x^k …
or … = Y …/x^k), and later states that Y goes as a different power of x ('Y ~ x^m', 'Y ∝ x^m',
'Y scales as x^m') and raises a ratio to that power m, its own formula says Y goes as x^k with the
rest held: the scaled value is off by the ratio to the power k − m. Only a proportionality between
two symbols of one formula the response wrote, with x under a single power there, is read; a
formula in which x appears with several powers, or a law between symbols of no written formula
(an area ∝ R² beside a volume ∝ R³), is never flagged.
"""

from __future__ import annotations

import re

from .checks import Check
from .step_check import clip

_SUPERSCRIPT = str.maketrans({"²": "^2", "³": "^3", "⁴": "^4"})
_LAW = re.compile(
    r"\b(?P<y>[A-Za-zσ])(?:_?\w{0,4})?\s*(?:~|∝|\bis\s+proportional\s+to\b|\bscales\s+(?:with|as)\b|"
    r"\bgoes\s+as\b)\s*(?P<x>[A-Za-z])\s*\^\s*(?P<m>[1-4])\b"
)
_FORMULA = re.compile(r"(?P<lhs>[A-Za-zσ][\w]{0,8})\s*=\s*(?P<rhs>[^=\n]*[A-Za-z][^=\n]*)")
_RATIO_POWER = re.compile(r"\)\s*\^\s*(?P<m>[1-4])\b")


def _tokens(text: str) -> set[str]:
    return {
        t.split("_")[0] for t in re.findall(r"(?<![A-Za-z])[A-Za-zσ](?:_\w+)?(?![A-Za-z])", text)
    }


def scaling_power_check(lines: list[str]) -> Check | None:
    """A failed 'formula' check when the response scales Y as x^m while its own formula holds
    Y with x^k, k ≠ m (see the module docstring); None otherwise. ``lines`` are the response's
    own lines as written (the reading of steps drops '~')."""
    text = [ln.translate(_SUPERSCRIPT) for ln in lines]
    for i, line in enumerate(text):
        for law in _LAW.finditer(line):
            y, x, m = law.group("y"), law.group("x"), int(law.group("m"))
            if y == x:
                continue
            used = any(
                int(r.group("m")) == m for r in _RATIO_POWER.finditer(" ".join(text[i : i + 3]))
            )
            if not used:
                continue  # the law is stated, not applied to a ratio
            for earlier in text[:i]:
                for f in _FORMULA.finditer(earlier):
                    whole = f"{f.group('lhs')} = {f.group('rhs')}"
                    powers = {
                        int(p) for p in re.findall(rf"(?<![A-Za-z]){x}\s*\^\s*\(?([1-4])", whole)
                    }
                    plain = re.search(rf"(?<![A-Za-z]){x}(?![A-Za-z_^\s]*\^)(?!\w)", whole)
                    if len(powers) != 1 or plain is not None or y not in _tokens(whole):
                        continue
                    k = powers.pop()
                    if k == m:
                        continue
                    return Check(
                        "formula",
                        False,
                        f"the response's own formula '{clip(whole.strip(), 50)}' makes {y} go as "
                        f"{x}^{k} with the rest held, but it scales {y} as {x}^{m} "
                        f"('{clip(lines[i].strip(), 60)}'): the scaled value is off by the ratio "
                        f"to the power {k - m}",
                    )
    return None
