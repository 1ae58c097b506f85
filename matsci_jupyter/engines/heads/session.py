"""Heads known to this kernel: the latest trained or loaded, and those saved or loaded by name."""

from __future__ import annotations

import threading
from typing import Any

_lock = threading.Lock()
_latest: Any = None
_by_name: dict[str, Any] = {}


def remember(heads: Any, name: str | None = None) -> None:
    """Make ``heads`` the current heads (and findable by ``name`` / its path)."""
    global _latest
    with _lock:
        _latest = heads
        for key in {name, getattr(heads, "name", None), getattr(heads, "path", None)} - {None}:
            _by_name[str(key)] = heads


def current() -> Any:
    """The latest trained or loaded heads, or None."""
    return _latest


def named(name: str) -> Any:
    return _by_name.get(name)


def forget() -> None:
    global _latest
    with _lock:
        _latest = None
        _by_name.clear()
