"""``learner="auto"``: choose learners, their blend, structure and decision threshold by
inner cross-validation on the training rows only.

For every candidate family (LightGBM on all features, LightGBM on all features plus
what the labels of the nearest training compositions and of the same chemical
systems say (``neighborfeatures``; for composition sweeps), ExtraTrees on all
features, ExtraTrees on the element fractions, k nearest neighbours on the element
fractions) and every structure (plain; for a regression target with a point mass
at 0, also a hurdle: an "is zero" gate plus a regressor of the non-zero values),
the training rows are split into ``inner_folds`` groups (rows with the same
composition stay together) and each candidate predicts the rows it did not see.
From those out-of-fold predictions, per task:

- every blend (average) of up to ``max_blend`` candidates of one structure is
  scored: MAE for regression (hurdles with their gate threshold tuned for MAE),
  the named metric for classification after choosing the decision threshold
  that maximizes it (``balanced_accuracy`` and ``f1`` score hard labels, as
  matbench does; ``roc_auc`` ranks by ROC-AUC of probabilities and sets the
  threshold by balanced accuracy);
- classification probabilities are calibrated (Platt scaling of the blend's
  out-of-fold probabilities);
- the best blend is refit on all training rows.

A time budget (``budget_seconds``) bounds the search: candidates are tried in
order and skipped once the projected time would pass the budget (the report
says which). The budget counts the CPU seconds of this process, not wall time,
so what auto chooses does not depend on what else runs on the machine (on a
busy shared machine the wall time is longer; on an idle one with two threads it
is shorter). Nothing outside the ``x``/``y`` given to ``fit`` is seen: the outer
test rows never enter the choice.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from ...errors import MatsciError
from .data import TaskSpec
from .learner_parts import export_header, prefixed, unprefixed
from .learners import Settings, feature_columns, learner_class
from .model import uses_hurdle
from .netfit import EpochReport

METRICS = ("balanced_accuracy", "f1", "roc_auc")
FAMILIES = ("gbm", "gbm-l1", "knn", "gbm-nbr", "forest", "forest-fraction", "attn")
"""Every family auto knows, in the order they are tried (cheap and usually strong first)."""
DEFAULT_FAMILIES = ("gbm", "knn", "gbm-nbr", "forest", "forest-fraction")
"""Tried by default. 'gbm-l1' (absolute-error LightGBM regressors) is opt-in: on matbench
expt_gap it won one inner CV of five and made that fold worse (mean MAE 0.2718 vs 0.2708).
'attn' (attention over the elements, ``attention.py``) is opt-in: in inner CV on the training
rows of official folds 0-1 it lost to LightGBM alone and in blends (expt_is_metal balanced
accuracy 0.903 / 0.900 vs 0.935 / 0.933; expt_gap fold 0 MAE 0.382 vs 0.286) at ~8x the CPU."""
POINT_MASS_MIN_FRACTION = 0.05
"""A regression target with at least this share of exact zeros is also tried as a hurdle."""
COST = {
    "gbm": 1.0,
    "gbm-l1": 1.2,
    "gbm-nbr": 1.8,
    "forest": 2.5,
    "forest-fraction": 0.8,
    "knn": 0.1,
    "attn": 3.0,
}
"""Relative CPU cost of fitting one model (LightGBM = 1), to project the time of candidates not
yet tried (measured on expt_gap-sized tables)."""


@dataclass
class AutoConfig(Settings):
    """Search settings. ``budget_seconds``: CPU seconds for the search (the final refit is
    projected into it); None: no limit."""

    metric: str = "balanced_accuracy"
    budget_seconds: float | None = None
    inner_folds: int = 3
    families: list[str] = field(default_factory=lambda: list(DEFAULT_FAMILIES))
    max_blend: int = 3
    n_jobs: int = 2
    trees: int = 200
    boost_rounds: int = 600
    boost_learning_rate: float = 0.05

    def __post_init__(self) -> None:
        if self.metric not in METRICS:
            raise MatsciError(f"metric must be one of {METRICS}, got {self.metric!r}")
        unknown = [f for f in self.families if f not in FAMILIES]
        if unknown or not self.families:
            raise MatsciError(f"auto families must be among {FAMILIES}, got {self.families}")
        if not 2 <= int(self.inner_folds) <= 10:
            raise MatsciError(f"inner_folds must be 2..10, got {self.inner_folds}")
        if self.budget_seconds is not None and self.budget_seconds <= 0:
            raise MatsciError(f"the time budget must be positive, got {self.budget_seconds} s")


def make_family(family: str, config: AutoConfig) -> Any:
    """A fresh learner of one candidate family."""
    from .boosted import BoostConfig, BoostedLearner
    from .forest import ForestConfig, ForestLearner
    from .neighbors import NeighborsConfig, NeighborsLearner

    if family == "gbm":
        return BoostedLearner(
            BoostConfig(
                n_estimators=config.boost_rounds,
                learning_rate=config.boost_learning_rate,
                early_stopping_rounds=0,
                n_jobs=1,  # see BoostConfig.n_jobs
            )
        )
    if family == "gbm-l1":  # regressors fit the median (absolute loss): what MAE rewards
        return BoostedLearner(
            BoostConfig(
                n_estimators=config.boost_rounds,
                learning_rate=config.boost_learning_rate,
                early_stopping_rounds=0,
                n_jobs=1,
                objective="regression_l1",
            )
        )
    if family == "forest":
        return ForestLearner(
            ForestConfig(n_estimators=config.trees, max_features=0.3, n_jobs=config.n_jobs)
        )
    if family == "forest-fraction":
        return ForestLearner(
            ForestConfig(
                n_estimators=config.trees,
                max_features=1.0,
                feature_blocks=["fraction"],
                n_jobs=config.n_jobs,
            )
        )
    if family == "knn":
        return NeighborsLearner(NeighborsConfig(neighbors=5))
    if family == "gbm-nbr":  # LightGBM plus what the neighbours' labels say (composition sweeps)
        from .neighborfeatures import NeighborBoostConfig, NeighborBoostLearner

        return NeighborBoostLearner(
            NeighborBoostConfig(
                boost={
                    "n_estimators": config.boost_rounds,
                    "learning_rate": config.boost_learning_rate,
                    "n_jobs": 1,
                }
            )
        )
    if family == "attn":  # CrabNet-style attention over the elements (torch, opt-in)
        from .attention import AttentionConfig, AttentionLearner

        return AttentionLearner(AttentionConfig())
    raise MatsciError(f"unknown auto family {family!r}")


def structured_tasks(tasks: list[TaskSpec], structure: str) -> list[TaskSpec]:
    """Copies of ``tasks`` with the hurdle decided: 'plain' (none) or 'hurdle' (point masses)."""
    out = []
    for t in tasks:
        copy = TaskSpec.from_dict(t.as_dict())
        if t.kind == "regression":
            copy.hurdle = structure == "hurdle" and t.zero_fraction >= POINT_MASS_MIN_FRACTION
        out.append(copy)
    return out


def composition_groups(x: np.ndarray, feature_labels: list[str] | None) -> np.ndarray:
    """Group ids: rows with equal element fractions (same composition) share one."""
    cols = None
    if feature_labels:
        try:
            cols = feature_columns(feature_labels, ["fraction"])
        except MatsciError:
            cols = None
    part = x if cols is None else x[:, cols]
    part = np.round(np.nan_to_num(np.asarray(part, dtype=np.float64), nan=-1.0), 6)
    _, groups = np.unique(part, axis=0, return_inverse=True)
    return groups.ravel()


def inner_folds(groups: np.ndarray, k: int, seed: int) -> np.ndarray:
    """Fold number per row; whole groups go to one fold, folds of similar size."""
    rng = np.random.default_rng(seed)
    unique = rng.permutation(np.unique(groups))
    fold_of_group = {g: i % k for i, g in enumerate(unique)}
    return np.array([fold_of_group[g] for g in groups])


# -- scoring of out-of-fold predictions ---------------------------------------------
def _binary_scores(y: np.ndarray, p: np.ndarray, metric: str) -> tuple[float, float]:
    """(score of the metric, threshold). Thresholds maximize balanced accuracy or F1."""
    from sklearn.metrics import roc_auc_score

    grid = np.unique(np.quantile(p, np.linspace(0.02, 0.98, 97)))
    grid = np.concatenate([grid, [0.5]])
    pos, neg = y == 1, y == 0
    n_pos, n_neg = max(pos.sum(), 1), max(neg.sum(), 1)
    best, best_t = -np.inf, 0.5
    for t in grid:
        hard = p >= t
        tp = float(np.sum(hard & pos))
        if metric == "f1":
            fp = float(np.sum(hard & neg))
            fn = float(n_pos - tp)
            value = 2 * tp / max(2 * tp + fp + fn, 1.0)
        else:
            tn = float(np.sum(~hard & neg))
            value = 0.5 * (tp / n_pos + tn / n_neg)
        # prefer thresholds near 0.5 on ties: they depend least on this sample
        if value > best + 1e-12 or (
            abs(value - best) <= 1e-12 and abs(t - 0.5) < abs(best_t - 0.5)
        ):
            best, best_t = value, float(t)
    if metric == "roc_auc":
        both = len(np.unique(y)) == 2
        return (float(roc_auc_score(y, p)) if both else float("nan")), best_t
    return float(best), best_t


def _hurdle_mae(y: np.ndarray, p_zero: np.ndarray, value: np.ndarray) -> tuple[float, float]:
    """(MAE, gate threshold): predict 0 where P(zero) > threshold."""
    best, best_t = np.inf, 0.5
    for t in np.arange(0.2, 0.81, 0.02):
        mae = float(np.mean(np.abs(np.where(p_zero > t, 0.0, value) - y)))
        if mae < best - 1e-12 or (abs(mae - best) <= 1e-12 and abs(t - 0.5) < abs(best_t - 0.5)):
            best, best_t = mae, float(t)
    return best, round(best_t, 2)


@dataclass
class Platt:
    """P(class 1) = sigmoid(a · logit(p) + b), fitted on out-of-fold probabilities."""

    a: float = 1.0
    b: float = 0.0

    @classmethod
    def fit(cls, y: np.ndarray, p: np.ndarray) -> Platt:
        from sklearn.linear_model import LogisticRegression

        if len(np.unique(y)) < 2:
            return cls()
        z = _logit(p)[:, None]
        model = LogisticRegression(C=1e4).fit(z, y.astype(int))
        a, b = float(model.coef_[0, 0]), float(model.intercept_[0])
        return cls(a, b) if a > 0 else cls()

    def __call__(self, p: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-(self.a * _logit(p) + self.b)))


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(np.asarray(p, dtype=float), 1e-4, 1 - 1e-4)
    return np.log(p / (1 - p))


@dataclass
class Choice:
    """What the search chose for one task."""

    candidates: list[str]  # "structure/family" names of the blended candidates
    structure: str
    threshold: float
    score: float
    metric: str
    platt: Platt | None = None

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["platt"] = asdict(self.platt) if self.platt else None
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Choice:
        platt = Platt(**d["platt"]) if d.get("platt") else None
        return cls(
            list(d["candidates"]),
            d["structure"],
            float(d["threshold"]),
            float(d["score"]),
            d["metric"],
            platt,
        )


@dataclass
class AutoLearner:
    """Chooses and fits the best blend of candidate learners per task (see the module doc)."""

    config: AutoConfig = field(default_factory=AutoConfig)
    members: int = 1
    kind: str = "auto"
    tasks: list[TaskSpec] = field(default_factory=list)
    fitted: dict[str, Any] = field(default_factory=dict)  # candidate name -> learner
    choices: list[Choice] = field(default_factory=list)
    report: dict[str, Any] = field(default_factory=dict)

    # -- search -------------------------------------------------------------
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
        """Search on ``x_tr``/``y_tr``, then refit the choice on all of them. Validation rows
        are not used (they stay held out for the scores the caller reports).

        The chosen structure and threshold are written onto ``tasks`` (the heads' tasks).
        """
        t0 = time.perf_counter()
        c0 = time.process_time()
        cfg = self.config
        structures = ["plain"]
        if any(
            t.kind == "regression" and t.zero_fraction >= POINT_MASS_MIN_FRACTION for t in tasks
        ):
            structures.append("hurdle")
        regression = any(t.kind == "regression" for t in tasks)
        families = [f for f in cfg.families if f != "gbm-l1" or regression]
        candidates = [(s, f) for f in families for s in structures]
        models_of = {
            s: sum(
                1 + (t.kind == "regression" and bool(structured_tasks([t], s)[0].hurdle))
                for t in tasks
            )
            for s in structures
        }
        groups = composition_groups(x_tr, feature_labels)
        fold = inner_folds(groups, cfg.inner_folds, seed)
        budget = cfg.budget_seconds
        oof: dict[str, list[dict[str, np.ndarray]]] = {}
        timings: dict[str, float] = {}
        cpu: dict[str, float] = {}
        skipped: list[str] = []
        steps, total_steps = 0, len(candidates) * cfg.inner_folds + 1
        stopped = "completed"
        unit_cost: list[float] = []  # seconds per unit of COST per inner fit
        for structure, family in candidates:
            name = f"{structure}/{family}"
            if stop is not None and stop.is_set():
                stopped = "stopped"
                break
            if budget is not None and unit_cost:
                per_fit = np.median(unit_cost) * COST[family] * models_of[structure]
                projected = per_fit * (cfg.inner_folds + 1.5)
                if time.process_time() - c0 + projected > 0.8 * budget and oof:
                    skipped.append(name)
                    steps += cfg.inner_folds
                    continue
            st = structured_tasks(tasks, structure)
            parts: list[dict[str, np.ndarray]] = [{} for _ in tasks]
            ts, cs = time.perf_counter(), time.process_time()
            for k in range(cfg.inner_folds):
                train, held = fold != k, fold == k
                if not held.any() or not train.any():
                    continue
                learner = make_family(family, cfg)
                learner.fit(
                    x_tr[train],
                    y_tr[train],
                    None,
                    None,
                    st,
                    seed=seed,
                    feature_labels=feature_labels,
                )
                pred = learner.predict(x_tr[held])
                for j, p in enumerate(pred):
                    for key, arr in p.items():
                        full = parts[j].setdefault(key, np.full(len(x_tr), np.nan))
                        full[held] = arr.mean(0)
                steps += 1
                if on_epoch is not None:
                    on_epoch(EpochReport(steps, total_steps, {}, {}, 0, 0.0))
                if stop is not None and stop.is_set():
                    break
            if stop is not None and stop.is_set():
                stopped = "stopped"
                break
            timings[name] = time.perf_counter() - ts
            cpu[name] = time.process_time() - cs
            unit_cost.append(cpu[name] / cfg.inner_folds / COST[family] / models_of[structure])
            oof[name] = parts
        if stopped == "stopped" or not oof:
            self.report = {"stopped": "during the search", "inner_cv_seconds": timings}
            return {
                "stopped": stopped,
                "incomplete_tasks": list(range(len(tasks))),
                "best_iteration": None,
                "samples_seen": 0,
                "seconds": time.perf_counter() - t0,
                "auto": self.report,
            }
        table: dict[str, dict[str, float]] = {}
        self.choices = []
        for j, task in enumerate(tasks):
            choice, scores = self._choose(j, task, y_tr[:, j], oof)
            self.choices.append(choice)
            table[task.name] = scores
        search_s = time.perf_counter() - t0
        # refit every chosen candidate on all rows
        self.fitted = {}
        needed = sorted({c for ch in self.choices for c in ch.candidates})
        samples = 0
        for name in needed:
            structure, family = name.split("/", 1)
            learner = make_family(family, cfg)
            res = learner.fit(
                x_tr,
                y_tr,
                None,
                None,
                structured_tasks(tasks, structure),
                seed=seed,
                feature_labels=feature_labels,
                stop=stop,
            )
            samples += res["samples_seen"]
            if res["stopped"] in ("stopped", "interrupted"):
                stopped = res["stopped"]
                break
            self.fitted[name] = learner
        incomplete = [
            j
            for j, ch in enumerate(self.choices)
            if any(c not in self.fitted for c in ch.candidates)
        ]
        for task, ch in zip(tasks, self.choices, strict=True):
            task.threshold = ch.threshold
            if task.kind == "regression":
                task.hurdle = ch.structure == "hurdle" and uses_hurdle(
                    structured_tasks([task], ch.structure)[0]
                )
        self.tasks = list(tasks)
        self.report = {
            "metric": {t.name: ("mae" if t.kind == "regression" else cfg.metric) for t in tasks},
            "chosen": {
                t.name: {
                    "learners": "+".join(c.split("/", 1)[1] for c in ch.candidates),
                    "structure": ch.structure,
                    "threshold": ch.threshold,
                    "inner_cv": ch.score,
                    "calibrated": ch.platt is not None,
                }
                for t, ch in zip(tasks, self.choices, strict=True)
            },
            "inner_cv": table,
            "inner_folds": cfg.inner_folds,
            "skipped_for_budget": skipped,
            "candidate_seconds": {k: round(v, 2) for k, v in timings.items()},
            "candidate_cpu_seconds": {k: round(v, 2) for k, v in cpu.items()},
            "search_seconds": round(search_s, 2),
            "seconds": round(time.perf_counter() - t0, 2),
            "cpu_seconds": round(time.process_time() - c0, 2),
            "budget_seconds": budget,
            "budget_clock": "CPU seconds of this process",
        }
        return {
            "stopped": stopped,
            "incomplete_tasks": incomplete,
            "best_iteration": None,
            "samples_seen": samples,
            "seconds": time.perf_counter() - t0,
            "auto": self.report,
        }

    def _choose(
        self, j: int, task: TaskSpec, y: np.ndarray, oof: dict[str, list[dict[str, np.ndarray]]]
    ) -> tuple[Choice, dict[str, float]]:
        """The best blend for task ``j`` and the inner-CV score of every blend tried."""
        labelled = np.isfinite(y)
        yl = y[labelled]
        scores: dict[str, float] = {}
        best: Choice | None = None
        by_structure: dict[str, list[str]] = {}
        for name in oof:
            by_structure.setdefault(name.split("/", 1)[0], []).append(name)
        for structure, names in by_structure.items():
            if task.kind != "regression" and structure != "plain":
                continue
            for size in range(1, min(self.config.max_blend, len(names)) + 1):
                for combo in itertools.combinations(names, size):
                    parts = [oof[n][j] for n in combo]
                    choice = self._score_blend(task, structure, list(combo), parts, yl, labelled)
                    if choice is None:
                        continue
                    label = f"{structure}: " + "+".join(n.split("/", 1)[1] for n in combo)
                    scores[label] = round(choice.score, 5)
                    if best is None or _better(choice, best, task):
                        best = choice
        if best is None:
            raise MatsciError(f"no candidate could be scored for task {task.name!r}")
        if task.kind == "classification":
            mean = np.mean([oof[n][j]["prob"][labelled] for n in best.candidates], axis=0)
            best.platt = Platt.fit(yl, mean)
            _, best.threshold = _binary_scores(yl, best.platt(mean), self.config.metric)
            best.threshold = round(best.threshold, 4)
        return best, scores

    def _score_blend(
        self,
        task: TaskSpec,
        structure: str,
        names: list[str],
        parts: list[dict[str, np.ndarray]],
        yl: np.ndarray,
        labelled: np.ndarray,
    ) -> Choice | None:
        if task.kind == "classification":
            if any("prob" not in p for p in parts):
                return None
            p = np.mean([q["prob"][labelled] for q in parts], axis=0)
            if not np.isfinite(p).all():
                return None
            score, threshold = _binary_scores(yl, p, self.config.metric)
            return Choice(names, structure, threshold, score, self.config.metric)
        hurdle = structure == "hurdle"
        if hurdle and any("p_zero" not in q for q in parts):
            return None
        value = np.mean([q["value"][labelled] for q in parts], axis=0)
        if task.nonnegative:
            value = np.maximum(value, 0.0)
        if not np.isfinite(value).all():
            return None
        if hurdle:
            pz = np.mean([q["p_zero"][labelled] for q in parts], axis=0)
            mae, threshold = _hurdle_mae(yl, pz, value)
            return Choice(names, structure, threshold, mae, "mae")
        return Choice(names, structure, 0.5, float(np.mean(np.abs(value - yl))), "mae")

    # -- prediction -----------------------------------------------------------
    def predict(self, x: np.ndarray) -> list[dict[str, np.ndarray]]:
        """Per task: the chosen blend's parts, one 'member' per blended learner
        (classification: one calibrated probability)."""
        preds = {name: learner.predict(x) for name, learner in self.fitted.items()}
        out = []
        for j, (task, ch) in enumerate(zip(self.tasks, self.choices, strict=True)):
            got = [preds[n][j] for n in ch.candidates if n in preds]
            if not got:
                out.append({})
                continue
            if task.kind == "classification":
                p = np.mean([g["prob"].mean(0) for g in got], axis=0)
                out.append({"prob": (ch.platt(p) if ch.platt else p)[None, :]})
                continue
            parts = {"value": np.stack([g["value"].mean(0) for g in got])}
            if all("p_zero" in g for g in got) and ch.structure == "hurdle":
                parts["p_zero"] = np.stack([g["p_zero"].mean(0) for g in got])
            out.append(parts)
        return out

    components = predict

    def keep_tasks(self, keep: list[int]) -> None:
        for learner in self.fitted.values():
            learner.keep_tasks(keep)
        self.tasks = [self.tasks[j] for j in keep]
        self.choices = [self.choices[j] for j in keep]

    # -- persistence ------------------------------------------------------------
    def export(self) -> tuple[dict[str, np.ndarray], dict[str, str], dict[str, Any]]:
        arrays: dict[str, np.ndarray] = {}
        texts: dict[str, str] = {}
        parts = []
        for i, (name, learner) in enumerate(sorted(self.fitted.items())):
            arr, txt, meta = learner.export()
            arrays.update(prefixed(arr, f"c{i}."))
            texts.update(prefixed(txt, f"c{i}."))
            parts.append(
                {"name": name, "meta": meta, "tasks": [t.as_dict() for t in learner.tasks]}
            )
        meta = {
            **export_header(self.kind, self.config, 1),
            "choices": [c.as_dict() for c in self.choices],
            "candidates": parts,
            "report": self.report,
        }
        return arrays, texts, meta

    @classmethod
    def restore(
        cls,
        arrays: dict[str, np.ndarray],
        texts: dict[str, str],
        meta: dict[str, Any],
        tasks: list[TaskSpec],
    ) -> AutoLearner:
        learner = cls(AutoConfig.from_dict(meta["config"]))
        learner.tasks = list(tasks)
        learner.choices = [Choice.from_dict(c) for c in meta["choices"]]
        learner.report = meta.get("report", {})
        for i, part in enumerate(meta["candidates"]):
            sub_arrays, sub_texts = unprefixed(arrays, f"c{i}."), unprefixed(texts, f"c{i}.")
            sub_tasks = [TaskSpec.from_dict(t) for t in part["tasks"]]
            kind = part["meta"]["kind"]
            learner.fitted[part["name"]] = learner_class(kind).restore(
                sub_arrays, sub_texts, part["meta"], sub_tasks
            )
        return learner


def _better(a: Choice, b: Choice, task: TaskSpec) -> bool:
    """Is ``a`` better than ``b``? Fewer learners win ties (within 0.1 % of the score)."""
    tol = 1e-3 * max(abs(b.score), 1e-9)
    if task.kind == "regression":
        if a.score < b.score - tol:
            return True
        return abs(a.score - b.score) <= tol and len(a.candidates) < len(b.candidates)
    if a.score > b.score + tol:
        return True
    return abs(a.score - b.score) <= tol and len(a.candidates) < len(b.candidates)


def describe(report: dict[str, Any]) -> list[str]:
    """Human lines: what auto chose per task and the inner-CV scores it compared."""
    lines = []
    for task, ch in report.get("chosen", {}).items():
        metric = report.get("metric", {}).get(task, "")
        extra = ""
        if metric != "mae" or ch["structure"] == "hurdle":
            extra = f", threshold {ch['threshold']:.2f}"
        lines.append(
            f"{task}: auto chose {ch['learners']} ({ch['structure']}{extra}), inner "
            f"{report.get('inner_folds', '?')}-fold CV {metric} {ch['inner_cv']:.4g}"
        )
        scores = report.get("inner_cv", {}).get(task, {})
        reverse = metric != "mae"
        ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=reverse)[:6]
        if ranked:
            lines.append("  candidates: " + ", ".join(f"{k} {v:.4g}" for k, v in ranked))
    if report.get("skipped_for_budget"):
        lines.append(
            "skipped to stay in the time budget: " + ", ".join(report["skipped_for_budget"])
        )
    return lines


__all__ = ["METRICS", "AutoConfig", "AutoLearner", "Choice", "Platt", "describe"]
