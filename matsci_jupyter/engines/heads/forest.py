"""Extremely randomized trees per task (scikit-learn ExtraTrees), hurdle-aware like the others.

Small tables (a few hundred alloys) are where averaged randomized trees win
over boosting and networks. The fitted trees are saved as plain arrays (the
node table scikit-learn itself pickles), so saved heads need no pickle.
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
    prefixed,
    save_columns,
    saved_columns,
    saved_links,
    select_columns,
    task_outputs,
    unprefixed,
)
from .learners import (
    Job,
    Link,
    Settings,
    feature_columns,
    find_links,
    fit_jobs,
    fit_outcome,
    keep_task_models,
    task_jobs,
)
from .netfit import EpochReport


@dataclass
class ForestConfig(Settings):
    """ExtraTrees settings. ``feature_blocks`` limits the features (e.g. ``["fraction"]``)."""

    n_estimators: int = 500
    max_features: float = 1.0
    min_samples_leaf: int = 1
    feature_blocks: list[str] | None = None
    n_jobs: int = 2


def _tree_arrays(tree: Any) -> dict[str, np.ndarray]:
    state = tree.__getstate__()
    nodes = state["nodes"]
    out = {f"nodes.{name}": np.ascontiguousarray(nodes[name]) for name in nodes.dtype.names}
    out["values"] = np.ascontiguousarray(state["values"])
    out["max_depth"] = np.asarray([state["max_depth"]], dtype=np.int64)
    return out


def _tree_from_arrays(arrays: dict[str, np.ndarray], n_features: int, n_classes: int) -> Any:
    from sklearn.tree._tree import Tree

    tree = Tree(n_features, np.asarray([n_classes], dtype=np.intp), 1)
    template = tree.__getstate__()["nodes"].dtype
    count = len(arrays["nodes.left_child"])
    nodes = np.zeros(count, dtype=template)
    for name in template.names:
        key = f"nodes.{name}"
        if key not in arrays:
            raise ValueError(f"saved trees lack the field {name!r} this scikit-learn needs")
        nodes[name] = arrays[key]
    tree.__setstate__(
        {
            "max_depth": int(arrays["max_depth"][0]),
            "node_count": count,
            "nodes": nodes,
            "values": np.ascontiguousarray(arrays["values"]),
        }
    )
    return tree


@dataclass
class ForestLearner:
    """Per-task ExtraTrees; ``members`` forests with different seeds."""

    config: ForestConfig = field(default_factory=ForestConfig)
    members: int = 1
    kind: str = "forest"
    tasks: list[TaskSpec] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    columns: np.ndarray | None = None
    models: dict[str, list[Any]] = field(default_factory=dict)

    def _select(self, x: np.ndarray) -> np.ndarray:
        return select_columns(x, self.columns)

    def fit(
        self,
        x_tr: np.ndarray,
        y_tr: np.ndarray,
        x_va: np.ndarray | None,
        y_va: np.ndarray | None,
        tasks: list[TaskSpec],
        *,
        seed: int = 0,
        feature_labels: list[str] | None = None,
        on_epoch: Callable[[EpochReport], None] | None = None,
        stop: threading.Event | None = None,
    ) -> dict[str, Any]:
        from sklearn.ensemble import ExtraTreesClassifier, ExtraTreesRegressor

        self.tasks = list(tasks)
        self.links = find_links(y_tr, tasks)
        self.columns = feature_columns(feature_labels, self.config.feature_blocks)
        jobs = task_jobs(self._select(x_tr), y_tr, None, None, self.tasks, self.links)
        t0 = time.perf_counter()
        progress = {"n": 0, "samples": 0}
        total = len(jobs) * self.members

        def fit_one(job: Job, m: int) -> Any:
            cls = ExtraTreesClassifier if job.binary else ExtraTreesRegressor
            model = cls(
                n_estimators=self.config.n_estimators,
                max_features=self.config.max_features,
                min_samples_leaf=self.config.min_samples_leaf,
                n_jobs=self.config.n_jobs,
                random_state=seed * 1000 + m,
            ).fit(job.x, job.y.astype(int) if job.binary else job.y)
            progress["n"] += 1
            progress["samples"] += len(job.x) * self.config.n_estimators
            if on_epoch is not None:
                name = self.tasks[job.task].name
                on_epoch(EpochReport(progress["n"], total, {name: 0.0}, {}, 0, 0.0))
            return model

        self.models, stopped, incomplete = fit_jobs(jobs, self.members, fit_one, stop)
        return fit_outcome(stopped, incomplete, progress["samples"], t0)

    def keep_tasks(self, keep: list[int]) -> None:
        self.models, self.links, self.tasks = keep_task_models(
            self.models, self.links, self.tasks, keep
        )

    def predict(self, x: np.ndarray) -> list[dict[str, np.ndarray]]:
        """Per task: 'p_zero' / 'value' / 'prob' arrays of shape (members, n)."""
        xs = self._select(x).astype(np.float32)

        def output(key: str, model: Any) -> np.ndarray:
            return positive_probability(model, xs) if key.endswith(".gate") else model.predict(xs)

        return task_outputs(self.tasks, self.models, output)

    def export(self) -> tuple[dict[str, np.ndarray], dict[str, str], dict[str, Any]]:
        arrays: dict[str, np.ndarray] = {}
        save_columns(arrays, self.columns)
        shapes = {}
        for key, models in self.models.items():
            for m, model in enumerate(models):
                shapes[f"{key}.{m}"] = {
                    "trees": len(model.estimators_),
                    "n_features": int(model.n_features_in_),
                    "classes": [int(c) for c in getattr(model, "classes_", [])],
                }
                for t, est in enumerate(model.estimators_):
                    arrays.update(prefixed(_tree_arrays(est.tree_), f"{key}.{m}.{t}."))
        from importlib.metadata import version

        meta = {
            **export_header(self.kind, self.config, self.members, self.links),
            "models": shapes,
            "sklearn": version("scikit-learn"),
        }
        return arrays, {}, meta

    @classmethod
    def restore(
        cls,
        arrays: dict[str, np.ndarray],
        texts: dict[str, str],
        meta: dict[str, Any],
        tasks: list[TaskSpec],
    ) -> ForestLearner:
        from sklearn.ensemble import ExtraTreesClassifier, ExtraTreesRegressor
        from sklearn.tree import ExtraTreeClassifier, ExtraTreeRegressor

        learner = cls(ForestConfig.from_dict(meta["config"]), int(meta["members"]))
        learner.tasks = list(tasks)
        learner.links = saved_links(meta)
        learner.columns = saved_columns(arrays)
        for name, shape in meta["models"].items():
            key, _m = name.rsplit(".", 1)
            is_cls = bool(shape["classes"])
            n_classes = len(shape["classes"]) if is_cls else 1
            estimators = []
            for t in range(shape["trees"]):
                part = unprefixed(arrays, f"{name}.{t}.")
                est = ExtraTreeClassifier() if is_cls else ExtraTreeRegressor()
                est.n_features_in_ = shape["n_features"]
                est.n_outputs_ = 1
                if is_cls:
                    est.classes_ = np.asarray(shape["classes"])
                    est.n_classes_ = n_classes
                est.tree_ = _tree_from_arrays(part, shape["n_features"], n_classes)
                estimators.append(est)
            model = (ExtraTreesClassifier if is_cls else ExtraTreesRegressor)(
                n_estimators=len(estimators)
            )
            model.estimators_ = estimators
            model.n_features_in_ = shape["n_features"]
            model.n_outputs_ = 1
            if is_cls:
                model.classes_ = np.asarray(shape["classes"])
                model.n_classes_ = n_classes
            learner.models.setdefault(key, []).append(model)
        return learner

    components = predict  # the name used before the Learner protocol


__all__ = ["ForestConfig", "ForestLearner"]
