"""The verifiers as MCP tools, for agents (jupyter-ai 3, Claude, Codex, Gemini, any MCP client).

``matsci-jupyter mcp`` serves the commands of :mod:`matsci_jupyter.commands` over
stdio (default) or streamable HTTP on loopback with a Bearer token. Each tool's
input schema is its argument model's JSON Schema and its output schema the
payload model of its result, so an agent gets the same typed answer as the
notebook, the chat and the server. Tools: ``answer``, ``check_answer``,
``check_structure``, ``generate_code`` (writes and verifies code in a sandbox;
nothing is ever run in the caller's process) and ``predict``.

Uses the official ``mcp`` Python SDK (``pip install 'matsci-jupyter[mcp]'``).
"""

from __future__ import annotations

import contextlib
import hmac
import logging
import sys
from collections.abc import AsyncIterator, Callable, Iterable
from pathlib import Path
from typing import Any

from .commands.bridge import run_in_thread
from .commands.context import ToolContext
from .commands.table import COMMANDS, Command
from .errors import MatsciError, UsageError

log = logging.getLogger(__name__)

SERVER_NAME = "matsci-jupyter"
MCP_TOOLS = ("answer", "check_answer", "check_structure", "generate_code", "predict")
LOOPBACK_HOSTS = ("127.0.0.1", "::1", "localhost")
INSTRUCTIONS = (
    "Materials-science verifiers. The model proposes, tools verify: use `answer` for numeric "
    "questions (value with unit, steps, checks; it refuses rather than guesses), "
    "`check_answer` to check a worked answer, `check_structure` for CIF/POSCAR files or CIF "
    "text, `generate_code` for pymatgen/ASE code verified in a sandbox, `predict` for "
    "property heads trained by the user. A result's 'ok'/'verified' fields are the verdict."
)


def tool_definitions(commands: Iterable[Command[Any]] | None = None) -> list[Any]:
    """The MCP ``Tool`` of each command: schemas straight from its pydantic models."""
    from mcp import types

    chosen = list(commands) if commands is not None else [COMMANDS[n] for n in MCP_TOOLS]
    return [
        types.Tool(
            name=c.name,
            description=c.summary,
            inputSchema=c.arguments.model_json_schema(),
            outputSchema=c.output.model_json_schema(mode="serialization"),
        )
        for c in chosen
    ]


def build_server(ctx_factory: Callable[[], ToolContext] | None = None) -> Any:
    """An ``mcp`` low-level server whose tools run the command table in a worker thread."""
    from mcp import types
    from mcp.server.lowlevel import Server

    from ._version import __version__

    server: Any = Server(SERVER_NAME, version=__version__, instructions=INSTRUCTIONS)
    make_ctx = ctx_factory or ToolContext
    tools = tool_definitions()

    @server.list_tools()  # type: ignore[untyped-decorator,unused-ignore]
    async def list_tools() -> list[types.Tool]:
        return tools

    @server.call_tool()  # type: ignore[untyped-decorator,unused-ignore]
    async def call_tool(name: str, arguments: dict[str, Any]) -> Any:
        if name not in MCP_TOOLS:
            raise UsageError(f"no tool {name!r}; tools: {', '.join(MCP_TOOLS)}")
        command = COMMANDS[name]
        try:
            payload = await run_in_thread(command.payload, arguments, make_ctx())
        except MatsciError as exc:  # a user error: a tool error with the message, never a crash
            return types.CallToolResult(
                content=[types.TextContent(type="text", text=f"{name}: {exc}")], isError=True
            )
        text = payload["text"] or payload["kind"]
        return [types.TextContent(type="text", text=text)], payload["data"]

    return server


async def serve_stdio(server: Any) -> None:
    """Serve over stdin/stdout; anything printed by engines goes to stderr, not the protocol."""
    from mcp.server.stdio import stdio_server

    async with stdio_server() as (read, write):
        saved, sys.stdout = sys.stdout, sys.stderr  # the transport holds the real stdout
        try:
            await server.run(read, write, server.create_initialization_options())
        finally:
            sys.stdout = saved


def http_app(server: Any, token: str, *, path: str = "/mcp") -> Any:
    """A Starlette app serving streamable HTTP at ``path``; every request needs the Bearer token."""
    from mcp.server.streamable_http_manager import StreamableHTTPSessionManager
    from starlette.applications import Starlette
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    if not token:
        raise UsageError("streamable HTTP needs a token (--token or MATSCI_MCP_TOKEN)")
    manager = StreamableHTTPSessionManager(app=server, stateless=True)
    expected = f"Bearer {token}".encode()

    class Endpoint:  # an ASGI app (Starlette routes to it without wrapping a Request)
        async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
            headers = dict(scope.get("headers") or [])
            if not hmac.compare_digest(headers.get(b"authorization", b""), expected):
                response = JSONResponse(
                    {"error": "missing or wrong token (send 'Authorization: Bearer TOKEN')"},
                    status_code=401,
                )
                await response(scope, receive, send)
                return
            await manager.handle_request(scope, receive, send)

    @contextlib.asynccontextmanager
    async def lifespan(app: Any) -> AsyncIterator[None]:
        async with manager.run():
            yield

    return Starlette(
        routes=[Route(path, endpoint=Endpoint(), methods=["GET", "POST", "DELETE"])],
        lifespan=lifespan,
    )


def check_loopback(host: str) -> None:
    if host not in LOOPBACK_HOSTS:
        raise UsageError(
            f"--host {host!r}: the MCP server listens on loopback only ({', '.join(LOOPBACK_HOSTS)})"
        )


def context_factory(root: str | Path | None) -> Callable[[], ToolContext]:
    """Contexts reading files relative to (and only inside) ``root``."""
    folder = Path(root or Path.cwd()).resolve()
    if not folder.is_dir():
        raise UsageError(f"--root {str(root)!r} is not a folder")

    def make() -> ToolContext:
        return ToolContext(
            folder,
            root=folder,
            progress=lambda m: print(f"[matsci] {m}", file=sys.stderr, flush=True),
        )

    return make
