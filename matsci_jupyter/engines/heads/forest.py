"""Extremely randomized trees per task (scikit-learn ExtraTrees), hurdle-aware like the others.

Small tables (a few hundred alloys) are where averaged randomized trees win
over boosting and networks. The fitted trees are saved as plain arrays (the
node table scikit-learn itself pickles), so saved heads need no pickle.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from .boosted import Link, _binary_view, _borrowed_labels, drop_incomplete, find_links
from .data import TaskSpec
from .model import uses_hurdle
from .netfit import EpochReport


@dataclass
class ForestConfig:
    """ExtraTrees settings. ``feature_blocks`` limits the features (e.g. ``["fraction"]``)."""

    n_estimators: int = 500
    max_features: float = 1.0
    min_samples_leaf: int = 1
    feature_blocks: list[str] | None = None
    n_jobs: int = 2

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ForestConfig:
        return cls(**{k: v for k, v in d.items() if k in cls.__dataclass_fields__})


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
        x = x if self.columns is None else x[:, self.columns]
        return np.nan_to_num(x, nan=0.0, posinf=0.0, neginf=0.0)

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
        if self.config.feature_blocks and feature_labels:
            blocks = tuple(f"{b}: " for b in self.config.feature_blocks)
            self.columns = np.asarray(
                [i for i, lab in enumerate(feature_labels) if lab.startswith(blocks)]
            )
        x = self._select(x_tr)
        jobs = []
        for j, task in enumerate(tasks):
            if task.kind == "classification" or uses_hurdle(task):
                lab = _borrowed_labels(y_tr, tasks, j, self.links)
                keep = np.isfinite(lab)
                jobs.append((f"{j}.gate", True, x[keep], lab[keep].astype(int)))
            if task.kind == "regression":
                col = y_tr[:, j]
                keep = np.isfinite(col) & ((col != 0) if uses_hurdle(task) else True)
                jobs.append((f"{j}.value", False, x[keep], col[keep]))
        t0, samples, stopped = time.perf_counter(), 0, "completed"
        self.models = {}
        total = len(jobs) * self.members
        try:
            for n, (key, is_cls, xj, yj) in enumerate(jobs):
                self.models[key] = []
                for m in range(self.members):
                    cls = ExtraTreesClassifier if is_cls else ExtraTreesRegressor
                    model = cls(
                        n_estimators=self.config.n_estimators,
                        max_features=self.config.max_features,
                        min_samples_leaf=self.config.min_samples_leaf,
                        n_jobs=self.config.n_jobs,
                        random_state=seed * 1000 + m,
                    ).fit(xj, yj)
                    self.models[key].append(model)
                    samples += len(xj) * self.config.n_estimators
                    if on_epoch is not None:
                        name = self.tasks[int(key.split(".")[0])].name
                        on_epoch(
                            EpochReport(n * self.members + m + 1, total, {name: 0.0}, {}, 0, 0.0)
                        )
                    if stop is not None and stop.is_set():
                        stopped = "stopped"
                        raise _Stop
        except _Stop:
            pass
        except KeyboardInterrupt:
            stopped = "interrupted"
        incomplete = drop_incomplete(self.models, jobs)
        return {
            "stopped": stopped,
            "incomplete_tasks": incomplete,
            "best_iteration": None,
            "samples_seen": samples,
            "seconds": time.perf_counter() - t0,
        }

    def components(self, x: np.ndarray) -> list[dict[str, np.ndarray]]:
        xs = self._select(x).astype(np.float32)
        out = []
        for j, task in enumerate(self.tasks):
            parts: dict[str, np.ndarray] = {}
            gate = self.models.get(f"{j}.gate")
            if gate:
                probs = np.stack([_positive_probability(model, xs) for model in gate])
                parts["prob" if task.kind == "classification" else "p_zero"] = probs
            value = self.models.get(f"{j}.value")
            if value:
                parts["value"] = np.stack([model.predict(xs) for model in value])
            out.append(parts)
        return out

    def export(self) -> tuple[dict[str, np.ndarray], dict[str, str], dict[str, Any]]:
        arrays: dict[str, np.ndarray] = {}
        if self.columns is not None:
            arrays["columns"] = np.asarray(self.columns, dtype=np.int64)
        shapes = {}
        for key, models in self.models.items():
            for m, model in enumerate(models):
                shapes[f"{key}.{m}"] = {
                    "trees": len(model.estimators_),
                    "n_features": int(model.n_features_in_),
                    "classes": [int(c) for c in getattr(model, "classes_", [])],
                }
                for t, est in enumerate(model.estimators_):
                    for name, arr in _tree_arrays(est.tree_).items():
                        arrays[f"{key}.{m}.{t}.{name}"] = arr
        from importlib.metadata import version

        meta = {
            "kind": self.kind,
            "config": self.config.as_dict(),
            "members": self.members,
            "links": [asdict(link) for link in self.links],
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
        learner.links = [Link(**d) for d in meta.get("links", [])]
        learner.columns = arrays.get("columns")
        for name, shape in meta["models"].items():
            key, _m = name.rsplit(".", 1)
            is_cls = bool(shape["classes"])
            n_classes = len(shape["classes"]) if is_cls else 1
            estimators = []
            for t in range(shape["trees"]):
                prefix = f"{name}.{t}."
                part = {k[len(prefix) :]: v for k, v in arrays.items() if k.startswith(prefix)}
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


def _positive_probability(model: Any, x: np.ndarray) -> np.ndarray:
    proba = model.predict_proba(x)
    classes = list(model.classes_)
    return proba[:, classes.index(1)] if 1 in classes else np.zeros(len(x))


class _Stop(Exception):
    pass


__all__ = ["ForestConfig", "ForestLearner", "_binary_view"]
