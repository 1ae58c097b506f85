"""``%matsci finetune DF``: open the fine-tuning widget on a DataFrame of the notebook."""

from __future__ import annotations

import argparse
from typing import Any

from ...errors import UsageError
from . import MagicCommand


class FinetuneCommand(MagicCommand):
    name = "finetune"
    help = "train property heads on a DataFrame in an interactive widget"
    usage_examples = (
        "%matsci finetune df",
        "%matsci finetune df --input formula --target gap --target is_metal",
    )

    def configure(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("dataframe", help="name of a pandas DataFrame variable")
        parser.add_argument(
            "--input", default=None, help="column of formulas / structures / CIF text"
        )
        parser.add_argument(
            "--target",
            action="append",
            default=None,
            help="target column (repeat for several tasks)",
        )
        parser.add_argument("--save-path", default="heads/my-heads", help="default folder for Save")

    def run(self, args: argparse.Namespace, ctx: Any) -> Any:
        namespace = ctx.namespace
        if args.dataframe not in namespace:
            raise UsageError(
                f"no variable {args.dataframe!r} in the notebook; load your table first, "
                f"e.g. {args.dataframe} = pandas.read_csv('data.csv')"
            )
        from ...widgets.finetune import FineTuner

        return FineTuner(
            namespace[args.dataframe],
            input=args.input,
            targets=args.target,
            save_path=args.save_path,
        )
