"""``%%matsci answer`` and ``%%matsci check-answer``: unit-checked numeric answers in the notebook."""

from __future__ import annotations

import argparse
import re
from typing import Any

from . import MagicCommand

SEPARATOR = re.compile(r"^\s*-{3,}\s*$", re.M)


def _question(args: argparse.Namespace, ctx: Any) -> str:
    body = (ctx.cell or "").strip()
    line = " ".join(args.question).strip()
    return body or line


class AnswerCommand(MagicCommand):
    name = "answer"
    help = "answer a numeric materials question with units, steps and pass/fail checks"
    usage_examples = (
        "%%matsci answer\nWhat is the maximum wavelength (in μm) absorbed by GaAs (band gap 1.43 eV)?",
        "%matsci answer Convert 150 kJ/mol to eV per atom",
        "%%matsci answer --no-model\n...",
    )
    uses_cell = True

    def configure(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument(
            "question", nargs="*", help="the question (or write it in the cell body)"
        )
        parser.add_argument(
            "--no-model",
            action="store_true",
            help="use only the deterministic solver, even when a model is loaded",
        )

    def run(self, args: argparse.Namespace, ctx: Any) -> Any:
        from ...commands import COMMANDS

        return COMMANDS["answer"].run(
            {"question": _question(args, ctx), "use_model": not args.no_model}, ctx
        )


class CheckAnswerCommand(MagicCommand):
    name = "check-answer"
    help = "check a worked answer: the question, a line '---', then the response"
    usage_examples = (
        "%%matsci check-answer\nWhat is the wavelength (in nm) of a 2.5 eV photon?\n---\nλ = hc/E = 1240/2.5 = 496 nm",
    )
    uses_cell = True

    def configure(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("rest", nargs="*", help=argparse.SUPPRESS)

    def run(self, args: argparse.Namespace, ctx: Any) -> Any:
        from ...commands import COMMANDS
        from ...errors import UsageError

        body = ctx.cell or ""
        parts = SEPARATOR.split(body, maxsplit=1)
        if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
            raise UsageError(
                "write the question, then a line with '---', then the response to check "
                "(see `%matsci help check-answer`)"
            )
        return COMMANDS["check_answer"].run(
            {"question": parts[0].strip(), "response": parts[1].strip()}, ctx
        )
