"""Local transformers backend: a Hugging Face causal LM in 4-bit NF4 (bitsandbytes).

First load of a full-precision checkpoint quantizes while loading (slow) and
saves a pre-quantized copy in the cache; later loads read that copy.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import threading
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from ..config import default_cache_dir
from ..errors import (
    CorruptCheckpointError,
    MissingDependencyError,
    NotEnoughMemoryError,
    PromptTooLongError,
    UsageError,
)
from . import checkpoint as ckpt_mod
from .availability import cuda_available, is_available
from .base import GenerationOptions, ModelBackend, ModelStatus
from .prompts import STOP_STRINGS, render

log = logging.getLogger(__name__)

QUANTIZATIONS = ("nf4", "fp4", "bf16", "fp32")
Progress = Callable[[str], None]


def _quiet_bitsandbytes() -> None:
    # "Failed to load CPU gemm_4bit_forward from kernels-community" is harmless: the
    # built-in CPU kernel is used. Installing `kernels` would not help offline.
    logging.getLogger("bitsandbytes.backends.cpu.ops").setLevel(logging.ERROR)


def validate_environment(quantization: str, device: str) -> None:
    """Check packages and hardware up front, with a fix that can be pasted."""
    if quantization not in QUANTIZATIONS:
        raise UsageError(
            f"quantization must be one of {', '.join(QUANTIZATIONS)}, got {quantization!r}"
        )
    missing = [p for p in ("torch", "transformers", "accelerate") if not is_available(p)]
    if quantization in ("nf4", "fp4") and not is_available("bitsandbytes"):
        missing.append("bitsandbytes")
    if missing:
        raise MissingDependencyError(
            f"loading a local model needs {', '.join(missing)}: "
            f"pip install 'matsci-jupyter[model]' (or pip install {' '.join(missing)})"
        )
    if quantization in ("nf4", "fp4"):
        _quiet_bitsandbytes()
    if device.startswith("cuda") and not cuda_available():
        raise UsageError("device='cuda' was asked for but torch sees no CUDA GPU; use device='cpu'")


def _slug(name: str) -> str:
    return (
        "".join(c if c.isalnum() or c in "-_." else "-" for c in name).strip("-")[-60:] or "model"
    )


class LocalModel(ModelBackend):
    """A causal LM held in this process. Use :func:`load_model` to create one."""

    kind = "transformers"

    def __init__(
        self,
        model: Any,
        tokenizer: Any,
        *,
        name: str,
        source: str,
        device: str,
        quantization: str,
        prompt_format: str | None,
        load_seconds: float,
        from_cache: bool,
        notes: list[str],
    ) -> None:
        super().__init__(name)
        self.model = model
        self.tokenizer = tokenizer
        self.source = source
        self.device = device
        self.quantization = quantization
        self.prompt_format = prompt_format  # None: the tokenizer's chat template
        self.load_seconds = load_seconds
        self.from_cache = from_cache
        self.notes = notes
        self._closed = False

    # -- prompts ------------------------------------------------------------
    def render_prompt(self, messages: list[dict[str, str]]) -> str:
        if self.prompt_format is None:
            return self.tokenizer.apply_chat_template(
                messages, tokenize=False, add_generation_prompt=True
            )
        return render(messages, self.prompt_format)

    def _stop_strings(self, opts: GenerationOptions) -> list[str]:
        return [*opts.stop, *STOP_STRINGS.get(self.prompt_format or "", [])]

    @property
    def context_length(self) -> int | None:
        return getattr(self.model.config, "max_position_embeddings", None)

    def count_tokens(self, text: str) -> int:
        return len(self.tokenizer(text, add_special_tokens=False)["input_ids"])

    def _encode(self, messages: list[dict[str, str]], opts: GenerationOptions) -> Any:
        self._check_open()
        text = self.render_prompt(messages)
        enc = self.tokenizer(
            text, return_tensors="pt", add_special_tokens=self.prompt_format is not None
        )
        n = enc["input_ids"].shape[1]
        limit = self.context_length
        if limit and n + opts.max_new_tokens > limit:
            if n >= limit - 1:
                raise PromptTooLongError(
                    f"prompt has {n} tokens, more than the model's context of {limit} tokens "
                    "leaves room for an answer; shorten the prompt"
                )
            opts.max_new_tokens = limit - n  # answer as much as fits
        return enc.to(self.model.device)

    def _generate_kwargs(self, enc: Any, opts: GenerationOptions) -> dict[str, Any]:
        import torch

        if opts.seed is not None:
            torch.manual_seed(opts.seed)
        kwargs: dict[str, Any] = dict(
            **enc,
            max_new_tokens=opts.max_new_tokens,
            pad_token_id=self.tokenizer.pad_token_id,
            do_sample=opts.temperature > 0,
        )
        if opts.temperature > 0:
            kwargs.update(temperature=opts.temperature, top_p=opts.top_p)
        if opts.repetition_penalty != 1.0:
            kwargs.update(repetition_penalty=opts.repetition_penalty)
        stops = self._stop_strings(opts)
        if stops:
            kwargs.update(stop_strings=stops, tokenizer=self.tokenizer)
        return kwargs

    @staticmethod
    def _trim(text: str, stops: list[str]) -> str:
        cut = min((text.find(s) for s in stops if s in text), default=-1)
        return text[:cut] if cut >= 0 else text

    # -- generation ---------------------------------------------------------
    def _generate(self, messages: list[dict[str, str]], opts: GenerationOptions) -> str:
        import torch

        enc = self._encode(messages, opts)
        with torch.inference_mode():
            out = self.model.generate(**self._generate_kwargs(enc, opts))
        new = out[0, enc["input_ids"].shape[1] :]
        return self._trim(
            self.tokenizer.decode(new, skip_special_tokens=True), self._stop_strings(opts)
        )

    def _stream(
        self, messages: list[dict[str, str]], opts: GenerationOptions, cancel: threading.Event
    ) -> Iterator[str]:
        import torch
        from transformers import StoppingCriteria, StoppingCriteriaList

        from .streaming import TokenStreamer

        class _Cancelled(StoppingCriteria):
            def __call__(self, input_ids: Any, scores: Any, **kw: Any) -> bool:
                return cancel.is_set()

        enc = self._encode(messages, opts)
        streamer = TokenStreamer(self.tokenizer, timeout=600)
        kwargs = self._generate_kwargs(enc, opts)
        kwargs.update(streamer=streamer, stopping_criteria=StoppingCriteriaList([_Cancelled()]))
        errors: list[BaseException] = []
        hooks = stop_between_layers(self.model, cancel)

        def work() -> None:
            try:
                with torch.inference_mode():
                    self.model.generate(**kwargs)
            except GenerationCancelled:
                streamer.end()  # stopped inside a forward pass (a long prompt): not an error
            except BaseException as exc:  # re-raised in the consumer thread
                errors.append(exc)
                streamer.end()

        thread = threading.Thread(target=work, name="matsci-generate", daemon=True)
        thread.start()
        stops = self._stop_strings(opts)
        sent = ""
        produced = ""
        try:
            for piece in streamer:
                produced += piece
                trimmed = self._trim(produced, stops)
                # hold back a tail that could be the start of a stop string
                hold = max((len(s) - 1 for s in stops), default=0)
                ready = (
                    trimmed
                    if trimmed != produced
                    else trimmed[: max(len(sent), len(trimmed) - hold)]
                )
                if len(ready) > len(sent):
                    yield ready[len(sent) :]
                    sent = ready
                if trimmed != produced:
                    cancel.set()
                    break
            else:
                final = self._trim(produced, stops)
                if len(final) > len(sent):
                    yield final[len(sent) :]
        finally:
            cancel.set()
            thread.join()
            for hook in hooks:
                hook.remove()
        if errors:
            raise errors[0]

    # -- embeddings ---------------------------------------------------------
    def embed(
        self, texts: Sequence[str] | str, *, batch_size: int = 8, normalize: bool = True
    ) -> Any:
        """Mean-pooled last hidden states, shape ``(len(texts), hidden_size)``, float32."""
        import numpy as np
        import torch

        if isinstance(texts, str):
            texts = [texts]
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.model.config.hidden_size), dtype=np.float32)
        self._check_open()
        rows = []
        with self._lock, torch.inference_mode():
            for i in range(0, len(texts), batch_size):
                enc = self.tokenizer(
                    texts[i : i + batch_size],
                    return_tensors="pt",
                    padding=True,
                    truncation=True,
                    max_length=self.context_length or 2048,
                ).to(self.model.device)
                out = self.model(**enc, output_hidden_states=True)
                hidden = out.hidden_states[-1].float()
                mask = enc["attention_mask"].unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1)
                if normalize:
                    pooled = torch.nn.functional.normalize(pooled, dim=-1)
                rows.append(pooled.cpu().numpy())
        return np.concatenate(rows).astype(np.float32)

    # -- training -----------------------------------------------------------
    def prepare_for_training(self) -> Any:
        """Make the 4-bit weights safe to train through and return the torch model.

        Raises :class:`~matsci_jupyter.errors.TrainingAfterInferenceError` when this
        instance already ran inference on an AVX512-BF16 CPU (trap B).
        """
        if self.quantization in ("nf4", "fp4"):
            from .cpu_traps import make_trainable

            make_trainable(self.model)
        return self.model

    # -- bookkeeping --------------------------------------------------------
    def memory_bytes(self) -> int:
        return int(self.model.get_memory_footprint())

    def loaded_quantization(self) -> Any:
        """What the loaded modules are (Linear4bit counts, dtypes): see :mod:`.inspect`."""
        from .inspect import inspect_model

        self._check_open()
        return inspect_model(self.model)

    def status(self) -> ModelStatus:
        quant = None if self._closed else self.loaded_quantization().describe()
        return ModelStatus(
            backend=self.kind,
            name=self.name,
            source=self.source,
            device=self.device,
            quantization=quant,
            memory_bytes=None if self._closed else self.memory_bytes(),
            load_seconds=self.load_seconds,
            from_cache=self.from_cache,
            prompt_format=self.prompt_format or "tokenizer chat template",
            notes=list(self.notes),
        )

    def _check_open(self) -> None:
        if self._closed:
            raise UsageError(f"model {self.name!r} was unloaded; load it again")

    def close(self) -> None:
        if self._closed:
            return
        with self._lock:
            self._closed = True
            self.model = None
            import gc

            gc.collect()
            if cuda_available():
                import torch

                torch.cuda.empty_cache()
            _malloc_trim()


class GenerationCancelled(Exception):
    """Raised inside a forward pass to stop a generation whose flag was set."""


def stop_between_layers(model: Any, cancel: threading.Event) -> list[Any]:
    """Make a set ``cancel`` flag stop ``model`` between two decoder layers; returns the hooks.

    ``generate``'s stopping criteria are only asked after each new token, and
    the first token comes after the whole prompt went through the model (on a
    2-core CPU, tens of seconds for a code prompt of ~900 tokens). A check
    before every layer of the largest ``ModuleList`` (the decoder stack) makes
    an interrupt take effect within one layer instead. Remove the hooks after
    the generation (``hook.remove()``).
    """
    import torch

    stacks = [m for m in model.modules() if isinstance(m, torch.nn.ModuleList)]
    if not stacks:
        return []
    layers = max(stacks, key=len)

    def check(module: Any, args: Any) -> None:
        if cancel.is_set():
            raise GenerationCancelled

    return [layer.register_forward_pre_hook(check) for layer in layers]


def _malloc_trim() -> None:
    """Return freed heap to the OS (RSS stays high after quantize-on-load otherwise)."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


# --------------------------------------------------------------------------
def _bnb_config(quantization: str, device: str) -> Any:
    import torch
    from transformers import BitsAndBytesConfig

    compute = (
        torch.float16
        if device.startswith("cuda") and not torch.cuda.is_bf16_supported()
        else torch.bfloat16
    )
    return BitsAndBytesConfig(
        load_in_4bit=True,
        bnb_4bit_quant_type=quantization,
        bnb_4bit_use_double_quant=True,
        bnb_4bit_compute_dtype=compute,
    )


def _cache_folder(ckpt: ckpt_mod.Checkpoint, quantization: str, cache_dir: Path) -> Path:
    import bitsandbytes
    import transformers

    key = f"{ckpt.fingerprint()}|{quantization}|bnb{bitsandbytes.__version__}|tf{transformers.__version__}"
    import hashlib

    digest = hashlib.sha256(key.encode()).hexdigest()[:16]
    return cache_dir / "quantized" / f"{_slug(ckpt.name)}-{quantization}-{digest}"


def load_model(
    name_or_path: str,
    *,
    quantization: str = "nf4",
    device: str | None = None,
    cache_dir: str | os.PathLike[str] | None = None,
    use_cache: bool = True,
    for_training: bool = False,
    progress: Progress | None = None,
) -> LocalModel:
    """Load a Hugging Face causal LM, by default in 4-bit NF4 with double quantization.

    ``device`` defaults to CUDA when present, else CPU. A full-precision checkpoint
    is quantized while loading and a pre-quantized copy is saved under
    ``cache_dir`` (default ``~/.cache/matsci-jupyter``, env ``MATSCI_CACHE_DIR``)
    for fast later loads. ``for_training=True`` keeps 4-bit weights in the layout
    that gives correct gradients on AVX512-BF16 CPUs.
    """
    say = progress or (lambda msg: log.info(msg))
    quantization = (quantization or "fp32").lower()
    if quantization == "none":
        quantization = "fp32"
    device = device or ("cuda" if cuda_available() else "cpu")
    validate_environment(quantization, device)
    t0 = time.perf_counter()
    cache_root = Path(cache_dir or default_cache_dir())
    notes: list[str] = []
    found = ckpt_mod.resolve(name_or_path)
    source = str(found.path)
    if isinstance(found, ckpt_mod.GgufFile):
        from .gguf import ensure_converted

        ckpt, was_cached = ensure_converted(found, cache_root, say)
        notes.append(
            f"from GGUF {found.path.name} (dequantized by transformers' GGUF reader"
            + ("; converted copy cached)" if was_cached else ")")
        )
    else:
        ckpt = found
    plan = ckpt_mod.plan_quantization(ckpt, quantization)
    if plan.note:
        notes.append(plan.note)
    four_bit = quantization in ("nf4", "fp4")
    load_from = ckpt.path
    from_cache = False
    prequantized = plan.prequantized
    cache_target: Path | None = None
    if four_bit and not prequantized and use_cache:
        folder = _cache_folder(ckpt, quantization, cache_root)
        if (folder / ckpt_mod.CACHE_MARKER).is_file():
            load_from, from_cache, prequantized = folder, True, True
        else:
            cache_target = folder
    if not from_cache:
        ckpt_mod.check_memory(ckpt, quantization, device=device)

    if from_cache:
        say(f"loading pre-quantized {ckpt.name} from {load_from}")
    elif four_bit and not prequantized:
        say(
            f"quantizing {ckpt.name} to 4-bit {quantization.upper()} while loading (first load only)"
        )
    else:
        say(f"loading {ckpt.name} ({quantization}) on {device}")
    model, tokenizer = _load_transformers(
        load_from,
        quantization,
        device,
        four_bit,
        prequantized=prequantized,
        ignore_config=plan.ignore_config and not from_cache,
    )
    _check_loaded(model, quantization, ckpt.name)

    if four_bit and device == "cpu":
        from .availability import cpu_has_avx512_bf16
        from .cpu_traps import guard_layer_sizes, make_trainable

        if cpu_has_avx512_bf16():
            report = guard_layer_sizes(model)
            if report.note:
                notes.append(report.note)
            if for_training:
                make_trainable(model)
                notes.append("4-bit weights kept in the trainable layout (no CPU repacking)")

    if cache_target is not None:
        say(f"saving a pre-quantized copy to {cache_target}")
        _save_quantized(model, tokenizer, cache_target, ckpt)

    if four_bit and not for_training:
        from .compute_dtype import choose_compute_dtype

        say("choosing the 4-bit compute dtype (timed once per machine)")
        _, note = choose_compute_dtype(model, device, cache_root if use_cache else None)
        notes.append(note)

    if ckpt.known is not None and ckpt.known.prompt_format:
        prompt_format: str | None = ckpt.known.prompt_format
    elif getattr(tokenizer, "chat_template", None):
        prompt_format = None
    else:
        prompt_format = "plain"
    elapsed = time.perf_counter() - t0
    say(f"{ckpt.name} ready in {elapsed:.1f} s")
    return LocalModel(
        model,
        tokenizer,
        name=ckpt.name,
        source=source,
        device=device,
        quantization=quantization,
        prompt_format=prompt_format,
        load_seconds=elapsed,
        from_cache=from_cache,
        notes=notes,
    )


def _check_loaded(model: Any, quantization: str, name: str) -> None:
    """Refuse a model whose modules are not what was asked (the status reads the modules)."""
    from .inspect import inspect_model

    if quantization not in ("nf4", "fp4"):
        return
    found = inspect_model(model)
    if found.linear4bit == 0 or found.mode != quantization:
        raise CorruptCheckpointError(
            f"{name} was asked for as 4-bit {quantization.upper()} but loaded as {found.describe()}; "
            "its config.json probably declares another quantization. Remove quantization_config "
            "from config.json or load the original weights"
        )


def _load_transformers(
    path: Path,
    quantization: str,
    device: str,
    four_bit: bool,
    *,
    prequantized: bool = False,
    ignore_config: bool = False,
) -> tuple[Any, Any]:
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer

    kwargs: dict[str, Any] = {"device_map": {"": 0} if device == "cuda" else device}
    if ignore_config:
        config = AutoConfig.from_pretrained(path)
        if hasattr(config, "quantization_config"):
            del config.quantization_config
        kwargs["config"] = config
    if four_bit and not prequantized:
        kwargs["quantization_config"] = _bnb_config(quantization, device)
    elif not four_bit:
        kwargs["dtype"] = torch.bfloat16 if quantization == "bf16" else torch.float32
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tokenizer = AutoTokenizer.from_pretrained(path)
            model = AutoModelForCausalLM.from_pretrained(path, **kwargs)
    except (MemoryError, torch.OutOfMemoryError) as exc:
        raise NotEnoughMemoryError(
            f"ran out of memory loading {path.name} on {device} ({exc.__class__.__name__}); use "
            "quantization='nf4', unload other models, or serve it from a bigger machine"
        ) from exc
    except (OSError, ValueError, KeyError, RuntimeError, json.JSONDecodeError) as exc:
        raise CorruptCheckpointError(
            f"could not load the checkpoint in {path}: {str(exc).splitlines()[0][:300]}"
        ) from exc
    model.eval()
    if tokenizer.pad_token_id is None:
        tokenizer.pad_token = tokenizer.eos_token or tokenizer.unk_token
    return model, tokenizer


def _save_quantized(model: Any, tokenizer: Any, target: Path, ckpt: ckpt_mod.Checkpoint) -> None:
    """Write the 4-bit model atomically: a temporary folder renamed into place."""
    tmp = target.with_name(target.name + f".tmp-{os.getpid()}")
    try:
        tmp.mkdir(parents=True, exist_ok=True)
        model.save_pretrained(tmp)
        tokenizer.save_pretrained(tmp)
        (tmp / ckpt_mod.CACHE_MARKER).write_text(
            json.dumps({"source": str(ckpt.path), "fingerprint": ckpt.fingerprint()}, indent=1)
        )
        if target.exists():
            shutil.rmtree(target)
        tmp.rename(target)
    except OSError as exc:  # a full or read-only disk must not break the load itself
        log.warning("could not cache the pre-quantized model in %s: %s", target, exc)
        shutil.rmtree(tmp, ignore_errors=True)
