"""One interface for every model backend: local 4-bit, OpenAI-compatible HTTP, or none."""

from __future__ import annotations

import abc
import html
import threading
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, ClassVar, Union

from ..errors import CapabilityError

Message = Mapping[str, str]
"""A chat message: ``{"role": "system" | "user" | "assistant", "content": str}``."""

Prompt = Union[str, Sequence[Message]]  # noqa: UP007 (a runtime alias; `|` needs 3.10 types)
"""A prompt is plain text (one user message) or a list of chat messages."""


def to_messages(prompt: Prompt, system: str | None = None) -> list[dict[str, str]]:
    """Normalise a prompt into a list of role/content dicts, validating roles."""
    if isinstance(prompt, str):
        messages = [{"role": "user", "content": prompt}]
    else:
        messages = []
        for i, m in enumerate(prompt):
            role, content = m.get("role"), m.get("content")
            if role not in {"system", "user", "assistant"} or not isinstance(content, str):
                raise ValueError(
                    f"message {i} must have role system/user/assistant and text content, got {dict(m)!r}"
                )
            messages.append({"role": role, "content": content})
    if system and not any(m["role"] == "system" for m in messages):
        messages.insert(0, {"role": "system", "content": system})
    return messages


@dataclass
class GenerationOptions:
    """Decoding settings shared by every backend."""

    max_new_tokens: int = 256
    temperature: float = 0.0
    top_p: float = 1.0
    stop: list[str] = field(default_factory=list)
    seed: int | None = None
    repetition_penalty: float = 1.0
    """>1 discourages repeating tokens (local models only; HTTP backends ignore it)."""

    def __post_init__(self) -> None:
        if not 0.5 <= self.repetition_penalty <= 2.0:
            raise ValueError(
                f"repetition_penalty must be in [0.5, 2], got {self.repetition_penalty}"
            )
        if self.max_new_tokens < 1:
            raise ValueError(f"max_new_tokens must be >= 1, got {self.max_new_tokens}")
        if not 0.0 <= self.temperature <= 2.0:
            raise ValueError(f"temperature must be in [0, 2], got {self.temperature}")
        if not 0.0 < self.top_p <= 1.0:
            raise ValueError(f"top_p must be in (0, 1], got {self.top_p}")
        if self.stop is None:
            self.stop = []
        elif isinstance(self.stop, str):
            self.stop = [self.stop]


@dataclass(repr=False)
class ModelStatus:
    """What is loaded, where, and what it costs. Memory in bytes, times in seconds."""

    backend: str
    name: str | None = None
    source: str | None = None
    device: str | None = None
    quantization: str | None = None
    memory_bytes: int | None = None
    load_seconds: float | None = None
    from_cache: bool | None = None
    prompt_format: str | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def loaded(self) -> bool:
        return self.backend != "none"

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def _rows(self) -> list[tuple[str, str]]:
        if not self.loaded:
            return [("model", "none (offline engines only)"), *(("note", n) for n in self.notes)]
        rows = [("model", self.name or "?"), ("backend", self.backend)]
        if self.source and self.source != self.name:
            rows.append(("source", self.source))
        if self.device:
            rows.append(("device", self.device))
        if self.quantization:
            rows.append(("quantization", self.quantization))
        if self.memory_bytes is not None:
            rows.append(("memory footprint", f"{self.memory_bytes / 2**20:.1f} MiB"))
        if self.load_seconds is not None:
            how = " (pre-quantized cache)" if self.from_cache else ""
            rows.append(("load time", f"{self.load_seconds:.2f} s{how}"))
        if self.prompt_format:
            rows.append(("prompt format", self.prompt_format))
        rows.extend(("note", n) for n in self.notes)
        return rows

    def __repr__(self) -> str:
        return str(self)

    def __str__(self) -> str:
        width = max(len(k) for k, _ in self._rows())
        return "\n".join(f"{k:<{width}}  {v}" for k, v in self._rows())

    def _repr_html_(self) -> str:
        body = "".join(
            f"<tr><th style='text-align:left'>{html.escape(k)}</th>"
            f"<td style='text-align:left'>{html.escape(v)}</td></tr>"
            for k, v in self._rows()
        )
        return f"<table class='matsci-model-status'>{body}</table>"


class ModelBackend(abc.ABC):
    """A language model the suite can talk to.

    Subclasses implement :meth:`_generate`, :meth:`_stream`, :meth:`embed` and
    :meth:`status`. Calls on one instance are serialised by a lock, so requests
    from several threads (the server, widgets) queue instead of interleaving.
    """

    kind: ClassVar[str] = "abstract"
    supports_streaming: ClassVar[bool] = True
    supports_embeddings: ClassVar[bool] = True

    def __init__(self, name: str) -> None:
        self.name = name
        self._lock = threading.Lock()  # released by whichever thread ends a stream

    # -- generation -------------------------------------------------------
    def generate(self, prompt: Prompt, *, system: str | None = None, **options: Any) -> str:
        """Return the completion of ``prompt`` (text or chat messages) as one string."""
        opts = GenerationOptions(**options)
        messages = to_messages(prompt, system)
        with self._lock:
            return self._generate(messages, opts)

    def stream(
        self,
        prompt: Prompt,
        *,
        system: str | None = None,
        cancel: threading.Event | None = None,
        **options: Any,
    ) -> Iterator[str]:
        """Yield the completion as text pieces as they are produced.

        Setting ``cancel`` stops generation early (a client that went away).
        """
        opts = GenerationOptions(**options)
        messages = to_messages(prompt, system)
        with self._lock:
            yield from self._stream(messages, opts, cancel or threading.Event())

    def embed(self, texts: Sequence[str] | str) -> Any:
        """Return an ``(n, d)`` float32 array of pooled hidden states, one row per text."""
        raise CapabilityError(f"the {self.kind} backend cannot compute embeddings")

    @abc.abstractmethod
    def _generate(self, messages: list[dict[str, str]], opts: GenerationOptions) -> str: ...

    def _stream(
        self, messages: list[dict[str, str]], opts: GenerationOptions, cancel: threading.Event
    ) -> Iterator[str]:
        yield self._generate(messages, opts)

    # -- bookkeeping ------------------------------------------------------
    @abc.abstractmethod
    def status(self) -> ModelStatus: ...

    def close(self) -> None:  # noqa: B027 (optional hook; most backends hold nothing)
        """Free what the backend holds (memory, connections). Idempotent."""

    @property
    def context_length(self) -> int | None:
        """Maximum prompt + completion length in tokens, when known."""
        return None

    def count_tokens(self, text: str) -> int:
        """Number of tokens of ``text`` (a rough estimate where no tokenizer is at hand)."""
        return max(1, len(text) // 4)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r}>"

    def _repr_html_(self) -> str:
        return self.status()._repr_html_()
