"""What the training labels say about a composition's neighbourhood, as features for boosting.

Data sets that sweep compositions densely through a few chemical systems (alloy
series, glass-forming ranges) are decided by where a composition sits among its
measured neighbours: a learner on element properties alone cannot tell two
neighbouring sweeps apart. For each row and each task, from the labelled
training rows (element fractions, L1 distance: 0 = the same composition, 2 = no
shared element):

- the inverse-distance weighted mean label of the 1, 5 and 15 nearest rows;
- the distance to the nearest row, and the mean distance to the 5 nearest;
- classification (and the "is zero" question of a regression target with a point
  mass at 0): the distance to the nearest row of each class and their difference;
- chemical systems (element sets): the count and the mean label of the rows with
  the same element set, of those whose set lies inside this one (sub-systems) and of
  those whose set contains it (super-systems); NaN where there are none.

Training rows get these features **out of fold** (5 groups, one composition in one
group), so a row's own label never describes it; rows to predict get them from
all training rows. :class:`NeighborBoostLearner` (kind ``"gbm-nbr"``) fits
LightGBM on the composition features plus these, and saves the labelled rows it
needs (fractions and labels, no pickle).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ...errors import MatsciError
from .boosted import BoostConfig, BoostedLearner
from .data import TaskSpec
from .learner_parts import (
    export_header,
    prefixed,
    save_columns,
    saved_columns,
    select_columns,
    unprefixed,
)
from .learners import Settings, feature_columns
from .model import uses_hurdle

NEIGHBOURS = (1, 5, 15)
"""Neighbour counts of the weighted mean label."""
QUERY_CHUNK = 1000
"""Rows per block when comparing element sets (bounds memory: chunk × training rows)."""


def _label_names(prefix: str, binary: bool) -> list[str]:
    names = [f"{prefix} mean label of {k} nearest" for k in NEIGHBOURS]
    names += [f"{prefix} nearest distance", f"{prefix} mean distance of 5 nearest"]
    if binary:
        names += [
            f"{prefix} distance to nearest class 0",
            f"{prefix} distance to nearest class 1",
            f"{prefix} distance class 1 - class 0",
        ]
    for what in ("same system", "sub-systems", "super-systems"):
        names += [f"{prefix} {what} count", f"{prefix} {what} mean label"]
    return names


def neighbour_label_features(
    ref_frac: np.ndarray, ref_y: np.ndarray, query_frac: np.ndarray, binary: bool
) -> np.ndarray:
    """Features of ``query_frac`` rows from the labelled rows ``ref_frac`` / ``ref_y``.

    ``binary``: the labels are 0/1 (adds the distances to the nearest row of each class).
    Columns as :func:`feature_names` lists them; shape ``(len(query_frac), n)``.
    """
    from sklearn.neighbors import NearestNeighbors

    ref_frac = np.asarray(ref_frac, dtype=np.float64)
    query_frac = np.asarray(query_frac, dtype=np.float64)
    ref_y = np.asarray(ref_y, dtype=np.float64)
    n_ref, n_q = len(ref_frac), len(query_frac)
    width = len(_label_names("", binary))
    if n_ref == 0:
        return np.full((n_q, width), np.nan)
    cols: list[np.ndarray] = []
    kmax = min(max(NEIGHBOURS), n_ref)
    dist, idx = (
        NearestNeighbors(n_neighbors=kmax, metric="manhattan").fit(ref_frac).kneighbors(query_frac)
    )
    weight = 1.0 / (dist + 1e-3)
    for k in NEIGHBOURS:
        k = min(k, kmax)
        cols.append((weight[:, :k] * ref_y[idx[:, :k]]).sum(1) / weight[:, :k].sum(1))
    cols += [dist[:, 0], dist[:, : min(5, kmax)].mean(1)]
    if binary:
        nearest = []
        for c in (0, 1):
            rows = ref_y == c
            if rows.any():
                near = NearestNeighbors(n_neighbors=1, metric="manhattan").fit(ref_frac[rows])
                nearest.append(near.kneighbors(query_frac)[0][:, 0])
            else:
                nearest.append(np.full(n_q, 2.0))  # no row of that class: as far as can be
        cols += [nearest[0], nearest[1], nearest[1] - nearest[0]]
    cols += _system_features(ref_frac > 0, ref_y, query_frac > 0)
    return np.column_stack(cols)


def _system_features(ref_set: np.ndarray, ref_y: np.ndarray, query_set: np.ndarray) -> list:
    """Count and mean label of same / sub- / super-system rows (element-set comparisons)."""
    ref_f = ref_set.astype(np.float32)
    ref_n = ref_f.sum(1)[None, :]
    ref_yf = ref_y.astype(np.float32)
    out = [np.zeros(len(query_set)) for _ in range(6)]
    for start in range(0, len(query_set), QUERY_CHUNK):
        q = query_set[start : start + QUERY_CHUNK].astype(np.float32)
        shared = q @ ref_f.T  # elements each pair has in common
        q_n = q.sum(1)[:, None]
        same = (shared == q_n) & (shared == ref_n)
        sub = (shared == ref_n) & ~same
        sup = (shared == q_n) & ~same
        for i, mask in enumerate((same, sub, sup)):
            count = mask.sum(1).astype(np.float64)
            total = mask.astype(np.float32) @ ref_yf
            out[2 * i][start : start + len(q)] = count
            out[2 * i + 1][start : start + len(q)] = np.where(
                count > 0, total / np.maximum(count, 1), np.nan
            )
    return out


def out_of_fold_features(
    frac: np.ndarray,
    y: np.ndarray,
    groups: np.ndarray,
    binary: bool,
    folds: int = 5,
    seed: int = 0,
) -> np.ndarray:
    """Features of the training rows themselves, each from the other ``folds - 1`` groups
    (rows of one composition stay in one group; unlabelled rows (NaN) never describe others)."""
    rng = np.random.default_rng(seed)
    unique = rng.permutation(np.unique(groups))
    fold_of = {g: i % folds for i, g in enumerate(unique)}
    fold = np.array([fold_of[g] for g in groups])
    labelled = np.isfinite(y)
    out = np.full((len(frac), len(_label_names("", binary))), np.nan)
    for k in range(folds):
        held = fold == k
        if not held.any():
            continue
        ref = ~held & labelled
        out[held] = neighbour_label_features(frac[ref], y[ref], frac[held], binary)
    return out


def label_views(y: np.ndarray, tasks: list[TaskSpec]) -> list[tuple[str, np.ndarray, bool]]:
    """(name, labels, binary) per question the features describe: a classification task's
    classes; a regression task's values, plus 'is zero' when it has a point mass at 0."""
    views = []
    for j, task in enumerate(tasks):
        col = np.asarray(y[:, j], dtype=np.float64)
        if task.kind == "classification":
            views.append((task.name, col, True))
            continue
        views.append((task.name, col, False))
        if uses_hurdle(task) or task.zero_fraction >= 0.05:
            zero = np.where(np.isfinite(col), (col == 0).astype(float), np.nan)
            views.append((f"{task.name} is zero", zero, True))
    return views


@dataclass
class NeighborBoostConfig(Settings):
    """LightGBM settings plus how many out-of-fold groups build the training rows' features."""

    boost: dict[str, Any] = field(default_factory=dict)
    oof_folds: int = 5

    def boost_config(self) -> BoostConfig:
        return BoostConfig.from_dict({"early_stopping_rounds": 0, **self.boost})


@dataclass
class NeighborBoostLearner:
    """LightGBM on composition features plus neighbour-label features (see the module doc)."""

    config: NeighborBoostConfig = field(default_factory=NeighborBoostConfig)
    members: int = 1
    kind: str = "gbm-nbr"
    tasks: list[TaskSpec] = field(default_factory=list)
    inner: BoostedLearner | None = None
    columns: np.ndarray | None = None
    ref_frac: np.ndarray | None = field(default=None, repr=False)
    ref_views: list[tuple[str, np.ndarray, bool]] = field(default_factory=list, repr=False)

    def _fractions(self, x: np.ndarray) -> np.ndarray:
        return select_columns(x, self.columns, np.float64)

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
        if not feature_labels:
            raise MatsciError(
                "neighbour-label features need the feature labels (element fractions)"
            )
        t0 = time.perf_counter()
        self.tasks = list(tasks)
        self.columns = feature_columns(feature_labels, ["fraction"])
        frac = self._fractions(x_tr)
        self.ref_frac = frac
        self.ref_views = label_views(y_tr, self.tasks)
        groups = np.unique(np.round(frac, 6), axis=0, return_inverse=True)[1].ravel()
        extra = [
            out_of_fold_features(frac, labels, groups, binary, self.config.oof_folds, seed)
            for _, labels, binary in self.ref_views
        ]
        x_aug = np.hstack([np.asarray(x_tr, dtype=np.float64), *extra])
        x_va_aug = None
        if x_va is not None and len(x_va):
            x_va_aug = np.hstack([np.asarray(x_va, dtype=np.float64), self._features(x_va)])
        self.inner = BoostedLearner(self.config.boost_config(), self.members)
        result = self.inner.fit(
            x_aug,
            y_tr,
            x_va_aug,
            y_va,
            self.tasks,
            seed=seed,
            on_epoch=on_epoch,
            stop=stop,
            feature_labels=list(feature_labels) + self.feature_names(),
        )
        result["seconds"] = time.perf_counter() - t0
        return result

    def feature_names(self) -> list[str]:
        return [
            f"neighbours: {name}"
            for view, _, binary in self.ref_views
            for name in _label_names(view, binary)
        ]

    def _features(self, x: np.ndarray) -> np.ndarray:
        frac = self._fractions(x)
        parts = []
        for _, labels, binary in self.ref_views:
            ok = np.isfinite(labels)
            parts.append(neighbour_label_features(self.ref_frac[ok], labels[ok], frac, binary))
        return np.hstack(parts)

    def predict(self, x: np.ndarray) -> list[dict[str, np.ndarray]]:
        if self.inner is None:
            raise MatsciError("this learner has not been fitted")
        return self.inner.predict(np.hstack([np.asarray(x, dtype=np.float64), self._features(x)]))

    components = predict

    def keep_tasks(self, keep: list[int]) -> None:
        names = {self.tasks[j].name for j in keep}
        self.ref_views = [
            v for v in self.ref_views if v[0] in names or v[0].removesuffix(" is zero") in names
        ]
        if self.inner is not None:
            self.inner.keep_tasks(keep)
        self.tasks = [self.tasks[j] for j in keep]

    def export(self) -> tuple[dict[str, np.ndarray], dict[str, str], dict[str, Any]]:
        if self.inner is None or self.ref_frac is None:
            raise MatsciError("this learner has not been fitted")
        arrays, texts, inner_meta = self.inner.export()
        arrays, texts = prefixed(arrays, "inner."), prefixed(texts, "inner.")
        arrays["ref_frac"] = np.ascontiguousarray(self.ref_frac, dtype=np.float64)
        save_columns(arrays, self.columns)
        for i, (_, labels, _) in enumerate(self.ref_views):
            arrays[f"view{i}"] = np.ascontiguousarray(labels, dtype=np.float64)
        meta = {
            **export_header(self.kind, self.config, self.members),
            "views": [[name, binary] for name, _, binary in self.ref_views],
            "inner": inner_meta,
        }
        return arrays, texts, meta

    @classmethod
    def restore(
        cls,
        arrays: dict[str, np.ndarray],
        texts: dict[str, str],
        meta: dict[str, Any],
        tasks: list[TaskSpec],
    ) -> NeighborBoostLearner:
        learner = cls(NeighborBoostConfig.from_dict(meta["config"]), int(meta["members"]))
        learner.tasks = list(tasks)
        learner.columns = saved_columns(arrays)
        learner.ref_frac = arrays["ref_frac"]
        learner.ref_views = [
            (name, arrays[f"view{i}"], bool(binary))
            for i, (name, binary) in enumerate(meta["views"])
        ]
        learner.inner = BoostedLearner.restore(
            unprefixed(arrays, "inner."),
            unprefixed(texts, "inner."),
            meta["inner"],
            tasks,
        )
        return learner


__all__ = [
    "NEIGHBOURS",
    "NeighborBoostConfig",
    "NeighborBoostLearner",
    "label_views",
    "neighbour_label_features",
    "out_of_fold_features",
]
