"""A table pasted as comma-separated values, read as the Markdown table it stands for.

    phase,wt_pct_Sn           | phase | composition (wt% Sn) |
    alpha,18.3          →     |---|---|
    beta,97.8                 | alpha | 18.3 |
                              | beta | 97.8 |

The table readers (:mod:`.data_tables`, :mod:`.phase_tables`, :mod:`.row_tables`,
:mod:`.distribution_tables`) read Markdown and space-aligned tables; a CSV block is rewritten as
Markdown so that the same readers, with all their conditions, apply to it. A header written in
snake case with 'pct' ('wt_pct_Sn', 'at_pct_Ni') is written as the composition it names
('composition (wt% Sn)').

A block is a CSV table only when every condition holds, so that decimal commas ('0,25') and
thousands separators ('10,000') are never split into cells:

* at least three consecutive non-empty lines (a header and two rows), each with the same number
  (one or more) of commas and no '|';
* the header has no digit beside a comma and at least one letter in every cell;
* no cell is empty, longer than 40 characters or holds an '=' (a list of givens in sentences), every
  row below the header has a cell that is a number (with its unit, '2.70 g/cm³'), and no line ends
  in a sentence's punctuation ('.', '?', ':') after a word.

Anything else is left as written. :func:`csv_tables_as_markdown` returns the question rewritten, or
unchanged.
"""

from __future__ import annotations

import re

_PCT_HEADER = re.compile(r"^(wt|at|mol)_?pct_?([A-Z][a-z]?)$")
_NUMBER_CELL = re.compile(r"^[-−+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?(?:\s*\S+)?$")
_SENTENCE_END = re.compile(r"[A-Za-z)]\s*[.?:!]$")


def _header_cell(cell: str) -> str:
    m = _PCT_HEADER.match(cell.strip())
    if m:
        return f"composition ({m.group(1)}% {m.group(2)})"
    return cell.strip()


def _is_row(line: str) -> bool:
    return "," in line and "|" not in line and not _SENTENCE_END.search(line.strip())


def _block_ok(block: list[str]) -> bool:
    counts = {line.count(",") for line in block}
    if len(counts) != 1:
        return False
    header = block[0]
    if re.search(r"\d\s*,|,\s*\d", header):
        return False
    cells = [[c.strip() for c in line.split(",")] for line in block]
    if any(not c or "=" in c or len(c) > 40 for row in cells for c in row):
        return False  # an empty cell, or a sentence with its own '=' givens, is no table cell
    if not all(any(_NUMBER_CELL.match(c) for c in row) for row in cells[1:]):
        return False  # every row below the header has a number of its own
    return all(re.search(r"[A-Za-zα-ωΑ-Ω]", c) for c in cells[0])


def csv_tables_as_markdown(question: str) -> str:
    """``question`` with each comma-separated table written as a Markdown table."""
    if "\n" not in question or "," not in question:
        return question
    lines = question.split("\n")
    out: list[str] = []
    i = 0
    changed = False
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].strip() and _is_row(lines[j]):
            j += 1
        block = [line.strip() for line in lines[i:j]]
        if j - i >= 3 and _block_ok(block):
            rows = [[c.strip() for c in line.split(",")] for line in block]
            rows[0] = [_header_cell(c) for c in rows[0]]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            out.extend("| " + " | ".join(r) + " |" for r in rows[1:])
            changed = True
            i = j
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out) if changed else question
