"""``%%matsci code``: write pymatgen/ASE code, verify it in a sandbox, insert it in a new cell."""

from __future__ import annotations

import argparse
from typing import Any

from . import MagicCommand


class CodeCommand(MagicCommand):
    name = "code"
    help = (
        "write pymatgen/ASE code for a request, verify it in a sandbox and insert it in a new "
        "cell below (--run also runs it)"
    )
    usage_examples = (
        "%%matsci code\nread LiFePO4.cif, make a 2x2x1 supercell, remove one Li and report the new "
        "formula and density",
        "%%matsci code --run\nplot the XRD pattern of Si.cif",
        "%%matsci code -f markdown\nhow do I compute the energy above hull from my energies?",
        "%matsci code molar mass of Fe2O3",
    )
    uses_cell = True

    def configure(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("request", nargs="*", help="the request (or write it in the cell)")
        parser.add_argument(
            "--run",
            action="store_true",
            help="also run the verified code in this kernel after inserting it",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="insert (and with --run, run) the code even when it is not verified",
        )
        parser.add_argument(
            "-f",
            "--format",
            choices=["code", "markdown"],
            default="code",
            help="code: insert a new cell (default); markdown: explain instead",
        )
        parser.add_argument(
            "--engine",
            choices=["auto", "recipes", "model"],
            default="auto",
            help="recipes only, the model only, or recipes first (default)",
        )
        parser.add_argument(
            "--rounds", type=int, default=3, help="repair rounds for model-written code (default 3)"
        )
        parser.add_argument(
            "--timeout",
            type=float,
            default=30.0,
            help="time limit of one sandbox run in seconds (default 30)",
        )

    def run(self, args: argparse.Namespace, ctx: Any) -> Any:
        from ...engines.code import generate_code
        from ...engines.code.notebook import deliver
        from ...errors import UsageError

        request = " ".join([*(args.request or []), (ctx.cell or "").strip()]).strip()
        if args.rounds < 0:
            raise UsageError("--rounds must be 0 or more")
        if args.timeout <= 0:
            raise UsageError("--timeout must be positive (seconds)")
        model = ctx.model() if args.engine != "recipes" else None
        result = generate_code(
            request,
            namespace=ctx.namespace,
            model=model,
            engine=args.engine,
            max_rounds=args.rounds,
            timeout_s=args.timeout,
        )
        return deliver(result, ctx, run=args.run, fmt=args.format, force=args.force)
