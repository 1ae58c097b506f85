"""Gradient-boosted trees per task (LightGBM), with the same hurdle idea as the network.

A zero-inflated regression task is a classifier for "is zero" (the gate) and a
regressor trained on the non-zero labels. Tasks share labels where the data says
they are the same question: a classification task whose classes coincide with a
hurdle task's zero / non-zero split on the rows both label (≥ 98 % agreement)
lends its labels to that gate, and the other way round. Small ensembles train
members with different seeds and row subsamples.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from .data import TaskSpec
from .model import uses_hurdle
from .netfit import EpochReport

LINK_MIN_AGREEMENT = 0.98
LINK_MIN_OVERLAP = 20


@dataclass
class BoostConfig:
    """LightGBM settings (shared by all tasks)."""

    n_estimators: int = 1000
    learning_rate: float = 0.03
    num_leaves: int = 31
    min_child_samples: int = 10
    subsample: float = 0.8
    colsample_bytree: float = 0.4
    early_stopping_rounds: int = 100
    n_jobs: int = 2

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> BoostConfig:
        return cls(**{k: v for k, v in d.items() if k in cls.__dataclass_fields__})


@dataclass
class Link:
    """Task ``source``'s labels also train task ``target``'s yes/no classifier."""

    source: int
    target: int
    invert: bool  # class 1 of the source means class 0 of the target
    agreement: float
    overlap: int


def _binary_view(y: np.ndarray, task: TaskSpec) -> np.ndarray:
    """The 0/1 question a task's classifier answers: class 1, or 'is zero' (hurdles); NaN: none."""
    if task.kind == "classification":
        return y
    out = np.where(np.isfinite(y), (y == 0).astype(float), np.nan)
    return out


def find_links(y: np.ndarray, tasks: list[TaskSpec]) -> list[Link]:
    """Pairs of classification / hurdle tasks that answer the same yes/no question."""
    binary = [j for j, t in enumerate(tasks) if t.kind == "classification" or uses_hurdle(t)]
    links = []
    for a in binary:
        for b in binary:
            if a == b:
                continue
            va, vb = _binary_view(y[:, a], tasks[a]), _binary_view(y[:, b], tasks[b])
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


def _borrowed_labels(y: np.ndarray, tasks: list[TaskSpec], j: int, links: list[Link]) -> np.ndarray:
    """Task j's binary labels, with gaps filled from linked tasks."""
    own = _binary_view(y[:, j], tasks[j]).copy()
    for link in links:
        if link.target != j:
            continue
        other = _binary_view(y[:, link.source], tasks[link.source])
        if link.invert:
            other = np.where(np.isfinite(other), 1 - other, np.nan)
        fill = ~np.isfinite(own) & np.isfinite(other)
        own[fill] = other[fill]
    return own


@dataclass
class BoostedLearner:
    """Per-task LightGBM models; ``members`` seeds per model."""

    config: BoostConfig = field(default_factory=BoostConfig)
    members: int = 1
    kind: str = "gbm"
    tasks: list[TaskSpec] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    boosters: dict[str, list[Any]] = field(default_factory=dict)  # "j.gate" / "j.value" -> boosters

    def fit(
        self,
        x_tr: np.ndarray,
        y_tr: np.ndarray,
        x_va: np.ndarray | None,
        y_va: np.ndarray | None,
        tasks: list[TaskSpec],
        *,
        seed: int = 0,
        on_epoch: Callable[[EpochReport], None] | None = None,
        stop: threading.Event | None = None,
        feature_labels: list[str] | None = None,
    ) -> dict[str, Any]:
        import lightgbm as lgb

        self.tasks = list(tasks)
        self.links = find_links(y_tr, tasks)
        self.boosters = {}
        has_val = x_va is not None and y_va is not None and len(x_va) > 0
        jobs = []  # (key, objective, x, y, xv, yv, task name)
        for j, task in enumerate(tasks):
            if task.kind == "classification" or uses_hurdle(task):
                lab = _borrowed_labels(y_tr, tasks, j, self.links)
                keep = np.isfinite(lab)
                vlab = _binary_view(y_va[:, j], task) if has_val else None
                vkeep = np.isfinite(vlab) if has_val else None
                label = f"{task.name} (is zero)" if uses_hurdle(task) else task.name
                jobs.append(
                    (
                        f"{j}.gate",
                        "binary",
                        x_tr[keep],
                        lab[keep],
                        x_va[vkeep] if has_val else None,
                        vlab[vkeep] if has_val else None,
                        label,
                    )
                )
            if task.kind == "regression":
                col = y_tr[:, j]
                keep = np.isfinite(col) & ((col != 0) if uses_hurdle(task) else True)
                if has_val:
                    vcol = y_va[:, j]
                    vkeep = np.isfinite(vcol) & ((vcol != 0) if uses_hurdle(task) else True)
                label = f"{task.name} (non-zero)" if uses_hurdle(task) else task.name
                jobs.append(
                    (
                        f"{j}.value",
                        "regression",
                        x_tr[keep],
                        col[keep],
                        x_va[vkeep] if has_val else None,
                        vcol[vkeep] if has_val else None,
                        label,
                    )
                )

        total_steps = len(jobs) * self.members * self.config.n_estimators
        done = 0
        stopped = "completed"
        best_iters = []
        t0 = time.perf_counter()
        samples = 0
        try:
            for key, objective, x, y, xv, yv, name in jobs:
                self.boosters[key] = []
                for m in range(self.members):
                    params = dict(
                        objective=objective,
                        learning_rate=self.config.learning_rate,
                        num_leaves=self.config.num_leaves,
                        min_child_samples=self.config.min_child_samples,
                        subsample=self.config.subsample,
                        subsample_freq=1,
                        colsample_bytree=self.config.colsample_bytree,
                        n_jobs=self.config.n_jobs,
                        seed=seed * 1000 + m,
                        verbose=-1,
                        metric="binary_logloss" if objective == "binary" else "l1",
                    )
                    dtrain = lgb.Dataset(x, y, free_raw_data=False)
                    valid_sets, names = [dtrain], ["train"]
                    use_val = (
                        xv is not None
                        and len(xv) > 0
                        and len(np.unique(yv)) > (1 if objective == "binary" else 0)
                    )
                    if use_val:
                        valid_sets.append(lgb.Dataset(xv, yv, reference=dtrain))
                        names.append("valid")
                    record: dict[str, Any] = {}
                    callbacks = [
                        lgb.record_evaluation(record),
                        _progress_callback(name, done, total_steps, on_epoch, stop),
                    ]
                    if use_val and self.config.early_stopping_rounds:
                        callbacks.append(
                            lgb.early_stopping(self.config.early_stopping_rounds, verbose=False)
                        )
                    booster = lgb.train(
                        params,
                        dtrain,
                        num_boost_round=self.config.n_estimators,
                        valid_sets=valid_sets,
                        valid_names=names,
                        callbacks=callbacks,
                    )
                    if use_val and booster.best_iteration > 0:
                        best_iters.append(booster.best_iteration)
                    self.boosters[key].append(booster)
                    samples += len(x) * booster.current_iteration()
                    done += self.config.n_estimators
                    if stop is not None and stop.is_set():
                        stopped = "stopped"
                        raise _Stop
        except _Stop:
            pass
        except KeyboardInterrupt:
            stopped = "interrupted"
        incomplete = drop_incomplete(self.boosters, jobs)
        return {
            "stopped": stopped,
            "incomplete_tasks": incomplete,
            "best_iteration": int(np.median(best_iters)) if best_iters else None,
            "samples_seen": samples,
            "seconds": time.perf_counter() - t0,
        }

    # -- prediction -------------------------------------------------------
    def components(self, x: np.ndarray) -> list[dict[str, np.ndarray]]:
        """Per task: 'p_zero' / 'value' / 'prob' arrays of shape (members, n)."""
        out = []
        for j, task in enumerate(self.tasks):
            parts: dict[str, np.ndarray] = {}
            gate = self.boosters.get(f"{j}.gate")
            value = self.boosters.get(f"{j}.value")
            if gate:
                probs = np.stack(
                    [b.predict(x, num_iteration=b.best_iteration or None) for b in gate]
                )
                parts["prob" if task.kind == "classification" else "p_zero"] = probs
            if value:
                parts["value"] = np.stack(
                    [b.predict(x, num_iteration=b.best_iteration or None) for b in value]
                )
            out.append(parts)
        return out

    # -- persistence ------------------------------------------------------
    def export(self) -> tuple[dict[str, np.ndarray], dict[str, str], dict[str, Any]]:
        texts = {
            f"{key}.{m}": b.model_to_string(num_iteration=b.best_iteration or None)
            for key, boosters in self.boosters.items()
            for m, b in enumerate(boosters)
        }
        meta = {
            "kind": self.kind,
            "config": self.config.as_dict(),
            "members": self.members,
            "links": [asdict(link) for link in self.links],
            "models": sorted(self.boosters),
        }
        return {}, texts, meta

    @classmethod
    def restore(
        cls,
        arrays: dict[str, np.ndarray],
        texts: dict[str, str],
        meta: dict[str, Any],
        tasks: list[TaskSpec],
    ) -> BoostedLearner:
        import lightgbm as lgb

        learner = cls(BoostConfig.from_dict(meta["config"]), int(meta["members"]))
        learner.tasks = list(tasks)
        learner.links = [Link(**d) for d in meta.get("links", [])]
        for key in meta["models"]:
            learner.boosters[key] = [
                lgb.Booster(model_str=texts[f"{key}.{m}"]) for m in range(learner.members)
            ]
        return learner


class _Stop(Exception):
    pass


def _progress_callback(
    label: str,
    done: int,
    total: int,
    on_epoch: Callable[[EpochReport], None] | None,
    stop: threading.Event | None,
) -> Callable[[Any], None]:
    import lightgbm as lgb

    every = 10

    def callback(env: Any) -> None:
        if stop is not None and stop.is_set():
            raise lgb.callback.EarlyStopException(env.iteration, env.evaluation_result_list)
        if on_epoch is None or (env.iteration + 1) % every:
            return
        # one metric per data set: {data set, metric, value, higher is better}
        results = {r[0]: r[2] for r in env.evaluation_result_list}
        train = {label: results["train"]} if "train" in results else {}
        valid = {label: results["valid"]} if "valid" in results else {}
        on_epoch(
            EpochReport(
                epoch=done + env.iteration + 1,
                epochs=total,
                train_loss=train,
                val_loss=valid,
                best_epoch=0,
                seconds=0.0,
            )
        )

    return callback


def drop_incomplete(models: dict[str, Any], jobs: list[tuple[Any, ...]]) -> list[int]:
    """After an early stop, remove tasks whose models were not all trained; return their indices."""
    incomplete = sorted({int(k.split(".")[0]) for k, *_ in jobs if not models.get(k)})
    for j in incomplete:
        models.pop(f"{j}.gate", None)
        models.pop(f"{j}.value", None)
    return incomplete
