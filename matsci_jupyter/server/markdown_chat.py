"""A chat turn as Markdown, for chats that show only text (jupyter-ai's chat).

The same turns and payloads as the panel (:mod:`.chat`, :mod:`.payloads`): an Answer
becomes its value, unit and check marks; a code result its verification badge and a
code block; the model's answer streams as it comes, labelled as unverified.
"""

from __future__ import annotations

import math
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any, ClassVar

from ..commands import results
from ..commands.bridge import ThreadBridge
from .chat import Cancel, ChatTurn
from .history import HistoryFile
from .models import ModelService
from .schemas import ChatRequest
from .settings import MatsciChat


def _checks(checks: list[results.CheckData]) -> list[str]:
    return [
        f"- {'✅' if c.passed else '❌'} {c.name}" + (f" — {c.message}" if c.message else "")
        for c in checks
    ]


def _value(q: results.QuantityData | None) -> str | None:
    if q is None:
        return None
    if q.text:
        return q.text
    value = f"{q.magnitude:.4g}" if math.isfinite(q.magnitude) else str(q.magnitude)
    return f"{value} {q.units_short or q.units}".strip()


def payload_markdown(payload: dict[str, Any]) -> str:
    """One result as Markdown, read through its payload model (:mod:`matsci_jupyter.commands.results`)."""
    data = results.typed_data(payload.get("data") or {"kind": payload.get("kind", "")})
    lines: list[str] = []
    if isinstance(data, results.AnswerData):
        value = _value(data.quantity)
        lines.append(
            f"**{value}**" if value else f"No answer: {data.reason or 'no confident answer'}"
        )
        if value and not data.ok:
            lines.append("*not confirmed: see the failed checks*")
        lines += _checks(data.checks)
        if data.steps:
            lines += ["", "Calculation:"] + [f"{i + 1}. {s}" for i, s in enumerate(data.steps)]
    elif isinstance(data, results.CodeData):
        isolated = (data.verification or {}).get("isolated")
        if data.verified and isolated is False:
            lines.append("✅ checked before reaching you (not isolated: no OS sandbox here)")
        else:
            lines.append(
                "✅ ran in a sandbox before reaching you"
                if data.verified
                else "❌ not verified: read it before running"
            )
        lines += [t for t in (data.clarification, data.refusal, data.explanation) if t]
        if data.code:
            lines += ["```python", data.code.rstrip(), "```"]
    elif isinstance(data, results.NoticeData):
        lines.append(f"**{data.title}**: {data.message}")
        lines += [f"- {h}" for h in data.hints]
    elif isinstance(data, results.HelpData):
        lines.append(data.markdown or str(payload.get("text", "")))
    elif isinstance(data, results.StructureReportData):
        lines.append(f"**{data.headline}**" if data.headline else str(payload.get("text", "")))
        mark = {"error": "❌", "warning": "⚠️"}
        lines += [f"- {mark.get(p.severity, '•')} {p.code}: {p.message}" for p in data.problems]
        if data.ok and not data.problems:
            lines.append("- ✅ no problems found")
    else:
        bundle = payload.get("bundle") or {}
        lines.append(str(bundle.get("text/markdown") or payload.get("text") or ""))
    return "\n".join(lines).strip()


class _NoHistory:
    """The host chat keeps the conversation; the turn reads and writes nothing of its own."""

    def __init__(self, root: Path) -> None:
        self.root_dir = root

    def locate(self, notebook: str | None, chat: str | None = None) -> HistoryFile:
        return HistoryFile("", None, self.root_dir / ".matsci-unused-history.json")

    def display_location(self, where: HistoryFile) -> str:
        return "the host chat"

    def load(self, notebook: str | None, chat: str | None = None) -> Any:
        class _Empty:
            messages: ClassVar[list[dict[str, Any]]] = []
            notices: ClassVar[list[str]] = []

        return _Empty()

    def save_message(
        self, notebook: str | None, record: dict[str, Any], chat: str | None = None
    ) -> dict[str, Any]:
        return record


_services: dict[str, ModelService] = {}


def shared_models() -> ModelService:
    """One model service per process (the same model the panel's server extension uses)."""
    if "models" not in _services:
        _services["models"] = ModelService(MatsciChat())
    return _services["models"]


async def answer_markdown(
    text: str, root: Path, models: ModelService | None = None
) -> AsyncIterator[str]:
    """Run one chat turn in a worker thread and yield Markdown as it arrives."""
    models = models or shared_models()
    bridge: ThreadBridge[tuple[str, dict[str, Any]]] = ThreadBridge(cancel=Cancel())
    turn = ChatTurn(
        ChatRequest(message=text),
        history=_NoHistory(root),  # type: ignore[arg-type]
        models=models,
        settings=models.settings,
        emit=lambda event, data: bridge.emit((event, data)),
        cancel=bridge.cancel_flag,
    )
    started = False
    async for event, data in bridge.run(turn.run):
        piece = ""
        if event == "token":
            piece = data["text"]
        elif event in ("result", "notice"):
            piece = ("\n\n" if started else "") + payload_markdown(data["payload"]) + "\n\n"
        elif event == "kernel":
            piece = (
                "`/show` renders structures held in a notebook's kernel: use it in the MatSci "
                f"sidebar panel, or `%matsci show {data['variable']}` in a cell."
            )
        elif event == "error":
            piece = f"\n\n**Error:** {data['message']}"
        elif event == "route" and data["engine"] == "model":
            piece = "*language model, not verified by any tool*\n\n"
        if piece:
            started = True
            yield piece
