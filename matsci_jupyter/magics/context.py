"""What a subcommand or engine sees of the kernel: namespace, settings, the model.

:class:`MagicContext` is the kernel's :class:`~matsci_jupyter.commands.EngineContext`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..engines.base import Notice


@dataclass
class MagicContext:
    """Per-call context handed to subcommands and engines."""

    shell: Any
    settings: Any  # MatsciMagics: the configurable settings
    cell: str | None = None
    line: str = ""
    _parsers: dict[str, Any] = field(default_factory=dict)

    @property
    def namespace(self) -> dict[str, Any]:
        """The user's variables (engines summarise them; contents stay in the kernel)."""
        if self.shell is None:
            return {}
        hidden = getattr(self.shell, "user_ns_hidden", {})
        return {
            k: v for k, v in self.shell.user_ns.items() if not k.startswith("_") and k not in hidden
        }

    @property
    def cwd(self) -> Path:
        """The kernel's working folder (the notebook's folder in Jupyter)."""
        return Path.cwd()

    @property
    def model_hint(self) -> str:
        from ..model.null import HOW_TO_GET_A_MODEL

        return HOW_TO_GET_A_MODEL

    def model(self) -> Any:
        """The current model; loads or connects the configured one on first use."""
        from ..model import session

        current = session.current_model()
        if current.kind == "none":
            return self.settings.ensure_configured_model(progress=self.progress)
        return current

    def progress(self, message: str) -> None:
        """Information, not an error: printed on stdout (stderr shows pink in Jupyter)."""
        print(f"[matsci] {message}", flush=True)

    @staticmethod
    def notice(title: str, message: str, *hints: str, level: str = "info") -> Notice:
        return Notice(title, message, list(hints), level=level)

    def parser_for(self, name: str) -> Any:
        return self._parsers[name]
