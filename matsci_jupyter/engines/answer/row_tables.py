"""A table of labelled rows (materials, phases, peaks) from which the question picks one row.

Property sheets are pasted into questions as tables: a first column of labels (a material, a formula,
a numbered peak) and columns of values headed by a name and a unit, either in Markdown or as columns
set apart by tabs or two or more spaces::

    Material      k (W/m·K)    α (10⁻⁶/K)
    Aluminum      247          23.6
    Copper        398          17.0

and the question then asks about one of them ('a copper plate', 'use peak 4'). The reader looks for
values in sentences, so the row the question names is written as the sentence it stands for
('For Copper: k = 398 W/m·K, α = 17.0 × 10^-6 /K.') in place of the table, and the question is solved
again. Only when every condition holds (precision first):

* the first column holds labels: words or formulas, or numbers under a header that names what is
  counted ('Peak', 'Line', 'Point', 'Sample', 'Specimen', 'No.'), and the labels differ;
* the text outside the table names exactly one row: its label as a word or phrase ('Copper', 'CdS',
  'low-alloy steel'), the element or compound the label's formula stands for ('cadmium sulphide' for
  CdS, 'nickel' for Ni), or '<header word> <number>' ('peak 4'); a question naming two rows (a ratio
  of two materials) or none is left as written;
* a value column is offered only when its header carries a unit ('k (W/m·K)', 'E_g / eV', a scale
  such as 'α (10⁻⁶/K)') and its cell in the row is one number; a header with no unit is never read
  (the number may be anything). A Miller-index column headed 'hkl' is written as '(311) reflection'
  in every version (it names the reflection, it is no value to leave out);
* the question is solved with every offered column of the row, with each one alone and with each
  pair; the answer is given only when every version that gives a number gives the same number (the
  columns that are not needed are then shown irrelevant by the solver's own rules). Versions that
  disagree are refused with the reason; when none gives a number the question's refusal stands.

:func:`solve_from_row` returns the answer (with a note naming the row read), a refusal when the row's
columns lead to different numbers, or None when no such table or row is found.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from .data_tables import find_tables, header_cell
from .text import normalize

_NUMBER = re.compile(
    r"^[-−+]?(?:\d{1,3}(?: \d{3})+|\d+)(?:\.\d+)?(?:\s*[×x*]\s*10\s*\^\s*[-−+]?\d+)?$"
    r"|^[-−+]?\d+(?:\.\d+)?[eE][-+]?\d+$"
)
_COUNTED = {"peak", "line", "point", "sample", "specimen", "no.", "no", "#", "reflection", "run"}
_SCALE = re.compile(r"^(?:×\s*)?10\s*\^\s*(?P<p>[-−+]?\d+)\s*(?P<rest>.*)$")
_MILLER = re.compile(r"^\(?\s*(\d)\s*(\d)\s*(\d)\s*\)?$")
_DEGREES = {"deg", "degree", "degrees", "°"}
_MAX_COLUMNS = 5


def _cell(text: str) -> str:
    return normalize(text.strip()).strip()


def _label_names(label: str) -> list[str]:
    """The ways a question may name a row labelled ``label``: the label itself, and for a formula the
    names of the element or compound it is ('Ni' → 'nickel', 'CdS' → 'cadmium sulphide')."""
    from .substances import _element_names

    names = [label]
    by_symbol: dict[str, list[str]] = {}
    for name, symbol in _element_names().items():
        by_symbol.setdefault(symbol, []).append(name)
    words = label.split()
    if words and words[0] in by_symbol:  # 'Al alloy' → 'aluminium alloy', 'aluminum alloy'
        names += [" ".join([n, *words[1:]]) for n in by_symbol[words[0]]]
    return names


def _formula(label: str) -> str | None:
    """The reduced formula a label written as a chemical formula stands for, or None."""
    if not re.fullmatch(r"(?:[A-Z][a-z]?\d*){1,4}", label):
        return None
    from .substances import element_symbols

    if not all(e in element_symbols() for e in re.findall(r"[A-Z][a-z]?", label)):
        return None
    try:
        from pymatgen.core import Composition

        return str(Composition(label).reduced_formula)
    except Exception:
        return None


def _named_formulas(text: str) -> set[str]:
    """Reduced formulas of the elements and compounds ``text`` names in words or formulas."""
    from .substances import find_substances

    out = set()
    for s in find_substances(text):
        f = _formula(re.sub(r"\.\d+", "", s.formula)) if s.formula != "?" else None
        if f:
            out.add(f)
    return out


def _phrase_in(phrase: str, text: str) -> bool:
    words = [re.escape(w) for w in re.split(r"[\s\-]+", phrase.strip()) if w]
    if not words:
        return False
    pattern = r"(?<![\w\-])" + r"[\s\-]+".join(words) + r"(?![\w\-])"
    return re.search(pattern, text, re.I) is not None


def _rows_named(labels: list[str], counted: str | None, text: str) -> list[tuple[int, str | None]]:
    """(row index, the phrase of the question that names it when it is '<counted> <n>')."""
    found: list[tuple[int, str | None]] = []
    if counted is not None:
        for i, label in enumerate(labels):
            m = re.search(
                rf"(?<![\w\-]){re.escape(counted)}\s*(?:no\.?\s*|#\s*)?{re.escape(label)}(?![\w.])",
                text,
                re.I,
            )
            if m:
                found.append((i, m.group(0)))
        return found
    formulas = _named_formulas(text)
    for i, label in enumerate(labels):
        formula = _formula(label)
        if any(_phrase_in(n, text) for n in _label_names(label)) or (
            formula is not None and formula in formulas
        ):
            found.append((i, None))
    return found


def _value_text(name: str, unit: str, cell: str) -> str | None:
    """'k = 398 W/m·K' for one cell, or None when the column is not read."""
    if re.fullmatch(r"\(?\s*h\s*,?\s*k\s*,?\s*l\s*\)?", name, re.I) and not unit:
        m = _MILLER.match(cell)
        return f"the ({''.join(m.groups())}) reflection" if m else None
    if not unit or not _NUMBER.match(cell):
        return None
    if re.search(r"[=]|^\s*[\d.]", unit) and not _SCALE.match(unit):
        return None  # '(= D/D0)', '(2 × value)': a header that defines the values
    scale = _SCALE.match(unit)
    if scale:
        rest = scale.group("rest").strip()
        if not rest or (re.search(r"\d\s*$", rest) and not re.search(r"\^\s*-?\d+$", rest)):
            return None
        if re.search(r"[eE×x*]", cell):
            return None  # a scaled header over a value in scientific notation: which scale holds?
        value = f"{cell} × 10^{scale.group('p')} {rest}"
    elif unit.lower() in _DEGREES:
        value = f"{cell}°"
    else:
        value = f"{cell} {unit}"
    return f"{name} = {value}" if name else None


def _row_versions(question: str) -> tuple[list[str], str] | None:
    """The question rewritten with the one named row of a labelled table in place of the table, one
    version per choice of its columns, and the row's label; None when no table has one named row."""
    if "\n" not in question:
        return None
    lines = question.split("\n")
    for start, end, rows in find_tables(lines):
        if len(rows) < 2 or len(rows[0]) < 2 or any(len(r) != len(rows[0]) for r in rows):
            continue
        header = [_cell(c) for c in rows[0]]
        labels = [_cell(r[0]) for r in rows[1:]]
        if any(not label for label in labels) or len(set(labels)) != len(labels):
            continue
        counted = None
        if all(_NUMBER.match(label) for label in labels):
            word = header[0].lower().rstrip(".")
            if word not in _COUNTED and f"{word}." not in _COUNTED:
                continue
            counted = header[0].rstrip(".")
        elif any(_NUMBER.match(label) for label in labels):
            continue
        outside = "\n".join([*lines[:start], *lines[end:]])
        named = _rows_named(labels, counted, normalize(outside))
        if len(named) != 1:
            continue
        row, phrase = named[0]
        cells = [_cell(c) for c in rows[row + 1]]
        offered = []
        identity = []  # the Miller indices name the reflection: part of every version
        for head, cell in zip(header[1:], cells[1:], strict=True):
            name, unit = header_cell(head)
            text = _value_text(name, unit, cell)
            if text is not None:
                (identity if text.endswith(" reflection") else offered).append(text)
        if not offered or len(offered) > _MAX_COLUMNS:
            continue
        label = labels[row]
        before = list(lines[:start])
        after = list(lines[end:])
        if phrase is not None:
            # 'use peak 4': the row is now the only one written, so 'the peak' names it
            after = [re.sub(re.escape(phrase), f"the {counted.lower()}", line) for line in after]
            before = [re.sub(re.escape(phrase), f"the {counted.lower()}", line) for line in before]
            lead = f"The {counted.lower()}:"
        else:
            lead = f"For {label}:"
        choices: list[tuple[str, ...]] = [tuple(offered)]
        if len(offered) > 1:
            choices += [(o,) for o in offered]
            choices += [c for c in itertools.combinations(offered, 2) if len(offered) > 2]
        versions = []
        for choice in choices:
            sentence = f"{lead} {', '.join([*choice, *identity])}."
            versions.append("\n".join([*before, sentence, *after]))
        return versions, label
    return None


def solve_from_row(question: str, solve: Callable[[str], Any]) -> Any | None:
    """The answer read from the one row of a labelled table the question names (see the module), a
    refusal when the row's columns lead to different numbers, or None."""
    found = _row_versions(question)
    if found is None:
        return None
    versions, label = found
    answered = []
    for version in versions:
        answer = solve(version)
        if answer.quantity is not None:
            answered.append(answer)
    if not answered:
        return None
    first = answered[0]
    for other in answered[1:]:
        try:
            a = first.quantity.to(other.quantity.units).magnitude
            b = other.quantity.magnitude
        except Exception:
            a, b = 0.0, 1.0
        if abs(a - b) > 1e-9 * max(abs(a), abs(b), 1e-300):
            from .solver import refuse

            return refuse(
                question,
                f"the row '{label}' of the table gives values that lead to different results "
                f"({first.quantity:~.4g} and {other.quantity:~.4g}); which of its values the question "
                "means is not clear, so no number is given",
                unit=first.unit_requested,
            )
    note = f"read the table's row '{label}' as the data of the question"
    return replace(first, question=question, notes=[*first.notes, note])
