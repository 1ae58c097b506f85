"""A plan is a chain of recipe steps; rendering it gives one tidy, runnable snippet.

The planner tracks which object is current (``structure`` for pymatgen,
``atoms`` for ASE) and inserts the AseAtomsAdaptor conversion when a step needs
the other one. Imports are gathered at the top, each step gets a comment.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .recipes import ATOMS, RECIPES, STRUCTURE, Recipe


@dataclass
class Step:
    """One recipe with its slot values (and the words of the request it came from)."""

    recipe: Recipe
    values: dict[str, Any] = field(default_factory=dict)
    clause: str = ""

    @property
    def id(self) -> str:
        return self.recipe.id


@dataclass
class Plan:
    """Steps in order, plus what the explanation should mention (assumptions, inputs)."""

    steps: list[Step]
    notes: list[str] = field(default_factory=list)
    inputs: list[str] = field(default_factory=list)  # files the code reads (relative to the cwd)
    variables: list[str] = field(default_factory=list)  # user variables the code reads
    edit: Any = None  # structure-edit operations and their input file (engines/code/edits.py)

    def resolved(self) -> list[Step]:
        """Steps with pymatgen <-> ASE conversions inserted where a step needs the other object."""
        out: list[Step] = []
        fresh: set[str] = set()
        for step in self.steps:
            need = step.recipe.needs
            if need is not None and need not in fresh:
                if need == ATOMS and STRUCTURE in fresh:
                    out.append(Step(RECIPES["structure_to_atoms"]))
                    fresh.add(ATOMS)
                elif need == STRUCTURE and ATOMS in fresh:
                    out.append(Step(RECIPES["atoms_to_structure"]))
                    fresh.add(STRUCTURE)
                else:
                    raise ValueError(f"step {step.id!r} needs a {need} and none comes before it")
            out.append(step)
            gives = step.recipe.gives
            if gives is not None:
                if step.recipe.id in ("structure_to_atoms", "atoms_to_structure"):
                    fresh.add(gives)
                else:
                    fresh = {gives}
        return out

    def code(self) -> str:
        steps = self.resolved()
        imports: list[str] = []
        for step in steps:
            for line in step.recipe.imports:
                if line not in imports:
                    imports.append(line)
        plain = sorted(i for i in imports if i.startswith("import "))
        grouped: dict[str, list[str]] = {}
        for line in imports:
            if line.startswith("from "):
                module, _, names = line[5:].partition(" import ")
                for name in names.split(","):
                    if name.strip() not in grouped.setdefault(module, []):
                        grouped[module].append(name.strip())
        froms = [f"from {m} import {', '.join(sorted(n))}" for m, n in sorted(grouped.items())]
        parts = ["\n".join(plain + froms)] if imports else []
        for step in steps:
            parts.append(f"# {step.recipe.title}\n{step.recipe.render(step.values)}".rstrip())
        return "\n\n".join(parts) + "\n"

    def outputs(self) -> list[str]:
        names: list[str] = []
        for step in self.resolved():
            names += [n for n in step.recipe.outputs if n not in names]
        return names

    def explanation(self) -> str:
        clauses = [
            s.recipe.sentence(s.values)
            for s in self.resolved()
            if s.recipe.id not in ("structure_to_atoms", "atoms_to_structure")
            or len(self.steps) == 1
        ]
        if not clauses:
            return ""
        body = clauses[0] if len(clauses) == 1 else ", ".join(clauses[:-1]) + " and " + clauses[-1]
        text = f"The code {body}."
        outputs = self.outputs()
        if outputs:
            text += " Results are kept in " + ", ".join(f"`{o}`" for o in outputs[:6]) + "."
        if self.notes:
            text += " " + " ".join(self.notes)
        return text

    def current(self) -> str | None:
        """The object the last step leaves ("structure", "atoms") or None."""
        gives = [s.recipe.gives for s in self.resolved() if s.recipe.gives]
        last = self.resolved()[-1].recipe if self.steps else None
        if last is not None and last.id in ("structure_to_atoms", "atoms_to_structure"):
            return last.gives
        return gives[-1] if gives else None

    def recipe_ids(self) -> list[str]:
        return [s.id for s in self.steps]
