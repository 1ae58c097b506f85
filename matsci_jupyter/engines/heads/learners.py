"""The ``Learner`` protocol, the registry of learner kinds, and what the learners share.

Every learner (LightGBM, ExtraTrees, nearest neighbours, the multi-task network,
the automatic chooser, and learners added later such as QLoRA) implements:

- ``fit(x_tr, y_tr, x_va, y_va, tasks, *, seed, on_epoch, stop, feature_labels) -> dict``
  with at least ``stopped`` (completed | early-stopped | stopped | interrupted),
  ``incomplete_tasks``, ``samples_seen`` and ``seconds``;
- ``predict(x) -> list[dict[str, ndarray]]``: per task ``prob`` (classification),
  ``p_zero`` and ``value`` (hurdle regression) or ``value``, each (members, rows);
- ``keep_tasks(keep)``: forget the tasks not listed (after a Stop left them unfinished);
- ``export() -> (arrays, texts, meta)`` and ``restore(arrays, texts, meta, tasks)``.

``register_learner(kind, "module:Class")`` adds a kind; saved heads name their
learners' kinds and :func:`learner_class` finds the class again (imported lazily).

The per-task model list ("j.gate" = the yes/no classifier of task j or its
"is zero" gate, "j.value" = its regressor), the label links between tasks and
the Stop / Ctrl-C handling are shared here so each learner only says how to fit
one model; what they share when predicting, exporting and restoring is in
:mod:`.learner_parts`.
"""

from __future__ import annotations

import importlib
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any, ClassVar, Protocol, TypeVar, runtime_checkable

import numpy as np

from ...errors import MatsciError
from .data import TaskSpec
from .model import uses_hurdle

LINK_MIN_AGREEMENT = 0.98
LINK_MIN_OVERLAP = 20


@runtime_checkable
class Learner(Protocol):
    """What :class:`~.heads.Heads` and the trainers need from a learner."""

    kind: str
    members: int
    tasks: list[TaskSpec]

    def fit(
        self,
        x_tr: np.ndarray,
        y_tr: np.ndarray,
        x_va: np.ndarray | None,
        y_va: np.ndarray | None,
        tasks: list[TaskSpec],
        *,
        seed: int = 0,
        on_epoch: Callable[[Any], None] | None = None,
        stop: threading.Event | None = None,
        feature_labels: list[str] | None = None,
    ) -> dict[str, Any]: ...

    def predict(self, x: np.ndarray) -> list[dict[str, np.ndarray]]: ...

    def keep_tasks(self, keep: list[int]) -> None: ...

    def export(self) -> tuple[dict[str, np.ndarray], dict[str, str], dict[str, Any]]: ...

    @classmethod
    def restore(
        cls,
        arrays: dict[str, np.ndarray],
        texts: dict[str, str],
        meta: dict[str, Any],
        tasks: list[TaskSpec],
    ) -> Learner: ...


_KINDS: dict[str, str] = {
    "mlp": "matsci_jupyter.engines.heads.neural:NeuralLearner",
    "gbm": "matsci_jupyter.engines.heads.boosted:BoostedLearner",
    "forest": "matsci_jupyter.engines.heads.forest:ForestLearner",
    "knn": "matsci_jupyter.engines.heads.neighbors:NeighborsLearner",
    "gbm-nbr": "matsci_jupyter.engines.heads.neighborfeatures:NeighborBoostLearner",
    "attn": "matsci_jupyter.engines.heads.attention:AttentionLearner",
    "auto": "matsci_jupyter.engines.heads.auto:AutoLearner",
}


def register_learner(kind: str, target: str, *, replace: bool = False) -> None:
    """Add a learner kind: ``target`` is ``"package.module:ClassName"`` (imported when used)."""
    if ":" not in target:
        raise ValueError(f"learner target must be 'module:Class', got {target!r}")
    if kind in _KINDS and not replace and _KINDS[kind] != target:
        raise ValueError(f"learner kind {kind!r} is already registered ({_KINDS[kind]})")
    _KINDS[kind] = target


def learner_kinds() -> tuple[str, ...]:
    return tuple(_KINDS)


def learner_class(kind: str) -> type:
    """The class registered for ``kind``; :class:`MatsciError` for unknown kinds."""
    if kind not in _KINDS:
        raise MatsciError(f"unknown learner kind {kind!r}; known: {', '.join(_KINDS)}")
    module, name = _KINDS[kind].split(":")
    return getattr(importlib.import_module(module), name)


SettingsT = TypeVar("SettingsT", bound="Settings")


class Settings:
    """Base of the learners' dataclass settings: a plain-dict round trip for saved heads.

    ``from_dict`` ignores keys it does not know, so heads saved by another version still load.
    """

    __dataclass_fields__: ClassVar[dict[str, Any]]

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]  # subclasses are dataclasses

    @classmethod
    def from_dict(cls: type[SettingsT], d: dict[str, Any]) -> SettingsT:
        return cls(**{k: v for k, v in d.items() if k in cls.__dataclass_fields__})


class StopTraining(Exception):
    """Raised inside a fit loop when the Stop event is set (caught by :func:`fit_jobs`)."""


# -- tasks that answer the same yes/no question ----------------------------------
@dataclass
class Link:
    """Task ``source``'s labels also train task ``target``'s yes/no classifier."""

    source: int
    target: int
    invert: bool  # class 1 of the source means class 0 of the target
    agreement: float
    overlap: int


def binary_view(y: np.ndarray, task: TaskSpec) -> np.ndarray:
    """The 0/1 question a task's classifier answers: class 1, or 'is zero' (hurdles); NaN: none."""
    if task.kind == "classification":
        return y
    return np.where(np.isfinite(y), (y == 0).astype(float), np.nan)


def find_links(y: np.ndarray, tasks: list[TaskSpec]) -> list[Link]:
    """Pairs of classification / hurdle tasks that answer the same yes/no question."""
    binary = [j for j, t in enumerate(tasks) if t.kind == "classification" or uses_hurdle(t)]
    links = []
    for a in binary:
        for b in binary:
            if a == b:
                continue
            va, vb = binary_view(y[:, a], tasks[a]), binary_view(y[:, b], tasks[b])
            both = np.isfinite(va) & np.isfinite(vb)
            n = int(both.sum())
            if n < LINK_MIN_OVERLAP:
                continue
            same = float(np.mean(va[both] == vb[both]))
            if same >= LINK_MIN_AGREEMENT:
                links.append(Link(a, b, False, same, n))
            elif 1 - same >= LINK_MIN_AGREEMENT:
                links.append(Link(a, b, True, 1 - same, n))
    return links


def borrowed_labels(y: np.ndarray, tasks: list[TaskSpec], j: int, links: list[Link]) -> np.ndarray:
    """Task j's binary labels, with gaps filled from linked tasks."""
    own = binary_view(y[:, j], tasks[j]).copy()
    for link in links:
        if link.target != j:
            continue
        other = binary_view(y[:, link.source], tasks[link.source])
        if link.invert:
            other = np.where(np.isfinite(other), 1 - other, np.nan)
        fill = ~np.isfinite(own) & np.isfinite(other)
        own[fill] = other[fill]
    return own


# -- one model per task part ---------------------------------------------------------
@dataclass
class Job:
    """One model to fit: ``key`` 'j.gate' (binary) or 'j.value' (regression)."""

    key: str
    binary: bool
    x: np.ndarray
    y: np.ndarray
    x_val: np.ndarray | None
    y_val: np.ndarray | None
    label: str

    @property
    def task(self) -> int:
        return int(self.key.split(".")[0])


def task_jobs(
    x_tr: np.ndarray,
    y_tr: np.ndarray,
    x_va: np.ndarray | None,
    y_va: np.ndarray | None,
    tasks: list[TaskSpec],
    links: list[Link],
) -> list[Job]:
    """The models per-task learners fit: a classifier per classification task, and for
    regression a regressor (hurdle tasks: an 'is zero' gate plus a regressor on non-zero labels)."""
    has_val = x_va is not None and y_va is not None and len(x_va) > 0
    jobs = []
    for j, task in enumerate(tasks):
        hurdle = uses_hurdle(task)
        if task.kind == "classification" or hurdle:
            lab = borrowed_labels(y_tr, tasks, j, links)
            keep = np.isfinite(lab)
            xv = yv = None
            if has_val:
                vlab = binary_view(y_va[:, j], task)
                vkeep = np.isfinite(vlab)
                xv, yv = x_va[vkeep], vlab[vkeep]
            label = f"{task.name} (is zero)" if hurdle else task.name
            jobs.append(Job(f"{j}.gate", True, x_tr[keep], lab[keep], xv, yv, label))
        if task.kind == "regression":
            col = y_tr[:, j]
            keep = np.isfinite(col) & ((col != 0) if hurdle else True)
            xv = yv = None
            if has_val:
                vcol = y_va[:, j]
                vkeep = np.isfinite(vcol) & ((vcol != 0) if hurdle else True)
                xv, yv = x_va[vkeep], vcol[vkeep]
            label = f"{task.name} (non-zero)" if hurdle else task.name
            jobs.append(Job(f"{j}.value", False, x_tr[keep], col[keep], xv, yv, label))
    return jobs


def fit_jobs(
    jobs: list[Job],
    members: int,
    fit_one: Callable[[Job, int], Any],
    stop: threading.Event | None,
) -> tuple[dict[str, list[Any]], str, list[int]]:
    """Fit ``members`` models per job; Stop / Ctrl-C end the loop keeping what is finished.

    The Stop event is checked after each model; ``fit_one`` may also raise
    :class:`StopTraining` when it sees the event (e.g. between epochs): its model is dropped.
    Returns (models per job key, stopped state, indices of tasks left without all their models,
    which are removed from the returned models).
    """
    models: dict[str, list[Any]] = {}
    stopped = "completed"
    try:
        for job in jobs:
            models[job.key] = []
            for m in range(members):
                models[job.key].append(fit_one(job, m))
                if stop is not None and stop.is_set():
                    raise StopTraining
    except StopTraining:
        stopped = "stopped"
    except KeyboardInterrupt:
        stopped = "interrupted"
    incomplete = drop_incomplete(models, jobs, members)
    return models, stopped, incomplete


def drop_incomplete(models: dict[str, Any], jobs: list[Any], members: int = 1) -> list[int]:
    """After an early stop, remove tasks whose models were not all trained; return their indices."""
    keys = [job.key if isinstance(job, Job) else job[0] for job in jobs]
    incomplete = sorted({int(k.split(".")[0]) for k in keys if len(models.get(k) or []) < members})
    for j in incomplete:
        models.pop(f"{j}.gate", None)
        models.pop(f"{j}.value", None)
    return incomplete


def keep_task_models(
    models: dict[str, Any], links: list[Link], tasks: list[TaskSpec], keep: list[int]
) -> tuple[dict[str, Any], list[Link], list[TaskSpec]]:
    """Models, links and tasks renumbered to the tasks in ``keep``."""
    remap = {old: new for new, old in enumerate(keep)}
    kept = {
        f"{remap[int(k.split('.')[0])]}.{k.split('.')[1]}": v
        for k, v in models.items()
        if int(k.split(".")[0]) in remap
    }
    new_links = [
        Link(remap[lk.source], remap[lk.target], lk.invert, lk.agreement, lk.overlap)
        for lk in links
        if lk.source in remap and lk.target in remap
    ]
    return kept, new_links, [tasks[j] for j in keep]


def fit_outcome(
    stopped: str,
    incomplete: list[int],
    samples: int,
    started: float,
    best_iteration: int | None = None,
) -> dict[str, Any]:
    """The dict every ``fit`` returns."""
    return {
        "stopped": stopped,
        "incomplete_tasks": incomplete,
        "best_iteration": best_iteration,
        "samples_seen": samples,
        "seconds": time.perf_counter() - started,
    }


def feature_columns(labels: list[str] | None, blocks: list[str] | None) -> np.ndarray | None:
    """Indices of the features whose label starts with one of ``blocks`` ('fraction', 'magpie').

    None when every feature is used (no blocks, or no labels to select by).
    """
    if not blocks or not labels:
        return None
    prefixes = tuple(f"{b}: " for b in blocks)
    cols = np.asarray([i for i, lab in enumerate(labels) if lab.startswith(prefixes)], dtype=int)
    if len(cols) == 0:
        raise MatsciError(
            f"no features belong to the blocks {blocks}; known blocks: "
            f"{sorted({lab.split(': ')[0] for lab in labels})}"
        )
    return cols


__all__ = [
    "Job",
    "Learner",
    "Link",
    "StopTraining",
    "binary_view",
    "borrowed_labels",
    "drop_incomplete",
    "feature_columns",
    "find_links",
    "fit_jobs",
    "fit_outcome",
    "keep_task_models",
    "learner_class",
    "learner_kinds",
    "register_learner",
    "task_jobs",
]
