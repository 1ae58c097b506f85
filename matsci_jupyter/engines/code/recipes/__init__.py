"""The recipe library: verified, parametrised pymatgen/ASE snippets grouped by topic.

``RECIPES`` maps recipe id -> :class:`~.base.Recipe`. Each topic module holds a
``RECIPES`` list; a duplicate id is an error. ``SOURCES`` holds the internal
recipes that start a chain from one of the user's variables.
"""

from __future__ import annotations

from . import (
    analysis,
    builders,
    cells,
    composition,
    defects,
    emt,
    io,
    neighbours,
    strain,
    surfaces,
    symmetry,
    thermo,
)
from .base import ATOMS, REQUIRED, STRUCTURE, Raw, Recipe, Slot, human, literal

TOPIC_MODULES = (
    io,
    symmetry,
    cells,
    defects,
    surfaces,
    neighbours,
    analysis,
    composition,
    thermo,
    builders,
    emt,
    strain,
)


def _collect() -> dict[str, Recipe]:
    out: dict[str, Recipe] = {}
    for module in TOPIC_MODULES:
        for recipe in module.RECIPES:
            if recipe.id in out:
                raise RuntimeError(f"two recipes are named {recipe.id!r}")
            out[recipe.id] = recipe
    return out


RECIPES: dict[str, Recipe] = _collect()

SOURCES: dict[str, Recipe] = {
    "use_structure_variable": Recipe(
        id="use_structure_variable",
        topic="io",
        title="Start from your Structure variable",
        description="Work on a copy of a pymatgen Structure from the notebook.",
        examples=(),
        body="structure = $var.copy()  # a copy: your variable stays as it is\n",
        slots=(Slot("var", "variable", "the variable"),),
        gives=STRUCTURE,
        explain="takes a copy of your `{var}`",
    ),
    "use_atoms_variable": Recipe(
        id="use_atoms_variable",
        topic="io",
        title="Start from your Atoms variable",
        description="Work on a copy of an ASE Atoms object from the notebook.",
        examples=(),
        body="atoms = $var.copy()  # a copy: your variable stays as it is\n",
        slots=(Slot("var", "variable", "the variable"),),
        gives=ATOMS,
        explain="takes a copy of your `{var}`",
    ),
}

__all__ = [
    "ATOMS",
    "RECIPES",
    "REQUIRED",
    "SOURCES",
    "STRUCTURE",
    "Raw",
    "Recipe",
    "Slot",
    "human",
    "literal",
]
