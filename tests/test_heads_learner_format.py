"""What each learner saves (engines/heads/learner_parts.py and the learners) stays readable.

Saved heads are read back by later versions, so the keys a learner's ``export`` writes are
pinned here per kind, a nearest-neighbour export written by an earlier version (literal
arrays below) must restore and predict the same numbers, and the shared fit loop reports a
Stop raised inside one model's fit.
"""

from __future__ import annotations

import re
import threading

import numpy as np
import pytest

from matsci_jupyter.engines.heads.data import TaskSpec
from matsci_jupyter.engines.heads.learner_parts import (
    prefixed,
    select_columns,
    task_outputs,
    unprefixed,
)
from matsci_jupyter.engines.heads.learners import (
    Learner,
    StopTraining,
    fit_jobs,
    learner_class,
    task_jobs,
)

ELEMENTS = ("Cu", "Zn", "Al")
LABELS = [f"fraction: {e}" for e in ELEMENTS] + ["magpie: size"]


def table(rows: int, seed: int) -> tuple[np.ndarray, np.ndarray, list[TaskSpec]]:
    """Ternary compositions plus one property; a yes/no task, a hurdle task, a plain one."""
    rng = np.random.default_rng(seed)
    frac = rng.dirichlet(np.ones(len(ELEMENTS)), rows)
    size = rng.normal(size=(rows, 1))
    x = np.hstack([frac, size])
    copper_rich = (frac[:, 0] > 0.4).astype(float)
    excess = np.where(copper_rich == 1, 0.0, frac[:, 2] + 0.2)
    mean_z = frac @ np.array([29.0, 30.0, 13.0])
    y = np.column_stack([copper_rich, excess, mean_z])
    y[::6, 2] = np.nan  # a missing label
    tasks = [
        TaskSpec("copper rich", "classification", classes=[False, True]),
        TaskSpec("excess", "regression", hurdle=True),
        TaskSpec("mean Z", "regression"),
    ]
    return x, y, tasks


def small_learner(kind: str) -> Learner:
    from matsci_jupyter.engines.heads.attention import AttentionConfig
    from matsci_jupyter.engines.heads.auto import AutoConfig
    from matsci_jupyter.engines.heads.boosted import BoostConfig
    from matsci_jupyter.engines.heads.forest import ForestConfig
    from matsci_jupyter.engines.heads.model import NetConfig
    from matsci_jupyter.engines.heads.neighborfeatures import NeighborBoostConfig
    from matsci_jupyter.engines.heads.neighbors import NeighborsConfig

    configs = {
        "knn": NeighborsConfig(neighbors=3),
        "forest": ForestConfig(n_estimators=3, feature_blocks=["fraction"], n_jobs=1),
        "gbm": BoostConfig(n_estimators=8, early_stopping_rounds=3),
        "attn": AttentionConfig(width=8, layers=1, heads=2, epochs=1),
        "mlp": NetConfig(hidden=8, head_hidden=4, epochs=3, patience=2),
        "gbm-nbr": NeighborBoostConfig(boost={"n_estimators": 5}, oof_folds=2),
        "auto": AutoConfig(families=["knn"], inner_folds=2, n_jobs=1),
    }
    return learner_class(kind)(configs[kind], 2 if kind in {"forest", "gbm", "mlp"} else 1)


NUMBER = re.compile(r"\d+")
PART = r"N\.(gate|value)"
#: Per kind: (meta keys in order, array keys, text keys); keys with their numbers read as N.
FORMATS: dict[str, tuple[list[str], list[str], list[str]]] = {
    "knn": (
        ["kind", "config", "members", "links", "models"],
        ["columns", rf"{PART}\.[xy]"],
        [],
    ),
    "forest": (
        ["kind", "config", "members", "links", "models", "sklearn"],
        ["columns", rf"{PART}\.N\.N\.(nodes\.\w+|values|max_depth)"],
        [],
    ),
    "gbm": (["kind", "config", "members", "links", "models"], [], [rf"{PART}\.N"]),
    "attn": (
        ["kind", "config", "members", "links", "models", "scales"],
        [
            "fraction_cols",
            "props",
            "side_cols",
            "side_mean",
            "side_std",
            rf"{PART}\.N\.[\w.]+",
        ],
        [],
    ),
    "mlp": (
        [
            "kind",
            "config",
            "members",
            "clip",
            "target_mean",
            "target_std",
            "best_epochs",
            "outputs",
            "network_tasks",
        ],
        [r"scaler\.(median|mean|std)", r"memberN\.[\w.]+"],
        [],
    ),
    "gbm-nbr": (
        ["kind", "config", "members", "views", "inner"],
        ["ref_frac", "columns", "viewN"],
        [rf"inner\.{PART}\.N"],
    ),
    "auto": (
        ["kind", "config", "members", "choices", "candidates", "report"],
        [r"cN\.columns", rf"cN\.{PART}\.[xy]"],
        [],
    ),
}


def _matches(keys: list[str], patterns: list[str]) -> None:
    """Every key is one of the patterns, and every pattern names at least one key."""
    shapes = {NUMBER.sub("N", k) for k in keys}
    for shape in shapes:
        assert any(re.fullmatch(p, shape) for p in patterns), shape
    for pattern in patterns:
        assert any(re.fullmatch(pattern, s) for s in shapes), pattern


@pytest.fixture(scope="module")
def fitted() -> dict[str, Learner]:
    pytest.importorskip("torch")
    pytest.importorskip("lightgbm")
    out = {}
    for kind in FORMATS:
        x, y, tasks = table(60, 0)  # fresh tasks: auto writes its choice onto them
        learner = small_learner(kind)
        learner.fit(x[:45], y[:45], x[45:], y[45:], tasks, seed=1, feature_labels=LABELS)
        out[kind] = learner
    return out


@pytest.mark.parametrize("kind", list(FORMATS))
def test_export_writes_the_pinned_keys(fitted, kind) -> None:
    arrays, texts, meta = fitted[kind].export()
    meta_keys, array_keys, text_keys = FORMATS[kind]
    assert list(meta) == meta_keys
    assert meta["kind"] == kind
    _matches(list(arrays), array_keys)
    _matches(list(texts), text_keys)
    assert all(isinstance(v, np.ndarray) for v in arrays.values())


@pytest.mark.parametrize("kind", list(FORMATS))
def test_restore_predicts_what_was_exported(fitted, kind) -> None:
    learner = fitted[kind]
    arrays, texts, meta = learner.export()
    tasks = [TaskSpec.from_dict(t.as_dict()) for t in learner.tasks]
    again = learner_class(kind).restore(arrays, texts, meta, tasks)
    x, _, _ = table(12, 5)
    before, after = learner.predict(x), again.predict(x)
    assert [sorted(p) for p in before] == [sorted(p) for p in after]
    for p, q in zip(before, after, strict=True):
        for name in p:
            assert p[name].shape == q[name].shape
            np.testing.assert_allclose(p[name], q[name], rtol=1e-6, atol=1e-9)


# An export of NeighborsLearner(NeighborsConfig(neighbors=2)) written before the learners'
# shared export / restore code moved to learner_parts.py (fit on six Cu-Zn rows).
LEGACY_KNN_META = {
    "kind": "knn",
    "config": {
        "neighbors": 2,
        "feature_blocks": ["fraction"],
        "metric": "manhattan",
        "weights": "distance",
    },
    "members": 1,
    "links": [],
    "models": ["0.gate", "1.gate", "1.value"],
}
LEGACY_KNN_ARRAYS = {
    "columns": [0, 1],
    "0.gate.x": [[1.0, 0.0], [0.75, 0.25], [0.5, 0.5], [0.25, 0.75], [0.0, 1.0]],
    "0.gate.y": [1.0, 1.0, 0.0, 0.0, 0.0],
    "1.gate.x": [[1.0, 0.0], [0.75, 0.25], [0.5, 0.5], [0.25, 0.75], [0.0, 1.0], [0.6, 0.4]],
    "1.gate.y": [1.0, 1.0, 0.0, 0.0, 0.0, 1.0],
    "1.value.x": [[0.5, 0.5], [0.25, 0.75], [0.0, 1.0]],
    "1.value.y": [1.5, 2.0, 3.0],
}


def test_a_nearest_neighbour_export_from_before_still_restores() -> None:
    arrays = {
        k: np.asarray(v, dtype=np.int64 if k == "columns" else np.float64)
        for k, v in LEGACY_KNN_ARRAYS.items()
    }
    tasks = [
        TaskSpec("metal", "classification", classes=[False, True]),
        TaskSpec("gap", "regression", hurdle=True),
    ]
    learner = learner_class("knn").restore(arrays, {}, LEGACY_KNN_META, tasks)
    query = np.array([[0.9, 0.1, 0.0], [0.3, 0.7, 0.0]])  # third column: not a fraction
    metal, gap = learner.predict(query)
    np.testing.assert_array_equal(metal["prob"], [[1.0, 0.0]])
    np.testing.assert_array_equal(gap["p_zero"], [[1.0, 0.0]])
    # inverse-L1-distance means of the two nearest non-zero rows:
    # (1.5/0.8 + 2.0/1.3) / (1/0.8 + 1/1.3) and (2.0/0.1 + 1.5/0.4) / (1/0.1 + 1/0.4)
    np.testing.assert_allclose(gap["value"], [[1.6904761904761905, 1.9]])
    assert learner.export()[2] == LEGACY_KNN_META


def test_a_stop_raised_inside_one_fit_reports_stopped_and_drops_unfinished_tasks() -> None:
    x, y, tasks = table(20, 2)
    jobs = task_jobs(x, y, None, None, tasks, [])
    stop = threading.Event()

    def fit_one(job, member):
        if job.task == 1:
            stop.set()
            raise StopTraining  # e.g. seen between two epochs
        return (job.key, member)

    models, stopped, incomplete = fit_jobs(jobs, 2, fit_one, stop)
    assert stopped == "stopped"
    assert incomplete == [1, 2]  # task 1 unfinished, task 2 never started
    assert sorted(models) == ["0.gate"]


def test_shared_parts_keep_their_contract() -> None:
    x = np.array([[1.0, np.nan, 3.0], [np.inf, 2.0, -np.inf]], dtype=np.float32)
    assert select_columns(x, None).dtype == np.float32
    np.testing.assert_array_equal(select_columns(x, np.array([0, 2]), np.float64), [[1, 3], [0, 0]])
    assert unprefixed(prefixed({"a": 1, "b.c": 2}, "inner."), "inner.") == {"a": 1, "b.c": 2}
    assert unprefixed({"c1.a": 1, "c10.a": 2}, "c1.") == {"a": 1}
    tasks = [TaskSpec("t", "classification"), TaskSpec("h", "regression", hurdle=True)]
    models = {"0.gate": [2.0, 3.0], "1.value": [1.0]}
    out = task_outputs(tasks, models, lambda key, m: np.full(4, m))
    assert out[0]["prob"].shape == (2, 4) and set(out[0]) == {"prob"}
    assert set(out[1]) == {"value"} and out[1]["value"].shape == (1, 4)
