"""matbench v0.1 composition tasks on their official folds, with leak-free joint training.

``training_frame(datasets, task, fold, joint=[...])`` builds the table one fold
trains on: every dataset in ``joint`` contributes its rows (one column per
target, NaN elsewhere), except the rows whose normalized composition is one of
the fold's test compositions — whichever dataset they come from. expt_gap's
compositions all appear in expt_is_metal, so without that rule joint training
would see ~750 test compositions per fold through the other task.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .featurize import composition_key, to_composition


@dataclass(frozen=True)
class MatbenchTask:
    dataset: str
    target: str
    kind: str  # regression | classification
    unit: str | None


TASKS = {
    "matbench_expt_gap": MatbenchTask("matbench_expt_gap", "gap expt", "regression", "eV"),
    "matbench_expt_is_metal": MatbenchTask(
        "matbench_expt_is_metal", "is_metal", "classification", None
    ),
    "matbench_steels": MatbenchTask("matbench_steels", "yield strength", "regression", "MPa"),
}


def load_datasets(folder: str | Path, names: list[str] | None = None) -> dict[str, Any]:
    """``{dataset: DataFrame(mbid, composition, <target>, test_fold, key)}`` from the CSVs."""
    import pandas as pd

    folder = Path(folder)
    folds = pd.read_csv(folder / "matbench_v0.1_test_folds.csv").set_index("mbid")["test_fold"]
    out = {}
    for name in names or list(TASKS):
        df = pd.read_csv(folder / f"{name}.csv")
        df["test_fold"] = df["mbid"].map(folds)
        if df["test_fold"].isna().any():
            raise ValueError(
                f"{name}: {int(df['test_fold'].isna().sum())} rows have no official fold"
            )
        df["test_fold"] = df["test_fold"].astype(int)
        df["key"] = [composition_key(to_composition(c)) for c in df["composition"]]
        out[name] = df
    return out


def training_frame(
    datasets: dict[str, Any], task: str, fold: int, joint: list[str] | None = None
) -> tuple[Any, Any, dict[str, int]]:
    """(training table, test table, counts) for ``task``'s official ``fold``.

    The training table has a ``composition`` column and one column per target of
    ``joint`` (default: just ``task``); the test table is ``task``'s fold rows.
    """
    joint = list(dict.fromkeys([task, *(joint or [])]))
    source = datasets[task]
    test = source[source["test_fold"] == fold]
    test_keys = set(test["key"])
    parts = []
    counts = {"test_rows": len(test)}
    for name in joint:
        df = datasets[name]
        if name == task:
            df = df[df["test_fold"] != fold]
        keep = ~df["key"].isin(test_keys)
        counts[f"excluded_{name}"] = int((~keep).sum())
        target = TASKS[name].target
        parts.append(df.loc[keep, ["composition", "key", target]])
    train = parts[0]
    for part in parts[1:]:
        train = train.merge(part, on=["composition", "key"], how="outer")
    train = train.reset_index(drop=True)
    counts["train_rows"] = len(train)
    return train, test.reset_index(drop=True), counts


def targets_of(joint: list[str]) -> list[str]:
    return [TASKS[name].target for name in joint]


__all__ = ["TASKS", "MatbenchTask", "load_datasets", "targets_of", "training_frame"]
