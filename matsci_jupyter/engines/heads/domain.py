"""The training domain of property heads, and warnings for inputs outside it.

Heads only know the chemistry they were trained on. For each input, predictions
come with a warning when its composition has elements no training composition
had (``Og``), more distinct elements than any training composition, or a formula
size far outside the training formulas (``H1000000000000``: element fractions
are those of ``H``, but no such formula was ever measured).
"""

from __future__ import annotations

import warnings
from dataclasses import asdict, dataclass
from typing import Any

ATOMS_FACTOR = 10.0
"""A formula with more than this many times the largest training formula's atoms is flagged."""


class OutOfDomainWarning(UserWarning):
    """Some inputs lie outside the compositions the heads were trained on."""


@dataclass
class Domain:
    """Elements, element counts and formula sizes (atoms per formula unit) seen in training."""

    elements: list[str]
    max_elements: int
    max_atoms: float

    @classmethod
    def of(cls, compositions: list[Any]) -> Domain:
        elements = sorted({el.symbol for c in compositions for el in c.elements})
        return cls(
            elements=elements,
            max_elements=max((len(c.elements) for c in compositions), default=0),
            max_atoms=float(max((c.num_atoms for c in compositions), default=0.0)),
        )

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Domain:
        return cls(list(d["elements"]), int(d["max_elements"]), float(d["max_atoms"]))

    def problems(self, comp: Any) -> list[str]:
        """Why ``comp`` lies outside this domain (empty: inside)."""
        out = []
        known = set(self.elements)
        new = sorted(el.symbol for el in comp.elements if el.symbol not in known)
        if new:
            out.append(f"element{'s' if len(new) > 1 else ''} {', '.join(new)} not in training")
        if len(comp.elements) > self.max_elements:
            out.append(
                f"{len(comp.elements)} elements; training compositions had at most "
                f"{self.max_elements}"
            )
        if self.max_atoms and comp.num_atoms > ATOMS_FACTOR * self.max_atoms:
            out.append(
                f"{comp.num_atoms:.4g} atoms per formula; training formulas had at most "
                f"{self.max_atoms:.4g}"
            )
        return out


def warn_outside(rows: list[tuple[str, list[str]]]) -> None:
    """One warning naming the inputs outside the domain (``rows``: input text, reasons)."""
    if not rows:
        return
    shown = "; ".join(f"{text!r}: {', '.join(why)}" for text, why in rows[:5])
    more = f"; and {len(rows) - 5} more" if len(rows) > 5 else ""
    warnings.warn(
        f"{len(rows)} input{'s' if len(rows) > 1 else ''} outside the training domain, "
        f"predictions there are extrapolations: {shown}{more} (see the 'domain warning' column)",
        OutOfDomainWarning,
        stacklevel=3,
    )


__all__ = ["Domain", "OutOfDomainWarning", "warn_outside"]
