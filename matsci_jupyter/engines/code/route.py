"""ROUTE: plain ``%%matsci`` cells that ask for code go to the code engine.

The score is honest: explicit code words ("write the code", "pymatgen", "script")
claim the request outright; otherwise it must match a recipe well and read like
an instruction ("make a 2x2x1 supercell of LiFePO4.cif"). A bare question ("what
is the molar mass of Fe2O3?") stays below the threshold for the answer engine.
"""

from __future__ import annotations

import re
from typing import Any

from ..base import EngineRoute

CODE_WORDS = re.compile(
    r"\b(code|script|snippet|python|pymatgen|ase\b|function|write\s+a\s+loop|in\s+ase|with\s+ase|"
    r"show\s+me\s+how|how\s+(do|can|would)\s+i)\b",
    re.I,
)
IMPERATIVE = re.compile(
    r"^\s*(please\s+)?(read|load|open|parse|make|build|create|generate|construct|convert|write|"
    r"save|export|plot|draw|compute|calculate|find|get|relax|optimi[sz]e|apply|replace|substitute|"
    r"swap|remove|delete|add|insert|put|cut|dope|strain|stretch|compress|simulate|fit|list|tabulate|"
    r"compare|group|run|determine|report|show|print|give|take|scale|expand|reduce|symmetri[sz]e|"
    r"rattle|perturb|balance|enumerate|measure|count|check|summari[sz]e)\b",
    re.I,
)
MATERIALS = re.compile(
    r"\b(structures?|crystals?|lattices?|cells?|supercells?|slabs?|surfaces?|atoms?|sites?|"
    r"molecules?|bulk|elements?|formulas?|compos\w+|density|volume|space\s*groups?|symmetry|"
    r"vacanc\w+|dop\w+|substitut\w+|strain\w*|relax\w*|energy|energies|bonds?|neighbou?rs?|"
    r"coordination|phases?|diffraction|xrd|cif|poscar|vasp|xyz|miller|facets?|layers?|vacuum|"
    r"alloys?|oxides?|metals?|polymers?|nanotubes?|graphene|perovskites?|fcc|bcc|hcp|"
    r"rock[\s-]?salt|diamond|wurtzite|zinc\s*blende|fluorite|interface|grain|defects?|"
    r"eos|equation\s+of\s+state|lattice\s+constant|band|phonon\w*|materials?)\b",
    re.I,
)


def materials_related(text: str, names: list[str] | tuple[str, ...] = ()) -> bool:
    """Whether ``text`` names anything of materials science (words, elements, files, variables)."""
    from . import slots

    return bool(
        MATERIALS.search(text)
        or slots.find_formulas(text)
        or slots.find_elements(text)
        or slots.find_files(text)
        or (names and slots.find_variables(text, list(names)))
    )


CREATIVE = re.compile(
    r"\b(haiku|poems?|limericks?|sonnets?|story|stories|jokes?|essays?|songs?|lyrics|e-?mails?|"
    r"letters?\s+to|tweets?|slogans?|riddles?)\b",
    re.I,
)

QUESTION = re.compile(
    r"^\s*(what|which|how\s+many|how\s+much|is|are|does|do|why|when)\b|\?\s*$", re.I
)


def score(text: str, ctx: Any) -> float:
    """0..1: how sure we are that ``text`` asks for code the recipe library or a model can write."""
    from . import slots
    from .recipe_path import REQUEST_THRESHOLD, split_clauses
    from .retrieval import rank
    from .safety import refusal

    text = text.strip()
    if not text:
        return 0.0
    names = list(getattr(ctx, "namespace", {}) or {}) if ctx is not None else []
    if CREATIVE.search(text) and not CODE_WORDS.search(text):
        return 0.0  # prose, not code: the model answers (labelled unchecked)
    if not materials_related(text, names) and not re.search(
        r"\b(pymatgen|ase|python\s+code|script)\b", text, re.I
    ):
        return 0.0  # "write a haiku": not materials code; the model (or a notice) answers
    if CODE_WORDS.search(text):
        return 0.9
    best = max((rank(c, 1)[0].score for c in split_clauses(text) if rank(c, 1)), default=0.0)
    has_input = bool([f for f in slots.find_files(text) if f.is_structure]) or bool(
        slots.find_variables(text, names)
    )
    if refusal(text) and (has_input or best >= REQUEST_THRESHOLD):
        return 0.55  # the code engine explains why it will not do it
    if best < REQUEST_THRESHOLD:
        return 0.2 if has_input else 0.05
    s = 0.45  # a recipe matches, but that alone does not make it a request for code
    if IMPERATIVE.search(text):
        s += 0.2
    if has_input:
        s += 0.2
    if len(split_clauses(text)) > 1:
        s += 0.05
    if QUESTION.search(text) and not has_input:
        s -= 0.2
    return max(0.0, min(s, 0.85))


def handle(text: str, ctx: Any) -> Any:
    from . import generate_code
    from .notebook import deliver

    model = ctx.model() if ctx is not None else None
    result = generate_code(text, namespace=getattr(ctx, "namespace", None), model=model)
    if getattr(ctx, "shell", None) is None:
        return result  # no kernel here (the chat panel's server): the surface renders it
    return deliver(result, ctx)


ROUTE = EngineRoute(
    name="code",
    description="writes pymatgen/ASE code for a request, verifies it in a sandbox and inserts it "
    "in a new cell (%%matsci code)",
    score=score,
    handle=handle,
    priority=5,
)
