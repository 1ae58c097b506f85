"""Neighbours, coordination, bond lengths and angles, bonding graphs."""

from __future__ import annotations

from .base import STRUCTURE, Recipe, Slot

CUTOFF = Slot(
    "cutoff",
    "length",
    "neighbour cutoff radius in Å",
    default=3.0,
    near=("within", "cutoff", "radius", "up to", "closer", "less than"),
    unit="Å",
)
QUIET_CNN = (
    'warnings.filterwarnings("ignore", message=".*oxidation states.*")\n'
    'warnings.filterwarnings("ignore", message="CrystalNN: cannot locate")\n'
)

RECIPES = [
    Recipe(
        id="coordination_crystalnn",
        topic="neighbours",
        title="Coordination numbers with CrystalNN",
        description="Coordination number of every symmetry-distinct site using CrystalNN "
        "(nearest-neighbour detection).",
        examples=(
            "what is the coordination number of each atom",
            "how many neighbours does Fe have",
            "coordination environment with CrystalNN",
            "is the cation octahedral or tetrahedral",
        ),
        imports=(
            "import warnings",
            "from pymatgen.analysis.local_env import CrystalNN",
            "from pymatgen.symmetry.analyzer import SpacegroupAnalyzer",
        ),
        body=QUIET_CNN + "cnn = CrystalNN()\n"
        "symmetrized = SpacegroupAnalyzer(structure, symprec=0.1).get_symmetrized_structure()\n"
        "coordination = {}\n"
        "for group in symmetrized.equivalent_indices:\n"
        "    i = group[0]\n"
        "    cn = cnn.get_cn(structure, i)\n"
        '    coordination[f"{structure[i].species_string}{i}"] = cn\n'
        '    print(f"site {i} ({structure[i].species_string}, x{len(group)}): CN = {cn}")\n',
        needs=STRUCTURE,
        outputs=("coordination",),
        explain="finds the coordination number of every symmetry-distinct site with CrystalNN",
        keywords="coordination number cn crystalnn environment octahedral tetrahedral neighbour",
        example_source="NaCl.cif",
        expect=({"value": "coordination", "equals": {"Na0": 6, "Cl4": 6}},),
    ),
    Recipe(
        id="neighbours_within",
        topic="neighbours",
        title="Neighbours within a cutoff",
        description="List the neighbours of a site (the first site of an element) within a "
        "cutoff radius in Å, with distances.",
        examples=(
            "list the neighbours of Na within 3.5 Å",
            "which atoms are within 3 angstrom of the first Fe",
            "find all neighbours of site 0 closer than 2.5 Å",
        ),
        imports=(),
        body="center = $element\n"
        "index = next(i for i, site in enumerate(structure)\n"
        "             if center is None or site.species_string == center)\n"
        "neighbours = sorted(structure.get_neighbors(structure[index], $cutoff), key=lambda n: n.nn_distance)\n"
        "neighbour_distances = [(n.species_string, round(n.nn_distance, 4)) for n in neighbours]\n"
        'print(f"site {index} ({structure[index].species_string}) has {len(neighbours)} "\n'
        '      f"neighbours within {$cutoff} Å:")\n'
        "for species, d in neighbour_distances:\n"
        '    print(f"  {species:>3} {d:.3f} Å")\n',
        slots=(Slot("element", "element", "element of the central site", default=None), CUTOFF),
        needs=STRUCTURE,
        outputs=("neighbour_distances",),
        explain="lists the neighbours of the first {element} site within {cutoff} Å",
        keywords="neighbours neighbors within cutoff radius around site list distances",
        example={"element": "Na", "cutoff": 3.0},
        example_source="NaCl.cif",
        expect=({"stdout": r"6 neighbours within 3\.0 Å"},),
    ),
    Recipe(
        id="bond_lengths",
        topic="neighbours",
        title="Bond lengths between element pairs",
        description="Shortest and mean distances (Å) between every pair of elements within a "
        "cutoff: the bond lengths.",
        examples=(
            "what are the Fe-O bond lengths",
            "average bond length between Na and Cl",
            "shortest Li-O distance",
            "list bond distances for each pair of elements",
        ),
        imports=("from collections import defaultdict",),
        body="pairs = defaultdict(list)\n"
        "for site, neighbours in zip(structure, structure.get_all_neighbors($cutoff)):\n"
        "    for n in neighbours:\n"
        '        key = "-".join(sorted((site.species_string, n.species_string)))\n'
        "        pairs[key].append(n.nn_distance)\n"
        "bond_lengths = {k: round(min(v), 4) for k, v in sorted(pairs.items())}\n"
        "for k, v in sorted(pairs.items()):\n"
        '    print(f"{k}: shortest {min(v):.3f} Å, mean {sum(v) / len(v):.3f} Å ({len(v)} contacts)")\n',
        slots=(CUTOFF,),
        needs=STRUCTURE,
        outputs=("bond_lengths",),
        explain="measures the shortest and mean distances (Å) for every element pair within "
        "{cutoff} Å",
        keywords="bondlength bond lengths distances pair shortest mean average",
        example={"cutoff": 3.0},
        example_source="NaCl.cif",
        expect=({"value": "bond_lengths", "equals": {"Cl-Na": 2.82}, "tol": 0.001},),
    ),
    Recipe(
        id="bond_angles",
        topic="neighbours",
        title="Bond angles around an atom",
        description="Angles (degrees) between the bonds from a central atom (first site of an "
        "element) to its neighbours within a cutoff.",
        examples=(
            "what are the O-Si-O angles",
            "bond angles around the first Ti atom",
            "measure the angles between neighbours of Na",
        ),
        imports=("import itertools", "import numpy as np"),
        body="center = $element\n"
        "index = next(i for i, site in enumerate(structure)\n"
        "             if center is None or site.species_string == center)\n"
        "neighbours = structure.get_neighbors(structure[index], $cutoff)\n"
        "origin = structure[index].coords\n"
        "bond_angles = []\n"
        "for a, b in itertools.combinations(neighbours, 2):\n"
        "    u, v = a.coords - origin, b.coords - origin\n"
        "    cos = np.dot(u, v) / np.linalg.norm(u) / np.linalg.norm(v)\n"
        "    bond_angles.append(round(float(np.degrees(np.arccos(np.clip(cos, -1, 1)))), 2))\n"
        "distinct_angles = sorted(set(bond_angles))\n"
        'print(f"{len(neighbours)} neighbours of site {index}; distinct angles (°): {distinct_angles}")\n',
        slots=(Slot("element", "element", "element of the central atom", default=None), CUTOFF),
        needs=STRUCTURE,
        outputs=("distinct_angles",),
        explain="computes the bond angles (degrees) around the first {element} site "
        "(neighbours within {cutoff} Å)",
        keywords="bondangle bond angles angle degrees around central",
        example={"element": "Si", "cutoff": 2.6},
        example_source="Si.cif",
        expect=({"value": "distinct_angles", "equals": [109.47], "tol": 0.01},),
    ),
    Recipe(
        id="min_distance",
        topic="neighbours",
        title="Closest pair of atoms",
        description="Find the shortest interatomic distance (Å) in the structure and which two "
        "sites it joins (periodic images included).",
        examples=(
            "what is the shortest interatomic distance",
            "are any atoms too close together",
            "closest contact in the structure",
            "minimum distance between atoms",
        ),
        imports=("import numpy as np",),
        body="distances = structure.distance_matrix.copy()\n"
        "np.fill_diagonal(distances, np.inf)\n"
        "i, j = np.unravel_index(distances.argmin(), distances.shape)\n"
        "min_distance = float(distances[i, j])  # Å\n"
        'print(f"shortest distance {min_distance:.3f} Å between site {i} "\n'
        '      f"({structure[i].species_string}) and site {j} ({structure[j].species_string})")\n',
        needs=STRUCTURE,
        outputs=("min_distance",),
        explain="finds the shortest interatomic distance (Å) and the two sites it joins",
        keywords="shortest minimum closest distance contact too close interatomic",
        example_source="NaCl.cif",
        expect=({"value": "min_distance", "approx": 2.82, "tol": 0.001},),
    ),
    Recipe(
        id="site_distance",
        topic="neighbours",
        title="Distance between two sites",
        description="Distance in Å between two sites given by index (minimum image).",
        examples=(
            "distance between site 0 and site 3",
            "how far apart are atoms 1 and 5",
            "measure the distance from atom 0 to atom 4",
        ),
        imports=(),
        body="site_distance = structure.get_distance($i, $j)  # Å, nearest periodic image\n"
        'print(f"distance between site {$i} ({structure[$i].species_string}) and site {$j} "\n'
        '      f"({structure[$j].species_string}): {site_distance:.4f} Å")\n',
        slots=(Slot("i", "index", "first site index"), Slot("j", "index2", "second site index")),
        needs=STRUCTURE,
        outputs=("site_distance",),
        explain="measures the distance between sites {i} and {j} (Å, nearest image)",
        keywords="distance between two sites atoms index far apart",
        example={"i": 0, "j": 4},
        example_source="NaCl.cif",
        expect=(
            {"value": "site_distance", "approx": 4.8843, "tol": 0.001},
        ),  # √3 a/2: Na (0,0,0)-Cl (½,½,½),
    ),
    Recipe(
        id="bonding_graph",
        topic="neighbours",
        title="Bonding graph (StructureGraph)",
        description="Build the bonded network with StructureGraph.from_local_env_strategy and "
        "CrystalNN; count the bonds per site.",
        examples=(
            "build a structure graph of the bonds",
            "how many bonds are in the cell",
            "make a bonding network with CrystalNN",
            "StructureGraph from local env strategy",
        ),
        imports=(
            "import warnings",
            "from pymatgen.analysis.graphs import StructureGraph",
            "from pymatgen.analysis.local_env import CrystalNN",
        ),
        body=QUIET_CNN + "graph = StructureGraph.from_local_env_strategy(structure, CrystalNN())\n"
        "n_bonds = graph.graph.number_of_edges()\n"
        "bonds_per_site = [graph.get_coordination_of_site(i) for i in range(len(structure))]\n"
        'print(f"{n_bonds} bonds in the cell; bonds per site: {bonds_per_site}")\n',
        needs=STRUCTURE,
        outputs=("n_bonds", "bonds_per_site"),
        explain="builds the bonding graph (StructureGraph with CrystalNN) and counts bonds",
        keywords="graph structuregraph bonds network connectivity bonded from_local_env_strategy",
        example_source="NaCl_primitive.vasp",
        expect=({"value": "n_bonds", "equals": 6},),
    ),
    Recipe(
        id="dimensionality",
        topic="neighbours",
        title="Dimensionality of the bonded network",
        description="Is the bonded network 0D (molecular), 1D (chains), 2D (layers) or 3D? "
        "Larsen's algorithm on CrystalNN bonds.",
        examples=(
            "is this a layered material",
            "what is the dimensionality of the structure",
            "is the compound 2D or 3D bonded",
            "check if it is made of chains",
        ),
        imports=(
            "import warnings",
            "from pymatgen.analysis.dimensionality import get_dimensionality_larsen",
            "from pymatgen.analysis.local_env import CrystalNN",
        ),
        body=QUIET_CNN + "bonded = CrystalNN().get_bonded_structure(structure)\n"
        "dimensionality = get_dimensionality_larsen(bonded)\n"
        'print(f"dimensionality of the bonded network: {dimensionality}D")\n',
        needs=STRUCTURE,
        outputs=("dimensionality",),
        explain="finds the dimensionality of the bonded network (Larsen's method, CrystalNN bonds)",
        keywords="dimensionality layered 2d 3d chains molecular larsen",
        example_source="NaCl_primitive.vasp",
        expect=({"value": "dimensionality", "equals": 3},),
    ),
]
