"""Scores of per-task predictions (scikit-learn underneath).

Regression: MAE, RMSE (target units), R². Classification: ROC-AUC from
probabilities, and F1 / balanced accuracy / accuracy of hard labels
(probability ≥ threshold). matbench's classification leaderboard scores hard
labels: its "rocauc" column equals balanced accuracy, so both are reported.
"""

from __future__ import annotations

from typing import Any

import numpy as np


def regression_metrics(y_true: Any, y_pred: Any) -> dict[str, float]:
    """MAE, RMSE and R² over the rows where both values are finite."""
    from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score

    y, p = _finite_pairs(y_true, y_pred)
    if len(y) == 0:
        return {"n": 0}
    out = {
        "n": len(y),
        "mae": float(mean_absolute_error(y, p)),
        "rmse": float(np.sqrt(mean_squared_error(y, p))),
    }
    out["r2"] = float(r2_score(y, p)) if len(y) > 1 and np.ptp(y) > 0 else float("nan")
    return out


def classification_metrics(
    y_true: Any, probability: Any, threshold: float = 0.5
) -> dict[str, float]:
    """ROC-AUC (from probabilities) and F1, balanced accuracy, accuracy (hard labels)."""
    from sklearn.metrics import accuracy_score, balanced_accuracy_score, f1_score, roc_auc_score

    y, p = _finite_pairs(y_true, probability)
    if len(y) == 0:
        return {"n": 0}
    y = y.astype(int)
    hard = (p >= threshold).astype(int)
    both = len(np.unique(y)) == 2
    return {
        "n": len(y),
        "roc_auc": float(roc_auc_score(y, p)) if both else float("nan"),
        "f1": float(f1_score(y, hard, zero_division=0)),
        "balanced_accuracy": float(balanced_accuracy_score(y, hard)) if both else float("nan"),
        "accuracy": float(accuracy_score(y, hard)),
        "roc_auc_hard_labels": float(roc_auc_score(y, hard)) if both else float("nan"),
    }


def roc_curve(y_true: Any, probability: Any) -> tuple[np.ndarray, np.ndarray]:
    """False- and true-positive rates for a ROC plot."""
    from sklearn.metrics import roc_curve as _roc

    y, p = _finite_pairs(y_true, probability)
    if len(np.unique(y)) < 2:
        return np.array([0.0, 1.0]), np.array([0.0, 1.0])
    fpr, tpr, _ = _roc(y.astype(int), p)
    return fpr, tpr


def confusion(y_true: Any, probability: Any, threshold: float = 0.5) -> np.ndarray:
    """2 x 2 counts: rows true class (0, 1), columns predicted class (0, 1)."""
    from sklearn.metrics import confusion_matrix

    y, p = _finite_pairs(y_true, probability)
    return confusion_matrix(y.astype(int), (p >= threshold).astype(int), labels=[0, 1])


def _finite_pairs(a: Any, b: Any) -> tuple[np.ndarray, np.ndarray]:
    a = np.asarray(a, dtype=float).ravel()
    b = np.asarray(b, dtype=float).ravel()
    if a.shape != b.shape:
        raise ValueError(f"{a.shape=} != {b.shape=}")
    keep = np.isfinite(a) & np.isfinite(b)
    return a[keep], b[keep]


def headline(kind: str, metrics: dict[str, float]) -> str:
    """One line: 'MAE 0.31, RMSE 0.52, R² 0.84' or 'ROC-AUC 0.97, bal. acc. 0.93, F1 0.92'."""
    if metrics.get("n", 0) == 0:
        return "no labelled rows"
    if kind == "regression":
        return (
            f"MAE {metrics['mae']:.4g}, RMSE {metrics['rmse']:.4g}, "
            f"R² {metrics['r2']:.3f} (n={metrics['n']})"
        )
    return (
        f"ROC-AUC {metrics['roc_auc']:.3f}, balanced accuracy {metrics['balanced_accuracy']:.3f}, "
        f"F1 {metrics['f1']:.3f} (n={metrics['n']})"
    )
