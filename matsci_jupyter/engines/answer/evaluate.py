"""Solve a relation for its unknown with sympy and evaluate the result with pint quantities.

The symbolic solution is cached per (relation, unknown). Evaluation passes pint
quantities (givens in their symbols' units, constants from pint's CODATA
values) through the solved expression, so a relation declared with the wrong
dimensions fails here instead of giving a number.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from .constants import value as constant_value
from .matching import Candidate
from .quantities import format_number
from .relations import by_name
from .unit_text import unit_label

DIMENSIONLESS_KINDS = ("number", "fraction", "composition", "miller")


@dataclass
class Evaluation:
    """A candidate's numeric result (in the unknown symbol's unit) or the reason it has none."""

    candidate: Candidate
    value: Any = None
    expression: str = ""
    error: str | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.error is None and self.value is not None


def _dimless(x: Any) -> float:
    if hasattr(x, "to"):
        return float(x.to("dimensionless").magnitude)
    return float(x)


def _radians(x: Any) -> float:
    if hasattr(x, "to"):
        return float(x.to("radian").magnitude)
    return float(x)


def _angle(x: float) -> Any:
    from ...units import get_registry

    return get_registry().Quantity(x, "radian")


def _erfinv(y: Any) -> float:
    import mpmath  # a dependency of sympy

    return float(mpmath.erfinv(_dimless(y)))


PINT_FUNCTIONS = {
    "exp": lambda x: math.exp(_dimless(x)),
    "log": lambda x: math.log(_dimless(x)),
    "sqrt": lambda x: x**0.5,
    "sin": lambda x: math.sin(_radians(x)),
    "cos": lambda x: math.cos(_radians(x)),
    "tan": lambda x: math.tan(_radians(x)),
    "asin": lambda x: _angle(math.asin(_dimless(x))),
    "acos": lambda x: _angle(math.acos(_dimless(x))),
    "atan": lambda x: _angle(math.atan(_dimless(x))),
    "erf": lambda x: math.erf(_dimless(x)),
    "erfc": lambda x: math.erfc(_dimless(x)),
    "erfinv": _erfinv,
    "Abs": abs,
}


@cache
def solutions(relation_name: str, unknown: str) -> tuple[Any, ...]:
    """Symbolic solutions of the relation for ``unknown`` (sympy expressions)."""
    import sympy as sp

    eq = by_name(relation_name).equation_sympy()
    sym = next((s for s in eq.free_symbols if s.name == unknown), None)
    if sym is None:
        return ()
    try:
        sols = sp.solve(eq, sym)
    except (NotImplementedError, ValueError):
        return ()
    return tuple(_pull_exponents_out_of_logs(s) for s in sols)


def _pull_exponents_out_of_logs(expr: Any) -> Any:
    """log((D0/D)**(R*T)) → R*T*log(D0/D): pint can take the log of a dimensionless ratio only.

    sympy also splits a ratio's log into two ('−log(t1) + log(t2)' for a time T2 solved from
    t2·e^(−Q/RT2) = t1·e^(−Q/RT1)); a sum holding exactly one '+log(a)' and one '−log(b)' of single
    symbols gets them back as 'log(a/b)' (same value, and a ratio of two times is dimensionless). Logs
    inside products ('x·log(x)') are left as they are."""
    import sympy as sp

    def pull(e: Any) -> Any:
        return e.replace(
            lambda x: isinstance(x, sp.log) and x.args[0].is_Pow,
            lambda x: x.args[0].exp * sp.log(x.args[0].base),
        )

    def bare_log(x: Any) -> Any:  # the symbol of 'log(t2)', or None
        return x.args[0] if isinstance(x, sp.log) and x.args[0].is_Symbol else None

    def ratio(add: Any) -> Any:  # 'a − log(t1) + log(t2)' → 'a + log(t2/t1)'
        up = [t for t in add.args if bare_log(t) is not None]
        down = [t for t in add.args if t.could_extract_minus_sign() and bare_log(-t) is not None]
        if len(up) != 1 or len(down) != 1:
            return add
        rest = [t for t in add.args if t is not up[0] and t is not down[0]]
        ratio_log = sp.log(bare_log(up[0]) / bare_log(-down[0]), evaluate=False)
        return sp.Add(*rest, ratio_log)

    out = pull(expr)
    if any(bare_log(x) is not None for x in out.atoms(sp.log)):
        out = out.replace(lambda x: x.is_Add, ratio)
    return out


@cache
def _compiled(relation_name: str, unknown: str) -> tuple[tuple[tuple[str, ...], Any, str], ...]:
    import sympy as sp

    out = []
    for sol in solutions(relation_name, unknown):
        names = tuple(sorted(s.name for s in sol.free_symbols))
        args = [sp.Symbol(n) for n in names]
        plain = sol.subs({s: sp.Symbol(s.name) for s in sol.free_symbols})
        fn = sp.lambdify(args, plain, modules=[PINT_FUNCTIONS, "math"])
        out.append((names, fn, _display(relation_name, unknown, sol)))
    return tuple(out)


def _display(relation_name: str, unknown: str, expr: Any) -> str:
    """'λ = c*h/E' rather than 'lam = c*h/E_ph': symbols shown as texts write them (their first alias)."""
    import sympy as sp

    rel = by_name(relation_name)
    shown = {s.name: (s.aliases[0] if s.aliases else s.name) for s in rel.symbols}
    if len(set(shown.values())) != len(shown):  # two symbols would look alike: keep the names
        shown = {n: n for n in shown}
    subs = {s: sp.Symbol(shown[s.name]) for s in expr.free_symbols if s.name in shown}
    text = sp.sstr(expr.subs(subs)).replace("log(", "ln(")
    return f"{shown.get(unknown, unknown)} = {text}"


def evaluate(candidate: Candidate) -> Evaluation:
    """Solve and evaluate one candidate; never raises."""
    from ...units import get_registry

    ureg = get_registry()
    rel, unknown = candidate.relation, candidate.unknown
    ev = Evaluation(candidate)
    try:
        compiled = _compiled(rel.name, unknown.name)
    except Exception as exc:  # sympy could not handle this form
        ev.error = f"{rel.name}: cannot solve for {unknown.label} ({exc})"
        return ev
    if not compiled:
        ev.error = f"{rel.title} cannot be solved for {unknown.label} in closed form"
        return ev
    symbols = rel.symbol_map
    env: dict[str, Any] = {}
    for name, b in candidate.bindings.items():
        sym = symbols[name]
        if sym.kind in DIMENSIONLESS_KINDS:
            env[name] = (
                b.value
                if isinstance(b.value, (int, float))
                else float(b.value.to(sym.unit).magnitude)
            )
        else:
            env[name] = b.value
    for name, val, _note in rel.fixed:
        env[name] = ureg.Quantity(val) if isinstance(val, str) else val
    for c in rel.constants:
        env[c] = constant_value(c)
    results = []
    problems = []
    for names, fn, text in compiled:
        try:
            raw = fn(*[env[n] for n in names])
        except KeyError as exc:
            problems.append(f"missing value for {exc}")
            continue
        except (ValueError, ZeroDivisionError, OverflowError) as exc:
            problems.append(_math_problem(exc, unknown.label))
            continue
        except Exception as exc:  # a dimension error means the relation or a given is inconsistent
            problems.append(f"{type(exc).__name__}: {exc}")
            continue
        if _is_complex(raw):
            problems.append(
                f"no real {unknown.label} satisfies the relation with these givens (complex result)"
            )
            continue
        try:
            q = _as_quantity(raw, unknown, ureg)
        except Exception as exc:
            problems.append(
                f"the result's dimension ({getattr(raw, 'units', 'none')}) is not that of "
                f"{unknown.label} ({unknown.unit}): {exc}"
            )
            continue
        why = _invalid(q, unknown)
        if why:
            problems.append(why)
            continue
        results.append((q, text))
    distinct = []
    for q, text in results:
        if not any(_close(q, d[0]) for d in distinct):
            distinct.append((q, text))
    if len(distinct) == 1:
        ev.value, ev.expression = distinct[0]
    elif len(distinct) > 1:
        ev.error = (
            f"{rel.title} has {len(distinct)} valid solutions for {unknown.label}: "
            + ", ".join(f"{format_number(q.magnitude)} {unit_label(q.units)}" for q, _ in distinct)
        )
    else:
        ev.error = problems[0] if problems else f"no solution for {unknown.label}"
    return ev


def _is_complex(raw: Any) -> bool:
    """A complex value, bare or as a pint magnitude (numpy included): no real solution, refused with
    that reason rather than crashing ``float()`` further on."""
    mag = getattr(raw, "magnitude", raw)
    return isinstance(mag, complex) or "complex" in type(mag).__name__


def _as_quantity(raw: Any, unknown: Any, ureg: Any) -> Any:
    if isinstance(raw, complex):
        raise ValueError("complex result")
    if hasattr(raw, "to"):
        if unknown.kind in DIMENSIONLESS_KINDS:
            return (
                ureg.Quantity(float(raw.to("dimensionless").magnitude), "dimensionless").to(
                    unknown.unit
                )
                if unknown.unit == "dimensionless"
                else ureg.Quantity(float(raw.to("dimensionless").magnitude), unknown.unit)
            )
        return raw.to(unknown.unit)
    if unknown.kind in DIMENSIONLESS_KINDS or unknown.unit == "dimensionless":
        return ureg.Quantity(float(raw), unknown.unit)
    raise ValueError(f"a plain number came out where {unknown.unit} was expected")


def _invalid(q: Any, unknown: Any) -> str | None:
    mag = float(q.magnitude)
    if not math.isfinite(mag):
        return f"{unknown.label} is not finite"
    if not unknown.signed and mag <= 0 and unknown.kind not in ("composition",):
        return f"{unknown.label} would be {format_number(mag)} {unit_label(q.units)} (must be positive)"
    if unknown.valid:
        lo, hi = unknown.valid
        if (lo is not None and mag < lo) or (hi is not None and mag > hi):
            return (
                f"{unknown.label} = {format_number(mag)} {unit_label(q.units)} is outside {lo}–{hi}"
            )
    return None


def _math_problem(exc: Exception, label: str) -> str:
    text = str(exc)
    if "domain" in text:
        return f"no real {label} satisfies the relation with these givens (math domain error)"
    return f"{type(exc).__name__} while computing {label}: {text}"


def _close(a: Any, b: Any, rtol: float = 5e-3) -> bool:
    try:
        x, y = float(a.magnitude), float(b.to(a.units).magnitude)
    except Exception:
        return False
    return math.isclose(x, y, rel_tol=rtol, abs_tol=1e-300)
