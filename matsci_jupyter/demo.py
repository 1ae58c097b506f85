"""Run a demo notebook headless and keep the executed copy and an HTML version.

``python -m matsci_jupyter.demo demo_notebooks/quickstart.ipynb --out out``
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path


def execute_notebook(
    path: str | Path, out_dir: str | Path, *, timeout: int = 600, kernel_name: str = "python3"
) -> tuple[Path, Path]:
    """Execute ``path`` in a fresh kernel (cwd = the notebook's folder); write .ipynb and .html."""
    import nbformat
    from nbclient import NotebookClient
    from nbconvert import HTMLExporter

    path = Path(path).resolve()
    out = Path(out_dir).resolve()
    out.mkdir(parents=True, exist_ok=True)
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name=kernel_name,
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute()
    ipynb = out / path.name
    nbformat.write(nb, ipynb)
    html_body, _ = HTMLExporter(embed_images=True).from_notebook_node(nb)
    html = out / (path.stem + ".html")
    html.write_text(html_body, encoding="utf-8")
    return ipynb, html


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m matsci_jupyter.demo", description=__doc__)
    p.add_argument("notebooks", nargs="+", type=Path)
    p.add_argument("--out", type=Path, default=Path("out"))
    p.add_argument("--timeout", type=int, default=600, help="seconds per cell")
    args = p.parse_args(argv)
    for nb in args.notebooks:
        t0 = time.perf_counter()
        try:
            ipynb, html = execute_notebook(nb, args.out, timeout=args.timeout)
        except Exception as exc:  # nbclient's CellExecutionError carries the cell's traceback
            print(f"{nb}: failed\n{exc}", file=sys.stderr)
            return 1
        print(f"{nb} executed in {time.perf_counter() - t0:.1f} s -> {ipynb} and {html}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
