"""HTTP handlers of the chat panel, under ``{base_url}/matsci/``.

Every handler is an authenticated ``APIHandler`` (jupyter_server's token or
cookie auth; cookie-authenticated POSTs need the XSRF token). Bodies are
validated with pydantic; a bad body is a 400 (413 when too large) with a
message, never a 500.

==========================  ======  ==============================================
path                        method  what
==========================  ======  ==============================================
matsci/status               GET     version, model state, engines, commands, limits
matsci/model                GET     model state (no model / loading / ready / error)
matsci/model/load           POST    ``{"name_or_path", "quantization"?, "device"?}``
matsci/model/unload         POST    ``{}``
matsci/model/connect        POST    ``{"url", "api_key"?, "model"?}``
matsci/chat                 POST    ``ChatRequest`` → ``text/event-stream``
matsci/history              GET     ``?notebook=PATH`` → the chat of a notebook
matsci/history              DELETE  ``?notebook=PATH`` → start a new chat (old one kept)
matsci/files                GET     ``?notebook=PATH&prefix=P`` → files next to the notebook (``@file``)
matsci/chats                GET     ``?notebook=PATH`` → the named chats of a notebook
                                    (``&chat=NAME`` selects one in history and chat requests)
matsci/engines              GET     engines and whether they are installed
matsci/engines/NAME         POST    ``{"text", "response"?, "notebook"?}`` or
                                    ``{"arguments": {...}, "notebook"?}`` → one result
matsci/kernel/summary-code  GET     ``?name=VAR`` → code printing a variable's summary
==========================  ======  ==============================================
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

from jupyter_server.auth.decorator import authorized
from jupyter_server.base.handlers import APIHandler
from jupyter_server.utils import url_path_join
from pydantic import BaseModel, ValidationError
from tornado import web
from tornado.iostream import StreamClosedError

from .._version import __version__
from ..commands import COMMANDS
from ..commands.bridge import KEEPALIVE, ThreadBridge, run_in_thread
from ..errors import MatsciError, ModelNotFoundError
from . import chat as chat_mod
from .engines import ENGINES, EngineUnavailableError, PanelContext, engine_available, routes
from .history import HistoryPathError, HistoryStore
from .kernel_snippets import variable_summary_code
from .models import ModelBusyError, ModelService
from .payloads import json_safe
from .schemas import (
    ChatRequest,
    ConnectModelRequest,
    EmptyRequest,
    EngineRequest,
    Limits,
    LoadModelRequest,
    validation_message,
)
from .settings import MatsciChat

Body = TypeVar("Body", bound=BaseModel)
KEEPALIVE_SECONDS = 15.0
AUTH_RESOURCE = "matsci"


@dataclass
class MatsciState:
    """What the handlers share, put in the tornado settings once (``settings["matsci"]``)."""

    settings: MatsciChat
    history: HistoryStore
    models: ModelService
    chat_pool: ThreadPoolExecutor = field(
        default_factory=lambda: ThreadPoolExecutor(max_workers=4, thread_name_prefix="matsci-chat")
    )
    model_pool: ThreadPoolExecutor = field(
        default_factory=lambda: ThreadPoolExecutor(max_workers=1, thread_name_prefix="matsci-model")
    )
    active_turns: set[threading.Event] = field(default_factory=set)

    @property
    def limits(self) -> Limits:
        return Limits(
            max_message_chars=self.settings.max_message_chars,
            max_attachment_chars=self.settings.max_attachment_chars,
        )

    def shutdown(self) -> None:
        for cancel in list(self.active_turns):
            cancel.set()
        self.chat_pool.shutdown(wait=False, cancel_futures=True)
        self.model_pool.shutdown(wait=False, cancel_futures=True)


def error_status(exc: MatsciError) -> int:
    """The 4xx status a user error is answered with."""
    if isinstance(exc, (ModelNotFoundError, EngineUnavailableError)):
        return 404
    if isinstance(exc, ModelBusyError):
        return 409
    return 400


MAX_JSON_DEPTH = 64  # no request of ours nests deeper; json.loads recurses per level


_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
_JSON_BRACKET = re.compile(r"[\[\]{}]")


def json_too_deep(text: str, limit: int = MAX_JSON_DEPTH) -> bool:
    """Whether JSON ``text`` nests arrays/objects deeper than ``limit`` (linear in its length)."""
    depth = 0
    for m in _JSON_BRACKET.finditer(_JSON_STRING.sub("", text)):
        depth += 1 if m.group() in "[{" else -1
        if depth > limit:
            return True
    return False


class MatsciHandler(APIHandler):
    """Base: JSON bodies validated by pydantic, user errors as 4xx with a message."""

    auth_resource = AUTH_RESOURCE

    @property
    def state(self) -> MatsciState:
        return self.settings["matsci"]

    def parse_body(self, model: type[Body]) -> Body:
        raw = self.request.body or b""
        limit = self.state.settings.max_body_bytes
        if len(raw) > limit:
            raise web.HTTPError(413, f"request body has {len(raw)} bytes; the limit is {limit}")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise web.HTTPError(400, "request body is not UTF-8 text (send JSON)") from exc
        if not text.strip():
            text = "{}"
        if json_too_deep(text):
            raise web.HTTPError(400, f"request body nests JSON deeper than {MAX_JSON_DEPTH} levels")
        try:
            data = json.loads(text)
        except RecursionError as exc:
            raise web.HTTPError(400, "request body nests JSON too deeply") from exc
        except ValueError as exc:
            raise web.HTTPError(
                400, f"request body is not valid JSON ({exc.args[0][:100]})"
            ) from exc
        if not isinstance(data, dict):
            raise web.HTTPError(
                400, f"request body must be a JSON object, got {type(data).__name__}"
            )
        try:
            return model.model_validate(data, context={"limits": self.state.limits})
        except ValidationError as exc:
            raise web.HTTPError(400, validation_message(exc.errors())) from exc

    @contextmanager
    def user_errors(self) -> Iterator[None]:
        try:
            yield
        except MatsciError as exc:
            raise web.HTTPError(error_status(exc), str(exc)) from exc

    def reply(self, data: Any, status: int = 200) -> None:
        self.set_status(status)
        self.finish(json.dumps(json_safe(data)))

    async def in_pool(
        self, pool: ThreadPoolExecutor | None, fn: Any, *args: Any, **kwargs: Any
    ) -> Any:
        with self.user_errors():
            return await run_in_thread(fn, *args, executor=pool, **kwargs)


def _sandbox_status() -> dict[str, object]:
    """How generated code is confined here (probing bubblewrap once takes ~0.2 s)."""
    from ..sandbox import isolation_status

    return isolation_status()


class StatusHandler(MatsciHandler):
    @web.authenticated
    @authorized
    async def get(self) -> None:
        s = self.state.settings
        self.reply(
            {
                "version": __version__,
                "model": self.state.models.state(),
                "routes": routes(),
                "engines": {name: engine_available(name) for name in ENGINES},
                "commands": chat_mod.commands_as_dicts(),
                "sandbox": await self.in_pool(None, _sandbox_status),
                "limits": {
                    "max_message_chars": s.max_message_chars,
                    "max_attachment_chars": s.max_attachment_chars,
                    "max_body_bytes": s.max_body_bytes,
                },
            }
        )


class ModelHandler(MatsciHandler):
    @web.authenticated
    @authorized
    async def get(self) -> None:
        self.reply(self.state.models.state())


class ModelActionHandler(MatsciHandler):
    @web.authenticated
    @authorized
    async def post(self, action: str) -> None:
        models = self.state.models
        if action == "load":
            req = self.parse_body(LoadModelRequest)
            state = await self.in_pool(
                self.state.model_pool,
                models.load,
                req.name_or_path,
                quantization=req.quantization,
                device=req.device,
            )
        elif action == "connect":
            creq = self.parse_body(ConnectModelRequest)
            state = await self.in_pool(
                self.state.model_pool,
                models.connect,
                creq.url,
                api_key=creq.api_key,
                model=creq.model,
            )
        else:  # unload (the route allows nothing else)
            self.parse_body(EmptyRequest)
            with self.user_errors():
                state = models.unload()
        self.reply(state)


class HistoryHandler(MatsciHandler):
    def _notebook(self) -> str | None:
        notebook = self.get_query_argument("notebook", None)
        if notebook is not None and len(notebook) > 4096:
            raise web.HTTPError(400, "notebook path is too long")
        return notebook

    def _chat(self) -> str | None:
        return self.get_query_argument("chat", None) or None

    @web.authenticated
    @authorized
    async def get(self) -> None:
        notebook, chat = self._notebook(), self._chat()
        with self.user_errors():
            view = await self.in_pool(self.state.chat_pool, self.state.history.load, notebook, chat)
        self.reply({**view.as_dict(), "chat": chat})

    @web.authenticated
    @authorized
    async def delete(self) -> None:
        notebook, chat = self._notebook(), self._chat()
        kept = await self.in_pool(self.state.chat_pool, self.state.history.clear, notebook, chat)
        self.reply({"cleared": kept is not None, "kept_as": kept})


class ChatsHandler(HistoryHandler):
    """The named chats of a notebook (its default chat is always there, unnamed)."""

    @web.authenticated
    @authorized
    async def get(self) -> None:
        notebook = self._notebook()
        names = await self.in_pool(self.state.chat_pool, self.state.history.chats, notebook)
        self.reply({"notebook": notebook, "chats": names})


class EnginesHandler(MatsciHandler):
    @web.authenticated
    @authorized
    async def get(self) -> None:
        self.reply(
            {
                "engines": [
                    {"name": n, "description": d, "installed": engine_available(n)}
                    for n, d in ENGINES.items()
                ],
                "routes": routes(),
            }
        )


class FilesHandler(HistoryHandler):
    """Files of the notebook's folder whose name starts with ``prefix`` (for ``@file`` completion)."""

    LIMIT = 50

    @web.authenticated
    @authorized
    async def get(self) -> None:
        notebook = self._notebook()
        prefix = self.get_query_argument("prefix", "")[:200]
        with self.user_errors():
            where = self.state.history.locate(notebook)
        root = self.state.history.root_dir
        folder = where.notebook_os_path.parent if where.notebook_os_path is not None else root

        def listing() -> list[str]:
            try:
                entries = sorted(p.name for p in folder.iterdir() if p.is_file())
            except OSError:
                return []
            return [n for n in entries if n.startswith(prefix) and not n.startswith(".")][
                : self.LIMIT
            ]

        names = await self.in_pool(self.state.chat_pool, listing)
        self.reply({"files": names})


# older names of the engine routes -> commands of the table
ENGINE_ALIASES = {"check": "check_answer", "code": "generate_code"}


def legacy_arguments(command: str, req: EngineRequest) -> dict[str, Any]:
    """``{"text", "response"}`` bodies as the command's arguments (its first field gets the text)."""
    fields = list(COMMANDS[command].arguments.model_fields)
    first = fields[0]
    text: Any = (req.text or "").split() if first == "inputs" else req.text
    args: dict[str, Any] = {first: text}
    if "response" in fields:
        if not req.response:
            raise web.HTTPError(400, "response: give the answer to check")
        args["response"] = req.response
    return args


class EngineRunHandler(MatsciHandler):
    """Run one command of the table on a text or on its own arguments; no chat, no history."""

    @web.authenticated
    @authorized
    async def post(self, name: str) -> None:
        req = self.parse_body(EngineRequest)
        command = COMMANDS[ENGINE_ALIASES.get(name, name)]
        if req.arguments is not None:
            arguments = req.arguments
        elif req.text is not None:
            arguments = legacy_arguments(command.name, req)
        else:
            raise web.HTTPError(400, "text: give the text to work on (or 'arguments')")
        with self.user_errors():
            where = self.state.history.locate(req.notebook) if req.notebook else None
        root = self.state.history.root_dir
        nb_path = where.notebook_os_path if where is not None else None
        ctx = PanelContext(
            self.state.models,
            cwd=nb_path.parent if nb_path is not None else root,
            root=root,
        )
        payload = await self.in_pool(self.state.chat_pool, command.payload, arguments, ctx)
        self.reply({"result": payload})


class SummaryCodeHandler(MatsciHandler):
    @web.authenticated
    @authorized
    async def get(self) -> None:
        name = self.get_query_argument("name", "")
        with self.user_errors():
            code = variable_summary_code(name)
        self.reply({"name": name, "code": code})


class ChatHandler(MatsciHandler):
    """A chat turn streamed as server-sent events; the turn finishes and is saved even if the
    client goes away (generation by the model stops early then)."""

    _bridge: ThreadBridge[Any] | None = None

    @web.authenticated
    @authorized
    async def post(self) -> None:
        req = self.parse_body(ChatRequest)
        state = self.state
        try:
            state.history.locate(req.notebook, req.chat)
        except HistoryPathError as exc:
            raise web.HTTPError(400, str(exc)) from exc

        bridge: ThreadBridge[tuple[str, dict[str, Any]]] = ThreadBridge(
            cancel=chat_mod.Cancel(), keepalive_s=KEEPALIVE_SECONDS
        )
        self._bridge = bridge
        cancel = bridge.cancel_flag
        turn = chat_mod.ChatTurn(
            req,
            history=state.history,
            models=state.models,
            settings=state.settings,
            emit=lambda event, data: bridge.emit((event, data)),
            cancel=cancel,
        )
        state.active_turns.add(cancel)

        def work() -> None:
            try:
                turn.run()  # finishes and saves even when the client went away
            finally:
                state.active_turns.discard(cancel)

        self.set_header("Content-Type", "text/event-stream; charset=utf-8")
        self.set_header("Cache-Control", "no-cache")
        self.set_header("X-Accel-Buffering", "no")
        try:
            async for item in bridge.run(work, executor=state.chat_pool):
                if item is KEEPALIVE:
                    self.write(": keep-alive\n\n")
                else:
                    event, data = item
                    self.write(f"event: {event}\ndata: {json.dumps(json_safe(data))}\n\n")
                await self.flush()
        except StreamClosedError:
            bridge.cancel()
            return
        if not cancel.is_set():
            self.finish(set_content_type="text/event-stream; charset=utf-8")

    def on_connection_close(self) -> None:
        if self._bridge is not None:
            self._bridge.cancel()
        super().on_connection_close()


def setup_handlers(web_app: Any, state: MatsciState) -> None:
    """Register the handlers under ``{base_url}/matsci/``."""
    web_app.settings["matsci"] = state
    base = url_path_join(web_app.settings.get("base_url", "/"), "matsci")
    engines = "|".join([*COMMANDS, *ENGINE_ALIASES])
    web_app.add_handlers(
        ".*$",
        [
            (url_path_join(base, "status"), StatusHandler),
            (url_path_join(base, "model"), ModelHandler),
            (url_path_join(base, "model", "(load|unload|connect)"), ModelActionHandler),
            (url_path_join(base, "chat"), ChatHandler),
            (url_path_join(base, "history"), HistoryHandler),
            (url_path_join(base, "chats"), ChatsHandler),
            (url_path_join(base, "files"), FilesHandler),
            (url_path_join(base, "engines"), EnginesHandler),
            (url_path_join(base, "engines", f"({engines})"), EngineRunHandler),
            (url_path_join(base, "kernel", "summary-code"), SummaryCodeHandler),
        ],
    )
