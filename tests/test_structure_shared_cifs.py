"""Every CIF in ../shared/data/cif either renders with a summary or gets a report naming
the problem; nothing raises out of ``view`` or ``check_structure``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from matsci_jupyter.engines.structure import check_structure, view

CIF_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "cif"
CIFS = sorted(CIF_DIR.glob("*.cif")) if CIF_DIR.is_dir() else []

# Files whose problem we know: the report must name it.
EXPECTED = {
    "P24Ru4H252C296S24N16.cif": "symmetry_mismatch",  # C2/c declared, centring ops missing
    "nosites.cif": "no_sites",
    "LiCl-bad.cif": "cif_syntax",  # a badly quoted multi-line value
    "Senegalite_implicit_hydrogen.cif": "implicit_hydrogens",
    "Li10GeP2S12.cif": "partial_occupancy",
    "LiFePO4.cif": "symmetry_higher_than_declared",  # written in P1, really Pnma
}


def test_the_shared_folder_is_covered(shared_data: Path):
    names = {p.name for p in (shared_data / "cif").glob("*.cif")}
    assert names == {p.name for p in CIFS} and len(names) >= 10
    assert set(EXPECTED) <= names


@pytest.mark.parametrize("path", CIFS, ids=[p.name for p in CIFS])
def test_each_shared_cif_renders_or_names_its_problem(path: Path, shared_data: Path):
    report = check_structure(path)
    shown = view(path, controls=False)
    assert shown.report.codes == report.codes  # the view shows the same checks
    if shown.figure is not None:
        summary = shown.summary
        assert summary["formula"] and summary["n_sites"] > 0
        assert summary["space_group"]["number"] >= 1
        assert set(summary["lattice"]) == {"a", "b", "c", "alpha", "beta", "gamma"}
        assert summary["volume_A3"] > 0 and summary["density_g_cm3"] > 0
        html = shown._repr_mimebundle_()["text/html"]
        assert summary["formula"] in html and "matsci-structure-figure" in html
    else:
        assert not report.ok and report.errors
        assert report.errors[0].message
        assert shown.render_error and report.errors[0].message in shown.render_error + str(shown)
    if path.name in EXPECTED:
        assert EXPECTED[path.name] in report.codes, report
    json.dumps(shown.as_dict())  # the chat panel can carry it
