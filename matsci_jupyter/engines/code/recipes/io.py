"""Reading and writing structure files; pymatgen <-> ASE conversion."""

from __future__ import annotations

from .base import ATOMS, STRUCTURE, Recipe, Slot

PATH = Slot("path", "structure_file", "the structure file to read")
OUT = Slot("out", "output_file", "the file to write", default="structure.cif")
OUT_ATOMS = Slot("out", "output_file", "the file to write", default="structure.xyz")

RECIPES = [
    Recipe(
        id="read_structure",
        topic="io",
        title="Read a structure file with pymatgen",
        description="Load a crystal structure from a CIF, POSCAR/CONTCAR, JSON or other file "
        "into a pymatgen Structure.",
        examples=(
            "read LiFePO4.cif",
            "load the POSCAR",
            "open my_structure.vasp with pymatgen",
            "parse this cif file into a Structure",
            "import the structure from CONTCAR",
        ),
        imports=("from pymatgen.core import Structure",),
        body="structure = Structure.from_file($path)\n"
        'print(f"Read {structure.composition.reduced_formula}: {len(structure)} sites")\n',
        slots=(PATH,),
        gives=STRUCTURE,
        explain="reads {path} into a pymatgen Structure",
        keywords="read load open parse file cif poscar vasp structure from_file",
        example={"path": "NaCl.cif"},
        expect=({"formula": "Na4Cl4"},),
    ),
    Recipe(
        id="read_atoms",
        topic="io",
        title="Read a structure or molecule file with ASE",
        description="Load an xyz, extended xyz, trajectory, PDB, CIF or POSCAR file into an ASE "
        "Atoms object with ase.io.read.",
        examples=(
            "read water.xyz with ASE",
            "load the trajectory file into ase atoms",
            "ase.io.read the extxyz file",
            "open molecule.xyz",
        ),
        imports=("import ase.io",),
        body="atoms = ase.io.read($path)\n"
        'print(f"Read {atoms.get_chemical_formula()}: {len(atoms)} atoms, pbc={atoms.pbc.tolist()}")\n',
        slots=(PATH,),
        gives=ATOMS,
        explain="reads {path} into an ASE Atoms object",
        keywords="ase atoms xyz extxyz traj trajectory pdb molecule read load",
        example={"path": "water.xyz"},
        expect=({"formula": "H2O"},),
    ),
    Recipe(
        id="read_cif_blocks",
        topic="io",
        title="Read every data block of a CIF",
        description="Parse all structures (data blocks) in a CIF file with CifParser and list "
        "their formulas; keeps the first one.",
        examples=(
            "how many structures are in this cif file",
            "parse all data blocks of the CIF",
            "list every structure contained in the cif with CifParser",
        ),
        imports=("from pymatgen.io.cif import CifParser",),
        body="parser = CifParser($path)\n"
        "structures = parser.parse_structures(primitive=False)\n"
        "for i, s in enumerate(structures):\n"
        '    print(f"block {i}: {s.composition.reduced_formula}, {len(s)} sites")\n'
        "n_blocks = len(structures)\n"
        "structure = structures[0]\n",
        slots=(PATH,),
        gives=STRUCTURE,
        outputs=("n_blocks",),
        explain="parses every data block of {path} with CifParser.parse_structures (conventional "
        "cells) and keeps the first",
        keywords="cifparser blocks data multiple structures parse_structures",
        example={"path": "NaCl.cif"},
        expect=({"value": "n_blocks", "equals": 1},),
    ),
    Recipe(
        id="write_structure",
        topic="io",
        title="Write a structure to CIF, POSCAR or JSON",
        description="Save the pymatgen Structure to a file (CIF, POSCAR/VASP, JSON) and read it "
        "back to check it.",
        examples=(
            "save the structure as a cif",
            "write it out as POSCAR",
            "export to out.vasp",
            "dump the structure to json",
            "store the result in supercell.cif",
        ),
        imports=("from pymatgen.core import Structure",),
        body="out_file = $out\n"
        "structure.to(filename=out_file)\n"
        "check = Structure.from_file(out_file)\n"
        'print(f"Wrote {out_file}: {check.composition.reduced_formula}, {len(check)} sites")\n',
        slots=(OUT,),
        needs=STRUCTURE,
        explain="writes the structure to {out} and reads it back to check it",
        keywords="write save export dump store output file cif poscar vasp json",
        example={"out": "NaCl_out.vasp"},
        example_source="NaCl.cif",
        expect=({"file": "NaCl_out.vasp", "reduced_formula": "NaCl"},),
    ),
    Recipe(
        id="write_atoms",
        topic="io",
        title="Write atoms to xyz, extended xyz, PDB or a trajectory",
        description="Save an ASE Atoms object with ase.io.write (xyz, extxyz, traj, pdb, xsf) and "
        "read it back to check it.",
        examples=(
            "save as extended xyz",
            "write the atoms to an xyz file",
            "export to out.pdb",
            "dump the structure as extxyz",
        ),
        imports=("import ase.io",),
        body="out_file = $out\n"
        "ase.io.write(out_file, atoms)\n"
        "check = ase.io.read(out_file)\n"
        'print(f"Wrote {out_file}: {check.get_chemical_formula()}, {len(check)} atoms")\n',
        slots=(OUT_ATOMS,),
        needs=ATOMS,
        explain="writes the atoms to {out} with ase.io.write and reads the file back",
        keywords="write save export xyz extxyz pdb traj ase",
        example={"out": "cu.extxyz"},
        example_source="bulk:Cu",
        expect=({"file": "cu.extxyz", "reduced_formula": "Cu"},),
    ),
    Recipe(
        id="convert_file",
        topic="io",
        title="Convert a structure file to another format",
        description="Convert a structure file from one format to another (CIF to POSCAR, POSCAR "
        "to xyz, ...) with ASE's reader and writer.",
        examples=(
            "convert LiFePO4.cif to POSCAR",
            "turn the xyz file into a cif",
            "change the format of this file from cif to extxyz",
            "cif to vasp conversion",
        ),
        imports=("import ase.io",),
        body="in_file, out_file = $path, $out\n"
        "atoms = ase.io.read(in_file)\n"
        "ase.io.write(out_file, atoms)\n"
        'print(f"Converted {in_file} -> {out_file}: {atoms.get_chemical_formula()}")\n',
        slots=(PATH, Slot("out", "output_file", "the converted file", default="POSCAR")),
        gives=ATOMS,
        explain="converts {path} to {out} with ASE",
        keywords="convert conversion format change turn into",
        example={"path": "NaCl.cif", "out": "NaCl.xyz"},
        expect=({"file": "NaCl.xyz", "reduced_formula": "NaCl"},),
    ),
    Recipe(
        id="structure_to_atoms",
        topic="io",
        title="Convert a pymatgen Structure to ASE Atoms",
        description="Turn the pymatgen Structure into an ASE Atoms object with AseAtomsAdaptor.",
        examples=(
            "convert the structure to ase atoms",
            "pymatgen to ASE",
            "give me an ase Atoms version of this Structure",
        ),
        imports=("from pymatgen.io.ase import AseAtomsAdaptor",),
        body="atoms = AseAtomsAdaptor.get_atoms(structure)\n"
        'print(f"ASE Atoms: {atoms.get_chemical_formula()}, {len(atoms)} atoms")\n',
        needs=STRUCTURE,
        gives=ATOMS,
        explain="converts the pymatgen Structure to ASE Atoms (AseAtomsAdaptor)",
        keywords="pymatgen to ase atoms adaptor convert conversion",
        example_source="NaCl.cif",
        expect=({"formula": "Na4Cl4"},),
    ),
    Recipe(
        id="atoms_to_structure",
        topic="io",
        title="Convert ASE Atoms to a pymatgen Structure",
        description="Turn an ASE Atoms object into a pymatgen Structure with AseAtomsAdaptor.",
        examples=(
            "convert the atoms to a pymatgen structure",
            "ASE to pymatgen",
            "make a pymatgen Structure out of these ase atoms",
        ),
        imports=("from pymatgen.io.ase import AseAtomsAdaptor",),
        body="structure = AseAtomsAdaptor.get_structure(atoms)\n"
        'print(f"pymatgen Structure: {structure.composition.reduced_formula}, {len(structure)} sites")\n',
        needs=ATOMS,
        gives=STRUCTURE,
        explain="converts the ASE Atoms to a pymatgen Structure (AseAtomsAdaptor)",
        keywords="ase to pymatgen structure adaptor convert conversion",
        example_source="bulk:Cu",
        expect=({"formula": "Cu1"},),
    ),
]
