"""Slabs and surfaces: pymatgen's SlabGenerator and ASE's surface builders."""

from __future__ import annotations

from .base import ATOMS, STRUCTURE, Recipe, Slot

MILLER = Slot("miller", "miller", "Miller index of the surface")
VACUUM = Slot(
    "vacuum", "length", "vacuum thickness in Å", default=10.0, near=("vacuum", "gap"), unit="Å"
)
THICKNESS = Slot(
    "thickness",
    "length",
    "minimum slab thickness in Å",
    default=10.0,
    near=("thick", "slab size", "thickness"),
    unit="Å",
)
LAYERS = Slot("layers", "layers", "number of atomic layers", default=4)
FACETS = (("111", "111"), ("100", "100"), ("110", "110"), ("0001", "0001"))

RECIPES = [
    Recipe(
        id="slab_pymatgen",
        topic="surfaces",
        title="Slab with SlabGenerator",
        description="Cut a slab of a given Miller index from a bulk structure with pymatgen's "
        "SlabGenerator, with a minimum thickness and vacuum in Å.",
        examples=(
            "make a (111) slab with 15 Å vacuum",
            "cut the 110 surface of the crystal",
            "generate a slab along (1 0 0) with SlabGenerator",
            "build a surface model of the (001) facet",
        ),
        imports=("from pymatgen.core.surface import SlabGenerator",),
        body="generator = SlabGenerator(structure, miller_index=$miller, min_slab_size=$thickness,\n"
        "                          min_vacuum_size=$vacuum, center_slab=True)\n"
        "slabs = generator.get_slabs()\n"
        "n_terminations = len(slabs)\n"
        "structure = slabs[0]\n"
        'print(f"{n_terminations} termination(s); first: {structure.composition.formula}, "\n'
        '      f"{len(structure)} sites, c = {structure.lattice.c:.2f} Å")\n',
        slots=(MILLER, THICKNESS, VACUUM),
        needs=STRUCTURE,
        gives=STRUCTURE,
        outputs=("n_terminations",),
        explain="cuts a {miller} slab at least {thickness} Å thick with {vacuum} Å of vacuum "
        "(SlabGenerator) and keeps the first termination",
        keywords="slab surface facet cut miller slabgenerator vacuum termination pymatgen",
        example={"miller": (1, 0, 0)},
        example_source="NaCl.cif",
        expect=({"reduced_formula": "NaCl"}, {"value": "n_terminations", "equals": 1}),
    ),
    Recipe(
        id="slab_terminations",
        topic="surfaces",
        title="List the terminations of a surface",
        description="Enumerate all distinct slab terminations for a Miller index and report "
        "their formula, polarity and symmetry.",
        examples=(
            "how many terminations does the (110) surface have",
            "list all possible terminations of the 100 facet",
            "which (111) slabs are polar",
            "enumerate surface terminations",
        ),
        imports=("from pymatgen.core.surface import SlabGenerator",),
        body="generator = SlabGenerator(structure, miller_index=$miller, min_slab_size=$thickness,\n"
        "                          min_vacuum_size=$vacuum, center_slab=True)\n"
        "terminations = []\n"
        "for slab in generator.get_slabs():\n"
        '    terminations.append({"formula": slab.composition.reduced_formula,\n'
        '                         "polar": slab.is_polar(), "symmetric": slab.is_symmetric(),\n'
        '                         "shift": round(slab.shift, 4)})\n'
        "    print(terminations[-1])\n"
        "n_terminations = len(terminations)\n",
        slots=(MILLER, THICKNESS, VACUUM),
        needs=STRUCTURE,
        outputs=("n_terminations",),
        explain="lists every {miller} termination with its formula, polarity and symmetry",
        keywords="terminations polar symmetric enumerate list possible surface slab",
        example={"miller": (1, 1, 1)},
        example_source="Si.cif",
        expect=({"value": "n_terminations", "equals": 2},),
    ),
    Recipe(
        id="surface_ase",
        topic="surfaces",
        title="Surface slab with ase.build.surface",
        description="Build a slab with a number of layers and vacuum from bulk ASE Atoms with "
        "ase.build.surface.",
        examples=(
            "use ase to make a (110) surface with 4 layers",
            "ase.build.surface 111 slab",
            "build a 5-layer (100) slab with ASE",
        ),
        imports=("from ase.build import surface",),
        body="atoms = surface(atoms, $miller, layers=$layers, vacuum=$vacuum)\n"
        'print(f"Slab: {atoms.get_chemical_formula()}, {len(atoms)} atoms, "\n'
        '      f"cell height {atoms.cell.lengths()[2]:.2f} Å")\n',
        slots=(MILLER, LAYERS, VACUUM),
        needs=ATOMS,
        gives=ATOMS,
        explain="builds a {layers}-layer {miller} slab with {vacuum} Å of vacuum on each side "
        "(ase.build.surface)",
        keywords="ase surface layers slab build",
        example={"miller": (1, 1, 0), "layers": 4},
        example_source="bulk:Cu:cubic",
        expect=({"formula": "Cu16"},),
    ),
    Recipe(
        id="metal_surface",
        topic="surfaces",
        title="Metal surface (fcc111, bcc110, hcp0001 ...)",
        description="Build a close-packed metal surface slab with ASE's fcc111/fcc100/fcc110/"
        "bcc100/bcc110/hcp0001 builders.",
        examples=(
            "build a Cu(111) surface 3x3 with 4 layers",
            "make a Pt 111 slab",
            "fcc100 slab of gold with 10 Å vacuum",
            "iron bcc110 surface",
        ),
        imports=("from ase import build",),
        body="element, facet = $element, $facet\n"
        'lattice = {"fcc": ("111", "100", "110"), "bcc": ("100", "110", "111"), "hcp": ("0001",)}\n'
        "reference = build.bulk(element)\n"
        "kind = reference.cell.get_bravais_lattice().name.lower()\n"
        'kind = {"bct": "bcc", "hex": "hcp"}.get(kind, kind)\n'
        "if facet not in lattice.get(kind, ()):\n"
        '    facet = lattice.get(kind, ("111",))[0]\n'
        'builders = {"fcc111": build.fcc111, "fcc100": build.fcc100, "fcc110": build.fcc110,\n'
        '            "bcc100": build.bcc100, "bcc110": build.bcc110, "bcc111": build.bcc111,\n'
        '            "hcp0001": build.hcp0001}\n'
        "builder = builders[kind + facet]\n"
        "atoms = builder(element, size=$size, vacuum=$vacuum)\n"
        'print(f"{element} {kind}{facet}: {len(atoms)} atoms")\n',
        slots=(
            Slot("element", "element", "the metal"),
            Slot("facet", "choice", "surface facet", default="111", choices=FACETS),
            Slot("size", "surface_size", "in-plane repeats and layers", default=(2, 2, 4)),
            VACUUM,
        ),
        gives=ATOMS,
        explain="builds a {element}({facet}) slab of size {size} with {vacuum} Å of vacuum",
        keywords="fcc111 fcc100 fcc110 bcc110 hcp0001 metal surface slab close packed layers "
        "element build",
        example={"element": "Pt", "facet": "111"},
        expect=({"formula": "Pt16"},),
    ),
    Recipe(
        id="add_adsorbate",
        topic="surfaces",
        title="Put an adsorbate on a slab",
        description="Place an atom or small molecule a given height (Å) above the topmost atom "
        "of a slab.",
        examples=(
            "put an oxygen atom on top of the surface",
            "adsorb CO on the slab",
            "add an H adatom 1.5 Å above the surface",
        ),
        imports=("from ase.build import add_adsorbate, molecule",),
        body="adsorbate = $adsorbate\n"
        "top = atoms.positions[:, 2].argmax()\n"
        'species = molecule(adsorbate) if len(adsorbate) > 2 or adsorbate in ("CO", "NO", "OH") else adsorbate\n'
        "add_adsorbate(atoms, species, height=$height, position=tuple(atoms.positions[top, :2]))\n"
        'print(f"Slab with {adsorbate}: {atoms.get_chemical_formula()}")\n',
        slots=(
            Slot("adsorbate", "adsorbate", "atom or molecule"),
            Slot(
                "height",
                "length",
                "height above the top atom in Å",
                default=1.8,
                near=("above", "height", "high"),
                unit="Å",
            ),
        ),
        needs=ATOMS,
        gives=ATOMS,
        explain="places {adsorbate} {height} Å above the topmost surface atom",
        keywords="adsorbate adsorb adatom on top surface molecule place",
        example={"adsorbate": "O"},
        example_source="fcc111:Cu",
        expect=({"formula": "Cu16O1"},),
    ),
]
