"""The intent check: does what ran match what was asked?

Runs after every sandbox run, recipe plans and model code alike.
:func:`unused_parts` is the static half (before running: every bound number and
the named library appear in the code); :func:`check_intent` adds what the run
produced: the elements of the structure are the named ones, the layer count,
vacuum and cell kind are the ones asked, the printed output holds the asked
quantities at the asked precision, a yes/no question prints a boolean, asked
text is printed, asked files exist and parse. Each mismatch is one sentence.
Lengths in Å, densities in g/cm³.
"""

from __future__ import annotations

import ast
import math
import re
from typing import Any

from .intent import CELL_ATOMS, Intent
from .verify import Verification

NUMBER_ROLES = (
    "layers",
    "vacuum",
    "lattice_constant",
    "lattice_b",
    "lattice_c",
    "strain",
    "percent",
    "length",
    "radius",
    "angle",
    "factor",
    "count",
    "bound",
    "temperature",
    "energy",
    "steps",
    "index",
)
_PRINTED_NUMBER = re.compile(r"(?<![\w.])-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?(?![\w.])")
_BOOLEAN = re.compile(r"(?m)\b(?:True|False)\b|^\W*(?:[\w ]*[:=]\s*)?(?i:yes|no)\b")


def code_numbers(code: str) -> list[float]:
    """Every numeric literal of ``code`` (negatives included); [] when it does not parse."""
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return []
    out: list[float] = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, (int, float))
            and not isinstance(node.value, bool)
        ):
            out.append(float(node.value))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            out += [float(x) for x in re.findall(r"(?<![\w.])-?\d+(?:\.\d+)?", node.value)[:20]]
    return out + [-x for x in out]


def _has(numbers: list[float], value: float) -> bool:
    return any(math.isclose(n, value, rel_tol=1e-6, abs_tol=1e-9) for n in numbers)


def _used(bound_role: str, value: Any, numbers: list[float], code: str) -> bool:
    if bound_role == "supercell":
        return all(_has(numbers, float(v)) for v in value) or bool(
            re.search(r"\D".join(str(v) for v in value), code)
        )
    if bound_role == "position":
        return all(_has(numbers, float(v)) for v in value)
    if bound_role == "miller":
        return all(_has(numbers, float(v)) for v in value) or "".join(map(str, value)) in code
    v = float(value)
    if bound_role in ("strain", "percent"):
        return any(_has(numbers, c) for c in (v, v * 100, 1 + v, 1 - v, -v))
    return _has(numbers, v)


def unused_parts(intent: Intent, code: str, *, after_run: bool = False) -> list[str]:
    """Bound parts of the request the code never uses (numbers, the named library)."""
    numbers = code_numbers(code)
    missing = []
    for b in intent.numbers:
        # positions are bound but not required verbatim: a prototype builder places its sites
        if b.role in (*NUMBER_ROLES, "supercell", "miller") and not _used(
            b.role, b.value, numbers, code
        ):
            what = f"{b.text} ({b.role.replace('_', ' ')})"
            if what not in missing:
                missing.append(what)
    for text in intent.unbound:
        number = re.match(r"[-+]?\d+(?:\.\d+)?", text.strip())
        if number and not _has(numbers, float(number.group(0))):
            missing.append(f"{text} (a number the request gives that was not understood)")
    if intent.library == "ase" and not re.search(r"^\s*(?:from|import)\s+ase\b", code, re.M):
        missing.append("ASE (the request names it; the code does not use it)")
    if intent.library == "pymatgen" and not re.search(
        r"^\s*(?:from|import)\s+pymatgen\b", code, re.M
    ):
        missing.append("pymatgen (the request names it; the code does not use it)")
    for name in intent.files:
        if name not in code and not name.startswith("POSCAR"):
            missing.append(f"the file {name}")
    from .intent_words import uncovered_words

    missing += [m for m in uncovered_words(intent, code, after_run=after_run) if m not in missing]
    return missing


WRITE_STEPS = ("write_structure", "write_atoms")
# recipe -> the operation of the request it carries out
STEP_OPERATIONS = {
    "vacancy": "remove",
    "remove_species": "remove",
    "substitute_all": "substitute",
    "substitute_some": "substitute",
    "add_adsorbate": "add",
    "insert_atom": "add",
    "slab_pymatgen": "slab",
    "surface_ase": "slab",
    "metal_surface": "slab",
    "supercell": "supercell",
    "apply_strain": "strain",
}


# other words that ask for an operation ("swap every Na for K", "strip all the lithium",
# "double the cell along c", "put Ni on one of the Co sites")
ALSO_ASKS = {
    "substitute": r"\b(?:swap|put|place|exchange|convert|turn|make|change|switch|dop\w+|alloy)\b",
    "remove": r"\b(?:strip|take\s+out|without|delithiat\w*|drop|extract|missing)\b",
    "supercell": r"\b(?:double|triple|quadruple|repeat\w*|replicat\w*|tile|times|along|expand)\b",
    "add": r"\b(?:adsorb\w*|on\s+top|hollow|bridge|decorat\w*)\b",
    "slab": r"\b(?:slab|surface|facet|miller|termination)\b",
    "strain": r"\b(?:strain\w*|stretch\w*|compress\w*|expand\w*|deform\w*|tensile)\b",
}


def unasked_steps(plan: Any, intent: Intent) -> list[str]:
    """Steps of ``plan`` that change the structure in a way the request never asks for.

    (Once "one Fe at the origin" planned a vacancy that removed the only Fe atom, verified.)
    """
    out = []
    for step in plan.steps:
        op = STEP_OPERATIONS.get(step.recipe.id)
        if (
            op
            and op not in intent.operations
            and not re.search(ALSO_ASKS.get(op, "$^"), intent.request, re.I)
        ):
            out.append(
                f"the code also does '{step.recipe.title}', which the request does not ask for"
            )
    return out


def align_plan(plan: Any, intent: Intent) -> list[str]:
    """Make a recipe plan follow the intent where a step left a bound part at its default.

    A cubic cell asked sets the builder's ``cubic`` flag; a write step the request never asked
    for (no file, no "save/write") is dropped, so a yes/no question is not answered by writing
    a CIF. Returns notes for the explanation.
    """
    notes = []
    wants_file = bool(intent.out_files) or "write" in intent.operations
    kept = [s for s in plan.steps if s.recipe.id not in WRITE_STEPS or wants_file]
    if kept and len(kept) < len(plan.steps):
        plan.steps[:] = kept
        notes.append("No file is written: the request does not ask for one.")
    for step in plan.steps:
        slots = {slot.name: slot for slot in step.recipe.slots}
        if (
            intent.cell == "conventional"
            and "cubic" in slots
            and not step.values.get("cubic")
            and not intent.files
        ):
            step.values["cubic"] = True
            notes.append("The cubic (conventional) cell is built, as asked.")
    return notes


def _structures(v: Verification) -> dict[str, Any]:
    """Produced structures as pymatgen Structures, by variable name."""
    out = {}
    for name, obj in v.decoded_structures().items():
        if hasattr(obj, "get_chemical_symbols"):
            try:
                from pymatgen.io.ase import AseAtomsAdaptor

                obj = AseAtomsAdaptor.get_structure(obj)
            except Exception:
                continue
        if hasattr(obj, "composition") and hasattr(obj, "lattice"):
            out[name] = obj
    return out


def main_structure(v: Verification, code: str) -> tuple[str, Any] | None:
    """The structure the code leaves in ``structure`` or ``atoms`` (else the last one assigned)."""
    found = _structures(v)
    if not found:
        return None
    for name in ("structure", "atoms", "slab", "supercell"):
        if name in found:
            return name, found[name]
    from .verify import assigned_names

    for name in reversed(assigned_names(code, limit=200)):
        if name in found:
            return name, found[name]
    name = next(iter(found))
    return name, found[name]


def printed_numbers(stdout: str) -> list[tuple[float, int]]:
    """(value, decimals written) of each number printed."""
    out = []
    for m in _PRINTED_NUMBER.finditer(stdout):
        text = m.group(0)
        try:
            value = float(text)
        except ValueError:
            continue
        decimals = len(text.split(".")[1]) if "." in text and "e" not in text.lower() else 0
        out.append((value, decimals))
    return out


def _printed(stdout: str, value: float, decimals: int | None) -> bool:
    for x, d in printed_numbers(stdout):
        if decimals is not None:
            if d == decimals and abs(x - round(value, decimals)) <= 0.51 * 10**-decimals:
                return True
        elif math.isclose(x, value, rel_tol=2e-3, abs_tol=5e-4):
            return True
    return False


def _elements(structure: Any) -> set[str]:
    return {el.symbol for el in structure.composition.elements}


def _file_elements(intent: Intent, inputs: list[str], cwd: str | None) -> set[str] | None:
    """Elements of the structure files the request names or the code read (None: unknown)."""
    names = [n for n in dict.fromkeys([*intent.files, *inputs]) if not n.startswith("_matsci")]
    if not names or cwd is None:
        return None
    from pathlib import Path

    found: set[str] = set()
    for name in names:
        path = Path(cwd) / name
        if not path.is_file():
            return None
        try:
            from pymatgen.core import Structure

            found |= {el.symbol for el in Structure.from_file(str(path)).composition.elements}
        except Exception:
            return None
    return found


def check_intent(
    intent: Intent, v: Verification, code: str, *, cwd: str | None = None
) -> list[str]:
    """Every way the run's results differ from ``intent`` ([] when they match)."""
    if not v.ok:
        return []
    problems = list(unused_parts(intent, code, after_run=True))
    main = main_structure(v, code)
    stdout = v.stdout or ""
    structure = main[1] if main else None
    if structure is not None:
        problems += _structure_problems(intent, structure, cwd, v, code)
    problems += _output_problems(intent, v, structure, stdout)
    return list(dict.fromkeys(problems))


_READS = re.compile(r"from_file|from_str|\bread\(|ase\.io|CifParser|Poscar\.|loadfn")


def _structure_problems(
    intent: Intent, structure: Any, cwd: str | None, v: Verification, code: str
) -> list[str]:
    problems = []
    have = _elements(structure)
    named = set(intent.elements)
    for formula in intent.formulas:
        named |= set(re.findall(r"[A-Z][a-z]?", formula))
    sources = set(intent.substitutions)
    targets = set(intent.substitutions.values())
    from_file = _file_elements(intent, v.inputs, cwd)
    building = not intent.files and not intent.variables and not v.inputs and not v.variables
    building = building and not _READS.search(code)
    if building and named:
        expected = (named - sources) | targets if intent.substitutions else named
        extra = have - expected - targets
        if extra:
            problems.append(
                f"the structure contains {', '.join(sorted(extra))}, which the request does not name"
            )
        missing = (expected - have) - sources
        if missing and not intent.substitutions:
            problems.append(f"the structure has no {', '.join(sorted(missing))}")
    if from_file is not None:
        extra = have - from_file - named
        if extra:
            problems.append(
                f"the result contains {', '.join(sorted(extra))}, which is neither in "
                f"{', '.join(intent.files)} nor named in the request"
            )
    for old, new in intent.substitutions.items():
        if new not in have:
            problems.append(f"no {new} in the result although the request puts {new} for {old}")
        if re.search(r"\b(all|every|each)\b", intent.request, re.I) and old in have:
            problems.append(f"{old} is still in the result although all of it was to be replaced")
    if "slab" in intent.operations and len(structure) > 1:
        problems += _slab_problems(intent, structure, have)
    if building and not set(intent.operations) - {"supercell", "write"}:
        problems += _symmetry_problems(intent, structure)
        problems += _formula_problems(intent, structure)
    counts = CELL_ATOMS.get(intent.prototype or "", {})
    if intent.cell in counts and not intent.files and "slab" not in intent.operations:
        reps = math.prod(intent.supercell) if intent.supercell else 1
        want = counts[intent.cell] * reps
        if len(structure) != want:
            problems.append(
                f"the cell has {len(structure)} atoms; the {intent.cell} {intent.prototype} cell"
                + (f" repeated {'x'.join(map(str, intent.supercell))}" if intent.supercell else "")
                + f" has {want}"
            )
        elif intent.cell in ("conventional", "orthorhombic") and not all(
            abs(x - 90) < 0.5 for x in structure.lattice.angles
        ):
            problems.append(f"the cell is not the {intent.cell} one: its angles are not 90°")
    if intent.lattice_constant is not None and not intent.files and intent.cell == "conventional":
        lengths = structure.lattice.abc
        reps = intent.supercell or (1, 1, 1)
        a = intent.lattice_constant
        follows = any(abs(L / r - a) < 1e-3 * a for L, r in zip(lengths, reps, strict=False))
        if not follows and "eos" not in intent.operations and "strain" not in intent.operations:
            problems.append(
                f"the cell lengths {', '.join(f'{x:.3f}' for x in lengths)} Å do not follow "
                f"the lattice constant {a:g} Å asked"
            )
    return problems


# space group of each prototype's ideal crystal
PROTOTYPE_GROUPS = {
    "fcc": 225,
    "bcc": 229,
    "hcp": 194,
    "diamond": 227,
    "sc": 221,
    "rocksalt": 225,
    "zincblende": 216,
    "wurtzite": 186,
    "cesiumchloride": 221,
    "fluorite": 225,
    "perovskite": 221,
}


def space_group_of(structure: Any) -> tuple[str, int] | None:
    """(symbol, number) from spglib through pymatgen (symprec 0.01 Å), None if it fails."""
    try:
        from pymatgen.symmetry.analyzer import SpacegroupAnalyzer

        sga = SpacegroupAnalyzer(structure, symprec=0.01)
        return sga.get_space_group_symbol(), int(sga.get_space_group_number())
    except Exception:
        return None


def _formula_problems(intent: Intent, structure: Any) -> list[str]:
    """A crystal built for a named compound must have that compound's stoichiometry."""
    if not intent.formulas or intent.substitutions:
        return []
    from pymatgen.core import Composition

    got = structure.composition.reduced_composition
    for formula in intent.formulas:
        try:
            if Composition(formula).reduced_composition.almost_equals(got):
                return []
        except Exception:
            return []
    return [
        f"the structure is {got.reduced_formula}, not the {' or '.join(intent.formulas)} "
        "the request names"
    ]


def _symmetry_problems(intent: Intent, structure: Any) -> list[str]:
    """A crystal built from a given space group (or prototype) must have that symmetry."""
    want = None
    if intent.space_group is not None:
        from .crystal_plan import _space_group_number

        want = _space_group_number(intent.space_group)
        label = f"the space group {intent.space_group} asked"
    elif intent.prototype in PROTOTYPE_GROUPS and not intent.substitutions:
        want = PROTOTYPE_GROUPS[intent.prototype]
        label = f"a {intent.prototype} crystal (space group {want})"
    if want is None:
        return []
    got = space_group_of(structure)
    if got is None or got[1] == want:
        return []
    return [f"the structure's space group is {got[0]} ({got[1]}), not {label}"]


def _heights(structure: Any) -> tuple[list[float], float]:
    """Heights of the atoms along the surface normal (a × b), in Å, and the period along it."""
    import numpy as np

    a, b, c = structure.lattice.matrix
    normal = np.cross(a, b)
    normal /= np.linalg.norm(normal)
    period = abs(float(np.dot(c, normal)))
    return sorted(float(f[2] % 1.0) * period for f in structure.frac_coords), period


def _slab_problems(intent: Intent, structure: Any, have: set[str]) -> list[str]:
    """Layer count, vacuum and a single slab (no vacuum inside) along the surface normal."""
    heights, period = _heights(structure)
    gaps = sorted(
        ((heights[(k + 1) % len(heights)] - h) % period or 0.0, k) for k, h in enumerate(heights)
    )
    problems = []
    vacuum = gaps[-1][0]
    inner = gaps[-2][0] if len(gaps) > 1 else 0.0
    if inner > 4.0 and vacuum > 4.0:
        problems.append(
            f"the cell holds two slabs (a {inner:.1f} Å gap inside besides the vacuum): the "
            "surface was cut from a slab again"
        )
    if intent.vacuum is not None and vacuum < intent.vacuum - 0.5:
        problems.append(
            f"the vacuum gap is {vacuum:.1f} Å, less than the {intent.vacuum:g} Å asked"
        )
    if intent.layers and len(have) == 1:
        layers, last = 0, None
        for h in heights:
            if last is None or h - last > 0.3:
                layers += 1
            last = h
        if layers != intent.layers:
            problems.append(f"the slab has {layers} atomic layers, not the {intent.layers} asked")
    return problems


def _expected_values(intent: Intent, structure: Any) -> list[tuple[str, list[float]]]:
    from .outputs import unit_factor, volume_per_atom

    values: list[tuple[str, list[float]]] = []
    if structure is None:
        return values

    def asked(value: float, default: str) -> float:  # in the unit the request asks, if any
        factor = unit_factor(intent, default)
        return value * factor[0] if factor else value

    if "density" in intent.quantities:
        values.append(("the density", [asked(float(structure.density), "g/cm**3")]))
    if "volume" in intent.quantities:
        volume = float(structure.volume) / (len(structure) if volume_per_atom(intent) else 1)
        label = "the volume per atom" if volume_per_atom(intent) else "the volume"
        values.append((label, [asked(volume, "angstrom**3")]))
    if "n_atoms" in intent.quantities and not intent.count_element:
        values.append(("the number of atoms", [float(len(structure))]))
    if intent.count_element:
        n = sum(1 for s in structure if s.species_string == intent.count_element)
        values.append((f"the number of {intent.count_element} atoms", [float(n)]))
    if "lattice_lengths" in intent.quantities and "eos" not in intent.operations:
        values.append(
            (
                "the lattice lengths a, b, c",
                [asked(float(x), "angstrom") for x in structure.lattice.abc],
            )
        )
    return values


def _eos_lattice_problem(intent: Intent, structure: Any, stdout: str) -> str | None:
    """An EOS fit asked for the (cubic) lattice constant must print one near the cubic cell's."""
    if not ("eos" in intent.operations and "lattice_lengths" in intent.quantities):
        return None
    try:
        from pymatgen.symmetry.analyzer import SpacegroupAnalyzer

        conventional = SpacegroupAnalyzer(structure).get_conventional_standard_structure()
    except Exception:
        return None
    if not all(abs(x - 90) < 0.5 for x in conventional.lattice.angles):
        return None
    estimate = (structure.volume / len(structure) * len(conventional)) ** (1 / 3)
    if any(abs(x - estimate) <= 0.05 * estimate for x, _ in printed_numbers(stdout)):
        return None
    return (
        f"no printed lattice constant is near the conventional (cubic) cell's a ≈ {estimate:.2f} Å "
        "(a primitive-cell length is not the cubic lattice constant)"
    )


def _output_problems(intent: Intent, v: Verification, structure: Any, stdout: str) -> list[str]:
    problems = []
    batch = re.search(r"\b(all|every|each)\b[^.]*\b(files|cifs|structures)\b", intent.request, re.I)
    for label, wanted in [] if batch else _expected_values(intent, structure):
        for value in wanted:
            if not _printed(stdout, value, intent.decimals):
                at = f" to {intent.decimals} decimals" if intent.decimals is not None else ""
                problems.append(f"the output does not print {label} ({value:.4g}){at}")
                break
    eos = _eos_lattice_problem(intent, structure, stdout) if structure is not None else None
    if eos:
        problems.append(eos)
    if intent.decimals is not None and not any(
        d == intent.decimals for _, d in printed_numbers(stdout)
    ):
        problems.append(f"no number is printed with {intent.decimals} decimals as asked")
    if (
        "formula" in intent.quantities
        and structure is not None
        and not batch
        and not _formula_printed(stdout, structure)
    ):
        problems.append(
            f"the output does not print the formula of the result ({structure.composition.formula})"
        )
    if structure is not None and not batch:
        problems += _neighbour_and_symmetry_output(intent, structure, stdout)
    if intent.yes_no and not _BOOLEAN.search(stdout):
        problems.append("the question asks yes/no, and the output prints no True/False answer")
    if intent.print_format and not _looks_like(intent.print_format, stdout):
        problems.append(f"the {intent.print_format.upper()} text is not printed")
    for name in intent.out_files:
        if intent.print_format and name.upper().startswith(intent.print_format.upper()):
            continue  # "print the POSCAR text" names a format, not a file to write
        info = v.files.get(name)
        if info is None:
            problems.append(f"the file {name} asked for was not written")
        elif info.get("parses") is False:
            problems.append(f"the file {name} was written but does not parse")
    return problems


def _neighbour_and_symmetry_output(intent: Intent, structure: Any, stdout: str) -> list[str]:
    """Space group, coordination numbers and shortest distances asked must be printed right."""
    from .outputs import SHORTEST, target_elements, unit_factor

    problems = []
    if "space_group" in intent.quantities:
        got = space_group_of(structure)
        if got is not None:
            symbol, number = got
            named = re.search(rf"(?<![\w/-]){re.escape(symbol)}(?![\w/])", stdout) or re.search(
                rf"(?<![\d.]){number}(?![\d.])", stdout
            )
            if not named:
                problems.append(
                    f"the output does not print the space group ({symbol}, number {number})"
                )
    if "coordination" in intent.quantities and len(structure) <= 200:
        expected = _coordination_numbers(structure, target_elements(intent))
        if expected and not any(
            float(x).is_integer() and int(x) in expected for x, _ in printed_numbers(stdout)
        ):
            problems.append(
                "the output does not print the coordination number "
                f"({', '.join(map(str, sorted(expected)))} by CrystalNN)"
            )
    if "distance" in intent.quantities and re.search(SHORTEST, intent.request, re.I):
        shortest = _shortest_distance(structure, target_elements(intent)[:2])
        factor = unit_factor(intent, "angstrom")
        if shortest is not None and factor:
            shortest *= factor[0]
        if shortest is not None and not _printed(stdout, shortest, intent.decimals):
            problems.append(
                f"the output does not print the shortest distance ({shortest:.4g}"
                + (f" {factor[1]})" if factor else " Å)")
            )
    return problems


def _coordination_numbers(structure: Any, elements: list[str]) -> set[int]:
    try:
        from pymatgen.analysis.local_env import CrystalNN
        from pymatgen.symmetry.analyzer import SpacegroupAnalyzer

        orbits = SpacegroupAnalyzer(structure).get_symmetrized_structure().equivalent_indices
        return {
            int(CrystalNN().get_cn(structure, orbit[0]))
            for orbit in orbits
            if not elements or structure[orbit[0]].species_string in elements
        }
    except Exception:
        return set()


def _shortest_distance(structure: Any, pair: list[str]) -> float | None:
    """Shortest distance (Å) between sites of the pair's elements (any sites when no pair)."""
    try:
        best = None
        for site, neighbours in zip(structure, structure.get_all_neighbors(8.0), strict=False):
            for n in neighbours:
                kinds = {site.species_string, n.species_string}
                if pair and not (kinds == set(pair) or (len(pair) == 1 and pair[0] in kinds)):
                    continue
                best = n.nn_distance if best is None else min(best, n.nn_distance)
        return None if best is None else float(best)
    except Exception:
        return None


def _formula_printed(stdout: str, structure: Any) -> bool:
    """Whether some formula printed (``Li3 Fe4 P4 O16``, ``LiFePO4``) is the result's."""
    from pymatgen.core import Composition

    want = structure.composition
    for m in re.finditer(r"(?:[A-Z][a-z]?\d*(?:\.\d+)?\s?)+", stdout):
        try:
            got = Composition(m.group(0).replace(" ", ""))
        except Exception:
            continue
        if got.almost_equals(want) or (
            got.reduced_composition.almost_equals(want.reduced_composition)
            and "reduced" in stdout.lower()
        ):
            return True
    return False


def _looks_like(fmt: str, stdout: str) -> bool:
    if fmt == "poscar":
        return bool(re.search(r"(?mi)^\s*(direct|cartesian)\s*$", stdout)) and bool(
            re.search(r"(?m)^\s*-?\d+\.\d+\s+-?\d+\.\d+\s+-?\d+\.\d+\s*$", stdout)
        )
    if fmt == "cif":
        return "_cell_length_a" in stdout
    if fmt == "xyz":
        return bool(re.search(r"(?m)^\s*\d+\s*$", stdout))
    if fmt == "json":
        return "{" in stdout
    return True


def apply_intent(result: Any, intent: Intent, *, cwd: str | None = None) -> Any:
    """Set ``result.mismatches`` from the intent check; ``verified`` only when they are none."""
    v = result.verification
    if v is None or not result.code:
        return result
    result.mismatches = check_intent(intent, v, result.code, cwd=cwd)
    result.verified = bool(v.passed and not result.mismatches)
    return result
