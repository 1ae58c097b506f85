"""Planar density from the named plane's planar cell: (110) is a × a√2, (111) is (√3/2)a²."""

from matsci_jupyter import check_answer
from matsci_jupyter.engines.answer.planar_cell import planar_cell_check
from matsci_jupyter.engines.answer.prose import response_lines
from matsci_jupyter.engines.answer.text import normalize

FCC_110 = (
    "Nickel is face-centred cubic with a lattice parameter of 0.352 nm. How many atoms per nm^2 "
    "lie on the (110) plane (its planar density)?"
)
SQUARE = """The (110) section of the FCC cell holds 4 × 1/4 + 2 × 1/2 = 2 atoms.
Area A = a^2 = (0.352 nm)^2 = 0.1239 nm^2
PD = 2/0.1239 = 16.14 nm^-2
Planar density ≈ 16.1 atoms/nm^2"""


def _check(question: str, response: str):
    return planar_cell_check(normalize(question), response_lines(response))


def test_square_area_for_110_is_flagged():
    check = _check(FCC_110, SQUARE)
    assert check is not None and not check.passed
    assert "rectangle" in check.message and "11.41" in check.message
    assert check_answer(FCC_110, SQUARE).verdict == "flagged"


def test_rectangle_passes_in_either_style():
    right = """Atoms: 2. Area = a × a√2 = 0.352 × 0.4978 = 0.1752 nm^2
PD = 2/0.1752 = 11.41 atoms/nm^2"""
    assert _check(FCC_110, right) is None
    in_one = "PD = 2/(√2 a²) = 2/(1.4142 × 0.1239 nm^2) = 11.4 nm^-2"
    assert _check(FCC_110, in_one) is None


def test_wrong_atom_count_is_flagged():
    question = (
        "Chromium is BCC with atomic radius 0.125 nm. Compute the planar density on (110) in "
        "atoms per square nanometre."
    )
    wrong = """a = 4R/√3 = 0.2887 nm
Area of the (110) rectangle = √2 a^2 = 0.1179 nm^2
Only the corner atoms lie in it: 4 × 1/4 = 1 atom.
PD = 1/0.1179 = 8.48 atoms/nm^2"""
    check = _check(question, wrong)
    assert check is not None and "holds 2 atoms" in check.message


def test_other_planes_and_cells_left_alone():
    question = (
        "An FCC metal has a = 0.400 nm. Find the planar density of its (111) plane in atoms/nm^2."
    )
    triangle = """The (111) triangle has sides a√2 and area (√3/2) a^2 = 0.1386 nm^2; it holds
3 × 1/6 + 3 × 1/2 = 2 atoms.
PD = 2/0.1386 = 14.43 atoms/nm^2"""
    assert _check(question, triangle) is None
    doubled = """Take a rhombus of two such triangles: area √3 a^2 = 0.2771 nm^2 holding 4 atoms.
PD = 4/0.2771 = 14.43 atoms/nm^2"""
    assert _check(question, doubled) is None
