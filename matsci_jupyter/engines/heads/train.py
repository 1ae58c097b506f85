"""Training property heads: validate → featurize → split → fit → score, with progress callbacks.

``train(df, input, targets)`` is the whole pipeline; :func:`fit_heads` is the part
after featurization, used by cross-validation (CLI, benchmark) with given splits.
A ``stop`` event (set from another thread, e.g. the widget's Stop button) or
Ctrl-C ends training early and keeps the best weights so far.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ...errors import MatsciError
from .auto import AutoConfig, AutoLearner
from .backbones import make_backbone
from .boosted import BoostConfig, BoostedLearner
from .data import DEFAULT_MAX_ROWS, TaskSpec, TrainingData, prepare
from .forest import ForestConfig, ForestLearner
from .heads import Heads
from .learners import learner_class, learner_kinds
from .metrics import classification_metrics, regression_metrics
from .model import NetConfig
from .neighbors import NeighborsConfig, NeighborsLearner
from .netfit import EpochReport
from .neural import NeuralLearner

LEARNERS = ("auto", "mlp", "gbm", "forest", "knn")
"""Built-in learner kinds; :func:`.learners.register_learner` adds more."""
ALIASES = {"blend": "mlp+gbm"}
DEFAULT_LEARNER = "auto"


@dataclass
class TrainingEvent:
    """What a progress callback receives. ``fraction`` of the whole job is done (0..1)."""

    stage: str  # featurize | train | evaluate | done
    fraction: float
    message: str
    epoch: EpochReport | None = None
    heads: Heads | None = None


@dataclass
class TrainSettings:
    """Everything about how heads are trained (hyperparameters with sane defaults)."""

    learner: str = DEFAULT_LEARNER
    """auto (chosen by inner cross-validation) | gbm (LightGBM) | mlp (multi-task network) |
    forest (ExtraTrees) | knn (nearest neighbours) | several joined by '+' (averaged)."""
    ensemble: int = 1
    validation: float = 0.15
    seed: int = 0
    net: NetConfig = field(default_factory=NetConfig)
    boost: BoostConfig = field(default_factory=BoostConfig)
    forest: ForestConfig = field(default_factory=ForestConfig)
    neighbors: NeighborsConfig = field(default_factory=NeighborsConfig)
    auto: AutoConfig = field(default_factory=AutoConfig)

    def __post_init__(self) -> None:
        self.learner = ALIASES.get(self.learner, self.learner)
        parts = self.learner.split("+")
        known = learner_kinds()
        if not parts or any(p not in known for p in parts) or len(set(parts)) != len(parts):
            raise MatsciError(
                f"learner must be one of {known} or several joined by '+' "
                f"(e.g. 'mlp+gbm'; 'blend' = 'mlp+gbm'), got {self.learner!r}"
            )
        if "auto" in parts and len(parts) > 1:
            raise MatsciError("'auto' chooses its own blend; it cannot be joined with others")
        if not 1 <= int(self.ensemble) <= 20:
            raise MatsciError(f"ensemble must be 1..20 members, got {self.ensemble}")
        if not 0.0 <= self.validation < 0.9:
            raise MatsciError(f"validation fraction must be in [0, 0.9), got {self.validation}")

    def as_dict(self) -> dict[str, Any]:
        return {
            "learner": self.learner,
            "ensemble": self.ensemble,
            "validation": self.validation,
            "seed": self.seed,
            "net": self.net.as_dict(),
            "boost": self.boost.as_dict(),
            "forest": self.forest.as_dict(),
            "neighbors": self.neighbors.as_dict(),
            "auto": self.auto.as_dict(),
        }


def split_validation(
    keys: Sequence[str], y: np.ndarray, fraction: float, seed: int
) -> tuple[np.ndarray, np.ndarray]:
    """Hold out ``fraction`` of the distinct compositions (all rows of a composition go together).

    Every task keeps at least one labelled training row; a classification task gets
    both classes in training when it has them.
    """
    n = len(keys)
    if fraction <= 0 or n < 10:
        return np.arange(n), np.arange(0)
    rng = np.random.default_rng(seed)
    unique = sorted(set(keys))
    held = set(
        rng.choice(len(unique), size=max(1, round(fraction * len(unique))), replace=False).tolist()
    )
    held_keys = {unique[i] for i in held}
    is_val = np.array([k in held_keys for k in keys])
    for j in range(y.shape[1]):  # never leave a task without training labels
        col = y[:, j]
        if not np.isfinite(col[~is_val]).any():
            is_val[np.isfinite(col)] = False
    return np.flatnonzero(~is_val), np.flatnonzero(is_val)


def score(tasks: list[TaskSpec], y: np.ndarray, pred: np.ndarray) -> dict[str, dict[str, float]]:
    """Metrics per task on the rows that have a label."""
    out = {}
    for j, task in enumerate(tasks):
        if task.kind == "classification":
            out[task.name] = classification_metrics(y[:, j], pred[:, j], task.threshold)
        else:
            out[task.name] = regression_metrics(y[:, j], pred[:, j])
    return out


def make_learners(settings: TrainSettings) -> list[Any]:
    """Fresh learners for ``settings.learner`` (built-ins with their configs; registered
    kinds are built with no arguments)."""
    make = {
        "mlp": lambda: NeuralLearner(settings.net, settings.ensemble),
        "gbm": lambda: BoostedLearner(settings.boost, settings.ensemble),
        "forest": lambda: ForestLearner(settings.forest, settings.ensemble),
        "knn": lambda: NeighborsLearner(settings.neighbors),
        "auto": lambda: AutoLearner(settings.auto),
    }
    return [
        make[name]() if name in make else learner_class(name)()
        for name in settings.learner.split("+")
    ]


def fit_heads(
    data: TrainingData,
    features: np.ndarray,
    backbone: Any,
    settings: TrainSettings,
    *,
    train_index: np.ndarray | None = None,
    val_index: np.ndarray | None = None,
    callback: Callable[[TrainingEvent], None] | None = None,
    stop: threading.Event | None = None,
    progress_offset: float = 0.0,
    progress_scale: float = 1.0,
) -> Heads:
    """Fit heads on ``features`` (one row per ``data`` row); score them on the validation rows."""
    say = callback or (lambda event: None)
    if train_index is None:
        train_index, val_index = split_validation(
            data.keys, data.y, settings.validation, settings.seed
        )
    val_index = np.asarray(val_index if val_index is not None else [], dtype=int)
    train_index = np.asarray(train_index, dtype=int)
    x_tr, y_tr = features[train_index], data.y[train_index]
    x_va, y_va = (features[val_index], data.y[val_index]) if len(val_index) else (None, None)
    tasks = [TaskSpec.from_dict(t.as_dict()) for t in data.tasks]
    learners = make_learners(settings)
    t0 = time.perf_counter()
    outcome: dict[str, Any] = {"stopped": "completed", "samples_seen": 0, "best_iteration": None}
    incomplete: set[int] = set()
    for i, learner in enumerate(learners):

        def relay(
            report: EpochReport, i: int = i, learner: Any = learner, n: int = len(learners)
        ) -> None:
            frac = (i + report.epoch / max(report.epochs, 1)) / n
            say(
                TrainingEvent(
                    "train",
                    progress_offset + progress_scale * min(frac, 1.0),
                    f"{learner.kind}: inner cross-validation fit {report.epoch}/{report.epochs}"
                    if learner.kind == "auto"
                    else f"{learner.kind}: epoch {report.epoch}/{report.epochs}",
                    epoch=report,
                )
            )

        result = learner.fit(
            x_tr,
            y_tr,
            x_va,
            y_va,
            tasks,
            seed=settings.seed,
            on_epoch=relay,
            stop=stop,
            feature_labels=getattr(getattr(backbone, "featurizer", None), "labels", None),
        )
        outcome["samples_seen"] += result["samples_seen"]
        outcome["best_iteration"] = result.get("best_iteration")
        if result.get("auto"):
            outcome["auto"] = result["auto"]
        incomplete.update(result.get("incomplete_tasks", []))
        if result["stopped"] in ("stopped", "interrupted"):
            outcome["stopped"] = result["stopped"]
            learners = learners[: i + 1]
            break
        if result["stopped"] == "early-stopped":
            outcome["stopped"] = "early-stopped"
    seconds = time.perf_counter() - t0
    notes = list(data.warnings)
    if incomplete:
        dropped = [tasks[j].name for j in sorted(incomplete)]
        notes.append(f"training stopped before {dropped} had models; those tasks are left out")
        keep = [j for j in range(len(tasks)) if j not in incomplete]
        if not keep:
            raise MatsciError("training was stopped before any task had a model; nothing to keep")
        tasks = [tasks[j] for j in keep]
        for learner in learners:
            learner.keep_tasks(keep)
        y_va = y_va[:, keep] if y_va is not None else None
    heads = Heads(tasks=tasks, backbone=backbone, learners=learners, input_column=data.input_column)
    if x_va is not None and len(x_va):
        say(
            TrainingEvent(
                "evaluate", progress_offset + progress_scale, "scoring on validation rows"
            )
        )
        comb = heads.components(x_va)
        heads.metrics = score(tasks, y_va, comb.value)
        heads.validation = {
            "y": y_va,
            "pred": comb.value,
            "uncertainty": comb.uncertainty,
            "formulas": [data.compositions[i].formula for i in val_index],
        }
    from .domain import Domain

    heads.training = {
        # the user's table (training + validation rows): elements the model saw labels for
        "domain": Domain.of(list(data.compositions)).as_dict(),
        "rows": len(train_index),
        "validation_rows": len(val_index),
        "data_hash": data.data_hash(),
        "seconds": round(seconds, 3),
        "stopped": outcome["stopped"],
        "best_iteration": outcome["best_iteration"],
        "samples_per_second": round(outcome["samples_seen"] / seconds, 1) if seconds > 0 else None,
        "settings": settings.as_dict(),
        "notes": notes,
        **({"auto": outcome["auto"]} if outcome.get("auto") else {}),
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    return heads


def train(
    df: Any,
    input: str,
    targets: Sequence[str] | str,
    *,
    backbone: Any = "composition",
    learner: str = DEFAULT_LEARNER,
    metric: str = "balanced_accuracy",
    budget_minutes: float | None = 5.0,
    kinds: dict[str, str] | None = None,
    units: dict[str, str] | None = None,
    epochs: int | None = None,
    learning_rate: float | None = None,
    hidden: int | None = None,
    ensemble: int = 1,
    validation: float = 0.15,
    seed: int = 0,
    weights: dict[str, float] | None = None,
    net: NetConfig | None = None,
    boost: BoostConfig | None = None,
    forest: ForestConfig | None = None,
    callback: Callable[[TrainingEvent], None] | None = None,
    stop: threading.Event | None = None,
    max_rows: int | None = DEFAULT_MAX_ROWS,
    on_conflict: str = "warn",
    drop_invalid: bool = False,
    name: str | None = None,
) -> Heads:
    """Train multi-task property heads on a DataFrame; ``df`` is not modified.

    ``input`` names the column of formulas / structures / CIF text; ``targets``
    one or more label columns (regression and classification may be mixed; NaN =
    no label for that row). ``learner``: 'auto' (default: the blend of LightGBM,
    LightGBM with neighbour-label features, ExtraTrees and nearest neighbours, the
    hurdle structure for targets with many zeros, and the decision threshold for
    ``metric`` — balanced_accuracy, f1 or roc_auc — chosen by inner cross-validation within ``budget_minutes``; see
    :mod:`.auto`), 'gbm' (LightGBM per task; tasks that answer the same yes/no
    question share labels), 'mlp' (one network: shared trunk + one head per task),
    'forest' (ExtraTrees per task; small tables), 'knn' (nearest neighbours on
    element fractions), or several joined by '+' whose predictions are averaged
    ('blend' = 'mlp+gbm'). ``epochs``, ``learning_rate`` and ``hidden`` set the
    network; ``boost`` / ``forest`` configure the trees. ``ensemble`` > 1 trains that many members
    and adds an uncertainty column to predictions. ``weights`` sets per-task loss
    weights. The returned :class:`Heads` carries validation metrics on a held-out
    ``validation`` fraction of the compositions.
    """
    say = callback or (lambda event: None)
    data = prepare(
        df,
        input,
        targets,
        kinds=kinds,
        units=units,
        max_rows=max_rows,
        on_conflict=on_conflict,
        drop_invalid=drop_invalid,
    )
    for task in data.tasks:
        if weights and task.name in weights:
            task.weight = float(weights[task.name])
    net = net or NetConfig()
    if epochs is not None:
        net.epochs = int(epochs)
    if learning_rate is not None:
        net.learning_rate = float(learning_rate)
    if hidden is not None:
        net.hidden = int(hidden)
    settings = TrainSettings(
        learner=learner,
        ensemble=ensemble,
        validation=validation,
        seed=seed,
        net=net,
        boost=boost or BoostConfig(),
        forest=forest or ForestConfig(),
        auto=AutoConfig(
            metric=metric,
            budget_seconds=None if budget_minutes is None else 60.0 * budget_minutes,
        ),
    )
    bb = make_backbone(backbone)
    say(TrainingEvent("featurize", 0.0, f"computing {bb.label} for {len(data)} rows"))
    features = bb.features(
        data.compositions,
        progress=lambda i, n: say(
            TrainingEvent("featurize", 0.1 * i / max(n, 1), f"features {i}/{n}")
        ),
    )
    heads = fit_heads(
        data,
        features,
        bb,
        settings,
        callback=say,
        stop=stop,
        progress_offset=0.1,
        progress_scale=0.9,
    )
    heads.name = name
    from . import session

    session.remember(heads)
    say(TrainingEvent("done", 1.0, f"done ({heads.training['stopped']})", heads=heads))
    return heads
