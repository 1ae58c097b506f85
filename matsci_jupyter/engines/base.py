"""What engines share: how they claim requests, and plain display objects."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class EngineRoute:
    """How the router reaches an engine.

    ``score(text, ctx)`` returns 0..1: how sure the engine is that the request is
    its kind (0.5 or more claims it). ``handle(text, ctx)`` returns a display object.
    """

    name: str
    description: str
    score: Callable[[str, Any], float]
    handle: Callable[[str, Any], Any]
    priority: int = 0  # breaks ties: higher first


@dataclass
class Notice:
    """A short message with optional hints, shown instead of a fake answer."""

    title: str
    message: str
    hints: list[str] = field(default_factory=list)
    level: str = "info"  # info | warning | error

    def __str__(self) -> str:
        lines = [f"{self.title}: {self.message}"]
        lines += [f"  - {h}" for h in self.hints]
        return "\n".join(lines)

    def __repr__(self) -> str:
        return str(self)

    def _repr_html_(self) -> str:
        colour = {"info": "#1f6feb", "warning": "#b08800", "error": "#cf222e"}[self.level]
        hints = "".join(f"<li>{html.escape(h)}</li>" for h in self.hints)
        return (
            f"<div class='matsci-notice' style='border-left:4px solid {colour};padding:4px 10px'>"
            f"<b>{html.escape(self.title)}</b>: {html.escape(self.message)}"
            f"{f'<ul>{hints}</ul>' if hints else ''}</div>"
        )


@dataclass
class ModelText:
    """Free text from the language model that no tool has verified. Labelled as such."""

    text: str
    model: str

    def __str__(self) -> str:
        return f"[{self.model}, not verified by any tool]\n{self.text}"

    def _repr_markdown_(self) -> str:
        return f"*{self.model} — not verified by any tool*\n\n{self.text}"
