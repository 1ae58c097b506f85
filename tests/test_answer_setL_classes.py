"""Classes from set L's first blind run (issue 11, precision), in our own wording.

* A value a length 'becomes' is its new value: the change is the difference from the earlier value,
  and a length stated as 'its length … was X' is a length, not a change of it.
* An intrinsic carrier concentration binds only a value named as one: the atom density of the host
  crystal ('silicon, 5 × 10²² atoms/cm³') is not the carriers.

Each class has a failing example and a look-alike that keeps its answer (Callister & Rethwisch ch. 6,
19 and 18: ε = ΔL/L₀, ΔL = αL₀ΔT, σ = e(nμ_e + pμ_h)).
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter.engines.answer.solver import solve

E = 1.602176634e-19  # C


def _value(question: str, unit: str) -> float:
    a = solve(question)
    assert a.quantity is not None, a.reason
    return float(a.quantity.to(unit).magnitude)


def _refused(question: str) -> str:
    a = solve(question)
    assert a.quantity is None, f"answered {a.quantity}"
    assert a.reason
    return a.reason


def test_a_length_that_becomes_a_value_gives_the_change_from_the_earlier_one():
    q = (
        "During a tensile test the 80.0 mm gauge section of an aluminium specimen becomes "
        "86.4 mm, deforming uniformly. What engineering strain is that?"
    )
    assert _value(q, "dimensionless") == pytest.approx(6.4 / 80.0, rel=1e-4)


def test_a_length_stated_as_the_length_is_not_a_change():
    q = (
        "Heated from 25 °C to 225 °C, a nickel strip becomes 500.65 mm long; at 25 °C its length "
        "was 500.00 mm. What is the linear thermal expansion coefficient?"
    )
    reason = _refused(q)
    assert "0.00" not in reason[:5]


def test_a_change_written_as_such_keeps_its_answer():
    q = "A nickel rod 500 mm long increases in length by 1.30 mm when heated by 200 °C. Find α."
    assert _value(q, "1/delta_degC") == pytest.approx(1.30 / (500 * 200), rel=1e-4)


def test_the_atom_density_of_the_host_is_not_the_intrinsic_carrier_density():
    q = (
        "Germanium (4.4 × 10²² atoms per cm³) is doped with 2 × 10¹⁵ arsenic atoms per cm³. "
        "The electron mobility is 3800 cm²/(V·s) and the hole mobility 1800 cm²/(V·s). With every "
        "donor ionised, what is the conductivity in (Ω·cm)⁻¹?"
    )
    _refused(q)


def test_a_named_intrinsic_carrier_density_keeps_its_answer():
    q = (
        "Germanium is doped with 2 × 10¹⁵ arsenic atoms per cm³; its intrinsic carrier "
        "concentration is 2.4 × 10¹³ cm⁻³. The electron mobility is 3800 cm²/(V·s) and the hole "
        "mobility 1800 cm²/(V·s). With every donor ionised, what is the conductivity in (Ω·cm)⁻¹?"
    )
    nd, ni = 2e15, 2.4e13
    n = nd / 2 + math.sqrt(nd**2 / 4 + ni**2)
    expected = E * (n * 3800 + ni**2 / n * 1800)
    assert _value(q, "1/(ohm*cm)") == pytest.approx(expected, rel=1e-4)


def test_a_value_a_body_is_changed_by_binds_only_the_change():
    q = (
        "A brass bar with a rectangular cross-section of 15 mm × 25 mm and a length of 400 mm is "
        "stretched elastically by 0.20 mm. If E = 100 GPa, what tensile force (kN) is applied?"
    )
    # F = E·w·t·ΔL/L₀ is symmetric in w, t and ΔL: a wrong binding gives the right number, so the
    # steps are what must be right
    a = solve(q)
    if (
        a.quantity is not None
    ):  # answered: the 0.20 mm must be the change, not a side of the section
        steps = "\n".join(str(s) for s in a.steps)
        assert "change in length: 0.2 mm" in steps, steps
        assert float(a.quantity.to("kN").magnitude) == pytest.approx(
            100e3 * 15 * 25 * 0.20 / 400 / 1e3, rel=1e-4
        )
    else:
        assert "read 2 ways" in a.reason or "which value is which" in a.reason, a.reason


def test_by_how_many_degrees_without_a_change_verb_asks_the_angle_itself():
    q = (
        "X-rays of wavelength 0.1542 nm strike the (200) planes of FCC aluminium (a = 0.4049 nm). "
        "By how many degrees is the beam deflected (2θ)?"
    )
    d = 0.4049 / 2
    assert _value(q, "degree") == pytest.approx(
        2 * math.degrees(math.asin(0.1542 / (2 * d))), rel=1e-4
    )
