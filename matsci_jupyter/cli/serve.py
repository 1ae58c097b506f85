"""``matsci-jupyter serve``: share one loaded model over an OpenAI-compatible API."""

from __future__ import annotations

import argparse
import os
import sys

from ..config import ENV_API_KEY, env
from ..errors import UsageError

NAME = "serve"
HELP = "serve a model over an OpenAI-compatible API (/v1/chat/completions, /v1/embeddings)"


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--model",
        required=True,
        help="local folder, .gguf file, known model name (smollm2-135m) or cached HF id",
    )
    p.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to bind (default loopback only; use 0.0.0.0 with --api-key)",
    )
    p.add_argument("--port", type=int, default=8000)
    p.add_argument(
        "--api-key",
        default=None,
        help=f"require this Bearer token (default: ${ENV_API_KEY} if set)",
    )
    p.add_argument("--quantization", choices=["nf4", "fp4", "bf16", "fp32"], default="nf4")
    p.add_argument("--device", choices=["cpu", "cuda"], default=None)
    p.add_argument(
        "--served-name", default=None, help="model id clients use (default: the model name)"
    )
    p.add_argument("--cache-dir", default=None)
    p.add_argument("--max-body-bytes", type=int, default=2_000_000)
    p.add_argument(
        "--insecure",
        action="store_true",
        help="allow binding beyond loopback without --api-key (anyone who reaches it can use it)",
    )


def run(args: argparse.Namespace) -> int:
    if not 0 < args.port < 65536:
        raise UsageError(f"--port must be 1..65535, got {args.port}")
    from ..openai_server.limits import is_loopback

    api_key = args.api_key or env(ENV_API_KEY) or None
    loopback = is_loopback(args.host)
    if not loopback and not api_key:
        if not getattr(args, "insecure", False):
            raise UsageError(
                f"refusing to serve on {args.host} without an API key: anyone who can reach "
                f"{args.host}:{args.port} could use the model. Give --api-key KEY (or set "
                f"${ENV_API_KEY}), bind 127.0.0.1, or add --insecure if you mean it."
            )
        print(
            "warning: serving beyond loopback without --api-key (--insecure); anyone who can "
            f"reach {args.host}:{args.port} can use the model",
            file=sys.stderr,
        )
    import uvicorn

    from ..model import load_model
    from ..openai_server import create_app
    from ..openai_server.limits import LOOPBACK_NAMES

    def say(msg: str) -> None:
        print(f"[matsci] {msg}", file=sys.stderr, flush=True)

    model = load_model(
        args.model,
        quantization=args.quantization,
        device=args.device,
        cache_dir=args.cache_dir,
        progress=say,
    )
    app = create_app(
        model,
        api_key=api_key,
        served_name=args.served_name,
        max_body_bytes=args.max_body_bytes,
        # on loopback, only loopback names (DNS rebinding); beyond it the key is the guard
        allowed_hosts=LOOPBACK_NAMES if loopback else None,
    )
    name = args.served_name or model.name
    say(f"serving {name!r} at http://{args.host}:{args.port}/v1  (pid {os.getpid()})")
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0
