"""The jupyter_server extension: enabled on install by
``etc/jupyter/jupyter_server_config.d/matsci_jupyter.json``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jupyter_core.paths import jupyter_data_dir

from .handlers import MatsciState, setup_handlers
from .history import HistoryStore
from .models import ModelService
from .settings import MatsciChat

CONTENTS_EVENTS = "https://events.jupyter.org/jupyter_server/contents_service/v1"


def _jupyter_server_extension_points() -> list[dict[str, str]]:
    return [{"module": "matsci_jupyter.server.jupyter"}]


def _load_jupyter_server_extension(serverapp: Any) -> None:
    """Create the shared services once and register the handlers."""
    settings = MatsciChat(parent=serverapp)
    root = getattr(serverapp.contents_manager, "root_dir", None) or serverapp.root_dir
    history = HistoryStore(
        root,
        Path(jupyter_data_dir()) / "matsci-jupyter" / "chats",
        history_dir=settings.history_dir or None,
        limit=settings.history_limit,
    )
    state = MatsciState(settings=settings, history=history, models=ModelService(settings))
    setup_handlers(serverapp.web_app, state)

    async def follow_renames(logger: Any, schema_id: str, data: dict[str, Any]) -> None:
        if data.get("action") == "rename" and data.get("source_path") and data.get("path"):
            history.rename(str(data["source_path"]), str(data["path"]))

    event_logger = getattr(serverapp, "event_logger", None)
    if event_logger is not None:
        try:
            event_logger.add_listener(schema_id=CONTENTS_EVENTS, listener=follow_renames)
        except Exception as exc:  # renames are a convenience; never block the extension
            serverapp.log.warning(
                "matsci-jupyter: chats will not follow renamed notebooks (%s)", exc
            )
    serverapp.log.info(
        "matsci-jupyter chat panel ready at %smatsci/ (chats kept next to notebooks)",
        serverapp.base_url,
    )


# older jupyter_server spelling
load_jupyter_server_extension = _load_jupyter_server_extension
