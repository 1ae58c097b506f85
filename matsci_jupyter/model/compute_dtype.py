"""Pick the compute dtype of 4-bit layers by measuring, not by habit.

On AVX512-BF16 CPUs bitsandbytes has a fast NF4 kernel for bf16 compute and a
slow generic one otherwise; on other CPUs fp32 can win. One-token decode steps
of the loaded model are timed with each candidate and the faster one is kept.
The choice is remembered per CPU model, library versions and layer shape in
``<cache>/compute-dtype.json``, so the measurement runs once per machine.
"""

from __future__ import annotations

import json
import platform
import statistics
import time
from pathlib import Path
from typing import Any

from .inspect import dtype_name

CACHE_FILE = "compute-dtype.json"
STEPS = 5


def _cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _key(model: Any, device: str) -> str:
    import bitsandbytes
    import torch

    cfg = model.config
    shape = f"{getattr(cfg, 'hidden_size', '?')}x{getattr(cfg, 'intermediate_size', '?')}"
    where = torch.cuda.get_device_name(0) if device.startswith("cuda") else _cpu_name()
    return f"{where}|torch{torch.__version__}|bnb{bitsandbytes.__version__}|{shape}|t{torch.get_num_threads()}"


def _linear4bit(model: Any) -> list[Any]:
    import bitsandbytes as bnb

    return [m for m in model.modules() if isinstance(m, bnb.nn.Linear4bit)]


def set_compute_dtype(model: Any, dtype: Any) -> None:
    """Set the compute dtype of every 4-bit layer."""
    for m in _linear4bit(model):
        m.compute_dtype = dtype


def _time_decode_steps(model: Any, candidates: list[Any]) -> dict[str, float]:
    """Median seconds of a one-token forward pass (the decode shape) per candidate dtype.

    Candidates alternate step by step so that load from other processes hits them alike.
    """
    import torch

    ids = torch.tensor([[int(getattr(model.config, "bos_token_id", None) or 1)]]).to(model.device)
    times: dict[str, list[float]] = {str(c).replace("torch.", ""): [] for c in candidates}
    with torch.inference_mode():
        for c in candidates:  # warm-up (the first pass repacks 4-bit weights on some CPUs)
            set_compute_dtype(model, c)
            model(input_ids=ids)
        for _ in range(STEPS):
            for c in candidates:
                set_compute_dtype(model, c)
                t0 = time.perf_counter()
                model(input_ids=ids)
                times[str(c).replace("torch.", "")].append(time.perf_counter() - t0)
    return {k: statistics.median(v) for k, v in times.items()}


def choose_compute_dtype(model: Any, device: str, cache_dir: Path | None) -> tuple[Any, str]:
    """Measure bf16 and fp32 compute for the 4-bit layers, keep the faster; return it and a note."""
    import torch

    if device.startswith("cuda"):
        dtype = torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
        set_compute_dtype(model, dtype)
        return dtype, f"compute {dtype_name(dtype)} (GPU)"
    key = _key(model, device)
    store = (cache_dir / CACHE_FILE) if cache_dir else None
    known: dict[str, Any] = {}
    if store is not None and store.is_file():
        try:
            known = json.loads(store.read_text())
        except (OSError, ValueError):
            known = {}
    if key in known:
        entry = known[key]
        dtype = getattr(torch, entry["dtype"])
        set_compute_dtype(model, dtype)
        return dtype, _note(entry, cached=True)
    timings = _time_decode_steps(model, [torch.bfloat16, torch.float32])
    best = min(timings, key=timings.get)
    set_compute_dtype(model, getattr(torch, best))
    entry = {"dtype": best, "seconds_per_step": timings}
    if store is not None:
        try:
            store.parent.mkdir(parents=True, exist_ok=True)
            known[key] = entry
            store.write_text(json.dumps(known, indent=1))
        except OSError:
            pass
    return getattr(torch, best), _note(entry, cached=False)


def _note(entry: dict[str, Any], *, cached: bool) -> str:
    t = entry["seconds_per_step"]
    parts = ", ".join(f"{dtype_name(k)} {1 / v:.1f}" for k, v in sorted(t.items()) if v > 0)
    how = "measured earlier on this machine" if cached else "measured now"
    return (
        f"4-bit compute dtype {dtype_name(entry['dtype'])}, the faster here "
        f"(one-token steps/s: {parts}; {how})"
    )
