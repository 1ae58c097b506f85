"""What a recipe is: a parametrised snippet with a description, example phrasings and typed slots.

A recipe's ``body`` is Python with ``$slot`` placeholders (:class:`string.Template`);
each value is written into the code as a Python literal. Recipes chain: a
*source* puts a structure in ``structure`` (pymatgen) or ``atoms`` (ASE), a
*transform* changes it, a *report* prints and stores results in the variables
named in ``outputs``. ``needs``/``gives`` say which object a recipe reads and
leaves behind, so the planner can insert pymatgen <-> ASE conversions.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

REQUIRED: Any = type("Required", (), {"__repr__": lambda self: "REQUIRED"})()

STRUCTURE = "structure"  # a pymatgen Structure in the variable ``structure``
ATOMS = "atoms"  # an ASE Atoms in the variable ``atoms``


@dataclass(frozen=True)
class Slot:
    """A typed hole in a recipe. ``kind`` picks the extractor (see ``slots.py``)."""

    name: str
    kind: str
    help: str
    default: Any = REQUIRED
    near: tuple[str, ...] = ()  # words the value is written next to ("vacuum")
    choices: tuple[tuple[str, str], ...] = ()  # (phrase, value) for kind "choice"
    unit: str = ""

    @property
    def required(self) -> bool:
        return self.default is REQUIRED


@dataclass(frozen=True)
class Recipe:
    """One verified snippet; see the module docstring for how the fields are used."""

    id: str
    topic: str
    title: str
    description: str
    examples: tuple[str, ...]
    body: str
    imports: tuple[str, ...] = ()
    slots: tuple[Slot, ...] = ()
    needs: str | None = None
    gives: str | None = None
    outputs: tuple[str, ...] = ()
    explain: str = ""  # one clause, str.format with slot names: "makes a {scaling} supercell"
    keywords: str = ""  # extra retrieval words
    example: dict[str, Any] = field(default_factory=dict)  # slot values for the recipe's own test
    example_source: str | None = None  # fixture file (or "bulk:Cu") the own test starts from
    expect: tuple[dict[str, Any], ...] = ()  # checks for the own test (see expect.py)
    timeout_s: float = 30.0
    validate: Callable[[dict[str, Any]], str | None] | None = None  # why values are unusable
    prepare: Callable[[dict[str, Any]], dict[str, Any]] | None = None  # derived template values

    @property
    def kind(self) -> str:
        if self.needs is None and self.gives is not None:
            return "source"
        if self.gives is not None:
            return "transform"
        if self.needs is not None:
            return "report"
        return "standalone"

    def render(self, values: dict[str, Any]) -> str:
        """The body with every slot written as a Python literal."""
        full = {s.name: s.default for s in self.slots if not s.required}
        full.update(values)
        if self.prepare is not None:
            full = self.prepare(full)
        literals = {name: literal(value) for name, value in full.items()}
        try:
            return string.Template(self.body).substitute(literals)
        except KeyError as exc:
            raise ValueError(f"recipe {self.id!r}: no value for slot {exc.args[0]!r}") from None

    def sentence(self, values: dict[str, Any]) -> str:
        """The explanation clause with values in readable form."""
        readable = {s.name: human(values.get(s.name, s.default), s.kind) for s in self.slots}
        try:
            return self.explain.format(**readable) if self.explain else self.title.lower()
        except (KeyError, IndexError):
            return self.title.lower()


class Raw(str):
    """A slot value written into the code as-is (a variable name), not as a literal."""


def literal(value: Any) -> str:
    """A Python literal for ``value`` (floats without noise, tuples kept as tuples)."""
    if isinstance(value, Raw):
        return str(value)
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, float):
        return repr(round(value, 10))
    if isinstance(value, tuple):
        inner = ", ".join(literal(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if isinstance(value, list):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{literal(k)}: {literal(v)}" for k, v in value.items()) + "}"
    return repr(value)


def human(value: Any, kind: str = "") -> str:
    """A value as a person writes it: (2, 2, 1) -> 2×2×1, miller (1, 1, 0) -> (110)."""
    if value is REQUIRED or value is None:
        return "?"
    if kind == "supercell" and isinstance(value, tuple):
        return "×".join(str(v) for v in value)
    if kind == "miller" and isinstance(value, tuple):
        return "(" + "".join(str(v) if v >= 0 else f"-{abs(v)}" for v in value) + ")"
    if kind == "range" and isinstance(value, tuple):
        return "–".join(f"{v:g}" for v in value)
    if kind == "species_map" and isinstance(value, dict):
        return ", ".join(f"{a} → {b}" for a, b in value.items())
    if kind == "energies" and isinstance(value, dict):
        return ", ".join(f"{k}: {v:g}" for k, v in value.items())
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return str(value)
