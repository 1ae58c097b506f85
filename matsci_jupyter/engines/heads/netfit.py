"""Fitting one multi-task network: early stopping; Stop / Ctrl-C keep the best weights."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .data import TaskSpec
from .model import NetConfig, TargetScaler, build_net, encode_targets, selection_score, task_losses


@dataclass
class EpochReport:
    """Losses after one epoch, per task (standardized units), and the best epoch so far."""

    epoch: int
    epochs: int
    train_loss: dict[str, float]
    val_loss: dict[str, float]
    best_epoch: int
    seconds: float


@dataclass
class FitResult:
    state: dict[str, Any]
    history: list[EpochReport] = field(default_factory=list)
    best_epoch: int = 0
    stopped: str = "completed"  # completed | early-stopped | stopped | interrupted
    samples_seen: int = 0
    seconds: float = 0.0


def fit_net(
    x_train: np.ndarray,
    y_train: np.ndarray,
    x_val: np.ndarray | None,
    y_val: np.ndarray | None,
    tasks: list[TaskSpec],
    target_scaler: TargetScaler,
    config: NetConfig,
    *,
    seed: int = 0,
    on_epoch: Callable[[EpochReport], None] | None = None,
    stop: threading.Event | None = None,
) -> FitResult:
    """Train one network on standardized features; return the weights of the best validation epoch.

    "Best" is the lowest weighted sum of :func:`~.model.selection_score` (validation
    MAE / std per regression task, Brier score per classification task).

    Without a validation set the last epoch is kept. ``stop`` (set from another
    thread) ends training after the current batch; Ctrl-C does the same; both keep
    the best weights so far.
    """
    import torch

    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    net = build_net(x_train.shape[1], tasks, config)
    opt = torch.optim.AdamW(
        net.parameters(), lr=config.learning_rate, weight_decay=config.weight_decay
    )
    sched = torch.optim.lr_scheduler.ReduceLROnPlateau(
        opt, factor=0.5, patience=max(config.patience // 4, 3)
    )
    xt = torch.from_numpy(np.ascontiguousarray(x_train, dtype=np.float32))
    yt = torch.from_numpy(encode_targets(y_train, tasks, target_scaler))
    has_val = x_val is not None and y_val is not None and len(x_val) > 0
    if has_val:
        xv = torch.from_numpy(np.ascontiguousarray(x_val, dtype=np.float32))
        yv = torch.from_numpy(encode_targets(y_val, tasks, target_scaler))
    weights = [float(t.weight) for t in tasks]
    names = [t.name for t in tasks]
    n = len(xt)
    bs = max(1, min(config.batch_size, n))
    best_state = {k: v.detach().clone() for k, v in net.state_dict().items()}
    best_loss, best_epoch, since_best = float("inf"), 0, 0
    result = FitResult(state=best_state)
    t0 = time.perf_counter()
    try:
        for epoch in range(1, config.epochs + 1):
            te = time.perf_counter()
            net.train()
            order = rng.permutation(n)
            sums = np.zeros(len(tasks))
            batches = 0
            for start in range(0, n, bs):
                idx = order[start : start + bs]
                if len(idx) < 2 and n >= 2:
                    continue
                losses = task_losses(net(xt[idx]), yt[idx], tasks, config)
                total = sum(w * loss for w, loss in zip(weights, losses, strict=True))
                opt.zero_grad(set_to_none=True)
                total.backward()
                opt.step()
                sums += [float(loss.detach()) for loss in losses]
                batches += 1
                result.samples_seen += len(idx)
                if stop is not None and stop.is_set():
                    break
            train_loss = dict(zip(names, (sums / max(batches, 1)).tolist(), strict=False))
            if has_val:
                net.eval()
                with torch.no_grad():
                    outputs = net(xv)
                    vl = [float(loss) for loss in task_losses(outputs, yv, tasks, config)]
                    scores = selection_score(
                        [o.numpy() for o in outputs], y_val, tasks, target_scaler
                    )
                val_loss = dict(zip(names, vl, strict=False))
                score = sum(w * v for w, v in zip(weights, scores, strict=False))
                sched.step(score)
            else:
                val_loss = {}
                score = -epoch  # keep the latest
            if score < best_loss:
                best_loss, best_epoch, since_best = score, epoch, 0
                best_state = {k: v.detach().clone() for k, v in net.state_dict().items()}
            else:
                since_best += 1
            report = EpochReport(
                epoch, config.epochs, train_loss, val_loss, best_epoch, time.perf_counter() - te
            )
            result.history.append(report)
            if on_epoch is not None:
                on_epoch(report)
            if stop is not None and stop.is_set():
                result.stopped = "stopped"
                break
            if has_val and since_best >= config.patience:
                result.stopped = "early-stopped"
                break
    except KeyboardInterrupt:
        result.stopped = "interrupted"
    result.state = best_state
    result.best_epoch = best_epoch
    result.seconds = time.perf_counter() - t0
    return result


def predict_net(
    state: dict[str, Any], x: np.ndarray, tasks: list[TaskSpec], config: NetConfig
) -> list[np.ndarray]:
    """Raw outputs (standardized values / logits) of a network with weights ``state``."""
    import torch

    net = build_net(x.shape[1], tasks, config)
    net.load_state_dict(state)
    net.eval()
    outs: list[list[np.ndarray]] = [[] for _ in tasks]
    with torch.no_grad():
        xt = torch.from_numpy(np.ascontiguousarray(x, dtype=np.float32))
        for start in range(0, len(xt), 4096):
            for j, o in enumerate(net(xt[start : start + 4096])):
                outs[j].append(o.numpy())
    return [np.concatenate(o) if o else np.zeros((0, 1), dtype=np.float32) for o in outs]
