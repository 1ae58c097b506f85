"""Model text shown live while it is written: token by token into the cell, stoppable.

Engines call :func:`generate_live` instead of ``model.generate``. Inside a
running Jupyter kernel the text streams into the cell output (one display that
is updated in place); elsewhere an explicit sink can be installed with
:func:`live_output` (the chat panel, tests), or nothing is shown. A kernel
interrupt (the ■ button) stops generation cleanly: the generation thread is
cancelled, the model lock released, the partial text stays visible, and
``KeyboardInterrupt`` goes on to the caller. ``stop_when`` ends generation as
soon as the text is complete (for example at the end of the code block), so no
tokens are spent on what would be thrown away.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, Protocol

UPDATE_EVERY_S = 0.15
"""Minimum seconds between two updates of the cell display (each update is one message)."""


class LiveSink(Protocol):
    """Receives the text of one generation as it grows, and short progress notes.

    A sink may also have ``stop_flag()``, returning a new ``threading.Event`` for each
    generation: once it is set the model stops, as a kernel interrupt stops it in a
    cell (the chat panel's flags are set when its client goes away). A new flag each
    time, because a backend may set the flag it was given when its generation ends.
    """

    def begin(self, model: str, label: str) -> None: ...

    def update(self, text: str, tokens: int, seconds: float) -> None: ...

    def end(self, text: str, summary: str, *, keep_text: bool) -> None: ...

    def note(self, message: str) -> None: ...


_sink: ContextVar[LiveSink | None] = ContextVar("matsci_live_sink", default=None)


@contextmanager
def live_output(sink: LiveSink | None) -> Iterator[None]:
    """Send live model text to ``sink`` inside the ``with`` block (None: show nothing)."""
    token = _sink.set(sink)
    try:
        yield
    finally:
        _sink.reset(token)


def _in_kernel() -> bool:
    try:
        from IPython import get_ipython
    except ImportError:
        return False
    shell = get_ipython()
    return shell is not None and getattr(shell, "kernel", None) is not None


def active_sink() -> LiveSink | None:
    """The installed sink, else a cell display when running in a Jupyter kernel, else None."""
    sink = _sink.get()
    if sink is not None:
        return sink
    return CellSink() if _in_kernel() else None


def note(message: str) -> None:
    """A one-line progress note (a verification verdict, a repair round) where text is shown."""
    sink = active_sink()
    if sink is not None:
        sink.note(message)


def looping(text: str, *, repeats: int = 3, max_period: int = 12) -> bool:
    """True when the text ends in the same block of 1–``max_period`` lines ``repeats`` times.

    Small models decoding greedily fall into such loops (one line, or a whole
    function, over and over); nothing after it is useful, so generation stops
    there instead of running to the token cap. A single line must repeat
    ``repeats + 1`` times (short lines such as ``)`` repeat legitimately).
    """
    lines = [ln.rstrip() for ln in text.splitlines()[:-1]]  # the last line may be unfinished
    for period in range(1, max_period + 1):
        times = repeats + 1 if period == 1 else repeats
        if len(lines) < period * times:
            break
        block = lines[-period:]
        if not any(ln.strip() for ln in block):
            continue
        if all(lines[-period * (k + 1) : len(lines) - period * k] == block for k in range(times)):
            return True
    return False


@dataclass
class Generation:
    """One model generation: its text and what ended it. Times in seconds."""

    text: str
    pieces: int
    seconds: float
    complete: bool
    """``stop_when`` was satisfied (the answer ended where expected), so generation stopped."""

    @property
    def pieces_per_second(self) -> float:
        return self.pieces / self.seconds if self.seconds > 0 else 0.0


def generate_live(
    model: Any,
    prompt: Any,
    *,
    label: str = "",
    stop_when: Callable[[str], bool] | None = None,
    keep_text: bool = True,
    system: str | None = None,
    **options: Any,
) -> Generation:
    """Generate with ``model``, showing the text as it grows; stop early at ``stop_when(text)``.

    ``options`` are :class:`~matsci_jupyter.model.base.GenerationOptions` fields.
    ``keep_text=False`` leaves only a one-line summary in the live display (the
    caller shows the final text itself). A ``KeyboardInterrupt`` stops the model
    and is re-raised after the display says so.
    """
    sink = active_sink()
    name = getattr(model, "name", "model")
    if sink is not None:
        sink.begin(name, label)
    text, pieces, complete = "", 0, False
    t0 = time.perf_counter()
    last = 0.0
    stop_flag = getattr(sink, "stop_flag", None)  # a surface's own stop (the panel's client left)
    if stop_flag is not None:
        options["cancel"] = stop_flag()
    stream = model.stream(prompt, system=system, **options)
    try:
        for piece in stream:
            text += piece
            pieces += 1
            now = time.perf_counter()
            if sink is not None and now - last >= getattr(sink, "min_interval_s", UPDATE_EVERY_S):
                sink.update(text, pieces, now - t0)
                last = now
            if stop_when is not None and stop_when(text):
                complete = True
                break
    except KeyboardInterrupt:
        stream.close()  # cancels the generation thread and releases the model lock
        if sink is not None:
            sink.end(
                text,
                f"stopped by interrupt after {pieces} tokens ({time.perf_counter() - t0:.1f} s)",
                keep_text=True,
            )
        raise
    finally:
        stream.close()
    seconds = time.perf_counter() - t0
    gen = Generation(text, pieces, seconds, complete)
    if sink is not None:
        how = ", stopped at the end of the answer" if complete else ""
        sink.end(
            text,
            f"{pieces} tokens in {seconds:.1f} s ({gen.pieces_per_second:.1f} tokens/s){how}",
            keep_text=keep_text,
        )
    return gen


class CellSink:
    """Streams into the current cell's output through one updatable display."""

    def __init__(self) -> None:
        self._handle: Any = None
        self._head = ""

    @staticmethod
    def _bundle(text: str) -> dict[str, str]:
        return {"text/plain": text}

    def begin(self, model: str, label: str) -> None:
        from IPython.display import display

        self._head = f"[{model}{' · ' + label if label else ''}]"
        self._handle = display(
            self._bundle(f"{self._head} writing… (interrupt the kernel ■ to stop)"),
            raw=True,
            display_id=True,
        )

    def update(self, text: str, tokens: int, seconds: float) -> None:
        if self._handle is not None:
            rate = tokens / seconds if seconds > 0 else 0.0
            self._handle.update(
                self._bundle(
                    f"{self._head} writing… {tokens} tokens, {rate:.1f}/s "
                    f"(interrupt the kernel ■ to stop)\n{text}"
                ),
                raw=True,
            )

    def end(self, text: str, summary: str, *, keep_text: bool) -> None:
        if self._handle is not None:
            body = f"{self._head} {summary}" + (f"\n{text}" if keep_text and text else "")
            self._handle.update(self._bundle(body), raw=True)
            self._handle = None

    def note(self, message: str) -> None:
        from IPython.display import display

        display(self._bundle(f"[matsci] {message}"), raw=True)


class RecordingSink:
    """Keeps every event in memory (tests, and surfaces that forward text themselves)."""

    min_interval_s = 0.0

    def __init__(self) -> None:
        self.events: list[tuple[str, Any]] = []

    def begin(self, model: str, label: str) -> None:
        self.events.append(("begin", label))

    def update(self, text: str, tokens: int, seconds: float) -> None:
        self.events.append(("update", text))

    def end(self, text: str, summary: str, *, keep_text: bool) -> None:
        self.events.append(("end", summary))

    def note(self, message: str) -> None:
        self.events.append(("note", message))

    def of(self, kind: str) -> list[Any]:
        return [v for k, v in self.events if k == kind]
