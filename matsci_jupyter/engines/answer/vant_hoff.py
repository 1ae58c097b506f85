"""The van 't Hoff factor of a salt that dissociates completely: ΔT = i·K·m with i ≥ 2.

A question that says its salts dissociate completely ('strong electrolyte', '100 % ionised')
and names a salt solution by its molality ('0.1 molal silver nitrate solution') fixes the number
of ions per formula unit: i = ν₊ + ν₋ from the ions' charges (AgNO₃ 2, BaCl₂ 3, Al₂(SO₄)₃ 5). A
response line that works out a boiling-point elevation or freezing-point depression as the bare
product K·m (K in K kg mol⁻¹, m in mol kg⁻¹) of the question's constant and that salt's molality,
with no other factor and a result equal to K·m, has dropped i. Only salts named by cation and
anion are read, and only when no non-electrolyte of that molality is named.
"""

from __future__ import annotations

import math
import re

from .checks import Check

_PREMISE = re.compile(
    r"dissociates?\s+completely|completely\s+dissociat|complete\s+dissociation|"
    r"(?:completely|fully|100\s*%\s*)\s*ioni[sz]ed|strong\s+electrolytes?",
    re.I,
)
_NON_ELECTROLYTE = re.compile(r"urea|glucose|sucrose|non-?\s?electrolyte|non-?\s?ionic", re.I)
_CATIONS = {
    "sodium": 1, "potassium": 1, "silver": 1, "lithium": 1, "ammonium": 1, "barium": 2,
    "calcium": 2, "magnesium": 2, "strontium": 2, "zinc": 2, "aluminium": 3, "aluminum": 3,
}  # fmt: skip
_ANIONS = {
    "chloride": 1, "bromide": 1, "iodide": 1, "fluoride": 1, "nitrate": 1, "acetate": 1,
    "sulphate": 2, "sulfate": 2, "carbonate": 2, "phosphate": 3,
}  # fmt: skip
_NUM = r"(\d+(?:\.\d+)?)"
_SALT = re.compile(
    _NUM + r"\s*(?:molal|m|mol\s*kg\s*\^?\s*-\s*1)\s+(?:aqueous\s+)?(?:solution\s+of\s+)?"
    r"([a-z]+)\s+([a-z]+)\b",
    re.I,
)
_CONSTANT = re.compile(_NUM + r"\s*K\s*kg\s*mol\s*\^?\s*-\s*1")
_COLLIGATIVE = re.compile(r"Δ\s*T|T_?[bf]\b|elevation|depression", re.I)


def _ions(cation: str, anion: str) -> int | None:
    a, b = _CATIONS.get(cation.lower()), _ANIONS.get(anion.lower())
    if a is None or b is None:
        return None
    lcm = a * b // math.gcd(a, b)
    return lcm // a + lcm // b


def _numbers(text: str) -> list[str]:
    """Numbers written in ``text``, leaving out exponents ('mol^-1')."""
    return re.findall(r"(?<![\d.^\-])(?<!\^\s)\d+(?:\.\d+)?", text)


def vant_hoff_check(question: str, lines: list[str]) -> Check | None:
    """Failed check for a colligative line K·m that drops a salt's van 't Hoff factor."""
    if not _PREMISE.search(question) or _NON_ELECTROLYTE.search(question):
        return None
    salts: dict[str, list[tuple[str, int]]] = {}
    for m in _SALT.finditer(question):
        i = _ions(m.group(2), m.group(3))
        name = f"{m.group(2)} {m.group(3)}"
        if i is None:
            continue
        salts.setdefault(m.group(1), []).append((name, i))
    constants = set(_CONSTANT.findall(question))
    if not salts or len(constants) != 1:
        return None
    k = constants.pop()
    for line in lines:
        if not _COLLIGATIVE.search(line):
            continue
        for molality, named in salts.items():
            if min(i for _n, i in named) < 2:
                continue
            product = re.search(
                rf"(?<![\d.]){re.escape(k)}(?![\d.])[^=]*?[×·*]\s*\(?\s*{re.escape(molality)}(?![\d.])"
                rf"|(?<![\d.]){re.escape(molality)}(?![\d.])[^=]*?[×·*]\s*\(?\s*{re.escape(k)}(?![\d.])",
                line,
            )
            if product is None:
                continue
            rest = line[product.end() :]
            result = re.match(r"[^=]*=\s*(\d+(?:\.\d+)?)", rest)
            between = line[product.start() : product.end()] + (
                rest[: result.start(1)] if result else ""
            )
            if result is None or sorted(_numbers(between)) != sorted([k, molality]):
                continue
            if not math.isclose(float(result.group(1)), float(k) * float(molality), rel_tol=0.02):
                continue
            name, i = named[0]
            return Check(
                "van 't Hoff factor",
                False,
                f"'{line.strip()[:90]}' takes ΔT = K·m = {k} × {molality}, but {name} dissociates "
                f"completely into {i} ions: ΔT = i·K·m = {i} × {k} × {molality} = "
                f"{i * float(k) * float(molality):.4g}",
            )
    return None
