"""Checking a user's table before training: clear messages, and the frame is never modified.

:func:`prepare` reads the input column and the target columns of a DataFrame and
returns a :class:`TrainingData` (compositions, a label matrix with NaN for
missing labels, one :class:`TaskSpec` per target) or raises :class:`DataError`
listing every problem found, each with what to do about it.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ...errors import MatsciError
from .featurize import parse_inputs

MIN_ROWS = 10
DEFAULT_MAX_ROWS = 200_000
_TRUE = {"true", "yes", "y", "t", "1", "metal", "positive", "pos"}
_FALSE = {"false", "no", "n", "f", "0", "nonmetal", "non-metal", "negative", "neg"}


class DataError(MatsciError):
    """The table cannot be trained on as it is; ``problems`` lists why."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        text = (
            self.problems[0]
            if len(self.problems) == 1
            else (f"{len(self.problems)} problems: " + " | ".join(self.problems))
        )
        super().__init__(text)


@dataclass
class TaskSpec:
    """One target column. ``kind`` is 'regression' or 'classification' (two classes).

    For classification, ``classes`` holds the original labels of class 0 and
    class 1 (the positive class, whose probability is predicted).
    """

    name: str
    kind: str
    unit: str | None = None
    classes: list[Any] | None = None
    weight: float = 1.0
    zero_fraction: float = 0.0  # share of labels exactly 0 (regression)
    nonnegative: bool = False  # every label >= 0: predictions are clipped at 0
    hurdle: bool | None = None  # regression with a point mass at 0; None: by zero_fraction
    threshold: float = 0.5  # classification: P(class 1) ≥ threshold → class 1; hurdle: P(zero)

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "unit": self.unit,
            "classes": [_jsonable(c) for c in self.classes] if self.classes else None,
            "weight": self.weight,
            "zero_fraction": self.zero_fraction,
            "nonnegative": self.nonnegative,
            "hurdle": self.hurdle,
            "threshold": self.threshold,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> TaskSpec:
        return cls(
            name=d["name"],
            kind=d["kind"],
            unit=d.get("unit"),
            classes=d.get("classes"),
            weight=float(d.get("weight", 1.0)),
            zero_fraction=float(d.get("zero_fraction", 0.0)),
            nonnegative=bool(d.get("nonnegative", False)),
            hurdle=d.get("hurdle"),
            threshold=float(d.get("threshold", 0.5)),
        )


def _jsonable(v: Any) -> Any:
    if isinstance(v, np.generic):
        return v.item()
    return v


@dataclass
class TrainingData:
    """Parsed, validated training rows. ``y`` has one column per task, NaN = no label."""

    compositions: list[Any]
    keys: list[str]
    row_labels: list[Any]
    y: np.ndarray
    tasks: list[TaskSpec]
    input_column: str
    warnings: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.compositions)

    @property
    def formulas(self) -> list[str]:
        return [c.formula for c in self.compositions]

    def data_hash(self) -> str:
        """sha256 of the formulas and labels: identifies the training data in saved heads."""
        h = hashlib.sha256()
        h.update("\n".join(self.formulas).encode())
        h.update(np.ascontiguousarray(self.y, dtype=np.float64).tobytes())
        h.update("|".join(t.name for t in self.tasks).encode())
        return h.hexdigest()

    def subset(self, index: Sequence[int] | np.ndarray) -> TrainingData:
        index = np.asarray(index, dtype=int)
        return TrainingData(
            [self.compositions[i] for i in index],
            [self.keys[i] for i in index],
            [self.row_labels[i] for i in index],
            self.y[index],
            self.tasks,
            self.input_column,
            list(self.warnings),
        )


def _as_frame(df: Any) -> Any:
    import pandas as pd

    if isinstance(df, pd.DataFrame):
        return df
    raise DataError(
        [
            f"expected a pandas DataFrame, got {type(df).__name__}; "
            "build one with pandas.DataFrame({...}) or pandas.read_csv(...)"
        ]
    )


def encode_target(
    name: str, series: Any, kind: str | None, problems: list[str]
) -> tuple[np.ndarray, TaskSpec] | None:
    """Target column → float labels (class 0/1 for classification) and its spec."""
    import pandas as pd

    values = series.tolist()
    present = [(i, v) for i, v in enumerate(values) if not _missing(v)]
    if not present:
        problems.append(
            f"target column {name!r} has no values at all (all NaN); pick another column"
        )
        return None
    is_bool = series.dtype == bool or all(isinstance(v, (bool, np.bool_)) for _, v in present)
    numeric = pd.to_numeric(series, errors="coerce")
    bad = [(i, v) for i, v in present if not is_bool and np.isnan(numeric.iloc[i])]
    index = list(series.index)

    if is_bool:
        labels = np.array([np.nan if _missing(v) else float(bool(v)) for v in values])
        spec = TaskSpec(name, "classification", classes=[False, True])
        if kind == "regression":
            problems.append(
                f"target {name!r} holds True/False values; it can only be a classification target"
            )
            return None
    elif not bad:  # all numbers
        labels = numeric.to_numpy(dtype=float)
        distinct = np.unique(labels[~np.isnan(labels)])
        binary = len(distinct) <= 2 and set(distinct.tolist()) <= {0.0, 1.0}
        if kind is None:
            kind = "classification" if binary and len(distinct) == 2 else "regression"
        if kind == "classification":
            if not set(distinct.tolist()) <= {0.0, 1.0}:
                if len(distinct) == 2:
                    lo, hi = distinct.tolist()
                    labels = np.where(np.isnan(labels), np.nan, (labels == hi).astype(float))
                    spec = TaskSpec(name, "classification", classes=[lo, hi])
                else:
                    problems.append(
                        f"target {name!r} has {len(distinct)} distinct numbers; a "
                        "classification target needs exactly two classes (use regression?)"
                    )
                    return None
            else:
                spec = TaskSpec(name, "classification", classes=[0, 1])
        else:
            spec = TaskSpec(name, "regression")
    else:  # some or all values are not numbers
        strings = sorted({str(v).strip() for _, v in present})
        if kind == "regression" or (kind is None and len(bad) < len(present) * 0.5):
            shown = ", ".join(f"row {index[i]}: {v!r}" for i, v in bad[:5])
            more = f" and {len(bad) - 5} more" if len(bad) > 5 else ""
            problems.append(
                f"regression target {name!r} has {len(bad)} values that are not numbers "
                f"({shown}{more}); convert them, e.g. pandas.to_numeric(df[{name!r}], "
                "errors='coerce') to treat them as missing"
            )
            return None
        if len(strings) != 2:
            shown = ", ".join(repr(s) for s in strings[:6])
            problems.append(
                f"target {name!r} is not numeric and has {len(strings)} distinct values ({shown}"
                f"{', …' if len(strings) > 6 else ''}); a classification target needs exactly two "
                "classes and a regression target needs numbers"
            )
            return None
        low = [s.lower() for s in strings]
        if low[0] in _TRUE and low[1] in _FALSE:
            strings = strings[::-1]
        elif not (low[1] in _TRUE and low[0] in _FALSE):
            strings = sorted(strings)
        labels = np.array(
            [np.nan if _missing(v) else float(str(v).strip() == strings[1]) for v in values]
        )
        spec = TaskSpec(name, "classification", classes=strings)

    observed = labels[~np.isnan(labels)]
    if spec.kind == "classification":
        n_pos = int(observed.sum())
        if n_pos in (0, len(observed)):
            only = spec.classes[1] if n_pos else spec.classes[0]
            problems.append(
                f"classification target {name!r} has only one class ({only!r} in all "
                f"{len(observed)} labelled rows); the model needs examples of both classes"
            )
            return None
    else:
        if np.ptp(observed) == 0:
            problems.append(
                f"regression target {name!r} has the same value ({observed[0]:g}) in every "
                "labelled row; there is nothing to learn"
            )
            return None
        if not np.all(np.isfinite(observed)):
            problems.append(
                f"regression target {name!r} contains infinite values; replace them with NaN"
            )
            return None
        spec.zero_fraction = float(np.mean(observed == 0.0))
        spec.nonnegative = bool(observed.min() >= 0)
    return labels, spec


def _missing(v: Any) -> bool:
    if v is None:
        return True
    if isinstance(v, (float, np.floating)) and np.isnan(v):
        return True
    try:
        import pandas as pd

        if v is pd.NA or v is pd.NaT:
            return True
    except ImportError:  # pragma: no cover
        pass
    return isinstance(v, str) and not v.strip()


def prepare(
    df: Any,
    input: str,
    targets: Sequence[str] | str,
    *,
    kinds: dict[str, str] | None = None,
    units: dict[str, str] | None = None,
    max_rows: int | None = DEFAULT_MAX_ROWS,
    on_conflict: str = "warn",
    drop_invalid: bool = False,
) -> TrainingData:
    """Validate ``df`` and read the training rows; ``df`` itself is never modified.

    ``kinds`` forces 'regression' or 'classification' per target (default: True/False
    and 0/1 columns are classification, other numbers regression, two distinct
    strings classification). ``on_conflict``: what to do with one composition
    labelled differently in several rows: 'warn' (keep all rows), 'error'.
    ``drop_invalid`` skips inputs that are not formulas instead of refusing.
    """
    df = _as_frame(df)
    targets = [targets] if isinstance(targets, str) else list(targets)
    kinds = dict(kinds or {})
    problems: list[str] = []
    notes: list[str] = []

    if max_rows is not None and len(df) > max_rows:
        raise DataError(
            [
                f"the table has {len(df):,} rows, more than the {max_rows:,} this trains on "
                f"interactively (featurizing alone would take about {len(df) / 1500 / 60:.0f} "
                "min); train on a sample, "
                f"e.g. df.sample({max_rows:,}, random_state=0), or pass max_rows=None "
                "(command line: --max-rows 0)"
            ]
        )
    columns = list(df.columns)
    if input not in columns:
        problems.append(f"input column {input!r} is not in the table; columns: {columns}")
    if not targets:
        problems.append("choose at least one target column")
    for t in targets:
        if t not in columns:
            problems.append(f"target column {t!r} is not in the table; columns: {columns}")
        elif t == input:
            problems.append(f"{t!r} is the input column; it cannot also be a target")
    if len(set(targets)) != len(targets):
        problems.append("a target column is listed twice")
    for t, k in kinds.items():
        if k not in ("regression", "classification"):
            problems.append(f"kind of {t!r} must be 'regression' or 'classification', got {k!r}")
    if on_conflict not in ("warn", "error"):
        problems.append(f"on_conflict must be 'warn' or 'error', got {on_conflict!r}")
    if problems:
        raise DataError(problems)
    if df.columns.duplicated().any():
        raise DataError(
            [f"column names repeat: {sorted(set(df.columns[df.columns.duplicated()]))}"]
        )

    labels_by_task: list[np.ndarray] = []
    specs: list[TaskSpec] = []
    for t in targets:
        encoded = encode_target(t, df[t], kinds.get(t), problems)
        if encoded is not None:
            labels, spec = encoded
            spec.unit = (units or {}).get(t)
            labels_by_task.append(labels)
            specs.append(spec)

    index = list(df.index)
    parsed = parse_inputs(df[input].tolist(), labels=index)
    if parsed.problems and not drop_invalid:
        shown = "; ".join(
            f"row {row}: {str(v)[:40]!r} ({why})" for row, v, why in parsed.problems[:6]
        )
        more = f"; and {len(parsed.problems) - 6} more" if len(parsed.problems) > 6 else ""
        problems.append(
            f"{len(parsed.problems)} of {len(df)} entries of input column {input!r} are not "
            f"chemical formulas, structures or CIF text: {shown}{more}. Fix or drop those rows "
            "(formulas look like 'Fe2O3'), or pass drop_invalid=True to skip them"
        )
    elif parsed.problems:
        notes.append(
            f"skipped {len(parsed.problems)} rows whose input is not a formula "
            f"(rows {[p[0] for p in parsed.problems[:10]]})"
        )
    if parsed.missing:
        notes.append(
            f"skipped {len(parsed.missing)} rows with no input "
            f"(rows {[index[i] for i in parsed.missing[:10]]}"
            f"{'…' if len(parsed.missing) > 10 else ''})"
        )
    if problems:
        raise DataError(problems)

    rows = np.asarray(parsed.rows, dtype=int)
    y = np.stack(labels_by_task, axis=1)[rows] if len(rows) else np.zeros((0, len(specs)))
    labelled = ~np.isnan(y).all(axis=1)
    if labelled.sum() < MIN_ROWS:
        raise DataError(
            [
                f"only {int(labelled.sum())} rows have an input and at least one label; "
                f"training needs at least {MIN_ROWS}"
            ]
        )
    for j, spec in enumerate(specs):
        n = int((~np.isnan(y[:, j])).sum())
        if n < MIN_ROWS:
            problems.append(
                f"target {spec.name!r} has {n} labelled rows with a usable input; "
                f"it needs at least {MIN_ROWS}"
            )
    if problems:
        raise DataError(problems)
    n_unlabelled = int((~labelled).sum())
    if n_unlabelled:
        notes.append(f"skipped {n_unlabelled} rows with no label in any target")

    keep = np.flatnonzero(labelled)
    comps = [parsed.compositions[i] for i in keep]
    all_keys = parsed.keys  # computed once: a property over every parsed row
    keys = [all_keys[i] for i in keep]
    row_labels = [index[parsed.rows[i]] for i in keep]
    y = y[keep]
    raw = df[input].tolist()
    shown = [_short_input(raw[parsed.rows[i]], comps[n]) for n, i in enumerate(keep)]
    conflicts = _conflicts(keys, shown, row_labels, y, specs)
    if conflicts:
        if on_conflict == "error":
            raise DataError(conflicts)
        notes.extend(conflicts)
    return TrainingData(comps, keys, row_labels, y, specs, input, notes)


def _short_input(value: Any, comp: Any) -> str:
    if isinstance(value, str) and len(value) <= 40 and "\n" not in value:
        return value.strip()
    return comp.reduced_formula


def _conflicts(
    keys: list[str], shown: list[str], rows: list[Any], y: np.ndarray, specs: list[TaskSpec]
) -> list[str]:
    """One message per task with compositions (equal after normalization) labelled differently."""
    groups: dict[str, list[int]] = defaultdict(list)
    for i, k in enumerate(keys):
        groups[k].append(i)
    out = []
    for j, spec in enumerate(specs):
        bad = []
        for members in groups.values():
            if len(members) < 2:
                continue
            vals = y[members, j]
            vals = vals[~np.isnan(vals)]
            if len(vals) > 1 and np.ptp(vals) > 1e-9:
                bad.append(members)
        if not bad:
            continue

        def show(m: list[int], spec: TaskSpec = spec, j: int = j) -> str:
            if spec.kind == "classification" and spec.classes:
                vals = [repr(spec.classes[int(v)]) for v in y[m, j] if not np.isnan(v)]
            else:
                vals = [f"{v:g}" for v in y[m, j] if not np.isnan(v)]
            return (
                f"{' = '.join(dict.fromkeys(shown[i] for i in m))} "
                f"(rows {', '.join(str(rows[i]) for i in m)}: {' vs '.join(vals)})"
            )

        examples = "; ".join(show(m) for m in bad[:3])
        out.append(
            f"{len(bad)} compositions appear in several rows with different {spec.name!r} "
            f"labels (equal after normalizing the formula), e.g. {examples}; all rows are kept "
            "and the model learns their average; drop or fix them for a clean fit"
        )
    return out
