"""Where a command's text argument points: a variable, CIF text, or a file in the working folder."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..errors import UsageError
from .context import EngineContext

_NAME = re.compile(r"[A-Za-z_]\w*(\.[A-Za-z_]\w*)*")


def looks_like_cif_text(text: str) -> bool:
    """True for CIF text (a ``data_`` block or loops), as opposed to a path or a name."""
    return "\n" in text.strip() and ("data_" in text or "_cell_length_a" in text)


def variable(name: str, ctx: EngineContext) -> Any:
    """The object a (dotted) variable name holds in ``ctx.namespace``; ``None`` when there is none."""
    if not _NAME.fullmatch(name):
        return None
    head, *attrs = name.split(".")
    if head not in ctx.namespace:
        return None
    obj = ctx.namespace[head]
    for attr in attrs:
        if not hasattr(obj, attr):
            return None
        obj = getattr(obj, attr)
    return obj


def resolve_path(text: str, ctx: EngineContext, *, must_exist: bool = True) -> Path:
    """``text`` as a file relative to ``ctx.cwd``; refused outside ``ctx.root`` when the context has one.

    With ``must_exist=False`` a missing file is returned as is (the engine reports it).
    """
    raw = text.strip().strip("'\"")
    path = Path(raw).expanduser()
    path = (path if path.is_absolute() else ctx.cwd / path).resolve()
    root = getattr(ctx, "root", None)
    if root is not None and not path.is_relative_to(Path(root).resolve()):
        raise UsageError(f"{raw!r} is outside the folder this server serves ({root})")
    if must_exist and not path.is_file():
        raise UsageError(f"no file {raw!r} in {ctx.cwd}")
    return path


def structure_source(text: str, ctx: EngineContext) -> Any:
    """What ``check_structure`` reads: a variable's object, CIF text as is, or a checked path."""
    obj = variable(text.strip(), ctx)
    if obj is not None:
        return obj
    if looks_like_cif_text(text):
        return text
    return str(resolve_path(text, ctx, must_exist=False))
