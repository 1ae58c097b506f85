"""Checks on every structure that passes through: ``check_structure(obj) -> StructureReport``.

What is checked (codes in brackets):

- reading: the input could not be read or parsed [``missing_file``, ``too_large``, ``empty``,
  ``parse_error``, ``no_sites``, ``zero_volume``, ...], with the CIF line when it can be found;
  parser remarks [``cif_syntax``, ``stoichiometry_mismatch``, ``implicit_hydrogens``,
  ``symmetry_defaulted_p1``, ``labels_read_as_elements``, ``possibly_truncated``, ...]
- unknown element symbols [``unknown_element``]
- atoms closer than ``min_distance_fraction`` x the sum of their covalent radii
  [``close_atoms``]; sites on top of each other (< 0.5 Å) [``overlapping_sites``]
- zero or tiny cell volume [``zero_volume``, ``tiny_volume``]; unusual density [``unusual_density``]
- charge neutrality under common oxidation states [``charge_balance``]
- partial occupancies [``partial_occupancy``]
- the space group declared in a CIF against the one found in the parsed structure
  [``symmetry_mismatch``, ``symmetry_higher_than_declared``]

``check_structure`` never raises for bad input: every problem is an entry of the report.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

from . import cifdiag, cifscan
from .cifdiag import CifFinding
from .inputs import MAX_FILE_BYTES, LoadedStructure, StructureInputError, load
from .report import MAX_LISTED, SEVERITIES, StructureProblem, StructureReport
from .summary import structure_summary
from .symmetry import SG_NAME_TAGS, SYMMETRY_SITE_LIMIT, SpaceGroupInfo, declared_symmetry

OVERLAP_DISTANCE = 0.5  # Å: two sites this close are on top of each other
SPGLIB_QUICK_SITES = 2_000  # above this, the space group is searched only for supercells
MIN_VOLUME_PER_ATOM = 2.0  # Å^3: no known solid is denser in atoms than this
DENSITY_RANGE = (0.5, 25.0)  # g/cm^3: outside this, a bulk solid is unusual
# Volume per atom over the elements' solid volumes (expected_volume_per_atom): real CIFs
# measured 0.38 (Ca2NbAlO6) to 1.58 (a molecular crystal); MOF-5 is about 2.4.
VOLUME_RATIO_RANGE = (0.25, 3.0)
AVOGADRO = 6.02214076e23  # 1/mol (exact, SI 2019)


# ---------------------------------------------------------------- entry point
def check_structure(
    obj: Any,
    *,
    symprec: float = 0.1,
    min_distance_fraction: float = 0.5,
    max_bytes: int = MAX_FILE_BYTES,
) -> StructureReport:
    """Check a structure (anything :func:`~.inputs.load` accepts); never raises for bad input.

    ``symprec`` (Å) is the tolerance of the space-group search; atoms closer than
    ``min_distance_fraction`` times the sum of their covalent radii are reported.
    """
    try:
        loaded = load(obj, max_bytes=max_bytes)
    except StructureInputError as exc:
        return unreadable_report(obj, exc)
    return check_loaded(loaded, symprec=symprec, min_distance_fraction=min_distance_fraction)


def check_loaded(
    loaded: LoadedStructure, *, symprec: float = 0.1, min_distance_fraction: float = 0.5
) -> StructureReport:
    """Check an already loaded structure (what :func:`~.inputs.load` returned)."""
    import numpy as np

    with np.errstate(all="ignore"):  # degenerate cells divide by zero inside pymatgen
        return _check_loaded(loaded, symprec, min_distance_fraction)


def _check_loaded(
    loaded: LoadedStructure, symprec: float, min_distance_fraction: float
) -> StructureReport:
    report = StructureReport(loaded.source, structure=loaded.structure)
    if loaded.error is not None:
        report.problems.append(_from_input_error(loaded.error))
    ctx = _Context(loaded, symprec, min_distance_fraction)
    for check in _CHECKS:
        if ctx.structure is None and check not in _TEXT_CHECKS:
            continue
        try:
            report.problems.extend(check(ctx))
        except Exception as exc:  # a failing check is reported, never raised
            report.problems.append(
                StructureProblem(
                    "check_failed",
                    f"the {check.__name__.strip('_')} check could not run: "
                    f"{' '.join(str(exc).split())[:200]}",
                    "warning",
                )
            )
    if ctx.structure is not None:
        report.space_group = ctx.space_group
        try:
            report.summary = structure_summary(ctx.structure, ctx.space_group)
        except Exception as exc:
            report.problems.append(
                StructureProblem(
                    "check_failed", f"the summary could not be computed: {exc}", "warning"
                )
            )
    order = {s: i for i, s in enumerate(SEVERITIES)}
    report.problems.sort(key=lambda p: order[p.severity])
    return report


def unreadable_report(obj: Any, exc: StructureInputError) -> StructureReport:
    """The report for an input that could not even be read (missing file, too large, ...)."""
    return StructureReport(_describe(obj), [_from_input_error(exc)])


def _describe(obj: Any) -> str:
    if isinstance(obj, str) and "\n" not in obj and len(obj) < 300:
        return obj
    return type(obj).__name__


def _from_input_error(exc: StructureInputError) -> StructureProblem:
    return StructureProblem(exc.code, str(exc), "error", cif_lines=exc.lines)


# ---------------------------------------------------------------- context
class _Context:
    """The loaded structure plus lazily computed things several checks share."""

    def __init__(self, loaded: LoadedStructure, symprec: float, fraction: float) -> None:
        self.loaded = loaded
        self.structure = loaded.structure
        self.text = loaded.text if loaded.fmt == "cif" else None
        self.symprec = symprec
        self.fraction = fraction
        self.periodic = hasattr(self.structure, "lattice")
        self._space_group: Any = ...
        self._site_lines: dict[str, int] | None = None
        self._diagnosis: list[CifFinding] | None = None

    @property
    def diagnosis(self) -> list[CifFinding]:
        """Line-aware findings on the CIF text (empty for other inputs)."""
        if self._diagnosis is None:
            self._diagnosis = cifdiag.diagnose(self.loaded.text or "") if self.text else []
        return self._diagnosis

    @property
    def volume_ok(self) -> bool:
        if not self.periodic:
            return True
        volume = float(self.structure.lattice.volume)
        return math.isfinite(volume) and volume > 1e-6 and len(self.structure) > 0

    @property
    def coords_ok(self) -> bool:
        import numpy as np

        return len(self.structure) > 0 and bool(np.isfinite(self.structure.cart_coords).all())

    @property
    def space_group(self) -> SpaceGroupInfo | None:
        from .symmetry import detect

        if self._space_group is ...:
            ok = (
                self.periodic
                and self.volume_ok
                and self.coords_ok
                and len(self.structure) <= SYMMETRY_SITE_LIMIT
                and not _has_dummy(self.structure)
                and self._spglib_affordable()
            )
            self._space_group = detect(self.structure, self.symprec) if ok else None
        return self._space_group

    def _spglib_affordable(self) -> bool:
        """spglib takes minutes on thousands of unrelated sites (measured: 5,000 random sites
        37 s): above SPGLIB_QUICK_SITES it runs only for cells with a lattice translation
        (supercells), which it handles in a fraction of a second."""
        if len(self.structure) <= SPGLIB_QUICK_SITES:
            return True
        from .bonds import has_translation

        return has_translation(self.structure)

    def lines_of_sites(self, sites: list[int] | tuple[int, ...]) -> tuple[int, ...]:
        """CIF lines of the atom-site rows that generated ``sites`` (by label)."""
        if self.text is None:
            return ()
        if self._site_lines is None:
            self._site_lines = cifscan.site_lines(self.text)
        lines = set()
        for i in sites:
            label = getattr(self.structure[i], "label", None)
            if label in self._site_lines:
                lines.add(self._site_lines[label])
        return tuple(sorted(lines))


def _has_dummy(structure: Any) -> bool:
    return any(type(sp).__name__ == "DummySpecies" for sp in structure.composition)


def _label(structure: Any, i: int) -> str:
    site = structure[i]
    label = getattr(site, "label", None)
    return f"{label or site.species_string}#{i}"


# ---------------------------------------------------------------- checks on the text
def _parser_messages(ctx: _Context) -> list[StructureProblem]:
    """pymatgen's parse warnings, turned into named problems with CIF lines."""
    text = ctx.loaded.text or ""
    problems = []
    syntax_lines, syntax_words, renamed = [], [], []
    for message in ctx.loaded.messages:
        if message.startswith("Possible issue in CIF file at line:"):
            word = message.split(":", 1)[1].strip()
            line = cifscan.find_line(text, word)
            syntax_words.append(word)
            if line:
                syntax_lines.append(line)
        elif re.fullmatch(r"\S+ parsed as \S+", message):
            renamed.append(message.replace(" parsed as ", " → "))
        elif message.startswith("Incorrect stoichiometry"):
            problems.append(
                StructureProblem(
                    "stoichiometry_mismatch",
                    "the atoms read do not match the declared formula (_chemical_formula_sum): "
                    + _stoichiometry_text(message),
                    "warning",
                    cif_lines=cifscan.tag_lines(text, ["_chemical_formula_sum"]),
                )
            )
        elif "implicit hydrogen" in message.lower():
            problems.append(
                StructureProblem(
                    "implicit_hydrogens",
                    "the CIF declares hydrogens that have no atom sites "
                    "(implicit hydrogens): the structure lacks them",
                    "warning",
                    cif_lines=cifscan.tag_lines(text, ["_atom_site_attached_hydrogens"])[:1],
                )
            )
        elif "Defaulting to P1" in message:
            problems.append(_symmetry_not_applied(ctx))
        elif "symmetry_space_group_name_H-M used" in message:
            problems.append(
                StructureProblem(
                    "symmetry_from_symbol",
                    "no symmetry operations in the CIF; the atoms were "
                    "generated from the space-group symbol",
                    "info",
                    cif_lines=cifscan.tag_lines(text, SG_NAME_TAGS),
                )
            )
        elif "1-line symmetry op P1" in message:
            problems.append(
                StructureProblem(
                    "p1_file",
                    "the CIF lists only the identity operation (P1): every atom is in the file",
                    "info",
                )
            )
        elif (
            message.startswith(("Skipping relative stoichiometry", "Cannot determine chemical"))
            or "is not a valid Element" in message
            or "Missing elements H" in message
            or "No structure parsed" in message
            or message.strip() == "Singular matrix"
        ):
            continue  # covered by other checks or says nothing a user can act on
        elif ctx.structure is not None:
            problems.append(StructureProblem("parser_warning", message[:400], "warning"))
    if syntax_words and not any(f.code == "cif_syntax" for f in ctx.diagnosis):
        shown = ", ".join(repr(w) for w in syntax_words[:MAX_LISTED])
        problems.append(
            StructureProblem(
                "cif_syntax",
                f"pymatgen could not tokenise some text ({shown}): a value is probably "
                "badly quoted; the rest of the file was read",
                "warning",
                cif_lines=tuple(sorted(set(syntax_lines))),
            )
        )
    if renamed:
        problems.append(
            StructureProblem(
                "labels_read_as_elements",
                "element symbols were guessed from site labels: " + ", ".join(sorted(set(renamed))),
                "info",
            )
        )
    if ctx.loaded.n_blocks > 1:
        problems.append(
            StructureProblem(
                "multiple_structures",
                f"the CIF holds {ctx.loaded.n_blocks} structures; the first is used",
                "info",
            )
        )
    return problems


def _symmetry_not_applied(ctx: _Context) -> StructureProblem:
    """pymatgen fell back to P1: harmless for a P1 file, an incomplete structure otherwise."""
    from .symmetry import declared_symbol

    raw = declared_symbol(ctx.loaded.text or "")
    declared = declared_symmetry(ctx.loaded.text or "")
    if ctx.structure is None or len(ctx.structure) == 0:  # nothing was read: other errors say why
        return StructureProblem(
            "symmetry_defaulted_p1",
            "pymatgen found no usable symmetry in the CIF (it read no atoms either)",
            "info",
        )
    if raw is None or (declared is not None and declared.number == 1):
        return StructureProblem(
            "symmetry_defaulted_p1",
            "the CIF gives no usable symmetry: read as P1 (only the atoms listed in the file)",
            "info",
        )
    symbol, line = raw
    n = len(ctx.structure) if ctx.structure is not None else 0
    detected = ctx.space_group if ctx.structure is not None else None
    if declared is not None and detected is not None and detected.number == declared.number:
        return StructureProblem(
            "symmetry_defaulted_p1",
            f"the CIF declares space group {symbol} (line {line}), which pymatgen could not "
            f"apply, but the {n} atoms listed already have that symmetry: the file seems to list "
            "the whole cell",
            "warning",
            cif_lines=(line,),
        )
    from .symmetry import short_symbol

    known = (
        f" = {short_symbol(declared.number)} ({declared.number})"
        if declared is not None
        else " (a setting pymatgen does not know)"
    )
    example = (
        f"the standard symbol '{short_symbol(declared.number)}'"
        if declared is not None
        else "a standard Hermann-Mauguin symbol (e.g. 'P 1 21/c 1')"
    )
    return StructureProblem(
        "symmetry_defaulted_p1",
        f"the CIF declares space group {symbol}{known} (line {line}) but gives no symmetry "
        f"operations pymatgen could use, so it was read as P1 with only the {n} atoms listed: "
        "the structure is incomplete (atoms generated by symmetry are missing). Add the "
        f"_symmetry_equiv_pos_as_xyz loop, or write {example}",
        "error",
        cif_lines=(line,),
    )


def _cif_text(ctx: _Context) -> list[StructureProblem]:
    """Line-aware CIF findings (syntax, misspelled/unknown tags, values, cell parameters)."""
    if ctx.text is None:
        return []
    failed = ctx.loaded.error
    problems = []
    for finding in ctx.diagnosis:
        if failed is not None and finding.code == failed.code and finding.lines == failed.lines:
            continue  # already the reading error
        severity = finding.severity
        if finding.code == "cif_syntax" and ctx.structure is not None:
            severity = "warning"  # pymatgen read past it; values near that line may be lost
        message = finding.message
        if finding.code == "cif_syntax" and ctx.structure is not None:
            message += "; pymatgen read the rest of the file"
        problems.append(StructureProblem(finding.code, message, severity, cif_lines=finding.lines))
    return problems


def _stoichiometry_text(message: str) -> str:
    """'declared C73 H61.5 ..., read C296 H252 ...' from pymatgen's dict-laden message."""
    import ast

    found = dict(re.findall(r"(CIF|PMG)=(\{[^}]*\})", message))
    try:
        cif, pmg = ast.literal_eval(found["CIF"]), ast.literal_eval(found["PMG"])
    except (KeyError, ValueError, SyntaxError):
        return message.split(":", 1)[-1].strip()

    def formula(d: dict) -> str:
        return " ".join(f"{el}{n:g}" for el, n in sorted(d.items()))

    return f"declared {formula(cif)} per formula unit, read {formula(pmg)} in the cell"


def _file_integrity(ctx: _Context) -> list[StructureProblem]:
    """Loops that do not add up, and a file that stops mid-line (truncated)."""
    text = ctx.text
    if text is None or ctx.structure is None:
        return []
    problems = []
    for loop in cifscan.broken_loops(text):
        problems.append(
            StructureProblem(
                "malformed_loop",
                f"the loop at line {loop.header_line} has {loop.n_values} values "
                f"for {loop.n_tags} columns",
                "warning",
                cif_lines=(loop.header_line, loop.last_line),
            )
        )
    if ctx.loaded.source.startswith("file") and not text.endswith(("\n", "\r")):
        last = len(text.splitlines())
        problems.append(
            StructureProblem(
                "possibly_truncated",
                "the file does not end with a line break: it may be "
                "truncated (atoms after the last line would be missing)",
                "warning",
                cif_lines=(last,),
            )
        )
    return problems


# ---------------------------------------------------------------- checks on the structure
def _elements(ctx: _Context) -> list[StructureProblem]:
    s = ctx.structure
    if len(s) == 0:
        return [StructureProblem("no_sites", "the structure has no atoms", "error")]
    bad = [
        i
        for i, site in enumerate(s)
        if any(type(sp).__name__ == "DummySpecies" for sp in site.species)
    ]
    if not bad:
        return []
    symbols = sorted(
        {
            str(getattr(sp, "symbol", sp))
            for i in bad
            for sp in s[i].species
            if type(sp).__name__ == "DummySpecies"
        }
    )
    return [
        StructureProblem(
            "unknown_element",
            f"unknown element symbol{'s' if len(symbols) > 1 else ''} "
            f"{', '.join(repr(x) for x in symbols)} on {len(bad)} site{'s' if len(bad) > 1 else ''}",
            "error",
            tuple(bad),
            ctx.lines_of_sites(bad),
        )
    ]


def _coordinates(ctx: _Context) -> list[StructureProblem]:
    import numpy as np

    s = ctx.structure
    if len(s) == 0:
        return []
    bad = np.flatnonzero(~np.isfinite(s.cart_coords).all(axis=1)).tolist()
    if not bad:
        return []
    return [
        StructureProblem(
            "bad_coordinates",
            f"{len(bad)} sites have NaN or infinite coordinates",
            "error",
            tuple(bad),
            ctx.lines_of_sites(bad),
        )
    ]


def _cell(ctx: _Context) -> list[StructureProblem]:
    if not ctx.periodic:
        return []
    s = ctx.structure
    volume = float(s.lattice.volume)
    cell_lines = cifscan.tag_lines(ctx.text, cifscan.CELL_TAGS) if ctx.text else ()
    if not math.isfinite(volume) or volume <= 1e-6:
        return [
            StructureProblem(
                "zero_volume",
                f"the unit cell has zero volume (a, b, c = {_abc(s)} Å; α, β, γ = {_angles(s)}°)",
                "error",
                cif_lines=cell_lines,
            )
        ]
    problems = []
    if len(s) and volume / len(s) < MIN_VOLUME_PER_ATOM:
        problems.append(
            StructureProblem(
                "tiny_volume",
                f"the cell volume is {volume:.3g} Å³ for {len(s)} atoms "
                f"({volume / len(s):.2f} Å³ per atom; solids have more than {MIN_VOLUME_PER_ATOM} Å³)",
                "error",
                cif_lines=cell_lines,
            )
        )
    elif len(s) and not _has_dummy(s):
        problems += _density(s, volume, cell_lines)
    return problems


def _density(s: Any, volume: float, cell_lines: tuple[int, ...]) -> list[StructureProblem]:
    """Density outside bulk-solid range; volume per atom far from what the composition needs."""
    problems = []
    density = float(s.density)
    lo, hi = DENSITY_RANGE
    if not lo <= density <= hi:
        word = "low" if density < lo else "high"
        problems.append(
            StructureProblem(
                "unusual_density",
                f"the density is unusually {word}: {density:.3g} g/cm³ "
                f"(bulk solids: {lo}-{hi}; slabs, molecules in a box and porous frameworks are "
                "lower)",
                "warning",
                cif_lines=cell_lines,
            )
        )
    expected = expected_volume_per_atom(s.composition)
    if expected is None:
        return problems
    unusual = problems[:]
    per_atom = volume / s.composition.num_atoms
    ratio = per_atom / expected
    lo_r, hi_r = VOLUME_RATIO_RANGE
    if not lo_r <= ratio <= hi_r:
        if ratio > hi_r:
            why = (
                "too much empty space for its atoms: atoms are probably missing (an asymmetric "
                "unit read without its symmetry), or it is a slab, a molecule in a box or a "
                "porous framework"
            )
        else:
            why = "atoms packed far tighter than in any known solid: the cell is probably too small"
        problems.append(
            StructureProblem(
                "implausible_volume",
                f"{per_atom:.3g} Å³ per atom (density {density:.3g} g/cm³) is {ratio:.2g}× the "
                f"{expected:.3g} Å³ per atom expected for {s.composition.reduced_formula} from "
                f"the solid elements' volumes (known solids: {lo_r}-{hi_r}×): {why}",
                "warning",
                cif_lines=cell_lines,
            )
        )
        problems = [p for p in problems if p not in unusual]  # one density warning, not two
    return problems


def expected_volume_per_atom(composition: Any) -> float | None:
    """Mean volume per atom (Å³) of the composition's elements in their solid phases.

    From each element's molar volume (pymatgen's periodic-table data, cm³/mol), weighted by
    the composition. Compounds measured here (oxides, sulfides, halides, intermetallics,
    molecular crystals) have 0.38-1.6 times this; None when an element has no molar volume.
    """
    total, n = 0.0, 0.0
    for el, amount in composition.element_composition.items():
        molar = getattr(el, "molar_volume", None)
        if not molar:
            return None
        total += amount * float(molar) * 1e24 / AVOGADRO
        n += amount
    return total / n if n else None


def _abc(s: Any) -> str:
    return ", ".join(f"{x:.4g}" for x in s.lattice.abc)


def _angles(s: Any) -> str:
    return ", ".join(f"{x:.4g}" for x in s.lattice.angles)


def _distances(ctx: _Context) -> list[StructureProblem]:
    """Overlapping sites and atoms closer than a fraction of their covalent-radius sum."""
    import numpy as np

    s = ctx.structure
    if len(s) < 1 or not ctx.volume_ok or not ctx.coords_ok or (len(s) < 2 and not ctx.periodic):
        return []
    radii = _covalent_radii(s)
    cut = max(OVERLAP_DISTANCE, ctx.fraction * 2 * float(radii.max()))
    i, j, d = _pairs_within(s, cut, ctx.periodic)
    keep = i <= j
    i, j, d = i[keep], j[keep], d[keep]
    occupancy = np.array([site.species.num_atoms for site in s])
    partial = occupancy < 0.999
    shared = partial[i] & partial[j] & (occupancy[i] + occupancy[j] <= 1.05)  # split positions
    overlap = (d < OVERLAP_DISTANCE) & ~shared
    close = (d < ctx.fraction * (radii[i] + radii[j])) & ~overlap & ~shared
    problems = []
    for mask, code, what in (
        (overlap, "overlapping_sites", f"closer than {OVERLAP_DISTANCE} Å"),
        (close, "close_atoms", f"closer than {ctx.fraction:g} × the sum of covalent radii"),
    ):
        if not mask.any():
            continue
        order = np.argsort(d[mask])
        pi, pj, pd = i[mask][order], j[mask][order], d[mask][order]
        pairs = "; ".join(
            f"{_label(s, a)}–{_label(s, b)} {x:.2f} Å"
            + (
                f" (limit {ctx.fraction * (radii[a] + radii[b]):.2f} Å)"
                if code == "close_atoms"
                else ""
            )
            for a, b, x in zip(pi[:MAX_LISTED], pj[:MAX_LISTED], pd[:MAX_LISTED], strict=True)
        )
        more = f" and {len(pi) - MAX_LISTED} more" if len(pi) > MAX_LISTED else ""
        sites = sorted({int(x) for x in (*pi, *pj)})
        problems.append(
            StructureProblem(
                code,
                f"{len(pi)} pair{'s' if len(pi) > 1 else ''} of atoms {what}: {pairs}{more}",
                "error",
                tuple(sites),
                ctx.lines_of_sites(sites),
            )
        )
    return problems


def _covalent_radii(s: Any) -> Any:
    """Covalent radius (Å, Cordero et al. via ASE) of each site's main species."""
    import numpy as np
    from ase.data import covalent_radii

    out = np.empty(len(s))
    for k, site in enumerate(s):
        sp = max(site.species.items(), key=lambda kv: kv[1])[0]
        z = getattr(sp, "Z", 0)
        out[k] = covalent_radii[z] if isinstance(z, int) and 0 < z < len(covalent_radii) else 1.0
    return out


def _pairs_within(s: Any, cut: float, periodic: bool) -> tuple[Any, Any, Any]:
    """(i, j, distance) for site pairs within ``cut`` Å (periodic images included)."""
    import numpy as np

    if periodic:
        i, j, _, d = s.get_neighbor_list(cut)
        return i.astype(int), j.astype(int), d
    from scipy.spatial import cKDTree

    coords = np.asarray(s.cart_coords)
    pairs = cKDTree(coords).query_pairs(cut, output_type="ndarray")
    if len(pairs) == 0:
        return np.zeros(0, int), np.zeros(0, int), np.zeros(0)
    d = np.linalg.norm(coords[pairs[:, 0]] - coords[pairs[:, 1]], axis=1)
    return pairs[:, 0], pairs[:, 1], d


def _occupancy(ctx: _Context) -> list[StructureProblem]:
    s = ctx.structure
    partial = [
        i for i, site in enumerate(s) if len(site.species) > 1 or site.species.num_atoms < 0.999
    ]
    if not partial:
        return []
    examples = ", ".join(f"{_label(s, i)} ({s[i].species_string})" for i in partial[:3])
    return [
        StructureProblem(
            "partial_occupancy",
            f"{len(partial)} of {len(s)} sites are partially occupied or mixed, "
            f"e.g. {examples}; they are drawn translucent",
            "info",
            tuple(partial),
            ctx.lines_of_sites(partial),
        )
    ]


def _charge(ctx: _Context) -> list[StructureProblem]:
    from .charge import check_charge_balance

    s = ctx.structure
    if not ctx.periodic or len(s) == 0:
        return []
    result = check_charge_balance(s.composition)
    if result.neutral is not False:
        return []
    return [
        StructureProblem(
            "charge_balance",
            f"{result.formula} cannot be charge-neutral with common oxidation "
            "states of its elements (missing or extra atoms, or an unusual valence)",
            "warning",
        )
    ]


def _symmetry(ctx: _Context) -> list[StructureProblem]:
    """The declared space group against the one found in the parsed atoms."""
    from .symmetry import detect, group_order, short_symbol

    if ctx.text is None or not ctx.periodic:
        return []
    declared = declared_symmetry(ctx.text)
    if declared is None:
        return []
    detected = ctx.space_group
    if detected is None:
        return []
    if detected.number == declared.number:
        return []
    for symprec in (0.01, 2 * ctx.symprec):  # the declared group may need another tolerance
        other = detect(ctx.structure, symprec)
        if other is not None and other.number == declared.number:
            return []
    name = f"{short_symbol(declared.number)} ({declared.number})"
    said = f"declares {declared.text}" + ("" if declared.text.startswith("No.") else f" = {name}")
    if declared.text.startswith("No."):
        said = f"declares space group {name}"
    lines = (declared.line,)
    if declared.number == 1:
        return [
            StructureProblem(
                "symmetry_higher_than_declared",
                f"the CIF {said}; the atoms have {detected} "
                f"symmetry (within {ctx.symprec} Å): the file lists every atom, which is harmless",
                "info",
                cif_lines=lines,
            )
        ]
    declared_order, detected_order = group_order(declared.number), group_order(detected.number)
    if detected_order < declared_order:
        hint = ""
        if declared.n_operations and declared.n_operations < declared_order:
            hint = (
                f"; the file lists {declared.n_operations} distinct symmetry operations, the "
                f"declared group has {declared_order}"
            )
        return [
            StructureProblem(
                "symmetry_mismatch",
                f"the CIF {said}, but the parsed structure has {detected}: "
                f"symmetry was lost while reading, so atoms are probably missing or misplaced{hint}",
                "error",
                cif_lines=lines,
            )
        ]
    return [
        StructureProblem(
            "symmetry_higher_than_declared",
            f"the CIF {said}, but the atoms have the higher "
            f"symmetry {detected} (within {ctx.symprec} Å)",
            "warning",
            cif_lines=lines,
        )
    ]


def _operations(ctx: _Context) -> list[StructureProblem]:
    """The symmetry operations the file lists against those the atoms read actually have."""
    import warnings

    if ctx.text is None or not ctx.periodic or ctx.space_group is None:
        return []
    estimate = cifdiag.expansion_estimate(ctx.text)
    if estimate is None or estimate.from_symbol or estimate.operations <= 1:
        return []
    from pymatgen.symmetry.analyzer import SpacegroupAnalyzer

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            found = len(
                SpacegroupAnalyzer(ctx.structure, symprec=ctx.symprec).get_symmetry_operations()
            )
        except Exception:  # spglib gave up: the space-group check already says unknown
            return []
    if found >= estimate.operations:
        return []
    lines = cifscan.tag_lines(ctx.text, cifscan.SYMOP_TAGS)
    return [
        StructureProblem(
            "symmetry_operations_lost",
            f"the file lists {estimate.operations} distinct symmetry operations, but the "
            f"{len(ctx.structure)} atoms read have only {found} (within {ctx.symprec} Å): the "
            "operations do not form a group for these atoms (a wrong or missing operation, or "
            "an origin/setting that does not match the coordinates), so atoms are probably "
            "wrong or missing",
            "error",
            cif_lines=lines,
        )
    ]


_CHECKS: list[Callable[[_Context], list[StructureProblem]]] = [
    _cif_text,
    _parser_messages,
    _file_integrity,
    _elements,
    _coordinates,
    _cell,
    _distances,
    _occupancy,
    _charge,
    _symmetry,
    _operations,
]
_TEXT_CHECKS = (_cif_text, _parser_messages)
