"""The Answer display object: a value with its unit, how it was obtained, and how it was checked."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any

from .checks import Check


@dataclass
class Answer:
    """A numeric answer, or the reason there is none.

    ``quantity`` is a pint Quantity in the requested unit (or None when no
    confident answer can be given; ``reason`` says why). ``source`` tells who
    produced the number: ``"solver"`` (deterministic relations), ``"model"``
    (a model-written program run in the sandbox), ``"response"`` (a pasted
    answer that :func:`check_answer` verified).
    """

    question: str
    quantity: Any = None
    unit_requested: str | None = None
    checks: list[Check] = field(default_factory=list)
    steps: list[str] = field(default_factory=list)
    source: str = "solver"
    reason: str | None = None
    relation: str | None = None
    target: str | None = None  # what was computed ("wavelength")
    notes: list[str] = field(default_factory=list)
    recomputed: Any = None  # check_answer: the value the response's own steps give
    bad_input: bool = (
        False  # refused because the input itself is unusable (empty, too long, no numbers)
    )
    verdict: str | None = None  # check_answer: "flagged" | "consistent" | "not checked"

    # ------------------------------------------------------------------ values
    @property
    def ok(self) -> bool:
        """A confident answer: a quantity and no failed blocking check."""
        return self.quantity is not None and not any(
            not c.passed and c.blocking for c in self.checks
        )

    @property
    def failed(self) -> list[Check]:
        return [c for c in self.checks if not c.passed]

    def check(self, name: str) -> Check | None:
        return next((c for c in self.checks if c.name == name), None)

    def value_text(self) -> str:
        if self.quantity is None:
            return "no answer"
        from .quantities import format_number
        from .unit_text import unit_label

        unit = self.unit_requested if self.unit_requested else unit_label(self.quantity.units)
        if (
            self.unit_requested
            and unit_label(self.quantity.units) in ("%", "percent")
            and unit in ("per cent",)
        ):
            unit = "%"
        return f"{format_number(float(self.quantity.magnitude), 5)} {unit}".strip()

    # ------------------------------------------------------------------ export
    def as_dict(self) -> dict[str, Any]:
        """JSON-serialisable form (kind 'answer')."""
        from .unit_text import long_name, unit_label

        q = None
        if self.quantity is not None:
            q = {
                "magnitude": float(self.quantity.magnitude),
                "units": long_name(self.quantity.units),
                "units_short": unit_label(self.quantity.units),
                "text": self.value_text(),
            }
        rec = None
        if self.recomputed is not None:
            rec = {
                "magnitude": float(self.recomputed.magnitude),
                "units": long_name(self.recomputed.units),
            }
        return {
            "kind": "answer",
            "question": self.question,
            "ok": self.ok,
            "quantity": q,
            "unit_requested": self.unit_requested,
            "source": self.source,
            "reason": self.reason,
            "relation": self.relation,
            "target": self.target,
            "steps": list(self.steps),
            "checks": [c.as_dict() for c in self.checks],
            "notes": list(self.notes),
            "recomputed": rec,
            "bad_input": self.bad_input,
            "verdict": self.verdict,
        }

    # ------------------------------------------------------------------ display
    def _headline(self) -> str:
        if self.quantity is None:
            lead = "Not confirmed" if self.source == "response" else "Cannot answer"
            return f"{lead}: {self.reason or 'no confident answer'}"
        what = f"{self.target} = " if self.target else ""
        flag = "" if self.ok else "  (not confirmed: see failed checks)"
        return f"{what}{self.value_text()}{flag}"

    def __str__(self) -> str:
        lines = [
            self._headline(),
            f"source: {self.source}" + (f" · relation: {self.relation}" if self.relation else ""),
        ]
        if self.steps:
            lines.append("steps:")
            lines += [f"  {s}" for s in self.steps]
        if self.checks:
            lines.append("checks:")
            lines += [f"  {c}" for c in self.checks]
        lines += [f"note: {n}" for n in self.notes]
        return "\n".join(lines)

    def __repr__(self) -> str:
        return f"<Answer {self._headline()!s}>"

    def _repr_html_(self) -> str:
        esc = html.escape
        colour = "#1a7f37" if self.ok else ("#cf222e" if self.quantity is None else "#b08800")
        head = f"<div style='font-size:1.1em'><b>{esc(self._headline())}</b></div>"
        meta = f"<div style='color:#57606a'>source: {esc(self.source)}"
        meta += f" · relation: <code>{esc(self.relation)}</code>" if self.relation else ""
        meta += "</div>"
        steps = ""
        if self.steps:
            steps = (
                "<ol style='margin:4px 0'>"
                + "".join(f"<li>{esc(s)}</li>" for s in self.steps)
                + "</ol>"
            )
        checks = ""
        if self.checks:
            rows = "".join(
                f"<tr><td style='color:{'#1a7f37' if c.passed else '#cf222e'}'>{c.mark}</td>"
                f"<td style='text-align:left'><b>{esc(c.name)}</b></td>"
                f"<td style='text-align:left'>{esc(c.message)}</td></tr>"
                for c in self.checks
            )
            checks = f"<table class='matsci-answer-checks'>{rows}</table>"
        notes = "".join(f"<div style='color:#57606a'>{esc(n)}</div>" for n in self.notes)
        return (
            f"<div class='matsci-answer' style='border-left:4px solid {colour};padding:4px 10px'>"
            f"{head}{meta}{steps}{checks}{notes}</div>"
        )

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]:
        return {"text/plain": str(self), "text/html": self._repr_html_()}
