"""``matsci-jupyter mcp``: the verifiers as MCP tools (stdio, or streamable HTTP on loopback)."""

from __future__ import annotations

import argparse
import os
import secrets
import sys

from ..errors import UsageError

NAME = "mcp"
HELP = (
    "serve the verifiers (answer, check_answer, check_structure, generate_code, predict) "
    "as MCP tools for agents"
)
ENV_TOKEN = "MATSCI_MCP_TOKEN"


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--transport",
        choices=["stdio", "http"],
        default="stdio",
        help="stdio (default; the client starts this command) or streamable HTTP",
    )
    p.add_argument(
        "--root",
        default=None,
        help="folder the tools read files from, and only from (default: the current folder)",
    )
    p.add_argument("--host", default="127.0.0.1", help="http: loopback address to bind")
    p.add_argument("--port", type=int, default=8765, help="http: port (default 8765)")
    p.add_argument(
        "--token",
        default=None,
        help=f"http: Bearer token clients must send (default: ${ENV_TOKEN}, else a random one "
        "printed on stderr)",
    )
    p.add_argument("--model", default=None, help="load this model first (folder or known name)")
    p.add_argument("--model-url", default=None, help="or connect to an OpenAI-compatible server")


def _prepare_model(args: argparse.Namespace) -> None:
    from ..model import session

    if args.model_url:
        from ..model import connect_model

        session.set_current_model(connect_model(args.model_url))
    elif args.model:
        from ..model import load_model

        session.set_current_model(
            load_model(args.model, progress=lambda m: print(f"[matsci] {m}", file=sys.stderr))
        )


def run(args: argparse.Namespace) -> int:
    import anyio

    from ..mcp_server import build_server, check_loopback, context_factory, http_app, serve_stdio

    make_ctx = context_factory(args.root)
    _prepare_model(args)
    server = build_server(make_ctx)
    if args.transport == "stdio":
        anyio.run(serve_stdio, server)
        return 0
    check_loopback(args.host)
    if not 0 < args.port < 65536:
        raise UsageError(f"--port must be 1..65535, got {args.port}")
    token = args.token or os.environ.get(ENV_TOKEN) or secrets.token_urlsafe(24)
    if not (args.token or os.environ.get(ENV_TOKEN)):
        print(f"[matsci] MCP token: {token}", file=sys.stderr, flush=True)
    import uvicorn

    print(
        f"[matsci] MCP tools at http://{args.host}:{args.port}/mcp (streamable HTTP)",
        file=sys.stderr,
        flush=True,
    )
    uvicorn.run(http_app(server, token), host=args.host, port=args.port, log_level="warning")
    return 0
