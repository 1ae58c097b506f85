"""Turning objects, files and CIF text into pymatgen structures, and refusing bad input clearly."""

from __future__ import annotations

from pathlib import Path

import pytest
from structure_samples import NACL_CIF, nacl_structure

from matsci_jupyter.engines.structure.inputs import (
    StructureInputError,
    load,
    load_structure,
)
from matsci_jupyter.errors import MatsciError


def test_pymatgen_objects_pass_through_unchanged():
    s = nacl_structure()
    assert load_structure(s) is s


def test_cif_text_and_cif_file_give_the_same_structure(tmp_path: Path):
    path = tmp_path / "nacl.cif"
    path.write_text(NACL_CIF)
    from_text, from_file = load_structure(NACL_CIF), load_structure(path)
    assert from_text.composition.reduced_formula == "NaCl"
    assert len(from_text) == 8  # symmetry operations applied: conventional rock-salt cell
    assert from_file == from_text
    assert load_structure(str(path)) == from_text


def test_ase_atoms_periodic_and_molecule():
    from ase.build import bulk, molecule

    crystal = load_structure(bulk("Cu", "fcc", a=3.6))
    assert type(crystal).__name__ == "Structure" and crystal.composition.reduced_formula == "Cu"
    water = load_structure(molecule("H2O"))
    assert type(water).__name__ == "Molecule" and len(water) == 3


def test_periodic_ase_atoms_without_a_cell_is_named():
    from ase import Atoms

    loaded = load(Atoms("NaCl", positions=[[0, 0, 0], [2.8, 0, 0]], pbc=True))
    assert loaded.structure is None and loaded.error.code == "zero_volume"
    assert "pbc=False" in str(loaded.error)


def test_poscar_xyz_and_extxyz_files(tmp_path: Path):
    from ase.build import bulk, molecule
    from ase.io import write

    s = nacl_structure()
    poscar = tmp_path / "POSCAR"
    poscar.write_text(s.to(fmt="poscar"))
    assert load_structure(poscar).composition == s.composition
    xyz = tmp_path / "water.xyz"
    write(xyz, molecule("H2O"))
    assert type(load_structure(xyz)).__name__ == "Molecule"
    extxyz = tmp_path / "si.extxyz"
    write(extxyz, bulk("Si"), format="extxyz")
    si = load_structure(extxyz)
    assert type(si).__name__ == "Structure" and si.composition.reduced_formula == "Si"


def test_pymatgen_dict_is_accepted():
    s = nacl_structure()
    assert load_structure(s.as_dict()) == s


@pytest.mark.parametrize(
    ("make", "code", "words"),
    [
        (lambda p: p / "missing.cif", "missing_file", "no such file"),
        (lambda p: p, "not_a_file", "directory"),
        (lambda p: _write(p / "empty.cif", ""), "empty", "empty"),
        (lambda p: _write(p / "blank.cif", "  \n\n  "), "empty", "whitespace"),
        (lambda p: _write_bytes(p / "bin.cif", b"\x00\x01\x02data_x"), "binary", "binary"),
        (lambda p: _write(p / "notes.txt", "just words\n"), "unknown_format", "format"),
    ],
)
def test_unreadable_sources_raise_with_a_code(tmp_path: Path, make, code, words):
    with pytest.raises(StructureInputError) as info:
        load(make(tmp_path))
    assert info.value.code == code
    assert words in str(info.value)
    assert isinstance(info.value, MatsciError)


def test_a_100_mb_file_is_refused_before_reading(tmp_path: Path, monkeypatch):
    big = tmp_path / "huge.cif"
    with big.open("wb") as f:  # sparse: 100 MB on paper, nothing on disk
        f.truncate(100 * 2**20)

    def no_reading(self, *a, **k):
        raise AssertionError("the file was read")

    monkeypatch.setattr(Path, "read_bytes", no_reading)
    with pytest.raises(StructureInputError) as info:
        load(big)
    assert info.value.code == "too_large"
    assert "100.0 MB" in str(info.value) and "max_bytes" in str(info.value)
    assert "--max-mb" in str(info.value)


def test_the_size_limit_can_be_raised(tmp_path: Path):
    path = _write(tmp_path / "nacl.cif", NACL_CIF)
    with pytest.raises(StructureInputError, match="limit"):
        load(path, max_bytes=100)
    assert load(path, max_bytes=10_000).structure is not None


def test_unparsable_cif_comes_back_with_the_reason_not_raised():
    truncated = NACL_CIF[: NACL_CIF.index("Cl1 Cl 0.5") + 12]
    loaded = load(truncated)
    assert loaded.structure is None
    assert loaded.error.code == "parse_error"
    assert "truncated" in str(loaded.error)
    last_row_line = truncated.count("\n") + 1
    assert last_row_line in loaded.error.lines


def test_zero_volume_cif_names_the_cell_lines():
    flat = NACL_CIF.replace("_cell_length_a   5.6402", "_cell_length_a   0")
    loaded = load(flat)
    assert loaded.error.code == "zero_volume"
    assert loaded.error.lines == (4, 5, 6, 7, 8, 9)


def test_unknown_element_in_xyz_names_the_line(tmp_path: Path):
    path = _write(tmp_path / "bad.xyz", "2\ncomment\nH 0 0 0\nQq 0 0 0.8\n")
    loaded = load(path)
    assert loaded.error.code == "unknown_element"
    assert "'Qq'" in str(loaded.error) and loaded.error.lines == (4,)


def test_text_that_is_not_cif_is_refused():
    with pytest.raises(StructureInputError, match="not a CIF"):
        load("line one\nline two\n")


def test_unsupported_object_type():
    with pytest.raises(StructureInputError) as info:
        load(42)
    assert info.value.code == "unsupported_type"
    assert "pymatgen Structure" in str(info.value)


def _write(path: Path, text: str) -> Path:
    path.write_text(text)
    return path


def _write_bytes(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
