"""Neighbour-label features (engines/heads/neighborfeatures.py) and the 'gbm-nbr' learner."""

from __future__ import annotations

import numpy as np
import pytest

from matsci_jupyter.engines.heads.data import TaskSpec
from matsci_jupyter.engines.heads.learners import Learner, learner_class
from matsci_jupyter.engines.heads.neighborfeatures import (
    NeighborBoostConfig,
    NeighborBoostLearner,
    _label_names,
    neighbour_label_features,
    out_of_fold_features,
)

ELEMENTS = 6  # fraction columns of the toy tables


def fractions(rows: list[dict[int, float]]) -> np.ndarray:
    out = np.zeros((len(rows), ELEMENTS))
    for i, row in enumerate(rows):
        for el, amount in row.items():
            out[i, el] = amount
    return out / out.sum(1, keepdims=True)


def column(name: str, binary: bool = True) -> int:
    return [n.strip() for n in _label_names("", binary)].index(name)


def test_features_read_the_neighbours_and_the_chemical_systems():
    ref = fractions([{0: 0.5, 1: 0.5}, {0: 0.7, 1: 0.3}, {0: 1.0}, {0: 0.4, 1: 0.3, 2: 0.3}])
    labels = np.array([1.0, 0.0, 0.0, 1.0])
    query = fractions([{0: 0.5, 1: 0.5}, {3: 1.0}])
    feats = neighbour_label_features(ref, labels, query, binary=True)
    assert feats.shape == (2, len(_label_names("", True)))
    first, far = feats
    assert first[column("nearest distance")] == pytest.approx(0.0)
    assert first[column("mean label of 1 nearest")] == pytest.approx(1.0)
    assert first[column("distance to nearest class 1")] == pytest.approx(0.0)
    assert first[column("distance to nearest class 0")] == pytest.approx(0.4)
    # same system Fe-Co-like {0, 1}: two rows, labels 1 and 0; sub-system {0}; super {0, 1, 2}
    assert first[column("same system count")] == 2
    assert first[column("same system mean label")] == pytest.approx(0.5)
    assert first[column("sub-systems count")] == 1
    assert first[column("sub-systems mean label")] == pytest.approx(0.0)
    assert first[column("super-systems count")] == 1
    assert first[column("super-systems mean label")] == pytest.approx(1.0)
    # an element no row has: nothing shared, distances 2, no system statistics
    assert far[column("nearest distance")] == pytest.approx(2.0)
    assert far[column("same system count")] == 0
    assert np.isnan(far[column("same system mean label")])


def test_out_of_fold_features_never_see_the_rows_own_composition():
    # every composition twice with the same label: a leak would show distance 0
    base = fractions([{0: 1 - t, 1: t} for t in np.linspace(0.05, 0.95, 19)])
    frac = np.vstack([base, base])
    labels = np.tile((np.linspace(0.05, 0.95, 19) > 0.5).astype(float), 2)
    groups = np.tile(np.arange(19), 2)
    feats = out_of_fold_features(frac, labels, groups, binary=True, folds=5, seed=0)
    assert (feats[:, column("nearest distance")] > 0.05).all()
    assert np.isfinite(feats[:, column("mean label of 5 nearest")]).all()


def test_unlabelled_rows_are_not_neighbours():
    frac = fractions([{0: 1.0}, {0: 0.9, 1: 0.1}, {0: 0.8, 1: 0.2}, {1: 1.0}])
    labels = np.array([1.0, np.nan, 0.0, 0.0])
    feats = out_of_fold_features(frac, labels, np.arange(4), binary=True, folds=2, seed=1)
    assert np.isfinite(feats[:, column("nearest distance")]).all()


def sweep_table(seed: int = 0) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Binary sweeps through 10 systems; each system is 'positive' in its own window."""
    rng = np.random.default_rng(seed)
    rows, labels = [], []
    for a in range(ELEMENTS):
        for b in range(a + 1, ELEMENTS):
            lo = rng.uniform(0.1, 0.6)
            for t in np.linspace(0.04, 0.96, 24):
                rows.append({a: 1 - t, b: t})
                labels.append(float(lo < t < lo + 0.3))
    frac = fractions(rows)
    other = rng.normal(size=(len(frac), 3))  # features that say nothing
    x = np.hstack([other, frac])
    names = [f"noise: {i}" for i in range(3)] + [f"fraction: E{i}" for i in range(ELEMENTS)]
    return x, np.asarray(labels)[:, None], names


def small_learner() -> NeighborBoostLearner:
    return NeighborBoostLearner(
        NeighborBoostConfig(
            boost={"n_estimators": 60, "learning_rate": 0.1, "min_child_samples": 5}
        )
    )


def test_learner_round_trip_and_protocol():
    x, y, names = sweep_table()
    task = TaskSpec("positive", "classification", classes=[False, True])
    learner = small_learner()
    out = learner.fit(x, y, None, None, [task], seed=0, feature_labels=names)
    assert out["stopped"] == "completed"
    assert isinstance(learner, Learner)
    assert learner_class("gbm-nbr") is NeighborBoostLearner
    arrays, texts, meta = learner.export()
    back = NeighborBoostLearner.restore(arrays, texts, meta, [task])
    probe = x[::7]
    np.testing.assert_allclose(back.predict(probe)[0]["prob"], learner.predict(probe)[0]["prob"])


def test_neighbour_features_help_on_composition_sweeps():
    from sklearn.metrics import balanced_accuracy_score

    from matsci_jupyter.engines.heads.boosted import BoostConfig, BoostedLearner

    x, y, names = sweep_table()
    task = TaskSpec("positive", "classification", classes=[False, True])
    test = np.arange(len(x)) % 4 == 0
    nbr = small_learner()
    nbr.fit(x[~test], y[~test], None, None, [task], seed=0, feature_labels=names)
    plain = BoostedLearner(BoostConfig(n_estimators=60, learning_rate=0.1, min_child_samples=5))
    plain.fit(x[~test], y[~test], None, None, [task], seed=0, feature_labels=names)
    truth = y[test, 0]
    ba_nbr = balanced_accuracy_score(truth, nbr.predict(x[test])[0]["prob"][0] >= 0.5)
    ba_plain = balanced_accuracy_score(truth, plain.predict(x[test])[0]["prob"][0] >= 0.5)
    assert ba_nbr > ba_plain + 0.02, (ba_nbr, ba_plain)


def test_regression_with_zeros_also_describes_the_is_zero_question():
    x, y, names = sweep_table()
    values = np.where(y[:, 0] > 0, 1.0 + x[:, 3], 0.0)[:, None]
    task = TaskSpec("gap", "regression", zero_fraction=float(np.mean(values == 0)), hurdle=True)
    learner = small_learner()
    learner.fit(x, values, None, None, [task], seed=0, feature_labels=names)
    assert [v[0] for v in learner.ref_views] == ["gap", "gap is zero"]
    pred = learner.predict(x[:5])[0]
    assert set(pred) == {"p_zero", "value"}
