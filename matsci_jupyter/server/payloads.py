"""Engine results as JSON for the browser: see :mod:`matsci_jupyter.commands.payloads`.

Kept so ``matsci_jupyter.server.payloads`` names stay valid; the code lives in the
neutral ``commands`` package, shared by the kernel, the server and the MCP server.
"""

from __future__ import annotations

from ..commands.payloads import (
    MAX_BUNDLE_BYTES,
    TEXT_MIMES,
    clean_text,
    json_safe,
    mimebundle,
    notice_payload,
    to_payload,
)

__all__ = [
    "MAX_BUNDLE_BYTES",
    "TEXT_MIMES",
    "clean_text",
    "json_safe",
    "mimebundle",
    "notice_payload",
    "to_payload",
]
