"""matbench v0.1 composition tasks on the 5 OFFICIAL test folds, with the property-heads engine.

    nice .venv/bin/python benchmarks/matbench.py [--tasks gap,metal,steels] [--out results.json]
    nice .venv/bin/python benchmarks/matbench.py --defaults [--tasks ...] [--out results.json]

``--defaults`` runs what a user runs: ``matsci-jupyter finetune --data TASK.csv --input
composition --target TARGET --folds matbench_v0.1_test_folds.csv`` with no other flag
(``--learner auto``, ``--budget 15``), each task in its own process, and reports the
official-fold scores, the choices auto made per fold, wall time and peak memory.

Each task runs in a fresh subprocess (so its peak memory is its own). Per fold:
the training table is built by ``engines.heads.matbench.training_frame`` (joint
training across tasks, no test composition through any task), validated by
``data.prepare``, featurized (matminer, cached in memory across folds) and fit
with ``train.fit_heads`` on all training rows; the fold's test rows are then
predicted and scored. Prints a Markdown table for BENCHMARKS.md and JSON.

Leaderboard (matbench v0.1, mean over folds): expt_gap MAE DARWIN 0.2865, CrabNet
0.3310, MODNet 0.3327; steels MAE TPOT-Mat 79.95, AutoML-Mat 82.30, MODNet 87.76;
expt_is_metal DARWIN 0.9598, AMMExpress 0.9209 (the leaderboard's "rocauc" of
classification entries is computed from boolean predictions = balanced accuracy).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "matbench"
SHORT = {"gap": "matbench_expt_gap", "metal": "matbench_expt_is_metal", "steels": "matbench_steels"}
LEADERBOARD = {
    "matbench_expt_gap": (
        "mae",
        [("DARWIN", 0.2865), ("Ax/SAASBO CrabNet", 0.3310), ("MODNet", 0.3327)],
    ),
    "matbench_steels": (
        "mae",
        [("TPOT-Mat", 79.95), ("AutoML-Mat", 82.30), ("MODNet", 87.76), ("DARWIN", 123.29)],
    ),
    "matbench_expt_is_metal": ("balanced_accuracy", [("DARWIN", 0.9598), ("AMMExpress", 0.9209)]),
}


def settings_for(task: str, args: argparse.Namespace) -> tuple[list[str], object]:
    """Joint datasets and training settings per task (fixed before the final runs)."""
    from matsci_jupyter.engines.heads import BoostConfig, ForestConfig, TrainSettings

    boost = BoostConfig(
        n_estimators=1000,
        learning_rate=0.03,
        num_leaves=31,
        min_child_samples=10,
        subsample=0.8,
        colsample_bytree=0.4,
        n_jobs=args.threads,
    )
    if task in ("matbench_expt_gap", "matbench_expt_is_metal"):
        # boosted trees and extra trees averaged. expt_gap trains jointly with expt_is_metal (its
        # "is zero" gate learns from the metal labels of compositions expt_gap lacks); expt_is_metal
        # gains no labels from expt_gap (every expt_gap composition is already in it, same labels)
        joint = ["matbench_expt_is_metal"] if task == "matbench_expt_gap" else []
        learner = "gbm+forest"
        forest = ForestConfig(n_estimators=300, max_features=0.3, n_jobs=args.threads)
    else:  # steels: 312 alloys; extra trees on the element fractions alone
        joint, learner = [], "forest"
        forest = ForestConfig(n_estimators=300, feature_blocks=["fraction"], n_jobs=args.threads)
    if args.no_joint:
        joint = []
    learner = args.learner or learner
    return joint, TrainSettings(
        learner=learner,
        ensemble=args.ensemble,
        validation=0.0,
        seed=args.seed,
        boost=boost,
        forest=forest,
    )


def peak_rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def run_task(task: str, args: argparse.Namespace) -> dict:
    import numpy as np

    from matsci_jupyter.engines.heads.backbones import CompositionBackbone
    from matsci_jupyter.engines.heads.data import prepare
    from matsci_jupyter.engines.heads.featurize import CompositionFeaturizer, parse_inputs
    from matsci_jupyter.engines.heads.matbench import (
        TASKS,
        load_datasets,
        targets_of,
        training_frame,
    )
    from matsci_jupyter.engines.heads.train import fit_heads, score

    t_start = time.perf_counter()
    joint, settings = settings_for(task, args)
    names = [task, *joint]
    datasets = load_datasets(args.data, names)
    backbone = CompositionBackbone(
        CompositionFeaturizer(cache_dir=None)
    )  # no disk cache: honest timing
    t0 = time.perf_counter()
    every = [c for name in names for c in datasets[name]["composition"]]
    backbone.features(parse_inputs(list(dict.fromkeys(every))).compositions)
    featurize_s = time.perf_counter() - t0
    kinds = {TASKS[n].target: TASKS[n].kind for n in names}
    units = {TASKS[n].target: TASKS[n].unit for n in names if TASKS[n].unit}
    target = TASKS[task].target
    folds = []
    for fold in args.folds:
        tf = time.perf_counter()
        train_df, test_df, counts = training_frame(datasets, task, fold, joint)
        data = prepare(
            train_df, "composition", targets_of(names), kinds=kinds, units=units, max_rows=None
        )
        x = backbone.features(data.compositions)
        heads = fit_heads(
            data, x, backbone, settings, train_index=np.arange(len(data)), val_index=np.arange(0)
        )
        test = parse_inputs(test_df["composition"].tolist())
        comb = heads.components(backbone.features(test.compositions))
        j = heads.task_names.index(target)
        y = test_df[target].to_numpy(dtype=float)[test.rows]
        metrics = score([heads.tasks[j]], y[:, None], comb.value[:, j : j + 1])[target]
        folds.append(
            {
                "fold": fold,
                **counts,
                "metrics": metrics,
                "seconds": time.perf_counter() - tf,
                "train_seconds": heads.training["seconds"],
                "samples_per_second": heads.training["samples_per_second"],
                "notes": heads.training["notes"][:3],
            }
        )
        shown = ", ".join(f"{k} {v:.4f}" for k, v in metrics.items() if k != "n")
        print(
            f"[{task}] fold {fold}: {shown} ({folds[-1]['seconds']:.1f} s, "
            f"{counts['train_rows']} training rows)",
            file=sys.stderr,
            flush=True,
        )
    keys = [k for k in folds[0]["metrics"] if k != "n"]
    mean = {k: float(np.mean([f["metrics"][k] for f in folds])) for k in keys}
    train_rows = sum(f["train_rows"] for f in folds)
    train_s = sum(f["train_seconds"] for f in folds)
    return {
        "task": task,
        "joint": joint,
        "settings": settings.as_dict(),
        "folds": folds,
        "mean": mean,
        "featurize_seconds": featurize_s,
        "compositions_featurized": len(set(every)),
        "train_seconds": train_s,
        "rows_per_second": train_rows / train_s if train_s else None,
        "wall_seconds": time.perf_counter() - t_start,
        "peak_rss_mb": peak_rss_mb(),
    }


def run_defaults_task(task: str, args: argparse.Namespace) -> dict:
    """One task through the CLI with default settings, in this process (for its peak memory)."""
    from matsci_jupyter.cli import main as cli_main
    from matsci_jupyter.engines.heads.matbench import TASKS

    spec = TASKS[task]
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        argv = [
            "finetune",
            "--data",
            str(args.data / f"{task}.csv"),
            "--input",
            "composition",
            "--target",
            spec.target,
            "--folds",
            str(args.data / "matbench_v0.1_test_folds.csv"),
            "--out",
            tmp,
        ]
        code = cli_main(argv)
        report = json.loads((Path(tmp) / "report.json").read_text())
    wall = time.perf_counter() - t0
    folds = [
        {
            "fold": f["fold"],
            "metrics": f["metrics"][spec.target],
            "seconds": f["seconds"],
            "auto": (f.get("auto") or {}).get("chosen", {}).get(spec.target),
            "skipped": (f.get("auto") or {}).get("skipped_for_budget", []),
            "inner_cv": (f.get("auto") or {}).get("inner_cv", {}).get(spec.target, {}),
        }
        for f in report["folds"]
    ]
    return {
        "task": task,
        "mode": "defaults",
        "command": "matsci-jupyter " + " ".join(argv[:-2]) + " --out OUT",
        "exit_code": code,
        "folds": folds,
        "mean": report["mean"][spec.target],
        "featurize_seconds": None,
        "wall_seconds": wall,
        "rows_per_second": None,
        "cpu_seconds": report.get("cpu_seconds"),
        "peak_rss_mb": peak_rss_mb(),
        "load_average": os.getloadavg(),
    }


def markdown(results: list[dict]) -> str:
    lines = [
        "| task | metric | ours (mean of 5 official folds) | per fold | leaderboard "
        "| wall (5 folds) | training rows/s | peak RSS |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        metric, board = LEADERBOARD[r["task"]]
        ours = r["mean"][metric]

        def better(ref: float, ours: float = ours, metric: str = metric) -> bool:
            return ours < ref if metric == "mae" else ours > ref

        cmp = "; ".join(
            f"{name} {ref:g} ({'beaten' if better(ref) else 'not beaten'})" for name, ref in board
        )
        per = ", ".join(f"{f['metrics'][metric]:.4g}" for f in r["folds"])
        extra = ""
        if metric == "balanced_accuracy":
            extra = f" (ROC-AUC from probabilities {r['mean']['roc_auc']:.4f})"
        wall = f"{r['wall_seconds']:.0f} s"
        if r.get("featurize_seconds") is not None:
            wall += f" (featurize {r['featurize_seconds']:.0f} s)"
        rate = f"{r['rows_per_second']:.0f}" if r.get("rows_per_second") else "–"
        lines.append(
            f"| {r['task']} | {metric} | **{ours:.4f}**{extra} | {per} | {cmp} | "
            f"{wall} | {rate} | {r['peak_rss_mb']:.0f} MB |"
        )
    if any(r.get("mode") == "defaults" for r in results):
        lines += [
            "",
            "| task | fold | auto chose | threshold | inner-CV score | skipped (budget) |",
            "|---|---|---|---|---|---|",
        ]
        for r in results:
            for f in r["folds"]:
                ch = f.get("auto") or {}
                skipped = ", ".join(f.get("skipped", [])) or "–"
                lines.append(
                    f"| {r['task']} | {f['fold']} | {ch.get('learners', '?')} "
                    f"({ch.get('structure', '?')}) | {ch.get('threshold', float('nan')):.2f} | "
                    f"{ch.get('inner_cv', float('nan')):.4f} | {skipped} |"
                )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument(
        "--tasks", default="gap,metal,steels", help="comma-separated: gap, metal, steels"
    )
    p.add_argument("--data", type=Path, default=DEFAULT_DATA)
    p.add_argument("--folds", default="0,1,2,3,4")
    p.add_argument("--ensemble", type=int, default=3, help="members per learner (seeds)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--learner", default=None, help="override the learner of every task")
    p.add_argument(
        "--no-joint", action="store_true", help="train each task on its own dataset only"
    )
    p.add_argument("--out", type=Path, default=None, help="write the JSON results here")
    p.add_argument(
        "--defaults",
        action="store_true",
        help="run the CLI with default settings only (learner auto, budget 15 min per task)",
    )
    p.add_argument("--task", default=None, help=argparse.SUPPRESS)  # worker mode
    p.add_argument("--result", type=Path, default=None, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    args.folds = [int(f) for f in args.folds.split(",")]
    if args.task:  # worker: one task, result as JSON
        result = run_defaults_task(args.task, args) if args.defaults else run_task(args.task, args)
        args.result.write_text(json.dumps(result, indent=1))
        return 0
    results = []
    for short in args.tasks.split(","):
        task = SHORT.get(short, short)
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "result.json"
            cmd = [
                sys.executable,
                __file__,
                "--task",
                task,
                "--result",
                str(out),
                "--data",
                str(args.data),
                "--folds",
                ",".join(map(str, args.folds)),
                "--ensemble",
                str(args.ensemble),
                "--seed",
                str(args.seed),
                "--threads",
                str(args.threads),
            ]
            if args.learner:
                cmd += ["--learner", args.learner]
            if args.no_joint:
                cmd.append("--no-joint")
            if args.defaults:
                cmd.append("--defaults")
            env = {
                **os.environ,
                "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
            }
            subprocess.run(cmd, check=True, env=env)
            results.append(json.loads(out.read_text()))
        print(markdown(results[-1:]), flush=True)
    print(markdown(results))
    if args.out:
        args.out.write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
