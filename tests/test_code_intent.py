"""The request model and the intent check (issue 10): "verified" means it did what was asked.

The first half reads requests into intents (no sandbox). The second half feeds the intent
check hand-made run results, so each failure class of the issue is shown to be caught
whatever code produced it (recipes or a model). End-to-end runs are in test_code_intent_runs.py.
"""

from __future__ import annotations

import pytest

from matsci_jupyter.engines.code.intent import read_intent
from matsci_jupyter.engines.code.intent_check import check_intent, unused_parts
from matsci_jupyter.engines.code.verify import Verification


def test_slab_request_binds_every_number():
    intent = read_intent("make a Pt(111) slab with 4 layers and 12 Å vacuum")
    assert intent.elements == ["Pt"] and intent.miller == (1, 1, 1)
    assert intent.layers == 4 and intent.vacuum == pytest.approx(12.0)
    assert intent.unbound == [] and "slab" in intent.operations


def test_units_are_read_by_the_answer_engines_pint_reader():
    intent = read_intent("build a Cu(100) slab with 3 layers and 1.5 nm of vacuum")
    assert intent.vacuum == pytest.approx(15.0)  # nm -> Å through pint, no own unit table


def test_numbers_without_a_role_are_reported_not_dropped():
    intent = read_intent("read NaCl.cif and make it 7 times nicer")
    assert "7" in intent.unbound
    # a plan whose code never uses it is refused, naming the number
    missing = unused_parts(intent, "structure = Structure.from_file('NaCl.cif')")
    assert any(m.startswith("7 ") and "not understood" in m for m in missing)


def test_output_form_is_part_of_the_intent():
    assert read_intent("print the density of NaCl.cif rounded to three decimals").decimals == 3
    assert read_intent("print the volume to 1 decimal place").decimals == 1
    assert read_intent("read NaCl.cif: is it ordered? print True or False").yes_no
    poscar = read_intent("read NaCl.cif and print the POSCAR text")
    assert poscar.print_format == "poscar" and poscar.out_files == []
    assert read_intent("read NaCl.cif and save it to out.vasp").out_files == ["out.vasp"]
    assert read_intent("make bulk Cu using ASE").library == "ase"


def test_cell_kind_and_prototype():
    cubic = read_intent("build a cubic fcc Cu cell and make a 3x3x3 supercell")
    assert cubic.cell == "conventional" and cubic.prototype == "fcc"
    assert cubic.supercell == (3, 3, 3)
    assert read_intent("the primitive cell of bcc Fe").cell == "primitive"


def test_atom_indices_are_bound():
    intent = read_intent("Swap the spatial positions of atoms at indices 0 and 6 in the cif file.")
    assert intent.indices == [0, 6] and intent.unbound == []
    rotate = read_intent(
        "Rotate all atoms within 2.95 angstrom of the center atom at index 14 by 234.5 degree"
    )
    assert {b.role for b in rotate.numbers} >= {"radius", "index", "angle"}


# ---------------------------------------------------------------- the check, on hand-made runs
def _run(structure=None, stdout="", files=None, inputs=()):
    from matsci_jupyter.sandbox.values import encode

    v = Verification(ran=True, ok=True, stdout=stdout, files=files or {}, inputs=list(inputs))
    if structure is not None:
        summary = {"formula": structure.composition.formula, "n_sites": len(structure)}
        v.structures = [{"name": "structure", "summary": summary, "data": encode(structure)}]
    return v


def _fcc(element="Cu", a=3.6, cubic=True, reps=(1, 1, 1)):
    from ase.build import bulk
    from pymatgen.io.ase import AseAtomsAdaptor

    return AseAtomsAdaptor.get_structure(bulk(element, "fcc", a=a, cubic=cubic) * reps)


def _slab(element="Pt", layers=4, vacuum=12.0):
    from ase.build import fcc111
    from pymatgen.io.ase import AseAtomsAdaptor

    return AseAtomsAdaptor.get_structure(fcc111(element, size=(2, 2, layers), vacuum=vacuum))


def test_wrong_element_in_a_slab_is_a_mismatch():
    intent = read_intent("make a Pt(111) slab with 4 layers and 12 Å vacuum")
    code = "fcc111('Pt', size=(2, 2, 4), vacuum=12.0)"
    assert check_intent(intent, _run(_slab("Pt")), code) == []
    problems = check_intent(intent, _run(_slab("Au")), code)
    assert any("Au" in p for p in problems)


def test_double_surface_cut_is_a_mismatch():
    intent = read_intent("make a Pt(111) slab with 4 layers and 12 Å vacuum")
    from pymatgen.core.surface import SlabGenerator

    once = _slab("Pt")
    twice = SlabGenerator(once, (1, 1, 1), 5, 5).get_slab()  # a surface cut of the slab again
    problems = check_intent(intent, _run(twice), "fcc111('Pt', size=(2, 2, 4), vacuum=12.0)")
    assert problems, "a slab cut twice must not pass as the 4-layer slab asked"


def test_wrong_layer_count_and_missing_vacuum_are_mismatches():
    intent = read_intent("make a Pt(111) slab with 4 layers and 12 Å vacuum")
    code = "fcc111('Pt', size=(2, 2, 4), vacuum=12.0)"
    assert any("layers" in p for p in check_intent(intent, _run(_slab(layers=3)), code))
    assert any("vacuum" in p for p in check_intent(intent, _run(_slab(vacuum=4.0)), code))


def test_primitive_cell_for_a_cubic_request_is_a_mismatch():
    intent = read_intent(
        "build a cubic fcc Cu cell, make a 3x3x3 supercell, print the number of atoms"
    )
    code = "bulk('Cu', cubic=True) * (3, 3, 3)"
    right = _fcc(reps=(3, 3, 3))
    assert len(right) == 108
    assert check_intent(intent, _run(right, stdout="108 atoms"), code) == []
    wrong = _fcc(cubic=False, reps=(3, 3, 3))  # 27 atoms
    problems = check_intent(intent, _run(wrong, stdout="27 atoms"), code)
    assert any("108" in p for p in problems)


def test_ignored_rounding_is_a_mismatch():
    intent = read_intent("read Cu.cif and print its density rounded to one decimal")
    s = _fcc()
    code = "structure = Structure.from_file('Cu.cif')"
    assert check_intent(intent, _run(s, stdout=f"density {s.density:.1f}"), code) == []
    problems = check_intent(intent, _run(s, stdout=f"density {s.density:.4f}"), code)
    assert any("decimal" in p for p in problems)


def test_yes_no_question_needs_a_boolean():
    intent = read_intent("read Cu.cif: is it ordered? print True or False")
    s = _fcc()
    code = "structure = Structure.from_file('Cu.cif')"
    assert check_intent(intent, _run(s, stdout="True\n"), code) == []
    problems = check_intent(intent, _run(s, stdout="Wrote ordered.cif\n"), code)
    assert any("True/False" in p for p in problems)


def test_poscar_text_must_be_printed_not_written():
    intent = read_intent("read Cu.cif and print the POSCAR text")
    s = _fcc()
    code = "structure = Structure.from_file('Cu.cif')"
    written = _run(s, stdout="Wrote POSCAR: Cu, 4 sites", files={"POSCAR": {"parses": True}})
    assert any("POSCAR" in p for p in check_intent(intent, written, code))
    printed = _run(s, stdout=str(s.to(fmt="poscar")))
    assert check_intent(intent, printed, code) == []


def test_a_file_asked_for_must_exist_and_parse():
    intent = read_intent("read Cu.cif and save it as out.cif")
    s = _fcc()
    code = "structure = Structure.from_file('Cu.cif'); structure.to(filename='out.cif')"
    assert any("out.cif" in p for p in check_intent(intent, _run(s), code))
    bad = _run(s, files={"out.cif": {"parses": False}})
    assert any("does not parse" in p for p in check_intent(intent, bad, code))
    good = _run(s, files={"out.cif": {"parses": True, "formula": "Cu4"}})
    assert check_intent(intent, good, code) == []


def test_given_numbers_and_named_library_must_be_used():
    intent = read_intent("using ASE, make a Pt(111) slab with 4 layers and 12 Å vacuum")
    assert (
        unused_parts(intent, "from ase.build import fcc111\nfcc111('Pt', (2, 2, 4), vacuum=12.0)")
        == []
    )
    missing = unused_parts(intent, "from pymatgen.core import Structure\nx = (2, 2, 3)\nv = 10.0")
    assert any("12" in m for m in missing) and any("ASE" in m for m in missing)


def test_count_of_one_element_must_be_printed():
    intent = read_intent("read LiFePO4.cif and count the Li atoms")
    assert intent.count_element == "Li"
    from pymatgen.core import Lattice, Structure

    s = Structure(Lattice.cubic(5), ["Li", "Li", "O"], [[0, 0, 0], [0.5, 0.5, 0.5], [0, 0.5, 0]])
    code = "structure = Structure.from_file('LiFePO4.cif')"
    assert check_intent(intent, _run(s, stdout="number of Li atoms: 2"), code) == []
    assert check_intent(intent, _run(s, stdout="formula Li2 O1, 3 sites"), code)


def test_index_base_and_space_group_numbers_are_bound():
    zero = read_intent(
        "Change the atom at index 8 into Dy. The indices of atoms are started from 0."
    )
    assert zero.unbound == [] and zero.index_base == 0 and zero.indices == [8]
    assert read_intent("remove atom 3; indices start at 1").index_base == 1
    group = read_intent("Build aluminium in space group 225 with a = 4.05 Å")
    assert group.unbound == [] and ("space_group", 225) in [
        (b.role, b.value) for b in group.numbers
    ]
