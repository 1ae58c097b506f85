"""Element-embedding composition statistics (``engines/heads/embeddings.py``)."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("matminer")

from matsci_jupyter.engines.heads import embeddings


def _fractions(**amounts: float) -> np.ndarray:
    from pymatgen.core import Element

    row = np.zeros(118)
    total = sum(amounts.values())
    for symbol, amount in amounts.items():
        row[Element(symbol).Z - 1] = amount / total
    return row


@pytest.mark.parametrize("source", embeddings.SOURCES)
def test_statistics_follow_the_element_vectors(source):
    table = embeddings.element_table(source)
    fe, o = table[25], table[7]
    x = embeddings.embedding_features(np.stack([_fractions(Fe=2, O=3), _fractions(Fe=1)]), source)
    d = table.shape[1]
    assert x.shape == (2, 4 * d) == (2, len(embeddings.feature_labels(source)))
    mean, std, low, high = np.split(x[0], 4)
    np.testing.assert_allclose(mean, 0.4 * fe + 0.6 * o, atol=1e-5)
    np.testing.assert_allclose(low, np.minimum(fe, o), atol=1e-6)
    np.testing.assert_allclose(high, np.maximum(fe, o), atol=1e-6)
    np.testing.assert_allclose(std, np.sqrt(0.24) * np.abs(fe - o), atol=1e-4)
    # one element: no spread, min = max = mean
    mean1, std1, low1, high1 = np.split(x[1], 4)
    np.testing.assert_allclose(std1, 0.0, atol=1e-4)
    np.testing.assert_allclose(low1, high1)
    np.testing.assert_allclose(mean1, fe, atol=1e-6)


def test_elements_without_a_vector_are_left_out_and_empty_rows_are_nan():
    # MEGNet's table stops at Z = 94: americium is left out, the rest renormalised
    x = embeddings.embedding_features(
        np.stack([_fractions(Fe=1, Am=1), _fractions(Am=1), np.zeros(118)]), "megnet"
    )
    np.testing.assert_allclose(
        x[0], embeddings.embedding_features(_fractions(Fe=1)[None], "megnet")[0], atol=1e-6
    )
    assert np.isnan(x[1]).all() and np.isnan(x[2]).all()


def test_principal_components_shrink_the_table():
    x = embeddings.embedding_features(_fractions(Na=1, Cl=1)[None], "matscholar", components=8)
    assert x.shape == (1, 32)
    assert len(embeddings.feature_labels("matscholar", 8)) == 32
    with pytest.raises(ValueError, match="unknown"):
        embeddings.element_table("word2vec")
