"""Space groups: the one detected in a structure, and the one a CIF declares.

Detection uses spglib through pymatgen's ``SpacegroupAnalyzer`` (tolerance ``symprec`` in Å).
Declared symbols are looked up in spglib's table of all 530 settings, so
'P 1 21/n 1', 'P2_1/c', 'P 21 n b', '-P 2yn' or the old 'Fm3m' all resolve to a number.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from . import cifscan

SYMMETRY_SITE_LIMIT = 5_000  # above this many sites, detection is skipped (spglib takes seconds)

# Old names of the five groups whose e-glide symbols changed in 2002 (ITA, 5th ed.).
_OLD_NAMES = {
    "Cmca": "Cmce",
    "Cmma": "Cmme",
    "Ccca": "Ccce",
    "Abma": "Aema",
    "Abba": "Aeaa",
    "Bbcm": "Bbem",
    "Bmab": "Bmeb",
    "Cccb": "Ccce",
}


@dataclass(frozen=True)
class SpaceGroupInfo:
    """A space group: Hermann-Mauguin ``symbol`` (e.g. 'Pnma') and ITA ``number`` (1-230)."""

    symbol: str
    number: int

    def __str__(self) -> str:
        return f"{self.symbol} ({self.number})"


def detect(
    structure: Any, symprec: float = 0.1, angle_tolerance: float = 5.0
) -> SpaceGroupInfo | None:
    """The space group of a periodic ``structure`` within ``symprec`` Å; None if not found."""
    from pymatgen.symmetry.analyzer import SpacegroupAnalyzer

    if not hasattr(structure, "lattice") or len(structure) == 0:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            sga = SpacegroupAnalyzer(structure, symprec=symprec, angle_tolerance=angle_tolerance)
            return SpaceGroupInfo(sga.get_space_group_symbol(), int(sga.get_space_group_number()))
        except Exception:  # spglib gives up on degenerate cells: report "unknown", not an error
            return None


def _norm(symbol: str) -> str:
    symbol = re.sub(r"[\s_]", "", symbol)
    return re.sub(r":[A-Za-z0-9-]+$", "", symbol)


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, int], dict[str, int], dict[int, int]]:
    """(H-M symbol -> number, Hall symbol -> number, number -> first Hall number)."""
    import spglib

    hm: dict[str, int] = {}
    hall: dict[str, int] = {}
    first_hall: dict[int, int] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for h in range(1, 531):
            t = spglib.get_spacegroup_type(h)
            first_hall.setdefault(t.number, h)
            names = [t.international_short, t.international_full, *t.international.split("=")]
            for name in names:
                hm.setdefault(_norm(name), t.number)
            hall.setdefault(_norm(t.hall_symbol).lower(), t.number)
    return hm, hall, first_hall


def number_from_symbol(symbol: str, *, hall: bool = False) -> int | None:
    """ITA number of a Hermann-Mauguin (or, with ``hall=True``, Hall) symbol; None if unknown."""
    hm_table, hall_table, _ = _tables()
    key = _norm(symbol)
    if not key:
        return None
    if hall:
        return hall_table.get(key.lower())
    for candidate in (
        key,
        _OLD_NAMES.get(key, ""),
        key.replace("3", "-3", 1) if "-3" not in key else "",
    ):
        if candidate and candidate in hm_table:
            return hm_table[candidate]
    return None


def short_symbol(number: int) -> str:
    """The standard short symbol of space group ``number`` (e.g. 62 -> 'Pnma')."""
    import spglib

    _, _, first_hall = _tables()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return spglib.get_spacegroup_type(first_hall[number]).international_short


def group_order(number: int) -> int:
    """Symmetry operations of the group in its conventional cell (centring included)."""
    import spglib

    _, _, first_hall = _tables()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return len(spglib.get_symmetry_from_database(first_hall[number])["rotations"])


# ---------------------------------------------------------------- declared in a CIF
SG_NUMBER_TAGS = ("_space_group_it_number", "_symmetry_int_tables_number", "_space_group.it_number")
SG_NAME_TAGS = (
    "_symmetry_space_group_name_h-m",
    "_space_group_name_h-m_alt",
    "_space_group.name_h-m_alt",
    "_symmetry_space_group_name_hall",
    "_space_group_name_hall",
    "_space_group.name_hall",
)


@dataclass
class DeclaredSymmetry:
    """The space group a CIF declares: ITA ``number``, the text it came from, its line."""

    number: int
    text: str
    line: int
    n_operations: int | None = None  # distinct operations listed in the file


def declared_symmetry(text: str) -> DeclaredSymmetry | None:
    """The space group declared in CIF ``text`` (number tag, then H-M, then Hall), or None."""
    block = cifscan.structure_block(text)
    if block is None:
        return None
    found: DeclaredSymmetry | None = None
    for tag in SG_NUMBER_TAGS:
        item = block.items.get(tag)
        if item and item[0].strip().isdigit() and 1 <= int(item[0]) <= 230:
            found = DeclaredSymmetry(int(item[0]), f"No. {int(item[0])}", item[1])
            break
    if found is None:
        for tag in SG_NAME_TAGS:
            item = block.items.get(tag)
            if not item or item[0].strip() in ("?", ".", ""):
                continue
            number = number_from_symbol(item[0], hall="hall" in tag)
            if number:
                found = DeclaredSymmetry(number, f"'{item[0].strip()}'", item[1])
                break
    if found is not None:
        loop = block.loop_with(*cifscan.SYMOP_TAGS)
        if loop is not None:
            tag = next(t for t in cifscan.SYMOP_TAGS if t in loop.tags)
            ops = {
                re.sub(r"[\s'\"]|^\+", "", v).replace(",+", ",").lower()
                for v, _ in loop.column(tag)
            }
            found.n_operations = len(ops) or None
    return found


def declared_symbol(text: str) -> tuple[str, int] | None:
    """The space group a CIF names, as written (known to spglib or not), and its line."""
    block = cifscan.structure_block(text)
    if block is None:
        return None
    for tag in (*SG_NAME_TAGS, *SG_NUMBER_TAGS):
        item = block.items.get(tag)
        if item and item[0].strip() not in ("?", ".", ""):
            value = item[0].strip()
            return (f"No. {value}" if tag in SG_NUMBER_TAGS else f"'{value}'"), item[1]
    return None
