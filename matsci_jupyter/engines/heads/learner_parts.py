"""What the learners share around fitting: inputs, per-task outputs, and the saved state.

Learners that keep a list of models per task part ("j.gate" = the yes/no classifier of task j
or its "is zero" gate, "j.value" = its regressor; see :mod:`.learners`) read the same feature
columns, answer :meth:`~.learners.Learner.predict` with the same per-task dicts and save the
same header. Learners that hold others (neighbour-label boosting, auto) and the saved-heads
store keep the inner learners' arrays under a key prefix. Keeping these pieces here keeps the
on-disk format in one place: a head saved before still restores.

Arrays are numpy; saved keys are plain strings; nothing here is pickled.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict
from typing import Any, Protocol, TypeVar

import numpy as np

from .data import TaskSpec
from .learners import Link

V = TypeVar("V")


class SavedConfig(Protocol):
    """A learner's settings: saved as a plain dict (:class:`~.learners.Settings`, NetConfig)."""

    def as_dict(self) -> dict[str, Any]: ...


# -- inputs -------------------------------------------------------------------------
def select_columns(
    x: np.ndarray, columns: np.ndarray | None, dtype: type | None = None
) -> np.ndarray:
    """The feature columns a learner uses (``columns`` None: all), NaN and ±inf read as 0.

    ``dtype``: convert first (e.g. ``np.float64``); None keeps the input's type.
    """
    part = x if columns is None else x[:, columns]
    if dtype is not None:
        part = np.asarray(part, dtype=dtype)
    return np.nan_to_num(part, nan=0.0, posinf=0.0, neginf=0.0)


# -- outputs ------------------------------------------------------------------------
def positive_probability(model: Any, x: np.ndarray) -> np.ndarray:
    """P(class 1) from a scikit-learn classifier; 0 where it never saw class 1."""
    proba = model.predict_proba(x)
    classes = list(model.classes_)
    return proba[:, classes.index(1)] if 1 in classes else np.zeros(len(x))


def task_outputs(
    tasks: Sequence[TaskSpec],
    models: Mapping[str, Sequence[Any]],
    output: Callable[[str, Any], np.ndarray],
) -> list[dict[str, np.ndarray]]:
    """What ``predict`` returns for per-task models: per task, arrays of shape (members, n).

    ``prob`` (classification) or ``p_zero`` (a hurdle's gate) from the "j.gate" models and
    ``value`` from the "j.value" models; ``output(key, model)`` is one model's row values.
    A task part without models gives no entry.
    """
    out = []
    for j, task in enumerate(tasks):
        parts: dict[str, np.ndarray] = {}
        gate = models.get(f"{j}.gate")
        if gate:
            name = "prob" if task.kind == "classification" else "p_zero"
            parts[name] = np.stack([output(f"{j}.gate", model) for model in gate])
        value = models.get(f"{j}.value")
        if value:
            parts["value"] = np.stack([output(f"{j}.value", model) for model in value])
        out.append(parts)
    return out


# -- saved state --------------------------------------------------------------------
def export_header(
    kind: str, config: SavedConfig, members: int, links: list[Link] | None = None
) -> dict[str, Any]:
    """The first keys of a learner's saved meta: kind, config, members (and links, if any)."""
    meta: dict[str, Any] = {"kind": kind, "config": config.as_dict(), "members": members}
    if links is not None:
        meta["links"] = [asdict(link) for link in links]
    return meta


def saved_links(meta: Mapping[str, Any]) -> list[Link]:
    """The task links :func:`export_header` saved (none in heads saved without them)."""
    return [Link(**d) for d in meta.get("links", [])]


def save_columns(arrays: dict[str, np.ndarray], columns: np.ndarray | None) -> None:
    """Store the selected feature columns as ``columns`` (nothing when all are used)."""
    if columns is not None:
        arrays["columns"] = np.asarray(columns, dtype=np.int64)


def saved_columns(arrays: Mapping[str, np.ndarray]) -> np.ndarray | None:
    """The feature columns :func:`save_columns` stored; None: all."""
    return arrays.get("columns")


def prefixed(values: Mapping[str, V], prefix: str) -> dict[str, V]:
    """``values`` with ``prefix`` put before every key (an inner learner's arrays or texts)."""
    return {f"{prefix}{k}": v for k, v in values.items()}


def unprefixed(values: Mapping[str, V], prefix: str) -> dict[str, V]:
    """The entries whose key starts with ``prefix``, with the prefix taken off."""
    return {k[len(prefix) :]: v for k, v in values.items() if k.startswith(prefix)}


def state_arrays(state: Mapping[str, Any]) -> dict[str, np.ndarray]:
    """A torch ``state_dict`` as numpy arrays (copies, on the CPU)."""
    return {name: tensor.detach().cpu().numpy().copy() for name, tensor in state.items()}


def state_tensors(arrays: Mapping[str, np.ndarray]) -> dict[str, Any]:
    """Arrays saved by :func:`state_arrays` as torch tensors (copies), for ``load_state_dict``."""
    import torch

    return {name: torch.tensor(np.asarray(value)) for name, value in arrays.items()}


__all__ = [
    "SavedConfig",
    "export_header",
    "positive_probability",
    "prefixed",
    "save_columns",
    "saved_columns",
    "saved_links",
    "select_columns",
    "state_arrays",
    "state_tensors",
    "task_outputs",
    "unprefixed",
]
