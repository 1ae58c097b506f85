"""Multi-task networks: a shared trunk and one head per task (torch, CPU).

Regression heads predict standardized values (per-task mean/std); classification
heads predict a logit. A regression target with many exact zeros (a band gap:
metals are 0 eV) gets a *hurdle* head: one logit for "is zero" and one value for
the non-zero part; it predicts 0 when the zero probability is above 1/2. The
loss is masked: a row without a label for a task contributes nothing to it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from .data import TaskSpec

HURDLE_MIN_ZERO_FRACTION = 0.2
"""A regression target with at least this share of exact zeros gets a hurdle head."""


def uses_hurdle(task: TaskSpec) -> bool:
    """A gate "is it zero?" plus a regressor of the non-zero values (set, or by zero share)."""
    if task.kind != "regression":
        return False
    if task.hurdle is not None:
        return bool(task.hurdle)
    return task.zero_fraction >= HURDLE_MIN_ZERO_FRACTION


@dataclass
class NetConfig:
    """Architecture and optimisation settings of the multi-task network."""

    hidden: int = 256
    layers: int = 2
    head_hidden: int = 64
    dropout: float = 0.1
    learning_rate: float = 1e-3
    weight_decay: float = 1e-5
    batch_size: int = 64
    epochs: int = 300
    patience: int = 40
    regression_loss: str = "l1"  # l1 | mse | huber (on standardized values)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> NetConfig:
        known = {k: v for k, v in d.items() if k in cls.__dataclass_fields__}
        return cls(**known)


@dataclass
class FeatureScaler:
    """Median imputation, then standardization, then clipping to ±clip (float32)."""

    median: np.ndarray
    mean: np.ndarray
    std: np.ndarray
    clip: float = 6.0

    @classmethod
    def fit(cls, x: np.ndarray) -> FeatureScaler:
        with np.errstate(all="ignore"):
            median = np.nanmedian(x, axis=0)
        median = np.where(np.isfinite(median), median, 0.0)
        filled = np.where(np.isfinite(x), x, median)
        mean = filled.mean(axis=0)
        std = filled.std(axis=0)
        std = np.where(std > 1e-8, std, 1.0)
        return cls(median.astype(np.float32), mean.astype(np.float32), std.astype(np.float32))

    def transform(self, x: np.ndarray) -> np.ndarray:
        filled = np.where(np.isfinite(x), x, self.median)
        return np.clip((filled - self.mean) / self.std, -self.clip, self.clip).astype(np.float32)


@dataclass
class TargetScaler:
    """Per-task standardization of regression labels (hurdle tasks: of the non-zero labels)."""

    mean: list[float] = field(default_factory=list)
    std: list[float] = field(default_factory=list)

    @classmethod
    def fit(cls, y: np.ndarray, tasks: list[TaskSpec]) -> TargetScaler:
        means, stds = [], []
        for j, task in enumerate(tasks):
            col = y[:, j]
            col = col[np.isfinite(col)]
            if uses_hurdle(task):
                col = col[col != 0]
            if task.kind != "regression" or len(col) == 0:
                means.append(0.0)
                stds.append(1.0)
                continue
            means.append(float(col.mean()))
            stds.append(float(col.std()) if col.std() > 1e-12 else 1.0)
        return cls(means, stds)


def build_net(n_features: int, tasks: list[TaskSpec], config: NetConfig) -> Any:
    import torch
    from torch import nn

    class MultiTaskNet(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            blocks: list[nn.Module] = []
            width = n_features
            for _ in range(config.layers):
                blocks += [nn.Linear(width, config.hidden), nn.SiLU(), nn.Dropout(config.dropout)]
                width = config.hidden
            self.trunk = nn.Sequential(*blocks)
            self.heads = nn.ModuleList(
                nn.Sequential(
                    nn.Linear(width, config.head_hidden),
                    nn.SiLU(),
                    nn.Linear(config.head_hidden, 2 if uses_hurdle(t) else 1),
                )
                for t in tasks
            )

        def forward(self, x: torch.Tensor) -> list[torch.Tensor]:
            h = self.trunk(x)
            return [head(h) for head in self.heads]

    return MultiTaskNet()


def task_losses(outputs: list[Any], y: Any, tasks: list[TaskSpec], config: NetConfig) -> list[Any]:
    """Masked loss per task (a 0-d tensor; 0 when the batch has no label for the task).

    ``y`` holds standardized regression labels, 0/1 class labels, NaN where missing.
    Hurdle tasks: BCE on "is zero" plus the regression loss on the non-zero rows;
    ``y`` then holds the standardized value for non-zero rows and the raw 0 marker
    is passed as -inf (see :func:`encode_targets`).
    """
    import torch
    import torch.nn.functional as F

    out = []
    for j, (task, pred) in enumerate(zip(tasks, outputs, strict=False)):
        target = y[:, j]
        mask = ~torch.isnan(target)
        if not bool(mask.any()):
            out.append(pred.sum() * 0.0)
            continue
        if task.kind == "classification":
            out.append(F.binary_cross_entropy_with_logits(pred[mask, 0], target[mask]))
        elif uses_hurdle(task):
            is_zero = torch.isinf(target) & mask
            zero_loss = F.binary_cross_entropy_with_logits(pred[mask, 0], is_zero[mask].float())
            nz = mask & ~torch.isinf(target)
            value_loss = (
                _reg_loss(pred[nz, 1], target[nz], config) if bool(nz.any()) else pred.sum() * 0.0
            )
            out.append(zero_loss + value_loss)
        else:
            out.append(_reg_loss(pred[mask, 0], target[mask], config))
    return out


def _reg_loss(pred: Any, target: Any, config: NetConfig) -> Any:
    import torch.nn.functional as F

    if config.regression_loss == "mse":
        return F.mse_loss(pred, target)
    if config.regression_loss == "huber":
        return F.smooth_l1_loss(pred, target, beta=0.5)
    return F.l1_loss(pred, target)


def encode_targets(y: np.ndarray, tasks: list[TaskSpec], scaler: TargetScaler) -> np.ndarray:
    """Labels → what the loss expects: standardized values, 0/1 classes, -inf for hurdle zeros."""
    out = np.full(y.shape, np.nan, dtype=np.float32)
    for j, task in enumerate(tasks):
        col = y[:, j]
        have = np.isfinite(col)
        if task.kind == "classification":
            out[have, j] = col[have]
        else:
            out[have, j] = (col[have] - scaler.mean[j]) / scaler.std[j]
            if uses_hurdle(task):
                out[have & (col == 0), j] = -np.inf
    return out


def selection_score(
    raw: list[np.ndarray], y: np.ndarray, tasks: list[TaskSpec], scaler: TargetScaler
) -> list[float]:
    """Per-task validation score for early stopping (lower is better, ~0..1 scale).

    Regression: MAE of the decoded prediction (hurdles gated) / std of the labels;
    classification: 4 times the Brier score. Scores follow the metrics users read (MAE,
    accuracy) more closely than the training losses, whose BCE part overfits first.
    """
    pred = decode_outputs(raw, tasks, scaler)
    out = []
    for j, task in enumerate(tasks):
        have = np.isfinite(y[:, j])
        if not have.any():
            out.append(0.0)
            continue
        if task.kind == "classification":
            out.append(float(4 * np.mean((pred[have, j] - y[have, j]) ** 2)))
        else:
            p = np.maximum(pred[have, j], 0) if task.nonnegative else pred[have, j]
            spread = float(np.std(y[have, j])) or 1.0
            out.append(float(np.mean(np.abs(p - y[have, j])) / spread))
    return out


def decode_outputs(
    raw: list[np.ndarray], tasks: list[TaskSpec], scaler: TargetScaler
) -> np.ndarray:
    """Network outputs → per-task predictions: target units, or class-1 probability."""
    cols = []
    for j, (task, out) in enumerate(zip(tasks, raw, strict=False)):
        if task.kind == "classification":
            cols.append(_sigmoid(out[:, 0]))
        elif uses_hurdle(task):
            p_zero = _sigmoid(out[:, 0])
            value = out[:, 1] * scaler.std[j] + scaler.mean[j]
            cols.append(np.where(p_zero > 0.5, 0.0, value))
        else:
            cols.append(out[:, 0] * scaler.std[j] + scaler.mean[j])
    return np.stack(cols, axis=1) if cols else np.zeros((0, 0))


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x, -50, 50)))
