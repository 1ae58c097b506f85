"""The local 4-bit model layer on tiny checkpoints built in the test session."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest

from matsci_jupyter import errors
from matsci_jupyter.model import load_model
from matsci_jupyter.model.availability import cpu_has_avx512_bf16


def test_loads_in_4bit_nf4_with_double_quant(tiny_model):
    import bitsandbytes as bnb

    layers = [m for m in tiny_model.model.modules() if isinstance(m, bnb.nn.Linear4bit)]
    assert len(layers) == 2 * 7  # q k v o gate up down per layer
    qs = layers[0].weight.quant_state
    assert qs.quant_type == "nf4"
    # double quantization (after CPU inference bitsandbytes keeps the flag as original_nested)
    assert getattr(qs, "original_nested", qs.nested)
    assert tiny_model.model.config.quantization_config.bnb_4bit_use_double_quant
    assert not isinstance(tiny_model.model.lm_head, bnb.nn.Linear4bit)
    status = tiny_model.status()
    assert status.device == "cpu" and "NF4" in status.quantization
    assert status.memory_bytes and status.memory_bytes > 0
    assert status.load_seconds is not None


def test_generate_is_deterministic_text(tiny_model):
    a = tiny_model.generate("What is the band gap of Si?", max_new_tokens=8)
    b = tiny_model.generate(
        [{"role": "user", "content": "What is the band gap of Si?"}], max_new_tokens=8
    )
    assert isinstance(a, str) and a == b


def test_stream_yields_pieces_that_join_to_generate(tiny_model):
    pieces = list(tiny_model.stream("Lattice of LiFePO4", max_new_tokens=12))
    assert len(pieces) >= 2
    assert "".join(pieces) == tiny_model.generate("Lattice of LiFePO4", max_new_tokens=12)


def test_stream_stops_when_cancelled(tiny_model):
    import threading

    cancel = threading.Event()
    got = []
    for piece in tiny_model.stream("Bragg law", max_new_tokens=60, cancel=cancel):
        got.append(piece)
        cancel.set()
    assert 1 <= len(got) <= 3
    # the lock was released: the model still answers
    assert isinstance(tiny_model.generate("ok", max_new_tokens=2), str)


def test_embed_returns_normalised_pooled_states(tiny_model):
    vecs = tiny_model.embed(["silicon", "a much longer text about copper lattices"])
    assert vecs.shape == (2, 64) and vecs.dtype == np.float32
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-4)
    # padding does not change a text's embedding
    alone = tiny_model.embed("silicon")
    assert np.allclose(alone[0], vecs[0], atol=2e-2)


def test_generation_options_are_validated(tiny_model):
    with pytest.raises(ValueError, match="temperature"):
        tiny_model.generate("x", temperature=5)
    with pytest.raises(ValueError, match="role"):
        tiny_model.generate([{"role": "wizard", "content": "x"}])


def test_prompt_longer_than_context_is_refused(tiny_model):
    with pytest.raises(errors.PromptTooLongError, match="context"):
        tiny_model.generate("copper " * 400, max_new_tokens=4)


def test_prequantized_cache_is_written_and_used(tiny_model_dir, tmp_path):
    first = load_model(str(tiny_model_dir), cache_dir=tmp_path / "c")
    cached = list((tmp_path / "c" / "quantized").iterdir())
    assert len(cached) == 1 and (cached[0] / "matsci-cache.json").is_file()
    assert json.loads((cached[0] / "config.json").read_text())["quantization_config"]
    second = load_model(str(tiny_model_dir), cache_dir=tmp_path / "c")
    assert not first.status().from_cache and second.status().from_cache
    assert second.generate("Cu fcc", max_new_tokens=6) == first.generate("Cu fcc", max_new_tokens=6)
    no_cache = load_model(str(tiny_model_dir), cache_dir=tmp_path / "d", use_cache=False)
    assert not (tmp_path / "d").exists() and not no_cache.status().from_cache


def test_bf16_and_fp32_load_without_bitsandbytes_layers(tiny_model_dir):
    import bitsandbytes as bnb
    import torch

    m = load_model(str(tiny_model_dir), quantization="bf16")
    assert m.model.dtype == torch.bfloat16
    assert not any(isinstance(x, bnb.nn.Linear4bit) for x in m.model.modules())
    assert isinstance(m.generate("hi", max_new_tokens=3), str)


def test_plain_prompt_format_without_chat_template(tmp_path):
    from matsci_jupyter.model.tiny import build_llama

    folder = build_llama(tmp_path / "nochat", chat_template=False)
    m = load_model(str(folder))
    assert m.prompt_format == "plain"
    assert m.render_prompt([{"role": "user", "content": "hi"}]).endswith("Assistant:")


def test_registry_prompt_formats():
    from matsci_jupyter.model.prompts import render
    from matsci_jupyter.model.registry import lookup

    assert lookup("LLaMat-2-Chat").prompt_format == "chatml"
    assert lookup("m3rg-iitd/llamat-2-chat").key == "llamat-2-chat"
    darwin = lookup("darwin-7b")
    text = render([{"role": "user", "content": "Band gap of GaN?"}], darwin.prompt_format)
    assert "### Instruction:\nBand gap of GaN?" in text and text.endswith("### Response:\n")


def test_unknown_name_says_what_to_do():
    with pytest.raises(errors.ModelNotFoundError, match="not a folder"):
        load_model("no such model at all")
    with pytest.raises(errors.ModelNotFoundError, match="hf download"):
        load_model("some-owner/some-model")
    with pytest.raises(errors.ModelNotFoundError, match="folder that holds its weights"):
        load_model("darwin-7b")


def test_corrupted_checkpoints_are_reported(tiny_model_dir, tmp_path):
    truncated = tmp_path / "truncated"
    shutil.copytree(tiny_model_dir, truncated)
    weights = truncated / "model.safetensors"
    weights.write_bytes(weights.read_bytes()[:-1000])
    with pytest.raises(errors.CorruptCheckpointError, match="truncated"):
        load_model(str(truncated))

    garbage = tmp_path / "garbage"
    shutil.copytree(tiny_model_dir, garbage)
    (garbage / "model.safetensors").write_bytes(b"\x00" * 64)
    with pytest.raises(errors.CorruptCheckpointError, match="safetensors"):
        load_model(str(garbage))

    no_config = tmp_path / "noconfig"
    shutil.copytree(tiny_model_dir, no_config)
    (no_config / "config.json").unlink()
    with pytest.raises(errors.CorruptCheckpointError, match=r"config\.json"):
        load_model(str(no_config))

    bad_json = tmp_path / "badjson"
    shutil.copytree(tiny_model_dir, bad_json)
    (bad_json / "config.json").write_text("{not json")
    with pytest.raises(errors.CorruptCheckpointError, match="not valid JSON"):
        load_model(str(bad_json))


def test_not_enough_memory_is_refused_before_loading(tiny_model_dir, monkeypatch):
    from matsci_jupyter.model import checkpoint

    monkeypatch.setattr(checkpoint, "available_memory_bytes", lambda: 1024)
    with pytest.raises(errors.NotEnoughMemoryError, match="GiB is free"):
        load_model(str(tiny_model_dir), use_cache=False)


def test_missing_bitsandbytes_gives_install_hint(tiny_model_dir, monkeypatch):
    from matsci_jupyter.model import local

    monkeypatch.setattr(local, "is_available", lambda pkg: pkg != "bitsandbytes")
    with pytest.raises(errors.MissingDependencyError, match="pip install"):
        load_model(str(tiny_model_dir))


def test_bad_quantization_is_a_usage_error(tiny_model_dir):
    with pytest.raises(errors.UsageError, match="quantization"):
        load_model(str(tiny_model_dir), quantization="int3")


needs_avx512_bf16 = pytest.mark.skipif(
    not cpu_has_avx512_bf16(), reason="the traps only exist on AVX512-BF16 CPUs"
)


@needs_avx512_bf16
def test_trap_a_is_real_for_unguarded_odd_sizes(odd_size_model_dir):
    """Documents the trap: plain transformers + bitsandbytes crash on these sizes."""
    import torch
    from transformers import AutoModelForCausalLM, BitsAndBytesConfig

    cfg = BitsAndBytesConfig(
        load_in_4bit=True, bnb_4bit_quant_type="nf4", bnb_4bit_compute_dtype=torch.bfloat16
    )
    raw = AutoModelForCausalLM.from_pretrained(
        odd_size_model_dir, quantization_config=cfg, device_map="cpu"
    )
    with pytest.raises(AssertionError, match="divisible"), torch.inference_mode():
        raw(torch.tensor([[1, 2, 3]]))


@needs_avx512_bf16
def test_trap_a_odd_layer_sizes_take_the_safe_path(odd_size_model_dir):
    m = load_model(str(odd_size_model_dir))
    assert any("cannot pack" in n for n in m.status().notes)
    text = m.generate("Fe bcc", max_new_tokens=5)
    assert isinstance(text, str)
    # the same weights in bf16 give the same greedy tokens (4-bit noise aside, first token)
    assert m.embed("Fe").shape == (1, 48)


@needs_avx512_bf16
def test_trap_b_training_after_inference_is_refused(tiny_model_dir):
    m = load_model(str(tiny_model_dir))
    m.generate("warm up", max_new_tokens=2)
    with pytest.raises(errors.TrainingAfterInferenceError, match="separate instance"):
        m.prepare_for_training()


@needs_avx512_bf16
def test_trap_b_training_instance_keeps_correct_gradients(tiny_model_dir):
    """A for_training instance stays in the autograd layout even after inference,
    and its gradients match those of a fresh instance that never ran inference."""
    import torch

    from matsci_jupyter.model.cpu_traps import repacked_layers

    def input_grad(model):
        emb = model.get_input_embeddings()(torch.tensor([[5, 9, 17, 33]])).detach().requires_grad_()
        model(inputs_embeds=emb).logits.float().sum().backward()
        return emb.grad.clone()

    trained = load_model(str(tiny_model_dir), for_training=True)
    trained.generate("inference first", max_new_tokens=3)
    assert repacked_layers(trained.model) == []
    fresh = load_model(str(tiny_model_dir), for_training=True)
    g1 = input_grad(trained.prepare_for_training())
    g2 = input_grad(fresh.prepare_for_training())
    assert torch.isfinite(g1).all() and g1.abs().sum() > 0
    assert torch.allclose(g1, g2, rtol=1e-3, atol=1e-5)


def test_unload_frees_and_refuses_further_use(tiny_model_dir):
    m = load_model(str(tiny_model_dir))
    m.close()
    m.close()  # idempotent
    with pytest.raises(errors.UsageError, match="unloaded"):
        m.generate("x")
    assert m.status().memory_bytes is None


@pytest.mark.gpu
def test_cuda_load_generates(tiny_model_dir):
    m = load_model(str(tiny_model_dir), device="cuda")
    assert m.status().device == "cuda"
    assert isinstance(m.generate("hi", max_new_tokens=4), str)
    assert m.embed(["a", "b"]).shape == (2, 64)
