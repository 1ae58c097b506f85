"""Turn a ``%matsci`` line into a subcommand and typed arguments (argparse, no exits)."""

from __future__ import annotations

import argparse
import shlex
from typing import Any, NoReturn

from ..errors import UsageError


class HelpRequested(Exception):
    """``-h``/``--help`` was given; carries the help text to print."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


class MagicArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser that raises instead of printing and exiting."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("add_help", True)
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message} (see `%matsci help`)")

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        raise HelpRequested(message or "")

    def print_help(self, file: Any = None) -> None:
        raise HelpRequested(self.format_help())


def split(line: str) -> list[str]:
    try:
        return shlex.split(line)
    except ValueError as exc:
        raise UsageError(f"%matsci: cannot parse the line ({exc}); check the quotes") from exc
