"""What a command handler sees of the surface that called it: :class:`EngineContext`.

The kernel (``magics.context.MagicContext``), the chat server
(``server.engines.PanelContext``) and the MCP server (:class:`ToolContext`) each
implement it. Handlers use nothing else, so a command behaves the same wherever
it is typed. This module imports nothing from the kernel or the server side.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Protocol, runtime_checkable


@runtime_checkable
class EngineContext(Protocol):
    """The namespace, working folder, model and progress sink of one call."""

    @property
    def namespace(self) -> Mapping[str, Any]:
        """The user's variables (empty where no kernel is at hand)."""
        ...

    @property
    def cwd(self) -> Path:
        """The folder relative paths are read from (the notebook's folder)."""
        ...

    @property
    def model_hint(self) -> str:
        """How a user of this surface gets a language model (shown when none is loaded)."""
        ...

    def model(self) -> Any:
        """The current model (a ModelBackend; ``kind == "none"`` when there is none)."""
        ...

    def progress(self, message: str) -> None:
        """Report progress of a long step (loading a model, running a sandbox)."""
        ...


class ToolContext:
    """A context for callers without a kernel: the MCP server, scripts and tests.

    ``namespace`` is empty unless given; ``model`` is the session's current model
    (nothing is loaded implicitly); ``root`` bounds the files a command may read.
    """

    def __init__(
        self,
        cwd: str | Path | None = None,
        *,
        root: str | Path | None = None,
        namespace: Mapping[str, Any] | None = None,
        progress: Callable[[str], None] | None = None,
        model_hint: str = "",
    ) -> None:
        self._cwd = Path(cwd or Path.cwd()).resolve()
        self.root = Path(root).resolve() if root is not None else self._cwd
        self._namespace = dict(namespace or {})
        self._progress = progress
        self._model_hint = model_hint

    @property
    def namespace(self) -> Mapping[str, Any]:
        return self._namespace

    @property
    def cwd(self) -> Path:
        return self._cwd

    @property
    def model_hint(self) -> str:
        if self._model_hint:
            return self._model_hint
        from ..model.null import HOW_TO_GET_A_MODEL

        return HOW_TO_GET_A_MODEL

    def model(self) -> Any:
        from ..model import session

        return session.current_model()

    def progress(self, message: str) -> None:
        if self._progress is not None:
            self._progress(message)
        else:
            print(f"[matsci] {message}", file=sys.stderr, flush=True)
