"""Guards for the two bitsandbytes 4-bit traps on AVX512-BF16 CPUs (see shared NOTES).

Trap A: the first inference pass repacks each 4-bit weight into an inference
layout that needs ``out_features % 32 == 0`` and ``in_features % 64 == 0``;
other sizes crash with an AssertionError deep inside bitsandbytes. We switch
the repacking off for exactly those layers (slower, but correct).

Trap B: once repacked, training through the weights gives silently wrong
gradients. A model meant for training has repacking switched off before any
inference, and a model that already ran inference refuses to be trained.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import TrainingAfterInferenceError

REPACK_BLOCK_OUT = 32
REPACK_BLOCK_IN = 64


def _linear4bit_modules(model: Any) -> list[tuple[str, Any]]:
    import bitsandbytes as bnb

    return [(n, m) for n, m in model.named_modules() if isinstance(m, bnb.nn.Linear4bit)]


def repack_compatible(in_features: int, out_features: int) -> bool:
    """Whether bitsandbytes' CPU inference repacking accepts a layer of this shape."""
    return out_features % REPACK_BLOCK_OUT == 0 and in_features % REPACK_BLOCK_IN == 0


@dataclass
class TrapReport:
    """What :func:`guard_layer_sizes` did: names of layers kept off the fast CPU path."""

    linear4bit_layers: int
    repack_disabled: list[str]

    @property
    def note(self) -> str | None:
        if not self.repack_disabled:
            return None
        return (
            f"{len(self.repack_disabled)} of {self.linear4bit_layers} 4-bit layers have sizes the "
            "AVX512-BF16 CPU kernel cannot pack (out % 32, in % 64); they use the slower "
            "generic kernel"
        )


def guard_layer_sizes(model: Any) -> TrapReport:
    """Trap A: disable CPU repacking on the 4-bit layers whose shape it cannot handle."""
    layers = _linear4bit_modules(model)
    disabled = []
    for name, module in layers:
        if getattr(module, "support_avx512bf16_for_cpu", False) and not repack_compatible(
            module.in_features, module.out_features
        ):
            module.support_avx512bf16_for_cpu = False
            disabled.append(name)
    return TrapReport(len(layers), disabled)


def repacked_layers(model: Any) -> list[str]:
    """Names of 4-bit layers already converted to the CPU inference layout."""
    return [
        n
        for n, m in _linear4bit_modules(model)
        if getattr(getattr(m.weight, "quant_state", None), "packing_format_for_cpu", False)
    ]


def make_trainable(model: Any) -> None:
    """Trap B: keep the 4-bit weights in the layout autograd understands.

    Raises :class:`TrainingAfterInferenceError` when inference already repacked
    them (converting back is lossy by 0.1–2 %).
    """
    done = repacked_layers(model)
    if done:
        raise TrainingAfterInferenceError(
            f"this 4-bit model already ran inference on a CPU with AVX512-BF16, which repacked "
            f"{len(done)} layers into an inference-only layout; training it would give silently "
            "wrong gradients. Load a separate instance for training: "
            "load_model(..., for_training=True)"
        )
    for _, module in _linear4bit_modules(model):
        module.support_avx512bf16_for_cpu = False
