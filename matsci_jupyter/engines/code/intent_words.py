"""Domain words of a request: which ones the request model reads, and what code shows they were used.

Numbers are bound by :mod:`.intent`; this module does the same for words. A materials word
("coordination", "XRD", "magnetic moment", "Wyckoff") that no field of the :class:`~.intent.Intent`
reads is *not understood*: :func:`not_understood` lists it, and a plan or model snippet whose
code shows no sign of it (:func:`uncovered_words`) does not cover the request, so it is never
verified. Quantities and operations the intent does read are held to the same rule: the code
must contain something that computes or does them (:data:`EVIDENCE`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .intent import Intent

# word (as reported) -> (pattern in the request, pattern in the code that covers it)
TERMS: dict[str, tuple[str, str]] = {
    "coordination": (
        r"\bcoordination\b|\bcoordinated\b",
        r"CrystalNN|VoronoiNN|MinimumDistanceNN|get_cn\b|coordination|get_neighbors|neighbor_list",
    ),
    "neighbours": (
        r"\bneighbou?rs?\b|\bnearest\b|\bbond\s+lengths?\b|\bbonds?\b",
        r"get_neighbors|get_all_neighbors|get_distance|distance_matrix|neighbor|CrystalNN|"
        r"get_all_distances|bond",
    ),
    "XRD": (
        r"\bxrd\b|\bdiffraction\b|\b2[\s-]?theta\b|\b2θ\b|\bbragg\b",
        r"XRDCalculator|xrd|diffraction",
    ),
    "Wyckoff positions": (r"\bwyckoff\b", r"wyckoff"),
    "oxidation states": (r"\boxidation\s+states?\b|\bvalence\b", r"oxidation|BVAnalyzer|valence"),
    "point group": (r"\bpoint[\s-]group\b", r"point_group|get_point_group"),
    "crystal system": (r"\bcrystal\s+system\b", r"crystal_system|get_crystal_system"),
    "symmetry operations": (r"\bsymmetry\s+operations?\b", r"symmetry_operations|get_symmetry"),
    "radial distribution": (r"\bradial\s+distribution\b|\brdf\b", r"rdf|radial"),
    "bond angles": (r"\bbond\s+angles?\b", r"get_angle|angle"),
    "magnetic moments": (r"\bmagnet\w*\b|\bspin\b", r"magmom|magnet|spin"),
    "band gap": (r"\bband\s*gaps?\b", r"band_gap|bandgap|gap"),
    "phonons": (r"\bphonons?\b", r"phonon|Phonopy"),
    "elastic constants": (r"\belastic\b", r"elastic|C11|stress"),
    "forces": (r"\bforces?\b", r"get_forces|forces|fmax"),
    "stress": (r"\bstress\b|\bpressure\b", r"get_stress|stress|pressure"),
    "molecular dynamics": (
        r"\bmolecular\s+dynamics\b|\bmd\s+(?:run|simulation|steps?)\b",
        r"Verlet|Langevin|md|dynamics",
    ),
    "k-points": (r"\bk[\s-]?points?\b|\bk[\s-]?mesh\b", r"kpoint|Kpoints|k_points|kpts"),
    "interstitial": (
        r"\binterstitials?\b|\boctahedral\s+(?:site|hole|void)\b|\btetrahedral\s+(?:site|hole|void)\b",
        r"interstitial|void|insert|append",
    ),
    "grain boundary": (r"\bgrain\s+boundar\w*\b", r"grain|GrainBoundary"),
    "interface": (r"\binterfaces?\b|\bheterostructure\b", r"interface|Interface"),
    "nanoparticle": (
        r"\bnanoparticles?\b|\bclusters?\b",
        r"cluster|Icosahedron|Octahedron|Decahedron|nanoparticle|wulff",
    ),
    "nanotube": (r"\bnanotubes?\b", r"nanotube"),
    "molecule": (
        r"\bmolecules?\b|\bmethane\b|\bwater\b|\bammonia\b|\bbenzene\b",
        r"molecule|Molecule|Atoms\(",
    ),
    "primitive cell": (r"\bprimitive\b", r"primitive|bulk\("),
    "conventional cell": (
        r"\bconventional\b|\bcubic\s+(?:unit\s+)?cell\b",
        r"conventional|cubic=True|crystal\(|from_spacegroup|Lattice\.cubic",
    ),
    "orthorhombic cell": (r"\borthorhombic\s+(?:unit\s+)?cell\b", r"orthorhombic=True"),
    "niggli": (r"\bniggli\b", r"niggli"),
    "atomic fraction": (
        r"\batomic\s+fractions?\b|\bmole\s+fractions?\b",
        r"get_atomic_fraction|fraction",
    ),
    "weight fraction": (r"\b(?:weight|mass)\s+fractions?\b|\bwt\s*%", r"get_wt_fraction|weight|wt"),
    "formation energy": (r"\bformation\s+energ\w*\b", r"formation"),
    "surface energy": (r"\bsurface\s+energ\w*\b", r"surface_energy|gamma|surface energy"),
    "adsorption energy": (r"\badsorption\s+energ\w*\b", r"adsorption|e_ads|E_ads"),
    "energy above hull": (r"\b(?:energy\s+)?above\s+(?:the\s+)?hull\b|\bhull\b", r"hull"),
}

# quantities and operations the intent reads -> what in the code shows they were done
EVIDENCE: dict[str, str] = {
    "density": r"density",
    "volume": r"volume",
    "lattice_lengths": r"\.abc\b|\.a\b|lattice|cellpar|cell\.lengths|a0",
    "formula": r"formula",
    "space_group": r"SpacegroupAnalyzer|get_space_group|spglib|get_spacegroup|space_group",
    "distance": r"distance|get_neighbors|neighbor|bond|norm\(",
    "energy": r"energy",
    "coordination": TERMS["coordination"][1],
    "bulk_modulus": r"EquationOfState|bulk_modulus|eos",
    "slab": r"slab|surface|fcc1\d\d|bcc1\d\d|hcp\d{4}|diamond1\d\d|SlabGenerator",
    "strain": r"strain|deform|scale|cell\s*\*|set_cell|Lattice",
    "relax": r"BFGS|FIRE|relax|optimi[sz]|LBFGS|MDMin|QuasiNewton",
    "eos": r"EquationOfState|eos",
}


def not_understood(intent: Intent) -> list[str]:
    """Domain words of the request that no field of ``intent`` reads."""
    text = intent.request
    out = []
    for word, (pattern, _code) in TERMS.items():
        if word == "primitive cell" and intent.cell == "primitive":
            continue
        if word == "conventional cell" and intent.cell == "conventional":
            continue
        if word == "orthorhombic cell" and intent.cell == "orthorhombic":
            continue
        if word == "neighbours" and {"distance", "coordination"} & set(intent.quantities):
            continue
        if word == "coordination" and "coordination" in intent.quantities:
            continue
        if re.search(pattern, text, re.I):
            out.append(word)
    return out


# quantities whose printed value the intent check compares with the structure after the run
OUTPUT_CHECKED = {
    "density",
    "volume",
    "lattice_lengths",
    "formula",
    "space_group",
    "coordination",
    "distance",
}


def uncovered_words(intent: Intent, code: str, *, after_run: bool = False) -> list[str]:
    """Parts of the request (unread words, read quantities and operations) the code shows no sign of.

    ``after_run``: the printed values of :data:`OUTPUT_CHECKED` quantities are checked against
    the structure instead, so the code need not name them.
    """
    missing = []
    for word in intent.not_understood:
        if not re.search(TERMS[word][1], code, re.I):
            missing.append(f"'{word}' (a word of the request the engine did not understand)")
    if intent.cell in ("primitive", "conventional", "orthorhombic"):
        word = f"{intent.cell} cell"
        if not re.search(TERMS[word][1], code, re.I) and not intent.files and intent.prototype:
            missing.append(f"the {word} asked")
    for name in [*intent.quantities, *intent.operations]:
        if after_run and name in OUTPUT_CHECKED:
            continue
        pattern = EVIDENCE.get(name)
        if pattern and not re.search(pattern, code, re.I):
            missing.append(f"{name.replace('_', ' ')} (asked; the code does not compute it)")
    return missing
