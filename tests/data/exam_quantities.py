"""Physical constants as pint quantities, and two helpers, shared by the exam-set builders that
compute their keys with pint (sets heldout2 to heldout6). Importing this module loads pint."""

from __future__ import annotations

from exam_items import (
    C_LIGHT,
    E_CHARGE,
    EPS_0,
    FARADAY,
    H_PLANCK,
    K_B,
    MU_0,
    MU_B,
    N_A,
    R,
    ureg,
)

Q_ = ureg().Quantity

K_BOLTZ = Q_(K_B, "J/K")
AVOGADRO = Q_(N_A, "1/mol")
R_GAS = Q_(R, "J/(mol*K)")
Q_E = Q_(E_CHARGE, "C")
F_CONST = Q_(FARADAY, "C/mol")
H = Q_(H_PLANCK, "J*s")
C0 = Q_(C_LIGHT, "m/s")
MU0 = Q_(MU_0, "T*m/A")
BOHR = Q_(MU_B, "A*m**2")
EPS0 = Q_(EPS_0, "F/m")


def kelvin(celsius: float) -> object:
    """A Celsius reading as an absolute temperature in K."""
    return Q_(celsius + 273.15, "K")


def num(q: object) -> float:
    """A dimensionless pint quantity (or a plain number) as a float."""
    return float(q.to("dimensionless").magnitude) if hasattr(q, "to") else float(q)
