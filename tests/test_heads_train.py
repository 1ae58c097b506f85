"""Training multi-task heads: mixed tasks, missing labels, hurdles, ensembles, Stop, interrupt."""

from __future__ import annotations

import threading

import numpy as np
import pandas as pd
import pytest
from heads_support import COMPOUNDS

from matsci_jupyter import heads
from matsci_jupyter.engines.heads.boosted import find_links
from matsci_jupyter.engines.heads.data import TaskSpec
from matsci_jupyter.engines.heads.train import split_validation

FORMULAS = COMPOUNDS


def toy_frame() -> pd.DataFrame:
    """Synthetic but learnable labels from pymatgen: metal = every element a metal;
    'gap' = 0 for metals, else the mean electronegativity (a stand-in with a hurdle);
    'chi' = mean electronegativity for every row."""
    from pymatgen.core import Composition

    rows = []
    for f in FORMULAS:
        c = Composition(f)
        metal = all(el.is_metal for el in c.elements)
        rows.append(
            {
                "formula": f,
                "metal": metal,
                "gap": 0.0 if metal else c.average_electroneg,
                "chi": c.average_electroneg,
            }
        )
    df = pd.DataFrame(rows)
    df["metal"] = df["metal"].astype(object)
    df.loc[::4, "metal"] = None  # missing labels per task
    df.loc[1::5, "chi"] = np.nan
    return df


@pytest.fixture(scope="module")
def df() -> pd.DataFrame:
    return toy_frame()


def test_mlp_learns_mixed_tasks_and_keeps_the_frame(df):
    before = df.copy(deep=True)
    events = []
    h = heads.train(
        df,
        "formula",
        ["gap", "metal", "chi"],
        learner="mlp",
        epochs=60,
        validation=0.25,
        seed=1,
        callback=events.append,
        kinds={"metal": "classification"},
    )
    pd.testing.assert_frame_equal(df, before)
    assert [t.kind for t in h.tasks] == ["regression", "classification", "regression"]
    assert h.learners[0].kind == "mlp"
    stages = [e.stage for e in events]
    assert stages[0] == "featurize" and stages[-1] == "done" and "train" in stages
    assert all(0.0 <= e.fraction <= 1.0 for e in events)
    epochs = [e.epoch for e in events if e.epoch is not None]
    assert {"gap", "metal", "chi"} <= set(epochs[0].train_loss) and epochs[0].val_loss
    assert set(h.metrics) == {"gap", "metal", "chi"}
    assert h.metrics["chi"]["mae"] < np.std(df["chi"].dropna()) * 1.5  # learned something, not wild
    pred = h.predict(["GaAs", "Cu", "NaCl"])
    assert list(pred.columns) == ["input", "gap", "metal", "metal probability", "chi"]
    assert (
        pred.loc[1, "gap"] == 0.0 or pred.loc[1, "gap"] >= 0.0
    )  # hurdle + clipping: never negative
    assert (pred["gap"] >= 0).all()
    assert set(pred["metal"]) <= {True, False}
    assert ((pred["metal probability"] >= 0) & (pred["metal probability"] <= 1)).all()
    assert h.training["rows"] + h.training["validation_rows"] == len(df)
    assert h.as_dict()["kind"] == "heads"
    bundle = h._repr_mimebundle_()
    assert "text/plain" in bundle and "<table" in bundle["text/html"]


def test_ensemble_gives_uncertainty_and_gbm_learns(df):
    h = heads.train(
        df,
        "formula",
        ["gap", "metal"],
        learner="gbm",
        ensemble=2,
        validation=0.2,
        boost=heads.BoostConfig(n_estimators=60),
    )
    pred = h.predict(pd.DataFrame({"formula": ["ZnO", "Fe"], "other": [1, 2]}))
    assert "gap uncertainty" in pred.columns and "metal uncertainty" in pred.columns
    assert (pred["gap uncertainty"] >= 0).all()
    links = h.learners[0].links
    assert any(
        h.tasks[lk.source].name == "metal" and h.tasks[lk.target].name == "gap" for lk in links
    )


def test_links_only_between_tasks_that_agree():
    y = np.array([[0.0, 1], [1.2, 0], [0.0, 1], [2.0, 0]] * 10)
    tasks = [TaskSpec("gap", "regression", zero_fraction=0.5), TaskSpec("metal", "classification")]
    links = find_links(y, tasks)
    assert {(lk.source, lk.target, lk.invert) for lk in links} == {(0, 1, False), (1, 0, False)}
    y[:, 1] = np.tile([1, 1, 0, 0], 10)  # unrelated labels: no link
    assert find_links(y, tasks) == []


def test_validation_split_groups_equal_compositions():
    keys = ["a", "a", "b", "c", "c", "d", "e", "f", "g", "h", "i", "j"]
    y = np.ones((len(keys), 1))
    tr, va = split_validation(keys, y, 0.3, seed=0)
    assert not {keys[i] for i in tr} & {keys[i] for i in va}
    assert sorted(np.concatenate([tr, va]).tolist()) == list(range(len(keys)))


def test_stop_keeps_the_best_weights(df):
    stop = threading.Event()
    seen = []

    def callback(event):
        seen.append(event)
        if event.epoch is not None and event.epoch.epoch >= 5:
            stop.set()

    h = heads.train(df, "formula", ["chi"], learner="mlp", epochs=500, callback=callback, stop=stop)
    assert h.training["stopped"] == "stopped"
    last = max(e.epoch.epoch for e in seen if e.epoch is not None)
    assert last < 10
    assert h.learners[0].best_epochs[0] <= last
    assert np.isfinite(h.predict(["NaCl"])["chi"]).all()


def test_keyboard_interrupt_returns_the_best_so_far(df):
    def callback(event):
        if event.epoch is not None and event.epoch.epoch == 3:
            raise KeyboardInterrupt

    h = heads.train(df, "formula", ["chi"], learner="mlp", epochs=500, callback=callback)
    assert h.training["stopped"] == "interrupted"
    assert np.isfinite(h.predict(["KCl"])["chi"]).all()


def test_stopping_gbm_midway_drops_unfinished_tasks(df):
    stop = threading.Event()

    def callback(event):
        if event.epoch is not None and "chi" in event.epoch.train_loss:
            stop.set()  # while the first task trains: the second never gets a model

    h = heads.train(
        df,
        "formula",
        ["chi", "metal"],
        learner="gbm",
        callback=callback,
        stop=stop,
        boost=heads.BoostConfig(n_estimators=200),
    )
    assert h.training["stopped"] == "stopped"
    assert h.task_names == ["chi"]
    assert any("left out" in n for n in h.training["notes"])
    assert list(h.predict(["NaCl"]).columns) == ["input", "chi"]


def test_predict_uses_latest_heads_and_reports_bad_inputs(df):
    h = heads.train(df, "formula", ["chi"], learner="mlp", epochs=10)
    out = heads.predict(["NaCl"])
    assert list(out["input"]) == ["NaCl"]
    with pytest.raises(heads.InputError, match="row 1"):
        h.predict(["NaCl", "bogus!"])
    marked = h.predict(["NaCl", "bogus!", None], errors="mark")
    assert (
        np.isnan(marked.loc[1, "chi"])
        and marked.loc[1, "problem"]
        and marked.loc[2, "problem"] == "no input"
    )


def test_unknown_learner_and_backbone(df):
    from matsci_jupyter.errors import MatsciError

    with pytest.raises(MatsciError, match="learner"):
        heads.train(df, "formula", ["chi"], learner="svm")
    from matsci_jupyter.errors import NoModelError

    with pytest.raises(NoModelError, match="composition"):
        heads.train(df, "formula", ["chi"], backbone="model")


def test_forest_learner_and_blends_round_trip(df, tmp_path):
    h = heads.train(
        df,
        "formula",
        ["gap", "metal", "chi"],
        learner="forest+gbm",
        ensemble=2,
        forest=heads.ForestConfig(n_estimators=20, feature_blocks=["fraction", "magpie"]),
        boost=heads.BoostConfig(n_estimators=30),
        kinds={"metal": "classification"},
    )
    assert [lr.kind for lr in h.learners] == ["forest", "gbm"]
    forest = h.learners[0]
    assert forest.columns is not None and 0 < len(forest.columns) < len(
        h.backbone.featurizer.labels
    )
    x = ["GaAs", "Cu", "NaCl"]
    loaded = heads.load(h.save(str(tmp_path / "f")))
    pd.testing.assert_frame_equal(h.predict(x), loaded.predict(x))


def test_structures_and_cif_text_as_inputs(df, shared_data):
    from pymatgen.core import Lattice, Structure

    h = heads.train(df, "formula", ["chi"], learner="gbm", boost=heads.BoostConfig(n_estimators=20))
    nacl = Structure(Lattice.cubic(5.64), ["Na", "Cl"], [[0, 0, 0], [0.5, 0.5, 0.5]])
    cif = (shared_data / "cif" / "LiFePO4.cif").read_text()
    bad = (shared_data / "cif" / "nosites.cif").read_text()
    frame = pd.DataFrame({"structure": [nacl, cif, bad]})
    out = h.predict(frame, input="structure", errors="mark")
    assert out.loc[0, "input"] == "Na1 Cl1" and np.isfinite(out.loc[0, "chi"])
    assert out.loc[0, "chi"] == h.predict(["NaCl"]).loc[0, "chi"]
    assert (
        "Li" in out.loc[1, "input"]
        and "Fe" in out.loc[1, "input"]
        and "\n" not in out.loc[1, "input"]
    )
    assert out.loc[1, "problem"] == "" and np.isfinite(out.loc[1, "chi"])
    assert out.loc[2, "problem"] and np.isnan(out.loc[2, "chi"])  # a CIF without atom sites
