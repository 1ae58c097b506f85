"""The live view: a :class:`~.figure_widget.StructureFigure` beside the summary, with
ipywidgets controls.

Changing a control calls :meth:`StructureView.update`, which rebuilds the scene (bonds of
the unit cell are found once and reused) and replaces the figure's traces in place, so
the camera stays where the user left it (``uirevision``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import ipywidgets as w

from .export import FORMATS, default_filename
from .figure import HEIGHT, figure_config
from .inputs import StructureInputError

_BOND_CHOICES = [
    ("CrystalNN", "crystalnn"),
    ("covalent radii", "covalent"),
    ("cutoff (Å)", "cutoff"),
    ("none", "none"),
]


class StructureWidget(w.HBox):
    """HBox(figure | panel + controls); ``figure_widget``, ``controls``, ``status`` attributes."""

    figure_widget: Any
    panel: w.HTML
    status: w.HTML
    controls: dict[str, Any]


def _bond_value(options: Any) -> tuple[str, float]:
    bonds = options.bonds
    if bonds is None:
        return "none", 2.5
    if isinstance(bonds, float):
        return "cutoff", bonds
    return bonds, 2.5


def build_widget(view: Any) -> StructureWidget:
    """The interactive box for ``view`` (a StructureView with a figure)."""
    from .figure_widget import StructureFigure

    opts = view.options
    fig = StructureFigure(view.figure, figure_config(view.title), layout=w.Layout(width="100%"))
    small = w.Layout(width="56px")
    repeat = [w.BoundedIntText(value=n, min=1, max=50, layout=small) for n in opts.supercell]
    bond_kind, cutoff = _bond_value(opts)
    bonds = w.Dropdown(options=_BOND_CHOICES, value=bond_kind, layout=w.Layout(width="140px"))
    cutoff_box = w.BoundedFloatText(
        value=cutoff,
        min=0.1,
        max=10.0,
        step=0.1,
        disabled=bond_kind != "cutoff",
        layout=w.Layout(width="70px"),
    )
    polyhedra = w.Checkbox(value=bool(opts.polyhedra), description="polyhedra", indent=False)
    images = w.Checkbox(value=opts.image_atoms, description="image atoms", indent=False)
    scheme = w.ToggleButtons(
        options=["VESTA", "Jmol"], value=opts.color_scheme, style={"button_width": "64px"}
    )
    periodic = hasattr(view.structure, "lattice")
    fmt = w.Dropdown(
        options=[
            f.upper() if f != "poscar" else "POSCAR" for f in FORMATS if periodic or f == "xyz"
        ],
        layout=w.Layout(width="90px"),
    )
    filename = w.Text(
        value=default_filename(view.structure, fmt.value.lower()), layout=w.Layout(width="150px")
    )
    save = w.Button(
        description="save",
        layout=w.Layout(width="60px"),
        tooltip="write the file next to the notebook (kernel's working directory)",
    )
    status = w.HTML()
    panel = w.HTML(view.panel_html(downloads=False))
    label = {"style": {"description_width": "initial"}}
    rows = [
        w.HBox([w.Label("supercell", layout=w.Layout(width="70px")), *repeat]),
        w.HBox([w.Label("bonds", layout=w.Layout(width="70px")), bonds, cutoff_box]),
        w.HBox([polyhedra, images]),
        w.HBox([w.Label("colours", layout=w.Layout(width="70px")), scheme]),
        w.HBox([fmt, filename, save]),
        w.HTML(
            "<span style='color:var(--jp-ui-font-color2, #57606a)'>PNG: camera icon in the "
            "figure's toolbar</span>",
            **label,
        ),
        status,
    ]
    # The figure takes the width left by the panel and wraps above it when the container is
    # narrow (the chat sidebar, a half-width tab): min_width 0 lets it shrink, not clip.
    figure_box = w.Box(
        [fig], layout=w.Layout(flex="1 1 420px", min_width="0", height=f"{HEIGHT + 10}px")
    )
    side = w.VBox(
        [panel, *rows], layout=w.Layout(flex="1 0 300px", max_width="420px", overflow="auto")
    )
    box = StructureWidget([figure_box, side], layout=w.Layout(flex_flow="row wrap", width="100%"))
    box.figure_widget, box.panel, box.status = fig, panel, status
    box.controls = {
        "supercell": repeat,
        "bonds": bonds,
        "cutoff": cutoff_box,
        "polyhedra": polyhedra,
        "image_atoms": images,
        "color_scheme": scheme,
        "format": fmt,
        "filename": filename,
        "save": save,
    }
    if not periodic:
        for control in (*repeat, images):
            control.disabled = True

    def redraw(_change: Any = None) -> None:
        cutoff_box.disabled = bonds.value != "cutoff"
        bond_option: Any = (
            None
            if bonds.value == "none"
            else cutoff_box.value
            if bonds.value == "cutoff"
            else bonds.value
        )
        try:
            view.update(
                supercell=tuple(r.value for r in repeat),
                bonds=bond_option,
                polyhedra=polyhedra.value,
                image_atoms=images.value,
                color_scheme=scheme.value,
            )
            status.value = ""
        except StructureInputError as exc:
            status.value = f"<span style='color:var(--jp-error-color1, #cf222e)'>{exc}</span>"

    for control in (*repeat, bonds, cutoff_box, polyhedra, images, scheme):
        control.observe(redraw, names="value")

    def suffix(_change: Any) -> None:
        filename.value = str(
            Path(filename.value).with_suffix(
                ".vasp" if fmt.value == "POSCAR" else "." + fmt.value.lower()
            )
        )

    fmt.observe(suffix, names="value")

    def on_save(_button: Any) -> None:
        target = Path(filename.value).expanduser()
        try:
            text = view._export(fmt.value.lower(), target)
        except (StructureInputError, OSError) as exc:
            status.value = (
                f"<span style='color:var(--jp-error-color1, #cf222e)'>not saved: {exc}</span>"
            )
            return
        status.value = (
            f"saved {target.name} ({len(text.encode()):,} bytes) in {target.resolve().parent}"
        )

    save.on_click(on_save)
    return box


def refresh(box: StructureWidget, view: Any) -> None:
    """Put ``view``'s current figure and panel into ``box`` without replacing the widgets."""
    if view.figure is not None:
        box.figure_widget.show(view.figure)
    box.panel.value = view.panel_html(downloads=False)
