"""Issue 10, everyday build requests end to end (recipe engine + sandbox + intent check).

Each case is a class of request that was answered wrongly, refused or crashed before the
crystal builder read its parameters from the request model: the orthorhombic cell, a space
group with a lattice constant, a/c of a hexagonal crystal, a supercell of a bare element,
a CsCl cell written as lattice + sites, a space group with two origin choices, a unit asked
for the answer, a word nothing understands.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from code_support import example_folder

from matsci_jupyter.engines.code import generate_code
from matsci_jupyter.engines.code.intent_check import main_structure

pytestmark = pytest.mark.slow


@pytest.fixture
def here(tmp_path, monkeypatch) -> Path:
    example_folder(tmp_path, None)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _run(text: str, folder: Path):
    result = generate_code(text, model=None, engine="recipes", cwd=folder)
    assert result.verification is not None, result.clarification or result.refusal
    return result


def _sites(result) -> int:
    return len(main_structure(result.verification, result.code)[1])


@pytest.mark.parametrize(
    "text, n_atoms",
    [
        (
            "Build the orthorhombic cell of fcc copper with ASE, a = 3.6 Å, and print the number of atoms",
            2,
        ),
        ("Build aluminium in space group 225 with a = 4.05 Å and print the number of atoms", 4),
        (
            "Set up Mg from space group 194 with a = 3.21 Å, c = 5.21 Å and Mg at (1/3, 2/3, 3/4); how many atoms?",
            2,
        ),
        ("using ASE build rock salt MgO with a=4.21 Å as the cubic cell; how many atoms?", 8),
        (
            "Create a simple cubic Li lattice with a = 1 Å and one atom at the origin, make a 4x4x1 supercell",
            16,
        ),
        ("make a 2x2x2 supercell of copper", 8),
    ],
)
def test_build_requests_use_every_parameter(here, text, n_atoms):
    result = _run(text, here)
    assert result.verified, result.mismatches
    assert _sites(result) == n_atoms
    assert "graphene" not in result.code


def test_hexagonal_c_goes_into_the_cell(here):
    result = _run("Make wurtzite ZnO (a = 3.25 Å, c = 5.2 Å) and print the number of atoms", here)
    assert result.verified and "c=5.2" in result.code
    structure = main_structure(result.verification, result.code)[1]
    assert structure.lattice.c == pytest.approx(5.2)


def test_a_cell_given_as_lattice_and_sites_is_built_as_written(here):
    result = _run(
        "CsCl: cubic lattice with a = 4.2 Å, Cs at (0,0,0), Cl at (0.5,0.5,0.5). Print the cell volume.",
        here,
    )
    assert result.verified and "74.088" in result.verification.stdout


def test_the_origin_choice_follows_the_formula_named(here):
    result = _run(
        "Generate Cu2O in space group Pn-3m with a = 4.27 Å, Cu at (0,0,0) and O at (0.25,0.25,0.25)",
        here,
    )
    assert result.verified
    assert main_structure(result.verification, result.code)[1].composition.reduced_formula == "Cu2O"


def test_the_answer_is_printed_in_the_unit_asked(here):
    result = _run("Build NaCl.cif's conventional cell and print the density in kg/m^3", here)
    assert result.verified and "kg/m³" in result.verification.stdout


def test_a_word_nothing_understands_is_never_verified(here):
    result = generate_code(
        "Build bcc Fe and print the magnetic moment", model=None, engine="recipes", cwd=here
    )
    assert not result.verified


def test_an_unasked_vacancy_is_not_verified(here):
    """ "one Fe at the origin" once planned a vacancy that removed the only Fe atom."""
    result = _run(
        "With ase.spacegroup.crystal: Fe in space group 229, a = 2.87 Å, one Fe at the origin", here
    )
    assert result.verified and "remove" not in result.code
    assert _sites(result) == 2
