# ruff: noqa: E501  (instruction templates are kept on one line, as the benchmark writes them)
"""Random AtomWorldBench-worded edits on the development side's input structures (robustness).

    PYTHONPATH=. python benchmarks/edit_fuzz.py [SEED] [N]

Each task takes one of the benchmark's instruction templates (simple and verbose sets) with
random parameters in the benchmark's own number formats (numpy vectors, 4-decimal tuples,
offsets, fractional or Cartesian) on one of the input CIFs of
../shared/data/external/atomworldbench; the expected structure comes from the ASE functions of
tests/data/build_edit_probes.py, never from the engine. Scored like AtomWorldBench by
benchmarks/codegen_external.py (correct / refused / not verified / verified but wrong).
This tests the reader's coverage of wordings and formats, not the benchmark's semantics (the
development tasks and SOURCE.md do that).
"""

from __future__ import annotations

import json
import sys
import tempfile
import warnings
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "data"))
sys.path.insert(0, str(ROOT / "benchmarks"))
AWB = ROOT.parent / "shared" / "data" / "external" / "atomworldbench" / "atomworldbench_tasks.jsonl"


def tasks(seed: int, n_simple: int, n_verbose: int) -> list[dict]:
    import build_edit_probes as B
    from ase.cell import Cell

    warnings.simplefilter("ignore")
    rng = np.random.default_rng(seed)
    inputs: dict[str, str] = {}
    for line in AWB.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        inputs.setdefault(d["mp_id"] + d["task_set"], d["input_cif"])
    names = list(inputs)
    out: list[dict] = []

    def add(kind, name, text, res):
        out.append(
            {
                "id": f"fuzz/{kind}/{len(out)}",
                "instruction": text,
                "input_cif": inputs[name],
                "expected_cif": B._cif(res),
            }
        )

    def coords_desc(a, idx, offs, frac):
        pos = B.pos_with_offsets(a, idx, offs)
        c = pos @ np.linalg.inv(np.array(a.cell)) if frac else pos
        sp = [a[i].symbol for i in idx]
        return f"{B.motif_name(sp)} with {'fractional' if frac else 'cartesian'} coordinates: {B.tups(c) if len(idx) > 1 else B.tup(c[0])}"

    for _ in range(n_simple):
        name = names[rng.integers(len(names))]
        a = B._read(inputs[name])
        n = len(a)
        k = rng.choice(
            [
                "move",
                "remove",
                "towards",
                "rotate",
                "supercell",
                "swap",
                "below",
                "insert",
                "add",
                "change",
                "tm_to",
                "tm_by",
                "tm_rel",
                "swapm",
                "addm_at",
                "addm_line",
                "addm_rel",
                "lat",
                "chel",
                "sphere",
            ]
        )
        i, j = [int(x) for x in rng.choice(n, 2, replace=False)]
        cell = np.array(a.cell)
        if k == "move":
            d = np.round(rng.normal(scale=2.0, size=3), 3)
            add(
                k,
                name,
                f"Move the atom at index {i} by {d} angstrom in the cif file.",
                B.e_move(a, [i], d),
            )
        elif k == "remove":
            add(
                k,
                name,
                f"Remove the atom at index {i} from the cif file. The indices of atoms are started from 0.",
                B.e_remove(a, [i]),
            )
        elif k == "towards":
            dist = round(float(rng.uniform(0.1, 3)), 3)
            add(
                k,
                name,
                f"Move the atom at index {i} towards the atom at index {j} by {dist} angstrom in the cif file.",
                B.e_towards(a, i, j, dist),
            )
        elif k == "rotate":
            r = round(float(rng.uniform(1.5, 4)), 3)
            ang = round(float(rng.uniform(45, 315)), 3)
            ax = np.array([[1, 0, 0], [0, 1, 0], [0, 0, 1], [-1, 0, 0], [0, -1, 0], [0, 0, -1]])[
                rng.integers(6)
            ]
            axn = ax / np.linalg.norm(ax)
            add(
                k,
                name,
                f"Rotate all surrounding atoms within {r} angstrom of the center atom at index {i} by {ang} degree around the axis {axn} in the cif file. The rotation should following the right-hand rule.",
                B.e_rotate_around(a, i, r, ang, ax),
            )
        elif k == "supercell":
            s = [int(x) for x in rng.integers(1, 3, 3)]
            if s == [1, 1, 1]:
                s = [2, 1, 1]
            mul = ["x", "*", "X", " by "][rng.integers(4)]
            add(
                k,
                name,
                f"Create a supercell with the size {mul.join(map(str, s))}.",
                B.e_supercell(a, s),
            )
        elif k == "swap":
            if a[i].symbol == a[j].symbol:
                continue
            add(
                k,
                name,
                f"Swap the spatial positions of atoms at indices {i} and {j} in the cif file. The indices of atoms are started from 0.",
                B.e_swap_elements(a, i, j),
            )
        elif k == "below":
            inc = ["Including", "Excluding"][rng.integers(2)]
            add(
                k,
                name,
                f"Delete all atoms whose z coordinate is lower than the atom at index {i} in the cif file. {inc} itself and atoms with the same z coordinate.",
                B.e_below(a, i),
            )
        elif k == "insert":
            dr = round(float(rng.uniform(0.1, 0.9)), 3)
            dist = np.linalg.norm(a.positions[j] - a.positions[i]) * dr
            add(
                k,
                name,
                f"Insert a Ge atom in the line between atoms at indices {i} and {j}, and the inserted atom must be {dist:.2f} angstrom from atom at {i} in the cif file.",
                B.e_insert(a, "Ge", i, j, dr),
            )
        elif k == "add":
            p = np.round(rng.random(3) @ cell, 3)
            add(
                k,
                name,
                f"Add one W atom at the Cartesian coordinate {p} to the cif file.",
                B.e_add(a, "W", p),
            )
        elif k == "change":
            add(
                k,
                name,
                f"Change the atom at index {i} into I in the cif file. The indices of atoms are started from 0.",
                B.e_change(a, i, "I"),
            )
        elif k in ("tm_to", "tm_by", "tm_rel"):
            idx = [i, j][: 1 + rng.integers(2)]
            offs = [
                [int(x) for x in rng.integers(-1, 2, 3)] if rng.random() < 0.4 else [0, 0, 0]
                for _ in idx
            ]
            frac = bool(rng.integers(2))
            cw = "fractional coordinates" if frac else "cartesian coordinates"
            pos = B.pos_with_offsets(a, idx, offs)
            c = pos.mean(0)
            if k == "tm_to":
                f = rng.random(3)
                t = f if frac else f @ cell
                add(
                    k,
                    name,
                    f"translate [{B.motif_at(a, idx, offs)}] so as to relocate its centroid at {cw} {B.tup(t)}. update atom positions only, do not change their order in structure.",
                    B.e_translate_motif(
                        a, idx, offs, np.round(t, 4) @ cell - c if frac else np.round(t, 4) - c
                    ),
                )
            elif k == "tm_by":
                f = rng.uniform(-0.5, 0.5, 3)
                v = f if frac else f @ cell
                add(
                    k,
                    name,
                    f"translate [{B.motif_at(a, idx, offs)}] by {B.tup(v)} in {cw}. update atom positions only, do not change their order in structure.",
                    B.e_translate_motif(
                        a, idx, offs, np.round(v, 4) @ cell if frac else np.round(v, 4)
                    ),
                )
            else:
                f = rng.random(3)
                ref = f if frac else f @ cell
                refc = np.round(ref, 4) @ cell if frac else np.round(ref, 4)
                d = float(rng.uniform(0.01, 0.9 * np.linalg.norm(refc - c)))
                add(
                    k,
                    name,
                    f"translate [{B.motif_at(a, idx, offs)}] so as to move its centroid {d:.4f} angstroms away from a reference point at {cw} {B.tup(ref)}. update atom positions only, do not change their order in structure.",
                    B.e_translate_motif(a, idx, offs, -B.unit(refc - c) * round(d, 4)),
                )
        elif k == "swapm":
            offs = [[int(x) for x in rng.integers(-1, 2, 3)] if rng.random() < 0.4 else [0, 0, 0]]
            add(
                k,
                name,
                f"swap the position of [{B.motif_at(a, [i], offs)}] with the position of [{B.motif_at(a, [j], [[0, 0, 0]])}] in the structure.",
                B.e_swap_motifs(a, [i], offs, [j], [[0, 0, 0]]),
            )
        elif k.startswith("addm"):
            sp = ["N", "O", "H"][: 1 + rng.integers(3)]
            co = np.round(rng.normal(size=(len(sp), 3)), 4)
            desc = (
                f"{B.motif_name(sp)} with cartesian coordinates: {B.tups(co)}"
                if len(sp) > 1
                else B.motif_name(sp)
            )
            if len(sp) == 1:
                co = np.zeros((1, 3))
            if k == "addm_at":
                t = np.round(rng.random(3) @ cell, 4)
                add(
                    k,
                    name,
                    f"add [{desc}] to the structure, with its centroid located at cartesian coordinates {B.tup(t)}. newly added motif should be appended to the end of the structure, in the order as described.",
                    B.e_add_motif(a, sp, co, t),
                )
            elif k == "addm_line":
                offs = [[0, 0, 0], [int(x) for x in rng.integers(-1, 2, 3)]]
                pp = B.pos_with_offsets(a, [i, j], offs)
                d = round(float(rng.uniform(0.1, 0.9) * np.linalg.norm(pp[1] - pp[0])), 4)
                add(
                    k,
                    name,
                    f"Add {desc} to the structure, with its centroid located on the line between atoms in {B.motif_at(a, [i, j], offs)}, at {d:.4f} angstroms away from the atom indexed {i} (in the original structure).   Newly added motif should be appended to the end of the structure, in the order as described.",
                    B.e_add_motif(a, sp, co, pp[0] + d * B.unit(pp[1] - pp[0])),
                )
            else:
                sh = np.round(rng.normal(size=3), 4)
                cen = B.pos_with_offsets(a, [i, j], [[0, 0, 0], [0, 0, 0]]).mean(0)
                add(
                    k,
                    name,
                    f"add [{desc}] to the structure, with its centroid shifted in cartesian coordinates by {B.tup(sh)} relative to the centroid of [{B.motif_at(a, [i, j], [[0, 0, 0], [0, 0, 0]])}]. newly added motif should be appended to the end of the structure, in the order as described.",
                    B.e_add_motif(a, sp, co, cen + sh),
                )
        elif k == "lat":
            M = np.round(np.eye(3) + rng.normal(scale=0.03, size=(3, 3)), 4)
            add(
                k,
                name,
                f"deform the current lattice by the matrix {B.tups(M)} suppose the original lattice matrix is L_old, then the new lattice matrix L_new = transformation_matrix @ L_old. note that the atomic positions should be scaled accordingly so that their fractional coordinates are unchanged.",
                B.e_set_cell(a, M @ cell),
            )
        elif k == "chel":
            el = a[i].symbol
            if rng.random() < 0.5:
                add(
                    k,
                    name,
                    f"replace all atoms of element {el} with Sc.",
                    B.e_replace_element(a, el, "Sc"),
                )
            else:
                add(
                    k,
                    name,
                    f"remove all atoms of element {el} without affecting the order of other atoms.",
                    B.e_remove_element(a, el),
                )
        elif k == "sphere":
            r = round(float(rng.uniform(2, 3.5)), 4)
            add(
                k,
                name,
                f"Remove all atoms in the spherical region centered at atom with index {i} in structure with radius {r:.4f} angstroms from the structure.  do not change the order of remaining atoms in structure.",
                B.e_sphere(a, a.positions[i], r),
            )
    for _ in range(n_verbose):
        name = names[rng.integers(len(names))]
        a = B._read(inputs[name])
        n = len(a)
        cell = np.array(a.cell)
        i, j, k2 = [int(x) for x in rng.choice(n, 3, replace=False)]
        kind = rng.choice(
            [
                "box",
                "sphere_pt",
                "sphere_sym",
                "replace",
                "lat_par",
                "lat_scale3",
                "lat_set",
                "tm_coords",
                "swap_coords",
                "addm_frac",
                "tm_motif",
                "replace_inplace",
            ]
        )
        if kind == "box":
            lo = np.round(rng.uniform(0, 0.5, 3), 4)
            hi = np.round(lo + rng.uniform(0.2, 0.5, 3), 4)
            parts = []
            L = [None] * 3
            H = [None] * 3
            for ax in range(3):
                m = rng.integers(3)
                if m == 0:
                    parts.append(f"{lo[ax]:.4f} ≤ {'xyz'[ax]} ≤ {hi[ax]:.4f}")
                    L[ax], H[ax] = lo[ax], hi[ax]
                elif m == 1:
                    parts.append(f"{'xyz'[ax]} ≥ {lo[ax]:.4f}")
                    L[ax] = lo[ax]
                else:
                    parts.append(f"{'xyz'[ax]} ≤ {hi[ax]:.4f}")
                    H[ax] = hi[ax]
            res = B.e_box(
                a, [-np.inf if x is None else x for x in L], [np.inf if x is None else x for x in H]
            )
            add(
                kind,
                name,
                f"Remove all atoms with fractional coordinates satisfying: {', '.join(parts)} from the structure.  do not change the order of remaining atoms in structure.",
                res,
            )
        elif kind in ("sphere_pt", "sphere_sym"):
            f = rng.random(3)
            r = float(rng.uniform(2, 3.5))
            frac = bool(rng.integers(2))
            c = f if frac else f @ cell
            cc = np.round(c, 4) @ cell if frac else np.round(c, 4)
            syms = None
            symw = "all atoms"
            if kind == "sphere_sym":
                syms = sorted(set(a.get_chemical_symbols()))[:1]
                symw = f"all atoms with element symbols {syms}"
            add(
                kind,
                name,
                f"Remove {symw} in the spherical region centered at {'fractional' if frac else 'cartesian'} coordinates {B.tup(c)} with radius {r:.4f} angstroms from the structure.  do not change the order of remaining atoms in structure.",
                B.e_sphere(a, cc, round(r, 4), syms),
            )
        elif kind in ("replace", "replace_inplace"):
            idx = [i, j]
            offs = [[0, 0, 0], [int(x) for x in rng.integers(-1, 2, 3)]]
            sp = ["Nd", "W", "Rf"][: 1 + rng.integers(3)]
            co = np.round(rng.normal(size=(len(sp), 3)), 4)
            res = B.e_replace_motif(a, idx, offs, sp, co)
            add(
                kind,
                name,
                f"Replace {B.motif_at(a, idx, offs)} with {B.motif_name(sp)} with cartesian coordinates: {B.tups(co) if len(sp) > 1 else B.tup(co[0])}.  place the new atoms such that their centroid matches the centroid of the removed atoms. do not change the order of other unaffected atoms, and the newly added atoms should be appended to the end of the structure in the order as described.",
                res,
            )
        elif kind == "lat_par":
            par = np.round(
                np.concatenate(
                    [
                        a.cell.lengths() * rng.uniform(0.95, 1.05, 3),
                        a.cell.angles() + rng.uniform(-3, 3, 3),
                    ]
                ),
                4,
            )
            add(
                kind,
                name,
                f"reset the lattice matrix such that its lattice vector lengths and angles (a, b, c, alpha, beta, gamma) = {B.tup(par)}. the new lattice vector a should be aligned with the original lattice vector a, and the normal vector of the ab plane should be aligned with that of the original ab plane. note that the atomic positions should be scaled accordingly so that their fractional coordinates are unchanged.",
                B.e_set_cell(a, Cell.fromcellpar(par)),
            )
        elif kind == "lat_scale3":
            f = np.round(rng.uniform(0.9, 1.1, 3), 4)
            add(
                kind,
                name,
                f"scale the current lattice by factors of {B.tup(f)} along the a, b, and c lattice vectors. do not rotate or shear the lattice. note that the atomic positions should be scaled accordingly so that their fractional coordinates are unchanged.",
                B.e_set_cell(a, np.diag(f) @ cell),
            )
        elif kind == "lat_set":
            L = np.round(cell @ (np.eye(3) + rng.normal(scale=0.03, size=(3, 3))), 4)
            add(
                kind,
                name,
                f"set the lattice directly to the matrix {B.tups(L)}. the matrix rows correspond to the new lattice vectors a, b, and c, respectively. note that the atomic positions should be scaled accordingly so that their fractional coordinates are unchanged.",
                B.e_set_cell(a, L),
            )
        elif kind == "tm_coords":
            idx = [i, j]
            offs = [[0, 0, 0], [int(x) for x in rng.integers(-1, 2, 3)]]
            frac = bool(rng.integers(2))
            v = np.round(rng.uniform(-1, 1, 3), 4)
            add(
                kind,
                name,
                f"translate [{coords_desc(a, idx, offs, frac)}] by {B.tup(v)} in cartesian coordinates. update atom positions only, do not change their order in structure.",
                B.e_translate_motif(a, idx, offs, v),
            )
        elif kind == "swap_coords":
            add(
                kind,
                name,
                f"swap the position of [{coords_desc(a, [i], [[0, 0, 0]], False)}] with the position of [{coords_desc(a, [j, k2], [[0, 0, 0], [0, 0, 0]], True)}] in the structure. swap by translating to each other's centroid, such that the internal configuration and relative position to centroid within each motif should remain unchanged.",
                B.e_swap_motifs(a, [i], [[0, 0, 0]], [j, k2], [[0, 0, 0], [0, 0, 0]]),
            )
        elif kind == "addm_frac":
            sp = ["C", "O"]
            fco = np.round(rng.random((2, 3)) * 0.2, 4)
            co = fco @ cell
            t = np.round(rng.random(3), 4)
            add(
                kind,
                name,
                f"add [{B.motif_name(sp)} with fractional coordinates: {B.tups(fco)}] to the structure, with its centroid located at fractional coordinates {B.tup(t)}. newly added motif should be appended to the end of the structure, in the order as described.",
                B.e_add_motif(a, sp, co, t @ cell),
            )
        elif kind == "tm_motif":
            d = 0.5
            ci = B.pos_with_offsets(a, [i], [[0, 0, 0]]).mean(0)
            cr = B.pos_with_offsets(a, [j, k2], [[0, 0, 0], [0, 0, 0]]).mean(0)
            add(
                kind,
                name,
                f"translate [{B.motif_at(a, [i], [[0, 0, 0]])}] so as to move its centroid {d:.4f} angstroms away from the centroid of [{B.motif_at(a, [j, k2], [[0, 0, 0], [0, 0, 0]])}]. update atom positions only, do not change their order in structure.",
                B.e_translate_motif(a, [i], [[0, 0, 0]], -B.unit(cr - ci) * d),
            )
    return out


def main() -> int:
    from codegen_external import run_structure_edits

    if not AWB.is_file():
        print("AtomWorldBench is not in ../shared/data/external")
        return 0
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 60
    rows = tasks(seed, n, n // 2)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fuzz.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        report = run_structure_edits(path, f"edit fuzz (seed {seed})")
    for r in report["rows"]:
        if r["outcome"] != "correct":
            task = next(t for t in rows if t["id"] == r["id"])
            print(r["outcome"], r["id"], r["why"][:200])
            print("   ", task["instruction"][:300])
    print({k: v for k, v in report.items() if k != "rows"})
    return 0


if __name__ == "__main__":
    sys.exit(main())
