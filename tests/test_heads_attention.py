"""The element-attention learner (engines/heads/attention.py): protocol, save/load, Stop."""

from __future__ import annotations

import threading

import numpy as np
import pytest

pytest.importorskip("torch")

from matsci_jupyter.engines.heads.attention import AttentionConfig, AttentionLearner
from matsci_jupyter.engines.heads.data import TaskSpec
from matsci_jupyter.engines.heads.learners import Learner, learner_class
from matsci_jupyter.errors import MatsciError

SYMBOLS = ["Fe", "Co", "Ni", "Cu", "Zn", "Al"]


def sweep_table(seed: int = 0) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Binary sweeps A(1-t)B(t); label: aluminium-rich (t > 0.5 with Al) or a Cu-Zn alloy."""
    rng = np.random.default_rng(seed)
    rows, labels, values = [], [], []
    for a in range(len(SYMBOLS)):
        for b in range(a + 1, len(SYMBOLS)):
            for t in np.linspace(0.05, 0.95, 12):
                frac = np.zeros(len(SYMBOLS))
                frac[a], frac[b] = 1 - t, t
                rows.append(frac)
                labels.append(float(frac[5] > 0.5 or (frac[3] > 0 and frac[4] > 0)))
                values.append(2.0 * frac[5] + frac[0])
    frac = np.asarray(rows)
    other = rng.normal(size=(len(frac), 2))
    x = np.hstack([other, frac]).astype(np.float32)
    names = ["noise: a", "noise: b"] + [f"fraction: {s}" for s in SYMBOLS]
    return x, np.column_stack([labels, values]), names


def small(**kw) -> AttentionLearner:
    return AttentionLearner(AttentionConfig(width=16, layers=1, heads=2, epochs=40, **kw))


def tasks() -> list[TaskSpec]:
    return [
        TaskSpec("rich", "classification", classes=[False, True]),
        TaskSpec("value", "regression"),
    ]


def test_fit_predict_learns_and_round_trips():
    x, y, names = sweep_table()
    learner = small()
    out = learner.fit(x, y, None, None, tasks(), seed=0, feature_labels=names)
    assert out["stopped"] == "completed" and out["incomplete_tasks"] == []
    assert isinstance(learner, Learner)
    assert learner_class("attn") is AttentionLearner
    pred = learner.predict(x)
    prob, value = pred[0]["prob"][0], pred[1]["value"][0]
    accuracy = np.mean((prob >= 0.5) == (y[:, 0] > 0.5))
    assert accuracy > 0.85, accuracy
    assert np.mean(np.abs(value - y[:, 1])) < 0.5 * np.mean(np.abs(y[:, 1] - y[:, 1].mean()))
    arrays, texts, meta = learner.export()
    assert all(isinstance(v, np.ndarray) for v in arrays.values())
    back = AttentionLearner.restore(arrays, texts, meta, tasks())
    again = back.predict(x[::5])
    np.testing.assert_allclose(again[0]["prob"], learner.predict(x[::5])[0]["prob"], rtol=1e-5)
    np.testing.assert_allclose(again[1]["value"], learner.predict(x[::5])[1]["value"], rtol=1e-5)


def test_the_elements_not_the_column_order_decide():
    """Rows are read as element sets: the same composition predicts the same."""
    x, y, names = sweep_table()
    learner = small(use_features=False)
    learner.fit(x, y[:, :1], None, None, tasks()[:1], seed=0, feature_labels=names)
    row = x[:1].copy()
    scaled = row.copy()
    scaled[0, 2:] *= 3.0  # amounts instead of fractions: same composition
    np.testing.assert_allclose(learner.predict(row)[0]["prob"], learner.predict(scaled)[0]["prob"])


def test_stop_keeps_no_half_trained_network():
    x, y, names = sweep_table()
    stop = threading.Event()
    stop.set()
    learner = small()
    out = learner.fit(x, y, None, None, tasks(), seed=0, feature_labels=names, stop=stop)
    assert out["stopped"] == "stopped"
    assert out["incomplete_tasks"] == [0, 1]
    assert learner.models == {} and learner.scales == {}
    assert learner.predict(x[:3]) == [{}, {}]


def test_without_element_fractions_it_says_what_is_missing():
    x, y, _ = sweep_table()
    names = [f"magpie: f{i}" for i in range(x.shape[1])]
    with pytest.raises(MatsciError, match="element-fraction"):
        small().fit(x, y, None, None, tasks(), feature_labels=names)


def test_auto_can_try_it_and_saves_the_choice():
    from matsci_jupyter.engines.heads.auto import DEFAULT_FAMILIES, AutoConfig, AutoLearner

    assert "attn" not in DEFAULT_FAMILIES  # opt-in: it did not win on matbench (see the report)
    x, y, names = sweep_table()
    auto = AutoLearner(AutoConfig(families=["knn", "attn"], inner_folds=2))
    out = auto.fit(x, y, None, None, tasks(), seed=0, feature_labels=names)
    assert out["stopped"] == "completed"
    scores = auto.report["inner_cv"]["rich"]
    assert "plain: attn" in scores and "plain: knn" in scores
    arrays, texts, meta = auto.export()
    back = AutoLearner.restore(arrays, texts, meta, tasks())
    np.testing.assert_allclose(back.predict(x[:9])[0]["prob"], auto.predict(x[:9])[0]["prob"])


def test_train_save_load_with_the_attention_learner(tmp_path):
    import pandas as pd

    from matsci_jupyter import heads

    df = heads.demo_table().head(120)
    trained = heads.train(df, "composition", ["gap expt"], learner="attn", validation=0.0)
    loaded = heads.load(trained.save(str(tmp_path / "attn-heads")))
    formulas = list(df["composition"].head(4))
    pd.testing.assert_frame_equal(loaded.predict(formulas), trained.predict(formulas))


def test_more_elements_than_any_training_row_and_missing_features_stay_finite():
    x, y, names = sweep_table()  # binary compositions only
    learner = small()
    learner.fit(x, y, None, None, tasks(), seed=0, feature_labels=names)
    six = x[:1].copy()
    six[0, 2:] = 1.0 / len(SYMBOLS)  # all six elements: never seen with more than two
    empty = x[:1].copy()
    empty[0, :] = np.nan  # features could not be computed
    pred = learner.predict(np.vstack([six, empty]))
    assert np.isfinite(pred[0]["prob"]).all() and np.isfinite(pred[1]["value"]).all()
