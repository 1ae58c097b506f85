"""Subcommands of ``%matsci``: one module each, discovered at first use.

A module adds a subcommand by defining a :class:`MagicCommand` subclass with a
``name``; nothing else needs editing.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import warnings
from functools import lru_cache
from typing import Any, ClassVar


class MagicCommand:
    """One ``%matsci NAME ...`` subcommand."""

    name: ClassVar[str] = ""
    help: ClassVar[str] = ""
    usage_examples: ClassVar[tuple[str, ...]] = ()
    uses_cell: ClassVar[bool] = False  # the cell body is the command's input

    def configure(self, parser: argparse.ArgumentParser) -> None:
        """Add this subcommand's arguments."""

    def run(self, args: argparse.Namespace, ctx: Any) -> Any:
        """Do the work; return a display object (or None)."""
        raise NotImplementedError


@lru_cache
def discover() -> dict[str, MagicCommand]:
    """Name -> command instance, for every module in this package."""
    commands: dict[str, MagicCommand] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        try:
            module = importlib.import_module(f"{__name__}.{info.name}")
        except Exception as exc:  # a broken plug-in is a warning, never fatal
            warnings.warn(
                f"%matsci subcommand module {info.name!r} failed to load: {exc}", stacklevel=2
            )
            continue
        for obj in vars(module).values():
            if (
                isinstance(obj, type)
                and issubclass(obj, MagicCommand)
                and obj.name
                and obj.__module__ == module.__name__
            ):
                if obj.name in commands:
                    raise RuntimeError(f"two %matsci subcommands are named {obj.name!r}")
                commands[obj.name] = obj()
    return commands
