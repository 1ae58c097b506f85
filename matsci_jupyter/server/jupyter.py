"""The jupyter_server extension, an ``ExtensionApp``: enabled on install by
``etc/jupyter/jupyter_server_config.d/matsci_jupyter.json``.

It creates the shared services once, registers the handlers, follows notebook
renames, and on server stop shuts the services down (chat turns cancelled,
thread pools closed: :meth:`~.handlers.MatsciState.shutdown`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jupyter_core.paths import jupyter_data_dir
from jupyter_server.extension.application import ExtensionApp

from .handlers import MatsciState, setup_handlers
from .history import HistoryStore
from .models import ModelService
from .settings import MatsciChat

CONTENTS_EVENTS = "https://events.jupyter.org/jupyter_server/contents_service/v1"


class MatsciExtension(ExtensionApp):
    """The MatSci chat panel's server side (``{base_url}/matsci/``)."""

    name = "matsci_jupyter"
    load_other_extensions = True

    state: MatsciState | None = None

    def initialize_settings(self) -> None:
        serverapp: Any = self.serverapp
        settings = MatsciChat(parent=serverapp)
        root = getattr(serverapp.contents_manager, "root_dir", None) or serverapp.root_dir
        history = HistoryStore(
            root,
            Path(jupyter_data_dir()) / "matsci-jupyter" / "chats",
            history_dir=settings.history_dir or None,
            limit=settings.history_limit,
        )
        self.state = MatsciState(settings=settings, history=history, models=ModelService(settings))
        self._follow_renames(serverapp, history)

    def initialize_handlers(self) -> None:
        assert self.state is not None  # initialize_settings runs first
        serverapp: Any = self.serverapp
        setup_handlers(serverapp.web_app, self.state)
        serverapp.log.info(
            "matsci-jupyter chat panel ready at %smatsci/ (chats kept next to notebooks)",
            serverapp.base_url,
        )

    async def stop_extension(self) -> None:
        """Cancel running chat turns and close the thread pools."""
        if self.state is not None:
            self.state.shutdown()

    @staticmethod
    def _follow_renames(serverapp: Any, history: HistoryStore) -> None:
        async def follow_renames(logger: Any, schema_id: str, data: dict[str, Any]) -> None:
            if data.get("action") == "rename" and data.get("source_path") and data.get("path"):
                history.rename(str(data["source_path"]), str(data["path"]))

        event_logger = getattr(serverapp, "event_logger", None)
        if event_logger is None:
            return
        try:
            event_logger.add_listener(schema_id=CONTENTS_EVENTS, listener=follow_renames)
        except Exception as exc:  # renames are a convenience; never block the extension
            serverapp.log.warning(
                "matsci-jupyter: chats will not follow renamed notebooks (%s)", exc
            )


def _jupyter_server_extension_points() -> list[dict[str, Any]]:
    return [{"module": "matsci_jupyter.server.jupyter", "app": MatsciExtension}]
