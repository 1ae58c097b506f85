"""``view``: the display object, its offline HTML, exports, options, widgets and limits."""

from __future__ import annotations

import importlib.util
import json
import threading
from pathlib import Path

import pytest
from structure_samples import NACL_CIF, nacl_structure

import matsci_jupyter
from matsci_jupyter.engines.structure import StructureInputError, view
from matsci_jupyter.engines.structure import viewer as viewer_module
from matsci_jupyter.engines.structure.offline import PLOTLYJS_TYPE

BLOCK = f'<script type="{PLOTLYJS_TYPE}">'  # the embedded plotly.js


@pytest.fixture(autouse=True)
def _fresh_session(monkeypatch):
    """Each test starts as a new kernel would: no plotly.js sent yet."""
    monkeypatch.setitem(viewer_module._state, "plotlyjs_sent", False)
    monkeypatch.setitem(viewer_module._state, "plotlyjs_shown", False)


def test_public_names_resolve_lazily():
    assert matsci_jupyter.view is view
    assert callable(matsci_jupyter.check_structure)


def test_view_gives_summary_figure_and_offline_html():
    shown = view(nacl_structure(), controls=False)
    assert shown.ok and shown.figure is not None
    bundle = shown._repr_mimebundle_()
    assert set(bundle) == {"text/html", "text/plain"}
    html = bundle["text/html"]
    for fact in ("NaCl", "Fm-3m (No. 225)", "5.6402", "90.000", "179.425 Å³", "2.163 g/cm³"):
        assert fact in html, fact
    assert html.count(BLOCK) == 1  # plotly.js inside: works offline
    assert "<script src" not in html  # nothing fetched from the network
    assert 'download="NaCl.cif"' in html and "camera icon" in html
    assert "space group" in bundle["text/plain"]


@pytest.mark.parametrize(("mode", "blocks"), [("embed", 1), ("none", 0)])
def test_plotlyjs_option(mode, blocks):
    html = view(nacl_structure(), controls=False, plotlyjs=mode)._repr_mimebundle_()["text/html"]
    assert html.count(BLOCK) == blocks


def test_auto_embeds_plotlyjs_once_for_exports_and_once_for_the_live_page(monkeypatch):
    monkeypatch.setattr(viewer_module, "_in_kernel", lambda: True)

    def html(**options):
        bundle = view(nacl_structure(), **options)._repr_mimebundle_()
        return bundle, bundle["text/html"].count(BLOCK)

    first, blocks = html()
    assert "application/vnd.jupyter.widget-view+json" in first and blocks == 1
    assert html()[1] == 0  # a later widget: its HTML (for exports) uses the first copy
    # The live page shows widgets, not their HTML: the first view shown as HTML carries a copy.
    assert html(controls=False)[1] == 1
    assert html(controls=False)[1] == 0
    assert html(controls=False, plotlyjs="embed")[1] == 1


def test_as_dict_is_json_with_kind_and_figure():
    data = json.loads(json.dumps(view(NACL_CIF).as_dict()))
    assert data["kind"] == "structure_view" and data["summary"]["formula"] == "NaCl"
    assert data["report"]["kind"] == "structure_report"
    assert {t["type"] for t in data["figure"]["data"]} >= {"scatter3d"}


@pytest.mark.parametrize(
    ("options", "words"),
    [
        ({"supercell": 0}, "between 1 and 50"),
        ({"supercell": (2, 2)}, "one number or three"),
        ({"bonds": "maybe"}, "cutoff in Å"),
        ({"color_scheme": "rainbow"}, "VESTA, Jmol"),
        ({"symprec": 5}, "symprec"),
        ({"polyhedra": 3}, "element symbols"),
    ],
)
def test_bad_options_raise_a_clear_error(options, words):
    with pytest.raises(StructureInputError, match=words):
        view(nacl_structure(), **options)


def test_update_with_an_unknown_option_is_refused():
    with pytest.raises(StructureInputError, match="unknown view option"):
        view(nacl_structure(), controls=False).update(colour="red")


def test_exports_round_trip(tmp_path: Path):
    from pymatgen.core import Structure

    shown = view(nacl_structure(), controls=False)
    again = Structure.from_str(shown.to_cif(), fmt="cif")
    assert again.composition == nacl_structure().composition
    assert again.lattice.abc == pytest.approx((5.6402,) * 3)
    assert Structure.from_str(shown.to_poscar(), fmt="poscar").composition.reduced_formula == "NaCl"
    assert shown.to_xyz().splitlines()[0].strip() == "8"
    for name in ("out.cif", "POSCAR", "out.xyz", "out.html"):
        path = shown.save(tmp_path / name)
        assert path.stat().st_size > 100
    assert "<!DOCTYPE html>" in (tmp_path / "out.html").read_text()


def test_export_refusals_are_clear():
    from pymatgen.core import Lattice, Molecule, Structure

    with pytest.raises(StructureInputError, match="no unit cell"):
        view(Molecule(["H", "H"], [[0, 0, 0], [0.74, 0, 0]])).to_cif()
    partial = Structure(Lattice.cubic(4), [{"Na": 0.5}], [[0, 0, 0]])
    with pytest.raises(StructureInputError, match="partial occupancies"):
        view(partial).to_poscar()
    with pytest.raises(StructureInputError, match="no structure"):
        view("missing.cif").to_cif()
    with pytest.raises(StructureInputError, match=r"\.cif"):
        view(nacl_structure()).save("out.docx")


@pytest.mark.skipif(importlib.util.find_spec("kaleido") is not None, reason="kaleido installed")
def test_png_from_python_points_to_the_toolbar_without_kaleido(tmp_path: Path):
    with pytest.raises(StructureInputError, match="camera icon"):
        view(nacl_structure()).to_png(tmp_path / "x.png")


@pytest.mark.parametrize(
    ("make", "code"),
    [
        (lambda p: p / "missing.cif", "missing_file"),
        (lambda p: _write(p / "empty.cif", ""), "empty"),
        (
            lambda p: _write(p / "cut.cif", NACL_CIF[: NACL_CIF.index("Cl1 Cl")] + "Cl1 Cl 0.5"),
            "parse_error",
        ),
        (
            lambda p: _write(
                p / "flat.cif", NACL_CIF.replace("_cell_length_c   5.6402", "_cell_length_c   0.0")
            ),
            "zero_volume",
        ),
    ],
)
def test_bad_input_gives_a_view_that_says_why(tmp_path: Path, make, code):
    shown = view(make(tmp_path))
    assert shown.figure is None and shown.report.errors[0].code == code
    bundle = shown._repr_mimebundle_()
    assert shown.report.errors[0].message in bundle["text/plain"]
    assert code in bundle["text/html"]


def test_unknown_elements_are_drawn_but_reported(tmp_path: Path):
    shown = view(NACL_CIF.replace("Cl1 Cl", "Qq1 Qq"))
    assert shown.figure is not None and not shown.report.ok
    assert "'Qq'" in shown.report.problem("unknown_element").message


def test_twenty_thousand_atoms_degrade_and_a_million_are_refused():
    from pymatgen.core import Lattice, Structure

    cu = Structure.from_spacegroup("Fm-3m", Lattice.cubic(3.61), ["Cu"], [[0, 0, 0]])
    big = view(cu, supercell=(18, 18, 17), controls=False)  # 22,032 atoms
    assert big.figure is not None and big.scene.degraded and len(big.scene.bonds) == 0
    assert any("without bonds" in note for note in big.notes)
    huge = view(cu, supercell=50, controls=False)
    assert huge.figure is None and "200,000-atom limit" in huge.render_error
    assert "200,000-atom limit" in huge._repr_mimebundle_()["text/plain"]


def test_widget_controls_redraw_the_same_figure_in_place(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shown = view(nacl_structure())
    box = shown.widget()
    fig = box.figure_widget
    c = box.controls

    def length(values):  # plotly JSON: a list, or a typed array {"dtype", "bdata"}
        if isinstance(values, dict):
            import base64

            return len(base64.b64decode(values["bdata"])) // int(values["dtype"][-1])
        return len(values)

    def atoms():
        return sum(length(t["x"]) for t in fig.figure["data"] if t.get("mode") == "markers")

    def names():
        return [t.get("name") for t in fig.figure["data"]]

    before = atoms()
    c["supercell"][0].value = 2
    assert atoms() > before and box.figure_widget is fig
    assert shown.options.supercell == (2, 1, 1)
    c["image_atoms"].value = False
    assert atoms() == 16
    c["bonds"].value = "none"
    assert "bonds" not in names()
    c["bonds"].value = "cutoff"
    c["cutoff"].value = 3.0
    assert "bonds" in names() and shown.options.bonds == 3.0
    c["polyhedra"].value = True
    assert "Na polyhedra" in names()

    def colours():
        return [t["marker"]["color"] for t in fig.figure["data"] if t.get("mode") == "markers"]

    vesta = colours()
    c["color_scheme"].value = "Jmol"
    assert colours() != vesta
    c["format"].value = "POSCAR"
    assert c["filename"].value.endswith(".vasp")
    c["save"].click()
    assert (tmp_path / c["filename"].value).exists() and "saved" in box.status.value


def _write(path: Path, text: str) -> Path:
    path.write_text(text)
    return path


def test_live_widget_is_small_and_sends_the_figure_once(monkeypatch):
    """The figure widget's JavaScript is a few KB (not plotly's 5 MB bundle); a large figure
    goes to the page once (in the widget), its HTML copy only names where it is."""
    from matsci_jupyter.engines.structure import figure_widget

    assert len(figure_widget.StructureFigure._esm) < 20_000
    monkeypatch.setattr(viewer_module, "_in_kernel", lambda: True)
    small = view(nacl_structure())
    bundle = small._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
    assert "matsci-structure-figure" in bundle["text/html"]  # small: kept for exports
    monkeypatch.setattr(viewer_module, "FALLBACK_FIGURE_BYTES", 100)
    big = view(nacl_structure(), supercell=3)._repr_mimebundle_()
    assert "matsci-structure-figure" not in big["text/html"]
    assert "shown by the live widget only" in big["text/html"]


def test_figure_follows_the_page_theme():
    """No white block on a dark page: transparent backgrounds, no fixed font colour; the
    loader and the widget take the colours from JupyterLab's theme variables."""
    shown = view(nacl_structure(), controls=False)
    layout = shown.figure.layout
    assert layout.paper_bgcolor == "rgba(0,0,0,0)" and layout.scene.bgcolor == "rgba(0,0,0,0)"
    assert layout.font.color is None
    html = shown._repr_mimebundle_()["text/html"]
    assert "--jp-ui-font-color1" in html and "matsciDecorate" in html and "ResizeObserver" in html
    assert "#57606a" not in html.replace("var(--jp-ui-font-color2, #57606a)", "")


def test_first_live_view_draws_at_once_and_swaps_in_crystalnn_bonds(monkeypatch):
    """CrystalNN's first import takes seconds: the live view draws covalent bonds first and
    redraws the same widget with CrystalNN's when the background search is done."""
    import types

    monkeypatch.setattr(viewer_module, "_in_kernel", lambda: True)
    monkeypatch.setattr(viewer_module, "sys", types.SimpleNamespace(modules={}))  # not imported
    shown = view(nacl_structure())
    assert shown.scene.bond_method == "covalent radii"
    assert any("while CrystalNN loads" in n for n in shown.notes)
    box = shown.widget()
    for thread in threading.enumerate():
        if thread.name == "matsci-crystalnn":
            thread.join(timeout=60)
    assert shown.scene.bond_method.startswith("CrystalNN")
    assert not any("while CrystalNN loads" in n for n in shown.notes)
    assert box.figure_widget.figure["data"]  # the same widget got the new figure
