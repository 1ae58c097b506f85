"""The model this process uses: one at a time, shared by the magics and the engines."""

from __future__ import annotations

import threading

from .base import ModelBackend
from .null import NoModel

_lock = threading.Lock()
_current: ModelBackend = NoModel()


def current_model() -> ModelBackend:
    """The loaded or connected model, or the :class:`NoModel` stand-in."""
    return _current


def set_current_model(model: ModelBackend) -> ModelBackend:
    """Make ``model`` current, closing the one it replaces."""
    global _current
    with _lock:
        old, _current = _current, model
    if old is not model:
        old.close()
    return model


def unload() -> ModelBackend:
    """Close the current model and fall back to no model. Returns the closed one."""
    global _current
    with _lock:
        old, _current = _current, NoModel()
    old.close()
    return old
