"""Scene -> plotly figure: Scatter3d atoms (one trace per element, the legend), bonds
coloured half and half, Mesh3d polyhedra, cell edges with a/b/c labels.

Marker sizes are in screen pixels (plotly's Scatter3d): they are scaled from the
ball radii (Å) and the size of the drawn region so a cell looks like balls and sticks.
Above the degrade limit, atoms become small markers with element-only hover text.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .scene import Scene

HEIGHT = 480  # px
BOND_COLOR = "#8f8f8f"  # mid grey: visible on light and dark backgrounds
LOD_BONDS = 4_000  # above this many bonds: thinner bond lines, hidden while rotating
LOD_ATOMS = 2_000  # above this many atoms: no marker outlines (each costs a draw pass)
AXIS_COLORS = {"a": "#d62728", "b": "#2ca02c", "c": "#1f77b4"}
PARTIAL_OPACITY = 0.45


def _segments(start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """(3K, 3) points start, end, NaN for K line segments (NaN breaks the line)."""
    pts = np.full((len(start) * 3, 3), np.nan)
    pts[0::3] = start
    pts[1::3] = end
    return pts


def _pixels_per_angstrom(scene: Scene) -> float:
    if scene.n_atoms == 0:
        return 20.0
    span = float(np.ptp(scene.cart, axis=0).max()) if scene.n_atoms > 1 else 1.0
    return 0.5 * HEIGHT / max(span, 3.0)


def _hover_template(label: str, periodic: bool, partial: bool) -> str:
    """Hover text of one trace; numbers come from customdata [site, fa, fb, fc] and x/y/z."""
    occupancy = "%{text}" if partial else f"{label} 1"
    frac = (
        "<br>frac (%{customdata[1]:.4f}, %{customdata[2]:.4f}, %{customdata[3]:.4f})"
        if periodic
        else ""
    )
    return (
        f"<b>{label}</b> site %{{customdata[0]:d}}<br>occupancy {occupancy}{frac}"
        "<br>cart (%{x:.3f}, %{y:.3f}, %{z:.3f}) Å<extra></extra>"
    )


def atom_traces(scene: Scene) -> list[dict[str, Any]]:
    """One Scatter3d per legend entry (and one more per entry for partially occupied sites)."""
    px = _pixels_per_angstrom(scene)
    keys = np.array(scene.site_key, dtype=object)[scene.site] if scene.n_atoms else np.array([])
    partial = scene.site_partial[scene.site] if scene.n_atoms else np.array([], bool)
    cart = scene.cart.astype(np.float32)
    custom = (
        np.column_stack([scene.site, scene.site_frac[scene.site] + scene.offset]).astype(np.float32)
        if scene.n_atoms
        else np.zeros((0, 4))
    )
    traces = []
    for key, entry in scene.legend.items():
        for is_partial in (False, True):
            sel = np.flatnonzero((keys == key) & (partial == is_partial))
            if len(sel) == 0:
                continue
            size = float(np.clip(entry.radius * px, 2, 30))  # gl3d draws ~2x this in px
            name = key if entry.known else f"{key} (unknown element)"
            marker: dict[str, Any] = {"color": entry.color, "size": size, "opacity": 1.0}
            trace: dict[str, Any] = {
                "type": "scatter3d",
                "mode": "markers",
                "name": name,
                "legendgroup": key,
                "x": cart[sel, 0],
                "y": cart[sel, 1],
                "z": cart[sel, 2],
                "marker": marker,
            }
            if scene.degraded:
                marker["size"] = max(2.0, 0.6 * size)
                trace["hoverinfo"] = "name"
            else:
                if scene.n_atoms <= LOD_ATOMS:
                    marker["line"] = {"color": "#333333", "width": 1}
                trace["customdata"] = custom[sel]
                trace["hovertemplate"] = _hover_template(key, scene.periodic, is_partial)
                if is_partial:
                    trace["text"] = [scene.site_species[s] for s in scene.site[sel].tolist()]
            if is_partial:
                trace["name"] = f"{name} (partial occupancy)"
                trace["opacity"] = PARTIAL_OPACITY
                trace["legendgroup"] = f"{key}-partial"
            traces.append(trace)
    return traces


def bond_trace(scene: Scene) -> dict[str, Any] | None:
    """All bonds in one trace, one segment per bond (start, end, NaN), one neutral colour.

    Half bonds leaving the drawn region are segments too. No per-point colours: the trace is
    3 points per bond (a 10,000-atom cell's bonds take ~1 MB, not 6 MB) and WebGL draws it in
    one batch.
    """
    if len(scene.bonds) == 0 and len(scene.stub_atom) == 0:
        return None
    a, b = scene.bonds[:, 0], scene.bonds[:, 1]
    starts = np.concatenate([scene.cart[a], scene.cart[scene.stub_atom]])
    ends = np.concatenate([scene.cart[b], scene.stub_end])
    pts = _segments(starts, ends).astype(np.float32)
    width = 4 if len(starts) <= LOD_BONDS else 2
    return {
        "type": "scatter3d",
        "mode": "lines",
        "name": "bonds",
        "showlegend": False,
        "hoverinfo": "skip",
        "x": pts[:, 0],
        "y": pts[:, 1],
        "z": pts[:, 2],
        "line": {"color": BOND_COLOR, "width": width},
    }


def polyhedra_traces(scene: Scene) -> list[dict[str, Any]]:
    traces = []
    for key, (verts, faces) in scene.polyhedra.items():
        traces.append(
            {
                "type": "mesh3d",
                "name": f"{key} polyhedra",
                "showlegend": True,
                "x": verts[:, 0],
                "y": verts[:, 1],
                "z": verts[:, 2],
                "i": faces[:, 0],
                "j": faces[:, 1],
                "k": faces[:, 2],
                "color": scene.legend[key].color,
                "opacity": 0.4,
                "flatshading": True,
                "hoverinfo": "skip",
                "legendgroup": f"{key}-polyhedra",
                "legendrank": 2000,
            }
        )
    return traces


def cell_traces(scene: Scene) -> list[dict[str, Any]]:
    traces = []
    if scene.supercell_edges is not None:
        pts = _segments(scene.supercell_edges[:, 0], scene.supercell_edges[:, 1])
        traces.append(
            {
                "type": "scatter3d",
                "mode": "lines",
                "name": "supercell",
                "showlegend": False,
                "hoverinfo": "skip",
                "x": pts[:, 0],
                "y": pts[:, 1],
                "z": pts[:, 2],
                "line": {"color": "#999999", "width": 2, "dash": "dash"},
            }
        )
    if scene.cell_edges is not None:
        pts = _segments(scene.cell_edges[:, 0], scene.cell_edges[:, 1])
        traces.append(
            {
                "type": "scatter3d",
                "mode": "lines",
                "name": "unit cell",
                "showlegend": False,
                "hoverinfo": "skip",
                "x": pts[:, 0],
                "y": pts[:, 1],
                "z": pts[:, 2],
                "line": {"color": "#808080", "width": 2},
            }
        )
    if scene.axis_labels:
        tips = np.array([pos for _, pos in scene.axis_labels]) / 1.08
        axes = _segments(np.zeros_like(tips), tips)
        colours = np.repeat([0.0, 0.5, 1.0], 3)
        scale = [
            [0, AXIS_COLORS["a"]],
            [0.25, AXIS_COLORS["a"]],
            [0.26, AXIS_COLORS["b"]],
            [0.74, AXIS_COLORS["b"]],
            [0.75, AXIS_COLORS["c"]],
            [1, AXIS_COLORS["c"]],
        ]
        traces.append(
            {
                "type": "scatter3d",
                "mode": "lines",
                "name": "axes",
                "showlegend": False,
                "hoverinfo": "skip",
                "x": axes[:, 0],
                "y": axes[:, 1],
                "z": axes[:, 2],
                "line": {"color": colours, "colorscale": scale, "cmin": 0, "cmax": 1, "width": 6},
            }
        )
        labels = np.array([pos for _, pos in scene.axis_labels])
        names = [name for name, _ in scene.axis_labels]
        traces.append(
            {
                "type": "scatter3d",
                "mode": "text",
                "name": "axis labels",
                "showlegend": False,
                "hoverinfo": "skip",
                "text": names,
                "x": labels[:, 0],
                "y": labels[:, 1],
                "z": labels[:, 2],
                "textfont": {"size": 16, "color": [AXIS_COLORS[n] for n in names]},
            }
        )
    return traces


def figure_dict(scene: Scene, *, title: str | None = None) -> dict[str, Any]:
    """``{"data": [...], "layout": {...}}`` for plotly (numpy arrays inside)."""
    data = polyhedra_traces(scene)
    bonds = bond_trace(scene)
    if bonds is not None:
        data.append(bonds)
    data += atom_traces(scene)
    data += cell_traces(scene)
    hidden = {"visible": False, "showbackground": False, "showspikes": False}
    # Transparent backgrounds and no fixed font colour: the page's theme shows through, and the
    # loaders (offline.py, figure_widget.py) set the font colour from the JupyterLab theme.
    layout = {
        "height": HEIGHT,
        "autosize": True,
        "margin": {"l": 0, "r": 0, "t": 30 if title else 0, "b": 0},
        "paper_bgcolor": "rgba(0,0,0,0)",
        "plot_bgcolor": "rgba(0,0,0,0)",
        "uirevision": "structure",
        "showlegend": True,
        "legend": {"x": 0, "y": 1, "itemsizing": "constant", "bgcolor": "rgba(0,0,0,0)"},
        "meta": {"matsci_lod": bool(bonds is not None and len(bonds["x"]) > 3 * LOD_BONDS)},
        "scene": {
            "bgcolor": "rgba(0,0,0,0)",
            "xaxis": hidden,
            "yaxis": hidden,
            "zaxis": hidden,
            "aspectmode": "data",
            "camera": {
                "projection": {"type": "orthographic"},
                "eye": {"x": 0.8, "y": 0.68, "z": 0.5},
            },
        },
        "hoverlabel": {"font": {"size": 12}},
    }
    if title:
        layout["title"] = {"text": title, "x": 0.5, "font": {"size": 14}}
    return {"data": data, "layout": layout}


def figure_config(filename: str = "structure") -> dict[str, Any]:
    """plotly config: the camera button saves a PNG (done in the browser, no kaleido)."""
    return {
        "displaylogo": False,
        "responsive": True,
        "toImageButtonOptions": {"format": "png", "filename": filename, "scale": 2},
        "modeBarButtonsToRemove": ["resetCameraLastSave3d"],
    }


def make_figure(scene: Scene, *, title: str | None = None, widget: bool = False) -> Any:
    """A ``plotly.graph_objects.Figure`` (or ``FigureWidget`` with ``widget=True``)."""
    import plotly.graph_objects as go

    spec = figure_dict(scene, title=title)
    cls = go.FigureWidget if widget else go.Figure
    return cls(data=spec["data"], layout=spec["layout"])
