"""Write the input structures of tests/data/code_requests_docs.json into tests/data/docs_inputs/.

Each structure is one the pymatgen or ASE documentation builds, rebuilt here from the
parameters the documentation gives (lattice constants in Å, fractional coordinates), so no
file is copied from either project:

- ``CsCl.cif``: CsCl, cubic a = 4.2 Å, Cs at (0, 0, 0), Cl at (½, ½, ½) (pymatgen quick start,
  https://pymatgen.org/);
- ``rutile.cif``: TiO2, space group 136, a = 4.6 Å, c = 2.95 Å, Ti (0, 0, 0), O (0.3, 0.3, 0)
  (ASE spacegroup page, https://ase-lib.org/ase/spacegroup/spacegroup.html);
- ``CoSb3.cif``: skutterudite, space group 204, a = 9.04 Å, Co (¼, ¼, ¼), Sb (0, 0.335, 0.158)
  (same page).

Run: ``python tests/data/build_docs_inputs.py`` (rewrites the three files).
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parent / "docs_inputs"


def build() -> dict[str, object]:
    """The three documentation structures as pymatgen Structures, by file name."""
    from pymatgen.core import Lattice, Structure

    return {
        "CsCl.cif": Structure(Lattice.cubic(4.2), ["Cs", "Cl"], [[0, 0, 0], [0.5, 0.5, 0.5]]),
        "rutile.cif": Structure.from_spacegroup(
            136, Lattice.tetragonal(4.6, 2.95), ["Ti", "O"], [[0, 0, 0], [0.3, 0.3, 0]]
        ),
        "CoSb3.cif": Structure.from_spacegroup(
            204, Lattice.cubic(9.04), ["Co", "Sb"], [[0.25, 0.25, 0.25], [0, 0.335, 0.158]]
        ),
    }


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for name, structure in build().items():
        structure.to(filename=str(OUT / name))
        print(f"wrote {OUT / name}: {structure.composition.formula}, {len(structure)} sites")


if __name__ == "__main__":
    main()
