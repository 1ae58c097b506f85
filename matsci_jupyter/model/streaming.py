"""A token-by-token text streamer for ``generate(streamer=...)``.

transformers' TextIteratorStreamer waits for a space before it lets text out;
this one emits after every token, holding back only an incomplete UTF-8
sequence (a trailing U+FFFD), so the first piece arrives after the first token.
"""

from __future__ import annotations

import queue
from typing import Any

_END = object()


class TokenStreamer:
    """Receives token ids from ``generate`` and yields decoded text pieces."""

    def __init__(self, tokenizer: Any, *, timeout: float | None = None) -> None:
        self.tokenizer = tokenizer
        self.timeout = timeout
        self._queue: queue.Queue[Any] = queue.Queue()
        self._ids: list[int] = []
        self._sent = 0
        self._prompt_seen = False

    def put(self, value: Any) -> None:
        if not self._prompt_seen:  # generate() first passes the prompt
            self._prompt_seen = True
            return
        self._ids.extend(int(t) for t in value.reshape(-1).tolist())
        text = self.tokenizer.decode(self._ids, skip_special_tokens=True)
        if text.endswith("\ufffd"):
            return
        if len(text) > self._sent:
            self._queue.put(text[self._sent :])
            self._sent = len(text)

    def end(self) -> None:
        text = self.tokenizer.decode(self._ids, skip_special_tokens=True)
        if len(text) > self._sent:
            self._queue.put(text[self._sent :])
            self._sent = len(text)
        self._queue.put(_END)

    def __iter__(self) -> TokenStreamer:
        return self

    def __next__(self) -> str:
        item = self._queue.get(timeout=self.timeout)
        if item is _END:
            raise StopIteration
        return item
