"""The intent check of a structure edit: replay the operations with ASE/numpy and compare.

The code shown to the user edits a pymatgen ``Structure`` (engines/code/edit_code.py). Here
the same operations (engines/code/edit_ops.py) are applied a second, independent way to the
input file read with ASE, and the sandbox's result must equal that structure site by site:
same number of sites, same element at each index, same position (modulo lattice translations,
to 0.01 Å), same lattice lengths and angles. A result that differs is never "verified".
The text-level checks come first: atoms added or removed must change the count in the
direction the words say; an edit that only moves atoms must keep the count and elements.
Lengths in Å, angles in degrees.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np

from .edit_ops import EditOp, EditRefusal, Group

POSITION_TOL_A = 0.01
MATCH_TOL_A = 0.02  # a group given by coordinates (4 decimals) is matched to sites within this


def read_atoms(path: str) -> Any:
    """The file as ASE reads it (site order and Cartesian frame of the edit)."""
    import warnings

    from ase.io import read

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return read(path)


def _cell(atoms: Any) -> np.ndarray:
    return np.array(atoms.cell.complete())


def _cart(atoms: Any, v: list[float], fractional: bool) -> np.ndarray:
    v = np.asarray(v, float)
    return v @ _cell(atoms) if fractional else v


def resolve_group(atoms: Any, g: Group) -> Group:
    """A group given by coordinates of existing atoms, as site indices and offsets."""
    if g.indices or g.coords is None:
        return g
    cell = _cell(atoms)
    frac = atoms.get_scaled_positions(wrap=False)
    out = Group(species=g.species)
    for el, c in zip(g.species, g.coords, strict=True):
        f = np.linalg.solve(cell.T, _cart(atoms, c, g.fractional))
        best = None
        for k in range(len(atoms)):
            d = f - frac[k]
            off = np.round(d)
            dist = np.linalg.norm((d - off) @ cell)
            if dist <= MATCH_TOL_A and atoms[k].symbol == el:
                best = (k, off.astype(int).tolist())
                break
        if best is None:
            raise EditRefusal(f"no {el} atom of the structure sits at {c}")
        out.indices.append(best[0])
        out.offsets.append(best[1])
    return out


def _positions(atoms: Any, g: Group) -> np.ndarray:
    cell = _cell(atoms)
    return np.array(
        [
            atoms.positions[i] + np.asarray(o) @ cell
            for i, o in zip(g.indices, g.offsets, strict=True)
        ]
    )


_SHIFTS = np.array([[i, j, k] for i in (-1, 0, 1) for j in (-1, 0, 1) for k in (-1, 0, 1)])


def periodic_distance(frac_diff: np.ndarray, cell: np.ndarray) -> float:
    """Shortest length (Å) of a fractional difference over its periodic images."""
    d = frac_diff - np.round(frac_diff)
    return float(np.min(np.linalg.norm((d + _SHIFTS) @ cell, axis=1)))


def _rotation(axis: list[float], angle_deg: float) -> np.ndarray:
    from scipy.spatial.transform import Rotation

    k = np.asarray(axis, float) / np.linalg.norm(axis)
    return Rotation.from_rotvec(np.radians(angle_deg) * k).as_matrix()


def _new_atoms(atoms: Any, g: Group, centroid: np.ndarray) -> Any:
    from ase import Atoms

    coords = np.array([_cart(atoms, c, g.fractional) for c in g.coords])
    return Atoms(
        g.species, positions=coords - coords.mean(axis=0) + centroid, cell=atoms.cell, pbc=atoms.pbc
    )


def apply(atoms: Any, op: EditOp) -> Any:
    """``atoms`` after ``op`` (a new object)."""
    from ase import Atoms

    p = op.params
    a = atoms.copy()
    n = len(a)
    if op.kind == "add_atom":
        return a + Atoms(
            p["element"], positions=[_cart(a, p["point"], p["fractional"])], cell=a.cell
        )
    if op.kind == "remove_atoms":
        drop = set(p["indices"])
        return a[[k for k in range(n) if k not in drop]]
    if op.kind == "change_atom":
        a[p["index"]].symbol = p["element"]
        return a
    if op.kind == "swap_elements":
        si, sj = a[p["i"]].symbol, a[p["j"]].symbol
        if si == sj:  # one element: the atoms exchange positions
            a.positions[[p["i"], p["j"]]] = atoms.positions[[p["j"], p["i"]]]
        else:
            a[p["i"]].symbol, a[p["j"]].symbol = sj, si
        return a
    if op.kind == "move_atoms":
        for i in p["indices"]:
            a.positions[i] += _cart(a, p["vector"], p["fractional"])
        return a
    if op.kind == "move_all":
        a.positions += np.asarray(p["vector"], float)
        return a
    if op.kind in ("move_around", "delete_around", "rotate_around"):
        dist = a.get_distances(p["index"], list(range(n)), mic=True)
        near = [k for k in range(n) if dist[k] < p["radius"]]
        if op.kind == "move_around":
            for k in near:
                a.positions[k] += np.asarray(p["vector"], float)
            return a
        if op.kind == "delete_around":
            return a[[k for k in range(n) if k not in set(near)]]
        centre = a.positions[p["index"]].copy()
        R = _rotation(p["axis"], p["angle"])
        for k in near:
            if k != p["index"]:
                a.positions[k] = centre + R @ (atoms.positions[k] - centre)
        return a
    if op.kind == "move_towards":
        d = a.positions[p["j"]] - a.positions[p["i"]]
        a.positions[p["i"]] += p["distance"] * d / np.linalg.norm(d)
        return a
    if op.kind == "insert_between":
        ref, other = p["ref"], p["j"] if p["ref"] == p["i"] else p["i"]
        d = a.positions[other] - a.positions[ref]
        if "ratio" in p:
            point = a.positions[ref] + p["ratio"] * d
        else:
            point = a.positions[ref] + p["distance"] * d / np.linalg.norm(d)
        return a + Atoms(p["element"], positions=[point], cell=a.cell)
    if op.kind == "delete_below":
        z = a.positions[p["index"], 2]
        return a[[k for k in range(n) if not a.positions[k, 2] < z - 1e-8]]
    if op.kind == "supercell":
        return a.repeat(tuple(p["size"]))
    if op.kind == "supercell_matrix":  # ASE's own construction, cell by cell
        from ase.build import make_supercell

        return make_supercell(a, np.array(p["matrix"]), wrap=False)
    if op.kind == "replace_element":
        a.set_chemical_symbols([p["new"] if s == p["old"] else s for s in a.get_chemical_symbols()])
        return a
    if op.kind == "remove_element":
        return a[[k for k, s in enumerate(a.get_chemical_symbols()) if s != p["old"]]]
    if op.kind in ("set_lattice", "deform_lattice", "scale_lattice", "lattice_parameters"):
        cell = _cell(a)
        if op.kind == "set_lattice":
            new = np.array(p["matrix"], float)
        elif op.kind == "deform_lattice":
            new = np.array(p["matrix"], float) @ cell
        elif op.kind == "scale_lattice":
            new = np.diag(p["factors"]) @ cell
        else:
            from ase.cell import Cell

            new = np.array(Cell.fromcellpar(p["parameters"]))
        a.set_cell(new, scale_atoms=True)
        return a
    if op.kind == "remove_sphere":
        centre = (
            a.positions[p["center_index"]]
            if "center_index" in p
            else _cart(a, p["center"], p.get("fractional", False))
        )
        cell = _cell(a)
        fc = np.linalg.solve(cell.T, centre)
        frac = a.get_scaled_positions(wrap=False)
        inside = []
        for k in range(n):
            near = periodic_distance(frac[k] - fc, cell) <= p["radius"]
            if near and (p.get("symbols") is None or a[k].symbol in p["symbols"]):
                inside.append(k)
        return a[[k for k in range(n) if k not in set(inside)]]
    if op.kind == "scale_sphere":
        centre = (
            a.positions[p["center_index"]]
            if "center_index" in p
            else _cart(a, p["center"], p.get("fractional", False))
        )
        cell = _cell(a)
        fc = np.linalg.solve(cell.T, centre)
        frac = a.get_scaled_positions(wrap=False)
        for k in range(n):
            if p.get("symbols") and a[k].symbol not in p["symbols"]:
                continue
            d = frac[k] - fc
            d = d - np.round(d)
            images = (d + _SHIFTS) @ cell
            j = int(np.argmin(np.linalg.norm(images, axis=1)))
            if np.linalg.norm(images[j]) <= p["radius"]:
                a.positions[k] = centre + p["factor"] * images[j]
        return a
    if op.kind == "remove_box":
        f = a.get_scaled_positions(wrap=True) if p["fractional"] else a.positions
        lo = np.array([-np.inf if x is None else x for x in p["low"]])
        hi = np.array([np.inf if x is None else x for x in p["high"]])
        inside = [
            k
            for k in range(n)
            if np.all(f[k] >= lo - 1e-8)
            and np.all(f[k] <= hi + 1e-8)
            and (p.get("symbols") is None or a[k].symbol in p["symbols"])
        ]
        return a[[k for k in range(n) if k not in set(inside)]]
    if op.kind == "remove_group":
        g = resolve_group(a, p["group"])
        return a[[k for k in range(n) if k not in set(g.indices)]]
    if op.kind == "translate_group":
        g = resolve_group(a, p["group"])
        pos = _positions(a, g)
        c = pos.mean(axis=0)
        if p["mode"] == "to":
            shift = _cart(a, p["point"], p["fractional"]) - c
        elif p["mode"] == "by":
            shift = _cart(a, p["vector"], p["fractional"])
        else:
            ref = (
                _cart(a, p["point"], p["fractional"])
                if p["mode"] == "from_point"
                else _positions(a, resolve_group(a, p["other"])).mean(axis=0)
            )
            u = (ref - c) / np.linalg.norm(ref - c)
            shift = -u * p["distance"]  # positive: away from the reference
        for k, i in enumerate(g.indices):
            a.positions[i] = pos[k] + shift
        return a
    if op.kind == "resize_group":
        g = resolve_group(a, p["group"])
        pos = _positions(a, g)
        centre = (
            pos.mean(axis=0) if p["centre_atom"] is None else pos[g.indices.index(p["centre_atom"])]
        )
        if p["factor"] is not None:
            scale = p["factor"]
        else:
            scale = p["radius"] / np.max(np.linalg.norm(pos - pos.mean(axis=0), axis=1))
        for k, i in enumerate(g.indices):
            a.positions[i] = centre + scale * (pos[k] - centre)
        return a
    if op.kind == "rotate_group":
        from scipy.spatial.transform import Rotation

        g = resolve_group(a, p["group"])
        pos = _positions(a, g)
        if p["centre"] == "self":
            centre = pos.mean(axis=0)
        elif p["centre"] == "point":
            centre = _cart(a, p["point"], p["fractional"])
        elif p["centre"] == "group":
            centre = _positions(a, resolve_group(a, p["other"])).mean(axis=0)
        else:
            pair = _positions(a, resolve_group(a, p["pair"]))
            centre = pair.mean(axis=0)
        if "euler" in p:
            R = Rotation.from_euler("ZXZ", p["euler"], degrees=True).as_matrix()
        else:
            if p["centre"] == "pair":
                k = p["pair"].indices.index(p["origin"])
                axis = pair[1 - k] - pair[k]
            else:
                axis = np.asarray(p["axis"], float)
            R = _rotation(list(axis), p["angle"])
        for k, i in enumerate(g.indices):
            a.positions[i] = centre + R @ (pos[k] - centre)
        return a
    if op.kind == "rotate_all":
        a.rotate(p["angle"], p["axis"], rotate_cell=True)
        return a
    if op.kind == "swap_groups":
        ga, gb = resolve_group(a, p["a"]), resolve_group(a, p["b"])
        pa, pb = _positions(a, ga), _positions(a, gb)
        ca, cb = pa.mean(axis=0), pb.mean(axis=0)
        for k, i in enumerate(ga.indices):
            a.positions[i] = pa[k] - ca + cb
        for k, i in enumerate(gb.indices):
            a.positions[i] = pb[k] - cb + ca
        return a
    if op.kind == "add_group":
        g = p["group"]
        if p["mode"] == "at":
            target = _cart(a, p["point"], p["fractional"])
        elif p["mode"] == "from_point":
            point_frac = p.get("point_fractional", p["fractional"])
            target = _cart(a, p["point"], point_frac) + _cart(a, p["shift"], p["fractional"])
        elif p["mode"] == "from_group":
            target = _positions(a, resolve_group(a, p["other"])).mean(axis=0) + _cart(
                a, p["shift"], p["fractional"]
            )
        else:
            pair = p["pair"]
            pos = _positions(a, pair)
            k = pair.indices.index(p["ref"])
            d = pos[1 - k] - pos[k]
            target = pos[k] + p["distance"] * d / np.linalg.norm(d)
        return a + _new_atoms(a, g, target)
    if op.kind == "replace_group":
        old = resolve_group(a, p["old"])
        pos = _positions(a, old)
        new: Group = p["new"]
        if new.coords is not None:
            added = _new_atoms(a, new, pos.mean(axis=0))
        else:
            added = Atoms(new.species, positions=pos, cell=a.cell)
        if p["appended"]:
            kept = a[[k for k in range(n) if k not in set(old.indices)]]
            return kept + added
        for k, i in enumerate(old.indices):
            a[i].symbol = added[k].symbol
            a.positions[i] = added.positions[k]
        return a
    raise EditRefusal(f"no replay for {op.kind}")


def _start(source: Any) -> Any:
    """ASE Atoms of the input: a file path, or a copy of the user's structure/atoms object."""
    if isinstance(source, str):
        return read_atoms(source)
    if hasattr(source, "get_chemical_symbols"):
        return source.copy()
    from pymatgen.io.ase import AseAtomsAdaptor

    return AseAtomsAdaptor.get_atoms(source)  # same lattice matrix and site order


def replay(source: Any, ops: list[EditOp]) -> Any:
    atoms = _start(source)
    for op in ops:
        atoms = apply(atoms, op)
    return atoms


def _direction_problems(text: str, before: int, after: int, ops: list[EditOp]) -> list[str]:
    """What the words say about the atom count, checked without the parsed operations."""
    if any(op.kind in ("supercell", "supercell_matrix") for op in ops):
        return [] if after > before else [f"a supercell must have more than {before} sites"]
    if any(op.kind == "replace_group" for op in ops):
        return []
    adds = re.search(r"\b(add|insert|append)\b", text, re.I)
    removes = re.search(r"\b(remove|delete|eliminate|take\s+out)\b", text, re.I)
    replaces = re.search(
        r"\b(replace|substitute|swap|change|translate|move|rotate|set|scale|deform)\b", text, re.I
    )
    if adds and not removes and after <= before:
        return [f"atoms were to be added, but the result has {after} sites (the file has {before})"]
    # removing by index must remove; a condition (below an atom, in a sphere) may match nothing
    by_index = any(op.kind in ("remove_atoms", "remove_group") for op in ops)
    if removes and not adds and (after > before or (by_index and after == before)):
        return [
            f"atoms were to be removed, but the result has {after} sites (the file has {before})"
        ]
    if (
        replaces
        and not adds
        and not removes
        and after != before
        and not any(op.kind == "replace_group" for op in ops)
    ):
        return [f"the edit should keep {before} sites; the result has {after}"]
    return []


def compare(got: Any, expected: Any) -> str | None:
    """None when the pymatgen Structure ``got`` equals the ASE Atoms ``expected`` site by site."""
    if len(got) != len(expected):
        return f"{len(got)} sites, the instruction gives {len(expected)}"
    par = expected.cell.cellpar()
    if not (
        np.allclose(got.lattice.abc, par[:3], atol=1e-3)
        and np.allclose(got.lattice.angles, par[3:], atol=1e-2)
    ):
        return "the lattice differs from the one the instruction gives"
    cell = _cell(expected)
    frac_e = np.linalg.solve(cell.T, expected.positions.T).T
    symbols = expected.get_chemical_symbols()
    for k, site in enumerate(got):
        if site.species_string != symbols[k]:
            return f"site {k} is {site.species_string}; the instruction gives {symbols[k]}"
        d = site.frac_coords - frac_e[k]
        d -= np.round(d)
        err = np.linalg.norm(d @ cell)
        if err > POSITION_TOL_A:
            return f"site {k} ({symbols[k]}) is {err:.3f} Å from where the instruction puts it"
    return None


def check(text: str, source: Any, ops: list[EditOp], structure: Any) -> tuple[list[str], Any]:
    """(mismatches, expected Atoms) for the result ``structure`` of ``ops`` on ``source``
    (a file path or the user's object)."""
    before = len(_start(source))
    expected = replay(source, ops)
    problems = _direction_problems(text, before, len(structure), ops)
    why = compare(structure, expected)
    if why:
        problems.append("the edited structure does not follow the instruction: " + why)
    return problems, expected


def min_distance(atoms: Any) -> float:
    """Shortest interatomic distance (minimum image), Å; inf for one atom."""
    if len(atoms) < 2:
        return float("inf")
    d = atoms.get_all_distances(mic=True)
    np.fill_diagonal(d, np.inf)
    return float(d.min())
