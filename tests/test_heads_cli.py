"""``matsci-jupyter finetune``: folds, K-fold CV, a plain training run, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from heads_support import COMPOUNDS

from matsci_jupyter.cli import main

FORMULAS = COMPOUNDS[:30]


def write_data(path: Path) -> pd.DataFrame:
    from pymatgen.core import Composition

    comps = [Composition(f) for f in FORMULAS]
    metal = [all(e.is_metal for e in c.elements) for c in comps]
    df = pd.DataFrame(
        {
            "id": [f"r{i}" for i in range(len(FORMULAS))],
            "formula": FORMULAS,
            "gap": [0.0 if m else c.average_electroneg for m, c in zip(metal, comps, strict=False)],
            "is_metal": metal,
        }
    )
    # the same composition under another id and spelling, in another fold: must not leak
    df.loc[len(df)] = ["dup", "Na2Cl2", 3.0, False]
    df.to_csv(path, index=False)
    return df


@pytest.fixture
def df(tmp_path) -> pd.DataFrame:
    """The training table, written to ``tmp_path / "data.csv"``."""
    return write_data(tmp_path / "data.csv")


def finetune(data: Path, out: Path, *options: str, targets: tuple[str, ...] = ("gap",)) -> int:
    """``matsci-jupyter finetune`` on ``data`` (formula column ``formula``) into ``out``."""
    argv = ["finetune", "--data", str(data), "--input", "formula"]
    for target in targets:
        argv += ["--target", target]
    return main([*argv, *options, "--out", str(out)])


def test_folds_report_and_no_leak(tmp_path, capsys, df):
    folds = pd.DataFrame({"id": df["id"], "test_fold": [i % 3 for i in range(len(df))]})
    folds.loc[folds["id"] == "r0", "test_fold"] = 0  # NaCl in fold 0 …
    folds.loc[folds["id"] == "dup", "test_fold"] = 1  # … and Na2Cl2 in fold 1
    folds.to_csv(tmp_path / "folds.csv", index=False)
    code = finetune(
        tmp_path / "data.csv",
        tmp_path / "out",
        "--folds",
        str(tmp_path / "folds.csv"),
        "--learner",
        "gbm",
        "--unit",
        "gap=eV",
        targets=("gap", "is_metal"),
    )
    out = capsys.readouterr().out
    assert code == 0, out
    assert (
        "fold 0: gap: MAE" in out
        and "fold 2: is_metal: ROC-AUC" in out
        and "mean over 3 folds" in out
    )
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert [f["fold"] for f in report["folds"]] == [0, 1, 2]
    assert report["id_column"] == "id"
    assert set(report["mean"]) == {"gap", "is_metal"}
    assert {"mae", "rmse", "r2"} <= set(report["mean"]["gap"])
    assert {"roc_auc", "f1", "balanced_accuracy"} <= set(report["mean"]["is_metal"])
    by_fold = {f["fold"]: f for f in report["folds"]}
    assert (
        by_fold[0]["excluded_same_composition"] >= 1
        and by_fold[1]["excluded_same_composition"] >= 1
    )
    preds = report["predictions"]
    assert len(preds) == len(df) and {p["id"] for p in preds} == set(df["id"])
    row = next(p for p in preds if p["id"] == "r6")
    assert {"gap true", "gap predicted", "is_metal true", "is_metal predicted"} <= set(row)


@pytest.mark.usefixtures("df")
def test_cv_and_plain_training(tmp_path, capsys):
    code = finetune(
        tmp_path / "data.csv", tmp_path / "cv", "--cv", "2", "--seed", "3", "--trees", "50"
    )
    assert code == 0
    report = json.loads((tmp_path / "cv" / "report.json").read_text())
    assert report["mode"] == "cv" and len(report["folds"]) == 2
    # the default learner is auto: each fold says what it chose from which inner-CV scores
    assert report["settings"]["learner"] == "auto"
    for fold in report["folds"]:
        chosen = fold["auto"]["chosen"]["gap"]
        assert chosen["learners"] and chosen["structure"] in ("plain", "hurdle")
        assert fold["auto"]["inner_cv"]["gap"]
    assert "auto chose" in capsys.readouterr().out
    code = finetune(tmp_path / "data.csv", tmp_path / "plain", "--trees", "50")
    assert code == 0
    assert (tmp_path / "plain" / "heads" / "metadata.json").is_file()
    report = json.loads((tmp_path / "plain" / "report.json").read_text())
    assert "gap" in report["validation_metrics"]


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda df: df.assign(gap=["about 2 eV", *list(df["gap"][1:])]), "not numbers"),
        (lambda df: df.assign(formula=["junk!", *list(df["formula"][1:])]), "row 0"),
        (lambda df: df.assign(is_metal=True), "only one class"),
        (lambda df: df.iloc[4:12], "at least 10"),
        (lambda df: df.assign(gap=float("nan")), "all NaN"),
    ],
)
def test_bad_input_is_one_clear_line(tmp_path, capsys, df, edit, message):
    edit(df).to_csv(tmp_path / "bad.csv", index=False)
    code = finetune(tmp_path / "bad.csv", tmp_path / "o", targets=("gap", "is_metal"))
    err = capsys.readouterr().err
    assert code == 1
    assert message in err and "Traceback" not in err
    assert err.startswith("matsci-jupyter finetune:")


@pytest.mark.usefixtures("df")
def test_usage_errors(tmp_path, capsys):
    assert finetune(tmp_path / "nope.csv", tmp_path / "o") == 1
    assert "does not exist" in capsys.readouterr().err
    pd.DataFrame({"other": [1], "test_fold": [0]}).to_csv(tmp_path / "f.csv", index=False)
    code = finetune(tmp_path / "data.csv", tmp_path / "o", "--folds", str(tmp_path / "f.csv"))
    assert code == 1
    assert "--id" in capsys.readouterr().err


@pytest.mark.usefixtures("df")
def test_too_many_rows_for_the_limit(tmp_path, capsys):
    code = finetune(tmp_path / "data.csv", tmp_path / "o", "--max-rows", "20")
    assert code == 1
    err = capsys.readouterr().err
    assert "31 rows" in err and "max_rows" in err
