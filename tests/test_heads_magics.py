"""``%matsci finetune`` / ``%matsci predict`` and the model-embedding backbone (scripted model)."""

from __future__ import annotations

import hashlib

import numpy as np
import pandas as pd
import pytest
from heads_support import COMPOUNDS

from matsci_jupyter import heads
from matsci_jupyter.engines.heads import session as heads_session
from matsci_jupyter.engines.heads.backbones import ModelBackbone
from matsci_jupyter.model.base import ModelBackend, ModelStatus

FORMULAS = COMPOUNDS[:24]


class ScriptedEmbedder(ModelBackend):
    """A stand-in model: deterministic 16-d 'embeddings' of the text (hash-seeded)."""

    kind = "scripted"

    def __init__(self, name: str = "scripted-embedder", dim: int = 16) -> None:
        super().__init__(name)
        self.dim = dim
        self.calls = 0

    def _generate(self, messages, opts):  # pragma: no cover - not used here
        return ""

    def embed(self, texts):
        texts = [texts] if isinstance(texts, str) else list(texts)
        self.calls += 1
        rows = []
        for t in texts:
            seed = int(hashlib.sha256(t.encode()).hexdigest()[:8], 16)
            rows.append(np.random.default_rng(seed).normal(size=self.dim))
        return np.asarray(rows, dtype=np.float32)

    def status(self):
        return ModelStatus(backend=self.kind, name=self.name)


@pytest.fixture
def ip():
    """Like conftest's ``ip``, but also when another test already started the global shell
    (``start_ipython()`` returns None on its second call)."""
    from IPython.testing.globalipapp import get_ipython, start_ipython

    from matsci_jupyter.model import session

    shell = start_ipython() or get_ipython()
    shell.run_line_magic("load_ext", "matsci_jupyter")
    yield shell
    shell.run_line_magic("unload_ext", "matsci_jupyter")
    session.unload()


@pytest.fixture
def table():
    from pymatgen.core import Composition

    return pd.DataFrame(
        {"formula": FORMULAS, "chi": [Composition(f).average_electroneg for f in FORMULAS]}
    )


@pytest.fixture(autouse=True)
def _forget_heads():
    heads_session.forget()
    yield
    heads_session.forget()


def test_finetune_magic_opens_the_widget(ip, table, capsys):
    from matsci_jupyter.widgets.finetune import FineTuner

    ip.user_ns["df"] = table
    app = ip.run_line_magic("matsci", "finetune df --target chi")
    assert isinstance(app, FineTuner) and app.target_columns.value == ("chi",)
    assert app.input_column.value == "formula"
    assert ip.run_line_magic("matsci", "finetune nothing_here") is None
    assert "no variable 'nothing_here'" in capsys.readouterr().err


def test_predict_magic_by_folder_variable_and_latest(ip, table, tmp_path, capsys):
    assert ip.run_line_magic("matsci", "predict latest NaCl") is None
    assert "no property heads yet" in capsys.readouterr().err
    h = heads.train(table, "formula", "chi", learner="mlp", epochs=10, units={"chi": "Pauling"})
    folder = h.save(str(tmp_path / "chi-heads"))
    heads_session.forget()
    out = ip.run_line_magic("matsci", f"predict {folder} GaAs NaCl")
    assert list(out.frame["input"]) == ["GaAs", "NaCl"] and np.isfinite(out.frame["chi"]).all()
    d = out.as_dict()
    assert d["kind"] == "heads-predictions" and d["rows"][0]["input"] == "GaAs"
    bundle = out._repr_mimebundle_()
    assert "GaAs" in bundle["text/plain"] and "<table" in bundle["text/html"]
    ip.user_ns["mine"] = h
    assert ip.run_line_magic("matsci", "predict mine ZnO").frame.shape[0] == 1
    assert ip.run_line_magic("matsci", "predict latest ZnO").frame.shape[0] == 1
    assert ip.run_line_magic("matsci", "predict mine notaformula!") is None
    err = capsys.readouterr().err
    assert err.startswith("matsci:") and "row 0" in err and "Traceback" not in err
    assert ip.run_line_magic("matsci", "predict nowhere ZnO") is None
    assert "no heads called 'nowhere'" in capsys.readouterr().err


def test_model_embedding_backbone(table, tmp_path):
    model = ScriptedEmbedder()
    h = heads.train(table, "formula", "chi", backbone=ModelBackbone(model), learner="mlp", epochs=5)
    assert h.backbone.describe() == {
        "name": "model",
        "model": "scripted-embedder",
        "dim": 16,
        "template": "Chemical composition: {formula}",
    }
    assert model.calls >= 1
    folder = h.save(str(tmp_path / "emb"))
    same = heads.load(folder, model=ScriptedEmbedder())
    pd.testing.assert_frame_equal(same.predict(["GaAs"]), h.predict(["GaAs"]))
    with pytest.raises(heads.CompatibilityError, match="other-model"):
        heads.load(folder, model=ScriptedEmbedder("other-model"))
    with pytest.raises(heads.CompatibilityError, match="width"):
        heads.load(folder, model=ScriptedEmbedder(dim=8))
    with pytest.raises(heads.CompatibilityError, match="scripted-embedder"):
        heads.load(folder)  # no model loaded at all


@pytest.mark.slow
def test_real_4bit_model_embeddings_as_backbone(tiny_model_dir, table, tmp_path):
    """The 'model' backbone on the real 4-bit tiny Llama (mean-pooled hidden states).

    Loads its own instance: inference repacks 4-bit weights, which must not leak into the
    session-wide ``tiny_model`` other tests inspect.
    """
    from matsci_jupyter.model import load_model

    model = load_model(str(tiny_model_dir), cache_dir=tmp_path / "cache")
    try:
        h = heads.train(
            table, "formula", "chi", backbone=ModelBackbone(model), learner="mlp", epochs=5
        )
        assert h.backbone.describe()["dim"] == model.model.config.hidden_size
        pred = h.predict(["GaAs", "NaCl"])
        assert np.isfinite(pred["chi"]).all()
        loaded = heads.load(h.save(str(tmp_path / "tiny")), model=model)
        pd.testing.assert_frame_equal(loaded.predict(["GaAs"]), h.predict(["GaAs"]))
    finally:
        model.close()
