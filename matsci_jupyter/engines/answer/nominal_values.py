"""Values written with a tolerance or in engineering notation, read as the plain value they state.

- A measured value with its uncertainty, '(10.0 ± 0.1) mm' or '10.0 ± 0.1 mm', states the nominal
  value 10.0 mm; an exam that asks for a single result (not its uncertainty) is answered with the
  nominal values (the usual practice of a datasheet or a drawing: the tolerance is not propagated).
  The reading is taken only when the tolerance is a small share of the value (at most 20 %: a
  measurement's spread, not a second quantity) and the question asks for nothing the tolerance would
  change: no uncertainty, error, range, bound, worst case, largest or smallest possible value. A stress
  written 'σ_m ± σ_a' ('100 ± 80 MPa', a mean and an amplitude) is a fatigue cycle: a question about
  cycles, amplitudes, alternating or fluctuating loads keeps its text as written.
- Engineering notation puts the prefix on the number ('1.2k N', '2.2k W', '4.7M Ω'): the value is
  1.2 kN, 2.2 kW, 4.7 MΩ. Only k, M and G before a plain SI unit symbol are read so.

:func:`nominal_question` returns the question reworded with the plain values, and the notes that say
what was read, or the question unchanged and no notes.
"""

from __future__ import annotations

import re

_NUMBER = r"\d+(?:\.\d+)?(?:\s*(?:×|x)\s*10\s*\^?\s*[-−]?\d+|[eE][-−+]?\d+)?"
_NUM = re.compile(
    r"^\s*(?P<m>\d+(?:\.\d+)?)(?:\s*(?:×|x)\s*10\s*\^?\s*(?P<e>[-−]?\d+)|[eE](?P<e2>[-−+]?\d+))?\s*$"
)

# '(10.0 ± 0.1) mm' and '10.0 ± 0.1 mm' (also '+/-' and '+-')
_PM = r"(?:±|\+/-|\+/−|\+-)"
_TOLERANCED = re.compile(
    rf"(?P<open>\(\s*)?(?<![\w.])(?P<value>{_NUMBER})\s*{_PM}\s*(?P<tol>{_NUMBER})(?(open)\s*\))"
    r"(?=\s*[A-Za-zµμΩÅ°%])"
)
# asks whose answer the tolerance changes, and cycles whose 'mean ± amplitude' is no tolerance
_TOLERANCE_MATTERS = re.compile(
    r"\b(?:uncertaint\w*|errors?|toleranc\w*|ranges?|bounds?|worst|best[- ]case|possible|"
    r"maxim\w*|minim\w*|largest|smallest|highest|lowest|upper|lower|limits?|spread|deviation|"
    r"precision|accuracy|propagat\w*|within|cycl\w*|amplitude|alternating|fluctuat\w*|"
    r"oscillat\w*|reversed|fatigue|mean\s+stress)\b",
    re.I,
)
_NOMINAL = re.compile(r"\bnominal\b", re.I)
MAX_TOLERANCE_SHARE = 0.2

# '1.2k N', '2.2k W', '4.7M Ω', '3.3G Hz': a prefix written on the number, a space, an SI symbol
_ENGINEERING = re.compile(
    r"(?<![\w.])(?P<value>\d+(?:\.\d+)?)(?P<prefix>[kMG])\s+(?P<unit>N|W|J|V|A|Ω|Pa|Hz|C|F|H|T|Wb|eV)"
    r"(?![\w/·*^])"
)


def _magnitude(text: str) -> float | None:
    m = _NUM.match(text)
    if m is None:
        return None
    exponent = m.group("e") or m.group("e2") or "0"
    return float(m.group("m")) * 10.0 ** int(exponent.replace("−", "-"))


def _without_tolerances(question: str, notes: list[str]) -> str:
    found = list(_TOLERANCED.finditer(question))
    if not found:
        return question
    if _TOLERANCE_MATTERS.search(question) and not _NOMINAL.search(question):
        return question
    out: list[str] = []
    last = 0
    for m in found:
        value, tol = _magnitude(m.group("value")), _magnitude(m.group("tol"))
        if value is None or tol is None or value <= 0 or tol > MAX_TOLERANCE_SHARE * value:
            return question  # a spread as large as the value is no measurement tolerance
        out.append(question[last : m.start()])
        out.append(m.group("value"))
        last = m.end()
        notes.append(
            f"'{m.group(0).strip()}' read as its nominal value {m.group('value')} "
            "(the tolerance is not propagated)"
        )
    out.append(question[last:])
    return "".join(out)


def _without_engineering_notation(question: str, notes: list[str]) -> str:
    def plain(m: re.Match[str]) -> str:
        notes.append(
            f"'{m.group(0)}' read as {m.group('value')} {m.group('prefix')}{m.group('unit')}"
        )
        return f"{m.group('value')} {m.group('prefix')}{m.group('unit')}"

    return _ENGINEERING.sub(plain, question)


def nominal_question(question: str) -> tuple[str, list[str]]:
    """``question`` with values written with a tolerance read as their nominal values and prefixes
    written on a number moved to the unit, and the notes that say so; unchanged, with no notes, when
    there is nothing to read so (or a tolerance may matter to the ask)."""
    notes: list[str] = []
    text = _without_tolerances(question, notes)
    text = _without_engineering_notation(text, notes)
    return text, notes
