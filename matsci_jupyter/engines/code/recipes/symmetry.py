"""Space groups and symmetry with SpacegroupAnalyzer (spglib)."""

from __future__ import annotations

from .base import STRUCTURE, Recipe, Slot

SYMPREC = Slot(
    "symprec",
    "float",
    "symmetry tolerance in Å",
    default=0.1,
    near=("symprec", "tolerance", "tol"),
    unit="Å",
)
SGA = "from pymatgen.symmetry.analyzer import SpacegroupAnalyzer"

RECIPES = [
    Recipe(
        id="space_group",
        topic="symmetry",
        title="Space group of a structure",
        description="Find the space group symbol and international number of a structure with "
        "SpacegroupAnalyzer.",
        examples=(
            "what is the space group of LiFePO4.cif",
            "determine the spacegroup number",
            "which symmetry group does this crystal have",
            "get the Hermann-Mauguin symbol",
            "detect the space group",
        ),
        imports=(SGA,),
        body="sga = SpacegroupAnalyzer(structure, symprec=$symprec)\n"
        "space_group_symbol = sga.get_space_group_symbol()\n"
        "space_group_number = sga.get_space_group_number()\n"
        'print(f"Space group: {space_group_symbol} (No. {space_group_number})")\n',
        slots=(SYMPREC,),
        needs=STRUCTURE,
        outputs=("space_group_symbol", "space_group_number"),
        explain="finds the space group with SpacegroupAnalyzer (symprec = {symprec} Å)",
        keywords="spacegroup symmetry international number symbol hermann mauguin spglib",
        example_source="NaCl.cif",
        expect=({"value": "space_group_number", "equals": 225},),
    ),
    Recipe(
        id="crystal_system",
        topic="symmetry",
        title="Crystal system, lattice type and point group",
        description="Report the crystal system (cubic, hexagonal ...), Bravais lattice type and "
        "point group of a structure.",
        examples=(
            "which crystal system is this",
            "is the structure cubic or hexagonal",
            "what is the point group",
            "bravais lattice type of the crystal",
        ),
        imports=(SGA,),
        body="sga = SpacegroupAnalyzer(structure, symprec=$symprec)\n"
        "crystal_system = sga.get_crystal_system()\n"
        "lattice_type = sga.get_lattice_type()\n"
        "point_group = sga.get_point_group_symbol()\n"
        'print(f"Crystal system: {crystal_system}, lattice type: {lattice_type}, "\n'
        '      f"point group: {point_group}")\n',
        slots=(SYMPREC,),
        needs=STRUCTURE,
        outputs=("crystal_system", "lattice_type", "point_group"),
        explain="reports the crystal system, lattice type and point group",
        keywords="crystalsystem bravais lattice pointgroup cubic hexagonal tetragonal orthorhombic "
        "monoclinic triclinic trigonal",
        example_source="ZnO.cif",
        expect=({"value": "crystal_system", "equals": "hexagonal"},),
    ),
    Recipe(
        id="wyckoff_sites",
        topic="symmetry",
        title="Symmetry-inequivalent sites and Wyckoff positions",
        description="List the symmetrically distinct sites with their Wyckoff letters and "
        "multiplicities from the symmetrized structure.",
        examples=(
            "list the wyckoff positions",
            "which sites are symmetry equivalent",
            "show the inequivalent sites and their multiplicity",
            "unique sites of the crystal",
        ),
        imports=(SGA,),
        body="symmetrized = SpacegroupAnalyzer(structure, symprec=$symprec).get_symmetrized_structure()\n"
        "wyckoff_sites = []\n"
        "for group, letter in zip(symmetrized.equivalent_sites, symmetrized.wyckoff_symbols):\n"
        "    site = group[0]\n"
        "    wyckoff_sites.append((site.species_string, letter, len(group)))\n"
        '    print(f"{site.species_string:>4} {letter:>4}  x{len(group)}  frac = {site.frac_coords.round(4)}")\n'
        "n_unique_sites = len(wyckoff_sites)\n",
        slots=(SYMPREC,),
        needs=STRUCTURE,
        outputs=("wyckoff_sites", "n_unique_sites"),
        explain="lists the symmetry-inequivalent sites with Wyckoff letters and multiplicities",
        keywords="wyckoff equivalent inequivalent unique sites multiplicity symmetrized",
        example_source="NaCl.cif",
        expect=({"value": "n_unique_sites", "equals": 2},),
    ),
    Recipe(
        id="symmetry_operations",
        topic="symmetry",
        title="Symmetry operations of a structure",
        description="Count and list the space-group symmetry operations (rotations and "
        "translations) of a structure.",
        examples=(
            "how many symmetry operations does it have",
            "list the symmetry operations",
            "print the rotation matrices of the space group",
        ),
        imports=(SGA,),
        body="operations = SpacegroupAnalyzer(structure, symprec=$symprec).get_symmetry_operations()\n"
        "n_operations = len(operations)\n"
        'print(f"{n_operations} symmetry operations; the first three:")\n'
        "for op in operations[:3]:\n"
        "    print(op.as_xyz_str())\n",
        slots=(SYMPREC,),
        needs=STRUCTURE,
        outputs=("n_operations",),
        explain="lists the symmetry operations of the structure",
        keywords="symmetry operations rotations translations xyz",
        example_source="Si.cif",
        expect=({"value": "n_operations", "equals": 192},),
    ),
    Recipe(
        id="declared_vs_detected",
        topic="symmetry",
        title="Compare a CIF's declared space group with the detected one",
        description="Check whether the space group written in a CIF file agrees with the symmetry "
        "detected from its atoms (a CIF read as P1 by mistake shows up here).",
        examples=(
            "does the space group in the cif header match the real symmetry",
            "check the declared symmetry of the CIF",
            "verify the cif spacegroup",
            "is the CIF symmetry consistent",
        ),
        imports=(
            "from pymatgen.core import Structure",
            "from pymatgen.io.cif import CifParser",
            SGA,
        ),
        body="cif_file = $path\n"
        "block = next(iter(CifParser(cif_file).as_dict().values()))\n"
        'keys = ("_symmetry_space_group_name_H-M", "_space_group_name_H-M_alt",\n'
        '        "_symmetry_Int_Tables_number", "_space_group_IT_number")\n'
        "declared = {k: block[k] for k in keys if k in block}\n"
        "structure = Structure.from_file(cif_file)\n"
        "sga = SpacegroupAnalyzer(structure, symprec=$symprec)\n"
        "detected_symbol = sga.get_space_group_symbol()\n"
        "detected_number = sga.get_space_group_number()\n"
        'print("declared in the file:", declared or "nothing")\n'
        'print(f"detected: {detected_symbol} (No. {detected_number})")\n',
        slots=(Slot("path", "structure_file", "the CIF to check"), SYMPREC),
        gives=STRUCTURE,
        outputs=("declared", "detected_symbol", "detected_number"),
        explain="compares the space group declared in {path} with the one detected from its atoms",
        keywords="declared detected header consistent check verify cif symmetry mismatch match "
        "agree written spglib",
        example={"path": "NaCl.cif"},
        expect=({"value": "detected_number", "equals": 225},),
    ),
]
