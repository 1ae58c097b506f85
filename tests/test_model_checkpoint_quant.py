"""A checkpoint's own quantization_config against the one asked for: converted or refused."""

from __future__ import annotations

import json
import shutil

import pytest

from matsci_jupyter import errors
from matsci_jupyter.model import load_model


def _with_config(src, dst, quantization_config):
    shutil.copytree(src, dst)
    cfg = json.loads((dst / "config.json").read_text())
    cfg["quantization_config"] = quantization_config
    (dst / "config.json").write_text(json.dumps(cfg))
    return dst


def test_stale_gguf_config_still_gives_nf4_and_says_so(tiny_model_dir, tmp_path):
    folder = _with_config(tiny_model_dir, tmp_path / "m", {"quant_method": "gguf"})
    model = load_model(str(folder), cache_dir=tmp_path / "c")
    try:
        found = model.loaded_quantization()
        assert found.linear4bit == 14 and found.mode == "nf4"
        status = model.status()
        assert "14 of 15" in status.quantization  # lm_head stays full precision
        assert any("stale gguf" in n for n in status.notes)
    finally:
        model.close()


@pytest.mark.parametrize(
    ("config", "needle"),
    [
        ({"quant_method": "gptq", "bits": 4}, "GPTQ"),
        ({"quant_method": "awq", "bits": 4}, "AWQ"),
        ({"quant_method": "bitsandbytes", "load_in_8bit": True}, "8-bit"),
    ],
)
def test_foreign_quantization_is_refused_with_what_to_do(tiny_model_dir, tmp_path, config, needle):
    folder = _with_config(tiny_model_dir, tmp_path / "m", config)
    with pytest.raises(errors.CorruptCheckpointError, match=needle) as info:
        load_model(str(folder), cache_dir=tmp_path / "c")
    assert "full-precision" in str(info.value)


def test_saved_nf4_checkpoint_asked_as_bf16_is_refused(tiny_model, tmp_path):
    tiny_model.model.save_pretrained(tmp_path / "nf4")
    tiny_model.tokenizer.save_pretrained(tmp_path / "nf4")
    with pytest.raises(errors.CorruptCheckpointError, match="already quantized to 4-bit NF4"):
        load_model(str(tmp_path / "nf4"), quantization="bf16")
    again = load_model(str(tmp_path / "nf4"), quantization="nf4", cache_dir=tmp_path / "c")
    try:
        assert again.loaded_quantization().linear4bit == 14
    finally:
        again.close()


def test_status_reports_full_precision_from_the_modules(tiny_model_dir):
    model = load_model(str(tiny_model_dir), quantization="fp32")
    try:
        status = model.status()
        assert "fp32, not quantized" in status.quantization
        assert "NF4" not in status.quantization
    finally:
        model.close()


def test_gguf_file_without_the_gguf_package_says_how_to_install(tmp_path, monkeypatch):
    from matsci_jupyter.model import availability

    fake = tmp_path / "model.Q4_0.gguf"
    fake.write_bytes(b"GGUF" + b"\0" * 64)
    real = availability.is_available

    def without_gguf(name):
        return False if name == "gguf" else real(name)

    monkeypatch.setattr("matsci_jupyter.model.gguf.is_available", without_gguf)
    with pytest.raises(errors.MissingDependencyError, match="pip install"):
        load_model(str(fake), cache_dir=tmp_path / "c")


def test_broken_gguf_file_is_a_clear_error(tmp_path):
    fake = tmp_path / "broken.gguf"
    fake.write_bytes(b"not a gguf file at all" * 10)
    with pytest.raises(errors.CorruptCheckpointError, match=r"broken\.gguf"):
        load_model(str(fake), cache_dir=tmp_path / "c")
