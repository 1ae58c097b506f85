"""Curie's-law questions that state the second state in words rather than as a number.

Curie's law χ = C/T (Callister §20.4) makes χT constant. Two word forms are read here, each only in a
question that names Curie's law (not Curie–Weiss), gives one susceptibility (a bare number) and one
temperature:

* the second susceptibility as a multiple of the first: 'to become an order of magnitude larger'
  (×10), 'two orders of magnitude larger' (×100), 'ten times larger', 'to increase by a factor of 5'
  (×5), 'an order of magnitude smaller' (÷10). 'N times smaller' is left alone (read both as ÷N and
  as ×(1 − N)); so is a factor with no direction;
* the second temperature as a standard bath: 'immersed in boiling liquid nitrogen' (its normal
  boiling point, 77 K), 'in liquid helium' (4.2 K), unless the question writes a second temperature
  itself.

:func:`curie_state_question` writes the value in ('to become 0.003', 'liquid nitrogen (77 K)') and
says so in a note; the question is unchanged otherwise. Susceptibilities are dimensionless (SI volume
susceptibility); temperatures in kelvin.
"""

from __future__ import annotations

import re

_CURIE = re.compile(r"\bcurie'?s?\s+law\b|\bobeys?\s+(?:the\s+)?curie\b", re.I)
_NOT_CURIE = re.compile(r"weiss|ferro|antiferro|ferri|néel|neel|θ|theta", re.I)

_SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "ten": 10, "twenty": 20, "hundred": 100}
_UP = r"(?:larger|greater|higher|bigger)"
_DOWN = r"(?:smaller|lower)"
_NUM = r"(\d+(?:\.\d+)?|two|three|four|five|ten|twenty|hundred)"
# 'to become an order of magnitude larger', 'to be two orders of magnitude smaller'
_ORDERS = re.compile(
    r"\b(?P<verb>become|becomes|be|is)\s+(?:(?:an?|one)\s+order|(?P<n>two|three|2|3)\s+orders)\s+of\s+"
    r"magnitude\s+(?P<dir>" + _UP + "|" + _DOWN + r")\b",
    re.I,
)
# 'to become ten times larger', 'to be 4 times greater'
_TIMES = re.compile(
    r"\b(?P<verb>become|becomes|be|is)\s+" + _NUM + r"\s+times\s+(?:as\s+large|" + _UP + r")\b",
    re.I,
)
# 'to increase by a factor of 5', 'to rise tenfold', 'to increase by an order of magnitude'
_FACTOR = re.compile(
    r"\b(?P<verb>increase|rise|grow)\s+(?:by\s+a\s+factor\s+of\s+"
    + _NUM
    + r"|"
    + r"by\s+(?:an?|one)\s+"
    r"order\s+of\s+magnitude|(?P<fold>tenfold|ten-fold))",
    re.I,
)
_TWO_SUSC = re.compile(r"\bsusceptibilit", re.I)

# standard baths at their normal boiling points (CRC Handbook: N₂ 77.36 K, He 4.22 K)
_BATHS = (
    (
        re.compile(
            r"\b(?:immersed|dipped|plunged|placed|cooled|quenched|held|kept|put)\s+(?:it\s+)?in(?:to)?\s+"
            r"(?:a\s+bath\s+of\s+)?(?:boiling\s+)?liquid[\s-]+nitrogen\b|\bat\s+liquid[\s-]+nitrogen\s+"
            r"temperature\b",
            re.I,
        ),
        "77 K",
        "liquid nitrogen boils at 77 K",
    ),
    (
        re.compile(
            r"\b(?:immersed|dipped|plunged|placed|cooled|quenched|held|kept|put)\s+(?:it\s+)?in(?:to)?\s+"
            r"(?:a\s+bath\s+of\s+)?(?:boiling\s+)?liquid[\s-]+helium\b|\bat\s+liquid[\s-]+helium\s+"
            r"temperature\b",
            re.I,
        ),
        "4.2 K",
        "liquid helium boils at 4.2 K",
    ),
)
# a temperature written right after the bath ('liquid nitrogen at 77 K', 'liquid nitrogen (77.4 K)')
_WRITTEN_T = re.compile(r"^[^.;?]{0,20}?\d[\d.]*\s*(?:K\b|°\s*C|℃|degrees)", re.I)


def _factor(m: re.Match[str]) -> float | None:
    text = m.group(0).lower()
    if "order" in text:
        n = m.groupdict().get("n")
        power = 1 if not n else (2 if n in ("two", "2") else 3)
        up = not re.search(_DOWN, text, re.I)
        return 10.0**power if up else 10.0**-power
    if m.groupdict().get("fold"):
        return 10.0
    words = re.findall(r"\d+(?:\.\d+)?|" + "|".join(_SMALL), text)
    if not words:
        return None
    word = words[0]
    value = float(word) if word[0].isdigit() else float(_SMALL[word])
    return value if value > 1 else None


def _one_chi_one_t(question: str) -> tuple[float, int] | None:
    """The one bare susceptibility and the count of temperatures the question writes."""
    from .quantities import extract

    chis, temps = [], 0
    for g in extract(question).givens:
        if g.quantity is None:
            continue
        if g.has_unit and str(g.quantity.dimensionality) == "[temperature]":
            temps += 1
        elif not g.has_unit and g.kind == "number":
            chis.append(float(g.quantity.magnitude))
        else:
            return None  # another quantity: not a plain Curie scaling
    if len(chis) != 1 or chis[0] <= 0:
        return None
    return chis[0], temps


def curie_state_question(question: str) -> tuple[str, list[str]]:
    """``(reworded, notes)``: the question with its worded second state written as a value; the
    question unchanged and no notes when it is not a Curie's-law question of that form."""
    if not isinstance(question, str):
        return question, []
    if not _CURIE.search(question) or _NOT_CURIE.search(question):
        return question, []
    if not _TWO_SUSC.search(question):
        return question, []
    scaled = [m for rx in (_ORDERS, _TIMES, _FACTOR) for m in rx.finditer(question)]
    baths = [(m, value, why) for rx, value, why in _BATHS for m in rx.finditer(question)]
    if len(scaled) + len(baths) != 1:
        return question, []  # none, or two worded states: which one is the second is open
    # the factor's own number ('by a factor of 5') is no susceptibility: read the givens without it
    span = scaled[0].span() if scaled else (0, 0)
    read = _one_chi_one_t(question[: span[0]] + " " + question[span[1] :])
    if read is None:
        return question, []
    chi, temps = read
    if temps != 1:
        return question, []  # the question writes the second temperature (or none) itself
    if scaled:
        (m,) = scaled
        factor = _factor(m)
        if factor is None:
            return question, []
        value = chi * factor
        verb = m.group("verb")
        verb = "become" if verb.lower() in ("increase", "rise", "grow") else verb
        reworded = question[: m.start()] + f"{verb} {value:.6g}" + question[m.end() :]
        return reworded, [
            f"read '{m.group(0)}' as a susceptibility of {chi:g} × {factor:g} = {value:.6g}"
        ]
    ((m, value_t, why),) = baths
    if _WRITTEN_T.match(question[m.end() :]):
        return question, []
    reworded = question[: m.end()] + f" ({value_t})" + question[m.end() :]
    return reworded, [f"read '{m.group(0)}' as {value_t} ({why})"]
