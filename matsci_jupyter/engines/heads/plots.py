"""Plotly figures of validation results: parity plots, ROC curves, confusion matrices."""

from __future__ import annotations

from typing import Any

import numpy as np

from .data import TaskSpec
from .metrics import confusion, roc_curve


def parity_figure(
    task: TaskSpec, y: np.ndarray, pred: np.ndarray, formulas: list[str] | None = None
) -> Any:
    import plotly.graph_objects as go

    keep = np.isfinite(y) & np.isfinite(pred)
    y, pred = y[keep], pred[keep]
    text = [f for f, k in zip(formulas, keep, strict=False) if k] if formulas else None
    lo = float(min(y.min(), pred.min())) if len(y) else 0.0
    hi = float(max(y.max(), pred.max())) if len(y) else 1.0
    unit = f" ({task.unit})" if task.unit else ""
    fig = go.Figure(
        [
            go.Scatter(
                x=y,
                y=pred,
                mode="markers",
                text=text,
                name="validation",
                marker={"size": 5, "opacity": 0.6},
            ),
            go.Scatter(
                x=[lo, hi],
                y=[lo, hi],
                mode="lines",
                name="y = x",
                line={"dash": "dash", "color": "grey"},
            ),
        ]
    )
    fig.update_yaxes(scaleanchor="x", scaleratio=1)  # square: never stretched by its container
    fig.update_layout(
        title=f"{task.name}: parity",
        xaxis_title=f"measured{unit}",
        yaxis_title=f"predicted{unit}",
        width=420,
        height=400,
        showlegend=False,
        margin={"l": 50, "r": 10, "t": 40, "b": 40},
    )
    return fig


def roc_figure(task: TaskSpec, y: np.ndarray, prob: np.ndarray) -> Any:
    import plotly.graph_objects as go

    fpr, tpr = roc_curve(y, prob)
    fig = go.Figure(
        [
            go.Scatter(x=fpr, y=tpr, mode="lines", name="ROC"),
            go.Scatter(
                x=[0, 1],
                y=[0, 1],
                mode="lines",
                line={"dash": "dash", "color": "grey"},
                name="chance",
            ),
        ]
    )
    positive = (task.classes or [0, 1])[1]
    fig.update_layout(
        title=f"{task.name}: ROC (positive = {positive})",
        xaxis_title="false positive rate",
        yaxis_title="true positive rate",
        width=420,
        height=400,
        showlegend=False,
        margin={"l": 50, "r": 10, "t": 40, "b": 40},
    )
    return fig


def confusion_figure(task: TaskSpec, y: np.ndarray, prob: np.ndarray) -> Any:
    import plotly.graph_objects as go

    counts = confusion(y, prob, task.threshold)
    names = [str(c) for c in (task.classes or [0, 1])]
    fig = go.Figure(
        go.Heatmap(
            z=counts,
            x=[f"pred {n}" for n in names],
            y=[f"true {n}" for n in names],
            text=counts,
            texttemplate="%{text}",
            colorscale="Blues",
            showscale=False,
        )
    )
    fig.update_layout(
        title=f"{task.name}: confusion matrix",
        width=360,
        height=320,
        yaxis={"autorange": "reversed"},
        margin={"l": 60, "r": 10, "t": 40, "b": 40},
    )
    return fig


def task_figures(tasks: list[TaskSpec], validation: dict[str, Any]) -> dict[str, Any]:
    """``{"<task> parity" | "<task> roc" | "<task> confusion": figure}`` from validation rows."""
    if not validation:
        return {}
    y, pred = np.asarray(validation["y"]), np.asarray(validation["pred"])
    out = {}
    for j, task in enumerate(tasks):
        if not np.isfinite(y[:, j]).any():
            continue
        if task.kind == "regression":
            out[f"{task.name} parity"] = parity_figure(
                task, y[:, j], pred[:, j], validation.get("formulas")
            )
        else:
            out[f"{task.name} roc"] = roc_figure(task, y[:, j], pred[:, j])
            out[f"{task.name} confusion"] = confusion_figure(task, y[:, j], pred[:, j])
    return out
