"""A solution's molar concentration cannot exceed about 100 mol/L or be negative."""

from matsci_jupyter.engines.answer.concentration_bound import concentration_bound_check
from matsci_jupyter.units import get_registry

CELL = (
    "In the cell Zn(s) | Zn^(2+)(aq, 1 M) || Ag^+(aq, 1 M) | Ag(s) the emf drops by 0.02 V "
    "when the silver ion concentration is lowered to y M. What is the value of y?"
)


def test_absurd_concentration_is_flagged():
    ureg = get_registry()
    check = concentration_bound_check(CELL, ureg.Quantity(3e40, "dimensionless"))
    assert check is not None and not check.passed


def test_ordinary_concentration_passes():
    ureg = get_registry()
    assert concentration_bound_check(CELL, ureg.Quantity(0.46, "dimensionless")) is None
    assert concentration_bound_check(CELL, ureg.Quantity(2.5, "mol/L")) is None


def test_dimensioned_answer_in_other_units():
    ureg = get_registry()
    q = "A solution of NaCl is prepared. What is its concentration?"
    assert concentration_bound_check(q, ureg.Quantity(5000, "mol/m**3")) is None  # 5 M
    assert not concentration_bound_check(q, ureg.Quantity(5e6, "mol/m**3")).passed


def test_unknown_not_written_in_molar_is_left_alone():
    ureg = get_registry()
    q = "A solution is heated for x minutes. What is the value of x?"
    assert concentration_bound_check(q, ureg.Quantity(500, "dimensionless")) is None
    solid = "The vacancy concentration in copper is what, in mol/m^3?"
    assert concentration_bound_check(solid, ureg.Quantity(2e5, "mol/m**3")) is None
