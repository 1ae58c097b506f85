"""Data written as a small table of a measured quantity against temperature or time.

Exam questions give measurements as a table rather than in a sentence, either in Markdown::

    | T / °C | D (m²/s) |
    |---|---|
    | 600 | 5.5 × 10⁻¹⁴ |

or as columns aligned with spaces (two or more between cells, one row a line). The reader looks for
values in sentences, so such a table is read as the sentence it stands for: '5.5 × 10⁻¹⁴ m²/s at
600 °C and 4.2 × 10⁻¹² m²/s at 800 °C' ('after 40 s' when the first column is a time), joined to the
sentence that introduces it ('D was measured as: …').

Only a table of exactly two columns is rewritten, and only when its first column is headed by a
temperature or a time with its unit ('T (°C)', 'T / K', 't / s', 'time (h)'), every cell of both
columns below the header is one number, and there are at least two rows. The measured column's unit
comes from its header ('D (m²/s)'); a header with no unit ('N_v/N', 'fraction recrystallised') gives
bare numbers, as a sentence would write a fraction. The measured column's symbol is kept ('D =') when it
is a plain letter, optionally with a subscript; a compound header ('N_v/N') is left out and the
question's own words name the quantity. Every other table (more columns, labelled rows, a cell in
words) is left as written: the question is then read, and refused, as before.

:func:`tables_as_prose` returns the question with each such table rewritten, or the question unchanged.
"""

from __future__ import annotations

import re

from .text import normalize

_NUMBER_CELL = re.compile(
    r"^[-−+]?(?:\d{1,3}(?: \d{3})+|\d+)(?:\.\d+)?(?:\s*[×x*]\s*10\s*\^\s*[-−+]?\d+)?$"
    r"|^[-−+]?\d+(?:\.\d+)?[eE][-+]?\d+$"
)
# 'T (°C)', 'T / K', 'temperature (°C)', 't / s', 'time (min)', 't₀.₅ (min)' is not a time column
_HEADER = re.compile(r"^(?P<name>[^()/]*?)\s*(?:\((?P<unit1>[^()]+)\)|\s/\s*(?P<unit2>.+))?$")
_TEMPERATURE_NAMES = {"t", "temperature", "temp", "temp."}
_TEMPERATURE_UNITS = {"°c", "k", "°f", "kelvin"}
_TIME_NAMES = {"t", "time"}
_TIME_UNITS = {"s", "sec", "min", "h", "hr", "hour", "hours", "minutes", "seconds", "d", "days"}
_SYMBOL = re.compile(r"^[A-Za-zα-ωΑ-Ω](?:_\{?\w{1,4}\}?)?$")


def _cell_text(cell: str) -> str:
    return normalize(cell.strip()).strip()


def _header(cell: str) -> tuple[str, str] | None:
    text = _cell_text(cell)
    m = _HEADER.match(text)
    if m is None:  # 'N_v/N': a name with no unit
        return text, ""
    unit = (m.group("unit1") or m.group("unit2") or "").strip()
    return m.group("name").strip(), unit


def header_cell(cell: str) -> tuple[str, str]:
    """(name, unit) of a table header cell: 'T (°C)' → ('T', '°C'), 'k / W m^-1 K^-1' → ('k', …); a
    header with no unit gives ('N_v/N', '')."""
    found = _header(cell)
    return found if found is not None else (_cell_text(cell), "")


def find_tables(lines: list[str]) -> list[tuple[int, int, list[list[str]]]]:
    """(first line, last line + 1, rows of cells, header first) of the Markdown tables among ``lines``,
    or when there are none of the blocks of columns set apart by tabs or two or more spaces."""
    return _markdown_tables(lines) or _aligned_tables(lines)


def _markdown_tables(lines: list[str]) -> list[tuple[int, int, list[list[str]]]]:
    """(first line, last line + 1, rows of cells) of each Markdown table; the separator row is left out."""
    found = []
    i = 0
    while i < len(lines):
        if not lines[i].strip().startswith("|"):
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].strip().startswith("|"):
            j += 1
        rows = [[c for c in line.strip().strip("|").split("|")] for line in lines[i:j]]
        if len(rows) >= 3 and all(re.fullmatch(r"\s*:?-{3,}:?\s*", c) for c in rows[1]):
            found.append((i, j, [rows[0], *rows[2:]]))
        elif len(rows) >= 3 and not any(re.search(r"-{3,}", c) for r in rows for c in r):
            # pipes without the separator row ('| T (K) | χ |' then '| 400 | 2.0 × 10⁻³ |'): the first
            # row is the header when its cells are no numbers (:func:`_prose` checks the rest)
            found.append((i, j, rows))
        i = j
    return found


def _aligned_tables(lines: list[str]) -> list[tuple[int, int, list[list[str]]]]:
    """(first line, last line + 1, rows of cells) of each block of lines whose cells are set apart by
    two or more spaces, with the same number of cells on every line."""
    found = []
    i = 0
    split = [re.split(r"\s{2,}|\t", line.strip()) if line.strip() else [] for line in lines]
    while i < len(lines):
        if len(split[i]) < 2:
            i += 1
            continue
        j = i + 1
        while j < len(lines) and len(split[j]) == len(split[i]):
            j += 1
        if j - i >= 3:
            found.append((i, j, split[i:j]))
        i = j
    return found


def _prose(rows: list[list[str]]) -> str | None:
    """The sentence a two-column table of a quantity against temperature or time stands for, or None."""
    if len(rows) < 3 or any(len(r) != 2 for r in rows):
        return None
    first, second = _header(rows[0][0]), _header(rows[0][1])
    if first is None or second is None:
        return None
    name, unit = first[0].lower(), first[1].lower()
    if name in _TEMPERATURE_NAMES and unit in _TEMPERATURE_UNITS:
        word = "at"
    elif name in _TIME_NAMES and unit in _TIME_UNITS:
        word = "after"
    else:
        return None
    cells = [[_cell_text(c) for c in r] for r in rows[1:]]
    if not all(_NUMBER_CELL.match(c) for r in cells for c in r):
        return None
    measured, measured_unit = second
    if re.search(r"[×=]|\b10\s*\^|^\s*[\d.]|\*\s*10", measured_unit):
        return None  # '(× 10⁻¹²)' or '(= D/D0)': a header that scales or defines the values
    symbol = f"{measured} = " if _SYMBOL.match(measured) else ""
    parts = [
        f"{symbol}{value}{' ' + measured_unit if measured_unit else ''} {word} {key} {first[1]}"
        for key, value in cells
    ]
    joined = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return joined


def tables_as_prose(question: str) -> str:
    """``question`` with each table of a quantity against temperature or time written as a sentence."""
    if "\n" not in question:
        return question
    lines = question.split("\n")
    tables = _markdown_tables(lines) or _aligned_tables(lines)
    if not tables:
        return question
    found = [(start, end, _prose(rows)) for start, end, rows in tables]
    return with_tables_replaced(question, lines, found)


def with_tables_replaced(
    question: str, lines: list[str], found: list[tuple[int, int, str | None]]
) -> str:
    """``question`` (split into ``lines``) with each table ``lines[start:end]`` whose prose is not None
    written as that one sentence: after a colon when the line before ends in '.' or ':' ('measured
    as:' then the table), else as a sentence of its own; the blank lines that set a table apart go."""
    out: list[str] = []
    last = 0
    changed = False
    for start, end, prose in found:
        if prose is None:
            continue
        out.extend(lines[last:start])
        while out and not out[-1].strip():
            out.pop()
        if out and out[-1].rstrip().endswith((".", ":")):
            out[-1] = f"{out[-1].rstrip()[:-1]}: {prose}."
        else:
            out.append(f"{prose}.")
        last = end
        changed = True
    if not changed:
        return question
    out.extend(lines[last:])
    return "\n".join(out)
