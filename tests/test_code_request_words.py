"""Issue 10, everyday requests: every word and number of the request is read or reported.

No sandbox here: requests are read into intents, and the intent check gets hand-made code
and structures, so each class is shown to be caught whatever wrote the code. The end-to-end
runs of the same classes are in test_code_crystal_runs.py.
"""

from __future__ import annotations

import pytest

from matsci_jupyter.engines.code.intent import read_intent
from matsci_jupyter.engines.code.intent_check import (
    _neighbour_and_symmetry_output,
    _structure_problems,
    unasked_steps,
    unused_parts,
)
from matsci_jupyter.engines.code.intent_words import uncovered_words


def _cscl():
    from pymatgen.core import Lattice, Structure

    return Structure(Lattice.cubic(4.2), ["Cs", "Cl"], [[0, 0, 0], [0.5, 0.5, 0.5]])


# ------------------------------------------------------------------ numbers with their roles


def test_c_is_bound_as_the_c_lattice_constant_and_must_be_used():
    intent = read_intent("Make wurtzite ZnO (a = 3.25 Å, c = 5.2 Å) and print the atom count")
    assert intent.lattice_constant == pytest.approx(3.25)
    assert intent.lattice_c == pytest.approx(5.2)
    assert intent.unbound == []
    missing = unused_parts(intent, "atoms = bulk('ZnO', 'wurtzite', a=3.25)")
    assert any("5.2" in m for m in missing)


@pytest.mark.parametrize(
    "text, sites",
    [
        ("Mg at (1/3, 2/3, 3/4)", [("Mg", (1 / 3, 2 / 3, 0.75))]),
        (
            "Co at (0.25, 0.25, 0.25), Sb at (0, 0.335, 0.158)",
            [("Co", (0.25,) * 3), ("Sb", (0.0, 0.335, 0.158))],
        ),
        ("one Fe at the origin", [("Fe", (0.0, 0.0, 0.0))]),
        ("Cs at the corner, Cl at the body centre", [("Cs", (0.0,) * 3), ("Cl", (0.5,) * 3)]),
        ("Na at 0 0 0 and Cl at 0.5 0.5 0.5", [("Na", (0.0,) * 3), ("Cl", (0.5,) * 3)]),
    ],
)
def test_sites_with_fractions_and_words_are_bound(text, sites):
    intent = read_intent(f"build it in space group 225 with a = 4 Å, {text}")
    assert [(el, pytest.approx(xyz)) for el, xyz in intent.sites] == sites
    assert intent.unbound == []


def test_a_space_group_given_is_a_parameter_and_one_asked_is_a_question():
    given = read_intent("Fe in space group 229, a = 2.87 Å; print the number of atoms")
    assert given.space_group == 229 and "space_group" not in given.quantities
    asked = read_intent("make NaCl in Fm-3m with a = 5.64 Å and print the space group spglib finds")
    assert asked.space_group == "Fm-3m" and "space_group" in asked.quantities
    assert "space_group" in read_intent("what is the space group of Si.cif?").quantities


def test_a_lattice_constant_given_is_not_a_question():
    assert (
        "lattice_lengths"
        not in read_intent(
            "build fcc gold with a lattice constant of 4.08 Å and print its density"
        ).quantities
    )
    assert (
        "lattice_lengths"
        in read_intent(
            "Build the conventional cell of diamond silicon and print the lattice constant"
        ).quantities
    )


def test_a_length_written_before_cell_is_the_lattice_constant():
    intent = read_intent("CsCl in a 4.2 Å cubic cell, Cs at the corner, Cl at the body centre")
    assert intent.lattice_constant == pytest.approx(4.2)


@pytest.mark.parametrize(
    "request_text, unit",
    [
        ("print the density of NaCl.cif in kg/m^3", "kg/m**3"),
        ("print the Cu-Cu nearest neighbour distance in Cu.cif in nm", "nm"),
        ("what's the volume of Fe.cif in cubic angstroms", "angstrom**3"),
    ],
)
def test_the_unit_of_the_answer_is_read_with_the_pint_reader(request_text, unit):
    from matsci_jupyter.units import get_registry

    got = read_intent(request_text).out_unit
    assert got is not None
    assert get_registry().Quantity(1.0, got).to(unit).magnitude == pytest.approx(1.0)


def test_print_in_a_format_is_printing_not_a_file_even_with_such_a_file_here(tmp_path):
    (tmp_path / "POSCAR").write_text("x", encoding="utf-8")
    intent = read_intent("Show me CsCl.cif in POSCAR format", cwd=str(tmp_path))
    assert intent.print_format == "poscar" and "POSCAR" not in intent.files
    assert read_intent("write CsCl.cif in POSCAR format").print_format is None


def test_molecule_names_name_their_elements():
    assert "CH4" in read_intent("Build methane and count its H atoms").formulas


# ------------------------------------------------------------------ words not understood


def test_domain_words_nothing_reads_are_reported():
    intent = read_intent("Build bcc Fe and print the magnetic moment")
    assert "magnetic moments" in intent.not_understood
    missing = unused_parts(intent, "atoms = bulk('Fe')\nprint(len(atoms))")
    assert any("magnetic moments" in m and "did not understand" in m for m in missing)


def test_a_word_the_code_covers_is_not_missing():
    intent = read_intent("Simulate the XRD pattern of CsCl.cif")
    assert "XRD" in intent.not_understood
    code = "from pymatgen.analysis.diffraction.xrd import XRDCalculator\nXRDCalculator()"
    assert not any("XRD" in m for m in uncovered_words(intent, code))


def test_a_quantity_the_code_never_computes_is_missing():
    intent = read_intent("read NaCl.cif and print its density")
    assert any(
        "density" in m for m in uncovered_words(intent, "s = Structure.from_file('NaCl.cif')")
    )


def test_the_cell_kind_asked_must_show_in_the_code():
    intent = read_intent("build the cubic cell of rock salt MgO with a = 4.21 Å")
    assert any(
        "conventional cell" in m for m in uncovered_words(intent, "bulk('MgO', 'rocksalt', a=4.21)")
    )
    assert not uncovered_words(intent, "bulk('MgO', 'rocksalt', a=4.21, cubic=True)")


# ------------------------------------------------------------------ the plan does only what was asked


def test_a_step_the_request_never_asks_for_is_reported():
    from matsci_jupyter.engines.code.plan import Plan, Step
    from matsci_jupyter.engines.code.recipes import RECIPES

    intent = read_intent("Fe in space group 229 with a = 2.87 Å, one Fe at the origin")
    plan = Plan([Step(RECIPES["bulk_element"], {"element": "Fe"}), Step(RECIPES["vacancy"], {})])
    assert unasked_steps(plan, intent)
    asked = read_intent("remove one Cl from NaCl.cif")
    assert not unasked_steps(Plan([Step(RECIPES["vacancy"], {})]), asked)


# ------------------------------------------------------------------ checks against the structure


def test_space_group_asked_is_checked_against_spglib():
    intent = read_intent("what is the space group of CsCl.cif?")
    assert not _neighbour_and_symmetry_output(intent, _cscl(), "space group: Pm-3m (number 221)")
    wrong = _neighbour_and_symmetry_output(intent, _cscl(), "space group: Fm-3m (number 225)")
    assert wrong and "Pm-3m" in wrong[0]


def test_shortest_distance_asked_is_checked_in_the_unit_asked():
    intent = read_intent("shortest Cs-Cl distance in CsCl.cif in nm")
    assert not _neighbour_and_symmetry_output(intent, _cscl(), "shortest: 0.3637 nm")
    assert _neighbour_and_symmetry_output(intent, _cscl(), "shortest: 3.637 Å")


def test_coordination_asked_is_checked_with_crystalnn():
    intent = read_intent("what is the coordination number of Cs in CsCl.cif?")
    assert not _neighbour_and_symmetry_output(intent, _cscl(), "coordination number of Cs: 8")
    assert _neighbour_and_symmetry_output(intent, _cscl(), "coordination number of Cs: 6")


def test_a_built_crystal_must_have_the_space_group_and_formula_asked():
    from types import SimpleNamespace

    run = SimpleNamespace(inputs=[], variables=[])
    intent = read_intent("build CsCl in space group 225 with a = 4.2 Å")
    problems = _structure_problems(intent, _cscl(), None, run, "")
    assert any("space group" in p for p in problems)
    named = read_intent(
        "build CsF in space group 221 with a = 4.2 Å, Cs at 0 0 0, F at 0.5 0.5 0.5"
    )
    assert any("not the CsF" in p for p in _structure_problems(named, _cscl(), None, run, ""))
