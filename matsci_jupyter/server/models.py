"""The server process's model: status, load, unload, connect; one at a time.

The panel and the kernels share one model when it is served once
(``matsci-jupyter serve``) and everyone connects to its URL: kernels started by
this server inherit ``MATSCI_MODEL_URL``, and the panel connects on first use
(``c.MatsciChat.model_url``). Loading into the server process happens only when
the user asks (the panel's Load action).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Any

from ..errors import MatsciError, UsageError


class ModelBusyError(UsageError):
    """A model is being loaded or connected already."""


@dataclass
class _Loading:
    target: str
    action: str  # "load" | "connect"
    since: float


class ModelService:
    """Loads, connects and reports the model behind :func:`matsci_jupyter.model.current_model`."""

    def __init__(self, settings: Any) -> None:
        self.settings = settings
        self._lock = threading.Lock()
        self._loading: _Loading | None = None
        self._last_error: str | None = None
        self._auto_connect_tried = False

    # -- status --------------------------------------------------------------
    def state(self) -> dict[str, Any]:
        """What the status line shows: no model / loading / name, device, 4-bit."""
        from ..model import session

        model = session.current_model()
        status = model.status()
        loading = self._loading
        quant = status.quantization or ""
        if loading is not None:
            state = "loading"
        elif model.kind != "none":
            state = "ready"
        elif self._last_error:
            state = "error"
        else:
            state = "none"
        return {  # a ModelStateData (matsci_jupyter.commands.results)
            "kind": "model_state",
            "state": state,
            "backend": status.backend,
            "name": status.name,
            "device": status.device,
            "quantization": status.quantization,
            "four_bit": "4-bit" in quant,
            "source": status.source,
            "memory_bytes": status.memory_bytes,
            "loading": None
            if loading is None
            else {
                "target": loading.target,
                "action": loading.action,
                "seconds": round(time.monotonic() - loading.since, 1),
            },
            "error": self._last_error,
            "configured_url": self.settings.model_url or None,
            "suggested_model": self.settings.model or None,
            "notes": list(status.notes),
        }

    # -- actions (blocking: call from a worker thread) -----------------------
    def _begin(self, target: str, action: str) -> None:
        with self._lock:
            if self._loading is not None:
                raise ModelBusyError(
                    f"the panel is already busy with {self._loading.action} {self._loading.target!r}; "
                    "wait for it to finish"
                )
            self._loading = _Loading(target, action, time.monotonic())
            self._last_error = None

    def _end(self, error: str | None = None) -> None:
        with self._lock:
            self._loading = None
            self._last_error = error

    def load(
        self, name_or_path: str, *, quantization: str | None = None, device: str | None = None
    ) -> dict[str, Any]:
        """Load a local model into this server process (4-bit NF4 by default)."""
        from ..model import load_model, session

        self._begin(name_or_path, "load")
        try:
            model = load_model(
                name_or_path, quantization=quantization or self.settings.quantization, device=device
            )
        except MatsciError as exc:
            self._end(str(exc))
            raise
        except Exception as exc:  # an unexpected failure must not leave "loading" forever
            self._end(f"loading failed: {exc}")
            raise
        session.set_current_model(model)
        self._end()
        return self.state()

    def connect(
        self, url: str, *, api_key: str | None = None, model: str | None = None
    ) -> dict[str, Any]:
        """Use an OpenAI-compatible server (shared with the kernels)."""
        from ..model import connect_model, session

        self._begin(url, "connect")
        try:
            remote = connect_model(
                url, api_key=api_key or self.settings.api_key or None, model=model
            )
        except MatsciError as exc:
            self._end(str(exc))
            raise
        except Exception as exc:
            self._end(f"connecting failed: {exc}")
            raise
        session.set_current_model(remote)
        self._end()
        return self.state()

    def unload(self) -> dict[str, Any]:
        from ..model import session

        if self._loading is not None:
            raise ModelBusyError("a model is still loading; unload it once it is ready")
        session.unload()
        self._last_error = None
        return self.state()

    def current(self) -> Any:
        """The current model; connects the configured ``model_url`` once on first use."""
        from ..model import session

        model = session.current_model()
        if model.kind != "none" or not self.settings.model_url or self._auto_connect_tried:
            return model
        self._auto_connect_tried = True
        try:
            self.connect(self.settings.model_url)
        except MatsciError:
            return session.current_model()  # the error shows in the status line
        return session.current_model()
