"""Slot filling, clause splitting and retrieval: the parts of the recipe engine that need no sandbox."""

from __future__ import annotations

import pytest

from matsci_jupyter.engines.code import retrieval, slots
from matsci_jupyter.engines.code.recipe_path import split_clauses
from matsci_jupyter.engines.code.recipes import RECIPES


@pytest.mark.parametrize(
    "text, expected",
    [
        ("make a 2x2x1 supercell", (2, 2, 1)),
        ("a 3 × 3 × 3 cell", (3, 3, 3)),
        ("2 by 2 by 1", (2, 2, 1)),
        ("graphene 4x4", (4, 4, 1)),
        ("double the MgO.cif cell along c", (1, 1, 2)),
        ("no size here", None),
    ],
)
def test_supercell(text, expected):
    assert slots.find_supercell(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("a (111) slab", (1, 1, 1)),
        ("the (1 1 0) surface", (1, 1, 0)),
        ("(1,0,0)", (1, 0, 0)),
        ("(1-10) facet", (1, -1, 0)),
        ("hcp (0001)", (0, 0, 1)),
        ("the 110 surface", (1, 1, 0)),
        ("Cu(100) slab", (1, 0, 0)),
        ("no index", None),
    ],
)
def test_miller(text, expected):
    assert slots.find_miller(text) == expected


def test_formulas_and_elements_ignore_file_names_and_words():
    text = "Read LiFePO4.cif, replace Fe2O3 by silicon and In the XRD use Cu K-alpha"
    assert slots.find_formulas(text) == ["Fe2O3"]
    assert slots.find_elements(text) == ["Fe", "O", "Si", "Cu", "K"]
    assert "In" not in slots.find_elements("In the structure s, dope Co")
    assert not slots.is_formula("XRD") and not slots.is_formula("CIF") and slots.is_formula("CO")
    assert slots.is_formula("Ca(OH)2")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("replace all Fe with Mn", {"Fe": "Mn"}),
        ("substitute Mn for Fe", {"Fe": "Mn"}),
        ("Fe -> Mn", {"Fe": "Mn"}),
        ("put one Mg on a Li site", {"Li": "Mg"}),
        ("dope 25% of the Co sites in LiCoO2.cif with Ni", {"Co": "Ni"}),
        ("swap every Na in NaCl.cif for K", {"Na": "K"}),
        ("remove one Li", None),
    ],
)
def test_species_map(text, expected):
    assert slots.find_species_map(text) == expected


def test_counts_numbers_and_units():
    assert slots.find_count("remove one Li and two oxygen atoms", "Li") == 1
    assert slots.find_count("remove two oxygen atoms", "O") == 2
    assert slots.find_count("take out all the lithium", "Li") == "all"
    assert slots.find_length("with 15 Å vacuum", ("vacuum",)) == 15.0
    assert slots.find_length("1.2 nm of vacuum", ("vacuum",)) == pytest.approx(12.0)
    assert slots.find_length("a = 3.905 and get", ("a =",)) == 3.905
    assert slots.find_percent("strain by -3%") == pytest.approx(-0.03)
    assert slots.find_mass_grams("25 g of Fe2O3") == 25.0
    assert slots.find_plain_number("2000 k-points per atom", near=("k-points",)) == 2000


def test_energies_basis_follows_the_units():
    pairs, basis = slots.find_energies("Li -1.91 eV, O2 -9.87 eV and Li2O -14.31 eV")
    assert pairs == {"Li": -1.91, "O2": -9.87, "Li2O": -14.31} and basis == "fu"
    _, basis = slots.find_energies("Li2O is -4.75 eV/atom, Li -1.9 eV/atom and O2 -4.9 eV/atom")
    assert basis == "atom"
    assert slots.find_energies("no energies at all") is None


def test_reactions_sites_and_spacegroups():
    assert slots.find_reaction("balance Al + O2 -> Al2O3") == (["Al", "O2"], ["Al2O3"])
    assert slots.find_reaction("making LiCoO2 from Li2CO3 and Co3O4") == (
        ["Li2CO3", "Co3O4"],
        ["LiCoO2"],
    )
    assert slots.find_sites("Cs at 0 0 0 and Cl at 0.5 0.5 0.5") == (
        ["Cs", "Cl"],
        [[0, 0, 0], [0.5, 0.5, 0.5]],
    )
    assert slots.find_spacegroup("space group Pm-3m with") == "Pm-3m"
    assert slots.find_spacegroup("Please build it") is None


def test_files_and_roles(tmp_path):
    (tmp_path / "a.cif").write_text("x")
    found = {
        f.text: f for f in slots.find_files("compare a.cif and b.vasp, save as out.cif", tmp_path)
    }
    assert found["a.cif"].exists and found["a.cif"].role == "input"
    assert not found["b.vasp"].exists
    assert found["out.cif"].role == "output"
    assert [
        f.role
        for f in slots.find_files("turn Si.cif into a POSCAR file", tmp_path)
        if f.text == "POSCAR"
    ] == ["output"]


def test_variables_need_quotes_or_context_when_one_letter():
    assert slots.find_variables("make a supercell of my structure s", ["s", "df"]) == ["s"]
    assert slots.find_variables("this is a test", ["s"]) == []
    assert slots.find_variables("use `df` please", ["df"]) == ["df"]


def test_clauses():
    assert split_clauses(
        "read LiFePO4.cif, make a 2x2x1 supercell, remove one Li and report the "
        "new formula and density"
    ) == [
        "read LiFePO4.cif",
        "make a 2x2x1 supercell",
        "remove one Li",
        "report the new formula",
        "density",
    ]
    # parameters stay with their clause, number words do not start a clause
    assert split_clauses("Pt(111) surface, 3x3 in plane, 4 layers, 12 Å vacuum") == [
        "Pt(111) surface, 3x3 in plane, 4 layers, 12 Å vacuum"
    ]
    assert len(split_clauses("swap one Na and one Cl in NaCl.cif")) == 1
    assert len(split_clauses("make a table for all the cif files, with density")) == 1


@pytest.mark.parametrize(
    "query, recipe",
    [
        ("make a 2x2x1 supercell", "supercell"),
        ("remove one Li", "vacancy"),
        ("what space group is Si.cif", "space_group"),
        ("plot the XRD pattern", "xrd_pattern"),
        ("bulk modulus of copper with EMT", "eos_fit"),
        ("molar mass of Fe2O3", "molar_mass"),
        ("save it as POSCAR", "write_structure"),
        ("energy above hull for these energies", "energy_above_hull"),
    ],
)
def test_retrieval_ranks_the_obvious_recipe_first(query, recipe):
    assert retrieval.rank(query, 1)[0].recipe_id == recipe


def test_recipe_library_shape():
    assert len(RECIPES) >= 60
    topics = {r.topic for r in RECIPES.values()}
    assert {
        "io",
        "symmetry",
        "cells",
        "defects",
        "surfaces",
        "neighbours",
        "analysis",
        "composition",
        "thermo",
        "builders",
        "emt",
        "strain",
    } <= topics
    for recipe in RECIPES.values():
        assert len(recipe.examples) >= 3, recipe.id
        assert recipe.description and recipe.explain and recipe.expect, recipe.id
        assert recipe.needs is None or recipe.example_source, recipe.id
