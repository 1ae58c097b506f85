"""The 'none' backend: no language model; the deterministic engines do the work."""

from __future__ import annotations

from ..errors import NoModelError
from .base import GenerationOptions, ModelBackend, ModelStatus

HOW_TO_GET_A_MODEL = (
    "load one with `%matsci model load PATH_OR_NAME` (4-bit NF4), or connect to a running server "
    "with `%matsci model connect http://127.0.0.1:8000/v1`; set MATSCI_MODEL or MATSCI_MODEL_URL "
    "to pick one without code"
)


class NoModel(ModelBackend):
    """Stands in when no model is loaded; any generation request says how to get one."""

    kind = "none"
    supports_streaming = False
    supports_embeddings = False

    def __init__(self) -> None:
        super().__init__("none")

    def _generate(self, messages: list[dict[str, str]], opts: GenerationOptions) -> str:
        raise NoModelError(f"no language model is loaded: {HOW_TO_GET_A_MODEL}")

    def status(self) -> ModelStatus:
        return ModelStatus(backend="none")
