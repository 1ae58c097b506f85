"""Cross-validation folds that never leak a test composition into training.

A test composition is matched by its normalized key (``Cu9S5`` = ``Cu1.8S1``), and
excluded from the training rows of *every* task: joint training on two datasets
that share compositions (matbench expt_gap ⊂ expt_is_metal) must not see a
test composition through the other task.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import numpy as np


def leak_free_train_index(
    keys: Sequence[str], test_keys: set[str], candidate: np.ndarray | None = None
) -> np.ndarray:
    """Rows (among ``candidate``, default all) whose composition key is not a test key."""
    rows = np.arange(len(keys)) if candidate is None else np.asarray(candidate, dtype=int)
    return np.asarray([i for i in rows if keys[i] not in test_keys], dtype=int)


def assigned_folds(
    keys: Sequence[str], test_fold: Sequence[float]
) -> Iterator[tuple[int, np.ndarray, np.ndarray]]:
    """For each fold k of a given assignment: (k, train rows, test rows), leak-free.

    Rows with no fold (NaN) are always in training (unless they share a test composition).
    """
    folds = np.asarray(test_fold, dtype=float)
    for k in sorted({int(f) for f in folds[np.isfinite(folds)]}):
        test = np.flatnonzero(folds == k)
        test_keys = {keys[i] for i in test}
        train = leak_free_train_index(keys, test_keys, np.flatnonzero(folds != k))
        yield k, train, test


def grouped_kfold(keys: Sequence[str], k: int, seed: int = 0) -> np.ndarray:
    """A fold number per row, shuffled, with all rows of one composition in one fold."""
    if k < 2:
        raise ValueError(f"need at least 2 folds, got {k}")
    unique = sorted(set(keys))
    if len(unique) < k:
        raise ValueError(f"{len(unique)} distinct compositions cannot fill {k} folds")
    rng = np.random.default_rng(seed)
    order = rng.permutation(len(unique))
    fold_of = {unique[i]: n % k for n, i in enumerate(order)}
    return np.asarray([fold_of[key] for key in keys], dtype=float)
