"""Structure -> scene -> plotly figure: images, supercells, bonds, polyhedra, colours, limits."""

from __future__ import annotations

import numpy as np
import pytest
from structure_samples import nacl_structure

from matsci_jupyter.engines.structure.colors import UNKNOWN_COLOR, color_table
from matsci_jupyter.engines.structure.figure import figure_dict
from matsci_jupyter.engines.structure.inputs import StructureInputError
from matsci_jupyter.engines.structure.scene import SceneOptions, build_scene


def _cubic(symbol="Po", a=3.35):
    from pymatgen.core import Lattice, Structure

    return Structure(Lattice.cubic(a), [symbol], [[0, 0, 0]])


def test_an_atom_on_the_corner_is_drawn_on_all_eight_corners():
    scene = build_scene(_cubic(), SceneOptions(bonds=None))
    assert scene.n_atoms == 8 and int(scene.image.sum()) == 7
    corners = {tuple(np.round(c / 3.35).astype(int)) for c in scene.cart}
    assert corners == {(x, y, z) for x in (0, 1) for y in (0, 1) for z in (0, 1)}
    assert build_scene(_cubic(), SceneOptions(bonds=None, image_atoms=False)).n_atoms == 1


def test_supercell_repeats_and_boundary_images():
    scene = build_scene(_cubic(), SceneOptions(supercell=(2, 2, 2), bonds=None))
    assert scene.n_atoms == 27 and int((~scene.image).sum()) == 8
    assert scene.supercell_edges is not None
    assert np.ptp(scene.cart, axis=0) == pytest.approx([6.7, 6.7, 6.7])


def test_site_slightly_below_one_counts_as_on_the_boundary():
    from pymatgen.core import Lattice, Structure

    s = Structure(Lattice.cubic(4), ["Na"], [[0.99999, 0.5, 0.5]], coords_are_cartesian=False)
    scene = build_scene(s, SceneOptions(bonds=None))
    assert scene.n_atoms == 2  # at x = 0 and its image at x = 1


@pytest.mark.parametrize("method", ["covalent", "crystalnn"])
def test_rock_salt_atoms_have_six_bonds_each(method):
    scene = build_scene(nacl_structure(), SceneOptions(bonds=method))
    expected = "CrystalNN" if method == "crystalnn" else "covalent radii"
    assert scene.bond_method.startswith(expected)
    degree = np.bincount(scene.bonds.ravel(), minlength=scene.n_atoms)
    degree += np.bincount(scene.stub_atom, minlength=scene.n_atoms)
    primary = ~scene.image
    assert (degree[primary] == 6).all()
    lengths = np.linalg.norm(scene.cart[scene.bonds[:, 0]] - scene.cart[scene.bonds[:, 1]], axis=1)
    assert lengths == pytest.approx(np.full(len(lengths), 5.6402 / 2))
    stub_lengths = np.linalg.norm(scene.stub_end - scene.cart[scene.stub_atom], axis=1)
    assert stub_lengths == pytest.approx(np.full(len(stub_lengths), 5.6402 / 4))  # half bonds


def test_distance_cutoff_bonds():
    s = nacl_structure()
    assert len(build_scene(s, SceneOptions(bonds=2.0)).bonds) == 0
    scene = build_scene(s, SceneOptions(bonds=3.0))
    assert len(scene.bonds) > 0 and scene.bond_method == "distance cutoff 3 Å"


def test_octahedra_around_cations_only():
    scene = build_scene(
        nacl_structure(), SceneOptions(bonds="covalent", polyhedra=True, image_atoms=False)
    )
    assert set(scene.polyhedra) == {"Na"}
    verts, faces = scene.polyhedra["Na"]
    assert len(verts) == 4 * 6 and len(faces) == 4 * 8  # four octahedra in the cell
    chosen = build_scene(nacl_structure(), SceneOptions(bonds="covalent", polyhedra=("Cl",)))
    assert set(chosen.polyhedra) == {"Cl"}


def test_molecule_has_no_cell_and_gets_covalent_bonds():
    from pymatgen.core import Molecule

    water = Molecule(["O", "H", "H"], [[0, 0, 0], [0.96, 0, 0], [-0.24, 0.93, 0]])
    scene = build_scene(water, SceneOptions(supercell=(3, 3, 3)))
    assert scene.n_atoms == 3 and scene.cell_edges is None
    assert sorted(map(tuple, scene.bonds.tolist())) == [(0, 1), (0, 2)]
    assert "molecule" in scene.bond_method


def test_covalent_bonds_keep_organic_and_drop_cation_cation_contacts():
    from ase.build import molecule
    from pymatgen.core import Lattice, Structure
    from pymatgen.io.ase import AseAtomsAdaptor

    benzene = AseAtomsAdaptor.get_molecule(molecule("C6H6"))
    bonds = build_scene(benzene, SceneOptions(bonds="covalent")).bonds
    symbols = [benzene[int(k)].specie.symbol for k in bonds.ravel()]
    assert len(bonds) == 12 and symbols.count("C") == 18 and symbols.count("H") == 6
    # the same molecule in a big periodic box keeps its C-C bonds
    boxed = Structure(
        Lattice.cubic(15), benzene.species, benzene.cart_coords + 7.5, coords_are_cartesian=True
    )
    assert len(build_scene(boxed, SceneOptions(bonds="covalent", image_atoms=False)).bonds) == 12
    # as in LiFePO4: Li-O 2.1 Å and P-O 1.54 Å bonded, Li-P 2.68 Å (second shell) not
    lip = Structure(
        Lattice.cubic(12),
        ["Li", "O", "P", "O"],
        [[0, 0, 0], [2.1, 0, 0], [0, 2.68, 0], [0, 4.22, 0]],
        coords_are_cartesian=True,
    )
    scene = build_scene(lip, SceneOptions(bonds="covalent"))
    symbol = [lip[int(s)].specie.symbol for s in scene.site]  # drawn atom -> element
    pairs = {tuple(sorted((symbol[a], symbol[b]))) for a, b in scene.bonds}
    assert pairs == {("Li", "O"), ("O", "P")}


def test_colour_schemes_come_from_pymatgen_tables():
    from importlib.resources import files

    import yaml

    raw = yaml.safe_load((files("pymatgen.vis") / "ElementColorSchemes.yaml").read_text())
    for scheme in ("VESTA", "Jmol"):
        r, g, b = raw[scheme]["Fe"]
        assert color_table(scheme)["Fe"] == f"#{r:02x}{g:02x}{b:02x}"
    vesta = build_scene(nacl_structure(), SceneOptions(color_scheme="vesta"))
    jmol = build_scene(nacl_structure(), SceneOptions(color_scheme="Jmol"))
    assert vesta.legend["Na"].color == color_table("VESTA")["Na"]
    assert vesta.legend["Na"].color != jmol.legend["Na"].color
    with pytest.raises(ValueError, match="VESTA, Jmol"):
        build_scene(nacl_structure(), SceneOptions(color_scheme="rainbow"))


def test_unknown_elements_are_drawn_in_a_warning_colour():
    from pymatgen.core import Lattice, Structure

    s = Structure(Lattice.cubic(4), ["Na", "Xx"], [[0, 0, 0], [0.5, 0.5, 0.5]])
    scene = build_scene(s, SceneOptions(bonds=None))
    assert scene.legend["Xx"].color == UNKNOWN_COLOR and not scene.legend["Xx"].known


def test_figure_has_legend_per_element_hover_cell_and_axis_labels():
    spec = figure_dict(build_scene(nacl_structure(), SceneOptions()))
    atoms = [t for t in spec["data"] if t.get("mode") == "markers"]
    assert [t["name"] for t in atoms] == ["Na", "Cl"]
    template = atoms[0]["hovertemplate"]
    for part in (
        "<b>Na</b>",
        "site %{customdata[0]:d}",
        "occupancy Na 1",
        "frac (%{customdata[1]:.4f}",
        "cart (%{x:.3f}",
        "Å",
    ):
        assert part in template
    site, *frac = atoms[0]["customdata"][0]  # [site index, fractional a, b, c]
    assert site == 0 and frac == [0, 0, 0]
    cell = next(t for t in spec["data"] if t["name"] == "unit cell")
    assert np.isnan(cell["x"]).sum() == 12  # twelve separate edges
    labels = next(t for t in spec["data"] if t["name"] == "axis labels")
    assert labels["text"] == ["a", "b", "c"]
    assert any(t["name"] == "bonds" for t in spec["data"])


def test_partial_occupancy_is_drawn_translucent_with_occupancies_in_hover():
    from pymatgen.core import Lattice, Structure

    s = Structure(Lattice.cubic(5), [{"Ge": 0.4, "Sb": 0.4}, "Te"], [[0, 0, 0], [0.5, 0.5, 0.5]])
    spec = figure_dict(build_scene(s, SceneOptions(bonds=None)))
    partial = next(t for t in spec["data"] if "partial" in t["name"])
    assert partial["name"] == "Ge (partial occupancy)" and partial["opacity"] < 1
    assert "%{text}" in partial["hovertemplate"] and partial["text"][0] == "Ge:0.4, Sb:0.4"


def test_large_scenes_degrade_and_huge_ones_are_refused():
    s = _cubic()
    scene = build_scene(s, SceneOptions(supercell=(10, 10, 10)), degrade_above=500)
    assert scene.degraded and len(scene.bonds) == 0 and not scene.image.any()
    assert scene.n_atoms == 1000 and "without bonds" in scene.notes[0]
    atoms = [t for t in figure_dict(scene)["data"] if t.get("mode") == "markers"]
    assert atoms[0]["hoverinfo"] == "name" and "customdata" not in atoms[0]
    with pytest.raises(StructureInputError) as info:
        build_scene(s, SceneOptions(supercell=(10, 10, 10)), max_atoms=999)
    assert info.value.code == "too_many_atoms" and "1,000 atoms" in str(info.value)
