"""Building structures from scratch: ASE bulk/molecule/cluster/nanotube/2D builders, prototypes."""

from __future__ import annotations

from typing import Any

from .base import ATOMS, STRUCTURE, Recipe, Slot


def _element_count(formula: str) -> int:
    import re

    return len(set(re.findall(r"[A-Z][a-z]?", formula)))


def _abx3(values: dict[str, Any]) -> str | None:
    import re

    parts = re.findall(r"([A-Z][a-z]?)(\d*)", values.get("formula", ""))
    if (
        len(parts) != 3
        or parts[2][1] != "3"
        or parts[0][1] not in ("", "1")
        or parts[1][1] not in ("", "1")
    ):
        return "A cubic perovskite needs an ABX3 formula such as SrTiO3; which compound?"
    return None


def _binary(values: dict[str, Any]) -> str | None:
    if _element_count(values.get("formula", "")) != 2:
        return "That structure type holds binary compounds (NaCl, GaAs, ZnO); which one?"
    return None


CRYSTAL = (
    ("fcc", "fcc"),
    ("bcc", "bcc"),
    ("hcp", "hcp"),
    ("diamond", "diamond"),
    ("simple cubic", "sc"),
    ("sc", "sc"),
)
PROTOTYPES = (
    ("rock salt", "rocksalt"),
    ("rocksalt", "rocksalt"),
    ("rock-salt", "rocksalt"),
    ("zincblende", "zincblende"),
    ("zinc blende", "zincblende"),
    ("sphalerite", "zincblende"),
    ("wurtzite", "wurtzite"),
    ("fluorite", "fluorite"),
    ("cesium chloride", "cesiumchloride"),
    ("caesium chloride", "cesiumchloride"),
    ("cscl", "cesiumchloride"),
)
SHAPES = (("icosahedr", "Icosahedron"), ("octahedr", "Octahedron"), ("decahedr", "Decahedron"))

RECIPES = [
    Recipe(
        id="bulk_element",
        topic="builders",
        title="Bulk crystal of an element (ASE)",
        description="Build the bulk crystal of an element (fcc, bcc, hcp, diamond) with "
        "ase.build.bulk, optionally with a lattice constant in Å and a cubic cell.",
        examples=(
            "build bulk copper",
            "make an fcc aluminium crystal with a = 4.05 Å",
            "create a diamond silicon cell",
            "bcc iron unit cell with ASE",
        ),
        imports=("from ase.build import bulk",),
        body="atoms = bulk($element, crystalstructure=$crystal, a=$a, cubic=$cubic)  # a in Å\n"
        'print(f"{atoms.get_chemical_formula()}: {len(atoms)} atoms, "\n'
        '      f"cell {atoms.cell.cellpar().round(3).tolist()}")\n',
        slots=(
            Slot("element", "element", "the element"),
            Slot("crystal", "choice", "crystal structure", default=None, choices=CRYSTAL),
            Slot(
                "a",
                "length",
                "lattice constant in Å",
                default=None,
                near=("a =", "a=", "lattice", "constant", "parameter"),
                unit="Å",
            ),
            Slot("cubic", "flag_cubic", "cubic (conventional) cell", default=False),
        ),
        gives=ATOMS,
        explain="builds bulk {element} with ase.build.bulk",
        keywords="bulk crystal element build fcc bcc hcp diamond metal ase",
        example={"element": "Al", "a": 4.05, "cubic": True},
        expect=({"formula": "Al4"},),
    ),
    Recipe(
        id="bulk_compound",
        topic="builders",
        title="Binary compound from a prototype (ASE)",
        description="Build a binary compound in the rock-salt, zinc-blende, wurtzite, fluorite or "
        "CsCl structure with a lattice constant in Å.",
        examples=(
            "make rock salt NaCl with a = 5.64 Å",
            "build zincblende GaAs",
            "wurtzite ZnO crystal",
            "fluorite CaF2 with lattice constant 5.46",
        ),
        imports=("from ase.build import bulk",),
        body="atoms = bulk($formula, crystalstructure=$prototype, a=$a)  # a in Å\n"
        'print(f"{atoms.get_chemical_formula()} ({$prototype}): {len(atoms)} atoms")\n',
        slots=(
            Slot("formula", "formula", "binary formula"),
            Slot("prototype", "choice", "structure type", choices=PROTOTYPES),
            Slot(
                "a",
                "length",
                "lattice constant in Å",
                near=("a =", "a=", "lattice", "constant", "parameter", "with"),
                unit="Å",
            ),
        ),
        gives=ATOMS,
        validate=_binary,
        explain="builds {formula} in the {prototype} structure with a = {a} Å",
        keywords="rocksalt zincblende wurtzite fluorite cesium chloride prototype binary compound build",
        example={"formula": "NaCl", "prototype": "rocksalt", "a": 5.64},
        expect=({"formula": "Na1Cl1"},),
    ),
    Recipe(
        id="perovskite",
        topic="builders",
        title="Cubic perovskite ABX3",
        description="Build an ideal cubic perovskite ABX3 (space group Pm-3m) with pymatgen from "
        "the three elements and the lattice constant in Å.",
        examples=(
            "build cubic SrTiO3 perovskite with a = 3.905 Å",
            "make a perovskite BaTiO3 cell",
            "ideal ABO3 perovskite structure",
        ),
        imports=("from pymatgen.core import Composition, Lattice, Structure",),
        body="a_site, b_site, x_site = [str(el) for el in Composition($formula).elements]\n"
        'structure = Structure.from_spacegroup("Pm-3m", Lattice.cubic($a), [a_site, b_site, x_site],\n'
        "                                      [[0, 0, 0], [0.5, 0.5, 0.5], [0.5, 0.5, 0]])\n"
        'print(f"{structure.composition.reduced_formula}: {len(structure)} sites, a = {$a} Å")\n',
        slots=(
            Slot("formula", "formula", "ABX3 formula (A first)"),
            Slot(
                "a",
                "length",
                "lattice constant in Å",
                default=4.0,
                near=("a =", "a=", "lattice", "constant", "with"),
                unit="Å",
            ),
        ),
        gives=STRUCTURE,
        validate=_abx3,
        explain="builds cubic perovskite {formula} (Pm-3m) with a = {a} Å",
        keywords="perovskite abo3 abx3 cubic pm-3m srtio3 batio3",
        example={"formula": "SrTiO3", "a": 3.905},
        expect=({"formula": "Sr1Ti1O3"},),
    ),
    Recipe(
        id="from_spacegroup",
        topic="builders",
        title="Structure from space group and Wyckoff sites",
        description="Build a crystal from a space group symbol, a cubic lattice constant in Å and "
        "the species with fractional coordinates of the asymmetric unit.",
        examples=(
            "build a structure from space group Fm-3m with Na at 0 0 0 and Cl at 0.5 0.5 0.5",
            "generate the crystal from its spacegroup and wyckoff positions",
            "Structure.from_spacegroup for a cubic cell",
        ),
        imports=("from pymatgen.core import Lattice, Structure",),
        body="structure = Structure.from_spacegroup($spacegroup, Lattice.cubic($a), $species, $coords)\n"
        'print(f"{structure.composition.formula}: {len(structure)} sites")\n',
        slots=(
            Slot("spacegroup", "spacegroup", "space group symbol"),
            Slot(
                "a",
                "length",
                "cubic lattice constant in Å",
                near=("a =", "a=", "lattice", "constant"),
                unit="Å",
            ),
            Slot("species", "site_species", "species of the asymmetric unit"),
            Slot("coords", "site_coords", "their fractional coordinates"),
        ),
        gives=STRUCTURE,
        explain="builds the {spacegroup} crystal with a = {a} Å from the listed sites",
        keywords="spacegroup wyckoff asymmetric unit from_spacegroup build generate",
        example={
            "spacegroup": "Fm-3m",
            "a": 5.64,
            "species": ["Na", "Cl"],
            "coords": [[0, 0, 0], [0.5, 0.5, 0.5]],
        },
        expect=({"formula": "Na4Cl4"},),
    ),
    Recipe(
        id="molecule",
        topic="builders",
        title="Molecule from ASE's database",
        description="Build a small molecule (H2O, CH4, CO2, NH3, C6H6 ...) from ASE's g2 "
        "collection and centre it in a box with vacuum.",
        examples=(
            "build a water molecule",
            "make a methane molecule in a 10 Å box",
            "give me CO2 as ase atoms",
            "benzene molecule",
        ),
        imports=("from ase.build import molecule",),
        body="atoms = molecule($name)\n"
        "atoms.center(vacuum=$vacuum)  # Å of vacuum on every side\n"
        'print(f"{atoms.get_chemical_formula()}: {len(atoms)} atoms, box {atoms.cell.lengths().round(2)} Å")\n',
        slots=(
            Slot("name", "molecule", "molecule name in ASE's g2 set"),
            Slot("vacuum", "length", "vacuum in Å", default=5.0, near=("vacuum", "box"), unit="Å"),
        ),
        gives=ATOMS,
        explain="builds a {name} molecule centred with {vacuum} Å of vacuum",
        keywords="molecule water methane co2 ammonia benzene g2 gas box",
        example={"name": "H2O"},
        expect=({"formula": "H2O"},),
    ),
    Recipe(
        id="nanoparticle",
        topic="builders",
        title="Metal nanoparticle (cluster)",
        description="Build an icosahedral, octahedral or decahedral metal cluster with ase.cluster.",
        examples=(
            "build a gold icosahedron with 3 shells",
            "make a Pt nanoparticle",
            "octahedral copper cluster",
            "create a 55-atom silver cluster",
        ),
        imports=("from ase import cluster",),
        body="shape, element, size = $shape, $element, $shells\n"
        'if shape == "Icosahedron":\n'
        "    atoms = cluster.Icosahedron(element, noshells=size)\n"
        'elif shape == "Octahedron":\n'
        "    atoms = cluster.Octahedron(element, length=size + 2)\n"
        "else:\n"
        "    atoms = cluster.Decahedron(element, p=size, q=1, r=0)\n"
        "atoms.center(vacuum=6.0)\n"
        'print(f"{shape} {element}: {len(atoms)} atoms")\n',
        slots=(
            Slot("element", "element", "the metal"),
            Slot("shape", "choice", "cluster shape", default="Icosahedron", choices=SHAPES),
            Slot("shells", "int", "number of shells", default=3, near=("shell", "layer")),
        ),
        gives=ATOMS,
        explain="builds a {shape} {element} cluster ({shells} shells)",
        keywords="nanoparticle cluster icosahedron octahedron decahedron shells metal particle",
        example={"element": "Au", "shells": 3},
        expect=({"formula": "Au55"},),
    ),
    Recipe(
        id="nanotube",
        topic="builders",
        title="Carbon nanotube (n, m)",
        description="Build an (n, m) single-wall carbon nanotube with ase.build.nanotube.",
        examples=(
            "build a (6,0) carbon nanotube",
            "make a 10,10 armchair nanotube",
            "zigzag CNT with length 3",
        ),
        imports=("from ase.build import nanotube",),
        body="atoms = nanotube($n, $m, length=$length)\n"
        'print(f"({$n},{$m}) nanotube: {len(atoms)} atoms")\n',
        slots=(
            Slot("n", "chiral_n", "chiral index n"),
            Slot("m", "chiral_m", "chiral index m"),
            Slot(
                "length",
                "int",
                "number of unit cells along the axis",
                default=2,
                near=("length", "long", "cells"),
            ),
        ),
        gives=ATOMS,
        explain="builds a ({n},{m}) carbon nanotube, {length} cells long",
        keywords="nanotube cnt carbon armchair zigzag chiral tube",
        example={"n": 6, "m": 0, "length": 2},
        expect=({"formula": "C48"},),
    ),
    Recipe(
        id="graphene",
        topic="builders",
        title="Graphene sheet",
        description="Build a graphene (or hexagonal BN) monolayer with vacuum using "
        "ase.build.graphene, repeated in-plane.",
        examples=(
            "build a graphene sheet",
            "make a 4x4 graphene supercell",
            "monolayer graphene with 15 Å vacuum",
            "hexagonal boron nitride layer",
        ),
        imports=("from ase.build import graphene",),
        body="atoms = graphene(formula=$formula, vacuum=$vacuum, size=$size)\n"
        'print(f"{atoms.get_chemical_formula()}: {len(atoms)} atoms")\n',
        slots=(
            Slot(
                "formula",
                "choice",
                "C2 or BN",
                default="C2",
                choices=(("boron nitride", "BN"), ("hbn", "BN"), ("bn", "BN")),
            ),
            Slot("vacuum", "length", "vacuum in Å", default=10.0, near=("vacuum",), unit="Å"),
            Slot("size", "surface_size", "in-plane repeats", default=(1, 1, 1)),
        ),
        gives=ATOMS,
        explain="builds a {formula} honeycomb monolayer ({size}) with {vacuum} Å vacuum",
        keywords="graphene monolayer sheet 2d honeycomb layer boron nitride hbn",
        example={"size": (2, 2, 1)},
        expect=({"formula": "C8"},),
    ),
    Recipe(
        id="mx2_monolayer",
        topic="builders",
        title="Transition-metal dichalcogenide monolayer",
        description="Build a 2H or 1T MX2 monolayer (MoS2, WSe2 ...) with ase.build.mx2.",
        examples=("build a MoS2 monolayer", "make a 1T WS2 sheet", "2H MoSe2 single layer"),
        imports=("from ase.build import mx2",),
        body="atoms = mx2(formula=$formula, kind=$kind, vacuum=$vacuum, size=$size)\n"
        'print(f"{atoms.get_chemical_formula()} ({$kind}): {len(atoms)} atoms")\n',
        slots=(
            Slot("formula", "formula", "MX2 formula"),
            Slot("kind", "choice", "2H or 1T", default="2H", choices=(("1t", "1T"), ("2h", "2H"))),
            Slot("vacuum", "length", "vacuum in Å", default=10.0, near=("vacuum",), unit="Å"),
            Slot("size", "surface_size", "in-plane repeats", default=(1, 1, 1)),
        ),
        gives=ATOMS,
        explain="builds a {kind} {formula} monolayer with {vacuum} Å of vacuum",
        keywords="mx2 tmd dichalcogenide mos2 ws2 mose2 monolayer 2h 1t",
        example={"formula": "MoS2"},
        expect=({"formula": "Mo1S2"},),
    ),
]
