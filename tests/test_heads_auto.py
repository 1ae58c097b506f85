"""learner='auto': inner-CV choice, thresholds, save/load; out-of-domain warnings."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest

from matsci_jupyter import heads
from matsci_jupyter.engines.heads.auto import (
    AutoConfig,
    AutoLearner,
    composition_groups,
    inner_folds,
)
from matsci_jupyter.engines.heads.domain import OutOfDomainWarning
from matsci_jupyter.engines.heads.learners import Learner, learner_class, register_learner


@pytest.fixture(scope="module")
def trained():
    df = heads.demo_table().head(200)
    return heads.train(
        df,
        "composition",
        ["gap expt", "is_metal"],
        units={"gap expt": "eV"},
        budget_minutes=3,
        seed=0,
    )


def test_auto_reports_its_choice_and_the_candidates(trained):
    auto = trained.training["auto"]
    assert set(auto["chosen"]) == {"gap expt", "is_metal"}
    gap, metal = auto["chosen"]["gap expt"], auto["chosen"]["is_metal"]
    assert gap["structure"] in ("plain", "hurdle") and metal["structure"] == "plain"
    assert 0.0 < metal["threshold"] < 1.0 and metal["calibrated"] in (True, False)
    # the chosen blend's score is the best of the candidates it compared
    metal_scores = auto["inner_cv"]["is_metal"]
    gap_scores = auto["inner_cv"]["gap expt"]
    assert len(metal_scores) >= 2 and len(gap_scores) >= 2
    assert metal["inner_cv"] >= max(metal_scores.values()) - 2e-3
    assert gap["inner_cv"] <= min(gap_scores.values()) * 1.002
    task = {t.name: t for t in trained.tasks}
    assert task["is_metal"].threshold == pytest.approx(metal["threshold"])
    text = repr(trained)
    assert "auto chose" in text and "candidates:" in text


def test_auto_heads_save_and_load_identically(trained, tmp_path):
    folder = trained.save(str(tmp_path / "auto-heads"))
    loaded = heads.load(folder)
    formulas = ["GaAs", "Cu", "ZnO", "LiFePO4", "NaCl", "Fe3Al"]
    pd.testing.assert_frame_equal(loaded.predict(formulas), trained.predict(formulas))
    assert isinstance(loaded.learners[0], Learner)


def test_threshold_decides_the_label(trained):
    out = trained.predict(["GaAs", "Cu", "ZnO", "Fe3Al", "SiO2", "Al"])
    t = {t.name: t for t in trained.tasks}["is_metal"].threshold
    expect = out["is_metal probability"] >= t
    assert (out["is_metal"].astype(bool) == expect).all()


def test_inner_folds_keep_a_composition_together():
    from pymatgen.core import Composition

    from matsci_jupyter.engines.heads.backbones import CompositionBackbone

    formulas = ["Cu9S5", "Cu1.8S1", "TeSe", "Te0.5Se0.5", "GaAs", "NaCl", "KCl", "ZnO"] * 2
    bb = CompositionBackbone()
    x = bb.features([Composition(f) for f in formulas])
    groups = composition_groups(x, bb.featurizer.labels)
    assert groups[0] == groups[1] and groups[2] == groups[3] and groups[0] != groups[2]
    fold = inner_folds(groups, 3, seed=0)
    for g in np.unique(groups):
        assert len(set(fold[groups == g])) == 1


def test_auto_config_and_registry_refuse_nonsense():
    with pytest.raises(heads.MatsciError if hasattr(heads, "MatsciError") else Exception):
        AutoConfig(metric="accuracy")
    with pytest.raises(Exception, match="families"):
        AutoConfig(families=["svm"])
    assert learner_class("auto") is AutoLearner
    with pytest.raises(ValueError, match="already registered"):
        register_learner("gbm", "somewhere:Else")
    with pytest.raises(Exception, match="auto"):
        heads.TrainSettings(learner="auto+gbm")


def test_out_of_domain_inputs_are_flagged(trained):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = trained.predict(["GaAs", "Og", "H1000000000000"])
    flags = dict(zip(out["input"], out["domain warning"], strict=True))
    assert flags["GaAs"] == ""
    assert "Og" in flags["Og"] and "not in training" in flags["Og"]
    assert "atoms per formula" in flags["H1000000000000"]
    assert [w.category for w in caught].count(OutOfDomainWarning) == 1
    assert "2 inputs outside the training domain" in str(caught[0].message)


def test_nan_text_is_a_missing_value_not_sodium_nitride(trained):
    with pytest.raises(heads.InputError, match="missing value"):
        trained.predict(["NaN"])
    marked = trained.predict(["NaN", "GaAs"], errors="mark")
    assert "missing value" in marked["problem"][0] and marked["problem"][1] == ""
    assert np.isnan(marked["gap expt"][0])


@pytest.mark.parametrize("kind", ["gbm", "forest", "knn", "mlp", "auto"])
def test_every_learner_implements_the_protocol(kind):
    from matsci_jupyter.engines.heads.train import TrainSettings, make_learners

    (learner,) = make_learners(TrainSettings(learner=kind))
    assert isinstance(learner, Learner)
    assert learner.kind == kind and learner_class(kind) is type(learner)


def test_nearest_neighbours_round_trip(tmp_path):
    df = heads.demo_table().head(80)
    h = heads.train(df, "composition", ["gap expt", "is_metal"], learner="knn", seed=0)
    loaded = heads.load(h.save(str(tmp_path / "knn")))
    formulas = ["GaAs", "Cu", "ZnO"]
    pd.testing.assert_frame_equal(loaded.predict(formulas), h.predict(formulas))
