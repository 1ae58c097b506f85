"""Input parsing and table validation for property heads: clear messages, the frame untouched."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from heads_support import COMPOUNDS

from matsci_jupyter.engines.heads.data import DataError, prepare
from matsci_jupyter.engines.heads.featurize import (
    InputError,
    composition_key,
    parse_inputs,
    to_composition,
)

FORMULAS = COMPOUNDS[:20]


def frame(n: int = 20) -> pd.DataFrame:
    rows = FORMULAS[:n]
    return pd.DataFrame(
        {
            "formula": rows,
            "gap": np.linspace(0.0, 5.0, len(rows)),
            "is_metal": [f in {"Si", "Cu", "Fe", "NiAl", "Cu3Au"} for f in rows],
        }
    )


def test_composition_key_matches_normalized_formulas():
    assert composition_key(to_composition("Cu1.8S1")) == composition_key(to_composition("Cu9S5"))
    assert composition_key(to_composition("TeSe")) == composition_key(to_composition("Te0.5Se0.5"))
    assert composition_key(to_composition("In3CuSe5")) == composition_key(
        to_composition("In1.5Cu0.5Se2.5")
    )
    assert composition_key(to_composition("NaCl")) != composition_key(to_composition("NaCl2"))


def test_structures_and_cif_text_become_compositions(shared_data):
    from pymatgen.core import Lattice, Structure

    s = Structure(Lattice.cubic(4.2), ["Na", "Cl"], [[0, 0, 0], [0.5, 0.5, 0.5]])
    assert to_composition(s).reduced_formula == "NaCl"
    cifs = sorted((shared_data / "cif").glob("*.cif"))
    assert cifs
    parsed = parse_inputs([p.read_text(errors="replace") for p in cifs])
    assert parsed.compositions, "at least one real CIF parses"
    for label, _, why in parsed.problems:  # the malformed ones are reported, not raised
        assert isinstance(label, int) and why


def test_non_formulas_are_reported_with_their_rows():
    parsed = parse_inputs(
        ["NaCl", "hello", None, "Xx2", 3.5, "Fe2O3"], labels=[10, 11, 12, 13, 14, 15]
    )
    assert [c.reduced_formula for c in parsed.compositions] == ["NaCl", "Fe2O3"]
    assert [p[0] for p in parsed.problems] == [11, 13, 14]
    assert parsed.missing == [2]
    err = InputError(parsed.problems, 6)
    assert "row 11" in str(err) and "'hello'" in str(err) and "Fe2O3" in str(err)


def test_prepare_reads_tasks_and_leaves_the_frame_alone():
    df = frame()
    df.loc[3, "gap"] = np.nan
    before = df.copy(deep=True)
    data = prepare(df, "formula", ["gap", "is_metal"])
    pd.testing.assert_frame_equal(df, before)
    kinds = {t.name: t.kind for t in data.tasks}
    assert kinds == {"gap": "regression", "is_metal": "classification"}
    assert np.isnan(data.y[3, 0]) and not np.isnan(data.y[3, 1])
    assert data.tasks[0].nonnegative and data.tasks[0].zero_fraction == pytest.approx(1 / 19)
    assert len(data.data_hash()) == 64


def problems_of(*args, **kwargs) -> str:
    with pytest.raises(DataError) as info:
        prepare(*args, **kwargs)
    return " | ".join(info.value.problems)


def test_non_numeric_regression_target():
    df = frame()
    df["gap"] = df["gap"].astype(object)
    df.loc[[2, 5], "gap"] = ["n/a", "1.2 eV"]
    msg = problems_of(df, "formula", "gap")
    assert "2 values that are not numbers" in msg and "row 2: 'n/a'" in msg and "to_numeric" in msg


def test_strings_that_are_not_formulas():
    df = frame()
    df.loc[4, "formula"] = "not a formula"
    msg = problems_of(df, "formula", "gap")
    assert "row 4" in msg and "not a formula" in msg and "drop_invalid" in msg
    data = prepare(df, "formula", "gap", drop_invalid=True)
    assert len(data) == len(df) - 1 and any("row" in w for w in data.warnings)


def test_one_class_classification_target():
    df = frame()
    df["is_metal"] = True
    msg = problems_of(df, "formula", "is_metal")
    assert "only one class" in msg and "True" in msg


def test_fewer_than_ten_rows():
    msg = problems_of(frame(8), "formula", "gap")
    assert "at least 10" in msg


def test_all_nan_column():
    df = frame()
    df["empty"] = np.nan
    msg = problems_of(df, "formula", ["gap", "empty"])
    assert "'empty'" in msg and "all NaN" in msg


def test_conflicting_duplicates_warn_or_refuse():
    df = pd.DataFrame(
        {"formula": ["Cu9S5", "Cu1.8S1", *FORMULAS[:10]], "gap": [0.0, 2.3] + [1.0] * 10}
    )
    data = prepare(df, "formula", "gap")
    assert any("Cu9S5" in w and "different 'gap'" in w for w in data.warnings)
    msg = problems_of(df, "formula", "gap", on_conflict="error")
    assert "rows 0, 1" in msg


def test_a_million_rows_is_refused_quickly():
    df = pd.DataFrame(
        {"formula": np.full(1_000_000, "NaCl", dtype=object), "y": np.zeros(1_000_000)}
    )
    msg = problems_of(df, "formula", "y")
    assert "1,000,000 rows" in msg and "sample" in msg


def test_missing_columns_and_bad_kinds():
    msg = problems_of(frame(), "nope", ["gap", "missing"])
    assert "'nope'" in msg and "'missing'" in msg
    msg = problems_of(frame(), "formula", "formula")
    assert "input column" in msg
    msg = problems_of(frame(), "formula", "gap", kinds={"gap": "classification"})
    assert "exactly two classes" in msg


def test_string_classes_and_forced_kinds():
    df = frame()
    df["label"] = np.where(df["is_metal"], "metal", "insulator")
    data = prepare(df, "formula", "label")
    assert data.tasks[0].classes == ["insulator", "metal"]
    df["three"] = ["a", "b", "c", "d"] * 5
    assert "4 distinct values" in problems_of(df, "formula", "three")
    data = prepare(frame(), "formula", "is_metal")
    assert data.tasks[0].kind == "classification" and data.tasks[0].classes == [False, True]


def test_not_a_dataframe():
    assert "DataFrame" in problems_of([["NaCl", 1.0]], "formula", "gap")
