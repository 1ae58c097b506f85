"""The structure view against pymatviz on the same cells, in one run.

    PYTHONPATH=. .venv/bin/python benchmarks/structure_render.py [--repeats 3] [--no-browser]

pymatviz (``pip install pymatviz``, the ``bench`` extra; never used at run time) draws
structures with plotly too (``pymatviz.structure_3d``), so both sides are measured the same
way. The cells, built here as pymatgen Structures:

- SrTiO3 100 P1: 5 x 2 x 2 cubic perovskite, every atom displaced at random by ~0.05 Å
  (seeded), so no symmetry can be shared
- SrTiO3 1,000 and 10,000: 10 x 5 x 4 and 20 x 10 x 10 supercells
- Si 2,048: diamond silicon, 8 x 8 x 4 conventional cells (bonds dominate)

For each cell and each tool:

- python (s): warm build of the figure: ours ``view(s, controls=False)`` (checks, bonds,
  scene, figure) + the figure JSON; pymatviz ``structure_3d(s)`` (its defaults: no bonds) +
  ``fig.to_json()``. Median of ``--repeats`` after one warm-up run.
- payload: bytes of the figure JSON (plotly.js excluded: both need the same 4.8 MB once).
- first frame (s): in headless Chromium (Debian's, software WebGL), the same plotly.js for
  both: JSON.parse + ``Plotly.newPlot`` until two animation frames have passed.
- rotate (s): median time of 5 camera moves (``Plotly.relayout`` of ``scene.camera``, then
  two animation frames): one rotation step. "ours, rotating" hides the bond trace first, as
  the view does while the user drags a large cell (level of detail).

Also the first ``%matsci show`` of a CIF in a fresh kernel (imports included), via
jupyter_client, with ``--kernel``.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import tempfile
import time
import warnings
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def perovskite(repeats: tuple[int, int, int], rattle: float = 0.0):
    import numpy as np
    from pymatgen.core import Lattice, Structure

    cell = Structure.from_spacegroup(
        "Pm-3m", Lattice.cubic(3.905), ["Sr", "Ti", "O"], [[0, 0, 0], [0.5] * 3, [0.5, 0.5, 0]]
    )
    structure = cell * repeats
    if rattle:
        shifts = np.random.default_rng(0).normal(0, rattle, (len(structure), 3))
        structure = Structure(
            structure.lattice,
            structure.species,
            structure.cart_coords + shifts,
            coords_are_cartesian=True,
        )
    return structure


def silicon(repeats: tuple[int, int, int]):
    from pymatgen.core import Lattice, Structure

    cell = Structure.from_spacegroup("Fd-3m", Lattice.cubic(5.431), ["Si"], [[0, 0, 0]])
    return cell * repeats


def cells() -> dict[str, object]:
    return {
        "SrTiO3 100 P1": perovskite((5, 2, 2), rattle=0.05),
        "SrTiO3 1,000": perovskite((10, 5, 4)),
        "Si 2,048": silicon((8, 8, 4)),
        "SrTiO3 10,000": perovskite((20, 10, 10)),
    }


def build_ours(structure) -> tuple[str, dict]:
    from matsci_jupyter.engines.structure import view

    shown = view(structure, controls=False, plotlyjs="none")
    return shown.figure_json, {"bonds": shown.scene.bond_method, "notes": shown.notes}


def build_pymatviz(structure) -> tuple[str, dict]:
    import pymatviz

    fig = pymatviz.structure_3d(structure)
    return fig.to_json(), {"traces": len(fig.data)}


def python_time(build, structure, repeats: int) -> tuple[float, str, dict]:
    times = []
    for k in range(repeats + 1):
        t0 = time.perf_counter()
        text, info = build(structure)
        if k:
            times.append(time.perf_counter() - t0)
    return statistics.median(times), text, info


_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><script src="plotly.min.js"></script>
</head><body style="margin:0"><div id="plot" style="width:900px;height:600px"></div>
<script type="application/json" id="spec">%s</script><script>
function frames() { return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))); }
window.bench = async function (lod) {
  const div = document.getElementById("plot");
  const t0 = performance.now();
  const spec = JSON.parse(document.getElementById("spec").textContent);
  await Plotly.newPlot(div, spec.data, spec.layout, {responsive: false});
  await frames();
  const first = (performance.now() - t0) / 1000;
  if (lod) {
    const k = div.data.findIndex(t => t.name === "bonds");
    if (k >= 0) await Plotly.restyle(div, {visible: false}, [k]);
    await frames();
  }
  const times = [];
  for (let n = 0; n < 5; n++) {
    const a = 0.35 * (n + 1), t = performance.now();
    await Plotly.relayout(div, {"scene.camera.eye": {x: 1.6 * Math.cos(a), y: 1.6 * Math.sin(a), z: 0.7}});
    await frames();
    times.push((performance.now() - t) / 1000);
  }
  times.sort((x, y) => x - y);
  return {first: first, rotate: times[2]};
};
</script></body></html>"""


def browser_times(pages: dict[tuple[str, str], str], folder: Path) -> dict:
    """(cell, tool) -> {first, rotate} in one Chromium, pages one after another."""
    from playwright.sync_api import sync_playwright
    from plotly.offline import get_plotlyjs

    (folder / "plotly.min.js").write_text(get_plotlyjs(), encoding="utf-8")
    results = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for (cell, tool), figure_json in pages.items():
            for lod in (False, True) if tool == "ours" else (False,):
                path = folder / f"page-{len(results)}.html"
                path.write_text(_PAGE % figure_json.replace("</", "<\\/"), encoding="utf-8")
                page = browser.new_page(viewport={"width": 1000, "height": 700})
                page.set_default_timeout(600_000)
                page.goto(path.as_uri())
                name = "ours, rotating" if lod else tool
                results[(cell, name)] = page.evaluate("(lod) => window.bench(lod)", lod)
                print(f"  browser {cell} / {name}: {results[(cell, name)]}", flush=True)
                page.close()
        browser.close()
    return results


def first_show_in_fresh_kernel(cif_text: str) -> float:
    """Seconds for ``%load_ext matsci_jupyter`` + ``%matsci show x.cif`` in a new kernel."""
    from jupyter_client.manager import start_new_kernel

    with tempfile.TemporaryDirectory() as tmp:
        Path(tmp, "x.cif").write_text(cif_text)
        km, kc = start_new_kernel(kernel_name="python3", cwd=tmp)
        try:
            kc.execute_interactive("1", timeout=60)  # the kernel is up
            t0 = time.perf_counter()
            kc.execute_interactive("%load_ext matsci_jupyter\n%matsci show x.cif", timeout=120)
            return time.perf_counter() - t0
        finally:
            kc.stop_channels()
            km.shutdown_kernel(now=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--kernel", action="store_true", help="also time a fresh kernel")
    parser.add_argument("--kernel-only", action="store_true", help="only time a fresh kernel")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    if args.kernel_only:
        from pymatgen.io.cif import CifWriter

        text = str(CifWriter(silicon((1, 1, 1))))
        runs = [first_show_in_fresh_kernel(text) for _ in range(3)]
        print(f"first %matsci show in a fresh kernel (Si CIF), 3 kernels: {runs}")
        return
    print(f"python {platform.python_version()}, {platform.machine()}, repeats={args.repeats}")
    rows, pages = {}, {}
    for cell, structure in cells().items():
        for tool, build in (("ours", build_ours), ("pymatviz", build_pymatviz)):
            seconds, text, info = python_time(build, structure, args.repeats)
            rows[(cell, tool)] = {"python": seconds, "payload": len(text.encode()), **info}
            pages[(cell, tool)] = text
            print(f"  python {cell} / {tool}: {seconds:.3f} s, {len(text) / 1e6:.2f} MB {info}")
    browser = {}
    if not args.no_browser:
        with tempfile.TemporaryDirectory() as tmp:
            browser = browser_times(pages, Path(tmp))
    print()
    print(
        "| cell | atoms | python ours / pymatviz (s) | ratio | payload ours / pymatviz (MB) | "
        "first frame ours / pymatviz (s) | ratio | rotate ours / ours rotating / pymatviz (s) |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for cell, structure in cells().items():
        o, m = rows[(cell, "ours")], rows[(cell, "pymatviz")]
        bo, bl, bm = (browser.get((cell, k), {}) for k in ("ours", "ours, rotating", "pymatviz"))
        first = (
            f"{bo['first']:.2f} / {bm['first']:.2f} | {bo['first'] / bm['first']:.2f}"
            if bo and bm
            else "- | -"
        )
        rotate = f"{bo['rotate']:.3f} / {bl['rotate']:.3f} / {bm['rotate']:.3f}" if bo else "-"
        print(
            f"| {cell} | {len(structure):,} | {o['python']:.3f} / {m['python']:.3f} | "
            f"{o['python'] / m['python']:.2f} | {o['payload'] / 1e6:.2f} / {m['payload'] / 1e6:.2f}"
            f" | {first} | {rotate} |"
        )
    print()
    for cell in cells():
        print(f"- {cell}: ours bonds = {rows[(cell, 'ours')]['bonds']}; "
              f"pymatviz traces = {rows[(cell, 'pymatviz')]['traces']}")  # fmt: skip
    if args.kernel:
        from pymatgen.io.cif import CifWriter

        text = str(CifWriter(silicon((1, 1, 1))))
        print(
            f"first %matsci show in a fresh kernel (Si CIF): {first_show_in_fresh_kernel(text):.2f} s"
        )
        print(json.dumps({"note": "imports included"}))


if __name__ == "__main__":
    main()
