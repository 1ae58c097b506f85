"""ipywidgets apps. ``FineTuner`` trains property heads on a DataFrame."""

from __future__ import annotations

from typing import Any

__all__ = ["FineTuner"]


def __getattr__(name: str) -> Any:
    if name == "FineTuner":
        from .finetune import FineTuner

        return FineTuner
    raise AttributeError(name)
