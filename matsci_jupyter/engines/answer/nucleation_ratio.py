"""The ratio of two homogeneous nucleation rates at two undercoolings, from a stated rate law.

Classical nucleation gives a rate whose barrier term falls as 1/ΔT² (ΔG* ∝ γ³T_m²/(ΔH_f² ΔT²),
Callister & Rethwisch §10.3). A question may state the law with its constant,

    N = K exp(−A/ΔT²),  A = 4.0 × 10⁵ K²

and ask how many times faster nucleation is at one undercooling than at another. The pre-factor K
cancels in the ratio, so N₁/N₂ = exp(A/ΔT₂² − A/ΔT₁²) exactly; nothing else is assumed.

Answered only when every condition holds (else None, and the solver refuses as before):

* the text writes the exponent as −A/ΔT² (any symbol for A; 'ΔT^2', 'ΔT²', '(ΔT)^2') and gives A
  once, with '=' and a unit of K² (or none);
* exactly two undercoolings are given, in K (or °C, a temperature difference), and the asking
  sentence orders them: 'at 60 K … than (or 'to that') at 40 K';
* the asking sentence asks a ratio or factor ('how many times', 'by what factor', 'ratio'); a
  decrease ('how many times slower') or a 'faster' that the numbers contradict is left alone.

A law with a temperature in the exponent (exp(−B/(T ΔT²)), the diffusion term exp(−Q/kT)) does not
cancel this way and is left alone (refused by the solver as before).
"""

from __future__ import annotations

import math
import re

from .answer import Answer
from .checks import Check

_NUM = r"([-+]?\d+(?:\.\d+)?(?:\s*(?:[×x*]\s*10\s*(?:\^|\*\*)?\s*\(?([-−⁻+]?\s*[\d⁰¹²³⁴⁵⁶⁷⁸⁹]+)\)?|[eE][-+]?\d+))?)"
_SUPER = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
# 'exp(−A/ΔT²)', 'exp[-A/(ΔT)^2]', 'e^(−A/ΔT^2)'
_LAW = re.compile(
    r"(?:exp\s*[\(\[{]|e\s*\^\s*[\(\[{]?)\s*[-−–]\s*([A-Za-z](?:_?[A-Za-z0-9]{1,3})?)\s*/\s*"
    r"\(?\s*(?:Δ|∆|delta\s*)T\s*\)?\s*(?:\^\s*2|\*\*\s*2|²)\s*[\)\]}]?"
)
_RATE = re.compile(r"nucleation\s+rates?|rates?\s+of\s+nucleation", re.I)
_ASKED_RATIO = re.compile(r"how\s+many\s+times|by\s+what\s+factor|\bratio\b|what\s+factor", re.I)
_UNDERCOOLING = re.compile(
    r"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:K|°C|℃)\b(?!\s*(?:\^|\*\*|²|−1|-1|⁻))",
)
# the asking sentence orders the two undercoolings: 'at 60 K … than at 40 K', 'at 60 K to that at 40 K'
_ORDER = re.compile(
    r"at\s+(?:an?\s+undercooling\s+of\s+|ΔT\s*=\s*)?(\d+(?:\.\d+)?)\s*(?:K|°C|℃)\b[^.?]*?"
    r"\b(?:than|to|compared\s+with|relative\s+to)\s+(?:that\s+|the\s+rate\s+)?(?:at\s+)?"
    r"(?:an?\s+undercooling\s+of\s+|ΔT\s*=\s*)?(\d+(?:\.\d+)?)\s*(?:K|°C|℃)\b"
)


def _number(text: str) -> float | None:
    m = re.fullmatch(_NUM, text.strip())
    if m is None:
        return None
    base = re.match(r"[-+]?\d+(?:\.\d+)?", text.strip())
    assert base is not None
    value = float(base.group(0))
    if m.group(2):
        exp = m.group(2).translate(_SUPER).replace("−", "-").replace(" ", "")
        return value * 10 ** int(exp)
    e = re.search(r"[eE]([-+]?\d+)$", text.strip())
    return value * 10 ** int(e.group(1)) if e else value


def _asking_sentence(question: str) -> str:
    parts = [p for p in re.split(r"(?<=[.?!])\s+", question.strip()) if p]
    asks = [p for p in parts if p.endswith("?") or _ASKED_RATIO.search(p)]
    return asks[-1] if asks else parts[-1]


def try_nucleation_ratio(question: str) -> Answer | None:
    """N(ΔT₁)/N(ΔT₂) from a stated law N = K exp(−A/ΔT²), or None when the question is not one."""
    if not _RATE.search(question):
        return None
    laws = _LAW.findall(question)
    if len(set(laws)) != 1:
        return None
    symbol = laws[0]
    if re.search(r"/\s*\(?\s*(?:k\s*)?T\s*(?:Δ|∆)", question) or re.search(
        r"Q\w*\s*/\s*\(?k", question
    ):
        return None  # a temperature or a diffusion term in the exponent: no exact cancellation
    given = list(
        re.finditer(
            rf"(?<![\w/]){re.escape(symbol)}\s*=\s*{_NUM}\s*(K\s*(?:\^\s*2|²|\*\*\s*2))?",
            question,
        )
    )
    if len(given) != 1:
        return None
    a_value = _number(given[0].group(1))
    if a_value is None or a_value <= 0:
        return None
    ask = _asking_sentence(question)
    if not _ASKED_RATIO.search(ask):
        return None
    rest = question.replace(given[0].group(0), " ")
    values = {float(m.group(1)) for m in _UNDERCOOLING.finditer(rest)}
    if len(values) != 2:
        return None
    order = _ORDER.search(ask)
    if order is None:
        return None
    dt1, dt2 = float(order.group(1)), float(order.group(2))
    if {dt1, dt2} != values or dt1 == dt2:
        return None
    exponent = a_value / dt2**2 - a_value / dt1**2
    if abs(exponent) > 700:
        return None
    ratio = math.exp(exponent)
    if re.search(r"\b(?:slower|smaller|lower|less|fewer|decrease|drop|fall)", ask, re.I):
        return None  # 'how many times slower': which rate over which is not fixed by the words
    if re.search(r"\b(?:faster|larger|greater|higher|more|quicker)\b", ask, re.I) and ratio < 1:
        return None  # 'how many times faster at 40 K than at 60 K' when it is slower: contradictory
    from ...units import get_registry

    why = "stated nucleation law N = K exp(−A/ΔT²); K cancels in the ratio"
    return Answer(
        question=question,
        quantity=get_registry().Quantity(ratio, "dimensionless"),
        checks=[Check("dimension", True, "a ratio"), Check("interpretation", True, why)],
        steps=[
            f"Relation: {why}",
            f"N({dt1:g} K)/N({dt2:g} K) = exp({symbol}/ΔT₂² − {symbol}/ΔT₁²) "
            f"= exp({a_value:g}/{dt2:g}² − {a_value:g}/{dt1:g}²)",
            f"ratio = {ratio:.6g}",
        ],
        source="solver",
        relation="nucleation_rate_ratio",
        target="ratio of nucleation rates",
    )
