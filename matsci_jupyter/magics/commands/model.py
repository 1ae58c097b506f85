"""``%matsci model load|status|unload|connect``: manage the language model."""

from __future__ import annotations

import argparse
from typing import Any

from . import MagicCommand


class ModelCommand(MagicCommand):
    name = "model"
    help = "load a 4-bit model, connect to a model server, show status, unload"
    usage_examples = (
        "%matsci model load ./llamat-2-chat",
        "%matsci model load smollm2-135m",
        "%matsci model load ~/models/model.Q4_K_M.gguf",
        "%matsci model connect http://127.0.0.1:8000/v1",
        "%matsci model status",
        "%matsci model unload",
    )

    def configure(self, parser: argparse.ArgumentParser) -> None:
        sub = parser.add_subparsers(dest="action", metavar="{load,status,unload,connect}")
        sub.required = True
        load = sub.add_parser("load", help="load a Hugging Face causal LM locally (4-bit NF4)")
        load.add_argument(
            "name_or_path",
            help="local folder, .gguf file, known model name (smollm2-135m) or cached HF id",
        )
        load.add_argument(
            "--quantization",
            "-q",
            choices=["nf4", "fp4", "bf16", "fp32"],
            default=None,
            help="default: the configured one (nf4)",
        )
        load.add_argument(
            "--device",
            choices=["cpu", "cuda"],
            default=None,
            help="default: cuda when present, else cpu",
        )
        load.add_argument("--cache-dir", default=None, help="where pre-quantized copies are kept")
        load.add_argument("--no-cache", action="store_true", help="do not read or write the cache")
        load.add_argument(
            "--for-training", action="store_true", help="keep 4-bit weights trainable (CPU trap B)"
        )
        sub.add_parser("status", help="show the current model")
        sub.add_parser("unload", help="free the current model")
        connect = sub.add_parser("connect", help="use an OpenAI-compatible server")
        connect.add_argument("url", help="base URL, e.g. http://127.0.0.1:8000/v1")
        connect.add_argument("--api-key", default=None)
        connect.add_argument("--model", default=None, help="served model name (default: first)")

    def run(self, args: argparse.Namespace, ctx: Any) -> Any:
        from ...model import session

        if args.action == "status":
            status = session.current_model().status()
            configured = ctx.settings.configured_model()
            if not status.loaded and configured:
                status.notes.append(f"configured: {configured} (loads on first use)")
            from ...sandbox import isolation_status

            status.notes.append(f"code sandbox: {isolation_status()['label']}")
            return status
        if args.action == "unload":
            old = session.unload()
            return ctx.notice(
                "Model unloaded",
                f"{old.name} was freed" if old.kind != "none" else "no model was loaded",
            )
        if args.action == "connect":
            from ...model import connect_model

            model = connect_model(
                args.url, api_key=args.api_key or ctx.settings.api_key or None, model=args.model
            )
            session.set_current_model(model)
            return model.status()
        from ...model import load_model

        model = load_model(
            args.name_or_path,
            quantization=args.quantization or ctx.settings.quantization,
            device=args.device or ctx.settings.device or None,
            cache_dir=args.cache_dir or ctx.settings.cache_dir or None,
            use_cache=not args.no_cache,
            for_training=args.for_training,
            progress=ctx.progress,
        )
        session.set_current_model(model)
        return model.status()
