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
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .data import TaskSpec
from .learner_parts import export_header, saved_links, task_outputs
from .learners import (
    Job,
    Link,
    Settings,
    drop_incomplete,
    find_links,
    fit_jobs,
    fit_outcome,
    keep_task_models,
    task_jobs,
)
from .netfit import EpochReport


@dataclass
class BoostConfig(Settings):
    """LightGBM settings (shared by all tasks)."""

    n_estimators: int = 1000
    learning_rate: float = 0.03
    num_leaves: int = 31
    min_child_samples: int = 10
    subsample: float = 0.8
    colsample_bytree: float = 0.4
    early_stopping_rounds: int = 100
    n_jobs: int = 1
    """LightGBM threads. 1 by default: on a busy machine its OpenMP threads spin-wait for each
    other (measured here under load 8 on 2 cores: 300 rounds on 3,000 rows took 66 s with 2
    threads, 1.7 s with 1)."""
    objective: str = "regression"  # of regressors: regression (L2) | regression_l1 | huber


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
        jobs = task_jobs(x_tr, y_tr, x_va, y_va, self.tasks, self.links)
        total_steps = len(jobs) * self.members * self.config.n_estimators
        progress = {"done": 0, "samples": 0}
        best_iters: list[int] = []
        t0 = time.perf_counter()

        def fit_one(job: Job, m: int) -> Any:
            objective = "binary" if job.binary else self.config.objective
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
                metric="binary_logloss" if job.binary else "l1",
            )
            dtrain = lgb.Dataset(job.x, job.y, free_raw_data=False)
            valid_sets, names = [dtrain], ["train"]
            use_val = (
                job.x_val is not None
                and len(job.x_val) > 0
                and len(np.unique(job.y_val)) > (1 if job.binary else 0)
            )
            if use_val:
                valid_sets.append(lgb.Dataset(job.x_val, job.y_val, reference=dtrain))
                names.append("valid")
            callbacks = [
                _progress_callback(job.label, progress["done"], total_steps, on_epoch, stop)
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
            progress["samples"] += len(job.x) * booster.current_iteration()
            progress["done"] += self.config.n_estimators
            return booster

        self.boosters, stopped, incomplete = fit_jobs(jobs, self.members, fit_one, stop)
        return fit_outcome(
            stopped,
            incomplete,
            progress["samples"],
            t0,
            int(np.median(best_iters)) if best_iters else None,
        )

    def keep_tasks(self, keep: list[int]) -> None:
        self.boosters, self.links, self.tasks = keep_task_models(
            self.boosters, self.links, self.tasks, keep
        )

    # -- prediction -------------------------------------------------------
    def predict(self, x: np.ndarray) -> list[dict[str, np.ndarray]]:
        """Per task: 'p_zero' / 'value' / 'prob' arrays of shape (members, n)."""
        return task_outputs(
            self.tasks,
            self.boosters,
            lambda _key, b: b.predict(x, num_iteration=b.best_iteration or None),
        )

    # -- persistence ------------------------------------------------------
    def export(self) -> tuple[dict[str, np.ndarray], dict[str, str], dict[str, Any]]:
        texts = {
            f"{key}.{m}": b.model_to_string(num_iteration=b.best_iteration or None)
            for key, boosters in self.boosters.items()
            for m, b in enumerate(boosters)
        }
        meta = {
            **export_header(self.kind, self.config, self.members, self.links),
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
        learner.links = saved_links(meta)
        for key in meta["models"]:
            learner.boosters[key] = [
                lgb.Booster(model_str=texts[f"{key}.{m}"]) for m in range(learner.members)
            ]
        return learner

    components = predict  # the name used before the Learner protocol


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


__all__ = ["BoostConfig", "BoostedLearner", "Link", "drop_incomplete", "find_links"]
