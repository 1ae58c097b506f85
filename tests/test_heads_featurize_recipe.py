"""Featurizer recipes 2-4: alloy, electronic-structure and oxidation-state descriptors, numbers only."""

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
    assert FEATURIZER_RECIPE == 4
    for label in ("yang: Yang delta", "miedema: Miedema_deltaH_amor", "orbitals: gap_AO"):
        assert label in labels
    assert not any("HOMO_element" in lab or "HOMO_character" in lab for lab in labels)
    x = featurizer.transform([to_composition(f) for f in ("Cu50Zr50", "Cu", "NaCl")])
    assert x.shape == (3, len(labels))
    delta = x[:, labels.index("yang: Yang delta")]
    # Cu and Zr differ in size; a pure element has no mismatch
    assert delta[0] > 0.05 and delta[1] == 0.0
    assert np.isfinite(x[0, labels.index("miedema: Miedema_deltaH_amor")])


def test_miedema_is_skipped_for_many_element_alloys():
    featurizer = CompositionFeaturizer(cache_dir=None)
    col = featurizer.labels.index("miedema: Miedema_deltaH_inter")
    steel = "Fe0.62Co0.146Ni0.192Ti0.0185Mo0.0176Al0.00318Si0.00102C0.000953Mn0.000521"
    x = featurizer.transform([to_composition(steel), to_composition("Fe3Al")])
    assert np.isnan(x[0, col]) and np.isfinite(x[1, col])


def test_recipe_four_adds_oxidation_state_features():
    featurizer = CompositionFeaturizer(cache_dir=None)
    labels = featurizer.labels
    x = featurizer.transform([to_composition(f) for f in ("Fe2O3", "CdIn")])
    balanced = x[:, labels.index("oxidation: balanced (ICSD states)")]
    assert balanced.tolist() == [1.0, 0.0]
