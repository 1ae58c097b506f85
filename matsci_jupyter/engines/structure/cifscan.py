"""Where things are in a CIF's text: line numbers for tags, loops and atom sites.

pymatgen parses the CIF; its errors rarely say on which line. This module only
locates (tokenises the text into tags, values and loops with 1-based line
numbers) so that problems can point at the lines a user has to fix. It also
notices loops whose value count does not fit their columns (a truncated file).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

CELL_TAGS = (
    "_cell_length_a",
    "_cell_length_b",
    "_cell_length_c",
    "_cell_angle_alpha",
    "_cell_angle_beta",
    "_cell_angle_gamma",
)
SYMOP_TAGS = (
    "_symmetry_equiv_pos_as_xyz",
    "_space_group_symop_operation_xyz",
    "_space_group_symop.operation_xyz",
    "_symmetry_equiv.pos_as_xyz",
)
_TOKEN = re.compile(r"""'.*?'(?=\s|$)|".*?"(?=\s|$)|\S+""")


@dataclass
class Loop:
    """A ``loop_``: its column tags (lower case), values and the lines involved."""

    header_line: int
    tags: list[str] = field(default_factory=list)
    values: list[tuple[str, int]] = field(default_factory=list)  # (value, line)

    @property
    def n_tags(self) -> int:
        return len(self.tags)

    @property
    def n_values(self) -> int:
        return len(self.values)

    @property
    def last_line(self) -> int:
        return self.values[-1][1] if self.values else self.header_line

    @property
    def complete(self) -> bool:
        return self.n_tags > 0 and self.n_values % self.n_tags == 0

    def rows(self) -> list[list[tuple[str, int]]]:
        n = max(self.n_tags, 1)
        return [self.values[i : i + n] for i in range(0, self.n_values - self.n_values % n, n)]

    def column(self, tag: str) -> list[tuple[str, int]]:
        """Values of one column (with their lines), or [] when the loop lacks it."""
        if tag not in self.tags:
            return []
        k = self.tags.index(tag)
        return [row[k] for row in self.rows()]


@dataclass
class Block:
    """One ``data_`` block: single-valued items and loops."""

    name: str
    line: int
    items: dict[str, tuple[str, int]] = field(default_factory=dict)  # tag -> (value, line)
    loops: list[Loop] = field(default_factory=list)

    def loop_with(self, *tags: str) -> Loop | None:
        for loop in self.loops:
            if any(t in loop.tags for t in tags):
                return loop
        return None

    def value(self, *tags: str) -> tuple[str, int] | None:
        """The first of ``tags`` present as a single item (value without quotes, line)."""
        for tag in tags:
            if tag in self.items:
                return self.items[tag]
        return None

    @property
    def has_atom_sites(self) -> bool:
        loop = self.loop_with("_atom_site_fract_x", "_atom_site_cartn_x")
        if loop is None:
            return False
        column = loop.column("_atom_site_fract_x") or loop.column("_atom_site_cartn_x")
        return any(_number(v) is not None for v, _ in column)


def _tokens(text: str) -> Iterator[tuple[str, int, bool]]:
    """(token, line, is_text_field) for every token outside comments."""
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith(";"):  # a multi-line text field: one value
            start = i
            i += 1
            while i < len(lines) and not lines[i].startswith(";"):
                i += 1
            yield "\n".join(lines[start:i])[1:], start + 1, True
            i += 1
            continue
        for match in _TOKEN.finditer(line):
            token = match.group()
            if token.startswith("#"):
                break
            yield token, i + 1, False
        i += 1


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


def blocks(text: str) -> list[Block]:
    """Every data block, in order (an unnamed block if values precede any ``data_``).

    The checks ask several times about the same text: the parse is cached (treat the blocks
    as read-only).
    """
    return list(_blocks(text))


@lru_cache(maxsize=4)
def _blocks(text: str) -> tuple[Block, ...]:
    result: list[Block] = []
    block: Block | None = None
    loop: Loop | None = None
    pending_tag: tuple[str, int] | None = None
    for token, line, is_text in _tokens(text):
        low = token.lower()
        if not is_text and low.startswith("data_"):
            block = Block(token[5:], line)
            result.append(block)
            loop, pending_tag = None, None
            continue
        if block is None:
            block = Block("", line)
            result.append(block)
        if not is_text and low == "loop_":
            loop = Loop(line)
            block.loops.append(loop)
            pending_tag = None
            continue
        if not is_text and token.startswith("_"):
            if loop is not None and not loop.values:
                loop.tags.append(low)
                continue
            loop = None
            pending_tag = (low, line)
            continue
        # a value
        if loop is not None:
            loop.values.append((token if is_text else _unquote(token), line))
        elif pending_tag is not None:
            block.items.setdefault(pending_tag[0], (token if is_text else _unquote(token), line))
            pending_tag = None
    return tuple(result)


def structure_block(text: str) -> Block | None:
    """The first block with atom sites (the one pymatgen reads first), else the first block."""
    all_blocks = blocks(text)
    for block in all_blocks:
        if block.has_atom_sites:
            return block
    return all_blocks[0] if all_blocks else None


def broken_loops(text: str) -> list[Loop]:
    """Loops whose value count is not a multiple of their column count (malformed or truncated)."""
    return [
        loop
        for block in blocks(text)
        for loop in block.loops
        if loop.n_tags and loop.values and not loop.complete
    ]


def has_atom_sites(text: str) -> bool:
    return any(b.has_atom_sites for b in blocks(text))


def tag_lines(text: str, tags: Sequence[str]) -> tuple[int, ...]:
    """Lines (1-based) where any of ``tags`` appear as a tag, in file order."""
    wanted = {t.lower() for t in tags}
    return tuple(
        line for token, line, is_text in _tokens(text) if not is_text and token.lower() in wanted
    )


def bad_cell_values(text: str) -> list[tuple[str, int, str]]:
    """Cell parameters whose value is not a number: (tag, line, value)."""
    block = structure_block(text)
    if block is None:
        return []
    bad = []
    for tag in CELL_TAGS:
        found = block.items.get(tag)
        if found is not None and _number(found[0]) is None:
            bad.append((tag, found[1], found[0]))
    return bad


def site_lines(text: str) -> dict[str, int]:
    """Atom-site label -> line of its row in the ``_atom_site_`` loop."""
    block = structure_block(text)
    loop = block.loop_with("_atom_site_fract_x", "_atom_site_cartn_x") if block else None
    if loop is None:
        return {}
    column = loop.column("_atom_site_label") or loop.column("_atom_site_type_symbol")
    lines: dict[str, int] = {}
    for label, line in column:
        lines.setdefault(label, line)
    return lines


def find_line(text: str, fragment: str) -> int | None:
    """The first line (1-based) containing ``fragment`` as a whole word, or None."""
    fragment = fragment.strip()
    if not fragment:
        return None
    pattern = re.compile(rf"(?<!\w){re.escape(fragment)}(?!\w)")
    for number, line in enumerate(text.splitlines(), 1):
        if pattern.search(line):
            return number
    return None


def at_lines(lines: Sequence[int]) -> str:
    """' (CIF line 12)' / ' (CIF lines 12, 14-16)' / '' for use in messages."""
    if not lines:
        return ""
    ordered = sorted(set(lines))
    parts, start, prev = [], ordered[0], ordered[0]
    for n in [*ordered[1:], None]:
        if n is not None and n == prev + 1:
            prev = n
            continue
        parts.append(f"{start}" if start == prev else f"{start}-{prev}")
        if n is not None:
            start = prev = n
    word = "line" if len(ordered) == 1 else "lines"
    if len(parts) > 6:
        parts = [*parts[:6], "..."]
    return f" (CIF {word} {', '.join(parts)})"


def _number(value: str) -> float | None:
    """A CIF number such as '5.4310(2)' as float; None for '?', '.', or text."""
    match = re.fullmatch(r"([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)(?:\(\d+\))?", value.strip())
    return float(match.group(1)) if match else None
