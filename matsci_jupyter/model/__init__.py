"""Model layer: one interface, three backends (local 4-bit, OpenAI-compatible HTTP, none).

Importing this package is cheap; torch and transformers load inside ``load_model``.
"""

from __future__ import annotations

from typing import Any

from .base import GenerationOptions, ModelBackend, ModelStatus, Prompt
from .null import NoModel
from .session import current_model, set_current_model, unload


def load_model(
    name_or_path: str, *, quantization: str = "nf4", device: str | None = None, **kwargs: Any
) -> Any:
    """Load a Hugging Face causal LM locally (4-bit NF4 by default). See :func:`.local.load_model`."""
    from .local import load_model as _load

    return _load(name_or_path, quantization=quantization, device=device, **kwargs)


def connect_model(base_url: str, *, api_key: str | None = None, model: str | None = None) -> Any:
    """Use a model served over an OpenAI-compatible API. See :func:`.remote.connect_model`."""
    from .remote import connect_model as _connect

    return _connect(base_url, api_key=api_key, model=model)


__all__ = [
    "GenerationOptions",
    "ModelBackend",
    "ModelStatus",
    "NoModel",
    "Prompt",
    "connect_model",
    "current_model",
    "load_model",
    "set_current_model",
    "unload",
]
