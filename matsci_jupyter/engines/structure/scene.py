"""Structure -> scene: plain arrays describing what to draw, before any plotting library.

The pipeline, one function per step: legend (colours, radii) -> sites (supercell
copies) -> image atoms on the cell boundary -> bonds (CrystalNN, covalent radii or a
cutoff) -> coordination polyhedra -> cell edges and axis labels. Coordinates are
Cartesian, in Å. :func:`build_scene` runs it.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .bonds import Neighbors, find_neighbors, main_species
from .colors import ball_radius, element_color, normalize_scheme
from .inputs import StructureInputError

IMAGE_TOL = 0.01  # fractional: a site this close to a face is repeated on the opposite face
DEGRADE_ATOMS = 20_000  # above this many drawn atoms: no bonds, no polyhedra, light markers
MAX_ATOMS = 200_000  # above this, nothing is drawn


@dataclass(frozen=True)
class SceneOptions:
    """What to draw. ``bonds``: 'crystalnn', 'covalent', a cutoff in Å, or None."""

    supercell: tuple[int, int, int] = (1, 1, 1)
    bonds: str | float | None = "crystalnn"
    polyhedra: bool | tuple[str, ...] = False
    color_scheme: str = "VESTA"
    image_atoms: bool = True
    cell: bool = True


@dataclass(frozen=True)
class LegendEntry:
    symbol: str
    color: str  # '#rrggbb'
    radius: float  # ball radius, Å
    known: bool = True  # False for symbols that are not elements


@dataclass
class Scene:
    """Everything to draw, as arrays. Atom arrays have one row per drawn atom."""

    periodic: bool
    legend: dict[str, LegendEntry]
    site_key: list[str]  # legend key of each site of the structure
    site_partial: np.ndarray  # bool per site: mixed or partial occupancy
    site_species: list[str]  # 'Fe' or 'Ge:0.4, Sb:0.4'
    site_frac: np.ndarray  # (n, 3) fractional coordinates wrapped into the cell
    cart: np.ndarray  # (N, 3) Å
    site: np.ndarray  # (N,) index of the structure site each drawn atom copies
    offset: np.ndarray  # (N, 3) int lattice translation of the copy
    image: np.ndarray  # (N,) bool: drawn only because it lies on the cell boundary
    bonds: np.ndarray = field(default_factory=lambda: np.zeros((0, 2), int))  # atom pairs
    stub_atom: np.ndarray = field(default_factory=lambda: np.zeros(0, int))  # half bonds out
    stub_end: np.ndarray = field(default_factory=lambda: np.zeros((0, 3)))
    polyhedra: dict[str, tuple[np.ndarray, np.ndarray]] = field(default_factory=dict)
    cell_edges: np.ndarray | None = None  # (12, 2, 3) unit cell
    supercell_edges: np.ndarray | None = None
    axis_labels: list[tuple[str, np.ndarray]] = field(default_factory=list)
    degraded: bool = False
    bond_method: str = "none"
    notes: list[str] = field(default_factory=list)

    @property
    def n_atoms(self) -> int:
        return len(self.cart)


# ---------------------------------------------------------------- legend
def _symbol(species: Any) -> tuple[str, bool]:
    known = type(species).__name__ != "DummySpecies"
    return str(getattr(species, "symbol", species)), known


def make_legend(structure: Any, scheme: str = "VESTA") -> tuple[dict[str, LegendEntry], list[str]]:
    """Legend entries (one per element drawn) and the legend key of every site."""
    scheme = normalize_scheme(scheme)
    legend: dict[str, LegendEntry] = {}
    keys = []
    for site in structure:
        symbol, known = _symbol(main_species(site))
        if symbol not in legend:
            legend[symbol] = LegendEntry(
                symbol,
                element_color(symbol, scheme, known=known),
                ball_radius(symbol) if known else 0.6,
                known,
            )
        keys.append(symbol)
    return legend, keys


# ---------------------------------------------------------------- sites and images
def count_atoms(structure: Any, supercell: tuple[int, int, int]) -> int:
    """Atoms drawn before image atoms are added."""
    if not hasattr(structure, "lattice"):
        return len(structure)
    return len(structure) * int(np.prod(supercell))


def wrap(frac: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(wrapped, shift): wrapped = frac + shift lies in [-IMAGE_TOL, 1 - IMAGE_TOL)."""
    shift = -np.floor(frac + IMAGE_TOL)
    return frac + shift, shift.astype(int)


def place_sites(
    site_frac: np.ndarray, supercell: tuple[int, int, int]
) -> tuple[np.ndarray, np.ndarray]:
    """(site, offset) of every copy of every site in the supercell."""
    n = len(site_frac)
    offsets = np.array(list(itertools.product(*(range(k) for k in supercell))), dtype=int)
    site = np.tile(np.arange(n), len(offsets))
    offset = np.repeat(offsets, n, axis=0)
    return site, offset


def add_image_atoms(
    site_frac: np.ndarray, site: np.ndarray, offset: np.ndarray, supercell: tuple[int, int, int]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Append copies of atoms lying on the faces at 0 onto the opposite faces (edges, corners).

    Returns (site, offset, is_image).
    """
    near0 = (offset == 0) & (site_frac[site] < IMAGE_TOL)
    sites, offsets, images = [site], [offset], [np.zeros(len(site), bool)]
    n = np.asarray(supercell)
    for r in (1, 2, 3):
        for axes in itertools.combinations(range(3), r):
            sel = np.all(near0[:, axes], axis=1)
            if not sel.any():
                continue
            shifted = offset[sel].copy()
            for a in axes:
                shifted[:, a] += n[a]
            sites.append(site[sel])
            offsets.append(shifted)
            images.append(np.ones(int(sel.sum()), bool))
    return np.concatenate(sites), np.concatenate(offsets), np.concatenate(images)


# ---------------------------------------------------------------- bonds between drawn atoms
def _keys(site: np.ndarray, offset: np.ndarray, n_sites: int) -> np.ndarray:
    o = offset.astype(np.int64) + 512
    return ((o[:, 0] * 1024 + o[:, 1]) * 1024 + o[:, 2]) * n_sites + site


def place_bonds(
    nb: Neighbors,
    site: np.ndarray,
    offset: np.ndarray,
    image: np.ndarray,
    shift: np.ndarray,
    cart: np.ndarray,
    n_sites: int,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(bonds, stub_atom, stub_end): bonds between drawn atoms; half bonds from non-image
    atoms towards bonded atoms that are not drawn."""
    if len(nb.i) == 0 or len(site) == 0:
        return np.zeros((0, 2), int), np.zeros(0, int), np.zeros((0, 3))
    order = np.argsort(nb.i, kind="stable")
    ni, nj, nimg, nvec = nb.i[order], nb.j[order], nb.image[order], nb.vec[order]
    counts = np.bincount(ni, minlength=n_sites)
    starts = np.cumsum(counts) - counts
    per_atom = counts[site]
    atom = np.repeat(np.arange(len(site)), per_atom)
    within = np.arange(len(atom)) - np.repeat(np.cumsum(per_atom) - per_atom, per_atom)
    entry = starts[site][atom] + within
    target_offset = offset[atom] + nimg[entry] + shift[ni[entry]] - shift[nj[entry]]
    keys = _keys(site, offset, n_sites)
    sorter = np.argsort(keys)
    target = _keys(nj[entry], target_offset, n_sites)
    pos = np.clip(np.searchsorted(keys, target, sorter=sorter), 0, len(keys) - 1)
    found = keys[sorter[pos]] == target
    partner = sorter[pos]
    pairs = np.sort(np.stack([atom[found], partner[found]], axis=1), axis=1)
    pairs = np.unique(pairs[pairs[:, 0] != pairs[:, 1]], axis=0)
    stub = ~found & ~image[atom]
    stub_atom = atom[stub]
    stub_end = cart[stub_atom] + 0.5 * nvec[entry[stub]]
    return pairs, stub_atom, stub_end


# ---------------------------------------------------------------- polyhedra
def _electronegativity(symbol: str) -> float:
    from pymatgen.core import Element

    try:
        x = Element(symbol).X
    except ValueError:
        return float("nan")
    return float(x)


def polyhedron_sites(
    structure: Any, nb: Neighbors, site_key: list[str], centres: bool | tuple[str, ...]
) -> dict[int, np.ndarray]:
    """Site -> neighbour vectors (Å) for sites that get a polyhedron.

    ``centres=True`` picks cations: 4+ neighbours, all more electronegative than the centre.
    A tuple of element symbols picks those elements (4+ neighbours).
    """
    result = {}
    for s in range(len(structure)):
        mask = nb.i == s
        if mask.sum() < 4:
            continue
        key = site_key[s]
        if centres is True:
            x0 = _electronegativity(key)
            xs = [_electronegativity(site_key[j]) for j in nb.j[mask]]
            if not np.isfinite(x0) or not all(np.isfinite(x) and x > x0 for x in xs):
                continue
        elif key not in centres:
            continue
        result[s] = nb.vec[mask]
    return result


def place_polyhedra(
    vectors: dict[int, np.ndarray],
    site: np.ndarray,
    image: np.ndarray,
    cart: np.ndarray,
    site_key: list[str],
) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Key -> (vertices (V, 3), triangles (F, 3)) of every polyhedron around a drawn
    non-image atom."""
    from scipy.spatial import ConvexHull, QhullError

    hulls: dict[int, np.ndarray] = {}
    for s, vecs in vectors.items():
        try:
            hulls[s] = ConvexHull(vecs).simplices
        except (QhullError, ValueError):  # flat or degenerate coordination: no polyhedron
            continue
    grouped: dict[str, tuple[list[np.ndarray], list[np.ndarray], int]] = {}
    for a in np.flatnonzero(~image):
        s = int(site[a])
        if s not in hulls:
            continue
        verts_list, faces_list, count = grouped.setdefault(site_key[s], ([], [], 0))
        verts_list.append(cart[a] + vectors[s])
        faces_list.append(hulls[s] + count)
        grouped[site_key[s]] = (verts_list, faces_list, count + len(vectors[s]))
    return {k: (np.concatenate(v), np.concatenate(f)) for k, (v, f, _) in grouped.items()}


# ---------------------------------------------------------------- cell
def cell_edges(matrix: np.ndarray, n: tuple[int, int, int] = (1, 1, 1)) -> np.ndarray:
    """(12, 2, 3): the edges of the parallelepiped spanned by n_k x the lattice vectors."""
    corners = np.array(list(itertools.product((0, 1), repeat=3)))
    edges = [(c, c + e) for c in corners for e in np.eye(3, dtype=int) if (c + e).max() <= 1]
    frac = np.array(edges, float) * np.asarray(n, float)
    return frac @ matrix


def axis_labels(matrix: np.ndarray) -> list[tuple[str, np.ndarray]]:
    return [(name, 1.08 * matrix[k]) for k, name in enumerate("abc")]


# ---------------------------------------------------------------- pipeline
def build_scene(
    structure: Any,
    options: SceneOptions = SceneOptions(),
    *,
    neighbors: Neighbors | None = None,
    degrade_above: int = DEGRADE_ATOMS,
    max_atoms: int = MAX_ATOMS,
) -> Scene:
    """Run the pipeline; ``neighbors`` reuses bonds found earlier for the same structure.

    Raises StructureInputError (code 'too_many_atoms') above ``max_atoms`` atoms.
    """
    periodic = hasattr(structure, "lattice")
    supercell = tuple(options.supercell) if periodic else (1, 1, 1)
    n_primary = count_atoms(structure, supercell)  # type: ignore[arg-type]
    if n_primary > max_atoms:
        raise StructureInputError(
            f"{n_primary:,} atoms is above the {max_atoms:,}-atom limit of the 3D view; draw a "
            "smaller supercell or a part of the structure",
            "too_many_atoms",
        )
    legend, site_key = make_legend(structure, options.color_scheme)
    site_partial = np.array(
        [len(s.species) > 1 or s.species.num_atoms < 0.999 for s in structure], bool
    )
    site_species = [s.species_string for s in structure]
    notes: list[str] = []
    degraded = n_primary > degrade_above
    if degraded:
        notes.append(
            f"{n_primary:,} atoms: drawn as light markers without bonds, polyhedra or "
            f"image atoms (above {degrade_above:,})"
        )
    if periodic:
        frac, shift = wrap(np.asarray(structure.frac_coords, float))
        matrix = structure.lattice.matrix
        site, offset = place_sites(frac, supercell)  # type: ignore[arg-type]
        if options.image_atoms and not degraded:
            site, offset, image = add_image_atoms(frac, site, offset, supercell)  # type: ignore[arg-type]
        else:
            image = np.zeros(len(site), bool)
        cart = (frac[site] + offset) @ matrix
    else:
        frac = np.zeros((len(structure), 3))
        shift = np.zeros((len(structure), 3), int)
        matrix = np.eye(3)
        site = np.arange(len(structure))
        offset = np.zeros((len(structure), 3), int)
        image = np.zeros(len(structure), bool)
        cart = np.asarray(structure.cart_coords, float).reshape(-1, 3)
    scene = Scene(
        periodic,
        legend,
        site_key,
        site_partial,
        site_species,
        frac,
        cart,
        site,
        offset,
        image,
        degraded=degraded,
        notes=notes,
    )
    want_bonds = options.bonds is not None and not degraded
    want_polyhedra = bool(options.polyhedra) and not degraded
    if want_bonds or want_polyhedra:
        method = options.bonds if options.bonds is not None else "crystalnn"
        nb = neighbors if neighbors is not None else find_neighbors(structure, method)
        scene.bond_method = nb.method
        if want_bonds:
            scene.bonds, scene.stub_atom, scene.stub_end = place_bonds(
                nb, site, offset, image, shift, cart, len(structure)
            )
        if want_polyhedra:
            vectors = polyhedron_sites(structure, nb, site_key, options.polyhedra)
            scene.polyhedra = place_polyhedra(vectors, site, image, cart, site_key)
            if not scene.polyhedra:
                notes.append("no site has a closed coordination polyhedron with these bonds")
    if periodic and options.cell:
        scene.cell_edges = cell_edges(matrix)
        if supercell != (1, 1, 1):
            scene.supercell_edges = cell_edges(matrix, supercell)  # type: ignore[arg-type]
        scene.axis_labels = axis_labels(matrix)
    return scene
