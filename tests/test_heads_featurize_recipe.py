"""Featurizer recipe 2: alloy and electronic-structure descriptors, numbers only."""

from __future__ import annotations

import numpy as np

from matsci_jupyter.engines.heads.featurize import (
    FEATURIZER_RECIPE,
    CompositionFeaturizer,
    to_composition,
)


def test_recipe_two_adds_alloy_descriptors_as_numbers():
    featurizer = CompositionFeaturizer(cache_dir=None)
    labels = featurizer.labels
    assert FEATURIZER_RECIPE == 2
    for label in ("yang: Yang delta", "miedema: Miedema_deltaH_amor", "orbitals: gap_AO"):
        assert label in labels
    assert not any("HOMO_element" in lab or "HOMO_character" in lab for lab in labels)
    x = featurizer.transform([to_composition(f) for f in ("Cu50Zr50", "Cu", "NaCl")])
    assert x.shape == (3, len(labels))
    delta = x[:, labels.index("yang: Yang delta")]
    # Cu and Zr differ in size; a pure element has no mismatch
    assert delta[0] > 0.05 and delta[1] == 0.0
    assert np.isfinite(x[0, labels.index("miedema: Miedema_deltaH_amor")])
