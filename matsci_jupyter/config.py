"""Settings read from the environment, shared by the magics, the server and the CLI.

Environment variables (all optional):

- ``MATSCI_MODEL``: model to load on first use (local folder, registry name or HF id)
- ``MATSCI_MODEL_URL``: base URL of an OpenAI-compatible server to use instead
- ``MATSCI_API_KEY``: API key for that server
- ``MATSCI_QUANTIZATION``: ``nf4`` (default), ``fp4``, ``bf16`` or ``fp32``
- ``MATSCI_DEVICE``: ``cuda`` or ``cpu`` (default: CUDA when present)
- ``MATSCI_CACHE_DIR``: where pre-quantized copies are kept (default ``~/.cache/matsci-jupyter``)
"""

from __future__ import annotations

import os
from pathlib import Path

ENV_MODEL = "MATSCI_MODEL"
ENV_MODEL_URL = "MATSCI_MODEL_URL"
ENV_API_KEY = "MATSCI_API_KEY"
ENV_QUANTIZATION = "MATSCI_QUANTIZATION"
ENV_DEVICE = "MATSCI_DEVICE"
ENV_CACHE_DIR = "MATSCI_CACHE_DIR"


def env(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def default_cache_dir() -> Path:
    """``$MATSCI_CACHE_DIR``, else ``$XDG_CACHE_HOME/matsci-jupyter``, else ``~/.cache/matsci-jupyter``."""
    if env(ENV_CACHE_DIR):
        return Path(env(ENV_CACHE_DIR)).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "matsci-jupyter"
