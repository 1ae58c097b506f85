"""The edit check's replay gives the benchmark's meaning, and the comparison catches every slip.

Expectations are worked out by hand on a 4 Å cubic cell (no engine code involved): the
neighbour across the boundary turns from its listed position, a supercell lists image by
image, a sphere is periodic, a group moves away from a reference point, two groups of
different elements trade places with their elements staying at their index.
"""

from __future__ import annotations

import numpy as np
import pytest
from ase import Atoms

from matsci_jupyter.engines.code.edit_ops import read_edit
from matsci_jupyter.engines.code.edit_replay import apply, compare


@pytest.fixture
def cell():
    # Na at the origin, Cl at (3.8, 0, 0): 0.2 Å from Na through the boundary, 3.8 Å as listed
    return Atoms(
        ["Na", "Cl", "K"],
        positions=[[0.0, 0.0, 0.0], [3.8, 0.0, 0.0], [2.0, 2.0, 2.0]],
        cell=[4.0, 4.0, 4.0],
        pbc=True,
    )


def run(atoms, text):
    out = atoms
    for op in read_edit(text):
        out = apply(out, op)
    return out


def test_rotation_turns_the_listed_position_of_a_neighbour_found_through_the_boundary(cell):
    out = run(
        cell,
        "Rotate all surrounding atoms within 0.5 angstrom of the center atom at index 0 by 90 "
        "degree around the axis [0. 0. 1.] in the cif file.",
    )
    # (3.8, 0, 0) turned by +90° about z through the origin: (0, 3.8, 0), not (0, -0.2, 0)
    assert np.allclose(out.positions[1], [0.0, 3.8, 0.0])
    assert np.allclose(out.positions[2], [2.0, 2.0, 2.0])  # 3.46 Å away: untouched


def test_supercell_lists_image_by_image(cell):
    out = run(cell, "Create a supercell with the size 2x1x1.")
    assert out.get_chemical_symbols() == ["Na", "Cl", "K"] * 2
    assert np.allclose(out.positions[3], [4.0, 0.0, 0.0])
    assert np.allclose(out.cell.lengths(), [8.0, 4.0, 4.0])


def test_sphere_is_periodic_and_symbols_filter(cell):
    out = run(
        cell,
        "Remove all atoms in the spherical region centered at cartesian coordinates (3.9000, "
        "0.0000, 0.0000) with radius 0.5000 angstroms from the structure.",
    )
    assert out.get_chemical_symbols() == ["K"]  # Na at 0.1 Å through the boundary, Cl at 0.1 Å


def test_translate_away_from_a_point_and_swap_groups(cell):
    out = run(
        cell,
        "translate [an atom K at site indices: (2)] so as to move its centroid 1.0000 angstroms "
        "away from a reference point at cartesian coordinates (2.0000, 2.0000, 0.0000). update "
        "atom positions only, do not change their order in structure.",
    )
    assert np.allclose(out.positions[2], [2.0, 2.0, 3.0])
    out = run(
        cell,
        "swap the position of [an atom Na at site indices: (0)] with the position of [an atom K "
        "at site indices: (2)] in the structure.",
    )
    assert out.get_chemical_symbols() == ["Na", "Cl", "K"]
    assert np.allclose(out.positions[0], [2.0, 2.0, 2.0]) and np.allclose(out.positions[2], 0.0)


def test_simple_swap_exchanges_elements_in_place(cell):
    out = run(cell, "Swap the spatial positions of atoms at indices 0 and 1 in the cif file.")
    assert out.get_chemical_symbols() == ["Cl", "Na", "K"]
    assert np.allclose(out.positions, cell.positions)


def test_insert_and_towards_use_the_listed_positions(cell):
    out = run(
        cell,
        "Insert Br between atoms at indices 0 and 1 that are 1.0 angstrom from 0 in the cif file.",
    )
    assert np.allclose(out.positions[-1], [1.0, 0.0, 0.0]) and out[-1].symbol == "Br"
    out = run(
        cell,
        "Move the atom at index 0 towards the atom at index 2 by 0.5 angstrom in the cif file.",
    )
    assert np.allclose(out.positions[0], np.array([1.0, 1.0, 1.0]) * 0.5 / np.sqrt(3))


def _as_structure(atoms):
    from pymatgen.io.ase import AseAtomsAdaptor

    return AseAtomsAdaptor.get_structure(atoms)


def test_compare_names_each_kind_of_difference(cell):
    good = _as_structure(cell)
    assert compare(good, cell) is None
    shifted = cell.copy()
    shifted.positions[2] += [0.1, 0.0, 0.0]
    assert "site 2" in compare(_as_structure(shifted), cell)
    wrapped = cell.copy()
    wrapped.positions[1] -= [4.0, 0.0, 0.0]  # a lattice translation is the same site
    assert compare(_as_structure(wrapped), cell) is None
    other = cell.copy()
    other[0].symbol = "Li"
    assert "Li" in compare(_as_structure(other), cell)
    assert "sites" in compare(_as_structure(cell[[0, 1]]), cell)
    swapped_order = cell[[1, 0, 2]]
    assert compare(_as_structure(swapped_order), cell) is not None
    bigger = cell.copy()
    bigger.set_cell([4.1, 4.0, 4.0], scale_atoms=True)
    assert "lattice" in compare(_as_structure(bigger), cell)


def test_resize_about_one_atom_keeps_that_atom(cell):
    out = run(
        cell,
        "shorten [a pair of atoms/species Na, K at site indices: (0, 2)] by a scale factor of "
        "0.5000 relative to the atom at index 2. update atom coordinates only.",
    )
    assert np.allclose(out.positions[2], [2.0, 2.0, 2.0])
    assert np.allclose(out.positions[0], [1.0, 1.0, 1.0])


def test_group_rotation_about_a_point(cell):
    out = run(
        cell,
        "rotate [an atom K at site indices: (2)] in the structure by 90.0000 degrees "
        "counter-clockwise around a rotation axis defined by the cartesian vector (0.0000, 0.0000, "
        "1.0000) around a rotation center in cartesian coordinates (2.0000, 0.0000, 2.0000).",
    )
    # (2, 2, 2) about (2, 0, 2), +90° about z: the arm (0, 2, 0) turns to (-2, 0, 0)
    assert np.allclose(out.positions[2], [0.0, 0.0, 2.0])


def test_sphere_scaling_moves_the_image_nearest_the_centre(cell):
    out = run(
        cell,
        "move [all atoms in the spherical region centered at cartesian coordinates (0.0000, "
        "0.0000, 0.0000) with radius 0.5000 angstroms] away from the region center, such that "
        "their distances to the region center are changed by a scale factor of 2.0000.",
    )
    assert np.allclose(out.positions[0], 0.0)
    assert np.allclose(out.positions[1], [-0.4, 0.0, 0.0])  # its image at -0.2 Å, doubled
    assert np.allclose(out.positions[2], [2.0, 2.0, 2.0])
