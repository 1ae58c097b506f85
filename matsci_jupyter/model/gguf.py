"""GGUF files (llama.cpp, Ollama, LM Studio) turned into a Hugging Face checkpoint folder.

transformers' GGUF loader (needs the ``gguf`` package) dequantizes the tensors
into a regular model; that model refuses ``save_pretrained`` ("quantized with
gguf"), so its weights are moved into a fresh model of the same class and
saved with the gguf ``quantization_config`` removed. Left in config.json, that
entry would make a later 4-bit load silently skip quantization. The converted
folder is cached; the usual NF4 path (quantize on load, cache the 4-bit copy)
then starts from it.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import CorruptCheckpointError, MissingDependencyError, NotEnoughMemoryError
from . import checkpoint as ckpt_mod
from .availability import is_available

SMALL_MODEL_PARAMETERS = 1_000_000_000
"""Below this many parameters the converted copy is stored in float32 (exact); above, bf16."""


def converted_folder(gguf: ckpt_mod.GgufFile, cache_dir: Path) -> Path:
    """Where the converted checkpoint of ``gguf`` lives in the cache."""
    import transformers

    key = f"{gguf.fingerprint()}|tf{transformers.__version__}"
    digest = hashlib.sha256(key.encode()).hexdigest()[:16]
    # keyed on the file, not the name it was asked by: a path and a registry name share it
    slug = "".join(c if c.isalnum() or c in "-_." else "-" for c in gguf.path.stem)[-60:]
    return cache_dir / "converted" / f"{slug}-{digest}"


def ensure_converted(
    gguf: ckpt_mod.GgufFile, cache_dir: Path, say: Callable[[str], None]
) -> tuple[ckpt_mod.Checkpoint, bool]:
    """The converted checkpoint of ``gguf`` and whether it was already cached."""
    folder = converted_folder(gguf, cache_dir)
    if (folder / ckpt_mod.CACHE_MARKER).is_file():
        return ckpt_mod.check(folder, name=gguf.name, known=gguf.known), True
    say(f"GGUF file {gguf.path.name}: converting to a Hugging Face checkpoint (first load only)")
    convert(gguf, folder, say)
    return ckpt_mod.check(folder, name=gguf.name, known=gguf.known), False


def _check_memory(gguf: ckpt_mod.GgufFile) -> None:
    # 4-5 bits per weight in the usual GGUF types; dequantized to 2-4 bytes each.
    params = gguf.path.stat().st_size * 8 // 5
    need = params * 4
    avail = ckpt_mod.available_memory_bytes()
    if avail is not None and need > avail:
        raise NotEnoughMemoryError(
            f"dequantizing {gguf.path.name} needs about {need / 2**30:.1f} GiB and only "
            f"{avail / 2**30:.1f} GiB is free; convert it on a bigger machine and copy the folder"
        )


def convert(gguf: ckpt_mod.GgufFile, target: Path, say: Callable[[str], None]) -> Path:
    """Dequantize ``gguf`` into a Hugging Face checkpoint folder at ``target`` (atomically)."""
    if not is_available("gguf"):
        raise MissingDependencyError(
            "reading .gguf files needs the gguf package: pip install 'matsci-jupyter[model]' "
            "(or pip install gguf)"
        )
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    _check_memory(gguf)
    folder, name = gguf.path.parent, gguf.path.name
    say(f"reading the tokenizer of {name}")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tokenizer = AutoTokenizer.from_pretrained(folder, gguf_file=name)
            say(f"dequantizing the GGUF tensors of {name}")
            model = AutoModelForCausalLM.from_pretrained(
                folder, gguf_file=name, dtype=torch.float32, device_map="cpu"
            )
    except (OSError, ValueError, KeyError, RuntimeError) as exc:
        raise CorruptCheckpointError(
            f"could not read {gguf.path} as a GGUF model: {str(exc).splitlines()[0][:300]} "
            "(transformers reads GGUF for Llama, Mistral, Qwen2, Phi-3, Gemma and a few others)"
        ) from exc
    params = sum(p.numel() for p in model.parameters())
    dtype = torch.float32 if params < SMALL_MODEL_PARAMETERS else torch.bfloat16
    fresh = _plain_copy(model, dtype)
    del model
    tmp = target.with_name(target.name + f".tmp-{os.getpid()}")
    say(f"saving the converted checkpoint ({params / 1e6:.1f}M parameters) to {target}")
    try:
        tmp.mkdir(parents=True, exist_ok=True)
        fresh.save_pretrained(tmp)
        tokenizer.save_pretrained(tmp)
        _drop_quantization_config(tmp / "config.json")
        (tmp / ckpt_mod.CACHE_MARKER).write_text(
            json.dumps({"source": str(gguf.path), "fingerprint": gguf.fingerprint()}, indent=1)
        )
        if target.exists():
            shutil.rmtree(target)
        tmp.rename(target)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise CorruptCheckpointError(
            f"could not write the converted checkpoint to {target} ({exc}); free disk space or "
            "pass cache_dir= on a writable disk"
        ) from exc
    return target


def _plain_copy(model: Any, dtype: Any) -> Any:
    """The same architecture without the gguf quantizer attached, sharing no memory twice."""
    import torch

    config = model.config
    if hasattr(config, "quantization_config"):
        del config.quantization_config
    with torch.device("meta"):
        fresh = type(model)(config)
    state = {k: v.to(dtype) for k, v in model.state_dict().items()}
    fresh.load_state_dict(state, strict=False, assign=True)
    fresh.tie_weights()
    missing = [n for n, p in fresh.named_parameters() if p.device.type == "meta"]
    if missing:
        raise CorruptCheckpointError(
            f"the GGUF file left {len(missing)} weights unset (first: {missing[0]}); "
            "this architecture is not fully supported by transformers' GGUF reader"
        )
    return fresh.eval()


def _drop_quantization_config(config_file: Path) -> None:
    config = json.loads(config_file.read_text())
    if config.pop("quantization_config", None) is not None:
        config_file.write_text(json.dumps(config, indent=2))
