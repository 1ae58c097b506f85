"""pint pitfalls the answer engine handles: Å/Angstrom, eV↔nm, kJ/mol↔eV, ΔT vs T, percent."""

from __future__ import annotations

import pytest

from matsci_jupyter import answer


@pytest.mark.parametrize(
    "question",
    ["Express 2.0 Å in nm.", "Express 2.0 Angstrom in nm.", "Express 2.0 angstroms in nm."],
)
def test_angstrom_spellings(question):
    a = answer(question)
    assert a.ok and a.quantity.to("nm").magnitude == pytest.approx(0.2)


def test_ev_to_nm_uses_the_spectroscopy_context_and_says_so():
    a = answer("Convert 1.12 eV to nm.")
    assert a.ok and a.quantity.to("nm").magnitude == pytest.approx(1107.0, rel=1e-4)
    assert any("spectroscopy" in s for s in a.steps)


def test_kj_per_mol_to_ev_per_particle_goes_through_avogadro():
    a = answer("Express 150 kJ/mol in eV per atom.")
    assert a.ok and a.quantity.to("eV").magnitude == pytest.approx(1.5546, rel=1e-4)
    assert any("Avogadro" in s for s in a.steps)
    # and inside a relation: an activation energy per atom in a molar Arrhenius law
    b = answer(
        "The activation energy for diffusion of nickel in copper is 2.5 eV per atom and "
        "D0 = 2.7 × 10^-5 m^2/s. Compute the diffusion coefficient at 1000 K (m^2/s)."
    )
    assert b.ok and b.quantity.to("m^2/s").magnitude == pytest.approx(6.65e-18, rel=1e-2)
    assert any("N_A" in s for s in b.steps)


def test_absolute_temperature_versus_temperature_difference():
    assert answer("What is 25 °C in K?").quantity.to("K").magnitude == pytest.approx(298.15)
    diff = answer("A temperature difference of 10 °C corresponds to how many K?")
    assert diff.quantity.to("K").magnitude == pytest.approx(10.0)
    # a change written 'heated by 150 °C' is a difference; 'increases to 150 °C' is not
    by = answer(
        "A 1 m steel rod (α = 12e-6 /°C) is heated by 150 °C. How much does it expand in mm?"
    )
    assert by.ok and by.quantity.to("mm").magnitude == pytest.approx(1.8)
    to = answer(
        "The temperature of a 1 m steel rod increases to 150 °C. If α = 12e-6 /°C, how much does it "
        "expand (mm)?"
    )
    assert to.quantity is None
    # an Arrhenius temperature in °C is converted to kelvin before use
    arr = answer(
        "Calculate the diffusion coefficient (m^2/s) of copper in aluminum at 500 °C, given "
        "D0 = 6.5 × 10^-5 m^2/s and Q_d = 136,000 J/mol."
    )
    assert any("773.1" in s for s in arr.steps)


def test_percent_is_a_dimensionless_fraction():
    assert answer("Convert 2.5 per cent to ppm.").quantity.to("ppm").magnitude == pytest.approx(
        25000
    )
    a = answer(
        "A Cu–Ni alloy of composition 35 wt% Ni is at 1250 °C, where the liquid phase contains 31.5 wt% Ni "
        "and the α phase contains 42.5 wt% Ni. Determine the fraction (in %) of the α phase."
    )
    assert a.ok and a.quantity.to("percent").magnitude == pytest.approx(31.818, rel=1e-4)
