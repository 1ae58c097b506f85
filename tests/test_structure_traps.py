"""The traps of issue 16: each must be an error or warning naming the cause and its line."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from structure_samples import NACL_CIF

from matsci_jupyter.engines.structure import check_structure, load_structure
from matsci_jupyter.engines.structure.cifdiag import MAX_EXPANDED_SITES, suggest_tag
from matsci_jupyter.engines.structure.inputs import StructureInputError

# A monoclinic silicate written as its asymmetric unit, with a symbol in a setting pymatgen
# cannot apply and no symmetry operations: pymatgen reads 5 atoms in P1.
ASYMMETRIC_C2C = """data_pyroxene_like
_symmetry_space_group_name_H-M 'C 1 2/c 1 :b1'
_cell_length_a 9.70
_cell_length_b 8.90
_cell_length_c 5.30
_cell_angle_alpha 90
_cell_angle_beta 105.9
_cell_angle_gamma 90
loop_
_atom_site_label
_atom_site_type_symbol
_atom_site_fract_x
_atom_site_fract_y
_atom_site_fract_z
Mg1 Mg 0 0.9 0.25
Si1 Si 0.29 0.09 0.23
O1 O 0.12 0.09 0.14
O2 O 0.38 0.25 0.36
O3 O 0.35 0.02 0.99
"""


def huge_expansion_cif(n_ops: int = 1000, n_sites: int = 1000) -> str:
    """n_ops distinct operations × n_sites listed atoms (the 46 KB, 10^6-atom case)."""
    ops = "\n".join(f"'x+{k}/{n_ops}, y, z'" for k in range(n_ops))
    rows = "\n".join(
        f"C{k} C {k / n_sites / n_ops:.7f} {(k % 97) / 97:.4f} {(k % 89) / 89:.4f}"
        for k in range(n_sites)
    )
    cell = "\n".join(
        f"_cell_{t} {v}"
        for t, v in [
            ("length_a", 1500),
            ("length_b", 30),
            ("length_c", 30),
            ("angle_alpha", 90),
            ("angle_beta", 90),
            ("angle_gamma", 90),
        ]
    )
    atom_loop = (
        "loop_\n_atom_site_label\n_atom_site_type_symbol\n"
        "_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\n"
    )
    return f"data_huge\n{cell}\nloop_\n_symmetry_equiv_pos_as_xyz\n{ops}\n{atom_loop}{rows}\n"


def test_inapplicable_space_group_symbol_is_an_error_naming_it():
    report = check_structure(ASYMMETRIC_C2C)
    assert not report.ok
    problem = report.problem("symmetry_defaulted_p1")
    assert problem is not None and problem.severity == "error"
    assert "'C 1 2/c 1 :b1'" in problem.message and "incomplete" in problem.message
    assert problem.cif_lines == (2,)
    assert not any(p.severity == "info" and "symmetry" in p.message for p in report.problems)


def test_implausible_density_for_the_composition_is_its_own_warning():
    report = check_structure(ASYMMETRIC_C2C)
    density = report.problem("implausible_volume")
    assert density is not None and density.severity == "warning"
    assert "MgSiO3" in density.message and "missing" in density.message
    assert check_structure(NACL_CIF).problem("implausible_volume") is None


def test_p1_file_without_symmetry_is_only_a_note():
    text = ASYMMETRIC_C2C.replace("'C 1 2/c 1 :b1'", "'P 1'")
    problem = check_structure(text).problem("symmetry_defaulted_p1")
    assert problem is None or problem.severity == "info"


def test_operations_listed_vs_detected():
    # Fm-3m declared, 8 of its operations listed: the atoms keep only what those generate
    cif = NACL_CIF.replace("Cl1 Cl 0.5 0.5 0.5 1.0", "Cl1 Cl 0.31 0.12 0.07 1.0")
    report = check_structure(cif)
    problem = report.problem("symmetry_mismatch")
    assert problem is not None and problem.severity == "error"
    assert "8 distinct symmetry operations" in problem.message and "192" in problem.message


@pytest.mark.parametrize(
    ("old", "new", "code", "words"),
    [
        ("_cell_length_a   5.6402", "_cell_length_a   -5.6402", "bad_cell_parameter", "positive"),
        ("_cell_length_a   5.6402", "_cell_length_a   0", "bad_cell_parameter", "positive"),
        ("_cell_length_c   5.6402", "_cell_length_c   nan", "bad_cell_parameter", "finite"),
        ("_cell_angle_beta    90", "_cell_angle_beta    -90", "bad_cell_parameter", "180"),
    ],
)
def test_impossible_cell_parameters_are_errors_at_their_line(old, new, code, words):
    text = NACL_CIF.replace(old, new)
    report = check_structure(text)
    assert not report.ok, report
    problem = report.problem(code)
    assert problem is not None and problem.severity == "error" and words in problem.message
    line = next(i for i, row in enumerate(text.splitlines(), 1) if row.startswith(new))
    assert problem.cif_lines == (line,)


def test_misspelled_cell_tag_names_tag_line_and_suggestion():
    report = check_structure(NACL_CIF.replace("_cell_length_a", "_cell_lenght_a"))
    error = report.errors[0]
    assert error.code == "missing_cell_parameter"
    assert "_cell_lenght_a" in error.message and "_cell_length_a" in error.message
    assert "line 4" in error.message and error.cif_lines == (4,)
    assert "_symmetry_equiv_pos_as_xyz" not in error.message  # not pymatgen's consequence


def test_misspelled_optional_tag_is_a_warning_with_suggestion():
    text = NACL_CIF.replace("_atom_site_occupancy", "_atom_site_ocupancy")
    report = check_structure(text)
    problem = report.problem("misspelled_tag")
    assert problem is not None and problem.severity == "warning"
    assert "did you mean _atom_site_occupancy?" in problem.message
    assert suggest_tag("_cell_angel_beta") == "_cell_angle_beta"


def test_unknown_tags_are_warnings_and_other_dictionaries_are_left_alone():
    text = NACL_CIF.replace(
        "_cell_length_a", "_cell_colour_hue 12\n_cod_database_code 1000041\n_cell_length_a"
    )
    report = check_structure(text)
    problem = report.problem("unknown_tag")
    assert problem is not None and problem.severity == "warning" and report.ok
    assert "_cell_colour_hue (line 4)" in problem.message
    assert "_cod_database_code" not in problem.message
    assert check_structure(NACL_CIF).problem("unknown_tag") is None


def test_decimal_comma_is_explained_at_its_line():
    text = NACL_CIF.replace("Cl1 Cl 0.5 0.5 0.5", "Cl1 Cl 0,5 0.5 0.5")
    report = check_structure(text)
    error = report.errors[0]
    assert error.code == "decimal_comma" and "'0,5'" in error.message
    assert "point" in error.message and "(0.5)" in error.message
    line = text.splitlines().index("Cl1 Cl 0,5 0.5 0.5 1.0") + 1
    assert error.cif_lines == (line,) and f"line {line}" in error.message


def test_syntax_error_points_at_the_line():
    text = NACL_CIF.replace("_cell_length_a", "_journal_title 'an unclosed quote\n_cell_length_a")
    problem = check_structure(text).problem("cif_syntax")
    assert problem is not None and problem.cif_lines == (4,)
    assert "line 4" in problem.message


@pytest.mark.parametrize("how", ["check", "view", "load"])
def test_huge_symmetry_expansion_is_refused_in_well_under_a_second(how, tmp_path: Path):
    text = huge_expansion_cif()
    assert 35_000 < len(text) < 60_000
    path = tmp_path / "huge.cif"
    path.write_text(text)
    start = time.perf_counter()
    if how == "check":
        report = check_structure(path)
        message = report.errors[0].message
        assert report.errors[0].code == "expansion_too_large"
    elif how == "view":
        from matsci_jupyter.engines.structure import view

        shown = view(path, controls=False)
        assert shown.figure is None
        message = shown.render_error
    else:
        with pytest.raises(StructureInputError) as caught:
            load_structure(path)
        assert caught.value.code == "expansion_too_large"
        message = str(caught.value)
    elapsed = time.perf_counter() - start
    assert elapsed < 0.5, elapsed
    assert (
        "1,000,000" in message and "1,000 operations" in message and "1,000 atom sites" in message
    )
    assert f"{MAX_EXPANDED_SITES:,}" in message


def test_the_sandbox_file_inspection_refuses_the_huge_cif(tmp_path: Path):
    from matsci_jupyter.sandbox._harness import _inspect_file

    path = tmp_path / "huge.cif"
    path.write_text(huge_expansion_cif())
    start = time.perf_counter()
    info = _inspect_file(str(path))
    assert time.perf_counter() - start < 0.5
    assert info["parses"] is False and "1,000,000" in info["parse_errors"][0]
    small = tmp_path / "NaCl.cif"
    small.write_text(NACL_CIF)
    assert _inspect_file(str(small))["formula"] == "NaCl"


def test_a_sandboxed_snippet_that_writes_the_huge_cif_gets_a_quick_refusal(tmp_path: Path):
    """The sandbox inspects files a snippet writes: the huge CIF is refused, not expanded."""
    from matsci_jupyter.sandbox import run_code

    source = tmp_path / "huge_source.cif"
    source.write_text(huge_expansion_cif())
    code = "import shutil\nshutil.copy('huge_source.cif', 'out.cif')\n"
    start = time.perf_counter()
    result = run_code(code, inputs=[source], timeout_s=60)
    assert time.perf_counter() - start < 30  # expanding it would take hours
    assert result.ok, result.error
    info = result.file_info["out.cif"]
    assert info["parses"] is False and "1,000,000" in info["parse_errors"][0]


def test_operations_that_are_not_a_group_for_the_atoms_are_an_error():
    """x+1/3 without x+2/3: pymatgen applies both listed operations, the atoms keep neither."""
    cif = NACL_CIF.split("loop_")[0] + (
        "loop_\n_symmetry_equiv_pos_as_xyz\n'x, y, z'\n'x+1/3, y, z'\n"
        "loop_\n_atom_site_label\n_atom_site_type_symbol\n"
        "_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\n"
        "Na1 Na 0.05 0.11 0.23\nCl1 Cl 0.52 0.47 0.61\n"
    )
    cif = cif.replace("'F m -3 m'", "'P 1'").replace("225", "1")
    report = check_structure(cif)
    problem = report.problem("symmetry_operations_lost")
    assert problem is not None and problem.severity == "error" and not report.ok
    assert "lists 2 distinct symmetry operations" in problem.message
    assert problem.cif_lines == (11,)
    assert check_structure(NACL_CIF).problem("symmetry_operations_lost") is None
