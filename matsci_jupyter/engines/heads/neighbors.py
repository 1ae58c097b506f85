"""Nearest neighbours on composition (scikit-learn), hurdle-aware like the tree learners.

Data sets that sweep compositions inside a few chemical systems (alloy series,
glass-forming ranges) are often predicted best by their closest measured
neighbours. Distances are L1 (Manhattan) between feature vectors, by default the
element fractions (a distance of 0 = the same composition, 2 = no shared element),
neighbours weighted by inverse distance. Saved heads store the training rows
they need (features of the chosen blocks and labels), no pickle.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .data import TaskSpec
from .learner_parts import (
    export_header,
    positive_probability,
    save_columns,
    saved_columns,
    saved_links,
    select_columns,
    task_outputs,
)
from .learners import (
    Link,
    Settings,
    feature_columns,
    find_links,
    fit_jobs,
    fit_outcome,
    keep_task_models,
    task_jobs,
)


@dataclass
class NeighborsConfig(Settings):
    """k nearest neighbours; ``feature_blocks`` default: element fractions only."""

    neighbors: int = 10
    feature_blocks: list[str] | None = field(default_factory=lambda: ["fraction"])
    metric: str = "manhattan"
    weights: str = "distance"


@dataclass
class NeighborsLearner:
    """Per-task k-nearest-neighbour models (one 'member': neighbours have no seed)."""

    config: NeighborsConfig = field(default_factory=NeighborsConfig)
    members: int = 1
    kind: str = "knn"
    tasks: list[TaskSpec] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    columns: np.ndarray | None = None
    models: dict[str, list[Any]] = field(default_factory=dict)
    rows: dict[str, tuple[np.ndarray, np.ndarray]] = field(default_factory=dict, repr=False)

    def _select(self, x: np.ndarray) -> np.ndarray:
        return select_columns(x, self.columns, np.float64)

    def _model(self, key: str, binary: bool, x: np.ndarray, y: np.ndarray) -> Any:
        from sklearn.neighbors import KNeighborsClassifier, KNeighborsRegressor

        cls = KNeighborsClassifier if binary else KNeighborsRegressor
        self.rows[key] = (x, y)
        k = max(1, min(self.config.neighbors, len(x)))
        return cls(k, weights=self.config.weights, metric=self.config.metric).fit(
            x, y.astype(int) if binary else y
        )

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
    ) -> dict[str, Any]:
        self.tasks = list(tasks)
        self.links = find_links(y_tr, tasks)
        self.columns = feature_columns(feature_labels, self.config.feature_blocks)
        jobs = task_jobs(self._select(x_tr), y_tr, None, None, self.tasks, self.links)
        t0 = time.perf_counter()
        self.models, stopped, incomplete = fit_jobs(
            jobs, 1, lambda job, m: self._model(job.key, job.binary, job.x, job.y), stop
        )
        return fit_outcome(stopped, incomplete, sum(len(j.x) for j in jobs), t0)

    def keep_tasks(self, keep: list[int]) -> None:
        self.rows, _, _ = keep_task_models(self.rows, [], self.tasks, keep)
        self.models, self.links, self.tasks = keep_task_models(
            self.models, self.links, self.tasks, keep
        )

    def predict(self, x: np.ndarray) -> list[dict[str, np.ndarray]]:
        """Per task: 'p_zero' / 'value' / 'prob' arrays of shape (1, n)."""
        xs = self._select(x)

        def output(key: str, model: Any) -> np.ndarray:
            return positive_probability(model, xs) if key.endswith(".gate") else model.predict(xs)

        return task_outputs(self.tasks, self.models, output)

    components = predict

    def export(self) -> tuple[dict[str, np.ndarray], dict[str, str], dict[str, Any]]:
        arrays: dict[str, np.ndarray] = {}
        save_columns(arrays, self.columns)
        for key in self.models:
            x, y = self.rows[key]
            arrays[f"{key}.x"] = np.ascontiguousarray(x, dtype=np.float64)
            arrays[f"{key}.y"] = np.ascontiguousarray(y, dtype=np.float64)
        meta = {
            **export_header(self.kind, self.config, 1, self.links),
            "models": sorted(self.models),
        }
        return arrays, {}, meta

    @classmethod
    def restore(
        cls,
        arrays: dict[str, np.ndarray],
        texts: dict[str, str],
        meta: dict[str, Any],
        tasks: list[TaskSpec],
    ) -> NeighborsLearner:
        learner = cls(NeighborsConfig.from_dict(meta["config"]))
        learner.tasks = list(tasks)
        learner.links = saved_links(meta)
        learner.columns = saved_columns(arrays)
        for key in meta["models"]:
            binary = key.endswith(".gate")
            learner.models[key] = [
                learner._model(key, binary, arrays[f"{key}.x"], arrays[f"{key}.y"])
            ]
        return learner


__all__ = ["NeighborsConfig", "NeighborsLearner"]
