"""Structure-edit instructions are read into explicit operations, or refused with the reason.

One test per action kind of the AtomWorldBench family (its own wordings with other numbers,
and a few of ours), the refusal classes (a number no operation uses, a missing parameter,
an index outside the file, an edit nobody can bind) and the requests that are no edit.
"""

from __future__ import annotations

import pytest

from matsci_jupyter.engines.code.edit_ops import EditRefusal, check_indices, read_edit
from matsci_jupyter.engines.code.safety import refusal


def one(text: str):
    ops = read_edit(text)
    assert ops is not None and len(ops) == 1, ops
    return ops[0]


@pytest.mark.parametrize(
    ("text", "kind", "params"),
    [
        (
            "Add one Zr atom at the Cartesian coordinate [ 0.25  -1.5    3.125] to the cif file.",
            "add_atom",
            {"element": "Zr", "point": [0.25, -1.5, 3.125], "fractional": False},
        ),
        (
            "Remove the atom at index 11 from the cif file. The indices of atoms are started from 0.",
            "remove_atoms",
            {"indices": [11]},
        ),
        (
            "Delete the atoms with indices 2 and 7 (counting from 0).",
            "remove_atoms",
            {"indices": [2, 7]},
        ),
        (
            "Move the atom at index 4 by [-1.  0.  2.5] angstrom in the cif file.",
            "move_atoms",
            {"indices": [4], "vector": [-1.0, 0.0, 2.5], "fractional": False},
        ),
        (
            "Change the atom at index 6 into Sb in the cif file. The indices of atoms are started from 0.",
            "change_atom",
            {"index": 6, "element": "Sb"},
        ),
        (
            "Swap the spatial positions of atoms at indices 9 and 2 in the cif file. The indices of "
            "atoms are started from 0.",
            "swap_elements",
            {"i": 9, "j": 2},
        ),
        (
            "Move the atom at index 3 towards the atom at index 8 by 0.7771 angstrom in the cif file.",
            "move_towards",
            {"i": 3, "j": 8, "distance": 0.7771},
        ),
        (
            "Delete all atoms whose z coordinate is lower than the atom at index 5 in the cif file. "
            "Excluding itself and atoms with the same z coordinate.",
            "delete_below",
            {"index": 5},
        ),
        ("Create a supercell with the size 3 by 1 by 2.", "supercell", {"size": [3, 1, 2]}),
        ("Create a supercell with the size 1X2X2.", "supercell", {"size": [1, 2, 2]}),
        ("replace all atoms of element Si with Ge.", "replace_element", {"old": "Si", "new": "Ge"}),
        (
            "remove all atoms of element O without affecting the order of other atoms.",
            "remove_element",
            {"old": "O"},
        ),
        (
            "uniformly scale the current lattice vectors by a factor of 0.9750. do not rotate or shear "
            "the lattice.",
            "scale_lattice",
            {"factors": [0.975] * 3},
        ),
    ],
)
def test_each_simple_kind_binds_its_parameters(text, kind, params):
    op = one(text)
    assert op.kind == kind
    for key, value in params.items():
        assert op.params[key] == value, (key, op.params)


def test_insert_between_reads_both_wordings_and_the_reference_atom():
    a = one(
        "Insert a Te atom in the line between atoms at indices 7 and 2, and the inserted atom must "
        "be 1.33 angstrom from atom at 7 in the cif file."
    )
    b = one(
        "Insert Te between atoms at indices 2 and 7 that are 1.3300 angstrom from 7 in the cif file."
    )
    for op in (a, b):
        assert op.kind == "insert_between"
        assert (op.params["ref"], op.params["distance"], op.params["element"]) == (7, 1.33, "Te")


def test_rotation_binds_radius_centre_angle_and_axis():
    op = one(
        "Rotate all surrounding atoms within 3.0125 angstrom of the center atom at index 12 by "
        "148.0625 degree around the axis [ 0. -1.  0.] in the cif file. The rotation should "
        "following the right-hand rule."
    )
    assert op.kind == "rotate_around"
    assert op.params == {"index": 12, "radius": 3.0125, "angle": 148.0625, "axis": [0.0, -1.0, 0.0]}


def test_lattice_modes_are_told_apart():
    m = "((1.0100, 0.0000, 0.0000), (0.0000, 1.0000, 0.0200), (0.0000, 0.0000, 0.9900))"
    deform = one(f"deform the current lattice by the matrix {m} suppose the original lattice ...")
    set_ = one(f"set the lattice directly to the matrix {m}. the matrix rows correspond to ...")
    assert deform.kind == "deform_lattice" and set_.kind == "set_lattice"
    assert deform.params["matrix"][1] == [0.0, 1.0, 0.02]
    par = one(
        "reset the lattice matrix such that its lattice vector lengths and angles (a, b, c, alpha, "
        "beta, gamma) = (5.1000, 5.2000, 7.3000, 90.0000, 101.5000, 90.0000). the new lattice ..."
    )
    assert par.kind == "lattice_parameters" and par.params["parameters"][4] == 101.5
    axes = one(
        "scale the current lattice by factors of (1.1000, 1.0000, 0.9000) along the a, b, and c"
    )
    assert axes.params["factors"] == [1.1, 1.0, 0.9]


def test_regions_sphere_by_point_or_atom_and_partial_box():
    s = one(
        "Remove all atoms in the spherical region centered at fractional coordinates (0.1000, "
        "0.9000, 0.5000) with radius 1.7500 angstroms from the structure."
    )
    assert s.kind == "remove_sphere" and s.params["fractional"] and s.params["radius"] == 1.75
    a = one(
        "Remove all atoms in the spherical region centered at atom with index 4 in structure with "
        "radius 2.0000 angstroms from the structure."
    )
    assert a.params["center_index"] == 4
    b = one(
        "Remove all atoms with fractional coordinates satisfying: x ≤ 0.4000, 0.1000 ≤ z ≤ 0.6000 "
        "from the structure.  do not change the order of remaining atoms in structure."
    )
    assert b.kind == "remove_box"
    assert b.params["low"] == [None, None, 0.1] and b.params["high"] == [0.4, None, 0.6]


def test_groups_with_offsets_are_read_for_translate_swap_add_and_replace():
    t = one(
        "translate [a pair of atoms/species Fe, O at site indices: (2, 9) and offsets ((0, 0, 0), "
        "(0, -1, 0)). Offsets represents how many unit cells the atoms are away from the origin "
        "unit cell (fractional coordinates between 0 and 1) in the direction of each lattice "
        "vector.] by (0.5000, 0.0000, -0.2500) in fractional coordinates. update atom positions only"
    )
    assert t.kind == "translate_group" and t.params["mode"] == "by" and t.params["fractional"]
    assert t.params["group"].offsets == [[0, 0, 0], [0, -1, 0]]
    away = one(
        "translate [an atom Co at site indices: (4)] so as to move its centroid 0.7500 angstroms "
        "towards a reference point at cartesian coordinates (1.0000, 1.0000, 1.0000). update ..."
    )
    assert away.params["mode"] == "from_point" and away.params["distance"] == -0.75
    s = one(
        "swap the position of [an atom Fe at site indices: (0)] with the position of [a pair of "
        "atoms/species O, O at site indices: (20, 21)] in the structure."
    )
    assert s.kind == "swap_groups" and s.params["b"].indices == [20, 21]
    add = one(
        "add [an atom Li] to the structure, with its centroid located at fractional coordinates "
        "(0.5000, 0.5000, 0.0000). newly added motif should be appended to the end of the structure"
    )
    assert add.kind == "add_group" and add.params["mode"] == "at" and add.params["fractional"]
    rep = one(
        "Replace a pair of atoms/species Fe, Fe at site indices: (1, 2) with a pair of atoms/species "
        "S, Se with cartesian coordinates: ((0.0000, 0.0000, 0.0000), (2.2000, 0.0000, 0.0000)).  "
        "the newly added atoms should be appended to the end of the structure"
    )
    assert rep.kind == "replace_group" and rep.params["appended"]
    assert rep.params["new"].species == ["S", "Se"]


@pytest.mark.parametrize(
    ("text", "why"),
    [
        (
            "Move the atom at index 2 towards the atom at index 2 by 1.0 angstrom in the cif file.",
            "itself",
        ),
        (
            "Rotate all surrounding atoms of the center atom at index 1 around the axis [0. 0. 1.] in the cif file.",
            "radius",
        ),
        (
            "Insert a Ge atom in the line between atoms at indices 0 and 1 in the cif file.",
            "distance",
        ),
        ("Twist the atom at index 3 by 12 degrees in the cif file.", "no operation"),
        ("Change the atom at index 8 into Dy in the cif file, then relax it for 40 steps.", "40"),
        (
            "Rotate all surrounding atoms within 2.0 angstrom of the center atom at index 1 by 30 "
            "degree around the axis [0. 0. 0.] in the cif file.",
            "zero vector",
        ),
        ("Change the atom at index 2 into Xy in the cif file.", "not an element"),
        (
            "Remove the atom at index 3 and move the atom at index 5 by [1. 0. 0.] angstrom in the cif file.",
            "one edit at a time",
        ),
    ],
)
def test_edits_that_cannot_be_bound_are_refused_with_the_reason(text, why):
    with pytest.raises(EditRefusal, match=why):
        read_edit(text)


def test_indices_are_checked_against_the_file():
    ops = read_edit("Swap the spatial positions of atoms at indices 0 and 12 in the cif file.")
    check_indices(ops, 13)
    with pytest.raises(EditRefusal, match="has 12 sites"):
        check_indices(ops, 12)


@pytest.mark.parametrize(
    "text",
    [
        "read LiFePO4.cif, make a 2x2x1 supercell, remove one Li and report the formula",
        "replace all Fe with Mn in LiFePO4.cif and print the density",
        "read small.cif, remove one Cl atom, make a 2x2x1 supercell and print the formula",
        "print the lattice vectors of NaCl.cif",
        "what is the distance between the atoms at indices 0 and 1 in NaCl.cif?",
        "make a Pt(111) slab with 4 layers and 12 Å vacuum",
    ],
)
def test_everyday_requests_are_no_index_edit(text):
    ops = read_edit(text)
    assert ops is None


def test_removing_an_atom_from_the_cif_file_is_no_file_deletion():
    assert refusal("Remove the atom at index 5 from the cif file.") is None
    assert refusal("delete all the cif files in this folder") is not None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Exchange atoms 1 and 3.", "swap_elements"),
        (
            "Rotate the atoms within 2.5 Å of atom 3 by 90 degrees about the z axis.",
            "rotate_around",
        ),
        ("Insert a Cu atom at the midpoint between atoms 1 and 2.", "insert_between"),
        ("Remove every atom whose z coordinate is below that of atom 3.", "delete_below"),
        ("Delete atom 5 from input.cif.", "remove_atoms"),
        ("Put a Li atom at the fractional position [0.25, 0.25, 0.25] in input.cif", "add_atom"),
        ("Move atom 1 2.0 Å towards atom 5.", "move_towards"),
    ],
)
def test_paraphrases_of_the_same_actions_bind(text, kind):
    assert one(text).kind == kind


def test_an_axis_named_by_letter_is_a_unit_vector():
    op = one("Rotate the atoms within 2.5 Å of atom 3 by 90 degrees about the z axis.")
    assert op.params["axis"] == [0.0, 0.0, 1.0]


def test_a_number_of_angstroms_after_atom_is_no_index():
    assert (
        read_edit(
            "Build a 2x2x3 Al(111) slab, put one H atom 1.5 Å above the top layer on an on-top "
            "site and print the number of atoms."
        )
        is None
    )


def test_supercell_matrix_diagonal_or_full():
    tail = (
        " use cell-major convention for ordering the generated atoms in supercell (i.e., first "
        "over all the atoms in cell1 and then move to cell2, etc.)."
    )
    d = one(
        "create a supercell by expanding the original structure using the diagonal supercell matrix (2, 1, 2)."
        + tail
    )
    assert d.kind == "supercell" and d.params["size"] == [2, 1, 2]
    full = one(
        "create a supercell by expanding the original structure using the  supercell matrix "
        "((1, 1, 0), (-1, 1, 0), (0, 0, 1))." + tail
    )
    assert full.kind == "supercell_matrix" and full.params["matrix"][1] == [-1, 1, 0]


def test_group_rotation_worded_otherwise_is_refused_not_guessed():
    with pytest.raises(EditRefusal, match="Euler angles or an angle and an axis"):
        read_edit(
            "rotate [a pair of atoms/species Mg, Mg at site indices: (2, 3)] by euler angles "
            "(30.0000, 45.0000, 60.0000) in the intrinsic ZXZ convention around its centroid."
        )


def test_group_resize_and_whole_structure_rotation_bind():
    op = one(
        "shorten [a pair of atoms/species Mg, Mg at site indices: (2, 3)] by a scale factor of "
        "0.8000 relative to the atom at index 3. update atom coordinates only."
    )
    assert (
        op.kind == "resize_group" and op.params["centre_atom"] == 3 and op.params["factor"] == 0.8
    )
    op = one(
        "Rotate the structure and cell by 77.5 degree around the axis [0. 1. 0.] in the cif file."
    )
    assert op.kind == "rotate_all" and op.params["axis"] == [0.0, 1.0, 0.0]


def test_an_everyday_substitution_in_the_cif_file_is_left_to_the_planner():
    assert read_edit("Replace Fe with Mn in the cif file and print the density") is None


def test_group_rotation_modes_bind():
    op = one(
        "rotate [a pair of atoms/species Mg, Mg at site indices: (2, 3)] in the structure by euler "
        "angles (Z-X-Z intrinsic convention, active rotation, counter-clockwise direction) in "
        "(30.0000, 45.0000, 60.0000) degrees, around its own centroid as the rotation center."
    )
    assert op.kind == "rotate_group" and op.params["euler"] == [30.0, 45.0, 60.0]
    assert op.params["centre"] == "self"
    op = one(
        "rotate [a pair of atoms/species Mg, Mg at site indices: (2, 3)] in the structure by "
        "120.0000 degrees counter-clockwise around a rotation axis defined by the line of [a pair "
        "of atoms/species Hf, Hf at site indices: (0, 1)], pointing from the atom with index 1 to "
        "the other atom, around the centroid of the axis pair as the rotation center."
    )
    assert (
        op.params["centre"] == "pair" and op.params["origin"] == 1 and op.params["angle"] == 120.0
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Move atoms at indices [1, 5, 7] by [ 0.25  -1.1    0.5 ] angstrom in the cif file.",
            "move_atoms",
        ),
        (
            "Move all surrounding atoms within 3.1 angstrom around the center atom at index 4 by "
            "[0.1 0.2 0.3] angstrom in the cif file.",
            "move_around",
        ),
        (
            "Delete all atoms within 2.95 angstrom around the atom at index 4 in the cif file.",
            "delete_around",
        ),
        (
            "Move all the atoms in the structure by [ 0.5 -0.2  0.1] angstrom in the cif file. Do not "
            "need to consider periodic boundary conditions.",
            "move_all",
        ),
    ],
)
def test_the_other_simple_actions_of_the_benchmark_bind(text, kind):
    assert one(text).kind == kind


def test_a_sphere_region_as_reference_centroid_is_its_centre():
    op = one(
        "add [an atom F] to the structure, with its centroid shifted in cartesian coordinates by "
        "(0.0000, 0.0000, 1.5000) relative to the centroid of [all atoms in the spherical region "
        "centered at fractional coordinates (0.5000, 0.5000, 0.5000) with radius 2.0000 angstroms]."
    )
    assert op.params["mode"] == "from_point" and op.params["point_fractional"]
    assert op.params["point"] == [0.5, 0.5, 0.5]
