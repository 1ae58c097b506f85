"""pymatgen code for each structure-edit operation of engines/code/edit_ops.py.

The code edits ``structure`` (a pymatgen Structure read in the file's site order with the
Cartesian frame ASE gives it). Indices are the file's order from 0; lengths in Å, angles in
degrees; nothing is wrapped into the cell. Each function returns (title, lines, imports,
sentence) for one recipe step.
"""

from __future__ import annotations

from .edit_ops import EditOp, Group

NP = "import numpy as np"


def _r(x: float) -> str:
    return repr(float(x)) if not float(x).is_integer() else f"{float(x):.1f}"


def _v(v: list[float]) -> str:
    return "[" + ", ".join(_r(x) for x in v) + "]"


def _cart(expr: str, fractional: bool) -> str:
    return f"structure.lattice.get_cartesian_coords({expr})" if fractional else f"np.array({expr})"


def _group_positions(g: Group, name: str = "positions") -> list[str]:
    """Cartesian positions (Å) of a group of file atoms with their lattice offsets."""
    return [
        f"{name} = np.array([structure.lattice.get_cartesian_coords(structure[i].frac_coords + offset)"
        f" for i, offset in zip({g.indices}, {g.offsets})])  # Å"
    ]


def _new_group(g: Group, centre: str) -> list[str]:
    coords = (
        "structure.lattice.get_cartesian_coords(np.array({}))" if g.fractional else "np.array({})"
    )
    return [
        f"new_atoms = {coords.format(g.coords)}  # Å"
        + (" (from fractional)" if g.fractional else ""),
        f"new_atoms += {centre} - new_atoms.mean(axis=0)  # centroid on the target",
        f"for element, point in zip({g.species}, new_atoms):",
        "    structure.append(element, point, coords_are_cartesian=True)",
    ]


def swap_sites(i: int, j: int) -> list[str]:
    """Code that exchanges the atoms of sites ``i`` and ``j`` of ``structure`` in place.

    Both sites keep their place in the list. Two different elements trade sites; two atoms of
    one element trade positions instead, so that the swap is never a no-op.
    """
    return [
        f"site_i, site_j = structure[{i}], structure[{j}]",
        "if site_i.species != site_j.species:",
        f"    structure.replace({i}, site_j.species)",
        f"    structure.replace({j}, site_i.species)",
        "else:",
        "    p_i, p_j = site_i.frac_coords.copy(), site_j.frac_coords.copy()",
        f"    structure.replace({i}, site_i.species, p_j)",
        f"    structure.replace({j}, site_j.species, p_i)",
    ]


def lines_for(op: EditOp) -> tuple[str, list[str], tuple[str, ...], str]:
    p = op.params
    k = op.kind
    if k == "add_atom":
        point = _cart(_v(p["point"]), p["fractional"])
        return (
            "Add an atom",
            [f"structure.append({p['element']!r}, {point}, coords_are_cartesian=True)"],
            (NP,),
            f"appends {p['element']} at {p['point']}"
            + (" (fractional)" if p["fractional"] else " Å"),
        )
    if k == "remove_atoms":
        return (
            "Remove atoms by index",
            [f"structure.remove_sites({p['indices']})  # the others keep their order"],
            (),
            f"removes the atoms at indices {p['indices']}",
        )
    if k == "change_atom":
        return (
            "Change one atom's element",
            [f"structure.replace({p['index']}, {p['element']!r})  # same position"],
            (),
            f"changes atom {p['index']} into {p['element']}",
        )
    if k == "swap_elements":
        i, j = p["i"], p["j"]
        return (
            "Swap two atoms",
            [
                "# the two sites keep their place in the list and their atoms trade places:",
                "# each position now holds the other element (two atoms of one element",
                "# exchange their positions instead, so that the swap is not a no-op)",
                *swap_sites(i, j),
            ],
            (),
            f"swaps atoms {i} and {j}",
        )
    if k == "move_atoms":
        return (
            "Move atoms by a vector",
            [
                f"structure.translate_sites({p['indices']}, {_v(p['vector'])}, "
                f"frac_coords={p['fractional']}, to_unit_cell=False)"
            ],
            (),
            f"moves atoms {p['indices']} by {p['vector']}"
            + (" (fractional)" if p["fractional"] else " Å"),
        )
    if k == "move_all":
        return (
            "Move every atom",
            [
                f"structure.translate_sites(list(range(len(structure))), {_v(p['vector'])}, "
                "frac_coords=False, to_unit_cell=False)"
            ],
            (),
            f"moves every atom by {p['vector']} Å",
        )
    if k in ("move_around", "delete_around", "rotate_around"):
        i, r = p["index"], p["radius"]
        pick = [
            f"centre = structure[{i}].coords  # Å, as listed in the file",
            f"# atoms closer than {r} Å to atom {i} (nearest periodic image)",
            f"near = [k for k in range(len(structure)) if structure.get_distance({i}, k) < {_r(r)}]",
        ]
        if k == "move_around":
            return (
                "Move the atoms around an atom",
                [
                    *pick,
                    f"structure.translate_sites(near, {_v(p['vector'])}, frac_coords=False, "
                    "to_unit_cell=False)",
                ],
                (),
                f"moves the atoms within {r} Å of atom {i} (itself included) by {p['vector']} Å",
            )
        if k == "delete_around":
            return (
                "Delete the atoms around an atom",
                [*pick, "structure.remove_sites(near)"],
                (),
                f"deletes the atoms within {r} Å of atom {i} (itself included)",
            )
        return (
            "Rotate the atoms around an atom",
            [
                *pick,
                f"axis = np.array({_v(p['axis'])}) / np.linalg.norm({_v(p['axis'])})",
                f"rotation = Rotation.from_rotvec(np.radians({_r(p['angle'])}) * axis).as_matrix()"
                "  # right-hand rule",
                "# each neighbour turns about the centre from its position as listed in the file",
                "# (AtomWorldBench's convention; for a neighbour found through a periodic image",
                "# this is not the same as turning the image next to the centre)",
                "for k in near:",
                f"    if k != {i}:",
                "        moved = centre + rotation @ (structure[k].coords - centre)",
                "        structure.replace(k, structure[k].species, moved, coords_are_cartesian=True)",
            ],
            (NP, "from scipy.spatial.transform import Rotation"),
            f"rotates the atoms within {r} Å of atom {i} by {p['angle']}° about {p['axis']}",
        )
    if k == "move_towards":
        i, j, d = p["i"], p["j"], p["distance"]
        return (
            "Move an atom towards another",
            [
                f"direction = structure[{j}].coords - structure[{i}].coords  # Å, positions as listed",
                f"step = {_r(d)} * direction / np.linalg.norm(direction)",
                f"structure.translate_sites([{i}], step, frac_coords=False, to_unit_cell=False)",
            ],
            (NP,),
            f"moves atom {i} {d} Å towards atom {j}",
        )
    if k == "insert_between":
        ref = p["ref"]
        other = p["j"] if ref == p["i"] else p["i"]
        step = (
            f"{_r(p['ratio'])} * direction"
            if "ratio" in p
            else f"{_r(p['distance'])} * direction / np.linalg.norm(direction)"
        )
        return (
            "Insert an atom between two atoms",
            [
                f"direction = structure[{other}].coords - structure[{ref}].coords  # Å",
                f"point = structure[{ref}].coords + {step}",
                f"structure.append({p['element']!r}, point, coords_are_cartesian=True)",
            ],
            (NP,),
            f"inserts {p['element']} on the line from atom {ref} to atom {other}",
        )
    if k == "delete_below":
        i = p["index"]
        return (
            "Delete the atoms below an atom",
            [
                f"z_ref = structure[{i}].coords[2]  # Å",
                "# atoms strictly lower; the reference atom and atoms at its height stay",
                "structure.remove_sites([k for k, site in enumerate(structure) "
                "if site.coords[2] < z_ref - 1e-8])",
            ],
            (),
            f"deletes the atoms lower than atom {i}",
        )
    if k == "supercell":
        n = tuple(p["size"])
        return (
            "Make a supercell",
            [
                "# image by image, the last axis fastest (ASE's order): the first block of sites",
                "# is the original cell",
                "n_a, n_b, n_c = " + ", ".join(map(str, n)),
                "species, points = [], []",
                "for i in range(n_a):",
                "    for j in range(n_b):",
                "        for k in range(n_c):",
                "            for site in structure:",
                "                species.append(site.species)",
                "                points.append(site.frac_coords + [i, j, k])",
                "big_lattice = Lattice(np.diag([n_a, n_b, n_c]) @ structure.lattice.matrix)",
                "points = np.array(points) / [n_a, n_b, n_c]",
                "structure = Structure(big_lattice, species, points)",
            ],
            (NP, "from pymatgen.core import Lattice, Structure"),
            f"repeats the cell {n[0]}×{n[1]}×{n[2]}",
        )
    if k == "supercell_matrix":
        return (
            "Make a supercell from a matrix",
            [
                "# ASE builds it cell by cell (all atoms of the first cell, then the next ...)",
                f"big = make_supercell(AseAtomsAdaptor.get_atoms(structure), np.array({p['matrix']}), wrap=False)",
                "structure = AseAtomsAdaptor.get_structure(big)",
            ],
            (
                NP,
                "from ase.build import make_supercell",
                "from pymatgen.io.ase import AseAtomsAdaptor",
            ),
            f"builds the supercell of matrix {p['matrix']}",
        )
    if k == "replace_element":
        return (
            "Replace every atom of an element",
            [f"structure.replace_species({{{p['old']!r}: {p['new']!r}}})"],
            (),
            f"replaces every {p['old']} by {p['new']}",
        )
    if k == "remove_element":
        return (
            "Remove every atom of an element",
            [f"structure.remove_species([{p['old']!r}])  # the others keep their order"],
            (),
            f"removes every {p['old']}",
        )
    if k in ("set_lattice", "deform_lattice", "scale_lattice", "lattice_parameters"):
        if k == "set_lattice":
            new = f"np.array({p['matrix']})"
        elif k == "deform_lattice":
            new = f"np.array({p['matrix']}) @ structure.lattice.matrix"
        elif k == "scale_lattice":
            new = f"np.diag({_v(p['factors'])}) @ structure.lattice.matrix"
        else:
            new = (
                f"Lattice.from_parameters(*{_v(p['parameters'])}).matrix"
                "  # orientation does not change fractional coordinates"
            )
        return (
            "Change the lattice",
            [
                f"new_matrix = {new}",
                "structure = Structure(Lattice(new_matrix), structure.species, structure.frac_coords)"
                "  # fractional coordinates kept",
            ],
            (NP, "from pymatgen.core import Lattice, Structure"),
            "changes the lattice, keeping fractional coordinates",
        )
    if k == "remove_sphere":
        centre = (
            f"structure[{p['center_index']}].coords"
            if "center_index" in p
            else _cart(_v(p["center"]), p.get("fractional", False))
        )
        keep = f" and site.species_string in {p['symbols']}" if p.get("symbols") else ""
        return (
            "Remove the atoms inside a sphere",
            [
                f"centre = {centre}  # Å",
                "centre_frac = structure.lattice.get_fractional_coords(centre)",
                "# an atom is inside when its nearest periodic image is",
                "inside = [k for k, site in enumerate(structure) if structure.lattice"
                f".get_distance_and_image(site.frac_coords, centre_frac)[0] <= {_r(p['radius'])}{keep}]",
                "structure.remove_sites(inside)  # the others keep their order",
            ],
            (NP,),
            f"removes the atoms within {p['radius']} Å of the centre (periodic)",
        )
    if k == "scale_sphere":
        centre = (
            f"structure[{p['center_index']}].coords"
            if "center_index" in p
            else _cart(_v(p["center"]), p.get("fractional", False))
        )
        only = f" and site.species_string in {p['symbols']}" if p.get("symbols") else ""
        return (
            "Scale the distances of a sphere's atoms to its centre",
            [
                f"centre = {centre}  # Å",
                "centre_frac = structure.lattice.get_fractional_coords(centre)",
                "for k, site in enumerate(structure):",
                "    # image: the lattice translation putting the atom nearest the centre",
                "    lattice = structure.lattice",
                "    distance, image = lattice.get_distance_and_image(centre_frac, site.frac_coords)",
                f"    if distance <= {_r(p['radius'])}{only}:",
                "        arm = lattice.get_cartesian_coords(site.frac_coords + image) - centre",
                f"        moved = centre + {_r(p['factor'])} * arm",
                "        structure.replace(k, site.species, moved, coords_are_cartesian=True)",
            ],
            (NP,),
            f"scales the distances of the atoms within {p['radius']} Å of the centre by {p['factor']}",
        )
    if k == "remove_box":
        lo = [float("-inf") if x is None else x for x in p["low"]]
        hi = [float("inf") if x is None else x for x in p["high"]]
        coord = "site.frac_coords % 1.0" if p["fractional"] else "site.coords"
        keep = f" and site.species_string in {p['symbols']}" if p.get("symbols") else ""
        return (
            "Remove the atoms inside a box",
            [
                f"low = np.array({[str(x) for x in lo]}, dtype=float)  # fractional bounds"
                if p["fractional"]
                else f"low = np.array({[str(x) for x in lo]}, dtype=float)  # Å",
                f"high = np.array({[str(x) for x in hi]}, dtype=float)",
                f"inside = [k for k, site in enumerate(structure) if np.all({coord} >= low - 1e-8) "
                f"and np.all({coord} <= high + 1e-8){keep}]",
                "structure.remove_sites(inside)  # the others keep their order",
            ],
            (NP,),
            "removes the atoms inside the box",
        )
    if k == "remove_group":
        g: Group = p["group"]
        return (
            "Remove a group of atoms",
            [f"structure.remove_sites({g.indices})  # the others keep their order"],
            (),
            f"removes atoms {g.indices}",
        )
    if k == "translate_group":
        g = p["group"]
        lines = _group_positions(g)
        if p["mode"] == "to":
            lines.append(
                f"shift = {_cart(_v(p['point']), p['fractional'])} - positions.mean(axis=0)"
            )
        elif p["mode"] == "by":
            lines.append(f"shift = {_cart(_v(p['vector']), p['fractional'])}")
        else:
            if p["mode"] == "from_point":
                lines.append(f"reference = {_cart(_v(p['point']), p['fractional'])}")
            else:
                lines += _group_positions(p["other"], "reference_atoms")
                lines.append("reference = reference_atoms.mean(axis=0)")
            lines += [
                "toward = (reference - positions.mean(axis=0)) / np.linalg.norm(reference - positions.mean(axis=0))",
                f"shift = {_r(-p['distance'])} * toward  # positive distance: away from the reference",
            ]
        lines += [
            f"for i, point in zip({g.indices}, positions + shift):",
            "    structure.replace(i, structure[i].species, point, coords_are_cartesian=True)",
        ]
        return ("Translate a group of atoms", lines, (NP,), f"translates atoms {g.indices}")
    if k == "resize_group":
        g = p["group"]
        lines = _group_positions(g)
        if p["centre_atom"] is None:
            lines.append("centre = positions.mean(axis=0)")
        else:
            lines.append(
                f"centre = positions[{g.indices.index(p['centre_atom'])}]  # atom {p['centre_atom']}"
            )
        if p["factor"] is not None:
            lines.append(f"scale = {_r(p['factor'])}")
        else:
            lines.append(
                f"scale = {_r(p['radius'])} / np.max(np.linalg.norm(positions - positions.mean(axis=0), axis=1))"
            )
        lines += [
            f"for i, point in zip({g.indices}, centre + scale * (positions - centre)):",
            "    structure.replace(i, structure[i].species, point, coords_are_cartesian=True)",
        ]
        return ("Resize a group of atoms", lines, (NP,), f"resizes atoms {g.indices}")
    if k == "rotate_group":
        g = p["group"]
        lines = _group_positions(g)
        if p["centre"] == "self":
            lines.append("centre = positions.mean(axis=0)")
        elif p["centre"] == "point":
            lines.append(f"centre = {_cart(_v(p['point']), p['fractional'])}")
        elif p["centre"] == "group":
            lines += [
                *_group_positions(p["other"], "reference_atoms"),
                "centre = reference_atoms.mean(axis=0)",
            ]
        else:
            first = p["pair"].indices.index(p["origin"])
            lines += [*_group_positions(p["pair"], "pair"), "centre = pair.mean(axis=0)"]
        if "euler" in p:
            lines.append(
                f"rotation = Rotation.from_euler('ZXZ', {_v(p['euler'])}, degrees=True).as_matrix()"
                "  # intrinsic Z-X-Z, active"
            )
        else:
            axis = (
                f"pair[{1 - first}] - pair[{first}]"
                if p["centre"] == "pair"
                else f"np.array({_v(p['axis'])})"
            )
            lines += [
                f"axis = {axis}",
                f"rotation = Rotation.from_rotvec(np.radians({_r(p['angle'])}) * axis / np.linalg.norm(axis))"
                ".as_matrix()  # counter-clockwise",
            ]
        lines += [
            f"for i, point in zip({g.indices}, centre + (positions - centre) @ rotation.T):",
            "    structure.replace(i, structure[i].species, point, coords_are_cartesian=True)",
        ]
        return (
            "Rotate a group of atoms",
            lines,
            (NP, "from scipy.spatial.transform import Rotation"),
            f"rotates atoms {g.indices}",
        )
    if k == "rotate_all":
        return (
            "Rotate the structure with its cell",
            [
                f"axis = np.array({_v(p['axis'])}) / np.linalg.norm({_v(p['axis'])})",
                f"rotation = Rotation.from_rotvec(np.radians({_r(p['angle'])}) * axis).as_matrix()",
                "# atoms and cell turn together: fractional coordinates stay",
                "structure = Structure(Lattice(structure.lattice.matrix @ rotation.T), structure.species,"
                " structure.frac_coords)",
            ],
            (
                NP,
                "from scipy.spatial.transform import Rotation",
                "from pymatgen.core import Lattice, Structure",
            ),
            f"rotates the structure and cell by {p['angle']}° about {p['axis']}",
        )
    if k == "swap_groups":
        a, b = p["a"], p["b"]
        lines = (
            _group_positions(a, "positions_a")
            + _group_positions(b, "positions_b")
            + [
                "centre_a, centre_b = positions_a.mean(axis=0), positions_b.mean(axis=0)",
                "# each group moves to the other's centroid; elements stay with their index",
                f"for i, point in zip({a.indices}, positions_a - centre_a + centre_b):",
                "    structure.replace(i, structure[i].species, point, coords_are_cartesian=True)",
                f"for i, point in zip({b.indices}, positions_b - centre_b + centre_a):",
                "    structure.replace(i, structure[i].species, point, coords_are_cartesian=True)",
            ]
        )
        return (
            "Swap two groups of atoms",
            lines,
            (NP,),
            f"swaps atoms {a.indices} with {b.indices}",
        )
    if k == "add_group":
        g = p["group"]
        if p["mode"] == "at":
            lines = [f"target = {_cart(_v(p['point']), p['fractional'])}"]
        elif p["mode"] == "from_point":
            lines = [
                f"target = {_cart(_v(p['point']), p.get('point_fractional', p['fractional']))} + "
                f"{_cart(_v(p['shift']), p['fractional'])}"
            ]
        elif p["mode"] == "from_group":
            lines = [
                *_group_positions(p["other"], "reference_atoms"),
                f"target = reference_atoms.mean(axis=0) + {_cart(_v(p['shift']), p['fractional'])}",
            ]
        else:
            pair: Group = p["pair"]
            first = pair.indices.index(p["ref"])
            lines = [
                *_group_positions(pair, "pair"),
                f"direction = pair[{1 - first}] - pair[{first}]",
                f"target = pair[{first}] + {_r(p['distance'])} * direction / np.linalg.norm(direction)",
            ]
        return (
            "Add a group of atoms",
            lines + _new_group(g, "target"),
            (NP,),
            f"appends {'-'.join(g.species)}",
        )
    if k == "replace_group":
        old, new = p["old"], p["new"]
        lines = _group_positions(old)
        if new.coords is not None:
            lines += [
                (
                    "new_atoms = structure.lattice.get_cartesian_coords(np.array({}))"
                    if new.fractional
                    else "new_atoms = np.array({})"
                ).format(new.coords),
                "new_atoms += positions.mean(axis=0) - new_atoms.mean(axis=0)",
            ]
        else:
            lines += ["new_atoms = positions"]
        if p["appended"]:
            lines += [
                f"structure.remove_sites({old.indices})",
                f"for element, point in zip({new.species}, new_atoms):",
                "    structure.append(element, point, coords_are_cartesian=True)",
            ]
        else:
            lines += [
                f"for i, element, point in zip({old.indices}, {new.species}, new_atoms):",
                "    structure.replace(i, element, point, coords_are_cartesian=True)",
            ]
        return (
            "Replace a group of atoms",
            lines,
            (NP,),
            f"replaces atoms {old.indices} by {'-'.join(new.species)}",
        )
    raise ValueError(f"no code for {k}")
