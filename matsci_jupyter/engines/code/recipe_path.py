"""The offline engine: split the request into clauses, match recipes, fill slots, chain them.

A request such as "read LiFePO4.cif, make a 2x2x1 supercell, remove one Li and
report the new formula and density" becomes read_structure -> supercell ->
vacancy -> formula -> density. Clauses that match no recipe well are merged into
their neighbour. When a required value is missing, the structure to work on is
unclear, or nothing matches, the outcome is a clarifying question, not a guess.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from . import retrieval, slots
from .filling import ASE_ONLY_SUFFIXES, Context, Filled, fill, question, variable
from .namespace import VarInfo
from .plan import Plan, Step
from .recipes import RECIPES, SOURCES, Raw, Recipe
from .safety import refusal

CLAUSE_THRESHOLD = 3.0  # BM25 score for a clause to count as a step of its own
REQUEST_THRESHOLD = 4.5  # the best clause must reach this, or the request is not understood
NEAR_TOP = 0.85  # candidates within this fraction of the best score compete on slot filling
MAX_INPUT_MB = 50  # larger input files are not copied into the sandbox
STRUCTURE_KINDS = ("structure", "atoms")
UNIT_WORDS = {
    "ev",
    "ev/atom",
    "mev",
    "gpa",
    "mpa",
    "k",
    "kj/mol",
    "g",
    "gram",
    "mol",
    "atom",
    "fu",
    "per",
}


@dataclass
class Outcome:
    """A plan, or the question/refusal that replaces it."""

    plan: Plan | None = None
    clarification: str | None = None
    refusal: str | None = None
    suggestions: list[str] = field(default_factory=list)  # recipe titles worth mentioning
    score: float = 0.0
    uncovered: list[str] = field(default_factory=list)  # topics no recipe covers


# Topics a user may ask for that no recipe covers: matching the rest of the request would
# silently answer a different question (e.g. "Ewald sum ... oxidation states" -> oxidation states).
UNCOVERED = re.compile(
    r"\b(phonons?|band\s*(?:structures?|gaps?)|density\s+of\s+states|dos|dft|vasp\s+(?:calculation|"
    r"run|job)s?|quantum\s+espresso|gaussian|neural\s+net\w*|machine\s+learning|train\w*|ewald|"
    r"madelung|elastic\s+(?:tensor|constants?|modul\w+)|neb|transition\s+states?|diffusi\w+|"
    r"conductivit\w+|thermal\s+expansion|magnetic\s+moments?|magneti[sz]ation|spin[\s-]polari[sz]ed|"
    r"charge\s+density|wannier|fermi\s+(?:level|surface)|electronic\s+structure|"
    r"piezoelectric\w*|dielectric|optical|absorption\s+spectr\w+|raman|infrared|nmr|xps|exafs|"
    r"pourbaix|monte\s+carlo|cluster\s+expansion|sqs|special\s+quasi\w*)\b",
    re.I,
)


_SPLIT = re.compile(
    r"\s*[;,](?![^()\[\]]*[)\]])\s*(?:and\s+then\s+|then\s+|and\s+|finally\s+|also\s+)?"
    r"|\s+and\s+then\s+|\s+then\s+|\s+after\s+that\s+|(?<=[a-z)\]])\.\s+"
    r"|\s+and\s+(?!(?:one|two|three|four|a|an|\d)\b)(?=(?:also\s+)?(?:the\s+|its\s+|their\s+)?[a-z])"
)
VERB = re.compile(
    r"\b(read|load|open|parse|make|build|create|generate|construct|convert|turn|write|save|export|"
    r"plot|draw|compute|calculate|find|get|relax|optimi[sz]e|apply|replace|substitute|swap|remove|"
    r"delete|add|insert|put|stick|cut|dope|strain|stretch|compress|simulate|fit|list|tabulate|"
    r"compare|group|run|determine|report|show|print|give|take|scale|expand|reduce|symmetri[sz]e|"
    r"rattle|perturb|balance|enumerate|measure|count|check|summari[sz]e|store|dump|set)\b",
    re.I,
)
PARAMETER = re.compile(r"\d|\bvacuum\b|\blayers?\b|\bin[\s-]plane\b", re.I)
BATCH = re.compile(
    r"\b(all|every|each)\s+(?:of\s+)?(?:the\s+)?(?:\w+\s+)?(files|cifs|structures)\b"
    r"|\bfor\s+(?:all|every|each)\b[^.]*\bfiles?\b",
    re.I,
)


def split_clauses(text: str) -> list[str]:
    """The request cut at commas, "then", "and" (+ lower-case word) and full stops.

    Pieces that only carry parameters ("4 layers", "12 Å vacuum", "O2 -9.87") join the
    clause before them; a request about many files stays whole.
    """
    if BATCH.search(text):
        return [text.strip(" .")]
    pieces = [p.strip(" .") for p in _SPLIT.split(text) if p and p.strip(" .")]
    clauses: list[str] = []
    prefix = ""
    for piece in pieces:
        tokens = [
            t for t in retrieval.tokenize(piece) if not t.startswith("<") and t not in UNIT_WORDS
        ]
        parameter_only = not VERB.search(piece) and (PARAMETER.search(piece) or not tokens)
        if parameter_only:
            if clauses:
                clauses[-1] = f"{clauses[-1]}, {piece}"
            else:
                prefix += piece + ", "
            continue
        clauses.append(prefix + piece)
        prefix = ""
    if prefix:
        clauses.append(prefix.rstrip(", "))
    clauses = [part for clause in clauses for part in _source_first(clause)]
    return clauses or [text.strip()]


_OF = re.compile(r"\s+of\s+", re.I)


def _source_first(clause: str) -> list[str]:
    """ "a 2x2x2 supercell of fcc copper" -> ["fcc copper", "a 2x2x2 supercell"].

    One clause of the form "<operation> of <source>" names two steps: the source words
    alone match a builder recipe (bulk_element, perovskite, graphene...), the operation
    words alone match a recipe that needs a structure. Planned as one clause, the builder
    outranks the operation and the operation is silently dropped. Files and variables
    ("of LiFePO4.cif", "of the structure in variable s") match no builder and stay in the
    clause; the planner puts their read step in front by itself.
    """
    for m in _OF.finditer(clause):
        operation, source = clause[: m.start()].strip(" ,"), clause[m.end() :].strip(" ,.")
        if not operation or not source or VERB.search(source):
            continue
        if _top_recipe(
            source, lambda r: r.kind == "source" and not r.id.startswith(("read", "use_"))
        ) and _top_recipe(operation, lambda r: r.needs is not None):
            return [source, operation]
    return [clause]


def _top_recipe(text: str, wanted) -> bool:
    """Whether the best recipe for ``text`` clears the clause threshold and is ``wanted``."""
    hits = retrieval.rank(text, 1)
    return bool(hits) and hits[0].score >= CLAUSE_THRESHOLD and wanted(RECIPES[hits[0].recipe_id])


@dataclass
class _Pick:
    clause: str
    recipe: Recipe
    filled: Filled
    score: float


def plan_request(
    request: str,
    *,
    variables: list[VarInfo] | None = None,
    cwd: str | os.PathLike[str] | None = None,
) -> Outcome:
    """Turn ``request`` into a :class:`Plan`, or say what is missing."""
    variables = variables or []
    cwd = str(cwd or os.getcwd())
    request = request.strip()
    why = refusal(request)
    if why:
        return Outcome(refusal=why)
    uncovered = sorted({m.group(0).lower() for m in UNCOVERED.finditer(request)})
    if uncovered:
        return Outcome(
            clarification="The recipe library has no recipe for "
            + ", ".join(f"'{u}'" for u in uncovered)
            + "; only a language model can attempt this (load one with "
            "`%matsci model load ...`), and its code will be verified the same way.",
            uncovered=uncovered,
            score=0.0,
        )
    ctx = Context(request=request, cwd=cwd, variables=variables)
    structure_vars = [v for v in variables if v.kind in STRUCTURE_KINDS]
    mentioned = slots.find_variables(request, [v.name for v in variables])
    files = [f for f in slots.find_files(request, cwd) if f.is_structure and f.role != "output"]
    explicit_source = bool(files) or any(
        v.name in mentioned for v in variables if v.kind in (*STRUCTURE_KINDS, "path")
    )
    if files:
        ctx.input_stem = Path(files[0].text).stem
    ctx.structure_in_play = explicit_source or bool(structure_vars)

    picks: list[_Pick] = []
    best_overall = 0.0
    suggestions: list[str] = []
    clauses = split_clauses(request)
    carry = ""
    i = 0
    while i < len(clauses):
        clause = (carry + clauses[i]) if carry else clauses[i]
        carry = ""
        hits = retrieval.rank(clause, 8)
        top = hits[0].score if hits else 0.0
        if not suggestions and top > 0:
            suggestions = [RECIPES[h.recipe_id].title for h in hits[:3]]
        if top < CLAUSE_THRESHOLD:
            if picks:  # words that name no task of their own belong to the clause before
                merged = f"{picks[-1].clause}, {clause}"
                again = _pick(merged, ctx, picks[:-1])
                if again is not None:
                    picks[-1] = again
            else:
                carry = clause + ", "
            i += 1
            continue
        best_overall = max(best_overall, top)
        pick = _pick(clause, ctx, picks)
        if pick is not None and not pick.filled.complete and i + 1 < len(clauses):
            merged = f"{clause} and {clauses[i + 1]}"  # "distance between atom 0 | and atom 1"
            alt = _pick(merged, ctx, picks)
            if alt is not None and alt.filled.complete and alt.recipe.id == pick.recipe.id:
                pick = alt
                i += 1
        i += 1
        if pick is None:
            continue
        if any(
            p.recipe.id == pick.recipe.id
            and (p.filled.values == pick.filled.values or p.recipe.kind == "standalone")
            for p in picks
        ):
            continue
        picks.append(pick)
        for slot in pick.recipe.slots:
            if slot.kind.startswith("structure_file") and slot.name in pick.filled.values:
                ctx.used_files.append(str(pick.filled.values[slot.name]))

    if not picks or best_overall < REQUEST_THRESHOLD:
        hint = (" The closest recipes are: " + "; ".join(suggestions) + ".") if suggestions else ""
        return Outcome(
            clarification="I could not match this request to a recipe I can verify. "
            "Could you say what to compute or build, and from which "
            "file or variable?" + hint,
            suggestions=suggestions,
            score=best_overall,
        )

    steps = [Step(p.recipe, p.filled.values, p.clause) for p in picks]
    questions: list[str] = []
    for p in picks:
        for q in [question(s) for s in p.filled.missing] + (
            [p.filled.invalid] if p.filled.invalid else []
        ):
            if q not in questions:
                questions.append(q)
    notes: list[str] = []
    first_need = next((i for i, s in enumerate(steps) if s.recipe.needs), None)
    if first_need is not None and not any(s.recipe.gives for s in steps[:first_need]):
        source, why_not = _source(
            steps[first_need].recipe.needs, request, ctx, structure_vars, mentioned, notes
        )
        if source is None:
            questions.insert(0, why_not)
        else:
            steps.insert(0, source)
    if questions:
        return Outcome(
            clarification=" ".join(questions), suggestions=suggestions, score=best_overall
        )
    problem = _check_inputs(steps, ctx) or _unplanned(request, steps)
    if problem:
        return Outcome(clarification=problem, score=best_overall)
    _avoid_overwriting(steps, ctx, notes)
    inputs = [
        str(s.values[slot.name])
        for s in steps
        for slot in s.recipe.slots
        if slot.kind.startswith("structure_file") and slot.name in s.values
    ]
    used_vars = [str(s.values["var"]) for s in steps if "var" in s.values]
    plan = Plan(steps, notes=notes, inputs=inputs, variables=used_vars)
    try:
        plan.resolved()
    except ValueError as exc:
        return Outcome(
            clarification=f"I could not chain the steps ({exc}); could you split the "
            "request into simpler ones?",
            score=best_overall,
        )
    return Outcome(plan=plan, score=best_overall)


def _pick(clause: str, ctx: Context, before: list[_Pick]) -> _Pick | None:
    hits = retrieval.rank(clause, 8)
    if not hits or hits[0].score < CLAUSE_THRESHOLD:
        return None
    source_available = ctx.structure_in_play or any(p.recipe.gives for p in before)
    chosen = _choose(clause, hits, ctx, source_available)
    if chosen is None:
        return None
    recipe, filled = _adjust(*chosen, clause, ctx)
    return _Pick(clause, recipe, filled, hits[0].score)


def _choose(
    clause: str, hits: list[retrieval.Hit], ctx: Context, source_available: bool
) -> tuple[Recipe, Filled] | None:
    top = hits[0].score
    scored = []
    for hit in hits:
        if hit.score < max(CLAUSE_THRESHOLD, NEAR_TOP * top):
            break
        recipe = RECIPES[hit.recipe_id]
        score = hit.score
        if recipe.kind == "source" and source_available and not recipe.id.startswith("read"):
            score *= 0.75  # a builder would ignore the file or variable the user named
        if recipe.needs and not source_available:
            score *= 0.8  # needs a structure nobody named
        if (
            recipe.kind == "standalone"
            and source_available
            and any(s.kind == "formula" for s in recipe.slots)
            and not slots.find_formulas(clause)
        ):
            score *= 0.6  # "how many atoms does it have" is about the structure, not a formula
        scored.append((score, recipe))
    scored.sort(key=lambda sr: -sr[0])
    fallback = None
    for _, recipe in scored:
        filled = fill(recipe, clause, ctx)
        if filled.complete:
            return recipe, filled
        fallback = fallback or (recipe, filled)
    if fallback is not None and fallback[1].invalid:
        # the best match cannot take these values (a perovskite recipe for CsCl): look further
        for hit in hits:
            recipe = RECIPES[hit.recipe_id]
            if hit.score >= 0.5 * top and all(recipe is not r for _, r in scored):
                filled = fill(recipe, clause, ctx)
                if filled.complete:
                    return recipe, filled
    return fallback


def _adjust(recipe: Recipe, filled: Filled, clause: str, ctx: Context) -> tuple[Recipe, Filled]:
    """Switch to the sibling recipe the filled values call for (ASE vs pymatgen, all vs some)."""
    values = filled.values
    if recipe.id == "vacancy" and values.get("count") == "all":
        return RECIPES["remove_species"], fill(RECIPES["remove_species"], clause, ctx)
    if (
        recipe.id == "vacancy"
        and values.get("count") is None
        and slots.mentions(clause, "all", "every", "each")
    ):
        return RECIPES["remove_species"], fill(RECIPES["remove_species"], clause, ctx)
    if (
        recipe.id == "antisite"
        and slots.find_species_map(clause)
        and not slots.mentions(clause, "antisite", "anti-site")
    ):
        recipe = RECIPES["substitute_all"]
        filled = fill(recipe, clause, ctx)
    if recipe.id in ("substitute_all", "substitute_some"):
        mapping = slots.find_species_map(clause)
        partial = slots.find_fraction(clause) is not None or re.search(
            r"\b(one|two|three|a|an|single|\d+)\s+(?:of\s+the\s+)?[A-Z][a-z]?\b(?!\s*%)", clause
        )
        if recipe.id == "substitute_all" and partial and not slots.mentions(clause, "all", "every"):
            recipe = RECIPES["substitute_some"]
            filled = fill(recipe, clause, ctx)
        if recipe.id == "substitute_some" and mapping and len(mapping) == 1:
            old, new = next(iter(mapping.items()))
            filled.values.update(old=old, new=new)
            filled.missing = [s for s in filled.missing if s.name not in ("old", "new")]
            filled = fill_count(recipe, clause, ctx, filled)
        return recipe, filled
    if (
        recipe.id == "read_structure"
        and not isinstance(values.get("path"), Raw)
        and str(values.get("path", "")).lower().endswith(ASE_ONLY_SUFFIXES)
    ):
        return RECIPES["read_atoms"], fill(RECIPES["read_atoms"], clause, ctx)
    if recipe.id == "write_structure" and str(values.get("out", "")).lower().endswith(
        ASE_ONLY_SUFFIXES
    ):
        out = values["out"]
        return RECIPES["write_atoms"], Filled({"out": out}, [])
    if recipe.id == "write_atoms" and not str(values.get("out", "x.xyz")).lower().endswith(
        ASE_ONLY_SUFFIXES
    ):
        return RECIPES["write_structure"], Filled({"out": values["out"]}, [])
    return recipe, filled


def fill_count(recipe: Recipe, clause: str, ctx: Context, filled: Filled) -> Filled:
    """Recompute the count slot once the replaced element is known."""
    again = fill(recipe, clause, ctx)
    again.values.update({k: v for k, v in filled.values.items() if k in ("old", "new")})
    frac = slots.find_fraction(clause)
    if frac is not None and 0 < frac < 1:
        again.values["count"] = frac
    else:
        count = slots.find_count(clause, again.values["old"])
        if isinstance(count, int):
            again.values["count"] = count
    again.missing = [s for s in again.missing if s.name not in again.values]
    return again


def _source(
    need: str | None,
    request: str,
    ctx: Context,
    structure_vars: list[VarInfo],
    mentioned: list[str],
    notes: list[str],
) -> tuple[Step | None, str]:
    """The step that provides the structure (or atoms) the first step needs."""
    files = [
        f
        for f in slots.find_files(request, ctx.cwd)
        if f.is_structure and f.role != "output" and f.text not in ctx.used_files
    ]
    if files:
        path = files[0].text
        ctx.used_files.append(path)
        use_ase = path.lower().endswith(ASE_ONLY_SUFFIXES)
        recipe = RECIPES["read_atoms" if use_ase else "read_structure"]
        return Step(recipe, {"path": path}), ""
    named = [v for v in structure_vars if v.name in mentioned]
    if named:
        return _from_variable(named[0]), ""
    paths = [v for v in ctx.variables if v.kind == "path" and v.name in mentioned]
    if paths:
        recipe = RECIPES["read_structure"]
        notes.append(f"It reads the file your variable `{paths[0].name}` points to.")
        return Step(recipe, {"path": variable(paths[0].name)}), ""
    surface = _metal_surface_source(request)
    if surface is not None:
        element, facet = surface
        notes.append(f"It builds the {element}({facet}) surface with ASE first.")
        values: dict[str, object] = {"element": element, "facet": facet}
        from .filling import _extract

        for slot in RECIPES["metal_surface"].slots:  # "a 2x2x3 Pt(111) slab with 10 Å vacuum"
            if slot.name not in values:
                value = _extract(slot, request, ctx, values)
                if value is not None:
                    values[slot.name] = value
        return Step(RECIPES["metal_surface"], values), ""
    compound = slots.find_compound(request)
    if compound:
        match = slots.file_for_compound(compound, ctx.cwd)
        if match:
            ctx.used_files.append(match)
            notes.append(f"It reads {match}, the file named after {compound} in this folder.")
            return Step(RECIPES["read_structure"], {"path": match}), ""
        if compound in slots.element_symbols() and not slots.find_formulas(request):
            reference = _ase_reference(compound)
            if reference:
                notes.append(
                    f"Bulk {compound} is built in its reference structure from ASE's "
                    f"data ({reference})."
                )
                return Step(RECIPES["bulk_element"], {"element": compound}), ""
    if len(structure_vars) == 1 and (
        compound is None or _same_elements(compound, structure_vars[0].formula)
    ):
        only = structure_vars[0]
        notes.append(f"It works on a copy of `{only.name}`, the only structure in your notebook.")
        return _from_variable(only), ""
    options = [
        f"a file such as {', '.join(slots.structure_files_in(ctx.cwd)[:5])}"
        if slots.structure_files_in(ctx.cwd)
        else "a structure file name"
    ]
    if structure_vars:
        options.append(
            "one of your variables " + ", ".join(f"`{v.name}`" for v in structure_vars[:6])
        )
    wanted = f"a {compound} structure" if compound else "the structure"
    return None, f"Which structure should I use? Name {wanted}: {' or '.join(options)}."


def _unplanned(request: str, steps: list[Step]) -> str | None:
    """A question when the request names an operation no step carries out.

    A supercell size ("2x2x2") that no step takes means part of the request was dropped;
    code that runs would still answer a smaller question than the one asked.
    """
    size = slots.find_supercell(request)
    if size is None or any(
        slot.kind in ("supercell", "surface_size") and slot.name in s.values
        for s in steps
        for slot in s.recipe.slots
    ):
        return None
    done = "; ".join(s.recipe.title for s in steps)
    return (
        f"I could plan only part of this request ({done}); no step makes the "
        f"{'x'.join(map(str, size))} supercell it asks for. Could you give the supercell as a "
        "step of its own, for example 'build fcc copper, then make a 2x2x2 supercell'?"
    )


def _metal_surface_source(request: str) -> tuple[str, str] | None:
    """(element, facet) when the request names a metal surface such as "Pt(111)" or "Cu 100 slab"."""
    miller = slots.find_miller(request)
    if miller is None or not re.search(r"\b(surface|slab|facet)s?\b", request, re.I):
        return None
    facet = "".join(str(abs(i)) for i in miller)
    if facet not in ("111", "100", "110", "001"):
        return None
    for element in slots.find_elements(request):
        reference = _ase_reference(element)
        if reference and reference.split(",")[0] in ("fcc", "bcc", "hcp"):
            return element, "100" if facet == "001" else facet
    return None


def _elements(formula: str) -> set[str]:
    return set(re.findall(r"[A-Z][a-z]?", formula))


def _same_elements(compound: str, formula: str | None) -> bool:
    """Whether ``formula`` is made of the elements of ``compound`` (Fe2O3 vs Fe4O6: yes)."""
    return formula is not None and _elements(compound) == _elements(formula)


def _from_variable(info: VarInfo) -> Step:
    key = "use_atoms_variable" if info.kind == "atoms" else "use_structure_variable"
    return Step(SOURCES[key], {"var": variable(info.name)})


def _ase_reference(symbol: str) -> str | None:
    from ase.data import atomic_numbers, reference_states

    state = reference_states[atomic_numbers[symbol]]
    if not state or state.get("symmetry") not in ("fcc", "bcc", "hcp", "diamond", "sc"):
        return None
    a = state.get("a")
    return f"{state['symmetry']}" + (f", a = {a} Å" if a else "")


def _check_inputs(steps: list[Step], ctx: Context) -> str | None:
    """A question when a named input file is missing or too large to verify."""
    for step in steps:
        for slot in step.recipe.slots:
            if not slot.kind.startswith("structure_file") or slot.name not in step.values:
                continue
            if isinstance(step.values[slot.name], Raw):
                continue  # a variable holding a path: checked when it is copied for verification
            name = str(step.values[slot.name])
            path = Path(os.path.expanduser(name))
            path = path if path.is_absolute() else Path(ctx.cwd) / path
            if not path.is_file():
                here = slots.structure_files_in(ctx.cwd)[:8]
                listing = (" Structure files here: " + ", ".join(here) + ".") if here else ""
                return f"I cannot find {name} in {ctx.cwd}. Which file did you mean?{listing}"
            size_mb = path.stat().st_size / 2**20
            if size_mb > MAX_INPUT_MB:
                return (
                    f"{name} is {size_mb:,.0f} MB. Verification runs on a copy of every input "
                    f"and copies at most {MAX_INPUT_MB} MB; is this the right file? A smaller "
                    "excerpt (a single structure) can be verified."
                )
    return None


def example_source_step(source: str | None, need: str | None) -> Step | None:
    """The step a recipe's own example starts from: a file, "bulk:Cu[:cubic]" or "fcc111:Cu"."""
    if need is None:
        return None
    if source is None:
        raise ValueError("a recipe that needs a structure must name its example_source")
    kind, _, rest = source.partition(":")
    if kind == "bulk":
        element, _, flag = rest.partition(":")
        values = {"element": element, **({"cubic": True} if flag == "cubic" else {})}
        return Step(RECIPES["bulk_element"], values)
    if kind.startswith(("fcc", "bcc", "hcp")) and rest:
        return Step(RECIPES["metal_surface"], {"element": rest, "facet": kind[3:]})
    use_ase = source.lower().endswith(ASE_ONLY_SUFFIXES)
    return Step(RECIPES["read_atoms" if use_ase else "read_structure"], {"path": source})


def example_plan(recipe: Recipe) -> Plan:
    """The plan of a recipe's own example: its example source, then the recipe with its values."""
    source = example_source_step(recipe.example_source, recipe.needs)
    steps = ([source] if source else []) + [Step(recipe, dict(recipe.example))]
    inputs = [str(s.values["path"]) for s in steps if "path" in s.values]
    return Plan(steps, inputs=inputs)


def _avoid_overwriting(steps: list[Step], ctx: Context, notes: list[str]) -> None:
    """Output names the user did not spell out never replace an existing file."""
    for step in steps:
        for slot in step.recipe.slots:
            if slot.kind != "output_file":
                continue
            name = str(step.values.get(slot.name, slot.default))
            explicit = slot.name in step.values and getattr(
                step.values[slot.name], "explicit", False
            )
            if explicit or not (Path(ctx.cwd) / name).exists():
                continue
            stem, dot, suffix = name.partition(".")
            k = 1
            while True:
                candidate = f"{stem}_new{k if k > 1 else ''}{dot}{suffix}"
                if not (Path(ctx.cwd) / candidate).exists():
                    break
                k += 1
            step.values[slot.name] = candidate
            notes.append(f"{name} already exists here, so the code writes {candidate}.")
