"""Lone pairs and hybridisation of a central atom (VSEPR), for counting questions over a list.

A question that lists species ('XeF₄, [ICl₂]⁻, SO₂Cl₂ …') and asks for the sum of the lone pairs
on their central atoms, or how many of them have a given hybridisation or a given number of lone
pairs on the central atom, has one answer fixed by valence-shell electron counting:

* lone pairs on the central atom A = (V_A − q − Σ v_L) / 2, where V_A is A's valence electrons (its
  group), q the species' charge (an anion adds electrons) and v_L what each terminal atom takes
  to complete its octet by bonding (1 for H and the halogens, 2 for O, S, Se, Te, 3 for N);
* steric number = bonded atoms + lone pairs; hybridisation sp, sp², sp³, sp³d, sp³d², sp³d³
  for steric numbers 2 … 7;
* a four-coordinate d¹⁰ complex (Ni(CO)₄, [Zn(NH₃)₄]²⁺) is sp³; a four-coordinate d⁸ complex of
  Pd, Pt or Au, or of Ni with cyanide, is square planar, dsp².

A species whose central atom the formula does not fix (more than one candidate, an H that may sit on
O, chains, two-atom species, an odd electron count, a metal outside the two rules) is *unknown*: a
count is then only bounded (each unknown may or may not qualify), and a sum is not checked. The
final answer (a plain number of lone pairs or species, no unit) is wrong only when it lies outside
what every reading allows.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from .checks import Check

_VALENCE = {  # main-group valence electrons (the group's last digit)
    **dict.fromkeys(("H", "Li", "Na", "K", "Rb", "Cs"), 1),
    **dict.fromkeys(("Be", "Mg", "Ca", "Sr", "Ba"), 2),
    **dict.fromkeys(("B", "Al", "Ga", "In", "Tl"), 3),
    **dict.fromkeys(("C", "Si", "Ge", "Sn", "Pb"), 4),
    **dict.fromkeys(("N", "P", "As", "Sb", "Bi"), 5),
    **dict.fromkeys(("O", "S", "Se", "Te", "Po"), 6),
    **dict.fromkeys(("F", "Cl", "Br", "I", "At"), 7),
    **dict.fromkeys(("He", "Ne", "Ar", "Kr", "Xe", "Rn"), 8),
}
_TERMINAL_BONDS = {  # electrons a terminal atom shares to complete its octet
    **dict.fromkeys(("H", "F", "Cl", "Br", "I"), 1),
    **dict.fromkeys(("O", "S", "Se", "Te"), 2),
    "N": 3,
}
_METAL_GROUP = {  # d-block group numbers (d electrons of the neutral atom's valence shell)
    "Ti": 4, "V": 5, "Cr": 6, "Mn": 7, "Fe": 8, "Co": 9, "Ni": 10, "Cu": 11, "Zn": 12,
    "Pd": 10, "Ag": 11, "Cd": 12, "Pt": 10, "Au": 11, "Hg": 12,
}  # fmt: skip
_LIGAND_CHARGE = {"CO": 0, "NH3": 0, "H2O": 0, "CN": -1, "F": -1, "Cl": -1, "Br": -1, "I": -1}
_HYBRID = {2: "sp", 3: "sp2", 4: "sp3", 5: "sp3d", 6: "sp3d2", 7: "sp3d3"}
_SHAPE = {  # (bonded atoms, lone pairs) -> the shape of the atoms (VSEPR)
    (2, 0): "linear", (3, 0): "trigonal planar", (2, 1): "bent", (4, 0): "tetrahedral",
    (3, 1): "trigonal pyramidal", (2, 2): "bent", (5, 0): "trigonal bipyramidal",
    (4, 1): "see-saw", (3, 2): "t-shaped", (2, 3): "linear", (6, 0): "octahedral",
    (5, 1): "square pyramidal", (4, 2): "square planar", (7, 0): "pentagonal bipyramidal",
}  # fmt: skip
_WORDS = {"no": 0, "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


@dataclass(frozen=True)
class Centre:
    """What valence counting fixes for one species' central atom (None: not fixed)."""

    species: str
    lone_pairs: int | None
    hybrid: str | None
    shape: str | None = None


# ------------------------------------------------------------------ reading species
_TOKEN = re.compile(
    r"(?<![A-Za-z0-9])(\[?)((?:[A-Z][a-z]?\d*|\((?:[A-Z][a-z]?\d*)+\)\d*)+)(\]?)"
    r"(?:\s*\^\s*\(?\s*(\d*)\s*([+\-−])\s*\)?)?(?![a-z])"
)
_ASIDE = re.compile(r"\((?:\s*(?:atomic|given|use|take))[^()]*\)", re.I)


def _atoms(body: str) -> Counter[str] | None:
    """Atoms of 'SO2Cl2' or 'Ni(CO)4'; None when a symbol is not an element we know."""
    total: Counter[str] = Counter()
    for group, inner, times, symbol, n in re.findall(
        r"(\(((?:[A-Z][a-z]?\d*)+)\)(\d*))|([A-Z][a-z]?)(\d*)", body
    ):
        if group:
            sub = _atoms(inner)
            if sub is None:
                return None
            for el, k in sub.items():
                total[el] += k * int(times or 1)
        elif symbol in _VALENCE or symbol in _METAL_GROUP:
            total[symbol] += int(n or 1)
        else:
            return None
    return total


def listed_species(question: str) -> list[tuple[str, int]]:
    """Formulas of two or more atoms the question lists, each with its charge, in order.

    The formulas must form one list ('A, B, C and D'): anything else between two of them (a word,
    a single atom such as 'H atom'), or a list item before the first or after the last that is not
    read as a formula, makes the list unreadable, and it is empty."""
    text = _ASIDE.sub(" ", question).replace("_", "")
    text = re.sub(r"(?<=[A-Za-z]\d)\s+(?=[A-Z][a-z]?\d)", "", text)  # 'SO2 Cl2' is one formula
    found: list[tuple[str, int, int, int]] = []
    for m in _TOKEN.finditer(text):
        atoms = _atoms(m.group(2))
        if atoms is None or sum(atoms.values()) < 2:
            continue
        charge = 0
        if m.group(5):
            charge = int(m.group(4) or 1) * (1 if m.group(5) == "+" else -1)
        found.append((m.group(2), charge, m.start(), m.end()))
    if not found:
        return []
    for (_a, _qa, _sa, end), (_b, _qb, start, _eb) in pairwise(found):
        if not re.fullmatch(r"[\s,;$]*(?:and|or)?[\s,;$]*", text[end:start]):
            return []
    before, after = text[: found[0][2]], text[found[-1][3] :]
    if re.search(r"(?:,|\band|\bor)[\s$]*$", before) or re.match(r"[\s$,]*(?:and|or)\b", after):
        return []  # an item before or after the formulas that is not one of them
    out: list[tuple[str, int]] = []
    for body, charge, _s, _e in found:
        if (body, charge) not in out:
            out.append((body, charge))
    return out


# ------------------------------------------------------------------ counting
def _main_group(body: str, charge: int) -> Centre:
    unknown = Centre(body, None, None)
    order = re.findall(r"[A-Z][a-z]?", body)
    atoms = _atoms(body)
    if atoms is None or "(" in body or sum(atoms.values()) < 3:
        return unknown
    if len(atoms) == 1:  # I3+, O3, N3-: one central atom between two like ones
        ((el, n),) = atoms.items()
        if n != 3 or el not in _TERMINAL_BONDS:
            return unknown
        centre, ligands = el, Counter({el: 2})
    else:
        singles = [el for el in dict.fromkeys(order) if atoms[el] == 1 and el != "H"]
        first = order[0]
        if first != "H" and atoms[first] == 1:
            centre = first
        elif len(singles) == 1:
            centre = singles[0]
        else:
            return unknown
        ligands = atoms.copy()
        ligands[centre] -= 1
        ligands = +ligands
        if "H" in ligands and len(ligands) > 1:
            return unknown  # HOCl, H2SO4: the H may sit on a terminal atom
    if centre not in _VALENCE or centre == "H":
        return unknown
    if any(el not in _TERMINAL_BONDS for el in ligands):
        return unknown
    electrons = (
        _VALENCE[centre] - charge - sum(_TERMINAL_BONDS[el] * k for el, k in ligands.items())
    )
    if electrons < 0 or electrons % 2:
        return unknown  # an odd electron (NO2, ClO2) or an octet the count cannot settle
    lone = electrons // 2
    bonded = sum(ligands.values())
    steric = bonded + lone
    if steric > 6 and lone:  # [TeBr6]2-: the seventh pair is stereochemically inert
        return Centre(body, lone, None)
    return Centre(body, lone, _HYBRID.get(steric), _SHAPE.get((bonded, lone)))


def _complex(body: str, charge: int) -> Centre:
    """Four- and two-coordinate d⁸ / d¹⁰ complexes: 'Ni(CO)4', '[PtCl4]^(2-)'."""
    unknown = Centre(body, None, None)
    m = re.fullmatch(r"([A-Z][a-z]?)(?:\(([A-Za-z0-9]+)\)|([A-Z][a-z]?))(\d*)", body)
    if m is None or m.group(1) not in _METAL_GROUP:
        return unknown
    metal, ligand, n = m.group(1), m.group(2) or m.group(3), int(m.group(4) or 1)
    if ligand not in _LIGAND_CHARGE:
        return unknown
    d = _METAL_GROUP[metal] - (charge - n * _LIGAND_CHARGE[ligand])
    if n == 2 and d == 10:
        return Centre(body, None, "sp", "linear")
    if n == 4 and d == 10:
        return Centre(body, None, "sp3", "tetrahedral")
    if n == 4 and d == 8 and (metal in ("Pd", "Pt", "Au") or (metal == "Ni" and ligand == "CN")):
        return Centre(body, None, "dsp2", "square planar")
    return unknown


def centre(body: str, charge: int) -> Centre:
    """Lone pairs and hybridisation of the central atom of one species (see the module notes)."""
    atoms = _atoms(body)
    if atoms is not None and any(el in _METAL_GROUP for el in atoms):
        return _complex(body, charge)
    return _main_group(body, charge)


# ------------------------------------------------------------------ the question asked
_MEMBERS = r"(?:species|molecules|ions|compounds|molecules\s*/\s*ions)"
_SUM = re.compile(
    r"(?:sum|total)\s+(?:of\s+)?(?:the\s+)?(?:total\s+)?number\s+of\s+lone\s+pairs?"
    r"(?:\s+of\s+electrons)?\s+(?:present\s+)?on\s+(?:each|the|all)\s+(?:the\s+)?central\s+atoms?",
    re.I,
)
_HYBRID_ASKED = re.compile(
    rf"number\s+of\s+{_MEMBERS}\s+(?:having|with|that\s+have|which\s+have)\s+(?:an?\s+)?"
    r"\$?((?:d\s*)?s\s*p(?:\s*\^?\s*\{?\s*[23]\s*\}?)?(?:\s*d\s*(?:\^?\s*\{?\s*[23]\s*\}?)?)?)\$?"
    r"\s*[- ]?\s*hybridi[sz]ed\s+central\s+atoms?",
    re.I,
)
_LONE_ASKED = re.compile(
    rf"number\s+of\s+{_MEMBERS}\s+(?:having|with|that\s+have|which\s+have)\s+"
    r"(no|zero|one|two|three|four|five|\d)\s+lone\s+pairs?(?:\s+of\s+electrons)?\s+on\s+"
    r"(?:the|their|its)\s+central\s+atoms?",
    re.I,
)
_SHAPE_ASKED = re.compile(
    rf"number\s+of\s+{_MEMBERS}\s+(?:having|with|that\s+have|which\s+have|that\s+are|which\s+are)"
    r"\s+(?:an?\s+)?(linear|bent|trigonal\s+planar|tetrahedral|trigonal\s+pyramidal|"
    r"trigonal\s+bipyramidal|see-?\s?saw|t-shaped|octahedral|square\s+pyramidal|square\s+planar|"
    r"pentagonal\s+bipyramidal)\b(?:\s+(?:shape|geometry|structure))?",
    re.I,
)


def _asked(question: str) -> tuple[str, str | int] | None:
    if _SUM.search(question):
        return ("sum", 0)
    m = _HYBRID_ASKED.search(question)
    if m:
        return ("hybrid", re.sub(r"[\s^{}$]", "", m.group(1)).lower())
    m = _LONE_ASKED.search(question)
    if m:
        word = m.group(1).lower()
        return ("lone", _WORDS[word] if word in _WORDS else int(word))
    m = _SHAPE_ASKED.search(question)
    if m:
        shape = re.sub(r"\s+", " ", m.group(1).lower())
        return ("shape", "see-saw" if shape.startswith("see") else shape)
    return None


def _show(species: str, charge: int) -> str:
    if not charge:
        return species
    sign = "+" if charge > 0 else "−"
    return f"[{species}]{abs(charge) if abs(charge) > 1 else ''}{sign}"


def vsepr_count_check(question: str, final_value: float | None) -> Check | None:
    """The response's count or sum against valence counting, or None when not such a question."""
    asked = _asked(question)
    if asked is None or final_value is None:
        return None
    species = listed_species(question)
    if len(species) < 2:
        return None
    centres = [(centre(body, q), _show(body, q)) for body, q in species]
    kind, target = asked
    if kind == "sum":
        if any(c.lone_pairs is None for c, _ in centres):
            return None
        want = sum(c.lone_pairs or 0 for c, _ in centres)
        shown = ", ".join(f"{name}: {c.lone_pairs}" for c, name in centres)
        if final_value == want:
            return Check(
                "valence count", True, f"lone pairs on the central atoms ({shown}) sum to {want}"
            )
        return Check(
            "valence count",
            False,
            f"lone pairs on each central atom, (valence electrons − charge − bonds to the terminal "
            f"atoms)/2: {shown}; their sum is {want}, not {final_value:g}",
        )
    values: list[str | int | None]
    if kind == "hybrid":
        values = [c.hybrid for c, _ in centres]
        label = f"{target} central atom"
    elif kind == "shape":
        values = [c.shape for c, _ in centres]
        label = f"{target} shape"
    else:
        values = [c.lone_pairs for c, _ in centres]
        label = f"{target} lone pair(s) on the central atom"
    yes = [
        name for (_c, name), v in zip(centres, values, strict=True) if v is not None and v == target
    ]
    open_ = [name for (_c, name), v in zip(centres, values, strict=True) if v is None]
    low, high = len(yes), len(yes) + len(open_)
    if low <= final_value <= high and float(final_value).is_integer():
        if low == high:
            return Check("valence count", True, f"{low} species with {label}: {', '.join(yes)}")
        return None
    unsure = f"; not fixed by valence counting: {', '.join(open_)}" if open_ else ""
    allowed = f"{low}" if low == high else f"between {low} and {high}"
    return Check(
        "valence count",
        False,
        f"by valence-shell electron counting the species with {label} are "
        f"{', '.join(yes) or 'none'}{unsure}; the count is {allowed}, not {final_value:g}",
    )
