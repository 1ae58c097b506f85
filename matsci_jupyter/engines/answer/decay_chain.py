"""Radioactive decay chains: how many α and β⁻ particles take one nuclide to another.

Only α decay changes the mass number A (by 4); β⁻ decay raises the atomic number Z by 1 and
leaves A alone. So a chain from (A₁, Z₁) to (A₂, Z₂) emits exactly n_α = (A₁ − A₂)/4 α particles
and n_β = 2 n_α − (Z₁ − Z₂) β⁻ particles, whatever the order of the steps. Three proofs follow,
none needing the question's answer key:

* the question asks for the ratio of the two counts, and the final answer is another number;
* the response states a count of α (or β⁻) particles for the chain that is not n_α (n_β);
* the response writes a nuclear equation ('²³⁰₉₀Th → ²¹⁴₈₄Po + α + 2β⁻') whose mass numbers or
  charges do not balance (α = ⁴₂He, β⁻ = ⁰₋₁e, β⁺ = ⁰₊₁e, n = ¹₀n, p = ¹₁p, γ carries nothing).

Nuclides are read in the TeX forms exam text uses after normalisation: '_90^230 Th', '^230_90 Th'.
Counts are plain numbers (dimensionless); nothing here has units.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .checks import Check

_NUCLIDE = re.compile(
    r"(?:_\{?\s*(?P<z1>\d{1,3})\s*\}?\s*\^\{?\s*(?P<a1>\d{1,3})\s*\}?"
    r"|\^\{?\s*(?P<a2>\d{1,3})\s*\}?\s*_\{?\s*(?P<z2>\d{1,3})\s*\}?)"
    r"\s*(?:\\mathrm\{\s*~?)?\s*(?P<sym>[A-Z][a-z]?)\b"
)
_ALPHA = r"(?:α|alpha|\\alpha)"
_BETA = r"(?:β|beta|\\beta)"
# one particle term of a nuclear equation: an optional count, then the particle
_PARTICLE = re.compile(
    rf"^\s*(?P<n>\d+)?\s*(?:(?P<alpha>{_ALPHA})|(?P<beta>{_BETA})\s*(?:\^\s*\(?\s*(?P<sign>[-+−])\s*\)?)?"
    r"|(?P<gamma>γ|gamma))\s*(?:particles?)?\s*$"
)


@dataclass(frozen=True)
class Nuclide:
    """A nucleus: mass number ``a``, atomic number ``z``, element symbol."""

    a: int
    z: int
    symbol: str


def nuclides(text: str) -> list[Nuclide]:
    """Every nuclide written in ``text``, in order."""
    out = []
    for m in _NUCLIDE.finditer(text):
        a = int(m.group("a1") or m.group("a2"))
        z = int(m.group("z1") or m.group("z2"))
        if a >= z:
            out.append(Nuclide(a, z, m.group("sym")))
    return out


def chain_counts(question: str) -> tuple[Nuclide, Nuclide, int, int] | None:
    """(parent, daughter, n_α, n_β⁻) when the question is about one decay chain: it names decay,
    writes exactly two distinct nuclides, the heavier first, and the counts come out whole and
    not negative."""
    if not re.search(r"\bdecay", question, re.I):
        return None
    found: list[Nuclide] = []
    for n in nuclides(question):
        if n not in found:
            found.append(n)
    if len(found) != 2:
        return None
    parent, daughter = found
    d_a, d_z = parent.a - daughter.a, parent.z - daughter.z
    if d_a <= 0 or d_a % 4:
        return None
    n_alpha = d_a // 4
    n_beta = 2 * n_alpha - d_z
    if n_beta < 0:
        return None
    return parent, daughter, n_alpha, n_beta


def asked_ratio(question: str) -> tuple[str, str] | None:
    """('alpha', 'beta') when the question asks for the ratio of the α count to the β count
    (('beta', 'alpha') the other way round); None otherwise."""
    m = re.search(
        r"ratio of (?:the )?(?:number|count) of (.{0,40}?) to (?:the )?(.{0,40})", question
    )
    if m is None:
        return None
    first, second = m.group(1), m.group(2)
    kinds = []
    for part in (first, second):
        if re.search(_ALPHA, part):
            kinds.append("alpha")
        elif re.search(_BETA, part):
            kinds.append("beta")
        else:
            return None
    if kinds[0] == kinds[1]:
        return None
    return kinds[0], kinds[1]


def asked_count(question: str) -> str | None:
    """'alpha' or 'beta' when the question asks how many particles of that one kind the chain
    emits, and gives no number besides its nuclides (no sample mass, time or half-lives, which
    would make the asked count a total over many nuclei)."""
    if re.search(r"\d", _NUCLIDE.sub(" ", question)) or "ratio" in question:
        return None
    m = re.search(
        rf"(?:number of|how many)\s+(?:the\s+)?(?P<kind>{_ALPHA}|{_BETA})[^.?]{{0,30}}particles?",
        question,
    )
    if m is None or re.search(r"\b(?:and|or|to)\b", question[m.end() : m.end() + 30]):
        return None
    return "alpha" if re.fullmatch(_ALPHA, m.group("kind")) else "beta"


def decay_chain_checks(question: str, lines: list[str], final_value: float | None) -> list[Check]:
    """The failed checks a decay-chain question's response earns (see the module docstring)."""
    out: list[Check] = []
    counts = chain_counts(question)
    text = "\n".join(lines)
    balance = _unbalanced_equation(text)
    if balance is not None:
        out.append(Check("nuclear equation", False, balance))
    if counts is None:
        return out
    parent, daughter, n_alpha, n_beta = counts
    chain = (
        f"{parent.symbol}-{parent.a} (Z = {parent.z}) → {daughter.symbol}-{daughter.a} "
        f"(Z = {daughter.z}) emits ({parent.a} − {daughter.a})/4 = {n_alpha} α and "
        f"2×{n_alpha} − ({parent.z} − {daughter.z}) = {n_beta} β⁻"
    )
    ratio = asked_ratio(question)
    if ratio is not None and final_value is not None and n_beta and n_alpha:
        want = n_alpha / n_beta if ratio == ("alpha", "beta") else n_beta / n_alpha
        if abs(final_value - want) > 0.01 * want:
            out.append(
                Check(
                    "decay chain",
                    False,
                    f"{chain}, so the ratio asked is {want:g}, not {final_value:g}",
                )
            )
            return out
    asked = asked_count(question)
    if asked is not None and final_value is not None:
        want = n_alpha if asked == "alpha" else n_beta
        if final_value != want:
            symbol = "α" if asked == "alpha" else "β⁻"
            out.append(
                Check(
                    "decay chain",
                    False,
                    f"{chain}, so the number of {symbol} particles asked is {want}, "
                    f"not {final_value:g}",
                )
            )
            return out
    stated = _stated_count(text, n_alpha, n_beta)
    if stated is not None:
        out.append(Check("decay chain", False, f"{chain}; the response says {stated}"))
    return out


_COUNT = re.compile(
    rf"(?<![\d.^×*/])(?P<n>\d{{1,2}})\s*(?P<kind>{_ALPHA}|{_BETA})(?:\s*\^\s*\(?[-−]\)?)?"
    r"(?:[\s-]*(?:minus|negative))?[\s-]*particles?\b"
)


def _stated_count(text: str, n_alpha: int, n_beta: int) -> str | None:
    """'5 alpha particles' for the whole chain where n_α is 8; None when every count stated in a
    sentence about the chain agrees. Sentences about totals over many nuclei (a number with a power
    of ten, 'total', 'half-lives', 'atoms') are skipped."""
    for sentence in re.split(r"(?<=[.!?])\s+|\n", text):
        if re.search(
            r"×|\*|10\s*\^|\btotal\b|half|\batoms?\b|\bmoles?\b|\bper\s+(?:second|unit)", sentence
        ):
            continue
        for m in _COUNT.finditer(sentence):
            n = int(m.group("n"))
            alpha = re.fullmatch(_ALPHA, m.group("kind")) is not None
            want = n_alpha if alpha else n_beta
            if n != want:
                return f"'{m.group(0).strip()}' (in '{sentence.strip()[:90]}')"
    return None


def _unbalanced_equation(text: str) -> str | None:
    """A nuclear equation 'X → Y + α + 2β⁻' whose A or Z does not balance, explained."""
    for line in text.splitlines():
        for m in re.finditer(r"(?:→|\brightarrow\b|\barrow\b|->)", line):
            left, right = line[: m.start()], line[m.end() :]
            reactants = _reactants(left)
            if reactants is None:
                continue
            parent = reactants
            right = re.split(r"(?:→|\brightarrow\b|\barrow\b|->|[.,;$]|\band\b)", right)[0]
            total = _side_total(right)
            if total is None:
                continue
            a, z = total
            if (a, z) != (parent.a, parent.z):
                return (
                    f"the nuclear equation '{(parent.symbol + ' → ' + right.strip())[:80]}' does not "
                    f"balance: {parent.symbol} has A = {parent.a}, Z = {parent.z} but the products "
                    f"add up to A = {a}, Z = {z}"
                )
    return None


def _reactants(left: str) -> Nuclide | None:
    """The reactant side before an arrow, with any prose in front dropped, as one (A, Z) sum
    ('The fission is _92^235 U + _0^1 n' → A = 236, Z = 92); None when it does not end in a
    nuclide or a known particle, or has a term that is neither."""
    terms = left.split("+")
    kept: list[str] = []
    for term in reversed(terms):
        if _side_total(term) is not None or _PARTICLE.match(term.replace("{", "").replace("}", "")):
            kept.insert(0, term)
            continue
        tail = list(_NUCLIDE.finditer(term))
        if tail and not term[tail[-1].end() :].strip():
            kept.insert(0, term[tail[-1].start() :])
        break
    total = _side_total("+".join(kept)) if kept else None
    if total is None:
        return None
    return Nuclide(total[0], total[1], "+".join(n.symbol for n in nuclides("+".join(kept))))


def _side_total(side: str) -> tuple[int, int] | None:
    """(A, Z) of the products 'Y + α + 2β⁻', or None when any term is not a nuclide or a particle
    this module knows (then the equation is not checked)."""
    terms = [t for t in side.split("+") if t.strip()]
    if not terms:
        return None
    a = z = 0
    nuclide_seen = False
    for term in terms:
        found = nuclides(term)
        if found:
            if len(found) != 1 or re.search(r"^\s*\d", term):
                return None
            a, z = a + found[0].a, z + found[0].z
            nuclide_seen = True
            continue
        m = _PARTICLE.match(term.replace("{", "").replace("}", ""))
        if m is None:
            return None
        n = int(m.group("n") or 1)
        if m.group("alpha"):
            a, z = a + 4 * n, z + 2 * n
        elif m.group("beta"):
            if m.group("sign") is None:
                return None  # β without its sign: β⁻ or β⁺ is not known
            z += (-n) if m.group("sign") in "-−" else n
    return (a, z) if nuclide_seen else None
