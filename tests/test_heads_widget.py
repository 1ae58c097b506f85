"""The FineTuner widget driven without a browser: Train, Stop, Save, bad input."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from heads_support import COMPOUNDS

from matsci_jupyter import FineTuner, heads

FORMULAS = COMPOUNDS[:30]


@pytest.fixture
def df() -> pd.DataFrame:
    from pymatgen.core import Composition

    comps = [Composition(f) for f in FORMULAS]
    metal = [all(e.is_metal for e in c.elements) for c in comps]
    return pd.DataFrame(
        {
            "formula": FORMULAS,
            "note": ["x"] * len(FORMULAS),
            "gap": [0.0 if m else c.average_electroneg for m, c in zip(metal, comps, strict=False)],
            "is_metal": metal,
        }
    )


def test_train_then_save(df, tmp_path):
    before = df.copy(deep=True)
    app = FineTuner(df)
    assert app.input_column.value == "formula"  # guessed from the contents
    app.target_columns.value = ("gap", "is_metal")
    assert "classification" in app.kinds_note.value and "regression" in app.kinds_note.value
    app.learner.value = "mlp"
    assert not app.epochs.disabled and app.trees.disabled
    app.epochs.value = 20
    app.ensemble.value = 2
    assert app.save_button.disabled and app.stop_button.disabled
    app.train_button.click()
    assert app.wait(120), "training finished"
    assert app.state == "done", app.error
    pd.testing.assert_frame_equal(df, before)
    assert app.progress.value == 1.0
    names = {trace.name for trace in app.loss_figure.data}
    assert {"gap train", "gap validation", "is_metal train", "is_metal validation"} <= names
    assert all(len(trace.x) >= 1 for trace in app.loss_figure.data)
    titles = [fig.layout.title.text for fig in app.result_plots.children]
    assert any("parity" in t for t in titles) and any("ROC" in t for t in titles)
    assert any("confusion" in t for t in titles)
    assert "mae" in app.metrics_table.value and "roc_auc" in app.metrics_table.value
    assert "gap uncertainty" in app.heads.predict(["GaAs"]).columns
    assert not app.save_button.disabled
    app.save_path.value = str(tmp_path / "saved-heads")
    app.save_button.click()
    assert "saved to" in app.save_status.value
    loaded = heads.load(tmp_path / "saved-heads")
    pd.testing.assert_frame_equal(loaded.predict(["ZnO", "Cu"]), app.heads.predict(["ZnO", "Cu"]))
    app.save_button.click()  # same folder again without overwrite: a message, not a traceback
    assert "already exists" in app.save_status.value
    assert app.as_dict()["kind"] == "finetuner"


def test_stop_keeps_best_weights(df):
    app = FineTuner(df, targets=["gap"])
    app.learner.value = "mlp"
    app.epochs.value = 1000
    app.train_button.click()
    for _ in range(600):  # wait for the first epochs, then press Stop
        if any(e.epoch is not None and e.epoch.epoch >= 3 for e in list(app.events)):
            break
        app.wait(0.05)
    app.stop_button.click()
    assert app.wait(60)
    assert app.state == "stopped", app.error
    epochs = max(e.epoch.epoch for e in app.events if e.epoch is not None)
    assert epochs < 1000
    assert app.heads.training["stopped"] == "stopped"
    assert np.isfinite(app.heads.predict(["NaCl"])["gap"]).all()
    assert not app.save_button.disabled and not app.train_button.disabled


def test_bad_input_shows_messages_and_trains_nothing(df):
    bad = df.copy()
    bad.loc[3, "formula"] = "no formula here"
    app = FineTuner(bad, input="formula", targets=["gap"])
    app.train_button.click()
    assert app.state == "error" and app._thread is None
    assert "row 3" in app.messages.value and "no formula here" in app.messages.value
    app.target_columns.value = ("note",)  # one class
    app.input_column.value = "formula"
    app.train_button.click()
    assert "only one class" in app.messages.value or "row 3" in app.messages.value
    small = FineTuner(df.head(5), targets=["gap"])
    small.train_button.click()
    assert "at least 10" in small.messages.value


def test_model_backbone_without_a_model(df):
    app = FineTuner(df, targets=["gap"])
    app.backbone.value = "model"
    assert "load" in app.messages.value
    app.train_button.click()
    assert app.state == "error" and "composition" in app.messages.value


def test_boosted_trees_with_live_curves(df):
    app = FineTuner(df, targets=["gap", "is_metal"])
    app.learner.value = "gbm"
    assert app.epochs.disabled and not app.trees.disabled
    app.trees.value = 60
    app.train_button.click()
    assert app.wait(120) and app.state == "done", app.error
    names = {trace.name for trace in app.loss_figure.data}
    assert {"gap (is zero) train", "gap (non-zero) train", "is_metal train"} <= names
    assert app.heads.learners[0].kind == "gbm"


def test_a_million_rows_is_refused_in_the_widget():
    big = pd.DataFrame(
        {"formula": np.full(1_000_000, "NaCl", dtype=object), "y": np.zeros(1_000_000)}
    )
    app = FineTuner(big, input="formula", targets=["y"])
    app.train_button.click()
    assert app.state == "error" and app._thread is None
    assert "1,000,000 rows" in app.messages.value and "sample" in app.messages.value


# -- issue 13: a finished result is never discarded; targets; exported HTML -----------------
@pytest.fixture
def demo() -> pd.DataFrame:
    table = heads.demo_table().head(120).copy()  # ships with the package: no ../shared needed
    table["row_id"] = np.arange(len(table))
    return table


def test_id_and_input_columns_are_not_offered_as_targets(demo):
    app = FineTuner(demo)
    assert app.input_column.value == "composition"
    offered = set(app.target_columns.options)
    assert offered == {"gap expt", "is_metal"}, offered  # not mbid, row_id, composition
    assert app.learner.value == "auto" and not app.metric.disabled
    labelled = [app.learning_rate, app.validation, app.budget, app.ensemble]
    assert all(w.style.description_width == "110px" for w in labelled)  # labels not cut off
    assert app.loss_box.layout.display == "none"  # no empty axes before training


def test_stop_during_a_second_run_keeps_the_first(demo):
    app = FineTuner(demo, targets=["gap expt"])
    app.learner.value = "forest"
    app.trees.value = 40
    app.train_button.click()
    assert app.wait(120) and app.state == "done", app.error
    first = app.heads
    table, plots = app.metrics_table.value, app.result_plots.children
    assert "mae" in table and plots
    app.learner.value = "auto"  # a second run, stopped before it finishes a model
    app.train_button.click()
    assert app.state == "training" and app.heads is first  # shown until a new one finishes
    app.stop_button.click()
    assert app.wait(120)
    assert app.state == "stopped" and app.error is None
    assert app.heads is first
    assert app.metrics_table.value == table and app.result_plots.children == plots
    assert "Training failed" not in app.status.value and "previous result" in app.status.value
    assert not app.save_button.disabled
    assert np.isfinite(app.heads.predict(["GaAs"])["gap expt"]).all()


def test_exported_html_shows_static_results(demo):
    import nbformat
    from nbconvert import HTMLExporter

    app = FineTuner(demo, targets=["gap expt", "is_metal"])
    app.learner.value = "gbm"
    app.trees.value = 40
    before = app._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in before
    assert not repr(app).startswith("FineTuner(children")
    app.train_button.click()
    assert app.wait(120) and app.state == "done", app.error
    bundle = app._repr_mimebundle_()
    # an exported notebook without widget state: what nbconvert shows for this output
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("app")
    cell.outputs = [nbformat.v4.new_output("display_data", data=bundle)]
    nb.cells.append(cell)
    body, _ = HTMLExporter().from_notebook_node(nb)
    assert "FineTuner(children" not in body
    assert body.count("<svg") >= 4  # loss curves, parity, ROC, confusion
    assert "gap expt: parity" in body and "is_metal: ROC" in body
    assert "Validation metrics" in body and "balanced_accuracy" in body
