"""Checkable expectations for a verified snippet (used by recipe tests, the request set, benchmarks).

An expectation is a small dict:

- ``{"formula": "Na4Cl3"}``: some produced structure has exactly this composition;
- ``{"reduced_formula": "NaCl"}``: some produced structure reduces to this formula;
- ``{"n_sites": 64}``: some produced structure has this many sites;
- ``{"value": "space_group_number", "equals": 225}`` (``"tol"`` for numbers, also inside lists
  and dicts; ``"subset": True`` to check only the given keys), ``"approx"`` + ``"tol"``,
  ``"min"``/``"max"``, ``"len"``, ``"keys"``;
- ``{"file": "out.cif", "reduced_formula": "NaCl"}``: the code wrote a file that parses;
- ``{"wrote": "Si"}``: some file the code wrote parses to this reduced formula;
- ``{"stdout": "regex"}``: the printed output matches;
- ``{"printed": 74.088, "tol": 0.001}``: some number printed is within ``tol`` of the value
  (any precision; units are the request's).
"""

from __future__ import annotations

import re
from typing import Any

from .verify import Verification


def _same_composition(a: str, b: str, reduced: bool) -> bool:
    from pymatgen.core import Composition

    try:
        ca, cb = Composition(a), Composition(b)
    except Exception:
        return False
    if reduced:
        return ca.reduced_composition.almost_equals(cb.reduced_composition)
    return ca.almost_equals(cb)


def _close(actual: Any, expected: Any, tol: float, subset: bool = False) -> bool:
    if isinstance(expected, bool) or expected is None or isinstance(expected, str):
        return actual == expected
    if isinstance(expected, (int, float)):
        return (
            isinstance(actual, (int, float))
            and not isinstance(actual, bool)
            and abs(actual - expected) <= tol
        )
    if isinstance(expected, (list, tuple)):
        return (
            isinstance(actual, (list, tuple))
            and len(actual) == len(expected)
            and all(_close(a, e, tol) for a, e in zip(actual, expected, strict=False))
        )
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return False
        if not subset and set(actual) != set(expected):
            return False
        return all(k in actual and _close(actual[k], v, tol) for k, v in expected.items())
    return actual == expected


def check(v: Verification, expectation: dict[str, Any]) -> str | None:
    """None when ``v`` meets ``expectation``, otherwise why not."""
    summaries = [s.get("summary") or {} for s in v.structures]
    if "file" in expectation:
        info = v.files.get(expectation["file"])
        if info is None:
            return f"file {expectation['file']} was not written (wrote {sorted(v.files)})"
        if not info.get("parses"):
            return f"file {expectation['file']} does not parse: {info.get('parse_errors')}"
        want = expectation.get("reduced_formula")
        if want and not _same_composition(info.get("formula", ""), want, reduced=True):
            return f"file {expectation['file']} holds {info.get('formula')}, expected {want}"
        return None
    if "wrote" in expectation:
        want = expectation["wrote"]
        if any(
            info.get("parses") and _same_composition(info.get("formula", ""), want, reduced=True)
            for info in v.files.values()
        ):
            return None
        return f"no written file parses to {want} (wrote {v.files})"
    if "formula" in expectation:
        want = expectation["formula"]
        if any(_same_composition(s.get("formula", ""), want, reduced=False) for s in summaries):
            return None
        return f"no structure with formula {want} (got {[s.get('formula') for s in summaries]})"
    if "reduced_formula" in expectation:
        want = expectation["reduced_formula"]
        if any(_same_composition(s.get("formula", ""), want, reduced=True) for s in summaries):
            return None
        return (
            f"no structure reducing to {want} (got {[s.get('reduced_formula') for s in summaries]})"
        )
    if "n_sites" in expectation:
        if any(s.get("n_sites") == expectation["n_sites"] for s in summaries):
            return None
        return f"no structure with {expectation['n_sites']} sites"
    if "stdout" in expectation:
        if re.search(expectation["stdout"], v.stdout):
            return None
        return f"output does not match {expectation['stdout']!r}: {v.stdout[-400:]!r}"
    if "printed" in expectation:
        want, tol = float(expectation["printed"]), float(expectation.get("tol", 1e-6))
        for m in re.finditer(r"(?<![\w.])-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?", v.stdout):
            if abs(float(m.group(0)) - want) <= tol:
                return None
        return f"no printed number within {tol:g} of {want:g}: {v.stdout[-400:]!r}"
    if "value" in expectation:
        name = expectation["value"]
        if name not in v.values:
            return f"no variable {name!r} (captured {sorted(v.values)})"
        from ...sandbox.values import decode

        actual = decode(v.values[name])
        if hasattr(actual, "magnitude"):
            actual = actual.magnitude
        tol = float(expectation.get("tol", 1e-6))
        if "equals" in expectation and not _close(
            actual, expectation["equals"], tol, bool(expectation.get("subset"))
        ):
            return f"{name} = {actual!r}, expected {expectation['equals']!r}"
        if "approx" in expectation and not _close(actual, expectation["approx"], tol):
            return f"{name} = {actual!r}, expected {expectation['approx']} ± {tol}"
        if "min" in expectation and not (
            isinstance(actual, (int, float)) and actual >= expectation["min"]
        ):
            return f"{name} = {actual!r}, expected at least {expectation['min']}"
        if "max" in expectation and not (
            isinstance(actual, (int, float)) and actual <= expectation["max"]
        ):
            return f"{name} = {actual!r}, expected at most {expectation['max']}"
        if "len" in expectation and len(actual) != expectation["len"]:
            return f"len({name}) = {len(actual)}, expected {expectation['len']}"
        if "keys" in expectation and sorted(actual) != sorted(expectation["keys"]):
            return f"{name} has keys {sorted(actual)}, expected {sorted(expectation['keys'])}"
        return None
    raise ValueError(f"unknown expectation {expectation!r}")


def failures(
    v: Verification, expectations: list[dict[str, Any]] | tuple[dict[str, Any], ...]
) -> list[str]:
    """Every expectation ``v`` does not meet (an unverified run fails them all at once)."""
    if not v.passed:
        return [f"not verified: {v.status()}"]
    return [why for e in expectations if (why := check(v, e))]
