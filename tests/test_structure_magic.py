"""``%matsci show`` / ``%matsci check`` and plain ``%%matsci`` requests in a real IPython shell:
good input draws, bad input gives a clear message with no traceback, and the shell stays usable."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from structure_samples import NACL_CIF

from matsci_jupyter.engines.structure.route import ROUTE


@pytest.fixture
def ip():
    """conftest's ``ip``, usable in more than one test: IPython's ``start_ipython()`` returns
    None after its first call, so later tests take the shell it already made."""
    from IPython.terminal.interactiveshell import TerminalInteractiveShell
    from IPython.testing.globalipapp import start_ipython

    from matsci_jupyter.model import session

    shell = start_ipython() or TerminalInteractiveShell.instance()
    shell.run_line_magic("load_ext", "matsci_jupyter")
    yield shell
    shell.run_line_magic("unload_ext", "matsci_jupyter")
    session.unload()


def _run(ip, code: str, capsys):
    result = ip.run_cell(code)
    out = capsys.readouterr()
    assert "Traceback" not in out.out + out.err
    assert result.error_in_exec is None and result.error_before_exec is None
    assert ip.run_cell("1 + 1").result == 2  # the shell is still usable
    return result.result, out.out + out.err


def test_show_a_variable_a_path_and_cell_text(ip, capsys, tmp_path: Path):
    path = tmp_path / "nacl.cif"
    path.write_text(NACL_CIF)
    ip.user_ns["nacl_path"] = str(path)
    ip.run_cell(
        "from pymatgen.core import Lattice, Structure\n"
        "s = Structure.from_spacegroup('Fm-3m', Lattice.cubic(5.64), ['Na', 'Cl'], "
        "[[0, 0, 0], [0.5, 0.5, 0.5]])"
    )
    shown, _ = _run(ip, "%matsci show s", capsys)
    assert type(shown).__name__ == "StructureView" and shown.summary["formula"] == "NaCl"
    shown, _ = _run(
        ip,
        f"%matsci show {path} --supercell 2 1 1 --polyhedra --colors jmol --no-images --bonds 3.0",
        capsys,
    )
    assert shown.options.supercell == (2, 1, 1) and shown.options.polyhedra is True
    assert shown.options.color_scheme == "Jmol" and shown.options.bonds == 3.0
    assert not shown.options.image_atoms
    shown, _ = _run(ip, "%%matsci show\n" + NACL_CIF, capsys)
    assert shown.summary["space_group"]["number"] == 225
    shown, _ = _run(ip, "%matsci show nacl_path", capsys)  # a variable holding a path
    assert shown.figure is not None


def test_show_ase_atoms_from_the_namespace(ip, capsys):
    ip.run_cell("from ase.build import bulk\natoms = bulk('Si')")
    shown, _ = _run(ip, "%matsci show atoms", capsys)
    assert shown.summary["space_group"]["symbol"] == "Fd-3m"


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p: p / "missing.cif", "no such file"),
        (lambda p: _write(p / "empty.cif", ""), "empty"),
        (
            lambda p: _write(
                p / "trunc.cif", NACL_CIF[: NACL_CIF.index("Cl1 Cl")] + "Cl1 Cl 0.5 0"
            ),
            "truncated",
        ),
        (lambda p: _write(p / "oops.cif", "data_x\n_cell_length_a oops\n"), "'oops', not a number"),
        (lambda p: _write(p / "nosites.cif", NACL_CIF[: NACL_CIF.index("loop_")]), "no atom sites"),
        (
            lambda p: _write(
                p / "flat.cif", NACL_CIF.replace("_cell_angle_beta    90", "_cell_angle_beta 0")
            ),
            "zero volume",
        ),
        (lambda p: _write(p / "xx.cif", NACL_CIF.replace("Cl1 Cl", "Xx1 Xx")), "unknown element"),
        (lambda p: _sparse(p / "huge.cif", 100 * 2**20), "100.0 MB"),
    ],
)
def test_bad_files_through_show_and_check(ip, capsys, tmp_path: Path, make, words):
    path = make(tmp_path)
    shown, _ = _run(ip, f"%matsci show {path}", capsys)
    assert words in str(shown)
    assert words in html.unescape(shown._repr_mimebundle_()["text/html"])
    report, _ = _run(ip, f"%matsci check {path}", capsys)
    assert not report.ok and words in str(report)


def test_the_size_limit_can_be_raised_from_the_magic(ip, capsys, tmp_path: Path):
    path = tmp_path / "nacl.cif"
    path.write_text(NACL_CIF)
    shown, _ = _run(ip, f"%matsci show {path} --max-mb 0.0001", capsys)
    assert shown.figure is None and "--max-mb" in str(shown)
    report, _ = _run(ip, f"%matsci check {path} --max-mb 1", capsys)
    assert report.ok


def test_unknown_names_and_bad_flags_are_one_line_errors(ip, capsys):
    result, text = _run(ip, "%matsci show no_such_thing", capsys)
    assert result is None and "neither a variable in this notebook nor a file" in text
    assert text.count("\n") == 1
    ip.run_cell(
        "from pymatgen.core import Lattice, Structure\n"
        "s = Structure(Lattice.cubic(4), ['Na'], [[0, 0, 0]])"
    )
    result, text = _run(ip, "%matsci show s --supercell 0", capsys)
    assert result is None and "matsci: supercell needs repeats between 1 and 50" in text
    result, text = _run(ip, "%matsci show s --colors rainbow", capsys)
    assert result is None and "invalid choice" in text
    result, text = _run(ip, "%matsci show", capsys)
    assert result is None and "name a structure" in text


def test_plain_requests_are_routed_here(ip, capsys, tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "nacl.cif").write_text(NACL_CIF)
    shown, _ = _run(ip, "%%matsci\nshow me nacl.cif", capsys)
    assert type(shown).__name__ == "StructureView"
    report, _ = _run(ip, "%%matsci\ncheck nacl.cif", capsys)
    assert type(report).__name__ == "StructureReport" and report.ok
    shown, _ = _run(ip, "%%matsci\n" + NACL_CIF, capsys)  # a pasted CIF
    assert shown.summary["formula"] == "NaCl"


class _Ctx:
    def __init__(self, namespace):
        self.namespace = namespace


def test_route_claims_only_what_it_can_open(tmp_path: Path, monkeypatch):
    from pymatgen.core import Lattice, Structure

    monkeypatch.chdir(tmp_path)
    (tmp_path / "LiFePO4.cif").write_text(NACL_CIF)
    s = Structure(Lattice.cubic(4), ["Na"], [[0, 0, 0]])
    ctx = _Ctx({"s": s, "gap": 1.1})
    assert ROUTE.score("show LiFePO4.cif", ctx) >= 0.9
    assert ROUTE.score("visualize the structure s", ctx) >= 0.9
    assert ROUTE.score("check s", ctx) >= 0.9
    assert 0.5 <= ROUTE.score("show missing.cif", ctx) < 0.9  # will say the file is missing
    assert ROUTE.score("show the band gap of Si", ctx) == 0
    assert ROUTE.score("show gap", ctx) == 0  # a variable, but not a structure
    assert ROUTE.score("what is the density of LiFePO4.cif", ctx) == 0
    assert ROUTE.score(NACL_CIF, ctx) > 0.9


def _write(path: Path, text: str) -> Path:
    path.write_text(text)
    return path


def _sparse(path: Path, size: int) -> Path:
    with path.open("wb") as f:
        f.truncate(size)
    return path
