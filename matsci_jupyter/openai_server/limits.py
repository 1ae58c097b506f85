"""ASGI middleware: body size limit (413), body-read timeout (408) and the ``Host`` check (421)."""

from __future__ import annotations

import asyncio
import ipaddress
import json
from typing import Any

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")


async def _send_error(send: Any, status: int, message: str, code: str) -> None:
    body = json.dumps(
        {
            "error": {
                "message": message,
                "type": "invalid_request_error",
                "param": None,
                "code": code,
            }
        }
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def is_loopback(host: str) -> bool:
    """Whether ``host`` (a name or address) only reaches this machine."""
    host = host.strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def host_name(header: str) -> str:
    """The name in a ``Host`` header, without port or IPv6 brackets, lower case."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1 : header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


class HostCheck:
    """Answer 421 unless the ``Host`` header names one of ``allowed``, any port (DNS rebinding).

    A page on ``evil.example`` whose name is re-pointed at 127.0.0.1 reaches a loopback
    server from the victim's browser, but its requests say ``Host: evil.example``.
    """

    def __init__(self, app: Any, allowed: set[str]) -> None:
        self.app, self.allowed = app, {h.lower().strip("[]") for h in allowed}

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            host = dict(scope.get("headers") or []).get(b"host", b"").decode("latin-1")
            if host_name(host) not in self.allowed:
                await _send_error(
                    send,
                    421,
                    f"this server does not answer for host {host[:100]!r}",
                    "misdirected_request",
                )
                return
        await self.app(scope, receive, send)


class BodySizeLimit:
    """Reject bodies larger than ``max_bytes`` (by Content-Length, or while streaming in)."""

    def __init__(self, app: Any, max_bytes: int, read_timeout_s: float = 30.0) -> None:
        self.app, self.max_bytes, self.read_timeout_s = app, max_bytes, read_timeout_s

    async def _reject(self, send: Any) -> None:
        body = json.dumps(
            {
                "error": {
                    "message": f"request body is larger than {self.max_bytes} bytes",
                    "type": "invalid_request_error",
                    "param": None,
                    "code": "request_too_large",
                }
            }
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.max_bytes:
            await self._reject(send)
            return
        # read the whole body first, within one deadline (a client dribbling bytes cannot
        # hold a connection open), then hand it to the app in one piece
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.read_timeout_s
        chunks: list[bytes] = []
        seen = 0
        while True:
            remaining = deadline - loop.time()
            try:
                if remaining <= 0:
                    raise asyncio.TimeoutError
                message = await asyncio.wait_for(receive(), remaining)
            except asyncio.TimeoutError:
                await _send_error(
                    send,
                    408,
                    f"the request body did not arrive within {self.read_timeout_s:g} s",
                    "request_timeout",
                )
                return
            if message["type"] != "http.request":
                return  # the client went away
            chunk = message.get("body", b"")
            seen += len(chunk)
            if seen > self.max_bytes:
                await self._reject(send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        delivered = False

        async def replay() -> Any:
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()  # later reads wait for a disconnect

        await self.app(scope, replay, send)
