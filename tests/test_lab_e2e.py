"""End to end in a real browser: JupyterLab with the MatSci panel, driven by Playwright
(Debian's /usr/bin/chromium, never a downloaded browser).

The server uses the real engines (answer, code, structure). Set MATSCI_E2E_FAKE_ENGINES=1 to run
with the stand-in engine routes of tests/lab_e2e_support.py instead (injected through a
jupyter_server_config.py that only this test writes), e.g. to debug the panel alone.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import free_port
from jupyterlab_browser import browser_unavailable, skip_or_fail
from lab_e2e_support import CHROMIUM, CHROMIUM_ARGS, ROOT, LabServer

pytestmark = [pytest.mark.browser, pytest.mark.slow]

BUILT = ROOT / "matsci_jupyter" / "labextension" / "package.json"
USE_FAKE_ENGINES = os.environ.get("MATSCI_E2E_FAKE_ENGINES", "") == "1"
CODE_QUESTION = "Make a 2x2x2 supercell of fcc copper"
NUMERIC_QUESTION = "What is the wavelength of a 2.0 eV photon, in nm?"


ZERO_DIVISION = {
    "output_type": "error",
    "ename": "ZeroDivisionError",
    "evalue": "division by zero",
    "traceback": [
        "\u001b[0;31m---------------------------------------------------------\u001b[0m",
        "\u001b[0;31mZeroDivisionError\u001b[0m: division by zero",
    ],
}


def _notebook(cells: list[str], outputs: list[list[dict[str, Any]]] | None = None) -> str:
    outputs = outputs or [[] for _ in cells]
    return json.dumps(
        {
            "cells": [
                {
                    "cell_type": "code",
                    "execution_count": i + 1 if out else None,
                    "id": f"c{i}",
                    "metadata": {},
                    "outputs": out,
                    "source": src,
                }
                for i, (src, out) in enumerate(zip(cells, outputs, strict=False))
            ],
            "metadata": {
                "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}
            },
            "nbformat": 4,
            "nbformat_minor": 5,
        }
    )


@pytest.fixture(scope="module")
def lab_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    reason = browser_unavailable()
    if reason:
        skip_or_fail(reason)
    if not BUILT.is_file():
        skip_or_fail("the JupyterLab extension is not built: bash scripts/build-labextension.sh")
    root = tmp_path_factory.mktemp("lab-root")
    (root / "demo.ipynb").write_text(_notebook(["x = 1"]))
    (root / "failing.ipynb").write_text(_notebook(["1 / 0"], [[ZERO_DIVISION]]))
    return root


@pytest.fixture(scope="module")
def lab(lab_root: Path) -> Iterator[LabServer]:
    server = LabServer(lab_root, free_port(), fake_engines=USE_FAKE_ENGINES)
    with server:
        yield server


@pytest.fixture(scope="module")
def browser(lab_root: Path) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any, artifacts_dir: Path, request: pytest.FixtureRequest) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1500, "height": 950})
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    yield pg
    pg.screenshot(path=str(artifacts_dir / f"lab-e2e-{request.node.name}-final.png"))
    context.close()
    assert not [e for e in errors if "matsci" in e.lower()], errors


def open_notebook(page: Any, lab: LabServer, name: str) -> None:
    page.goto(f"{lab.url}/lab/tree/{name}?reset&token={lab.token}")
    page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=60_000)
    panel = page.locator(".jp-matsci-panel")
    if not panel.is_visible():
        page.click('li[data-id="matsci-chat"]')  # the sidebar tab
    panel.wait_for(state="visible", timeout=15_000)
    # the chat of this notebook is loaded
    page.wait_for_function(
        f"document.querySelector('.jp-matsci-context')?.textContent.includes({json.dumps(name)})"
        " && document.querySelector('.jp-matsci-context').textContent.includes('kept in')",
        timeout=15_000,
    )


def ask(page: Any, text: str) -> Any:
    """Type ``text``, send it, and return the locator of the finished answer."""
    before = page.locator(".jp-matsci-assistant").count()
    page.fill(".jp-matsci-input", text)
    page.click(".jp-matsci-send")
    answer = page.locator(".jp-matsci-assistant").nth(before)
    answer.wait_for(timeout=30_000)
    page.wait_for_function(
        f"document.querySelectorAll('.jp-matsci-assistant')[{before}]?.dataset.status !== undefined",
        timeout=60_000,
    )
    return answer


def attach_variable(page: Any, name: str) -> None:
    page.click(".jp-matsci-attach-buttons button:has-text('Variable')")
    page.fill(".jp-Dialog input", name)
    page.locator(".jp-Dialog .jp-mod-accept").click()
    page.wait_for_function(
        "Array.from(document.querySelectorAll('.jp-matsci-attachments .jp-matsci-chip'))"
        f".some(c => c.textContent.includes({json.dumps(name)}))",
        timeout=30_000,
    )


def active_cell_source(page: Any) -> str:
    return page.evaluate(
        "window.jupyterapp.shell.currentWidget.content.activeCell.model.sharedModel.getSource()"
    )


def cell_sources(page: Any) -> list[str]:
    return page.evaluate(
        "Array.from(window.jupyterapp.shell.currentWidget.content.model.cells)"
        ".map(c => c.sharedModel.getSource())"
    )


def test_code_answer_goes_into_the_notebook_with_insert_below(page, lab, artifacts_dir):
    open_notebook(page, lab, "demo.ipynb")
    answer = ask(page, CODE_QUESTION)
    insert = answer.locator(".jp-matsci-coderesult .jp-matsci-code-insertbelow")
    insert.wait_for(timeout=10_000)
    code = answer.locator(".jp-matsci-coderesult code").inner_text()
    assert "bulk('Cu'" in code
    page.screenshot(path=str(artifacts_dir / "lab-e2e-1-code-answer.png"))
    insert.click()
    page.wait_for_function("window.jupyterapp.shell.currentWidget.content.model.cells.length === 2")
    assert cell_sources(page) == ["x = 1", code]
    assert active_cell_source(page) == code
    assert "Inserted below" in page.inner_text(".jp-matsci-banner")
    page.screenshot(path=str(artifacts_dir / "lab-e2e-2-inserted-below.png"))


def test_numeric_answer_shows_its_unit_and_checks(page, lab, artifacts_dir):
    open_notebook(page, lab, "demo.ipynb")
    answer = ask(page, NUMERIC_QUESTION)
    answer.locator(".jp-matsci-answer-unit").wait_for(timeout=10_000)
    assert answer.locator(".jp-matsci-answer-unit").inner_text() == "nm"
    value = float(answer.locator(".jp-matsci-answer-value").inner_text())
    assert value == pytest.approx(619.9, abs=0.1)
    checks = answer.locator(".jp-matsci-check")
    assert checks.count() >= 2
    assert answer.locator(".jp-matsci-check.jp-mod-passed").count() == checks.count()
    assert "✓" in checks.first.inner_text()
    page.screenshot(path=str(artifacts_dir / "lab-e2e-3-numeric-answer.png"))


def test_history_survives_a_page_reload_and_a_server_restart(page, lab, lab_root, artifacts_dir):
    open_notebook(page, lab, "demo.ipynb")
    texts = page.locator(".jp-matsci-user .jp-matsci-text").all_inner_texts()
    assert CODE_QUESTION in texts and NUMERIC_QUESTION in texts  # reloaded from the server
    assert page.locator(".jp-matsci-answer-unit").first.inner_text() == "nm"
    lab.stop()
    restarted = LabServer(lab_root, free_port(), fake_engines=USE_FAKE_ENGINES)
    with restarted:
        open_notebook(page, restarted, "demo.ipynb")
        texts = page.locator(".jp-matsci-user .jp-matsci-text").all_inner_texts()
        assert texts[:2] == [CODE_QUESTION, NUMERIC_QUESTION]
        page.screenshot(path=str(artifacts_dir / "lab-e2e-4-after-restart.png"))
    lab.start()
    assert (lab_root / ".demo.ipynb.matsci-chat.json").is_file()


def test_bad_input_leaves_the_panel_usable(page, lab, artifacts_dir):
    open_notebook(page, lab, "failing.ipynb")
    # a message over the limit: refused in the panel, the draft stays
    long = "x" * 25_000
    page.fill(".jp-matsci-input", long)
    page.click(".jp-matsci-send")
    assert "limit is 20000" in page.inner_text(".jp-matsci-banner")
    assert len(page.input_value(".jp-matsci-input")) == 25_000
    # binary garbage is answered, not fatal
    garbage = ask(page, "\x00\x01\x02 \ufffd\ufffd \U0001f9ea ÿþ")
    assert garbage.get_attribute("data-status") in ("complete", "error")
    # the last error of the notebook can be attached (and is sent along)
    page.click(".jp-matsci-attach-buttons button:has-text('Last error')")
    assert "cell [1]: ZeroDivisionError" in page.inner_text(".jp-matsci-attachments")
    with_error = ask(page, "/help")
    assert page.locator(".jp-matsci-user").last.locator(".jp-matsci-chip").inner_text() == (
        "error: cell [1]: ZeroDivisionError"
    )
    assert with_error.get_attribute("data-status") == "complete"
    # a named kernel variable is attached as a short summary
    page.wait_for_function(
        "window.jupyterapp.shell.currentWidget.sessionContext.session?.kernel?.status === 'idle'",
        timeout=60_000,
    )
    page.evaluate(
        "window.jupyterapp.shell.currentWidget.sessionContext.session.kernel"
        ".requestExecute({code: 'lattice_a = 3.615'}).done"
    )
    attach_variable(page, "lattice_a")
    chip = page.locator(".jp-matsci-attachments .jp-matsci-chip", has_text="lattice_a")
    assert "lattice_a: float" in chip.get_attribute("title")
    chip.locator(".jp-matsci-chip-remove").click()
    assert page.locator(".jp-matsci-attachments .jp-matsci-chip", has_text="lattice_a").count() == 0
    # a kernel that dies: the panel says so, keeps its chat and keeps working
    page.evaluate(
        "window.jupyterapp.shell.currentWidget.sessionContext.session.kernel"
        ".requestExecute({code: 'import os; os.kill(os.getpid(), 9)'})"
    )
    page.wait_for_function(
        "/kernel died/.test(document.querySelector('.jp-matsci-banner').textContent)",
        timeout=30_000,
    )
    page.screenshot(path=str(artifacts_dir / "lab-e2e-5-kernel-died.png"))
    page.locator(".jp-Dialog .jp-mod-accept").click()  # JupyterLab's own "kernel restarting"
    page.wait_for_function(
        "window.jupyterapp.shell.currentWidget.sessionContext.session?.kernel?.status === 'idle'",
        timeout=60_000,
    )
    attach_variable(page, "lattice_a")
    chip = page.locator(".jp-matsci-attachments .jp-matsci-chip", has_text="lattice_a")
    assert "not defined in the kernel" in chip.get_attribute("title")
    assert page.locator(".jp-matsci-user").count() >= 2  # nothing of the chat was lost
    # and the chat still answers
    assert ask(page, NUMERIC_QUESTION).locator(".jp-matsci-answer-unit").inner_text() == "nm"


STRUCTURE_SETUP = """
from pymatgen.core import Lattice, Structure
import matsci_jupyter
cu = Structure(Lattice.cubic(3.615), ["Cu"] * 4,
               [[0, 0, 0], [0.5, 0.5, 0], [0.5, 0, 0.5], [0, 0.5, 0.5]])
if not hasattr(matsci_jupyter, "view"):  # stand-in until the structure engine is merged
    import plotly.graph_objects as go

    def _stand_in_view(structure):
        xyz = structure.cart_coords
        return go.Figure(go.Scatter3d(x=xyz[:, 0], y=xyz[:, 1], z=xyz[:, 2], mode="markers"))

    matsci_jupyter.view = _stand_in_view
"""


def run_in_kernel(page: Any, code: str) -> None:
    page.wait_for_function(
        "window.jupyterapp.shell.currentWidget.sessionContext.session?.kernel?.status === 'idle'",
        timeout=60_000,
    )
    page.evaluate(
        "code => window.jupyterapp.shell.currentWidget.sessionContext.session.kernel"
        ".requestExecute({code}).done.then(() => null)",
        code,
    )


def test_structures_render_from_the_kernel_and_run_executes_code(page, lab, artifacts_dir):
    open_notebook(page, lab, "demo.ipynb")
    run_in_kernel(page, STRUCTURE_SETUP)
    shown = ask(page, "/show cu")
    output = shown.locator(".jp-matsci-kernel-output")
    output.locator(".js-plotly-plot, canvas").first.wait_for(timeout=60_000)
    assert output.locator("[data-mime-type='application/vnd.jupyter.stderr']").count() == 0
    page.screenshot(path=str(artifacts_dir / "lab-e2e-6-show-structure.png"))
    # the sidebar is narrow: the same outputs open in a main-area tab
    shown.locator(".jp-matsci-open-tab").click()
    page.locator("[id^='matsci-output-'] .js-plotly-plot").first.wait_for(timeout=30_000)
    assert page.locator(".lm-TabBar-tabLabel", has_text="MatSci: cu").count() == 1
    page.screenshot(path=str(artifacts_dir / "lab-e2e-6b-show-in-a-tab.png"))
    page.evaluate(
        "window.jupyterapp.shell.activateById(document.querySelector('.jp-NotebookPanel').id)"
    )
    # Run: inserted below and executed in the kernel
    answer = ask(page, CODE_QUESTION)
    answer.locator(".jp-matsci-coderesult .jp-matsci-code-run").click()
    page.wait_for_function(
        "Array.from(document.querySelectorAll('.jp-Notebook .jp-OutputArea-output'))"
        ".some(o => o.textContent.includes('Cu8'))",
        timeout=60_000,
    )
    assert "running" in page.inner_text(".jp-matsci-banner").lower()


def test_model_status_line_load_stream_and_unload(page, lab, tiny_model_dir, artifacts_dir):
    open_notebook(page, lab, "demo.ipynb")
    status = page.locator(".jp-matsci-model-status")
    assert status.inner_text() == "No model · offline engines"
    page.evaluate("""() => {
        window.__matsciStates = [];
        const node = document.querySelector('.jp-matsci-model-status');
        new MutationObserver(() => window.__matsciStates.push(node.dataset.state))
            .observe(node, {attributes: true, childList: true, subtree: true});
    }""")
    page.click(".jp-matsci-load")
    page.fill(".jp-Dialog input", str(tiny_model_dir))
    page.locator(".jp-Dialog .jp-mod-accept").click()
    page.wait_for_function(
        "document.querySelector('.jp-matsci-model-status').dataset.state === 'ready'",
        timeout=180_000,
    )
    assert "loading" in page.evaluate("window.__matsciStates")
    assert status.inner_text().endswith("· cpu · 4-bit")
    answer = ask(page, "Tell me something about dislocations.")
    assert answer.get_attribute("data-engine") == "model"
    assert "not verified" in answer.locator(".jp-matsci-meta").inner_text()
    assert answer.get_attribute("data-status") == "complete"
    assert answer.locator(".jp-matsci-content").inner_text().strip()  # streamed text arrived
    assert answer.locator(".jp-matsci-error").count() == 0
    page.screenshot(path=str(artifacts_dir / "lab-e2e-7-model-loaded.png"))
    page.click(".jp-matsci-unload")
    page.wait_for_function(
        "document.querySelector('.jp-matsci-model-status').dataset.state === 'none'", timeout=30_000
    )


def test_an_empty_chat_welcomes_with_examples_and_named_chats_stay_apart(page, lab, lab_root):
    (lab_root / "welcome.ipynb").write_text(_notebook(["y = 2"]))
    open_notebook(page, lab, "welcome.ipynb")
    welcome = page.locator(".jp-matsci-welcome")
    welcome.wait_for(timeout=15_000)
    assert welcome.locator(".jp-matsci-example").count() >= 4
    welcome.locator(".jp-matsci-example", has_text="What else?").click()
    page.locator(".jp-matsci-help").wait_for(timeout=30_000)
    assert page.locator(".jp-matsci-welcome").count() == 0  # gone once the chat has begun
    # a named chat of the same notebook starts empty, and the default chat keeps its messages
    page.once("dialog", lambda dialog: dialog.accept("side notes"))
    page.select_option(".jp-matsci-chat-select", "__new__")
    page.locator(".jp-matsci-welcome").wait_for(timeout=15_000)
    assert page.locator(".jp-matsci-user").count() == 0
    page.select_option(".jp-matsci-chat-select", "")
    page.locator(".jp-matsci-user").first.wait_for(timeout=15_000)
    assert page.locator(".jp-matsci-help").count() == 1
