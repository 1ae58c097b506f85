"""The ``%%matsci`` / ``%matsci`` magic: parse, dispatch to a subcommand, print errors in one line."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from IPython.core.magic import Magics, line_cell_magic, magics_class

from .. import config as cfg
from ..errors import MatsciError, UsageError
from .context import MagicContext
from .parser import HelpRequested, MagicArgumentParser, split


@magics_class
# config.ModelSettings is built on first use (no traitlets at import): mypy cannot see the class
class MatsciMagics(Magics, cfg.ModelSettings):  # type: ignore[misc,valid-type]
    """Settings for ``%%matsci``. Set them in ``ipython_config.py`` (``c.MatsciMagics.model = ...``),
    with ``%config MatsciMagics.model = ...``, or through the MATSCI_* environment variables."""

    # ------------------------------------------------------------------
    def configured_model(self) -> str:
        return self.model_url or self.model

    def ensure_configured_model(self, progress: Any = None) -> Any:
        """Load or connect the configured model once; NoModel when none is configured."""
        from ..model import connect_model, load_model, session

        current = session.current_model()
        if current.kind != "none" or not self.configured_model():
            return current
        if self.model_url:
            model = connect_model(self.model_url, api_key=self.api_key or None)
        else:
            model = load_model(
                self.model,
                quantization=self.quantization,
                device=self.device or None,
                cache_dir=self.cache_dir or None,
                progress=progress,
            )
        return session.set_current_model(model)

    # ------------------------------------------------------------------
    def _build_parsers(self) -> tuple[MagicArgumentParser, dict[str, Any]]:
        from .commands import discover

        root = MagicArgumentParser(prog="%matsci")
        sub = root.add_subparsers(
            dest="command", metavar="SUBCOMMAND", parser_class=MagicArgumentParser
        )
        parsers = {}
        for name, command in discover().items():
            p = sub.add_parser(
                name,
                help=command.help,
                description=command.help,
                epilog="examples:\n  " + "\n  ".join(command.usage_examples)
                if command.usage_examples
                else None,
                formatter_class=argparse.RawDescriptionHelpFormatter,
            )
            p.prog = f"%matsci {name}"
            command.configure(p)
            parsers[name] = p
        return root, parsers

    @line_cell_magic
    def matsci(self, line: str, cell: str | None = None) -> Any:
        """Materials-science assistant. ``%matsci help`` lists the subcommands."""
        try:
            return self._dispatch(line, cell)
        except HelpRequested as h:
            print(h.text.rstrip())
        except MatsciError as exc:
            print(f"matsci: {exc}", file=sys.stderr)
        except KeyboardInterrupt:
            print("matsci: interrupted", file=sys.stderr)
        return None

    def _dispatch(self, line: str, cell: str | None) -> Any:
        from .commands import discover

        tokens = split(line)
        ctx = MagicContext(shell=self.shell, settings=self, cell=cell, line=line)
        if not tokens:
            if cell is not None and cell.strip():
                from ..engines.router import route

                return route(cell, ctx)
            tokens = ["help"]
        commands = discover()
        if tokens[0] not in commands and not tokens[0].startswith("-"):
            raise UsageError(
                f"unknown subcommand {tokens[0]!r}; known: {', '.join(sorted(commands))}"
            )
        root, ctx._parsers = self._build_parsers()
        args = root.parse_args(tokens)
        if args.command is None:
            raise UsageError("name a subcommand; `%matsci help` lists them")
        command = commands[args.command]
        if cell is not None and not command.uses_cell and cell.strip():
            raise UsageError(
                f"`%%matsci {args.command}` takes no cell body; use the line form "
                f"`%matsci {args.command} ...`"
            )
        return command.run(args, ctx)
