"""The multi-task network as a learner: feature scaling, a small ensemble, export / restore."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .data import TaskSpec
from .learner_parts import export_header, prefixed, state_arrays, state_tensors, unprefixed
from .learners import fit_outcome
from .model import FeatureScaler, NetConfig, TargetScaler, uses_hurdle
from .netfit import EpochReport, fit_net, predict_net


@dataclass
class NeuralLearner:
    """``members`` multi-task networks trained with different seeds (ensemble: uncertainty)."""

    config: NetConfig = field(default_factory=NetConfig)
    members: int = 1
    kind: str = "mlp"
    tasks: list[TaskSpec] = field(default_factory=list)
    scaler: FeatureScaler | None = None
    targets: TargetScaler | None = None
    states: list[dict[str, Any]] = field(default_factory=list)
    best_epochs: list[int] = field(default_factory=list)
    outputs: list[int] | None = None  # network heads still in use (None: all)

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
        self.tasks = list(tasks)
        self.outputs = None
        self.scaler = FeatureScaler.fit(x_tr)
        self.targets = TargetScaler.fit(y_tr, tasks)
        xs_tr = self.scaler.transform(x_tr)
        xs_va = self.scaler.transform(x_va) if x_va is not None and len(x_va) else None
        self.states, self.best_epochs = [], []
        stopped, samples, t0 = "completed", 0, time.perf_counter()
        for m in range(self.members):

            def relay(report: EpochReport, m: int = m) -> None:
                if on_epoch is not None:
                    on_epoch(
                        EpochReport(
                            report.epoch + m * self.config.epochs,
                            self.config.epochs * self.members,
                            report.train_loss,
                            report.val_loss,
                            report.best_epoch + m * self.config.epochs,
                            report.seconds,
                        )
                    )

            result = fit_net(
                xs_tr,
                y_tr,
                xs_va,
                y_va,
                tasks,
                self.targets,
                self.config,
                seed=seed * 1000 + m,
                on_epoch=relay,
                stop=stop,
            )
            samples += result.samples_seen
            if result.best_epoch > 0 or not self.states:
                self.states.append(result.state)
                self.best_epochs.append(result.best_epoch)
            if result.stopped in ("stopped", "interrupted"):
                stopped = result.stopped
                break
        return fit_outcome(stopped, [], samples, t0, int(np.median(self.best_epochs)))

    def keep_tasks(self, keep: list[int]) -> None:
        """Use only the heads of the tasks in ``keep`` (the network itself is unchanged)."""
        current = self.outputs if self.outputs is not None else list(range(len(self.tasks)))
        self.outputs = [current[j] for j in keep]

    def predict(self, x: np.ndarray) -> list[dict[str, np.ndarray]]:
        """Per task: 'p_zero' / 'value' / 'prob' arrays of shape (members, n), in target units."""
        if self.scaler is None or self.targets is None:
            raise RuntimeError("the network learner has not been fitted")
        xs = self.scaler.transform(x)
        raw = [predict_net(state, xs, self.tasks, self.config) for state in self.states]
        out = []
        for j, task in enumerate(self.tasks):
            if self.outputs is not None and j not in self.outputs:
                continue
            stack = np.stack([r[j] for r in raw])  # (members, n, outputs)
            if task.kind == "classification":
                out.append({"prob": _sigmoid(stack[..., 0])})
            elif uses_hurdle(task):
                out.append(
                    {
                        "p_zero": _sigmoid(stack[..., 0]),
                        "value": stack[..., 1] * self.targets.std[j] + self.targets.mean[j],
                    }
                )
            else:
                out.append({"value": stack[..., 0] * self.targets.std[j] + self.targets.mean[j]})
        return out

    components = predict  # the name used before the Learner protocol

    def export(self) -> tuple[dict[str, np.ndarray], dict[str, str], dict[str, Any]]:
        if self.scaler is None or self.targets is None:
            raise RuntimeError("the network learner has not been fitted")
        arrays = {
            "scaler.median": self.scaler.median,
            "scaler.mean": self.scaler.mean,
            "scaler.std": self.scaler.std,
        }
        for m, state in enumerate(self.states):
            arrays.update(prefixed(state_arrays(state), f"member{m}."))
        meta = {
            **export_header(self.kind, self.config, len(self.states)),
            "clip": self.scaler.clip,
            "target_mean": self.targets.mean,
            "target_std": self.targets.std,
            "best_epochs": self.best_epochs,
            "outputs": self.outputs,
            "network_tasks": [t.as_dict() for t in self.tasks] if self.outputs else None,
        }
        return arrays, {}, meta

    @classmethod
    def restore(
        cls,
        arrays: dict[str, np.ndarray],
        texts: dict[str, str],
        meta: dict[str, Any],
        tasks: list[TaskSpec],
    ) -> NeuralLearner:
        learner = cls(NetConfig.from_dict(meta["config"]), int(meta["members"]))
        learner.tasks = list(tasks)
        if meta.get("outputs") is not None:
            learner.outputs = list(meta["outputs"])
            learner.tasks = [TaskSpec.from_dict(t) for t in meta["network_tasks"]]
        learner.scaler = FeatureScaler(
            arrays["scaler.median"],
            arrays["scaler.mean"],
            arrays["scaler.std"],
            float(meta.get("clip", 6.0)),
        )
        learner.targets = TargetScaler(list(meta["target_mean"]), list(meta["target_std"]))
        learner.best_epochs = list(meta.get("best_epochs", []))
        for m in range(learner.members):
            learner.states.append(state_tensors(unprefixed(arrays, f"member{m}.")))
        return learner


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x, -50, 50)))
