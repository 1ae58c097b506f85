"""QLoRA: LoRA adapters on the 4-bit model trained with multi-task heads (tiny model, CPU)."""

from __future__ import annotations

import json
import threading

import numpy as np
import pytest

from matsci_jupyter.engines.heads import qlora
from matsci_jupyter.model import load_model

ROWS = [
    ("GaAs", 1.42, False),
    ("Si", 1.12, False),
    ("Cu", 0.0, True),
    ("ZnO", 3.3, False),
    ("Fe", 0.0, True),
    ("NaCl", 8.5, False),
    ("Al", 0.0, True),
    ("GaN", 3.4, False),
    ("MgO", 7.8, False),
    ("Ni", 0.0, True),
    ("CdTe", 1.5, False),
    ("Ag", 0.0, True),
]


def _frame():
    import pandas as pd

    df = pd.DataFrame(ROWS, columns=["formula", "gap", "is_metal"])
    df["is_metal"] = df["is_metal"].astype(object)
    df.loc[3, "is_metal"] = None  # a missing label: masked out of the loss
    return df


def _settings(**kw):
    base = dict(epochs=2, batch_size=4, max_length=16, dropout=0.0, validation=0.25, r=4)
    base.update(kw)
    return base


def test_train_save_load_predict_round_trip(tiny_model_dir, tmp_path):
    events = []
    llm = load_model(str(tiny_model_dir), for_training=True, cache_dir=tmp_path / "c")
    heads = qlora.train(
        _frame(),
        "formula",
        ["gap", "is_metal"],
        model=llm,
        callback=events.append,
        **_settings(),
    )
    steps = [e for e in events if e.stage == "train" and e.epoch is None]
    assert steps and all("ETA" in e.message for e in steps)
    assert [e.step for e in steps] == list(range(1, len(steps) + 1))
    assert any(e.epoch is not None and e.epoch.val_loss for e in events)
    assert heads.training["stopped"] == "completed" and heads.training["steps"] == len(steps)
    assert set(heads.metrics) == {"gap", "is_metal"}
    before = heads.predict(["GaAs", "Cu", "Fe2O3"])
    assert list(before.columns) == ["input", "gap", "is_metal", "is_metal probability"]
    assert np.isfinite(before["gap"]).all() and (before["gap"] >= 0).all()

    marked = heads.predict(["GaAs", "not a formula"], errors="mark")
    assert np.isfinite(marked["gap"].iloc[0]) and np.isnan(marked["gap"].iloc[1])
    assert marked["problem"].iloc[1]
    folder = heads.save(tmp_path / "qlora-heads")
    adapter = tmp_path / "qlora-heads" / "adapter"
    assert (adapter / "adapter_config.json").is_file()
    assert (adapter / "adapter_model.safetensors").is_file()
    cfg = json.loads((adapter / "adapter_config.json").read_text())
    assert cfg["r"] == 4 and cfg["peft_type"] == "LORA"
    meta = json.loads((tmp_path / "qlora-heads" / "qlora.json").read_text())
    assert meta["base_model"]["hidden_size"] == llm.model.config.hidden_size
    assert meta["versions"]["peft"]

    fresh = load_model(str(tiny_model_dir), for_training=True, cache_dir=tmp_path / "c")
    loaded = qlora.load(folder, model=fresh)
    after = loaded.predict(["GaAs", "Cu", "Fe2O3"])
    np.testing.assert_allclose(after["gap"], before["gap"], rtol=1e-4, atol=1e-4)
    np.testing.assert_allclose(
        after["is_metal probability"], before["is_metal probability"], rtol=1e-4, atol=1e-4
    )


def test_adapter_gradients_match_a_freshly_loaded_instance(tiny_model_dir, tmp_path):
    """Trap B: the instance that trained and predicted still gives the true gradients."""
    from pymatgen.core import Composition

    llm = load_model(str(tiny_model_dir), for_training=True, cache_dir=tmp_path / "c")
    heads = qlora.train(_frame(), "formula", ["gap", "is_metal"], model=llm, **_settings())
    heads.predict(["GaAs", "Cu"])  # inference on the training instance
    comps = [Composition(f) for f in ("GaAs", "Cu", "ZnO")]
    y = [[1.42, 0.0], [0.0, 1.0], [3.3, np.nan]]
    trained = qlora.adapter_gradients(heads, comps, y)
    folder = heads.save(tmp_path / "h")
    fresh = qlora.load(
        folder, model=load_model(str(tiny_model_dir), for_training=True, cache_dir=tmp_path / "c")
    )
    reference = qlora.adapter_gradients(fresh, comps, y)
    assert trained.keys() == reference.keys() and len(trained) >= 8
    for name, grad in reference.items():
        assert grad is not None and trained[name] is not None, name
        assert float(grad.abs().sum()) > 0, name
        np.testing.assert_allclose(
            trained[name].numpy(), grad.numpy(), rtol=1e-3, atol=1e-6, err_msg=name
        )


def test_stop_keeps_the_best_state(tiny_model_dir, tmp_path):
    stop = threading.Event()
    seen = []

    def callback(event):
        seen.append(event)
        if event.epoch is not None:
            stop.set()  # stop after the first epoch's validation

    llm = load_model(str(tiny_model_dir), for_training=True, cache_dir=tmp_path / "c")
    heads = qlora.train(
        _frame(), "formula", ["gap"], model=llm, callback=callback, stop=stop, **_settings(epochs=5)
    )
    assert heads.training["stopped"] == "stopped"
    assert heads.training["best_epoch"] == 1
    assert sum(e.epoch is not None for e in seen) == 1


def test_adapters_refuse_another_base_model(tiny_model_dir, odd_size_model_dir, tmp_path):
    from matsci_jupyter.engines.heads import CompatibilityError

    llm = load_model(str(tiny_model_dir), for_training=True, cache_dir=tmp_path / "c")
    heads = qlora.train(_frame(), "formula", ["gap"], model=llm, **_settings(epochs=1))
    folder = heads.save(tmp_path / "h")
    other = load_model(str(odd_size_model_dir), for_training=True, cache_dir=tmp_path / "c")
    with pytest.raises(CompatibilityError, match="hidden_size"):
        qlora.load(folder, model=other)


def test_bad_settings_are_refused():
    from matsci_jupyter.errors import MatsciError

    with pytest.raises(MatsciError, match="rank"):
        qlora.QLoRAConfig(r=0)
    with pytest.raises(MatsciError, match="unknown QLoRA setting"):
        qlora.train(_frame(), "formula", ["gap"], model=object(), lora_rank=4)


def test_finetuner_widget_trains_lora_adapters(tiny_model_dir, tmp_path, monkeypatch):
    from matsci_jupyter.widgets.finetune import FineTuner

    monkeypatch.setenv("MATSCI_CACHE_DIR", str(tmp_path / "c"))
    tuner = FineTuner(
        _frame(),
        targets=["gap", "is_metal"],
        backbone="model",
        adapters="lora",
        lora_r=4,
        model=str(tiny_model_dir),
    )
    tuner._on_train()
    assert tuner.wait(600)
    assert tuner.state == "done", tuner.error
    assert isinstance(tuner.heads, qlora.QLoRAHeads) and tuner.heads.config.r == 4
    assert any("ETA" in e.message for e in tuner.events)
    assert "gap" in tuner.metrics_table.value
    tuner.save_path.value = str(tmp_path / "saved")
    tuner._on_save()
    assert (tmp_path / "saved" / "adapter" / "adapter_model.safetensors").is_file()


def test_cli_finetune_with_lora(tiny_model_dir, tmp_path, monkeypatch):
    from matsci_jupyter.cli import main

    monkeypatch.setenv("MATSCI_CACHE_DIR", str(tmp_path / "c"))
    _frame().to_csv(tmp_path / "data.csv", index=False)
    args = ["finetune", "--data", str(tmp_path / "data.csv"), "--input", "formula"]
    args += ["--target", "gap", "--out", str(tmp_path / "out"), "--backbone", "model"]
    args += ["--adapters", "lora", "--lora-r", "4", "--model", str(tiny_model_dir)]
    assert main([*args, "--epochs", "1", "--batch-size", "4", "--quiet"]) == 0
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert report["mode"] == "qlora" and report["config"]["r"] == 4
    loaded = qlora.load(
        report["heads"],
        model=load_model(str(tiny_model_dir), for_training=True, cache_dir=tmp_path / "c"),
    )
    assert np.isfinite(loaded.predict(["GaAs"])["gap"]).all()
    # lora without the model backbone is a usage error, not a silent composition run
    assert main([*args[:-8], "--adapters", "lora", "--quiet"]) != 0
