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


def _model_settings_class() -> type:
    from traitlets import CaselessStrEnum, Unicode, default
    from traitlets.config import Configurable

    class ModelSettings(Configurable):
        """Which model a surface uses, as traitlets with MATSCI_* environment defaults.

        Shared by the ``%%matsci`` magic (``c.MatsciMagics.*``) and the chat panel's server
        (``c.MatsciChat.*``).
        """

        model = Unicode(
            help="Model to load on first use: a local folder, a known name "
            "(llamat-2-chat, darwin-7b) or a cached Hugging Face id. "
            "Env: MATSCI_MODEL."
        ).tag(config=True)
        model_url = Unicode(
            help="Base URL of an OpenAI-compatible server to use instead of a "
            "local model (`matsci-jupyter serve`, vLLM, ...). "
            "Env: MATSCI_MODEL_URL."
        ).tag(config=True)
        api_key = Unicode(help="API key for model_url. Env: MATSCI_API_KEY.").tag(config=True)
        quantization = CaselessStrEnum(
            ["nf4", "fp4", "bf16", "fp32"],
            help="How local models are loaded. Env: MATSCI_QUANTIZATION.",
        ).tag(config=True)
        device = Unicode(
            help="'cuda' or 'cpu'; empty picks CUDA when present. Env: MATSCI_DEVICE."
        ).tag(config=True)
        cache_dir = Unicode(
            help="Folder for pre-quantized model copies. Env: MATSCI_CACHE_DIR."
        ).tag(config=True)

        @default("model")
        def _default_model(self) -> str:
            return env(ENV_MODEL)

        @default("model_url")
        def _default_model_url(self) -> str:
            return env(ENV_MODEL_URL)

        @default("api_key")
        def _default_api_key(self) -> str:
            return env(ENV_API_KEY)

        @default("quantization")
        def _default_quantization(self) -> str:
            return env(ENV_QUANTIZATION, "nf4").lower() or "nf4"

        @default("device")
        def _default_device(self) -> str:
            return env(ENV_DEVICE)

        @default("cache_dir")
        def _default_cache_dir(self) -> str:
            return env(ENV_CACHE_DIR)

    return ModelSettings


def __getattr__(name: str) -> object:
    if name == "ModelSettings":  # built on first use: importing config stays free of traitlets
        cls = _model_settings_class()
        globals()[name] = cls
        return cls
    raise AttributeError(name)
