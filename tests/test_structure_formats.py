"""One table of structure-file formats, used everywhere a structure file is recognised."""

from __future__ import annotations

from pathlib import Path

import pytest
from structure_samples import nacl_structure

from matsci_jupyter import structure_formats as table


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("LiFePO4.cif", "cif"),
        ("x.MCIF", "cif"),
        ("POSCAR", "poscar"),
        ("CONTCAR_relaxed", "poscar"),
        ("si.vasp", "poscar"),
        ("traj.extxyz", "extxyz"),
        ("mol.xyz", "extxyz"),
        ("s.json", "json"),
        ("md.traj", "traj"),
        ("pw.in", "espresso-in"),
        ("notes.txt", None),
    ],
)
def test_format_of_a_file_name(name, fmt):
    found = table.format_of(name)
    assert (found.name if found else None) == fmt


def test_every_place_uses_the_one_table():
    from matsci_jupyter.engines.code import filling, slots
    from matsci_jupyter.engines.structure import inputs
    from matsci_jupyter.sandbox import _harness
    from matsci_jupyter.server import engines

    assert _harness.STRUCTURE_FILE_SUFFIXES == table.ALL_SUFFIXES
    assert engines.STRUCTURE_SUFFIXES == table.VIEWABLE_SUFFIXES
    assert table.suffixes(generic=False) == slots.STRUCTURE_SUFFIXES  # not ".in" alone
    assert table.suffixes(reader="ase") == filling.ASE_ONLY_SUFFIXES
    assert {_harness.STRUCTURE_FILE_NAMES, engines.STRUCTURE_NAMES, slots.STRUCTURE_NAMES} == {
        table.FILE_NAMES
    }
    assert inputs.format_of(Path("x.cif")) == "cif" and inputs.format_of(Path("x.traj")) is None


def test_the_reader_flags_are_true():
    """pymatgen=True formats are in pymatgen's registry; ase=True ones in ASE's."""
    from ase.io.formats import ioformats
    from pymatgen.io.registry import get_structure_format

    for fmt in table.FORMATS:
        name = f"x{fmt.suffixes[0]}" if fmt.suffixes else fmt.file_names[0]
        if fmt.pymatgen:
            assert get_structure_format(filename=name) is not None, fmt.name
        if fmt.ase:
            assert fmt.ase_format in ioformats and ioformats[fmt.ase_format].can_read, fmt.name


def test_a_pymatgen_json_file_is_viewable(tmp_path: Path):
    from matsci_jupyter.engines.structure import check_structure

    path = tmp_path / "NaCl.json"
    path.write_text(nacl_structure().to_json())
    report = check_structure(path)
    assert report.ok and report.summary["formula"] == "NaCl"
    bad = tmp_path / "bad.json"
    bad.write_text('{"lattice": 1,\n "sites": [}')
    problem = check_structure(bad).errors[0]
    assert problem.code == "parse_error" and "line 2" in problem.message
