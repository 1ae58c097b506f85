"""check_structure finds what is wrong, names where, and never raises for bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from structure_samples import NACL_CIF, NACL_SILENT_P1_CIF, nacl_structure, p1_cif

from matsci_jupyter.engines.structure import check_structure
from matsci_jupyter.engines.structure.symmetry import declared_symmetry


def test_a_good_structure_is_ok_with_a_summary():
    report = check_structure(NACL_CIF)
    assert report.ok and report.errors == [] and report.warnings == []
    s = report.summary
    assert s["formula"] == "NaCl" and s["n_sites"] == 8
    assert s["space_group"] == {"symbol": "Fm-3m", "number": 225}
    assert s["lattice"]["a"] == pytest.approx(5.6402) and s["lattice"]["gamma"] == pytest.approx(90)
    assert s["volume_A3"] == pytest.approx(5.6402**3)
    assert s["density_g_cm3"] == pytest.approx(2.165, abs=0.01)  # rock salt


def test_symmetry_silently_lost_is_an_error_with_the_declaring_line():
    report = check_structure(NACL_SILENT_P1_CIF)
    problem = report.problem("symmetry_mismatch")
    assert problem is not None and problem.severity == "error" and not report.ok
    assert "Fm-3m (225)" in problem.message and "Pm-3m (221)" in problem.message
    assert problem.cif_lines == (2,)
    assert report.problem("symmetry_defaulted_p1") is not None


def test_declared_p1_with_more_symmetry_is_only_a_note():
    rows = [
        f"Na{k} Na {x} {y} {z}"
        for k, (x, y, z) in enumerate([(0, 0, 0), (0, 0.5, 0.5), (0.5, 0, 0.5), (0.5, 0.5, 0)])
    ]
    rows += [
        f"Cl{k} Cl {x} {y} {z}"
        for k, (x, y, z) in enumerate([(0.5, 0.5, 0.5), (0.5, 0, 0), (0, 0.5, 0), (0, 0, 0.5)])
    ]
    report = check_structure(p1_cif(rows, 5.6402, 5.6402, 5.6402))
    problem = report.problem("symmetry_higher_than_declared")
    assert problem is not None and problem.severity == "info" and report.ok
    assert "Fm-3m (225)" in problem.message


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("_symmetry_space_group_name_H-M 'P 1 21/n 1'\n", 14),
        ("_space_group_name_H-M_alt 'P 21 n b'\n", 33),
        ("_symmetry_space_group_name_Hall '-P 2yn'\n", 14),
        ("_space_group_IT_number 62\n_symmetry_space_group_name_H-M 'P 1'\n", 62),
    ],
)
def test_declared_space_group_in_any_notation(text, number):
    declared = declared_symmetry(
        "data_x\n" + text + "loop_\n_atom_site_label\n"
        "_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\n"
        "A 0 0 0\n"
    )
    assert declared is not None and declared.number == number and declared.line == 2


def test_close_and_overlapping_atoms_name_sites_and_lines():
    cif = p1_cif(
        ["O1 O 0 0 0", "O2 O 0.05 0 0", "Fe1 Fe 0.5 0.5 0.5", "Fe2 Fe 0.5 0.5 0.52"], 10, 10, 10
    )
    report = check_structure(cif)
    close = report.problem("close_atoms")
    overlap = report.problem("overlapping_sites")
    assert close is not None and _labels(report, close) == ["O1", "O2"]
    assert close.cif_lines == (18, 19)  # the atom-site rows of O1 and O2
    assert "0.50 Å" in close.message and "limit 0.66 Å" in close.message
    assert overlap is not None and _labels(report, overlap) == ["Fe1", "Fe2"]
    assert overlap.cif_lines == (20, 21)
    assert not report.ok


def _labels(report, problem):
    return sorted(report.structure[i].label for i in problem.sites)


def test_split_sites_sharing_a_position_are_not_overlaps():
    from pymatgen.core import Lattice, Structure

    s = Structure(
        Lattice.cubic(5),
        [{"Na": 0.5}, {"K": 0.5}, "Cl"],
        [[0, 0, 0], [0.02, 0, 0], [0.5, 0.5, 0.5]],
    )
    report = check_structure(s)
    assert report.problem("overlapping_sites") is None
    assert report.problem("partial_occupancy").sites == (0, 1)


def test_zero_and_tiny_volume():
    from pymatgen.core import Lattice, Structure

    flat = Structure(Lattice([[4, 0, 0], [0, 4, 0], [0, 0, 0]]), ["Na"], [[0, 0, 0]])
    report = check_structure(flat)
    assert report.problem("zero_volume").severity == "error"
    tiny = Structure(Lattice.cubic(1.0), ["Na", "Cl"], [[0, 0, 0], [0.5, 0.5, 0.5]])
    assert check_structure(tiny).problem("tiny_volume") is not None


def test_zero_volume_cif_points_at_cell_lines():
    report = check_structure(NACL_CIF.replace("_cell_angle_gamma   90", "_cell_angle_gamma 180"))
    problem = report.problem("zero_volume")
    assert problem is not None and problem.cif_lines == (4, 5, 6, 7, 8, 9)


def test_unusual_density_and_charge_balance():
    from pymatgen.core import Lattice, Structure

    sparse = Structure(Lattice.cubic(30), ["Na", "Cl"], [[0, 0, 0], [0.1, 0, 0]])
    density = check_structure(sparse).problem("implausible_volume")
    assert density.severity == "warning" and "g/cm³" in density.message
    nacl2 = Structure(
        Lattice.cubic(5), ["Na", "Cl", "Cl"], [[0, 0, 0], [0.5, 0.5, 0.5], [0.5, 0, 0]]
    )
    problem = check_structure(nacl2).problem("charge_balance")
    assert problem is not None and "NaCl2" in problem.message
    assert check_structure(nacl_structure()).problem("charge_balance") is None
    fe3o4 = Structure(
        Lattice.cubic(4.2),
        ["Fe", "Fe", "Fe", "O", "O", "O", "O"],
        [
            [0, 0, 0],
            [0.5, 0.5, 0],
            [0.5, 0, 0.5],
            [0.25] * 3,
            [0.75] * 3,
            [0.25, 0.75, 0.75],
            [0.75, 0.25, 0.25],
        ],
    )
    assert check_structure(fe3o4).problem("charge_balance") is None  # mixed valence


def test_unknown_element_in_an_object_is_reported_and_the_rest_still_works():
    from pymatgen.core import Lattice, Structure

    report = check_structure(Structure(Lattice.cubic(4), ["Na", "Xx"], [[0, 0, 0], [0.5] * 3]))
    assert report.codes == ["unknown_element"]  # no check fails on the unknown species
    assert report.summary["density_g_cm3"] is None and report.summary["n_sites"] == 2


def test_multiple_data_blocks_use_the_first():
    report = check_structure(NACL_CIF + "\n" + NACL_CIF.replace("data_NaCl", "data_second"))
    assert report.problem("multiple_structures") is not None and report.summary["n_sites"] == 8


def test_unknown_element_in_a_cif_names_sites_and_lines():
    cif = p1_cif(["Na1 Na 0 0 0", "Xx1 Xx 0.5 0.5 0.5"])
    report = check_structure(cif)
    problem = report.problem("unknown_element")
    assert problem is not None and "'Xx'" in problem.message
    assert _labels(report, problem) == ["Xx1"] and problem.cif_lines == (19,)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "empty"),
        ("data_empty\n", "no_sites"),
        (NACL_CIF[: NACL_CIF.index("Cl1 Cl 0.5") + 12], "parse_error"),
        (NACL_CIF.replace("_cell_length_b   5.6402", "_cell_length_b   ?"), "bad_cell_parameter"),
    ],
)
def test_bad_cif_text_gives_a_report_not_an_exception(text, code):
    report = check_structure(text)
    assert not report.ok
    assert report.errors[0].code == code
    assert report.structure is None


def test_truncated_file_that_still_parses_is_flagged(tmp_path: Path):
    cut = NACL_CIF.rstrip("\n")  # ends mid-line, as a file cut off while copying would
    path = tmp_path / "cut.cif"
    path.write_text(cut)
    problem = check_structure(path).problem("possibly_truncated")
    assert problem is not None and problem.cif_lines == (cut.count("\n") + 1,)


def test_badly_quoted_value_is_reported_with_its_line():
    cif = NACL_CIF.replace("_cell_length_a", "_journal_title 'an unclosed quote\n_cell_length_a")
    report = check_structure(cif)
    problem = report.problem("cif_syntax")
    assert problem is not None and problem.cif_lines


def test_molecules_are_checked_for_distances_only():
    from pymatgen.core import Molecule

    report = check_structure(Molecule(["C", "C", "H"], [[0, 0, 0], [0.6, 0, 0], [0, 1.09, 0]]))
    close = report.problem("close_atoms")
    assert close is not None and close.sites == (0, 1)
    assert report.summary["periodic"] is False and report.summary["space_group"] is None


def test_missing_path_and_odd_objects_do_not_raise(tmp_path: Path):
    assert check_structure(tmp_path / "nope.cif").errors[0].code == "missing_file"
    assert check_structure(3.14).errors[0].code == "unsupported_type"


def test_report_display_and_json():
    report = check_structure(NACL_SILENT_P1_CIF)
    bundle = report._repr_mimebundle_()
    assert "symmetry_mismatch" in bundle["text/html"]
    assert "symmetry_mismatch" in bundle["text/plain"]
    data = json.loads(json.dumps(report.as_dict()))
    assert data["kind"] == "structure_report" and data["ok"] is False
    assert {p["code"] for p in data["problems"]} >= {"symmetry_mismatch"}
    assert data["problems"][0]["severity"] == "error"  # errors come first
