"""Heat capacities of ideal gases stated for the wrong kind of gas.

Equipartition fixes the molar heat capacities of an ideal monatomic gas (helium, neon, argon):
three translational degrees of freedom give C_v = 3/2 R, C_p = C_v + R = 5/2 R and
γ = C_p/C_v = 5/3, at any temperature. A diatomic gas has C_v = 5/2 R (rigid) or 7/2 R (with
vibration), so γ = 7/5 or 9/7; when the question states the diatomic gas's γ, C_v = R/(γ − 1) and
C_p = γR/(γ − 1) follow from it. A response clause that names one kind of gas and states its γ,
C_v or C_p (in multiples of R) outside these values is wrong.

A clause is read only when it names exactly one kind of gas and the value follows the quantity
directly ('γ = 7/5', 'C_v = (3)/(2)R', 'the specific heat at constant volume for a diatomic gas
is (7)/(2)R'). γ is dimensionless; C_v and C_p are molar, in units of the gas constant R.
"""

from __future__ import annotations

import re
from fractions import Fraction

from .checks import Check

_MONATOMIC = re.compile(r"\bmono?atomic\b|\bhelium\b|\bneon\b|\bargon\b", re.I)
_DIATOMIC = re.compile(r"\bdiatomic\b", re.I)
_OTHER_KIND = re.compile(r"\b(?:tri|poly)atomic\b|\bmixture\b|\bvan der waals\b", re.I)
_CLAUSE_END = re.compile(r";|,\s*(?:and|while|whereas|but)\b|\.\s+(?=[A-Z])")

_FRACTION = r"\(?\s*(?P<num>\d+)\s*\)?\s*/\s*\(?\s*(?P<den>\d+)\s*\)?"
_DECIMAL = r"(?P<dec>\d+\.\d+|\d+)"
_VALUE = rf"(?:{_FRACTION}|{_DECIMAL})"
_RATIO_NAMES = r"(?:\(C_?[Pp]\)\s*/\s*\(C_?[Vv]\)|C_?[Pp]\s*/\s*C_?[Vv])"
_NOT_MORE = r"(?!\s*(?:R\b|[\d^(/+\-*×·−])|\.\d)"  # the whole value, not its first term
_GAMMA = re.compile(
    rf"(?:(?:γ|\bgamma)(?:_\w+)?\s*=\s*(?:{_RATIO_NAMES}\s*=\s*)?"
    rf"|(?:heat capacity ratio|adiabatic index|ratio of specific heats)[^=.;\d]{{0,30}}?"
    rf"(?:\bis\b|=|equal to)\s*){_VALUE}{_NOT_MORE}"
)
_HEAT = (
    r"(?:molar\s+)?(?:specific heat|heat capacity)(?:\s+capacity)?\s+at\s+constant\s+{what}"
    r"(?:\s+(?:for|of)\s+[^=,;]{{0,40}}?)?"
)
_IN_R = rf"(?:{_FRACTION}\s*R\b|\(\s*(?P<rnum>\d+)\s*R\s*\)\s*/\s*\(\s*(?P<rden>\d+)\s*\)|{_DECIMAL}\s*R\b)"


def _capacity(symbol: str, what: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?:\b{symbol}(?:_\w+)?\s*=|{_HEAT.format(what=what)}\s*(?:\bis\b|=))\s*{_IN_R}",
        re.I,
    )


_CV = _capacity(r"C_?\{?[vV]\}?", "volume")
_CP = _capacity(r"C_?\{?[pP]\}?", "pressure")
_QUESTION_GAMMA = re.compile(rf"diatomic[^.]{{0,40}}?(?:γ|gamma)\s*=\s*{_VALUE}", re.I)


def _value(m: re.Match[str]) -> Fraction | None:
    groups = m.groupdict()
    if groups.get("num") and groups.get("den") and int(groups["den"]):
        return Fraction(int(groups["num"]), int(groups["den"]))
    if groups.get("rnum") and groups.get("rden") and int(groups["rden"]):
        return Fraction(int(groups["rnum"]), int(groups["rden"]))
    if groups.get("dec"):
        return Fraction(groups["dec"])
    return None


def _allowed(kind: str, question: str) -> dict[str, list[Fraction]]:
    """The γ, C_v/R and C_p/R a gas of this kind may have, given what the question states."""
    if kind == "monatomic":
        return {"γ": [Fraction(5, 3)], "C_v": [Fraction(3, 2)], "C_p": [Fraction(5, 2)]}
    stated = _QUESTION_GAMMA.search(question)
    gammas = [Fraction(7, 5), Fraction(9, 7)]
    if stated is not None:
        gamma = _value(stated)
        if gamma is not None and gamma > 1:
            gammas = [gamma]
    return {
        "γ": gammas,
        "C_v": [1 / (g - 1) for g in gammas],
        "C_p": [g / (g - 1) for g in gammas],
    }


def _close(x: Fraction, allowed: list[Fraction]) -> bool:
    """Equal to an allowed value, a decimal being read to its written rounding (1.67 for 5/3)."""
    return any(abs(float(x) - float(a)) <= 0.01 * float(a) for a in allowed)


def gas_heat_capacity_checks(question: str, lines: list[str]) -> list[Check]:
    """One failed check for the first clause that gives a gas kind a γ, C_v or C_p it cannot have."""
    for line in lines:
        for clause in _CLAUSE_END.split(line):
            mono, di = _MONATOMIC.search(clause), _DIATOMIC.search(clause)
            if bool(mono) == bool(di) or _OTHER_KIND.search(clause):
                continue
            kind = "monatomic" if mono else "diatomic"
            allowed = _allowed(kind, question)
            for name, pattern in (("γ", _GAMMA), ("C_v", _CV), ("C_p", _CP)):
                m = pattern.search(clause)
                value = _value(m) if m else None
                if value is None or _close(value, allowed[name]):
                    continue
                unit = "" if name == "γ" else " R"
                expected = " or ".join(f"{a}{unit}" for a in allowed[name])
                return [
                    Check(
                        "gas heat capacity",
                        False,
                        f"'{m.group(0).strip()}' for a {kind} ideal gas: its {name} is "
                        f"{expected}, not {value}{unit}",
                    )
                ]
    return []
