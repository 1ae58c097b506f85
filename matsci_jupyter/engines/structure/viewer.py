"""``view(obj, **options) -> StructureView``: a structure in 3D beside its summary and checks.

The display works with no extra server: in a live kernel it is an ipywidgets box (a small
``StructureFigure`` widget + controls that redraw the figure in place); everywhere else
(exported HTML, a kernel without widgets) it is self-contained HTML that draws the same
figure with plotly.js carried inside the notebook (see :mod:`.offline`). The figure follows
the JupyterLab theme (light/dark, live) and the width of its container.

The figure goes to the page once per view: a widget's HTML copy (for exports) carries it
only when it is small (``FALLBACK_FIGURE_BYTES``).

PNG: the camera icon of the figure's toolbar saves a PNG from the browser (plotly's
``toImage``); no kaleido is needed. :meth:`StructureView.to_png` works only where
kaleido is installed.
"""

from __future__ import annotations

import html
import sys
import threading
from collections.abc import Iterable
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from . import export, offline
from .checks import StructureReport, check_loaded, unreadable_report
from .colors import normalize_scheme
from .inputs import MAX_FILE_BYTES, LoadedStructure, StructureInputError, load
from .scene import MAX_ATOMS, Neighbors, SceneOptions, build_scene, find_neighbors
from .summary import summary_html, summary_text

DOWNLOAD_SITE_LIMIT = 500  # above this, no download links are embedded in the HTML
FALLBACK_FIGURE_BYTES = 300_000  # a widget's HTML (for exports) carries figures up to this size
_UNDRAWABLE = ("zero_volume", "bad_coordinates", "no_sites")
# Per kernel process: has plotly.js gone out in some output's HTML (kept in the saved notebook,
# found by later outputs of an exported page), and in an output whose HTML the live page shows?
_state = {"plotlyjs_sent": False, "plotlyjs_shown": False}


@dataclass(frozen=True)
class ViewOptions:
    """What the view draws. See :func:`view` for the meaning of each field."""

    supercell: tuple[int, int, int] = (1, 1, 1)
    bonds: str | float | None = "crystalnn"
    polyhedra: bool | tuple[str, ...] = False
    color_scheme: str = "VESTA"
    image_atoms: bool = True
    cell: bool = True
    controls: bool = True
    symprec: float = 0.1
    max_atoms: int = MAX_ATOMS
    plotlyjs: str = "auto"
    title: str | None = None

    def scene_options(self) -> SceneOptions:
        return SceneOptions(
            self.supercell,
            self.bonds,
            self.polyhedra,
            self.color_scheme,
            self.image_atoms,
            self.cell,
        )


def _bad(message: str) -> StructureInputError:
    return StructureInputError(message, "bad_option")


def normalize_options(**options: Any) -> ViewOptions:
    """Validate user options into a :class:`ViewOptions`; raises StructureInputError."""
    unknown = set(options) - set(ViewOptions.__dataclass_fields__)
    if unknown:
        raise _bad(
            f"unknown view option{'s' if len(unknown) > 1 else ''} "
            f"{', '.join(sorted(unknown))}; known: "
            f"{', '.join(ViewOptions.__dataclass_fields__)}"
        )
    out: dict[str, Any] = {}
    if "supercell" in options:
        out["supercell"] = _supercell(options["supercell"])
    if "bonds" in options:
        out["bonds"] = _bonds(options["bonds"])
    if "polyhedra" in options:
        out["polyhedra"] = _polyhedra(options["polyhedra"])
    if "color_scheme" in options:
        try:
            out["color_scheme"] = normalize_scheme(options["color_scheme"])
        except ValueError as exc:
            raise _bad(str(exc)) from None
    for flag in ("image_atoms", "cell", "controls"):
        if flag in options:
            out[flag] = bool(options[flag])
    if "symprec" in options:
        symprec = options["symprec"]
        if not isinstance(symprec, (int, float)) or not 0 < symprec <= 1:
            raise _bad(f"symprec must be a tolerance in Å between 0 and 1, got {symprec!r}")
        out["symprec"] = float(symprec)
    if "max_atoms" in options:
        out["max_atoms"] = int(options["max_atoms"])
    if "plotlyjs" in options:
        if options["plotlyjs"] not in ("auto", "embed", "none"):
            raise _bad("plotlyjs must be 'auto', 'embed' or 'none'")
        out["plotlyjs"] = options["plotlyjs"]
    if "title" in options:
        out["title"] = None if options["title"] is None else str(options["title"])
    return ViewOptions(**out)


def _supercell(given: Any) -> tuple[int, int, int]:
    value = (given,) * 3 if isinstance(given, int) and not isinstance(given, bool) else given
    try:
        cells = tuple(int(v) for v in value)
        if any(int(v) != v for v in value):
            raise ValueError
    except (TypeError, ValueError):
        raise _bad(
            f"supercell must be a whole number or three, e.g. 2 or (2, 2, 1); got {given!r}"
        ) from None
    if len(cells) != 3 or min(cells) < 1 or max(cells) > 50:
        raise _bad(f"supercell needs repeats between 1 and 50 (one number or three), got {given!r}")
    return cells  # type: ignore[return-value]


def _bonds(value: Any) -> str | float | None:
    if value is True:
        return "crystalnn"
    if value is False or value is None or (isinstance(value, str) and value.lower() == "none"):
        return None
    if isinstance(value, str) and value.lower() in ("crystalnn", "covalent"):
        return value.lower()
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 0.1 <= value <= 10:
        return float(value)
    raise _bad(
        f"bonds must be True, False, 'crystalnn', 'covalent' or a cutoff in Å "
        f"(0.1-10), got {value!r}"
    )


def _polyhedra(value: Any) -> bool | tuple[str, ...]:
    if isinstance(value, bool) or value is None:
        return bool(value)
    if isinstance(value, str):
        value = value.replace(",", " ").split()
    if isinstance(value, Iterable):
        symbols = tuple(str(v) for v in value)
        if symbols:
            return symbols
    raise _bad(
        f"polyhedra must be True/False or element symbols such as ['Fe', 'P'], got {value!r}"
    )


# ---------------------------------------------------------------- the view
class StructureView:
    """A structure drawn in 3D with its summary and check report.

    ``.structure`` (pymatgen, or None when unreadable), ``.report`` (StructureReport),
    ``.summary`` (dict), ``.figure`` (plotly Figure or None), ``.notes`` (what was
    simplified), ``.options``. Export with :meth:`to_cif`, :meth:`to_poscar`, :meth:`to_xyz`,
    :meth:`save`; :meth:`update` redraws with other options (the widget does this).
    """

    def __init__(
        self,
        loaded: LoadedStructure | None,
        report: StructureReport,
        options: ViewOptions,
        *,
        defer_crystalnn: bool = False,
    ) -> None:
        self.loaded = loaded
        self.report = report
        self.options = options
        self.figure: Any = None
        self.notes: list[str] = []
        self.render_error: str | None = None
        self._neighbors: dict[Any, Neighbors] = {}
        self._widget: Any = None
        self._figure_json: str | None = None
        # CrystalNN's first use imports pymatgen's local_env (seconds): a live view draws
        # with covalent-radius bonds first and swaps CrystalNN's in when they are ready
        self._defer_crystalnn = defer_crystalnn
        self._crystalnn_pending = False
        self._lock = threading.RLock()
        self._draw()

    # -------------------------------------------------------------- data
    @property
    def structure(self) -> Any:
        return self.report.structure

    @property
    def summary(self) -> dict[str, Any]:
        return self.report.summary

    @property
    def ok(self) -> bool:
        return self.report.ok and self.figure is not None

    @property
    def title(self) -> str:
        if self.options.title:
            return self.options.title
        return self.summary.get("formula") or self.report.source

    # -------------------------------------------------------------- drawing
    def _drawable(self) -> str | None:
        """None when the structure can be drawn, else why not."""
        if self.structure is None:
            errors = self.report.errors
            return "nothing to draw: " + (
                errors[0].message if errors else "the input could not be read"
            )
        for code in _UNDRAWABLE:
            problem = self.report.problem(code)
            if problem is not None:
                return f"nothing to draw: {problem.message}"
        return None

    def _draw(self) -> None:
        import numpy as np

        with self._lock, np.errstate(all="ignore"):
            self._draw_figure()

    def _draw_figure(self) -> None:
        from .figure import make_figure

        self.notes = []
        self.render_error = self._drawable()
        self.figure = None
        self._figure_json = None
        self.scene = None
        if self.render_error:
            return
        opts = self.options
        structure = self.structure
        try:
            scene = build_scene(
                structure,
                opts.scene_options(),
                neighbors=self._neighbors_for(opts),
                max_atoms=opts.max_atoms,
            )
        except StructureInputError as exc:
            self.render_error = str(exc)
            return
        except Exception as exc:  # drawing must not take the kernel's cell down
            self.render_error = f"the 3D view failed: {type(exc).__name__}: {exc}"
            return
        self.scene = scene
        self.notes = list(scene.notes)
        if self._crystalnn_pending and opts.bonds == "crystalnn":
            self.notes.append("bonds: covalent radii while CrystalNN loads (then redrawn)")
        if (
            opts.bonds is not None
            and not self._crystalnn_pending
            and not scene.bond_method.startswith(("none", "CrystalNN"))
        ):
            self.notes.append(f"bonds: {scene.bond_method}")
        if not hasattr(structure, "lattice") and opts.supercell != (1, 1, 1):
            self.notes.append("a molecule has no cell: supercell ignored")
        self.figure = make_figure(scene)
        if (self.figure.layout.meta or {}).get("matsci_lod"):
            self.notes.append(
                f"{len(scene.bonds):,} bonds: drawn as thin lines and hidden while the view rotates"
            )

    @property
    def figure_json(self) -> str | None:
        """The figure as plotly JSON (computed once per drawing), or None."""
        if self.figure is None:
            return None
        if self._figure_json is None:
            self._figure_json = self.figure.to_json()
        return self._figure_json

    def _neighbors_for(self, opts: ViewOptions) -> Neighbors | None:
        """Bonds of the unit cell, found once per bond method (supercells reuse them)."""
        if opts.bonds is None and not opts.polyhedra:
            return None
        method = opts.bonds if opts.bonds is not None else "crystalnn"
        if (
            method == "crystalnn"
            and method not in self._neighbors
            and self._defer_crystalnn
            and "pymatgen.analysis.local_env" not in sys.modules
        ):
            self._crystalnn_pending = True
            method = "covalent"
        if method not in self._neighbors:
            self._neighbors[method] = find_neighbors(self.structure, method)
        return self._neighbors[method]

    def _finish_crystalnn(self) -> None:
        """Find CrystalNN bonds in the background, then redraw the live figure with them."""

        def work() -> None:
            try:
                neighbors = find_neighbors(self.structure, "crystalnn")
            except Exception as exc:  # the covalent bonds drawn first stay, and say so
                self.notes.append(f"CrystalNN failed ({type(exc).__name__}): covalent bonds kept")
                return
            with self._lock:
                self._neighbors["crystalnn"] = neighbors
                self._defer_crystalnn = self._crystalnn_pending = False
                if self.options.bonds == "crystalnn" or (
                    self.options.bonds is None and self.options.polyhedra
                ):
                    self._draw()
                    if self._widget is not None:
                        from .widget import refresh

                        refresh(self._widget, self)

        _after_this_cell(work)

    def update(self, **options: Any) -> StructureView:
        """Redraw with changed options (same names as :func:`view`); the widget updates in place."""
        changed = normalize_options(**options)
        given = {k: getattr(changed, k) for k in options}
        self.options = replace(self.options, **given)
        self._draw()
        if self._widget is not None:
            from .widget import refresh

            refresh(self._widget, self)
        return self

    # -------------------------------------------------------------- export
    def _need_structure(self) -> Any:
        if self.structure is None:
            raise StructureInputError(
                "there is no structure to export: "
                + (
                    self.report.problems[0].message
                    if self.report.problems
                    else "it could not be read"
                ),
                "no_structure",
            )
        return self.structure

    def to_cif(self, path: str | Path | None = None) -> str:
        """CIF text; written to ``path`` too when given."""
        return self._export("cif", path)

    def to_poscar(self, path: str | Path | None = None) -> str:
        """POSCAR text (VASP); written to ``path`` too when given."""
        return self._export("poscar", path)

    def to_xyz(self, path: str | Path | None = None) -> str:
        """xyz text (Cartesian Å); written to ``path`` too when given."""
        return self._export("xyz", path)

    def _export(self, fmt: str, path: str | Path | None) -> str:
        text = export.structure_text(self._need_structure(), fmt)
        if path is not None:
            Path(path).expanduser().write_text(text, encoding="utf-8")
        return text

    def save(self, path: str | Path) -> Path:
        """Write CIF/POSCAR/xyz (from the file name), .html (standalone page) or .png."""
        path = Path(path).expanduser()
        if path.suffix.lower() in (".html", ".htm"):
            path.write_text(self.to_html(), encoding="utf-8")
            return path
        if path.suffix.lower() == ".png":
            return self.to_png(path)
        return export.write_structure(self._need_structure(), path)

    def to_png(self, path: str | Path) -> Path:
        """A PNG of the figure via kaleido when it is installed (it is not a dependency)."""
        import importlib.util

        if self.figure is None:
            raise StructureInputError(f"no figure to save: {self.render_error}", "no_structure")
        if importlib.util.find_spec("kaleido") is None:
            raise StructureInputError(
                "saving a PNG from Python needs kaleido, which is not installed; use the camera "
                "icon in the figure's toolbar: it saves a PNG from the browser",
                "missing_kaleido",
            )
        self.figure.write_image(str(path))
        return Path(path)

    def to_html(self, *, embed_plotlyjs: bool = True) -> str:
        """A standalone HTML page of the view (plotly.js inside: works offline)."""
        return offline.standalone_page(self._html(embed_plotlyjs=embed_plotlyjs), self.title)

    # -------------------------------------------------------------- display
    def panel_html(self, *, downloads: bool = True) -> str:
        """The side panel: summary, check results, notes, downloads."""
        parts = [
            f"<div style='font-weight:600;font-size:1.1em'>{html.escape(self.title)}</div>",
            summary_html(self.summary),
            f"<div style='margin-top:6px'><b>Checks</b>: {html.escape(self.report.headline)}</div>",
            self.report.problems_html(),
        ]
        if self.render_error:
            parts.append(f"<div style='color:{_ERROR}'>{html.escape(self.render_error)}</div>")
        if self.notes:
            parts.append(
                f"<div style='color:{_MUTED}'>"
                + "<br>".join(html.escape(n) for n in self.notes)
                + "</div>"
            )
        if downloads:
            links = self._download_links()
            if links:
                parts.append(f"<div style='margin-top:6px'><b>Download</b>:<br>{links}</div>")
            if self.figure is not None:
                parts.append(
                    f"<div style='color:{_MUTED}'>PNG: camera icon in the figure's toolbar</div>"
                )
        return (
            "<div class='matsci-structure-panel' style='font-size:13px;line-height:1.35'>"
            + "".join(parts)
            + "</div>"
        )

    def _download_links(self) -> str:
        s = self.structure
        if s is None or len(s) > DOWNLOAD_SITE_LIMIT:
            return ""
        links = []
        for fmt in export.FORMATS:
            try:
                text = export.structure_text(s, fmt)
            except StructureInputError:
                continue
            links.append(offline.download_link(text, export.default_filename(s, fmt)))
        return " ".join(links)

    def _html(
        self, *, embed_plotlyjs: bool, figure_in_html: bool = True, downloads: bool = True
    ) -> str:
        from .figure import HEIGHT, figure_config

        # the panel wraps below the figure in narrow containers (chat sidebar, half-width tab)
        panel = (
            f"<div style='flex:1 0 260px;max-width:420px;overflow:auto;max-height:{HEIGHT}px'>"
            f"{self.panel_html(downloads=downloads)}</div>"
        )
        if self.figure is None:
            figure = ""
        elif not figure_in_html:
            size = len(self.figure_json or "") / 1e6
            figure = (
                f"<div style='flex:1 1 420px;min-width:0;color:{_MUTED}'>The 3D figure "
                f"({size:.1f} MB) is shown by the live widget only, so that it is sent once. "
                "For a copy that stays in exported notebooks use view(..., controls=False), or "
                "save it with .save('view.html').</div>"
            )
        else:
            figure = (
                "<div style='flex:1 1 420px;min-width:0'>"
                + offline.figure_html(
                    self.figure_json or "",
                    figure_config(self.title),
                    height=HEIGHT,
                    embed_plotlyjs=embed_plotlyjs,
                )
                + "</div>"
            )
        return (
            f"<div class='matsci-structure-view' style='display:flex;flex-wrap:wrap;gap:12px;"
            f"align-items:flex-start'>{figure}{panel}</div>"
        )

    def _embed_plotlyjs(self, widget_shown: bool) -> bool:
        """'auto': once per session in the saved notebook, and once more in the first output
        the live page shows as HTML (a widget's HTML is only for exports)."""
        mode = self.options.plotlyjs
        if mode != "auto":
            return mode == "embed"
        if widget_shown:
            return not _state["plotlyjs_sent"]
        return not _state["plotlyjs_shown"]

    def __str__(self) -> str:
        lines = [
            summary_text(self.summary) or self.report.source,
            f"checks: {self.report.headline}",
        ]
        lines += [f"  - {p}" for p in self.report.problems]
        if self.render_error:
            lines.append(self.render_error)
        lines += self.notes
        return "\n".join(lines)

    def __repr__(self) -> str:
        return str(self)

    def widget(self) -> Any:
        """The interactive ipywidgets view (created once, then reused)."""
        if self._widget is None:
            from .widget import build_widget

            self._widget = build_widget(self)
            if self._crystalnn_pending:
                self._finish_crystalnn()
        return self._widget

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]:
        bundle: dict[str, Any] = {}
        widget_shown = False
        if self.options.controls and self.figure is not None and _in_kernel():
            try:
                bundle.update(self.widget()._repr_mimebundle_())
                widget_shown = True
            except Exception as exc:  # no widget support: the HTML below still shows the view
                self.notes.append(f"controls unavailable ({type(exc).__name__}: {exc})")
        figure_in_html = not widget_shown or len(self.figure_json or "") <= FALLBACK_FIGURE_BYTES
        embed = self.figure is not None and figure_in_html and self._embed_plotlyjs(widget_shown)
        # a live widget has its own save button: its HTML copy skips the download links (the
        # POSCAR writer's first import alone takes seconds)
        bundle["text/html"] = self._html(
            embed_plotlyjs=embed, figure_in_html=figure_in_html, downloads=not widget_shown
        )
        if embed:
            _state["plotlyjs_sent"] = True
            if not widget_shown:
                _state["plotlyjs_shown"] = True
        bundle["text/plain"] = str(self)
        return bundle

    def _figure_for_json(self) -> dict[str, Any] | None:
        """plotly JSON plus its config (responsive: fits the chat sidebar's width)."""
        import json

        from .figure import figure_config

        if self.figure_json is None:
            return None
        spec = json.loads(self.figure_json)
        spec["config"] = figure_config(self.title)
        return spec

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready: summary, check report, the plotly figure (or None), notes, options."""
        import json

        options = asdict(self.options)
        return {
            "kind": "structure_view",
            "source": self.report.source,
            "title": self.title,
            "summary": self.summary,
            "report": self.report.as_dict(),
            "figure": self._figure_for_json(),
            "render_error": self.render_error,
            "notes": list(self.notes),
            "options": json.loads(json.dumps(options, default=list)),
        }


def _after_this_cell(work: Any) -> None:
    """Run ``work`` once the current cell's output is out: on the kernel's event loop (the
    main thread: no import races, no GIL contention with the cell), else in a thread."""
    import asyncio

    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        threading.Thread(target=work, name="matsci-crystalnn", daemon=True).start()
        return
    loop.call_later(0.3, work)


_MUTED = "var(--jp-ui-font-color2, #57606a)"  # JupyterLab theme colours, with light fallbacks
_ERROR = "var(--jp-error-color1, #cf222e)"


def _in_kernel() -> bool:
    """True inside a Jupyter kernel (where widgets can be shown)."""
    shell = sys.modules.get("IPython") and _get_ipython()
    return bool(shell is not None and getattr(shell, "kernel", None) is not None)


def _get_ipython() -> Any:
    try:
        from IPython import get_ipython
    except ImportError:
        return None
    return get_ipython()


def view(
    obj: Any,
    *,
    supercell: int | tuple[int, int, int] = 1,
    bonds: bool | str | float = True,
    polyhedra: bool | str | Iterable[str] = False,
    color_scheme: str = "VESTA",
    image_atoms: bool = True,
    cell: bool = True,
    controls: bool = True,
    symprec: float = 0.1,
    max_bytes: int = MAX_FILE_BYTES,
    max_atoms: int = MAX_ATOMS,
    plotlyjs: str = "auto",
    title: str | None = None,
) -> StructureView:
    """Show a structure in 3D with its summary and checks; never raises for bad input.

    obj: a pymatgen Structure/Molecule, an ASE Atoms, a path to a structure file the
        viewer reads (CIF, POSCAR/CONTCAR, xyz/extxyz, pymatgen JSON: see
        :mod:`matsci_jupyter.structure_formats`), or CIF text. Unreadable input gives a view
        that shows the check report.
    supercell: repeats, n or (na, nb, nc).
    bonds: True (CrystalNN on up to 32 symmetrically distinct sites of the primitive cell,
        covalent radii beyond), False, 'covalent', or a distance cutoff in Å. In a live
        kernel the first view draws covalent bonds while CrystalNN loads, then redraws.
    polyhedra: True (around cations) or element symbols (['Fe', 'P']).
    color_scheme: 'VESTA' or 'Jmol'.
    image_atoms: repeat atoms lying on the cell boundary on the opposite faces.
    cell: draw the cell edges and the a, b, c axes.
    controls: in a live kernel, show widgets (supercell, bonds, polyhedra, colours, image
        atoms, export) that redraw the figure in place.
    symprec: symmetry tolerance in Å. max_bytes: largest file read.
    max_atoms: most atoms drawn (above 20,000 the view drops bonds and polyhedra).
    plotlyjs: 'auto' (plotly.js goes into the first view of the session and into the first
        one shown as HTML rather than as a widget; later views reuse that copy), 'embed'
        (always) or 'none'.
    title: heading of the panel (default: the reduced formula).

    Bad options (e.g. ``supercell=0``) raise :class:`StructureInputError`.
    """
    options = normalize_options(
        supercell=supercell,
        bonds=bonds,
        polyhedra=polyhedra,
        color_scheme=color_scheme,
        image_atoms=image_atoms,
        cell=cell,
        controls=controls,
        symprec=symprec,
        max_atoms=max_atoms,
        plotlyjs=plotlyjs,
        title=title,
    )
    try:
        loaded = load(obj, max_bytes=max_bytes)
    except StructureInputError as exc:
        return StructureView(None, unreadable_report(obj, exc), options)
    report = check_loaded(loaded, symprec=options.symprec)
    live = options.controls and _in_kernel()
    return StructureView(loaded, report, options, defer_crystalnn=live)
