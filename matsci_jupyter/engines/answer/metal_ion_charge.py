"""The ion charge n of Faraday's law read from the metal a question names, when it writes no ion.

Faraday's law (m = ItM/(nF)) needs n, the charge of the metal's ion. A question often says it another
way than 'Zn²⁺': by the metal alone when the metal has one common ion in water (zinc, magnesium,
aluminium, silver, cadmium, nickel, the alkali and alkaline-earth metals), by an oxidation state
('copper(II)', 'ferrous', 'stannic'), by the salt of the bath named in words ('silver nitrate',
'nickel sulfate'), or by the salt written as a formula ('CuSO4' → Cu²⁺, 'FeCl3' → Fe³⁺, from the charge
of its anion; the formula then gives way to the word 'salt' so that the atomic weight used is the metal's,
and :func:`solve_with_ion` still refuses when it is not).
:func:`ion_charge_question` writes the ion after the metal's first mention ('zinc (as Zn2+ ions)') so
the relation library binds n, and says so in a note.

Nothing is written when the ion is open: a metal with two common ions (iron, copper, tin, lead,
chromium, cobalt, manganese, gold, titanium) named with no oxidation state and no salt, or two
different metals in one question (a couple, a coated part) where which one the current acts on is
not said; then the question is solved as it is written (and refused where n is missing). Nor when the
question already states a charge ('Fe2+', 'divalent', 'n = 2', 'two electrons'), or is not about a
current passed through a metal (deposition, plating, corrosion, dissolution, electrolysis).
Charges are dimensionless counts of electrons per ion.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

# metals whose aqueous chemistry has one common ion: name (and symbol) → (symbol, charge)
_ONE_ION: dict[str, tuple[str, int]] = {
    "silver": ("Ag", 1),
    "zinc": ("Zn", 2),
    "magnesium": ("Mg", 2),
    "aluminium": ("Al", 3),
    "aluminum": ("Al", 3),
    "cadmium": ("Cd", 2),
    "nickel": ("Ni", 2),
    "sodium": ("Na", 1),
    "potassium": ("K", 1),
    "lithium": ("Li", 1),
    "calcium": ("Ca", 2),
}
# metals with two (or more) common ions: the charge must be written or read from a salt
_SEVERAL_IONS: dict[str, str] = {
    "iron": "Fe",
    "steel": "Fe",
    "copper": "Cu",
    "tin": "Sn",
    "lead": "Pb",
    "chromium": "Cr",
    "cobalt": "Co",
    "manganese": "Mn",
    "gold": "Au",
    "titanium": "Ti",
}
# old names of an oxidation state: the adjective fixes the charge
_STATE_ADJECTIVES: dict[str, tuple[str, int]] = {
    "cuprous": ("Cu", 1),
    "cupric": ("Cu", 2),
    "ferrous": ("Fe", 2),
    "ferric": ("Fe", 3),
    "stannous": ("Sn", 2),
    "stannic": ("Sn", 4),
    "plumbous": ("Pb", 2),
    "plumbic": ("Pb", 4),
    "cobaltous": ("Co", 2),
    "cobaltic": ("Co", 3),
    "chromous": ("Cr", 2),
    "chromic": ("Cr", 3),
    "aurous": ("Au", 1),
    "auric": ("Au", 3),
}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
# anions of plating and corrosion baths, with their charges
_ANION_NAMES = ("sulfate", "sulphate", "nitrate", "chloride", "cyanide")

_FARADAY_WORDS = re.compile(
    r"\b(?:deposit\w*|plat(?:e|ed|es|ing)|electroplat\w*|corro\w*|dissol\w*|electroly\w*|"
    r"electrorefin\w*|electrowin\w*|anod\w*|cathod\w*|consum\w*|oxidi[sz]\w*)\b",
    re.I,
)
_CURRENT = re.compile(r"\bcurrent\b|\d\s*(?:m|µ|μ|u|k)?A\b|\bamp(?:ere)?s?\b", re.I)
# a charge already written: an ion, a valence word, 'n = 2', 'two electrons', an oxidation state
_STATED_CHARGE = re.compile(
    r"\b[A-Z][a-z]?\s*(?:\^\s*\(?\s*[1-4]?\s*\+|\^?\s*[1-4]?\s*\+(?![\d\w]))|"
    r"\b(?:mono|uni|di|bi|tri|tetra)valent\b|\bvalen(?:ce|cy)\b|\bn\s*=|\bz\s*=|"
    r"\belectrons?\b|\boxidation\s+(?:state|number)\b|\bcharge\b|\d\s*e\s*(?:⁻|−|\^\s*-|-(?!\s*\d))",
    re.I,
)
# a bath salt written as a formula, with its parts: metal, metal count, bracketed or plain anion and count
# ('CuSO4', 'Cr2(SO4)3', 'AgNO3', 'FeCl3'); the anions with their charges
_ANION_CHARGES = {"SO4": 2, "NO3": 1, "Cl": 1, "CN": 1, "CO3": 2}
_SALT_FORMULA = re.compile(
    r"\b(?P<metal>[A-Z][a-z]?)(?P<mcount>[2-3]?)"
    r"(?:\((?P<banion>SO4|NO3|CN|CO3)\)(?P<bcount>[2-4])|(?P<anion>SO4|NO3|Cl|CN|CO3)(?P<acount>[2-4]?))"
    r"(?![a-z\d])"
)


def _salt_charges(text: str) -> dict[str, int] | None:
    """The cation charge each written bath salt fixes ('CuSO4' → Cu 2, 'AgNO3' → Ag 1, 'FeCl3' → Fe 3,
    'Cr2(SO4)3' → Cr 3), by the charges of its anion; {} when no salt formula is written, None when a
    salt's charge is not a whole 1–4 or one metal is written with two charges."""
    found: dict[str, int] = {}
    for m in _SALT_FORMULA.finditer(text):
        metal_count = int(m.group("mcount") or 1)
        anion = m.group("banion") or m.group("anion")
        total = _ANION_CHARGES[anion] * int(m.group("bcount") or m.group("acount") or 1)
        charge = total // metal_count
        if total % metal_count or not 1 <= charge <= 4:
            return None
        if found.setdefault(m.group("metal"), charge) != charge:
            return None
    return found


def _word(name: str) -> re.Pattern[str]:
    return re.compile(r"\b" + name + r"\b", re.I)


def _named_metals(text: str) -> dict[str, int]:
    """Each metal symbol the text names, with the position of its first mention."""
    found: dict[str, int] = {}
    for name, (sym, _) in _ONE_ION.items():
        m = _word(name).search(text)
        if m and (sym not in found or m.start() < found[sym]):
            found[sym] = m.start()
    for name, sym in _SEVERAL_IONS.items():
        m = _word(name).search(text)
        if m and (sym not in found or m.start() < found[sym]):
            found[sym] = m.start()
    for word, (sym, _) in _STATE_ADJECTIVES.items():
        m = _word(word).search(text)
        if m and (sym not in found or m.start() < found[sym]):
            found[sym] = m.start()
    return found


def _written_charges(text: str, sym: str) -> set[int]:
    """The charges of ``sym``'s ion that the text fixes by an oxidation state, an old name or a salt."""
    charges: set[int] = set()
    names = [n for n, (s, _) in _ONE_ION.items() if s == sym]
    names += [n for n, s in _SEVERAL_IONS.items() if s == sym and n != "steel"]
    for name in names:
        for m in re.finditer(r"\b" + name + r"\s*\(\s*(i{1,3}|iv)\s*\)", text, re.I):
            charges.add(_ROMAN[m.group(1).lower()])
        for m in re.finditer(
            r"\b" + name + r"(?:\s*\(\s*(?:i{1,3}|iv)\s*\))?\s+(" + "|".join(_ANION_NAMES) + r")\b",
            text,
            re.I,
        ):
            # 'copper sulfate' is copper(II) sulfate; for other two-ion metals the name alone is open
            stated = re.search(r"\(\s*(?:i{1,3}|iv)\s*\)", m.group(0), re.I)
            if (sym == "Cu" or sym not in _SEVERAL_IONS.values()) and not stated:
                charges.add(_ONE_ION[name][1] if name in _ONE_ION else 2)
    for word, (s, n) in _STATE_ADJECTIVES.items():
        if s == sym and _word(word).search(text):
            charges.add(n)
    return charges


def ion_charge_question(question: str) -> tuple[str, list[str]]:
    """``(reworded, notes)``: the question with the named metal's ion written after its first mention
    when the metal or its salt fixes the charge; the question unchanged (and no notes) otherwise."""
    reworded, notes, _ = _with_ion(question)
    return reworded, notes


_SACRIFICIAL = re.compile(r"\bsacrificial\b", re.I)


def _sacrificial_anode_metal(question: str, metals: dict[str, int]) -> dict[str, int]:
    """In a sacrificial-anode question, the one metal named as the anode ('magnesium sacrificial anodes',
    'anodes of zinc'): the current acts on it, not on the steel (or iron) it protects. ``metals`` when
    the anode's metal is not named once, or a metal other than the anode's and iron is named."""
    if not _SACRIFICIAL.search(question):
        return metals
    # the protected structure is steel or iron; any second metal besides the anode's leaves it open
    if len(set(metals) - {"Fe"}) != 1:
        return metals
    anode = set()
    for name, (sym, _) in _ONE_ION.items():
        if sym not in metals:
            continue
        named = (
            r"\b" + name + r"\s+(?:sacrificial\s+)?anodes?\b",
            r"\bsacrificial\s+anodes?\s+(?:of|made\s+of)\s+" + name + r"\b",
        )
        if any(re.search(p, question, re.I) for p in named):
            anode.add(sym)
    if len(anode) != 1:
        return metals
    (sym,) = anode
    return {sym: metals[sym]}


def _with_ion(question: str) -> tuple[str, list[str], str]:
    """``(reworded, notes, metal symbol)``; the question unchanged, no notes and '' when no ion is read."""
    if not isinstance(question, str):
        return question, [], ""
    if not (_FARADAY_WORDS.search(question) and _CURRENT.search(question)):
        return question, [], ""
    from .text import normalize

    if _STATED_CHARGE.search(question) or _STATED_CHARGE.search(normalize(question)):
        return question, [], ""  # 'Zn²⁺', 'Ag⁺ + e⁻ → Ag': the charge is written
    salts = _salt_charges(question)
    if salts is None:
        return question, [], ""  # a salt formula whose cation charge cannot be read
    metals = _named_metals(question)
    if len(metals) != 1:
        metals = _sacrificial_anode_metal(question, metals)
    if len(metals) != 1:
        return question, [], ""
    ((sym, _),) = metals.items()
    if set(salts) - {sym}:
        return question, [], ""  # a salt of another metal: which ion the current acts on is open
    charges = _written_charges(question, sym) | set(salts.values())
    if len(charges) > 1:
        return question, [], ""  # 'ferrous … ferric': two states named, which one is not said
    if charges:
        charge = next(iter(charges))
        how = "as the question's oxidation state or salt says"
    else:
        one = [v for v in _ONE_ION.values() if v[0] == sym]
        if not one:
            return question, [], ""  # a metal with two common ions and no state: n is open
        charge = one[0][1]
        how = "its one common ion in water"
    # the salt's formula gives way to the word 'salt', so that the atomic weight looked up is the metal's
    base = _SALT_FORMULA.sub("salt", question) if salts else question
    mention = _first_mention(base, sym)
    if mention is None:
        return question, [], ""
    ion = f"{sym}{charge if charge > 1 else ''}+"
    reworded = base[:mention] + f" (as {ion} ions)" + base[mention:]
    pretty = f"{sym}{'' if charge == 1 else charge}⁺".replace("2⁺", "²⁺").replace("3⁺", "³⁺")
    pretty = pretty.replace("4⁺", "⁴⁺")
    return reworded, [f"read the metal's ion as {pretty} (n = {charge}, {how})"], sym


# a looked-up atomic weight, as the solver's steps write it: 'atomic weight: CuCl = 98.999 g/mol'
_LOOKED_UP = re.compile(r"(?:atomic weight|molar mass)[^:\n]*:\s*([A-Za-z0-9()]+)\s*=", re.I)


def solve_with_ion(question: str, solve: Callable[[str], Any]) -> Any | None:
    """The answer to ``question`` with the named metal's ion written in; None when no ion is read or
    the question with it finds no answer (the question is then solved as it is written).

    The atomic weight of Faraday's law must be the metal's: when the solver looked one up for another
    substance (a salt of the bath, 'copper(I) chloride' read as CuCl), the reading is refused."""
    reworded, notes, sym = _with_ion(question)
    if reworded == question:
        reworded, notes, sym = _salt_beside_stated_ion(question)
        if notes and not sym:
            from .solver import refuse

            return refuse(question, notes[0])
        if reworded == question:
            return None
    answer = solve(reworded)
    if answer.quantity is None:
        return None  # no reading with the ion: the question is solved as it is written
    answer = replace(answer, question=question, notes=[*answer.notes, *notes])
    looked_up = {m.group(1) for line in answer.steps for m in _LOOKED_UP.finditer(line)}
    if looked_up - {sym}:
        from .solver import refuse

        return refuse(
            question,
            f"the atomic weight used would be that of {', '.join(sorted(looked_up))}, not of the metal "
            f"{sym} whose ion Faraday's law counts; state the metal's atomic weight",
            unit=answer.unit_requested,
            steps=list(answer.steps),
            notes=list(answer.notes),
        )
    return answer


def _salt_beside_stated_ion(question: str) -> tuple[str, list[str], str]:
    """A Faraday question that writes both the ion ('Cu+', 'Fe3+') and the bath salt's formula ('CuCl',
    'FeCl3'): ``(question with the formula read as 'salt', notes, metal)`` so that the atomic weight
    looked up is the metal's, not the salt's; ``(question, [reason], '')`` when the written ion's
    charge differs from the salt's; the question unchanged (no notes, '') otherwise."""
    if not isinstance(question, str):
        return question, [], ""
    if not (_FARADAY_WORDS.search(question) and _CURRENT.search(question)):
        return question, [], ""
    from .text import normalize

    text = normalize(question)
    salts = _salt_charges(question)
    if not salts or len(salts) != 1:
        return question, [], ""
    ((sym, charge),) = salts.items()
    written = {
        int(m.group(1) or 1)
        for m in re.finditer(r"\b" + sym + r"\s*\^?\s*\(?\s*([1-4]?)\s*\+", text)
    }
    if not written:
        return question, [], ""
    if written != {charge}:
        return (
            question,
            [
                f"the ion written ({sym} {sorted(written)}+) and the salt's formula (n = {charge}) disagree"
            ],
            "",
        )
    base = _SALT_FORMULA.sub("salt", question)
    return (
        base,
        [f"the salt's formula read as the bath; the atomic weight is the metal {sym}'s"],
        sym,
    )


def _first_mention(text: str, sym: str) -> int | None:
    """The end of the first word (or formula) in ``text`` that names the metal ``sym``."""
    spans: list[tuple[int, int]] = []
    names = [n for n, (s, _) in _ONE_ION.items() if s == sym]
    names += [n for n, s in _SEVERAL_IONS.items() if s == sym]
    names += [w for w, (s, _) in _STATE_ADJECTIVES.items() if s == sym]
    for name in names:
        m = re.search(r"\b" + name + r"(?:\s*\(\s*(?:i{1,3}|iv)\s*\))?(?![\w(])", text, re.I)
        if m:
            spans.append((m.start(), m.end()))
    return min(spans)[1] if spans else None
