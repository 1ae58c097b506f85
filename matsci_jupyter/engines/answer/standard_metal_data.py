"""A common metal's room-temperature lattice parameter, when the question says to take it from data.

Exam questions sometimes leave out a datum every student is expected to look up: 'take the
room-temperature lattice parameter of copper from standard data', 'assume the room-temperature
lattice parameter applies'. For the common cubic metals the crystal structure and the lattice
parameter at room temperature are standard values (Callister & Rethwisch, *Materials Science and
Engineering*, Table 3.1 and the inside cover; Kittel, *Introduction to Solid State Physics*, ch. 1,
Table 4; the values agree to within 0.1 %):

======== ===== ===========
metal    cell  a (nm)
======== ===== ===========
Al       FCC   0.4049
Cu       FCC   0.3615
Ni       FCC   0.3524
Ag       FCC   0.4086
Au       FCC   0.4078
Pt       FCC   0.3924
α-Fe     BCC   0.2866
Cr       BCC   0.2884
Mo       BCC   0.3147
W        BCC   0.3165
Nb       BCC   0.3301
Ta       BCC   0.3303
V        BCC   0.3024
======== ===== ===========

The value is written into the question as a sentence ('Copper is FCC with a lattice parameter of
0.3615 nm.') and the question is solved as usual; the answer's notes say which standard value was
used. Only when all of these hold (precision first):

* the question asks in words for the lattice parameter from standard (tabulated, handbook,
  literature, room-temperature) data;
* it names exactly one metal of the table (an X-ray tube's anode, 'a molybdenum tube', 'copper Kα
  radiation', names the radiation, not a specimen), and nothing that makes the metal another phase (γ-iron,
  austenite), an alloy, a compound, a hypothetical or 'new' metal;
* it points to no particular table, appendix or figure it does not reproduce ('the value listed in
  Table 3.1'): that source's value is meant, and the question withholds it;
* it states no lattice parameter, cell edge or atomic radius of its own (no competing value).
"""

from __future__ import annotations

import re

from .text import normalize

# metal -> (names as written, structure, lattice parameter in nm)
_METALS: dict[str, tuple[tuple[str, ...], str, float]] = {
    "aluminium": (("aluminium", "aluminum"), "FCC", 0.4049),
    "copper": (("copper",), "FCC", 0.3615),
    "nickel": (("nickel",), "FCC", 0.3524),
    "silver": (("silver",), "FCC", 0.4086),
    "gold": (("gold",), "FCC", 0.4078),
    "platinum": (("platinum",), "FCC", 0.3924),
    "α-iron": (("α-iron", "α iron", "alpha-iron", "alpha iron", "iron", "ferrite"), "BCC", 0.2866),
    "chromium": (("chromium",), "BCC", 0.2884),
    "molybdenum": (("molybdenum",), "BCC", 0.3147),
    "tungsten": (("tungsten",), "BCC", 0.3165),
    "niobium": (("niobium",), "BCC", 0.3301),
    "tantalum": (("tantalum",), "BCC", 0.3303),
    "vanadium": (("vanadium",), "BCC", 0.3024),
}

_LATTICE = r"(?:lattice\s+(?:parameter|constant)|unit[\s-]+cell\s+(?:edge|length)|cell\s+edge)"
# the question says where the value comes from: 'from standard data', 'from tables', 'the
# room-temperature lattice parameter applies', 'use the handbook value'
_ASKS_STANDARD = re.compile(
    rf"\b(?:take|taking|use|using|assume|assuming|with|look\s+up)\b[^.?!]{{0,80}}?"
    rf"(?:\b(?:standard|tabulated|handbook|literature|reference|known)\b[^.?!]{{0,40}}?{_LATTICE}"
    rf"|{_LATTICE}[^.?!]{{0,60}}?\b(?:from|in)\s+(?:standard|tabulated|handbook|reference|literature)?"
    rf"\s*(?:data|tables?|values?|handbooks?)\b"
    rf"|\broom[\s-]+temperature\s+{_LATTICE})",
    re.I,
)
# a value of the cell's size given by the question itself competes with the table
_OWN_VALUE = re.compile(
    rf"(?:{_LATTICE}|\batomic\s+radius\b)[^.?!\d]{{0,30}}\d[\d.]*\s*(?:nm|Å|pm|angstroms?|ångströms?|m)\b|"
    r"(?<![\w.])(?:a|a_?0|R|r)\s*=\s*[\d.]",
    re.I,
)
# a particular table, appendix or figure the question points to but does not reproduce ('the lattice
# parameter listed for Ta in Table 3.1'): the value meant is that source's, which the question withholds
_NAMED_SOURCE = re.compile(
    r"\b(?:table|appendix|figure|fig\.|chapter|problem|example)\s*[a-z]?\s*\d|\blisted\b|"
    r"\b(?:the|this|that|your)\s+(?:table|appendix|figure|chart)\b",
    re.I,
)
# another phase, an alloy or a metal that is not the element of the table
_OTHER_BODY = re.compile(
    r"\b(?:γ|gamma|δ|delta|β|beta)[\s-]*(?:iron|fe)\b|\baustenit\w*|\balloy\w*|\bsteel\b|\bbrass\b|"
    r"\bbronze\b|\bsolder\b|\bhypothetical\b|\bnew(?:ly)?\b|\bunknown\b|\boxide\b|\bcompound\b",
    re.I,
)


# an X-ray tube's anode names the radiation, not the specimen: 'a molybdenum tube', 'copper Kα radiation'
_SOURCE = re.compile(
    r"\b[a-z]+\s+(?:(?:x-?ray\s+)?tube|target|anode|filter|k\s*α|k\s*alpha|k-alpha|radiation)\b",
    re.I,
)


def _named_metals(text: str) -> set[str]:
    text = _SOURCE.sub(" ", text)
    out: set[str] = set()
    for metal, (names, _cell, _a) in _METALS.items():
        for name in names:
            if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, re.I):
                out.add(metal)
                break
    return out


def with_standard_lattice_parameter(question: str) -> tuple[str, list[str]]:
    """The question with the named metal's standard structure and lattice parameter written in, and
    the note saying so; ``(question, [])`` when it does not ask for such a value or any guard fails."""
    plain = normalize(question)
    if not _ASKS_STANDARD.search(plain) or _OWN_VALUE.search(plain) or _OTHER_BODY.search(plain):
        return question, []
    if _NAMED_SOURCE.search(plain):
        return question, []
    metals = _named_metals(plain)
    if len(metals) != 1:
        return question, []
    metal = next(iter(metals))
    _names, cell, a = _METALS[metal]
    head = metal[0].upper() if metal[0].isascii() else metal[0]  # 'α-iron' keeps its small alpha
    sentence = f"{head}{metal[1:]} is {cell} with a lattice parameter of {a} nm."
    note = (
        f"standard value used: {metal} is {cell} with a room-temperature lattice parameter "
        f"a = {a} nm (Callister Table 3.1; Kittel ch. 1)"
    )
    return f"{sentence} {plain}", [note]


# ------------------------------------------------------------------ density and atomic weight
#
# Room-temperature density (g/cm³) and standard atomic weight (g/mol) of the same metals (CRC Handbook
# of Chemistry and Physics, 'Physical constants of inorganic compounds' and the IUPAC atomic weights;
# Callister & Rethwisch, inside front cover, agree to within 0.3 %).
_DENSITY_WEIGHT: dict[str, tuple[float, float]] = {
    "aluminium": (2.70, 26.98),
    "copper": (8.96, 63.55),
    "nickel": (8.90, 58.69),
    "silver": (10.49, 107.87),
    "gold": (19.32, 196.97),
    "platinum": (21.45, 195.08),
    "α-iron": (7.87, 55.85),
    "chromium": (7.19, 52.00),
    "molybdenum": (10.22, 95.95),
    "tungsten": (19.25, 183.84),
    "niobium": (8.57, 92.91),
    "tantalum": (16.65, 180.95),
    "vanadium": (6.11, 50.94),
}
_SYMBOLS = {
    "Al": "aluminium",
    "Cu": "copper",
    "Ni": "nickel",
    "Ag": "silver",
    "Au": "gold",
    "Pt": "platinum",
    "Fe": "α-iron",
    "Cr": "chromium",
    "Mo": "molybdenum",
    "W": "tungsten",
    "Nb": "niobium",
    "Ta": "tantalum",
    "V": "vanadium",
}
_DATUM = r"(?:density|atomic\s+(?:weight|mass)|molar\s+mass)"
# 'use standard values for the density and atomic weight of Cu', 'take the density and atomic weight
# of copper from tables', 'with handbook data for its density and atomic weight'
_ASKS_STANDARD_DATA = re.compile(
    rf"\b(?:standard|tabulated|handbook|accepted|literature|reference|known)\s+"
    rf"(?:values?|data)\s+(?:for|of)\s+(?:the\s+|its\s+)?{_DATUM}"
    rf"(?:\s*(?:,|and|&)\s*(?:the\s+|its\s+)?{_DATUM})?|"
    rf"\b{_DATUM}(?:\s*(?:,|and|&)\s*(?:the\s+|its\s+)?{_DATUM})?\s+(?:of\s+\w+\s+)?from\s+"
    rf"(?:standard\s+|handbook\s+|reference\s+)?(?:data|tables?|a\s+handbook)\b",
    re.I,
)
# the question states a density or an atomic weight of its own (a competing value)
_OWN_DATUM = re.compile(
    rf"{_DATUM}[^.?!\d]{{0,30}}\d|\d[\d.]*\s*(?:g\s*/\s*(?:cm|mol)|kg\s*/\s*(?:m|mol)|g\s*cm|"
    rf"g\s*mol|amu\b|u\b)",
    re.I,
)


def _named_by_symbol(text: str) -> set[str]:
    out = set()
    for symbol, metal in _SYMBOLS.items():
        if re.search(rf"\b(?:of|for)\s+{symbol}\b(?![\w-])", text):
            out.add(metal)
    return out


def with_standard_density_and_weight(question: str) -> tuple[str, list[str]]:
    """The question with the named metal's standard density and atomic weight written in, and the note
    saying so; ``(question, [])`` when it does not ask for them in words or any guard fails.

    Guards as for the lattice parameter: the question asks for standard (tabulated, handbook,
    accepted) values of the density and/or atomic weight; it names exactly one metal of the table
    (by name, or by symbol after 'of'/'for'), nothing that makes it another phase, an alloy or a
    compound, and no particular table it does not reproduce; it states no density or atomic weight
    of its own.
    """
    plain = normalize(question)
    asked = _ASKS_STANDARD_DATA.search(plain)
    if not asked or _OWN_DATUM.search(plain) or _OTHER_BODY.search(plain):
        return question, []
    if _NAMED_SOURCE.search(plain):
        return question, []
    metals = _named_metals(plain) | _named_by_symbol(plain)
    if len(metals) != 1:
        return question, []
    metal = next(iter(metals))
    density, weight = _DENSITY_WEIGHT[metal]
    wants = asked.group(0).lower()
    parts = []
    if "density" in wants:
        parts.append(f"a density of {density} g/cm³")
    if re.search(r"atomic|molar", wants):
        parts.append(f"an atomic weight of {weight} g/mol")
    head = metal[0].upper() if metal[0].isascii() else metal[0]
    sentence = f"{head}{metal[1:]} has {' and '.join(parts)}."
    note = (
        f"standard values used for {metal}: {' and '.join(parts)} (CRC Handbook; Callister, inside "
        "front cover)"
    )
    return f"{sentence} {plain}", [note]


# ------------------------------------------------------------------ net magnetic moment per atom
#
# The net moment per atom of the three ferromagnetic elements at 0 K, in Bohr magnetons (Kittel,
# *Introduction to Solid State Physics*, ch. 11, table of ferromagnetic crystals: n_B = 2.22, 1.72,
# 0.606; Callister & Rethwisch §20.4 use 0.60 for nickel).
_MOMENTS: dict[str, tuple[tuple[str, ...], float]] = {
    "iron": (("iron", "α-iron", "alpha iron", "bcc iron"), 2.22),
    "cobalt": (("cobalt",), 1.72),
    "nickel": (("nickel",), 0.60),
}
# 'from its net magnetic moment per atom', 'use the accepted net magnetic moment per nickel atom'
_ASKS_MOMENT = re.compile(
    r"\b(?:from|using|use|with|take|taking|assume|assuming)\s+(?:its|the|their)\s+"
    r"(?:(?:accepted|known|standard|tabulated|handbook|literature|measured)\s+)?(?:net\s+)?"
    r"(?:magnetic\s+)?moment\s+per\s+(?:\w+\s+)?atom\b",
    re.I,
)
_MOMENT_VALUE = re.compile(r"\bbohr\b|μ_?b\b|µ_?b\b|\bmu_?b\b|a\s*·?\s*m\s*(?:\^?2|²)", re.I)
_ASKS_MAGNETIZATION = re.compile(
    r"\bsaturation\s+(?:magneti[sz]ation|flux\s+density|induction)\b|\bB_?s\b|\bM_?s\b", re.I
)


def with_standard_magnetic_moment(question: str) -> tuple[str, list[str]]:
    """The question with the named ferromagnet's net moment per atom written in, and the note saying
    so; ``(question, [])`` unless it asks for the saturation magnetization (or flux density) from the
    atom's moment without stating it, names exactly one of iron, cobalt and nickel, and no alloy,
    compound, oxide or ferrite."""
    plain = normalize(question)
    asks = _ASKS_MOMENT.search(plain)
    if not asks or _MOMENT_VALUE.search(plain):
        return question, []
    if not _ASKS_MAGNETIZATION.search(plain) or _OTHER_BODY.search(plain):
        return question, []
    if re.search(
        r"\bferrites?\b|\bcast\s+iron\b|\bpermalloy\b|\bspinel\b|\bgarnet\b|\bmagnetite\b|"
        r"\bfe\s*3\s*o\s*4\b",
        plain,
        re.I,
    ):
        return question, []
    named = {
        metal
        for metal, (names, _m) in _MOMENTS.items()
        # a plain word boundary: 'iron–nickel' names both metals (an alloy or a laminate)
        if any(re.search(rf"\b{re.escape(n)}\b", plain, re.I) for n in names)
    }
    if len(named) != 1:
        return question, []
    metal = named.pop()
    moment = _MOMENTS[metal][1]
    sentence = f"Each {metal} atom has a net magnetic moment of {moment} Bohr magnetons."
    note = (
        f"standard value used: net moment of a {metal} atom {moment} Bohr magnetons (Kittel ch. 11; "
        "Callister §20.4)"
    )
    # the words that point to the moment are dropped: they would read as the quantity asked
    rest = plain[: asks.start()].rstrip(" ,;") + plain[asks.end() :]
    return f"{sentence} {rest}", [note]
