"""A contribution the question leaves out must not be in the number.

'Without counting the heat of fusion', 'excluding the latent heat', 'ignoring reflection losses':
when every word of the excluded phrase names a part of the relation the solver would use, the answer
would include what the question removes, so it is refused. What a relation itself leaves out ('no air
resistance', 'gravity neglected') and exclusions that name something the relation does not contain
('the temperature dependence of the mobilities', 'contact resistance') keep their answers.
"""

from __future__ import annotations

import pytest

from matsci_jupyter import answer

_HEAT = (
    "How much heat does it take to bring 2.0 kg of aluminium from 25 °C to its melting point of "
    "660 °C{}? c_p = 0.90 J/(g·K); heat of fusion 397 J/g."
)


def test_heat_without_the_heat_of_fusion_is_refused() -> None:
    a = answer(_HEAT.format(", without counting the heat of fusion"))
    assert a.quantity is None and "leaves out" in (a.reason or "")


def test_heat_excluding_the_latent_heat_is_refused() -> None:
    a = answer(_HEAT.format(" and melt it, excluding the latent heat"))
    assert a.quantity is None


def test_heat_to_heat_and_melt_is_still_answered() -> None:
    a = answer(_HEAT.format(" and melt it completely"))
    assert a.quantity is not None
    assert float(a.quantity.to("kJ").magnitude) == pytest.approx(2000 * (0.90 * 635 + 397) / 1000)


def test_transmission_ignoring_reflection_losses_is_refused() -> None:
    a = answer(
        "A silica window (n = 1.46) is 5.0 mm thick and has an absorption coefficient of 40 m⁻¹. "
        "Ignoring reflection losses at the two faces, what fraction of normally incident light is "
        "transmitted?"
    )
    assert a.quantity is None


def test_transmission_counting_reflections_is_still_answered() -> None:
    a = answer(
        "A silica window (n = 1.46) is 5.0 mm thick and has an absorption coefficient of 40 m⁻¹. "
        "What fraction of normally incident light is transmitted, counting reflection losses at "
        "both faces?"
    )
    assert a.quantity is not None
    r = (0.46 / 2.46) ** 2
    assert float(a.quantity.to("dimensionless").magnitude) == pytest.approx(
        (1 - r) ** 2 * 2.718281828 ** (-0.2), rel=1e-3
    )


def test_absorption_only_thickness_neglecting_reflection_is_still_answered() -> None:
    a = answer(
        "A filter glass has an absorption coefficient of 0.50 cm⁻¹. Neglecting reflection at the "
        "surfaces, how thick must it be for 20 % of the light entering it to emerge? Give mm."
    )
    assert a.quantity is not None
    assert float(a.quantity.to("mm").magnitude) == pytest.approx(32.189, rel=1e-3)


def test_what_the_relation_itself_leaves_out_is_no_objection() -> None:
    a = answer(
        "A stone is thrown at 15 m/s at 40° above the horizontal. Ignoring air resistance, how far "
        "away on level ground does it land, in m?"
    )
    assert a.quantity is not None
    assert float(a.quantity.to("m").magnitude) == pytest.approx(
        15**2 * 0.984807753 / 9.80665, rel=1e-3
    )


def test_an_excluded_variation_the_relation_lacks_is_no_objection() -> None:
    a = answer(
        "The conductivity of an intrinsic semiconductor rises from 2.0 × 10⁻³ S/m at 300 K to "
        "0.40 S/m at 400 K. Neglecting the temperature dependence of the prefactor in "
        "σ ∝ exp(−E_g/2kT), what is the band gap in eV?"
    )
    assert a.quantity is not None
    assert float(a.quantity.to("eV").magnitude) == pytest.approx(1.0958, rel=1e-3)


def test_heating_without_melting_is_refused() -> None:
    a = answer(
        "A 3.0 kg tin casting at 20 °C is brought up to its melting point of 232 °C without melting "
        "it. c = 0.227 J/(g·K); heat of fusion 59 J/g. How much heat, in kJ, does that take?"
    )
    assert a.quantity is None


def test_heating_and_melting_is_still_answered() -> None:
    a = answer(
        "A 3.0 kg tin casting at 20 °C is brought up to its melting point of 232 °C and then melted "
        "completely. c = 0.227 J/(g·K); heat of fusion 59 J/g. How much heat, in kJ, does that take?"
    )
    assert a.quantity is not None
    assert float(a.quantity.to("kJ").magnitude) == pytest.approx(3000 * (0.227 * 212 + 59) / 1000)
