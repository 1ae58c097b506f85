"""Composition features from learned element vectors that ship with matminer (offline).

- ``matscholar``: 200-dimensional word embeddings of the element symbols, learned from
  materials-science abstracts (Tshitoyan et al., Nature 2019; matminer's
  ``matscholar_els.json``);
- ``megnet``: 16-dimensional element embeddings learned by MEGNet while predicting
  formation energies of 60,000 Materials Project structures (Chen et al., Chem. Mater.
  2019; matminer's ``megnet_elemental_embedding.json``).

A composition is described by fraction-weighted statistics (mean, standard deviation,
minimum, maximum over its elements) of its elements' vectors, optionally after
projecting the element table on its first principal components (computed on the
element table itself, never on data). Everything is computed from the element-fraction
features (``fraction: H`` … ``fraction: Og``), so no formula is parsed again.
"""

from __future__ import annotations

import json
import os
from functools import cache

import numpy as np

SOURCES = ("matscholar", "megnet")
STATS = ("mean", "std", "min", "max")
N_ELEMENTS = 118


def _data_dir() -> str:
    import matminer

    return os.path.join(os.path.dirname(matminer.__file__), "utils", "data_files")


@cache
def element_table(source: str) -> np.ndarray:
    """(118, d) element vectors in atomic-number order (row 0 = H); NaN rows for elements
    the source lacks."""
    from pymatgen.core import Element

    if source == "matscholar":
        with open(os.path.join(_data_dir(), "matscholar_els.json")) as fh:
            raw = json.load(fh)
        d = len(next(iter(raw.values())))
        table = np.full((N_ELEMENTS, d), np.nan)
        for symbol, vec in raw.items():
            table[Element(symbol).Z - 1] = vec
        return table
    if source == "megnet":
        with open(os.path.join(_data_dir(), "megnet_elemental_embedding.json")) as fh:
            rows = json.load(fh)  # row 0 is a dummy, row Z is element Z
        table = np.full((N_ELEMENTS, len(rows[0])), np.nan)
        for z in range(1, len(rows)):
            table[z - 1] = rows[z]
        return table
    raise ValueError(f"unknown element-embedding source {source!r}; known: {SOURCES}")


@cache
def projected_table(source: str, components: int | None) -> np.ndarray:
    """The element table, projected on its first ``components`` principal components
    (None: as it is)."""
    table = element_table(source)
    if components is None or components >= table.shape[1]:
        return table
    known = np.isfinite(table).all(axis=1)
    centred = table[known] - table[known].mean(axis=0)
    _, _, vt = np.linalg.svd(centred, full_matrices=False)
    out = np.full((N_ELEMENTS, components), np.nan)
    out[known] = centred @ vt[:components].T
    return out


def feature_labels(source: str, components: int | None = None) -> list[str]:
    d = projected_table(source, components).shape[1]
    return [f"{source} {stat} {i}" for stat in STATS for i in range(d)]


def embedding_features(
    fractions: np.ndarray, source: str, components: int | None = None
) -> np.ndarray:
    """(rows, 4·d) fraction-weighted mean, std, min and max of the element vectors.

    ``fractions``: (rows, 118) element fractions in atomic-number order. Elements the
    source lacks are left out (fractions renormalised); rows with none left are NaN.
    """
    table = projected_table(source, components)
    f = np.nan_to_num(np.asarray(fractions, dtype=np.float64), nan=0.0)[:, :N_ELEMENTS]
    known = np.isfinite(table).all(axis=1)
    f = np.where(known[None, :], f, 0.0)
    total = f.sum(axis=1, keepdims=True)
    empty = total[:, 0] <= 0
    w = f / np.where(total > 0, total, 1.0)
    t = np.where(known[:, None], table, 0.0)
    mean = w @ t
    var = np.maximum(w @ (t * t) - mean * mean, 0.0)
    low = np.full_like(mean, np.nan)
    high = np.full_like(mean, np.nan)
    for i in np.flatnonzero(~empty):
        rows = t[w[i] > 0]
        low[i], high[i] = rows.min(axis=0), rows.max(axis=0)
    out = np.concatenate([mean, np.sqrt(var), low, high], axis=1)
    out[empty] = np.nan
    return out.astype(np.float32)


__all__ = ["SOURCES", "element_table", "embedding_features", "feature_labels", "projected_table"]
