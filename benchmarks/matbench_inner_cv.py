"""Compare auto's candidate families by inner cross-validation on the TRAINING rows of
official matbench folds; the folds' test rows are never read (a development tool: decide
what enters ``--learner auto`` without tuning on test folds).

    PYTHONPATH=. nice .venv/bin/python benchmarks/matbench_inner_cv.py \
        --task metal --families gbm,attn --folds 0 1 [--out result.json]

Per fold: the leak-free training table of the task's own CSV (``training_frame``, no joint
training, as ``--defaults`` uses), the default composition features (disk cache), then
``AutoLearner(AutoConfig(families=...))`` — its inner-CV table of every candidate and blend,
what it chose, and the CPU seconds per candidate. Nothing is scored on the test rows.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "matbench"
SHORT = {"gap": "matbench_expt_gap", "metal": "matbench_expt_is_metal", "steels": "matbench_steels"}


def inner_cv(task: str, fold: int, families: list[str], data: Path) -> dict:
    import numpy as np

    from matsci_jupyter.engines.heads.auto import AutoConfig, AutoLearner
    from matsci_jupyter.engines.heads.data import TaskSpec
    from matsci_jupyter.engines.heads.featurize import default_featurizer, to_composition
    from matsci_jupyter.engines.heads.matbench import TASKS, load_datasets, training_frame

    spec = TASKS[task]
    train, _test, counts = training_frame(load_datasets(data, [task]), task, fold)
    featurizer = default_featurizer()
    x = featurizer.transform([to_composition(c) for c in train["composition"]])
    y = train[spec.target].astype(float).to_numpy()
    if spec.kind == "classification":
        spec_task = TaskSpec(spec.target, "classification", classes=[False, True])
    else:
        spec_task = TaskSpec(
            spec.target,
            "regression",
            unit=spec.unit,
            zero_fraction=float(np.mean(y == 0)),
            nonnegative=bool((y >= 0).all()),
        )
    auto = AutoLearner(AutoConfig(families=families))
    c0 = time.process_time()
    auto.fit(x, y[:, None], None, None, [spec_task], seed=0, feature_labels=featurizer.labels)
    report = auto.report
    return {
        "task": task,
        "fold": fold,
        "training_rows": counts["train_rows"],
        "inner_cv": report["inner_cv"][spec.target],
        "chosen": report["chosen"][spec.target],
        "candidate_cpu_seconds": report["candidate_cpu_seconds"],
        "cpu_seconds": round(time.process_time() - c0, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--task", choices=sorted(SHORT), required=True)
    parser.add_argument("--families", default="gbm,attn", help="comma-separated auto families")
    parser.add_argument("--folds", type=int, nargs="+", default=[0, 1])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    if not (args.data / "matbench_v0.1_test_folds.csv").is_file():
        print(f"no matbench data in {args.data}", file=sys.stderr)
        return 2
    families = [f.strip() for f in args.families.split(",") if f.strip()]
    results = []
    for fold in args.folds:
        r = inner_cv(SHORT[args.task], fold, families, args.data)
        results.append(r)
        print(json.dumps(r, indent=1), flush=True)
    if args.out:
        args.out.write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
