"""Every notebook in demo_notebooks/ executes top to bottom in a fresh kernel without errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from matsci_jupyter.demo import execute_notebook

SHARED = Path(__file__).resolve().parents[2] / "shared"

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "demo_notebooks").glob("*.ipynb"))


@pytest.mark.slow
@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_demo_notebook_executes(notebook: Path, tmp_path: Path, artifacts_dir: Path):
    import nbformat
    from nbclient.exceptions import CellExecutionError

    try:
        ipynb, html = execute_notebook(notebook, artifacts_dir / "notebooks", timeout=600)
    except CellExecutionError as exc:
        # a fresh clone has nothing beside it: a demo that still reads ../shared skips (its data
        # should ship with it); any other failure is a failure
        text = str(exc)
        if not SHARED.exists() and "shared" in text and "No such file" in text:
            pytest.skip(f"{notebook.name} reads data from ../shared, which is absent")
        raise
    nb = nbformat.read(ipynb, as_version=4)
    errors = [
        o
        for c in nb.cells
        if c.cell_type == "code"
        for o in c.get("outputs", [])
        if o.get("output_type") == "error"
    ]
    assert not errors
    code_cells = [c for c in nb.cells if c.cell_type == "code"]
    assert code_cells and all(c.get("execution_count") for c in code_cells)
    assert html.stat().st_size > 10_000
