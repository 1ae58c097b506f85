"""Request and response bodies of the OpenAI-compatible API (the subset we serve)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

MAX_STOP = 4
MAX_STOP_CHARS = 64  # longer stop strings cost the model a scan per token and serve no purpose
MAX_SEED = 2**32 - 1  # numpy and torch both take this range
MAX_EMBED_INPUTS = 256


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="ignore")

    role: Literal["system", "user", "assistant"]
    content: str


class StreamOptions(BaseModel):
    include_usage: bool = False


class ChatCompletionRequest(BaseModel):
    model_config = ConfigDict(extra="ignore")

    model: str = Field(min_length=1)
    messages: list[ChatMessage] = Field(min_length=1)
    stream: bool = False
    stream_options: StreamOptions | None = None
    max_tokens: int | None = Field(default=None, ge=1, le=32768)
    max_completion_tokens: int | None = Field(default=None, ge=1, le=32768)
    temperature: float = Field(default=0.0, ge=0.0, le=2.0)
    top_p: float = Field(default=1.0, gt=0.0, le=1.0)
    stop: str | list[str] | None = Field(default=None, validate_default=True)
    seed: int | None = Field(default=None, ge=0, le=MAX_SEED)
    n: int = Field(default=1, ge=1, le=1)

    @field_validator("stop")
    @classmethod
    def _stop_list(cls, v: str | list[str] | None) -> list[str]:
        if v is None:
            return []
        v = [v] if isinstance(v, str) else v
        if len(v) > MAX_STOP:
            raise ValueError(f"at most {MAX_STOP} stop sequences")
        for i, item in enumerate(v):
            if not item:
                raise ValueError(f"stop sequence {i} is empty")
            if len(item) > MAX_STOP_CHARS:
                raise ValueError(
                    f"stop sequence {i} has {len(item)} characters; at most {MAX_STOP_CHARS}"
                )
        return v

    @property
    def max_new_tokens(self) -> int:
        return self.max_completion_tokens or self.max_tokens or 256


class EmbeddingRequest(BaseModel):
    model_config = ConfigDict(extra="ignore")

    model: str = Field(min_length=1)
    input: str | list[str]
    encoding_format: Literal["float", "base64"] = "float"

    @field_validator("input")
    @classmethod
    def _inputs(cls, v: str | list[str]) -> list[str]:
        v = [v] if isinstance(v, str) else v
        if not v:
            raise ValueError("input must not be empty")
        if len(v) > MAX_EMBED_INPUTS:
            raise ValueError(f"at most {MAX_EMBED_INPUTS} inputs per request")
        return v
