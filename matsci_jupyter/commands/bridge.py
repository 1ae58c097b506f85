"""One bridge from a worker thread to asyncio: items streamed in order, cancellation both ways.

The chat handler, the jupyter-ai persona's Markdown stream, the OpenAI-compatible
server and the MCP server all run blocking work (engines, model generation) in a
thread and consume what it produces in an event loop. :class:`ThreadBridge` is
that pattern once:

>>> bridge = ThreadBridge()
>>> def work():                       # runs in a worker thread
...     for piece in model.stream(prompt, cancel=bridge.cancel_flag):
...         bridge.emit(piece)
>>> async for piece in bridge.run(work):   # in the event loop
...     ...

If the consumer stops early (``break``, an exception, task cancellation, a client
that went away), :attr:`cancel_flag` is set so the worker can stop; the worker's
own exception is raised in the consumer after the items it emitted.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Callable
from concurrent.futures import Executor
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class _Marker:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


KEEPALIVE: Any = _Marker("KEEPALIVE")  # yielded when ``keepalive_s`` passes without an item
_DONE = _Marker("DONE")
_WAKE = _Marker("WAKE")


class ThreadBridge(Generic[T]):
    """Stream items a worker thread emits into an ``async for`` loop."""

    def __init__(
        self,
        *,
        cancel: threading.Event | None = None,
        keepalive_s: float | None = None,
    ) -> None:
        self.cancel_flag = cancel if cancel is not None else threading.Event()
        self.keepalive_s = keepalive_s
        self._loop: asyncio.AbstractEventLoop | None = None
        self._queue: asyncio.Queue[Any] | None = None
        self._pending: list[Any] = []  # emitted before run() started
        self._lock = threading.Lock()

    # -- worker side (any thread) ------------------------------------------------------------
    def emit(self, item: T) -> None:
        """Send ``item`` to the consumer; dropped once the stream is cancelled."""
        if self.cancel_flag.is_set():
            return
        self._put(item)

    def cancel(self) -> None:
        """Stop: sets :attr:`cancel_flag` and wakes the consumer (thread-safe, idempotent)."""
        self.cancel_flag.set()
        self._put(_WAKE)

    def _put(self, item: Any) -> None:
        with self._lock:
            if self._loop is None or self._queue is None:
                self._pending.append(item)
                return
            loop, queue = self._loop, self._queue
        try:
            loop.call_soon_threadsafe(queue.put_nowait, item)
        except RuntimeError:  # the loop is closed: the server is stopping
            self.cancel_flag.set()

    # -- consumer side (the event loop) ------------------------------------------------------
    async def run(
        self, work: Callable[..., Any], *args: Any, executor: Executor | None = None
    ) -> AsyncIterator[T]:
        """Run ``work(*args)`` in ``executor`` (default: the loop's) and yield what it emits."""
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[Any] = asyncio.Queue()
        with self._lock:
            self._loop, self._queue = loop, queue
            for item in self._pending:
                queue.put_nowait(item)
            self._pending.clear()
        future = loop.run_in_executor(executor, lambda: work(*args))
        # scheduled after every emit of the worker (both go through call_soon_threadsafe)
        future.add_done_callback(lambda _f: queue.put_nowait(_DONE))
        finished = False
        try:
            while True:
                if self.keepalive_s is None:
                    item = await queue.get()
                else:
                    try:
                        item = await asyncio.wait_for(queue.get(), timeout=self.keepalive_s)
                    except asyncio.TimeoutError:
                        yield KEEPALIVE
                        continue
                if item is _DONE:
                    finished = True
                    break
                if item is _WAKE:
                    if self.cancel_flag.is_set():
                        return
                    continue
                yield item
            await future  # the worker's exception, after the items it emitted
        finally:
            if not finished:
                self.cancel_flag.set()


async def run_in_thread(
    fn: Callable[..., T], *args: Any, executor: Executor | None = None, **kwargs: Any
) -> T:
    """``fn(*args, **kwargs)`` in a worker thread, awaited (no streaming)."""
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(executor, lambda: fn(*args, **kwargs))
