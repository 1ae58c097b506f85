"""One symbol name is one quantity across the whole relation library.

The planner (:mod:`matsci_jupyter.engines.answer.planner`) joins two relations on a shared symbol
name: the name is a node of the relation graph. A name used for two quantities (σ_e for a
conductivity in S/m and for an endurance limit in MPa; T_b for a boiling point and for the end of
a heating) would let a chain pass from one quantity to another that merely shares the letters.
"""

from __future__ import annotations

import math
from collections import defaultdict

import pytest

from matsci_jupyter.engines.answer.relations import all_relations, rename_symbols
from matsci_jupyter.engines.answer.solver import solve
from matsci_jupyter.units import get_registry

# Names whose labels differ in wording only, reviewed: each set is every label the name may carry.
# A new label on one of these names, or a second label on any other name, fails the test below
# until someone decides whether it is the same quantity (add it here) or another one (rename it).
SAME_QUANTITY: dict[str, set[str]] = {
    # the Fe–C lever-rule relations state the alloy composition as its carbon content
    "C0": {"alloy composition", "carbon content (wt% C)"},
    "E_0": {"modulus of the non-porous material", "modulus of the fully dense material"},
    # grains per square inch of the micrograph; the two ASTM relations exclude each other
    # (one requires a magnification, the other excludes it), so no chain joins them
    "N_g": {
        "grains per square inch at 100×",
        "grains per square inch at the magnification",
    },
    # a specimen's length after the change (heating, loading, or loading to fracture)
    "L_f": {"final length", "length at fracture"},
    "P_por": {"porosity", "volume fraction porosity"},
    "T_m": {"melting temperature", "melting point"},
    "b": {"Burgers vector magnitude", "Burgers vector"},
    "chi_1": {"susceptibility 1", "susceptibility at T₁"},
    "chi_2": {"susceptibility", "susceptibility at T₂"},
    "dS_mix": {"entropy of mixing", "molar entropy of mixing"},
    # the library's strain and stress are engineering values (true ones are eps_T and sigma_T)
    "eps": {"strain", "engineering strain"},
    "sigma": {"stress", "engineering stress"},
    "p_g1": {"gas pressure 1", "gas pressure p₁"},
    "p_g2": {"gas pressure", "gas pressure p₂"},
    # a working (design) stress is the stress applied in service: Weibull's applied stress
    "sigma_w": {"working (design) stress", "applied stress"},
    "y_av": {"fraction transformed", "fraction transformed y"},
    # a sacrificial anode's mass is a mass; Considère's strength is the (engineering) tensile strength
    "m": {"mass", "anode mass"},
    "sigma_uts": {"tensile strength", "engineering tensile strength"},
}


def _uses() -> dict[str, list[tuple[str, str, str]]]:
    """Symbol name -> (unit, label, relation) for every declared relation (chains copy their parts)."""
    out: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for rel in all_relations():
        if rel.parts:
            continue
        for sym in rel.symbols:
            out[sym.name].append((sym.unit, sym.label, rel.name))
    return out


def _dimension(unit: str) -> str:
    return str(get_registry().Quantity(1, unit or "dimensionless").dimensionality)


def _listing(uses: list[tuple[str, str, str]]) -> str:
    seen: dict[tuple[str, str], list[str]] = {}
    for unit, label, rel in uses:
        seen.setdefault((unit, label), []).append(rel)
    return "; ".join(
        f"{unit} '{label}' ({', '.join(rels[:3])})" for (unit, label), rels in seen.items()
    )


def test_every_symbol_name_has_one_dimension():
    clashes = [
        f"{name}: {_listing(uses)}"
        for name, uses in sorted(_uses().items())
        if len({_dimension(unit) for unit, _label, _rel in uses}) > 1
    ]
    assert not clashes, "symbol names shared by quantities of different dimensions:\n" + "\n".join(
        clashes
    )


def test_every_symbol_name_has_one_meaning():
    clashes = []
    for name, uses in sorted(_uses().items()):
        labels = {label for _unit, label, _rel in uses}
        if len(labels) > 1 and not labels <= SAME_QUANTITY.get(name, set()):
            clashes.append(f"{name}: {_listing(uses)}")
    assert not clashes, (
        "symbol names carrying labels not reviewed as one quantity (rename one, or add the labels "
        "to SAME_QUANTITY):\n" + "\n".join(clashes)
    )


def test_the_reviewed_synonyms_are_still_in_use():
    uses = _uses()
    stale = {
        name: labels - {label for _u, label, _r in uses.get(name, [])}
        for name, labels in SAME_QUANTITY.items()
    }
    assert not {k: v for k, v in stale.items() if v}


def test_a_quantity_in_other_units_has_its_own_names():
    # Fick's first law per atom is its own relation with its own node names
    rels = {r.name: r for r in all_relations()}
    atoms = rels["fick_first_atoms"]
    assert atoms.equation == "J_atoms = D*(C_A_atoms - C_B_atoms)/dx"
    assert atoms.symbol_map["J_atoms"].unit == "1/(m^2*s)"
    assert set(atoms.unknowns or ()) == {"J_atoms", "D", "dx"}
    assert rels["fick_first"].symbol_map["J"].unit == "kg/(m^2*s)"


def test_rename_symbols_renames_whole_names_only():
    rel = next(r for r in all_relations() if r.name == "fick_first")
    renamed = rename_symbols(rel, {"C_A": "C_hi"}, name="fick_first_renamed")
    assert renamed.equation == "J = D*(C_hi - C_B)/dx"
    assert "C_hi" in renamed.symbol_map and "C_A" not in renamed.symbol_map
    assert rel.equation == "J = D*(C_A - C_B)/dx"  # the declared relation is untouched


def test_longitudinal_and_transverse_composite_moduli_are_two_nodes():
    rels = {r.name: r for r in all_relations()}
    longitudinal = set(rels["rule_of_mixtures_isostrain"].symbol_map)
    transverse = set(rels["rule_of_mixtures_isostress"].symbol_map)
    # they share the constituents (a property of the fiber or the matrix), never the composite modulus
    assert longitudinal & transverse == {"E_m", "E_fib", "V_fib"}


def test_a_chain_through_a_renamed_node_is_planned_when_both_steps_hold():
    # H = N·I/l inside the coil, then M = (μ_r − 1)·H: one magnetic field strength, one node
    a = solve(
        "A coil of 400 turns wound over 0.5 m carries 2 A; the core has a relative permeability of "
        "1.5. What magnetization (A/m) does the core take?"
    )
    assert a.quantity is not None, a.reason
    assert float(a.quantity.to("A/m").magnitude) == pytest.approx(0.5 * 400 * 2 / 0.5, rel=1e-9)
    assert "+" in (a.relation or "")


def test_an_adiabatic_final_pressure_is_not_fed_to_a_constant_temperature_law():
    # Δμ = RT ln(p_f/p_i) holds at one temperature; after a reversible adiabatic compression the
    # temperature has moved, so neither the law alone nor a chain through p_f may answer
    a = solve(
        "Two moles of an ideal gas at 350 K and 2.0 bar are compressed reversibly and adiabatically "
        "(γ = 1.67) from 29 dm^3 to 10 dm^3. By how much does the chemical potential change (J/mol)?"
    )
    assert a.quantity is None
    # the isothermal case is still answered
    b = solve(
        "The pressure on an ideal gas held at 350 K is raised from 2.0 bar to 5.0 bar. What is the "
        "change in its chemical potential (J/mol)?"
    )
    assert b.quantity is not None, b.reason
    assert float(b.quantity.to("J/mol").magnitude) == pytest.approx(
        8.314462618 * 350 * math.log(2.5), rel=1e-4
    )
