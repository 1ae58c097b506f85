"""Errors a user can act on.

Every error raised to a user derives from :class:`MatsciError`; its message says
what went wrong and what to do. Surfaces (magics, server, CLI) print the message
in one line instead of a traceback.
"""

from __future__ import annotations


class MatsciError(Exception):
    """Base class of errors with a message a user can act on."""


class UsageError(MatsciError):
    """A magic, CLI or API call was written wrongly (unknown subcommand, bad flag)."""


class ModelError(MatsciError):
    """Base class of model-layer errors."""


class ModelNotFoundError(ModelError):
    """The model name or path does not resolve to a checkpoint on this machine."""


class CorruptCheckpointError(ModelError):
    """The checkpoint exists but cannot be read (missing config, broken weights)."""


class NotEnoughMemoryError(ModelError):
    """Loading the model would not fit in the available memory."""


class MissingDependencyError(ModelError):
    """A package the requested feature needs is not installed."""


class NoModelError(ModelError):
    """A feature needs a language model and none is loaded or connected."""


class ModelConnectionError(ModelError):
    """An OpenAI-compatible server could not be reached or answered with an error."""


class CapabilityError(ModelError):
    """The backend cannot do what was asked (for example embeddings over HTTP)."""


class PromptTooLongError(ModelError):
    """The prompt does not fit in the model's context window."""


class TrainingAfterInferenceError(ModelError):
    """A 4-bit model that already ran inference on an AVX512-BF16 CPU cannot be trained.

    Its weights are repacked in the inference layout; gradients through them
    would be silently wrong (see NOTES: trap B).
    """


class EngineUnavailableError(MatsciError):
    """The engine a command needs is not part of this installation (or a package it needs is missing)."""
