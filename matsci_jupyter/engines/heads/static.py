"""Static (SVG) versions of the heads' figures and metrics, for exported notebooks.

A live widget or plotly figure needs JavaScript and saved widget state; an HTML
export of a notebook often has neither. These functions draw the same plots with
matplotlib (Agg backend, no display) as inline SVG text, so the results stay
readable in nbconvert HTML, on GitHub, or in an e-mail.
"""

from __future__ import annotations

import html
import io
from typing import Any

import numpy as np

from .data import TaskSpec
from .metrics import confusion, roc_curve

SIZE_IN = (3.6, 3.4)


def _svg(fig: Any) -> str:
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", bbox_inches="tight")
    import matplotlib.pyplot as plt

    plt.close(fig)
    text = buffer.getvalue()
    return text[text.index("<svg") :]


def _figure() -> tuple[Any, Any]:
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    return plt.subplots(figsize=SIZE_IN)


def parity_svg(task: TaskSpec, y: np.ndarray, pred: np.ndarray) -> str:
    keep = np.isfinite(y) & np.isfinite(pred)
    y, pred = y[keep], pred[keep]
    fig, ax = _figure()
    ax.scatter(y, pred, s=6, alpha=0.6)
    lo = float(min(y.min(), pred.min())) if len(y) else 0.0
    hi = float(max(y.max(), pred.max())) if len(y) else 1.0
    ax.plot([lo, hi], [lo, hi], "--", color="grey", lw=1)
    ax.set_aspect("equal", adjustable="box")
    unit = f" ({task.unit})" if task.unit else ""
    ax.set(title=f"{task.name}: parity", xlabel=f"measured{unit}", ylabel=f"predicted{unit}")
    return _svg(fig)


def roc_svg(task: TaskSpec, y: np.ndarray, prob: np.ndarray) -> str:
    fpr, tpr = roc_curve(y, prob)
    fig, ax = _figure()
    ax.plot(fpr, tpr)
    ax.plot([0, 1], [0, 1], "--", color="grey", lw=1)
    ax.set_aspect("equal", adjustable="box")
    ax.set(title=f"{task.name}: ROC", xlabel="false positive rate", ylabel="true positive rate")
    return _svg(fig)


def confusion_svg(task: TaskSpec, y: np.ndarray, prob: np.ndarray) -> str:
    counts = confusion(y, prob, task.threshold)
    names = [str(c) for c in (task.classes or [0, 1])]
    fig, ax = _figure()
    ax.imshow(counts, cmap="Blues")
    for (i, j), n in np.ndenumerate(counts):
        ax.text(j, i, str(int(n)), ha="center", va="center")
    ax.set_xticks([0, 1], names)
    ax.set_yticks([0, 1], names)
    ax.set(
        title=f"{task.name}: confusion (threshold {task.threshold:.2f})",
        xlabel="predicted",
        ylabel="true",
    )
    return _svg(fig)


def loss_svg(curves: dict[str, tuple[list[int], list[float]]]) -> str:
    """Training curves: ``{name: (steps, losses)}``; dashed lines for validation."""
    fig, ax = _figure()
    fig.set_size_inches(6.0, 3.2)
    for name, (xs, ys) in curves.items():
        ax.plot(xs, ys, "--" if name.endswith("validation") else "-", label=name, lw=1)
    ax.set_yscale("log")
    ax.set(title="loss per task", xlabel="epoch / boosting round", ylabel="loss")
    if curves:
        ax.legend(fontsize="x-small")
    return _svg(fig)


def figures_svg(tasks: list[TaskSpec], validation: dict[str, Any]) -> dict[str, str]:
    """``{"<task> parity" | "<task> roc" | "<task> confusion": svg}`` of the validation rows."""
    if not validation:
        return {}
    y, pred = validation["y"], validation["pred"]
    out = {}
    for j, task in enumerate(tasks):
        if task.kind == "regression":
            out[f"{task.name} parity"] = parity_svg(task, y[:, j], pred[:, j])
        else:
            out[f"{task.name} roc"] = roc_svg(task, y[:, j], pred[:, j])
            out[f"{task.name} confusion"] = confusion_svg(task, y[:, j], pred[:, j])
    return out


def report_html(heads: Any, curves: dict[str, tuple[list[int], list[float]]] | None = None) -> str:
    """Summary, metrics table and every figure of ``heads`` as static HTML (inline SVG)."""
    lines = heads.summary_lines()
    parts = [
        "<div class='matsci-heads-static'>",
        f"<b>{html.escape(lines[0])}</b>",
        f"<pre>{html.escape(chr(10).join(lines[1:]))}</pre>",
    ]
    if heads.metrics:
        parts.append(
            "<b>Validation metrics</b>"
            + heads.metrics_frame().to_html(float_format=lambda v: f"{v:.4g}", na_rep="")
        )
    svgs = []
    if curves:
        svgs.append(loss_svg(curves))
    svgs.extend(figures_svg(heads.tasks, heads.validation).values())
    if svgs:
        parts.append(
            "<div style='display:flex;flex-wrap:wrap;gap:8px'>"
            + "".join(f"<div>{s}</div>" for s in svgs)
            + "</div>"
        )
    parts.append("</div>")
    return "".join(parts)


__all__ = ["figures_svg", "loss_svg", "report_html"]
