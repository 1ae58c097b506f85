"""Energies with ASE's built-in EMT potential: single points, relaxations, EOS, defects, surfaces.

EMT (effective medium theory) knows Al, Cu, Ag, Au, Ni, Pd, Pt (and H, C, N, O
roughly): fast toy energies for demonstrations and workflow tests, not DFT.
"""

from __future__ import annotations

from .base import ATOMS, Recipe, Slot

EMT = "from ase.calculators.emt import EMT"
FMAX = Slot(
    "fmax", "float", "force threshold in eV/Å", default=0.01, near=("fmax", "force"), unit="eV/Å"
)
EMT_METALS = ("Al", "Cu", "Ag", "Au", "Ni", "Pd", "Pt")
FACET = Slot(
    "facet",
    "choice",
    "surface facet",
    default="111",
    choices=(("111", "111"), ("100", "100"), ("110", "110")),
)

RECIPES = [
    Recipe(
        id="emt_energy",
        topic="emt",
        title="Potential energy with EMT",
        description="Total and per-atom potential energy (eV) and the largest force (eV/Å) from "
        "ASE's EMT calculator.",
        examples=(
            "compute the energy with EMT",
            "what is the potential energy per atom",
            "single point energy and forces with the EMT calculator",
        ),
        imports=(EMT,),
        body="atoms.calc = EMT()\n"
        "energy = float(atoms.get_potential_energy())  # eV\n"
        "energy_per_atom = energy / len(atoms)  # eV/atom\n"
        "max_force = float(abs(atoms.get_forces()).max())  # eV/Å\n"
        'print(f"E = {energy:.4f} eV ({energy_per_atom:.4f} eV/atom), max |F| = {max_force:.4f} eV/Å")\n',
        needs=ATOMS,
        outputs=("energy", "energy_per_atom", "max_force"),
        explain="computes the EMT energy (eV, eV/atom) and the largest force (eV/Å)",
        keywords="energy potential emt single point forces calculator total",
        example_source="bulk:Cu",
        expect=({"value": "energy_per_atom", "approx": -0.00568, "tol": 0.001},),
    ),
    Recipe(
        id="emt_relax",
        topic="emt",
        title="Relax atomic positions with EMT",
        description="Relax the atomic positions with BFGS on the EMT potential until the forces "
        "are below fmax (eV/Å).",
        examples=(
            "relax the atoms with EMT",
            "optimize the geometry with BFGS",
            "minimize the forces below 0.01 eV/Å",
            "geometry optimisation with ASE",
        ),
        imports=(EMT, "from ase.optimize import BFGS"),
        body="atoms.calc = EMT()\n"
        "start_energy = float(atoms.get_potential_energy())\n"
        "optimizer = BFGS(atoms, logfile=None)\n"
        "converged = bool(optimizer.run(fmax=$fmax, steps=500))\n"
        "energy = float(atoms.get_potential_energy())  # eV\n"
        'print(f"E: {start_energy:.4f} -> {energy:.4f} eV in {optimizer.nsteps} steps "\n'
        '      f"(converged: {converged})")\n',
        slots=(FMAX,),
        needs=ATOMS,
        gives=ATOMS,
        outputs=("energy", "converged"),
        explain="relaxes the positions with BFGS on EMT to fmax = {fmax} eV/Å",
        keywords="relax relaxation optimize optimise geometry minimize bfgs positions forces",
        example_source="bulk:Cu:cubic",
        expect=({"value": "converged", "equals": True},),
    ),
    Recipe(
        id="emt_relax_cell",
        topic="emt",
        title="Relax cell and positions with EMT",
        description="Relax the cell shape and volume together with the positions (FrechetCellFilter "
        "+ BFGS on EMT) and report the new lattice constants.",
        examples=(
            "relax the lattice constant with EMT",
            "optimize the cell and positions",
            "find the equilibrium cell with a variable-cell relaxation",
        ),
        imports=(EMT, "from ase.filters import FrechetCellFilter", "from ase.optimize import BFGS"),
        body="atoms.calc = EMT()\n"
        "optimizer = BFGS(FrechetCellFilter(atoms), logfile=None)\n"
        "converged = bool(optimizer.run(fmax=$fmax, steps=500))\n"
        "cell_lengths = atoms.cell.lengths().round(4).tolist()  # Å\n"
        "energy = float(atoms.get_potential_energy())  # eV\n"
        'print(f"relaxed cell lengths {cell_lengths} Å, E = {energy:.4f} eV (converged: {converged})")\n',
        slots=(FMAX,),
        needs=ATOMS,
        gives=ATOMS,
        outputs=("cell_lengths", "energy", "converged"),
        explain="relaxes cell and positions (FrechetCellFilter + BFGS, EMT) to fmax = {fmax} eV/Å",
        keywords="relax cell volume lattice constant variable vc equilibrium filter stress",
        example_source="bulk:Cu:cubic",
        expect=({"value": "cell_lengths", "equals": [3.5897, 3.5897, 3.5897], "tol": 0.01},),
    ),
    Recipe(
        id="eos_fit",
        topic="emt",
        title="Equation of state and bulk modulus with EMT",
        description="Scale the cell over a volume range, compute EMT energies, fit a "
        "Birch-Murnaghan equation of state and report V0 (Å³), E0 (eV) and the bulk "
        "modulus B (GPa), with a plotly E(V) plot.",
        examples=(
            "fit an equation of state",
            "compute the bulk modulus with EMT",
            "energy volume curve and Birch-Murnaghan fit",
            "E(V) curve for copper",
        ),
        imports=(
            "import numpy as np",
            "import plotly.graph_objects as go",
            EMT,
            "from ase.eos import EquationOfState",
            "from ase.units import GPa",
        ),
        body="volumes, energies = [], []\n"
        "reference_cell = atoms.get_cell()\n"
        "for x in np.linspace(1 - $strain, 1 + $strain, 9):  # linear scale factors\n"
        "    trial = atoms.copy()\n"
        "    trial.set_cell(reference_cell * x, scale_atoms=True)\n"
        "    trial.calc = EMT()\n"
        "    volumes.append(trial.get_volume())\n"
        "    energies.append(trial.get_potential_energy())\n"
        'eos = EquationOfState(volumes, energies, eos="birchmurnaghan")\n'
        "v0, e0, B = eos.fit()\n"
        "bulk_modulus_gpa = float(B / GPa)\n"
        'print(f"V0 = {v0:.4f} Å^3, E0 = {e0:.4f} eV, B = {bulk_modulus_gpa:.1f} GPa")\n'
        'fig = go.Figure(go.Scatter(x=volumes, y=energies, mode="markers", name="EMT"))\n'
        'fig.update_layout(xaxis_title="volume (Å^3)", yaxis_title="energy (eV)")\n'
        "fig\n",
        slots=(Slot("strain", "percent", "linear scaling range (fraction)", default=0.03),),
        needs=ATOMS,
        outputs=("v0", "e0", "bulk_modulus_gpa"),
        explain="fits a Birch-Murnaghan equation of state to EMT energies over ±{strain} linear "
        "strain and reports V0, E0 and the bulk modulus (GPa)",
        keywords="eos equation state bulkmodulus bulk modulus birch murnaghan energy volume curve fit",
        example_source="bulk:Cu",
        expect=({"value": "bulk_modulus_gpa", "approx": 134.3, "tol": 2.0},),
    ),
    Recipe(
        id="vacancy_formation_emt",
        topic="emt",
        title="Vacancy formation energy with EMT",
        description="Vacancy formation energy (eV) of a metal with EMT in a supercell: "
        "E(N-1) - (N-1)/N E(N), positions relaxed.",
        examples=(
            "vacancy formation energy of copper with EMT",
            "how much energy to create a vacancy in Al",
            "compute the vacancy energy of a metal",
        ),
        imports=(EMT, "from ase.build import bulk", "from ase.optimize import BFGS"),
        body="perfect = bulk($element, cubic=True) * $scaling\n"
        "perfect.calc = EMT()\n"
        "e_perfect = perfect.get_potential_energy()\n"
        "defect = perfect.copy()\n"
        "del defect[0]\n"
        "defect.calc = EMT()\n"
        "BFGS(defect, logfile=None).run(fmax=0.02)\n"
        "n = len(perfect)\n"
        "vacancy_formation_energy = float(defect.get_potential_energy() - (n - 1) / n * e_perfect)  # eV\n"
        'print(f"vacancy formation energy ({n}-atom cell): {vacancy_formation_energy:.3f} eV")\n',
        slots=(
            Slot("element", "element", "the metal (EMT: Al Cu Ag Au Ni Pd Pt)"),
            Slot("scaling", "supercell", "supercell of the cubic cell", default=(2, 2, 2)),
        ),
        outputs=("vacancy_formation_energy",),
        explain="computes the {element} vacancy formation energy (eV) with EMT in a {scaling} "
        "cubic supercell",
        keywords="vacancy formation energy defect emt metal",
        example={"element": "Cu"},
        expect=({"value": "vacancy_formation_energy", "approx": 1.1, "tol": 0.3},),
    ),
    Recipe(
        id="surface_energy_emt",
        topic="emt",
        title="Surface energy of a metal with EMT",
        description="Surface energy (J/m² and eV/Å²) of an fcc metal facet with EMT: "
        "(E_slab - N E_bulk) / 2A.",
        examples=(
            "surface energy of Cu(111) with EMT",
            "compute the surface energy of the Pt 100 facet",
            "which facet of gold has the lowest surface energy",
        ),
        imports=(EMT, "from ase import build", "from ase.units import J, m"),
        body="element = $element\n"
        'builders = {"111": build.fcc111, "100": build.fcc100, "110": build.fcc110}\n'
        "bulk_atoms = build.bulk(element)\n"
        "bulk_atoms.calc = EMT()\n"
        "e_bulk = bulk_atoms.get_potential_energy() / len(bulk_atoms)  # eV/atom\n"
        "slab = builders[$facet](element, size=(1, 1, 6), vacuum=10.0)\n"
        "slab.calc = EMT()\n"
        "area = abs(slab.cell[0, 0] * slab.cell[1, 1] - slab.cell[0, 1] * slab.cell[1, 0])  # Å^2\n"
        "surface_energy = float((slab.get_potential_energy() - len(slab) * e_bulk) / (2 * area))  # eV/Å^2\n"
        "surface_energy_j_m2 = surface_energy / (J / m**2)\n"
        'print(f"{element}({$facet}) surface energy: {surface_energy:.4f} eV/Å^2 = "\n'
        '      f"{surface_energy_j_m2:.3f} J/m^2 (unrelaxed)")\n',
        slots=(Slot("element", "element", "the fcc metal"), FACET),
        outputs=("surface_energy", "surface_energy_j_m2"),
        explain="computes the unrelaxed {element}({facet}) surface energy with EMT",
        keywords="surface energy facet emt j/m2 metal cleavage",
        example={"element": "Cu", "facet": "111"},
        expect=({"value": "surface_energy_j_m2", "min": 0.5, "max": 2.5},),
    ),
    Recipe(
        id="md_emt",
        topic="emt",
        title="Short molecular dynamics with EMT",
        description="Run a short NVE molecular dynamics (velocity Verlet) with EMT from Maxwell-"
        "Boltzmann velocities at a temperature in K.",
        examples=(
            "run a short MD at 300 K with EMT",
            "molecular dynamics for 50 steps",
            "velocity verlet simulation of the crystal at 500 K",
        ),
        imports=(
            "import numpy as np",
            EMT,
            "from ase import units",
            "from ase.md.velocitydistribution import thermalize_momenta",
            "from ase.md.verlet import VelocityVerlet",
        ),
        body="atoms.calc = EMT()\n"
        "thermalize_momenta(atoms, temperature_K=$temperature, rng=np.random.default_rng(0))\n"
        "dynamics = VelocityVerlet(atoms, timestep=2 * units.fs)\n"
        "temperatures = []\n"
        "dynamics.attach(lambda: temperatures.append(float(atoms.get_temperature())), interval=5)\n"
        "dynamics.run($steps)\n"
        "final_temperature = temperatures[-1]  # K\n"
        'print(f"{$steps} steps of 2 fs; temperature now {final_temperature:.0f} K")\n',
        slots=(
            Slot("temperature", "temperature", "initial temperature in K", default=300.0),
            Slot("steps", "int", "number of MD steps", default=50, near=("steps", "step")),
        ),
        needs=ATOMS,
        gives=ATOMS,
        outputs=("final_temperature",),
        explain="runs {steps} steps of NVE molecular dynamics (2 fs) with EMT from {temperature} K",
        keywords="md molecular dynamics verlet temperature simulation steps nve",
        example_source="bulk:Cu:cubic",
        expect=({"value": "final_temperature", "min": 1.0},),
    ),
]
