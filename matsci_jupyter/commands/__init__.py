"""One command, every surface: the command table, its argument and result models, the context.

- :mod:`.table`: :data:`~.table.COMMANDS`, each command declared once
- :mod:`.arguments`: pydantic argument models (MCP input schemas)
- :mod:`.results`: pydantic payload models (MCP output schemas, TypeScript types)
- :mod:`.context`: the :class:`~.context.EngineContext` protocol every surface implements
- :mod:`.payloads`: result objects as typed JSON payloads
- :mod:`.bridge`: a worker thread streamed into asyncio, with cancellation

Neither the kernel side (magics) nor the server side imports the other; both import this.
"""

from __future__ import annotations

from .context import EngineContext, ToolContext
from .table import COMMANDS, Command, get

__all__ = ["COMMANDS", "Command", "EngineContext", "ToolContext", "get"]
