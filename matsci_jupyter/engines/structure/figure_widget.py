"""``StructureFigure``: the live 3D figure as a small anywidget (a few KB of JavaScript).

plotly's ``FigureWidget`` ships its own 5 MB bundle with every view; this widget draws with
the page's plotly.js instead (``window.Plotly``, or the compressed copy an earlier output
embedded, see :mod:`.offline`), and only when the page has neither does its JavaScript ask
the kernel for one copy (``plotlyjs`` trait, about 2 MB, once per page). The figure travels
once, as plotly JSON (typed arrays base64-encoded). The figure follows the JupyterLab theme
live, resizes with its container and hides the bond trace of large cells while rotating
(``static/figure_helpers.js``).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

import anywidget
import traitlets

from .figure import HEIGHT


@lru_cache(maxsize=1)
def _esm() -> str:
    folder = resources.files(__package__).joinpath("static")
    helpers = folder.joinpath("figure_helpers.js").read_text("utf-8")
    return helpers + "\n" + folder.joinpath("figure_widget.js").read_text("utf-8")


def figure_json(figure: Any) -> dict[str, Any]:
    """A plotly figure as plain JSON (what plotly.js takes)."""
    return json.loads(figure.to_json())


class StructureFigure(anywidget.AnyWidget):
    """One plotly figure; set ``figure`` to redraw it in place (the camera stays)."""

    _esm = _esm()
    figure = traitlets.Dict().tag(sync=True)
    config = traitlets.Dict().tag(sync=True)
    height = traitlets.Int(HEIGHT).tag(sync=True)
    plotlyjs = traitlets.Unicode("").tag(sync=True)  # filled only when the page asks

    def __init__(self, figure: Any, config: dict[str, Any], **kwargs: Any) -> None:
        super().__init__(figure=figure_json(figure), config=config, **kwargs)
        self.on_msg(self._on_message)

    def _on_message(self, _widget: Any, content: Any, _buffers: Any) -> None:
        if isinstance(content, dict) and content.get("type") == "need-plotlyjs":
            from .offline import plotlyjs_payload

            self.plotlyjs = plotlyjs_payload()

    def show(self, figure: Any) -> None:
        """Replace the figure (same camera: the layout keeps its ``uirevision``)."""
        self.figure = figure_json(figure)
