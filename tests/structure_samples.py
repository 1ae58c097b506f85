"""Small structure inputs written by the structure tests (no shared data needed)."""

from __future__ import annotations

NACL_CIF = """data_NaCl
_symmetry_space_group_name_H-M   'F m -3 m'
_symmetry_Int_Tables_number      225
_cell_length_a   5.6402
_cell_length_b   5.6402
_cell_length_c   5.6402
_cell_angle_alpha   90
_cell_angle_beta    90
_cell_angle_gamma   90
loop_
_symmetry_equiv_pos_as_xyz
  'x, y, z'
  '-x, -y, -z'
  'x, y+1/2, z+1/2'
  'x+1/2, y, z+1/2'
  'x+1/2, y+1/2, z'
  '-x, -y+1/2, -z+1/2'
  '-x+1/2, -y, -z+1/2'
  '-x+1/2, -y+1/2, -z'
loop_
_atom_site_label
_atom_site_type_symbol
_atom_site_fract_x
_atom_site_fract_y
_atom_site_fract_z
_atom_site_occupancy
Na1 Na 0.0 0.0 0.0 1.0
Cl1 Cl 0.5 0.5 0.5 1.0
"""

# The symbol pymatgen cannot use (old style, in the _alt tag) and no operations:
# pymatgen silently reads it as P1 with only the two listed atoms (a CsCl-type cell).
NACL_SILENT_P1_CIF = """data_NaCl_asymmetric_unit
_space_group_name_H-M_alt 'Fm3m'
_cell_length_a 5.6402
_cell_length_b 5.6402
_cell_length_c 5.6402
_cell_angle_alpha 90
_cell_angle_beta 90
_cell_angle_gamma 90
loop_
_atom_site_label
_atom_site_type_symbol
_atom_site_fract_x
_atom_site_fract_y
_atom_site_fract_z
Na1 Na 0 0 0
Cl1 Cl 0.5 0.5 0.5
"""

P1_HEADER = """data_test
_symmetry_space_group_name_H-M 'P 1'
_cell_length_a {a}
_cell_length_b {b}
_cell_length_c {c}
_cell_angle_alpha 90
_cell_angle_beta 90
_cell_angle_gamma 90
loop_
_symmetry_equiv_pos_as_xyz
  'x, y, z'
loop_
_atom_site_label
_atom_site_type_symbol
_atom_site_fract_x
_atom_site_fract_y
_atom_site_fract_z
"""


def p1_cif(rows: list[str], a: float = 5.0, b: float = 5.0, c: float = 5.0) -> str:
    """A P1 CIF with the given atom-site rows ('Na1 Na 0 0 0')."""
    return P1_HEADER.format(a=a, b=b, c=c) + "\n".join(rows) + "\n"


def nacl_structure():
    from pymatgen.core import Lattice, Structure

    return Structure.from_spacegroup(
        "Fm-3m", Lattice.cubic(5.6402), ["Na", "Cl"], [[0, 0, 0], [0.5, 0.5, 0.5]]
    )


# Rock salt given by its space-group symbol alone (no operations listed): readers expand it.
NACL_SYMBOL_ONLY_CIF = """data_NaCl
_symmetry_space_group_name_H-M   'F m -3 m'
_cell_length_a   5.64
_cell_length_b   5.64
_cell_length_c   5.64
_cell_angle_alpha   90
_cell_angle_beta    90
_cell_angle_gamma   90
_symmetry_Int_Tables_number   225
loop_
_atom_site_label
_atom_site_type_symbol
_atom_site_fract_x
_atom_site_fract_y
_atom_site_fract_z
Na1 Na 0 0 0
Cl1 Cl 0.5 0.5 0.5
"""
