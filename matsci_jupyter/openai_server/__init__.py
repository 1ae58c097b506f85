"""An OpenAI-compatible HTTP API over one loaded model, so kernels and the chat panel share it.

``matsci-jupyter serve --model PATH`` runs it; :func:`create_app` builds the ASGI app.
"""

from .app import create_app

__all__ = ["create_app"]
