"""The answer tail: print what the request asks, in the form it asks, from the final structure.

A plan builds or edits a structure; the request may ask for a quantity (density,
a/b/c, number of atoms, atoms of one element, volume) at a precision, a yes/no
answer or the structure as text. :func:`complete_outputs` appends the lines that
print exactly that, so the intent check can find it in the output. Densities in
g/cm³, lengths in Å, volumes in Å³.
"""

from __future__ import annotations

import re

from .intent import Intent

YES_NO_PROPERTIES = (
    (r"\bordered\b", "structure.is_ordered", "ordered"),
    (r"\bdisordered\b", "not structure.is_ordered", "disordered"),
    (
        r"\b(cubic|tetragonal|orthorhombic|hexagonal|trigonal|monoclinic|triclinic)\b",
        "SpacegroupAnalyzer(structure).get_crystal_system() == {word!r}",
        "{word}",
    ),
    (
        r"\bcentrosymmetric|inversion\s+(?:centre|center|symmetry)\b",
        "SpacegroupAnalyzer(structure).is_laue()",
        "centrosymmetric",
    ),
    (r"\bvalid\b", "structure.is_valid()", "valid (no atoms closer than 0.5 Å)"),
)


# words that make a distance question one about the nearest neighbours
SHORTEST = (
    r"\b(?:shortest|nearest|minimum|closest|smallest|min)\b|\bbond\s+lengths?\b|"
    r"\bhow\s+far\s+apart\b"
)


def target_elements(intent: Intent) -> list[str]:
    """Elements a neighbour question is about: "Cs-Cl distance", "coordination of Ti"."""
    text = intent.request
    m = re.search(r"\b([A-Z][a-z]?)\s*(?:-|–|—|to)\s*([A-Z][a-z]?)\b", text)
    if m and all(x in intent.elements for x in m.groups()):
        return [m.group(1), m.group(2)]
    m = re.search(r"\bbetween\s+([A-Z][a-z]?)\s+and\s+([A-Z][a-z]?)\b", text)
    if m and all(x in intent.elements for x in m.groups()):
        return [m.group(1), m.group(2)]
    m = re.search(r"\b(?:of|for|around|about)\s+(?:the\s+|each\s+|an?\s+)?([A-Z][a-z]?)\b", text)
    if m and m.group(1) in intent.elements:
        return [m.group(1)]
    return []


def _fmt(decimals: int | None, default: int) -> str:
    return f".{decimals if decimals is not None else default}f"


def unit_factor(intent: Intent, default: str) -> tuple[float, str] | None:
    """(factor, label) turning a value in ``default`` units into the unit the request asks
    ("density in kg/m^3": 1000, "kg/m³"); None when no other unit of that dimension is asked."""
    if intent.out_unit is None:
        return None
    from ...units import get_registry

    try:
        q = get_registry().Quantity(1.0, default).to(intent.out_unit)
    except Exception:  # another dimension: the unit belongs to another quantity
        return None
    if abs(q.magnitude - 1.0) < 1e-12:
        return None
    return float(q.magnitude), f"{q.units:~P}"


def _in_unit(lines: list[str], name: str, label: str, default: str, intent: Intent) -> None:
    """Also print ``name`` (a variable in ``default`` units) in the unit the request asks."""
    factor = unit_factor(intent, default)
    if factor is not None:
        f = _fmt(intent.decimals, 4)
        lines.append(f'print(f"{label}: {{{name} * {factor[0]!r}:{f}}} {factor[1]}")')


def volume_per_atom(intent: Intent) -> bool:
    """ "volume per atom", "atomic volume", "per-atom volume"."""
    return bool(
        re.search(
            r"\bvolume\s+per\s+(?:atom|site)\b|\bper[\s-](?:atom|site)\s+volume\b|\batomic\s+volume\b",
            intent.request,
            re.I,
        )
    )


def answer_lines(intent: Intent, *, eos: bool = False) -> tuple[list[str], list[str]]:
    """(imports, code lines) printing what ``intent`` asks of ``structure``; ([], []) when nothing."""
    lines: list[str] = []
    imports: list[str] = []
    d = intent.decimals
    if "density" in intent.quantities:
        lines.append("density = float(structure.density)  # g/cm³")
        lines.append(f'print(f"density: {{density:{_fmt(d, 4)}}} g/cm³")')
        _in_unit(lines, "density", "density", "g/cm**3", intent)
    if "lattice_lengths" in intent.quantities and eos:
        imports.append("from pymatgen.symmetry.analyzer import SpacegroupAnalyzer")
        lines.append(
            "conventional = SpacegroupAnalyzer(structure).get_conventional_standard_structure()"
        )
        lines.append("# the fitted volume per atom times the atoms of the conventional cell")
        lines.append("a0 = (v0 / len(structure) * len(conventional)) ** (1 / 3)  # Å")
        lines.append(
            f'print(f"lattice constant of the conventional cell: a0 = {{a0:{_fmt(d, 4)}}} Å")'
        )
    if "lattice_lengths" in intent.quantities and not eos:
        lines.append("a, b, c = structure.lattice.abc  # Å")
        f = _fmt(d, 4)
        lines.append(f'print(f"a = {{a:{f}}} Å, b = {{b:{f}}} Å, c = {{c:{f}}} Å")')
        for name in ("a", "b", "c"):
            _in_unit(lines, name, name, "angstrom", intent)
    if "volume" in intent.quantities:
        lines.append("volume = float(structure.volume)  # Å³")
        lines.append(f'print(f"volume: {{volume:{_fmt(d, 3)}}} Å³")')
        _in_unit(lines, "volume", "volume", "angstrom**3", intent)
        if volume_per_atom(intent):
            lines.append("volume_per_atom = volume / len(structure)  # Å³")
            lines.append(f'print(f"volume per atom: {{volume_per_atom:{_fmt(d, 3)}}} Å³")')
            _in_unit(lines, "volume_per_atom", "volume per atom", "angstrom**3", intent)
    if "formula" in intent.quantities:
        lines.append(
            'print(f"formula: {structure.composition.formula} '
            '(reduced: {structure.composition.reduced_formula})")'
        )
    if intent.count_element:
        el = intent.count_element
        lines.append(f"n_{el} = int(structure.composition[{el!r}])")
        lines.append(f'print(f"number of {el} atoms: {{n_{el}}}")')
    elif "n_atoms" in intent.quantities:
        lines.append('print(f"number of atoms: {len(structure)}")')
    if "space_group" in intent.quantities:
        imports.append("from pymatgen.symmetry.analyzer import SpacegroupAnalyzer")
        lines.append("analyzer = SpacegroupAnalyzer(structure)")
        lines.append(
            'print(f"space group: {analyzer.get_space_group_symbol()} '
            '(number {analyzer.get_space_group_number()})")'
        )
    if "coordination" in intent.quantities:
        imports.append("from pymatgen.analysis.local_env import CrystalNN")
        imports.append("from pymatgen.symmetry.analyzer import SpacegroupAnalyzer")
        target = target_elements(intent)
        lines += [
            "# one site per set of symmetry-equivalent sites",
            "orbits = SpacegroupAnalyzer(structure).get_symmetrized_structure().equivalent_indices",
            "coordination = {}",
            "for orbit in orbits:",
            "    el = structure[orbit[0]].species_string",
            f"    if {target!r} and el not in {target!r}:",
            "        continue",
            "    coordination.setdefault(el, set()).add(CrystalNN().get_cn(structure, orbit[0]))",
            "for el, cns in coordination.items():",
            "    print(f\"coordination number of {el}: {', '.join(map(str, sorted(cns)))}\")",
        ]
    if "distance" in intent.quantities and re.search(SHORTEST, intent.request, re.I):
        pair = target_elements(intent)[:2]
        f = _fmt(d, 4)
        lines += [
            "# shortest distance between sites (periodic images included), Å",
            f"pair = {pair!r}",
            "shortest = min(",
            "    n.nn_distance",
            "    for site, neighbours in zip(structure, structure.get_all_neighbors(8.0))",
            "    for n in neighbours",
            "    if not pair or {site.species_string, n.species_string} == set(pair)",
            "    or (len(pair) == 1 and pair[0] in (site.species_string, n.species_string))",
            ")",
            f"print(f\"shortest distance{{' ' + '-'.join(pair) if pair else ''}}: {{shortest:{f}}} Å\")",
        ]
        _in_unit(lines, "shortest", "shortest distance", "angstrom", intent)
    if intent.yes_no:
        for pattern, expr, label in YES_NO_PROPERTIES:
            m = re.search(pattern, intent.request, re.I)
            if m:
                word = m.group(1).lower() if m.groups() and m.group(1) else ""
                if "SpacegroupAnalyzer" in expr:
                    imports.append("from pymatgen.symmetry.analyzer import SpacegroupAnalyzer")
                lines.append(
                    f"answer = bool({expr.format(word=word)})  # is it {label.format(word=word)}?"
                )
                lines.append("print(answer)")
                break
    if intent.print_format in ("poscar", "cif", "json"):
        lines.append(f"print(structure.to(fmt={intent.print_format!r}))")
    elif intent.print_format == "xyz":
        imports.append("from pymatgen.io.xyz import XYZ")
        lines.append("print(XYZ(structure))")
    return imports, lines


_OUTPUT_CLAUSE = re.compile(
    r"^\s*(?:and\s+)?(?:then\s+)?(?:print|report|show|give|output|display|tell\s+me|count)\b",
    re.I,
)


def strip_output_clauses(request: str, intent: Intent) -> str | None:
    """The request without the clauses the answer tail prints itself, or None when none go.

    "..., fit an equation of state and print the lattice constant to three decimals": the
    last clause is about the form of the output, which :func:`answer_lines` writes; left in,
    it can make the recipe planner look for a recipe that prints lattice constants of a formula.
    """
    from .recipe_path import split_clauses

    if not answer_lines(intent, eos="eos" in intent.operations)[1]:
        return None
    clauses = split_clauses(request)
    kept = [c for c in clauses if not _OUTPUT_CLAUSE.search(c)]
    if len(kept) == len(clauses) or not kept:
        return None
    return ", then ".join(kept)


def rounded_outputs(code: str, intent: Intent, outputs: list[str] | tuple[str, ...]) -> str:
    """``code`` plus lines printing its numeric results at the precision the request asks.

    A recipe prints with its own precision ("159.6882 g/mol"); "rounded to two decimals" asks
    for 159.69. The values are the recipe's own variables (``outputs``), numbers or dicts of them.
    """
    if intent.decimals is None or not outputs:
        return code
    d = intent.decimals
    lines = ["# The results at the precision asked"]
    for name in outputs:
        lines += [
            f"if isinstance({name}, (int, float)) and not isinstance({name}, bool):",
            f'    print(f"{name.replace("_", " ")}: {{{name}:.{d}f}}")',
            f"elif isinstance({name}, dict):",
            f"    for key, value in {name}.items():",
            "        if isinstance(value, (int, float)) and not isinstance(value, bool):",
            f'            print(f"{name.replace("_", " ")} {{key}}: {{value:.{d}f}}")',
        ]
    return code.rstrip() + "\n\n" + "\n".join(lines) + "\n"


ANSWER_VARIABLES = ("density", "volume", "volume_per_atom", "coordination", "shortest", "answer")


def answer_variables(code: str) -> list[str]:
    """Names the answer tail of ``code`` assigns (captured by the sandbox run like plan outputs)."""
    return [n for n in ANSWER_VARIABLES if re.search(rf"(?m)^{n} = ", code)]


def complete_outputs(code: str, intent: Intent, current: str | None) -> str:
    """``code`` with the answer tail appended (``current``: "structure", "atoms" or None)."""
    if current is None:
        return code
    eos = "eos" in intent.operations
    imports, lines = answer_lines(intent, eos=eos)
    if not lines:
        return code
    head = []
    if current == "atoms":
        imports.append("from pymatgen.io.ase import AseAtomsAdaptor")
        head.append("structure = AseAtomsAdaptor.get_structure(atoms)")
    tail = "\n".join(["# Answer what was asked", *head, *lines])
    new_imports = [i for i in dict.fromkeys(imports) if i not in code]
    return (
        ("\n".join(new_imports) + "\n" if new_imports else "")
        + code.rstrip()
        + "\n\n"
        + tail
        + "\n"
    )
