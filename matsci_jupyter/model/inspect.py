"""What a loaded model really is: counted from its modules, never taken from the request."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

_DTYPE_NAMES = {"float32": "fp32", "bfloat16": "bf16", "float16": "fp16", "float64": "fp64"}


def dtype_name(dtype: Any) -> str:
    """``torch.bfloat16`` → ``"bf16"``."""
    text = str(dtype).replace("torch.", "")
    return _DTYPE_NAMES.get(text, text)


@dataclass
class LoadedQuantization:
    """Counts of linear layers by kind, and the 4-bit settings found on them."""

    linear4bit: int = 0
    linear8bit: int = 0
    linear_plain: int = 0
    quant_types: Counter = field(default_factory=Counter)
    double_quant: bool = False
    compute_dtypes: Counter = field(default_factory=Counter)
    weight_dtype: str = "?"

    @property
    def mode(self) -> str:
        """nf4, fp4, int8 when any layer is quantized so; else the weights' dtype (fp32, bf16)."""
        if self.linear4bit:
            return self.quant_types.most_common(1)[0][0] if self.quant_types else "4bit"
        if self.linear8bit:
            return "int8"
        return self.weight_dtype

    def describe(self) -> str:
        total = self.linear4bit + self.linear8bit + self.linear_plain
        if self.linear4bit:
            kinds = "/".join(t.upper() for t in self.quant_types) or "4-bit"
            dq = ", double quant" if self.double_quant else ""
            compute = "/".join(self.compute_dtypes) or "?"
            return (
                f"4-bit {kinds}{dq}: {self.linear4bit} of {total} linear layers "
                f"(compute {compute}; others {self.weight_dtype})"
            )
        if self.linear8bit:
            return f"8-bit: {self.linear8bit} of {total} linear layers"
        return f"{self.weight_dtype}, not quantized ({total} linear layers)"


def inspect_model(model: Any) -> LoadedQuantization:
    """Count ``Linear4bit``/``Linear8bitLt``/``nn.Linear`` layers of a torch model."""
    import torch

    try:
        import bitsandbytes as bnb

        four, eight = bnb.nn.Linear4bit, bnb.nn.Linear8bitLt
    except ImportError:
        four = eight = ()
    out = LoadedQuantization()
    dtypes: Counter = Counter()
    for module in model.modules():
        if four and isinstance(module, four):
            out.linear4bit += 1
            weight = module.weight
            out.quant_types[str(getattr(weight, "quant_type", "?"))] += 1
            out.double_quant = out.double_quant or bool(
                getattr(weight, "compress_statistics", False)
            )
            out.compute_dtypes[dtype_name(getattr(module, "compute_dtype", None))] += 1
        elif eight and isinstance(module, eight):
            out.linear8bit += 1
        elif isinstance(module, torch.nn.Linear):
            out.linear_plain += 1
            dtypes[dtype_name(module.weight.dtype)] += module.weight.numel()
    if not dtypes:
        for p in model.parameters():
            if p.is_floating_point():
                dtypes[dtype_name(p.dtype)] += p.numel()
    out.weight_dtype = dtypes.most_common(1)[0][0] if dtypes else "?"
    return out
