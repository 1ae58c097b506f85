"""Strain: uniaxial and isotropic strain, strain series, shear deformations."""

from __future__ import annotations

from .base import STRUCTURE, Recipe, Slot

AXES = (
    ("along a", "a"),
    ("along b", "b"),
    ("along c", "c"),
    ("in x", "a"),
    ("in y", "b"),
    ("in z", "c"),
    ("along x", "a"),
    ("along y", "b"),
    ("along z", "c"),
    ("a axis", "a"),
    ("b axis", "b"),
    ("c axis", "c"),
    ("a-axis", "a"),
    ("b-axis", "b"),
    ("c-axis", "c"),
    ("isotropic", "all"),
    ("hydrostatic", "all"),
    ("all directions", "all"),
    ("biaxial", "ab"),
    ("in-plane", "ab"),
    ("in plane", "ab"),
)

RECIPES = [
    Recipe(
        id="apply_strain",
        topic="strain",
        title="Apply a strain",
        description="Stretch or compress the lattice by a percentage along a, b, c or in all "
        "directions (Structure.apply_strain); positive = tensile.",
        examples=(
            "apply 2% tensile strain along a",
            "compress the cell by 1% in all directions",
            "strain the lattice by -3% along c",
            "biaxial 1.5% strain in-plane",
        ),
        imports=(),
        body='strain, axes = $strain, $axis  # fraction; which lattice vectors ("all": a, b, c)\n'
        'axes = "abc" if axes == "all" else axes\n'
        "structure = structure.copy()\n"
        'structure.apply_strain([strain if ax in axes else 0.0 for ax in "abc"])\n'
        'print(f"Strained by {strain:+.2%} along {axes}: a, b, c = "\n'
        '      f"{[round(x, 4) for x in structure.lattice.abc]} Å")\n',
        slots=(
            Slot("strain", "signed_percent", "strain as a fraction (0.02 = 2 %)"),
            Slot("axis", "choice", "a, b, c, ab or all", default="all", choices=AXES),
        ),
        needs=STRUCTURE,
        gives=STRUCTURE,
        explain="applies {strain} (fractional) strain along {axis}",
        keywords="strain stretch compress tensile compressive deform lattice uniaxial biaxial",
        example={"strain": 0.02, "axis": "a"},
        example_source="NaCl.cif",
        expect=({"stdout": r"5\.7528, 5\.64, 5\.64"},),
    ),
    Recipe(
        id="strain_series",
        topic="strain",
        title="Series of strained structures",
        description="Make a list of structures strained from -x % to +x % (isotropic) and report "
        "their volumes, e.g. for an energy-strain curve.",
        examples=(
            "generate structures strained from -2% to +2%",
            "make a strain series for an E-V curve",
            "series of compressed and expanded cells",
        ),
        imports=("import numpy as np",),
        body="strains = np.linspace(-$strain, $strain, $n)\n"
        "strained = []\n"
        "for e in strains:\n"
        "    s = structure.copy()\n"
        "    s.apply_strain(float(e))\n"
        "    strained.append(s)\n"
        "volumes = [round(s.volume, 4) for s in strained]  # Å^3\n"
        "for e, v in zip(strains, volumes):\n"
        '    print(f"strain {e:+.3f}: volume {v:.3f} Å^3")\n',
        slots=(
            Slot("strain", "percent", "largest strain (fraction)", default=0.02),
            Slot(
                "n",
                "int",
                "number of structures",
                default=5,
                near=("structures", "points", "steps", "cells"),
            ),
        ),
        needs=STRUCTURE,
        outputs=("volumes",),
        explain="makes {n} isotropically strained copies from -{strain} to +{strain}",
        keywords="series strained list range curve set several structures steps points between",
        example={"strain": 0.02, "n": 5},
        example_source="NaCl.cif",
        expect=({"value": "volumes", "len": 5},),
    ),
    Recipe(
        id="shear",
        topic="strain",
        title="Shear deformation",
        description="Apply a simple shear (deformation gradient with an off-diagonal component) "
        "to the structure with pymatgen's Deformation.",
        examples=(
            "apply a 1% shear in the xy plane",
            "shear the cell by 2 percent",
            "deform the structure with a shear strain",
        ),
        imports=(
            "import numpy as np",
            "from pymatgen.analysis.elasticity.strain import Deformation",
        ),
        body="gradient = np.eye(3)\n"
        "gradient[0, 1] = $shear  # x displaced proportionally to y\n"
        "structure = Deformation(gradient).apply_to_structure(structure)\n"
        'print(f"Sheared: angles {[round(x, 3) for x in structure.lattice.angles]}°")\n',
        slots=(Slot("shear", "signed_percent", "shear component (fraction)"),),
        needs=STRUCTURE,
        gives=STRUCTURE,
        explain="applies a {shear} (fractional) xy shear",
        keywords="shear deformation gradient off-diagonal tilt",
        example={"shear": 0.01},
        example_source="NaCl.cif",
        expect=({"stdout": r"89\.42"},),
    ),
]
