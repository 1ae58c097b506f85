"""Every recipe's own test: its example (source + slot values) runs in the sandbox and meets its checks."""

from __future__ import annotations

from pathlib import Path

import pytest
from code_support import example_folder

from matsci_jupyter.engines.code.expect import failures
from matsci_jupyter.engines.code.recipe_path import example_plan
from matsci_jupyter.engines.code.recipes import RECIPES
from matsci_jupyter.engines.code.verify import verify
from matsci_jupyter.sandbox import screen


@pytest.fixture(scope="module")
def examples(tmp_path_factory) -> Path:
    return example_folder(tmp_path_factory.mktemp("code-examples"), None)


@pytest.mark.slow
@pytest.mark.parametrize("recipe_id", sorted(RECIPES))
def test_recipe_example_verifies(recipe_id, examples):
    recipe = RECIPES[recipe_id]
    plan = example_plan(recipe)
    code = plan.code()
    assert screen(code).ok
    v = verify(code, cwd=examples, capture=plan.outputs(), timeout_s=max(60, recipe.timeout_s))
    assert failures(v, recipe.expect) == [], v.traceback or v.stdout
    assert v.warnings == []  # no deprecated API on the recipe's own lines
    assert set(recipe.outputs) <= set(v.values)


def test_rendering_writes_literals_and_fails_on_missing_slots():
    recipe = RECIPES["supercell"]
    assert "scaling = (2, 2, 1)" in recipe.render({"scaling": (2, 2, 1)})
    with pytest.raises(ValueError, match="scaling"):
        recipe.render({})
    tricky = RECIPES["read_structure"].render({"path": "it's here.cif"})
    assert screen(tricky).ok and "it's here.cif" in tricky


def test_strain_in_all_directions_strains_a_b_and_c():
    """Regression: axis 'all' used to strain only a ('a' in 'all')."""
    from matsci_jupyter.engines.code import generate_code
    from matsci_jupyter.sandbox.values import decode

    result = generate_code("apply a 1% tensile strain to fcc aluminium")
    assert result.verified
    final = next(s for s in result.verification.structures if s["name"] == "structure")
    strained = decode(final["data"])
    a0 = 4.05 / 2**0.5  # ASE's fcc Al primitive cell edge, Å
    assert strained.lattice.abc == pytest.approx((a0 * 1.01,) * 3, rel=2e-3)
