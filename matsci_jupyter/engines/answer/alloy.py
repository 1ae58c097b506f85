"""Alloy composition between weight and atom percent ('30 wt% Zn and 70 wt% Cu: at% Zn?').

Callister ch. 4 (eqs. 4.6a–4.7b): C'₁ = (C₁/A₁)/Σ(Cⱼ/Aⱼ) × 100 (wt% → at%) and
C₁ = C'₁A₁/Σ(C'ⱼAⱼ) × 100 (at% → wt%). The question must state every component's percentage on one
basis (summing to 100), ask for the other basis by name, and name the one component asked for;
atomic weights come from pymatgen, and any atomic weight the question states must agree with them.
Anything else is left to the relation solver (this returns None) or refused with the reason.
"""

from __future__ import annotations

import re
from typing import Any

from .answer import Answer
from .checks import Check
from .quantities import Reading, Requested, format_number

# 'atom percent', 'atom per cent', 'atomic %' (British and spaced spellings alike)
_AT = re.compile(
    r"\b(?:at\s*\.?\s*%|atom(?:ic)?\s*(?:per\s*cent(?:age)?|%)|atom\s+fraction|mol(?:e)?\s*%)",
    re.I,
)
_WT = re.compile(
    r"\b(?:wt\s*\.?\s*%|(?:weight|mass)\s*(?:per\s*cent(?:age)?|%)|weight\s+fraction)", re.I
)


def _basis(given: Any) -> str | None:
    for tag in given.tags:
        if tag == "composition:wt":
            return "wt"
        if tag == "composition:at":
            return "at"
    return None


def _component(given: Any) -> str | None:
    return next((t[10:] for t in given.tags if t.startswith("component:")), None)


def _asked_basis(text: str, given_basis: str) -> str | None:
    """The basis the question asks for: named after the ask and different from the givens'."""
    other = "at" if given_basis == "wt" else "wt"
    pattern = _AT if other == "at" else _WT
    return other if pattern.search(text) else None


def try_alloy_composition(
    question: str, reading: Reading, requested: Requested | None
) -> Answer | None:
    """An Answer (or a refusal) for a wt% ↔ at% conversion of an alloy; None when it is not one."""
    comps = [g for g in reading.givens if "composition" in (g.unit.tags if g.unit else ())]
    if not comps:
        return None
    bases = {_basis(g) for g in comps}
    elements = [_component(g) for g in comps]
    if len(bases) != 1 or None in bases or None in elements or len(set(elements)) != len(elements):
        return None
    share = {
        el: float(g.quantity.to("percent").magnitude)
        for g, el in zip(comps, elements, strict=True)
        if el
    }
    balance = _balance_element(reading.text)
    if balance is None and len(share) == 1:
        only = next(iter(share))
        balance = (
            _base_metal(reading.text)
            or _binary_partner(reading.text, only)
            or _binary_from_atomic_weights(reading, only)
        )
    if balance is not None and balance not in share and len(share) == 1:
        share[balance] = 100 - sum(share.values())  # 'the rest is Al'
        elements = [*elements, balance]
    if len(share) < 2:
        return None
    basis = bases.pop()
    assert basis is not None
    asked = (
        _asked_basis(reading.target or "", basis)
        or _asked_basis(requested.text if requested else "", basis)
        # 'convert 1.5 at% Cu in Al to wt% Cu': every given is on one basis, so the other one named
        # in the asking clause is the asked one
        or _asked_basis(reading.ask_clause or "", basis)
    )
    if asked is None:
        return None
    others = [
        g
        for g in reading.givens
        if g not in comps and g.kind in ("quantity", "number") and g.kind != "delta_t"
    ]
    from .substances import _molar_mass

    looked_up = {el: _molar_mass(el) for el in elements}
    if any(m is None for m in looked_up.values()):
        return None
    masses: dict[str, float] = {el: float(m or 0.0) for el, m in looked_up.items()}
    stated: dict[str, float] = {}
    for (
        g
    ) in others:  # only atomic weights that agree with the elements' may be stated; they are used
        if _temperature(g):
            continue  # 'the eutectoid lies at 727 °C and 0.76 wt% C': where the composition holds
        if g.unit is None and g.number is not None and _one_of(float(g.number), masses):
            value = float(g.number)  # 'A_Cu = 63.55, A_Al = 26.98 g/mol': the unit written once
        elif g.quantity is None or g.unit is None or "composition" in g.unit.tags:
            return None
        else:
            try:
                value = float(g.quantity.to("g/mol").magnitude)
            except Exception:
                return None
        if not any(abs(value - m) <= 0.01 * m for m in masses.values()):
            return _refuse(
                question,
                f"the stated atomic weight {format_number(value)} g/mol is none of "
                + ", ".join(f"{el} {format_number(m)} g/mol" for el, m in masses.items())
                + "; say which element it belongs to",
            )
        stated[min(masses, key=lambda el: abs(value - masses[el]))] = value
    pymatgen_source = {el: el not in stated for el in masses}
    masses.update(stated)
    total = sum(share.values())
    if abs(total - 100) > 0.5:
        return None
    clause = re.split(
        r"\d|\b(?:if|when|given|where|assuming)\b", reading.ask_clause or "", maxsplit=1
    )[0]
    converted_to = (  # 'convert 1.5 at% Cu in Al to wt% Cu': what follows the last 'to'
        re.split(r"\b(?:to|into)\b", reading.ask_clause)[-1]
        if re.search(r"\b(?:to|into)\b", reading.ask_clause or "")
        else ""
    )
    unit_sentence = ""
    if requested is not None and not (reading.target or "").strip():
        # 'Give its zinc content in atom per cent.': no asking word, but the sentence that names the
        # asked unit names the component
        text = reading.text
        start = max(text.rfind(". ", 0, requested.start), text.rfind("? ", 0, requested.start)) + 1
        unit_sentence = re.split(r"\d", text[start : requested.end])[-1]
    target = (
        f" {reading.target or ''} {requested.text if requested else ''} {clause} {converted_to} "
        f"{unit_sentence} "
    )
    named = [
        el
        for el in masses  # a one-letter symbol ('c', 'v') is too common a word to count
        if (len(el) > 1 and re.search(rf"\b{el}\b", target, re.I)) or _named(el, target)
    ]
    if asked == "at":
        denom = sum(share[el] / masses[el] for el in masses)
        values = {el: 100 * share[el] / masses[el] / denom for el in masses}
    else:
        denom = sum(share[el] * masses[el] for el in masses)
        values = {el: 100 * share[el] * masses[el] / denom for el in masses}
    label = "at%" if asked == "at" else "wt%"
    listed = ", ".join(f"{format_number(v)} {label} {el}" for el, v in values.items())
    if len(named) != 1:
        return _refuse(
            question,
            f"the alloy has {len(elements)} components ({listed}); say which one's {label} is asked",
        )
    el = named[0]
    from ...units import get_registry

    q = get_registry().Quantity(values[el], "percent")
    formula = "C'₁ = (C₁/A₁) / Σ(Cⱼ/Aⱼ) × 100" if asked == "at" else "C₁ = C'₁A₁ / Σ(C'ⱼAⱼ) × 100"
    steps = [
        f"Relation: composition conversion {basis}% → {label} (Callister eq. 4.6): {formula}",
        *(
            f"{e}: {format_number(share[e])} {basis}%, A = {format_number(masses[e], 6)} g/mol"
            + (" (pymatgen)" if pymatgen_source[e] else " (stated)")
            for e in masses
        ),
        f"All components: {listed}",
        f"{el}: {format_number(values[el])} {label}",
    ]
    return Answer(
        question=question,
        quantity=q,
        unit_requested=requested.text if requested else None,
        checks=[
            Check("dimension", True, f"a composition in {label} is a fraction"),
            Check("givens", True, f"every component's {basis}% is used; they sum to 100"),
            Check("interpretation", True, f"the asked component is {el}"),
        ],
        steps=steps,
        source="solver",
        relation="alloy_composition_conversion",
        target=f"{label} of {el}",
    )


_BALANCE = re.compile(
    r"\b(?:the\s+)?(?:rest|balance|remainder)\s+(?:(?:is|being|of\s+it\s+is)\s+)?([A-Za-z]+)\b"
    # '1.5 at% Cu in Al', '2 wt% Mg dissolved in aluminium': the solvent makes up the rest
    r"|%\s*[A-Z][a-z]?\s+(?:dissolved\s+)?in\s+(?:an?\s+)?([A-Za-z]+)\b(?!\s*(?:%|wt|at))"
    # 'Cu–30 wt% Zn', 'Al-4 at% Cu': the element written before the dash is the balance
    r"|(?<![-–—\w])([A-Z][a-z]?)\s*[-–—]\s*\d+(?:\.\d+)?\s*(?:wt|at)\s*\.?\s*%\s*[A-Z][a-z]?\b"
    r"(?!\s*[-–—]\s*\d)"
)


def _balance_element(text: str) -> str | None:
    """'… and the rest is Al', 'the balance being copper': the element that makes up the remainder."""
    m = _BALANCE.search(text)
    if not m:
        return None
    word = m.group(1) or m.group(2) or m.group(3)
    from .substances import _element_names

    names = _element_names()
    if word.lower() in names:
        return names[word.lower()]
    return word if word in set(names.values()) else None


# 'an aluminium alloy contains 4.5 wt% Cu', 'a copper-base alloy with 2 wt% Be': the one metal the alloy
# is named after is its base, the balance; a name joined to another ('copper–nickel alloy', 'Al-Cu-Mg
# alloy') names several components and gives no base
_BASE_METAL = re.compile(
    r"(?<![-–—/\w])([A-Za-z]+)(?:\s*-\s*based?)?\s+alloys?\b(?!\s*[-–—/])", re.I
)


def _temperature(g: Any) -> bool:
    """A given that is a temperature (the condition a stated composition holds at)."""
    if g.quantity is None or g.unit is None:
        return False
    try:
        return bool(g.quantity.dimensionality == {"[temperature]": 1})
    except Exception:
        return False


def _one_of(value: float, masses: dict[str, float]) -> bool:
    """``value`` is one element's atomic weight (within 0.5 %): a bare number written as one."""
    return any(abs(value - m) <= 0.005 * m for m in masses.values())


def _base_metal(text: str) -> str | None:
    from .substances import _element_names

    names = _element_names()
    found = set()
    for m in _BASE_METAL.finditer(text):
        word = m.group(1)
        if word.lower() in names:
            found.add(names[word.lower()])
        elif word in set(names.values()) and len(word) > 1:
            found.add(word)
    return found.pop() if len(found) == 1 else None


# 'a copper–nickel alloy', 'the Pb–Sn system', 'a lead-tin solder': a binary named by its two elements
# (a third joined on, 'Al–Cu–Mg', is no binary)
_BINARY_NAME = re.compile(r"(?<![-–—/\w])([A-Za-z]+)\s*[-–—]\s*([A-Za-z]+)\b(?!\s*[-–—])")


def _element(word: str) -> str | None:
    from .substances import _element_names

    names = _element_names()
    if word.lower() in names:
        return names[word.lower()]
    return word if len(word) > 1 and word in set(names.values()) else None


def _binary_partner(text: str, component: str) -> str | None:
    """The other element of the one binary the text names with ``component`` in it."""
    partners = set()
    for m in _BINARY_NAME.finditer(text):
        pair = [_element(m.group(1)), _element(m.group(2))]
        if None in pair or pair[0] == pair[1] or component not in pair:
            continue
        partners.add(pair[1] if pair[0] == component else pair[0])
    return partners.pop() if len(partners) == 1 else None


def _binary_from_atomic_weights(reading: Reading, component: str) -> str | None:
    """The other element of a binary alloy whose two atomic weights the question states ('A_C = 12.011
    g/mol, A_Fe = 55.845 g/mol' beside '0.76 wt% C'): the one element named in the text whose atomic
    weight is the stated value the component's is not; None unless exactly so."""
    from .substances import _element_names, _molar_mass

    weights = []
    for g in reading.givens:
        if g.quantity is None or g.unit is None or "composition" in g.unit.tags:
            continue
        try:
            weights.append(float(g.quantity.to("g/mol").magnitude))
        except Exception:
            continue
    own = _molar_mass(component)
    if len(weights) != 2 or own is None:
        return None
    rest = [w for w in weights if abs(w - own) > 0.01 * own]
    if len(rest) != 1:
        return None
    names = _element_names()
    mentioned = {
        names[w.lower()] for w in re.findall(r"[A-Za-z]+", reading.text) if w.lower() in names
    }
    mentioned |= {
        w for w in re.findall(r"(?<![A-Za-z])[A-Z][a-z]?(?![a-z])", reading.text) if len(w) > 1
    } & set(names.values())
    matches = [
        el
        for el in mentioned - {component}
        if (m := _molar_mass(el)) is not None and abs(rest[0] - m) <= 0.01 * m
    ]
    return matches[0] if len(matches) == 1 else None


def _named(element: str, text: str) -> bool:
    from .substances import _element_names

    names = [n for n, sym in _element_names().items() if sym == element]
    return any(re.search(rf"\b{re.escape(n)}\b", text, re.I) for n in names)


def _refuse(question: str, reason: str) -> Answer:
    return Answer(question=question, quantity=None, reason=reason, source="solver")
