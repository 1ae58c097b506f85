"""Diagnose a CIF's text before (and after) pymatgen reads it: what is wrong, on which line.

pymatgen builds the structure; when a CIF is malformed its messages name a consequence
("No _symmetry_equiv_pos_as_xyz type key found") rather than the cause. This module names
the cause with its line, using two line-aware readers:

- gemmi (``gemmi.cif``) for CIF syntax: an unterminated quote, a tag without a value, a
  loop that does not close; its error message carries the line;
- :mod:`.cifscan` for where tags and values are, and the IUCr core dictionary's data names
  (``data/cif_core_tags.txt``, see ``scripts/build_cif_core_tags.py``) for tags that are
  misspelled (``_cell_lenght_a`` → ``_cell_length_a``?) or unknown.

It also checks what pymatgen accepts silently: cell lengths that are negative, zero or not
finite, angles outside 0-180°, numbers written with a decimal comma (``0,5``), and the
number of atoms a symmetry expansion would produce (operations × listed sites), so a file
that would expand to 10⁶ atoms is refused before pymatgen starts on it.

Everything here is pure text processing: no pymatgen import, well under a second for a
1 MB file.
"""

from __future__ import annotations

import difflib
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from . import cifscan

# Above this many atoms (symmetry operations × listed sites) a CIF is not expanded. pymatgen's
# CIF reading time grows about with the square of the atoms, operations or not (measured here:
# 5,000 atoms 3.8 s, 10,000 15 s, 20,000 48 s; 10^6 would take days).
MAX_EXPANDED_SITES = 10_000

# Tag families that belong to other dictionaries (magnetic CIF, local extensions) or are
# open-ended in the core (database codes): never reported as unknown.
_OPEN_PREFIXES = (
    "_database_code_",
    "_atom_site_moment",
    "_atom_site_rotation",
    "_space_group_magn",
    "_space_group_symop_magn",
    "_parent_space_group",
    "_atom_site_fourier_wave",
    "_atom_site_displace_fourier",
    "_atom_site_occ_fourier",
    "_space_group_ssg",
    "_cell_wave_vector",
    "_cell_modulation",
    "_atom_site_subsystem",
)
# Tags whose values must be numbers (in the structure block).
_NUMERIC_TAGS = (
    *cifscan.CELL_TAGS,
    "_atom_site_fract_x",
    "_atom_site_fract_y",
    "_atom_site_fract_z",
    "_atom_site_cartn_x",
    "_atom_site_cartn_y",
    "_atom_site_cartn_z",
    "_atom_site_occupancy",
    "_atom_site_u_iso_or_equiv",
    "_atom_site_b_iso_or_equiv",
)
_DECIMAL_COMMA = re.compile(r"[-+]?\d*,\d+(?:\(\d+\))?")
_GEMMI_LINE = re.compile(r"^[^:]*:(\d+)")


@dataclass(frozen=True)
class CifFinding:
    """One problem in the text: ``code``, a message naming tag/value and line, ``lines``."""

    code: str
    message: str
    severity: str  # error | warning | info
    lines: tuple[int, ...] = ()


@lru_cache(maxsize=1)
def core_tags() -> frozenset[str]:
    """Lower-case data names of the IUCr core CIF dictionary (DDL1 2.4)."""
    text = resources.files(__package__).joinpath("data/cif_core_tags.txt").read_text("utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.startswith("_"))


@lru_cache(maxsize=1)
def _core_categories() -> frozenset[str]:
    """First word of every core name ('atom', 'cell', 'symmetry', ...)."""
    return frozenset(name.split("_")[1] for name in core_tags())


def _canonical(tag: str) -> str:
    """DDLm's dotted names (``_space_group_symop.operation_xyz``) as DDL1 names."""
    return tag.lower().replace(".", "_")


def suggest_tag(tag: str) -> str | None:
    """The core data name ``tag`` is most probably a misspelling of, or None."""
    names = core_tags()
    low = _canonical(tag)
    family = [n for n in names if n.split("_")[1:2] == low.split("_")[1:2]] or list(names)
    match = difflib.get_close_matches(low, family, n=1, cutoff=0.85)
    return match[0] if match else None


def _is_known(tag: str) -> bool:
    low = _canonical(tag)
    if low in core_tags() or low.startswith(_OPEN_PREFIXES) or low.startswith("_["):
        return True
    parts = low.split("_")
    return len(parts) < 2 or parts[1] not in _core_categories()


# ---------------------------------------------------------------- syntax (gemmi)
def syntax_error(text: str) -> CifFinding | None:
    """gemmi's verdict on the CIF syntax: None when the text parses."""
    try:
        import gemmi
    except ImportError:  # gemmi is a dependency; a broken install loses only this check
        return None
    try:
        gemmi.cif.read_string(text)
    except (ValueError, RuntimeError) as exc:
        message = " ".join(str(exc).split())
        found = _GEMMI_LINE.match(message)
        line = int(found.group(1)) if found else None
        detail = re.sub(r"^[^:]*:\d+(?::\d+)?(?:\(\d+\))?:?\s*", "", message)
        detail = re.sub(r"^in data_\S+:\s*", "", detail)
        where = f" at line {line}" if line else ""
        snippet = _line_text(text, line)
        return CifFinding(
            "cif_syntax",
            f"CIF syntax error{where}: {detail}" + (f" — {snippet!r}" if snippet else ""),
            "error",
            (line,) if line else (),
        )
    return None


def _line_text(text: str, line: int | None, width: int = 80) -> str:
    if not line:
        return ""
    lines = text.splitlines()
    if not 1 <= line <= len(lines):
        return ""
    shown = lines[line - 1].strip()
    return shown if len(shown) <= width else shown[: width - 1] + "…"


# ---------------------------------------------------------------- tags
def tag_findings(text: str) -> list[CifFinding]:
    """Misspelled tags (with a suggestion) and unknown core-category tags, with their lines."""
    misspelled: list[CifFinding] = []
    unknown: dict[str, int] = {}
    seen: set[str] = set()
    for token, line, is_text in cifscan._tokens(text):
        if is_text or not token.startswith("_") or token.lower() in seen:
            continue
        seen.add(token.lower())
        if _is_known(token):
            continue
        guess = suggest_tag(token)
        if guess is not None:
            misspelled.append(
                CifFinding(
                    "misspelled_tag",
                    f"{token} (line {line}) is not a CIF data name: did you mean "
                    f"{_display(guess)}?",
                    "warning",
                    (line,),
                )
            )
        else:
            unknown.setdefault(token, line)
    findings = misspelled
    if unknown:
        shown = ", ".join(f"{tag} (line {line})" for tag, line in list(unknown.items())[:6])
        more = f" and {len(unknown) - 6} more" if len(unknown) > 6 else ""
        findings.append(
            CifFinding(
                "unknown_tag",
                f"tag{'s' if len(unknown) > 1 else ''} not in the CIF core dictionary: "
                f"{shown}{more}; pymatgen ignores them",
                "warning",
                tuple(unknown.values()),
            )
        )
    return findings


@lru_cache(maxsize=1)
def _display_names() -> dict[str, str]:
    text = resources.files(__package__).joinpath("data/cif_core_tags.txt").read_text("utf-8")
    return {line.strip().lower(): line.strip() for line in text.splitlines() if line[:1] == "_"}


def _display(name: str) -> str:
    return _display_names().get(name, name)


# ---------------------------------------------------------------- values
def value_findings(text: str) -> list[CifFinding]:
    """Decimal commas and non-numbers in numeric fields; impossible cell parameters."""
    block = cifscan.structure_block(text)
    if block is None:
        return []
    findings = _decimal_commas(block)
    comma_lines = {line for f in findings for line in f.lines}
    findings += [f for f in cell_findings(block) if not set(f.lines) & comma_lines]
    return findings


def _decimal_commas(block: cifscan.Block) -> list[CifFinding]:
    bad: list[tuple[str, str, int]] = []
    for tag in _NUMERIC_TAGS:
        if tag in block.items:
            value, line = block.items[tag]
            if _DECIMAL_COMMA.fullmatch(value.strip()):
                bad.append((tag, value, line))
    for loop in block.loops:
        for tag in loop.tags:
            if tag in _NUMERIC_TAGS:
                bad += [
                    (tag, v, line) for v, line in loop.column(tag) if _DECIMAL_COMMA.fullmatch(v)
                ]
    if not bad:
        return []
    tag, value, line = bad[0]
    more = f" ({len(bad)} such values, first shown)" if len(bad) > 1 else ""
    return [
        CifFinding(
            "decimal_comma",
            f"{_display(tag)} is {value!r} on line {line}: a decimal comma — CIF numbers use a "
            f"point ({value.replace(',', '.')}){more}",
            "error",
            tuple(sorted({b[2] for b in bad}))[:20],
        )
    ]


def cell_findings(block: cifscan.Block) -> list[CifFinding]:
    """Missing, non-numeric, non-positive or non-finite cell lengths; angles outside 0-180°."""
    findings = []
    lengths = cifscan.CELL_TAGS[:3]
    for tag in cifscan.CELL_TAGS:
        found = block.items.get(tag)
        if found is None:
            if block.has_atom_sites and any(t.startswith("_cell_") for t in block.items):
                typo = _typo_for(block, tag)
                hint = f"; line {typo[1]} has {typo[0]}, a misspelling?" if typo else ""
                findings.append(
                    CifFinding(
                        "missing_cell_parameter",
                        f"{_display(tag)} is missing{hint}",
                        "error",
                        (typo[1],) if typo else (),
                    )
                )
            continue
        value, line = found
        number = _cif_float(value)
        if number is None:
            if value.strip() in ("?", "."):
                what = "unknown ('?')" if value.strip() == "?" else "not given ('.')"
            else:
                what = f"{value!r}, not a number"
            findings.append(
                CifFinding(
                    "bad_cell_parameter",
                    f"{_display(tag)} is {what} (line {line})",
                    "error",
                    (line,),
                )
            )
        elif not math.isfinite(number):
            findings.append(
                CifFinding(
                    "bad_cell_parameter",
                    f"{_display(tag)} is {value} (line {line}): not a finite number",
                    "error",
                    (line,),
                )
            )
        elif tag in lengths and number <= 0:
            findings.append(
                CifFinding(
                    "bad_cell_parameter",
                    f"{_display(tag)} is {value} Å (line {line}): a cell length must be positive",
                    "error",
                    (line,),
                )
            )
        elif tag not in lengths and not 0 < number < 180:
            findings.append(
                CifFinding(
                    "bad_cell_parameter",
                    f"{_display(tag)} is {value}° (line {line}): a cell angle must be between 0 and "
                    "180°",
                    "error",
                    (line,),
                )
            )
    return findings


def _typo_for(block: cifscan.Block, tag: str) -> tuple[str, int] | None:
    """A tag in the block that looks like a misspelling of ``tag``: (tag, line)."""
    for other, (_, line) in block.items.items():
        if other not in core_tags() and suggest_tag(other) == tag:
            return other, line
    return None


def _cif_float(value: str) -> float | None:
    """A CIF number ('5.43(2)') as float; nan/inf for those words; None for text."""
    text = value.strip()
    if text.lower() in ("nan", "inf", "+inf", "-inf", "infinity", "-infinity"):
        return float(text.lower().replace("infinity", "inf"))
    return cifscan._number(text)


# ---------------------------------------------------------------- expansion size
@dataclass(frozen=True)
class ExpansionEstimate:
    """Upper bound of the atoms a symmetry expansion gives: ``operations`` × ``sites``."""

    operations: int
    sites: int
    from_symbol: bool = False  # operations counted from the space-group symbol

    @property
    def atoms(self) -> int:
        return self.operations * self.sites


def expansion_estimate(text: str) -> ExpansionEstimate | None:
    """Operations × listed atom sites of the structure block (before any expansion).

    gemmi counts them (C++, milliseconds for megabytes); a file gemmi cannot parse is
    counted by :mod:`.cifscan` instead (pure Python, about 1.5 s per MB).
    """
    try:
        return _estimate_with_gemmi(text)
    except (ImportError, ValueError, RuntimeError):
        return _estimate_with_cifscan(text)


def _estimate_with_gemmi(text: str) -> ExpansionEstimate | None:
    import gemmi

    from .symmetry import SG_NAME_TAGS, SG_NUMBER_TAGS, group_order, number_from_symbol

    for block in gemmi.cif.read_string(text):
        sites = len(block.find_values("_atom_site_fract_x")) or len(
            block.find_values("_atom_site_Cartn_x")
        )
        if not sites:
            continue
        for tag in cifscan.SYMOP_TAGS:
            values = block.find_values(tag)
            if len(values):
                ops = {re.sub(r"[\s'\"]", "", v).lower() for v in values}
                return ExpansionEstimate(max(len(ops), 1), sites)
        number = None
        for tag in SG_NUMBER_TAGS:
            value = block.find_value(tag)
            if value and value.strip().isdigit() and 1 <= int(value) <= 230:
                number = int(value)
                break
        for tag in SG_NAME_TAGS if number is None else ():
            value = block.find_value(tag)
            if value and gemmi.cif.as_string(value).strip() not in ("?", ".", ""):
                number = number_from_symbol(gemmi.cif.as_string(value), hall="hall" in tag)
                if number:
                    break
        if not number:
            return ExpansionEstimate(1, sites)
        return ExpansionEstimate(group_order(number), sites, from_symbol=True)
    return None


def _estimate_with_cifscan(text: str) -> ExpansionEstimate | None:
    block = cifscan.structure_block(text)
    if block is None:
        return None
    sites_loop = block.loop_with("_atom_site_fract_x", "_atom_site_cartn_x")
    if sites_loop is None:
        return None
    n_sites = len(sites_loop.rows())
    ops_loop = block.loop_with(*cifscan.SYMOP_TAGS)
    if ops_loop is not None:
        tag = next(t for t in cifscan.SYMOP_TAGS if t in ops_loop.tags)
        n_ops = len({re.sub(r"[\s'\"]", "", v).lower() for v, _ in ops_loop.column(tag)})
        return ExpansionEstimate(max(n_ops, 1), n_sites)
    single = block.value(*cifscan.SYMOP_TAGS)
    if single is not None:
        return ExpansionEstimate(1, n_sites)
    from .symmetry import declared_symmetry, group_order

    declared = declared_symmetry(text)
    if declared is None:
        return ExpansionEstimate(1, n_sites)
    return ExpansionEstimate(group_order(declared.number), n_sites, from_symbol=True)


def expansion_finding(text: str, limit: int = MAX_EXPANDED_SITES) -> CifFinding | None:
    """An error when the expansion would exceed ``limit`` atoms, else None."""
    estimate = expansion_estimate(text)
    if estimate is None or estimate.atoms <= limit:
        return None
    source = "of the declared space group" if estimate.from_symbol else "listed in the file"
    return CifFinding(
        "expansion_too_large",
        f"the symmetry expansion would give up to {estimate.atoms:,} atoms "
        f"({estimate.operations:,} operations {source} × {estimate.sites:,} atom sites), above "
        f"the limit of {limit:,}: not expanded (pymatgen would need minutes to hours). If this is "
        "intended, build the structure in code (e.g. a supercell of a smaller cell); otherwise "
        "the symmetry operations or the atom list are probably wrong",
        "error",
    )


# ---------------------------------------------------------------- everything
def diagnose(text: str) -> list[CifFinding]:
    """All findings for a CIF text: syntax, tags, values (expansion size is separate)."""
    findings: list[CifFinding] = []
    syntax = syntax_error(text)
    if syntax is not None:
        findings.append(syntax)
    findings += value_findings(text)
    tags = tag_findings(text)
    missing = {f.lines for f in findings if f.code == "missing_cell_parameter" and f.lines}
    findings += [f for f in tags if not (f.code == "misspelled_tag" and f.lines in missing)]
    return findings
