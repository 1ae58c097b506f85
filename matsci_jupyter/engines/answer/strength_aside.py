"""A strength beside a relation that holds no stress: a modulus from moduli (rules of mixtures,
porosity laws) is a property of the material, not of a load.

A yield or tensile strength bounds the stress up to which an elastic or fracture relation holds, so
beside one that works with a stress the solver checks the stress stays below it
(:mod:`.yield_check`). A relation whose every stress-dimensioned symbol is an elastic modulus and
whose result is one (E_c = V_f E_f + V_m E_m; E = E₀(1 − 1.9P + 0.9P²)) has no stress for the
strength to bound: a strength stated beside it is data of another question about the same material
(its strength), and is set aside like any value named as a quantity the relation does not take
(:func:`.set_aside_named.named_other_reason` applies its other conditions).
"""

from __future__ import annotations

from typing import Any

_PA = frozenset({("[length]", -1.0), ("[mass]", 1.0), ("[time]", -2.0)})


def _is_stress_dims(unit: str) -> bool:
    from .set_aside_named import _dims

    return _dims(unit) == _PA


def _is_modulus(sym: Any) -> bool:
    return "modulus" in sym.label.lower() or "stiffness" in sym.label.lower()


def holds_no_stress(rel: Any, unknown: Any) -> bool:
    """True when ``rel`` asked for ``unknown`` works with moduli only: every symbol with the
    dimension of a stress is a modulus, and so is the result; or the result is a share (a fibre
    fraction) and every symbol is a modulus or dimensionless."""
    if _is_stress_dims(unknown.unit) and _is_modulus(unknown):
        return all(_is_modulus(s) for s in rel.symbols if _is_stress_dims(s.unit))
    if not _is_dimensionless(unknown.unit):
        return False
    # a share found from moduli alone (the fibre fraction a target modulus needs): every symbol is a
    # modulus or dimensionless, so no load, length or stress enters for a strength to bound
    stresses = [s for s in rel.symbols if _is_stress_dims(s.unit)]
    return bool(stresses) and all(_is_modulus(s) or _is_dimensionless(s.unit) for s in rel.symbols)


def _is_dimensionless(unit: str) -> bool:
    from .set_aside_named import _dims

    return not _dims(unit)


def label_is_the_symbols_letter(g: Any, sym: Any) -> bool:
    """'The epoxy has E = 3.1 GPa' filling the matrix modulus E_m: the given's only name is the
    bare letter of the subscripted symbol it fills (an E_m is an E), so it is not named as another
    quantity."""
    from .set_aside_named import own_names

    if not g.label:
        return False
    names = own_names(g)
    base = sym.name.split("_")[0]
    return base == g.label and all(w == g.label for w, _ids in names)
