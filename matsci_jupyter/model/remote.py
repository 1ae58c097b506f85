"""HTTP backend: any OpenAI-compatible server (ours, vLLM, Ollama, llama.cpp, TGI).

This is how a group that outgrows one workstation shares a model: serve it once
(for example vLLM with tensor parallelism on a cluster node) and point every
kernel and the chat panel at the URL.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from typing import Any

from ..errors import (
    CapabilityError,
    MissingDependencyError,
    ModelConnectionError,
    PromptTooLongError,
)
from .availability import is_available
from .base import GenerationOptions, ModelBackend, ModelStatus


class RemoteModel(ModelBackend):
    """A model behind ``base_url`` (``http://host:port/v1``). Use :func:`connect_model`."""

    kind = "openai-http"

    def __init__(
        self,
        base_url: str,
        *,
        api_key: str | None = None,
        model: str | None = None,
        timeout: float = 600.0,
    ) -> None:
        if not is_available("openai"):
            raise MissingDependencyError(
                "connecting to a model server needs the openai client: "
                "pip install 'matsci-jupyter[serve]'"
            )
        import openai

        self.base_url = base_url.rstrip("/")
        self._client = openai.OpenAI(
            base_url=self.base_url, api_key=api_key or "not-needed", timeout=timeout, max_retries=0
        )
        served = self._call(lambda: [m.id for m in self._client.models.list().data])
        if not served:
            raise ModelConnectionError(f"{self.base_url} serves no models")
        if model is not None and model not in served:
            raise ModelConnectionError(
                f"{self.base_url} does not serve {model!r}; it serves: {', '.join(served)}"
            )
        super().__init__(model or served[0])
        self.served = served

    def _call(self, fn: Any) -> Any:
        import openai

        try:
            return fn()
        except openai.APIConnectionError as exc:
            raise ModelConnectionError(
                f"cannot reach {self.base_url}: is the server running? Start one with "
                "`matsci-jupyter serve --model PATH` and check host and port"
            ) from exc
        except openai.AuthenticationError as exc:
            raise ModelConnectionError(
                f"{self.base_url} refused the API key; pass the right one with --api-key "
                "or MATSCI_API_KEY"
            ) from exc
        except openai.BadRequestError as exc:
            msg = _error_message(exc)
            if "context" in msg.lower() or "too long" in msg.lower():
                raise PromptTooLongError(msg) from exc
            raise ModelConnectionError(f"{self.base_url} rejected the request: {msg}") from exc
        except openai.APIStatusError as exc:
            raise ModelConnectionError(
                f"{self.base_url} answered {exc.status_code}: {_error_message(exc)}"
            ) from exc

    def _request(self, messages: list[dict[str, str]], opts: GenerationOptions) -> dict[str, Any]:
        req: dict[str, Any] = dict(
            model=self.name,
            messages=messages,
            max_tokens=opts.max_new_tokens,
            temperature=opts.temperature,
            top_p=opts.top_p,
        )
        if opts.stop:
            req["stop"] = opts.stop
        if opts.seed is not None:
            req["seed"] = opts.seed
        return req

    def _generate(self, messages: list[dict[str, str]], opts: GenerationOptions) -> str:
        resp = self._call(
            lambda: self._client.chat.completions.create(**self._request(messages, opts))
        )
        return resp.choices[0].message.content or ""

    def _stream(
        self, messages: list[dict[str, str]], opts: GenerationOptions, cancel: threading.Event
    ) -> Iterator[str]:
        stream = self._call(
            lambda: self._client.chat.completions.create(
                **self._request(messages, opts), stream=True
            )
        )
        try:
            for chunk in stream:
                if cancel.is_set():
                    break
                if chunk.choices and chunk.choices[0].delta.content:
                    yield chunk.choices[0].delta.content
        finally:
            stream.close()

    def embed(self, texts: Sequence[str] | str) -> Any:
        import numpy as np

        texts = [texts] if isinstance(texts, str) else list(texts)
        if not texts:
            raise CapabilityError("embed() needs at least one text")
        try:
            resp = self._call(lambda: self._client.embeddings.create(model=self.name, input=texts))
        except ModelConnectionError as exc:
            raise CapabilityError(f"{self.base_url} could not embed: {exc}") from exc
        return np.asarray([d.embedding for d in resp.data], dtype=np.float32)

    def status(self) -> ModelStatus:
        return ModelStatus(
            backend=self.kind,
            name=self.name,
            source=self.base_url,
            device="remote server",
            quantization="as served",
        )

    def close(self) -> None:
        self._client.close()


def _error_message(exc: Any) -> str:
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        err = body.get("error", body)
        if isinstance(err, dict) and err.get("message"):
            return str(err["message"])
    return str(exc)


def connect_model(
    base_url: str, *, api_key: str | None = None, model: str | None = None
) -> RemoteModel:
    """Connect to an OpenAI-compatible server at ``base_url`` (e.g. ``http://127.0.0.1:8000/v1``)."""
    if not base_url.startswith(("http://", "https://")):
        base_url = "http://" + base_url
    if not base_url.rstrip("/").endswith("/v1"):
        base_url = base_url.rstrip("/") + "/v1"
    return RemoteModel(base_url, api_key=api_key, model=model)
