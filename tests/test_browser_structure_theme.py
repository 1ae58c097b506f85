"""In a real JupyterLab (headless Chromium): the structure figure follows the theme (dark, and
back to light without re-running), fits a narrow window, and fits the chat sidebar.

Screenshots go to test-artifacts/ (structure_dark_theme.png, structure_narrow.png,
structure_sidebar_dark.png); their pixels are checked here.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import free_port
from jupyterlab_browser import browser_unavailable, skip_or_fail
from lab_e2e_support import CHROMIUM, CHROMIUM_ARGS, ROOT, LabServer
from structure_samples import NACL_CIF

pytestmark = [pytest.mark.browser, pytest.mark.slow]

BUILT = ROOT / "matsci_jupyter" / "labextension" / "package.json"
FIGURE = ".jp-OutputArea .js-plotly-plot"
THEME_FONT = "getComputedStyle(document.body).getPropertyValue('--jp-ui-font-color1').trim()"


def _pixels(png: bytes) -> Any:
    import numpy as np
    from PIL import Image

    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)


def _white_fraction(rgb: Any) -> float:
    return float((rgb.min(axis=2) > 225).mean())


def _coloured_fraction(rgb: Any) -> float:
    return float(((rgb.max(axis=2) - rgb.min(axis=2)) > 60).mean())


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LabServer]:
    reason = browser_unavailable()
    if reason:
        skip_or_fail(reason)
    if not BUILT.is_file():
        skip_or_fail("the JupyterLab extension is not built: bash scripts/build-labextension.sh")
    root = tmp_path_factory.mktemp("lab-structure")
    (root / "NaCl.cif").write_text(NACL_CIF)
    cells = ["%load_ext matsci_jupyter", "%matsci show NaCl.cif --supercell 2"]
    notebook = {
        "cells": [
            {
                "cell_type": "code",
                "execution_count": None,
                "id": f"c{i}",
                "metadata": {},
                "outputs": [],
                "source": src,
            }
            for i, src in enumerate(cells)
        ],
        "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    (root / "view.ipynb").write_text(json.dumps(notebook))
    with LabServer(root, free_port(), fake_engines=False) as server:
        yield server


@pytest.fixture(scope="module")
def page(lab: LabServer) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        pg = browser.new_page(viewport={"width": 1400, "height": 900})
        yield pg
        browser.close()


def _set_theme(page: Any, name: str, light: bool) -> None:
    page.evaluate(
        "(t) => window.jupyterapp.commands.execute('apputils:change-theme', {theme: t})", name
    )
    page.wait_for_function(
        f"document.body.dataset.jpThemeLight === '{str(light).lower()}'", timeout=30_000
    )
    page.wait_for_timeout(1_500)  # theme CSS, then the figure's re-colouring


def _figure_font(page: Any, selector: str) -> str:
    return page.evaluate(f"document.querySelector({json.dumps(selector)})._fullLayout.font.color")


def test_dark_theme_live_switch_and_narrow_window(lab: LabServer, page: Any, artifacts_dir: Path):
    page.goto(f"{lab.url}/lab/tree/view.ipynb?reset&token={lab.token}")
    page.wait_for_function("() => window.jupyterapp && window.jupyterapp.started", timeout=60_000)
    page.locator(".jp-Notebook .jp-Cell").first.wait_for(timeout=60_000)
    _set_theme(page, "JupyterLab Dark", light=False)
    page.evaluate("window.jupyterapp.commands.execute('notebook:run-all-cells')")
    page.locator(f"{FIGURE} canvas").first.wait_for(timeout=90_000)
    page.wait_for_timeout(3_000)  # WebGL draws after the element appears

    figure = page.locator(FIGURE).first
    rgb = _pixels(figure.screenshot())
    page.screenshot(path=str(artifacts_dir / "structure_dark_theme.png"))
    assert _white_fraction(rgb) < 0.02, "a white block on the dark theme"
    assert rgb.mean() < 90  # the dark page shows through
    assert _coloured_fraction(rgb) > 0.01  # atoms were drawn
    dark_font = _figure_font(page, FIGURE)
    assert dark_font == page.evaluate(THEME_FONT)  # legend and labels readable

    # back to light without re-running: the same figure re-colours itself
    _set_theme(page, "JupyterLab Light", light=True)
    light_font = _figure_font(page, FIGURE)
    assert light_font == page.evaluate(THEME_FONT) and light_font != dark_font
    assert _coloured_fraction(_pixels(figure.screenshot())) > 0.01

    # a narrow window: the figure shrinks to its output area instead of being clipped
    page.set_viewport_size({"width": 640, "height": 900})
    page.wait_for_timeout(2_000)
    area = page.locator(".jp-OutputArea-output:has(.js-plotly-plot)").first
    area_box, fig_box = area.bounding_box(), figure.bounding_box()
    assert fig_box["width"] <= area_box["width"] + 1
    assert fig_box["width"] > 0.6 * area_box["width"]
    # and the atoms are drawn across it, centred, not pushed to one side or off the canvas
    rgb = _pixels(figure.screenshot())
    columns = ((rgb.max(axis=2) - rgb.min(axis=2)) > 60).any(axis=0).nonzero()[0]
    assert len(columns) > 0.5 * rgb.shape[1]
    assert 0.3 < columns.mean() / rgb.shape[1] < 0.7
    page.screenshot(path=str(artifacts_dir / "structure_narrow.png"))
    page.set_viewport_size({"width": 1400, "height": 900})


def test_chat_sidebar_view_fits_the_sidebar(lab: LabServer, page: Any, artifacts_dir: Path):
    page.goto(f"{lab.url}/lab/tree/view.ipynb?reset&token={lab.token}")
    page.wait_for_function("() => window.jupyterapp && window.jupyterapp.started", timeout=60_000)
    page.locator(".jp-Notebook .jp-Cell").first.wait_for(timeout=60_000)
    _set_theme(page, "JupyterLab Dark", light=False)
    panel = page.locator(".jp-matsci-panel")
    if not panel.is_visible():
        page.click('li[data-id="matsci-chat"]')
    panel.wait_for(state="visible", timeout=15_000)
    page.fill(".jp-matsci-input", "/show NaCl.cif")
    page.click(".jp-matsci-send")
    plot = page.locator(".jp-matsci-panel .jp-matsci-figure .js-plotly-plot").first
    plot.wait_for(timeout=90_000)
    page.locator(".jp-matsci-panel .jp-matsci-figure canvas").first.wait_for(timeout=30_000)
    page.wait_for_timeout(3_000)
    holder = page.locator(".jp-matsci-panel .jp-matsci-figure").first
    holder_box, plot_box = holder.bounding_box(), plot.bounding_box()
    page.screenshot(path=str(artifacts_dir / "structure_sidebar_dark.png"))
    assert holder_box["width"] > 150
    assert plot_box["width"] <= holder_box["width"] + 1, (plot_box, holder_box)
    assert plot_box["width"] > 0.8 * holder_box["width"], (plot_box, holder_box)
    rgb = _pixels(plot.screenshot())
    assert _coloured_fraction(rgb) > 0.01 and _white_fraction(rgb) < 0.02
