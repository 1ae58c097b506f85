"""Whether a worked answer gives a number at all, when its question asks for one.

A question that asks for a value ('What is the value of n?', 'Find the ratio …') is not answered by
a formula in symbols the question leaves free ('n = (2 cos θ …)/(sin 2θ)', '\\boxed{T_2/(8 T_1)}',
'L = v / 4400' with v never given a value) nor by a response that declares it cannot be answered
('we cannot find the exact value', 'the problem is not well-defined', 'there must be an error in
the problem statement'). Both are provably not a
correct answer; each check says what was read.
"""

from __future__ import annotations

import math
import re

from .checks import Check
from .prose import FinalAnswer
from .step_check import clip
from .text import PRECISION_NOTE

_GIVES_UP = re.compile(
    r"\b(?:cannot|can\s*not|can't|unable\s+to|impossible\s+to|not\s+possible\s+to)\s+(?:be\s+)?"
    r"(?:determine|determined|find|found|calculate|calculated|compute|computed|solve|solved|answer|"
    r"give|obtain|obtained|get)\b|\bnot\s+well[- ]defined\b|\bill[- ]posed\b|"
    r"\b(?:insufficient|not\s+enough|missing)\s+(?:information|data)\b|\bplease\s+provide\b|"
    # 'there must be an error in the problem statement': the data blamed, no value given
    r"\b(?:error|mistake|typo|inconsistency)\s+in\s+the\s+(?:problem|question|given)\b",
    re.I,
)
_BLAMES = re.compile(r"^(?:error|mistake|typo|inconsistency)\b", re.I)
_ASKS_FORMULA = re.compile(
    r"\bin\s+terms\s+of\b|\bexpression\b|\bformula\b|\bderive\b|\bshow\s+that\b|\bprove\b|"
    r"\bsymbolic\b|\bas\s+a\s+function\s+of\b|\bin\s+units?\s+of\s+[A-Za-zα-ω]\w{0,3}\b|\bmultiples?\s+of\b",
    re.I,
)
_FUNCTION_WORDS = {
    "sin",
    "cos",
    "tan",
    "cot",
    "sec",
    "ln",
    "log",
    "exp",
    "sqrt",
    "arcsin",
    "arccos",
    "arctan",
    "frac",
    "boxed",
    "approx",
    "times",
    "cdot",
    "pi",
    "deg",
}


def asks_formula(question: str) -> bool:
    """The question asks for an expression, not a number ('in terms of T_1', 'derive', 'show that')."""
    return _ASKS_FORMULA.search(question) is not None


def gives_up(lines: list[str], final: FinalAnswer | None) -> Check | None:
    """The response ends by saying the question cannot be answered: a phrase such as 'cannot be
    determined' in its last three lines with no number anywhere after it (a response that doubts,
    then computes a value, is not giving up)."""
    tail_start = max(0, len(lines) - 3)
    for idx in range(len(lines) - 1, tail_start - 1, -1):
        m = _GIVES_UP.search(lines[idx])
        if m is None:
            continue
        if _BLAMES.match(m.group(0)) and final is not None and final.how in ("boxed", "marker"):
            return None  # an answer stated outright, then a doubt about the data: still an answer
        after = lines[idx][m.end() :] + " ".join(lines[idx + 1 :])
        if re.search(r"\d", after):
            return None
        return Check(
            "final value",
            False,
            f"the response ends without answering: '{clip(lines[idx], 100)}'; the question asks "
            "for a value",
        )
    return None


def _free_symbols(text: str) -> list[str]:
    """Letter symbols in a final answer that are not unit names or function words."""
    from .unit_text import parse_unit

    found = []
    for tok in re.findall(
        r"(?<![A-Za-z_μµ])([A-Za-zα-ωΑ-Ω](?:_\w+|'|\^\(?prime\)?)?)(?![A-Za-z(])", text
    ):
        base = tok.split("_")[0]
        if base.lower() in _FUNCTION_WORDS or base == "π":
            continue
        if "_" not in tok and parse_unit(tok) is not None and tok not in "vxyzn":
            continue
        found.append(tok)
    for tok in re.findall(r"[α-ωΑ-Ω]", text):
        if tok not in ("π", "μ", "Ω") and tok not in found:
            found.append(tok)
    return found


def _has_value(symbol: str, texts: list[str]) -> bool:
    """Whether some text gives ``symbol`` a number ('v = 340 m/s', 'θ = 30°')."""
    pattern = re.compile(rf"(?<![\w]){re.escape(symbol)}\s*(?:=|≈|is)\s*[-+]?\(?\d")
    return any(pattern.search(t) for t in texts)


def _concluding_statement(final: FinalAnswer, lines: list[str]) -> bool:
    """A concluding sentence that states the result in words, as the response's last line
    ('Thus, the ratio of the radii is (4-e)/(32+e).'): as explicit as a marked final answer."""
    if final.how != "concluding":
        return False
    last = [ln for ln in lines if ln.strip()][-1:]
    at = final.line.rfind(final.text) if final.text else -1
    return (
        bool(last)
        and final.line.strip() == last[0].strip()
        and at >= 0
        and not re.search(r"\d", final.line[at + len(final.text) :])  # '…, which is about 2.83'
        and re.match(
            r"\s*(?:thus|therefore|hence|so)\b[^=]*\b(?:is|are|equals|becomes)\s", final.line, re.I
        )
        is not None
    )


_RUN_ON_REMARK = re.compile(
    r"\s*(?:[,;]|\s[—–-])\s*(?:which|this|that|as\s+expected|consistent\s+with|in\s+line\s+with)\b",
    re.I,
)
"""A remark clause run on after the final value (', which is reasonable', '; this is …')."""


_VALUE_AS_SUBJECT = re.compile(
    r"\s*(?:(?:about|approximately|roughly|nearly|some|~|≈)\s*)?[-+−]?\d[\d.,]*"
    r"(?:\s*[×x*]\s*10\^\S+|[eE][-+]?\d+)?\s*%?"
    r"(?:\s*\(\s*(?:=\s*|i\.e\.\s*|or\s+)?[-+−]?\d[\d.,]*\s*%?\s*\))?\s+(?:of|is|are)\s",
    re.I,
)
"""A final sentence whose subject is the value ('about 0.225 of the alloy is eutectic α',
'0.73 is the fraction of α', '54.5 % (0.545) of the alloy is solid α', the value restated in a
bracket as a fraction or percentage): what follows 'is' names the quantity, it is not a
formula."""


def formula_answer(question: str, lines: list[str], final: FinalAnswer | None) -> Check | None:
    """The final answer is a formula in symbols nobody gave a value ('(T_2)/(8 T_1)', 'v / 4400'),
    where the question asks for a value. Only an explicit final answer (marked or boxed) counts."""
    if final is None or _ASKS_FORMULA.search(question):
        return None
    if final.how not in ("marker", "boxed") and not _concluding_statement(final, lines):
        return None  # a last line can be a general remark ('n_3 E_3 = n_1 E_1 + n_2 E_2')
    from .k_suffix import thousands_k

    text = thousands_k(PRECISION_NOTE.sub(" ", final.text), question)  # '31.3k' is 31 300
    if "boxed" in text:
        text = text.rsplit("boxed", 1)[1]
    # '0.143 nm, which is a reasonable size for a metal atom': a remark run on after the value
    remark = _RUN_ON_REMARK.search(text)
    if remark and re.search(r"\d", text[: remark.start()]):
        text = text[: remark.start()]
    if _VALUE_AS_SUBJECT.match(text):
        return None  # 'about 0.225 of the alloy is eutectic α': the value leads, words follow
    for sep in ("=", " is ", " equals ", "≈"):
        if sep in text:
            text = text.rsplit(sep, 1)[1]
    # 'number-average M_n: 2.4e+04 g/mol': a label and a colon before the value
    labelled = re.search(r":\s*(?=[-+−]?\s*\d[^:]*$)", text)
    if labelled:
        text = text[labelled.end() :]
    text = text.strip().rstrip(".").strip()
    # '(B) 5 m', 'option C': a choice's label, not a symbol in a formula
    text = re.sub(r"^(?:options?\s+)?\(?[A-E]\)\s*|^options?\s+[A-E]\b\s*", "", text, flags=re.I)
    if re.fullmatch(r"[-+]?\s*(?:∞|infinity|infinite|undefined|not\s+defined)", text, re.I):
        return Check(
            "final value",
            False,
            f"the final answer is '{text}', not a finite number; the question asks for a value",
        )
    if (
        not text
        or re.search(r"\d\s*(?:[A-Za-z]{2,}|%)\s*$", text)
        or re.match(r"[-+]?\d[\d.,]*(?:\s*[×x*]\s*10\^\S+|[eE][-+]?\d+)?\s+[A-Za-z]", text)
    ):
        return None  # a number with a unit or a word ('16 moles of I_2'): a value was given
    if re.search(r"\b(?:about|approximately|roughly|of|is|equals?)\s+[-+]?\d", text) and re.search(
        r"\b[A-Za-z]{3,}\b", text
    ):
        return (
            None  # prose around a stated value ('a tensile stress of about 73.5 MPa initiates …')
        )
    free = [s for s in _free_symbols(text) if not _has_value(s, [question, *lines])]
    free += [
        s
        for s in placeholders(question)
        if s not in free
        and re.search(rf"(?<![\w.]){s}(?![\w(])", text)
        and not _has_value(s, [question, *lines])
    ]
    if not free or (set(free) == {"e"} and _concluding_statement(final, lines)):
        return None  # '(4 − e)/(32 + e)' in a closing sentence may be a number in Euler's e
    from .expression import evaluate_segment

    if evaluate_segment(text).value is not None:
        return None
    return Check(
        "final value",
        False,
        f"the final answer '{clip(text, 60)}' is a formula in {', '.join(free[:3])}, which the "
        "question gives no value; the question asks for a number",
    )


_PLACEHOLDER = re.compile(
    r"\b(?:of|is|be|as|are|was|were|[a-z]{3,})\s+([A-Za-z])\s+(?=(?:[μµ]|[A-Za-z]{1,6}\b))"
    r"([^\s,.;?]{1,12})"
)


def placeholders(question: str) -> list[str]:
    """Letters the question puts where a number goes, before a unit: 'a capacitor of capacitance
    C μF', 'the angular momentum is J kg-m^2/s'. A final answer that still holds one gives no
    number (the letter is a value nobody has found)."""
    from .unit_text import parse_unit

    found = []
    for m in _PLACEHOLDER.finditer(question):
        letter, unit = m.group(1), m.group(2)
        if letter.lower() in ("a", "i") or parse_unit(unit) is None:
            continue
        if re.search(rf"\bwhat\s+is\s+(?:the\s+value\s+of\s+)?\|?{letter}\b", question, re.I):
            continue  # the letter is what is asked: a final 'C = 2.5' names it, not a formula
        found.append(letter)
    return found


_ONE_UNIT = re.compile(r"\(\s*unit\s*:\s*([^)]+)\)", re.I)


def several_values(question: str, final: FinalAnswer | None) -> Check | None:
    """The question fixes one answer unit ('(Unit: 10^5 N)') but the final answer lists several
    different values ('[1.49e-7, 4.21e7]', 'Mass of air: 72 kg, Weight of air: 0.0071'): it is not
    the one number asked for."""
    from .expression import numbers_with_units

    m = _ONE_UNIT.search(question)
    if m is None or final is None or final.how not in ("marker", "boxed"):
        return None
    text = re.sub(
        r"\([^()]*\)(?!\s*[\^/])", " ", final.text
    )  # '(rounded from 4.21)', '(in 10^5 N)'
    text = re.split(
        r"[,;]?\s+\b(?:using|with|where|taking|since|for|at|from|given|assuming|if)\b", text
    )[0]
    found = [q for q, _t, _s in numbers_with_units(text)]
    if len(found) < 2 or not re.search(r"[,;\[]|\band\b", text):
        return None
    first = found[0]
    for q in found[1:]:
        try:
            if math.isclose(
                float(q.to(first.units).magnitude), float(first.magnitude), rel_tol=0.02
            ):
                continue  # the same value twice ('1.5 m/s, or 150 cm/s')
        except Exception:
            pass
        return Check(
            "final value",
            False,
            f"the final answer '{clip(final.text, 60)}' gives {len(found)} values; the question asks "
            f"for one number in {m.group(1).strip()}",
        )
    return None
