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
matsci/engines              GET     engines and whether they are installed
matsci/engines/NAME         POST    ``{"text", "response"?, "notebook"?}`` → one result
matsci/kernel/summary-code  GET     ``?name=VAR`` → code printing a variable's summary
==========================  ======  ==============================================
"""

from __future__ import annotations

import asyncio
import json
import re
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeVar

from jupyter_server.auth.decorator import authorized
from jupyter_server.base.handlers import APIHandler
from jupyter_server.utils import url_path_join
from pydantic import BaseModel, ValidationError
from tornado import web
from tornado.iostream import StreamClosedError

from .._version import __version__
from ..errors import MatsciError, ModelNotFoundError
from . import chat as chat_mod
from .engines import (
    ENGINES,
    EngineUnavailableError,
    engine_available,
    engine_function,
    resolve_user_path,
    routes,
)
from .history import HistoryPathError, HistoryStore
from .kernel_snippets import variable_summary_code
from .models import ModelBusyError, ModelService
from .payloads import json_safe, to_payload
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

    async def in_pool(self, pool: ThreadPoolExecutor, fn: Any, *args: Any, **kwargs: Any) -> Any:
        loop = asyncio.get_running_loop()
        with self.user_errors():
            return await loop.run_in_executor(pool, lambda: fn(*args, **kwargs))


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

    @web.authenticated
    @authorized
    async def get(self) -> None:
        notebook = self._notebook()
        with self.user_errors():
            view = await self.in_pool(self.state.chat_pool, self.state.history.load, notebook)
        self.reply(view.as_dict())

    @web.authenticated
    @authorized
    async def delete(self) -> None:
        notebook = self._notebook()
        kept = await self.in_pool(self.state.chat_pool, self.state.history.clear, notebook)
        self.reply({"cleared": kept is not None, "kept_as": kept})


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


class EngineRunHandler(MatsciHandler):
    """Run one engine function on a text; the same calls the slash commands make."""

    CALLS: ClassVar[dict[str, tuple[str, str]]] = {
        "answer": ("answer", "answer"),
        "check": ("answer", "check_answer"),
        "code": ("code", "generate_code"),
        "check_structure": ("structure", "check_structure"),
    }

    @web.authenticated
    @authorized
    async def post(self, name: str) -> None:
        req = self.parse_body(EngineRequest)
        engine, attr = self.CALLS[name]
        if name == "check" and not req.response:
            raise web.HTTPError(400, "response: give the answer to check")

        text = req.text
        if name == "check_structure" and text.strip() and "\n" not in text.strip():
            # one line is a path: only files inside the folder this server serves (issue 12)
            root = self.state.history.root_dir
            with self.user_errors():
                text = str(resolve_user_path(text, root, root))

        def work() -> dict[str, Any]:
            fn = engine_function(engine, attr)
            if name == "check":
                result = fn(text, req.response)
            elif name == "code":
                result = fn(text, namespace=None)
            else:
                result = fn(text)
            return to_payload(result, engine=engine)

        payload = await self.in_pool(self.state.chat_pool, work)
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

    _cancel: threading.Event | None = None
    _wake: Any = None

    @web.authenticated
    @authorized
    async def post(self) -> None:
        req = self.parse_body(ChatRequest)
        state = self.state
        try:
            state.history.locate(req.notebook)
        except HistoryPathError as exc:
            raise web.HTTPError(400, str(exc)) from exc

        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[tuple[str, dict[str, Any]] | None] = asyncio.Queue()
        cancel = self._cancel = chat_mod.Cancel()
        self._wake = lambda: loop.call_soon_threadsafe(queue.put_nowait, None)

        def emit(event: str, data: dict[str, Any]) -> None:
            try:
                loop.call_soon_threadsafe(queue.put_nowait, (event, data))
            except RuntimeError:  # the loop is closed: the server is stopping
                cancel.set()

        turn = chat_mod.ChatTurn(
            req,
            history=state.history,
            models=state.models,
            settings=state.settings,
            emit=emit,
            cancel=cancel,
        )
        state.active_turns.add(cancel)
        future = loop.run_in_executor(state.chat_pool, turn.run)
        future.add_done_callback(
            lambda _f: (state.active_turns.discard(cancel), queue.put_nowait(None))
        )

        self.set_header("Content-Type", "text/event-stream; charset=utf-8")
        self.set_header("Cache-Control", "no-cache")
        self.set_header("X-Accel-Buffering", "no")
        try:
            await self._pump(queue, future, cancel)
        except StreamClosedError:
            cancel.set()
            return
        if not cancel.is_set():
            self.finish(set_content_type="text/event-stream; charset=utf-8")

    async def _pump(
        self, queue: asyncio.Queue[Any], future: asyncio.Future[Any], cancel: threading.Event
    ) -> None:
        while True:
            try:
                item = await asyncio.wait_for(queue.get(), timeout=KEEPALIVE_SECONDS)
            except asyncio.TimeoutError:
                if cancel.is_set():
                    return
                self.write(": keep-alive\n\n")
                await self.flush()
                continue
            if item is None:
                if future.done() or cancel.is_set():
                    return
                continue
            event, data = item
            self.write(f"event: {event}\ndata: {json.dumps(json_safe(data))}\n\n")
            await self.flush()

    def on_connection_close(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
        if self._wake is not None:
            self._wake()
        super().on_connection_close()


def setup_handlers(web_app: Any, state: MatsciState) -> None:
    """Register the handlers under ``{base_url}/matsci/``."""
    web_app.settings["matsci"] = state
    base = url_path_join(web_app.settings.get("base_url", "/"), "matsci")
    engines = "|".join(EngineRunHandler.CALLS)
    web_app.add_handlers(
        ".*$",
        [
            (url_path_join(base, "status"), StatusHandler),
            (url_path_join(base, "model"), ModelHandler),
            (url_path_join(base, "model", "(load|unload|connect)"), ModelActionHandler),
            (url_path_join(base, "chat"), ChatHandler),
            (url_path_join(base, "history"), HistoryHandler),
            (url_path_join(base, "engines"), EnginesHandler),
            (url_path_join(base, "engines", f"({engines})"), EngineRunHandler),
            (url_path_join(base, "kernel", "summary-code"), SummaryCodeHandler),
        ],
    )
