"""How a relation is declared: its symbols (with dimensions) and one sympy equation.

A relation is plain data. The equation is a string such as ``"E = h*c/lam"``;
:meth:`Relation.equation_sympy` parses it on first use (sympy stays out of
``import matsci_jupyter``). Composite relations (Bragg's law on a cubic lattice)
are built from two declared ones with :func:`chain`, never retyped.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from ..constants import CONSTANTS

SYMBOL_KINDS = (
    "quantity",
    "temperature",
    "temperature_difference",
    "number",
    "fraction",
    "composition",
    "angle",
    "miller",
)


@dataclass(frozen=True)
class Symbol:
    """One variable of a relation.

    ``unit`` fixes the dimension (and is the unit results are shown in);
    ``keywords`` are phrases that name it in questions ("lattice parameter");
    ``aliases`` are how it is written before an '=' ("a", "a_0").
    ``plausible`` is a (low, high) range in ``unit``: a given or result outside it
    is refused as an absurd magnitude. ``valid`` bounds results hard (angles 0..90°).
    ``molar_ok``: an energy per mole may stand for an energy per particle (or the
    reverse), converted with the Avogadro constant.
    """

    name: str
    unit: str
    label: str
    keywords: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    kind: str = "quantity"
    default: float | None = None
    default_note: str = ""
    plausible: tuple[float, float] | None = None
    valid: tuple[float | None, float | None] | None = None
    molar_ok: bool = False
    # "molar_mass" | "repeat_unit_mass": may come from pymatgen; "metal_atoms_per_oxide": read from the
    # one oxide formula the question writes (Al2O3: 2); "oxide_molar_mass" | "oxide_metal_mass": the
    # molar mass of that oxide or of its metal (pymatgen)
    lookup: str | None = None
    signed: bool = False  # may be negative (a change); otherwise solved as positive
    named: bool = False  # binds only a given the words around it name (two look-alike quantities)

    def __post_init__(self) -> None:
        if self.kind not in SYMBOL_KINDS:
            raise ValueError(f"symbol {self.name}: unknown kind {self.kind!r}")

    def with_(self, **changes: Any) -> Symbol:
        return replace(self, **changes)


@dataclass(frozen=True)
class Relation:
    """A named materials-science relation, declared once.

    ``conditions`` names givens the question may state as a condition without
    the equation needing them (a temperature at which a given D applies).
    ``requires``: groups of phrases; from each group at least one must occur in
    the question (a crystal-structure word, say); ``excludes``: none of these may. ``fixed``
    holds values the relation's name implies, shown as steps
    (``("n", 4, "FCC: 4 atoms per unit cell")``). ``unknowns`` limits which
    symbols may be solved for (None: any).
    """

    name: str
    group: str
    title: str
    equation: str
    symbols: tuple[Symbol, ...]
    description: str = ""
    keywords: tuple[str, ...] = ()
    requires: tuple[tuple[str, ...], ...] = ()
    excludes: tuple[str, ...] = ()
    fixed: tuple[tuple[str, float | str, str], ...] = ()  # value: a number or a pint quantity text
    unknowns: tuple[str, ...] | None = None
    miller: tuple[str, str, str] | None = None  # symbols filled together from "(hkl)"
    pairs: tuple[tuple[str, str], ...] = ()  # (a, b): a's and b's givens are each other's nearest
    # (a, b): physics makes a's value larger than b's (an oxide's formula mass exceeds its metal's atomic
    # weight; a crystalline polymer is denser than its amorphous form): a reading binding them the other
    # way round is no reading
    ordered: tuple[tuple[str, str], ...] = ()
    # (a, b): values written inside one pair of parentheses after a name ('titanium (A = 47.87 g/mol,
    # ρ = 4.51 g/cm³)') are of one substance, so a and b may not take them from two different such groups
    # when one group holds a value of another pair's symbol
    bracketed: tuple[tuple[str, str], ...] = ()
    conditions: tuple[str, ...] = ()  # stated conditions it may leave unused: ("temperature",)
    # plane families the relation holds for, as sorted |h| ≥ |k| ≥ |l| ((1, 1, 0) covers (011), (1-10));
    # the question's one (hkl) must be among them and is then used
    planes: tuple[tuple[int, int, int], ...] = ()
    # direction families [uvw] the relation holds for (same form as planes); the question's one [uvw]
    directions: tuple[tuple[int, int, int], ...] = ()
    parts: tuple[Any, ...] = field(default=(), compare=False)  # (outer, inner, via) for chains
    # groups of phrases (one of each group) the question must hold for this relation to count a given as
    # used on its topic (:func:`..set_aside.used_on_topic`): a relation of a case the question must name
    # (a rectangular hysteresis loop) says nothing of a question that does not name it. Empty: it counts
    # whatever the text.
    on_topic_requires: tuple[tuple[str, ...], ...] = ()

    @property
    def symbol_map(self) -> dict[str, Symbol]:
        return {s.name: s for s in self.symbols}

    @property
    def constants(self) -> tuple[str, ...]:
        text = self.full_equation_text()
        import re

        names = set(re.findall(r"[A-Za-z_][A-Za-z_0-9]*", text))
        return tuple(c for c in CONSTANTS if c in names and c not in self.symbol_map)

    def full_equation_text(self) -> str:
        if self.parts:
            outer, inner, via = self.parts
            return f"{outer.full_equation_text()} ; {inner.full_equation_text()} ; via {via}"
        return self.equation

    def solvable_for(self, name: str) -> bool:
        sym = self.symbol_map.get(name)
        if sym is None or sym.kind == "miller" or name in {f[0] for f in self.fixed}:
            return False
        return self.unknowns is None or name in self.unknowns

    def equation_sympy(self) -> Any:
        """The relation as a sympy ``Eq`` (parsed and cached on first use)."""
        return _parse_equation(self)

    def display_equation(self) -> str:
        return self.equation


def _sympy_symbols(relation: Relation) -> dict[str, Any]:
    import sympy as sp

    local = {
        s.name: sp.Symbol(s.name, positive=True) if not s.signed else sp.Symbol(s.name, real=True)
        for s in relation.symbols
    }
    for name in CONSTANTS:
        local.setdefault(name, sp.Symbol(name, positive=True))
    for name, _value, _note in relation.fixed:
        local.setdefault(name, sp.Symbol(name, positive=True))
    return local


@cache
def _parse_equation(relation: Relation) -> Any:
    import sympy as sp
    from sympy.parsing.sympy_parser import parse_expr

    if relation.parts:
        outer, inner, via = relation.parts
        inner_eq = inner.equation_sympy()
        via_sym = next(s for s in inner_eq.free_symbols if s.name == via)
        solutions = sp.solve(inner_eq, via_sym)
        if len(solutions) != 1:
            raise ValueError(f"chain {relation.name}: {via} is not unique in {inner.name}")
        outer_eq = outer.equation_sympy()
        outer_via = next(s for s in outer_eq.free_symbols if s.name == via)
        names = {s.name: s for s in outer_eq.free_symbols}
        sub = solutions[0].subs({s: names.get(s.name, s) for s in solutions[0].free_symbols})
        return sp.Eq(outer_eq.lhs.subs(outer_via, sub), outer_eq.rhs.subs(outer_via, sub))
    local = _sympy_symbols(relation)
    lhs, rhs = relation.equation.split("=")
    return sp.Eq(parse_expr(lhs, local_dict=local), parse_expr(rhs, local_dict=local))


def rename_symbols(relation: Relation, names: dict[str, str], **overrides: Any) -> Relation:
    """``relation`` with symbols renamed (``{old: new}``) in its symbols, equation, unknowns, pairs and
    fixed values, plus ``overrides`` (a variant in other units is another quantity: another name).

    A declared relation only: a chain's equation lives in its parts.
    """
    if relation.parts:
        raise ValueError(f"rename_symbols: {relation.name} is a chain; rename its parts")
    import re

    pattern = re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\b")

    def new(name: str) -> str:
        return names.get(name, name)

    mh, mk, ml = relation.miller or ("", "", "")
    base = replace(
        relation,
        equation=pattern.sub(lambda m: names[m.group(1)], relation.equation),
        symbols=tuple(s.with_(name=new(s.name)) for s in relation.symbols),
        unknowns=None if relation.unknowns is None else tuple(map(new, relation.unknowns)),
        pairs=tuple((new(a), new(b)) for a, b in relation.pairs),
        ordered=tuple((new(a), new(b)) for a, b in relation.ordered),
        bracketed=tuple((new(a), new(b)) for a, b in relation.bracketed),
        fixed=tuple((new(n), v, note) for n, v, note in relation.fixed),
        miller=None if relation.miller is None else (new(mh), new(mk), new(ml)),
    )
    return replace(base, **overrides)


def chain(
    name: str,
    outer: Relation,
    inner: Relation,
    via: str,
    *,
    title: str = "",
    description: str = "",
    **overrides: Any,
) -> Relation:
    """A relation made by substituting ``inner`` solved for ``via`` into ``outer``.

    ``chain("bragg_cubic", bragg, interplanar_cubic, via="d")`` gives
    n·λ = 2·a/√(h²+k²+l²)·sin θ. Symbols, keywords and conditions are merged.
    """
    symbols: dict[str, Symbol] = {}
    for rel in (outer, inner):
        for s in rel.symbols:
            if s.name != via:
                symbols.setdefault(s.name, s)
    fixed = tuple({f[0]: f for f in (*outer.fixed, *inner.fixed)}.values())
    miller = outer.miller or inner.miller
    base = Relation(
        name=name,
        group=overrides.pop("group", outer.group),
        title=title or f"{outer.title} with {inner.title}",
        equation=f"{outer.equation}; {inner.equation}",
        symbols=tuple(symbols.values()),
        description=description or f"{outer.title}, with {via} from {inner.title.lower()}",
        keywords=tuple(dict.fromkeys(outer.keywords + inner.keywords)),
        requires=overrides.pop("requires", outer.requires + inner.requires),
        excludes=tuple(dict.fromkeys(outer.excludes + inner.excludes)),
        fixed=fixed,
        miller=miller,
        pairs=outer.pairs + inner.pairs,
        ordered=outer.ordered + inner.ordered,
        bracketed=outer.bracketed + inner.bracketed,
        conditions=tuple(dict.fromkeys(outer.conditions + inner.conditions)),
        planes=outer.planes or inner.planes,
        directions=outer.directions or inner.directions,
        parts=(outer, inner, via),
    )
    return replace(base, **overrides)
