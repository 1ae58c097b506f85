"""The magic subcommands, routing, the display contract and light imports."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from matsci_jupyter import answer
from matsci_jupyter.engines.answer.route import ROUTE

QUESTION = "What is the wavelength (in nm) of a photon with an energy of 2.5 eV?"


@pytest.fixture
def ip():
    """A real IPython shell with the extension loaded.

    conftest's ``ip`` calls ``start_ipython()``, which returns None after its first call in a
    session; this one falls back to the running shell so several tests can use it.
    """
    from IPython.testing.globalipapp import get_ipython, start_ipython

    from matsci_jupyter.model import session

    shell = start_ipython() or get_ipython()
    shell.run_line_magic("load_ext", "matsci_jupyter")
    yield shell
    shell.run_line_magic("unload_ext", "matsci_jupyter")
    session.unload()


def test_answer_magic_cell_and_line(ip):
    a = ip.run_cell_magic("matsci", "answer", QUESTION)
    assert a.ok and a.value_text() == "495.94 nm"
    b = ip.run_line_magic("matsci", "answer Convert 150 kJ/mol to eV per atom")
    assert b.ok and b.quantity.to("eV").magnitude > 1.55


def test_check_answer_magic(ip, capsys):
    a = ip.run_cell_magic(
        "matsci", "check-answer", f"{QUESTION}\n---\nλ = hc/E = 1240 eV·nm / 2.5 eV = 496 nm"
    )
    assert a.ok and a.source == "response"
    assert ip.run_cell_magic("matsci", "check-answer", "no separator here") is None
    assert "---" in capsys.readouterr().err


def test_plain_cell_with_a_numeric_question_is_routed_to_answer(ip):
    a = ip.run_cell_magic("matsci", "", QUESTION)
    assert type(a).__name__ == "Answer" and a.ok


def test_route_scores_are_honest():
    assert ROUTE.score(QUESTION, None) >= 0.5
    assert ROUTE.score("Convert 1.12 eV to nm.", None) >= 0.5
    for text in (
        "Write a Python function that computes the density of copper with a = 3.615 Å",
        "Show the structure of NaCl with a = 5.64 Å",
        "What is the band gap of silicon?",
        "Explain why FCC metals are ductile.",
        "Plot the stress-strain curve for 2 samples",
    ):
        assert ROUTE.score(text, None) < 0.5, text


def test_display_contract():
    for a in (answer(QUESTION), answer("What is the lattice parameter of copper?")):
        bundle = a._repr_mimebundle_()
        assert {"text/plain", "text/html"} <= set(bundle)
        d = a.as_dict()
        assert d["kind"] == "answer"
        json.dumps(d)
    ok = answer(QUESTION).as_dict()
    assert ok["quantity"]["units"] == "nanometer" and ok["checks"] and ok["steps"]
    assert "✓" in answer(QUESTION)._repr_html_()
    assert "Cannot answer" in str(answer("What is the lattice parameter of copper?"))


def test_importing_the_engine_and_its_route_stays_light():
    code = (
        "import sys\nimport matsci_jupyter.engines.answer, matsci_jupyter.engines.answer.route\n"
        "import matsci_jupyter.magics.commands.answer\n"
        "print(','.join(m for m in ('sympy', 'pint', 'pymatgen', 'scipy', 'mpmath') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_public_functions_are_functions_even_after_their_modules_are_imported():
    import importlib

    import matsci_jupyter

    importlib.import_module("matsci_jupyter.engines.answer.check_answer")
    importlib.import_module("matsci_jupyter.engines.answer.answer")
    import matsci_jupyter.engines.answer as engine

    assert callable(engine.answer) and callable(engine.check_answer)
    assert callable(matsci_jupyter.answer) and callable(matsci_jupyter.check_answer)
