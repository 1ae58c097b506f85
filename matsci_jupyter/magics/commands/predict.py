"""``%matsci predict NAME FORMULA ...``: predict with trained or saved property heads."""

from __future__ import annotations

import argparse
from typing import Any

from . import MagicCommand


class PredictCommand(MagicCommand):
    name = "predict"
    help = "predict properties with trained property heads: %matsci predict NAME Fe2O3 GaAs"
    usage_examples = (
        "%matsci predict heads/my-heads Fe2O3 GaAs",
        "%matsci predict my_heads LiFePO4   # a variable holding heads",
        "%matsci predict latest NaCl        # the heads trained or loaded last",
    )

    def configure(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument(
            "heads",
            help="a saved-heads folder, a variable holding heads, a name saved "
            "or loaded in this session, or 'latest'",
        )
        parser.add_argument("inputs", nargs="+", help="formulas (or variables holding structures)")

    def run(self, args: argparse.Namespace, ctx: Any) -> Any:
        from ...commands import COMMANDS

        return COMMANDS["predict"].run({"heads": args.heads, "inputs": args.inputs}, ctx)
