"""FastAPI app: /v1/models, /v1/chat/completions (streaming), /v1/embeddings.

Model calls are queued: one worker thread runs them one at a time, in arrival
order, streams included, so concurrent requests never interleave inside one
model call and never start threads of their own; past ``max_pending`` waiting
calls a request is answered 503. Bad requests get a 4xx with an OpenAI-style
error body, never a 500. Bodies must arrive within ``read_timeout_s``; the
``Host`` header must name this machine (DNS rebinding of a loopback server);
``/health`` names the model only to a client that sends the key.
"""

from __future__ import annotations

import asyncio
import base64
import hmac
import json
import threading
import time
import uuid
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from typing import Any

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import CapabilityError, MatsciError, NoModelError, PromptTooLongError
from ..model.base import ModelBackend
from .limits import LOOPBACK_NAMES, BodySizeLimit, HostCheck
from .schemas import ChatCompletionRequest, EmbeddingRequest


class APIError(Exception):
    """An error answered as ``{"error": {...}}`` with an HTTP status."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        type: str = "invalid_request_error",
        code: str | None = None,
        param: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status, self.message, self.type, self.code, self.param = (
            status,
            message,
            type,
            code,
            param,
        )

    def response(self) -> JSONResponse:
        return error_response(
            self.status, self.message, type=self.type, code=self.code, param=self.param
        )


def error_response(
    status: int,
    message: str,
    *,
    type: str = "invalid_request_error",
    code: str | None = None,
    param: str | None = None,
) -> JSONResponse:
    body = {"error": {"message": message, "type": type, "param": param, "code": code}}
    return JSONResponse(body, status_code=status)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors()[:3]:
        loc = ".".join(str(x) for x in err.get("loc", ()) if x != "body")
        if err.get("type") == "json_invalid":
            return "request body is not valid JSON"
        parts.append(f"{loc or 'body'}: {err.get('msg')}")
    return "; ".join(parts) or "invalid request"


def create_app(
    model: ModelBackend,
    *,
    api_key: str | None = None,
    served_name: str | None = None,
    max_body_bytes: int = 2_000_000,
    max_prompt_chars: int = 400_000,
    max_pending: int = 16,
    read_timeout_s: float = 30.0,
    allowed_hosts: tuple[str, ...] | None = LOOPBACK_NAMES,
) -> FastAPI:
    """Build the API over ``model``. ``api_key`` (optional) is required as a Bearer token.

    ``allowed_hosts`` are the host names (any port) the ``Host`` header may carry;
    None switches the check off (a server bound beyond loopback, which needs a key).
    """
    name = served_name or model.name
    queue = ThreadPoolExecutor(max_workers=1, thread_name_prefix="matsci-model")
    pending = 0  # model calls queued or running

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        queue.shutdown(wait=False, cancel_futures=True)

    app = FastAPI(
        title="matsci-jupyter model server", docs_url=None, redoc_url=None, lifespan=lifespan
    )
    app.add_middleware(BodySizeLimit, max_bytes=max_body_bytes, read_timeout_s=read_timeout_s)
    if allowed_hosts is not None:
        app.add_middleware(HostCheck, allowed=set(allowed_hosts))
    app.state.model = model
    app.state.created = int(time.time())

    @app.exception_handler(APIError)
    async def _api_error(request: Request, exc: APIError) -> JSONResponse:
        return exc.response()

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        return error_response(400, _validation_message(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return error_response(exc.status_code, str(exc.detail), type="invalid_request_error")

    @app.exception_handler(MatsciError)
    async def _matsci(request: Request, exc: MatsciError) -> JSONResponse:
        return _map_error(exc).response()

    def has_key(request: Request) -> bool:
        header = request.headers.get("authorization", "")
        token = header[7:] if header.lower().startswith("bearer ") else ""
        return bool(api_key) and hmac.compare_digest(token.encode(), str(api_key).encode())

    def authorize(request: Request) -> None:
        if not api_key:
            return
        if not has_key(request):
            raise APIError(
                401,
                "missing or wrong API key (send 'Authorization: Bearer KEY')",
                type="authentication_error",
                code="invalid_api_key",
            )

    def check_model(requested: str) -> None:
        if requested not in (name, model.name):
            raise APIError(
                404,
                f"model {requested!r} is not served here; this server serves {name!r}",
                code="model_not_found",
                param="model",
            )

    def check_prompt(req: ChatCompletionRequest) -> list[dict[str, str]]:
        messages = [m.model_dump() for m in req.messages]
        chars = sum(len(m["content"]) for m in messages)
        if chars > max_prompt_chars:
            raise APIError(
                400,
                f"prompt has {chars} characters; the limit is {max_prompt_chars}",
                code="context_length_exceeded",
                param="messages",
            )
        limit = model.context_length
        if limit:
            tokens = model.count_tokens("\n".join(m["content"] for m in messages))
            if tokens >= limit:
                raise APIError(
                    400,
                    f"prompt has about {tokens} tokens; the model's context is {limit} tokens",
                    code="context_length_exceeded",
                    param="messages",
                )
        return messages

    def check_capacity() -> None:
        """Answer 503 when ``max_pending`` model calls are already queued or running."""
        if pending >= max_pending:
            raise APIError(
                503,
                f"the server is busy: {pending} requests are waiting for the model",
                type="server_error",
                code="server_busy",
            )

    def reserve() -> None:
        """Count one more queued model call (after :func:`check_capacity`)."""
        nonlocal pending
        pending += 1

    def release() -> None:
        nonlocal pending
        pending -= 1

    async def in_queue(fn: Any, *args: Any, **kwargs: Any) -> Any:
        loop = asyncio.get_running_loop()
        check_capacity()
        reserve()
        try:
            return await loop.run_in_executor(queue, lambda: fn(*args, **kwargs))
        finally:
            release()

    @app.get("/v1/models", dependencies=[Depends(authorize)])
    async def list_models() -> dict[str, Any]:
        return {
            "object": "list",
            "data": [
                {
                    "id": name,
                    "object": "model",
                    "created": app.state.created,
                    "owned_by": "matsci-jupyter",
                }
            ],
        }

    @app.get("/health")
    async def health(request: Request) -> dict[str, Any]:
        if has_key(request):
            return {"status": "ok", "model": name, "pending": pending}
        return {"status": "ok"}  # nothing about the model without the key

    @app.post("/v1/chat/completions", dependencies=[Depends(authorize)])
    async def chat(req: ChatCompletionRequest, request: Request) -> Any:
        check_model(req.model)
        messages = check_prompt(req)
        options = dict(
            max_new_tokens=req.max_new_tokens,
            temperature=req.temperature,
            top_p=req.top_p,
            stop=req.stop,
            seed=req.seed,
        )
        cid, created = f"chatcmpl-{uuid.uuid4().hex[:24]}", int(time.time())
        if req.stream:
            check_capacity()
            return StreamingResponse(
                _stream_chunks(
                    model, messages, options, cid, created, name, request, queue, (reserve, release)
                ),
                media_type="text/event-stream",
                headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
            )
        try:
            text = await in_queue(model.generate, messages, **options)
        except MatsciError as exc:
            raise _map_error(exc) from exc
        prompt_tokens = model.count_tokens("\n".join(m["content"] for m in messages))
        completion_tokens = model.count_tokens(text) if text else 0
        finish = "length" if completion_tokens >= req.max_new_tokens else "stop"
        return {
            "id": cid,
            "object": "chat.completion",
            "created": created,
            "model": name,
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": text},
                    "finish_reason": finish,
                    "logprobs": None,
                }
            ],
            "usage": {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
            },
        }

    @app.post("/v1/embeddings", dependencies=[Depends(authorize)])
    async def embeddings(req: EmbeddingRequest) -> Any:
        check_model(req.model)
        if sum(len(t) for t in req.input) > max_prompt_chars:
            raise APIError(
                400,
                f"input is longer than {max_prompt_chars} characters",
                code="context_length_exceeded",
                param="input",
            )
        try:
            vectors = await in_queue(model.embed, req.input)
        except MatsciError as exc:
            raise _map_error(exc) from exc
        data = []
        for i, vec in enumerate(vectors):
            emb: Any = (
                base64.b64encode(vec.astype("<f4").tobytes()).decode()
                if req.encoding_format == "base64"
                else [float(x) for x in vec]
            )
            data.append({"object": "embedding", "index": i, "embedding": emb})
        tokens = sum(model.count_tokens(t) for t in req.input)
        return {
            "object": "list",
            "data": data,
            "model": name,
            "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
        }

    return app


def _map_error(exc: MatsciError) -> APIError:
    if isinstance(exc, PromptTooLongError):
        return APIError(400, str(exc), code="context_length_exceeded", param="messages")
    if isinstance(exc, CapabilityError):
        return APIError(400, str(exc), code="unsupported")
    if isinstance(exc, NoModelError):
        return APIError(503, str(exc), type="server_error", code="no_model")
    return APIError(400, str(exc))


def _sse(obj: Any) -> str:
    return f"data: {json.dumps(obj, separators=(',', ':'))}\n\n"


async def _stream_chunks(
    model: ModelBackend,
    messages: list[dict[str, str]],
    options: dict[str, Any],
    cid: str,
    created: int,
    name: str,
    request: Request,
    queue: ThreadPoolExecutor,
    slot: tuple[Any, Any],
) -> AsyncIterator[str]:
    """Server-sent events in the OpenAI chunk format, fed by the model's worker thread.

    If the client goes away, the cancel event stops generation (or skips it when
    it has not started) and the model's lock is released by the worker itself.
    ``slot`` (reserve, release) counts the request in the queue until the worker is done.
    """
    loop = asyncio.get_running_loop()
    q: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()
    cancel = threading.Event()

    def put(item: tuple[str, Any]) -> None:
        loop.call_soon_threadsafe(q.put_nowait, item)

    def produce() -> None:
        if cancel.is_set():  # the client left while the request waited in the queue
            return
        gen = model.stream(messages, cancel=cancel, **options)
        try:
            for piece in gen:
                put(("data", piece))
                if cancel.is_set():
                    break
            put(("end", None))
        except Exception as exc:
            put(("error", exc))
        finally:
            gen.close()

    def chunk(delta: dict[str, Any], finish: str | None) -> str:
        return _sse(
            {
                "id": cid,
                "object": "chat.completion.chunk",
                "created": created,
                "model": name,
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
            }
        )

    reserve, release = slot
    try:
        job = loop.run_in_executor(queue, produce)
    except RuntimeError:  # the server is shutting down
        return
    reserve()
    job.add_done_callback(lambda _: release())
    try:
        yield chunk({"role": "assistant", "content": ""}, None)
        n_pieces = 0
        while True:
            kind, value = await q.get()
            if kind == "data":
                n_pieces += 1
                yield chunk({"content": value}, None)
            elif kind == "error":
                err = (
                    _map_error(value)
                    if isinstance(value, MatsciError)
                    else APIError(500, f"generation failed: {value}", type="server_error")
                )
                yield _sse({"error": {"message": err.message, "type": err.type, "code": err.code}})
                break
            else:
                yield chunk({}, "stop")
                break
        yield "data: [DONE]\n\n"
    finally:
        cancel.set()
