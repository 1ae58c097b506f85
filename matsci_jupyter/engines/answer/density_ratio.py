"""The ratio of the linear densities of two directions, or the planar densities of two planes, of one
cubic Bravais crystal (SC, BCC, FCC). The ratio is a pure number: the lattice parameter cancels.

Linear density along [uvw] (indices reduced to coprime integers) is one atom per repeat distance of the
lattice along that direction: LD = 1/L with L = a√(u²+v²+w²), halved in BCC when u, v, w are all odd
(the body-centre lies on the line) and in FCC when u+v+w is even (a face-centre lies on it).

Planar density of (hkl) (coprime) is the number of lattice points per volume times the spacing of the
lattice planes of that family: PD = n·d with n = 1, 2, 4 atoms per a³ (SC, BCC, FCC) and d = a/√(h²+k²+l²),
halved in BCC when h+k+l is odd and in FCC unless h, k, l are all odd (Callister §3.11 gives the same
numbers for the low-index families; the rule is the general one for one atom per lattice point).

Answered only when every one of these holds (precision first):

* the question names exactly one of SC, BCC, FCC (no two-atom or other structure: diamond, rock salt,
  CsCl, HCP, ...) and asks a ratio ('ratio', 'how many times', 'by what factor');
* it asks about linear density with exactly two directions and no plane, or planar density with exactly
  two planes and no direction ('packing' fractions are another quantity);
* the order is said: the first index group is joined to the second by 'to', 'than', 'over', 'relative
  to', 'compared with/to' or 'versus'; 'greater'/'exceed' (or 'smaller') asked the wrong way round
  (the ratio comes out below one) is refused;
* no other number is given (a lattice parameter, a radius: an unused value is not set aside here).
"""

from __future__ import annotations

import math
import re

from .answer import Answer
from .checks import Check
from .quantities import Reading, Requested, format_number

_BAR = re.compile(r"(\d)[\u0304\u0305]")  # '1̄' written with a combining overline: -1
_INDEX = r"\s*(-?\d)\s*,?\s*(-?\d)\s*,?\s*(-?\d)\s*"
_DIRECTION = re.compile(r"[\[<⟨〈]" + _INDEX + r"[\]>⟩〉]")
_PLANE = re.compile(r"[({]" + _INDEX + r"[)}]")
_STRUCTURES = {
    "fcc": re.compile(r"\bfcc\b|face[\s-]*cent(?:red|ered)(?:\s+cubic)?", re.I),
    "bcc": re.compile(r"\bbcc\b|body[\s-]*cent(?:red|ered)(?:\s+cubic)?", re.I),
    "sc": re.compile(r"\bsc\b|\b(?:simple|primitive)\s+cubic\b", re.I),
}
_OTHER_STRUCTURE = re.compile(
    r"\bdiamond\b|\bzinc[\s-]*blende\b|\bsphalerite\b|\brock[\s-]*salt\b|\bnacl\b|\bcscl\b|"
    r"\bcesium\s+chloride\b|\bfluorite\b|\bperovskite\b|\bhcp\b|\bhexagonal\b|\btetragonal\b|"
    r"\borthorhombic\b|\bbase[\s-]*cent|\bbasis\b|\bwurtzite\b",
    re.I,
)
_LINEAR = re.compile(
    r"\blinear\s+(?:atomic\s+)?densit(?:y|ies)\b|\batoms?\s+per\s+unit\s+length\b", re.I
)
_PLANAR = re.compile(
    r"\b(?:planar|areal)\s+(?:atomic\s+)?densit(?:y|ies)\b|\batoms?\s+per\s+unit\s+area\b", re.I
)
_PACKING = re.compile(r"\bpacking\b|\bfraction\b|\bmass\b|\bg/cm|\bkg/m", re.I)
_ASKS_RATIO = re.compile(
    r"\bratio\b|\bhow\s+many\s+times\b|\bby\s+what\s+factor\b|\bwhat\s+factor\b",
    re.I,
)
# the words between the two index groups that say which is divided by which
_ORDER = re.compile(
    r"\b(?:to|than|over|versus|vs\.?|relative\s+to|compared\s+(?:with|to)|against|exceeds?)\b",
    re.I,
)
_NOT_ORDER = re.compile(r"\band\b|\bor\b|\bbetween\b", re.I)
# the comparison the ask makes: only 'times larger', 'larger than', 'exceed' (a 'lower' elsewhere in the
# sentence, 'at lower temperature', says nothing about the order)
_GREATER = re.compile(
    r"\btimes\s+(?:greater|larger|higher|denser|more|bigger)\b|"
    r"\b(?:greater|larger|higher|denser|bigger)\s+than\b|\bexceeds?\b",
    re.I,
)
_SMALLER = re.compile(
    r"\btimes\s+(?:smaller|lower|less|sparser)\b|\b(?:smaller|lower|sparser)\s+than\b", re.I
)
_RATIO_WORD = re.compile(r"\bratio\b", re.I)


def oriented_ratio(sentence: str, ratio: float) -> tuple[float, str | None]:
    """The first-over-second ratio as the ask sentence wants it, and the comparison it makes.

    'How many times smaller is X than Y' wants Y/X; 'how many times greater', 'exceed' want X/Y and
    say it is at least one (the comparison word is returned so a ratio below one can be refused). An
    ask that says 'ratio' is taken as written, first over second.
    """
    if _RATIO_WORD.search(sentence):
        return ratio, None
    if _SMALLER.search(sentence) and not _GREATER.search(sentence):
        return 1 / ratio, "smaller"
    if _GREATER.search(sentence) and not _SMALLER.search(sentence):
        return ratio, "greater"
    if _GREATER.search(sentence):
        return ratio, "both"
    return ratio, None


def ask_sentence(text: str, at: int) -> str:
    """The sentence of ``text`` that holds position ``at``."""
    starts = [text.rfind(p, 0, at) for p in (". ", "? ", "! ", "\n")]
    start = max(starts) + 1 if max(starts) >= 0 else 0
    ends = [i for i in (text.find(p, at) for p in (". ", "?", "!", "\n")) if i >= 0]
    return text[start : min(ends) if ends else len(text)]


_NUMBER_ATOMS = {"sc": 1, "bcc": 2, "fcc": 4}


def _reduced(idx: tuple[int, ...]) -> tuple[int, ...] | None:
    g = math.gcd(math.gcd(abs(idx[0]), abs(idx[1])), abs(idx[2]))
    return None if g == 0 else tuple(x // g for x in idx)


def linear_density(struct: str, uvw: tuple[int, ...]) -> float:
    """Atoms per unit length along [uvw] for lattice parameter a = 1 (1/a)."""
    u, v, w = _reduced(uvw) or (0, 0, 0)
    length = math.sqrt(u * u + v * v + w * w)
    if struct == "bcc" and all(x % 2 for x in (u, v, w)):
        length /= 2
    if struct == "fcc" and (u + v + w) % 2 == 0:
        length /= 2
    return 1.0 / length


def planar_density(struct: str, hkl: tuple[int, ...]) -> float:
    """Atoms per unit area on (hkl) for lattice parameter a = 1 (1/a²)."""
    h, k, l = _reduced(hkl) or (0, 0, 0)  # noqa: E741
    spacing = 1.0 / math.sqrt(h * h + k * k + l * l)
    if struct == "bcc" and (h + k + l) % 2:
        spacing /= 2
    if struct == "fcc" and not all(x % 2 for x in (h, k, l)):
        spacing /= 2
    return _NUMBER_ATOMS[struct] * spacing


def try_density_ratio(
    question: str, reading: Reading, requested: Requested | None
) -> Answer | None:
    """The ratio of two linear or two planar densities of one cubic crystal; None when not that question."""
    text = _BAR.sub(r"-\1", reading.text)
    if not _ASKS_RATIO.search(text) or _OTHER_STRUCTURE.search(text) or _PACKING.search(text):
        return None
    named = [s for s, p in _STRUCTURES.items() if p.search(text)]
    if len(named) != 1:
        return None
    struct = named[0]
    linear, planar = bool(_LINEAR.search(text)), bool(_PLANAR.search(text))
    directions = list(_DIRECTION.finditer(text))
    planes = list(_PLANE.finditer(text))
    if linear and not planar and len(directions) == 2 and not planes:
        kind, groups = "linear", directions
    elif planar and not linear and len(planes) == 2 and not directions:
        kind, groups = "planar", planes
    else:
        return None
    if requested is not None and str(requested.unit.units) != "dimensionless":
        return None
    spans = [(m.start(), m.end()) for m in groups]
    from .irrelevant import counts_as_given

    if any(
        counts_as_given(g, reading.text) and not any(a <= g.start < b for a, b in spans)
        for g in reading.givens
    ):
        return None  # another value is given: not a pure geometry question
    between = text[groups[0].end() : groups[1].start()]
    if not _ORDER.search(between) or (
        _NOT_ORDER.search(between) and not _ORDER.search(between.split(" and ")[-1])
    ):
        return None  # 'the densities of [110] and [100]': which is divided by which is not said
    first = tuple(int(x) for x in groups[0].groups())
    second = tuple(int(x) for x in groups[1].groups())
    if _reduced(first) is None or _reduced(second) is None:
        return None
    rho = linear_density if kind == "linear" else planar_density
    d1, d2 = rho(struct, first), rho(struct, second)
    ratio = d1 / d2
    ratio, comparison = oriented_ratio(ask_sentence(text, groups[0].start()), ratio)
    if comparison == "both" or (comparison is not None and ratio < 1 - 1e-9):
        from .solver import refuse

        return refuse(
            question,
            f"the question asks how many times {comparison} one density is than the other, but in "
            f"{struct.upper()} the ratio that way round is {format_number(ratio)}; check which "
            "direction or plane is meant",
            unit=requested.text if requested else None,
        )
    from ...units import get_registry

    q = get_registry().Quantity(ratio, "dimensionless")
    brackets = "[]" if kind == "linear" else "()"
    names = [f"{brackets[0]}{''.join(map(str, g))}{brackets[1]}" for g in (first, second)]
    unit = "1/a" if kind == "linear" else "1/a²"
    return Answer(
        question=question,
        quantity=q,
        unit_requested=requested.text if requested else None,
        checks=[
            Check("dimension", True, "a ratio of two densities of one crystal (no unit)"),
            Check(
                "givens", True, f"both {'directions' if kind == 'linear' else 'planes'} are used"
            ),
            Check(
                "interpretation",
                True,
                f"{struct.upper()}, one atom per lattice point; the lattice parameter cancels",
            ),
        ],
        steps=[
            f"Relation: {kind} density of {struct.upper()} from the lattice repeat "
            + ("along the direction" if kind == "linear" else "of the plane family (PD = n·d)"),
            f"{kind} density {names[0]} = {format_number(d1)} {unit}, {names[1]} = "
            f"{format_number(d2)} {unit}",
            f"ratio = {format_number(ratio)}",
        ],
        source="solver",
        relation=f"{kind}_density_ratio_{struct}",
        target=f"ratio of the {kind} densities",
    )
