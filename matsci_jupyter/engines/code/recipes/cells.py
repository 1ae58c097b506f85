"""Unit cells: primitive, conventional, Niggli, refined cells, supercells, lattice parameters."""

from __future__ import annotations

from .base import STRUCTURE, Recipe, Slot
from .symmetry import SGA, SYMPREC

SCALING = Slot("scaling", "supercell", "repetitions along a, b, c")

RECIPES = [
    Recipe(
        id="primitive_cell",
        topic="cells",
        title="Primitive cell",
        description="Reduce the structure to its standard primitive cell with SpacegroupAnalyzer.",
        examples=(
            "get the primitive cell",
            "reduce to the primitive unit cell",
            "find the smallest cell of this crystal",
            "primitive standard structure",
        ),
        imports=(SGA,),
        body="structure = SpacegroupAnalyzer(structure, symprec=$symprec).get_primitive_standard_structure()\n"
        'print(f"Primitive cell: {structure.composition.formula}, {len(structure)} sites")\n',
        slots=(SYMPREC,),
        needs=STRUCTURE,
        gives=STRUCTURE,
        explain="reduces it to the standard primitive cell",
        keywords="primitive smallest reduce cell",
        example_source="NaCl.cif",
        expect=({"formula": "Na1Cl1"},),
    ),
    Recipe(
        id="conventional_cell",
        topic="cells",
        title="Conventional standard cell",
        description="Convert the structure to its conventional standard cell (the textbook cubic, "
        "hexagonal ... setting).",
        examples=(
            "get the conventional cell",
            "convert to the conventional standard structure",
            "give me the conventional unit cell",
            "standard setting of the cell",
        ),
        imports=(SGA,),
        body="structure = SpacegroupAnalyzer(structure, symprec=$symprec).get_conventional_standard_structure()\n"
        'print(f"Conventional cell: {structure.composition.formula}, {len(structure)} sites")\n',
        slots=(SYMPREC,),
        needs=STRUCTURE,
        gives=STRUCTURE,
        explain="converts it to the conventional standard cell",
        keywords="conventional standard textbook setting cell",
        example_source="Cu_primitive.vasp",
        expect=({"formula": "Cu4"},),
    ),
    Recipe(
        id="niggli_cell",
        topic="cells",
        title="Niggli-reduced cell",
        description="Reduce the lattice to the Niggli cell (shortest, most orthogonal basis).",
        examples=(
            "niggli reduce the cell",
            "get the reduced lattice",
            "niggli reduction",
            "make the cell as orthogonal as possible",
        ),
        imports=(),
        body='structure = structure.get_reduced_structure(reduction_algo="niggli")\n'
        "a, b, c = structure.lattice.abc\n"
        "alpha, beta, gamma = structure.lattice.angles\n"
        'print(f"Niggli cell: a={a:.4f} b={b:.4f} c={c:.4f} Å, "\n'
        '      f"angles {alpha:.2f} {beta:.2f} {gamma:.2f}°")\n',
        needs=STRUCTURE,
        gives=STRUCTURE,
        explain="Niggli-reduces the lattice",
        keywords="niggli reduced reduction lattice basis",
        example_source="NaCl_primitive.vasp",
        expect=({"formula": "Na1Cl1"},),
    ),
    Recipe(
        id="refined_cell",
        topic="cells",
        title="Symmetrize (refine) a structure",
        description="Snap slightly distorted atomic positions onto the ideal symmetric positions "
        "(refined structure from spglib).",
        examples=(
            "symmetrize the structure",
            "refine the positions to the ideal symmetry",
            "clean up the slightly distorted structure",
            "idealize the crystal",
        ),
        imports=(SGA,),
        body="structure = SpacegroupAnalyzer(structure, symprec=$symprec).get_refined_structure()\n"
        'print(f"Refined: {structure.composition.formula}, {len(structure)} sites")\n',
        slots=(SYMPREC,),
        needs=STRUCTURE,
        gives=STRUCTURE,
        explain="symmetrizes it onto ideal positions (refined structure, symprec = {symprec} Å)",
        keywords="refine refined symmetrize symmetrise idealize idealise clean distorted",
        example_source="NaCl.cif",
        expect=({"formula": "Na4Cl4"},),
    ),
    Recipe(
        id="supercell",
        topic="cells",
        title="Supercell",
        description="Build a supercell by repeating the cell along a, b and c (for example 2x2x1).",
        examples=(
            "make a 2x2x1 supercell",
            "build a 3x3x3 supercell of the crystal",
            "repeat the unit cell 2 times in each direction",
            "double the cell along c",
            "create a 2 by 2 by 2 super cell",
        ),
        imports=(),
        body="scaling = $scaling  # repetitions along a, b, c\n"
        "structure = structure * scaling\n"
        'print(f"{scaling} supercell: {structure.composition.formula}, {len(structure)} sites")\n',
        slots=(SCALING,),
        needs=STRUCTURE,
        gives=STRUCTURE,
        explain="makes a {scaling} supercell",
        keywords="supercell repeat replicate tile multiply expand cell times",
        example={"scaling": (2, 2, 1)},
        example_source="NaCl.cif",
        expect=({"formula": "Na16Cl16"},),
    ),
    Recipe(
        id="supercell_min_length",
        topic="cells",
        title="Supercell with a minimum size",
        description="Repeat the cell until every lattice vector is at least a given length in Å "
        "(e.g. for defect calculations).",
        examples=(
            "make a supercell at least 10 Å in every direction",
            "supercell with all lattice vectors longer than 12 angstrom",
            "smallest supercell bigger than 15 Å",
        ),
        imports=("import math",),
        body="min_length = $length  # Å\n"
        "scaling = [max(1, math.ceil(min_length / x)) for x in structure.lattice.abc]\n"
        "structure = structure * scaling\n"
        'print(f"Supercell {scaling}: lattice {[round(x, 2) for x in structure.lattice.abc]} Å, "\n'
        '      f"{len(structure)} sites")\n',
        slots=(
            Slot(
                "length",
                "length",
                "minimum lattice vector length in Å",
                near=("least", "longer", "minimum", "bigger", "larger", "than", "every"),
                unit="Å",
            ),
        ),
        needs=STRUCTURE,
        gives=STRUCTURE,
        explain="repeats the cell until every lattice vector is at least {length} Å",
        keywords="minimum length least larger than supercell angstrom size",
        example={"length": 10.0},
        example_source="NaCl.cif",
        expect=({"formula": "Na32Cl32"},),
    ),
    Recipe(
        id="lattice_parameters",
        topic="cells",
        title="Lattice parameters and cell volume",
        description="Report the lattice constants a, b, c (Å), the angles alpha, beta, gamma "
        "(degrees) and the cell volume (Å³).",
        examples=(
            "what are the lattice parameters",
            "print a, b, c and the angles",
            "give me the cell volume and lattice constants",
            "unit cell dimensions",
        ),
        imports=(),
        body="lattice_abc = structure.lattice.abc  # Å\n"
        "lattice_angles = structure.lattice.angles  # degrees\n"
        "cell_volume = structure.volume  # Å^3\n"
        'print("a, b, c (Å):", [round(x, 4) for x in lattice_abc])\n'
        'print("alpha, beta, gamma (°):", [round(x, 3) for x in lattice_angles])\n'
        'print(f"volume: {cell_volume:.3f} Å^3")\n',
        needs=STRUCTURE,
        outputs=("lattice_abc", "lattice_angles", "cell_volume"),
        explain="prints the lattice parameters (Å, degrees) and the cell volume (Å³)",
        keywords="latticeparam lattice constants parameters abc angles alpha beta gamma volume "
        "dimensions",
        example_source="NaCl.cif",
        expect=({"value": "cell_volume", "approx": 179.406, "tol": 0.01},),
    ),
    Recipe(
        id="scale_volume",
        topic="cells",
        title="Scale the cell volume",
        description="Expand or compress the cell isotropically to change its volume by a given "
        "percentage (fractional coordinates kept).",
        examples=(
            "expand the volume by 5%",
            "compress the cell volume by 3 percent",
            "scale the lattice so the volume grows 10%",
        ),
        imports=(),
        body="volume_change = $fraction  # fraction, e.g. 0.05 = +5 %\n"
        "old_volume = structure.volume\n"
        "structure = structure.copy()\n"
        "structure.scale_lattice(old_volume * (1 + volume_change))\n"
        'print(f"Volume {old_volume:.3f} -> {structure.volume:.3f} Å^3")\n',
        slots=(Slot("fraction", "signed_percent", "volume change as a fraction"),),
        needs=STRUCTURE,
        gives=STRUCTURE,
        explain="scales the volume by {fraction} (fraction) at fixed fractional coordinates",
        keywords="scale volume expand compress grow shrink isotropic percent",
        example={"fraction": 0.05},
        example_source="NaCl.cif",
        expect=({"stdout": r"-> 188\.37"},),
    ),
    Recipe(
        id="sites_table",
        topic="cells",
        title="Table of sites",
        description="Make a pandas DataFrame with every site's element, fractional and Cartesian "
        "coordinates.",
        examples=(
            "list all atoms with their coordinates",
            "show the fractional coordinates",
            "table of the sites",
            "print every atom position as a dataframe",
        ),
        imports=("import pandas as pd",),
        body="sites = pd.DataFrame(\n"
        "    [(site.species_string, *site.frac_coords.round(5), *site.coords.round(4))\n"
        "     for site in structure],\n"
        '    columns=["species", "a", "b", "c", "x (Å)", "y (Å)", "z (Å)"],\n'
        ")\n"
        "n_sites = len(sites)\n"
        "print(sites.to_string())\n",
        needs=STRUCTURE,
        outputs=("n_sites",),
        explain="tabulates every site's species with fractional and Cartesian coordinates",
        keywords="table dataframe sites coordinates positions fractional cartesian list atoms",
        example_source="NaCl.cif",
        expect=({"value": "n_sites", "equals": 8},),
    ),
    Recipe(
        id="perturb",
        topic="cells",
        title="Randomly displace (rattle) the atoms",
        description="Displace every site by a random vector of fixed length (Å), reproducibly "
        "with a seed.",
        examples=(
            "rattle the atoms by 0.05 Å",
            "perturb the positions randomly",
            "add small random displacements to the sites",
        ),
        imports=(),
        body="structure = structure.copy()\n"
        "structure.perturb(distance=$distance, seed=0)  # Å\n"
        'print(f"Displaced every site by {$distance} Å")\n',
        slots=(Slot("distance", "length", "displacement in Å", default=0.05, unit="Å"),),
        needs=STRUCTURE,
        gives=STRUCTURE,
        explain="displaces every site randomly by {distance} Å (seed 0)",
        keywords="rattle perturb random displace displacement jiggle noise",
        example={"distance": 0.05},
        example_source="NaCl.cif",
        expect=({"formula": "Na4Cl4"},),
    ),
]
