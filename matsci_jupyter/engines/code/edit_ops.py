"""Structure-edit instructions read into explicit operations (:class:`EditOp`), or refused.

One reader per action kind of the AtomWorldBench family (add/remove/change/move/swap atoms,
move towards an atom, insert between atoms, delete below or around an atom, rotate around an
atom, supercells, element changes, lattice transforms, sphere/box regions, groups of atoms
("motifs") translated, swapped, added or replaced). Conventions, stated once:

* indices are the order of sites in the file, from 0;
* lengths in Å, angles in degrees (right-hand rule), Cartesian coordinates in the frame ASE
  gives the file (a along x, b in the xy plane), fractional where the text says so;
* nothing is wrapped back into the cell; added atoms are appended in the order described;
* a group's "offsets" are the lattice translations of its atoms from the ones in the file.

Kinds and their meaning (AtomWorldBench's action, then ours):

* AddAtom ``add_atom``: append the element at the point. RemoveAtom ``remove_atoms``.
  ChangeAtom ``change_atom``: new element, same position. MoveAtom ``move_atoms``: add the
  vector (Å; fractional when said). MoveTowardsAtom ``move_towards``: step along the listed
  positions' difference. InsertBetweenAtoms ``insert_between``: append on the line from the
  reference atom, at the distance (or fraction) given. SwapAtoms ``swap_elements``: the two
  elements trade places, positions stay (one element: the positions trade).
* DeleteBelowAtom ``delete_below``: drop atoms with z strictly below the atom's z (it and atoms
  at its height stay, whatever "including/excluding itself" says). DeleteAroundAtom /
  MoveAroundAtom / RotateAroundAtom: atoms at minimum-image distance strictly below the radius
  (the centre included for delete/move, excluded for rotate); a rotation turns each atom's
  position as listed in the file about the centre's listed position (right-hand rule).
* SuperCell / MakeSupercell ``supercell``: image by image, the last axis fastest (a full matrix:
  ASE's ``make_supercell``, cell by cell). ChangeElement ``replace_element`` /
  ``remove_element``. LatticeTransform: set, deform (new = M @ old), scale (uniform or per
  axis), or lattice parameters; fractional coordinates kept.
* RemoveMotif regions: a sphere (centre point or atom; an atom is inside when an image is) or a
  fractional box on wrapped coordinates, bounds inclusive, some bounds may be absent.
* Motif (group) actions use each atom's position plus its offset: translate (to a point, by a
  vector, or a distance away from/towards a point or another group's centroid; positive is
  away), swap (each group moves to the other's centroid, elements stay at their index), add
  (centroid at a point, shifted from a point or a group's centroid, or on a pair's line at a
  distance from one atom; appended in order), replace (old atoms removed, new ones appended at
  the old centroid, or in place when not said), resize (scale about the centroid or an atom),
  rotate (Euler angles, Z-X-Z intrinsic and active, or an angle counter-clockwise about an axis
  or a pair's line; about its centroid, a point, a group's centroid or the pair's centroid).
  A sphere's atoms can be moved from/towards its centre by a factor (nearest images).
* RotateStructure ``rotate_all``: atoms and cell turn together (fractional coordinates stay).

:func:`read_edit` returns the operations in text order, ``None`` when the text is no structure
edit, or raises :class:`EditRefusal` when it is one but a part cannot be bound: a number no
operation uses, an index out of range, a missing parameter. It never guesses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

NUM = r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"
_EL = r"([A-Z][a-z]?)"
_SEP = r"\s*[,;]?\s*"
VEC = rf"[\[(]\s*({NUM}){_SEP}({NUM}){_SEP}({NUM})\s*[\])]"
_A = r"(?:angstroms?|ångströms?|Å|A\b)"
_DEG = r"(?:degrees?|deg\b|°)"
_IDX = (
    r"(?:the\s+)?(?:[A-Z][a-z]?\s+)?(?:atom|site)\s+(?:at\s+|with\s+|of\s+)?(?:index\s+|number\s+|no\.\s*|#\s*)?"
    r"(\d+)"
)
_MOTIF_TYPES = r"(?:pair|triplet|quadruplet|quintuplet|sextuplet|group|cluster|set)"


class EditRefusal(ValueError):
    """The text is a structure edit, but some part of it cannot be bound (the message says which)."""


@dataclass
class Group:
    """Atoms of the file (indices from 0) with lattice offsets, or new atoms with coordinates."""

    species: list[str] = field(default_factory=list)
    indices: list[int] = field(default_factory=list)
    offsets: list[list[int]] = field(default_factory=list)
    coords: list[list[float]] | None = (
        None  # given coordinates (new atoms, or atoms found by position)
    )
    fractional: bool = False


@dataclass
class EditOp:
    """One operation; ``params`` hold plain numbers, lists and :class:`Group` objects."""

    kind: str
    params: dict[str, Any]
    start: int = 0
    numbers: list[float] = field(default_factory=list)  # every number this operation binds

    def changes_count(self) -> bool:
        return self.kind in COUNT_CHANGING


COUNT_CHANGING = {
    "add_atom",
    "remove_atoms",
    "insert_between",
    "delete_below",
    "delete_around",
    "supercell",
    "supercell_matrix",
    "remove_element",
    "remove_sphere",
    "remove_box",
    "remove_group",
    "add_group",
    "replace_group",
}


def _f(x: str) -> float:
    return float(x)


def _vec(m: re.Match[str], k: int) -> list[float]:
    return [float(m.group(k + i)) for i in range(3)]


def _elements() -> frozenset[str]:
    from .slots import element_symbols

    return element_symbols()


def _element(symbol: str, text: str) -> str:
    if symbol not in _elements():
        raise EditRefusal(f"{symbol!r} in {text!r} is not an element symbol")
    return symbol


def _tuples(text: str) -> list[list[float]]:
    return [[float(x) for x in re.findall(NUM, t)] for t in re.findall(r"\(([^()]*)\)", text)]


# ------------------------------------------------------------------ groups ("motifs")
_GROUP_HEAD = re.compile(
    rf"(?:an?\s+{_MOTIF_TYPES}\s+of\s+(?:\d+\s+)?atoms(?:/species)?\s+"
    rf"(?P<many>[A-Z][a-z]?(?:\s*,\s*[A-Z][a-z]?)*)|an?\s+atom\s+(?P<one>[A-Z][a-z]?)\b)"
)


def _balanced(text: str, start: int) -> int:
    """Index just past the parenthesis group opening at ``text[start]``."""
    depth = 0
    for k in range(start, len(text)):
        if text[k] == "(":
            depth += 1
        elif text[k] == ")":
            depth -= 1
            if depth == 0:
                return k + 1
    raise EditRefusal(f"unbalanced parentheses after {text[start : start + 40]!r}")


def read_group(text: str) -> tuple[Group, int] | None:
    """The group description ``text`` starts with (after blanks) and where it ends."""
    m = _GROUP_HEAD.match(text, len(text) - len(text.lstrip()))
    if not m:
        return None
    species = re.findall(r"[A-Z][a-z]?", m.group("many")) if m.group("many") else [m.group("one")]
    for s in species:
        _element(s, m.group(0))
    g = Group(species=species)
    rest = text[m.end() :]
    end = m.end()
    idx = re.match(r"\s*at\s+site\s+indices\s*:?\s*", rest, re.I)
    coords = re.match(r"\s*with\s+(cartesian|fractional)\s+coordinates\s*:?\s*", rest, re.I)
    if idx:
        p = m.end() + idx.end()
        if text[p : p + 1] != "(":
            raise EditRefusal("site indices must follow in parentheses")
        q = _balanced(text, p)
        g.indices = [int(x) for x in re.findall(r"-?\d+", text[p:q])]
        end = q
        off = re.match(r"\s*and\s+offsets\s*:?\s*", text[q:], re.I)
        if off:
            p2 = q + off.end()
            q2 = _balanced(text, p2)
            g.offsets = [[int(float(x)) for x in t] for t in _tuples(text[p2 + 1 : q2 - 1])]
            if not g.offsets:  # a single offset written as one triple
                g.offsets = [[int(float(x)) for x in re.findall(NUM, text[p2:q2])]]
            end = q2
        else:
            g.offsets = [[0, 0, 0] for _ in g.indices]
        if len(g.offsets) != len(g.indices) or any(len(o) != 3 for o in g.offsets):
            raise EditRefusal("the offsets do not match the site indices one to one")
        if len(g.indices) != len(species):
            raise EditRefusal(
                f"{len(species)} species but {len(g.indices)} site indices in {m.group(0)!r}"
            )
    elif coords:
        p = m.end() + coords.end()
        if text[p : p + 1] != "(":
            raise EditRefusal("coordinates must follow in parentheses")
        q = _balanced(text, p)
        inner = text[p + 1 : q - 1]
        g.coords = _tuples(inner) if "(" in inner else [[float(x) for x in re.findall(NUM, inner)]]
        g.fractional = coords.group(1).lower() == "fractional"
        end = q
        if len(g.coords) != len(species) or any(len(c) != 3 for c in g.coords):
            raise EditRefusal(f"{len(species)} species but {len(g.coords)} coordinate triples")
    return g, end


def _group_numbers(g: Group) -> list[float]:
    out = [float(len(g.species))]  # "a cluster of 5 atoms/species ..."
    out += [float(i) for i in g.indices] + [float(x) for o in g.offsets for x in o]
    return out + [x for c in g.coords or [] for x in c]


# ------------------------------------------------------------------ readers, one per kind
def _op(kind: str, m: re.Match[str] | None, numbers: list[float], **params: Any) -> EditOp:
    return EditOp(kind, params, m.start() if m else 0, numbers)


def _simple_ops(t: str) -> list[EditOp]:
    ops: list[EditOp] = []
    # change one atom's element
    for m in re.finditer(
        rf"\b(?:change|convert|turn|transform|mutate)\s+{_IDX}\s+(?:in)?to\s+(?:an?\s+)?{_EL}(?![a-z])",
        t,
        re.I,
    ):
        i = int(m.group(1))
        ops.append(_op("change_atom", m, [i], index=i, element=_element(m.group(2), m.group(0))))
    for m in re.finditer(
        rf"\b(?:replace|substitute)\s+{_IDX}\s+(?:with|by|for)\s+(?:an?\s+)?{_EL}(?![a-z])"
        rf"(?:\s+atom)?",
        t,
        re.I,
    ):
        i = int(m.group(1))
        ops.append(_op("change_atom", m, [i], index=i, element=_element(m.group(2), m.group(0))))
    # swap two atoms (elements exchange, positions stay: the simple set's meaning)
    for m in re.finditer(
        r"\b(?:swap|exchange|interchange)\s+(?:the\s+)?(?:spatial\s+)?(?:positions?\s+of\s+)?(?:the\s+)?atoms?\s+"
        r"(?:at\s+|with\s+)?(?:indices|indexes|index|numbers)?\s*:?\s*(\d+)\s*(?:and|,|&|with)\s*"
        r"(?:atom\s+)?(?:at\s+index\s+)?(\d+)",
        t,
        re.I,
    ):
        i, j = int(m.group(1)), int(m.group(2))
        ops.append(_op("swap_elements", m, [i, j], i=i, j=j))
    # remove atoms by index
    for m in re.finditer(
        r"\b(?:remove|delete|take\s+out|eliminate)\s+(?:the\s+)?(?:[A-Z][a-z]?\s+)?(?:atoms?|sites?)\s+"
        r"(?:at\s+|with\s+|of\s+)?(?:the\s+)?(?:indices|indexes|index|numbers?)?\s*:?\s*[\[(]?"
        r"(\d+(?:\s*(?:,|and|&)\s*\d+)*)",
        t,
        re.I,
    ):
        idx = [int(x) for x in re.findall(r"\d+", m.group(1))]
        ops.append(_op("remove_atoms", m, [float(i) for i in idx], indices=idx))
    # move one atom towards another
    towards = re.compile(
        rf"\bmove\s+{_IDX}\s+(?:towards?|toward)\s+{_IDX}\s+by\s+({NUM})\s*{_A}"
        rf"|\bmove\s+{_IDX}\s+({NUM})\s*{_A}\s+(?:towards?|toward)\s+{_IDX}",
        re.I,
    )
    for m in towards.finditer(t):
        if m.group(1) is not None:
            i, j, d = int(m.group(1)), int(m.group(2)), _f(m.group(3))
        else:
            i, d, j = int(m.group(4)), _f(m.group(5)), int(m.group(6))
        if i == j:
            raise EditRefusal(f"atom {i} cannot move towards itself (no direction)")
        ops.append(_op("move_towards", m, [i, j, d], i=i, j=j, distance=d))
    # move / shift atoms by a vector
    if not ops or all(o.kind != "move_towards" for o in ops):
        for m in re.finditer(
            rf"\b(?:move|shift|displace|translate)\s+(?:the\s+)?(?:[A-Z][a-z]?\s+)?(?:atoms?|sites?)\s+(?:at\s+|with\s+)?"
            rf"(?:indices|indexes|index|numbers?)?\s*:?\s*[\[(]?(\d+(?:\s*(?:,|and)\s*\d+)*)[\])]?\s+"
            rf"by\s+(?:the\s+)?(?:vector\s+)?(?:of\s+)?{VEC}\s*({_A}|in\s+fractional\s+coordinates|"
            rf"fractional|in\s+cartesian\s+coordinates)?",
            t,
            re.I,
        ):
            idx = [int(x) for x in re.findall(r"\d+", m.group(1))]
            v = _vec(m, 2)
            frac = bool(m.group(5) and "frac" in m.group(5).lower())
            ops.append(
                _op("move_atoms", m, [*map(float, idx), *v], indices=idx, vector=v, fractional=frac)
            )
    # move every atom
    for m in re.finditer(
        rf"\b(?:move|shift|translate)\s+all\s+(?:the\s+)?atoms(?:\s+in\s+the\s+structure)?\s+by\s+"
        rf"(?:the\s+vector\s+)?{VEC}",
        t,
        re.I,
    ):
        v = _vec(m, 1)
        ops.append(_op("move_all", m, v, vector=v))
    # move the atoms around an atom by a vector
    for m in re.finditer(
        rf"\bmove\s+all\s+(?:the\s+)?(?:surrounding\s+)?atoms\s+within\s+({NUM})\s*{_A}\s+"
        rf"(?:around|of)\s+the\s+(?:center|centre)\s+atom\s+at\s+index\s+(\d+)\s+by\s+{VEC}",
        t,
        re.I,
    ):
        r, i, v = _f(m.group(1)), int(m.group(2)), _vec(m, 3)
        ops.append(_op("move_around", m, [r, i, *v], index=i, radius=r, vector=v))
    # insert an atom between two atoms
    for m in re.finditer(
        rf"\binsert\s+(?:an?\s+|one\s+)?{_EL}\s+(?:atom\s+)?(?:in\s+the\s+line\s+|(?:at\s+)?(?:the\s+)?"
        rf"(?:midpoint|middle|halfway)\s+)?between\s+"
        rf"(?:the\s+)?atoms\s+(?:at\s+)?(?:indices\s+)?(\d+)\s+and\s+(\d+)",
        t,
        re.I,
    ):
        el, i, j = _element(m.group(1), m.group(0)), int(m.group(2)), int(m.group(3))
        tail = t[m.end() : m.end() + 160]
        d = re.search(
            rf"({NUM})\s*{_A}\s+(?:away\s+)?from\s+(?:the\s+)?(?:atom\s+)?(?:at\s+)?(?:index\s+)?(\d+)",
            tail,
            re.I,
        )
        frac = re.search(
            rf"\b(?:at\s+)?(?:a\s+)?(?:fraction|ratio)\s+(?:of\s+)?({NUM})", tail, re.I
        )
        mid = re.search(r"\b(?:midpoint|middle|halfway)\b", m.group(0) + tail, re.I)
        if d:
            ref = int(d.group(2))
            if ref not in (i, j):
                raise EditRefusal(
                    f"the distance is measured from atom {ref}, which is neither {i} nor {j}"
                )
            ops.append(
                _op(
                    "insert_between",
                    m,
                    [i, j, _f(d.group(1)), ref],
                    element=el,
                    i=i,
                    j=j,
                    ref=ref,
                    distance=_f(d.group(1)),
                )
            )
        elif frac or mid:
            ratio = _f(frac.group(1)) if frac else 0.5
            ops.append(
                _op("insert_between", m, [i, j, ratio], element=el, i=i, j=j, ref=i, ratio=ratio)
            )
        else:
            raise EditRefusal(
                f"where between atoms {i} and {j} should {el} go? Give a distance in Å from one of them"
            )
    # delete atoms below an atom's height
    for m in re.finditer(
        r"\bdelete\s+all\s+(?:the\s+)?atoms\s+(?:whose\s+z\s+(?:coordinates?|positions?)\s+(?:is|are)\s+)?"
        r"(?:lower|less|smaller|below)\s+(?:than\s+)?(?:that\s+of\s+)?the\s+atom\s+(?:at\s+)?index\s+(\d+)"
        r"|\b(?:delete|remove)\s+(?:all\s+|every\s+)?(?:the\s+)?atoms?\s+(?:lying\s+)?(?:whose\s+z\s+"
        r"(?:coordinates?|positions?|heights?)\s+(?:is|are)\s+)?(?:below|lower\s+than|less\s+than)\s+"
        r"(?:that\s+of\s+)?(?:the\s+)?atom\s+"
        r"(?:at\s+)?(?:index\s+)?(\d+)",
        t,
        re.I,
    ):
        i = int(m.group(1) or m.group(2))
        ops.append(_op("delete_below", m, [i], index=i))
    # delete atoms around an atom
    for m in re.finditer(
        rf"\b(?:delete|remove)\s+all\s+(?:the\s+)?atoms\s+within\s+({NUM})\s*{_A}\s+"
        rf"(?:around|of|from)\s+the\s+atom\s+at\s+index\s+(\d+)",
        t,
        re.I,
    ):
        r, i = _f(m.group(1)), int(m.group(2))
        ops.append(_op("delete_around", m, [r, i], index=i, radius=r))
    # rotate the atoms around an atom
    for m in re.finditer(r"\brotate\b", t, re.I):
        seg = t[m.start() : m.start() + 400]
        if re.match(r"rotate\s+the\s+(?:whole\s+)?structure", seg, re.I):
            continue
        if not re.search(
            r"\b(?:center|centre)\s+atom|\b(?:around|about|of)\s+(?:the\s+)?atom\b", seg, re.I
        ):
            continue
        r = re.search(rf"within\s+({NUM})\s*{_A}", seg, re.I)
        i = re.search(
            r"(?:center|centre)\s+atom\s+(?:at\s+)?(?:index\s+)?(\d+)|(?:around|about|of)\s+(?:the\s+)?atom\s+"
            r"(?:at\s+)?(?:index\s+)?(\d+)",
            seg,
            re.I,
        )
        ang = re.search(rf"by\s+({NUM})\s*{_DEG}", seg, re.I)
        ax = re.search(rf"axis\s+{VEC}", seg, re.I)
        named_axis = re.search(r"(?:about|around)\s+the\s+([xyz])[\s-]*axis", seg, re.I)
        if ax is None and named_axis:  # "about the z axis": a unit vector, no number to bind
            ax = re.search(
                VEC,
                "["
                + ", ".join("1" if c == named_axis.group(1).lower() else "0" for c in "xyz")
                + "]",
            )
        missing = [
            w
            for w, x in (
                ("a radius in Å", r),
                ("the centre atom's index", i),
                ("an angle in degrees", ang),
                ("a rotation axis [x, y, z]", ax),
            )
            if x is None
        ]
        if missing:
            raise EditRefusal("the rotation needs " + ", ".join(missing))
        assert r and i and ang and ax
        idx = int(i.group(1) or i.group(2))
        axis = _vec(ax, 1)
        numbers = [
            _f(r.group(1)),
            idx,
            _f(ang.group(1)),
            *(axis if not named_axis or "axis [" in seg else []),
        ]
        if not any(axis):
            raise EditRefusal("the rotation axis is the zero vector")
        ops.append(
            _op(
                "rotate_around",
                m,
                numbers,
                index=idx,
                radius=_f(r.group(1)),
                angle=_f(ang.group(1)),
                axis=axis,
            )
        )
    # rotate the whole structure with its cell
    for m in re.finditer(
        rf"\brotate\s+the\s+(?:whole\s+)?structure\s+and\s+(?:the\s+)?cell\s+by\s+({NUM})\s*{_DEG}\s+"
        rf"(?:around|about)\s+the\s+axis\s+{VEC}",
        t,
        re.I,
    ):
        axis = _vec(m, 2)
        if not any(axis):
            raise EditRefusal("the rotation axis is the zero vector")
        ops.append(_op("rotate_all", m, [_f(m.group(1)), *axis], angle=_f(m.group(1)), axis=axis))
    # add one atom at a point
    for m in re.finditer(
        rf"\b(?:add|place|put|insert)\s+(?:one\s+|an?\s+|a\s+single\s+)?{_EL}\s+atom\s+at\s+(?:the\s+)?"
        rf"(cartesian|fractional)\s+(?:coordinates?|position|point)\s*:?\s*{VEC}",
        t,
        re.I,
    ):
        el, v = _element(m.group(1), m.group(0)), _vec(m, 3)
        ops.append(
            _op(
                "add_atom", m, v, element=el, point=v, fractional=m.group(2).lower() == "fractional"
            )
        )
    # supercell
    for m in re.finditer(
        r"\bsuper\s*-?\s*cell\b[^.]*?\b(?:size|of|dimensions?|repeat(?:ed)?|as)?\s*:?\s*\(?\s*"
        r"(\d+)\s*(?:x|\*|×|by|,)\s*(\d+)\s*(?:x|\*|×|by|,)\s*(\d+)\s*\)?",
        t,
        re.I,
    ):
        if re.search(r"\bmatrix\b", m.group(0), re.I):
            continue  # a supercell matrix: read in _structure_ops
        n = [int(m.group(k)) for k in (1, 2, 3)]
        if min(n) < 1:
            raise EditRefusal("supercell sizes must be positive whole numbers")
        ops.append(_op("supercell", m, [float(x) for x in n], size=n))
    return ops


def _structure_ops(t: str) -> list[EditOp]:
    ops: list[EditOp] = []
    for m in re.finditer(r"\bsuper\s*-?\s*cell\s+matrix\s*(\()", t, re.I):
        inner = t[m.start(1) + 1 : _balanced(t, m.start(1)) - 1]
        rows = _tuples(inner) if "(" in inner else [[float(x) for x in re.findall(NUM, inner)]]
        flat = [x for r in rows for x in r]
        if not flat or any(x != int(x) for x in flat):
            raise EditRefusal("a supercell matrix needs whole numbers")
        if len(rows) == 1 and len(rows[0]) == 3:
            matrix = [[int(rows[0][k]) if k == j else 0 for k in range(3)] for j in range(3)]
        elif len(rows) == 3 and all(len(r) == 3 for r in rows):
            matrix = [[int(x) for x in r] for r in rows]
        else:
            raise EditRefusal("a supercell matrix has three numbers or three rows of three")
        diagonal = all(matrix[j][k] == 0 for j in range(3) for k in range(3) if j != k)
        if diagonal:
            size = [matrix[k][k] for k in range(3)]
            if min(size) < 1:
                raise EditRefusal("supercell sizes must be positive whole numbers")
            ops.append(_op("supercell", m, flat, size=size))
        else:
            ops.append(_op("supercell_matrix", m, flat, matrix=matrix))
    for m in re.finditer(
        rf"\b(?:replace|substitute)\s+(?:all|every|each)\s+(?:the\s+)?atoms?\s+of\s+(?:the\s+)?"
        rf"element\s+{_EL}\s+(?:with|by)\s+{_EL}(?![a-z])",
        t,
    ):
        a, b = _element(m.group(1), m.group(0)), _element(m.group(2), m.group(0))
        ops.append(_op("replace_element", m, [], old=a, new=b))
    for m in re.finditer(
        rf"\b(?:remove|delete)\s+(?:all|every)\s+(?:the\s+)?atoms\s+of\s+(?:the\s+)?element\s+{_EL}(?![a-z])",
        t,
    ):
        ops.append(_op("remove_element", m, [], old=_element(m.group(1), m.group(0))))
    # lattice: set to a matrix / deform by a matrix / scale / set parameters
    for m in re.finditer(r"\b(set|deform|transform)\s+the\s+(?:current\s+)?lattice\b", t, re.I):
        seg = t[m.end() : m.end() + 300]
        mm = re.search(r"matrix\s*(\()", seg)
        if not mm:
            raise EditRefusal("the lattice change needs a 3×3 matrix ((a), (b), (c))")
        p = m.end() + mm.start(1)
        rows = _tuples(t[p + 1 : _balanced(t, p) - 1])
        if len(rows) != 3 or any(len(r) != 3 for r in rows):
            raise EditRefusal("the lattice matrix must have three rows of three numbers")
        kind = "set_lattice" if m.group(1).lower() == "set" else "deform_lattice"
        ops.append(_op(kind, m, [x for r in rows for x in r], matrix=rows))
    for m in re.finditer(
        rf"\b(?:uniformly\s+)?scale\s+the\s+(?:current\s+)?(?:lattice|cell|unit\s+cell)(?:\s+vectors)?"
        rf"(?:\s+(?:of|in)\s+[\w.-]+)?\s+"
        rf"(?:uniformly\s+)?by\s+(?:a\s+)?(?:factors?\s+(?:of\s+)?)?(?:{VEC}|({NUM})(?!\s*%))",
        t,
        re.I,
    ):
        if m.group(1) is not None:
            f = _vec(m, 1)
            ops.append(_op("scale_lattice", m, f, factors=f))
        else:
            f1 = _f(m.group(4))
            if f1 <= 0:
                raise EditRefusal("a scale factor must be positive")
            ops.append(_op("scale_lattice", m, [f1], factors=[f1] * 3))
    for m in re.finditer(
        r"\b(?:re)?set\s+the\s+lattice(?:\s+matrix)?\s+(?:such\s+)?that\s+its\s+lattice\s+vector\s+"
        r"lengths\s+and\s+angles\s*\(a,\s*b,\s*c,\s*alpha,\s*beta,\s*gamma\)\s*=\s*\(([^()]*)\)",
        t,
        re.I,
    ):
        par = [float(x) for x in re.findall(NUM, m.group(1))]
        if len(par) != 6:
            raise EditRefusal("lattice parameters need six numbers (a, b, c, alpha, beta, gamma)")
        ops.append(_op("lattice_parameters", m, par, parameters=par))
    return ops


def _region(t: str, m: re.Match[str]) -> EditOp | None:
    """A sphere or box region after a remove verb."""
    seg = t[m.end() : m.end() + 400]
    sym = re.match(r"\s*all\s+atoms\s+with\s+element\s+symbols\s*\[([^\]]*)\]", seg, re.I)
    symbols = re.findall(r"[A-Z][a-z]?", sym.group(1)) if sym else None
    sph = re.search(
        rf"spherical\s+region\s+cent(?:ered|red)\s+(?:at|on|around)\s+(?:(cartesian|fractional)\s+coordinates\s+{VEC}|"
        rf"(?:the\s+)?atom\s+with\s+index\s+(\d+)(?:\s+in\s+(?:the\s+)?structure)?)\s+with\s+radius\s+"
        rf"({NUM})",
        seg,
        re.I,
    )
    if sph:
        r = _f(sph.group(6))
        if sph.group(5) is not None:
            i = int(sph.group(5))
            return _op("remove_sphere", m, [i, r], center_index=i, radius=r, symbols=symbols)
        c = _vec(sph, 2)
        return _op(
            "remove_sphere",
            m,
            [*c, r],
            center=c,
            radius=r,
            symbols=symbols,
            fractional=sph.group(1).lower() == "fractional",
        )
    box = re.search(
        r"(cartesian|fractional)\s+coordinates\s+satisfying\s*:?\s*(.*?)(?:\s+from\b|$)", seg, re.I
    )
    if box:
        lo = [None, None, None]
        hi = [None, None, None]
        numbers = []
        for part in re.split(r",\s*(?=[-+\d.]|[xyz]\b)", box.group(2)):
            axis = re.search(r"\b([xyz])\b", part)
            if not axis:
                continue
            k = "xyz".index(axis.group(1))
            both = re.search(rf"({NUM})\s*(?:≤|<=|<)\s*[xyz]\s*(?:≤|<=|<)\s*({NUM})", part)
            ge = re.search(rf"[xyz]\s*(?:≥|>=|>)\s*({NUM})", part)
            le = re.search(rf"[xyz]\s*(?:≤|<=|<)\s*({NUM})", part)
            if both:
                lo[k], hi[k] = _f(both.group(1)), _f(both.group(2))
            elif ge:
                lo[k] = _f(ge.group(1))
            elif le:
                hi[k] = _f(le.group(1))
            else:
                raise EditRefusal(f"cannot read the bound {part.strip()!r}")
        numbers = [x for x in lo + hi if x is not None]
        if not numbers:
            raise EditRefusal("the box gives no bounds")
        return _op(
            "remove_box",
            m,
            numbers,
            low=lo,
            high=hi,
            symbols=symbols,
            fractional=box.group(1).lower() == "fractional",
        )
    return None


_SPHERE_CENTRE = re.compile(
    rf"\s*all\s+atoms(?:\s+with\s+element\s+symbols\s*\[[^\]]*\])?\s+in\s+the\s+spherical\s+region\s+"
    rf"cent(?:ered|red)\s+(?:at|on|around)\s+(?:(?P<kind>cartesian|fractional)\s+coordinates\s+"
    rf"[\[(]\s*(?P<c0>{NUM}){_SEP}(?P<c1>{NUM}){_SEP}(?P<c2>{NUM})\s*[\])]|(?:the\s+)?atom\s+with\s+index\s+"
    rf"(?P<index>\d+)(?:\s+in\s+(?:the\s+)?structure)?)\s+with\s+radius\s+(?P<r>{NUM})",
    re.I,
)


def _motif_ops(t: str) -> list[EditOp]:
    ops: list[EditOp] = []
    # remove a region or a group
    for m in re.finditer(r"\b(?:remove|delete)\b", t, re.I):
        op = _region(t, m)
        if op:
            ops.append(op)
            continue
        head = re.match(r"(?:remove|delete)\s*\[?\s*", t[m.start() :], re.I)
        found = read_group(t[m.start() + head.end() :]) if head else None
        if found and found[0].species and (found[0].indices or found[0].coords):
            g = found[0]
            if g.coords is not None or t[m.start() + head.end() :].lstrip().startswith(("a", "an")):
                ops.append(_op("remove_group", m, _group_numbers(g), group=g))
    # translate a group
    for m in re.finditer(r"\btranslate\s*\[?\s*(?=an?\s)", t, re.I):
        found = read_group(t[m.end() :])
        if not found:
            continue
        g, end = found
        rest = t[m.end() + end : m.end() + end + 400]
        nums = _group_numbers(g)
        to = re.search(
            rf"relocate\s+its\s+centroid\s+(?:at|to)\s+(cartesian|fractional)\s+coordinates\s+{VEC}",
            rest,
            re.I,
        )
        by = re.search(rf"\bby\s+{VEC}\s+in\s+(cartesian|fractional)\s+coordinates", rest, re.I)
        rel = re.search(
            rf"move\s+its\s+centroid\s+({NUM})\s*{_A}?\s*(away\s+from|towards?)\s+(?:a\s+reference\s+point\s+at\s+"
            rf"(cartesian|fractional)\s+coordinates\s+{VEC}|the\s+centroid\s+of\s*\[?)",
            rest,
            re.I,
        )
        if to:
            v = _vec(to, 2)
            ops.append(
                _op(
                    "translate_group",
                    m,
                    nums + v,
                    group=g,
                    mode="to",
                    point=v,
                    fractional=to.group(1).lower() == "fractional",
                )
            )
        elif by:
            v = _vec(by, 1)
            ops.append(
                _op(
                    "translate_group",
                    m,
                    nums + v,
                    group=g,
                    mode="by",
                    vector=v,
                    fractional=by.group(4).lower() == "fractional",
                )
            )
        elif rel:
            d = abs(_f(rel.group(1)))
            sign = 1.0 if rel.group(2).lower().startswith("away") else -1.0
            if rel.group(3):
                v = _vec(rel, 4)
                ops.append(
                    _op(
                        "translate_group",
                        m,
                        [*nums, _f(rel.group(1)), *v],
                        group=g,
                        mode="from_point",
                        point=v,
                        distance=sign * d,
                        fractional=rel.group(3).lower() == "fractional",
                    )
                )
            else:
                other = read_group(rest[rel.end() :])
                if not other or (not other[0].indices and other[0].coords is None):
                    raise EditRefusal(
                        "which group's centroid is the reference? It could not be read"
                    )
                ops.append(
                    _op(
                        "translate_group",
                        m,
                        [*nums, _f(rel.group(1)), *_group_numbers(other[0])],
                        group=g,
                        mode="from_group",
                        other=other[0],
                        distance=sign * d,
                    )
                )
        else:
            raise EditRefusal(
                "the translation gives neither a target point, a vector nor a distance"
            )
    # swap two groups (positions move, elements stay with their index)
    for m in re.finditer(r"\bswap\s+the\s+positions?\s+of\s*\[?\s*(?=an?\s)", t, re.I):
        a = read_group(t[m.end() :])
        if not a:
            continue
        rest = t[m.end() + a[1] :]
        w = re.search(r"\bwith\s+the\s+positions?\s+of\s*\[?\s*(?=an?\s)", rest, re.I)
        b = read_group(rest[w.end() :]) if w else None
        if not b:
            raise EditRefusal("the second group of the swap could not be read")
        ops.append(
            _op("swap_groups", m, _group_numbers(a[0]) + _group_numbers(b[0]), a=a[0], b=b[0])
        )
    # add a group
    for m in re.finditer(
        r"\badd\s*\[?\s*(?=an?\s+(?:atom\s+[A-Z]|" + _MOTIF_TYPES + r"\s+of))", t, re.I
    ):
        found = read_group(t[m.end() :])
        if not found:
            continue
        g, end = found
        if g.indices:
            raise EditRefusal("atoms to add must be given by coordinates, not site indices")
        nums = [x for c in g.coords or [] for x in c]  # the coordinates the text gives
        if g.coords is None:
            if len(g.species) != 1:
                raise EditRefusal("the new atoms' coordinates are missing")
            g.coords = [[0.0, 0.0, 0.0]]  # one atom: its centroid is itself
        rest = t[m.end() + end : m.end() + end + 600]
        at = re.search(
            rf"centroid\s+located\s+at\s+(cartesian|fractional)\s+coordinates\s+{VEC}", rest, re.I
        )
        shift = re.search(
            rf"centroid\s+shifted\s+in\s+(cartesian|fractional)\s+coordinates\s+by\s+{VEC}\s+relative\s+to\s+"
            rf"(?:a\s+reference\s+point\s+at\s+(cartesian|fractional)\s+coordinates\s+{VEC}|the\s+centroid\s+of\s*\[?)",
            rest,
            re.I,
        )
        line = re.search(
            r"centroid\s+located\s+on\s+the\s+line\s+between\s+atoms\s+in\s*\[?\s*", rest, re.I
        )
        if at:
            v = _vec(at, 2)
            ops.append(
                _op(
                    "add_group",
                    m,
                    nums + v,
                    group=g,
                    mode="at",
                    point=v,
                    fractional=at.group(1).lower() == "fractional",
                )
            )
        elif shift:
            s = _vec(shift, 2)
            frac = shift.group(1).lower() == "fractional"
            if shift.group(5):
                p = _vec(shift, 6)
                ops.append(
                    _op(
                        "add_group",
                        m,
                        nums + s + p,
                        group=g,
                        mode="from_point",
                        shift=s,
                        point=p,
                        fractional=frac,
                    )
                )
            else:
                other = read_group(rest[shift.end() :])
                sphere = None if other else _SPHERE_CENTRE.match(rest[shift.end() :])
                if sphere and sphere.group("index"):  # a sphere's centroid is its centre
                    i = int(sphere.group("index"))
                    other = (Group(indices=[i], offsets=[[0, 0, 0]]), 0)
                    nums += [i, _f(sphere.group("r"))]
                elif sphere:
                    point = [float(sphere.group(f"c{k}")) for k in range(3)]
                    ops.append(
                        _op(
                            "add_group",
                            m,
                            nums + s + point + [_f(sphere.group("r"))],
                            group=g,
                            mode="from_point",
                            shift=s,
                            point=point,
                            fractional=shift.group(1).lower() == "fractional",
                            point_fractional=sphere.group("kind").lower() == "fractional",
                        )
                    )
                    continue
                if not other:
                    raise EditRefusal(
                        "which group's centroid is the reference? It could not be read"
                    )
                ops.append(
                    _op(
                        "add_group",
                        m,
                        nums + s + _group_numbers(other[0]),
                        group=g,
                        mode="from_group",
                        shift=s,
                        other=other[0],
                        fractional=frac,
                    )
                )
        elif line:
            pair = read_group(rest[line.end() :])
            d = re.search(
                rf"at\s+({NUM})\s*{_A}?\s*away\s+from\s+the\s+atom\s+indexed\s+(\d+)", rest, re.I
            )
            if not pair or len(pair[0].indices) != 2 or not d:
                raise EditRefusal(
                    "the line needs a pair of atoms by site index and a distance from one of them"
                )
            ref = int(d.group(2))
            if ref not in pair[0].indices:
                raise EditRefusal(f"atom {ref} is not one of the pair {pair[0].indices}")
            ops.append(
                _op(
                    "add_group",
                    m,
                    nums + _group_numbers(pair[0]) + [_f(d.group(1)), ref],
                    group=g,
                    mode="line",
                    pair=pair[0],
                    ref=ref,
                    distance=_f(d.group(1)),
                )
            )
        else:
            raise EditRefusal(
                "where should the new atoms go? No target point, shift or line could be read"
            )
    # rotate a group: Euler angles (Z-X-Z intrinsic) or an angle about an axis, about a centre
    for m in re.finditer(
        r"\brotate\s*\[?\s*(?=an?\s+(?:atom\s+[A-Z]|" + _MOTIF_TYPES + r"\s+of))", t, re.I
    ):
        found = read_group(t[m.end() :])
        if not found or not (found[0].indices or found[0].coords is not None):
            continue
        g, end = found
        rest = t[m.end() + end : m.end() + end + 700]
        nums = _group_numbers(g)
        euler = re.search(
            rf"euler\s+angles\s*\(z-x-z\s+intrinsic[^)]*\)\s*in\s+{VEC}\s*{_DEG}", rest, re.I
        )
        by = re.search(
            rf"by\s+({NUM})\s*{_DEG}\s+counter-?clockwise\s+around\s+a\s+rotation\s+axis",
            rest,
            re.I,
        )
        vec = re.search(rf"defined\s+by\s+the\s+cartesian\s+vector\s+{VEC}", rest, re.I)
        line = re.search(r"defined\s+by\s+the\s+line\s+of\s*\[?\s*", rest, re.I)
        params: dict[str, Any] = {"group": g}
        if euler:
            params["euler"] = _vec(euler, 1)
            nums += params["euler"]
        elif by and (vec or line):
            params["angle"] = _f(by.group(1))
            nums.append(params["angle"])
            if vec:
                params["axis"] = _vec(vec, 1)
                nums += params["axis"]
                if not any(params["axis"]):
                    raise EditRefusal("the rotation axis is the zero vector")
        else:
            raise EditRefusal("the group rotation needs Euler angles or an angle and an axis")
        self_c = re.search(r"around\s+its\s+own\s+centroid", rest, re.I)
        point = re.search(
            rf"around\s+a\s+(?:center\s+position|rotation\s+center)\s+in\s+(cartesian|fractional)\s+"
            rf"coordinates\s+{VEC}",
            rest,
            re.I,
        )
        other = re.search(r"around\s+the\s+centroid\s+of\s*\[?\s*(?=an?\s)", rest, re.I)
        if line and not vec and "euler" not in params:
            pair = read_group(rest[line.end() :])
            origin = re.search(r"pointing\s+from\s+the\s+atom\s+with\s+index\s+(\d+)", rest, re.I)
            if (
                not pair
                or len(pair[0].indices) != 2
                or not origin
                or int(origin.group(1)) not in pair[0].indices
            ):
                raise EditRefusal(
                    "the axis needs a pair of atoms by site index and the atom it points from"
                )
            params.update(centre="pair", pair=pair[0], origin=int(origin.group(1)))
            nums += [*_group_numbers(pair[0]), int(origin.group(1))]
        elif self_c:
            params["centre"] = "self"
        elif point:
            params.update(
                centre="point",
                point=_vec(point, 2),
                fractional=point.group(1).lower() == "fractional",
            )
            nums += params["point"]
        elif other:
            og = read_group(rest[other.end() :])
            if not og:
                raise EditRefusal("the group whose centroid is the centre could not be read")
            params.update(centre="group", other=og[0])
            nums += _group_numbers(og[0])
        else:
            raise EditRefusal("the centre of the group rotation could not be read")
        ops.append(_op("rotate_group", m, nums, **params))
    # move the atoms of a sphere away from / towards its centre by a scale factor
    for m in re.finditer(r"\bmove\s*\[(?=\s*all\s+atoms)", t, re.I):
        sphere = _SPHERE_CENTRE.match(t[m.end() :])
        if not sphere:
            continue
        rest = t[m.end() + sphere.end() : m.end() + sphere.end() + 300]
        by = re.search(rf"changed\s+by\s+a\s+scale\s+factor\s+of\s+({NUM})", rest, re.I)
        if not by or _f(by.group(1)) <= 0:
            raise EditRefusal(
                "moving a sphere's atoms needs a positive scale factor of their distances"
            )
        symbols = re.search(r"element\s+symbols\s*\[([^\]]*)\]", sphere.group(0))
        params: dict[str, Any] = {
            "radius": _f(sphere.group("r")),
            "factor": _f(by.group(1)),
            "symbols": re.findall(r"[A-Z][a-z]?", symbols.group(1)) if symbols else None,
        }
        nums = [params["radius"], params["factor"]]
        if sphere.group("index"):
            params["center_index"] = int(sphere.group("index"))
            nums.append(params["center_index"])
        else:
            params["center"] = [float(sphere.group(f"c{k}")) for k in range(3)]
            params["fractional"] = sphere.group("kind").lower() == "fractional"
            nums += params["center"]
        ops.append(_op("scale_sphere", m, nums, **params))
    # resize a group about its centroid or one of its atoms
    for m in re.finditer(r"\b(enlarge|shrink|elongate|shorten)\s*\[?\s*(?=an?\s)", t, re.I):
        found = read_group(t[m.end() :])
        if not found or not (found[0].indices or found[0].coords is not None):
            continue
        g, end = found
        rest = t[m.end() + end : m.end() + end + 300]
        by = re.search(rf"by\s+a\s+scale\s+factor\s+of\s+({NUM})", rest, re.I)
        to = re.search(rf"to\s+a\s+(?:radius|length)\s+of\s+({NUM})\s*{_A}?", rest, re.I)
        about = re.search(
            r"relative\s+to\s+(?:(its\s+centroid)|the\s+atom\s+at\s+index\s+(\d+))", rest, re.I
        )
        if not about or not (by or to):
            raise EditRefusal(
                "the resize needs a scale factor and a centre (its centroid or an atom)"
            )
        if to and about.group(2):
            raise EditRefusal(
                "a target radius about one atom of the group is ambiguous; give a scale factor"
            )
        centre_atom = int(about.group(2)) if about.group(2) else None
        if centre_atom is not None and centre_atom not in g.indices:
            raise EditRefusal(f"atom {centre_atom} is not in the group {g.indices}")
        value = _f((by or to).group(1))
        if value <= 0:
            raise EditRefusal("a scale factor or radius must be positive")
        ops.append(
            _op(
                "resize_group",
                m,
                [*_group_numbers(g), value, *([centre_atom] if centre_atom is not None else [])],
                group=g,
                centre_atom=centre_atom,
                factor=value if by else None,
                radius=value if to else None,
            )
        )
    # replace a group by new atoms
    for m in re.finditer(
        r"\breplace\s*\[?\s*(?=an?\s+(?:atom\s+[A-Z]|" + _MOTIF_TYPES + r"\s+of))", t, re.I
    ):
        old = read_group(t[m.end() :])
        if not old or not old[0].indices:
            continue
        rest = t[m.end() + old[1] :]
        w = re.search(
            r"\bwith\s*\[?\s*(?=an?\s+(?:atom\s+[A-Z]|" + _MOTIF_TYPES + r"\s+of))", rest, re.I
        )
        new = read_group(rest[w.end() :]) if w else None
        if not new:
            raise EditRefusal("the new atoms of the replacement could not be read")
        g = new[0]
        if g.coords is None and len(g.species) != len(old[0].indices):
            raise EditRefusal("the new atoms' coordinates are missing")
        appended = bool(re.search(r"appended\s+to\s+the\s+end", t, re.I))
        nums = _group_numbers(old[0]) + [x for c in g.coords or [] for x in c]
        ops.append(_op("replace_group", m, nums, old=old[0], new=g, appended=appended))
    return ops


# ------------------------------------------------------------------ the whole instruction
_BOILERPLATE = re.compile(
    r"indices\s+(?:of\s+atoms\s+)?(?:are\s+)?(?:started|start|starting|counted|count(?:ing)?)\s+"
    r"(?:from|at)\s+[01]|\(?(?:counting|counted|starting|indices\s+start(?:ing)?)\s+(?:from|at)\s+[01]\)?|"
    r"fractional\s+coordinates\s+between\s+0\s+and\s+1|\b0-based|\bzero-based",
    re.I,
)
_FILE_NAME = re.compile(
    r"[\w.-]+\.(?:cif|vasp|json|xyz|extxyz|traj|pdb|poscar)\b|\b(?:POSCAR|CONTCAR)[\w.-]*", re.I
)
EDIT_CUE = re.compile(
    r"\b(?:atom|site)s?\s+(?:at\s+|with\s+)?(?:index|indices)\b|\bsite\s+indices\b|"
    r"\bcentroid\b|\bmotif\b|\b(?:set|deform|scale)\s+the\s+(?:current\s+)?lattice\b|"
    r"\bsupercell\s+with\s+the\s+size\b|"
    r"\b(?:center|centre)\s+atom\b|\bspherical\s+region\b|\batoms/species\b",
    re.I,
)
EDIT_VERB = re.compile(
    r"\b(?:add|remove|delete|insert|move|shift|swap|exchange|rotate|translate|change|replace|"
    r"substitute|set|scale|deform|create|put|place|twist|flip|mirror|reflect|invert|stretch|"
    r"enlarge|shrink|elongate|shorten|resize|expand|contract|"
    r"compress|strain|displace)\b",
    re.I,
)


_VERB_ON_ATOM_N = re.compile(  # "swap atoms 1 and 3", "move atom 2 ...": an edit verb on atom N
    EDIT_VERB.pattern
    + r"[^.;]{0,40}?\b(?:atom|site)s?\s+#?\d+(?![.\d])(?!\s*(?:Å|angstrom|nm|pm|%))",
    re.I,
)


def is_edit_request(text: str) -> bool:
    """Worded like an index/motif structure edit (even when no reader binds it)."""
    return bool((EDIT_CUE.search(text) and EDIT_VERB.search(text)) or _VERB_ON_ATOM_N.search(text))


def _numbers_left(t: str, ops: list[EditOp]) -> list[str]:
    text = _BOILERPLATE.sub(" ", t)
    text = _FILE_NAME.sub(" ", text)  # digits of file names are no parameters
    used = [x for op in ops for x in op.numbers]
    left = []
    for m in re.finditer(rf"(?<![\w.]){NUM}(?![\w])", text):
        token = m.group(0)
        if re.match(r"[A-Z][a-z]?\d", text[max(0, m.start() - 2) : m.end()]):
            continue
        value = float(token)
        if not any(abs(value - u) <= 1e-9 + 1e-9 * abs(u) or abs(-value - u) <= 1e-9 for u in used):
            left.append(token)
    return left


def read_edit(text: str) -> list[EditOp] | None:
    """The operations of ``text`` in order; None when it is no structure edit (see module doc)."""
    t = " ".join(text.split())
    ops = _motif_ops(t) + _structure_ops(t) + _simple_ops(t)
    # the same words read twice (a group swap is also a two-index swap ...): keep the first reader
    seen: list[EditOp] = []
    for op in sorted(ops, key=lambda o: o.start):
        if any(abs(op.start - o.start) < 3 for o in seen):
            continue
        seen.append(op)
    ops = seen
    if not ops:
        if is_edit_request(t):
            raise EditRefusal(
                "no operation I can verify matches its wording "
                "(add/remove/change/move/swap/rotate/insert atoms by index, supercell, lattice, "
                "element or group edits)"
            )
        return None
    left = _numbers_left(t, ops)
    if (left or len(ops) > 1) and not is_edit_request(t):
        return None  # an everyday request with more in it than an index edit: the planner's
    if left:
        raise EditRefusal(
            "the request gives "
            + ", ".join(dict.fromkeys(left))
            + ", which no operation I read uses"
        )
    if len(ops) > 1 and any(op.changes_count() for op in ops[:-1]):
        raise EditRefusal(
            "several edits where an earlier one changes the number of atoms: the later indices "
            "would be ambiguous; please give one edit at a time"
        )
    return ops


def check_indices(ops: list[EditOp], n_sites: int) -> None:
    """Raise :class:`EditRefusal` when an index is outside 0..n_sites-1."""

    def bad(i: int) -> None:
        if not 0 <= i < n_sites:
            raise EditRefusal(
                f"index {i} is outside the structure: it has {n_sites} sites, indices 0 to {n_sites - 1}"
            )

    for op in ops:
        p = op.params
        for key in ("index", "i", "j", "ref", "center_index"):
            if isinstance(p.get(key), int):
                bad(p[key])
        for i in p.get("indices", []):
            bad(i)
        for key in ("group", "a", "b", "old", "other", "pair"):
            g = p.get(key)
            if isinstance(g, Group):
                for i in g.indices:
                    bad(i)
        if op.kind == "swap_elements" and p["i"] == p["j"]:
            raise EditRefusal("swapping an atom with itself changes nothing")
        if op.kind == "insert_between" and p["i"] == p["j"]:
            raise EditRefusal("an atom cannot be inserted between an atom and itself")
