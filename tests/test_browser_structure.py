"""In a real JupyterLab (headless Chromium): ``%matsci show`` on a CIF draws a 3D canvas with
its summary, and the notebook exported to HTML draws it again with the network blocked."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from jupyterlab_browser import chromium, jupyterlab, lab_page  # noqa: F401 (fixtures)

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _coloured_fraction(png: bytes) -> float:
    """Share of pixels that are clearly coloured (atoms, bonds), not white or grey."""
    import io

    import numpy as np
    from PIL import Image

    rgb = np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)
    spread = rgb.max(axis=2) - rgb.min(axis=2)
    return float((spread > 60).mean())


def test_matsci_show_draws_a_3d_canvas_in_jupyterlab(
    jupyterlab,  # noqa: F811 (pytest fixture)
    lab_page,  # noqa: F811
    chromium,  # noqa: F811
    shared_data: Path,
    artifacts_dir: Path,
):
    shutil.copy(shared_data / "cif" / "LiFePO4.cif", jupyterlab.root_dir / "LiFePO4.cif")
    jupyterlab.write_notebook(
        "structure.ipynb", ["%load_ext matsci_jupyter", "%matsci show LiFePO4.cif"]
    )
    lab = lab_page(jupyterlab)
    lab.open("structure.ipynb")
    lab.run_all()
    canvas = lab.page.locator(".jp-OutputArea .js-plotly-plot canvas").first
    canvas.wait_for(timeout=60_000)
    lab.page.wait_for_timeout(3_000)  # WebGL draws after the element appears
    box = canvas.bounding_box()
    assert box is not None and box["width"] > 300 and box["height"] > 300
    text = lab.output_text()
    assert "Pnma (No. 62)" in text and "LiFePO4" in text and "supercell" in text  # controls
    figure = lab.page.locator(".jp-OutputArea .js-plotly-plot").first
    assert _coloured_fraction(figure.screenshot()) > 0.01  # atoms were drawn, not a blank canvas
    lab.page.screenshot(path=str(artifacts_dir / "structure_jupyterlab.png"))
    assert not [m for m in lab.console if "Error displaying widget" in m]

    # A control redraws the same figure in place: supercell 2 x 1 x 1 draws more atoms.
    count_atoms = """() => document.querySelector('.jp-OutputArea .js-plotly-plot')._fullData
        .filter(t => t.mode === 'markers').reduce((n, t) => n + t._length, 0)"""
    before = lab.page.evaluate(count_atoms)
    repeat_a = lab.page.locator(".jp-OutputArea input[type=number]").first
    repeat_a.fill("2")
    repeat_a.press("Enter")
    lab.page.wait_for_function(f"() => ({count_atoms})() > {before}", timeout=30_000)
    assert lab.page.locator(".jp-OutputArea .js-plotly-plot").count() == 1

    # Export as JupyterLab does (no widget state saved): the HTML must draw offline.
    lab.save()
    from nbconvert import HTMLExporter

    body, _ = HTMLExporter().from_filename(str(jupyterlab.root_dir / "structure.ipynb"))
    exported = jupyterlab.root_dir / "structure.html"
    exported.write_text(body, encoding="utf-8")
    page = chromium.new_page(viewport={"width": 1300, "height": 800})
    blocked: list[str] = []

    def offline(route):
        if route.request.url.startswith(("http://", "https://")):
            blocked.append(route.request.url)
            return route.abort()
        return route.continue_()

    page.route("**/*", offline)
    page.goto(exported.as_uri())
    exported_canvas = page.locator(".js-plotly-plot canvas").first
    exported_canvas.wait_for(timeout=60_000)
    page.wait_for_timeout(2_000)
    assert _coloured_fraction(page.locator(".js-plotly-plot").first.screenshot()) > 0.01
    assert "Pnma (No. 62)" in page.inner_text("body")
    page.screenshot(path=str(artifacts_dir / "structure_exported_html_offline.png"))
