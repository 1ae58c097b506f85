"""``%matsci check X``: the check report of a structure (variable, file or CIF text)."""

from __future__ import annotations

import argparse
from typing import Any

from . import MagicCommand
from .show import max_bytes, resolve_target


class CheckCommand(MagicCommand):
    name = "check"
    help = "check a structure: parse errors, close atoms, volume, density, charge, symmetry"
    usage_examples = (
        "%matsci check structure",
        "%matsci check model_output.cif --symprec 0.01",
        "%%matsci check          (CIF text in the cell body)",
    )
    uses_cell = True

    def configure(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("target", nargs="?", help="variable name or file path")
        parser.add_argument(
            "--symprec", type=float, default=0.1, help="symmetry tolerance in Å (default 0.1)"
        )
        parser.add_argument(
            "--max-mb",
            type=float,
            default=None,
            help="largest structure file to read, in MB (default 25)",
        )
        parser.add_argument(
            "--min-distance",
            type=float,
            default=0.5,
            help="report atoms closer than this fraction of the sum of their "
            "covalent radii (default 0.5)",
        )

    def run(self, args: argparse.Namespace, ctx: Any) -> Any:
        from ...commands import COMMANDS
        from ...errors import UsageError

        if not 0 < args.symprec <= 1:
            raise UsageError("--symprec must be between 0 and 1 Å")
        if args.max_mb is not None:
            max_bytes(args.max_mb)  # the magic's own message for a bad --max-mb
        target = resolve_target(args.target, ctx)  # the magic's message for an unknown name
        return COMMANDS["check_structure"].run(
            {
                "structure": args.target or target,
                "symprec": args.symprec,
                "min_distance_fraction": args.min_distance,
                "max_mb": args.max_mb,
            },
            ctx,
        )
