"""``matsci-jupyter finetune``: train property heads on a CSV, optionally cross-validated.

With ``--folds FOLDS.csv`` (an id column matching the data and a ``test_fold``
column) or ``--cv K``, each fold trains on the other folds and is scored on its
own; test compositions are kept out of training even when they appear under
another id or spelling (matched after normalizing the formula). Without either,
the heads are trained once and saved in ``OUT/heads``. ``OUT/report.json`` holds
every number printed plus per-row test predictions.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import UsageError

NAME = "finetune"
HELP = "train multi-task property heads on a CSV (cross-validated with --folds or --cv)"


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data", required=True, help="CSV file with an input column and target columns")
    p.add_argument("--input", required=True, help="column of formulas (or CIF text)")
    p.add_argument(
        "--target",
        action="append",
        required=True,
        help="target column; repeat for several tasks (regression and classification mix)",
    )
    p.add_argument(
        "--folds",
        default=None,
        help="CSV with an id column matching the data and a test_fold column",
    )
    p.add_argument(
        "--id",
        default=None,
        help="id column shared by --data and --folds (default: the one column they share)",
    )
    p.add_argument(
        "--cv", type=int, default=None, help="K-fold cross-validation (grouped by composition)"
    )
    p.add_argument("--seed", type=int, default=0)
    from ..engines.heads.qlora import add_cli_arguments

    add_cli_arguments(p)  # --backbone model --adapters lora [--lora-r N] [--model NAME]
    p.add_argument("--out", required=True, help="output folder (report.json, saved heads)")
    p.add_argument(
        "--learner",
        default="auto",
        help="auto (default: learners, blend, hurdle structure and decision threshold chosen "
        "by inner cross-validation on the training rows), gbm (LightGBM), mlp (multi-task "
        "network), forest (ExtraTrees), knn (nearest neighbours), or several joined by '+'",
    )
    p.add_argument(
        "--budget",
        type=float,
        default=15.0,
        metavar="MINUTES",
        help="time for the whole run with --learner auto (all folds; default 15), counted "
        "in CPU time of this process so choices do not depend on other jobs: the search "
        "tries fewer candidates when the budget is short",
    )
    p.add_argument(
        "--metric",
        default="balanced_accuracy",
        choices=["balanced_accuracy", "f1", "roc_auc"],
        help="what auto optimizes for classification targets, decision threshold included "
        "(default balanced_accuracy of hard labels, as matbench scores them)",
    )
    p.add_argument("--trees", type=int, default=None, help="boosting rounds / forest size")
    p.add_argument(
        "--ensemble", type=int, default=1, help="members per model (uncertainty when > 1)"
    )
    p.add_argument("--epochs", type=int, default=None, help="network epochs (default 300)")
    p.add_argument("--learning-rate", type=float, default=None)
    p.add_argument("--hidden", type=int, default=None, help="network width (default 256)")
    p.add_argument(
        "--validation",
        type=float,
        default=0.15,
        help="share of training compositions held out for early stopping (default 0.15)",
    )
    p.add_argument(
        "--kind",
        action="append",
        default=[],
        metavar="COLUMN=KIND",
        help="force regression or classification for a target",
    )
    p.add_argument(
        "--unit", action="append", default=[], metavar="COLUMN=UNIT", help="unit of a target"
    )
    p.add_argument(
        "--max-rows", type=int, default=200_000, help="refuse larger tables (0: no limit)"
    )
    p.add_argument(
        "--drop-invalid", action="store_true", help="skip rows whose input is not a formula"
    )
    p.add_argument("--quiet", action="store_true")


def _pairs(items: list[str], flag: str) -> dict[str, str]:
    out = {}
    for item in items:
        if "=" not in item:
            raise UsageError(f"{flag} takes COLUMN=VALUE, got {item!r}")
        key, value = item.split("=", 1)
        out[key.strip()] = value.strip()
    return out


def _read_csv(path: str, what: str) -> Any:
    import pandas as pd

    if not Path(path).is_file():
        raise UsageError(f"{what} file {path} does not exist")
    try:
        return pd.read_csv(path)
    except Exception as exc:
        raise UsageError(f"cannot read {what} file {path}: {exc}") from None


def _fold_assignment(df: Any, folds: Any, id_column: str | None) -> tuple[np.ndarray, str]:
    """test_fold per row of ``df`` (NaN where the folds file has no entry)."""
    if "test_fold" not in folds.columns:
        raise UsageError(f"the folds file needs a 'test_fold' column; it has {list(folds.columns)}")
    if id_column is None:
        shared = [c for c in folds.columns if c != "test_fold" and c in df.columns]
        if len(shared) != 1:
            raise UsageError(
                f"say which column identifies rows with --id (data and folds share "
                f"{shared or 'no columns'})"
            )
        id_column = shared[0]
    for name, frame in (("data", df), ("folds", folds)):
        if id_column not in frame.columns:
            raise UsageError(f"--id column {id_column!r} is not in the {name} file")
    mapping = folds.drop_duplicates(id_column).set_index(id_column)["test_fold"]
    fold = df[id_column].map(mapping)
    if fold.notna().sum() == 0:
        raise UsageError(f"no id of the data appears in the folds file (column {id_column!r})")
    return pd_to_float(fold), id_column


def pd_to_float(series: Any) -> np.ndarray:
    import pandas as pd

    return pd.to_numeric(series, errors="coerce").to_numpy(dtype=float)


def _mean_metrics(folds: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    for fold in folds:
        for task, metrics in fold["metrics"].items():
            for key, value in metrics.items():
                if key != "n":
                    out.setdefault(task, {}).setdefault(key, []).append(value)  # type: ignore[arg-type]
    return {task: {k: float(np.nanmean(v)) for k, v in m.items()} for task, m in out.items()}  # type: ignore[arg-type]


def run(args: argparse.Namespace) -> int:
    from ..engines.heads import session
    from ..engines.heads.backbones import CompositionBackbone
    from ..engines.heads.data import prepare
    from ..engines.heads.folds import assigned_folds, grouped_kfold
    from ..engines.heads.metrics import headline
    from ..engines.heads.model import NetConfig
    from ..engines.heads.train import TrainSettings, fit_heads, score

    def say(msg: str) -> None:
        if not args.quiet:
            print(msg, flush=True)

    if args.folds and args.cv:
        raise UsageError("use either --folds or --cv, not both")
    if args.cv is not None and args.cv < 2:
        raise UsageError(f"--cv needs at least 2 folds, got {args.cv}")
    out = Path(args.out)
    df = _read_csv(args.data, "data")
    data = prepare(
        df,
        args.input,
        args.target,
        kinds=_pairs(args.kind, "--kind"),
        units=_pairs(args.unit, "--unit"),
        max_rows=args.max_rows or None,
        drop_invalid=args.drop_invalid,
    )
    for note in data.warnings:
        say(f"note: {note}")
    from ..engines.heads import qlora

    if qlora.wants_qlora(args):
        return qlora.run_cli(args, data, out, say)
    net = NetConfig()
    if args.epochs:
        net.epochs = args.epochs
    if args.learning_rate:
        net.learning_rate = args.learning_rate
    if args.hidden:
        net.hidden = args.hidden
    from ..engines.heads import BoostConfig, ForestConfig

    boost, forest = BoostConfig(), ForestConfig()
    if args.trees:
        boost.n_estimators = forest.n_estimators = args.trees
    from ..engines.heads.auto import AutoConfig

    if args.budget <= 0:
        raise UsageError(f"--budget must be a positive number of minutes, got {args.budget}")
    auto = AutoConfig(metric=args.metric)
    settings = TrainSettings(
        learner=args.learner,
        ensemble=args.ensemble,
        validation=0.0 if args.learner == "auto" and (args.folds or args.cv) else args.validation,
        seed=args.seed,
        net=net,
        boost=boost,
        forest=forest,
        auto=auto,
    )
    backbone = CompositionBackbone()
    t0, cpu0 = time.perf_counter(), time.process_time()
    say(f"featurizing {len(data)} rows ({backbone.label})")
    features = backbone.features(data.compositions)
    say(f"features ready in {time.perf_counter() - t0:.1f} s")

    report: dict[str, Any] = {
        "command": "matsci-jupyter finetune " + " ".join(sys.argv[2:])
        if sys.argv[1:2] == ["finetune"]
        else None,
        "data": str(args.data),
        "input": args.input,
        "rows": len(data),
        "tasks": [t.as_dict() for t in data.tasks],
        "settings": settings.as_dict(),
        "backbone": backbone.describe(),
        "notes": data.warnings,
    }
    out.mkdir(parents=True, exist_ok=True)

    def set_budget(fits_left: int) -> None:
        """Share what is left of --budget (CPU time of this process: the choices do not
        depend on other jobs on the machine) among the fits still to run."""
        left = args.budget * 60.0 - (time.process_time() - cpu0)
        auto.budget_seconds = max(left / max(fits_left, 1), 5.0)

    def say_auto(heads: Any, prefix: str = "") -> None:
        from ..engines.heads.auto import describe

        for line in describe(heads.training.get("auto", {})):
            say(f"{prefix}{line}")

    if not args.folds and not args.cv:
        set_budget(1)
        heads = fit_heads(data, features, backbone, settings)
        folder = heads.save(str(out / "heads"), overwrite=True)
        session.remember(heads)
        say_auto(heads)
        for task in heads.tasks:
            say(f"{task.name}: validation {headline(task.kind, heads.metrics.get(task.name, {}))}")
        report.update(
            {
                "mode": "train",
                "heads": folder,
                "validation_metrics": heads.metrics,
                "training": heads.training,
            }
        )
        _write_report(out, report)
        say(f"saved heads to {folder}; report in {out / 'report.json'}")
        return 0 if heads.training.get("stopped") != "interrupted" else 130

    if args.folds:
        fold_of_row, id_column = _fold_assignment(df, _read_csv(args.folds, "folds"), args.id)
        positions = {label: i for i, label in enumerate(df.index)}
        test_fold = np.array([fold_of_row[positions[label]] for label in data.row_labels])
        ids = [df[id_column].iloc[positions[label]] for label in data.row_labels]
        unassigned = int(np.isnan(test_fold).sum())
        if unassigned:
            say(
                f"note: {unassigned} rows have no fold in {args.folds}; "
                "they are only used for training"
            )
        report.update({"mode": "folds", "folds_file": str(args.folds), "id_column": id_column})
    else:
        test_fold = grouped_kfold(data.keys, args.cv, seed=args.seed)
        ids = list(data.row_labels)
        id_column = None
        report.update({"mode": "cv", "k": args.cv})

    fold_reports, predictions = [], []
    interrupted = False
    splits = list(assigned_folds(data.keys, test_fold))
    for n_done, (k, train_idx, test_idx) in enumerate(splits):
        tf = time.perf_counter()
        set_budget(len(splits) - n_done)
        candidates = int(np.sum(np.isfinite(test_fold) & (test_fold != k)))
        excluded = candidates - len(train_idx)
        sub = data.subset(train_idx)
        heads = fit_heads(sub, features[train_idx], backbone, settings)
        comb = heads.components(features[test_idx])
        cols = [[t.name for t in data.tasks].index(t.name) for t in heads.tasks]
        y_test = data.y[test_idx][:, cols]
        metrics = score(heads.tasks, y_test, comb.value)
        seconds = time.perf_counter() - tf
        fold_reports.append(
            {
                "fold": k,
                "train_rows": len(train_idx),
                "test_rows": len(test_idx),
                "excluded_same_composition": int(excluded),
                "metrics": metrics,
                "seconds": round(seconds, 2),
                "stopped": heads.training["stopped"],
                "auto": heads.training.get("auto"),
                "thresholds": {
                    t.name: t.threshold for t in heads.tasks if t.kind == "classification"
                },
            }
        )
        say_auto(heads, f"fold {k}: ")
        for task in heads.tasks:
            say(f"fold {k}: {task.name}: {headline(task.kind, metrics[task.name])}")
        say(
            f"fold {k}: {len(train_idx)} training rows ({excluded} left out: same composition "
            f"as a test row), {len(test_idx)} test rows, {seconds:.1f} s"
        )
        for r, i in enumerate(test_idx):
            row: dict[str, Any] = {
                "fold": k,
                "row": _plain(data.row_labels[i]),
                "input": data.formulas[i],
            }
            if id_column:
                row[id_column] = _plain(ids[i])
            for j, task in enumerate(heads.tasks):
                truth = y_test[r, j]
                row[f"{task.name} true"] = None if np.isnan(truth) else float(truth)
                row[f"{task.name} predicted"] = float(comb.value[r, j])
                if np.isfinite(comb.uncertainty[r, j]):
                    row[f"{task.name} uncertainty"] = float(comb.uncertainty[r, j])
            predictions.append(row)
        if heads.training["stopped"] == "interrupted":
            interrupted = True
            break
    mean = _mean_metrics(fold_reports)
    for task in data.tasks:
        if task.name in mean:
            n_total = sum(f["metrics"][task.name].get("n", 0) for f in fold_reports)
            say(
                f"mean over {len(fold_reports)} folds: {task.name}: "
                f"{headline(task.kind, {**mean[task.name], 'n': n_total})}"
            )
    report.update(
        {
            "folds": fold_reports,
            "mean": mean,
            "predictions": predictions,
            "interrupted": interrupted,
            "seconds": round(time.perf_counter() - t0, 2),
            "cpu_seconds": round(time.process_time() - cpu0, 2),
        }
    )
    _write_report(out, report)
    say(f"report in {out / 'report.json'}")
    return 130 if interrupted else 0


def _plain(v: Any) -> Any:
    if isinstance(v, np.generic):
        return v.item()
    return v


def _finite(v: Any) -> Any:
    """NaN / inf → None, so report.json is strict JSON."""
    if isinstance(v, dict):
        return {k: _finite(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_finite(x) for x in v]
    if isinstance(v, (float, np.floating)):
        return float(v) if np.isfinite(v) else None
    if isinstance(v, np.integer):
        return int(v)
    return v


def _write_report(out: Path, report: dict[str, Any]) -> None:
    tmp = out / ".report.json.tmp"
    tmp.write_text(
        json.dumps(
            _finite(report),
            indent=1,
            allow_nan=False,
            default=lambda v: v.item() if isinstance(v, np.generic) else str(v),
        )
    )
    tmp.replace(out / "report.json")
