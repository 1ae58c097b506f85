"""Build tests/data/edit_probes.jsonl: structure-edit instructions with an input CIF and the expected result.

A probe set of the AtomWorldBench kind (../shared/data/external/atomworldbench) written by us:
every action kind of that benchmark (simple and verbose task sets), in its own phrasings with new
parameters, in a few phrasings of our own, and instructions that must be refused (``expected_cif``
None: an index out of range, a missing parameter, an action nobody can bind).

The expected structures are computed here with ASE and numpy, one small function per action,
written from the semantics stated in the benchmark's action definitions (read for understanding;
no code copied) and never through the code engine:

* indices are the order of sites in the input file, from 0; lengths in Å, angles in degrees;
* Cartesian coordinates are in the frame ASE gives a CIF (a along x, b in the xy plane);
* nothing is wrapped back into the cell; added atoms are appended in the order described;
* simple "swap" exchanges the two atoms' elements (positions stay), verbose "swap" moves each group
  to the other's centroid (elements stay with their index);
* "rotate around an atom" picks the neighbours by minimum-image distance (strictly below the radius,
  the centre excluded) and rotates their positions as listed in the file;
* "delete below" keeps the reference atom and atoms at its height in both wordings;
* a supercell lists the images in ASE's order (image by image, the last axis fastest);
* regions (sphere, box) are periodic: an atom is inside when one of its images is.

Inputs are crystals from ../shared/data/cif (when present) and structures built here with ASE,
written as CIF by ASE. Run: ``python tests/data/build_edit_probes.py`` (rewrites the JSONL).

First run, before the engine saw these probes (December 2026, commit "Edit probes: own
AtomWorldBench-style set"): 19 of 51 correct, 23 refused, 1 not verified, 8 verified but wrong
(rotations across the cell boundary, a sphere that ignored periodic images, a swap of two
elements that reordered sites, an added group, an atom added at a point, a move towards itself).
"""

from __future__ import annotations

import io
import json
import warnings
from pathlib import Path

import numpy as np
from ase import Atoms
from ase.build import bulk, fcc111
from ase.io import read, write
from ase.spacegroup import crystal

HERE = Path(__file__).resolve().parent
OUT = HERE / "edit_probes.jsonl"
SHARED_CIF = HERE.parents[2] / "shared" / "data" / "cif"


# ---------------------------------------------------------------- inputs
def _cif(atoms: Atoms) -> str:
    buf = io.BytesIO()
    write(buf, atoms, format="cif")
    return buf.getvalue().decode()


def _read(text: str) -> Atoms:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return read(io.StringIO(text), format="cif")


def inputs() -> dict[str, str]:
    """name -> CIF text (read back by ASE in the benchmark's frame)."""
    built = {
        "NaCl": bulk("NaCl", "rocksalt", a=5.64, cubic=True),
        "Mg_hcp_221": bulk("Mg", "hcp", a=3.21, c=5.21) * (2, 2, 1),
        "ZnO": crystal(
            ["Zn", "O"],
            [(1 / 3, 2 / 3, 0), (1 / 3, 2 / 3, 0.382)],
            spacegroup=186,
            cellpar=[3.25, 3.25, 5.21, 90, 90, 120],
        ),
        "SrTiO3_211": crystal(
            ["Sr", "Ti", "O"],
            [(0, 0, 0), (0.5, 0.5, 0.5), (0.5, 0.5, 0)],
            spacegroup=221,
            cellpar=[3.905] * 3 + [90] * 3,
        )
        * (2, 1, 1),
        "Pt_slab": fcc111("Pt", size=(2, 2, 4), vacuum=6.0),
    }
    out = {}
    for name, atoms in built.items():
        atoms.wrap()
        out[name] = _cif(atoms)
    for name in ("LiFePO4", "La2CoO4", "CsI3Pb"):
        path = SHARED_CIF / f"{name}.cif"
        if path.is_file():
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                atoms = read(path)
            atoms.wrap()
            out[name] = _cif(atoms)
    return out


# ---------------------------------------------------------------- reference edits (ASE/numpy)
def unit(v):
    v = np.asarray(v, float)
    return v / np.linalg.norm(v)


def rot(axis, angle_deg):
    """Right-handed rotation matrix (Rodrigues)."""
    k = unit(axis)
    t = np.radians(angle_deg)
    K = np.array([[0, -k[2], k[1]], [k[2], 0, -k[0]], [-k[1], k[0], 0]])
    return np.eye(3) + np.sin(t) * K + (1 - np.cos(t)) * K @ K


def mic_dist(a: Atoms, i: int) -> np.ndarray:
    return a.get_distances(i, range(len(a)), mic=True)


def pos_with_offsets(a: Atoms, idx, offs):
    cell = np.array(a.cell)
    return np.array(
        [a.positions[i] + np.asarray(o) @ cell for i, o in zip(idx, offs, strict=False)]
    )


def e_add(a, el, p):
    b = a.copy()
    b += Atoms(el, positions=[p])
    return b


def e_remove(a, idx):
    keep = [k for k in range(len(a)) if k not in set(idx)]
    return a[keep]


def e_move(a, idx, d):
    b = a.copy()
    for i in idx:
        b.positions[i] += np.asarray(d, float)
    return b


def e_change(a, i, el):
    b = a.copy()
    b[i].symbol = el
    return b


def e_swap_elements(a, i, j):
    b = a.copy()
    si, sj = b[i].symbol, b[j].symbol
    b[i].symbol, b[j].symbol = sj, si
    return b


def e_insert(a, el, i, j, ratio):
    p = a.positions[i] + ratio * (a.positions[j] - a.positions[i])
    return e_add(a, el, p)


def e_towards(a, i, j, d):
    return e_move(a, [i], d * unit(a.positions[j] - a.positions[i]))


def e_below(a, i):
    z = a.positions[i, 2]
    return a[[k for k in range(len(a)) if not a.positions[k, 2] < z]]


def e_rotate_around(a, i, r, angle, axis):
    b = a.copy()
    c = a.positions[i]
    R = rot(axis, angle)
    for k in np.where(mic_dist(a, i) < r)[0]:
        if k != i:
            b.positions[k] = c + R @ (a.positions[k] - c)
    return b


def e_supercell(a, n):
    return a * tuple(n)


def e_delete_around(a, i, r):
    return a[[k for k in range(len(a)) if not mic_dist(a, i)[k] < r]]


def e_replace_element(a, old, new):
    b = a.copy()
    b.set_chemical_symbols([new if s == old else s for s in b.get_chemical_symbols()])
    return b


def e_remove_element(a, old):
    return a[[k for k, s in enumerate(a.get_chemical_symbols()) if s != old]]


def e_set_cell(a, cell):
    b = a.copy()
    b.set_cell(cell, scale_atoms=True)
    return b


def e_sphere(a, centre, r, symbols=None):
    frac_c = np.linalg.solve(np.array(a.cell).T, centre)
    inside = []
    for k in range(len(a)):
        d = a.get_scaled_positions(wrap=False)[k] - frac_c
        d -= np.round(d)
        images = d + np.array(
            [[i, j, m] for i in (-1, 0, 1) for j in (-1, 0, 1) for m in (-1, 0, 1)]
        )
        if np.min(np.linalg.norm(images @ np.array(a.cell), axis=1)) <= r and (
            symbols is None or a[k].symbol in symbols
        ):
            inside.append(k)
    return e_remove(a, inside)


def e_box(a, lo, hi):
    f = a.get_scaled_positions(wrap=True)
    inside = [k for k in range(len(a)) if np.all(f[k] >= lo) and np.all(f[k] <= hi)]
    return e_remove(a, inside)


def e_add_motif(a, species, coords, target):
    coords = np.asarray(coords, float)
    b = a.copy()
    b += Atoms(species, positions=coords - coords.mean(0) + target)
    return b


def e_translate_motif(a, idx, offs, shift):
    b = a.copy()
    p = pos_with_offsets(a, idx, offs)
    for k, i in enumerate(idx):
        b.positions[i] = p[k] + shift
    return b


def e_swap_motifs(a, ia, oa, ib, ob):
    b = a.copy()
    pa, pb = pos_with_offsets(a, ia, oa), pos_with_offsets(a, ib, ob)
    ca, cb = pa.mean(0), pb.mean(0)
    for k, i in enumerate(ia):
        b.positions[i] = pa[k] - ca + cb
    for k, i in enumerate(ib):
        b.positions[i] = pb[k] - cb + ca
    return b


def e_replace_motif(a, idx, offs, species, coords):
    p = pos_with_offsets(a, idx, offs)
    coords = np.asarray(coords, float)
    new = coords - coords.mean(0) + p.mean(0)
    b = e_remove(a, idx)
    b += Atoms(species, positions=new)
    return b


# ---------------------------------------------------------------- formatting like the benchmark
def np_vec(v, decimals=3):
    return str(np.round(np.asarray(v, float), decimals))


def tup(v, p=4):
    return "(" + ", ".join(f"{x:.{p}f}" for x in v) + ")"


def tups(vs, p=4):
    return "(" + ", ".join(tup(v, p) for v in vs) + ")"


def idx_t(ix):
    return "(" + ", ".join(str(i) for i in ix) + ")"


def offs_t(os_):
    return "(" + ", ".join("(" + ", ".join(str(int(x)) for x in o) + ")" for o in os_) + ")"


GROUP = {1: "an atom", 2: "a pair of atoms/species", 3: "a triplet of atoms/species"}
GROUP[4] = "a quadruplet of atoms/species"


def motif_name(species):
    return (
        f"an atom {species[0]}"
        if len(species) == 1
        else f"{GROUP[len(species)]} {', '.join(species)}"
    )


def motif_at(a, idx, offs):
    species = [a[i].symbol for i in idx]
    text = f"{motif_name(species)} at site indices: {idx_t(idx)}"
    if np.any(np.asarray(offs)):
        text += (
            f" and offsets {offs_t(offs)}. Offsets represents how many unit cells the atoms are "
            "away from the origin unit cell (fractional coordinates between 0 and 1) in the "
            "direction of each lattice vector."
        )
    return text


# ---------------------------------------------------------------- probes
def probes(ins: dict[str, str]) -> list[dict]:
    out: list[dict] = []

    def add(kind, name, instruction, result):
        out.append(
            {
                "id": f"edit_probes/{kind}/{len(out):02d}",
                "action": kind,
                "instruction": instruction,
                "input_name": name,
                "input_cif": ins[name],
                "expected_cif": None if result is None else _cif(result),
            }
        )

    A = {k: _read(v) for k, v in ins.items()}
    names = list(A)
    big = [n for n in names if len(A[n]) >= 10]
    s1, s2, s3 = (big + names)[:3]
    hexa = "ZnO"
    tilted = "La2CoO4" if "La2CoO4" in A else "Mg_hcp_221"
    lfp = "LiFePO4" if "LiFePO4" in A else "SrTiO3_211"

    # --- simple: add
    a = A[tilted]
    p = np.array([0.21, 0.64, 0.37]) @ np.array(a.cell)
    add(
        "AddAtom",
        tilted,
        f"Add one Ag atom at the Cartesian coordinate {np_vec(p)} to the cif file.",
        e_add(a, "Ag", np.round(p, 3)),
    )
    a = A["NaCl"]
    add(
        "AddAtom",
        "NaCl",
        "Add a K atom at Cartesian coordinates (1.41, 1.41, 1.41) Å to the structure.",
        e_add(a, "K", [1.41, 1.41, 1.41]),
    )
    # --- remove
    a = A[s1]
    add(
        "RemoveAtom",
        s1,
        "Remove the atom at index 5 from the cif file. The indices of atoms are started from 0.",
        e_remove(a, [5]),
    )
    a = A[hexa]
    add(
        "RemoveAtom",
        hexa,
        f"Remove the atom at index {len(a) - 1} from the cif file. The indices of atoms are started from 0.",
        e_remove(a, [len(a) - 1]),
    )
    a = A["SrTiO3_211"]
    add(
        "RemoveAtom",
        "SrTiO3_211",
        "Delete the atoms with indices 2 and 7 (counting from 0).",
        e_remove(a, [2, 7]),
    )
    # --- move
    a = A[s2]
    d = np.array([0.512, -1.27, 2.003])
    add(
        "MoveAtom",
        s2,
        f"Move the atom at index 3 by {np_vec(d)} angstrom in the cif file.",
        e_move(a, [3], d),
    )
    a = A[tilted]
    d = np.array([-1.0, 0.0, 0.0])
    add(
        "MoveAtom",
        tilted,
        f"Move the atom at index 0 by {np_vec(d)} angstrom in the cif file.",
        e_move(a, [0], d),
    )
    a = A["NaCl"]
    add(
        "MoveAtom",
        "NaCl",
        "Shift atom 4 by (0.3, 0.0, -0.25) Å.",
        e_move(a, [4], [0.3, 0.0, -0.25]),
    )
    # --- change
    a = A[s3]
    add(
        "ChangeAtom",
        s3,
        "Change the atom at index 2 into Nb in the cif file. The indices of atoms are started from 0.",
        e_change(a, 2, "Nb"),
    )
    a = A["ZnO"]
    add("ChangeAtom", "ZnO", "Substitute the atom at index 1 with Mg.", e_change(a, 1, "Mg"))
    # --- swap (simple)
    a = A[lfp]
    i, j = 0, len(a) - 1
    add(
        "SwapAtoms",
        lfp,
        f"Swap the spatial positions of atoms at indices {i} and {j} in the cif file. The indices of atoms are started from 0.",
        e_swap_elements(a, i, j),
    )
    a = A["SrTiO3_211"]
    add(
        "SwapAtoms",
        "SrTiO3_211",
        "Swap the spatial positions of atoms at indices 4 and 1 in the cif file. The indices of atoms are started from 0.",
        e_swap_elements(a, 4, 1),
    )
    # --- insert between (both upstream phrasings)
    a = A[s1]
    ratio = 0.37
    dist = np.linalg.norm(a.positions[4] - a.positions[1]) * ratio
    add(
        "InsertBetweenAtoms",
        s1,
        f"Insert a Se atom in the line between atoms at indices 1 and 4, and the inserted atom must be {dist:.2f} angstrom from atom at 1 in the cif file.",
        e_insert(a, "Se", 1, 4, ratio),
    )
    a = A[hexa]
    ratio = 0.6
    dist = np.linalg.norm(a.positions[0] - a.positions[2]) * ratio
    add(
        "InsertBetweenAtoms",
        hexa,
        f"Insert Ga between atoms at indices 2 and 0 that are {dist:.4f} angstrom from 2 in the cif file.",
        e_insert(a, "Ga", 2, 0, ratio),
    )
    # --- move towards
    a = A[s2]
    add(
        "MoveTowardsAtom",
        s2,
        "Move the atom at index 1 towards the atom at index 6 by 0.8125 angstrom in the cif file.",
        e_towards(a, 1, 6, 0.8125),
    )
    a = A[tilted]
    add(
        "MoveTowardsAtom",
        tilted,
        "Move the atom at index 7 towards the atom at index 2 by 1.5 angstrom in the cif file.",
        e_towards(a, 7, 2, 1.5),
    )
    # --- delete below
    a = A["Pt_slab"]
    add(
        "DeleteBelowAtom",
        "Pt_slab",
        "Delete all atoms whose z coordinate is lower than the atom at index 9 in the cif file. Excluding itself and atoms with the same z coordinate.",
        e_below(a, 9),
    )
    a = A[s3]
    k = int(np.argsort(a.positions[:, 2])[len(a) // 2])
    add(
        "DeleteBelowAtom",
        s3,
        f"Delete all atoms whose z coordinate is lower than the atom at index {k} in the cif file. Including itself and atoms with the same z coordinate.",
        e_below(a, k),
    )
    # --- rotate around an atom (pick centres whose neighbours cross the cell boundary)
    for name, axis, angle in (
        (s1, [0.0, 0.0, 1.0], 73.5),
        (tilted, [0.0, -1.0, 0.0], 201.25),
        (hexa, [1.0, 0.0, 0.0], 120.0),
    ):
        a = A[name]
        best = None
        for c in range(len(a)):
            dm = mic_dist(a, c)
            plain = np.linalg.norm(a.positions - a.positions[c], axis=1)
            near = [k for k in np.where(dm < 3.2)[0] if k != c]
            crossing = [k for k in near if abs(dm[k] - plain[k]) > 1e-6]
            if near and crossing:
                best = c
                break
        c = 0 if best is None else best
        r = 3.2
        add(
            "RotateAroundAtom",
            name,
            f"Rotate all surrounding atoms within {r:.4f} angstrom of the center atom at index {c} by {angle:.4f} degree around the axis {np.array(axis)} in the cif file. The rotation should following the right-hand rule.",
            e_rotate_around(a, c, r, angle, axis),
        )
    # --- supercell
    for name, n, mul in (("NaCl", (2, 1, 1), "x"), (hexa, (1, 2, 3), " by "), (s1, (2, 2, 1), "*")):
        add(
            "SuperCell",
            name,
            f"Create a supercell with the size {mul.join(map(str, n))}.",
            e_supercell(A[name], n),
        )

    # --- verbose: change element
    a = A[lfp]
    el = a[0].symbol
    add(
        "ChangeElement",
        lfp,
        f"replace all atoms of element {el} with Na.",
        e_replace_element(a, el, "Na"),
    )
    a = A["SrTiO3_211"]
    add(
        "ChangeElement",
        "SrTiO3_211",
        "remove all atoms of element O without affecting the order of other atoms.",
        e_remove_element(a, "O"),
    )
    # --- lattice transform (four modes)
    a = A[s2]
    M = np.array([[1.02, 0.0, 0.01], [0.0, 0.98, 0.0], [0.03, 0.0, 1.01]])
    add(
        "LatticeTransform",
        s2,
        f"deform the current lattice by the matrix {tups(M)} suppose the original lattice matrix is L_old, then the new lattice matrix L_new = transformation_matrix @ L_old. note that the atomic positions should be scaled accordingly so that their fractional coordinates are unchanged.",
        e_set_cell(a, M @ np.array(a.cell)),
    )
    a = A[tilted]
    add(
        "LatticeTransform",
        tilted,
        "uniformly scale the current lattice vectors by a factor of 1.0350. do not rotate or shear the lattice. note that the atomic positions should be scaled accordingly so that their fractional coordinates are unchanged.",
        e_set_cell(a, 1.035 * np.array(a.cell)),
    )
    a = A[hexa]
    f = [1.1, 0.95, 1.2]
    add(
        "LatticeTransform",
        hexa,
        f"scale the current lattice by factors of {tup(f)} along the a, b, and c lattice vectors. do not rotate or shear the lattice. note that the atomic positions should be scaled accordingly so that their fractional coordinates are unchanged.",
        e_set_cell(a, np.diag(f) @ np.array(a.cell)),
    )
    a = A["NaCl"]
    par = [5.9, 5.7, 5.5, 88.0, 92.0, 95.0]
    from ase.cell import Cell

    add(
        "LatticeTransform",
        "NaCl",
        f"reset the lattice matrix such that its lattice vector lengths and angles (a, b, c, alpha, beta, gamma) = {tup(par)}. the new lattice vector a should be aligned with the original lattice vector a, and the normal vector of the ab plane should be aligned with that of the original ab plane. note that the atomic positions should be scaled accordingly so that their fractional coordinates are unchanged.",
        e_set_cell(a, Cell.fromcellpar(par)),
    )
    a = A[s3]
    L = np.array(a.cell) * 1.01 + np.array([[0, 0.2, 0], [0, 0, 0], [0.1, 0, 0]])
    add(
        "LatticeTransform",
        s3,
        f"set the lattice directly to the matrix {tups(L)}. the matrix rows correspond to the new lattice vectors a, b, and c, respectively. note that the atomic positions should be scaled accordingly so that their fractional coordinates are unchanged.",
        e_set_cell(a, L),
    )
    # --- remove motif: sphere (periodic, coordinates / atom index / symbols), box (partial bounds)
    a = A[s1]
    centre = np.array(a.cell)[0] * 0.98 + np.array(a.cell)[1] * 0.03  # near a corner: images count
    add(
        "RemoveMotif",
        s1,
        f"Remove all atoms in the spherical region centered at cartesian coordinates {tup(centre)} with radius 2.4000 angstroms from the structure.  do not change the order of remaining atoms in structure.",
        e_sphere(a, centre, 2.4),
    )
    a = A[lfp]
    add(
        "RemoveMotif",
        lfp,
        "Remove all atoms in the spherical region centered at atom with index 3 in structure with radius 2.2500 angstroms from the structure.  do not change the order of remaining atoms in structure.",
        e_sphere(a, a.positions[3], 2.25),
    )
    a = A[tilted]
    add(
        "RemoveMotif",
        tilted,
        "Remove all atoms with fractional coordinates satisfying: 0.2000 ≤ x ≤ 0.7000, z ≥ 0.3000 from the structure.  do not change the order of remaining atoms in structure.",
        e_box(a, [0.2, -np.inf, 0.3], [0.7, np.inf, np.inf]),
    )
    # --- translate motif (absolute cart/frac, by vector, towards/away from a point)
    a = A[lfp]
    idx, offs = [2, 9], [[0, 0, 0], [0, 0, 0]]
    target = np.array([4.1, 2.2, 1.7])
    add(
        "TranslateMotif",
        lfp,
        f"translate [{motif_at(a, idx, offs)}] so as to relocate its centroid at cartesian coordinates {tup(target)}. update atom positions only, do not change their order in structure.",
        e_translate_motif(a, idx, offs, target - pos_with_offsets(a, idx, offs).mean(0)),
    )
    a = A[s2]
    idx, offs = [1], [[0, 0, 0]]
    ft = np.array([0.25, 0.5, 0.75])
    add(
        "TranslateMotif",
        s2,
        f"translate [{motif_at(a, idx, offs)}] so as to relocate its centroid at fractional coordinates {tup(ft)}. update atom positions only, do not change their order in structure.",
        e_translate_motif(a, idx, offs, ft @ np.array(a.cell) - a.positions[1]),
    )
    a = A[s1]
    idx, offs = [0, 3], [[0, 0, 0], [1, 0, 0]]
    v = np.array([0.5, -0.25, 1.0])
    add(
        "TranslateMotif",
        s1,
        f"translate [{motif_at(a, idx, offs)}] by {tup(v)} in cartesian coordinates. update atom positions only, do not change their order in structure.",
        e_translate_motif(a, idx, offs, v),
    )
    a = A[tilted]
    idx, offs = [4], [[0, 0, 0]]
    ref = np.array([1.0, 1.0, 1.0])
    dist = 0.75
    shift = -unit(ref - a.positions[4]) * dist
    add(
        "TranslateMotif",
        tilted,
        f"translate [{motif_at(a, idx, offs)}] so as to move its centroid {dist:.4f} angstroms away from a reference point at cartesian coordinates {tup(ref)}. update atom positions only, do not change their order in structure.",
        e_translate_motif(a, idx, offs, shift),
    )
    # --- swap motifs (different elements; cluster with offsets)
    a = A[lfp]
    i, j = 0, 20
    add(
        "SwapMotif",
        lfp,
        f"swap the position of [{motif_at(a, [i], [[0, 0, 0]])}] with the position of [{motif_at(a, [j], [[0, 0, 0]])}] in the structure.",
        e_swap_motifs(a, [i], [[0, 0, 0]], [j], [[0, 0, 0]]),
    )
    a = A[s2]
    ia, oa, ib, ob = [0, 2], [[0, 0, 0], [0, 0, 1]], [5], [[0, 0, 0]]
    add(
        "SwapMotif",
        s2,
        f"swap the position of [{motif_at(a, ia, oa)}] with the position of [{motif_at(a, ib, ob)}] in the structure. swap by translating to each other's centroid, such that the internal configuration and relative position to centroid within each motif should remain unchanged.",
        e_swap_motifs(a, ia, oa, ib, ob),
    )
    # --- add motif (four placements)
    a = A[s3]
    sp, co = ["C", "O"], [[0.0, 0.0, 0.0], [0.0, 0.0, 1.128]]
    tgt = np.array([1.5, 1.2, 2.0])
    add(
        "AddMotif",
        s3,
        f"add [{motif_name(sp)} with cartesian coordinates: {tups(co)}] to the structure, with its centroid located at cartesian coordinates {tup(tgt)}. newly added motif should be appended to the end of the structure, in the order as described.",
        e_add_motif(a, sp, co, tgt),
    )
    a = A[hexa]
    add(
        "AddMotif",
        hexa,
        "add [an atom Li] to the structure, with its centroid located at fractional coordinates (0.5000, 0.5000, 0.5000). newly added motif should be appended to the end of the structure, in the order as described.",
        e_add_motif(a, ["Li"], [[0, 0, 0]], np.array([0.5, 0.5, 0.5]) @ np.array(a.cell)),
    )
    a = A[s1]
    sp, co = ["N", "H", "H"], [[0.0, 0.0, 0.0], [0.95, 0.0, 0.3], [-0.4, 0.85, 0.3]]
    ref, sh = np.array([2.0, 2.0, 2.0]), np.array([0.3, -0.2, 0.1])
    add(
        "AddMotif",
        s1,
        f"add [{motif_name(sp)} with cartesian coordinates: {tups(co)}] to the structure, with its centroid shifted in cartesian coordinates by {tup(sh)} relative to a reference point at cartesian coordinates {tup(ref)}. newly added motif should be appended to the end of the structure, in the order as described.",
        e_add_motif(a, sp, co, ref + sh),
    )
    a = A[lfp]
    sp, co = ["Cl", "Cl"], [[0.0, 0.0, 0.0], [1.99, 0.0, 0.0]]
    pi, po = [4, 10], [[0, 0, 0], [0, 1, 0]]
    pp = pos_with_offsets(a, pi, po)
    tgt = pp[0] + 0.9 * unit(pp[1] - pp[0])
    add(
        "AddMotif",
        lfp,
        f"Add {motif_name(sp)} with cartesian coordinates: {tups(co)} to the structure, with its centroid located on the line between atoms in {motif_at(a, pi, po)}, at 0.9000 angstroms away from the atom indexed 4 (in the original structure).   Newly added motif should be appended to the end of the structure, in the order as described.",
        e_add_motif(a, sp, co, tgt),
    )
    a = A[s2]
    rel_i = [0, 1]
    cen = a.positions[rel_i].mean(0)
    sh = np.array([0.0, 0.0, 1.5])
    add(
        "AddMotif",
        s2,
        f"add [an atom F] to the structure, with its centroid shifted in cartesian coordinates by {tup(sh)} relative to the centroid of [{motif_at(a, rel_i, [[0, 0, 0]] * 2)}]. newly added motif should be appended to the end of the structure, in the order as described.",
        e_add_motif(a, ["F"], [[0, 0, 0]], cen + sh),
    )
    # --- replace motif
    a = A[s3]
    idx, offs = [1, 2], [[0, 0, 0], [0, 0, 0]]
    sp, co = ["S", "Se"], [[0.0, 0.0, 0.0], [2.2, 0.0, 0.0]]
    add(
        "ReplaceMotif",
        s3,
        f"Replace {motif_at(a, idx, offs)} with {motif_name(sp)} with cartesian coordinates: {tups(co)}.  place the new atoms such that their centroid matches the centroid of the removed atoms. do not change the order of other unaffected atoms, and the newly added atoms should be appended to the end of the structure in the order as described.",
        e_replace_motif(a, idx, offs, sp, co),
    )

    # --- must be refused (expected None)
    a = A["NaCl"]
    add(
        "Refuse",
        "NaCl",
        f"Remove the atom at index {len(a) + 3} from the cif file. The indices of atoms are started from 0.",
        None,
    )
    add(
        "Refuse",
        "NaCl",
        "Move the atom at index 2 towards the atom at index 2 by 1.0 angstrom in the cif file.",
        None,
    )
    add(
        "Refuse",
        "NaCl",
        "Rotate all surrounding atoms of the center atom at index 1 around the axis [0. 0. 1.] in the cif file.",
        None,
    )
    add("Refuse", "NaCl", "Twist the atom at index 3 by 12 degrees in the cif file.", None)
    add(
        "Refuse",
        "NaCl",
        "Insert a Ge atom in the line between atoms at indices 0 and 1 in the cif file.",
        None,
    )
    return out


def main() -> None:
    rows = probes(inputs())
    OUT.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {len(rows)} probes to {OUT}")


if __name__ == "__main__":
    main()
