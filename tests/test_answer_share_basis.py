"""A share on one basis is not a share on another: '40 wt% fibres' is no fibre volume fraction.

Mass, volume and mole fractions of one mixture differ unless the densities (or molar masses) are
equal, so a relation defined on a volume fraction (rule of mixtures, fibre strength, porosity) must not
take a weight percent, and one on a mole fraction must not take a weight percent. The look-alikes
state the basis the relation uses and keep their answers.
"""

from __future__ import annotations

import pytest

from matsci_jupyter import answer
from matsci_jupyter.engines.answer.matching import symbol_basis
from matsci_jupyter.engines.answer.relations import all_relations


def test_weight_percent_fibres_do_not_give_a_longitudinal_modulus() -> None:
    a = answer(
        "An aligned-fibre composite is 35 wt% continuous aramid fibres (E = 124 GPa) in an epoxy "
        "matrix (E = 3.1 GPa). Estimate its modulus along the fibres."
    )
    assert a.quantity is None


def test_volume_percent_fibres_give_a_longitudinal_modulus() -> None:
    a = answer(
        "An aligned-fibre composite is 35 vol% continuous aramid fibres (E = 124 GPa) in an epoxy "
        "matrix (E = 3.1 GPa). Estimate its modulus along the fibres."
    )
    assert a.quantity is not None
    assert float(a.quantity.to("GPa").magnitude) == pytest.approx(0.35 * 124 + 0.65 * 3.1)


def test_weight_percent_fibres_do_not_give_a_transverse_modulus() -> None:
    a = answer(
        "A unidirectional laminate contains 55 wt% glass fibres (E = 72 GPa) in vinyl ester "
        "(E = 3.5 GPa). What is its modulus transverse to the fibres?"
    )
    assert a.quantity is None


def test_weight_percent_fibres_do_not_give_a_composite_strength() -> None:
    a = answer(
        "A composite has 45 wt% continuous aligned glass fibres of tensile strength 3.0 GPa; the "
        "matrix stress when the fibres fail is 25 MPa. Estimate the longitudinal tensile strength."
    )
    assert a.quantity is None


def test_share_symbols_read_their_basis_from_their_names() -> None:
    bases = {
        (rel.name, s.name): symbol_basis(s)
        for rel in all_relations()
        for s in rel.symbols
        if s.kind in ("composition", "fraction")
    }
    assert bases[("rule_of_mixtures_isostrain", "V_fib")] == "vol"
    assert bases[("ideal_mixing_entropy", "x_b")] == "at"
    # 'the concentration at depth x' says nothing about a basis ('at' is a preposition there)
    assert bases[("fick_second_erf", "C_x")] is None
    assert bases[("packing_factor_fcc", "apf")] is None
