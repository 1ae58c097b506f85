"""Classes of wrong answers found by the first run of blind set N, each refused or read right now:

* A unit alone in square brackets closing the question ('… per atom. [eV]') is the asked unit, as
  '(in eV)' is; a bracket elsewhere, or holding a number, asks nothing.
* A sign convention stated ('tension positive', 'with its sign') beside a load the stem calls
  compressive but writes as a positive number: the relations read the magnitude, so the signed
  strain or stress they would give may have the wrong sign; refused, whatever the sign of the
  result. A tensile load, a compressive value written with its minus sign, lengths that shrink, or
  no sign asked keep the answer.
* Griffith's relation (surface energy only) for a material the stem calls ductile: refused with the
  reason; a brittle solid, or a steel below its ductile-to-brittle transition, keeps the answer.

Every question here is written for these tests.
"""

from __future__ import annotations

import math

import pytest

from matsci_jupyter import answer
from matsci_jupyter.engines.answer.quantities import find_requested

K_B_EV = 8.617333262e-5  # eV/K
R = 8.314462618  # J/(mol K)


def _value(question: str, unit: str) -> float:
    a = answer(question)
    assert a.quantity is not None, a.reason
    return float(a.quantity.to(unit).magnitude)


def _reason(question: str) -> str:
    a = answer(question)
    assert a.quantity is None, f"answered {a.quantity}"
    return a.reason or ""


# ------------------------------------------------------------------ a unit in brackets at the end
_NICKEL = (
    "Carbon diffuses in nickel with D = 2.0 × 10⁻¹³ m²/s at 700 °C and 4.8 × 10⁻¹² m²/s at 900 °C. "
    "What is the activation energy for this diffusion, per atom? {tail}"
)
_Q_MOLAR = R * math.log(4.8e-12 / 2.0e-13) / (1 / 973.15 - 1 / 1173.15)


def test_a_bracketed_unit_closing_the_question_is_the_asked_unit() -> None:
    q = _NICKEL.format(tail="[eV]")
    assert _value(q, "eV") == pytest.approx(_Q_MOLAR / 96485.33212, rel=1e-3)
    assert [r.text for r in find_requested(q)] == ["eV"]
    molar = _NICKEL.format(tail="[kJ/mol]").replace(", per atom", "")
    assert _value(molar, "kJ/mol") == pytest.approx(_Q_MOLAR / 1000, rel=1e-3)
    assert (
        answer(molar).quantity.units
        == answer(molar.replace("[kJ/mol]", "(in kJ/mol)")).quantity.units
    )


@pytest.mark.parametrize(
    "text",
    [
        # a citation, a number in brackets, a bracket inside the stem, a concentration
        "Find the flux through the membrane [2] of 1.0 mm thickness.",
        "The flux is given in ref. [12].",
        "A bar [of steel] is loaded to 200 MPa. Find the strain.",
        "What is the cell potential when [Cu2+] is 0.01 M?",
    ],
)
def test_brackets_that_name_no_unit_of_the_answer_ask_nothing(text: str) -> None:
    assert not [r for r in find_requested(text) if text[r.start - 1] == "["]


# ------------------------------------------------------------------ compressive load, sign asked
_COLUMN = (
    "A steel column of 25 mm × 25 mm square section carries an axial {kind} load of 5.0 × 10⁴ N. "
    "With E = 200 GPa, find the axial strain{conv}."
)
_STRAIN = 5.0e4 / (0.025 * 0.025) / 200e9


@pytest.mark.parametrize("conv", [" (tension positive)", ", with its sign"])
def test_a_signed_strain_under_a_compressive_load_written_positive_is_refused(conv: str) -> None:
    reason = _reason(_COLUMN.format(kind="compressive", conv=conv))
    assert "compressive" in reason and "sign" in reason


def test_the_look_alikes_keep_their_answers() -> None:
    # a tensile load: the positive strain is the signed one
    tensile = _COLUMN.format(kind="tensile", conv=" (tension positive)")
    assert _value(tensile, "") == pytest.approx(_STRAIN, rel=1e-3)
    # no sign asked: the size of the strain is what is asked
    plain = _COLUMN.format(kind="compressive", conv="")
    assert _value(plain, "") == pytest.approx(_STRAIN, rel=1e-3)


# ------------------------------------------------------------------ Griffith for a ductile solid
_PLATE = (
    "A {what} plate (E = {e} GPa, surface energy {g} J/m²) contains a surface crack 2.0 µm deep. "
    "Using Griffith's relation, find the stress at which it fractures, in MPa."
)


def test_griffith_for_a_material_called_ductile_is_refused() -> None:
    reason = _reason(_PLATE.format(what="fully annealed, ductile aluminium", e=69, g=0.9))
    assert "ductile" in reason and "brittle" in reason


@pytest.mark.parametrize(
    ("what", "e", "g"),
    [
        ("soda-lime glass", 69, 0.30),
        ("brittle alumina", 380, 0.90),
        ("steel, below its ductile-to-brittle transition,", 207, 1.5),
    ],
)
def test_griffith_for_a_brittle_solid_keeps_its_answer(what: str, e: float, g: float) -> None:
    expected = math.sqrt(2 * e * 1e9 * g / (math.pi * 2.0e-6)) / 1e6
    assert _value(_PLATE.format(what=what, e=e, g=g), "MPa") == pytest.approx(expected, rel=1e-3)


def test_under_a_compressive_load_a_signed_value_of_either_sign_is_refused() -> None:
    # the lateral strain under compression is positive: a relation fed the load's size would make
    # it negative, so a negative value is no safer than a positive one
    from matsci_jupyter.engines.answer.signed_ask import worded_compression_refusal

    q = (
        "A brass rod of 20 mm diameter carries an axial compressive load of 30 kN. With E = 97 GPa "
        "and Poisson's ratio 0.34, find the lateral strain (tension positive)."
    )
    assert worded_compression_refusal(q, -3.2e-4) is not None
    assert worded_compression_refusal(q, 3.2e-4) is not None
    # lengths that shrink carry their own sign; the load written with its minus sign is read
    shrink = "A 50.0 mm gauge length is compressed to 49.0 mm. Find the strain, tension positive."
    assert worded_compression_refusal(shrink, -0.02) is None
    signed = q.replace("an axial compressive load of 30 kN", "an axial load F = −30 kN")
    assert worded_compression_refusal(signed, -3.2e-4) is None
