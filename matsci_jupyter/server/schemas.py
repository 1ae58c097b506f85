"""Request bodies of the panel's API, validated with pydantic.

Limits that users can configure (message and attachment length) are checked
against the ``limits`` passed in the validation context, so one model serves
every configuration. Unknown fields are refused: a typo is an error, not a
silently ignored option.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from ..commands.arguments import validation_message

__all__ = [
    "Attachment",
    "ChatRequest",
    "ConnectModelRequest",
    "EmptyRequest",
    "EngineRequest",
    "Limits",
    "LoadModelRequest",
    "validation_message",
]

NOTEBOOK_PATH_CHARS = 4096


class Limits(BaseModel):
    """The configurable limits requests are checked against (characters)."""

    max_message_chars: int = 20_000
    max_attachment_chars: int = 20_000


def _limits(info: ValidationInfo) -> Limits:
    ctx = info.context or {}
    limits = ctx.get("limits")
    return limits if isinstance(limits, Limits) else Limits()


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)


class Attachment(_Body):
    """Context from the active notebook: the selected cell, the last error, a variable summary,
    or a file of the notebook's folder (``@file`` in the message)."""

    kind: Literal["cell", "error", "variable", "file"]
    label: Annotated[str, Field(max_length=200)] = ""
    content: str

    @field_validator("content")
    @classmethod
    def _content_fits(cls, value: str, info: ValidationInfo) -> str:
        limit = _limits(info).max_attachment_chars
        if len(value) > limit:
            raise ValueError(f"attachment has {len(value)} characters; the limit is {limit}")
        return value


class ChatRequest(_Body):
    """One message typed in the panel."""

    message: str
    notebook: Annotated[str | None, Field(max_length=NOTEBOOK_PATH_CHARS)] = None
    # a named chat of the notebook (None: its default chat)
    chat: Annotated[str | None, Field(max_length=40, pattern=r"^[A-Za-z0-9][A-Za-z0-9 _-]*$")] = (
        None
    )
    attachments: Annotated[list[Attachment], Field(max_length=5)] = []
    client_id: Annotated[str | None, Field(max_length=64)] = None

    @field_validator("message")
    @classmethod
    def _message_fits(cls, value: str, info: ValidationInfo) -> str:
        if not value.strip():
            raise ValueError("the message is empty")
        limit = _limits(info).max_message_chars
        if len(value) > limit:
            raise ValueError(
                f"the message has {len(value)} characters; the limit is {limit} "
                "(attach long code or data as a cell or variable instead)"
            )
        return value


Quantization = Literal["nf4", "fp4", "bf16", "fp32"]


class LoadModelRequest(_Body):
    """Load a local model into the server process (4-bit NF4 by default)."""

    name_or_path: Annotated[str, Field(min_length=1, max_length=1024)]
    quantization: Quantization | None = None
    device: Literal["cpu", "cuda"] | None = None


class ConnectModelRequest(_Body):
    """Use a model served over an OpenAI-compatible API (shared with the kernels)."""

    url: Annotated[str, Field(min_length=1, max_length=2048)]
    api_key: Annotated[str | None, Field(max_length=1024)] = None
    model: Annotated[str | None, Field(max_length=512)] = None


class EmptyRequest(_Body):
    """A body that must be empty (``{}``) or absent."""


class EngineRequest(_Body):
    """Run one command outside a chat (no history): on a text, or on the command's own arguments
    (checked by its model in :mod:`matsci_jupyter.commands.arguments`)."""

    text: str | None = None
    response: str | None = None  # for "check": the answer to check
    arguments: dict[str, Any] | None = None
    notebook: Annotated[str | None, Field(max_length=NOTEBOOK_PATH_CHARS)] = None

    @field_validator("text", "response")
    @classmethod
    def _text_fits(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is None:
            return value
        limit = _limits(info).max_message_chars
        if len(value) > limit:
            raise ValueError(f"{info.field_name} has {len(value)} characters; the limit is {limit}")
        return value
