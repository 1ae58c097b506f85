"""Saved heads: round trip, atomic writes, checksums, compatibility messages."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from heads_support import COMPOUNDS

from matsci_jupyter import heads
from matsci_jupyter.engines.heads import store
from matsci_jupyter.engines.heads.backbones import CompatibilityError
from matsci_jupyter.errors import MatsciError

FORMULAS = COMPOUNDS[:24]


@pytest.fixture(scope="module")
def trained():
    from pymatgen.core import Composition

    df = pd.DataFrame(
        {
            "formula": FORMULAS,
            "chi": [Composition(f).average_electroneg for f in FORMULAS],
            "metal": [all(e.is_metal for e in Composition(f).elements) for f in FORMULAS],
        }
    )
    return {
        "mlp": heads.train(
            df,
            "formula",
            ["chi", "metal"],
            learner="mlp",
            epochs=15,
            ensemble=2,
            units={"chi": "Pauling"},
        ),
        "blend": heads.train(
            df,
            "formula",
            ["chi", "metal"],
            learner="blend",
            epochs=10,
            boost=heads.BoostConfig(n_estimators=30),
        ),
    }


@pytest.mark.parametrize("kind", ["mlp", "blend"])
def test_round_trip_gives_identical_predictions(trained, kind, tmp_path):
    h = trained[kind]
    folder = Path(h.save(str(tmp_path / "saved")))
    names = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    assert "metadata.json" in names and "weights.safetensors" in names
    if kind == "blend":
        assert any(n.startswith("trees/") for n in names)
    meta = json.loads((folder / "metadata.json").read_text())
    assert meta["backbone"]["name"] == "composition"
    assert meta["backbone"]["featurizer"]["matminer"]
    assert [t["name"] for t in meta["tasks"]] == ["chi", "metal"]
    assert meta["training"]["data_hash"] == h.training["data_hash"]
    assert set(meta["files"]) == set(names) - {"metadata.json"}
    if kind == "mlp":
        assert meta["tasks"][0]["unit"] == "Pauling"
        assert len(meta["learners"][0]["target_mean"]) == 2  # per-task normalization
    loaded = heads.load(folder)
    x = ["GaAs", "Cu", "SrTiO3"]
    pd.testing.assert_frame_equal(h.predict(x), loaded.predict(x))
    assert loaded.metrics == json.loads(json.dumps(h.metrics))


def test_saving_never_leaves_a_partial_model(trained, tmp_path, monkeypatch):
    h = trained["mlp"]
    target = tmp_path / "model"

    def boom(*args, **kwargs):
        raise KeyboardInterrupt  # a kernel interrupt in the middle of writing weights

    import safetensors.numpy

    monkeypatch.setattr(safetensors.numpy, "save_file", boom)
    with pytest.raises(KeyboardInterrupt):
        h.save(str(target))
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []  # temporary folder cleaned up
    monkeypatch.undo()
    h.save(str(target))
    before = (target / "metadata.json").read_text()
    monkeypatch.setattr(safetensors.numpy, "save_file", boom)
    with pytest.raises(KeyboardInterrupt):
        h.save(str(target), overwrite=True)
    assert (target / "metadata.json").read_text() == before  # the old model is intact
    assert heads.load(target).task_names == ["chi", "metal"]


def test_overwrite_rules(trained, tmp_path):
    h = trained["mlp"]
    target = tmp_path / "m"
    h.save(str(target))
    with pytest.raises(MatsciError, match="exists"):
        h.save(str(target))
    h.save(str(target), overwrite=True)
    other = tmp_path / "notes"
    other.mkdir()
    (other / "keep.txt").write_text("mine")
    with pytest.raises(Exception, match="not a saved-heads folder"):
        h.save(str(other), overwrite=True)
    assert (other / "keep.txt").read_text() == "mine"


def test_corrupt_and_incompatible_folders_are_explained(trained, tmp_path):
    h = trained["mlp"]
    folder = Path(h.save(str(tmp_path / "m")))
    weights = folder / "weights.safetensors"
    data = bytearray(weights.read_bytes())
    data[-1] ^= 0xFF
    weights.write_bytes(bytes(data))
    with pytest.raises(store.CorruptHeadsError, match="checksum"):
        heads.load(folder)

    folder = Path(h.save(str(tmp_path / "m2")))
    meta = json.loads((folder / "metadata.json").read_text())
    meta["backbone"]["featurizer"]["matminer"] = "0.0.1"
    meta["backbone"]["featurizer"]["recipe"] = 99
    (folder / "metadata.json").write_text(json.dumps(meta))
    with pytest.raises(CompatibilityError) as info:
        heads.load(folder)
    assert (
        "matminer" in str(info.value)
        and "recipe" in str(info.value)
        and "strict=False" in str(info.value)
    )
    loose = heads.load(folder, strict=False)
    assert loose.training["load_warnings"]
    assert np.isfinite(loose.predict(["NaCl"])["chi"]).all()

    with pytest.raises(store.CorruptHeadsError, match=r"metadata\.json is missing"):
        heads.load(tmp_path)
    with pytest.raises(Exception, match="no saved heads"):
        heads.load(tmp_path / "nothing-here")


def test_model_backbone_mismatch_is_named(tmp_path):
    from matsci_jupyter.engines.heads.backbones import backbone_from_meta
    from matsci_jupyter.model import NoModel

    meta = {"name": "model", "model": "llamat-2", "dim": 4096}
    with pytest.raises(CompatibilityError, match="llamat-2"):
        backbone_from_meta(meta, model=NoModel())
