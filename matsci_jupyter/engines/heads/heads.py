"""Trained property heads: predict, score, show, save."""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from . import store
from .data import TaskSpec
from .featurize import InputError, ParsedInputs, parse_inputs
from .metrics import headline
from .model import uses_hurdle


@dataclass
class Combined:
    """Per-task predictions: ``value`` (target units, or class-1 probability for classification),
    ``uncertainty`` (std over ensemble members, NaN with one), ``gate`` (P(zero) of hurdles)."""

    value: np.ndarray
    uncertainty: np.ndarray
    gate: np.ndarray


def combine(
    parts_per_learner: list[list[dict[str, np.ndarray]]], tasks: list[TaskSpec]
) -> Combined:
    """Average learners (each the mean of its members); uncertainty = std over all members."""
    n = (
        next(iter(parts_per_learner[0][0].values())).shape[1]
        if parts_per_learner and parts_per_learner[0]
        else 0
    )
    value = np.full((n, len(tasks)), np.nan)
    unc = np.full((n, len(tasks)), np.nan)
    gate = np.full((n, len(tasks)), np.nan)
    for j, task in enumerate(tasks):
        learner_means, member_preds = [], []
        for parts in parts_per_learner:
            p = parts[j]
            if task.kind == "classification":
                members = p["prob"]
                learner_means.append(members.mean(0))
                member_preds.append(members)
            elif uses_hurdle(task):
                pz, v = p["p_zero"], _clamp(p["value"], task)
                learner_means.append(np.stack([pz.mean(0), v.mean(0)]))
                member_preds.append(np.where(pz > task.threshold, 0.0, v))
            else:
                v = _clamp(p["value"], task)
                learner_means.append(v.mean(0))
                member_preds.append(v)
        mean = np.mean(learner_means, axis=0)
        if uses_hurdle(task):
            gate[:, j] = mean[0]
            value[:, j] = np.where(mean[0] > task.threshold, 0.0, mean[1])
        else:
            value[:, j] = mean
        members = np.concatenate(member_preds)
        if len(members) > 1:
            unc[:, j] = members.std(0)
    return Combined(value, unc, gate)


def _clamp(values: np.ndarray, task: TaskSpec) -> np.ndarray:
    return np.maximum(values, 0.0) if task.nonnegative else values


@dataclass
class Heads:
    """Property heads trained on one backbone: ``predict(formulas_or_dataframe)``.

    ``metrics`` holds the validation scores per task; ``training`` how they were made.
    """

    tasks: list[TaskSpec]
    backbone: Any
    learners: list[Any]
    input_column: str = "composition"
    metrics: dict[str, dict[str, float]] = field(default_factory=dict)
    training: dict[str, Any] = field(default_factory=dict)
    validation: dict[str, Any] = field(default_factory=dict, repr=False)
    name: str | None = None
    path: str | None = None

    # -- prediction -------------------------------------------------------
    def components(self, features: np.ndarray) -> Combined:
        return combine([learner.components(features) for learner in self.learners], self.tasks)

    def predict(self, inputs: Any, *, input: str | None = None, errors: str = "raise") -> Any:
        """A DataFrame with one column per task (plus probability / uncertainty columns).

        ``inputs``: formulas, structures or CIF text (a list, a Series, one string)
        or a DataFrame (``input`` names its column; default the training input
        column). Classification columns give the predicted class, with
        ``<task> probability`` = P(class 1). With an ensemble, ``<task>
        uncertainty`` is the spread (std) of the members. ``errors='mark'`` returns
        NaN and a ``problem`` column for unreadable inputs instead of raising.
        Inputs outside the training domain (elements never seen, more elements or a far
        larger formula than any training composition) get a ``domain warning`` column
        (added when any input is outside) and one :class:`~.domain.OutOfDomainWarning`;
        missing-value markers such as ``"NaN"`` are unreadable inputs, never Na + N.
        """
        import pandas as pd

        values, index, parsed = read_inputs(inputs, input or self.input_column, errors)
        index_name = inputs.index.name if isinstance(inputs, (pd.DataFrame, pd.Series)) else None
        out = pd.DataFrame(index=pd.Index(index, name=index_name))
        shown = [_describe_input(v) for v in values]
        for i, comp in zip(parsed.rows, parsed.compositions, strict=True):
            if not (isinstance(values[i], str) and shown[i] == values[i]):
                shown[i] = comp.formula  # structures, CIF text: their composition
        out["input"] = shown
        domain = self.training.get("domain")
        flags: list[str] = []
        if domain:
            from .domain import Domain, warn_outside

            known = Domain.from_dict(domain)
            flags = [""] * len(values)
            outside = []
            for i, comp in zip(parsed.rows, parsed.compositions, strict=True):
                why = known.problems(comp)
                if why:
                    flags[i] = "; ".join(why)
                    outside.append((shown[i], why))
            warn_outside(outside)
        feats = self.backbone.features(parsed.compositions) if parsed.compositions else None
        result = self.components(feats) if feats is not None else None
        rows = np.asarray(parsed.rows, dtype=int)
        ensemble = sum(getattr(lr, "members", 1) for lr in self.learners) > 1
        for j, task in enumerate(self.tasks):
            col = np.full(len(values), np.nan)
            unc = np.full(len(values), np.nan)
            if result is not None:
                col[rows] = result.value[:, j]
                unc[rows] = result.uncertainty[:, j]
            if task.kind == "classification":
                classes = task.classes or [0, 1]
                labels = [None if np.isnan(p) else classes[int(p >= task.threshold)] for p in col]
                out[task.name] = pd.Series(labels, index=out.index, dtype=object)
                out[f"{task.name} probability"] = col
            else:
                out[task.name] = col
            if ensemble:
                out[f"{task.name} uncertainty"] = unc
        if any(flags):  # only when some input is outside: in-domain results keep their columns
            out["domain warning"] = flags
        if errors == "mark":
            problem = [""] * len(values)
            for i in parsed.missing:
                problem[i] = "no input"
            pos = {label: i for i, label in enumerate(index)}
            for label, _, why in parsed.problems:
                problem[pos[label]] = why
            out["problem"] = problem
        return out

    # -- reporting --------------------------------------------------------
    @property
    def task_names(self) -> list[str]:
        return [t.name for t in self.tasks]

    def metrics_frame(self) -> Any:
        import pandas as pd

        rows = []
        for t in self.tasks:
            m = self.metrics.get(t.name, {})
            row = {"task": t.name, "kind": t.kind, "unit": t.unit or "", "n": m.get("n", 0)}
            keys = (
                ("mae", "rmse", "r2")
                if t.kind == "regression"
                else ("roc_auc", "balanced_accuracy", "f1", "accuracy")
            )
            row.update({k: m.get(k, np.nan) for k in keys})
            rows.append(row)
        return pd.DataFrame(rows).set_index("task")

    def figures(self) -> dict[str, Any]:
        """Plotly figures of the validation rows: parity, or ROC and confusion matrix."""
        from .plots import task_figures

        return task_figures(self.tasks, self.validation)

    def save(self, path: str, *, overwrite: bool = False) -> str:
        """Write to the folder ``path`` (safetensors + JSON); returns the folder."""
        return str(store.save(self, path, overwrite=overwrite))

    def as_dict(self) -> dict[str, Any]:
        return json.loads(
            json.dumps(
                {
                    "kind": "heads",
                    "name": self.name,
                    "path": self.path,
                    "input_column": self.input_column,
                    "backbone": self.backbone.describe(),
                    "tasks": [t.as_dict() for t in self.tasks],
                    "learners": [lr.kind for lr in self.learners],
                    "metrics": self.metrics,
                    "training": self.training,
                },
                default=store.json_default,
            )
        )

    def summary_lines(self) -> list[str]:
        lines = [
            f"property heads{f' {self.name!r}' if self.name else ''}: "
            f"{', '.join(self.task_names)} on {self.backbone.label}, "
            f"{'+'.join(lr.kind for lr in self.learners)}"
        ]
        for t in self.tasks:
            unit = f" [{t.unit}]" if t.unit else ""
            lines.append(
                f"  {t.name}{unit} ({t.kind}{', hurdle' if uses_hurdle(t) else ''}): "
                f"validation {headline(t.kind, self.metrics.get(t.name, {}))}"
            )
        tr = self.training
        if tr.get("auto"):
            from .auto import describe

            lines.extend(f"  {line}" for line in describe(tr["auto"]))
        if tr:
            lines.append(
                f"  trained on {tr.get('rows', '?')} rows ({tr.get('validation_rows', 0)} held out "
                f"for validation), {tr.get('seconds', 0):.1f} s, {tr.get('stopped', '')}"
            )
        return lines

    def __repr__(self) -> str:
        return "\n".join(self.summary_lines())

    def _repr_html_(self) -> str:
        lines = self.summary_lines()
        table = self.metrics_frame().to_html(float_format=lambda v: f"{v:.4g}", na_rep="")
        return (
            f"<div class='matsci-heads'><b>{html.escape(lines[0])}</b>"
            f"<pre>{html.escape(chr(10).join(lines[1:]))}</pre>{table}</div>"
        )

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]:
        return {"text/plain": repr(self), "text/html": self._repr_html_()}


def load(path: Any, *, strict: bool = True, model: Any = None) -> Heads:
    """Load saved heads from the folder ``path``; checks checksums and the backbone and
    raises with the list of mismatches when they do not fit (``strict``)."""
    from pathlib import Path

    from . import session

    heads = Heads(**store.read(path, strict=strict, model=model))
    session.remember(heads, name=Path(path).expanduser().name)
    return heads


def _describe_input(v: Any) -> str:
    """A short text for the 'input' column: a formula string as given, else a shortened repr."""
    if v is None or (isinstance(v, float) and np.isnan(v)):
        return ""
    if isinstance(v, str) and len(v) <= 60 and "\n" not in v:
        return v
    return str(v).strip().splitlines()[0][:60] if isinstance(v, str) else type(v).__name__


def read_inputs(inputs: Any, column: str, errors: str) -> tuple[list[Any], list[Any], ParsedInputs]:
    """The values to predict, their row labels and what parsing them gave (see :func:`inputs_of`).

    ``errors='raise'``: unreadable inputs raise :class:`InputError`; ``'mark'``: they are left
    in ``problems`` for the caller to mark.
    """
    if errors not in ("raise", "mark"):
        raise ValueError("errors must be 'raise' or 'mark'")
    values, index = inputs_of(inputs, column)
    parsed = parse_inputs(values, labels=index)
    if parsed.problems and errors == "raise":
        raise InputError(parsed.problems, len(values))
    return values, index, parsed


def inputs_of(inputs: Any, column: str) -> tuple[list[Any], list[Any]]:
    """Values to predict and their row labels: a DataFrame column, Series, list, or one input."""
    import pandas as pd

    if isinstance(inputs, pd.DataFrame):
        if column not in inputs.columns:
            candidates = [c for c in inputs.columns if inputs[c].dtype == object]
            if len(candidates) != 1:
                from ...errors import UsageError

                raise UsageError(
                    f"the DataFrame has no column {column!r}; say which column holds "
                    f"the formulas: predict(df, input=...) (columns: {list(inputs.columns)})"
                )
            column = candidates[0]
        return inputs[column].tolist(), list(inputs.index)
    if isinstance(inputs, pd.Series):
        return inputs.tolist(), list(inputs.index)
    single = (
        isinstance(inputs, (str, bytes, dict))
        or hasattr(inputs, "composition")
        or hasattr(inputs, "get_chemical_formula")
        or not hasattr(inputs, "__iter__")
    )
    values = [inputs] if single else list(inputs)
    return values, list(range(len(values)))


@dataclass
class PredictionTable:
    """Predictions of saved / trained heads for a few inputs, for ``%matsci predict``."""

    frame: Any
    heads_name: str
    tasks: list[TaskSpec]

    def as_dict(self) -> dict[str, Any]:
        records = json.loads(self.frame.to_json(orient="records"))
        return {
            "kind": "heads-predictions",
            "heads": self.heads_name,
            "tasks": [t.as_dict() for t in self.tasks],
            "columns": list(self.frame.columns),
            "rows": records,
        }

    def __repr__(self) -> str:
        return f"predictions of {self.heads_name}\n{self.frame.to_string()}"

    def _repr_html_(self) -> str:
        return (
            f"<div class='matsci-heads-predictions'><b>predictions of "
            f"{html.escape(self.heads_name)}</b>"
            f"{self.frame.to_html(float_format=lambda v: f'{v:.4g}', na_rep='')}</div>"
        )

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]:
        return {"text/plain": repr(self), "text/html": self._repr_html_()}
