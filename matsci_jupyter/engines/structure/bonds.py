"""Which atoms are bonded: CrystalNN, covalent radii, or a distance cutoff.

CrystalNN (pymatgen) is the default; it costs ~10-20 ms per site, so it runs only where
that is cheap: on the symmetrically distinct sites of the *primitive* cell (spglib). A
supercell's sites are translations of primitive-cell sites, so their bonds are the same
vectors, found in one vectorised KD-tree search; inside the primitive cell, a site's bonds
are its representative's moved by the symmetry operation that maps one onto the other.
Where that is not possible (too many distinct sites, disorder, molecules) covalent radii
and pymatgen's vectorised neighbour list are used, and the returned ``method`` says so.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from typing import Any

import numpy as np

CRYSTALNN_SITE_LIMIT = 32  # most distinct sites CrystalNN is run on (~10 ms each)
CRYSTALNN_MAX_SITES = 20_000  # most sites in the cell for CrystalNN + symmetry mapping
SPGLIB_FREE_SITES = 500  # above this, spglib runs only if a quick test finds a translation
TRANSLATION_TRIES = 48  # candidate translations the quick test tries
MAPPING_WORK_LIMIT = 2_000_000  # operations x sites above which no per-site mapping is tried
COVALENT_TOLERANCE = 1.15  # bonded when d < 1.15 x (r_i + r_j), covalent radii
SHELL_TOLERANCE = 1.25  # ... and d < 1.25 x the nearest-neighbour distance of one of the two
MAP_TOLERANCE = 0.05  # Å: a symmetry image must land this close to a site


@dataclass
class Neighbors:
    """Bonds of the unit cell: site i bonds to site j in cell ``image`` (vector ``vec``, Å)."""

    i: np.ndarray
    j: np.ndarray
    image: np.ndarray  # (K, 3) int, in the frame of the structure's own fractional coordinates
    vec: np.ndarray  # (K, 3) Cartesian vector from site i to the bonded atom
    method: str  # what was used, for the notes


def main_species(site: Any) -> Any:
    """The species with the largest occupancy on a site."""
    return max(site.species.items(), key=lambda kv: kv[1])[0]


def find_neighbors(structure: Any, method: str | float) -> Neighbors:
    """Bonds of every site of the unit cell (or molecule).

    ``method``: 'crystalnn' (falls back to covalent radii for molecules, disordered
    structures and cells with more than CRYSTALNN_SITE_LIMIT distinct sites), 'covalent'
    (d < 1.15 x sum of covalent radii; in crystals, within the first coordination shell of
    one of the two atoms, hydrogen aside),
    or a number: a cutoff in Å.
    """
    if method == "crystalnn":
        reason = _crystalnn_refusal(structure)
        if not reason:
            try:
                found = _crystalnn(structure)
                if found is not None:
                    return found
                reason = f"more than {CRYSTALNN_SITE_LIMIT} symmetrically distinct sites"
            except Exception as exc:  # CrystalNN fails on odd cells; bonds are not essential
                reason = f"CrystalNN failed ({type(exc).__name__})"
        found = _within(structure, None)
        found.method = f"covalent radii (CrystalNN not used: {reason})"
        return found
    if method == "covalent":
        return _within(structure, None)
    return _within(structure, float(method))


def _crystalnn_refusal(structure: Any) -> str:
    if not hasattr(structure, "lattice"):
        return "a molecule"
    if not structure.is_ordered:
        return "partial occupancies"
    if len(structure) > CRYSTALNN_MAX_SITES:
        return f"more than {CRYSTALNN_MAX_SITES:,} sites"
    return ""


def _identity(n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return np.arange(n), np.tile(np.eye(3), (n, 1, 1)), np.zeros((n, 3))


def _crystalnn(structure: Any) -> Neighbors | None:
    """CrystalNN on the distinct sites of the primitive cell, spread to every site; None if
    there are too many distinct sites."""
    if len(structure) > SPGLIB_FREE_SITES and not has_translation(structure):
        # no lattice translation maps the cell onto itself: not a supercell, and spglib would
        # take minutes on thousands of unrelated sites (a relaxed or disordered model)
        return None
    primitive = _primitive_cell(structure)
    if primitive is not None:
        cell, index = primitive
        found = _crystalnn_cell(cell)
        if found is not None:
            spread = _spread(structure, index, found)
            if spread is not None:
                spread.method = f"{found.method} of the {len(cell)}-site primitive cell"
                return spread
    return _crystalnn_cell(structure)


def has_translation(structure: Any, tolerance: float = 0.01) -> bool:
    """Whether some translation (not a lattice vector) maps every site onto a site of the same
    species, within ``tolerance`` Å: a quick test (KD-tree, a few dozen candidates) for a
    supercell. Candidates go from the first site of the rarest species to the others."""
    from scipy.spatial import cKDTree

    frac = np.mod(np.asarray(structure.frac_coords, float), 1.0)
    keys = np.array([str(main_species(site)) for site in structure])
    values, counts = np.unique(keys, return_counts=True)
    rare = values[np.argmin(counts)]
    members = np.flatnonzero(keys == rare)
    if len(members) < 2:
        return False
    matrix = structure.lattice.matrix
    groups = {k: frac[keys == k] for k in values}
    trees = {k: cKDTree(groups[k], boxsize=1.0) for k in values}
    origin = frac[members[0]]
    for b in members[1 : TRANSLATION_TRIES + 1]:
        shift = np.mod(frac[b] - origin, 1.0)
        moved = np.mod(frac + shift, 1.0)
        ok = True
        for k in values:
            sel = keys == k
            _, idx = trees[k].query(moved[sel])
            delta = moved[sel] - groups[k][idx]
            delta -= np.round(delta)
            if np.linalg.norm(delta @ matrix, axis=1).max() > tolerance:
                ok = False
                break
        if ok:
            return True
    return False


def _primitive_cell(structure: Any) -> tuple[Any, np.ndarray] | None:
    """(primitive Structure in the same Cartesian frame, primitive site of every site), or
    None when the cell is already primitive or the frames do not agree."""
    from pymatgen.core import Lattice, Structure
    from pymatgen.symmetry.analyzer import SpacegroupAnalyzer

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            data = SpacegroupAnalyzer(structure, symprec=0.01).get_symmetry_dataset()
        except Exception:
            return None
    if data is None:
        return None
    index = np.asarray(data.mapping_to_primitive, int)
    _, first, index = np.unique(index, return_index=True, return_inverse=True)
    if len(first) >= len(structure):
        return None
    lattice = Lattice(np.asarray(data.primitive_lattice, float))
    cart = np.asarray(structure.cart_coords, float)
    # every site must be its representative moved by a primitive lattice vector
    steps = lattice.get_fractional_coords(cart - cart[first][index])
    err = np.linalg.norm((steps - np.round(steps)) @ lattice.matrix, axis=1)
    if err.max(initial=0.0) > MAP_TOLERANCE:
        return None
    cell = Structure(
        lattice,
        [structure[k].species for k in first.tolist()],
        cart[first],
        coords_are_cartesian=True,
    )
    return cell, index


def _spread(structure: Any, index: np.ndarray, found: Neighbors) -> Neighbors | None:
    """Bonds of every site from the bonds of its primitive-cell site (same vectors)."""
    order = np.argsort(found.i, kind="stable")
    fi, fvec = found.i[order], found.vec[order]
    counts = np.bincount(fi, minlength=int(index.max()) + 1)
    starts = np.cumsum(counts) - counts
    per_site = counts[index]
    i = np.repeat(np.arange(len(structure)), per_site)
    within = np.arange(len(i)) - np.repeat(np.cumsum(per_site) - per_site, per_site)
    entry = starts[index][i] + within
    vec = fvec[entry]
    lattice = structure.lattice
    frac = np.asarray(structure.frac_coords, float)
    targets = frac[i] + lattice.get_fractional_coords(vec)
    j, img = _locate(targets, frac, lattice.matrix)
    if j is None:
        return None
    return Neighbors(i, j, img, vec, found.method)


def _crystalnn_cell(structure: Any) -> Neighbors | None:
    """CrystalNN on the distinct sites of this cell, mapped to the others; None if there
    are too many."""
    mapping = _symmetry_mapping(structure)
    if mapping is not None:
        found = _crystalnn_mapped(structure, mapping)
        if found is not None:
            return found
    if len(structure) > CRYSTALNN_SITE_LIMIT:
        return None
    return _crystalnn_mapped(structure, _identity(len(structure)))


def _crystalnn_mapped(
    structure: Any, mapping: tuple[np.ndarray, np.ndarray, np.ndarray]
) -> Neighbors | None:
    """CrystalNN on each representative site; other sites get their representative's bonds
    moved by their operation. None when there are too many representatives or a moved
    neighbour does not land on a site."""
    from pymatgen.analysis.local_env import CrystalNN

    rep_of, rotation, translation = mapping
    reps = np.unique(rep_of)
    if len(reps) > CRYSTALNN_SITE_LIMIT:
        return None
    nn = CrystalNN()
    rep_bonds: dict[int, tuple[np.ndarray, np.ndarray]] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for r in reps.tolist():
            info = nn.get_nn_info(structure, r)
            rep_bonds[r] = (
                np.array([int(e["site_index"]) for e in info], int),
                np.array([[round(float(x)) for x in e["image"]] for e in info], int).reshape(-1, 3),
            )
    frac = np.asarray(structure.frac_coords, float)
    matrix = structure.lattice.matrix
    i_all, moved_all = [], []
    for k in range(len(structure)):
        # the representative's neighbour positions, moved by the operation r -> k
        j_rep, img_rep = rep_bonds[int(rep_of[k])]
        moved_all.append((frac[j_rep] + img_rep) @ rotation[k].T + translation[k])
        i_all.append(np.full(len(j_rep), k))
    i = np.concatenate(i_all).astype(int)
    j, img = _locate(np.concatenate(moved_all).reshape(-1, 3), frac, matrix)
    if j is None:
        return None
    vec = (frac[j] + img - frac[i]) @ matrix
    distinct = f" on {len(reps)} distinct sites" if len(reps) < len(structure) else ""
    return Neighbors(i, j, img, vec, f"CrystalNN{distinct}")


def _symmetry_mapping(structure: Any) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """For each site k: its representative r and an operation (R, t) with R f_r + t = f_k
    exactly (t absorbs the lattice translation). None when spglib finds no symmetry."""
    from pymatgen.symmetry.analyzer import SpacegroupAnalyzer

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            data = SpacegroupAnalyzer(structure, symprec=0.01).get_symmetry_dataset()
        except Exception:
            return None
    if data is None:
        return None
    rotations = np.asarray(data.rotations, float)
    translations = np.asarray(data.translations, float)
    rep_of = np.asarray(data.equivalent_atoms, int)
    if len(rotations) <= 1 or len(rotations) * len(structure) > MAPPING_WORK_LIMIT:
        return None
    frac = np.asarray(structure.frac_coords, float)
    matrix = structure.lattice.matrix
    n = len(structure)
    rotation = np.empty((n, 3, 3))
    translation = np.empty((n, 3))
    for k in range(n):
        r = rep_of[k]
        images = rotations @ frac[r] + translations  # (ops, 3)
        diff = images - frac[k]
        shift = np.round(diff)
        err = np.linalg.norm((diff - shift) @ matrix, axis=1)
        best = int(np.argmin(err))
        if err[best] > MAP_TOLERANCE:
            return None
        rotation[k] = rotations[best]
        translation[k] = translations[best] - shift[best]
    return rep_of, rotation, translation


def _locate(
    positions: np.ndarray, frac: np.ndarray, matrix: np.ndarray
) -> tuple[np.ndarray | None, np.ndarray]:
    """(site index, lattice image) of each fractional position; (None, _) if one misses."""
    from scipy.spatial import cKDTree

    def wrapped(x: np.ndarray) -> np.ndarray:
        x = np.mod(x, 1.0)
        return np.where(x >= 1.0, 0.0, x)

    tree = cKDTree(wrapped(frac), boxsize=1.0)
    _, best = tree.query(wrapped(positions))
    image = np.round(positions - frac[best]).astype(int)
    err = np.linalg.norm((positions - frac[best] - image) @ matrix, axis=1)
    if len(err) and err.max() > MAP_TOLERANCE:
        return None, np.zeros((0, 3), int)
    return best, image


def _covalent(structure: Any) -> np.ndarray:
    """Covalent radius (Å, Cordero et al. via ASE) of each site's main species; 0 if unknown."""
    from ase.data import covalent_radii

    radii = np.empty(len(structure))
    for k, site in enumerate(structure):
        z = getattr(main_species(site), "Z", 0)
        radii[k] = covalent_radii[z] if isinstance(z, int) and 0 < z < len(covalent_radii) else 0.0
    return radii


def _within(structure: Any, cutoff: float | None) -> Neighbors:
    """Pairs closer than ``cutoff`` Å, or than COVALENT_TOLERANCE x covalent-radius sums."""
    radii = _covalent(structure)
    reach = cutoff if cutoff is not None else COVALENT_TOLERANCE * 2 * float(radii.max(initial=0.0))
    if reach <= 0 or len(structure) == 0:
        return Neighbors(
            np.zeros(0, int), np.zeros(0, int), np.zeros((0, 3), int), np.zeros((0, 3)), "none"
        )
    if hasattr(structure, "lattice"):
        i, j, img, d = structure.get_neighbor_list(reach)
        i, j, img = i.astype(int), j.astype(int), np.rint(img).astype(int)
        frac = structure.frac_coords
        vec = (frac[j] + img - frac[i]) @ structure.lattice.matrix
    else:
        from scipy.spatial import cKDTree

        coords = np.asarray(structure.cart_coords)
        pairs = cKDTree(coords).query_pairs(reach, output_type="ndarray").reshape(-1, 2)
        i = np.concatenate([pairs[:, 0], pairs[:, 1]]).astype(int)
        j = np.concatenate([pairs[:, 1], pairs[:, 0]]).astype(int)
        img = np.zeros((len(i), 3), int)
        vec = coords[j] - coords[i]
        d = np.linalg.norm(vec, axis=1)
    limit = cutoff if cutoff is not None else COVALENT_TOLERANCE * (radii[i] + radii[j])
    keep = (d <= limit) & (d > 0.1)
    if cutoff is None and hasattr(structure, "lattice") and keep.any():
        # first coordination shell only: drops cation-cation contacts such as Li-P in LiFePO4.
        # Hydrogen is left out: its short bonds would cut C-C bonds of organic crystals.
        heavy = np.array([getattr(main_species(site), "Z", 0) != 1 for site in structure])
        both_heavy = heavy[i] & heavy[j]
        nearest = np.full(len(structure), np.inf)
        sel = keep & both_heavy
        np.minimum.at(nearest, i[sel], d[sel])
        in_shell = (d <= SHELL_TOLERANCE * nearest[i]) | (d <= SHELL_TOLERANCE * nearest[j])
        keep &= in_shell | ~both_heavy
    method = f"distance cutoff {cutoff:g} Å" if cutoff is not None else "covalent radii"
    return Neighbors(i[keep], j[keep], img[keep], vec[keep], method)
