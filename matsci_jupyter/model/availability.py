"""Cached, side-effect free checks for optional packages and hardware."""

from __future__ import annotations

import importlib.util
from functools import lru_cache


@lru_cache
def is_available(package: str) -> bool:
    return importlib.util.find_spec(package) is not None


@lru_cache
def cpu_has_avx512_bf16() -> bool:
    """True on CPUs where bitsandbytes repacks 4-bit weights for inference (trap A/B)."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            return any("avx512_bf16" in line for line in fh if line.startswith("flags"))
    except OSError:
        return False


def cuda_available() -> bool:
    if not is_available("torch"):
        return False
    import torch

    return bool(torch.cuda.is_available())
