"""A chat turn as Markdown, for chats that show only text (jupyter-ai's chat).

The same turns and payloads as the panel (:mod:`.chat`, :mod:`.payloads`): an Answer
becomes its value, unit and check marks; a code result its verification badge and a
code block; the model's answer streams as it comes, labelled as unverified.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any, ClassVar

from .chat import Cancel, ChatTurn
from .history import HistoryFile
from .models import ModelService
from .schemas import ChatRequest
from .settings import MatsciChat


def _checks(raw: Any) -> list[str]:
    items: list[tuple[str, Any, str]] = []
    if isinstance(raw, dict):
        raw = [{"name": k, **(v if isinstance(v, dict) else {"passed": v})} for k, v in raw.items()]
    for i, c in enumerate(raw if isinstance(raw, list) else []):
        if isinstance(c, dict):
            passed = c.get("passed", c.get("ok", c.get("status")))
            if isinstance(passed, str):
                passed = {
                    "pass": True,
                    "passed": True,
                    "ok": True,
                    "fail": False,
                    "failed": False,
                }.get(passed.lower())
            items.append(
                (
                    str(c.get("name") or c.get("check") or c.get("code") or f"check {i + 1}"),
                    passed,
                    str(c.get("message") or c.get("detail") or ""),
                )
            )
        else:
            items.append((str(c), None, ""))
    mark = {True: "✅", False: "❌"}
    return [f"- {mark.get(p, '•')} {name}" + (f" — {msg}" if msg else "") for name, p, msg in items]


def _value(data: dict[str, Any]) -> str | None:
    value = data.get("value", data.get("magnitude"))
    unit = data.get("unit") or data.get("units") or ""
    q = data.get("quantity")
    if value is None and isinstance(q, dict):
        value, unit = (
            q.get("magnitude", q.get("value")),
            unit or q.get("unit") or q.get("units") or "",
        )
    elif value is None and isinstance(q, str) and q.strip():
        return q.strip()
    if isinstance(value, float) and math.isfinite(value):
        value = f"{value:.4g}"
    return None if value is None else f"{value} {unit}".strip()


def payload_markdown(payload: dict[str, Any]) -> str:
    """One result as Markdown."""
    data = payload.get("data") or {}
    kind = payload.get("kind")
    lines: list[str] = []
    if kind == "answer":
        value = _value(data)
        lines.append(
            f"**{value}**"
            if value
            else f"No answer: {data.get('reason') or data.get('message') or 'no confident answer'}"
        )
        lines += _checks(data.get("checks"))
        steps = data.get("steps") or []
        if isinstance(steps, list) and steps:
            lines += ["", "Calculation:"] + [f"{i + 1}. {s}" for i, s in enumerate(steps)]
    elif kind == "code":
        verified = data.get("verified") is True
        check = data.get("verification") if isinstance(data.get("verification"), dict) else {}
        if verified and check.get("isolated") is False:
            lines.append("✅ checked before reaching you (not isolated: no OS sandbox here)")
        else:
            lines.append(
                "✅ ran in a sandbox before reaching you"
                if verified
                else "❌ not verified: read it before running"
            )
        if data.get("clarification"):
            lines.append(str(data["clarification"]))
        if data.get("explanation"):
            lines.append(str(data["explanation"]))
        if data.get("code"):
            lines += ["```python", str(data["code"]).rstrip(), "```"]
    elif kind == "notice":
        lines.append(f"**{data.get('title', 'Note')}**: {data.get('message', '')}")
        lines += [f"- {h}" for h in data.get("hints") or []]
    elif kind == "help":
        lines.append(str(data.get("markdown", payload.get("text", ""))))
    else:
        bundle = payload.get("bundle") or {}
        lines.append(str(bundle.get("text/markdown") or payload.get("text") or ""))
        lines += _checks(data.get("checks"))
    return "\n".join(lines).strip()


class _NoHistory:
    """The host chat keeps the conversation; the turn reads and writes nothing of its own."""

    def __init__(self, root: Path) -> None:
        self.root_dir = root

    def locate(self, notebook: str | None) -> HistoryFile:
        return HistoryFile("", None, self.root_dir / ".matsci-unused-history.json")

    def display_location(self, where: HistoryFile) -> str:
        return "the host chat"

    def load(self, notebook: str | None) -> Any:
        class _Empty:
            messages: ClassVar[list[dict[str, Any]]] = []
            notices: ClassVar[list[str]] = []

        return _Empty()

    def save_message(self, notebook: str | None, record: dict[str, Any]) -> dict[str, Any]:
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
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[tuple[str, dict[str, Any]] | None] = asyncio.Queue()
    cancel = Cancel()
    models = models or shared_models()

    def emit(event: str, data: dict[str, Any]) -> None:
        loop.call_soon_threadsafe(queue.put_nowait, (event, data))

    turn = ChatTurn(
        ChatRequest(message=text),
        history=_NoHistory(root),  # type: ignore[arg-type]
        models=models,
        settings=models.settings,
        emit=emit,
        cancel=cancel,
    )
    future = loop.run_in_executor(None, turn.run)
    future.add_done_callback(lambda _f: queue.put_nowait(None))
    started = False
    try:
        while (item := await queue.get()) is not None:
            event, data = item
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
    finally:
        cancel.set()
    await future
