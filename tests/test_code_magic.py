"""%%matsci code in a real IPython shell and in a real kernel: the code lands in a new cell below."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from IPython.utils.capture import capture_output

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def ip():
    """The global test shell with the extension loaded (conftest's ``ip`` works once per session:
    ``globalipapp.start_ipython`` returns None when called again)."""
    from IPython.testing.globalipapp import get_ipython

    from matsci_jupyter.model import session

    shell = get_ipython()
    if "matsci" not in shell.magics_manager.magics["cell"]:
        shell.run_line_magic("load_ext", "matsci_jupyter")
    yield shell
    session.unload()


@pytest.fixture(scope="module")
def examples(tmp_path_factory) -> Path:
    from matsci_jupyter.engines.code.examples import write_example_files

    root = tmp_path_factory.mktemp("magic-examples")
    write_example_files(root)
    return root


@pytest.fixture
def folder(examples, tmp_path, monkeypatch):
    for p in examples.iterdir():
        shutil.copy(p, tmp_path / p.name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _html(cap) -> str:
    return "\n".join(o.data.get("text/html", "") for o in cap.outputs)


def test_code_goes_to_the_next_cell_and_is_not_run(ip, folder):
    ip.rl_next_input = None
    with capture_output() as cap:
        returned = ip.run_cell_magic("matsci", "code", "read NaCl.cif and make a 2x2x2 supercell")
    assert returned is None
    assert "Structure.from_file('NaCl.cif')" in ip.rl_next_input
    assert "structure" not in ip.user_ns  # nothing ran in the kernel
    html = _html(cap)
    assert "Verified code" in html and "Na32Cl32" in html and "new cell below" in html


def test_run_flag_runs_the_verified_code_in_the_kernel(ip, folder):
    with capture_output():
        ip.run_cell_magic("matsci", "code --run", "read NaCl.cif and make a 2x2x2 supercell")
    assert ip.user_ns["structure"].composition.formula.replace(" ", "") == "Na32Cl32"


def test_markdown_format_explains_instead(ip, folder):
    ip.rl_next_input = None
    with capture_output():
        view = ip.run_cell_magic("matsci", "code -f markdown", "molar mass of Fe2O3")
    assert ip.rl_next_input is None
    text = view._repr_markdown_()
    assert "```python" in text and "molar mass" in text.lower()
    assert view.as_dict()["kind"] == "code"


def test_unverified_code_is_shown_but_neither_inserted_nor_run(ip, folder):
    (folder / "broken.cif").write_text(
        "data_broken\n_cell_length_a 5\nloop_\n_atom_site_label\nX1\n"
    )
    ip.rl_next_input = None
    with capture_output() as cap:
        ip.run_cell_magic("matsci", "code --run", "what is the space group of broken.cif")
    assert ip.rl_next_input is None
    assert "not run in the kernel" in cap.stdout
    assert "NOT verified" in _html(cap)


def test_plain_matsci_cell_is_routed_to_the_code_engine(ip, folder):
    ip.rl_next_input = None
    with capture_output():
        ip.run_cell_magic(
            "matsci", "", "make a 2x2x1 supercell of Si.cif and save it as si_221.cif"
        )
    assert "si_221.cif" in ip.rl_next_input


def test_line_form_and_help(ip, folder):
    ip.rl_next_input = None
    with capture_output():
        ip.run_line_magic("matsci", "code molar mass of Fe2O3")
    assert "Composition('Fe2O3')" in ip.rl_next_input
    listing = str(ip.run_line_magic("matsci", "help"))
    assert "\n  code " in listing and "new cell below" in listing
    assert "--run" in str(ip.run_line_magic("matsci", "help code"))


def test_user_errors_are_one_line(ip, folder):
    with capture_output() as cap:
        ip.run_cell_magic("matsci", "code --rounds -1", "molar mass of Fe2O3")
    assert "matsci:" in cap.stderr and "Traceback" not in cap.stderr
    with capture_output() as cap:
        ip.run_cell_magic("matsci", "code", "  \n")
    assert "Question: Describe what the code should do" in _html(cap)


def test_namespace_structures_are_used_by_name(ip, folder):
    from pymatgen.core import Structure

    ip.user_ns["nacl"] = Structure.from_file("NaCl.cif")
    ip.rl_next_input = None
    with capture_output():
        ip.run_cell_magic("matsci", "code", "what is the space group of nacl")
    assert "nacl.copy()" in ip.rl_next_input


@pytest.mark.slow
def test_kernel_payload_creates_a_new_cell_below(tmp_path):
    """In Jupyter the code arrives as a set_next_input payload with replace=False."""
    from jupyter_client.manager import start_new_kernel

    from matsci_jupyter.engines.code.examples import write_example_files

    write_example_files(tmp_path)
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]).strip(
            os.pathsep
        ),
    }
    km, kc = start_new_kernel(kernel_name="python3", cwd=str(tmp_path), env=env)
    try:
        kc.execute_interactive("%load_ext matsci_jupyter", timeout=60)
        reply = kc.execute_interactive(
            "%%matsci code\nwhat is the density of NaCl.cif", timeout=120
        )
        payloads = reply["content"].get("payload", [])
        inserted = [p for p in payloads if p.get("source") == "set_next_input"]
        assert len(inserted) == 1 and inserted[0]["replace"] is False
        assert "structure.density" in inserted[0]["text"]
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    shutil.rmtree(tmp_path, ignore_errors=True)


def test_produced_structures_go_to_the_viewer_when_it_exists(ip, folder, monkeypatch):
    import sys
    import types

    shown = []

    class View:
        def __init__(self, structure):
            self.structure = structure

        def _repr_mimebundle_(self, include=None, exclude=None):
            formula = self.structure.composition.reduced_formula
            return {"text/plain": formula, "text/html": f"<div class='fake-viewer'>{formula}</div>"}

    fake = types.ModuleType("matsci_jupyter.engines.structure")
    fake.view = lambda s: shown.append(s) or View(s)
    monkeypatch.setitem(sys.modules, "matsci_jupyter.engines.structure", fake)
    with capture_output() as cap:
        ip.run_cell_magic("matsci", "code", "read NaCl.cif and make a 2x1x1 supercell")
    assert [s.composition.formula.replace(" ", "") for s in shown] == ["Na8Cl8"]
    assert "fake-viewer" in _html(cap)


def test_without_the_viewer_structures_are_summarised_as_text(ip, folder, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "matsci_jupyter.engines.structure", None)  # ImportError
    with capture_output() as cap:
        ip.run_cell_magic("matsci", "code", "read NaCl.cif and make a 2x1x1 supercell")
    assert "<td>Na8Cl8</td>" in _html(cap)


def test_rerunning_the_request_cell_does_not_insert_a_second_copy(ip, folder, monkeypatch):
    from matsci_jupyter.engines.code import notebook

    monkeypatch.setattr(notebook, "_INSERTED", {})
    inserted = []
    monkeypatch.setattr(ip, "set_next_input", lambda text, replace=False: inserted.append(text))
    request = "read NaCl.cif and make a 2x1x1 supercell"
    with capture_output():
        ip.run_cell_magic("matsci", "code", request)
    with capture_output() as cap:
        ip.run_cell_magic("matsci", "code", request)
    assert len(inserted) == 1 and inserted[0].startswith(notebook.MARKER)
    assert "already in the cell inserted below" in _html(cap)


def test_run_flag_reports_that_the_code_ran_in_the_kernel(ip, folder):
    with capture_output() as cap:
        ip.run_cell_magic("matsci", "code --run", "read NaCl.cif and make a 2x1x1 supercell")
    html = _html(cap)
    assert "ran in your kernel" in html and "Nothing has run" not in html


def test_unverified_code_is_inserted_only_with_force(ip, folder, monkeypatch):
    from matsci_jupyter.engines.code import notebook

    monkeypatch.setattr(notebook, "_INSERTED", {})
    (folder / "broken.cif").write_text(
        "data_broken\n_cell_length_a 5\nloop_\n_atom_site_label\nX1\n", encoding="utf-8"
    )
    inserted = []
    monkeypatch.setattr(ip, "set_next_input", lambda text, replace=False: inserted.append(text))
    with capture_output() as cap:
        ip.run_cell_magic("matsci", "code", "what is the space group of broken.cif")
    assert inserted == [] and "--force" in _html(cap)
    with capture_output():
        ip.run_cell_magic("matsci", "code --force", "what is the space group of broken.cif")
    assert len(inserted) == 1
