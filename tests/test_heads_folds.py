"""Fold construction never lets a test composition into training, through any task."""

from __future__ import annotations

import numpy as np
import pytest

from matsci_jupyter.engines.heads.folds import assigned_folds, grouped_kfold
from matsci_jupyter.engines.heads.matbench import TASKS, load_datasets, training_frame


@pytest.fixture(scope="module")
def datasets(shared_data):
    return load_datasets(shared_data / "matbench")


@pytest.mark.parametrize(
    ("task", "joint"),
    [
        ("matbench_expt_gap", ["matbench_expt_is_metal"]),
        ("matbench_expt_is_metal", ["matbench_expt_gap"]),
        ("matbench_steels", []),
    ],
)
def test_official_folds_never_leak_test_compositions(datasets, task, joint):
    total_excluded = 0
    for fold in range(5):
        train, test, counts = training_frame(datasets, task, fold, joint)
        assert len(test) == (datasets[task]["test_fold"] == fold).sum()
        assert not set(train["key"]) & set(test["key"]), f"{task} fold {fold} leaks"
        assert not set(train["composition"]) & set(test["composition"])
        target = TASKS[task].target
        assert train[target].notna().sum() <= (datasets[task]["test_fold"] != fold).sum()
        for name in joint:  # the other task's rows are there, minus this fold's test compositions
            other = TASKS[name].target
            assert train[other].notna().sum() == len(datasets[name]) - counts[f"excluded_{name}"]
            total_excluded += counts[f"excluded_{name}"]
    if joint:  # expt_gap ⊂ expt_is_metal: the other task really did hold test compositions
        assert total_excluded > 3000


def test_normalized_duplicates_across_folds_are_excluded(datasets):
    gap = datasets["matbench_expt_gap"]
    dup_keys = gap["key"][gap["key"].duplicated()]
    assert len(dup_keys) >= 3  # Cu9S5 / Cu1.8S1 and friends
    for key in dup_keys:
        rows = gap[gap["key"] == key]
        for fold in set(rows["test_fold"]):
            train, _, _ = training_frame(
                datasets, "matbench_expt_gap", fold, ["matbench_expt_is_metal"]
            )
            assert key not in set(train["key"])


def test_generic_folds_are_leak_free():
    keys = ["a", "b", "a", "c", "d", "e", "b", "f"]
    assigned = [0, 0, 1, 1, 2, 2, np.nan, 2]
    for _, train, test in assigned_folds(keys, assigned):
        assert not {keys[i] for i in train} & {keys[i] for i in test}
        assert 6 not in test
    folds = grouped_kfold(keys, 3, seed=1)
    for key in set(keys):
        assert len({folds[i] for i, kk in enumerate(keys) if kk == key}) == 1
    with pytest.raises(ValueError):
        grouped_kfold(["a", "a"], 2)
