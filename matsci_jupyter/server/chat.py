"""One chat turn: a message in, a stream of events out, both kept in the history.

Events (sent to the browser as server-sent events):

- ``start``   ``{"user": message, "assistant_id", "history"}`` once the question is saved
- ``route``   ``{"engine", "via"}``: who answers (an engine, the model, a command)
- ``token``   ``{"text"}``: a piece of the model's answer
- ``result``  ``{"payload"}``: an engine result (see :mod:`.payloads`)
- ``notice``  ``{"payload"}``: something the user should know (no model, notebook gone)
- ``kernel``  ``{"action", "code", "variable"}``: the panel should run ``code`` in the kernel
- ``progress`` ``{"message"}``
- ``error``   ``{"message"}``: the turn failed; what was produced so far is kept
- ``done``    ``{"message"}``: the assistant message as stored

Slash commands: ``/code``, ``/answer``, ``/check``, ``/show``, ``/finetune``, ``/help``.
``/answer``, ``/code`` and ``/check`` run the commands of :mod:`matsci_jupyter.commands`
with the panel's context (the loaded model included), exactly as ``%%matsci`` does.
A message without one goes through the router, like a plain ``%%matsci`` cell.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..commands.table import COMMANDS as TABLE
from ..errors import MatsciError
from .engines import (
    ENGINES,
    PanelContext,
    engine_available,
    looks_like_structure_path,
    resolve_user_path,
)
from .file_refs import file_attachments, strip_refs
from .history import HistoryStore, new_id, now_iso
from .payloads import clean_text, notice_payload, to_payload
from .schemas import ChatRequest

log = logging.getLogger(__name__)
Emit = Callable[[str, dict[str, Any]], None]

SYSTEM_PROMPT = (
    "You are MatSci, a materials-science assistant beside a Jupyter notebook. Answer briefly. "
    "Give every number with its unit. Put code in ```python blocks; prefer pymatgen and ASE. "
    "Say when you are unsure."
)
PARTIAL_SAVE_SECONDS = 2.0
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class Cancel(threading.Event):
    """The "stop" flag of a turn (set when the client goes away).

    Backends may set the flag they are given when their generation ends, so a
    model gets its own flag, linked to this one: stopping the turn stops the
    model, a model finishing does not mark the turn stopped.
    """

    def __init__(self) -> None:
        super().__init__()
        self._linked: list[threading.Event] = []

    def link(self) -> threading.Event:
        flag = threading.Event()
        self._linked.append(flag)
        if self.is_set():
            flag.set()
        return flag

    def set(self) -> None:
        super().set()
        for flag in self._linked:
            flag.set()


def linked_flag(cancel: threading.Event) -> threading.Event:
    """A flag set when ``cancel`` is (immediately, when ``cancel`` is a :class:`Cancel`)."""
    if isinstance(cancel, Cancel):
        return cancel.link()
    flag = threading.Event()
    if cancel.is_set():
        flag.set()
    return flag


@dataclass(frozen=True)
class SlashCommand:
    name: str
    usage: str
    help: str
    command: str | None = None  # the command of the table it runs (None: chat-only)


COMMANDS = (
    SlashCommand(
        "code",
        "/code REQUEST",
        "pymatgen/ASE code for the request, run in a sandbox before you see it",
        "generate_code",
    ),
    SlashCommand(
        "answer",
        "/answer QUESTION",
        "a numeric answer with its unit and the checks it passed",
        "answer",
    ),
    SlashCommand(
        "check",
        "/check [QUESTION --- ANSWER | FILE]",
        "check an answer (with nothing after it: the model's last answer) or a structure file",
        "check_answer",
    ),
    SlashCommand(
        "show", "/show VARIABLE_OR_FILE", "render a structure held in the kernel or a file"
    ),
    SlashCommand("finetune", "/finetune", "how to train property heads on your own table"),
    SlashCommand("help", "/help", "what the panel can do"),
)
COMMAND_NAMES = {c.name for c in COMMANDS}

FINETUNE_HELP = """\
**Train property heads on your own data** (in the notebook, where your table is):

```python
from matsci_jupyter import FineTuner
FineTuner(df)   # pick the composition/structure column and one or more targets, then Train
```

or `%matsci finetune df`. Headless: `matsci-jupyter finetune --data X.csv --input COLUMN --target COL --out DIR`.
Trained heads predict with `%matsci predict NAME formula ...`. Training runs in the kernel,
so it is not started from the chat."""


def commands_as_dicts() -> list[dict[str, str]]:
    return [{"name": c.name, "usage": c.usage, "help": c.help} for c in COMMANDS]


def parse_slash(text: str) -> tuple[str | None, str]:
    """``("code", "rest")`` for ``/code rest``; ``(None, text)`` when there is no command."""
    stripped = text.lstrip()
    if not stripped.startswith("/"):
        return None, text
    head, _, rest = stripped[1:].partition(" ")
    head, nl, more = head.partition("\n")
    rest = (more + (" " + rest if rest else "")) if nl else rest
    return head.lower(), rest.strip()


def help_markdown(routes: list[dict[str, str]]) -> str:
    lines = ["**Commands**", ""]
    lines += [f"- `{c.usage}`: {c.help}" for c in COMMANDS]
    lines += [
        "",
        "A message without a command goes to the engine that recognises it "
        "(like a plain `%%matsci` cell), or to the language model when one is loaded.",
    ]
    if routes:
        lines += [
            "",
            "**Engines here:** " + ", ".join(f"{r['name']} ({r['description']})" for r in routes),
        ]
    missing = [name for name in ENGINES if not engine_available(name)]
    if missing:
        lines += ["", "Not installed in this version: " + ", ".join(missing)]
    lines += [
        "",
        "Attach the selected cell, the last error or a variable summary with the Attach buttons.",
    ]
    return "\n".join(lines)


class HelpText:
    """Markdown shown as a result (help pages)."""

    def __init__(self, title: str, markdown: str) -> None:
        self.title, self.markdown = title, markdown

    def as_dict(self) -> dict[str, Any]:
        return {"kind": "help", "title": self.title, "markdown": self.markdown}

    def __str__(self) -> str:
        return self.markdown

    def _repr_markdown_(self) -> str:
        return self.markdown


class PanelLiveSink:
    """A live-output sink (:mod:`matsci_jupyter.model.live`) for the chat panel.

    Engines that use the model (the code path's rounds, the answer path's pint
    program) write through ``generate_live``; in the server this sink turns what
    the model is writing, and each round's verdict, into ``progress`` events: the
    panel's status line shows the round, the token count and rate, and the line
    being written. The engine's checked result arrives afterwards as usual.
    """

    min_interval_s = 0.5
    """Seconds between two progress events while the model writes."""
    LINE_CHARS = 100

    def __init__(
        self, progress: Callable[[str], None], cancel: threading.Event | None = None
    ) -> None:
        self._progress = progress
        self._head = "model"
        self._cancel = cancel  # the turn's stop: the model stops writing when it is set

    def stop_flag(self) -> threading.Event:
        """A new flag for one generation, set when the turn is stopped (see ``generate_live``)."""
        return linked_flag(self._cancel) if self._cancel is not None else threading.Event()

    def begin(self, model: str, label: str) -> None:
        self._head = f"{model}{' · ' + label if label else ''}"
        self._progress(f"{self._head}: writing…")

    def update(self, text: str, tokens: int, seconds: float) -> None:
        rate = tokens / seconds if seconds > 0 else 0.0
        lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
        line = lines[-1][: self.LINE_CHARS] if lines else ""
        self._progress(
            f"{self._head}: writing… {tokens} tokens, {rate:.1f}/s" + (f" · {line}" if line else "")
        )

    def end(self, text: str, summary: str, *, keep_text: bool) -> None:
        self._progress(f"{self._head}: {summary}")

    def note(self, message: str) -> None:
        self._progress(message)


class ChatTurn:
    """Runs one message to completion in a worker thread, emitting events as it goes."""

    def __init__(
        self,
        request: ChatRequest,
        *,
        history: HistoryStore,
        models: Any,
        settings: Any,
        emit: Emit,
        cancel: threading.Event,
    ) -> None:
        self.request = request
        self.history = history
        self.models = models
        self.settings = settings
        self._emit = emit
        self.cancel = cancel
        self.chat = request.chat
        self.notebook = history.locate(request.notebook, self.chat).notebook
        self.assistant: dict[str, Any] = {
            "id": new_id(),
            "role": "assistant",
            "time": now_iso(),
            "content": "",
            "results": [],
            "notices": [],
            "engine": None,
            "status": "streaming",
            "error": None,
        }
        self._last_save = 0.0

    # -- output --------------------------------------------------------------
    def emit(self, event: str, data: dict[str, Any]) -> None:
        if not self.cancel.is_set():
            self._emit(event, data)

    def add_result(self, obj: Any, engine: str | None) -> None:
        payload = obj if isinstance(obj, dict) else to_payload(obj, engine=engine)
        event = "notice" if payload["kind"] == "notice" else "result"
        (self.assistant["notices"] if event == "notice" else self.assistant["results"]).append(
            payload
        )
        self.emit(event, {"payload": payload})

    def add_notice(
        self, title: str, message: str, hints: list[str] | None = None, level: str = "info"
    ) -> None:
        self.add_result(notice_payload(title, message, hints, level), None)

    def route(self, engine: str, via: str) -> None:
        self.assistant["engine"] = engine
        self.emit("route", {"engine": engine, "via": via})

    def _save(self) -> None:
        self.history.save_message(self.notebook, self.assistant, self.chat)
        self._last_save = time.monotonic()

    # -- the turn ------------------------------------------------------------
    def run(self) -> dict[str, Any]:
        req = self.request
        text = clean_text(req.message)
        attachments = [
            {"kind": a.kind, "label": clean_text(a.label), "content": clean_text(a.content)}
            for a in req.attachments
        ]
        where = self.history.locate(self.notebook, self.chat)
        folder = (
            where.notebook_os_path.parent
            if where.notebook_os_path is not None
            else self.history.root_dir
        )
        files, file_problems = file_attachments(
            text, folder, self.history.root_dir, self.settings.max_attachment_chars
        )
        attachments += files
        user = {
            "id": req.client_id or new_id(),
            "role": "user",
            "time": now_iso(),
            "content": text,
            "attachments": attachments,
        }
        user = self.history.save_message(self.notebook, user, self.chat)
        self.emit(
            "start",
            {
                "user": user,
                "assistant_id": self.assistant["id"],
                "history": self.history.display_location(where),
            },
        )
        if file_problems:
            self.add_notice("Not attached", "; ".join(file_problems), level="warning")
        if where.notebook and not where.notebook_exists:
            self.add_notice(
                "Notebook not found",
                f"{where.notebook} no longer exists on disk; the chat goes on and is kept in "
                f"{self.history.display_location(where)}",
                level="warning",
            )
        try:
            from ..model.live import live_output

            # model text written inside engines (code rounds, answer programs) and the
            # repair-round notes reach the panel as progress while they are written
            sink = PanelLiveSink(lambda m: self.emit("progress", {"message": m}), self.cancel)
            with live_output(sink):
                self._dispatch(text, attachments, where.notebook_os_path)
            self.assistant["status"] = "cancelled" if self.cancel.is_set() else "complete"
        except MatsciError as exc:
            self._fail(str(exc))
        except Exception as exc:  # a bug must not lose the turn or kill the server
            log.exception("matsci chat turn failed")
            self._fail(f"internal error ({type(exc).__name__}: {str(exc)[:300]}); the chat is kept")
        finally:
            self._save()
            self.emit("done", {"message": self.assistant})
        return self.assistant

    def _fail(self, message: str) -> None:
        self.assistant["status"] = "error"
        self.assistant["error"] = message
        self.emit("error", {"message": message})

    def _context(
        self, attachments: list[dict[str, str]], notebook_path: Path | None
    ) -> PanelContext:
        cwd = notebook_path.parent if notebook_path is not None else self.history.root_dir
        return PanelContext(
            self.models,
            attachments=attachments,
            cwd=cwd,
            root=self.history.root_dir,
            progress=lambda m: self.emit("progress", {"message": m}),
        )

    def _dispatch(self, text: str, attachments: list[dict[str, str]], nb_path: Path | None) -> None:
        command, arg = parse_slash(text)
        ctx = self._context(attachments, nb_path)
        if command is None:
            return self._free_text(text, ctx, attachments)
        if command not in COMMAND_NAMES:
            self.route("help", "command")
            self.add_notice(
                "Unknown command",
                f"/{command} is not a command",
                [f"{c.usage}: {c.help}" for c in COMMANDS],
                level="warning",
            )
            return None
        self.route(command, "command")
        handler = getattr(self, f"_cmd_{command}")
        if command in ("check", "show"):
            arg = strip_refs(arg)  # `/check @NaCl.cif` names the file itself
        return handler(arg, ctx, attachments)

    # -- commands ------------------------------------------------------------
    def _cmd_help(self, arg: str, ctx: PanelContext, attachments: list[dict[str, str]]) -> None:
        from .engines import routes

        self.add_result(HelpText("MatSci chat", help_markdown(routes())), "help")

    def _cmd_finetune(self, arg: str, ctx: PanelContext, attachments: list[dict[str, str]]) -> None:
        self.add_result(HelpText("Fine-tuning", FINETUNE_HELP), "finetune")

    def _need(self, arg: str, usage: str) -> bool:
        if arg:
            return True
        self.add_notice("Missing text", f"write it after the command: {usage}", level="warning")
        return False

    def run_command(self, name: str, arguments: dict[str, Any], ctx: PanelContext) -> None:
        """Run a command of the table with the panel's context and show its payload."""
        self.add_result(TABLE[name].payload(arguments, ctx), TABLE[name].engine)

    def _cmd_answer(self, arg: str, ctx: PanelContext, attachments: list[dict[str, str]]) -> None:
        if self._need(arg, "/answer QUESTION"):
            self.run_command("answer", {"question": arg}, ctx)

    def _cmd_code(self, arg: str, ctx: PanelContext, attachments: list[dict[str, str]]) -> None:
        if self._need(arg, "/code REQUEST"):
            self.run_command("generate_code", {"request": arg}, ctx)

    def _cmd_check(self, arg: str, ctx: PanelContext, attachments: list[dict[str, str]]) -> None:
        if arg and "---" not in arg and looks_like_structure_path(arg):
            path = resolve_user_path(arg, ctx.cwd, self.history.root_dir)
            self.run_command("check_structure", {"structure": str(path)}, ctx)
            return
        question, response = self._question_and_answer(arg, attachments)
        if not response:
            self.add_notice(
                "Nothing to check",
                "there is no model answer in this chat yet",
                [
                    "/check QUESTION --- ANSWER checks any answer (paste it after ---)",
                    "/check FILE.cif checks a structure file",
                ],
                level="warning",
            )
            return
        self.run_command("check_answer", {"question": question, "response": response}, ctx)

    def _question_and_answer(self, arg: str, attachments: list[dict[str, str]]) -> tuple[str, str]:
        if "---" in arg:
            question, _, response = arg.partition("---")
            return question.strip(), response.strip()
        cells = [a["content"] for a in attachments if a["kind"] == "cell"]
        if arg and cells:
            return arg, cells[0]
        messages = self.history.load(self.notebook, self.chat).messages
        for i in range(len(messages) - 1, -1, -1):
            m = messages[i]
            if (
                m.get("role") == "assistant"
                and m.get("content")
                and m.get("id") != self.assistant["id"]
            ):
                question = next(
                    (
                        p.get("content", "")
                        for p in reversed(messages[:i])
                        if p.get("role") == "user"
                    ),
                    "",
                )
                return (arg or question), m["content"]
        return arg, ""

    def _cmd_show(self, arg: str, ctx: PanelContext, attachments: list[dict[str, str]]) -> None:
        if not self._need(arg, "/show VARIABLE_OR_FILE"):
            return
        arg = arg.strip()
        if _IDENTIFIER.match(arg) and not looks_like_structure_path(arg):
            code = (
                "import matsci_jupyter as _matsci_chat\n"
                f"_matsci_chat.view({arg}) if hasattr(_matsci_chat, 'view') else "
                "print('matsci: structure rendering is not installed in this version')"
            )
            self.assistant["content"] = f"Showing `{arg}` from the notebook's kernel."
            self.emit("kernel", {"action": "show", "variable": arg, "code": code})
            return
        path = resolve_user_path(arg, ctx.cwd, self.history.root_dir)
        self.run_command("view_structure", {"structure": str(path)}, ctx)

    # -- free text -----------------------------------------------------------
    def _free_text(self, text: str, ctx: PanelContext, attachments: list[dict[str, str]]) -> None:
        from ..engines import router

        engine, _scores = router.choose(text, ctx)
        if engine is not None:
            self.route(engine.name, "router")
            self.add_result(engine.handle(text, ctx), engine.name)
            return
        model = ctx.model()
        if model.kind == "none":
            self.route("none", "router")
            self.add_result(router.nothing_can_answer(ctx), None)
            return
        self.route("model", "model")
        self._stream_model(model, text, attachments)

    def _prompt(self, text: str, attachments: list[dict[str, str]]) -> list[dict[str, str]]:
        messages = [{"role": "system", "content": SYSTEM_PROMPT}]
        past = [
            m
            for m in self.history.load(self.notebook, self.chat).messages
            if m.get("role") in ("user", "assistant")
            and m.get("content")
            and m.get("id") != self.assistant["id"]
        ]
        past = past[:-1] if past and past[-1].get("role") == "user" else past  # this question
        for m in past[-self.settings.context_messages :]:
            messages.append({"role": m["role"], "content": str(m["content"])[:4000]})
        context = "".join(
            f"\n\n[{a['kind']}{': ' + a['label'] if a['label'] else ''}]\n{a['content']}"
            for a in attachments
        )
        messages.append(
            {
                "role": "user",
                "content": text + (f"\n\nFrom the notebook:{context}" if context else ""),
            }
        )
        return messages

    def _stream_model(self, model: Any, text: str, attachments: list[dict[str, str]]) -> None:
        self.assistant["model"] = model.name
        self.assistant["verified"] = False
        prompt = fit_to_context(
            model, self._prompt(text, attachments), self.settings.max_new_tokens
        )
        model_cancel = linked_flag(self.cancel)  # the backend may set it when it ends
        pieces = model.stream(
            prompt, cancel=model_cancel, max_new_tokens=self.settings.max_new_tokens
        )
        try:
            for raw in pieces:
                piece = clean_text(raw)
                self.assistant["content"] += piece
                self.emit("token", {"text": piece})
                if time.monotonic() - self._last_save > PARTIAL_SAVE_SECONDS:
                    self._save()
                if self.cancel.is_set():
                    model_cancel.set()
                    break
        finally:
            pieces.close()  # releases the model's lock at once, also when the client left


def fit_to_context(
    model: Any, messages: list[dict[str, str]], max_new_tokens: int
) -> list[dict[str, str]]:
    """Drop the oldest earlier turns until the prompt leaves room for an answer.

    The system prompt and the new question always stay; if they alone are too
    long, the model says so (PromptTooLongError) and the panel shows it.
    """
    limit = model.context_length
    if not limit:
        return messages
    budget = limit - min(max_new_tokens, max(16, limit // 4))

    def size(ms: list[dict[str, str]]) -> int:  # ~8 tokens of chat template per message
        return model.count_tokens("\n".join(m["content"] for m in ms)) + 8 * len(ms)

    messages = list(messages)
    while len(messages) > 2 and size(messages) > budget:
        del messages[1]
    return messages
