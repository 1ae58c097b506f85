"""Derived quantities: formula, density, XRD, RDF, k-points, structure matching, batch tables."""

from __future__ import annotations

from .base import STRUCTURE, Recipe, Slot

WAVELENGTHS = (
    ("cu k", "CuKa"),
    ("cu-k", "CuKa"),
    ("cukα", "CuKa"),
    ("copper", "CuKa"),
    ("cuka", "CuKa"),
    ("mo k", "MoKa"),
    ("mo-k", "MoKa"),
    ("moka", "MoKa"),
    ("molybdenum", "MoKa"),
    ("co k", "CoKa"),
    ("coka", "CoKa"),
    ("cobalt", "CoKa"),
    ("fe k", "FeKa"),
    ("feka", "FeKa"),
    ("cr k", "CrKa"),
    ("crka", "CrKa"),
    ("ag k", "AgKa"),
    ("agka", "AgKa"),
)
WAVELENGTH = Slot("wavelength", "choice", "X-ray source", default="CuKa", choices=WAVELENGTHS)
TWO_THETA = Slot("two_theta", "range", "2θ range in degrees", default=(10.0, 90.0))
PATTERN = Slot("pattern", "glob", "which files", default="*.cif")

RECIPES = [
    Recipe(
        id="formula",
        topic="analysis",
        title="Formula and number of sites",
        description="Report the full formula, reduced formula, number of sites and formula units "
        "per cell of a structure.",
        examples=(
            "what is the formula now",
            "report the composition of the structure",
            "how many atoms are in the cell",
            "number of formula units Z",
        ),
        imports=(),
        body="formula = structure.composition.formula\n"
        "reduced_formula, formula_units = structure.composition.get_reduced_formula_and_factor()\n"
        "n_sites = len(structure)\n"
        'print(f"formula: {formula} (reduced {reduced_formula}, Z = {formula_units:g}), "\n'
        '      f"{n_sites} sites")\n',
        needs=STRUCTURE,
        outputs=("formula", "reduced_formula", "formula_units", "n_sites"),
        explain="prints the formula, reduced formula, Z and number of sites",
        keywords="formula composition atoms count number sites formula units z stoichiometry natoms",
        example_source="NaCl.cif",
        expect=({"value": "formula_units", "equals": 4},),
    ),
    Recipe(
        id="density",
        topic="analysis",
        title="Density and volume per atom",
        description="Mass density in g/cm³, volume per atom and per formula unit in Å³.",
        examples=(
            "what is the density",
            "compute the density in g/cm3",
            "volume per atom",
            "how dense is the crystal",
            "report the packing volume per formula unit",
        ),
        imports=(),
        body="density = float(structure.density)  # g/cm^3\n"
        "volume_per_atom = structure.volume / len(structure)  # Å^3\n"
        "formula_units = structure.composition.get_reduced_formula_and_factor()[1]\n"
        "volume_per_formula_unit = structure.volume / formula_units  # Å^3\n"
        'print(f"density: {density:.4f} g/cm^3; volume per atom: {volume_per_atom:.3f} Å^3; "\n'
        '      f"per formula unit: {volume_per_formula_unit:.3f} Å^3")\n',
        needs=STRUCTURE,
        outputs=("density", "volume_per_atom", "volume_per_formula_unit"),
        explain="computes the density (g/cm³) and the volume per atom and per formula unit (Å³)",
        keywords="density dense mass g/cm3 volume per atom formula unit",
        example_source="NaCl.cif",
        expect=({"value": "density", "approx": 2.1638, "tol": 0.001},),
    ),
    Recipe(
        id="xrd_pattern",
        topic="analysis",
        title="Powder XRD pattern with a plot",
        description="Simulate the powder X-ray diffraction pattern (XRDCalculator, Cu Kα by "
        "default) and plot it with plotly.",
        examples=(
            "simulate the XRD pattern",
            "plot the powder diffraction pattern with Cu K-alpha",
            "x-ray diffraction of this structure using Mo radiation",
            "compute the diffractogram",
        ),
        imports=(
            "import plotly.graph_objects as go",
            "from pymatgen.analysis.diffraction.xrd import XRDCalculator",
        ),
        body="wavelength = $wavelength  # X-ray source (or a wavelength in Å)\n"
        "pattern = XRDCalculator(wavelength=wavelength).get_pattern(structure, two_theta_range=$two_theta)\n"
        "two_theta = pattern.x.tolist()  # degrees\n"
        "intensities = pattern.y.tolist()  # scaled to 100\n"
        'labels = [", ".join(str(h["hkl"]) for h in hkls) for hkls in pattern.hkls]\n'
        "fig = go.Figure(go.Bar(x=two_theta, y=intensities, width=0.3, hovertext=labels))\n"
        'fig.update_layout(xaxis_title="2θ (degrees)", yaxis_title="intensity (a.u.)",\n'
        '                  title=f"XRD, {wavelength}: {structure.composition.reduced_formula}")\n'
        "strongest_peak = two_theta[intensities.index(max(intensities))]\n"
        'print(f"{len(two_theta)} peaks; strongest at 2θ = {strongest_peak:.2f}°")\n'
        "fig\n",
        slots=(WAVELENGTH, TWO_THETA),
        needs=STRUCTURE,
        outputs=("two_theta", "intensities", "strongest_peak"),
        explain="simulates the powder XRD pattern ({wavelength}, 2θ {two_theta}°) and plots it "
        "with plotly",
        keywords="xrd diffraction powder pattern xray plot diffractogram peaks wavelength",
        example_source="Si.cif",
        expect=({"value": "strongest_peak", "approx": 28.44, "tol": 0.05},),
    ),
    Recipe(
        id="xrd_peaks",
        topic="analysis",
        title="Strongest XRD peaks with Miller indices",
        description="List the strongest powder XRD reflections with 2θ, d-spacing and hkl.",
        examples=(
            "list the main XRD peaks with their hkl",
            "which reflections are strongest",
            "d-spacings of the first diffraction peaks",
            "index the XRD peaks",
        ),
        imports=("from pymatgen.analysis.diffraction.xrd import XRDCalculator",),
        body="pattern = XRDCalculator(wavelength=$wavelength).get_pattern(structure)\n"
        "order = sorted(range(len(pattern.x)), key=lambda k: -pattern.y[k])[:$n]\n"
        "peaks = []\n"
        "for k in sorted(order):\n"
        '    hkl = pattern.hkls[k][0]["hkl"]\n'
        "    peaks.append((round(float(pattern.x[k]), 3), round(float(pattern.d_hkls[k]), 4),\n"
        "                  tuple(hkl), round(float(pattern.y[k]), 1)))\n"
        '    print(f"2θ = {pattern.x[k]:7.3f}°  d = {pattern.d_hkls[k]:.4f} Å  hkl = {hkl}  I = {pattern.y[k]:.1f}")\n',
        slots=(
            WAVELENGTH,
            Slot(
                "n", "int", "how many peaks", default=5, near=("peaks", "strongest", "first", "top")
            ),
        ),
        needs=STRUCTURE,
        outputs=("peaks",),
        explain="lists the {n} strongest XRD reflections ({wavelength}) with 2θ, d-spacing and hkl",
        keywords="peaks reflections hkl d-spacing strongest index xrd list",
        example={"n": 3},
        example_source="Si.cif",
        expect=({"stdout": r"hkl = \(1, 1, 1\)"},),
    ),
    Recipe(
        id="rdf",
        topic="analysis",
        title="Radial distribution function g(r)",
        description="Radial distribution function g(r) from all pair distances up to a cutoff, "
        "normalised by the ideal-gas density, plotted with plotly.",
        examples=(
            "compute the radial distribution function",
            "plot g(r) up to 8 Å",
            "pair distribution function of the crystal",
            "RDF of the structure",
        ),
        imports=("import numpy as np", "import plotly.graph_objects as go"),
        body="r_max, dr = $r_max, 0.05  # Å\n"
        "distances = np.concatenate([[n.nn_distance for n in nbrs]\n"
        "                            for nbrs in structure.get_all_neighbors(r_max)])\n"
        "counts, edges = np.histogram(distances, bins=np.arange(0.0, r_max + dr, dr))\n"
        "r = 0.5 * (edges[1:] + edges[:-1])\n"
        "shell_volume = 4 * np.pi * r**2 * dr\n"
        "number_density = len(structure) / structure.volume  # atoms per Å^3\n"
        "g_r = counts / (len(structure) * number_density * shell_volume)\n"
        "first_peak = float(r[np.argmax(counts > 0)])  # Å\n"
        'fig = go.Figure(go.Scatter(x=r, y=g_r, mode="lines"))\n'
        'fig.update_layout(xaxis_title="r (Å)", yaxis_title="g(r)")\n'
        'print(f"first neighbour shell at about {first_peak:.2f} Å")\n'
        "fig\n",
        slots=(
            Slot(
                "r_max",
                "length",
                "cutoff in Å",
                default=8.0,
                near=("up to", "cutoff", "max", "until", "within"),
                unit="Å",
            ),
        ),
        needs=STRUCTURE,
        outputs=("first_peak",),
        explain="computes the radial distribution function g(r) up to {r_max} Å and plots it",
        keywords="rdf radial distribution pair function g(r) histogram",
        example_source="Cu.cif",
        expect=({"value": "first_peak", "approx": 2.55, "tol": 0.05},),
    ),
    Recipe(
        id="partial_rdf",
        topic="analysis",
        title="Partial RDF between two elements",
        description="Histogram of distances between sites of element A and element B (partial "
        "radial distribution) up to a cutoff.",
        examples=(
            "partial rdf between Li and O",
            "distribution of Na-Cl distances",
            "pair correlation between two elements",
        ),
        imports=("import numpy as np",),
        body="a, b, r_max = $first, $second, $r_max\n"
        "distances = [n.nn_distance for site, nbrs in zip(structure, structure.get_all_neighbors(r_max))\n"
        "             if site.species_string == a for n in nbrs if n.species_string == b]\n"
        "counts, edges = np.histogram(distances, bins=np.arange(0.0, r_max + 0.1, 0.1))\n"
        "first_peak = float(min(distances)) if distances else None  # Å\n"
        'print(f"{len(distances)} {a}-{b} pairs within {r_max} Å; closest {first_peak} Å")\n',
        slots=(
            Slot("first", "element", "element A"),
            Slot("second", "element2", "element B"),
            Slot(
                "r_max",
                "length",
                "cutoff in Å",
                default=6.0,
                near=("up to", "cutoff", "within"),
                unit="Å",
            ),
        ),
        needs=STRUCTURE,
        outputs=("first_peak",),
        explain="histograms the {first}-{second} distances up to {r_max} Å (partial RDF)",
        keywords="partial rdf pair correlation element distances histogram",
        example={"first": "Na", "second": "Cl"},
        example_source="NaCl.cif",
        expect=({"value": "first_peak", "approx": 2.82, "tol": 0.001},),
    ),
    Recipe(
        id="kpoint_mesh",
        topic="analysis",
        title="k-point mesh for a given density",
        description="Automatic Monkhorst-Pack/Gamma k-point mesh from a k-points-per-reciprocal-"
        "atom density (pymatgen Kpoints.automatic_density).",
        examples=(
            "what k-point mesh should I use",
            "generate a kpoints grid with density 1000",
            "monkhorst pack mesh for this cell",
            "make a KPOINTS file",
        ),
        imports=("from pymatgen.io.vasp.inputs import Kpoints",),
        body="kpoints = Kpoints.automatic_density(structure, kppa=$kppa)\n"
        "kpoint_mesh = tuple(int(k) for k in kpoints.kpts[0])\n"
        'print(f"{kpoints.style.name} mesh {kpoint_mesh} for {$kppa} k-points per reciprocal atom")\n',
        slots=(
            Slot(
                "kppa",
                "int",
                "k-points per reciprocal atom",
                default=1000,
                near=("density", "kppa", "per atom", "kpoints", "k-points"),
            ),
        ),
        needs=STRUCTURE,
        outputs=("kpoint_mesh",),
        explain="picks a k-point mesh with {kppa} k-points per reciprocal atom",
        keywords="kpoints k-point mesh grid monkhorst pack gamma density vasp brillouin",
        example_source="Si.cif",
        expect=({"value": "kpoint_mesh", "equals": [5, 5, 5]},),
    ),
    Recipe(
        id="structure_match",
        topic="analysis",
        title="Are two structures the same?",
        description="Compare two structure files with StructureMatcher (allows different cells, "
        "origins and small distortions) and report the RMS displacement.",
        examples=(
            "are a.cif and b.cif the same structure",
            "compare the two structures",
            "do these two files describe the same crystal",
            "StructureMatcher fit",
        ),
        imports=(
            "from pymatgen.analysis.structure_matcher import StructureMatcher",
            "from pymatgen.core import Structure",
        ),
        body="first, second = Structure.from_file($path), Structure.from_file($path2)\n"
        "matcher = StructureMatcher()\n"
        "same_structure = matcher.fit(first, second)\n"
        "rms = matcher.get_rms_dist(first, second) if same_structure else None\n"
        'print(f"same structure: {same_structure}" + (f", RMS displacement {rms[0]:.4f}" if rms else ""))\n',
        slots=(
            Slot("path", "structure_file", "first structure file"),
            Slot("path2", "structure_file2", "second structure file"),
        ),
        outputs=("same_structure",),
        explain="compares {path} and {path2} with StructureMatcher",
        keywords="compare same identical equivalent match matcher duplicate two structures fit",
        example={"path": "NaCl.cif", "path2": "NaCl_primitive.vasp"},
        expect=({"value": "same_structure", "equals": True},),
    ),
    Recipe(
        id="group_duplicates",
        topic="analysis",
        title="Group duplicate structures in a folder",
        description="Read every structure file matching a pattern and group the ones that are the "
        "same crystal with StructureMatcher.",
        examples=(
            "find duplicate structures among the cif files",
            "group identical structures in this folder",
            "which of my files are the same crystal",
        ),
        imports=(
            "import glob",
            "from pymatgen.analysis.structure_matcher import StructureMatcher",
            "from pymatgen.core import Structure",
        ),
        body="files = sorted(glob.glob($pattern))\n"
        "structures = [Structure.from_file(f) for f in files]\n"
        "groups = StructureMatcher().group_structures(structures)\n"
        "duplicate_groups = [[files[structures.index(s)] for s in g] for g in groups]\n"
        "n_groups = len(duplicate_groups)\n"
        "for g in duplicate_groups:\n"
        '    print(" = ".join(g))\n',
        slots=(PATTERN,),
        outputs=("n_groups", "duplicate_groups"),
        explain="groups the {pattern} files that describe the same crystal (StructureMatcher)",
        keywords="duplicates group identical same folder files many all deduplicate",
        example={"pattern": "*.cif"},
        expect=({"value": "n_groups", "min": 2},),
    ),
    Recipe(
        id="batch_table",
        topic="analysis",
        title="Table of formula, space group and density for many files",
        description="For every structure file matching a pattern, tabulate formula, space group, "
        "density and number of sites in a pandas DataFrame.",
        examples=(
            "make a table of all cif files with their space groups",
            "summarize every structure in the folder",
            "loop over the files and collect density",
            "dataframe of formula and spacegroup for each file",
        ),
        imports=(
            "import glob",
            "import pandas as pd",
            "from pymatgen.core import Structure",
            "from pymatgen.symmetry.analyzer import SpacegroupAnalyzer",
        ),
        body="rows = []\n"
        "for path in sorted(glob.glob($pattern)):\n"
        "    s = Structure.from_file(path)\n"
        '    rows.append({"file": path, "formula": s.composition.reduced_formula,\n'
        '                 "space_group": SpacegroupAnalyzer(s, symprec=0.1).get_space_group_symbol(),\n'
        '                 "density (g/cm3)": round(float(s.density), 4), "sites": len(s)})\n'
        "table = pd.DataFrame(rows)\n"
        "n_files = len(table)\n"
        "print(table.to_string(index=False))\n",
        slots=(PATTERN,),
        outputs=("n_files",),
        explain="tabulates formula, space group, density and size for every {pattern} file",
        keywords="table batch loop every all files folder summarize dataframe many",
        example={"pattern": "*.cif"},
        expect=({"value": "n_files", "min": 3},),
    ),
]
