"""SmolLM2-135M-Instruct (GGUF) benchmark rows for ``model_layer.py --smollm2``.

Every load runs in a fresh subprocess (memory figures stay clean). QLoRA runs on
a random subset of matbench_expt_gap (external data, ../shared/data/matbench):
``--qlora-rows`` rows, 80 % train / 20 % test by a seeded shuffle; composition
heads (LightGBM on matminer features) train on exactly the same rows.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
EXPT_GAP = ROOT.parent / "shared" / "data" / "matbench" / "matbench_expt_gap.csv"
SI_CIF = (ROOT / "tests" / "data" / "si_model_prompt.cif").read_text()

QLORA_WORKER = r"""
import json, sys, time
import numpy as np, pandas as pd, torch
rows, threads, data = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
torch.set_num_threads(threads)
df = pd.read_csv(data).rename(columns={"composition": "formula", "gap expt": "gap"})
df = df.sample(n=rows, random_state=0).reset_index(drop=True)
cut = int(0.8 * rows)
train, test = df.iloc[:cut], df.iloc[cut:]
from matsci_jupyter.engines.heads import qlora
from matsci_jupyter.engines import heads as heads_mod
t0 = time.perf_counter()
q = qlora.train(train, "formula", ["gap"], epochs=2, batch_size=16, max_length=24, r=8)
qlora_s = time.perf_counter() - t0
pred = q.predict(list(test["formula"]))["gap"].to_numpy()
mae_q = float(np.mean(np.abs(pred - test["gap"].to_numpy())))
def hwm():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
peak = hwm()
t0 = time.perf_counter()
h = heads_mod.train(train, "formula", ["gap"], learner="gbm")
comp_s = time.perf_counter() - t0
pc = h.predict(list(test["formula"]))["gap"].to_numpy()
mae_c = float(np.mean(np.abs(pc - test["gap"].to_numpy())))
mae_mean = float(np.mean(np.abs(train["gap"].mean() - test["gap"].to_numpy())))
print(json.dumps({"rows": rows, "train_rows": len(train), "test_rows": len(test),
    "qlora_steps": q.training["steps"], "qlora_seconds": qlora_s,
    "qlora_steps_per_s": q.training["steps_per_second"], "qlora_peak_rss": peak,
    "mae_qlora": mae_q, "mae_composition_gbm": mae_c, "mae_predict_mean": mae_mean,
    "composition_seconds": comp_s}))
"""


def _worker(code: str, argv: list[str], env: dict[str, str]) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-c", code, *argv], capture_output=True, text=True, env=env, check=False
    )
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def run(args: Any, worker: str, bandwidth: Any) -> None:
    env = {**os.environ, "OMP_NUM_THREADS": str(args.threads), "PYTHONPATH": str(ROOT)}
    bw = bandwidth(args.threads)
    print(f"memory copy bandwidth {bw / 1e9:.1f} GB/s", file=sys.stderr)
    rows: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="matsci-smol-") as tmp:
        cache = Path(tmp)
        (cache / "si.cif").write_text(SI_CIF)
        plan = [
            ("nf4 first load (GGUF → NF4)", "nf4", "0"),
            ("nf4 cached", "nf4", "1"),
            ("bf16", "bf16", "0"),
            ("fp32", "fp32", "1"),
        ]
        for label, mode, code_round in plan:
            t0 = time.perf_counter()
            rows[label] = _worker(
                worker,
                [mode, str(cache), args.device, str(args.threads)],
                {**env, "BENCH_CODE_ROUND": code_round},
            )
            print(f"{label}: {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    qlora_row = None
    if EXPT_GAP.is_file():
        qlora_row = _worker(
            QLORA_WORKER, [str(args.qlora_rows), str(args.threads), str(EXPT_GAP)], env
        )
    else:
        print(f"skipped QLoRA rows: {EXPT_GAP} not found", file=sys.stderr)
    summary = {
        "bandwidth_bytes_per_s": bw,
        "loads": rows,
        "qlora": qlora_row,
        "threads": args.threads,
        "device": args.device,
    }
    print(json.dumps(summary, indent=1))
    mb = 2**20
    print(
        "\n| SmolLM2-135M | load (s) | footprint (MiB) | peak RSS (MiB) | prefill tok/s (512) "
        "| decode tok/s | bandwidth bound tok/s | % of bound | code round (s) |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for label, r in rows.items():
        bound = bw / r["bytes_per_token"]
        code = f"{r['code_round_s']:.1f}" if r["code_round_s"] else "–"
        print(
            f"| {label} | {r['load_s']:.1f} | {r['footprint'] / mb:.0f} | {r['peak_rss'] / mb:.0f} "
            f"| {r['prefill_tokens_per_s']:.0f} | {r['decode_tokens_per_s']:.1f} | {bound:.0f} "
            f"| {100 * r['decode_tokens_per_s'] / bound:.0f} % | {code} |"
        )
    if qlora_row:
        q = qlora_row
        print(
            f"\nQLoRA (r=8, q/v projections, 2 epochs, batch 16): {q['qlora_steps']} steps in "
            f"{q['qlora_seconds']:.0f} s = {q['qlora_steps_per_s']:.2f} steps/s, peak RSS "
            f"{q['qlora_peak_rss'] / mb:.0f} MiB. expt_gap MAE on {q['test_rows']} held-out rows "
            f"(trained on {q['train_rows']}): QLoRA+head {q['mae_qlora']:.3f} eV, composition "
            f"LightGBM {q['mae_composition_gbm']:.3f} eV, predicting the mean "
            f"{q['mae_predict_mean']:.3f} eV."
        )
