"""``%matsci help``: list the subcommands, or explain one."""

from __future__ import annotations

import argparse
from typing import Any

from . import MagicCommand


class HelpText(str):
    """Plain help text that prints without quotes in a notebook."""

    def __repr__(self) -> str:
        return str(self)


class HelpCommand(MagicCommand):
    name = "help"
    help = "list subcommands, or show the usage of one: %matsci help model"

    def configure(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("topic", nargs="?", help="a subcommand name")

    def run(self, args: argparse.Namespace, ctx: Any) -> Any:
        from . import discover

        commands = discover()
        if args.topic:
            if args.topic not in commands:
                from ...errors import UsageError

                raise UsageError(f"no subcommand {args.topic!r}; known: {', '.join(commands)}")
            return HelpText(ctx.parser_for(args.topic).format_help())
        width = max(len(n) for n in commands)
        lines = [
            "matsci-jupyter: a materials-science language model in the notebook "
            "(the model proposes, tools verify).",
            "",
            "Usage: %%matsci [SUBCOMMAND] [OPTIONS]  (cell)   or   %matsci SUBCOMMAND [OPTIONS]  (line)",
            "A %%matsci cell without a subcommand is routed to the engine that recognises it.",
            "",
            "Subcommands:",
        ]
        lines += [f"  {n:<{width}}  {c.help}" for n, c in sorted(commands.items())]
        lines += ["", "`%matsci help SUBCOMMAND` shows its options."]
        return HelpText("\n".join(lines))
